"""Read the corpus folder: raw article files plus ``articles.toml`` metadata.

Bad files never stop a build: each is skipped with a reason the user can act on.
Offsets everywhere are character offsets into the file decoded as UTF-8 with its
line endings untouched (``newline=""``), so ``raw[start:end]`` is exact.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import threading
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .cleaning import clean
from .documents import Article, Meta
from .errors import CorpusError
from .metadata import METADATA_FILE, Metadata, check_schema

ARTICLE_SUFFIXES = (".txt",)
MAX_ARTICLE_BYTES = 5_000_000
MAX_METADATA_BYTES = 64_000_000
OVERSIZE = "oversize:"  # the fingerprint of a file over its limit: its size, never its bytes
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Skipped:
    """A corpus file left out of the build, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    """The articles that could be read, the files that could not, and notes on the metadata."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    metadata_sha256: str
    notes: tuple[str, ...] = ()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path, limit: int) -> str:
    """sha256 of the file, read in blocks; ``oversize:<bytes>`` past ``limit``, decided from
    the size and never reading more than ``limit`` bytes (a file may grow while it is read)."""
    size = path.stat().st_size
    if size > limit:
        return f"{OVERSIZE}{size}"
    digest, read = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while block := handle.read(min(1 << 20, limit + 1 - read)):
            read += len(block)
            if read > limit:
                return f"{OVERSIZE}{os.fstat(handle.fileno()).st_size}"
            digest.update(block)
    return digest.hexdigest()


def article_files(corpus_dir: Path) -> tuple[list[Path], list[Skipped]]:
    """Regular article files directly in the folder; symlinks leaving it are refused."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist or is not a folder")
    root = corpus_dir.resolve()
    files: list[Path] = []
    skipped: list[Skipped] = []
    for entry in sorted(os.scandir(corpus_dir), key=lambda e: e.name):
        name = entry.name
        if not name.endswith(ARTICLE_SUFFIXES):
            continue
        shown = printable_name(name)
        if name.startswith("."):
            skipped.append(Skipped(shown, "hidden file (the name starts with a dot)"))
            continue
        if _UNSAFE_NAME.search(name):
            skipped.append(Skipped(shown, "file name contains control or bidi characters"))
            continue
        path = Path(entry.path)
        if entry.is_symlink() and not Path(os.path.realpath(path)).is_relative_to(root):
            skipped.append(Skipped(shown, "symlink pointing outside the corpus folder"))
            continue
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            skipped.append(Skipped(shown, f"cannot be read ({exc.strerror})"))
            continue
        if not stat.S_ISREG(mode):
            skipped.append(Skipped(shown, "not a regular file"))
            continue
        files.append(path)
    return files, skipped


def printable_name(name: str) -> str:
    """A file name safe to print on one line."""
    return name.encode("unicode_escape").decode("ascii") if _UNSAFE_NAME.search(name) else name


def load_metadata(corpus_dir: Path) -> Metadata:
    """The checked entries of ``articles.toml`` (empty when there is none).

    The file is checked against its schema (``metadata.check_schema``): every problem
    is named with its line, all of them in one error.
    """
    path = corpus_dir / METADATA_FILE
    if not path.is_file():
        return Metadata()
    size = path.stat().st_size
    if size > MAX_METADATA_BYTES:
        raise CorpusError(f"{path}: {size:,} bytes, over the {MAX_METADATA_BYTES:,}-byte limit")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
        doc = tomllib.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CorpusError(f"{path} is not valid TOML: {exc}") from None
    metadata, problems = check_schema(doc, text, sha256_bytes(data))
    if problems:
        raise CorpusError(f"{path}: " + "; ".join(problems))
    return metadata


def check_size(size: int, name: str) -> None:
    if size > MAX_ARTICLE_BYTES:
        raise CorpusError(f"{name}: {size:,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit")


def decode_article(data: bytes, name: str) -> str:
    """UTF-8 text, or a CorpusError saying what is wrong with the file."""
    check_size(len(data), name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CorpusError(f"{name}: UTF-16 text; convert it to UTF-8")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{name}: not UTF-8 text (bad byte at offset {exc.start}); convert it to UTF-8"
        ) from None
    if "\x00" in text:
        raise CorpusError(f"{name}: contains NUL bytes; not a text file")
    if not text.strip():
        raise CorpusError(f"{name}: empty")
    return text


