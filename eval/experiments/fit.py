from pathlib import Path
import pickle, numpy as np, itertools
from sklearn.linear_model import LogisticRegression
data = pickle.load(open(str(Path(__file__).resolve().parent / 'out' / 'ltr.pkl','rb'))
ALL = ['passage','sentence','sent2','coverage','bm25','drr','lrr','title','artmax','typed','names','lede','comment']
def mat(qs, feats, per_query_norm=True):
    X=[];y=[];g=[]
    for i,q in enumerate(qs):
        F = np.array([[f[k] for k in feats] for f in q['feats']])
        if per_query_norm and len(F):
            F = np.hstack([F, F - F.max(0)])
        X.append(F); y += q['labels']; g += [i]*len(F)
    return np.vstack(X), np.array(y), np.array(g)
def hits(qs, scorer):
    h1=h3=0
    for q in qs:
        s = scorer(q)
        o = np.argsort(-s, kind='stable')
        lab = np.array(q['labels'])
        h1 += lab[o[0]]; h3 += lab[o[:3]].any()
    return h1/len(qs), h3/len(qs)
def report(name, scorer, sets):
    line = f"{name:<34}"
    for s in ['five','corpus2']:
        for split in ['dev','test']:
            for w in ['article','reworded']:
                qs=[q for q in data[s] if q['split']==split and q['wording']==w]
                a,b = hits(qs, scorer); line += f" {a:.2f}/{b:.2f}"
    print(line)
print(' '*34, ' '.join(f"{s[:4]}-{sp}-{w[:3]}".ljust(9) for s in ['five','corpus2'] for sp in ['dev','test'] for w in ['art','rew']))
report('current', lambda q: np.array([f['cur'] for f in q['feats']]), None)
dev = [q for s in data for q in data[s] if q['split']=='dev']
for feats in [ALL, ['passage','sentence','coverage','bm25','title','artmax','typed','names'], ['passage','sentence','coverage'], ['passage','sentence','coverage','bm25','drr','lrr']]:
  for norm in [False, True]:
    for C in [0.1, 1.0]:
        X,y,g = mat(dev, feats, norm)
        m = LogisticRegression(C=C, max_iter=2000, class_weight='balanced').fit(X,y)
        def sc(q, m=m, feats=feats, norm=norm):
            F = np.array([[f[k] for k in feats] for f in q['feats']])
            if norm: F = np.hstack([F, F-F.max(0)])
            return m.decision_function(F)
        report(f"lr {len(feats)}f norm={norm} C={C}", sc, None)
