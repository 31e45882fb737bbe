"""The read path: question -> ranked, de-duplicated hits with citations."""

from __future__ import annotations

from .config import Settings
from .corpus import fingerprint
from .documents import Hit
from .embed import Embedder, make_embedder
from .errors import InputError, StaleIndexError
from .index import Index, load_index, raise_if_stale, stale_reasons

CANDIDATES_PER_HIT = 4


def check_question(question: object, max_chars: int) -> str:
    """The question, stripped, or an InputError saying what is wrong with it."""
    if not isinstance(question, str):
        raise InputError(f"the question must be text, not {type(question).__name__}")
    text = question.strip()
    if not text:
        raise InputError("the question is empty")
    if len(text) > max_chars:
        raise InputError(f"the question is {len(text):,} characters long; the limit is {max_chars:,}")
    return text


def open_index(settings: Settings) -> Index:
    """Load the index folder and refuse it if corpus or settings moved on."""
    from .builder import index_settings  # the manifest's view of the settings

    index = load_index(settings.index_dir)
    files, metadata_sha = fingerprint(settings.corpus_dir)
    reasons = stale_reasons(
        index.manifest,
        model=settings.model,
        settings=index_settings(settings),
        files=files,
        metadata_sha256=metadata_sha,
    )
    raise_if_stale(settings.index_dir, reasons)
    return index


class Retriever:
    """Dense search over one loaded index with one embedder."""

    def __init__(self, index: Index, embedder: Embedder, settings: Settings) -> None:
        if embedder.name != index.manifest.model:
            raise StaleIndexError(
                f"the index was built with {index.manifest.model!r} but the embedder is {embedder.name!r}; "
                "run `askccg build` to rebuild it"
            )
        self.index = index
        self.embedder = embedder
        self.settings = settings

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder | None = None) -> Retriever:
        return cls(open_index(settings), embedder or make_embedder(settings.model), settings)

    def retrieve(self, question: str, k: int | None = None) -> list[Hit]:
        """The ``k`` best passages, best first, no two overlapping in the same article."""
        text = check_question(question, self.settings.max_question_chars)
        k = self.settings.k if k is None else k
        if not 1 <= k <= 100:
            raise InputError(f"k={k} is outside the allowed range 1..100")
        query = self.embedder.encode([text])
        scores, rows = self.index.search(query, k * CANDIDATES_PER_HIT)
        hits: list[Hit] = []
        for score, row in zip(scores[0], rows[0], strict=True):
            if row < 0:
                continue
            chunk = self.index.chunks[row]
            if any(
                _overlaps(h, chunk.citation.source, chunk.citation.start, chunk.citation.end) for h in hits
            ):
                continue
            hits.append(Hit(chunk.text, float(score), chunk.citation, chunk.chunk_id))
            if len(hits) == k:
                break
        return hits


def _overlaps(hit: Hit, source: str, start: int, end: int) -> bool:
    c = hit.citation
    return c.source == source and start < c.end and c.start < end
