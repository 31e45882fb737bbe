"""What a question asks for, and whether a sentence holds that kind of answer.

General to English questions, not to any article: the question's form decides its
kind (who, when, how much, how many, why, where, yes/no, define, compare,
summarise, list, metadata, what) and the kinds of answer it expects (a person or
body, a date, a sum of money, a count or share, a reason, a place, a definition).
``answer_types(sentence)`` finds those kinds in a sentence from its surface: figures
with £ or bn, months and years, titled or capitalised names, "because" / "to avoid"
clauses. The answer composer prefers sentences holding what the question expects,
and refuses when none does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from .conventions import TITLE_WORDS
from .lexical import STOPWORDS, tokenize

Kind = str  # one of KINDS
KINDS = (
    "metadata",
    "compare",
    "summarise",
    "list",
    "define",
    "who",
    "when",
    "how much",
    "how many",
    "where",
    "why",
    "yes/no",
    "what",
)
_I = re.IGNORECASE
# Order matters: the first pattern that matches decides the kind.
_FORMS: tuple[tuple[Kind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, _I))
    for kind, pattern in (
        (
            "metadata",
            r"\b(?:who wrote|written by|author of|byline|when was .{3,120}? (?:published|written|reported)|"
            r"which (?:journalist|reporter|writer)|wrote (?:up|the (?:story|article|piece|report))|"
            r"(?:story|article|report|piece)\b.{0,100}\b(?:come out|came out|appeared?|published)|"
            r"which (?:publication|newspaper|magazine|journal|outlet|site|website|title)|"
            r"what (?:publication|newspaper|magazine|outlet|site) (?:published|ran|carried|reported))\b",
        ),
        (
            "compare",
            r"^\s*(?:compare|contrast)\b|\bhow did .{2,80}? differ\b|\bdifferen(?:ce|t) between\b|\bversus\b",
        ),
        (
            "summarise",
            r"^\s*(?:summari[sz]e|outline|give an overview|sum up)\b|\bfor and against\b|\bpros and cons\b|"
            r"\bwhat are the (?:main )?(?:arguments|criticisms|concerns|objections)\b",
        ),
        (
            "list",
            r"^\s*(?:list|name|enumerate)\b|\bwhat (?:roles|posts|positions|titles) (?:does|did|has)\b|"
            r"^\s*(?:which|what) (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b",  # "Which five"
        ),
        (
            "who",
            r"^\s*(?:what|which) (?:[\w’'-]+ ){0,3}(?:job|post|posts|position|positions|title|role|roles)\b|"
            r"\b(?:job|post|position|title|role) (?:does|did|do) .{2,60}? (?:hold|have)\b|"
            r"^\s*which (?:[\w-]+ ){0,3}(?:organisation|organization|body|editor|chair|chairman|leader|gp|"
            r"journalist|reporter|official|minister|secretary|spokesperson|charity|think-tank|union)\b",
        ),
        (
            "define",
            # (not "What was the fall in the number of GP partners?": a quantity)
            r"^\s*what (?:is|are|was|were) (?!the (?:increase|rise|fall|drop|cut|growth|change|number|size|"
            r"population|total|share|proportion|percentage)\b)(?:a |an |the )?[\w'’&.\- ]{1,60}\??\s*$|"
            r"\bwhat (?:does|did) .{1,60}? (?:mean|stand for)\b|\bwhat (?:sort|kind|type) of .{1,40}? is\b|"
            r"^\s*define\b",
        ),
        (
            "how much",
            r"\bhow (?:much|big|large)\b|"
            r"\bwhat (?:size of |(?:is|was|were|are) the (?:total |overall |annual )?|)"
            r"(?:sum|amount|budget|cost|value|price|fee|savings?|shortfall|deficit|funding)\b",
        ),
        (
            "how many",
            r"\bhow many\b|\bwhat (?:number|proportion|percentage|share|fraction)\b|"
            r"\bby (?:how much|what (?:percentage|proportion|amount))\b|\bhow often\b|"
            r"\bwhat (?:was|is|were) the (?:increase|rise|fall|drop|cut|growth|change|number|total|"
            r"population)\b|\bwhat population\b",
        ),
        (
            "when",
            r"^\s*when\b|\bwhat (?:date|year|month|day|time)\b|\b(?:in|by|until|up to) (?:which|what) "
            r"(?:date|year|month|day|point|time)\b|\buntil when\b|\bwhat deadline\b",
        ),
        (
            "who",
            r"^\s*(?:who|whom|whose)\b|\bwhich (?:[\w-]+ )?(?:person|people|gp|gps|doctor|doctors|leader|"
            r"leaders|officials?|ministers?|body|bodies|organisation|organization|group|committee|chief|member|members|"
            r"representatives?|delegates?|speakers?|campaigners?|experts?|executives?|directors?|councillors?|"
            r"mps?|politicians?|unions?|charit(?:y|ies)|think-tanks?|nurses?|managers?|advisers?|advisors?|"
            r"spokes(?:man|woman|person)|chair(?:man|woman)?|commissioners?|clinicians?|partners?)\b|"
            r"\bwho (?:said|called|opposed|supported|claimed|warned)\b",
        ),
        (
            "where",
            r"^\s*where\b|\bin which (?:town|city|county|area|region|place|country)\b|"
            r"\bat which (?:event|venue|conference)\b",
        ),
        (
            "why",
            r"^\s*why\b|\bfor what reasons?\b|\bon what grounds\b|\bwhat (?:reasons?|grounds|explanation)\b|"
            r"\bwhat (?:is|was) (?:behind|the cause)\b|\bwhat did .{2,60}? blame\b|"
            r"^\s*what (?:concerns?|worr(?:y|ies|ied)|fears?|drove|(?:is|was) driving)\b|"
            r"^\s*what (?:made|prompted|caused|held|led)\b|\bwhat justification\b",
        ),
        ("yes/no", r"^\s*(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|must)\b"),
    )
)
# Kinds of answer each kind of question expects (``answer_types`` finds them in sentences).
EXPECTS: dict[Kind, frozenset[str]] = {
    "who": frozenset({"person", "body"}),
    "when": frozenset({"date"}),
    "how much": frozenset({"money", "number"}),
    "how many": frozenset({"number"}),
    "where": frozenset({"place"}),
    "why": frozenset({"reason"}),
}

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONEY = re.compile(r"[£$€]\s?\d|\b\d[\d,.]*\s?(?:bn|billion|million|m|k)\b|\b(?:pounds|pence)\b", _I)
_NUMBER = re.compile(
    r"\b\d[\d,.]*\s?(?:%|per ?cent|percent)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|third|quarter|"
    r"dozen|majority|minority|most|few|several)\b",
    _I,
)
_DATE = re.compile(
    rf"\b(?:{MONTHS})\b|\b(?:19|20)\d\d\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\b(?:yesterday|today|tomorrow|next (?:week|month|year)|last (?:week|month|year)|"
    r"this (?:week|month|year)|"
    r"(?:the )?(?:spring|summer|autumn|winter)|(?:days?|weeks?|months?|years?) (?:ago|later|time)|"
    r"by the end of|until|deadline)\b",
    _I,
)
_TITLED = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Cllr)\.?\s+[A-Z][a-z]"
)
_CAPITAL_PAIR = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?\s+[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?\b")
_BODY = re.compile(
    r"\b[A-Z]{2,}s?\b|\b(?:NHS|Department|Committee|Council|Association|College|Fund|Alliance|Board|"
    r"Commissioners|Trust|Federation|Conference|Union|Institute|Society|Agency|Office|Ministry|Government)\b"
)
_ROLE = re.compile(
    r"\b(?:chair(?:man|woman)?|president|director|secretary|chief executive|officer|"
    r"spokes(?:man|woman|person)|"
    r"minister|leader|head|lead|deputy|founder|adviser|advisor|champion|manager|commissioner)\b",
    _I,
)
_REASON = re.compile(
    r"\b(?:because|since|as a result|due to|owing to|so that|in order to|to avoid|to ensure|to prevent|"
    r"driven by|caused by|(?:a|in) response to|attributed to|prompted|"
    r"would (?:result|lead|mean|cause)|could (?:result|lead|mean)|will (?:result|lead|mean)|"
    r"result(?:ed|s)? in|"
    r"lead(?:s|ing)? to|led to|means? that|meant|warn(?:ed|ing|s)?|concern(?:s|ed)?|risk(?:s|ed)?|"
    r"conflicts? of interest|fear(?:s|ed)?|blam(?:e|ed|ing)|reason|why|cause[ds]?|argu(?:e|ed|ing)|"
    r"prevent(?:ed|s)?|can(?:no|')t|unable|not (?:able|possible|good|enough))\b",
    _I,
)
_PLACE = re.compile(r"\b(?:in|at|of|near|from)\s+(?:the\s+)?[A-Z][a-z]+", 0)
_DEFINITION = re.compile(
    r"\b(?:is|are|was|were)\s+(?:a|an|the)\s+\w+|\b(?:known as|stands? for|refers? to|defined as|"
    r"which (?:is|are|was|were) (?:a|an|the|responsible))\b|,\s+(?:a|an|the)\s+\w+[^,]{0,60},|"
    r"\(\s*[A-Z]{2,}s?\s*\)",
    _I,
)
NAMED = re.compile(r"\b[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|the|de|van)?\s*[A-Z][\w'’&.-]*)*")
QUESTION_START = re.compile(
    r"^(?:What|Which|Who|Whom|Whose|When|Where|Why|How|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|Can|Could|"
    r"Will|Would|Should|Compare|Summarise|Summarize|List|Name|Outline|Define|In|At|By|On|According|Give|Up|Until)$"
)


@dataclass(frozen=True)
class Intent:
    """What a question asks: its kind, the kinds of answer it expects, and its topic."""

    text: str
    kind: Kind
    expects: frozenset[str]
    terms: tuple[str, ...]  # search terms of the topic (stemmed, no stop words)
    names: tuple[str, ...]  # capitalised names and acronyms the question uses ("Dixon", "GPC")
    speaker: str = ""  # whose words are asked for: "What did Dixon argue?", "according to Hirst"
    stance: str = ""  # "against" ("Who opposed it?") or "for" ("Who backed the plan?"), else ""

    @property
    def wants_sides(self) -> bool:
        return self.kind in ("compare", "summarise")


def classify(question: str) -> Kind:
    for kind, pattern in _FORMS:
        if pattern.search(question):
            return kind
    return "what"


def question_names(question: str) -> tuple[str, ...]:
    """Capitalised names and acronyms of a question, without the question word that opens it."""
    found = []
    for m in NAMED.finditer(question):
        for part in re.split(r"\s+and\s+", m.group()):  # "Dixon and Vautrey" are two names
            words = part.split()
            while words and (QUESTION_START.match(words[0]) or words[0].lower() in ("the", "a", "an")):
                words = words[1:]
            name = re.sub(r"[’']s$", "", " ".join(words).strip(".,;:?!'’\""))
            if name:
                found.append(name)
    return tuple(found)


_SPEAKER = re.compile(
    r"\b(?:what|how) (?:did|does|do|has|have) (?P<a>.{2,60}?) (?:say|said|argue|think|believe|claim|warn|"
    r"tell|call|describe|suggest|propose|want|blame|make of|mean)\b|\baccording to (?P<b>[^,?]{2,60})|"
    r"\bin (?P<c>[A-Z][\w'’ .-]{1,40}?)[’']s? (?:view|opinion|words)\b|\bwhy did (?P<d>.{2,60}?) (?:oppose|"
    r"support|say|argue|reject|back|welcome|criticise|criticize)\b|"
    # "Did Dixon welcome the move?", "Was Dixon supportive of ...?": a yes/no question on someone's stance
    r"^\s*(?:did|does|do|was|is|were|has|had)\s+(?P<e>.{2,60}?)\s+(?:welcome|support|oppose|back|agree|"
    r"believe|think|say|want|accept|reject|criticise|criticize|favour|favor|endorse|supportive|opposed|"
    r"in favour|against|happy|concerned|worried)\b",
    re.IGNORECASE,
)


# A summary of one person's case: "Summarise Dr Dixon's view of ...", "Outline how Dixon thought ..."
_SUMMARISED = re.compile(
    r"(?P<a>\b[A-Z][\w'’ .-]{1,40}?)[’']s (?:views?|position|stance|arguments?|case|criticisms?|concerns|"
    r"reaction|response|opinions?|comments|remarks|thoughts)\b|"
    r"^\s*(?:outline|summari[sz]e|describe|explain)\s+(?:how|what|why)\s+(?P<b>.{2,60}?)\s+(?:thought|"
    r"felt|saw|argued|said|believed|wanted|proposed|suggested)\b",
    re.IGNORECASE,
)


def asked_speaker(question: str, kind: Kind = "what") -> str:
    """The name whose words the question asks for, if it names one ("" otherwise); a summary
    (``kind`` "summarise") may ask for one person's case."""
    m = _SPEAKER.search(question) or (_SUMMARISED.search(question) if kind == "summarise" else None)
    if not m:
        return ""
    phrase = next(g for g in m.groups() if g)
    names = question_names(phrase)
    return names[-1] if names else ""


