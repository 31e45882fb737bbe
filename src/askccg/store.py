"""The index folder on disk: data folders askccg can prove it wrote, and the atomic commit.

Layout::

    manifest.json     the commit point: which segments make the index, and their tombstones
    data-<id>/        one immutable segment each (``segment.py``), holding askccg's marker file
    .build.lock       one writer at a time (readers never take it)

A writer puts new files only in fresh ``data-<id>`` folders, writes the new manifest
inside one of them, and commits by ``os.replace`` onto ``manifest.json``: a writer
killed at any point leaves the old manifest naming old, complete folders. Clean-up
removes only folders holding the marker whose name matches the folder and the data
folders an older manifest named; a folder holding other things and no askccg index is
refused before anything is written to it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Collection, Iterator
from pathlib import Path

from .errors import IndexFolderError
from .stages import reached

MANIFEST = "manifest.json"
LOCK = ".build.lock"
DATA_MARKER = ".askccg-data"  # first file of every data folder a writer creates; holds the folder's name
MAX_MANIFEST_BYTES = 64_000_000  # segments and tombstones; far past any real archive
Stage = Callable[[str], None]


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def checksum(data: object) -> str:
    """sha256 of canonical JSON (sorted keys, no spaces)."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file(path: Path, data: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def fsync_tree(folder: Path) -> None:
    """Every file and folder under ``folder`` on disk before the commit names it."""
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
        elif path.is_dir():
            fsync_dir(path)
    fsync_dir(folder)


@contextlib.contextmanager
def build_lock(folder: Path) -> Iterator[None]:
    """One writer at a time per index folder (readers never need the lock).

    A folder holding other things and no askccg index is refused before the lock file is made.
    """
    claim_folder(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / LOCK).open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def new_data_folder(folder: Path) -> Path:
    """A fresh, empty ``data-<id>`` folder carrying askccg's marker (so only askccg removes it)."""
    name = f"data-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}"
    data = folder / name
    data.mkdir()
    write_file(data / DATA_MARKER, name.encode("ascii"))
    return data


def is_our_data(entry: Path) -> bool:
    marker = entry / DATA_MARKER
    try:
        return entry.is_dir() and not entry.is_symlink() and marker.read_bytes()[:100] == entry.name.encode()
    except OSError:
        return False


def is_our_manifest(path: Path) -> bool:
    """An askccg manifest, possibly damaged: JSON naming a format version and its data."""
    try:
        with path.open("rb") as handle:
            text = handle.read(MAX_MANIFEST_BYTES + 1).decode("utf-8", "replace")
    except OSError:
        return False
    return '"format_version"' in text and ('"segments"' in text or '"data_dir"' in text)


def claim_folder(folder: Path) -> None:
    """Refuse, touching nothing, a folder that holds other things and no askccg index."""
    if not folder.exists():
        return
    if not folder.is_dir():
        raise IndexFolderError(f"{folder} is not a folder; choose a folder for the index")
    manifest = folder / MANIFEST
    if manifest.exists() and not is_our_manifest(manifest):
        raise IndexFolderError(
            f"{folder} is not an askccg index folder ({MANIFEST} is another program's); "
            "choose an empty or new folder for the index"
        )
    if manifest.exists():
        return
    foreign = sorted(e.name for e in folder.iterdir() if e.name != LOCK and not is_our_data(e))
    if foreign:
        shown = ", ".join(printable(n) for n in foreign[:3]) + (", ..." if len(foreign) > 3 else "")
        raise IndexFolderError(
            f"{folder} is not an askccg index folder (it holds {shown}); "
            "choose an empty or new folder for the index"
        )


def printable(name: str) -> str:
    return name if name.isprintable() else name.encode("unicode_escape").decode("ascii")


def named_data_folders(folder: Path) -> set[str]:
    """The data folders the current manifest names, read leniently (any format; none if unreadable)."""
    try:
        with (folder / MANIFEST).open("rb") as handle:
            data = json.loads(handle.read(MAX_MANIFEST_BYTES + 1))
    except (OSError, ValueError):
        return set()
    if not isinstance(data, dict):
        return set()
    names = [data.get("data_dir")]  # format 3 and older: one folder
    segments = data.get("segments")
    if isinstance(segments, list):
        names += [s.get("name") for s in segments if isinstance(s, dict)]
    return {n for n in names if isinstance(n, str) and n.startswith("data-") and "/" not in n}


def commit(
    folder: Path, manifest_json: str, staging: Path, keep: Collection[str], stage: Stage = reached
) -> None:
    """Make ``manifest_json`` the index: written inside ``staging`` (a data folder of ours), then
    renamed onto ``manifest.json``; afterwards remove the data folders it does not ``keep``."""
    previous = named_data_folders(folder)
    tmp = staging / f"{MANIFEST}.tmp"  # inside our own folder: nothing of the user's is named like it
    write_file(tmp, manifest_json.encode("utf-8"))
    fsync_dir(staging)
    stage("manifest-written")
    os.replace(tmp, folder / MANIFEST)  # the commit point
    fsync_dir(folder)
    stage("manifest-committed")
    remove_unused(folder, keep=set(keep), previous=previous)
    stage("cleaned-up")


def remove_unused(folder: Path, keep: set[str], previous: set[str] | None = None) -> None:
    """Delete the data folders askccg wrote that the manifest no longer names, and nothing else.

    Ours are the folders holding askccg's marker and those an earlier manifest named
    (indexes of format 3 and older have no marker).
    """
    previous = previous or set()
    for entry in folder.iterdir():
        if entry.name in keep or not entry.name.startswith("data-"):
            continue
        if is_our_data(entry) or (entry.name in previous and entry.is_dir() and not entry.is_symlink()):
            shutil.rmtree(entry, ignore_errors=True)
