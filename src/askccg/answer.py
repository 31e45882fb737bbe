"""Hits -> a short grounded answer: the sentence that answers first, attributed and cited.

Every answer sentence is a verbatim span of a corpus file (``raw[start:end]``),
optionally preceded by a short lead generated from metadata or from the quotes
index ("Dr Richard Vautrey, GPC deputy chair, said:", "Pulse reported:", "A
reader comment on ... said:"). Nothing else is written, except the one-line
statements of what the articles do not show ("The articles use “QOF” without
defining it.", "The articles found give only Dr Dixon's side."). ``verify`` checks,
by code, that every marker points at a retrieved passage and that the passage's
span contains the quoted words exactly.

How sentences are chosen (``questions`` says what the question asks):

* every sentence of the retrieved passages is scored: its cosine with the
  question, the share of the question's IDF weight it covers (with its speaker and
  headline as context), whether it holds the kind of answer the question expects
  (a sum for "how much", a date for "when", a reason for "why"), and its passage's
  own relevance; captions, photo credits and headline repeats never lead;
* the best sentence comes first; a quotation's next sentence and the best others
  follow, most relevant article first;
* compare and summarise questions take the best sentence of each side (each person
  the question names, or each speaker), and say when the articles show only one;
* define questions look for a defining sentence and otherwise say the articles use
  the term without defining it;
* ``Calibration`` turns the best sentence's evidence into a probability that the
  question is answered at all; below ``min_relevance`` the answer is a refusal that
  still lists the nearest passages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from .attribution import Quote, quote_lead
from .calibration import Calibration
from .chunking import human_date
from .cleaning import normalise
from .conventions import CAPTION_TEXT, CLOSE_MARKS, OPEN_MARKS, PHOTO_CREDIT, TITLES
from .documents import Answer, AnswerSentence, Citation, Hit, shown_title
from .lexical import tokenize
from .people import read_people
from .questions import (
    Intent,
    Office,
    asked_event,
    asked_office,
    asked_role_of,
    holds_answer,
    holds_office,
    states_value_of,
    states_view,
    takes_stance,
    type_match,
)
from .questions import intent as read_intent

REFUSAL = (
    "The articles in the corpus do not cover this question. "
    "The nearest passages are listed below for reference; none is relevant enough to answer from."
)
MAX_SENTENCES = 4
MAX_SIDES = 6  # compare, summarise and list answers cover more ground
MIN_WORDS = 4
SCORE_MARGIN = 0.35  # sentences this far below the best one are not added
# Sentence score weights, chosen on the dev halves (bench/tune_answers.py).
W_COVERAGE = 0.6
W_TYPE = 0.2
W_PASSAGE = 0.3
W_FURNITURE = 0.5  # captions, photo credits, headline repeats
W_SPEAKER = 0.3  # the person whose words the question asks for is the sentence's speaker
W_VIEW = 0.2  # compare and summarise questions ask for views: sentences stating one come first
W_STANCE = 0.2  # "Who opposed it?", "Did Dixon welcome the move?": sentences stating that side first
STANCE_KINDS = ("who", "yes/no")  # not "why": a reason, not a side, answers it (chosen on dev)
BORROWED = 0.5  # weight of the words a follow-up takes from the turn before
# A sentence holding the date, sum or count a question asks for leads the answer when it scores
# within the margin of sentences as good as the best (dev: any margin from 0.1 to 0.7 gives the
# same first-sentence fact rate, five 0.514 -> 0.542, corpus2 0.544 -> 0.550)
TYPED_LEAD = SCORE_MARGIN
# a sentence that gives a cause, read strictly (a why answer's next sentence may be one)
CAUSE = re.compile(
    r"\b(?:driven by|caused by|caused (?:it|them|the)|due to|because|owing to|as a result"
    r"|(?:a|in) response to|the result of|blamed|attributed to|prompted|led (?:it|them)|the reasons?)\b",
    re.IGNORECASE,
)
CAUSE_REACH = 2  # the best sentences whose next sentence may give the cause
ANAPHOR = re.compile(r"^\W*(?:this|these|that|those|it|they|such|he|she)\b", re.IGNORECASE)
ROLE_SHARE = 0.6  # of a role's words a sentence must hold to state it
# A follow-up's answer does not lead with what the previous answer showed (dev follow-ups: any
# weight from 0.25 to 0.5 gives the same, 1.0 loses one)
W_SEEN = 0.35
# "Responding to ..., Dr X, BMA GP Executive member, said:": a line that only introduces the quotation
# after it does not lead (the quotation's own lead names the speaker). Dev: 2 of 238 answers led with
# one; any weight from 0.5 to 1.0 leads with neither (fact first 134 -> 136)
W_INTRO = 0.5
INTRODUCES = re.compile(r":\s*[‘“'\"]?\s*$")
W_COMMENT = 0.15  # readers' views yield to reported facts unless the question asks about readers
# What the refusal calibration sees, each the best over the candidate sentences: cosine with the
# question; the share of the question's IDF weight the sentence itself (and its speaker) covers;
# that share where the sentence also holds the expected kind of answer; the share of the names the
# question uses that the sentence (or its speaker) holds; the best passage's cosine.
EVIDENCE = ("sentence", "coverage", "typed", "names", "passage")
# Below this cosine no sentence is even about the question's subject: refuse whatever the calibration
# says. Chosen on the dev halves: answerable questions' best sentence >= 0.234, off-topic ones <= 0.198.
SENTENCE_FLOOR = 0.22
COMMENT_WORDS = frozenset(tokenize("reader readers comment comments"))
TIMELINE_WORDS = re.compile(
    r"\b(?:change[ds]?|changing|over time|timeline|evolve[ds]?|shift(?:ed)?|since|history)\b", re.I
)


@dataclass(frozen=True)
class Candidate:
    hit: Hit
    start: int
    end: int
    score: float
    quote: Quote | None  # the full quotation this sentence belongs to
    fragment_speaker: Quote | None  # a quoted fragment inside a reporting sentence
    evidence: tuple[float, ...] = ()  # EVIDENCE, for the refusal calibration

    @property
    def credited(self) -> Quote | None:
        """The quotation whose speaker the sentence carries: its own, or a fragment's inside it."""
        return self.quote or self.fragment_speaker

    @property
    def speaker(self) -> str:
        q = self.credited
        return q.speaker if q is not None else ""


