"""The index folder: round trip, manifest checks, damage named, atomic commit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from askccg.builder import build
from askccg.config import Settings
from askccg.embed import HashingEmbedder
from askccg.errors import CorruptIndexError, IndexFolderError, IndexMissingError, StaleIndexError
from askccg.index import MANIFEST, load_index, read_manifest
from askccg.retriever import open_index


def test_round_trip_keeps_every_chunk_and_span(built: Settings) -> None:
    index = load_index(built.index_dir)
    m = index.manifest
    assert m.chunk_count == len(index.chunks) == sum(s.vectors.ntotal for s in index.segments)
    assert m.model == "hashing-256" and m.dimension == 256 and m.normalized
    assert set(index.articles) == {"budget-row.txt", "ferry-timetable.txt", "no-metadata.txt"}
    assert m.settings["chunk_tokens"] == 40
    for chunk in index.chunks:
        raw = (built.corpus_dir / chunk.citation.source).read_text(encoding="utf-8")
        assert raw[chunk.citation.start : chunk.citation.end] == chunk.text
    data = built.index_dir / m.segments[0].name
    records = (data / "chunks.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(records[0])
    assert {"id", "text", "start", "end", "article_id", "title", "publication", "date", "kind"} <= set(first)
    assert not list(built.index_dir.rglob("*.pkl"))


def test_missing_index_names_the_rebuild_command(settings: Settings) -> None:
    with pytest.raises(IndexMissingError, match="askccg build"):
        load_index(settings.index_dir)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda s: (s.corpus_dir / "budget-row.txt").write_text("Edited\n\nNew text.\n"),
            "budget-row.txt changed",
        ),
        (lambda s: (s.corpus_dir / "new.txt").write_text("New\n\nAn added article.\n"), "new.txt added"),
        (lambda s: (s.corpus_dir / "ferry-timetable.txt").unlink(), "ferry-timetable.txt removed"),
        (lambda s: (s.corpus_dir / "articles.toml").write_text(""), "articles.toml changed"),
    ],
    ids=["changed", "added", "removed", "metadata"],
)
def test_stale_corpus_is_detected_in_one_line(built: Settings, change: object, expected: str) -> None:
    change(built)  # type: ignore[operator]
    with pytest.raises(StaleIndexError, match=expected) as info:
        open_index(built)
    message = str(info.value)
    assert "\n" not in message and "askccg build" in message


@pytest.mark.parametrize(
    ("override", "expected"),
    [({"chunk_tokens": 60}, "chunk_tokens differs"), ({"model": "hashing-128"}, "model differs")],
)
def test_changed_settings_are_detected(built: Settings, override: dict[str, object], expected: str) -> None:
    with pytest.raises(StaleIndexError, match=expected):
        open_index(built.with_(**override))


def test_unreadable_file_is_not_reported_as_new(built: Settings, embedder: HashingEmbedder) -> None:
    (built.corpus_dir / "bad.txt").write_bytes(b"\xff\xfe\x00broken")
    build(built, embedder=embedder)
    assert "bad.txt" in read_manifest(built.index_dir).skipped
    open_index(built)  # no StaleIndexError


def _data_file(settings: Settings, name: str) -> Path:
    manifest = read_manifest(settings.index_dir)
    return settings.index_dir / manifest.segments[0].name / name


@pytest.mark.parametrize("name", ["vectors.faiss", "chunks.jsonl"])
def test_damaged_file_is_named(built: Settings, name: str) -> None:
    path = _data_file(built, name)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptIndexError, match=name):
        load_index(built.index_dir)
    path.write_bytes(bytes(data[: len(data) // 3]))
    with pytest.raises(CorruptIndexError, match=name):
        load_index(built.index_dir)


def test_damaged_manifest_is_named(built: Settings) -> None:
    path = built.index_dir / MANIFEST
    path.write_text(path.read_text()[:50])
    with pytest.raises(CorruptIndexError, match=r"manifest\.json"):
        load_index(built.index_dir)


def test_failed_build_leaves_previous_index_intact(built: Settings) -> None:
    before = (built.index_dir / MANIFEST).read_text()

    class Exploding(HashingEmbedder):
        def encode(self, texts, *, batch_size=32, progress=False):  # type: ignore[no-untyped-def]
            raise RuntimeError("power cut")

    (built.corpus_dir / "budget-row.txt").write_text("Changed\n\nChanged text.\n")
    with pytest.raises(RuntimeError):
        build(built, embedder=Exploding(256))
    assert (built.index_dir / MANIFEST).read_text() == before
    assert load_index(built.index_dir).manifest.chunk_count > 0


def test_rebuild_removes_the_old_data_folder(built: Settings, embedder: HashingEmbedder) -> None:
    (first,) = read_manifest(built.index_dir).segments
    build(built, embedder=embedder, full=True)
    (second,) = read_manifest(built.index_dir).segments
    assert first.name != second.name
    assert sorted(p.name for p in built.index_dir.glob("data-*")) == [second.name]


def test_an_unchanged_corpus_writes_nothing(built: Settings, embedder: HashingEmbedder) -> None:
    before = {
        p: p.stat().st_mtime_ns for p in built.index_dir.rglob("*") if p.is_file() and p.name != ".build.lock"
    }
    report = build(built, embedder=embedder)
    after = {
        p: p.stat().st_mtime_ns for p in built.index_dir.rglob("*") if p.is_file() and p.name != ".build.lock"
    }
    assert before == after and report.bytes_written == 0


def test_build_never_removes_what_it_did_not_write(built: Settings, embedder: HashingEmbedder) -> None:
    """A user's folders and files beside an index survive rebuilds, even if named like ours."""
    precious = built.index_dir / "data-important"
    precious.mkdir()
    (precious / "notes.txt").write_text("precious")
    lookalike = built.index_dir / "manifest.json.notes.tmp"
    lookalike.write_text("mine")
    build(built, embedder=embedder, full=True)
    (built.corpus_dir / "ferry-timetable.txt").write_text("Ferry\n\nThe ferry sails at noon today.\n")
    build(built, embedder=embedder)
    assert (precious / "notes.txt").read_text() == "precious"
    assert lookalike.read_text() == "mine"
    data_dirs = {p.name for p in built.index_dir.glob("data-*")}
    assert data_dirs == {"data-important", *(s.name for s in read_manifest(built.index_dir).segments)}


