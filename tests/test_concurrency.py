"""Serving while rebuilding, and the same results on 1 thread or 16."""

from __future__ import annotations

import random
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from askccg.api import Assistant
from askccg.builder import build
from askccg.config import Settings
from askccg.embed import HashingEmbedder

from .conftest import REPO
from .test_reliability import _versions, _write

QUESTIONS = ["practice budget", "hospital winter pressure", "community pharmacy clinic", "staff review plan"]


@pytest.mark.slow
def test_questions_during_rebuilds_all_succeed_from_one_consistent_index(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    a, b = _versions(corpus, 40)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", model="hashing-256")
    embedder = HashingEmbedder(256)
    _write(corpus, a)
    build(settings, embedder=embedder)
    assistant = Assistant(settings, embedder=embedder)
    assert assistant.retrieve(QUESTIONS[0], k=5)  # serving: the index is loaded, as in a running UI
    stop = threading.Event()
    errors: list[str] = []
    answered: list[str] = []

    def ask_forever(seed: int) -> None:
        rng = random.Random(seed)
        while not stop.is_set():
            try:
                hits = assistant.retrieve(rng.choice(QUESTIONS), k=5)
            except Exception as exc:  # noqa: BLE001 - any failure is what this test counts
                errors.append(repr(exc))
                continue
            kinds = set()
            for h in hits:
                c = h.citation
                in_a = a[c.source][c.start : c.end] == h.text
                in_b = b[c.source][c.start : c.end] == h.text
                if in_a != in_b:
                    kinds.add("a" if in_a else "b")
                elif not in_a:
                    errors.append(f"hit from neither version: {c.source} {c.start}")
            if len(kinds) > 1:
                errors.append("one answer mixed two indexes")
            answered.append("".join(sorted(kinds)))

    threads = [threading.Thread(target=ask_forever, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for n in range(10):  # rebuild back and forth while questions keep coming
        _write(corpus, b if n % 2 == 0 else a)
        build(settings, embedder=embedder)
    stop.set()
    for t in threads:
        t.join()
    assert errors == []
    assert len(answered) > 50
    assert {"a", "b"} <= set(answered)  # answers came from both indexes as they were swapped in


def _results(assistant: Assistant, questions: list[str]) -> list[list[tuple[str, float]]]:
    return [[(h.chunk_id, round(h.score, 6)) for h in assistant.retrieve(q, k=5)] for q in questions]


def test_one_thread_or_sixteen_give_identical_results(built: Settings, embedder: HashingEmbedder) -> None:
    assistant = Assistant(built, embedder=embedder)
    questions = [
        f"{w} {v}" for w in ("ferry", "budget", "clinic", "harbour") for v in ("plan", "conflict", "times")
    ]
    single = _results(assistant, questions)
    with ThreadPoolExecutor(16) as pool:
        many = list(pool.map(lambda q: _results(assistant, [q])[0], questions))
    assert single == many


@pytest.mark.model
def test_real_model_identical_on_one_thread_or_sixteen() -> None:
    from askccg.evaluate import load_questions

    settings = Settings(corpus_dir=REPO / "corpus", index_dir=REPO / "embeddings")
    assistant = Assistant(settings)
    questions = [q.text for q in load_questions(REPO / "eval" / "questions.jsonl")]
    single = _results(assistant, questions)
    with ThreadPoolExecutor(16) as pool:
        many = list(pool.map(lambda q: _results(assistant, [q])[0], questions))
    assert [[cid for cid, _ in r] for r in single] == [[cid for cid, _ in r] for r in many]
    for r1, r2 in zip(single, many, strict=True):
        assert [s for _, s in r1] == pytest.approx([s for _, s in r2], abs=1e-5)
