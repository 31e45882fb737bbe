from pathlib import Path
from common import *
import numpy as np, re, collections
from askccg.lexical import tokenize, STOPWORDS
from askccg.retriever import Retriever
import askccg.retriever as R
res = {}
for name in ['five','corpus2']:
    qs, a, r, docs = load(name)
    answers = ev.Answers(dict(docs))
    # vocabulary of surface words
    cnt = collections.Counter(w.lower() for c in r.index.chunks for w in re.findall(r"[A-Za-z][a-z]{2,}", c.text))
    vocab = [w for w, n in cnt.items() if w not in STOPWORDS]
    V = r.embedder.encode(vocab)
    print(name, len(vocab))
    def expand(text, k=2, thr=0.6):
        words = [w.lower() for w in re.findall(r"[A-Za-z][a-z]{2,}", text) if w.lower() not in STOPWORDS]
        if not words: return text
        W = r.embedder.encode(words)
        S = W @ V.T
        extra = []
        for i, w in enumerate(words):
            order = np.argsort(-S[i])[:k+1]
            for j in order:
                if vocab[j] != w and S[i, j] >= thr and tokenize(vocab[j]) != tokenize(w):
                    extra.append(vocab[j])
        return text + ' ' + ' '.join(extra)
    for thr in [None, 0.7, 0.6, 0.5]:
        cells = {}
        for q in qs:
            if not q.retrievable or q.history: continue
            text = q.text if thr is None else expand(q.text, thr=thr)
            qv = r.embedder.encode([q.text])[0]
            terms = tokenize(text)
            cands = r.rank(qv, terms, 50)
            hits = r._hits(cands, qv, tokenize(q.text), 5)
            ranked = [ev.Passage(h.citation.source, h.citation.start, h.citation.end, h.text) for h in hits]
            rk = answers.rank(ranked, q)
            cells.setdefault((q.split, q.wording), []).append(rk)
        print(name, thr, ' '.join(f"{k[0]}-{k[1][:3]} {sum(x==1 for x in v)/len(v):.2f}/{sum(x is not None and x<=3 for x in v)/len(v):.2f}" for k, v in sorted(cells.items())), flush=True)