def test_build_refuses_a_folder_of_other_things(settings: Settings, embedder: HashingEmbedder) -> None:
    target = settings.index_dir
    (target / "data-important").mkdir(parents=True)
    (target / "data-important" / "notes.txt").write_text("precious")
    (target / "manifest.json.1.tmp").write_text("mine")
    before = sorted(str(p.relative_to(target)) for p in target.rglob("*"))
    with pytest.raises(IndexFolderError, match="not an askccg index") as info:
        build(settings, embedder=embedder)
    assert "\n" not in str(info.value)
    assert sorted(str(p.relative_to(target)) for p in target.rglob("*")) == before
    assert (target / "data-important" / "notes.txt").read_text() == "precious"


def test_build_refuses_a_foreign_manifest(settings: Settings, embedder: HashingEmbedder) -> None:
    settings.index_dir.mkdir()
    (settings.index_dir / MANIFEST).write_text('{"name": "some other tool"}')
    with pytest.raises(IndexFolderError, match="not an askccg index"):
        build(settings, embedder=embedder)
    assert (settings.index_dir / MANIFEST).read_text() == '{"name": "some other tool"}'


def test_leftovers_of_a_killed_build_are_removed(built: Settings, embedder: HashingEmbedder) -> None:
    """A data folder a killed build wrote carries askccg's marker, so the next build may remove it."""
    from askccg.store import new_data_folder

    orphan = new_data_folder(built.index_dir)
    (orphan / "vectors.faiss").write_bytes(b"half written")
    build(built, embedder=embedder)
    assert not orphan.exists()
    assert [p.name for p in built.index_dir.glob("data-*")] == [
        s.name for s in read_manifest(built.index_dir).segments
    ]
