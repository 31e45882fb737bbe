"""Answers as text, Markdown and inert HTML; nothing from the corpus is ever live.

Corpus text is untrusted. ``inert`` turns every character that HTML or Markdown
could act on into a numeric character reference, so a passage carrying a script
tag, an event handler or a Markdown image shows as text and fetches nothing.
Invisible and bidi control characters are shown as visible ``<U+XXXX>`` marks.
"""

from __future__ import annotations

import re

from .cleaning import squash
from .documents import Answer, Citation, Hit

_ACTIVE = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>~&\"'=:/]")
_INVISIBLE = re.compile(
    r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MARKER = re.compile(r"\[(\d{1,2})\]")


def visible(text: str) -> str:
    """Invisible and bidi control characters replaced by visible marks."""
    text = _CONTROL.sub("", text)
    return _INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def inert(text: str) -> str:
    """Text safe to drop into HTML or Markdown: it renders exactly as written."""
    return _ACTIVE.sub(lambda m: f"&#{ord(m.group())};", visible(text))


def source_line(n: int, c: Citation) -> str:
    byline = f", by {c.author}" if c.author else ""
    return f"[{n}] {c.describe()}{byline} — {c.source}, characters {c.start}-{c.end}"


def answer_text(answer: Answer) -> str:
    """Plain text for the terminal: answer, then numbered sources with passages."""
    lines = [visible(answer.text), ""]
    if answer.refused:
        lines.append("Nearest passages (not relevant enough to answer):")
        shown: list[tuple[int, Citation, str]] = [
            (n, h.citation, h.text) for n, h in enumerate(answer.hits[:3], start=1)
        ]
    else:
        lines.append("Sources:")
        shown = [(n, c, _passage(answer, c)) for n, c in enumerate(answer.citations, start=1)]
    for n, citation, passage in shown:
        lines.append(source_line(n, citation))
        lines.append(f"    “{visible(squash(passage))}”")
    return "\n".join(lines).rstrip() + "\n"


def _passage(answer: Answer, citation: Citation) -> str:
    for hit in answer.hits:
        if hit.citation == citation:
            return hit.text
    return ""


def answer_html(answer: Answer) -> str:
    """The chat bubble: inert answer text with markers linking to their sources."""
    body = inert(answer.text).replace("&#10;", "\n")
    body = re.sub(r"&#91;(\d{1,2})&#93;", r'<a href="#askccg-source-\1" class="askccg-marker">[\1]</a>', body)
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def sources_html(answer: Answer) -> str:
    """The sources panel: one card per numbered source, passages inert."""
    if answer.refused:
        cards = [_card(n, h.citation, h.text, h) for n, h in enumerate(answer.hits[:3], start=1)]
        head = "<p class='askccg-refused'>Nearest passages — not relevant enough to answer from:</p>"
        return head + "".join(cards)
    return "".join(_card(n, c, _passage(answer, c), None) for n, c in enumerate(answer.citations, start=1))


def _card(n: int, c: Citation, passage: str, hit: Hit | None) -> str:
    kind = "reader comment" if c.kind == "comment" else "article"
    score = f" · score {hit.score:.2f}" if hit else ""
    meta = " · ".join(
        inert(x)
        for x in (c.publication or "publication not stated", c.date or "date not stated", kind, c.location)
    )
    return (
        f"<div class='askccg-source' id='askccg-source-{n}'>"
        f"<div class='askccg-title'><b>[{n}]</b> {inert(c.title)}</div>"
        f"<div class='askccg-meta'>{meta}{score}</div>"
        f"<blockquote>{inert(squash(passage))}</blockquote>"
        f"</div>"
    )


def sources_data(answer: Answer) -> list[dict[str, object]]:
    """Structured sources for the HTTP API."""
    items = []
    pairs = (
        [(h.citation, h.text, h.score) for h in answer.hits[:3]]
        if answer.refused
        else [(c, _passage(answer, c), None) for c in answer.citations]
    )
    for n, (c, passage, score) in enumerate(pairs, start=1):
        items.append(
            {
                "n": n,
                "title": c.title,
                "publication": c.publication,
                "date": c.date,
                "author": c.author,
                "kind": c.kind,
                "location": c.location,
                "source": c.source,
                "start": c.start,
                "end": c.end,
                "passage": passage,
                "score": score,
            }
        )
    return items
