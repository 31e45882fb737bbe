"""Fusion of the dense and lexical candidate lists into one ranking.

A dispatch table of join functions (as haystack's ``DocumentJoiner``): each takes
the two lists, best first, as ``(row, score)`` pairs and returns one list, best
first, ties broken by row so results never depend on dict order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Ranked = Sequence[tuple[int, float]]
Fused = list[tuple[int, float]]


def rrf(dense: Ranked, lexical: Ranked, *, rrf_k: int = 60, **_: float) -> Fused:
    """Reciprocal rank fusion: each list adds 1 / (k + rank)."""
    fused: dict[int, float] = {}
    for ranked in (dense, lexical):
        for rank, (row, _score) in enumerate(ranked):
            fused[row] = fused.get(row, 0.0) + 1.0 / (rrf_k + rank + 1)
    return _ordered(fused)


def weighted(dense: Ranked, lexical: Ranked, *, dense_weight: float = 0.5, **_: float) -> Fused:
    """w x cosine + (1 - w) x BM25 / best BM25 of the query."""
    fused: dict[int, float] = {}
    top = lexical[0][1] if lexical and lexical[0][1] > 0 else 1.0
    for row, score in dense:
        fused[row] = fused.get(row, 0.0) + dense_weight * score
    for row, score in lexical:
        fused[row] = fused.get(row, 0.0) + (1 - dense_weight) * score / top
    return _ordered(fused)


def _ordered(fused: dict[int, float]) -> Fused:
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))


FUSIONS: dict[str, Callable[..., Fused]] = {"rrf": rrf, "weighted": weighted}
