"""Scale benchmark: end to end with real embeddings, then the serving side at large sizes.

Usage (the figures in the README came from these):
    python bench/scale.py e2e --articles 10000 --work /tmp/scale10k     # ~25 min on the 2-core machine
    python bench/scale.py e2e --articles 10000 --work /tmp/scale10k --skip-full-build --edit 43
    python bench/scale.py serving --from-index /tmp/scale10k/embeddings --sizes 93301 933010 1000000 \
        --encode-rate 90.1
    python bench/scale.py encoder                       # batch size / thread settings of model.encode
    python bench/scale.py updates --articles 10000 --work /tmp/seg-bench/c10000 --base hashing
        # add 1, edit 1, delete 1, add 100; bytes, peak memory, latency with 10 unmerged segments
        # (bench/updates.py, whose docstring says what is timed)

Every figure says whether it was measured or extrapolated. Results are appended as
JSON to bench/out/scale.json and printed as Markdown.

e2e: generates the corpus (bench/gen_corpus.py), measures the raw `model.encode`
throughput on a sample of the very chunks the build will embed, then the full
`askccg build` (a child process, for peak memory), an incremental build after one
article is edited, index size on disk, cold start to first answer (a fresh
process), and warm `retrieve`/`ask` latency (median, p95 over 200+ questions).

serving: vectors derived from the e2e index's real vectors (perturbed copies,
re-normalised), BM25 over copies of its real token lists; for each size the index
askccg would choose (exact up to 200,000 vectors, IVF above), its build time,
memory, size on disk, search latency and recall@10 against exact search.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from timing import p95

OUT = Path("bench/out")
REPO = Path(__file__).resolve().parents[1]


def run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, str, int]:
    """Wall seconds, stdout and this child's own peak RSS in MiB (os.wait4 gives its rusage)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            cmd, stdout=out, stderr=err, text=True, env={**os.environ, **(env or {})}, cwd=REPO
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{err.read()[-2000:]}")
        return seconds, out.read(), usage.ru_maxrss // 1024


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def questions(index: Any, n: int, rng: random.Random) -> list[str]:
    """Questions about the generated corpus: its people, titles and topics."""
    from askccg.evaluate import load_questions

    own = [q.text for q in load_questions(REPO / "eval" / "questions.jsonl")]
    titles = [
        c.citation.title.split(" (")[0] for c in rng.sample(list(index.chunks), min(400, len(index.chunks)))
    ]
    made = [f"What was reported about {t.lower()}?" for t in titles]
    return (own + made)[: max(n, len(own))]


