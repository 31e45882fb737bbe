"""Lexical search: tokens for names, acronyms and figures; BM25; coverage."""

from __future__ import annotations

import random
from pathlib import Path

import bm25s
import numpy as np
import pytest

from askccg.lexical import LexicalIndex, Part, Postings, merge_postings, passage_terms, tokenize


def test_tokens_keep_figures_acronyms_and_names() -> None:
    terms = tokenize("Who said the £3.8bn Better Care Fund rose 1.4% by 20 June? CCGs, PCTs and the GPC")
    for expected in ("3.8bn", "1.4%", "20", "june", "ccg", "pct", "gpc", "better", "fund"):
        assert expected in terms
    assert "who" not in terms and "the" not in terms and "said" not in terms


def test_plural_acronym_and_possessive_meet_their_stem() -> None:
    assert tokenize("CCGs") == tokenize("CCG") == ["ccg"]
    assert tokenize("King’s Fund") == tokenize("King's fund") == ["king", "fund"]
    assert tokenize("commissioning") == tokenize("commissioned")


def test_bm25_ranks_the_matching_passage_first(tmp_path: Path) -> None:
    texts = ["The ferry sails twice a day", "GPC opposed CCG commissioning", "Budget row at the board"]
    index = LexicalIndex.build(texts)
    rows, scores = index.search(tokenize("Why did GPC oppose CCG commissioning?"), 3)
    assert rows[0] == 1 and scores[0] > 0
    assert len(index.search(tokenize("zebra"), 3)[0]) == 0
    postings = index.parts[0].postings
    postings.save(tmp_path / "postings")
    for npy in (tmp_path / "postings").glob("*.npy"):
        np.load(npy, allow_pickle=False)  # plain arrays, no pickle
    again = Postings.load(tmp_path / "postings")
    lexical = LexicalIndex([Part(again, np.arange(again.size), None)])
    assert list(lexical.search(tokenize("ferry"), 3)[0]) == [0]


def test_coverage_is_idf_weighted_share_of_query_terms() -> None:
    index = LexicalIndex.build(["ferry harbour", "ferry island", "ferry timetable", "budget"])
    terms = tokenize("island ferry")
    assert index.coverage(terms, {"island", "ferri"}) == 1.0
    rare, common = index.coverage(terms, {"island"}), index.coverage(terms, {"ferri"})
    assert 0 < common < rare < 1
    assert index.coverage(tokenize("capital of France"), {"ferri"}) == 0.0


def _segmented(docs: list[list[str]], cuts: list[int], deleted: set[int]) -> LexicalIndex:
    """Segments over ``docs`` split at ``cuts``, with ``deleted`` documents tombstoned; the live
    documents' rows follow the original order (as the index numbers them)."""
    rows = {}
    for i in range(len(docs)):
        if i not in deleted:
            rows[i] = len(rows)
    parts = []
    for lo, hi in zip([0, *cuts], [*cuts, len(docs)], strict=True):
        postings = Postings.build(docs[lo:hi])
        where = np.array([rows.get(i, -1) for i in range(lo, hi)], dtype=np.int64)
        live = where >= 0
        parts.append(Part(postings, where, None if live.all() else live))
    return LexicalIndex(parts)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_segmented_bm25_equals_bm25s_over_the_union_to_the_bit(seed: int) -> None:
    """Global statistics over segments minus tombstones give exactly the scores, and the
    ranking, of one bm25s index built over the live documents."""
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(200)]
    docs = [
        [rng.choice(words[: rng.randint(3, 200)]) for _ in range(rng.randint(0, 30))] for _ in range(1500)
    ]
    docs = [d or ["\x00empty"] for d in docs]
    deleted = set(rng.sample(range(len(docs)), 200))
    lexical = _segmented(docs, sorted(rng.sample(range(1, len(docs)), 9)), deleted)
    union = [d for i, d in enumerate(docs) if i not in deleted]
    reference = bm25s.BM25(k1=1.2, b=0.75)
    reference.index(union, show_progress=False)
    for _ in range(100):
        terms = [rng.choice(words) for _ in range(rng.randint(1, 6))]
        known = [t for t in terms if t in reference.vocab_dict]
        rows, scores = lexical.search(terms, 40)
        if not known:
            assert len(rows) == 0
            continue
        full = reference.get_scores(known)
        assert np.array_equal(full[rows], scores)  # bit for bit
        matching = np.flatnonzero(full > 0)
        assert list(rows) == list(matching[np.lexsort((matching, -full[matching]))][:40])
        for term in set(known):  # the coverage feature's statistics too
            assert lexical.df(term) == sum(term in d for d in union)
    assert lexical.num_docs == len(union)


def test_merged_postings_equal_postings_built_over_the_kept_documents() -> None:
    rng = random.Random(5)
    docs = [
        passage_terms(
            " ".join(rng.choice(["ferry", "GPC", "CCG", "budget", "board", "2.5%"]) for _ in range(8))
        )
        for _ in range(60)
    ]
    a, b = Postings.build(docs[:40]), Postings.build(docs[40:])
    order = [i for i in range(40) if i % 3] + list(range(40, 60))  # every third of the first dropped
    new_a = np.array([order.index(i) if i in order else -1 for i in range(40)], dtype=np.int64)
    new_b = np.array([order.index(i) for i in range(40, 60)], dtype=np.int64)
    merged = merge_postings([(a, new_a), (b, new_b)], len(order))
    built = Postings.build([docs[i] for i in order])
    assert merged.terms == built.terms
    for name in ("indptr", "docs", "tf", "doclen"):
        assert np.array_equal(getattr(merged, name), getattr(built, name)), name
