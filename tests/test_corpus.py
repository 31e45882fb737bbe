"""Reading the corpus folder: metadata, bad files skipped with reasons."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from askccg.config import Settings
from askccg.corpus import load_corpus, load_metadata
from askccg.embed import HashingEmbedder
from askccg.errors import CorpusError

from .conftest import REPO


def test_shipped_metadata_is_complete_and_only_states_what_texts_say() -> None:
    entries, sha = load_metadata(REPO / "corpus")
    files = {p.name for p in (REPO / "corpus").glob("*.txt")}
    assert set(entries) == files and len(sha) == 64
    for name, meta in entries.items():
        raw = (REPO / "corpus" / name).read_text(encoding="utf-8")
        assert meta["title"] and meta["title"] in raw
        if meta["publication"]:
            assert meta["publication"] in raw
        if meta["author"]:
            assert f"By {meta['author']}" in raw
        if meta["date"]:
            year = meta["date"][:4]
            assert year in raw


def test_metadata_and_comment_count_reach_articles(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    by_source = {a.meta.source: a for a in corpus.articles}
    assert by_source["budget-row.txt"].meta.publication == "Testshire Gazette"
    assert by_source["budget-row.txt"].comment_count == 2
    assert by_source["no-metadata.txt"].meta.title == "Pharmacists to run minor ailments clinics"
    assert by_source["no-metadata.txt"].meta.publication == ""


def test_bad_files_are_skipped_with_reasons(corpus_dir: Path, tmp_path: Path) -> None:
    (corpus_dir / "latin1.txt").write_bytes("caf\xe9 article\n".encode("latin-1"))
    (corpus_dir / "empty.txt").write_text("  \n\n")
    (corpus_dir / "nul.txt").write_bytes(b"text\x00more\n")
    (corpus_dir / "utf16.txt").write_bytes("hello".encode("utf-16"))
    outside = tmp_path / "secret.txt"
    outside.write_text("Secret\n\nDo not index this text.\n")
    os.symlink(outside, corpus_dir / "link.txt")
    corpus = load_corpus(corpus_dir)
    reasons = {s.source: s.reason for s in corpus.skipped}
    assert "not UTF-8" in reasons["latin1.txt"]
    assert reasons["empty.txt"] == "empty"
    assert "NUL" in reasons["nul.txt"]
    assert "UTF-16" in reasons["utf16.txt"]
    assert "outside" in reasons["link.txt"]
    assert len(corpus.articles) == 3


def test_missing_corpus_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nowhere")


def test_bad_metadata_is_reported(corpus_dir: Path) -> None:
    (corpus_dir / "articles.toml").write_text('[[article]]\nfile = "x.txt"\ndate = "last week"\n')
    with pytest.raises(CorpusError, match="not yyyy"):
        load_corpus(corpus_dir)
    (corpus_dir / "articles.toml").write_text("[[article]\n")
    with pytest.raises(CorpusError, match="not valid TOML"):
        load_corpus(corpus_dir)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the files opened through Python's open (pathlib, hashlib readers, tomllib)."""
    import builtins
    import io

    names: list[str] = []
    real = builtins.open

    def tracking(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        names.append(os.path.basename(os.fspath(file)) if isinstance(file, (str, os.PathLike)) else "")
        return real(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", tracking)
    monkeypatch.setattr(io, "open", tracking)
    return names


def test_an_oversized_file_is_never_read(
    settings: Settings, embedder: HashingEmbedder, opened: list[str]
) -> None:
    """Issue 14.4: a 1.5 GB file is skipped from its size; neither the build nor the stale
    check on each question reads it (a sparse file: no disk is used)."""
    from askccg.api import Assistant
    from askccg.builder import build
    from askccg.corpus import MAX_ARTICLE_BYTES

    big = settings.corpus_dir / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(1_500_000_000)
    assert big.stat().st_size > MAX_ARTICLE_BYTES
    opened.clear()
    report = build(settings, embedder=embedder)
    assert [s.source for s in report.skipped] == ["huge.txt"] and "limit" in report.skipped[0].reason
    assistant = Assistant(settings, embedder=embedder)
    assert not assistant.ask("ferry").notes  # not "huge.txt added": its fingerprint is its size
    assert "huge.txt" not in opened
    with big.open("r+b") as handle:
        handle.truncate(1_600_000_000)  # grows: noticed from the size alone
    opened.clear()
    assert any("huge.txt changed" in n for n in assistant.ask("ferry").notes)
    assert "huge.txt" not in opened
