"""Build heldout41.jsonl (the forty-first held-out attribution set, over eval/corpus46) from
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

Run:  python3 eval/quotes/build_heldout41.py   (writes eval/quotes/heldout41.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus46/")

# ---------------------------------------------------------------------------
f("111-helpline-is-struggling-nhs-board-concedes.txt", [
 ("NHS 111 helpline 'failing to meet targets',", None, "The Guardian", O, "", "body",
  "'\"...,” says The Guardian, along with much of the media.' (the paper's headline, quoted; opened straight, closed curly; the nested 'failing to meet targets' has 4 words; the headline's ‘struggling’ and ‘999’ have 1 word)", "said-after"),
 ("unacceptably long waits to get through", "calls back with medical advice", "Dr Laurence Buckman", P,
  "chairman of the British Medical Association's GP committee", "body",
  "'Dr Laurence Buckman, chairman of the British Medical Association's GP committee, told The Guardian that patients reported facing \"...\".' (built into the writer's sentence)", "fragment"),
])

ar = "Amber Rudd"; ar_r = "Home Secretary"
f("696-home-secretary-responds-to-labour-over-nhs-ransomware-attack.txt", [
 ("The malicious actions of the cyber criminals", "who have been affected,", ar, P, ar_r, "body",
  "'The Home Secretary – Amber Rudd – has replied:' in the paragraph before, then '“...,” she wrote.' (she = Amber Rudd; her written reply)", "pronoun"),
 ("There is no evidence that any patient data", "manage the disruption.", ar, P, ar_r, "body",
  "second passage re-opened after 'she wrote.' in the same paragraph", "continuation"),
 ("Today we have learned that Nissan’s plant", "and local authorities.", ar, P, ar_r, "body",
  "a paragraph with only a closing mark, after an unmarked paragraph ('But we must be careful ...', not labelled) that carries on her reply; the closing mark shows it is still her letter", "continuation"),
 ("We have doubled investment in cyber security", "major incidents like this.", ar, P, ar_r, "body",
  "'Responding to these suggestions, Rudd said:' on its own line above the quote (left open; the next paragraph, 'The NCSC provides guidance ...', has no marks and is not labelled)", "said-before"),
])

ja = "Jon Ashworth"
f("amber-rudd-nearly-50-nhs-trusts-affected-cyber-attack.txt", [
 ("Cyber-security is a huge industry", "our personal information.", ar, P, ar_r, "body",
  "'Earlier Ms Rudd warned: \"...' (role from 'the Home Secretary said' after 'Amber Rudd has confirmed' in the lead; “working as normal” above has 3 words; left open)", "said-before"),
 ("I would expect NHS trusts to learn from this", "they do upgrade.", ar, P, ar_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("There will be lessons to learn", "biggest criminal cyber attack in history.", ja, P, "Shadow Health Secretary", "body",
  "'Shadow Health Secretary Jon Ashworth said: “...”'", "said-before"),
 ("It is worrying that in Amber Rudd", "the era of analogue.", "Lord Paddick", P, "Lib Dem home affairs spokesman", "body",
  "'Lib Dem home affairs spokesman Lord Paddick said: “...' (left open)", "said-before"),
 ("This is not the first time she has looked lost", "to be told why.", "Lord Paddick", P, "Lib Dem home affairs spokesman", "body",
  "next paragraph of his quote, closed (Jeremy Corbyn's “very angry” after it has 2 words)", "continuation"),
])

f("cqc-rates-one-four-online-primary-care-services-unsafe.txt", [
 ("The rapid development of these services", "is a gre", "Dr Richard Vautrey", P, "GPC deputy chairman", "body",
  "'GPC deputy chairman Dr Richard Vautrey said: ‘...'; cut off mid-word by the end of the excerpt (the CQC report's ‘serious concerns’ above has 2 words)", "said-before"),
])

lth = "Lancashire Teaching Hospitals Trust"; nds = "A spokesman for NHS Digital"
f("cyber-attack-hospital-operations-cancelled-preston-and-chorley.txt", [
 ("Due to nationwide IT issues affecting the NHS", "tell you otherwise.", lth, O, "", "body",
  "'Lancashire Teaching Hospitals Trust, which runs Chorley and Preston hospitals, said: “...”' (\"an issue with IT\" above has 4 words)", "said-before"),
 ("Please only go to the emergency department", "if it is absolutely necessary.", lth, O, "", "body",
  "'It added: “...”' (it = the trust)", "pronoun"),
 ("At this stage we do not have any evidence", "to confirm this.", nds, D, "", "body",
  "'A spokesman for NHS Digital, which is responsible for cyber security in the health service, said: “...' (unnamed; left open)", "said-before"),
 ("NHS Digital is working closely with the National Cyber Security Centre", "appropriate mitigations.", nds, D, "", "body", "next paragraph of his quote, closed", "continuation"),
 ("This attack was not specifically targeted", "range of sectors.", nds, D, "", "body", "next paragraph of his quote, closed", "continuation"),
 ("Our focus is on supporting organisations", "but we wi", nds, D, "", "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

pwc = "A report by internal auditors PwC"
f("flawed-patient-record-system-led-crisis-jubilee-weekend.txt", [
 ("vague and non-specific so difficult to enact", None, pwc, D, "", "body",
  "'A report in May last year by internal auditors PwC into a deal ... found it did not include specific targets ... There were penalty clauses but these were “...”' (the report's words, built into the writer's sentence; the page gives the words to the report, 'It said:'; the headline's ‘Flawed’ and “flawed” have 1 word)", "fragment"),
 ("The scale and size of the project", "from the beginning.", pwc, D, "", "body",
  "'It said: “...”' (it = the PwC report)", "pronoun"),
 ("throughout the project there does not appear", "detailed financial management", pwc, D, "", "body",
  "'It said that “...”' (it = the report; built into the writer's sentence)", "fragment"),
 ("many of the expected savings identified", "and operat", pwc, D, "", "body",
  "', while “...' in the same sentence (the report's words); cut off mid-word by the end of the excerpt", "fragment"),
])

sw = "Sarah Wollaston"; sw_r = "Chair of the committee"
f("health-select-committee-calls-for-immediate-stop-to-nhs-data-sharing-with-the-home-office.txt", [
 ("We now expect NHS Digital to take this opportunity", "presented so far.", sw, P, sw_r, "body",
  "'Chair of the committee, Conservative MP Sarah Wollaston, has now written to the chief executive of NHS Digital ... The letter raises issues ... It concludes:' above the quote (it = her letter; a letter's words are its writer's; 'memorandum of understanding' and 'hostile environment' above have 2-3 words)", "pronoun"),
 ("NHS Digital must immediately stop sharing", "serious unintended consequences.", sw, P, sw_r, "body",
  "'Taking to Twitter, Wollaston said:' on its own line above the quote", "said-before"),
 ("Non-clinical information is shared on occasion", "and the Home O", "A government spokesperson", D, "", "body",
  "'A government spokesperson said:' on its own line above the quote (unnamed); cut off mid-word by the end of the excerpt", "said-before"),
])

gw = "Graham Wilde"; gw_r = "Chief Operating Officer"
f("hospital-returning-to-normal-after-it-cyber-attack.txt", [
 ("The Trust is returning to normal following", "the spread of the virus.", gw, P, gw_r, "body",
  "'Graham Wilde, Chief Operating Officer, said “...”'", "said-before"),
 ("A&E is very busy dealing with emergencies", "NHS 111 and pharmacies.", gw, P, gw_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("I would like to thank our partner organisations", "benefit of our patients.", gw, P, gw_r, "body",
  "next paragraph of his quote, closed (the nested ‘up and running’ has 3 words; whole stored page)", "continuation"),
])

mh = "Matt Hancock"; mh_r = "health secretary"
f("i-will-travel-the-world-looking-for-the-best-technology-for-the-nhs-matt-hancock.txt", [
 ("The GP had no idea that she’d been through this experience,", None, mh, P, mh_r, "body",
  "'“...,” said Hancock.' (named 'Matt Hancock' in the headline and the lead; role from 'the new health secretary' in the third paragraph)", "said-after"),
 ("The system simply hadn’t thought to tell the GP.", None, mh, P, mh_r, "body",
  "second passage re-opened after 'said Hancock.' in the same paragraph", "continuation"),
 ("I’ll go round the world looking for the best technology", "need to be embracing it.", mh, P, mh_r, "body",
  "'One of the self-described “missions” of the new health secretary is sorting this out. “...”' (the new health secretary = Matt Hancock; no verb of saying)", "description"),
 ("I’ve learnt that what you need to do", "fits with everybody else’s.", mh, P, mh_r, "body",
  "'One reason, he says, is because he knows “a top-down solution” will not work. “...”' (he = Hancock; “huge and costly mistakes” and “a top-down solution” have 3-4 words)", "pronoun"),
])

hs = "A spokeswoman for the Health and Social Care Information Centre"
f("insurance-companies-buy-medical-records.txt", [
 ("better reserving by insurance companies", None, "A report from December 2013", D, "", "body",
  "'The report explains how ... it was able to come up with \"more accurate\" pricing for insurance premiums that would lead to \"...\"' (the report 'from December 2013' that detailed the episode; its author is not named; built into the writer's sentence; \"improve accuracy in pricing\", \"pseudonymised\" and \"more accurate\" have 1-4 words)", "fragment"),
 ("The HSCIC believes greater scrutiny", "with an actuarial society.", hs, D, "", "body",
  "'A spokeswoman for the Health and Social Care Information Centre told the BBC: \"...' (unnamed; left open)", "said-before"),
 ("We would like to restate that full postcodes", "variances in critical illness.", hs, D, "", "body", "next paragraph of her quote, closed", "continuation"),
])

jhu = "Jeremy Hunt"; jhu_r = "Health Secretary"
f("jeremy-hunt-nhs-silence-cyber-attacks-no-second-wave-joint-responsibility.txt", [
 ("According to our latest intelligence, we have not seen a second wave of attacks,", None, jhu, P, jhu_r, "body",
  "'“...,” he said.' (he = Mr Hunt, 'Health Secretary Jeremy Hunt' in the lead; \"everyone\" above has 1 word)", "pronoun"),
 ("And the level of criminal activity", "I think that is encouraging.", jhu, P, jhu_r, "body",
  "second passage re-opened after 'he said.' in the same paragraph", "continuation"),
 ("Although we’ve never seen anything on this scale", "to protect ourselves,", jhu, P, jhu_r, "body",
  "'“...,” he said.' (he = Mr Hunt; “very clear” above has 2 words)", "pronoun"),
])

km = "Keith McNeil"; km_r = "trust chief executive"
jb = "Jessica Bawden"; jb_r = "Cambridgeshire and Peterborough Clinical Commissioning Group’s director of corporate affairs"
f("major-incident-declared-for-flagship-it-project.txt", [
 ("a significant number of problems", None, km, P, km_r, "body",
  "'Cambridge University Hospitals Foundation Trust has apologised to local GPs after ‘...’' (the words of the briefing note sent to GPs, which the article later calls 'The note from trust chief executive Keith McNeil'; a letter's words are its writer's; built into the writer's sentence)", "fragment"),
 ("sincerely apologise[d] for the inconvenience and distress we have caused", None, km, P, km_r, "body",
  "'The note from trust chief executive Keith McNeil said it “acknowledge[d] the disruption caused” by the switch ... and “...”.' (built into the writer's sentence; the first passage has 4 tokens; “significant number of problems”, “a major incident”, “unstable” and “90 per cent” have 1-4 words)", "fragment"),
 ("On the evening of Saturday 1 November", "became unstable.", jb, P, jb_r, "body",
  "'A report by Cambridgeshire and Peterborough Clinical Commissioning Group’s director of corporate affairs Jessica Bawden laid bare the problems ... The report, discussed at Cambridgeshire County Council’s health committee, said: “...' (a report's words are its named author's; left open)", "said-before"),
 ("The decision to switch to a read only version", "approximately 11.15pm.", jb, P, jb_r, "body", "next paragraph of the report's quote (left open)", "continuation"),
 ("Following expert technical advice and action from suppliers", "across the system was declared.", jb, P, jb_r, "body",
  "next paragraph of the report's quote, closed (the nested ‘major incident’ has 2 words; “significant problems at the end is cut off after 2 tokens)", "continuation"),
])

rv = "Dr Richard Vautrey"
f("nhs-app-will-not-work-across-england-end-2018-officials-confirm.txt", [
 ("will be available to everyone in England in December 2018", None, "DHSC", O, "", "body",
  "'In July, the DHSC said the NHS app ‘...’' (built into the writer's sentence)", "fragment"),
 ("publicly available in the App Store and Google Play store", "a desktop webpage", "NHS England", O, "", "body",
  "'The NHS app will be ‘...’ by the end of the year, NHS England has confirmed' (built into the writer's sentence)", "fragment"),
 ("one STP or one CCG at a time", None, "NHS England", O, "", "body",
  "same sentence, after 'NHS England has confirmed, but a staged rollout over ‘several months’ means that ... will only be available to patients ‘...’' (‘several months’ has 2 words; 'March 2019 onwards' in the next paragraph has 3)", "fragment"),
 ("It’s important to do things right", "patients and clinicians.", rv, P, "GPC chair", "body",
  "'Speaking to GPonline about the latest proposed schedule, GPC chair Dr Richard Vautrey said a slower rollout may be wise: '...' (left open)", "said-before"),
 ("If that takes longer to do but delivers something useful", "taking the time needed.", rv, P, "GPC chair", "body",
  "next paragraph of his quote after the crosshead 'Useful tool', closed ('working with NHS England' after it has 4 words)", "continuation"),
])

gf = "George Freeman"; gf_r = "life sciences minister"
f("nhs-england-closing-caredata.txt", [
 ("In light of Dame Fiona’s recommendations", "close the Care.data programme.", gf, P, gf_r, "body",
  "'A statement published today by life sciences minister George Freeman said: “...' (his statement; “consider” above has 1 word; left open)", "said-before"),
 ("However, the government and the health and care system", "improving outcomes for patients.", gf, P, gf_r, "body",
  "next paragraph of his statement, opened with a closing-style mark (”)", "continuation"),
 ("Therefore this work will now be taken forward", "better care for patients.", gf, P, gf_r, "body",
  "next paragraph of his statement, closed (“exceptional circumstances” below has 2 words)", "continuation"),
])

nm = "professor Nigel Mathers"; nm_r = "RCGP honorary secretary"
f("nhs-england-faces-growing-pressure-to-delay-caredata-medical-records-plan.txt", [
 ("The RCGP believes that Care.data has the potential", "quality of care it delivers,", nm, P, nm_r, "body",
  "'“...,” said RCGP honorary secretary professor Nigel Mathers.' (name printed with a lower-case 'professor')", "said-after"),
 ("While we recognise the substantial programme", "members of the public and professionals,", nm, P, nm_r, "body",
  "'\"...,” he said.' (he = Mathers; opened straight, closed curly)", "pronoun"),
 ("If the roll-out of Care.data is to go ahead", "how the scheme will work.", nm, P, nm_r, "body",
  "next paragraph of his quote, closed", "continuation"),
])

cn = "Dr Chaand Nagpaul"; cn_r = "GPC chairman"
tk = "Tim Kelsey"; tk_r = "NHS England’s national director for patients and information"
f("nhs-england-postpones-controversial-caredata-launch-until-autumn.txt", [
 ("it was clear from GPs on the ground", "the implications of care.data.", cn, P, cn_r, "caption",
  "caption line 'Dr Nagpaul: '...'' (full name and role from 'GPC chairman Dr Chaand Nagpaul said:' below; the same words are in his quote)", "caption"),
 ("it was clear from GPs on the ground", "the implications of care.data.", cn, P, cn_r, "caption",
  "the caption line printed a second time", "caption"),
 ("more time to learn about the benefits", "information being shared", "NHS England", O, "", "body",
  "'NHS England wants to ensure patients have ‘...'.' (built into the writer's sentence; opened curly, closed straight)", "fragment"),
 ("We are pleased that NHS England has listened", "implications of care.data.", cn, P, cn_r, "body",
  "'GPC chairman Dr Chaand Nagpaul said: ‘...' (left open)", "said-before"),
 ("While the BMA is supportive of using anonymised data", "data to be extracted.", cn, P, cn_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("This is all in the best interests of patients and GPs", "before uploads begin.", cn, P, cn_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("To ensure that the concerns of the BMA", "and other groups", tk, P, tk_r, "body",
  "'Tim Kelsey, NHS England’s national director for patients and information, said: ‘...'; cut off by the end of the excerpt", "said-before"),
])

hsl = "Professor Helen Stokes-Lampard"
f("nhs-has-a-lot-to-learn-from-phenomenal-babylon-model-says-rcgp-chair.txt", [
 ("GP at Hand - disruptive innovation at its most disruptive", "who work in it.", hsl, P, "chair of the RCGP", "body",
  "'Professor Stokes-Lampard told delegates at a King’s Fund conference in London: ‘...' (named 'Professor Helen Stokes-Lampard' and 'the chair of the RCGP' above; ‘a lot to learn’, ‘phenomenal’ and ‘disruptive innovation’ above have 1-4 words; left open)", "said-before"),
 ("An amazing model in fact", "we have to learn from.", hsl, P, "chair of the RCGP", "body", "next paragraph of her quote, closed", "continuation"),
 ("a modest amount of money for everybody", "weak and frail and vulnerable", hsl, P, "chair of the RCGP", "body",
  "'Professor Stokes-Lampard said this destabilises other GP practices because their funding is based on an ‘ethical compact’ whereby they are given ‘...’.' (built into the writer's sentence; ‘cherry picks’ and ‘ethical compact’ have 2 words)", "fragment"),
 ("Therefore if some people cherry pick", "are doing badly.", hsl, P, "chair of the RCGP", "body", "'She added: ‘...’' (she = Stokes-Lampard)", "pronoun"),
 ("This is a huge wa", None, hsl, P, "chair of the RCGP", "body",
  "'And she said: ‘...'; cut off mid-word after 5 tokens by the end of the excerpt", "pronoun"),
])

jash = "Jonathan Ashworth"; jash_r = "shadow Health Secretary"
f("nhs-hack-cyberattack-amber-rudd-65038.txt", [
 ("No evidence of data loss", None, "unclear", U, "", "body",
  "crosshead ‘...’; no one is given these words (the body later says 'The Government later clarified that it had seen “no evidence” of data loss', not the crosshead's words)", "other"),
 ("The public has a right to know exactly what the Government will do", "never repeated again.", jash, P, jash_r, "pull quote",
  "pull quote with the line 'Jonathan Ashworth, shadow Health Secretary' under it (the same words open his letter's quote at the end of the excerpt)", "name-role-line"),
 ("I hope the answer is yes", "received in the past.", ar, P, ar_r, "body",
  "'When asked if patients’ files had been backed up, Ms Rudd told the BBC: “...' ('Home Secretary Amber Rudd' in the lead; “unprecedented” there has 1 word; left open)", "said-before"),
 ("We will find out over the next few days", "any holes in that.", ar, P, ar_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("There may be lessons to learn from this", "disrupt the attack.", ar, P, ar_r, "body", "'She added: “...”' (she = Ms Rudd)", "pronoun"),
 ("Questions for the Government to answer", None, "unclear", U, "", "body",
  "crosshead ‘...’; no one is given these words (the paragraph under it reports Labour's accusation, but not in these words; “no evidence” and “extensive warning signs” have 2-3 words)", "other"),
 ("The public has a right to know exactly what the Government will do", "to ensure that", jash, P, jash_r, "body",
  "'Mr Ashworth wrote: “...' (his letter to Jeremy Hunt; 'shadow Health Secretary Jonathan Ashworth' in the paragraph before); cut off by the end of the excerpt", "said-before"),
])

f("nhs-open-for-business-amid-international-manhunt-for-cyber-attackers.txt", [
 ("All GPs surgeries did open", "use pen and paper.", ar, P, ar_r, "body",
  "quote paragraph (left open) right after 'Home Secretary Amber Rudd said more than a million patients had been treated ...' (her reported speech); the next paragraph closes with 'she said' (the headline's and lead's 'open for business' and 'international manhunt' have 2-3 words)", "continuation"),
 ("The vast majority of patients have noticed no difference.", "very strong response,", ar, P, ar_r, "body",
  "'\"...,\" she said.' (she = Amber Rudd)", "pronoun"),
 ("the lower end of the range", None, jhu, P, jhu_r, "body",
  "'Earlier, Health Secretary Jeremy Hunt confirmed ... and said it was \"encouraging\" that the level of criminal activity was at \"...\" anticipated.' (built into the writer's sentence)", "fragment"),
 ("NCSC and NCA are working with Europol", "Which we will,", ar, P, ar_r, "body",
  "'\"...,\" she said.' (she = Ms Rudd, the subject of the paragraph before, whose \"international manhunt\" has 2 words)", "pronoun"),
 ("There are encouraging signs that the situation is improving", "from their A&E units.", "Dr Anne Rainsberry", P,
  "national incident director at NHS England", "body",
  "'Dr Anne Rainsberry, national incident director at NHS England, said: \"...' (left open)", "said-before"),
 ("The message to patients is clear", "open for business.", "Dr Anne Rainsberry", P, "national incident director at NHS England", "body",
  "next paragraph of her quote (left open)", "continuation"),
 ("Staff are working hard to ensure", "return to normal shortly.", "Dr Anne Rainsberry", P, "national incident director at NHS England", "body",
  "next paragraph of her quote, closed", "continuation"),
])

fc = "Dame Fiona Caldicott"; fc_r = "national data guardian"
f("nhs-to-scrap-single-database-of-patients-medical-details.txt", [
 ("My recommendations centre on trust.", "used in their interests,", fc, P, fc_r, "body",
  "'“...,” said Caldicott.' (named 'the national data guardian, Dame Fiona Caldicott,' above)", "said-after"),
 ("Citizens have a right to know how their data is safeguarded.", "to allow their infor", fc, P, fc_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("no-patient-data-accessed-in-nhs-cyber-attack-home-secretary-amber-rudd-says.txt", [
 ("No evidence patient data accessed", None, ar, P, ar_r, "headline",
  "headline ''...' in NHS cyber attack, says Home Secretary Amber Rudd'", "said-after"),
 ("45 different parts of the NHS", None, ar, P, ar_r, "body",
  "'Speaking to ITV News, the home secretary said that \"...\" had been affected' (built into the writer's sentence; \"good\" and Mrs May's \"unprecedented\" have 1 word)", "fragment"),
 ("Patients' data has not been released", "people's largest concern.", ar, P, ar_r, "body", "'Ms Rudd said: \"...' (left open)", "said-before"),
 ("And most of them [the 45 NHS divisions affected]", "normal course of business.", ar, P, ar_r, "body",
  "next paragraph of her quote, closed (the bracketed insertion is inside the quote)", "continuation"),
 ("We are making sure that the parts of the NHS", "currently the state of play.", ar, P, ar_r, "body", "'Ms Rudd said: \"...\"'", "said-before"),
 ("In fact the response has been good in the UK", "continue to disrupt it,", ar, P, ar_r, "body", "'\"...,\" she said.' (she = Ms Rudd)", "pronoun"),
])

f("official-failed-nhs-national-it-programme-has-no-chance-of-delivering-value-for-money.txt", [
 ("the original vision was flawed", None, "Department of Health", O, "", "body",
  "'In an unprecedented statement, the Department of Health has now acknowledged that \"...\".' (built into the writer's sentence)", "fragment"),
 ("Update on the delivery of care records systems", None, "", N, "", "body",
  "'the NAO has stated categorically in its ‘...’ that ...' : the title of a report, in marks; nobody's speech (“very concerned” and ‘early adopters’ above have 2 words)", "other"),
 ("does not represent value for money", None, "National Audit Office", O, "", "body",
  "'Today, the NAO has stated categorically ... that the £2.7 billion spent on detailed care records ... “...”.' (the NAO = 'the National Audit Office' above; built into the writer's sentence)", "fragment"),
 ("Based on performance so far", None, "National Audit Office", O, "", "body",
  "'“...”, the NAO said, it has “no grounds ...”.' (a sentence opener carried on by the writer's clause; built into the writer's sentence)", "fragment"),
 ("no grounds for confidence that the remaining planned spending", "will be any different", "National Audit Office", O, "", "body",
  "same sentence: 'the NAO said, it has “...”.' (built into the writer's sentence; “unlikely” below has 1 word)", "fragment"),
])

ir = "Imelda Redmond"; ir_r = "Healthwatch England’s National Director"
f("our-response-care-quality-commissions-report-online-primary-care-services.txt", [
 ("This is a timely and important report from the CQC.", "with current regulations.", ir, P, ir_r, "body",
  "'Responding to the State of Online Doctors report, Imelda Redmond, Healthwatch England’s National Director, said:' on its own line above the quote (left open; the next two paragraphs, which carry on her statement, have no marks and are not labelled; 'safe' above has 1 word)", "said-before"),
 ("This report is an important step", "for advice and treatment.", ir, P, ir_r, "body",
  "a later paragraph of her statement, re-opened and closed (whole stored page)", "continuation"),
])

nt = "Nick Triggle"; nt_r = "BBC health correspondent"
f("patients-hospital-data-sold-to-insurers.txt", [
 ("NHS England is now in discussions with Royal Mail", "a project on this scale.", nt, P, nt_r, "body",
  "'BBC health correspondent Nick Trigglesaid: “...' (the page runs the name into 'said'; left open)", "said-before"),
 ("Officials at the Department of Health", "run it like this.", nt, P, nt_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("valuable data source in developing pricing assumptions", "for ‘critical", "The 274-page report seen by the Telegraph", D, "", "body",
  "'The 274-page report seen by the Telegraph describes the NHS Hospital Episode Statistics as a “...' (the report's author is not named in the sentence; built into the writer's sentence; the nested ‘critical is cut off after 1 token; cut off by the end of the excerpt)", "fragment"),
])

pb = "Phil Booth"; pb_r = "coordinator of medConfidential"
f("press-release-google-deepmind-deal-with-the-royal-free-hospital-broke-the-law.txt", [
 ("We look forward to Google DeepMind’s Independent Reviewers’ report on Wednesday.", None, pb, P, pb_r, "body",
  "'On seeing the ICO’s ruling, Phil Booth, coordinator of medConfidential said:' on its own line above the quote (“inappropriate legal basis” and “Independent Reviewers” above have 2-3 words)", "said-before"),
])

f("press-release-medconfidential-welcomes-nhs-england-medical-directors-call-for-care-data-to-be-partially-opt-in.txt", [
 ("The Information Centre has acknowledged how wrong it was", "bosses of NHS England.", pb, P, pb_r, "body",
  "'Phil Booth, coordinator of medConfidential [5], said:' on its own line above the quote (‘opt-in’ and ‘Local Choice’ above have 1-2 words; left open)", "said-before"),
 ("While we all may benefit from genuine medical research", "their real concerns.", pb, P, pb_r, "body", "next paragraph of his quote, closed", "continuation"),
])

f("press-release-nhs-england-not-clear-enough-to-patients-about-opt-out.txt", [
 ("Millions of people still don’t have a clue", "companies outside the NHS.", pb, P, pb_r, "body",
  "'Phil Booth, coordinator of medConfidential, said:' on its own line above the quote (the headline's “not clear enough” and ‘not been clear enough’ in the lead have 3-4 words; left open)", "said-before"),
 ("Now the head of the whole scheme has admitted", "kept in the dark.", pb, P, pb_r, "body",
  "next paragraph of his quote, closed (the radio transcript in the notes, 'Tim Kelsey: I think, ...', has no marks and is not labelled)", "continuation"),
])

f("public-account-committee-blasts-department-health.txt", [
 ("Potentially, if you ask me about the absolute maximum", "as it stands today,", "Christine Connelly", P,
  "Department for Health's chief information", "body",
  "'“...,” she said.' (she = 'Department for Health's chief information Christine Connelly' in the paragraph before; the role as printed; ‘salvaged’ there has 1 word; whole stored page)", "pronoun"),
])

f("rcgp-chair-hits-tech-firms-siphoning-off-young-patients.txt", [
 ("make the NHS the market leader for medical technology", None, hsl, P, "RCGP chair", "body",
  "'She called on all four UK governments to '...'' (she = Professor Stokes-Lampard, 'RCGP chair Professor Helen Stokes-Lampard' in the lead; built into the writer's sentence; 'siphoning off', 'bully boy' and ‘technophobic dinosaurs’ above have 2 words)", "fragment"),
 ("to commit to having e-consultation facilities", "high-speed broadband capability", hsl, P, "RCGP chair", "body",
  "same sentence: 'and for the government in England '...'.' (built into the writer's sentence)", "fragment"),
 ("whereby the funding for fit and well people", "the sick and needy", hsl, P, "RCGP chair", "body",
  "'But she challenged how the service targets new patients, warning that it threatens the financial model of traditional NHS general practice, '...'.' (she = the RCGP chair; 'impressive' above has 1 word)", "fragment"),
 ("provide a great service to everyone who wants to register", None, "GP at Hand", O, "", "body",
  "'GP at Hand says it aims to '...'' (built into the writer's sentence; the paragraph is cut off after it)", "fragment"),
])

sf = "Professor Steve Field"; sf_r = "chief inspector of General Practice at the CQC"
f("regulators-warn-public-on-dangers-of-web-pharmacies.txt", [
 ("demonstrated significant clinical safety and organisational risk to patients", None, "Inspectors", D, "", "body",
  "'Inspectors found that the two providers \"...\"' (the CQC's inspectors, unnamed; built into the writer's sentence; \"urgent inspections\" above has 2 words)", "fragment"),
 ("widespread failings to provide safe care", None, "Inspectors", D, "", "body",
  "same sentence: ', with \"...\".' (built into the writer's sentence)", "fragment"),
 ("In some cases we have found websites", "with little or limited clini", sf, P, sf_r, "body",
  "quote paragraph right after '... revealed \"really serious problems\" among providers, ..., Professor Steve Field, chief inspector of General Practice at the CQC, told the BBC.' (his reported speech; \"really serious problems\" has 3 words); cut off mid-word by the end of the excerpt", "continuation"),
])

ed = "Elizabeth Denham"; ed_r = "ICO Commissioner"
f("royal-free-and-deepmind-did-not-comply-with-dpa-ico.txt", [
 ("the price of innovation does not need to be the erosion of fundamental privacy rights", None, ed, P, ed_r, "body",
  "'The Information Commissioner observed “...”.' (the commissioner is named in the next paragraphs as 'the ICO Commissioner, Elizabeth Denham'; built into the writer's sentence)", "fragment"),
 ("did not fully comply with the requirements of the Data Protection Act 1998", None, ed, P, ed_r, "body",
  "'A letter, sent to the Royal Free from the ICO Commissioner, Elizabeth Denham, said that the exchange “...”' (a letter's words are its writer's; built into the writer's sentence; “shortcomings” has 1 word)", "fragment"),
 ("Our investigation found a number of shortcomings", "as to what was happening.", ed, P, ed_r, "body", "'Denham said: “...”'", "said-before"),
 ("The Royal Free did not have a valid basis", "breached that duty", ed, P, ed_r, "body", "'Denham added: “...”.'", "said-before"),
 ("The evidence presented to date leads the commissioner to co", None, "unclear", U, "", "body",
  "a quote paragraph after the writer's own paragraph about the investigation, cut off by the end of the excerpt before any attribution (it speaks of 'the commissioner' in the third person, so it may be the ruling's or letter's text rather than Denham's own words)", "other"),
])

f("southern-trakcare-trusts-reschedule-go-lives.txt", [
 ("standards of safety and performance", None, "unclear", U, "", "body",
  "'Gloucestershire Hospitals NHS Foundation Trust has pushed back its go-live date ... to ensure it meets “...”.' (built into the lead's sentence with no one said to have said it; the chief executive's statement below is worded differently, “... our own standards for safety and performance”)", "other"),
 ("We would like to take this opportunity to reassure you", "will be realised,", "Gloucestershire Hospitals NHS Foundation Trust", O, "", "body",
  "'“...,” the newsletter said.' (the trust's April newsletter: 'in an April newsletter, the trust said ...' in the paragraph before; “suspended” above has 1 word)", "said-after"),
 ("ensure we meet our own standards for safety and performance", None, "Dr Frank Harsent", P, "chief executive", "body",
  "'In a separate statement, chief executive Dr Frank Harsent said the delay would “...”.' (built into the writer's sentence)", "fragment"),
])

f("the-new-health-secretary-needs-to-bonfire-labours-nhs-fax-machines.txt", [
 ("I had zero context for how to make it work,", None, "one Millennial junior doctor in America", D, "", "body",
  "'‘...,’ said one Millennial junior doctor in America when facing the prospect of using a fax machine for the first time.' (unnamed)", "said-after"),
])

f("the-nhs-was-just-banned-from-buying-any-more-fax-machines-ever.txt", [
 ("We've got to get the basics right", "getting rid of fax machines.", mh, P, "Health secretary", "body",
  "'Hancock said: \"...\"' ('Health secretary Matt Hancock' in the paragraph before; 'fax free' above has 2 words)", "said-before"),
 ("Advances in artificial intelligence, genomics and imaging", "that is going to be generated.", "Richard Kerr", P,
  "chair of the Royal College of Surgeons Commission on the Future of Surgery", "body",
  "'Richard Kerr, chair of the Royal College of Surgeons Commission on the Future of Surgery, said: \"...\"'", "said-before"),
])

f("uk-politics-13548351.txt", [
 ("thought it was buying a Rolls-Royce, but had ended up with a second hand Datsun", None, "Richard Bacon", P, "", "body",
  "'The Conservative Richard Bacon suggested the NHS had \"...\".' (built into the writer's sentence; no role beyond his party; Margaret Hodge's \"huge, crazy, huge\", \"clinically rich\" and \"salvaged\" have 1-3 words)", "fragment"),
])

label_table.build(R, prefix="AP", split="heldout41", out="eval/quotes/heldout41.jsonl")
