"""Question checks, ranking, de-duplication (fake embedder)."""

from __future__ import annotations

import pytest

from askccg.config import Settings
from askccg.embed import HashingEmbedder
from askccg.errors import InputError
from askccg.retriever import Retriever, check_question


@pytest.mark.parametrize(
    ("question", "message"),
    [("", "empty"), ("   \n", "empty"), ("x" * 100_000, "100,000 characters"), (None, "must be text")],
)
def test_bad_questions_are_refused_with_a_reason(question: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        check_question(question, 2000)


def test_best_passage_first_with_citation(built: Settings, embedder: HashingEmbedder) -> None:
    retriever = Retriever.open(built, embedder)
    hits = retriever.retrieve("When will the island ferry sail twice a day?", k=3)
    assert hits[0].citation.source == "ferry-timetable.txt"
    assert hits[0].citation.publication == "Harbour News"
    assert "twice a day" in hits[0].text
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_hits_never_overlap_within_an_article(built: Settings, embedder: HashingEmbedder) -> None:
    hits = Retriever.open(built, embedder).retrieve("budget practices commissioners conflicts", k=10)
    for i, a in enumerate(hits):
        for b in hits[i + 1 :]:
            same = a.citation.source == b.citation.source
            assert not (same and a.citation.start < b.citation.end and b.citation.start < a.citation.end)


def test_k_out_of_range(built: Settings, embedder: HashingEmbedder) -> None:
    retriever = Retriever.open(built, embedder)
    for k in (0, 101):
        with pytest.raises(InputError, match=f"k={k} is outside"):
            retriever.retrieve("ferry", k=k)
