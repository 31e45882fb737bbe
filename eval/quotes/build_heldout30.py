"""Build heldout30.jsonl (the thirtieth held-out attribution set, over eval/corpus33) from
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

Run:  python3 eval/quotes/build_heldout30.py   (writes eval/quotes/heldout30.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus33/")

# ---------------------------------------------------------------------------
ps = "Lord Peter Smith"; ps_r = "chair of the partnership and leader of Wigan Council"
zc = "Dr Zahid Chauhan"
f("6bn-healthcare-and-social-care-budget-devolved-greater-manchester.txt", [
 ("We spend £6bn on health and social care", "something about their health.", ps, P, ps_r, "body",
  "'Lord Peter Smith, chair of the partnership and leader of Wigan Council, said: \"...' (left open)", "said-before"),
 ("But it's wider than health;", "for the economy.", ps, P, ps_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("A lot of people can't get into work", "created in Manchester.", ps, P, ps_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("My concerns with all this funding deficit", "responsible for that?", zc, P, "GP", "body",
  "'GP Dr Zahid Chauhan told the BBC: \"...' (left open)", "said-before"),
 ("Will it mean less doctors", "need to be answered.", zc, P, "GP", "body",
  "next paragraph of his quote, closed (\"landmark\" below has 1 word)", "continuation"),
])

bl = "Brandon Lewis"; bl_r = "local government minister"
dhs = "A Department of Health spokeswoman"
ne = "Nigel Edwards"; ne_r = "Nuffield Trust chief executive"
f("better-care-fund-not-on-hold-insists-government.txt", [
 ("It is completely untrue that the Better Care Fund has been put on hold,", None, bl, P, bl_r, "body",
  "'“...,” he said.' (he = Brandon Lewis, 'But local government minister Brandon Lewis insisted ...' in the paragraph before)", "pronoun"),
 ("The fund will begin next April", "more dignified care.", bl, P, bl_r, "body", "next paragraph, a quote with no attribution of its own, closed", "continuation"),
 ("We have set aside time to make sure", "plans for joined-up care.", dhs, D, "", "body",
  "'A Department of Health spokeswoman added: “...' (unnamed; left open)", "said-before"),
 ("The Better Care plans start from April 2015", "would be delivered.", dhs, D, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("This is what is happening now.", None, dhs, D, "", "body", "next paragraph of her quote, closed", "continuation"),
 ("While nobody can argue with the very sound principle", "built on flawed logic,", ne, P, ne_r, "body",
  "'“...,” he said.' (he = Nigel Edwards, 'Nuffield Trust chief executive Nigel Edwards said ...' in the paragraph before; “wildly optimistic” there has 2 words)", "pronoun"),
 ("The fund assumes that hospitals can quickly achieve", "at full cost.", ne, P, ne_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("But reducing admissions takes time", "Better Care Fund costs money.", ne, P, ne_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("With almost half of all acute hospitals alre", None, ne, P, ne_r, "body",
  "a further quote paragraph with no attribution of its own straight after his; cut off mid-word by the end of the excerpt", "continuation"),
])

bm = "Bruce Moore"
f("biggest-profit-provider-pulls-home-care-market.txt", [
 ("The local authority market for home care is really under pressure", "very difficult decision.", bm, P, "chief executive", "body",
  "'Chief executive Bruce Moore told BBC Radio 4’s You and Yours programme today: “...' (of Housing & Care 21, the subject of the paragraph before; left open)", "said-before"),
 ("The pressures are that local authorities", "which older people require.", bm, P, "chief executive", "body", "next paragraph of his quote (left open)", "continuation"),
 ("Recruiting and retaining staff, when we are paying", "that compromises quality.", bm, P, "chief executive", "body",
  "next paragraph of his quote, closed (“have less exacting standards” below has 3 words)", "continuation"),
])

f("blocked-beds-disruption-continues-as-social-care-pressures-spill-over-into-nhs.txt", [
 ("April's figures show frontline services", "3% higher this month.", "Matthew Swindells", P,
  "NHS England's national director of commissioning operations and information", "body",
  "'Matthew Swindells, NHS England's national director of commissioning operations and information, said: \"...' (the headline's 'spill over into NHS' has 4 words; left open)", "said-before"),
 ("However, these new figures also show", "periods of industrial action.", "Matthew Swindells", P,
  "NHS England's national director of commissioning operations and information", "body",
  "next paragraph of his quote, closed (\"bed blockers\" below has 2 words)", "continuation"),
])

f("concern-at-care-home-closures.txt", [
 ("absolute priority is the health,wellbeing and safety", None, "The spokesperson for New Century Care", D, "", "body",
  "'The spokesperson for New Century Care, the care home proprietors claiming their ‘...’ of residents' (a reader's letter; the words are the unnamed spokesperson's claim, built into the letter-writer's sentence)", "fragment"),
])

f("council-unanimously-passes-motion-against-lincolnshire-stp-hospital-closures.txt", [
 ("have a serious and detrimental effect on the health and wellbeing of residents", None, "", N, "", "body",
  "'The council’s motion stated that the proposals were “completely unacceptable” and would “...”.' : motion wording built into the writer's sentence, with no one said to have said it (as the motions of labels.jsonl and the sixteenth set's 'The motion said'); “completely unacceptable”, “not yet fully developed”, “meet opposition” and “serious reservations” have 2-4 words", "other"),
])

sc = "Shropshire Council and Telford and Wrekin Council"
mp = "Malcolm Pate"; mp_r = "leader of Shropshire Council"
sw = "Simon Wright"; sw_r = "Shrewsbury and Telford Hospitals NHS Trust chief executive"
f("councils-reject-nhs-plans-due-to-lack-of-confidence.txt", [
 ("unlikely to approve the [sustainability and transformation plan] STP in its current form", None, sc, O, "", "body",
  "'Shropshire Council and Telford and Wrekin Council ... have said that they are “...”' (the two councils' words, built into the writer's sentence; the bracketed insertion is inside the quote; the headline's ‘lack of confidence’ has 3 words)", "fragment"),
 ("routine surgery or planned care", None, "The Shropshire and Telford and Wrekin STP", D, "", "body",
  "'The Shropshire and Telford and Wrekin STP, which has a predicted deficit ..., is planning to reconfigure hospital services to create one centre of emergency care and another in “...”.' (no speech verb: the plan's wording, the plan being the subject of the sentence; its owners are not named, so a description under the plan's name)", "fragment"),
 ("with a lack of confidence in the financial projections", "future cost reductions", sc, O, "", "body",
  "'both councils said that they have been left “...”.' (built into the writer's sentence)", "fragment"),
 ("[I]t is the shared view that significantly more resources", "reconfiguration of hospital services.", sc, O, "", "body",
  "'The councils’ statement said: “...”' (the joint statement of the two councils, 'In a statement, the councils said ...' above)", "said-before"),
 ("NHS England have instigated a", "agreed by all parties.", mp, P, mp_r, "body",
  "'Malcolm Pate, leader of Shropshire Council, said: “...' (the 1-word nested “launch” is opened and closed with the same curly double marks; left open)", "said-before"),
 ("Unfortunately, this is not the case,", "need developing.", mp, P, mp_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("not a final detailed plan of how we want to change things", None, sw, P, sw_r, "body",
  "'But Shrewsbury and Telford Hospitals NHS Trust chief executive Simon Wright, who leads on the STP, said the plan was “...”' (built into the writer's sentence)", "fragment"),
 ("represents the views and asp", None, sw, P, sw_r, "body",
  "'... but “...' (the same sentence; built into the writer's sentence; cut off mid-word by the end of the excerpt after 5 tokens)", "fragment"),
])

jw = "Winston Churchill"
f("for-better-or-worse-csw-explores-the-ins-and-outs-of-the-better-care-fund.txt", [
 ("a riddle wrapped in a mystery inside an enigma", None, jw, P, "", "body",
  "'Winston Churchill once described Russia as “...”.' (built into the writer's sentence; no role in the text)", "fragment"),
])

tf = "Tom Fairchild"; tf_r = "Department of Health press officer"
il = "Ivan Lewis"; il_r = "Labour MP and former Manchester Jewish welfare chief"
nt = "Neil Taylor"; nt_r = "Jewish Care's director of care and community services"
mc = "Mark Cunningham"; mc_r = "chief operating officer for Manchester's leading Jewish welfare charity, The Fed"
f("delay-in-care-costs-cap-is-a-blow-to-elderly.txt", [
 ("a real blow to many older people and their families", None, il, P, il_r, "body",
  "'... has been condemned as \"...\". But the criticism by Labour MP and former Manchester Jewish welfare chief Ivan Lewis was stronger than from current charity bosses' (the next sentence gives the condemnation to him; built into the writer's sentence)", "fragment"),
 ("part of the wider budgetary pressures we're under", None, tf, P, tf_r, "body",
  "'which Department of Health press officer Tom Fairchild attributed to \"...\"' (built into the writer's sentence)", "fragment"),
 ("who are saying 'it's too soon, we need a delay'.", None, tf, P, tf_r, "body",
  "'It was also a result of the concerns of councils, \"...\"' (the next sentence of his explanation, still his words ('we need' answers his 'we're under'); built into the writer's sentence; the full stop is inside the marks)", "fragment"),
 ("it's too soon, we need a delay", None, "councils", D, "", "body",
  "nested in the press officer's words: councils 'who are saying '...'' (what the councils, unnamed, are saying, as he reports it)", "fragment"),
 ("a broken promise by David Cameron.", "facing many families.", il, P, il_r, "body",
  "'Mr Lewis attacked the postponement as \"...\"' (begins in the writer's sentence and runs on as his own sentences)", "fragment"),
 ("would have been a first step in helping people", "the costs for their care.", nt, P, nt_r, "body",
  "'Jewish Care's director of care and community services, Neil Taylor, believed the delayed changes \"...' (built into the writer's sentence; left open)", "fragment"),
 ("However, there were deficiencies in the plans", "nor to the insurance industry.", nt, P, nt_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("the reality was there was little benefit.", "from a political perspect", mc, P, mc_r, "body",
  "'Mark Cunningham, chief operating officer for ..., The Fed, said that although there would be public disappointment, \"...' (carries on the writer's sentence after 'said that'; cut off mid-word by the end of the excerpt)", "fragment"),
])

mma = "Mairead McAlinden"; mma_r = "Torbay and South Devon’s chief executive"
mcr = "Miranda Carter"; mcr_r = "Monitor’s provider appraisal director"
f("devon-integrated-care-organisation-goes-live-following-merger.txt", [
 ("in a way that is more responsive and innovative", None, mma, P, mma_r, "body",
  "'Mairead McAlinden, Torbay and South Devon’s chief executive, said the trust would use its £350m budget “...”.' (built into the writer's sentence; the standfirst's ‘integrated care organisation’ has 3 words)", "fragment"),
 ("It will allow us to be more flexible", "by local communities,", mma, P, mma_r, "body", "'“...,” she added.' (she = Mairead McAlinden)", "pronoun"),
 ("strengthen its plans to integrate care", None, "Monitor", O, "", "body",
  "'Monitor approved the acquisition, but has also asked the trust to “continue to make improvements” ... and to “...”.' (the regulator's words, built into the writer's sentence; the first quote has 4 words)", "fragment"),
 ("This is a good example of the kind of innovative change", "faced by the NHS.", mcr, P, mcr_r, "body",
  "'Miranda Carter, Monitor’s provider appraisal director, said: “...' (left open)", "said-before"),
 ("Now that we have approved this acquisition", "for patients and staff.", mcr, P, mcr_r, "body", "next paragraph of her quote, closed (the page ends here)", "continuation"),
])

ab = "Andy Burnham"; ab_r = "Shadow Health Secretary and the MP for Leigh"
f("devolving-nhs-budget-to-greater-manchester-will-create-a-two-tier-health-service-says-burnham.txt", [
 ("two-tier service and challenge the notion of a National Health Service", None, ab, P, ab_r, "body",
  "'Burnham has said that ... he believes the devolution plans will create a ‘...’.' (built into the writer's sentence; the headline's “two-tier health service” has 3 words)", "fragment"),
 ("If I was health secretary I wouldn’t be offering this deal.", "cities are opting out.", ab, P, ab_r, "body",
  "'He told the Manchester Evening News: “...”' (he = Burnham; the nested ‘swiss cheese’ has 2 words)", "pronoun"),
 ("My policy is based on working through the organisations", "to build services.", ab, P, ab_r, "body",
  "'He explained:' ends the paragraph before (he = Burnham); the quote paragraph opens after a leading space and ends with a trailing space outside the mark", "pronoun"),
])

dsp = "A spokesman for Dudley Clinical Commissioning Group"
f("exclusive-pioneering-nhs-aco-contract-set-back.txt", [
 ("Following the ISAP [integrated support and assurance process", "start date of 1 April 2019.", dsp, D, "", "body",
  "'However, the CCG today confirmed to HSJ ... A spokesman said: “...”' (unnamed; the CCG = Dudley Clinical Commissioning Group; the bracketed insertion is inside the quote; the bullets' “accountable care organisation” and “engagement” and “split into two”, “an empty shell” below have 1-3 words)", "said-before"),
])

gov = "the Government"; lga = "Local Government Association"; ab2 = "Alistair Burt"; ab2_r = "social care minister"
f("government-delays-introducing-72-000-cap-on-social-care-costs.txt", [
 ("give everyone peace of mind by protecting them from catastrophic costs", None, gov, O, "", "body",
  "'but the Government insisted it would ''...''.' (doubled single marks; built into the writer's sentence)", "fragment"),
 ("It would be deeply damaging to press ahead", "cannot be sustained.", lga, O, "", "body",
  "'It added: \"...\"' (it = the letter the Local Government Association 'wrote to Health Secretary Jeremy Hunt'; a letter's words are its writer's)", "pronoun"),
 ("in light of genuine concerns", None, ab2, P, ab2_r, "body",
  "'In a letter to the LGA, social care minister Alistair Burt said the decision had been taken \"...\" raised by local councils.' (his letter's words, built into the writer's sentence)", "fragment"),
 ("We have taken the difficult decision to delay", "care costs system an", ab2, P, ab2_r, "body",
  "'He wrote: \"...' (he = Alistair Burt; cut off by the end of the excerpt)", "pronoun"),
])

gm = "Graeme McDonald"; gm_r = "director of the Society of Local Authority Chief Executives and Senior Managers"
jhu = "Jeremy Hunt"
f("government-changes-to-better-care-fund-undermining-localism-chief-executives.txt", [
 ("to ensure they are ambitious enough to achieve improvements", "on track to begin in April next year", "Department of Health", O, "", "body",
  "'Local plans now also face a further review by ... Simon Stevens “...”, the Department of Health said.' (carries on the writer's clause)", "fragment"),
 ("undermines the original, localist ambitions of the fund.", None, gm, P, gm_r, "body",
  "'He said the “crude national target” for reducing hospital admissions “...' (he = Graeme McDonald; built into the writer's sentence, opened and left open; the first quote has 3 words)", "fragment"),
 ("By setting up a new national programme office,", "unnecessary layers of bureaucracy,", gm, P, gm_r, "body", "'“...,” he said.' (he = McDonald)", "pronoun"),
 ("This will undermine the ability of local areas", "sense for their place.", gm, P, gm_r, "body", "next paragraph, a quote with no attribution of its own, closed", "continuation"),
 ("Local authorities and the NHS are making excellent progress", "the people who reall", jhu, P, "health secretary", "body",
  "'Launching the changes, Mr Hunt said: “...' (named 'health secretary Jeremy Hunt' in the lead; cut off mid-word by the end of the excerpt)", "said-before"),
])

go = "George Osborne"
f("greater-manchester-is-to-control-a-6bn-nhs-budget.txt", [
 ("This is what the NHS wants to see as part of its own future", None, go, P, "Chancellor", "body",
  "'Chancellor George Osborne added, \"...\", \"...\"' (the first of two quoted passages after 'added,')", "said-before"),
 ("And it's also about giving people in Manchester", "a very exciting development.", go, P, "Chancellor", "body",
  "the second passage, opened again straight after the first's closing mark and a comma in the same paragraph (the nested 'northern powerhouse' has 2 words)", "continuation"),
])

ar = "Andrew Ridley"; ar_r = "the better care fund’s programme director"
f("green-light-for-first-five-better-care-fund-plans.txt", [
 ("To have their plans approved before the national deadline", "services for local people.", ar, P, ar_r, "body",
  "'Andrew Ridley, the better care fund’s programme director, said: “...' (left open)", "said-before"),
 ("Their plans show great ambition", "plans are finalised.", ar, P, ar_r, "body",
  "next paragraph of his quote, closed (“proactive care teams” below has 3 words)", "continuation"),
])

cmo = "Cllr Cliff Morris"; cmo_r = "Bolton Council leader"
f("historic-deal-signed-that-will-give-bolton-council-control-of-slice-of-6-billion-nhs-budget.txt", [
 ("This shared plan is essential for the health", "across Greater Manchester.", cmo, P, cmo_r, "body",
  "'He added: “...' (he = Cllr Morris, 'Bolton Council leader Cllr Cliff Morris' above; the relative clause 'who is also the lead on health at ...' is not a role; \"scale and importance\" and \"unprecedented\" before have 1-3 words; left open)", "pronoun"),
 ("It is about improving people’s lives,", "to one of the best.", cmo, P, cmo_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("By fully integrating health and social care", "across all ages.", cmo, P, cmo_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("This is about people more than pounds.", "national approach.", cmo, P, cmo_r, "body",
  "next paragraph of his quote, closed (the nested ‘one size fits all’ has 4 words; \"holistic\" below has 1)", "continuation"),
])

ca = "Colin Angel"; ca_r = "UKHCA’s Policy Director"
f("homecare-sector-response-to-adass-budget-survey.txt", [
 ("Social service directors’ concerns about the state-funded market are stark.", "the quality of services they delivered.", ca, P, ca_r, "body",
  "'UKHCA’s Policy Director, Colin Angel, said:' on its own line above the quote (‘social care precept’ above has 3 words)", "said-before"),
 ("Many homecare providers have exhausted", "willingness to trade with th", ca, P, ca_r, "body",
  "'Colin Angel, continued:' on its own line above the quote; cut off mid-word by the end of the excerpt", "said-before"),
])

nl = "Norman Lamb"; nl_r = "care minister"
nc = "Nick Clegg"
f("integration-pioneers-announced.txt", [
 ("Too often care is uncoordinated,", "their care has broken down.", nl, P, nl_r, "body",
  "'Lamb said: “...' (named 'care minister Norman Lamb' in the lead; left open)", "said-before"),
 ("We have heard people talk about integration before,", "that they all serve.", nl, P, nl_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("These 14 pioneers will test new ways of working", "change for the future.", nl, P, nl_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We need to join up care around people’s lives,", "better care in every area.", nc, P, "Deputy Prime Minister", "body",
  "'Deputy Prime Minister Nick Clegg added: “...”' (“truly seamless” below has 2 words)", "said-before"),
])

jr = "Jenni Richards QC"
sh = "Professor Stephen Hawking"
f("jeremy-hunt-undermining-founding-principles-nhs-accountable-care-organisations-scheme.txt", [
 ("undermining founding principles of NHS", None, "unclear", U, "", "headline",
  "headline quote; the body gives the like words only as what Jeremy Hunt 'was accused' of, with no accuser named (‘accountable care organisations’ in the headline has 3 words)", "other"),
 ("undermine the founding principles of the NHS,", None, "unclear", U, "", "body",
  "'JEREMY HUNT was accused yesterday of trying to “...” as a judicial review ... began' (passive: the text does not say who accused him; “radical and significant” below has 3 words)", "other"),
 ("a secondary, non-statutory, non-accountable decision-maker", "free at the point of use,", "unclear", U, "", "body",
  "'They would create “...” the court heard.' (no speaker named for what the court heard)", "other"),
 ("attack on the fundamental principles of the NHS,", None, sh, P, "top physicist", "body",
  "'top physicist Professor Stephen Hawking, who branded ACOs an “...” until his death' (built into the writer's sentence)", "fragment"),
 ("not on a whim, not to be difficult,", "concern about [the] policy.", jr, P, "", "body",
  "'Jenni Richards QC said the four claimants had brought the case “...”' (built into the writer's sentence; the bracketed insertion is inside the quote; no role in the text)", "fragment"),
 ("statutory regime of checks and balances", None, jr, P, "", "body",
  "'She said that ... ACOs had “no statutory functions” and would not be subject to the “...”' (she = Ms Richards; built into the writer's sentence; “no statutory functions” has 3 words and “impermissible” 1)", "fragment"),
 ("in effect replicating the function of the CCG,", None, jr, P, "", "body", "'and that they were “...” which was “impermissible”' (the same sentence; built into the writer's sentence)", "fragment"),
 ("could easily be a private for-profit body", "population for a decade.", jr, P, "", "body",
  "'Ms Richards said ACOs “...”' (built into the writer's sentence; the bracketed insertion is inside the quote)", "fragment"),
 ("It could be an NHS foundation trust", None, jr, P, "", "body",
  "'She added: “...' (she = Ms Richards; cut off by the end of the excerpt)", "pronoun"),
])

ss = "Simon Stevens"; ss_r = "Chief Executive of NHS England"
db = "David Bennett"; db_r = "Chief Executive of Monitor"
f("nhse-new-models-of-care-vanguard-announcement.txt", [
 ("The NHS now has its own long term plan,", "will be able to learn from.", ss, P, ss_r, "body",
  "'Simon Stevens, the Chief Executive of NHS England, said: “...”' (a space before the closing mark is outside the quote; ‘vanguard’ above has 1 word)", "said-before"),
 ("The first wave of vanguard sites represents", "areas such as pricin", db, P, db_r, "body",
  "'David Bennett, Chief Executive of Monitor, said: “...' (cut off mid-word by the end of the excerpt)", "said-before"),
])

ag = "Andrew Gwynne"; ag_r = "shadow health minister"
f("nhs-hospitals-bed-blocking-figures.txt", [
 ("truly sad and a direct result of this government's brutal cuts to social care", None, ag, P, ag_r, "body",
  "'Andrew Gwynne, the shadow health minister, said the figures were \"...\".' (built into the writer's sentence; 'bed blocking', 'delayed transfers of care' and \"concerning\" above have 1-4 words)", "fragment"),
 ("Ministers left people without the home care they need", "having their operation cancelled.", ag, P, ag_r, "body",
  "'He said: \"...\"' (he = Gwynne; the page ends here)", "pronoun"),
])

mjg = "Mr Justice Green"
f("nhs-campaigners-lose-high-court-challenge-against-jeremy-hunt.txt", [
 ("attack on the fundamental principles of the NHS", None, "Professor Stephen Hawking", P, "", "body",
  "'The renowned physicist had warned that introducing commercial companies ... would amount to an “...”.' (the renowned physicist = Professor Stephen Hawking of the paragraph before; a description, not a role; built into the writer's sentence)", "fragment"),
 ("under a duty to consider them", None, mjg, P, "", "body",
  "'The judge said the campaigners will have ... and the Health Secretary will be “...”.' (the judge = Mr Justice Green, who 'dismissed a case' above; built into the writer's sentence; “lawful”, “work in progress”, “could easily be” and the caption's and body's ‘irresponsible scaremongering’ have 1-3 words)", "fragment"),
])

cdoc = "The consultation document"
pm = "Paul Maubach"; pm_r = "chief executive officer of NHS Dudley CCG"
f("nhs-england-launches-consultation-on-voluntary-new-care-models-gp-contract.txt", [
 ("subject to the outcome of this consultation exercise", None, cdoc, D, "", "body",
  "'According to the consultation document published last week, NHS Dudley CCG is at the ‘forefront’ of integrated care and will be able to implement the draft voluntary contract ‘...’.' (the document's words, built into the writer's sentence; its publisher is not named; the headline's ‘voluntary’ and ‘integrated care organisations’, ‘accountable care organisations’ and ‘forefront’ have 1-3 words)", "fragment"),
 ("is an extremely important innovation", None, pm, P, pm_r, "body",
  "'Paul Maubach, chief executive officer of NHS Dudley CCG, said the contract ‘...’.' (built into the writer's sentence)", "fragment"),
 ("Through our local work, we have been able", "Dudley Multispecialty Community Provider.", pm, P, pm_r, "body",
  "the next paragraph, a quote with no attribution of its own straight after his reported words (the bracketed insertion is inside the quote)", "continuation"),
])

sj = "Samantha Jones"; sj_r = "NHS England’s director for the new care models programme"
f("nhs-england-reveals-new-care-model-vanguard.txt", [
 ("Being in the vanguard will be quite challenging,", None, sj, P, sj_r, "caption",
  "caption line '‘...,’ Samantha Jones said' (role from the body's 'Samantha Jones, NHS England’s director for the new care models programme,'; ‘vanguard’ above has 1 word)", "said-after"),
 ("That’s OK, because these are new care models.", None, sj, P, sj_r, "body",
  "'Samantha Jones, NHS England’s director for the new care models programme, told HSJ she did not believe ..., but added: “...”'", "said-before"),
 ("Just because people are approved now", "in six months’ time.", sj, P, sj_r, "body", "next paragraph, a quote with no attribution of its own, closed", "continuation"),
 ("We know that some places might not succeed", "moment in time’.", sj, P, sj_r, "body",
  "next paragraph, a quote with no attribution of its own, closed after the nested quote (the bracketed insertion is inside the quote)", "continuation"),
 ("actually this isn’t the right thing for us", "at this precise moment in time", "", N, "", "body",
  "nested in her quote: 'I suspect there may be some who say, ‘...’' — what unnamed vanguards might say, hypothetical wording (as the nested hypothetical quotes of the fourth set); “gateway process” below has 2 words", "other"),
])

nl2 = "Norman Lamb"; nl2_r = "Liberal Democrat MP for North Norfolk"
f("nhs-is-swamped-by-flurry-of-initiatives-lamb.txt", [
 ("an example of where the NHS just gets it so wrong", None, nl2, P, nl2_r, "body",
  "'The former care and support minister has described the initiative he previously championed as “...”.' then 'Norman Lamb, the Liberal Democrat MP for North Norfolk, launched the integrated pioneer programme in 2013.' (described, then named; built into the writer's sentence)", "fragment"),
 ("really fascinating and excellent work", None, nl2, P, nl2_r, "body",
  "'Lamb described the programme as \"...”.' (opened straight, closed curly; built into the writer's sentence; ‘integrated care pioneers’ and ‘whole system’ above have 2-3 words)", "fragment"),
 ("on its head the normal approach whereby the centre forces change", None, nl2, P, nl2_r, "body",
  "'Lamb told Digital Health News the pioneers were meant to turn “...”.' (built into the writer's sentence; “never works” has 2 words)", "fragment"),
 ("trial new models of integrated care", None, "NHS England", O, "", "body",
  "'NHS England revealed 29 vanguard sites, which would “...”.' (NHS England's description of its own vanguards, built into the writer's sentence)", "fragment"),
 ("crushed the emerging programme we tried to set in train", None, nl2, P, nl2_r, "body",
  "'Lamb said after getting reluctant NHS England support for the pioneers, the vanguards programme “...”.' (built into the writer's sentence)", "fragment"),
 ("Then along comes the sustainability and transformation plans,", "drives people to despair.", nl2, P, nl2_r, "body",
  "the next paragraph, a quote with no attribution of its own straight after his reported words (44 “footprints” below has 1 word)", "continuation"),
])

wr = "The writer"
jh3 = "Jeremy Hunt"
f("not-everyones-united-over-manchester-health-budget-devolution.txt", [
 ("Local media is so enthusiastic that it has a devolution site to rival its two football teams", None, wr, D, "", "pull quote",
  "pull quote with no name line; its words recur, nearly the same, as the writer's own next paragraph ('Local media is so enthusiastic that the newspaper’s website has ...') in this first-person comment piece, whose writer the excerpt does not name (“northern powerhouse” above has 2 words)", "other"),
 ("an important step forward for integration and a very exciting opportunity", None, jh3, P, "", "body",
  "'Jeremy Hunt and Simon Stevens were in attendance ... Mr Hunt made all the right noises. He sees it as “...”.' (he = Mr Hunt; built into the writer's sentence; no role in the text)", "fragment"),
])

f("osborne-hails-plan-devolve-healthcare-budget-manchester.txt", [
 ("We're discussing a plan for bringing together", "better care for patients.", go, P, "Chancellor", "body",
  "'He said: \"...\"' (he = the Chancellor, George Osborne, named in the lead and 'The Chancellor' after; \"northern powerhouse\" above has 2 words; the page ends here)", "pronoun"),
])

sh2 = "Suzanne Hinchliffe"; sh2_r = "chief nurse at the trust"
f("patients-long-wait-hospital.txt", [
 ("Over this winter the NHS nationally has experienced", "has been no exception.", sh2, P, sh2_r, "body",
  "'Suzanne Hinchliffe, chief nurse at the trust, said: “...”' (the trust = Leeds Teaching Hospital NHS Trust (LTHT))", "said-before"),
 ("improve the discharge planning for these patients", None, "Jules Preston", P, "Chairman", "body",
  "'Chairman Jules Preston said ... He said the trust was now working with local authorities and CCGs to “...”.' (he = Jules Preston; built into the writer's sentence; “significant progress” above has 2 words)", "fragment"),
])

crr = "Dr Claire Royston"; crr_r = "Group Medical Director of Four Seasons Health Care"
rf = "Richard Fleming"; rf_r = "joint administrator of Elli Investments Limited and Elli Finance (UK) Plc"
sb = "Simon Bottery"; sb_r = "Senior Fellow at The King’s Fund"
f("sector-response-four-seasons-health-care.txt", [
 ("[This] news does not change the way we operate", "independent sales process.", crr, P, crr_r, "body",
  "'Dr Claire Royston, Group Medical Director of Four Seasons Health Care, commented, '...'' (straight single marks; the bracketed insertion is inside the quote)", "said-before"),
 ("We are committed to ensuring the Group delivers", "operations’ ability to thrive.", rf, P, rf_r, "body",
  "'Richard Fleming, joint administrator of Elli Investments Limited and Elli Finance (UK) Plc added, '...'' (straight single marks; the curly apostrophes inside are not marks)", "said-before"),
 ("[This] announcement will be worrying", "though it is import", sb, P, sb_r, "body",
  "'Simon Bottery, Senior Fellow at The King’s Fund, said, ‘...' (cut off mid-word by the end of the excerpt)", "said-before"),
])

pw = "Peter Wyman"; pw_r = "CQC chair"
f("social-care-is-past-tipping-point.txt", [
 ("Two years ago, we warned that social care", "good quality care they need.", pw, P, pw_r, "body",
  "'CQC chair Peter Wyman said: “...”' (the nested ‘approaching a tipping point’ has 4 words; the headline's “tipping point” has 2)", "said-before"),
 ("Without a long-term funding settlement for adult social care,", "use of public money.", pw, P, pw_r, "body",
  "'He also said that continued fragility ... poses a threat ... “...”' (he = Wyman; a full quotation after his reported words in the same paragraph)", "pronoun"),
 ("Providers face the challenge of finding the right capacity", "impact this has on the system.", pw, P, pw_r, "body",
  "'Calling for a sustainable financial plan ..., Wyman said: “...”'", "said-before"),
])

cp = "Chrissie Parker"; cp_r = "one of the organisers"
stp = "The Darlington, Tees, Hambleton, Richmondshire and Whitby STP"
f("stop-secret-theft-plans-protests-raise-the-alarm-about-dire-nhs-cuts-and-sell-offs.txt", [
 ("employment is a health solution", None, "", N, "", "body",
  "'through “...” measures, STPs tie the NHS into the DWP’s health and work programme' : a policy slogan in the writer's sentence, nobody's speech", "other"),
 ("Lifestyle, early identification and intervention", None, stp, D, "", "body",
  "'The Darlington, Tees, Hambleton, Richmondshire and Whitby STP says: “...” measures, to be introduced in 2017-2019 include' (the plan's words, built into the writer's sentence; the plan's owners are not named, so a description under its name)", "fragment"),
 ("Support for primary care to manage worklessness", "back into employment.", stp, D, "", "body",
  "the next line, the rest of the same sentence after 'include': the plan's item in its own marks", "continuation"),
 ("employment is a health solution", None, "", N, "", "body",
  "'Community mental health teams are using the “...” buzzwords' : the same slogan again, nobody's speech", "other"),
 ("We’re saying, act local, think national.", None, cp, P, cp_r, "body",
  "'Chrissie Parker, one of the organisers, said,' on its own line above the quote (left open; the next paragraph, which plainly continues her words, has no marks and is not labelled)", "said-before"),
 ("We want to let people know that the so-called", "what they can do to stop them.", cp, P, cp_r, "body",
  "the third paragraph of her words, closed but not re-opened (as Q0035)", "continuation"),
])

jm2 = "Sir Richard Leese"; jm2_r = "Deputy leader of Greater Manchester Combined Authority"
abn = "Ann Barnes"; abn_r = "chief executive of Stockport NHS Foundation Trust"
ss2 = "Simon Stevens"; ss2_r = "NHS England chief executive"
gp = "Cllr Gary Porter"; gp_r = "Vice-Chairman of the Local Government Association (LGA)"
f("landmark-devolution-deal-sees-greater-manchester-take-control-6bn-healthcare-budget.txt", [
 ("The first big change is to make sure", "when they return home.", jm2, P, jm2_r, "body",
  "'Deputy leader of Greater Manchester Combined Authority Sir Richard Leese said: “...”' (‘Devo Manc’ above has 2 words)", "said-before"),
 ("It is not about increasing power,", "health and prosperity of local people.", abn, P, abn_r, "body",
  "'Ann Barnes, chief executive of Stockport NHS Foundation Trust, said: “...' (left open)", "said-before"),
 ("We will have greater opportunities to respond", "in a powerful partnership.", abn, P, abn_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("It charts a path to the greatest integration", "the NHS in 1948,", ss2, P, ss2_r, "body",
  "'NHS England chief executive Simon Stevens described the memorandum of understanding as a landmark agreement: “...,” he said.'", "pronoun"),
 ("Devolving control of social care and health spending", "the rest of the country.", gp, P, gp_r, "body",
  "'Responding to the announcement, Cllr Gary Porter, Vice-Chairman of the Local Government Association (LGA), said: “...' (left open)", "said-before"),
 ("We have long argued that truly integrating", "older people living in the", gp, P, gp_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

dbe = "David Behan"
f("cqc-chief-warns-tipping-point-social-care.txt", [
 ("It is hard to improve services that are struggling.", "characteristics weren’t there.", dbe, P, "CQC chief", "body",
  "'Speaking at the launch of the report, CQC chief David Behan, said: “...”' (the headline's ‘tipping point’, the ratings in marks, the crosshead ‘Flagging the risk’, “approaching a tipping point” and “undeliverable” have 1-4 words)", "said-before"),
])

label_table.build(R, prefix="AE", split="heldout30", out="eval/quotes/heldout30.jsonl")
