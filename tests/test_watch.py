"""The corpus folder's watch: which names changed since the last question, or "look at everything"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from askccg.watch import DirectoryWatch


@pytest.fixture
def watch(tmp_path: Path) -> DirectoryWatch:
    w = DirectoryWatch(tmp_path)
    if not w.active:
        pytest.skip("no inotify here (callers stat every file instead)")
    return w


def test_first_call_says_look_at_everything_then_names_what_changed(
    tmp_path: Path, watch: DirectoryWatch
) -> None:
    assert watch.changes() is None
    assert watch.changes() == set()
    (tmp_path / "a.txt").write_text("one")
    assert watch.changes() == {"a.txt"}
    (tmp_path / "a.txt").write_text("two")
    os.rename(tmp_path / "a.txt", tmp_path / "b.txt")
    (tmp_path / "c.txt").write_text("new")
    assert watch.changes() == {"a.txt", "b.txt", "c.txt"}
    (tmp_path / "b.txt").unlink()
    os.utime(tmp_path / "c.txt", (0, 0))
    assert watch.changes() == {"b.txt", "c.txt"}
    assert watch.changes() == set()


def test_a_moved_folder_or_a_full_queue_means_look_at_everything(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    w = DirectoryWatch(folder)
    if not w.active:
        pytest.skip("no inotify here")
    w.changes()
    folder.rename(tmp_path / "moved")
    assert w.changes() is None and not w.active
    assert w.changes() is None  # from now on, callers stat everything


def test_a_periodic_full_look_bounds_what_a_network_folder_could_hide(tmp_path: Path) -> None:
    w = DirectoryWatch(tmp_path, rescan_every=0.0)
    if not w.active:
        pytest.skip("no inotify here")
    assert w.changes() is None and w.changes() is None