def wants_timeline(question: str) -> bool:
    return bool(TIMELINE_WORDS.search(question))


def no_match(question: str, filters: str, query: str = "") -> Answer:
    """The answer when no indexed passage passes the filters: say so, rather than that the
    articles do not cover the question (they were never searched)."""
    text = f"No article matches the filters ({filters}), so nothing was searched. Widen or remove them."
    return Answer(question=question, text=text, citations=(), hits=(), refused=True, query=query or question)


def clarify(question: str) -> Answer:
    """A follow-up with nothing earlier to point back at: ask instead of guessing."""
    text = (
        "What are you asking about? This question points back to something said earlier "
        "(“it”, “she”, “why”, “what about”), but the conversation has no earlier question to take "
        "it from. Please ask it in full."
    )
    return Answer(question=question, text=text, citations=(), hits=(), refused=True, clarify=True)


def not_mentioned(question: str, hits: Sequence[Hit], query: str, missing: Sequence[str]) -> Answer:
    """The refusal when the question asks about a person, body or year no article mentions."""
    names = " or ".join(f"“{m}”" for m in missing)
    text = (
        f"The articles in the corpus never mention {names}, so they cannot answer this. "
        "The nearest passages are listed below for reference."
    )
    return replace(refusal(question, hits, query), text=text)


def refusal(
    question: str, hits: Sequence[Hit], query: str, evidence: Mapping[str, float] | None = None
) -> Answer:
    return Answer(
        question=question,
        text=REFUSAL,
        citations=(),
        hits=tuple(hits),
        refused=True,
        query=query,
        evidence=tuple(sorted((evidence or {}).items())),
    )


