from pathlib import Path
import pickle, numpy as np, sys
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / 'src'))
d = pickle.load(open(str(Path(__file__).resolve().parent / 'out' / 'dump.pkl','rb'))
for name,(rows,docs,n) in d.items():
    print('==', name, n)
    for r in rows:
        q=r['q']
        if q.expect or (not q.answerable and q.domain=='out'): continue
        if q.answerable and q.wording!='reworded': continue
        ev=r['evidence']
        absent=[t for t,v in r['df'].items() if v==0]
        tot=sum(r['idf'].values()) or 1
        miss=sum(r['idf'][t] for t in absent)/tot if r['idf'] else 0
        print(f"{'A' if q.answerable else 'U'} {q.split} sent={ev.get('sentence',0):.2f} cov={ev.get('coverage',0):.2f} typed={ev.get('typed',0):.2f} names={ev.get('names',0):.2f} pas={ev.get('passage',0):.2f} miss={miss:.2f} {absent} | {q.text[:80]}")
print("=========== U")
from sklearn.metrics import roc_auc_score
X=[];y=[]
for name,(rows,docs,n) in d.items():
    for r in rows:
        q=r['q']
        if q.expect or (not q.answerable and q.domain=='out'): continue
        if q.answerable and not q.retrievable: continue
        ev=r['evidence']
        absent=[t for t,v in r['df'].items() if v==0]
        tot=sum(r['idf'].values()) or 1
        miss=sum(r['idf'][t] for t in absent)/tot if r['idf'] else 0
        if not q.answerable:
            print(f"U {q.split} sent={ev.get('sentence',0):.2f} cov={ev.get('coverage',0):.2f} typed={ev.get('typed',0):.2f} names={ev.get('names',0):.2f} pas={ev.get('passage',0):.2f} miss={miss:.2f} ref={r['refused']} {absent} | {q.text[:80]}")
        X.append([ev.get(k,0) for k in ['sentence','coverage','typed','names','passage']]+[miss]); y.append(q.answerable)
X=np.array(X); y=np.array(y)
for i,k in enumerate(['sentence','coverage','typed','names','passage','miss']):
    print(k, round(roc_auc_score(y, X[:,i]),3))
