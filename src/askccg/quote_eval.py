"""Scoring speaker attribution against the hand-labelled quotations (``eval/quotes``).

A system quote is the labelled quotation it overlaps most, when the overlap covers at
least half of the shorter of the two spans. Counting:

* precision = correct names / names given; recall = labelled quotations with a person
  or organisation speaker credited to that speaker / all such quotations;
* a name given to a ``not_speech`` or ``unclear`` quotation is wrong;
* ``description`` speakers ("A spokesperson for Hounslow CCG") are outside recall, and
  a name given to one is wrong unless it is that description; ``reader`` speakers are
  outside recall too, and a name given to one is wrong unless it is the signature the
  label gives (an unsigned comment's label names nobody);
* a name given to a quotation of 5+ words that no label covers is wrong (the labels
  hold every quotation of 5+ words); shorter unlabelled quotes are not scored.

Names match by surname plus compatible first name and title (``same_speaker``; clergy
honorifics such as "Bishop" count as titles), joint speakers ("A and B") person by person in
any order; organisations match by their name with "the", a possessive and the long form of
"CCG" folded. Every figure is given for the dev and test halves (split by article);
rules are chosen on dev only.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .attribution import Quote, corpus_quotes
from .conventions import POSTNOMINALS, TITLE_GENDER, TITLE_WORDS, fold_marks
from .corpus import load_corpus

SPLITS = ("dev", "test")  # then the held-out sets (articles gathered after the rules were written), by name
SCORED = frozenset({"person", "organisation"})
MIN_WORDS = 5


@dataclass(frozen=True)
class Label:
    """One hand-labelled quotation (``eval/quotes/labels.jsonl``)."""

    id: str
    file: str  # path from the repository root, e.g. "corpus/x.txt"
    start: int
    end: int
    quote: str
    speaker: str
    speaker_type: str  # person, organisation, description, reader, unclear or not_speech
    split: str


@dataclass(frozen=True)
class Wrong:
    """A name the system gave that the labels do not support."""

    file: str
    given: str
    labelled: str  # "" when no label covers the quote
    label_id: str
    speaker_type: str
    text: str


@dataclass(frozen=True)
class QuoteScore:
    split: str
    labelled: int
    recall_base: int  # labels with a person or organisation speaker
    names_given: int
    correct: int
    credited: int  # recall hits
    unattributed: int  # recall-base labels the system found but gave no name
    not_found: int  # recall-base labels no system quote matched
    wrong: tuple[Wrong, ...]

    @property
    def precision(self) -> float:
        return self.correct / self.names_given if self.names_given else 1.0

    @property
    def recall(self) -> float:
        return self.credited / self.recall_base if self.recall_base else 0.0


def load_labels(path: Path) -> list[Label]:
    fields = Label.__dataclass_fields__
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [Label(**{k: v for k, v in row.items() if k in fields}) for row in rows]


# --- names ----------------------------------------------------------------------------------


def _words(name: str) -> list[str]:
    name = unicodedata.normalize("NFKC", fold_marks(name))
    return re.findall(r"[\w'-]+\.?", name)


# honorifics of clergy, besides the titles the rules know: "Bishop James Jones" is James Jones
# (the rules leave "Bishop" out of TITLE_WORDS, where it would make "Bishop Auckland" a person)
_CLERICAL = frozenset({"Bishop", "Archbishop", "Rt", "Hon", "Revd", "Reverend", "Canon", "Cardinal", "Rabbi"})


_PEERS = frozenset({"Lord", "Baroness", "Baron", "Lady"})
_TITLES_FOLDED = {t.casefold(): t for t in (*TITLE_WORDS, *_CLERICAL)}


def _title_word(word: str) -> str:
    """The honorific ``word`` is, in any case ("cllr Izzi Seccombe"), or ""."""
    return _TITLES_FOLDED.get(word.casefold(), "")


def _split_name(name: str) -> tuple[list[str], list[str]]:
    words = _words(name)
    titles: list[str] = []
    while words and (title := _title_word(words[0].rstrip("."))):
        titles.append(title)
        words.pop(0)
    while len(words) > 1 and words[-1].rstrip(".") in POSTNOMINALS:  # "Robert Francis QC" is Francis
        words.pop()
    if set(titles) & _PEERS and "of" in words[1:]:  # "Lord Hunt of Kings Heath" is Lord Hunt
        words = words[: words.index("of", 1)]
    return titles, words


def org_key(name: str) -> str:
    """An organisation's name folded for comparison: "the", possessives, "clinical commissioning
    group" and an acronym in brackets after the name ("Local Government Association (LGA)")."""
    name = re.sub(r"\s*\([^()]*\)\s*$", "", name)
    text = " ".join(_words(name)).casefold()
    text = re.sub(r"\bclinical commissioning group\b", "ccg", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"'s\b", "", text).strip()


