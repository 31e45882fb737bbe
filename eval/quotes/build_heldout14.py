"""Build heldout14.jsonl (the fourteenth held-out attribution set, over eval/corpus17) from
the hand-written label table below.

Same method as build_heldout13.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout14.py   (writes eval/quotes/heldout14.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus17/")

# ---------------------------------------------------------------------------
gb = "George Butterworth"
f("calls-to-prioritise-stop-smoking-services-as-40-of-councils-cut-budgets.txt", [
 ("We’re urging local government", "on the agenda,", gb, P, "Cancer Research UK’s tobacco policy manager", "body",
  "'“...,” he said.' (he = George Butterworth, whose reported argument is the paragraph before; “lifesaving work” there has 2 words)", "pronoun"),
 ("These services are under threat", "eroded further.", gb, P, "Cancer Research UK’s tobacco policy manager", "body",
  "next paragraph, no attribution of its own, closed", "continuation"),
])

dn = "Sir David Nicholson"; dn_r = "NHS chief executive"
f("ccgs-already-controlling-30-billion-of-commissioning-budget.txt", [
 ("Nearly half of the commissioning budget", "a remarkable place to be.", dn, P, dn_r, "body",
  "'He told yesterday’s NHS Alliance annual conference: ‘...' (He = 'NHS chief executive, Sir David Nicholson', lead); left open", "pronoun"),
 ("There’s a variety of ways", "the benefits of that.", dn, P, dn_r, "body",
  "next paragraph of his quote; the closing mark is printed as ‘ after a space and is left out", "continuation"),
 ("Be absolutely clear CCGs decide themselves", "grit in the oyster.", dn, P, dn_r, "body",
  "quote paragraph with no attribution straight after 'Sir David also made it clear CCGs would decide ...' (reported speech)", "continuation"),
 ("There are still some in the red rating.", "between CCGs and the NHSCB.", dn, P, dn_r, "body",
  "quote paragraph after 'On CCG size he said ...' (reported speech; ‘green/amber’ there has 1 word); left open", "continuation"),
 ("I say it’s a risk rating", "making this a success.", dn, P, dn_r, "body", "next paragraph of his quote, closed", "continuation"),
])

lb = "Laurence Buckman"; lb_r = "chairman of the British Medical Association GP Committee"
f("ccgs-excluding-local-medical-committees-says-gp-leader.txt", [
 ("wilful attempt to exclude local medical committees as the democratic voice of GPs", None, lb, P, lb_r, "body",
  "'Dr Buckman said its members had expressed concern about CCGs where he said there seemed to be a “...”' (named in full without 'Dr' in the paragraph before; built into the writer's sentence)", "fragment"),
 ("LMCs have been around for 100 years", "is unhelpful,", lb, P, lb_r, "body", "'“...,” he said.' (he = Dr Buckman)", "pronoun"),
 ("There is no legal basis for these agreements", "serious implications.", lb, P, lb_r, "body",
  "quote with no verb of its own in the same paragraph as his reported speech ending '..., he said.' (“inter-practice agreements” there has 2 words)", "pronoun"),
])

lb2 = "Dr Laurence Buckman"; lb2_r = "GPC chair"
f("commissioning-groups-ignoring-bma-election-guidance.txt", [
 ("There are too many examples to name.", "there were more.", lb2, P, lb2_r, "body",
  "'GPC chair Dr Laurence Buckman said: ‘...' (left open; ‘jobs for the boys’ and ‘increasing alarm’ above have 4 and 2 words)", "said-before"),
 ("Some CCGs appear to be dominated", "turning into the CCG.", lb2, P, lb2_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Where there is evidence, it’s important", "is not democratic", lb2, P, lb2_r, "body",
  "next paragraph of his quote; its only closing mark closes the nested quote, so the record ends there (the eighth set's rule)", "continuation"),
 ("this CCG in our area is not democratic", None, "", N, "", "body",
  "nested in Dr Buckman's quote: what LMCs should 'stand up and say' (hypothetical wording, nobody's speech)", "other"),
 ("Most CCGs have followed our general advice", "have done this.", lb2, P, lb2_r, "body", "last paragraph of his quote, closed", "continuation"),
])

dl = "Deborah Lee"; dl_r = "the hospital trust's chief executive"
f("concerns-over-safety-bullying-and-discrimination-at-gloucestershire-hospitals.txt", [
 ("None of us come to work", "really tough,", dl, P, dl_r, "body",
  "'“...,” she said.' (she = 'Ms Lee, the hospital trust's chief executive', paragraph before; 'Health chief Deborah Lee' in the lead; “really hard read” has 3 words)", "pronoun"),
 ("I would like to take this public opportunity", "raised in this report.", dl, P, dl_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("I have reflected considerably", "part of the solution.", dl, P, dl_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("I’m proud that I led the trust", "do that again with", dl, P, dl_r, "body",
  "quote paragraph after 'Ms Lee said she inherited the hospital ...' (reported speech); cut off by the end of the excerpt", "continuation"),
])

am = "Dr Arvind Madan"; am_r = "NHS England director of primary care"
f("current-nhs-leadership-most-general-practice-friendly-ever-says-top-gp.txt", [
 ("the biggest change management programme in the history of general practice", None, U, U, "", "body",
  "'He said the GP Forward View had been described as '...'' (no one is credited with the description; the tenth set's rule for epithets)", "other"),
 ("since records began in 2001", None, am, P, am_r, "body",
  "'... GP morale that was now at its lowest level '...'' in the sentence whose subject is 'He' (Dr Madan; built into the writer's sentence; exactly five tokens; 'tragedy' and 'reasons beyond their control' above have 1 and 4 words)", "fragment"),
 ("I don’t think we should underestimate", "has ever seen.", am, P, am_r, "body", "'He told the conference: '...'' (He = Dr Madan)", "pronoun"),
 ("GPs have an unrivalled capacity", "adapting to change,", am, P, am_r, "body",
  "''...,' he said.' (he = Dr Madan, named at the start of the paragraph)", "pronoun"),
 ("Our first priority over the coming year", "and for everyone.", am, P, am_r, "body",
  "quote with no verb of its own after 'Dr Madan spelled out the two key elements of the GP Forward View.' in the same paragraph (the fourth set's rule); left open", "said-before"),
 ("It also needs to transform services", "a better experience and", am, P, am_r, "body",
  "next paragraph of his quote after the crosshead 'GP demand'; cut off by the end of the excerpt", "continuation"),
])

ss = "Simon Stevens"; ss_r = "NHS England chief executive"
f("exclusive-nhs-no-longer-denial-gp-crisis-says-simon-stevens.txt", [
 ("What we are saying today is we have to convert", "into action,", ss, P, ss_r, "body",
  "'‘...,' he said as NHS England launched ...' (he = Mr Stevens; 'no longer in denial', 'in denial', ‘sea change’ and ‘denial to acknowledgement’ have 4 words or fewer)", "pronoun"),
 ("Everybody has told us that the big things", "public service,", ss, P, ss_r, "body",
  "'‘...,' Mr Stevens said.' (‘sooner rather than later’ and ‘listened hard’ above have 4 and 2 words)", "said-after"),
 ("On each of those five big building blocks", "need to be done.", ss, P, ss_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("To that extent I hope GPs will experience", "make things better.", ss, P, ss_r, "body",
  "next paragraph, in straight marks, with no attribution of its own, straight after his closed quote", "continuation"),
 ("We will be working as fast as we can", "to get as much", am, P, "NHS England's director of primary care", "body",
  "'NHS England's director of primary care, GP Dr Arvind Madan, added: '...'; cut off by the end of the excerpt", "said-before"),
])

al = "Mr Lansley"; al_r = "shadow health secretary"
f("exclusive-tories-end-uk-gp-contract-write-new-one.txt", [
 ("We would need a new contract.", "legislation, too.", al, P, al_r, "body",
  "'Mr Lansley told GP newspaper that in order to ...: ‘...'' (the excerpt opens mid-article and never gives his first name; 'The shadow health secretary added' below refers to him)", "said-before"),
 ("If [GPs] have a deficit on their budget", "their practice's income.", al, P, al_r, "body",
  "'Mr Lansley insisted that the ‘real budgets' [2 words] ... will be kept separate from practice income: ‘...'' (full quotation after the colon)", "said-before"),
 ("What happens if the money runs out?", "at managing budgets?", "Dr Laurence Buckman", P, "GPC chairman", "body",
  "'He added: ‘...'' (He = 'GPC chairman Dr Laurence Buckman', subject of the two paragraphs before)", "pronoun"),
 ("Consortia aren't a worry, private companies are.", "services from themselves.", "Dr Laurence Buckman", P, "GPC chairman", "body",
  "quote with no verb of its own after 'Dr Buckman was also concerned about ...' in the same paragraph (the fourth set's rule)", "said-before"),
])

f("fight-over-hospital-beds-goes-on-as-westminster-memorial-forms-handed-in.txt", [
 ("We are particularly concerned about the proposals", "support your proposals,", "Westminster Memorial Hospital Working Group", O, "", "body",
  "''...,’ it declared.' (it = 'a letter from the Shaftesbury and District Task Force on behalf of the Westminster Memorial Hospital Working Group'; 'Our group does not support'; a letter written on behalf of a group is the group's, the thirteenth set's rule); the report's dashed findings below carry no marks", "pronoun"),
])

ip = "Mike Padgham"; ip_r = "Chair, Independent Care Group"
f("government-has-not-addressed-the-social-care-crisis-as-elderly-and-vulnerable-left-to-fend-for-themselves.txt", [
 ("Allowing local authorities to increase council tax", "sticking plaster solution", "Independent Care Group", O, "", "body",
  "'“...”’, a leading social care group warned today.' (described, then named: 'But today the Independent Care Group said this was not a proper solution'); the outer quote closes with ” after the nested 3-word ‘sticking plaster solution", "description"),
 ("It is heartening that the Government", "towards social care.", ip, P, ip_r, "body",
  "'Chair, Mike Padgham said: “...' (the Independent Care Group named in the paragraph before); left open", "said-before"),
 ("The problem is that increasing Council Tax", "a long-term cure.", ip, P, ip_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("What is needed is a root and branch reform", "decade or more.", ip, P, ip_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("Tinkering with council tax", "that shortfall,", ip, P, ip_r, "body", "'“...,” Mr Padgham added.'", "said-after"),
 ("We need radical action", "two million people.", ip, P, ip_r, "body", "second passage after 'Mr Padgham added.' in the same paragraph", "continuation"),
 ("We need to create a single Government department", "we can give peopl", ip, P, ip_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

db = "Dr Buckman"
bmn = "Dr Beth McCarron-Nash"; bmn_r = "GPC negotiator"
f("gpc-warns-pct-clusters-engineering-ccg-board-elections.txt", [
 ("have a lot of control over who gets in", None, db, P, "", "body",
  "'He said in some areas CCGs appear to be ‘dominated’ by small numbers of practices who ‘...’' (the excerpt opens mid-article; 'he added' follows and the next paragraph goes on 'Dr Buckman said:' on the same theme, so He = Dr Buckman, whose first name and role the excerpt never gives; built into the writer's sentence)", "fragment"),
 ("The GPC is unanimous in continuing", "a position on the CCG.", db, P, "", "body",
  "'Dr Buckman said: '...' (opened with a straight mark, left open)", "said-before"),
 ("We want to ask LMCs or anyone who is aggrieved", "that is not true.", db, P, "", "body", "next paragraph of his quote, closed", "continuation"),
 ("If CCGs don’t include sessional GPs", "more difficult.", bmn, P, bmn_r, "body",
  "'She said: ‘...' (She = 'GPC negotiator Dr Beth McCarron-Nash', paragraph before); left open", "pronoun"),
 ("It is in everybody’s best interest", "forward to authorisation.", bmn, P, bmn_r, "body", "next paragraph of her quote, closed", "continuation"),
])

f("gps-should-have-power-to-sack-ccg-boards-say-lmcs.txt", [
 ("may be recalled should a majority of member practices support such action", None, "", N, "", "body",
  "'The motion said CCGs must be constituted in a way so that their boards '...'' (wording of the motion the conference voted on; no one is said to have said it)", "other"),
 ("open to all GPs regardless of their contractual status", None, "", N, "", "body",
  "'separate strands of the motion calling for GP members to be elected by processes '...'' (motion wording; 'endorsed by the LMC' and 'one GP one vote' have 4 words or fewer)", "other"),
 ("This is going to impact upon us and patients.", "hold them to account.", "Dr John Grenville", P, "secretary of Derbyshire LMC", "body",
  "'Dr John Grenville, secretary of Derbyshire LMC, proposing the motion, said: '...''", "said-before"),
 ("It is vital that the LMC is involved", "transparent, processes.", "Dr Fiona Armstrong", P, "member of Kent LMC and chair of Swale CCG", "body",
  "'Dr Armstrong said: '...'' (named in full with her roles in the sentence before)", "said-before"),
 ("We need to keep all of our colleagues involved at every level.", None, "Dr Penelope Jarrett", P, "member of Lewisham LMC", "body",
  "'Dr Penelope Jarrett, member of Lewisham LMC, also backed the motion, saying: '...''", "said-before"),
])

rv = "Dr Vautrey"; rv_r = "Leeds GP"
f("interview-dr-richard-vautrey-sets-top-priorities-reverse-gp-crisis.txt", [
 ("It was really humbling to have that support", "over subsequent days,", rv, P, rv_r, "body",
  "''...,' he told GPonline.' (he = Dr Vautrey, sentence before; the excerpt opens mid-article and calls him only 'Dr Vautrey' and 'The Leeds GP'; ‘heartening’ has 1 word)", "pronoun"),
 ("And I've been overwhelmed by messages", "and also advice", rv, P, rv_r, "body",
  "second passage, re-opened, with its own '..., he says.'", "pronoun"),
 ("I have been part of the negotiating teams", "with subsequent chairs,", rv, P, rv_r, "body",
  "''...,' he says.' (he = Dr Vautrey, named in the sentence before)", "pronoun"),
 ("I've seen some real lows and some highs in that process.", None, rv, P, rv_r, "body",
  "second passage after 'he says.' in the same paragraph", "continuation"),
 ("I'm certainly under no illusions", "from this crisis,", rv, P, rv_r, "body",
  "''...,' he says.' (‘instrumental’ and ‘do more’ have 1 and 2 words)", "pronoun"),
 ("I think what we've done before", "in the future,", rv, P, rv_r, "body", "''...,' he says.' (he = the Leeds GP, Dr Vautrey)", "pronoun"),
 ("I recognise that, we have to change.", None, rv, P, rv_r, "body", "second passage after 'he says.' in the same paragraph", "continuation"),
])

al2 = "Andrew Lansley"; al2_r = "Health secretary"
nw = "Dr Nigel Watson"; nw_r = "chief executive of Wessex LMCs"
f("lansley-claims-gps-full-backing-for-commissioning-plans.txt", [
 ("People came from general practices across Hampshire", "get on with it.", al2, P, al2_r, "body",
  "'He said: ‘...'' (He = Mr Lansley, 'Health secretary Andrew Lansley' in the lead; ‘enthusiastic' has 1 word)", "pronoun"),
 ("They did not want to wait for the full transition", "the detailed questions.", al2, P, al2_r, "body",
  "next paragraph, in its own marks, with no attribution, straight after his closed quote", "continuation"),
 ("There are a number of key issues", "about the White Paper.", nw, P, nw_r, "body",
  "'He said: '...' (He = Dr Nigel Watson, subject of the two paragraphs before; 'interesting interpretation' and 'up for the challenge' have 2 and 4 words); left open", "pronoun"),
 ("In terms of GPs commissioning what we told Mr lansley", "issue with funding.", nw, P, nw_r, "body", "next paragraph of his quote, closed", "continuation"),
])

f("london-leads-race-for-gp-consortia.txt", [
 ("We are determined that the NHS in London", "to take commissioning.", "Ruth Carnall", P, "Chief Executive of NHS London", "body",
  "'Ruth Carnall, Chief Executive of NHS London, told a meeting of GPs: ‘...''", "said-before"),
 ("Many London GPs have expressed an interest", "come forward as possible.", "Dr Tom Coffey", P,
  "associate medical director of primary care in London and a GP in Wandsworth", "body",
  "'Dr Tom Coffey, associate medical director ..., said: ‘...' (left open)", "said-before"),
 ("It is excellent that NHS London has taken the initiative", "services for our patients.", "Eleanor Brown", P, "CEO of Nelson Commissioning Group", "body",
  "'Eleanor Brown, CEO of Nelson Commissioning Group, which covers patients in Sutton and Merton, said: ‘...''", "said-before"),
])

pf = "Paul Farmer"; pf_r = "Mind’s Chief Executive"
f("mental-health-bed-shortage-in-nhs.txt", [
 ("This investigation paints a disturbing picture", "parts of the country.", pf, P, pf_r, "body",
  "'Mind’s Chief Executive Paul Farmer said:' on its own line above the quote, which is closed two paragraphs later", "said-before"),
 ("Mind has long campaigned for improvements", "at their most unwell.", pf, P, pf_r, "body",
  "paragraph without marks inside his quote, which opens before it and closes after it (the seventh set's rule)", "continuation"),
 ("The consequences of not getting the help", "far too often.", pf, P, pf_r, "body",
  "last paragraph of his quote, with only the closing mark; the paragraphs after it carry no marks and are not labelled", "continuation"),
])

ym = "YoungMinds"
f("mental-health-blackhole.txt", [
 ("a black hole in youth and community services", None, ym, O, "", "body",
  "'The YoungMinds report says there is \"...\"' (the report 'by charity YoungMinds'; built into the writer's sentence)", "fragment"),
 ("less than a quarter of areas by 2022-23.", None, ym, O, "", "body",
  "'The charity says the government's recent plans ... would cover \"...”' (the charity = YoungMinds; built into the writer's sentence; opened with \" and closed with ”)", "fragment"),
 ("The NHS is only halfway through", "mental health services wi", "An NHS England spokesperson", D, "", "body",
  "'NHS England said funding was rising ... A spokesperson said: \"...' (unnamed; cut off by the end of the excerpt)", "said-before"),
])

dfo = "Cllr David Fothergill"; dfo_r = "the leader of Somerset county council"
f("national-crisis-tory-council-chief-warns-social-care-funding-shortfall.txt", [
 ("There is a national crisis and we need to sort it", "going to get worse.", dfo, P, dfo_r, "body",
  "'Fothergill said: “...”' (named in full with his role in the paragraph before)", "said-before"),
 ("What will happen is that there will be less funding", "will go unfunded.", dfo, P, dfo_r, "body",
  "quote with no verb of its own in the same paragraph as 'He told the Guardian that ...' (He = Fothergill)", "pronoun"),
])

gb2 = "George Butterworth"; gb2_r = "Senior Policy Manager at Cancer Research UK and co-author of the report"
f("new-study-shows-extent-of-cuts-to-local-services-to-help-smokers-quit.txt", [
 ("It is deeply concerning that these life-saving services", "help smokers quit.", gb2, P, gb2_r, "body",
  "'George Butterworth, Senior Policy Manager ..., said: “...' (left open)", "said-before"),
 ("However, local authorities are facing impossible decisions", "before it is too late.", gb2, P, gb2_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("consider how to target their stop smoking services", "prevalence remains hi", "the Government", O, "", "body",
  "'The Government’s new Tobacco Control Plan ... the Plan calls on local councils to “...' (the government's plan; built into the writer's sentence); cut off by the end of the excerpt", "fragment"),
])

cm = "Cliff Mann"; cm_r = "president of the College of Emergency Doctors"
ab = "Andy Burnham"; ab_r = "Shadow health secretary"
f("nhs-ae-wards-face-worst-winter-ever-says-top-doctor.txt", [
 ("already sailing dangerously close to the wind", "has even started", "Labour", O, "", "standfirst",
  "'Labour says hospitals are '...'' (standfirst; the words recur in Andy Burnham's quote below, but the article names the organisation as the speaker, so they stay Labour's, the eighth set's rule)", "fragment"),
 ("All the worrying indicators are up already.", "delivery of acute care.", cm, P, cm_r, "body",
  "'Mann told The Guardian: \"...' (named in full with his role above; \"cause for grave concern\" and \"trolley waits\" have 4 and 2 words); left open", "said-before"),
 ("It's not chaos in emergency departments", "extended trolley waits.", cm, P, cm_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("on the brink of its most dangerous winter in years.", None, ab, P, ab_r, "body",
  "'Shadow health secretary Andy Burnham accused ministers of leaving the service \"...\"' (built into the writer's sentence)", "fragment"),
 ("These worrying new figures expose", "has even started.", ab, P, ab_r, "body", "'He said: \"...\"' (He = Andy Burnham)", "pronoun"),
 ("We know the NHS is under increasing pressure", "95 per cent of their pati", "A Department of Health spokesman", D, "", "body",
  "'A Department of Health spokesman said: \"...' (unnamed); cut off by the end of the excerpt", "said-before"),
])

ss2 = "Simon Stevens"; ss2_r = "NHS chief executive"
f("nhs-chief-hints-at-transfer-of-hundreds-of-millions-of-pounds-to-general-practice.txt", [
 ("at least a third of a billion pounds", None, ss2, P, ss2_r, "body",
  "'Mr Stevens suggested increased funds could come ... in the form of ‘...’' (built into the writer's sentence; ‘pennywise and pound foolish’ and ‘in the short term’ have 4 words)", "fragment"),
 ("We have sometimes been pennywise", "is a compelling one.", ss2, P, ss2_r, "body",
  "'He said: ‘...’' (He = Mr Stevens; ‘big announcement’, ‘must get right’ and ‘compelling one’ have 3 words or fewer)", "pronoun"),
 ("We have got to not only make it more attractive", "go into general practice.", ss2, P, ss2_r, "body", "'He said: ‘...’' (He = Mr Stevens)", "pronoun"),
])

tc = "Therese Coffey"; tc_r = "Suffolk Coastal MP"
dt = "David Thomas"; dt_r = "vice chairman of Halesworth Town Council"
f("public-meeting-called-to-debate-future-of-threatened-hospitals.txt", [
 ("My key test for this proposal", "help patients.", tc, P, tc_r, "body",
  "'Dr Coffey said: “...' ('Suffolk Coastal MP Therese Coffey' in the second paragraph; “beds with care” and “more immediate care” have 3 words); left open", "said-before"),
 ("I have organised this public meeting", "quiz the chief executive.", tc, P, tc_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("Even the survey questions themselves", "to save money.", dt, P, dt_r, "body",
  "'He said: “...' (He = David Thomas, paragraph before; “appalled” has 1 word); left open", "pronoun"),
 ("This begs the question whether", "properly thought out.", dt, P, dt_r, "body", "next paragraph of his quote, closed", "continuation"),
])

ps = "The prime minister's spokesperson"
bk = "Barbara Keeley"; bk_r = "MP, shadow minister for social care"
f("social-care-crisis-government-tells-councils-to-manage-despite-facing-mass-care-home-closures.txt", [
 ("about 40% of care services will no longer be viable", "that will be lost.", "Martin Green", P, "The chief executive of Care England", "body",
  "'The chief executive of Care England, Martin Green told the Today programme that: \"...\"' (a lower-case clause carrying on the writer's 'told ... that' sentence; \"collapse\" above has 1 word)", "fragment"),
 ("Money alone is not the solution", "within existing budgets,", ps, D, "", "body",
  "'\"...,\" the prime minister's spokesperson told the parliamentary lobby' (unnamed)", "said-after"),
 ("If you look at the situation around the country", "effective and efficient social care system.", ps, D, "", "body",
  "quote paragraph with no attribution straight after 'They insisted that poorly run councils ...' (reported speech; They = the spokesperson of the paragraph before)", "continuation"),
 ("There is a crisis in the funding of social care", "budgets of local councils,", bk, P, bk_r, "body",
  "'\"...,\" Barbara Keeley MP, shadow minister for social care, said.'", "said-after"),
 ("£4.6 Billion has been cut from adult social care since", None, bk, P, bk_r, "body",
  "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

sb = "Sarah Brennan"; sb_r = "the CEO of the YoungMinds mental health charity"
dsi = "David Simmonds"; dsi_r = "LGA Chairman"
f("uk-childrens-mental-health-services-severely-underfunded.txt", [
 ("Every day we hear from parents", "at breaking point,", sb, P, sb_r, "body",
  "'\"...,” the CEO of the YoungMinds mental health charity Sarah Brennan said in a statement ...' (opened with \" and closed with ”)", "said-after"),
 ("The consequences of these cuts", "available [sic],", sb, P, sb_r, "body", "'“...,” Sarah Brennan added, ...'", "said-after"),
 ("joined-up to ensure young people receive the best services available.", None, dsi, P, dsi_r, "body",
  "'LGA Chairman David Simmonds said that the system needs to be properly funded, resourced and “...”' (built into the writer's sentence)", "fragment"),
 ("Local authorities still have serious concerns", "and other partners,", dsi, P, dsi_r, "body",
  "'\"...,” Simmonds said in a report published Wednesday by The Guardian.'", "said-after"),
])

ae = "Andy Evans"; ae_r = "chief executive of NHS Great Yarmouth & Waveney Clinical Commissioning Group"
f("uk-england-suffolk-34740676.txt", [
 ("It's alright consulting", "breeds more cynicism.", "Frank Joyce", P, "from the Lowestoft Against The Cuts group", "body",
  "'Frank Joyce, from the Lowestoft Against The Cuts group, said: \"...\"' ('Cynicism' crosshead has 1 word)", "said-before"),
 ("We guarantee we won't close services", "better care in the future.", ae, P, ae_r, "body",
  "'Andy Evans, chief executive of the CCG, said: \"...' ('the CCG' resolved to the CCG named before); left open", "said-before"),
 ("Local doctors say the model they want", "people at home.", ae, P, ae_r, "body", "next paragraph of his quote, closed", "continuation"),
])

f("video-health-secretary-moves-reassure-gps-white-paper-fears.txt", [
 ("I know that you can organise the NHS", "work with patients.", al, P, "", "body",
  "quote paragraph with no attribution straight after 'Mr Lansley, who was speaking to more than 500 GPs ..., said he would free GPs from the ‘dead hand’ [2 words] ...' (reported speech; the excerpt opens mid-article and gives no first name or role; a relative clause is not a role)", "continuation"),
 ("It would be unacceptable for the rationing", "individual GPs to decide.", al, P, "", "body",
  "'Mr Lansley said GPs would not be expected to ration care in the surgery: ‘...’' (full quotation after the colon of his reported speech, no verb of its own)", "said-before"),
 ("We have to be clear about our strategy", "practices and consortia.", al, P, "", "body",
  "quote paragraph with no attribution straight after 'GPs would be well-supported ...' (his reported speech continued from 'He said ...'; ‘powerful lever’ has 2 words)", "continuation"),
])

label_table.build(R, prefix="Y", split="heldout14", out="eval/quotes/heldout14.jsonl")
