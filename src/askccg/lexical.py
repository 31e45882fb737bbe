"""Lexical search: a tokenizer that keeps names, acronyms and figures, and BM25 over segments.

Figures such as "£3.8bn", "1.4%" or "20" stay single tokens; "CCGs" and "CCG"
meet; English words are stemmed (Snowball) and stop words dropped.

Each index segment keeps ``Postings``: for every term, the passages holding it and
how often (raw counts, never scores). ``LexicalIndex`` scores a question over all
segments with statistics taken over every live passage of all of them (document
frequency, passage count, average length), as Lucene does, minus the passages a
tombstone deleted. So the scores equal, to the last bit, those bm25s (Lucene's
BM25, k1 = 1.2, b = 0.75) gives one index built over the union
(``tests/test_lexical.py`` compares them). bm25s itself stores scores with the IDF
baked in, so it cannot take a new segment without rescoring every passage; the
measurement behind this choice is ``bench/lexical_engines.py``. Postings are saved
as ``.npy`` arrays (no pickle) and a JSON term list.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:%|bn|m|k|st|nd|rd|th)?|[^\W\d_]+(?:['’][^\W\d_]+)*")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
QUESTION_WORDS = {"who", "whom", "whose", "what", "when", "where", "why", "how", "which", "did", "does", "do"}
# Words that frame a question ("how much", "according to") rather than name its topic.
QUESTION_WORDS |= {"much", "many", "often", "according"}
# NLTK's English list, plus reporting verbs that every news passage carries.
ENGLISH = """i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
she her hers herself it its itself they them their theirs themselves this that these those am is are
was were be been being have has had having a an the and but if or because as until while of at by for
with about against between into through during before after above below to from up down in out on off
over under again further then once here there all any both each few more most other some such no nor
not only own same so than too very s t can will just don should now d ll m o re ve y ain aren couldn
didn doesn hadn hasn haven isn ma mightn mustn needn shan shouldn wasn weren won wouldn"""
# Verbs that frame a question or report speech ("what did X argue", "he warned")
# say nothing about the topic.
REPORTING = """said say says told tell tells would could also argue argued argues think thinks thought
believe believes believed claim claims claimed suggest suggests suggested describe described describes
explain explained explains warn warned warns admit admitted admits urge urged urges insist insisted
stress stressed view views opinion position"""
STOPWORDS = frozenset(ENGLISH.split()) | QUESTION_WORDS | frozenset(REPORTING.split())
K1 = 1.2
B = 0.75
EMPTY = "\x00empty"  # the one term of a passage without search terms, so it still counts as a passage
TERMS_FILE = "terms.json"
ARRAYS = ("indptr", "docs", "tf", "doclen")
DF_CACHE = 65_536  # query terms whose live document frequency stays cached per index version


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def _term(word: str) -> str:
    if _ACRONYM_PLURAL.fullmatch(word):
        word = word[:-1]
    word = word.casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word[0].isdigit():
        return word
    return str(_stemmer().stemWord(word))


def tokenize(text: str) -> list[str]:
    """Search terms of a text, in order."""
    text = unicodedata.normalize("NFKC", text)
    words = (w for w in _TOKEN.findall(text) if w.casefold() not in STOPWORDS)
    return [t for t in (_term(w) for w in words) if t and t not in STOPWORDS]


def passage_terms(text: str) -> list[str]:
    """The terms BM25 indexes for a passage (``EMPTY`` when it has none)."""
    return tokenize(text) or [EMPTY]


@dataclass(frozen=True, eq=False)
class Postings:
    """One segment's inverted index: per term, the passages holding it and how often."""

    terms: tuple[str, ...]  # sorted
    indptr: np.ndarray  # int64, len(terms) + 1: term i's postings are [indptr[i], indptr[i + 1])
    docs: np.ndarray  # int32 passage rows, ascending within a term
    tf: np.ndarray  # int32 occurrences of the term in the passage
    doclen: np.ndarray  # int32 terms of each passage, repeats counted

    @cached_property
    def ids(self) -> dict[str, int]:
        return {t: i for i, t in enumerate(self.terms)}

    @property
    def size(self) -> int:
        return len(self.doclen)

    @classmethod
    def build(cls, passages: Sequence[Sequence[str]]) -> Postings:
        """Postings of passages given as their terms (``passage_terms``), row for row."""
        vocab = sorted({t for doc in passages for t in doc})
        ids = {t: i for i, t in enumerate(vocab)}
        term_ids: list[int] = []
        rows: list[int] = []
        counts: list[int] = []
        for row, doc in enumerate(passages):
            for term, n in Counter(doc).items():
                term_ids.append(ids[term])
                rows.append(row)
                counts.append(n)
        doclen = np.array([len(doc) for doc in passages], dtype=np.int32)
        return cls._from_triples(
            tuple(vocab), np.array(term_ids, np.int64), np.array(rows, np.int64), np.array(counts), doclen
        )

    @classmethod
    def _from_triples(
        cls,
        terms: tuple[str, ...],
        term_ids: np.ndarray,
        rows: np.ndarray,
        tf: np.ndarray,
        doclen: np.ndarray,
    ) -> Postings:
        order = np.lexsort((rows, term_ids))
        indptr = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(np.bincount(term_ids, minlength=len(terms)), out=indptr[1:])
        return cls(
            terms, indptr, rows[order].astype(np.int32), tf[order].astype(np.int32), doclen.astype(np.int32)
        )

    def save(self, folder: Path) -> None:
        folder.mkdir()
        (folder / TERMS_FILE).write_text(json.dumps(list(self.terms), ensure_ascii=False), encoding="utf-8")
        for name in ARRAYS:
            with (folder / f"{name}.npy").open("wb") as handle:
                np.save(handle, getattr(self, name), allow_pickle=False)

    @classmethod
    def load(cls, folder: Path) -> Postings:
        """Read saved postings; ValueError when the files do not fit together."""
        terms = json.loads((folder / TERMS_FILE).read_text(encoding="utf-8"))
        if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
            raise ValueError(f"{folder / TERMS_FILE} is not a list of terms")
        arrays = {name: np.load(folder / f"{name}.npy", allow_pickle=False) for name in ARRAYS}
        postings = cls(tuple(terms), **arrays)
        postings.check()
        return postings

    def check(self) -> None:
        ip, docs = self.indptr, self.docs
        if (
            ip.shape != (len(self.terms) + 1,)
            or ip[0] != 0
            or ip[-1] != len(docs)
            or np.any(np.diff(ip) < 0)
            or len(self.tf) != len(docs)
            or (len(docs) and (docs.min() < 0 or docs.max() >= len(self.doclen)))
        ):
            raise ValueError("postings arrays do not fit together")


