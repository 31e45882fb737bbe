"""The rebuild path: corpus folder -> cleaned articles -> chunks -> vectors -> index."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .attribution import corpus_quotes, save_quotes
from .chunking import CHUNKER_VERSION, Chunker, embedding_text, sentence_offsets
from .cleaning import CLEANER_VERSION
from .config import Settings
from .corpus import Skipped, fingerprint, load_corpus
from .documents import Article, Chunk
from .embed import Embedder, make_embedder
from .errors import CorpusError
from .index import BM25_DIR, QUOTES_FILE, Manifest, build_lock, save_index
from .lexical import LexicalIndex

ENCODE_BLOCK = 1024  # passages per forward-pass block: bounds memory for token embeddings


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


def _save_lexical(lexical: LexicalIndex, path: Path) -> None:
    path.mkdir()
    lexical.save(path)


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


def build(settings: Settings, *, embedder: Embedder | None = None, progress: bool = False) -> BuildReport:
    """Rebuild the index folder from the corpus folder; the old index survives any failure."""
    started = time.perf_counter()
    corpus = load_corpus(settings.corpus_dir)
    if not corpus.articles:
        why = f" ({len(corpus.skipped)} files skipped)" if corpus.skipped else ""
        raise CorpusError(
            f"no readable articles in {settings.corpus_dir}{why}; the existing index was left unchanged"
        )
    hashes, _ = fingerprint(settings.corpus_dir)
    return write_index(
        settings,
        corpus.articles,
        embedder=embedder or make_embedder(settings.model),
        progress=progress,
        skipped=corpus.skipped,
        skipped_hashes={s.source: hashes[s.source] for s in corpus.skipped if s.source in hashes},
        metadata_sha256=corpus.metadata_sha256,
        started=started,
    )


def write_index(
    settings: Settings,
    articles: Sequence[Article],
    *,
    embedder: Embedder,
    progress: bool = False,
    skipped: tuple[Skipped, ...] = (),
    skipped_hashes: dict[str, str] | None = None,
    metadata_sha256: str = "",
    started: float | None = None,
) -> BuildReport:
    """Chunk, embed and save ``articles`` as the index in ``settings.index_dir``."""
    started = time.perf_counter() if started is None else started
    chunker = make_chunker(settings, embedder)
    chunks: list[Chunk] = [c for article in articles for c in chunker.chunks(article)]
    embed_started = time.perf_counter()
    vectors, sentence_vectors = embed_chunks(
        embedder, chunks, batch_size=settings.batch_size, progress=progress
    )
    embed_seconds = time.perf_counter() - embed_started
    lexical = LexicalIndex.build([embedding_text(c) for c in chunks])
    quotes = corpus_quotes(articles)
    manifest = Manifest(
        model=embedder.name,
        dimension=embedder.dimension,
        settings=index_settings(settings),
        articles={a.meta.source: a.sha256 for a in articles},
        skipped=skipped_hashes or {},
        metadata_sha256=metadata_sha256,
        chunk_count=len(chunks),
    )
    with build_lock(settings.index_dir):
        manifest = save_index(
            settings.index_dir,
            manifest,
            chunks,
            vectors,
            sentence_vectors,
            extra={
                BM25_DIR: lambda path: _save_lexical(lexical, path),
                QUOTES_FILE: lambda path: save_quotes(quotes, path),
            },
        )
    return BuildReport(
        articles=len(articles),
        chunks=len(chunks),
        comments=sum(1 for c in chunks if c.citation.kind == "comment"),
        skipped=skipped,
        seconds=time.perf_counter() - started,
        embed_seconds=embed_seconds,
        manifest=manifest,
    )
