"""``askccg eval --beir DIR``: any BEIR-format folder, every retrieval mode and the baseline.

A throwaway index of the folder's documents is built with the current settings;
documents are ranked by their best chunk; nDCG@10, Recall@10 and Recall@100 are
reported for the naive baseline and each askccg mode, measured in the same run.
"""

from __future__ import annotations

import json
import math
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Settings
from .corpus import sha256_bytes
from .documents import Article, Meta, Section
from .embed import Embedder
from .errors import InputError
from .evaluate import ABLATIONS, BASELINE, Baseline
from .retriever import Retriever


@dataclass(frozen=True)
class Beir:
    docs: list[tuple[str, str, str]]  # id, title, text
    queries: dict[str, str]
    qrels: dict[str, dict[str, int]]


def load_beir(folder: Path, split: str = "test") -> Beir:
    def need(path: Path) -> Path:
        if not path.is_file():
            raise InputError(f"{folder} is not a BEIR folder: {path.name} is missing")
        return path

    def records(path: Path) -> Iterator[dict[str, Any]]:
        for n, line in enumerate(need(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or "_id" not in record:
                    raise ValueError("no _id")
            except ValueError as exc:
                raise InputError(f"{path.name}:{n}: bad record ({exc})") from None
            yield record

    docs = [
        (str(d["_id"]), str(d.get("title") or ""), str(d.get("text") or ""))
        for d in records(folder / "corpus.jsonl")
    ]
    queries = {str(d["_id"]): str(d.get("text") or "") for d in records(folder / "queries.jsonl")}
    qrels: dict[str, dict[str, int]] = {}
    qrels_path = folder / "qrels" / f"{split}.tsv"
    for n, line in enumerate(need(qrels_path).read_text(encoding="utf-8").splitlines()):
        parts = line.split("\t")
        score = parts[-1].strip()
        if n == 0 and not score.lstrip("-").isdigit():
            continue  # header
        if len(parts) < 3:
            continue
        if not score.lstrip("-").isdigit():
            raise InputError(f"qrels/{split}.tsv:{n + 1}: score {score!r} is not a whole number")
        qrels.setdefault(parts[0], {})[parts[1]] = int(score)
    return Beir(docs, {q: t for q, t in queries.items() if q in qrels}, qrels)


def beir_articles(docs: Sequence[tuple[str, str, str]]) -> list[Article]:
    """BEIR documents as articles: clean already, so no news-site cleaning."""
    out = []
    for doc_id, title, text in docs:
        body = text.strip()
        if not body:
            continue
        start = text.index(body[0])
        meta = Meta(article_id=doc_id, source=doc_id, title=title or doc_id)
        sha = sha256_bytes(text.encode("utf-8"))
        out.append(Article(meta, text, sha, (Section(start, start + len(body), "article"),), (start,)))
    return out


def ndcg_at(ranking: Sequence[str], rels: dict[str, int], k: int) -> float:
    dcg = sum(rels.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranking[:k]))
    ideal = sorted((r for r in rels.values() if r > 0), reverse=True)[:k]
    idcg = sum(r / math.log2(i + 2) for i, r in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall_at(ranking: Sequence[str], rels: dict[str, int], k: int) -> float:
    relevant = {d for d, r in rels.items() if r > 0}
    return len(relevant & set(ranking[:k])) / len(relevant) if relevant else 0.0


@dataclass(frozen=True)
class BeirReport:
    name: str
    ndcg10: float
    recall10: float
    recall100: float
    queries: int
    documents: int


def unique_docs(sources: Sequence[str], limit: int = 100) -> list[str]:
    seen: dict[str, None] = {}
    for s in sources:
        seen.setdefault(s, None)
        if len(seen) == limit:
            break
    return list(seen)


def score_beir(name: str, beir: Beir, rankings: dict[str, list[str]]) -> BeirReport:
    qids = list(beir.queries)
    n = len(qids) or 1
    return BeirReport(
        name,
        sum(ndcg_at(rankings[q], beir.qrels[q], 10) for q in qids) / n,
        sum(recall_at(rankings[q], beir.qrels[q], 10) for q in qids) / n,
        sum(recall_at(rankings[q], beir.qrels[q], 100) for q in qids) / n,
        len(qids),
        len(beir.docs),
    )


def run_beir(
    folder: Path,
    settings: Settings,
    embedder: Embedder,
    *,
    modes: Sequence[str] = tuple(ABLATIONS),
    progress: bool = False,
    depth: int = 300,
) -> list[BeirReport]:
    """Build a throwaway index of a BEIR folder and score each mode and the baseline."""
    from tqdm import tqdm

    from .builder import write_index
    from .index import load_index
    from .lexical import tokenize

    beir = load_beir(folder)
    articles = beir_articles(beir.docs)
    if not articles:
        raise InputError(f"{folder}/corpus.jsonl has no documents with text")
    qids = list(beir.queries)
    query_vectors = embedder.encode([beir.queries[q] for q in qids], progress=progress)
    baseline = Baseline(
        [(a.meta.source, f"{a.meta.title}\n{a.raw}") for a in articles], embedder, progress=progress
    )
    base_ranked = baseline.search_vectors(query_vectors, depth)
    reports = [
        score_beir(
            BASELINE,
            beir,
            {q: unique_docs([s for s, _ in r]) for q, r in zip(qids, base_ranked, strict=True)},
        )
    ]
    with tempfile.TemporaryDirectory(prefix="askccg-beir-") as tmp:
        local = settings.with_(index_dir=Path(tmp) / "index", corpus_dir=Path(tmp) / "corpus")
        write_index(local, articles, embedder=embedder, progress=progress)
        index = load_index(local.index_dir)
        base = Retriever(index, embedder, local)
    terms = [tokenize(beir.queries[q]) for q in qids]
    for name in modes:
        retriever = base.with_config(**ABLATIONS[name])
        rankings = {}
        for i, q in enumerate(tqdm(qids, desc=name, disable=not progress, unit="query")):
            rows = retriever.rank(query_vectors[i], terms[i], depth)
            rankings[q] = unique_docs([index.chunks[c.row].citation.source for c in rows])
        reports.append(score_beir(name, beir, rankings))
    return reports


def format_beir(reports: Sequence[BeirReport]) -> str:
    head = f"{'system':<32} {'nDCG@10':>8} {'R@10':>6} {'R@100':>6}"
    lines = [head, "-" * len(head)]
    lines += [f"{r.name:<32} {r.ndcg10:>8.3f} {r.recall10:>6.3f} {r.recall100:>6.3f}" for r in reports]
    r = reports[0]
    lines.append(f"({r.queries} queries, {r.documents} documents; documents scored by their best chunk)")
    return "\n".join(lines)
