"""``askccg eval``: retrieval quality on the project's question set and on BEIR data.

Every report puts the naive baseline beside the project, measured in the same run:
RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200) over the raw
files, the same embedding model, FAISS flat inner product, top-k.
"""

from __future__ import annotations

import json
import math
import re
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .answer import nothing_relevant, verify_sentence
from .attribution import Quote
from .cleaning import normalise
from .config import Settings
from .corpus import article_files, decode_article
from .documents import Answer
from .embed import Embedder
from .errors import InputError
from .llm import FALLBACK_NOTE
from .retriever import Calibration, RetrievalConfig, Retriever

Ranked = list[tuple[str, str]]  # (source, passage text), best first
BASELINE = "baseline: 1000/200 chars, dense"
ABLATIONS: dict[str, dict[str, object]] = {
    "askccg dense": {"mode": "dense", "rerank": False},
    "askccg bm25": {"mode": "bm25", "rerank": False},
    "askccg hybrid": {"mode": "hybrid", "rerank": False},
    "askccg hybrid+rerank": {"mode": "hybrid", "rerank": True},
}


@dataclass(frozen=True)
class Gold:
    article: str
    phrase: str


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    answerable: bool
    gold: tuple[Gold, ...]
    tags: tuple[str, ...] = ()


def load_questions(path: Path) -> list[Question]:
    """Questions from a JSON-lines file; a bad line is named in the error."""
    if not path.is_file():
        raise InputError(f"question file {path} does not exist")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            gold = tuple(Gold(g["article"], g["phrase"]) for g in d.get("gold", []))
            out.append(
                Question(d["id"], d["question"], bool(d["answerable"]), gold, tuple(d.get("tags", [])))
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{n}: not a question record ({exc})") from None
    return out


def gold_rank(ranked: Ranked, q: Question) -> int | None:
    """1-based rank of the first passage holding a gold phrase of the gold article."""
    keys = [(g.article, normalise(g.phrase)) for g in q.gold]
    for rank, (source, text) in enumerate(ranked, start=1):
        norm = normalise(text)
        if any(source == article and phrase in norm for article, phrase in keys):
            return rank
    return None


def covers_all(ranked: Ranked, q: Question) -> bool:
    norms = [(s, normalise(t)) for s, t in ranked]
    return all(any(s == g.article and normalise(g.phrase) in t for s, t in norms) for g in q.gold)


@dataclass
class QAReport:
    name: str
    hit1: float
    hit3: float
    hit5: float
    mrr: float
    all5: float
    refusal_accuracy: float | None
    false_refusals: int | None
    answerable: int
    unanswerable: int
    misses: list[tuple[str, int | None]] = field(default_factory=list)


System = Callable[[str], tuple[Ranked, bool | None]]


def evaluate(name: str, questions: Sequence[Question], system: System) -> QAReport:
    ranks: list[int | None] = []
    all5: list[bool] = []
    refusals: list[bool | None] = []
    misses = []
    for q in questions:
        ranked, refused = system(q.text)
        refusals.append(refused)
        if q.answerable:
            r = gold_rank(ranked[:5], q)
            ranks.append(r)
            all5.append(covers_all(ranked[:5], q))
            if r != 1:
                misses.append((q.id, r))
    n = len(ranks) or 1
    unanswerable = [r for q, r in zip(questions, refusals, strict=True) if not q.answerable]
    answerable = [r for q, r in zip(questions, refusals, strict=True) if q.answerable]
    has_refusal = all(r is not None for r in refusals)
    return QAReport(
        name=name,
        hit1=sum(r == 1 for r in ranks) / n,
        hit3=sum(r is not None and r <= 3 for r in ranks) / n,
        hit5=sum(r is not None for r in ranks) / n,
        mrr=sum(1 / r for r in ranks if r) / n,
        all5=sum(all5) / n,
        refusal_accuracy=(sum(bool(r) for r in unanswerable) / (len(unanswerable) or 1))
        if has_refusal
        else None,
        false_refusals=sum(bool(r) for r in answerable) if has_refusal else None,
        answerable=len(ranks),
        unanswerable=len(unanswerable),
        misses=misses,
    )


def project_system(retriever: Retriever, min_relevance: float) -> System:
    def run(question: str) -> tuple[Ranked, bool | None]:
        hits = retriever.retrieve(question, k=5)
        return [(h.citation.source, h.text) for h in hits], nothing_relevant(hits, min_relevance)

    return run


class Baseline:
    """The naive pipeline: fixed 1000/200 character chunks of the raw files, dense top-k."""

    def __init__(
        self, docs: Sequence[tuple[str, str]], embedder: Embedder, *, progress: bool = False
    ) -> None:
        import faiss
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        self.chunks = [(source, piece) for source, text in docs for piece in splitter.split_text(text)]
        self.embedder = embedder
        vectors = embedder.encode([t for _, t in self.chunks], progress=progress)
        self.index = faiss.IndexFlatIP(vectors.shape[1])
        self.index.add(vectors)

    def search_vectors(self, queries: np.ndarray, k: int) -> list[Ranked]:
        _, rows = self.index.search(np.ascontiguousarray(queries, dtype=np.float32), min(k, len(self.chunks)))
        return [[self.chunks[r] for r in row if r >= 0] for row in rows]

    def system(self) -> System:
        def run(question: str) -> tuple[Ranked, bool | None]:
            return self.search_vectors(self.embedder.encode([question]), 5)[0], None

        return run


def raw_corpus(corpus_dir: Path) -> list[tuple[str, str]]:
    files, _ = article_files(corpus_dir)
    return [(p.name, decode_article(p.read_bytes(), p.name)) for p in files]


def qa_reports(
    retriever: Retriever, questions: Sequence[Question], settings: Settings, *, ablations: bool = True
) -> list[QAReport]:
    baseline = Baseline(raw_corpus(settings.corpus_dir), retriever.embedder)
    reports = [evaluate(BASELINE, questions, baseline.system())]
    variants = ABLATIONS if ablations else {"askccg (default)": {}}
    for name, changes in variants.items():
        system = project_system(retriever.with_config(**changes), settings.min_relevance)
        reports.append(evaluate(name, questions, system))
    return reports


def format_qa(reports: Sequence[QAReport], default: RetrievalConfig) -> str:
    cols = ("hit@1", "hit@3", "hit@5", "MRR", "all@5")
    head = f"{'system':<32} " + " ".join(f"{c:>6}" for c in cols) + f" {'refused':>8} {'false ref':>9}"
    lines = [head, "-" * len(head)]
    for r in reports:
        refused = f"{r.refusal_accuracy:.2f}" if r.refusal_accuracy is not None else "n/a"
        false = str(r.false_refusals) if r.false_refusals is not None else "n/a"
        mark = ""
        if r.name == f"askccg {default.mode}{'+rerank' if default.rerank else ''}":
            mark = " *"
        lines.append(
            f"{r.name + mark:<32} {r.hit1:>6.2f} {r.hit3:>6.2f} {r.hit5:>6.2f} {r.mrr:>6.2f} {r.all5:>6.2f} "
            f"{refused:>8} {false:>9}"
        )
    a = reports[0]
    lines.append(
        f"({a.answerable} answerable, {a.unanswerable} unanswerable questions; * = default; "
        "refused = share of unanswerable refused; false ref = answerable refused)"
    )
    return "\n".join(lines)


# --- calibration -------------------------------------------------------------


def top_features(retriever: Retriever, questions: Sequence[Question]) -> tuple[np.ndarray, np.ndarray]:
    """Features of the best hit per question, and 1 for answerable questions."""
    rows = []
    for q in questions:
        hits = retriever.retrieve(q.text, k=5)
        rows.append(max((h.features for h in hits), key=sum) if hits else (0.0, 0.0, 0.0))
    return np.asarray(rows, dtype=np.float64), np.asarray([q.answerable for q in questions], dtype=np.float64)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 50) -> np.ndarray:
    """Bias and weights of an L2-regularised logistic regression (Newton's method)."""
    design = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(design.shape[1])
    penalty = np.eye(design.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ w, -50, 50)))
        grad = design.T @ (p - y) + penalty @ w
        hess = design.T @ (design * (p * (1 - p))[:, None]) + penalty + np.eye(len(w)) * 1e-9
        w -= np.linalg.solve(hess, grad)
    return w


