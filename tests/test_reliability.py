"""Faults and bad input: a fuzzed corpus folder, killed rebuilds, damaged index files."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from askccg.api import Assistant
from askccg.builder import build
from askccg.config import Settings
from askccg.corpus import load_corpus
from askccg.embed import HashingEmbedder
from askccg.errors import CorruptIndexError
from askccg.index import load_index, read_manifest
from askccg.retriever import open_index
from askccg.stages import AFTER_COMMIT, KILL_VARIABLE, MERGE_AFTER_COMMIT, MERGE_STAGES, STAGES
from askccg.store import MANIFEST

from .conftest import REPO

WORDS = (
    "commissioning practice budget board patients funding contract hospital community services "
    "leaders council plan review winter pressure staff clinic pharmacy nurses"
).split()


def good_article(rng: random.Random, n: int, extra: str = "") -> str:
    title = f"Story {n}: {' '.join(rng.sample(WORDS, 4)).capitalize()}"
    paragraphs = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))).capitalize() + f" number {n}. {extra}"
        for _ in range(rng.randint(3, 8))
    ]
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def make_fuzz_corpus(folder: Path, outside: Path) -> tuple[int, set[str]]:
    """Good articles mixed with at least 200 bad files; returns (good count, bad names)."""
    rng = random.Random(7)
    folder.mkdir()
    bad: set[str] = set()

    def add(name: str, data: bytes) -> None:
        (folder / name).write_bytes(data)
        bad.add(name)

    for i in range(30):
        (folder / f"good-{i:02d}.txt").write_text(good_article(rng, i), encoding="utf-8")
    for i in range(20):
        add(f"empty-{i}.txt", b"")
        add(
            f"blank-{i}.txt",
            rng.choice([b" ", b"\n\n\n", b"\t \r\n", "\u3000\n".encode(), b"\r\r"]) * rng.randint(1, 50),
        )
        add(f"nul-{i}.txt", b"Title\n\nText" + b"\x00" * rng.randint(1, 5) + b"more text")
        add(f"latin1-{i}.txt", "Caf\xe9 na\xefve r\xe9sum\xe9 article text here\n".encode("latin-1"))
        add(f"random-{i}.txt", bytes(rng.randrange(128, 256) for _ in range(rng.randint(1, 400))))
        bom = rng.choice(["utf-16", "utf-16-le", "utf-16-be"])
        data = ("\ufeff" if bom != "utf-16" else "") + "Title\n\nUTF-16 text of an article.\n"
        add(f"utf16-{i}.txt", data.encode(bom))
        add(f"chrome-{i}.txt", b"Sign in\n\nRegister\n\nHave your say\n\ncomments powered by Disqus\n")
        add(f"newline\n{i}.txt", good_article(rng, 100 + i).encode())
        add(f"bidi\u202e{i}txt.txt", good_article(rng, 200 + i).encode())
        add(f"zero\u200bwidth-{i}.txt", good_article(rng, 300 + i).encode())
    for i in range(10):
        add(f"..{i}.txt", good_article(rng, 400 + i).encode())
        add(f"a..b..{i}.txt", b"\xff\xfe\xfa")
        target = outside / f"secret-{i}.txt"
        target.write_text("Secret\n\nTOP SECRET text that must never be indexed.\n")
        os.symlink(target, folder / f"link-out-{i}.txt")
        bad.add(f"link-out-{i}.txt")
        os.symlink(folder / f"missing-{i}.txt", folder / f"dangling-{i}.txt")
        bad.add(f"dangling-{i}.txt")
        (folder / f"dir-{i}.txt").mkdir()
        bad.add(f"dir-{i}.txt")
    os.symlink("/etc/passwd", folder / "passwd.txt")
    bad.add("passwd.txt")
    os.symlink(folder / "loop-b.txt", folder / "loop-a.txt")
    os.symlink(folder / "loop-a.txt", folder / "loop-b.txt")
    bad |= {"loop-a.txt", "loop-b.txt"}
    os.mkfifo(folder / "fifo.txt")
    bad.add("fifo.txt")
    with (folder / "huge.txt").open("wb") as handle:  # a 50 MB single line
        handle.write(b"x" * (50 * 1024 * 1024))
    bad.add("huge.txt")
    return 30, bad


def test_fuzzed_corpus_builds_the_good_and_reports_every_bad_file(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    good, bad = make_fuzz_corpus(tmp_path / "corpus", outside)
    assert len(bad) >= 200
    env = {
        **os.environ,
        "ASKCCG_CORPUS_DIR": str(tmp_path / "corpus"),
        "ASKCCG_INDEX_DIR": str(tmp_path / "index"),
        "ASKCCG_MODEL": "hashing-256",
    }
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "askccg", "build"], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert time.perf_counter() - started < 120  # never hangs (the FIFO is never opened)
    assert f"indexed {good} articles" in proc.stdout
    reported = [line for line in proc.stderr.splitlines() if line.startswith("skipped ")]
    assert len(reported) == len(bad)
    assert all(": " in line and line.split(": ", 1)[1] for line in reported)  # a reason each
    assert all("\n" not in line and "\u202e" not in line for line in reported)
    index = load_index(tmp_path / "index")
    assert {c.citation.source for c in index.chunks} == {f"good-{i:02d}.txt" for i in range(good)}
    assert not any("SECRET" in c.text or "root:" in c.text for c in index.chunks)
    settings = Settings(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index", model="hashing-256")
    assert open_index(settings)[1] == ""  # the skipped files are known: the index is current, not stale
    reasons = " ".join(reported)
    for reason in (
        "empty",
        "not UTF-8",
        "NUL",
        "UTF-16",
        "outside the corpus",
        "control or bidi",
        "hidden file",
        "not a regular file",
        "cannot be read",
        "over the",
        "no article text",
    ):
        assert reason in reasons, reason


def test_an_unreadable_file_is_skipped_with_its_reason(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "ferry-timetable.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    corpus = load_corpus(corpus_dir)
    assert [(s.source, s.reason) for s in corpus.skipped] == [
        ("ferry-timetable.txt", "cannot be read (Permission denied)")
    ]


# --- killed rebuilds ---------------------------------------------------------------


def _versions(folder: Path, n: int, changed: int | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """Two versions of a corpus of ``n`` articles; the second changes the first ``changed`` (all)."""
    rng = random.Random(3)
    a = {f"story-{i:03d}.txt": good_article(rng, i, "Version A.") for i in range(n)}
    b = {
        name: text.replace("Version A.", "Version B changed.") + "\nOne more paragraph in B.\n"
        if i < (n if changed is None else changed)
        else text
        for i, (name, text) in enumerate(a.items())
    }
    return a, b


def _write(folder: Path, texts: dict[str, str]) -> None:
    for name, text in texts.items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def _which(index_folder: Path, versions: list[dict[str, str]]) -> int:
    """The version the index holds completely, checked chunk by chunk; fails on a mix."""
    index = load_index(index_folder)
    assert len(index.chunks) > 0
    for n, texts in enumerate(versions):
        if all(texts[c.citation.source][c.citation.start : c.citation.end] == c.text for c in index.chunks):
            assert {c.citation.source for c in index.chunks} == set(texts)
            return n
    raise AssertionError("the index matches neither the old nor the new corpus")


def _layout(index_folder: Path) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.name, s.deleted) for s in read_manifest(index_folder).segments]


def _kill_env(settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "ASKCCG_CORPUS_DIR": str(settings.corpus_dir),
        "ASKCCG_INDEX_DIR": str(settings.index_dir),
        "ASKCCG_MODEL": "hashing-256",
    }


@pytest.mark.slow
def test_kill_9_at_every_build_stage_leaves_the_old_or_the_new_index(tmp_path: Path) -> None:
    """SIGKILL at each named stage of an update (``askccg.stages``: scan, chunk, embed, each file of
    the new segment, the manifest with its tombstones, the commit, the clean-up), twice over:
    before the manifest is committed the old index loads, from the commit on the new one; never a mix."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    a, b = _versions(corpus, 150)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", model="hashing-256")
    _write(corpus, a)
    build(settings, embedder=HashingEmbedder(256))
    command = [sys.executable, "-m", "askccg", "build", "--quiet"]
    env = _kill_env(settings)
    versions = [a, b]
    current = 0
    for stage in STAGES * 2:
        target = 1 - current
        _write(corpus, versions[target])
        proc = subprocess.run(command, env={**env, KILL_VARIABLE: stage}, capture_output=True, timeout=120)
        assert proc.returncode == -signal.SIGKILL, (stage, proc.returncode, proc.stderr)
        held = _which(settings.index_dir, versions)
        assert held == (target if stage in AFTER_COMMIT else current), stage
        current = held
    build(settings.with_(corpus_dir=corpus), embedder=HashingEmbedder(256))  # a later build cleans up
    names = {s.name for s in read_manifest(settings.index_dir).segments}
    assert {p.name for p in settings.index_dir.glob("data-*")} == names


