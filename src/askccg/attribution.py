"""Who said what: the direct quotations of each article and, when the text establishes
it, their speaker. Otherwise a quotation is unattributed (speaker "").

A wrong name misquotes a real person, so every rule prefers to abstain. The rules are
newsroom conventions, not rules for particular files:

* in its sentence: "X said: '...'", "'...,' said X, role", "'...,' X said", "X, who ...,
  said", "X warned that it would be '...'", "told Pulse", "according to X", "Mr Hunt's
  statement said"; the subject of the reporting verb speaks, never a name in a relative
  clause, after a preposition, or an organisation in the speaker's role ("said RCGP chair
  Clare Gerada", "Liz Carroll, chair of the Patient Group, said"); several speakers
  joined by "and" are not one speaker;
* "he"/"she" is the one person its own sentence named before it, else the person most
  recently the subject of a sentence or of a participle after "with" (or whose quotation
  the text last continued),
  unless the text has already given that person the other gender; "it" is the
  organisation that last spoke; "they" is the body that spoke in the last paragraph when no
  person has been a subject since, and otherwise never resolved; a live blog's time-stamped
  entry is as far back as a pronoun reaches;
* "the CCG" is the CCG last named; "the health secretary" is the one person with that
  role, or the one person the last paragraphs name when the text gave them no other;
  "a leading commissioner has warned", "its local MP has said" or "The leader of
  Britain's family doctors has warned" in the opening paragraphs is the person the
  article names next; "A statement said" is the body that spoke just before;
* a statement with no attribution of its own continues the one speaker its paragraph
  quoted or reported before it, else the speaker of the paragraph before when that
  paragraph quoted them, reported their speech or ended "X said:" (the items of a list
  after "X called for:" too); a name-and-role line above (or, failing that, below) a
  quotation gives its speaker; a crosshead or any other paragraph breaks the chain; a
  statement whose sentence names someone else is theirs after a colon ("Dr Peters was
  less happy: '...'"), else nobody's;
* a quotation tagged with a name and no verb ("'...,' George Butterworth, policy manager,
  Cancer Research UK.", "'...' – Jo Bloggs, Age UK"), or a pull quote with a line below it
  that is only a name, is that person's; speech in a participle clause is the sentence
  subject's (", saying it is '...'") or the person after "with" ("with the minister Edwina
  Hart saying '...'"); "called the tax a '...'" is the caller's words; a verb inside a
  "which" clause is an aside; words a quotation quotes after a colon are nobody's we know;
* a quotation runs on across one quiet paragraph of narrative (no quotation, no reported
  speech, no one else named), never two; a hard-wrapped text (a release, a PDF) is read in
  paragraphs, a line that stops mid-sentence running on into the next;
* captions and headlines "Dr Dixon: '...'", "Meldrum tells BMA delegates: '...'" name
  their speaker, and a pull quote takes the speaker of the quotation it repeats;
* reader comments never name a speaker, unless the comment is signed and is nothing but
  a quotation.

Every quote keeps the exact raw span of its words (quotation marks excluded).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from itertools import pairwise, takewhile
from pathlib import Path

from .cleaning import Line as TextLine
from .cleaning import iter_lines
from .conventions import (
    ABBREVIATION_END,
    ADVERT_LABEL,
    ENDS_SENTENCE,
    PHOTO_CREDIT,
    POSTNOMINALS,
    QUOTE_MARKS,
    SENTENCE_END,
    SENTENCE_ENDS,
    SPEAKER_LINE,
    TITLES,
    after_postnominals,
    fold_marks,
    strip_title,
)
from .documents import Article
from .offices import OFFICE_HOLDERS, holder_named
from .people import (
    DESCRIPTORS,
    HEADS_BEFORE_OF,
    KIN_WORDS,
    NAME_WORD,
    NOT_NAMES,
    ORG_HEADS,
    PREPOSITIONS,
    ROLE_WORD,
    ROLE_WORDS,
    VERBS,
    Mention,
    People,
    Person,
    describes,
    read_people,
)
from .quotespans import QuoteSpan, quote_spans

__all__ = [
    "TITLES",
    "UNATTRIBUTED",
    "People",
    "Person",
    "Quote",
    "article_people",
    "corpus_quotes",
    "extract_quotes",
    "load_quotes",
    "quote_lead",
    "save_quotes",
    "speaker_label",
    "speaker_names",
]

# The rules' version, recorded in an index: an index whose quotations older rules credited is rebuilt, not
# kept. 24: a title of the other sex than a known full name's given name is another person of that surname
# ("Victoria Powell ... Mr Powell"). 23: no person named "St Helens" (a place), "CDO" and the other officer
# acronyms are posts, "Image caption X ..." and "image captionThe ..." are captions, a lone surname speaking
# after an appositive ("Richards, formerly ..., said") stops a later "he" reaching past them, "a pharmacist
# in the" is no role phrase. 22: a country never opens a person's name ("... Northern Ireland Roisin
# Foster"), "Mrs Harrsion" is the one "Trudy Harrison" of the text, a role opening a capitalised run is no
# body ("President of the College"), "noted President of the College, Dr X". 21: a verb ends a role phrase
# before a name ("the Totnes MP had told Sky News" made "Sky News" a person). 20: a full name shown with the
# title its short form has ("Chaand Nagpaul ... Dr Nagpaul": Dr Chaand Nagpaul; not Mr, Mrs, Ms or Miss).
# 32: "Colin Angel, continued:" on a line ending in a colon is a person. 31: a given name and surname followed
# by a colon and a quotation ("Mark Drakeford: “...”") is a person. 30: the parties are no longer speaking
# bodies ("Labour said", rule 25): on dev they gave two names for one wrong. 29: a verb inside what a named
# speaker said ("X said the company had confirmed it ...") is not another speaker; the writer named after a
# document and a role ("A statement published today by life sciences minister George Freeman said"); a name
# set off by dashes after a role ("The Home Secretary – Amber Rudd – has replied"). 28 (held-out 43-44 read as
# dev): a line of a role then a name ("RCGP chair Professor Helen Stokes-Lampard") names the speaker of the
# quotation below; a headline "CQC head David Behan: ‘...’"; a one-word name takes its fuller form only on its
# own line (not "Behan David" across a line break); "I’" is no acronym; TSA, SRO, CIO, CCIO and CTO are posts;
# quoted words between a determiner and a document noun ("the ‘...’ data publication") are a name. 27: more
# offices (home and foreign secretary, shadow health secretary, chief medical and nursing officers,
# Information Commissioner, London mayor, GPC, BMA council and RCGP chairs); an office's title never means
# someone who never held it; "giving comments" is a noun. 26 (ninth session, held-out 41-42 read as dev): a
# crosshead set into a statement left open does not end it; a possessive full name ("Matt Hancock’s sister")
# is a person when the surname speaks alone ("said Hancock"). 25: naming participles (", calling it '...'",
# "describing this as"), "calls it '...'", "as the Guardian put it", the parties as speaking bodies ("Labour
# said"; not "the Labour leader"). 19: a pull quote or share button ("tweet this") does not end a statement, a
# body speaks after a closing mark ("‘...’, Welsh LMCs have warned"), "says the charity X"; 18 (eighth
# session, held-out 25-34 read as dev): letters after a name before its role ("X CBE, the Chief Dental
# Officer"), "Rt Hon", "was quoted as saying", "with X pledging", a body after a phrase of setting ("In a
# statement, Capita said"), "said the chief executive, X", "So says X", a given name and surname whose sex a
# "he"/"she" speaking next agrees with; 17: "said the college" for the Royal College of ... named, "the LMC"
# for "Londonwide LMCs", a surname that speaks alone confirms an unknown given name ("Sibanda said"); 16:
# untitled names with a particle ("Christian von Wagner"), "Mr Chapman" as the one namesake of that sex; 15:
# no speaker inside a body's which-clause; 14: agency photo credits mark captions; 13: a role and name after a
# place or time ("In parliament ... Jeremy Hunt said:"), a statement whose opening mark is left out; 12: a
# capitalised body that opens a clause and speaks ("But Babylon said that"); 11: a role ending the sentence
# after a said-after name ("said Dr X, Chairman of the NAPC."); 10: a title opening a headline ("Labour leader
# says:"); 9: an office's title ("the Prime Minister") means the one holder the article names (offices.py); 8:
# joint speakers ("X and Y said in a joint statement"), a plural's possessive owns its document ("NHS
# Employers’ guide"); 7: ages with "aged", a one-word name after a job must be a given name, pronouns not past
# an unnamed speaker, swapped letters in surnames, opined/elaborated; 6: the held-out 19, 21 and 22 rounds
# (offices addressed, MSPs, quotations ending inside their marks, role-and-name tags, who-clauses); 5: first
# names (sex, name edges), misspelt surnames, closing-only paragraphs, the held-out 15-16 round; 4: documents
# speak for their owners; 3: after held-out 13's round; 2: after the held-out 8-12 rounds; 1: the rules of
# 2026-12-07 when first recorded.
ATTRIBUTION_VERSION = 32
UNATTRIBUTED = "unattributed"
CAPTION_REASONS = frozenset({"headline", "repeated headline", "repeated text", "pull quote"})
MAX_PRONOUN_PARAGRAPHS = 3  # a pronoun reaches back this many paragraphs for its person
LEDE_PARAGRAPHS = 2  # "a leading commissioner has warned" is resolved only this early


@dataclass(frozen=True)
class Quote:
    """A direct quotation with its speaker ("" when the text does not establish one)."""

    text: str
    start: int
    end: int
    speaker: str
    role: str
    organisation: str
    article_id: str
    source: str
    title: str
    publication: str
    date: str
    kind: str  # "full" (a quoted statement) or "fragment" (quoted words in a sentence)
    where: str = "body"  # "body", "caption", "headline" or "comment"


def speaker_label(q: Quote) -> str:
    """The speaker as shown to people: the name, or "unattributed"."""
    return q.speaker or UNATTRIBUTED


def quote_lead(q: Quote, *, again: bool = False) -> str:
    """The lead of an answer sentence quoting ``q``: "Dr X, role, said:", "Dr X added:" when
    the answer has quoted the speaker already (``again``), "The article quotes:" when the
    text does not establish who spoke."""
    if not q.speaker:
        return "The article quotes:"
    if again:
        parts = q.speaker.split()
        short = (
            f"{parts[0]} {parts[-1]}"
            if len(parts) >= 3 and re.fullmatch(rf"{TITLES}\.?", parts[0]) and " and " not in q.speaker
            else q.speaker  # a joint speaker ("Dr Ann Green and Dr Bob White") keeps every name
        )
        return f"{short} added:"
    return f"{q.speaker}, {q.role}, said:" if q.role else f"{q.speaker} said:"


# --- lines of an article ------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    where: str  # "body", "caption", "headline" or "comment"
    repeated: bool = False  # a paragraph the cleaner dropped as repeating one seen before


def article_lines(article: Article) -> list[Line]:
    """Body paragraphs, captions, headlines and comment lines, in text order."""
    out: list[Line] = []
    for section in article.sections:
        kind = "body" if section.kind == "article" else "comment"
        lines = list(iter_lines(article.raw[section.start : section.end]))
        paragraphs = _paragraphs(lines)
        # a caption's words printed again just above it without the credit are the caption too
        credited = {
            PHOTO_CREDIT.sub("", first.text).rstrip(" .")
            for first, _ in paragraphs
            if kind == "body" and PHOTO_CREDIT.search(first.text)
        }
        for first, last in paragraphs:
            s, e = section.start + first.start, section.start + last.end
            text = first.text
            caption = kind == "body" and (
                SPEAKER_LINE.fullmatch(text) or PHOTO_CREDIT.search(text) or text.rstrip(" .") in credited
            )
            out.append(Line(s, e, "caption" if caption else kind))
    for s, e, reason in article.dropped:
        if reason in CAPTION_REASONS:
            kind = "headline" if "headline" in reason else "caption"
            out.append(Line(s, e, kind, repeated=reason == "repeated text"))
    return sorted(out, key=lambda ln: ln.start)


HARD_WRAP_WIDTH = 100  # lines of a hard-wrapped text (a press release, a PDF) are no longer than this
_OPEN_END = re.compile(rf"[^{SENTENCE_ENDS}:;'’\"”)\]]$")


def _paragraphs(lines: Sequence[TextLine]) -> list[tuple[TextLine, TextLine]]:
    """Lines as paragraphs (first and last line of each). In a hard-wrapped text, where no line
    is longer than a printed one and many stop mid-sentence, a line that stops mid-sentence
    runs on into the next ("Robert Woolley, Chief Executive of UH" / "Bristol, said: ...");
    elsewhere every line is a paragraph, and a short line is a crosshead."""
    if not _hard_wrapped(lines):
        return [(line, line) for line in lines]
    out: list[tuple[TextLine, TextLine]] = []
    for line in lines:
        if out and _runs_on(out[-1][1]) and not line.after_blank:
            out[-1] = (out[-1][0], line)
        else:
            out.append((line, line))
    return out


def _hard_wrapped(lines: Sequence[TextLine]) -> bool:
    if len(lines) < 8:
        return False
    widths = sorted(len(line.text) for line in lines)
    open_ends = sum(bool(_OPEN_END.search(line.text)) for line in lines)
    return widths[int(0.9 * (len(widths) - 1))] <= HARD_WRAP_WIDTH and open_ends >= 0.4 * len(lines)


def _runs_on(line: TextLine) -> bool:
    return len(line.text) >= HARD_WRAP_WIDTH // 3 and bool(_OPEN_END.search(line.text))


def article_people(article: Article) -> People:
    """The people and organisations the article names (reader comments are not read)."""
    return read_people(
        article.raw, [(ln.start, ln.end) for ln in article_lines(article) if ln.where != "comment"]
    )


# --- the attributor -----------------------------------------------------------------------------

# "Said Lisa, '...'": the verb first; "calls it '...'": naming it, in their words; "as the
# Guardian put it, '...'"
_VERB = re.compile(
    rf"\b(?:{VERBS}|Said|Says|Added|Adds|call(?:s|ed)(?=\s+(?:it|this|them|these)\s)|put(?=\s+it\b))\b"
)
# a subordinate clause opening a sentence, up to its comma: its subject is not the sentence's
# "with Dr White", "with the health minister Edwina Hart", "with the chief executive of The
# King’s Fund, Chris Ham,": "with", then at most a role and its body, before a person's name
_WITH_BEFORE = re.compile(
    r"\bwith\s+(?:the\s+)?(?:[A-Za-z’'-]+\s+){0,4}(?:(?:of|at|for)\s+(?:the\s+|The\s+)?[A-Z][^,;:]{1,60},\s*)?$"
)
# a few lower-case words of description between a reporting verb and the name after it
_DESCRIBED_AFTER = re.compile(
    # "claimed 17-year-old Finley Walcott", "said the group’s co-founder Jo Goodman", "said GP Dr
    # Chris Dent" (a role word in capitals)
    rf"\s+(?:\d{{1,3}}-year-old|[a-z][a-z-]*(?:[’']s)?|(?i:{ROLE_WORD})(?=\s+[A-Z]))"
    rf"(?:\s+(?:\d{{1,3}}-year-old|[a-z][a-z-]*(?:[’']s)?|(?i:{ROLE_WORD})(?=\s+[A-Z]))){{0,3}}"
    r"\s+(?=[A-Z])"
)
# "said the chief executive, Nigel Harding.", "says Brown’s daughter, Jan Watling.": a role or a
# relation, set off by a comma, before the name
_ROLE_SET_OFF_AFTER = re.compile(
    r"\s+(?:the\s+|(?:his|her|their|its)\s+|[A-Z][\w-]*[’']s\s+)?"
    r"(?P<desc>(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*|[A-Z][a-z-]+\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w’'&-]*"
    r"(?:\s+(?:of|for|and|the|&)?\s*[A-Z][\w’'&-]*){0,4}),\s+(?=[A-Z])"
)  # ... or "noted President of the College, Dr Tajek Hassan."
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?]|$)")
# "The report said", "The papers noted", "The study added": a document as the subject
_THE_DOCUMENT = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?P<noun>report|paper|papers|study|survey|analysis"
    r"|review|guidance|letter|document|strategy|minutes|notice|poster|briefing)\s*$"
)
_AGED = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)?\d{1,3}-year-old(?:\s+[a-z-]+)?\s*$")
_SUBORDINATE_LEAD = re.compile(
    r"\s*(?:As|When|While|Whilst|After|Before|Although|Though|If|Since|Because|Once|Until)\b[^,;:]{1,120},"
)
# the written things through which a body or a person speaks
_DOCUMENT_WORDS = (
    *"statement letter report paper blog article speech submission foreword column email".split(),
    *"tweet response message briefing survey study analysis review strategy guidance guide".split(),
    *"manifesto notice minutes".split(),
    "papers",
    "document",
)
_DOCUMENT_NOUNS = "|".join(_DOCUMENT_WORDS)
_WRITTEN = re.compile(rf"(?i:{_DOCUMENT_NOUNS}|e-mail|memo|note)s?")  # "A letter from X said"
_INTRODUCES = re.compile(rf"(?::|\b(?:{VERBS})\s*,)\s*$")  # a line that hands on to the quotation below
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|as)\s+$")  # "as announced": no speaker
_DETERMINER = re.compile(  # ... and a number: "231 confirmed cases" is no one confirming anything
    r"(?:[’']s|\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he|[Tt]hese|[Tt]hose|[Oo]ur|[Mm]y|an?|any|no|giving|making"
    r"|issuing|following)|\b\d+(?:[.,]\d+)*)\s+$"  # "giving comments to reporters": a noun
)
_SENTENCE_END = re.compile(SENTENCE_END)
# a role before the name that tags a quotation: "the party’s shadow health secretary "
_ROLE_TAG = re.compile(rf"(?:the\s+)?(?:[\w-]+[’']s\s+)?(?:[a-z-]+\s+){{0,4}}(?i:{ROLE_WORD})\s+")
_NAME_PAIR = re.compile(rf"(?<![\w’'-]){NAME_WORD}\s+{NAME_WORD}(?![\w’'-])")
_CONTINUES_TO = re.compile(r"\s+to\s+[a-z]")
_WHEN_ASKED = re.compile(r"\s*(?:(?:When|when|If|if|Once|once|After|after|Later|later)\s+)?")
_ASKED_WHAT = re.compile(r"\s*(?:,|(?:by|about|if|whether|why|what|how|when|for|of|on)\b)")
_MASK = "\x01"
_PARTICIPLE_GAP = re.compile(rf"[^,;:{_MASK}]*?(?:,\s*)?")  # "Chris Ham, saying": one comma at most
_SOMEONE = ""  # in salience: a speaker the text gives but we cannot name
# A speaker named in a way we cannot resolve: a spokesperson, a name we did not read as one
# ("Labour's Jonathan Ashworth said"), a spokesperson for a body ("A spokesman for NHS England
# said": he, not the body, is who "he" means next), or someone described, not named ("Another
# nursing director said").
_UNNAMED_SPEAKER = re.compile(
    rf"\b(?:spokes(?:man|woman|person)(?:\s+(?:for|from|at|of)\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){{0,5}})?"
    rf"|(?:{NAME_WORD}\s+){{1,2}}{NAME_WORD}"
    rf"|(?<![\w’'-])(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z-]+\s+){{0,2}}(?:{ROLE_WORD}))"
    r"(?:\s*,[^,]{1,80}){0,3}\s*,?\s+(?:(?:has|had|also)\s+)*$"
)
# Nouns of speech and thought: "said Ms Cooper's claim was 'absurd'" quotes Ms Cooper.
_OWN_SPEECH = re.compile(
    r"\b(?:claim|claims|comment|comments|remark|remarks|words|statement|view|views|call(?:s|ed|ing)?|"
    r"describ\w*|term(?:ed|s)|brand(?:ed|s)|dubb(?:ed|s)|label(?:led|s)|accus\w*|complain\w*)\b"
)
_STATE = re.compile(
    r"[’'s\s]*(?:\w+\s+){0,2}?(?:was|were|is|are|be|been|being|felt|feels|feel|seemed|seems|looked"
    r"|looks|remained|remains|became|becomes|had|has)\b"
)
# A person's name alone: "Josie Irwin", "Dr Jane Roe" (a pull quote's tag).
_BARE_NAME = re.compile(
    rf"(?P<name>(?:{TITLES}\.?\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})(?=\s*(?:,|$|\.))"
)


def _dash_before(tail: str) -> bool:
    return bool(re.match(rf"[{_MASK}\s]*[–—-]\s*", tail))


# "Mark Winstanley CEO of the charity Rethink": a role of lower-case words (and "CEO") between a
# person's name and the body they work for, without the commas.
_ROLE_GAP = re.compile(
    rf"\s+(?:{ROLE_WORD})(?:\s+(?:of|at|for|the|[a-z-]+)){{0,5}}\s+",
    re.IGNORECASE,  # (CEO, GP: any case)
)
# Reporting in a participle clause: ", saying ...", "with X adding ...".
_PARTICIPLE = re.compile(
    r"\b(?:saying|adding|warning|arguing|claiming|insisting|stating|stressing|pledging|explaining"
    r"|noting|telling|admitting|urging|describing|branding|labelling|dubbing|calling(?!\s+(?:for|on)\b))\b"
)
_PARTICIPLE_AFTER = re.compile(rf"(?:\s*,[^,;:{_MASK}]{{1,100}},|\s*,)?\s+(?:also\s+)?[a-z]+ing\b")
_ROLE_START = re.compile(rf"\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}(?i:{ROLE_WORD})\b")
# "Prof John Middleton, President, UK Faculty of Public Health (FPH), said": name, role, body
_ROLE_THEN_BODY = re.compile(rf"\s*,\s*(?:[A-Za-z-]+\s+){{0,3}}(?i:{ROLE_WORD})\s*,\s*(?:the\s+)?")
_AFFILIATION_GAP = re.compile(r"\s+(?:from|of|at)\s+(?:the\s+)?")  # "Anna Athow from the London ..."
_ANY_BODY = frozenset({"organisation", "organization", "body"})  # ("the charity" is no CCG)


def _role_gap(gap: str) -> bool:
    """Whether the words between a person's name and a body's are the person's role there: one
    appositive (", chair of the Patient Group", not ", ..., sent on 16 January, the"), a role
    ("CEO of the charity"), an affiliation ("from the") or a role and its body."""
    return (
        gap.lstrip().startswith(",") and re.sub(r",\s*(?:which|who)\b[^,]*", "", gap).count(",") == 1
    ) or any(p.fullmatch(gap) is not None for p in (_ROLE_GAP, _AFFILIATION_GAP, _ROLE_THEN_BODY))


# a verb in a relative or reported clause: "the service, which X has said", "the contract that
# the BMA agreed", "said that the BMA agreed"
_IN_RELATIVE = re.compile(
    r",\s*which\b[^,;:]*$|\b(?:that|which)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*"
    r"\s+(?:has\s+|had\s+|have\s+)?$"
)
_ROLE_OR_KIN = ROLE_WORDS | KIN_WORDS  # "said the chief executive, X", "says his daughter, X"
_FINDINGS = frozenset({"revealed", "reveals", "announced", "announces", "found"})
# what a named speaker's verb reports, up to a later verb of its own clause: "(that) the company
# had" (no quotation, no colon or semicolon, no "but" or "while" opening another clause)
_REPORTED_CLAUSE = re.compile(
    rf"\s+(?:that\s+)?(?:the|its|it|they|their)\b(?:(?!\b(?:but|while|whereas|although)\b)[^;:{_MASK}]){{0,60}}"
)
_GLUE_STEPS = (
    re.compile(r"\s*\([^)]{1,60}\)"),  # (LPC)
    re.compile(rf"\s+(?:{'|'.join(sorted(POSTNOMINALS))})\b"),  # Dr Sarah Wollaston MP, chair of ...
    re.compile(
        rf"\s+(?:from|of|at)\s+(?:[a-z-]+\s+){{0,3}}[A-Z][^,;:{_MASK}]{{0,60}}?"  # from campaign group X
        rf"(?=\s*,|\s+(?:has|had|was|also|who)\b|\s*$)"
    ),
    # , role  or  , who proposed the motion  or  , Devon  (the comma after it stays); a colon
    # may stand inside a role ("National Director: Commissioning Development")
    re.compile(rf"\s*,(?:[^,;:{_MASK}]|:(?=\s+[A-Z])){{1,160}}(?=,)"),
    # "Mark Winstanley CEO of the charity Rethink Mental Illness said": a role and its body, no commas
    re.compile(
        rf"\s+(?i:{ROLE_WORD})(?:\s+[a-z-]+){{0,2}}\s+(?:of|at|for)\s+(?:the\s+)?"
        rf"(?:[a-z-]+\s+){{0,2}}[A-Z][^,;:{_MASK}]{{0,60}}?(?=\s*$)"
    ),
    re.compile(rf"\s*,?\s*who\b[^,;:{_MASK}]{{1,120}}(?=,)"),  # who proposed the motion
    # " – the independent organisation representing CCGs in England – ": an aside between dashes
    re.compile(rf"\s+[–—]\s[^–—,;:{_MASK}]{{1,160}}?\s[–—](?=\s)"),
    re.compile(rf"\s*,\s*which\b[^,;:{_MASK}]{{1,120}}(?=,)"),  # , chief of PSNC, which agreed the deal,
    re.compile(r"\s*,?\s*who\b"),
)
_AUXILIARY = re.compile(
    r"\s*,?(?:\s+(?:has|had|have|is|are|was|were|will|would|also|then|later|previously|further|again|yesterday|today"
    r"|earlier|recently|simply|just|once|now|subsequently|separately|long|repeatedly|consistently"
    r"|publicly|strongly|always|often|firmly|however|last night|last week|this week|this morning"
    r"|on \w+day))*\s*$"
)
_DOCUMENT = re.compile(  # "Mr Hunt’s statement said"
    rf"(?:[’']s?)?\s+(?:[a-z][a-z-]*\s+){{0,2}}(?:{_DOCUMENT_NOUNS})\b"  # "the fund’s pre-budget briefing"
    r"(?:\s+(?:on|into|of|about|to|for)\s+[^,;:.\x01]{1,60}?(?=\s*$))?"  # "NHS Employers’ guide to ..."
)
# "DH guidance published last week acknowledged": when and how the document came out
_PUBLISHED = re.compile(
    rf"\s+(?:published|released|issued|obtained|seen|sent|leaked)\b[^,;:{_MASK}]{{0,40}}?(?=\s*$)"
)
_BARE_ROLE = re.compile(rf"\s+(?P<role>[^,;:.{_MASK}]{{1,140}}?)(?:\s+(?:has|had|also))*\s*")
_UNCLOSED_APPOSITIVE = re.compile(rf",\s*(?P<role>[^,;:{_MASK}]{{1,100}}?)\s*$")
_STATEMENT = re.compile(
    r"(?:^|\s)(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:written|joint|press)\s+)?statement\s*$"
)
_DEFINITE_ROLE = re.compile(
    r"\b[Tt]he\s+(?P<role>(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)\s*$"
)  # "the Prime Minister"
# "the Prime Minister", "the Secretary of State for Health", a headline's "Labour leader says:":
# an office's title (offices.py)
_THE_OFFICE = re.compile(
    r"(?:^\s*|\b[Tt]he\s+)(?P<title>(?i:"
    + "|".join(sorted(map(re.escape, OFFICE_HOLDERS), key=len, reverse=True))
    + r"))\s*$"
)
# "a leading commissioner", "its local MP", "The leader of Britain's family doctors": a speaker the
# opening paragraphs describe before naming them
_LEDE_DESCRIPTION = re.compile(
    r"(?:^|\s)(?:an?|one|its|their|the)\s+(?P<desc>(?:[\w’'-]+\s+){0,6}[\w’'-]+)\s*$", re.IGNORECASE
)
# "Name, role", "Name – role" or "Name (role)" on a line of its own
# A sentence opening with two or three name words, or with a description and a name word.
_GOVERNED_REACH = 4  # words between a preposition and the name it governs ("to her MP X")
_SETTING = frozenset({"in", "at", "on", "during"})  # prepositions of a place or a time
_SPEAKS_NEXT = re.compile(rf"\s+(?:(?:has|had|also)\s+)*(?:{VERBS})\b")
_SPEAKS_AFTER_APPOSITIVE = re.compile(rf",[^,;:.]{{1,150}},\s*(?:(?:has|had|also)\s+)*(?:{VERBS})\b")
_NAME_OPENING = re.compile(
    rf"\s*(?:(?:[A-Z][\w'’-]*\s+)?(?P<described>[a-z-]+)\s+)?(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})(?=[\s,])"
)
_NAME_ROLE_LINE = re.compile(
    r"(?P<name>[^,(–—]{3,60}?)(?:,\s*|\s+[–—-]\s+|\s*\()(?P<role>[^.!?]{3,160}[^.!?\s])"
)


@dataclass
class _Paragraph:
    speaker: Person | None = None
    link: str = ""  # how it hands its speaker on: "quote", "reported", "colon", "namerole" or ""
    open: bool = False  # its last quotation runs to its end


@dataclass
class _Found:
    span: tuple[int, int]
    speaker: Person | None
    kind: str
    where: str
    continued: bool = False  # its speaker comes from around it, not from its own sentence
    crosshead: bool = False  # a quoted crosshead: its words are quoted again in the section below
    nested: bool = False  # words a quotation quotes ("'In 2014 the college concluded that: “...”'")


# words that join clauses or phrases, never a job title standing between a body and a name
_FUNCTION_WORDS = frozenset(
    """a an the and or but in on at to of for from by with as that which who when while after before
    about yesterday today also said says told""".split()
)


@dataclass
class _Attributor:
    raw: str
    people: People
    salience: list[tuple[int, str]] = field(default_factory=list)  # (position, person key)
    gender: dict[str, str] = field(default_factory=dict)
    org_speakers: list[tuple[int, str]] = field(default_factory=list)
    paragraph_no: int = 0  # paragraphs of prose before this one (not "• Published", captions)
    paragraph_starts: list[int] = field(default_factory=list)
    entry_start: int = 0  # a live blog's current entry: pronouns do not reach past it

    # ---- entities

    def person(self, key: str) -> Person | None:
        return self.people.get(key)

    def gender_of(self, p: Person) -> str:
        return self.gender.get(p.surname, p.gender)

    def resolve(self, m: Mention) -> Person | None:
        if m.kind in ("person", "org"):
            return self.person(m.key)
        if m.kind == "org-description":
            return self._last_org(m.start, m.key)
        return self._pronoun(m)

    def _last_org(self, position: int, head: str) -> Person | None:
        for m in reversed(self.people.mentions[: self.people.index(position)]):
            if m.kind != "org":
                continue
            words = m.key.casefold().split()
            if (
                words[-1] in (head, f"{head}s")  # "the LMC" for "Londonwide LMCs"
                or m.key.casefold() == head
                or head in _ANY_BODY  # ("the organisation" is whichever body was named last)
                or (  # "the college" for the Royal College of GPs (not for "the College of X’s project")
                    head in HEADS_BEFORE_OF
                    and f"{head} of" in m.key.casefold()
                    and not re.search(r"[’']s\b", m.key)
                )
            ):
                return self.person(m.key)
        return None

    def _pronoun(self, m: Mention) -> Person | None:
        word = m.key
        if word == "it":
            return self._body_that_spoke(m.start)
        if word == "they":  # "The LGA has responded ... They said:": the body that just spoke
            spoke = [(pos, k) for pos, k in self.org_speakers if self._reach(1) <= pos < m.start]
            if not spoke or any(spoke[-1][0] < pos < m.start for pos, _ in self.salience):
                return None  # none, or a person was the subject since
            return self.person(spoke[-1][1])
        if word not in ("he", "she"):
            return None
        wanted = "m" if word == "he" else "f"
        skipped = False
        clash_only = True  # every subject passed over is known to be of the other sex
        seen: set[str] = set()
        for pos, key in reversed(self.salience):
            if pos >= m.start or key in seen:
                continue
            if pos < self._reach(MAX_PRONOUN_PARAGRAPHS):
                break
            if key == _SOMEONE:
                return None
            seen.add(key)
            p = self.person(key)
            if p is None:
                clash_only = False
                continue
            known = self.gender_of(p)
            if known == wanted or (not known and not skipped):
                self.gender[p.surname] = wanted
                return p
            skipped = True
            clash_only = clash_only and bool(known)
        if seen and not clash_only:
            return None
        # no subject to go by, or only subjects of the other sex ("Lisa rang ... which councillor
        # David Jones received ... '...,' he said"): the one other person the paragraphs name
        reach = self._reach(0) if seen else self._reach(1)
        near = {
            x.key
            for x in self.people.between(reach, m.start)
            if x.kind == "person" and x.key not in seen and not self._quoted(x.start)
        }
        if len(near) == 1 and not self._unread_name(reach, m.start):  # the one person named
            p = self.person(near.pop())
            if p is not None and self.gender_of(p) in ("", wanted):
                self.gender[p.surname] = wanted
                return p
        return None

    def _quoted(self, position: int) -> bool:
        """Whether ``position`` lies inside a quotation of its paragraph ("'If she won't listen to
        the Red Cross ...,' he said": a name someone speaks, not someone who speaks)."""
        i = bisect_right(self.paragraph_starts, position) - 1
        start = self.paragraph_starts[i] if i >= 0 else 0
        end = self.raw.find("\n", position)
        end = len(self.raw) if end < 0 else end
        return any(start + q.start <= position < start + q.end for q in quote_spans(self.raw[start:end]))

    def _unread_name(self, start: int, end: int) -> bool:
        """Whether ``raw[start:end]`` holds a capitalised pair that may be a name we did not read
        as anyone's ("councillor David Jones and Dr Peter Hill"): the one person found may not be."""
        known = [(x.start, x.end) for x in self.people.between(start, end) if x.kind != "pronoun"]
        for pair in _NAME_PAIR.finditer(self.raw, start, end):
            if any(w in NOT_NAMES or w.casefold() in ORG_HEADS for w in pair.group().split()):
                continue
            if not any(s < pair.end() and pair.start() < e for s, e in known):
                return True
        return False

    def _reach(self, paragraphs: int) -> int:
        """Where the last ``paragraphs`` paragraphs begin (never before the live-blog entry)."""
        i = max(0, len(self.paragraph_starts) - 1 - paragraphs)
        return max(self.paragraph_starts[i] if self.paragraph_starts else 0, self.entry_start)

    # ---- reporting verbs

    def subject(
        self, skel: str, base: int, sent: tuple[int, int], verb: re.Match[str]
    ) -> Person | bool | None:
        """Who the reporting verb ``verb`` of the sentence ``sent`` (paragraph offsets) has as
        subject: a Person, None when the text names nobody we can trust, or False when the verb
        is not a reporting act here (passive, no subject at all)."""
        before = skel[sent[0] : verb.start()]
        if _CONTINUES_TO.match(skel, verb.end()) and verb.group().startswith("continue"):
            return False  # "if numbers continued to fall": carrying on, not speaking
        if (
            verb.group() in ("asked", "told")
            and _WHEN_ASKED.fullmatch(before)
            and _ASKED_WHAT.match(skel, verb.end())
        ):
            return False  # "When asked by a nurse why ..., Dr Kanani said": the one asked speaks
        if _PASSIVE.search(before) and not verb.group().split()[0].endswith("ing"):  # "is calling for"
            return False
        if _DETERMINER.search(before):  # "Mr Hunt's comments", "their claims": a noun
            return False
        if re.search(r"\bwhich\s+(?:has\s+|had\s+|have\s+)?$", before):  # "PSNC, which agreed the deal,"
            return False
        if verb.group().endswith("ccording to"):  # "according to figures": nobody speaks
            named = self._mention_at(base + verb.end(), skel[verb.end() : sent[1]])
            return self.resolve(named) if named is not None else False
        if re.search(rf"{_MASK}[\s,]*$", before) or not before.strip() or before.strip() == "So":
            after = self._mention_at(base + verb.end(), skel[verb.end() : sent[1]])
            if after is not None:
                if self._joined(after):  # "said Dr Green and Dr White": the two of them
                    return self._joint_speaker(after)
                return self._bound(skel, base, sent, after) or self.resolve(after)
            titled = self._after_role(skel, base, verb.end(), sent[1])
            if titled is not None:  # "'...,' said chair of the RPS English Board Sandra Gidley."
                return titled
            described = _DESCRIBED_AFTER.match(skel, verb.end(), sent[1])
            set_off = _ROLE_SET_OFF_AFTER.match(skel, verb.end(), sent[1])
            if set_off is not None and not (
                set_off["desc"].split()[-1] in _ROLE_OR_KIN
                or (set_off["desc"][0].isupper() and set_off["desc"].split()[0].casefold() in ROLE_WORDS)
            ):
                set_off = None
            for hit in (described, set_off):  # "'...,' claimed 17-year-old Finley Walcott."
                if hit is None:
                    continue
                m = self._mention_right_at(base + hit.end(), skel[hit.end() : sent[1]])
                if m is None or not _CLAUSE_ENDS.match(skel, m.end - base):
                    continue
                # "says the charity Action on Hearing Loss": a body after its kind
                if m.kind == "person" or (m.kind == "org" and hit.group().split()[-1] in ORG_HEADS):
                    return self.resolve(m)
            if not before.strip(" ,"):
                return False
        if re.fullmatch(r"\s*(?:And|But)(?:\s+(?:he|she|then|also))?\s+", before):
            return self._last_subject(base + sent[0])  # "And added: '...'": the last sentence's subject
        if re.search(r"(?:^|[\s,])(?:and|but)\s+$", before):
            return self._sentence_subject(skel, base, sent)
        cands = [
            m
            for m in self.people.between(base + sent[0], base + verb.start())
            if skel[m.start - base] != _MASK
        ]
        relative = bool(re.search(r"\bwho\s*$", before))
        heads_quote = bool(re.fullmatch(r"\s*:\s*", skel[verb.end() : sent[1]]))  # "X chief of Y says:"
        for persons_only in (relative, False):
            for m in sorted(cands, key=lambda c: -c.end):
                if persons_only and m.kind != "person":
                    continue
                glue = skel[m.end - base : verb.start()]
                if not self._glue_ok(glue, m, heads_quote=heads_quote):
                    continue
                if self._governed(skel, base, m) and not (relative and m.kind == "person"):
                    continue
                if m.kind in ("org", "org-description") and self._in_role(skel, base, m, cands):
                    continue
                if re.search(r",\s*who\s[^,]*$", skel[sent[0] : m.start - base]):
                    continue  # "X, who represents Belle Vue, said": a name in X's relative clause
                if re.search(r",\s*which\s[^,]*$", skel[sent[0] : m.start - base]) and "," in glue:
                    continue  # "the trust, which runs Y Hospital, said" (not "..., which Dr X warns will")
                # "David White, who, like Mr Hulme, joined the Trust in May, said", "Colin Elsworth,
                # 55, whose mum, Alice, 84, lived there, said": a name in an earlier person's clause
                if re.search(r",\s*who\s*,[^;:]*$|,\s*whose\b", skel[sent[0] : m.start - base]) and any(
                    p.kind == "person" and p.end <= m.start for p in cands
                ):
                    continue
                if self._joined(m):  # "The BMA and the RCGP said": the two of them, jointly
                    return self._joint_speaker(m)
                if self._last_of_list(skel, base, m, cands):  # "X, chief of A, Y, ... and Z stated"
                    return self._listed_jointly(skel, base, m, cands)
                return self._bound(skel, base, sent, m) or self.resolve(m)
        if before.rstrip().endswith(","):  # "It's time for a reorganisation, argues HSJ editor X"
            after = self._mention_at(base + verb.end(), skel[verb.end() : sent[1]])
            if after is not None and after.kind in ("person", "org"):
                return None if self._joined(after) else self.resolve(after)
        return self._described(before, base + sent[0])

    def _last_of_list(self, skel: str, base: int, m: Mention, cands: list[Mention]) -> bool:
        """Whether ``m`` ends a list of people set off with their roles ("Chris Ham, chief
        executive of A, Nigel Edwards, ... and Jennifer Dixon, ..., stated"): a joint statement."""
        if m.kind != "person" or not re.search(r"[\s,]and\s+$", skel[: m.start - base]):
            return False
        return any(p.kind == "person" and p.end <= m.start and p.key != m.key for p in cands)

    def _listed_jointly(self, skel: str, base: int, m: Mention, cands: list[Mention]) -> Person | None:
        """The joint speaker of "Chris Ham, chief executive of A, Nigel Edwards, chief executive of
        B and Jennifer Dixon, ..., stated": the people listed, each set off with a comma (and its
        role)."""
        persons = [p for p in cands if p.kind == "person" and p.end <= m.start]
        listed = [m]
        for p in reversed(persons):
            gap = skel[p.end - base : listed[0].start - base]
            if not gap.lstrip().startswith(",") or _VERB.search(gap) or _MASK in gap:
                break
            listed.insert(0, p)
        return self._jointly(listed)

    def _in_role(self, skel: str, base: int, m: Mention, cands: list[Mention]) -> bool:
        """ "Liz Carroll, chair of the Hartfields Patient Group, said": an organisation in the
        role after a person's name is where the person works, not the speaker."""
        return any(
            p.kind == "person"
            and p.end <= m.start
            and _MASK not in skel[p.end - base : m.start - base]
            and _role_gap(skel[after_postnominals(skel, p.end - base) : m.start - base])
            for p in cands
        )

    def _bound(self, skel: str, base: int, sent: tuple[int, int], m: Mention) -> Person | None:
        """ "X, a special adviser, as he revealed": he or she is the one person the sentence
        names before it, when the genders agree."""
        if m.kind != "pronoun" or m.key not in ("he", "she"):
            return None
        keys = {
            x.key
            for x in self.people.between(base + sent[0], m.start)
            if x.kind == "person" and skel[x.start - base] != _MASK
        }
        p = self.person(keys.pop()) if len(keys) == 1 else None
        wanted = "m" if m.key == "he" else "f"
        if p is None or self.gender_of(p) not in ("", wanted):
            return None
        self.gender[p.surname] = wanted
        return p

    def _mention_at(self, position: int, text: str) -> Mention | None:
        m = self._mention_right_at(position, text)
        if m is not None and self.raw[m.end : m.end + 2] in ("’s", "'s"):
            return None  # "said Hunt’s announcement was ...": whose thing, not who spoke
        return m

    def _mention_right_at(self, position: int, text: str) -> Mention | None:
        lead = len(text) - len(text.lstrip())
        the = re.match(r"the\s+(?=[A-Z])", text[lead:])  # "added the NHS Confederation"
        if the and any(
            m.kind == "org" for m in self.people.between(position + lead + the.end(), position + len(text))
        ):
            lead += the.end()
        for m in takewhile(lambda m: m.start == position + lead, self.people.after(position + lead)):
            if m.start == position + lead and m.kind == "org":
                return self._person_after_org(m) or m
            if m.start == position + lead and m.kind != "pronoun":
                return m
            if m.start == position + lead and m.key in ("he", "she"):
                return m
        return None

    def _after_role(self, skel: str, base: int, start: int, end: int) -> Person | None:
        """The person a said-after names behind a role and its body, ending the sentence: "said
        chair of the RPS English Board Sandra Gidley." (never someone in a clause of their own)."""
        m = next((x for x in self.people.between(base + start, base + end) if x.kind == "person"), None)
        if m is None or not re.fullmatch(r"\s*[.!?]?\s*", skel[m.end - base : end]):
            return None
        gap = skel[start : m.start - base]
        if _MASK in gap or re.search(r"[,;:]", gap) or not _ROLE_START.match(gap):
            return None
        return self.resolve(m)

    def _person_after_org(self, org: Mention) -> Mention | None:
        """ "said RCGP chair Clare Gerada": the organisation names the person's role."""
        for m in self.people.after(org.end + 1):
            if m.kind == "person":
                words = self.raw[org.end : m.start].split()
                if 1 <= len(words) <= 4 and all(w.islower() or describes(w) for w in words):
                    if any(describes(w) for w in words):
                        return m
                    # "says Wigan Infirmary domestic Amanda Grimes (below).": a job noun, then the
                    # name, ending the clause
                    job = len(words) <= 2 and not any(w in _FUNCTION_WORDS for w in words)
                    return m if job and re.match(r"\s*(?:[,.;:!?(]|$)", self.raw[m.end : m.end + 3]) else None
                return None
        return None

    def _glue_ok(self, glue: str, m: Mention, *, heads_quote: bool = False) -> bool:
        if heads_quote and m.kind == "person" and (role := _BARE_ROLE.fullmatch(glue)):
            # a line above a quotation: "Dr Rhidian Hughes chief executive of VODG said:"
            return any(w.casefold() in ROLE_WORDS for w in re.findall(r"[\w-]+", role["role"]))
        document = _DOCUMENT.match(glue)  # "Mr Hunt’s statement said": their written words
        if document:
            glue = glue[document.end() :]
            published = _PUBLISHED.match(glue)
            glue = glue[published.end() :] if published else glue
        elif glue[:2] in ("’s", "'s"):
            return False
        rest, before = glue, ""
        while rest != before:
            before = rest
            for step in _GLUE_STEPS:
                hit = step.match(rest)
                if hit:
                    rest = rest[hit.end() :]
        if _AUXILIARY.fullmatch(rest):
            return True
        open_role = _UNCLOSED_APPOSITIVE.match(rest)
        return bool(
            m.kind == "person"
            and open_role
            and any(w.casefold() in ROLE_WORDS for w in re.findall(r"[\w-]+", open_role["role"]))
        )

    def _governed(self, skel: str, base: int, m: Mention) -> bool:
        words = skel[max(0, m.start - base - 60) : m.start - base].split()
        if words and words[-1] in ("the", "a", "an"):  # "written by X of the King's Fund"
            words.pop()
        if words and words[-1].casefold() in PREPOSITIONS:
            # "A letter from Stephen Ladyman, ..., said": the writer of a document speaks through it
            return not self._writer(words)
        # "spoke to her MP Kemi Budenach", "met with the health secretary Jeremy Hunt": a role
        # right before the name, and only lower-case words back to the preposition
        if not words or words[-1].casefold() not in ROLE_WORDS | DESCRIPTORS:
            return False
        for k, (_, word) in enumerate(zip(range(_GOVERNED_REACH), reversed(words[:-1]), strict=False)):
            if word.casefold() in PREPOSITIONS:
                # "A statement published today by life sciences minister George Freeman said": its writer
                if self._writer(words[: len(words) - 1 - k]):
                    return False
                # "In parliament former health secretary Jeremy Hunt said:": a place or time, then
                # the subject with its role, who speaks by the verb right after the name
                return not (word.casefold() in _SETTING and _SPEAKS_NEXT.match(skel, m.end - base))
            if not word.islower() or not re.fullmatch(r"[\w’'-]+", word):
                return False
        return False

    @staticmethod
    def _writer(words: list[str]) -> bool:
        """Whether ``words`` end in "from" or "by" after a document ("A letter from", "A statement
        published today by"): the person named next wrote it, and speaks through it."""
        if not words or words[-1] not in ("from", "by"):
            return False
        return any(_WRITTEN.fullmatch(w) for w in words[-4:-1])

    def _sentence_subject(
        self, skel: str, base: int, sent: tuple[int, int], *, pronouns: bool = True
    ) -> Person | None:
        if self._unknown_subject(skel, base, sent):
            return None
        lead = _SUBORDINATE_LEAD.match(skel, sent[0], sent[1])
        for m in self.people.between(base + sent[0], base + sent[1]):
            if skel[m.start - base] == _MASK or self._governed(skel, base, m):
                continue
            if lead and m.start - base < lead.end():
                continue  # "As James was discussing ..., Senior Nurse Nicola called in": not James
            if re.search(r",\s*who\b[^,;:]*$", skel[sent[0] : m.start - base]):
                continue  # "The consultant, who took over from Dr Meldrum last year, cited": not him
            if m.kind == "org":  # "GPC sessionals lead Dr Zoe Norris presents the motion"
                m = self._person_after_org(m) or m
            if re.match(r"\s*(?:,|and\b|&)", skel[m.end - base : sent[1]]) and self._coordinated(m):
                return None  # "Mr White and Mr Black both spoke": no one subject
            if m.kind in ("person", "org", "org-description") or (pronouns and m.key in ("he", "she")):
                return self.resolve(m)
            return None
        return None

    def _unknown_subject(self, skel: str, base: int, sent: tuple[int, int]) -> bool:
        """Whether the sentence opens with a name we could not read as a person's ("Adaeze
        Bowen spoke to her MP ...", "Sloothy resident Ralph, 61, was ..."): someone is its
        subject, so a pronoun after it must not reach past them to a person named earlier."""
        m = _NAME_OPENING.match(skel, sent[0], sent[1])
        if m is None:
            return False
        name = m["name"].split()
        if any(w in NOT_NAMES or w.casefold() in ORG_HEADS for w in name):
            return False
        if (
            m["described"] is None
            and len(name) < 2
            and not _SPEAKS_AFTER_APPOSITIVE.match(skel, m.end("name"))
        ):
            return False  # (but "Richards, formerly NHS cancer director, said that": someone speaks)
        if m["described"] is not None and not describes(m["described"]):
            return False
        return not self.people.between(base + m.start("name"), base + m.end("name"))

    def _joint_speaker(self, m: Mention) -> Person | None:
        """ "Mr Stanton and Miss Davies said in a joint statement": everyone the "and" joins, as
        one speaker (a later "they" is them, never "he" or "she")."""
        chain = [m]
        earlier = [x for x in self.people.mentions[: self.people.index(m.start)] if x.kind != "pronoun"]
        while earlier and self._coordinated(earlier[-1]) and self._next_mention(earlier[-1]) == chain[0]:
            chain.insert(0, earlier.pop())
        while self._coordinated(chain[-1]) and len(chain) <= 4:
            following = self._next_mention(chain[-1])
            if following is None:
                break
            chain.append(following)
        return self._jointly(chain)

    def _jointly(self, mentions: list[Mention]) -> Person | None:
        """One speaker for the people or bodies ``mentions`` name together ("Richard Stanton and
        Rhiannon Davies"), kept among the article's speakers as a body is; None unless each is
        someone the article names and they are two to four."""
        speakers = [self.resolve(x) for x in mentions]
        names = list(dict.fromkeys(p.name for p in speakers if p is not None))
        if None in speakers or not 2 <= len(names) <= 4:
            return None
        name = ", ".join(names[:-1]) + " and " + names[-1]
        return self.people.by_surname.setdefault(name, Person(name, name, is_org=True))

    def _office_holder(self, title: str) -> Person | None:
        """The person an office's title means ("the Prime Minister"): the one holder of it the
        article names (offices.py), unless the article gives the title to someone else."""
        named = [p for p in self.people.by_surname.values() if not p.is_org]
        holder = holder_named(title, [p.name for p in named])
        if holder is None:
            return None
        others = [p for p in named if p.name != holder and p.role.casefold().endswith(title.casefold())]
        return None if others else next(p for p in named if p.name == holder)

    def _joined(self, m: Mention) -> bool:
        """Whether ``m`` is one of several people or bodies joined by "and"."""
        if m.kind == "pronoun":
            return False
        if self._coordinated(m):
            return True
        before = [x for x in self.people.mentions[: self.people.index(m.start)] if x.kind != "pronoun"]
        last = before[-1] if before and before[-1].end <= m.start else None
        return last is not None and self._coordinated(last) and self._next_mention(last) == m

    def _next_mention(self, m: Mention) -> Mention | None:
        return next((x for x in self.people.after(m.end) if x.kind != "pronoun"), None)

    def _coordinated(self, m: Mention) -> bool:
        """Whether "and" (or a list comma) joins ``m`` to another person or body right after it."""
        after = self._next_mention(m)
        if after is None:
            return False
        gap = self.raw[m.end : after.start]
        if after.kind == "person" and re.fullmatch(r"\s*,\s*", gap):
            return self._coordinated(after)  # "Ann Green, Bob White and ...", not "After Hunt, Green"
        return bool(re.fullmatch(r"\s*(?:and|&)\s*(?:the\s+)?", gap))

    def _described(self, before: str, start: int) -> Person | None:
        """A speaker the sentence gives only as a description."""
        text = re.sub(r"(?:\s+(?:has|have|had|also))*\s*$", "", before)
        if _STATEMENT.search(text):  # "NHS Fife said ... A statement said": the body that spoke
            return self._body_that_spoke(start)
        if _AGED.search(text):  # "the 36-year-old said": the person the last paragraphs spoke of
            return self._last_subject(start)
        document = _THE_DOCUMENT.search(text)
        if document:  # "NHS England’s full report ... The report notes": the body that owns it
            return self._owner_of(document["noun"], start)
        title = _THE_OFFICE.search(text)
        if title:  # "the Prime Minister said" where the article names Theresa May; never someone
            return self._office_holder(title["title"])  # who never held the office (offices.py)
        definite = _DEFINITE_ROLE.search(text)
        if definite and any(w.casefold() in ROLE_WORDS | DESCRIPTORS for w in definite["role"].split()):
            return self.people.with_role(definite["role"]) or self._the_one_named(start, definite["role"])
        lede = _LEDE_DESCRIPTION.search(text)
        if lede and self.paragraph_no < LEDE_PARAGRAPHS:
            head = lede["desc"].split(" of ")[0].split()[-1].casefold()
            if head in ROLE_WORDS or head in ("expert", "adviser", "advisor", "commissioner", "leader"):
                end = self._paragraph_end_after(start, LEDE_PARAGRAPHS)
                first = self.people.first_full_after(start)
                if first and first.start < end:
                    return self.person(first.key)
                return self._next_with_role(start, end, head)
        return None

    def _owner_of(self, noun: str, position: int) -> Person | None:
        """The one body the last paragraphs give as the owner of the document ``noun`` names:
        "NHS England’s full report", "the CCG’s November board papers", "a report by the King’s
        Fund", "The CQC published a report"; None when no body, or more than one, owns one."""
        stem = re.escape(noun.rstrip("s"))
        if noun == "document":  # "the Department of Health’s new command paper ... The document says"
            stem = "(?:{})".format("|".join(w for w in _DOCUMENT_WORDS if w != "papers"))
        owned = re.compile(
            rf"(?:[’']s|(?<=s)[’'])\s+(?:[\w-]+\s+){{0,3}}{stem}s?\b"
        )  # "NHS Employers’ guide"
        published = (
            r"\s+(?:has\s+|have\s+)?(?:published|released|issued|produced|wrote|sent)\s+"
            rf"(?:a|an|its|their|the)\s+(?:[\w-]+\s+){{0,3}}{stem}s?\b"
        )
        by = rf"\b{stem}s?\s+(?:by|from)\s+(?:the\s+)?$"
        owners = {
            self._body_key(m)
            for m in self.people.between(self._reach(2), position)
            if m.kind in ("org", "org-description")  # "the fund’s pre-budget briefing"
            and (
                owned.match(self.raw, m.end, m.end + 80)
                or re.match(published, self.raw[m.end : m.end + 100])
                or re.search(by, self.raw[max(0, m.start - 40) : m.start])
            )
        }
        owners.discard("")
        if owners:
            return self.person(owners.pop()) if len(owners) == 1 else None
        return self._body_that_spoke(position)  # "The CQC said ... The report said:"

    def _body_key(self, m: Mention) -> str:
        """The body a mention names: itself, or for "the fund" the fund named last ("" if none)."""
        if m.kind == "org":
            return m.key
        body = self._last_org(m.start, m.key)
        return body.surname if body is not None else ""

    def _body_that_spoke(self, position: int) -> Person | None:
        """The body that spoke last within the last paragraph, before ``position``."""
        recent = [key for pos, key in self.org_speakers if self._reach(1) <= pos < position]
        return self.person(recent[-1]) if recent else None

    def _last_subject(self, position: int) -> Person | None:
        """The person the text last made its subject, within the last paragraph (None when that
        was someone it could not name)."""
        for pos, key in reversed(self.salience):
            if pos >= position:
                continue
            if pos < self._reach(1) or key == _SOMEONE:
                return None
            return self.person(key)
        return None

    def _next_with_role(self, start: int, end: int, head: str) -> Person | None:
        """ "..., its local MP has said. Westmorland MP Tim Farron said ...": the first person
        named after the description whose role has its head word, when already introduced."""
        for m in self.people.between(start, end):
            if m.kind == "person":
                p = self.person(m.key)
                if p is not None and head in p.role.casefold().split():
                    return p
        return None

    def _the_one_named(self, position: int, role: str) -> Person | None:
        """ "Jeremy Hunt has said ... Speaking at the conference, the health secretary said": a
        role without a name refers back to the one person the last paragraphs name, when the
        text gave them no other role."""
        head = role.split()[-1].casefold()
        keys = {m.key for m in self.people.between(self._reach(1), position) if m.kind == "person"}
        p = self.person(keys.pop()) if len(keys) == 1 else None
        if p is not None and (not p.role or p.role.casefold().endswith(head)):
            return p
        # "Theresa May suggested ... Health Secretary Jeremy Hunt announced ... the Prime Minister
        # said": of the people the last two paragraphs name, the one the text gave no role at all,
        # when everyone else has another role
        named = [
            self.person(k)
            for k in dict.fromkeys(
                m.key for m in self.people.between(self._reach(2), position) if m.kind == "person"
            )
        ]
        people = [q for q in named if q is not None]
        free = [q for q in people if not q.role]
        others_placed = all(not q.role.casefold().endswith(head) for q in people if q.role)
        return free[0] if len(free) == 1 and others_placed and len(people) >= 2 else None

    def _paragraph_end_after(self, position: int, paragraphs: int) -> int:
        later = [s for s in self.body_starts if s > position]
        return later[paragraphs] if len(later) > paragraphs else len(self.raw)

    body_starts: list[int] = field(default_factory=list)

    # ---- paragraphs

    def paragraph(
        self, start: int, end: int, prev: _Paragraph, after: tuple[int, int] | None
    ) -> tuple[list[_Found], _Paragraph]:
        text = self.raw[start:end]
        spans = quote_spans(text, continuing=prev.open)
        outer = [s for s in spans if s.depth == 0]
        skel = _skeleton(text, outer)
        sentences = _sentences(text, skel, outer)
        found: list[_Found] = []
        said: list[Person] = []
        reported: list[tuple[int, Person | None]] = []  # (sentence start, its speaker)
        for sent in sentences:
            inside = [q for q in outer if sent[0] <= q.start < sent[1]]
            first = self._sentence_subject(skel, start, sent, pronouns=False)
            if first is not None and not first.is_org:  # "X, who ..., said that he ..." is X
                self.salience.append((start + sent[0], first.surname))
            elif self._unknown_subject(skel, start, sent):
                self.salience.append((start + sent[0], _SOMEONE))  # a later "he" may be them
            for m in self._with_participle(skel, start, sent):  # "..., with Dr White believing ..."
                self.salience.append((m.start, m.key))
            speaker, has_verb, not_theirs = self._sentence_speaker(skel, start, sent, inside)
            if not has_verb:
                speaker = self._tagged(skel, start, sent, inside)
                has_verb = speaker is not None
            if has_verb:
                reported.append((sent[0], speaker))
            if speaker is not None and not speaker.is_org:
                self.salience.append((start + sent[0], speaker.surname))
            if speaker is not None and speaker.is_org:
                self.org_speakers.append((start + sent[0], speaker.surname))
            for q in inside:
                kind = "full" if _is_statement(skel, sent, q) else "fragment"
                mine = speaker if q.start not in not_theirs else None
                who = self._introduced_by_participle(skel, start, sent, q) or mine
                found.append(_Found((start + q.start, start + q.end), who, kind, "body"))
                if who is not None:
                    said.append(who)
        self._fill(found, said, reported, prev, after, start, sentences, outer, skel)
        _nested(found, text, start, outer)
        for q in spans:
            if q.depth > 0:
                found.append(_Found((start + q.start, start + q.end), None, "fragment", "body"))
        return found, self._hand_on(found, [p for _, p in reported], skel, outer)

    def _tagged(self, skel: str, base: int, sent: tuple[int, int], inside: list[QuoteSpan]) -> Person | None:
        """ "'...,' George Butterworth, policy manager, Cancer Research UK." or "'...' – Jo Bloggs,
        Age UK": a sentence that is a quotation tagged with a person's name (and role), no verb."""
        if not inside or skel[sent[0] : inside[0].start].strip(_MASK + " ‘’'“”\"´«»"):
            return None
        last = max(q.end for q in inside)
        tail = skel[last : sent[1]]
        lead = re.match(rf"[{_MASK}\s]*[,–—-]?\s*", tail)
        at = base + last + (lead.end() if lead else 0)
        m = next(iter(self.people.between(at, base + sent[1])), None)
        role = _ROLE_TAG.match(self.raw, at, base + sent[1])  # "the party’s shadow health secretary"
        if m is not None and m.kind == "person" and m.start > at and role and role.end() == m.start:
            at = m.start  # "'...,' the party’s shadow health secretary Angela Burns."
        if m is not None and m.start == at and m.kind == "person":
            end, who = m.end, self.resolve(m)
        else:  # a name the text gives nowhere else, read from its place after the quotation
            named = _BARE_NAME.match(self.raw, at, base + sent[1])
            if named is None or not _dash_before(tail):
                return None
            end, who = named.end(), self.named(named["name"])
        rest = skel[end - base : sent[1]]
        if not re.fullmatch(rf"(?:\s*,\s*[^,.;:!?{_MASK}]{{1,100}}){{0,3}}\s*[.!]?\s*", rest):
            return None
        return who

    def named(self, name: str) -> Person | None:
        """The person a bare name on a line of its own (a pull quote's tag) names: the article's
        person of that surname, or a person the text names only there."""
        words = strip_title(name).split()
        if len(words) < 2 or any(w in NOT_NAMES or w.casefold() in ORG_HEADS for w in words):
            return None
        known = self.person(words[-1])
        if known is not None:
            return known if _same_person(name, known.name) else None
        return Person(name, words[-1])

    def _participle_subject(
        self, skel: str, base: int, sent: tuple[int, int], verb: re.Match[str]
    ) -> Person | None:
        """Who speaks in a participle clause: "Jamie Oliver has welcomed the tax, saying it is '...'"
        (the sentence's subject), "with the health minister Edwina Hart saying '...'" (the person
        after "with"); None when neither form holds."""
        before = skel[sent[0] : verb.start()]
        with_name = self._with_subject(skel, base, sent, verb)
        if with_name is not None:
            return with_name
        head = (sent[0], verb.start())  # the subject stands before it ("X pressed Y, saying that Z")
        if re.search(r"[^,],\s*$", before) and not re.search(r"\bwith\b[^,]*,\s*$", before):
            return self._sentence_subject(skel, base, head, pronouns=True)
        # "tried to ... by saying", "was quoted as saying"
        if re.search(r"\b(?:by|after|before|while|when|(?:quoted|reported) as)\s+$", before):
            return self._sentence_subject(skel, base, head, pronouns=True)
        return None

    def _introduced_by_participle(
        self, skel: str, base: int, sent: tuple[int, int], q: QuoteSpan
    ) -> Person | None:
        """ "Crisis said the scale was '...', with chief executive Jon Sparkes adding: '...'": the
        quotation right after "with X adding:" is X's, whoever else the sentence quotes."""
        for verb in _PARTICIPLE.finditer(skel, sent[0], q.start):
            if not re.fullmatch(rf"\s*:?[\s‘’'“”\"´{_MASK}]*", skel[verb.end() : q.start]):
                continue
            with_name = self._with_subject(skel, base, sent, verb)
            if with_name is not None:
                return with_name
        return None

    def _with_subject(
        self, skel: str, base: int, sent: tuple[int, int], verb: re.Match[str]
    ) -> Person | None:
        """The person after "with" whose participle ``verb`` is ("with Dr White adding"), when
        nothing but one comma stands between them."""
        with_name = [m for m in self._with_participle(skel, base, sent) if m.end - base <= verb.start()]
        if with_name and _PARTICIPLE_GAP.fullmatch(skel, with_name[-1].end - base, verb.start()):
            return self.resolve(with_name[-1])
        return None

    def _with_participle(self, skel: str, base: int, sent: tuple[int, int]) -> list[Mention]:
        """People a sentence makes the subject of a participle after "with" ("welcomed in East
        Lancashire, with Dr David White, GP lead, believing the industry will act"): for a later
        "he", they are the last person the text spoke of."""
        out = []
        for m in self.people.between(base + sent[0], base + sent[1]):
            before = skel[sent[0] : m.start - base]
            if m.kind != "person" or not _WITH_BEFORE.search(before):
                continue
            if _PARTICIPLE_AFTER.match(skel, m.end - base, sent[1]):
                out.append(m)
        return out

    def _aside(self, skel: str, base: int, sent: tuple[int, int], m: Mention) -> bool:
        """Whether a mention is only an aside of its sentence: after a preposition ("after a
        meeting with Mr Hunt"), an owner ("Lansley's plan") or in a relative clause ("who was
        elected after Dr Buckman stood down")."""
        return (
            self._governed(skel, base, m)
            or self.raw[m.end : m.end + 2] in ("’s", "'s")
            or bool(re.search(r",\s*who\s[^,]*$", skel[sent[0] : m.start - base]))
        )

    def _unnamed_speaker(self, skel: str, base: int, start: int, verb: int) -> bool:
        """Whether a spokesperson, or capitalised words we did not read as a name ("Labour's
        Jonathan Ashworth"), stand right before the verb: someone spoke whom we cannot name."""
        m = _UNNAMED_SPEAKER.search(skel, start, verb)
        return m is not None and not any(
            x.kind == "person" for x in self.people.between(base + m.start(), base + verb)
        )

    def _sentence_speaker(
        self, skel: str, base: int, sent: tuple[int, int], inside: list[QuoteSpan]
    ) -> tuple[Person | None, bool, set[int]]:
        """The sentence's speaker, whether it has a reporting verb at all, and the starts of the
        quotations inside it that the speaker may not own."""
        speakers: list[Person | None] = []
        asides: list[bool] = []  # the verb stands in a relative clause ("the service, which X has said")
        unnamed = False
        first_verb = sent[1]
        named_end = -1  # where the first verb with a named subject ends
        for verb in _VERB.finditer(skel, sent[0], sent[1]):
            first_verb = min(first_verb, verb.start())
            who = self.subject(skel, base, sent, verb)
            if who is False or (who is None and verb.group().split()[0].endswith("ing")):
                continue  # ("In response to NHS Providers calling for ...": no one speaks by it)
            if who is None and named_end >= 0 and _REPORTED_CLAUSE.fullmatch(skel, named_end, verb.start()):
                continue  # "X said the company had confirmed it ...": a verb inside what X said
            if isinstance(who, Person) and named_end < 0:
                named_end = verb.end()
            finding = verb.group() in _FINDINGS and (who is None or (isinstance(who, Person) and who.is_org))
            if finding:
                who = None  # "NHS England announced", "C+D revealed": news, not words spoken
            if who is None and not finding:
                unnamed = unnamed or self._unnamed_speaker(skel, base, sent[0], verb.start())
            speakers.append(who if isinstance(who, Person) else None)
            # a body's finding ("the survey has revealed ... what the organisation describes as")
            # reports news, not speech: it stands aside when another verb of the sentence speaks
            asides.append(finding or bool(_IN_RELATIVE.search(skel, sent[0], verb.start())))
        for verb in _PARTICIPLE.finditer(skel, sent[0], sent[1]):
            who = self._participle_subject(skel, base, sent, verb)
            if who is not None:
                speakers.append(who)
                asides.append(False)
        if not speakers:
            return None, False, set()
        for p in speakers:  # who the sentence is about, for a later "he said", even when not quoted
            if p is not None and not p.is_org:
                self.salience.append((base + sent[0], p.surname))
        if unnamed:  # "A spokesman said ... 'We will', he added": not someone named earlier
            self.salience.append((base + sent[0], _SOMEONE))
        main = [p for p, aside in zip(speakers, asides, strict=True) if not aside]
        speakers = main or speakers  # what the sentence reports, not what its relative clause does
        named = {p.surname for p in speakers if p is not None}
        if len(named) != 1 or None in speakers:
            return None, True, set()
        speaker = next(p for p in speakers if p is not None)
        not_theirs: set[int] = set()
        for q in inside:  # words quoted after someone else is named may be theirs: abstain
            others = [
                m
                for m in self.people.between(base + sent[0], base + q.start)
                if m.kind == "person" and m.key != speaker.surname and not self._aside(skel, base, sent, m)
            ]
            if others and q.end < first_verb and not _is_statement(skel, sent, q):
                not_theirs.add(q.start)  # "Responding to X's call for 'parity', Y said:
                continue  # '...'": the words before the verb, after X, may be X's; the rest are Y's
            if others and not (len(speakers) == 1 and _is_statement(skel, sent, q)):
                if len(speakers) == 1 and self._object_of_report(skel, base, sent, others, q):
                    continue  # "Mr Brine said Ms Cooper 'will have to wait'": still Mr Brine's words
                return None, True, set()  # ("Mr Hunt told Dr Nagpaul: '...'" is still Mr Hunt's)
        return speaker, True, not_theirs

    def _object_of_report(
        self, skel: str, base: int, sent: tuple[int, int], others: list[Mention], q: QuoteSpan
    ) -> bool:
        """Whether everyone else the sentence names stands after its one reporting verb, with no
        word of speech of their own, and the quotation says what they will do, not how they are
        ("said Mr Hunt was 'a failure'", "said she was 'devastated'" may be their own words):
        what the speaker said about them, in the speaker's words."""
        verb = next(_VERB.finditer(skel, sent[0], sent[1]), None)
        if verb is None or _OWN_SPEECH.search(skel[verb.end() : sent[1]]):
            return False
        if not all(m.start - base >= verb.end() for m in others):
            return False
        return not _STATE.match(skel[max(m.end for m in others) - base : q.start])

    def _fill(
        self,
        found: list[_Found],
        said: list[Person],
        reported: list[tuple[int, Person | None]],
        prev: _Paragraph,
        after: tuple[int, int] | None,
        start: int,
        sentences: list[tuple[int, int]],
        outer: list[QuoteSpan],
        skel: str,
    ) -> None:
        """Statements with no attribution of their own: the paragraph's one speaker, else the one
        person whose speech the sentences before it report, else the previous paragraph's,
        else a name-and-role line below."""
        own = {p.surname for p in said}
        paragraph_speaker = next(iter(said)) if len(own) == 1 else None
        opens_with_quote = bool(outer) and not ADVERT_LABEL.sub("", skel[: outer[0].start]).strip(
            _MASK + " ‘’'“”\"´"
        )
        first_verb = next((s for s, e in sentences if _VERB.search(skel, s, e)), len(skel))
        for i, f in enumerate(found):
            if f.speaker is not None or f.kind != "full":
                continue
            if self._has_own_verb(f, start, sentences, skel):
                continue
            tagged = self._said_in_next_sentence(f, start, sentences, skel)
            if tagged is not None:  # "“... every time.” Eric Roberts said.": its own attribution
                found[i] = _Found(f.span, tagged, f.kind, f.where)
                continue
            if self._introduced_by_no_one(f, start, sentences, skel):
                continue  # "Headlines in our local paper read: '...'": someone else's words
            named = self._named_before(f, start, sentences, skel)
            if named:  # "Her colleague Dr Peters was less happy: '...'": not the last speaker's
                colon = skel[: f.span[0] - start].rstrip(_MASK + " ‘’'“”\"´").endswith(":")
                one = self.person(named.pop()) if len(named) == 1 and colon else None
                if one is not None:
                    found[i] = _Found(f.span, one, f.kind, f.where, continued=True)
                continue
            if paragraph_speaker is None and f.span[0] - start > first_verb:
                # "He warned against tokenism. 'The role should be senior.'"
                earlier = [(s, p) for s, p in reported if s < f.span[0] - start]
                one = earlier[-1][1] if earlier else None
                if one is not None and all(p is not None and p.surname == one.surname for _, p in earlier):
                    since = self.people.between(start + earlier[-1][0], f.span[0])
                    if all(m.key == one.surname for m in since if m.kind == "person"):
                        found[i] = _Found(f.span, one, f.kind, f.where, continued=True)
                continue  # after an attribution that named nobody: nothing to continue
            if (
                opens_with_quote
                and prev.open
                and prev.speaker is not None
                and f.span[0] - start == outer[0].start
                and f.span[0] - start < first_verb
            ):
                # "‘... on pay.’ Sharon Graham, Unite general secretary, said: ‘...’": the open
                # quotation of the paragraph above ends first; the next speaker comes after it
                found[i] = _Found(f.span, prev.speaker, f.kind, f.where, continued=True)
                if not prev.speaker.is_org:  # a continued quotation keeps its speaker in view
                    self.salience.append((f.span[0], prev.speaker.surname))
            elif paragraph_speaker is not None:
                found[i] = _Found(f.span, paragraph_speaker, f.kind, f.where, continued=True)
            elif opens_with_quote and prev.speaker is not None and prev.link:
                found[i] = _Found(f.span, prev.speaker, f.kind, f.where, continued=True)
                if not prev.speaker.is_org:  # a continued quotation keeps its speaker in view
                    self.salience.append((f.span[0], prev.speaker.surname))
            elif opens_with_quote and not prev.link and after is not None:
                below = self.name_role_line(*after)
                if below is not None:
                    found[i] = _Found(f.span, below, f.kind, f.where, continued=True)

    def _introduced_by_no_one(
        self, f: _Found, start: int, sentences: list[tuple[int, int]], skel: str
    ) -> bool:
        """Whether the quotation's sentence leads up to it with a colon after words that name no
        one, point to no one (he, she, it, they) and report no speech: "Headlines in our local
        paper this week read: '...'"."""
        first = max((s for s, _ in sentences if s <= f.span[0] - start), default=0)
        lead = skel[first : f.span[0] - start].rstrip(_MASK + " ‘’'“”\"´")
        if not lead.endswith(":") or len(lead.split()) < 3 or _VERB.search(lead):
            return False
        return not any(
            m.kind in ("person", "org", "org-description", "pronoun")
            for m in self.people.between(start + first, f.span[0])
        )

    def _named_before(self, f: _Found, start: int, sentences: list[tuple[int, int]], skel: str) -> set[str]:
        """The people the statement's sentence names before it."""
        first = max((s for s, _ in sentences if s <= f.span[0] - start), default=0)
        return {
            m.key
            for m in self.people.between(start + first, f.span[0])
            if m.kind == "person" and skel[m.start - start] != _MASK and not self._governed(skel, start, m)
        }

    def _said_in_next_sentence(
        self, f: _Found, start: int, sentences: list[tuple[int, int]], skel: str
    ) -> Person | None:
        """The speaker of a quotation whose own last sentence ends inside its marks, named by the
        sentence right after it ("“... All the time, every time.” Eric Roberts stated, noting
        ..."): that sentence opens at the closing mark, quotes nothing and reports the speech of
        one person or body, who is its subject."""
        end = f.span[1] - start
        nxt = next(((s, e) for s, e in sentences if s >= end), None)
        if nxt is None or skel[end : nxt[0]].strip(_MASK + " ‘’'“”\"´"):
            return None
        if _MASK in skel[nxt[0] : nxt[1]]:
            return None
        verb = _VERB.search(skel, nxt[0], nxt[1])
        if verb is None:
            return None
        who = self.subject(skel, start, nxt, verb)
        if not isinstance(who, Person):
            return None
        lead = skel[nxt[0] : verb.start()]
        if re.search(r"\b(?:he|she|it|they)\b", lead, re.I):
            return None  # a pronoun subject: whose, the rules above decide
        return who

    def _has_own_verb(self, f: _Found, start: int, sentences: list[tuple[int, int]], skel: str) -> bool:
        for s, e in sentences:
            if s <= f.span[0] - start < e:
                return bool(_VERB.search(skel, s, e))
        return False

    def _hand_on(
        self, found: list[_Found], reported: list[Person | None], skel: str, outer: list[QuoteSpan]
    ) -> _Paragraph:
        speakers = [f.speaker for f in found if f.kind == "full" and not f.nested] or [
            f.speaker for f in found if not f.nested
        ]
        is_open = bool(outer) and not outer[-1].closed
        if speakers:
            last = speakers[-1]
            return _Paragraph(last, "quote" if last is not None else "", is_open)
        named = {p.surname for p in reported if p is not None}
        if reported and len(named) == 1 and None not in reported:
            speaker = next(p for p in reported if p is not None)
            link = "colon" if skel.rstrip().endswith(":") else "reported"
            return _Paragraph(speaker, link, False)
        if reported and reported[-1] is not None and skel.rstrip().endswith(":"):
            # "The Government today announced ... Commenting, ..., Norman Lamb MP said:": the
            # sentence that ends in the colon introduces what follows
            return _Paragraph(reported[-1], "colon", False)
        return _Paragraph()

    def name_role_line(self, start: int, end: int) -> Person | None:
        """ "Holly Holder, Fellow in Health Policy, Nuffield Trust": a person and a role, no verb; or
        the role first, "GP Committee chair Dr Richard Vautrey"."""
        m = name_role_shape(self.raw[start:end])
        if not m:
            return self._role_name_line(start, end)
        names = [x for x in self.people.between(start, start + m.end("name")) if x.kind == "person"]
        if len(names) != 1 or names[0].start != start or names[0].end != start + m.end("name"):
            return None
        if not any(w.casefold() in ROLE_WORDS for w in re.findall(r"[\w-]+", m["role"])):
            return None
        return self.person(names[0].key)

    def _role_name_line(self, start: int, end: int) -> Person | None:
        """ "RCGP chair Professor Helen Stokes-Lampard" on a line of its own: a role, then the one
        person the line names, ending it; no verb, no quotation, no full stop."""
        text = self.raw[start:end].rstrip()
        if (
            _VERB.search(text)
            or quote_spans(text)
            or len(text.split()) > 15
            or text.endswith((".", "?", "!"))
        ):
            return None
        names = [x for x in self.people.between(start, start + len(text)) if x.kind != "pronoun"]
        if not names or names[-1].kind != "person" or names[-1].end != start + len(text):
            return None
        if any(x.kind == "person" for x in names[:-1]):
            return None
        role = self.raw[start : names[-1].start]
        if not any(w.casefold() in ROLE_WORDS for w in re.findall(r"[\w-]+", role)):
            return None
        return self.person(names[-1].key)


def name_role_shape(text: str) -> re.Match[str] | None:
    """A line shaped like a name and a role: "name, words" with no verb, no quotation and no
    full stop (whether the name is a person's is for the caller)."""
    m = _NAME_ROLE_LINE.fullmatch(text)
    if not m or _VERB.search(text) or quote_spans(text) or len(text.split()) > 20:
        return None
    return m


def _skeleton(text: str, outer: Sequence[QuoteSpan]) -> str:
    """The paragraph with each quotation, marks included, masked."""
    chars = list(text)
    for q in outer:
        s = q.start - 1 if q.opened and q.start > 0 else q.start
        e = q.end + 1 if q.closed and q.end < len(text) else q.end
        while s > 0 and text[s - 1] in "‘’'“”\"´«»" and s > q.start - 3:
            s -= 1
        for i in range(max(0, s), min(len(text), e)):
            chars[i] = _MASK
    return "".join(chars)


def _sentences(text: str, skel: str, outer: Sequence[QuoteSpan]) -> list[tuple[int, int]]:
    cuts = {0, len(text)}
    for m in _SENTENCE_END.finditer(text):
        if _MASK in skel[m.start() : m.end()] or ABBREVIATION_END.search(
            text[max(0, m.start() - 12) : m.start() + 1]
        ):
            continue
        cuts.add(m.end())
    for q in outer:
        inner = text[q.start : q.end].rstrip("’'”\"´»")
        if not ENDS_SENTENCE.search(inner):
            continue
        end = q.end
        while end < len(text) and skel[end] == _MASK:
            end += 1
        rest = text[end:].lstrip()
        if rest.startswith("."):
            cuts.add(end + text[end:].index(".") + 1)
        elif not rest or rest[0].isupper() or rest[0] in "‘“'\"":
            cuts.add(end)
    ordered = sorted(cuts)
    return [(a, b) for a, b in pairwise(ordered) if text[a:b].strip()]


def _nested(found: list[_Found], text: str, start: int, outer: Sequence[QuoteSpan]) -> None:
    """A quotation that opens right after another one ends, unclosed, on a colon ("“In 2014 the
    college concluded that: “Before the standard, ...”") is quoted inside it, with the same marks:
    whose words it gives, the outer quotation says, not its speaker. It is left unattributed."""
    for a, b in pairwise(outer):
        words = text[a.start : a.end].split()
        if a.closed or not text[a.start : a.end].rstrip().endswith(":") or len(words) <= 4:
            continue  # ("'She added: '...": a stray mark before an attribution, not a quotation)
        if text[a.end : b.start].strip(" ‘’'“”\"´«»"):
            continue
        for i, f in enumerate(found):
            if f.span == (start + b.start, start + b.end):
                found[i] = _Found(f.span, None, f.kind, f.where, nested=True)


def _is_statement(skel: str, sent: tuple[int, int], q: QuoteSpan) -> bool:
    before = ADVERT_LABEL.sub("", skel[sent[0] : q.start].replace(_MASK, "")).strip(" ‘’'“”\"´")
    return not before or before.endswith((":", "—", "–"))


# --- whole articles -----------------------------------------------------------------------------


def extract_quotes(article: Article, people: People | None = None) -> list[Quote]:
    """Every quotation of the article with its speaker, or "" when the text does not say."""
    lines = article_lines(article)
    people = people or article_people(article)
    engine = _Attributor(article.raw, people)
    engine.body_starts = [ln.start for ln in lines if ln.where == "body"]
    found: list[_Found] = []
    prev = _Paragraph()
    body = [ln for ln in lines if ln.where == "body"]
    signed = _signed_comments(article)
    prose = 0
    left_open: tuple[int, Person | None] | None = None  # the last paragraph that ended inside a quotation
    for ln in lines:
        if ln.where == "comment":
            found += _comment(article.raw, ln, signed.get(ln.start))
            continue
        in_flow = _shown_first_on_top(article.raw, ln, body) or _lede_taken_for_headline(article.raw, ln)
        if ln.where != "body" and not in_flow:
            found += _caption(engine, ln)
            continue
        # a body paragraph, or a repeated one whose first showing was a pull quote on top
        if _ENTRY.match(article.raw, ln.start, ln.end):  # "7.10pm Matt Tee admits ...": a new entry
            engine.entry_start, prev = ln.start, _Paragraph()
        engine.paragraph_starts.append(ln.start)
        engine.paragraph_no = prose
        prose += _prose(article.raw[ln.start : ln.end])
        below = [b for b in body if b.start > ln.start]
        after = (below[0].start, below[0].end) if below else None
        if _pulled(article.raw, ln, body):  # a pull quote between two paragraphs of a statement
            continue
        own, now = _body_paragraph(engine, ln, prev, after)
        if not own and now == _Paragraph() and _quiet(engine, ln, prev):
            now = _Paragraph(prev.speaker, "across", False)
        own, now = _closing_only(article.raw, ln, prev, own, now, left_open, prose)
        if now.open:
            left_open = (prose, now.speaker)
        prev = now
        found += [_Found(f.span, f.speaker, f.kind, ln.where, f.continued, f.crosshead) for f in own]
    found = _crosshead_speakers(article.raw, _same_words_same_speaker(article.raw, found))
    found = [_Found(f.span, None, f.kind, f.where) if _titled(article.raw, f) else f for f in found]
    return [_quote(article, f) for f in sorted(found, key=lambda f: f.span) if f.span[1] > f.span[0]]


def _closing_only(
    raw: str,
    ln: Line,
    prev: _Paragraph,
    own: list[_Found],
    now: _Paragraph,
    left_open: tuple[int, Person | None] | None,
    prose: int,
) -> tuple[list[_Found], _Paragraph]:
    """A paragraph that starts inside a quotation with only its closing mark, after a paragraph of
    reported speech (' Harrity said “... / GMB has warned ... / GMB want ....” '): the writer left
    the opening marks out of the middle paragraphs, so when a quotation was left open a paragraph
    or two above, its words are that quotation's speaker's, not the reported speaker's (nor
    no one's, after a paragraph that gave no speaker)."""
    if prev.open or not own:
        return own, now
    if own[0].speaker is not None and (prev.link != "reported" or not own[0].continued):
        return own, now  # (after a closed quotation, its speaker goes on, as for any paragraph)
    outer = [q for q in quote_spans(raw[ln.start : ln.end]) if q.depth == 0]
    if not outer or outer[0].opened or own[0].span[0] != ln.start + outer[0].start:
        return own, now
    if left_open is None or prose - left_open[0] > 2 or left_open[1] is None:
        return own, now
    speaker = left_open[1]
    first = own[0]
    if first.speaker == speaker:
        return own, now
    fixed = [_Found(first.span, speaker, first.kind, first.where, True, first.crosshead), *own[1:]]
    if now.link == "quote" and now.speaker == first.speaker and len(own) == 1:
        now = _Paragraph(speaker, "quote", now.open)
    return fixed, now


def _quiet(engine: _Attributor, ln: Line, prev: _Paragraph) -> bool:
    """A paragraph of narrative between two paragraphs of one person's quotation ("'...,' he
    said. / A paramedic arrived half an hour later. / '...'"): a sentence or two that quote
    nobody, report no speech and name no one but the speaker, so the quotation after it is
    still theirs. One such paragraph is crossed, never two."""
    if prev.link != "quote" or prev.speaker is None or prev.open:
        return False
    text = engine.raw[ln.start : ln.end]
    if not _prose(text) or _VERB.search(text) or len(re.findall(r"[.!?](?:\s|$)", text)) > 2:
        return False
    speaker = prev.speaker
    for m in engine.people.between(ln.start, ln.end):
        if m.kind in ("org", "org-description") or (m.kind == "person" and m.key != speaker.surname):
            return False
        if m.kind == "pronoun" and m.key in ("he", "she"):
            wanted = "m" if m.key == "he" else "f"
            if engine.gender_of(speaker) not in ("", wanted):
                return False
    return True


def _titled(raw: str, f: _Found) -> bool:
    """Quoted words in title case ("‘Follow-up to PHSO Report on Unsafe Discharge’"): the name of a
    report, campaign or programme, not anyone's words."""
    if f.kind != "fragment":
        return False
    if _TITLE_BEFORE.search(raw, max(0, f.span[0] - 60), f.span[0]):  # "the PACAC report, ‘Follow-up to ...’"
        return True
    if _DETERMINER_MARK.search(raw, max(0, f.span[0] - 12), f.span[0]) and _TITLE_AFTER.match(raw, f.span[1]):
        return True  # "the ‘health and care of people with learning disabilities’ data publication": a name
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", raw[f.span[0] : f.span[1]])]
    content = [w for w in words if w.casefold() not in _MINOR_WORDS]
    return len(content) >= 3 and sum(w[0].isupper() for w in content) >= 0.75 * len(content)


_TITLE_BEFORE = re.compile(
    r"\b(?:report|paper|document|strategy|review|plan|guidance|campaign|scheme|book|motion"
    r"|bill|study|survey|entitled|titled|headlined)\s*,?\s*[‘“'\"]$",
    re.IGNORECASE,
)
_MINOR_WORDS = frozenset("a an the of for to on in and or at by with from".split())
_DETERMINER_MARK = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|an?)\s+[‘“'\"]$")
_TITLE_AFTER = re.compile(
    r"[’”'\"]\s+(?:[a-z-]+\s+)?(?:report|paper|document|strategy|review|plan|guidance|campaign|scheme"
    r"|programme|publication|initiative|framework|consultation|inquiry|bill|motion|survey|study|project"
    r"|policy|manifesto|pledge|conference|award)s?\b"
)


def _prose(text: str) -> bool:
    """Whether a paragraph is a sentence (it ends like one), not page furniture such as
    "• Published" or an image caption."""
    return len(text.split()) >= 3 and bool(ENDS_SENTENCE.search(text.rstrip()))


def _lede_taken_for_headline(raw: str, ln: Line) -> bool:
    """A "headline" of 20+ words ending in a full stop is the article's opening paragraph (the
    page was cut above it): it starts the article's chain of speakers."""
    text = raw[ln.start : ln.end]
    return ln.where == "headline" and len(text.split()) >= 20 and bool(ENDS_SENTENCE.search(text))


_SHARE_WIDGET = re.compile(r"(?i)\s*(?:tweet this|click to tweet|share this)\s*")
_PULL_REACH = 3  # paragraphs either side where a pull quote's words are quoted in full


def _pulled(raw: str, ln: Line, body: list[Line]) -> bool:
    """A line with no quotation mark that is a page's share button ("tweet this") or a pull
    quote: five or more words quoted in full in a paragraph near it ("The figures also show
    that our approach is no longer sustainable" above '"The figures also show ...'). It is
    not the writer's narrative, and does not end the quotation it stands in."""
    text = raw[ln.start : ln.end]
    if _SHARE_WIDGET.fullmatch(text):
        return True
    words = text.split()
    if len(words) < 5 or any(c in QUOTE_MARKS for c in text):
        return False
    before = [b for b in body if b.end <= ln.start][-_PULL_REACH:]
    after = [b for b in body if b.start >= ln.end][:_PULL_REACH]
    wanted = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    for other in before + after:
        near = raw[other.start : other.end]
        hit = wanted.search(near)
        if hit and any(q.start <= hit.start() < q.end for q in quote_spans(near)):
            return True
    return False


def _shown_first_on_top(raw: str, ln: Line, body: list[Line]) -> bool:
    """A paragraph the cleaner dropped as a repeat, whose first showing was a pull quote or
    standfirst among the first two body paragraphs: this is its place in the article. (A pull
    quote repeated lower down, among someone else's quotations, stays a caption.)"""
    if not ln.repeated or len(body) < 2 or ln.start < body[0].start:
        return False
    first = raw.find(raw[ln.start : ln.end], body[0].start)
    return 0 <= first < ln.start and first < body[1].end


# A live blog's entry starts with its time ("7.10pm", "16:05", "6:15:08"); the entry before
# it on the page is later news, so neither pronouns nor continued quotations cross it.
_ENTRY = re.compile(r"\d{1,2}(?:[.:]\d{2}\s*[ap]m\b|:\d{2}(?::\d{2})?\s)")


def _same_words_same_speaker(raw: str, found: list[_Found]) -> list[_Found]:
    """A pull quote or caption repeats words the article attributes elsewhere. A quotation of
    5+ words that is the start of quotations given to one speaker is theirs when it has no
    speaker, or when its speaker only continued from around it and those words were given
    in their own sentence to someone else."""
    full = [(_words(raw, f), f) for f in found if f.speaker is not None and f.kind == "full"]
    out = []
    for f in found:
        words = _words(raw, f)
        if f.kind == "full" and len(words) >= 5 and (f.speaker is None or f.continued):
            same = {
                g.speaker.surname: g.speaker
                for w, g in full
                if g is not f
                and g.speaker
                and (f.speaker is None or not g.continued)
                and w[: len(words)] == words
            }
            if len(same) == 1:
                f = _Found(f.span, next(iter(same.values())), f.kind, f.where, f.continued)
        out.append(f)
    return out


CROSSHEAD_REACH = 2  # paragraphs below a quoted crosshead where its words are looked for


def _crosshead_speakers(raw: str, found: list[_Found]) -> list[_Found]:
    """A quoted crosshead (“Pulling out all the stops”) is the words of whoever the section
    below quotes saying them; when no one, or more than one speaker, does, it stays unattributed."""
    out = []
    for f in found:
        if f.crosshead and f.speaker is None:
            words = " ".join(_words(raw, f))
            later = [g for g in found if g.span[0] > f.span[1] and not g.crosshead]
            ends = sorted({raw.find("\n", g.span[0]) for g in later} - {-1})[:CROSSHEAD_REACH]
            limit = ends[-1] if ends else len(raw)
            same = {
                g.speaker.surname: g.speaker
                for g in later
                if g.speaker is not None and g.span[0] < limit and words in " ".join(_words(raw, g))
            }
            if len(same) == 1:
                f = _Found(f.span, next(iter(same.values())), f.kind, f.where, True, True)
        out.append(f)
    return out


def _words(raw: str, f: _Found) -> list[str]:
    return re.findall(r"\w+", fold_marks(raw[f.span[0] : f.span[1]]).casefold())


def _body_paragraph(
    engine: _Attributor, ln: Line, prev: _Paragraph, after: tuple[int, int] | None
) -> tuple[list[_Found], _Paragraph]:
    text = engine.raw[ln.start : ln.end]
    if prev.link in ("colon", "list") and not _VERB.search(text) and _point(engine, ln, text):
        return _list_item(ln, text, prev)
    above = engine.name_role_line(ln.start, ln.end)
    if above is not None:
        engine.salience.append((ln.start, above.surname))
        return [], _Paragraph(above, "namerole", False)
    if name_role_shape(text):  # a name and role we cannot read: the quotation below is not known
        return [], _Paragraph(None, "namerole", False)
    if (
        not ENDS_SENTENCE.search(text)
        and not _INTRODUCES.search(text)  # "Valerie said:", "X, role, said," introduce what follows
        and not any(ch in text for ch in "‘’'“”\"´")
        and len(text.split()) <= 12
    ):
        if prev.open and after is not None and engine.raw[after[0] : after[1]].lstrip()[:1] in "‘'“\"":
            return [], prev  # a crosshead set into a statement left open: its next paragraph goes on
        return [], _Paragraph()  # a crosshead breaks any continuation
    pulled = after is not None and not prev.open and prev.link != "quote" and _closed_quotation(text)
    tag = _name_line(engine, after) if pulled and after is not None else None
    if tag is not None:  # “We have taken a significant step” / Josie Irwin: a pull quote and its tag
        spans = [q for q in quote_spans(text) if q.depth == 0]
        return [
            _Found((ln.start + spans[0].start, ln.start + spans[0].end), tag, "full", "body")
        ], _Paragraph()
    named_below = after is not None and (
        engine.name_role_line(*after) is not None
        or name_role_shape(engine.raw[after[0] : after[1]]) is not None
    )  # a pull quote with its speaker's name on the line below
    if not prev.open and not named_below and _quoted_crosshead(text):  # “Pulling out all the stops”
        spans = quote_spans(text)
        span = (ln.start + spans[0].start, ln.start + spans[0].end)
        return [_Found(span, None, "full", "body", crosshead=True)], _Paragraph()
    if _unmarked_statement(prev, text):  # "X said:" / the statement without its opening mark / “...
        return [], _Paragraph(prev.speaker, "unmarked", False)
    return engine.paragraph(ln.start, ln.end, prev, after)


def _unmarked_statement(prev: _Paragraph, text: str) -> bool:
    """A paragraph after "Niall Dickson, chief executive of ..., said:" that has no quotation mark
    and reports no one: his statement, its opening mark left out (as press releases do); the
    quotation that opens the next paragraph goes on with it."""
    return (
        prev.link == "colon"
        and prev.speaker is not None
        and not any(ch in text for ch in QUOTE_MARKS)
        and _VERB.search(text) is None
        and ENDS_SENTENCE.search(text) is not None
    )


def _closed_quotation(line: str) -> bool:
    """A line that is one closed quotation and nothing else (a pull quote, not the next
    paragraph of someone's quotation left open)."""
    spans = [q for q in quote_spans(line) if q.depth == 0]
    return _only_quotation(line) and len(spans) == 1 and spans[0].opened and spans[0].closed


def _name_line(engine: _Attributor, at: tuple[int, int]) -> Person | None:
    """A line that is nothing but a person's name ("Josie Irwin"), and that person."""
    m = _BARE_NAME.fullmatch(engine.raw, *at)
    return engine.named(m["name"]) if m is not None else None


_LIST_ITEM = re.compile(r"\s*(?:[•●▪◦*–-]|\d{1,2}[.)])\s+")


def _heads_statement(before: str) -> bool:
    """Whether the words before a quotation leave it a statement of its own ("Choice and
    competition. '...'", "• '...'"), not words quoted inside a sentence."""
    before = _LIST_ITEM.sub("", before, count=1).rstrip(" ‘’'“”\"´")
    return not before or before.endswith((":", ".", "!", "?", "—", "–"))


def _point(engine: _Attributor, ln: Line, text: str) -> bool:
    """One of the points a speaker's "...:" introduces: a list item, or a paragraph that heads
    its quotation with a few words of its own and names nobody ("Choice and competition.
    'Choice ... should only be a means'")."""
    if _LIST_ITEM.match(text):
        return True
    spans = [q for q in quote_spans(text) if q.depth == 0]
    if not spans or not text[: spans[0].start].strip(" ‘’'“”\"´"):
        return False  # none, or it opens with its quotation: a plain continuation
    return not any(m.kind == "person" for m in engine.people.between(ln.start, ln.end))


def _list_item(ln: Line, text: str, prev: _Paragraph) -> tuple[list[_Found], _Paragraph]:
    """ "The LGA called for: • A fairer system 'with clarity about costs'": the items of a list
    introduced by a speaker are theirs, quoted words and all."""
    found = [
        _Found(
            (ln.start + q.start, ln.start + q.end),
            prev.speaker if q.depth == 0 else None,
            "full" if q.depth == 0 and _heads_statement(text[: q.start]) else "fragment",
            ln.where,
            continued=True,
        )
        for q in quote_spans(text)
    ]
    return found, _Paragraph(prev.speaker, "list", False)


def _caption(engine: _Attributor, ln: Line) -> list[_Found]:
    text = engine.raw[ln.start : ln.end]
    spans = quote_spans(text)
    m = SPEAKER_LINE.fullmatch(text)
    speaker = None
    if m:
        name = m["name"]
        speaker = engine.person(strip_title(name).split()[-1]) or engine.person(name)
        if speaker is not None and not _same_person(name, speaker.name):
            speaker = None
    else:
        speaker = _headline_speaker(engine, ln, text, spans)
    return [
        _Found(
            (ln.start + q.start, ln.end if not q.closed and q.end == len(text) else ln.start + q.end),
            speaker if q.depth == 0 and (not m or q.start >= m.start("quote") - 1) else None,
            "full" if q.depth == 0 else "fragment",
            ln.where,
        )
        for q in spans
    ]


def _headline_speaker(engine: _Attributor, ln: Line, text: str, spans: list[QuoteSpan]) -> Person | None:
    """ "Meldrum tells BMA delegates: 'We need to be realistic'", "'...', says RCGP chair Clare
    Gerada": a headline or caption whose one reporting verb has the one person it names, by
    their name, right before or after it."""
    outer = [q for q in spans if q.depth == 0]
    skel = _skeleton(text, outer)
    verbs = list(_VERB.finditer(skel))
    named = [
        x
        for x in engine.people.between(ln.start, ln.end)
        if x.kind == "person" and skel[x.start - ln.start] != _MASK
    ]
    if not outer or len(verbs) > 1 or len({x.key for x in named}) != 1:
        return None
    name = named[0]
    start, end = name.start - ln.start, name.end - ln.start

    def only_roles(part: str) -> bool:
        return all(describes(w) or w.isupper() for w in part.replace(_MASK, " ").split())

    if not verbs:  # "CQC head David Behan: ‘Care has got safer’": the headline's name and its words
        said = re.fullmatch(rf"\s*:\s*[‘’'“”\"´{_MASK}]+[\s.!?]*", skel[end:])
        return engine.person(name.key) if said and only_roles(skel[:start]) and outer[0].start > end else None
    verb = verbs[0]

    before = only_roles(skel[:start]) and not skel[end : verb.start()].strip()
    after = not skel[: verb.start()].strip(_MASK + " ,") and only_roles(skel[verb.end() : start])
    return engine.person(name.key) if before or after else None


def _same_person(name: str, full: str) -> bool:
    bare, known = strip_title(name).split(), strip_title(full).split()
    return bool(bare) and bare[-1] == known[-1] and (len(bare) == 1 or bare[0] == known[0])


def _comment(raw: str, ln: Line, signer: Person | None) -> Iterator[_Found]:
    """A reader's quotations are never given a name, unless the comment is signed and is
    nothing but a quotation (the signer's own words, as letters are printed)."""
    text = raw[ln.start : ln.end]
    for q in quote_spans(text):
        whole = (
            signer is not None and q.depth == 0 and not text[: q.start - 1].strip() and _all_quoted(text, q)
        )
        yield _Found(
            (ln.start + q.start, ln.start + q.end),
            signer if whole else None,
            "full" if whole else "fragment",
            ln.where,
        )


def _all_quoted(text: str, q: QuoteSpan) -> bool:
    return not text[q.end :].strip(" ‘’'“”\"´»")


# "— Dr Jane Roe, Leeds", "Jane Roe | Salaried GP | 02 May 2014": a comment's signature line
_SIGNATURE = re.compile(
    rf"(?:[—–-]\s*)?(?P<name>(?:{TITLES}\.?\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})"
    r"(?:\s*[,|]\s*(?P<role>[^.!?‘’“”\"]{0,80}?))?\s*(?:\|[^|]*)*"
)


def _signed_comments(article: Article) -> dict[int, Person]:
    """Line starts of the comments that are nothing but quotation, each with the signer: the
    comment's last line, or a line led by a dash right after it ("— Dr Jane Roe, Leeds")."""
    out: dict[int, Person] = {}
    quoted: list[int] = []  # the lines of the comment before, when all quotation
    for section in (x for x in article.sections if x.kind != "article"):
        lines = list(iter_lines(article.raw[section.start : section.end]))
        lead = article.raw[article.raw.rfind("\n", 0, section.start) + 1 : section.start].strip()
        signer = _signer(lines[-1].text) if lines else None
        if signer is not None and len(lines) == 1 and lead[-1:] in ("—", "–", "-"):
            out.update(dict.fromkeys(quoted, signer))
        elif signer is not None and len(lines) > 1 and all(_only_quotation(ln.text) for ln in lines[:-1]):
            out.update(dict.fromkeys((section.start + ln.start for ln in lines[:-1]), signer))
        all_quoted = bool(lines) and all(_only_quotation(ln.text) for ln in lines)
        quoted = [section.start + ln.start for ln in lines] if all_quoted else []
    return out


def _signer(line: str) -> Person | None:
    m = _SIGNATURE.fullmatch(line)
    if not m or m["name"].split()[0] in NOT_NAMES or quote_spans(line):
        return None
    return Person(m["name"], strip_title(m["name"]).split()[-1], (m["role"] or "").strip())


def _quoted_crosshead(line: str) -> bool:
    """A short line that is only a quotation with no sentence end inside it: a crosshead
    quoting words the section below gives to someone; it continues nobody's quotation."""
    folded = fold_marks(line).strip()
    words = folded.strip("'\"").strip()
    closed = (
        len(folded) > 1 and folded[-1] in "'\"" and folded[0] == folded[-1]
    )  # not cut off by the page's end
    return (
        closed
        and _only_quotation(line)
        and len(words.split()) <= 12
        and not re.search(rf"[{SENTENCE_ENDS}]", words)
    )


def _only_quotation(line: str) -> bool:
    spans = quote_spans(line)
    return bool(spans) and spans[0].start <= 1 and _all_quoted(line, spans[0])


def _quote(article: Article, f: _Found) -> Quote:
    m = article.meta
    p = f.speaker
    return Quote(
        text=article.raw[f.span[0] : f.span[1]],
        start=f.span[0],
        end=f.span[1],
        speaker=p.name if p else "",
        role=p.role if p else "",
        organisation=p.organisation if p else "",
        article_id=m.article_id,
        source=m.source,
        title=m.title,
        publication=m.publication,
        date=m.date,
        kind=f.kind,
        where=f.where,
    )


def corpus_quotes(articles: Iterable[Article]) -> list[Quote]:
    """All quotes of all articles. Each article's names stand as that article gives them:
    nothing is carried over from another article (two people may share a surname)."""
    return [q for a in articles for q in extract_quotes(a)]


def save_quotes(quotes: Iterable[Quote], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for q in quotes:
            handle.write(json.dumps(asdict(q), ensure_ascii=False) + "\n")


def load_quotes(path: Path) -> list[Quote]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [Quote(**json.loads(line)) for line in handle if line.strip()]


def speaker_names(quotes: Iterable[Quote]) -> list[str]:
    """Ways a question may name a quoted person: full name, name without title, surname.

    Longest first (ties alphabetically, so the order never depends on how quotes were grouped).
    """
    return longest_first(speaker_name_set(quotes))


def speaker_name_set(quotes: Iterable[Quote]) -> set[str]:
    names: set[str] = set()
    for q in quotes:
        for speaker in _joint_people(q.speaker):
            bare = strip_title(speaker)
            if speaker[:1].isupper() and " " in bare and bare.count(" ") <= 2:
                names |= {speaker, bare, bare.split()[-1]}
    return names


def _joint_people(speaker: str) -> list[str]:
    """The people of a joint speaker, each by their own name ("Richard Stanton and Rhiannon
    Davies"); ``speaker`` itself for anyone else, and for a body whose name holds "and"
    ("Department of Health and Social Care")."""
    parts = re.split(r",\s*|\s+and\s+", speaker) if " and " in speaker else []
    people = [
        p
        for p in parts
        if 2 <= len(strip_title(p).split()) <= 3
        and all(w[:1].isupper() and w.casefold() not in ORG_HEADS for w in strip_title(p).split())
    ]
    return people if parts and len(people) == len(parts) else [speaker]


def longest_first(names: Iterable[str]) -> list[str]:
    return sorted(names, key=lambda n: (-len(n), n))
