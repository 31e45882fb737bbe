"""Given names and the sex most of their bearers have.

A table of 17,275 given names (``data/first_names.tsv``, each with at least 1,000 bearers),
derived from the name-gender table of nomquamgender 0.1.4 (MIT licence, see
``data/LICENSE-first_names.txt``; ``bench/make_first_names.py`` rebuilds it). Attribution uses it
twice, and only where the text itself says nothing:

* a first name borne almost only by men or only by women tells which of "he" and "she" can be
  that person ("Lisa rang ... '...,' he said" is not Lisa);
* a capitalised word that is no given name, before one that is, is not part of the name
  ("Matron Lucy Pitt", "Springfield Ian Fuller" are Lucy Pitt and Ian Fuller).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# a name is taken as a man's or a woman's only when this share of its bearers, or more, are
SURE_SHARE = 0.97
SURE_BEARERS = 5000  # ... and it has at least this many bearers
COMMON_BEARERS = 10000  # a given name common enough to start a name after a word that is none


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[int, float]]:
    text = resources.files("askccg").joinpath("data", "first_names.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[int, float]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, bearers, female = line.split("\t")
        out[name] = (int(bearers), float(female))
    return out


def is_given_name(word: str, bearers: int = 1000) -> bool:
    """Whether ``word`` is a given name of at least ``bearers`` bearers ("Lucy", "Ian", not "Matron";
    the table holds names of 1,000 bearers or more)."""
    found = _table().get(word.casefold())
    return found is not None and found[0] >= bearers


def name_gender(first: str, bearers: int = SURE_BEARERS, share: float = SURE_SHARE) -> str:
    """ "m" or "f" when nearly all (``share``) bearers of the given name ``first`` (at least
    ``bearers`` of them) are men or women, else ""."""
    found = _table().get(first.casefold())
    if found is None or found[0] < bearers:
        return ""
    if found[1] >= share:
        return "f"
    if found[1] <= 1 - share:
        return "m"
    return ""
