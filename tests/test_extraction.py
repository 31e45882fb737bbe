"""Markdown and text readers, fields stated by the text, and the stored (canonical) text."""

from __future__ import annotations

import pytest

from askccg.cleaning import clean, page_starts
from askccg.errors import CorpusError
from askccg.extraction import Extracted, canonical_text, dateline_iso, extract, read_text

from .formats import MARKDOWN


def test_markdown_keeps_the_words_and_drops_markup_links_and_images() -> None:
    extracted = extract("markdown", MARKDOWN.read_bytes())
    text = canonical_text(extracted)
    assert extracted.field("title") == "New body to champion CCGs"
    assert extracted.field("date") == "2011-09-12"  # the dateline '12 September 2011'
    assert "Chairman of the NHS Alliance." in text and "Chairman of the NAPC." in text
    assert "https://" not in text and "**" not in text and "](" not in text and "dixon.jpg" not in text
    assert not text.startswith("#")


def test_text_fields_are_what_the_text_states_and_nothing_more() -> None:
    extracted = read_text(
        b"Trusts told to cut waits\n\nBy Carolyn Wickware\n\n18 May 2017\n\nBody text here."
    )
    assert extracted.field("title") == "Trusts told to cut waits"
    assert extracted.field("author") == "Carolyn Wickware"
    assert extracted.field("date") == "2017-05-18"
    evidence = {f.name: f.evidence for f in extracted.fields}
    assert evidence["author"] == "byline 'By Carolyn Wickware'"
    plain = read_text(b"A headline\n\nNo byline, no date, no publication.")
    assert plain.field("author") == plain.field("date") == plain.field("publication") == ""


def test_datelines_name_real_dates_only() -> None:
    assert dateline_iso("Thursday 18th May 2017, 10:05") == "2017-05-18"
    assert dateline_iso("31 February 2017") == ""


def test_text_that_is_not_utf8_or_is_empty_is_refused_in_one_line() -> None:
    with pytest.raises(CorpusError, match="not UTF-8"):
        read_text("caf\xe9".encode("latin-1"))
    with pytest.raises(CorpusError, match="empty after extraction"):
        extract("text", b"  \n\n ")


def test_canonical_text_puts_comments_after_a_heading_and_pages_after_form_feeds() -> None:
    extracted = Extracted(
        "pdf",
        (("First page paragraph.",), ("Second page paragraph.",)),
        comments=("- a comment that starts with a dash", "Second comment\nover two lines"),
        title_in_text=False,
    )
    text = canonical_text(extracted, "The headline")
    assert text.startswith("The headline\n\nFirst page paragraph.\n\f\nSecond page paragraph.")
    cleaned = clean(text, "The headline")
    assert cleaned.comment_count == 2
    comments = [text[s.start : s.end] for s in cleaned.sections if s.kind == "comment"]
    assert comments == ["- a comment that starts with a dash", "Second comment over two lines"]
    assert page_starts(text) == (0, text.index("\f") + 1)
