"""Issue 15: which lexical engine takes an update at the cost of the update, with scores of the union?

Usage:
    PYTHONPATH=/path/to/tantivy python bench/lexical_engines.py --index /tmp/seg-bench/c10000/embeddings

(tantivy is not a dependency of askccg; install it anywhere, e.g. ``pip install --target DIR
tantivy==0.27.0``, and put DIR on PYTHONPATH. The run is skipped for it otherwise.)

The passages of an askccg index (their BM25 terms, as askccg tokenizes them) are the
corpus. Each engine indexes all but the last 50 passages, then takes ten updates of
five new passages each and one deletion of five passages, committing after each (as
``askccg add`` would). Measured per engine: time and bytes written per update, query
latency (median, p95 over the questions) on the final state, and agreement with one
bm25s index built over the final union (the scores askccg has been tuned with):
identical top 10, top-10 overlap, and the largest score difference. Engines:

* bm25s, rebuilt over the union for each update (what askccg did before issue 15);
* askccg's segmented postings (``lexical.Postings``): one small segment per update, a
  tombstone for the deletion, statistics over all live passages at query time;
* tantivy (Lucene-like segments; its BM25 keeps deleted documents in document
  frequencies until a merge and stores passage lengths in one byte);
* SQLite FTS5 (its bm25() uses a different IDF, log((N - n + 0.5) / (n + 0.5))).

Terms are given to tantivy and FTS5 as opaque ids ("t123"), so every engine sees
exactly askccg's terms.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import bm25s
import numpy as np
from timing import p95

from askccg.chunking import embedding_text
from askccg.index import load_index
from askccg.lexical import K1, LexicalIndex, Part, Postings, passage_terms, tokenize

OUT = Path(__file__).resolve().parents[1] / "bench" / "out"
Docs = list[list[str]]


def du(path: Path) -> int:
    return (
        sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        if path.is_dir()
        else path.stat().st_size
    )


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


class Bm25sRebuild:
    name = "bm25s, rebuilt over the union"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.docs: dict[int, list[str]] = {}

    def load(self, docs: dict[int, list[str]]) -> None:
        self.docs = dict(docs)
        self._rebuild()

    def _rebuild(self) -> int:
        self.ids = sorted(self.docs)
        self.model = bm25s.BM25(k1=1.2, b=0.75)
        self.model.index([self.docs[i] for i in self.ids], show_progress=False)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        self.model.save(str(self.folder), show_progress=False)
        return du(self.folder)

    def add(self, docs: dict[int, list[str]]) -> int:
        self.docs.update(docs)
        return self._rebuild()

    def delete(self, ids: Sequence[int]) -> int:
        for i in ids:
            del self.docs[i]
        return self._rebuild()

    def search(self, terms: list[str], n: int) -> list[tuple[int, float]]:
        known = [t for t in terms if t in self.model.vocab_dict]
        if not known:
            return []
        scores = self.model.get_scores(known)
        top = np.flatnonzero(scores > 0)
        top = top[np.lexsort((top, -scores[top]))][:n]
        return [(self.ids[i], float(scores[i])) for i in top]


class Segmented:
    name = "askccg segmented postings (global statistics)"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.segments: list[tuple[Postings, list[int]]] = []
        self.deleted: set[int] = set()

    def _write(self, docs: dict[int, list[str]]) -> int:
        ids = sorted(docs)
        postings = Postings.build([docs[i] for i in ids])
        path = self.folder / f"seg-{len(self.segments)}"
        postings.save(path)
        self.segments.append((postings, ids))
        self._view()
        return du(path)

    def load(self, docs: dict[int, list[str]]) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        self._write(docs)

    def add(self, docs: dict[int, list[str]]) -> int:
        return self._write(docs)

    def delete(self, ids: Sequence[int]) -> int:
        self.deleted |= set(ids)
        self._view()
        return len(json.dumps(sorted(self.deleted)))  # the tombstones, in the manifest

    def _view(self) -> None:
        live = sorted(i for _, ids in self.segments for i in ids if i not in self.deleted)
        row = {doc: n for n, doc in enumerate(live)}
        self.rows = live
        parts = []
        for postings, ids in self.segments:
            where = np.array([row.get(i, -1) for i in ids], dtype=np.int64)
            mask = where >= 0
            parts.append(Part(postings, where, None if mask.all() else mask))
        self.lexical = LexicalIndex(parts)

    def search(self, terms: list[str], n: int) -> list[tuple[int, float]]:
        rows, scores = self.lexical.search(terms, n)
        return [(self.rows[r], float(s)) for r, s in zip(rows, scores, strict=True)]


class Tantivy:
    name = "tantivy 0.27 (whitespace tokenizer over askccg's terms)"

    def __init__(self, folder: Path, vocab: dict[str, str]) -> None:
        import tantivy

        self.t = tantivy
        self.folder = folder
        self.vocab = vocab
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("body", stored=False, tokenizer_name="whitespace", index_option="freq")
        builder.add_integer_field("id", indexed=True, stored=True, fast=True)
        self.schema = builder.build()

    def load(self, docs: dict[int, list[str]]) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        self.index = self.t.Index(self.schema, path=str(self.folder))
        self.writer = self.index.writer(heap_size=200_000_000, num_threads=1)
        self._add(docs)

    def _add(self, docs: dict[int, list[str]]) -> int:
        before = du(self.folder)
        for i, terms in docs.items():
            self.writer.add_document(self.t.Document(body=" ".join(self.vocab[t] for t in terms), id=i))
        self.writer.commit()
        self.index.reload()
        return max(0, du(self.folder) - before)

    def add(self, docs: dict[int, list[str]]) -> int:
        return self._add(docs)

    def delete(self, ids: Sequence[int]) -> int:
        before = du(self.folder)
        for i in ids:
            self.writer.delete_documents_by_term("id", i)
        self.writer.commit()
        self.index.reload()
        return max(0, du(self.folder) - before)

    def search(self, terms: list[str], n: int) -> list[tuple[int, float]]:
        known = [self.vocab[t] for t in dict.fromkeys(terms) if t in self.vocab]
        if not known:
            return []
        occur = self.t.Occur.Should
        query = self.t.Query.boolean_query(
            [(occur, self.t.Query.term_query(self.schema, "body", t)) for t in known]
        )
        searcher = self.index.searcher()
        # tantivy's BM25 carries Lucene's old (k1 + 1) factor; divided out to compare with bm25s
        return [
            (int(searcher.doc(a)["id"][0]), float(s) / (1 + K1)) for s, a in searcher.search(query, n).hits
        ]


class Fts5:
    name = "SQLite FTS5 bm25()"

    def __init__(self, path: Path, vocab: dict[str, str]) -> None:
        self.path = path
        self.vocab = vocab

    def load(self, docs: dict[int, list[str]]) -> None:
        self.path.unlink(missing_ok=True)
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='ascii')")
        self._add(docs)

    def _size(self) -> int:
        wal = self.path.with_name(self.path.name + "-wal")
        return self.path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)

    def _add(self, docs: dict[int, list[str]]) -> int:
        before = self._size()
        with self.db:
            self.db.executemany(
                "INSERT INTO t(rowid, body) VALUES (?, ?)",
                [(i, " ".join(self.vocab[t] for t in terms)) for i, terms in docs.items()],
            )
        return max(0, self._size() - before)

    def add(self, docs: dict[int, list[str]]) -> int:
        return self._add(docs)

    def delete(self, ids: Sequence[int]) -> int:
        before = self._size()
        with self.db:
            self.db.executemany("DELETE FROM t WHERE rowid = ?", [(i,) for i in ids])
        return max(0, self._size() - before)

    def search(self, terms: list[str], n: int) -> list[tuple[int, float]]:
        known = [self.vocab[t] for t in dict.fromkeys(terms) if t in self.vocab]
        if not known:
            return []
        rows = self.db.execute(
            "SELECT rowid, -bm25(t) FROM t WHERE t MATCH ? ORDER BY bm25(t), rowid LIMIT ?",
            (" OR ".join(known), n),
        )
        return [(int(r), float(s)) for r, s in rows]


def agreement(engine: Any, reference: Bm25sRebuild, queries: list[list[str]]) -> dict[str, float]:
    same, overlap, worst = 0, [], 0.0
    for terms in queries:
        unique = list(dict.fromkeys(terms))
        mine, ref = engine.search(unique, 10), reference.search(unique, 10)
        same += [d for d, _ in mine] == [d for d, _ in ref]
        if ref:
            overlap.append(len({d for d, _ in mine} & {d for d, _ in ref}) / len(ref))
        ref_scores = dict(ref)
        worst = max([worst] + [abs(s - ref_scores[d]) for d, s in mine if d in ref_scores])
    return {
        "identical_top10_share": same / len(queries),
        "top10_overlap_mean": float(np.mean(overlap)) if overlap else 1.0,
        "max_abs_score_difference": worst,
    }


def run(
    engine: Any,
    base: dict[int, list[str]],
    updates: list[dict[int, list[str]]],
    gone: list[int],
    queries: list[list[str]],
) -> dict[str, Any]:
    load_s, _ = timed(lambda: engine.load(base))
    update_s, update_bytes = [], []
    for docs in updates:
        s, b = timed(lambda docs=docs: engine.add(docs))
        update_s.append(s)
        update_bytes.append(b)
    delete_s, delete_bytes = timed(lambda: engine.delete(gone))
    latencies = []
    for terms in queries:
        t = time.perf_counter()
        engine.search(list(dict.fromkeys(terms)), 50)
        latencies.append((time.perf_counter() - t) * 1000)
    return {
        "engine": engine.name,
        "initial_index_s": load_s,
        "add_5_passages_median_s": statistics.median(update_s),
        "add_5_passages_bytes_median": statistics.median(update_bytes),
        "delete_5_passages_s": delete_s,
        "delete_bytes": delete_bytes,
        "query_median_ms": statistics.median(latencies),
        "query_p95_ms": p95(latencies),
    }


def main() -> None:
    from askccg.evaluate import load_questions

    ap = argparse.ArgumentParser()
    ap.add_argument("--index", type=Path, required=True)
    args = ap.parse_args()
    index = load_index(args.index)
    docs = {i: passage_terms(embedding_text(c)) for i, c in enumerate(index.chunks)}
    n = len(docs)
    base = {i: d for i, d in docs.items() if i < n - 50}
    updates = [{i: docs[i] for i in range(n - 50 + 5 * k, n - 45 + 5 * k)} for k in range(10)]
    gone = list(range(100, 105))
    root = Path(__file__).resolve().parents[1]
    questions = [q.text for q in load_questions(root / "eval" / "questions.jsonl")]
    titles = sorted({c.citation.title for c in index.chunks})[:200]
    queries = [tokenize(q) for q in questions + titles]
    vocab = {t: f"t{k}" for k, t in enumerate(sorted({t for d in docs.values() for t in d}))}
    work = Path(tempfile.mkdtemp(prefix="askccg-lexical-"))
    reference = Bm25sRebuild(work / "bm25s")
    engines: list[Any] = [reference, Segmented(work / "segments"), Fts5(work / "fts5.db", vocab)]
    try:
        engines.append(Tantivy(work / "tantivy", vocab))
    except ImportError:
        print("tantivy not importable: skipped (see the usage note)")
    results = []
    for engine in engines:
        results.append(run(engine, base, updates, gone, queries))
    for engine, result in zip(engines, results, strict=True):
        result.update(agreement(engine, reference, queries))
        print(json.dumps(result), flush=True)
    report = {"passages": n, "queries": len(queries), "index": str(args.index), "results": results}
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "lexical_engines.json").open("a") as handle:
        handle.write(json.dumps(report) + "\n")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
