"""Build heldout4.jsonl (the fourth held-out attribution set, over eval/corpus7) from
the hand-written label table below.

Same method as build_heldout3.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled.  Speakers, roles, types,
patterns and evidence were decided by hand from the article text alone; the script
only locates the text.

Run:  python3 eval/quotes/build_heldout4.py   (writes eval/quotes/heldout4.jsonl)
"""
import label_table
from label_table import P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern)
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus7/")

# ---------------------------------------------------------------------------
wg = "A spokesman for the Welsh Government"
f("all-nhs-hospital-car-park-charges-have-been-scrapped-but-only-in-wales.txt", [
 ("a fairer and more consistent car parking policy for hospitals across Wales", None, "Edwina Hart", P,
  "then health minister", "body",
  "'with the then health minister Edwina Hart saying it would mean ‘...’'", "fragment"),
 ("We are pleased to see free parking", "all hospitals in Wales.", wg, D, "", "body",
  "'A spokesman for the Welsh Government said:' (unnamed); the paragraph is left open", "said-before"),
 ("Car parking charges are often an unfair expense", "staff or visitors.", wg, D, "", "body",
  "next paragraph of the spokesman's quote (re-opened with ‘, left open)", "continuation"),
 ("Free parking provides a fairer", "approach to parking policy.", wg, D, "", "body",
  "last paragraph of the spokesman's quote (closed)", "continuation"),
])

mh = "Matt Hancock"; mh_r = "the health and social care secretary"
f("analysis-what-people-are-saying-about-the-nhs-long-term-plan.txt", [
 ("The NHS long term plan, backed by a historic commitment", "staff across the country.", mh, P, mh_r, "body",
  "'Matt Hancock, the health and social care secretary, said:' (under the sector heading 'Politics' and the line 'Department of Health and Social Care')", "said-before"),
 ("Whether it’s treating ever more people", "or giving", mh, P, mh_r, "body",
  "'He said:' after the repeated lines 'Department of Health and Social Care' / 'Matt Hancock' / 'Matt Hancock' (He = Matt Hancock); cut off by the end of the excerpt", "pronoun"),
])

f("bma-backs-gps-who-wish-to-take-legal-action-against-capita.txt", [
 ("ongoing issues due to poor delivery", None, "BMA", O, "", "body",
  "'In November the BMA highlighted what it called PCSE’s “...” by Capita'", "fragment"),
 ("left with no option but to support practices", "legal routes to seek resolution.", "BMA’s General Practitioners Committee", O, "", "body",
  "'In a letter to Simon Stevens ... the BMA’s General Practitioners Committee said that ... it was “...”' (the committee's chair wrote the letter, but the article gives the words to the committee)", "fragment"),
])

f("boris-johnson-calls-on-healthcare-teams-to-improve-mmr-vaccine-uptake.txt", [
 ("Many of these cases were acquired abroad", "under-vaccinated communities,", "Department of Health and Social Care", O, "", "body",
  "''...,' it added' (it = the Department of Health and Social Care (DHSC), which 'said' the figures in the sentence before)", "pronoun"),
])

go = "George Osborne"; go_r = "Chancellor"
f("budget-2016-oliver-hails-tax-on-high-sugar-drinks.txt", [
 ("I am not prepared to look back", "and we did nothing’.", go, P, go_r, "body",
  "'Mr Osborne said:' (George Osborne, the Chancellor); contains a nested quote", "said-before"),
 ("I’m sorry. We knew there was a problem", "and we did nothing", "", N, "", "body",
  "nested inside Osborne's quote: what he is 'not prepared to ... say to my children’s generation' (hypothetical words nobody has said)", "other"),
 ("profound move that will ripple around the world", None, "Jamie Oliver", P, "Celebrity chef", "body",
  "'Celebrity chef Jamie Oliver ... described the announcement as a “...”'", "fragment"),
])

sj = "Sheila Jones"
f("calls-for-improvements-to-ambulance-response-times.txt", [
 ("My husband and I were out walking", "worrying for his life.", sj, P, "", "body",
  "'Sheila Jones, of Rhos-on-Sea near Colwyn Bay, spoke of when her husband Rhys had a heart attack ...:'; the paragraph is left open", "said-before"),
 ("A whole 1 hour and 18 minutes passed", "‘acute cardiac episode’.", sj, P, "", "body",
  "next paragraph of Sheila Jones's quote (closed); the nested ‘acute cardiac episode’ has 3 words", "continuation"),
])