_ROLE_NOUN = r"(?:job(?: title)?|post|position|role|title|jobs|posts|positions|roles|titles)"
_ROLE_QUESTION = re.compile(
    rf"^\s*(?:who(?:[’']s|\s+is|\s+was)\s+(?P<a>[^,?]{{2,60}}?)\s*\??\s*$"
    rf"|(?:what|which)\s+{_ROLE_NOUN}\s+(?:does|did|do|has|had)\s+(?P<b>.{{2,60}}?)\s+(?:hold|have|had|held|occupy)\b"
    rf"|(?:what|which)\s+(?:is|was|were)\s+(?P<c>.{{2,60}}?)[’']s?\s+{_ROLE_NOUN}\b)",
    re.IGNORECASE,
)


def asked_role_of(question: str) -> str:
    """The person a question asks about as such: who they are, or the job they hold ("Who is
    Helen Hirst?", "What post does Simon Stevens hold?", "What was Barbara Hakin's job title?").
    "" when it asks anything else, or names no one ("Who is the chair of the GPC?")."""
    m = _ROLE_QUESTION.search(question)
    if not m:
        return ""
    phrase = next(g for g in m.groups() if g).strip()
    names = question_names(phrase)
    if len(names) != 1 or _bare(names[0]) != _bare(re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)):
        return ""  # not only a name: "the chair of NHS Clinical Commissioners"
    return names[0]


