"""General cleaning rules for news-archive text, applied without rewriting it.

The cleaner never edits the raw text: it decides which lines to keep and labels
them (article body or reader comment), so every kept passage still has an exact
span in the raw file. The rules are about what news sites always carry (banners,
registration and comment-policy chrome, bylines, repeated standfirsts, captions
and pull quotes, related-article teasers), never about a particular file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .conventions import ENDS_SENTENCE, SPEAKER_LINE, fold_marks
from .documents import Kind, Section
from .quotespans import quote_spans

# 3: a comment counter is no comments heading; body text is no guessed headline
# 2: conventions' marks and titles; a line cut off mid-quote is no teaser
CLEANER_VERSION = 3

_I = re.IGNORECASE
# Whole-line patterns of site chrome, each with the reason reported for it.
CHROME: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, _I), reason)
    for p, reason in (
        (
            r"this (?:web)?site is (?:intended )?for (?:uk )?health(?:care)? professionals only",
            "audience banner",
        ),
        (r"at the heart of .{3,60} since \d{4}", "masthead tagline"),
        (r"(?:read|view) the latest (?:issue|edition)(?: online)?", "issue banner"),
        (r".*\b\d{2,4}x\d{2,4}(?:px)?\b.*", "image placeholder"),
        (r"have you registered(?: with us)?(?: yet)?\??", "registration prompt"),
        (r"register(?: now| for free| here)?(?:\W.*)?", "registration prompt"),
        (r"already (?:registered|a member|a subscriber)\??", "registration prompt"),
        (r"(?:sign|log) ?(?:in|out|up)(?: here)?", "sign-in prompt"),
        (r"subscribe(?: now| today| here)?", "subscription prompt"),
        (r"before commenting,? please read .*", "comment policy"),
        (r"if you see a comment you find offensive.*", "comment policy"),
        (r"comments? (?:are )?powered by .*", "comment widget"),
        (r"(?:unsuitable or offensive\?\s*)?report this comment", "comment moderation link"),
        (r"(?:flag|report) as inappropriate", "comment moderation link"),
        (r"have your say.*", "comment prompt"),
        (r"(?:add|post|leave) (?:a|your) comment.*", "comment prompt"),
        (r"(?:view|show|read) (?:all )?\d* ?comments?", "comment prompt"),
        (r"want (?:news|stories|more|articles) like this.*", "newsletter prompt"),
        (r"(?:sign up|subscribe) (?:for|to) .*(?:newsletter|bulletin|email).*", "newsletter prompt"),
        (r"get (?:our|the) .*(?:newsletter|bulletin)s?.*", "newsletter prompt"),
        (r"related (?:articles?|stories|content|news|links)", "related-articles heading"),
        (r"(?:more|read more) (?:on|about) this(?: topic| story)?", "related-articles heading"),
        (r"most (?:read|popular|commented)", "related-articles heading"),
        (r"share (?:this|on) .*", "sharing prompt"),
        (r"(?:print|email) this(?: article| page| story)?", "sharing prompt"),
        (r"(?:hide ad|advertisement|sponsored(?: content)?|skip advert(?:isement)?)+", "advertisement"),
        (r"(?:story|article) continues below(?: advert(?:isement)?)?", "advertisement"),
    )
)
COMMENTS_HEADING = re.compile(r"(?:readers?[’']?s?[’']? )?comments?(?: \(\d+\))?:?", _I)
# a guessed headline is never longer than this (the longest of the 425 stored headlines of the
# five and the evaluation corpora has 25 words)
MAX_TITLE_WORDS = 30
OPENS_QUOTATION = re.compile(r"\b(?:said|says|told|added|adds|explained|warned)\b[^“”\"‘’']{0,40}:\s*[“\"‘']")
ZERO_COUNT = re.compile(r"\(0\)")
# a line of running prose: two or more words ending a sentence
SENTENCE_LINE = re.compile(r"(?:\S+\s+)+\S*[.!?][’”'\"]?")
COMMENT_END = re.compile(r".*\b(?:report this comment|flag as inappropriate)\b.*", _I)
BULLET = re.compile(r"[•·▪●◦‣*–—-]\s+")
BYLINE = re.compile(r"By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:,.{0,40})?")
DATELINE = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,?\s+\d{4}"
    r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?",
    _I,
)
PAGE_BREAK = "\f"
MIN_DEDUP_WORDS = 4
MAX_TEASER_WORDS = 25


@dataclass(frozen=True)
class Line:
    """A non-blank line of the raw text: ``raw[start:end] == text``."""

    start: int
    end: int
    text: str
    after_blank: bool  # a blank line (or the file start) comes before it


@dataclass(frozen=True)
class Cleaned:
    """The cleaner's verdict on one article."""

    title: str
    sections: tuple[Section, ...]
    paragraph_starts: tuple[int, ...]
    comment_count: int
    dropped: tuple[tuple[int, int, str], ...]
    page_starts: tuple[int, ...] = ()


