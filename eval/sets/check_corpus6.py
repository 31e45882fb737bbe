#!/usr/bin/env python3
"""Checker for eval/sets/corpus6.jsonl (adapted from check_corpus2.py).

Asserts: valid JSON lines with the required fields (plus "split", which must be
"heldout", and "domain" on unanswerable records); unique ids, numbered u001,
u002, ... in file order; every gold phrase is an exact substring of its file in
eval/corpus6/ or corpus/ (or, for source=metadata, equals the value of a field
in that folder's articles.toml); every key is an exact substring of its phrase;
every answerable fact without history is asked in both wordings; reworded
questions share no run of 4+ consecutive words (case-insensitive) with ANY file
of corpus/ or eval/corpus6/; every eval/corpus6 article is used as gold.
Prints counts at the end.
Usage: python3 eval/sets/check_corpus6.py [path-to-jsonl]
Another held-out set runs the same checks with its own folder and id letter
(check_corpus38.py passes SET and PREFIX).
"""
import collections, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SET = globals().get("SET", "corpus6")  # the set's folder under eval/ and its .jsonl here
PREFIX = globals().get("PREFIX", "u")  # the letter of its ids
CORPUS = os.path.join(ROOT, "eval", SET)
PRODUCT = os.path.join(ROOT, "corpus")  # the product's five articles are part of the searched corpus
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, f"{SET}.jsonl")

TYPES = {"fact", "number", "when", "who", "who-said", "why", "yesno", "define", "list",
         "compare", "summarise", "metadata", "unanswerable"}
FIELDS = {"id", "fact", "wording", "type", "question", "answerable", "gold", "match", "history", "split"}
OPTIONAL = {"domain", "expect"}

held = {os.path.basename(p): open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(CORPUS, "*.txt"))}
product = {os.path.basename(p): open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(PRODUCT, "*.txt"))}
assert not set(held) & set(product), f"file name shared between corpus/ and eval/{SET}/"
texts = dict(product, **held)

meta = {}
for folder in (PRODUCT, CORPUS):
    try:
        import tomllib
        meta.update({a["file"]: a for a in tomllib.load(open(os.path.join(folder, "articles.toml"), "rb"))["article"]})
    except ImportError:  # minimal fallback parser for the flat [[article]] tables
        cur = None
        for line in open(os.path.join(folder, "articles.toml"), encoding="utf-8"):
            line = line.strip()
            if line == "[[article]]":
                cur = {}
            elif cur is not None and "=" in line and not line.startswith("#"):
                k, v = line.split("=", 1)
                cur[k.strip()] = json.loads(v.strip())
                if k.strip() == "file":
                    meta[cur["file"]] = cur
META_FIELDS = ("title", "publication", "date", "author")


def toks(s):
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u00b4", "'")
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s)


def grams(words, n=4):
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


file_grams = {name: grams(toks(t)) for name, t in texts.items()}

errors = []
def err(rid, msg):
    errors.append(f"{rid}: {msg}")

records = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}", "blank line")
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}", f"bad JSON: {e}")

ids = collections.Counter(r.get("id") for r in records)
for i, c in ids.items():
    if c > 1:
        err(i, f"duplicate id ({c}x)")

for n, r in enumerate(records, 1):
    if r.get("id") != f"{PREFIX}{n:03d}":
        err(r.get("id", "?"), f"id out of order: expected {PREFIX}{n:03d}")

wordings = collections.defaultdict(set)
for r in records:
    rid = r.get("id", "?")
    missing = FIELDS - r.keys()
    if missing:
        err(rid, f"missing fields {sorted(missing)}")
        continue
    extra = r.keys() - FIELDS - OPTIONAL
    if extra:
        err(rid, f"unexpected fields {sorted(extra)}")
    if r["split"] != "heldout":
        err(rid, f"split must be 'heldout', not {r['split']!r}")
    if "domain" in r and (r["answerable"] or r["type"] != "unanswerable"):
        err(rid, "'domain' is only for unanswerable records")
    if r["type"] == "unanswerable" and r["wording"] != "article":
        err(rid, "unanswerable records use wording 'article'")
    if r["type"] not in TYPES:
        err(rid, f"bad type {r['type']!r}")
    if r["wording"] not in ("article", "reworded"):
        err(rid, f"bad wording {r['wording']!r}")
    if r["match"] not in ("all", "any"):
        err(rid, f"bad match {r['match']!r}")
    if not isinstance(r["history"], list) or not all(isinstance(h, str) and h for h in r["history"]):
        err(rid, "history must be a list of non-empty strings")
    if not isinstance(r["question"], str) or not r["question"].strip():
        err(rid, "empty question")
    expect = r.get("expect")

    # gold
    gold = r["gold"]
    if not r["answerable"]:
        if expect == "not stated":
            if r["type"] != "metadata":
                err(rid, "'not stated' is for metadata questions")
            for gi in gold:
                if gi.get("source") != "metadata" or gi.get("key") != "" or gi.get("phrase") != "":
                    err(rid, "not-stated gold items must be metadata with empty phrase/key")
                fld = meta.get(gi.get("article"), {})
                if gi.get("article") not in texts:
                    err(rid, f"unknown article {gi.get('article')!r}")
            if not gold:
                err(rid, "not-stated metadata question should name its article in gold")
        elif gold:
            err(rid, "unanswerable record has gold")
        if expect not in ("not stated", "not defined", "clarify", None):
            err(rid, f"unknown expect {expect!r}")
        if r["type"] == "unanswerable" and r.get("domain") not in ("in", "out") and expect != "clarify":
            err(rid, "unanswerable record needs domain in/out")
    else:
        if not gold:
            err(rid, "answerable record without gold")
        if expect:
            err(rid, f"answerable record with expect={expect!r}")
    for gi in gold:
        art, phrase, key = gi.get("article"), gi.get("phrase"), gi.get("key")
        if art not in texts:
            err(rid, f"unknown article {art!r}")
            continue
        if gi.get("source") == "metadata":
            vals = [meta.get(art, {}).get(k, "") for k in META_FIELDS]
            if phrase and phrase not in vals:
                err(rid, f"metadata phrase {phrase!r} is not a field value of {art}")
            if key != phrase:
                err(rid, "metadata key must equal phrase")
            continue
        if not phrase:
            err(rid, "empty phrase")
            continue
        if phrase not in texts[art]:
            err(rid, f"phrase not in {art}: {phrase!r}")
        if "\n" in phrase:
            err(rid, "phrase spans a line/paragraph break")
        if len(phrase.split()) > 28:
            err(rid, f"phrase too long ({len(phrase.split())} words)")
        if not key or key not in phrase:
            err(rid, f"key {key!r} not in phrase")
        elif not 1 <= len(key.split()) <= 6:
            err(rid, f"key {key!r} should be 1-6 words")

    # wording
    if r["wording"] == "reworded":
        w = toks(r["question"])
        for name, fg in file_grams.items():
            hits = sorted(" ".join(g) for g in grams(w) & fg)
            if hits:
                err(rid, f"reworded question shares 4-gram(s) with {name}: {hits}")
    if not r["history"] and (r["answerable"] or r["type"] == "define"):
        wordings[r["fact"]].add(r["wording"])