def merge_postings(parts: Sequence[tuple[Postings, np.ndarray]], size: int) -> Postings:
    """One segment's postings from several: ``rows[i]`` is local passage i's new row, -1 to drop it.

    Equal to ``Postings.build`` over the kept passages in their new order (a test checks it).
    """
    vocab = sorted(set().union(*(p.terms for p, _ in parts)))
    ids = {t: i for i, t in enumerate(vocab)}
    term_ids, rows, tfs = [], [], []
    doclen = np.zeros(size, dtype=np.int32)
    for postings, new_rows in parts:
        kept = new_rows >= 0
        doclen[new_rows[kept]] = postings.doclen[kept]
        to_vocab = np.array([ids[t] for t in postings.terms], dtype=np.int64)
        term_of = np.repeat(to_vocab, np.diff(postings.indptr))
        moved = new_rows[postings.docs]
        keep = moved >= 0
        term_ids.append(term_of[keep])
        rows.append(moved[keep].astype(np.int64))
        tfs.append(postings.tf[keep])
    all_terms = np.concatenate(term_ids) if term_ids else np.zeros(0, np.int64)
    used, compact = np.unique(all_terms, return_inverse=True)
    return Postings._from_triples(
        tuple(vocab[i] for i in used),
        compact.astype(np.int64),
        np.concatenate(rows) if rows else np.zeros(0, np.int64),
        np.concatenate(tfs) if tfs else np.zeros(0, np.int32),
        doclen,
    )


@dataclass(frozen=True, eq=False)
class Part:
    """A segment's postings as one index version sees them."""

    postings: Postings
    rows: np.ndarray  # the index-wide row of each local passage; -1 for a deleted one
    live: np.ndarray | None  # bool per local passage; None when none is deleted


