"""Answers: markers point at citations; refusal keeps the nearest passages."""

from __future__ import annotations

import re

from askccg.answer import REFUSAL, compose
from askccg.documents import Citation, Hit


def hit(text: str, score: float, kind: str = "article") -> Hit:
    c = Citation("a", "Title", "Pulse", "", "", "a.txt", 0, len(text), kind, 1 if kind == "article" else None)  # type: ignore[arg-type]
    return Hit(text, score, c, relevance=score)


def test_markers_match_citations() -> None:
    answer = compose(
        "q", [hit("First passage.", 0.8), hit("Second passage.", 0.6), hit("Weak.", 0.1)], min_relevance=0.5
    )
    markers = {int(m) for m in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers == set(range(1, len(answer.citations) + 1)) == {1, 2}
    assert not answer.refused


def test_refusal_below_threshold_keeps_nearest_passages() -> None:
    answer = compose("q", [hit("Unrelated.", 0.1)], min_relevance=0.5)
    assert answer.refused and answer.text == REFUSAL
    assert answer.citations == () and len(answer.hits) == 1


def test_reader_comment_is_labelled_as_such() -> None:
    answer = compose("q", [hit("A reader's view.", 0.9, kind="comment")], min_relevance=0.5)
    assert "a reader comment" in answer.text
