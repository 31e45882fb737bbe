"""What changed in the corpus folder since an index version, at the cost of what changed.

Every article file is stat'ed (one call each, nothing read). A file the index holds
with the same stat (``segment.ArticleRecord.stat``, kept only when old enough to vouch
for the content) is unchanged; any other is hashed, and read and cleaned only when
its bytes or its ``articles.toml`` entry differ from the index. ``articles.toml``
itself is parsed only when it or the set of files changed, and then only the
entries the index does not already hold (``metadata.parse_metadata``).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from .corpus import (
    MAX_ARTICLE_BYTES,
    MAX_METADATA_BYTES,
    Skipped,
    StatKey,
    listed_files,
    metadata_of,
    printable_name,
    read_article,
    sha256_bytes,
    sha256_file,
    stat_key,
    vouched,
)
from .documents import Article
from .errors import CorpusError
from .index import Catalogue
from .metadata import META_FIELDS, METADATA_FILE, Metadata

KEPT_LIMIT = 64_000_000  # an original kept beside its text (askccg add bounds it far lower)


@dataclass(frozen=True)
class Fresh:
    """An article to index now, with what its record will say about its files."""

    article: Article
    stat: StatKey | None
    entry: dict[str, str]  # its articles.toml fields that reach the index, "" when unstated
    entry_sha256: str
    kept: str = ""
    kept_sha256: str = ""
    kept_stat: StatKey | None = None


@dataclass(frozen=True)
class Scan:
    """The changes since an index version (everything, when there is none)."""

    fresh: tuple[Fresh, ...]  # added or changed articles, read and cleaned, sorted by file name
    deleted: frozenset[str]  # indexed files whose passages go: removed, changed, or now unreadable
    unchanged: int  # indexed articles left as they are
    skipped: tuple[Skipped, ...]
    skipped_hashes: dict[str, str]  # unreadable regular files -> sha256 (not "new" next time)
    skip_reasons: dict[str, str]
    metadata_sha256: str
    metadata_stat: StatKey | None
    notes: tuple[str, ...]  # metadata entries whose file is gone


@dataclass
class _Metadata:
    """articles.toml as this scan sees it: read lazily, parsed only when needed."""

    path: Path
    catalogue: Catalogue | None
    sha256: str = ""
    stat: StatKey | None = None
    data: bytes | None = None
    parsed: Metadata | None = None

    def look(self, now: int) -> None:
        if not self.path.is_file():
            return
        st = self.path.stat()
        if st.st_size > MAX_METADATA_BYTES:
            raise CorpusError(
                f"{self.path}: {st.st_size:,} bytes, over the {MAX_METADATA_BYTES:,}-byte limit"
            )
        manifest = self.catalogue.manifest if self.catalogue else None
        if (
            manifest is not None
            and manifest.metadata_stat is not None
            and manifest.metadata_stat == stat_key(st)
        ):
            self.sha256, self.stat = manifest.metadata_sha256, manifest.metadata_stat
            return
        self.data = self.path.read_bytes()
        self.sha256 = sha256_bytes(self.data)
        after = self.path.stat()
        self.stat = vouched(after, now) if stat_key(after) == stat_key(st) else None

    @property
    def changed(self) -> bool:
        return self.catalogue is None or self.sha256 != self.catalogue.manifest.metadata_sha256

    def entries(self) -> Metadata:
        if self.parsed is None:
            if not self.sha256:
                self.parsed = Metadata()
            else:
                data = self.data if self.data is not None else self.path.read_bytes()
                known = self.catalogue.blocks if self.catalogue else None
                self.parsed = metadata_of(self.path, data, known)
        return self.parsed


def scan_corpus(corpus_dir: Path, catalogue: Catalogue | None) -> Scan:
    """Compare the folder with ``catalogue`` (None: a full build) and read what changed."""
    now = time.time_ns()
    files, skipped = listed_files(corpus_dir)
    metadata = _Metadata(corpus_dir / METADATA_FILE, catalogue)
    metadata.look(now)
    live = catalogue.live if catalogue else {}
    manifest = catalogue.manifest if catalogue else None
    present = {path.name for path, _ in files}
    deleted = {name for name in live if name not in present}
    to_read: list[tuple[Path, os.stat_result]] = []
    hashes: dict[str, str] = {}
    reasons: dict[str, str] = {}
    unchanged = 0
    entries = metadata.entries() if metadata.changed or deleted else None
    for path, st in files:
        name = path.name
        hit = live.get(name)
        if hit is not None:
            record = hit[1]
            same = record.stat is not None and record.stat == stat_key(st)
            if not same:
                hashes[name] = sha256_file(path, MAX_ARTICLE_BYTES)
                same = hashes[name] == record.sha256
            if same and (entries is None or _entry(entries, name) == (record.entry, record.kept)):
                unchanged += 1
                continue
            deleted.add(name)
        elif manifest is not None and name in manifest.skipped and not metadata.changed:
            hashes[name] = sha256_file(path, MAX_ARTICLE_BYTES)
            if hashes[name] == manifest.skipped[name]:
                skipped.append(Skipped(printable_name(name), manifest.skip_reasons.get(name, "unreadable")))
                reasons[name] = skipped[-1].reason
                continue
        to_read.append((path, st))
    if to_read:
        entries = metadata.entries()
    fresh = []
    for path, st in to_read:
        assert entries is not None
        try:
            fresh.append(_read(corpus_dir, path, st, entries, now))
        except CorpusError as exc:
            why = str(exc).split(": ", 1)[-1]
            skipped.append(Skipped(printable_name(path.name), why))
            reasons[path.name] = why
            hashes.setdefault(path.name, _hash_or_empty(path))
    unreadable = {p.name for p, _ in files} & set(reasons)
    notes = (
        tuple(entries.orphans(set(os.listdir(corpus_dir))))
        if entries is not None
        else (manifest.notes if manifest else ())
    )
    return Scan(
        fresh=tuple(sorted(fresh, key=lambda f: f.article.meta.source)),
        deleted=frozenset(deleted),
        unchanged=unchanged,
        skipped=tuple(sorted(skipped, key=lambda s: s.source)),
        skipped_hashes={name: hashes[name] for name in sorted(unreadable) if hashes.get(name)},
        skip_reasons={name: reasons[name] for name in sorted(unreadable)},
        metadata_sha256=metadata.sha256,
        metadata_stat=metadata.stat,
        notes=notes,
    )


def _entry(entries: Metadata, name: str) -> tuple[dict[str, str], str]:
    entry = entries.entries.get(name, {})
    return {k: entry.get(k, "") for k in META_FIELDS}, entries.kept.get(name, "")


def _hash_or_empty(path: Path) -> str:
    try:
        return sha256_file(path, MAX_ARTICLE_BYTES)
    except OSError:
        return ""


def _read(corpus_dir: Path, path: Path, st: os.stat_result, entries: Metadata, now: int) -> Fresh:
    """Read and clean one article; its stat is kept only if the file did not move while read."""
    article = read_article(path, entries.entries.get(path.name))
    try:
        after = path.stat()
    except OSError:
        after = None
    stat = vouched(after, now) if after is not None and stat_key(after) == stat_key(st) else None
    kept = entries.kept.get(path.name, "")
    kept_sha, kept_stat = "", None
    if kept:
        try:
            before = (corpus_dir / kept).stat()
            kept_sha = sha256_file(corpus_dir / kept, KEPT_LIMIT)
            kept_stat = vouched(before, now)
        except OSError:
            kept_sha = ""
    block = entries.blocks.get(path.name, "")
    return Fresh(article, stat, _entry(entries, path.name)[0], block, kept, kept_sha, kept_stat)