def _bare(text: str) -> str:
    """A name as written, without a closing possessive, outer punctuation or extra spaces."""
    return " ".join(re.sub(r"[’']s$", "", text).split()).strip(".,;:?!'’\"")


_OFFICE_HEAD = (
    r"(?:chair(?:man|woman|person)?|chief executive|chief officer|president|director|general secretary|"
    r"secretary|leader|head|editor|governor|minister|spokes(?:man|woman|person)|treasurer|convenor)"
)
_OFFICE_MOD = r"(?:deputy|vice|assistant|acting|interim|former|outgoing|incoming|new|current|joint|co|shadow)"
_OFFICE_FORMS = (
    # "Who is the chair of NHS Clinical Commissioners?", "Who was the health secretary?"
    re.compile(
        rf"^\s*who(?:[’']s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?P<mod>(?:{_OFFICE_MOD}[- ]\s*)*)"
        rf"(?P<head>{_OFFICE_HEAD})(?:\s+(?:of|at|for)\s+(?P<org>(?:the\s+)?[^?]{{2,80}}?))?\s*\??\s*$",
        re.I,
    ),
    # "Who is the GPC deputy chairman?"
    re.compile(
        rf"^\s*(?i:who(?:[’']s|\s+is|\s+was)\s+)(?P<org>(?:the\s+)?(?:[A-Z][\w&’'-]*\s+){{1,5}}?)"
        rf"(?P<mod>(?:(?i:{_OFFICE_MOD})[- ]\s*)*)(?P<head>(?i:{_OFFICE_HEAD}))\s*\??\s*$"
    ),
    # "Who chairs the GPC?", "Who leads the NHS Alliance?"
    re.compile(
        r"^\s*who\s+(?:currently\s+)?(?P<head>chairs|chaired|leads|led|heads|headed|runs|ran)\s+"
        r"(?P<org>(?:the\s+)?[^?]{2,80}?)\s*\??\s*$",
        re.I,
    ),
)
_TOP_POSTS = ("chair", "chief executive", "leader", "head", "president", "general secretary", "director")
_HOLDS = {"chair": "chair", "lead": "lead", "led": "lead", "head": "lead", "run": "lead", "ran": "lead"}
_RANKED = frozenset({"deputy", "vice", "assistant", "former", "joint", "co", "shadow"})  # other posts


