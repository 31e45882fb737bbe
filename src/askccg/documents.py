"""Frozen records handed from stage to stage: Article -> Chunk -> Hit -> Answer.

Citations are data: every chunk carries the article's metadata and the exact
character span of its text in the raw corpus file, so any citation can be checked
with ``raw[start:end]``.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["article", "comment"]
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")  # yyyy, yyyy-mm or yyyy-mm-dd (use fullmatch)


def is_iso_date(value: str) -> bool:
    """``yyyy``, ``yyyy-mm`` or ``yyyy-mm-dd`` naming a real calendar year, month or day."""
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return parts[0] >= 1


@dataclass(frozen=True)
class Meta:
    """What an article's text states about itself (empty string when unknown)."""

    article_id: str
    source: str  # path of the raw file, relative to the corpus folder
    title: str
    publication: str = ""
    date: str = ""  # ISO yyyy-mm-dd, or "" when the text gives none
    author: str = ""
    kind: str = "news"


@dataclass(frozen=True)
class Section:
    """A run of kept raw text: article body or one reader comment."""

    start: int
    end: int
    kind: Kind
    comment_no: int | None = None  # 1-based, for reader comments


@dataclass(frozen=True)
class Article:
    """A raw article, its metadata and the parts of it the cleaner kept."""

    meta: Meta
    raw: str
    sha256: str
    sections: tuple[Section, ...]
    paragraph_starts: tuple[int, ...]  # raw offsets of kept body paragraphs
    comment_count: int = 0
    dropped: tuple[tuple[int, int, str], ...] = ()  # (start, end, reason)
    page_starts: tuple[int, ...] = ()  # raw offsets where pages 1, 2, ... begin; () when not paged

    @property
    def article_id(self) -> str:
        return self.meta.article_id


def shown_title(title: str, source: str) -> str:
    """The headline to show a reader; when the article states none, say so and name its file."""
    return title or f"headline not stated ({source})"


@dataclass(frozen=True)
class Citation:
    """Where a passage comes from, precisely enough to check and quote it."""

    article_id: str
    title: str
    publication: str
    date: str
    author: str
    source: str
    start: int
    end: int
    kind: Kind
    paragraph: int | None = None  # 1-based paragraph of the body
    comment_no: int | None = None
    comment_count: int = 0
    page: int | None = None  # 1-based page of the passage's start, for paged documents (PDF)
    last_page: int | None = None  # page of its end, when it runs onto a later page

    @property
    def location(self) -> str:
        """Human words for where in the article the passage sits."""
        if self.kind == "comment":
            where = f"reader comment {self.comment_no} of {self.comment_count}"
        elif self.paragraph is None:
            where = f"characters {self.start}-{self.end}"
        else:
            where = f"paragraph {self.paragraph}"
        if self.page is None:
            return where
        if self.last_page is not None and self.last_page != self.page:
            return f"pages {self.page}-{self.last_page}, {where}"
        return f"page {self.page}, {where}"

    def describe(self) -> str:
        """One line: title, publication, date, location."""
        parts = [f"“{shown_title(self.title, self.source)}”", self.publication or "publication not stated"]
        parts.append(self.date or "date not stated")
        parts.append(self.location)
        return ", ".join(parts)


@dataclass(frozen=True)
class Chunk:
    """A passage of an article with its exact span in the raw file."""

    text: str
    citation: Citation
    sentences: tuple[tuple[int, int], ...] = ()  # raw spans of its sentences

    @property
    def chunk_id(self) -> str:
        key = f"{self.citation.source}\0{self.citation.start}\0{self.text}"
        return hashlib.sha256(key.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Hit:
    """A retrieved passage, best first, with a relevance score."""

    text: str
    score: float  # the ranking score of the stage that ordered the hits
    citation: Citation
    chunk_id: str = ""
    relevance: float = 0.0  # calibrated 0..1; below 0.5 the passage does not answer
    features: tuple[float, ...] = (0.0, 0.0, 0.0)  # rerank.FEATURES: passage, best sentence, coverage
    sentences: tuple[tuple[int, int], ...] = ()  # raw spans of the passage's sentences
    sentence_cosines: tuple[float, ...] = ()  # each sentence's cosine with the question


@dataclass(frozen=True)
class AnswerSentence:
    """One sentence of an answer: verbatim corpus words, a generated lead, a marker."""

    text: str  # exactly raw[start:end] of ``source``
    source: str
    start: int
    end: int
    marker: int  # 1-based index into Answer.citations
    lead: str = ""  # generated from metadata or the quotes index; "" when none
    speaker: str = ""  # whose words these are ("" for the journalist's own reporting)
    kind: str = "report"  # "quote", "report" or "comment"

    def render(self) -> str:
        lead = f"{self.lead} " if self.lead else ""
        return f"{lead}“{self.text}” [{self.marker}]"


@dataclass(frozen=True)
class Answer:
    """An answer whose markers [n] point into ``citations`` (1-based)."""

    question: str
    text: str
    citations: tuple[Citation, ...]
    hits: tuple[Hit, ...]
    refused: bool
    notes: tuple[str, ...] = field(default=())
    sentences: tuple[AnswerSentence, ...] = ()
    query: str = ""  # what retrieval searched for (a follow-up resolved against history)
    timeline: bool = False
    mode: str = "grounded"  # or "llm"
    clarify: bool = False  # a follow-up nothing in the conversation resolves: the user is asked to say more
    relevance: float = 0.0  # calibrated probability that the question is answered here
    evidence: tuple[tuple[str, float], ...] = ()  # the features that probability was computed from