def _acronyms(name: str) -> set[str]:
    """What an organisation's name may be shortened to: itself when it is an acronym, the acronym
    in brackets after it, and its initials ("Association of Directors of Adult Social Services
    (ADASS)" -> {"adass"}).

    Deliberately not people._initials: the scorer reads names on its own, so a fault in the
    rules that credit quotations cannot also hide itself in how they are scored."""
    out = {m.casefold() for m in re.findall(r"\(([A-Z][A-Za-z&]{1,9})\)", name)}
    bare = re.sub(r"\s*\([^()]*\)", "", name).strip()
    if re.fullmatch(r"[A-Z][A-Z&]{1,9}", bare):
        out.add(bare.casefold())
    # "BMA’s GP Committee" is also just the GP Committee (GPC): its owner may be left out
    for text in (bare, re.sub(r"^\S+[’']s\s+", "", bare)):
        words = [
            w for w in re.findall(r"[\w&]+", text) if w.casefold() not in ("of", "for", "and", "the", "&")
        ]
        if len(words) >= 2:
            out.add("".join(w[0] for w in words).casefold())
            out.add("".join(w if w.isupper() else w[0] for w in words).casefold())  # GP Committee: GPC
        without = [w for w in words if w != "NHS"]  # "Norfolk and Suffolk NHS Foundation Trust" is NSFT
        if 2 <= len(without) < len(words):
            out.add("".join(w[0] for w in without).casefold())
    return out


_JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _joined_parts(name: str) -> list[str]:
    """The names a list joins ("QNI and RCN", "Chris Ham, Nigel Edwards and Jennifer Dixon")."""
    return [p for p in _JOINT.split(name) if p]


def _joint_parts(name: str) -> list[str]:
    """The people a joint speaker names ("Richard Stanton and Rhiannon Davies", "Chris Ham, Nigel
    Edwards and Jennifer Dixon"), or just ``name``."""
    parts = _joined_parts(name)
    return parts if len(parts) > 1 and all(len(_split_name(p)[1]) >= 1 for p in parts) else [name]


def same_speaker(given: str, labelled: str, *, organisation: bool = False) -> bool:
    """Whether ``given`` names the labelled speaker.

    People: the surnames are equal; when both give a first name, the first names are
    equal or one is the other's initial; when both give a title, the titles do not
    disagree on gender (Dr fits anyone, Mr never fits Ms). Joint speakers ("A and B"):
    the same people in any order, each by these rules. Organisations: equal names
    once "the", possessives and "clinical commissioning group" are folded.
    """
    if not organisation and (" and " in given or " and " in labelled):
        g, lab = _joint_parts(given), _joint_parts(labelled)
        if len(g) > 1 or len(lab) > 1:
            return len(g) == len(lab) and all(any(same_speaker(x, y) for x in g) for y in lab)
    if organisation:
        if not org_key(given):
            return False
        if org_key(given) == org_key(labelled) or bool(_acronyms(given) & _acronyms(labelled)):
            return True
        g, lab = _joined_parts(given), _joined_parts(labelled)
        return (  # "QNI and RCN" is "RCN and QNI"
            1 < len(g) == len(lab)
            and all(any(same_speaker(x, y, organisation=True) for x in g) for y in lab)
            and all(any(same_speaker(x, y, organisation=True) for y in lab) for x in g)
        )
    g_titles, g_names = _split_name(given)
    l_titles, l_names = _split_name(labelled)
    if not g_names or not l_names or g_names[-1].casefold() != l_names[-1].casefold():
        return False
    if len(g_names) > 1 and len(l_names) > 1 and not _first_names_fit(g_names[0], l_names[0]):
        return False
    genders = {TITLE_GENDER.get(t, "") for t in g_titles} | {TITLE_GENDER.get(t, "") for t in l_titles}
    return not {"m", "f"} <= genders


def _first_names_fit(a: str, b: str) -> bool:
    a, b = a.rstrip(".").casefold(), b.rstrip(".").casefold()
    if a == b:
        return True
    return (len(a) == 1 or len(b) == 1) and a[0] == b[0]


# --- matching -------------------------------------------------------------------------------


def best_label(q: Quote, labels: Sequence[Label]) -> Label | None:
    """The label ``q`` overlaps most (the shortest on a tie), if it covers half of either."""
    best: tuple[int, int, Label] | None = None
    for label in labels:
        overlap = min(q.end, label.end) - max(q.start, label.start)
        if overlap <= 0 or 2 * overlap < min(q.end - q.start, label.end - label.start):
            continue
        key = (overlap, -(label.end - label.start))
        if best is None or key > best[:2]:
            best = (*key, label)
    return best[2] if best else None


