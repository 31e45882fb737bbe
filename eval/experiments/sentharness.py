from pathlib import Path
import pickle, sys, re, math
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / 'src'))
from askccg.cleaning import normalise
d = pickle.load(open(str(Path(__file__).resolve().parent / 'out' / 'sents.pkl','rb'))
def evaluate(scorefn, label, show=False):
    res={}
    for name, rows in d.items():
        for r in rows:
            q=r['q']
            if not q.answerable or not q.gold or any(g.source!='text' for g in q.gold): continue
            items=r['items']
            if not items: continue
            scored=sorted(items, key=lambda it: -scorefn(it, r))
            keys=[normalise(g.fact) for g in q.gold]
            def has(it): return any(k in normalise(it['text']) for k in keys)
            top1 = has(scored[0]); top4 = any(has(it) for it in scored[:4])
            avail = any(has(it) for it in items)
            k=(name,q.split,q.wording)
            c=res.setdefault(k,[0,0,0,0]); c[0]+=1; c[1]+=top1; c[2]+=top4; c[3]+=avail
            if show and avail and not top1 and q.split=='dev':
                print(f"  MISS {q.id} {q.type} {q.text[:90]}\n     top: {scored[0]['text'][:120]}\n     key: {[g.fact for g in q.gold]}")
    line=f"{label:<22}"
    for k in sorted(res):
        n,t1,t4,av=res[k]; line+=f" {k[0][:4]}-{k[1]}-{k[2][:3]} {t1/n:.2f}/{t4/n:.2f}/{av/n:.2f}"
    print(line)
cur = lambda it, r: it['score']
if __name__=='__main__':
    evaluate(cur,'current', show='-v' in sys.argv)