def compose(
    question: str,
    hits: Sequence[Hit],
    *,
    min_relevance: float,
    calibration: Calibration | None = None,
    quotes: Sequence[Quote] = (),
    term_weight: Callable[[str], float] | None = None,
    query: str | None = None,
    timeline: bool | None = None,
    max_sentences: int = MAX_SENTENCES,
    seen: Sequence[tuple[str, int, int]] = (),
) -> Answer:
    """The grounded answer, or a refusal that still lists the nearest passages.

    ``seen``: (source, start, end) of sentences the previous answer showed; a follow-up's answer
    does not lead with them unless nothing else comes near.
    """
    query = query or question
    wanted = read_intent(query)
    idf = term_weight or (lambda _t: 1.0)
    own = set(tokenize(question))  # a follow-up's borrowed topic is background, its own words the ask

    def weight(term: str) -> float:
        return idf(term) * (1.0 if term in own or query == question else BORROWED)

    candidates = _candidates(hits, quotes, wanted, weight)
    if seen:
        candidates = [replace(c, score=c.score - W_SEEN) if _was_shown(c, seen) else c for c in candidates]
    if not candidates:
        return refusal(question, hits, query)
    best = max(candidates, key=lambda c: c.score)
    holding = [c for c in candidates if holds_answer(wanted, _text(c))]
    valued = [c for c in holding if states_value_of(wanted, _text(c))]  # "the £3.8bn Better Care Fund"
    for better in (holding, valued):
        if better and best not in better:  # "by June 20" answers "what deadline?"
            typed = max(better, key=lambda c: c.score)
            if typed.score >= best.score - TYPED_LEAD:
                best = typed
    evidence = {name: max(c.evidence[i] for c in candidates) for i, name in enumerate(EVIDENCE)}
    relevance = calibration.relevance(evidence) if calibration else max(h.relevance for h in hits)
    office = asked_office(query)
    if office is not None:  # "Who chairs the GPC?": its holder as the articles name them, or no name
        holders = _office_holders(office, hits, quotes)
        named = [c for name, role in holders for c in _role_statements(name, candidates, {role})]
        if not named:
            return _no_holder(question, hits, query, office, quotes, evidence)
        return _introducing(question, hits, query, named, max_sentences, evidence, relevance)
    person = asked_role_of(query)
    introduced = _role_statements(person, candidates, _roles_of(person, hits, quotes)) if person else []
    if introduced:  # "Who is Helen Hirst?": where the articles give her job, whatever the cosine says
        return _introducing(question, hits, query, introduced, max_sentences, evidence, relevance)
    # A question that wants a number, sum, date, name or reason, where no sentence about its topic
    # holds one, is not answered by guessing (on the dev halves: 0 of 100 answerable such questions
    # lack one, 2 of 27 unanswerable ones do).
    untyped = bool(wanted.expects) and evidence["typed"] == 0.0
    event = asked_event(query)  # "When did X become chair?": a date beside the event's own verb
    if event is not None and not any(
        holds_answer(wanted, _text(c)) and event.search(_text(c)) for c in candidates
    ):
        untyped = True
    if relevance < min_relevance or evidence["sentence"] < SENTENCE_FLOOR or untyped:
        return refusal(question, hits, query, evidence)
    timeline = wants_timeline(query) if timeline is None else timeline
    notes: list[str] = []
    if wanted.kind == "define":
        defined = _definition(wanted, candidates)
        if defined is None:
            term = _defined_term(wanted)
            notes.append(f"The articles use “{term}” without defining it; these passages mention it.")
        else:
            best = defined
    if wanted.wants_sides:
        limit = max(max_sentences, MAX_SIDES)
        chosen, note = _sides(wanted, candidates, best, limit)
        chosen = _with_context(chosen, candidates, limit)
        notes += [note] if note else []
    else:
        limit = max(max_sentences, MAX_SIDES) if wanted.kind == "list" else max_sentences
        chosen = _with_context(_select(best, candidates, limit), candidates, limit)
        if wanted.kind == "why":
            chosen = _with_cause(chosen, candidates, limit)
    if wanted.kind == "who":  # a role or a name is asked for: show the whole sentence, attribution included
        chosen = [_whole(c) for c in chosen]
        best = next((c for c in chosen if _same_span(c, best)), chosen[0])
    answer = _render(question, hits, _order(chosen, best, timeline), query, timeline)
    if notes:  # what the articles do not show is part of the answer, before the sentences
        answer = replace(answer, text="\n".join([*notes, answer.text]))
    return replace(answer, evidence=tuple(sorted(evidence.items())), relevance=relevance)


def _render(
    question: str, hits: Sequence[Hit], ordered: list[Candidate], query: str, timeline: bool
) -> Answer:
    citations: list[Citation] = []
    sentences: list[AnswerSentence] = []
    seen_speakers: set[str] = set()
    seen_articles: set[str] = set()
    for cand in ordered:
        c = cand.hit.citation
        if c not in citations:
            citations.append(c)
        sentences.append(_sentence(cand, citations.index(c) + 1, seen_speakers, seen_articles, timeline))
    sentences = [s for s in sentences if not verify_sentence(s, citations, hits)]
    return Answer(
        question=question,
        text=render_text(sentences, timeline),
        citations=tuple(citations),
        hits=tuple(hits),
        refused=False,
        sentences=tuple(sentences),
        query=query,
        timeline=timeline,
    )


