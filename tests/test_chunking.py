"""Chunks: exact spans, token window respected, never across dropped text."""

from __future__ import annotations

from pathlib import Path

from askccg.builder import make_chunker
from askccg.chunking import Chunker, embedding_text
from askccg.config import Settings
from askccg.corpus import load_corpus
from askccg.embed import HashingEmbedder


def test_every_chunk_is_its_raw_span(settings: Settings, embedder: HashingEmbedder) -> None:
    chunker = make_chunker(settings, embedder)
    for article in load_corpus(settings.corpus_dir).articles:
        chunks = chunker.chunks(article)
        assert chunks
        for chunk in chunks:
            c = chunk.citation
            assert article.raw[c.start : c.end] == chunk.text
            assert chunk.text == chunk.text.strip()
            assert embedder.count_tokens(embedding_text(chunk)) <= embedder.max_tokens


def test_chunks_stay_inside_kept_sections(settings: Settings, embedder: HashingEmbedder) -> None:
    chunker = make_chunker(settings, embedder)
    for article in load_corpus(settings.corpus_dir).articles:
        for chunk in chunker.chunks(article):
            c = chunk.citation
            assert any(s.start <= c.start and c.end <= s.end and s.kind == c.kind for s in article.sections)


def test_long_sentence_is_split_to_fit_a_small_window(corpus_dir: Path) -> None:
    article = load_corpus(corpus_dir).articles[0]
    tiny = HashingEmbedder(64, max_tokens=12)
    chunker = Chunker(
        count_tokens=tiny.count_tokens, max_tokens=tiny.max_tokens, chunk_tokens=10, chunk_overlap=0
    )
    chunks = chunker.chunks(article)
    assert len(chunks) > 5
    for chunk in chunks:
        assert tiny.count_tokens(embedding_text(chunk)) <= 12 or len(chunk.text.split()) == 1


def test_comment_chunks_are_labelled(settings: Settings, embedder: HashingEmbedder) -> None:
    chunker = make_chunker(settings, embedder)
    article = next(a for a in load_corpus(settings.corpus_dir).articles if a.comment_count)
    comments = [c for c in chunker.chunks(article) if c.citation.kind == "comment"]
    assert [c.citation.comment_no for c in comments] == [1, 2]
    assert all(c.citation.location.startswith("reader comment") for c in comments)
    assert embedding_text(comments[0]).startswith(article.meta.title)
    assert "reader comment" in embedding_text(comments[0]).splitlines()[0]


def test_chunk_id_depends_on_source_offset_and_text(settings: Settings, embedder: HashingEmbedder) -> None:
    chunker = make_chunker(settings, embedder)
    chunks = [c for a in load_corpus(settings.corpus_dir).articles for c in chunker.chunks(a)]
    assert len({c.chunk_id for c in chunks}) == len(chunks)


def test_repetitive_text_is_placed_so_every_piece_fits_and_all_is_covered() -> None:
    from tests.test_properties import CHUNKER, article  # the property test's tiny-window chunker

    for raw in ("0" * 132, "0" * 133, "0" * 132 + "1", "0" * 132 + "10", "0" * 1000):
        chunks = CHUNKER.chunks(article(raw))
        assert all(raw[c.citation.start : c.citation.end] == c.text for c in chunks)
        assert chunks[0].citation.start == 0 and chunks[-1].citation.end == len(raw)
