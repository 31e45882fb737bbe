"""For questions asking for a date, sum or count: how often does no retrieved passage hold
one at all (read strictly)? Answerable against in-domain unanswerable, dev halves only."""
from common import *
from askccg.questions import intent, holds_answer
for name in ['five', 'corpus2']:
    qs, a, r, docs = load(name)
    rows = {True: [0, 0], False: [0, 0]}
    for q in qs:
        if q.history or q.split != 'dev' or q.expect or (not q.answerable and getattr(q, 'domain', 'in') == 'out'):
            continue
        w = intent(q.text)
        if not any(t in ('date', 'money', 'number') for t in w.expects) and w.kind != 'how much':
            continue
        for k in (3, 5):
            pass
        hits = r.retrieve(q.text, k=3)
        absent = not any(holds_answer(w, h.text[s - h.citation.start:e - h.citation.start])
                         for h in hits for s, e in h.sentences)
        rows[q.answerable][0] += absent
        rows[q.answerable][1] += 1
        if absent:
            print(f"  {'ANS' if q.answerable else 'UNA'} {q.text[:100]}")
    print(name, 'answerable with no typed sentence in top 3: %d/%d' % tuple(rows[True]),
          '| unanswerable: %d/%d' % tuple(rows[False]))
