"""Offices the UK's health news quotes by title alone ("the Prime Minister said", "the Health
Secretary added"), with the people who held them from 2000 to 2024.

A title resolves to a person only when the article itself names exactly one of the office's
holders (``holder_named``): the table never puts a name in the text, it only tells which of the
people the article names a bare title can mean. An article naming two holders ("former health
secretary Jeremy Hunt ... the Health Secretary, Matt Hancock") resolves nothing by this table.
"""

from __future__ import annotations

from collections.abc import Iterable

from .conventions import strip_title

_HEALTH_SECRETARIES = (
    "Alan Milburn", "John Reid", "Patricia Hewitt", "Alan Johnson", "Andy Burnham", "Andrew Lansley",
    "Jeremy Hunt", "Matt Hancock", "Sajid Javid", "Steve Barclay", "Therese Coffey", "Victoria Atkins",
    "Wes Streeting",
)  # fmt: skip
_NHS_ENGLAND_CHIEFS = ("David Nicholson", "Simon Stevens", "Amanda Pritchard")
_PRIME_MINISTERS = (
    "Tony Blair", "Gordon Brown", "David Cameron", "Theresa May", "Boris Johnson", "Liz Truss",
    "Rishi Sunak", "Keir Starmer",
)  # fmt: skip

# a title as the text gives it (lower case, without "the") -> the people who have held it
OFFICE_HOLDERS: dict[str, tuple[str, ...]] = {
    "prime minister": _PRIME_MINISTERS,
    "pm": _PRIME_MINISTERS,
    "health secretary": _HEALTH_SECRETARIES,
    "secretary of state for health": _HEALTH_SECRETARIES,
    "secretary of state for health and social care": _HEALTH_SECRETARIES,
    "health and social care secretary": _HEALTH_SECRETARIES,
    "chancellor": (
        "Gordon Brown", "Alistair Darling", "George Osborne", "Philip Hammond", "Sajid Javid",
        "Rishi Sunak", "Nadhim Zahawi", "Kwasi Kwarteng", "Jeremy Hunt", "Rachel Reeves",
    ),
    "labour leader": ("Tony Blair", "Gordon Brown", "Ed Miliband", "Jeremy Corbyn", "Keir Starmer"),
    "nhs england chief executive": _NHS_ENGLAND_CHIEFS,
    "nhs england chief": _NHS_ENGLAND_CHIEFS,
    "chief executive of nhs england": _NHS_ENGLAND_CHIEFS,
}  # fmt: skip


def holders(title: str) -> tuple[str, ...]:
    """The people who have held the office ``title`` names ("the Prime Minister"), or ()."""
    key = " ".join(title.casefold().split())
    key = key[4:] if key.startswith("the ") else key
    return OFFICE_HOLDERS.get(key, ())


def holder_named(title: str, names: Iterable[str]) -> str | None:
    """Of ``names`` (the people an article names, each in its fullest form), the one that holds
    or held the office ``title`` names, when exactly one does."""
    wanted = {h.casefold() for h in holders(title)}
    if not wanted:
        return None
    found = {n for n in names if strip_title(n).casefold() in wanted}
    return found.pop() if len(found) == 1 else None
