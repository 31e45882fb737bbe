"""Assign every evaluation record to ``dev`` or ``test``, once, and write it into the record.

Everything askccg fits or chooses (weights, thresholds, rules) is chosen on ``dev``;
``test`` is only reported. Records are split in groups, so nothing of a test item
leaks into dev: both wordings of a fact go together (question sets), and all the
quotations of one article go together (attribution labels). Within each stratum
(question type, or corpus for labels) the groups are ordered by a salted hash and
alternate dev/test, so both halves hold every kind of question.

Run once: ``python eval/make_splits.py``. It refuses to move a record that already
has a split (the halves are frozen once anything has been tuned on dev).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SALT = "askccg-2026-11-25"
SETS = {HERE / "sets" / "five.jsonl": "fact", HERE / "sets" / "corpus2.jsonl": "fact"}
LABELS = HERE / "quotes" / "labels.jsonl"


def _order(key: str) -> str:
    return hashlib.sha256(f"{SALT}\0{key}".encode()).hexdigest()


def assign(records: list[dict[str, object]], group: str, stratum: str) -> dict[str, str]:
    strata: dict[str, set[str]] = defaultdict(set)
    for r in records:
        strata[str(r[stratum])].add(str(r[group]))
    split: dict[str, str] = {}
    for name in sorted(strata):
        for i, g in enumerate(sorted(strata[name], key=_order)):
            split[g] = "dev" if i % 2 == 0 else "test"
    return split


def write(path: Path, group: str, stratum: str) -> None:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if any("split" in r for r in records):
        sys.exit(f"{path} already has splits; they are frozen")
    for r in records:  # a group's stratum is its first record's (a fact's two wordings share a type)
        r.setdefault("_stratum", r[stratum])
    first: dict[str, object] = {}
    for r in records:
        first.setdefault(str(r[group]), r["_stratum"])
    for r in records:
        r["_stratum"] = first[str(r[group])]
    split = assign(records, group, "_stratum")
    for r in records:
        del r["_stratum"]
        r["split"] = split[str(r[group])]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    counts = {s: sum(r["split"] == s for r in records) for s in ("dev", "test")}
    print(f"{path.relative_to(HERE.parent)}: {counts}")


def main() -> None:
    for path, group in SETS.items():
        write(path, group, "type")
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not any("split" in r for r in labels):
        for r in labels:
            r["corpus"] = r["file"].split("/")[0]
        split = assign(labels, "file", "corpus")
        for r in labels:
            del r["corpus"]
            r["split"] = split[r["file"]]
        LABELS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in labels), encoding="utf-8")
        counts = {s: sum(r["split"] == s for r in labels) for s in ("dev", "test")}
        print(f"{LABELS.relative_to(HERE.parent)}: {counts}")


if __name__ == "__main__":
    main()
