"""Build heldout40.jsonl (the fortieth held-out attribution set, over eval/corpus45) from
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

Run:  python3 eval/quotes/build_heldout40.py   (writes eval/quotes/heldout40.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus45/")

# ---------------------------------------------------------------------------
f("backlash-as-nhs-pays-out-virgin-after-a-failed-contract-bid.txt", [
 ("serious flaws in the procurement process", None, "Virgin Care", O, "", "body",
  "'It cited “...” which had left it “so concerned” that it had launched proceedings.' (it = Virgin Care, the subject of the sentence before; built into the writer's sentence; “so concerned” and “liability” have 1-2 words)", "fragment"),
 ("the level of detail should not have been included in the report", None, "A CCG spokesman", D, "", "body",
  "'The figure has since been removed with a CCG spokesman confirming it had been removed because “...”.' (unnamed; built into the writer's sentence)", "fragment"),
 ("return the NHS’s money and never sue the NHS again", None, "", N, "", "body",
  "'local residents launching a campaign to get Virgin Care to “...”' : the demand of a campaign (a petition, 'Almost 60,000 p...' cut off), in marks; nobody is said to have said it", "other"),
])

pj = "Pam Johnson"; pj_r = "UNISON Yorkshre and Humberside regional manager"
f("care-uk-strikers-fund-appeal.txt", [
 ("It is clear that the employer intends to deskill", "the service provided,", pj, P, pj_r, "body",
  "'“...,” says UNISON Yorkshre and Humberside regional manager Pam Johnson.' (role as printed, with its misspelling)", "said-after"),
 ("Strikers continue to travel the country", "keep up the fight.", pj, P, pj_r, "body",
  "next paragraph, a quote with no attribution of its own, straight after hers", "continuation"),
])

cn = "Dr Chaand Nagpaul"; cn_r = "chair of the British Medical Association Council"
f("carillion-collapse-expected-to-further-delay-building-at-two-major-hospitals.txt", [
 ("We urgently need clarity on exactly what is going to happen", "Liverpool and Birmingham,", cn, P, cn_r, "body",
  "'“...,” he said.' (he = Dr Chaand Nagpaul, named with his role in the paragraph before; Aidan Kehoe, named before him, is only reported)", "pronoun"),
 ("With the construction in Liverpool already delayed", "be further delayed.", cn, P, cn_r, "body",
  "second passage re-opened in the same paragraph after 'he said.' (left open)", "continuation"),
 ("Unfortunately, this is a classic example", "to foot the bill.", cn, P, cn_r, "body",
  "next paragraph of his quote, closed; the bracketed insertion '[private finance initiative]' is inside the quote", "continuation"),
])

jb = "Jim Bell"; jb_r = "Unison regional organiser"
f("doncaster-care-workers-to-launch-14-day-strike.txt", [
 ("Our members are making huge sacrifices", "learning difficulties.", jb, P, jb_r, "body",
  "'Unison regional organiser Jim Bell said: “...”' (“PR stunt.” below has 2 words)", "said-before"),
])

jb2 = "Jim Bell"; jb2_r = "UNISON regional organiser"
f("doncaster-care-workers-vow.txt", [
 ("an honour to meet 150 courageous members", "vulnerable clients.", "Karen Jennings", P, "assistant general secretary", "body",
  "'The rally ... was addressed by assistant general secretary Karen Jennings, who said it was “...”' (built into the writer's sentence; the closing mark follows the full stop)", "fragment"),
 ("Our members are being forced to make great personal sacrifices", "effectively destroy.", jb2, P, jb2_r, "body",
  "'UNISON regional organiser Jim Bell told the local press: “...' (left open)", "said-before"),
 ("The way that Care UK is behaving in Doncaster", "in the near future.", jb2, P, jb2_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("UNISON is also urging the Labour Party", "will be safe.", jb2, P, jb2_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Meanwhile, all the Doncaster MPs", "resolve the dispute.", jb2, P, jb2_r, "body", "next paragraph of his quote, closed", "continuation"),
])

ca = "Caroline Ansell"; ca_r = "Eastbourne MP"
f("eastbourne-mp-pleased-as-coperforma-stripped-of-contract.txt", [
 ("This is absolutely the right decision", "from next year.", ca, P, ca_r, "body",
  "'Mrs Ansell said, “...' (named 'Eastbourne MP Caroline Ansell' in the lead; left open)", "said-before"),
 ("To say the seven months since Coperforma", "to this company.", ca, P, ca_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("From day one it was obvious", "hospital appointments.", ca, P, ca_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Only the wonderful professionalism of the drivers", "must go to them.", ca, P, ca_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("South Central Ambulance Service will now take over", "takes place.", ca, P, ca_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("This period will need delicate management", "these next months.", ca, P, ca_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Despite this good news, lessons must be quickly learned", "change hands.", ca, P, ca_r, "body", "next paragraph of her quote, closed (the page ends here)", "continuation"),
])

lc = "A March 2013 letter from the consultants"
f("exclusive-service-hit-by-staff-exodus-after-ccg-transfers-contract-to-circle.txt", [
 ("within a 12 month period", None, lc, D, "", "body",
  "'A March 2013 letter from the consultants sent to Rushcliffe Clinical Commissioning Group, seen by HSJ, predicted the transfer would result in a loss of consultants “...”' (the letter's words, built into the writer's sentence; the consultants are not named; “exodus” has 1 word)", "fragment"),
 ("our patients are at risk, and teaching", "regionally will suffer", lc, D, "", "body",
  "'They warned that this loss would mean “...”.' (they = the consultants, in the same letter; built into the writer's sentence)", "fragment"),
])

al = "Andrew Lansley"; al_r = "Health Secretary"
f("government-steps-in-over-failed-nhs-trust.txt", [
 ("A central objective for all providers", "for the long term.", al, P, al_r, "body",
  "'Lansley said: \"...' (named 'Health Secretary Andrew Lansley' in the lead; \"unsustainable providers regime\" above has 3 words; left open)", "said-before"),
 ("I appreciate that any decision to use these powers", "a sustainable future.", al, P, al_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("In the private sector, an administration is an important mechanism", "most difficult financial challenges.", "Richard Fleming", P, "UK head of restructuring at KPMG", "body",
  "'Richard Fleming, UK head of restructuring at KPMG, said: “...' (left open; the next paragraph has no marks and reads as the writer's own, so it is not labelled)", "said-before"),
])

ic = "Dr Iain Chorlton"; ic_r = "a member of NHS Kernow’s Governing Body and a GP in Gunnislake"
wchw = "West Cornwall Health Watch"
f("gp-out-of-hours-contract-in-cornwall-to-be-put-out-to-tender-again.txt", [
 ("Tendering for services provides an opportunity", "value for money.", ic, P, ic_r, "body",
  "'Dr Iain Chorlton, a member of NHS Kernow’s Governing Body and a GP in Gunnislake, said: “...' (left open)", "said-before"),
 ("Serco is currently performing well", "benefit of local people.", ic, P, ic_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We will be involving local clinicians", "early next year.", ic, P, ic_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We are disappointed to learn that, again", "with seamless care.", wchw, O, "", "body",
  "'West Cornwall Health Watch said: \"...' (a campaign group, 'some health campaigners' in the paragraph before; the nested 'reclaim' has 1 word; left open)", "said-before"),
 ("When you consider that most of the week", "weekend arrives.", wchw, O, "", "body",
  "next paragraph of its quote (the nested 'out of hours' has 3 words; left open)", "continuation"),
 ("We are very apprehensive about another tendering", None, wchw, O, "", "body",
  "next paragraph of its quote; cut off by the end of the excerpt (the trailing space is outside)", "continuation"),
])

dd = "Devon Doctors"
pm = "Dr Peter Merrin"; pm_r = "chair of Cornwall and Isles Of Scilly LMC"
f("gp-out-of-hours-group-pulls-serco-talks.txt", [
 ("We remain firmly of the belief", "were not successful.", dd, O, "", "body",
  "a quote paragraph with no attribution of its own straight after 'A statement from Devon Doctors said it had now withdrawn from negotiations with Serco.' (the statement's words; left open)", "continuation"),
 ("We are disappointed that our offer of support", "across its home county.", dd, O, "", "body", "next paragraph of the statement, closed", "continuation"),
 ("hand back the keys if they can't do the job", None, "Andrew George", P, "Local MP", "body",
  "'Local MP Andrew George (Liberal Democrat, West Cornwall) has said Serco should ‘...’' (built into the writer's sentence; ‘reintegrated’ has 1 word)", "fragment"),
 ("At present Cornish GPs have no organisational structure", "collaborating with Serco.", pm, P, pm_r, "body",
  "a quote paragraph with no attribution of its own straight after 'But chair of Cornwall and Isles Of Scilly LMC, Dr Peter Merrin, said local GPs would not be able to take over the service.' (his reported speech)", "continuation"),
 ("So the thought of opting into out of hours", "unpalatable to most GPs", pm, P, pm_r, "body",
  "second passage after 'GPs were struggling to cope with the workload 'in-hours', said Dr Merrin.' in the same paragraph ('in-hours' has 1 word)", "continuation"),
 ("swift and decisive action to resolve problems with the service.", None, "Serco", O, "", "body",
  "'Serco said at the time that it had taken '...' (built into the writer's sentence; the straight opening mark is never closed, and the next sentence, 'This month, the company's director ...', is the writer's, so the record ends at the full stop)", "fragment"),
])

cs = "A spokesman for Circle Health"
f("healthcare-firm-labelled-a-vampire-after-taking-legal-action-against-nhs.txt", [
 ("We believe the continuity of quality services", "a flawed procurement.", cs, D, "", "body",
  "'A spokesman for Circle Health said: “...' (unnamed; ‘vampire’ in the headline and “vampire” in the lead have 1 word; left open)", "said-before"),
 ("The local health care system is already under significant pressure", "patients’ interests.", cs, D, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("We remain committed to the continuation", "past 11 years.", cs, D, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("Circle are currently treating approximately 72,000 patients", "service disruption.", cs, D, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("The commissioners have recognised that any transfer", "seven months.", cs, D, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("We have offered to continue services", "dispute is resolved.", cs, D, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("We are incredibly proud of the services", "outcome of our challenge.", cs, D, "", "body", "next paragraph of his quote, closed", "continuation"),
])

f("hinchingbrooke-hospital.txt", [
 ("There is a lot to be done.", "a hospital in transition.", "Alan Burns", P, "Chairman of Hinchingbrooke Healthcare NHS Trust", "body",
  "quote paragraph followed by the line '– Alan Burns, Chairman of Hinchingbrooke Healthcare NHS Trust' (the photo line above names him too; the space before the closing mark is outside; 'Special Measures', 'requires improvement' and 'well placed' above have 2 words)", "name-role-line"),
 ("Patients rightly expect the highest quality care", "aspects of patient safety.", "Ben Gummer", P, "Minister for Care Quality", "body",
  "quote paragraph followed by the line '– Ben Gummer, Minister for Care Quality'", "name-role-line"),
])

cl = "Caroline Lucas"; cl_r = "Brighton Pavilion MP"
km = "Katrina Miller"
f("hospital-patient-transport-service-is-in-chaos-says-mp-lucas.txt", [
 ("Our patient transport service is in chaos", "model is failing.", cl, P, cl_r, "body",
  "'Ms Lucas said: “...' (named 'Caroline Lucas MP', then 'The Brighton Pavilion MP said ...'; \"unaccountable\" and \"unaccountable outsourced model\" above have 1-3 words; left open)", "said-before"),
 ("We’re witnessing a battle just to ensure all drivers are paid", "private companies involved.", cl, P, cl_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("When I spoke to the Clinical Commissioning Group", "when things go wrong.", cl, P, cl_r, "body",
  "'She added: “...' (she = Ms Lucas; left open)", "pronoun"),
 ("This problem occurs because of the layers of complexity", "a mess of accountability.", cl, P, cl_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("They should offer a management and delivery contract", "spend money on that.", km, P, "of Sussex Defend The NHS", "body",
  "'She said: \"...”' (she = Katrina Miller, 'Katrina Miller, of Sussex Defend The NHS, told The Argus ...' in the paragraph before; opened straight, closed curly)", "pronoun"),
])

jk = "Jeff Keighley"; jk_r = "UNISON regional organiser"
f("how-will-suffolk-community-healthcare-operate-after-running-on-13.txt", [
 ("If you’ve got big players saying", "make up the shortfall?", jk, P, jk_r, "body",
  "second passage after '“The experiment has failed,” he said.' (he = Jeff Keighley, 'UNISON regional organiser Jeff Keighley' in the paragraph before; the first quote has 4 words; “onerous” has 1)", "continuation"),
])

ms = "Mike Scott"; ms_r = "spokesman for the KONP group"
f("mansfield-campaigners-protest-to-keep-our-nhs-public-outside-community-hospital.txt", [
 ("We were very pleased with the turnout.", "there as well.", ms, P, ms_r, "body",
  "'Mike Scott, spokesman for the KONP group, said: “...' (“privatisation”, ‘Keep Our NHS Public’, “consider the danger” and “further privatisation” above have 1-4 words; left open)", "said-before"),
 ("The main message of the day", "cause to the NHS.", ms, P, ms_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We want to ensure that the future of the NHS", "this election campaign.", ms, P, ms_r, "body",
  "next paragraph of his quote, opened straight and closed curly", "continuation"),
])

pk = "Peter Kyle"; pk_r = "MP for Hove"
f("miracle-that-no-lives-were-lost-during-ambulance-debacle.txt", [
 ("I’m very pleased with the news but we can’t just let this lie", "can’t happen again.", pk, P, pk_r, "body",
  "'Peter Kyle, MP for Hove, said: “...' (“delighted” above has 1 word; left open)", "said-before"),
 ("It’s a miracle there wasn’t a loss of life.", None, pk, P, pk_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("When it comes to the CCG somebody", "learned the lesson.", pk, P, pk_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("This whole Coperforma debacle has been an awful experience", "and our members.", "Gary Palmer", P, "", "body",
  "'Gary Palmer said the GMB union applauded the decision, adding: “...”' (no role is given; the text does not say he speaks for the GMB)", "said-before"),
 ("I’m very happy. Obviously it's going to be a slow process", "go back where i", "Steve Barton", P, "a former NHS ambulance driver", "body",
  "'Steve Barton, a former NHS ambulance driver who was twice transferred to Coperforma subcontractors which ceased trading, said: “...' (cut off mid-word by the end of the excerpt)", "said-before"),
])

am = "Amyas Morse"; am_r = "head of the NAO"
f("new-hospital-faces-crippling-repayments.txt", [
 ("get the trust back on its feet", None, am, P, am_r, "body",
  "'Amyas Morse, head of the NAO, called for \"urgent action\" from the trust, the Department of Health and regulators to \"...\".' (built into the writer's sentence; 'crippling repayments', \"considerable strain\" and \"urgent action\" have 2 words)", "fragment"),
 ("The trust board's poor financial management", "critical financial position.", am, P, am_r, "body",
  "'He added: \"...' (he = Amyas Morse; left open)", "pronoun"),
 ("The board developed and enthusiastically supported", "its own resources.", am, P, am_r, "body", "next paragraph of his quote, closed", "continuation"),
])

jj = "Jo Johnson"; jj_r = "MP"
f("news-shopper-investigates-financial-meltdown-of-south-london-healthcare-nhs-trust.txt", [
 ("It has been abundantly clear for some time", "structure is failing.", jj, P, jj_r, "body",
  "'Mr Johnson said: “...' (named 'Jo Johnson MP' in the paragraph before; \"unsustainable providers regime\" above has 3 words; left open)", "said-before"),
 ("Saddled with dud PFI contracts", "£1.3m each week.", jj, P, jj_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("This is money straight out of the pockets of patients.", None, jj, P, jj_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("History shows that trusts with we", None, jj, P, jj_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

ja = "Jonathan Ashworth"; ja_r = "Labour’s shadow health secretary"
f("nhs-trusts-on-course-overshoot-budget-850m-deficit.txt", [
 ("This is an embarrassment for Jeremy Hunt", "challenge in the NHS,", ja, P, ja_r, "body",
  "'“...,” said Jonathan Ashworth, Labour’s shadow health secretary.' (“reset” above has 1 word)", "said-after"),
 ("After ending the last financial year with a record deficit", "likely to be triple that.", ja, P, ja_r, "body",
  "second passage re-opened in the same paragraph after his attribution, closed", "continuation"),
])

pst = "Peterborough and Stamford Foundation Trust"
f("peterborough-and-stamford-predicts-40m-deficit.txt", [
 ("financially unsustainable in its current form", None, "PricewaterhouseCoopers", O, "", "body",
  "'PwC concluded in a report published in June that the trust was “...”.' (PwC = PricewaterhouseCoopers, appointed by Monitor as a ‘contingency planning team’ (3 words) in the paragraph before; built into the writer's sentence)", "fragment"),
 ("The board and management team continued to work", "late summer 2013.", pst, O, "", "body",
  "'The board papers said: “...”' (the trust's board papers, 'a finance report discussed by its board'; the trust = Peterborough and Stamford Foundation Trust, named in the lead)", "said-before"),
])

pr = "Peter Reading"; pr_r = "Interim Chief Executive of the trust"
f("peterborough-bailout-city-hospital.txt", [
 ("This is extremely positive news for the Trust.", None, pr, P, pr_r, "body",
  "'Peter Reading, Interim Chief Executive of the trust said: \"...' (left open; the paragraph's trailing space is outside)", "said-before"),
 ("In the last month we have succeeded in two objectives", "funding that we required.", pr, P, pr_r, "body",
  "next paragraph of his quote, with only a closing mark (the page ends here)", "continuation"),
])

f("pfi-contracts-cripple-nhs-trusts.txt", [
 ("The NHS is already facing enormous challenges", "crippling PFI repayments.", "unclear", U, "", "caption",
  "photo caption quote before 'Photograph: ...'; no speaker is named, and the stored text does not name the comment piece's writer or repeat the words before the cut (\"indefensible\" and \"disaster\" in the body have 1 word)", "other"),
])

f("pfi-debts-an-albatross-around-the-necks-of-yorkshire-hospital-bosses.txt", [
 ("an albatross around the necks of Yorkshire hospital bosses", None, "unclear", U, "", "headline",
  "headline quote (opened with a garbled mark, closed straight) with no speaker; the body before the cut does not repeat the words, and the former MP quoted in the body is the likely but unstated source ('nothing short of scandalous', ‘buy now, pay later’, ‘loyalist’ and the cut-off “nothing short of scand have 1-4 words)", "other"),
])

jbu = "Jeff Buggle"; jbu_r = "director of finance at BHRUT"
sk = "Sadiq Khan"; sk_r = "MP for Tooting"
f("pfi-loan-repayments-cost-trust-running-queen-s-hospital-52million.txt", [
 ("Unlike many other trusts, our PFI covers", "equipment at the hospital,", jbu, P, jbu_r, "body",
  "'“...,” he said.' (he = Jeff Buggle, named with his role in the paragraph before)", "pronoun"),
 ("This is why it costs us a higher proportion of our total spend.", None, jbu, P, jbu_r, "body",
  "second passage after 'he said.' in the same paragraph", "continuation"),
 ("We met our financial targets last year", "Care Quality Commission.", jbu, P, jbu_r, "body",
  "next paragraph, a quote with no attribution of its own, straight after his", "continuation"),
 ("Many of our hospitals in London are suffocating", "weight of PFI debt,", sk, P, sk_r, "body",
  "'“...,” he said.' (he = Mr Khan, 'Mr Khan – MP for Tooting – said he is considering ...' in the paragraph before; 'Labour Party mayoral hopeful Sadiq Khan MP' above; “Bevan bonds” has 2 words)", "pronoun"),
 ("Radical action needs to be taken", "coming under.", sk, P, sk_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Huge sums of public money are being wasted", "nurses, doctors and care workers.", sk, P, sk_r, "body", "next paragraph of his quote, closed (the page ends here)", "continuation"),
])

dh = "David Hughes"; dh_r = "chairman of Devon Doctors"
lw = "Dr Louis Warren"; lw_r = "Serco’s director for the GP out-of-hours service in Cornwall"
f("serco-looking-offload-hours-gp-services-cornwall.txt", [
 ("looking to offload out-of-hours GP services", None, "unclear", U, "", "headline",
  "headline quote with no speaker; the body says 'Serco has also confirmed that it is looking to offload the county's service' without those words in marks, so the source of the quoted words is not stated ('customer' has 1 word)", "other"),
 ("I can confirm that some talks have taken", "very early stage.", dh, P, dh_r, "body",
  "'Chairman David Hughes said: \"...' ('THE chairman of Devon Doctors has confirmed ...' in the lead; left open)", "said-before"),
 ("No details and no hard and fast things", "confirmed yet.", dh, P, dh_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We have not met with the board yet", "discuss this issue.", dh, P, dh_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We have been working with our NHS customer", "healthcare in the region.", lw, P, lw_r, "body",
  "'Dr Louis Warren, Serco’s director for the GP out-of-hours service in Cornwall, said: “...' (left open)", "said-before"),
 ("The NHS is considering a number of options", "capability and experience.", lw, P, lw_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("At this stage no decision has been made.", "provision of the service.", lw, P, lw_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("Serco has approached us about potential alternatives", "not able to comment f", "Andrew Abbott", P, "NHS Kernow’s director of operations", "body",
  "'NHS Kernow’s director of operations Andrew Abbott said: “...' (cut off mid-word by the end of the excerpt)", "said-before"),
])

tl = "Tracey Lambert"; tl_r = "Unison’s Eastern region head of health"
f("serco-named-as-preferred-bidder-for-community-health-services-in-suffolk.txt", [
 ("an extremely sad day for the people in Suffolk", "sold off in this way", tl, P, tl_r, "body",
  "'But Tracey Lambert, Unison’s Eastern region head of health described the appointment of Serco as \"...\".' (built into the writer's sentence; \"angered and disappointed\" in the lead has 3 words)", "fragment"),
 ("The trust has always been recognised", "to be hived off.", tl, P, tl_r, "body",
  "'She said: \"...\"' (she = Tracey Lambert)", "pronoun"),
 ("we would be hard pressed to know what Serco could possibly add", "patient care and services", tl, P, tl_r, "body",
  "'She questioned whether ... Serco had a strong enough track record ..., saying, \"...\", adding that' (she = Tracey Lambert; a whole clause after 'saying,')", "pronoun"),
 ("this is an ideological move, purely to save money", None, tl, P, tl_r, "body",
  "'..., adding that \"...\".' (built into the writer's sentence)", "fragment"),
 ("I have 18 years' experience running NHS hospital services", "providing the service.", "Paul Forden", P, "managing director of clinical services at Serco", "body",
  "'But in response to Unison's claims, Paul Forden, managing director of clinical services at Serco, said: \"...\"'", "said-before"),
 ("is likely to be a bitter taste of things to come", None, "Unison", O, "", "body",
  "'Unison warned that following the passing of the Health and Social Care Bill this week, the latest move in Suffolk \"...\".' (built into the writer's sentence)", "fragment"),
])

pf = "Paul Forden"; pf_r = "managing director of the company’s clinical healthcare business"
tr = "Tim Roberts"; tr_r = "Unison regional organiser"
f("serco-plans-to-cut-137-community-posts-in-suffolk.txt", [
 ("We have always been clear and transparent", "caring for patients.", pf, P, pf_r, "body",
  "'Paul Forden, managing director of the company’s clinical healthcare business, said: “...' (the company = Serco; left open)", "said-before"),
 ("As part of our new approach we will need", "Suffolk Community Healthcare.", pf, P, pf_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("There is no way that Suffolk Community Healthcare", "maintain current services.", tr, P, tr_r, "body",
  "'Tim Roberts, Unison regional organiser, said: “...' (left open)", "said-before"),
 ("These job losses will have massive impact", "patients will suffer.", tr, P, tr_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We recognise these changes will affect some staff", "it is undoubtedly a", "Tracy Dowling", P, "NHS Suffolk director of strategic commissioning", "body",
  "'NHS Suffolk director of strategic commissioning Tracy Dowling said: “...' (cut off by the end of the excerpt)", "said-before"),
])

icc = "Iain Chorlton"; icc_r = "Kernow CCG’s GP lead for out of hours"
me = "Mike Ellis"; me_r = "Cornwall Health’s medical director and a Penryn GP"
f("social-enterprises-win-cornwall-out-of-hours-contract.txt", [
 ("We are delighted that a team of doctors and nurses", "out of hours’ service.", icc, P, icc_r, "body",
  "'Iain Chorlton, Kernow CCG’s GP lead for out of hours, said: “...' (the apostrophe after 'hours' is inside the quote; left open)", "said-before"),
 ("They know first hand what patients need", "health and care system.", icc, P, icc_r, "body",
  "next paragraph of his quote (left open; the paragraph's two trailing spaces are outside)", "continuation"),
 ("Invaluable insight of delivering a similar service", "east of the county.", icc, P, icc_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We are pleased to be given the opportunity", "provide this service.", me, P, me_r, "body",
  "'Mike Ellis, Cornwall Health’s medical director and a Penryn GP, said: “...' (left open)", "said-before"),
 ("We believe that it will enable us", "services of Cornwall and Devon.", me, P, me_r, "body", "next paragraph of his quote, closed (the page ends here)", "continuation"),
])

al2 = "Andrew Lansley"; al2_r = "Heath Secretary"
f("south-london-healthcare-hospital-trust-to-go-into-administration.txt", [
 ("I recognise that South London Healthcare NHS Trust faces", "of its own making.", al2, P, al2_r, "body",
  "'In a letter to the trust’s Chief Executive, Dr Chris Sreather, Heath Secretary Andrew Lansley wrote: “...' (a letter's words are its writer's; role as printed, with its misspelling; ‘unsustainable providers regime’ above has 3 words; left open)", "said-before"),
 ("Nonetheless, there must be a point", "almost at this point.", al2, P, al2_r, "body", "next paragraph of his letter (left open)", "continuation"),
 ("I have sought to provide NHS organisations", "stands to benefit from.", al2, P, al2_r, "body", "next paragraph of his letter, closed", "continuation"),
])

tr2 = "Tim Roberts"; tr2_r = "regional organiser for the union"
f("suffolk-private-firm-serco-reveals-plans-to-cut-community-health.txt", [
 ("SERCO won the contract by underbidding its competitors", "10 million,", tr2, P, tr2_r, "body",
  "'“...,” he told the EADT.' (he = Tim Roberts, 'Tim Roberts, regional organiser for the union' (UNISON) in the paragraph before; his “it’s too late” there has 3 words)", "pronoun"),
 ("We warned at the time that they only way", "now proposing.", tr2, P, tr2_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We are deeply worried that it will not be possible", "of this magnitude.", tr2, P, tr2_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("SERCO states that they can remodel the workforce", "that much of wha", tr2, P, tr2_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("suffolk-serco-expects-9m-loss-in-first-year-of-groundbreaking-deal-providing-community-health-to-500-000-vulnerable-people.txt", [
 ("The financial results for the year to December 31, 2013", "in relation to this contract.", "Serco", O, "", "body",
  "'In a Stock Exchange announcement on Friday, the company said: “...' (the company = Serco, 'outsourcing giant Serco' above; left open)", "description"),
 ("The weaker than anticipated profitability", "2013 financial year.", "Serco", O, "", "body",
  "next paragraph of the announcement, closed (the spokesman's “Following below is cut off after 1 token)", "continuation"),
])

de = "Dr David Eedy"; de_r = "president of the British Association of Dermatologists"
f("uk-england-nottinghamshire.txt", [
 ("It's inconceivable that an acute and ill patient", "25 miles away.", de, P, de_r, "body",
  "'Dr David Eedy, president of the British Association of Dermatologists, said: \"...' ('unmitigated disaster' in the headline and \"unmitigated disaster\" in the lead have 2 words; left open)", "said-before"),
 ("It seems ridiculous and incomprehensible", "optimum care.", de, P, de_r, "body",
  "next paragraph of his quote, closed (the crosshead 'Ridiculous and incomprehensible' above has 3 words)", "continuation"),
 ("This is a service that fell to pieces", "relevant... consultan", "unclear", U, "", "body",
  "a quote paragraph after a paragraph on the report and a caption line, cut off mid-word before any attribution; it may be the independent report's words or a new speaker's, and the text does not settle it", "other"),
])

f("use-cash-for-services-not-servicing-this-massive-debt.txt", [
 ("The truth is that some hospitals have bee", None, "Andrew Lansley", P, "Health secretary", "body",
  "'He added: ‘...' (he = 'Health secretary Andrew Lansley' of the paragraph before; his ‘the brink of collapse’ there has 4 words; cut off mid-word by the end of the excerpt)", "pronoun"),
])

label_table.build(R, prefix="AO", split="heldout40", out="eval/quotes/heldout40.jsonl")
