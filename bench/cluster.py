"""Local build against Ray builds with 1 and 2 workers, on one generated corpus, in one run.

Usage (the figures in docs/cluster.md came from this):
    python bench/cluster.py --articles 2000 --work /tmp/raybench        # ~25 min on the 2-core machine

Each build is a fresh `askccg build` process from an empty index folder: the local build
(torch on both cores), then `--ray local --ray-workers 1` and `--ray-workers 2` (a private
Ray on this machine: the same code path as a cluster, one CPU and one torch thread per
embedding actor). Raw `model.encode` throughput is measured on a sample of the same chunks
with 2 threads and with 1 thread, so every build has a ratio to raw encode at its own core
count. The three indexes are compared (chunk records, minimum cosine of vectors). The load
average is recorded before each step: the machine is shared, so a figure measured while
others ran is marked by it. From the measured per-core rate and the driver's serial time
per article, a projection of wall time for 100,000 and 1,000,000 articles on 8, 32 and 128
worker cores; and what a serving process holds in memory per chunk of the local index.
Results go to bench/out/cluster.json and are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from scale import OUT, REPO, du, run

REPORT = re.compile(
    r"indexed (\d+) articles into (\d+) chunks .* in ([\d.]+) s; embedded (\d+) new chunks in ([\d.]+) s"
)
PROJECT_ARTICLES = (100_000, 1_000_000)
PROJECT_CORES = (8, 32, 128)


def load() -> float:
    return os.getloadavg()[0]


def raw_encode(corpus: Path, threads: int, sample_articles: int) -> dict[str, float]:
    """model.encode chunks/s on the chunks of a random sample of the corpus's articles."""
    import torch

    from askccg.builder import make_chunker
    from askccg.chunking import embedding_text
    from askccg.config import Settings
    from askccg.corpus import load_corpus
    from askccg.embed import SentenceTransformerEmbedder

    settings = Settings(corpus_dir=corpus)
    embedder = SentenceTransformerEmbedder(settings.model)
    articles = random.Random(0).sample(list(load_corpus(corpus).articles), sample_articles)
    chunker = make_chunker(settings, embedder)
    texts = [embedding_text(c) for a in articles for c in chunker.chunks(a)]
    torch.set_num_threads(threads)
    embedder.model.encode(texts[:32], batch_size=settings.batch_size)  # warm-up
    started = time.perf_counter()
    embedder.model.encode(texts, batch_size=settings.batch_size)
    seconds = time.perf_counter() - started
    rate = len(texts) / seconds
    return {"threads": threads, "chunks": len(texts), "seconds": seconds, "chunks_per_s": rate}


def build(corpus: Path, index: Path, extra: list[str]) -> dict[str, Any]:
    env = {"RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0"}  # a private Ray stays on loopback
    before = load()
    command = [sys.executable, "-m", "askccg", "build", "--corpus", str(corpus), "--index", str(index)]
    wall, out, peak = run([*command, "--quiet", *extra], env)
    match = REPORT.search(out)
    if not match:
        raise SystemExit(f"unexpected build output: {out}")
    articles, chunks, seconds, embedded, embed_s = match.groups()
    return {
        "command": "askccg build " + " ".join(extra),
        "load_average_before": before,
        "wall_s": wall,
        "reported_s": float(seconds),
        "embed_s": float(embed_s),  # chunking + embedding of the fresh articles (Ray: connecting too)
        "articles": int(articles),
        "chunks": int(chunks),
        "embedded": int(embedded),
        "chunks_per_s": int(chunks) / wall,
        "driver_s": float(seconds) - float(embed_s),  # everything but chunking and embedding
        "peak_rss_mib_driver": peak,
        "index_bytes": du(index),
    }


def compare(local: Path, other: Path) -> dict[str, Any]:
    from askccg.index import load_index

    a, b = load_index(local), load_index(other)
    records = [c.chunk_id for c in a.chunks] == [c.chunk_id for c in b.chunks] and a.chunks == b.chunks
    cos = np.sum(a.all_vectors() * b.all_vectors(), axis=1)
    sa, sb = a.all_sentence_vectors().astype(np.float32), b.all_sentence_vectors().astype(np.float32)
    scos = np.sum(sa * sb, axis=1) / (np.linalg.norm(sa, axis=1) * np.linalg.norm(sb, axis=1))
    return {
        "same_chunk_records_and_spans": bool(records),
        "min_vector_cosine": float(cos.min()),
        "min_sentence_vector_cosine": float(scos.min()),
        "sentences_per_chunk": len(sa) / max(1, len(a.chunks)),
    }


