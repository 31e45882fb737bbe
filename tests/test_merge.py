"""The merge policy: tiers of ten, segments mostly tombstoned rewritten, empty ones dropped."""

from __future__ import annotations

from pathlib import Path

from askccg.builder import build
from askccg.config import Settings
from askccg.embed import HashingEmbedder
from askccg.index import read_manifest
from askccg.merge import FLOOR, MERGE_FACTOR, merge_all, plan, tier


def test_tiers_are_decades_of_live_passages_above_the_floor() -> None:
    assert tier(0) == tier(1) == tier(FLOOR * 10 - 1) == 0
    assert tier(FLOOR * 10) == 1 and tier(FLOOR * 100 - 1) == 1 and tier(FLOOR * 100) == 2


def test_ten_segments_of_a_tier_are_merged_smallest_tier_first() -> None:
    base = [("base", 90_000, 90_000)]
    small = [(f"s{i}", 12, 12) for i in range(MERGE_FACTOR)]
    middle = [(f"m{i}", 2_000, 2_000) for i in range(MERGE_FACTOR)]
    assert plan(base + small[:-1]) == ()
    assert plan(base + small) == tuple(f"s{i}" for i in range(MERGE_FACTOR))
    assert plan(base + middle + small) == tuple(f"s{i}" for i in range(MERGE_FACTOR))
    assert plan(base + middle + small[:3]) == tuple(f"m{i}" for i in range(MERGE_FACTOR))


def test_tombstones_decide_rewrites_and_drops() -> None:
    assert plan([("base", 70_000, 100_000)]) == ()  # 30% deleted: kept
    assert plan([("base", 69_000, 100_000)]) == ("base",)  # over 30%: rewritten without them
    assert plan([("base", 90_000, 90_000), ("gone", 0, 12)]) == ("gone",)  # nothing live: dropped


def test_merge_all_folds_everything_and_an_add_of_ten_merges_tier_zero(settings: Settings) -> None:
    build(settings, embedder=HashingEmbedder(256))
    reports = []
    for n in range(MERGE_FACTOR):
        (settings.corpus_dir / f"new-{n}.txt").write_text(f"New {n}\n\nStory {n} about the harbour board.\n")
        reports.append(build(settings, embedder=HashingEmbedder(256)))
    # the base is tier 0 here too: the ninth add makes ten segments of tier 0, merged into one
    assert [len(r.merges) for r in reports] == [0] * (MERGE_FACTOR - 2) + [1, 0]
    (merged,) = reports[-2].merges
    assert len(merged.merged) == MERGE_FACTOR and merged.into
    assert len(read_manifest(settings.index_dir).segments) == 2
    (report,) = merge_all(settings.index_dir)
    assert report.articles == read_manifest(settings.index_dir).article_count
    assert [s.deleted for s in read_manifest(settings.index_dir).segments] == [()]
    assert merge_all(settings.index_dir) == []  # one segment, no tombstones: nothing to do
    assert {p.name for p in Path(settings.index_dir).glob("data-*")} == {
        s.name for s in read_manifest(settings.index_dir).segments
    }
