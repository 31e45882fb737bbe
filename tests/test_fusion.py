"""Fusion: reciprocal rank and weighted sums, ties broken by row."""

from __future__ import annotations

import pytest

from askccg.fusion import FUSIONS, rrf, weighted


def test_rrf_rewards_agreement_and_breaks_ties_by_row() -> None:
    fused = rrf([(3, 0.9), (1, 0.8)], [(1, 7.0), (2, 5.0)], rrf_k=60)
    assert [r for r, _ in fused] == [1, 3, 2]
    assert fused[0][1] == pytest.approx(1 / 62 + 1 / 61)
    assert [r for r, _ in rrf([(5, 1.0)], [(4, 1.0)])] == [4, 5]


def test_weighted_normalises_bm25_by_the_best_score() -> None:
    fused = dict(weighted([(1, 0.5), (2, 0.4)], [(2, 10.0), (3, 5.0)], dense_weight=0.7))
    assert fused[2] == pytest.approx(0.7 * 0.4 + 0.3 * 1.0)
    assert fused[3] == pytest.approx(0.3 * 0.5) and fused[1] == pytest.approx(0.35)
    assert set(FUSIONS) == {"rrf", "weighted"}
