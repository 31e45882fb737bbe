"""News pages through trafilatura: the article and its comments, never the site's furniture;
fields with the markup they rest on; nothing run, nothing fetched."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from askccg.cleaning import clean
from askccg.extraction import canonical_text
from askccg.html_reader import read_html

from .formats import DATED, LETTER


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Any attempt to open a connection is recorded and fails."""
    attempts: list[Any] = []

    def refuse(self: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise OSError("network use in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))  # type: ignore[arg-type]
    return attempts


def test_the_article_is_kept_and_the_furniture_is_not(no_network: list[Any]) -> None:
    extracted = read_html(LETTER.read_bytes())
    text = canonical_text(extracted, extracted.field("title"))
    assert "poisoned chalice in terms of national press coverage" in text
    assert "Dr Andrew Mimnagh, Sefton, Lancashire" in text
    for furniture in (
        "We use cookies",  # cookie banner
        "Accept all cookies",
        "Practice business",  # navigation
        "CCGs to be given powers over GP contracts",  # related links
        "Terms and conditions",  # footer
        "Search Pulse",
    ):
        assert furniture not in text, furniture
    assert no_network == []


def test_nothing_in_the_page_runs_or_is_fetched(no_network: list[Any]) -> None:
    text = canonical_text(read_html(LETTER.read_bytes()), "t")
    for active in (
        "document.cookie",
        "fetch(",
        "tracker.example",
        "analytics.js",
        "acceptCookies",
        "ads.example",
    ):
        assert active not in text
    assert "javascript:" not in text and "<" not in text
    assert no_network == []


def test_reader_comments_stay_comments_cited_n_of_m() -> None:
    extracted = read_html(LETTER.read_bytes())
    assert len(extracted.comments) == 2
    text = canonical_text(extracted, extracted.field("title"))
    cleaned = clean(text, extracted.field("title"))
    comments = [s for s in cleaned.sections if s.kind == "comment"]
    assert cleaned.comment_count == 2 and [s.comment_no for s in comments] == [1, 2]
    assert text[comments[0].start : comments[0].end].startswith("We knew this was coming")
    assert "Report this comment" not in text and "Have your say" not in text


def test_fields_carry_the_markup_they_come_from_and_no_date_is_guessed() -> None:
    extracted = read_html(LETTER.read_bytes())
    fields = {f.name: f for f in extracted.fields}
    assert fields["title"].value == "GP commissioners are damned if they do or if they don’t"
    assert fields["publication"].value == "Pulse"
    assert 'og:site_name" content="Pulse"' in fields["publication"].evidence
    assert fields["author"].value == "Dr Andrew Mimnagh"
    assert '<meta name="author"' in fields["author"].evidence
    assert "date" not in fields  # the page states no date: none is made up
    assert extracted.url.startswith("http://www.pulsetoday.co.uk/views/letters/")


def test_a_date_the_markup_states_is_read_with_its_evidence() -> None:
    extracted = read_html(DATED.read_bytes())
    fields = {f.name: f for f in extracted.fields}
    assert fields["date"].value == "2015-05-26"
    assert "2015-05-26" in fields["date"].evidence
    text = canonical_text(extracted, fields["title"].value)
    assert "This website uses cookies" not in text and "LMC conference 2015: all the motions" not in text
