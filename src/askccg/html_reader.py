"""A web page saved from a news site -> article text, reader comments and metadata.

trafilatura finds the article body and the reader comments and leaves out the
site's navigation, cookie banner, related links and footer; htmldate (inside
trafilatura) reads the publication date from the page's markup only
(``extensive_search`` off: a date is never inferred from free text). Nothing in
the page runs or is fetched: lxml parses it as data, scripts and styles are dropped
with their content, and no URL is given to trafilatura, so no link is followed.

Each field's evidence quotes the markup it was found in, when it is there verbatim.
"""

from __future__ import annotations

import html
import re
from typing import Any

from .errors import CorpusError
from .extraction import Extracted, Field, paragraphs, quiet, quote, with_text_fields

quiet("trafilatura", "htmldate", "courlan", "justext")

MAX_TREE_SIZE = 100_000  # elements of the extracted body; more is not a news article
_TAG = re.compile(r"<[^<>]{0,400}>")


def read_html(data: bytes) -> Extracted:
    from trafilatura.core import bare_extraction

    try:
        document: Any = bare_extraction(
            data,
            with_metadata=True,
            include_comments=True,
            include_tables=True,
            include_images=False,
            include_links=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
            fast=False,
        )
    except ValueError:  # trafilatura's own "cannot extract" signal
        raise CorpusError("empty after extraction: no article found in the page") from None
    except Exception as exc:  # noqa: BLE001 - any failure inside a damaged or hostile page is "unreadable"
        raise CorpusError(f"unreadable: a page the HTML reader cannot parse ({type(exc).__name__})") from None
    if document is None or not (document.text or "").strip():
        raise CorpusError("empty after extraction: no article text found in the page")
    source = data.decode("utf-8", errors="replace")
    fields = [
        _field("title", document.title, source),
        _field("publication", document.sitename, source),
        _field("author", document.author, source),
        _field("date", document.date, source),
    ]
    kept = tuple(f for f in fields if f is not None)
    has_title = any(f.name == "title" for f in kept)
    comments = tuple(p for c in (document.comments or "").split("\n") if (p := c.strip()))
    extracted = Extracted(
        "html",
        (paragraphs((document.text or "").replace("\n", "\n\n")),),
        comments=comments,
        fields=kept,
        url=_plain(document.url),
        title_in_text=not has_title,
    )
    return with_text_fields(extracted)


def _plain(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def _field(name: str, value: object, source: str) -> Field | None:
    text = _plain(value)
    if not text:
        return None
    if name == "date":
        text = text[:10]
    return Field(name, text, _where(text, source))


def _where(value: str, source: str) -> str:
    """The tag of the page holding ``value`` (a meta tag, say), else the text around it, quoted."""
    first_text = ""
    for candidate in dict.fromkeys((value, html.escape(value, quote=True), html.escape(value, quote=False))):
        for found in re.finditer(re.escape(candidate), source):
            at = found.start()
            opened, closed = source.rfind("<", 0, at), source.rfind(">", 0, at)
            if opened > closed and (tag := _TAG.match(source, opened)):
                return f"the page's markup {quote(tag.group())}"
            if not first_text:
                end = source.find("<", at)
                first_text = html.unescape(source[closed + 1 : end if end > 0 else at + len(candidate)])
    if first_text:
        return f"the page's text {quote(first_text)}"
    return "the page's markup, read by trafilatura"
