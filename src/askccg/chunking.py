"""Split cleaned articles into passages that fit the embedding model's window.

Sentence-aware splitting with langchain-text-splitters, sized in model tokens.
Chunks never cross a dropped line or a change between body and reader comment, so
``article.raw[chunk.start:chunk.end] == chunk.text`` always holds.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator

from langchain_text_splitters import RecursiveCharacterTextSplitter

from .cleaning import squash
from .documents import Article, Chunk, Citation, Section

CHUNKER_VERSION = 1
# Paragraphs, lines, sentence ends (closing quotes stay with their sentence),
# clause ends, words, characters. Separators stay at the end of the piece before.
SEPARATORS = [
    r"\n[ \t\r\f\v]*\n\s*",
    r"\n\s*",
    r"(?<=[.!?…])['’\"”)\]]*\s+",
    r"(?<=[;:])\s+",
    r"\s+",
    "",
]
TokenCounter = Callable[[str], int]


def embedding_text(chunk: Chunk) -> str:
    """What the model sees: the headline for context, then the passage."""
    c = chunk.citation
    label = f"{c.title} (reader comment)" if c.kind == "comment" else c.title
    return f"{label}\n{squash(chunk.text)}"


class Chunker:
    """Turns articles into chunks of at most ``chunk_tokens`` model tokens."""

    def __init__(
        self,
        *,
        count_tokens: TokenCounter,
        max_tokens: int,
        chunk_tokens: int = 160,
        chunk_overlap: int = 32,
    ) -> None:
        if chunk_tokens > max_tokens:
            chunk_tokens = max_tokens
        self.count_tokens = count_tokens
        self.max_tokens = max_tokens
        self.splitter = RecursiveCharacterTextSplitter(
            separators=SEPARATORS,
            is_separator_regex=True,
            keep_separator="end",
            chunk_size=chunk_tokens,
            chunk_overlap=chunk_overlap,
            length_function=count_tokens,
            strip_whitespace=True,
        )

    def chunks(self, article: Article) -> list[Chunk]:
        out: list[Chunk] = []
        for section in article.sections:
            for start, end in self._spans(article.raw, section):
                for s, e in self._fit(article, section, start, end):
                    out.append(Chunk(article.raw[s:e], _citation(article, section, s, e)))
        return out

    def _spans(self, raw: str, section: Section) -> Iterator[tuple[int, int]]:
        text = raw[section.start : section.end]
        cursor = 0
        for piece in self.splitter.split_text(text):
            at = text.find(piece, cursor)
            if at < 0:  # the splitter promises substrings; never guess a span
                raise AssertionError(f"chunk not found in its section: {piece[:60]!r}")
            cursor = at + 1
            yield section.start + at, section.start + at + len(piece)

    def _fit(self, article: Article, section: Section, start: int, end: int) -> list[tuple[int, int]]:
        """Halve at whitespace until the headline plus passage fit the model."""
        chunk = Chunk(article.raw[start:end], _citation(article, section, start, end))
        if self.count_tokens(embedding_text(chunk)) <= self.max_tokens or end - start < 2:
            return [(start, end)]
        text = article.raw[start:end]
        middle = len(text) // 2
        cut = text.rfind(" ", 0, middle)
        cut = cut if cut > 0 else middle
        left_end = start + len(text[:cut].rstrip())
        right_start = start + cut + (len(text[cut:]) - len(text[cut:].lstrip()))
        pieces = [(start, left_end), (right_start, end)]
        return [span for s, e in pieces if e > s for span in self._fit(article, section, s, e)]


def _citation(article: Article, section: Section, start: int, end: int) -> Citation:
    m = article.meta
    paragraph = None
    if section.kind == "article" and article.paragraph_starts:
        paragraph = max(1, bisect.bisect_right(article.paragraph_starts, start))
    return Citation(
        article_id=m.article_id,
        title=m.title,
        publication=m.publication,
        date=m.date,
        author=m.author,
        source=m.source,
        start=start,
        end=end,
        kind=section.kind,
        paragraph=paragraph,
        comment_no=section.comment_no,
        comment_count=article.comment_count if section.kind == "comment" else 0,
    )
