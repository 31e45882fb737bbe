"""What a file is, decided from its bytes, never from its name.

A ``.pdf`` that is really a web page is read as a web page; an executable named
``.docx`` is refused. The name only chooses between the two text formats that
bytes cannot tell apart: Markdown (``.md``, ``.markdown``) and plain text.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Literal

Format = Literal["html", "pdf", "docx", "markdown", "text"]
MARKDOWN_SUFFIXES = (".md", ".markdown")
# Formats people send that askccg does not read, so the refusal can name them.
_KNOWN_BINARY = (
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
    (b"\xca\xfe\xba\xbe", "a Mach-O or Java class file"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.doc/.xls); save it as .docx"),
    (b"{\\rtf", "an RTF file; save it as .docx"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"%!PS", "a PostScript file"),
)
_HTML_START = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.I | re.S,
)
SNIFF_BYTES = 4096


@dataclass(frozen=True)
class Sniffed:
    """The format, or why the bytes are not one askccg reads (``format`` is None)."""

    format: Format | None
    reason: str = ""


def sniff(data: bytes, name: str = "") -> Sniffed:
    """The format of ``data``; ``name`` only tells Markdown from plain text."""
    head = data[:SNIFF_BYTES]
    if head.startswith(b"%PDF-"):
        return Sniffed("pdf")
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(data)
    for magic, what in _KNOWN_BINARY:
        if head.startswith(magic):
            return Sniffed(None, f"unsupported type: {what}")
    if b"\x00" in head:
        return Sniffed(None, "unsupported type: binary data")
    if _HTML_START.match(head):
        return Sniffed("html")
    if name.lower().endswith(MARKDOWN_SUFFIXES):
        return Sniffed("markdown")
    return Sniffed("text")


def _zip_format(data: bytes) -> Sniffed:
    """A zip is a .docx only when it holds a Word document part."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return Sniffed(None, "unreadable: a damaged zip file")
    if "[Content_Types].xml" in names and "word/document.xml" in names:
        return Sniffed("docx")
    if "[Content_Types].xml" in names:
        return Sniffed(None, "unsupported type: an Office file that is not a Word document")
    return Sniffed(None, "unsupported type: a zip archive")
