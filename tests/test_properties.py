"""Property tests of the chunker on arbitrary Unicode text (hypothesis)."""

from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askccg.chunking import Chunker, embedding_text
from askccg.documents import Article, Meta, Section
from askccg.embed import HashingEmbedder

EMBEDDER = HashingEmbedder(64, max_tokens=30)
CHUNKER = Chunker(
    count_tokens=EMBEDDER.count_tokens, max_tokens=EMBEDDER.max_tokens, chunk_tokens=20, chunk_overlap=4
)

pieces = st.one_of(
    st.text(min_size=0, max_size=40),
    st.sampled_from(
        ["\r\n", "\n\n", " ", "\t", ". ", "! ", "? ", "’ ", "…", "e\u0301", "👩‍⚕️", "🇬🇧", "\u202e", "\u200b"]
    ),
    st.text(alphabet=st.characters(categories=["L", "N", "P", "Z", "M", "S"]), max_size=30),
)
texts = st.lists(pieces, max_size=40).map("".join)


def article(raw: str) -> Article:
    start = len(raw) - len(raw.lstrip())
    end = len(raw.rstrip())
    sections = (Section(start, end, "article"),) if end > start else ()
    meta = Meta(article_id="a", source="a.txt", title="T")
    return Article(
        meta, raw, hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest(), sections, (start,)
    )


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_chunks_are_exact_ordered_covering_and_fit_the_window(raw: str) -> None:
    chunks = CHUNKER.chunks(article(raw))
    starts = [c.citation.start for c in chunks]
    assert starts == sorted(starts)  # spans never go backwards
    covered = [False] * len(raw)
    for c in chunks:
        assert raw[c.citation.start : c.citation.end] == c.text  # every chunk is its raw span
        assert c.text  # no empty chunk
        for i in range(c.citation.start, c.citation.end):
            covered[i] = True
        fits = EMBEDDER.count_tokens(embedding_text(c)) <= EMBEDDER.max_tokens
        assert fits or len(c.text) < 2  # only a single character can exceed a tiny window
        for s, e in c.sentences:
            assert c.citation.start <= s < e <= c.citation.end
    uncovered = "".join(ch for ch, done in zip(raw, covered, strict=True) if not done)
    assert not uncovered.strip(), repr(uncovered)  # all non-whitespace text is in some chunk


@settings(max_examples=50, deadline=None, derandomize=True)
@given(texts)
def test_chunking_is_deterministic(raw: str) -> None:
    a = [(c.chunk_id, c.sentences) for c in CHUNKER.chunks(article(raw))]
    b = [(c.chunk_id, c.sentences) for c in CHUNKER.chunks(article(raw))]
    assert a == b
