"""Second stage: re-score the best fused candidates by how well each *answers* the question.

Three features per passage, all from what the index already holds:

* ``passage``: cosine of the question with the passage vector;
* ``sentence``: the best cosine of the question with one of the passage's sentence
  vectors (pooled from the same forward pass at build time);
* ``coverage``: the share of the question's IDF weight whose terms the passage holds.

The score is a weighted sum of the three, with a small push for reader comments
when the question asks about readers (and against them otherwise). The weights are
chosen on the dev halves of the question sets (``RerankWeights``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .chunking import embedding_text
from .index import Index
from .lexical import LexicalIndex, tokenize

FEATURES = ("passage", "sentence", "coverage")
COMMENT_INTENT = frozenset(tokenize("reader readers comment comments commenter"))
TERMS_CACHE = 50_000  # passages whose search terms stay cached


@dataclass(frozen=True, kw_only=True)
class RerankWeights:
    passage: float = 0.4
    sentence: float = 1.0
    coverage: float = 0.6
    kind: float = 0.1  # reader comments up when the question asks about readers, down otherwise


class Reranker:
    """Features and scores of candidate passages for one index."""

    def __init__(self, index: Index, lexical: LexicalIndex, weights: RerankWeights | None = None) -> None:
        self.index = index
        self.lexical = lexical
        self.weights = weights or RerankWeights()
        # Bounded, so a long-running server over a large index never holds the corpus tokenized twice.
        self._terms = lru_cache(maxsize=TERMS_CACHE)(self._terms_of)

    def features(self, row: int, query: np.ndarray, terms: Sequence[str]) -> dict[str, float]:
        passage = float(self.index.vector(row) @ query)
        sentences = self.index.chunk_sentence_vectors(row)
        sentence = float((sentences.astype(np.float32) @ query).max()) if len(sentences) else passage
        coverage = self.lexical.coverage(terms, self._terms(row))
        return {"passage": passage, "sentence": sentence, "coverage": coverage}

    def score(self, row: int, features: Mapping[str, float], wants_comments: bool) -> float:
        w = self.weights
        score = w.passage * features["passage"] + w.sentence * features["sentence"]
        score += w.coverage * features["coverage"]
        if self.index.chunks[row].citation.kind == "comment":
            score += w.kind if wants_comments else -w.kind
        return score

    def _terms_of(self, row: int) -> frozenset[str]:
        return frozenset(tokenize(embedding_text(self.index.chunks[row])))
