"""The schema of ``articles.toml``: what each ``[[article]]`` entry may hold.

The file is written for people: every value is a string the article's own text
states ("" when it states none), with the words it rests on in ``evidence``. A
problem is reported with its line, and every problem at once, so one edit fixes
them all::

    [[article]]
    file = "give-ccgs-the-budget.txt"     # required: a file name in the corpus folder
    title = "Give CCGs the budget ..."    # the headline
    publication = "Pulse"
    date = "2014-05-18"                   # yyyy, yyyy-mm or yyyy-mm-dd, a real calendar date
    author = ""
    kind = "news"
    evidence = "publication: 'Dr Dixon told Pulse'"

``askccg add`` writes the same entries, and three more notes: ``original`` (the
file's name as delivered), ``kept`` (the copy of that original kept beside the
text, a file name in the corpus folder) and ``format`` (html, pdf, docx,
markdown or text, decided from the file's content). ``evidence`` names, field by
field ("title: ...; author: ..."), the markup or words each value rests on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .documents import is_iso_date

META_FIELDS = ("title", "publication", "date", "author", "kind")  # what reaches Article.meta
NOTE_FIELDS = ("original", "kept", "format", "evidence", "url")  # kept for the reader, not used by the index
FIELDS = ("file", *META_FIELDS, *NOTE_FIELDS)
_HEADER = re.compile(r'^\s*\[\[\s*(?:article|"article"|\'article\')\s*\]\]')


@dataclass(frozen=True)
class Metadata:
    """The checked entries of ``articles.toml`` by file name, and where each stands."""

    entries: dict[str, dict[str, str]] = field(default_factory=dict)
    sha256: str = ""  # of the file's bytes; "" when there is no file
    lines: dict[str, int] = field(default_factory=dict)  # file name -> line of its [[article]]

    def orphans(self, present: set[str]) -> list[str]:
        """A note for each entry whose file is not in the folder (ignored, not fatal)."""
        return [
            f"{METADATA_FILE} line {self.lines[name]}: entry for {name!r}, but there is no such file "
            "(the entry is ignored)"
            for name in self.entries
            if name not in present
        ]


METADATA_FILE = "articles.toml"


def _lines(text: str) -> tuple[list[int], list[str]]:
    """The line number of each ``[[article]]`` header, and the file's lines."""
    lines = text.splitlines()
    return [n for n, line in enumerate(lines, start=1) if _HEADER.match(line)], lines


def _key_line(lines: list[str], first: int, last: int, key: str) -> int:
    """The line of ``key = ...`` between lines ``first`` and ``last`` (or ``first``)."""
    pattern = re.compile(rf"^\s*(?:{re.escape(key)}|\"{re.escape(key)}\"|'{re.escape(key)}')\s*=")
    for n in range(first, min(last, len(lines)) + 1):
        if pattern.match(lines[n - 1]):
            return n
    return first


def check_schema(doc: Mapping[str, Any], text: str, sha256: str = "") -> tuple[Metadata, list[str]]:
    """The entries, and every problem as "line N: ..." (none when the file is right)."""
    headers, lines = _lines(text)
    problems: list[str] = []
    for key in doc:
        if key != "article":
            problems.append(f"line {_key_line(lines, 1, len(lines), key)}: unknown setting {key!r}")
    items = doc.get("article", [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        line = _key_line(lines, 1, len(lines), "article")
        problems.append(f"line {line}: `article` must be a list of [[article]] tables, not {_kind(items)}")
        return Metadata(), problems
    entries: dict[str, dict[str, str]] = {}
    first_line: dict[str, int] = {}
    for n, item in enumerate(items):
        start = headers[n] if n < len(headers) else 1
        end = headers[n + 1] - 1 if n + 1 < len(headers) else len(lines)
        entry = _check_entry(item, lines, start, end, problems)
        if entry is None:
            continue
        name = entry["file"]
        if name in first_line:
            problems.append(
                f"line {start}: a second entry for {name!r} (the first is at line {first_line[name]})"
            )
            continue
        first_line[name] = start
        entries[name] = {k: entry.get(k, "") for k in META_FIELDS}
    return Metadata(entries, sha256, first_line), problems


def _check_entry(
    item: Mapping[str, Any], lines: list[str], start: int, end: int, problems: list[str]
) -> dict[str, str] | None:
    """The entry's string fields, or None when it cannot be used; problems are appended."""
    found = len(problems)
    for key, value in item.items():
        line = _key_line(lines, start, end, key)
        if key not in FIELDS:
            problems.append(f"line {line}: unknown field {key!r} (allowed: {', '.join(FIELDS)})")
        elif not isinstance(value, str):
            problems.append(f"line {line}: {key} must be a string in quotes, not {_kind(value)}")
    file = item.get("file")
    if file is None:
        problems.append(f'line {start}: this [[article]] has no file = "..."')
    elif isinstance(file, str) and not is_file_name(file):
        problems.append(f"line {_key_line(lines, start, end, 'file')}: file {file!r} is not a file name")
    kept = item.get("kept", "")
    if isinstance(kept, str) and kept and not is_file_name(kept):
        problems.append(f"line {_key_line(lines, start, end, 'kept')}: kept {kept!r} is not a file name")
    date = item.get("date", "")
    if isinstance(date, str) and date and not is_iso_date(date):
        problems.append(
            f"line {_key_line(lines, start, end, 'date')}: date {date!r} is not a real date "
            "(yyyy, yyyy-mm or yyyy-mm-dd)"
        )
    if len(problems) > found:
        return None
    return {k: v for k, v in item.items() if isinstance(v, str)}


def is_file_name(name: str) -> bool:
    """A plain name inside the corpus folder: no folder part, never ``.`` or ``..``."""
    return bool(name) and "/" not in name and "\\" not in name and name not in (".", "..")


def _kind(value: object) -> str:
    names = {
        int: "a number",
        float: "a number",
        bool: "true/false",
        list: "a list",
        dict: "a table",
        str: "text",
    }
    return names.get(type(value), f"a TOML {type(value).__name__}")
