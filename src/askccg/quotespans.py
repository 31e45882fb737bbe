"""Where the quotations of one paragraph are: spans of quoted words, marks excluded.

Marks of every style and mix (``conventions``): a quotation opened with one mark of a
family closes with any closing mark of that family (‘...', '...’), a mark of the other
family inside it opens a nested quotation, and an opening mark of the same family
while one is open starts a new quotation (a paragraph break lost in the text). A
quotation not closed by the end of the paragraph runs to its end: it continues in
the next paragraph or the text was cut off. A paragraph read as continuing an open
quotation that has a closing mark but no opening one starts inside the quotation.

No library does this for mixed and straight marks (smartypants-style converters guess
the direction of straight marks but not what they enclose), hence these few rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from .conventions import QUOTE_MARKS, family, mark_role

# Words that never follow a possessive noun (practices' *benefit*): after s' they show the
# mark ends a quotation ('disengage from written reflections' until ...).
_NOT_AFTER_POSSESSIVE = frozenset(
    "a an and are as at because between but by for from had has have in is of on or that the to "
    "was were when which while who will with would could should until unless after before since so "
    "if then than though although despite over into onto without within about across against "
    "through under among upon via per not also only even just".split()
)


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted words ``text[start:end]`` of one paragraph (marks and edge spaces excluded)."""

    start: int
    end: int
    opened: bool  # an opening mark starts it (False: the paragraph began inside the quotation)
    closed: bool  # a closing mark ends it (False: it runs to the end of the paragraph)
    depth: int = 0  # 1 for a quotation inside a quotation


@dataclass
class _Open:
    family: str
    start: int
    opened: bool
    full: bool  # opened at the paragraph start or after a colon: a quoted statement


def quote_spans(text: str, *, continuing: bool = False) -> list[QuoteSpan]:
    """Every quotation of ``text`` in order of its start; ``continuing`` when the previous
    paragraph ended inside a quotation."""
    found: list[QuoteSpan] = []
    stack: list[_Open] = []
    continuing = continuing or _opening_lost(text)
    i = 0
    while i < len(text):
        ch = text[i]
        width = 2 if text[i : i + 2] in ("''", "``") else 1
        if ch not in QUOTE_MARKS:
            i += 1
            continue
        role = mark_role(text, i) if width == 1 else mark_role(text[:i] + '"' + text[i + 2 :], i)
        fam = "double" if width == 2 else family(ch)
        if role == "apostrophe" or (stack and _possessive(text, i, stack[-1])):
            i += width
            continue
        if not stack:
            if role in ("open", "either"):
                stack.append(_Open(fam, i + width, True, _starts_statement(text, i)))
            elif continuing and not found:
                found.append(_span(text, 0, i, opened=False, closed=True, depth=0))
            i += width
            continue
        top = stack[-1]
        if role in ("close", "either") and any(o.family == fam for o in stack):
            while stack:
                o = stack.pop()
                found.append(_span(text, o.start, i, opened=o.opened, closed=True, depth=len(stack)))
                if o.family == fam:
                    break
        elif role == "close" and not _closer_ahead(text, i + width, top.family):
            o = stack.pop()  # a mismatched closing mark, and no matching one follows
            found.append(_span(text, o.start, i, opened=o.opened, closed=True, depth=len(stack)))
        elif role == "open" and fam == top.family and len(stack) == 1:
            o = stack.pop()  # re-opened: the quotation before it ended without a mark
            found.append(_span(text, o.start, i, opened=o.opened, closed=False, depth=0))
            stack.append(_Open(fam, i + width, True, True))
        elif role in ("open", "either") and fam != top.family:
            stack.append(_Open(fam, i + width, True, False))
        i += width
    if stack:  # only the outermost may run on; an unclosed inner mark was an apostrophe
        o = stack[0]
        found.append(_span(text, o.start, len(text), opened=o.opened, closed=False, depth=0))
    return sorted((s for s in found if s.end > s.start), key=lambda s: (s.start, s.depth))


def _opening_lost(text: str) -> bool:
    """The paragraph's first quotation mark closes a quotation right after punctuation
    ("... we spend.’", "faeces,' says Dr Godlee"): its opening mark was lost, so the
    quotation starts with the paragraph."""
    for i, ch in enumerate(text):
        if ch in QUOTE_MARKS and mark_role(text, i) != "apostrophe":
            return mark_role(text, i) == "close" and i > 0 and text[i - 1] in ",.!?…"
    return False


def _span(text: str, start: int, end: int, *, opened: bool, closed: bool, depth: int) -> QuoteSpan:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(start, end, opened, closed, depth)


def _starts_statement(text: str, i: int) -> bool:
    before = text[:i].rstrip()
    return not before or before[-1] in ":—–-"


def _possessive(text: str, i: int, top: _Open) -> bool:
    """s' before a lower-case word is a plural possessive (practices' benefit), not the end
    of the quotation, inside a quoted statement or when a closing mark follows."""
    rest = text[i + 1 : i + 3]
    if family(text[i]) == "double":  # a double mark is never an apostrophe
        return False
    if i == 0 or text[i - 1] != "s" or len(rest) < 2 or rest[0] != " " or not rest[1].islower():
        return False
    if text[i + 2 :].split(maxsplit=1)[0].strip(",.;:") in _NOT_AFTER_POSSESSIVE:
        return False  # 'relations' between ...: a quotation ends before a function word
    return top.full or _next_closes(text, i + 1, top.family)


def _next_closes(text: str, start: int, fam: str) -> bool:
    """Whether the next mark of the family after ``start`` closes ("‘worsening financial crisis’
    leading to a ‘crisis in care’": the next one opens, so the s' before it was the close)."""
    for j, ch in enumerate(text[start:], start):
        if ch in QUOTE_MARKS and family(ch) == fam:
            role = mark_role(text, j)
            if role == "open":
                return False
            if role in ("close", "either"):
                return True
    return False


def _closer_ahead(text: str, start: int, fam: str) -> bool:
    return any(
        ch in QUOTE_MARKS and family(ch) == fam and mark_role(text, j) in ("close", "either")
        for j, ch in enumerate(text[start:], start)
    )