def calibrate(x: np.ndarray, y: np.ndarray) -> tuple[Calibration, float]:
    """The fitted calibration and its leave-one-out accuracy on the same questions."""
    w = fit_logistic(x, y)
    correct = 0
    for i in range(len(x)):
        mask = np.arange(len(x)) != i
        wi = fit_logistic(x[mask], y[mask])
        p = 1.0 / (1.0 + math.exp(-float(wi[0] + x[i] @ wi[1:])))
        correct += (p >= 0.5) == bool(y[i])
    return Calibration(float(w[0]), float(w[1]), float(w[2]), float(w[3])), correct / len(x)


def write_calibration(cal: Calibration, loo: float, n: int, path: Path) -> None:
    payload = {
        "bias": round(cal.bias, 4),
        "w_passage": round(cal.w_passage, 4),
        "w_sentence": round(cal.w_sentence, 4),
        "w_coverage": round(cal.w_coverage, 4),
        "fitted_on": f"{n} questions of eval/questions.jsonl (askccg eval --calibrate)",
        "leave_one_out_accuracy": round(loo, 4),
    }
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


# --- answers -----------------------------------------------------------------


@dataclass
class AnswerReport:
    name: str
    gold_in_answer: float  # answerable questions whose answer text holds a gold phrase
    markers_valid: float  # markers pointing at a retrieved passage
    spans_match: float  # answer sentences whose words equal their cited span
    quotes_named: float  # answer sentences quoting someone that name the speaker
    citation_precision: float  # markers whose passage holds a gold phrase
    two_to_five: float  # answers of 2-5 sentences
    refusals_right: float  # questions refused exactly when unanswerable
    median_ms: float
    misses: list[str] = field(default_factory=list)
    fallbacks: int = 0  # answers where the local model failed and the grounded answer was shown


