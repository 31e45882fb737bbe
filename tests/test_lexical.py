"""Lexical search: tokens for names, acronyms and figures; BM25; coverage."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from askccg.lexical import LexicalIndex, tokenize


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
    index.save(tmp_path)
    for npy in tmp_path.glob("*.npy"):
        np.load(npy, allow_pickle=False)  # plain arrays, no pickle
    again = LexicalIndex.load(tmp_path)
    assert list(again.search(tokenize("ferry"), 3)[0]) == [0]


def test_coverage_is_idf_weighted_share_of_query_terms() -> None:
    index = LexicalIndex.build(["ferry harbour", "ferry island", "ferry timetable", "budget"])
    terms = tokenize("island ferry")
    assert index.coverage(terms, {"island", "ferri"}) == 1.0
    rare, common = index.coverage(terms, {"island"}), index.coverage(terms, {"ferri"})
    assert 0 < common < rare < 1
    assert index.coverage(tokenize("capital of France"), {"ferri"}) == 0.0
