"""Bytes of a document -> its text and what it states about itself, with the evidence.

Each format has its own reader, built on the library made for it (``html_reader``:
trafilatura and htmldate; ``pdf_reader``: pypdf; ``docx_reader``: python-docx;
Markdown: markdown-it-py). They all return an ``Extracted``: the body as pages of
paragraphs, the reader comments, and the fields the document states, each with the
words or markup it rests on. Nothing is guessed: a field the document does not
state is absent.

``canonical_text`` turns an ``Extracted`` into the text stored in ``corpus/``, in
the conventions the cleaner reads: the headline first, paragraphs separated by a
blank line, a form feed between pages, and reader comments as bullets after a
"Readers' comments (n)" heading.
"""

from __future__ import annotations

import datetime
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from .cleaning import BYLINE, DATELINE, PAGE_BREAK, squash
from .errors import CorpusError
from .sniff import Format

FIELD_NAMES = ("title", "publication", "date", "author")
HEAD_LINES = 12  # a byline or dateline is looked for among the body's first lines
MAX_EVIDENCE = 160


@dataclass(frozen=True)
class Field:
    """A metadata value the document states, and where it states it."""

    name: str  # title, publication, date (ISO) or author
    value: str
    evidence: str


@dataclass(frozen=True)
class Extracted:
    """A document's text and self-description, before it is stored."""

    format: Format
    pages: tuple[tuple[str, ...], ...]  # paragraphs, page by page (one page unless paged)
    comments: tuple[str, ...] = ()
    fields: tuple[Field, ...] = ()
    url: str = ""
    title_in_text: bool = True  # the headline is the first paragraph of the body

    def field(self, name: str) -> str:
        return next((f.value for f in self.fields if f.name == name), "")

    def with_field(self, field: Field) -> Extracted:
        """This extraction with ``field`` added, unless the document already states that field."""
        if self.field(field.name):
            return self
        return replace(self, fields=(*self.fields, field))

    @property
    def words(self) -> int:
        return sum(len(p.split()) for page in self.pages for p in page)


def quiet(*loggers: str) -> None:
    """Keep a library's log lines ("EOF marker not found") off the terminal: the reason a
    file is refused is reported once, in one line, by askccg. A logging set-up of the
    application's own still receives them."""
    for name in loggers:
        logging.getLogger(name).addHandler(logging.NullHandler())


def quote(text: str) -> str:
    """A short quotation of document text for an evidence note."""
    text = squash(text)
    return f"'{text if len(text) <= MAX_EVIDENCE else text[: MAX_EVIDENCE - 1] + '…'}'"


def paragraphs(text: str) -> tuple[str, ...]:
    """Blank-line separated paragraphs, each with its own line breaks kept."""
    parts = re.split(r"\n[ \t\r]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    return tuple(p.strip() for p in parts if p.strip())


def decode_text(data: bytes) -> str:
    """UTF-8 (a BOM is dropped), or a one-line reason."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise CorpusError("unreadable: damaged UTF-16 text") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"unreadable: not UTF-8 text (bad byte at offset {exc.start})") from None


def read_text(data: bytes) -> Extracted:
    """Plain text: taken as it is; its first line is its headline."""
    return with_text_fields(Extracted("text", (paragraphs(decode_text(data)),)))


def read_markdown(data: bytes) -> Extracted:
    """Markdown through markdown-it-py: the text of headings, paragraphs, lists and quotes.

    Markup, link targets and images are left out; nothing is fetched. A first-level
    heading is the headline.
    """
    from markdown_it import MarkdownIt

    text = decode_text(data)
    tokens = MarkdownIt("commonmark", {"html": False}).parse(text)
    out: list[str] = []
    title: Field | None = None
    for n, token in enumerate(tokens):
        if token.type != "inline":
            continue
        words = "".join(
            c.content if c.type in ("text", "code_inline") else "\n" if c.type == "hardbreak" else " "
            for c in token.children or []
            if c.type in ("text", "code_inline", "softbreak", "hardbreak")
        ).strip()
        if not words:
            continue
        opener = tokens[n - 1] if n else None
        if title is None and opener is not None and opener.type == "heading_open" and opener.tag == "h1":
            title = Field(
                "title", squash(words), f"the first-level heading {quote(opener.markup + ' ' + words)}"
            )
        out.append(words)
    extracted = Extracted("markdown", (tuple(out),), fields=(title,) if title else ())
    return with_text_fields(extracted)


def with_text_fields(extracted: Extracted) -> Extracted:
    """Fields the text itself states: its first line as headline, a byline, a dateline."""
    lines = [ln.strip() for page in extracted.pages for p in page for ln in p.splitlines() if ln.strip()]
    if lines and extracted.title_in_text:
        extracted = extracted.with_field(Field("title", squash(lines[0]), "the first line of the text"))
    for line in lines[:HEAD_LINES]:
        if BYLINE.fullmatch(line):
            name = line[2:].split(",", 1)[0].strip()
            extracted = extracted.with_field(Field("author", name, f"byline {quote(line)}"))
        elif DATELINE.fullmatch(line) and (iso := dateline_iso(line)):
            extracted = extracted.with_field(Field("date", iso, f"dateline {quote(line)}"))
    return extracted


def dateline_iso(line: str) -> str:
    """'18 May 2017' (or 'Thursday 18th May 2017, 10:05') -> '2017-05-18'; '' if no real date."""
    match = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*,?\s+(\d{4})", line)
    if not match:
        return ""
    try:
        day = datetime.datetime.strptime(f"{match[1]} {match[2].title()} {match[3]}", "%d %b %Y")
    except ValueError:
        return ""
    return day.date().isoformat()


def canonical_text(extracted: Extracted, title: str = "") -> str:
    """The text stored in ``corpus/``: what the cleaner, the chunker and every citation read."""
    blocks: list[str] = []
    if title and not extracted.title_in_text:
        blocks.append(squash(title))
    for n, page in enumerate(extracted.pages):
        if n:
            blocks.append(PAGE_BREAK)
        blocks += [p.strip() for p in page if p.strip()]
    if extracted.comments:
        blocks.append(f"Readers' comments ({len(extracted.comments)})")
        # One line per comment: the cleaner starts a new comment at each bullet.
        blocks += [f"• {squash(c)}" for c in extracted.comments]
    return "\n\n".join(blocks).replace(f"\n\n{PAGE_BREAK}\n\n", f"\n{PAGE_BREAK}\n") + "\n"


Reader = Callable[[bytes], Extracted]


def reader_for(fmt: Format) -> Reader:
    """The reader of a format; the heavy libraries load only when a file needs them."""
    if fmt == "html":
        from .html_reader import read_html

        return read_html
    if fmt == "pdf":
        from .pdf_reader import read_pdf

        return read_pdf
    if fmt == "docx":
        from .docx_reader import read_docx

        return read_docx
    return read_markdown if fmt == "markdown" else read_text


def extract(fmt: Format, data: bytes) -> Extracted:
    """Read ``data`` as ``fmt``; a CorpusError with one line of reason if it cannot be read."""
    extracted = reader_for(fmt)(data)
    if not any(p.strip() for page in extracted.pages for p in page):
        raise CorpusError("empty after extraction: no text found")
    return extracted


def field_lines(fields: Iterable[Field]) -> str:
    """The ``evidence`` note for articles.toml: "title: ...; author: ..."."""
    return "; ".join(f"{f.name}: {f.evidence}" for f in fields if f.value)
