"""Build heldout45.jsonl (the forty-fifth held-out attribution set, over eval/corpus50) from
the hand-written label table below.

Same method as build_heldout21.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout45.py   (writes eval/quotes/heldout45.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus50/")

# ---------------------------------------------------------------------------
f("a-warning-to-charities.txt", [
 ("Those of us who work in the charity sector", "know that good gover", "Roger Howard", P, "a former trustee of Lifeline’s board", "body",
  "'Allegations of mismanagement were made to the commission last month by Roger Howard, a former trustee of Lifeline’s board, who is a leading figure ...' then 'Howard said on Thursday: “...' (in a blogger's copy of a Guardian report; cut off mid-word by the end of the excerpt)", "said-before"),
])

f("aidsmap-node-2036.txt", [
 ("does not mean that NHS England is obliged", "empowered to do so.", "Lord Justice Underhill", P, "", "body",
  "'As Lord Justice Underhill wrote, the judgement “...”' (his written judgment; built into the writer's sentence; the page gives him no role beyond the title printed with his name)", "fragment"),
 ("reasonable requirement", "part of the health service.", "unclear", U, "", "body",
  "'It remains for NHS England to decide whether providing PrEP constitutes a “...”' (built into the writer's sentence; most likely the legal test of the statute or the judgment, but the text gives the words to no one)", "other"),
 ("its currently proposed excessively high pricing", None, "NHS England", O, "", "body",
  "'Responding to the judgement, NHS England have said that they will ... ask Gilead to reconsider “...”' (built into the writer's sentence)", "fragment"),
])

f("campaign-to-oppose-serious-funding-cuts-to-hiv-services.txt", [
 ("Proposed cuts of up to 100%", "status might bring.", "Dr Greg Ussher", P, "METRO charity CEO", "body",
  "'Dr Greg Ussher, METRO charity CEO, said: '...'' (straight single marks)", "said-before"),
 ("As a person living with HIV, I can prove", "we need your help.", "Alex Sparrowhawk", P, "membership and involvement officer at the Terrence Higgins Trust", "body",
  "'Alex Sparrowhawk, membership and involvement officer at the Terrence Higgins Trust, said: '...''", "said-before"),
])

f("council-risking-deaths-and-crime-with-proposed-cuts-to-drugs-programme.txt", [
 ("Many people dependent on opiates are not ready", "withdrawing patients’ prescriptions.", "Councillor Fi Hance", P, "", "body",
  "'Councillor Fi Hance said she was alarmed by the proposal ...', 'Councillor Hance pointed out ...', then 'She said: “...”' (she = Councillor Fi Hance; 'A Green councillor in Bristol' in the lead is a description, not printed as her role)", "pronoun"),
 ("maintain the patient on a stable daily dose", "as is clinical", "Public Health England", O, "", "body",
  "'Public Health England (PHE) advice states the prescribing physician should “...' (its advice; built into the writer's sentence; cut off by the end of the excerpt)", "fragment"),
])

ih = "Cllr Ian Hudspeth"; ih_r = "chairman of the LGA’s Community Wellbeing Board"
f("councils-cannot-afford-to-roll-out-anti-hiv-drug.txt", [
 ("This is a potentially life-saving drug", "transmission by 2030,", ih, P, ih_r, "body",
  "'‘...,’ said Cllr Ian Hudspeth, chairman of the LGA’s Community Wellbeing Board.'", "said-after"),
 ("While councils share this ambition", "under such strain.", ih, P, ih_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Rising demand and increasing attendances", "to offer PrEP.", ih, P, ih_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Councils want to work with Government", "end of the decade.", ih, P, ih_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("The NHS is half-way through", "doubled the nu", "A Department of Health and Social Care spokesperson", D, "", "body",
  "'A Department of Health and Social Care spokesperson said: '...' (unnamed; cut off mid-word by the end of the excerpt)", "said-before"),
])

rh = "Roger Howard"; rh_r = "Ex-UKDPC chief executive"
yb = "Yasmin Batliwala"
f("ddn-june-2017-ddn-july2017-p4.txt", [
 ("I was reminded of the lessons", "governance and leadership ,", rh, P, rh_r, "body",
  "'Ex-UKDPC chief executive Roger Howard resigned from Lifeline ’ s board ...' then '‘ ... ,’ Howard told DDN .' (the page prints spaces inside the marks)", "said-after"),
 ("Yes , austerity is there", "needs to be challenged .", rh, P, rh_r, "body",
  "second passage re-opened after 'Howard told DDN .' in the same paragraph, closed", "continuation"),
 ("vitally important that all organisations", "and well governed", yb, P, "WDP chair", "body",
  "'The pressure to deliver more services ... made it ‘ ... ’, said WDP chair Yasmin Batliwala .' (built into the writer's sentence)", "fragment"),
 ("That is why it I look forward", "surely preventable .", yb, P, "WDP chair", "body",
  "the passage re-opened after 'said WDP chair Yasmin Batliwala .' in the same paragraph, closed", "continuation"),
])

f("drug-addiction-centres-losing-contracts-due-lack-funds.txt", [
 ("We are disappointed that a service", "the service we lea", "Mark Sheppard", P, "Turning Point’s managing director for public health", "body",
  "'Turning Point’s managing director for public health, Mark Sheppard, expressed his ‘disappointment’ in a statement. He said, “...' (cut off mid-word by the end of the excerpt; ‘disappointment’ has 1 word)", "pronoun"),
])

ne = "Niamh Eastwood"; ne_r = "executive director of drug law expertise charity Release"
f("drug-treatment-cuts-kings-fund-uk-59650e0be4b03f144e2e5ffa.txt", [
 ("Slashed Thanks To Central Government Cuts", None, "unclear", U, "", "headline",
  "headline 'Drug Treatment And Sexual Health Spending '...'' in single marks; the body reports the cuts 'because of central Government funding cuts, according to analysis by health charity The King’s Fund' but quotes these words from no one", "other"),
 ("It is time for Government to take responsibility for this tragic situation", None, ne, P, ne_r, "standfirst",
  "standfirst quote with no speaker of its own; the body gives the same words to Niamh Eastwood ('“It is time for Government to take responsibility for this tragic situation and ...”')", "other"),
 ("Urgent questions must be asked", "drug related deaths,", ne, P, ne_r, "body",
  "'Niamh Eastwood, executive director of drug law expertise charity Release, said ...' then, after an image caption line, '“...,” she told HuffPost UK.' (she = Eastwood; “urgent questions” in the lead has 2 words)", "pronoun"),
 ("In the last three years, there has been 107%", "died in 2015.", ne, P, ne_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("We know drug treatment and harm reduction", "evidenced based responses.", ne, P, ne_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("It is time for Government to take responsibility", "in order to save lives.", ne, P, ne_r, "body", "next paragraph of her quote, closed", "continuation"),
])

f("expanded-prep-trial-places-to-be-opened-soon-nhs-england-confirms.txt", [
 ("confirm numbers as soon as possible", "progress to release", "PrEP Trial Oversight Board", O, "", "body",
  "'The trial oversight board has, the statement said, asked London to “...”.' (the board = NHS England's 'PrEP Trial Oversight Board' named above; its request as the NHS statement reports it; built into the writer's sentence; “majority of sites” and “exceeded predictions” have 2-3 words)", "fragment"),
])

rb = "Rachel Baillie"; rb_r = "head of commissioning for the council"
f("feras-for-the-future-as-cuts-hit-services-a-decision.txt", [
 ("It is important that we deliver a drug treatment system", "lead a normal life.", rb, P, rb_r, "body",
  "'Rachel Baillie, head of commissioning for the council, said: \"...' (the council = Newcastle City Council; left open)", "said-before"),
 ("Our objective is to deliver a better system", "drug addiction services.", rb, P, rb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("If we do not make these changes", "to a positive outcome.", rb, P, rb_r, "body", "next paragraph of her quote, closed before the writer's text", "continuation"),
])

ja = "Jonathan Ashworth"; ja_r = "Shadow Health Secretary"
f("government-accused-cutting-vital-drug-230320516.txt", [
 ("failing some of the most vulnerable", None, ja, P, ja_r, "body",
  "'Shadow Health Secretary Jonathan Ashworth ... will accuse ministers of “...” in a conversation with the comedian Russell Brand' (built into the writer's sentence; “staggering cuts” has 2 words)", "fragment"),
 ("These are staggering cuts to addiction", "drug and alcohol problems.", ja, P, ja_r, "body", "'Mr Ashworth will say: “...' (left open)", "said-before"),
 ("The Tories are cynically imposing", "prevent and treat addiction.", ja, P, ja_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("It’s yet another example of how this Tory Government", "public health system.", ja, P, ja_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The long-term effect will be growing addiction problems i", None, ja, P, ja_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

ec = "Elizabeth Carlin"; ec_r = "president of the British Association of Sexual Health and HIV (Bashh)"
f("government-cuts-are-brewing-a-sexual-health-crisis.txt", [
 ("Sexual health services play a key role", "health of the nation,", ec, P, ec_r, "body",
  "'Elizabeth Carlin, president of the British Association of Sexual Health and HIV (Bashh), is one of many specialists to express concern. “...,” she says.' (a campaign site's copy of a Guardian story; “through competition and choice” above has 4 words)", "pronoun"),
 ("Coordinated care with sufficient funding is crucial.", None, ec, P, ec_r, "body",
  "second quote re-opened after 'she says.' in the same paragraph", "continuation"),
])

dg = "Deborah Gold"; dg_r = "Chief executive of National AIDS Trust"
f("hiv-charities-express-shock-and-disbelief-over-nhs-decision-not-to-distribute-prep.txt", [
 ("local authorities are the responsible commissioner for HIV prevention services", None, "NHS England", O, "", "body",
  "'Outlining the reasons for its decision, NHS England said that \"...\"' (built into the writer's sentence; 'shock and disbelief' in the headline, \"highly effective\" and \"test sites\" have 2-3 words)", "fragment"),
 ("NAT shares the anger and distress", "cost-effectiveness of PrEP.", dg, P, dg_r, "body",
  "'Deborah Gold, Chief executive of National AIDS Trust, said of the news: \"...' (the passage ends where a second opening mark re-opens the quote, a merged paragraph break)", "said-before"),
 ("Instead of a long-term policy to give PrEP", "number of gay men at high", dg, P, dg_r, "body",
  "the passage re-opened by a second opening mark in the same paragraph; nested ‘most at risk’ and ‘testing’ have 1-3 words; cut off by the end of the excerpt", "continuation"),
])

f("hiv-charity-funds-prep-drug-terrence-higgins.txt", [
 ("Many individuals just do not have the money to do that,", None, "Ian Green", P, "CEO of the Terrence Higgins Trust", "body",
  "'In his speech at the 22nd Annual Aids Conference in Amsterdam, the Terrence Higgins Trust’s CEO, Ian Green, observed that ... “...,” he said.'", "pronoun"),
])

dl = "Debbie Laycock"; dl_r = "head of policy and parliamentary affairs at THT"
f("hiv-support-services-face-closure-as-councils-withdraw-funding-a6894341.txt", [
 ("The council hasn’t organised any contingency plans for support,", None, dl, P, dl_r, "body",
  "'“...,” says Debbie Laycock, head of policy and parliamentary affairs at THT.'", "said-after"),
 ("This will mean that more than 200 people", "these support services.", dl, P, dl_r, "body",
  "second quote re-opened after the attribution in the same paragraph (the crosshead ‘This was my lifeline’ below has 4 words)", "continuation"),
])

f("i-base-htb-30911.txt", [
 ("overturns the High Court in helpfully clarifying", "have not done so.", "NHS England", O, "", "body",
  "'the press statement from NHS England continues to stress ...' then 'Even in this latest short statement, one of the four paragraphs makes little sense:' and '[The judgement]… “...”' (the statement's words after a colon)", "said-before"),
])

rp = "Dr Richard Piper"; rp_r = "chief executive of Alcohol Concern"
f("lack-funding-leaves-alcohol-treatment-services-crisis.txt", [
 ("a vicious cycle of disinvestment, staff depletion and reduced capacity", None, "Alcohol Concern", O, "", "body",
  "'The report, which was released at the All Party Parliamentary Group on Alcohol Harm on Tuesday, said that the crisis had been caused by “...”.' (the report of the survey 'conducted by Alcohol Concern', 'a report by a charity'; built into the writer's sentence; ‘in crisis’ in the headline and “crisis” have 1-2 words)", "fragment"),
 ("Around 595,000 people in the UK are dependent on alcohol.", None, rp, P, rp_r, "body",
  "'Dr Richard Piper, chief executive of Alcohol Concern, said: “...' (left open)", "said-before"),
 ("It’s clear that the government must develop", "the services they need.", rp, P, rp_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("This report shows very clearly what action is needed", "in desperate need of support.", rp, P, rp_r, "body", "next paragraph of his quote, closed", "continuation"),
])

ih2_r = "Chairman of the Local Government Association’s Community Wellbeing Board"
f("lga-responds-nhs-funding-expansion-prep-trial.txt", [
 ("While we are pleased that the successful trial", "provided by councils.", ih, P, ih2_r, "body",
  "'Responding to an announcement by NHS England ..., Cllr Ian Hudspeth, Chairman of the Local Government Association’s Community Wellbeing Board, said:' then the quote paragraph (left open)", "said-before"),
 ("We are calling on government to ensure that adequate funding", "under pressure local authorities.", ih, P, ih2_r, "body",
  "next paragraph of his quote, opened with a straight mark (left open); the same words stand unquoted in the standfirst", "continuation"),
 ("The results of the trial, which will be the largest", "services is agreed.", ih, P, ih2_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("This needs to be further supported by reversing", "accommodate increasing demand", ih, P, ih2_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

f("lifeline-project-charity-services-saved-drug-alcohol-treatment.txt", [
 ("During the last year, with further cuts", "from its trading activities.", "Administrators from business advisory firm FRP Advisory", D, "", "body",
  "'Administrators from business advisory firm FRP Advisory said in a statement: “...”' (unnamed administrators; “at this stage” below has 3 words)", "said-before"),
])

sc = "Sheena Cumiskey"; sc_r = "CWP chief executive"
sw = "Shirley Wingfield"; sw_r = "Council spokeswoman"
addict = "A recovering heroin addict"
f("nhs-disappointed-losing-drug-recovery-8203369.txt", [
 ("We are extremely disappointed with the outcome", "built up over 15 years.", sc, P, sc_r, "body",
  "'CWP chief executive Sheena Cumiskey responded: “...' (CWP = Cheshire and Wirral Partnership NHS Foundation Trust; left open)", "said-before"),
 ("We will do all we can to support service users", "transition period.", sc, P, sc_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("The council aims to improve the services", "guidance and good practice.", sw, P, sw_r, "body",
  "'Council spokeswoman Shirley Wingfield said the decision was made ...' then 'She said: “...' (left open)", "pronoun"),
 ("Through the recent tender process", "support individuals.", sw, P, sw_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("a much lower quality of service", None, addict, D, "", "body",
  "'A recovering heroin addict, who wished to remain anonymous, rang The Chronicle with concerns about “...”' (built into the writer's sentence; “lower skilled” has 2 words)", "fragment"),
 ("You could see hundreds of people relapsing", "save a few quid.", addict, D, "", "body",
  "'The ex-addict, who accesses services in Ellesmere Port, said: “...”' (the anonymous recovering heroin addict)", "said-before"),
 ("There was no public consultation over this decision", "other than political rea", "A petition on the campaigning website 38 Degrees", D, "", "body",
  "'Now a petition has been started on the campaigning website 38 Degrees ...' then 'It explains: “...' (it = the petition; its author is not named; cut off mid-word by the end of the excerpt)", "pronoun"),
])

kf = "Professor Kevin Fenton"; kf_r = "the director of health and wellbeing at Public Health England"
f("nhs-england-announces-prep-trial-for-10000-people.txt", [
 ("Currently 13,500 people are living in the UK", "new infections each year.", kf, P, kf_r, "body",
  "'Professor Kevin Fenton, the director of health and wellbeing at Public Health England, said: \"...\"'", "said-before"),
 ("Given we are in the fourth decade", "national HIV prevention program.", kf, P, kf_r, "body",
  "a second quote straight after the first in the same paragraph, with no attribution of its own", "continuation"),
 ("This comes after much planning and preparation", "large scale clinical trial.", kf, P, kf_r, "body",
  "a further quote in the same paragraph after a stray 'prep' token (an image or tag label), with no new speaker named", "continuation"),
 ("We encourage all those who may be at risk", "update of HIV testing.", kf, P, kf_r, "body",
  "a further quote in the same paragraph with no new speaker named, before the writer's 'According to Buzzfeed, ...'", "continuation"),
])

dg2_r = "Chief Executive of NAT"
f("nhs-england-loses-appeal-in-court-battle-over-hiv-preventing-drugs.txt", [
 ("We are delighted to have been vindicated", "one step closer.", dg, P, dg2_r, "body",
  "'Deborah Gold, Chief Executive of NAT, said: “...' (left open; “early implementer” and “public health intervention” above have 2-3 words)", "said-before"),
 ("We look forward to what we hope will be a balanced", "for the benefit of peopl", dg, P, dg2_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

nat = "National AIDS Trust"
f("nhs-england-to-appeal-prep-court-ruling-289681.txt", [
 ("It is enormously disappointing that NHS England", "well-reasoned arguments it contains.", nat, O, "", "body",
  "'The National AIDS Trust, who forced NHS Englands initial decision to not fund PrEP, blasted the decision to appeal, saying, “...' (left open; the Terrence Higgins Trust's tweet above has no marks)", "said-before"),
 ("The appeal will further delay clarity", "will not take place for months.", nat, O, "", "body", "next paragraph of its statement (left open)", "continuation"),
 ("Following this decision, there will now be a 30-day", "outcome of the appeal.", nat, O, "", "body", "next paragraph of its statement, closed", "continuation"),
])

f("nhs-refuses-to-provide-the-hiv-prevention-drug-for-the-secon.txt", [
 ("accepted NHS England's external legal advice", "to commission PrEP", "NHS England", O, "", "body",
  "'Following a meeting of NHS England's specialised services commissioning committee, a statement was posted on its website that concluded that it \"...\"' (the statement on NHS England's website; built into the writer's sentence; \"astonishing\" and \"test sites\" have 1-2 words)", "fragment"),
 ("remains committed to working with other commissioners", "possible provision of PrEP.", "NHS England", O, "", "body",
  "'... but said it \"...\"' (the same statement; built into the writer's sentence)", "fragment"),
 ("NHS England has confirmed its decision to remove PrEP", "real risk of HIV.", nat, O, "", "body",
  "'The announcement immediately sparked a furious reaction from the National AIDS Trust (NAT) ...' then 'In a statement the charity said: \"...' (left open)", "said-before"),
 ("The decision by NHS England not even to consider", "cost-effectiveness of PrEP.", nat, O, "", "body", "next paragraph of its statement, closed", "continuation"),
])

f("record-alcohol-deaths-follow-service-cuts.txt", [
 ("It is unacceptable public health services", "huge harm and death,", "Jonathan Ashworth MP", P, "Labour’s Shadow Health Secretary", "body",
  "'“...,” said Jonathan Ashworth MP, Labour’s Shadow Health Secretary.'", "said-after"),
 ("Treatment is essential to help those with alcohol dependence", "inaccessible to many,", "Professor Sir Ian Gilmore", P, "Chair of the Alcohol Health Alliance UK", "body",
  "'“...,” said Professor Sir Ian Gilmore, Chair of the Alcohol Health Alliance UK.'", "said-after"),
])

scr = "Shirley Cramer CBE"; scr_r = "Chief Executive, RSPH"
f("rsph-deeply-concerned-by-short-sighted-cuts-to-public-health-budgets.txt", [
 ("This analysis shows the considerable scale", "consequences for the NHS.", scr, P, scr_r, "body",
  "'Shirley Cramer CBE, Chief Executive, RSPH, said: \"...' (left open; the nested “a radical upgrade in prevention”, given to Simon Stevens, has 4 words)", "said-before"),
 ("We believe these are incredibly short-sighted cuts", "is so important.", scr, P, scr_r, "body", "next paragraph of her quote, closed", "continuation"),
])

ow = "Dr Olwen Williams"; ow_r = "BASHH president"
f("sexual-health-services-are-at-breaking-point-after-funding-cuts-7989711.txt", [
 ("Whilst we are doing our utmost to maintain standards", "taking their toll.", ow, P, ow_r, "body",
  "'BASHH president Dr Olwen Williams said: ‘...' (left open; ‘breaking point’ in the lead and the caption has 2 words)", "said-before"),
 ("Current levels of sexual health funding", "wellbeing of staff.", ow, P, ow_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Without increased support to match the huge growth", "public health as a whole.", ow, P, ow_r, "body",
  "next paragraph of her quote, closed ('BHIVA chairwoman Professor Chloe Orkin added:' follows, cut off before her words)", "continuation"),
])

f("sexual-health-services-harder-access-uk-study-finds.txt", [
 ("patients will go undiagnosed and pass their infection on to other people", None, "Elizabeth Foley", P, "Lead author", "body",
  "'Lead author Elizabeth Foley of the Royal South Hants Hospital expressed concern that ‘...’.' (built into the writer's sentence)", "fragment"),
 ("a mandatory 48-hour access target", None, "Elizabeth Carlin", P, "president of BASHH", "body",
  "'Elizabeth Carlin, president of BASHH, said the research provides strong support for the reintroduction of ‘...’.' (built into the writer's sentence; 5 tokens)", "fragment"),
])

f("spending-on-drug-and-alcohol-treatment-slashed-by-ps105m-in-four-years-a7912531.txt", [
 ("leading risk factor for ill-health, early mortality and disability", None, "Public Health England", O, "", "body",
  "'a review published by Public Health England late last year reporting that alcohol is now the “...” among 15 to 49-year-olds' (its review; built into the writer's sentence; “vicious cycle” has 2 words)", "fragment"),
])

f("this-is-what-its-like-to-lose-your-local-sexual-health-clinic.txt", [
 ("No one knew I was there for that reason,", None, "Alison", P, "", "body",
  "'But most important to Alison, now 19, ... “...,” she said.' (named only 'Alison'; “It’s so hidden.” after it has 3 words)", "pronoun"),
 ("I would have had a real problem", "speak to someone.", "Alison", P, "", "body",
  "'... – a deterrent, Alison said. “...' (her quote follows the attribution in the same paragraph; left open)", "said-before"),
 ("For example, with chlamydia which is what I thought I had", "I think [cutting th", "Alison", P, "", "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
 ("oh I could just go in a couple of weeks", None, "Alison", P, "", "body",
  "'you just think ‘...’' nested in her own quote (a thought she quotes inside her quote is hers, as in earlier sets)", "fragment"),
])

f("uk-sexual-health-centres-closing.txt", [
 ("Sexual and reproductive health services are being downgraded", "public health budget.", "Dr Jayne Kavanagh", P, "", "body",
  "'One of those people is Dr Jayne Kavanagh, who led the campaign. She told me ... She firmly agreed that,“...”' (she = Kavanagh; built into the writer's sentence after 'agreed that,'; 'who led the campaign' is a relative clause, not a role; “definitely” has 1 word)", "fragment"),
])

db = "David Buck"; db_r = "senior fellow in public health and inequalities at the King's Fund"
f("warning-of-budget-cuts-hitting-sexual-health-and-stop-smoking-services.txt", [
 ("These planned cuts in services are the result", "which services they fund.", db, P, db_r, "body",
  "'David Buck, senior fellow in public health and inequalities at the King's Fund, said: \"...' (left open)", "said-before"),
 ("Reducing spending on public health is short-sighted", "best of times.", db, P, db_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("But at a time when the rate of syphilis", "problems for the future.", db, P, db_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The Government must reverse these cuts", "public health services.", db, P, db_r, "body", "next paragraph of his quote, closed", "continuation"),
])

ss = "Steve Slack"; ss_r = "chief of The Sheena Amos Youth Trust"
cd = "Dr Claire Dewsnap"; cd_r = "clinical lead for Sexual Health Sheffield"
f("young-people-let-down-sheffield-sexual-health-clinic-closes-today-59423.txt", [
 ("I am very concerned that there will now be little provision", "at the Hallamshire Hospital.", ss, P, ss_r, "body",
  "'Steve Slack, chief of The Sheena Amos Youth Trust, ... has criticised ...' then 'Mr Slack said: “...”' ('˜let down' in the headline and lead and ‘little provision’ have 2 words)", "said-before"),
 ("This is yet another example of central Government", "will be more costly.", ss, P, ss_r, "body",
  "'Mr Slack expects to see a rise ...' then 'He said: “...”' (he = Mr Slack)", "pronoun"),
 ("We are not reducing or stopping any sexual health services", "will also be specifi", cd, P, cd_r, "body",
  "'But Dr Claire Dewsnap, clinical lead for Sexual Health Sheffield, said ...' then 'Dr Dewsnap said: “...' (cut off mid-word by the end of the excerpt)", "said-before"),
])

label_table.build(R, prefix="AT", split="heldout45", out="eval/quotes/heldout45.jsonl")
