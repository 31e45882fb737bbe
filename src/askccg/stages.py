"""Named points of a build and of a merge, so tests can stop either at an exact stage.

``reached(name)`` does nothing unless the environment variable ``ASKCCG_TEST_KILL_AT``
names that stage; then the process kills itself with SIGKILL there, as a power cut
or ``kill -9`` would. The kill-9 test walks every stage and checks that the index
that loads afterwards is wholly the old one (before ``manifest-committed``) or
wholly the new one (from it on). A merge passes the same points of writing a
segment and committing, prefixed ``merge-`` (``merge.py``).
"""

from __future__ import annotations

import os
import signal

KILL_VARIABLE = "ASKCCG_TEST_KILL_AT"
BEFORE_COMMIT = (
    "corpus-read",
    "chunked",
    "embedded",
    "data-folder-created",
    "vectors-written",
    "chunks-written",
    "sentences-written",
    "extras-written",
    "manifest-written",
)
AFTER_COMMIT = ("manifest-committed", "cleaned-up")
STAGES = BEFORE_COMMIT + AFTER_COMMIT
MERGE_BEFORE_COMMIT = tuple(
    f"merge-{s}"
    for s in (
        "started",
        "data-folder-created",
        "vectors-written",
        "chunks-written",
        "sentences-written",
        "extras-written",
        "manifest-written",
    )
)
MERGE_AFTER_COMMIT = ("merge-manifest-committed", "merge-cleaned-up")
MERGE_STAGES = MERGE_BEFORE_COMMIT + MERGE_AFTER_COMMIT


def reached(stage: str) -> None:
    if os.environ.get(KILL_VARIABLE) == stage:
        os.kill(os.getpid(), signal.SIGKILL)
