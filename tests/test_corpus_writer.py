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