def _candidates(
    hits: Sequence[Hit], quotes: Sequence[Quote], wanted: Intent, weight: Callable[[str], float]
) -> list[Candidate]:
    terms = set(wanted.terms)
    total = sum(weight(t) for t in terms) or 1.0
    wants_comments = bool(COMMENT_WORDS & terms)
    out = []
    for hit in hits:
        c = hit.citation
        context = set(tokenize(f"{c.title} {c.publication} {human_date(c.date) if c.date else ''}"))
        if c.kind == "comment":
            context |= set(tokenize("reader comment"))
        passage = (*hit.features, 0.0)[0]
        previous = ""
        for (s, e), cosine in zip(hit.sentences, hit.sentence_cosines, strict=False):
            text = hit.text[s - c.start : e - c.start]
            before, previous = previous, text
            if len(text.split()) < MIN_WORDS:
                continue
            quote = _containing_quote(quotes, c.source, s, e)
            fragment = _fragment_in(quotes, c.source, s, e) if quote is None else None
            speaker = " ".join(f"{q.speaker} {q.role}" for q in (quote, fragment) if q is not None)
            # "These should be developed by June 20.": an opening anaphor takes its topic from before.
            own = set(tokenize(f"{text} {speaker} {before if ANAPHOR.match(text) else ''}"))
            coverage = sum(weight(t) for t in terms if t in own | context) / total
            own_coverage = sum(weight(t) for t in terms if t in own) / total
            # a quotation's speaker is named in its lead: it holds the person a who question asks for
            typed = type_match(wanted, f"{text} {speaker}" if wanted.kind == "who" else text)
            folded = normalise(f"{text} {speaker}")
            names = (
                sum(normalise(n) in folded for n in wanted.names) / len(wanted.names) if wanted.names else 1.0
            )
            score = cosine + W_COVERAGE * coverage + W_TYPE * typed + W_PASSAGE * passage
            if wanted.speaker and _spoken_by(wanted.speaker, text, quote or fragment):
                score += W_SPEAKER
            if wanted.wants_sides and states_view(text):
                score += W_VIEW
            if wanted.kind in STANCE_KINDS and wanted.stance and takes_stance(wanted, text):
                score += W_STANCE
            if _furniture(text, c.title):
                score -= W_FURNITURE
            elif INTRODUCES.search(text) and quote is None:
                score -= W_INTRO
            if c.kind == "comment" and not wants_comments:
                score -= W_COMMENT
            evidence = (float(cosine), own_coverage, own_coverage * typed, names, float(passage))
            out.append(Candidate(hit, s, e, score, quote, fragment, evidence))
    return out


REPORTING = r"(?:said|says|told|tells|added|argued|argues|warned|claimed|believes|thinks|explained|wrote)"


def _spoken_by(name: str, text: str, quote: Quote | None) -> bool:
    """The sentence is ``name``'s words: a quotation credited to them, or "<name> said ...".

    Surnames are compared, so "Dixon" finds "Dr Michael Dixon".
    """
    surname = name.split()[-1]
    if quote is not None and quote.speaker:
        return surname in quote.speaker.split()
    return bool(re.search(rf"\b{re.escape(surname)}\b[^.;:]{{0,80}}\b{REPORTING}\b", text))


def _furniture(text: str, title: str) -> bool:
    """A caption, photo credit or the headline repeated: never the sentence that answers."""
    return bool(CAPTION_TEXT.search(text) or PHOTO_CREDIT.search(text)) or (
        bool(title) and normalise(text) == normalise(title)
    )


def _containing_quote(quotes: Sequence[Quote], source: str, start: int, end: int) -> Quote | None:
    for q in quotes:
        if q.kind == "full" and q.source == source and q.start < end and start < q.end:
            return q
    return None


def _fragment_in(quotes: Sequence[Quote], source: str, start: int, end: int) -> Quote | None:
    for q in quotes:
        if q.kind == "fragment" and q.source == source and start <= q.start and q.end <= end:
            return q
    return None


def _select(best: Candidate, candidates: list[Candidate], limit: int) -> list[Candidate]:
    """The best sentence, then the next best ones within the margin, no two alike."""
    ranked = sorted(candidates, key=lambda c: (-c.score, c.hit.citation.source, c.start))
    chosen = [best]
    for cand in ranked:
        if len(chosen) == limit or cand.score < best.score - SCORE_MARGIN:
            break
        if any(_same_span(cand, c) or _similar(cand, c) for c in chosen):
            continue
        chosen.append(cand)
    return chosen


