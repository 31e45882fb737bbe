"""The rebuild path: corpus folder -> cleaned articles -> chunks -> vectors -> index."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from .attribution import corpus_quotes, save_quotes
from .chunking import CHUNKER_VERSION, Chunker, embedding_text, sentence_offsets
from .cleaning import CLEANER_VERSION
from .config import Settings
from .corpus import Skipped, hashes_of_skipped, load_corpus
from .documents import Article, Chunk
from .embed import Embedder, make_embedder
from .errors import AskccgError, CorpusError
from .index import BM25_DIR, QUOTES_FILE, Index, Manifest, build_lock, load_index, save_index
from .lexical import LexicalIndex
from .stages import reached

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
    reused: int = 0  # chunks whose vectors came from the previous index
    notes: tuple[str, ...] = ()  # e.g. metadata entries for files that are gone


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


def build(
    settings: Settings,
    *,
    embedder: Embedder | None = None,
    encoder: Encoder | None = None,
    progress: bool = False,
) -> BuildReport:
    """Rebuild the index folder from the corpus folder; the old index survives any failure.

    ``encoder`` chunks and embeds the added or changed articles (default: in this process).
    """
    started = time.perf_counter()
    corpus = load_corpus(settings.corpus_dir)
    reached("corpus-read")
    if not corpus.articles:
        why = f" ({len(corpus.skipped)} files skipped)" if corpus.skipped else ""
        raise CorpusError(
            f"no readable articles in {settings.corpus_dir}{why}; the existing index was left unchanged"
        )
    report = write_index(
        settings,
        corpus.articles,
        embedder=embedder or make_embedder(settings.model),
        encoder=encoder,
        progress=progress,
        skipped=corpus.skipped,
        skipped_hashes=hashes_of_skipped(settings.corpus_dir, corpus.skipped),
        metadata_sha256=corpus.metadata_sha256,
        started=started,
    )
    return replace(report, notes=corpus.notes)


def write_index(
    settings: Settings,
    articles: Sequence[Article],
    *,
    embedder: Embedder,
    encoder: Encoder | None = None,
    progress: bool = False,
    skipped: tuple[Skipped, ...] = (),
    skipped_hashes: dict[str, str] | None = None,
    metadata_sha256: str = "",
    started: float | None = None,
    incremental: bool = True,
) -> BuildReport:
    """Chunk, embed and save ``articles`` as the index in ``settings.index_dir``.

    With ``incremental`` (the default), articles whose file, metadata and chunking
    are unchanged since the previous index keep their chunks and vectors; only
    added or changed articles are chunked and embedded. The result equals a full
    rebuild (``tests/test_builder.py`` compares them).
    """
    started = time.perf_counter() if started is None else started
    with build_lock(settings.index_dir):
        previous = reusable_index(settings, embedder) if incremental else None
        kept = reusable_rows(articles, previous)
        fresh = [a for a, rows in zip(articles, kept, strict=True) if rows is None]
        embed_started = time.perf_counter()
        encoded = (encoder or encode_locally)(fresh, settings, embedder, progress=progress)
        embed_seconds = time.perf_counter() - embed_started
        _check_encoded(encoded, len(fresh))
        reached("embedded")
        plan = plan_chunks(kept, encoded, previous)
        vectors, sentence_vectors = assemble(
            plan, previous, encoded.vectors, encoded.sentence_vectors, embedder.dimension
        )
        chunks = plan.chunks
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
        embedded=len(encoded.vectors),
        reused=len(chunks) - len(encoded.vectors),
    )


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


@dataclass(frozen=True)
class Plan:
    """The chunks of the new index; ``rows[i]`` is the previous index's row to reuse, or -1."""

    chunks: list[Chunk]
    rows: list[int]


def reusable_index(settings: Settings, embedder: Embedder) -> Index | None:
    """The current index, if its vectors can be reused with these settings and this model."""
    try:
        index = load_index(settings.index_dir)
    except AskccgError:
        return None
    m = index.manifest
    if (
        m.model != embedder.name
        or m.dimension != embedder.dimension
        or m.settings != index_settings(settings)
    ):
        return None
    return index


def reusable_rows(articles: Sequence[Article], previous: Index | None) -> list[list[int] | None]:
    """For each article, the previous index's rows of its chunks when it is unchanged, else None."""
    old: dict[str, list[int]] = {}
    if previous is not None:
        for row, chunk in enumerate(previous.chunks):
            old.setdefault(chunk.citation.source, []).append(row)
    out: list[list[int] | None] = []
    for article in articles:
        kept = old.get(article.meta.source, [])
        unchanged = previous is not None and bool(kept) and _unchanged(article, previous, kept[0])
        out.append(kept if unchanged else None)
    return out


def plan_chunks(kept: Sequence[list[int] | None], encoded: Encoded, previous: Index | None) -> Plan:
    """Every article's chunks in corpus order: an unchanged article's from the previous index,
    the others' from ``encoded`` (which holds them in the same order)."""
    fresh = iter(encoded.chunks)
    chunks: list[Chunk] = []
    rows: list[int] = []
    for reuse in kept:
        if reuse is not None and previous is not None:
            chunks += [previous.chunks[r] for r in reuse]
            rows += reuse
        else:
            new = next(fresh)
            chunks += new
            rows += [-1] * len(new)
    return Plan(chunks, rows)


def _unchanged(article: Article, previous: Index, row: int) -> bool:
    c = previous.chunks[row].citation
    m = article.meta
    same_meta = (c.title, c.publication, c.date, c.author) == (m.title, m.publication, m.date, m.author)
    return previous.manifest.articles.get(m.source) == article.sha256 and same_meta


def assemble(
    plan: Plan, previous: Index | None, new_vectors: np.ndarray, new_sentences: np.ndarray, dimension: int
) -> tuple[np.ndarray, np.ndarray]:
    """Vectors and sentence vectors in plan order, from the previous index or the new encodings."""
    vectors = np.zeros((len(plan.chunks), dimension), dtype=np.float32)
    sentences: list[np.ndarray] = []
    old_vectors = previous.all_vectors() if previous is not None and any(r >= 0 for r in plan.rows) else None
    fresh = 0
    fresh_sentence = 0
    for i, (chunk, row) in enumerate(zip(plan.chunks, plan.rows, strict=True)):
        n = len(chunk.sentences)
        if row >= 0 and previous is not None and old_vectors is not None:
            vectors[i] = old_vectors[row]
            sentences.append(previous.chunk_sentence_vectors(row).astype(np.float32))
        else:
            vectors[i] = new_vectors[fresh]
            sentences.append(new_sentences[fresh_sentence : fresh_sentence + n])
            fresh += 1
            fresh_sentence += n
    stacked = np.concatenate(sentences) if sentences else np.zeros((0, dimension), np.float32)
    return vectors, stacked