@dataclass(frozen=True)
class Office:
    """A post a question asks the holder of: its head word ("chair", "lead" for any top post),
    the words that make it another post ("deputy"), and the body ("" for any)."""

    head: str
    ranks: frozenset[str]
    body: str
    body_first: bool = False  # asked as "the GPC deputy chairman", not "the deputy chair of the GPC"

    def describe(self) -> str:
        post = " ".join([*sorted(self.ranks), "leader" if self.head == "lead" else self.head])
        if self.body_first:
            return f"{self.body} {post}"
        return f"{post} of {self.body}" if self.body else post


def asked_office(question: str) -> Office | None:
    """The post whose holder the question asks for ("Who chairs the GPC?"), if it asks that."""
    for form in _OFFICE_FORMS:
        m = form.search(question)
        if m is None:
            continue
        head = m["head"].casefold()
        head = _HOLDS.get(re.sub(r"(?:s|ed)$", "", head), head)
        head = re.sub(r"^(chair)(?:man|woman|person)$", r"\1", head)
        ranks = frozenset(w for w in re.split(r"[- ]+", (m.groupdict().get("mod") or "").casefold()) if w)
        body = (m["org"] or "").strip().rstrip("?").strip()
        return Office(
            head, ranks & _RANKED, body, body_first=m.start("org") < m.start("head") if body else False
        )
    return None