def _with_context(chosen: list[Candidate], candidates: list[Candidate], limit: int) -> list[Candidate]:
    """Complete the answer: a quotation's next sentence joins its chosen sentence, and a
    one-sentence answer takes its neighbour (or else the next best sentence)."""
    out = list(chosen)
    needed: list[Candidate] = []  # sentences an anaphor needs: never dropped to make room
    for cand in chosen:  # "That's the verdict from Dr X": the sentence before is what "that" is
        before = _neighbour(cand, candidates, after=False) if ANAPHOR.match(_text(cand)) else None
        if before is None or any(_same_span(before, c) for c in out):
            continue
        if len(out) >= limit:  # make room: drop the weakest sentence that is neither this one nor the lead
            spare = [c for c in out[1:] if c is not cand and all(c is not n for n in needed)]
            weakest = min(spare, key=lambda c: c.score, default=None)
            if weakest is None:
                continue
            out.remove(weakest)
        out.append(before)
        needed += [cand, before]
    for cand in chosen:
        if len(out) >= limit or cand.quote is None:
            continue
        after = _neighbour(cand, candidates, after=True)
        if after is not None and _goes_on(cand, after) and not any(_same_span(after, c) for c in out):
            out.append(after)
    if len(out) == 1:
        extra = _neighbour(out[0], candidates, after=True) or _neighbour(out[0], candidates, after=False)
        if extra is None:
            ranked = sorted(candidates, key=lambda c: -c.score)
            extra = next((c for c in ranked if not _same_span(c, out[0]) and not _similar(c, out[0])), None)
        if extra is not None:
            out.append(extra)
    return out


def _with_cause(chosen: list[Candidate], candidates: list[Candidate], limit: int) -> list[Candidate]:
    """A why answer: the sentence after one of the best two that gives a cause ("Enfield CCG's
    deficit has more than tripled ... / A spokeswoman said this was largely driven by ...")
    joins them (one sentence over the limit at most)."""
    out = list(chosen)
    for cand in sorted(chosen, key=lambda c: -c.score)[:CAUSE_REACH]:
        after = _neighbour(cand, candidates, after=True)
        if after is None or not CAUSE.search(_text(after)) or any(_same_span(after, c) for c in out):
            continue
        if len(out) >= limit + 1:
            break
        out.append(after)
    return out


def _goes_on(cand: Candidate, after: Candidate) -> bool:
    """Whether ``after`` carries on the quotation ``cand`` is in: the same one, or the next
    paragraph's, credited to the same speaker (a quotation goes on across paragraphs)."""
    if cand.quote is None or after.quote is None:
        return False
    return after.quote == cand.quote or (
        bool(cand.quote.speaker) and after.quote.speaker == cand.quote.speaker
    )


def _role_statements(person: str, candidates: list[Candidate], roles: set[str]) -> list[Candidate]:
    """Sentences naming ``person`` beside one of ``roles`` (the jobs the articles credit them with:
    "NHS England’s director of CCG development Helen Hirst explained ..."), best first."""
    surname = person.split()[-1]
    named = re.compile(rf"\b{re.escape(surname)}\b")
    terms = {tuple(dict.fromkeys(tokenize(role))) for role in roles}
    terms.discard(())
    found = []
    for c in candidates:
        text = _text(c)
        if not named.search(text):
            continue
        words = set(tokenize(text))
        if any(sum(t in words for t in role) >= max(1, ROLE_SHARE * len(role)) for role in terms):
            found.append(c)
    return sorted(found, key=lambda c: -c.score)


def _introducing(
    question: str,
    hits: Sequence[Hit],
    query: str,
    found: list[Candidate],
    limit: int,
    evidence: Mapping[str, float],
    relevance: float,
) -> Answer:
    """The answer to who someone is or who holds a post: the sentences that name them beside the
    post, one per article, each shown whole with its attribution."""
    chosen = [_whole(c) for c in _one_per_role(found, limit)]
    answer = _render(question, hits, chosen, query, False)
    return replace(answer, evidence=tuple(sorted(evidence.items())), relevance=max(relevance, 0.5))


def _whole(c: Candidate) -> Candidate:
    """The candidate shown as the whole sentence, its quotation's speaker named in the lead."""
    return replace(c, quote=None, fragment_speaker=c.credited)


