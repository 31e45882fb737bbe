"""The Python entry points ``retrieve`` and ``ask``, and the ``Assistant`` behind them.

``retrieve``, ``ask`` and ``quotes`` are one-shot conveniences: each call makes an
``Assistant``, which loads the model and the index (a second or two). There is no
module-level cache; for many questions, make one ``Assistant`` and reuse it, as
the CLI, the UI and the benchmarks do.

An ``Assistant`` owns one embedder and one loaded index. It notices when a build
has replaced ``manifest.json`` and swaps in the new index atomically, so a
long-running UI answers from the latest complete index without a restart.
"""

from __future__ import annotations

import os
import threading
import warnings
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from .answer import clarify, compose, no_match, not_mentioned, with_notes
from .attribution import Quote
from .calibration import load_calibrations
from .config import Settings
from .documents import Answer, Hit
from .embed import Embedder, make_embedder
from .errors import CorpusError, IndexFolderError, InputError, StaleCorpusWarning
from .followup import Turn, has_topic, needs_context, resolve
from .freshness import Freshness
from .index import Index, stale_message
from .inputs import check_k, check_optional, check_question, check_sequence, check_text
from .metaanswer import metadata_answer
from .questions import asked_role_of, classify, unmatched
from .retriever import Filters, Retriever, open_index
from .segment import SegmentCache
from .store import MANIFEST

RELOAD_ATTEMPTS = 5
FOLLOWUP_CONTEXT = 2  # earlier turns kept when an earlier question is asked again


def _stamp(folder: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(folder / MANIFEST)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_ino, st.st_size)


