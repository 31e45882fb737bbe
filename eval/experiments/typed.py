from pathlib import Path
import pickle, sys
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / 'src'))
from askccg.questions import intent
d = pickle.load(open(str(Path(__file__).resolve().parent / 'out' / 'dump.pkl','rb'))
rows=[]
for name,(rs,docs,n) in d.items():
    for r in rs:
        q=r['q']
        if q.expect or (not q.answerable and q.domain=='out'): continue
        if q.answerable and not q.retrievable: continue
        w=intent(q.text)
        if not w.expects: continue
        ev=r['evidence']
        rows.append((q.split, q.answerable, ev.get('typed',0), ev.get('coverage',0), ev.get('sentence',0), w.kind, q.text[:70]))
for split in ['dev','test']:
    A=[x for x in rows if x[0]==split and x[1]]; U=[x for x in rows if x[0]==split and not x[1]]
    print(split, len(A), len(U))
    for t in [0.2,0.3,0.4,0.5]:
        fr=sum(x[2]<t for x in A)/len(A); ur=sum(x[2]<t for x in U)/len(U)
        print(f"  typed<{t}: false refusals {fr:.2f}  unanswerables refused {ur:.2f}")