for fact, ws in wordings.items():
    if ws != {"article", "reworded"}:
        err(fact, f"fact needs both wordings, has {sorted(ws)}")

# every article of the set's folder is used (the product's five articles may be)
used = {gi["article"] for r in records for gi in r["gold"] if gi.get("phrase")}
for name in held:
    if name not in used:
        err(name, "article never used as gold")

# ---- report
by_type = collections.Counter(r["type"] for r in records)
by_wording = collections.Counter(r["wording"] for r in records)
ans = collections.Counter("answerable" if r["answerable"] else "unanswerable" for r in records)
print(f"{len(records)} records; {len(wordings)} facts asked in both wordings")
print("type:    ", dict(sorted(by_type.items())))
print("wording: ", dict(sorted(by_wording.items())))
print("answer:  ", dict(ans))
print("follow-ups:", sum(1 for r in records if r["history"]),
      "| clarify:", sum(1 for r in records if r.get("expect") == "clarify"),
      "| metadata:", by_type["metadata"],
      "| unanswerable in/out:", sum(1 for r in records if r.get("domain") == "in"),
      "/", sum(1 for r in records if r.get("domain") == "out"))
per_art = collections.Counter(gi["article"] for r in records for gi in r["gold"])
print("gold items per article:", dict(per_art))

# ---- minimum counts from the brief
SIMPLE = {"fact", "number", "when", "who", "who-said", "why", "yesno", "define", "list"}
simple_facts = {r["fact"] for r in records if r["answerable"] and r["type"] in SIMPLE and r["fact"] in wordings
                and wordings[r["fact"]] == {"article", "reworded"}}
simple_arts = {gi["article"] for r in records if r["answerable"] and r["type"] in SIMPLE for gi in r["gold"]}
cmp_facts = {r["fact"] for r in records if r["type"] in ("compare", "summarise")}
multi_art = {r["fact"] for r in records if r["type"] in ("compare", "summarise")
             and len({gi["article"] for gi in r["gold"]}) > 1}
n_meta = sum(1 for r in records if r["type"] == "metadata")
n_in = sum(1 for r in records if r["type"] == "unanswerable" and r.get("domain") == "in")
n_out = sum(1 for r in records if r["type"] == "unanswerable" and r.get("domain") == "out")
for r in records:
    if r["type"] == "unanswerable" and (r["answerable"] or r["gold"]):
        err(r["id"], "unanswerable record must have answerable=false and empty gold")
    if r["type"] in ("compare", "summarise") and r["match"] != "all":
        err(r["id"], "compare/summarise should use match=all")
    if r["type"] in ("compare", "summarise") and len(r["gold"]) < 2:
        err(r["id"], "compare/summarise needs a gold item per side")
fact_types = collections.defaultdict(set)
for r in records:
    if r["answerable"]:
        fact_types[r["type"]].add(r["fact"])
for label, have, need in (("records", len(records), 130),
                          ("answerable facts in both wordings", len(wordings), 45),
                          ("distinct single facts in both wordings", len(simple_facts), 45),
                          ("articles with single-fact gold", len(simple_arts), 30),
                          ("number facts", len(fact_types["number"]), 12),
                          ("when facts", len(fact_types["when"]), 5),
                          ("who facts", len(fact_types["who"]), 6),
                          ("who-said facts", len(fact_types["who-said"]), 6),
                          ("why facts", len(fact_types["why"]), 6),
                          ("yesno facts", len(fact_types["yesno"]), 3),
                          ("define facts", len(fact_types["define"]), 2),
                          ("list facts", len(fact_types["list"]), 3),
                          ("compare/summarise facts", len(cmp_facts), 4),
                          ("metadata facts", len(fact_types["metadata"]), 3),
                          ("in-domain unanswerable", n_in, 32),
                          ("out-of-domain unanswerable", n_out, 5)):
    if have < need:
        err("counts", f"{label}: {have} < {need}")
print(f"single facts (both wordings): {len(simple_facts)} over {len(simple_arts)} articles; "
      f"compare/summarise facts: {len(cmp_facts)} ({len(multi_art)} spanning 2+ articles); "
      f"articles with any gold: {len(used)}/{len(texts)}")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
