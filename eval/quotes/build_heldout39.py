"""Build heldout39.jsonl (the thirty-ninth held-out attribution set, over eval/corpus44) from
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

Run:  python3 eval/quotes/build_heldout39.py   (writes eval/quotes/heldout39.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus44/")

# ---------------------------------------------------------------------------
cm = "Councillor Morgan"; cm_r = "Campaign group chairman"
f("a-e-closure-fight-to-protect-grantham-s-a-e-department-begins-with-protest-rally.txt", [
 ("riding roughshod over Grantham Hospital’s community", None, cm, P, cm_r, "body",
  "'Campaign group chairman Councillor Morgan told the Journal she feels ULHT is “...”.' (built into the writer's sentence; the campaign group is SOS Grantham Hospital, named above; the page gives no first name)", "fragment"),
 ("We have a diverse community", "in the early hours of t", cm, P, cm_r, "body",
  "'She added: “...' (she = Councillor Morgan, the subject of the paragraph before); cut off mid-word by the end of the excerpt", "pronoun"),
])

gg = "Gill George"; gg_r = "speaking for campaign group Shropshire Defend Our NHS"
f("campaigners-dispute-on-call-maternity-idea.txt", [
 ("Back in December 2016 they tried", "rural maternity units.", gg, P, gg_r, "body",
  "'But Gill George, speaking for campaign group Shropshire Defend Our NHS, said it was not good enough ...' then 'She said: \"...' (left open)", "pronoun"),
 ("This would leave women in labour", "open the maternity unit.", gg, P, gg_r, "body",
  "next paragraph of her quote (left open)", "continuation"),
 ("It means women giving birth on the doorstep", "low risk births.", gg, P, gg_r, "body",
  "next paragraph of her quote, closed here; ‘medicalisation’ inside it has 1 word", "continuation"),
])

f("campaigners-plan-london-day-of-action-in-a-e-battle.txt", [
 ("The reason we felt it necessary to go to London", "in response to a g", "A Hands Off spokesperson", D, "", "body",
  "'A Hands Off spokesperson said: “...' (the Hands Off HRI campaign group; no name); cut off mid-word by the end of the excerpt", "said-before"),
])

dhs = "A Department of Health spokesman"
sb = "Sir Steve Bullock"; sb_r = "Lewisham mayor"
f("decision-due-in-lewisham-hospital-judicial-review.txt", [
 ("This judgment applies to one aspect", "south east London.", dhs, D, "", "body",
  "'A Department of Health spokesman said:' on its own line above the quote (left open); no name", "said-before"),
 ("As it stands, the South London Healthcare NHS Trust", "frontline patient care.", dhs, D, "", "body",
  "next paragraph of the spokesman's quote (left open); the paragraph after it ('So of course we are disappointed ...') has no marks and is not labelled", "continuation"),
 ("We expect to continue other elements", "before that can take place.", dhs, D, "", "body",
  "a later paragraph of the same statement, re-opened and closed, with no attribution of its own", "continuation"),
 ("Justice has been delivered.", "make a difference.", sb, P, sb_r, "body",
  "'Lewisham mayor Sir Steve Bullock said:' on its own line above the quote (left open); the crosshead above ('Lewisham mayor: delighted for the thousands ...') has no marks", "said-before"),
 ("Lewisham Hospital is well-managed, highly respected", "financially solvent.", sb, P, sb_r, "body",
  "next paragraph of his quote (left open); the paragraph after it ('The special administrator should never ...') has no marks and is not labelled", "continuation"),
])

df = "Di Fuller"; tb = "Tim Burke"; tb_r = "GP and CCG chair"
f("devon-red-line-protests-over-community-hospital-cuts.txt", [
 ("The STP will devastate the services", "must be stopped,", df, P, "protester", "body",
  "'\"...,\" protester Di Fuller said.'", "said-after"),
 ("At a time of black and red alerts", "introducing the STP.", df, P, "protester", "body",
  "the next paragraph, a quote with no attribution of its own that continues hers; 'devastate', 'red line', 'consistently excellent care', 'no joke', 'temporarily' and 'Sustainability and Transformation Plan' elsewhere have 1-3 words", "continuation"),
 ("We understand that people are passionate", "express their views,", tb, P, tb_r, "body",
  "'Tim Burke, a GP and CCG chair, said while the NHS wholeheartedly supported \"open and frank\" debate ...' then '\"...,\" he said.' (he = Tim Burke; 'open and frank' has 3 words)", "pronoun"),
])

dm = "Debbie Monkhouse"; tg = "Tim Goodson"
f("dorset-nhs-shake-up-plan-referred-to-matt-hancock.txt", [
 ("I didn't dare hope this would happen.", "I'm delighted.", dm, P, "Campaigner", "body",
  "'Campaigner Debbie Monkhouse said: \"...' (left open); 'delighted' and 'won't stop' above have 1-2 words", "said-before"),
 ("At least 183 people a year would die", "the primary issue.", dm, P, "Campaigner", "body", "next paragraph of her quote", "continuation"),
 ("We fully respect the decision", "should that be required.", tg, P, "of the CCG", "body",
  "'Tim Goodson of the CCG said the referral \"won't stop\" the work ...' then this quote paragraph with no attribution of its own, continuing his reported speech", "continuation"),
])

kf = "The King’s Fund"; ch = "Chris Ham"; ch_r = "the think tank’s chief executive"
f("government-support-crucial-plans-transform-nhs.txt", [
 ("stands little chance of being implemented", "the case for change has been made", kf, O, "", "body",
  "'Reconfiguring services “...”, it adds' (it = 'The new King’s Fund report'; the report's words are the body's; built into the writer's sentence); 'uncertain' and 'crucial' have 1 word", "fragment"),
 ("We think it is necessary to do", "continuation of unsafe services.", ch, P, ch_r, "body",
  "'Mr Ham said: “...' (named 'Chris Ham, the think tank’s chief executive' above; left open)", "said-before"),
 ("So politicians need to step up", "be brave.", ch, P, ch_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Not in all cases", "haven’t been well-founded.", ch, P, ch_r, "body", "next paragraph of his quote, closed here", "continuation"),
])

lth = "Lancashire Teaching Hospitals NHS Trust"; kp = "Karen Partington"
kp_r = "Chief Executive of Lancashire Teaching Hospitals NHS Foundation Trust"
f("granada-topic-chorley.txt", [
 ("negligent, and an unacceptable risk to patient safety", None, lth, O, "", "body",
  "'It said to continue the A&E service without enough doctors would be \"...\".' (it = the Trust, 'the Lancashire Teaching Hospitals NHS Trust' in the paragraph before; built into the writer's sentence); 'urgent care centre' and 'everything possible' above have 2-3 words", "fragment"),
 ("I’d like to assure everyone", "make those appointments.", kp, P, kp_r, "body",
  "'– Karen Partington, Chief Executive of Lancashire Teaching Hospitals NHS Foundation Trust' on the line below the quote (opened straight, closed curly)", "name-role-line"),
])

gcc = "Grantham representatives who sit on Lincolnshire County Council"
f("grantham-county-councillors-sign-letter-calling-for-a-24-hour-a-e-and-condemning-an-unacceptable-episode.txt", [
 ("As locally elected county councillors", "120,000 residents.", gcc, D, "", "body",
  "'The letter reads as follows:' above the quote (left open); the letter is signed by seven named county councillors ('Grantham representatives who sit on Lincolnshire County Council have put their names to a letter'), so a description speaker, not one person; 'unacceptable episode' above has 2 words", "said-before"),
 ("However, the long term future and status", "the people of our area.", gcc, D, "", "body",
  "the letter's last paragraph, closed but not opened; the paragraph between ('Whilst we accept ...') carries no marks at all and is not labelled", "continuation"),
])

tg2_r = "Chief officer at Dorset CCG"
f("hancock-backs-controversial-aande-downgrade.txt", [
 ("We are very pleased that we are now able", "difference to local people.", tg, P, tg2_r, "body",
  "'Chief officer at Dorset CCG, Tim Goodson, said: “...' (left open)", "said-before"),
 ("The plans have passed each stage", "because we have followe", tg, P, tg2_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

gw = "Gemma Wilson"; gw_r = "Lindley councillor"
f("hands-hri-campaigners-celebrating-first.txt", [
 ("Campaigners decided to organise the event", "started the campaign.", gw, P, gw_r, "body",
  "'Lindley councillor Gemma Wilson said: “...' (left open); ‘the gloves are off!’ above has 4 words", "said-before"),
 ("There were about 10 members of the campaign team", "wristbands and key rings.", gw, P, gw_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Delicious Desserts in Huddersfield donated", None, gw, P, gw_r, "body",
  "next paragraph of her quote; cut off by the end of the excerpt after 5 words", "continuation"),
])

dmo = "Debby Monkhouse"; dmo_r = "Defend Dorset NHS member"
f("health-secretary-orders-independent-review-into-hospital-proposals-after-safety-concerns.txt", [
 ("We've been pretty fed up", "that is brilliant.", dmo, P, dmo_r, "body",
  "'Defend Dorset NHS member Debby Monkhouse said: \"...\"' ('specific aspects' and 'initial advice' above have 2 words)", "said-before"),
 ("When Dorset County Council sent their referral", "have not been satisfactoril", dmo, P, dmo_r, "body",
  "'Ms Monkhouse also said it was important to stress ...' (her reported speech) then this quote paragraph with no attribution of its own; cut off mid-word by the end of the excerpt", "continuation"),
])

jd = "Jan Dunne"; ast = "Andrea Steel"; dw = "David Ward"
f("health-secretary-suspends-plans-to-close-childrens-heart-surgery-unit-at-leeds-general-infirmary.txt", [
 ("They just seem to be dragging it out", "dragging it out.", jd, P, "Campaigner", "body",
  "'Campaigner Jan Dunne, of Low Moor, Bradford, ... said she was pleased ...' then 'But she said ...' and 'She said: “...”' (she = Jan Dunne); 'flawed analysis' and 'everywhere' above have 1-2 words", "pronoun"),
 ("The people of Yorkshire have stood up to them", "keep this place open’.", ast, P, "", "body",
  "'Keighley mother Andrea Steel said she was “chuffed to bits” ...' then 'She declared that ...' and 'She said: “...”' (she = Andrea Steel; 'Keighley mother' is a description, not a role; the nested ‘keep this place open’ and 'chuffed to bits' have 3-4 words)", "pronoun"),
 ("It doesn’t mean that the unit’s safety", "but the cru", dw, P, "Lib Dem, Bradford East", "body",
  "'David Ward (Lib Dem, Bradford East) said: “...' (one of 'the district’s seven MPs'); cut off mid-word by the end of the excerpt", "said-before"),
])

lb = "Lois Brown"; lb_r = "SOS director"
f("heart-service-campaigners-relieved.txt", [
 ("It's a big relief to start with", "saying all along.", lb, P, lb_r, "body",
  "'Lois Brown, an SOS director, said: \"...' (left open); 'sheer relief', ''unfair and procedurally flawed'' and ''ill-judged'' above have 1-4 words", "said-before"),
 ("As a gut reaction, we feel", "has been wasted.", lb, P, lb_r, "body",
  "a later paragraph of her quote (left open; the paragraph before, \"We feel vindicated., has 3 words)", "continuation"),
 ("We've had to fight this to the nth degree", "to this point.", lb, P, lb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("But, putting that aside", "hearing going forward.", lb, P, lb_r, "body", "next paragraph of her quote, closed here", "continuation"),
 ("This is a great day for us.", "everybody's wor", "unclear", U, "", "body",
  "a new quote paragraph after the writer's own paragraph about Mrs Brown's daughter, cut off mid-word before any attribution: most likely Lois Brown again, but a new speaker (another parent or campaigner) may be named after the cut", "other"),
])

dc = "David Cameron"; li = "Dr Louise Irvine"; li_r = "Lewisham GP and chair of the Save Lewisham Hospital campaign"
f("high-court-quashes-decision-to-downgrade-lewisham-hospital.txt", [
 ("unless they had support from the GP commissioners", None, dc, P, "Prime Minister", "body",
  "'a pledge made by the Prime Minister, David Cameron, in January 2013 to Dame Joan Ruddock ... that hospital closures or reorganisations would not go ahead ‘...’' (his pledge, as the judgment referred to it; built into the writer's sentence); 'quashed', 'trust special administrator' and 'incredible day' elsewhere have 1-3 words", "fragment"),
 ("We are delighted for every single person", "demonstration of the Big Society.", li, P, li_r, "body",
  "'Dr Irvine, Lewisham GP and chair of the Save Lewisham Hospital campaign, said that it was an ‘incredible day’.' then 'She said: ‘...' (left open; the paragraph's trailing space is outside the quote)", "pronoun"),
 ("David Cameron himself said that there would be no", "seek to represent.", li, P, li_r, "body",
  "next paragraph of her quote, left open ('‘top-down’' inside it has 1 word); Rosa Curling's ‘When the Secretary o’ below is cut off after 4 tokens", "continuation"),
])

mf = "Matthew Finnegan"
f("human-chain-protest-over-trafford-general-ae-closure-plan.txt", [
 ("show how much people care and pile on the pressure", "to keep it open", "Campaigners", D, "", "body",
  "'But campaigners have said a closure would put lives at risk. They said they hoped the event would \"...\".' (they = the campaigners, unnamed; built into the writer's sentence)", "fragment"),
 ("With A&E departments in crisis all over the country", "birthplace of our NHS.", mf, P, "chairman of the Save Trafford General campaign", "body",
  "'Matthew Finnegan, chairman of the Save Trafford General campaign, said: \"...\"'", "said-before"),
])

lh = "Lindsay Hoyle"; lh_r = "Chorley MP"
f("hundreds-join-fight-to-save-chorley-ae.txt", [
 ("Poulton, Lancaster, Blackburn, Preston", "somebody in who can deliver.", lh, P, lh_r, "body",
  "'Chorley MP Lindsay Hoyle spoke passionately at the protest ...' then 'He told a cheering crowd: “...”' (he = Lindsay Hoyle; ‘Save our A&E’ above has 3 words)", "pronoun"),
 ("People were united in voice and in soul", "strength of people in this area.", lh, P, lh_r, "body",
  "'He later said: “...' (he = Lindsay Hoyle; left open)", "pronoun"),
 ("This closure would affect nearly a quarter", "would do this.", lh, P, lh_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("This is the economics of a madhouse", "playing with people’s lives.", lh, P, lh_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Preston can’t cope with 20,000 more patients", "in their A&E.", lh, P, lh_r, "body",
  "a later paragraph of his quote (left open; 'Hide Ad' lines between), before caption lines and the end of the excerpt", "continuation"),
])

ya = "Yogi Amin"; ya_r = "a partner and Head of Public law and Human Rights at Irwin Mitchell"
f("lawyers-and-campaigners-issue-high-court-judicial-review-application.txt", [
 ("Following our instruction by the South Tyneside Hospital Campaign Group", "have issued proceeding at court.", ya, P, ya_r, "pull quote",
  "'Yogi Amin, a partner and Head of Public law and Human Rights at Irwin Mitchell, said:' then an 'Expert Opinion' box with the quote and the line 'Yogi Amin, Partner' under it (a firm's press release)", "said-before"),
])

mr = "Mark Raeside QC"; mr_r = "his Honour Judge"
f("legal-challenge-south-tyneside-hospital-stroke-maternity-and-pediatric-care-rejected.txt", [
 ("Throughout this process the information provided", "sufficient information.", mr, P, mr_r, "body",
  "'This was dismissed by his Honour Judge Mark Raeside QC said: “...' (the page's garbled sentence still gives the words to the judge; left open); ‘do nothing’ above has 2 words", "said-before"),
 ("My conclusion is this is not a case", "the claims are rejected.", mr, P, mr_r, "body",
  "next paragraph of his quote, closed here; ‘fundamentally unfair’, ‘unlawful’ and ‘completely fixed’ below have 1-2 words", "continuation"),
])

lk = "Liz Kendall"; at = "Adam Tansey"
f("leicester-heart-surgery-decision-will-be-fought.txt", [
 ("The best clinical evidence shows", "any unit in the country.", lk, P, "Leicester MP", "body",
  "'Ms Kendall, whose Leicester West constituency includes Glenfield, said: \"...' (named 'Leicester MP Liz Kendall' above; left open); the headline's 'will be fought' and 'real chance' have 2-3 words", "said-before"),
 ("When you have such a strong case", "a real chance here.", lk, P, "Leicester MP", "body", "next paragraph of her quote", "continuation"),
 ("expressed that everyone had time to work to that standard", None, at, P, "", "body",
  "'He said the unit had been following a \"strictly timetabled plan\" ... and it had been \"...\".' (he = Adam Tansey, 'from Burbage, Leicestershire', who 'helped lead the previous campaign' (no role); built into the writer's sentence; 'strictly timetabled plan' and 'absolute shock' have 2-3 words)", "fragment"),
])

jh = "Jo Harding"
f("life-support-old-trafford-ae.txt", [
 ("The city council has done us proud.", "exactly what we hoped for.", mf, P, "Campaign chair", "body",
  "'Campaign chair Matthew Finnegan said: “...' (left open); ‘Greater Manchester NHS review’ and “weak and ineffectual.” above have 3-4 words", "said-before"),
 ("They are absolutely unequivocal", "the treatment they need.", mf, P, "Campaign chair", "body", "next paragraph of his quote, closed here", "continuation"),
 ("We are absolutely delighted at the city’s support", "such a positive lead.", jh, P, "Campaign co-ordinator", "body",
  "'Campaign co-ordinator Jo Harding added: “...”'", "said-before"),
])

lg = "Liz Grayston"
f("maternity-campaigners-question-birthing-centre-report.txt", [
 ("This is the first time I have seen this", "Now we start shouting.", lg, P, "", "body",
  "'Liz Grayston, who has led campaigning for the Oswestry unit has said.' and 'Mrs Grayston said campaigners ...' then 'She said: “...' (she = Liz Grayston; the relative clause is not a role; left open); the headline's 'birthing centre' has 2 words", "pronoun"),
 ("No matter what they say, it is a downgrade", "range of services on offer.", lg, P, "", "body",
  "next paragraph of her quote (opened curly, closed straight)", "continuation"),
 ("There will be a real loss of support", "This is in fact awful news,", lg, P, "", "body",
  "'\"...,\" she said.' (after the writer's paragraph of her reported speech, 'She said at present the units ...')", "pronoun"),
])

dp = "Dr Dan Poulter"; cw = "Cathy Warwick"; cw_r = "chief executive of the Royal College of Midwives (RCM)"
f("maternity-closures-cut-effectiveness-of-government-funding-pledge.txt", [
 ("there is evidence that women have been asked", "in their local areas", dp, P, "Health minister", "body",
  "'Health minister Dr Dan Poulter announced ... He added a proviso saying the money would only be released to NHS trusts if \"...\".' (he = Dr Dan Poulter; built into the writer's sentence)", "fragment"),
 ("Any additional money is welcome, [however]", "around £2.5 billion,", cw, P, cw_r, "body",
  "'Cathy Warwick, chief executive of the Royal College of Midwives (RCM) responded by saying ...' then '\"...,\" she said.' (bracketed insertion inside the quote)", "pronoun"),
 ("Putting maternity care in the mandate", "after they have had their baby.", cw, P, cw_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("The question is how do the Government's pronouncements", "ensure this happens?", cw, P, cw_r, "body", "next paragraph of her quote, closed here ('?\".')", "continuation"),
 ("The units that have closed are the tip of the iceberg,", None, cw, P, cw_r, "body", "'\"...,\" said Cathy Warwick.'", "said-after"),
 ("A tenth of the heads of midwifery", "responded to our re", cw, P, cw_r, "body",
  "a second passage re-opened in the same paragraph after 'said Cathy Warwick.'; cut off mid-word by the end of the excerpt", "continuation"),
])

st = "Steve Turner"; st_r = "campaign organiser"
f("massive-chorley-hospital-petition-gets-downing-street-delivery.txt", [
 ("It is a real good effort by the campaigners", "A&E open 24 hours.", st, P, st_r, "body",
  "'... campaign organiser Steve Turner and members ...' then 'Mr Turner said: “...' (left open)", "said-before"),
 ("We were passed the baton", "rallied to protect the A&E.", st, P, st_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("At the end of the day, it’s a step forward", "that remains to be seen.", st, P, st_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("But if we do succeed", "politicians, Trust and CCG.", st, P, st_r, "body", "next paragraph of his quote, closed here", "continuation"),
])

sbn = "Shirley Barnes"; ew = "Councillor Ernie White"; ew_r = "cabinet minister for health at County Hall"
f("melton-people-urged-to-support-protest-against-planned-heart-unit-closure.txt", [
 ("I’m not suprised so many signed the petition", "something so vital.", sbn, P, "One of the lead campaigners", "body",
  "'One of the lead campaigners, Shirley Barnes, said: “...' (left open)", "said-before"),
 ("If the unit is closed it will have a massive impact", "a child to be treated.", sbn, P, "One of the lead campaigners", "body", "next paragraph of her quote (left open)", "continuation"),
 ("It is going to affect people throughout the East Midlands", "those of us in Leicestershire.", sbn, P, "One of the lead campaigners", "body", "next paragraph of her quote, closed here", "continuation"),
 ("I fully support the campaign to save this unit", "and the wider region.", ew, P, ew_r, "body",
  "'Councillor Ernie White, cabinet minister for health at County Hall said: “...' (left open)", "said-before"),
 ("I said from the outset that this was a flawed decision.", "not only flawed but foolish.", ew, P, ew_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("That’s why we are committing £50,000", "decision in the courts.", ew, P, ew_r, "body", "next paragraph of his quote, closed here (the page ends here)", "continuation"),
])

go = "Gabrielle O'Neill"; fg = "Francis Gallagher"
f("protesters-fear-future-of-daisy-hill-hospital-amid-cuts.txt", [
 ("We were 17 miles from Daisy Hill", "would not have been saved,", go, P, "", "body",
  "'Gabrielle O'Neill from Crossmaglen, who has been working in health care for more than 30 years, said nurses ... \"saved my son\".' (3 words) then '\"...,\" she added.' (she = Gabrielle O'Neill; '[travelling]' inside the quote; 'A nurse who addressed the meeting' and 'from Crossmaglen' are not roles)", "pronoun"),
 ("Bacteria had just taken hold.", "there and then.", go, P, "", "body",
  "'The nurse later told the BBC: \"...\"' (the nurse = Gabrielle O'Neill, introduced as 'A nurse who addressed the meeting')", "description"),
 ("Had he not have been able to be stabilised", "with me today.", go, P, "", "body",
  "'She added that her son was stabilised ...' (her reported speech) then this quote paragraph with no attribution of its own", "continuation"),
 ("If the lights go out on Daisy Hill's A&E department", "they are out for good.", fg, P, "from the Daisy Hill Hospital Action Group", "body",
  "'Francis Gallagher from the Daisy Hill Hospital Action Group said: \"...' (left open); the next paragraph, '\"Once a temporary closure', is cut off after 4 tokens", "said-before"),
])

co = "Chris Overton"; ja = "Jim Ash"
f("pembrokeshire-protesters-take-fight-to-save-withybush-hospital-to-the-senedd.txt", [
 ("We're going to have another demonstration", "back to the Senedd in June.", co, P, "SWAT chairman", "body",
  "a live-page entry 'SWAT chairman Chris Overton: \"...' (name-and-role then a colon before the quote, as in a headline '<name>: \"...\"'; left open)", "said-before"),
 ("Of course , it all depends on judicial review.", "highly likely we will too.", co, P, "SWAT chairman", "body", "next paragraph of his quote, closed here", "continuation"),
 ("I think the protest went very well", "We need more oomph.", "Lyn venables", P, "", "body",
  "a live-page entry 'Lyn venables: \"...' (name as printed, lower-case surname; no role; the line is left open)", "said-before"),
 ("We need more people, because it's only people", "not politicians.", "Lyn venables", P, "", "body",
  "the next line of the same entry, closed but not re-opened (the page breaks her quote across two lines)", "continuation"),
 ("Without Withybush hospital I wouldn't be here today.", "in bad weather", ja, P, "", "body",
  "the entry opens 'Jim Ash addressed the crowd at the Senedd. He had a serious head injury 17 years ago.' and this quote paragraph follows with no attribution of its own (the speech he addressed; closed with no final stop)", "continuation"),
 ("There has been a fantastic turn out", "a day's work to be here.", ja, P, "", "body",
  "next quote paragraph of the same live-page entry (entries are separated by several blank lines; this one by one), with no new speaker; left open", "continuation"),
 ("I feel we now need a Wales-wide protest", "go to war at the drop of", ja, P, "", "body",
  "next paragraph of the same entry; cut off by the end of the excerpt", "continuation"),
])

ssc = "Steve Score"; sbg = "Shirley Barnes"
f("people-power-saves-glenfield-heart-unit.txt", [
 ("Its absolutely brilliant.", "that is fantastic.", ssc, P, "Chair of the campaign", "body",
  "'Speaking to Rob Sisson on BBC East Midlands Today, Steve Score, Chair of the campaign, said:' at the end of the paragraph above the quote (Rob Sisson is the interviewer)", "said-before"),
 ("This campaign entailed a massive amount of work", "support of some of the unions.", sbg, P, "one of the main organisers of the campaign", "body",
  "'Shirley Barnes, one of the main organisers of the campaign, was similarly jubilant:' at the end of the paragraph above the quote (left open)", "said-before"),
 ("The campaign committee was a very very disparate group", "who shared a grea", sbg, P, "one of the main organisers of the campaign", "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

gp = "Glan Phillips"; gp_r = "a retired orthopaedic consultant at Withybush Hospital"
f("protest-held-over-withybush-hospital-baby-care-loss.txt", [
 ("We are protesting today because we are extremely disappointed", "have not been returned,", gp, P, gp_r, "body",
  "'Glan Phillips, a retired orthopaedic consultant at Withybush Hospital, ... said people in Pembrokeshire felt \"ignored\".' then '\"...,\" he said.'", "pronoun"),
 ("We feel that we are in a dangerous situation", "paediatrics and obstetrics.", gp, P, gp_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Our main problem is that we have a poor road", "to have their operation.", gp, P, gp_r, "body", "next paragraph of his quote, closed here", "continuation"),
 ("continue to isolate Welsh communities", "strain on other hospitals", "Welsh Conservatives", O, "", "body",
  "'The Welsh Conservatives accused the Welsh Labour Government of overseeing hospital closures and service provision cutbacks that \"...\".' (the party's words built into the writer's sentence)", "fragment"),
 ("Today Welsh Conservatives are pledging to reverse this,", None, "A Welsh Conservatives spokesman", D, "", "body",
  "'\"...,\" a spokesman added.' (the next paragraph after the Welsh Conservatives' accusation, so their spokesman; no name)", "said-after"),
 ("A Plaid Cymru government would provide", "as close to people as possible.", "A Plaid Cymru spokesman", D, "", "body",
  "'Plaid Cymru said it had \"always rejected\" the Welsh government's \"downgrading of local hospitals\".' (2-3 words) then 'A spokesman said: \"...\"' (its spokesman; no name)", "said-before"),
 ("committed to maintaining key services", "specialist care baby unit", "Welsh Liberal Democrats", O, "", "body",
  "'The Welsh Liberal Democrats said it was \"...\".' (built into the writer's sentence)", "fragment"),
 ("The removal of key services is a hu", None, "Welsh Liberal Democrats", O, "", "body",
  "the next paragraph, a quote with no attribution before the excerpt is cut off mid-word, directly after the Welsh Liberal Democrats' reported words (the party's statement continued; the cut may hide a 'spokesman said')", "continuation"),
])

sr = "Shona Robison"; ns = "Nicola Sturgeon"
f("royal-alexandra-hospital-s-children-s-ward-to-close.txt", [
 ("I know the service many families have received", "individual treatment/service access plans.", sr, P, "health secretary", "body",
  "'The children's ward ... is due to close, the health secretary has confirmed. Shona Robison gave her approval ...' and 'Robison said ...' then 'She said: \"...' (she = Shona Robison; left open); 'overwhelming clinical support' has 3 words", "pronoun"),
 ("These provisions will ensure", "and from where.", sr, P, "health secretary", "body", "next paragraph of her quote, closed here", "continuation"),
 ("I can absolutely give a commitment", "as local as they need to be.", ns, P, "First Minister", "body",
  "'... with the First Minister being questioned over the matter ... Speaking then, Nicola Sturgeon said: \"...\"'", "said-before"),
 ("There is [sic] no proposals to close", "local services for local people.", ns, P, "First Minister", "body",
  "'After she was heckled, the First Minister added: \"...\"' (the First Minister = Nicola Sturgeon; '[sic]' inside the quote)", "description"),
])

jdv = "Jack Davidson"
f("royal-alexandra-hospital-ward-15-fight-will-go-on-despite-health-bosses-confirming-closure.txt", [
 ("We knew that health chiefs had already made their mind up", "made the announcement.", jdv, P, "of KNOW", "body",
  "'Jack Davidson, of KNOW, said: “...' (KNOW = the protest group Kids Need Our Ward; left open)", "said-before"),
 ("This is despite thousands of people petitioning", "in favour of the closure.", jdv, P, "of KNOW", "body", "next paragraph of his quote (left open)", "continuation"),
 ("Their reasons were down to clinical standards", "five years ago.", jdv, P, "of KNOW", "body", "next paragraph of his quote (left open)", "continuation"),
 ("Despite this, the fight will go on and we are going to arrange", "affected by this.", jdv, P, "of KNOW", "body", "next paragraph of his quote (left open)", "continuation"),
 ("There are around 45 families who are reliant", "their concerns to her.", jdv, P, "of KNOW", "body", "next paragraph of his quote, closed here", "continuation"),
 ("The fight will go on,", None, jdv, P, "of KNOW", "body",
  "'“...,” said Jack.' (Jack = Jack Davidson, of KNOW, named above; 5 words)", "said-after"),
 ("One of the feelings we have is anger", "behind clinical arguments.", jdv, P, "of KNOW", "body",
  "a second passage re-opened in the same paragraph after '“The fight will go on,” said Jack.'; left open", "continuation"),
 ("They claim that it is for safety", "about saving money.", jdv, P, "of KNOW", "body", "next paragraph of his quote (left open)", "continuation"),
 ("Our message to Shona Robison is to listen", "fallen on deaf ears.", jdv, P, "of KNOW", "body", "next paragraph of his quote (left open)", "continuation"),
 ("It’s not over yet. We will not g", None, jdv, P, "of KNOW", "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

rn = "Roger Nettleship"; mb = "Matt Brown"; mb_r = "director at South Tyneside Clinical Commissioning Group"
f("south-tyneside-hospital-shake-up-protesters-win-right-to-appeal.txt", [
 ("We have always felt that the move would be a disaster", "in the manner that it did.", rn, P, "Campaign spokesman", "body",
  "'Campaign spokesman Roger Nettleship said: \"...' (left open); 'safer and sustainable', 'fundamentally unfair' and 'unlawful' above have 1-3 words", "said-before"),
 ("Getting permission to appeal is very welcome", "mean for our area.", rn, P, "Campaign spokesman", "body", "next paragraph of his quote, closed here", "continuation"),
 ("It's important that people realise this appeal", "during the judic", mb, P, mb_r, "body",
  "'Matt Brown, director at South Tyneside Clinical Commissioning Group, said: \"...'; cut off mid-word by the end of the excerpt", "said-before"),
])

jhu = "Jeremy Hunt"; irp = "Independent Reconfiguration Panel"
f("trafford-ae-closure-given-goahead.txt", [
 ("necessary to provide safe and sustainable healthcare in the North West", None, jhu, P, "Health Secretary", "body",
  "'The minister told the House of Commons that changes are \"...\".' (the minister = 'Health Secretary Jeremy Hunt' in the lead; built into the writer's sentence); 'no sense' and 'principally financially motivated' below have 2-3 words", "fragment"),
 ("clinical case for change is clear", None, irp, O, "", "body",
  "'Mr Hunt referred the matter to the IRP, which concluded that the \"...\", MPs heard.' (the IRP = 'the Independent Reconfiguration Panel (IRP)' above; its conclusion as reported to MPs, built into the writer's sentence)", "fragment"),
])

gk = "Dr George Kissen"; gk_r = "NHS Trafford medical director and senior local GP"
f("trafford-general-ae-closure-plans-put-to-public.txt", [
 ("People will face longer journeys", "already over capacity.", mf, P, "chairman of campaign group Save Trafford General", "body",
  "'Matthew Finnegan, chairman of campaign group Save Trafford General, said: \"...' (left open); 'not an option', 'put lives at risk' and the crosshead 'Massive downgrading' above have 2-4 words", "said-before"),
 ("About 38,000 people a year use the A&E", "where will they all go?", mf, P, "chairman of campaign group Save Trafford General", "body", "next paragraph of his quote (left open)", "continuation"),
 ("This is a massive downgrading of services", "people's lives and health.", mf, P, "chairman of campaign group Save Trafford General", "body", "next paragraph of his quote, closed here", "continuation"),
 ("A new integrated care system would enable us", "to build a local N", gk, P, gk_r, "body",
  "'Dr George Kissen, NHS Trafford medical director and senior local GP, said: \"...'; cut off mid-word by the end of the excerpt (the crosshead 'Specific health needs' above has 3 words)", "said-before"),
])

kg = "Kate Green"
f("trafford-general-birthplace-of-the-nhs-to-lose-ae.txt", [
 ("These decisions can't just be made by clinicians.", None, mf, P, "chair of the Save Trafford General campaign", "body",
  "'Matthew Finnegan, chair of the Save Trafford General campaign, said: \"...' (left open); the headline's 'birthplace of the NHS' has 4 words", "said-before"),
 ("They have got to listen to what local people say", "not an unreasonable request.", mf, P, "chair of the Save Trafford General campaign", "body", "next paragraph of his quote (left open)", "continuation"),
 ("Local people will be appalled and disgusted", "listened to.", mf, P, "chair of the Save Trafford General campaign", "body", "next paragraph of his quote, closed here", "continuation"),
 ("smallest hospital in the UK", None, jhu, P, "Health secretary", "body",
  "'Mr Hunt told the Commons Trafford was the \"...\" with ...' (Mr Hunt = 'Health secretary Jeremy Hunt' in the lead; built into the writer's sentence)", "fragment"),
 ("second smallest accident and emergency department", None, jhu, P, "Health secretary", "body",
  "the same sentence, '... with the \"...\".' (built into the writer's sentence)", "fragment"),
 ("At peak times it sees seven patients an hour.", "services outside Trafford.", jhu, P, "Health secretary", "body",
  "'Between midnight and 08:00 BST it only sees two patients an hour, he said.' (his reported speech; he = Mr Hunt) then this quote paragraph with no attribution of its own (left open)", "continuation"),
 ("For too long, people have not been getting", "deserve to receive.", jhu, P, "Health secretary", "body", "next paragraph of his quote, closed here", "continuation"),
 ("I'm desperately worried our local NHS", "able to cope", kg, P, "MP", "pull quote",
  "a pull quote between 'Start Quote' and 'End Quote Kate Green MP' with only a closing mark (named 'the Stretford and Urmston MP Kate Green' below)", "name-role-line"),
 ("clinical benefits outweigh the disadvantages of travel times", None, jhu, P, "Health secretary", "body",
  "'Mr Hunt admitted some patients would have to travel further but claimed the \"...\".' (built into the writer's sentence); 'disgraceful.' and 'should ha' below have 1-2 words", "fragment"),
])

label_table.build(R, prefix="AN", split="heldout39", out="eval/quotes/heldout39.jsonl")
