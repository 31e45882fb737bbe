"""The saved index as readers see it: a manifest naming immutable segments, minus tombstones.

``manifest.json`` (the commit point, ``store.commit``) lists each segment
(``segment.py``) with the checksum of every file and the articles later versions
deleted from it. A version of the index is the segments' live articles; readers put
their passages in one order, by file name and then position in the article, so row
numbers, tie-breaks and results are those of a full rebuild whatever the segments.

``load_index`` reads and checks the segments (sizes and sha256 before FAISS reads a
file); given a ``SegmentCache`` it reuses segments it already holds, so swapping to
a version that added one article reads one small segment. ``load_catalogue`` reads
only the article records, for writers: what is indexed, with which file hashes.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from .attribution import Quote, longest_first
from .documents import Chunk
from .errors import (
    REBUILD_HINT,
    CorruptIndexError,
    IndexMissingError,
    StaleIndexError,
)
from .lexical import LexicalIndex, Part
from .segment import (
    ArticleRecord,
    Records,
    Segment,
    SegmentCache,
    SegmentInfo,
    StatKey,
    load_records,
)
from .store import MANIFEST, MAX_MANIFEST_BYTES
from .store import checksum as _checksum

FORMAT_VERSION = 4


@dataclass(frozen=True)
class Manifest:
    """One committed version: settings, segments with tombstones, and what the corpus looked like."""

    model: str
    dimension: int
    settings: dict[str, Any]
    segments: tuple[SegmentInfo, ...] = ()
    skipped: dict[str, str] = field(default_factory=dict)  # unreadable file -> sha256
    skip_reasons: dict[str, str] = field(default_factory=dict)  # unreadable file -> why
    metadata_sha256: str = ""
    metadata_stat: StatKey | None = None  # of articles.toml as read, when old enough to vouch for it
    notes: tuple[str, ...] = ()  # articles.toml entries whose file is gone (repeated by later builds)
    chunk_count: int = 0  # live passages
    article_count: int = 0  # live articles
    built_at: str = ""
    normalized: bool = True
    metric: str = "inner_product"
    format_version: int = FORMAT_VERSION

    def to_json(self) -> str:
        """JSON with a checksum of its own content, so a flipped bit is caught, not obeyed."""
        data = asdict(self)
        data["checksum"] = _checksum(data)
        return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        if data.pop("checksum", None) != _checksum(data):
            raise ValueError("checksum mismatch")
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["segments"] = tuple(SegmentInfo.from_dict(s) for s in known.get("segments", ()))
        known["notes"] = tuple(str(n) for n in known.get("notes", ()))
        if known.get("metadata_stat") is not None:
            known["metadata_stat"] = tuple(int(x) for x in known["metadata_stat"])
        return cls(**known)

    def stamped(self, **changes: Any) -> Manifest:
        return replace(self, built_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **changes)


def read_manifest(folder: Path) -> Manifest:
    path = folder / MANIFEST
    if not path.is_file():
        raise IndexMissingError(f"no index in {folder} (no {MANIFEST}); {REBUILD_HINT}")
    try:
        with path.open("rb") as handle:
            text = handle.read(MAX_MANIFEST_BYTES + 1).decode("utf-8")
        version = json.loads(text).get("format_version")
        if version != FORMAT_VERSION:
            raise StaleIndexError(
                f"{path} has index format {version}, this askccg reads {FORMAT_VERSION}; {REBUILD_HINT}"
            )
        manifest = Manifest.from_json(text)
    except (OSError, UnicodeDecodeError, ValueError, TypeError, AttributeError) as exc:
        raise CorruptIndexError(f"{path} is damaged ({exc or type(exc).__name__}); {REBUILD_HINT}") from None
    return manifest


@dataclass(frozen=True, eq=False)
class Catalogue:
    """The live articles of one version, from the segments' records (tombstones applied)."""

    folder: Path
    manifest: Manifest
    parts: tuple[Records, ...]  # one per segment, in manifest order

    @cached_property
    def live(self) -> dict[str, tuple[int, ArticleRecord]]:
        """source -> (segment number, record) of every article the version holds."""
        out: dict[str, tuple[int, ArticleRecord]] = {}
        for n, (info, part) in enumerate(zip(self.manifest.segments, self.parts, strict=True)):
            gone = set(info.deleted)
            missing = gone - set(part.by_source)
            if missing:
                raise CorruptIndexError(
                    f"{self.folder / MANIFEST} deletes {sorted(missing)[0]!r}, which segment {info.name} "
                    f"does not hold; {REBUILD_HINT}"
                )
            for record in part.records:
                if record.source in gone:
                    continue
                if record.source in out:
                    raise CorruptIndexError(
                        f"{self.folder / MANIFEST}: {record.source!r} is live in two segments; {REBUILD_HINT}"
                    )
                out[record.source] = (n, record)
        return out

    @cached_property
    def articles(self) -> dict[str, str]:
        """Indexed file -> sha256."""
        return {source: record.sha256 for source, (_, record) in self.live.items()}

    @cached_property
    def blocks(self) -> dict[str, dict[str, str]]:
        """articles.toml block sha256 -> fields of the entries already checked and indexed."""
        return {
            r.entry_sha256: {**r.entry, "file": r.source, "kept": r.kept}
            for _, r in self.live.values()
            if r.entry_sha256
        }