@pytest.mark.slow
def test_kill_9_at_every_merge_stage_leaves_the_unmerged_or_the_merged_index(tmp_path: Path) -> None:
    """SIGKILL at each named stage of a merge (reading the segments, each file of the merged one,
    the manifest, the commit, the clean-up): before the commit the unmerged segments load, from
    it the merged one; the articles are the same either way, and a later build finishes the job."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    a, b = _versions(corpus, 150, changed=20)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", model="hashing-256")
    _write(corpus, a)
    build(settings, embedder=HashingEmbedder(256))
    command = [sys.executable, "-m", "askccg", "build", "--merge", "--quiet"]
    versions = [a, b]
    current = 0
    for stage in MERGE_STAGES:
        current = 1 - current
        _write(corpus, versions[current])
        build(settings, embedder=HashingEmbedder(256))  # a new segment, and tombstones in the old ones
        before = _layout(settings.index_dir)
        assert len(before) >= 2, before
        proc = subprocess.run(
            command, env={**_kill_env(settings), KILL_VARIABLE: stage}, capture_output=True, timeout=120
        )
        assert proc.returncode == -signal.SIGKILL, (stage, proc.returncode, proc.stderr)
        assert _which(settings.index_dir, versions) == current, stage
        after = _layout(settings.index_dir)
        if stage in MERGE_AFTER_COMMIT:
            assert after != before and len(after) < len(before), stage
        else:
            assert after == before, stage
    build(settings, embedder=HashingEmbedder(256))
    from askccg.merge import merge_all

    merge_all(settings.index_dir)
    ((name, deleted),) = _layout(settings.index_dir)
    assert deleted == () and [p.name for p in settings.index_dir.glob("data-*")] == [name]
    assert _which(settings.index_dir, versions) == current


# --- damaged index files ------------------------------------------------------------


def _index_files(built: Settings) -> list[str]:
    """Every file of the index, as paths inside the index folder (the manifest last)."""
    manifest = read_manifest(built.index_dir)
    return [f"{s.name}/{name}" for s in manifest.segments for name in sorted(s.files)] + [MANIFEST]


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_every_damaged_file_is_named_with_the_rebuild_command(built: Settings, damage: str) -> None:
    names = _index_files(built)
    assert len(names) >= 12
    for name in names:
        path = built.index_dir / name
        original = path.read_bytes()
        data = bytearray(original)
        if damage == "truncate":
            data = data[: len(data) // 2]
        else:
            data[len(data) // 3] ^= 0x55
        path.write_bytes(bytes(data))
        try:
            with pytest.raises(CorruptIndexError, match="askccg build") as info:
                load_index(built.index_dir)
            if name != MANIFEST:
                assert name.split("/")[-1] in str(info.value)
            else:
                assert MANIFEST in str(info.value)
        finally:
            path.write_bytes(original)
    load_index(built.index_dir)


def test_damaged_index_never_gives_silent_empty_results(built: Settings, embedder: HashingEmbedder) -> None:
    manifest = read_manifest(built.index_dir)
    vectors = built.index_dir / manifest.segments[0].name / "vectors.faiss"
    vectors.write_bytes(vectors.read_bytes()[:100])
    with pytest.raises(CorruptIndexError, match=r"vectors\.faiss"):
        Assistant(built, embedder=embedder).retrieve("ferry")


def test_damaged_faiss_file_in_a_real_process_is_one_line(built: Settings) -> None:
    manifest = read_manifest(built.index_dir)
    vectors = built.index_dir / manifest.segments[0].name / "vectors.faiss"
    data = bytearray(vectors.read_bytes())
    for i in range(40, len(data), 97):
        data[i] ^= 0xFF
    vectors.write_bytes(bytes(data))
    env = {
        **os.environ,
        "ASKCCG_CORPUS_DIR": str(built.corpus_dir),
        "ASKCCG_INDEX_DIR": str(built.index_dir),
        "ASKCCG_MODEL": "hashing-256",
        "ASKCCG_CHUNK_TOKENS": "40",
        "ASKCCG_CHUNK_OVERLAP": "8",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "askccg", "ask", "ferry"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "vectors.faiss" in proc.stderr