def holds_office(office: Office, role: str, *, ranked: bool = True) -> bool:
    """Whether a role ("GPC deputy chair", "chair of the NHS Alliance") is the post asked for:
    the same post, no rank the question lacks or lacks one it has (``ranked=False``: any rank, a
    post of that kind at that body), and the body named in it."""
    folded = role.casefold()
    words = set(re.findall(r"[\w’'-]+", folded))
    heads = _TOP_POSTS if office.head == "lead" else (office.head,)
    if not any(re.search(rf"\b{re.escape(h)}(?:man|woman|person)?\b", folded) for h in heads):
        return False
    if ranked and {w for w in words if w in _RANKED or w.split("-")[0] in _RANKED} ^ set(office.ranks):
        return False
    body = [t for t in tokenize(office.body) if t not in STOPWORDS]
    return all(t in set(tokenize(role)) for t in body)


def intent(question: str) -> Intent:
    kind = classify(question)
    names = question_names(question)
    expects = EXPECTS.get(kind, frozenset())
    stance = "against" if _ASKS_AGAINST.search(question) else "for" if _ASKS_FOR.search(question) else ""
    return Intent(
        question, kind, expects, tuple(tokenize(question)), names, asked_speaker(question, kind), stance
    )


# "Who opposed it?", "Which groups backed the plan?": the question asks for one side.
_ASKS_AGAINST = re.compile(
    r"\b(?:oppos\w*|against|criticis\w*|criticiz\w*|reject\w*|object\w*|resist\w*|attack\w*|"
    r"condemn\w*|disagree\w*|critics?)\b",
    re.IGNORECASE,
)
_ASKS_FOR = re.compile(
    r"\b(?:support\w*|back(?:s|ed|ing)?|welcom\w*|favou?r\w*|endors\w*|agree[sd]?)\b", re.I
)
# How news reports a stance against something, and one for it.
_AGAINST = re.compile(
    r"\b(?:oppos\w*|against|criticis\w*|reject\w*|object\w*|condemn\w*|warn\w*|concern\w*|fear\w*|"
    r"not support|does not|do not|doesn[’']t|don[’']t|won[’']t|cannot|can[’']t|recreat\w*|fail\w*|fatal|"
    r"poisoned|flaw\w*|wrong|risk\w*|threat\w*|damag\w*|undermin\w*|chaotic|predictable|joke)\b",
    re.IGNORECASE,
)
_FOR = re.compile(
    r"\b(?:support\w*|back\w*|welcom\w*|favou?r\w*|endors\w*|agree\w*|praise\w*|should|must|"
    r"need(?:s|ed)? to|opportunit\w*|benefit\w*|better|improv\w*)\b",
    re.IGNORECASE,
)


