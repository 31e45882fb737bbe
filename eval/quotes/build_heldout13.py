"""Build heldout13.jsonl (the thirteenth held-out attribution set, over eval/corpus16) from
the hand-written label table below.

Same method as build_heldout12.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout13.py   (writes eval/quotes/heldout13.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus16/")

# ---------------------------------------------------------------------------
f("1-dr-chaand-nagpaul-2.txt", [
 ("great voice for general practice at a difficult time", None, "GPs who nominated him for the Power 50", D, "", "body",
  "'According to GPs who nominated him for the Power 50, he leads with ‘skill and diplomacy’ [3 words], and has been a ‘...’' (unnamed group; built into the writer's sentence; ‘get real’ has 2 words)", "fragment"),
 ("Forget about out of hospital care", "what GPs cannot do is", "Dr Chaand Nagpaul", P, "GPC chair", "body",
  "in his unmarked answer after 'CN:' (the interview is with Dr Chaand Nagpaul, 'his past 12 months as GPC chair'): 'what we said to the Government was: ‘...' (his own account of what he and his side said); cut off by the end of the excerpt", "said-before"),
])

rg = "Russell George"; rg_r = "the Montgomeryshire AM"
f("7-hour-ambulance-wait-times-raised-senedd.txt", [
 ("Ambulance staff work extremely hard", "best possible care.", rg, P, rg_r, "body",
  "'Speaking outside the chamber ..., Mr George said:' on its own line (the Montgomeryshire AM, Russell George, named before); every line re-opens a mark and none closes", "said-before"),
 ("Residents often speak of the outstanding support", "in their care.", rg, P, rg_r, "body", "next line of Mr George's statement (re-opened)", "continuation"),
 ("That’s why it’s so sad to hear stories", "for many hours.", rg, P, rg_r, "body", "next line of Mr George's statement (re-opened)", "continuation"),
 ("One constituent who fell over on the street", "care of hospital staff.", rg, P, rg_r, "body", "next line of Mr George's statement (re-opened)", "continuation"),
 ("Earlier this month, a Welshpool resident waited 7 hours", "with the Ambulance Service.", rg, P, rg_r, "body", "next line of Mr George's statement (re-opened)", "continuation"),
 ("These incidents are unacceptable", "the Ambulance staff.", rg, P, rg_r, "body", "next line of Mr George's statement (re-opened with a straight mark)", "continuation"),
 ("There is a widespread problem", "ability to respond to inc", rg, P, rg_r, "body", "next line of Mr George's statement; cut off by the end of the excerpt", "continuation"),
])

dph = "The North West's 19 DPHs"
f("8314497.txt", [
 ("effective action to stop the irresponsible sale of cut-price alcohol", None, dph, D, "", "body",
  "'The study is quoted by the North West's 19 DPHs in their letter ... In the letter, they say that legislation is needed as an \"...\"' (unnamed group of directors of public health; built into the writer's sentence; \"simply unsustainable\" in the caption and lead has 2 words)", "fragment"),
 ("We know that the government has argued", "Neither do we,", dph, D, "", "body",
  "'\"...,\" they said.' (they = the directors of public health of the sentences before; the crosshead 'Health campaign' runs into the paragraph)", "pronoun"),
 ("A unit price of 50p means", "in the supermarket.", dph, D, "", "body",
  "next passage of the directors' quote, in the same run-together paragraph, never closed before the next opening mark", "continuation"),
 ("Is this really too much to pay", "alcohol-related costs?", dph, D, "", "body",
  "a new opening mark inside the run-together paragraph marks a merged paragraph break (split, as Q0020/Q0021); closed", "continuation"),
 ("It cannot be a coincidence", "in the North We", "Dr Alison Giles", P, "Chief Executive", "body",
  "'Chief Executive Dr Alison Giles said: \"...' (after 'the health campaign group, Our Life'; the bare title as printed); cut off by the end of the excerpt", "said-before"),
])

al = "Andrew Lansley"; al_r = "Health secretary"
dc = "David Cameron"; dc_r = "Prime Minister"
f("89-new-pathfinder-consortia-announced.txt", [
 ("GPs and nurses are ready and willing to take on commissioning responsibilities", None, al, P, al_r, "caption",
  "caption line 'Mr Lansley: '...'' (Health secretary Andrew Lansley, named in the body; his quote below has the same words)", "caption"),
 ("GPs and nurses are ready and willing to take on commissioning responsibilities", None, al, P, al_r, "caption",
  "the caption line repeated", "caption"),
 ("can’t afford not to modernise", None, dc, P, dc_r, "body",
  "'Announcing the new pathfinders, Prime Minister David Cameron said that the UK ‘...’ the NHS.' (built into the writer's sentence; exactly five tokens, first miscounted as four)", "fragment"),
 ("I want one of the great achievements", "our public services,", dc, P, dc_r, "body",
  "''...,' he said.' (he = 'Prime Minister David Cameron', sentence before)", "pronoun"),
 ("People said there would be no appetite", "over half the country.", dc, P, dc_r, "body",
  "'He went on: '...’' (He = Mr Cameron)", "pronoun"),
 ("If we want better results for patients", "to general practices.", al, P, al_r, "body",
  "'Health secretary Andrew Lansley said: ‘...' (left open)", "said-before"),
 ("This second group of selected pathfinders", "taking these ideas forward.", al, P, al_r, "body",
  "next paragraph of Mr Lansley's quote (closed)", "continuation"),
 ("It is clear that GPs and nurses are ready", "outcomes for their patients.", al, P, al_r, "body",
  "'He added: ‘...’' (He = Mr Lansley)", "pronoun"),
 ("Pretending that there is some", "a little bit of extra money", dc, P, dc_r, "body",
  "'He said: ‘...' (He = Mr Cameron, subject of the paragraph before: 'Mr Cameron’s speech ... he defended'); nested \"easy option\" has 2 words; cut off by the end of the excerpt", "pronoun"),
])

f("action-on-sugar-important-step-in-tackling-obesity.txt", [
 ("FPH is pleased to support the launch of Action on Sugar", "making this a reality.", "Dr John Middleton", P,
  "FPH's Vice President for Policy", "body",
  "'Dr John Middleton, FPH's Vice President for Policy, said: “...”' (nested \"empty calories\" has 2 words)", "said-before"),
])

f("anger-over-plan-to-close-small-maternity-units.txt", [
 ("There is a broad consensus", "trusts spending more.", "Nigel Edwards", P,
  "the acting chief executive of the NHS Confederation", "body",
  "'Nigel Edwards, the acting chief executive of the NHS Confederation, representing NHS trusts, said: \"...\"'", "said-before"),
])

lb = "Dr Laurence Buckman"; lb_r = "British Medical Association GPs committee chair"
f("bma-alarmed-about-ccgs-excluding-some-gps-and-lmcs.txt", [
 ("While there are good things happening", "are being established and are operating.", lb, P, lb_r, "body",
  "'In an open letter published today, Dr Laurence Buckman says: “...' (left open; described in the lead as 'The British Medical Association GPs committee chair'; “becoming increasingly alarmed” there has 3 words)", "said-before"),
 ("There is a limited window of opportunity", "writing to you now,", lb, P, lb_r, "body",
  "'“...,” he says.' (he = Dr Buckman)", "pronoun"),
 ("places where there has not been any adequate democratic opportunity", "have been included", lb, P, lb_r, "body",
  "'Dr Buckman says he is concerned about “...” in developing CCGs' (built into the writer's sentence)", "fragment"),
 ("have put in place untried and unacceptable measures", "views of local GPs", lb, P, lb_r, "body",
  "'He also raises concern that in some places CCG board members “...”' (built into the writer's sentence)", "fragment"),
 ("in some areas the LMC [local medical committee] is being sidelined and ignored", None, lb, P, lb_r, "body",
  "'Additionally he writes that “...”' (square brackets inside)", "fragment"),
 ("it is appearing increasingly likely that the authorisation process", "remarkable resemblance to PCT", lb, P, lb_r, "body",
  "same sentence: '...; and “...”' (ellipsis inside)", "fragment"),
 ("I am very concerned by reports I am getting", "important formative decisions.", lb, P, lb_r, "body",
  "'He says: “...' (He = Dr Buckman; left open)", "pronoun"),
 ("The changes to health services in your area are happening no", None, lb, P, lb_r, "body",
  "next paragraph of Dr Buckman's quote; cut off by the end of the excerpt", "continuation"),
])

rb = "Rachel Barclay"; rb_r = "carer for her 37-year-old son"
f("bristol-mental-health-damaging-rise-people-sent-to-private-hospitals-far-from-family.txt", [
 ("I don’t know, but it was a really, really long drive.", None, "Rachel Barclay's 37-year-old son", D, "", "body",
  "dialogue in the opening lines: '“Mum they’ve moved me,” he says. “Where to?” she replies. “...”' — the son's answer to his mother's question, with no attribution of its own (he is never named; the next paragraph describes him as her 37-year-old son); the 1-3-word lines around it are not labelled", "other"),
 ("My son’s got multi-complex needs", "get his needs met,", rb, P, rb_r, "body",
  "'“...,” Rachel says.' (Rachel Barclay, 57, named in full in the paragraph before, 'is the carer for her 37-year-old son')", "said-after"),
 ("It’s been really frightening", "supported to do that", rb, P, rb_r, "body",
  "a quote paragraph with no attribution after her quote and the writer's sentence about her experience (closed without final punctuation)", "continuation"),
])

f("bury-ccg-considers-axeing-fertility-treatments.txt", [
 ("The legal advice is that we do need", "keeping at three.", "Dr Cath Fines", P, "clinical director of the CCG", "body",
  "'Dr Cath Fines, clinical director of the CCG, said: '...'' (the CCG is not named beyond 'the CCG' in the excerpt)", "said-before"),
 ("We need to make sure our public engagement", "fund savings.", "Mike Woodhead", P, "the CCG's interim chief finance officer", "body",
  "'The CCG's interim chief finance officer, Mike Woodhead, said: '...''", "said-before"),
 ("Fertility patients in Medway will be very di", None, "Aileen Feeney", P, "chief executive of Fertility Network UK", "body",
  "'Aileen Feeney, chief executive of Fertility Network UK, said: '...'; cut off by the end of the excerpt", "said-before"),
])

sn = "Sarah Norcross"; sn_r = "co-chair of campaign group Fertility Fairness and director of Progress Educational trust"
gb = "Gwenda Burns"; gb_r = "head of charity Fertility Network"
f("cambridgeshire-ccg-bans-ivf-funding.txt", [
 ("Fertility patients in Cambridgeshire and Peterborough will be devastated", "damages the NHS' reputation", sn, P, sn_r, "body",
  "'Sarah Norcross, co-chair ... said: \"...' — the paragraph's only closing mark closes the nested quote, so the outer record ends at the same place (the eighth set's rule); the headline ‘Cruel and unfair’ has 3 words, \"unacceptable\" 1", "said-before"),
 ("blights patients' lives and damages the NHS' reputation", None, "the Government", O, "", "body",
  "nested in Sarah Norcross's quote: '... despite the Government's warning that it is unacceptable to do so and that the IVF postcode lottery \"...\"' (the Government's warning, quoted by her)", "fragment"),
 ("In the last two and half years alone", "arbitrary access criteria.", sn, P, sn_r, "body",
  "a quote paragraph after the page line 'You may also want to watch:' that follows Sarah Norcross's quote, with no attribution of its own", "continuation"),
 ("This is a cruel, unfair decision.", "far-reaching impact.", gb, P, gb_r, "body",
  "'Gwenda Burns, head of charity Fertility Network, said: \"...' (left open)", "said-before"),
 ("It is appalling that Cambridgeshire and Peterborough CCG", "access to NHS treatment.", gb, P, gb_r, "body",
  "next paragraph of Gwenda Burns's quote, after the page line 'Most Read' (closed)", "continuation"),
])

lw = "Liz Walke"; lw_r = "chair of Save the DGH Campaign"
f("campaigners-betrayed-as-hospital-bosses-threaten-maternity-services.txt", [
 ("Women’s and babies’ lives will be compromised.", "fact not fiction.", lw, P, lw_r, "body",
  "'Mrs Walke, who claims she sent Mr Grayson an email ..., said, “...' (chair of Save the DGH Campaign Liz Walke, named before; the relative clause is not a role; left open; ‘betrayed’, ‘seriously compromise’ and ‘fractious’ have 1-2 words)", "said-before"),
 ("We feel totally betrayed.", "since the IRP’s report.", lw, P, lw_r, "body",
  "next paragraph of Mrs Walke's quote (left open)", "continuation"),
])

esh = "A spokesman from East Sussex NHS Healthcare NHS Trust"
f("campaigners-demand-hospital-board-steps-down-over-maternity.txt", [
 ("We support Save the DGH’s call", "such as stroke.", "Margaret Williams", P, "chairman of Hands off the Conquest", "body",
  "'Margaret Williams, chairman of Hands off the Conquest, said: “...”'", "said-before"),
 ("We understand the concerns of local people", "grounds of safety.", esh, D, "", "body",
  "'A spokesman from East Sussex NHS Healthcare NHS Trust said: “...' (unnamed; left open)", "said-before"),
 ("We have listened to the serious concerns", "external expert advice in", esh, D, "", "body",
  "next paragraph of the spokesman's quote; cut off by the end of the excerpt", "continuation"),
])

f("care-homes-close-after-cqc-action.txt", [
 ("even tougher on poor care", None, "Care Quality Commission", O, "", "body",
  "'The CQC said the new system would be ‘...’' (built into the writer's sentence; exactly five tokens; ‘poor’ has 1 word)", "fragment"),
 ("We did not tolerate poor care", "shutting services down.", "Cynthia Bower", P, "CQC chief executive", "body",
  "'CQC chief executive Cynthia Bower said: ‘...’'", "said-before"),
])

f("carers-uk-responds-to-alzheimer-s-society-report-the-fog-of-support.txt", [
 ("Alzheimer’s Society’s research comes at an important time", "as a result of Covid-19.", "Emily Holzhausen OBE", P,
  "Director of Policy and Public Affairs at Carers UK", "body",
  "'Commenting on the research, Emily Holzhausen OBE, Director of Policy and Public Affairs at Carers UK, said:' on its own paragraph above the quote (left open)", "said-before"),
 ("Breaks are absolutely vital for carers’ health and wellne", None, "Emily Holzhausen OBE", P,
  "Director of Policy and Public Affairs at Carers UK", "body",
  "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

ccgcp = "NHS Cambridgeshire and Peterborough CCG"
gh = "Dr Gary Howsam"; gh_r = "chair of NHS Cambridgeshire and Peterborough CCG"
f("ccg-defends-necessary-decision-to-freeze-access-to-free-fertility-services.txt", [
 ("Overall the individual responses to the consultation", "supported the proposal.", ccgcp, O, "", "body",
  "'A report presented at the CCG’s governing body meeting ... The paper said: ‘...’' (the CCG's governing body paper; pattern as 'the papers said:'; ‘necessary’ has 1 word, ‘unacceptable postcode lottery situation’ 3)", "description"),
 ("The response to the consultation showed", "will be disappointed.", gh, P, gh_r, "body",
  "'Dr Gary Howsam, chair of NHS Cambridgeshire and Peterborough CCG, said: ‘...' (left open)", "said-before"),
 ("The decision to suspend routinely commissioning", "decision in April 2019.", gh, P, gh_r, "body",
  "'He added: ‘...’' (He = Dr Howsam)", "pronoun"),
])

avc = "Aylesbury Vale and Chiltern CCGs"
f("ccgs-anticipate-formal-merger-next-year.txt", [
 ("merge in all but name", None, avc, O, "", "body",
  "'according to September’s governing body papers, “...”' (the two CCGs' papers; exactly five tokens; “anticipating a formal merger”, “next logical step” and “lead to greater efficiencies” have 3-4 words)", "fragment"),
 ("now needs to embrace the ACS leadership requirements", "statutory responsibilities", avc, O, "", "body",
  "'The CCGs’ joint governing body papers said the new chair’s role “...”' (built into the writer's sentence)", "fragment"),
 ("lean further towards a facilitative leadership role", None, avc, O, "", "body",
  "'They added that although the merged organisation will “require” a clinical chair, in practice the role will “...”' (They = the papers)", "fragment"),
 ("blur the boundaries of commissioning and provision of system NHS service", None, avc, O, "", "body",
  "'The paper said sharing finances would “...”'", "fragment"),
])

f("children-needing-mental-health-care-forced-to-wait-too-long.txt", [
 ("In inpatient services, our inspectors found", "best meet their needs.", "Care Quality Commission", O, "", "body",
  "'The study added: \"...' (the study = 'The Care Quality Commission (CQC) review'; pattern as 'the papers said:'; left open; the CQC's \"there is significant variation\" has 4 words, the headline's 'too long' 2)", "description"),
 ("The demand for inpatient beds outstrips availability", "fewer beds are available.", "Care Quality Commission", O, "", "body",
  "next line of the review's quote (re-opened)", "continuation"),
 ("As a result, some children and young people", "wards for people their age.", "Care Quality Commission", O, "", "body",
  "next line of the review's quote (closed)", "continuation"),
 ("are repeatedly referred to different parts of the system", "threshold for support", "Care Quality Commission", O, "", "body",
  "'It also told how, sometimes, children and young people \"...\"' (It = the review; built into the writer's sentence)", "fragment"),
 ("There are many people out there working to make sure", None, "Dr Paul Lelliott", P, "lead for mental health at the CQC", "body",
  "'Dr Paul Lelliott, lead for mental health at the CQC, said: \"...'; cut off by the end of the excerpt", "said-before"),
])

hv = "Herts Valleys Clinical Commissioning Group"
f("commissioners-may-make-controversial-cuts-break-even.txt", [
 ("back on track by 31 March 2017", None, hv, O, "", "body",
  "'A recovery plan aims to get the CCG ‘...’' (the CCG's recovery plan in its board papers; built into the writer's sentence; “controversial decisions” has 2 words)", "fragment"),
 ("enormous risks that need to be addressed", None, "Caroline Hall", P, "chief finance officer", "body",
  "'chief finance officer Caroline Hall said there were still “...”'", "fragment"),
 ("back on track by 31 March 2017, while remaining in deficit", "the current year", hv, O, "", "body",
  "'A detailed recovery plan has been developed to get the CCG “...”' (the plan's wording again)", "fragment"),
 ("Although its original intention was to deliver", "by 25 August.", hv, O, "", "body",
  "'The papers said: “...”' (the CCG's November board papers; pattern as 'the papers said:')", "description"),
 ("the CCG would need to make difficult decisions", "made at short notice", "Herts Valleys Clinical Commissioning Group patient and public committee", O, "", "body",
  "'The CCG’s patient and public committee said “...”' (a committee of the CCG; the quoted clause carries on the writer's sentence; “potentially controversial decisions” below has 3 words)", "fragment"),
 ("being reviewed and possibly delayed", None, "Herts Valleys Clinical Commissioning Group patient and public committee", O, "", "body",
  "'The minutes from the August committee meeting also said investment plans were “...”.' (the minutes of the committee just quoted; built into the writer's sentence; exactly five tokens, first miscounted as four)", "fragment"),
 ("a duty to consult if a service is recommended for decommissioning", None, hv, O, "", "body",
  "'The November papers said ... They added that the CCG has “...”' (They = the papers)", "fragment"),
])

sm = "Dr. Sumantra Mukerji"; sm_r = "chair of the Greater Preston CCG"
f("cost-saving-central-lancashire-nhs-merger-will-not-go-ahead.txt", [
 ("weighed up the pros and cons and come to their own conclusions", None, sm, P, sm_r, "body",
  "'But Dr. Sumantra Mukerji, chair of the Greater Preston CCG, said GP members would have “...”'", "fragment"),
 ("They are smart people", "right for their patients,", sm, P, sm_r, "body",
  "'“...,” said Dr. Mukerji, who stressed ...'", "said-after"),
 ("I suppose [GPs] wanted to kee", None, sm, P, sm_r, "body",
  "a quote paragraph after the image-caption line 'Dr, Gora Bangi, chair of Chorley and South Ribble CCG' that follows Dr Mukerji's closed quote (the fifth set's rule: a quote paragraph after image-caption lines that follow a speaker's closed quote is a continuation; the captions name the people pictured, as the Mukerji caption lines above do); cut off by the end of the excerpt", "continuation"),
])

f("cqc-takes-action-to-close-failing-care-services.txt", [
 ("These are places where people live.", "more harm than good.", "Cynthia Bower", P, "CQC chief executive", "body",
  "'CQC chief executive Cynthia Bower said it was not a decision taken lightly. She added: “...”' (‘poor’ has 1 word)", "pronoun"),
])

f("cuts-adult-social-care.txt", [
 ("We are concerned that specialist knowledge could be lost.", "for particular groups,", "Emily Holzhausen", P,
  "policy director at Carers UK", "body",
  "'\"...,\" says Emily Holzhausen, policy director at Carers UK.'", "said-after"),
])

f("government-sneaks-out-ps85m-cut-to-public-health-on-last-day-before-parliamentary-recess.txt", [
 ("placing wider significant pressures on the NHS", None, "Labour", O, "", "body",
  "'Labour said the cuts were “short sighted” [2 words] and would leave more people ... seriously ill, “...”.' (built into the writer's sentence; “sneaked out” and “cowardly” have 1-2 words)", "fragment"),
 ("It’s outrageous the Government have tried", "the Christmas break.", "Jonathan Ashworth", P,
  "Shadow health and social care secretary", "body",
  "'Shadow health and social care secretary Jonathan Ashworth said: “...' (the stored page ends there)", "said-before"),
])

md = "Michael Dixon"; md_r = "chair of NHS Alliance"
f("government-unveils-pathfinder-gps-to-lead-reform.txt", [
 ("The range of pathfinder consortia’s sizes", "is over for good,", md, P, md_r, "body",
  "'“...,” said Michael Dixon, chair of NHS Alliance' (nested ‘one-size-fits-all, dictated-from-Whitehall’ has 2 words)", "said-after"),
 ("courage and resolve in standing by his statements", "but led locally", md, P, md_r, "body",
  "same sentence: '... and he applauded Lansley’s “...”' (built into the writer's sentence)", "fragment"),
 ("They have demonstrated an enthusiasm and excitement", "shown that there ar", "Andrew Lansley", P, "Health Secretary", "body",
  "'Lansley has expressed delight by the response and enthusiasm for trailblazing the new plans. “...' (a quote in the same paragraph as his reported speech, with no verb of its own: the fourth set's rule; Health Secretary Andrew Lansley, named in the lead); cut off by the end of the excerpt", "said-before"),
])

sd = "Councillor Shaun Davies"; sd_r = "leader of Telford & Wrekin Council"
f("hospice-cuts-a-kick-in-the-teeth-says-council-leader.txt", [
 ("It is another terrible tangible sign", "into turmoil.", sd, P, sd_r, "body",
  "second passage after '\"This is appalling news,\" he said.' (a 4-word first part, below the limit; he = Councillor Shaun Davies, below his caption line; left open; 'kick in the teeth' and 'appalling news' have 2-4 words)", "continuation"),
 ("Our hospital is under threat", "closure of hospice beds.", sd, P, sd_r, "body",
  "next paragraph of Councillor Davies's quote (closed)", "continuation"),
 ("Not a week goes by in Telford & Wrekin", "sponsored walk or runs,", sd, P, sd_r, "body",
  "'\"...,\" he said.' (he = Councillor Davies, paragraph before)", "pronoun"),
 ("This decision is a kick in the teeth", "takes you beyond anger.", sd, P, sd_r, "body",
  "next paragraph of his quote (left open; the next line 'Hos' is cut off after one word)", "continuation"),
])

rv = "Dr Richard Vautrey"; rv_r = "MA GP Committee chair"
hsl = "Professor Helen Stokes-Lampard"
ja = "Jonathan Ashworth"; ja_r = "The Labour Party’s shadow health secretary"
f("jeremy-hunts-legacy-450-gp-surgeries-have-closed-in-the-last-five-years-did-he-deserve-to-be-promoted-to-foreign-secretary.txt", [
 ("These new figures will resonate", "a lack of resources.", rv, P, rv_r, "body",
  "'MA GP Committee chair Dr Richard Vautrey said: ‘...' (the stored page opens mid-word; role as printed; left open)", "said-before"),
 ("Practices in rural and coastal regions", "particularly badly hit.", rv, P, rv_r, "body",
  "next line of Dr Vautrey's quote (closed)", "continuation"),
 ("will take some time before producing results", None, rv, P, rv_r, "body",
  "'He added that national initiatives to recruit GPs into these areas ‘...’.' (He = Dr Vautrey; built into the writer's sentence)", "fragment"),
 ("Sometimes, a closure is due to a practice merging", "of patient care.", hsl, P, "RCGP chair", "body",
  "'RCGP chair Professor Helen Stokes-Lampard said: ‘...' (left open)", "said-before"),
 ("But when it is because the practice team", "failure of the system.", hsl, P, "RCGP chair", "body",
  "next line, without an opening mark, closed: inside her quote (the seventh set's rule)", "continuation"),
 ("Falling numbers of family doctors", "across the NHS.", ja, P, ja_r, "body",
  "'The Labour Party’s shadow health secretary Jonathan Ashworth said: ‘...' (left open)", "said-before"),
 ("Labour has long called for primary care", "so obviously needs.", ja, P, ja_r, "body",
  "next line of Mr Ashworth's quote (closed; the footer's \"Pay as You Feel\" has 4 words)", "continuation"),
])

tb = "Trevor Beckwith"; tb_r = "St Edmundsbury district councillor"
jd = "Jo Douglas"; jd_r = "head of specialist services at SCH"
f("lack-of-physios-leaves-patients-in-pain.txt", [
 ("I saw a GP who said to me", "want to get treated.'", tb, P, tb_r, "body",
  "'Trevor Beckwith, a St Edmundsbury district councillor, said at the meeting ...: “...' (left open; the paragraph ends with the nested quote's closing mark)", "said-before"),
 ("Yes, I can refer you to an NHS physiotherapist", "want to get treated.", "A GP", D, "", "body",
  "nested in Cllr Beckwith's quote: 'I saw a GP who said to me '...'' (an unnamed GP)", "said-before"),
 ("It is an important service and it shouldn't happen like this.", None, tb, P, tb_r, "body",
  "next paragraph of his quote (closed)", "continuation"),
 ("I am very happy to accept that the service in the west", "not proud of it at all.", jd, P, jd_r, "body",
  "'Jo Douglas, head of specialist services at SCH, said: “...' (left open)", "said-before"),
 ("It has been a poor service for a very long period", "to get over.", jd, P, jd_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("There have been differences between the east and the west", "long way to go.", jd, P, jd_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("We have put a request in to NHS Suffolk", "Sudbury and Newmarket.", jd, P, jd_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("I am very confident that once we get through the backlog", "much quicker time.", jd, P, jd_r, "body", "next paragraph of her quote (closed)", "continuation"),
])

f("lmc-highlights-3-decrease-in-gp-numbers-in-open-letter.txt", [
 ("We are under unsustainable pressures", "they want to offer.", "LMC bosses", D, "", "body",
  "'In an open letter published today, LMC bosses said: ‘...’' (unnamed; the letter is Coventry LMC's; ‘at breaking point’ has 3 words)", "said-before"),
 ("the support that local GP practices need to offer their patients the time and care they require", None, "Coventry LMC", O, "", "body",
  "'The LMC accused the Government of failing to provide ‘...’' (the LMC = Coventry LMC; built into the writer's sentence)", "fragment"),
 ("We can either face up to the realities", "slide into permanent decline.", "Coventry LMC", O, "", "body",
  "'They continued: ‘...’' (They = the LMC of the sentence before, whose letter it is; ‘Your GP Cares’, ‘low’ and ‘very low’ have 1-3 words)", "pronoun"),
])

vn = "Vicki Nash"; vn_r = "Head of Policy and Campaigns at Mind"
f("mind-responds-to-report-from-royal-college-of-psychiatrists-showing-the-shortage-of-mental-health-inpatient-beds-across-the-country.txt", [
 ("These figures are a stark reminder", "without a viable alternative.", vn, P, vn_r, "body",
  "'Vicki Nash, Head of Policy and Campaigns at Mind, the mental health charity, said:' on its own line above the quote (each line re-opens, the last closes)", "said-before"),
 ("The NHS promised to completely eliminate", "on family and friends.", vn, P, vn_r, "body", "next line of her quote (re-opened)", "continuation"),
 ("Current plans to manage demands simply aren’t working.", "shocking state of affairs.", vn, P, vn_r, "body", "next line of her quote (closed)", "continuation"),
])

sv = "Shailesh Vara"; sv_r = "MP for North West Cambridgeshire"
f("mp-critical-of-decision-to-stop-nhs-funded-ivf-treatment.txt", [
 ("I am deeply disappointed", "provision of IVF treatment.", sv, P, sv_r, "body",
  "'Mr Vara said: \"...' (Shailesh Vara MP for North West Cambridgeshire, named in the lead; left open)", "said-before"),
 ("The CCG is in a tiny minority", "as well as NICE.", sv, P, sv_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("For far too long, fertility services", "to start a family.", sv, P, sv_r, "body",
  "next paragraph of his quote (left open; nested 'postcode lottery' has 2 words)", "continuation"),
 ("Given that the sum of money involved", "I sincerely ho", sv, P, sv_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

cm = "Carol Mitchell"; cm_r = "Family friend"
nw = "An NWAS spokesman"
f("nelson-patient-three-hour-wait-ambulance.txt", [
 ("He was in agony", "as soon as they could.", cm, P, cm_r, "body",
  "'She said: “...' (She = 'Family friend Carol Mitchell', paragraph before; left open)", "pronoun"),
 ("At one point, she was screaming", "stood a chance.", cm, P, cm_r, "body",
  "next paragraph of her quote (opened with a straight mark, closed with a curly one)", "continuation"),
 ("The trust appreciates that waiting for an ambulance", "attending to Mr Wan.", nw, D, "", "body",
  "'An NWAS spokesman said: “...' (unnamed; left open)", "said-before"),
 ("On Monday the trust received a very high number of calls", "as quickly as possible.", nw, D, "", "body", "next paragraph of the spokesman's quote (left open)", "continuation"),
 ("Due to the number of immediately life-threatening calls", "for some time.", nw, D, "", "body", "next paragraph of the spokesman's quote (left open)", "continuation"),
 ("Should the patient, or his family, wish to discuss", "make contact with us.", nw, D, "", "body", "next paragraph of the spokesman's quote (closed)", "continuation"),
])

tl = "Cllr Tony Leach"; tl_r = "West Devon council scrutiny committee member"
f("nhs-england-admits-less-good-consultation-practice-closure.txt", [
 ("consultation with local people was less than good", None, "Local commissioners", D, "", "body",
  "'Local commissioners have now admitted to a meeting of West Devon Borough Council’s overview and scrutiny committee that ‘...’, according to local press reports.' (unnamed; the headline's 'less than good' has 3 words)", "fragment"),
 ("would not constitute best use of taxpayers’ money", None, "Commissioners", D, "", "body",
  "'Commissioners had decided that ... Facing such heavy losses, the 1,800 list practice was unlikely to attract providers and ‘...’.' (the commissioners' reasoning, in the paragraph whose subject they are; built into the writer's sentence)", "fragment"),
 ("I asked NHS England why they had not carried out", "about to end.", tl, P, tl_r, "body",
  "'West Devon council scrutiny committee member Cllr Tony Leach told GPonline: ‘...’'", "said-before"),
 ("As a rural area with little public transport", "problems for our community,", tl, P, tl_r, "body",
  "'‘...,' he added.' (he = Cllr Leach; opened with ‘ and closed with '; the next quote ‘Removing the se' is cut off after 3 words)", "pronoun"),
])

asl = "Alan Seldon"; asl_r = "Herefordshire county councillor for Bromyard"
rbk = "Richard Beeken"; rbk_r = "Wye Valley NHS Trust chief executive"
f("nursing-crisis-sees-hospital-forced-to-shut-ward.txt", [
 ("We're not sure exactly what the situation is", "almost a panic decision.", asl, P, asl_r, "body",
  "'Alan Seldon, Herefordshire county councillor for Bromyard, who called the meeting, said: \"...' (the relative clause is not a role; left open; \"no later\" has 2 words)", "said-before"),
 ("It's extremely worrying.", "underlying issue here.", asl, P, asl_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("There has been a hospital in Bromyard", "interested to find out.", asl, P, asl_r, "body", "next paragraph of his quote (closed)", "continuation"),
 ("This is not a position we would want", "right across the country.", rbk, P, rbk_r, "body",
  "'Trust chief executive Richard Beeken said: \"...' ('Trust' resolved to Wye Valley NHS Trust, named before; left open)", "said-before"),
 ("All NHS Trusts are trying to recruit", "this is a national issue,", rbk, P, rbk_r, "body",
  "'\"...,\" he said.' (he = Mr Beeken)", "pronoun"),
 ("The impact on local people will be minimal,", None, rbk, P, rbk_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

f("p-16.txt", [
 ("This report paints a disturbing picture.", "proposed NHS reforms", "Phil Gray", P, "Chief Executive of the CSP", "body",
  "'Phil Gray, Chief Executive of the CSP said ” ...”' (opened with a closing-style mark followed by a space, which is left out)", "said-before"),
])

mdr = "Michelle Drage"; mdr_r = "chief executive of Londonwide LMCs"
f("p-67041.txt", [
 ("The dramatic reduction of community, social and mental health services", "a diminishing workforce.", mdr, P, mdr_r, "body",
  "'Michelle Drage, chief executive of Londonwide LMCs responded: “...”' (the lead's “dramatic reduction” has 2 words)", "said-before"),
 ("The capital’s practices face increasing demand", "high rates of staff vacancies,", mdr, P, mdr_r, "body",
  "'“...,” she added.' (she = Michelle Drage)", "pronoun"),
 ("Even the lowest figure is larger than", "Islington or Westminster,", "Londonwide LMCs", O, "", "body",
  "'“...,” the LMC stated.' (the LMC = Londonwide LMCs, whose survey the paragraphs before describe)", "said-after"),
])

f("p-95059.txt", [
 ("Couldn’t somebody have moved into that home", "looked after those people?", "Russell", P, "Mr Dodd’s son", "body",
  "'Mr Dodd’s son Russell, who said his father died ..., told the Daily Mail: “...' (first name only as printed; left open; “appalling”, “total shock” and “serious risk” have 1-2 words)", "said-before"),
 ("Whoever made the decision to do what they did", "that was wrong.", "Russell", P, "Mr Dodd’s son", "body", "next line of his quote (left open)", "continuation"),
 ("The CQC and social services", "answer the questions.", "Russell", P, "Mr Dodd’s son", "body", "next line of his quote (closed)", "continuation"),
 ("From then on she didn’t", None, "Tony Lake", P, "", "body",
  "'Tony Lake told the newspaper: “...' (no role given: 'The family of Mrs Lake ...' is the sentence before); exactly five tokens, cut off by the end of the excerpt", "said-before"),
])

op = "One patient"
f("private-firm-s-nhs-role-fire.txt", [
 ("Since these changes, I have not been able", "last three weeks.", op, D, "", "body",
  "'one patient, who was previously receiving weekly appointments at Hexham General Hospital, and wished not to be named, said: “...' (anonymous; left open; ‘privatisation’ has 1 word)", "said-before"),
 ("I was told Connect Health would contact me", "five weeks without treatment.", op, D, "", "body", "next paragraph of the patient's quote (left open)", "continuation"),
 ("I suffer from chronic pain", "it is getting worse.", op, D, "", "body", "next paragraph of the patient's quote (left open)", "continuation"),
 ("I understand some of the physio staff could lose their jobs, which", None, op, D, "", "body",
  "next paragraph of the patient's quote; cut off by the end of the excerpt", "continuation"),
])

rs = "Cllr Rishi Shori"; rs_r = "Bury Council deputy leader"
hh = "Harry Howarth"; hh_r = "Radcliffe resident"
f("promise-to-slash-waiting-times-after-health-bosses-cancel-popular-physiotherapist-s-contract.txt", [
 ("It’s very disappointing for the people", "pain of their conditions.", rs, P, rs_r, "body",
  "'Cllr Rishi Shori, Bury Council deputy leader, said: “...' (left open)", "said-before"),
 ("We have a commitment from the CCG", "put to any disadvantage.", rs, P, rs_r, "body", "next paragraph of his quote (closed)", "continuation"),
 ("The decision by the CCG has caused me personal anger", "I have seen over the years.", hh, P, hh_r, "body",
  "'Radcliffe resident Harry Howarth, who has been a patient of Mr Kaye's at Redbank for 20 years, said: “...' (the relative clause is not a role; left open)", "said-before"),
 ("People like me and those far worse off", "taken away from us.", hh, P, hh_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("I find it absolutely disgraceful", "treated shabbily.", hh, P, hh_r, "body",
  "next paragraph of his quote (closed with a straight mark; the next 'He added: “I have now been' is cut off after 4 words)", "continuation"),
])

mp = "Dr Minesh Patel"; mp_r = "Horsham and Mid Sussex CCG chairman"
f("recovery-plan-to-be-outlined-by-health-groups-currently-in-special-measures.txt", [
 ("We have a clearer vision of the high quality services", "where possible.", mp, P, mp_r, "body",
  "'Horsham and Mid Sussex CCG chairman Dr Minesh Patel, said: “ ...' (the space after the opening mark is left out; left open; ‘financial recovery plan’ and ‘difficult choices’ have 2-3 words)", "said-before"),
 ("We also know we have very difficult choices", "cannot do everything.", mp, P, mp_r, "body", "next paragraph of his quote (closed)", "continuation"),
 ("We are positive that working as part of", "services for our patients.", "Dr Laura Hill", P, "Crawley CCG chairman", "body",
  "'And Crawley CCG chairman Dr Laura Hill, said: “...”'", "said-before"),
 ("while maintaining patient care through new ways of working.", None,
  "Horsham and Mid Sussex Clinical Commissioning Group and Crawley Clinical Commissioning Group", O, "", "body",
  "'They are to review all spending and provide a comprehensive recovery strategy for 2018/19, ‘...’' (They = the two groups, whose plan it is; built into the writer's sentence)", "fragment"),
])

jm = "Professor John Middleton"; jm_r = "President, UK Faculty of Public Health (FPH)"
f("sex-clinics.txt", [
 ("Sexual health clinics are one of many public health services", "health and wellbeing.", jm, P, jm_r, "body",
  "'Prof John Middleton, President, UK Faculty of Public Health (FPH), said: \"...' (introduced in the title line as 'Professor John Middleton'; left open)", "said-before"),
 ("FPH members are worried", "people living with STIs.", jm, P, jm_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Our message to the new government", "strain on the NHS.", jm, P, jm_r, "body", "next paragraph of his quote (closed)", "continuation"),
])

f("shropshire-ccg.txt", [
 ("One of the great strengths of this country", "health and care services.", "NHS Five Year Forward View", D, "", "body",
  "a quotation under the post's title followed by the bracketed citation '(NHS Five Year Forward View) (1)' and no verb (a document whose owner the page does not name; the fifth set's rule for a bracketed citation)", "said-after"),
])

mf = "Miles Freeman"; mf_r = "chief officer"
f("slash-and-burn-not-on-agenda-for-healthcare-budget-recovery-plan-says-ccg-boss.txt", [
 ("If we were being asked to recover and pay back this money", "very heavy rationing.", mf, P, mf_r, "body",
  "'The chief officer said: \"...' (Miles Freeman, named in the sentence before; left open; \"slash and burn\" and \"heavy rationing\" have 2-3 words)", "description"),
 ("They are looking for plans which are realistic and deliverable.", None, mf, P, mf_r, "body",
  "next paragraph of his quote (closed)", "continuation"),
 ("shunt some of the costs around the system", "the different players", mf, P, mf_r, "body",
  "'Mr Freeman said he does not want to \"...\"' (built into the writer's sentence)", "fragment"),
 ("What I have seen happen before", "seen to have created it,", mf, P, mf_r, "body",
  "'\"...,\" he added.' (he = Mr Freeman)", "pronoun"),
 ("This is not how the reaction has been here.", None, mf, P, mf_r, "body",
  "next paragraph, with no attribution of its own", "continuation"),
 ("The figure is now £10.7m", "affected all CCGs.", "Matthew Knight", P, "SDCCG's chief finance officer", "body",
  "'Matthew Knight, SDCCG's chief finance officer, said: \"...\"'", "said-before"),
])

mk = "Matthew Knight"; mk_r = "chief finance officer"
f("surrey-downs-gps-to-run-deficit-for-next-three-years.txt", [
 ("It doesn’t look like we will be expected", "recover this deficit.", mk, P, mk_r, "body",
  "'Mr Knight said: \"...' (Matthew Knight, chief finance officer, named before; left open; \"working closely\" has 2 words)", "said-before"),
 ("We will need to get back to a recurring balance", "deficit incurred.", mk, P, mk_r, "body", "next paragraph of his quote (closed)", "continuation"),
 ("Major service transformation and Epsom Hospital efficiency savings", "£11.4m deficit", "CCG boss", D, "", "body",
  "link line 'LAST YEAR: '...', says CCG boss' (a linked report's headline; the speaker is only 'CCG boss'; the next link line's \"Slash and burn\" has 3 words)", "said-after"),
])

dn = "Shropshire, Telford & Wrekin Defend Our NHS"
lm = "Lynda Madeley"
f("telford-hospice-cuts-are-an-attack-on-the-dying.txt", [
 ("The inevitable result is that Telford and Wrekin people", "the hospice offers them.", dn, O, "", "body",
  "'Lynda Madeley ... has written to the CCG's chief officer ... on behalf of the campaign group. The letter says: \"...' (the campaign group's letter: 'Words that the letter stated are given to the organisation whose letter it is'; pattern as 'the papers said:'; left open; 'attack on the dying' has 4 words)", "description"),
 ("Ironically, this is likely to incur greater cost", "more costly hospital environments.", dn, O, "", "body", "next paragraph of the letter (left open)", "continuation"),
 ("Our strong view in Defend Our NHS", "enabling patient choice.", dn, O, "", "body", "next paragraph of the letter (closed)", "continuation"),
 ("extraordinary difference to him, to me, and to our daughters at a time of great sorrow", None, lm, P, "", "body",
  "'Lynda's husband died at the charity's hospice in Telford and she says it made an '...'' (she = Lynda Madeley, named in full before; 'who lives in Telford' is not a role; 'cut too far' has 3 words)", "fragment"),
 ("My husband died at Telford hospice.", "to be honest.", lm, P, "", "body",
  "'Lynda said: \"‘...' (the doubled opening marks are left out; left open)", "said-before"),
 ("He was at Princess Royal Hospital after that", "run off their feet with overwork.", lm, P, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("And then we found him a bed at the hospice", "last few days of his life.", lm, P, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("I can’t begin to describe my gratitude", None, lm, P, "", "body",
  "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

f("time-for-nhs-to-act-after-pause-andrew-lansley.txt", [
 ("In coming years, we will give England", "healthcare system in the world,", "Andrew Lansley", P, "Health secretary", "body",
  "'\"...,\" he said.' (he = Lansley, subject of the paragraph; 'Health secretary' in the standfirst; \"regain the momentum\", \"an unusual step\" and \"reconnect\" have 1-3 words)", "pronoun"),
 ("The pause let us build a greater sense of ownership,", None, "Andrew Lansley", P, "Health secretary", "body",
  "'\"...,\" he said.' (he = the health secretary of the sentence before)", "pronoun"),
 ("People feared, perhaps were told they should fear", "never let that happen.", "Andrew Lansley", P, "Health secretary", "body",
  "second passage after 'he said.' in the same paragraph", "continuation"),
])

sw = "Simon Wright"
f("troubled-nhs-trust-forced-to-temporarily-close-ae-due-to-staffing-issues.txt", [
 ("We would be delighted to work with anyone", "like to see here.", "Dr Kevin Eardley", P,
  "Medical director for unscheduled care at SATH", "body",
  "'Medical director for unscheduled care at SATH Dr Kevin Eardley said: ‘...’' (‘remains committed’ and ‘prolonged shortage’ have 2 words)", "said-before"),
 ("This is the hardest decision that we have ever had to make", "current circumstances.", sw, P, "SATH chief executive", "body",
  "'SATH chief executive Simon Wright said: ‘...’'", "said-before"),
])

df = "Deidre Fowler"; df_r = "director of Nursing and Quality"
f("trust-bans-boarding-practice-in-wake-of-cqc-action.txt", [
 ("We accept what should have been exceptional had become normal.", None, df, P, df_r, "body",
  "'Deidre Fowler, director of Nursing and Quality, yesterday said: “...' (left open; ‘boarding’ has 1 word)", "said-before"),
 ("But we immediately took the decision to cease boarding", "of that now.", df, P, df_r, "body", "next line of her quote (left open)", "continuation"),
 ("It is important to note we believe the concerns raised", "reliance on locum staff.", df, P, df_r, "body", "next line of her quote (closed)", "continuation"),
 ("We have been boarding because we have been overwhelmed", "other nefarious reasons,", sw, P, "chief executive of SaTH", "body",
  "'“...,” he said.' (he = 'Simon Wright, chief executive of SaTH', line before)", "pronoun"),
 ("They felt the trust was probably the most explorative", "come and work.", sw, P, "chief executive of SaTH", "body",
  "'He said: “...”' (He = Mr Wright, subject of the lines before)", "pronoun"),
])

f("uk-cancer-and-childrens-wards-being-hit-by-closures-nhs-staffing-crisis.txt", [
 ("Every day brings fresh and devastating examples", "around England show, are patients,", "Dame Donna Kinnair", P,
  "the RCN’s acting chief executive", "body",
  "'“...,” said Dame Donna Kinnair, the RCN’s acting chief executive.' (“skeleton staffing” has 2 words)", "said-after"),
 ("would be an admission of defeat on the part of the QEH", "seriously damage morale", "Sir Henry Bellingham", P,
  "the Conservative MP for north-west Norfolk", "body",
  "'Sir Henry Bellingham, the Conservative MP for north-west Norfolk, said the move “...”' (built into the writer's sentence; Unison's “a body blow” has 3 words)", "fragment"),
])

cpl = "A Welwyn Garden City couple"
cc = "Corina Ciobanu"
f("welwyn-hatfield-stevenage-st-albans-east-north-hertfordshire-herts-valley.txt", [
 ("We are devastated that we won’t get three chances", "still have one.", cpl, D, "", "body",
  "'A Welwyn Garden City couple, who are about to start IVF, told this paper: “...' (unnamed; left open; “paused” has 1 word)", "said-before"),
 ("We totally understand cost-cutting measures", "one-sided view.", cpl, D, "", "body", "next paragraph of the couple's quote (left open)", "continuation"),
 ("Whilst they are still funding one [cycle]", "who won’t get any.", cpl, D, "", "body", "next paragraph of the couple's quote (closed; square brackets inside)", "continuation"),
 ("We debated this at great length.", "really basic services.", cc, P, "GP", "body",
  "'Summing up the financial challenges driving the decision, GP Corina Ciobanu said: “...' (left open)", "said-before"),
 ("The GPs have taken pay cuts", "the finances are.", cc, P, "GP", "body", "next paragraph of her quote (left open)", "continuation"),
 ("However, we are our patients’ GPs", "have fertility treatment’.", cc, P, "GP", "body",
  "next paragraph of her quote (closed after the nested quote and the full stop)", "continuation"),
 ("no you shouldn’t have fertility treatment", None, "", N, "", "body",
  "nested in Dr Ciobanu's quote: 'so we can’t easily take a decision ‘...’' — the wording of a decision they cannot take, which nobody said (hypothetical, as 'which was to say ‘…’' in the fifth set); exactly five tokens", "other"),
])

eda = "Eight directors of public health from the north-west of England"
mas = "Matthew Ashton"; mas_r = "lead director of public health for Food Active"
f("public-health-directors-urge-action-obesity.txt", [
 ("create an environment that support individuals", "make the healthy choice", eda, D, "", "body",
  "'Eight directors of public health from the north-west of England have written to Boris Johnson ... The letter says that the government should ‘...’' (their letter; the writers are not named as a body; built into the writer's sentence)", "fragment"),
 ("Without this, a national campaign encouraging weight loss", "many more factors.", eda, D, "", "body",
  "'It reads: “...”' (It = the letter)", "pronoun"),
 ("We know this isn’t just physical activity.", "to get rid of it.", mas, P, mas_r, "body",
  "'Matthew Ashton, lead director of public health for Food Active, and one of the signatories, said: “...' (left open)", "said-before"),
 ("Clearly physical activity has to be a key part", "those kind of t", mas, P, mas_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

nhse = "An NHS England spokeswoman"
ab = "Andy Burnham"; ab_r = "shadow health secretary"
f("temporary-reprieve-threatened-apms-practices-public-concern.txt", [
 ("As always, we will put patient care at the centre", "access to GP services.", nhse, D, "", "body",
  "'An NHS England spokeswoman said: ‘...’' (unnamed; ‘less value for money’ has 4 words)", "said-before"),
 ("almost forgetting the lessons of the past", "some parts of the country", ab, P, ab_r, "body",
  "'Commissioners, he said, were ‘...’.' (he = shadow health secretary Andy Burnham, paragraph before; built into the writer's sentence)", "fragment"),
 ("It is saying, why does this one cost more than that one,", None, ab, P, ab_r, "body",
  "'‘...,’ he said.' (he = Mr Burnham)", "pronoun"),
 ("But actually there were good reasons.", None, ab, P, ab_r, "body",
  "second passage after 'he said.' in the same paragraph (exactly five tokens)", "continuation"),
 ("While it is good news that the medical centre", "rest on our laurels. W", "Tom Blenkinsop", P, "Local MP", "body",
  "'Local MP Tom Blenkinsop (Lab, Middlesbrough South and East Cleveland) said: ‘...'; cut off by the end of the excerpt", "said-before"),
])

label_table.build(R, prefix="X", split="heldout13", out="eval/quotes/heldout13.jsonl")
