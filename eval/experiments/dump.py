from pathlib import Path
from common import *
import pickle
from askccg.lexical import tokenize
out = {}
for name in ['five','corpus2']:
    qs, a, r, docs = load(name)
    lex = r.lexical
    rows = []
    for q in qs:
        if q.history: continue
        hits = r.retrieve(q.text, k=5)
        ans = a.ask(q.text)
        rows.append(dict(q=q, hits=hits, refused=ans.refused, evidence=dict(ans.evidence), text=ans.text,
                         idf={t: lex.idf(t) for t in tokenize(q.text)}, df={t: lex.df(t) for t in tokenize(q.text)}))
    out[name] = (rows, dict(docs), len(r.index.chunks))
pickle.dump(out, open(str(Path(__file__).resolve().parent / 'out' / 'dump.pkl','wb'))
