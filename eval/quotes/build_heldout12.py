"""Build heldout12.jsonl (the twelfth held-out attribution set, over eval/corpus15) from
the hand-written label table below.

Same method as build_heldout11.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout12.py   (writes eval/quotes/heldout12.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus15/")

# ---------------------------------------------------------------------------
bg = "Bernadette Garrihy"; bg_r = "member of the board of the College of Emergency Medicine"
f("aande-units-facing-worst-winter-yet.txt", [
 ("a drop in the ocean", None, bg, P, bg_r, "body",
  "'Bernadette Garrihy, a member of the board of the College of Emergency Medicine, said government measures ... amounted to “...”' (built into the writer's sentence; exactly five tokens; the lead's “our worst winter yet” from 'a senior consultant' has 4 words, “toxic” 1)", "fragment"),
 ("a safe and quality service", None, bg, P, bg_r, "body",
  "same sentence: '... and warned that doctors were concerned about their ability to provide “...”' (exactly five tokens; “as a last resort” after it has 4 words, “sweeping changes” 2)", "fragment"),
 ("We are getting ready for what may be our worst winter yet", "a number of months.", bg, P, bg_r, "body",
  "'Dr Garrihy told the BBC Radio 4 Today programme: “...' (left open)", "said-before"),
 ("As we have had data last week", "is increasing.", bg, P, bg_r, "body",
  "next paragraph of Dr Garrihy's quote (re-opened, left open)", "continuation"),
 ("Now that we are heading into winter", "under huge pressure.", bg, P, bg_r, "body",
  "next paragraph of Dr Garrihy's quote (re-opened, never closed)", "continuation"),
 ("Certainly we are finding that our increased attendances", "other sources of care,", bg, P, bg_r, "body",
  "'“...,” she said.' (she = Dr Garrihy; the paragraph before is her reported speech)", "pronoun"),
 ("They are either unaware of them", "at a time", bg, P, bg_r, "body",
  "next paragraph of Dr Garrihy's quote, no attribution of its own; cut off by the end of the excerpt", "continuation"),
])

db = "Dave Bracher"; db_r = "campaigns manager at the Spinal Injuries Association"
f("alarming-figures-show-wheelchair-provision-is-still-postcode-lottery-say-charities.txt", [
 ("These alarming statistics show a continued widespread postcode lottery", "spinal cord injuries.", db, P, db_r, "body",
  "'Dave Bracher, campaigns manager at the Spinal Injuries Association, told The Telegraph: “...' (left open; the headline's ‘Alarming’ and ‘still postcode lottery’ have 1 and 3 words)", "said-before"),
 ("These delays inevitably affect a child", "long term consequences", db, P, db_r, "body",
  "next paragraph of Dave Bracher's quote (closed; the full stop is outside the closing mark)", "continuation"),
])

ja = "Jonathan Ashworth"; ja_r = "Labour’s shadow health secretary"
f("bed-blocking-highest-since-2017-hospitals-nhs.txt", [
 ("These are simply shocking figures", "community care facilities.", ja, P, ja_r, "body",
  "'Jonathan Ashworth, Labour’s shadow health secretary, said: “...' (left open; “Delayed transfers of care” has 4 words)", "said-before"),
 ("Social care services have been savaged", "elderly in society.", ja, P, ja_r, "body",
  "next paragraph of Jonathan Ashworth's quote (closed)", "continuation"),
])

f("bed-delay-transfer-figures-reveal-areas-worst-affected.txt", [
 ("of over 20 times between best and worst councils is unacceptable", None, "The government", O, "", "body",
  "'The government said the difference “...”.' (built into the writer's sentence; the LGA's “huge pressure” has 2 words)", "fragment"),
 ("We need to ensure that best practice is spread", "delayed discharges from hos", "Theresa May", P, "Prime Minister", "body",
  "'She said: “...' (She = 'Prime Minister Theresa May', paragraph before); cut off by the end of the excerpt", "pronoun"),
])

f("bmj-j1442.txt", [
 ("Lambeth CCG spends around £1m a year", "limited clinical value.", "Lambeth CCG", O, "", "body",
  "'It stated, “...”' (It = 'Lambeth CCG’s letter', paragraph before; the letter's words are the CCG's)", "pronoun"),
])

ks = "Kieran Sharrock"; ks_r = "medical director of Lincolnshire LMC"
f("bmj-j856.txt", [
 ("major new international recruitment campaign", "doctors from overseas.", "General Practice Forward View", D, "", "body",
  "'When the General Practice Forward View was published in April last year, it announced plans for a “...”' (a document whose owner the excerpt does not name; built into the writer's sentence)", "fragment"),
 ("in the next few weeks.", None, "A spokesman for NHS England", D, "", "body",
  "'a spokesman for NHS England said that details of these sites would be released “...”' (unnamed; built into the writer's sentence; exactly five tokens)", "fragment"),
 ("More and more GPs are retiring early.", "in the next five years,", ks, P, ks_r, "body",
  "'Kieran Sharrock, medical director of Lincolnshire LMC, says that ... “...,” he says.' (the quote carries its own 'he says')", "pronoun"),
 ("Over the past five years we’ve had a similar number of retirees.", None, ks, P, ks_r, "body",
  "second passage after 'he says' in the same paragraph; cut off by the end of the excerpt", "continuation"),
])

f("campaigners-left-with-mixed-feelings-over-hospital-beds-decision.txt", [
 ("We are not looking to close any beds", "away from those changes,", "Claire Molloy", P,
  "chief executive of the Cumbria Partnership NHS Foundation Trust", "body",
  "'“...,” she said.' (she = Claire Molloy, the subject of the two paragraphs before; “very strong” has 2 words)", "pronoun"),
 ("I’m grateful they’re prepared to accept our option five", "could have hoped for,", "Eveline Dugdale", P,
  "of Wigton League of Friends", "body",
  "'“...,” said Mrs Dugdale.' (Eveline Dugdale, of Wigton League of Friends, paragraph before)", "said-after"),
])

dr = "David Reissner"; dr_r = "senior healthcare partner at law firm Charles Russell Speechlys LLP"
f("can-gps-refuse-medicines-because-theyre-available-otc.txt", [
 ("readily available for over-the-counter (OTC) purchase", None, "Royal Pharmaceutical Society", O, "", "body",
  "'The Royal Pharmaceutical Society published guidance ... in response to “some CCGs” looking to reduce the routine prescribing of medicines that have been assessed to be “...”' (the guidance's wording, built into the writer's sentence; “some CCGs” has 2 words)", "fragment"),
 ("prescriptions for self-care medicines are no longer available from your GP", None, "Dudley CCG", O, "", "body",
  "'A poster (below) produced by the CCG states that “...”' (the CCG = Dudley CCG, sentence before; built into the writer's sentence; “self-care medicines” has 2 words)", "fragment"),
 ("buy these [medicines] over the counter at your local pharmacy", None, "Dudley CCG", O, "", "body",
  "same sentence: '... and instead encourages patients to “...”' (the poster's words; square brackets inside)", "fragment"),
 ("do not have the power to say what GPs can or cannot prescribe", None, dr, P, dr_r, "body",
  "'David Reissner, senior healthcare partner at law firm Charles Russell Speechlys LLP, stresses that CCGs “...”' (built into the writer's sentence; the crosshead CCGs “don’t have that power” has 4 quoted words)", "fragment"),
 ("CCGs are legally entitled to try to influence prescribing", "bought over the counter,", dr, P, dr_r, "body",
  "'“...,” he tells C+D.' (he = David Reissner, paragraph before)", "pronoun"),
 ("GPs must make their decisions on the basis of their contracts, which", "clinically appropriate.", dr, P, dr_r, "body",
  "next paragraph, a closed quote with no attribution, straight after Reissner's", "continuation"),
 ("In my opinion, a statement by a CCG to the public", "is not lawful.", dr, P, dr_r, "body",
  "'Mr Reissner echoes concerns raised by GP Azeem Majeed earlier this month when he says: “...”' (he = Mr Reissner: the present-tense 'says' goes with 'echoes', while Dr Majeed's concerns were 'raised earlier this month'; the crosshead “GPs could be sued” has 4 words)", "pronoun"),
])

f("cancer-sufferers-risk-losing-access-to-effective-drugs-says-support-group.txt", [
 ("had come under unsustainable financial pressure", "public accounts committee", "NHS England", O, "", "body",
  "'NHS England has said the fund “...”.' (built into the writer's sentence)", "fragment"),
 ("The new CDF will do next to nothing", "the best cancer drugs,", "Baroness Morgan", P,
  "chief executive of Breast Cancer Now", "body",
  "'“...,” said Baroness Morgan, the chief executive of Breast Cancer Now.' (“The CDF was set” after it is cut off after 4 words)", "said-after"),
])

f("ccg-defends-closure-claims.txt", [
 ("The CCG does not currently have any plans", "Primary Care Networks.", "The CCG", O, "", "body",
  "'In questions posed regarding the September closure of Whitehall Medical Practice ..., the CCG said: \"...\"' (the excerpt never names the CCG beyond 'the CCG')", "said-before"),
 ("Any patient who has not registered", "at a later date.", "The CCG", O, "", "body",
  "'The CCG said: \"...\"'", "said-before"),
 ("As in previous reports the CCG does not make it clear", "local media that the Practice", "David Vasmer", P,
  "councillor for the Underdale ward", "body",
  "'David Vasmer, councillor for the Underdale ward which is where the medical practice is based, said: \"...' (the relative clause is not part of the role); cut off by the end of the excerpt", "said-before"),
])

cb = "Chris Bown"; cb_r = "Interim Chief Executive"
f("ceo-thanks-staff-as-cqc-inspection-closes.txt", [
 ("We encouraged staff to talk openly and freely", "progress that has been made.", cb, P, cb_r, "body",
  "'He said: “...”' (He = 'Interim Chief Executive Chris Bown', paragraph before; ‘intense and probing’ there has 3 words)", "pronoun"),
 ("There is still work to do", "strengthen and focus on.", cb, P, cb_r, "body",
  "'He added: “...”' (He = Chris Bown)", "pronoun"),
 ("I would like to thank all staff who have been involved.", "with the inspectors.", cb, P, cb_r, "body",
  "'Mr Bown said: “...”' (the closing line 'We will continue to make the changes we need to make...' has no quote marks and is not labelled)", "said-before"),
])

f("challenge-fund.txt", [
 ("We were very pleased so many practices came together", "pilot schemes eagerly.", "Mike Bewick", P,
  "NHS England’s Deputy Medical Director", "body",
  "'Mike Bewick, NHS England’s Deputy Medical Director, said:' on its own line above the quote (left open)", "said-before"),
 ("This fund is about helping those people", "out-of-hospital care.", "Mike Bewick", P,
  "NHS England’s Deputy Medical Director", "body",
  "next paragraph of Mike Bewick's quote (closed; ‘expressions of interest’ below has 3 words)", "continuation"),
 ("The National Association of P", None, "Charles Alessi", P, "Chairman National Association of Primary Care", "body",
  "'Charles Alessi, Chairman National Association of Primary Care, said:' on its own line above the quote; cut off by the end of the excerpt (exactly five tokens, the last a cut-off word)", "said-before"),
])

af = "Alan Foster"; af_r = "North Tees and Hartlepool NHS Foundation Trust chief executive"
dd = "Brian Dinsdale"; dd_r = "Trust non-executive director"
f("councils-deny-bed-blocking.txt", [
 ("I was given some information around possible bed-blocking", "unable to take them.", "Stephen Hall", P,
  "trust non-executive director and Hartlepool magistrate", "body",
  "'Stephen Hall, a trust non-executive director and Hartlepool magistrate, told a board of directors’ meeting held at the North Tees site: “...' (left open)", "said-before"),
 ("I want some reassurance that we are not blocking our own beds", "fulfil their role.", "Stephen Hall", P,
  "trust non-executive director and Hartlepool magistrate", "body",
  "next paragraph of Stephen Hall's quote (closed)", "continuation"),
 ("I have raised the issue with local authority chiefs", "on bank holidays.", af, P, af_r, "body",
  "'Mr Foster said: “...”' (North Tees and Hartlepool NHS Foundation Trust chief executive Alan Foster, introduced earlier)", "said-before"),
 ("have stepped up to the mark", None, af, P, af_r, "body",
  "'But he added that councils “...” since then' (he = Mr Foster; built into the writer's sentence)", "fragment"),
 ("if somebody can’t be picked up, it’s a worry", None, dd, P, dd_r, "body",
  "'Trust non-executive director Brian Dinsdale said council budgets were reducing and “...”' (built into the writer's sentence)", "fragment"),
 ("there is dialogue going on", None, dd, P, dd_r, "body",
  "same sentence: '..., but acknowledged “...”.' (exactly five tokens)", "fragment"),
 ("We strongly refute any suggestion", "timely assessments.", "A Hartlepool Borough Council spokesman", D, "", "body",
  "'A Hartlepool Borough Council spokesman said: “...' (unnamed; left open, and the next line is only an opening mark before the cut; the nested ‘bed-blocking’ has 1 word)", "said-before"),
])

scs = "A Swindon CCG spokesman"
f("disabled-children-waiting-four-months-nhs-wheelchairs.txt", [
 ("We understand that providing children with a wheelchair", "overall quality of life.", scs, D, "", "body",
  "'A Swindon CCG spokesman said: “...' (unnamed; left open)", "said-before"),
 ("However, with nearly 200 children registered", "limited resources.", scs, D, "", "body",
  "next paragraph of the spokesman's quote (re-opened, left open)", "continuation"),
 ("Of the 65 per cent of children who received a wheelchair", "medium or high needs.", scs, D, "", "body",
  "next paragraph of the spokesman's quote (re-opened, left open)", "continuation"),
 ("It is pleasing to know that these children", "to prescribe was made.", scs, D, "", "body",
  "last paragraph of the spokesman's quote (opened with \" and closed with ”; “paramount importance” after it has 2 words)", "continuation"),
 ("Having the right wheelchair can be life-changing for disa", None, "Warren Kirwan", P,
  "from disability charity Scope", "body",
  "'Warren Kirwan from disability charity Scope said: “...'; cut off by the end of the excerpt", "said-before"),
])

rp = "Dr Richard Palin"; rp_r = "GP and ELRCCG Governing Body Member"
iv = "The interviewer"; sk = "Unnamed sceptics"
f("dr-maureen-baker-its-not-naive-admit-forward-view-good-gps.txt", [
 ("so how much money does 11% of the NHS budget mean for general practice?", None, iv, D, "", "body",
  "'I appeared on BBC Radio 4's Today programme and was asked '...'' (the asker is 'The interviewer' of the next paragraph, never named; built into the writer's sentence; 'Economics 101' above has 2 words)", "fragment"),
 ("Well that's never going to happen", None, iv, D, "", "body",
  "'In fact his actual words were '...'.' (his = 'The interviewer', sentence before)", "fragment"),
 ("But it's not new money", None, sk, D, "", "body",
  "''...', I've heard.' in the signed opinion piece (the writer, Dr Maureen Baker, reports what unnamed people have said; exactly five tokens)", "other"),
 ("But it's less than general practice had in 2010", None, sk, D, "", "body",
  "''...', I've heard.' (unnamed people again; the writer is not the speaker)", "other"),
])

f("doctors-told-to-stop-prescribing-common-drugs.txt", [
 ("As national and local NHS budgets are tightened", "spend our money wisely.", rp, P, rp_r, "body",
  "'Dr Richard Palin, a GP and ELRCCG Governing Body Member, said: “...' (left open)", "said-before"),
 ("As a CCG we need to find £18 million", "fund essential health care.", rp, P, rp_r, "body",
  "next paragraph of Dr Palin's quote (closed)", "continuation"),
])

rh = "Richard Hawkes"; rh_r = "of the Care and Support Alliance"
f("elderly-care-in-crisis-over-funding.txt", [
 ("Every day, our organisations hear horror stories", "the support they need.", rh, P, rh_r, "body",
  "'Richard Hawkes, of the Care and Support Alliance, which represents 75 of Britain’s leading charities ..., said: “...' (the relative clause is not part of the role; left open)", "said-before"),
 ("One in three people have experience of the social care system.", "out of the care system.", rh, P, rh_r, "body",
  "next paragraph of Richard Hawkes's quote (re-opened, left open)", "continuation"),
 ("People become isolated, can’t live on their own", "pick up the pieces.", rh, P, rh_r, "body",
  "last paragraph of Richard Hawkes's quote (closed)", "continuation"),
])

lk = "Liz Kendall"; lk_r = "shadow minister for care and older people"
f("elderly-social-care-funding-cuts.txt", [
 ("Older people, their carers and families are seeing services reduced", "most critical needs.", lk, P, lk_r, "body",
  "'Liz Kendall, the shadow minister for care and older people, who commissioned the research, said: \"...\"' (the relative clause is not part of the role)", "said-before"),
 ("These cuts will cost everyone more in the long run", "don't need to.", lk, P, lk_r, "body",
  "'She told the Daily Telegraph: \"...\"' (She = Liz Kendall)", "pronoun"),
])

mv = "Meredith Vivian"
f("every-option-explored-in-bid-to-save-shrewsbury-gp-say-health-bosses.txt", [
 ("That was our first concern,", None, mv, P, "Lay member", "body",
  "'\"...,\" he said.' (he = 'Lay member Meredith Vivian', paragraph before; exactly five tokens)", "pronoun"),
 ("We wanted to keep patients informed.", "sent out a survey.", mv, P, "Lay member", "body",
  "second passage after 'he said' in the same paragraph (left open)", "continuation"),
 ("We could not drum up a new provider", "as it went along.", mv, P, "Lay member", "body",
  "next paragraph of Meredith Vivian's quote (closed)", "continuation"),
])

bm = "Dr Beth McCarron-Nash"
f("exclusive-pms-reviews-cut-270000-off-practice-budgets.txt", [
 ("These practices can't afford to knock the losses off their profits.", "cutting back on services,", "Laurence Slavin", P,
  "partner with accountants Ramsay Brown and Partners", "body",
  "''...,' he said.' (he = Mr Slavin, i.e. Laurence Slavin, 'a partner with accountants Ramsay Brown and Partners'; 'plenty' before has 1 word)", "pronoun"),
 ("This is a false move at a time when we want to save money in the NHS.", "offer more services.", bm, P, "GPC negotiator", "body",
  "a quote line with no attribution straight after 'GPC negotiator Dr Beth McCarron-Nash said she was 'dismayed' ...' (reported speech)", "continuation"),
 ("As we see this downward turn in PMS", "returning to GMS.", bm, P, "GPC negotiator", "body",
  "'Dr McCarron-Nash added: '...''", "said-before"),
])

jl = "Dr Jerry Luke"; jl_r = "Surrey and Sussex LMC"
f("exclusive-sharp-rise-gps-quitting-ccg-board-roles.txt", [
 ("I think it is likely that every CCG will have one GP resign this year,", None, jl, P, jl_r, "body",
  "'‘...,’ he said.' (he = 'Surrey and Sussex LMC’s Dr Jerry Luke', paragraph before; the photo caption 'Dr Deborah Colvin: invest in primary care' has no quote marks)", "pronoun"),
 ("The primary duty is to come in financial balance", "break your terms of service,", jl, P, jl_r, "body",
  "'‘...,’ he said.' (he = Dr Luke, whose reported speech is the paragraph before)", "pronoun"),
 ("There are very few areas in the NHS", "frontline services.", jl, P, jl_r, "body",
  "next paragraph, a closed quote with no attribution, straight after Dr Luke's", "continuation"),
 ("When CCGs are replaced by the next big idea", "no redundancy package for them,", jl, P, jl_r, "body",
  "'Dr Luke warned that ... ‘...,’ he warned.' (the quote carries its own 'he warned')", "pronoun"),
 ("They need to look closely at what their re", None, jl, P, jl_r, "body",
  "next paragraph of Dr Luke's quote, no attribution of its own; cut off by the end of the excerpt", "continuation"),
])

kk = "Dr Krishna Kasaraneni"; kk_r = "Humberside LMC medical director"
f("gp-federation-to-receive-10m-for-five-year-seven-day-access-contract.txt", [
 ("small victory for general practice in the region", None, kk, P, kk_r, "body",
  "'Dr Krishna Kasaraneni, Humberside LMC medical director, said this contract was a ‘...’' (built into the writer's sentence)", "fragment"),
 ("significant interest from GPs in East Riding", "for the benefit of patients", kk, P, kk_r, "body",
  "same sentence: '..., and showed ‘...’.' (built into the writer's sentence)", "fragment"),
 ("There’ll still be some issues at the beginning", "something like this.", kk, P, kk_r, "body",
  "'He said: ‘...’' (He = Dr Kasaraneni, paragraph before)", "pronoun"),
 ("The Government needs to address the wiser issues", "patients and GPs,", kk, P, kk_r, "body",
  "'‘...,’ he added.' (he = Dr Kasaraneni)", "pronoun"),
])

mb = "Dr Maureen Baker"; mb_r = "chair of the Royal College of General Practitioners (RCGP)"
hf = "A Hammersmith and Fulham CCG spokesperson"
f("gp-financial-incentives-slash-patient-hospital-referrals.txt", [
 ("It is deeply insulting and demeaning", "we care for our patients.", mb, P, mb_r, "body",
  "'Dr Maureen Baker, chair of the Royal College of General Practitioners (RCGP), was critical of such schemes: “...' (name and verb phrase before the colon; left open)", "said-before"),
 ("Most worryingly, it undermines the doctor-patient relationship", "underpins it.", mb, P, mb_r, "body",
  "next line of Dr Baker's quote (re-opened, left open)", "continuation"),
 ("GPs are highly-trained and highly-skilled medical professionals", "their clinical needs.", mb, P, mb_r, "body",
  "last line of Dr Baker's quote (closed)", "continuation"),
 ("Please note that the scheme under the GP Network Plan", "state in your question.", hf, D, "", "body",
  "'A Hammersmith and Fulham CCG spokesperson said: “...' (unnamed; left open)", "said-before"),
 ("cut the number of patients attending hospital", None, "The reporter", D, "", "body",
  "nested in the spokesperson's quote: 'not an incentive to ‘...’ as you state in your question' (you = the journalist who put the question to the CCG; the wording of the reporter's question, quoted back)", "fragment"),
 ("It aims to reduce the variation in referrals", "community pathways.", hf, D, "", "body",
  "next line of the spokesperson's quote (closed)", "continuation"),
 ("This raises a question about which we have very serious concerns.", None, "A spokesperson for Save Our Hospitals", D, "", "body",
  "'A spokesperson for Save Our Hospitals, a resident-led campaign group ..., said: “...' (unnamed; left open; the next line “Individual patients m is cut off after 2 words)", "said-before"),
])

nc = "Dr Nav Chana"; nc_r = "co-chair of the National Association of Primary Care"
f("gps-urged-bid-share-100m-boost-access.txt", [
 ("develop proposals for improving and extending patient access to services", None, "NHS England", O, "", "body",
  "'Practices bidding for second-wave funding will need to work with peers to ‘...’.' (the bidding criteria, built into the writer's sentence; the next sentence gives the criteria to NHS England: '..., NHS England said'; 'unsustainable' above has 1 word)", "fragment"),
 ("where practices are opening for longer", "and at weekends", "NHS England", O, "", "body",
  "'Priority will be given to plans ‘...’, NHS England said.' (the quote carries on the writer's clause)", "fragment"),
 ("We welcome opportunities for further funding", "primary care services.", nc, P, nc_r, "body",
  "'Dr Nav Chana, co-chair of the National Association of Primary Care said: ‘...' (left open)", "said-before"),
 ("There is a real need to test and evaluate", "our wider public.", nc, P, nc_r, "body",
  "next line of Dr Chana's quote (opened with ' and closed with ’)", "continuation"),
])

pm = "Phil Mettam"; pm_r = "Vale of York CCG’s accountable officer"
f("health-body-could-be-leaving-special-measures.txt", [
 ("For the first time in about two years", "treatment to look,", pm, P, pm_r, "body",
  "'“...,” he added.' (he = 'the CCG’s accountable officer Phil Mettam', paragraph before; the CCG = the Vale of York CCG; “stabilised” and “legal directions” have 1 and 2 words)", "pronoun"),
 ("Many CCGs in North and West Yorkshire", "financial positions,", pm, P, pm_r, "body",
  "'“...,” he added.' (he = Mr Mettam, paragraph before; “stablisation and improvement” there has 3 words)", "pronoun"),
 ("Every year we get to November or December", "now is the time to do it.", "Dr Andrew Field", P, "York GP", "body",
  "'York GP Dr Andrew Field, who sits on the board as a representative for the area, said: “...”' (the relative clause is not part of the role)", "said-before"),
])

rf = "Sir Robert Francis QC"; rf_r = "Healthwatch England Chair"
f("healthwatch-england-response-latest-gp-patient-survey.txt", [
 ("It is good to see that the majority of people", "hard work that they do.", rf, P, rf_r, "body",
  "'Responding to the latest GP Patient Survey, Healthwatch England Chair Sir Robert Francis QC, said:' on its own line above the quote (left open)", "said-before"),
 ("However, they also tell us that there is still room", "visiting a GP.", rf, P, rf_r, "body",
  "next paragraph of the quote (opened with \" and closed with \")", "continuation"),
])

sr = "Survey respondent"
f("healthwatch-reports-huge-response-to-isle-of-wight-primary-care-survey.txt", [
 ("There are almost never any appointments at all", "convenient times.", sr, D, "", "body",
  "a quote paragraph with no attribution straight after '24% of people said that they have to wait over two weeks ...' (the reported answers of Healthwatch Isle of Wight's survey respondents, all unnamed)", "continuation"),
 ("It is important to me to be able to arrange appointments", "in making appointments.", sr, D, "", "body",
  "a quote paragraph with no attribution straight after '... many people stated that they cannot ring first thing in the morning ...' (unnamed survey respondents; ‘on the day’ there has 3 words)", "continuation"),
 ("Blood Test in Ryde. Waited three hours.", None, sr, D, "", "body",
  "'... there were many comments about the difficulties people face when getting a blood test:' straight above the quote (an unnamed survey respondent)", "said-before"),
])

f("judicial-review-acos-granted-might-hope.txt", [
 ("These radical changes will eventually affect everybody in England.", "examined in detail.", "Dr Colin Hutchinson", P,
  "claimant, chair of Doctors for the NHS, and former Consultant Eye Surgeon in Halifax and Huddersfield", "body",
  "'Claimant, chair of Doctors for the NHS, and former Consultant Eye Surgeon in Halifax and Huddersfield, Dr Colin Hutchinson said:' on its own line above the quote (Mr Justice Walker's “merit a full hearing” above has 4 words)", "said-before"),
 ("I am delighted that we have been allowed to challenge", "under the rule of law.", "Professor Sue Richards", P,
  "claimant and ex-Cabinet Office civil servant", "body",
  "'Claimant and ex-Cabinet Office civil servant, Professor Sue Richards commented:' on its own line above the quote", "said-before"),
])

dks = "Dr Kieran Sharrock"
f("lmc-recruits-first-wave-of-overseas-gps-to-take-pressure-off-practices.txt", [
 ("three-year training provision programme", "into NHS general practice", "NHS England", O, "", "body",
  "'NHS England, which chose Lincolnshire to pilot the new recruitment programme ..., said that ... the new recruits would be included in a ‘...’.' (built into the writer's sentence)", "fragment"),
 ("communication skills for the NHS", None, dks, P, ks_r, "body",
  "'The training course, in Poland, will teach the doctors about how the NHS works, ‘Lincolnshire culture’ and ‘...’.' - the sentence straight after 'Dr Kieran Sharrock, medical director of Lincolnshire LMC, said the doctors ... will undertake training' carries on his account (exactly five tokens; ‘conditional job offer’ and ‘Lincolnshire culture’ have 3 and 2 words)", "fragment"),
 ("We want to make sure that they are happy", "a fish out of water.", dks, P, ks_r, "body",
  "'Dr Sharrock said: ‘...’' (‘quite significant’ after it has 2 words)", "said-before"),
])

am = "Ann Mooney"
f("mental-health-chiefs-promise-to-improve-support-for-swindon-service-users.txt", [
 ("It trivialises someone’s mental health condition", "It’s patronising.", "Maria Rooney", P, "user", "body",
  "'User Maria Rooney said: “...”' (‘disgusting’ and ‘patronising’ above have 1 word each)", "said-before"),
 ("When you call them, they say", "do you really need us?’,", am, P, "SUNS chairman", "body",
  "'“...,” said Ann, who suffers from mental health problems herself.' (Ann = 'chairman Ann Mooney' of SUNS, paragraph before; the speaker named in full and then by first name keeps the full name)", "said-after"),
 ("We are a bit busy, do you really need us?", None, "The crisis team", D, "", "body",
  "nested in Ann Mooney's quote: 'When you call them, they say ‘...’' (they = the crisis team the users call; unnamed staff)", "pronoun"),
])

mm = "Michelle Mitchell"; mm_r = "Age UK Charity director general"
f("nearly-20000-fewer-older-people-receiving-local-authority-funded-home-care.txt", [
 ("such reductions in home care support", "cracking under the strain", mm, P, mm_r, "body",
  "'Age UK Charity director general, Michelle Mitchell, fears “...”.' (built into the writer's sentence)", "fragment"),
 ("These figures provide yet more evidence", "without essential support.", mm, P, mm_r, "body",
  "'She added: “...' (She = Michelle Mitchell; left open)", "pronoun"),
 ("For those without family and friends to help", "retains dignity.", mm, P, mm_r, "body",
  "next paragraph of Michelle Mitchell's quote (closed)", "continuation"),
])

f("nhs-direct-awarded-lions-share-111.txt", [
 ("Every CCG should have applyied for an extension.", "let alone walk.", "Peter Holden", P,
  "British Medical Association lead on NHS 111", "body",
  "'Its lead on NHS 111, Peter Holden told Health Service Journal: “...”' (Its = the British Medical Association, subject of the sentence before; misspelling and square brackets kept)", "said-before"),
 ("around a third of the time", None, "The Royal College of Nursing", O, "", "body",
  "'The Royal College of Nursing said at the time it still had “deep reservations” because the service meant patients only speaking to clinically qualified professionals “...”.' (built into the writer's sentence; “deep reservations” has 2 words)", "fragment"),
])

f("nhs-england-to-update-ccg-guidance-after-criticism-of-executive-pay.txt", [
 ("Remuneration of NHS Liverpool CCG’s governing body members", "based on allocation,", "NHS England", O, "", "body",
  "'“...,” the report notes.' (the report = 'NHS England’s full report', paragraph before)", "description"),
 ("The chair, chief finance officer and chief nurse had the highest pay", "any of their peer group.", "NHS England", O, "", "body",
  "a closed quote paragraph with no attribution straight after 'And the document goes on to outline some of the higher salaries ...' (NHS England's report)", "continuation"),
 ("We’ve accepted that we got some of our decision making processes wrong", "It wou", "Katherine Sheerin", P,
  "chief officer of Liverpool CCG", "body",
  "a quote paragraph with no attribution straight after 'Katherine Sheerin, chief officer of the CCG, commented on the matter, indicating ...' (reported speech; the CCG = Liverpool CCG); cut off by the end of the excerpt", "continuation"),
])

cm = "Dr Cliff Mann"; cm_r = "senior consultant in the emergency department at Musgrove Park hospital in Taunton, Somerset"
f("nhs-faces-worst-winter-accident-and-emergency-a-and-e.txt", [
 ("I’m concerned that this winter will be worse than last winter", "January and February,", cm, P, cm_r, "body",
  "'“...,” he said.' (he = Dr Cliff Mann, who 'told the Observer', paragraph before; the role is from 'Mann, a senior consultant in the emergency department ...' below)", "pronoun"),
 ("this year there’s been a further rise in A&E attendances", "transfers of care.", cm, P, cm_r, "body",
  "'But he is worried that the situation ... could get “really bad” over coming months because “...' (he = Mann; built into the writer's sentence; the quote is left open and runs on in the next paragraph; “really bad” has 2 words)", "fragment"),
 ("If you increase demand for beds but reduce the supply", "reach new records,", cm, P, cm_r, "body",
  "'“...,” he said.' (the paragraph continues the open quote but carries its own 'he said')", "pronoun"),
])

aw = "Abbie Warren"
f("p059qsmf.txt", [
 ("weren't there for my brother", None, aw, P, "sister", "headline",
  "headline quote 'Mental health crisis teams '...''; the body's only sibling is 'His sister Abbie Warren', who says weekend provision from crisis teams is inadequate ('my brother' = Pete Morris)", "other"),
 ("When you're in that situation as a family", "and they didn't,", aw, P, "sister", "body",
  "'\"...,\" she said.' (she = 'His sister Abbie Warren', paragraph before; 'outstanding' below has 1 word)", "pronoun"),
])

f("pms-practices-face-redundancies-and-closures-due-to-catastrophic-cuts.txt", [
 ("writing is on the wall for PMS", None, "Dr Laurence Buckman", P, "GPC chair", "body",
  "'The cuts follow a claim from GPC chair Dr Laurence Buckman in January that the ‘...''' (built into the writer's sentence; opened with ‘ and closed with ')", "fragment"),
 ("The [PMS review] could have a considerable impact", "redundancies in some practices.", "Dr Paul Scott", P,
  "chair of North Staffordshire LMC", "body",
  "'Dr Paul Scott, chair of North Staffordshire LMC, said: ‘...'' (square brackets inside; opened with ‘ and closed with ')", "said-before"),
 ("fruition of a PMS review", None, "NHS Oldham", O, "", "body",
  "'Elsewhere, NHS Oldham's 2012/13 financial plan reveals the ‘...' will contribute ...' (the plan's wording, built into the writer's sentence; exactly five tokens; ‘catastrophic', ‘precarious' and ‘equity' have 1 word each)", "fragment"),
])

nh = "Nick Hulme"; nh_r = "Chief Executive of Colchester Hospital University NHS Foundation Trust"
dw = "David White"
f("pr-150716.txt", [
 ("We need to take a long hard look at ourselves", "timely and efficient manner.", nh, P, nh_r, "body",
  "'Mr Hulme said: \"...' (Nick Hulme, named in the paragraph after the lead, which gives 'The new Chief Executive of Colchester Hospital University NHS Foundation Trust'; \"heartfelt apology\" has 2 words; left open)", "said-before"),
 ("People in north east Essex deserve better", "a heartfelt apology.", nh, P, nh_r, "body",
  "next paragraph of Nick Hulme's quote (re-opened, left open)", "continuation"),
 ("Everyone at the Trust - including myself", "the care we provide.", nh, P, nh_r, "body",
  "next paragraph of Nick Hulme's quote (re-opened, left open)", "continuation"),
 ("Members of staff need to be held to account", "need to do better.", nh, P, nh_r, "body",
  "last paragraph of Nick Hulme's quote (closed)", "continuation"),
 ("This report for me is a watershed.", None, dw, P, "Trust Chair", "body",
  "'Trust Chair David White, who, like Mr Hulme, joined the Trust in May, said: \"...' (the relative clause is not part of the role; left open)", "said-before"),
 ("I want it to be the point where we draw a line", "make sure this happens.", dw, P, "Trust Chair", "body",
  "next paragraph of David White's quote (closed; \"Inadequate\" and \"Every patient, every day\" below have 1 and 4 words)", "continuation"),
])

ek = "A spokesman for the NHS in east Kent"
f("red-risks-identified-for-111-provider-switch.txt", [
 ("We are confident that the new east Kent integrated urgent care service", "project group.", ek, D, "", "body",
  "'A spokesman for the NHS in east Kent said: “...' (unnamed; left open; “red rated” above has 2 words)", "said-before"),
 ("The risk register identifies potential barriers", "establish the new service.", ek, D, "", "body",
  "next paragraph of the spokesman's quote (re-opened, left open)", "continuation"),
 ("This hard work will benefit our patients", "their overall health a", ek, D, "", "body",
  "next paragraph of the spokesman's quote; cut off by the end of the excerpt", "continuation"),
])

hc = "Hazel Cheeseman"; hc_r = "director of policy for ASH and one of the report authors"
iz = "Cllr Izzi Seccombe"; iz_r = "LGA's community wellbeing spokesperson"
f("report-shows-extent-councils-are-scaling-back-on-stop-smoking-schemes.txt", [
 ("Our research shows that most local councils", "enormous funding pressures.", hc, P, hc_r, "body",
  "'Hazel Cheeseman, director of policy for ASH and one of the report authors, said: '...' (left open)", "said-before"),
 ("The services we have to support smokers to quit", "also under threat.", hc, P, hc_r, "body",
  "next paragraph of Hazel Cheeseman's quote (re-opened, left open)", "continuation"),
 ("We need national action now", "reduce smoking rates.", hc, P, hc_r, "body",
  "last paragraph of Hazel Cheeseman's quote (closed)", "continuation"),
 ("This means councils are re-evaluating", "more effective.", iz, P, iz_r, "body",
  "'Cllr Izzi Seccombe, the LGA's community wellbeing spokesperson, said: '...' (left open)", "said-before"),
 ("Councils remain committed to helping smokers quit", "cost-effectiveness of providing it.", iz, P, iz_r, "body",
  "next paragraph of Cllr Seccombe's quote (closed)", "continuation"),
])

f("rosie-cooper-mp-calls-on-pm-to-investigate-health-bosses-pay-day-bonanza.txt", [
 ("The tremendous pressures on frontline NHS services", "is not a secret.", "Rosie Cooper", P, "MP", "body",
  "'Speaking after her challenge to Theresa May at Prime Minister’s Questions, Rosie Cooper MP said:' on its own line above the quote (MP is not part of the name; left open)", "said-before"),
 ("Whilst the CCG were handing out these scandalous pay rises to", None, "Rosie Cooper", P, "MP", "body",
  "next paragraph of Rosie Cooper's quote; cut off by the end of the excerpt", "continuation"),
])

ss = "Simon Stevens"; ss_r = "NHS England’s chief executive"
f("simon-stevens-interview-why-new-care-models-not-nhs-reorganisation.txt", [
 ("You know, it’s all quiet and tranquil,", None, ss, P, ss_r, "body",
  "'‘...,’ says NHS England’s chief executive sarcastically' (a description of Simon Stevens, named in the standfirst as 'NHS chief executive Simon Stevens')", "description"),
 ("a moment to take stock and make some big decisions", "care needs to develop", ss, P, ss_r, "body",
  "'This, Mr Stevens says, is ‘...’.' (built into the writer's sentence; the caption 'Simon Stevens: care models not an NHS reorganisation' has no quote marks)", "fragment"),
])

mm2_r = "Charity Director at Age UK"
f("social-care-and-the-impact-of-cuts.txt", [
 ("Even seemingly modest cuts could see a quarter of a million", "support they rely on.", mm, P, mm2_r, "body",
  "'Michelle Mitchell, Charity Director at Age UK, said:' on its own line above the quote (every line of the statement opens and closes its own marks)", "said-before"),
 ("It's down to each local authority", "difficult decisions elsewhere.", mm, P, mm2_r, "body",
  "next line of Michelle Mitchell's statement (closed)", "continuation"),
 ("Tightening eligibility criteria is one way", "particularly the NHS.", mm, P, mm2_r, "body",
  "next line of Michelle Mitchell's statement (closed)", "continuation"),
 ("Thousands of frail, vulnerable older people rely on care at home.", "it is not enough.", mm, P, mm2_r, "body",
  "last paragraph of Michelle Mitchell's statement (closed), before '- ENDS -'", "continuation"),
])

f("stevegalloway-2016-07-21.txt", [
 ("The Vale of York CCG will be directed to:", None, "unclear", U, "", "body",
  "a quotation opened on its own line after the blogger's lines on Dr Mark Hayes standing down and the CCG's 'financial special measures'; nobody is credited with it (the directions' source is never named), so the speaker is not settled", "other"),
 ("appoint a new Accountable Officer with the involvement of NHS England,", None, "unclear", U, "", "body",
  "next line of the same quotation (a bulleted line inside the marks, which are closed four lines later)", "continuation"),
 ("involve NHS England in appointments to its Executive Team", "next tier of management and", "unclear", U, "", "body",
  "next line of the same quotation (bulleted, inside the marks)", "continuation"),
 ("act on the issues that have been identified", "financial recovery,", "unclear", U, "", "body",
  "next line of the same quotation (bulleted, inside the marks)", "continuation"),
 ("with the implementation of a plan that addresses these", "agreed by NHS England", "unclear", U, "", "body",
  "last line of the same quotation, which has only the closing mark (“buying”, “reset” and “financial special measures” elsewhere have 1-3 words)", "continuation"),
])

ss2_r = "NHS England chief executive"
f("stevens-new-care-vanguard-must-bring-in-gp-lists.txt", [
 ("there are some tests; one of them is the extent", "into the equation", ss, P, ss2_r, "body",
  "'Mr Stevens said that although he was willing to consider ..., “...”.' (built into the writer's sentence; the caption line 'Bringing primary care ..., Simon Stevens said' has no quote marks; “vanguard” has 1 word)", "fragment"),
 ("If when people say [they want to try implementing] a hybrid", "action in 2015-16.", ss, P, ss2_r, "body",
  "'He continued: “...”' (He = Mr Stevens; square brackets inside)", "pronoun"),
 ("A lot of what people have been thinking about", "already doing that.", ss, P, ss2_r, "body",
  "a quote paragraph with no attribution straight after 'Mr Stevens said that bringing primary care in on a large scale would be ...' (reported speech); left open", "continuation"),
 ("The issue is combining primary care with a population accountability,", None, ss, P, ss2_r, "body",
  "'“...,” he said, adding that a “relationship of equals” was needed ...' (the paragraph continues the open quote but carries its own 'he said'; “relationship of equals” has 3 words)", "pronoun"),
])

f("success-regime-will-direct-struggling-areas-to-new-models-stevens-reveals.txt", [
 ("struggling both financially and operationally", None, ss, P, ss2_r, "body",
  "'One group, he said, were those where services are under “very substantial pressure” and “...”.' (he = Simon Stevens, 'The NHS England chief executive'; built into the writer's sentence; exactly five tokens; “very substantial pressure” has 3 words, and the lead's ‘success regime’ and ‘re-spray’ 2 and 1)", "fragment"),
 ("directive in terms of the support that will be provided", None, ss, P, ss2_r, "body",
  "'For these areas NHS England, Monitor and the NHS Trust Development Authority will be “...”' - in the account of Simon Stevens's lecture, between 'Mr Stevens revealed' and '..., he said' (built into the writer's sentence; “success regime”, “failure regime” and “demotivation and stigma” before it have 2-3 words)", "fragment"),
 ("the regulatory, the funding flexibility [and] the conditionality", "chart a course for these places", ss, P, ss2_r, "body",
  "'The approach will bring “...”, he said.' (he = Mr Stevens; the quote carries on the writer's clause; square brackets inside)", "fragment"),
 ("number of obstacles… from their way", None, ss, P, ss2_r, "body",
  "'They will “get motoring” on new care models once national bodies remove a “...”, Mr Stevens said.' (built into the writer's sentence; “conditions for transformation”, “get motoring” and “invited” have 1-3 words, and “co-create is cut off)", "fragment"),
])

sm = "Sharon Meers"; sm_r = "Suffolk health professional"
f("suffolk-why-might-your-doctors-practice-be-forced-to-close.txt", [
 ("I can see it making a real mess of the NHS", "going to be very major,", sm, P, sm_r, "body",
  "'“...,” she said.' (she = Mrs Meers, i.e. Sharon Meers, whom the lead describes as 'A Suffolk health professional'; 'who is the business manager at Saxmundham Health' is a relative clause; “deep concerns” has 2 words)", "pronoun"),
 ("I am really worried for the patients", "no way of unravelling it.", sm, P, sm_r, "body",
  "second passage after 'she said' in the same paragraph (closed)", "continuation"),
 ("do not destabilise local practices", None, "NHS England’s East Anglia area team", O, "", "body",
  "'NHS England’s East Anglia area team said it was committed to ensuring the national contract changes “...”.' (built into the writer's sentence; exactly five tokens; “premium funding” above has 2 words)", "fragment"),
 ("no plans to reduce the total level of funding", "PMS contract in Suffolk", "Katie Norton", P,
  "NHS England’s East Anglia area team director of commissioning", "body",
  "'Katie Norton, the team’s director of commissioning, also confirmed there were “...”.' (the team = NHS England’s East Anglia area team; built into the writer's sentence)", "fragment"),
 ("This will mean very difficult decisions have to be made,", None, sm, P, sm_r, "body",
  "'“...,” she sai' (she = Mrs Meers, the subject of the two paragraphs before; the attribution is cut off by the end of the excerpt)", "pronoun"),
])

gc = "Glenn Coleman"; gc_r = "head of primary care"
f("tempers-frayed-at-sankey-medical-meeting.txt", [
 ("It was not our decision to close the surgery", "legal powers to open it.", gc, P, gc_r, "body",
  "'He added: “...' (He = Mr Coleman, i.e. 'Glenn Coleman, head of primary care' of the NHS England area team, paragraphs before; ‘totally taken by surprise’ has 4 words and the cries of ‘Why not?’ 2; left open, and the next line “Nobody does. has 2 words)", "pronoun"),
 ("We can only do what's legal", "EU procurement law.", gc, P, gc_r, "body",
  "next line of Glenn Coleman's quote (re-opened, left open)", "continuation"),
 ("Our processes are laboriously slow", "frustrates us in the system.", gc, P, gc_r, "body",
  "next line of Glenn Coleman's quote (re-opened, left open)", "continuation"),
 ("It takes 12 months to commission a primary care service", "the one-month stage.", gc, P, gc_r, "body",
  "next line of Glenn Coleman's quote (re-opened, left open)", "continuation"),
 ("The problem of practices not being part of the contract", "primary care review.", gc, P, gc_r, "body",
  "last line of Glenn Coleman's quote (closed; ‘I agree’ below has 2 words)", "continuation"),
])

amd = "Dr Arvind Madan"; amd_r = "NHS England’s director for primary care"
f("the-truth-about-nhs-englands-international-gp-recruitment-scheme.txt", [
 ("expand the pool of available GPs for practices to employ", None, amd, P, amd_r, "body",
  "'NHS England’s director for primary care Dr Arvind Madan told Pulse the aim of the relaunched scheme was to ‘...’.' (built into the writer's sentence)", "fragment"),
 ("In this financial year we’re looking to recruit 600 doctors.", None, amd, P, amd_r, "body",
  "'Dr Madan told Pulse, when the scheme was first launched in 2017: ‘...’'", "said-before"),
])

ht = "Dr Helen Tattersfield"; ht_r = "former chair of Lewisham CCG"
f("two-ccg-chairs-resign-over-workload-pressures.txt", [
 ("Because of the changes in the primary care contracting", "the money you were getting.", ht, P, ht_r, "body",
  "'She told Pulse: ‘...' (She = Dr Helen Tattersfield, 'the former chair of Lewisham CCG', two paragraphs before; left open)", "pronoun"),
 ("There is extra QOF and it all requires a lot more attention", "balance those things.", ht, P, ht_r, "body",
  "next paragraph of Dr Tattersfield's quote (closed)", "continuation"),
 ("Chair commitments are rather unpredictable", "cancelling surgeries.", ht, P, ht_r, "body",
  "'She added: ‘...' (She = Dr Tattersfield; left open)", "pronoun"),
 ("Also although the pay may seem generous", "practice manager and colleagues.", ht, P, ht_r, "body",
  "next paragraph of Dr Tattersfield's quote (closed; Dr Tony Banerjee's ‘incr below is cut off after 1 word)", "continuation"),
])

f("wirral-ccg-under-fire-over-pay-rises.txt", [
 ("This is money taken out of the NHS by people who are supposed to be managing it.", None, "Margaret Greenwood", P,
  "campaigner for Defend the NHS", "body",
  "'“This seems completely wrong,” said Margaret Greenwood. “...”' (the first part before the attribution has 4 words, so only the passage after it is labelled; Margaret Greenwood is 'a campaigner for Defend the NHS'; “utterly inappropriate” and “complexity factors” have 2 words)", "continuation"),
])


def build():
    return label_table.build(R, prefix="W", split="heldout12", out="eval/quotes/heldout12.jsonl")


if __name__ == "__main__":
    recs = build()
    print(len(recs), "records")