def takes_stance(intent: Intent, sentence: str) -> bool:
    """Whether the sentence states the side the question asks for ("Who opposed it?")."""
    if intent.stance == "against":
        return bool(_AGAINST.search(sentence))
    if intent.stance == "for":
        return bool(_FOR.search(sentence))
    return False


def answer_types(sentence: str) -> frozenset[str]:
    """The kinds of answer a sentence holds, from its surface."""
    found = set()
    if _MONEY.search(sentence):
        found.add("money")
    if _NUMBER.search(sentence):
        found.add("number")
    if _DATE.search(sentence):
        found.add("date")
    if _TITLED.search(sentence) or _CAPITAL_PAIR.search(sentence[1:]) or _ROLE.search(sentence):
        found.add("person")
    if _BODY.search(sentence):
        found.add("body")
    if _REASON.search(sentence):
        found.add("reason")
    if _PLACE.search(sentence):
        found.add("place")
    if _DEFINITION.search(sentence):
        found.add("definition")
    return frozenset(found)


# The same kinds, read strictly, for choosing the sentence that leads an answer: a date is a
# month, a day of one or a year (not "today" or "next week"); a sum has a currency or a
# magnitude; a count has a figure or a number word that is not a year.
_STRICT_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\b|\b(?:{MONTHS})\s+\d{{1,2}}\b|\b(?:19|20)\d\d\b|"
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b",
    _I,
)
_STRICT_MONEY = re.compile(
    r"[£$€]\s?\d|\b\d[\d,.]*\s?(?:bn|billion|million|m)\b|\b\d[\d,.]*\s?(?:pounds|pence|p)\b"
)
_STRICT_NUMBER = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d[\d,.]*%?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|third|quarter|dozen)\b",
    _I,
)
_STRICT = {"date": _STRICT_DATE, "money": _STRICT_MONEY, "number": _STRICT_NUMBER}


def holds_answer(intent: Intent, sentence: str) -> bool:
    """Whether the sentence holds, read strictly, a date, sum or count the question asks for
    (False for other kinds of question: there is nothing to hold)."""
    wanted = [_STRICT[t] for t in intent.expects if t in _STRICT]
    if intent.kind == "how much":  # a sum, or a share ("by how much"): not a bare count
        wanted = [_STRICT_MONEY, re.compile(r"\d[\d,.]*\s?(?:%|per ?cent)", _I)]
    return bool(wanted) and any(p.search(sentence) for p in wanted)


def states_value_of(intent: Intent, sentence: str) -> bool:
    """Whether the sentence gives the sum or count asked for as the value of a thing the question
    names: "the Government's £3.8bn Better Care Fund", "the fund, worth £3.8bn", "the fund of £3.8bn"."""
    if intent.kind not in ("how much", "how many"):
        return False
    value = rf"(?:{_STRICT_MONEY.pattern}|{_STRICT_NUMBER.pattern})[\w.,%]*"
    for name in intent.names:
        words = [w for w in name.split() if w[:1].isupper()]
        if len(words) < 2:
            continue
        thing = r"\s+".join(map(re.escape, words[-3:]))
        if re.search(rf"{value}\s+(?:[\w’'-]+\s+)?{thing}", sentence, _I) or re.search(
            rf"{thing}\W{{0,3}}\s*(?:\((?=[£$€\d])|(?:of|worth|is|was|at|totalling|totaling|costing)\s+){value}",
            sentence,
            _I,
        ):
            return True
    return False