def quote_sentences_named(answer: Answer, quotes: Sequence[Quote]) -> tuple[int, int]:
    """(answer sentences overlapping a quotation, of which the speaker is named in the sentence)."""
    total = named = 0
    for s in answer.sentences:
        overlapping = [q for q in quotes if q.source == s.source and q.start < s.end and s.start < q.end]
        if not overlapping:
            continue
        total += 1
        rendered = s.render()
        if all(q.speaker.split()[-1] in rendered for q in overlapping):
            named += 1
    return total, named


def evaluate_answers(
    name: str, ask: Callable[[str], Answer], questions: Sequence[Question], quotes: Sequence[Quote]
) -> AnswerReport:

    gold = markers = markers_ok = spans = spans_ok = quoted = quoted_named = sized = right = precise = (
        fallbacks
    ) = 0
    times: list[float] = []
    misses: list[str] = []
    answerable = [q for q in questions if q.answerable]
    for q in questions:
        started = time.perf_counter()
        answer = ask(q.text)
        times.append((time.perf_counter() - started) * 1000)
        right += answer.refused != q.answerable
        fallbacks += any(n.endswith(FALLBACK_NOTE) for n in answer.notes)
        if not q.answerable:
            continue
        text = normalise(answer.text)
        if any(normalise(g.phrase) in text for g in q.gold):
            gold += 1
        else:
            misses.append(q.id)
        sized += 2 <= len(answer.sentences) <= 5
        passages = {h.citation: normalise(h.text) for h in answer.hits}
        for m in re.findall(r"\[(\d+)\]", answer.text):
            markers += 1
            valid = 1 <= int(m) <= len(answer.citations) and answer.citations[int(m) - 1] in passages
            markers_ok += valid
            if valid:
                cited = passages[answer.citations[int(m) - 1]]
                precise += any(normalise(g.phrase) in cited for g in q.gold)
        for s in answer.sentences:
            spans += 1
            spans_ok += not verify_sentence(s, answer.citations, answer.hits)
        t, n = quote_sentences_named(answer, quotes)
        quoted += t
        quoted_named += n
    return AnswerReport(
        name=name,
        gold_in_answer=gold / (len(answerable) or 1),
        markers_valid=markers_ok / (markers or 1),
        spans_match=spans_ok / (spans or 1),
        quotes_named=quoted_named / (quoted or 1),
        citation_precision=precise / (markers or 1),
        two_to_five=sized / (len(answerable) or 1),
        refusals_right=right / (len(questions) or 1),
        median_ms=statistics.median(times) if times else 0.0,
        misses=misses,
        fallbacks=fallbacks,
    )


def format_answers(reports: Sequence[AnswerReport]) -> str:
    cols = (
        "gold in answer",
        "markers ok",
        "cite precision",
        "spans ok",
        "quotes named",
        "2-5 sent.",
        "refusals ok",
        "median ms",
    )
    head = f"{'answers':<24} " + " ".join(f"{c:>14}" for c in cols)
    lines = [head, "-" * len(head)]
    for r in reports:
        values = (
            r.gold_in_answer,
            r.markers_valid,
            r.citation_precision,
            r.spans_match,
            r.quotes_named,
            r.two_to_five,
            r.refusals_right,
        )
        lines.append(f"{r.name:<24} " + " ".join(f"{v:>14.2f}" for v in values) + f" {r.median_ms:>14.1f}")
    return "\n".join(lines)
