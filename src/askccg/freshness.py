"""Is the index still the corpus? Checked on every question, at the cost of what changed.

``Freshness`` keeps the sha256 of every article file and of ``articles.toml`` as they
are now, and how they differ from one index version. A check asks the folder's watch
(``watch.py``) which names changed, stats those, and hashes a file only when its stat
moved. Where there is no watch (or the kernel lost events), it stats every file and
still hashes only those whose stat moved. The first check in a process stats every
file but hashes only those whose stat the index cannot vouch for
(``segment.ArticleRecord.stat``), so a new process does not read the archive either.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path

from .corpus import (
    MAX_ARTICLE_BYTES,
    MAX_METADATA_BYTES,
    Root,
    StatKey,
    article_stat,
    listed_files,
    sha256_file,
    stat_key,
)
from .index import Index, corpus_reasons
from .metadata import METADATA_FILE
from .watch import DirectoryWatch


class Freshness:
    """The corpus folder's files as they are now, against the index they were last compared with."""

    def __init__(self, corpus_dir: Path, *, watch: bool = True) -> None:
        self.corpus_dir = corpus_dir
        self._watch = DirectoryWatch(corpus_dir) if watch and corpus_dir.is_dir() else None
        self._seen: dict[str, tuple[StatKey, str]] = {}  # file -> stat key and sha256 when last looked at
        self._links: set[str] = set()  # symlinks: their target's events name the target, so always stat them
        self._index: Index | None = None
        self._known: dict[str, str] = {}  # the index's files (indexed and skipped) -> sha256
        self._drift: dict[str, str] = {}  # file -> "added", "changed" or "removed"
        self._lock = threading.Lock()
        self._scanned = False
        self.hashed = 0  # files hashed so far (tests count them)
        self.stated = 0  # files stat'ed so far

    def reasons(self, index: Index) -> list[str]:
        """What changed since ``index`` was built, one phrase per file ("a.txt changed")."""
        with self._lock:
            names = self._watch.changes() if self._watch is not None else None
            if names is None or not self._scanned:
                self._rescan(index)
            else:
                for name in names | self._links:
                    self._look(name, index)
            if index is not self._index:
                self._rebase(index)
            metadata = self._seen.get(METADATA_FILE, ((0, 0, 0, 0), ""))[1]
            return corpus_reasons(
                {name: self._known[name] for name in self._drift if name in self._known},
                files={name: self._seen[name][1] for name in self._drift if name in self._seen},
                metadata_sha256=metadata,
                indexed_metadata=index.manifest.metadata_sha256,
            )

    def current(self, index: Index) -> dict[str, str]:
        """Every article file's sha256 now (after bringing the state up to date)."""
        self.reasons(index)
        with self._lock:
            return {name: sha for name, (_, sha) in self._seen.items() if name != METADATA_FILE}

    def _rescan(self, index: Index) -> None:
        files, _ = listed_files(self.corpus_dir)
        seen = {path.name for path, _ in files}
        self._links = {path.name for path, _ in files if path.is_symlink()}
        for path, st in files:
            self._record(path.name, st, MAX_ARTICLE_BYTES, index)
        self._look(METADATA_FILE, index)
        for name in [n for n in self._seen if n not in seen and n != METADATA_FILE]:
            del self._seen[name]
            self._update_drift(name)
        self._scanned = True

    def _look(self, name: str, index: Index) -> None:
        """Bring one name up to date: stat it, and hash it if its stat moved."""
        path = self.corpus_dir / name
        if name == METADATA_FILE:
            try:
                st: os.stat_result | None = path.stat() if path.is_file() else None
            except OSError:
                st = None
            limit = MAX_METADATA_BYTES
        else:
            is_link = os.path.islink(path)
            st, _ = article_stat(self.corpus_dir, name, is_link, Root(self.corpus_dir))
            if is_link and st is not None:
                self._links.add(name)
            else:
                self._links.discard(name)
            limit = MAX_ARTICLE_BYTES
        self.stated += 1
        if st is None:
            if self._seen.pop(name, None) is not None:
                self._update_drift(name)
            return
        self._record(name, st, limit, index)

    def _record(self, name: str, st: os.stat_result, limit: int, index: Index) -> None:
        key = stat_key(st)
        old = self._seen.get(name)
        if old is not None and old[0] == key:
            return
        sha = self._vouched(name, key, index)
        if not sha:
            try:
                sha = sha256_file(self.corpus_dir / name, limit)
            except OSError:
                return
            self.hashed += 1
        self._seen[name] = (key, sha)
        self._update_drift(name)

    def _vouched(self, name: str, key: StatKey, index: Index) -> str:
        """The sha256 the index recorded for this exact stat ("" when it cannot vouch)."""
        if name == METADATA_FILE:
            m = index.manifest
            return m.metadata_sha256 if m.metadata_stat is not None and m.metadata_stat == key else ""
        live = index.catalogue.live.get(name)
        if live is not None and live[1].stat is not None and live[1].stat == key:
            return live[1].sha256
        return ""

    def _rebase(self, index: Index) -> None:
        """Compare against another index version (after a build): once per version, not per question."""
        self._index = index
        self._known = {**index.manifest.skipped, **index.articles}
        self._drift = {}
        self._refresh(set(self._known) | set(self._seen))

    def _refresh(self, names: Iterable[str]) -> None:
        for name in names:
            self._update_drift(name)

    def _update_drift(self, name: str) -> None:
        if name == METADATA_FILE or self._index is None:
            return
        now = self._seen.get(name)
        then = self._known.get(name)
        if (now is None and then is None) or (now is not None and now[1] == then):
            self._drift.pop(name, None)
        else:
            self._drift[name] = "removed" if now is None else "added" if then is None else "changed"
