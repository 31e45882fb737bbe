"""Every hand-labelled attribution set passes its own checks (eval/quotes/check_labels.py): ids,
splits, folders, offsets that give back the quotation, 5+ words, file order."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LABEL_FILES = sorted((REPO / "eval" / "quotes").glob("*.jsonl"))


def test_there_are_label_sets() -> None:
    assert {p.name for p in LABEL_FILES} >= {"labels.jsonl", "heldout.jsonl", "heldout34.jsonl"}


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: p.name)
def test_label_set_passes_its_checks(path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(REPO / "eval" / "quotes" / "check_labels.py"), "--file", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("OK:"), run.stdout
