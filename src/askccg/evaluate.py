"""``askccg eval``: quality on question sets that cannot flatter.

Every set is split into ``dev`` (everything askccg fits or chooses is chosen there)
and ``test`` (only reported); each record says which. Every fact is asked twice, in
the article's words and reworded, and both are reported. Two reference systems run
in the same process on the same corpus, so every figure has its baselines beside it:

* the naive baseline: 1000/200-character chunks of the raw files, the same model,
  FAISS flat inner product, top-k;
* a simple hybrid: 700/100-character chunks, 0.3 x BM25/max + 0.7 x cosine, no
  reranker (what a 20-line script gets).

A passage *holds the answer* when it comes from the gold article and its character
span contains the gold key (the short fact: a sum, a date, a name) inside an
occurrence of the gold phrase. An answer *holds the fact* when its text contains
the key (every key for compare/summarise questions). Spans, not strings, so a
passage that only repeats the question's words never counts.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .cleaning import normalise
from .corpus import article_files, decode_article
from .documents import Answer
from .embed import Embedder
from .errors import InputError

BASELINE = "baseline: 1000/200 chars, dense"
SIMPLE = "simple hybrid: 700 chars, 0.3 bm25 + 0.7 cos"
ABLATIONS: dict[str, dict[str, object]] = {
    "askccg dense": {"mode": "dense", "rerank": False},
    "askccg bm25": {"mode": "bm25", "rerank": False},
    "askccg hybrid": {"mode": "hybrid", "rerank": False},
    "askccg hybrid+rerank": {"mode": "hybrid", "rerank": True},
}
SPLITS = ("dev", "test")  # then any held-out split a set has ("heldout": measured, never tuned on)
WORDINGS = ("article", "reworded")
METADATA = "metadata"


# --- question sets -----------------------------------------------------------------


@dataclass(frozen=True)
class Gold:
    article: str
    phrase: str
    key: str = ""  # the fact itself, inside the phrase; "" = the whole phrase
    source: str = "text"  # "text" or "metadata"

    @property
    def fact(self) -> str:
        return self.key or self.phrase


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    answerable: bool
    gold: tuple[Gold, ...]
    type: str = "fact"
    wording: str = "article"
    split: str = "dev"
    fact: str = ""
    match: str = "any"  # "all": every gold item is needed (compare, summarise)
    history: tuple[str, ...] = ()
    expect: str = ""  # "not stated", "not defined" or "clarify": the right answer says so
    domain: str = "in"  # for unanswerable questions: in-domain or out
    tags: tuple[str, ...] = ()

    @property
    def retrievable(self) -> bool:
        """Has a passage of text that answers it (not metadata, not an expected abstention)."""
        return self.answerable and bool(self.gold) and all(g.source == "text" and g.phrase for g in self.gold)


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
            gold = tuple(
                Gold(
                    g["article"],
                    g.get("phrase", ""),
                    g.get("key", ""),
                    g.get("source", d.get("source", "text")),
                )
                for g in d.get("gold", [])
            )
            out.append(
                Question(
                    id=str(d["id"]),
                    text=d["question"],
                    answerable=bool(d["answerable"]),
                    gold=gold,
                    type=d.get("type", "fact"),
                    wording=d.get("wording", "article"),
                    split=d.get("split", "dev"),
                    fact=d.get("fact", d["id"]),
                    match=d.get("match", "any"),
                    history=tuple(d.get("history", ())),
                    expect=d.get("expect", ""),
                    domain=d.get("domain", "in"),
                    tags=tuple(d.get("tags", ())),
                )
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{path}:{n}: not a question record ({exc})") from None
    return out


# --- where the answers are -----------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    """A retrieved passage as a span of a raw corpus file."""

    source: str
    start: int
    end: int
    text: str


Ranked = list[Passage]


class Answers:
    """Raw spans of every gold key, found once per corpus."""

    def __init__(self, raws: dict[str, str]) -> None:
        self.raws = raws
        self._spans: dict[tuple[str, str, str], list[tuple[int, int]]] = {}

    def spans(self, g: Gold) -> list[tuple[int, int]]:
        """Where the gold key stands in its article, inside an occurrence of the phrase."""
        key = (g.article, g.phrase, g.key)
        if key not in self._spans:
            raw = self.raws.get(g.article, "")
            found = []
            for m in re.finditer(re.escape(g.phrase), raw) if g.phrase else ():
                at = m.group().find(g.key) if g.key else 0
                if at >= 0:
                    found.append((m.start() + at, m.start() + at + len(g.key or g.phrase)))
            self._spans[key] = found
        return self._spans[key]

    def holds(self, p: Passage, q: Question) -> bool:
        return any(self._holds(p, g) for g in q.gold)

    def _holds(self, p: Passage, g: Gold) -> bool:
        return p.source == g.article and any(p.start <= s and e <= p.end for s, e in self.spans(g))

    def rank(self, ranked: Ranked, q: Question) -> int | None:
        """1-based rank of the first passage holding the answer, or None."""
        return next((n for n, p in enumerate(ranked, start=1) if self.holds(p, q)), None)

    def covers_all(self, ranked: Ranked, q: Question) -> bool:
        return all(any(self._holds(p, g) for p in ranked) for g in q.gold)


def raw_corpus(corpus_dir: Path) -> list[tuple[str, str]]:
    files, _ = article_files(corpus_dir)
    return [(p.name, decode_article(p.read_bytes(), p.name)) for p in files]


# --- reference systems ---------------------------------------------------------------

System = Callable[[Question], tuple[Ranked, bool | None]]  # passages best first, refused (None: no refusal)


def _chunks(docs: Sequence[tuple[str, str]], size: int, overlap: int) -> list[Passage]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=size, chunk_overlap=overlap, add_start_index=True)
    out = []
    for source, text in docs:
        for doc in splitter.create_documents([text]):
            start = int(doc.metadata["start_index"])
            out.append(Passage(source, start, start + len(doc.page_content), doc.page_content))
    return out


class Baseline:
    """The naive pipeline: fixed 1000/200 character chunks of the raw files, dense top-k."""

    def __init__(
        self,
        docs: Sequence[tuple[str, str]],
        embedder: Embedder,
        *,
        size: int = 1000,
        overlap: int = 200,
        progress: bool = False,
    ) -> None:
        import faiss

        self.passages = _chunks(docs, size, overlap)
        self.chunks = [(p.source, p.text) for p in self.passages]  # for BEIR reports
        self.embedder = embedder
        vectors = embedder.encode([p.text for p in self.passages], progress=progress)
        self.index = faiss.IndexFlatIP(vectors.shape[1])
        self.index.add(vectors)

    def search_vectors(self, queries: np.ndarray, k: int) -> list[list[tuple[str, str]]]:
        _, rows = self.index.search(np.ascontiguousarray(queries, dtype=np.float32), min(k, len(self.chunks)))
        return [[self.chunks[r] for r in row if r >= 0] for row in rows]

    def system(self) -> System:
        def run(q: Question) -> tuple[Ranked, bool | None]:
            scores = self.embedder.encode([q.text])[0]
            _, rows = self.index.search(scores[None, :].astype(np.float32), min(5, len(self.passages)))
            return [self.passages[r] for r in rows[0] if r >= 0], None

        return run


class SimpleHybrid:
    """700/100-character chunks; 0.3 x BM25 / best BM25 + 0.7 x cosine; no reranker."""

    def __init__(self, docs: Sequence[tuple[str, str]], embedder: Embedder, *, bm25_weight: float = 0.3):
        import bm25s

        self.passages = _chunks(docs, 700, 100)
        self.embedder = embedder
        self.vectors = embedder.encode([p.text for p in self.passages])
        self.bm25 = bm25s.BM25()
        corpus = bm25s.tokenize([p.text for p in self.passages], stopwords="en", show_progress=False)
        self.bm25.index(corpus, show_progress=False)
        self.weight = bm25_weight

    def system(self) -> System:
        import bm25s

        def run(q: Question) -> tuple[Ranked, bool | None]:
            cos = self.vectors @ self.embedder.encode([q.text])[0]
            tokens = bm25s.tokenize([q.text], stopwords="en", show_progress=False)
            lex = np.asarray(self.bm25.get_scores(_query_terms(tokens)), dtype=np.float64)
            top = lex.max() if lex.size and lex.max() > 0 else 1.0
            score = self.weight * lex / top + (1 - self.weight) * cos
            order = np.argsort(-score, kind="stable")[:5]
            return [self.passages[i] for i in order], None

        return run


def _query_terms(tokens: object) -> list[str]:
    vocab = {v: k for k, v in tokens.vocab.items()}  # type: ignore[attr-defined]
    return [vocab[i] for i in tokens.ids[0]]  # type: ignore[attr-defined]


# --- retrieval report ------------------------------------------------------------------


@dataclass
class Cell:
    """Retrieval figures of one system on one split and wording."""

    n: int = 0
    hit1: float = 0.0
    hit3: float = 0.0
    hit5: float = 0.0
    all5: float = 0.0
    ranks: list[tuple[str, int | None]] = field(default_factory=list)


def retrieval_cells(
    questions: Sequence[Question], system: System, answers: Answers
) -> dict[tuple[str, str], Cell]:
    """Figures per (split, wording) over the questions a passage can answer."""
    cells: dict[tuple[str, str], Cell] = {}
    for q in questions:
        if not q.retrievable or q.history:
            continue
        ranked, _ = system(q)
        rank = answers.rank(ranked[:5], q)
        for key in ((q.split, q.wording), (q.split, "all")):
            c = cells.setdefault(key, Cell())
            c.n += 1
            c.hit1 += rank == 1
            c.hit3 += rank is not None and rank <= 3
            c.hit5 += rank is not None
            c.all5 += answers.covers_all(ranked[:5], q)
            c.ranks.append((q.id, rank))
    for c in cells.values():
        n = c.n or 1
        c.hit1, c.hit3, c.hit5, c.all5 = c.hit1 / n, c.hit3 / n, c.hit5 / n, c.all5 / n
    return cells


def splits_of(cells: Mapping[tuple[str, str], object]) -> list[str]:
    """The splits the cells hold: dev and test first, then held-out ones by name."""
    present = {split for split, _ in cells}
    return [s for s in SPLITS if s in present] + sorted(present - set(SPLITS))


def format_retrieval(rows: Sequence[tuple[str, dict[tuple[str, str], Cell]]]) -> str:
    """One line per system: hit@1 / hit@3 for each split and wording, dev beside test."""
    groups = [(s, w) for s in splits_of(rows[0][1] if rows else {}) for w in (*WORDINGS, "all")]
    head = f"{'system':<46}" + "".join(f"{s + ' ' + w:>18}" for s, w in groups)
    lines = [head, f"{'':<46}" + "".join(f"{'hit@1 / @3':>18}" for _ in groups), "-" * len(head)]
    for name, cells in rows:
        parts = []
        for key in groups:
            c = cells.get(key)
            parts.append(f"{c.hit1:.2f} / {c.hit3:.2f}".rjust(18) if c and c.n else f"{'n/a':>18}")
        lines.append(f"{name:<46}" + "".join(parts))
    counts = rows[0][1] if rows else {}
    lines.append(
        "(questions: " + ", ".join(f"{s} {w} {counts[(s, w)].n}" for s, w in groups if (s, w) in counts) + ")"
    )
    return "\n".join(lines)


# --- answers report ----------------------------------------------------------------------

Ask = Callable[[Question], Answer]


@dataclass
class AnswerCell:
    answerable: int = 0
    fact: int = 0  # answerable questions whose answer text holds the fact
    first: int = 0  # ... whose first sentence does (the answer comes first)
    refused_wrongly: int = 0  # answerable questions refused
    in_domain: int = 0
    in_domain_refused: int = 0
    out_domain: int = 0
    out_domain_refused: int = 0
    abstain: int = 0  # "not stated" / "not defined" / "clarify" questions
    abstain_right: int = 0
    misses: list[str] = field(default_factory=list)
    times: list[float] = field(default_factory=list)

    def rate(self, a: int, b: int) -> str:
        return f"{a / b:.2f}" if b else "n/a"


def holds_fact(answer: Answer, q: Question, *, first: bool = False) -> bool:
    """Whether the answer (or, with ``first``, its first sentence) holds the fact."""
    text = answer.sentences[0].text if first and answer.sentences else answer.text
    text = normalise(text)
    found = [normalise(g.fact) in text for g in q.gold]
    return all(found) if q.match == "all" else any(found)


def abstains_rightly(answer: Answer, q: Question) -> bool:
    """The answer says what the question expects: the field is not stated, the term not defined,
    or it asks the user to say more."""
    if q.expect == "clarify":
        return answer.clarify
    words = normalise(answer.text)
    if q.expect == "not stated":
        return "not state" in words or "does not say" in words
    if q.expect == "not defined":
        return "without defining" in words or "not define" in words or answer.refused
    return answer.refused


def answer_cells(questions: Sequence[Question], ask: Ask) -> dict[tuple[str, str], AnswerCell]:
    cells: dict[tuple[str, str], AnswerCell] = {}
    for q in questions:
        started = time.perf_counter()
        answer = ask(q)
        took = (time.perf_counter() - started) * 1000
        for key in ((q.split, q.wording), (q.split, "all")):
            c = cells.setdefault(key, AnswerCell())
            c.times.append(took)
            if q.expect:
                c.abstain += 1
                c.abstain_right += abstains_rightly(answer, q)
            elif not q.answerable and q.domain == "out":
                c.out_domain += 1
                c.out_domain_refused += answer.refused
            elif not q.answerable:
                c.in_domain += 1
                c.in_domain_refused += answer.refused
            else:
                c.answerable += 1
                c.refused_wrongly += answer.refused
                c.first += holds_fact(answer, q, first=True)
                if holds_fact(answer, q):
                    c.fact += 1
                elif key[1] == "all":
                    c.misses.append(q.id)
    return cells


def format_answers(rows: Sequence[tuple[str, dict[tuple[str, str], AnswerCell]]]) -> str:
    cols = (
        "fact in answer",
        "fact first",
        "false refusals",
        "in-domain refused",
        "out refused",
        "abstains right",
        "ms median",
    )
    head = f"{'answers':<34}" + "".join(f"{c:>18}" for c in cols)
    lines = [head, "-" * len(head)]
    for name, cells in rows:
        for s in splits_of(cells):
            for w in (*WORDINGS, "all"):
                c = cells.get((s, w))
                if c is None:
                    continue
                values = (
                    c.rate(c.fact, c.answerable),
                    c.rate(c.first, c.answerable),
                    c.rate(c.refused_wrongly, c.answerable),
                    c.rate(c.in_domain_refused, c.in_domain),
                    c.rate(c.out_domain_refused, c.out_domain),
                    c.rate(c.abstain_right, c.abstain),
                    f"{statistics.median(c.times):.1f}" if c.times else "n/a",
                )
                lines.append(f"{name + ' ' + s + ' ' + w:<34}" + "".join(f"{v:>18}" for v in values))
    return "\n".join(lines)


def by_id(questions: Iterable[Question]) -> dict[str, Question]:
    return {q.id: q for q in questions}


# --- corpora -------------------------------------------------------------------------------


def merged_corpus(folders: Sequence[Path], target: Path) -> Path:
    """One corpus folder holding the articles of ``folders`` and their metadata, for evaluation.

    Files are copied only when changed, so the index over it rebuilds incrementally.
    """
    import shutil

    target.mkdir(parents=True, exist_ok=True)
    wanted: set[str] = set()
    metadata = []
    for folder in folders:
        files, _ = article_files(folder)
        for path in files:
            wanted.add(path.name)
            copy = target / path.name
            if not copy.is_file() or copy.read_bytes() != path.read_bytes():
                shutil.copyfile(path, copy)
        toml = folder / "articles.toml"
        if toml.is_file():
            metadata.append(f"# from {folder}\n" + toml.read_text(encoding="utf-8"))
    for stale in target.glob("*.txt"):
        if stale.name not in wanted:
            stale.unlink()
    text = "\n".join(metadata)
    toml = target / "articles.toml"
    if not toml.is_file() or toml.read_text(encoding="utf-8") != text:
        toml.write_text(text, encoding="utf-8")
    return target


# --- one run over a set --------------------------------------------------------------------


@dataclass(frozen=True)
class EvalSet:
    """A question set and the corpus folders its questions are about."""

    name: str
    questions: Path
    folders: tuple[Path, ...]


def default_sets(root: Path) -> list[EvalSet]:
    """The project's sets: the five articles; the five plus the 47-article second corpus (dev and
    test halves); the five plus the 44-article held-out corpus, the 36-article one gathered in the
    sixth session and the 35-article one of the eighth (measured only, never tuned on)."""
    sets = root / "eval" / "sets"
    return [
        EvalSet("five", sets / "five.jsonl", (root / "corpus",)),
        EvalSet("corpus2", sets / "corpus2.jsonl", (root / "corpus", root / "eval" / "corpus2")),
        EvalSet("corpus6", sets / "corpus6.jsonl", (root / "corpus", root / "eval" / "corpus6")),
        EvalSet("corpus38", sets / "corpus38.jsonl", (root / "corpus", root / "eval" / "corpus38")),
        EvalSet("corpus41", sets / "corpus41.jsonl", (root / "corpus", root / "eval" / "corpus41")),
    ]


def project_system(retriever: Any) -> System:
    """askccg's retriever as a System (questions with history go through ``ask``, not here)."""

    def run(q: Question) -> tuple[Ranked, bool | None]:
        hits = retriever.retrieve(q.text, k=5)
        return [Passage(h.citation.source, h.citation.start, h.citation.end, h.text) for h in hits], None

    return run


