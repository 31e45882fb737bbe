from pathlib import Path
import pickle, sys, re, math, numpy as np
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / 'src'))
from askccg.cleaning import normalise
from askccg.lexical import tokenize
from askccg.questions import intent as read_intent, answer_types, MONTHS
from sentharness import d, evaluate
I=re.I
MONEY = re.compile(r"[£$€]\s?\d[\d,.]*\s?(?:bn|billion|million|m|k)?\b|\b\d[\d,.]*\s?(?:bn|billion|million)\b(?:\s*(?:pounds|euros|dollars))?|\b\d[\d,.]*\s?(?:pounds|pence|p)\b", I)
PERCENT = re.compile(r"\b\d[\d,.]*\s?(?:%|per ?cent|percent)|\b(?:half|a third|two thirds|a quarter|three quarters|majority|minority)\b", I)
COUNT = re.compile(r"\b(?<![£$€])\d[\d,]*(?:\.\d+)?\b(?!\s?(?:%|per ?cent|bn|billion|million))|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens)\b", I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
DAYMONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\b|\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b", I)
MONTH = re.compile(rf"\b(?:{MONTHS})\b")  # case-sensitive to skip 'may'
MONTHL = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
VAGUE = re.compile(r"\b(?:yesterday|today|tomorrow|(?:next|last|this) (?:week|month|year)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:days?|weeks?|months?|years?) (?:ago|later))\b", I)
TITLED = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Cllr)\.?\s+[A-Z][a-z]+")
NAMEPAIR = re.compile(r"(?<!^)\b[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?\s+[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?\b")
def spans(pattern, text): return [(m.start(), m.end()) for m in pattern.finditer(text)]
def typed_spans(kind, qtext, text):
    """(span, strength) of the kind of answer the question expects."""
    ql=qtext.lower()
    out=[]
    if kind=='how much':
        out += [(s,1.0) for s in spans(MONEY,text)]
        if re.search(r'percent|proportion|share|by how much', ql): out += [(s,1.0) for s in spans(PERCENT,text)]
        out += [(s,0.4) for s in spans(COUNT,text) if not YEAR.fullmatch(text[s[0]:s[1]])]
    elif kind=='how many':
        if re.search(r'percent|proportion|share|fraction', ql):
            out += [(s,1.0) for s in spans(PERCENT,text)]; out += [(s,0.4) for s in spans(COUNT,text)]
        else:
            out += [(s,1.0) for s in spans(COUNT,text) if not YEAR.fullmatch(text[s[0]:s[1]])]
            out += [(s,0.6) for s in spans(PERCENT,text)]
    elif kind=='when':
        wants_year = bool(re.search(r'\byear\b', ql)); wants_month=bool(re.search(r'\bmonth\b', ql))
        out += [(s,1.0) for s in spans(DAYMONTH,text)]
        out += [(s,1.0 if not wants_month else 0.5) for s in spans(YEAR,text)]
        out += [(s,1.0 if not wants_year else 0.5) for s in spans(MONTHL,text)]
        out += [(s,0.3) for s in spans(VAGUE,text)]
    elif kind=='who':
        out += [(s,1.0) for s in spans(TITLED,text)] + [(s,0.7) for s in spans(NAMEPAIR,text)]
    return out
def proximity(text, terms, idf, tspans):
    """IDF share of question terms near the typed spans (decay by char distance)."""
    if not tspans: return 0.0
    toks=[(m.start(), tokenize(m.group())) for m in re.finditer(r"[\w'’£$%.-]+", text)]
    pos={}
    for p,tt in toks:
        for t in tt: pos.setdefault(t,[]).append(p)
    tot=sum(idf.get(t,1) for t in terms) or 1
    best=0
    for (a,b),w in tspans:
        s=0
        for t in terms:
            if t in pos:
                dist=min(min(abs(p-a),abs(p-b)) for p in pos[t])
                s+=idf.get(t,1)*math.exp(-dist/60)
        best=max(best, w*s/tot)
    return best
def feats(it, r):
    q=r['q']; w=read_intent(q.text)
    ts=typed_spans(w.kind, q.text, it['text'])
    strength=max((s for _,s in ts), default=0.0)
    prox=proximity(it['text'], w.terms, r['idf'], ts)
    return dict(score=it['score'], cos=it['cos'], cov=it['ev'][1], strength=strength if w.kind in ('how much','how many','when','who') else 0, prox=prox, expects=1.0 if w.kind in ('how much','how many','when','who') else 0.0)
if __name__=='__main__':
    evaluate(lambda it,r: it['score'], 'current')
    for a in [0.2,0.4,0.6]:
      for b in [0.0, 0.5,1.0]:
        def f(it,r,a=a,b=b):
            x=feats(it,r); return x['score'] + a*x['strength'] + b*x['prox']
        evaluate(f, f'+str{a} prox{b}')
