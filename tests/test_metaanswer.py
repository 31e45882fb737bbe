"""Questions about an article's author, date or publication, answered from its metadata."""

from __future__ import annotations

from askccg.documents import Citation, Hit
from askccg.metaanswer import field_asked, metadata_answer


def _hit(title: str, publication: str = "", date: str = "", author: str = "") -> Hit:
    c = Citation("a", title, publication, date, author, f"{title[:5]}.txt", 0, 10, "article", 1)
    return Hit("text", 1.0, c)


HITS = [
    _hit("Island ferry timetable changes announced", "Harbour News"),
    _hit("Health board row over practice funding", "Testshire Gazette", "2015-03-03", "Jane Smith"),
]


def test_the_field_asked_for() -> None:
    assert field_asked("Who wrote the story about the health board row?") == "author"
    assert field_asked("When was the ferry article published?") == "date"
    assert field_asked("Which newspaper ran the story on the health board row?") == "publication"


def test_the_article_named_by_its_headline_answers_from_its_metadata() -> None:
    answer = metadata_answer(
        "Who wrote the story on the health board row over practice funding?", HITS, lambda t: 1.0
    )
    assert (
        answer is not None
        and answer.text == "“Health board row over practice funding” was written by Jane Smith [1]."
    )
    assert answer.citations == (HITS[1].citation,) and "metadata" in answer.notes[0]
    dated = metadata_answer(
        "When was the health board row over practice funding published?", HITS, lambda t: 1.0
    )
    assert dated is not None and "is dated 3 March 2015 [1]" in dated.text


def test_a_field_the_article_does_not_state_is_said_to_be_not_stated() -> None:
    answer = metadata_answer("Who wrote the island ferry timetable article?", HITS, lambda t: 1.0)
    assert answer is not None
    assert answer.text == "“Island ferry timetable changes announced” does not state its author [1]."
