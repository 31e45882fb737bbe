"""Attribution experiment (2026-12-07, fifth session): a learned fallback for the quotations the
rules leave silent. For each such quotation, every person or body named in its paragraph or the
three before it (outside quotation marks) is a candidate, with features (distance, paragraphs
back, a verb of speech next to the mention, whether the candidate spoke before, sex agreement
with a he/she, ...) and whether it is the labelled speaker. Written by ``fb_data.py dev OUT``
over the dev label sets (labels.jsonl, held-out 1-24); ``fb_fit.py`` fits logistic regression
and gradient boosting leaving one label set out at a time. Run from the repository root with
the project's venv. Not adopted: see docs/benchmarks.md, "Tried on 2026-12-07"."""
import pickle, collections, numpy as np, sys
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
data = pickle.load(open("eval/experiments/out/fb_dev.pkl", "rb"))
keys = list(data[0]["f"])
X = np.array([[d["f"][k] for k in keys] for d in data], float)
y = np.array([d["y"] for d in data])
sets = np.array([d["set"] for d in data])
qid = np.array([f'{d["file"]}:{d["qstart"]}' for d in data])
print("rows", len(y), "positives", y.sum(), "quotes", len(set(qid)), "quotes with a right candidate", len(set(qid[y == 1])))
def model(kind):
    if kind == "lr": return LogisticRegression(C=1.0, max_iter=2000)
    return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=20)
for kind in ("lr", "gb"):
    p = np.zeros(len(y))
    for s in sorted(set(sets)):
        tr, te = sets != s, sets == s
        m = model(kind).fit(X[tr], y[tr])
        p[te] = m.predict_proba(X[te])[:, 1]
    # per quote: top candidate
    best = {}
    for i in range(len(y)):
        if qid[i] not in best or p[i] > p[best[qid[i]]]: best[qid[i]] = i
    tops = np.array(list(best.values()))
    print(kind)
    for t in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        sel = tops[p[tops] >= t]
        # wrong names: y==0 and (scored or label on the quote exists/5+ words) -> all counted here
        right = y[sel].sum(); n = len(sel)
        print(f"  t={t:.2f} names added {n:4d} right {right:4d} precision {right/max(n,1):.3f}")
