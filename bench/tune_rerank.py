"""Grid-search the reranker's feature weights on the question set, with 2-fold cross-validation.

Usage: python bench/tune_rerank.py [--depth 20]

Collects, once per question, the features of the top fused candidates; then scores
every weight combination offline. Reports the best combination on all questions
and the cross-validated hit@1 (weights chosen on one half, measured on the other),
so the choice is not just fitted to the set.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

import numpy as np

from askccg.api import Assistant
from askccg.config import Settings
from askccg.evaluate import gold_rank, load_questions
from askccg.lexical import tokenize


def collect(depth: int) -> tuple[list[np.ndarray], list[list[bool]], list[list[str]]]:
    retriever = Assistant(Settings.from_env()).retriever().with_config(rerank=False)
    questions = [q for q in load_questions(Path("eval/questions.jsonl")) if q.answerable]
    feats, golds, sources = [], [], []
    for q in questions:
        vec = retriever.embedder.encode([q.text])[0]
        terms = tokenize(q.text)
        cands = retriever.rank(vec, terms, 50)[:depth]
        rows = []
        gold = []
        for c in cands:
            chunk = retriever.index.chunks[c.row]
            d, s, cov = retriever.features(c.row, vec, terms)
            intent = any(w in q.text.lower() for w in ("reader", "comment"))
            kind = (1.0 if intent else -1.0) if chunk.citation.kind == "comment" else 0.0
            rows.append([d, s, cov, kind])
            gold.append(gold_rank([(chunk.citation.source, chunk.text)], q) == 1)
        feats.append(np.asarray(rows))
        golds.append(gold)
        sources.append([retriever.index.chunks[c.row].citation.source for c in cands])
    return feats, golds, sources


def hit_at(feats: list[np.ndarray], golds: list[list[bool]], w: np.ndarray, idx: list[int], k: int) -> float:
    hits = 0
    for i in idx:
        order = np.argsort(-(feats[i] @ w), kind="stable")
        hits += any(golds[i][j] for j in order[:k])
    return hits / len(idx)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--depth", type=int, default=20)
    args = ap.parse_args()
    feats, golds, _ = collect(args.depth)
    grid = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0]
    combos = [np.array(w) for w in itertools.product(grid, grid, grid, [0.0, 0.05, 0.1, 0.2])]
    everyone = list(range(len(feats)))

    def score(w: np.ndarray, idx: list[int]) -> tuple[float, float]:
        return hit_at(feats, golds, w, idx, 1), hit_at(feats, golds, w, idx, 3)

    scored = sorted(((*score(w, everyone), tuple(w)) for w in combos), reverse=True)
    print("best on all questions (hit@1, hit@3, weights passage/sentence/coverage/kind-intent):")
    for row in scored[:10]:
        print(f"  {row[0]:.3f} {row[1]:.3f} {row[2]}")
    rng = np.random.default_rng(0)
    cv = []
    for _ in range(20):
        perm = rng.permutation(len(feats))
        a, b = list(perm[: len(perm) // 2]), list(perm[len(perm) // 2 :])
        for train, test in ((a, b), (b, a)):
            best = max(combos, key=lambda w: score(w, train))
            cv.append(hit_at(feats, golds, best, test, 1))
    print(f"2-fold cross-validated hit@1 (20 random splits): {np.mean(cv):.3f} ± {np.std(cv):.3f}")


if __name__ == "__main__":
    main()
