"""Who said what: people, their roles and the direct quotations of each article.

General newsroom conventions, not rules for particular files:

* a person is a titled name ("Dr Michael Dixon", "Mr Stevens") or a two-word
  capitalised name next to a reporting verb or a role ("Helen Hirst explained",
  "director of CCG development Helen Hirst"); later short forms ("Dr Dixon") and
  pronouns ("he said") resolve to the last full mention;
* a role is the appositive after the name ("Dr X, chair of the NHS Alliance,
  said") or the title before it ("GPC deputy chairman Dr X"); the organisation is
  the first proper name inside the role;
* a quotation is the text after ``<speaker> <verb>: '`` to the end of its
  paragraph, a following paragraph that opens with a quote mark (the same speaker
  continues), or a quoted fragment inside a sentence whose speaker is named.

Every quote keeps the exact raw span of its words (quote marks excluded).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from .cleaning import iter_lines
from .documents import Article

TITLES = r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Professor|Prof|Sir|Dame|Lord|Lady|Baroness|Cllr|Rev)"
NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
TITLED = re.compile(rf"\b{TITLES}\.?\s+{NAME_WORD}(?:\s+{NAME_WORD})?(?:\s+{NAME_WORD})?\b")
PLAIN = re.compile(rf"\b{NAME_WORD}\s+{NAME_WORD}\b")
VERBS = (
    r"said|says|told|tells|added|adds|explained|warned|argued|admitted|urged|insisted|claimed|stressed|"
    r"announced|revealed|wrote|believes|suggested|asked|noted|replied|commented|continued|agreed"
)
VERB_AFTER = re.compile(rf"\s*(?:,[^,]{{0,120}},)?\s*(?:has |had |was |also )?(?:{VERBS})\b")
ROLE_WORDS = re.compile(
    r"\b(?:chair|chairman|chairwoman|president|director|secretary|executive|adviser|advisor|champion|leader|"
    r"officer|spokesperson|spokesman|spokeswoman|minister|head|partner|member|lead|deputy|GP|founder|editor|"
    r"professor|manager|commissioner|chief)\b",
    re.IGNORECASE,
)
ORG = re.compile(
    r"(?:[A-Z]{2,}|[A-Z][a-z]+)(?:[’']s)?(?:\s+(?:of|for|and)?\s*(?:the\s+)?(?:[A-Z]{2,}|[A-Z][a-z]+))*"
)
PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
OPEN = "‘'“\""
CLOSE = "’'”\""
COLON_QUOTE = re.compile(
    rf"(?P<attr>[^{OPEN}]{{0,240}}?)\b(?P<verb>{VERBS})\b(?P<to>[^:{OPEN}]{{0,160}}):\s*[{OPEN}’]"
)
OPENING_MARK = re.compile(rf"(?:^|\s)[{OPEN}]\S")
GROUP_WORDS = re.compile(r"\b(?:leaders|members|report|spokes\w+|advis\w+|experts?|officials?|campaigners)\b")
FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|we|We|our|Our|my|My|us)\b")
STOP_NAMES = {
    "But",
    "And",
    "The",
    "In",
    "At",
    "It",
    "If",
    "As",
    "He",
    "She",
    "They",
    "This",
    "That",
    "Speaking",
}


@dataclass(frozen=True)
class Person:
    """A speaker as the article introduces them."""

    name: str  # fullest form in the article, e.g. "Dr Michael Dixon"
    surname: str
    role: str = ""
    organisation: str = ""

    def describe(self) -> str:
        return f"{self.name}, {self.role}," if self.role else self.name


@dataclass(frozen=True)
class Quote:
    """A direct quotation with its speaker and exact span in the raw article."""

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


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    person: str  # surname key


def _surname(name: str) -> str:
    return name.split()[-1].replace("’", "'")


def _strip_title(name: str) -> str:
    return re.sub(rf"^{TITLES}\.?\s+", "", name)


class People:
    """The people of one article, in order of mention."""

    def __init__(self, text: str, start: int = 0) -> None:
        self.by_surname: dict[str, Person] = {}
        self.mentions: list[Mention] = []
        self._read(text, start)

    def _read(self, text: str, offset: int) -> None:
        spans: list[tuple[int, int, str]] = []
        for m in TITLED.finditer(text):
            spans.append((m.start(), m.end(), m.group()))
        for m in PLAIN.finditer(text):
            if any(s <= m.start() < e for s, e, _ in spans) or m.group().split()[0] in STOP_NAMES:
                continue
            before = re.split(r"[.,;:\n]", text[max(0, m.start() - 60) : m.start()])[-1]
            if VERB_AFTER.match(text, m.end()) or ROLE_WORDS.search(before):
                spans.append((m.start(), m.end(), m.group()))
        for s, e, name in sorted(spans):
            key = _surname(name)
            known = self.by_surname.get(key)
            role = known.role if known and known.role else _role(text, s, e)
            full = (
                name if not known or len(_strip_title(name)) > len(_strip_title(known.name)) else known.name
            )
            if known and _strip_title(known.name).count(" ") > _strip_title(name).count(" "):
                full = known.name
            self.by_surname[key] = Person(full, key, role, _organisation(role))
            self.mentions.append(Mention(offset + s, offset + e, key))

    def at(self, position: int) -> Person | None:
        """The person last mentioned before ``position`` (for 'he said')."""
        last = None
        for m in self.mentions:
            if m.start >= position:
                break
            last = m
        return self.by_surname[last.person] if last else None

    def named_in(self, text: str) -> Person | None:
        found = [(m.start(), _surname(m.group())) for m in TITLED.finditer(text)]
        found += [
            (m.start(), _surname(m.group()))
            for m in PLAIN.finditer(text)
            if _surname(m.group()) in self.by_surname
        ]
        for _, key in sorted(found):
            if key in self.by_surname:
                return self.by_surname[key]
        return None


def _role(text: str, start: int, end: int) -> str:
    after = re.match(rf",\s*(?P<role>[^.;:‘’'“”]{{3,140}}?),?\s+(?:has |had |was )?(?:{VERBS})\b", text[end:])
    if after and ROLE_WORDS.search(after["role"]):
        return after["role"].strip().rstrip(",")
    clause = re.split(r"[.,;:\n]\s*|\b(?:But|And|and|but)\s+", text[max(0, start - 100) : start])[-1]
    clause = clause.strip()
    if clause and ROLE_WORDS.search(clause) and len(clause.split()) <= 8:
        return clause
    return ""


def _organisation(role: str) -> str:
    for m in ORG.finditer(role):
        words = [w for w in m.group().split() if w not in ("of", "for", "and", "the")]
        if words and not all(ROLE_WORDS.fullmatch(w) for w in words):
            return re.sub(r"[’']s$", "", m.group()).strip()
    return ""


def _trim_marks(raw: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (raw[start] in OPEN + "’" or raw[start].isspace()):
        start += 1
    while end > start and (raw[end - 1] in CLOSE or raw[end - 1].isspace()):
        end -= 1
    return start, end


def _paragraphs(article: Article) -> Iterator[tuple[int, int]]:
    for section in article.sections:
        if section.kind != "article":
            continue
        for line in iter_lines(article.raw[section.start : section.end]):
            yield section.start + line.start, section.start + line.end


def article_people(article: Article) -> People:
    """The people the article body mentions (reader comments are not read)."""
    body = list(_paragraphs(article))
    return People(article.raw[body[0][0] : body[-1][1]], body[0][0]) if body else People("")


def extract_quotes(article: Article, people: People | None = None) -> list[Quote]:
    """Every direct quotation of the article body (reader comments are not quotes)."""
    raw = article.raw
    body = list(_paragraphs(article))
    if not body:
        return []
    people = people or article_people(article)
    quotes: list[Quote] = []
    last_speaker: Person | None = None
    previous_open = False
    for s, e in body:
        text = raw[s:e]
        colon = COLON_QUOTE.match(text)
        speaker: Person | None = None
        span: tuple[int, int] | None = None
        if colon:
            attr = colon["attr"]
            speaker = people.named_in(attr) or (
                people.at(s + colon.start("verb")) if PRONOUN.search(attr) else None
            )
            speaker = speaker or people.at(s + colon.start("verb"))
            span = _trim_marks(raw, s + colon.end() - 1, e)
        elif (text[0] in OPEN + "’" and last_speaker) or (
            previous_open
            and text[-1] in CLOSE
            and FIRST_PERSON.search(text)
            and not OPENING_MARK.search(text)
            and last_speaker
        ):
            speaker = last_speaker
            span = _trim_marks(raw, s, e)
        if speaker and span and span[1] > span[0]:
            quotes.append(_quote(article, speaker, span, "full"))
            last_speaker = speaker
            previous_open = True
            continue
        previous_open = False
        for fragment, owner in _fragments(raw, s, e, people):
            quotes.append(_quote(article, owner, fragment, "fragment"))
            last_speaker = owner
    return quotes


def _fragments(raw: str, start: int, end: int, people: People) -> Iterator[tuple[tuple[int, int], Person]]:
    """Quoted words inside a reporting sentence whose speaker is known."""
    text = raw[start:end]
    verb = re.search(rf"\b(?:{VERBS})\b", text)
    if not verb:
        return
    attr = text[: verb.start()]
    owner = people.named_in(attr) or (people.at(start + verb.start()) if PRONOUN.search(attr) else None)
    fragments = list(
        re.finditer(r"(?:(?<=^)|(?<=[\s(\[]))[‘'“\"](?=\S)(.+?)(?<=\S)[’'”\"](?![A-Za-z])", text)
    )
    if not fragments:
        return
    owner = owner or _group_speaker(attr, fragments[-1].end())
    if owner is None:
        return
    for m in fragments:
        yield (start + m.start(1), start + m.end(1)), owner


def _group_speaker(attr: str, last_fragment_end: int) -> Person | None:
    """A speaker the article names only by description: 'GP leaders at the LMC Conference'."""
    phrase = attr[last_fragment_end:] if last_fragment_end < len(attr) else attr
    phrase = re.sub(r",?\s*who\s*$", "", phrase.strip(" ,"))
    if " by " in phrase:
        phrase = phrase.rsplit(" by ", 1)[1]
    phrase = re.split(r",\s*", phrase)[-1].strip()
    phrase = re.sub(r"^(?:But|And|Yet|So)\s+", "", phrase)
    phrase = re.sub(r"\s+(?:has|have|had|was|were)$", "", phrase)
    words = phrase.split()
    named = any(w[0].isupper() for w in words) or ROLE_WORDS.search(phrase) or GROUP_WORDS.search(phrase)
    if not 1 <= len(words) <= 10 or not named:
        return None
    return Person(phrase, phrase, "", _organisation(phrase))


def _quote(article: Article, person: Person, span: tuple[int, int], kind: str) -> Quote:
    m = article.meta
    return Quote(
        text=article.raw[span[0] : span[1]],
        start=span[0],
        end=span[1],
        speaker=person.name,
        role=person.role,
        organisation=person.organisation,
        article_id=m.article_id,
        source=m.source,
        title=m.title,
        publication=m.publication,
        date=m.date,
        kind=kind,
    )


def corpus_quotes(articles: Iterable[Article]) -> list[Quote]:
    """All quotes; a short name in one article takes the full name another article gives."""
    articles = list(articles)
    full_names: dict[str, set[str]] = {}
    per_article = []
    for a in articles:
        people = article_people(a)
        for p in people.by_surname.values():
            if " " in _strip_title(p.name):
                full_names.setdefault(p.surname, set()).add(p.name)
        per_article.append(extract_quotes(a, people))
    out = []
    for quotes in per_article:
        for q in quotes:
            names = full_names.get(_surname(q.speaker), set())
            if " " not in _strip_title(q.speaker) and len(names) == 1:
                q = replace(q, speaker=next(iter(names)))
            out.append(q)
    return out


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
    """Ways a question may name a quoted person: full name, name without title, surname."""
    names: set[str] = set()
    for q in quotes:
        bare = _strip_title(q.speaker)
        if q.speaker[:1].isupper() and " " in bare and bare.count(" ") <= 2:
            names |= {q.speaker, bare, bare.split()[-1]}
    return sorted(names, key=len, reverse=True)
