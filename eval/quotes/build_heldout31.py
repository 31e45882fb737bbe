"""Build heldout31.jsonl (the thirty-first held-out attribution set, over eval/corpus34) from
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

Two files have no quotation of 5 or more words and so no row:
trust-placed-in-financial-special-measures.txt (a trust's statement printed without quote
marks under 'Statement from <name>, Chair and <name>, Chief Executive:') and
government-warned-it-must-act-to-avoid-nhs-catastrophe.txt (a committee chair's words
printed without quote marks after 'told Sky News:'; "targeted action" and "catastrophic
failure" have 2 words).

Run:  python3 eval/quotes/build_heldout31.py   (writes eval/quotes/heldout31.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus34/")

# ---------------------------------------------------------------------------
ghft = "Gloucestershire Hospitals NHS Foundation Trust"
dl = "Deborah Lee"; dl_r = "chief executive of Gloucestershire Hospitals NHS Foundation Trust"
jm = "Jim Mackey"; jm_r = "chief executive of NHS Improvement"
f("gloucestershire-hospitals-nhs-foundation-trust-put-in-special-measures-after-very-serious-failings-found-in-financial-governance.txt", [
 ("The Board deeply regrets the necessity for this review", "recommendations of this review.", ghft, O, "", "body",
  "'The trust wrote in a statement: \"...' (the trust = Gloucestershire Hospitals NHS Foundation Trust, named as the subject of the paragraph before; left open; the lead's “very serious failings” has 3 words)", "description"),
 ("Patients are being reminded that services will continue to run as normal.", None, ghft, O, "", "body",
  "next paragraph of the trust's statement, closed", "continuation"),
 ("The Board fully recognises the scale of the financial challenges", "financial governance arrangements.", dl, P, dl_r, "body",
  "'Deborah Lee, chief executive of Gloucestershire Hospitals NHS Foundation Trust, said: “...' (left open)", "said-before"),
 ("We firmly believe that excellent quality of care", "rise to this challenge.", dl, P, dl_r, "body",
  "next paragraph of her quote, opened curly and closed straight", "continuation"),
 ("The five trusts who are already in Financial Special Measures", "£100 million extra in savings.", jm, P, jm_r, "body",
  "'Jim Mackey, chief executive of NHS Improvement, said: “...' (left open)", "said-before"),
 ("However, the three providers going into Financial Special Measures are causing significant concern.", None, jm, P, jm_r, "body",
  "next paragraph of his quote (left open; the next paragraph, “They’ve agreed savings targets, is cut off by the end of the excerpt after 4 tokens)", "continuation"),
])

aw = "Alwen Williams"; aw_r = "Barts Health chief executive"
f("health-trust-placed-in-financial-special-measures.txt", [
 ("Our new leadership team is already taking concerted steps", "productivity of our five hospitals.", aw, P, aw_r, "body",
  "'Alwen Williams, Barts Health chief executive, said: “...' (left open; “swift improvement in finances” and “financial discipline” above have 2-4 words)", "said-before"),
 ("Since we are the biggest NHS trust in the country", "and this cannot go on.", aw, P, aw_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Providing quality healthcare is labour-intensive,", "nurses and support staff.", aw, P, aw_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("This accounts for over 60 per cent of our annual turnover", "quality of our services to patients.", aw, P, aw_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("We welcome the extra support the national NHS can provide", "tackle these challenges.", aw, P, aw_r, "body", "next paragraph of her quote, closed", "continuation"),
])

rm = "Richard Murray"; rm_r = "Director of Policy at The King’s Fund"
f("nhs-deficit-hits-record-deficit-billions.txt", [
 ("These figures are unprecedented – despite additional funding", "overspent their budgets last year.", rm, P, rm_r, "pull quote",
  "pull quote set off from the body, with the line 'Richard Murray, Director of Policy at The King’s Fund' directly below it (no verb); the same words open his full quote below", "name-role-line"),
 ("These figures are unprecedented – despite additional funding", "overspent their budgets last year.", rm, P, rm_r, "body",
  "'Richard Murray, Director of Policy at The King’s Fund, said: “...' (left open)", "said-before"),
 ("Overspending on this scale is not down to mismanagement", "financial and operational pressures.", rm, P, rm_r, "body",
  "next paragraph of his quote (left open; the excerpt ends at its full stop)", "continuation"),
])

ar = "Adam Roberts"; ar_r = "Head of Economics at the Health Foundation"
f("health-foundation-response-to-nhs-provider-deficit-of-245bn.txt", [
 ("NHS finances are in a truly dreadful state.", "both health and social care.", ar, P, ar_r, "body",
  "'..., Adam Roberts, Head of Economics at the Health Foundation, said:' closing the paragraph before; the quote in straight single marks (left open)", "said-before"),
 ("Three of the key problems behind the deficit", "subsequent staffing shortages.", ar, P, ar_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The £2.45bn deficit is just the tip of the iceberg.", "figures reported today.", ar, P, ar_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Sadly, the deficits as well as rising cost pressures", "just 18 months ago.", ar, P, ar_r, "body", "next paragraph of his quote, closed", "continuation"),
])

f("nhs-deficits.txt", [
 ("The NHS can no longer afford operationally and financially", "efficiency gains required.", "David Bennett", P, "Monitor chief executive", "body",
  "'Monitor chief executive, David Bennett, said: \"...\"'", "said-before"),
 ("More than £2bn extra is going into our health service this year.", "consultancies that charge too much.", "George Osborne", P, "Chancellor", "body",
  "'Chancellor George Osborne said: \"...\"' (Nigel Edwards's quote below is cut off after 1 word)", "said-before"),
])

ch = "Chris Hopson"; ch_r = "chief executive of NHS Providers"
f("nhs-overspend-in-england-hit-245bn-last-year.txt", [
 ("Today’s report reveals how the combination of increasing demand", "maxing out the health service.", ch, P, ch_r, "body",
  "'Chris Hopson, chief executive of NHS Providers, said: “...”'", "said-before"),
 ("This record number of trusts in deficit,", "limiting their access to services, and", ch, P, ch_r, "body",
  "'He added: “...' (he = Chris Hopson, the paragraph before; cut off by the end of the excerpt)", "pronoun"),
])

f("nhs-in-england-set-to-announce-23bn-deficit.txt", [
 ("There’s no doubt that the pressure this year", "financial performance and financial reporting.", ch, P, ch_r, "body",
  "'He told BBC Radio 4’s Today programme: “...”' (he = Chris Hopson, 'the chief executive of NHS Providers', the paragraph before; “cooking up accounting alchemy” and “perfectly ordinary” above have 2-4 words)", "pronoun"),
 ("getting very, very close to the edge of the envelope", None, ch, P, ch_r, "body",
  "'Hopson said he had heard concerns from some NHS figures that the accounting was “...”, but added: ...' (built into the writer's sentence; the words are what he said on air about concerns put to him, and 'but added' makes the next quote a further remark of his)", "fragment"),
 ("I’ve not had anybody say that what they feel is happening", "in a position where they’", ch, P, ch_r, "body",
  "'Hopson ..., but added: “...' (same sentence, Hopson its subject; cut off mid-word by the end of the excerpt: the last ’ is the apostrophe of a cut-off they’re or they’ve, not a closing mark)", "said-before"),
])

f("overspending-by-nhs-in-england-300m-higher-than-target-for-financial-year.txt", [
 ("the current forecast deficit remains significantly higher than that planned.", "unaffordable and unsustainable.", "NHS Improvement", O, "", "body",
  "'The NHS Improvement report said that despite extra effort, \"...\"' (the regulator's report; begins in the writer's sentence after 'said that despite extra effort,' and runs on as a whole sentence)", "fragment"),
 ("Despite doing everything they possibly can,", "by the end of March.", ch, P, "NHS Providers chief executive", "body",
  "'NHS Providers chief executive Chris Hopson said: \"...' (left open)", "said-before"),
 ("This is largely because of winter pressures.", "record emergency winter demand.", ch, P, "NHS Providers chief executive", "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("This shows the danger of planning with no margin", "wafer-thin margins year afte", ch, P, "NHS Providers chief executive", "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

ch2_r = "CEO of NHS Providers"
f("provider-deficit-unlikely-to-be-eliminated-by-end-of-2016-17.txt", [
 ("our current estimate is that providers will end 2016-17", "around £500 million", ch, P, ch2_r, "body",
  "'Hopson noted that ... He added that additional funding will help to restore balance, but “...”.' (built into the writer's sentence; role from 'Chris Hopson, CEO of NHS Providers,' above; the lead's ‘unlikely’ has 1 word)", "fragment"),
 ("While the NHS received a good settlement", "longest and deepest financial squeeze in its history,", ch, P, ch2_r, "body",
  "'“...,” said Hopson.'", "said-after"),
 ("The ‘front-loaded’ investment over the next two years", "funding increases will be much lower.", ch, P, ch2_r, "body",
  "next paragraph, a quote with no attribution of its own straight after his (the nested ‘front-loaded’ has 1 word)", "continuation"),
 ("Providers are being asked to deliver a level of transformational change", "no other country has delivered,", ch, P, ch2_r, "body",
  "'“...,” said Hopson.' (“much tougher than before” in the paragraph before has 3 words)", "said-after"),
 ("All of this means it is vital that providers receive greater support", "if they are to realis", ch, P, ch2_r, "body",
  "a second quote in the same paragraph after 'said Hopson.'; cut off mid-word by the end of the excerpt", "continuation"),
])

ch3_r = "NHS Providers chief executive"
f("first-report-of-underlying-nhs-provider-sector-deficit-shows-true-scale-of-challenge.txt", [
 ("NHS trusts are doing all they can to respond to a triple challenge", "continuing pressure on NHS finances.", ch, P, ch3_r, "body",
  "'..., NHS Providers chief executive Chris Hopson, said:' on the line before; the quote line opened with a straight mark and left open", "said-before"),
 ("Trusts and their staff are working incredibly hard,", "within the four-hour standard than ever before.", ch, P, ch3_r, "body",
  "next line of his statement, opened and left open (the unmarked display line repeating his first sentence and 'tweet this' below are not labelled)", "continuation"),
 ("But however hard they run,", "outpace the increase in demand.", ch, P, ch3_r, "body", "next line of his statement (left open)", "continuation"),
 ("Trusts tell us they are most worried about the workforce shortages", "getting worse rather than better.", ch, P, ch3_r, "body",
  "next line of his statement (left open)", "continuation"),
 ("We have argued for some time that the underlying deficit", "open and honest display.", ch, P, ch3_r, "body",
  "next line of his statement (left open)", "continuation"),
 ("This will enable us to have the debate that we need", "forthcoming NHS long-term plan.", ch, P, ch3_r, "body",
  "next line of his statement (left open; the unmarked display line after it is not labelled)", "continuation"),
 ("The figures also show that our current approach is simply no longer sustainable. The long-term plan", "more sustainable model of providing care.", ch, P, ch3_r, "body",
  "next line of his statement, opened with a straight mark (left open)", "continuation"),
 ("In short, trusts are doing absolutely everything", None, ch, P, ch3_r, "body",
  "next line of his statement; cut off by the end of the excerpt", "continuation"),
])

jd = "Jason Dorsett"; jd_r = "finance and reporting director at Monitor"
f("surge-in-deficits-at-flagship-nhs-trusts-as-financial-pressures-mount.txt", [
 ("The majority of patients attending foundation trusts", "very difficult financial circumstances,", jd, P, jd_r, "body",
  "'“...,” said Jason Dorsett, finance and reporting director at Monitor.' (“significant decline” and “increased pressures upon services” above have 2-4 words)", "said-after"),
 ("Times are tough and hard decisions will have to be made", "tackle the challenges they are facing.", jd, P, jd_r, "body",
  "next paragraph, a quote with no attribution of its own straight after his, closed", "continuation"),
])

db = "David Bennett"; db_r = "Monitor’s chief executive"
f("bennett-fts-must-cut-deficit-or-face-completely-eroded-freedoms.txt", [
 ("We have to do better", None, db, P, db_r, "caption",
  "caption line '‘...’, David Bennett will say' under the photo line 'David Bennett' (role from the lead, 'Monitor’s chief executive will today warn ...', the office named just before 'David Bennett is expected to reveal ...'; ‘completely eroded’ and “unaffordable” above have 1-2 words)", "said-after"),
 ("We have to do better, especially if freedoms are not to be completely eroded.", None, db, P, db_r, "body",
  "'..., he will tell the Healthcare Financial Management Association conference: “...”' (he = Mr Bennett of the paragraphs before)", "pronoun"),
 ("We want to work with you to redesign patient services", "some winners and some losers.", db, P, db_r, "body",
  "'Mr Bennett will add: “...' (left open)", "said-before"),
 ("We are not advocating the closure of v", None, db, P, db_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("our-response-monitors-quarterly-report-performance-nhs-foundation-trusts.txt", [
 ("The figures published today show that foundation trusts", "quality of care deteriorates.", rm, P, rm_r, "body",
  "'Commenting on ..., Richard Murray, Director of Policy at The King’s Fund said:' closing the paragraph before (left open)", "said-before"),
 ("The position in the acute sector continues to be particularly difficult,", "pressures on their budget.", rm, P, rm_r, "body",
  "next paragraph of his statement (left open)", "continuation"),
 ("A new health and social care transformation fund", "existing NHS budgets.", rm, P, rm_r, "body",
  "next paragraph of his statement, closed", "continuation"),
])

nedccg = "Northern, Eastern and Western Devon Clinical Commissioning Group"
f("countrys-biggest-ccg-subject-to-nhs-england-directions.txt", [
 ("We will work to meet all expectations placed on us", "move out of this formal oversight,", nedccg, O, "", "body",
  "'“...,” it added.' (it = the CCG, 'The CCG said it had agreed its financial plan ...' in the paragraph before; the CCG named in full in the second paragraph; ‘directions’, “success regime”, “formal powers of direction”, “capacity and capability review” and “on track” above have 1-4 words)", "pronoun"),
 ("The directions mean we can step up the impetus", "the challenges that lie a", "Anthony Farnsworth", P,
  "NHS England’s director of commissioning operations in the South West", "body",
  "'Anthony Farnsworth, NHS England’s director of commissioning operations in the South West, said: “...'; cut off mid-word by the end of the excerpt", "said-before"),
])

rv = "The review, by PricewaterhouseCoopers"
gh = "Gary Howsam"
f("exclusive-scathing-review-says-ccgs-problems-are-among-worst-ever-seen.txt", [
 ("among broadest and deepest we have ever seen", None, rv, D, "", "standfirst",
  "standfirst bullet 'CCG’s problems “...”, says external review' (the review the body names as 'a highly critical review by leading consultants' and 'The review, by PricewaterhouseCoopers'; a review document whose words the page gives to the review)", "said-after"),
 ("are among the broadest and deepest set of issues facing any CCG we have worked with", None, rv, D, "", "body",
  "'... problems “...”, according to a highly critical review by leading consultants.' (built into the writer's sentence; “deeply concerning” before it, “ineffective governance” and “breakdown” below have 1-2 words)", "fragment"),
 ("The governing body accepted the findings and recommendations [of the PwC review].", None, gh, P, "CCG chair", "body",
  "'In an email seen by HSJ, CCG chair Gary Howsam told senior staff: “...' (the bracketed insertion is inside the quote; left open)", "said-before"),
 ("I thought it was important to let you know", "important stakeholders in the system.", gh, P, "CCG chair", "body",
  "next paragraph of his email, closed", "continuation"),
 ("We are deeply concerned with the breadth and depth", "financial challenge in 2018-19.", rv, D, "", "body",
  "'The review said: “...' (left open)", "said-before"),
 ("Based on our experience of working with a large number of CCGs", "any CCG we have worked with.", rv, D, "", "body",
  "next paragraph of the review's words (left open)", "continuation"),
 ("The governing body must take responsibility", "plans to address them.", rv, D, "", "body",
  "next paragraph of the review's words, closed (“a number of ye below is cut off after 4 tokens)", "continuation"),
])

mcl = "Dr Mike Clark"
f("health-bosses-agree-to-ivf-cut-in-bid-to-save-400-000-a-year.txt", [
 ("None of us enjoyed making these decisions", "restrict access to care.", mcl, P, "", "body",
  "'He said: “...' (he = Dr Mike Clark, the paragraph before, which gives his posts only as a predicate, 'Dr Mike Clark is clinical lead for ... and GP at ...', so no role; left open)", "pronoun"),
 ("However, these decisions are expected to make savings", "access will now be restricted.", mcl, P, "", "body",
  "next paragraph of his quote, closed", "continuation"),
])

dw = "Dr David Wrigley"; dw_r = "BMA council deputy chairman"
f("south-cumbria-health-cuts-shrouded-in-secrecy-doctors-union-claims.txt", [
 ("told to think the unthinkable", None, "unclear", U, "", "body",
  "a 'Read more:' link line giving another article's headline, 'Some NHS bosses '...' in bid to meet financial targets'; who told them is not said (‘think the unthinkable’ in the body has 3 words)", "other"),
 ("These plans could have serious consequences for doctors", "GP surgeries in these areas.", dw, P, dw_r, "body",
  "'BMA council deputy chairman, Dr David Wrigley, said: “...' (left open)", "said-before"),
 ("This government must stop and think before pressing ahead,", "dedicate their lives to helping patients.", dw, P, dw_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("This simply cannot go on.", "before it is too late.", dw, P, dw_r, "body", "next paragraph of his quote, closed", "continuation"),
])

jh = "Jeremy Hunt"
f("hunt-to-introduce-strict-agency-spending-cap-from-november.txt", [
 ("For too long staffing agencies have been able to rip off the NHS", "deliver high-quality care.", jh, P, "health secretary", "body",
  "'Hunt, making the announcement yesterday (13 October), said: “...' (named 'health secretary Jeremy Hunt' in the lead; ‘strict’, “tougher clampdown”, “truly seven-day NHS”, “strict” and “coming into force shortly” above have 1-4 words; left open)", "said-before"),
 ("The tough new controls on spending that we’re putting in place", "£3,500 a shift for a doctor.", jh, P, "health secretary", "body",
  "next paragraph of his quote, closed (“end the practice” below has 3 words)", "continuation"),
])

km = "Dr Kathy McLean"; km_r = "NHS Improvement executive medical director"
f("hospitals-breaching-locum-pay-caps.txt", [
 ("We know that if staff are having to work alongside others", "doesn't feel right or fair,", km, P, km_r, "body",
  "'\"...,\" NHS Improvement executive medical director Dr Kathy McLean told the broadcaster.' (\"bidding war\" above has 2 words)", "said-after"),
 ("It's also not good use of taxpayers' money.", "other aspects of care for patients.", km, P, km_r, "body",
  "next paragraph, a quote with no attribution of its own straight after hers, closed (\"largely unsuccessful\" below has 2 words)", "continuation"),
])

f("no-evidence-that-agency-cap-affecting-patient-safety.txt", [
 ("The messages we keep getting back from trusts is that the price caps are challenging", None, "Chris Mullin", P, "", "pull quote",
  "pull quote with the bare name line 'Chris Mullin' directly below it (no verb, no role in the excerpt; ’no evidence’ above has 2 words and “The bi at the end is cut off after 2 tokens)", "name-role-line"),
])

f("hospitals-get-18billion-windfall-for-sustainability-and-transformation.txt", [
 ("NHS staff across the country are already doing their bit", "while making every penny count.", jh, P, "Health Secretary", "body",
  "'Hunt said: “...' (named 'Health Secretary, Jeremy Hunt,' above; left open)", "said-before"),
 ("Trusts are expected to have a tight grip on finances", "non-negotiable conditions set out by", jh, P, "Health Secretary", "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

ph = "Phillippa Hentsch"; ph_r = "head of analysis for NHS Providers"
f("yorkshire-hospitals-had-90m-in-funds-withheld-after-missing-targets.txt", [
 ("Last year many providers missed out on crucial STF funding", "missed out on additional resources.", ph, P, ph_r, "body",
  "'Phillippa Hentsch, head of analysis for NHS Providers, which represents NHS trusts, said: “...' (the lead's “impossible” has 1 word; left open)", "said-before"),
 ("NHS finances remain under severe pressure.", None, ph, P, ph_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Trusts are being asked to make significant savings,", "task ahead of providers for the year ahead.", ph, P, ph_r, "body",
  "next paragraph of her quote, closed", "continuation"),
 ("The NHS continues to work incredibly hard to manage its finances", "patient services go hand in", "A Department of Health and Social Care spokesman", D, "", "body",
  "'A Department of Health and Social Care spokesman said: “...' (unnamed); cut off by the end of the excerpt", "said-before"),
])

sg = "Sally Gainsbury"; sg_r = "senior policy analyst at the Nuffield Trust"
f("trusts-left-drowning-in-debt-by-treasury-driven-scheme.txt", [
 ("It is understandable that NHS Improvement and the Treasury", "basis of greatest financial need.", sg, P, sg_r, "body",
  "'Sally Gainsbury, senior policy analyst at the Nuffield Trust, said: “...' (“cash rich”, “drowning in debt” and “sustainability and transformation fund” above have 2-4 words; left open)", "said-before"),
 ("The worry was that doing so would be seen as", "others are drowning in debt.", sg, P, sg_r, "body",
  "next line of her quote (left open; the nested ‘rewarding failure’ has 2 words)", "continuation"),
 ("What this means in practice is that the cash rich trusts", "improving their services while the o", sg, P, sg_r, "body",
  "next line of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

lb = "Louise Barnett"; lb_r = "interim chief executive at the trust"
f("final-cost-of-peterborough-city-hospital-could-be-close-to-2bn.txt", [
 ("The trust has significant financial challenges and we are responsible", "including our PFI costs.", lb, P, lb_r, "body",
  "'She said: “...' (she = Louise Barnett, 'the interim chief executive at the trust', two paragraphs before; left open)", "pronoun"),
 ("We are working with our regulator and healthcare partners", "what we need to deliver the plan.", lb, P, lb_r, "body",
  "next paragraph of her quote (left open)", "continuation"),
 ("The trust has to make significant savings and is absol", None, lb, P, lb_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

pshft = "Peterborough and Stamford Hospitals NHS Trust"
f("peterborough-city-hospital-pfi-cost-threat-to-trust.txt", [
 ("Our twin priorities remain delivering the very best patient care,", "over the course of this financial year.", pshft, O, "", "body",
  "'The Trust added: \"...\"' (the Trust = Peterborough and Stamford Hospitals NHS Trust, named above and the subject of 'The Trust said ...' in the paragraph before; \"not financially sustainable\", \"clinically\" and the crosshead's 'substantial' have 1-3 words)", "description"),
 ("This report clearly shows that Peterborough and Stamford Hospital", None, "Stephen Hay", P, "from Monitor", "body",
  "'Stephen Hay, from Monitor, said: \"...'; cut off by the end of the excerpt", "said-before"),
])

jm2_r = "chief executive of Northumbria Healthcare NHS Foundation Trust"
f("hexham-hospital-changes-hands-private.txt", [
 ("As we become the rightful owner of Hexham hospital,", "for our trust and our patients.", jm, P, jm2_r, "body",
  "'Jim Mackey, chief executive of Northumbria Healthcare NHS Foundation Trust, said: “...' (left open)", "said-before"),
 ("We are immensely proud that we are the first trust", "continue to invest in patient care.", jm, P, jm2_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("With ever-increasing financial pressures on the NHS,", "bring down our borrowing costs.", jm, P, jm2_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("It is down to our stable financial position", "bring this deal to fruition.", jm, P, jm2_r, "body",
  "next paragraph of his quote, closed", "continuation"),
])

mpw = "Malcolm Prowle"; mpw_r = "expert in public sector finance at Nottingham Trent University Business School"
f("sherwood-forest-nhs-trust-debt-increases-by-2m.txt", [
 ("extremely concerned by the very serious issues facing the trust", None, "Monitor", O, "", "body",
  "'... after a letter from the independent health regulator group Monitor stated it was \"...\".' (a letter's words are its writer's; built into the writer's sentence; the crosshead 'Radical changes' has 2 words)", "fragment"),
 ("You're looking at things like rationalisation of services", "other parts of the country", mpw, P, mpw_r, "body",
  "'\"...\" he said.' (he = Malcolm Prowle, 'an expert in public sector finance at Nottingham Trent University Business School', the paragraph before, whose \"radical changes\" and \"this magnitude\" have 2 words)", "pronoun"),
])

jz = "Jason Zadrozny"; jz_r = "leader of Ashfield District Council"
f("king-s-mill-hospital-s-1m-a-week-bill-for-building-and-maintenance.txt", [
 ("Before a single patient is cared for", "coughing up £1,000,000 a week.", jz, P, jz_r, "body",
  "'Mr Zadrozny, who has been a vocal critic of the contract, said: “...' (named 'the leader of Ashfield District Council, Jason Zadrozny' above, whose “shocking” has 1 word; left open)", "said-before"),
 ("We are paying dearly for a monumental mistake", "borrowed on the never-never.", jz, P, jz_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We are still suffering now.", "getting seriously out of control.", jz, P, jz_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Imagine how many nurses and clinicians", "put into saving lives?", jz, P, jz_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("The Government has announced it is planning to build 40 new hospitals", "biggest financial crisis facing our NHS first.", jz, P, jz_r, "body",
  "a quote paragraph re-opened with no attribution of its own straight after his closed quote (left open)", "continuation"),
 ("When I raised this in 2015, hospital bosses said", "getting far, far worse.", jz, P, jz_r, "body", "next paragraph of that quote (left open)", "continuation"),
 ("It is inconceivable that services will not be affected in b", None, jz, P, jz_r, "body",
  "next paragraph of that quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("barts-health-s-loan-repayments-second-highest-in-london.txt", [
 ("For far too long, dealing with PFI debt has been put in the ‘too difficult’ box.", None, "Sadiq Khan", P, "", "body",
  "'Mr Khan said: “...' (Sadiq Khan, named above; 'The Labour hopeful' is an epithet, not a role; left open; the nested ‘too difficult’ has 2 words, the 'Most Read' list's 'murdered with stolen sword' has 3 and “At t below is cut off after 2 tokens)", "said-before"),
])

dlo = "David Loughton"; dlo_r = "chief executive"
f("wolverhamptons-new-cross-hospital-going-into-red-to-save-jobs.txt", [
 ("We insist on making no cuts whatsoever to our staffing numbers.", None, dlo, P, dlo_r, "body",
  "'..., with Mr Loughton pledging: \"...\"' (named 'Chief executive David Loughton' above; the caption line 'New Cross Hospital chief executive, David Loughton' has no quote)", "said-before"),
 ("We are not alone with the financial deficit", "at the end of the financial year,", dlo, P, dlo_r, "body",
  "'\"...,\" he said.' (he = Mr Loughton, the paragraph before; 'high risk' and 'fly in the face' above have 2-4 words)", "pronoun"),
 ("However despite this our financial position is relatively healthy", "no cuts whatsoever to our staffing numbers.", dlo, P, dlo_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("In fact we are looking to enhance our staffing levels", "for the start of 2015/16.", dlo, P, dlo_r, "body",
  "next paragraph of his quote, closed", "continuation"),
 ("When we started contract negotiations we first feared", "so to have go", dlo, P, dlo_r, "body",
  "a quote paragraph re-opened with no attribution of its own straight after his closed quote; cut off mid-word by the end of the excerpt", "continuation"),
])

ow = "Owen Williams"; ow_r = "chief executive of Calderdale and Huddersfield NHS Trust"
f("hospital-trust-struggling-to-make-cuts.txt", [
 ("The level of financial challenge we’ve got to face right now", "fundamentally unprecedented.", ow, P, ow_r, "body",
  "'Mr Williams said: “...' (Owen Williams, 'chief executive of Calderdale and Huddersfield NHS Trust', the paragraph before; the headline's ‘struggling’ and ‘Balanced Plan’ have 1-2 words; left open)", "said-before"),
 ("We’re living in a completely different world", "come across before.", ow, P, ow_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We’ve already gone back to our regulator", "planning for a deficit.", ow, P, ow_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("But ultimately we’ll look to see what we can do", "really hard ask.", ow, P, ow_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We’ve been asked to put in an additional £1.5 million", "their ability to do training", ow, P, ow_r, "body",
  "'Mr Williams said: “...'; cut off by the end of the excerpt", "said-before"),
])

f("jeremy-hunt-announces-clampdown-on-expensive-staffing-agencies-nhs.txt", [
 ("It's outrageous that taxpayers are being taken for a ride", "£3,500 a shift for a doctor", jh, P, "health secretary", "caption",
  "caption line 'Hunt: '...'' under the photo line 'jeremy hunt' (role from 'a move the health secretary intends' in the lead; the headline's 'Expensive Staffing Agencies' and 'Ripping Off The NHS' and the lead's two quotes have 3-4 words)", "caption"),
 ("Expensive staffing agencies are quite simply ripping off the NHS.", "£3,500 a shift for a doctor.", jh, P, "health secretary", "body",
  "'Hunt said: \"...\"' (\"over-reliance\" above has 1 word)", "said-before"),
 ("beat the agencies at their own game.", None, jh, P, "health secretary", "body",
  "'The health secretary promised to use the vast size of the NHS to bargain down rates and “...”' (built into the writer's sentence; the full stop is inside the marks)", "fragment"),
])

f("barts-london-hospital-trust-biggest-overspend-nhs-history.txt", [
 ("These forecast deficits provide further evidence", "costs of a major PFI development,", "Prof Chris Ham", P,
  "chief executive of the independent health thinktank, the King’s Fund", "body",
  "'“...,” said Prof Chris Ham, chief executive of the independent health thinktank, the King’s Fund.'", "said-after"),
])

label_table.build(R, prefix="AF", split="heldout31", out="eval/quotes/heldout31.jsonl")