def squash(text: str) -> str:
    """Collapse every run of whitespace to one space (for display and embedding)."""
    return " ".join(text.split())


def normalise(text: str) -> str:
    """A comparison key: case, quotes, dashes, spacing and edge punctuation folded."""
    # Marks first: NFKC would turn ´ into a space and a combining accent.
    text = unicodedata.normalize("NFKC", fold_marks(text)).casefold()
    text = re.sub(r"[–—]", "-", text)
    return squash(text).strip(" '\".,;:!?…-")


def iter_lines(raw: str) -> Iterator[Line]:
    """Non-blank lines with exact offsets; CRLF and lone CR count as line ends."""
    pos, blank_before = 0, True
    for piece in raw.splitlines(keepends=True):
        body = piece.rstrip("\r\n\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            start = pos + lead
            yield Line(start, start + len(stripped), stripped, blank_before)
            blank_before = False
        else:
            blank_before = True
        pos += len(piece)


def chrome_reason(text: str) -> str | None:
    for pattern, reason in CHROME:
        if pattern.fullmatch(text):
            return reason
    return None


def clean(raw: str, title: str = "") -> Cleaned:
    """Classify every line of an article; return the kept sections."""
    lines = list(iter_lines(raw))
    verdicts: list[str | None] = [None] * len(lines)  # None = kept
    kinds: list[tuple[Kind, int | None]] = [("article", None)] * len(lines)

    for i, line in enumerate(lines):
        verdicts[i] = chrome_reason(line.text)
    title = title or _guess_title(lines, verdicts)
    _drop_masthead(lines, verdicts, title)
    comment_count = _mark_comments(lines, verdicts, kinds)
    body = [i for i, line in enumerate(lines) if verdicts[i] is None and kinds[i][0] == "article"]
    _drop_bylines(lines, verdicts, body)
    _drop_repeats(lines, verdicts, body)
    _drop_pull_quotes(lines, verdicts, body)
    _drop_trailing_teasers(lines, verdicts, body)
    cleaned = _assemble(lines, verdicts, kinds, title, comment_count)
    return replace(cleaned, page_starts=page_starts(raw))


def page_starts(raw: str) -> tuple[int, ...]:
    """Where each page begins: a form feed (U+000C) starts a new page, as pdftotext and
    askccg's PDF reader write them. () for text without form feeds."""
    if PAGE_BREAK not in raw:
        return ()
    return (0, *(m.end() for m in re.finditer(PAGE_BREAK, raw)))


def _guess_title(lines: list[Line], verdicts: list[str | None]) -> str:
    """The first kept line, unless it is plainly body text (a long sentence, or a reporting
    verb opening a quotation: "Kieran McCarthy MLA said: “These figures ..."): then no title."""
    for line, verdict in zip(lines, verdicts, strict=True):
        if verdict is None:
            body = len(line.text.split()) > MAX_TITLE_WORDS or OPENS_QUOTATION.search(line.text)
            return "" if body else line.text
    return ""


def _drop_masthead(lines: list[Line], verdicts: list[str | None], title: str) -> None:
    """Everything above the headline is site furniture; the headline is metadata."""
    key = normalise(title)
    if not key:
        return
    found = False
    for i, line in enumerate(lines):
        if normalise(line.text) != key:
            continue
        if not found:
            for j in range(i):
                verdicts[j] = verdicts[j] or "masthead"
        verdicts[i] = "headline" if not found else "repeated headline"
        found = True


def _mark_comments(
    lines: list[Line], verdicts: list[str | None], kinds: list[tuple[Kind, int | None]]
) -> int:
    """After a comments heading, each bullet (or each moderation link) ends a comment.

    A heading that counts none ("Comments (0)") or that stands above the article's
    first sentence is the page's comment counter or link, not the comments: it is
    dropped and the search goes on."""
    start = None
    for i, ln in enumerate(lines):
        if verdicts[i] is not None or not COMMENTS_HEADING.fullmatch(ln.text):
            continue
        if ZERO_COUNT.search(ln.text) or not any(
            verdicts[j] is None and SENTENCE_LINE.fullmatch(lines[j].text) for j in range(i)
        ):
            verdicts[i] = "comment counter"
            continue
        start = i
        break
    if start is None:
        return 0
    verdicts[start] = "comments heading"
    count, open_comment = 0, False
    for i in range(start + 1, len(lines)):
        if COMMENT_END.fullmatch(lines[i].text):
            verdicts[i] = verdicts[i] or "comment moderation link"
            open_comment = False
            continue
        if verdicts[i] is not None:
            continue
        bullet = BULLET.match(lines[i].text)
        if bullet or not open_comment:
            count += 1
            open_comment = True
            if bullet:
                offset = bullet.end()
                ln = lines[i]
                lines[i] = Line(ln.start + offset, ln.end, ln.text[offset:], ln.after_blank)
        kinds[i] = ("comment", count)
    return count


def _drop_bylines(lines: list[Line], verdicts: list[str | None], body: list[int]) -> None:
    for i in body:
        text = lines[i].text
        if BYLINE.fullmatch(text) or DATELINE.fullmatch(text):
            verdicts[i] = "byline"


def _drop_repeats(lines: list[Line], verdicts: list[str | None], body: list[int]) -> None:
    """Standfirsts, captions and pull quotes printed twice: keep the first."""
    seen: set[str] = set()
    for i in body:
        if verdicts[i] is not None:
            continue
        key = normalise(lines[i].text)
        if len(key.split()) < MIN_DEDUP_WORDS:
            continue
        if key in seen:
            verdicts[i] = "repeated text"
        seen.add(key)


def _drop_pull_quotes(lines: list[Line], verdicts: list[str | None], body: list[int]) -> None:
    """'Name: quote' lines whose quote the body also prints are pull quotes."""
    kept = {i: normalise(lines[i].text) for i in body if verdicts[i] is None}
    for i in kept:
        match = SPEAKER_LINE.fullmatch(lines[i].text)
        if not match:
            continue
        quote = normalise(match["quote"])
        if len(quote.split()) < MIN_DEDUP_WORDS:
            continue
        if any(j != i and verdicts[j] is None and quote in key for j, key in kept.items()):
            verdicts[i] = "pull quote"


def _drop_trailing_teasers(lines: list[Line], verdicts: list[str | None], body: list[int]) -> None:
    """Headline-like lines closing the body are links to other articles. A line holding a
    quotation that runs to its end is the text cut off mid-quote, never a teaser."""
    kept = [i for i in body if verdicts[i] is None]
    while len(kept) > 1:
        last = lines[kept[-1]]
        if ENDS_SENTENCE.search(last.text) or len(last.text.split()) > MAX_TEASER_WORDS:
            return
        if any(not q.closed for q in quote_spans(last.text)):
            return
        if not last.after_blank:
            return
        verdicts[kept.pop()] = "related-article teaser"


def _assemble(
    lines: list[Line],
    verdicts: list[str | None],
    kinds: list[tuple[Kind, int | None]],
    title: str,
    comment_count: int,
) -> Cleaned:
    sections: list[Section] = []
    paragraphs: list[int] = []
    dropped: list[tuple[int, int, str]] = []
    current: list[Line] = []
    current_kind: tuple[Kind, int | None] | None = None

    def flush() -> None:
        if current and current_kind is not None:
            sections.append(Section(current[0].start, current[-1].end, current_kind[0], current_kind[1]))
        current.clear()

    previous_kept = False
    for line, verdict, kind in zip(lines, verdicts, kinds, strict=True):
        if verdict is not None:
            dropped.append((line.start, line.end, verdict))
            flush()
            previous_kept = False
            continue
        if kind != current_kind:
            flush()
            current_kind = kind
        if kind[0] == "article" and (line.after_blank or not previous_kept):
            paragraphs.append(line.start)
        current.append(line)
        previous_kept = True
    flush()
    return Cleaned(title, tuple(sections), tuple(paragraphs), comment_count, tuple(dropped))
