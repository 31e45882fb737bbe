"""Build heldout33.jsonl (the thirty-third held-out attribution set, over eval/corpus36) from
the hand-written label table below.

Same method as build_heldout30.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout33.py   (writes eval/quotes/heldout33.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus36/")

# ---------------------------------------------------------------------------
isc = "Councillor Izzi Seccombe"; isc_r = "chairwoman of the LGA's Community Wellbeing Board"
f("call-for-action-over-children-s-sugar-consumption.txt", [
 ("These figures, which have risen sharply,", "young people's teeth.", isc, P, isc_r, "body",
  "'Councillor Izzi Seccombe, chairwoman of the LGA's Community Wellbeing Board, said: \"...' (left open)", "said-before"),
 ("The fact that, due to the severity of the decay,", "children and teenagers h", isc, P, isc_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("dentist-closures-leave-thousands-without-access-to-nhs-treatment.txt", [
 ("years of underfunding and failed contracts have taken their toll", None, "The British Dental Association (BDA)", O, "", "body",
  "'The British Dental Association (BDA) said that “...”, leaving practices struggling ...' (built into the writer's sentence)", "fragment"),
])

ma = "Mick Armstrong"; ma_r = "Chair of the Principal Executive Committee"
f("dentists-leader-issues-rallying-cry-to-the-profession.txt", [
 ("In this general election campaign you might have thought", "doesn’t have teeth.", ma, P, ma_r, "body",
  "'Speaking on polling day for the UK General Election, Mick Armstrong said:' on the line above (the lead's 'The British Dental Association’s (BDA) Mick Armstrong' and 'The Chair of the Principal Executive Committee used his address ...'; left open; the nested ‘whole person care’ and ‘whole person’ have 2-3 words, “the quiet profession” above has 3)", "said-before"),
 ("What all this means is we can’t be the quiet profession", "lead debates.", ma, P, ma_r, "body",
  "next line of his quote, opened again and left open", "continuation"),
 ("It’s time to put oral health where it belongs.", "patients’ sake, let", ma, P, ma_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

aud = "A member of the audience"
f("education-41683011.txt", [
 ("I am most distraught because I received a penalty charge notice", "which I provided.", aud, RD, "", "body",
  "a quote block with no attribution of its own after 'it prompted a big response from the audience. They described their distress ... They talked of their confusion ...' (an unnamed member of the BBC's audience responding; left open)", "other"),
 ("I received one filling", "I am being fined £100.", aud, RD, "", "body", "next paragraph of the same response (left open)", "continuation"),
 ("As I am on a low income", "to have received this fine.", aud, RD, "", "body", "next paragraph of the same response, closed", "continuation"),
 ("The same thing happened to my son", "dental care in full.", aud, RD, "", "body",
  "a new quote block opened after the previous one closed, with no attribution: another response from the audience (unnamed; the excerpt does not say whose; left open)", "other"),
 ("I had to copy my receipts", "writing a cover letter.", aud, RD, "", "body", "next paragraph of that response (left open)", "continuation"),
 ("What a waste of time and resources", "their mistake had caused.", aud, RD, "", "body", "next paragraph of that response, closed", "continuation"),
 ("I no longer go to the dentist after receiving three penalty notices", "Normal citizens being treated as", aud, RD, "", "body",
  "a further quote block opened after the previous one closed, with no attribution: another response from the audience; cut off by the end of the excerpt", "other"),
])

mg = "Mike George"; mg_r = "Optometric Fees Negotiating Committee chair"
hal = "Henrietta Alderman"; hal_r = "AOP’s chief executive"
f("fee-failure.txt", [
 ("It is particularly frustrating that the NHS sight test", "to deliver primary care.", mg, P, mg_r, "body",
  "'Reiterating the point, Optometric Fees Negotiating Committee chair, Mike George, said: “...”'", "said-before"),
 ("The AOP firmly believes that the fee does not reflect", "real cost of a sight test.", hal, P, hal_r, "body",
  "'For the AOP’s chief executive, Henrietta Alderman, the freeze on fees is nothing short of a “real blow” to the sector. “...”' (a quote with no verb of its own after her view in the same paragraph; “real blow” has 2 words)", "continuation"),
])

md = "Michael Dugher"; md_r = "Labour MP, for Barnsley East"
ab = "Alistair Burt"; ab_r = "health minister for pharmacy"
f("government-clueless-about-closures.txt", [
 ("of the effect of the budget reduction for community pharmacy in 2016-17 on high street vacancy rates", None, md, P, md_r, "body",
  "'Dugher asked if there will be an assessment “...”.' (his written parliamentary question, built into the writer's sentence; 'Labour MP Michael Dugher, for Barnsley East' above)", "fragment"),
 ("A consequence may be the closure of some pharmacies", "not our aim.", ab, P, ab_r, "body",
  "'Burt responded: “...' (his written answer; 'Alistair Burt has admitted' in the lead, 'The health minister for pharmacy made the comments ...'; left open)", "said-before"),
 ("We are not able to assess which pharmacies may close", "non-NHS related income.", ab, P, ab_r, "body", "next paragraph of his answer, closed", "continuation"),
 ("about improving services for patients and the public and securing efficiencies and savings", None, ab, P, ab_r, "body",
  "'However the minister insists in his written response that the measures are “...”.' (built into the writer's sentence)", "fragment"),
 ("The proposals were considered against the Public Sector Equality Duty", "other duties.", ab, P, ab_r, "body",
  "'Burt replied that: “...' (his answer to a second question; left open)", "said-before"),
 ("The consultation responses will inform the final impact assessment", "published in due course.", ab, P, ab_r, "body", "next paragraph of his answer, closed", "continuation"),
])

mb = "Maureen Baker"; mb_r = "RCGP chair"
db = "David Branford"; db_r = "Chair of the RPS English Pharmacy Board"
f("gp-and-pharmacy-leaders-call-for-pharmacists-to-work-within-general-practice.txt", [
 ("This isn’t about having a pharmacy premises within a surgery", "overworked GP workforce,", mb, P, mb_r, "body",
  "'“...,” says RCGP chair Maureen Baker, adding that the “hidden army of highly-trained pharmacists” could ...'", "said-after"),
 ("hidden army of highly-trained pharmacists", None, mb, P, mb_r, "body",
  "'..., adding that the “...” could provide the solution to the national shortage of family doctors' (she = Maureen Baker; built into the writer's sentence; 'highly-trained' is one token, so the quote has 5)", "fragment"),
 ("win-win situation for everyone concerned", None, db, P, db_r, "body",
  "'Chair of the RPS English Pharmacy Board David Branford describes the proposal as a “...”, pointing out that ...' (built into the writer's sentence; 'win-win' is one token, so the quote has 5)", "fragment"),
 ("The NHS simply can’t afford to wait any longer", "capacity in the system,", db, P, db_r, "body",
  "'“...,” he says.' (he = David Branford, who 'describes the proposal as a “win-win situation for everyone concerned”' in the paragraph before)", "pronoun"),
 ("We must be more strategic", "the NHS workforce.", db, P, db_r, "body",
  "a second quoted passage after the attribution in the same paragraph", "continuation"),
])

jc = "Justice Collins"; jc_r = "High Court judge"
f("high-court-judge-expresses-regret-but-concludes-that-pharmacy-funding-cuts-are-lawful.txt", [
 ("so unfair as to amount to unlawfulness", None, jc, P, jc_r, "body",
  "'But he added that the cuts were not “...” and ruled ...' (he = Justice Collins, 'The judge agreed it was “regrettable” ...' before; role from the headline 'High Court judge expresses regret ...'; built into the writer's sentence; “with some regret”, “unprecedented” and “regrettable” have 1-3 words)", "fragment"),
 ("a satisfactory analysis of the economic effect", None, jc, P, jc_r, "body",
  "'Collins accepted that some of the figures used by the DH were unreliable and did not enable “...” of the budget cuts.' (his judgment's words, built into the writer's sentence)", "fragment"),
 ("the difficulties and hardships that may well arise", None, jc, P, jc_r, "body",
  "'But Collins ruled that the DH’s approach was not irrational despite “...”.' (built into the writer's sentence)", "fragment"),
 ("Where cuts in remuneration are made some hardship is inevitable", "in ti", jc, P, jc_r, "body",
  "a quote paragraph with no attribution of its own straight after Collins's ruling in reported speech; cut off mid-word by the end of the excerpt", "continuation"),
])

bsa = "Business Services Authority (BSA)"
tr = "Trisha"; tr_r = "mum of Rachel"
f("highlighting-the-scandal-of-dental-patient-fines.txt", [
 ("get out your credit card", None, bsa, O, "", "body",
  "'were shocked at the BSA's response: being accused of 'fraudulent behaviour', and being told to '...' to pay the fine immediately' (the authority's words to the family, built into the writer's sentence; 'fraudulent behaviour' has 2 words, the notice's 'Save target as...' 3)", "fragment"),
 ("…it's not just about the money, it's about justice", None, tr, P, tr_r, "body",
  "'As Trisha pointed out to me, '...'.' ('Trisha, mum of Rachel, aged 19, ...' above; the ellipsis is inside the marks)", "said-before"),
])

isc2 = "Izzi Seccombe"; isc2_r = "the LGA’s community wellbeing spokeswoman"
f("huge-rise-in-number-of-tooth-extraction-operations-on-children-dentist.txt", [
 ("Our children’s teeth are rotting", "oral health crisis too.", isc2, P, isc2_r, "body",
  "'Izzi Seccombe, the LGA’s community wellbeing spokeswoman, said: “...' (left open)", "said-before"),
 ("What makes these numbers doubly alarming", "the only option.", isc2, P, isc2_r, "body", "next paragraph of her quote, closed", "continuation"),
])

ps = "Paula Sherriff"; ps_r = "Labour MP and APPG treasurer"
f("insiders-view-burts-appg-meeting.txt", [
 ("When we met Mr Burt there was no negotiation", "the figure they reached.", ps, P, ps_r, "body",
  "'APPG treasurer Ms Sherriff told C+D what really happened at a meeting ...…' closes the paragraph before ('Labour MP Paula Sherriff' above; the standfirst line 'Paula Sherriff: There was no negotiation' has no marks; left open; a space follows the full stop)", "said-before"),
 ("you have to make some cuts", None, "the Treasury", O, "", "body",
  "nested in Sherriff's quote: 'Mr Burt said the Treasury told him, ‘...’' (what the Treasury told the minister, as she reports his account)", "said-before"),
 ("We talked about the impact, but it felt like a done deal.", "how this would play out.", ps, P, ps_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("I don’t think any of these cuts necessarily add up", "that is what concerns me.", ps, P, ps_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("I asked a question about how many pharmacy closures", "This concerns me.", ps, P, ps_r, "body",
  "next paragraph of her quote, opened with a straight mark (left open)", "continuation"),
 ("It is almost like [the government] will make the cuts", "what that means [afterwards].", ps, P, ps_r, "body",
  "next paragraph of her quote, opened straight and closed curly", "continuation"),
])

jc2 = "Justice Collins"; jc2_r = "High Court judge"
f("judge-dismisses-high-court-pharmacy-funding-cut-cases.txt", [
 ("not properly quash the decision", None, jc2, P, jc2_r, "body",
  "'Judge Justice Collins said he could “...” made by the Department of Health (DH) to cut pharmacy funding in England' (built into the writer's sentence; 'Judge' is printed before his title and name; role from the lead 'dismissed \"with regret\" by a High Court judge', whose quote has 2 words)", "fragment"),
 ("cuts of this nature will inevitably produce some hardships for individual pharmacies", None, jc2, P, jc2_r, "body",
  "'He recognised that “...”.' (he = Justice Collins, the subject of the paragraph before; built into the writer's sentence)", "fragment"),
 ("But that cannot mean in times of…need for some retrenchment, no cuts can be made.", None, jc2, P, jc2_r, "body",
  "a second quoted passage after the first in the same paragraph, with no attribution of its own", "continuation"),
 ("different means might have been better", None, jc2, P, jc2_r, "body",
  "'However, he did “not doubt” that some criticism of the DH could be made, as “...”.' (built into the writer's sentence; “not doubt” has 2 words)", "fragment"),
 ("less access because of the inability to keep some pharmacies open for as many hours", None, jc2, P, jc2_r, "body",
  "'Justice Collins recognised the evidence presented by the NPA and PSNC suggests there is a “real risk” there will be “...”.' (his judgment's words, built into the writer's sentence; “real risk” and “have to cease” have 2-3 words, the crossheads 1-4)", "fragment"),
 ("The concern that there will be pressures on GPs in deprived areas", "is a real one,", jc2, P, jc2_r, "body",
  "'“...,” he said.' (he = Justice Collins, the subject of the paragraph before)", "pronoun"),
])

ct = "Cormac Tobin"; ct_r = "Managing Director"
f("lloyds-pharmacy-to-close-190-branches-in-england.txt", [
 ("With pressures in the economic and funding landscape", "sustainable for the future.", ct, P, ct_r, "body",
  "'The message, from Managing Director Cormac Tobin, said: \"...' (his message to staff; left open)", "said-before"),
 ("This has resulted in us having to take some difficult decisions", "changes to our operations.", ct, P, ct_r, "body", "next paragraph of the message (left open)", "continuation"),
 ("Today I am announcing that we will cease to trade", "store closures and divestments.", ct, P, ct_r, "body", "next paragraph of the message, closed", "continuation"),
])

f("moneo-writes-one-year-to-deliver.txt", [
 ("We’ve got to become negotiators", "we won’t get involved.", "The speaker", D, "", "body",
  "'The speaker made the comment, ‘...’' (an unnamed speaker at the Association of Optometrists' annual conference fifteen years before, which the paragraph describes; the excerpt does not say whether this is 'the then director general', whose ‘sensational’ has 1 word)", "said-before"),
])

ilg = "Ian Liddell-Grainger"; ilg_r = "Somerset MP"
f("mp-deplores-pharmacy-closure.txt", [
 ("At a time when the Government is clearing the way", "closures such as this,", ilg, P, ilg_r, "body",
  "'“...,” he said.' (he = Mr Liddell-Grainger, 'Mr Liddell-Grainger said the situation was completely unacceptable.' in the paragraph before; 'Somerset MP Ian Liddell-Grainger' in the lead)", "pronoun"),
 ("It is entirely unacceptable that patients will now be required", "necessary to use them.", ilg, P, ilg_r, "body", "next paragraph, a quote with no attribution of its own (left open)", "continuation"),
 ("Local pharmacy services appear to be in total disarray", "as soon as I can.", ilg, P, ilg_r, "body", "next paragraph of his quote, closed", "continuation"),
])

aob = "Aisling O’Brien"; aob_r = "director of O’Brien’s Pharmacy group"
f("multiple-disappointed-ccgs-decision-scrap-pharmacy-scheme.txt", [
 ("Over the last 12 months, across three of my sites in the area", "5,000 consultations,", aob, P, aob_r, "body",
  "'“...,” she told C+D.' (she = Aisling O’Brien, the subject of the paragraph before; the headline's ‘patients will suffer’, “massive influx of patients”, ‘Pharmacy+’, “curb prescribing” and “astronomical” have 1-4 words)", "pronoun"),
 ("86% of those patients said they would have gone to a GP", None, aob, P, aob_r, "body",
  "'Without the service, “...”, she added.' (carries on the writer's clause)", "fragment"),
 ("will not pay for medicines [because] they haven’t got the money to", None, aob, P, aob_r, "body",
  "'They “...”, she added.' (the quote finishes the writer's sentence; the bracketed insertion is inside the quote; “quite significant” and “suffer in silence” before have 2-3 words)", "fragment"),
 ("naturally came to a close", None, "unclear", U, "", "body",
  "the quote-mark crosshead 'Scheme “...”': its words are in no quotation of the excerpt; the section under it gives the CCG's clinical chief officer reported speech ('said the service had been “very successful”, but argued it was not intended to be permanent') and a quote cut off after 3 words, so whose words the crosshead quotes is not settled", "other"),
])

jm = "Jo Mullin"; jm_r = "director of policy at the College of Optometry"
ts = "Tony Stafford"; ts_r = "AOP policy director"
f("nhs-10-year-plan-barely-includes-proposals-for-eye-health-issues.txt", [
 ("The plan’s focus on prevention and primary care is laudable;", "schemes in their plans.", jm, P, jm_r, "body",
  "'Jo Mullin, director of policy at the College of Optometry, said: ‘...’'", "said-before"),
 ("The plan doesn’t specifically mention optometry,", "transform ophthalmology services.", ts, P, ts_r, "body",
  "'Tony Stafford, AOP policy director, added: ‘...’' (the nested ‘Ophthalmology Handbook’, in the same single marks, has 2 words, so the quote runs on to the last closing mark)", "said-before"),
])

f("nhs-fined-100-tony-hetherington-investigates.txt", [
 ("Help your patients get the facts, not a fine.", None, "", N, "", "body",
  "'The NHS issues dentists with guidelines entitled: ‘...’' (the guidelines' title, nobody's speech)", "other"),
 ("Ask to see evidence of patients’ entitlement", "penalty charge of up to £100.", "NHS", O, "", "body",
  "'They say: ‘...’' (they = the guidelines 'The NHS issues dentists with' in the paragraph before; a document's words are its publisher's)", "pronoun"),
])

kv = "Katrina Venerus"; kv_r = "LOCSU Managing Director"
f("regional-momentum-driving-community-services-new-locsu-annual-report-reveals.txt", [
 ("We are seeing a clear trend from both Clinical Commissioning Groups", "benefits of the company model.", kv, P, kv_r, "body",
  "'Outlining the shift, LOCSU Managing Director, Katrina Venerus, said: “...' (left open; “regional momentum” and the report's title “Leaders at every table” above have 2-4 words)", "said-before"),
 ("LOCs are drawn to its efficiency", "participate in pathways.", kv, P, kv_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Similarly, hard-pressed CCGs understand the benefits", "for eye health services.", kv, P, kv_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("The Regional Company model is a turbo-charged version", "with LOCSU’s support.", kv, P, kv_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("The end result is more beneficial for patients", "more cost-effective for Commissioners.", kv, P, kv_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("Whether it is in representing the sector and influencing decision makers", None, kv, P, kv_r, "body",
  "'Publishing the report, Ms Venerus said: “...' (cut off by the end of the excerpt)", "said-before"),
])

dmp = "Danetre Medical Practice"
kmc = "Kenneth MacRae Medical Centre"
cph = "A community pharmacist in the St Helens area"
f("revealed-gps-discourage-public-using-pharmacy-flu-jabs.txt", [
 ("are not fed back into the NHS", None, dmp, O, "", "body",
  "'Danetre Medical Practice in Daventry, Northamptonshire, displayed a poster that claimed profits from England's national pharmacy flu service “...”.' (the practice's poster, built into the writer's sentence)", "fragment"),
 ("Did you know that free NHS flu jabs are being offered at pharmacies?", "all profits go to that company?", dmp, O, "", "body",
  "'“...?\" the practice said in the poster, seen by C+D.' (opened curly, closed straight)", "said-after"),
 ("Please bear this in mind if visiting pharmacists", "vaccines we cannot use,", kmc, O, "", "body",
  "'“...,” it said.' (it = Kenneth MacRae Medical Centre, which 'told patients in its monthly newsletter' in the paragraph before; “within 24 hours” and “happy with” above have 2-3 words)", "pronoun"),
 ("It is a shame. We hear lots about how busy GPs are,", "they turn it down,", cph, D, "", "body",
  "'A community pharmacist in the St Helens area told C+D he was “disappointed” with the language used. “...,” the pharmacist said.' (unnamed)", "said-after"),
 ("If a GP takes the opportunity of a jab", "use the pharmacy service,", cph, D, "", "body",
  "'“...,” he added.' (he = the pharmacist; the bracketed insertions are inside the quote)", "pronoun"),
])

jw = "John Woodcock"; jw_r = "Furness MP"
tf = "Tim Farron"; tf_r = "South Lakes MP"
f("s-cumbria-worst-for-nhs-dentist-access.txt", [
 ("This is an issue that local dentists have been approaching me about", "guaranteed under law.", jw, P, jw_r, "body",
  "'Furness MP John Woodcock said: “...' (left open)", "said-before"),
 ("Arbitrary quotas are forcing Barrow dentists", "vital dental treatment.", jw, P, jw_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The NHS needs to up its game", "hefty government targets.", jw, P, jw_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("This is a literal kick in the teeth for everyone here in South Cumbria.", None, tf, P, tf_r, "body",
  "'South Lakes MP Tim Farron said: “...' (left open)", "said-before"),
 ("Patients, who have already paid for NHS dentistry", "round trips for treatment.", tf, P, tf_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Health bosses urgently need to grip of the situation", "full-blown national crisis.", tf, P, tf_r, "body", "next paragraph of his quote, closed", "continuation"),
])

f("sector-reacts-judicial-review-judgement.txt", [
 ("We are pleased that the judge has upheld the Government’s position", "welcome this decision.", "Department of Health (DH)", O, "", "body",
  "'Reacting to the news, the Department of Health (DH) told The Pharmacist: '...'' ('regrettfully', 'disappointed', 'watershed moment', 'regrettable', 'blame' and 'unjustified' have 1-2 words; Sue Sharpe's numbered points have no marks)", "said-before"),
])

ma2 = "Mick Armstrong"; ma2_r = "chair of the British Dental Association (BDA)"
f("share-your-successes-dentists-urged.txt", [
 ("remarkable contribution to UK healthcare", None, ma2, P, ma2_r, "body",
  "'Mick Armstrong launched the “We are Dentistry” campaign by calling on members of the profession to take pride in their achievements and set out their “...”.' (his speech's words, built into the writer's sentence; the campaign name in marks has 3 words, the standfirst's ‘We Are Dentistry’ 3)", "fragment"),
 ("This last year has demonstrated that as a profession", "our patients come first.", ma2, P, ma2_r, "body",
  "'He said: “...' (he = Mick Armstrong, who 'launched the “We are Dentistry” campaign' in the paragraph before; 'The chair of the British Dental Association (BDA)' in the lead, 'BDA chair' in the standfirst; left open)", "pronoun"),
 ("We are a profession succeeding in spite of everything, in the absence", "red tape and overregulation.", ma2, P, ma2_r, "body",
  "his quote re-opened after a pull-quote line without marks and the line 'Mick Armstrong' (left open)", "continuation"),
 ("Ours is a story of over 40,000 men and women", "juggling multiple roles.", ma2, P, ma2_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("So we are posing colleagues a simple question:", "make up this profession.", ma2, P, ma2_r, "body", "next paragraph of his quote, closed", "continuation"),
])

sh = "Sara Hurley"; sh_r = "chief dental officer for England"
f("shedding-new-light-contract-reform.txt", [
 ("This reform is about having a contract that meets the health needs of patients.", "a new contract for patients.", sh, P, sh_r, "body",
  "'Nigel: The CDO also said: ‘...’' in the interviewer's question (the CDO = 'Sara Hurley, chief dental officer for England' above; the interview's 'Nigel:'/'Eddie:' turns have no marks)", "description"),
])

sw = "Sandra White"; sw_r = "national lead for dental public health"
sh2 = "Sara Hurley"; sh2_r = "CDO for England"
f("starting-well-programme-launched-england.txt", [
 ("Oral health is improving but too many children still experience pain", "particularly in deprived areas,", sw, P, sw_r, "body",
  "'‘...,’ Sandra White, national lead for dental public health, said.'", "said-after"),
 ("Getting the right advice and treatment", "many busy families.", sw, P, sw_r, "body", "next paragraph, a quote with no attribution of its own (left open)", "continuation"),
 ("Targeted programmes like Starting Well", "the best start in life.", sw, P, sw_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("As the BDA played an important role as part of the steering group", "these negative comments,", sh2, P, sh2_r, "body",
  "'‘...,’ Sara Hurley, CDO for England, responded.'", "said-after"),
 ("The NHS has worked with the dental profession", "improve their dental health.", sh2, P, sh2_r, "body", "next paragraph, a quote with no attribution of its own, closed", "continuation"),
])

bc = "Barry Cockcroft"; bc_r = "Chief Dental Officer for England"
f("support-from-schools-vital-to-success-of-children-s-dental-health-survey-2013.txt", [
 ("Support from dentists, schools, parents and children is vital", "dental services in the future.", bc, P, bc_r, "body",
  "'Barry Cockcroft CBE, the Chief Dental Officer for England, said, ‘...’' (the honour after his name is not part of it; the headline's ‘vital’ has 1 word)", "said-before"),
])

sw2 = "Sandra White"; sw2_r = "director of dental public health at Public Health England"
f("survey-results-on-child-oral-health.txt", [
 ("This is great news. However, one child with tooth decay is one too many", "some under general anaesthetic.", sw2, P, sw2_r, "body",
  "'Sandra White, director of dental public health at Public Health England, said:' on the line above (left open; the lines after it have no marks)", "said-before"),
])

mh = "Matt Hancock"; mh_r = "Health and Social Care Secretary"
f("thousands-patients-referred-pharmacy-ease-pressure-gps.txt", [
 ("I want to see more patients with minor illnesses assessed close to home", "to think ‘pharmacy first’.", mh, P, mh_r, "body",
  "'Health and Social Care Secretary Matt Hancock said the approach makes life easier for patients. He said: \"...' (left open to the end of the page; the nested ‘pharmacy first’ has 2 words, as do \"pharmacy first\" and the 3-word \"NHS Long-term Plan\" above)", "pronoun"),
])

ka = "Dr Kate Ardern"; ka_r = "Wigan Council’s director of public health"
f("tooth-decay-special-report.txt", [
 ("Oral health is integral to overall health and well-being.", "good oral health throughout life.", ka, P, ka_r, "body",
  "'Dr Kate Ardern, Wigan Council’s director of public health, said: “...' (left open)", "said-before"),
 ("Our strategy is focused on prevention.", "as early in life as possible.", ka, P, ka_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("In Wigan borough we have already developed a strong base", "prevention and enhanced services.", ka, P, ka_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("We wish to build on this strong foundation", "tooth decay and gum disease.", ka, P, ka_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("In addition, Wigan Council is working with community dentists", "people in Wigan Borough.", ka, P, ka_r, "body", "next paragraph of her quote, closed", "continuation"),
])

ma3 = "Mick Armstrong"; ma3_r = "of the British Dental Association"
f("towns-where-half-of-five-year-olds-have-rotten-teeth.txt", [
 ("It’s a tragedy that a child’s oral health is still determined", "home of the Health Secretary.", ma3, P, ma3_r, "body",
  "'Mick Armstrong, of the British Dental Association, said: ‘...’' (‘tragedy’ and ‘missing’ above have 1 word)", "said-before"),
 ("Impact of sugar on teeth", None, "unclear", U, "", "body",
  "a quote-mark crosshead printed in the middle of a broken word ('deterioof' ... 'rated'); its words are in no quotation of the excerpt, which is cut off as a surgeons' body's spokesman is introduced, so its speaker is not settled", "other"),
])

nc = "Dr Nigel Carter"; nc_r = "Chairman of the Platform for Better Oral Health in Europe and Chief Executive of the Oral Health Foundation"
hon = "Dr Henrik Overgaard-Nielsen"; hon_r = "Chair of the General Dental Practice Committee of the BDA"
f("uk-governments-increase-in-dental-charges-met-with-criticism.txt", [
 ("The cost of visiting an NHS dentist is increasing far beyond that of inflation.", "to breaking point,", nc, P, nc_r, "body",
  "'“...,” said Dr Nigel Carter, OBE, Chairman of the Platform for Better Oral Health in Europe and Chief Executive of the Oral Health Foundation.' (the honour after his name is not part of it)", "said-after"),
 ("A significant U-turn needs to happen", "other areas of the health service,", nc, P, nc_r, "body", "'“...,” he continued.' (he = Dr Nigel Carter)", "pronoun"),
 ("Despite pledges of record NHS investment", "ministers can pay less,", hon, P, hon_r, "body",
  "'Dr Henrik Overgaard-Nielsen, Chair of the General Dental Practice Committee of the BDA, concurred. “...,” he said.'", "pronoun"),
 ("Dentists share the government’s commitment to prevention", "reasons not to attend,", hon, P, hon_r, "body",
  "'“...,” added Nielsen.' (Nielsen = Dr Henrik Overgaard-Nielsen)", "said-after"),
])

lt = "A letter to the Pharmaceutical Services Negotiating Committee (PSNC) in December 2015"
kb = "Sir Kevin Barron"; kb_r = "APPG’s chair"
f("up-to-3000-pharmacies-could-close-after-government-cuts-mps-warn.txt", [
 ("take effect from October 2016, giving community pharmacies time to prepare", None, lt, D, "", "body",
  "'A letter to the Pharmaceutical Services Negotiating Committee (PSNC) in December 2015 announced a 6% funding cut ..., which will “...”.' (the letter's wording, built into the writer's sentence; its sender is not named in the excerpt, so a description under the letter's name; ‘squeezed’ above has 1 word)", "fragment"),
 ("Based on what we heard, that is not a one-off cut", "our meeting that phas", kb, P, kb_r, "body",
  "'After the meeting, APPG’s chair Sir Kevin Barron said: “...' (cut off mid-word by the end of the excerpt)", "said-before"),
])

mp = "Mr Patel"
tb = "Tony Burton"; tb_r = "a Park View customer"
f("we-must-try-and-prevent-these-cuts-pharmacy-owners-at-risk-of-closure.txt", [
 ("It is not a case of just our shop closing down,", "serious cuts and efficiencies.", mp, P, "", "body",
  "'He said: “...' (he = Mr Patel, who 'says it makes him fear for his livelihood' in the paragraph before; the article names 'Hiran and Pinky Patel' as running the Park View Pharmacy but never ties a first name to 'Mr Patel', so his name is kept as printed, with no role; the lead's \"hurt the country's health\" has 4 words; left open)", "pronoun"),
 ("We must try and prevent these cuts;", "nowhere to go for advice.", mp, P, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("I am not happy with the proposed cuts,", "detrimental effect on the NHS.", mp, P, "", "body", "next paragraph of his quote, closed", "continuation"),
 ("All local pharmacies are under threat,", "branches of Boots and Sainsbury’s.", tb, P, tb_r, "body",
  "'He said: “...' (he = Tony Burton, 'Tony Burton, a Park View customer, said people should sign the petition ...' in the paragraph before; left open)", "pronoun"),
 ("It has been done very quietly", "the first I heard of it.", tb, P, tb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The Patels took over the pharmacy", "was lost to us.", tb, P, tb_r, "body", "next paragraph of his quote, closed", "continuation"),
])

aj = "Anne Joshua"; aj_r = "NHS England’s pharmacy lead for the non-emergency medical helpline"
kw = "Keith Willett"; kw_r = "director of acute episodes of care at NHS England"
f("why-doesnt-nhs-111-refer-patients-to-pharmacists.txt", [
 ("For NHS 111, the ambition is to refer to pharmacy at scale,", None, aj, P, aj_r, "body",
  "'“...,” says Anne Joshua.' (the next sentence: 'As NHS England’s pharmacy lead for the non-emergency medical helpline, Joshua is pushing ...')", "said-after"),
 ("challenge their urgent care systems, and look at how they are engaging community pharmacy", "seven-day services long-term agenda", "NHS England", O, "", "body",
  "'NHS England has asked local commissioners to “...”.' (built into the writer's sentence)", "fragment"),
 ("NHS 111 and others signpost and refer to pharmacy for self-care support", None, "NHS England", O, "", "body",
  "'This includes ensuring that “...”.' (this = NHS England's request in the sentence before; built into the writer's sentence)", "fragment"),
 ("[Pharmacists] have minor ailment expertise, you have medicines opt", None, kw, P, kw_r, "body",
  "a quote with no verb of its own after 'Keith Willett, director of acute episodes of care at NHS England, said it was “absurd” that ...' in the same paragraph (“absurd” has 1 word); the bracketed insertion is inside the quote; cut off mid-word by the end of the excerpt", "continuation"),
])

label_table.build(R, prefix="AH", split="heldout33", out="eval/quotes/heldout33.jsonl")
