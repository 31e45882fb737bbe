"""Build heldout16.jsonl (the sixteenth held-out attribution set, over eval/corpus19) from
the hand-written label table below.

Same method as build_heldout14.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout16.py   (writes eval/quotes/heldout16.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus19/")

# ---------------------------------------------------------------------------
sp = "Dr Sarah Pinto-Duschinksy"; sp_r = "director of operations and delivery for NHS England"
f("ae-target-missed-hospitals-first.txt", [
 ("pulled out all the stops", None, sp, P, sp_r, "body",
  "'Dr Sarah Pinto-Duschinksy, director of operations and delivery for NHS England, said staff had “...” to provide “incredible” [1 word] care' (built into the writer's sentence; the name is spelled so)", "fragment"),
 ("These record numbers", "within four hours.", sp, P, sp_r, "body",
  "'She said: “...' (she = Dr Sarah Pinto-Duschinksy, whose reported speech is the paragraph before); left open", "pronoun"),
 ("And most patients were, in fact,", "under an hour.", sp, P, sp_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("This is not only the best performance", "internationally.", sp, P, sp_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("These winter pressures underline", "right treatment, at", sp, P, sp_r, "body", "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

ch = "the trust's chairman"
f("chairman-professor-steve-barnett-s-letter-after-cqc-at-qeh.txt", [
 ("To our patients and the wider community,", None, ch, D, "", "body",
  "first paragraph of the letter after 'the trust's chairman wrote a letter to the community, published in full below.' (the excerpt never names him; the name is only in the page address); left open", "said-before"),
 ("On behalf of the trust, I would like", "patients and their families.", ch, D, "", "body", "next paragraph of the letter (left open)", "continuation"),
 ("The QEH has been rated Inadequate", "will wish to hear.", ch, D, "", "body", "next paragraph of the letter (left open)", "continuation"),
 ("We know QEH holds a very special place", "never taken for granted.", ch, D, "", "body", "next paragraph of the letter (left open)", "continuation"),
 ("By way of context, our CQC inspection", "deserve nothing less.", ch, D, "", "body", "next paragraph of the letter (left open)", "continuation"),
 ("Work is under way to make the improvements", "making immediate chang", ch, D, "", "body", "next paragraph of the letter; cut off by the end of the excerpt", "continuation"),
])

f("crisis-talks-held-by-council-leaders-on-care-home-closures.txt", [
 ("Faced with increasing costs and falling fee levels", "thousands of vulnerable people.", "Martin Green", P, "chief executive of Care England", "body",
  "'Martin Green, chief executive of Care England, said: “...”'", "said-before"),
])

lm = "Cllr Lisa Mulherin"; lm_r = "Leeds City Council executive member for health and wellbeing"
f("councils-say-200m-public-health-cuts-make-no-economic-sense.txt", [
 ("vital to improving the long-term health of people in Leeds and every other community", None, lm, P, lm_r, "body",
  "'Cllr Lisa Mulherin, ..., said the affected services are “...”' (built into the writer's sentence; the headline's ‘make no economic sense’ has 4 words)", "fragment"),
 ("Just as we were starting to see the benefits", "health and care services.", lm, P, lm_r, "body", "'She added: “...' (she = Cllr Mulherin); left open", "pronoun"),
 ("There is an old adage", "impact of these cuts.", lm, P, lm_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("That just makes no economic sense.", None, lm, P, lm_r, "body",
  "last paragraph of her quote, closed (the LGA's cut-off “of a year-on-ye” after it has 3 tokens)", "continuation"),
])

kf = "The King’s Fund"
f("financial-problems-now-endemic-in-nhs-england-says-kings-fund.txt", [
 ("Financial problems are now endemic among NHS providers", "forecasting deficits,", kf, O, "", "body",
  "'“...,” the fund’s pre-budget briefing says.' (the document of the think tank the article names; ‘now endemic’ in the headline and “black hole” have 2 words)", "said-after"),
 ("Publicly funded social care is at risk", "care and support they ned,", kf, O, "", "body",
  "'“...,” the briefing says.' (misspelling 'ned' kept)", "said-after"),
 ("This also risks exacerbating pressures", "delayed discharges from hospital.", kf, O, "", "body",
  "second passage re-opened after the attribution in the same paragraph, no verb of its own", "continuation"),
])

f("greens-condemn-weak-response-on-nhs-cuts.txt", [
 ("from planning phase to implementation.", None, "NHS England", O, "", "body",
  "'NHS England wrote to the Council ... the letter contains no detail ... despite including the statement that STP is now moving “...”' (the letter's words built into the writer's sentence)", "fragment"),
 ("While nationally the Government is widely seen", "remarking that the N", "Councillor Dick Page", P, "member of the Health and Wellbeing Board", "body",
  "'Councillor Dick Page, member of the Health and Wellbeing Board, commented:' on the line above; cut off by the end of the excerpt (‘weak response’, ‘inaction’, ‘wrecking amendment’ and ‘Sustainability and Transformation Plan’ have 1-4 words)", "said-before"),
])

gf = "Guy Forster"
f("hinchingbrooke-health-care-nhs-trust-in-special-measures.txt", [
 ("What the CQC report confirms", "treatment and care is provided.", gf, P, "Partner", "body",
  "under the crosshead 'Expert Opinion', opened with \" and left open up to the '<br/> <br/>' paragraph break; the block's first paragraph has no marks and is not labelled; attributed by the name-and-role line 'Guy Forster - Partner' below the block", "name-role-line"),
 ("Patients, their loved ones and the community", "safe and comprehensive treatment.", gf, P, "Partner", "body",
  "next paragraph of the block, closed and followed by 'Guy Forster - Partner'", "continuation"),
])

jh = "Jeremy Hunt"; jh_r = "Health Secretary"
pc = "Peter Carter"; pc_r = "Royal College of Nursing chief executive"
f("hunt-nhs-is-better-after-francis-report.txt", [
 ("Twelve months on, we cannot expect", "finest institution.", jh, P, jh_r, "body",
  "'Hunt said: “...' (named in full with his role in the first paragraph, where “changed for the better” has 4 words); left open", "said-before"),
 ("But we have seen a real shift in priorities", "boards and wards.", jh, P, jh_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We are also not seeing nursing staff spread", "knock-on effects.", pc, P, pc_r, "body",
  "'But he added: “...' (he = Peter Carter, who 'told the BBC there had been some “good news”' [2 words] in the paragraph before); left open", "pronoun"),
 ("We need to see the government put forward", "wherever they receive it.", pc, P, pc_r, "body", "next paragraph of his quote, closed", "continuation"),
])

em = "Ellen McCourt"; em_r = "the BMA junior doctors’ committee chair"
dh = "A Department of Health spokesman"
f("junior-doctors-five-day-strikes.txt", [
 ("We have a simple ask of the Government", "call off industrial action.", em, P, em_r, "body",
  "'Ellen McCourt, the BMA junior doctors’ committee chair said: “...' (left open)", "said-before"),
 ("This is not a situation junior doctors wanted", "no other choice.", em, P, em_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Junior doctors still have serious concerns", "treat all doctors fairly.", em, P, em_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("As doctors’ representatives, the BMA should", "vulnerable patients.", dh, D, "", "body", "'A Department of Health spokesman said: “...' (left open)", "said-before"),
 ("What’s more, the BMA must be the first union", "was a good one.", dh, D, "", "body",
  "next paragraph of the spokesman's quote, closed (Hunt's “devastating” below has 1 word)", "continuation"),
])

lk = "Lord Kerslake"; lk_r = "boss of London's King's College Hospital"
f("lord-kerslake-quits-role-chairman-nhs-trust-protest-funding-issues.txt", [
 ("I do not do this lightly", "facing the NHS and the Trust.", lk, P, lk_r, "body",
  "'He said: '...' (He = Lord Kerslake, who 'has resigned as boss of London's King's College Hospital' in the paragraph before; 'unrealistic' in the lead has 1 word); left open", "pronoun"),
 ("I want to pay tribute to the staff and their excellent patient care.", None, lk, P, lk_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("King's, like many other hospitals,", "in recent times,", lk, P, lk_r, "body",
  "''...,' he wrote.' (his Guardian article; 'world-class' in the paragraph before has 1 word)", "pronoun"),
 ("There are undoubtedly things that I and the trust", "funded and organised.", lk, P, lk_r, "body", "'He added: '...' (left open)", "pronoun"),
 ("We desperately need a fundamental rethink.", None, lk, P, lk_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Until then we are simply 'kicking the can down the road'.", None, lk, P, lk_r, "body",
  "last paragraph of his quote; the outer quote closes with the ' after the full stop", "continuation"),
 ("kicking the can down the road", None, "", N, "", "body",
  "nested in Lord Kerslake's quote: a stock phrase set off in marks, nobody's speech (the slogan rule of labels.jsonl)", "other"),
 ("With a heartfelt commitment to staff and patients", "outcomes of any Trust in the UK,", "King's College Hospital", O, "", "body",
  "''...,' a statement added.' after 'The hospital described Lord Kerslake as a 'passionate advocate and champion'' [4 words]: the hospital's statement", "said-after"),
 ("We would like to express our deepest thanks", "to the core values of", "King's College Hospital", O, "", "body",
  "next paragraph of the hospital's statement; cut off by the end of the excerpt", "continuation"),
])

dhs = "Sir David Henshaw"; dhs_r = "Interim chairman"
f("london-nhs-trust-responsible-for-st-george-s-teaching-hospital-placed-in-special-measures.txt", [
 ("Many of these challenges are due to very poor board", "big challenges head on.", dhs, P, dhs_r, "body",
  "'He said: \"...' (He = 'Interim chairman Sir David Henshaw', who admitted there would be “no quick fix” [3 words] in the paragraph before; “inadequate” has 1 word); left open", "pronoun"),
 ("We owe it to our staff and patients", "improvement journey.", dhs, P, dhs_r, "body", "next paragraph of his quote, closed", "continuation"),
])

wt = "Councillor Wendy Thompson"; wt_r = "vice-chair of Wolverhampton council’s health scrutiny committee"
gn = "Gwen Nuttell"; gn_r = "chief operating officer at the Trust"
f("wolverhampton-hospital-trust-fails-to-hit-waiting-time-targets-all-year.txt", [
 ("seen, treated and either admitted or discharged", None, "", N, "", "body",
  "the wording of the four-hour target in the writer's sentence ('the target of getting 95 per cent of patients ‘...’ in under four hours'); no one is said to have said it", "other"),
 ("The hospital has been coming under huge pressure.", "enormous pressure for them.", wt, P, wt_r, "body",
  "'Councillor Thompson told the Express & Star: “...' (named in full in the paragraph before, with ‘enormous pressure’ [2 words]; ‘core standards’ above has 2); left open", "said-before"),
 ("There is no such thing as a perfect hospital", "there are pressure points.", wt, P, wt_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("There are a number of national targets", "always been possible.", gn, P, gn_r, "body",
  "'Gwen Nuttell, chief operating officer at the Trust, said: “...' (the ’ in '12 months’ there' is an apostrophe, not a closing mark); left open", "said-before"),
 ("Meeting national targets will always be a challenge", "longer than necessary.", gn, P, gn_r, "body", "next paragraph of her quote, closed", "continuation"),
])

mh = "Matthew Hopkins"; mh_r = "BHRUT chief executive"
f("health-trust-that-manages-queen-s-hospital-misses-a-e.txt", [
 ("The national figures being quoted today", "demand for our services.", mh, P, mh_r, "body",
  "'Matthew Hopkins, BHRUT chief executive, commented: “...' (left open)", "said-before"),
 ("Our number one priority remains the safety", "outside of hospital.", mh, P, mh_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We do not recognise these figures", "around the clock.", "A spokesman for the Department for Health", D, "", "body",
  "'He said: “...”' (He = 'A spokesman for the Department for Health', paragraph before)", "pronoun"),
])

af = "Andy Freeman"; af_r = "UNISON Regional Organiser"
pj = "Pam Johnson"; pj_r = "Unison’s Regional Head of Health"
f("more-hospital-wards-to-close-warn-unions.txt", [
 ("The trust is faced with some very difficult decisions", "a very large wedge.", af, P, af_r, "body",
  "'Mr Freeman said: “...' (named in full with his role in the paragraph before, reported speech); left open", "said-before"),
 ("The consultation outlined the intention", "just the start.", af, P, af_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The impact on patients, particularly the elderly,", "will be immediate.", af, P, af_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We already know that on top of this", "drastically reduced.", af, P, af_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("Government plans for the NHS are directly responsible", "proposals in Sheffield.", pj, P, pj_r, "body",
  "'Unison’s Regional Head of Health Pam Johnson added: “...' (left open)", "said-before"),
 ("Quite clearly there is much worse to come", "doing about this?", pj, P, pj_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Mr Clegg, a Sheffield MP, is sitting by", "Government’s polici", pj, P, pj_r, "body",
  "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

tj = "Tony Jones"; tj_r = "eastern regional officer for UNISON"
f("ward-closure-scheme-condemned.txt", [
 ("They wouldn't have counselled staff", "before the decision was taken.", tj, P, tj_r, "body",
  "'Mr Jones said: \"...' (named in full with his role in the paragraph before; \"balderdash\" above has 1 word); left open", "said-before"),
 ("I should imagine everybody employed on that ward", "about their futures.", tj, P, tj_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("To my knowledge there has been no prior consultation", "who could be affected.", tj, P, tj_r, "body", "'Mr Jones said: \"...' (left open)", "said-before"),
 ("I am feeling extremely disappointed", "any of the members.", tj, P, tj_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("I would hope the trust will come back to me", "discuss these changes.", tj, P, tj_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We feel that we do work", None, "Jan Rowsell", P, "head of communications for The Ipswich Hospital NHS Trust", "body",
  "'She said: \"...' (She = 'Ms Rowsell, head of communications for The Ipswich Hospital NHS Trust', paragraph before; introduced as 'hospital spokesman Jan Rowsell'); cut off by the end of the excerpt", "pronoun"),
])

rg = "Ray Gray"; rg_r = "Regional officer for Unison"
rm = "Ruth Marsden"; rm_r = "vice-chair of the National Association Of Local Involvement Network Members"
f("hull-royal-infirmary-ward-to-shut-as-nhs-trust-looks-to-save-21m.txt", [
 ("We expected at some point to be told two were closing.", "out of the blue.", rg, P, rg_r, "body",
  "'Regional officer for Unison Ray Gray said: “...' (left open)", "said-before"),
 ("Our main concern is what happens in years two", "services feeling pain.", rg, P, rg_r, "body",
  "next paragraph of his quote, closed (“natural wastage” below has 2 words)", "continuation"),
 ("conspicuous lack of honest sharing", None, rm, P, rm_r, "body",
  "'Ruth Marsden, ..., yesterday criticised the “...” over the trust’s plans.' (built into the writer's sentence)", "fragment"),
 ("My concern is motivation and methodology;", "they speak eloque", rm, P, rm_r, "body",
  "'She said: “...' (she = Ruth Marsden, paragraph before); cut off by the end of the excerpt", "pronoun"),
])

jb = "Justin Bowden"; jb_r = "GMB national coordinator for GMB members working in the ambulance service"
f("response-999-ambulance-calls-slide.txt", [
 ("GMB members who work in the service have problems", "removal of the targets.", jb, P, jb_r, "body",
  "'Justin Bowden, GMB national coordinator ..., said: “...' (left open)", "said-before"),
 ("When members are called out what they often find", "ambulance controllers.", jb, P, jb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Before the current targets are dismantled", "introduced in 2001.", jb, P, jb_r, "body",
  "next paragraph of his quote, closed (“total gamble” below has 2 words)", "continuation"),
 ("Meddling politicians need to realise", "efficiently deployed.", jb, P, jb_r, "body", "'He added: “...”' (He = Mr Bowden, paragraph before)", "pronoun"),
])

mf = "Martin Flaherty"; mf_r = "GWAS chief executive"
f("ambulance-999-response-blow.txt", [
 ("These figures show how urgent it is", "need to work hard to resolve it.", "Chris Hewett", P, "UNISON steward and paramedic", "body",
  "'UNISON steward and paramedic, Chris Hewett, said: “...”'", "said-before"),
 ("Clearly it is disappointing that we fell just short", "national standard.", mf, P, mf_r, "body",
  "'GWAS chief executive Martin Flaherty, the fourth man to head the service following the death of Martina Simmons in 2008, said: “...' (the speaker is the subject, not the name in the clause); left open", "said-before"),
 ("I am confident that GWAS has made further", "first class healthcare organisation.", mf, P, mf_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("While speed of response to 999 calls", "continue to improve.", mf, P, mf_r, "body", "next paragraph of his quote, closed", "continuation"),
])

am = "Dr Anthony Marsh"; am_r = "EEAST chief executive"
ra = "Rehana Azam"; ra_r = "GMB national officer for NHS staff"
f("east-of-england-ambulance-service-not-hitting-response-time-targets.txt", [
 ("We are aware that our response times", "best possible care.", am, P, am_r, "body",
  "'EEAST chief executive Dr Anthony Marsh said: “...' (left open)", "said-before"),
 ("We have already made offers of recruitment", "by spring next year.", am, P, am_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("The government has created the conditions", "respond to them.", ra, P, ra_r, "body",
  "'Rehana Azam, GMB national officer for NHS staff, said: “...' (left open)", "said-before"),
 ("Ambulance staff are having to work", "the downgrading of A&E’", ra, P, ra_r, "body",
  "next paragraph of her quote; cut off by the end of the excerpt after 'A&E’' (read as the apostrophe of a cut-off 'A&E’s', kept in the quote)", "continuation"),
])

wk = "Warren Kenny"; wk_r = "GMB London Regional Secretary"
f("gmb-london-calls-for-proper-investment-in-ambulance-services.txt", [
 ("The situation is at a critical level", "ambulance service to respond.", wk, P, wk_r, "body",
  "'Warren Kenny, GMB London Regional Secretary, says: \"...' (opened with a straight mark; left open)", "said-before"),
 ("High vacancy rates and staff shortages", "situation getting worse.", wk, P, wk_r, "body", "next paragraph of his quote, opened with “ (left open)", "continuation"),
 ("With vacancy levels at over 1,000", "proper investment and", wk, P, wk_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

chh = "Charles Harrity"; chh_r = "GMB Senior Organiser"
f("gmb-seek-assurance-from-nhs-ambulance-trusts-of-no-further-raising-of-response-times-targets-following-avoidable-deaths-on-south-coast.txt", [
 ("Ambulance services across the country have been facing", "response times targets.", chh, P, chh_r, "body",
  "'Charles Harrity, GMB Senior Organiser, said “...' (no colon; left open)", "said-before"),
 ("GMB has consistently warned the government", "potential for loss of life.", chh, P, chh_r, "body",
  "paragraph without marks inside his quote, opened before it and closed after it (the seventh set's rule)", "continuation"),
 ("GMB want a categorical assurance", "such as the 111 service.", chh, P, chh_r, "body", "last paragraph of his quote, closed", "continuation"),
])

label_table.build(R, prefix="B", split="heldout16", out="eval/quotes/heldout16.jsonl")
