"""Build heldout32.jsonl (the thirty-second held-out attribution set, over eval/corpus35) from
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

Run:  python3 eval/quotes/build_heldout32.py   (writes eval/quotes/heldout32.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus35/")

# ---------------------------------------------------------------------------
rcm = "Royal College of Midwives"
cw = "Cathy Warwick"; cw_r = "RCM chief executive"
f("act-now-to-avert-growing-crisis-in-our-maternity-services-says-rcm-as-it-launches-its-latest-report.txt", [
 ("Act now to avert growing crisis in our maternity services", None, rcm, O, "", "headline",
  "headline ''...’ says RCM as it launches its latest report' (opened straight, closed curly; RCM = 'the Royal College of Midwives (RCM)' of the body, a release 'By RCM')", "said-after"),
 ("A vast proportion of our midwives are close to retirement,", None, cw, P, cw_r, "body",
  "'“...,” said RCM chief executive Cathy Warwick.' (the paragraph opens with a space before the mark; “reaching crisis point” above has 3 words)", "said-after"),
 ("We’re lucky to have them.", "on the brink of collapse.", cw, P, cw_r, "body",
  "a second quoted passage after the attribution in the same paragraph, closed (‘retirement time-bomb’ below has 2 words)", "continuation"),
])

cld = "Caroline Lee-Davey"; cld_r = "Chief Executive of Bliss"
f("bliss-responds-to-kings-fund-report-examining-patient-care.txt", [
 ("This report corroborates Bliss’ own findings", "did not have enough doctors.", cld, P, cld_r, "body",
  "'Caroline Lee-Davey, Chief Executive of Bliss, said: \"...' (the nested 'considerable variation' has 2 words; 'Bliss’' and 'Bliss'' are apostrophes; left open; \"the greatest challenge\" above, the King's Fund report's, has 3 words)", "said-before"),
 ("In order to deliver improved outcomes for all babies", "stay with their babies.", cld, P, cld_r, "body", "next paragraph of the quote, closed", "continuation"),
])

f("campaign-group-rallies-banbury-public-in-defence-of-maternity-unit.txt", [
 ("We also have a new paper petition from KTHG", "wherever you can.", "Kate Spencer", P, "of KTHG", "body",
  "'Kate Spencer of KTHG said: “...”' (KTHG = the Keep the Horton General Campaign Group above)", "said-before"),
])

ca = "Dr Cheryll Adams"; ca_r = "Executive Director iHV"
f("caseload.txt", [
 ("Cuts to public health budgets by the Treasury", "smaller in others.", ca, P, ca_r, "body",
  "'Dr Cheryll Adams CBE, Executive Director iHV, said:' closing the paragraph above the quote paragraph (CBE, an honour after the name, is left out of the name)", "said-before"),
 ("….. complexity of families and increase in poverty", "especially around mental health", "one health visitor", D, "", "body",
  "'In the words of one health visitor:' closing the paragraph above (an unnamed survey respondent; the quote opens with an ellipsis and has no closing full stop)", "said-before"),
])

nm = "Professor Neena Modi"; nm_r = "RCPCH president"
f("child-health-experts-urge-election-commitment-tv-food-ban.txt", [
 ("Child Health Matters - Vision for 2017", None, "", N, "", "body",
  "'The RCPCH has published '...' in which it sets out ...' : the title of a report, nobody's speech", "other"),
 ("One in five 5-year-olds and one in three 10-year-olds", "overweight or obese.", nm, P, nm_r, "body",
  "'Professor Neena Modi, RCPCH president, says: \"...' (opened with a straight mark and left open)", "said-before"),
 ("If this growing crisis is not tackled,", "economy and health services.", nm, P, nm_r, "body", "next line of the quote, opened curly (left open)", "continuation"),
 ("Efforts to date have not been successful", "growing obesity epidemic.", nm, P, nm_r, "body", "next line of the quote (left open)", "continuation"),
 ("We repeat our calls for a ban on advertising", "timetable for implementation.", nm, P, nm_r, "body", "next line of the quote, closed", "continuation"),
 ("The 'Vision for 2017' sets out the ways", "child health and wellbeing.", nm, P, nm_r, "body",
  "a quote line with no attribution of its own straight after 'She said that achieving good child health ... had to be a priority ...' (her reported speech; that line's ‘cardinal determinant’ has 2 words and its stray closing mark opens no quote); the nested 'Vision for 2017' has 3 words; left open", "continuation"),
 ("It recognises that policies that improve child health", "return for the nation.", nm, P, nm_r, "body", "next line of the quote (left open)", "continuation"),
 ("These policies can ensure all infants,", "best start in life.", nm, P, nm_r, "body", "next line of the quote, closed", "continuation"),
])

iz = "Cllr Izzi Seccombe"; iz_r = "Chairman of the Local Government Association's Community Wellbeing Board"
f("childhood-obesity-on-the-increase-shows-figures.txt", [
 ("The LGA has long called for fundamental reforms,", "junk food advertising near schools.", iz, P, iz_r, "body",
  "'Chairman of the Local Government Association's Community Wellbeing Board, Cllr Izzi Seccombe, said: ‘...' (left open; ‘decisive and radical’ above, the council leaders', has 3 words)", "said-before"),
 ("We believe that these measures,", "reduce childhood obesity.", iz, P, iz_r, "body", "next paragraph of the quote, closed", "continuation"),
])

hc = "Dr Hilary Cass"; hc_r = "president of the college"
f("children-risk-until-nhs-units-close-warns-royal-college-paediatrics.txt", [
 ("There are too many units in the UK", "children and young people.", hc, P, hc_r, "body",
  "'Dr Hilary Cass, president of the college, said: “...”' (the college = the Royal College of Paediatrics of the lead)", "said-before"),
 ("Paediatricians are under significant pressure", "this way of working is not sustainable.", hc, P, hc_r, "body",
  "'... but Dr Cass said doctors needed to convince parents that it was in their children’s interests. “...”' (a quote with no verb of its own after Dr Cass's reported speech in the same paragraph)", "said-before"),
 ("In many other industries, it would be an anomaly", "common practice in paediatrics.", "Royal College of Paediatrics", O, "", "body",
  "'The report added: “...”' (the college's report: 'the Royal College of Paediatrics says', 'the college insists. Its survey has revealed'; a document's words are its owner's)", "description"),
])

nh = "Nigel Harding"; af = "Andy Fletcher"
f("childrens-hospices-crisis-government-corporate-funding-falls.txt", [
 ("We are going to focus the majority of our respite care", "the shortest prognosis,", nh, P, "chief executive", "body",
  "'“...,” said the chief executive, Nigel Harding.' (of Shooting Star Chase, the subject of the sentence before)", "said-after"),
 ("Having to not offer services that we know are vital", "families will be torn apart.", nh, P, "chief executive", "body",
  "'The charity has had a 25% real- terms cut in its government funding since 2008, he said, and has been eating into its reserves since 2012. “...”' (he = Nigel Harding; a quote after his reported speech in the same paragraph, whose attribution is 'he said')", "pronoun"),
 ("The government’s contribution hasn’t kept pace", "treating their conditions.", af, P, "chief executive", "body",
  "'The charity’s chief executive, Andy Fletcher, said: “...”' (the charity = Together for Short Lives, the campaigning charity of the paragraph before; “very, very challenging” below has 3 words)", "said-before"),
])

f("childrens-hospices-face-dangerous-cocktail-growing-costs-declining-nhs-funding.txt", [
 ("As hugely welcome as the wonderful offers of support", "from new inc", "Toby Porter", P, "chief executive of the hospice charity Acorns", "body",
  "a quote paragraph with no attribution of its own straight after 'In the article, Porter wrote that an outpouring of donations and support locally was not enough ...' ('the chief executive of the hospice charity Acorns, Toby Porter, wrote in ... the Express and Star'); cut off mid-word by the end of the excerpt (the headline's 'dangerous cocktail' has 2 words)", "continuation"),
])

tfsl = "Together for Short Lives"
f("childrens-hospices-facing-closure-without-funding-increase.txt", [
 ("All children’s palliative care services need equitable and sustainable funding", None, af, P, "", "pull quote",
  "pull quote (no closing full stop) with the bare name line 'Andy Fletcher' directly below it (no role in the excerpt; “declining, patchy NHS funding” above has 3 words)", "name-role-line"),
 ("secure the future of other children’s hospices by keeping its promise to protect the Children’s Hospice Grant", None, tfsl, O, "", "body",
  "'Together for Short Lives is now calling on NHS England to help “...” – and go above and beyond' (built into the writer's sentence; “dangerous cocktail” above has 2 words)", "fragment"),
 ("The lack of NHS and local council funding has a huge impact", "we are able to provide", "Luen Thompson", P, "", "pull quote",
  "pull quote (no closing full stop) with the bare name line 'Luen Thompson' directly below it (no role in the excerpt)", "name-role-line"),
])

jb = "Coun John Blackie"; jb_r = "leader of Richmondshire Council"
f("closure-stealth-fears-midwife-unit.txt", [
 ("The midwives at the Friarage are absolutely marvellous", "on hand just in case.", jb, P, jb_r, "body",
  "'Coun John Blackie, leader of Richmondshire Council, said: “...' (left open; the headline's ‘Closure by stealth’ has 3 words)", "said-before"),
 ("I want the midwife-led unit to succeed", "Richmondshire and in Hambleton.", jb, P, jb_r, "body", "next paragraph of the quote, closed", "continuation"),
])

dp = "Dan Poulter"; dp_r = "children’s health minister"
f("councils-to-have-legal-obligation-to-run-health-visitor-services.txt", [
 ("Mandating the core elements of this service", "is a major step forward", dp, P, dp_r, "pull quote",
  "pull quote (no closing full stop) with the bare name line 'Dan Poulter' directly below it; role from the body's 'said children’s health minister Dan Poulter'", "name-role-line"),
 ("Health visitors and their teams provide crucial support", "new parents and families,", dp, P, dp_r, "body",
  "'“...,” said children’s health minister Dan Poulter.'", "said-after"),
 ("They can also spot problems or risks to t", None, dp, P, dp_r, "body",
  "next paragraph of the quote; cut off mid-word by the end of the excerpt", "continuation"),
])

md = "Mahesh Dhebar"; md_r = "Retired consultant, of the We Need West Cumberland Hospital campaign group"
jr = "Jon Rush"
f("fresh-hope-for-the-future-of-consultant-led-maternity-services-at-west-cumberland-hospital-whitehaven.txt", [
 ("Stephen Eames said, and I quote,", "West Cumberland Hospital.", md, P, md_r, "body",
  "'He said: \"...\"' (he = Mahesh Dhebar, 'Retired consultant Mahesh Dhebar, of the We Need West Cumberland Hospital campaign group, was at the WCCF meeting.' in the paragraph before; he reports Stephen Eames's words in his own sentence, so the quotation is his)", "pronoun"),
 ("We know a lot of people have worked very hard", "in west Cumbria, and we", jr, P, "CCG chairman", "body",
  "'He added: “...' (he = Jon Rush, 'Jon Rush, CCG chairman, said they are awaiting ...' in the paragraph before; cut off by the end of the excerpt)", "pronoun"),
])

dpo = "Dr Dan Poulter"; dpo_r = "Health minister"
f("health-27054688.txt", [
 ("increased choice in maternity care", None, dpo, P, dpo_r, "body",
  "'He said the government had \"...\", saying the number of midwifery-led units had almost doubled' (he = Dr Dan Poulter, 'Health minister Dr Dan Poulter said units closed on \"limited occasions\" [2 words]' in the paragraph before; built into the writer's sentence)", "fragment"),
 ("There will always be very limited occasions", "need to close temporarily.", dpo, P, dpo_r, "body",
  "a quote paragraph with no attribution of its own after his reported speech (left open)", "continuation"),
 ("Any decisions to redirect women are made by clinicians", "carefully managed process,", dpo, P, dpo_r, "body",
  "'\"...,\" he said.' (he = Dr Poulter; the next paragraph of the open quote, with its own attribution)", "pronoun"),
 ("one of the safest places in the world to give birth", None, dpo, P, dpo_r, "body",
  "'Dr Poulter said the NHS, which has 162 trusts in England, remains \"...\".' (built into the writer's sentence)", "fragment"),
])

cha = "Dr Cheryll Adams"; cha_r = "executive director of the Institute of Health Visiting (iHV)"
f("health-visiting-services-on-knife-edge-as-systematic-cuts-take-toll.txt", [
 ("There’s a very, very urgent need to invest", None, cha, P, cha_r, "pull quote",
  "pull quote (no closing full stop) with the bare name line 'Cheryll Adams' directly below it; name and role from the body's 'Dr Cheryll Adams, executive director of the Institute of Health Visiting (iHV), said ...' (“deliver against the research” above has 4 words; the headline's ‘knife-edge’ has 1)", "name-role-line"),
 ("The service is on a knife-edge, it has been for about 18 months,", None, cha, P, cha_r, "body",
  "'“...,” Dr Adams told Nursing Times' (“health visitor implementation plan” below has 4 words)", "said-after"),
])

sos = "Save Our Surgery (SOS)"
sc = "Sharon Cheng"; sc_r = "SOS campaigner"
f("heart-unit-campaigners-urge-probe.txt", [
 ("NHS politics at its worst", None, sos, O, "", "body",
  "'Campaigners fighting to save the children’s heart unit ... have called on health secretary Jeremy Hunt to launch an investigation ..., describing the decision as “...”.' (the campaigners = 'that group - Save Our Surgery (SOS)' two paragraphs on, whose campaigner Sharon Cheng's statement below contains the same words; built into the writer's sentence; “no coincidence” below has 2 words)", "fragment"),
 ("Given that the suspension potentially put patients at risk,", "in the first place.", sc, P, sc_r, "body",
  "'SOS campaigner Sharon Cheng said: “...' (left open)", "said-before"),
 ("We fear it’s no coincidence that the action was taken", "Safe and Sustainable review.", sc, P, sc_r, "body", "next paragraph of the quote, closed", "continuation"),
 ("We hope those who made this decision will now be held to account.", None, sc, P, sc_r, "body",
  "'Ms Cheng went on: “...' (left open)", "said-before"),
 ("This whole exercise has been NHS politics at its worst.", "what led them to happen.", sc, P, sc_r, "body", "next paragraph of the quote, closed", "continuation"),
])

gb = "Gaynor Bearder"
f("huddersfield-mum-gaynor-bearder-livid.txt", [
 ("If there had been complaints and high mortality rates", "during the two year battle,", gb, P, "", "body",
  "'“...,” he said.' after 'The Linthwaite mum said she had met hundreds of families ... and none had ever complained about standards at LGI.' (her reported speech, which the quote carries on; the masculine 'he' is a misprint: the only man named nearby is Sir Bruce Keogh, whose mortality claim the quote disputes, and the next quotes are hers ('Gaynor said ...', 'she said'); 'mum' is an epithet, not a role; “underhand”, “agitated cardiologist”, “livid” and ‘heart community’ above have 1-2 words)", "pronoun"),
 ("To pull it out of the hat", "in recess is shoddy.", gb, P, "", "body", "next paragraph of the quote (left open)", "continuation"),
 ("It’s underhand – it stinks.", None, gb, P, "", "body", "next paragraph of the quote, 5 tokens (left open)", "continuation"),
 ("It’s like David and Goliath", "all guns blazing.", gb, P, "", "body", "next paragraph of the quote (left open)", "continuation"),
 ("I think these claims will be proven unfounded.", None, gb, P, "", "body", "next paragraph of the quote, closed", "continuation"),
 ("I don’t think they’ve followed protocol,", None, gb, P, "", "body",
  "'“...,” she said.' (she = Gaynor, 'Gaynor said she thought Sir Bruce should resign.' in the paragraph before)", "pronoun"),
 ("It’s overly dramatic to do it at the 11th hour,", "before Good Friday.", gb, P, "", "body", "next paragraph of the quote (left open)", "continuation"),
 ("It’s shameful and a disgrace to the NHS.", None, gb, P, "", "body", "next paragraph of the quote, closed", "continuation"),
])

f("hv-services-will-be-maintained.txt", [
 ("It is vital that mums and dads get the best support", "social care and education services.", "A spokesperson for the Local Government Association", D, "", "body",
  "'A spokesperson for the Local Government Association said: '...'' (unnamed; straight single marks, 'child's' an apostrophe; the ellipsis is inside the quote)", "said-before"),
])

nmk = "Sir Neil McKay"
f("important-consultation-on-cumbrias.txt", [
 ("The future of maternity services at the West Cumberland Hospital", "maternity service there.", nmk, P, "Chairman", "body",
  "'Chairman Sir Neil McKay told a public meeting at Cockermouth Community Hospital on Tuesday:' on the line above (the chairman of 'The NHS Success Regime' of the first paragraph; left open)", "said-before"),
 ("If our concerns are correct then we have to come up with other options.", "not sustainable.", nmk, P, "Chairman", "body", "next paragraph of the quote (left open)", "continuation"),
 ("This is a complex set of issues,", "how passionate people feel.", nmk, P, "Chairman", "body", "next paragraph of the quote, closed", "continuation"),
])

so = "Sean O'Sullivan"; so_r = "RCM head of policy"
f("maternity-ward-closures.txt", [
 ("maintain safety and staffing levels", None, "Mid Yorkshire Hospitals NHS Trust", O, "", "body",
  "'Mid Yorkshire Hospitals NHS Trust which closed its unit five times, once for 14.5 hours to \"...\"' (the trust's stated reason in its answer to the Freedom of Information request; no speech verb, but the trust is the subject of the clause, as the plan's and coalition's stated aims of earlier sets)", "fragment"),
 ("If units are regularly having to close their doors,", "needs immediate attention.", so, P, so_r, "body",
  "'He said: \"...\"' (he = Sean O'Sullivan, 'RCM head of policy, Sean O'Sullivan, said the figures highlighted ...' in the paragraph before)", "pronoun"),
])

f("midwife-led-care-not-downgrading.txt", [
 ("risking future of smaller hospitals", None, U, U, "", "body",
  "the title of the newspaper's own report, cited by the letter-writer: '(Hunt '...' with London ruling, 1 February)'; the words are someone's claim that Hunt is risking the hospitals' future, but no one is named as saying them", "other"),
 ("The closure of the maternity unit for a 'midwife-led' one", "is also a blow.", "An accompanying analysis piece", D, "", "body",
  "'an accompanying analysis piece (Why NHS must be a service for all, 1 February) that said: \"...\"' (an unsigned piece in the newspaper, named only by its title; the nested 'midwife-led' has 1 word and \"downgrade\" above has 1)", "said-before"),
])

dh = "Deborah Hebblethwaite"; dh_r = "a midwife and the maternity centre’s manager"
f("midwife-run-unit-at-friarage-hospital-holds-open-day.txt", [
 ("I think there are still some people out there", "want to shout about it.", dh, P, dh_r, "body",
  "'Deborah Hebblethwaite, a midwife and the maternity centre’s manager, said: “...' (left open)", "said-before"),
 ("Opening the unit for the afternoon", "with the local community.", dh, P, dh_r, "body", "next paragraph of the quote, closed", "continuation"),
 ("The facilities are first class", "more than 150 births so far.", cw, P, "chief executive of the Royal College of Midwives", "body",
  "'Ms Warwick said: “...”' (named 'Cathy Warwick, chief executive of the Royal College of Midwives' above)", "said-before"),
])

th = "Trudy Harrison"; th_r = "the area's Conservative MP"
shy = "Sue Hayman"
f("mps-tell-health-bosses-247-maternity-plan-must-work.txt", [
 ("What we need is a 24-hour, seven-day a week comprehensive,", "totally unacceptable,", th, P, th_r, "body",
  "'\"...,\" said Mrs Harrsion, the area's Conservative MP.' (the misspelt 'Harrsion' is 'Copeland's Trudy Harrison' of the paragraph before)", "said-after"),
 ("My view has not changed;", "experienced must be made.", th, P, th_r, "body",
  "next paragraph, a quote with no attribution of its own straight after the quote above, closed", "continuation"),
 ("At the end of the day the local community wants", "make sure we deliver that.", shy, P, "", "body",
  "'Mrs Hayman added: \"...\"' ('Workington's Sue Hayman', one of 'West Cumbria's MPs' in the lead; no office printed beside her name)", "said-before"),
])

pc = "Peter Carter"; pc_r = "former Royal College of Nursing chief executive"
f("not-cutting-school-nurse-budgets-should-be-a-simple-lesson.txt", [
 ("Not cutting school nurse budgets should be a simple lesson", None, U, U, "", "headline",
  "headline in quote marks over an unsigned comment piece; the words do not recur in the text and no one is named as saying them (the writer is not named in the excerpt)", "other"),
 ("most vulnerable will slip through the net as a result of these significant cuts", None, "Unite", O, "", "body",
  "'while Unite said the “...”.' (built into the writer's sentence; “targeted” and “futile” above have 1 word)", "fragment"),
 ("This must be as short-sighted and as ill-conceived", "in recent times.", pc, P, pc_r, "body",
  "'On Twitter, former Royal College of Nursing chief executive Peter Carter said: “...' (left open; the next paragraph, “The state of chil, is cut off after 3 tokens)", "said-before"),
])

nmo = "Professor Nina Modi"; nmo_r = "the College’s president"
rv = "Professor Russell Viner"; rv_r = "RCPCH officer for health promotion"
f("obese-children-losing-two-decades-healthy-life.txt", [
 ("As a nation we’re not winning this battle.", None, nmo, P, nmo_r, "body",
  "'Professor Nina Modi, the College’s president, said: ‘...' (the College = the Royal College of Paediatrics and Child Health (RCPCH); left open; ‘piecemeal’ and ‘largely unchanged.’ above have 1-2 words)", "said-before"),
 ("An obese child is very likely is very likely", "will be reduced as well.", nmo, P, nmo_r, "body", "next paragraph of the quote (left open)", "continuation"),
 ("We want to see children empowered", "advertisements for junk food.", nmo, P, nmo_r, "body", "next paragraph of the quote (left open)", "continuation"),
 ("We want girls and young men to be planning parenthood", "healthy lifestyle.", nmo, P, nmo_r, "body", "next paragraph of the quote, closed", "continuation"),
 ("Child health isn’t being given the political attention", "Scottish and Welsh Governments.", rv, P, rv_r, "body",
  "'Professor Russell Viner, RCPCH officer for health promotion, said: ‘...' (left open)", "said-before"),
 ("While policies such as the soft drink", None, rv, P, rv_r, "body",
  "next paragraph of the quote; cut off by the end of the excerpt", "continuation"),
])

rcn = "Royal College of Nursing"
jd = "Janet Davies"; jd_r = "RCN chief executive and general secretary"
f("public-health-cuts-putting-childrens-health-risk.txt", [
 ("putting children’s health at risk", None, rcn, O, "", "headline",
  "headline quote with no speaker in the headline; the lead gives the same words to 'a union' ('are putting children’s health at risk, a union has warned'), which the next paragraph names as 'The Royal College of Nursing'", "other"),
 ("Cuts to these critical services risk not only", "future of our country.", jd, P, jd_r, "body",
  "'Janet Davies, RCN chief executive and general secretary, said: “...”' (“PLUMMETING” and “borne the brunt” above have 1-3 words)", "said-before"),
 ("There’s a wealth of evidence that ill health in childhood", "detrimental impact in adulthood,", jd, P, jd_r, "body",
  "'“...,” Davies said.' (“strong and effective” above has 3 words)", "said-after"),
 ("If these cuts continue, we’re heading for more health problems", "down the line.", jd, P, jd_r, "body",
  "next paragraph, a quote with no attribution of its own straight after the quote above, closed (the page ends here)", "continuation"),
])

fs = "Fiona Smith"; fs_r = "RCN professional lead for children and young people’s nursing"
dhsc = "A spokesperson for the Department of Health and Social Care"
f("school-nurse-numbers-uk-fall-30-2010.txt", [
 ("Such children may not have positive role models,", "first person they turn to for help.", fs, P, fs_r, "body",
  "'RCN professional lead for children and young people’s nursing Fiona Smith said: ‘...' (left open; the caption line 'Fiona Smith. Picture: Neil O’Connor' above has no quote)", "said-before"),
 ("Decision-makers need to learn the lesson", "the funding they deserve.", fs, P, fs_r, "body", "next paragraph of the quote, closed", "continuation"),
 ("Local authorities are best placed to make decisions", "between 2015 and 2020.", dhsc, D, "", "body",
  "a quote paragraph with no attribution of its own straight after 'A spokesperson for the Department of Health and Social Care said funding provided to local government was supporting the ‘vital role’ [2 words] of school nurses.' (unnamed; a space follows the closing mark)", "continuation"),
])

db = "David Borrow"; db_r = "the county’s deputy leader"
js = "Coun John Swindells"; js_r = "deputy leader of Preston City Council"
f("school-nurses-under-threat-cuts-bite.txt", [
 ("When we fixed our budget in February", "go up by £2m,", db, P, db_r, "body",
  "'“...,” explained the county’s deputy leader David Borrow.'", "said-after"),
 ("So the budget included £2m in addition.", None, db, P, db_r, "body",
  "a second quoted sentence after the attribution in the same paragraph (left open)", "continuation"),
 ("So, in effect, the decision to cut the grant by £4m", "out of the public health budget.", db, P, db_r, "body", "next paragraph of the quote, closed", "continuation"),
 ("Probably one of the worst worries", "during the day.", js, P, js_r, "body",
  "'Coun John Swindells, deputy leader of Preston City Council,said: “...' (no space before 'said'; left open; pupil “buddies” and “outrageous” above have 1 word each)", "said-before"),
 ("It is said this role will be picked up by teachers.", "for fear of litigation.", js, P, js_r, "body", "next paragraph of the quote (left open)", "continuation"),
 ("So either the mum or dad have to come into school", "buddy that’s been trained – but", js, P, js_r, "body",
  "next paragraph of the quote; cut off by the end of the excerpt", "continuation"),
])

cd = "Caroline Davey"
f("severe-clinical-shortages-risking-babies-lives-and-mothers-mental-health.txt", [
 ("This must be a wake-up call for policy-makers", "to take action.", cd, P, "chief executive", "body",
  "'The charity’s chief executive, Caroline Davey, said: “...' (the charity = Bliss, 'the charity Bliss has said' in the lead; left open)", "said-before"),
 ("This unprecedented shortage is putting babies’ safety,", "full and healthy life.", cd, P, "chief executive", "body", "next paragraph of the quote, closed", "continuation"),
])

cw2_r = "chief executive of the Royal College of Midwives"
f("staff-and-bed-shortages-forced-trust-to-close-maternity-units-97-times.txt", [
 ("If units are regularly and persistently having to close their doors", "serious underlying problem", cw, P, cw2_r, "pull quote",
  "pull quote (no closing full stop) with the bare name line 'Cathy Warwick' directly below it; role from the body's 'Cathy Warwick, chief executive of the Royal College of Midwives,' (the headline's '97 times' has 2 words)", "name-role-line"),
 ("Birth is unpredictable and sometimes units get a rush of births", "cannot be planned for,", cw, P, cw2_r, "body",
  "'“...,” she told the BBC.' (she = Cathy Warwick, who 'said regular or persistent closures suggest “a serious underlying problem” [4 words]' in the paragraph before)", "pronoun"),
 ("However, if units are regularly and persistently", "a serious underlying problem.", cw, P, cw2_r, "body", "next paragraph, a quote with no attribution of its own, closed", "continuation"),
])

f("the-big-transfer.txt", [
 ("one of the most significant", None, "Hilary Earl", P, "health visitor at County Durham and Darlington Foundation Trust", "body",
  "'Hilary Earl, health visitor at County Durham and Darlington Foundation Trust, describes the change as “massive” [1 word] and “...” in her 19 years in the profession.' (built into the writer's sentence; the government's “mandate” above has 1 word)", "fragment"),
 ("a more joined-up, cost-effective service built around the individual needs", "wider range of public health issues", "NHS England", O, "", "body",
  "'According to NHS England, this will deliver “...”.' (built into the writer's sentence)", "fragment"),
])

jc = "Councillor Jim Clark"; jc_r = "chair of the Conservative-controlled county council's scrutiny of health committee"
f("uk-england-york-north-yorkshire-27604309.txt", [
 ("The quality of patient care has been our primary concern", "local women and children.", "Lord Ribeiro", P, "Panel chairman", "body",
  "'Panel chairman Lord Ribeiro said: \"...\"' (the panel = the Independent Reconfiguration Panel of the paragraph before; the council's \"disappointing\" and the crosshead 'Safer services' above have 1-2 words)", "said-before"),
 ("This decision will greatly disappoint all those mothers-to-be", "concerns over the proposals,", jc, P, jc_r, "body",
  "'\"...,\" he said.' (he = Councillor Jim Clark, whose reported speech ends the body paragraph before; the image caption line between them names William Hague MP, but a caption is not the body's last speaker, and 'Mr Clark said it was now clear' follows)", "pronoun"),
])

ih = "Ian Hudspeth"; ih_r = "chair of the LGA’s community wellbeing board"
f("warning-over-budget-cuts-as-health-visitor-numbers-plummet.txt", [
 ("The funding has simply not kept pace with the scale and demand", None, ih, P, ih_r, "pull quote",
  "pull quote (no closing full stop) with the bare name line 'Ian Hudspeth' directly below it; role from the body's 'Ian Hudspeth, chair of the LGA’s community wellbeing board,' (“stretched to its limits” below has 3 words)", "name-role-line"),
])

mdr = "Mark Drakeford"; mdr_r = "Health Minister for Wales"
pd = "Paul Davies"; pd_r = "Assembly Member for Preseli Pembrokeshire"
f("withybush-special-care-baby-unit-close.txt", [
 ("Essential factor is that a mother should be able", "at the midwife led units.", mdr, P, mdr_r, "body",
  "'Health Minister for Wales, Mark Drakeford: “...”' (the name and a colon before the quote, no verb)", "said-before"),
 ("I endorse the new service model", None, mdr, P, mdr_r, "body",
  "'He continued: “...”' (he = Mark Drakeford; same paragraph; no closing full stop)", "pronoun"),
 ("This decision represents a bleak day for the people of Pembrokeshire", "at Withybush Hospital.", pd, P, pd_r, "body",
  "'..., Paul Davies, Assembly Member for Preseli Pembrokeshire, said:' closing the line above (left open)", "said-before"),
 ("This decision is dangerous and in immediately life-threatening cases,", "pursuing this centralising agenda.", pd, P, pd_r, "body", "next line of the quote (left open)", "continuation"),
 ("Expectant mothers must be confident in the knowledge", "if the worst happens.", pd, P, pd_r, "body", "next line of the quote (left open)", "continuation"),
 ("Travelling any distance lessens survival chances", "between life and death.", pd, P, pd_r, "body", "next line of the quote (left open)", "continuation"),
 ("We need to hear a cast iron guarantee from Labour Ministers", "as a result of this downgrade.", pd, P, pd_r, "body", "next line of the quote (left open)", "continuation"),
 ("Many patients will see this closure as a financial decision,", "record-breaking NHS cuts.", pd, P, pd_r, "body", "next line of the quote, closed", "continuation"),
])

label_table.build(R, prefix="AG", split="heldout32", out="eval/quotes/heldout32.jsonl")
