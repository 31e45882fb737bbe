"""Folding segments together: Lucene's log merge policy, counted in live passages.

Every update adds a small segment, and each segment costs a query a little (one more
FAISS search, one more postings lookup). The policy keeps the count low at a write
cost that grows with the logarithm of the archive, not with it:

* a segment's tier is ``floor(log10(max(live, FLOOR) / FLOOR))`` -- below 1,000 live
  passages tier 0, below 10,000 tier 1, and so on;
* when a tier holds ``MERGE_FACTOR`` segments, they are merged into one (which lands
  in the next tier), so each passage is rewritten about once per tier;
* a segment whose tombstones cover more than ``DELETED_SHARE`` of its passages is
  rewritten without them; one with no live passage is dropped (no rewrite).

A merge reads its segments, writes the live articles into one new segment (in file
name order, as a full build would) and commits a manifest naming it instead of them:
old or new under kill -9, like any build (its stages are the build's, prefixed
``merge-``). It never changes results: the merged segment holds the same passages,
vectors, postings and quotes. Merges run right after an update is committed -- by
``askccg build`` and ``askccg add`` in the same process, by the UI in a background
thread so the person adding an article does not wait for them. ``merge_all`` (``askccg
build --merge``) folds everything into one segment.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .attribution import Quote
from .documents import Chunk
from .index import Catalogue, load_catalogue
from .lexical import merge_postings
from .segment import ArticleRecord, Content, Records, Segment, SegmentInfo, load_segment, write_segment
from .stages import reached
from .store import build_lock, commit, new_data_folder

FLOOR = 100  # live passages below which every segment counts as this small
MERGE_FACTOR = 10
DELETED_SHARE = 0.3


@dataclass(frozen=True)
class MergeReport:
    """One merge: the segments folded, what the new one holds, its cost."""

    merged: tuple[str, ...]
    into: str  # "" when the merged segments held no live passage
    articles: int
    chunks: int
    seconds: float
    bytes_written: int


def tier(live: int) -> int:
    return math.floor(math.log10(max(live, FLOOR) / FLOOR))


def live_counts(catalogue: Catalogue) -> list[tuple[str, int, int]]:
    """(segment, live passages, all passages) per segment, in manifest order."""
    out = []
    for info, part in zip(catalogue.manifest.segments, catalogue.parts, strict=True):
        deleted = sum(part.by_source[s].count for s in info.deleted)
        out.append((info.name, info.chunks - deleted, info.chunks))
    return out


def plan(sizes: Sequence[tuple[str, int, int]]) -> tuple[str, ...]:
    """The segments to merge next (none when the index is in shape), smallest tier first."""
    for name, live, total in sizes:
        if live == 0 or (total and (total - live) / total > DELETED_SHARE):
            return (name,)
    tiers: dict[int, list[str]] = {}
    for name, live, _ in sizes:
        tiers.setdefault(tier(live), []).append(name)
    for level in sorted(tiers):
        if len(tiers[level]) >= MERGE_FACTOR:
            return tuple(tiers[level][:MERGE_FACTOR])
    return ()


def merge_due(index_dir: Path, catalogue: Catalogue) -> Iterator[MergeReport]:
    """Run the policy's merges until none is due (the caller holds the build lock)."""
    while names := plan(live_counts(catalogue)):
        report, catalogue = merge(index_dir, catalogue, names)
        yield report


def merge_all(index_dir: Path) -> list[MergeReport]:
    """Fold every segment into one, without tombstones (``askccg build --merge``)."""
    with build_lock(index_dir):
        catalogue = load_catalogue(index_dir)
        names = tuple(info.name for info in catalogue.manifest.segments)
        if len(names) == 1 and not catalogue.manifest.segments[0].deleted:
            return []
        return [merge(index_dir, catalogue, names)[0]]


