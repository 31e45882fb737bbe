"""The write path: corpus folder -> what changed -> one new segment -> a committed version.

A build compares the corpus with the current index (``scan.py``): articles added or
changed are read, chunked and embedded into one new immutable segment; articles
removed or changed get tombstones in the segments holding them; the new manifest is
committed atomically (``store.commit``). Nothing else of the archive is read or
written, so adding one article costs one article. Then the merge policy may fold
small segments together (``merge.py``). A full build (``full=True``, other settings
or another model, or no usable index) writes every article into one segment; the
results are the same either way (``tests/test_builder.py``).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import numpy as np

from .attribution import ATTRIBUTION_VERSION, corpus_quotes
from .chunking import CHUNKER_VERSION, Chunker, embedding_text, sentence_offsets
from .cleaning import CLEANER_VERSION
from .config import Settings
from .corpus import Skipped
from .documents import Article, Chunk
from .duplicates import body_keys, key_hashes
from .embed import Embedder, make_embedder
from .errors import AskccgError, CorpusError
from .index import Catalogue, Manifest, load_catalogue, read_manifest, setting_reasons
from .lexical import Postings, passage_terms
from .merge import MergeReport, merge_due
from .metadata import META_FIELDS
from .scan import Fresh, Scan, scan_corpus
from .segment import ArticleRecord, Content, Records, SegmentInfo, write_segment
from .stages import reached
from .store import build_lock, commit, new_data_folder, remove_unused

ENCODE_BLOCK = 1024  # passages per forward-pass block: bounds memory for token embeddings


@dataclass(frozen=True)
class BuildReport:
    """What a build did, for the CLI to print."""

    articles: int
    chunks: int
    comments: int
    skipped: tuple[Skipped, ...]
    seconds: float
    embed_seconds: float  # chunking and embedding the added or changed articles
    manifest: Manifest
    embedded: int = 0  # chunks encoded by the model in this build
    reused: int = 0  # chunks kept from earlier segments
    notes: tuple[str, ...] = ()  # e.g. metadata entries for files that are gone
    added: int = 0  # articles written into the new segment (added or changed)
    deleted: int = 0  # articles tombstoned (removed or changed)
    bytes_written: int = 0  # the new segment's files and the manifest
    merges: tuple[MergeReport, ...] = ()


@dataclass(frozen=True)
class Encoded:
    """The chunks of some articles (one tuple per article, in their order) and the vectors of
    those chunks, row for row: passage vectors, then every chunk's sentence vectors in turn."""

    chunks: tuple[tuple[Chunk, ...], ...]
    vectors: np.ndarray
    sentence_vectors: np.ndarray


class Encoder(Protocol):
    """Chunks and embeds the articles a build cannot reuse: here (``encode_locally``) or on a
    Ray cluster (``askccg.cluster.RayEncoder``); everything else in a build stays on this machine."""

    def __call__(
        self, articles: Sequence[Article], settings: Settings, embedder: Embedder, *, progress: bool
    ) -> Encoded: ...


def index_settings(settings: Settings) -> dict[str, Any]:
    """The settings an index depends on, as recorded in its manifest."""
    return {
        **settings.chunker_settings(),
        "chunker_version": CHUNKER_VERSION,
        "cleaner_version": CLEANER_VERSION,
        "attribution_version": ATTRIBUTION_VERSION,
    }


def make_chunker(settings: Settings, embedder: Embedder) -> Chunker:
    return Chunker(
        count_tokens=embedder.count_tokens,
        max_tokens=embedder.max_tokens,
        chunk_tokens=settings.chunk_tokens,
        chunk_overlap=settings.chunk_overlap,
    )


