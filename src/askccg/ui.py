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
    NO_SOURCES,
    answer_data,
    answer_html,
    answer_markdown,
    answer_text,
    conversation_sources_html,
    corpus_html,
    inert,
    quote_groups,
    quotes_html,
    welcome_html,
)
from .retriever import Filters
from .server import Served, serve

DEFAULT_PORT = 7860
QUEUE_SIZE = 64
UPLOAD_FRAMING = 1_000_000  # bytes of multipart headers allowed on top of the files of one upload
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
.askccg-turn-head { font-weight: bold; margin-top: 12px; border-bottom: 1px solid #ddd; }
.askccg-back { font-size: 0.85em; }
.askccg-welcome { text-align: left; max-width: 36em; padding: 8px; }
/* Narrow screens: the chat, the question and the sources come first; the chat is shorter. */
@media (max-width: 700px) {
  #askccg-chat { height: 55vh !important; max-height: 55vh !important; }
  #askccg-sources { max-height: none; }
}
"""
# After an answer, bring its first line into view (the chat would otherwise show its end).
SHOW_ANSWER_START = """() => {
  const bots = document.querySelectorAll("#askccg-chat [data-testid='bot']");
  const last = bots[bots.length - 1];
  if (!last) { return; }
  last.scrollIntoView({block: "start", behavior: "instant"});
  // Leave room for the chat's label, which floats over its top edge.
  for (let el = last.parentElement; el; el = el.parentElement) {
    if (el.scrollHeight > el.clientHeight + 1 && el.scrollTop > 0) { el.scrollTop -= 40; break; }
  }
}"""
Chat = list[dict[str, Any]]


def add_articles_on(add_articles: bool | None, hosts: Sequence[str] = ()) -> bool:
    """Whether the page takes uploads: as asked, or by default only when it is served on
    loopback alone (no ``--allow-host`` name through which others could reach it)."""
    if add_articles is not None:
        return add_articles
    return not any(h.strip() for h in hosts)


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
    return f"Index: {m.article_count} articles, {m.chunk_count} passages, model {inert(m.model)}."


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
    ) -> Iterator[tuple[Any, ...]]:
        """Stream: the question appears at once, then the answer and its sources.

        Each answer keeps its own sources (``render.conversation_sources_html``); an empty
        question changes nothing (no blank bubble).
        """
        if not (message or "").strip():
            import gradio as gr

            yield ("", gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip())
            return
        chat = [*chat, {"role": "user", "content": inert(message)}]
        waiting = [*chat, {"role": "assistant", "content": "<p><i>Searching the articles…</i></p>"}]
        earlier = conversation_sources_html(turns) if turns else ""
        yield "", waiting, turns, "<p><i>Looking for passages…</i></p>" + earlier, "", ""
        try:
            filters = ui_filters(publication, kind, since, until)
            answer = self.assistant.ask(message, filters=filters, history=turns)
        except AskccgError as exc:
            note = {"role": "assistant", "content": f"<p>⚠️ {inert(str(exc))}</p>"}
            yield "", [*chat, note], turns, earlier or f"<p>{NO_SOURCES}</p>", "", ""
            return
        answered = [*turns, answer]
        reply = {"role": "assistant", "content": answer_html(answer, len(answered))}
        yield (
            "",
            [*chat, reply],
            answered,
            conversation_sources_html(answered),
            answer_text(answer),
            answer_markdown(answer),
        )

    def clear(self) -> tuple[Chat, list[Answer], str, str, str]:
        return [], [], f"<p>{NO_SOURCES}</p>", "", ""

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

    def overview(self) -> tuple[str, str, list[str], list[str], str]:
        """What the page shows of the current index: status line, corpus table, publication
        and speaker choices, the welcome. Read on every page load and after articles are
        added, so a rebuilt index shows without a restart."""
        chunks = _safe(lambda: self.assistant.retriever().index.chunks, ())
        publications = sorted({c.citation.publication for c in chunks if c.citation.publication})
        speakers = [name for name, _, _ in quote_groups(_safe(self.assistant.quotes, []))]
        return (
            index_status(self.assistant),
            corpus_html(chunks),
            [ALL, *publications],
            [EVERYONE, *speakers],
            welcome_html(chunks),
        )

    def quotes(self, speaker: str) -> str:
        chosen = None if not speaker or speaker == EVERYONE else speaker
        return quotes_html(_safe(lambda: self.assistant.quotes(chosen), []))


def build_app(assistant: Assistant, *, add_articles: bool = False) -> Any:
    """The Blocks app; gradio is imported here so ``import askccg`` stays light.

    ``add_articles`` adds the "Add articles" tab (uploads); ``launch`` decides it.
    """
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    import gradio as gr

    handlers = Handlers(assistant)
    status_line, corpus_table, publications, speakers, welcome = handlers.overview()
    limit = assistant.settings.max_question_chars

    def refresh() -> tuple[str, str, Any, Any, Any]:
        line, table, pubs, people, hello = handlers.overview()
        return (
            line,
            table,
            gr.Dropdown(choices=pubs),
            gr.Dropdown(choices=people),
            gr.Chatbot(placeholder=hello),
        )

    with gr.Blocks(title="askccg", analytics_enabled=False) as app:
        gr.Markdown("## askccg — ask the CCG news archive")
        status = gr.Markdown(status_line, elem_id="askccg-status")
        with gr.Tab("Chat"):
            with gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=320):
                    chat = gr.Chatbot(
                        label="Chat",
                        height=520,
                        sanitize_html=True,
                        feedback_options=None,
                        buttons=["copy", "copy_all"],  # no "share": it would post to an outside host
                        elem_id="askccg-chat",
                        placeholder=welcome,
                        autoscroll=False,  # SHOW_ANSWER_START shows the answer's start instead
                    )
                    box = gr.Textbox(
                        label="Question",
                        placeholder="Ask about CCGs, GP commissioning, NHS England, the GPC…",
                        max_length=limit,
                        elem_id="askccg-question",
                        submit_btn="Ask",
                    )
                    clear = gr.Button("New conversation", variant="secondary")
                with gr.Column(scale=2, min_width=280):
                    gr.Markdown("### Sources")
                    sources = gr.HTML(f"<p>{NO_SOURCES}</p>", elem_id="askccg-sources")
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
        with gr.Tab("Quotes"):
            who = gr.Dropdown(speakers, value=EVERYONE, label="Speaker")
            quote_list = gr.HTML(handlers.quotes(EVERYONE))
            who.change(handlers.quotes, who, quote_list, api_visibility="private")
        with gr.Tab("Corpus"):
            corpus_view = gr.HTML(corpus_table, elem_id="askccg-corpus")
        if add_articles:
            from .ui_add import add_tab

            with gr.Tab("Add articles"):
                added, _ = add_tab(assistant)
            added.then(refresh, None, [status, corpus_view, publication, who, chat], api_visibility="private")
        turns = gr.State([])
        box.submit(
            handlers.respond,
            [box, chat, turns, publication, kind, since, until],
            [box, chat, turns, sources, plain, brief],
            api_visibility="private",
        ).then(None, None, None, js=SHOW_ANSWER_START)
        clear.click(handlers.clear, None, [chat, turns, sources, plain, brief], api_visibility="private")
        gr.api(handlers.ask_api, api_name="ask")  # type: ignore[attr-defined]
        app.load(refresh, None, [status, corpus_view, publication, who, chat], api_visibility="private")
    return app


def launch(
    assistant: Assistant,
    *,
    port: int | None = None,
    block: bool = True,
    queue_size: int = QUEUE_SIZE,
    concurrency: int = CONCURRENCY,
    hosts: Sequence[str] = (),
    add_articles: bool | None = None,
) -> Served:
    """Serve on 127.0.0.1 only, without a share link or analytics, with a bounded queue (when
    ``queue_size`` requests wait, the next one is told the queue is full), answering only the
    loopback host names plus ``hosts`` (see ``server.py``).

    ``add_articles``: the "Add articles" tab and its uploads. ``None`` (the default) turns it
    on only while the server is reachable on loopback alone, i.e. no ``hosts`` were added; True
    or False decide it whatever the hosts. With the tab off, every upload is refused.
    """
    from .adding import MAX_FILE_BYTES, MAX_UPLOAD_BYTES

    uploads = add_articles_on(add_articles, hosts)
    app = build_app(assistant, add_articles=uploads)
    app.queue(max_size=queue_size, default_concurrency_limit=concurrency)
    settings = assistant.settings
    return serve(
        app,
        port=resolve_port(port),
        block=block,
        hosts=hosts,
        # one request carries every file of an upload, plus its multipart framing
        upload_limit=MAX_UPLOAD_BYTES + UPLOAD_FRAMING if uploads else 0,
        file_limit=MAX_FILE_BYTES if uploads else 0,
        css=CSS,
        footer_links=["api"],
        show_error=False,
        allowed_paths=[],
        blocked_paths=[str(settings.corpus_dir.resolve()), str(settings.index_dir.resolve())],
    )
