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
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .cleaning import clean
from .documents import Article, Meta
from .errors import CorpusError
from .metadata import METADATA_FILE, Known, Metadata, parse_metadata

ARTICLE_SUFFIXES = (".txt",)
MAX_ARTICLE_BYTES = 5_000_000
MAX_METADATA_BYTES = 64_000_000
OVERSIZE = "oversize:"  # the fingerprint of a file over its limit: its size, never its bytes
RACY_SECONDS = 2  # a file's stat vouches for its content only when it changed longer ago than this
StatKey = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
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
    found, skipped = listed_files(corpus_dir)
    return [path for path, _ in found], skipped


def listed_files(corpus_dir: Path) -> tuple[list[tuple[Path, os.stat_result]], list[Skipped]]:
    """``article_files`` with each file's stat (one ``stat`` per file, nothing read)."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist or is not a folder")
    root = Root(corpus_dir)
    files: list[tuple[Path, os.stat_result]] = []
    skipped: list[Skipped] = []
    with os.scandir(corpus_dir) as entries:
        listing = sorted((e for e in entries if e.name.endswith(ARTICLE_SUFFIXES)), key=lambda e: e.name)
    for entry in listing:
        st, reason = article_stat(corpus_dir, entry.name, entry.is_symlink(), root)
        if st is not None:
            files.append((corpus_dir / entry.name, st))
        elif reason:
            skipped.append(Skipped(printable_name(entry.name), reason))
    return files, skipped


class Root:
    """The corpus folder's real path, resolved once and only if a symlink needs it."""

    def __init__(self, corpus_dir: Path) -> None:
        self.corpus_dir = corpus_dir
        self._real: Path | None = None

    def holds(self, path: str) -> bool:
        self._real = self._real or self.corpus_dir.resolve()
        return Path(os.path.realpath(path)).is_relative_to(self._real)


def article_stat(
    corpus_dir: Path, name: str, is_symlink: bool, root: Root | None = None
) -> tuple[os.stat_result | None, str]:
    """The stat of an article file of the folder, or None and why it is left out ("" when it is
    not an article file at all, or is gone)."""
    if not name.endswith(ARTICLE_SUFFIXES):
        return None, ""
    if name.startswith("."):
        return None, "hidden file (the name starts with a dot)"
    if _UNSAFE_NAME.search(name):
        return None, "file name contains control or bidi characters"
    path = os.path.join(corpus_dir, name)
    if is_symlink and not (root or Root(corpus_dir)).holds(path):
        return None, "symlink pointing outside the corpus folder"
    try:
        st = os.stat(path)
    except FileNotFoundError as exc:  # gone, or a symlink to nothing
        return None, f"cannot be read ({exc.strerror})" if is_symlink else ""
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror})"
    if not stat.S_ISREG(st.st_mode):
        return None, "not a regular file"
    return st, ""


def stat_key(st: os.stat_result) -> StatKey:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def vouched(st: os.stat_result, now_ns: int | None = None) -> StatKey | None:
    """The stat key of a file just read, or None when it changed too recently to vouch for.

    A later write changes the inode's ctime, which nobody can set back; but a write in
    the same clock tick as the read could keep it. So, as git does for its index, a key
    is trusted only when the ctime is older than the read by ``RACY_SECONDS``.
    """
    now = time.time_ns() if now_ns is None else now_ns
    return stat_key(st) if st.st_ctime_ns < now - RACY_SECONDS * 1_000_000_000 else None


def printable_name(name: str) -> str:
    """A file name safe to print on one line."""
    return name.encode("unicode_escape").decode("ascii") if _UNSAFE_NAME.search(name) else name


def load_metadata(corpus_dir: Path, known: Known | None = None) -> Metadata:
    """The checked entries of ``articles.toml`` (empty when there is none).

    The file is checked against its schema (``metadata.check_schema``): every problem
    is named with its line, all of them in one error. Entries in ``known`` (by the
    sha256 of their text) were checked before and are not parsed again.
    """
    path = corpus_dir / METADATA_FILE
    if not path.is_file():
        return Metadata()
    size = path.stat().st_size
    if size > MAX_METADATA_BYTES:
        raise CorpusError(f"{path}: {size:,} bytes, over the {MAX_METADATA_BYTES:,}-byte limit")
    return metadata_of(path, path.read_bytes(), known)


def metadata_of(path: Path, data: bytes, known: Known | None = None) -> Metadata:
    """``load_metadata`` of bytes already read from ``path``."""
    try:
        metadata, problems = parse_metadata(data.decode("utf-8"), sha256_bytes(data), known)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CorpusError(f"{path} is not valid TOML: {exc}") from None
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
