"""What a local model writes before askccg's checks: gold phrase, markers, latency.

Usage: python bench/llm_raw.py --llm http://127.0.0.1:8080/v1 [--model NAME]

`askccg eval --answers --llm URL` measures what users see (with the fallback to
the grounded answer); this script measures the model's own replies on the
answerable questions, so the fallback does not hide how it did.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from timing import p95

from askccg.api import Assistant
from askccg.cleaning import normalise
from askccg.config import Settings
from askccg.evaluate import load_questions
from askccg.llm import LLMConfig, LLMError, checked, complete


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--llm", required=True)
    ap.add_argument("--model", default="local")
    args = ap.parse_args()
    config = LLMConfig(args.llm, args.model, timeout=120)
    assistant = Assistant(Settings.from_env())
    questions = [q for q in load_questions(Path("eval/questions.jsonl")) if q.answerable]
    gold = cited = precise = markers = errors = 0
    times = []
    for q in questions:
        grounded = assistant.ask(q.text)
        started = time.perf_counter()
        try:
            reply = complete(config, q.text, list(grounded.hits))
        except LLMError:
            errors += 1
            continue
        times.append((time.perf_counter() - started) * 1000)
        text, _, kept = checked(reply, len(grounded.hits))
        gold += any(normalise(g.phrase) in normalise(text) for g in q.gold)
        cited += bool(kept)
        for n in kept:
            markers += 1
            passage = normalise(grounded.hits[n - 1].text)
            precise += any(normalise(g.phrase) in passage for g in q.gold)
    n = len(questions)
    print(f"{args.model}: {n} answerable questions, {errors} errors")
    print(f"  reply contains the gold phrase: {gold / n:.2f}")
    print(f"  reply cites at least one passage: {cited / n:.2f}")
    print(f"  citation precision (cited passage holds the gold phrase): {precise / (markers or 1):.2f}")
    print(f"  latency median {statistics.median(times):.0f} ms, p95 {p95(times):.0f} ms")


if __name__ == "__main__":
    main()
