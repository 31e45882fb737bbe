"""Build heldout44.jsonl (the forty-fourth held-out attribution set, over eval/corpus49) from
the hand-written label table below.

Same method as build_heldout24.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout44.py   (writes eval/quotes/heldout44.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus49/")

# ---------------------------------------------------------------------------
hc = "Health Committee"
sw = "Dr Sarah Wollaston"; sw_r = "Tory MP for Totnes"
f("10bn-nhs-figure-is-false-mps-say.txt", [
 ("false impression that the NHS is awash with cash", None, hc, O, "", "body",
  "'The Health Committee has written to the chancellor to say using the figure gives the “...”.' (the committee's letter; built into the writer's sentence)", "fragment"),
 ("clearly demonstrated the financial pressure facing the NHS", None, hc, O, "", "body",
  "'Its letter says what it was told by senior NHS figures “...”.' (its = the Health Committee's; built into the writer's sentence)", "fragment"),
 ("the extent of this pressure is not sufficiently recognised", None, hc, O, "", "body",
  "'But it warned that “...” by government.' (it = the committee's letter, the subject of the paragraph before)", "fragment"),
 ("We are going to be seeing a far more constrained", "increase in our older people.", sw, P, sw_r, "body",
  "'The GP said: “...' (the GP = 'Dr Wollaston, Tory MP for Totnes', named in the paragraph before; 'The Health Select Committee, chaired by Dr Sarah Wollaston'; left open; the bracketed insertions are inside the quote)", "description"),
 ("The shift from other departments", "coming under enormous pressure.", sw, P, sw_r, "body",
  "next paragraph of her quote, closed", "continuation"),
])

jm = "Jim Mackey"; jm_r0 = "Chief Executive of Northumbria Healthcare NHS Foundation Trust"
f("2015-nhs-improvement-announces-new-chief-executive.txt", [
 ("This is without doubt a difficult time", "use of the NHS pound.", jm, P, jm_r0, "body",
  "'Speaking of his move Jim Mackey commented:' on the line above (opening line: 'Jim Mackey, Chief Executive of Northumbria Healthcare NHS Foundation Trust, has been appointed as the Chief Executive of NHS Improvement'; the appointment is a predicate, not his role; left open)", "said-before"),
 ("The gap between the quality of care", "integrated service for patients.", jm, P, jm_r0, "body",
  "next paragraph of his quote, closed", "continuation"),
 ("Jim Mackey will bring a wealth of experience", "heart of all NHS organisations.", "Jeremy Hunt", P, "Health Secretary", "body",
  "the quote line after 'Health Secretary, Jeremy Hunt added his praise for Mackey.' (a line of reported praise with no speech verb before the quote; the passage ends where a second opening mark re-opens it)", "continuation"),
 ("He will continue the work to align Monitor", "every day of the week.", "Jeremy Hunt", P, "Health Secretary", "body",
  "second passage re-opened with ‘ in the same line, after his first passage", "continuation"),
])

db = "David Bennett"; db_r = "outgoing chief executive of regulator Monitor"
f("bennett-government-micromanagement-creating-dependency-mindset-among-leaders.txt", [
 ("wasn’t a real chief executive’s job anymore", None, db, P, db_r, "caption",
  "caption line 'David Bennett said his role at Monitor ‘...’' under the picture label 'David Bennett' (role from the lead 'The outgoing chief executive of regulator Monitor has accused ...', then 'David Bennett made the comments')", "fragment"),
 ("better quality care costs less", None, "Jeremy Hunt", P, "health secretary", "body",
  "'dismissed Mr Hunt’s argument that “...”' (Mr Hunt = 'health secretary Jeremy Hunt' in the paragraph before; the argument is Hunt's; the bullet's “better care costs less” has 4 words)", "fragment"),
 ("failing to support their own legislation", None, db, P, db_r, "body",
  "'He warned ...; and said the ministers were “...” on health service competition.' (he = David Bennett; built into the writer's sentence)", "fragment"),
 ("The second reason was that I increasingly felt", "job any more.", db, P, db_r, "body",
  "'But he added: “...”' (he = Mr Bennett, subject of the paragraphs before)", "pronoun"),
 ("occurring across the public sector", None, db, P, db_r, "body",
  "'This was a problem “...”, he said,' (built into the writer's sentence; “understandable objectives” after it has 2 words)", "fragment"),
 ("In order to clamp down on cost", None, db, P, db_r, "body",
  "'He continued: “...' cut off by the end of the excerpt after 7 tokens", "pronoun"),
])

f("category-patient-representatives.txt", [
 ("We need to make sure we unite the NHS", "standard for physical health.", "Jeremy Hunt", P, "the health secretary", "body",
  "'At a conference of health service managers in Manchester, Jeremy Hunt, the health secretary, said: “...”' (the blog's copy of a Times report; “difficult” after it has 1 word)", "said-before"),
])

dbe = "David Behan"; dbe_r = "chief executive of the CQC"
f("cqc-david-behan-care-safer-quality-better.txt", [
 ("Care has got safer and quality has got better", None, dbe, P, dbe_r, "headline",
  "headline 'CQC head David Behan: ‘...’' (role from the body's 'David Behan, chief executive of the CQC')", "said-before"),
 ("When we see care that doesn’t meet people’s needs, I find it incredibly frustrating.", None, dbe, P, dbe_r, "caption",
  "caption 'David Behan: ‘...’ Photograph: ...' (first of two identical caption lines)", "caption"),
 ("When we see care that doesn’t meet people’s needs, I find it incredibly frustrating.", None, dbe, P, dbe_r, "caption",
  "the same caption printed a second time", "caption"),
 ("One of my jobs when I came in was to restore", "confidence in the Care Quality Commission,", dbe, P, dbe_r, "body",
  "'“..., says David Behan, chief executive of the CQC.' (the page prints no closing mark before 'says'; the quote is taken to end at the comma before the attribution)", "said-after"),
 ("It was shot when I took over", "it was anything else", dbe, P, dbe_r, "body",
  "second passage re-opened after 'says David Behan, chief executive of the CQC.' in the same paragraph (closed before the full stop)", "continuation"),
 ("We’ve been independent.", "credible and authoritative,", dbe, P, dbe_r, "body",
  "'“...,” insists Behan, 62, who is leaving the CQC ...' (the bracketed insertion is inside the quote)", "said-after"),
 ("The job I’ve had over the past six years", "enduring mental ill-health. I’", dbe, P, dbe_r, "body",
  "next paragraph, a quote with no attribution of its own after his quote; cut off by the end of the excerpt after 'I’'", "continuation"),
])

dbe2_r = "CQC chief executive"
f("cqc-stay-five-year-plan-pulled-special-measures-says-behan.txt", [
 ("We could be abolished tomorrow", "reinvented the next day,", dbe, P, dbe2_r, "body",
  "'‘...,’ he said.' (he = Mr Behan, 'its chief executive David Behan' in the standfirst; caption 'CQC chief executive David Behan'; the headline's and standfirst's quotes have 1-4 words)", "pronoun"),
 ("We need regulation, and the last thing", "getting rid of the CQC].", dbe, P, dbe2_r, "body",
  "second passage re-opened after 'he said.' in the same paragraph (the bracketed insertion is inside the quote)", "continuation"),
 ("The CQC strategy was about needing to rescue", "where we could continue.", dbe, P, dbe2_r, "body",
  "quote paragraph with no attribution of its own after 'But he admitted that the CQC had not been performing to an acceptable standard ...' (his reported speech); left open", "continuation"),
 ("We're changing because the population", "not necessarily healthier lives.", dbe, P, dbe2_r, "body",
  "next paragraph of his quote (after the inserted 'Map: GP CQC ratings' line); left open", "continuation"),
 ("Our ambition for next five years", "effective use of resources.", dbe, P, dbe2_r, "body",
  "next paragraph of his quote, closed", "continuation"),
 ("We will have the most comprehensive data", "don't meet standards.", dbe, P, dbe2_r, "body",
  "quote paragraph with no attribution of its own after 'He added that CQC will have inspected and rated all hospitals ...' (his reported speech)", "continuation"),
])

bk = "Bob Kerslake"; bk_r = "chair of King’s College Hospital Foundation Trust"
f("daily-insight-an-unregal-situation.txt", [
 ("The government and NHS Imp", None, bk, P, bk_r, "body",
  "'His resignation letter in The Guardian said: “...' (his = Lord Kerslake's, 'the chair of King’s College Hospital Foundation Trust Bob Kerslake resigned' earlier; a letter's words are its writer's); cut off mid-word by the end of the excerpt after 5 tokens; Jim Mackey's quotes in this page have 1-3 words", "pronoun"),
])

f("daily-insight-juggling-with-jim.txt", [
 ("Everyone knows I never expected to enjoy this", "that I enjoyed.", jm, P, "outgoing NHS Improvement chief executive", "body",
  "'Asked by BBC Radio Four’s Sarah Montague about his experience in the job, he replied: “...”' (he = Mr Mackey, 'outgoing NHS Improvement chief executive Jim Mackey'; his other quotes in the page have 1-4 words)", "pronoun"),
])

jm_r2 = "NHSI chief executive"
f("daily-insight-oh-poop-i-wish-id-read-that-bit.txt", [
 ("We dropped a clanger but we fixed it", None, jm, P, jm_r2, "headline",
  "crosshead headline 'Mackey: ‘...’' (Jim Mackey; role from 'the NHSI chief executive was typically upfront ...')", "said-before"),
 ("The provider sector won’t be in balance", "all those other things.", jm, P, jm_r2, "body",
  "'He said: “...”' (he = the NHSI chief executive, Jim Mackey)", "pronoun"),
 ("I don’t know how they’re on the register", "how that will work.", jm, P, jm_r2, "body",
  "'In a further demonstration of candour, Mr Mackey said “silly” ... – he said: “...”'", "pronoun"),
 ("It’s my fault, I didn’t read every line", "I wish I’d read that bit’.", jm, P, jm_r2, "body",
  "'Mr Mackey’s response: “...' (left open; ends after the nested quote's closing mark and the full stop)", "said-before"),
 ("oh poop, I wish I’d read that bit", None, jm, P, jm_r2, "body",
  "nested inside his own quote: 'and thought ‘...’' (his own thought, in his words)", "fragment"),
 ("What I wanted was to follow the principles", "engage with the Royal", jm, P, jm_r2, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

dbe3_r = "chief executive of the Care Quality Commission"
f("david-behan-rescue-care-regulator-crisis.txt", [
 ("We’re going to be changing the way we inspect", "most challenging time for services", dbe, P, dbe3_r, "caption",
  "caption 'David Behan, chief executive of the Care Quality Commission: ‘...’ Photograph: ...' (first of two identical caption lines)", "caption"),
 ("We’re going to be changing the way we inspect", "most challenging time for services", dbe, P, dbe3_r, "caption",
  "the same caption printed a second time", "caption"),
 ("We are at the beginning of a journey to excellence", "not the end,", dbe, P, dbe3_r, "body",
  "'\"...,\" says David Behan, 20 months into a job ... as chief executive of the Care Quality Commission (CQC).'", "said-after"),
 ("We have achieved a lot", "a long way to go,", dbe, P, dbe3_r, "body",
  "'\"...,\" he says.' (he = Behan, 'Behan himself admits ...' just before)", "pronoun"),
 ("a renewed sense of purpose", None, "Commons health select committee", O, "", "body",
  "'Earlier this year, the Commons health select committee concluded that the commission had \"...\"' (the committee's conclusion built into the writer's sentence; 5 words)", "fragment"),
 ("a case study in how not to run a regulator", None, "Commons health select committee", O, "", "body",
  "'... and had moved decisively on from a position where it had been \"...\".' (the second phrase of the committee's conclusion in the same sentence)", "fragment"),
])

ss = "Simon Stevens"
f("defiant-nhs-chief-simon-stevens-rejects-theresa-mays-health.txt", [
 ("I don't think that's the same as saying", "not a six-year forward view.", ss, P, "head of NHS England", "body",
  "'Mr Stevens said: \"...' (role from the lead 'The head of NHS England has publicly contradicted ...', then 'Simon Stevens argued'; left open; the standfirst and related-link quotes have 1-2 words)", "said-before"),
 ("And over and above that", "for the next three years...", ss, P, "head of NHS England", "body",
  "next paragraph of his quote, left open", "continuation"),
 ("Like probably every part of the public service", "more than it asked for.", ss, P, "head of NHS England", "body",
  "next paragraph of his quote, left open (the stored page ends here)", "continuation"),
])

f("hsj-live-04062014-former-health-ministers-debate-politics-of-nhs.txt", [
 ("Dorrell tells #nhsconfed14", "time to move on.", "James Ilman", P, "of HSJ", "body",
  "'A tweet from HSJ’s James Ilman: “...”' (his tweet reports Dorrell's words without marks; 'HSJ’s' gives the role)", "said-before"),
 ("if you want a first class service you need to pay a first class fare", None, "Frank Dobson", P, "former health minister", "body",
  "'5.58pm Frank Dobson says “...”.' (role from the 5.54pm entry 'Four former health ministers - Alan Milburn, Frank Dobson, Stephen Dorrell and Edwina Currie')", "said-before"),
 ("Simon Stevens has gone for intellectual rigour", "culture and operating style?", "Mark Newbold", P, "Heart of England Foundation Trust chief executive", "body",
  "'Here’s another interesting tweet from Heart of England Foundation Trust chief executive Mark Newbold on today’s big speech:' on the line above", "said-before"),
 ("We can now confirm that the transfer of services", "Commons must be sitting.", "The Mid Staffordshire Foundation Trust special administrator", D, "", "body",
  "'The Mid Staffordshire Foundation Trust special administrator has announced ... Here’s what the TSA said:' on the line above (an unnamed office holder; left open)", "said-before"),
 ("We fully comprehend the fragile state of", None, "The Mid Staffordshire Foundation Trust special administrator", D, "", "body",
  "next paragraph of the statement; cut off by the end of the excerpt", "continuation"),
])

jm_r3 = "chief executive of NHS Improvement"
f("mackey-business-case-for-stp-short-term-investments-dont-yet-add-up.txt", [
 ("The key thing would be to allow local flexibility", "national guidelines and rules,", jm, P, jm_r3, "body",
  "'“...,” Mackey said.' (Jim Mackey; role from 'the chief executive of NHS Improvement (NHSI) said he is yet to see ...' in the lead; “far too much” and “far too little” before have 3 words)", "said-after"),
 ("I think the innovations are there in appetite", "enable local innovation.", jm, P, jm_r3, "body",
  "second passage re-opened after 'Mackey said.' in the same paragraph", "continuation"),
 ("too constrained from a supply point of view", None, jm, P, jm_r3, "body",
  "'However, he warned that the health system was “...”.' (built into the writer's sentence)", "fragment"),
 ("As a fundamental principle we should look at regulation", "not a guarantee of success,", jm, P, jm_r3, "body",
  "'“...,” explained Mackey.' (“no flexibility anywhere” before has 3 words)", "said-after"),
 ("The service runs on people taking decis", None, jm, P, jm_r3, "body",
  "second passage re-opened after 'explained Mackey.'; cut off mid-word by the end of the excerpt", "continuation"),
])

jm_r4 = "chief executive of Monitor"
f("mackey-regulatory-duties-must-not-stop-nhs-improvement-helping-trusts.txt", [
 ("accountability edge and a regulatory edge", None, jm, P, jm_r4, "body",
  "summary bullet 'NHS Improvement will have an “...”, says Jim Mackey' (role from 'in his first week as chief executive of Monitor'; built into the bullet's sentence)", "fragment"),
 ("There’s a risk of conflict, isn’t there?", None, jm, P, jm_r4, "body",
  "'“...” he said.' (he = Mr Mackey)", "pronoun"),
 ("That’s going to be present in our system.", "or trying to improve.", jm, P, jm_r4, "body",
  "second passage re-opened after 'he said.' in the same paragraph", "continuation"),
 ("In the phase we’re in now", "the conflicts and stuff later on…", jm, P, jm_r4, "body",
  "'he added: “...' (left open)", "pronoun"),
 ("What we shouldn’t do is just say", "let’s move him on.", jm, P, jm_r4, "body",
  "next paragraph of his quote, closed (the bracketed insertion is inside the quote)", "continuation"),
 ("accountability edge and a regulatory edge", None, jm, P, jm_r4, "body",
  "'There would always have to be an “...” in NHS Improvement’s work, he said.' (built into the writer's sentence)", "fragment"),
 ("it’s a performance manager first", "it’ll do some improvement", jm, P, jm_r4, "body",
  "'But he did not want to construct the organisation in such a way that “...”' (his words in the writer's sentence)", "fragment"),
 ("it’s a regulator first and it has to be so distant", "can’t do improvement", jm, P, jm_r4, "body",
  "'..., or that “...”.' (the second of his phrases in the same sentence)", "fragment"),
])

jh = "Jeremy Hunt"; jh_r = "health secretary"
f("may-to-give-nhs-significant-cash-boost-jeremy-hunt-reveals.txt", [
 ("She is unbelievably committed.", "getting this right,", jh, P, jh_r, "body",
  "'“...,” Hunt said.' (the health secretary Jeremy Hunt, named in the lead; the headline's and lead's quotes have 1-2 words)", "said-after"),
 ("I’ve been making the NHS’s case", "completely appreciates that.", jh, P, jh_r, "body",
  "next paragraph, a quote left open with no attribution of its own after his quote", "continuation"),
 ("Now the economy is back on its feet", "grandchildren will experience,", jh, P, jh_r, "body",
  "'“...,” Hunt added.' (after the caption lines; the bracketed insertion is inside the quote)", "said-after"),
])

f("monitor-chief-warns-providers-cant-bear-more-than-2pc-savings.txt", [
 ("I think the provider organisations will really struggle", "in the autumn statement…", db, P, "outgoing Monitor chief executive", "body",
  "'Asked whether ..., he told HSJ: “...' (he = Mr Bennett, 'The outgoing Monitor chief executive' and 'David Bennett' earlier; left open)", "pronoun"),
 ("Now of course we shouldn’t accept that", "around that £2bn deficit.", db, P, "outgoing Monitor chief executive", "body",
  "next paragraph of his quote, closed (the bracketed insertion is inside the quote)", "continuation"),
 ("Certainly the tariff puts pr", None, db, P, "outgoing Monitor chief executive", "body",
  "'He said he didn’t know whether there was “money floating around” ... but stated that: “...' (he = Mr Bennett; cut off mid-word after 5 tokens; the two phrases before have 3 and 4 words)", "pronoun"),
])

dk = "Dame Donna Kinnair"
f("nhs-long-term-plan-welcomed-by-nursing-organisations.txt", [
 ("We welcome the ambitions outlined in the plan", "caring for patients at home,", dk, P, "Acting RCN Chief Executive", "body",
  "'‘...,’ said Dame Donna Kinnair, Acting RCN Chief Executive.'", "said-after"),
 ("This is undoubtedly the right direction", "in the same period.", dk, P, "Acting RCN Chief Executive", "body",
  "second passage re-opened after her attribution in the same paragraph", "continuation"),
 ("Increased investment in the NHS is much needed", "step in the right direction,", "Sue Killen", P, "NMC Interim Chief Executive and Registrar", "body",
  "'“...,’ said NMC Interim Chief Executive and Registrar, Sue Killen.' (opened with a curly double mark, closed with a single)", "said-after"),
 ("Nurses and midwives are the cornerstone", "attracting more and retai", "unclear", U, "", "body",
  "a quote paragraph cut off mid-word before any attribution; each quote before it in the page carries its own attribution after the quote ('said ...'), so its speaker may be named after the cut (it may be Sue Killen's next passage or another organisation's)", "other"),
])

ne = "Nigel Edwards"; ne_r = "Nuffield Trust Chief Executive"
f("nigel-edwards-responds-to-labour-s-nhs-rescue-plan.txt", [
 ("In recent years the NHS budget has grown", "go towards general practice.", ne, P, ne_r, "body",
  "'Responding to Labour’s ‘NHS Rescue Plan’, Nuffield Trust Chief Executive Nigel Edwards said:' on the line above (left open; ‘NHS Rescue Plan’ has 3 words)", "said-before"),
 ("A 4% increase a year will make a big difference", "same price per operation.", ne, P, ne_r, "body",
  "next paragraph of his quote, left open (the nested ‘ending privatisation’ has 2 words)", "continuation"),
 ("It’s not all about money though", "medical trainees to go around.", ne, P, ne_r, "body",
  "next paragraph of his quote, closed", "continuation"),
])

f("node-1597.txt", [
 ("rough seas make for great captains", None, "Someone", D, "", "body",
  "'Someone told me that ‘...’' in the transcript of Simon Stevens's speech (an unnamed person who told the speaker; written with straight marks)", "fragment"),
 ("yes; also seasickness and lifeboats", None, ss, P, "", "body",
  "'I said, ‘...’' (I = the speaker of the transcript, headed 'Simon Stevens transcript'; the page gives him no role)", "pronoun"),
 ("oh Lord, make me virtuous, but not yet", None, "St Augustine", P, "", "body",
  "'So our guide should not be St Augustine ‘...’.' (the words are given to St Augustine in the speaker's sentence)", "fragment"),
 ("tomorrow belongs to those who can hear it coming", None, "David Bowie", P, "", "body",
  "'I prefer David Bowie: ‘...’.' (name and colon before the quoted line)", "said-before"),
])

f("nuffield-trust-statement-response-to-ed-miliband-speech-on-the-nhs.txt", [
 ("Labour’s plan to give patients a range of new options", "family doctor makes sense.", ne, P, ne_r, "body",
  "'Commenting on Ed Miliband’s speech on the NHS, Nuffield Trust Chief Executive Nigel Edwards said:' on the line above (left open)", "said-before"),
 ("People’s needs vary from situation to situation", "model is welcome.", ne, P, ne_r, "body",
  "next paragraph of his quote (opened with a straight mark), left open", "continuation"),
 ("But solving the problems of general practice", "hospital specialists, and social workers.", ne, P, ne_r, "body",
  "next paragraph of his quote, left open", "continuation"),
 ("Such a change won’t come about", "healthier communities overall.", ne, P, ne_r, "body",
  "next paragraph of his quote, left open", "continuation"),
 ("By focusing on top-down changes", "change to primary care.", ne, P, ne_r, "body",
  "last paragraph of his quote, closed (the stored page ends here)", "continuation"),
])

ch = "Chris Ham"; ch_r = "Chief Executive of The King’s Fund"
f("our-response-jeremy-hunts-25-year-vision-nhs.txt", [
 ("There is much to welcome in the Secretary of State’s vision", "improve quality of care.", ch, P, ch_r, "body",
  "'Responding to the Secretary of State for Health’s 25-year vision for the NHS, Chris Ham, Chief Executive of The King’s Fund, said:' on the line above (left open; the paragraph ends with a space)", "said-before"),
 ("Many of the themes in the speech", "financial and service pressures.", ch, P, ch_r, "body",
  "next paragraph of his quote, left open", "continuation"),
 ("A seven-day NHS is the right ambition", "associated with a seven-day NHS.", ch, P, ch_r, "body",
  "last paragraph of his quote, closed", "continuation"),
])

lb = "Dr Liam Brennan"; lb_r = "President of the Royal College of Anaesthetists (RCoA)"
f("rcoa-responds-nhs-funding-announcement.txt", [
 ("The funding settlement comes with a well-meaning commitment", "needed to deliver it.", lb, P, lb_r, "body",
  "'Dr Liam Brennan, President of the Royal College of Anaesthetists (RCoA), said:' on the line above (left open)", "said-before"),
 ("With this funding package", "as efficiently as possible.", lb, P, lb_r, "body", "next paragraph of his quote, left open", "continuation"),
 ("Evidence shows that investment in public health", "will again be sidelined.", lb, P, lb_r, "body", "next paragraph of his quote, left open", "continuation"),
 ("We hope that these uncertainties will be addressed", "workforce to support it.", lb, P, lb_r, "body", "next paragraph of his quote, left open", "continuation"),
 ("Patients don’t care about the numbers", "the service they can expect", lb, P, lb_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

f("reaction-nhs-long-term-plan.txt", [
 ("The goals of this plan look right", "several big pitfalls ahead.", ne, P, ne_r, "body",
  "'Commenting on the NHS Long Term Plan Nuffield Trust Chief Executive Nigel Edwards said:' on the line above", "said-before"),
 ("The extra funding will actually be below", "have even less to spare.", ne, P, ne_r, "body",
  "next paragraph, a closed quote with no attribution of its own after his quote", "continuation"),
 ("In the NHS it is always difficult", "varies so much across England.", ne, P, ne_r, "body",
  "next quote paragraph, no attribution of its own", "continuation"),
 ("The biggest obstacle of all is the lack of key staff.", "needs deep reform.", ne, P, ne_r, "body",
  "next quote paragraph, no attribution of its own, before the next name-and-role line (the quote after that line is cut off after 3 tokens)", "continuation"),
])

f("royal-colleges-seek-clarity-over-prime-minister-s-nhs-funding-plan.txt", [
 ("big moments in NHS history", None, jh, P, "Health Secretary", "body",
  "'Health Secretary, Jeremy Hunt, last week revealed his top priorities for the forthcoming “long term plan” for the NHS, telling the Health Service Journal that it will represent one of the “...”.' (built into the writer's sentence; the college president's quote is cut off after 3 tokens)", "fragment"),
])

ss_r = "NHS England Chief Executive"
f("simon-stevens-call-for-bold-action-to-make-nhs-fit-for-the-future.txt", [
 ("We’ve just come out of a general election debate", "across the generations.", ss, P, ss_r, "body",
  "'In his first speech since the general election ... Mr Stevens said:' at the end of the line above (NHS England Chief Executive Simon Stevens, named in the lead)", "said-before"),
 ("Last Autumn the Health Service came together", "for our country’s NHS.", ss, P, ss_r, "body",
  "'Referring to the NHS Five Year Forward View, he says: “...' (the passage ends where a second opening mark re-opens the quote, a merged paragraph break)", "pronoun"),
 ("Patients groups, caring professionals, national leaders", "now getting going on.", ss, P, ss_r, "body",
  "second passage opened with “ in the same paragraph (the nested ‘manifesto’ has 1 word)", "continuation"),
])

ss_r2 = "NHS England chief executive"
f("simon-stevens-interview-full-speed-ahead-for-the-nhs-at-70.txt", [
 ("Working in the NHS, you get to see", "huge changes and improvements,", ss, P, ss_r2, "body",
  "'“...,” he says.' (he = Simon Stevens; role from the standfirst 'the NHS England chief executive wants to use this moment ...')", "pronoun"),
 ("I’ve been very clear that what this settlement gives us", "the economy tanked in 2008,", ss, P, ss_r2, "body",
  "'“...,” he says.' (after the question 'Is he happy with the new agreement?')", "pronoun"),
 ("In a publicly-funded health service", "opportunity for a better-funded", ss, P, ss_r2, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

f("simon-stevens-points-may-hammonds-miserliness.txt", [
 ("underfunding our health services by £20bn-£30bn a year", None, ss, P, "NHS England chief executive", "body",
  "'Simon Stevens’s warning to Theresa May and Philip Hammond of the risks they are running by “...”' (his warning's words in the writer's sentence; role from 'The NHS England chief executive’s speech')", "fragment"),
])

f("simonstevensspeechtothenhsconfederationconference17thjune2016.txt", [
 ("260,000 excess deaths from cancer", "protective effects of the NHS.", ss, P, "", "body",
  "'He also reckoned that \"austerity\" across the OECD area had led to \"...\"' (he = Simon Stevens, whose speech the page summarises under the title 'Simon Stevens speech to the NHS Confederation Conference 17th June 2016'; the page gives him no role; \"health service leader[s]\" and \"major industrialised country\" have 3 words)", "fragment"),
 ("it is hard to see", None, ss, P, "", "body",
  "'capital spending will \"incredibly tight\" and \"...\" how such development will be affor' (the writer's summary of his speech; 5 words)", "fragment"),
])

mr = "Sir Mike Richards"; mr_r = "chief inspector of hospitals"
f("sir-mike-richards-on-inspecting-hospitals-and-the-nhs-i-ve-seen-a-huge-amount-of-very-good-care.txt", [
 ("I’ve seen a huge amount of very good care", None, mr, P, mr_r, "headline",
  "headline 'Sir Mike Richards on inspecting hospitals and the NHS: ‘...’ says 'whistleblower-in-chief'' (role from the standfirst 'the chief inspector of hospitals Sir Mike Richards')", "said-before"),
 ("say it as it is", None, mr, P, mr_r, "body",
  "'He is an expert who ... in his own words, “...”.' (he = Sir Mike; 5 words)", "fragment"),
 ("Generally we have seen a huge amount of very good care,", None, mr, P, mr_r, "body",
  "'“...” Sir Mike says, pausing ...' (the quote after it is cut off after 4 tokens)", "said-after"),
])

kf = "The King’s Fund"
f("the-kings-fund-responds-to-nhs-long-term-plan.txt", [
 ("This is an ambitious plan that includes", "the lives of many people.", kf, O, "", "body",
  "'They said: “...' (They = The King’s Fund, the subject of the paragraph before; left open)", "pronoun"),
 ("NHS leaders should be applauded", "personalised care for patients.", kf, O, "", "body",
  "next paragraph of its quote, closed", "continuation"),
 ("A number of decisions – notably on hospital waiting times", "difficult choices lie ahead.", kf, O, "", "body",
  "'The charity continued: “...' (the charity = The King’s Fund; left open)", "description"),
 ("Whether the plan can be delivered", "published later this year.", kf, O, "", "body",
  "next paragraph of its quote, closed", "continuation"),
 ("The NHS and social care are two sides", "to the population’s health.", kf, O, "", "body",
  "'The King’s Fund said: “...' (left open)", "said-before"),
 ("We strongly support the ambition", "The plan sends a welc", kf, O, "", "body",
  "next paragraph of its quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("the-nhs-long-term-plan-commentary-so-far.txt", [
 ("should be no illusions about the scale of the challenge ahead", None, kf, O, "", "body",
  "'To summarise, The King’s Fund said there “...”.' (built into the writer's sentence; “short term fix”, “huge questions” and “ambitious” before have 1-3 words)", "fragment"),
 ("level of ambition is good", None, ne, P, "Nuffield Trust chief executive", "body",
  "'Nuffield Trust chief executive Nigel Edwards commented on the Long Term Plan, saying that the goals “look right” and the “...”' (5 words)", "fragment"),
 ("funding will actually be below the historic average", None, ne, P, "Nuffield Trust chief executive", "body",
  "'but he was concerned over the difficulty of rolling out such changes, as the “...”' (he = Nigel Edwards)", "fragment"),
 ("stop progress dead in it’s tracks", None, ne, P, "Nuffield Trust chief executive", "body",
  "'and Brexit could “...”.' (same sentence of the writer's account of his comments)", "fragment"),
 ("is the lack of key staff…", "shortfall of 250,000 by 2030", ne, P, "Nuffield Trust chief executive", "body",
  "'The “biggest obstacle of all”, he said, “...”.' (he = Nigel Edwards; his words carry on the writer's sentence; “biggest obstacle of all” has 4 words)", "fragment"),
 ("looks set to promise a host of improvements", "use of digital technology and", "Niall Dickinson", P, "NHS Confederation chief executive", "body",
  "'NHS Confederation chief executive Niall Dickinson said the plan “...' (built into the writer's sentence; cut off by the end of the excerpt; the name is kept as printed)", "fragment"),
])

fyfv = "the Five Year Forward View report"
f("update-nhs-leaders-call-for-8bn-a-year-to-fill-cash-hole.txt", [
 ("the future health of millions of children", "prevention and public health", fyfv, D, "", "body",
  "'Top of the list, is the need for a much greater emphasis on the prevention of ill health, because “...”. As such, the report backs “hard-hitting” action ...' (the list is the four key areas the Five Year Forward View lays out, per the paragraph before; the report was 'Produced by NHS England, Public Heath England, Monitor, the NHS Trust Development Authority, Care Quality Commission and Health Education England', so not one organisation)", "fragment"),
])

hsl = "Professor Helen Stokes-Lampard"; rv = "Dr Richard Vautrey"; de = "Dr Dean Eggitt"
f("what-gps-think-of-the-governments-35bn-funding-announcement.txt", [
 ("Any investment in patient care in the community", "recipient of this new funding.", hsl, P, "RCGP chair", "body",
  "name-and-role line 'RCGP chair Professor Helen Stokes-Lampard' above the quote (left open)", "name-role-line"),
 ("The Prime Minister’s announcement demonstrates", "of the NHS and patient care.", hsl, P, "RCGP chair", "body",
  "next paragraph of her quote, left open", "continuation"),
 ("It is an important step forward to meeting our calls", "doesn’t go all the way.", hsl, P, "RCGP chair", "body",
  "next paragraph of her quote, closed", "continuation"),
 ("The devil will be in the detail.", "where the money will be spent.", rv, P, "GP Committee chair", "body",
  "name-and-role line 'GP Committee chair Dr Richard Vautrey' above the quote (left open)", "name-role-line"),
 ("The government has said this funding will reach", "as soon as possible.", rv, P, "GP Committee chair", "body",
  "next paragraph of his quote, left open", "continuation"),
 ("Hard-working doctors are leaving the profession", "reverse in this worrying trend.", rv, P, "GP Committee chair", "body",
  "next paragraph of his quote, closed", "continuation"),
 ("These schemes are extra to the care we already offer.", "more work with less money.", de, P, "GPC member and Doncaster LMC medical secretary", "body",
  "name-and-role line 'GPC member and Doncaster LMC medical secretary Dr Dean Eggitt' above the quote (left open; the next quote paragraph is cut off after 3 tokens)", "name-role-line"),
])

wr = "the unnamed writer of the comment piece"
f("what-the-nhs-improvement-chief-executive-must-do-first.txt", [
 ("Join the team and make a difference", None, "", N, "", "body",
  "'“...” was a successful NHS recruitment campaign' (a campaign slogan, nobody's speech)", "other"),
 ("In a world where we speak often of horizontal and vertical integration, we can now consider both", None, wr, D, "", "pull quote",
  "pull quote line between paragraphs, repeating the writer's own sentence 'In a world where we speak often of horizontal and vertical integration, we now have the opportunity to consider both' (the first-person writer, who points to 'issues that affect NHS Confederation members', is not named in the excerpt)", "other"),
 ("Short term, ugly interventions to reduce costs stymie transformation and disengage staff", None, wr, D, "", "pull quote",
  "second pull quote line of the unsigned first-person piece; its sentence falls after the cut", "other"),
])

label_table.build(R, prefix="AS", split="heldout44", out="eval/quotes/heldout44.jsonl")
