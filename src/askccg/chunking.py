"""Split cleaned articles into passages that fit the embedding model's window.

Sentence-aware splitting with langchain-text-splitters, sized in model tokens.
Chunks never cross a dropped line or a change between body and reader comment, so
``article.raw[chunk.start:chunk.end] == chunk.text`` always holds.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator

from langchain_text_splitters import RecursiveCharacterTextSplitter

from .conventions import SENTENCE_BREAK
from .documents import Article, Chunk, Citation, Section
from .sentences import sentence_spans

CHUNKER_VERSION = 5  # 5: sentence-end marks from conventions (adds ´, guillemets, „)
# Paragraphs, lines, sentence ends (closing quotes stay with their sentence),
# clause ends, words, characters. Separators stay at the end of the piece before.
SEPARATORS = [
    r"\n[ \t\r\f\v]*\n\s*",
    r"\n\s*",
    SENTENCE_BREAK,
    r"(?<=[;:])\s+",
    r"\s+",
    "",
]
TokenCounter = Callable[[str], int]


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def human_date(iso: str) -> str:
    """'2017-05-18' -> '18 May 2017' (partial dates shortened the same way)."""
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return iso


def embedding_prefix(chunk: Chunk) -> str:
    """Headline, publication, date and kind put before a passage as its context."""
    c = chunk.citation
    where = ", ".join(x for x in (c.publication, human_date(c.date) if c.date else "") if x)
    label = c.title + (f" ({where})" if where else "")
    if c.kind == "comment":
        label += " - reader comment"
    return f"{label}\n"


def embedding_text(chunk: Chunk) -> str:
    """What the model and BM25 see: headline, then the raw passage.

    The raw text is used as is: the tokenizer treats any run of whitespace as one
    break, so sentence offsets inside it stay simple.
    """
    return embedding_prefix(chunk) + chunk.text


def sentence_offsets(chunk: Chunk) -> list[tuple[int, int]]:
    """Each sentence's span inside ``embedding_text(chunk)``."""
    shift = len(embedding_prefix(chunk)) - chunk.citation.start
    return [(s + shift, e + shift) for s, e in chunk.sentences]


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
                    text = article.raw[s:e]
                    spans = tuple(sentence_spans(text, s))
                    out.append(Chunk(text, _citation(article, section, s, e), spans))
        return out

    def _spans(self, raw: str, section: Section) -> Iterator[tuple[int, int]]:
        text = raw[section.start : section.end]
        cursor = end = 0
        pieces = self.splitter.split_text(text)
        # the latest copy of each piece that leaves every later piece a later copy that brings
        # new text (found from the last piece back)
        latest = [len(text)] * len(pieces)
        for i in reversed(range(len(pieces))):
            bound = len(text) - len(pieces[i])
            if i + 1 < len(pieces):
                nxt = latest[i + 1]
                bound = min(bound, nxt - 1, nxt + len(pieces[i + 1]) - 1 - len(pieces[i]))
            found = text.rfind(pieces[i], 0, max(bound, -1) + len(pieces[i]))
            latest[i] = found if found >= 0 else bound
        for i, piece in enumerate(pieces):
            # A chunk starts after the previous chunk's start, brings text past its end and
            # leaves no gap: in repetitive text ("000...", refrains) take the last such copy
            # no later than ``latest`` allows.
            gap_end = len(text) - len(text[end:].lstrip())
            stop = min(gap_end, latest[i]) + len(piece)
            at = text.rfind(piece, max(cursor, end - len(piece) + 1), stop)
            if at < 0:
                at = text.find(piece, cursor)
            if at < 0:  # the splitter promises substrings; never guess a span
                raise AssertionError(f"chunk not found in its section: {piece[:60]!r}")
            cursor, end = at + 1, max(end, at + len(piece))
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
        page=_page(article, start),
        last_page=_page(article, max(start, end - 1)),
    )


def _page(article: Article, offset: int) -> int | None:
    """1-based page holding ``offset`` in a paged article (PDF); None otherwise."""
    if not article.page_starts:
        return None
    return bisect.bisect_right(article.page_starts, offset)
