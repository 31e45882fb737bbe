"""Answers as text, Markdown and inert HTML; nothing from the corpus is ever live.

Corpus text is untrusted. ``inert`` turns every character that HTML or Markdown
could act on into a numeric character reference, so a passage carrying a script
tag, an event handler or a Markdown image shows as text and fetches nothing.
Invisible and bidi control characters are shown as visible ``<U+XXXX>`` marks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from .attribution import UNATTRIBUTED, Quote, speaker_label
from .cleaning import squash
from .documents import Answer, Chunk, Citation, Hit, shown_title

_ACTIVE = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>~&\"'=:/]")
_INVISIBLE = re.compile(
    r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# What a terminal could act on: C0 controls but tab and newline (ESC, BEL, CR...), DEL, C1
# controls (U+0080-U+009F: U+009B is a one-character CSI), bidi and invisible formatting.
_TERMINAL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064"
    r"\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
NEAREST = 3  # passages shown beside a refusal
NO_SOURCES = "Sources of each answer appear here."


def nearest(answer: Answer) -> tuple[Hit, ...]:
    """The passages shown, marked as not relevant enough, beside a refusal."""
    return answer.hits[:NEAREST]


def visible(text: str) -> str:
    """Invisible and bidi control characters replaced by visible marks."""
    text = _CONTROL.sub("", text)
    return _INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def terminal(text: str) -> str:
    """Text safe to print: every control, C1, bidi or invisible character shown as ``<U+XXXX>``.

    The one function at the output edge of the CLI: whatever corpus text, metadata or
    file names hold, printing them cannot move the cursor, retitle the window or
    reorder what the reader sees.
    """
    return _TERMINAL.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def json_text(data: object) -> str:
    """Indented JSON whose strings carry terminal-active characters as ``\\uXXXX`` escapes.

    ``json.loads`` gives the exact text back; the printed bytes are inert.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _TERMINAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# Every character CommonMark or GFM can make markup of: emphasis, code, links and images,
# raw HTML and entities, headings, tables, strike-through. A backslash makes each literal.
_MARKDOWN = re.compile(r"[\\`*_{}\[\]()<>!|~&#+=-]")
_MARKER = re.compile(r"\\\[(\d{1,3})\\\]")


def markdown_inert(text: str) -> str:
    """Corpus text as Markdown that renders exactly as written: no tag, link, image or heading.

    Line breaks become spaces, so nothing can start a heading, list or block of its own.
    """
    return _MARKDOWN.sub(lambda m: "\\" + m.group(), visible(squash(text)))


def _markdown_body(text: str) -> str:
    """An answer's text made inert, its own markers [n] kept readable (a bracket pair followed
    by an escaped parenthesis is never a link)."""
    return _MARKER.sub(r"[\1]", markdown_inert(text))


def inert(text: str) -> str:
    """Text safe to drop into HTML or Markdown: it renders exactly as written."""
    return _ACTIVE.sub(lambda m: f"&#{ord(m.group())};", visible(text))


def source_line(n: int, c: Citation) -> str:
    byline = (
        f", by {c.author}" if c.author and c.kind == "article" else ""
    )  # a reader comment is not by the author
    return f"[{n}] {c.describe()}{byline} — {c.source}, characters {c.start}-{c.end}"


def answer_text(answer: Answer) -> str:
    """Plain text for the terminal: answer, then numbered sources with passages."""
    lines = [visible(answer.text), ""]
    if answer.query and answer.query != answer.question:
        lines += [f"(searched as: {visible(answer.query)})", ""]
    lines += [f"Note: {visible(n)}" for n in answer.notes] + ([""] if answer.notes else [])
    shown: list[tuple[int, Citation, str]] = []
    if answer.refused and answer.hits:
        lines.append("Nearest passages (not relevant enough to answer):")
        shown = [(n, h.citation, h.text) for n, h in enumerate(nearest(answer), start=1)]
    elif not answer.refused:
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


def answer_html(answer: Answer, turn: int = 1) -> str:
    """The chat bubble: inert answer text whose markers link to this answer's own sources.

    Ids carry the turn (``askccg-source-2-1`` is source [1] of the second answer), so a
    marker in an earlier answer still points at that answer's source after a follow-up.
    """
    body = inert(answer.text)
    body = re.sub(
        r"&#91;(\d{1,2})&#93;",
        rf'<a href="#askccg-source-{turn}-\1" class="askccg-marker">[\1]</a>',
        body,
    )
    paragraphs = [f"<p>{p}</p>" for p in body.split("\n") if p.strip()]
    if paragraphs:  # the anchor a source's "back to answer" link returns to
        paragraphs[0] = f"<p id='askccg-answer-{turn}'>" + paragraphs[0].removeprefix("<p>")
    if answer.query and answer.query != answer.question:
        paragraphs.append(f"<p class='askccg-meta'><i>Searched as: {inert(answer.query)}</i></p>")
    paragraphs += [f"<p class='askccg-meta'><i>{inert(n)}</i></p>" for n in answer.notes]
    return "".join(paragraphs)


