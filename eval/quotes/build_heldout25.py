"""Build heldout25.jsonl (the twenty-fifth held-out attribution set, over eval/corpus28) from
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

Run:  python3 eval/quotes/build_heldout25.py   (writes eval/quotes/heldout25.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus28/")

# ---------------------------------------------------------------------------
kf = "The King’s Fund"
f("40-mental-health-trusts-have-seen-their-incomes-fall.txt", [
 ("Analysis by the King’s Fund suggests that 40% of our mental health trusts", "budgets cut last year", "Jeremy Corbyn", P, "", "pull quote",
  "the quote set off under 'Our verdict', with the line 'Jeremy Corbyn, 19 October 2016' below it and no verb (a date, not a role; the claim line above it has no marks)", "name-role-line"),
 ("40% of trusts have in fact seen reductions to their income", None, kf, O, "", "body",
  "'“...” in 2015/16, according to that analysis' (the analysis = the King’s Fund's, 'Budget reductions for 40% of mental health trusts were reported by the King’s Fund, a health think tank' in the paragraph before; built into the writer's sentence)", "fragment"),
 ("mental health trusts provide a large proportion [about 80%]", "of mental health care", kf, O, "", "body",
  "'The King’s Fund has responded that “...”' (built into the writer's sentence, with the bracketed insertion)", "fragment"),
 ("little evidence that demand for these services has fallen", None, kf, O, "", "body",
  "'and that there’s “...”' (same sentence, still the King’s Fund's response; “seems likely” after it and “deficits among NHS providers” below have 2-4 words)", "fragment"),
])

mu = "Martyn Underhill"; mu_r = "Dorset PCC"
f("cells-no-place-for-those-in-mental-health-crises-say-commissioners.txt", [
 ("We need to make sure that the vulnerable receive", "not in a police cell.", mu, P, mu_r, "body",
  "'Dorset PCC Martyn Underhill is Chairman of the APCC’s Working in Partnership to Reduce Crime Standing Group and is chairing a workshop ... He said: “...' (he = Underhill; 'is Chairman of ...' is a predicate, so the role is the title before the name; left open)", "pronoun"),
 ("The Mental Health Concordat brings Police and Crime Commissioners", "recognised by the Home Secretary.", mu, P, mu_r, "body",
  "next paragraph of his quote (left open; the next paragraph's “The polic is cut off after 2 tokens)", "continuation"),
])

lb = "Luciana Berger"; lb_r = "Labour’s shadow public health minister"
sw = "Professor Sir Simon Wessely"; sw_r = "president of the Royal College of Psychiatrists"
f("clinical-commissioning-groups-postcode-lottery-spending-on-mental-health-criticised.txt", [
 ("Mental health should be treated no differently to physical health.", None, lb, P, lb_r, "body",
  "'Berger said the postcode lottery of mental health spending was “alarming”, adding that: “...' (named 'Luciana Berger, Labour’s shadow public health minister' above; a surname with 'said ..., adding that:'; the paragraph ends with a space and is left open)", "said-before"),
 ("People with mental illness shouldn't have to expect", "where they live.", lb, P, lb_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("Different CCGs have different levels of mental illness", "based on need.", sw, P, sw_r, "body",
  "'Professor Sir Simon Wessely, president of the Royal College of Psychiatrists said the figures revealed a mixed picture. “...' (a quote with no verb of its own after the named speaker's reported speech in the same paragraph; left open)", "said-before"),
 ("What we wouldn’t expect – which is extremely worrying", "each CCG compared to t", sw, P, sw_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

ah = "Andy Hill"; ah_r = "former Head of Research at BACP"
f("does-counselling-make-a-difference.txt", [
 ("There is huge variation across England,", None, ah, P, ah_r, "body",
  "'‘...,’ says Andy Hill, former Head of Research at BACP and a driving force behind the development of Counselling for Depression (CfD), ...' (the 'driving force' phrase is a description, not the role)", "said-after"),
 ("In some areas the IAPT service brought into its fold", "It has been a constant battle.", ah, P, ah_r, "body",
  "second passage re-opened in the same paragraph after 'says Andy Hill, ...', closed", "continuation"),
])

ox = "A spokesman for Oxfordshire CCG"
jm = "James Murray"; jm_r = "programme director for Northamptonshire STP"
f("exclusive-the-stp-regions-reducing-mental-health-spend.txt", [
 ("In October 2015 the new mental health outcomes based contract", "for a flat cash envelope.", ox, D, "", "body",
  "'A spokesman for Oxfordshire CCG said its proportion of mental health spending had gone down ...' then 'He added: “...' (unnamed; “parity of esteem” above has 3 words; left open)", "pronoun"),
 ("As we were only six months into this contract", "in total for mental health.", ox, D, "", "body",
  "next paragraph of his quote, with the bracketed insertion '[in April 2016]', closed", "continuation"),
 ("Based on the submitted STP in October", "there is no intent", jm, P, jm_r, "body",
  "'James Murray, programme director for Northamptonshire STP, said: ”...' (opened with a closing-style mark straight after the colon; cut off by the end of the excerpt)", "said-before"),
])

jhb = "Jeremy Hunt"; jhb_r = "Health Secretary"
f("government-promises-ambitious-mental-health-plan.txt", [
 ("You can put the money in, but if you haven't got", "improve the care.", jhb, P, jhb_r, "body",
  "'Health Secretary Jeremy Hunt told the Today programme the previous approach of a \"big injection of money\" was a mistake: \"...\"' (a quote after the named speaker's reported speech in the same sentence; \"big injection of money\" has 4 words and the Department of Health's \"historic imbalance\" 2)", "said-before"),
 ("These are big ambitions, they're going to be challenging", "a million more people a year,", jhb, P, jhb_r, "body",
  "'\"...,\" he said.' (he = Jeremy Hunt; the page ends here)", "pronoun"),
])

mw = "Marjorie Wallace"; mw_r = "chief executive of the mental health charity Sane"
f("hidden-waits-putting-mental-health-patients-at-risk.txt", [
 ("We fear these delays may leave some people more at risk", "than they were before,", mw, P, mw_r, "body",
  "'“...,” she warned.' (she = Marjorie Wallace, 'chief executive of the mental health charity Sane', who 'said the fact that so many patients were facing these “hidden waits” was deeply concerning' in the paragraph before; “hidden waits” has 2 words)", "pronoun"),
 ("During the period the person is being assessed", "increase the risk they become suicidal.", mw, P, mw_r, "body",
  "second passage re-opened in the same paragraph after 'she warned.', closed", "continuation"),
])

nh = "Nick Harrop"; nh_r = "Spokesman"
f("it-s-unacceptable-for-vulnerable-children-to-be-far-from-home.txt", [
 ("It’s unacceptable for vulnerable children to be far from home", None, nh, P, nh_r, "headline",
  "headline quote with no speaker in the headline; the body's first quotation, 'Spokesman Nick Harrop said: “It’s unacceptable that so many vulnerable young people are placed in inpatient units a long way from their homes.', holds nearly the same words (the earlier sets' headline-quote rule)", "other"),
 ("It’s unacceptable that so many vulnerable young people", "a long way from their homes.", nh, P, nh_r, "body",
  "'Spokesman Nick Harrop said: “...' (a spokesman for Young Minds, the charity named in the paragraphs before; the role is the word before the name; left open)", "said-before"),
 ("We often hear from parents who are furious", "from their families and friends.", nh, P, nh_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("Young people at times have very complex clinical needs", "located around the country", "unclear", U, "", "body",
  "a new quote paragraph cut off by the end of the excerpt before any attribution; it follows the writer's own paragraph on the children's destinations, and the trust's reported figures two and three paragraphs up (Lancashire Care NHS Foundation Trust) do not settle that the words are the trust's rather than someone named after the cut", "other"),
])

jhp = "Jeremy Hunt"; jhp_r = "Health Secretary"
bk = "Barbara Keeley"; bk_r = "Shadow Cabinet Member for Mental Health and Social Care"
f("jeremy-hunt-admits-error-after-claiming-mental-health.txt", [
 ("We’ve got 30,000 more people working in mental health today", "left office.", jhp, P, jhp_r, "body",
  "'Addressing MPs on World Mental Health day, Mr Hunt said: “...”' (Jeremy Hunt, 'The Health Secretary' of the paragraph before; the bracketed '[Labour]' is inside the quote; the headline's ‘error’ and the caption's \"error\" have 1 word)", "said-before"),
 ("breaking promise on mental health", None, "Top Labour MP", D, "", "body",
  "a related-story link line 'Top Labour MP says Government is '...'' (unnamed; built into the line's sentence; the other link lines' 'devastating' and 'historic imbalance' have 1-2 words)", "fragment"),
 ("We have 30,000 more professionals working in mental health", "came into office.", jhp, P, jhp_r, "body",
  "'He repeated this again, saying: “...”' (he = Mr Hunt)", "pronoun"),
 ("The Tory government claim to want to make mental health a priority", "working in the NHS.", bk, P, bk_r, "body",
  "'Shadow Cabinet Member for Mental Health and Social Care, Barbara Keeley told the Daily Mirror: \"...' (left open; the next paragraph's \"Safe staffing is cut off after 2 tokens)", "said-before"),
])

jh = "Jeremy Hunt"; jh_r = "Health Secretary"
jdv = "Janet Davies"; jdv_r = "chief executive of the RCN"
f("jeremy-hunt-announces-nhs-mental-health-care-expansion.txt", [
 ("Look at our track record.", None, jh, P, jh_r, "body",
  "'And speaking on BBC Radio 4 Today on Monday, Hunt hit back by saying: “...”' (Jeremy Hunt, 'The Health Secretary' of the paragraph above; “don’t add up”, “challenging” and “track record” above have 1-3 words)", "said-before"),
 ("If these nurses were going to be ready in time, they would be starting training next month,", None, jdv, P, jdv_r, "body",
  "'“...,” the College’s Janet Davies said.' (the College = the Royal College of Nursing; 'Janet Davies, chief executive of the RCN,' below)", "said-after"),
 ("look at our track record", None, jh, P, jh_r, "body",
  "an embedded tweet '@BBCr4today #NHS #jeremyhunt says '...'!' (the tweet gives the words to Hunt, named by his hashtag before 'says'; the tweeter is not named)", "said-before"),
 ("look at our track record ...", None, jh, P, jh_r, "body",
  "an embedded tweet '@BBCr4today #jeremyhunt has just said \"...\" #unchallenged' (the trailing ellipsis is inside the marks)", "said-before"),
 ("Look at our track record", None, jh, P, jh_r, "body",
  "an embedded tweet 'Jeremy Hunt come to conclusion more nurses esp MH needed. Recognises recruit & ret issues. \"...\" #bbcr4today' (a quote with no verb after the tweet's sentences about the named speaker)", "said-before"),
 ("The Government’s policies appear not to add up.", None, jdv, P, jdv_r, "body",
  "'Janet Davies, chief executive of the RCN, poured cold water on the plan, saying: “...' (the crosshead ‘Policies don’t add up’ above has 4 words; left open)", "said-before"),
 ("If these nurses were going to be ready in time, they would be starting training next month.", None, jdv, P, jdv_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("But we have seen that the withdrawal of the bursary", "for additional places.", jdv, P, jdv_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("There is already a dangerous lack of workforce planning", "will be met.", jdv, P, jdv_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("It is clear the Government will need to work hard", "mental health services in 2010.", jdv, P, jdv_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Under this Government, there are 5,000 fewer mental health nurses", None, jdv, P, jdv_r, "body",
  "next paragraph of her quote; cut off by the end of the excerpt (a trailing space follows)", "continuation"),
])

ac = "Anita Charlesworth"; ac_r = "Health Foundation economist"
gw = "Gary Wannan"; gw_r = "BMA community care committee chair"
f("mental-health-budgets-cut.txt", [
 ("The NHS has not set out to cut mental health services", "borne the brunt of those.", ac, P, ac_r, "body",
  "a quote paragraph with no attribution of its own straight after 'Health Foundation economist Anita Charlesworth told the BBC that mental health trusts received a shrinking share ...' (her reported speech)", "continuation"),
 ("It is wholly unacceptable that the chronic underfunding", "that they desperately need.", gw, P, gw_r, "body",
  "'BMA community care committee chair Gary Wannan said: ‘...’'", "said-before"),
 ("It is vital that mental health problems are identified", "the right help and support.", gw, P, gw_r, "body", "'He added: ‘...' (he = Gary Wannan; left open)", "pronoun"),
 ("Yet despite mental health problems affecting a quarter", "11 per cent of the NHS budget.", gw, P, gw_r, "body", "next paragraph of his quote, closed", "continuation"),
])

pf = "Paul Farmer"; pf_r = "Chief Executive of Mind"
f("mental-health-crisis-care-services-under-resourced-understaffed-and-overstretched.txt", [
 ("We are deeply concerned that some crisis care services", "An emergency is an emergency.", pf, P, pf_r, "body",
  "'Paul Farmer, Chief Executive of Mind, said:' on its own line above the quote (its nested ‘aren’t suicidal enough’ has 3 words; left open; the next line, which plainly continues his statement, has no marks and is not labelled)", "said-before"),
])

f("mental-health-patients-seeking-treatment-face-postcode-lottery.txt", [
 ("It is deeply concerning that people in need of IAPT", "as a matter of urgency", "Barbara Keeley", P, "the shadow minister for mental health", "body",
  "'“...”, said Barbara Keeley, the shadow minister for mental health.' (the bracketed expansion of IAPT is inside the quote; “talking therapies” and ‘talking therapies’ above have 2 words)", "said-after"),
])

hg = "Helen Gilbert"; hg_r = "fellow in health policy at the King’s Fund"
rc = "Rebecca Cotton"; rc_r = "director of mental health policy at the Mental Health Network"
f("mental-health-patients-sent-hundreds-of-miles-for-a-bed.txt", [
 ("We know that out of area placements are being used excessively", "a high degree of variation.", hg, P, hg_r, "body",
  "'Helen Gilbert, fellow in health policy at the King’s Fund, said: “...' (name as printed; left open)", "said-before"),
 ("This doesn’t necessarily show rising demand.", "sufficiently in community teams.", hg, P, hg_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("Any large increases in numbers of out of area placements", "in parts of the system.", rc, P, rc_r, "body",
  "'Rebecca Cotton, director of mental health policy at the Mental Health Network added: “...' (left open)", "said-before"),
 ("This is a big issue for local commissioners", "the right services are available.", rc, P, rc_r, "body", "next paragraph of her quote, closed (the page ends here)", "continuation"),
])

mb = "Dr Martin Baggaley"; mb_r = "medical director of the South London and Maudsley NHS Trust"
f("mental-health-service-in-crisis.txt", [
 ("We are in a real crisis at the moment.", "not what I want to do.", mb, P, mb_r, "body",
  "'Dr Martin Baggaley, medical director of the South London and Maudsley NHS Trust spoke out:' ending the line above the quote", "said-before"),
])

hgb = "Helen Gilburt"; hgb_r = "Fellow in Policy at The King’s Fund"
f("mental-health-trusts-see-budgets-fall.txt", [
 ("The fact that the planned increases in funding for mental health", "urgent need for investment,", hgb, P, hgb_r, "body",
  "'‘...,’ said Helen Gilburt, a Fellow in Policy at The King’s Fund.'", "said-after"),
 ("Patients should expect access to timely and effective treatment", "experience of mental health services.", hgb, P, hgb_r, "body",
  "second passage re-opened in the same paragraph after 'said Helen Gilburt, ...', closed", "continuation"),
 ("provides a clear indication that the promised funding increases", "reaching the front line", kf, O, "", "body",
  "'The King’s Fund analysed the accounts ... the thinktank states that its analysis ‘...’'' (built into the writer's sentence; closed with ’ and a stray ')", "fragment"),
 ("Many of the pressures in mental health are being seen", "patients are most vulnerable,", hgb, P, hgb_r, "body", "'‘...,’ added Ms Gilburt.'", "said-after"),
 ("While we welcome the commitments to increase funding", "continues to remain under threat.", hgb, P, hgb_r, "body",
  "second passage re-opened in the same paragraph after 'added Ms Gilburt.', closed (the page ends here)", "continuation"),
])

f("mentally-ill-children-sent-hundreds-miles-care-due-bed-shortage.txt", [
 ("She was shouting out the window ‘mummy, don’t leave me", None, "mother of a girl sent 130 miles for care", D, "", "pull quote",
  "a pull-quote line '‘...’mother of a girl sent 130 miles for care': the description follows the quote with no verb (and no space); the one closing mark closes both the outer quote and its nested 4-word ‘mummy, don’t leave me’", "name-role-line"),
 ("totally unacceptable in the majority of cases", None, "NHS England", O, "", "body",
  "'In response, NHS England said that treating under-18s on adult wards was “...”.' (built into the writer's sentence)", "fragment"),
 ("Young people being misplaced in adult wards", "Care is suffering", "Dr Michael McClure", P, "", "pull quote",
  "a pull-quote line '‘...’, Dr Michael McClure' (the name follows the quote with no verb; no role before the excerpt is cut off)", "name-role-line"),
 ("simply couldn’t find anywhere nearer", None, "Sussex Partnership NHS Foundation Trust", O, "", "body",
  "'Sussex Partnership NHS Foundation Trust said a lack of available children’s beds ... meant they “...” to get the intensive care the child needed.' (built into the writer's sentence)", "fragment"),
])

tmd = "Tom Madders"; tmd_r = "campaigns director at Young Minds"
f("mentally-ill-children-sent-hundreds-of-miles-for-treatment.txt", [
 ("For children, being far from home is often distressing", "worse for the whole family.", tmd, P, tmd_r, "body",
  "'Tom Madders, campaigns director at Young Minds, said: “...' (left open)", "said-before"),
 ("Families also face extra costs for travel and accommodation", "be there for their child.", tmd, P, tmd_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("In some cases the specialist nature of treatment", "to travel very long distances.", tmd, P, tmd_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The Government needs to continue to take action on this.", "before their problems escalate.", tmd, P, tmd_r, "body", "next paragraph of his quote, closed (the page ends here)", "continuation"),
])

sb = "Sarah Brennan"; sb_r = "chief executive of YoungMinds"
f("millions-cut-from-mental-health-budgets-warns-charity.txt", [
 ("Our research once again shows a disturbing picture", "mental health services,", sb, P, sb_r, "body",
  "'‘...,’ said Sarah Brennan, chief executive of YoungMinds.' (the lead's ‘disturbing’ has 1 word)", "said-after"),
 ("For children, young people, parents and professionals", "services are under enormous pressure.", sb, P, sb_r, "body",
  "second passage re-opened in the same paragraph after 'said Sarah Brennan, ...' (left open)", "continuation"),
 ("This disinvestment has to stop.", "the help they need and deserve.", sb, P, sb_r, "body", "next paragraph of her quote, closed", "continuation"),
])

nl = "Norman Lamb"; nl_r = "coalition Care and Support Minister"
f("new-initiative-aims-to-tackle-shortfalls-in-mental-health-crisis-care.txt", [
 ("If I fall down the stairs and fracture my skull", "in a police cell shortly afterwards", nl, P, nl_r, "body",
  "'coalition Care and Support Minister Norman Lamb didn't mince his words ... “...”, he said.' (he = Lamb)", "pronoun"),
 ("Ambulances are called, paramedics deployed", "the norm for mental health crises?", nl, P, nl_r, "body",
  "second passage re-opened in the same paragraph after 'he said.', closed", "continuation"),
 ("long-standing concerns about the variability and quality of care", "going through a mental health crisis", "A spokesperson for the Care Quality Commission (CQC)", D, "", "body",
  "'what a spokesperson for the Care Quality Commission (CQC) says are “...”.' (unnamed; built into the writer's sentence)", "fragment"),
 ("work together to improve the system of care and support", "find the support they need", "The Mental Health Crisis Care Concordat", D, "", "body",
  "'the concordat is a non-legally binding commitment from various agencies to “...”' (the words of the concordat 'Signed by 22 stakeholder organisations in England', built into the writer's sentence; an agreement of many bodies, so not one organisation)", "fragment"),
])

jl = "Dr John Lister"; jl_r = "co-chairman of campaign group Keep Our NHS Public"
f("nhs-trust-spends-millions-of-pounds-sending-mental-health-patients-away-for-care.txt", [
 ("The private sector are quite willingly cashing in on the gaps left in the NHS.", None, jl, P, jl_r, "body",
  "'He continued: “...' (he = Dr John Lister, whose reported speech with the 2-word ‘cash squeeze’ is the paragraph before; Mind's ‘cannot be overstated’ above has 3 words; left open; the next paragraph's “These are is cut off after 2 tokens)", "pronoun"),
])

f("no-budget-cuts-says-kings-trust.txt", [
 ("As [trusts’] financial situation deteriorates", "quality of care for patients.", kf, O, "", "body",
  "'The King’s Fund said: “...' (the bracketed insertion is inside the quote; the lead's ‘huge amount of strain’ and the report title ‘Mental Health under Pressure’ have 4 words; left open)", "said-before"),
 ("They need to focus on using evidence", "no more cuts to budgets.", kf, O, "", "body", "next paragraph of its quote, closed", "continuation"),
])

f("norman-lamb-leads-debate-mental-health-out-of-area-placements.txt", [
 ("Such a practice would never be tolerated in physical health services.", "disadvantaged by the system.", "Norman Lamb", P, "MP for North Norfolk", "body",
  "'Speaking in the House of Commons debate, Norman Lamb said:' on its own line above the quote ('Norman Lamb, MP for North Norfolk, led a debate' in the lead; the bracketed ellipsis '[…]' is inside the quote)", "said-before"),
])

f("nsft-funding-cut-research.txt", [
 ("NSFT is only one provider of mental health services", "needs of their local population.", "A spokesman", D, "", "body",
  "'A spokesman pointed to a new wellbeing service ...' then 'He added: '...'' (unnamed; the paragraph before gives the claim to 'Norfolk and Waveney's clinical commissioning groups (CCGs)'; straight single marks)", "pronoun"),
])

epi = "Education Policy Institute"
f("one-in-four-referrals-to-camhs-rejected.txt", [
 ("A conservative estimate of the number of rejected referrals", "referred this year,", epi, O, "", "body",
  "'\"...,\" said the report.' (the report = 'A new report by the Education Policy Institute' in the paragraph before)", "said-after"),
 ("There is no consistent measure of how many young people", "being recorded as ‘rejected',", epi, O, "", "body",
  "'\"...,\" it added.' (it = the report; the nested ‘rejected' has 1 word)", "pronoun"),
])

tmay = "Theresa May"
f("our-response-to-theresa-may-s-speech.txt", [
 ("doesn’t just value our individual rights", "to one another", tmay, P, "", "body",
  "'it was a speech on “a shared society”, one that “...”.' (the words of her speech, built into the writer's sentence; “a shared society” and ‘life chances’ have 2-3 words; no role is stated: 'She was not the first Prime Minister ...' is a predicate)", "fragment"),
 ("not in our hospitals, but in our classrooms", "in our communities", tmay, P, "", "body",
  "'In her words, the way we deal with mental health needs to be transformed “...”.' (built into the writer's sentence; “burning injustice” above has 2 words)", "fragment"),
])

lbd = "Luciana Berger"; lbd_r = "Lib Dem spokesperson for health, social care and wellbeing"
f("out-of-area-treatment-for-mentally-ill-costs-nhs-128m.txt", [
 ("It is totally unacceptable that vulnerable people", "their home and their families.", lbd, P, lbd_r, "body",
  "'Luciana Berger, Lib Dem spokesperson for health, social care and wellbeing, said: “...' (left open)", "said-before"),
 ("The Conservatives have repeatedly said", "real human and financial cost.", lbd, P, lbd_r, "body", "next paragraph of her quote, closed", "continuation"),
])

sc = "Saffron Cordery"; sc_r = "director of policy and strategy of NHS Providers"
f("pressure-rapidly-rising-on-mental-health-services.txt", [
 ("These concerns point to a growing gap", "receiving on the front line.", sc, P, sc_r, "body",
  "'Commenting on the report findings, the director of policy and strategy of NHS Providers, Saffron Cordery, said: “...' (left open)", "said-before"),
 ("In some cases, core mental health service provision", "actually getting worse.", sc, P, sc_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("NHS mental health trust leaders from up and down the country", "that figure was 90%.", sc, P, sc_r, "body",
  "next paragraph of her quote (left open; the next line repeats a sentence of hers as an unmarked pull quote and is not labelled)", "continuation"),
 ("Having the right staff, with the right skills", "the government’s ambitions fo", sc, P, sc_r, "body",
  "next quote paragraph after the unmarked pull-quote line; cut off mid-word by the end of the excerpt", "continuation"),
])

wb = "Professor Wendy Burn"; wb_r = "president of the Royal College of Psychiatrists"
f("psychiatrists-warn-of-real-terms-funding-cuts-in-england-since-2012.txt", [
 ("It is totally unacceptable that when more and more people", "in some cases, seven years ago.", wb, P, wb_r, "body",
  "'Professor Wendy Burn, president of the Royal College of Psychiatrists, said: “...”'", "said-before"),
 ("ignores the fundamental fact that many of the trusts", "mental health revenues specifically", "NHS England", O, "", "body",
  "'But NHS England said the research “...”.' (built into the writer's sentence, running over two sentences)", "fragment"),
 ("NHS mental health investment has been increasing in real terms", "last year and this.", "A spokesman", D, "", "body",
  "'A spokesman added that during the period studied, funding responsibilities ... transferred ...' then 'He added: “...”' (unnamed; the paragraph follows NHS England's statement)", "pronoun"),
 ("Real terms cuts added to the fragmentation of services", "mental health services is increasing.", "Barbara Keeley", P, "Labour’s shadow minister for mental health", "body",
  "'Barbara Keeley, Labour’s shadow minister for mental health, said: “...”' (the page ends here)", "said-before"),
])

abr = "Cllr Anntoinette Bramble"; abr_r = "Chair of the Local Government Association’s Children and Young People Board"
f("responding-to-a-report-by-the-education-policy-institute.txt", [
 ("This report reinforces the urgent need", "when they ask for help.", abr, P, abr_r, "body",
  "'Responding to a report ..., Cllr Anntoinette Bramble, Chair of the Local Government Association’s Children and Young People Board, said:' above the quote (a hard-wrapped release: the role and the quote run over line breaks, and each quote paragraph starts with an opening mark; left open)", "said-before"),
 ("Councils across the country work hard", "increasingly difficult.", abr, P, abr_r, "body", "next quote paragraph, over three wrapped lines (left open)", "continuation"),
 ("As a result, many councils are being forced", "mental health issues in later life.", abr, P, abr_r, "body", "next quote paragraph (left open)", "continuation"),
 ("This has been compounded by government cuts", "start in life.", abr, P, abr_r, "body", "next quote paragraph (left open)", "continuation"),
 ("Our Bright Futures campaign is calling", "sustainable funding for\nlocal areas.", abr, P, abr_r, "body",
  "next quote paragraph, closed before 'NOTES TO EDITORS'", "continuation"),
])

tmp = "Theresa May"; tmp_r = "Prime Minister"
f("shared-society.txt", [
 ("separates people from each other, and deepens the divisions within our society", None, tmp, P, tmp_r, "body",
  "'She pledged to tackle how mental illness \"...\", aggravating inequalities ...' (she = Theresa May, 'In her first speech on healthcare as Prime Minister, Theresa May ...' and 'The Prime Minister claimed ...'; built into the writer's sentence; 'shared society' and 'big society' have 2 words)", "fragment"),
 ("For too long mental illness has been something of a hidden injustice", "secondary issue to physical health.", tmp, P, tmp_r, "body",
  "'Mrs May asserted that there is an unreasonable and unwelcome stigma around mental health: \"...\"' (a quote with no verb of its own after the named speaker's reported speech)", "said-before"),
 ("right to the heart of our humanity.", None, tmp, P, tmp_r, "body",
  "'It is the Conservative government, she promised, who will ... usher in social change that would go \"...\"' (built into the writer's sentence; the full stop is inside the marks; \"destroys lives\" below has 2 words)", "fragment"),
])

f("spending-mental-health-services.txt", [
 ("The Prime Minister just told us that there are record levels", "proportion of spend in mental health?", "Luciana Berger", P, "MP", "pull quote",
  "the quote set off under 'Our verdict', with the line 'Luciana Berger MP, 26 October 2016' below it and no verb (MP is a post-nominal, so the role; ‘record levels’ above has 2 words)", "name-role-line"),
 ("The fact that I set out that we are spending record levels", "is absolutely right", "Theresa May", P, "", "pull quote",
  "the next quote, opened straight and closed curly, with the line 'Theresa May, 26 October 2016' below it and no verb (no role is printed)", "name-role-line"),
])

rpt = "An official report on detentions under section 136 of the Mental Health Act"
f("the-number-of-police-cells-used-in-mental-health-crises-will-be-halved.txt", [
 ("Those detained under section 136", "that it is still appropriate,", rpt, D, "", "body",
  "'\"...,\" says the report.' (the report = 'an official report on detentions under section 136 of the Mental Health Act' in the standfirst line, whose author is not named; the bracketed insertion is inside the quote; the \"crisis care concordat\" has 3 words)", "said-after"),
 ("A mental health crisis can already be distressing", "the emergency care they need.", "Nick Clegg", P, "Deputy Prime Minister", "body",
  "'Deputy Prime Minister, Nick Clegg, said: \"...\"' (the page ends here)", "said-before"),
])

pl = "Paul Lelliott"; pl_r = "the CQC’s lead for mental health and deputy chief inspector of hospitals"
f("two-mental-health-trusts-rated-as-outstanding-by-cqc.txt", [
 ("I am hoping the two trusts will be exemplars for other mental health trusts", None, pl, P, pl_r, "pull quote",
  "pull quote with the bare name line 'Paul Lelliott' below it (role from 'The CQC’s lead for mental health and deputy chief inspector of hospitals, Paul Lelliott,' below; the headline's 'exemplar' and the body's “exemplars” have 1 word)", "name-role-line"),
 ("The bar to be rated outstanding is set quite high.", "to rate a trust as outstanding.", pl, P, pl_r, "body",
  "'Dr Lelliott said: “...' (left open)", "said-before"),
 ("The thing these two trusts had in common", "style of leadership,", pl, P, pl_r, "body",
  "'“...,” he said.' in the next paragraph, which continues the open quote with its own attribution", "pronoun"),
 ("What we found was a very open culture", "shown by frontline staff.", pl, P, pl_r, "body",
  "second passage re-opened in the same paragraph after 'he said.' (left open)", "continuation"),
 ("I am hoping the two trusts will be exemplars for other mental health trusts and", "other trusts aspire to,", pl, P, pl_r, "body",
  "'“...,” he told Nursing Times’ sister title Health Service Journal.' (after three caption lines)", "pronoun"),
])

mo = "The mother"
f("york-mums-heartfelt-plea-over-depressed-daughter-aged-just-8.txt", [
 ("You’re on a waiting list.", None, "unclear", U, "", "body",
  "'She said she has heard one phrase more than any other: “...”' (the phrase she has been told, not her own words; the text does not say who says it to her)", "other"),
 ("My daughter was referred to child and adolescent", "She was eight.", mo, D, "", "body",
  "'She said: “...' (she = 'The mother, who The Press has chosen not to name'; left open)", "said-before"),
 ("I’ve heard one phrase more than any other:", "waiting list'.", mo, D, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("You’re on a waiting list", None, "unclear", U, "", "body",
  "the phrase she quotes inside her own quote, in straight single marks; the text does not say who says it to her", "other"),
 ("'You’re on a waiting list for a psychiatrist'.", "follow-up appointment'.", mo, D, "", "body",
  "next paragraph of her quote, made of two phrases she quotes (left open)", "continuation"),
 ("You’re on a waiting list for a psychiatrist", None, "unclear", U, "", "body",
  "a phrase she quotes inside her own quote; the text does not say who says it to her", "other"),
 ("You’re on a waiting list for a follow-up appointment", None, "unclear", U, "", "body",
  "a second phrase she quotes inside her own quote; the text does not say who says it to her", "other"),
 ("Unfortunately mental illness doesn’t wait patiently", "They’ve deteriorated.", mo, D, "", "body", "next paragraph of her quote, closed", "continuation"),
 ("My child is being failed.", "very caring healthcare providers.", mo, D, "", "body",
  "'She added that healthcare staff are “amazing” but said: “...' (she = the mother; the bracketed insertion is inside the quote; left open)", "pronoun"),
 ("They have put us on another waiting list.", None, mo, D, "", "body",
  "next paragraph of her quote, closed (“deep concern” below has 2 words)", "continuation"),
])

label_table.build(R, prefix="I", split="heldout25", out="eval/quotes/heldout25.jsonl")
