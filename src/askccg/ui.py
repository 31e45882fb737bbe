"""The Gradio chat UI: ``build_app`` makes the page, ``launch`` serves it safely.

Launch defaults are those of a local tool: bound to 127.0.0.1, never a share link
(whatever GRADIO_SHARE says), analytics off, a bounded queue with a concurrency
limit, and no route that serves files from disk. Everything taken from the corpus
is rendered inert (see ``render.inert``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any

from .api import Assistant
from .documents import Answer
from .errors import AskccgError
from .render import (
    answer_data,
    answer_html,
    answer_markdown,
    answer_text,
    corpus_html,
    inert,
    quote_groups,
    quotes_html,
    sources_html,
)
from .retriever import Filters
from .server import Served, serve

DEFAULT_PORT = 7860
QUEUE_SIZE = 64
CONCURRENCY = 4
EXAMPLES = [
    "Why did GPC oppose CCG commissioning?",
    "What did Michael Dixon say about the role of NHS England?",
    "What did readers think of giving CCGs the primary care budget?",
    "How was the handover of commissioning to CCGs described?",
]
ALL = "All publications"
EVERYONE = "Everyone"
KINDS = {
    "Articles and reader comments": None,
    "Articles only": "article",
    "Reader comments only": "comment",
}
CSS = """
.askccg-source { border-left: 3px solid #888; padding: 4px 10px; margin: 8px 0; }
.askccg-source:target { border-left-color: #d97706; background: rgba(217, 119, 6, 0.08); }
.askccg-meta { color: #666; font-size: 0.9em; }
.askccg-refused { font-weight: bold; }
.askccg-source mark { background: #fde68a; color: inherit; }
"""
Chat = list[dict[str, Any]]


def resolve_port(port: int | None) -> int:
    """``--port`` wins, then Gradio's own GRADIO_SERVER_PORT, then 7860."""
    if port is not None:
        return port
    env = os.environ.get("GRADIO_SERVER_PORT", "").strip()
    if env:
        try:
            return int(env)
        except ValueError:
            raise AskccgError(f"GRADIO_SERVER_PORT={env!r} is not a port number") from None
    return DEFAULT_PORT


def ui_filters(publication: str, kind: str, since: str, until: str) -> Filters:
    return Filters(
        publication=None if not publication or publication == ALL else publication,
        kind=KINDS.get(kind),  # type: ignore[arg-type]
        date_from=(since or "").strip() or None,
        date_to=(until or "").strip() or None,
    )


def index_status(assistant: Assistant) -> str:
    """One line about the index, or what is wrong with it and the command that fixes it."""
    try:
        index = assistant.retriever().index
    except AskccgError as exc:
        return f"⚠️ {inert(str(exc))}"
    m = index.manifest
    return f"Index: {len(m.articles)} articles, {m.chunk_count} passages, model {inert(m.model)}."


def _safe(call: Any, default: Any) -> Any:
    try:
        return call()
    except AskccgError:
        return default


class Handlers:
    """The page's event handlers, bound to one assistant."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant

    def respond(
        self,
        message: str,
        chat: Chat,
        turns: list[Answer],
        publication: str,
        kind: str,
        since: str,
        until: str,
    ) -> Iterator[tuple[str, Chat, list[Answer], str, str, str]]:
        """Stream: the question appears at once, then the answer and its sources."""
        chat = [*chat, {"role": "user", "content": inert(message or "")}]
        waiting = [*chat, {"role": "assistant", "content": "<p><i>Searching the articles…</i></p>"}]
        yield "", waiting, turns, "<p><i>Looking for passages…</i></p>", "", ""
        try:
            filters = ui_filters(publication, kind, since, until)
            answer = self.assistant.ask(message or "", filters=filters, history=turns)
        except AskccgError as exc:
            note = {"role": "assistant", "content": f"<p>⚠️ {inert(str(exc))}</p>"}
            yield "", [*chat, note], turns, "", "", ""
            return
        reply = {"role": "assistant", "content": answer_html(answer)}
        yield (
            "",
            [*chat, reply],
            [*turns, answer],
            sources_html(answer),
            answer_text(answer),
            answer_markdown(answer),
        )

    def clear(self) -> tuple[Chat, list[Answer], str, str, str]:
        return [], [], "<p>Sources of the answer appear here.</p>", "", ""

    def ask_api(self, question: str, history: list[str] | None = None) -> dict[str, Any]:
        """Answer a question (earlier questions in ``history`` resolve follow-ups).

        Returns the answer text, whether it was refused, the query searched, and the
        numbered sources with title, publication, date, kind, location, span and passage.
        """
        try:
            answer = self.assistant.ask(question, history=list(history or []))
        except AskccgError as exc:
            return {"error": str(exc), "answer": "", "refused": True, "query": "", "notes": [], "sources": []}
        return answer_data(answer)

    def overview(self) -> tuple[str, str, list[str], list[str]]:
        """What the page shows of the current index: status line, corpus table, publication
        and speaker choices. Read on every page load, so a rebuilt index shows without a restart."""
        chunks = _safe(lambda: self.assistant.retriever().index.chunks, ())
        publications = sorted({c.citation.publication for c in chunks if c.citation.publication})
        speakers = [name for name, _, _ in quote_groups(_safe(self.assistant.quotes, []))]
        return index_status(self.assistant), corpus_html(chunks), [ALL, *publications], [EVERYONE, *speakers]

    def quotes(self, speaker: str) -> str:
        chosen = None if not speaker or speaker == EVERYONE else speaker
        return quotes_html(_safe(lambda: self.assistant.quotes(chosen), []))


def build_app(assistant: Assistant) -> Any:
    """The Blocks app; gradio is imported here so ``import askccg`` stays light."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    import gradio as gr

    handlers = Handlers(assistant)
    status_line, corpus_table, publications, speakers = handlers.overview()
    limit = assistant.settings.max_question_chars

    def refresh() -> tuple[str, str, Any, Any]:
        line, table, pubs, people = handlers.overview()
        return line, table, gr.Dropdown(choices=pubs), gr.Dropdown(choices=people)

    with gr.Blocks(title="askccg", analytics_enabled=False) as app:
        gr.Markdown("## askccg — ask the CCG news archive")
        status = gr.Markdown(status_line, elem_id="askccg-status")
        with gr.Tab("Chat"), gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=320):
                chat = gr.Chatbot(
                    label="Chat",
                    height=520,
                    sanitize_html=True,
                    feedback_options=None,
                    buttons=["copy", "copy_all"],  # no "share": it would post to an outside host
                    elem_id="askccg-chat",
                )
                box = gr.Textbox(
                    label="Question",
                    placeholder="Ask about CCGs, GP commissioning, NHS England, the GPC…",
                    max_length=limit,
                    elem_id="askccg-question",
                    submit_btn="Ask",
                )
                gr.Examples(EXAMPLES, inputs=box, label="Example questions")
                with gr.Accordion("Filters", open=False):
                    publication = gr.Dropdown(publications, value=ALL, label="Publication")
                    kind = gr.Radio(list(KINDS), value=next(iter(KINDS)), label="Text")
                    with gr.Row():
                        since = gr.Textbox(label="From date (yyyy[-mm[-dd]])", max_lines=1, max_length=10)
                        until = gr.Textbox(label="To date", max_lines=1, max_length=10)
                with gr.Accordion("Copy this answer", open=False):
                    plain = gr.Textbox(
                        label="Plain text with sources", lines=6, buttons=["copy"], elem_id="askccg-plain"
                    )
                    brief = gr.Textbox(
                        label="Markdown brief for a report", lines=6, buttons=["copy"], elem_id="askccg-brief"
                    )
                clear = gr.Button("New conversation", variant="secondary")
            with gr.Column(scale=2, min_width=280):
                gr.Markdown("### Sources")
                sources = gr.HTML("<p>Sources of the answer appear here.</p>", elem_id="askccg-sources")
        with gr.Tab("Quotes"):
            who = gr.Dropdown(speakers, value=EVERYONE, label="Speaker")
            quote_list = gr.HTML(handlers.quotes(EVERYONE))
            who.change(handlers.quotes, who, quote_list, api_visibility="private")
        with gr.Tab("Corpus"):
            corpus_view = gr.HTML(corpus_table, elem_id="askccg-corpus")
        turns = gr.State([])
        box.submit(
            handlers.respond,
            [box, chat, turns, publication, kind, since, until],
            [box, chat, turns, sources, plain, brief],
            api_visibility="private",
        )
        clear.click(handlers.clear, None, [chat, turns, sources, plain, brief], api_visibility="private")
        gr.api(handlers.ask_api, api_name="ask")  # type: ignore[attr-defined]
        app.load(refresh, None, [status, corpus_view, publication, who], api_visibility="private")
    return app


def launch(
    assistant: Assistant,
    *,
    port: int | None = None,
    block: bool = True,
    queue_size: int = QUEUE_SIZE,
    concurrency: int = CONCURRENCY,
    hosts: Sequence[str] = (),
) -> Served:
    """Serve on 127.0.0.1 only, without a share link or analytics, with a bounded queue (when
    ``queue_size`` requests wait, the next one is told the queue is full), answering only the
    loopback host names plus ``hosts`` (see ``server.py``)."""
    app = build_app(assistant)
    app.queue(max_size=queue_size, default_concurrency_limit=concurrency)
    settings = assistant.settings
    return serve(
        app,
        port=resolve_port(port),
        block=block,
        hosts=hosts,
        upload_limit=0,  # no component of the page takes files
        css=CSS,
        footer_links=["api"],
        show_error=False,
        allowed_paths=[],
        blocked_paths=[str(settings.corpus_dir.resolve()), str(settings.index_dir.resolve())],
    )
