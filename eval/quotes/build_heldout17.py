"""Build heldout17.jsonl (the seventeenth held-out attribution set, over eval/corpus20) from
the hand-written label table below.

Same method as build_heldout15.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout17.py   (writes eval/quotes/heldout17.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus20/")

# ---------------------------------------------------------------------------
sh = "Samantha Havard"
f("70-year-old-left-waiting-six-hours-on-floor-for-ambulance.txt", [
 ("This situation, where a 70-year-old woman", "delays like these.", sh, P, "daughter", "body",
  "'Her shocked daughter, Samantha Havard said: “...”' (the relation is her role)", "said-before"),
 ("The paramedics were absolutely brilliant", "something just has to give.", sh, P, "daughter", "body",
  "'Samantha, who says ..., added: “...' (first name only; left open)", "said-before"),
 ("My mum also has the lung condition COPD.", "so angry about this.", sh, P, "daughter", "body", "next paragraph of her quote, closed", "continuation"),
 ("I was told that when they complain themselves", "just shrugged off,", sh, P, "daughter", "body",
  "'“...,” she added.' (she = Samantha, the subject of the sentence before)", "pronoun"),
])

gvj = "Geraint Vaughan Jones"; gvj_r = "chairman of Blaenau Ffestiniog hospital's defence committee"
f("blaenau-ffestiniog-hospital-eight-hundred-at-rally-over-closure-plan.txt", [
 ("We're hoping to show the people that matter", "planning to do,", gvj, P, gvj_r, "body",
  "'\"...,\" he said.' after his reported speech and the 3-word crosshead 'Bureaucracy at work' (he = Geraint Vaughan Jones)", "pronoun"),
 ("It's just bureaucracy at work - that's all it is.", "listen to any arguments.", gvj, P, gvj_r, "body", "next line of his quote (left open)", "continuation"),
 ("Groups from across north Wales will be coming together", "justification, we feel.", gvj, P, gvj_r, "body", "next line of his quote, closed", "continuation"),
])

f("central-middlesex-hospital-plans-slash-urgent-care-centre-opening-hours-will-go-ahead-november.txt", [
 ("the majority of people attending the centre at night", None, "Brent Clinical Commissioning Group (CCG)", O, "", "body",
  "'Brent Clinical Commissioning Group (CCG) - who made the decision - said only 67 people ... and that \"...\" did not need to do so' (built into the writer's sentence)", "fragment"),
 ("account for the closure of the urgent care centre", "other local health services.", "unclear", U, "", "body",
  "'an extraordinary meeting of the council's ... committee ... at which the CCG will be asked to \"...' (opened, never closed; the words of a request whose author the text does not state: the committee, or the MP whose 'intervention' is named)", "other"),
 ("We would like to reassure our local residents", "the best, clinically", "Dr Madhukar Patel", P, "", "body",
  "'Dr Madhukar Patel, who chairs the CCG, said: \"...'; cut off by the end of the excerpt (a relative clause, not a role)", "said-before"),
])

cm = "Councillor Carl Macey"; cm_r = "Chairman of the health scrutiny committee"
f("council-blocks-motion-to-oppose-lincoln-walk-in-centre-closure-but-promises-to-scrutinise-plans.txt", [
 ("We are hearing from residents that they are deeply worried", "if it does close.", cm, P, cm_r, "body",
  "'Chairman of the health scrutiny committee, Councillor Carl Macey, said in the days ahead of the meeting: “...' (left open)", "said-before"),
 ("Councillors on the committee are also extremely concerned", "wide surrounding area.", cm, P, cm_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Closing this service could be a false economy", "save money.", cm, P, cm_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("I am supportive of Councillor Parker’s comments.", None, "Martin Hill", P, "Conservative leader of the county council", "body",
  "'Conservative leader of the county council Martin Hill said: “...' (never closed; the next line 'He added: “I have' is cut off after two words)", "said-before"),
])

dn = "Don Neame"; dn_r = "an NHS Director of Communications"
yg = "Councillor Yash Gupta"
f("councillors-slam-lack-of-public-consultation-as-grays-walk-in-centre-is-confirmed-to-close.txt", [
 ("People were concerned about access.", "what it meant.", dn, P, dn_r, "body",
  "'Mr Neame said: “...' (named in full as 'Don Neame, an NHS Director of Communications' above; left open)", "said-before"),
 ("People wanted to know more about the opening hours", "about the hubs.", dn, P, dn_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("Is that really enough data", "peoples’ lives?", yg, P, "", "body",
  "'Councillor Yash Gupta slammed the public consultation, saying: “...' (left open)", "said-before"),
 ("We have a real problem with GP access", "people the same.", yg, P, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("I accept that funding is limited", "at the hub.", yg, P, "", "body", "next paragraph of his quote, closed", "continuation"),
 ("250 is not an unreasonable number", "opportunity to respond.", dn, P, dn_r, "body", "'Mr Neame responded by saying: “...”'", "said-before"),
])

sa = "Sheila Adamson"
f("darlington-stroke-victims-vow-not-give-fight-despite-decision-centralise-services-durham.txt", [
 ("We are in the lap of the gods.", "everybody differently.", sa, P, "one of the members", "body",
  "'Sheila Adamson, one of the members, said: “...' (members of Darlington Stroke Club; left open; “it’s a done deal” above has 4 words)", "said-before"),
 ("We have gone through it all.", "still to come.", sa, P, "one of the members", "body", "next paragraph of her quote, closed", "continuation"),
 ("The trust say this has been assessed by experts", "here at the Stroke Clu", "Bill Dixon", P, "Darlington Borough Council leader", "body",
  "'He said: “...' after 'Darlington Borough Council leader Bill Dixon said the views ...' (reported speech); cut off mid-word by the end of the excerpt", "pronoun"),
])

hrw = "NHS Hambleton, Richmondshire and Whitby Clinical Commissioning Group (CCG)"
mh = "Dr Mark Hodgson"; mh_r = "Aldbrough St John GP and CCG governing body member"
f("doctors-clarify-position-over-service-plans.txt", [
 ("based on the feedback we received from meetings with our public and stakeholders", None, hrw, O, "", "body",
  "'its statement claimed the plan had been “...”' (its = the CCG's; the CCG 'issued a statement'; built into the writer's sentence)", "fragment"),
 ("The CCG has been reviewing much of the recent media coverage", "close the hospital, itself.", mh, P, mh_r, "body",
  "'Aldbrough St John GP and CCG governing body member Dr Mark Hodgson said: “...' (left open)", "said-before"),
 ("One of the public consultation options", "closure of the entire ward.", mh, P, mh_r, "body", "next paragraph of his quote, closed", "continuation"),
])

kc = "Kim Cameron"
esp = "An EEAST spokesperson"
f("eeat-amublance-ely-83-year-old-woman-fall.txt", [
 ("Mum went to sit in a chair at my house", "in terrible pain.", kc, P, "", "body",
  "'Kim Cameron, of Witchford Road, said: “...' (an address, not a role; left open)", "said-before"),
 ("She has suffered spinal problems", "make her comfy.", kc, P, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("After an hour and a half I rang again", "if they were coming.", kc, P, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("On my third call I was told", "at gone 9pm.", kc, P, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("I understand it was probably a busy day", "for eight hours?", kc, P, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("The crew were very good when they arrived", "how long it took.", kc, P, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("It is not staff fault", "stretched to the limit.", kc, P, "", "body", "next paragraph of her quote, closed", "continuation"),
 ("Our crews and control rooms colleagues", "in Cambridgeshire on Monday.", esp, D, "", "body", "'An EEAST spokesperson said: “...' (left open)", "said-before"),
 ("So it follows that sheer patient numbers", "people expect us to.", esp, D, "", "body", "next paragraph of the spokesperson's quote (left open)", "continuation"),
 ("We received a call to a report of a woman", "had back pain.", esp, D, "", "body", "next paragraph of the spokesperson's quote (left open)", "continuation"),
 ("Based on the information provided", "life-threatening incident.", esp, D, "", "body", "next paragraph of the spokesperson's quote (left open)", "continuation"),
 ("The woman was conscious and breathing", "pain in her back", esp, D, "", "body", "next paragraph of the spokesperson's quote; cut off by the end of the excerpt", "continuation"),
])

me = "Councillor Mairi Evans"
f("grave-concerns-over-potential-closure-of-stracathros-mulberry-unit-to-be-raised-with-minister.txt", [
 ("On first reading this recommendation seems fairly open.", None, me, P, "", "body",
  "'Councillor Mairi Evans told elected members: “...' (left open; “grave concerns” and “tokenistic” above have 1-2 words)", "said-before"),
 ("However, on reading the body of the report", "not to be the case.", me, P, "", "body", "next line of her quote (left open)", "continuation"),
 ("The report put before the health board was a result", "on April 1.", me, P, "", "body", "next line of her quote (left open)", "continuation"),
 ("It’s from their sheer haste", "consult with people.", me, P, "", "body", "next line of her quote (left open)", "continuation"),
 ("Consultation on this was only done at the last minute", "tick box exercise.", me, P, "", "body", "next line of her quote, closed", "continuation"),
 ("To my knowledge there has been no financial case", "motives behind that.", "Councillor Jim Houston", P, "", "body",
  "'Councillor Jim Houston said: “...”'", "said-before"),
 ("I backed the motion calling on the chief executive", "goes far enough,", "Councillor David May", P, "", "body",
  "'Mr May said: “...,” he said.' (named as 'Councillor David May' in the sentence before; “no at the cut has one word)", "said-before"),
])
sg = "Dr Simon Gates"; sg_r = "chairman of the new partnership"
scl = "Steve Collela"; scl_r = "Hagley Parish Council chairman"
f("hagley-surgery-merges-with-four-other-practices-to-form-new-gp-partnership.txt", [
 ("Achieving the merger has taken a huge amount", "GPs and their staff.", sg, P, sg_r, "body",
  "'Dr Simon Gates, chairman of the new partnership, said: “...' (left open)", "said-before"),
 ("We do believe the merger provides us", "complex health conditions.", sg, P, sg_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("any type of consultation being undertaken", None, scl, P, scl_r, "body",
  "'But Hagley Parish Council chairman Steve Collela, who is also a Bromsgrove district councillor for Hagley, said he's not aware of \"...\"' (built into the writer's sentence)", "fragment"),
 ("I'm interested in the degree and type of consultation", "was undertaken.", scl, P, scl_r, "body", "'He added: \"...' (he = Steve Collela; left open)", "pronoun"),
 ("I'm also very interested in what this means", "residents and pati", scl, P, scl_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

jb = "Jade Brooks"; jb_r = "Herefordshire Clinical Commissioning Group acting director of operations"
ct = "Clive Thomas"; ct_r = "Leominster mayor"
f("health-bosses-consider-minor-injury-units-long-term-future.txt", [
 ("In light of this being the third year", "longer term solution,", jb, P, jb_r, "body",
  "'“...,” she said.' after 'But Jade Brooks, ..., told last week’s governing board they would ...' (reported speech; she = Jade Brooks)", "pronoun"),
 ("Closing the units every year is not a good use", "stakeholders to understand.", jb, P, jb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("During this period of temporary closures", "in the longer term.", jb, P, jb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("When the minor injuries units are open", "two sites combined.", jb, P, jb_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("Through the A&E delivery board we have considered", "our emergency department.", jb, P, jb_r, "body",
  "re-opened after her closed quote with no attribution of its own (a stray closing mark ends the paragraph before)", "continuation"),
 ("They haven’t asked us what we think", "have been ignored.", ct, P, ct_r, "body",
  "quote paragraph after 'Leominster mayor Clive Thomas said the health bosses were undemocratic.' (reported speech, the usual convention; left open)", "continuation"),
 ("The closure will affect the most vulnerable in Leominster.", None, ct, P, ct_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Many people don’t have a car", "people dialing 999.", ct, P, ct_r, "body", "next paragraph of his quote, closed", "continuation"),
])

jr = "John Rankin"; jr_r = "retired Harwich doctor"
anr = "Another resident"
f("health-bosses-told-dont-close-our-unit.txt", [
 ("I think that the option should be to keep", "units open,", jr, P, jr_r, "body",
  "'“...,” he said.' after 'Speaking from the public seating, retired Harwich doctor John Rankin slatted the proposals ...' (he = John Rankin)", "pronoun"),
 ("The population is going to go up very much", "in Colchester.", jr, P, jr_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The whole aim of this is to reduce the busyness", "used more.", jr, P, jr_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("That would reduce confusion about where to attend", "if you are ill.", jr, P, jr_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("What on earth are you even doing", "closing the unit?", anr, D, "", "body",
  "'Another added: “...' (another of the 'Angry residents'; unnamed; left open; 'box ticking exercise' before has 3 words)", "said-before"),
 ("If you take it away then more and more people", "Colchester’s A&E.", anr, D, "", "body", "next paragraph of the resident's quote, closed", "continuation"),
])

st = "Stephen Thomas"; st_r = "of Healthwatch Hartlepool"
f("health-watchdog-carrying-out-study-into-patient-care-after-leaving-hospitals-in-hartlepool-stockton-and-middlesbrough.txt", [
 ("There are two main areas where we have picked up", "on problems.", st, P, st_r, "body", "'Stephen Thomas, of Healthwatch Hartlepool, said: “...' (left open)", "said-before"),
 ("An individual may have been discharged too early", "in he way it should.", st, P, st_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("As people are living longer they are being discharged", "support packages.", st, P, st_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Somewhere along the lines communication", "goes wrong.", st, P, st_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The indications are all the partner organisations", "and supportive.", st, P, st_r, "body", "next paragraph of his quote, closed", "continuation"),
])

f("hospital-bed-closures-moorlands-councillors-vote-of-no-confidence-in-clinical-group.txt", [
 ("They (CCG) say the beds are temporarily closed", "reopening them.", "Councillor Pam Wood", P, "", "body",
  "'Councillor Pam Wood, who founded the Save Leek Hospital Group, said: “...”' (a relative clause, not a role)", "said-before"),
 ("I know that the hospital (Leek Moorlands)", "by October 31.", "Sybil Ralphs MBE", P, "Council leader", "body",
  "'Council leader Sybil Ralphs MBE, who organised the emergency meeting, said: I know ... October 31.”' (the opening mark is missing; the closing mark and 'said:' mark the quotation, as labels.jsonl Q0035)", "said-before"),
])

hk = "Helen Kingston"; nj = "Nicola Jowett"; nj_r = "Campaign secretary"
sgh = "A spokeswoman for NHS Greater Huddersfield CCG"
f("hospital-campaign-group-is-looking-at-legal-action.txt", [
 ("The general consensus is that we are absolutely appalled", "want it to go.", hk, P, "", "body",
  "'Helen Kingston, who is a member of the group’s steering committee, said: “...' (a relative clause, not a role; left open; “gloves are off” in the lead has 3 words)", "said-before"),
 ("We expect this to go on to a full-on legal battle", "judicial review.", hk, P, "", "body", "next paragraph of her quote, closed", "continuation"),
 ("The overall feeling at the moment is that the gloves are off", "fight the proposals.", nj, P, nj_r, "body",
  "'Campaign secretary Nicola Jowett said: “...' (left open)", "said-before"),
 ("These people are doctors.", "they’ve betrayed us.", nj, P, nj_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("The CCGs have not taken a condescending view", "The CCGs will keep people", sgh, D, "", "body",
  "'A spokeswoman for NHS Greater Huddersfield CCG said: “...'; cut off by the end of the excerpt", "said-before"),
])

nwha = "North Wales Health Alliance"
f("hospital-protesters-around-north-wales-form-new-alliance.txt", [
 ("We have come together because there is strength in unity.", None, nwha, O, "", "body",
  "'In a joint statement, the newly formed group said: “...' (the group = the North Wales Health Alliance; a statement's words, as 'A joint statement from the two charities said:'; left open)", "description"),
 ("We are considering a legal challenge to the entire process.", "vulnerable to a challenge.", nwha, O, "", "body", "next paragraph of the statement, closed", "continuation"),
 ("We understand the Community Health Council executive board", "(today).", nwha, O, "", "body",
  "'The statement from the alliance added: “...' (left open)", "description"),
 ("We have had a good engagement with some local CHC", "community’s views.", nwha, O, "", "body", "next paragraph of the statement, closed", "continuation"),
])

dc = "David Chapman"; dc_r = "husband"
eoe = "An East of England Ambulance Service spokesperson"
f("husband-forced-to-wait-eight-hours-for-ambulance-after-wife-fell-at-home.txt", [
 ("She was going in and out of consciousness", "and swelling,", dc, P, dc_r, "body",
  "'“...,” said Mr Chapman.' (named as 'David Chapman' above; 'A CARING husband' is the relation given as role)", "said-after"),
 ("We were told it was not treated as an emergency", "became available.", dc, P, dc_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("I was advised not to move her", "anything to eat.", dc, P, dc_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Of course it is not the paramedic’s fault", "arrived at 1.15am.", dc, P, dc_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("I know there are problems with a lack of ambulances", "for that long.", dc, P, dc_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We’d like to express our sincere apologies", "very distressing time.", eoe, D, "", "body",
  "'An East of England Ambulance Service spokesperson said: “...' (left open)", "said-before"),
 ("The delay she experienced was inexcusable", "that we accept.", eoe, D, "", "body", "next paragraph of the spokesperson's quote (left open)", "continuation"),
 ("Unfortunately due to increased levels of demand", "would have wanted to.", eoe, D, "", "body", "next paragraph of the spokesperson's quote (left open)", "continuation"),
 ("She was cared for at scene by the ambulance crew", "recovering well.", eoe, D, "", "body",
  "last paragraph of the spokesperson's quote, closed with a straight mark at the end of the page", "continuation"),
])

ya = "Yogi Amin"; ya_r = "Irwin Mitchell"
f("judicial-review-sought-over-plans-for-calderdale-and-huddersfield-hospitals.txt", [
 ("We believe that the Calderdale and Huddersfield NHS Foundation Trust", "government guidelines.", ya, P, ya_r, "body",
  "'Irwin Mitchell’s Yogi Amin said: “...' (the law firm 'acting for campaign group Hands off HRI'; left open)", "said-before"),
 ("The effect of seeing through these plans", "local NHS services.", ya, P, ya_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Local campaigners and professionals have argued", "to CRH in Halifax.", ya, P, ya_r, "body", "next paragraph of his quote, closed", "continuation"),
])

bb = "Bob Bushell"; bb_r = "Councillor and Chairman of Community Leadership Scrutiny Committee"
f("lincoln-walk-in-centre-should-stay-open-until-robust-replacement-is-found-say-councillors.txt", [
 ("While the committee accept the need to make financial savings", "access to healthcare.", bb, P, bb_r, "body",
  "'Councillor and Chairman of Community Leadership Scrutiny Committee Bob Bushell said: “...' (left open; ‘robust’ in the headline and ‘duplication of services’ below have 1 and 3 words)", "said-before"),
 ("It was felt that there has not been enough work", "further review carried out.", bb, P, bb_r, "body", "next paragraph of his quote, closed", "continuation"),
])

hsp = "A hospital spokesman"
f("locked-out-mum-gave-birth-in-hospital-car-park.txt", [
 ("Sometimes we have to decide which services", "staff resources.", hsp, D, "", "body",
  "quote paragraph after 'A hospital spokesman said ... But he said the trust's priority was ...' (reported speech, the usual convention; left open)", "continuation"),
 ("At the moment we are conducting an investigation", "doing well.", hsp, D, "", "body", "next paragraph of the spokesman's quote, closed", "continuation"),
])
f("midwives-warn-mothers-will-die-if-maternity-care-is-downgraded.txt", [
 ("mothers and babies will die", None, "Midwives from west Cumbria", D, "", "body",
  "'Midwives from west Cumbria have published an open letter warning that \"...\"' (unnamed midwives; built into the writer's sentence; the headline's 'mothers will die' has 3 words)", "fragment"),
])

ac = "Alun Cairns"; ac_r = "Vale MP"
f("mp-questions-ambulance-response-times.txt", [
 ("Ambulance targets have been missed 21 months", "seen quickly enough.", ac, P, ac_r, "body",
  "'Mr Cairns said: “...' (introduced as 'VALE MP Alun Cairns'; left open; “disappointing” above has one word)", "said-before"),
 ("At my recent night shift with South Wales Police", "tied up waiting.", ac, P, ac_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Quite clearly that is unacceptable", "improve the situation.", ac, P, ac_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Despite the best efforts of ambulance staff and crews", "health minister to tackle", ac, P, ac_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

hj = "Helen Jones"; hj_r = "Warrington North MP"
f("mp-says-ambulance-service-living-in-cloud-cuckoo-land.txt", [
 ("This letter talks about a ‘good to great’ engagement programme", "aspires to be great.", hj, P, hj_r, "body",
  "'Mrs Jones said: “...' (introduced as 'Helen Jones MP', 'The Warrington North MP'; left open; the nested ‘good to great’ has 3 words and the lead's ‘living in cloud-cuckoo land’ 4)", "said-before"),
 ("This is absolute rubbish.", "underspent its budget.", hj, P, hj_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("What kind of planet are these people living on?", "decent service now.", hj, P, hj_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("It is not good enough that people are waiting longer", "ambulances in Warrington.", hj, P, hj_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Give our great ambulance staff the tools they need", "aim to “cause no harm”.", hj, P, hj_r, "body",
  "next paragraph of her quote; the letter's 3-word phrase “cause no harm” is nested in it and the outer quote runs to the paragraph end (left open)", "continuation"),
 ("I’ve never met a paramedic who wanted to cause harm", "in the borough.", hj, P, hj_r, "body",
  "last paragraph of her quote, closed with an opening-style mark", "continuation"),
])

kh = "Karen Healey"; kh_r = "Daughter"
scas = "South Central Ambulance Service"
f("oap-waited-four-hours-for-ambulance-after-fall.txt", [
 ("She was waiting for over four hours.", "ambulance at 10.28am.", kh, P, kh_r, "body",
  "'Daughter, Karen Healey, 50, also of Oatlands Drive, said: “...' (the relation is her role; left open)", "said-before"),
 ("But by noon they still weren’t there.", "heart attacks that day.", kh, P, kh_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Eventually, I phoned the police", "at 2.20pm.", kh, P, kh_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("My mother is 72, and she was laying on her right arm", "It’s not right.", kh, P, kh_r, "body",
  "'She added: “...”' after 'Miss Healey said that ...' (she = Miss Healey)", "pronoun"),
 ("We are extremely sorry to hear about this patient’s concerns", "sustained no injuries.", scas, O, "", "body",
  "'South Central Ambulance Service said: “...' (left open)", "said-before"),
 ("We received a number of calls regarding this patient", "a resource was dispatched immed", scas, O, "", "body",
  "next paragraph of the service's quote; cut off mid-word by the end of the excerpt", "continuation"),
])

gl = "Gaynor Lloyd"; gl_r = "from the Sudbury patient participation group"
pl = "Paul Lorber"; pl_r = "a patient and former leader of Brent Council"
sne = "A spokesman for NHS England"
f("patients-at-sudbury-gp-surgery-claim-nhs-ignored-their-fears.txt", [
 ("extensive engagement activities with patients", None, "NHS England", O, "", "body",
  "'deny claims made by NHS England that it had undertaken “...”' (NHS England's claim; built into the writer's sentence; ‘super practice’ and ‘market’ have 1-2 words)", "fragment"),
 ("The damage has already been done", "into consideration.", gl, P, gl_r, "body",
  "'She said: “...' after 'Gaynor Lloyd, ..., told the Times their opinions ... have been snubbed.' (she = Gaynor Lloyd; left open)", "pronoun"),
 ("Their suggestion that the surgery’s doctors", "the correct information.", gl, P, gl_r, "body",
  "next paragraph of her quote, with no opening mark of its own, closed", "continuation"),
 ("The doctors at the surgery were not given adequate warning", "tender process.", gl, P, gl_r, "body",
  "'Adding that the group will be lodging a formal complaint ..., she said: “...' (left open)", "pronoun"),
 ("We now have 8,500 patients", "lose their doctors.", gl, P, gl_r, "body", "next paragraph of her quote, closed (“fight to the last” below has 4 words)", "continuation"),
 ("The first I heard about the threat to my doctors", "date for the meeting.", pl, P, pl_r, "body",
  "'Paul Lorber, a patient and former leader of Brent Council, said: “...”'", "said-before"),
 ("An advert was placed on the government’s", None, sne, D, "", "body",
  "'He added: “...' after 'A spokesman for NHS England said it followed the legal procedures ...' (he = the spokesman); cut off by the end of the excerpt after seven words", "pronoun"),
])

sr = "Sheena Rushton"; sr_r = "a patient at Greenmount Medical Centre"
hs = "Harry Sharman"; hs_r = "a patient at Tottington Medical Practice"
sw = "Sheila Willacy"; sw_r = "a patient at Spring Lane Surgery"
f("patients-from-across-bury-welcome-merger-of-seven-gp-practices.txt", [
 ("I’m happy with it and think it’s a good idea.", None, sr, P, sr_r, "body",
  "'Sheena Rushton, aged 60, a patient at Greenmount Medical Centre, said: “...' (left open)", "said-before"),
 ("One of the reasons given was staffing", "a good thing.", sr, P, sr_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("It may have to be sold to some patients", "things that much.", sr, P, sr_r, "body",
  "re-opened after her closed quote with no attribution of its own", "continuation"),
 ("Joining the practices appears to be a positive move", "borough wide system.", hs, P, hs_r, "body",
  "'Harry Sharman, aged 23, a patient at Tottington Medical Practice, said: “...' (left open)", "said-before"),
 ("However, recognisable services must still be available", "accessible by all.", hs, P, hs_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("I think it’s an excellent idea.", "to me a lot.", sw, P, sw_r, "body",
  "'Sheila Willacy, aged 67, a patient at Spring Lane Surgery, said: “...' (left open)", "said-before"),
 ("If our surgery had gone in with a big medical centre", "here at Spring Lane.", sw, P, sw_r, "body", "next paragraph of her quote, closed", "continuation"),
])

pb = "Paul Bristow"; pb_r = "Conservative parliamentary candidate for Peterborough"
f("peterborough-conservative-candidate-calls-for-ivf-treatment-to-be-reinstated-for-heartbroken-parents.txt", [
 ("many couples who are heartbroken at being turned away", "starting a family", pb, P, pb_r, "body",
  "'Paul Bristow said he had been contacted by “...”' (the lead's 'The Conservative parliamentary candidate for Peterborough'; built into the writer's sentence)", "fragment"),
 ("Speaking personally, being a father is the most important thing", "parenthood is unrivalled.", pb, P, pb_r, "body",
  "'Writing to Dr Gary Howsam, ..., Mr Bristow said: “...' (his letter; left open; Dr Gary Howsam is named in the participle clause and does not speak)", "said-before"),
 ("I know not everyone can become a parent.", "simply seems unjust.", pb, P, pb_r, "body", "next paragraph of his letter, closed", "continuation"),
])

db = "Dawn Butler"; db_r = "Brent Central MP"
bccg = "Brent Clinical Commissioning Group (CCG)"
f("petition-to-keep-brent-urgent-care-centre-open-24-hours.txt", [
 ("an act of wilful neglect", None, db, P, db_r, "body",
  "'Dawn Butler MP has launched a petition saying the night closure of a Park Royal urgent care centre is \"...\"' (her petition's words; built into the writer's sentence)", "fragment"),
 ("in the region of £450,000", None, bccg, O, "", "body",
  "'Brent Clinical Commissioning Group (CCG) has agreed to slash the hours ..., which will save it \"...\" a year.' (the CCG's own figure, the subject of the sentence; its report is quoted below; built into the writer's sentence; \"an act of wilful neglect\" above has 4 words)", "fragment"),
 ("It is not reasonable to expect my constituents", "ends meet.", db, P, db_r, "body",
  "'Opposing the closure she said: \"...\"' (she = Ms Butler, 'Dawn Butler MP', 'The Brent Central MP')", "pronoun"),
 ("around one patient visiting per hour", None, bccg, O, "", "body",
  "'In its report the CCG said it had been in discussion ... after a survey revealed an \"average night time attendance\" of \"...\"' (the CCG's report; built into the writer's sentence; the first quoted phrase has 4 words)", "fragment"),
 ("I have seen during my time as the Member of Parliament", "offered to my constituents", db, P, db_r, "body",
  "'The MP said she had visited the centre at night and found the proposal \"unpalatable\" adding: \"...' (The MP = Dawn Butler); cut off by the end of the excerpt", "description"),
])

smc = "Sue McNeilly"
f("prime-minister-to-investigate-ambulance-delays-darlington-woman.txt", [
 ("I’m very happy to look to see what happened", "learned for the future.", "David Cameron", P, "Prime Minister", "body",
  "'Mr Cameron said response targets were in place ... and added: “...”' (introduced as 'PRIME Minister David Cameron')", "said-before"),
 ("Mum fell just after 6pm in the bathroom", "into a comfortabl", smc, P, "daughter", "body",
  "'She said: “...' after 'Ms McNeilly said she was pleased ...' (introduced as 'Her daughter, Sue McNeilly, 58'); cut off mid-word by the end of the excerpt", "pronoun"),
])

rd = "Roger Davey"; rd_r = "of Unison"
nws = "An NHS Wiltshire spokeswoman"
f("savernake-hospital-in-marlborough-to-shut-half-its-beds.txt", [
 ("This situation could develop elsewhere.", "not enough nurses.", rd, P, rd_r, "body", "'Roger Davey of Unison said: \"...\"'", "said-before"),
 ("This means that we have had to rely on a high number", "under more pressure.", nws, D, "", "body",
  "'She said: \"...' after 'An NHS Wiltshire spokeswoman said ...' and the 2-word crosshead 'Real crisis' (left open)", "pronoun"),
 ("An intensive recruitment campaign will [also] be undertaken", "three months,", nws, D, "", "body",
  "'\"...,\" she said.' (her next paragraph, with its own attribution)", "pronoun"),
 ("It is a real crisis facing the people of Wiltshire", "inpatient services.", rd, P, rd_r, "body",
  "'He said: \"...\"' after 'But Mr Davey said Unison was concerned ...' (he = Mr Davey)", "pronoun"),
])

ls = "Lisa Stoker"; ls_r = ""
dd = "Dehenna Davison"; dd_r = "Bishop Auckland MP"
f("stroke-campaigner-over-the-moon-as-bishop-auckland-unit-saved.txt", [
 ("unprecedented demand for inpatient beds", None, "unclear", U, "", "body",
  "'it was announced on Friday it would remain open after \"...\"' (passive: the announcer is not named here; NHS England's statement is quoted further down, but the text does not say these words are its)", "other"),
 ("I'm over the moon, really over the moon,", None, ls, P, ls_r, "body",
  "'\"...,\" she said.' (she = Lisa Stoker, 'The 47-year-old' of the line before; 'best news' above has 2 words; the headline's 'over the moon' 3)", "pronoun"),
 ("And my children are happy", "I can go back.", ls, P, ls_r, "body",
  "second passage re-opened after '\"...,\" she said.' in the same paragraph (left open)", "continuation"),
 ("It's the best news I've heard for a long time.", None, ls, P, ls_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("scary to think there was no support there", None, ls, P, ls_r, "body",
  "'Mrs Stoker had previously said it would be \"...\"' (built into the writer's sentence)", "fragment"),
 ("This community campaign has been going so long", "[in December].", dd, P, dd_r, "body",
  "'Bishop Auckland MP Dehenna Davison said: \"...' (left open; the crosshead 'Remarkable feeling' has 2 words)", "said-before"),
 ("But to be able to get on board with that campaign", "remarkable feeling.", dd, P, dd_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("the level of service demand has far exceeded expectations", None, "NHS England", O, "", "body",
  "'It added that \"...\"' (It = NHS England, which 'said consultations ... would \"cease with immediate effects\"' (4 words) in the line before; built into the writer's sentence)", "fragment"),
 ("Due to unprecedented pressure being placed on the system", "deliverable at this time.", "NHS England", O, "", "body",
  "quote paragraph with no attribution of its own after NHS England's reported words (the usual convention)", "continuation"),
])

ks = "Keith Strangwood"; ks_r = "Chairman of KTHG"
f("tides-are-turning-for-campaigners-and-politicians-as-judge-grants-ground-breaking-decision.txt", [
 ("Throughout this whole process we have taken all the knock-backs", "lick their wounds.", ks, P, ks_r, "body",
  "'Chairman of KTHG Keith Strangwood said: “...' (KTHG = Keep The Horton General group; left open; ‘transformation plans’ above has 2 words)", "said-before"),
 ("When we have this full hearing", "consultation from scratch.", ks, P, ks_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("It is teamwork that has got us here", "This is ground-breaking.", ks, P, ks_r, "body",
  "next paragraph of his quote, re-opened with a straight mark and closed with a curly one", "continuation"),
 ("Although their board may have approved the first phase", "scrapped and started again.", ks, P, ks_r, "body",
  "'He added: “...”' after 'But Mr Strangwood said the group would be seeking assurances ...' (he = Mr Strangwood)", "pronoun"),
])

mb = "Mike Bell"; mb_r = "Central ward councillor"
cccs = "A CCG spokesman"
f("uncertainty-surrounds-future-of-weston-super-mare-s-clarence-park.txt", [
 ("adding further pressure to hard-pressed GP services", None, mb, P, mb_r, "body",
  "lead fragment with no speaker: the body gives nearly the same words to Cllr Mike Bell ('This move will add further pressure to our hard-pressed GP services.'), so it goes to him (the fifth set's headline-quote rule applied to the lead)", "other"),
 ("already struggle to get appointments", None, mb, P, mb_r, "body",
  "lead fragment with no speaker ('a surgery where people ‘...’'): the body gives nearly the same words to Cllr Mike Bell ('patients ... struggle to get an appointment'), so it goes to him like the lead fragment before", "other"),
 ("prevent the continued salami-slicing of local services", None, mb, P, mb_r, "body",
  "'Cllr Bell believes health bosses should ‘...’' (built into the writer's sentence; ‘already struggle to get appointments’, ‘really concerned’ and the CCG's ‘caused considerable uncertainty’ above have 2-4 words)", "fragment"),
 ("I already hear from patients at Graham Road", "being brought in.", mb, P, mb_r, "body", "'He said: “...' (he = Cllr Bell; left open)", "pronoun"),
 ("I am also disappointed so little consultation", "by management.", mb, P, mb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("This move will add further pressure", "14,500 patients affected.", mb, P, mb_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("While we understand a sale is being explored", "would require f", cccs, D, "", "body",
  "'They added: “...' after 'A CCG spokesman assured the Mercury ...' (They = the spokesman); cut off mid-word by the end of the excerpt", "pronoun"),
])

am = "Ania Martin"
f("woman-forced-to-give-birth-in-car-park.txt", [
 ("It was the most horrible thing ever.", "rather be dead.", am, P, "", "body",
  "'She said: \"...' after 'Ania ended up giving birth ...' (she = Ania Martin; left open)", "pronoun"),
 ("It made me very angry I had to go through that in a car park.", None, am, P, "", "body", "next paragraph of her quote, closed", "continuation"),
])

ah = "Andrea Hansell"; ah_r = "kidney dialysis patient"
voy = "Vale of York CCG Trust"
fl = "Fiona Loud"; fl_r = "policy director at Kidney Care"
f("york-dialysis-patients-transport-cut-is-death-sentence.txt", [
 ("I could die if I miss one session,", None, ah, P, ah_r, "body",
  "'\"...,\" she said.' after 'Mrs Hansell said she would be unable ...' (the lead's 'A kidney dialysis patient'; 'death sentence', 'eligibility criteria' and 'changed the rules' above have 2-3 words)", "pronoun"),
 ("Dialysis is absolutely vital", "It's life-saving.", ah, P, ah_r, "body", "next line of her quote, closed", "continuation"),
 ("I have no options, no other means of getting here", "I'm single.", ah, P, ah_r, "body", "re-opened on the next line with no attribution of its own", "continuation"),
 ("extensive consultation with service users", None, voy, O, "", "body",
  "'In a statement the CCG said it was following ... and the change was made after \"...\"' (the CCG = 'Vale of York CCG Trust' as the article names it; built into the writer's sentence; the crosshead 'Very distressing' has 2 words)", "fragment"),
 ("The new process for assessing patients' eligibility", "weekends or bank holidays,", voy, O, "", "body", "'\"...,\" it said.' (it = the CCG's statement)", "pronoun"),
 ("Dialysis is essential, life-maintaining treatment", "very, very distressing,", fl, P, fl_r, "body",
  "'\"...,\" she said.' after 'Fiona Loud, policy director at Kidney Care, said ... She added ... \"repeated every 12 weeks\"' (4 words)", "pronoun"),
])

label_table.build(R, prefix="C", split="heldout17", out="eval/quotes/heldout17.jsonl")
