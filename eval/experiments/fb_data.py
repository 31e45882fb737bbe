"""Attribution experiment (2026-12-07, fifth session): a learned fallback for the quotations the
rules leave silent. For each such quotation, every person or body named in its paragraph or the
three before it (outside quotation marks) is a candidate, with features (distance, paragraphs
back, a verb of speech next to the mention, whether the candidate spoke before, sex agreement
with a he/she, ...) and whether it is the labelled speaker. Written by ``fb_data.py dev OUT``
over the dev label sets (labels.jsonl, held-out 1-24); ``fb_fit.py`` fits logistic regression
and gradient boosting leaving one label set out at a time. Run from the repository root with
the project's venv. Not adopted: see docs/benchmarks.md, "Tried on 2026-12-07"."""
import sys, pickle, re, math, collections
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from askccg.quote_eval import load_labels, best_label, same_speaker, MIN_WORDS, SCORED
from askccg.corpus import load_corpus
from askccg.attribution import extract_quotes, article_people
from askccg.people import VERBS
root = Path(__file__).resolve().parents[2]
VERB_AFTER = re.compile(rf"^[^.“”‘’\"]{{0,60}}?\b(?:{VERBS})\b")
VERB_BEFORE = re.compile(rf"\b(?:{VERBS})\b[^.“”‘’\"]{{0,25}}$")
PRON = re.compile(r"\b(?:he|she|He|She)\b")

def features(a, people, quotes, q, idx):
    raw = a.raw
    # paragraphs: line starts
    starts = [0] + [m.end() for m in re.finditer(r"\n", raw)]
    def para_of(pos):
        lo = 0
        import bisect
        return bisect.bisect_right(starts, pos) - 1
    # quote spans to exclude mentions inside quotes
    spans = [(x.start, x.end) for x in quotes]
    def inside(m):
        return any(s <= m.start and m.end <= e for s, e in spans)
    qline = para_of(q.start)
    ps = starts[qline]
    pe = raw.find("\n", q.end); pe = len(raw) if pe < 0 else pe
    # count non-empty paragraphs back
    nonempty = [i for i in range(len(starts)) if raw[starts[i]:(starts[i+1]-1 if i+1 < len(starts) else len(raw))].strip()]
    qpos = nonempty.index(qline) if qline in nonempty else 0
    lo_line = nonempty[max(0, qpos - 3)]
    lo = starts[lo_line]
    cands = collections.defaultdict(list)
    for m in people.mentions:
        if m.kind not in ("person", "org") or inside(m): continue
        if lo <= m.start < pe:
            cands[m.key].append(m)
    # earlier credited quotes by the rules
    prev_spk = [x for x in quotes if x.end <= q.start and x.speaker]
    last_spk = prev_spk[-1].speaker if prev_spk else ""
    outside = raw[ps:pe]
    for x in quotes:
        if ps <= x.start and x.end <= pe:
            outside = outside.replace(raw[x.start:x.end], "")
    pure = len(re.sub(r"[\s“”‘’\"'.,]", "", outside)) < 3
    has_pron = bool(PRON.search(outside))
    rows = []
    keys = list(cands)
    dists = {}
    for k in keys:
        ms = cands[k]
        before = [m for m in ms if m.end <= q.start]
        after = [m for m in ms if m.start >= q.end]
        d = q.start - before[-1].end if before else 10**6
        dists[k] = d if before else (after[0].start - q.end + 0.5 if after else 10**6)
    order = sorted(keys, key=lambda k: dists[k])
    for k in keys:
        p = people.get(k)
        if p is None: continue
        ms = cands[k]
        before = [m for m in ms if m.end <= q.start]
        after_same = [m for m in ms if m.start >= q.end and m.start < pe]
        lastb = before[-1] if before else None
        para_back = (qpos - nonempty.index(para_of(lastb.start))) if lastb and para_of(lastb.start) in nonempty else 4
        vafter = bool(lastb and VERB_AFTER.search(raw[lastb.end:lastb.end + 80]))
        vbefore = bool(lastb and VERB_BEFORE.search(raw[max(0, lastb.start - 40):lastb.start]))
        vafter_a = bool(after_same and (VERB_BEFORE.search(raw[max(0, after_same[0].start - 40):after_same[0].start]) or VERB_AFTER.search(raw[after_same[0].end:after_same[0].end + 60])))
        spoke = sum(1 for x in prev_spk if x.speaker == p.name)
        f = dict(
            rank=order.index(k), n=len(keys), para_back=para_back,
            logd=math.log1p(min(dists[k], 5000)), before=int(bool(before)), after_same=int(bool(after_same)),
            vafter=int(vafter), vbefore=int(vbefore), vafter_a=int(vafter_a), org=int(p.is_org),
            role=int(bool(p.role)), spoke=min(spoke, 5), last=int(last_spk == p.name),
            frag=int(q.kind == "fragment"), pure=int(pure), pron=int(has_pron),
            gender_ok=int(not (has_pron and p.gender and ((" he " in f" {outside.lower()} ") != (p.gender == "m")))),
            nment=min(len([m for m in people.mentions if m.key == k]), 10),
            qwords=math.log1p(len(q.text.split())),
        )
        rows.append((k, p.name, p.is_org, f))
    return rows

def main(names, out):
    data = []
    for n in names:
        labels = load_labels(root/"eval/quotes"/n)
        by_file = collections.defaultdict(list)
        for x in labels: by_file[x.file].append(x)
        for folder in sorted({str(Path(x.file).parent) for x in labels}):
            for a in load_corpus(root/folder).articles:
                fpath = f"{folder}/{a.meta.source}"
                if fpath not in by_file: continue
                people = article_people(a)
                quotes = extract_quotes(a, people)
                for i, q in enumerate(quotes):
                    if q.speaker or q.where != "body": continue
                    lab = best_label(q, by_file[fpath])
                    if lab is None and len(q.text.split()) < MIN_WORDS: continue
                    cands = features(a, people, quotes, q, i)
                    for k, name, is_org, f in cands:
                        if lab is None: y = 0
                        elif lab.speaker_type in SCORED:
                            y = int(same_speaker(name, lab.speaker, organisation=lab.speaker_type == "organisation"))
                        else: y = 0
                        data.append(dict(set=(lab.split if lab else n), file=fpath, qstart=q.start, name=name,
                                         y=y, scored=int(lab is not None and lab.speaker_type in SCORED), f=f,
                                         label=(lab.speaker if lab else None), stype=(lab.speaker_type if lab else "none")))
        print(n, len(data), flush=True)
    pickle.dump(data, open(out, "wb"))

if __name__ == "__main__":
    which = sys.argv[1]
    if which == "dev":
        names = ["labels.jsonl"] + [f"heldout{'' if i == 1 else i}.jsonl" for i in range(1, 25)]
    else:
        names = [f"heldout{i}.jsonl" for i in range(25, 31)]
    main(names, sys.argv[2])
