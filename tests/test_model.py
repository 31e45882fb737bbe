"""The real model on the shipped corpus and the committed index (marked ``model``)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from askccg import Settings, ask, retrieve
from askccg.builder import make_chunker
from askccg.chunking import embedding_text
from askccg.corpus import load_corpus
from askccg.embed import SentenceTransformerEmbedder
from askccg.index import load_index
from askccg.retriever import open_index

from .conftest import REPO

pytestmark = pytest.mark.model
QUESTION = "Why did GPC oppose CCG commissioning?"


@pytest.fixture(scope="module")
def shipped() -> Settings:
    return Settings(corpus_dir=REPO / "corpus", index_dir=REPO / "embeddings")


def test_committed_index_is_current(shipped: Settings) -> None:
    index, _ = open_index(shipped)  # raises StaleIndexError if corpus or settings moved on
    corpus = load_corpus(shipped.corpus_dir)
    assert set(index.manifest.articles) == {a.meta.source for a in corpus.articles}
    for chunk in index.chunks:
        raw = (shipped.corpus_dir / chunk.citation.source).read_text(encoding="utf-8")
        assert raw[chunk.citation.start : chunk.citation.end] == chunk.text


def test_committed_index_matches_a_fresh_chunking(shipped: Settings) -> None:
    embedder = SentenceTransformerEmbedder(shipped.model)
    chunker = make_chunker(shipped, embedder)
    fresh = [c for a in load_corpus(shipped.corpus_dir).articles for c in chunker.chunks(a)]
    index = load_index(shipped.index_dir)
    assert [c.chunk_id for c in fresh] == [c.chunk_id for c in index.chunks]
    for chunk in fresh:  # nothing is silently truncated by the model
        assert embedder.count_tokens(embedding_text(chunk)) <= embedder.max_tokens


def test_example_question_cites_the_gpc_deputy_chair(shipped: Settings) -> None:
    answer = ask(QUESTION, settings=shipped)
    assert not answer.refused
    cited = [h for h in answer.hits if h.citation in answer.citations]
    vautrey = [h for h in cited if "GPC deputy chair" in h.text and "conflicts of interest" in h.text]
    assert vautrey, [h.text[:80] for h in cited]
    assert vautrey[0].citation.title == "Give CCGs the budget to commission GPs, says Dixon"
    assert vautrey[0].citation.kind == "article"


def test_retrieve_returns_cited_hits_best_first(shipped: Settings) -> None:
    hits = retrieve(QUESTION, k=5, settings=shipped)
    assert len(hits) == 5
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    for h in hits:
        c = h.citation
        assert c.title and c.source.endswith(".txt") and c.kind in ("article", "comment") and c.end > c.start


def test_unanswerable_question_is_refused(shipped: Settings) -> None:
    answer = ask("What is the capital of France?", settings=shipped)
    assert answer.refused and not answer.citations


def test_cli_answers_the_example_question() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "askccg", "ask", QUESTION],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Vautrey" in proc.stdout and "Give CCGs the budget to commission GPs, says Dixon" in proc.stdout


def test_question_set_meets_the_retrieval_targets(shipped: Settings) -> None:
    from askccg.api import Assistant
    from askccg.evaluate import evaluate, load_questions, project_system

    retriever = Assistant(shipped).retriever()
    questions = load_questions(REPO / "eval" / "questions.jsonl")
    report = evaluate("default", questions, project_system(retriever, shipped.min_relevance))
    assert report.hit1 >= 0.90 and report.hit3 >= 0.98, report
    assert report.refusal_accuracy == 1.0 and report.false_refusals == 0, report


def test_shipped_calibration_is_reproducible(shipped: Settings) -> None:
    import json

    from askccg.api import Assistant
    from askccg.evaluate import calibrate, load_questions, top_features

    retriever = Assistant(shipped).retriever()
    x, y = top_features(retriever, load_questions(REPO / "eval" / "questions.jsonl"))
    fitted, _ = calibrate(x, y)
    stored = json.loads((REPO / "src" / "askccg" / "calibration.json").read_text())
    assert fitted.bias == pytest.approx(stored["bias"], abs=1e-3)
    assert fitted.w_coverage == pytest.approx(stored["w_coverage"], abs=1e-3)


def test_answers_meet_the_grounding_targets(shipped: Settings) -> None:
    from askccg.api import Assistant
    from askccg.evaluate import evaluate_answers, load_questions

    assistant = Assistant(shipped)
    questions = load_questions(REPO / "eval" / "questions.jsonl")
    attributed = [q for q in assistant.quotes() if q.speaker]  # an unattributed quote names nobody
    report = evaluate_answers("grounded", assistant.ask, questions, attributed)
    assert report.gold_in_answer >= 0.90, report
    assert report.markers_valid == report.spans_match == report.quotes_named == 1.0, report
    assert report.two_to_five == 1.0 and report.refusals_right == 1.0, report


def test_example_answer_names_vautrey_and_the_follow_up_finds_dixons_argument(shipped: Settings) -> None:
    from askccg.answer import verify

    first = ask(QUESTION, settings=shipped)
    assert "Dr Richard Vautrey, GPC deputy chair" in first.text and "[1]" in first.text
    assert verify(first) == []
    follow = ask("And what did Dixon argue?", settings=shipped, history=[first])
    assert "Dixon" in follow.query and not follow.refused
    budget_article = "give-ccgs-the-budget-to-commission-gps-says-dixon.txt"
    assert follow.sentences[0].source == budget_article
    assert "CCGs should be handed the full primary care budget" in follow.text


def test_cli_chat_answers_a_follow_up() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "askccg", "chat"],
        input=f"{QUESTION}\nAnd what did Dixon argue?\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "searched as: What did Dixon argue about CCG commissioning?" in proc.stdout
    assert proc.stdout.count("Sources:") == 2


def test_cli_quotes_lists_speakers_with_roles() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "askccg", "quotes", "--speaker", "Vautrey"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines and all(line.startswith("Dr Richard Vautrey (GPC deputy") for line in lines)
    assert any("GPC does not support CCGs" in line for line in lines)
