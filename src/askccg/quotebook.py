"""The quotes of one index and the people they name, looked up by article or by speaker."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .attribution import Quote, load_quotes, speaker_label, speaker_names

if TYPE_CHECKING:
    from .index import Index


class QuoteBook:
    """Every direct quotation of the corpus, by article, and the speakers' names.

    ``over(index)`` reads the segments' quotes only when asked (by article, or all of
    them for a speaker), so a reader swapping to a new version does not gather a
    million quotes first.
    """

    def __init__(
        self,
        quotes_of: Callable[[str], Sequence[Quote]],
        every: Callable[[], Sequence[Quote]],
        people: list[str],
    ) -> None:
        self._quotes_of = quotes_of
        self._every = every
        self.people = people  # ways a question may name a quoted person, longest first

    @classmethod
    def of(cls, quotes: Sequence[Quote]) -> QuoteBook:
        everything = tuple(quotes)
        by_source: dict[str, list[Quote]] = {}
        for q in everything:
            by_source.setdefault(q.source, []).append(q)
        return cls(lambda source: by_source.get(source, ()), lambda: everything, speaker_names(everything))

    @classmethod
    def over(cls, index: Index) -> QuoteBook:
        return cls(index.quotes_of, lambda: index.quotes, index.people)

    @classmethod
    def load(cls, path: Path) -> QuoteBook:
        return cls.of(load_quotes(path))

    @property
    def quotes(self) -> Sequence[Quote]:
        return self._every()

    def in_sources(self, sources: Iterable[str]) -> list[Quote]:
        """The quotes of these articles, article by article."""
        return [q for source in dict.fromkeys(sources) for q in self._quotes_of(source)]

    def of_speaker(self, needle: str | None) -> list[Quote]:
        """Quotes whose speaker's name contains ``needle`` (any part, any case; "unattributed" for
        those the text names nobody for); all when None."""
        if not needle:
            return list(self.quotes)
        folded = needle.casefold()
        return [q for q in self.quotes if folded in speaker_label(q).casefold()]