def _right(q: Quote, label: Label) -> bool:
    if label.speaker_type == "description":
        return org_key(q.speaker) == org_key(label.speaker)
    if label.speaker_type == "reader":  # a signed comment: its signer's name, never another
        return bool(label.speaker) and same_speaker(q.speaker, label.speaker)
    if label.speaker_type not in SCORED:
        return False
    return same_speaker(q.speaker, label.speaker, organisation=label.speaker_type == "organisation")


def score(quotes: Iterable[tuple[str, Quote]], labels: Sequence[Label], split: str) -> QuoteScore:
    """Precision and recall on one half; ``quotes`` are (file from the repository root, Quote)."""
    mine = [x for x in labels if x.split == split]
    files = {x.file for x in mine}
    by_file: dict[str, list[Label]] = {}
    for x in mine:
        by_file.setdefault(x.file, []).append(x)
    given = correct = 0
    wrong: list[Wrong] = []
    matched: dict[str, list[Quote]] = {}
    for file, q in quotes:
        if file not in files:
            continue
        label = best_label(q, by_file.get(file, []))
        if label is not None:
            matched.setdefault(label.id, []).append(q)
        if not q.speaker or (label is None and len(q.text.split()) < MIN_WORDS):
            continue
        given += 1
        if label is not None and _right(q, label):
            correct += 1
        else:
            wrong.append(
                Wrong(
                    file,
                    q.speaker,
                    label.speaker if label else "",
                    label.id if label else "",
                    label.speaker_type if label else "no label",
                    q.text,
                )
            )
    base = [x for x in mine if x.speaker_type in SCORED]
    credited = sum(any(q.speaker and _right(q, x) for q in matched.get(x.id, [])) for x in base)
    silent = sum(bool(matched.get(x.id)) and not any(q.speaker for q in matched[x.id]) for x in base)
    missing = sum(not matched.get(x.id) for x in base)
    return QuoteScore(split, len(mine), len(base), given, correct, credited, silent, missing, tuple(wrong))


def evaluate_quotes(labels_paths: Sequence[Path], root: Path) -> list[QuoteScore]:
    """Attribute every article the labels come from (in its own corpus folder) and score
    each split the labels hold (dev, test, and the held-out set)."""
    labels = [label for path in labels_paths for label in load_labels(path)]
    quotes: list[tuple[str, Quote]] = []
    for folder in sorted({str(Path(x.file).parent) for x in labels}):
        articles = load_corpus(root / folder).articles
        quotes += [(f"{folder}/{q.source}", q) for q in corpus_quotes(articles)]
    present = {x.split for x in labels}
    order = [*SPLITS, *sorted(present - set(SPLITS))]
    return [score(quotes, labels, split) for split in order if split in present]


def format_quote_scores(scores: Sequence[QuoteScore], *, verbose: bool = True) -> str:
    rows: list[tuple[str, Callable[[QuoteScore], str]]] = [
        ("labelled quotations (5+ words)", lambda s: str(s.labelled)),
        ("  with a person or organisation speaker", lambda s: str(s.recall_base)),
        ("names given", lambda s: str(s.names_given)),
        ("  correct", lambda s: str(s.correct)),
        ("precision", lambda s: f"{s.precision:.3f}"),
        ("recall", lambda s: f"{s.recall:.3f} ({s.credited}/{s.recall_base})"),
        ("  found but unattributed", lambda s: str(s.unattributed)),
        ("  not found as a quotation", lambda s: str(s.not_found)),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"{'':{width}}  " + "  ".join(f"{s.split:>16}" for s in scores)]
    lines += [f"{name:{width}}  " + "  ".join(f"{cell(s):>16}" for s in scores) for name, cell in rows]
    lines.append(
        "Counted: a name on a not_speech or unclear quotation is wrong; description speakers "
        "(unnamed, e.g. 'a spokesperson') are outside recall and a name on one is wrong; reader "
        "comments are outside recall and only their signer's name is right; a name on an unlabelled "
        "quotation of 5+ words is wrong."
    )
    for s in scores:
        lines.append(f"Wrong names ({s.split}): {len(s.wrong)}")
        if verbose:
            for w in s.wrong:
                labelled = f"{w.labelled!r} ({w.speaker_type})" if w.label_id else "no labelled quotation"
                text = " ".join(w.text.split())
                lines.append(
                    f"  {w.label_id or '-'} {w.file}: gave {w.given!r}, labelled {labelled}: “{text[:80]}”"
                )
    return "\n".join(lines)
