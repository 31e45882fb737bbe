"""The quotes of one index and the people they name, looked up by article or by speaker."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from .attribution import Quote, load_quotes, speaker_label, speaker_names


class QuoteBook:
    """Every direct quotation of the corpus, by article, and the speakers' names."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.quotes = tuple(quotes)
        self.by_source: dict[str, list[Quote]] = {}
        for q in self.quotes:
            self.by_source.setdefault(q.source, []).append(q)
        self.people = speaker_names(self.quotes)  # ways a question may name a quoted person

    @classmethod
    def load(cls, path: Path) -> QuoteBook:
        return cls(load_quotes(path))

    def in_sources(self, sources: Iterable[str]) -> list[Quote]:
        """The quotes of these articles, article by article."""
        return [q for source in dict.fromkeys(sources) for q in self.by_source.get(source, [])]

    def of_speaker(self, needle: str | None) -> list[Quote]:
        """Quotes whose speaker's name contains ``needle`` (any part, any case; "unattributed" for
        those the text names nobody for); all when None."""
        if not needle:
            return list(self.quotes)
        folded = needle.casefold()
        return [q for q in self.quotes if folded in speaker_label(q).casefold()]
