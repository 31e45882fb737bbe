"""The "Add articles" tab: upload, review and correct the extracted fields, confirm.

Uploaded files are read on the server with the same checks as ``askccg add``
(``adding.prepare``): type from content, size limits, duplicates by content. The
review table shows the extracted headline, publication, date, author and the first
lines of each file, and takes corrections. On confirm the articles are written
(``adding.commit``), the index is rebuilt incrementally with a progress bar, and
the assistant swaps the new index in on its next question, without a restart.

Every value shown comes from an uploaded file, so the table cells are plain text
and the report is made inert (``render.inert``).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import gradio as gr

from .adding import FORMAT_NAMES, MAX_FILE_BYTES, MAX_UPLOAD_BYTES, Candidate, Skip, commit, prepare
from .api import Assistant
from .builder import build
from .errors import AskccgError
from .index import Catalogue
from .merge import fold
from .render import inert

COLUMNS = ["Add", "File", "Type", "Headline", "Publication", "Date (yyyy-mm-dd)", "Author", "First lines"]
EDITABLE = {3: "title", 4: "publication", 5: "date", 6: "author"}
INTRO = (
    "Add web pages saved from a news site (.html), PDFs, Word files (.docx), Markdown or text. "
    f"Up to {MAX_FILE_BYTES // 1_000_000} MB a file and {MAX_UPLOAD_BYTES // 1_000_000} MB at once. "
    "Check the headline, publication, date and author found in each file and correct them: "
    "a field the file does not state stays empty. Nothing in a file is run or fetched."
)
Row = list[Any]
TRACK = gr.Progress(track_tqdm=True)  # the build's tqdm bars shown as the page's progress bar


def table_rows(candidates: Sequence[Candidate]) -> list[Row]:
    return [
        [
            True,
            c.source,
            FORMAT_NAMES[c.format],
            c.value("title"),
            c.value("publication"),
            c.value("date"),
            c.value("author"),
            c.preview(4),
        ]
        for c in candidates
    ]


def skipped_html(skipped: Sequence[Skip]) -> str:
    if not skipped:
        return ""
    items = "".join(f"<li><b>{inert(s.source)}</b>: {inert(s.reason)}</li>" for s in skipped)
    return f"<p>Not added:</p><ul class='askccg-skipped'>{items}</ul>"


def notes_html(candidates: Sequence[Candidate]) -> str:
    notes = [f"<li>{inert(c.source)}: {inert(c.note)}</li>" for c in candidates if c.note]
    return f"<ul>{''.join(notes)}</ul>" if notes else ""


class AddArticles:
    """The tab's handlers, bound to one assistant (its settings name the corpus and index)."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.merging: threading.Thread | None = None  # the merges an add left due, if any

    def catalogue(self) -> Catalogue | None:
        """The served index's article records (adding then reads only what they cannot vouch for)."""
        try:
            return self.assistant.retriever().index.catalogue
        except AskccgError:
            return None

    def read(self, files: list[str] | None) -> tuple[list[Row], list[Candidate], str, Any]:
        """Uploaded files -> the review table, the candidates kept on the server, the refusals."""
        paths = [Path(f) for f in files or []]
        if not paths:
            return [], [], "<p>Choose one or more files first.</p>", gr.update(interactive=False)
        try:
            candidates, skipped = prepare(paths, self.assistant.settings.corpus_dir, self.catalogue())
        except AskccgError as exc:
            return [], [], f"<p>⚠️ {inert(str(exc))}</p>", gr.update(interactive=False)
        finally:
            for path in paths:  # the upload's temporary copy; the original is kept by commit
                with contextlib.suppress(OSError):
                    path.unlink()
        found = (
            f"<p>{len(candidates)} ready to add: check the fields, then confirm.</p>"
            if candidates
            else "<p>Nothing to add.</p>"
        )
        message = found + notes_html(candidates) + skipped_html(skipped)
        return table_rows(candidates), candidates, message, gr.update(interactive=bool(candidates))

    def confirm(
        self, rows: Any, candidates: list[Candidate], progress: gr.Progress = TRACK
    ) -> tuple[list[Row], list[Candidate], str, Any]:
        """Write the ticked articles with the user's corrections, then update the index."""
        if not candidates:
            return [], [], "<p>Nothing to add: upload files first.</p>", gr.update(interactive=False)
        try:
            chosen = corrected(candidates, rows)
            if not chosen:
                return table_rows(candidates), candidates, "<p>No file is ticked.</p>", gr.skip()
            progress(0.05, desc="Writing the articles into the corpus")
            added = commit(self.assistant.settings.corpus_dir, chosen, self.catalogue())
        except AskccgError as exc:
            return table_rows(candidates), candidates, f"<p>⚠️ {inert(str(exc))}</p>", gr.skip()
        lines = "".join(f"<li>{inert(a.title or a.file)} — {inert(a.file)}</li>" for a in added)
        progress(0.1, desc="Updating the index")
        try:
            report = build(
                self.assistant.settings,
                embedder=self.assistant.embedder,
                progress=True,
                merge=False,
                catalogue=self.catalogue(),
            )
            self.assistant.retriever()  # swap the new index in now, not on the next question
            self.merging = fold_in_background(self.assistant)
        except AskccgError as exc:
            failed = f"<p>⚠️ Added, but the index was not updated: {inert(str(exc))}</p>"
            return [], [], f"<ul>{lines}</ul>{failed}", gr.update(interactive=False)
        done = (
            f"<p id='askccg-added'>Added {len(added)} article{'s' * (len(added) != 1)}; the index now "
            f"holds {report.articles} articles ({report.embedded} new passages embedded, "
            f"{report.reused} reused, {report.seconds:.1f} s). Ask about them in the Chat tab.</p>"
        )
        return [], [], done + f"<ul>{lines}</ul>", gr.update(interactive=False)


