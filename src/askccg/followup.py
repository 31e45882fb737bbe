"""Follow-up questions resolved from the previous turns, without a language model.

"What did he say about NHS England?" or "And the LMC?" make sense only after an
earlier question. The rules, general to question answering:

* a third-person pronoun (he, she, his, her, him) without a name of its own is
  replaced by the last person of the conversation (named in the previous
  question, else the first speaker quoted in the previous answer);
* a short follow-up that names a new actor ("And the LMC?", "What about
  Dixon?") is the previous question with its first actor swapped for the new one;
* a follow-up with its own verb and actor ("And what did Dixon argue?") keeps
  its words and borrows the previous question's topic words;
* a follow-up that points back at a thing ("Who criticised it?"), asks only
  "Why?", or opens with "What about ..." keeps its words and adds the previous
  question's topic, in brackets;
* when such a follow-up has nothing to point back at (no earlier question, or
  one with no topic, such as "Hello"), ``needs_context`` is true and ``ask``
  asks the user to say more instead of guessing.

The rewritten question is what retrieval sees; ``Answer.query`` shows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .lexical import STOPWORDS

LEAD = re.compile(r"^\s*(?:and|but|so|also|then|ok(?:ay)?|what about|how about)\b[\s,]*", re.IGNORECASE)
PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
ACRONYM = re.compile(r"\b[A-Z]{2,6}s?\b")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
QUESTION_FORM = re.compile(
    r"\b(?:what|why|how|when|where|who|which|did|does|do|is|was|were|has|have)\b", re.I
)
# Conversation filler: a turn made only of these ("Hello", "Thanks, that's all") has no topic.
FILLER = {
    "hello",
    "hi",
    "hey",
    "thanks",
    "thank",
    "cheers",
    "ok",
    "okay",
    "bye",
    "goodbye",
    "please",
    "great",
    "good",
    "fine",
    "sure",
    "yes",
    "no",
    "that's",
    "thats",
    "all",
    "now",
    "morning",
}
GENERIC = {"and", "what", "about", "how", "the", "say", "said", "argue", "argued", "think", "view", "views"}


# "there" points back only at the end ("How many were there?"), not as in "were there in 2013".
THING = re.compile(r"\b(?:it|its|this|that|these|those|they|them|their)\b|\bthere\s*\?*$", re.IGNORECASE)
# Nor does "it" in "it's not good to ...", "is it true that ...": a dummy subject before an adjective
# and the clause it stands for (removed before looking for a pointer back).
DUMMY_IT = re.compile(
    r"\b(?:it(?:[’']s|\s+(?:is|was|would be|will be))|(?:is|was)\s+it)\s+(?:not\s+)?\w+\s+(?:to|that|for)\b",
    re.IGNORECASE,
)
WH = re.compile(
    r"^\s*(?:what|which|who|whom|whose|when|where|why|how)(?:\s+(?:much|many|long|often))?"
    r"(?:\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should))?\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Turn:
    """One earlier exchange: the question as asked, and speakers the answer quoted."""

    question: str
    speakers: tuple[str, ...] = ()
    query: str = ""  # the question as retrieval saw it, once resolved ("" when not known)
    shown: tuple[tuple[str, int, int], ...] = ()  # (source, start, end) of the answer's sentences
    answered: bool = False  # whether speakers and shown come from its answer (else not known)
    said: str = ""  # the answer's sentences, for the people they name

    @property
    def resolved(self) -> str:
        return self.query or self.question


def actors(text: str, people: Iterable[str]) -> list[tuple[int, str]]:
    """(position, surface form) of known people and acronyms in a question, in order."""
    found: list[tuple[int, str]] = []
    for name in people:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            found.append((m.start(), m.group()))
    for m in ACRONYM.finditer(text):
        if m.group().rstrip("s") not in ("CCG", "NHS", "GP", "PCT"):  # topics, not actors
            found.append((m.start(), m.group()))
    found.sort()
    out: list[tuple[int, str]] = []
    for pos, name in found:
        if not out or pos >= out[-1][0] + len(out[-1][1]):
            out.append((pos, name))
    return out


def content_words(text: str, skip: Iterable[str] = ()) -> list[str]:
    skipped = {s.lower() for s in skip}
    return [
        w
        for w in WORD.findall(text)
        if w.lower() not in STOPWORDS and w.lower() not in GENERIC and w.lower() not in skipped
    ]


def needs_context(question: str, people: Iterable[str]) -> bool:
    """The question points back at something earlier: a pronoun, "What about ...", or no topic."""
    body = LEAD.sub("", question).strip()
    own = content_words(body, [name for _, name in actors(body, list(people))])
    return (
        bool(LEAD.match(question))
        or (bool(PRONOUN.search(body) or THING.search(DUMMY_IT.sub(" ", body))) and len(own) <= 3)
        or (not own and not actors(body, list(people)))
    )


def has_topic(question: str) -> bool:
    return any(w.lower() not in FILLER for w in content_words(question))


def topic(question: str) -> str:
    """A question without its question words: "What did Dixon say about X?" -> "Dixon say about X"."""
    return WH.sub("", question).strip().rstrip("?").strip()


def resolve(question: str, history: Sequence[Turn], people: Iterable[str]) -> str:
    """The question as retrieval should see it, given the earlier turns."""
    history = [t for t in history if has_topic(t.question)]  # "Hello" is not a topic
    if not history:
        return question
    people = list(people)
    previous = history[-1]
    own = actors(question, people)
    lead = bool(LEAD.match(question))
    body = LEAD.sub("", question).strip()
    if PRONOUN.search(body) and not own:
        person = _last_person(history, people)
        if person:
            return PRONOUN.sub(
                lambda m: person + ("'s" if m.group().lower() in ("his", "hers") else ""), body
            )
    before = actors(previous.question, people)
    own_words = content_words(body, [name for _, name in own])
    asks = bool(QUESTION_FORM.search(body))
    if own and before and not own_words and not asks:
        pos, old = before[0]
        swapped = previous.question[:pos] + own[0][1] + previous.question[pos + len(old) :]
        return swapped
    if (lead or len(own_words) <= 2) and own:
        skip = [name for _, name in before] + _predicate(previous.question, before)
        extra = [w for w in content_words(previous.question, skip) if w.lower() not in body.lower()]
        body = body[0].upper() + body[1:]
        return f"{body.rstrip('?')} about {' '.join(extra)}?" if extra else body
    if needs_context(question, people):  # "Why?" after "Who opposed it?" asks about what "it" was
        return f"{question.strip().rstrip('?')}? ({topic(_unbracket(previous.resolved))})"
    return question


def _unbracket(query: str) -> str:
    """ "Who opposed it? (Simon Stevens offer CCGs)" -> "Who opposed Simon Stevens offer CCGs?":
    a resolved follow-up with its borrowed topic put where its pointer was."""
    m = re.fullmatch(r"(?P<q>.*?)\?\s*\((?P<t>[^()]*)\)\s*", query)
    if m is None:
        return query
    q, t = m["q"].strip(), m["t"].strip()
    pointed = re.sub(r"\b(?:it|this|that|them|these|those)\b", t, q, count=1, flags=re.IGNORECASE)
    return f"{pointed if pointed != q else q + ' ' + t}?"


def _predicate(question: str, found: list[tuple[int, str]]) -> list[str]:
    """The verb of 'why did <actor> <verb> ...': it belongs to the old actor, not the topic."""
    if not found:
        return []
    pos, name = found[0]
    if not re.search(r"\b(?:did|does|do|will|would|should|can|could)\s+$", question[:pos], re.I):
        return []
    after = WORD.findall(question[pos + len(name) :])
    return after[:1]


def _last_person(history: Sequence[Turn], people: Sequence[str]) -> str | None:
    for turn in reversed(history):
        named = [name for _, name in actors(turn.question, people) if not ACRONYM.fullmatch(name)]
        if named:
            return named[-1]
        if turn.speakers:
            return turn.speakers[0]
        named = [name for _, name in actors(turn.said, people) if not ACRONYM.fullmatch(name)]
        if named:  # "Who is the NHS Alliance chairman?" answered "NHS Alliance chairman Dr Michael Dixon ..."
            return named[0]
    return None
