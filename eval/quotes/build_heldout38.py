"""Build heldout38.jsonl (the thirty-eighth held-out attribution set, over eval/corpus43) from
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

Run:  python3 eval/quotes/build_heldout38.py   (writes eval/quotes/heldout38.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus43/")

# ---------------------------------------------------------------------------
dp = "Dave Prentis"; dp_r = "UNISON General Secretary"
f("15-minute-home-care-visits-in-england-on-the-rise.txt", [
 ("It is a scandal that 15 minute visits", "unfair pressures on homecare workers.", dp, P, dp_r, "body",
  "'UNISON General Secretary Dave Prentis said:' on its own line above the quote (left open; the paragraph ends in a trailing space)", "said-before"),
 ("The Government is cutting council budgets by 40%", "underfunded care system.", dp, P, dp_r, "body",
  "next paragraph of his quote, closed", "continuation"),
])

ca = "Colin Angel"; ca_r = "policy and campaigns director for the Homeware Association"
is95 = "Councillor Izzi Seccombe"; is95_r = "chairman of the Local Government Association"
f("95-uk-council-care-firm-contracts-cancelled-over-lack-payments.txt", [
 ("do not know whether they're going to be able", "beyond the next year", ca, P, ca_r, "body",
  "'Colin Angel, policy and campaigns director for the Homeware Association, outlined that care providers were ‘really desperate’ and ‘...’.' (built into the writer's sentence; the association's name as printed; ‘really desperate’ has 2 words)", "fragment"),
 ("That means they're really having to make", "hand back work to local councils.", ca, P, ca_r, "body",
  "'He added: \"...\"' (he = Colin Angel)", "pronoun"),
 ("We have warned that the combination", "to the brink of collapse.", is95, P, is95_r, "body",
  "'Councillor Izzi Seccombe, chairman of the Local Government Association, said: \"...' (left open)", "said-before"),
 ("These figures show the enormous strain", "social care funding crisis.", is95, P, is95_r, "body",
  "next paragraph of her quote, closed", "continuation"),
 ("That is why it is so important that the government's Green Paper", "avoid widespread market failure.", is95, P, is95_r, "body",
  "next paragraph, opened with a curly mark and left open; no attribution of its own, so it continues her quote", "continuation"),
 ("With councils facing further fu", None, is95, P, is95_r, "body",
  "next paragraph of her quote, cut off mid-word by the end of the excerpt after 5 tokens", "continuation"),
])

cf = "Christopher Fisher"; rl = "Roy Lilley"
f("anxiety-for-thousands-as-care-home-group-closes.txt", [
 ("Throughout this period continuity of care", "we will achieve that outcome,", cf, P, "Southern Cross chairman", "body",
  "'\"...,\" he told BBC radio.' (he = 'Southern Cross chairman Christopher Fisher' of the paragraph before; his \"absolutely\" there has 1 word; the headline's 'Anxiety for thousands' has 3 words)", "pronoun"),
 ("It still leaves lots of anxiety", "who are involved,", rl, P, "Health policy analyst", "body",
  "'Health policy analyst Roy Lilley said underlying problems had not been fixed. \"...,\" he said.'", "pronoun"),
 ("I think they have just gift wrapped", "passed it down the line.", rl, P, "Health policy analyst", "body",
  "next paragraph, a quote with no attribution of its own after his quote", "continuation"),
 ("We know the short term is secure", "their families and the staff.", "Ros Altmann", P, "director general of the Saga group", "body",
  "'Ros Altmann, director general of the Saga group, said: \"...\"' (Mr Fisher's \"huge care resource\" below has 3 words)", "said-before"),
])

ml = "Monica Lennon"; ml_r = "Labour health spokeswoman"
f("bill-for-bed-blocking-now-over-a-500m-since-sturgeon-became-fm.txt", [
 ("As we enter 2019, the Health Secretary", "delayed discharge from our hospitals.", ml, P, ml_r, "body",
  "'Labour health spokeswoman Monica Lennon said: \"...' (left open)", "said-before"),
 ("Failing to put enough investment into social care", "pressure on our hospitals.", ml, P, ml_r, "body", "next paragraph of her quote", "continuation"),
 ("The cost of that choice is over half a billion", "don't need to be there.", ml, P, ml_r, "body", "next paragraph of her quote", "continuation"),
 ("This additional strain on our NHS", "a stop to delayed discharges.", ml, P, ml_r, "body", "next paragraph of her quote", "continuation"),
 ("Jeane Freeman must step up in 2019", "firmly in the past.", ml, P, ml_r, "body", "last paragraph of her quote, closed", "continuation"),
 ("We have been clear that it is not acceptable", "to be delayed i", "A Scottish Government spokesman", D, "", "body",
  "'A Scottish Government spokesman said: \"...' (unnamed); cut off mid-word by the end of the excerpt", "said-before"),
])

gp = "Lord Gary Porter"; gp_r = "Local Government Association chair"
f("bin-dtoc-warning-letters-says-local-government-leader.txt", [
 ("If it doesn’t say the things you want it to do", "throw it in the bin,", gp, P, gp_r, "body",
  "'“...,” he said, to loud applause, ...' (he = 'Local Government Association chair Lord Gary Porter' of the paragraph before; the lead's “throw in the bin” and “improved better care fund” have 4 words)", "pronoun"),
 ("The Wednesday meetings [with DCLG ministers]", "straight away didn’t happen.", gp, P, gp_r, "body",
  "'Lord Porter also said at the conference that ...' then 'He said: “...' (he = Lord Porter; a bracketed insertion inside the quote; left open)", "pronoun"),
 ("[Communities secretary Sajid Javid] did play", "take off you this year.", gp, P, gp_r, "body",
  "next paragraph of his quote, closed; it opens with a bracketed insertion", "continuation"),
])

sts = "A spokesperson for the Southern Trust"
f("calls-for-fundamental-review-of-domiciliary-care-in-the-north.txt", [
 ("In the interim this client is receiving care support from their family,", None, sts, D, "", "body",
  "'a spokesperson for the Southern Trust clarified to The Examiner that ... “...,” said the spokesperson' (unnamed)", "said-after"),
 ("hundreds of requests for domiciliary care packages each month.", None, sts, D, "", "body",
  "'said the spokesperson, who added that demands ... have increased ..., with the Southern Trust processing “...”' (built into the writer's sentence)", "fragment"),
 ("At any one time we will have a very small number", "the right package for them,", "Southern Health and Social Care Trust", O, "", "body",
  "'“...,” concluded the Southern Trust statement.' (the trust's statement; the trust is named 'the Southern Health and Social Care Trust' above)", "said-after"),
])

f("cambridgeshire-privatised-care-collapses-service-back-to-nhs.txt", [
 ("It cost over £1m to commission", "a shocking waste of money.", "Jo Rust", P, "from Unison", "body",
  "'Jo Rust from Unison said: ‘...’' (‘financially sustainable’ and ‘in house’ above have 2 words)", "said-before"),
 ("Can the Government and the Clinical Commissioning Groups", "the CCG was wrong.", "Richard O’Leary", P, "GMB Regional Organiser", "body",
  "'Richard O’Leary, GMB Regional Organiser said: ‘...’'", "said-before"),
 ("What we are fighting here is the oppression", "for making profit.", "Roger Hutt", P, "Unison member", "body",
  "'Unison member Roger Hutt told News Line yesterday: ‘...’'", "said-before"),
 ("What has happened in Cambridgeshire is the tip", "learn the lesson that privati", "Roger Hutt", P, "Unison member", "body",
  "'He continued: ‘...' (he = Hutt, the subject of the sentence before); cut off mid-word by the end of the excerpt", "pronoun"),
])

co = "Crystal Oldman"; co_r = "QNI chief executive"
f("charity-says-urgent-investment-needed-to-curb-fall-district-nurse-numbers.txt", [
 ("In the context of the five years during which the QNI", "has continued to fall.", "Queen’s Nursing Institute", O, "", "body",
  "'The QNI’s report, District Nurse Education in the United Kingdom 2016-2017, also warns ...' then 'It states: ‘...’' (it = the QNI's report, so the charity's words; the lead's ‘optional extra’ and ‘wake-up call’ have 2 words)", "pronoun"),
 ("The policy of moving care to people’s homes", "in a challenging environment,", co, P, co_r, "body",
  "'QNI chief executive Crystal Oldman said the public needed to know ...' then '‘...,’ she said.'", "pronoun"),
 ("The training to deliver this is not an optional extra;", None, co, P, co_r, "body",
  "next paragraph, a quote with no attribution of its own after hers; cut off by the end of the excerpt", "continuation"),
])

iz = "cllr Izzi Seccombe"; iz_r = "chairman of the LGA’s Community Wellbeing Board"
mw = "Margaret Willcox"; mw_r = "president of ADASS"
f("council-chiefs-withdraw-support-for-better-care-funding-guidance.txt", [
 ("The sudden shift in focus, so late in the process", "unacceptable to local government,", iz, P, iz_r, "body",
  "'‘...,’ said cllr Izzi Seccombe, chairman of the LGA’s Community Wellbeing Board,' (name as printed, lower-case 'cllr'; the LGA's ‘last minute’, ‘extremely disappointing’ and ‘step back’ above have 1-2 words)", "said-after"),
 ("Councils cannot now have confidence", "this year’s allocation.", iz, P, iz_r, "body",
  "next paragraph, opened and left open, no attribution of its own: her quote continues", "continuation"),
 ("This is extremely disappointing and a step back", "our support for the guidance.", iz, P, iz_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("In many areas directors have already obtained", "a difference in local areas.", mw, P, mw_r, "body",
  "'Margaret Willcox, president of ADASS, said: ‘...' (left open)", "said-before"),
 ("ADASS is very disappointed by the last minute", "changes to guidan", mw, P, mw_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

ab = "Alan Beale"; ab_r = "managing director of South West Care Homes and DQCF member"
f("council-faces-second-court-review-over-care-home-fees.txt", [
 ("Although we are pleased that the Court", "resolve the ongoing issues.", ab, P, ab_r, "body",
  "'Alan Beale, managing director of South West Care Homes and DQCF member, said: “...' (left open)", "said-before"),
 ("We are particularly disappointed that", "the first judicial revi", ab, P, ab_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

isc = "Cllr Izzi Seccombe"; isc_r = "Chairman of the Local Government Association's (LGA) community wellbeing board"
f("council-leaders-welcome-decrease-delayed-transfers.txt", [
 ("This continued improvement is testament", "at the right time.", isc, P, isc_r, "body",
  "'Chairman of the Local Government Association's (LGA) community wellbeing board, Cllr Izzi Seccombe, said: ‘...'' (opened curly, closed straight)", "said-before"),
 ("Tackling these underlying causes must be the priority.", None, isc, P, isc_r, "body",
  "'Cllr Seccombe stressed that ...' then 'She continued: ‘...' (she = Cllr Seccombe; left open)", "pronoun"),
 ("This year's winter health crisis", "fully fund our social care system.", isc, P, isc_r, "body", "next paragraph of her quote", "continuation"),
 ("It is clear that there cannot be a sustainable NHS", "sustainable social care system.", isc, P, isc_r, "body", "next paragraph of her quote", "continuation"),
 ("Social care needs to be put on an equal footing", "facing social care by 2020.", isc, P, isc_r, "body", "last paragraph of her quote, closed with a straight mark", "continuation"),
 ("If the White Paper and provisional settlement provide", None, "unclear", U, "", "body",
  "the opening of a teaser for another article ('How will the Government reform the funding system for councils?', by Rob Powell, dated 2026) printed under the article; opened with a straight mark and cut off by the end of the excerpt before any speaker is named", "other"),
])

slg = "A senior local government figure"
f("councils-warn-over-delays-to-better-care-fund.txt", [
 ("In local government there’s a greater sense", "urgency and anxiety,", slg, D, "", "body",
  "'A senior local government figure said that ...' then '“...,” the source said.' (the source = the figure of the paragraph before; unnamed; 'A senior figure close to the programme' earlier, whose “big fear” has 2 words, is not said to be the same person)", "said-after"),
 ("Areas are supposed to be doing things now", "most of the preparatory year.", slg, D, "", "body",
  "next paragraph, a quote with no attribution of its own after the source's quote", "continuation"),
 ("important that ministers and the NHS", None, slg, D, "", "body",
  "'The source said it was “...” were “confident about plans”' (built into the writer's sentence; “confident about plans” has 3 words)", "fragment"),
 ("end up with a less good outcome", "what they want to", slg, D, "", "body",
  "'but warned that a protracted assurance system could “...”' (the source; built into the writer's sentence)", "fragment"),
])

asu = "Andrea Sutcliffe"; asu_r = "CQC chief inspector of adult social care"
cqc = "Care Quality Commission"
f("cqc-warns-councils-credible-risk-service-disruption-claiming-future-home-care-provider-doubt.txt", [
 ("credible risk of service disruption", None, cqc, O, "", "headline",
  "headline 'CQC warns councils of ‘...’, claiming future of home care provider is in doubt' (built into the headline's sentence; the body gives the same words to the regulator's letters to councils)", "fragment"),
 ("credible risk of service disruption", None, cqc, O, "", "body",
  "'The CQC wrote to the councils yesterday, saying there was a “...” if the company’s fortunes did not improve' (built into the writer's sentence; the Care Quality Commission (CQC) is named in the paragraph before)", "fragment"),
 ("the ongoing funding or new investment", None, asu, P, asu_r, "body",
  "'CQC chief inspector of adult social care Andrea Sutcliffe said ... the CQC had not received “adequate assurance” Allied Healthcare would be able to secure “...” needed ...' (built into the writer's sentence; “adequate assurance” has 2 words)", "fragment"),
 ("We have encouraged Allied Healthcare to provide us", "regarding future funding,", asu, P, asu_r, "body",
  "'“...,” Sutcliffe said.'", "said-after"),
 ("We have demonstrated throughout our discussions", "quality care across the UK.", "Allied Healthcare", O, "", "body",
  "'However, the provider, which ..., labelled the CQC’s warning as “premature and unwarranted”.' then 'In a statement today, it said: “...' (it = the provider, Allied Healthcare; the crosshead ‘Premature and unwarranted’ and the standfirst's ‘sustainable and safe’ have 3 words; left open)", "pronoun"),
 ("The CQC has disregarded these ass", None, "Allied Healthcare", O, "", "body",
  "next paragraph of its statement; cut off mid-word by the end of the excerpt", "continuation"),
])

f("drop-in-district-nurses-a-major-concern-for-rcn-qni.txt", [
 ("With this huge reduction in the numbers of district nurses", "deserve so much more,", "Peter Carter", P, "RCN chief", "body",
  "'\"...,\" added Carter.' (named 'RCN chief Peter Carter' in the paragraph before; the lead's \"lamentable\" has 1 word)", "said-after"),
 ("the loss of skills and capacity in community nursing teams", None, "Queen's Nursing Institute", O, "", "body",
  "'Community nursing charity the Queen's Nursing Institute also expressed similar worries about the fall in numbers and \"...\".' (built into the writer's sentence)", "fragment"),
 ("Qualified district nurses are specialist practitioners", "patient-centred care in the NHS,", "Crystal Oldman", P, "QNI chief executive", "body",
  "'\"...,\" QNI chief executive Crystal Oldman said.'", "said-after"),
 ("High-quality community nursing services are imperative", "admitted to hospital.", "Crystal Oldman", P, "QNI chief executive", "body",
  "a second passage re-opened in the same paragraph after 'Crystal Oldman said.'", "continuation"),
])

me = "Mrs Edwards"
f("elderly-patient-threatens-hunger-strike-over-delay-in-getting-her-home.txt", [
 ("She is still in hospital and she is very upset", "going to a nursing home.", me, P, "", "body",
  "'Mrs Edwards said: “...' (the niece of the lead; named only 'Mrs Edwards' — 'Dorothy’s niece Margaret and nephew Paul Edwards' does not settle her full name; left open)", "said-before"),
 ("I went in yesterday and she was so depressed.", "a touch of alzheimer’s.", me, P, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("We approached Nia Griffith MP for help.", "to see her crying.", me, P, "", "body",
  "next paragraph, with no opening mark but closed: the end of her quote (Mr Edwards's 'He said: I don’t blame ...' below has no marks and is not labelled)", "continuation"),
])

rc = "Rosemary Cook CBE"; rc_r = "Director of the QNI"
f("fall-district-nursing-numbers-creeping-tragedy.txt", [
 ("The number of district nurses has been falling steadily", "arrest this decline,", rc, P, rc_r, "body",
  "'“...,” said Rosemary Cook CBE, Director of the QNI.' (the headline's 'creeping tragedy' has 2 words)", "said-after"),
 ("The QNI has warned that the district nursing workforce", "retirement in recent years.", rc, P, rc_r, "body",
  "next paragraph, a quote with no attribution of its own after hers", "continuation"),
 ("We are reaching the point where the district nursing service", "will be out of sight,", rc, P, rc_r, "body",
  "'“...,” said Cook.' (her “backfilled” and “other less qualified staff” above have 1-4 words)", "said-after"),
 ("This could be a creeping tragedy for patient care.", None, rc, P, rc_r, "body",
  "next paragraph, a quote with no attribution of its own after hers", "continuation"),
 ("before it is too late", None, rc, P, rc_r, "body",
  "'She urged local and national healthcare planners to “act now” to halt the decline in district nursing posts “...”.' (she = Cook; built into the writer's sentence; “act now” has 2 words)", "fragment"),
])

f("healthwatch-report-opens-the-door-on-home-care-services.txt", [
 ("No one's elderly parent, grandparents or friends", "dignity of their own home.", "unclear", U, "", "body",
  "a quote opened with a curly mark and run straight into the article's next sentence ('...own home.Over the last year'), most likely a pull quote merged into the paragraph; no speaker is named before the excerpt is cut off", "other"),
 ("Unless they have attended before they do not know what has to be done.", None, "A care user speaking with Healthwatch Blackpool", D, "", "body",
  "'A care user speaking with Healthwatch Blackpool said, “...”' (unnamed)", "said-before"),
])

ns_ = "Nicola Sturgeon"
f("herald-view-more-must-be-done-to-tackle-bed-crisis.txt", [
 ("equivalent to a large acute hospital being occupied", "don’t need to be there", ns_, P, "Health Secretary", "body",
  "'WHEN she was Health Secretary, Nicola Sturgeon ... – “...” at a cost of £50million – as she put it at the SNP conference in 2011' (built into the writer's sentence; her role then, as the leader gives it)", "fragment"),
 ("We must do more to tackle these unnecessary waits,", None, ns_, P, "Health Secretary", "body",
  "'“...,” she told delegates.' (she = Ms Sturgeon)", "pronoun"),
 ("By the start of 2015, under this SNP Government", "longer than two weeks.", ns_, P, "Health Secretary", "body",
  "the rest of the same paragraph after 'she told delegates.', closed with a curly mark but never re-opened: the second passage of her speech", "continuation"),
])

ukh = "UK Homecare Association"
f("home-care-providers-handing-back-contracts.txt", [
 ("apparent increase in home care providers handing back", "statutory sector purchasers", ukh, O, "", "body",
  "'In a report the UK Homecare Association (UKHCA) said there had been an “...” because of inadequate fee levels.' (built into the writer's sentence)", "fragment"),
 ("Inadequate fee levels paid to providers", "including the National Living Wage,", ukh, O, "", "body",
  "'“...,” it said.' (it = UKHCA, the subject of the paragraph before)", "pronoun"),
 ("We operate in quite a lot of rural areas", "actual client contact time,", "Jane Townson", P, "CEO of Somerset Care", "body",
  "'Townson said ...' then '“...,” she said' (named 'Jane Townson, CEO of Somerset Care,' above)", "pronoun"),
])

abu = "Andy Burnham"; abu_r = "Shadow Health Secretary and Leigh MP"
f("hundreds-patients-stranded-regions-hospitals.txt", [
 ("David Cameron was repeatedly warned", "pick up the pieces.", abu, P, abu_r, "body",
  "'Shadow Health Secretary and Leigh MP Andy Burnham has blamed ...' then 'He said: “...' (left open; ‘unprecedented’ above has 1 word)", "pronoun"),
 ("Hospitals across Greater Manchester have had record numbers", "lost care support.", abu, P, abu_r, "body", "next paragraph of his quote, closed", "continuation"),
])

isl = "Cllr Izzi Seccombe"; isl_r = "Chairman of the LGA’s Community Wellbeing Board"
f("lga-responds-to-national-audit-office-report-on-better-care-fund.txt", [
 ("Planning for the Better Care Fund", None, "", N, "", "body",
  "the title of the National Audit Office report in marks ('Responding to the National Audit Office report ‘...’'), not anyone's speech", "other"),
 ("This report fails to recognise the significant work", "changes to the Better Care Fund.", isl, P, isl_r, "body",
  "'..., Cllr Izzi Seccombe, Chairman of the LGA’s Community Wellbeing Board, said:' ending the paragraph above the quote (left open)", "said-before"),
 ("It also fails to recognise that a local approach", "Better Care Fund at this stage.", isl, P, isl_r, "body", "next paragraph of her quote", "continuation"),
 ("The failure to set out the £1 billion savings target", "before the April 2015 deadline.", isl, P, isl_r, "body", "next paragraph of her quote", "continuation"),
 ("While it was clear from the outset", "competitive rather than collaborative.", isl, P, isl_r, "body", "next paragraph of her quote", "continuation"),
 ("Local government is still committed to the principles", "must be a shared ambition.", isl, P, isl_r, "body", "last paragraph of her quote, closed (the page ends here)", "continuation"),
])

jj = "John Jackson"; jj_r = "chair of the Association of Directors of Adult Social Services’ resources network"
f("mps-warned-of-10bn-social-care-cuts.txt", [
 ("Adult social care is the largest part of council budgets", "look for savings from it", jj, P, jj_r, "body",
  "'Mr Jackson told MPs ...' then '“...”, he said, warning that ...' (he = Mr Jackson)", "pronoun"),
 ("When the Department of Health announced an extra £7.2bn", "there is a considerable gap.", jj, P, jj_r, "body",
  "'Speaking to LGC after the hearing, Mr Jackson said: “...”' (‘efficiency savings’ below has 2 words; the last quote is cut off after 2 tokens)", "said-before"),
])

ep = "Eileen Perring"
f("old-sick-and-homeless.txt", [
 ("Southern Care bigwigs they said:", "about anybody or anything.", "unclear", U, "", "body",
  "a paragraph closed with a straight double mark but never opened, standing under the standfirst before any speaker is named (the opening of someone's quote is missing from the page; the speaker is not settled by the text)", "other"),
 ("It's not our problem. It's nothing to do with us.", None, "Southern Care bigwigs", D, "", "body",
  "nested single-marked quote: 'Southern Care bigwigs they said: ‘...’' (a group described, not named, inside the unattributed quote around it)", "said-before"),
 ("There were elderly dementia sufferers wailing", "know what was going on,", ep, P, "", "body",
  "'The scene that greeted Eileen Perring was ... \"...,\" Mrs Perring recalls' (no role; her father's daughter)", "said-after"),
 ("It was utter chaos.", "how bewildered he must be.", ep, P, "", "body",
  "next paragraph, a quote with no attribution of its own after hers", "continuation"),
])

sg = "Shelagh Gurney"; sg_r = "Shadow Cabinet Member for Adult Social Services"
f("opinion-devastating-cuts-adult-social-care-must-be-stopped.txt", [
 ("This administration, the ‘Rainbow Alliance’", "it should be looking after.", sg, P, sg_r, "body",
  "'Shelagh Gurney, Shadow Cabinet Member for Adult Social Services has hit out at ...Mrs Gurney said:' ending the paragraph above the quote (left open; the nested ‘Rainbow Alliance’ has 2 words)", "said-before"),
 ("At a time when the authority has to make such significant savings", "this administration are.", sg, P, sg_r, "body", "next paragraph of her quote", "continuation"),
 ("When the Council needs a tight, financial focus", "protect front-line services.", sg, P, sg_r, "body", "next paragraph of her quote", "continuation"),
 ("This year, the administration proposes to cut £6m", "support people’s independence", sg, P, sg_r, "body",
  "last paragraph of her quote, closed before the full stop (the page ends here)", "continuation"),
])

sr = "Shona Robison"; sr_r = "Health Secretary"
f("patients-facing-bed-block-delays-2-years-after-robison-vow.txt", [
 ("I want over the course of this year", "absolutely determined to do that.", sr, P, sr_r, "body",
  "'In February 2015 Miss Robison said: ‘...’' (named 'Health Secretary Shona Robison' above, where her ‘eradicate’ has 1 word)", "said-before"),
 ("While nobody was expecting change overnight", "before it achieves what was promised,", "Alex Cole-Hamilton", P, "Lib Dem health spokesman", "body",
  "'Yesterday, Lib Dem health spokesman Alex Cole-Hamilton said there was little evidence this was working: ‘...,’ he said.'", "pronoun"),
 ("Integration of health and social care ensures patients", "lengths of stay and delayed discharge.", sr, P, sr_r, "body",
  "'Miss Robison said: ‘...’'", "said-before"),
])

sa = "Cllr Sarah Adams"; sa_r = "Labour Shadow Spokesperson for Adult Care"
scc = "Suffolk County Council"
f("punitive-cuts-to-care-make-no-sense.txt", [
 ("mitigate care purchasing demand increases", None, scc, O, "", "body",
  "'Budget Scrutiny papers show that ... as the council looks to ‘...’' (the council's papers' words in the writer's sentence; the council = Suffolk County Council; the headline's ‘make no sense’ has 3 words)", "fragment"),
 ("A £12m cut to Adult Care Services", "it is nonsensical gibberish.", sa, P, sa_r, "body",
  "'Cllr Adams said; “...”' (named 'Labour Shadow Spokesperson for Adult Care, Cllr Sarah Adams' in the lead)", "said-before"),
 ("reducing the number of people who need local authority funded care", "the number of people who need care", scc, O, "", "body",
  "nested quote inside Cllr Adams's quote: 'The report states the strategy for Social Care will be based on ‘...’' (the report = the council's budget scrutiny report; a bracketed insertion '[…by…]' inside)", "fragment"),
 ("The Social Care council tax rise has been put in place", "support our older residents.", sa, P, sa_r, "body",
  "'She added; “...”' (she = Cllr Adams)", "pronoun"),
])

jf = "Jeane Freeman"; jf_r = "Health Secretary"
f("slight-ease-in-scotlands-bed-blocking-hospital-numbers.txt", [
 ("I welcome the further 6% reduction", "a 9% drop in 2015/16,", jf, P, jf_r, "body",
  "'Health Secretary Jeane Freeman said there was some good news in the statistics, but promised action: “...,” she said.'", "pronoun"),
 ("We want to continue to build on this progress.", None, jf, P, jf_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("That’s why it is vital that local health and social care partnerships", "keeping people healthy at home.", jf, P, jf_r, "body", "next paragraph of her quote", "continuation"),
 ("The integration of health and social care will enable us", "the pace of this reform s", jf, P, jf_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

gj = "Greg Jeffreys"
f("softening-the-blow-for-residents-when-a-care-home-closes.txt", [
 ("People were at serious risk of harm.", None, "Care Quality Commission", O, "", "body",
  "'after regulator the Care Quality Commission (CQC) found it to be inadequate and unsafe (pdf); the report states: “...”' (the regulator's report; the lead's “inevitable” has 1 word)", "said-before"),
 ("Going in on a daily basis I’d seen no indication", "particular issue with her care.", gj, P, "", "body",
  "'The first Jeffreys heard of the closure was ... He was shocked: “...”' (he = Greg Jeffreys, introduced as 'Greg Jeffreys, from Bedfordshire,' with no role; his “no structure, no plan” below has 4 words)", "pronoun"),
])

ifl = "Ian Fletcher"; ifl_r = "Policy Director at the property industry trade body the British Property Federation"
f("southern-cross-confirms-closure.txt", [
 ("cease to be an operator of homes", None, "unclear", U, "", "body",
  "'now its homes will be split among its landlords and it is expected to “...”.' (built into the writer's sentence; the text does not say whose words these are — the company's announcement is the likely source, but it is not named as such; “finalising their plans” and “challenging” below have 1-3 words)", "other"),
 ("There are undoubtedly challenges ahead for landlords.", "This is just a c", ifl, P, ifl_r, "body",
  "'Ian Fletcher, Policy Director at ... the British Property Federation, told Channel 4 News it would still be “challenging” for these landlords.' then this quote paragraph with no attribution of its own; cut off mid-word by the end of the excerpt", "continuation"),
])

et = "Emily Thornberry"; et_r = "shadow care service minister"
f("thousands-face-uncertain-future-as-care-home-chain-is-broken-up.txt", [
 ("It's all very well for the chair of Southern Cross", "all the relevant landlords are.", et, P, et_r, "body",
  "'The shadow care service minister, Emily Thornberry, yesterday wrote to ...' then 'Ms Thornberry said: \"...' (left open; \"tax havens\" and \"nigh on impossible\" above have 2-3 words)", "said-before"),
 ("To avoid any further confusion the Government", "how it will guarantee", et, P, et_r, "body",
  "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

f("two-stroud-care-homes-will-shut-bid-stop-closures-fails.txt", [
 ("It is utterly appalling that Conservative councillors", "farce of a consultation on the impacts.", "Cllr Paul Hodgkinson", P, "leader of the county council Liberal Democrat group", "body",
  "'After the scrutiny meeting, Cllr Paul Hodgkinson, leader of the county council Liberal Democrat group, said: “...' (left open; 'call in' and 'not constitutional' above have 2 words)", "said-before"),
 ("It is abundantly clear that the cabinet member", "has acted unconstitutionally.", "Cllr Lesley Williams", P, "leader of the Labour group", "body",
  "'Cllr Lesley Williams, leader of the Labour group, added: “...\"' (opened curly, closed straight)", "said-before"),
])

f("uk-england-stoke-staffordshire.txt", [
 ("As we are not able to meet the difference", "plans for the future.", "Dr Vivienne McVey", P, "chief executive of Virgin Care", "body",
  "'Dr Vivienne McVey, chief executive of Virgin Care said: \"...\"'", "said-before"),
 ("remains committed to the principal of integrated services", "for local people", "Nicola Harkness", P, "managing director of the CCG", "body",
  "'Nicola Harkness, managing director of the CCG, said it \"...\".' (built into the writer's sentence; 'it' is the CCG, but the words are hers)", "fragment"),
])

f("virgin-care-wins-contracts-worth-65m-in-lancashire.txt", [
 ("We are pleased to announce that Virgin Care", "within this new model of care.", "Dr John Caine", P, "chair of the CCG", "body",
  "'Dr John Caine, chair of the CCG, said: “...”' (‘requires improvement’ and the plan's name ‘Building for the Future’ below have 2-4 words)", "said-before"),
 ("develop and enhance community and local walk-in", "out of hour’s services", "Claire Heneghan", P, "chief nurse of NHS West Lancashire CCG", "body",
  "'Claire Heneghan, chief nurse of NHS West Lancashire CCG, said Virgin Care would “...” in order to ...' (built into the writer's sentence)", "fragment"),
 ("We are really pleased to have been selected", "We look forward to continuing our engage", "A Virgin Care spokesperson", D, "", "body",
  "'A Virgin Care spokesperson said: “...' (unnamed); cut off mid-word by the end of the excerpt", "said-before"),
])

label_table.build(R, prefix="AM", split="heldout38", out="eval/quotes/heldout38.jsonl")
