"""The read path: question -> candidates (dense + BM25) -> fusion -> rerank -> hits.

The retriever composes units that each make one decision, and that evaluation and
benchmarks call directly: ``fusion`` (how two ranked lists become one),
``rerank.Reranker`` (how well a passage answers), ``calibration.Calibration`` (how
likely the best evidence is to answer at all) and ``quotebook.QuoteBook`` (who said
what). Overlapping passages of one article are collapsed; filters apply throughout.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Literal

import numpy as np

from .calibration import Calibration, default_calibration
from .config import Settings
from .documents import Citation, Hit, is_iso_date
from .embed import Embedder, make_embedder
from .errors import REBUILD_HINT, ConfigError, InputError, StaleIndexError
from .freshness import Freshness
from .fusion import FUSIONS
from .index import Index, load_index, raise_if_stale, setting_reasons, stale_message
from .inputs import check_k, check_optional, check_question
from .lexical import LexicalIndex, tokenize
from .quotebook import QuoteBook
from .rerank import COMMENT_INTENT, FEATURES, Reranker, RerankWeights
from .segment import SegmentCache

Mode = Literal["dense", "bm25", "hybrid"]
MODES: tuple[Mode, ...] = ("dense", "bm25", "hybrid")


@dataclass(frozen=True, kw_only=True)
class Filters:
    """Optional restrictions; dates compare as ISO strings (yyyy, yyyy-mm or yyyy-mm-dd)."""

    publication: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    kind: Literal["article", "comment"] | None = None

    def __post_init__(self) -> None:
        if self.kind not in (None, "article", "comment"):
            raise InputError(f"kind={self.kind!r}: use 'article' or 'comment'")
        check_optional(self.publication, "publication", str)
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            check_optional(value, name, str)
            if value and not is_iso_date(value):
                raise InputError(f"{name}={value!r} is not a real date like 2014, 2014-05 or 2014-05-18")

    def describe(self) -> str:
        """The filters in words: "publication 'Pulse', from 2014-05, reader comments only"."""
        parts = [f"publication {self.publication!r}"] if self.publication else []
        parts += [f"from {self.date_from}"] if self.date_from else []
        parts += [f"until {self.date_to}"] if self.date_to else []
        parts += (
            [{"article": "article text only", "comment": "reader comments only"}[self.kind]]
            if self.kind
            else []
        )
        return ", ".join(parts)

    @property
    def active(self) -> bool:
        return any(v for v in (self.publication, self.date_from, self.date_to, self.kind))

    def accepts(self, c: Citation) -> bool:
        if self.kind and c.kind != self.kind:
            return False
        if self.publication and c.publication.casefold() != self.publication.casefold():
            return False
        if self.date_from and (not c.date or c.date < self.date_from):
            return False
        return not (self.date_to and (not c.date or c.date[: len(self.date_to)] > self.date_to))


@dataclass(frozen=True, kw_only=True)
class RetrievalConfig:
    """How candidates are found, fused and reranked (defaults chosen by ``askccg eval``)."""

    mode: Mode = "hybrid"
    rerank: bool = True
    fusion: Literal["rrf", "weighted"] = "rrf"
    rrf_k: int = 60
    dense_weight: float = 0.5  # for fusion="weighted"
    pool: int = 50
    rerank_depth: int = 20
    weights: RerankWeights = field(default_factory=RerankWeights)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ConfigError(f"mode={self.mode!r}: use one of {', '.join(MODES)}")
        if self.fusion not in FUSIONS:
            raise ConfigError(f"fusion={self.fusion!r}: use one of {', '.join(FUSIONS)}")
        if self.pool < 1 or self.rerank_depth < 1:
            raise ConfigError("pool and rerank_depth must be at least 1")


def open_index(
    settings: Settings,
    *,
    allow_corpus_changes: bool = False,
    freshness: Freshness | None = None,
    cache: SegmentCache | None = None,
) -> tuple[Index, str]:
    """Load the index folder; refuse it if its settings differ, or (unless allowed) the corpus moved on.

    Returns the index and, when corpus changes are allowed and present, the one-line
    stale message to show beside answers ("" when current). ``cache`` keeps loaded
    segments for the next version; ``freshness`` keeps what the corpus looked like.
    """
    from .builder import index_settings  # the manifest's view of the settings

    index = load_index(settings.index_dir, cache)
    raise_if_stale(
        settings.index_dir,
        setting_reasons(index.manifest, model=settings.model, settings=index_settings(settings)),
    )
    drift = (freshness or Freshness(settings.corpus_dir, watch=False)).reasons(index)
    if drift and not allow_corpus_changes:
        raise_if_stale(settings.index_dir, drift)
    return index, stale_message(settings.index_dir, drift) if drift else ""


@dataclass(frozen=True)
class Candidate:
    row: int
    rank_score: float
    features: dict[str, float] | None = None  # set for the candidates the reranker scored


class Retriever:
    """Hybrid search over one loaded index with one embedder."""

    def __init__(
        self,
        index: Index,
        embedder: Embedder,
        settings: Settings,
        *,
        config: RetrievalConfig | None = None,
        calibration: Calibration | None = None,
        lexical: LexicalIndex | None = None,
    ) -> None:
        if embedder.name != index.manifest.model:
            raise StaleIndexError(
                f"the index was built with {index.manifest.model!r} but the embedder is {embedder.name!r}; "
                f"{REBUILD_HINT}"
            )
        self.index = index
        self.embedder = embedder
        self.settings = settings
        self.config = config or RetrievalConfig(mode=settings.mode, rerank=settings.rerank)  # type: ignore[arg-type]
        self.calibration = calibration or default_calibration()
        self.lexical = lexical or index.lexical
        self.quotebook = QuoteBook.over(index)
        self.reranker = Reranker(index, self.lexical, self.config.weights)

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder | None = None, **kwargs: object) -> Retriever:
        return cls(open_index(settings)[0], embedder or make_embedder(settings.model), settings, **kwargs)  # type: ignore[arg-type]

    def known(self, term: str) -> bool:
        """Whether any live passage holds the search term."""
        return self.lexical.df(term) > 0

    @cached_property
    def years(self) -> frozenset[str]:
        """The years the live articles are dated in."""
        return frozenset(c.citation.date[:4] for c in self.index.chunks if c.citation.date)

    def with_config(self, **changes: object) -> Retriever:
        """The same index and model with other retrieval settings (for evaluation)."""
        twin = Retriever.__new__(Retriever)
        twin.__dict__.update(self.__dict__)
        twin.config = replace(self.config, **changes)  # type: ignore[arg-type]
        twin.reranker = Reranker(self.index, self.lexical, twin.config.weights)
        return twin

    def retrieve(self, question: str, k: int | None = None, filters: Filters | None = None) -> list[Hit]:
        """The ``k`` best passages, best first, no two overlapping in the same article."""
        text = check_question(question, self.settings.max_question_chars)
        k = check_k(self.settings.k if k is None else k)
        check_optional(filters, "filters", Filters)
        query = self.embedder.encode([text])[0]
        terms = tokenize(text)
        candidates = self.rank(query, terms, max(self.config.pool, k * 4), filters)
        return self._hits(candidates, query, terms, k)

    def rank(
        self, query: np.ndarray, terms: list[str], depth: int, filters: Filters | None = None
    ) -> list[Candidate]:
        """Candidate passages in final order (before overlaps are collapsed)."""
        candidates = self._candidates(query, terms, filters or Filters(), depth)
        if self.config.rerank:
            wants_comments = bool(COMMENT_INTENT & set(terms))
            head = [
                self._score(c, query, terms, wants_comments) for c in candidates[: self.config.rerank_depth]
            ]
            head.sort(key=lambda c: (-c.rank_score, c.row))
            candidates = head + candidates[self.config.rerank_depth :]
        return candidates

    def _candidates(
        self, query: np.ndarray, terms: list[str], filters: Filters, pool: int
    ) -> list[Candidate]:
        allowed = self._allowed(filters)
        dense: list[tuple[int, float]] = []
        lexical: list[tuple[int, float]] = []
        if self.config.mode in ("dense", "hybrid"):
            dense = self._dense(query, pool, allowed)
        if self.config.mode in ("bm25", "hybrid"):
            rows, scores = self.lexical.search(terms, pool if allowed is None else len(self.index.chunks))
            lexical = [
                (int(r), float(s))
                for r, s in zip(rows, scores, strict=True)
                if allowed is None or r in allowed
            ]
            lexical = lexical[:pool]
        if self.config.mode == "dense":
            return [Candidate(r, s) for r, s in dense]
        if self.config.mode == "bm25":
            return [Candidate(r, s) for r, s in lexical]
        return self._fuse(dense, lexical)

    def matches_any(self, filters: Filters | None) -> bool:
        """Whether any indexed passage passes ``filters``."""
        return (
            filters is None
            or not filters.active
            or any(filters.accepts(c.citation) for c in self.index.chunks)
        )

    def _allowed(self, filters: Filters) -> set[int] | None:
        if not filters.active:
            return None
        return {row for row, chunk in enumerate(self.index.chunks) if filters.accepts(chunk.citation)}

    def _dense(self, query: np.ndarray, pool: int, allowed: set[int] | None) -> list[tuple[int, float]]:
        if allowed is not None and not allowed:
            return []
        scores, rows = self.index.search(query[None, :], pool, allowed=allowed)
        return [(int(r), float(s)) for r, s in zip(rows[0], scores[0], strict=True) if r >= 0]

    def _fuse(self, dense: list[tuple[int, float]], lexical: list[tuple[int, float]]) -> list[Candidate]:
        c = self.config
        fused = FUSIONS[c.fusion](dense, lexical, rrf_k=c.rrf_k, dense_weight=c.dense_weight)
        return [Candidate(r, s) for r, s in fused]

    def features(self, row: int, query: np.ndarray, terms: list[str]) -> dict[str, float]:
        """The reranker's features of one passage (see ``rerank``)."""
        return self.reranker.features(row, query, terms)

    def _score(
        self, candidate: Candidate, query: np.ndarray, terms: list[str], wants_comments: bool
    ) -> Candidate:
        f = self.reranker.features(candidate.row, query, terms)
        return Candidate(candidate.row, self.reranker.score(candidate.row, f, wants_comments), f)

    def _hits(self, candidates: list[Candidate], query: np.ndarray, terms: list[str], k: int) -> list[Hit]:
        hits: list[Hit] = []
        for cand in candidates:
            chunk = self.index.chunks[cand.row]
            c = chunk.citation
            if any(_overlaps(h.citation, c) for h in hits):
                continue
            features = cand.features or self.features(cand.row, query, terms)
            relevance = self.calibration.relevance(features)  # the "passage" calibration
            cosines = self.index.chunk_sentence_vectors(cand.row).astype(np.float32) @ query
            hits.append(
                Hit(
                    chunk.text,
                    float(cand.rank_score),
                    c,
                    chunk.chunk_id,
                    relevance,
                    tuple(features[name] for name in FEATURES),
                    chunk.sentences,
                    tuple(float(x) for x in cosines),
                )
            )
            if len(hits) == k:
                break
        return hits


def _overlaps(a: Citation, b: Citation) -> bool:
    return a.source == b.source and b.start < a.end and a.start < b.end
