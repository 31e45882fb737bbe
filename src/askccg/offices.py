"""Offices the UK's health news quotes by title alone ("the Prime Minister said", "the Health
Secretary added", "the Information Commissioner observed"), with the people who held them from 2000
to 2024: public record, the same for every article.

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

_HOME_SECRETARIES = (
    "Jacqui Smith", "Alan Johnson", "Theresa May", "Amber Rudd", "Sajid Javid", "Priti Patel",
    "Suella Braverman", "James Cleverly", "Yvette Cooper",
)  # fmt: skip
_FOREIGN_SECRETARIES = (
    "David Miliband", "William Hague", "Philip Hammond", "Boris Johnson", "Jeremy Hunt", "Dominic Raab",
    "Liz Truss", "James Cleverly", "David Cameron", "David Lammy",
)  # fmt: skip
_SHADOW_HEALTH_SECRETARIES = (
    "Andrew Lansley", "John Healey", "Andy Burnham", "Heidi Alexander", "Diane Abbott", "Jonathan Ashworth",
    "Wes Streeting", "Victoria Atkins",
)  # fmt: skip
_CHIEF_MEDICAL_OFFICERS = ("Liam Donaldson", "Sally Davies", "Chris Whitty")  # England's
_CHIEF_NURSING_OFFICERS = ("Christine Beasley", "Jane Cummings", "Ruth May")  # England's
_INFORMATION_COMMISSIONERS = ("Richard Thomas", "Christopher Graham", "Elizabeth Denham", "John Edwards")
_LONDON_MAYORS = ("Ken Livingstone", "Boris Johnson", "Sadiq Khan")
_GPC_CHAIRS = (
    "Hamish Meldrum", "Laurence Buckman", "Chaand Nagpaul", "Richard Vautrey", "Farah Jameel",
    "Katie Bramall-Stainer",
)  # fmt: skip
_BMA_COUNCIL_CHAIRS = ("James Johnson", "Hamish Meldrum", "Mark Porter", "Chaand Nagpaul", "Philip Banfield")
_RCGP_CHAIRS = (
    "Mayur Lakhani", "Steve Field", "Clare Gerada", "Maureen Baker", "Helen Stokes-Lampard",
    "Martin Marshall", "Kamila Hawthorne",
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
    "home secretary": _HOME_SECRETARIES,
    "foreign secretary": _FOREIGN_SECRETARIES,
    "shadow health secretary": _SHADOW_HEALTH_SECRETARIES,
    "chief medical officer": _CHIEF_MEDICAL_OFFICERS,
    "chief nursing officer": _CHIEF_NURSING_OFFICERS,
    "information commissioner": _INFORMATION_COMMISSIONERS,
    "mayor of london": _LONDON_MAYORS,
    "london mayor": _LONDON_MAYORS,
    "gpc chair": _GPC_CHAIRS,
    "chair of the gpc": _GPC_CHAIRS,
    "bma council chair": _BMA_COUNCIL_CHAIRS,
    "chair of the bma council": _BMA_COUNCIL_CHAIRS,
    "rcgp chair": _RCGP_CHAIRS,
    "chair of the rcgp": _RCGP_CHAIRS,
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
