"""The CLI: figures on build, numbered sources on ask, one line for every user error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from askccg.cli import main
from askccg.config import Settings
from askccg.index import load_index, read_manifest
from askccg.store import MANIFEST


@pytest.fixture
def env(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("ASKCCG_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("ASKCCG_INDEX_DIR", str(settings.index_dir))
    monkeypatch.setenv("ASKCCG_MODEL", "hashing-256")
    monkeypatch.setenv("ASKCCG_CHUNK_TOKENS", "40")
    monkeypatch.setenv("ASKCCG_CHUNK_OVERLAP", "8")
    return settings


def one_error_line(capsys: pytest.CaptureFixture[str], code: int, *needles: str) -> None:
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1 and err[0].startswith("askccg: error: "), err
    for needle in needles:
        assert needle in err[0]


def test_build_then_ask(env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "indexed 3 articles" in out and "embedded" in out and "reused 0 unchanged" in out
    assert main(["ask", "When will the island ferry sail twice a day?"]) == 0
    out = capsys.readouterr().out
    assert "[1]" in out and "Sources:" in out and "Island ferry timetable changes announced" in out


def test_ask_json(env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    main(["build", "--quiet"])
    capsys.readouterr()
    assert main(["ask", "--json", "island ferry"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["sources"][0]["title"] == "Island ferry timetable changes announced"
    assert {"answer", "refused", "sources"} <= set(payload)


@pytest.mark.parametrize(("question", "needle"), [("", "empty"), ("q" * 100_000, "limit")])
def test_bad_questions(env: Settings, capsys: pytest.CaptureFixture[str], question: str, needle: str) -> None:
    one_error_line(capsys, main(["ask", question]), needle)


def test_ask_without_index(env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    one_error_line(capsys, main(["ask", "anything"]), "no index", "askccg build")


def test_ask_with_corrupt_index(env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    main(["build", "--quiet"])
    (env.index_dir / MANIFEST).write_text("{not json")
    capsys.readouterr()
    one_error_line(capsys, main(["ask", "anything"]), "manifest.json", "damaged")


def test_ask_with_stale_index(env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    main(["build", "--quiet"])
    (env.corpus_dir / "ferry-timetable.txt").write_text("Ferry\n\nChanged.\n")
    capsys.readouterr()
    one_error_line(capsys, main(["ask", "anything"]), "ferry-timetable.txt changed", "askccg build")


def test_build_of_empty_or_missing_corpus_keeps_index(
    env: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["build", "--quiet"])
    before = read_manifest(env.index_dir)
    for p in env.corpus_dir.glob("*.txt"):
        p.unlink()
    capsys.readouterr()
    one_error_line(capsys, main(["build", "--quiet"]), "no readable articles", "left unchanged")
    one_error_line(
        capsys, main(["build", "--quiet", "--corpus", str(env.corpus_dir / "nope")]), "does not exist"
    )
    assert read_manifest(env.index_dir) == before


def test_non_utf8_file_is_skipped_and_reported(env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    (env.corpus_dir / "latin1.txt").write_bytes("Caf\xe9\n\nText.\n".encode("latin-1"))
    assert main(["build", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert "skipped latin1.txt: not UTF-8" in captured.err
    assert "1 files skipped" in captured.out


def test_bad_setting_is_one_line(env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    one_error_line(capsys, main(["build", "--chunk-tokens", "0"]), "chunk_tokens=0")


def test_real_process_exit_code_and_no_traceback(env: Settings, tmp_path: Path) -> None:
    for args in (["ask", ""], ["ask", "anything"]):
        proc = subprocess.run(
            [sys.executable, "-m", "askccg", *args], capture_output=True, text=True, env=os.environ.copy()
        )
        assert proc.returncode == 1
        assert "Traceback" not in proc.stderr
        assert proc.stderr.count("\n") == 1


def test_eval_beir_prints_every_mode_and_the_baseline(
    env: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    from .conftest import DATA

    assert main(["eval", "--beir", str(DATA / "beir")]) == 0
    out = capsys.readouterr().out
    for name in (
        "baseline",
        "askccg dense",
        "askccg bm25",
        "askccg hybrid",
        "askccg hybrid+rerank",
        "nDCG@10",
    ):
        assert name in out
    assert main(["eval", "--beir", str(DATA / "beir"), "--mode", "bm25"]) == 0
    out = capsys.readouterr().out
    assert "askccg bm25" in out and "askccg dense" not in out


def test_eval_on_a_question_file(env: Settings, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    main(["build", "--quiet"])
    questions = tmp_path / "q.jsonl"
    records = [
        {
            "id": "1",
            "question": "How often will the ferry sail?",
            "answerable": True,
            "gold": [{"article": "ferry-timetable.txt", "phrase": "sail twice a day", "key": "twice a day"}],
            "split": "test",
        },
        {"id": "2", "question": "zygote quasar", "answerable": False, "gold": []},
    ]
    questions.write_text("".join(json.dumps(r) + "\n" for r in records))
    capsys.readouterr()
    assert main(["eval", "--set", str(questions)]) == 0
    out = capsys.readouterr().out
    assert "baseline" in out and "simple hybrid" in out and "hit@1" in out and "askccg (default)" in out
    assert "dev article" in out and "test" in out and "fact in answer" in out


def test_build_into_a_folder_of_other_things_is_refused(
    env: Settings, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Issue 14.1: `mkdir -p idx/data-important && echo precious > idx/data-important/notes.txt`."""
    idx = tmp_path / "idx"
    (idx / "data-important").mkdir(parents=True)
    (idx / "data-important" / "notes.txt").write_text("precious\n")
    one_error_line(capsys, main(["build", "--quiet", "--index", str(idx)]), "not an askccg index", str(idx))
    assert (idx / "data-important" / "notes.txt").read_text() == "precious\n"
    assert sorted(p.name for p in idx.iterdir()) == ["data-important"]


