"""Offsets for a hand-written table of labelled quotations (shared by the build_heldout*.py scripts).

Each row names a quotation by a start snippet and an end snippet (exact text of the file):
(file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME]).
end_snip None means the quotation is exactly start_snip. Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start, so
repeated passages resolve to the occurrence labelled; a row marked SAME is looked for from
the previous row's start itself (two quotations that start at the same character).
Speakers, roles, types, patterns and evidence are decided by hand; this only locates text.
"""
import json
import os

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SAME = "same-start"
# the speaker types, as the tables spell them
P, O, D, U, N, RD = "person", "organisation", "description", "unclear", "not_speech", "reader"


def table(folder):
    """The rows of a label table over ``folder`` (a path from the repository root, ending in
    "/"), and the function that adds one file's rows to them: ``f(name, rows)``."""
    rows = []

    def add(name, file_rows):
        for r in file_rows:
            rows.append((folder + name,) + tuple(r))

    return rows, add


def build(rows, *, prefix, split, out):
    """Locate every row, number the records ``prefix``0001... in file order, write them to
    ``out`` (a path from the repository root) as JSON lines, and return them."""
    found = []
    cursor = {}
    prev_start = {}
    texts = {}
    for row in rows:
        (path, s_snip, e_snip, spk, stype, role, where, ev, pat) = row[:9]
        same = len(row) > 9 and row[9] == SAME
        if path not in texts:
            texts[path] = open(os.path.join(ROOT, path), encoding="utf-8", newline="").read()
        t = texts[path]
        pos = prev_start.get(path, 0) if same else cursor.get(path, 0)
        s = t.find(s_snip, pos)
        assert s >= 0, (path, s_snip)
        if e_snip is None:
            e = s + len(s_snip)
        else:
            e = t.find(e_snip, s)
            assert e >= 0, (path, e_snip)
            e += len(e_snip)
        prev_start[path] = s
        cursor[path] = s + 1
        found.append(dict(file=path, start=s, end=e, quote=t[s:e], speaker=spk,
                          speaker_type=stype, role=role, where=where, evidence=ev, pattern=pat))
    found.sort(key=lambda r: (r["file"], r["start"], r["end"]))
    recs = []
    for i, r in enumerate(found, 1):
        rec = {"id": "%s%04d" % (prefix, i)}
        rec.update(r)
        rec["split"] = split
        recs.append(rec)
    with open(os.path.join(ROOT, out), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return recs
