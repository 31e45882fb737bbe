"""Warm latency of ``retrieve`` (with and without reranking) and ``ask`` on the shipped corpus.

Usage: python bench/latency.py [--runs 3]

Questions: the questions of eval/sets/five.jsonl (both halves: latency is not tuned)
plus template questions about the corpus' people and topics (at least 200 distinct).
Each configuration is timed over every
question, ``--runs`` times; the report gives the median over runs of each run's
median and p95, in milliseconds. Everything is warmed up first (model loaded,
index loaded, one pass of questions), so this is the steady state of a running UI.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from timing import p95

from askccg.api import Assistant
from askccg.config import Settings
from askccg.evaluate import load_questions

PEOPLE = [
    "Michael Dixon",
    "Richard Vautrey",
    "Simon Stevens",
    "Helen Hirst",
    "the GPC",
    "the LMC conference",
    "readers",
]
TOPICS = [
    "CCG commissioning",
    "the primary care budget",
    "conflicts of interest",
    "NHS England's role",
    "the Better Care Fund",
    "salaried GPs",
    "co-commissioning",
    "the GP contract",
    "PCTs",
    "federations of practices",
]
TEMPLATES = ["What did {p} say about {t}?", "What is the view of {p} on {t}?", "How did {p} describe {t}?"]


def questions() -> list[str]:
    own = [q.text for q in load_questions(Path("eval/sets/five.jsonl"))]
    made = [t.format(p=p, t=topic) for t, p, topic in itertools.product(TEMPLATES, PEOPLE, TOPICS)]
    return list(dict.fromkeys(own + made))


def time_all(fn: Callable[[str], object], qs: list[str]) -> list[float]:
    out = []
    for q in qs:
        start = time.perf_counter()
        fn(q)
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, default=Path("bench/out/latency.json"))
    args = ap.parse_args()
    assistant = Assistant(Settings.from_env())
    base = assistant.retriever()
    qs = questions()
    configs: dict[str, Callable[[str], object]] = {
        "retrieve, dense only": lambda q: base.with_config(mode="dense", rerank=False).retrieve(q, k=5),
        "retrieve, hybrid, no rerank": lambda q: base.with_config(rerank=False).retrieve(q, k=5),
        "retrieve, hybrid + rerank (default)": lambda q: base.retrieve(q, k=5),
        "ask (default)": assistant.ask,
    }
    for fn in configs.values():
        time_all(fn, qs)  # warm-up pass
    results = {}
    for name, fn in configs.items():
        runs = [time_all(fn, qs) for _ in range(args.runs)]
        results[name] = {
            "median_ms": statistics.median(statistics.median(r) for r in runs),
            "p95_ms": statistics.median(p95(r) for r in runs),
        }
    print(f"{len(qs)} questions, {args.runs} runs each, warm; median over runs")
    print(f"{'configuration':<38} {'median ms':>10} {'p95 ms':>8}")
    for name, r in results.items():
        print(f"{name:<38} {r['median_ms']:>10.1f} {r['p95_ms']:>8.1f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"questions": len(qs), "runs": args.runs, "results": results}, indent=2))


if __name__ == "__main__":
    main()