def retrieval_rows(
    questions: Sequence[Question], retriever: Any, docs: Sequence[tuple[str, str]], *, ablations: bool
) -> list[tuple[str, dict[tuple[str, str], Cell]]]:
    """Baseline, simple hybrid and askccg (or every ablation), measured in the same run."""
    answers = Answers(dict(docs))
    rows = [
        (BASELINE, retrieval_cells(questions, Baseline(docs, retriever.embedder).system(), answers)),
        (SIMPLE, retrieval_cells(questions, SimpleHybrid(docs, retriever.embedder).system(), answers)),
    ]
    variants = ABLATIONS if ablations else {"askccg (default)": {}}
    for name, changes in variants.items():
        rows.append(
            (name, retrieval_cells(questions, project_system(retriever.with_config(**changes)), answers))
        )
    return rows


# --- calibration rows --------------------------------------------------------------------------


def evidence_rows(assistant: Any, questions: Sequence[Question]) -> tuple[list[dict[str, float]], list[bool]]:
    """Features of the best evidence ``ask`` finds for each question, and whether it is answerable.

    Only questions that should be answered or refused outright take part (abstentions
    such as "not stated" are answered by rules, not by the calibration).
    """
    rows, labels = [], []
    for q in questions:
        if q.expect:
            continue
        rows.append(dict(assistant.evidence(q.text, history=list(q.history))))
        labels.append(q.answerable)
    return rows, labels