def _named_roles(hits: Sequence[Hit], quotes: Sequence[Quote]) -> set[tuple[str, str]]:
    """(name, role) of every person the quotations credit with a role, or a passage names with one
    though it does not quote them ("NHS England chief executive Simon Stevens")."""
    found = {(q.speaker, q.role) for q in quotes if q.speaker and q.role}
    for hit in hits:
        people = read_people(hit.text, [(0, len(hit.text))]).by_surname.values()
        found |= {(p.name, p.role) for p in people if not p.is_org and p.role}
    return found


def _roles_of(person: str, hits: Sequence[Hit], quotes: Sequence[Quote]) -> set[str]:
    """The jobs the articles give ``person``."""
    return {role for name, role in _named_roles(hits, quotes) if _same_person(person, name)}


def _office_holders(office: Office, hits: Sequence[Hit], quotes: Sequence[Quote]) -> list[tuple[str, str]]:
    """(name, role) of everyone the passages or their articles' quotations give the post asked for."""
    return sorted((name, role) for name, role in _named_roles(hits, quotes) if holds_office(office, role))


def _no_holder(
    question: str,
    hits: Sequence[Hit],
    query: str,
    office: Office,
    quotes: Sequence[Quote],
    evidence: Mapping[str, float],
) -> Answer:
    """No name rather than a guess: the articles found give no one the post asked for (a deputy
    chair is not the chair). Those they give a post of the same body are named, as their quotations
    credit them."""
    near: dict[str, str] = {}
    for q in quotes:
        if q.speaker and q.role and holds_office(office, q.role, ranked=False):
            near.setdefault(q.speaker, f"{q.speaker} ({q.role})")
    named = office.describe()
    text = f"The articles found do not say who {named if named.startswith('the ') else 'the ' + named} is."
    if near:
        text += f" They quote {' and '.join(list(near.values())[:2])}."
    return replace(
        refusal(question, hits, query, evidence), text=f"{text} The nearest passages are listed below."
    )


def _was_shown(c: Candidate, seen: Sequence[tuple[str, int, int]]) -> bool:
    return any(
        source == c.hit.citation.source and start < c.end and c.start < end for source, start, end in seen
    )


def _same_person(asked: str, speaker: str) -> bool:
    """Whether a question's name ("Dixon", "Michael Dixon", "Dr Dixon") names this speaker."""
    mine = [w for w in asked.split() if not re.fullmatch(rf"{TITLES}\.?", w)]
    theirs = speaker.split()
    return bool(mine) and mine[-1] in theirs and all(w in theirs for w in mine[:-1])


def _one_per_role(found: list[Candidate], limit: int) -> list[Candidate]:
    """The best sentence, then one from each other article (a person may hold other posts there)."""
    chosen: list[Candidate] = []
    for c in found:
        if len(chosen) == limit:
            break
        if any(o.hit.citation.source == c.hit.citation.source or _similar(o, c) for o in chosen):
            continue
        chosen.append(c)
    return chosen


def _sides(
    wanted: Intent, candidates: list[Candidate], best: Candidate, limit: int
) -> tuple[list[Candidate], str]:
    """The best sentence of each side: each person the question names, or else each speaker.

    Returns the sentences and, when only one side has any, a note saying so.
    """
    named = [n for n in wanted.names if any(n.split()[-1] in c.speaker for c in candidates)]
    ranked = sorted(candidates, key=lambda c: -c.score)
    chosen: list[Candidate] = []
    if len(named) >= 2:
        for name in named:
            surname = name.split()[-1]
            spoken = [c for c in ranked if _spoken_by(name, _text(c), c.credited)]
            side = spoken or [c for c in ranked if surname in c.speaker or surname in _text(c)]
            if side and not any(_same_span(side[0], c) for c in chosen):
                chosen.append(side[0])
        missing = [n for n in named if not any(n.split()[-1] in (c.speaker or _text(c)) for c in chosen)]
        note = f"The articles found show no view of {', '.join(missing)} on this." if missing else ""
    elif wanted.speaker:  # "Summarise Dr Dixon's view of ...": that person's sentences, best first
        surname = wanted.speaker.split()[-1]
        mine = [
            c
            for c in ranked
            if c.score >= best.score - 2 * SCORE_MARGIN
            and (_spoken_by(wanted.speaker, _text(c), c.credited) or surname in _text(c))
        ]
        for c in mine:
            if len(chosen) < limit and not any(_same_span(c, o) or _similar(c, o) for o in chosen):
                chosen.append(c)
        note = "" if chosen else f"The articles found show no view of {wanted.speaker} on this."
    else:
        speakers: dict[str, Candidate] = {}
        for c in ranked:
            if c.score < best.score - 2 * SCORE_MARGIN:
                break
            key = c.speaker or c.hit.citation.source
            speakers.setdefault(key, c)
        chosen = list(speakers.values())[:limit]
        voices = {c.speaker for c in chosen if c.speaker}
        note = (
            f"The passages found give only one side, that of {next(iter(voices))}."
            if len(voices) == 1 and all(c.speaker for c in chosen)
            else ""
        )
    return (chosen or [best])[:limit], note


