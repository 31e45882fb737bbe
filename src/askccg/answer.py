"""Hits -> a short grounded answer: verbatim corpus sentences, attributed and cited.

Every answer sentence is a verbatim span of a corpus file (``raw[start:end]``),
optionally preceded by a short lead generated from metadata or from the quotes
index ("Dr Richard Vautrey, GPC deputy chair, said:", "Pulse reported:", "A
reader comment on ... said:"). Nothing else is written. ``verify`` checks, by
code, that every marker points at a retrieved passage and that the passage's
span contains the quoted words exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .attribution import TITLES, Quote
from .chunking import human_date
from .documents import Answer, AnswerSentence, Citation, Hit
from .lexical import tokenize

REFUSAL = (
    "The articles in the corpus do not cover this question. "
    "The nearest passages are listed below for reference; none is relevant enough to answer from."
)
MAX_SENTENCES = 4
MIN_WORDS = 4
SCORE_MARGIN = 0.3
W_COVERAGE = 0.6
W_RELEVANCE = 0.3
W_COMMENT = 0.15  # readers' views yield to reported facts unless the question asks about readers
COMMENT_WORDS = frozenset(tokenize("reader readers comment comments"))
TIMELINE_WORDS = re.compile(
    r"\b(?:change[ds]?|changing|over time|timeline|evolve[ds]?|shift(?:ed)?|since|history)\b", re.I
)
CLOSE_MARKS = "’'”\""
OPEN_MARKS = "‘'“\"’"


@dataclass(frozen=True)
class Candidate:
    hit: Hit
    start: int
    end: int
    score: float
    quote: Quote | None  # the full quotation this sentence belongs to
    fragment_speaker: Quote | None  # a quoted fragment inside a reporting sentence


def nothing_relevant(hits: Sequence[Hit], min_relevance: float) -> bool:
    """True when not even the best passage is relevant enough to answer from: ``ask`` refuses."""
    return not hits or max(h.relevance for h in hits) < min_relevance


def wants_timeline(question: str) -> bool:
    return bool(TIMELINE_WORDS.search(question))


def no_match(question: str, filters: str, query: str = "") -> Answer:
    """The answer when no indexed passage passes the filters: say so, rather than that the
    articles do not cover the question (they were never searched)."""
    text = f"No article matches the filters ({filters}), so nothing was searched. Widen or remove them."
    return Answer(question=question, text=text, citations=(), hits=(), refused=True, query=query or question)


def compose(
    question: str,
    hits: Sequence[Hit],
    *,
    min_relevance: float,
    quotes: Sequence[Quote] = (),
    term_weight: Callable[[str], float] | None = None,
    query: str | None = None,
    timeline: bool | None = None,
    max_sentences: int = MAX_SENTENCES,
) -> Answer:
    """The grounded answer, or a refusal that still lists the nearest passages."""
    query = query or question
    if nothing_relevant(hits, min_relevance):
        return Answer(
            question=question, text=REFUSAL, citations=(), hits=tuple(hits), refused=True, query=query
        )
    timeline = wants_timeline(query) if timeline is None else timeline
    weight = term_weight or (lambda _t: 1.0)
    terms = tokenize(query)
    candidates = _candidates(hits, quotes, terms, weight, min_relevance)
    chosen = _with_context(_select(candidates, max_sentences), candidates, max_sentences)
    if len(chosen) < 2:  # the relevant passages hold one sentence: look at the other hits too
        candidates = _candidates(hits, quotes, terms, weight, 0.0)
        chosen = _with_context(chosen, candidates, max_sentences)
    ordered = _order(chosen, timeline)
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
    answer = Answer(
        question=question,
        text=render_text(sentences, timeline),
        citations=tuple(citations),
        hits=tuple(hits),
        refused=False,
        sentences=tuple(sentences),
        query=query,
        timeline=timeline,
    )
    return answer


def _candidates(
    hits: Sequence[Hit],
    quotes: Sequence[Quote],
    terms: list[str],
    weight: Callable[[str], float],
    min_relevance: float,
) -> list[Candidate]:
    total = sum(weight(t) for t in set(terms)) or 1.0
    wants_comments = bool(COMMENT_WORDS & set(terms))
    out = []
    usable = [h for h in hits if h.relevance >= min_relevance / 2] or list(hits[:1])
    for hit in usable:
        c = hit.citation
        context = set(tokenize(f"{c.title} {c.publication} {human_date(c.date) if c.date else ''}"))
        if c.kind == "comment":
            context |= set(tokenize("reader comment"))
        for (s, e), cosine in zip(hit.sentences, hit.sentence_cosines, strict=False):
            text = hit.text[s - c.start : e - c.start]
            if len(text.split()) < MIN_WORDS:
                continue
            quote = _containing_quote(quotes, c.source, s, e)
            fragment = _fragment_in(quotes, c.source, s, e) if quote is None else None
            words = set(tokenize(text)) | context
            for q in (quote, fragment):
                if q is not None:
                    words |= set(tokenize(f"{q.speaker} {q.role}"))
            coverage = sum(weight(t) for t in set(terms) if t in words) / total
            score = cosine + W_COVERAGE * coverage + W_RELEVANCE * hit.relevance
            if c.kind == "comment" and not wants_comments:
                score -= W_COMMENT
            out.append(Candidate(hit, s, e, score, quote, fragment))
    return out


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


def _select(candidates: list[Candidate], limit: int) -> list[Candidate]:
    ranked = sorted(candidates, key=lambda c: (-c.score, c.hit.citation.source, c.start))
    if not ranked:
        return []
    best = ranked[0].score
    chosen: list[Candidate] = []
    for cand in ranked:
        if len(chosen) == limit:
            break
        if chosen and cand.score < best - SCORE_MARGIN and len(chosen) >= 2:
            break
        if any(_same_span(cand, c) or _similar(cand, c) for c in chosen):
            continue
        if len(chosen) >= 1 and cand.score < best - 2 * SCORE_MARGIN:
            break
        chosen.append(cand)
    return chosen


def _with_context(chosen: list[Candidate], candidates: list[Candidate], limit: int) -> list[Candidate]:
    """Complete the answer: a quotation's next sentence joins its chosen sentence, and a
    one-sentence answer takes its neighbour (or else the next best sentence)."""
    out = list(chosen)
    for cand in chosen:
        if len(out) >= limit or cand.quote is None:
            continue
        after = _neighbour(cand, candidates, after=True)
        if after is not None and after.quote == cand.quote and not any(_same_span(after, c) for c in out):
            out.append(after)
    if len(out) == 1:
        extra = _neighbour(out[0], candidates, after=True) or _neighbour(out[0], candidates, after=False)
        if extra is None:
            ranked = sorted(candidates, key=lambda c: -c.score)
            extra = next((c for c in ranked if not _same_span(c, out[0]) and not _similar(c, out[0])), None)
        if extra is not None:
            out.append(extra)
    return out


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


def _order(chosen: list[Candidate], timeline: bool) -> list[Candidate]:
    """Articles in order of their best sentence (or by date for a timeline), sentences in text order."""
    first: dict[str, int] = {}
    for i, c in enumerate(chosen):
        first.setdefault(c.hit.citation.source, i)

    def key(c: Candidate) -> tuple[object, ...]:
        article = c.hit.citation
        if timeline:
            return (article.date == "", article.date, first[article.source], c.start)
        return (first[article.source], c.start)

    return sorted(chosen, key=key)


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
            f"A reader comment on “{c.title}” said:"
            if key not in articles
            else "Another reader comment said:"
        )
        articles.add(key)
    elif cand.quote is not None:
        q = cand.quote
        kind, speaker = "quote", q.speaker
        if q.speaker in speakers:
            lead = f"{short_name(q.speaker)} added:"
        else:
            lead = f"{q.speaker}, {q.role}, said:" if q.role else f"{q.speaker} said:"
    else:
        fragment = cand.fragment_speaker
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
