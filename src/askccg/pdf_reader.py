"""A PDF (a briefing, a report, a printed article) -> its text, page by page, with pypdf.

The pages are kept: the stored text has a form feed between them, so every
citation can name its page. pypdf never runs a PDF's JavaScript or opens its
links, and bounds every decompression itself (``pypdf.filters`` limits); askccg
adds a page limit. Title and author come from the PDF's document information when
it states them, with that as the evidence, or from the text (its first line, a byline).
"""

from __future__ import annotations

import io
import re
from typing import Any

from .conventions import ENDS_SENTENCE
from .errors import CorpusError
from .extraction import Extracted, Field, quiet, quote, with_text_fields

quiet("pypdf")

MAX_PAGES = 2000
SHORT_LINE = 0.7  # a line shorter than this share of the page's longest line ends a paragraph
BULLET = re.compile(r"[-•–*]\s|\d{1,2}[.)]\s")
# Typographic ligatures (U+FB00-U+FB06) as their letters, as pdftotext writes them: "Nuﬀield" must be
# found by a search for "Nuffield".
LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)
# Values that tools write into a file's properties by default: they state nothing about the article.
PLACEHOLDERS = frozenset(
    {
        "",
        "untitled",
        "document",
        "word document",
        "microsoft word",
        "python-docx",
        "author",
        "user",
        "administrator",
        "microsoft office user",
        "unknown",
        "anonymous",
    }
)


def unwrap(text: str) -> tuple[str, ...]:
    """A page's printed lines rejoined into paragraphs.

    pypdf returns the lines as laid out on the page; a sentence wrapped over three lines
    must be one sentence for the answer to quote it. A line ends its paragraph when it ends
    a sentence, when it is clearly shorter than the page's full lines (the last line of a
    paragraph, a heading) or when the next line starts a list item; so a page's footer never
    joins the text above it. A word hyphenated at a line end keeps its hyphen.
    """
    lines = [ln.strip() for ln in text.splitlines()]
    full = max((len(ln) for ln in lines), default=0)
    out: list[str] = []
    current = previous = ""
    for line in lines:
        if not line:
            out.append(current)
            current = ""
            continue
        ended = ENDS_SENTENCE.search(previous) is not None
        if current and (BULLET.match(line) or ended or len(previous) < SHORT_LINE * full):
            out.append(current)
            current = ""
        joiner = "" if not current or (current.endswith("-") and current[-2:-1].isalpha()) else " "
        current = f"{current}{joiner}{line}" if current else line
        previous = line
    out.append(current)
    return tuple(p for p in out if p.strip())


def property_field(name: str, value: object, where: str) -> Field | None:
    """A field from a file's properties, unless it is empty or a tool's placeholder."""
    text = " ".join(str(value).split()) if value else ""
    if text.casefold() in PLACEHOLDERS or text.casefold().startswith("microsoft word - "):
        return None
    return Field(name, text, f"{where} {quote(text)}")


def read_pdf(data: bytes) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorpusError("unreadable: the PDF is protected by a password")
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise CorpusError(f"too large: {count:,} pages (the limit is {MAX_PAGES:,})")
        pages = tuple(unwrap((page.extract_text() or "").translate(LIGATURES)) for page in reader.pages)
        info: Any = reader.metadata or {}
    except CorpusError:
        raise
    except FileNotDecryptedError:
        raise CorpusError("unreadable: the PDF is protected by a password") from None
    except Exception as exc:  # noqa: BLE001 - any failure inside a damaged or hostile PDF is "unreadable"
        raise CorpusError(f"unreadable: a damaged PDF ({type(exc).__name__})") from None
    fields = [
        property_field("title", getattr(info, "title", None), "the PDF's document information, /Title"),
        property_field("author", getattr(info, "author", None), "the PDF's document information, /Author"),
    ]
    kept = tuple(f for f in fields if f is not None)
    title_in_text = not any(f.name == "title" for f in kept)
    return with_text_fields(Extracted("pdf", pages, fields=kept, title_in_text=title_in_text))
