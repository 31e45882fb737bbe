"""Type from content: the name never decides, except Markdown against plain text."""

from __future__ import annotations

import io
import zipfile

import pytest

from askccg.sniff import sniff

from .formats import DOCX, LETTER, PDF


@pytest.mark.parametrize(
    ("path", "name", "expected"),
    [(LETTER, "page.html", "html"), (PDF, "x.pdf", "pdf"), (DOCX, "x.docx", "docx")],
)
def test_fixtures_are_recognised(path: object, name: str, expected: str) -> None:
    assert sniff(path.read_bytes(), name).format == expected  # type: ignore[attr-defined]


def test_the_content_wins_over_the_name() -> None:
    assert sniff(LETTER.read_bytes(), "briefing.pdf").format == "html"
    assert sniff(PDF.read_bytes(), "page.html").format == "pdf"
    assert sniff(DOCX.read_bytes(), "notes.txt").format == "docx"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 40, "ELF executable"),
        (b"MZ\x90\x00\x03" + b"\x00" * 40, "Windows executable"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, "old Office file"),
        (b"text\x00with a NUL", "binary data"),
        (b"PK\x03\x04broken", "damaged zip"),
    ],
)
def test_what_is_not_a_document_is_refused_by_its_content(data: bytes, words: str) -> None:
    result = sniff(data, "article.docx")
    assert result.format is None and words in result.reason


def test_a_zip_or_an_office_file_that_is_not_word_is_refused() -> None:
    def zipped(*names: str) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as z:
            for n in names:
                z.writestr(n, "<x/>")
        return out.getvalue()

    assert "zip archive" in sniff(zipped("a.txt"), "a.docx").reason
    assert "not a Word document" in sniff(zipped("[Content_Types].xml", "xl/workbook.xml"), "a.docx").reason


def test_text_that_mentions_tags_is_text_and_markdown_is_chosen_by_name() -> None:
    code = b'doc = "<html><head><title>x</title><meta charset=utf-8><p>hi</p>"\n'
    assert sniff(code, "script.py").format == "text"
    assert sniff(b"# Heading\n\nBody.", "notes.md").format == "markdown"
    assert sniff(b"# Heading\n\nBody.", "notes.txt").format == "text"
    assert sniff(b"\xef\xbb\xbf<!DOCTYPE html><html><body>x</body></html>", "x.txt").format == "html"