f("calls-for-junk-food-advertising-ban.txt", [
 ("truly shocking abdication of the Government’s duties", "of the next generation", "One campaign group", D, "", "body",
  "'One campaign group described the plan as a ‘...’' (the group is not named; a named campaign spokesman later uses similar but not identical words)", "fragment"),
 ("This is a truly shocking abdication", "include marketing restrictions.", "Malcolm Clark", P, "Children’s Food Campaign spokesman", "body",
  "'Malcolm Clark, Children’s Food Campaign spokesman, said:'", "said-before"),
 ("This is a welcome first step", "tackle childhood obesity.", "Mike Coupe", P, "Sainsbury’s chief executive", "body",
  "'Sainsbury’s chief executive Mike Coupe said:'", "said-before"),
 ("Being overweight has become the norm.", "unhealthy or not.", "Dr David White", P, "NHS East Lancashire GP clinical lead", "body",
  "'He said:' (He = Dr David White, NHS East Lancashire GP clinical lead, introduced in the paragraph before)", "pronoun"),
 ("People are dying unnecessarily", "sugar. People are", "Graham Jones", P, "Hyndburn MP", "body",
  "'Hyndburn MP Graham Jones, a longstanding critic of the government’s obesity policies, said:'; cut off by the end of the excerpt", "said-before"),
])

f("camerons-biggest-broken-promise-on-the-nhs.txt", [
 ("It's our National Health Service.", "That's not going to change.", "David Cameron", P, "", "body",
  "'David Cameron's pledge in November 2014, when he told the BBC \"...\"' (he = David Cameron; no role given)", "pronoun"),
 ("This is yet more evidence of the increasing privatisation", "10% of the NHS budget.", "Clive Peedell", P,
  "leader of the National Health Action Party", "body",
  "'Commenting on the latest Virgin takeover, Clive Peedell, leader of the National Health Action Party, told OurNHS:' on the line above the quote paragraph", "said-before"),
])

oha = "Obesity Health Alliance"
f("campaigners-slam-governments-obesity-strategy.txt", [
 ("Even after delaying publication for a whole year", "tackle childhood obesity,", oha, O, "", "body",
  "'\"...,\" said the Obesity Health Alliance, a coalition of 33 leading national charities, Medical Royal Colleges, and campaign groups'", "said-after"),
 ("broad, structured sugar reduction programme", None, "the government", O, "", "body",
  "'Under the plan, the government is to introduce ... It will also launch a \"...\"' (It = the government; the words of its plan)", "fragment"),
 ("will not tackle the obesity crisis", "unsustainable costs to the NHS,", oha, O, "", "body",
  "'However, the measures on their own \"...,\" the Alliance warns' (the quote carries on the writer's clause)", "fragment"),
])

cn = "Dr Chaand Nagpaul"; cn_r = "BMA GP committee chair"
f("capita-records-system-chaotic-mess-says-bma.txt", [
 ("The crucial GP patient record system", "an effective service.", cn, P, cn_r, "body",
  "'Dr Chaand Nagpaul, BMA GP committee chair, said:'; the paragraph is left open", "said-before"),
 ("These mistakes are putting patient care", "sent to GP practices.", cn, P, cn_r, "body",
  "next paragraph of Dr Nagpaul's quote", "continuation"),
 ("The government needs to get a grip", "in a chaotic mess.", cn, P, cn_r, "body",
  "last paragraph of Dr Nagpaul's quote (closed)", "continuation"),
])

jdr = "John Drake"; jdr_r = "UNISON regional organiser"
f("controversial-virgin-care-contract-approved.txt", [
 ("It’s time to move forward together", "shone throughout.", jdr, P, jdr_r, "body",
  "'UNISON regional organiser John Drake said:' on its own line above the quote paragraph", "said-before"),
 ("But staff are anxious about Virgin Care taking over.", "their dedicated work.", jdr, P, jdr_r, "body",
  "next paragraph of John Drake's quote", "continuation"),
 ("Employees need clear recognition from Virgin", "community deserve.", jdr, P, jdr_r, "body",
  "last paragraph of John Drake's quote (closed)", "continuation"),
])

jw = "Janet Williamson"; jw_r = "deputy chief inspector of general practice and dentistry, in CQC’s Central region"
f("cqc-places-two-gp-surgeries-into-special-measures.txt", [
 ("We found significant areas of concern including", "into special measures,", jw, P, jw_r, "body",
  "''...,' said Janet Williamson, deputy chief inspector of general practice and dentistry, in CQC’s Central region.'", "said-after"),
 ("I am hopeful the practice will take", "taking further action,", jw, P, jw_r, "body",
  "''...,' she warned.' (she = Janet Williamson, previous paragraph)", "pronoun"),
])

rh = "Dr Rob Harwood"; rh_r = "BMA chair of the consultant committee"
f("doctors-call-for-urgent-pension-reform.txt", [
 ("It cannot be right that doctors working extra hours", "extra hours worked.", rh, P, rh_r, "body",
  "'BMA chair of the consultant committee Dr Rob Harwood says:'; the paragraph is left open", "said-before"),
 ("Given the refusal of both the government", "unfairly impacting them.", rh, P, rh_r, "body",
  "next paragraph of Dr Harwood's quote", "continuation"),
 ("Unless action is taken, our only option", "trying to avoid.", rh, P, rh_r, "body",
  "last paragraph of Dr Harwood's quote (closed)", "continuation"),
 ("Most schemes and employers have the flexibility", "help of an adviser.", "Ian Browne", P, "Quilter pensions expert", "body",
  "'Reacting to the letter Quilter pensions expert Ian Browne says:'; the next paragraph ('But in the case') has 4 words before the end of the excerpt", "said-before"),
])