def _run(args: list[str | bytes], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "askccg", *args], input=stdin, capture_output=True, env=os.environ.copy()
    )


def test_invalid_utf8_questions_are_one_line_errors(env: Settings) -> None:
    """Issue 14.5: a question that is not UTF-8, on the command line or in chat, never kills the process."""
    assert main(["build", "--quiet"]) == 0
    proc = _run([b"ask", b"ferry \xff\xfe"])
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert proc.stderr.count(b"\n") == 1 and b"not valid UTF-8" in proc.stderr
    chat = _run(["chat"], stdin=b"ferry \xff\xfe?\nWhen will the island ferry sail twice a day?\n")
    assert chat.returncode == 0 and b"Traceback" not in chat.stderr, chat.stderr
    assert b"not valid UTF-8" in chat.stderr and b"[1]" in chat.stdout


def test_bad_metadata_is_one_line_for_build_and_ask(env: Settings) -> None:
    """Issue 14.5: `article = 5` in articles.toml (build and ask)."""
    assert main(["build", "--quiet"]) == 0
    (env.corpus_dir / "articles.toml").write_text("article = 5\n")
    build = _run(["build", "--quiet"])
    assert build.returncode == 1 and b"Traceback" not in build.stderr
    assert build.stderr.count(b"\n") == 1 and b"line 1" in build.stderr
    ask = _run(["ask", "When will the island ferry sail?"])
    assert b"Traceback" not in ask.stderr
    assert ask.returncode == 1 and b"articles.toml changed" in ask.stderr


ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x9b2J\u202eevil\u2066\r"


