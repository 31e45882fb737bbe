"""Helpers for the format tests: the fixtures, and hostile files made on the fly."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

FORMATS = Path(__file__).resolve().parent / "data" / "formats"
LETTER = FORMATS / "pulse-letter.html"
DATED = FORMATS / "hcl-co-commissioning.html"
PDF = FORMATS / "nuffield-risk-or-reward.pdf"
DOCX = FORMATS / "kingsfund-next-steps.docx"
MARKDOWN = FORMATS / "new-body-to-champion-ccgs.md"


def rezip(source: bytes, replace: dict[str, bytes], compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A copy of a zip (a .docx) with some parts replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(out, "w", compress) as new:
        for info in old.infolist():
            if info.filename not in replace:
                new.writestr(info.filename, old.read(info.filename))
        for name, data in replace.items():
            new.writestr(name, data)
    return out.getvalue()


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE w:document [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol4;</w:t></w:r></w:p></w:body></w:document>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE w:document [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"""