def _defined_term(wanted: Intent) -> str:
    m = re.search(
        r"\b(?:is|are|was|were|of|mean by|by)\s+(?:a |an |the )?([\w'’&.\- ]{1,60}?)\s*\??\s*$", wanted.text
    )
    if m:
        return m.group(1).strip(" '’\"")
    return wanted.names[-1] if wanted.names else wanted.text.rstrip("?")


def _definition(wanted: Intent, candidates: list[Candidate]) -> Candidate | None:
    """A sentence that defines the asked-for term: "Term (ACR)", "ACR (Term)", "Term is a ...",
    "Term, the ...,", or an appositive such as "the King's Fund health policy think-tank"."""
    term = _defined_term(wanted)
    if not term:
        return None
    t = re.escape(term)
    patterns = [
        rf"\b{t}\s*\(\s*[A-Z][\w ]+\)",
        rf"\([^()]*\b{t}\b[^()]*\)",
        rf"\b{t}s?\s+(?:is|are|was|were)\s+(?:a|an|the)\s+\w+",
        rf"\b{t}s?\s*,\s+(?:a|an|the)\s+[^,]{{3,80}},",
        rf"\b{t}[’']?s?\s+(?:[a-z-]+\s+){{1,4}}(?:think-tank|charity|body|organisation|union|committee|regulator|"
        rf"agency|watchdog|trust|group|scheme|fund|programme|document|report|association)\b",
        rf"\b{t}s?\s+(?:refers?\s+to|means|is\s+defined\s+as|describes)\b",  # "Co-commissioning refers to"
        rf"^\W*{t}s?\s+[–—-]\s+\w",  # "• delegated commissioning – CCGs to assume full responsibility"
    ]
    found = [
        c for c in candidates if any(re.search(p, _text(c), re.I if i else 0) for i, p in enumerate(patterns))
    ]
    # "... an NHS Alliance 'manifesto' will say. / It is some thoughts from front-line clinicians":
    # "It is a ..." right after a sentence that names the term
    found += [
        c
        for c in candidates
        if IT_IS.match(_text(c))
        and (before := _neighbour(c, candidates, after=False)) is not None
        and re.search(rf"\b{t}", _text(before), re.I)
    ]
    return max(found, key=lambda c: c.score) if found else None


IT_IS = re.compile(r"^\W*(?:It|This|They)\s+(?:is|are|was|were)\s+(?:a|an|the|some)\b")


def _neighbour(cand: Candidate, candidates: list[Candidate], *, after: bool) -> Candidate | None:
    same = sorted((c for c in candidates if c.hit.citation == cand.hit.citation), key=lambda c: c.start)
    if after:
        return next((c for c in same if c.start >= cand.end), None)
    return next((c for c in reversed(same) if c.end <= cand.start), None)


def _same_span(a: Candidate, b: Candidate) -> bool:
    return a.hit.citation.source == b.hit.citation.source and a.start < b.end and b.start < a.end


def _similar(a: Candidate, b: Candidate) -> bool:
    ta = set(tokenize(_text(a)))
    tb = set(tokenize(_text(b)))
    return bool(ta and tb) and len(ta & tb) / len(ta | tb) > 0.7


def _text(c: Candidate) -> str:
    return c.hit.text[c.start - c.hit.citation.start : c.end - c.hit.citation.start]


def _order(chosen: list[Candidate], first: Candidate, timeline: bool) -> list[Candidate]:
    """The answering sentence first; then its article's other sentences in text order, then the
    other articles in order of their best sentence (or everything by date for a timeline)."""
    if timeline:
        return sorted(chosen, key=lambda c: (c.hit.citation.date == "", c.hit.citation.date, c.start))
    lead = next((c for c in chosen if _same_span(c, first)), chosen[0])
    rest = [c for c in chosen if c is not lead]
    rank: dict[str, int] = {lead.hit.citation.source: 0}
    for c in sorted(rest, key=lambda c: -c.score):
        rank.setdefault(c.hit.citation.source, len(rank))
    return [lead, *sorted(rest, key=lambda c: (rank[c.hit.citation.source], c.start))]


