"""Issue 15: what one update costs in a warm process, and what unmerged segments cost a query.

Usage (the figures in the README came from these; each run appends to bench/out/updates.json):
    python bench/updates.py --articles 1000 --work /tmp/seg-bench/c1000
    python bench/updates.py --articles 10000 --work /tmp/seg-bench/c10000
    python bench/updates.py --articles 100000 --work /tmp/seg-bench/c100000 --base hashing

The corpus is bench/gen_corpus.py's. The base index is built once (real MiniLM, or
with ``--base hashing`` deterministic hashing vectors recorded under the real model's
name and chunked with its tokenizer, so only index work is timed; labelled in the
report). Then, in one warm process holding the real model and an ``Assistant`` (as
the UI does), each operation runs the UI's own sequence -- ``adding.prepare`` and
``adding.commit`` for new files, ``builder.build`` (merges off, as the UI runs them
in the background), then ``Assistant.retriever()`` to swap the new version in -- and
is measured end to end: wall time per step, bytes written (the new segment and
manifest, and everything the process wrote: /proc/self/io wchar), and the process's
peak resident memory during it (VmHWM, reset before each step). New articles are
embedded by the real model.

Query latency: the same questions, interleaved question by question so that the
machine's load hits all alike, against (a) a fully merged copy of the index, (b) the
index with 10 unmerged one-article segments beside the base, (c) the index after the
merge policy folded those 10. Last, ``askccg add`` of one file in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from timing import p95

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"


class LabelledHashing:
    """Hashing vectors under the real model's name, dimension and tokenizer (the 100,000 base)."""

    def __init__(self, real: Any) -> None:
        from askccg.embed import HashingEmbedder

        self.real = real
        self.fake = HashingEmbedder(real.dimension)

    @property
    def name(self) -> str:
        return str(self.real.name)

    @property
    def dimension(self) -> int:
        return int(self.real.dimension)

    @property
    def max_tokens(self) -> int:
        return int(self.real.max_tokens)

    def count_tokens(self, text: str) -> int:
        return int(self.real.count_tokens(text))

    def encode(self, texts: Any, *, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        return self.fake.encode(texts, batch_size=batch_size, progress=progress)

    def encode_passages(
        self, texts: Any, spans: Any, *, batch_size: int = 32
    ) -> tuple[np.ndarray, np.ndarray]:
        return self.fake.encode_passages(texts, spans, batch_size=batch_size)


def io_written() -> int:
    with open("/proc/self/io") as handle:
        return next(int(line.split()[1]) for line in handle if line.startswith("wchar:"))


def status(field: str) -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as handle:  # "5" resets VmHWM (Linux 4.0+)
        handle.write("5")


def measured(steps: list[tuple[str, Callable[[], Any]]]) -> dict[str, Any]:
    """Run the steps in order; wall time of each and in all, bytes written, peak memory."""
    reset_peak()
    rss = status("VmRSS")
    written = io_written()
    out: dict[str, Any] = {}
    started = time.perf_counter()
    for name, step in steps:
        t = time.perf_counter()
        out[name] = step()
        out[f"{name}_s"] = time.perf_counter() - t
    out["total_s"] = time.perf_counter() - started
    out["wchar_bytes"] = io_written() - written
    out["rss_before_mib"] = rss
    out["peak_rss_mib"] = status("VmHWM")
    return out


def new_articles(folder: Path, n: int, seed: int) -> list[Path]:
    """``n`` new articles from bench/gen_corpus.py's generator (another seed), as text files."""
    sys.path.insert(0, str(REPO / "bench"))
    import gen_corpus

    body, comments = gen_corpus.real_sentences(REPO / "corpus")
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        _, text = gen_corpus.article(900_000 + seed * 1000 + i, body, comments, rng)
        path = folder / f"incoming-{seed}-{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def build_base(settings: Any, base: str, model: Any) -> dict[str, Any]:
    from askccg.builder import build

    if base == "hashing":
        started = time.perf_counter()
        report = build(settings, embedder=LabelledHashing(model), full=True, merge=False)
        return {
            "base": "hashing vectors (labelled), real tokenizer",
            "seconds": time.perf_counter() - started,
            "chunks": report.chunks,
            "articles": report.articles,
        }
    started = time.perf_counter()
    env = {
        **os.environ,
        "ASKCCG_CORPUS_DIR": str(settings.corpus_dir),
        "ASKCCG_INDEX_DIR": str(settings.index_dir),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "askccg", "build", "--quiet", "--full"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return {"base": "real MiniLM", "seconds": time.perf_counter() - started, "output": proc.stdout.strip()}


class Session:
    """A warm process: the real model and an Assistant, updating the index the way the UI does."""

    def __init__(self, settings: Any, model: Any, work: Path) -> None:
        from askccg.api import Assistant

        self.settings = settings
        self.model = model
        self.work = work
        self.assistant = Assistant(settings, embedder=model)
        self.assistant.ask("What did the GPC say about conflicts of interest?")
        self.seed = 0

    def _build(self) -> dict[str, Any]:
        from askccg.builder import build

        report = build(self.settings, embedder=self.model, merge=False, catalogue=self._catalogue())
        return {
            "embedded": report.embedded,
            "added": report.added,
            "deleted": report.deleted,
            "index_bytes": report.bytes_written,
            "articles": report.articles,
            "chunks": report.chunks,
        }

    def _catalogue(self) -> Any:
        return self.assistant.retriever().index.catalogue

    def _swap(self) -> int:
        return len(self.assistant.retriever().index.segments)

    def add(self, n: int) -> dict[str, Any]:
        from askccg.adding import commit, prepare

        self.seed += 1
        paths = new_articles(self.work / "incoming", n, self.seed)
        state: dict[str, Any] = {}

        def read() -> int:
            catalogue = self.assistant.retriever().index.catalogue
            state["catalogue"] = catalogue
            state["candidates"], _ = prepare(paths, self.settings.corpus_dir, catalogue)
            return len(state["candidates"])

        def write() -> int:
            return len(commit(self.settings.corpus_dir, state["candidates"], state["catalogue"]))

        result = measured(
            [("prepare", read), ("commit", write), ("build", self._build), ("swap", self._swap)]
        )
        result.pop("catalogue", None)
        return result

    def edit(self, name: str) -> dict[str, Any]:
        path = self.settings.corpus_dir / name

        def change() -> int:
            text = path.read_text(encoding="utf-8").replace(
                "\n\n", "\n\nAn editor added this sentence.\n\n", 1
            )
            path.write_text(text, encoding="utf-8")
            return len(text)

        return measured([("edit", change), ("build", self._build), ("swap", self._swap)])

    def delete(self, name: str) -> dict[str, Any]:
        path = self.settings.corpus_dir / name
        return measured([("delete", lambda: path.unlink()), ("build", self._build), ("swap", self._swap)])


def questions(index: Any, n: int, rng: random.Random) -> list[str]:
    from askccg.evaluate import load_questions

    own = [q.text for q in load_questions(REPO / "eval" / "questions.jsonl")]
    titles = [
        c.citation.title.split(" (")[0] for c in rng.sample(list(index.chunks), min(400, len(index.chunks)))
    ]
    return (own + [f"What was reported about {t.lower()}?" for t in titles])[:n]


def latency(assistants: dict[str, Any], qs: list[str], rounds: int) -> dict[str, Any]:
    """retrieve and ask, question by question across the assistants, in rotating order: wall time,
    and the process's CPU time (all its threads), which other programs' load disturbs less."""
    kinds = ("retrieve", "ask", "retrieve cpu", "ask cpu")
    times: dict[str, dict[str, list[float]]] = {k: {kind: [] for kind in kinds} for k in assistants}
    for a in assistants.values():
        for q in qs[:20]:
            a.ask(q)
    names = list(assistants)
    for r in range(rounds):
        for i, q in enumerate(qs):
            order = names[(i + r) % len(names) :] + names[: (i + r) % len(names)]
            for name in order:
                for what in ("retrieve", "ask"):
                    t, cpu = time.perf_counter(), time.process_time()
                    getattr(assistants[name], what)(q)
                    times[name][what].append((time.perf_counter() - t) * 1000)
                    times[name][f"{what} cpu"].append((time.process_time() - cpu) * 1000)
    out: dict[str, Any] = {}
    for name, kinds in times.items():
        for what, values in kinds.items():
            out[f"{name} {what} median_ms"] = statistics.median(values)
            out[f"{name} {what} p95_ms"] = p95(values)
    return out


def cold_add(settings: Any, path: Path) -> dict[str, Any]:
    env = {
        **os.environ,
        "ASKCCG_CORPUS_DIR": str(settings.corpus_dir),
        "ASKCCG_INDEX_DIR": str(settings.index_dir),
    }
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "askccg", "add", "--quiet", str(path)],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _, status_, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    out = proc.stdout.read() if proc.stdout else ""
    if os.waitstatus_to_exitcode(status_) != 0:
        raise SystemExit(f"askccg add failed: {proc.stderr.read() if proc.stderr else ''}")
    return {
        "seconds": seconds,
        "peak_rss_mib": usage.ru_maxrss / 1024,
        "output": out.strip().splitlines()[-2:],
    }


def main() -> None:
    from askccg.api import Assistant
    from askccg.config import Settings
    from askccg.embed import SentenceTransformerEmbedder
    from askccg.index import read_manifest
    from askccg.merge import fold, merge_all

    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--base", choices=["model", "hashing"], default="model")
    ap.add_argument("--rounds", type=int, default=3, help="passes over the questions for latency")
    ap.add_argument("--questions", type=int, default=150)
    ap.add_argument("--base-only", action="store_true", help="build the corpus and base index, then stop")
    args = ap.parse_args()
    corpus, index_dir = args.work / "corpus", args.work / "embeddings"
    if not corpus.exists():
        subprocess.run(
            [sys.executable, "bench/gen_corpus.py", str(corpus), "--articles", str(args.articles)],
            cwd=REPO,
            check=True,
        )
    settings = Settings(corpus_dir=corpus, index_dir=index_dir)
    model = SentenceTransformerEmbedder(settings.model)
    result: dict[str, Any] = {"articles": args.articles, "load_average_start": os.getloadavg()}
    if not (index_dir / "manifest.json").exists():
        result["base_build"] = build_base(settings, args.base, model)
    result["base"] = "hashing vectors (labelled), real tokenizer" if args.base == "hashing" else "real MiniLM"
    if args.base_only:
        print(json.dumps(result, indent=1, default=str))
        return
    model.encode(["warm up"])
    started = time.perf_counter()
    session = Session(settings, model, args.work)
    result["warm_start_s"] = time.perf_counter() - started
    ops: dict[str, Any] = {}
    ops["add 1"] = session.add(1)
    ops["add 1 (again)"] = session.add(1)
    ops["edit 1"] = session.edit("article-000042.txt")
    ops["delete 1"] = session.delete("article-000043.txt")
    ops["add 100"] = session.add(100)
    result["operations"] = ops
    print(json.dumps(ops, indent=1), flush=True)
    # latency: base + 10 unmerged one-article segments, against a fully merged copy
    fold(index_dir)  # whatever the updates above left due, so the 10 below are the only small ones
    while len(read_manifest(index_dir).segments) < 11:
        session.add(1)
    result["segments_unmerged"] = len(read_manifest(index_dir).segments)
    merged_dir = args.work / "embeddings-merged"
    shutil.rmtree(merged_dir, ignore_errors=True)
    shutil.copytree(index_dir, merged_dir)
    t = time.perf_counter()
    merge_all(merged_dir)
    result["merge_all_s"] = time.perf_counter() - t
    merged = Assistant(settings.with_(index_dir=merged_dir), embedder=model)
    qs = questions(session.assistant.retriever().index, args.questions, random.Random(1))
    result["latency_10_unmerged"] = latency(
        {"merged": merged, "unmerged": session.assistant}, qs, args.rounds
    )
    t = time.perf_counter()
    folded = fold(index_dir)
    result["policy_merge"] = {
        "seconds": time.perf_counter() - t,
        "merges": [m.__dict__ for m in folded],
        "segments_after": len(read_manifest(index_dir).segments),
    }
    result["latency_after_merge"] = latency(
        {"merged": merged, "after policy merge": session.assistant}, qs, args.rounds
    )
    result["freshness"] = {
        "stated": session.assistant._freshness.stated,
        "hashed": session.assistant._freshness.hashed,
        "watch": bool(session.assistant._freshness._watch and session.assistant._freshness._watch.active),
    }
    result["cold_askccg_add"] = cold_add(settings, new_articles(args.work / "incoming", 1, 99)[0])
    result["load_average_end"] = os.getloadavg()
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "updates.json").open("a") as handle:
        handle.write(json.dumps(result, default=str) + "\n")
    print(json.dumps(result, indent=1, default=str))


if __name__ == "__main__":
    main()
