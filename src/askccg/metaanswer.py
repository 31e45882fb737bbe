"""Questions about an article rather than its content: who wrote it, when, in which publication.

The answer comes from the article's metadata (``articles.toml``, which records only
what the article's own text states), cited to the article's best retrieved passage.
A field the article does not state is said to be not stated, never guessed. The
article is the retrieved one whose headline shares most of the question's words
(weighted by rarity), so "Who wrote the story on NHS England being slimmed down?"
finds that headline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .chunking import human_date
from .documents import Answer, Citation, Hit
from .lexical import tokenize

NOTE = "From the article's metadata (articles.toml), which records only what the article itself states."
_FIELDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("author", re.compile(r"\b(?:who wrote|written by|author|byline|journalist|reporter|writer)\b", re.I)),
    (
        "date",
        re.compile(
            r"\bwhen was\b|\bwhat (?:date|day|year)\b|\bdated?\b|\bcome out\b|\bpublished when\b", re.I
        ),
    ),
    (
        "publication",
        re.compile(r"\b(?:publication|newspaper|magazine|journal|outlet|site|website|title|paper)\b", re.I),
    ),
)
WORDS = {"author": "author", "date": "date", "publication": "publication"}


def field_asked(question: str) -> str | None:
    """Which metadata field a metadata question asks for."""
    return next((name for name, pattern in _FIELDS if pattern.search(question)), None)


def metadata_answer(
    question: str, hits: Sequence[Hit], weight: Callable[[str], float], query: str = ""
) -> Answer | None:
    """The answer from the metadata of the article the question is about, or None when there is
    no retrieved article or no field to answer."""
    field = field_asked(question)
    if field is None or not hits:
        return None
    best = _article(question, hits, weight)
    c = best.citation
    value = {"author": c.author, "date": human_date(c.date) if c.date else "", "publication": c.publication}[
        field
    ]
    title = f"“{c.title}”" if c.title else "The article"
    if not value:
        text = f"{title} does not state its {WORDS[field]} [1]."
    elif field == "author":
        text = f"{title} was written by {value} [1]."
    elif field == "date":
        text = f"{title} is dated {value} [1]."
    else:
        text = f"{title} was published by {value} [1]."
    return Answer(
        question=question,
        text=text,
        citations=(c,),
        hits=tuple(hits),
        refused=False,
        notes=(NOTE,),
        query=query or question,
    )


TITLE_SHARE = 0.4  # a headline holding this share of the question's weight names the article


def _article(question: str, hits: Sequence[Hit], weight: Callable[[str], float]) -> Hit:
    """The article whose headline the question quotes or paraphrases; else the best retrieved one."""
    terms = set(tokenize(question))
    total = sum(weight(t) for t in terms) or 1.0

    def overlap(c: Citation) -> float:
        return sum(weight(t) for t in terms & set(tokenize(c.title))) / total

    best = max(hits, key=lambda h: overlap(h.citation))
    return best if overlap(best.citation) >= TITLE_SHARE else hits[0]
