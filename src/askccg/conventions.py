"""One home for the conventions of news text that every stage reads the same way.

Quotation marks of every style, honorifics, sentence ends and captions. Cleaning,
sentence splitting, chunking, attribution and answers import these names instead
of keeping lists of their own, so a mark or a title added here is known everywhere.

Quotation marks come in two families. Single: ‘ ’ ' ´ ‚ ‹ ›; double: “ ” " „ « ».
Straight marks, ’ and ´ are also apostrophes, so whether one opens or closes a
quotation is decided by its neighbours (``mark_role``), never by the character alone.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

# --- quotation marks -------------------------------------------------------------------------
SINGLE_QUOTES = "‘’'´‚‹›"
DOUBLE_QUOTES = '“”"„«»'
QUOTE_MARKS = SINGLE_QUOTES + DOUBLE_QUOTES
ONLY_OPEN = "‘“„‚«‹"  # these marks never close a quotation
ONLY_CLOSE = "”»›"  # these never open one (’ can: a paragraph re-opened with a closing-style mark)
# What may stand at either edge of quoted words (trimmed off a quotation's span).
OPEN_MARKS = "‘'“\"’´„‚«‹"
CLOSE_MARKS = "’'”\"´»›"
# Marks that may stay with a sentence after its full stop, and open the next one.
AFTER_END = "'’\"”´»›)\\]"
BEFORE_START = "'‘\"“´«‹„(\\["

MarkRole = Literal["open", "close", "either", "apostrophe"]


def family(mark: str) -> str:
    """'single' or 'double': a quotation is closed by a mark of the family that opened it."""
    return "double" if mark in DOUBLE_QUOTES else "single"


def mark_role(text: str, i: int) -> MarkRole:
    """What the quotation mark at ``text[i]`` does, judged by its neighbours.

    Between two letters or digits it is an apostrophe (it’s, we´ve, 1990’s); at the start
    of a word it opens; at the end of a word it closes; standing alone it may do either.
    """
    mark = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in ONLY_OPEN:
        return "open"
    if mark in ONLY_CLOSE:
        return "close"
    if before.isalnum() and after.isalnum():
        return "apostrophe"
    word_before = not (before.isspace() or before in "([{—–-/" or before in QUOTE_MARKS)
    word_after = not (after.isspace() or after in ")]}" or unicodedata.category(after).startswith("P"))
    if after in QUOTE_MARKS or after in "([£$€…":
        word_after = True
    if word_before and not word_after:
        return "close"
    if word_after and not word_before:
        return "open"
    return "either"


# --- honorifics ------------------------------------------------------------------------------
TITLE_WORDS = (
    "Dr",
    "Doctor",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Professor",
    "Prof",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Baroness",
    "Baron",
    "Cllr",
    "Councillor",
    "Coun",
    "Rev",
    "Rt Hon",  # "The Rt Hon Margaret Hodge MP"
    "Rt. Hon",
)
TITLES = "(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + ")"
TITLE_GENDER = {
    "Mr": "m",
    "Sir": "m",
    "Lord": "m",
    "Baron": "m",
    "Mrs": "f",
    "Ms": "f",
    "Miss": "f",
    "Dame": "f",
    "Lady": "f",
    "Baroness": "f",
}


def title_of(name: str) -> str:
    """The honorific a name starts with ("Dr Jane Roe" -> "Dr"), or ""."""
    m = re.match(rf"{TITLES}\.?(?=\s)", name)
    return m.group().rstrip(".") if m else ""


def strip_title(name: str) -> str:
    """The name without the honorifics before it ("Professor Sir Mike Richards" -> "Mike Richards")."""
    return re.sub(rf"^(?:{TITLES}\.?\s+)+", "", name)


def title_gender(name: str) -> str:
    """ "m" or "f" when an honorific before the name says so ("Professor Sir Mike ..."), else ""."""
    for title in re.findall(rf"\b{TITLES}(?=\.?\s)", name[: len(name) - len(strip_title(name))]):
        if title in TITLE_GENDER:
            return TITLE_GENDER[title]
    return ""


# --- sentence ends ---------------------------------------------------------------------------
SENTENCE_ENDS = ".!?…"
SENTENCE_STARTS = "A-Z0-9£$€"
ABBREVIATIONS = (
    *TITLE_WORDS,
    "St",
    "No",
    "Co",
    "Ltd",
    "Inc",
    "vs",
    "etc",
    r"e\.g",
    r"i\.e",
    "cf",
    "approx",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)
# A sentence ends at . ! ? or … (closing marks stay with it) before a space and a capital,
# a digit or an opening mark. ABBREVIATION_END says when such a full stop is not an end.
SENTENCE_END = rf"[{SENTENCE_ENDS}]+[{AFTER_END}]*(?=\s+[{BEFORE_START}]?[{SENTENCE_STARTS}])"
SENTENCE_BREAK = rf"(?<=[{SENTENCE_ENDS}])[{AFTER_END}]*\s+(?=[{BEFORE_START}]?[{SENTENCE_STARTS}])"
ENDS_SENTENCE = re.compile(rf"[{SENTENCE_ENDS}][{AFTER_END}]*$")
ABBREVIATION_END = re.compile(r"(?:\b(?:" + "|".join(ABBREVIATIONS) + r")|\b[A-Z])\.$")

# --- captions and pull quotes ----------------------------------------------------------------
# "Dr Dixon: 'We need ...'" -- a caption, headline or pull quote giving a speaker's words.
SPEAKER_LINE = re.compile(
    rf"(?P<name>(?:{TITLES}\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}):\s*"
    rf"[{OPEN_MARKS}](?P<quote>.+)"
)
# "Hide Ad", "Advertisement": an advert slot's label, on a line of its own or run into the text of
# the paragraph after it ("Hide Ad“It is clear that ...") when a page is copied as text.
ADVERT_LABEL = re.compile(r"(?:\s*(?:Hide Ad|Advertisement|ADVERTISEMENT|Sponsored))+")
# "(Photo: JH Lancy)", "(Picture: ...)" -- a photo credit closing a caption.
# ". Photograph: Christian Sinibaldi for the Guardian", ". Picture: PA / LBC" -- the same, as a
# sentence of its own at the end of the caption.
# "(Dominic Lipinski/PA)", "(Stock image by Aaron Chown/PA)", "(Getty Images)": an agency's credit.
# "Video caption, Knife crime: ...", "Image caption, ...", "image captionThe ...": a caption that
# says it is one.
_AGENCY = (
    r"(?:PA(?: Wire| Media| Archive| Images)?|Getty(?: Images)?|Reuters|AFP|EPA|AP|Alamy|Shutterstock|REX)"
)
PHOTO_CREDIT = re.compile(
    r"\((?:photo|picture|image|credit|source)s?(?: credit)?:[^)]*\)\s*$"
    r"|(?:^|[.!?]\s+)(?:Photo(?:graph)?|Picture|Image|Photo credit)s?:\s*[^.:]{1,80}$"
    rf"|\((?:[^()]{{1,60}}/\s*)?{_AGENCY}(?:/{_AGENCY})?\)\s*$"
    r"|^(?:Video|Image|Media) caption(?:,|\s|(?-i:(?=[A-Z])))",  # "Image caption X ...", "image captionThe"
    re.IGNORECASE,
)

# A sentence that is a caption's or credit's words anywhere in it: "(Photo: ...)" at its end,
# "Picture: ...", a copyright sign or an agency's name, "(pictured)".
CAPTION_TEXT = re.compile(
    r"\((?:photo|picture|image|credit|source)s?\s*:[^)]*\)\s*$|^(?:photo|picture|image|credit)s?\s*:|"
    r"©|\b(?:getty images|shutterstock|alamy|pa images)\b|\(pictured\)",
    re.I,
)


def fold_marks(text: str) -> str:
    """Every single quotation mark as ', every double one as " (for comparing text)."""
    return text.translate(_FOLD)


_FOLD = str.maketrans({**dict.fromkeys(SINGLE_QUOTES + "`", "'"), **dict.fromkeys(DOUBLE_QUOTES, '"')})

# Letters after a name ("Valerie Vaz MP", "Robert Francis QC"): the name ends before them.
POSTNOMINALS = frozenset("MP MPs MSP MEP MLA MS AM TD QC KC OBE CBE MBE KBE DBE FRCGP FRCP FRCS PhD".split())
_POSTNOMINAL_RUN = re.compile(rf"(?:,?\s+(?:{'|'.join(sorted(POSTNOMINALS))})\b)*")


def after_postnominals(text: str, end: int) -> int:
    """Where a name's letters end ("Barry Cockcroft CBE, the Chief Dental Officer": after "CBE"),
    given where the name ends; ``end`` itself when none follow."""
    m = _POSTNOMINAL_RUN.match(text, end)
    return m.end() if m else end
