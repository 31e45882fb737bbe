"""Timing summaries shared by the benchmark scripts (run as ``python bench/<script>.py``)."""

from __future__ import annotations

from collections.abc import Sequence


def p95(values: Sequence[float]) -> float:
    """The nearest-rank 95th percentile."""
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]
