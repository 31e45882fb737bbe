"""Which names in a folder changed since we last asked: Linux inotify, read without blocking.

The per-question stale check must cost what changed, not the size of the archive:
stat'ing 100,000 files is a second on a small machine. The kernel already knows
which names were written, created, moved or deleted; ``DirectoryWatch.changes()``
drains those events (no thread, no blocking read). It answers None, meaning "look at
everything", before the first call, when the kernel's queue overflowed, when the
folder itself was moved or deleted, and wherever inotify is unavailable (other
systems, a full instance limit); callers then stat the whole folder.

The standard library has no inotify binding and the calls are three, so they are
made through ``ctypes`` rather than adding a dependency. Changes made on another
machine to a network folder raise no events; ``rescan_every`` bounds how stale such
a folder can look.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import struct
import sys
import threading
import time
import weakref

IN_MODIFY = 0x002
IN_ATTRIB = 0x004
IN_CLOSE_WRITE = 0x008
IN_MOVED_FROM = 0x040
IN_MOVED_TO = 0x080
IN_CREATE = 0x100
IN_DELETE = 0x200
IN_DELETE_SELF = 0x400
IN_MOVE_SELF = 0x800
IN_Q_OVERFLOW = 0x4000
IN_IGNORED = 0x8000
IN_NONBLOCK = os.O_NONBLOCK
IN_CLOEXEC = 0o2000000
MASK = (
    IN_MODIFY
    | IN_ATTRIB
    | IN_CLOSE_WRITE
    | IN_MOVED_FROM
    | IN_MOVED_TO
    | IN_CREATE
    | IN_DELETE
    | IN_DELETE_SELF
    | IN_MOVE_SELF
)
LOST = IN_Q_OVERFLOW | IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF
EVENT = struct.Struct("iIII")  # wd, mask, cookie, len; then len bytes of NUL-padded name
RESCAN_SECONDS = 300.0


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.inotify_init1  # noqa: B018 - the attribute lookup is the availability check
    except (OSError, AttributeError):
        return None
    return libc


class DirectoryWatch:
    """Names created, written, moved or deleted in one folder since the last ``changes()``."""

    def __init__(self, folder: str | os.PathLike[str], *, rescan_every: float = RESCAN_SECONDS) -> None:
        self.folder = os.fspath(folder)
        self.rescan_every = rescan_every
        self._fd = -1
        self._lock = threading.Lock()
        self._last_full: float | None = None  # when callers last looked at everything
        libc = _libc()
        if libc is None:
            return
        fd = libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
        if fd < 0:
            return  # e.g. the per-user instance limit: fall back to stat'ing everything
        if libc.inotify_add_watch(fd, os.fsencode(self.folder), MASK) < 0:
            os.close(fd)
            return
        self._fd = fd
        self._closer = weakref.finalize(self, os.close, fd)

    @property
    def active(self) -> bool:
        return self._fd >= 0

    def changes(self) -> set[str] | None:
        """Names changed since the last call; None when everything must be looked at."""
        with self._lock:
            if self._fd < 0:
                return None
            names, lost = self._drain()
            now = time.monotonic()
            if lost or self._last_full is None or now - self._last_full > self.rescan_every:
                self._last_full = now
                return None
            return names

    def _drain(self) -> tuple[set[str], bool]:
        names: set[str] = set()
        lost = False
        while True:
            try:
                data = os.read(self._fd, 1 << 16)
            except BlockingIOError:
                return names, lost
            except OSError:
                self.close()
                return names, True
            offset, gone = 0, False
            while offset + EVENT.size <= len(data):
                _, mask, _, length = EVENT.unpack_from(data, offset)
                raw = data[offset + EVENT.size : offset + EVENT.size + length].rstrip(b"\0")
                offset += EVENT.size + length
                lost = lost or bool(mask & LOST)
                gone = gone or bool(mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED))
                if raw:
                    names.add(os.fsdecode(raw))
            if gone:  # the folder itself went away: the watch is dead
                self.close()
                return names, True

    def close(self) -> None:
        if self._fd >= 0:
            with contextlib.suppress(OSError):
                self._closer()
            self._fd = -1
