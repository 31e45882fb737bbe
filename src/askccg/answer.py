"""Hits -> an answer whose every marker [n] points at a retrieved passage."""

from __future__ import annotations

from .cleaning import squash
from .documents import Answer, Citation, Hit

REFUSAL = (
    "The articles in the corpus do not cover this question. "
    "The nearest passages are listed below for reference; none is relevant enough to answer from."
)
MAX_PASSAGES = 3


def speaker_note(citation: Citation) -> str:
    """Who the words belong to, as far as the citation can say."""
    if citation.kind == "comment":
        return "a reader comment (not the journalist's or a quoted speaker's words)"
    return citation.publication or "the article"


def compose(question: str, hits: list[Hit], *, min_relevance: float) -> Answer:
    """Quote the best passages, numbered; refuse when even the best is not relevant."""
    if not hits or max(h.relevance for h in hits) < min_relevance:
        return Answer(question=question, text=REFUSAL, citations=(), hits=tuple(hits), refused=True)
    chosen = [h for h in hits if h.relevance >= min_relevance][:MAX_PASSAGES]
    lines = []
    for n, hit in enumerate(chosen, start=1):
        c = hit.citation
        lines.append(f"[{n}] In “{c.title}”, {speaker_note(c)}: “{squash(hit.text)}”")
    return Answer(
        question=question,
        text="\n\n".join(lines),
        citations=tuple(h.citation for h in chosen),
        hits=tuple(hits),
        refused=False,
    )