def e2e(args: argparse.Namespace) -> dict[str, Any]:
    from askccg.builder import make_chunker
    from askccg.chunking import embedding_text
    from askccg.config import Settings
    from askccg.corpus import load_corpus
    from askccg.embed import SentenceTransformerEmbedder

    work = Path(args.work or tempfile.mkdtemp(prefix="askccg-scale-"))
    corpus, index_dir = work / "corpus", work / "embeddings"
    if not corpus.exists():
        run([sys.executable, "bench/gen_corpus.py", str(corpus), "--articles", str(args.articles)])
    settings = Settings(corpus_dir=corpus, index_dir=index_dir)
    embedder = SentenceTransformerEmbedder(settings.model)
    # raw model.encode throughput, on a random sample of the very chunks the build embeds
    articles = load_corpus(corpus).articles
    chunker = make_chunker(settings, embedder)
    rng = random.Random(0)
    sample_articles = rng.sample(list(articles), min(len(articles), 300))
    sample = [embedding_text(c) for a in sample_articles for c in chunker.chunks(a)]
    embedder.model.encode(sample[:64], batch_size=settings.batch_size)  # warm-up
    started = time.perf_counter()
    embedder.model.encode(sample, batch_size=settings.batch_size)
    raw_rate = len(sample) / (time.perf_counter() - started)
    del articles, sample_articles

    env = {"ASKCCG_CORPUS_DIR": str(corpus), "ASKCCG_INDEX_DIR": str(index_dir)}
    full: dict[str, Any] = {}
    if not args.skip_full_build:
        full_s, out, full_peak = run([sys.executable, "-m", "askccg", "build", "--quiet"], env)
        full = {"build_s": full_s, "build_peak_rss_mib": full_peak}
        full["chunks"] = int(out.split(" into ")[1].split(" chunks")[0])
        full["build_chunks_per_s"] = full["chunks"] / full_s
        full["pipeline_vs_raw"] = raw_rate / full["build_chunks_per_s"]
    edited = corpus / f"article-{args.edit:06d}.txt"
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("\n\n", "\n\nAn editor added this sentence.\n\n", 1)
    )
    incr_s, incr_out, incr_peak = run([sys.executable, "-m", "askccg", "build", "--quiet"], env)
    size = du(index_dir)
    question = "What did the GPC deputy chair say about conflicts of interest?"
    cold_s, _, cold_peak = run(
        [
            sys.executable,
            "-c",
            f"from askccg import ask; from askccg.config import Settings; "
            f"ask({question!r}, settings=Settings(corpus_dir={str(corpus)!r}, index_dir={str(index_dir)!r}))",
        ]
    )

    from askccg.api import Assistant

    assistant = Assistant(settings, embedder=embedder)
    retriever = assistant.retriever()
    qs = questions(retriever.index, 200, rng)
    for q in qs[:20]:
        assistant.ask(q)
    timings: dict[str, list[float]] = {"retrieve": [], "retrieve, no rerank": [], "ask": []}
    plain = retriever.with_config(rerank=False)
    for q in qs:
        for name, fn in (
            ("retrieve", retriever.retrieve),
            ("retrieve, no rerank", plain.retrieve),
            ("ask", assistant.ask),
        ):
            t = time.perf_counter()
            fn(q)
            timings[name].append((time.perf_counter() - t) * 1000)
    result = {
        "phase": "e2e",
        "articles": args.articles,
        "measured": {
            "raw_encode_chunks_per_s": raw_rate,
            "raw_encode_sample_chunks": len(sample),
            **full,
            "incremental_build_s": incr_s,
            "incremental_output": incr_out.strip(),
            "incremental_peak_rss_mib": incr_peak,
            "index_bytes": size,
            "cold_start_to_first_answer_s": cold_s,
            "cold_start_peak_rss_mib": cold_peak,
            "questions": len(qs),
            **{f"{k}_median_ms": statistics.median(v) for k, v in timings.items()},
            **{f"{k}_p95_ms": p95(v) for k, v in timings.items()},
        },
        "work_dir": str(work),
    }
    return result


def derived_vectors(real: np.ndarray, n: int, rng: np.random.Generator, noise: float) -> np.ndarray:
    """n vectors: copies of real ones with Gaussian noise, re-normalised (so not exact duplicates)."""
    picks = rng.integers(0, len(real), size=n)
    out = real[picks] + rng.normal(0, noise, size=(n, real.shape[1])).astype(np.float32)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return np.ascontiguousarray(out, dtype=np.float32)