bma = "British Medical Association"
f("doctors-could-start-working-part-time-over-pension-rules-warns-bma.txt", [
 ("We strongly urge you to take urgent action", "sustainability of the NHS,", bma, O, "", "body",
  "''...,' the letter stated.' (the letter the BMA 'has warned in' to the chancellor; presented throughout as the association's)", "description"),
 ("Astonishingly, as a result of these annual allowance", "working part-time.", bma, O, "", "body",
  "'Signed by Dr Gary Wannan, acting chair of BMA consultants committee, the letter added:' (the same BMA letter; the signatory is named but the words stay the letter's)", "description"),
 ("four-, five- and six-figure charges", "other tax charges", bma, O, "", "body",
  "'The BMA said that with defined benefit schemes ... this means “...\"' (opened with “ and closed with \")", "fragment"),
 ("regular annual allowance charges have now become", "all full-time consultants", bma, O, "", "body",
  "'It added that “...”' (It = the BMA, previous sentence)", "fragment"),
])

ej = "Eleanor Jackson"; ej_r = "Local councillor"
f("does-the-end-of-the-nhs-start-here.txt", [
 ("Make no mistake about it", "in this country,", ej, P, ej_r, "body",
  "''...,' Local councillor Eleanor Jackson told the Daily Mirror.'", "said-after"),
 ("The Tories have let us all down", "just a horrifying decision.", ej, P, ej_r, "body",
  "next paragraph of Eleanor Jackson's quote (closed)", "continuation"),
 ("I worry that an area as complex as adult social care", "the public purse.", "Paula Sherriff", P, "Labour MP", "body",
  "'She said, “...”' (She = Sherriff, i.e. Labour MP Paula Sherriff, two paragraphs before)", "pronoun"),
])

jm = "Dr Johann Malawana"; jm_r = "chairman of the BMA’s junior doctor committee"
f("fury-as-jeremy-hunt-imposes-controversial-new-contract-on-junior.txt", [
 ("The decision to impose a contract is a sign", "the government’s part.", jm, P, jm_r, "body",
  "'Reacting to Mr Hunt’s decision Dr Johann Malawana, chairman of the BMA’s junior doctor committee, said:'; the paragraph is left open", "said-before"),
 ("Instead of working with the BMA", "put forward by the BMA.", jm, P, jm_r, "body",
  "next paragraph of Dr Malawana's quote", "continuation"),
 ("Instead it wants to impose a flawed contract", "in the health secretary.", jm, P, jm_r, "body",
  "last paragraph of Dr Malawana's quote (closed)", "continuation"),
])

f("government-cuts-public-health-budget-by-85-million.txt", [
 ("The announcement of further cuts to the public health budget", "separation of the pro-public", "Dr Olwen Williams", P,
  "BASHH president", "body",
  "'Commenting on the cuts, BASHH president, Dr Olwen Williams said:“...' (no space after the colon); cut off by the end of the excerpt", "said-before"),
])

gov = "the government"
f("government-widely-criticised-over-compromise-childhood-obesity.txt", [
 ("significantly reduce England’s rate of childhood obesity", "within the next ten years", gov, O, "", "body",
  "'The report sets out an objective to \"...\"' (the report = the government's childhood obesity strategy)", "fragment"),
 ("respecting consumer choice, economic realities", "our need to eat.", gov, O, "", "body",
  "same sentence: 'while also \"...\"' (still the strategy's objective)", "fragment"),
 ("Although we are clear in our goals", "rather than the final word.", gov, O, "", "body",
  "'It adds:' (It = the report, i.e. the government's strategy)", "pronoun"),
 ("disappointed the Government wishes to proceed", "levels of obesity.", "Gavin Partington", P,
  "British Soft Drinks Association director general", "body",
  "'British Soft Drinks Association director general Gavin Partington said he was \"...' (never closed; runs to the end of the paragraph)", "fragment"),
 ("disappointing diversion from effective measures to tackle obesity.", None, "Ian Wright", P,
  "director general of the Food and Drink Federation", "body",
  "'Ian Wright, director general of the Food and Drink Federation, called the tax a \"...\"'", "fragment"),
 ("Advertising has already taken action", "online or elsewhere,", "Tim Lefroy", P, "AA chief executive", "body",
  "'\"...,\" said Lefroy.' (AA chief executive Tim Lefroy, previous paragraph)", "said-after"),
 ("We hope this announcement signals", "will get us fu", "Tim Lefroy", P, "AA chief executive", "body",
  "second quoted sentence after 'said Lefroy' in the same paragraph; cut off by the end of the excerpt", "continuation"),
])