def sources_html(answer: Answer, turn: int = 1) -> str:
    """The sources of one answer: one card per numbered source, the supporting sentences marked."""
    if answer.refused and not answer.hits:
        return f"<p class='askccg-refused'>{inert(answer.text)}</p>"
    if answer.refused:
        cards = [_card(n, h.citation, h.text, [], h, turn) for n, h in enumerate(nearest(answer), start=1)]
        head = (
            "<p class='askccg-refused'>The articles don't cover this. "
            "Nearest passages, not relevant enough to answer from:</p>"
        )
        return head + "".join(cards)
    cards = []
    for n, c in enumerate(answer.citations, start=1):
        spans = [(s.start, s.end) for s in answer.sentences if s.marker == n]
        cards.append(_card(n, c, _passage(answer, c), spans, None, turn))
    return "".join(cards)


def conversation_sources_html(answers: Sequence[Answer]) -> str:
    """The sources panel of a conversation: every answer's own sources, the latest first."""
    if not answers:
        return f"<p>{NO_SOURCES}</p>"
    blocks = []
    for turn in range(len(answers), 0, -1):
        answer = answers[turn - 1]
        blocks.append(
            f"<div class='askccg-turn' id='askccg-sources-{turn}'>"
            f"<div class='askccg-turn-head'>Answer {turn}: {inert(answer.question)}</div>"
            f"{sources_html(answer, turn)}</div>"
        )
    return "".join(blocks)


def _card(
    n: int, c: Citation, passage: str, marks: list[tuple[int, int]], hit: Hit | None, turn: int = 1
) -> str:
    kind = "reader comment" if c.kind == "comment" else "article"
    score = f" · relevance {hit.relevance:.2f}" if hit else ""
    meta = " · ".join(
        inert(x)
        for x in (c.publication or "publication not stated", c.date or "date not stated", kind, c.location)
    )
    return (
        f"<div class='askccg-source' id='askccg-source-{turn}-{n}'>"
        f"<div class='askccg-title'><b>[{n}]</b> {inert(shown_title(c.title, c.source))}</div>"
        f"<div class='askccg-meta'>{meta}{score}</div>"
        f"<blockquote>{highlighted(passage, c.start, marks)}</blockquote>"
        f"<a class='askccg-back' href='#askccg-answer-{turn}'>↑ back to answer {turn}</a>"
        f"</div>"
    )


def highlighted(passage: str, offset: int, marks: list[tuple[int, int]]) -> str:
    """The passage, inert, with the given raw spans wrapped in <mark>."""
    out, pos = [], 0
    for start, end in sorted(marks):
        a, b = max(pos, start - offset), min(len(passage), end - offset)
        if a >= b:
            continue
        out += [inert(squash(passage[pos:a])), f"<mark>{inert(squash(passage[a:b]))}</mark>"]
        pos = b
    out.append(inert(squash(passage[pos:])))
    return " ".join(x for x in out if x)


def corpus_html(chunks: Sequence[Chunk]) -> str:
    """The articles the index knows: headline, publication, date, author, passages."""
    rows: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        rows.setdefault(chunk.citation.source, []).append(chunk)
    if not rows:
        return "<p>No index is loaded: run <code>askccg build</code>.</p>"
    lines = [
        "<table><thead><tr><th>Headline</th><th>Publication</th><th>Date</th><th>Author</th>"
        "<th>Passages</th><th>Reader-comment passages</th></tr></thead><tbody>"
    ]
    for group in rows.values():
        c = group[0].citation
        comments = sum(1 for g in group if g.citation.kind == "comment")
        cells = (
            shown_title(c.title, c.source),
            c.publication or "—",
            c.date or "—",
            c.author or "—",
            str(len(group)),
            str(comments),
        )
        lines.append("<tr>" + "".join(f"<td>{inert(x)}</td>" for x in cells) + "</tr>")
    lines.append("</tbody></table>")
    return "".join(lines)


def welcome_html(chunks: Sequence[Chunk]) -> str:
    """The first-load message: what the archive holds (articles, publications, years) and how to ask."""
    articles: dict[str, Citation] = {}
    for chunk in chunks:
        articles.setdefault(chunk.citation.source, chunk.citation)
    if not articles:
        return (
            "<p>No index is loaded yet: run <code>askccg build</code>, "
            "or add articles in the Add articles tab.</p>"
        )
    publications = sorted({c.publication for c in articles.values() if c.publication})
    years = sorted({c.date[:4] for c in articles.values() if c.date})
    undated = sum(1 for c in articles.values() if not c.date)
    named = ", ".join(inert(p) for p in publications) or "publications not stated"
    unnamed = sum(1 for c in articles.values() if not c.publication)
    if unnamed and publications:
        named += f" and {unnamed} not naming one"
    span = (years[0] if len(years) == 1 else f"{years[0]}–{years[-1]}") if years else ""
    when = f"dated {span}" + (f", {undated} undated" if undated else "") if years else "undated"
    return (
        f"<div class='askccg-welcome'><p><b>The archive holds {len(articles)} articles</b> "
        f"({named}; {when}) on CCGs, GP commissioning, NHS England and the GPC.</p>"
        "<p>Ask a question below, or pick an example. Every answer quotes the articles, and each "
        "marker [n] links to its source: headline, publication, date and the passage. When the "
        "articles do not cover a question, the answer says so.</p></div>"
    )


