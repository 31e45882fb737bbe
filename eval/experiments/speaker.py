"""Questions asking for someone's words ("What did X say about Y?"): does a retrieved
sentence both carry X's words and touch Y? Answerable against in-domain unanswerable, dev only."""
from common import *
import re
from askccg.questions import intent
from askccg.lexical import tokenize
from askccg.attribution import extract_quotes
SAY = set(tokenize("say said argue think believe claim warn tell call describe suggest propose want blame make mean view opinion words according"))
for name in ['five', 'corpus2']:
    qs, a, r, docs = load(name)
    for q in qs:
        if q.history or q.split != 'dev' or q.expect:
            continue
        w = intent(q.text)
        if not w.speaker:
            continue
        hits = r.retrieve(q.text, k=5)
        sur = w.speaker.split()[-1]
        topic = [t for t in w.terms if t not in SAY and t not in set(tokenize(w.speaker))]
        best = 0.0
        for h in hits:
            for s, e in h.sentences:
                text = h.text[s - h.citation.start: e - h.citation.start]
                spoken = re.search(rf"\b{re.escape(sur)}\b", text) or any(sur in (qq.speaker or '') for qq in r.quotes_in(h.citation.source, s, e)) if hasattr(r, 'quotes_in') else re.search(rf"\b{re.escape(sur)}\b", text)
                if not spoken:
                    continue
                own = set(tokenize(text))
                cov = sum(t in own for t in topic) / (len(topic) or 1)
                best = max(best, cov)
        print(f"{name:8} {'ANS' if q.answerable else 'UNA'} cov={best:.2f} topic={topic} | {q.text[:90]}")