sf = "Prof Steve Field"; sf_r = "chief inspector of general practice"
rv = "Dr Richard Vautrey"; rv_r = "Deputy Chair of the BMA's GP Committee"
ft = "Fiona Tinsley"; ft_r = "Medical Negligence Solicitor at Mercury Legal"
f("gp-practices-placed-special-measures.txt", [
 ("It is disappointing that we have found any", "opportunity to improve.", sf, P, sf_r, "body",
  "'The chief inspector of general practice, Prof Steve Field, said:'; the paragraph is left open", "said-before"),
 ("In each case, we have found significant areas of concern.", None, sf, P, sf_r, "body",
  "next paragraph of Prof Field's quote (re-opened and left open)", "continuation"),
 ("Such practices often work in very challenging situations", "makes matters worse.", rv, P, rv_r, "body",
  "'Deputy Chair of their GP Committee, Dr Richard Vautrey, said:' (their = the British Medical Association (BMA), previous paragraph)", "said-before"),
 ("It also makes it doubly difficult", "resolve the problem.", rv, P, rv_r, "body",
  "next paragraph of Dr Vautrey's quote (closed)", "continuation"),
 ("It is very concerning that the CQC has found", "into special measures.", ft, P, ft_r, "body",
  "'Fiona Tinsley, Medical Negligence Solicitor at Mercury Legal, said:'", "said-before"),
 ("Every day here at Mercury Legal", "and therefore welcom", ft, P, ft_r, "body",
  "next paragraph of Fiona Tinsley's quote (cut off by the end of the excerpt)", "continuation"),
])

f("gps-decry-capitas-privatised-backup-services-as-shambles.txt", [
 ("Local GPs are reporting to the BMA", "even prescription pads", cn, P, "the chair of the BMA’s GPs committee", "body",
  "'“...”, said Dr Chaand Nagpaul, the chair of the BMA’s GPs committee.'", "said-after"),
])

jh = "Jeremy Hunt"; jh_r = "Health Secretary"
ab = "Dr Aaron Borbora"; ab_r = "represents junior doctors on Merseyside"
f("health-secretary-will-impose-new-contract-on-junior-doctors.txt", [
 ("The definition of negotiation is discussion", "unwilling to do this.", jh, P, jh_r, "body",
  "'He told the Commons;' on its own line above the quote (He = The Health Secretary, Jeremy Hunt); marks are doubled apostrophes ''...''", "pronoun"),
 ("We don't wish to go down this route.", "further industrial action", ab, P, ab_r, "body",
  "'Dr Aaron Borbora represents junior doctors on Merseyside and told us:' on the line above; doubled apostrophes", "said-before"),
 ("Im very disappointed he's decided", "damaging to the NHS.", ab, P, ab_r, "body",
  "next paragraph straight after Dr Borbora's quote, with no attribution of its own (printed with \" marks)", "continuation"),
])

rhw = "Richard Howson"; rhw_r = "Former chief executive"
f("hospital-delays-a-metaphor-for-carillion-collapse-say-mps.txt", [
 ("It was an exceptional event", "may never have failed,", rhw, P, rhw_r, "body",
  "''...,' he said.' (he = Mr Howson, i.e. former chief executive Richard Howson, in the line before)", "pronoun"),
 ("However, as a competent contractor we chose to rectify that.", None, rhw, P, rhw_r, "body",
  "next paragraph of Mr Howson's quote (closed)", "continuation"),
])

vw = "Dame Vivian Westwood"; vw_r = "fashion designer"
f("hundreds-stand-up-for-the-future-of-the-nhs.txt", [
 ("Bursaries are needed for nurses to survive and thrive,", None, vw, P, vw_r, "body",
  "''...,' she told the demonstration' (she = fashion designer Dame Vivian Westwood, previous paragraph)", "pronoun"),
 ("The government have got their priorities wrong.", "rotten economic policies.", vw, P, vw_r, "body",
  "next paragraph of Dame Vivian Westwood's quote", "continuation"),
 ("The aim of government is to privatise healthcare", "cared for by robots.", vw, P, vw_r, "body",
  "last paragraph of Dame Vivian Westwood's quote (closed)", "continuation"),
 ("The plan to end the bursary is a plan", "going to stand for it.", "Natalie Bennett", P, "Green Party leader", "body",
  "'Green Party leader Natalie Bennett said:'", "said-before"),
])

