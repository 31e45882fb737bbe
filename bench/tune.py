"""Choose retrieval and answer constants on the DEV halves only; print what each choice gives.

Usage: python bench/tune.py chunks [--sizes 96 128 160]     # chunk size: an index per size
       python bench/tune.py rerank                            # fusion and reranker weights
       python bench/tune.py answers                           # sentence-score weights of answers

Every figure printed is on the dev halves of eval/sets/five.jsonl and corpus2.jsonl
(the test halves are never read here). The README's "What was tried" section and the
comments beside each constant quote these runs; raw outputs are in bench/results/.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from pathlib import Path

from askccg import evaluate as ev
from askccg.api import Assistant
from askccg.builder import build
from askccg.config import Settings
from askccg.embed import make_embedder

ROOT = Path(__file__).resolve().parents[1]


def dev_sets(work: Path, **overrides: object) -> list[tuple[str, Settings, list[ev.Question]]]:
    out = []
    for spec in ev.default_sets(ROOT):
        corpus = ev.merged_corpus(spec.folders, work / spec.name / "corpus")
        settings = Settings.from_env(corpus_dir=corpus, index_dir=work / spec.name / "index", **overrides)
        questions = [q for q in ev.load_questions(spec.questions) if q.split == "dev"]
        out.append((spec.name, settings, questions))
    return out


def retrieval_line(assistant: Assistant, questions: list[ev.Question], **config: object) -> str:
    retriever = assistant.retriever().with_config(**config) if config else assistant.retriever()
    answers = ev.Answers(dict(ev.raw_corpus(assistant.settings.corpus_dir)))
    cells = ev.retrieval_cells(questions, ev.project_system(retriever), answers)
    return "  ".join(
        f"{w} {cells[('dev', w)].hit1:.2f}/{cells[('dev', w)].hit3:.2f}"
        for w in ("article", "reworded", "all")
    )


def chunks(sizes: list[int]) -> None:
    embedder = make_embedder("all-MiniLM-L6-v2")
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            for name, settings, questions in dev_sets(Path(tmp), chunk_tokens=size, chunk_overlap=size // 6):
                build(settings, embedder=embedder)
                line = retrieval_line(Assistant(settings, embedder=embedder), questions)
                print(f"chunk {size:>3} / overlap {size // 6:>2}  {name:<8} {line}", flush=True)


def rerank() -> None:
    from askccg.rerank import RerankWeights

    embedder = make_embedder("all-MiniLM-L6-v2")
    work = ROOT / ".cache" / "tune"
    sets = dev_sets(work)
    assistants = []
    for _, settings, questions in sets:
        build(settings, embedder=embedder)
        assistants.append((Assistant(settings, embedder=embedder), questions))
    grid = {
        "fusion": [("rrf", 0.5), ("weighted", 0.5), ("weighted", 0.7)],
        "weights": [(0.4, 1.0, 0.6), (1.0, 1.0, 0.3), (0.5, 1.0, 0.3), (1.0, 0.5, 0.3), (1.0, 1.0, 0.0)],
    }
    for (fusion, dense), (wp, ws, wc) in itertools.product(grid["fusion"], grid["weights"]):
        config = {
            "fusion": fusion,
            "dense_weight": dense,
            "weights": RerankWeights(passage=wp, sentence=ws, coverage=wc),
        }
        lines = [retrieval_line(a, qs, **config) for a, qs in assistants]
        print(f"{fusion:<8} dense {dense:.1f} rerank p{wp} s{ws} c{wc}: " + " | ".join(lines), flush=True)
    for a, qs in assistants:
        print(
            "no rerank, rrf:",
            retrieval_line(a, qs, rerank=False),
            "| weighted 0.7:",
            retrieval_line(a, qs, rerank=False, fusion="weighted", dense_weight=0.7),
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["chunks", "rerank"])
    parser.add_argument("--sizes", type=int, nargs="+", default=[96, 128, 160, 200])
    args = parser.parse_args()
    if args.what == "chunks":
        chunks(args.sizes)
    else:
        rerank()


if __name__ == "__main__":
    sys.exit(main())
