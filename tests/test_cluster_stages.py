"""The Ray Data stages without Ray: records survive the wire, stages equal the local path."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import numpy as np
import pytest

from askccg.builder import encode_locally
from askccg.cluster_stages import (
    ARTICLE,
    RECORD,
    SENTENCES,
    SEQ,
    VECTOR,
    ChunkStage,
    EmbedStage,
    article_from_json,
    article_json,
    check_environment,
    chunk_from_json,
    chunk_json,
    environment,
)
from askccg.config import Settings
from askccg.corpus import load_corpus
from askccg.documents import Article
from askccg.embed import HashingEmbedder
from askccg.errors import ClusterError


def _articles(settings: Settings) -> tuple[Article, ...]:
    return load_corpus(settings.corpus_dir).articles


def test_articles_and_chunks_survive_their_json_records(
    settings: Settings, embedder: HashingEmbedder
) -> None:
    articles = list(_articles(settings))
    paged = dataclasses.replace(articles[0], page_starts=(0, 40), dropped=((0, 5, "banner"),))
    for article in [*articles, paged]:
        assert article_from_json(article_json(article)) == article
    for chunks in encode_locally([*articles, paged], settings, embedder).chunks:
        for chunk in chunks:
            assert chunk_from_json(chunk_json(chunk)) == chunk


def test_the_stages_give_what_the_local_path_gives(settings: Settings, embedder: HashingEmbedder) -> None:
    articles = _articles(settings)
    local = encode_locally(articles, settings, embedder)
    expected = environment()
    rows = ChunkStage(settings, expected)(
        {
            ARTICLE: np.arange(len(articles)),
            RECORD: np.asarray([article_json(a) for a in articles], dtype=object),
        }
    )
    out = EmbedStage(settings, expected)(rows)
    flat = [c for chunks in local.chunks for c in chunks]
    assert [chunk_from_json(r) for r in out[RECORD]] == flat
    per_article = [len(c) for c in local.chunks]
    assert list(out[ARTICLE]) == [i for i, n in enumerate(per_article) for _ in range(n)]
    assert list(out[SEQ]) == [s for n in per_article for s in range(n)]
    assert np.allclose(out[VECTOR], local.vectors)
    sentences = np.concatenate([np.frombuffer(b, np.float32).reshape(-1, 256) for b in out[SENTENCES]])
    assert np.allclose(sentences, local.sentence_vectors)


def test_a_worker_with_other_versions_refuses_naming_them() -> None:
    expected = {**environment(), "sentence-transformers": "0.0.1"}
    with pytest.raises(ClusterError) as error:
        check_environment(expected)
    message = str(error.value)
    assert "sentence-transformers" in message and "driver: 0.0.1" in message and "\n" not in message
    check_environment(environment())  # the same versions pass


def test_a_worker_imports_neither_ray_nor_the_index_side() -> None:
    code = "import sys, askccg.cluster_stages; print(sorted({'ray', 'faiss', 'bm25s'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