def read_article(path: Path, meta: dict[str, str] | None) -> Article:
    """Read and clean one article file."""
    name = path.name
    try:
        check_size(path.stat().st_size, printable_name(name))  # before reading: a huge file is never loaded
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{printable_name(name)}: cannot be read ({exc.strerror})") from None
    raw = decode_article(data, printable_name(name))
    meta = meta or {}
    cleaned = clean(raw, meta.get("title", ""))
    if not cleaned.sections:
        raise CorpusError(f"{printable_name(name)}: no article text left after cleaning")
    info = Meta(
        article_id=path.stem,
        source=name,
        title=cleaned.title,
        publication=meta.get("publication", ""),
        date=meta.get("date", ""),
        author=meta.get("author", ""),
        kind=meta.get("kind", "") or "news",
    )
    return Article(
        meta=info,
        raw=raw,
        sha256=sha256_bytes(data),
        sections=cleaned.sections,
        paragraph_starts=cleaned.paragraph_starts,
        comment_count=cleaned.comment_count,
        dropped=cleaned.dropped,
        page_starts=cleaned.page_starts,
    )


def load_corpus(corpus_dir: Path) -> Corpus:
    """Every readable article of the folder; unreadable ones are listed, not fatal."""
    files, skipped = article_files(corpus_dir)
    metadata = load_metadata(corpus_dir)
    articles: list[Article] = []
    for path in files:
        try:
            articles.append(read_article(path, metadata.entries.get(path.name)))
        except CorpusError as exc:
            skipped.append(Skipped(printable_name(path.name), str(exc).split(": ", 1)[-1]))
    notes = metadata.orphans(set(os.listdir(corpus_dir)))
    return Corpus(tuple(articles), tuple(skipped), metadata.sha256, tuple(notes))


def file_hashes(paths: Iterable[Path]) -> dict[str, str]:
    """sha256 of each readable file by file name (``oversize:<bytes>`` past the article limit)."""
    hashes: dict[str, str] = {}
    for path in paths:
        try:
            hashes[path.name] = sha256_file(path, MAX_ARTICLE_BYTES)
        except OSError:
            continue
    return hashes


def hashes_of_skipped(corpus_dir: Path, skipped: Iterable[Skipped]) -> dict[str, str]:
    """sha256 of the skipped files ``fingerprint`` also sees, so they do not count as new next time."""
    names = {s.source for s in skipped}
    files, _ = article_files(corpus_dir)
    return file_hashes(p for p in files if p.name in names)


StatKey = tuple[int, int, int, int]


class Fingerprints:
    """sha256 of every article file and of the metadata file, without cleaning or parsing.

    Each call stats the files and hashes only those whose size, mtime, ctime or inode
    changed since the previous call, so a server can check the corpus on every question.
    """

    def __init__(self, corpus_dir: Path) -> None:
        self.corpus_dir = corpus_dir
        self._known: dict[str, tuple[StatKey, str]] = {}
        self._lock = threading.Lock()

    def current(self) -> tuple[dict[str, str], str]:
        files, _ = article_files(self.corpus_dir)
        metadata = self.corpus_dir / METADATA_FILE
        with self._lock:
            known: dict[str, tuple[StatKey, str]] = {}
            hashes = {p.name: h for p in files if (h := self._hash(p, MAX_ARTICLE_BYTES, known))}
            metadata_sha = self._hash(metadata, MAX_METADATA_BYTES, known) if metadata.is_file() else ""
            self._known = known
        return hashes, metadata_sha

    def _hash(self, path: Path, limit: int, known: dict[str, tuple[StatKey, str]]) -> str:
        try:
            st = path.stat()
            key = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
            cached = self._known.get(path.name)
            digest = cached[1] if cached and cached[0] == key else sha256_file(path, limit)
        except OSError:
            return ""
        known[path.name] = (key, digest)
        return digest


def fingerprint(corpus_dir: Path) -> tuple[dict[str, str], str]:
    """sha256 of every article file and of the metadata, without cleaning anything."""
    return Fingerprints(corpus_dir).current()