def embed_chunks(
    embedder: Embedder, chunks: list[Chunk], *, batch_size: int = 32, progress: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Passage and sentence vectors for every chunk, in blocks, with a progress bar."""
    from tqdm import tqdm

    texts = [embedding_text(c) for c in chunks]
    spans = [sentence_offsets(c) for c in chunks]
    passages: list[np.ndarray] = []
    sentences: list[np.ndarray] = []
    with tqdm(total=len(texts), unit="chunk", desc="embedding", disable=not progress) as bar:
        for i in range(0, len(texts), ENCODE_BLOCK):
            p, s = embedder.encode_passages(
                texts[i : i + ENCODE_BLOCK], spans[i : i + ENCODE_BLOCK], batch_size=batch_size
            )
            passages.append(p)
            sentences.append(s)
            bar.update(len(p))
    dim = embedder.dimension
    if not passages:
        return np.zeros((0, dim), np.float32), np.zeros((0, dim), np.float32)
    return np.concatenate(passages), np.concatenate(sentences)


def build(
    settings: Settings,
    *,
    embedder: Embedder | None = None,
    encoder: Encoder | None = None,
    progress: bool = False,
    full: bool = False,
    merge: bool = True,
    catalogue: Catalogue | None = None,
) -> BuildReport:
    """Bring the index up to date with the corpus folder; the old version survives any failure.

    ``full`` rebuilds every article into one segment. ``merge`` runs the merge policy
    after the update is committed (the UI runs it in the background instead).
    ``catalogue``: the current version's records if the caller holds them (a served
    index); used only if it is still the committed version. ``encoder`` chunks and embeds
    the added or changed articles (default: in this process; ``askccg.cluster.RayEncoder``
    on a Ray cluster).
    """
    started = time.perf_counter()
    embedder = embedder or make_embedder(settings.model)
    with build_lock(settings.index_dir):
        catalogue = None if full else reusable_catalogue(settings, embedder, catalogue)
        found = scan_corpus(settings.corpus_dir, catalogue)
        reached("corpus-read")
        report, catalogue = _update(settings, embedder, catalogue, found, progress, started, encoder)
        merges = tuple(merge_due(settings.index_dir, catalogue)) if merge else ()
    return replace(report, merges=merges, seconds=time.perf_counter() - started)


def write_index(
    settings: Settings,
    articles: Sequence[Article],
    *,
    embedder: Embedder,
    encoder: Encoder | None = None,
    progress: bool = False,
) -> BuildReport:
    """Index exactly ``articles`` into ``settings.index_dir`` as one segment (for tools like BEIR)."""
    started = time.perf_counter()
    unstated = dict.fromkeys(META_FIELDS, "")
    fresh = tuple(Fresh(a, None, unstated, "") for a in sorted(articles, key=lambda a: a.meta.source))
    found = Scan(fresh, frozenset(), 0, (), {}, {}, "", None, ())
    with build_lock(settings.index_dir):
        report, _ = _update(settings, embedder, None, found, progress, started, encoder)
    return report


def reusable_catalogue(
    settings: Settings, embedder: Embedder, held: Catalogue | None = None
) -> Catalogue | None:
    """The current version's catalogue, if its segments fit these settings and this model
    (``held``, when it is that version: nothing read but the manifest)."""
    try:
        if (
            held is not None
            and held.folder == settings.index_dir
            and held.manifest == read_manifest(held.folder)
        ):
            catalogue = held
        else:
            catalogue = load_catalogue(settings.index_dir)
    except AskccgError:
        return None
    m = catalogue.manifest
    if m.dimension != embedder.dimension or setting_reasons(
        m, model=embedder.name, settings=index_settings(settings)
    ):
        return None
    return catalogue


def _update(
    settings: Settings,
    embedder: Embedder,
    catalogue: Catalogue | None,
    found: Scan,
    progress: bool,
    started: float,
    encoder: Encoder | None = None,
) -> tuple[BuildReport, Catalogue]:
    """Write the changed articles as a segment, tombstone the old passages, commit."""
    before = catalogue.manifest if catalogue else None
    live = len(catalogue.live) if catalogue else 0
    if live - len(found.deleted) + len(found.fresh) <= 0:
        why = f" ({len(found.skipped)} files skipped)" if found.skipped else ""
        raise CorpusError(
            f"no readable articles in {settings.corpus_dir}{why}; the existing index was left unchanged"
        )
    content, embed_seconds = segment_content(found.fresh, embedder, settings, progress, encoder)
    segments = _tombstoned(catalogue, found.deleted)
    gone = [catalogue.live[s][1] for s in found.deleted] if catalogue else []
    manifest = Manifest(
        model=embedder.name,
        dimension=embedder.dimension,
        settings=index_settings(settings),
        segments=segments,
        skipped=found.skipped_hashes,
        skip_reasons=found.skip_reasons,
        metadata_sha256=found.metadata_sha256,
        metadata_stat=found.metadata_stat,
        notes=found.notes,
        chunk_count=(before.chunk_count if before else 0) - sum(r.count for r in gone) + len(content.chunks),
        article_count=live - len(gone) + len(content.records),
    )
    parts = catalogue.parts if catalogue else ()
    unchanged = before is not None and replace(manifest, built_at=before.built_at) == before
    if catalogue is not None and before is not None and not content.records and unchanged:
        remove_unused(settings.index_dir, keep={s.name for s in segments})  # a killed build's leftovers
        return _report(before, found, content, embed_seconds, started, 0, catalogue), catalogue
    written = 0
    if content.records:
        info, staging = write_segment(settings.index_dir, content, embedder.dimension, reached)
        segments += (info,)
        parts += (Records(info.name, content.records, content.paragraphs),)
        written = sum(int(f["bytes"]) for f in info.files.values())
    else:
        staging = new_data_folder(settings.index_dir)  # holds the new manifest until the rename
    manifest = manifest.stamped(segments=segments)
    text = manifest.to_json()
    commit(settings.index_dir, text, staging, keep={s.name for s in segments})
    after = Catalogue(settings.index_dir, manifest, parts)
    report = _report(manifest, found, content, embed_seconds, started, written + len(text.encode()), after)
    return report, after


def _tombstoned(catalogue: Catalogue | None, deleted: frozenset[str]) -> tuple[SegmentInfo, ...]:
    if catalogue is None:
        return ()
    by_segment: dict[int, list[str]] = {}
    for source in deleted:
        by_segment.setdefault(catalogue.live[source][0], []).append(source)
    return tuple(
        replace(info, deleted=tuple(sorted({*info.deleted, *by_segment.get(n, ())})))
        for n, info in enumerate(catalogue.manifest.segments)
    )


def _report(
    manifest: Manifest,
    found: Scan,
    content: Content,
    embed_seconds: float,
    started: float,
    written: int,
    catalogue: Catalogue | None,
) -> BuildReport:
    comments = sum(r.comments for _, r in catalogue.live.values()) if catalogue else 0
    return BuildReport(
        articles=manifest.article_count,
        chunks=manifest.chunk_count,
        comments=comments,
        skipped=found.skipped,
        seconds=time.perf_counter() - started,
        embed_seconds=embed_seconds,
        manifest=manifest,
        embedded=len(content.chunks),
        reused=manifest.chunk_count - len(content.chunks),
        notes=found.notes,
        added=len(content.records),
        deleted=len(found.deleted),
        bytes_written=written,
    )


def encode_locally(
    articles: Sequence[Article], settings: Settings, embedder: Embedder, *, progress: bool = False
) -> Encoded:
    """Chunk every article, then embed every chunk, in this process."""
    chunker = make_chunker(settings, embedder)
    chunks = tuple(tuple(chunker.chunks(a)) for a in articles)
    reached("chunked")
    flat = [c for article_chunks in chunks for c in article_chunks]
    vectors, sentences = embed_chunks(embedder, flat, batch_size=settings.batch_size, progress=progress)
    return Encoded(chunks, vectors, sentences)


def _check_encoded(encoded: Encoded, articles: int) -> None:
    rows = sum(len(c) for c in encoded.chunks)
    sentences = sum(len(chunk.sentences) for c in encoded.chunks for chunk in c)
    got = (len(encoded.chunks), len(encoded.vectors), len(encoded.sentence_vectors))
    if got != (articles, rows, sentences):
        raise AskccgError(
            f"the encoder returned {len(encoded.chunks)} articles, {len(encoded.vectors)} vectors and "
            f"{len(encoded.sentence_vectors)} sentence vectors for {articles} articles, {rows} chunks "
            f"and {sentences} sentences; the existing index was left unchanged"
        )


def segment_content(
    fresh: Sequence[Fresh],
    embedder: Embedder,
    settings: Settings,
    progress: bool = False,
    encoder: Encoder | None = None,
) -> tuple[Content, float]:
    """Chunk and embed the fresh articles (sorted by file name) into a new segment's content."""
    embed_started = time.perf_counter()
    encoded = (encoder or encode_locally)([f.article for f in fresh], settings, embedder, progress=progress)
    embed_seconds = time.perf_counter() - embed_started
    _check_encoded(encoded, len(fresh))
    reached("embedded")
    per_article = encoded.chunks
    chunks = [c for group in per_article for c in group]
    vectors, sentences = encoded.vectors, encoded.sentence_vectors
    records: list[ArticleRecord] = []
    keys: list[np.ndarray] = []
    first = paragraph = 0
    for f, group in zip(fresh, per_article, strict=True):
        hashes = key_hashes(body_keys(f.article.raw, f.article.sections))
        records.append(_record(f, first, group, (paragraph, len(hashes))))
        keys.append(hashes)
        first += len(group)
        paragraph += len(hashes)
    content = Content(
        records=tuple(records),
        chunks=tuple(chunks),
        vectors=vectors,
        sentence_vectors=sentences,
        postings=Postings.build([passage_terms(embedding_text(c)) for c in chunks]),
        paragraphs=np.concatenate(keys) if keys else np.zeros(0, np.uint64),
        quotes=tuple(corpus_quotes(f.article for f in fresh)),
    )
    return content, embed_seconds


def _record(f: Fresh, first: int, chunks: Sequence[Chunk], paragraphs: tuple[int, int]) -> ArticleRecord:
    return ArticleRecord(
        source=f.article.meta.source,
        sha256=f.article.sha256,
        entry=f.entry,
        first=first,
        count=len(chunks),
        paragraphs=paragraphs,
        stat=f.stat,
        entry_sha256=f.entry_sha256,
        kept=f.kept,
        kept_sha256=f.kept_sha256,
        kept_stat=f.kept_stat,
        comments=sum(1 for c in chunks if c.citation.kind == "comment"),
    )