def load_catalogue(folder: Path) -> Catalogue:
    """The manifest and every segment's article records (checked), without passages or vectors."""
    manifest = read_manifest(folder)
    return Catalogue(folder, manifest, tuple(load_records(folder, info) for info in manifest.segments))


@dataclass(frozen=True, eq=False)
class Index:
    """A loaded version: its live passages in rebuild order, and search over its segments."""

    folder: Path
    manifest: Manifest
    segments: tuple[Segment, ...]
    catalogue: Catalogue
    chunks: tuple[Chunk, ...]  # live passages: by file name, then position
    segment_of: np.ndarray  # segment number of each row
    local_of: np.ndarray  # row inside its segment of each row
    rows_of: tuple[np.ndarray, ...]  # per segment: the row of each of its passages, -1 when deleted
    selectors: tuple[Any, ...] = ()  # per segment: FAISS selector of its live passages (None: all live)

    @property
    def articles(self) -> dict[str, str]:
        return self.catalogue.articles

    def vector(self, row: int) -> np.ndarray:
        return self.segments[int(self.segment_of[row])].vector(int(self.local_of[row]))

    def chunk_sentence_vectors(self, row: int) -> np.ndarray:
        return self.segments[int(self.segment_of[row])].chunk_sentence_vectors(int(self.local_of[row]))

    def all_vectors(self) -> np.ndarray:
        """Every live passage vector, row for row."""
        out = np.zeros((len(self.chunks), self.manifest.dimension), np.float32)
        for segment, rows in zip(self.segments, self.rows_of, strict=True):
            live = rows >= 0
            if live.any():
                out[rows[live]] = segment.all_vectors()[live]
        return out

    def all_sentence_vectors(self) -> np.ndarray:
        """Every live passage's sentence vectors, row for row."""
        parts = [self.chunk_sentence_vectors(row) for row in range(len(self.chunks))]
        return np.concatenate(parts) if parts else np.zeros((0, self.manifest.dimension), np.float16)

    @cached_property
    def lexical(self) -> LexicalIndex:
        """BM25 over the live passages of every segment, with statistics over all of them."""
        parts = []
        for segment, rows in zip(self.segments, self.rows_of, strict=True):
            live = rows >= 0
            parts.append(Part(segment.postings, rows, None if live.all() else live))
        return LexicalIndex(parts)

    @cached_property
    def quotes(self) -> tuple[Quote, ...]:
        """The live articles' quotations, article by article in file-name order."""
        out: list[Quote] = []
        for source in sorted(self.catalogue.live):
            n, _ = self.catalogue.live[source]
            out += self.segments[n].quotes_by_source.get(source, ())
        return tuple(out)

    def quotes_of(self, source: str) -> tuple[Quote, ...]:
        """The quotations of one live article."""
        live = self.catalogue.live.get(source)
        return self.segments[live[0]].quotes_by_source.get(source, ()) if live else ()

    @cached_property
    def people(self) -> list[str]:
        """Ways a question may name a quoted person, over the live articles (longest first).

        Counted per segment (cached with it) minus the tombstoned articles, so a new version
        costs its new segment and its tombstones, not every quote again.
        """
        names: set[str] = set()
        for info, segment in zip(self.manifest.segments, self.segments, strict=True):
            counts = segment.people_count
            if info.deleted:
                counts = counts.copy()
                counts.subtract(n for s in info.deleted for n in segment.people_by_source.get(s, ()))
            names.update(name for name, count in counts.items() if count > 0)
        return longest_first(names)

    def search(
        self, queries: np.ndarray, k: int, allowed: set[int] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Scores and rows of the ``k`` nearest passages for each query row (-1 rows pad a short list).

        Each segment is searched on its own (its tombstoned passages excluded by a FAISS ID
        selector, and ``allowed`` restricting the search to those rows, so filters never
        starve the list), then the lists are merged best first, ties by row.
        """
        limit = len(self.chunks) if allowed is None else len(allowed)
        k = max(1, min(k, limit))
        queries = np.ascontiguousarray(queries, dtype=np.float32)
        wanted: np.ndarray | None = None
        if allowed is not None:
            wanted = np.fromiter(allowed, dtype=np.int64, count=len(allowed))
        scores: list[np.ndarray] = []
        rows: list[np.ndarray] = []
        for n, segment in enumerate(self.segments):
            found = self._search_segment(n, segment, queries, k, wanted)
            if found is not None:
                scores.append(found[0])
                rows.append(found[1])
        if not scores:
            return np.full((len(queries), k), -np.inf, np.float32), np.full((len(queries), k), -1, np.int64)
        return _best(np.concatenate(scores, axis=1), np.concatenate(rows, axis=1), k)

    def _search_segment(
        self, n: int, segment: Segment, queries: np.ndarray, k: int, wanted: np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray] | None:
        if wanted is None:
            selector = self.selectors[n] if self.selectors else None
            available = int((self.rows_of[n] >= 0).sum())
        else:
            local = self.local_of[wanted[self.segment_of[wanted] == n]]
            available = len(local)
            selector = faiss.IDSelectorBatch(local) if available else None  # copies the ids
        if available == 0:
            return None
        kk = min(k, available)
        if selector is None:
            found_scores, found = segment.vectors.search(queries, kk)
        else:
            params = _params(segment, selector)
            found_scores, found = segment.vectors.search(queries, kk, params=params)
        mapped = np.where(found >= 0, self.rows_of[n][np.maximum(found, 0)], -1)
        return found_scores, mapped


def _params(segment: Segment, selector: Any) -> Any:
    if segment.info.index_type.startswith("ivf"):
        return faiss.SearchParametersIVF(sel=selector, nprobe=segment.info.nprobe)  # type: ignore[call-arg]
    return faiss.SearchParameters(sel=selector)  # type: ignore[call-arg]


def _best(scores: np.ndarray, rows: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Per query, the ``k`` best (score, row) pairs across segments: best first, ties by row."""
    scores = np.where(rows >= 0, scores, -np.inf).astype(np.float32)
    order = np.lexsort((np.where(rows >= 0, rows, np.iinfo(np.int64).max), -scores), axis=1)[:, :k]
    return np.take_along_axis(scores, order, axis=1), np.take_along_axis(rows, order, axis=1)


def _live_selector(deleted_local: np.ndarray) -> Any:
    inner = faiss.IDSelectorBatch(deleted_local)
    selector = faiss.IDSelectorNot(inner)
    selector.referenced_objects = [inner, deleted_local]  # type: ignore[attr-defined]  # FAISS keeps raw pointers
    return selector


def assemble(folder: Path, manifest: Manifest, segments: tuple[Segment, ...]) -> Index:
    """The version's live passages in rebuild order (by file name, then position), and row maps."""
    catalogue = Catalogue(folder, manifest, tuple(s.records for s in segments))
    live = sorted((source, n, r.first, r.count) for source, (n, r) in catalogue.live.items())
    counts = np.array([c for *_, c in live], dtype=np.int64)
    total = int(counts.sum())
    starts = np.cumsum(counts) - counts
    segment_of = np.repeat(np.array([n for _, n, _, _ in live], dtype=np.int64), counts)
    firsts = np.array([f for _, _, f, _ in live], dtype=np.int64)
    local_of = np.repeat(firsts - starts, counts) + np.arange(total, dtype=np.int64)
    rows_of = []
    selectors = []
    for n, segment in enumerate(segments):
        rows = np.full(len(segment.chunks), -1, dtype=np.int64)
        mine = np.flatnonzero(segment_of == n)
        rows[local_of[mine]] = mine
        rows_of.append(rows)
        deleted = np.flatnonzero(rows < 0).astype(np.int64)
        selectors.append(_live_selector(deleted) if len(deleted) else None)
    chunks: list[Chunk] = []
    for _, n, first, count in live:
        chunks += segments[n].chunks[first : first + count]
    if total != manifest.chunk_count or len(live) != manifest.article_count:
        raise CorruptIndexError(
            f"{folder / MANIFEST} counts {manifest.chunk_count} passages of {manifest.article_count} "
            f"articles but its segments hold {total} of {len(live)}; {REBUILD_HINT}"
        )
    return Index(
        folder,
        manifest,
        segments,
        catalogue,
        tuple(chunks),
        segment_of,
        local_of,
        tuple(rows_of),
        tuple(selectors),
    )


def load_index(folder: Path, cache: SegmentCache | None = None) -> Index:
    """Read and verify an index folder; raise with the file's name if anything is off.

    With ``cache``, segments already loaded are reused (they never change) and the ones
    the manifest no longer names are forgotten.
    """
    manifest = read_manifest(folder)
    cache = cache if cache is not None else SegmentCache()
    segments = tuple(cache.get(folder, info, manifest.dimension) for info in manifest.segments)
    cache.keep(folder, {info.name for info in manifest.segments})
    return assemble(folder, manifest, segments)


def setting_reasons(manifest: Manifest, *, model: str, settings: Mapping[str, Any]) -> list[str]:
    """Differences that make the index unusable: its vectors or chunks do not fit these settings."""
    reasons: list[str] = []
    if manifest.model != model:
        reasons.append(f"model differs (index: {manifest.model}, settings: {model})")
    for key in sorted(set(settings) | set(manifest.settings)):
        if manifest.settings.get(key) != settings.get(key):
            reasons.append(
                f"{key} differs (index: {manifest.settings.get(key)}, settings: {settings.get(key)})"
            )
    return reasons


def corpus_reasons(
    known: Mapping[str, str], *, files: Mapping[str, str], metadata_sha256: str, indexed_metadata: str
) -> list[str]:
    """Articles added, removed or changed since the build (``known``: indexed and skipped files)."""
    reasons: list[str] = []
    for name in sorted(set(known) | set(files)):
        if name not in files:
            reasons.append(f"{name} removed")
        elif name not in known:
            reasons.append(f"{name} added")
        elif known[name] != files[name]:
            reasons.append(f"{name} changed")
    if indexed_metadata != metadata_sha256:
        reasons.append("articles.toml changed")
    return reasons


def stale_message(folder: Path, reasons: list[str]) -> str:
    shown = "; ".join(reasons[:5]) + (f"; and {len(reasons) - 5} more" if len(reasons) > 5 else "")
    return f"the index in {folder} is stale: {shown}; {REBUILD_HINT}"


def raise_if_stale(folder: Path, reasons: list[str]) -> None:
    if reasons:
        raise StaleIndexError(stale_message(folder, reasons))