gm = "Gordon Miles"; gm_r = "RCEM Chief Executive"
f("improvement-in-four-hour-performance-in-latest-rcem-winter-flow.txt", [
 ("It is ironic that – if The Times newspaper", "for emergency departments.", gm, P, gm_r, "body",
  "'Responding to data from the College’s Winter Flow Project ... Gordon Miles, RCEM Chief Executive, said:'; the paragraph is left open", "said-before"),
 ("In the four years that the Winter Flow Project", "complexity of patient demand.", gm, P, gm_r, "body",
  "next paragraph of Gordon Miles's quote", "continuation"),
 ("However, this should not be taken to mean", "deal with the consequences.", gm, P, gm_r, "body",
  "next paragraph of Gordon Miles's quote", "continuation"),
 ("In 2014 the Royal College of Emergency Medicine concluded that:", "protects all A&E patients.", gm, P, gm_r, "body",
  "next paragraph of Gordon Miles's quote; the closing mark at its end closes the nested quote", "continuation"),
 ("Before the introduction of the four-hour standard", "protects all A&E patients.", "Royal College of Emergency Medicine", O, "", "body",
  "nested inside Gordon Miles's quote: 'In 2014 the Royal College of Emergency Medicine concluded that: “...”'", "said-before"),
])

f("junior-doctors-strike-jeremy-hunt-refuses-to-negotiate-over-nhs.txt", [
 ("If you need a hip replacement", "going to continue,", jh, P, jh_r, "body",
  "''...,' Mr Hunt told BBC Radio 4’s Today programme.' (Jeremy Hunt, the Health Secretary)", "said-after"),
 ("People will rightly ask why the BMA", "strike in NHS history.", jh, P, jh_r, "body",
  "next paragraph of Mr Hunt's quote (closed)", "continuation"),
 ("The judgment that I have to take", "further away?", jh, P, jh_r, "body",
  "''...?' he said.' (he = Mr Hunt, who is the subject of the paragraph before)", "pronoun"),
 ("My judgment is to proceed with the contracts", "willing to talk.", jh, P, jh_r, "body",
  "next paragraph of Mr Hunt's quote (closed)", "continuation"),
])

rw = "Ruth Wilkinson"; rw_r = "Cancer patient"
eb = "Elspeth Bowden"; jg = "Jo Green"; bb = "Ben Butler"
f("junior-doctors-strike-round-bristol.txt", [
 ("They warned me it was going to be happening.", None, rw, P, rw_r, "body",
  "second quoted sentence after '“They’ve been marvellous,” she said.' (she = cancer patient Ruth Wilkinson; the first sentence has 3 words); left open", "continuation"),
 ("When I had cancer all the doctors and nurses", "fully behind them.", rw, P, rw_r, "body",
  "next paragraph of Ruth Wilkinson's quote (closed)", "continuation"),
 ("The doctors work so hard.", "start paying the doctors.", eb, P, "", "body",
  "'She said:' (She = Elspeth Bowden, 52, from Shirehampton, introduced in the paragraph before); left open", "pronoun"),
 ("They saved my son’s life", "They’ve been wonderful.", eb, P, "", "body",
  "next paragraph of Elspeth Bowden's quote (closed)", "continuation"),
 ("They should definitely be on strike.", None, jg, P, "", "body",
  "'Her friend Jo Green, 43, also from Shirehampton, added:'", "said-before"),
 ("They work so tirelessly and hopefully", "got brain cancer.", jg, P, "", "body",
  "next paragraph of Jo Green's quote (closed)", "continuation"),
 ("It’s alright in there but we’re not getting many answers.", None, bb, P, "", "body",
  "'He said:' (He = Ben Butler, 73, introduced in the paragraph before)", "pronoun"),
 ("I see where the government is coming from", "doing it too.", bb, P, "", "body",
  "next paragraph of Ben Butler's quote", "continuation"),
 ("They should hire more so people can do better shifts", None, bb, P, "", "body",
  "next paragraph of Ben Butler's quote (cut off by the end of the excerpt)", "continuation"),
])

f("just-what-does-it-take-to-get-an-ambulance.txt", [
 ("Ambulance services must respond in a timely", "a matter of life", "Rachel Power", P, "of the Patients Association", "body",
  "same paragraph as 'Rachel Power, of the Patients Association, last night said the Mail’s figures were matter of a ‘profound concern’ and called for ...'; the quote follows with no verb of its own and is cut off by the end of the excerpt", "said-before"),
])

f("lives-at-risk-from-long-ambulance-delays.txt", [
 ("It is worrying that response times", "it is worse.", "One Shropshire councillor", D, "", "body",
  "'One Shropshire councillor said:' (unnamed)", "said-before"),
])

f("mental-health-improvements-must-go-much-further-much-faster.txt", [
 ("Local authorities currently do little to nothing", "as part of their remit", "Paul Farmer", P, "Mind CEO", "pull quote",
  "pull quote between paragraphs, unattributed there; the same words open a sentence of the article below, which is Paul Farmer's own piece ('Paul Farmer, Mind CEO, outlines the charity’s priorities ...')", "other"),
])

