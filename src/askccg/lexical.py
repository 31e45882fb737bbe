"""Lexical search: a tokenizer that keeps names, acronyms and figures, and BM25 (bm25s).

Figures such as "£3.8bn", "1.4%" or "20" stay single tokens; "CCGs" and "CCG"
meet; English words are stemmed (Snowball) and stop words dropped. The index is
saved as bm25s's own plain files (``.npy`` arrays without pickle, JSON vocab)
plus ``df.json`` (document frequencies, for the query-coverage score).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path

import bm25s
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
DF_FILE = "df.json"


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


class LexicalIndex:
    """BM25 over the same passages as the vector index, row for row."""

    def __init__(self, bm25: bm25s.BM25, df: dict[str, int], num_docs: int) -> None:
        self.bm25 = bm25
        self.df = df
        self.num_docs = num_docs

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        corpus = [tokenize(t) or ["\x00empty"] for t in texts]
        bm25 = bm25s.BM25(k1=1.2, b=0.75)
        bm25.index(corpus, show_progress=False)
        df = Counter(term for doc in corpus for term in set(doc))
        return cls(bm25, dict(df), len(corpus))

    def save(self, folder: Path) -> None:
        self.bm25.save(str(folder), show_progress=False)
        payload = {"num_docs": self.num_docs, "df": self.df}
        (folder / DF_FILE).write_text(
            json.dumps(payload, ensure_ascii=False, sort_keys=True), encoding="utf-8"
        )

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        bm25 = bm25s.BM25.load(str(folder), load_corpus=False)
        payload = json.loads((folder / DF_FILE).read_text(encoding="utf-8"))
        return cls(bm25, {str(k): int(v) for k, v in payload["df"].items()}, int(payload["num_docs"]))

    def search(self, terms: Sequence[str], n: int) -> tuple[np.ndarray, np.ndarray]:
        """Rows and BM25 scores of the ``n`` best passages (only those matching a term)."""
        known = [t for t in terms if t in self.bm25.vocab_dict]
        if not known:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        scores = self.bm25.get_scores(known)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        keep = scores[top] > 0
        return top[keep].astype(np.int64), scores[top][keep].astype(np.float32)

    def idf(self, term: str) -> float:
        df = self.df.get(term, 0)
        return math.log(1.0 + (self.num_docs - df + 0.5) / (df + 0.5))

    def coverage(self, terms: Sequence[str], text_terms: AbstractSet[str]) -> float:
        """Share of the query's IDF weight whose terms the text contains (0..1)."""
        unique = set(terms)
        total = sum(self.idf(t) for t in unique)
        if not total:
            return 0.0
        return sum(self.idf(t) for t in unique if t in text_terms) / total
