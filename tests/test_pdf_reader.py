"""PDF through pypdf: pages kept, so citations name them; damaged, locked or huge PDFs refused."""

from __future__ import annotations

import io

import pytest

from askccg import pdf_reader
from askccg.chunking import Chunker
from askccg.cleaning import clean
from askccg.corpus import read_article
from askccg.errors import CorpusError
from askccg.extraction import canonical_text
from askccg.pdf_reader import read_pdf

from .formats import PDF


def test_every_page_is_read_and_the_title_comes_from_the_document_information(tmp_path) -> None:  # type: ignore[no-untyped-def]
    extracted = read_pdf(PDF.read_bytes())
    assert len(extracted.pages) == 3
    assert extracted.field("title") == "Risk or reward? The changing role of CCGs in general practice"
    assert "/Title" in next(f.evidence for f in extracted.fields if f.name == "title")
    text = canonical_text(extracted, extracted.field("title"))
    assert text.count("\f") == 2
    assert "Nuffield Trust" in text and "\ufb00" not in text  # ligatures as letters: "Nuﬀield" is found
    assert extracted.field("date") == ""  # a PDF's creation date is not the article's date


def test_citations_name_the_page(tmp_path) -> None:  # type: ignore[no-untyped-def]
    extracted = read_pdf(PDF.read_bytes())
    path = tmp_path / "risk.txt"
    path.write_text(canonical_text(extracted, extracted.field("title")), encoding="utf-8")
    article = read_article(path, {"title": extracted.field("title")})
    assert len(article.page_starts) == 3
    chunker = Chunker(count_tokens=lambda t: len(t.split()), max_tokens=256, chunk_tokens=60, chunk_overlap=0)
    chunks = chunker.chunks(article)
    holder = next(c for c in chunks if "Holly Holder" in c.text)
    assert holder.citation.page == 2 and holder.citation.location.startswith("page 2, ")
    findings = next(c for c in chunks if "sufficient" in c.text)
    assert findings.citation.page == 3
    assert all(article.raw[c.citation.start : c.citation.end] == c.text for c in chunks)


def test_a_damaged_pdf_is_unreadable_in_one_line() -> None:
    data = PDF.read_bytes()
    with pytest.raises(CorpusError, match=r"^unreadable: a damaged PDF"):
        read_pdf(data[: len(data) // 3] + b"garbage" * 100)


def test_a_password_protected_pdf_is_refused() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(PDF.read_bytes())))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(CorpusError, match="password"):
        read_pdf(out.getvalue())


def test_too_many_pages_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2)
    with pytest.raises(CorpusError, match=r"^too large: 3 pages"):
        read_pdf(PDF.read_bytes())


def test_the_page_footer_repeated_on_every_page_is_dropped_by_the_cleaner() -> None:
    extracted = read_pdf(PDF.read_bytes())
    text = canonical_text(extracted, extracted.field("title"))
    cleaned = clean(text, extracted.field("title"))
    kept = [text[s.start : s.end] for s in cleaned.sections]
    assert sum(k.count("Nuffield Trust and The King's Fund") for k in kept) <= 1


def test_printed_lines_are_rejoined_into_paragraphs() -> None:
    page = (
        "A sentence wrapped over\nthree printed lines of the\npage ends here.\n"
        "The next sentence is co-\nordinated.\nFooter\n"
    )
    assert pdf_reader.unwrap(page) == (
        "A sentence wrapped over three printed lines of the page ends here.",
        "The next sentence is co-ordinated.",
        "Footer",
    )
    assert pdf_reader.unwrap("Findings:\n- first point\n- second point") == (
        "Findings:",
        "- first point",
        "- second point",
    )
