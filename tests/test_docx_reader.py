"""Word files through python-docx, after the zip-bomb and XML-entity guards."""

from __future__ import annotations

import io
import zipfile

import pytest

from askccg import docx_reader
from askccg.docx_reader import check_archive, read_docx
from askccg.errors import CorpusError
from askccg.extraction import canonical_text

from .formats import BILLION_LAUGHS, DOCX, EXTERNAL_ENTITY, rezip


def test_paragraphs_tables_title_and_author() -> None:
    extracted = read_docx(DOCX.read_bytes())
    text = canonical_text(extracted, extracted.field("title"))
    assert extracted.field("title") == "Welcoming NHS England’s Next steps on the Five Year Forward View"
    assert "Title style" in next(f.evidence for f in extracted.fields if f.name == "title")
    assert extracted.field("author") == "Press and Public Affairs"
    assert "properties" in next(f.evidence for f in extracted.fields if f.name == "author")
    assert "Chris Ham, Chief Executive of The King’s Fund, said" in text
    assert "Press office | 020 7307 2632" in text  # a table row, cells in order


def test_a_zip_bomb_is_refused_before_anything_is_parsed() -> None:
    bomb = rezip(DOCX.read_bytes(), {"word/media/zeros.bin": b"\x00" * 30_000_000})
    assert len(bomb) < 200_000
    with pytest.raises(CorpusError, match=r"^refused: part 'word/media/zeros.bin' unpacks .* times"):
        read_docx(bomb)


def test_too_much_unpacked_data_or_too_many_parts_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED", 50_000)
    with pytest.raises(CorpusError, match="unpacks to"):
        check_archive(DOCX.read_bytes())
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED", 100_000_000)
    monkeypatch.setattr(docx_reader, "MAX_PARTS", 3)
    with pytest.raises(CorpusError, match=r"parts in the \.docx"):
        check_archive(DOCX.read_bytes())


def test_a_part_that_unpacks_past_its_declared_size_is_refused() -> None:
    data = bytearray(rezip(DOCX.read_bytes(), {"word/extra.bin": b"A" * 5000}))
    # Lower the declared size in the central directory: the part now holds more than it says.
    at, patched = bytes(data).find(b"PK\x01\x02"), False
    while at >= 0:
        name_len = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + name_len] == b"word/extra.bin":
            data[at + 24 : at + 28] = (100).to_bytes(4, "little")
            patched = True
        at = bytes(data).find(b"PK\x01\x02", at + 4)
    assert patched and zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/extra.bin").file_size == 100
    with pytest.raises(CorpusError, match=r"^(refused|unreadable)"):
        check_archive(bytes(data))


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_entity_declarations_are_refused_and_never_expanded(xml: bytes) -> None:
    hostile = rezip(DOCX.read_bytes(), {"word/document.xml": xml})
    with pytest.raises(CorpusError, match="declares XML entities or a DOCTYPE"):
        read_docx(hostile)


def test_a_utf16_part_cannot_hide_a_declaration() -> None:
    hostile = rezip(DOCX.read_bytes(), {"word/document.xml": EXTERNAL_ENTITY.decode().encode("utf-16")})
    with pytest.raises(CorpusError, match="declares XML entities"):
        read_docx(hostile)


def test_a_damaged_docx_is_unreadable_in_one_line() -> None:
    broken = rezip(DOCX.read_bytes(), {"word/document.xml": b"<w:document><unclosed"})
    with pytest.raises(CorpusError, match=r"^unreadable: a damaged \.docx"):
        read_docx(broken)
