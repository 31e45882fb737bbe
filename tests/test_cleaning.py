"""Cleaning: site chrome gone, comments labelled, repeats collapsed, spans exact."""

from __future__ import annotations

from pathlib import Path

import pytest

from askccg.cleaning import clean, iter_lines, normalise
from askccg.corpus import load_corpus

from .conftest import DATA, REPO

CHROME_WORDS = (
    "intended for health professionals",
    "Have you registered",
    "Register now",
    "Already registered",
    "Sign in",
    "comments powered by",
    "Before commenting",
    "find offensive",
    "Report this comment",
    "Related articles",
    "Want news like this",
    "Read the latest issue",
    "Have your say",
)


def kept_text(raw: str, title: str = "") -> str:
    cleaned = clean(raw, title)
    return "\n".join(raw[s.start : s.end] for s in cleaned.sections)


@pytest.mark.parametrize("path", sorted((REPO / "corpus").glob("*.txt")), ids=lambda p: p.stem)
def test_real_articles_lose_all_site_chrome(path: Path) -> None:
    corpus = load_corpus(REPO / "corpus")
    article = next(a for a in corpus.articles if a.meta.source == path.name)
    kept = "\n".join(article.raw[s.start : s.end] for s in article.sections)
    for words in CHROME_WORDS:
        assert words not in kept, words
    assert kept.strip(), "article text survived"
    assert article.meta.title not in kept.splitlines()[0]


def test_every_kept_line_appears_once_in_real_articles() -> None:
    for article in load_corpus(REPO / "corpus").articles:
        body = [s for s in article.sections if s.kind == "article"]
        lines = [
            normalise(line.text)
            for s in body
            for line in iter_lines(article.raw[s.start : s.end])
            if len(line.text.split()) >= 4
        ]
        assert len(lines) == len(set(lines)), article.meta.source


def test_pull_quote_and_its_duplicate_are_dropped_but_the_body_quote_kept() -> None:
    raw = (REPO / "corpus" / "ccgs-need-freedom-to-invest.txt").read_text(encoding="utf-8")
    kept = kept_text(raw, "CCGs need freedom to invest")
    assert "Dr Dixon: 'We need" not in kept
    assert kept.count("We need to make sure we get that move of resource") == 1


def test_comments_are_separated_and_numbered() -> None:
    corpus = load_corpus(REPO / "corpus")
    article = next(a for a in corpus.articles if a.comment_count)
    assert article.comment_count == 7
    comments = [s for s in article.sections if s.kind == "comment"]
    assert sorted({s.comment_no for s in comments}) == list(range(1, 8))
    first = article.raw[comments[0].start : comments[0].end]
    assert first.startswith("Not convinced Dr Dixon")  # the bullet is not part of the text
    body = [s for s in article.sections if s.kind == "article"]
    assert all(b.end < comments[0].start for b in body)
    assert all("Report this comment" not in article.raw[s.start : s.end] for s in comments)


def test_headline_byline_and_repeated_standfirst_dropped() -> None:
    raw = (DATA / "corpus" / "budget-row.txt").read_text(encoding="utf-8")
    cleaned = clean(raw, "Health board row over practice funding")
    reasons = {reason for _, _, reason in cleaned.dropped}
    assert {"masthead", "headline", "repeated headline", "byline", "repeated text", "pull quote"} <= reasons
    kept = kept_text(raw, "Health board row over practice funding")
    assert kept.count("Local commissioners want control") == 1
    assert "By Jane Smith" not in kept and "3 March 2015" not in kept
    assert cleaned.comment_count == 2
    assert kept.count("Budgets should follow patients") == 1


def test_trailing_headline_teaser_dropped_but_crosshead_kept() -> None:
    raw = (
        "A title\n\nFirst paragraph ends here.\n\nA crosshead\n\nSecond paragraph ends.\n\n"
        "Section name: another article headline\n\nSign in\n"
    )
    kept = kept_text(raw, "A title")
    assert "A crosshead" in kept
    assert "another article headline" not in kept


def test_title_guessed_from_first_real_line_when_metadata_missing() -> None:
    raw = "This site is intended for health professionals only\n\nA guessed headline\n\nBody text here.\n"
    cleaned = clean(raw)
    assert cleaned.title == "A guessed headline"
    assert kept_text(raw) == "Body text here."


def test_crlf_and_indentation_keep_exact_spans() -> None:
    raw = "Title\r\n\r\n   Body line one.\r\nBody line two.\r\n\r\nRelated articles\r\n"
    cleaned = clean(raw, "Title")
    (section,) = cleaned.sections
    assert raw[section.start : section.end] == "Body line one.\r\nBody line two."
    assert cleaned.paragraph_starts == (section.start,)


def test_normalise_folds_quotes_case_and_spacing() -> None:
    assert normalise("‘Chaotic   and RUSHED’.") == normalise("'chaotic and rushed'")


def test_advert_slots_are_site_furniture() -> None:
    from askccg.cleaning import chrome_reason

    labels = ("Advertisement", "Hide AdAdvertisement", "Hide Ad", "Sponsored", "Story continues below")
    for line in labels:
        assert chrome_reason(line) == "advertisement", line
    assert chrome_reason("Hide AdHealth chiefs have maintained the merger is separate.") is None  # text kept


def test_a_comment_counter_above_the_article_does_not_make_it_comments() -> None:
    body = (
        "Transport row\n\nBy Echo staff  |  Posted: September 27, 2012\n\n{counter}\n\n"
        "A new transport service has led to a number of complaints to the health board.\n\n"
        'Mr Smith said: "The transport did not turn up at all that day."\n'
    )
    for counter in ("Comments (0)", "Comments (4)", "Comments"):
        cleaned = clean(body.format(counter=counter), "Transport row")
        assert cleaned.comment_count == 0, counter
        assert "comment counter" in {r for _, _, r in cleaned.dropped}, counter
    # a real comments section after the article is still one
    real = body.format(counter="") + "\nComments (1)\n\nThey never come on time for me either.\n"
    assert clean(real, "Transport row").comment_count == 1


def test_a_first_line_of_body_text_is_not_taken_for_the_headline() -> None:
    lede = (
        "Kieran McCarthy MLA said: “These figures are deeply worrying. The length of time that some "
        "people are waiting is far too long.”"
    )
    cleaned = clean(lede + "\n\nENDS\n")
    assert cleaned.title == ""
    assert "headline" not in {r for _, _, r in cleaned.dropped}
    long_lede = " ".join(["word"] * 40) + "."
    assert clean(long_lede + "\n\nSecond paragraph of the article.\n").title == ""
    assert clean("Short headline here\n\n" + long_lede + "\n").title == "Short headline here"