f("mmr-jab-measles-and-needles-in-vaccination-battle.txt", [
 ("one of the worst health threats facing humanity", None, "World Health Organisation", O, "", "body",
  "'the World Health Organisation called the anti-vaccine movement “...”'", "fragment"),
 ("part of the fake news movement", None, "Simon Stevens", P, "NHS chief executive", "body",
  "'with NHS chief executive Simon Stevens also blaming anti-vaccine messages increasing prominence as “...”'", "fragment"),
])

f("national-organisations-call-on-new-government-to-make-mental.txt", [
 ("The Queen's speech this week set out", "improving the lives of peop", "the leaders of our organisations", D, "", "body",
  "'Speaking jointly, the leaders of our organisations said:' on the line above (the leaders of the six organisations that produced the plan; none is named); cut off by the end of the excerpt", "said-before"),
])

mmc = "Martin McShane"; mmc_r = "NHS England director for people with long term conditions"
mw = "Mark Winstanley"; mw_r = "CEO of the charity Rethink Mental Illness"
f("new-cuts-data-provides-yet-more-evidence-that-our-mental-health.txt", [
 ("about much more than just the NHS", None, mmc, P, mmc_r, "body",
  "'Martin McShane, NHS England director for people with long term conditions, said its mandate ... was a five year plan that was “...”'", "fragment"),
 ("In 18 months we have taken action", "new payment systems.", mmc, P, mmc_r, "body",
  "quote paragraph with no attribution of its own straight after Martin McShane's reported speech", "continuation"),
 ("This data is yet more evidence", "take real action?", mw, P, mw_r, "body",
  "'Mark Winstanley CEO of the charity Rethink Mental Illness said:'; the paragraph is left open", "said-before"),
 ("Mental health accounts for 23% of the disease burden", "money could be found.", mw, P, mw_r, "body",
  "next paragraph of Mark Winstanley's quote", "continuation"),
 ("We agree with NHS England that parity of esteem", "rest of the NHS.", mw, P, mw_r, "body",
  "next paragraph of Mark Winstanley's quote", "continuation"),
 ("We know what the problems are", "made it a priority.", mw, P, mw_r, "body",
  "last paragraph of Mark Winstanley's quote (closed)", "continuation"),
])

f("new-wave-of-practice-closures-could-mean-25000-patients-lose-their.txt", [
 ("to address the sustainability and quality of general practice", None, "NHS England", O, "", "body",
  "'NHS England asked all areas to come up with a plan ’...’' (opened with a closing-style mark)", "fragment"),
 ("I’m a firm believer in continuity of care.", "best to close.", "Dr Kevin Newly", P, "single-handed GP in Leicester", "body",
  "'He told Pulse:' (He = Dr Kevin Newly, a single-handed GP in Leicester, previous paragraph)", "pronoun"),
 ("I’ve been here for 13 years", "GPs it’s ju", "Dr Hazel Drury", P, "single-handed GP in North Wales", "body",
  "'Dr Hazel Drury told Pulse she will retire at 45 years old because of the ‘relentless’ workload:' (she is the single-handed GP in North Wales described in the paragraph before, who 'will retire'); cut off by the end of the excerpt", "said-before"),
])

ss = "Simon Stevens"; ss_r = "NHS England’s Chief Executive"
f("nhs-leaders-set-out-vision-for-healthcare-in-england.txt", [
 ("Healthcare in this country has improved dramatically", "dedication of NHS staff.", ss, P, ss_r, "body",
  "'As the Forward View document was published, Mr Stevens told an audience of key stakeholders:' (NHS England’s Chief Executive Simon Stevens, previous paragraph); left open", "said-before"),
 ("But the NHS is now at a crossroads", "over the next five years.", ss, P, ss_r, "body",
  "next paragraph of Mr Stevens's quote", "continuation"),
 ("It is perfectly possible to improve and sustain", "partners to do so.", ss, P, ss_r, "body",
  "last paragraph of that quote (closed)", "continuation"),
 ("We need to get serious on three fronts", "high quality services.", ss, P, ss_r, "body",
  "'He explained:' (He = Mr Stevens)", "pronoun"),
 ("There’s a broad health campaign", "sustain the health service.", ss, P, ss_r, "body",
  "next paragraph of that quote (closed)", "continuation"),
 ("England is too big for a one-size-fits-all plan", "horses for courses.", ss, P, ss_r, "body",
  "'Mr Stevens said the Forward View is not a blueprint ..., adding:'; the nested ‘a thousand flowers bloom’ has 4 words; left open", "said-before"),
 ("The NHS continues to be highly valued", "needs to change in the NHS.", ss, P, ss_r, "body",
  "next paragraph of that quote (closed)", "continuation"),
])

