"""Build heldout9.jsonl (the ninth held-out attribution set, over eval/corpus12) from
the hand-written label table below.

Same method as build_heldout8.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout9.py   (writes eval/quotes/heldout9.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus12/")

# ---------------------------------------------------------------------------
dw = "David Wrigley"; dw_r = "British Medical Association deputy chairman"
ka = "Kaz Ali"; ka_r = "pharmacist at Imaan Pharmacy in Grimsargh"
f("100-lancashire-pharmacies-at-risk-of-closure.txt", [
 ("At a time when the Department of Health is asking", "closure programme of pharmacies.", dw, P, dw_r, "body",
  "'British Medical Association deputy chairman David Wrigley said:'; the paragraph is left open (later introduced again as 'Dr David Wrigley'; the name as first introduced is used)", "said-before"),
 ("These closures would be bad news for patients and bad news for the NHS.", None, dw, P, dw_r, "body",
  "next paragraph of David Wrigley's quote (closed)", "continuation"),
 ("It’s absolutely under threat, definitely.", None, ka, P, ka_r, "body",
  "'He said:' (He = Kaz Ali, whose reported speech is the paragraph before); five tokens; the paragraph is left open", "pronoun"),
 ("To be honest I think every single chemist", "scratching their heads.", ka, P, ka_r, "body",
  "next paragraph of Kaz Ali's quote (left open)", "continuation"),
 ("It’s quite significant the level of cuts.", None, ka, P, ka_r, "body",
  "next paragraph of Kaz Ali's quote (left open)", "continuation"),
 ("We’ve had to restructure certain aspects", "look at alternative things.", ka, P, ka_r, "body",
  "last paragraph of Kaz Ali's quote (closed)", "continuation"),
 ("We are currently working through what the implications are.", "out of their difficulties.", "A Rowlands pharmacy spokesman", D, "", "body",
  "'A company spokesman said:' straight after the paragraph about Rowlands pharmacy (unnamed)", "said-before"),
 ("These closures would be bad news for patients and bad news for the NHS.", None, dw, P, dw_r, "body",
  "'He said:' (He = Dr David Wrigley, the paragraph before); the same words as his earlier quote, repeated; the paragraph is left open", "pronoun"),
 ("At a time when the Department of Health are asking", "it seems illogic", dw, P, dw_r, "body",
  "next paragraph of David Wrigley's repeated quote; cut off by the end of the excerpt", "continuation"),
])

f("500-increase-in-gp-practices-asking-managers-for-support-to-close-surgeries.txt", [
 ("The outpouring of emotion from patients", "I feel for my patients.", "Dr Robert Mockett", P, "GP partner in Brighton", "body",
  "'Speaking to Pulse before the practice closed, Dr Mockett said:' (Dr Robert Mockett, a GP partner in Brighton, paragraph before)", "said-before"),
 ("We have a nice, traditional practice", "I am 64 and", "Dr Peter Maksimczyk", P, "GP in Weston-super-Mare, Somerset", "body",
  "'He says:' (He = Dr Peter Maksimczyk, paragraph before); cut off by the end of the excerpt", "pronoun"),
])

rd = "Richard Drax"; rd_r = "MP for South Dorset"
f("7-000-hours-of-paramedic-time-wasted-waiting-to-transfer-patients-to-a-e.txt", [
 ("We really ought to think about the whole NHS", "not just the ambulance service.", rd, P, rd_r, "body",
  "'Speaking during an adjournment debate on ambulance waiting times, Mr Drax said:“' (Richard Drax, MP for South Dorset, paragraph before); the paragraph is left open", "said-before"),
 ("We need to do that free of politicians", "re-look at this whole situation.", rd, P, rd_r, "body",
  "next paragraph of Richard Drax's quote, re-opened with a straight mark (left open)", "continuation"),
 ("We have enough money, but we have not spent it", "in every case.", rd, P, rd_r, "body",
  "last paragraph of Richard Drax's quote, opened with a straight mark and closed with a curly one", "continuation"),
 ("Yet, handovers can be achieved only if there are available beds", "which i", rd, P, rd_r, "body",
  "a quote paragraph with no attribution straight after Mr Drax's reported speech ('He added that handovers ...'); cut off by the end of the excerpt", "continuation"),
])

kg = "Kim Green"; kg_r = "widow of a cancer patient"
sp111 = "A spokesman for the NHS 111 service in Buckinghamshire"
f("archives-5678.txt", [
 ("The horrible thing is, I should have been sat next to him", "but I couldn’t.", kg, P, kg_r, "body",
  "'Mrs Green said:' (Kim Green, of Aylesbury in Buckinghamshire, paragraph before, who is 'The widow of a cancer patient' of the lead; the place is not a role); the paragraph is left open", "said-before"),
 ("It’s just awful, absolutely awful.", "didn’t help him.", kg, P, kg_r, "body",
  "next paragraph of Kim Green's quote (closed)", "continuation"),
 ("This is a very sad case and our sympathy goes out to the family.", None, sp111, D, "", "body",
  "'A spokesman for the NHS 111 service in Buckinghamshire said:' (unnamed); the paragraph is left open", "said-before"),
 ("We take the responsibility for the safety", "extremely seriously.", sp111, D, "", "body",
  "next paragraph of the spokesman's quote (left open)", "continuation"),
 ("When a concern such as this is raised", "quickly and thoroughly.", sp111, D, "", "body",
  "next paragraph of the spokesman's quote (left open)", "continuation"),
 ("We would urge the family to contact us directly", "further with them.", sp111, D, "", "body",
  "last paragraph of the spokesman's quote (closed), after a caption line without marks", "continuation"),
])

lb = "Councillor Lynda Bowyer"; lb_r = "Plymouth City Council’s Cabinet member for Health and Social Care"
f("cabinet-member-calls-for-urgent-meeting-with-nhs-over-gp-surgery-closure-plans.txt", [
 ("This is a complex issue and it is extremely important", "so far presented to us.", lb, P, lb_r, "body",
  "'She said:' (She = Councillor Lynda Bowyer, paragraph before, described in the lead as 'Plymouth City Council’s Cabinet member for Health and Social Care'); the paragraph is left open", "pronoun"),
 ("I will be seeking assurances that all views", "before final decisions are made.", lb, P, lb_r, "body",
  "next paragraph of Councillor Bowyer's quote (left open)", "continuation"),
 ("Given the importance of this issue", "NEW Devon CCG.", lb, P, lb_r, "body",
  "last paragraph of Councillor Bowyer's quote (closed)", "continuation"),
])

da = "Deborah Arnott"; da_r = "Ash chief executive"
rbs = "A Redbridge Council spokeswoman"
sc = "Simon Clark"; sc_r = "director of Forest"
f("campaign-group-urges-redbridge-council-to-cut-smoking-rates.txt", [
 ("Smokers should feel confident that the more often", "serious quit attempt a year.", da, P, da_r, "body",
  "'Deborah Arnott, Ash chief executive, said:'; the paragraph is left open", "said-before"),
 ("There are more ways to quit than ever before", "online quitting aids.", da, P, da_r, "body",
  "next paragraph of Deborah Arnott's quote (closed)", "continuation"),
 ("We are doing everything we can to support those who want to quit,", None, rbs, D, "", "body",
  "'\"...,\" she said.' (she = the unnamed Redbridge Council spokeswoman, paragraph before)", "pronoun"),
 ("We have a stop smoking service that is run by", "one-to-one support.", rbs, D, "", "body",
  "next paragraph of the spokeswoman's quote (left open)", "continuation"),
 ("Our residents can also use the pan-London Stop Smoking helpline.", None, rbs, D, "", "body",
  "next paragraph of the spokeswoman's quote (left open)", "continuation"),
 ("On July 17, Redbridge will also take part", "illegal tobacco and its impact.", rbs, D, "", "body",
  "last paragraph of the spokeswoman's quote (closed)", "continuation"),
 ("Polls show there is very little appetite", "anti-smoking initiatives,", sc, P, sc_r, "body",
  "'\"...,\" said Simon Clark, director of Forest.'", "said-after"),
 ("There are far more important issues for local authorities", "maintenance of roads.", sc, P, sc_r, "body",
  "next paragraph of Simon Clark's quote (left open)", "continuation"),
 ("Managing people's lifestyle, whether it's tackling obesity", "priority for local government.", sc, P, sc_r, "body",
  "next paragraph of Simon Clark's quote (closed)", "continuation"),
 ("If adults make an in", None, sc, P, sc_r, "body",
  "a quote paragraph with no attribution straight after Simon Clark's closed quote; five tokens, the last a cut-off word, cut off by the end of the excerpt", "continuation"),
])

cc = "Chris Cowsley"; cc_r = "RHAG chairman"
sa = "Sue Ackroyd"; sa_r = "RHAG vice chairman"
f("campaigners-continue-fight-to-save-royston-hospital-amid-new-hope.txt", [
 ("The amount of public support and public spirit", "is fantastic,", cc, P, cc_r, "body",
  "'“...,” said RHAG chairman Chris Cowsley.' (RHAG = Royston Hospital Action Group)", "said-after"),
 ("There are some who want it to close", "who feel differently.", cc, P, cc_r, "body",
  "next paragraph of Chris Cowsley's quote (left open)", "continuation"),
 ("There are many Royston patients that fall between", "ages and grows.", cc, P, cc_r, "body",
  "last paragraph of Chris Cowsley's quote (closed)", "continuation"),
 ("We have been in contact with CATCH", "would be in a hospital.", sa, P, sa_r, "body",
  "'She said:' (She = Sue Ackroyd, 'The group’s vice chairman', the group = RHAG, whose reported speech is the paragraph before); the paragraph is left open", "pronoun"),
 ("We are just trying to get everybody to think", "keep beds here.", sa, P, sa_r, "body",
  "last paragraph of Sue Ackroyd's quote (closed)", "continuation"),
])

cs = "Claudia Sorin"; cs_r = "organiser"
f("campaigners-to-demonstrate-against-planned-dorset-hospital-shake-up.txt", [
 ("Some residents feel that councillors have not listened to the public,", None, cs, P, cs_r, "body",
  "'\"...,\" said organiser Claudia Sorin.' (later 'Ms Sorin, a teaching assistant from Dorchester, represents the Dorset Health Campaign')", "said-after"),
 ("And we feel that people in Purbeck", "going to be in trouble.", cs, P, cs_r, "body",
  "second quoted passage after 'said organiser Claudia Sorin.' in the same paragraph; left open", "continuation"),
 ("The population [of Dorset] is increasing", "per 1000 people in Europe.", cs, P, cs_r, "body",
  "next paragraph of Claudia Sorin's quote (closed); square brackets inside", "continuation"),
])

pc = "Councillor Paul Crossley"; pc_r = "Council leader"
bl = "Dr Bruce Laurence"; bl_r = "Director of public health"
f("chan-5467817-article2060.txt", [
 ("the commercial and vested interests of the tobacco industry", None, "The Local Government Declaration on Tobacco Control", D, "", "body",
  "'the Local Government Declaration on Tobacco Control commits B&NES to ... protecting that work from \"...\"' (the declaration's wording built into the writer's sentence; the text does not say whose declaration it is)", "fragment"),
 ("Smoking is still the biggest cause of premature death", "out of our communities.", pc, P, pc_r, "body",
  "'Council leader Councillor Paul Crossley (Lib Dem, Southdown) said:'", "said-before"),
 ("We work with children's centres, schools and colleges", "strengthen the co", bl, P, bl_r, "body",
  "a quote line with no attribution straight after Dr Bruce Laurence's reported speech ('Director of public health Dr Bruce Laurence said the council ...'); cut off by the end of the excerpt", "continuation"),
])

mw = "Marjorie Wallace"; mw_r = "chief executive of SANE and journalist"
f("charity-boss-hits-out-at-national-scandal-of-closing-psychiatric-beds-and-units.txt", [
 ("are in the best interest of patients", None, "Bosses at Norfolk & Suffolk NHS Foundation Trust", D, "", "body",
  "'Bosses at the trust insist the measures being taken “...”' (the trust = Norfolk & Suffolk NHS Foundation Trust; unnamed plural; built into the writer's sentence)", "fragment"),
 ("The closure of psychiatric beds and units has created a national scandal.", None, mw, P, mw_r, "body",
  "'She said:' (She = Marjorie Wallace, called 'Marjorie' in the paragraph before); the paragraph is left open", "pronoun"),
 ("There are times when there are few, if any", "anywhere in England.", mw, P, mw_r, "body",
  "next paragraph of Marjorie Wallace's quote (left open)", "continuation"),
 ("Even when a bed can be found", "treated close to home.", mw, P, mw_r, "body",
  "last paragraph of Marjorie Wallace's quote (closed)", "continuation"),
 ("result of long-term policies to move these patients", "care in the community", "The King's Fund", O, "", "body",
  "'according to the King’s Fund who say this is the “...”' (built into the writer's sentence; 'The King's Fund' as first named)", "fragment"),
])

tg = "Thorrun Govind"; tg_r = "pharmacist"
f("chemists-face-closure-fears.txt", [
 ("There’s going to a 12 per cent reduction", "lose some pharmacies in Bolton.", tg, P, tg_r, "body",
  "'She said:' (She = Thorrun Govind, paragraph before, introduced as 'A PHARMACIST' in the lead; 'who works for the Sykes Chemists chain' is a relative clause); the paragraph is left open", "pronoun"),
 ("I think pharmacy closures are going to happen", "have such an impact.", tg, P, tg_r, "body",
  "next paragraph of Thorrun Govind's quote (left open)", "continuation"),
 ("We don’t know how many at the moment and we can’t really say.", None, tg, P, tg_r, "body",
  "last paragraph of Thorrun Govind's first quote (closed)", "continuation"),
 ("The big chains such as Boots, Superdrug and Lloyds", "independents are going to suffer.", tg, P, tg_r, "body",
  "'She said:' (She = Ms Govind, whose reported speech is the paragraph before); the paragraph is left open", "pronoun"),
 ("I expect pharmacists to be cutting staff", "subsidised by the NHS.", tg, P, tg_r, "body",
  "next paragraph of Thorrun Govind's second quote (left open)", "continuation"),
 ("I’m a newly qualified pharmacist so I’m worried", "in terms of pharmacies closing.", tg, P, tg_r, "body",
  "last paragraph of Thorrun Govind's second quote (closed); the writer's sentence 'Ms Govind warns that ...' follows on the same line", "continuation"),
])

ec = "Cllr Eddie Collett"; ec_r = "cabinet member for reducing health inequalities"
f("councils-urge-residents-to-kick-smoking-habit.txt", [
 ("Smoky cars, packed full of toxic tobacco chemicals", "reduced lung function.", ec, P, ec_r, "body",
  "'Cllr Eddie Collett, cabinet member for reducing health inequalities, said:' (after 'Blackpool Council has teamed up ...'); the paragraph is left open", "said-before"),
 ("We have campaigned for smokefree cars for a long time", "keep their cars smokefree.", ec, P, ec_r, "body",
  "last paragraph of Cllr Eddie Collett's quote (closed); Paul Lambert's words after 'warned:' carry no quote marks and are not labelled", "continuation"),
])

jp = "Dr Julian Povey"; jp_r = "Joint Chair of Shropshire, Telford and Wrekin CCGs"
f("date-set-for-merger-of-two-whitchurch-gp-practices.txt", [
 ("Following discussions between the practices", "less disruption for all involved.", jp, P, jp_r, "body",
  "'Dr Julian Povey, Joint Chair of Shropshire, Telford and Wrekin CCGs, said:'; the paragraph is left open", "said-before"),
 ("The CCGs are in regular contact with practices", "as seamless as possible.", jp, P, jp_r, "body",
  "next paragraph of Dr Julian Povey's quote (left open)", "continuation"),
 ("Patients are also advised that further information", "via an official letter", jp, P, jp_r, "body",
  "next paragraph of Dr Julian Povey's quote; cut off by the end of the excerpt", "continuation"),
])

f("dementia-care-crisis-behind-closed-doors.txt", [
 ("Dementia Care: The Crisis Behind Closed Doors", None, "", N, "", "body",
  "the exhibition's title in quote marks ('‘...’ tells the stories of 12 families'), nobody's speech", "other"),
 ("My husband was in five different care homes", "have to go through this.", "Christine", P, "", "body",
  "first line of a quote under the heading line 'Christine and Bernard' that closes on the next line with ' - Christine' (the signature after the whole quote); only a first name is given", "said-after"),
 ("Bernard’s story does not make for easy reading.", "because of very poor care.", "Christine", P, "", "body",
  "second line of the same quote, closed and signed ' - Christine'", "continuation"),
 ("Mum wouldn’t survive more than 48 hours without nursing care.", "Why have we h", U, U, "", "body",
  "a quote under the heading line 'Philip, Rosemary and Sylvia', cut off by the end of the excerpt before any signature; the heading names three people and the quote speaks of 'Mum', so the excerpt does not settle which of them (or whether all) said it", "other"),
])

f("dementia-patients-face-russian-roulette-standards-care-says-alzheimers-society.txt", [
 ("In the worst cases, hospital care for people with dementia is like Russian roulette.", "when they are admitted.", "Jeremy Hughes", P, "chief executive of Alzheimer's Society", "body",
  "'Jeremy Hughes, chief executive of Alzheimer's Society, said:'", "said-before"),
 ("There have in fact been major advances in recognising and as", None, "Professor Alistair Burns", P, "NHS England's national clinical director for dementia", "body",
  "'Meanwhile Professor Alistair Burns, NHS England's national clinical director for dementia, told the Daily Mail:'; cut off by the end of the excerpt", "said-before"),
])

srh = "A spokesman for the Save Rothbury Hospital campaign group"
f("demonstration-planned-as-fight-to-save-beds-continues.txt", [
 ("We need people’s support, so please do all you can", "the campaign coordinator.", srh, D, "", "body",
  "'A spokesman for the Save Rothbury Hospital campaign group said:' (unnamed); the paragraph is left open", "said-before"),
 ("Local people will also be on hand with their stories", "has affected them.", srh, D, "", "body",
  "next paragraph of the spokesman's quote (left open)", "continuation"),
 ("We have yet to hear from Government on any decisions regarding the review.", None, srh, D, "", "body",
  "next paragraph of the spokesman's quote (left open)", "continuation"),
 ("As a campaign group, we continue to attempt", "have been encountered.", srh, D, "", "body",
  "next paragraph of the spokesman's quote (left open)", "continuation"),
 ("It’s now 18 months since the beds at Rothbury", "permanent closure of the beds.", srh, D, "", "body",
  "next paragraph of the spokesman's quote (left open)", "continuation"),
 ("Despite the partial victory in having the CCG’s decision", "the can is bei", srh, D, "", "body",
  "next paragraph of the spokesman's quote; cut off by the end of the excerpt", "continuation"),
])

aw = "Andrew Webb"; aw_r = "President of the Association of Directors of Children's Service (ADCS)"
f("ed118900.txt", [
 ("Ofsted’s approach is not conducive to strong, stable leadership", None, aw, P, aw_r, "standfirst",
  "a quote line under the headline with no speaker; it condenses, in nearly the same words, the first quotation printed under it (Andrew Webb's 'Ofsted's approach to inspection ... is not conducive to this'), as a quote-mark crosshead is given to that speaker", "other"),
 ("All DCSs, whether their services have been judged", "in their local area.", aw, P, aw_r, "body",
  "'Andrew Webb, President of the Association of Directors of Children's Service (ADCS) said:' on its own line above the quote; the paragraph is left open", "said-before"),
 ("To deliver sustainable, good services we need", "children's services departments.", aw, P, aw_r, "body",
  "middle paragraph of Andrew Webb's quote: no marks, but inside the quote that opens the paragraph before and closes the paragraph after", "continuation"),
 ("Ofsted's approach to inspection, namely the single word judgment", "ensure improvement in their local area.", aw, P, aw_r, "body",
  "last paragraph of Andrew Webb's quote, with only the closing mark", "continuation"),
 ("17 local authorities to be inadequate.", "the group with an inadequate", "Ofsted", O, "", "body",
  "'Ofsted's report found that ... it said:' (it = Ofsted's report, the report's words); cut off by the end of the excerpt", "pronoun"),
])

sl = "Sara Lingard"; sl_r = "contracts manager at NHS England"
f("evacuate-this-building-overcrowded-meeting-on-future-of-gp-services-in-wickford.txt", [
 ("did not expect such a large turnout", None, sl, P, sl_r, "body",
  "'Sara Lingard, contracts manager at NHS England, tried to get the meeting ... underway at 7pm by saying organisers “...”' (built into the writer's sentence)", "fragment"),
 ("It’s very hard to judge what a turnout is going to be.", "working in the area.", sl, P, sl_r, "body",
  "'She said:' (She = Sara Lingard, paragraph before)", "pronoun"),
 ("Just tell us it ain’t gonna close.", None, "One woman", D, "", "body",
  "'One woman shouted:' (unnamed, at the meeting)", "said-before"),
 ("You should have got a bigger venue.", None, "Another person at the meeting", D, "", "body",
  "'Another yelled:' (unnamed, straight after 'One woman shouted:')", "said-before"),
 ("The world doesn’t revolve around you.", None, "Another patient", D, "", "body",
  "'only to be told by another patient: “...”' (unnamed; said to the patient who shouted 'this is ridiculous')", "said-before"),
])

rs = "Robin Sharp"; rs_r = "chairman of Brent Patient Voice"
bsp = "A spokeswoman for Brent’s Clinical Commissioning Group (CCG)"
f("four-brent-surgeries-to-merge-into-two-as-health-chiefs.txt", [
 ("People like to stay with the GP they know", "travel further for consultations.", rs, P, rs_r, "body",
  "'Robin Sharp, chairman of Brent Patient Voice, a patient participation group, said:'", "said-before"),
 ("There is a general pressure from NHS England", "isn’t necessarily better.", rs, P, rs_r, "body",
  "'Mr Sharp added:'; the paragraph is left open", "said-before"),
 ("Most of the ideas coming from the top", "other people being involved.", rs, P, rs_r, "body",
  "last paragraph of Robin Sharp's second quote (closed)", "continuation"),
 ("Patients were involved in the decision-making process", "what we proposed.", bsp, D, "", "body",
  "'She said:' (She = the unnamed spokeswoman for Brent’s CCG, whose reported speech is the paragraph before); the paragraph is left open", "pronoun"),
 ("It’ll create a larger workforce", "to see the patients.", bsp, D, "", "body",
  "last paragraph of the spokeswoman's quote (closed)", "continuation"),
])

jh = "Dr John Hughes"; jh_r = "GP in the Manchester area"
jd = "Janet Davies"; jd_r = "Royal College of Nursing's director of nursing"
f("health-22394397.txt", [
 ("less than 10 hours after it was actually launched", None, jh, P, jh_r, "body",
  "'He said that the 111 service had been suspended \"...\"' (He = Dr John Hughes, a GP in the Manchester area, paragraph before; built into the writer's sentence)", "fragment"),
 ("we really need to look very carefully at what we need in the future.", None, jd, P, jd_r, "body",
  "'The Royal College of Nursing's director of nursing Janet Davies explained that \"...\"' (built into the writer's sentence)", "fragment"),
 ("NHS England need to make a long term plans for this", "going to be next week,", jd, P, jd_r, "body",
  "'\"...,\" she said.' (she = Janet Davies, paragraph before)", "pronoun"),
 ("This is a fragmented service with local contracts", "very very chaotic,", jd, P, jd_r, "body",
  "'\"...,\" she added.' (she = Janet Davies)", "pronoun"),
])

rsw = "Robin Swann"; rsw_r = "Health Minister"
cg = "Colm Gildernew"; cg_r = "Sinn Féin MLA"
f("health-minister-robin-swann-says-the-people-of-ni-deserve-better.txt", [
 ("The people of Northern Ireland deserve better.", None, rsw, P, rsw_r, "body",
  "'Minister Swann said:' (Health Minister Robin Swann, the lead); the paragraph is left open", "said-before"),
 ("I have written to the chief executives of each of the Trusts", "assessments of the situation,", rsw, P, rsw_r, "body",
  "a paragraph of Robin Swann's quote that carries its own '\"...,\" he said.'", "pronoun"),
 ("We all owe a debt of gratitude to the staff", "as well as for patients.", rsw, P, rsw_r, "body",
  "next paragraph of Robin Swann's quote (left open)", "continuation"),
 ("I fully recognise that there are no quick or easy solutions.", "services are delivered.", rsw, P, rsw_r, "body",
  "last paragraph of Robin Swann's quote (closed)", "continuation"),
 ("This is not just a crisis facing Emergency Departments", "health and social care system.", cg, P, cg_r, "body",
  "'He said:' (He = Sinn Féin MLA Colm Gildernew, paragraph before); the paragraph is left open", "pronoun"),
 ("It is clear that the hard working health and social care staff", "the huge pressures.", cg, P, cg_r, "body",
  "next paragraph of Colm Gildernew's quote, re-opened with a curly mark after a straight opening (left open)", "continuation"),
 ("I am concerned that ongoing challenges with supporting people", "times for Emergency Departments.", cg, P, cg_r, "body",
  "next paragraph of Colm Gildernew's quote (left open)", "continuation"),
 ("Significant investment in health and social care services", "within health and social care.", cg, P, cg_r, "body",
  "next paragraph of Colm Gildernew's quote (left open)", "continuation"),
 ("We need an end to the ten years of Tory cuts", "which h", cg, P, cg_r, "body",
  "next paragraph of Colm Gildernew's quote; cut off by the end of the excerpt", "continuation"),
])

jg = "Jo Goodman"; jg_r = "co-founder of the Covid-19 Bereaved Families for Justice group"
f("im-traumatised-now-covid-bereaved.txt", [
 ("We believe that in some cases it is likely", "passing away at home,", jg, P, jg_r, "body",
  "'“...,” said the group’s co-founder Jo Goodman, whose father ... died' (the group = Covid-19 Bereaved Families for Justice, paragraph before)", "said-after"),
 ("Despite having very severe symptoms including skin discolouration", "ambulance sent out,", jg, P, jg_r, "body",
  "'“...,” Goodman said.'", "said-after"),
])

jk = "Joanne Kearsley"; jk_r = "south Manchester’s deputy coroner"
f("inquest-returns-narrative-verdict-over-pensioner-s-hospital-fall-death.txt", [
 ("He stood up very quickly and fell, hitting his neck.", None, "Lynette Wright", P, "Nurse", "body",
  "'Nurse Lynette Wright said:'", "said-before"),
 ("In terms of my verdict today it is difficult,", None, jk, P, jk_r, "body",
  "'“...,” said cornoer Ms Kearlsey.' (the deputy coroner introduced as Joanne Kearsley; the misspelt title and surname are the printed attribution, the name as first introduced is used)", "said-after"),
 ("Natural causes or accidental don’t do it justice.", "short narrative verdict.", jk, P, jk_r, "body",
  "second quoted passage after 'said cornoer Ms Kearlsey.' in the same paragraph; left open", "continuation"),
 ("We know the deceased often fell and had a history of falls.", "caused a bleed.", jk, P, jk_r, "body",
  "last paragraph of the coroner's quote (closed)", "continuation"),
])

f("investigation-exposes-shocking-variation-of-hospital-care-for-people-with-dementia.txt", [
 ("Before going into hospital, my mum didn’t have a formal diagnosis", "recognised the signs bec", "Elsie Carrasco", P, "", "body",
  "'Elsie said:' (Elsie Carrasco, 34, from Crowborough, paragraph before; age and place are not a role); cut off by the end of the excerpt", "said-before"),
])

mi = "Mark Isherwood"; mi_r = "North Wales Assembly Member"
f("llanblogger-search.txt", [
 ("A Welsh Government target recommends no-one should wait", "the people of North Wales deserve better.", mi, P, mi_r, "body",
  "'Mr Isherwood said: “ ' (North Wales Assembly Member Mark Isherwood, first line); a space after the opening mark", "said-before"),
 ("These waits not only lay bare the true scale", "target busting waiting times and", mi, P, mi_r, "body",
  "'Mr Isherwood added:'; cut off by the end of the excerpt", "said-before"),
])

mb = "Melvin Bradley"; mb_r = "manager of MHIST"
aj = "Andrew Jones"; aj_r = "independent mental health advocate at MHIST"
f("mental-health-staff-slam-plans-to-close-50-beds.txt", [
 ("It has been billed as a consultation but it seems", "the decision has been made.", mb, P, mb_r, "body",
  "'He said:' (He = Melvin Bradley, manager of MHIST, paragraph before); the paragraph is left open", "pronoun"),
 ("It’s like there’s a ‘plan A’ but no ‘plan B’.", None, mb, P, mb_r, "body",
  "next paragraph of Melvin Bradley's quote (left open); the nested 'plan A' and 'plan B' have fewer than 5 words", "continuation"),
 ("Even if people don’t want it, it seems like staying", "is not an option.", mb, P, mb_r, "body",
  "last paragraph of Melvin Bradley's quote (closed)", "continuation"),
 ("If they are going to do this care in the community", "up and running first.", aj, P, aj_r, "body",
  "'Andrew Jones, an independent mental health advocate at MHIST, added:'; the paragraph is left open", "said-before"),
 ("Also, are they recruiting new teams to deliver this service?", None, aj, P, aj_r, "body",
  "next paragraph of Andrew Jones's quote (left open)", "continuation"),
 ("If there’s not enough beds in Bolton or Salford", "beds are not available.", aj, P, aj_r, "body",
  "last paragraph of Andrew Jones's quote (closed)", "continuation"),
])

cgr = "Dr Clare Gerada"; cgr_r = "RCGP chair"
f("nhs-111-helpline-chaos-doctors.txt", [
 ("The concept of a unified number to support 999", "significantly problematic,", cgr, P, cgr_r, "body",
  "'RCGP chair Dr Clare Gerada called for urgent action to protect patients. \"...,\" she said.' (the name earlier in the same paragraph)", "pronoun"),
 ("Questions need to be asked about why a completely new system", "reorganisation in its history.", cgr, P, cgr_r, "body",
  "next paragraph of Dr Clare Gerada's quote (left open)", "continuation"),
 ("We now have a patchwork quilt of services", "trying to access the service.", cgr, P, cgr_r, "body",
  "next paragraph of Dr Clare Gerada's quote (left open); the paragraph after it is cut off after four words and is not labelled", "continuation"),
])

dk = "David Kent"; dk_r = "secretary of Camden and Islington Local Pharmaceutical Committee"
f("nhs-cuts-will-doom-half-of-small-pharmacies.txt", [
 ("will doom half of small pharmacies", None, U, U, "", "headline",
  "a headline quote with no speaker in the headline; before the cut the body gives the claim only in the writer's own words ('This could force half of the independents in London to shut') and credits it to no one", "other"),
 ("It's disgraceful and will affect the most vulnerable,", None, dk, P, dk_r, "body",
  "'\"...,\" he said.' (he = David Kent, whose reported speech is the paragraph before)", "pronoun"),
 ("The community pharmacy is being sent to the scrapheap", "without this money.", dk, P, dk_r, "body",
  "second quoted passage after 'he said.' in the same paragraph", "continuation"),
 ("This is based on greed.", "the community will suffer.", "Harry Gitter", P, "", "body",
  "'Harry Gitter, who owns Macey Pharmacy ..., said he faced closure within a year under the new system: \"...\"' (a quote after his reported speech in the same sentence, no verb of its own; the relative clause is not a role)", "said-before"),
 ("We believe smaller operators hav", None, "A Pharmaceutical Services Negotiating Committee spokesman", D, "", "body",
  "'The negotiating committee denied ... A spokesman said:' (the negotiating committee = the Pharmaceutical Services Negotiating Committee; unnamed); five tokens, the last a cut-off word, cut off by the end of the excerpt", "said-before"),
])

f("nhs-in-crisis-we-need-national-publicity-of-the-issues.txt", [
 ("We need national publicity of the issues we have campaigned on locally for years", None, U, U, "", "headline",
  "a headline quote on a readers' letters page; its words are in none of the letters before the cut and no one is credited with them", "other"),
 ("You ask if I’d be willing to pay more tax to fund the NHS.", "raising more money for the NHS.", "Tom Saul", P, "", "body",
  "a reader's letter opened with “ and never closed, with the name line 'Tom Saul' below it ('We asked readers to write in ... This is what you told us.'); a named letter writer is a person, and the letters after it carry no quote marks", "name-role-line"),
])

yh = "A spokesperson for York Hospital"
rcs = "Royal College of Surgeons and NHS Providers"
f("operations-cancelled-in-hospital-beds-crisis.txt", [
 ("Due to winter pressures the Trust sometimes has to cancel", "elderly patients who are admitted.", yh, D, "", "body",
  "'A spokesperson for the hospital said:' (the hospital = York Hospital; unnamed); the paragraph is left open", "said-before"),
 ("This year our Emergency Departments have seen unprecedented attendances", "reflective of the national picture.", yh, D, "", "body",
  "a paragraph without marks inside the spokesperson's quote, which opens the paragraph before and closes two paragraphs later", "continuation"),
 ("Any cancellation of a scheduled operation is a matter of regret", "whatever the reason.", yh, D, "", "body",
  "next paragraph of the spokesperson's quote, re-opened (left open)", "continuation"),
 ("We do appreciate the lengths people go to", "based on clinical priorities.", yh, D, "", "body",
  "last paragraph of the spokesperson's quote (closed)", "continuation"),
 ("Compared to most European countries the NHS is underfunded.", None, rcs, O, "", "body",
  "'They said:' (They = the Royal College of Surgeons and NHS Providers, whose joint statement is the paragraph before); the paragraph is left open", "pronoun"),
 ("It has been assumed this is helping to drive productivity", "planned operations cancelled w", rcs, O, "", "body",
  "next paragraph of the joint statement; cut off by the end of the excerpt", "continuation"),
])

jgo = "Jeff Gorman"; jgo_r = "UNISON branch secretary for North West Ambulance Service"
f("patients-being-treated-in-ambulances-used-as-ae-cubicles-at-overburdened-hospitals.txt", [
 ("We are queuing up outside emergency departments", "anything like this would ever happen.", jgo, P, jgo_r, "body",
  "'Jeff Gorman, UNISON branch secretary for North West Ambulance Service, said:'; the line is left open", "said-before"),
 ("In normal times we take the patient to A&E", "somewhere to put the patient.", jgo, P, jgo_r, "body",
  "next line of Jeff Gorman's quote (left open)", "continuation"),
 ("The hospital staff just don’t have the resources", "being used as cubicles outside.", jgo, P, jgo_r, "body",
  "last line of Jeff Gorman's quote (closed)", "continuation"),
])

rj = "Ron Jeffries"; rj_r = "resident"
ls_ = "Loraine Sladden"; ls_r = "Former Redbridge councillor"
f("patients-call-for-nhs-to-rethink-baffling-closure-of-newbury.txt", [
 ("no beds or services have been lost as a result of the re-location.", None, "NHS England", O, "", "body",
  "'NHS England, who made the decision to close the practise, have reassured residents that “...”' (built into the writer's sentence)", "fragment"),
 ("This relocation is totally unacceptable", "unable to get to King George’s.", rj, P, rj_r, "body",
  "'The Spearpoint Gardens, Aldborough Hatch, resident said:' (a description of 'Resident, Ron Jeffries', paragraph before); the paragraph is left open", "description"),
 ("I believe there are a number of more suitable premises", "into a modern surgery.", rj, P, rj_r, "body",
  "last paragraph of Ron Jeffries's quote (closed)", "continuation"),
 ("At the new surgery phones are ringing off the hook", "Spearpoint Surgery has relocated.", ls_, P, ls_r, "body",
  "'Former Redbridge councillor, Loraine Sladden, said:'; the paragraph is left open", "said-before"),
 ("For a Monday morning the waiting room was quiet.", "the surgery is normally packed.", ls_, P, ls_r, "body",
  "last paragraph of Loraine Sladden's quote (closed)", "continuation"),
 ("Good, local GP services are vital to keeping well", "is so baffling.", "Cllr Andy Walker", P, "", "body",
  "'Cllr Andy Walker added:' (no role beyond 'Cllr' is given); the paragraph is left open", "said-before"),
 ("There is a real risk that a small number of patients", "because of the fare and", "Cllr Andy Walker", P, "", "body",
  "next paragraph of Cllr Andy Walker's quote; cut off by the end of the excerpt", "continuation"),
])

vc = "Vince Cable"; vc_r = "Lib Dem leader"
ie = "Ian Eardley"; ie_r = "of the Royal College of Surgeons"
f("patients-facing-eight-month-wait-hip-operations.txt", [
 ("It is alarming to hear how long people are having to wait.", None, vc, P, vc_r, "body",
  "'Lib Dem leader Vince Cable said:'; the paragraph is left open", "said-before"),
 ("Our NHS is under increased pressure and creaking at the seams.", "needs more funding.", vc, P, vc_r, "body",
  "last paragraph of Vince Cable's quote (closed)", "continuation"),
 ("With an ageing population, more and more people require surgery", "replace hips and knees.", ie, P, ie_r, "body",
  "'Ian Eardley, of the Royal College of Surgeons, said:'; the paragraph is left open", "said-before"),
 ("Hip and knee replacements are some of the most cost-effective", "It is unacceptable that so", ie, P, ie_r, "body",
  "next paragraph of Ian Eardley's quote; cut off by the end of the excerpt", "continuation"),
])

f("proud-royalist-pensioner-died-after-two-falls-inquest-hears.txt", [
 ("It is usual to say that when someone falls on a ward", "takes place in hospital?", "Alan Craze", P, "coroner", "body",
  "'Recording a verdict of accidental death Mr Craze said, “...”' (coroner Alan Craze, introduced earlier); the 2-word headline quote is below the limit", "said-before"),
])

pcu = "Pat Cullen"; pcu_r = "RCN general secretary and chief executive"
f("rcn-warns-unsafe-staffing-levels.txt", [
 ("These results speak for themselves.", "across the UK is unacceptable.", pcu, P, pcu_r, "body",
  "'RCN general secretary and chief executive Pat Cullen (pictured) said:'; the paragraph is left open", "said-before"),
 ("Our members are nursing under unsustainable pressure", "high-quality patient care.", pcu, P, pcu_r, "body",
  "last paragraph of Pat Cullen's quote (closed)", "continuation"),
 ("take accountability for nursing workforce planning", "population health needs", "RCN", O, "", "body",
  "'The union called on the Westminster and devolved governments to ‘...’' (the union = the RCN; built into the writer's sentence)", "fragment"),
 ("To those from government listening to my words", "have had enough.", pcu, P, pcu_r, "body",
  "'Ms Cullen is due to warn at the conference that ... She will say:' (words released before the speech, given to her); the paragraph is left open", "pronoun"),
 ("We're tired, fed up, demoralised", "Do something about it.", pcu, P, pcu_r, "body",
  "last paragraph of Pat Cullen's conference quote (closed)", "continuation"),
 ("This is the latest in", None, "Layla McCay", P, "NHS Confederation policy director", "body",
  "'NHS Confederation policy director Layla McCay said:'; five tokens, cut off by the end of the excerpt", "said-before"),
])

rbb = "Royal Berkshire Hospital Foundation Trust board"
rbg = "Royal Berkshire Hospital Foundation Trust council of governors"
f("royal-berkshire-ceo-confronted-over-trust-finances.txt", [
 ("The board concluded by expressing significant concern", "not in control of expenditure.", rbb, O, "", "body",
  "'A trust board summary from November, published as part of the council of governors’ January meeting papers, said:' (the board's document; the nested 'cost shocks' has 2 words); the paragraph is left open", "description"),
 ("The board commented that it was imperative for the Executive", "being exercised over costs.", rbb, O, "", "body",
  "last paragraph of the board summary's quote (closed)", "continuation"),
 ("disappointing increase in pay costs in October", None, U, U, "", "body",
  "'The board had heard that there was a “...”' (words the board heard, built into the writer's sentence; the text does not say who said them)", "other"),
 ("In addition, non-pay costs were not reducing", "planned deficit of £0.9m.", rbg, O, "", "body",
  "'Governors’ papers said:' (the council of governors' meeting papers, named in the paragraph that introduces the board summary); the paragraph is left open", "description"),
 ("The board expressed significant concern at the financial performance", "would be successful.", rbg, O, "", "body",
  "last paragraph of the governors' papers' quote (closed)", "continuation"),
])

stm = "The mother of the teenager who tried to take her own life"
f("suicide-risk-teenager-waits-weeks-for-help-as-health-services-struggle-to-cope.txt", [
 ("She made a suicide attempt and it was still weeks after that", "was actually seen,", stm, D, "", "body",
  "'“...,” the mother said.' (the unnamed mother of the paragraph before)", "said-after"),
 ("The suicide attempt was due to her father’s death", "couldn’t cope with it.", stm, D, "", "body",
  "second quoted passage after 'the mother said.' in the same paragraph; left open", "continuation"),
 ("We couldn’t get to see anyone.", "didn’t know what to do.", stm, D, "", "body",
  "next paragraph of the mother's quote (left open)", "continuation"),
 ("The day after her suicide attempt, I was phoning up", "four weeks after that.", stm, D, "", "body",
  "next paragraph of the mother's quote (left open)", "continuation"),
 ("There are just so many teenagers and young adults", "four weeks to see somebody.", stm, D, "", "body",
  "last paragraph of the mother's quote (closed)", "continuation"),
])

nh = "Neil Hunt"; nh_r = "Chief Executive of Alzheimer’s Society"
f("the-scandal-of-care.txt", [
 ("It is shocking that people with dementia are occupying", "taking dementia seriously.", nh, P, nh_r, "body",
  "'Neil Hunt, Chief Executive of Alzheimer’s Society, says,' on its own line above the quote; the paragraph is left open", "said-before"),
 ("At least £80 million a year and probably hundreds of millions could", None, nh, P, nh_r, "body",
  "next paragraph of Neil Hunt's quote; cut off by the end of the excerpt", "continuation"),
])

tm = "Theresa May"; tm_r = "Prime Minister"
f("theresa-may-nhs-crisis-winter-apology-patients-cancelled-operations-latest-updates.txt", [
 ("I know it's difficult, I know it's frustrating", None, tm, P, tm_r, "standfirst",
  "the standfirst 'Prime Minister admits: '...'' under the headline naming Theresa May (a description of the named person before the quote)", "description"),
 ("I know it’s difficult, I know it’s frustrating, I know it’s disappointing", "and I apologise.", tm, P, tm_r, "body",
  "'Speaking during a visit to Frimley Park Hospital in Surrey, the Prime Minister said:' (the Prime Minister = Theresa May)", "description"),
 ("I recognise that it’s difficult for people who are facing delays", "as soon as possible.", tm, P, tm_r, "body",
  "a closed quote paragraph with no attribution straight after Theresa May's closed quote", "continuation"),
 ("The NHS was better prepared for this winter than ever before.", "the treatment they need.", tm, P, tm_r, "body",
  "'She said:' (She = the Prime Minister, paragraph before); the 4-word 'better than ever before' before it is below the limit", "pronoun"),
 ("We are putting record amounts of money into the NHS.", "the National Health Service.", tm, P, tm_r, "body",
  "'Ms May added:'; the paragraph is left open", "said-before"),
 ("There are pressures over the winter period but these have been planned", None, tm, P, tm_r, "body",
  "next paragraph of Theresa May's quote; cut off by the end of the excerpt", "continuation"),
])

jr = "Jonathan Ring"; jr_r = "partner of Marsden Health Centre"
f("two-colne-valley-gp-surgeries.txt", [
 ("not immune from the funding squeeze that is affecting all of the health service", None, "Marsden Health Centre staff", D, "", "body",
  "'Marsden Health Centre’s patients’ October newsletter, in which staff said that ... it was ‘...’' (unnamed staff, in the newsletter; built into the writer's sentence)", "fragment"),
 ("The whole of primary care across the country has these same problems of funding.", None, jr, P, jr_r, "body",
  "'Dr Ring, said:' (Jonathan Ring, a partner of Marsden Health Centre, introduced without 'Dr'; the name as first introduced is used); the paragraph is left open", "said-before"),
 ("We want to protect services for patients", "patients at both practices.", jr, P, jr_r, "body",
  "next paragraph of Jonathan Ring's quote (left open)", "continuation"),
 ("At the moment it’s only a proposal", "this side of Christmas.", jr, P, jr_r, "body",
  "next paragraph of Jonathan Ring's quote (left open)", "continuation"),
 ("We can’t talk about the specifics at the moment", "funding for front line services.", jr, P, jr_r, "body",
  "last paragraph of Jonathan Ring's quote (closed)", "continuation"),
])

cs_ = "Caroline Sumeray"; cs__r = "Isle of Wight Coroner"
mo = "Maggie Oldham"; mo_r = "chief executive of the Isle of Wight NHS Trust"
f("uk-england-hampshire-47493915.txt", [
 ("they didn't realise that when there was an inquest, that meant that somebody had died", None, cs_, P, cs__r, "body",
  "'She said she \"wanted to weep\" when she heard that trust staff failed to notify her because \"...\"' (She = the coroner, Caroline Sumeray; the staff's reason in her words, built into the writer's sentence)", "fragment"),
 ("In all 20 cases... I have had to metaphorically resurrect the dead,", None, cs_, P, cs__r, "body",
  "'\"...,\" she said.' (she = the coroner, Caroline Sumeray, line before)", "pronoun"),
 ("The bodies were released and in every single case they were cremated", "wasn't referred to me.", cs_, P, cs__r, "body",
  "a closed quote line with no attribution straight after the coroner's quote", "continuation"),
 ("I was extremely disappointed... and I feel terrible", "letting your office down.", mo, P, mo_r, "body",
  "'Ms Oldham told the coroner:' (the trust's chief executive Maggie Oldham, introduced earlier); the line is left open", "said-before"),
 ("The reassurances that some of the team have given us", "failing terribly.", mo, P, mo_r, "body",
  "last line of Maggie Oldham's quote (closed)", "continuation"),
 ("I apologise to the coroner and to all the families for the re", None, mo, P, mo_r, "body",
  "'In a statement released after the hearing, Ms Oldham added:'; cut off by the end of the excerpt", "said-before"),
])

f("uk-health-trusts-suspend-home.txt", [
 ("Staffing pressures in maternity services are very real right now.", "feels safe to them.", "Maria Booker", P, "programmes director at the charity Birthrights", "body",
  "'Maria Booker, programmes director at the charity Birthrights, said:'; the paragraph is left open", "said-before"),
 ("Some know they will labour better at home", "We cann", "Maria Booker", P, "programmes director at the charity Birthrights", "body",
  "next paragraph of Maria Booker's quote; cut off by the end of the excerpt", "continuation"),
])

jl = "Dr Jo Leahy"; jl_r = "Clinical Chair of Telford & Wrekin Clinical Commissioning Group"
f("walk-in-gp-service-located-at-the-princess-royal-hospital-to-close.txt", [
 ("We appreciate patients at Malling Health Wrekin will be concerned", "can take additional patients.", jl, P, jl_r, "body",
  "'Dr Jo Leahy, Clinical Chair of the CCG said:' (the CCG = Telford & Wrekin Clinical Commissioning Group); the paragraph is left open", "said-before"),
 ("We also feel that the Walk In service is not fulfilling", "better value and benefit patients.", jl, P, jl_r, "body",
  "next paragraph of Dr Jo Leahy's quote (left open)", "continuation"),
 ("We now intend to work towards a smooth transition", "and we know that", jl, P, jl_r, "body",
  "next paragraph of Dr Jo Leahy's quote; cut off by the end of the excerpt", "continuation"),
])

f("west-sussex-mum-shares-her-desperate-battle-to-get-mental-health-support-for-her-teenage-son.txt", [
 ("His life hangs in the balance", None, "Jane", P, "mum", "headline",
  "a headline quote whose words recur in Jane's quote below ('now his life hangs in the balance as do many others'); 'Jane' is the changed name the paper gives the mother", "other"),
 ("My son is still extremely ill with undiagnosed ADHD/ASC", "mental health regulation,", "Jane", P, "mum", "body",
  "'“...,” Jane said.' ('Mum Jane', 'Single mum Jane'; the paper says it changed the names)", "said-after"),
 ("Now he has reached teenage years", "as do many others.", "Jane", P, "mum", "body",
  "next paragraph of Jane's quote (left open)", "continuation"),
 ("He needs crisis help, which our Government s", None, "Jane", P, "mum", "body",
  "next paragraph of Jane's quote; cut off by the end of the excerpt", "continuation"),
])

wid = "The 93-year-old man who used the username Lottie21"
f("widower-93-thanks-nhs-workers-arranging-precious-last-days-wife.txt", [
 ("Thank you from the bottom of my heart for everything.", None, wid, D, "", "body",
  "'the man thanked staff on the website, Patient Opinion writing: “...”' (the unnamed 93-year-old widower, 'still unknown'; written words)", "said-before"),
 ("I am a 93 year old who has always led an independent", "some of that independence.", wid, D, "", "body",
  "'Using the username Lottie21, he wrote:' (he = the unnamed man); the paragraph is left open", "pronoun"),
 ("My 90-year-old wife of 69 years had end stage dementia", "local nursing home.", wid, D, "", "body",
  "next paragraph of the man's post (left open)", "continuation"),
 ("It broke my heart to not be able to go see her", "in the home for updates.", wid, D, "", "body",
  "last paragraph of the man's post (closed)", "continuation"),
 ("staff being run off thei", None, wid, D, "", "body",
  "'The man went on to praise staff at the care home for update him ... despite “...”' (built into the writer's sentence); five tokens, the last a cut-off word", "fragment"),
])


def build():
    return label_table.build(R, prefix="T", split="heldout9", out="eval/quotes/heldout9.jsonl")


if __name__ == "__main__":
    recs = build()
    print(len(recs), "records")
