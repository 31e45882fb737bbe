"""Writing new articles into the corpus folder: safe names, no overwrite, one metadata append.

* A file name is made from the headline (ASCII letters, digits and dashes, at
  most ``MAX_STEM`` characters), never from a path the user or a page supplied, so
  nothing can be written outside ``corpus/``.
* Nothing already there is ever replaced: a taken name gets ``-2``, ``-3``...,
  and every file is created with ``O_EXCL``, so even a race cannot overwrite.
* ``articles.toml`` gets the new ``[[article]]`` entries appended in place (the
  user's comments and layout untouched), after the whole file with them is checked
  against the schema (entries the index already holds are not parsed again). A
  journal written first names the new files and the file's old length; if anything
  fails, or the process is killed, the files are removed and the file cut back (at
  once, or by the next add), and the corpus is as it was.
* One writer at a time: an exclusive lock on ``corpus/.askccg-add.lock``.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import tomllib
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import CorpusError
from .metadata import METADATA_FILE, Known, parse_metadata
from .stages import reached

MAX_STEM = 64
LOCK_FILE = ".askccg-add.lock"
JOURNAL = ".askccg-add.journal"  # what an unfinished add wrote (hidden: never read as an article)
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


def _write_new(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Create ``path`` (never replacing anything unless told: O_EXCL) with ``data``, on disk."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if replace else os.O_EXCL)
    fd = os.open(path, flags, 0o644)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def write_articles(
    corpus_dir: Path, articles: Sequence[NewArticle], known: Known | None = None
) -> list[Written]:
    """Write every article and its entry, or nothing at all (a CorpusError says why).

    ``known``: articles.toml entries (by the sha256 of their text) checked before, so
    only the new ones are parsed. The entries are appended in place (an add writes what
    it adds, not the whole file again), with a journal naming the files and the file's
    old length: an add killed half way is rolled back by the next one (``roll_back``).
    """
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist or is not a folder")
    with writer_lock(corpus_dir):
        roll_back(corpus_dir)
        planned = _plan(corpus_dir, articles)
        toml = corpus_dir / METADATA_FILE
        old = _read(toml)
        addition = _checked(toml, old, [entry for _, entry, _ in planned], known)
        files = {path.name: hashlib.sha256(data).hexdigest() for _, _, made in planned for path, data in made}
        journal = {"files": files, "size": -1 if old is None else len(old)}
        journal["sha256"] = hashlib.sha256(addition if old is None else old).hexdigest()
        _write_new(corpus_dir / JOURNAL, json.dumps(journal).encode("utf-8"), replace=True)
        reached("add-journal-written")
        try:
            for _, _, made in planned:
                for path, data in made:
                    _create(path, data)
            reached("add-files-written")
            _append(toml, old, addition)
            reached("add-appended")
        except BaseException:
            roll_back(corpus_dir)
            raise
        _finish(corpus_dir)
    return [written for written, _, _ in planned]


def roll_back(corpus_dir: Path) -> None:
    """Undo an add the journal says did not finish: remove its files (those still holding what it
    wrote) and cut articles.toml back to its old length (if what precedes is unchanged; a file
    the add created is removed only if it still holds just what the add wrote)."""
    path = corpus_dir / JOURNAL
    try:
        journal = json.loads(path.read_bytes())
    except FileNotFoundError:
        return
    except (OSError, ValueError):
        journal = {}
    for name, sha in dict(journal.get("files", {})).items():
        target = corpus_dir / name
        with contextlib.suppress(OSError):
            if "/" not in name and hashlib.sha256(target.read_bytes()).hexdigest() == sha:
                target.unlink()
    toml, size = corpus_dir / METADATA_FILE, journal.get("size")
    with contextlib.suppress(OSError):
        data = toml.read_bytes()
        if not isinstance(size, int):
            pass
        elif size < 0 and hashlib.sha256(data).hexdigest() == journal.get("sha256"):
            toml.unlink()
        elif 0 <= size < len(data) and hashlib.sha256(data[:size]).hexdigest() == journal.get("sha256"):
            with toml.open("r+b") as handle:
                handle.truncate(size)
                os.fsync(handle.fileno())
    _finish(corpus_dir)


def _finish(corpus_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (corpus_dir / JOURNAL).unlink()
    fd = os.open(corpus_dir, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _plan(
    corpus_dir: Path, articles: Sequence[NewArticle]
) -> list[tuple[Written, str, list[tuple[Path, bytes]]]]:
    """Each article's names (never taken), its entry and the files to create."""
    reserved = stems(corpus_dir)  # one listing for the batch, not one per name
    planned = []
    for article in articles:
        stem = unique_stem(slug(article.stem), reserved)
        reserved.add(stem)
        kept = f"{stem}{article.original_suffix}" if article.original else ""
        made = [(corpus_dir / kept, article.original)] if kept else []
        made.append((corpus_dir / f"{stem}.txt", article.text.encode("utf-8")))
        fields = {"file": f"{stem}.txt", **({"kept": kept} if kept else {}), **(article.entry or {})}
        planned.append((Written(f"{stem}.txt", kept), entry_text(fields), made))
    return planned


def _create(path: Path, data: bytes) -> None:
    try:
        _write_new(path, data)
    except OSError as exc:
        raise CorpusError(f"cannot write into {path.parent} ({exc.strerror})") from None


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes() if path.exists() else None
    except OSError as exc:
        raise CorpusError(f"{path} cannot be read ({exc.strerror}); nothing was added") from None


def _checked(path: Path, old: bytes | None, entries: Sequence[str], known: Known | None) -> bytes:
    """What to append to articles.toml (the whole file when there is none), checked with it."""
    try:
        before = HEADER if old is None else old.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path} cannot be read ({exc}); nothing was added") from None
    addition = ("" if before.endswith("\n") else "\n") + "".join(entries)
    try:
        _, problems = parse_metadata(before + addition, "", known)
    except tomllib.TOMLDecodeError as exc:
        raise CorpusError(f"{path} is not valid TOML ({exc}); nothing was added") from None
    if problems:
        raise CorpusError(f"{path}: " + "; ".join(problems) + "; nothing was added")
    return ((HEADER if old is None else "") + addition).encode("utf-8")


def _append(path: Path, old: bytes | None, addition: bytes) -> None:
    try:
        if old is None:
            _write_new(path, addition)
            return
        with path.open("r+b") as handle:
            handle.seek(len(old))
            handle.write(addition)
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise CorpusError(f"cannot write {path} ({exc.strerror}); nothing was added") from None
