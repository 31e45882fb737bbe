"""Build heldout26.jsonl (the twenty-sixth held-out attribution set, over eval/corpus29) from
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

Run:  python3 eval/quotes/build_heldout26.py   (writes eval/quotes/heldout26.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus29/")

# ---------------------------------------------------------------------------
gg = "Gail Gregory"
gg_r = "a retired head teacher from Gnosall, Stafford, and a leading light in the group"
f("1-2bn-bid-to-privatise-cancer-and-end-of-life-care-in-staffordshire-rejected.txt", [
 ("For too long, programme leaders have said", "we now see that is untrue.", gg, P, gg_r, "body",
  "'Gail Gregory, a retired head teacher from Gnosall, Stafford, and a leading light in the group, said: \"...' (the group = Cancer Not For Profit, named in the paragraph before; 'sidelining' above has 1 word; left open)", "said-before"),
 ("We want all councils in the affected area", "where they stand on this cri", gg, P, gg_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

dw = "David Wrigley"
dw_r = "a GP in Carnforth, Lancashire, and the committee member who proposed Thursday’s motion"
f("bma-demands-withdrawal-of-regulations-making-gp-commissioners-put-most-services-out-to-tender.txt", [
 ("This is a momentous decision where the body", "day in, day out in the NHS.", dw, P, dw_r, "body",
  "'David Wrigley, a GP in Carnforth, Lancashire, and the committee member who proposed Thursday’s motion, said, “...”' (the committee = the BMA’s General Practitioners Committee; “insufficient time” above has 2 words; the committee chairman's 'added, “The secondary legislation sti' after it is cut off after 4 tokens)", "said-before"),
])

hw = "Hazel Watson"
hc = "Helyn Clack"; hc_r = "cabinet member for Health"
stmt = "A statement on behalf of all parties, given by Guildford and Waverley CCG"
f("call-for-scrutiny-investigation-into-undisclosed-nhs-and-council-pay-off-to-virgin-care.txt", [
 ("Is the cabinet member saying that members of the public", "ensure that they do not recur?", hw, P, "Liberal Democrat County Councillor", "body",
  "'She said: “...”' (she = 'Liberal Democrat County Councillor Hazel Watson', who 'asked Councillor Helyn Clack, cabinet member for Health, about the pay-off' in the paragraph before; the question is put to 'the cabinet member', so it is Watson's, not Clack's)", "pronoun"),
 ("Virgin Care began legal proceedings against a number of parties", "health care services throughout Surrey.", hc, P, hc_r, "body",
  "'A written reply to an earlier question about the amount, Cllr Clack said: “...' (named 'Councillor Helyn Clack, cabinet member for Health' above; written words of her reply; left open)", "said-before"),
 ("The proceedings have now been settled on terms", "the councillor has asked for.", hc, P, hc_r, "body", "next paragraph of her reply, closed", "continuation"),
 ("The parties are pleased to confirm", "detailed terms confidential to the parties.", stmt, D, "", "body",
  "'A statement on behalf of all parties, given by Guildford and Waverley CCG, said: “...”' (a joint statement of several parties, so a description rather than one organisation; “serious flaws” below has 2 words)", "said-before"),
])

gp = "Gary Palmer"
f("calls-to-strip-coperforma-of-sussex-patient-transport-service-contract.txt", [
 ("No more chances, no more waiting", "put profit before patients and staff.", gp, P, "GMB organiser", "body",
  "'Gary Palmer, GMB organiser, said: “...”'", "said-before"),
 ("The GMB have written assurances and viewed public broadcasts", "that it would also do", gp, P, "GMB organiser", "body",
  "'Mr Palmer added: “...' (cut off by the end of the excerpt)", "said-before"),
])

ns = "Nigel Smith"; ns_r = "chief officer"
f("cambridgeshire-and-peterborough-considers-50m-musculoskeletal-tender.txt", [
 ("large and complex [musculoskeletal] programme involving significant budget", None, ns, P, ns_r, "body",
  "'A paper discussed at Cambridgeshire and Peterborough CCG’s October board meeting said the “...” had a value ...' (built into the writer's sentence; the next paragraph calls the paper 'the report by chief officer Nigel Smith', so its words are his, as a report's words are its named author's)", "fragment"),
 ("potentially in excess of £50m per annum", None, ns, P, ns_r, "body",
  "'... had a value “...”.' (the same sentence; the paper's words, built into the writer's sentence)", "fragment"),
 ("This provides the opportunity for a CCG wide approach", "across the entire pathway,", ns, P, ns_r, "body",
  "'“...,” the report by chief officer Nigel Smith said.'", "said-after"),
 ("address planned care in an outcome focused way", "difficult to control spend", ns, P, ns_r, "body",
  "'This offered the chance to “...”.' (the same paragraph; the report's words built into the writer's sentence)", "fragment"),
 ("There is unlikely to be capacity within the CCG", "if they run simultaneously.", ns, P, ns_r, "body",
  "'However, the paper warned: “...' (the paper = the report by chief officer Nigel Smith; bracketed insertion inside; left open)", "said-before"),
 ("There is therefore a risk that musculoskeletal procurement", "older people’s and community service.", ns, P, ns_r, "body", "next paragraph of the paper's words, closed", "continuation"),
 ("further complicated as staff may be eligible", "transfer into both services", ns, P, ns_r, "body",
  "'It said the transfer of employees ... would be “...”.' (it = the paper; built into the writer's sentence; “prime contractor” below has 2 words)", "fragment"),
])

cm = "Christina McAnea"; cm_r = "head of health at the union Unison"
f("cancer-care-nhs-outsourcing-ccgs-unison-virgin.txt", [
 ("This is by far the biggest procurement process", "cancer services and end-of-life care,", cm, P, cm_r, "body",
  "'Christina McAnea, head of health at the union Unison, expressed grave concerns about the plans. \"...,\" she said.'", "pronoun"),
 ("CCGs are potentially handing over all decision-makin", None, cm, P, cm_r, "body",
  "next paragraph of her quote, with no attribution of its own; cut off mid-word by the end of the excerpt", "continuation"),
])

gc = "Gerard Coyne"; gc_r = "Unite the Union’s West Midlands Regional Secretary"
f("cancer-not-for-profit.txt", [
 ("I stood on a platform with Cancer Not For Profit", "to suit their own profit margins.", gc, P, gc_r, "body",
  "'Unite the Union’s West Midlands Regional Secretary, Gerard Coyne, is a supporter of the Cancer Not For Profit campaign, he said:' at the end of the paragraph above (opened with ‘ and left open; nested ‘prime provider’ and ‘disinvest’ have 1-2 words; the next paragraph, which plainly continues his statement, has no opening mark and is not labelled; its ‘VAT efficiencies’ has 2 words)", "pronoun"),
])

sm = "Steve Melton"; sm_r = "chief executive of Circle"
f("circle-talks-withdraw-hinchingbrooke-contract.txt", [
 ("To maintain the standards our patients deserve", "in the hospital to date.", sm, P, sm_r, "body",
  "'Steve Melton, chief executive of Circle, said: \"...' (\"playing field had changed\" and \"unbalanced\" above, the company's, have 1-4 words; left open)", "said-before"),
 ("We believe that solving the problems facing Hinchingbrooke", "too far into the future.", sm, P, sm_r, "body",
  "next paragraph of his quote (left open; 'Simon Stevens'' has an apostrophe, not a mark)", "continuation"),
 ("The combination of these factors means", "Circle's involvement in Hinchingbrooke is unsustainable.", sm, P, sm_r, "body",
  "'He added: \"...' (he = Steve Melton; left open)", "pronoun"),
 ("We have entered into discussions with the Trust Development Authority", "if reform in the region develops f", sm, P, sm_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

cc = "Competition Commission"
rw = "Roger Whitcomb"
f("competition-commission-says-no-to-ft-merger.txt", [
 ("Based on our analysis of the financial situations", "neither party would have exited the market.", cc, O, "", "body",
  "'The report said: “...”' (the report = the provisional findings the Competition Commission 'published this morning'; the commission's document, so the organisation's words)", "said-before"),
 ("This is the first NHS merger which we have looked at", "health policy has for some time been that", rw, P, "commission chair", "body",
  "'He said: “...' (he = 'Mr Whitcomb', 'commission chair Roger Whitcomb' above; cut off by the end of the excerpt)", "pronoun"),
])

mc = "Michael Clayton"; mc_r = "Coperforma chief executive"
f("coperforma-boss-disappointed-over-loss-of-patient-transport-contract.txt", [
 ("We are, of course, disappointed that we shall not", "much improved safe and reliable service.", mc, P, mc_r, "body",
  "'In a statement today (Wednesday, November 2), Coperforma chief executive Michael Clayton said: “...' (words of his statement; left open)", "said-before"),
 ("Talks are scheduled today with the commissioners", "no interruption to the service.", mc, P, mc_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("We are equally committed to work with the commissioners", "all patients and NHS staff.", mc, P, mc_r, "body", "next paragraph of his statement, closed (the page ends here)", "continuation"),
])

doh = "Department of Health"
f("draft-rules-give-monitor-power-to-investigate-anticompetitive-behaviour-by-commissioning-groups.txt", [
 ("where that decision is the result of an interest in the provider.", None, doh, O, "", "body",
  "'It says that commissioners would be “specifically prohibited” from awarding a contract to a provider “...”' (it = 'A consultation published on 15 August by the Department of Health', the subject of the paragraph before; the consultation's words, built into the writer's sentence; “specifically prohibited” has 2 words; the full stop is inside the marks)", "fragment"),
 ("direct commissioners to remedy breaches of the regulations", None, "unclear", U, "", "body",
  "'Monitor would be able to “...” and would have the power to ...' (built into the writer's sentence with no source named in its paragraph; most likely the consultation's words, but the text does not say so)", "other"),
 ("direct a commissioner to withdraw or vary a tender", "for the provision of services.", "unclear", U, "", "body",
  "the same sentence, '... would have the power to “...”' (no source named; most likely the consultation, not stated; Andrew Lansley's “strengthen” below has 1 word)", "other"),
])

bma = "British Medical Association (BMA)"
lh = "Lord Hunt of Kings Heath"; lh_r = "Shadow health minister"
ab = "Andy Burnham"
f("fears-for-nhs-after-challenge-fails.txt", [
 ("unambiguously reflect Government assurances that commissioners", "their commissioning decisions", bma, O, "", "body",
  "'The British Medical Association (BMA) has said the regulations should be replaced with new rules that \"...\".' (built into the writer's sentence; Lord Owen's \"massively changed\" above has 2 words)", "fragment"),
 ("Every day up and down the country a market is unfolding in the NHS,", None, lh, P, lh_r, "body",
  "'Shadow health minister Lord Hunt of Kings Heath, ..., said they could not be in the interests of patients. \"...,\" he said' (\"not first but last\", Earl Howe's \"one iota\" and \"safeguards\", and \"fragmentation\" and \"discretion\" below have 1-4 words)", "pronoun"),
 ("It is sad that in this, the 65th anniversary year", "without the permission of the British public.", ab, P, "shadow health secretary", "body",
  "'Speaking after the vote, shadow health secretary Andy Burnham said the NHS was no longer safe in the Prime Minister's hands. He said: \"...\"'", "pronoun"),
])

gb = "Glen Burley"; gb_r = "chief executive of South Warwickshire Foundation Trust"
f("franchise-deal-could-deter-nhs-bidder-from-hospital-partnership.txt", [
 ("We’ve been asked whether we’d still be at the table", "the only model [on offer],", gb, P, gb_r, "body",
  "'“...,” he said.' (he = 'its chief executive Glen Burley', its = South Warwickshire’s board, at the end of the paragraph before; bracketed insertion inside)", "pronoun"),
 ("The decision we took yesterday was that we would stick", "we ought to create one organisation.", gb, P, gb_r, "body",
  "second passage re-opened in the same paragraph after 'he said.'", "continuation"),
 ("the only way the private sector could make a proposal", "run George Eliot Hospital", gb, P, gb_r, "body",
  "'He said tendering for a franchisee would be “...”.' (built into the writer's sentence)", "fragment"),
 ("I imagine they’re trying to get to a situation", "with public sector proposals,", gb, P, gb_r, "body",
  "'“...,” Mr Burley continued.'", "said-after"),
 ("But I think we have to stick to what we think", "then so be it.", gb, P, gb_r, "body",
  "second passage re-opened in the same paragraph after 'Mr Burley continued.'", "continuation"),
])

lab = "Labour"; abu = "Andy Burnham"; abu_r = "Labour's health spokesman"
f("george-eliot-nhs-hospital-franchised.txt", [
 ("proceeding at a pace and scale never seen before", None, lab, O, "", "caption",
  "photo caption 'Labour says NHS privatisation is '...'. Photograph: Dominic Lipinski/PA' (built into the caption's sentence; the body gives the same words to Labour's health spokesman, but the caption gives them to 'Labour')", "fragment"),
 ("Everywhere you look, chunks of the NHS", "at a pace and scale never seen before.", abu, P, abu_r, "body",
  "'Labour's health spokesman, Andy Burnham, said: \"...' (\"franchised\" above has 1 word; left open)", "said-before"),
 ("Ministers have spent all year running down the NHS", "preparing the ground for more privatisation.", abu, P, abu_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Far from doctors deciding, this is privatisation", "to put the NHS up for sale.", abu, P, abu_r, "body",
  "next paragraph of his quote (left open; the paragraph after it, \"It, is cut off after 1 token)", "continuation"),
])

d38 = "38 Degrees"; grd = "the Guardian"
f("government-climbdown-over-plans-for-enforced-nhs-privatisation.txt", [
 ("would force local doctors to open up almost all NHS services to private companies,", None, d38, O, "", "body",
  "'... which, in the words of the campaigning group 38 Degrees, “...” breaking cast-iron promises ...' (built into the writer's sentence; the next paragraph says 'The quote from 38 Degrees comes from the petition')", "fragment"),
 ("Ministers have been forced into a humiliating climbdown", "due to come into effect.", grd, O, "", "body",
  "'As the Guardian reported yesterday, however, “...”' (the newspaper's report; a whole sentence after the reporting clause)", "said-before"),
 ("has for nearly three years insisted t", None, grd, O, "", "body",
  "'... which, as the Guardian put it, “...' (built into the writer's sentence; cut off mid-word by the end of the excerpt; Labour's “humiliating U-turn” just before has 2 words)", "fragment"),
])

dfl = "Debbie Fleming"; dfl_r = "joint chief executive of both hospitals"
cma = "Competition and Markets Authority"
f("health-chiefs-welcome-hospital-merger-investigation.txt", [
 ("We welcome the CMA’s scrutiny of our proposals", "go through our plans in detail.", dfl, P, dfl_r, "body",
  "'Yesterday, Debbie Fleming, joint chief executive of both hospitals, said: “...' (left open)", "said-before"),
 ("We are confident that they will recognise", "find the case to do so compelling.", dfl, P, dfl_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("significant changes to policy within the NHS t", None, cma, O, "", "body",
  "'However, since that decision, the CMA says there has been “...' (the CMA = 'The Competition and Markets Authority (CMA)' of the second paragraph; built into the writer's sentence; cut off mid-word by the end of the excerpt)", "fragment"),
])

lc = "Lorraine Cotterell"; lc_r = "Unison steward"
rh = "Roger Hutt"; sj = "Stephanie Jeans"
f("if-care-uk-gets-away-with-it-here-god-help-the-nhs-says-doncaster-striker.txt", [
 ("If Care UK gets away with it here, God help the NHS", None, lc, P, lc_r, "headline",
  "headline '‘...’, says Doncaster striker'; the body gives nearly the same words to Unison steward Lorraine Cotterell ('If Care UK gets away with it God help the rest of the NHS.'), so they are hers (the closing mark comes before the comma)", "other"),
 ("these proposals couldn’t be more maximum if they tried", None, lc, P, lc_r, "body",
  "'Unison steward Lorraine Cotterell told Socialist Worker that Care UK promised changes would be “minimal”—but “...”.' (her words built into the writer's sentence; “minimal” has 1 word)", "fragment"),
 ("They want to get rid of enhancements for weekend pay", "sleepovers and bank holidays,", lc, P, lc_r, "body",
  "'\"...,” she said.' in the same paragraph (she = Lorraine Cotterell; opened straight, closed curly)", "pronoun"),
 ("They’re sabotaging everybody’s lives.", "God help the rest of the NHS.", lc, P, lc_r, "body",
  "the next paragraph, a quote with no attribution of its own, continuing her words", "continuation"),
 ("I could lose the roof over my head,", None, rh, P, "striker", "body",
  "'“...,” he told Socialist Worker.' (he = 'striker Roger Hutt' in the paragraph before)", "pronoun"),
 ("They want to replace us with people on minimum wages", "we can’t afford to stay.", rh, P, "striker", "body",
  "second passage re-opened in the same paragraph after 'he told Socialist Worker.'", "continuation"),
 ("The people we’ve cared for all our lives would be very much at risk,", None, rh, P, "striker", "body",
  "'“...,” said Roger.' (Roger = striker Roger Hutt)", "said-after"),
 ("It’s abhorrent. Care UK is trying to profit", "most vulnerable people in society.", rh, P, "striker", "body",
  "second passage re-opened in the same paragraph after 'said Roger.'", "continuation"),
 ("were sold off to the lowest bidder", None, sj, P, "striker", "body",
  "'Striker Stephanie Jeans is angry that they “...”.' (built into the writer's sentence)", "fragment"),
 ("Before Care UK money wasn’t involved,", None, sj, P, "striker", "body",
  "'“...,” she said.' (she = Stephanie Jeans; the next passage “It was purely abo is cut off after 3 tokens)", "pronoun"),
])

f("in-a-case-that-will-be-of-interest-to-anyone-considering-transactions.txt", [
 ("simply [wasn’t] enough detail in the hospitals’ plans", "are likely to materialise.", cc, O, "", "body",
  "'the CC found that there “...”' (the CC = 'the UK Competition Commission (CC)' of the first paragraph; its findings, built into the writer's sentence; bracketed insertion inside; the full stop is inside the marks; ‘hub and spoke’ above has 3 words)", "fragment"),
])

cg = "Clare Gerada"; cg_r = "the chair of Royal college of General Practitioners"
f("kailash-chand-withdraw-section-75-regulations.txt", [
 ("For over 60 years the NHS has done what virtually no other", "Not a Big Bang but slow burn.", cg, P, cg_r, "body",
  "'Clare Gerada,( the chair of Royal college of General Practitioners) who too is seeking the withdrawal of 75 regulations said: “...”' (the role is the bracketed apposition; a relative clause with 'who' between the name and 'said')", "said-before"),
])

rg = "Rob Green"; rg_r = "a spokesman for Unison’s Doncaster health branch"
f("learning-disability-nurses-vote-for-strike-after-private-takeover.txt", [
 ("There is no morale – they’re just devastated,", None, rg, P, rg_r, "body",
  "'Rob Green, a spokesman for Unison’s Doncaster health branch, said some nurses had already left ... “...,” Mr Green told Nursing Times.'", "said-after"),
 ("I have never seen such low morale with people", "stick with the service users,", "One staff nurse", D, "", "body",
  "'One staff nurse described the situation as “horrendous”. “...,” the nurse told Nursing Times.' (unnamed; “enhancement” and “horrendous” have 1 word)", "said-after"),
 ("Our proposal is to do this without reduc", None, "A spokeswoman for Care UK", D, "", "body",
  "'But Care UK told Nursing Times its plan was necessary ... A spokeswoman said: \"...' (unnamed; the paragraph makes her Care UK's; cut off mid-word by the end of the excerpt)", "said-before"),
])

lhk = "Lord Hunt of Kings Heath"; lhk_r = "Labour’s deputy leader in the Lords and health spokesman"
f("lords-attempt-kill-section-75-nhs-competition-regulations.txt", [
 ("Parliament was assured that clinicians would be under no legal obligation", "provide no su", lhk, P, lhk_r, "body",
  "'Lord Hunt told the campaign group OurNHS: '...' (named 'Labour’s deputy leader in the Lords and health spokesman, Lord Hunt of Kings Heath,' in the paragraph before; ‘fatal motion’ and ‘section 75’ above have 2 words; cut off mid-word by the end of the excerpt)", "said-before"),
])

ad = "Andy Donald"; ad_r = "chief officer of Stafford, Cannock and South East Staffordshire CCGs"
gg2_r = "of the Cancer Not For Profit campaign"
f("part-privatisation-of-staffordshire-cancer-care-on-hold.txt", [
 ("Following the recent termination of the Uniting Care contract", "causes behind the collapse of the contract.", ad, P, ad_r, "body",
  "'Andy Donald, chief officer of Stafford, Cannock and South East Staffordshire CCGs, said: \"...' ('sell-off' and 'selling off' above have 1-2 words; left open)", "said-before"),
 ("The findings are expected to be published in February", "before any announcements are made.", ad, P, ad_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("To ensure that the programme does not lose momentum", "work on both procurements.", ad, P, ad_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We are delighted to hear that is paused and we hope", None, gg, P, gg2_r, "body",
  "'Gail Gregory of the Cancer Not For Profit campaign, who created a petition opposing the plan, said: \"...' (cut off by the end of the excerpt)", "said-before"),
])

gp_r = "GMB regional organiser"
f("patient-transport-union-ballots-members-over-strike-as-morale-hits-all-time-low.txt", [
 ("After speaking to distressed and devastated staff", "continue to fail our members.", gp, P, gp_r, "body",
  "'Gary Palmer, GMB regional organiser, said “...' (no colon or comma before the mark; left open)", "said-before"),
 ("Morale is at an all time low", "exacerbated by Coperforma management.", gp, P, gp_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("not interested in a beauty parade", None, "GMB", O, "", "body",
  "'Previously the company said that it had all the unions involved engaged in a consultation, but that the GMB said they were ‘...’ and declined to participate.' (the GMB's words as the company reports them, built into the writer's sentence)", "fragment"),
])

mon = "Monitor"
f("patients-able-to-complain-to-monitor-about-anti-competitive-behaviour.txt", [
 ("We will consider on a case-by-case basis", "to open an investigation].", mon, O, "", "body",
  "'Monitor’s guidance on “case initiation” says: “...' (the regulator's draft guidance; bracketed insertion inside; “case initiation” has 2 words; left open)", "said-before"),
 ("The following complainants may have a sufficient interest", "(including individual patients) and patient groups.", mon, O, "", "body", "next paragraph of the guidance's words, closed", "continuation"),
 ("consider whether the behaviour affects competition", "to provide high quality services, pro", mon, O, "", "body",
  "'In doing this, the guidance said the regulator would “...' (Monitor's guidance; built into the writer's sentence; “a declaration of ineffectiveness” and “undertaking” above have 1-4 words; cut off mid-word by the end of the excerpt)", "fragment"),
])

jk = "Joanne Kaye"; jk_r = "UNISON Regional Secretary"
f("preferred-provider-status-virgin-care-leaves-questions-answered.txt", [
 ("Our union’s first concern is for a high quality health service", "scoping out opportunities for profit?", jk, P, jk_r, "body",
  "'UNISON Regional Secretary Joanne Kaye said:' on its own line above the quote (“preferred provider” above has 2 words; left open)", "said-before"),
 ("Any contract that is eventually given to Virgin Care", "written into the commissioning agreement.", jk, P, jk_r, "body",
  "next paragraph of her quote (left open; nested ‘reinvestment of profits’ has 3 words)", "continuation"),
 ("The real worry is that Virgin is using its UK health operations", "where they can make a", jk, P, jk_r, "body",
  "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

f("private-companies-win-more-than-70-of-nhs-contracts-since-april-2013.txt", [
 ("the reality is that private sector providers only carry out around 6% of NHS work", None, "A Department of Health spokesperson", D, "", "body",
  "'A Department of Health spokesperson defended the claims, noting “...”.' (unnamed; built into the writer's sentence; the whole stored page)", "fragment"),
])

cd = "Catherine Davies"; cd_r = "Monitor executive director of cooperation and competition"
ady = "Amanda Doyle"; ady_r = "Blackpool CCG chief clinical officer"
f("regulator-rejects-private-hospitals-complaint-against-ccgs.txt", [
 ("were directing patients away from its Spire Fylde Coast hospital", "towards a nearby foundation trust", mon, O, "", "body",
  "'A statement issued by the regulator last week said it had not upheld a complaint by private provider Spire Healthcare that commissioners in Lancashire “...”.' (inside the clause the regulator's statement reports, so the statement's words; built into the writer's sentence; “clear incentive” below has 2 words)", "fragment"),
 ("the data did not support the view that referral behaviour had changed", None, mon, O, "", "body",
  "'But Monitor’s report ... found that “...”' (the regulator's report; built into the writer's sentence; “go far enough” and “publicised and promoted” below have 3 words)", "fragment"),
 ("Commissioners in other parts of the country will no doubt", "promote and publicise those choices.", cd, P, cd_r, "body",
  "'Monitor executive director of cooperation and competition Catherine Davies said: “...”'", "said-before"),
 ("did not find enough evidence that we promoted choice", "on the home page of our", ady, P, ady_r, "body",
  "'Blackpool CCG chief clinical officer Amanda Doyle said the group recognised that Monitor “...' (built into the writer's sentence; cut off by the end of the excerpt)", "fragment"),
])

mh = "Margaret Hodge"; mh_r = "Chair of the Committee of Public Accounts"
f("report-on-out-of-hours-gp-service-in-cornwall.txt", [
 ("It is disgraceful that the public had to rely on whistleblowers", "look better than it was.", mh, P, mh_r, "body",
  "'The Rt Hon Margaret Hodge MP, Chair of the Committee of Public Accounts, yesterday said:' on its own line above the quote ('Rt Hon' and 'MP' are a style and a post-nominal, not part of the name; left open)", "said-before"),
 ("The company responded in bullying and heavy-handed style", "raising further concerns.", mh, P, mh_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Data was falsified on 252 occasions.", "no justification for their use.", mh, P, mh_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("The large private providers coming on to the scene", "answering calls from patients.", mh, P, mh_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("The primary care trust was deeply ineffective", "falling well short of", mh, P, mh_r, "body",
  "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

mh2_r = "chair of the parliamentary accounts committee (PAC)"
f("serco-gp-service-cornwall.txt", [
 ("It’s absurd that the … company, which can’t cope", "just hands the job over to another.", mh, P, mh2_r, "caption",
  "photo caption 'Margaret Hodge: ‘...’ Photograph: Andrew Winning/Reuters' (role from the body's 'Margaret Hodge, chair of the parliamentary accounts committee (PAC)')", "caption"),
 ("It’s absurd that the … company, which can’t cope", "just hands the job over to another.", mh, P, mh2_r, "caption",
  "the same caption line printed a second time on the page", "caption"),
 ("It's absurd that the government contracts with one company", "proper accountability like this?", mh, P, mh2_r, "body",
  "'\"...\" she said.' (she = Margaret Hodge, who 'described the move to offload the contract as outrageous' in the paragraph before)", "pronoun"),
])

ga = "George Adamson"; ga_r = "Cannock Chase Council leader"
adn = "Andrew Donald"; adn_r = "chief officer for Cannock and Stafford CCGs"
f("tell-us-the-truth-over-cancer-care-protest-planned-in-staffordshire.txt", [
 ("What the CCG is trying to do is totally disgraceful.", "you don't need a private company to do it.", ga, P, ga_r, "body",
  "'He said: \"...' (he = 'Cannock Chase Council leader George Adamson', the last person named in the paragraph before; nested 'tidy up' has 2 words; the protesters' 'disgraceful' above has 1 word; left open)", "pronoun"),
 ("The contract ties everybody into a 10-year deal", "we don't want to see that happen.", ga, P, ga_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("Patients, carers, and health and social care professionals", "the current system", adn, P, adn_r, "body",
  "'Andrew Donald, chief officer for Cannock and Stafford CCGs, said: \"...' (cut off by the end of the excerpt)", "said-before"),
])

sb = "Simon Burns"; sb_r = "then health minister"
pac = "Commons public accounts committee"
f("timeline-how-hsj-has-covered-circle-at-hinchingbrooke.txt", [
 ("good deal for patients and staff at Hinchingbrooke", None, sb, P, sb_r, "body",
  "'Then health minister Simon Burns told the Commons the agreement was a “...”.' (built into the writer's sentence)", "fragment"),
 ("There is an incentive and a pressure on Circle", "historical deficit.", sb, P, sb_r, "body",
  "'He added: “...”' (he = Simon Burns; bracketed insertion inside)", "pronoun"),
 ("financial viability and future is in doubt", None, pac, O, "", "body",
  "'In early 2013 the Commons public accounts committee concluded that NHS Midlands and East had “failed” ..., leaving two hospitals ... whose “...”.' (the committee's words, built into the writer's sentence; “failed”, “waned dramatically”, “administrative fee” and “misunderstood” have 1-2 words)", "fragment"),
])

jr = "Jo Rust"; nm = "Dr Neil Modha"; nm_r = "chief clinical officer"
f("uk-england-cambridgeshire.txt", [
 ("better and more joined up", None, "unclear", U, "", "caption",
  "image caption 'The new contract aimed to offer patients services that are \"...\"' (no speaker in the caption or elsewhere in the text)", "other"),
 ("it's evident that they can't make financial cost savings", None, jr, P, "from the union Unison", "body",
  "'Jo Rust from the union Unison said \"...\" promised.' (built into the writer's sentence; \"financially sustainable\" above has 2 words)", "fragment"),
 ("the current arrangement is no longer financially sustainable", None, nm, P, nm_r, "body",
  "'Dr Neil Modha, its chief clinical officer, said \"both parties\" had decided to end the contract because \"...\".' (its = Cambridgeshire and Peterborough Clinical Commissioning Group; built into the writer's sentence; \"both parties\" has 2 words)", "fragment"),
 ("we all wish to keep this model of integrated service delivery", None, nm, P, nm_r, "body",
  "'He added \"...\" and ...' (he = Dr Neil Modha; no colon, built into the writer's sentence)", "fragment"),
 ("services will continue and not be disrupted", None, nm, P, nm_r, "body",
  "the same sentence, '... and \"...\".' (Ms Rust's \"totally shocked\" below has 2 words; the last paragraph's \"It is cut off after 1 token)", "fragment"),
])

hm = "Huw Merriman"; wc = "Wendy Carberry"; wc_r = "chief executive of High Weald Lewes Havens Clinical Commissioning Group"
f("uk-england-sussex.txt", [
 ("effectively given up the ghost", None, hm, P, "Sussex MP", "body",
  "'Sussex MP Huw Merriman said Coperforma had \"...\" and handed the contract back.' (built into the writer's sentence; the CCG's \"managed transition\" above has 2 words)", "fragment"),
 ("We are delighted that SCAS has agreed", "the patient transport service.", wc, P, wc_r, "body",
  "'Wendy Carberry, chief executive of High Weald Lewes Havens Clinical Commissioning Group, said: \"...' (left open)", "said-before"),
 ("The managed transfer will minimise disruption", "a period of uncertainty.", wc, P, wc_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("six months of very hard work to make sure the transition", "done smoothly and o", gp, P, "of the GMB union", "body",
  "'Gary Palmer of the GMB union said he was \"delighted\" by the news but added it meant \"...' (built into the writer's sentence; cut off mid-word by the end of the excerpt; \"delighted\" has 1 word)", "fragment"),
])

mj = "Mike Jennings"; mj_r = "Western Sussex Hospitals’ commercial director"
f("updated-bupa-joint-venture-wins-235m-nhs-contract.txt", [
 ("The trust submitted a strong and realistic bid", "communities and their healthcare needs.", mj, P, mj_r, "body",
  "'He told HSJ: “...' (he = 'Western Sussex Hospitals’ commercial director, Mike Jennings' in the paragraph before; “prime provider” and “spun out” above have 2 words; left open)", "pronoun"),
 ("We are disappointed with the decision", "services, including trauma.", mj, P, mj_r, "body", "next paragraph of his quote, closed", "continuation"),
])

f("virgin-care-700m-contract-200-nhs-social-care-services-bath-somerset.txt", [
 ("This is obviously part of a big push by Virgin", "the supply of community health acros", "NHS campaigners", D, "", "body",
  "a quote paragraph with no attribution of its own, cut off mid-word by the end of the excerpt, directly after the reported speech 'NHS campaigners warned that the history of previous privatisations ... may mean the quality of care patients receive drops' (the usual newspaper convention: it continues their words; any named campaigner after the cut is not in the text)", "continuation"),
])

label_table.build(R, prefix="AA", split="heldout26", out="eval/quotes/heldout26.jsonl")
