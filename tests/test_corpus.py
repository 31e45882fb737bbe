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
    metadata = load_metadata(REPO / "corpus")
    entries, sha = metadata.entries, metadata.sha256
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
    with pytest.raises(CorpusError, match="not a real date"):
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


@pytest.mark.parametrize(
    ("toml", "needles"),
    [
        ("article = 5\n", ["line 1", "[[article]]"]),
        ('article = "x"\n', ["line 1", "[[article]]"]),
        ("[[article]]\nfile = 5\n", ["line 2", "file must be a string"]),
        ('[[article]]\ntitle = "No file"\n', ["line 1", "file"]),
        ('[[article]]\nfile = "budget-row.txt"\ndate = 2014-05-01\n', ["line 3", "date", "string"]),
        (
            '[[article]]\nfile = "budget-row.txt"\ndate = "2014-13-45"\n',
            ["line 3", "2014-13-45", "real date"],
        ),
        ('[[article]]\nfile = "budget-row.txt"\ndate = "2015-02-29"\n', ["line 3", "real date"]),
        ('[[article]]\nfile = "budget-row.txt"\ntitle = ["a"]\n', ["line 3", "title"]),
        ('[[article]]\nfile = "budget-row.txt"\ntitel = "Typo"\n', ["line 3", "titel"]),
        ('[[article]]\nfile = "../etc/passwd"\n', ["line 2", "not a file name"]),
        (
            '[[article]]\nfile = "budget-row.txt"\n\n[[article]]\nfile = "budget-row.txt"\n',
            ["line 4", "budget-row.txt", "line 1"],
        ),
        ('colour = "blue"\n', ["colour"]),
    ],
    ids=[
        "article-int",
        "article-str",
        "file-int",
        "no-file",
        "toml-date",
        "month-13",
        "feb-29",
        "title-list",
        "unknown-key",
        "path",
        "duplicate",
        "unknown-top",
    ],
)
def test_metadata_schema_errors_name_their_line(corpus_dir: Path, toml: str, needles: list[str]) -> None:
    """Issue 14.5: articles.toml is checked against a schema; each problem is named with its line."""
    (corpus_dir / "articles.toml").write_text(toml)
    with pytest.raises(CorpusError) as info:
        load_corpus(corpus_dir)
    message = str(info.value)
    assert "\n" not in message and "articles.toml" in message
    for needle in needles:
        assert needle in message, message


def test_every_metadata_problem_is_listed_at_once(corpus_dir: Path) -> None:
    (corpus_dir / "articles.toml").write_text(
        '[[article]]\nfile = "budget-row.txt"\ndate = "2014-13"\n\n[[article]]\ntitle = 5\n'
    )
    with pytest.raises(CorpusError) as info:
        load_corpus(corpus_dir)
    assert "line 3" in str(info.value) and "line 6" in str(info.value) and "line 5" in str(info.value)


def test_an_entry_for_a_missing_file_is_noted_not_fatal(corpus_dir: Path) -> None:
    with (corpus_dir / "articles.toml").open("a") as toml:
        toml.write('\n[[article]]\nfile = "gone.txt"\n')
    corpus = load_corpus(corpus_dir)
    assert len(corpus.articles) == 3
    assert len(corpus.notes) == 1 and "line 17" in corpus.notes[0] and "gone.txt" in corpus.notes[0]


def test_partial_and_real_dates_are_accepted(corpus_dir: Path) -> None:
    (corpus_dir / "articles.toml").write_text(
        '[[article]]\nfile = "budget-row.txt"\ndate = "2016-02-29"\n\n'
        '[[article]]\nfile = "ferry-timetable.txt"\ndate = "2014-05"\n\n'
        '[[article]]\nfile = "no-metadata.txt"\ndate = "2011"\n'
    )
    dates = {a.meta.source: a.meta.date for a in load_corpus(corpus_dir).articles}
    assert dates == {
        "budget-row.txt": "2016-02-29",
        "ferry-timetable.txt": "2014-05",
        "no-metadata.txt": "2011",
    }
