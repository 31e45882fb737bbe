"""Build heldout8.jsonl (the eighth held-out attribution set, over eval/corpus11) from
the hand-written label table below.

Same method as build_heldout7.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout8.py   (writes eval/quotes/heldout8.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus11/")

# ---------------------------------------------------------------------------
mf = "Mike Fieldhouse"; mf_r = "secretary of the Save Southend A&E campaign group"
f("1-000-campaigners-take-to-the-streets-to-protest-against-a-e-plans.txt", [
 ("We only started planning the march", "anywhere from 600 to 1,000.", mf, P, mf_r, "body",
  "'Mike Fieldhouse, secretary of the group, which was set up to fight against ... proposals, said:' (the group = the Save Southend A&E campaign group, paragraph before); the paragraph is left open", "said-before"),
 ("We had families, children, mums and dads", "This affects everyone.", mf, P, mf_r, "body",
  "next paragraph of Mike Fieldhouse's quote, re-opened with “ (left open)", "continuation"),
 ("This is not political, we want it to be", "fighting against each other.", mf, P, mf_r, "body",
  "last paragraph of Mike Fieldhouse's quote (closed)", "continuation"),
 ("Doctors and nurses don’t want to work", "not what they trained for.", mf, P, mf_r, "body",
  "'Mr Fieldhouse, who is the Labour Party spokesman for Prittlewell ward, added:' (the relative clause is not a role); the paragraph is left open", "said-before"),
 ("We are told Basildon Hospital is going", "a huge A&E department.", mf, P, mf_r, "body",
  "next paragraph of Mike Fieldhouse's quote (closed)", "continuation"),
 ("I wasn’t sure what the turnout would be", "discontent there is over the plans.", "Lara Roberts", P, "student", "body",
  "'Student Lara Roberts, 19, from Westcliff, joined the march. She said:'; the paragraph is left open", "pronoun"),
 ("We don’t want to see our A&E facilities", "then people will suffer.", "Lara Roberts", P, "student", "body",
  "next paragraph of Lara Roberts's quote (left open)", "continuation"),
 ("The population here is growing, not shrinking.", None, "Lara Roberts", P, "student", "body",
  "next paragraph of Lara Roberts's quote (left open)", "continuation"),
 ("I’m only young but my grandad", "worried about this. He", "Lara Roberts", P, "student", "body",
  "next paragraph of Lara Roberts's quote; cut off by the end of the excerpt", "continuation"),
])

f("3-million-hours-of-home-care-lost-due-to-council-cuts.txt", [
 ("Included in our new report are real-life stories", "it’s no surprise.", "Age UK", O, "", "pull quote",
  "a quote set between the standfirst ('Older people and families paying the price, says Age UK') and the body, with no name; it speaks of 'our new report', which the next line calls 'A new report from Age UK'; no person is named in the excerpt (contains a 1-word nested quote)", "other"),
 ("Behind the Headlines – the battle to get care at home", None, "", N, "", "body",
  "a report's title in quote marks ('A new report from Age UK, ‘ Behind the Headlines – ...’ illustrates'), nobody's speech", "other"),
])

dc = "Dominic Cox"; dc_r = "locality director for NHS England in the Central Midlands"
dw = "Deb Williams"; dw_r = "Managing Partner for Clapham Road Surgery"
f("6-000-patients-to-be-moved-after-bedford-gp-closes.txt", [
 ("In order to ensure that patients have uninterrupted access", "with effect from November. 8.", dc, P, dc_r, "body",
  "'Dominic Cox, locality director for NHS England in the Central Midlands, said:'; the paragraph is left open", "said-before"),
 ("The practice will close and patients will no longer", "access services there.", dc, P, dc_r, "body",
  "next paragraph of Dominic Cox's quote (left open)", "continuation"),
 ("I wrote to all the patients registered", "as soon as these were confirmed.", dc, P, dc_r, "body",
  "next paragraph of Dominic Cox's quote (left open)", "continuation"),
 ("As I said in my letter, we apologise", "this significant change.", dc, P, dc_r, "body",
  "last paragraph of Dominic Cox's quote (closed)", "continuation"),
 ("We were one of two practices which came forward", "to take on more patients.", dw, P, dw_r, "body",
  "'Deb Williams, Managing Partner for Clapham Road Surgery said:' on its own line above the quote; the paragraph is left open", "said-before"),
 ("We have the capability and resources", "affecting our existing patients.", dw, P, dw_r, "body",
  "next paragraph of Deb Williams's quote (closed)", "continuation"),
])

dr = "Dr Danny Ruta"; dr_r = "Lewisham council’s director of public health"
f("a-campaign-by-town-hall-chiefs-and-chef-jamie-oliver.txt", [
 ("Lewisham is still in the grip of an obesity epidemic", "increased to 39 per cent.", dr, P, dr_r, "body",
  "'He was joined by Lewisham council’s director of public health, Dr Danny Ruta, who said:' (who = Dr Danny Ruta; He = Sir Steve Bullock, who is not quoted); the line is left open", "said-before"),
 ("This obesity epidemic is a normal response", "sugar that surrounds us.", dr, P, dr_r, "body",
  "next line of Dr Ruta's quote: no opening mark, closed at its end (inside the quote that opens on the line before)", "continuation"),
])

f("ambulance-workers-to-strike-for-two-more-days-in-january.txt", [
 ("a conscious choice to inflict harm on patients", None, "Steve Barclay", P, "Health Secretary", "body",
  "'Health Secretary Steve Barclay claimed that health unions were making “...”' (built into the writer's sentence)", "fragment"),
 ("It’s only through talks that this dispute will end.", "the health secretary’s finest hour.", "Christina McAnea", P, "Unision general secretary", "body",
  "'Commenting on the new strike dates, Unision general secretary Christina McAnea said:' (the union's name as printed); the embedded tweet above carries no quote marks and is not labelled", "said-before"),
])

gr = "Gemma Roden"
f("andover-mum-calls-change-following-awful-camhs-wait.txt", [
 ("I’m fighting my daughter’s corner and I’m just not getting anywhere,", None, gr, P, "", "body",
  "'“...,” Gemma told the Advertiser.' (Gemma = Gemma Roden, paragraph before; 'An Andover mum' and 'daughter Kaylah' are not given as a role in apposition)", "said-after"),
 ("CAMHS are just ridiculous.", "something needs to change.", gr, P, "", "body",
  "second quoted passage after 'Gemma told the Advertiser' in the same paragraph", "continuation"),
 ("It’s been an absolute nightmare trying to even get her on the ladder for CAMHS,", None, gr, P, "", "body",
  "'“...,” the 36-year-old said.' (the 36-year-old = Gemma, the subject of the paragraph before)", "description"),
 ("They [CAMHS] keep saying she doesn’t meet the criteria.", None, gr, P, "", "body",
  "second quoted sentence after 'the 36-year-old said' in the same paragraph", "continuation"),
 ("They’re saying it’s just anger", "the help she needs.", gr, P, "", "body",
  "next paragraph, a closed quote with no attribution of its own, straight after Gemma's quote", "continuation"),
 ("Going private costs a lot of money,", None, gr, P, "", "body",
  "'“...,” she said,' (she = Gemma, 'Gemma says that' in the paragraph before)", "pronoun"),
 ("and I’m a single parent.", "as much as I would like to.", gr, P, "", "body",
  "second quoted passage after 'she said,' in the same paragraph", "continuation"),
])

nh = "Nathan Hudson"; nh_r = "emergency services operations delivery director at WMAS"
f("apology-oswestry-woman-nine-hour-wait-ambulance.txt", [
 ("I would like to apologise wholeheartedly", "to get to Mrs Coombes.", nh, P, nh_r, "body",
  "'He said:' (He = Nathan Hudson, paragraph before); the paragraph is left open", "pronoun"),
 ("No-one should have to wait almost nine hours", "who is in severe pain.", nh, P, nh_r, "body",
  "next paragraph of Nathan Hudson's quote, re-opened with \" (left open)", "continuation"),
 ("Unfortunately, the NHS remains under severe pressure.", None, nh, P, nh_r, "body",
  "next paragraph of Nathan Hudson's quote, re-opened with “ (left open)", "continuation"),
 ("At the time of the call, demand for ambulances", "same day last year.", nh, P, nh_r, "body",
  "next paragraph of Nathan Hudson's quote (left open)", "continuation"),
 ("The pressure on local hospitals also has a knock-on effect", "their 999 call.", nh, P, nh_r, "body",
  "next paragraph of Nathan Hudson's quote (left open)", "continuation"),
 ("Like our colleagues in hospitals and other parts of the NHS", "for the time of year.", nh, P, nh_r, "body",
  "next paragraph of Nathan Hudson's quote (left open)", "continuation"),
 ("I would also encourage members of the public", "urgent treatment centres.", nh, P, nh_r, "body",
  "last paragraph of Nathan Hudson's quote (closed)", "continuation"),
])

f("campaigners-try-to-save-weston-general-hospital-a-e.txt", [
 ("The public consultation process was a Trojan horse", "there is already a shortage.", "Cllr Tim Taylor", P, "", "body",
  "'Cllr Tim Taylor, speaking at last week's full council meeting before joining the protest, said:' (no role is given); the paragraph is left open", "said-before"),
 ("The permanent overnight closure will have real life impacts", "measured by the health service.", "Cllr Tim Taylor", P, "", "body",
  "next paragraph of Cllr Tim Taylor's quote (closed)", "continuation"),
 ("Weston General Hospital simply does not fit", "model of health care.", "Steve Timmins", P, "", "body",
  "'Steve Timmins, before the HOSP meeting, told councillors:' (no role is given); the paragraph is left open", "said-before"),
 ("The proposals are not in the interests of health care", "in this area.", "Steve Timmins", P, "", "body",
  "next paragraph of Steve Timmins's quote (left open)", "continuation"),
 ("North Somerset is not some sad little back water", "an expanding and gr", "Steve Timmins", P, "", "body",
  "next paragraph of Steve Timmins's quote; cut off by the end of the excerpt", "continuation"),
])

f("council-declares-war-on-sugar-and-junk-food.txt", [
 ("I had a relatively good education", "other pressures in parts of their life.", "Julie Dore", P, "Council Leader", "body",
  "'But Council Leader Julie Dore said the aim was to help everyone. She told the council’s Cabinet meeting:'", "pronoun"),
 ("GULP is a 10 week programme", "gain pounds in their wallet.", "Coun Jackie Drayton", P, "Cabinet Member for Children", "body",
  "a quote paragraph with no attribution of its own straight after 'Coun Jackie Drayton, Cabinet Member for Children, said it was about finding innovative schemes.'", "continuation"),
])

f("covid-19-nhs-staff-tell-of-exhaustion-treating-patients.txt", [
 ("It doesn't feel anywhere near over", None, "unclear", U, "", "headline",
  "headline in quote marks with no speaker; its words are in no quotation of the page and the page credits no one with them (the only quoted speaker, Matron Lucy Pitt, says other words)", "other"),
 ("I felt slightly overwhelmed with sadness.", "need to be more sensible.", "Lucy Pitt", P, "Matron", "body",
  "'Matron Lucy Pitt said:'", "said-before"),
])

mp = "Dr Minesh Patel"; mp_r = "lead GP for Horsham and Mid Sussex NHS Clinical Commissioning Group"
f("debate-should-gp-surgeries-be-open-12-hours-a-day-seven-days-a-week.txt", [
 ("The move will make it easier for people see their family doctor", "seven days a week,", "Downing Street", O, "", "body",
  "'“...,” states Downing Street.'", "said-after"),
 ("It will help thousands who struggle", "family and work life.", "Downing Street", O, "", "body",
  "a closed quote paragraph with no attribution of its own after two caption lines that follow Downing Street's statement", "continuation"),
 ("The pilot being established by NHS England", "interesting to follow.", mp, P, mp_r, "body",
  "'Dr Minesh Patel, lead GP for Horsham and Mid Sussex NHS Clinical Commissioning Group, said:'; the paragraph is left open (the caption lines with his name carry no quote marks)", "said-before"),
 ("We are aware that funding has been identified", "our part of the world.", mp, P, mp_r, "body",
  "next paragraph of Dr Patel's quote (left open)", "continuation"),
 ("We are actively working with GP practices", "complexity of work.", mp, P, mp_r, "body",
  "next paragraph of Dr Patel's quote (left open)", "continuation"),
 ("This involves GPs working together", "local patients need.", mp, P, mp_r, "body",
  "next paragraph of Dr Patel's quote (left open)", "continuation"),
 ("A key part of this is to make best use", "needs to be done by doctors.", mp, P, mp_r, "body",
  "next paragraph of Dr Patel's quote (left open)", "continuation"),
 ("There are, however, local challeng", None, mp, P, mp_r, "body",
  "next paragraph of Dr Patel's quote; cut off by the end of the excerpt (five tokens, the last a cut-off word)", "continuation"),
])

jg = "Dr Jeanelle de Gruchy"; jg_r = "President of ADPH and Director of Public Health for Tameside"
jm = "Professor Jim McManus"; jm_r = "Vice-President of ADPH and Director of Public Health for Hertfordshire"
f("directors-of-public-health-back-bold-action-on-childhood-obesity.txt", [
 ("The report clearly presents the evidence", "strong public support for it as well.", jg, P, jg_r, "body",
  "'Dr Jeanelle de Gruchy, President of ADPH and Director of Public Health for Tameside commented:' on its own line above the quote; the paragraph is left open", "said-before"),
 ("We were also pleased to see the emphasis", "the built environment is a core part.", jg, P, jg_r, "body",
  "middle paragraph of Dr de Gruchy's quote: no marks of its own, but inside the quote that opens in the paragraph before and closes in the paragraph after", "continuation"),
 ("National action that supports this local leadership", "to be truly effective.", jg, P, jg_r, "body",
  "last paragraph of Dr de Gruchy's quote: no opening mark, closed at its end", "continuation"),
 ("It should be a fundamental right for all children", "it is not the case in England.", jm, P, jm_r, "body",
  "'Professor Jim McManus, Vice-President of ADPH and Director of Public Health for Hertfordshire said:' on its own line above the quote; the paragraph is left open and the quote is never closed before the excerpt ends, so the two later paragraphs, which carry no marks, are not labelled", "said-before"),
])

nc = "Nicola"; nc_r = "Senior Nurse"
f("emotional-nhs-nurse-exhausted-broken-coronavirus.txt", [
 ("My jaw is hurting from trying to smile", "staff on my shoulders.", nc, P, nc_r, "body",
  "'She said:' (She = Senior Nurse Nicola, named only by her first name, who 'told James' in the paragraphs before; the caption lines between carry no quote marks); the paragraph is left open", "pronoun"),
 ("May I say thanks to lots of students", "never ever have to see.", nc, P, nc_r, "body",
  "next paragraph of Nicola's quote (left open)", "continuation"),
 ("I got up at 7am and saw numerous gangs", "please don't do that.", nc, P, nc_r, "body",
  "next paragraph of Nicola's quote (left open)", "continuation"),
 ("We are broken. People that normally we could save", "there are so many.", nc, P, nc_r, "body",
  "next paragraph of Nicola's quote (left open)", "continuation"),
 ("I've heard people saying 'What's the big fuss", "one of those 500.", nc, P, nc_r, "body",
  "next paragraph of Nicola's quote (left open); contains a nested quote", "continuation"),
 ("What's the big fuss, there's only been 500 people dying of it today", None, "People", D, "", "body",
  "nested in Nicola's quote: 'I've heard people saying ‘...’' (unnamed people, as 'you often hear politicians saying things like' in the seventh set)", "said-before"),
 ("Stay at home. We're making massive sacrifices.", "we are all exhausted.", nc, P, nc_r, "body",
  "next paragraph of Nicola's quote (left open)", "continuation"),
 ("Not going out for a walk won't kill you.", "sitting in the sun won't kill you.", nc, P, nc_r, "body",
  "last paragraph of Nicola's quote (closed)", "continuation"),
])

f("express-star-readers-want-hospital-parking-charges-scrapped.txt", [
 ("Excessive charges aren't justified", "staff, patients and visitors.", "Paul Biggs", P, "reader", "body",
  "'Reader Paul Biggs said:' (a named reader quoted in the article, so a person, not a reader comment)", "said-before"),
 ("I'm happy to pay for a one off visit", "costing a fortune.", "Gavin Williams", P, "", "body",
  "'Gavin Williams said:' (named, no role given; one of the readers the article quotes)", "said-before"),
 ("I’m more than happy to pay a few quid", "get seen on time.", "Zoe Kriston", P, "", "body",
  "'However, Zoe Kriston said:' (named, no role given)", "said-before"),
])

rs = "Richard Sunley"; rs_r = "interim chief executive"
f("finances.txt", [
 ("Despite our best efforts to reduce our deficit", "significant pressures on our services.", rs, P, rs_r, "body",
  "'Richard Sunley, interim chief executive, said:' (the trust is never named in the page text); the paragraph is left open", "said-before"),
 ("An increase in non-elective patient activity", "nurse staffing and locum doctors.", rs, P, rs_r, "body",
  "next paragraph of Richard Sunley's quote (left open)", "continuation"),
 ("These pressures on our services has also seen", "therefore our income.", rs, P, rs_r, "body",
  "next paragraph of Richard Sunley's quote (left open)", "continuation"),
 ("While our cost improvement programme has delivered", "planned deficit of £12.2 million).", rs, P, rs_r, "body",
  "next paragraph of Richard Sunley's quote (left open)", "continuation"),
 ("As a result of us being unable to reduce our deficit", "financial recovery plan with them.", rs, P, rs_r, "body",
  "next paragraph of Richard Sunley's quote (left open)", "continuation"),
 ("We welcome this additional support", "local services for patients.", rs, P, rs_r, "body",
  "next paragraph of Richard Sunley's quote (left open)", "continuation"),
 ("We will continue to work closely with our local partners", "local health economy as a whole.", rs, P, rs_r, "body",
  "last paragraph of Richard Sunley's quote (closed)", "continuation"),
])

f("fined-motorists-welcome-queens-parking-review.txt", [
 ("I definitely welcome the review.", "have them quashed.", "Angela Hurd", P, "", "body",
  "'Angela Hurd, of Beam Hill, was hit with several fines ... She told the Mail:' (introduced by place, no role)", "pronoun"),
 ("It’s not just one or two people who have been affected", "a bit easier to use.", "Sharon Withers", P, "", "body",
  "a quote paragraph with no attribution of its own straight after Sharon Withers's reported speech ('She criticised the hospital for using a ‘cruel’ system ...')", "continuation"),
 ("We understand visiting hospital can be an anxious time", "as smoothly as possible.", "Helen Ashley", P, "chief executive of Burton Hospitals NHS Foundation Trust", "body",
  "'Trust chief executive Helen Ashley said:' (the Trust = Burton Hospitals NHS Foundation Trust, which runs the site)", "said-before"),
])

f("flu-service-should-not-be-marred-veiled-threats-gps.txt", [
 ("Community pharmacy has demonstrated that it has a central role to play alongside GPs", None, "Steve Anderson", P, "Phoenix UK", "pull quote",
  "an unattributed pull quote in a signed first-person opinion piece ('..., says Phoenix UK's Steve Anderson'); its words recur in the author's own paragraph 'It seems to me that community pharmacy has demonstrated ...'", "other"),
 ("long-term implications that reach well beyond the flu campaign", None, "Andrew Green", P, "GP clinical and prescribing policy lead at the British Medical Association (BMA)", "body",
  "'Andrew Green, GP clinical and prescribing policy lead at the British Medical Association (BMA), slammed the pharmacy flu service by telling C+D the scheme “...” between GP practices and community pharmacies which could have “...”' (built into the writer's sentence; the first fragment has 4 words)", "fragment"),
])

f("gps-demand-review-of-pharmacy-flu-vaccination-scheme.txt", [
 ("At present there is still not conclusive evidence", "over the last flu season,", "A spokesperson for the BMA", D, "", "body",
  "'“...,” a spokesperson for the BMA said in a statement on 9 May 2016.' (unnamed)", "said-after"),
 ("The current decision to recommission is therefore", "should not be recommissioned next year.", "A spokesperson for the BMA", D, "", "body",
  "second quoted passage after 'a spokesperson for the BMA said in a statement' in the same paragraph", "continuation"),
])

f("grantham-s-st-peter-s-hill-surgery-warns-of-three-week-wait.txt", [
 ("Struggling to Get an appointment?", None, "", N, "", "body",
  "the heading of the surgery's notice in quote marks ('The notice is headed ‘...’'), a title rather than anyone's speech (five tokens)", "other"),
 ("There are lots of reasons why we are unable to recruit doctors.", "meet the required standards.", "Catherine Dickinson", P, "practice manager at St Peter’s Hill Surgery", "body",
  "'She said:' (She = Catherine Dickinson, practice manager at St Peter’s Hill Surgery, paragraph before; the caption line between carries no quote marks)", "pronoun"),
 ("This will mean that you are likely to have to wait longer", "addressing on the same day.", "St Peter’s Hill Surgery", O, "", "body",
  "'The notice continues:' (the notice the surgery in St Peter’s Hill has posted in its foyer)", "description"),
])

kt = "Kevin Turner"; kt_r = "deputy chief executive of United Lincolnshire NHS Hospitals Trust (ULHT)"
f("health-trust-that-runs-pilgrim-hospital-in-special-measures.txt", [
 ("The first quarter results show the extent", "biggest financial challenges in the NHS.", kt, P, kt_r, "body",
  "'ULHT deputy chief executive Kevin Turner said:'; the paragraph is left open", "said-before"),
 ("We therefore welcome the additional support from NHSI", "a sustainable position for our services.", kt, P, kt_r, "body",
  "next paragraph of Kevin Turner's quote (left open)", "continuation"),
 ("Work is already underway on our financial recovery plan", "set out plans for the future.", kt, P, kt_r, "body",
  "next paragraph of Kevin Turner's quote (left open)", "continuation"),
 ("NHS Improvement will now appoint a director", "with our external partners.", kt, P, kt_r, "body",
  "next paragraph of Kevin Turner's quote (left open)", "continuation"),
 ("We know that there are many factors", "address these factors and more.", kt, P, kt_r, "body",
  "next paragraph of Kevin Turner's quote (left open)", "continuation"),
 ("Patient safety remains our top priority", "at the same time as reducing cost.", kt, P, kt_r, "body",
  "last paragraph of Kevin Turner's quote (closed)", "continuation"),
])

jb = "Jackie Baillie"; jb_r = "Labour’s health spokesperson"
f("humza-yousaf-told-to-fix-ae-waits-ahead-of-winter-or-quit.txt", [
 ("I have been in Parliament for 23 years", "worst health secretary since devolution,", jb, P, jb_r, "body",
  "'“...,” she said.' (she = Jackie Baillie, introduced as 'Labour’s health spokesperson Jackie Baillie' two paragraphs before; the caption line between names her too)", "pronoun"),
 ("Let me remind you, that’s eight months", "all of his failings on.", jb, P, jb_r, "body",
  "'She said:' (She = Ms Baillie, paragraph before)", "pronoun"),
 ("Our NHS is on its knees.", "has a choice because doin", jb, P, jb_r, "body",
  "'She added:' (She = Ms Baillie, 'according to Ms Baillie' in the paragraph before); opened with a doubled mark ““; cut off by the end of the excerpt", "pronoun"),
])

mum = "A mum battling cancer"
f("is-camhs-failing-our-young-people.txt", [
 ("has lost count of the number of times", None, mum, D, "", "body",
  "'She \"...\" her daughter C has taken an overdose' (She = the unnamed mum, 'The 53-year-old', 'The mum-of-two'; built into the writer's sentence)", "fragment"),
 ("Both of us on all these occasions have begged", "soul destroying for everyone.", mum, D, "", "body",
  "'The former teaching assistant said:' (the same unnamed mum, described again; never named in the excerpt)", "said-before"),
])

rt = "Raymond Tallis"; rt_r = "the former professor of geriatric medicine at the University of Manchester"
sp = "Dr Stefano Prisco Penna"
f("junior-doctors-stike-this-is-a-destruction-of-all-i-feel-the-nhs-stood-for.txt", [
 ("This is a destruction of all I feel the NHS stood for", None, rt, P, rt_r, "headline",
  "headline quote with no speaker named in it; the only quotation in the excerpt with these words is Raymond Tallis's, whose last paragraph is cut off at '... this is a destr'", "other"),
 ("The Man Who Sold the World", None, "", N, "", "body",
  "placard wording ('placards labelling Jeremy Hunt “...”'), a slogan, nobody's speech", "other"),
 ("All The Young Dudes were Rebel Rebel-ing", None, "", N, "", "body",
  "placard wording ('and declaring “...”'), a slogan, nobody's speech", "other"),
 ("We work very hard; we’ve been put under a lot of pressure", "a massive kick in the teeth.", sp, P, "", "body",
  "the passage after '“I’m pretty knackered,” he said, passing round ...' (he = Dr Stefano Prisco Penna, 26, introduced by age; the 3-word first part is below the limit); contains a nested quote", "continuation"),
 ("We don’t want to pay you for that effort", None, "", N, "", "body",
  "nested in Dr Prisco Penna's quote: 'for the government to say, ‘...’ is a massive kick in the teeth' - his own wording of what the government's stance amounts to, words nobody said (as 'which was to say ‘…’' in the fifth set)", "other"),
 ("radicalised by the brutal assault on the NHS", None, rt, P, rt_r, "body",
  "'Raymond Tallis, 69, the former professor of geriatric medicine at the University of Manchester, said he had been “...”' (built into the writer's sentence)", "fragment"),
 ("I’ve not marched since I was a student", "the principles of the NHS,", rt, P, rt_r, "body",
  "'“...,” he said.' (he = Raymond Tallis, same paragraph)", "pronoun"),
 ("What’s now happening is what Chomsky said", "this is a destr", rt, P, rt_r, "body",
  "next paragraph of Raymond Tallis's quote; cut off by the end of the excerpt (what Chomsky said is not in quote marks)", "continuation"),
])

ch = "Chris Ham"; ch_r = "chief executive of The King’s Fund"
f("kings-fund-responds-government-announcement-new-nhs-funding.txt", [
 ("welcome shot in the arm", None, "The King’s Fund", O, "", "body",
  "'The King’s Fund has responded to Theresa May’s announcement ..., calling it a “...”' (built into the writer's sentence; five tokens; the article gives the words to the organisation, whose chief executive's quote below contains them)", "fragment"),
 ("the NHS can regain core performance [on key waiting time targets]", "foundations for service improvement", "Jeremy Hunt", P, "health secretary", "body",
  "'The health secretary, Jeremy Hunt, said this amount of money would be enough that “...”' (built into the writer's sentence; square brackets inside)", "fragment"),
 ("welcome shot in the arm", None, ch, P, ch_r, "body",
  "quote-mark crosshead 'New NHS funding a “...”' (five tokens) whose words recur in the first quotation printed under it, Chris Ham's", "other"),
 ("The prime minister has administered a welcome shot in the arm", "restore it to full health.", ch, P, ch_r, "body",
  "'with the chief executive of The King’s Fund, Chris Ham, saying:'", "said-before"),
 ("Hard choices lie ahead", "mental health and general practice.", ch, P, ch_r, "body",
  "'He continued:' (He = Chris Ham, paragraph before); the paragraph is left open", "pronoun"),
 ("It will also be challenging to sustain increases", "in recent years.", ch, P, ch_r, "body",
  "next paragraph of Chris Ham's quote (closed)", "continuation"),
 ("It is essential that some of the extra funding", "capital investment and staff training.", ch, P, ch_r, "body",
  "'Ham added:' after a crosshead; the paragraph is left open", "said-before"),
 ("While we welcome the prime minister’s assurance", "this hardly suggests an", ch, P, ch_r, "body",
  "next paragraph of Chris Ham's quote; cut off by the end of the excerpt", "continuation"),
])

pf = "Paul Farmer"; pf_r = "chief executive of mental health charity Mind"
f("mental-health-beds-crisis-thousands-acutely-ill-patients-sent-area-care.txt", [
 ("a sorry state of affairs", None, pf, P, pf_r, "body",
  "'Paul Farmer, chief executive of mental health charity Mind, said it was “...” that use of the placements was rising' (built into the writer's sentence; five tokens)", "fragment"),
 ("It costs more to do things badly", "expected to put up with", pf, P, pf_r, "body",
  "'He said:' (He = Paul Farmer, paragraph before); cut off by the end of the excerpt", "pronoun"),
])

als = "Alzheimer's Society"
f("mentalhealth-health.txt", [
 ("Charging has not been a middle-class issue for some time,", None, als, O, "", "body",
  "'\"...,\" according to the Alzheimer's Society.'", "said-after"),
 ("The current system of means-testing for social care", "healthcare free on the NHS.", als, O, "", "body",
  "a quote with no verb of its own after 'The report says ...' (the Alzheimer's Society's latest report) in the same paragraph", "said-before"),
 ("The horrific truth is that the current charging system", "to pay for essential help.", "Neil Hunt", P, "chief executive of the Alzheimer's Society", "body",
  "'Neil Hunt, chief executive of the society, says,' (the society = the Alzheimer's Society)", "said-before"),
 ("We hear from people who have to pay for care", "heat their houses and buy food.", "Neil Hunt", P, "chief executive of the Alzheimer's Society", "body",
  "'He adds:' (He = Neil Hunt, line before)", "pronoun"),
 ("charging for care must deliver good care at a fair price", None, "Those affected", D, "", "body",
  "'The survey showed that those affected wanted a new system of funding, and that \"...\"' (the people with dementia and carers surveyed; built into the writer's sentence; their words appear nowhere else, so they stay a description)", "fragment"),
])

f("millions-waiting-for-nhs-operations-in-england-the-highest-total-on-record.txt", [
 ("While economists argue over how much of the NHS funding", "every day in our hospitals.", "Dame Donna Kinnair", P, "the chief executive and general secretary of the Royal College of Nursing", "body",
  "'Dame Donna Kinnair, the chief executive and general secretary of the Royal College of Nursing, said:'; the paragraph is left open", "said-before"),
 ("Nursing staff performed heroics", "more staff to cope w", "Dame Donna Kinnair", P, "the chief executive and general secretary of the Royal College of Nursing", "body",
  "next paragraph of Dame Donna Kinnair's quote; cut off by the end of the excerpt", "continuation"),
])

ap = "Amanda Pritchard"; ap_r = "head of the NHS"
f("nhs-111-delays-leave-patients-waiting-20-times-longer-than-target.txt", [
 ("pressure on the NHS is likely to be substantial", "urgent and emergency care", ap, P, ap_r, "body",
  "'Ms Pritchard said in a letter to hospital bosses that planning had begun earlier than usual as “...”' (built into the writer's sentence)", "fragment"),
 ("implement your winter communications strategy", "urgent and emergency services", ap, P, ap_r, "body",
  "'An appendix to the letter asks hospitals to “...”' (the letter Ms Pritchard wrote to hospital bosses, paragraph before; built into the writer's sentence)", "fragment"),
 ("As is the case every winter, the NHS will encourage", "to access this care.", "An NHS spokesperson", D, "", "body",
  "'An NHS spokesperson said:' (unnamed); the paragraph is left open", "said-before"),
 ("The NHS has already announced plans", "significantly increase hospit", "An NHS spokesperson", D, "", "body",
  "next paragraph of the NHS spokesperson's quote; cut off by the end of the excerpt", "continuation"),
])

f("nhs-agency-staff-costs-treating-symptom-not-cause.txt", [
 ("it's time to crack down on rip-off NHS agencies", None, "The secretary of state for health", D, "", "body",
  "'So the secretary of state for health won some politically welcome headlines last week as he went to war on agency costs, saying “...”' (never named in the excerpt; the quoted clause completes the writer's sentence, with no colon)", "fragment"),
])

sw = "Dr Simon Walsh"; sw_r = "BMA emergency medicine lead"
ja = "Professor John Appleby"; ja_r = "Nuffield Trust Chief Economist"
f("nhs-targets-system-doesnt-have-resources-or-staff-to-cope-with-demand.txt", [
 ("Our NHS simply doesn’t have the resources", "cope with rocketing demand.", sw, P, sw_r, "body",
  "'He said:' (He = Dr Simon Walsh, whose 2-word quote is in the paragraph before); the paragraph is left open", "pronoun"),
 ("Emergency departments suffered their worst month on record", "until a bed is available.", sw, P, sw_r, "body",
  "next paragraph of Dr Walsh's quote (left open)", "continuation"),
 ("This is totally unacceptable and demands urgent action.", None, sw, P, sw_r, "body",
  "last paragraph of Dr Walsh's quote (closed)", "continuation"),
 ("Once a rare and almost unthinkable event", "a bed on a hospital ward.", ja, P, ja_r, "body",
  "'Nuffield Trust Chief Economist Professor John Appleby said:'; the paragraph is left open", "said-before"),
 ("Missed targets are now the norm", "transferred or discharged home.", ja, P, ja_r, "body",
  "next paragraph of Professor Appleby's quote (left open)", "continuation"),
 ("The Government has started to put in a lot of extra money", "felt by patients and staff.", ja, P, ja_r, "body",
  "last paragraph of Professor Appleby's quote (closed)", "continuation"),
])

jp = "Dr Julian Povey"; jp_r = "chair of Shropshire CCG"
f("no-one-will-be-left-without-gp-after-shrewsbury-practice-closes-health-bosses.txt", [
 ("Patients can be assured that there is capacity", "register at a new practice.", jp, P, jp_r, "body",
  "'Dr Julian Povey, chair of Shropshire CCG, said:'; the paragraph is left open", "said-before"),
 ("The CCG has been in weekly contact", "the support they need.", jp, P, jp_r, "body",
  "next paragraph of Dr Povey's quote (left open)", "continuation"),
 ("Help is also offered through the Patient Advice Liaison Service", "registering at a new practice.", jp, P, jp_r, "body",
  "last paragraph of Dr Povey's quote, opened with “ and closed with \"", "continuation"),
])

cw = "Caroline Walker"; cw_r = "Chief Executive"
f("our-latest-cqc-inspection-report.txt", [
 ("While the outcome of this report is disappointing", "progress our continuous improvement.", cw, P, cw_r, "body",
  "'Chief Executive, Caroline Walker, said;' (the trust's news page; the trust is not named in the text); the paragraph is left open", "said-before"),
 ("Our staff continue to work incredibly hard", "this internal initiative.", cw, P, cw_r, "body",
  "next paragraph of Caroline Walker's quote (left open); the rating names in single marks have 1 word each", "continuation"),
 ("We would like to reassure and assure our patients", "concerns have been raised.", cw, P, cw_r, "body",
  "last paragraph of Caroline Walker's quote (closed)", "continuation"),
])

ml = "Monica Lennon"; ml_r = "Labour health spokeswoman"
f("snp-urged-to-apologise-after-waiting-time-target-breached-100-000-times-in-2019.txt", [
 ("Too many people are having to endure unacceptably long waits", "chronically under-resourced our NHS.", ml, P, ml_r, "body",
  "'Labour health spokeswoman Monica Lennon said:'; the paragraph is left open", "said-before"),
 ("Jeane Freeman should apologise to the thousands", "the help they needed.", ml, P, ml_r, "body",
  "last paragraph of Monica Lennon's quote (closed)", "continuation"),
 ("Throughout the whole of this summer", "same time last year.", "Alex Cole-Hamilton", P, "Liberal Democrat health spokesman", "body",
  "'Liberal Democrat health spokesman Alex Cole-Hamilton said:'; the paragraph is left open (the next one is cut off after three words)", "said-before"),
])

rh = "Rachel Harrison"; rh_r = "GMB national secretary"
sg = "Sharon Graham"; sg_r = "Unite general secretary"
f("south-central-ambulance-service-workers-and-thousands-of-nhs-staff-to-strike.txt", [
 ("After 12 years of Conservative cuts", "left them with no choice.", rh, P, rh_r, "body",
  "'Rachel Harrison, GMB national secretary, said:'; the paragraph is left open", "said-before"),
 ("Health secretary Steve Barclay needs to listen", "he health secretary for?", rh, P, rh_r, "body",
  "next paragraph of Rachel Harrison's quote (left open)", "continuation"),
 ("The Government could stop this strike in a heartbeat", "start negotiating on pay.", rh, P, rh_r, "body",
  "last paragraph of Rachel Harrison's quote, closed part-way through the line; a new speaker follows on the same line", "continuation"),
 ("Make no mistake, we are now in the fight of our lives", "save our NHS from this government.", sg, P, sg_r, "body",
  "'Sharon Graham, Unite general secretary, said:' on the same line, after Rachel Harrison's closed quote; the paragraph is left open", "said-before"),
 ("Patients’ lives are already at risk", "crisis that it has created.", sg, P, sg_r, "body",
  "next paragraph of Sharon Graham's quote (left open)", "continuation"),
 ("Ministers can’t keep hiding behind the pay review body.", "NHS workers off the b", sg, P, sg_r, "body",
  "next paragraph of Sharon Graham's quote; cut off by the end of the excerpt", "continuation"),
])

ro = "Councillor Richard Overton"; ro_r = "ward member for St Georges and cabinet member for health"
f("telford-ae-night-closure-plan-row-loud-voices.txt", [
 ("downgrade by the back door", None, "Councillors in Telford", D, "", "body",
  "'But councillors in Telford have said the plans are \"...\" and have called it a \"...\"' (plural, unnamed; the words recur in no named councillor's quote; five tokens, the first fragment has two)", "fragment"),
 ("Telford and the Princess Royal Hospital are seen", "easy choice to pick on.", ro, P, ro_r, "body",
  "'Councillor Richard Overton, ward member for St Georges and cabinet member for health, said:'; the line is left open", "said-before"),
 ("If the hospital trust can't manage two Shropshire hospitals", "brought in who can.", ro, P, ro_r, "body",
  "next line of Councillor Overton's quote (closed)", "continuation"),
])

rmu = "Richard Murray"; rmu_r = "Director of Policy for The King’s Fund"
f("the-kings-fund-responds-to-the-2017-autumn-budget.txt", [
 ("The additional money for the NHS is a welcome shot in the arm", "general practice and mental health.", rmu, P, rmu_r, "body",
  "'Richard Murray, Director of Policy for The King’s Fund, said:'; the line is left open", "said-before"),
 ("The significant increase in capital spending", "extra government investment.", rmu, P, rmu_r, "body",
  "next line of Richard Murray's quote, re-opened with ‘ (left open)", "continuation"),
 ("It is encouraging that the government is prepared", "reached on new contracts.", rmu, P, rmu_r, "body",
  "next line of Richard Murray's quote (left open)", "continuation"),
 ("We are disappointed, though, that the Chancellor", "but cannot access it.", rmu, P, rmu_r, "body",
  "last line of Richard Murray's quote (closed)", "continuation"),
])

f("the-problem-with-camhs.txt", [
 ("Many young people are facing unacceptable waits", "help for their children.", "Marc Bush", P, "the director of policy", "body",
  "'Marc Bush, the director of policy, said “...”' (no colon; a full statement; his organisation is not named)", "said-before"),
 ("They just want to check you off their list.", None, "Finley Walcott", P, "", "body",
  "the passage after '“They don’t listen,” claimed 17-year-old Finley Walcott.' (the 3-word first part is below the limit; introduced by age, no role)", "continuation"),
])

cn = "Chaand Nagpaul"; cn_r = "chairman of the British Medical Association’s GP committee"
rmo = "Robert Morley"; rmo_r = "Birmingham Local Medical Committee executive secretary"
f("tens-thousands-patients-hit-gp-practice-closures.txt", [
 ("There are many practices on the brink of collapse", "this sort of issue occurring.", cn, P, cn_r, "body",
  "'Chaand Nagpaul, chairman of the British Medical Association’s GP committee, warned the situation would worsen. He said:'", "pronoun"),
 ("absolutely dire and getting rapidly worse", None, rmo, P, rmo_r, "body",
  "'Birmingham Local Medical Committee executive secretary Robert Morley said the situation was “...”' (built into the writer's sentence)", "fragment"),
 ("We have small partnerships that are becoming unviable", "closed by the Care Quality Commission.", rmo, P, rmo_r, "body",
  "'He added:' (He = Robert Morley, paragraph before)", "pronoun"),
])

ocs = "A spokesperson for the Oldham CCG"
f("thousands-told-to-find-new-gp-in-a-week-after-practice-closes-without-warning.txt", [
 ("doctors have closed in the middle of a pandemic", None, "One resident", D, "", "body",
  "'One resident complained on Twitter that their ‘...’' (unnamed; built into the writer's sentence)", "fragment"),
 ("no longer able to provide GP services to you", "services from the practice", "Oldham CCG", O, "", "body",
  "'In a letter to patients, dated January 29, Oldham’s clinical commissioning group (CCG) said they were ‘sorry to inform you’ that the contract holders are ‘...’' (the CCG's letter; built into the writer's sentence; the first fragment has 4 words)", "fragment"),
 ("terminate their contract, in accordance to their business wishes", None, ocs, D, "", "body",
  "'A spokesperson for the Oldham CCG said they had come to a ‘mutual agreement’ with the GPs who hold the contract to ‘...’' (unnamed; built into the writer's sentence)", "fragment"),
 ("Also, the building is not currently registered", "premises at this time,", ocs, D, "", "body",
  "'“...,” they added.' (they = the spokesperson for the Oldham CCG, line before)", "pronoun"),
 ("We are sorry for any inconvenience this causes", "automatically divert to IGP Care.", ocs, D, "", "body",
  "next line of the spokesperson's quote, re-opened with “ (left open; the line after it is cut off after three words)", "continuation"),
])

ds = "Dawn Scrafield"; ds_r = "Chief Executive"
f("trusts-response-to-cqc-report.txt", [
 ("We are deeply sorry for having failed our patients and staff.", "deserve better from us.", ds, P, ds_r, "body",
  "'Chief Executive Dawn Scrafield said:' (the trust's own news item; the trust is not named in the text); the line is left open", "said-before"),
 ("We understand the depth of people’s concerns.", "partners to achieve this.", ds, P, ds_r, "body",
  "next line of Dawn Scrafield's quote, re-opened with “ (left open)", "continuation"),
 ("We have begun to make the changes needed", "compassion, respect and excellence.", ds, P, ds_r, "body",
  "last line of Dawn Scrafield's quote (closed)", "continuation"),
])

ce = "Charlie Elphicke"; ce_r = "Conservative MP for Dover and Deal"
sec = "South East Coast Ambulance Service (Secamb)"
f("uk-england-22200466.txt", [
 ("It's very hard for people to get emergency appointments", "see their local GP.", ce, P, ce_r, "body",
  "'Charlie Elphicke, Conservative MP for Dover and Deal, said:'; the paragraph is left open", "said-before"),
 ("On top of that, you then phone the 111 service", "they say 'go to hospital'.", ce, P, ce_r, "body",
  "next paragraph of Charlie Elphicke's quote (left open); its nested quotes have 4 and 3 words", "continuation"),
 ("People are being funnelled into A&E services", "chock-a-block with people.", ce, P, ce_r, "body",
  "next paragraph of Charlie Elphicke's quote (left open)", "continuation"),
 ("It's not a great system, not a great situation", "need to be sorted out.", ce, P, ce_r, "body",
  "last paragraph of Charlie Elphicke's quote (closed)", "continuation"),
 ("Patient safety is our number one priority", "call back times for our region.", sec, O, "", "body",
  "'In a statement, Secamb said:' (Secamb = South East Coast Ambulance Service, introduced so earlier); the paragraph is left open", "said-before"),
 ("Secamb is contracted to undertake three attempts", "whether they are successful or not.", sec, O, "", "body",
  "next paragraph of Secamb's statement (left open)", "continuation"),
 ("In addition, if no one answers on these attempts", "it is important for u", sec, O, "", "body",
  "next paragraph of Secamb's statement; cut off by the end of the excerpt", "continuation"),
])

nd = "Nicholas Dakin"; nd_r = "the Labour MP for Scunthorpe"
dh = "Sir David Henshaw"; dh_r = "interim chair at St George's"
f("uk-england-39355700.txt", [
 ("keep a strong grip on finances", None, "Jim Mackey", P, "Chief Executive", "body",
  "'Chief Executive Jim Mackey said trusts must \"...\"' (built into the writer's sentence; the line before is about NHS Improvement, but the text gives him only the title)", "fragment"),
 ("It is a real blow that Northern Lincolnshire and Goole Trust", "financial special measures.", nd, P, nd_r, "body",
  "'Reacting to the news, Nicholas Dakin, the Labour MP for Scunthorpe, said:'", "said-before"),
 ("dedicated staff trying to deliver services", None, nd, P, nd_r, "body",
  "'He stressed the move was no reflection on the \"...\"' (He = Nicholas Dakin; built into the writer's sentence; five tokens)", "fragment"),
 ("Financially the NHS is creaking, underfunded by this Conservative government.", None, nd, P, nd_r, "body",
  "'..., but added:' in the same sentence whose subject is 'He' (= Nicholas Dakin)", "pronoun"),
 ("We are taking steps to reduce our financial deficit", "systemic problems the trust faces.", dh, P, dh_r, "body",
  "'Sir David Henshaw, interim chair at St George's, said:'", "said-before"),
 ("despite significant problems we are making good progress", None, dh, P, dh_r, "body",
  "'He added that \"...\"' (He = Sir David Henshaw; built into the writer's sentence)", "fragment"),
])

f("uk-england-shropshire-48769909.txt", [
 ("There are so many new houses being built", "cannot believe it's closing,", "Kaz Batho", P, "", "body",
  "'\"...,\" she said.' (she = Kaz Batho, paragraph before; no role given)", "pronoun"),
 ("[The staff] have always gone above and beyond for my daughter,", None, "Teri Owens", P, "", "body",
  "'\"...,\" she said.' (she = Teri Owens, paragraph before; the relative clause about her daughter is not a role); square brackets inside", "pronoun"),
 ("We are confident that patients will be able to find places", "accommodate transferring patients.", "Nicky Wilde", P, "from Shropshire Clinical Commissioning Group", "body",
  "'Nicky Wilde, from the CCG, said:' (the CCG = Shropshire Clinical Commissioning Group)", "said-before"),
])

f("updated-hinchingbrooke-in-special-measures-after-care-judged-inadequate.txt", [
 ("did not wish to raise [the issues] to a higher level", None, "Care Quality Commission", O, "", "body",
  "'After inspectors raised “serious concerns” about Hinchingbrooke’s Apple Tree Ward, they found the ward leadership team “...”' (the inspectors' finding about the team, i.e. the regulator's words, built into the writer's sentence; square brackets inside)", "fragment"),
 ("We are always told to do incident forms", "who has the time and", "One nurse", D, "", "body",
  "'with one nurse telling inspectors:' (unnamed); cut off by the end of the excerpt", "said-before"),
])

sj = "Samantha Jones"; sj_r = "West Herts Hospitals NHS Trust chief executive"
f("we-have-let-cancer-patients-down-says-hospital-boss.txt", [
 ("Our trust systems have failed", "taking extremely seriously.", sj, P, sj_r, "body",
  "'Ms Jones said:' (Ms Jones = West Herts Hospitals NHS Trust chief executive Samantha Jones, paragraph before)", "said-before"),
 ("My reaction is one of complete apology", "mine and the team’s focus.", sj, P, sj_r, "body",
  "'Ms Jones said:'; the paragraph is left open", "said-before"),
 ("We have concentrated on putting right the systems", "have in place and w", sj, P, sj_r, "body",
  "next paragraph of Samantha Jones's quote; cut off by the end of the excerpt", "continuation"),
])


def build():
    return label_table.build(R, prefix="S", split="heldout8", out="eval/quotes/heldout8.jsonl")


if __name__ == "__main__":
    recs = build()
    print(len(recs), "records")
