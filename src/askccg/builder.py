"""The rebuild path: corpus folder -> cleaned articles -> chunks -> vectors -> index."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from .chunking import CHUNKER_VERSION, Chunker, embedding_text
from .cleaning import CLEANER_VERSION
from .config import Settings
from .corpus import Skipped, fingerprint, load_corpus
from .documents import Chunk
from .embed import Embedder, make_embedder
from .errors import CorpusError
from .index import Manifest, build_lock, save_index


@dataclass(frozen=True)
class BuildReport:
    """What a build did, for the CLI to print."""

    articles: int
    chunks: int
    comments: int
    skipped: tuple[Skipped, ...]
    seconds: float
    embed_seconds: float
    manifest: Manifest


def index_settings(settings: Settings) -> dict[str, Any]:
    """The settings an index depends on, as recorded in its manifest."""
    return {
        **settings.chunker_settings(),
        "chunker_version": CHUNKER_VERSION,
        "cleaner_version": CLEANER_VERSION,
    }


def make_chunker(settings: Settings, embedder: Embedder) -> Chunker:
    return Chunker(
        count_tokens=embedder.count_tokens,
        max_tokens=embedder.max_tokens,
        chunk_tokens=settings.chunk_tokens,
        chunk_overlap=settings.chunk_overlap,
    )


def build(settings: Settings, *, embedder: Embedder | None = None, progress: bool = False) -> BuildReport:
    """Rebuild the index folder from the corpus folder; the old index survives any failure."""
    started = time.perf_counter()
    embedder = embedder or make_embedder(settings.model)
    corpus = load_corpus(settings.corpus_dir)
    if not corpus.articles:
        why = f" ({len(corpus.skipped)} files skipped)" if corpus.skipped else ""
        raise CorpusError(
            f"no readable articles in {settings.corpus_dir}{why}; the existing index was left unchanged"
        )
    chunker = make_chunker(settings, embedder)
    chunks: list[Chunk] = [c for article in corpus.articles for c in chunker.chunks(article)]
    embed_started = time.perf_counter()
    vectors = embedder.encode(
        [embedding_text(c) for c in chunks], batch_size=settings.batch_size, progress=progress
    )
    embed_seconds = time.perf_counter() - embed_started
    hashes, _ = fingerprint(settings.corpus_dir)
    indexed = {a.meta.source: a.sha256 for a in corpus.articles}
    manifest = Manifest(
        model=embedder.name,
        dimension=embedder.dimension,
        settings=index_settings(settings),
        articles=indexed,
        skipped={s.source: hashes[s.source] for s in corpus.skipped if s.source in hashes},
        metadata_sha256=corpus.metadata_sha256,
        chunk_count=len(chunks),
    )
    with build_lock(settings.index_dir):
        manifest = save_index(settings.index_dir, manifest, chunks, vectors)
    return BuildReport(
        articles=len(corpus.articles),
        chunks=len(chunks),
        comments=sum(1 for c in chunks if c.citation.kind == "comment"),
        skipped=corpus.skipped,
        seconds=time.perf_counter() - started,
        embed_seconds=embed_seconds,
        manifest=manifest,
    )
