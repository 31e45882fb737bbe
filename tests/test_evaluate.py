"""The evaluation harness: the question set itself, metrics, calibration, BEIR."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from askccg.beir import load_beir, ndcg_at, recall_at, run_beir
from askccg.cleaning import normalise
from askccg.config import Settings
from askccg.corpus import load_corpus
from askccg.embed import HashingEmbedder
from askccg.errors import InputError
from askccg.evaluate import (
    ABLATIONS,
    BASELINE,
    Gold,
    Question,
    calibrate,
    covers_all,
    evaluate,
    gold_rank,
    load_questions,
)

from .conftest import DATA, REPO

QUESTIONS = REPO / "eval" / "questions.jsonl"


def test_question_set_is_broad_and_its_gold_phrases_exist() -> None:
    questions = load_questions(QUESTIONS)
    answerable = [q for q in questions if q.answerable]
    assert len(questions) >= 40 and len(questions) - len(answerable) >= 6
    articles = {a.meta.source: a for a in load_corpus(REPO / "corpus").articles}
    assert {g.article for q in answerable for g in q.gold} == set(articles)
    tags = {t for q in questions for t in q.tags}
    assert {"number", "date", "person", "role", "comment", "multi", "unanswerable"} <= tags
    for q in answerable:
        for g in q.gold:
            a = articles[g.article]
            kept = " ".join(normalise(a.raw[s.start : s.end]) for s in a.sections)
            assert normalise(g.phrase) in kept, (q.id, g.phrase)
    comments = [q for q in answerable if "comment" in q.tags]
    assert len(comments) >= 3
    assert any(len({g.article for g in q.gold}) == 2 for q in answerable)


def test_gold_rank_needs_phrase_and_article() -> None:
    q = Question("x", "?", True, (Gold("a.txt", "Chaotic and rushed"),))
    ranked = [("b.txt", "chaotic and rushed"), ("a.txt", "it was ‘chaotic   and rushed’.")]
    assert gold_rank(ranked, q) == 2
    two = Question("y", "?", True, (Gold("a.txt", "one"), Gold("b.txt", "two")))
    assert covers_all([("a.txt", "one"), ("b.txt", "two")], two)
    assert not covers_all([("a.txt", "one")], two)


def test_metrics_of_a_scripted_system() -> None:
    qs = [
        Question("1", "q1", True, (Gold("a", "alpha"),)),
        Question("2", "q2", True, (Gold("a", "beta"),)),
        Question("3", "q3", False, ()),
    ]
    answers = {
        "q1": ([("a", "alpha")], False),
        "q2": ([("a", "x"), ("a", "y"), ("a", "beta")], True),
        "q3": ([("a", "z")], True),
    }
    report = evaluate("s", qs, lambda text: answers[text])  # type: ignore[arg-type,return-value]
    assert (report.hit1, report.hit3, report.hit5) == (0.5, 1.0, 1.0)
    assert report.mrr == pytest.approx((1 + 1 / 3) / 2)
    assert report.refusal_accuracy == 1.0 and report.false_refusals == 1


def test_ndcg_and_recall_by_hand() -> None:
    rels = {"d1": 2, "d2": 1}
    assert ndcg_at(["d1", "d2"], rels, 10) == pytest.approx(1.0)
    swapped = (1 / 1 + 2 / np.log2(3)) / (2 / 1 + 1 / np.log2(3))
    assert ndcg_at(["d2", "d1"], rels, 10) == pytest.approx(swapped)
    assert recall_at(["d3", "d1"], rels, 10) == 0.5


def test_calibration_separates_and_reports_leave_one_out() -> None:
    rng = np.random.default_rng(0)
    good = rng.normal([0.6, 0.6, 0.7], 0.05, (20, 3))
    bad = rng.normal([0.1, 0.1, 0.05], 0.05, (8, 3))
    x = np.vstack([good, bad])
    y = np.array([1.0] * 20 + [0.0] * 8)
    cal, loo = calibrate(x, y)
    assert loo == 1.0
    assert cal.relevance((0.6, 0.6, 0.7)) > 0.5 > cal.relevance((0.1, 0.1, 0.0))


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
