"""Writing into corpus/: names from headlines, nothing overwritten, all or nothing."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from askccg.corpus import load_metadata
from askccg.corpus_writer import MAX_STEM, NewArticle, slug, toml_string, write_articles
from askccg.errors import CorpusError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GP commissioners are damned if they do or if they don’t",
            "gp-commissioners-are-damned-if-they-do-or-if-they-dont",
        ),
        ("../../etc/passwd", "etc-passwd"),
        ("/absolute/path\\with\\backslashes", "absolute-path-with-backslashes"),
        ("..", "article"),
        (".hidden", "hidden"),
        ("Café ‘naïve’ – résumé\u202e\u0000", "cafe-naive-resume"),
        ("", "article"),
    ],
)
def test_names_are_plain_and_stay_inside_the_folder(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_long_headlines_are_cut_at_a_word() -> None:
    name = slug("word " * 40)
    assert len(name) <= MAX_STEM and not name.endswith("-") and name.startswith("word-word")


def test_toml_strings_round_trip_whatever_they_hold() -> None:
    nasty = 'quote " backslash \\ newline \n tab \t nul \x00 del \x7f bidi \u202e ‘curly’ """'
    assert tomllib.loads(f"x = {toml_string(nasty)}")["x"] == nasty


def test_nothing_is_overwritten(corpus_dir: Path) -> None:
    before = (corpus_dir / "budget-row.txt").read_bytes()
    written = write_articles(
        corpus_dir,
        [
            NewArticle("budget row", "New text one.\n", b"<html>1</html>", ".html", {"title": "A"}),
            NewArticle("budget row", "New text two.\n", entry={"title": "B"}),
        ],
    )
    assert [w.file for w in written] == ["budget-row-2.txt", "budget-row-3.txt"]
    assert written[0].kept == "budget-row-2.html" and written[1].kept == ""
    assert (corpus_dir / "budget-row.txt").read_bytes() == before
    entries = load_metadata(corpus_dir).entries
    assert entries["budget-row-2.txt"]["title"] == "A" and entries["budget-row.txt"]["title"]


def test_a_failure_leaves_the_corpus_as_it_was(corpus_dir: Path) -> None:
    toml = corpus_dir / "articles.toml"
    toml.write_text(toml.read_text() + "\n[[article]]\nfile = 'x.txt'\ntitle = 3\n")  # a bad entry
    names = sorted(p.name for p in corpus_dir.iterdir())
    with pytest.raises(CorpusError, match="nothing was added"):
        write_articles(corpus_dir, [NewArticle("fresh", "Text.\n", b"%PDF-1.4", ".pdf", {"title": "T"})])
    assert sorted(p.name for p in corpus_dir.iterdir() if p.name != ".askccg-add.lock") == names


def test_the_users_comments_in_articles_toml_are_kept(corpus_dir: Path) -> None:
    toml = corpus_dir / "articles.toml"
    toml.write_text("# my notes, keep them\n" + toml.read_text())
    write_articles(corpus_dir, [NewArticle("fresh", "Text.\n", entry={"title": "T", "evidence": "x"})])
    text = toml.read_text()
    assert text.startswith("# my notes, keep them\n") and 'file = "fresh.txt"' in text


def test_an_add_appends_in_place_and_writes_only_what_it_adds(corpus_dir: Path) -> None:
    toml = corpus_dir / "articles.toml"
    before = toml.read_bytes()
    inode = toml.stat().st_ino
    write_articles(corpus_dir, [NewArticle("fresh", "Text.\n", entry={"title": "T"})])
    after = toml.read_bytes()
    assert after.startswith(before) and toml.stat().st_ino == inode  # appended, not rewritten
    assert not (corpus_dir / ".askccg-add.journal").exists()


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["add-journal-written", "add-files-written", "add-appended"])
def test_an_add_killed_half_way_is_rolled_back_by_the_next(
    corpus_dir: Path, tmp_path: Path, stage: str
) -> None:
    """kill -9 inside an add: its files and its entries go again on the next add, which then
    completes; the corpus never keeps half an add."""
    import os
    import signal
    import subprocess
    import sys

    from .conftest import DATA, REPO

    toml = corpus_dir / "articles.toml"
    before_names = sorted(p.name for p in corpus_dir.iterdir())
    before = toml.read_bytes()
    env = {
        **os.environ,
        "ASKCCG_CORPUS_DIR": str(corpus_dir),
        "ASKCCG_INDEX_DIR": str(tmp_path / "index"),
        "ASKCCG_MODEL": "hashing-256",
        "ASKCCG_TEST_KILL_AT": stage,
    }
    letter = DATA / "formats" / "pulse-letter.html"
    proc = subprocess.run(
        [sys.executable, "-m", "askccg", "add", "--quiet", str(letter)],
        env=env,
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert (corpus_dir / ".askccg-add.journal").exists()
    write_articles(corpus_dir, [NewArticle("later", "A later article.\n", entry={"title": "Later"})])
    names = sorted(p.name for p in corpus_dir.iterdir() if p.name != ".askccg-add.lock")
    assert names == sorted([*before_names, "later.txt"])
    assert toml.read_bytes().startswith(before) and b"pulse" not in toml.read_bytes()[len(before) :].lower()