sath = "Shrewsbury and Telford Hospital NHS Trust"
swr = "Simon Wright"; swr_r = "SaTH chief executive"
f("nhs-trust-investigated-over-baby-deaths-writes-to-more-families-to.txt", [
 ("may be potential for further learning", None, sath, O, "", "body",
  "'The trust has written to 12 other families to seek permission ... as there “...”, saying that it made the information public' (the trust = Shrewsbury and Telford Hospital NHS Trust (SaTH))", "fragment"),
 ("The death of any baby is a terrible ordeal", "irresponsible and scaremongering.", swr, P, swr_r, "body",
  "'SaTH chief executive Simon Wright said:'; the paragraph is left open", "said-before"),
 ("This will cause unnecessary anxiety", "would be happy to dis", swr, P, swr_r, "body",
  "next paragraph of Simon Wright's quote (cut off by the end of the excerpt)", "continuation"),
])

f("nurses-to-osborne-its-bursary-or-bust.txt", [
 ("Mr Osborne is creating a workforce", "not the ability to care", "an NHS student attending the protest", D, "", "body",
  "\"'...', said an NHS student attending the protest.\" (unnamed)", "said-after"),
])

jo = "Jamie Oliver"; jo_r = "chef and restauranteur"
f("oliver-applauds-chancellor-for-taking-bold-sugar-tax-step.txt", [
 ("This feels like a victory for Britain's children", "sugary sweetened drinks.", jo, P, jo_r, "body",
  "'Oliver responded to the Budget's result on sugary drinks tax, ‘...' (chef and restauranteur Jamie Oliver); marks are straight apostrophes; left open", "said-before"),
 ("I would love the money to go to food education", "extremely important, bold step.", jo, P, jo_r, "body",
  "next paragraph of Oliver's quote (re-opened, left open)", "continuation"),
 ("I hope that this bravery will continue", "later in the year.", jo, P, jo_r, "body",
  "'Oliver concluded, '...''", "said-before"),
])

f("ourchemist-p-99362.txt", [
 ("We’ve got to stop over-medicalising people.", "won’t cure all problems.", mh, P, mh_r, "body",
  "'As Hancock says, “...”' (the health and social care secretary, Matt Hancock, earlier in the paragraph before); the piece is a GP's column", "said-before"),
])

th = "Dr Taj Hassan"; th_r = "RCEM president"
nhsc = "NHS Confederation"
f("performance-on-a-and-e-target-slips-further.txt", [
 ("What this data illustrates very clearly", "that crisis is getting worse,", th, P, th_r, "body",
  "''...,' said Dr Taj Hassan, RCEM president.'", "said-after"),
 ("Performance that once would have been regarded", "all year round.", th, P, th_r, "body",
  "next paragraph of Dr Hassan's quote (closed)", "continuation"),
 ("Despite this four-hour standard performance", "free up capacity,", th, P, th_r, "body",
  "''...,' Dr Hassan stressed.'", "said-after"),
 ("Four-hour standard performance this week", "cannot get any worse,", nhsc, O, "", "body",
  "''...,' added the NHS Confederation.'", "said-after"),
 ("For the sake of patients and staff", "needs to respond.", nhsc, O, "", "body",
  "next paragraph, straight after the NHS Confederation's quote, with no attribution of its own", "continuation"),
])

sg = "Sandra Gidley"; sg_r = "chair of the RPS English Board"
f("prescriptions-to-rise-to-9-from-april.txt", [
 ("The consequences of the relentless rise", "unnecessary hospital admissions,", sg, P, sg_r, "body",
  "'“...,\" said chair of the RPS English Board Sandra Gidley.' (opened with “, closed with \")", "said-after"),
 ("Every day pharmacists are asked by patients", "the medicines they need.", sg, P, sg_r, "body",
  "next paragraph of Sandra Gidley's quote (closed); the nested 'do without' has 2 words", "continuation"),
 ("Prescriptions are free in Scotland", "affecting their health.", sg, P, sg_r, "body",
  "'Gidley continued, “...”'", "said-before"),
])

izs = "Councillor Izzi Seccombe"; izs_r = "chairman of the LGA's community well-being board"
f("sexual-health-clinics-at-tipping-point-after-government-cuts-and.txt", [
 ("While it is encouraging that more and more people", "resource issues for councils.", izs, P, izs_r, "body",
  "'Councillor Izzi Seccombe, chairman of the LGA's community well-being board, said:'; the paragraph is left open", "said-before"),
 ("We are concerned that this will see waiting times", "patient experience deteriorate.", izs, P, izs_r, "body",
  "next paragraph of Cllr Seccombe's quote", "continuation"),
 ("The reduction in public health funding could also", "respond to unforeseen ou", izs, P, izs_r, "body",
  "next paragraph of Cllr Seccombe's quote (cut off by the end of the excerpt)", "continuation"),
])

