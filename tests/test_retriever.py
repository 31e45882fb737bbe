"""Retrieval: question checks, modes, fusion, reranking, filters, relevance (fake embedder)."""

from __future__ import annotations

import pytest

from askccg.config import Settings
from askccg.embed import HashingEmbedder
from askccg.errors import ConfigError, InputError
from askccg.inputs import check_question
from askccg.lexical import tokenize
from askccg.rerank import FEATURES
from askccg.retriever import Filters, RetrievalConfig, Retriever


@pytest.fixture
def retriever(built: Settings, embedder: HashingEmbedder) -> Retriever:
    return Retriever.open(built, embedder)


@pytest.mark.parametrize(
    ("question", "message"),
    [("", "empty"), ("   \n", "empty"), ("x" * 100_000, "100,000 characters"), (None, "must be text")],
)
def test_bad_questions_are_refused_with_a_reason(question: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        check_question(question, 2000)


def test_best_passage_first_with_citation(retriever: Retriever) -> None:
    hits = retriever.retrieve("When will the island ferry sail twice a day?", k=3)
    assert hits[0].citation.source == "ferry-timetable.txt"
    assert hits[0].citation.publication == "Harbour News"
    assert "twice a day" in hits[0].text
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


@pytest.mark.parametrize("mode", ["dense", "bm25", "hybrid"])
@pytest.mark.parametrize("rerank", [False, True])
def test_every_mode_finds_a_named_person(retriever: Retriever, mode: str, rerank: bool) -> None:
    hits = retriever.with_config(mode=mode, rerank=rerank).retrieve("Harbour master Tom Reed", k=2)
    assert "Tom Reed" in hits[0].text


def test_hits_never_overlap_within_an_article(retriever: Retriever) -> None:
    hits = retriever.retrieve("budget practices commissioners conflicts", k=10)
    for i, a in enumerate(hits):
        for b in hits[i + 1 :]:
            same = a.citation.source == b.citation.source
            assert not (same and a.citation.start < b.citation.end and b.citation.start < a.citation.end)


def test_k_out_of_range(retriever: Retriever) -> None:
    for k in (0, 101):
        with pytest.raises(InputError, match=f"k={k} is outside"):
            retriever.retrieve("ferry", k=k)


def test_filters_restrict_every_hit(retriever: Retriever) -> None:
    only_comments = retriever.retrieve("plan conflicts of interest", k=5, filters=Filters(kind="comment"))
    assert only_comments and all(h.citation.kind == "comment" for h in only_comments)
    gazette = retriever.retrieve("ferry", k=5, filters=Filters(publication="testshire gazette"))
    assert gazette and all(h.citation.publication == "Testshire Gazette" for h in gazette)
    dated = retriever.retrieve("budget", k=5, filters=Filters(date_from="2015-01", date_to="2015"))
    assert dated and all(h.citation.date.startswith("2015") for h in dated)
    assert retriever.retrieve("ferry", k=5, filters=Filters(date_from="2030")) == []


def test_bad_filters_and_config_are_clear() -> None:
    for bad in ("last May", "2017-13", "2014-13-45", "2015-02-29", "0000"):
        with pytest.raises(InputError, match="not a real date"):
            Filters(date_from=bad)
    with pytest.raises(InputError, match="publication must be str"):
        Filters(publication=5)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="kind"):
        Filters(kind="letter")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="mode"):
        RetrievalConfig(mode="magic")  # type: ignore[arg-type]


def test_relevance_is_a_probability_and_higher_for_on_topic(retriever: Retriever) -> None:
    on = retriever.retrieve("island ferry timetable twice a day", k=1)[0]
    off = retriever.retrieve("quantum chromodynamics lattice", k=1)[0]
    assert 0.0 <= off.relevance < on.relevance <= 1.0
    assert len(on.features) == 3


def test_hits_past_the_rerank_depth_get_their_own_features(retriever: Retriever) -> None:
    shallow = retriever.with_config(rerank_depth=1)
    hits = shallow.retrieve("practice budget conflicts of interest", k=5)
    assert len(hits) == 5
    query = retriever.embedder.encode(["practice budget conflicts of interest"])[0]
    terms = tokenize("practice budget conflicts of interest")
    for hit in hits:
        row = next(i for i, c in enumerate(retriever.index.chunks) if c.chunk_id == hit.chunk_id)
        features = retriever.features(row, query, terms)
        assert hit.features == pytest.approx(tuple(features[name] for name in FEATURES))
        assert hit.relevance == pytest.approx(retriever.calibration.relevance(features))


def test_reader_questions_prefer_reader_comments(retriever: Retriever) -> None:
    hits = retriever.retrieve("what did readers say about conflicts of interest", k=3)
    assert hits[0].citation.kind == "comment"


def test_same_question_same_results(retriever: Retriever) -> None:
    a = retriever.retrieve("practice budget conflicts", k=5)
    b = retriever.retrieve("practice budget conflicts", k=5)
    assert [(h.chunk_id, h.score) for h in a] == [(h.chunk_id, h.score) for h in b]


@pytest.mark.parametrize(
    ("k", "message"), [(2.5, "whole number"), ("3", "whole number"), (True, "whole number"), (0, "1..100")]
)
def test_k_must_be_a_whole_number_in_range(retriever: Retriever, k: object, message: str) -> None:
    """Issue 14.5: k=2.5 returned 51 hits and k="3" raised TypeError."""
    with pytest.raises(InputError, match=message):
        retriever.retrieve("ferry", k=k)  # type: ignore[arg-type]


def test_questions_that_are_not_valid_text_are_refused(retriever: Retriever) -> None:
    bad = b"ferry \xff\xfe".decode("utf-8", "surrogateescape")  # what argv gives for invalid UTF-8
    with pytest.raises(InputError, match="not valid UTF-8"):
        retriever.retrieve(bad)
    with pytest.raises(InputError, match="not valid UTF-8"):
        retriever.retrieve("lone \ud800 surrogate")
