"""A Word ``.docx`` -> its paragraphs and tables in order, with python-docx.

A .docx is a zip of XML parts, so two guards run before python-docx opens it:

* **zip bomb**: too many parts, more unpacked bytes than ``MAX_UNPACKED`` in all, or
  a part that unpacks more than ``MAX_RATIO`` times its packed size is refused, from
  the declared sizes and again while each part is actually unpacked;
* **XML entities**: a part holding a ``<!DOCTYPE`` or ``<!ENTITY`` declaration (never
  in a real Word file; the vehicle of "billion laughs" and external-entity attacks)
  is refused. python-docx's own parser also resolves no entities.

Nothing in the file is run or fetched: macros cannot live in a .docx, and linked
images and fields are never followed.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from .errors import CorpusError
from .extraction import Extracted, Field, quiet, quote, with_text_fields
from .pdf_reader import property_field

quiet("docx")
MAX_PARTS = 2_000
MAX_UNPACKED = 100_000_000  # bytes, all parts together
MAX_RATIO = 200  # unpacked / packed, per part (Word XML is about 10:1)
RATIO_FLOOR = 1_000_000  # parts smaller than this unpacked are never called bombs
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.I)


def check_archive(data: bytes) -> None:
    """Refuse a zip bomb or an XML part declaring entities, before any XML is parsed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_PARTS:
                raise CorpusError(f"refused: {len(parts):,} parts in the .docx (a zip bomb?)")
            declared = sum(p.file_size for p in parts)
            if declared > MAX_UNPACKED:
                raise CorpusError(f"refused: the .docx unpacks to {declared:,} bytes (a zip bomb?)")
            total = 0
            for part in parts:
                total += _check_part(archive, part)
                if total > MAX_UNPACKED:
                    raise CorpusError("refused: the .docx unpacks to more than it declares (a zip bomb?)")
    except CorpusError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
    ) as exc:
        raise CorpusError(f"unreadable: a damaged .docx ({exc})") from None


def _check_part(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> int:
    if part.file_size > RATIO_FLOOR and part.file_size > MAX_RATIO * max(part.compress_size, 1):
        raise CorpusError(
            f"refused: part {part.filename!r} unpacks {part.file_size // max(part.compress_size, 1):,} "
            "times its size (a zip bomb?)"
        )
    xml = part.filename.endswith((".xml", ".rels"))
    size, tail = 0, b""
    with archive.open(part) as stream:
        while block := stream.read(1 << 16):
            size += len(block)
            if size > part.file_size or size > MAX_UNPACKED:
                raise CorpusError(f"refused: part {part.filename!r} unpacks past its declared size")
            if xml and _DECLARATION.search(tail + block.replace(b"\x00", b"")):
                raise CorpusError(
                    f"refused: part {part.filename!r} declares XML entities or a DOCTYPE "
                    "(never in a Word file)"
                )
            tail = block[-32:].replace(b"\x00", b"")
    return size


def read_docx(data: bytes) -> Extracted:
    check_archive(data)
    import docx

    try:
        document: Any = docx.Document(io.BytesIO(data))
        blocks = [_block_text(b) for b in document.iter_inner_content()]
        title_para = next(
            (p.text.strip() for p in document.paragraphs if _style(p) == "title" and p.text.strip()), ""
        )
        core = document.core_properties
    except Exception as exc:  # noqa: BLE001 - any failure inside a damaged or hostile file is "unreadable"
        raise CorpusError(f"unreadable: a damaged .docx ({type(exc).__name__})") from None
    fields: list[Field] = []
    if title_para:
        fields.append(
            Field(
                "title",
                " ".join(title_para.split()),
                f"the paragraph in Word's Title style {quote(title_para)}",
            )
        )
    for field in (
        property_field("title", core.title, "the Word file's properties, title"),
        property_field("author", core.author, "the Word file's properties, author"),
    ):
        if field is not None and not any(f.name == field.name for f in fields):
            fields.append(field)
    title_in_text = bool(title_para) or not any(f.name == "title" for f in fields)
    paragraphs = tuple(b for b in blocks if b.strip())
    extracted = Extracted("docx", (paragraphs,), fields=tuple(fields), title_in_text=title_in_text)
    return with_text_fields(extracted)


def _style(paragraph: Any) -> str:
    style = getattr(paragraph, "style", None)
    return str(getattr(style, "name", "") or "").strip().casefold()


def _block_text(block: Any) -> str:
    """A paragraph's text; a table as one line per row, cells separated by ' | '."""
    if hasattr(block, "rows"):
        rows = []
        for row in block.rows:
            cells = list(dict.fromkeys(c.text.strip() for c in row.cells))  # merged cells repeat
            rows.append(" | ".join(c for c in cells if c))
        return "\n".join(r for r in rows if r)
    return str(block.text).strip()