def fold(index_dir: Path) -> list[MergeReport]:
    """Take the build lock and run the merges due (the UI's background step)."""
    with build_lock(index_dir):
        return list(merge_due(index_dir, load_catalogue(index_dir)))


def merge(index_dir: Path, catalogue: Catalogue, names: Sequence[str]) -> tuple[MergeReport, Catalogue]:
    """Merge the named segments into one and commit; the new catalogue."""
    started = time.perf_counter()

    def stage(name: str) -> None:
        reached(f"merge-{name}")

    manifest = catalogue.manifest
    chosen = [
        (info, part)
        for info, part in zip(manifest.segments, catalogue.parts, strict=True)
        if info.name in names
    ]
    stage("started")
    segments = [load_segment(index_dir, info, manifest.dimension, part) for info, part in chosen]
    content = merged_content(segments, [info for info, _ in chosen])
    kept = [(i, p) for i, p in zip(manifest.segments, catalogue.parts, strict=True) if i.name not in names]
    infos = tuple(i for i, _ in kept)
    parts = tuple(p for _, p in kept)
    written = 0
    into = ""
    if content.records:
        info, staging = write_segment(index_dir, content, manifest.dimension, stage)
        infos += (info,)
        parts += (Records(info.name, content.records, content.paragraphs),)
        written = sum(int(f["bytes"]) for f in info.files.values())
        into = info.name
    else:
        staging = new_data_folder(index_dir)
    new = manifest.stamped(segments=infos)
    text = new.to_json()
    commit(index_dir, text, staging, keep={i.name for i in infos}, stage=stage)
    report = MergeReport(
        merged=tuple(names),
        into=into,
        articles=len(content.records),
        chunks=len(content.chunks),
        seconds=time.perf_counter() - started,
        bytes_written=written + len(text.encode()),
    )
    return report, Catalogue(index_dir, new, parts)


def merged_content(segments: Sequence[Segment], infos: Sequence[SegmentInfo]) -> Content:
    """The live articles of ``segments`` as one segment's content, sorted by file name."""
    gone = [set(info.deleted) for info in infos]
    live = sorted(
        (record.source, n, record)
        for n, segment in enumerate(segments)
        for record in segment.records.records
        if record.source not in gone[n]
    )
    new_rows = [np.full(len(s.chunks), -1, dtype=np.int64) for s in segments]
    records: list[ArticleRecord] = []
    chunks: list[Chunk] = []
    sentences: list[np.ndarray] = []
    keys: list[np.ndarray] = []
    quotes: list[Quote] = []
    paragraph = 0
    for source, n, record in live:
        segment = segments[n]
        first, count = record.first, record.count
        new_rows[n][first : first + count] = np.arange(len(chunks), len(chunks) + count)
        p_first, p_count = record.paragraphs
        records.append(replace(record, first=len(chunks), paragraphs=(paragraph, p_count)))
        chunks += segment.chunks[first : first + count]
        start, end = segment.sentence_start[first], segment.sentence_start[first + count]
        sentences.append(segment.sentence_vectors[start:end])
        keys.append(segment.records.paragraphs[p_first : p_first + p_count])
        quotes += segment.quotes_by_source.get(source, ())
        paragraph += p_count
    dimension = segments[0].vectors.d if segments else 0
    vectors = np.zeros((len(chunks), dimension), dtype=np.float32)
    for segment, rows in zip(segments, new_rows, strict=True):
        keep = rows >= 0
        if keep.any():
            vectors[rows[keep]] = segment.all_vectors()[keep]
    return Content(
        records=tuple(records),
        chunks=tuple(chunks),
        vectors=vectors,
        sentence_vectors=np.concatenate(sentences) if sentences else np.zeros((0, dimension), np.float16),
        postings=merge_postings(
            [(s.postings, rows) for s, rows in zip(segments, new_rows, strict=True)], len(chunks)
        ),
        paragraphs=np.concatenate(keys) if keys else np.zeros(0, np.uint64),
        quotes=tuple(quotes),
    )