def fold_in_background(assistant: Assistant) -> threading.Thread:
    """Run the merges due after an add (``merge.py``) without keeping the person waiting.

    The article is already committed and swapped in; the merged version is picked up on a
    later question. A merge that fails or is cut short leaves the committed version as it was.
    """

    def run() -> None:
        with contextlib.suppress(AskccgError, OSError):
            fold(assistant.settings.index_dir)

    thread = threading.Thread(target=run, name="askccg-merge", daemon=True)
    thread.start()
    return thread


def corrected(candidates: Sequence[Candidate], rows: Any) -> list[Candidate]:
    """The ticked candidates with the fields as the user left them in the table."""
    values = rows.values.tolist() if hasattr(rows, "values") else list(rows or [])
    chosen = []
    for candidate, row in zip(candidates, values, strict=False):
        if not _ticked(row[0]):
            continue
        edits = {name: "" if row[col] is None else str(row[col]) for col, name in EDITABLE.items()}
        chosen.append(candidate.edited(edits))
    return chosen


def _ticked(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "x")
    return bool(value)


def add_tab(assistant: Assistant) -> tuple[Any, Any]:
    """Lay out the tab inside the current Blocks; returns the confirm event and the report,
    so the page can refresh its status line and Corpus tab after an addition."""
    handlers = AddArticles(assistant)
    gr.Markdown(INTRO)
    files = gr.File(
        label="Files to add (they are read as soon as they arrive)",
        file_count="multiple",
        type="filepath",
        elem_id="askccg-add-files",
    )
    message = gr.HTML("", elem_id="askccg-add-message")
    table = gr.Dataframe(
        headers=COLUMNS,
        datatype=["bool", "str", "str", "str", "str", "str", "str", "str"],
        interactive=True,
        static_columns=[1, 2, 7],
        wrap=True,
        column_widths=["56px", "14%", "70px", "22%", "12%", "11%", "12%", "25%"],
        label="Review and correct (click a cell to edit it)",
        elem_id="askccg-add-table",
    )
    confirm = gr.Button(
        "Add to the archive", variant="primary", interactive=False, elem_id="askccg-add-confirm"
    )
    pending = gr.State([])
    files.upload(handlers.read, files, [table, pending, message, confirm], api_visibility="private")
    done = confirm.click(
        handlers.confirm, [table, pending], [table, pending, message, confirm], api_visibility="private"
    )
    return done, message
