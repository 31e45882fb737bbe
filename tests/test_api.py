"""The public Python API: cheap import, explicit __all__, retrieve/ask, hot reload."""

from __future__ import annotations

import subprocess
import sys

import askccg
from askccg import Assistant, ask, retrieve
from askccg.builder import build
from askccg.config import Settings
from askccg.embed import HashingEmbedder
from askccg.index import load_index


def test_all_is_sorted_and_resolves() -> None:
    assert askccg.__all__ == sorted(askccg.__all__)
    for name in askccg.__all__:
        assert getattr(askccg, name) is not None
    assert callable(askccg.retrieve) and callable(askccg.ask) and callable(askccg.build)


def test_import_is_cheap() -> None:
    code = (
        "import sys, askccg; heavy = [m for m in ('torch', 'faiss', 'gradio', 'sentence_transformers', "
        "'numpy', 'langchain_text_splitters') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_retrieve_with_explicit_settings(built: Settings) -> None:
    hits = retrieve("island ferry timetable", k=2, settings=built)
    assert len(hits) == 2
    c = hits[0].citation
    assert (c.source, c.kind, c.title) == (
        "ferry-timetable.txt",
        "article",
        "Island ferry timetable changes announced",
    )
    assert isinstance(hits[0].score, float) and hits[0].text


def test_retrieve_with_explicit_index_object(built: Settings) -> None:
    index = load_index(built.index_dir)
    hits = retrieve("ferry harbour master", index=index, settings=built)
    assert hits[0].citation.source == "ferry-timetable.txt"


def test_ask_answers_with_citations_or_refuses(built: Settings) -> None:
    answer = ask("When will the island ferry sail twice a day?", settings=built)
    assert not answer.refused and answer.citations
    assert "[1]" in answer.text
    assert answer.citations[0].source == "ferry-timetable.txt"
    refused = ask("zygote quasar xylophone", settings=built)
    assert refused.refused and not refused.citations and refused.hits


def test_assistant_picks_up_a_rebuilt_index(built: Settings, embedder: HashingEmbedder) -> None:
    assistant = Assistant(built, embedder=embedder)
    assert "lighthouse" not in assistant.retrieve("lighthouse keeper", k=1)[0].text
    (built.corpus_dir / "lighthouse.txt").write_text(
        "Lighthouse reopens\n\nThe lighthouse keeper returned today.\n"
    )
    build(built, embedder=embedder)
    assert "lighthouse" in assistant.retrieve("lighthouse keeper", k=1)[0].text


def _edit(settings: Settings, name: str, text: str) -> None:
    path = settings.corpus_dir / name
    path.write_text(text, encoding="utf-8")


def test_a_long_lived_assistant_notices_edited_added_and_removed_articles(
    built: Settings, embedder: HashingEmbedder
) -> None:
    """Issue 14.2: the stale check runs on every question, not only when the index loads."""
    assistant = Assistant(built, embedder=embedder)
    assert not assistant.ask("When will the island ferry sail?").notes
    _edit(built, "ferry-timetable.txt", "Ferry news\n\nThe ferry now sails once a week only.\n")
    notes = assistant.ask("When will the island ferry sail?").notes
    assert any("ferry-timetable.txt changed" in n and "askccg build" in n for n in notes), notes
    _edit(built, "lighthouse.txt", "Lighthouse\n\nThe lamp is lit nightly.\n")
    assert any("lighthouse.txt added" in n for n in assistant.ask("lamp").notes)
    (built.corpus_dir / "budget-row.txt").unlink()
    assert any("budget-row.txt removed" in n for n in assistant.ask("lamp").notes)
    build(built, embedder=embedder)
    assert not assistant.ask("When will the island ferry sail?").notes


def test_the_stale_check_hashes_only_files_whose_size_or_mtime_changed(
    built: Settings, embedder: HashingEmbedder, monkeypatch: object
) -> None:
    import askccg.freshness as freshness

    hashed: list[str] = []
    real = freshness.sha256_file

    def counting(path, limit):  # type: ignore[no-untyped-def]
        hashed.append(path.name)
        return real(path, limit)

    monkeypatch.setattr(freshness, "sha256_file", counting)  # type: ignore[attr-defined]
    assistant = Assistant(built, embedder=embedder)
    assistant.ask("ferry")
    hashed.clear()
    assistant.ask("ferry")
    assistant.ask("budget")
    assert hashed == []
    _edit(built, "ferry-timetable.txt", "Ferry news\n\nEdited.\n")
    assistant.ask("ferry")
    assert hashed == ["ferry-timetable.txt"]


def test_the_stale_check_costs_the_changed_files_not_the_archive(
    settings: Settings, embedder: HashingEmbedder, monkeypatch: object
) -> None:
    """Issue 15: with the folder's watch, a question stats only the files that changed (and hashes
    only those whose stat moved); the first question of a process hashes nothing the index vouches for."""
    import askccg.corpus as corpus
    from askccg.builder import build

    built = settings
    for n in range(200):
        (built.corpus_dir / f"more-{n:03d}.txt").write_text(f"More {n}\n\nAnother story, number {n}.\n")
    monkeypatch.setattr(corpus, "RACY_SECONDS", 0)  # type: ignore[attr-defined]
    build(built, embedder=embedder)
    assistant = Assistant(built, embedder=embedder)
    assistant.ask("ferry")
    fresh = assistant._freshness
    assert fresh.hashed == 0  # every stat vouched for by the index's records
    if fresh._watch is None or not fresh._watch.active:
        return  # no inotify here: every question stats the folder (still hashing nothing unchanged)
    stated = fresh.stated
    for _ in range(5):
        assistant.ask("budget")
    assert fresh.stated == stated and fresh.hashed == 0
    _edit(built, "more-007.txt", "More seven\n\nRewritten.\n")
    note = assistant.ask("ferry").notes
    assert fresh.stated == stated + 1 and fresh.hashed == 1
    assert any("more-007.txt changed" in n for n in note)
    (built.corpus_dir / "more-008.txt").unlink()
    assert any("more-008.txt removed" in n for n in assistant.ask("ferry").notes)


def test_retrieve_warns_when_the_corpus_moved_on(built: Settings, embedder: HashingEmbedder) -> None:
    import pytest

    from askccg.errors import StaleCorpusWarning

    assistant = Assistant(built, embedder=embedder)
    assistant.retrieve("ferry")
    _edit(built, "ferry-timetable.txt", "Ferry news\n\nEdited.\n")
    with pytest.warns(StaleCorpusWarning, match="ferry-timetable.txt changed"):
        assistant.retrieve("ferry")
    assert "ferry-timetable.txt changed" in assistant.stale_note


def test_public_entry_points_check_their_arguments(built: Settings, embedder: HashingEmbedder) -> None:
    """Issue 14.5: every argument of the public API is checked with a one-line InputError."""
    import pytest

    from askccg.errors import InputError

    assistant = Assistant(built, embedder=embedder)
    bad_calls = [
        (lambda: assistant.ask("ferry", k=2.5), "whole number"),
        (lambda: assistant.ask("ferry", k="3"), "whole number"),
        (lambda: assistant.ask("ferry", filters="Pulse"), "filters must be Filters"),
        (lambda: assistant.ask("ferry", history="ferry"), "history must be a list"),
        (lambda: assistant.ask("ferry", history=[5]), "history item 1"),
        (lambda: assistant.ask("ferry", history=["ok \ud800"]), "not valid UTF-8"),
        (lambda: assistant.ask("ferry", timeline="yes"), "timeline must be bool"),
        (lambda: assistant.quotes(speaker=5), "speaker must be str"),
        (lambda: retrieve("ferry", k=2.5, settings=built), "whole number"),
        (lambda: retrieve("ferry", settings="built"), "settings must be Settings"),
        (lambda: ask("ferry", index=5), "index must be"),
        (lambda: Assistant(settings="x"), "settings must be Settings"),
    ]
    for call, message in bad_calls:
        with pytest.raises(InputError, match=message):
            call()  # type: ignore[no-untyped-call]
    assert len(assistant.retrieve("ferry", k=3)) <= 3


def test_a_question_about_someone_no_article_mentions_says_so(
    built: Settings, embedder: HashingEmbedder
) -> None:
    answer = Assistant(built, embedder=embedder).ask("What did Zebedee Quint say about practice funding?")
    assert answer.refused and not answer.citations and answer.hits
    assert "never mention “Zebedee Quint”" in answer.text
    assert not Assistant(built, embedder=embedder).ask("What did Dr Alice Green say about budgets?").refused
