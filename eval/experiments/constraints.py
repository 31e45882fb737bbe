"""Refusal evidence, third round: a question's specific constraints (years, figures, and
capitalised names or acronyms other than the corpus' everyday ones) that no top-k passage holds.
Answerable against in-domain unanswerable, dev halves only (test only to check a chosen rule)."""
import re
import sys
from common import *

GENERIC = set("""NHS CCG CCGs GP GPs GPC LMC LMCs England UK British Britain The What Who Why How When Which
Where Did Does Do Is Are Was Were Has Have Can Could Would Should Will According In On At For Of To By
A An And Or If I It This That These Those Mr Mrs Ms Dr Sir Dame Professor Prof""".split())

def constraints(text):
    out = set(re.findall(r"\b(?:19|20)\d\d\b", text))
    out |= {m for m in re.findall(r"\b\d[\d,.]*\b", text) if not re.fullmatch(r"(?:19|20)\d\d", m)}
    for m in re.finditer(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", text):
        words = [w for w in m.group().split() if w not in GENERIC]
        if words and m.start() > 0:  # not the question's first word
            out.add(" ".join(words))
    return out

split = sys.argv[1] if len(sys.argv) > 1 else 'dev'
for k in (3, 5, 10):
    for name in ['five', 'corpus2']:
        qs, a, r, docs = load(name)
        rows = {True: [0, 0], False: [0, 0]}
        for q in qs:
            if q.history or q.split != split or getattr(q, 'expect', None):
                continue
            if not q.answerable and getattr(q, 'domain', 'in') == 'out':
                continue
            cons = constraints(q.text)
            hits = r.retrieve(q.text, k=k)
            text = " ".join(h.text for h in hits).casefold()
            missing = [c for c in cons if c.casefold() not in text]
            rows[q.answerable][0] += bool(missing)
            rows[q.answerable][1] += 1
        print(split, name, f"k={k}", 'answerable flagged %d/%d' % tuple(rows[True]),
              '| unanswerable flagged %d/%d' % tuple(rows[False]))
