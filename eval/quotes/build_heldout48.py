"""Build heldout48.jsonl (the forty-eighth held-out attribution set, over eval/corpus53) from
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

Run:  python3 eval/quotes/build_heldout48.py   (writes eval/quotes/heldout48.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus53/")

# ---------------------------------------------------------------------------
cw = "Colin Wilby"; cw_r = "senior independent director"
f("bosses-of-failing-medway-hospital-resign.txt", [
 ("I would like to thank Mark and Denise", "dedication and integrity,", cw, P, cw_r, "body",
  "'\"...,\" said Colin Wilby, its senior independent director.' (its = Medway NHS Foundation Trust's)", "said-after"),
 ("Their commitment to public service", "success in the future.", cw, P, cw_r, "body",
  "next paragraph, a quote with no attribution of its own straight after his", "continuation"),
 ("I think they are doing good work", "been fast enough,", "Mark Reckless", P, "Conservative MP for Rochester and Strood", "body",
  "'Mark Reckless, Conservative MP for Rochester and Strood, said the hospital had appointed ...' then '\"...,\" he said.' (he = Reckless, the only man named in the paragraph before)", "pronoun"),
])

rg = "Ray Gray"; rg_r = "Unison regional organiser"
f("bullying-culture-trust-must-be-tackled.txt", [
 ("We have been saying bullying", "really don’t know.", rg, P, rg_r, "body",
  "'Unison regional organiser Ray Gray said: “...' (left open; the headline's ‘Bullying culture’, “bullying culture”, “requiring improvement” and “across all areas” have 2-3 words)", "said-before"),
 ("Staff need to feel valued", "to meet targets.", rg, P, rg_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Part of that value is paying them", "the job they do.", rg, P, rg_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We don’t want it to go wrong again.", "or patients.", "Coun Colin Inglis", P, "Chair of the Health and Well Being Board", "body",
  "'Coun Colin Inglis, Chair of the Health and Well Being Board, said the local authority wanted ...' then 'Coun Inglis said: “...”'", "said-before"),
])

da = "David Allen"
f("chief-executive-suspended.txt", [
 ("The situation has moved on considerably", "the process has concluded.", da, P, "", "body",
  "'Speaking on behalf of the non-executive directors, David Allen said: “...”' (no role of his own is given; 'speaking on behalf of' is not a role)", "said-before"),
 ("I would like to remind our patients", "care for our patients.", da, P, "", "body",
  "the next paragraph, a quote with no attribution of its own after his (the release ends here)", "continuation"),
])

gc = "Dr Gordon Coutts"; gc_r = "chief executive at the Colchester Hospital University NHS Foundation Trust"
mr = "Professor Sir Mike Richards"; mr_r = "chief inspector of hospitals"
f("colchester-general-hospital-police-probe-cancer-treatment.txt", [
 ("due to the serious failings identified", None, "Care Quality Commission", O, "", "body",
  "'The findings were reported to police \"...\", it added.' (it = the Care Quality Commission (CQC), 'the CQC said' ending the paragraph before; built into the writer's sentence; the caption's ''letting patients down'', \"pressured or bullied\", \"Inaccuracies\" and \"criminal investigation\" have 1-3 words)", "fragment"),
 ("Such a situation is unprecedented in the NHS", "complacent to do so.", "unclear", U, "", "pull quote",
  "a pull quote between 'Start Quote' and 'End Quote' with only a closing mark; no name line follows 'End Quote' and no one in the excerpt is given these words", "other"),
 ("We are truly sorry that in some cases", "expected from our trust.", gc, P, gc_r, "body",
  "'Dr Gordon Coutts, chief executive at the Colchester Hospital University NHS Foundation Trust, said: \"...\"'", "said-before"),
 ("It's serious that patients have had", "delayed", mr, P, mr_r, "caption",
  "caption line 'Prof Sir Mike Richards: ''...''' (doubled straight single marks; named 'Professor Sir Mike Richards, chief inspector of hospitals' in the paragraph above)", "caption"),
 ("It is shocking to think that", "waiting-time figures.", mr, P, mr_r, "body",
  "'He said: \"...\"' (he = Sir Mike Richards, named in the paragraph before the caption)", "pronoun"),
])

mb = "Mike Baker"; mb_r = "Finance director"
f("colchester-hospital-director-resigned-over-cancer-scandal.txt", [
 ("I was planning to retire", "and I resigned.", mb, P, mb_r, "body",
  "'Mr Baker told the BBC: \"...' (named 'Finance director Mike Baker' above; left open; the crosshead 'Manipulate waiting list' has 3 words)", "said-before"),
 ("I am disappointed that I had to leave", "let my people down.", mb, P, mb_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("She said it was a joke at the hospital.", "back on again.", "Jon Campbell-Vencarto", P, "", "body",
  "'Speaking of talking to the nurse he made the complaint to, Mr Campbell-Vencarto said: \"...\"' (named 'Jon Campbell-Vencarto, who had suspected cancer' above; the nurse's words are reported inside his own)", "said-before"),
])

shb = "Southern Health’s board"
f("former-southern-health-boss-katrina-percy-quits.txt", [
 ("no longer possible for her to continue", None, shb, O, "", "body",
  "'The Trust’s board said public feedback had led it to decide it was “...”.' (the trust = Southern Health NHS trust; the same body is 'Southern Health’s board' below; built into the writer's sentence; “great sadness” has 2 words)", "fragment"),
 ("leave the trust with immediate effect and seek other opportunities", None, "Katrina Percy", P, "", "body",
  "'The public response, she said, had caused her to reflect and decide to “...”.' (she = Ms Percy; built into the writer's sentence; 'The former head of troubled Southern Health NHS trust' is the lead's description and she holds an advisory role the page does not name as hers by title)", "fragment"),
 ("finite role for a 12-month period", None, "The interim chairman of the trust", D, "", "body",
  "'The interim chairman of the trust admitted to BBC News at the time ... but said it was a “...”.' (not named; built into the writer's sentence; “sooner rather than later”, “important work” and “media attention” have 2-4 words)", "fragment"),
 ("received correspondence from the public", "expressing their concerns", shb, O, "", "body",
  "'Southern Health’s board said it had “...”.' (built into the writer's sentence)", "fragment"),
 ("Both the Trust and NHS Improvement believe", "new advisory role,", shb, O, "", "body",
  "'“...,” it said.' (it = Southern Health’s board, the subject of the paragraph before)", "pronoun"),
 ("Katrina shares this view", "pursue other opportunities.", shb, O, "", "body",
  "next paragraph, a quote with no attribution of its own that continues the board's statement", "continuation"),
])

f("further-calls-for-health-bosses-to-resign.txt", [
 ("That in light of the unanimous vote", "aware of this action.", "", N, "", "body",
  "'It states “...' (it = the notice of motion Eastbourne Borough Council is to discuss, 'due to be moved by council leader David Tutt and seconded by Colin Murdoch'): the wording of a motion not yet voted on, which the page does not give as anyone's speech; the nested \"no confidence\" has 2 words; “honourable”, “worrying disconnect” and “dictatorship” have 1-2 words", "other"),
 ("We also call upon the individuals concerned", "resigning their p", "", N, "", "body",
  "next paragraph of the motion's wording; cut off mid-word by the end of the excerpt", "other"),
])

tc = "Therese Coffey"; tc_r = "Suffolk Coastal MP"
f("gps-have-lost-confidence-in-norfolk-hospital-s-leadership.txt", [
 ("we have another Mid Staffs on our hands", None, "GPs in Great Yarmouth and Waveney", D, "", "body",
  "'read from a 'whistleblowing' letter she had been sent by GPs in Great Yarmouth and Waveney, in which they pleaded for intervention before '...'.' (their letter; built into the writer's sentence; the headline's 'lost confidence' has 2 words)", "fragment"),
 ("The third inspection has taken place.", "positive noises so far.", tc, P, tc_r, "body",
  "'Suffolk Coastal MP Therese Coffey used the debate ...' then 'Dr Coffey said: '...''", "said-before"),
 ("In particular, I do think that the chairman", "considering his position.", tc, P, tc_r, "body",
  "'She added: '...' (she = Dr Coffey; left open)", "pronoun"),
 ("I appreciate that the financial risk", "the key is patient care.", tc, P, tc_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("So while, the chairman has provided useful leadership", "possibility of a third,", tc, P, tc_r, "body",
  "next paragraph of her quote, up to a second opening mark part-way through the paragraph", "continuation"),
 ("I think it is time he steps aside", "come forward.", tc, P, tc_r, "body",
  "the passage re-opened with a second opening mark in the same paragraph, closed", "continuation"),
 ("As reported in the local medi", None, "A spokesman for the James Paget University Hospital", D, "", "body",
  "'A spokesman for the James Paget University Hospital said: '...' (not named; cut off mid-word by the end of the excerpt after 5 tokens)", "said-before"),
])

pw = "Peter Wheatley"; pw_r = "the portfolio holder for health, wellbeing and adult social care"
f("grimsby-hospital-boss-karen-jackson-renewed-pressure.txt", [
 ("acknowledge the failings of the trust", None, "", N, "", "body",
  "'It \"deplored\" the £25,000 pay increase ..., and criticised the \"reluctance\" of Dr Whittingham to \"...\".' (it = the council's motion, 'proposed by Peter Wheatley ... and Mick Burnett'): the motion's wording, which the page does not give as anyone's speech; \"witch hunt\", \"rudderless ship\", \"demonstrating significant improvement.\", \"deplored\" and \"reluctance\" have 1-3 words", "other"),
 ("How can the public have confidence", "can the populatio", pw, P, pw_r, "body",
  "'Councillor Wheatley, the portfolio holder for health, wellbeing and adult social care, said: \"...' (named 'Peter Wheatley (Lab, Yarborough)' above; cut off mid-word by the end of the excerpt)", "said-before"),
])

jce = "The two chief executives of the hospital Trusts, Lance McCarthy and Stephen Graves"
f("hinchingbrooke-and-peterborough-hospital-trusts-agree-resolution-to-merge.txt", [
 ("Our board members have given careful consideration", "clinical benefits of merging.", jce, D, "", "body",
  "'In a joint statement, the two chief executives of the hospital Trusts, Lance McCarthy of Hinchingbrooke Health Care NHS Trust, and Stephen Graves, of Peterborough and Stamford Hospitals NHS Foundation Trust, said: “...' (a joint statement of two named people, so a description speaker; left open)", "said-before"),
 ("We also recognise that in bringing", "best of both organ", jce, D, "", "body",
  "next paragraph of the joint statement; cut off mid-word by the end of the excerpt", "continuation"),
])

f("hinchingbrooke-hospital-recommend-full-merger-with-peterborough-at-packed-meeting.txt", [
 ("The driving force behind this has always been", "go ahead with a full merger.", "Jonathan Djanogly", P, "Hunting MP", "body",
  "'Hunting MP, Jonathan Djanogly, who handed in a petition ..., said after the meeting that he still had doubts about the financial case for merger.' then this quote paragraph with no attribution of its own (role printed 'Hunting MP')", "continuation"),
 ("We don’t want to be a little voice", "an outstanding service,", "an audience member from the Hinchingbrooke midwifery team", D, "", "body",
  "'“...,” said an audience member from the Hinchingbrooke midwifery team.”' (not named; a stray closing mark ends the paragraph)", "said-after"),
])

mh = "Mike Higgins"; mh_r = "Former deputy chair"
f("hospital-trust-chairman-resigns-after-two-days.txt", [
 ("to offer stability and focus", None, mh, P, mh_r, "body",
  "'On his appointment as chair of the acute trust, Higgins said he hoped “...”.' (named 'Former deputy chair Mike Higgins' above; built into the writer's sentence; “impossible” and “a disorganised shambles” have 1-3 words)", "fragment"),
 ("The non-executive board members want to understand", "the previous chairman.", mh, P, mh_r, "body",
  "'However, two days later he was explaining his own resignation: “...' (he = Higgins; left open)", "pronoun"),
 ("While this was agreed to", "timeline of events.", mh, P, mh_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("the leadership it needs as quickly as possible", None, "NHS Trust Development Authority", O, "", "body",
  "'It added that it would work with the trust to provide “...” in order to ...' (it = The NHS Trust Development Authority (TDA), the subject of the paragraph before; built into the writer's sentence)", "fragment"),
 ("What the staff want to be doing", "top of the organisation.", "Stuart Roden", P, "of Unison", "body",
  "'Stuart Roden of Unison commented: “...”'", "said-before"),
])

ab = "Adrian Baker"; ab_r = "GMB regional organiser"
jp = "Julie Pennycook"; jp_r = "director of human resources and organisational development at Isle of Wight NHS Trust"
f("isle-of-wight-police-called-and-trade-union-representatives-escorted-off-st-marys-hospital-site.txt", [
 ("Staff are still feeling the pressure", "on-going basis.", ab, P, ab_r, "body",
  "'GMB regional organiser Adrian Baker said: “...' (left open; the trust's ‘assertive approach’ above has 2 words)", "said-before"),
 ("Bullying is endemic and growing", "help and step in.", ab, P, ab_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Unfortunately for them they’ve picked", "bullying tactics with.", ab, P, ab_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We make facilities available", "terms and conditions.", jp, P, jp_r, "body",
  "'Julie Pennycook, director of human resources and organisational development at Isle of Wight NHS Trust said: “...' (left open)", "said-before"),
 ("With our support they hold awareness", "activities around trus", jp, P, jp_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

rev_c = "The review conducted by the law firm Capsticks"
f("liverpool-community-heath-nhs-trust-had-oppressive-culture.txt", [
 ("culture of bullying and harassment of staff", None, rev_c, D, "", "caption",
  "caption line 'A \"...\" was present at Liverpool Community Health NHS Trust, a report found' (the report is the review the body describes, 'conducted by the law firm Capsticks at the request of the trust'; built into the caption's sentence; the headline's 'had oppressive culture' has 3 words)", "fragment"),
 ("sorry that these issues went unchecked", "for so long", "Liverpool Community Health NHS Trust", O, "", "body",
  "'The trust said it was \"...\" but it was now making improvements.' (the trust = Liverpool Community Health NHS Trust; built into the writer's sentence; \"oppressive\" and \"failures at multiple levels\" have 1-4 words)", "fragment"),
 ("We can confirm that we are investigating", "allegations of misconduct.", "Jackie Smith", P, "chief executive and registrar at the Nursing and Midwifery Council", "body",
  "'Jackie Smith, chief executive and registrar at the Nursing and Midwifery Council, said: \"...\"'", "said-before"),
 ("a culture of bullying and harassment of staff", None, rev_c, D, "", "body",
  "'The review, conducted by the law firm Capsticks at the request of the trust, found cost-cutting efforts led to \"...\" and pressures ...' (built into the writer's sentence; the crosshead's 'hostage' and \"hostage\" below have 1 word)", "fragment"),
 ("analyse properly the worrying comments of its own staff", None, rev_c, D, "", "body",
  "bullet under 'Other findings included:' (the review's): 'Board's failure to \"...\"' (built into the bullet's phrase)", "fragment"),
 ("A lack of clear management and leadership", None, rev_c, D, "", "body",
  "bullet under 'Other findings included:' (the review's), built into the bullet's phrase", "fragment"),
 ("properly understand deaths in custody", "part to those deaths", rev_c, D, "", "body",
  "same bullet: 'including a failure to \"...\"' (built into the bullet's phrase)", "fragment"),
 ("Two years ago, as we t", None, "Sue Page", P, "chief executive at the trust", "body",
  "'Sue Page, chief executive at the trust since April 2014, said: \"...' (cut off mid-word by the end of the excerpt after 6 tokens)", "said-before"),
])

rt1 = "A review team sent into the trust by Monitor"; rt2 = "A second team sent into the trust by Monitor"
f("monitor-intervenes-to-replace-chair-at-underperforming-trust.txt", [
 ("below the standard that we would expect", "NHS foundation trust", rt1, D, "", "body",
  "'The intervention came after a review team sent into the trust by Monitor in November 2011 reported that governance was “inadequate” and “...”.' (built into the writer's sentence)", "fragment"),
 ("significant risks for the safety of mothers and babies", None, rt2, D, "", "body",
  "'A second team, sent in at the same time, concluded there were still “...” at the trust’s Furness General Hospital' (built into the writer's sentence)", "fragment"),
 ("Senior nurses and managers are aware", "appear to be in place,", rt2, D, "", "body",
  "'The review concluded it was impossible for nurses to take breaks at the six-cot neonatal unit ... “...,” it said.' (it = the review of the second team, on maternity care at Furness General)", "pronoun"),
 ("Many staff cited the unsuccessful merger", "which persist to date,", "Monitor", O, "", "body",
  "'“...,” it said in a letter to the trust.' (it = the regulator (Monitor), the subject of the paragraph before; “serious clinical problem” above has 3 words)", "pronoun"),
 ("The board lacks the skills", "culture of the organisation,", "Monitor", O, "", "body",
  "next paragraph of the regulator's letter; cut off by the end of the excerpt", "continuation"),
])

th = "Tony Halsall"
f("morecambe-bay-hospitals-trust-under-fire-gps-baby-death-dad-and-hundreds-of-patients-join-call-for-change.txt", [
 ("The public expect us to say we’re sorry", "see us walk away.", th, P, "chief executive of the University Hospitals of Morecambe Bay NHS Trust", "body",
  "'He said: “...”' (he = the Trust’s top man, Tony Halsall, 'chief executive of the University Hospitals of Morecambe Bay NHS Trust'; his ‘very uncomfortable’ above has 2 words)", "pronoun"),
 ("It’s about time they acknowledged", "seriously failed,", "David Earnshaw", P, "Ambleside GP and trust governor", "body",
  "'Ambleside GP and trust governor David Earnshaw demanded board resignations.' then '“...,” he said.'", "pronoun"),
 ("Subsequent failures of the trust", "mothers and babies at risk.", "James Titcombe", P, "", "body",
  "'Dalton dad James Titcombe said: “...”' ('the father of baby Joshua Titcombe'; 'Dalton dad' is a description, not a role)", "said-before"),
])

ids = "Iain Duncan Smith"
f("mp-to-press-whipps-cross-boss-on-damning-report.txt", [
 ("The findings of this report reinforce", "last couple of years.", ids, P, "", "body",
  "'The Chingford and Woodford Green has met with senior managers, including CEO Peter Morris, ...' then 'He said: \"...' (he = the subject, Iain Duncan Smith, named in the lead as the one vowing to \"press\" the chief executive, not Peter Morris in the apposition; the page gives him no role in words; left open)", "pronoun"),
 ("I will be meeting the chief executive on Friday", "findings in the report.", ids, P, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("On a separate note, I have also long been concerned", "a couple of weeks ago about this.", ids, P, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("I have also raised the matter of the deficit", "the Health Secretary.", ids, P, "", "body", "next paragraph of his quote, closed", "continuation"),
])

f("nepotism-tribunal-nhs-trust-suppressed-report.txt", [
 ("damages the reputation of the trust, for which I am truly sorry", None, "Peter Hildrew", P, "Trust chairman", "body",
  "'Trust chairman Peter Hildrew has resigned with immediate effect.' then 'He said the tribunal's ruling \"...\".' (built into the writer's sentence; \"dishonestly\", \"clear victory\", \"inconsistent\", \"nepotism and favouritism\", the crosshead 'Bullied, threatened and intimidated' and \"catastrophic\" have 1-3 words)", "fragment"),
 ("simply incredible and plainly wrong", None, "Nick Roper", P, "Tribunal panel judge", "body",
  "'Tribunal panel judge Nick Roper said Dr Vasco-Knight's evidence was \"inconsistent\" while the foundation trust chairman Peter Hildrew's evidence was \"...\".' (built into the writer's sentence)", "fragment"),
])

rn = "Ramon Niekrash"; rn_r = "a surgeon at Queen Elizabeth Hospital in Woolwich, south London"
sc = "Sharmila Chowdhury"
f("nhs-suspended-whistle-blowers-in-london.txt", [
 ("The concerns related to staffing levels", None, rn, P, rn_r, "body",
  "'\"...\" and the number of clinical nurse specialists for cancer, he said.' (he = Ramon Niekrash, introduced in the paragraph before; the quote carries on into the writer's clause; \"adequate\" and \"safe\" have 1 word)", "fragment"),
 ("I was escorted to the chief executive's room,", None, rn, P, rn_r, "body",
  "'\"...,\" he said' (he = Niekrash)", "pronoun"),
 ("They basically said that a number of concerns", "to be suspended.", rn, P, rn_r, "body",
  "next paragraph, a quote with no attribution of its own straight after his", "continuation"),
 ("We believe that the process of events", "would not happen now.", "The South London NHS Trust", O, "", "body",
  "'The South London NHS Trust said: \"...' (left open)", "said-before"),
 ("We are working with clinicians", "correct problems.", "The South London NHS Trust", O, "", "body",
  "next paragraph of the trust's statement, closed", "continuation"),
 ("My main role was to manage the budge", None, sc, P, "Radiologist", "body",
  "a quote paragraph with no attribution of its own, cut off mid-word by the end of the excerpt, directly after 'Radiologist Sharmila Chowdhury was the imaging services manager ...' and 'She claimed to have discovered what she believed were \"anomalies\" ...' (her reported speech; the crosshead 'Stunned and humiliated' and \"marched off the premises\" have 3 words)", "continuation"),
])

dr = "The independent review of board governance by Deloitte"
f("nhs-trust-board-dysfunctional.txt", [
 ("be addressed as a matter of priority", None, dr, D, "", "body",
  "'Some directors at Rotherham Hospital engaged in “inappropriate conduct” that was required to “...” with the report also stating ...' (the report = the 'Independent review of board governance by Deloitte' of the headline line, 'a formal review'; built into the writer's sentence; “dysfunctional”, “ineffective”, “severely fractured” and “inappropriate conduct” have 1-2 words)", "fragment"),
 ("having a detrimental impact on the health of the Trust", "taken immediately.", dr, D, "", "body",
  "'with the report also stating the chaos was “...”' (built into the writer's sentence)", "fragment"),
 ("behaving irascibly, indiscreetly, impulsively and surreptitiously", None, "unclear", U, "", "body",
  "'The review was told some non-executive directors (NEDs) were “...”' (words put to the review by people the text does not name; “feeling intimidated” has 2 words)", "other"),
 ("kicked a chair and banged their fist on the table.", None, "unclear", U, "", "body",
  "'During one meeting the NED was said to have “...”' (said by someone the text does not name)", "other"),
 ("The Trust Board is dysfunctional and ineffective", None, dr, D, "", "body",
  "'Drawing on interviews with directors, staff surveys and observing board meetings, it concluded: “...”.' (it = the report, the subject of the paragraph before)", "pronoun"),
 ("Relationships at Board-level are severely fractured", "urgently refreshed.", dr, D, "", "body",
  "next paragraph, a quote with no attribution of its own that continues the report's conclusion (“Th after 'One director told the review:' has 1 token)", "continuation"),
])

lrr = "The Liverpool Community Health Services Review Report"
f("nurses-bullied-and-harassed-at-trust-obsessed-with-ft-status.txt", [
 ("Staff were overstretched, demoralised and, in some instances, bullied", None, lrr, D, "", "pull quote",
  "pull quote line followed by the name line 'Review report' (the report named in full below as 'the Liverpool Community Health Services Review Report'; no author in the excerpt, so a description speaker; “dysfunctional” and “from scratch” above have 1-2 words)", "name-role-line"),
 ("The trust not only failed in its duty", "for too long as a result,", lrr, D, "", "body",
  "'“...,” it said.' (it = the independent report, the subject of the lead and the paragraph above)", "pronoun"),
 ("Senior leadership and the board failed", "heed of the effects,", lrr, D, "", "body",
  "'“...,” said the Liverpool Community Health Services Review Report.' (“inexperienced” and “inadequate” above have 1 word)", "said-after"),
 ("Staff were overstretched, demoralised and, in some instances, bullied,", None, lrr, D, "", "body",
  "'“...,” it said.' (it = the report)", "pronoun"),
 ("Significant unnecessary harm occurred to patients.", None, lrr, D, "", "body",
  "a second quoted sentence after 'it said.' in the same paragraph", "continuation"),
])

sdh = "South Devon Healthcare Foundation Trust"
f("paula-vasco-knight-resigns.txt", [
 ("place on record that considerable success", "Vasco Knight’s tenure", sdh, O, "", "body",
  "'In a statement the trust said it wished to “...”' (the trust = South Devon Healthcare Foundation Trust of the lead; built into the writer's sentence)", "fragment"),
 ("unfortunate they had been overshadowed", None, sdh, O, "", "body",
  "'... and it was “...” by the Employment Tribunal Judgment.' (the same sentence of the trust's statement; built into the writer's sentence)", "fragment"),
 ("Dr Vasco-Knight asserts that an independent report", None, sdh, O, "", "body",
  "'It added that “notwithstanding” the tribunal’s judgment “...” commissioned prior to the tribunal “found no evidence” ...' (it = the trust's statement; built into the writer's sentence; “notwithstanding”, “found no evidence” and the bullet's ‘hid nepotism claim’ have 1-3 words)", "fragment"),
])

kr = "Dr Kanchan Rege"; kr_r = "medical director at PSHFT"
f("peterborough-stamford-and-hinchingbrooke-hospital-merger-agreed-promise-protect-services-and-save-millions.txt", [
 ("to protect services and save millions", None, "unclear", U, "", "headline",
  "headline quote opened with a garbled mark ('˜) and closed straight: 'merger agreed with promise '˜...''; the standfirst and body give the promise to no one by name (the boards, a medical director and a chief executive speak below)", "other"),
 ("We are going to need each other.", None, kr, P, kr_r, "body",
  "'The desperate need for change was highlighted on Tuesday by Dr Kanchan Rege, medical director at PSHFT, who said: “...' (left open; the newsletter lines follow)", "said-before"),
 ("Some services are clinically fragile.", "could not cover that.", kr, P, kr_r, "body", "next quote paragraph of hers after the newsletter lines (left open)", "continuation"),
 ("We would have to find locum agency staff.", "variable quality.", kr, P, kr_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("These challenges are going to come to us.", None, kr, P, kr_r, "body",
  "'But she warned: “...”' (she = Dr Rege, subject of the paragraph before)", "pronoun"),
 ("At some point there will be some friction.", "There will be two", "Stephen Graves", P, "PSHFT chief executive", "body",
  "'PSHFT chief executive Stephen Graves said: “...' (cut off by the end of the excerpt)", "said-before"),
])

f("second-proposed-ft-merger-under-competition-scrutiny.txt", [
 ("staff did not always feel they could raise concerns", None, "Care Quality Commission", O, "", "body",
  "'An unannounced inspection by the Care Quality Commission at Wexham Park Hospital ... found evidence of inadequate care, regular short staffing on “almost all wards”, and a culture where “...”.' (the regulator's inspection findings; built into the writer's sentence; “invitation to comment” and “almost all wards” have 3 words)", "fragment"),
 ("The CMA undertakes an objective", None, "Competition and Markets Authority", O, "", "body",
  "'The authority said in a statement:  “...' (the authority = The Competition and Markets Authority of the lead; cut off by the end of the excerpt after 5 tokens)", "said-before"),
])

sl = "Sean Lyons"; sl_r = "Chairman"
f("sherwood-forest-hospitals-nhs-trust-appoints-seventh-boss-in-four-years.txt", [
 ("It's no secret that the best performing trusts", "strong leadership.", sl, P, sl_r, "body",
  "'Chairman Sean Lyons said the trust now had the right person in place.' then, after the crosshead 'Not all bad' (3 words), 'Mr Lyons said: \"...' (left open; \"serious problems\" and \"extremely concerning\" above have 2 words)", "said-before"),
 ("The chief executive position is an exceptionally", "any NHS organisation.", sl, P, sl_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We believe we have found an exceptional", "Peter Herring.", sl, P, sl_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("shocking and a wake-up call for everybody", None, sl, P, sl_r, "body",
  "'Mr Lyons added that the CQC report was \"...\", but said ...' (built into the writer's sentence; \"best in class\" has 3 words)", "fragment"),
 ("We need an experienced, permanent CEO", "sadly lacking.", "Chris Mellor", P, "interim trust chairman", "body",
  "'At the time of Mr O'Connor's appointment, the then interim trust chairman Chris Mellor said: \"...\"' (\"alternative career options\" above has 3 words)", "said-before"),
])

sm = "Siobhan McArdle"; sm_r = "chief executive officer of the South Tees Hospitals Foundation"
cqc = "Care Quality Commission"
f("south-tees-health-trust-chief-executive-resigns.txt", [
 ("life is just too short", None, sm, P, sm_r, "body",
  "'The online Health Services Journal ... claimed in an article Ms McAardle told staff in an email the personal cost ... was too high and \"...\".' (her email, as the HSJ reported it; the surname misspelt here; built into the writer's sentence; \"too great a challenge\" above has 4 words)", "fragment"),
 ("very challenging financial and regulatory environment", None, sm, P, sm_r, "body",
  "'It said the CEO described the “...” as factors in her decision to leave' (the CEO = Ms McArdle; built into the writer's sentence; “underfunded and unsustainable” has 3 words)", "fragment"),
 ("Although there is always room for improvement", "requires improvement.", sm, P, sm_r, "body",
  "'It said the CEO described ... and adding: \"...”' (the CEO = Siobhan McArdle; opened straight and closed curly)", "description"),
 ("Staff were not reporting staffing shortages", "patients with an infection.", cqc, O, "", "body",
  "'The CQC said: “...”' (the Care Quality Commission, named in the lead; “harm occurred” above has 2 words)", "said-before"),
 ("were not visible, contactable or approachable", None, cqc, O, "", "body",
  "'The regulator said staff felt senior managers “...” and that morale was variable.' (the regulator = the CQC; built into the writer's sentence)", "fragment"),
 ("The board of directors, council of governors and I are sorry", "that Siobhan", "Alan Downey", P, "Chairman of the trust", "body",
  "'Chairman of the trust, Alan Downey said: \"...' (cut off by the end of the excerpt)", "said-before"),
])

f("souther-nhs-trust-katrina-percy-quits-keeps-salary.txt", [
 ("Under Katrina Percy’s watch", "not properly investigated.", "Norman Lamb", P, "Lib Dem health spokesman", "pull quote",
  "a quote set as its own paragraph and followed on the same line by its name-and-role line 'Lib Dem health spokesman, Norman Lamb' (“personal media attention” and “untenable” above have 1-3 words; “missed opport has 2 tokens)", "name-role-line"),
])

cg = "Christine Green"; pc = "Paul Connellan"
f("tameside-chief-executive-resigns.txt", [
 ("You will have all read the newspapers", "helpful to the organisation.", cg, P, "chief executive", "body",
  "'the foundation trust’s spokeswoman said chief executive Christine Green had tendered her resignation ...' then 'In a statement issued by the trust, Ms Green said: “...' (left open)", "said-before"),
 ("I believe that most who know me", "hand over the [reins].", cg, P, "chief executive", "body",
  "next paragraph of her quote, closed (bracketed insertion inside)", "continuation"),
 ("The Board would like to thank Christine", "365 days a year.", pc, P, "Trust chair", "body",
  "'Trust chair Paul Connellan said: “...' (left open)", "said-before"),
 ("At this time Christine and the Board felt", "success in the future.", pc, P, "Trust chair", "body", "next paragraph of his quote, closed", "continuation"),
 ("under close scrutiny within Monitor’s regulatory regime", "governance grounds", "Monitor", O, "", "body",
  "'A statement issued this afternoon by foundation trust regulator monitor said that Tameside had been “...”.' (built into the writer's sentence)", "fragment"),
 ("We have used our powers to secure legal undertakings", "deficit, and", "Monitor", O, "", "body",
  "'It added: “...' (it = Monitor's statement; cut off by the end of the excerpt)", "pronoun"),
])

tda = "NHS Trust Development Authority"; tdp = "The paper presented to the TDA board last week"
f("tda-broadens-support-for-challenged-trusts.txt", [
 ("broadening [its] support for challenged trusts", None, tda, O, "", "body",
  "'The regulatory body for non-foundation trusts ... said in board papers it is “...”.' (the body = The NHS Trust Development Authority of the lead; built into the writer's sentence; bracketed insertion inside)", "fragment"),
 ("a range of quality and leadership challenges", None, "unclear", U, "", "body",
  "'Improvement directors have been sent to Worcestershire Acute Hospitals Trust, to address “...”' (built into the writer's sentence, which gives the words to no one; most likely the TDA's board papers, but the text does not say so)", "other"),
 ("challenges including emergency access and organisational culture", None, "unclear", U, "", "body",
  "same sentence: 'and to Hull and East Yorkshire Hospitals Trust due to “...”' (not attributed; “Support arrangements”, “requires improvement” and “inadequate” below have 1-2 words)", "other"),
 ("While challenging and resource intensive", "significant benefit.", tdp, D, "", "body",
  "'The paper presented to the TDA board last week said: “...' (its author is not named; left open)", "said-before"),
 ("All trusts reinspected to date", "of the five NHS trusts", tdp, D, "", "body",
  "next paragraph of the paper's words; cut off by the end of the excerpt", "continuation"),
])

tr = "Tim Roberts"; tr_r = "Regional Organiser"
f("unison-reaction-to-resignation-of-colchester-hospital-chief-executive.txt", [
 ("Mr Coutts should have resigned weeks ago.", None, tr, P, tr_r, "body",
  "'Tim Roberts, Regional Organiser, says: “...' (UNISON's release; left open)", "said-before"),
 ("I am very proud that it was UNISON members", "the dodgy practices.", tr, P, tr_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("It seems that some critically ill patients", "out of the mess.", tr, P, tr_r, "body",
  "next paragraph of his quote, re-opened with a closing-style mark (”) and closed", "continuation"),
])

smu = "Sue Musson"; smu_r = "chair of Southport and Ormskirk Hospital NHS Trust"
f("whiston-boss-to-steady-the-ship-at-crisis-hit-southport-and-ormskirk-hospitals.txt", [
 ("In response to the three whistleblowing complaints", "one other employee.", smu, P, smu_r, "body",
  "'Sue Musson, chair of Southport and Ormskirk Hospital NHS Trust, said: \"...' (left open; \"excluded\" above has 1 word)", "said-before"),
 ("I want to stress to our patients", "patient safety.", smu, P, smu_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("This action will not affect the healthcare", "to our patients.", smu, P, smu_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("An internal investigation will now begin", "disciplinary policy.", smu, P, smu_r, "body", "next paragraph of her quote, closed", "continuation"),
])

label_table.build(R, prefix="AW", split="heldout48", out="eval/quotes/heldout48.jsonl")
