"""Writing new articles into the corpus folder: safe names, no overwrite, one metadata append.

* A file name is made from the headline (ASCII letters, digits and dashes, at
  most ``MAX_STEM`` characters), never from a path the user or a page supplied, so
  nothing can be written outside ``corpus/``.
* Nothing already there is ever replaced: a taken name gets ``-2``, ``-3``...,
  and every file is created with ``O_EXCL``, so even a race cannot overwrite.
* ``articles.toml`` gets the new ``[[article]]`` entries appended (the user's
  comments and layout untouched), written to a temporary file, checked against the
  schema (entries the index already holds are not parsed again) and moved into
  place atomically. If anything fails, the files written by
  this call are removed again and the corpus is as it was.
* One writer at a time: an exclusive lock on ``corpus/.askccg-add.lock``.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import tomllib
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import CorpusError
from .metadata import METADATA_FILE, Known, parse_metadata

MAX_STEM = 64
LOCK_FILE = ".askccg-add.lock"
ENTRY_ORDER = (
    "file",
    "original",
    "kept",
    "format",
    "url",
    "title",
    "publication",
    "date",
    "author",
    "kind",
    "evidence",
)
_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
HEADER = (
    "# Per-article metadata for the files in this folder.\n"
    "#\n"
    "# Every value is what the article itself states; a field it does not state stays\n"
    '# empty (""). `evidence` names what each filled field rests on.\n'
)


@dataclass(frozen=True)
class NewArticle:
    """One article to write: its text, the original to keep beside it, its entry."""

    stem: str  # wanted file name without extension; made unique on writing
    text: str
    original: bytes = b""  # kept beside the text when not empty
    original_suffix: str = ""  # e.g. ".html", decided from the content
    entry: Mapping[str, str] | None = None  # articles.toml fields besides file and kept


@dataclass(frozen=True)
class Written:
    """Where a new article went."""

    file: str
    kept: str = ""


def slug(text: str, fallback: str = "article") -> str:
    """A file-name stem from a headline: ascii, lower case, dashes; never empty, never hidden."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(words) > MAX_STEM:
        cut = words[:MAX_STEM]
        words = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return words or fallback


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and every control character escaped."""
    out = []
    for ch in value:
        if ch in _TOML_ESCAPES:
            out.append(_TOML_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def entry_text(fields: Mapping[str, str]) -> str:
    keys = [k for k in ENTRY_ORDER if k in fields] + sorted(k for k in fields if k not in ENTRY_ORDER)
    return "\n[[article]]\n" + "".join(f"{k} = {toml_string(fields[k])}\n" for k in keys)


@contextlib.contextmanager
def writer_lock(corpus_dir: Path) -> Iterator[None]:
    with open(corpus_dir / LOCK_FILE, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def stems(corpus_dir: Path) -> set[str]:
    """Every name of the folder and each of its prefixes before a dot: the stems already taken."""
    out: set[str] = set()
    for name in os.listdir(corpus_dir):
        out.add(name)
        for n, char in enumerate(name):
            if char == ".":
                out.add(name[:n])
    return out


def unique_stem(stem: str, taken: set[str]) -> str:
    """``stem``, or ``stem-2``, ``stem-3``... when a file of the folder (text or kept original)
    or an entry of this batch has it (``taken``: ``stems()`` and the batch's stems)."""
    candidate, n = stem, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem[: MAX_STEM - len(str(n)) - 1]}-{n}"
    return candidate


def _create(path: Path, data: bytes, made: list[Path]) -> None:
    """Create ``path`` (never replacing anything: O_EXCL) and note it for a roll-back."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    made.append(path)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def write_articles(
    corpus_dir: Path, articles: Sequence[NewArticle], known: Known | None = None
) -> list[Written]:
    """Write every article and its entry, or nothing at all (a CorpusError says why).

    ``known``: articles.toml entries (by the sha256 of their text) checked before.
    """
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist or is not a folder")
    with writer_lock(corpus_dir):
        made: list[Path] = []
        try:
            written, entries = _write_files(corpus_dir, articles, made)
            _append_entries(corpus_dir, entries, known)
        except BaseException:
            for path in made:
                with contextlib.suppress(OSError):
                    path.unlink()
            raise
    return written


def _write_files(
    corpus_dir: Path, articles: Sequence[NewArticle], made: list[Path]
) -> tuple[list[Written], list[str]]:
    reserved = stems(corpus_dir)  # one listing for the batch, not one per name
    written: list[Written] = []
    entries: list[str] = []
    for article in articles:
        stem = unique_stem(slug(article.stem), reserved)
        reserved.add(stem)
        kept = f"{stem}{article.original_suffix}" if article.original else ""
        try:
            if kept:
                _create(corpus_dir / kept, article.original, made)
            _create(corpus_dir / f"{stem}.txt", article.text.encode("utf-8"), made)
        except OSError as exc:
            raise CorpusError(f"cannot write into {corpus_dir} ({exc.strerror})") from None
        fields = {"file": f"{stem}.txt", **({"kept": kept} if kept else {}), **(article.entry or {})}
        entries.append(entry_text(fields))
        written.append(Written(f"{stem}.txt", kept))
    return written, entries


def _append_entries(corpus_dir: Path, entries: Sequence[str], known: Known | None = None) -> None:
    path = corpus_dir / METADATA_FILE
    try:
        old = path.read_text(encoding="utf-8") if path.exists() else HEADER
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path} cannot be read ({exc}); nothing was added") from None
    text = old + ("" if old.endswith("\n") else "\n") + "".join(entries)
    try:
        _, problems = parse_metadata(text, "", known)
    except tomllib.TOMLDecodeError as exc:
        raise CorpusError(f"{path} is not valid TOML ({exc}); nothing was added") from None
    if problems:
        raise CorpusError(f"{path}: " + "; ".join(problems) + "; nothing was added")
    temp = path.with_name(f".{METADATA_FILE}.{os.getpid()}.tmp")
    try:
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise CorpusError(f"cannot write {path} ({exc.strerror}); nothing was added") from None
