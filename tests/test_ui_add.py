"""The Add articles tab's handlers, without a browser: read, correct, confirm, swap."""

from __future__ import annotations

import shutil
from pathlib import Path

from askccg.api import Assistant
from askccg.config import Settings
from askccg.embed import HashingEmbedder
from askccg.ui import Handlers, add_articles_on
from askccg.ui_add import AddArticles, corrected

from .formats import DOCX, LETTER


def uploaded(tmp_path: Path, *sources: Path) -> list[str]:
    """Copies standing for Gradio's temporary upload files."""
    out = []
    for n, source in enumerate(sources):
        folder = tmp_path / f"upload{n}"
        folder.mkdir()
        out.append(str(shutil.copy(source, folder / source.name)))
    return out


def test_read_correct_confirm_and_the_new_article_is_answered(built: Settings, tmp_path: Path) -> None:
    assistant = Assistant(built, embedder=HashingEmbedder(256))
    tab = AddArticles(assistant)
    files = uploaded(tmp_path, LETTER, DOCX)
    rows, pending, message, _ = tab.read(files)
    assert [r[1] for r in rows] == ["pulse-letter.html", "kingsfund-next-steps.docx"]
    assert rows[0][3:7] == [
        "GP commissioners are damned if they do or if they don’t",
        "Pulse",
        "",
        "Dr Andrew Mimnagh",
    ]
    assert "2 ready to add" in message
    assert not any(Path(f).exists() for f in files)  # the temporary upload copies are gone
    rows[0][5] = "2013-06-01"  # the reviewer adds the date the page does not state
    rows[1][0] = False  # and leaves the Word file out
    table, left, done, _ = tab.confirm(rows, pending, progress=lambda *a, **k: None)  # type: ignore[arg-type]
    assert table == [] and left == [] and "Added 1 article" in done and "now holds 4 articles" in done
    toml = (built.corpus_dir / "articles.toml").read_text()
    assert 'date = "2013-06-01"' in toml and "date: entered by the user when adding" in toml
    assert "kingsfund" not in toml
    answer = assistant.ask("Is clinical commissioning a poisoned chalice in the national press?")
    assert any(
        c.title.startswith("GP commissioners are damned")
        for c in answer.citations + tuple(h.citation for h in answer.hits)
    )
    assert "Pulse" in Handlers(assistant).overview()[4]  # the welcome counts the new publication


def test_a_bad_date_is_one_line_and_nothing_is_written(built: Settings, tmp_path: Path) -> None:
    tab = AddArticles(Assistant(built, embedder=HashingEmbedder(256)))
    rows, pending, _, _ = tab.read(uploaded(tmp_path, LETTER))
    rows[0][5] = "18/05/2017"
    before = (built.corpus_dir / "articles.toml").read_text()
    _, kept, message, _ = tab.confirm(rows, pending, progress=lambda *a, **k: None)  # type: ignore[arg-type]
    assert "⚠️" in message and "not a real date" in message and kept == pending
    assert (built.corpus_dir / "articles.toml").read_text() == before


def test_refusals_are_listed_and_inert(built: Settings, tmp_path: Path) -> None:
    evil = tmp_path / "<img src=x onerror=alert(1)>.pdf"
    evil.write_bytes(b"MZ" + b"\x00" * 50)
    rows, pending, message, _ = AddArticles(Assistant(built, embedder=HashingEmbedder(256))).read([str(evil)])
    assert rows == [] and pending == [] and "Nothing to add" in message
    assert "<img" not in message and "Windows executable" in message


def test_corrected_reads_a_dataframe_or_lists() -> None:
    assert corrected([], []) == []


def test_the_tab_is_on_for_loopback_alone_unless_asked() -> None:
    assert add_articles_on(None) is True
    assert add_articles_on(None, ["askccg.example"]) is False
    assert add_articles_on(True, ["askccg.example"]) is True
    assert add_articles_on(False) is False


def test_an_empty_question_leaves_no_bubble(built: Settings) -> None:
    handlers = Handlers(Assistant(built, embedder=HashingEmbedder(256)))
    (out,) = list(handlers.respond("   ", [], [], "All publications", "Articles and reader comments", "", ""))
    assert out[0] == "" and all(type(v).__name__ == "dict" and v.get("__type__") == "update" for v in out[1:])


def test_each_answer_keeps_its_own_sources(built: Settings) -> None:
    handlers = Handlers(Assistant(built, embedder=HashingEmbedder(256)))
    args = ("All publications", "Articles and reader comments", "", "")
    *_, first = handlers.respond("When will the island ferry sail twice a day?", [], [], *args)
    *_, second = handlers.respond("What about the practice funding row?", first[1], first[2], *args)
    chat, sources = second[1], second[3]
    assert (
        'href="#askccg-source-1-1"' in chat[1]["content"]
        and 'href="#askccg-source-2-1"' in chat[3]["content"]
    )
    assert "id='askccg-source-1-1'" in sources and "id='askccg-source-2-1'" in sources
    assert sources.index("Answer 2:") < sources.index("Answer 1:")  # the latest first
    assert "href='#askccg-answer-1'" in sources
