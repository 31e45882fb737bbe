"""Build heldout22.jsonl (the twenty-second held-out attribution set, over eval/corpus25) from
the hand-written label table below.

Same method as build_heldout19.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout22.py   (writes eval/quotes/heldout22.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus25/")

# ---------------------------------------------------------------------------
sg = "Sara Gorton"; sg_r = "UNISON head of health"
f("all-public-sector-employees-need-a-decent-pay-rise-says-unison.txt", [
 ("Faced with an exodus of staff", "simply sounds hollow.", sg, P, sg_r, "body",
  "'UNISON head of health Sara Gorton said: “...' (the headline 'All public sector employees need a decent pay rise, says UNISON' has no marks; left open)", "said-before"),
 ("When considering pay rises for public sector staff", "other health employees.", sg, P, sg_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Although nurses play a vital role", "the health service would crumble.", sg, P, sg_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("That’s not to forget other public sector workers", "or where they work.", sg, P, sg_r, "body", "next paragraph of her quote, closed", "continuation"),
])

ws = "Wol Sibanda"
f("are-locum-doctors-and-nurses-really-bankrupting-the-nhs.txt", [
 ("I took a gamble and joined an agency,", None, ws, P, "", "body",
  "'“...,” Sibanda said.' (first named 'Wol Sibanda' above; 'worked for the NHS as a nurse for eight years' is her history, not a role)", "said-after"),
 ("It’s been so scary.", "l am not needed.", ws, P, "", "body",
  "second quoted passage after the attribution in the same paragraph", "continuation"),
])

jd = "Janet Davies"; jd_r = "RCN chief executive and general secretary"
f("critical-time-for-nurse-workforce-warns-rcn-leader.txt", [
 ("The number of vacancies and the increasing demand is critical", None, jd, P, jd_r, "pull quote",
  "pull quote (no closing full stop) with the bare name line 'Janet Davies' directly below it; named 'RCN chief executive and general secretary Janet Davies' above ('Critical time' in the headline, “biggest issue” and “bad” have 1-2 words)", "name-role-line"),
 ("The number of vacancies and the increase in demand is critical", "really difficult position,", jd, P, jd_r, "body",
  "'“...,” she told Nursing Times in an interview.' (she = Janet Davies)", "pronoun"),
 ("It is the biggest issue for nurses and our members,", None, jd, P, jd_r, "body", "'“...,” she said, noting that ...'", "pronoun"),
 ("Not having enough staff to the job", "out of the profession,", jd, P, jd_r, "body", "'“...,” she said, speaking ahead of the RCN’s annual conference'", "pronoun"),
 ("There’s always been that risk.", None, jd, P, jd_r, "body",
  "'Asked if ..., she said: “...' (left open)", "pronoun"),
 ("The issue with Mid Staffs was that", "necessarily purposeful,", jd, P, jd_r, "body",
  "next paragraph of the open quote, carrying its own '“...,” she said'", "pronoun"),
 ("We’ve not looked at the population", "numbers that we need,", jd, P, jd_r, "body",
  "next paragraph, re-opened after her quote; cut off by the end of the excerpt", "continuation"),
])

jd2_r = "chief executive and general secretary of the Royal College of Nursing"
f("deadly-blend-of-staffing-and-workforce-problems-faces-nursing.txt", [
 ("How can it be, five years after the Francis’ report", "right numbers of nurses?", jd, P, jd2_r, "pull quote",
  "pull quote with the bare name line 'Janet Davies' directly below it (the body gives 'its chief executive and general secretary', of the Royal College of Nursing, and then 'Janet Davies'; “deadly combination” and “criminal” above have 1-2 words)", "name-role-line"),
 ("Cutting posts to make ends meet", "problems at Mid Staffordshire,", jd, P, jd2_r, "body",
  "'“...,” she told the conference.' (she = Janet Davies, the last person named)", "pronoun"),
 ("How can it be, that five years after Robert Francis’ report", "right numbers of nurses?,", jd, P, jd2_r, "body",
  "'“...?,” she asked.'", "pronoun"),
])

f("debates-between-john-healey-and-oliver-heald-2010-2015.txt", [
 ("It is about gearing the entire system", "between doctor and patient", "Mr Lansley", P, "right hon. Member for South Cambridgeshire", "body",
  "in John Healey's Commons speech: 'the man who led it, the right hon. Member for South Cambridgeshire (Mr Lansley), ... He argued ... in the debate on Second Reading in January 2011: “...”.—[Official Report ...]' (he = Mr Lansley; the quoted words are Lansley's, not Healey's)", "pronoun"),
])

mp = "Dr Mark Porter"; mp_r = "BMA chairman"
f("doctors-angry-says-bma-chairman.txt", [
 ("sheer, unparalleled scale of demand", None, mp, P, mp_r, "body",
  "'His ARM address warned of a profession 'on the edge', trying to deal with the 'double whammy' of ... and the '...'' (his = Dr Mark Porter's speech; built into the writer's sentence; 'Doctors are angry,' in the headline and lead, 'on the edge' and 'double whammy' have 2-3 words)", "fragment"),
 ("result of genuine partnership with the government", None, mp, P, mp_r, "body",
  "'GP contract negotiations ... should be the '...' to improve patient care ..., he said.' (built into the writer's sentence)", "fragment"),
 ("hit and run on general practice", None, mp, P, mp_r, "body", "'and not a '...', he said.' (built into the writer's sentence)", "fragment"),
 ("The changes were sold by government", "has not happened,", mp, P, mp_r, "body", "''...,' he says.' (he = Dr Porter)", "pronoun"),
 ("It is important to recognise the strength of feeling.", "because they are fee", mp, P, mp_r, "body",
  "next paragraph, re-opened after his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("gmb-ballot-ambulance-staff.txt", [
 ("An overworked, underpaid and overstretched", "live up to their promises.", "Rehana Azam", P, "GMB national officer for the NHS", "body",
  "'Rehana Azam, GMB national officer for the NHS, said \"...' (no colon; left open: the next paragraph carries no mark and is not labelled; the standfirst line has no marks)", "said-before"),
])

vz = "Valerie"
f("health-select-committee-hears-evidence-from-health-secretary-and-the-chief-executive-of-nhs-england.txt", [
 ("There has been confusion on where the extra", "to cope with winter pressures.", vz, P, "", "body",
  "'Valerie said:' on its own line above the quote (the page names her only as 'Valerie'; 'of which Valerie is a member' is a relative clause, not a role)", "said-before"),
 ("I am concerned about the accountability of the NHS.", "do not always get the an", vz, P, "", "body",
  "next paragraph, re-opened after her closed quote; cut off mid-word by the end of the excerpt", "continuation"),
 ("It is up to NHS England,", None, "Jeremy Hunt", P, "Secretary of State for Health", "body",
  "nested in Valerie's quote: 'The Secretary of State often says ‘...’' (the Secretary of State = 'the Rt Hon Jeremy Hunt MP, Secretary of State for Health' of the first paragraph; ‘Both separately and together’ above has 3 words)", "description"),
])

cw = "Cathy Warwick"
f("midwife-numbers-do-matter-says-rcm-on-kings-fund-report.txt", [
 ("There is no doubt that maternity care", "to cope adequately.", cw, P, "General Secretary of the Royal College of Midwives", "body",
  "'Cathy Warwick, General Secretary of the Royal College of Midwives, said: “...”' (‘The Maternity Workforce’, a report's title, has 3 words)", "said-before"),
])

cw_r = "general secretary of the Royal College of Midwives"
f("midwives-shortage-risk-mothers-babies.txt", [
 ("I fear for the future of maternity services", "could be compromised,", cw, P, cw_r, "body",
  "'warned Warwick, the general secretary of the Royal College of Midwives. \"...,\" she said.' (first named 'Cathy Warwick' in the standfirst and the lead)", "pronoun"),
 ("I fear that midwives who are toiling away", "ill-served by maternity services,", cw, P, cw_r, "body",
  "'\"...,\" she said at the union's annual conference in Manchester today.'", "pronoun"),
 ("I am very concerned that the needs of pregnant women", "acutely short of midwives.", cw, P, cw_r, "body", "'She added: \"...\"'", "pronoun"),
 ("We are going to make our midwives' lives a lot easier.", "number of midwives by 3,000.", "David Cameron", P, "prime minister", "body",
  "'an article by Cameron in the Sun in January, in which he said: \"...\"' (he = Cameron, 'prime minister David Cameron' in the lead; his written words, quoted by the writer)", "pronoun"),
 ("We are extremely disappointed", "and yet the", cw, P, cw_r, "body",
  "'She said: \"...' (she = Warwick); cut off by the end of the excerpt", "pronoun"),
])

mp2_r = "chair of the BMA"
f("new-bma-chair-warns-of-challenging-time-for-profession.txt", [
 ("I'm excited and privileged to be taking on this role", "the medical profession.", mp, P, mp2_r, "body",
  "'In a statement, Dr Porter said: ‘...' (named 'The newly elected chair of the BMA, Dr Mark Porter' in the lead; 'particularly challenging time' and ‘challenging time’ have 2-3 words; left open)", "said-before"),
 ("The BMA will continue to work to help its members", "financial difficulty, for the NHS.", mp, P, mp2_r, "body", "next paragraph of his statement, closed", "continuation"),
 ("passion, your advice and most of all your membership of the team", None, mp, P, mp2_r, "body",
  "'said to continue this he needed the council's ‘...'' (built into the writer's sentence; ‘no knee-jerk decisions' and ‘bank holiday-style' below have 2-3 words)", "fragment"),
])

f("nhs-and-social-care-commission-ministerial-extracts.txt", [
 ("All power to my right hon. Friend’s elbow", None, "Mr Nick Clegg", P, "Sheffield, Hallam (LD)", "body",
  "his own words in his Commons speech under the Hansard speaker line 'Nick Clegg Portrait Mr Nick Clegg (Sheffield, Hallam) (LD)': 'I therefore say, “...”, and I hope ...'", "name-role-line"),
])

nd = "Niall Dickson CBE"; nd_r = "NHS Confederation chief executive"
f("nhs-confederation-kings-fund-report.txt", [
 ("After a decade of austerity in the NHS", "eradicate deficits overnight.", nd, P, nd_r, "body",
  "'Mr Dickson was keen to highlight ..., saying: “...' (first named 'NHS Confederation chief executive, Niall Dickson CBE'; ‘sustainable’ and ‘unprecedented’ in the READ MORE lines have 1 word; left open)", "said-before"),
 ("The good news is that the NHS is treating more patients", "has been operating with.", nd, P, nd_r, "body", "next paragraph of his quote (opened curly, closed straight)", "continuation"),
 ("This sobering report shows how far we need to go", "challenge ahead is significant.", nd, P, nd_r, "body", "'He added: \"...' (left open)", "pronoun"),
 ("We have the right vision for the future of the NHS", "training and educatio", nd, P, nd_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

nd2 = "Niall Dickson"; nd2_r = "NHS Confederation’s chief executive"
f("nhs-confederation-political-uncertainty-could-be-good-for-nhs.txt", [
 ("Our message to the politicians is that when it comes to the NHS", "start fixing the ship,", nd2, P, nd2_r, "body",
  "'‘...,’ and he stated these fixes come in three challenges: Money, transformation and workforce,’ Mr Dickson told the conference.' (the words between the first closing mark and a second, stray closing mark are the writer's; ‘present an opportunity’ and the crosshead ‘Start fixing the ship’ have 2-4 words)", "said-after"),
 ("We need clarity on funding", "supporting our workforce,", nd2, P, nd2_r, "body", "'‘...,’ he said.'", "pronoun"),
 ("In these uncertain times, more than ever", "what we need to deliver it.", nd2, P, nd2_r, "body",
  "'Rallying support ..., he summarised: ‘...' (the crosshead ‘United and unambiguous’ above has 3 words; left open)", "pronoun"),
 ("Some of this will be uncomfortable", "to which we are all committed.", nd2, P, nd2_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("help get transformation up and running", None, nd2, P, nd2_r, "body",
  "crosshead 'Capital funding promise will ‘...’' above 'Responding to health secretary, Jeremy Hunt’s speech ..., Mr Dickson said:' (the page's other crossheads quote his words from the paragraph below them; these words fall after the cut, so they are given to him on that pattern)", "other"),
 ("We are pleased the secretary of state agrees", "to a funding level which", nd2, P, nd2_r, "body",
  "'Mr Dickson said: ‘...'; cut off by the end of the excerpt", "said-before"),
])

jdc = "Jane Dacre"
f("nhs-crisis-putting-lives-at-risk-say-top-doctors.txt", [
 ("underfunded, under doctored and overstretched", None, "Royal College of Physicians (RCP)", O, "", "body",
  "'The Royal College of Physicians (RCP), which represents 33,000 doctors, says the UK health service is \"...\".' (built into the writer's sentence; the headline's 'putting lives at risk' and the standfirst's 'over-full' and 'too few qualified staff' have 1-4 words)", "fragment"),
 ("Our hospitals are over-full, with too few qualified staff,", None, jdc, P, "President", "body",
  "'\"...,\" President Jane Dacre wrote.' (the open letter)", "said-after"),
 ("Patients are waiting longer on lists", "the care they need.", jdc, P, "President", "body", "next paragraph of the letter's quote, closed", "continuation"),
 ("Our members fear that patients' lives are at risk", "results to come back.", jdc, P, "President", "body", "'Dacre told the BBC: \"...\"'", "said-before"),
])

er = "Eric Roberts"; er_r = "London ambulance worker and service group executive member"
f("nhs-faces-threat-from-privatisation-outsourcing-fragmentation-and-underfunding.txt", [
 ("People before profits? Absolutely.", "every time.", er, P, er_r, "body",
  "'“...” London ambulance worker and service group executive member Eric Roberts stated, noting ...'", "said-after"),
 ("It’s not economics.", "It’s ideological madness.", er, P, er_r, "body",
  "'NHS privatisation has to stop, “...”' after '..., he added, the Tories are ...' (he = Eric Roberts); no verb of its own", "continuation"),
 ("come in the front door", None, er, P, er_r, "body",
  "'And it doesn’t work, he added, noting the experience of Hinchingbrooke Hospital, where private company Circle had “...” with bright promises' (he = Eric Roberts; built into the writer's sentence)", "fragment"),
 ("it skulked out the back door in the night.", None, er, P, er_r, "body",
  "'– but when the profit didn’t come, “...”' (the same sentence, built into the writer's sentence)", "fragment"),
 ("Privatisation doesn’t even save the trust money.", None, "Diane Brown", P, "from the South West", "body",
  "'As Diane Brown from the South West noted: “...”'", "said-before"),
 ("private companies are there to make a profit, not provide services.", None, "Wahida Foreman", P, "from Harlow", "body",
  "'At the end of the day, said Wahida Foreman from Harlow, “...”'", "said-before"),
 ("It’s our NHS and we own it already: this is a con", None, "Emma Collette", P, "of Easter region", "body",
  "bullet line 'oppose mutualisation – as Emma Collette of Easter region said: “...”' (not closed by a full stop)", "said-before"),
 ("If the next government is serious about the NHS", "plan is in place,", "Richard Pitt", P, "of the nursing and midwifery occupational group", "body",
  "'“...,” said Richard Pitt of the nursing and midwifery occupational group.'", "said-after"),
])

f("nhs-hospital-trusts-to-pay-out-further-55bn-under-pfi-scheme.txt", [
 ("Toxic PFI contracts are still driving billions", "into private bank accounts,", "Chris Thomas", P, "IPPR health fellow", "body",
  "'“...,” said Chris Thomas, an IPPR health fellow, who carried out the research.'", "said-after"),
])

cm = "Christina McAnea"; cm_r = "UNISON Head of Health"
f("nhs-pay-warning-step-back-from-brink.txt", [
 ("Your decision to ignore the PRB", "unfairly and with contempt.", cm, P, cm_r, "body",
  "'In a strongly worded letter to the Health Secretary, Christina McAnea, UNISON Head of Health, warned that:' on its own line above (her letter's words; left open)", "said-before"),
 ("UNISON’s health conference meets in Brighton", "winter of unrest for the NHS.", cm, P, cm_r, "body", "next paragraph of the letter's quote (left open)", "continuation"),
 ("In the interests of all those who use and rely", "potential disruption and unrest.", cm, P, cm_r, "body",
  "last paragraph of the letter's quote: it has no opening mark but is closed (”), as Q0035", "continuation"),
])

jd3_r = "chief executive and general secretary of the RCN"
f("nhs-recruitment-drive-can-break-cycle-of-pressure-felt-by-nurses.txt", [
 ("don’t feel able to provide the level of care they should be", None, "leading nurses", D, "", "body",
  "'NHS nurses “...” due to low staffing numbers, leading nurses have warned.' (unnamed; built into the writer's sentence)", "fragment"),
 ("finding it increasingly difficult to do the job", None, "Royal College of Nursing (RCN)", O, "", "body",
  "'The Royal College of Nursing (RCN) said that nurses on the front line are “...”.' (built into the writer's sentence; “perfect storm”, “source of huge pressure” and “can break that cycle” below have 2-4 words)", "fragment"),
 ("The issue we have at the moment", "hard to recruit.", jd, P, jd3_r, "body",
  "'Ms Davies told the Press Association: “...' (named 'Janet Davies, chief executive and general secretary of the RCN' in the first paragraph)", "said-before"),
 ("That’s because we have not trained enough", "as were needed.", jd, P, jd3_r, "body",
  "second passage of her quote, re-opened in the same paragraph", "continuation"),
 ("The population and patient need is great and growing", "enough nurses.", jd, P, jd3_r, "body",
  "'She said this was a “perfect storm”, adding: “...' (left open to the end of the paragraph)", "pronoun"),
])

f("nhs-ripped-agencies-or-its-own-workforce-planning.txt", [
 ("scapegoating agencies for the NHS’s own mismanagement of workforce planning", None, "Tom Hadley", P,
  "director of policy at the Recruitment and Employment Confederation (REC)", "body",
  "'But Tom Hadley, director of policy at the Recruitment and Employment Confederation (REC), ..., argues that Mr Hunt is ‘...’.' (built into the writer's sentence; ‘rip-off staffing agencies’ above has 3 words)", "fragment"),
 ("Make efforts to value and retain existing staff", None, "Peter Carter", P, "RCN general secretary", "pull quote",
  "pull quote with the line '– Peter Carter' directly below it (named 'RCN general secretary Peter Carter' above)", "name-role-line"),
])

mp3_r = "head of the British Medical Association"
f("nhs-running-on-fumes-claims-doctors-leader.txt", [
 ("We have a government trying to keep the health service", "nothing but fumes.", mp, P, mp3_r, "body",
  "'Dr Porter said: \"...' ('the head of the British Medical Association' in the lead, then 'Dr Mark Porter'; 'running on fumes', \"breaking point\", \"explicit political choice\", \"picking the pocket\" and \"doing a disservice\" have 2-3 words; left open)", "said-before"),
 ("A health service at breaking point", "the impact on patients.", mp, P, mp3_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("It doesn't have to be this way.", "explicit political choice.", mp, P, mp3_r, "body", "next paragraph of his quote, closed", "continuation"),
])

rcp = "Royal College of Physicians (RCP)"
ag = "Dr Andrew Goddard"; ag_r = "RCP registrar"
f("nhs-underfunded-underdoctored-crisis-doctors-warn.txt", [
 ("like collateral damage in the battle between rising demand and squeezed budgets", None, rcp, O, "", "body",
  "'the report warns, with NHS staff increasingly feeling '...'' (the report by the Royal College of Physicians (RCP): a body's document; 'long-term sustainability' above has 2 words)", "fragment"),
 ("It is clear to all of us working in the NHS", "expect the system to collapse.", ag, P, ag_r, "body",
  "'RCP registrar Dr Andrew Goddard said: '...' (left open)", "said-before"),
 ("As doctors, we see the problems", "UK in the 21st century.", ag, P, ag_r, "body", "next paragraph of his quote (opened straight, closed curly)", "continuation"),
 ("if there is a co", None, rcp, O, "", "body",
  "'The report warns that shortages ... can only be addressed '...' (the RCP's report); cut off mid-word by the end of the excerpt after 5 tokens", "fragment"),
])

mp4 = "Mark Porter"; mp4_r = "BMA council chair"
f("politicians-duck-and-dodge-nhs-funding-crisis.txt", [
 ("world-class NHS with a third-class settlement", None, mp4, P, mp4_r, "body",
  "lead sentence 'The Government wants a ‘...’ – spending far less ...' of a report on his speech: the next sentence gives the speech to 'BMA council chair Mark Porter' (built into the writer's sentence; the headline's 'duck and dodge' and ‘failure of vision’ have 3 words)", "fragment"),
 ("We’re not asking for the world.", "that we want to deliver.", mp4, P, mp4_r, "body", "'He said: ‘...’' (he = Mark Porter)", "pronoun"),
 ("duck, dodge and pass it on", None, mp4, P, mp4_r, "body",
  "'Dr Porter, ..., said the Government’s response to the NHS deficit was to ‘...’.' (built into the writer's sentence)", "fragment"),
 ("grim little manifestos where they are invited", "systematically under-funded", mp4, P, mp4_r, "body",
  "'Responsibility had been placed on ... the local NHS, whose sustainability and transformation plans – ‘...’.' (his reported speech continued; built into the writer's sentence)", "fragment"),
 ("I hear belligerent talk a", None, mp4, P, mp4_r, "body",
  "'He said: ‘...' (he = the BMA council chair); cut off by the end of the excerpt after 5 tokens", "pronoun"),
])

dp = "Dave Prentis"; dp_r = "UNISON general secretary"
f("public-dont-want-nhs-staff-outsourced-private-companies.txt", [
 ("It’s simply unfair.", "going down this route.", dp, P, dp_r, "body", "'UNISON general secretary Dave Prentis said: “...' (left open)", "said-before"),
 ("Some are losing four-figure sums", "porters and security staf", dp, P, dp_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

cw2_r = "chief executive of the Royal College of Midwives"
f("rcm-say-nfwi-report-shows-disappointing-position-of-uk-maternity-care.txt", [
 ("paints a disappointing and worrying picture of our maternity services", None, cw, P, cw2_r, "body",
  "'The chief executive of the Royal College of Midwives has said the recent report ... \"...\".' (= Cathy Warwick, named in the next paragraph; built into the writer's sentence)", "fragment"),
 ("We are 5000 midwives short in England,", None, cw, P, cw2_r, "body", "'“...,\" said Cathy Warwick.' (opened curly, closed straight)", "said-after"),
 ("Without enough midwives to cope", "a long way to go.", cw, P, cw2_r, "body",
  "second quoted passage after the attribution in the same paragraph (left open)", "continuation"),
 ("Women have been promised choice", "far too many,", cw, P, cw2_r, "body",
  "'“...,\" she continued.' (after the crosshead 'Midwives simply not available', which has no marks)", "pronoun"),
 ("Postnatal care has been an area of concern", "less contact with them for women.", cw, P, cw2_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("This report should be compulsory reading", "act upon its findings.", cw, P, cw2_r, "body", "next paragraph of her quote, closed ('‘employment of more midwives’' below has 4 words)", "continuation"),
])

lr = "Liz Rix"; lr_r = "chief nurse of University Hospitals of North Midlands Trust"
f("senior-nurses-hit-out-against-cap-on-agency-staff-spending.txt", [
 ("While all of us are committed to reducing the reliance on temporary staff, we have", "needs of patients are met", lr, P, lr_r, "pull quote",
  "pull quote (no closing full stop) with the bare name line 'Liz Rix' directly below it; her role is given in the body", "name-role-line"),
 ("As we move into winter", "agency [personnel],", "a nursing director from one large trust", D, "", "body",
  "'“...,” said a nursing director from one large trust who asked not to be named.' (unnamed; the bracketed insertion is inside the quote)", "said-after"),
 ("While all of us are committed to reducing the reliance on temporary staff, especially", "needs of patients are met.", lr, P, lr_r, "body",
  "'Liz Rix, chief nurse of University Hospitals of North Midlands Trust, said: “...”'", "said-before"),
 ("Medical expenditure is far more of an issue", "£100-£150 per hour.", "Another nursing director", D, "", "body",
  "'Another nursing director said the caps unfairly target nurses. She said: “...”' (unnamed; “rip-off agency staff ” below has 3 words)", "pronoun"),
])

f("social-care-cash-crisis-mps-health-committee.txt", [
 ("The Government’s response to the Dilnot Commission", "new system is in place.", "Health Select Committee", O, "", "body",
  "'The Health Select Committee is chaired by Stephen Dorrell, .... It worries: \"...\"' (it = the committee, its report; \"pinch point\" above has 2 words)", "pronoun"),
 ("non-headline grabbing services are being cut", "that we want to see.", "Stephen Dorrell", P, "Tory MP and former health secretary in the Major government", "body",
  "'Stephen Dorrell told Today on BBC Radio 4 that: \"...\"' (role from 'Stephen Dorrell, a Tory MP and former health secretary in the Major government' above)", "said-before"),
 ("The pinch point will be coming", "instead of in poc", "Dr Sarah Wollaston", P, "Tory MP", "body",
  "'Speaking to HuffPost UK Dr Sarah Wollaston, A Tory MP who sits on the committee, warns: \"...' (the relative clause is not part of the role); cut off mid-word by the end of the excerpt", "said-before"),
])

nd3_r = "chief executive of the NHS Confederation"
f("the-prime-minister-has-thrown-down-the-gauntlet-with-nhs-funding-plan-says-nhs-confederation.txt", [
 ("The new money represents a major investment", "hard choices ahead.", nd2, P, nd3_r, "body",
  "first marked paragraph of the statement after 'Niall Dickson, chief executive of the NHS Confederation, ..., said:' (the paragraph between, 'The Prime Minister has thrown down the gauntlet ...', has no marks and is not labelled; the headline's ‘thrown down the gauntlet’ has 4 words; left open)", "continuation"),
 ("The danger is that we overpromise and under deliver.", None, nd2, P, nd3_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("The biggest challenge will be to make sure", "the way services are run.", nd2, P, nd3_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("We are delighted that the Prime Minister remains committed", "simply will not work.", nd2, P, nd3_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("This sizeable investment falls some way short", "tough years ahead.", nd2, P, nd3_r, "body", "next paragraph of his statement, closed", "continuation"),
])

f("unison-backs-nhs-leaders-call-to-end-pay-cap.txt", [
 ("Action is needed now to stop staff leaving the NHS.", "decent wage rise and soon.", dp, P, dp_r, "body",
  "'In response to NHS Providers ..., UNISON general secretary Dave Prentis said:' on its own line above (left open)", "said-before"),
 ("It’s patients who will suffer", "best standard of care.", dp, P, dp_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The ongoing 1% pay cap imposed by this government", "staff for their dedication.", dp, P, dp_r, "body", "next paragraph of his quote, closed", "continuation"),
])

hl = "Hazel Leatherbarrow"
f("unison-escalates-campaign-nhs-outsourcing.txt", [
 ("We are one team and we want to stay as a team", None, "Wigan strikers", D, "", "standfirst",
  "standfirst '‘...’, Wigan strikers tell conference delegates' (unnamed; the body gives the same words to Hazel Leatherbarrow)", "said-after"),
 ("We are fighting to stay part of the NHS,", None, hl, P, "", "body",
  "'“...,” Hazel Leatherbarrow, told delegates.' (no role in the excerpt)", "said-after"),
 ("We all do important jobs.", "stay as a team.", hl, P, "", "body",
  "second quoted passage after the attribution in the same paragraph (left open)", "continuation"),
 ("The NHS should not be working as a tax evader", "a decent livelihood.", hl, P, "", "body", "next paragraph of her quote, closed", "continuation"),
 ("We know they are not in a position to keep that promise.", None, hl, P, "", "body",
  "'But she added: “...”' (she = Ms Leatherbarrow)", "pronoun"),
 ("It’s good to know they are backing us.", None, hl, P, "", "body",
  "after the writer's sentence 'She also told delegates that the strikers had let patients know ...', with no verb of its own", "continuation"),
])

pc = "Peter Carter"; pc_r = "RCN chief executive"
f("warning-over-shortage-of-20-000-nurses-in-the-nhs.txt", [
 ("We sit on the verge of a hidden workforce crisis", "the care they deserve,", pc, P, pc_r, "body",
  "'\"...,” he said.' (he = Peter Carter, 'RCN chief executive Peter Carter said the report should act as a \"wake-up call\"' in the paragraph before; \"hidden workforce crisis\" has 3 words; opened straight, closed curly)", "pronoun"),
 ("Unsafe staffing levels have been implicated", "investigations into patient safety,", pc, P, pc_r, "body", "'“...,\" said Carter.'", "said-after"),
 ("We call on employers in the NHS", "based on reliable data.", pc, P, pc_r, "body",
  "second quoted passage after the attribution in the same paragraph", "continuation"),
])

rm = "RCP members"
f("what-has-gone-wrong-nhs-part-one-doctors-experiences.txt", [
 ("Patients are dying as a result of not accessing specialist care", "hospitals are jam-full.", rm, D, "", "body",
  "bullet under 'Two weeks ago we also published Against the odds, a report of RCP members’ experiences of winter pressures, from which I will share some examples:' (unnamed members quoted by the president, Professor Jane Dacre; her pull quotes on this page carry no marks and are not labelled)", "other"),
 ("My hospital has 99 delayed discharges", "outliers in surgical beds.", rm, D, "", "body", "second bullet of the same list", "other"),
 ("One patient spent so long waiting for social care", "her family were bringi", rm, D, "", "body",
  "third bullet of the same list; cut off mid-word by the end of the excerpt", "other"),
])

label_table.build(R, prefix="J", split="heldout22", out="eval/quotes/heldout22.jsonl")