class Assistant:
    """Retrieval and answering over one index folder, reloading it when rebuilt."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        embedder: Embedder | None = None,
        index: Index | None = None,
    ) -> None:
        check_optional(settings, "settings", Settings)
        check_optional(index, "index", Index)
        self.settings = settings or Settings.from_env()
        self._embedder = embedder
        self._fixed_index = index
        self._retriever: Retriever | None = None
        self._stamp: tuple[int, int, int] | None = None
        self._lock = threading.Lock()
        self._freshness = Freshness(self.settings.corpus_dir, watch=index is None)
        self._segments = SegmentCache()  # a new version of the index reads only its new segments
        self.stale_note = ""  # what the last question found changed in the corpus ("" when current)
        self.calibrations = (
            load_calibrations(self.settings.calibration)
            if self.settings.calibration
            else (load_calibrations())
        )

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = make_embedder(self.settings.model)
        return self._embedder

    def retriever(self) -> Retriever:
        """The current retriever; reloaded if the index folder was rebuilt."""
        if self._fixed_index is not None:
            if self._retriever is None:
                self._retriever = Retriever(self._fixed_index, self.embedder, self.settings)
            return self._retriever
        current = self._retriever
        if current is not None and _stamp(self.settings.index_dir) == self._stamp:
            return current
        with self._lock:
            stamp = _stamp(self.settings.index_dir)
            if self._retriever is None or stamp != self._stamp:
                self._retriever, self._stamp = self._load(stamp)
            return self._retriever

    def _load(self, stamp: tuple[int, int, int] | None) -> tuple[Retriever, tuple[int, int, int] | None]:
        """Load the index; if a rebuild replaced it while loading, load the new one instead.

        The first load refuses an index the corpus has moved away from. A rebuilt index
        that replaces a served one is taken even if articles changed again meanwhile
        (it is complete and consistent); answers then carry the stale note.
        """
        serving = self._retriever is not None
        for attempt in range(RELOAD_ATTEMPTS):
            try:
                index, _ = open_index(
                    self.settings,
                    allow_corpus_changes=serving,
                    freshness=self._freshness,
                    cache=self._segments,
                )
                return Retriever(index, self.embedder, self.settings), stamp
            except IndexFolderError:
                newer = _stamp(self.settings.index_dir)
                if newer == stamp or attempt == RELOAD_ATTEMPTS - 1:
                    raise
                stamp = newer
        raise AssertionError("unreachable")

    def freshness(self, retriever: Retriever) -> str:
        """One line naming the articles changed since the index was built ("" when current).

        Run on every question at the cost of what changed (``freshness.py``): only the
        files the folder's watch names are stat'ed, and only those whose stat moved are
        hashed, so an edited article is noticed before its stale spans are shown as citations.
        """
        if self._fixed_index is not None:
            note = ""
        else:
            try:
                drift = self._freshness.reasons(retriever.index)
                note = stale_message(self.settings.index_dir, drift) if drift else ""
            except CorpusError as exc:
                note = f"{exc}; the index may no longer match the articles"
        self.stale_note = note
        return note

    def retrieve(self, question: str, k: int | None = None, filters: Filters | None = None) -> list[Hit]:
        retriever = self.retriever()
        hits = retriever.retrieve(question, k, filters)
        note = self.freshness(retriever)
        if note:
            warnings.warn(note, StaleCorpusWarning, stacklevel=2)
        return hits

    def ask(
        self,
        question: str,
        k: int | None = None,
        filters: Filters | None = None,
        history: Sequence[object] | None = None,
        timeline: bool | None = None,
    ) -> Answer:
        """A grounded answer; ``history`` (earlier questions or answers) resolves follow-ups."""
        text = check_question(question, self.settings.max_question_chars)
        if k is not None:
            check_k(k)
        check_optional(filters, "filters", Filters)
        check_optional(timeline, "timeline", bool)
        earlier = turns(check_sequence(history, "history"), self.settings.max_question_chars)
        retriever = self.retriever()
        people = retriever.quotebook.people
        if earlier and not earlier[-1].answered:  # a question only: what was it answered with?
            earlier[-1] = self._answered(earlier[-1], earlier[:-1], filters)
        query = resolve(text, earlier, people)
        if query == text and needs_context(text, people) and not any(has_topic(t.question) for t in earlier):
            return clarify(text)
        if filters is not None and not retriever.matches_any(filters):
            return no_match(text, filters.describe(), query)
        hits = retriever.retrieve(query, k, filters)
        person = asked_role_of(query)
        if person:  # "What is Dr Brian Balmer's role?": where the articles name him, whatever else they say
            seen = {h.chunk_id for h in hits}
            hits = hits + [h for h in retriever.retrieve(person, k, filters) if h.chunk_id not in seen]
        about = metadata_answer(query, hits, retriever.lexical.idf) if classify(query) == "metadata" else None
        if about is not None:
            return about
        missing = unmatched(query, retriever.known, retriever.years)
        if missing:
            return not_mentioned(text, hits, query, missing)
        grounded = compose(
            text,
            hits,
            min_relevance=self.settings.min_relevance,
            calibration=self.calibrations["answer"],
            quotes=retriever.quotebook.in_sources(h.citation.source for h in hits),
            term_weight=retriever.lexical.idf,
            query=query,
            timeline=timeline,
            seen=earlier[-1].shown if earlier and query != text else (),
        )
        note = self.freshness(retriever)
        if note:
            grounded = with_notes(grounded, note)
        if not self.settings.llm_url or grounded.refused:
            return grounded
        return self._generated(text, grounded)

    def _answered(self, turn: Turn, before: list[Turn], filters: Filters | None) -> Turn:
        """An earlier question given as text, with what its answer showed and whom it quoted (asked
        again, with at most the two turns before it), so "he" can be the person it quoted and a
        follow-up's answer need not lead with what the user has just read."""
        answer = self.ask(turn.question, filters=filters, history=before[-FOLLOWUP_CONTEXT:])
        return replace(turns([answer])[0], question=turn.question)

    def evidence(self, question: str, history: Sequence[object] | None = None) -> dict[str, float]:
        """The features the refusal calibration sees for a question (for ``askccg eval --calibrate``)."""
        return dict(self.ask(question, history=history).evidence)

    def _generated(self, question: str, grounded: Answer) -> Answer:
        """The local model's answer, or the grounded one with the reason it is shown instead."""
        from .llm import FALLBACK_NOTE, LLMConfig, LLMError, generate

        s = self.settings
        try:
            return generate(LLMConfig(s.llm_url, s.llm_model, s.llm_timeout), question, grounded)
        except LLMError as exc:
            return with_notes(grounded, f"The local model gave no usable answer ({exc}); {FALLBACK_NOTE}")

    def quotes(self, speaker: str | None = None) -> list[Quote]:
        """Every direct quotation in the corpus, optionally of one speaker (any part of the name;
        "unattributed" for those whose speaker the text does not establish)."""
        check_optional(speaker, "speaker", str)
        return self.retriever().quotebook.of_speaker(speaker)


