from pathlib import Path
import sys, re
sys.path.insert(0,'/tmp/x')
from sentharness import d, evaluate
from sentfeat import feats
ANAPHOR = re.compile(r"^\W*(?:this|these|that|those|it|they|such|he|she)\b", re.I)
# index previous sentence cos
for name, rows in d.items():
    for r in rows:
        items = r['items']
        byhit = {}
        for it in items:
            byhit.setdefault((it['src'], it['title']), []).append(it)
        for its in byhit.values():
            its.sort(key=lambda x: x['start'])
            for i, it in enumerate(its):
                it['prev_cos'] = its[i-1]['cos'] if i>0 and its[i-1]['end'] <= it['start'] else None
                it['next_cos'] = its[i+1]['cos'] if i+1 < len(its) else None
evaluate(lambda it,r: it['score'], 'current')
for w in [0.2, 0.4, 0.6]:
    def f(it, r, w=w):
        s = it['score']
        if ANAPHOR.match(it['text']) and it['prev_cos'] is not None:
            s += w * max(0, it['prev_cos'] - it['cos'])
        return s
    evaluate(f, f'anaphor prev {w}')
for w in [0.1, 0.2, 0.3]:
    def f(it, r, w=w):
        s = it['score']
        nb = [c for c in (it['prev_cos'], it['next_cos']) if c is not None]
        if nb: s += w * max(nb)
        return s
    evaluate(f, f'neighbour max {w}')
