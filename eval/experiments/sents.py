from pathlib import Path
"""Dump, per answerable question without history, the candidate sentences of ask()'s hits."""
from common import *
import pickle
from askccg import answer as A
from askccg.questions import intent as read_intent
from askccg.followup import resolve
out={}
for name in ['five','corpus2']:
    qs, a, r, docs = load(name)
    rows=[]
    for q in qs:
        if q.history or q.expect: continue
        hits = r.retrieve(q.text, k=5)
        quotes = r.quotebook.in_sources(h.citation.source for h in hits)
        wanted = read_intent(q.text)
        cands = A._candidates(hits, quotes, wanted, r.lexical.idf)
        items=[]
        for c in cands:
            items.append(dict(text=A._text(c), src=c.hit.citation.source, start=c.start, end=c.end, score=c.score,
                              ev=c.evidence, speaker=c.speaker, title=c.hit.citation.title, kind=c.hit.citation.kind,
                              cos=c.evidence[0], passage=c.evidence[4]))
        rows.append(dict(q=q, items=items, idf={t: r.lexical.idf(t) for t in wanted.terms}))
    out[name]=rows
pickle.dump(out, open(str(Path(__file__).resolve().parent / 'out' / 'sents.pkl','wb'))
