"""Sentence spans inside a passage, as raw offsets, for scoring and quoting.

A sentence ends at ., ! or ? (closing quotes and brackets stay with it) followed by
whitespace and a capital, a digit or an opening quote; a blank line or a line
break always ends one. Common abbreviations (Dr., e.g., etc.) do not.
"""

from __future__ import annotations

import re

_END = re.compile(r"[.!?…]+['’\"”)\]]*(?=\s+['‘\"“(\[]?[A-Z0-9£$€])")
_BREAK = re.compile(r"[ \t]*(?:\r?\n|\r)\s*")
_ABBREV = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|No|Co|Ltd|Inc|vs|etc|e\.g|i\.e|cf|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"|\b[A-Z])\.$"
)


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, shifted by ``offset``."""
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _lines(text):
        start = line_start
        for match in _END.finditer(text, line_start, line_end):
            if _ABBREV.search(text[max(line_start, match.start() - 8) : match.end()]):
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