def _display_span(cand: Candidate) -> tuple[int, int]:
    """The sentence, cut to the words inside its quotation when it is one."""
    start, end = cand.start, cand.end
    if cand.quote is not None:
        start, end = max(start, cand.quote.start), min(end, cand.quote.end)
    text = _span_text(cand, start, end)
    while text and (text[0] in OPEN_MARKS or text[0].isspace()):
        start, text = start + 1, text[1:]
    while text and (text[-1] in CLOSE_MARKS or text[-1].isspace()):
        end, text = end - 1, text[:-1]
    return start, end


def _span_text(cand: Candidate, start: int, end: int) -> str:
    c = cand.hit.citation
    return cand.hit.text[start - c.start : end - c.start]


def source_label(c: Citation) -> str:
    if c.publication and c.date:
        return f"{c.publication} ({human_date(c.date)})"
    if c.publication:
        return c.publication
    if c.date:
        return f"An article of {human_date(c.date)}"
    return "One article"


def short_name(name: str) -> str:
    parts = name.split()
    if len(parts) >= 3 and re.fullmatch(rf"{TITLES}\.?", parts[0]):
        return f"{parts[0]} {parts[-1]}"
    return name


def _sentence(
    cand: Candidate, marker: int, speakers: set[str], articles: set[str], timeline: bool
) -> AnswerSentence:
    c = cand.hit.citation
    start, end = _display_span(cand)
    text = _span_text(cand, start, end)
    kind, speaker, lead = "report", "", ""
    if c.kind == "comment":
        kind, speaker = "comment", "a reader comment"
        key = f"comments of {c.source}"
        lead = (
            f"A reader comment on “{shown_title(c.title, c.source)}” said:"
            if key not in articles
            else "Another reader comment said:"
        )
        articles.add(key)
    elif cand.quote is not None:
        q = cand.quote
        kind, speaker = "quote", q.speaker
        lead = quote_lead(q, again=bool(q.speaker) and q.speaker in speakers)
    else:
        fragment = cand.fragment_speaker if cand.fragment_speaker and cand.fragment_speaker.speaker else None
        if fragment is not None:
            speaker = fragment.speaker
        named = fragment is None or fragment.speaker.split()[-1] in text
        if not named and fragment is not None:
            who = f"{fragment.speaker}, {fragment.role}" if fragment.role else fragment.speaker
            lead = f"{source_label(c)} reported, of {who}:"
        elif c.source not in articles:
            lead = f"{source_label(c)} reported:"
    if timeline:
        lead = f"{human_date(c.date) if c.date else 'Date not stated'}: {lead}".strip()
    if speaker and kind == "quote":
        speakers.add(speaker)
    articles.add(c.source)
    return AnswerSentence(text, c.source, start, end, marker, lead, speaker, kind)


def render_text(sentences: Sequence[AnswerSentence], timeline: bool) -> str:
    parts = [s.render() for s in sentences]
    return "\n".join(parts) if timeline else " ".join(parts)


def verify_sentence(s: AnswerSentence, citations: Sequence[Citation], hits: Sequence[Hit]) -> list[str]:
    """Problems with one answer sentence's citation (empty when it checks out)."""
    if not 1 <= s.marker <= len(citations):
        return [f"marker [{s.marker}] points at no source"]
    c = citations[s.marker - 1]
    hit = next((h for h in hits if h.citation == c), None)
    if hit is None:
        return [f"source [{s.marker}] is not among the retrieved passages"]
    if c.source != s.source or not (c.start <= s.start and s.end <= c.end):
        return [f"source [{s.marker}] does not contain characters {s.start}-{s.end}"]
    if hit.text[s.start - c.start : s.end - c.start] != s.text:
        return [f"the words quoted for [{s.marker}] differ from the source"]
    return []


def verify(answer: Answer) -> list[str]:
    """Every problem with the answer's markers and quotations (empty when all check out)."""
    problems = [p for s in answer.sentences for p in verify_sentence(s, answer.citations, answer.hits)]
    used = {int(m) for m in re.findall(r"\[(\d+)\]", answer.text)}
    if any(not 1 <= m <= len(answer.citations) for m in used):
        problems.append("the answer text has a marker without a source")
    return problems


def with_notes(answer: Answer, *notes: str) -> Answer:
    return replace(answer, notes=(*answer.notes, *notes))