tc = "Tracey Crouch"; tc_r = "Department for Culture, Media, Sport and Digital minister"
f("social-prescribing-to-charities-set-for-national-roll-out.txt", [
 ("universal national offer in GP practices", None, gov, O, "", "body",
  "'The strategy pledges that within five years the government will support ... including a “...”' (the government’s strategy for tackling loneliness)", "fragment"),
 ("This will be achieved by embedding link workers", "services or support,", gov, O, "", "body",
  "''...,' states the strategy.' (the government’s loneliness strategy)", "description"),
 ("This support will be available within every primary care network", "their physical health.", gov, O, "", "body",
  "next paragraph of the strategy's quoted text (closed)", "continuation"),
 ("Our Strategy sets out a powerful vision", "happier and healthier lives.", tc, P, tc_r, "body",
  "'Department for Culture, Media, Sport and Digital minister Tracey Crouch, who was made minister for loneliness in January, said:'", "said-before"),
])

f("surprise-sugar-tax-will-have-profound-worldwide-impact-on.txt", [
 ("profound move that will ripple around the world", None, "Jamie Oliver", P, "Celebrity chef", "body",
  "'Celebrity chef Jamie Oliver has welcomed a tax on sugary drinks, saying it is a \"...\"'", "fragment"),
 ("We did it guys!! we did it!!!", "our Kids health !!", "Jamie Oliver", P, "Celebrity chef", "body",
  "'Oliver took to Twitter and Instagram to praise the plan, saying on Instagram:'; the paragraph is left open", "said-before"),
 ("Our kids health comes first", "Amazing news.", "Jamie Oliver", P, "Celebrity chef", "body",
  "next paragraph of the Instagram post (closed)", "continuation"),
 ("Delighted to see action on sugary drinks", "a clear incentive to red", "Sarah Wollaston", P, "Tory MP", "body",
  "'Tory MP Sarah Wollaston, who chairs the Commons health committee, said on Twitter:'; cut off by the end of the excerpt", "said-before"),
])

ejs = "Dr Eamonn Jessup"; ejs_r = "a former partner in Prestatyn, North Wales"
f("the-full-story-on-how-practices-are-closing-in-record-numbers.txt", [
 ("We were highly profitable, it was a very good", "an elderly population,", ejs, P, ejs_r, "body",
  "'‘...,’ says Dr Eamonn Jessup, a former partner in Prestatyn, North Wales.'", "said-after"),
 ("The problem was, four out of nine partners", "decided to give our notice.", ejs, P, ejs_r, "body",
  "next paragraph of Dr Jessup's quote (closed); contains a nested quote", "continuation"),
 ("I’m going to be 62, do I really want", "patients on my head?", ejs, P, ejs_r, "body",
  "nested inside Dr Jessup's quote: 'And then I thought “...”' (his own thought, quoted by himself)", "fragment"),
])

tm = "Theresa May"; tm_r = "Prime Minister"
f("theresa-may-patients-will-benefit-from-world-class-nhs-in-10-years.txt", [
 ("The NHS has always been the country’s most beloved", "world-class treatments.", tm, P, tm_r, "body",
  "'Writing in the Mail on Sunday, she said:' (she = Mrs May, the Prime Minister, previous paragraphs); left open", "pronoun"),
 ("Backed by our record investment", "people’s priorities.", tm, P, tm_r, "body",
  "next paragraph of Mrs May's article (closed)", "continuation"),
])

mhs = "Secretary of State for Health and Social Care"
hsl = "Helen Stokes-Lampard"
f("uk-government-pledge-to-invest-in-social-prescribing.txt", [
 ("have access to the widest range of evidence-based options", None, mh, P, mhs, "body",
  "'Mr Hancock told The Times that he wanted clinicians to “...”' (new Secretary of State for Health and Social Care, Matt Hancock)", "fragment"),
 ("Evidence has shown the potential benefits", "other NHS services.", mh, P, mhs, "body",
  "'He said:' (He = Mr Hancock, same paragraph)", "pronoun"),
 ("The standard ten-minute GP consultation", "to properly deliv", hsl, P, "RCGP chairwoman", "body",
  "quote paragraph with no attribution of its own straight after 'RCGP chairwoman, Helen Stokes-Lampard has however voiced her concerns on how ...'; cut off by the end of the excerpt", "continuation"),
])

mp = "Mike Proctor"; mp_r = "deputy chief executive of York Teaching Hospital NHS Foundation Trust"
f("waits-for-emergency-care-are-worst-for-10-years-figures-show.txt", [
 ("I’m seeing pressures in the system", "never experienced before.", mp, P, mp_r, "body",
  "'Mike Proctor, deputy chief executive of York Teaching Hospital NHS Foundation Trust, which runs Scarborough Hospital, told the BBC, “...' (the text is run together on one line; a new opening mark follows, marking a merged paragraph break)", "said-before"),
 ("When I came to the hospital this morning", "for them to go to.", mp, P, mp_r, "body",
  "next (merged) paragraph of Mike Proctor's quote; a further opening mark follows it", "continuation"),
])


def build():
    return label_table.build(R, prefix="M", split="heldout4", out="eval/quotes/heldout4.jsonl")


if __name__ == "__main__":
    recs = build()
    print(len(recs), "records")
