"""Write a BEIR-format folder built from the system's manual pages (offline, reproducible).

Usage: python bench/make_manpages_beir.py OUT_DIR [--docs 6000] [--queries 500]

No BEIR dataset can be downloaded here, so this makes a real one from text every
Debian machine carries: each English man page (sections 1, 8, 5, 7 and 3) is a document
(title = command name, text = DESCRIPTION and the start of OPTIONS, up to 1,500
characters); each query is a page's one-line NAME summary ("copy files and
directories"), whose relevant document is that page. Pages whose summary is
shared by another page, or shorter than three words, give no query.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

SECTIONS = ("man1", "man8", "man5", "man7", "man3")
MAX_CHARS = 1500


def roff_to_text(source: str) -> dict[str, str]:
    """Sections of a man page as plain text (a rough roff reader, enough for prose)."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in source.splitlines():
        if line.startswith((".SH", ".Sh")):
            current = line[3:].strip().strip('"').upper()
            sections.setdefault(current, [])
            continue
        if line.startswith(("'", '.\\"')) or not current:
            continue
        if line.startswith("."):
            macro, _, rest = line.partition(" ")
            if macro in (".B", ".I", ".BR", ".IR", ".RB", ".BI", ".IB", ".RI", ".Nm", ".Nd", ".Ar", ".Fl"):
                line = rest
            else:
                continue
        line = re.sub(r"\\s[-+]?\d+", "", line)
        line = re.sub(r"\\f[BIRP]|\\f\(..|\\f\[[^]]*\]", "", line)
        line = re.sub(r"\\\(em|\\\(en", "-", line).replace("\\-", "-").replace("\\&", "").replace("\\ ", " ")
        line = re.sub(r"\\[*(]..|\\.", "", line).replace('"', "")
        sections[current].append(line.strip())
    return {k: " ".join(" ".join(v).split()) for k, v in sections.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=6000)
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--root", type=Path, default=Path("/usr/share/man"))
    args = ap.parse_args()
    pages = sorted(p for s in SECTIONS for p in (args.root / s).glob("*.gz") if not p.is_symlink())
    docs, summaries = [], {}
    for path in pages:
        try:
            text = roff_to_text(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
        except (OSError, EOFError):
            continue
        name_line = text.get("NAME", "")
        body = " ".join(x for x in (text.get("DESCRIPTION", ""), text.get("OPTIONS", "")) if x)[:MAX_CHARS]
        if " - " not in name_line or len(body) < 200:
            continue
        names, summary = name_line.split(" - ", 1)
        doc_id = path.name.removesuffix(".gz")
        docs.append({"_id": doc_id, "title": names.strip(), "text": body})
        summaries[doc_id] = summary.strip().rstrip(".")
        if len(docs) == args.docs:
            break
    counts: dict[str, int] = {}
    for s in summaries.values():
        counts[s.lower()] = counts.get(s.lower(), 0) + 1
    usable = [d for d, s in summaries.items() if counts[s.lower()] == 1 and len(s.split()) >= 3]
    chosen = sorted(random.Random(0).sample(usable, min(args.queries, len(usable))))
    (args.out / "qrels").mkdir(parents=True, exist_ok=True)
    with (args.out / "corpus.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with (args.out / "queries.jsonl").open("w", encoding="utf-8") as f:
        for d in chosen:
            f.write(json.dumps({"_id": f"q-{d}", "text": summaries[d]}, ensure_ascii=False) + "\n")
    with (args.out / "qrels" / "test.tsv").open("w", encoding="utf-8") as f:
        f.write("query-id\tcorpus-id\tscore\n")
        f.writelines(f"q-{d}\t{d}\t1\n" for d in chosen)
    print(f"{len(docs)} documents, {len(chosen)} queries written to {args.out}")


if __name__ == "__main__":
    main()