def rss_mib() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def serving(args: argparse.Namespace) -> list[dict[str, Any]]:
    import bm25s
    import faiss

    from askccg.chunking import embedding_text
    from askccg.embed import SentenceTransformerEmbedder
    from askccg.index import load_index
    from askccg.lexical import tokenize
    from askccg.segment import vector_index

    source = load_index(Path(args.from_index))
    real = source.all_vectors()
    embedder = SentenceTransformerEmbedder(source.manifest.model)
    rng = np.random.default_rng(0)
    qrng = random.Random(1)
    qs = questions(source, 200, qrng)
    queries = embedder.encode(qs)
    real_tokens = [tokenize(embedding_text(c)) for c in source.chunks]
    chunks_per_article = len(source.chunks) / max(1, source.manifest.article_count)
    encode_rate = args.encode_rate
    results = []
    for size in args.sizes:
        vectors = derived_vectors(real, size, rng, args.noise)
        base = rss_mib()
        t = time.perf_counter()
        index, kind, nprobe = vector_index(vectors, vectors.shape[1])
        build_s = time.perf_counter() - t
        mem = rss_mib() - base
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "v.faiss"
            faiss.write_index(index, str(path))
            disk = path.stat().st_size
        exact = faiss.IndexFlatIP(vectors.shape[1])
        exact.add(vectors)
        _, truth = exact.search(queries, 10)
        latencies = []
        found = []
        for i in range(len(queries)):
            t = time.perf_counter()
            _, rows = index.search(queries[i : i + 1], 10)
            latencies.append((time.perf_counter() - t) * 1000)
            found.append(len(set(rows[0]) & set(truth[i])) / 10)
        del exact
        tokens = [real_tokens[i % len(real_tokens)] for i in range(size)]
        t = time.perf_counter()
        bm25 = bm25s.BM25()
        bm25.index(tokens, show_progress=False)
        bm25_build = time.perf_counter() - t
        bm25_lat = []
        for q in qs[:100]:
            terms = [x for x in tokenize(q) if x in bm25.vocab_dict]
            t = time.perf_counter()
            if terms:
                bm25.get_scores(terms)
            bm25_lat.append((time.perf_counter() - t) * 1000)
        with tempfile.TemporaryDirectory() as tmp:
            bm25.save(tmp, show_progress=False)
            bm25_disk = du(Path(tmp))
        del bm25, tokens
        results.append(
            {
                "phase": "serving",
                "chunks": size,
                "articles_equivalent": round(size / chunks_per_article),
                "index_type": kind,
                "nprobe": nprobe,
                "measured": {
                    "vector_index_build_s": build_s,
                    "vector_index_memory_mib": mem,
                    "vector_index_disk_bytes": disk,
                    "vector_search_median_ms": statistics.median(latencies),
                    "vector_search_p95_ms": p95(latencies),
                    "recall_at_10_vs_exact": float(np.mean(found)),
                    "bm25_build_s": bm25_build,
                    "bm25_disk_bytes": bm25_disk,
                    "bm25_search_median_ms": statistics.median(bm25_lat),
                    "bm25_search_p95_ms": p95(bm25_lat),
                },
                "extrapolated": {
                    "embedding_hours_at_measured_rate": size / encode_rate / 3600 if encode_rate else None,
                    "encode_rate_chunks_per_s": encode_rate,
                },
                "derived_from": f"{len(real)} real vectors, Gaussian noise sigma={args.noise}, re-normalised",
            }
        )
        print(json.dumps(results[-1], indent=2), flush=True)
        del vectors, index
    return results


def encoder(args: argparse.Namespace) -> dict[str, Any]:
    import torch

    from askccg.embed import SentenceTransformerEmbedder
    from askccg.evaluate import raw_corpus
    from askccg.sentences import sentence_spans

    texts = []
    for _, raw in raw_corpus(REPO / "corpus"):
        spans = sentence_spans(raw)
        for i in range(0, len(spans), 3):
            s, e = spans[i][0], spans[min(i + 2, len(spans) - 1)][1]
            texts.append(raw[s:e])
    texts = (texts * 10)[:400]
    model = SentenceTransformerEmbedder("all-MiniLM-L6-v2").model
    rows = {}
    for threads in (1, 2):
        torch.set_num_threads(threads)
        for batch in (8, 16, 32, 64, 128):
            model.encode(texts[:32], batch_size=batch)
            t = time.perf_counter()
            model.encode(texts, batch_size=batch)
            rows[f"threads={threads} batch={batch}"] = len(texts) / (time.perf_counter() - t)
    torch.set_num_threads(2)
    return {"phase": "encoder", "passages": len(texts), "chunks_per_s": rows}


def main() -> None:
    if sys.argv[1:2] == ["updates"]:  # issue 15's phase lives in updates.py: its options, its report
        import updates

        sys.argv = [f"{sys.argv[0]} updates", *sys.argv[2:]]
        updates.main()
        return
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="phase", required=True)
    p = sub.add_parser("e2e")
    p.add_argument("--articles", type=int, default=10_000)
    p.add_argument("--work", help="reuse this folder (corpus/ and embeddings/)")
    p.add_argument(
        "--skip-full-build", action="store_true", help="reuse the built index: incremental, cold, warm"
    )
    p.add_argument("--edit", type=int, default=42, help="the article edited for the incremental build")
    p = sub.add_parser("serving")
    p.add_argument("--from-index", required=True, help="the e2e run's embeddings/ folder")
    p.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    p.add_argument("--noise", type=float, default=0.02)
    p.add_argument("--encode-rate", type=float, default=0.0, help="measured chunks/s, for the extrapolation")
    sub.add_parser("encoder")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    result = {"e2e": e2e, "serving": serving, "encoder": encoder}[args.phase](args)
    with (OUT / "scale.json").open("a") as handle:
        handle.write(json.dumps(result) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
