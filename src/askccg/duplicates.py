"""Paragraph keys: how askccg tells that an article is already in the corpus.

An article's keys are its kept body lines (reader comments and site furniture left
out by the cleaner), folded by ``cleaning.normalise``, of at least
``MIN_PARAGRAPH_WORDS`` words. A new article is a duplicate when ``DUPLICATE_SHARE``
of its keys are, word for word, in one existing article: the same story saved twice
or in two formats differs only in furniture, which the cleaner drops.

Each index segment stores its articles' keys as 64-bit hashes (``paragraphs.npy``),
so adding a file checks it against the whole archive without reading the archive.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

import numpy as np

from .cleaning import normalise
from .documents import Section

DUPLICATE_SHARE = 0.8
MIN_PARAGRAPH_WORDS = 6  # shorter lines ("Share this", captions) say nothing about identity


def body_keys(raw: str, sections: Sequence[Section]) -> set[str]:
    """The article's kept body lines, folded for comparison."""
    out = set()
    for section in sections:
        if section.kind != "article":
            continue
        for line in raw[section.start : section.end].splitlines():
            key = normalise(line)
            if len(key.split()) >= MIN_PARAGRAPH_WORDS:
                out.add(key)
    return out


def key_hashes(keys: Iterable[str]) -> np.ndarray:
    """Sorted 64-bit hashes of the keys (the first 8 bytes of each key's sha256)."""
    values = {int.from_bytes(hashlib.sha256(k.encode("utf-8")).digest()[:8], "little") for k in keys}
    return np.array(sorted(values), dtype=np.uint64)


def shared_counts(
    candidate: np.ndarray, stored: np.ndarray, firsts: np.ndarray, counts: np.ndarray
) -> np.ndarray:
    """For each stored article (its keys at ``stored[firsts[i] : firsts[i] + counts[i]]``), how many
    of the candidate's keys it holds."""
    if len(stored) == 0 or len(candidate) == 0:
        return np.zeros(len(firsts), dtype=np.int64)
    hit = np.isin(stored, candidate).astype(np.int64)
    cumulative = np.concatenate([[0], np.cumsum(hit)])
    return cumulative[firsts + counts] - cumulative[firsts]  # type: ignore[no-any-return]