# A stance, not only a fact: modal and evaluative words by which news reports a view.
_VIEW = re.compile(
    r"\b(?:should|shouldn[’']?t|must|need(?:s|ed)? to|ought|support(?:s|ed)?|oppos(?:e|es|ed)|against|"
    r"favou?r|believe[sd]?|think|thinks|agree[sd]?|disagree[sd]?|reject(?:s|ed)?|welcome[sd]?|"
    r"concern(?:s|ed)?|worr(?:y|ied|ies)|warn(?:s|ed)?|fear(?:s|ed)?|argue[sd]?|call(?:s|ed)? for|"
    r"no longer|not|wrong|right|important|essential|controversial|radical|fatal|alternative|better|worse)\b",
    re.IGNORECASE,
)


def states_view(sentence: str) -> bool:
    return bool(_VIEW.search(sentence))


def type_match(intent: Intent, sentence: str) -> float:
    """1.0 when the sentence holds a kind of answer the question expects (or it expects none)."""
    if not intent.expects:
        return 1.0
    return 1.0 if intent.expects & answer_types(sentence) else 0.0


# Words that name no one in particular: a name made only of these is not checked against the corpus.
_GENERIC_NAME_WORDS = frozenset(tokenize(" ".join(TITLE_WORDS) + " NHS CCG CCGs GP GPs UK England"))
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def unmatched(question: str, known: Callable[[str], bool], years: Collection[str]) -> tuple[str, ...]:
    """People, bodies and years the question asks about that no indexed article mentions.

    A name counts when it has two or more capitalised words besides honorifics and
    generic words ("Jeremy Hunt", "NHS Leicester City CCG"; not "Cumbrian GP") and
    none of its search terms is in the index (``known``); a year when no passage holds
    it and no article is dated in it. Such a question cannot be answered from these
    articles whatever passage is nearest; a misspelt name is reported the same way, so
    the reader can correct it.
    """
    out: list[str] = []
    for name in question_names(question):
        words = [w for w in name.split() if w[:1].isupper()]
        terms = [t for w in words for t in tokenize(w) if t not in _GENERIC_NAME_WORDS]
        if len(terms) >= 2 and not any(known(t) for t in terms):
            out.append(name)
    for year in dict.fromkeys(YEAR.findall(question)):
        if not known(year) and year not in years:
            out.append(year)
    return tuple(out)


# "When did X become chair of Y?", "When did the Act come into force?": a question for the date
# of one event. Each row: how a question names the event, and the forms of it a sentence giving
# that date would use.
_EVENTS = (
    (r"bec[oa]me", r"bec[oa]me|becoming"),
    (r"t(?:ake|ook) over", r"t(?:ake|akes|ook|aking|aken) over|succeed(?:s|ed)?"),
    (r"t(?:ake|ook) up", r"t(?:ake|akes|ook|aking|aken) up"),
    (r"appoint(?:ed)?", r"appoint(?:s|ed|ment)?"),
    (r"elect(?:ed)?", r"elect(?:s|ed|ion)?"),
    (r"join(?:ed)?", r"join(?:s|ed|ing)?"),
    (r"c[oa]me into", r"c(?:ome|omes|ame|oming) into|in force|into existence|launch(?:ed)?"),
    (r"open(?:ed)?", r"open(?:s|ed|ing)?"),
    (r"pass(?:ed)?", r"pass(?:es|ed)?|royal assent"),
    (r"start(?:ed)?", r"start(?:s|ed)?|began|begin(?:s)?|launch(?:ed)?"),
    (r"launch(?:ed)?", r"launch(?:es|ed)?|start(?:ed)?"),
)
_EVENT_WHEN = re.compile(
    r"^\s*(?:when|in what year|what year|on what date)\s+"
    r"(?:did|does|do|was|were|is|are|will|would|has|have|had)\b.*?"
    rf"\b(?P<verb>{'|'.join(stem for stem, _ in _EVENTS)})\b",
    _I,
)
_EVENT_SAID = tuple((re.compile(stem, _I), re.compile(rf"\b(?:{forms})\b", _I)) for stem, forms in _EVENTS)


def asked_event(question: str) -> re.Pattern[str] | None:
    """For a question asking when one event happened, the words a sentence dating that event
    would use ("When did Dr X become chair?": became, becoming); None for any other question."""
    m = _EVENT_WHEN.search(question)
    if m is None:
        return None
    return next(said for stem, said in _EVENT_SAID if stem.fullmatch(m["verb"]))
