"""The Gradio chat UI: ``build_app`` makes the page, ``launch`` serves it safely.

Launch defaults are those of a local tool: bound to 127.0.0.1, never a share link
(whatever GRADIO_SHARE says), analytics off, a bounded queue.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from .api import Assistant
from .errors import AskccgError
from .render import answer_html, inert, sources_data, sources_html
from .retriever import Filters

HOST = "127.0.0.1"
DEFAULT_PORT = 7860
EXAMPLES = [
    "Why did GPC oppose CCG commissioning?",
    "What did Michael Dixon say about the role of NHS England?",
    "What did readers think of giving CCGs the primary care budget?",
    "How was the handover of commissioning to CCGs described?",
]
CSS = """
.askccg-source { border-left: 3px solid #888; padding: 4px 10px; margin: 8px 0; }
.askccg-meta { color: #666; font-size: 0.9em; }
.askccg-refused { font-weight: bold; }
"""


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


ALL = "All publications"
KINDS = {
    "Articles and reader comments": None,
    "Articles only": "article",
    "Reader comments only": "comment",
}


def ui_filters(publication: str, kind: str, since: str, until: str) -> Filters:
    return Filters(
        publication=None if not publication or publication == ALL else publication,
        kind=KINDS.get(kind),  # type: ignore[arg-type]
        date_from=(since or "").strip() or None,
        date_to=(until or "").strip() or None,
    )


def publication_choices(assistant: Assistant) -> list[str]:
    try:
        chunks = assistant.retriever().index.chunks
    except AskccgError:
        return []
    return sorted({c.citation.publication for c in chunks if c.citation.publication})


def index_status(assistant: Assistant) -> str:
    try:
        index = assistant.retriever().index
    except AskccgError as exc:
        return f"⚠️ {inert(str(exc))}"
    m = index.manifest
    return f"Index: {len(m.articles)} articles, {m.chunk_count} passages, model {inert(m.model)}."


def build_app(assistant: Assistant) -> Any:
    """The Blocks app; gradio is imported here so ``import askccg`` stays light."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    import gradio as gr

    def respond(
        message: str, history: list[dict[str, Any]]
    ) -> Iterator[tuple[str, list[dict[str, Any]], str]]:
        history = [*history, {"role": "user", "content": inert(message or "")}]
        yield "", history, "<p>Searching the articles…</p>"
        try:
            answer = assistant.ask(message or "")
        except AskccgError as exc:
            yield "", [*history, {"role": "assistant", "content": f"⚠️ {inert(str(exc))}"}], ""
            return
        yield "", [*history, {"role": "assistant", "content": answer_html(answer)}], sources_html(answer)

    def ask_api(question: str) -> dict[str, Any]:
        """Answer a question; returns the answer text, whether it was refused, and its sources."""
        try:
            answer = assistant.ask(question)
        except AskccgError as exc:
            return {"error": str(exc), "answer": "", "refused": True, "sources": []}
        return {"answer": answer.text, "refused": answer.refused, "sources": sources_data(answer)}

    publications = publication_choices(assistant)
    with gr.Blocks(title="askccg", analytics_enabled=False) as app:
        gr.Markdown("## askccg — ask the CCG news archive")
        status = gr.Markdown(index_status(assistant))
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label="Chat", height=480, sanitize_html=True, feedback_options=None)
                box = gr.Textbox(
                    label="Question", placeholder="Ask about CCGs, GP commissioning, NHS England…"
                )
                gr.Examples(EXAMPLES, inputs=box, label="Example questions")
                with gr.Accordion("Filters", open=False):
                    publication = gr.Dropdown([ALL, *publications], value=ALL, label="Publication")
                    kind = gr.Radio(list(KINDS), value=next(iter(KINDS)), label="Text")
                    with gr.Row():
                        since = gr.Textbox(label="From date (yyyy[-mm[-dd]])", max_lines=1)
                        until = gr.Textbox(label="To date", max_lines=1)
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources = gr.HTML("<p>Sources of the answer appear here.</p>")
        box.submit(
            respond,
            [box, chat, publication, kind, since, until],
            [box, chat, sources],
            api_visibility="private",
        )
        gr.api(ask_api, api_name="ask")  # type: ignore[attr-defined]
        app.load(lambda: index_status(assistant), None, status, api_visibility="private")
    return app


def launch(assistant: Assistant, *, port: int | None = None, block: bool = True) -> Any:
    """Serve on 127.0.0.1 only, without a share link or analytics."""
    app = build_app(assistant)
    app.queue(max_size=64, default_concurrency_limit=4)
    app.launch(
        server_name=HOST,
        server_port=resolve_port(port),
        share=False,
        prevent_thread_lock=not block,
        show_error=False,
        css=CSS,
        footer_links=["api"],
    )
    return app
