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

import hashlib
import itertools
import re
import tomllib
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
    blocks: dict[str, str] = field(default_factory=dict)  # file name -> sha256 of its entry's text
    kept: dict[str, str] = field(default_factory=dict)  # file name -> the original kept beside it

    def orphans(self, present: set[str]) -> list[str]:
        """A note for each entry whose file is not in the folder (ignored, not fatal)."""
        return [
            f"{METADATA_FILE} line {self.lines[name]}: entry for {name!r}, but there is no such file "
            "(the entry is ignored)"
            for name in self.entries
            if name not in present
        ]


METADATA_FILE = "articles.toml"
_HEADER_LINE = re.compile(r"^[ \t]*\[\[[ \t]*(?:article|\"article\"|'article')[ \t]*\]\]", re.M)
Known = Mapping[str, Mapping[str, str]]  # block sha256 -> the entry's fields ("file", META_FIELDS, "kept")
CANONICAL = "\n[[article]]\n"  # how askccg add and most people write an entry's header
WHOLE_PARSE_PAST = 2_000  # unknown entries past which one whole parse is faster than block by block


def block_sha256(block: str) -> str:
    return hashlib.sha256(block.rstrip().encode("utf-8")).hexdigest()


def parse_metadata(text: str, sha256: str = "", known: Known | None = None) -> tuple[Metadata, list[str]]:
    """The entries of ``articles.toml`` text and every problem, as ``check_schema`` finds them.

    An entry whose text (its ``[[article]]`` block) hashes to a block in ``known`` was
    checked before and is not parsed again, so a file of 100,000 entries with one new
    one costs one small parse. Text a line-wise split could misread (multi-line
    strings, keys before the first entry, a block that is not one plain entry) and
    files with many unknown entries are parsed whole.
    """
    blocks = _split(text)
    hashed = [(line, block, block_sha256(block)) for line, block in blocks] if blocks is not None else None
    if hashed is not None and known:
        unknown = sum(1 for *_, key in hashed if key not in known)
        fast = _parse_blocks(hashed, sha256, known) if unknown <= WHOLE_PARSE_PAST else None
        if fast is not None:
            return fast
    meta, problems = check_schema(tomllib.loads(text), text, sha256)
    if hashed is not None and not problems and len(meta.lines) == len(hashed):  # one entry per block
        by_line = {line: key for line, _, key in hashed}
        meta.blocks.update({name: by_line[line] for name, line in meta.lines.items() if line in by_line})
    return meta, problems


def _split(text: str) -> list[tuple[int, str]] | None:
    """Each ``[[article]]`` block with its first line; None when the file needs a whole parse."""
    if '"""' in text or "'''" in text:
        return None
    if text.count("[[") == text.count(CANONICAL) + text.startswith(CANONICAL[1:]):
        pieces = ("\n" + text).split(CANONICAL)  # every header canonical: a plain split (C speed)
        preamble = pieces[0][1:]
        heads = [CANONICAL[1:] + piece for piece in pieces[1:]]
        gaps = [pieces[0].count("\n") + 1] + [piece.count("\n") + 2 for piece in pieces[1:-1]]
    else:
        starts = [m.start() for m in _HEADER_LINE.finditer(text)]
        preamble = text[: starts[0]] if starts else text
        heads = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=False)]
        gaps = [1 + preamble.count("\n")] + [block.count("\n") for block in heads[:-1]]
    try:
        if tomllib.loads(preamble):
            return None
    except tomllib.TOMLDecodeError:
        return None
    lines = list(itertools.accumulate(gaps))[: len(heads)]
    return list(zip(lines, heads, strict=True))


def _parse_blocks(
    blocks: list[tuple[int, str, str]], sha256: str, known: Known
) -> tuple[Metadata, list[str]] | None:
    problems: list[str] = []
    meta = Metadata(sha256=sha256)
    for line, block, key in blocks:
        fields = known.get(key)
        if fields is None:
            try:
                doc = tomllib.loads(block)
            except tomllib.TOMLDecodeError:
                return None
            items = doc.get("article")
            if set(doc) != {"article"} or not isinstance(items, list) or len(items) != 1:
                return None
            lines = block.splitlines()
            checked = _check_entry(items[0], lines, 1, len(lines), problems, offset=line - 1)
            if checked is None:
                continue
            fields = checked
        _add(meta, fields, line, problems, key)
    return meta, problems


def _add(meta: Metadata, fields: Mapping[str, str], line: int, problems: list[str], block: str = "") -> None:
    name = fields["file"]
    if name in meta.lines:
        problems.append(f"line {line}: a second entry for {name!r} (the first is at line {meta.lines[name]})")
        return
    meta.lines[name] = line
    meta.entries[name] = {k: fields.get(k, "") for k in META_FIELDS}
    if fields.get("kept"):
        meta.kept[name] = fields["kept"]
    if block:
        meta.blocks[name] = block


def _lines(text: str) -> tuple[list[int], list[str]]:
    """The line number of each ``[[article]]`` header, and the file's lines."""
    lines = text.splitlines()
    return [n for n, line in enumerate(lines, start=1) if _HEADER.match(line)], lines


def _key_line(lines: list[str], first: int, last: int, key: str, offset: int = 0) -> int:
    """The line of ``key = ...`` between lines ``first`` and ``last`` (or ``first``), plus ``offset``."""
    pattern = re.compile(rf"^\s*(?:{re.escape(key)}|\"{re.escape(key)}\"|'{re.escape(key)}')\s*=")
    for n in range(first, min(last, len(lines)) + 1):
        if pattern.match(lines[n - 1]):
            return n + offset
    return first + offset


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
    meta = Metadata(sha256=sha256)
    for n, item in enumerate(items):
        start = headers[n] if n < len(headers) else 1
        end = headers[n + 1] - 1 if n + 1 < len(headers) else len(lines)
        entry = _check_entry(item, lines, start, end, problems)
        if entry is not None:
            _add(meta, entry, start, problems)
    return meta, problems


def _check_entry(
    item: Mapping[str, Any], lines: list[str], start: int, end: int, problems: list[str], offset: int = 0
) -> dict[str, str] | None:
    """The entry's string fields, or None when it cannot be used; problems are appended.

    ``lines`` from ``start`` to ``end`` hold the entry; ``offset`` is added to reported lines.
    """
    found = len(problems)
    for key, value in item.items():
        line = _key_line(lines, start, end, key, offset)
        if key not in FIELDS:
            problems.append(f"line {line}: unknown field {key!r} (allowed: {', '.join(FIELDS)})")
        elif not isinstance(value, str):
            problems.append(f"line {line}: {key} must be a string in quotes, not {_kind(value)}")
    file = item.get("file")
    if file is None:
        problems.append(f'line {start + offset}: this [[article]] has no file = "..."')
    elif isinstance(file, str) and not is_file_name(file):
        problems.append(
            f"line {_key_line(lines, start, end, 'file', offset)}: file {file!r} is not a file name"
        )
    kept = item.get("kept", "")
    if isinstance(kept, str) and kept and not is_file_name(kept):
        problems.append(
            f"line {_key_line(lines, start, end, 'kept', offset)}: kept {kept!r} is not a file name"
        )
    date = item.get("date", "")
    if isinstance(date, str) and date and not is_iso_date(date):
        problems.append(
            f"line {_key_line(lines, start, end, 'date', offset)}: date {date!r} is not a real date "
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
