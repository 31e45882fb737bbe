"""Build heldout27.jsonl (the twenty-seventh held-out attribution set, over eval/corpus30) from
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

Run:  python3 eval/quotes/build_heldout27.py   (writes eval/quotes/heldout27.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus30/")

# ---------------------------------------------------------------------------
rcem = "Royal College of Emergency Medicine"
th = "Dr Tajek Hassan"; th_r = "President of the Royal College of Emergency Medicine"
f("a-and-e-four-hour-wait-performance-worse-than-last-winter.txt", [
 ("despite a clear, concerted effort to improve", None, rcem, O, "", "body",
  "'Performance is worsening \"...\", the College says.' (the College = 'The Royal College of Emergency Medicine' of the lead, whose 'Winter Flow Project' the next paragraph names; built into the writer's sentence)", "fragment"),
 ("Despite sites making more beds available;", "having to be cancelled,", th, P, th_r, "body",
  "'\"...,\" noted President of the College, Dr Tajek Hassan.' (the College = the Royal College of Emergency Medicine)", "said-after"),
 ("It is clear that more beds alone is not enough", "multiple and complex conditions.", th, P, th_r, "body",
  "the next paragraph, a quote with no attribution of its own straight after his, closed", "continuation"),
])

ic = "Dr Ian Crawford"; ic_r = "vice president for Northern Ireland of the Royal College of Emergency Medicine"
f("a-e-12-hour-waiting-times-double-since-last-year.txt", [
 ("Staff working in emergency departments in Northern Ireland are fighting", "patients deserve better.", ic, P, ic_r, "body",
  "'Dr Ian Crawford, the medical body’s vice president for Northern Ireland, said: “...”' (the medical body = The Royal College of Emergency Medicine of the paragraph before; the standfirst lines repeat that sentence without marks)", "said-before"),
 ("Those leading the review of urgent and emergency care", "growing and ageing population.", ic, P, ic_r, "body",
  "'But Dr Crawford said: “...' (left open)", "said-before"),
 ("To ease pressure placed on emergency departments", "and the social care that", ic, P, ic_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt (the trailing space is outside)", "continuation"),
])

# ambulances-1860-wait-more-than-six-hours-over-winter.txt: no quotation of 5+ words
# ("desperate situation", "shocking", "let down terribly", "busiest winter on record" have 1-4 words)

ag = "Alan Grice"; ag_r = "co-chairman of the Patient Participation Group"
f("backlash-against-axing-wirral-walk-in-centres-gathers-pace.txt", [
 ("People in Birkenhead love their walk-in service", "don’t want to lose it.", ag, P, ag_r, "body",
  "'Mr Grice spoke for many patients: “...' (named 'Alan Grice, co-chairman of the Patient Participation Group' in the paragraph before; left open)", "said-before"),
 ("Thousands of people use the minor injuries", "any pressure on A&E there.", ag, P, ag_r, "body",
  "next paragraph of his quote, opened with a straight mark (left open)", "continuation"),
 ("A lot of our patients would find it difficult", "our patients cannot afford.", ag, P, ag_r, "body",
  "next paragraph of his quote, closed (\"Urgent Treatment Centre\" below has 3 words)", "continuation"),
])

ltr = "A letter which was sent to ambulance trusts in May 2012"
rm = "Russ McLean"
f("crucial-waiting-time-targets-missed-east-lancashires-ambulance-service-says-nhs-report.txt", [
 ("Performance against the Category A eight-minute standard", "Red 1 and Red 2 calls.", ltr, D, "", "body",
  "'staff at the HSCIC pointed to a letter which was sent to ambulance trusts in May 2012, which said: “...' (the letter's writer is not named; ‘targets’, ‘most severe and time-critical’, ‘Red 1’ and ‘official target’ above have 1-4 words; left open)", "said-before"),
 ("The existing standard of performance will remain", "by April 2013...", ltr, D, "", "body",
  "next paragraph of the letter's words, closed", "continuation"),
 ("This is very disturbing.", "goodness only know", rm, P, "of the Pennine Lancashire Patient Voices Group", "body",
  "'Russ McLean, of the Pennine Lancashire Patient Voices Group, said: “...' (cut off mid-word by the end of the excerpt)", "said-before"),
])

spec = "The NHS 111 service specification"
f("delays-abandoned-calls-and-an-11-hour-wait-for-a-call-back-leaked-document-reveals-the-extent-of-nhs-111-performance-issues.txt", [
 ("many areas in England already have an excellent responsive NHS 111 service", None, "NHS England", O, "", "body",
  "'and comes despite NHS England insisting immediately after Easter that ‘...’' (built into the writer's sentence)", "fragment"),
 ("without the need for a call back", None, spec, D, "", "body",
  "'the NHS 111 service specification states that where a clinical assessment is required, calls should be transferred ‘...’' (a document whose owner the text does not name; built into the writer's sentence)", "fragment"),
 ("in exceptional circumstances where a nurse is not available", "within 10 minutes", spec, D, "", "body",
  "'..., and ‘...’.' (the second phrase of the same specification in the same sentence)", "fragment"),
])

ca = "Caroline Abrahams"; ca_r = "charity director of Age UK"
f("elderly-patients-marooned-hospital-beds-due-care-delays.txt", [
 ("Increasing numbers are being marooned in their hospital beds", "of the home visiting kind.", ca, P, ca_r, "body",
  "'Caroline Abrahams, charity director of Age UK, said: “...' ('marooned' in the headline and lead has 1 word; left open)", "said-before"),
 ("There is no doubt that some older people’s chances", "undermined as a result.", ca, P, ca_r, "body",
  "next paragraph of her quote, closed", "continuation"),
])

cc = "Craig Cooke"; cc_r = "Assistant Chief Ambulance Officer"
f("fourth-busiest-day-for-the-ambulance-service-is-your-call-really-an-emergency.txt", [
 ("Our staff are working around the clock", "for the people who need us the most.", cc, P, cc_r, "body",
  "'Craig Cooke, Assistant Chief Ambulance Officer, said: “...' (each paragraph of the release is one line; left open)", "said-before"),
 ("Many people who dial 999 could treat themselves", "and severe blood loss.", cc, P, cc_r, "body",
  "next line of his quote (left open)", "continuation"),
 ("It’s continuing to be a busy weekend", "for their continued efforts.", cc, P, cc_r, "body",
  "next line of his quote, closed (the release then ends 'ENDS')", "continuation"),
])

f("holiday-rush-threatens-overwhelm-worcestershire-royal-hospitals-e-department.txt", [
 ("There were trollies with patients on them three deep", "no beds at all.", "John", P, "husband of Mrs Pauline Freeman", "body",
  "'He said: “...' (he = 'her husband John' ('Mrs Pauline Freeman, of Rushwick, ... and her husband John was horrified'), named only as John; 'Talking to the Worcester News ..., he said that ...' just before; left open, and the page ends with a 'Full story in' line)", "pronoun"),
])

rep = "A report on the handover performance"
nw = "A spokeswoman for NWAS"
jmo = "Joanne Moore"; jmo_r = "PAHT's divisional director for medicine"
f("hospital-trust-fined-due-to-delay-in-getting-ambulances-back-out-on-the-road.txt", [
 ("Fines will be imposed on both PAHT", "Ambulance Service (NWAS).", rep, D, "", "body",
  "'The report said that as a result: \"...\"' (the report = 'a report on the handover performance' presented to Bury CCG, whose author is not named)", "said-before"),
 ("This has had an impact by increasing demand", "handover the care of the patient.", nw, D, "", "body",
  "'The spokesman added: \"...' (the only spokesperson introduced is 'A spokeswoman for NWAS', whom the next paragraph already calls 'He' ('He added that the number of ... breaches fell'); the page's change of gender is kept as printed and the speaker is that NWAS spokesperson, unnamed; \"serious\" and 'life at risk' above have 1-3 words; left open)", "description"),
 ("PAHT actively checks crew turnaround times", "timely patient handovers.", nw, D, "", "body",
  "next paragraph of the spokesperson's quote, closed (it speaks of PAHT in the third person)", "continuation"),
 ("Making sure that patients are handed over promptly", "were due to the inc", jmo, P, jmo_r, "body",
  "'PAHT's divisional director for medicine, Joanne Moore, said: \"...' (PAHT = Pennine Acute Hospitals Trust; cut off mid-word by the end of the excerpt)", "said-before"),
])

st = "A spokeswoman for the Southend trust"
sh = "Sue Hardy"; sh_r = "chief executive at Southend University Hospital"
bas = "Basildon and Thurrock University Hospitals NHS Foundation Trust"
f("hospitals-issue-black-alerts-as-emergency-departments-face-high-winter-demand.txt", [
 ("a very high number of patients visiting the emergency department", "requiring a hospital bed", st, D, "", "body",
  "'A spokeswoman for the Southend trust said it had \"...\".' (unnamed; built into the writer's sentence; 'black alerts' and \"black alert\" above have 2 words)", "fragment"),
 ("The hospital is currently extremely busy", "admitted to hospital.", sh, P, sh_r, "body",
  "'Sue Hardy, chief executive at Southend University Hospital, added: \"...' (left open)", "said-before"),
 ("The emergency department is very busy and we have to warn", "how unwell they are.", sh, P, sh_r, "body",
  "next paragraph of her quote, closed (the nested 'non-urgent' has 1 word)", "continuation"),
 ("Please call NHS 111 if you urgently need medical help", "not a life-threatening situation", bas, O, "", "body",
  "'Tweets from the hospital say: \"...\"' (the hospital = Basildon, 'Basildon and Thurrock University Hospitals NHS Foundation Trust' above, the subject of the paragraph before)", "said-before"),
 ("our A&E is still very busy", None, bas, O, "", "body",
  "'... say: \"...\" and \"...\".' (a second tweet quoted in the same sentence; the last paragraph's \"am is cut off after 1 token)", "continuation"),
])

ne = "Nigel Edwards"; ne_r = "Nuffield Trust chief executive"
jhu = "Jeremy Hughes"; jhu_r = "chief executive at Alzheimer's Society"
f("hospitals-will-struggle-cope-bed-pressures.txt", [
 ("It's extremely worrying, but not surprising", "in just a single month.", ne, P, ne_r, "body",
  "'Speaking on the problem, Nuffield Trust chief executive Nigel Edwards said: \"...\"' (\"bed blocking\" above, the Independent's term, has 2 words)", "said-before"),
 ("£1.7 billion has been cut from local councils' social care budgets since 2010", None, ne, P, ne_r, "body",
  "'He continued on to say that there wasn't enough support ... when \"...\".' (he = Nigel Edwards; built into the writer's sentence)", "fragment"),
 ("they are frequently in worse health than when they arrived", None, jhu, P, jhu_r, "body",
  "'He said that inadequate support in the community meant that when they leave hospital \"...\".' (he = 'Jeremy Hughes, chief executive at Alzheimer's Society' of the paragraph before; built into the writer's sentence; the last paragraph's \"cost the is cut off after 2 tokens)", "fragment"),
])

bsi = "Dr Brendan Sinnott"; bsi_r = "Consultant"
hscb = "Health and Social Care Board"
f("hundreds-waiting-more-than-12-hours-at-a-es.txt", [
 ("It is unacceptable and we have had several discussions", "looking for more resources,", bsi, P, bsi_r, "body",
  "'“...,” he said.' (he = 'Consultant Dr Brendan Sinnott', who 'told UTV' in the paragraph before)", "pronoun"),
 ("The thing is, I know there are budgetary constraints", "deliver top quality care.", bsi, P, bsi_r, "body",
  "the next paragraph, a quote with no attribution of its own straight after his, closed", "continuation"),
 ("to continue throughout this winter", None, hscb, O, "", "body",
  "'A statement from the Health and Social Care Board said it expects the situation “...”.' (the board's statement; built into the writer's sentence; exactly 5 words)", "fragment"),
 ("put in place a number of initiatives", "available in community settings", hscb, O, "", "body",
  "'It said it has “...”.' (it = the board's statement; built into the writer's sentence)", "fragment"),
 ("However, despite the measures currently in place", "than is acceptable,", hscb, O, "", "body",
  "'“...,” the statement went on.' (the board's statement; the last paragraph's “All trus is cut off after 2 tokens)", "description"),
])

f("lamb-nhs-111-teething-problems-need-to-be-sorted.txt", [
 ("It's really important people come forward", "address those problems directly.", "Norman Lamb", P, "Care and Support Minister", "body",
  "a quote paragraph with no attribution of its own straight after 'The Care and Support Minister Norman Lamb has said that is is \"absolutely essential\" that \"teething problems\" ... are sorted out.' (reported speech; the headline's 'teething problems' and those quotes have 2 words; the full stop after the closing mark is outside)", "continuation"),
])

sa = "Cllr Steve Ayris"; sa_r = "Shadow Cabinet Member for Health & Social Care"
f("lib-dems-fight-to-save-walk-in-centre.txt", [
 ("I believe the NHS should be above politics", "access to these vital services.", sa, P, sa_r, "body",
  "'Cllr Steve Ayris, Shadow Cabinet Member for Health & Social Care said, “...' (left open)", "said-before"),
 ("Many people in Sheffield rely on easy access", "an easy trip for you?", sa, P, sa_r, "body",
  "next paragraph of his quote, closed", "continuation"),
])

nc = "Nick Chapman"
jhunt = "Jeremy Hunt"
f("new-problems-for-nhs-111-as-nhs-direct-drops-contracts.txt", [
 ("We are very aware of the delays this has caused", "apologised to the commissioners for this,", nc, P, "Chief Executive of NHS Direct", "body",
  "'“...,\" he noted.' (he = 'Nick Chapman, Chief Executive of NHS Direct' of the paragraph before; opened curly, closed straight; \"financially unstable\" above has 2 words)", "pronoun"),
 ("substantially lower income than originally budgeted", None, "NHS Direct", O, "", "body",
  "'NHS Direct said it expects to receive \"...\".' (after 'judging by a recent NHS Direct board report'; built into the writer's sentence; the crosshead 'Financially unsustainable' has 2 words)", "fragment"),
 ("The imbalance of costs and income", "are financially unsustainable,", "NHS Direct", O, "", "body",
  "'\"...,\" according to the report.' (the report = 'a recent NHS Direct board report' above)", "description"),
 ("it is really disappointing that in two parts of the country", "got the numbers wrong", jhunt, P, "Health Secretary", "body",
  "'Speaking on BBC Radio 4's Today Programme, Health Secretary Jeremy Hunt said: \"...\".' (the bracketed insertion '[NHS 111]' is inside the quote; the full stop after the closing mark is outside)", "said-before"),
])

f("nhs-111-phone-number-sparks-concern.txt", [
 ("The BMA is seriously concerned", "putting patient safety at risk", "Dr Laurence Buckman", P, "the British Medical Association's GP committee chair", "pull quote",
  "pull quote between 'Start Quote' and 'End Quote Dr Laurence Buckman BMA's GP committee' (only a closing mark; the name line follows it; role from 'Dr Laurence Buckman, the British Medical Association's GP committee chair,' in the body; the crosshead 'Reconsider rollout' has 2 words)", "name-role-line"),
])

hrc = "The head of the Royal College of Emergency Medicine"
mh = "Matt Hancock"
f("nhs-a-and-e-figures-performance-records-levels-latest.txt", [
 ("a source of shame for all politicians", None, hrc, D, "", "headline",
  "headline quote with no speaker in the headline; the standfirst gives the complaint to the 'Royal College of Emergency Medicine head' and the body gives nearly the same words to him ('The head of the Royal College of Emergency Medicine said the figures should be “a source of shame for politicians of all stripes”'); he is not named before the cut", "other"),
 ("the party of the NHS", None, "Conservative party", O, "", "body",
  "'the Conservative party which is claiming to be “...”' (the party's own claim, built into the writer's sentence; exactly 5 words)", "fragment"),
 ("a source of shame for politicians of all stripes", None, hrc, D, "", "body",
  "'The head of the Royal College of Emergency Medicine said the figures should be “...”.' (unnamed in the excerpt; built into the writer's sentence; “staggeringly out of touch” below, Labour's, has 3 words)", "fragment"),
 ("In many ways, the NHS is performing better than it ever has.", "increasing as well,", mh, P, "Health Secretary", "body",
  "'“...,” he said.' (he = 'Matt Hancock', then 'The Health Secretary pointed to ...' in the paragraph before)", "pronoun"),
 ("The performance of the system is incredible.", "doing a remarkable job.", mh, P, "Health Secretary", "body",
  "second passage re-opened in the same paragraph after 'he said.' (left open)", "continuation"),
 ("We are putting record amounts of funding", "with more to come.", mh, P, "Health Secretary", "body",
  "next paragraph of his quote, closed", "continuation"),
])

nd = "NHS Direct"
f("nhs-direct-confirms-111-withdrawal.txt", [
 ("now clear that the trust is not able to provide", "within this lower cost range", nd, O, "", "body",
  "'The annual report said although the board had agreed ... it was “...”.' (NHS Direct's annual report ('In its annual report for 2012-13'); built into the writer's sentence; “financially unsustainable” in the lead has 2 words)", "fragment"),
 ("It is clear from the work done so far", "within the agreed cost envelope,", nd, O, "", "body",
  "'“...,” the report said.' (NHS Direct's annual report)", "description"),
 ("The ongoing discussions [with commissioners]", "from the 111 contracts.", nd, O, "", "body",
  "the next paragraph, a quote with no attribution of its own, closed (the bracketed insertion is inside the quote)", "continuation"),
 ("to agree whether the trust can continue", "running these services", nd, O, "", "body",
  "'The report said further discussions would be required “...”.' (built into the writer's sentence)", "fragment"),
 ("We will continue to provide a safe and reliable NHS 111 service", "can be made by commissioners.", nc, P, "chief executive", "body",
  "'Mr Chapman said: “...' (named 'chief executive Nick Chapman' above; left open)", "said-before"),
 ("Whatever the outcome of the discussions on the future", "the central focus of our", nc, P, "chief executive", "body",
  "next paragraph of his quote; cut off by the end of the excerpt (the trailing space is outside)", "continuation"),
])

off = "Officials"
f("nhs-direct-quits-two-111-contracts.txt", [
 ("NHS Direct has no option but to exit from the contract.", None, off, D, "", "body",
  "'In a letter to local health bosses in the two regions, officials said that: \"...' (unnamed officials; the letter speaks for NHS Direct ('we have established ...') but the text never says whose officials they are; \"financially unsustainable\" above has 2 words; left open)", "said-before"),
 ("The reason for this is that since the launch", "in fact, financially unsustainable.", off, D, "", "body",
  "next paragraph of the letter's words, closed", "continuation"),
 ("In close discussions with Cornwall and the Isles of Scilly", "and NHS Direct will ex", nc, P, "chief executive of NHS Direct", "body",
  "'Nick Chapman, chief executive of NHS Direct, said: \"...' (\"problematic\" and \"disastrous\" above have 1 word; cut off mid-word by the end of the excerpt)", "said-before"),
])

f("nhs-direct-to-close.txt", [
 ("but to withdraw from the contracts", None, nc, P, "NHS Direct chief executive", "body",
  "'NHS Direct chief executive Nick Chapman told HSJ it had had no option “...” as “...”.' (built into the writer's sentence)", "fragment"),
 ("understandably, commissioners were not willing to increase the contracted sums", None, nc, P, "NHS Direct chief executive", "body",
  "the second quote of the same sentence, built into the writer's sentence", "fragment"),
 ("As a result we are now progressing with the TDA", "process of closing the trust,", nc, P, "NHS Direct chief executive", "body",
  "'“...,” he said.' (he = Nick Chapman, the subject of the paragraphs before; “step in providers” below has 3 words)", "pronoun"),
])

f("nhs-in-crisis-figures-show-four-in-10-hospitals-declared-major-alert.txt", [
 ("We always see increased pressures in the NHS", "to ensure that winter-prepar", "Theresa May", P, "Prime Minister", "body",
  "a quote paragraph with no attribution of its own straight after 'At a Downing Street media conference, Prime Minister Theresa May acknowledged the NHS as under pressure.' (reported speech; 'major alert' and \"level 4\" above have 2 words); cut off mid-word by the end of the excerpt", "continuation"),
])

cco = "Chris Cobb"; cco_r = "director of medicine and emergency services at Norfolk and Norwich University Hospital"
f("norfolk-norwich-hospital-fined-over-24-000-for-failing-to.txt", [
 ("A combination of more ambulances and patients being sicker", "busiest on a daily basis.", cco, P, cco_r, "body",
  "'Chris Cobb, director of medicine and emergency services at the hospital, said: '...'' (the hospital = Norfolk and Norwich University Hospital; straight single marks)", "said-before"),
 ("The expansion has been carefully planned", "an urgent care centre.", cco, P, cco_r, "body",
  "'Speaking about the plans, Mr Cobb added: '...'' ('intolerable' below, the ambulance chief's, has 1 word)", "said-before"),
])

f("patients-dying-in-hospital-corridors.txt", [
 ("There was no dignity – it w", None, "unclear", U, "", "body",
  "crosshead quote cut off mid-word by the end of the excerpt, 7 tokens with the dash; no speaker before the cut and the words are in no other quotation (the headline's ‘dying in hospital corridors’, “intolerable”, “watershed moment” and “significant pressure” have 1-4 words; the letter's bullet points have no marks)", "other"),
])

pc = "Dr Peter Carter"; pc_r = "RCN Chief Executive & General Secretary"
f("patients-treated-on-corridors-and-waiting-hours-for-treatment-rcn.txt", [
 ("This survey paints a worrying picture", "back to the days of treating", pc, P, pc_r, "body",
  "'RCN Chief Executive & General Secretary, Dr Peter Carter, said:' on its own line above the quote (left open; cut off by the end of the excerpt, the trailing space is outside)", "said-before"),
])

mmg = "Murray MacGregor"; mmg_r = "a spokesman for the West Midlands Ambulance Service"
f("shrewsbury-and-telford-hospital-fined-for-ambulance-handover-delays.txt", [
 ("If you go back to the end of March", "35 ambulances not being used,", mmg, P, mmg_r, "body",
  "'\"...,\" he said.' (he = 'Murray MacGregor, a spokesman for the West Midlands Ambulance Service' of the paragraph before)", "pronoun"),
 ("Now what we lose is 20 to 30 hours per day.", "when the data comes out.", mmg, P, mmg_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("If you look at the level of delays", "is now very small.", mmg, P, mmg_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("That is testament to the hard work of hospitals.", None, mmg, P, mmg_r, "body",
  "next paragraph of his quote, closed (the next line 'Peter Herring, ' is cut off before any words of his)", "continuation"),
])

pth = "Philip Thomas-Hands"
wm = "A West Midlands Ambulance Service spokesman"
f("trust-managing-walsall-manor-hospital-fined-500k-over-ambulance-waits.txt", [
 ("Across the whole country, ambulance attendances are increasing", "a good thing.", pth, P, "chief operating officer", "body",
  "'Philip Thomas-Hands, chief operating officer, said: \"...' ('handed over' above has 2 words; left open)", "said-before"),
 ("People are a lot more aware of the signs", "attendances there increase too.", pth, P, "chief operating officer", "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("We will be working with our ambulance colleagues", "in the summer months.", pth, P, "chief operating officer", "body",
  "next paragraph of his quote, closed", "continuation"),
 ("Every time one of our crews is delayed", "puts patients at risk.", wm, D, "", "body",
  "'A West Midlands Ambulance Service spokesman said: \"...\"' (unnamed)", "said-before"),
])

chop = "Chris Hopson"; chop_r = "NHS Providers chief executive"
f("trusts-raise-concerns-over-lack-of-winter-preparations.txt", [
 ("mustn’t lose sight of how difficult this winter is likely to be", None, chop, P, chop_r, "standfirst",
  "standfirst bullet 'Trust chiefs warn system leaders “...” as winter funding hopes fade': a plural group's fragment whose very same words recur in Chris Hopson's full quotation below ('... we mustn’t lose sight of how difficult this winter is likely to be.'), so it is his (the heldout3 rule)", "fragment"),
 ("preparations for winter have in fact been in place for some time", None, "NHSI", O, "", "standfirst",
  "standfirst bullet 'NHSI says “...”' (a whole clause after 'says'; the body names NHSI only by its initials)", "said-before"),
 ("Given current workforce and demand pressures", "they are concerned,", chop, P, chop_r, "body",
  "'“...,” NHS Providers chief executive Chris Hopson told HSJ.'", "said-after"),
 ("Whilst national leaders are understandably focusing", "this winter is likely to be.", chop, P, chop_r, "body",
  "'He also warned: “...”' (he = Chris Hopson)", "pronoun"),
 ("There is nothing to suggest winter will be any different", "than it was last year", "An acute trust chief executive", D, "", "body",
  "'An acute trust chief executive told HSJ: “...”.' (unnamed, 'The source'; his “will do bugger all” in the same paragraph has 4 words)", "said-before"),
 ("If the NHS is to be the learning organisation", "as soon as possible,", chop, P, chop_r, "body",
  "'“...,” Mr Hopson added.'", "said-after"),
])

mg = "May Gurney"
rb = "Reginald Brown"
f("unblocking-beds-one-hospitals-efforts-get-patients-home.txt", [
 ("I don’t know why I have to stay here.", "you want to get home.", mg, P, "", "caption",
  "image caption line 'May Gurney, 97, in Ipswich hospital. ‘...’' (age and place are not a role; apostrophes inside the words are not marks)", "caption"),
 ("I don’t know why I have to stay here.", "you want to get home.", mg, P, "", "caption",
  "the same caption printed a second time, with a photo credit after it", "caption"),
 ("I don’t know why I have to stay here.", "you want to get home.", mg, P, "", "caption",
  "the same caption printed a third time, with a photo credit after it", "caption"),
 ("You can talk to me, but I’m about to go home,", None, rb, P, "", "body",
  "'“...,” he says happily.' (he = 'Reginald Brown, 86', the subject of the sentence before)", "pronoun"),
 ("No. I was only in here a few days,", None, rb, P, "", "body",
  "'“...,” he says.' (he = Brown, the subject of the paragraph before; “bed-blocker” there has 1 word)", "pronoun"),
 ("It was just the backlog of Christmas and new year", "people who needed care,", "Jan Watling", P, "Brown’s daughter", "body",
  "'“...,” says Brown’s daughter, Jan Watling.' (“delayed transfer of care” in the paragraph before has 4 words)", "said-after"),
 ("If you’re going to fall, pick your time.", None, "Jan Watling", P, "Brown’s daughter", "body",
  "second passage re-opened in the same paragraph after her attribution, closed", "continuation"),
])

kh = "Dr Katherine Henderson"; kh_r = "Royal College of Emergency Medicine president"
ns = "Dr Nick Scriven"
jc = "Jeremy Corbyn"
ja = "Professor John Appleby"; ja_r = "Nuffield Trust think-tank chief economist"
jas = "Jonathan Ashworth"; jas_r = "Shadow Health Secretary"
f("waiting-times-at-imploding-a-e-departments-are-killing-patients-top-doc-warns.txt", [
 ("A crowded department is an unsafe department.", None, kh, P, kh_r, "body",
  "'Royal College of Emergency Medicine president Dr Katherine Henderson said: “...' (“imploding” above has 1 word; left open)", "said-before"),
 ("We believe crowding in an emergency department", "effect on mortality.", kh, P, kh_r, "body",
  "next paragraph of her quote, opened straight and closed curly", "continuation"),
 ("These figures are truly worrying", "winter period yet.", ns, P, "of the Society of Acute Medicine", "body",
  "'Dr Nick Scriven of the Society of Acute Medicine added: “...”' (the nested ‘traditional’ has 1 word)", "said-before"),
 ("That’s one in five of everyone accessing", "lack of funding for it.", jc, P, "", "body",
  "'He said: “...”' (he = Jeremy Corbyn, who 'branded the waiting time figures “disgraceful”' in the paragraph before; the caption line between them, 'Doctors warn out A&E departments are \"imploding\"', names no person; no role in the text)", "pronoun"),
 ("These figures show the next government", "bleakest winters in the NHS’s history.", ja, P, ja_r, "body",
  "'He added: “...' (he = 'Nuffield Trust think-tank chief economist Professor John Appleby', who 'said he fears things will only get worse' in the paragraph before; left open)", "pronoun"),
 ("If this trend keeps going", "stuck on trolleys this coming January.", ja, P, ja_r, "body",
  "next paragraph of his quote, closed", "continuation"),
 ("The Conservatives have ushered in the worst NHS crisis on record.", None, jas, P, jas_r, "body",
  "'Shadow Health Secretary Jonathan Ashworth said: “...' (left open)", "said-before"),
 ("Under Boris Johnson the NHS is in crisis", "abject misery for patients.", jas, P, jas_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("The Tories spent a decade cu", None, jas, P, jas_r, "body",
  "a quote paragraph after a caption line, a 'Read More' line and a link line that follow his open quote, cut off mid-word by the end of the excerpt (6 tokens); it continues his open quote (the earlier sets' rule for quote paragraphs after image-caption lines; the caption lines' \"imploding\" and \"disgraceful\" have 1 word)", "continuation"),
])

f("west-topic-nhs-111.txt", [
 ("Harmoni has given Channel 4 and Dispatches a detailed response", "actually performing.", "Harmoni", O, "", "body",
  "the last paragraph of the company's statement under the heading 'NHS 111 provider Harmoni statement' ('You can read the company's full statement here.'), with only a closing mark, and the line '– Harmoni press office.' below it; the statement's earlier paragraphs have no marks and are not labelled", "name-role-line"),
 ("Given the new commissioning arrangements", "robust for the future.", "Claire Perry", P, "Conservative MP for Devizes", "body",
  "the last paragraph of her statement under the heading 'Statement from Devizes MP Claire Perry', with only a closing mark, and the line '– Claire Perry, Conservative MP for Devizes.' below it; the statement's earlier paragraphs have no marks and are not labelled", "name-role-line"),
])

f("wiltshire-s-nhs-111-call-centre-featured-in-a-channel-4-dispatches-expose.txt", [
 ("…we are disappointed that the NHS 111 service", "North East Somerset we expect", "Wiltshire and BANES CCGs", O, "", "body",
  "'It states “...”.' (it = the 'strong statement' that 'Wiltshire and BANES CCGs have put out', the sentence before; the leading ellipsis is inside the quote; (‘NHS Undercover’), ‘financially unsustainable’, ‘call handlers’ and ‘Health Advisors’ have 2 words)", "pronoun"),
])

label_table.build(R, prefix="AB", split="heldout27", out="eval/quotes/heldout27.jsonl")
