"""The evaluation harness: the question set itself, metrics, calibration, BEIR."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from askccg.beir import load_beir, ndcg_at, recall_at, run_beir
from askccg.config import Settings
from askccg.embed import HashingEmbedder
from askccg.errors import InputError
from askccg.evaluate import (
    ABLATIONS,
    BASELINE,
    Answers,
    Gold,
    Passage,
    Question,
    holds_fact,
    load_questions,
    retrieval_cells,
)

from .conftest import DATA, REPO

SETS = REPO / "eval" / "sets"


@pytest.mark.parametrize("name", ["five.jsonl", "corpus2.jsonl"])
def test_question_sets_are_split_reworded_and_their_answers_exist(name: str) -> None:
    """Every answerable key stands in its article; every fact is asked in both wordings; the
    halves hold in-domain unanswerables and every kind of question."""
    questions = load_questions(SETS / name)
    folder = REPO / "corpus" if name == "five.jsonl" else REPO / "eval" / "corpus2"
    answers = Answers({p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")})
    for q in questions:
        if q.retrievable:
            assert all(answers.spans(g) for g in q.gold), q.id
    facts: dict[str, set[str]] = {}
    for q in questions:
        if q.answerable and q.type != "metadata":
            facts.setdefault(q.fact, set()).add(q.wording)
    assert sum(w == {"article", "reworded"} for w in facts.values()) >= 45
    for split in ("dev", "test"):
        half = [q for q in questions if q.split == split]
        assert sum(not q.answerable and q.domain == "in" and not q.expect for q in half) >= 14
        assert {"number", "who", "why", "compare"} <= {q.type for q in half}


def test_a_passage_holds_the_answer_only_where_the_key_stands() -> None:
    raw = "Intro. The fund is worth £3.8bn this year. Later: £3.8bn again, elsewhere."
    answers = Answers({"a.txt": raw})
    q = Question("x", "?", True, (Gold("a.txt", "The fund is worth £3.8bn", "£3.8bn"),))
    at = raw.index("£3.8bn")
    assert (
        answers.rank([Passage("a.txt", 0, at + 3, raw[: at + 3]), Passage("a.txt", 0, 45, raw[:45])], q) == 2
    )
    again = raw.rindex("£3.8bn")  # the same words outside the gold phrase do not count
    assert answers.rank([Passage("a.txt", again - 7, len(raw), raw[again - 7 :])], q) is None
    assert answers.rank([Passage("b.txt", 0, 45, raw[:45])], q) is None


def test_retrieval_cells_of_a_scripted_system() -> None:
    raw = "alpha beta gamma delta"
    answers = Answers({"a": raw})
    qs = [
        Question("1", "q1", True, (Gold("a", "alpha", "alpha"),), split="dev", wording="article"),
        Question("2", "q2", True, (Gold("a", "gamma", "gamma"),), split="dev", wording="reworded"),
        Question("3", "q3", False, (), split="dev"),
    ]
    scripted = {
        "q1": [Passage("a", 0, 5, "alpha")],
        "q2": [Passage("a", 0, 5, "alpha"), Passage("a", 6, 10, "beta"), Passage("a", 11, 16, "gamma")],
    }
    cells = retrieval_cells(qs, lambda q: (scripted[q.text], None), answers)
    assert (cells[("dev", "article")].hit1, cells[("dev", "reworded")].hit3) == (1.0, 1.0)
    assert cells[("dev", "reworded")].hit1 == 0.0 and cells[("dev", "all")].n == 2


def test_an_answer_holds_the_fact_by_key_all_or_any() -> None:
    from askccg.documents import Answer

    answer = Answer("q", "It was worth £3.8bn, said Dr Dixon.", (), (), False)
    one = Question("1", "?", True, (Gold("a", "p", "£3.8bn"), Gold("a", "p", "Vautrey")), match="any")
    both = Question("2", "?", True, one.gold, match="all")
    assert holds_fact(answer, one) and not holds_fact(answer, both)


def test_ndcg_and_recall_by_hand() -> None:
    rels = {"d1": 2, "d2": 1}
    assert ndcg_at(["d1", "d2"], rels, 10) == pytest.approx(1.0)
    swapped = (1 / 1 + 2 / np.log2(3)) / (2 / 1 + 1 / np.log2(3))
    assert ndcg_at(["d2", "d1"], rels, 10) == pytest.approx(swapped)
    assert recall_at(["d3", "d1"], rels, 10) == 0.5


def test_bad_question_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps({"id": "1", "question": "x", "answerable": True}) + "\n{oops\n")
    with pytest.raises(InputError, match=r"q\.jsonl:2"):
        load_questions(path)


def test_beir_fixture_loads_and_every_mode_is_scored(settings: Settings, embedder: HashingEmbedder) -> None:
    beir = load_beir(DATA / "beir")
    assert len(beir.docs) == 8 and len(beir.queries) == 6 and beir.qrels["q2"] == {"d4": 2, "d3": 1}
    reports = run_beir(DATA / "beir", settings, embedder)
    assert [r.name for r in reports] == [BASELINE, *ABLATIONS]
    for r in reports:
        assert 0.0 <= r.ndcg10 <= 1.0 and 0.0 <= r.recall10 <= r.recall100 <= 1.0 and r.queries == 6
    assert max(r.ndcg10 for r in reports) > 0.5


def test_not_a_beir_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"corpus\.jsonl is missing"):
        load_beir(tmp_path)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("corpus.jsonl", '{"_id": "d1", "text": "a"}\nnot json\n', r"corpus\.jsonl:2: bad record"),
        ("queries.jsonl", '{"text": "no id"}\n', r"queries\.jsonl:1: bad record"),
        ("qrels/test.tsv", "query-id\tcorpus-id\tscore\nq1\td1\tvery\n", r"test\.tsv:2: score 'very'"),
    ],
)
def test_a_bad_beir_line_is_named(tmp_path: Path, name: str, text: str, message: str) -> None:
    shutil.copytree(DATA / "beir", tmp_path / "beir")
    (tmp_path / "beir" / name).write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_beir(tmp_path / "beir")


@pytest.mark.parametrize("name", ["five", "corpus2", "corpus6", "corpus38", "corpus41"])
def test_every_question_set_passes_its_checker(name: str) -> None:
    """Gold phrases stand in their files, reworded questions share no 4-word run with any article,
    every fact is asked in both wordings (the checker written with each set)."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, str(SETS / f"check_{name}.py")], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