def turns(history: Sequence[object], max_chars: int = 100_000) -> list[Turn]:
    """Earlier turns from questions, Answers, (question, answer) pairs or chat messages.

    Assistant messages of a chat carry no question and are skipped; anything else
    that is not one of these is an InputError naming it.
    """
    out: list[Turn] = []
    for n, item in enumerate(history, start=1):
        what = f"history item {n}"
        if isinstance(item, Answer):
            speakers = tuple(s.speaker for s in item.sentences if s.kind == "quote")
            shown = tuple((s.source, s.start, s.end) for s in item.sentences)
            said = " ".join(s.text for s in item.sentences)
            out.append(Turn(item.question, speakers, item.query, shown, answered=True, said=said))
        elif isinstance(item, Turn):
            out.append(item)
        elif isinstance(item, str):
            out.append(Turn(check_text(item, what, max_chars)))
        elif isinstance(item, dict) and item.get("role") in ("user", "assistant"):
            if item["role"] == "user":
                out.append(Turn(check_text(item.get("content"), what, max_chars)))
        elif isinstance(item, (tuple, list)) and item and isinstance(item[0], str):
            out.append(Turn(check_text(item[0], what, max_chars)))
        else:
            raise InputError(
                f"{what} is {type(item).__name__}: use earlier questions (text), Answers, "
                "(question, answer) pairs or chat messages"
            )
    return out


def _assistant(index: Index | str | Path | None, settings: Settings | None) -> Assistant:
    check_optional(index, "index", (Index, str, Path))
    check_optional(settings, "settings", Settings)
    if isinstance(index, Index):
        settings = settings or Settings.from_env(model=index.manifest.model, index_dir=index.folder)
        return Assistant(settings, index=index)
    if index is not None:
        settings = (settings or Settings.from_env()).with_(index_dir=Path(index))
    return Assistant(settings or Settings.from_env())


def retrieve(
    question: str,
    k: int = 5,
    *,
    index: Index | str | Path | None = None,
    settings: Settings | None = None,
    filters: Filters | None = None,
) -> list[Hit]:
    """The ``k`` passages of the corpus that best match ``question``, best first."""
    return _assistant(index, settings).retrieve(question, k, filters)


def ask(
    question: str,
    *,
    k: int | None = None,
    index: Index | str | Path | None = None,
    settings: Settings | None = None,
    filters: Filters | None = None,
    history: Sequence[object] | None = None,
    timeline: bool | None = None,
) -> Answer:
    """An answer grounded in the corpus, with numbered citations, or a refusal.

    ``history``: the earlier questions (or Answers) of the conversation, oldest
    first, so that follow-ups like "And the LMC?" are understood.
    """
    return _assistant(index, settings).ask(question, k, filters, history, timeline)


def quotes(
    speaker: str | None = None,
    *,
    index: Index | str | Path | None = None,
    settings: Settings | None = None,
) -> list[Quote]:
    """Every direct quotation in the corpus with speaker, role, organisation, article and span."""
    return _assistant(index, settings).quotes(speaker)
