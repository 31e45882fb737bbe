from pathlib import Path
from common import *
import numpy as np, pickle, sys
from askccg.lexical import tokenize
from askccg.questions import intent as read_intent, answer_types
from askccg.cleaning import normalise
from askccg.chunking import embedding_text

def collect(name):
    qs, a, r, docs = load(name)
    answers = ev.Answers(dict(docs))
    idx = r.index
    chunks = idx.chunks
    # title vectors per source
    titles = {}
    for c in chunks:
        titles.setdefault(c.citation.source, c.citation.title)
    srcs = sorted(titles)
    tv = r.embedder.encode([titles[s] or s for s in srcs])
    tvec = dict(zip(srcs, tv))
    allv = idx.all_vectors()
    # position of chunk in article
    pos = {}
    cnt = {}
    for row, c in enumerate(chunks):
        n = cnt.get(c.citation.source, 0); pos[row] = n; cnt[c.citation.source] = n+1
    out = []
    for q in qs:
        if not q.retrievable or q.history: continue
        qv = r.embedder.encode([q.text])[0]
        terms = tokenize(q.text)
        cands = r.rank(qv, terms, 50)
        # dense/bm25 raw
        cos_all = allv @ qv
        rows_l, sc_l = r.lexical.search(terms, len(chunks))
        bm = np.zeros(len(chunks)); bm[np.asarray(rows_l, int)] = sc_l
        bmax = bm.max() if bm.max() > 0 else 1.0
        dorder = np.argsort(-cos_all); drank = np.empty(len(chunks)); drank[dorder] = np.arange(len(chunks))
        lorder = np.argsort(-bm); lrank = np.empty(len(chunks)); lrank[lorder] = np.arange(len(chunks))
        art_max = {}
        for row in range(len(chunks)):
            s = chunks[row].citation.source
            art_max[s] = max(art_max.get(s, -1), cos_all[row])
        wanted = read_intent(q.text)
        feats=[]; labels=[]; rowsq=[]
        for rank0, cnd in enumerate(cands[:30]):
            row = cnd.row
            ch = chunks[row]
            f = r.features(row, qv, terms)
            sv = idx.chunk_sentence_vectors(row).astype(np.float32) @ qv
            s2 = np.sort(sv)[-2] if len(sv) > 1 else sv.max()
            types = answer_types(ch.text)
            tm = 1.0 if (not wanted.expects or wanted.expects & types) else 0.0
            folded = normalise(ch.text + ' ' + ch.citation.title)
            names = sum(normalise(n) in folded for n in wanted.names)/len(wanted.names) if wanted.names else 1.0
            src = ch.citation.source
            x = dict(passage=f['passage'], sentence=f['sentence'], sent2=float(s2), coverage=f['coverage'],
                     bm25=bm[row]/bmax, drr=1/(1+drank[row]), lrr=1/(1+lrank[row]),
                     title=float(tvec[src]@qv), artmax=float(art_max[src]), typed=tm, names=names,
                     lede=1.0 if pos[row]==0 else 0.0, comment=1.0 if ch.citation.kind=='comment' else 0.0,
                     cur=1/(1+rank0))
            feats.append(x)
            labels.append(answers.holds(ev.Passage(src, ch.citation.start, ch.citation.end, ch.text), q))
            rowsq.append(row)
        out.append(dict(id=q.id, split=q.split, wording=q.wording, type=q.type, feats=feats, labels=labels, rows=rowsq))
    return out

if __name__ == '__main__':
    data = {n: collect(n) for n in ['five','corpus2']}
    pickle.dump(data, open(str(Path(__file__).resolve().parent / 'out' / 'ltr.pkl','wb'))
    print('ok')