class LexicalIndex:
    """BM25 over the live passages of several segments, with statistics over all of them."""

    def __init__(self, parts: Sequence[Part]) -> None:
        self.parts = tuple(parts)
        self.num_docs = sum(p.postings.size if p.live is None else int(p.live.sum()) for p in self.parts)
        total = sum(
            int(p.postings.doclen.sum() if p.live is None else p.postings.doclen[p.live].sum())
            for p in self.parts
        )
        self.avgdl = total / self.num_docs if self.num_docs else 1.0
        self._df = lru_cache(maxsize=DF_CACHE)(self._live_df)

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        """One segment over ``texts``, rows in order (for tests and small tools)."""
        postings = Postings.build([passage_terms(t) for t in texts])
        return cls([Part(postings, np.arange(postings.size, dtype=np.int64), None)])

    def df(self, term: str) -> int:
        """Live passages holding ``term``, over every segment."""
        return int(self._df(term))

    def _live_df(self, term: str) -> int:
        n = 0
        for part in self.parts:
            p = part.postings
            j = p.ids.get(term)
            if j is None:
                continue
            lo, hi = int(p.indptr[j]), int(p.indptr[j + 1])
            n += hi - lo if part.live is None else int(part.live[p.docs[lo:hi]].sum())
        return n

    def search(self, terms: Sequence[str], n: int) -> tuple[np.ndarray, np.ndarray]:
        """Rows and BM25 scores of the ``n`` best passages (only those matching a term).

        Ties are ordered by row, so the result never depends on how passages fall into segments.
        """
        known = [t for t in terms if self.df(t) > 0]
        if not known or n < 1:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        idf = {t: self._bm25_idf(t) for t in set(known)}
        rows: list[np.ndarray] = []
        scores: list[np.ndarray] = []
        for part in self.parts:
            found = self._part_scores(part.postings, known, idf)
            if found is None:
                continue
            local = np.flatnonzero(found > 0)
            where = part.rows[local]
            live = where >= 0
            rows.append(where[live])
            scores.append(found[local][live])
        if not rows:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        return top_rows(np.concatenate(rows), np.concatenate(scores), n)

    def _bm25_idf(self, term: str) -> np.float32:
        # As bm25s's "lucene" method stores it: float32 of log(1 + (N - df + 0.5) / (df + 0.5)).
        df = self.df(term)
        return np.float32(math.log(1 + (self.num_docs - df + 0.5) / (df + 0.5)))

    def _part_scores(
        self, postings: Postings, known: Sequence[str], idf: dict[str, np.float32]
    ) -> np.ndarray | None:
        """Scores of one segment's passages, term by term in the question's order (as bm25s sums)."""
        scores: np.ndarray | None = None
        for term in known:
            j = postings.ids.get(term)
            if j is None:
                continue
            lo, hi = int(postings.indptr[j]), int(postings.indptr[j + 1])
            docs = postings.docs[lo:hi]
            tf = postings.tf[lo:hi].astype(np.float32)
            tfc = tf / (K1 * ((1 - B) + B * postings.doclen[docs] / self.avgdl) + tf)
            if scores is None:
                scores = np.zeros(postings.size, dtype=np.float32)
            np.add.at(scores, docs, (idf[term] * tfc).astype(np.float32))
        return scores

    def idf(self, term: str) -> float:
        df = self.df(term)
        return math.log(1.0 + (self.num_docs - df + 0.5) / (df + 0.5))

    def coverage(self, terms: Sequence[str], text_terms: AbstractSet[str]) -> float:
        """Share of the query's IDF weight whose terms the text contains (0..1)."""
        unique = set(terms)
        total = sum(self.idf(t) for t in unique)
        if not total:
            return 0.0
        return sum(self.idf(t) for t in unique if t in text_terms) / total


def top_rows(rows: np.ndarray, scores: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``n`` best (row, score) pairs, best first, ties by row."""
    if len(scores) > n:
        cut = np.partition(-scores, n - 1)[n - 1]
        keep = -scores <= cut
        rows, scores = rows[keep], scores[keep]
    order = np.lexsort((rows, -scores))[:n]
    return rows[order].astype(np.int64), scores[order].astype(np.float32)
