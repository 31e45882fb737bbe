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
    assert set(index.articles) == {a.meta.source for a in corpus.articles}
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


def _five_dev() -> list:  # type: ignore[type-arg]
    from askccg.evaluate import load_questions

    return [q for q in load_questions(REPO / "eval" / "sets" / "five.jsonl") if q.split == "dev"]


def test_dev_half_keeps_its_retrieval_figures(shipped: Settings) -> None:
    """A regression guard on the dev half of the five-article set (figures chosen there; the
    README reports the test halves). Measured: hit@1 0.55, hit@3 0.61 over 66 questions."""
    from askccg.api import Assistant
    from askccg.evaluate import Answers, project_system, raw_corpus, retrieval_cells

    retriever = Assistant(shipped).retriever()
    answers = Answers(dict(raw_corpus(shipped.corpus_dir)))
    cell = retrieval_cells(_five_dev(), project_system(retriever), answers)[("dev", "all")]
    assert cell.n >= 60 and cell.hit1 >= 0.50 and cell.hit3 >= 0.58, cell


def test_dev_half_answers_are_grounded_and_keep_their_figures(shipped: Settings) -> None:
    """Every marker points at a retrieved passage whose span holds the quoted words; the dev
    half keeps its figures (measured: fact in answer 0.54, false refusals 0.10, off-topic refused 1.0)."""
    from askccg.answer import verify
    from askccg.api import Assistant
    from askccg.evaluate import answer_cells

    assistant = Assistant(shipped)
    answered = []

    def ask(q):  # type: ignore[no-untyped-def]
        answer = assistant.ask(q.text, history=list(q.history))
        assert verify(answer) == [], (q.id, verify(answer))
        answered.append(answer)
        return answer

    cell = answer_cells(_five_dev(), ask)[("dev", "all")]
    assert cell.fact / cell.answerable >= 0.50, cell
    assert cell.refused_wrongly / cell.answerable <= 0.15, cell
    assert cell.out_domain_refused == cell.out_domain > 0, cell
    assert all(1 <= len(a.sentences) <= 6 for a in answered if not a.refused and a.sentences)


def test_example_answer_names_vautrey_and_the_follow_up_finds_dixons_argument(shipped: Settings) -> None:
    from askccg.answer import verify

    first = ask(QUESTION, settings=shipped)
    assert "Dr Richard Vautrey, GPC deputy chair" in first.text and "[1]" in first.text
    assert verify(first) == []
    follow = ask("And what did Dixon argue?", settings=shipped, history=[first])
    assert "Dixon" in follow.query and not follow.refused and len(follow.sentences) >= 2
    for s in follow.sentences:  # every sentence is Dixon's: quoted from him, or reporting what he said
        assert "Dixon" in s.speaker or "Dixon" in s.text, s


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
