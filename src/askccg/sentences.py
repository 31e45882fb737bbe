"""Sentence spans inside a passage, as raw offsets, for scoring and quoting.

A sentence ends at ., !, ? or … (closing quotes and brackets stay with it) followed by
whitespace and a capital, a digit or an opening quote; a blank line or a line
break always ends one. Titles and common abbreviations (Dr., e.g., etc.) do not. The
marks and abbreviations are those of ``conventions``.
"""

from __future__ import annotations

import re

from .conventions import ABBREVIATION_END, SENTENCE_END

_END = re.compile(SENTENCE_END)
_BREAK = re.compile(r"[ \t]*(?:\r?\n|\r)\s*")


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, shifted by ``offset``."""
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _lines(text):
        start = line_start
        for match in _END.finditer(text, line_start, line_end):
            if ABBREVIATION_END.search(text[max(line_start, match.start() - 12) : match.end()]):
                continue
            spans.append((start, match.end()))
            start = match.end()
        spans.append((start, line_end))
    out = []
    for s, e in spans:
        piece = text[s:e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if e - trail > s + lead:
            out.append((offset + s + lead, offset + e - trail))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    pos, out = 0, []
    for match in _BREAK.finditer(text):
        out.append((pos, match.start()))
        pos = match.end()
    out.append((pos, len(text)))
    return out