def quote_groups(quotes: Sequence[Quote]) -> list[tuple[str, list[str], list[Quote]]]:
    """(speaker label, roles, quotes) per speaker: most quoted first, unattributed last. A
    quotation an article prints more than once (a pull quote, a caption) counts once."""
    groups: dict[str, list[Quote]] = {}
    for q in quotes:
        groups.setdefault(speaker_label(q), []).append(q)
    groups = {name: _once_per_article(group) for name, group in groups.items()}
    order = sorted(groups, key=lambda k: (k == UNATTRIBUTED, -len(groups[k]), k))
    return [(k, sorted({q.role for q in groups[k] if q.role}), groups[k]) for k in order]


def _once_per_article(group: list[Quote]) -> list[Quote]:
    seen: set[tuple[str, str]] = set()
    out = []
    for q in group:
        key = (q.source, " ".join(q.text.casefold().split()))
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def quotes_html(quotes: Sequence[Quote]) -> str:
    """The Quotes tab: one section per speaker with the count and roles; unattributed ones last."""
    if not quotes:
        return "<p>No quotes.</p>"
    groups = quote_groups(quotes)
    n, speakers = sum(len(g) for _, _, g in groups), len(groups)
    parts = [f"<p>{n} quote{'s' * (n != 1)} from {speakers} speaker{'s' * (speakers != 1)}</p>"]
    for name, roles, group in groups:
        head = f"{inert(name)} ({len(group)})"
        if roles:
            head += f" <span class='askccg-meta'>— {inert('; '.join(roles))}</span>"
        items = []
        for q in group:
            where = ", ".join(
                x for x in (q.publication or "publication not stated", q.date or "undated") if x
            )
            items.append(
                f"<li>“{inert(squash(q.text))}” "
                f"<span class='askccg-meta'>— {inert(shown_title(q.title, q.source))} "
                f"({inert(where)})</span></li>"
            )
        parts.append(f"<h4>{head}</h4><ul>{''.join(items)}</ul>")
    return "".join(parts)


def answer_data(answer: Answer) -> dict[str, object]:
    """The answer as JSON-ready data: text, refusal, the query searched, notes and the sources."""
    return {
        "answer": answer.text,
        "refused": answer.refused,
        "query": answer.query,
        "notes": list(answer.notes),
        "sources": sources_data(answer),
    }


def sources_data(answer: Answer) -> list[dict[str, object]]:
    """Structured sources for the HTTP API."""
    items = []
    pairs = (
        [(h.citation, h.text, h.score) for h in nearest(answer)]
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


def reference(n: int, c: Citation) -> str:
    """A news-style reference: publication, headline, date, author, then where to look."""
    parts = [
        c.publication or "Publication not stated",
        f"“{shown_title(c.title, c.source)}”",
        c.date or "undated",
    ]
    if c.author:
        parts.append(f"by {c.author}")
    where = f"{c.location}; file {c.source}, characters {c.start}-{c.end}"
    return f"{n}. {markdown_inert(', '.join(parts))}. {markdown_inert(where)}."


def answer_markdown(answer: Answer) -> str:
    """A short brief to paste into a report: question, answer with markers, references.

    Everything taken from the corpus or the question is made inert (``markdown_inert``):
    pasted into a document or wiki, the brief shows the text and runs or fetches nothing.
    """
    lines = [f"## {markdown_inert(answer.question)}", ""]
    if answer.refused:
        lines += [
            markdown_inert(answer.text),
            "",
            "**Nearest passages (not relevant enough to answer from)**",
            "",
        ]
        lines += [reference(n, h.citation) for n, h in enumerate(nearest(answer), start=1)]
        return "\n".join(lines) + "\n"
    if answer.timeline:
        body = "\n".join(f"- {_markdown_body(s.render())}" for s in answer.sentences)
    else:
        body = _markdown_body(answer.text)
    lines += [body, "", "**References**", ""]
    lines += [reference(n, c) for n, c in enumerate(answer.citations, start=1)]
    if answer.query and answer.query != answer.question:
        lines += ["", f"_Searched as: {markdown_inert(answer.query)}_"]
    return "\n".join(lines) + "\n"


def quote_line(q: Quote) -> str:
    who = f"{q.speaker} ({q.role})" if q.role else speaker_label(q)
    when = q.date or "undated"
    return (
        f"{who} — “{visible(squash(q.text))}” — {q.publication or 'publication not stated'}, "
        f"“{shown_title(q.title, q.source)}”, {when}; {q.source}, characters {q.start}-{q.end}"
    )