MEMORY = """
import json, sys
from pathlib import Path
def rss():
    return next(int(l.split()[1]) / 1024 for l in open("/proc/self/status") if l.startswith("VmRSS"))
from askccg.api import Assistant
from askccg.config import Settings
from askccg.embed import SentenceTransformerEmbedder
embedder = SentenceTransformerEmbedder("all-MiniLM-L6-v2")
shipped = Assistant(Settings(corpus_dir=Path("corpus"), index_dir=Path("embeddings")), embedder=embedder)
shipped.ask("What was said about the GP contract?")  # every import and one-off cost paid here
assistant = Assistant(Settings(corpus_dir=Path(sys.argv[1]), index_dir=Path(sys.argv[2])), embedder=embedder)
base = rss()
chunks = len(assistant.retriever().index.chunks)
assistant.ask("What was said about the GP contract?")
grown = rss() - base
print(json.dumps({"rss_after_shipped_index_mib": base, "index_in_memory_mib": grown, "chunks": chunks,
                  "kib_per_chunk": grown * 1024 / chunks}))
"""


def index_memory(corpus: Path, index: Path) -> dict[str, Any]:
    """What a serving process holds for the index: RSS after loading it and answering once,
    minus RSS of the same process after answering from the shipped five-article index."""
    _, out, _ = run([sys.executable, "-c", MEMORY, str(corpus), str(index)])
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    files = [p for p in index.rglob("*") if p.is_file()]
    result["disk_bytes_per_chunk"] = sum(p.stat().st_size for p in files) / result["chunks"]
    return result


def projection(result: dict[str, Any]) -> dict[str, Any]:
    """Wall time = the driver's serial work per article x articles + chunks / (cores x per-core rate)."""
    ray2 = result["builds"]["ray_2_workers"]
    per_core = ray2["embedded"] / ray2["embed_s"] / 2
    per_article = ray2["driver_s"] / ray2["articles"]
    chunks_per_article = ray2["chunks"] / ray2["articles"]
    rows = []
    for articles in PROJECT_ARTICLES:
        chunks = articles * chunks_per_article
        driver = articles * per_article
        for cores in PROJECT_CORES:
            embed = chunks / (cores * per_core)
            rows.append(
                {
                    "articles": articles,
                    "worker_cores": cores,
                    "chunks": round(chunks),
                    "embed_h": embed / 3600,
                    "driver_h": driver / 3600,
                    "wall_h": (embed + driver) / 3600,
                }
            )
    local = result["builds"]["local"]
    one_machine = {
        f"{n}_articles_local_h": n * local["reported_s"] / local["articles"] / 3600 for n in PROJECT_ARTICLES
    }
    return {
        "basis": "ray_2_workers: embedded chunks / embed_s / 2 cores; driver_s / articles",
        "per_core_chunks_per_s": per_core,
        "driver_s_per_article": per_article,
        "chunks_per_article": chunks_per_article,
        "rows": rows,
        "this_machine_local_build": one_machine,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/raybench"))
    ap.add_argument("--sample", type=int, default=120, help="articles whose chunks time raw encode")
    ap.add_argument("--memory-only", action="store_true", help="only the serving memory of index-local")
    ap.add_argument(
        "--builds", nargs="+", default=["local", "ray_1_worker", "ray_2_workers"], help="which builds to run"
    )
    args = ap.parse_args()
    corpus = args.work / "corpus"
    if args.memory_only:
        print(json.dumps(index_memory(corpus, args.work / "index-local"), indent=2))
        return
    if not corpus.exists():
        run([sys.executable, "bench/gen_corpus.py", str(corpus), "--articles", str(args.articles)])
    result: dict[str, Any] = {"phase": "cluster", "articles": args.articles, "started": time.ctime()}
    result["raw_encode"] = {
        "2_threads": {"load_average_before": load(), **raw_encode(corpus, 2, args.sample)},
        "1_thread": {"load_average_before": load(), **raw_encode(corpus, 1, args.sample)},
    }
    runs = {
        "local": [],
        "ray_1_worker": ["--ray", "local", "--ray-workers", "1"],
        "ray_2_workers": ["--ray", "local", "--ray-workers", "2"],
    }
    result["builds"] = {}
    for name, extra in ((n, runs[n]) for n in args.builds):
        index = args.work / f"index-{name}"
        if index.exists():
            import shutil

            shutil.rmtree(index)
        result["builds"][name] = build(corpus, index, extra)
        print(name, json.dumps(result["builds"][name]), flush=True)
    raw2 = result["raw_encode"]["2_threads"]["chunks_per_s"]
    raw1 = result["raw_encode"]["1_thread"]["chunks_per_s"]
    for name, raw in (("local", raw2), ("ray_1_worker", raw1), ("ray_2_workers", raw2)):
        if name not in result["builds"]:
            continue
        b = result["builds"][name]
        b["raw_encode_chunks_per_s_same_cores"] = raw
        b["wall_vs_raw_encode"] = raw / b["chunks_per_s"]
    result["ray_2_workers_vs_local_wall"] = (
        result["builds"]["ray_2_workers"]["wall_s"] / result["builds"]["local"]["wall_s"]
    )
    result["equality"] = {
        name: compare(args.work / "index-local", args.work / f"index-{name}")
        for name in result["builds"]
        if name != "local"
    }
    result["projection"] = projection(result)
    result["serving_memory"] = index_memory(corpus, args.work / "index-local")
    result["load_average_after"] = load()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "cluster.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    os.chdir(REPO)
    main()