def test_corpus_text_cannot_drive_the_terminal(env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 14.6: ESC/OSC/BEL, C1 controls and bidi overrides in titles and text print inert."""
    with (env.corpus_dir / "articles.toml").open("a", encoding="utf-8") as toml:
        escaped = "".join(f"\\u{ord(c):04x}" if not c.isprintable() else c for c in ESCAPES)
        toml.write(f'\n[[article]]\nfile = "term.txt"\ntitle = "Ferry {escaped} story"\n')
    (env.corpus_dir / "term.txt").write_text(
        f"Ferry {ESCAPES} story\n\nDr Jo Reed, the harbour master, said: “The island ferry {ESCAPES} "
        "will sail twice a day from May onwards.”\n",
        encoding="utf-8",
    )
    assert main(["build", "--quiet"]) == 0
    runs = [
        ["ask", "island ferry harbour master sail"],
        ["ask", "--markdown", "island ferry harbour master sail"],
        ["ask", "--json", "island ferry harbour master sail"],
        ["quotes"],
        ["quotes", "--json"],
    ]
    for args in runs:
        capsys.readouterr()
        assert main(args) == 0
        captured = capsys.readouterr()
        for stream in (captured.out, captured.err):
            assert not any(c in stream for c in "\x1b\x07\x9b\u202e\u2066\r"), (args, stream[:300])
        assert "pwned" in captured.out  # shown, as text
        if "--json" in args:
            json.loads(captured.out)  # still valid JSON


@pytest.mark.parametrize("date", ["2017-13", "2014-13-45", "2015-02-29", "20140"])
def test_impossible_dates_are_refused(env: Settings, capsys: pytest.CaptureFixture[str], date: str) -> None:
    """Issue 14.9: --since 2017-13 passed."""
    code = main(["ask", "--since", date, "ferry"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and date in err[0] and "real date" in err[0], err


def test_options_are_never_abbreviated(env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 14.9: `--k 0` was read as `--kind`; --k is -k, and a prefix of an option is an error."""
    main(["build", "--quiet"])
    capsys.readouterr()
    one_error_line(capsys, main(["ask", "--k", "0", "ferry"]), "k=0")
    assert main(["ask", "--pub", "Pulse", "ferry"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--pub" in err[0], err


def test_a_filter_no_article_matches_says_so(env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 14.9: it said "the articles do not cover this question" with an empty list."""
    main(["build", "--quiet"])
    capsys.readouterr()
    assert main(["ask", "--publication", "The Lancet", "ferry"]) == 0
    out = capsys.readouterr().out
    assert "No article matches the filters" in out and "The Lancet" in out
    assert "do not cover this question" not in out and "Nearest passages" not in out


def test_the_rebuild_hint_names_the_folders_the_user_gave(
    env: Settings, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Issue 14.9: `askccg ask --index DIR` with no index suggested `askccg build` without --index DIR."""
    idx = tmp_path / "my index"
    one_error_line(capsys, main(["ask", "--index", str(idx), "ferry"]), f"askccg build --index '{idx}'")


def test_add_reports_what_it_added_and_skipped_then_updates_the_index(
    env: Settings, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from .formats import LETTER, PDF

    assert main(["build", "--quiet"]) == 0
    capsys.readouterr()
    evil = tmp_path / "evil.docx"
    evil.write_bytes(b"MZ\x90\x00" + b"\x00" * 60)
    assert main(["add", "--quiet", str(LETTER), str(PDF), str(evil), str(LETTER)]) == 0
    out, err = capsys.readouterr()
    assert "added gp-commissioners-are-damned-if-they-do-or-if-they-dont.txt: “GP commissioners" in out
    assert "(web page; title, publication, author; 2 reader comments) from pulse-letter.html" in out
    assert "added 2 of 4 files" in out and "index updated: 5 articles" in out and "reused" in out
    assert err.splitlines() == [
        "skipped evil.docx: unsupported type: a Windows executable",
        "skipped pulse-letter.html: duplicate by content of pulse-letter.html (earlier in this batch): "
        "the same file",
    ]
    assert load_index(env.index_dir).articles.keys() >= {
        "gp-commissioners-are-damned-if-they-do-or-if-they-dont.txt"
    }


def test_add_with_nothing_to_add_changes_nothing(env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(p.name for p in env.corpus_dir.iterdir())
    assert main(["add", str(env.corpus_dir / "budget-row.txt"), "/no/such/file.pdf"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "skipped /no/such/file.pdf: not found (no such file or folder)"
    assert err[1] == "skipped budget-row.txt: duplicate by content of budget-row.txt: the same file"
    assert err[2] == "nothing added; the corpus and the index are unchanged"
    assert sorted(p.name for p in env.corpus_dir.iterdir() if not p.name.startswith(".")) == before
