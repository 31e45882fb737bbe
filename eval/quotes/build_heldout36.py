"""Build heldout36.jsonl (the thirty-sixth held-out attribution set, over eval/corpus40) from
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

Run:  python3 eval/quotes/build_heldout36.py   (writes eval/quotes/heldout36.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus40/")

# ---------------------------------------------------------------------------
cdp = "Clare Panniker"; cdp_r = "Hospital trust chief executive"
jdp = "Jackie Doyle- Price"
f("all-clear-hospital-now-rated-good.txt", [
 ("I would like to congratulate all the staff", "out of special measures.", jdp, P, "Thurrock MP", "body",
  "'Thurrock MP Jackie Doyle- Price said: “...' (name printed with the stray space; left open; the next paragraph, 'It says so much about them ...', has no marks and is not labelled; “good” and “outstanding” above have 1 word)", "said-before"),
 ("What has happened is a profound cultural change", "achieved by leadership.", jdp, P, "Thurrock MP", "body",
  "the paragraph after the unmarked one, opened and closed, with no attribution of its own: the rest of her quote", "continuation"),
 ("start of a new exciting chapter", None, cdp, P, cdp_r, "body",
  "'Hospital trust chief executive Clare Panniker said the announcement marked the “...”' (built into the writer's sentence, which the page breaks after the closing mark)", "fragment"),
 ("This is real a turning point.", "shackles of special measures.", cdp, P, cdp_r, "body",
  "'She added: “...' (she = Clare Panniker, the paragraph before; left open)", "pronoun"),
 ("It marks the end of an era", "the quality of our care.", cdp, P, cdp_r, "body",
  "next paragraph of her quote (left open; the writer's text follows)", "continuation"),
])

ps = "Phil Scarlett"; ps_r = "former non-executive director"
f("anger-at-super-gag-for-whistleblower.txt", [
 ("It appears that people are preoccupied", "games and meddling.", ps, P, ps_r, "body",
  "'Mr Scarlett said: “...' (introduced as 'former non-executive director Phil Scarlett, from Spalding'; the headline's ‘super gag’, “gag” and “super gag” have 1-2 words; left open)", "said-before"),
 ("It seems anyone who doesn’t", "can be conjured up.", ps, P, ps_r, "body",
  "next paragraph of his quote (left open; the nested ‘toe the party line’ and ‘taken out’ have 2-4 words)", "continuation"),
 ("An NHS full of non-executive directors", "is a disgrace.", ps, P, ps_r, "body",
  "next paragraph of his quote, closed (nested ‘yes’ has 1 word)", "continuation"),
])

cqc = "Care Quality Commission"
at = "Adrian Taylor"; dch = "Dr David Charles"; na = "Dr Nicole Atkinson"; na_r = "clinical chair for NHS Nottingham West CCG"
f("beeston-gp-surgery-earns-first.txt", [
 ("compassion, kindness, dignity and respect", None, "Inspectors", D, "", "body",
  "'Inspectors praised the surgery for understanding the needs of its patients and for treating them with \"...\".' (the CQC's inspectors, unnamed; built into the writer's sentence; 'outstanding' and 'good' above have 1 word)", "fragment"),
 ("Leaders used their skills and capabilities", "improvement and innovations.", cqc, O, "", "body",
  "'The inspection report states: \"...' (the report of the Care Quality Commission (CQC), which 'found the surgery to be 'outstanding'' and 'highlighted two areas of outstanding practice' just before; left open)", "said-before"),
 ("For example, they created alerts", "to psychotherapy services.", cqc, O, "", "body", "next paragraph of the report's words (left open)", "continuation"),
 ("All of these have been shared", "CCG) in Nottinghamshire.", cqc, O, "", "body", "next paragraph of the report's words, closed", "continuation"),
 ("It's fantastic that the CQC have recognised", "our staff and GPs.", at, P, "practice manager", "body",
  "'Adrian Taylor, practice manager, said: \"...' (left open)", "said-before"),
 ("We would also like to thank our patients", "all their support.", at, P, "practice manager", "body", "next paragraph of his quote, closed", "continuation"),
 ("We have always taken pride in the levels", "recognised by the CQC.", dch, P, "GP", "body",
  "'GP Dr David Charles added: \"...' (left open)", "said-before"),
 ("We will continue to strive", "external inspection.", dch, P, "GP", "body", "next paragraph of his quote, closed", "continuation"),
 ("Congratulations to the team at Manor Surgery", "in the Beeston area.", na, P, na_r, "body",
  "'She said: \"...' (she = 'Dr Nicole Atkinson, clinical chair for NHS Nottingham West CCG', the paragraph before; left open)", "pronoun"),
 ("We are very pleased to have eight", None, na, P, na_r, "body",
  "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

ps_ = "Penelope Schofield"; ps_r2 = "West Sussex coroner"
f("britains-cruellest-care-home-institutional-abuse-contributed-to-deaths-of-five-pensioners.txt", [
 ("Shit, we can't send her to hospital", "shut us down.", "Meera Read", P, "a manager of the home in Copthorne, near Crawley", "body",
  "'Meera Read, a manager of the home in Copthorne, near Crawley, denied she had looked at the documents ... and falsified new ones after saying: \"...\"' (the words the inquest was told she said; the text gives them to her, though she denied the account; the headline's 'Institutional abuse', the standfirst's 'good', \"something is badly wrong\" and \"from the top down\" have 1-4 words)", "said-before"),
 ("an accident waiting to happen", None, ps_, P, ps_r2, "body",
  "'Describing the £3,000-a-month home as \"...\" before it was shut late in 2011, the coroner said:' (the coroner = 'West Sussex coroner Penelope Schofield', named above; built into the writer's clause)", "fragment"),
 ("There was institutionalised abuse throughout the home", "did anything about it.", ps_, P, ps_r2, "body",
  "'..., the coroner said: \"...' (the coroner = 'West Sussex coroner Penelope Schofield', named above; left open)", "description"),
 ("This, to me, was from the top down.", "mismanaged and understaffe", ps_, P, ps_r2, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

shc = "A spokesman for Sussex Health Care"
f("care-home-owners-to-lodge-complaint-over-closure.txt", [
 ("People were being exposed to immediate risk", "because of poor practice.", "Debbie Ivanova", P, "commission deputy chief inspector", "body",
  "'Explaining the decision this week commission deputy chief inspector Debbie Ivanova said: “...”' (the commission = the Care Quality Commission; ‘at risk of death’ in the lead has 4 words)", "said-before"),
 ("As soon as the Care Quality Commission issued", "released by the CQC.", shc, D, "", "body",
  "'However, a spokesman for Sussex Health Care said: “...' (unnamed; left open)", "said-before"),
 ("The CQC were not present at the home", "supported this wholeheartedly.", shc, D, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("The CQC’s decision left 23 frail", "blame for its decision.", shc, D, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("We understand the CQC is entitled", "decision to close the home.", shc, D, "", "body", "next paragraph of his quote, closed (the page ends here)", "continuation"),
])

msr = "Professor Sir Mike Richards"; msr_r = "CQC’s Chief Inspector of Hospitals"
f("chief-inspector-hospitals-recommends-hinchingbrooke-health-care-nhs-trust-placed.txt", [
 ("We have given the trust an overall rating", "special measures action plan.", msr, P, msr_r, "body",
  "'CQC’s Chief Inspector of Hospitals, Professor Sir Mike Richards, said:' on its own line above the quote (the nested ‘Inadequate’ and ‘Inadequate’/‘Requires Improvement’ above have 1-2 words; left open)", "said-before"),
 ("Our inspection at Hinchingbrooke Health Care NHS Trust", "trust inadequate for ‘caring’.", msr, P, msr_r, "body",
  "next paragraph of his quote (left open; nested ‘caring’ has 1 word)", "continuation"),
 ("Our findings highlight the significant failings", "on the role of the", msr, P, msr_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

sf = "Steve Field"; sf_r = "chief inspector of GPs"
f("chief-inspector-of-gps-most-doctors-dont-really-know-what-bad-practice-can-be-like-for-patients.txt", [
 ("Most doctors don’t really know what bad practice", "can be like for patients", sf, P, sf_r, "headline",
  "headline 'Chief inspector of GPs: ‘...’' (the body names him: 'they appointed Steve Field to become England’s first chief inspector of GPs last year'; an interview with him)", "description"),
 ("the hardest I’ve ever worked", None, sf, P, sf_r, "body",
  "'Looking back now he describes that time as “...” before adding “since I came here”.' (he = Dr Field; built into the writer's sentence; “since I came here” has 4 words)", "fragment"),
 ("It was the first time I’d done anything", "rather than clinical,", sf, P, sf_r, "body",
  "'“...,” he says.' (he = Dr Field)", "pronoun"),
 ("I was independent and having to stand up", "some of the politician", sf, P, sf_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

msr2 = "Professor Sir Mike Richards"; msr2_r = "chief inspector of hospitals"
f("close-correlation-between-safety-rating-overall-rating-says-chief-inspector-hospitals.txt", [
 ("The findings are based on just 12 inspections.", "its overall rating.", msr2, P, msr2_r, "body",
  "'Sir Mike said: \"...' (named 'Professor Sir Mike Richards' in the paragraph after the lead's 'the chief inspector of hospitals told a conference today'; \"requires improvement\", \"inadequate\" and \"good\" above have 1-2 words; left open)", "said-before"),
 ("Fewer hospitals were rated as good for safety", "any of the other services.", msr2, P, msr2_r, "body",
  "next paragraph of his quote, closed", "continuation"),
])

sb = "Simon Burns"
f("dozens-patients-surgery-wrong-body-year.txt", [
 ("Unsafe care is not to be tolerated.", None, sb, P, "Health minister", "caption",
  "caption line 'Determined: Health minister Simon Burns said: '...'' ('errors', 'wrong site surgery' and 'never events' above have 1-3 words)", "caption"),
 ("Unsafe care is not to be tolerated.", None, sb, P, "Health minister", "caption",
  "the same caption line printed a second time by the page", "caption"),
 ("Our recent White Paper makes clear", "not to be tolerated.", sb, P, "Health minister", "body",
  "'Health minister Simon Burns said: '...' (left open)", "said-before"),
 ("We are committed to extending the system", "patients in NHS care.", sb, P, "Health minister", "body",
  "next paragraph of his quote (left open; the next paragraph, 'We will, is cut off after 2 tokens)", "continuation"),
])

jhu = "Jeremy Hunt"
f("eleven-trusts-put-in-special-measures-following-keogh-review.txt", [
 ("This government is deeply proud of our NHS.", "we ignore poor care.", jhu, P, "health secretary", "body",
  "'Mr Hunt said: “...”' (the lead's 'the health secretary has announced', then 'Jeremy Hunt made the announcement in the Commons'; “special measures” has 2 words)", "said-before"),
])

f("enter-and-view-wanstead-hospital-and-king-georges-hospital.txt", [
 ("it was more like a frail elderly ward", None, "Authorised Representatives", D, "", "body",
  "'Authorised Representatives felt that the ward lacked ... They stated they felt ‘...’ a number of times throughout the visit.' (Healthwatch Redbridge's visitors, unnamed; built into the writer's sentence; ‘Enter and View’ has 3 words)", "fragment"),
])

rf = "Robert Francis QC"
f("francis-wont-be-drawn-on-resignation-of-nhs-head-in-wake-of-mid-staffordshire-inquiry.txt", [
 ("Had that approach been adopted", "we are now talking about.", rf, P, "", "body",
  "'He said, “...”' (he = Francis, the subject of the paragraph before; introduced as 'Robert Francis QC, whose inquiry into Mid Staffordshire ...' (a relative clause, not a role); “scapegoats”, “put someone on trial” and “pronounce sentence” have 1-4 words)", "pronoun"),
])

spf = "Professor Steve Field"; spf_r = "chief inspector of primary care"
cn = "Dr Chaand Nagpaul"
f("gpc-calls-for-professor-steve-fields-resignation-forthwith.txt", [
 ("has no confidence in the CQC’s current chief inspector of general practice", None, "", N, "", "body",
  "'The motion says that the GPC ’...’' : the wording of a GPC motion, which no one is said to have said (the headline's 'forthwith', 'demands his resignation forthwith’, ’ashamed of GPs’, ‘lost the confidence’ and ’ashamed’ have 1-4 words)", "other"),
 ("Sometimes we go into a surgery", "providing such poor care.", spf, P, spf_r, "body",
  "'He told the Daily Mail: ‘...’' (he = Professor Field, introduced as 'the chief inspector of primary care, Professor Steve Field')", "pronoun"),
 ("The GPC has no confidence in the CQC’s current Chief Inspector", "his resignation forthwith", "", N, "", "body",
  "'The motion - voted on by GPC members today - says: ’...’' : the motion's wording again, nobody's speech", "other"),
 ("This motion demonstrates the dismay and anger", "general practice at the CQC.", cn, P, "GPC chair", "body",
  "'Dr Chaand Nagpaul, GPC chair, said: ’...' (opened with a closing-style mark; left open)", "said-before"),
 ("When the vast majority of practices", "not undermining them.", cn, P, "GPC chair", "body",
  "next paragraph of his quote, closed (opened with a closing-style mark)", "continuation"),
 ("It is clear that the CQC inspection regime", "GPs and their staff aw", cn, P, "GPC chair", "body",
  "'He added: ’...' (he = Dr Nagpaul); cut off mid-word by the end of the excerpt", "pronoun"),
])

pp = "Peggy Phinn"; pp_r = "Chair of Harleston Medical Practice’s Patient Participation Group (PPG)"
f("harleston-practice-is-rated-outstanding.txt", [
 ("The practice had a clear vision", "discussed with staff.", cqc, O, "", "body",
  "'The report read: “...' (the report of the Care Quality Commission (CQC), which rated the practice, named in the lead; the unmarked pull-quote line above with the name 'Peggy Phinn' after it has no marks and is not labelled; ‘outstanding’ and ‘good’ have 1 word; left open)", "said-before"),
 ("The practice had strong and visible clinical", "governance arrangements.", cqc, O, "", "body",
  "next paragraph of the report's words, closed (“actively reviewed patients’ complaints” after 'It added that the practice' has 4 words)", "continuation"),
 ("The PPG would like to congratulate the Practice", "achieve this grade.", pp, P, pp_r, "body",
  "'Peggy Phinn, Chair of Harleston Medical Practice’s Patient Participation Group (PPG), said: “...' (nested ‘outstanding’ has 1 word; left open)", "said-before"),
 ("As patients of the Practice and members of the PPG", "Harleston Medical Practice.", pp, P, pp_r, "body",
  "next paragraph of her quote, closed", "continuation"),
])

smr = "Sir Mike Richards"; smr_r = "chief inspector of hospitals"
f("hospital-ft-to-be-removed-from-special-measures.txt", [
 ("Special measures is designed to provide intensive support", "the support it provided.", smr, P, smr_r, "body",
  "'Sir Mike said: ”...' (opened with a closing-style mark; 'The Care Quality Commission’s Sir Mike Richards' in the second paragraph after the lead's 'The chief inspector of hospitals has recommended'; “inadequate”, “requires improvement”, “operational challenges” and “special measures” have 1-2 words; left open)", "said-before"),
 ("During our inspection we found that wards", "was given priority.", smr, P, smr_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Although we saw high numbers of nursing staff", "arrangements for ophthalmolo", smr, P, smr_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

am = "Anne Main"; am_r = "St Albans MP"
f("hospital-improvements-lift-nhs-trust-out-of-special-measures.txt", [
 ("strong, supportive and visible leadership", None, "A team from the Care Quality Commission (CQC)", D, "", "body",
  "'It also pointed to evidence of “...”' (it = 'A team from the Care Quality Commission (CQC)', the subject of the paragraph before; built into the writer's sentence; “positive culture” and “proud to work” there have 2-3 words)", "fragment"),
 ("only thing that deserves to be called special is our wonderful staff", None, "Katie Fisher", P, "Chief executive", "body",
  "'Chief executive Katie Fisher said it was great to “shake off” the special measures tag and said the “...”.' (built into the writer's sentence; “shake off” has 2 words)", "fragment"),
 ("This is good news for the trust", "across the hospitals.", am, P, am_r, "body",
  "'She said: “...' (she = 'St Albans MP Anne Main', the paragraph before; left open)", "pronoun"),
 ("One of the aspects that is always rated", "deliver for patients.", am, P, am_r, "body",
  "next paragraph of her quote (left open; nested ‘good’ has 1 word)", "continuation"),
 ("Whilst there are still challenges ahead", "from strength to strength.", am, P, am_r, "body",
  "next paragraph of her quote, closed ('as noted by Ms Main' after; ‘requires improvement’, ‘good’ and ‘inadequate’ below have 1-2 words)", "continuation"),
])

db = "David Bennett"; rw = "Rob Webster"
f("hsj-live-11022015-francis-whistleblowing-report-and-reaction-catch-up.txt", [
 ("all of your staff are made fully aware", "relationship if necessary.", db, P, "chief executive of Monitor", "body",
  "'In a letter released this afternoon, David Bennett urges managers to ensure “...”' (the entry's first line: 'The chief executive of Monitor has highlighted ...'; his letter's words, built into the writer's sentence; ‘the stick’ above has 2 words)", "fragment"),
 ("If at all possible I would encourage you", "face-to-face,", db, P, "chief executive of Monitor", "body",
  "'“...,” he added.' (he = David Bennett)", "pronoun"),
 ("much more to be done", None, rw, P, "Chief executive", "body",
  "'The NHS Confederation has responded to ... Chief executive Rob Webster agreed there was “...”.' (the NHS Confederation's chief executive; built into the writer's sentence)", "fragment"),
 ("Greater transparency is essential", "care for patients.", rw, P, "Chief executive", "body",
  "quote paragraph with no attribution of its own after 'Chief executive Rob Webster agreed there was “much more to be done”.' (left open)", "continuation"),
 ("The information we provide to patients", "decisions about their care.", rw, P, "Chief executive", "body", "next paragraph of his quote (left open)", "continuation"),
 ("We need to ensure that measures to improve", "members and a proportionate", rw, P, "Chief executive", "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

bk = "Dr Bill Kirkup"; bk_r = "former deputy chief medical officer at the Department of Health"
rep = "A DAMNING report into the deaths of babies and mothers in the care of University Hospitals of Morecambe Bay NHS Foundation Trust"
f("lethal-mix-of-factors-led-to-unnecessary-deaths-of-one-mum-and-eleven-babies-report.txt", [
 ("Different clinical care in these cases", "one mother and 11 babies.", bk, P, bk_r, "body",
  "'Speaking of the failure of care, Dr Kirkup said: \"...\"' (introduced as 'Dr Bill Kirkup, a former deputy chief medical officer at the Department of Health' who chaired the inquiry; \"almost every level\", \"significant failures of care\", \"fractured\" and \"unacceptable pursuit\" above have 1-4 words)", "said-before"),
 ("disturbing catalogue of missed opportunities", None, bk, P, bk_r, "body",
  "'The chair of the investigation concluded what followed was a \"...\"' (the chair = Dr Bill Kirkup, 'the inquiry was chaired by Dr Bill Kirkup'; built into the writer's sentence)", "fragment"),
 ("What happened at Morecambe Bay required", "health service regulators,", bk, P, bk_r, "body",
  "'\"...,\" he added.' (he = the chair of the investigation, Dr Kirkup)", "pronoun"),
 ("seriously dysfunctional nature of the maternity service at FGH", None, rep, D, "", "body",
  "'The report said the origin of the problems lay in the \"...\".' (the report named in the lead; its author is not named as its speaker; built into the writer's sentence; \"lethal mix\" below has 2 words)", "fragment"),
])

nwr = "a report to this week’s meeting of the board by Dr Jill Newman, director of performance"
f("north-wales-hospital-patient-twice-opened-up-because-swab-was-left-inside-him-during-surgery.txt", [
 ("A 9x9 swab had been left inside patient", "swab removed immediately.", nwr, D, "", "body",
  "quote paragraph with no attribution of its own after 'the report says that when the swab count was carried out after surgery the correct policy was followed' (the report 'to this week’s meeting of the board by Dr Jill Newman, director of performance': a board paper, whose words the page gives to the report; 'Never Events' and “Retained foreign object post-operation” above have 2-4 words; left open)", "continuation"),
 ("Patient returned to ward and informed of incident.", "no harm to patient.", nwr, D, "", "body",
  "next paragraph of the report's words, opened with a straight mark and closed with a curly one", "continuation"),
 ("Patient complained of stinging sensation.", "Error quickly rectified.", nwr, D, "", "body",
  "'Referring to the other case ..., the report states: “...' (the passage ends where a second opening mark re-opens the quote in the same paragraph, a merged paragraph break)", "said-before"),
 ("There was no harm to the patient.", None, nwr, D, "", "body",
  "second passage, re-opened with a straight mark in the same paragraph and closed with a curly one (the page ends two paragraphs later)", "continuation"),
])

sf2 = "Professor Steve Field"; sf2_r = "chief inspector of primary care"
cg = "Dr Clare Gerada"; cg_r = "Royal College of General Practitioners (RCGP) chair"
f("new-cqc-chief-inspector-cracks-down-on-failing-practices.txt", [
 ("I will not hesitate at all to order the closure", "treat them with dignity.", sf2, P, sf2_r, "body",
  "'He said: “...”' (he = Field; 'Professor Steve Field, a Birmingham GP who will begin the role on Tuesday' after the lead's 'first chief inspector of primary care', and 'his first act as chief inspector of primary care' below; “would not shy away” has 4 words)", "pronoun"),
 ("The concept of widespread weekend access", "in a single day.", cg, P, cg_r, "body",
  "'She said: “...' (she = 'Royal College of General Practitioners (RCGP) chair Dr Clare Gerada', the paragraph before; “unrealistic” has 1 word; left open)", "pronoun"),
 ("No doctor in the NHS should be expected", "for patients or GPs.", cg, P, cg_r, "body", "next paragraph of her quote, closed", "continuation"),
])

gw = "Gary Walker"; gw_r = "former chief executive of United Lincolnshire Hospitals Trust"
f("nhs-gagging.txt", [
 ("I don’t see whistle-blowers being protected", "cannot speak out.", gw, P, gw_r, "body",
  "'He claims that the use of so called “super gags” is widespread and said “...”' (he = Mr Walker, introduced as 'Gary Walker, former chief executive of United Lincolnshire Hospitals Trust'; the headline's \"gagged\", “gross professional misconduct”, “whatever the demand” and “super gags” have 1-3 words)", "pronoun"),
 ("We have consistently made it clear to the NHS", "in the public interest.", "Department of Health", O, "", "body",
  "'The Department of Health responded by stating “...”' (nested “gagging” has 1 word)", "said-before"),
])

gw2 = "Gary Walker"; gw2_r = "former chief of United Lincolnshire Hospitals Trust"
f("nhs-whistleblower-quit-gagged.txt", [
 ("culture of oppression and fear", None, gw2, P, gw2_r, "standfirst",
  "standfirst 'Gary Walker, former chief of United Lincolnshire Hospitals Trust, says '...' has silenced critics' (built into the sentence)", "fragment"),
 ("It's a simple decision.", "care that could wait,", gw2, P, gw2_r, "body",
  "'\"...,\" Walker told BBC Radio 4's Today.' (\"culture of fear\" above has 3 words)", "said-after"),
 ("It's not nice to wait", "should take priority.", gw2, P, gw2_r, "body",
  "second passage re-opened in the same paragraph after 'Walker told BBC Radio 4's Today.' (\"whatever the demand\" below has 3 words)", "continuation"),
])

ah = "Dr Anna Hiley"; sf3 = "Steve Field"
f("outstanding-gps-patients-cqc-inspection.txt", [
 ("We regard what we did for that young man", "a crucial part of wellbeing,", ah, P, "Inclusion’s chief executive", "body",
  "'“...,” says Dr Anna Hiley, Inclusion’s chief executive .'", "said-after"),
 ("It is about looking at caring a little bit differently.", None, ah, P, "Inclusion’s chief executive", "body",
  "second passage re-opened in the same paragraph after 'says Dr Anna Hiley, Inclusion’s chief executive .'", "continuation"),
 ("In all our outstanding practices", "the patient at the centre of", sf3, P, "CQC’s chief inspector of GPs", "body",
  "'He says: “...' (he = 'the CQC’s chief inspector of GPs, Steve Field', the sentence before); cut off by the end of the excerpt", "pronoun"),
])

jb = "Julie Bailey"; jb_r = "Campaigner"
f("poor-care-still-haunts-campaigner.txt", [
 ("I am here because of failure in leadership.", None, jb, P, jb_r, "body",
  "'Speaking at a leadership conference at The King’s Fund Ms Bailey, who set up Cure the NHS after her mother’s death, said: “...' (named 'Campaigner Julie Bailey' in the lead; the headline's 'still haunts campaigner' has 3 words; left open)", "said-before"),
 ("This failure ripped through the heart", "to die and suffer.", jb, P, jb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("It was not overnight, it was prolonged", "the whole system.", jb, P, jb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Not a day goes by where I don’t go to bed", "the suffering I witnessed.", jb, P, jb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Do you think the managers who allowed", "done things better?", jb, P, jb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("I am not alone. I am one of many throughout t", None, jb, P, jb_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("public-inquiry-julie-baileys-story.txt", [
 ("I thought it required a lot of attention and a lot of work", None, "David Kidney", P, "former Labour MP for Stafford", "body",
  "the paragraph before ends 'Mr Kidney explained while giving evidence at the Public Inquiry his response at the time:' (named there 'former Labour MP for Stafford David Kidney'), and the quote's own paragraph goes on '''...'' is what he said to the inquiry' (doubled single marks; 'Cure the NHS', 'Cure The NHS' and \"affronted\" have 1-3 words)", "said-before"),
])

jm = "Janet Morrison"; jm_r = "Chief Executive of Independent Age"
js = "Julia Scott"; js_r = "CEO of the Royal College of Occupational Therapists"
f("responses-to-our-report-on-leaving-hospitals-and-other-care-settings.txt", [
 ("What happens when people leave hospital and other care settings", None, "", N, "", "body",
  "'have responded to our report '...'.' : the title of a report, in marks; nobody's speech", "other"),
 ("There are undeniable pressures on the health and care system", "all involved in their care.", jm, P, jm_r, "body",
  "'Janet Morrison, Chief Executive of Independent Age, said:' on its own line above the quote (closed)", "said-before"),
 ("There are welcome pockets of good practice", "cuts to their funding.", jm, P, jm_r, "body",
  "next paragraph, re-opened and closed, with no attribution of its own: the rest of her statement", "continuation"),
 ("The Royal College of Occupational Therapists has documented", "is yet further evide", js, P, js_r, "body",
  "'Julia Scott, CEO of the Royal College of Occupational Therapists said:' on its own line above the quote; cut off mid-word by the end of the excerpt", "said-before"),
])

jb2 = "Julie Bailey"; jb2_r = "from action group Cure the NHS"
f("stafford-hospital-campaigner-who-lost-her-mother-calls-for-accountability-as-public-inquiry-findings-published.txt", [
 ("We don’t want a bully at the top", "staff on the front line,", jb2, P, jb2_r, "body",
  "'‘...,’ she said.' (she = Julie Bailey, 'Ms Bailey', the subject of the paragraph before; caption line 'Julie Bailey, from action group Cure the NHS'; ‘appalling’ above has 1 word)", "pronoun"),
 ("Sir David Nicholson needs to resign today.", "failed the front line.", jb2, P, jb2_r, "body",
  "next paragraph, opened and closed, with no attribution of its own", "continuation"),
 ("We want resignations, we are going nowhere.", None, jb2, P, jb2_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("We have lost hundreds of lives within the NHS", "we want accountability.", jb2, P, jb2_r, "body",
  "next paragraph of her quote, closed (‘appalling’, ‘zero tolerance’ and the cut-off ‘fundamental standar below have 1-2 tokens)", "continuation"),
])

md = "Mike Durkin"; md_r = "National patient safety director"
f("surgical-never-events-completely-unacceptable.txt", [
 ("I think that’s completely unacceptable", "in place to prevent them,", md, P, md_r, "body",
  "'“...,” he said.' (he = 'National patient safety director Mike Durkin', the paragraph before; “very disappointing” there has 2 words)", "pronoun"),
 ("There isn’t really an excuse.", None, md, P, md_r, "body",
  "second passage re-opened in the same paragraph after 'he said.'", "continuation"),
 ("That calls into play the human factors", "working under which cre", md, P, md_r, "body",
  "quote paragraph with no attribution of its own after 'He said root cause analysis of surgical never events often found ...' (he = Dr Durkin; “difficult to understand” and “boxes had been ticked” above have 3-4 words); cut off mid-word by the end of the excerpt", "continuation"),
])

f("the-healthcare-safety-investigation-branch-glass-half-full-or-half-empty.txt", [
 ("free to use it as they wish", None, "Expert Advisory Group", O, "", "body",
  "'the recommendations on openness ... made by the Expert Advisory Group. After careful consideration this broad church of experts in patient safety recommended that ... they would be ‘...’.' (built into the writer's sentence; ‘must’ has 1 word)", "fragment"),
 ("but such disclosure may only be made", "the safe space principle", "statutory directions on how HSIB should work", D, "", "body",
  "'However, the directions say only that the Chief Investigator ‘may, when requested’ disclose such information to the patient ‘...’.' (the 'statutory directions on how HSIB should work' that 'the Government has already set': a document, whose words the page gives to the directions; built into the writer's sentence; ‘may, when requested’ and ‘safe space’ have 2-3 words)", "fragment"),
])

sath = "Shrewsbury and Telford Hospital NHS Trust"
f("swab-left-in-patients-throat-sparks-never-event-investigation-at-shropshire-hospital.txt", [
 ("The patient's condition was reported as good", "undertaken by the trust.", sath, O, "", "body",
  "'The trust reported: \"...\"' (the trust = 'Shrewsbury and Telford Hospital NHS Trust', named above; its report to commissioners, quoted from the CCG papers; the headline's and body's 'never event' have 2 words)", "said-before"),
 ("Secondly, the following morning there was a theatre department", "swab count policy.", sath, O, "", "body",
  "'It added: \"...' (it = the trust; left open)", "pronoun"),
 ("And finally it has been documented", "read the swab count policy.", sath, O, "", "body", "next paragraph of the trust's words, closed", "continuation"),
])

eps = "A spokesperson for the Epsom and St Helier trust"
f("swab-left-inside-patients-body-after-surgery-at-st-helier-hospital.txt", [
 ("Our busy hospitals have a record", "the Government expect of us.", eps, D, "", "body",
  "'A spokesperson for the Epsom and St Helier trust said: \"...' (unnamed; \"never event\" above has 2 words; left open)", "said-before"),
 ("As such, any incident that may impact", "taken very seriously indeed.", eps, D, "", "body", "next paragraph of the quote (left open)", "continuation"),
 ("In the past three years, we have treated", "act upon and learn from", eps, D, "", "body",
  "next paragraph of the quote; cut off by the end of the excerpt", "continuation"),
])

ch = "Chris Ham"; ch_r = "Chief Executive of The King’s Fund"
f("the-kings-funds-statement-on-the-governments-response-to-the-francis-inquiry-report.txt", [
 ("We broadly welcome the government’s general approach.", "improving quality of care.", ch, P, ch_r, "body",
  "'Commenting on the government's response to Robert Francis’s report, Chris Ham, Chief Executive of The King’s Fund said:' on its own line above the quote (left open)", "said-before"),
 ("Effective regulation has an important role", "are under pressure.", ch, P, ch_r, "body",
  "next paragraph of his quote (left open; nested ‘backstop’ has 1 word)", "continuation"),
 ("The value of aggregated ratings for hospitals", "of much greater value.", ch, P, ch_r, "body", "next paragraph of his quote, closed", "continuation"),
])

rs = "Roland Sinker"
f("uk-england-cambridgeshire.txt", [
 ("The recognition of the outstanding care", "their dedication and skill.", rs, P, "Chief executive", "body",
  "'Chief executive Roland Sinker said: \"...' (the headline's 'dedication', \"dedication and skill\", \"inadequate\", \"good\" and the crosshead 'Wake-up call' have 1-3 words; left open)", "said-before"),
 ("We are on a journey and will learn", "further improvements.", rs, P, "Chief executive", "body", "next paragraph of his quote, closed", "continuation"),
 ("There were a number of areas of outstanding practice", "improvement took place,", cqc, O, "", "body",
  "'\"...,\" the report found.' (the report of the Care Quality Commission (CQC), which changed the trust's rating after 'a visit by inspectors'; the lead's 'a report has said'; the crosshead 'Slap on the back' above has 4 words)", "said-after"),
 ("The resulting improvements were evident in", None, cqc, O, "", "body",
  "quote paragraph with no attribution of its own after 'It said senior staff described being put in special measures as \"a wake up call\".' (it = the report; \"a wake up call\" has 4 words); cut off by the end of the excerpt", "continuation"),
])

f("uk-england-kent.txt", [
 ("It's too late for us but we are fighting", "change in the system,", "Ian Jerome", P, "", "body",
  "'\"...,\" said Ian Jerome.' (no role; 'Mr Jerome's father, Bertram, was 93 when he died ...' follows)", "said-after"),
 ("The care system is in a pretty bad way", "it is in a mess,", "Ian Jerome", P, "", "body",
  "'\"...,\" he said.' (he = Mr Jerome, the paragraph before)", "pronoun"),
 ("Our aim is to get a public inquiry", "the vulnerable as a whole.", "Lesley Lincoln", P, "daughter of an Orchid View victim", "body",
  "'Lesley Lincoln, daughter of an Orchid View victim, said: \"...\"'", "said-before"),
])

ins = "Inspectors"
f("updated-eighth-trust-to-leave-special-measures-regime.txt", [
 ("observed marked improvement in the quality of care", "delivered by the trust", ins, D, "", "body",
  "'Inspectors visited the hospital in June. Their report said they “...”.' (the inspectors' report, unnamed inspectors; built into the writer's sentence; the caption's ‘clear commitment’ has 2 words)", "fragment"),
 ("no doubt that leadership of the trust is much stronger", "than in the past", ins, D, "", "body",
  "'There was “...”.' (the next sentence of the writer's account of the inspectors' report, which 'it added' closes)", "fragment"),
 ("has helped to drive very considerable improvements", "short period of time", ins, D, "", "body",
  "'This “...”, it added.' (it = their report; built into the writer's sentence)", "fragment"),
 ("significant improvements had been made throughout many specialties", None, ins, D, "", "body",
  "'Inspectors also found “...”, including ...' (built into the writer's sentence; “requires improvement”, “good” and “inadequate” below have 1-2 words)", "fragment"),
 ("clearly… still has some way to go", "the required standard", cqc, O, "", "body",
  "'The CQC previously recommended the trust remain in special measures, ..., saying that despite improvements it “...”.' (the CQC = the Care Quality Commission, named in the lead; built into the writer's sentence)", "fragment"),
])

label_table.build(R, prefix="AK", split="heldout36", out="eval/quotes/heldout36.jsonl")
