"""Build heldout42.jsonl (the forty-second held-out attribution set, over eval/corpus47) from
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

Run:  python3 eval/quotes/build_heldout42.py   (writes eval/quotes/heldout42.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus47/")

# ---------------------------------------------------------------------------
bj = "Boris Johnson"
f("boris-johnson-says-his-350-million-a-week-brexit-claim-was-an-underestimate.txt", [
 ("We grossly underestimated the sum,", None, bj, P, "", "standfirst",
  "summary bullet '“...,” Johnson told The Guardian.' (named 'Boris Johnson' in the bullet above; 'the foreign secretary' in the text is a description, not an apposition to his name, so no role)", "said-after"),
 ("we send the EU £350 million a week, let’s fund our NHS instead", None, "", N, "", "body",
  "'the bus which had the slogan “...” emblazoned on the side' (a campaign slogan painted on a bus, nobody's speech; “potentially misleading” below has 2 words)", "other"),
 ("clear misuse of official statistics", None, "FullFact", O, "", "body",
  "'FullFact described the claim as a \"...\" in September 2017' (built into the writer's sentence; the article gives the words to FullFact)", "fragment"),
 ("There was an error on the side of the bus.", "take back control,", bj, P, "", "body",
  "'\"...,\" Johnson, who played a lead role in the Brexit campaign, told The Guardian.' (the relative clause is not a role)", "said-after"),
 ("As and when the cash becomes available", "top of the list.", bj, P, "", "body",
  "a quote paragraph with no attribution of its own straight after his reported speech ('The government will be able to \"take back control\" of this money and spend it on the NHS, he added.'; \"take back control\" has 3 words)", "continuation"),
 ("He spent the entire r", None, "Matthew Pennycook", P, "Labour shadow Brexit minister", "body",
  "a quote paragraph straight after 'Labour shadow Brexit minister, Matthew Pennycook, accused Johnson of having no shame.' (his reported speech); cut off mid-word after 5 tokens by the end of the excerpt", "continuation"),
])

vl = "Vote Leave"
f("boris-johnsons-brexit-bus-is-peddling-a-lie-we-dont-send-eu-350m-a-week.txt", [
 ("send EU £350m a week", None, "", N, "", "headline",
  "headline 'we don’t ‘...’' (the wording of the bus slogan the body quotes, echoed by the writer; nobody's speech in the headline; the standfirst's 'misleading' and ‘battle bus’ below have 1-2 words)", "other"),
 ("We send the EU £350 million a week", None, "", N, "", "body",
  "'A message printed on the bus reads:' then the slogan over two lines, opened here and left open (a campaign slogan on a bus, nobody's speech)", "other"),
 ("let’s fund our NHS instead. Vote Leave.", None, "", N, "", "body",
  "second line of the bus message, closed (slogan, nobody's speech)", "other"),
 ("We send £350 million a week to the EU – enough", "new hospital every week", vl, O, "", "body",
  "'Vote Leave’s newsletter today (and most days) says, ‘...’' (the campaign's newsletter; a document's words are its publisher's)", "said-before"),
 ("we send £350 million a week to the EU", None, vl, O, "", "body",
  "'So is Vote Leave correct to say ‘...’ before the rebate is deducted?' (built into the writer's question; ‘weekly’ above has 1 word)", "fragment"),
 ("The UK doesn’t pay or ‘send to Brussels’", "contributes this much.", "Full Fact", O, "", "body",
  "'As Full Fact notes:' on the line above (the nested ‘send to Brussels’ has 3 words)", "said-before"),
 ("Without further explanation I consider", "without such explanation.", "UK Statistics Authority", O, "", "body",
  "'the UK Statistics Authority wrote to Dominic Cummings, campaign director for Vote Leave, yesterday to underline the point. He said:' ('He' has no antecedent but Cummings, the letter's recipient; the quoted words are the Authority's letter calling Vote Leave's statements misleading, and no writer is named, so they are given to the Authority; ‘£350 million’ above has 2 words; left open, and the next paragraph, 'Given the high level of public intere', has no marks and is cut off, so it is not labelled)", "pronoun"),
])

f("calls-to-scrap-immoral-nhs-fee-for-foreign-staff.txt", [
 ("no less from whichever party forms the next UK government", None,
  "The Royal College of Nursing (RCN), British Medical Association (BMA) and Royal College of Physicians", D, "", "body",
  "'In the letter, shared with the Guardian, they tell the prime minister ... They call for ... and say it expected “...”.' (they = the three bodies that 'written to Johnson'; three bodies, so a description speaker; built into the writer's sentence; ‘immoral’, “covering all professions” and “the pernicious” have 1-3 words)", "fragment"),
])

rb = "Rosalind Bragg"; rb_r = "the charity’s director"
f("charity-launches-legal-action-against-nhs-fees-pregnant-migrants.txt", [
 ("Many vulnerable women are avoiding maternity care", "during their pregnancy.", rb, P, rb_r, "body",
  "'Rosalind Bragg, the charity’s director, said: “...' (the charity = Maternity Action; “immediately necessary service” above has 3 words; left open)", "said-before"),
 ("They are commencing care late", "if they do seek care.", rb, P, rb_r, "body", "next paragraph of her quote, closed", "continuation"),
])

mh = "Matt Hancock"
f("drug-companies-warned-to-stockpile-six-week-medicine-supply-for-no-deal-brexit.txt", [
 ("In the unlikely event we leave the EU", "certain routes are affected.", mh, P, "Health Secretary", "body",
  "'In a letter to pharmaceutical companies, Mr Hancock said: ‘...' (named 'Matt Hancock' in the second paragraph; role from the caption 'Health Secretary Matt Hancock has warned ...'; ‘a massive challenge’ above has 3 words; the ’ of 'weeks’' is an apostrophe; left open)", "said-before"),
 ("This is the current planning assumption", "future developments.", mh, P, "Health Secretary", "body",
  "next paragraph of his letter's quote, closed", "continuation"),
 ("to ensure they have a minimum of six weeks’", "operational buffer stocks", mh, P, "Health Secretary", "body",
  "'He asked companies ‘...’ by 29 March.' (he = Mr Hancock; built into the writer's sentence; the ’ of 'weeks’' is an apostrophe; ‘sam' below is cut off after 1 token)", "fragment"),
])

jd = "Janet Davies"; jd_r = "RCN Chief Executive & General Secretary"
f("eu-referendum-the-rcn-is-expressing-support-for-eu-nursing-staff.txt", [
 ("Many nurses from EU countries will be understandably", "changes to be made for some time,", jd, P, jd_r, "body",
  "'“...,” said Janet.' (named 'RCN Chief Executive & General Secretary Janet Davies' two paragraphs above; “absolutely essential” has 2 words)", "said-after"),
 ("Their UK colleagues should also be assured", "in the near future.", jd, P, jd_r, "body",
  "next paragraph, a quote with no attribution of its own straight after hers", "continuation"),
])

f("ex-boss-of-england-s-nhs-blasts-nhs-migrant-policy-as-national-scandal.txt", [
 ("This is nothing short of a national scandal", "#PatientsNotPassports.", "David Nicholson", P, "the former chief executive of NHS England", "body",
  "'the former chief executive of NHS England, David Nicholson.' then 'Nicholson shared our video with emphatic support, adding the comment: ‘...”' (opened with a single curly mark and closed with a double one; a written comment is still his; ‘health touris' below is cut off after 2 tokens)", "said-before"),
])

mp = "Dr Mark Porter"; mp_r = "the BMA’s chairman of council"
f("four-in-10-european-doctors-working-in-britain-considering-leaving-because-of-brexit.txt", [
 ("unwelcome and uncertain about whether", "work in the UK after Brexit", mp, P, mp_r, "body",
  "'Dr Mark Porter, the BMA’s chairman of council, said many doctors from the EU felt “...”.' (built into the writer's sentence)", "fragment"),
 ("already at breaking point and facing crippling staff shortages", None, mp, P, mp_r, "body",
  "'He warned that an exodus ... could spell “disaster” for the NHS when it is “...”.' (he = Dr Porter; “disaster” has 1 word)", "fragment"),
 ("These are the people who staff our hospitals", "help save lives,", mp, P, mp_r, "body", "'“...,” said Dr Porter.'", "said-after"),
 ("Many have dedicated years of service to healthcare", "considering leaving.", mp, P, mp_r, "body",
  "a second passage re-opened after 'said Dr Porter.' in the same (single) paragraph of the page", "continuation"),
])

mh2_r = "Health and social care secretary"
f("government-forced-u-turn-nhs-surcharge-health-care-workers.txt", [
 ("The prime minister has asked the home secretary", "able to do that.", mh, P, mh2_r, "body",
  "'Health and social care secretary Matt Hancock said at a Downing Street briefing on 21 May: '...'' (straight single marks)", "said-before"),
 ("I understand the difficulties faced by our amazing NHS staff", "frankly saved my life.", "Mr Johnson", P, "", "body",
  "'Mr Johnson said on 20 May: '...' (the only name the excerpt gives him; 'the prime minister's response' in the paragraph before is a description, not an apposition, so no role; left open)", "said-before"),
 ("On the other hand we must look at the realities", "right way forward.", "Mr Johnson", P, "", "body",
  "next quote paragraph after the crosshead 'Immigration health surcharge', closed ('immediately' below has 1 word)", "continuation"),
])

mh3_r = "Health Secretary"
f("health-secretary-matt-hancock-ensuring-more-refrigerated-capacity-for-medicines-ahead-of-brexit.txt", [
 ("more refrigerated capacity for medicines", None, mh, P, mh3_r, "headline",
  "headline 'Health Secretary Matt Hancock ensuring ‘...’ ahead of Brexit' (built into the headline; the same words end his first quote below)", "fragment"),
 ("Even though yes we think that we will get a deal", "capacity for medicines.", mh, P, mh3_r, "body",
  "a quote paragraph with no attribution of its own straight after 'Speaking on Peston, Matt Hancock confirmed the Government is building refrigerated capacity.'", "continuation"),
 ("It’s very important that people don’t go out", "industry to reach it.", mh, P, mh3_r, "body",
  "a quote paragraph with no attribution of its own straight after 'Mr Hancock also warned the public not to panic ...'", "continuation"),
 ("We’ve got a brilliant Attorney General", "for the Prime Minister.", mh, P, mh3_r, "body",
  "a quote paragraph with no attribution of its own straight after 'Mr Hancock told ITV News Political Editor Robert Peston that is “not the normal approach”.' (4 words)", "continuation"),
 ("there is a concern the Cabinet is not being fully informed.", None, "Jacob-Rees Mogg", P, "", "body",
  "'Jacob-Rees Mogg told Robert Peston \"...\"' (name as printed; a whole clause after 'told Robert Peston')", "said-before"),
 ("You hear of ministers getting 45 minutes", "serious constitutional approach.", "Jacob-Rees Mogg", P, "", "body",
  "next paragraph, a quote with no attribution of its own straight after his", "continuation"),
 ("I think because nobody stands up to him, he is out of co", None, "Emily Thornberry", P, "Shadow Foreign Secretary", "body",
  "'Shadow Foreign Secretary Emily Thornberry was also on Peston ...' then 'She told Robert Peston: “...'; cut off mid-word by the end of the excerpt", "pronoun"),
])

ch = "Chris Hopson"; ch_r = "NHS Providers chief executive"
f("hospitals-at-risk-of-running-out-of-drugs-under-no-deal-brexit-nhs-chief-warns.txt", [
 ("the entire supply chain of pharmaceuticals could be adversely affected", None, ch, P, ch_r, "body",
  "'In a leaked letter, NHS Providers chief executive Chris Hopson said “...” under a no deal or hard Brexit.' (built into the writer's sentence)", "fragment"),
 ("public health and disease control coordination could also suffer", None, ch, P, ch_r, "body",
  "'He warned NHS England chief Simon Stevens and NHS Improvement boss Ian Dalton that \"...\"' (he = Chris Hopson, the subject; the names in the object are the letter's recipients)", "fragment"),
 ("As we approach March 2019 the risk", "appears to be growing,", ch, P, ch_r, "body",
  "'“...,” he wrote.' (he = Mr Hopson; the nested ‘hard Brexit’ has 2 words)", "pronoun"),
 ("For as long as that risk remains", "across the NHS.", ch, P, ch_r, "body", "next paragraph of his letter's quote (left open)", "continuation"),
 ("Yet trusts tell us that their work", "appropriate communication.", ch, P, ch_r, "body", "next paragraph of his letter's quote (left open)", "continuation"),
 ("Our members have begun planning", "NHS England and NHS Improvement.", ch, P, ch_r, "body", "next paragraph of his letter's quote (left open)", "continuation"),
 ("However, there has been no formal communication", "on this issue.", ch, P, ch_r, "body", "next paragraph of his letter's quote, closed", "continuation"),
 ("expecting trusts to develop contingency plans individually", "reinvent the wheel 229 times", ch, P, ch_r, "body",
  "'He added that it would be more “efficient and effective” ... rather than “...\".' (he = Mr Hopson; built into the writer's sentence; opened curly, closed straight; “efficient and effective” has 3 words)", "fragment"),
])

ad = "Dr Andrew Dearden"; ad_r = "BMA treasurer and former GPC negotiator"
f("hundreds-gps-quit-uk-brexit-bma-poll-suggests.txt", [
 ("That so many EU doctors are actively planning", "would not be able to cope.", ad, P, ad_r, "body",
  "'BMA treasurer and former GPC negotiator Dr Andrew Dearden said: '...' (straight single marks; left open)", "said-before"),
 ("We need clarity on what the future holds", "voting with their feet.", ad, P, ad_r, "body",
  "next quote paragraph after the crosshead 'GP workforce' (left open)", "continuation"),
 ("It’s also vital that any future immigration system", "because of Brexit.", ad, P, ad_r, "body", "next paragraph of his quote, closed", "continuation"),
])

jl = "John Lister"; jl_r = "Health Emergency campaign spokesman"
un = "a spokewoman for healthcare union Unison"
f("jeremy-hunt-criticised-for-health-tourism-clampdown-threat.txt", [
 ("When you’ve got a pay window in a hospital", "charging everybody,", jl, P, jl_r, "body",
  "'“...,” he added.' (he = Mr Lister, the subject of the paragraph before; 'Health Emergency campaign spokesman John Lister' above; 'health tourism' and “completely spurious” have 2 words)", "pronoun"),
 ("NHS workers’ first priority is to treat", "where they come from,", un, D, "", "body",
  "'Healthcare union Unison was also adamantly against the move.' then '“...,” said a spokewoman.' (unnamed; 'spokewoman' as printed)", "said-after"),
 ("Asking them to act as debt collectors is simply not viable.", None, un, D, "", "body",
  "next paragraph, a quote with no attribution of its own straight after hers", "continuation"),
 ("if people are coming to live and study", "their part to society.", "Dr Louise Irvine", P, "National Health Action Party spokeswoman", "body",
  "'National Health Action Party spokeswoman Dr Louise Irvine added that “...”' (built into the writer's sentence after 'added that')", "fragment"),
])

ek = "East Kent Hospitals"
f("keeping-eu-staff-to-cost-hospitals-thousands.txt", [
 ("a small token showing we value our workforce", None, ek, O, "", "body",
  "'But the trust has decided to cover the visa costs regardless, calling the sum \"...\".' (the trust = 'The East Kent Hospitals trust' above; built into the writer's sentence; \"settled status\" and \"wide range\" have 2 words)", "fragment"),
 ("Our EU colleagues are an essential part of our team", "every day.", "A spokesman for East Kent Hospitals", D, "", "body",
  "'A spokesman for East Kent Hospitals said: \"...' (unnamed; \"settled\" and \"pre-settled\" above have 1 word; left open)", "said-before"),
 ("We'll be covering the costs of their applications", "Settlement Scheme.", "A spokesman for East Kent Hospitals", D, "", "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("They work really hard for us and we need all the st", None, "A spokesman for East Kent Hospitals", D, "", "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

jd2_r = "chief executive of the nurses’ union"
f("nhs-could-go-under.txt", [
 ("I understand there are lots of negotiations", "aiming to do.", jd, P, jd2_r, "body",
  "'Davies told the Sunday Times: “...' (named 'Janet Davies, chief executive of the nurses’ union,' in the first paragraph; the page runs several quote paragraphs into one, each re-opened with “; “go under” above and 'go under' in the caption have 2 words)", "said-before"),
 ("They need to give a clear message", "come in after we leave.", jd, P, jd2_r, "body",
  "passage re-opened with a second opening mark in the same paragraph (a merged paragraph break)", "continuation"),
 ("People will then be able to make a decision", "NHS would go under.", jd, P, jd2_r, "body",
  "passage re-opened with a second opening mark in the same paragraph", "continuation"),
 ("In some hospitals one in five members of staff", "everyone decided to leave.", jd, P, jd2_r, "body",
  "passage re-opened with a second opening mark in the same paragraph, closed", "continuation"),
 ("The risk is that people will start to leave", "see that happen,", jd, P, jd2_r, "body",
  "'“...,” she said.' (she = Davies; a passage with its own attribution)", "pronoun"),
 ("We simply can’t afford to lose any more nurses", "as it is.", jd, P, jd2_r, "body",
  "a second passage re-opened after 'she said.' in the same paragraph", "continuation"),
])

js_ = "Jon Skewes"; js_r = "Director of policy, employment relations and communications"
f("nhs-could-lose-all-its-eu-midwives-in-the-next-decade-experts-warn.txt", [
 ("We are extremely lucky to have so many European midwives", "women every year.", js_, P, js_r, "body",
  "'Director of policy, employment relations and communications Jon Skewes told HuffPost UK: “...' (left open; the body is the Royal College of Midwives, named in the paragraph above, but the text does not tie the title to it explicitly)", "said-before"),
 ("The RCM is deeply concerned", "get even worse.", js_, P, js_r, "body", "next paragraph of his quote, closed", "continuation"),
])

jc = "Jeremy Corbyn"; jc_r = "Labour leader"
f("nhs-fears-over-no-deal-brexit-highlight-risk-to-patients-labour-says.txt", [
 ("There already is an impact on services", "all across the UK.", jc, P, jc_r, "body",
  "'The Labour leader, Jeremy Corbyn, said: “...' (left open)", "said-before"),
 ("That is the consequence of the uncertainty", "reach agreement on this.", jc, P, jc_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("On the medicine issue", "desperately need them.", jc, P, jc_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("as a matter of urgency to work through", "or a hard Brexit", "Hopson", P, "", "body",
  "'Hopson wrote that there needed to be a meeting of trust leaders “...”.' (the excerpt gives only his surname and no role: the first line starts 'Hopson voices concern ...'; built into the writer's sentence)", "fragment"),
 ("For weeks hospital leaders have told me", "patients and staff at risk.", "Jonathan Ashworth", P, "shadow health secretary", "body",
  "'The shadow health secretary, Jonathan Ashworth, said: “...”'", "said-before"),
 ("The NHS, the healthcare and pharmaceutical industries", "It ought to be possible", "Niall Dickson", P, "a co-chair of the Brexit Health Alliance", "body",
  "'Niall Dickson, a co-chair of the Brexit Health Alliance, said: “...'; cut off by the end of the excerpt", "said-before"),
])

sj = "Sajid Javid"; jh = "Jeremy Hunt"
f("nhs-to-recruit-thousands-more-foreign-doctors-and-nurses-after-lifting-visa-cap.txt", [
 ("I recognise the pressures faced by the NHS", "skilled worker visa route.", sj, P, "Home Secretary", "body",
  "'Home Secretary Sajid Javid said: “...' (“Tier 2” above has 2 words; left open)", "said-before"),
 ("This is about finding a solution", "essential national services.", sj, P, "Home Secretary", "body", "next paragraph of his quote, closed", "continuation"),
 ("send a clear message to nurses and doctors", "skills and dedication", jh, P, "Health Secretary", "body",
  "'Health Secretary Jeremy Hunt said the move would “...”' (built into the writer's sentence)", "fragment"),
 ("It’s fantastic that patients will now benefit", "more talented staff.", jh, P, "Health Secretary", "body",
  "'Health Secretary Jeremy Hunt said the move would “...”, adding: “...”'", "said-before"),
 ("the requirements of the NHS", None, "unclear", U, "", "body",
  "'Future numbers of visas for non-EU medics would be dictated by “...”, and it will be for health managers to determine how many are needed.' (built into the writer's sentence with no attribution of its own; it comes between 'Downing Street confirmed ...' and 'Number 10 played down ...', so it may be Downing Street's, but the text does not say so; “sustainable below is cut off after 1 token)", "other"),
])

md = "Mark Dayan"; md_r = "author of the report, of the Nuffield Trust"
f("no-deal-brexit-would-cause-extensive-problems-for-the-nhs-says-nuffield-trust.txt", [
 ("How will our future relationship with the EU shape the NHS?", None, "", N, "", "body",
  "'The warning comes in a new report, ‘...’, which looks at ...' (a report's title, nobody's speech; ‘no deal’ above has 2 words)", "other"),
 ("an NHS which has no room for them", None, "Nuffield Trust", O, "", "body",
  "'Vital procedures ... could also be obstructed, which could force large numbers of pensioners to return for care in “...”.' (the writer's sentence goes on listing what the Nuffield Trust's briefing highlights, from the paragraph before: 'The briefing highlights that ... “extensive problems” ... “chaotic disruption” ... “deeper into deficit”', all 2-3 words)", "fragment"),
 ("Many different parts of EU law and EU institutions", "already strained NHS.", md, P, md_r, "body",
  "'The Nuffield Trust’s Mark Dayan, author of the report, said: “...' (left open)", "said-before"),
 ("For many things", "patient care will suffer,", md, P, md_r, "body",
  "'“...,” he added.' (he = Mark Dayan; a paragraph with its own attribution)", "pronoun"),
])

sg = "Sandra Gidley"; sg_r = "RPS president"
f("no-deal-contingency-plans-not-enough-to-prevent-brexit-stock-shortages-warns-rps.txt", [
 ("A no-deal Brexit risks putting further strain", "eliminate these risks.", sg, P, sg_r, "body",
  "'She said: ‘...' (she = Sandra Gidley, 'RPS president Sandra Gidley' in the paragraph before; ‘express freight service’, ‘already resilient’ and ‘analysis of the risks’ above have 2-4 words; left open)", "pronoun"),
 ("The Government has previously maintained", "agreement or transition period.", sg, P, sg_r, "body",
  "next paragraph of her quote, closed (‘engage constructively’ and ‘difficult conversations’ below have 2 words)", "continuation"),
 ("If we’re moving towards a no-deal exit", "about what this means.", sg, P, sg_r, "body",
  "'She said: ‘...’' (she = Ms Gidley, the subject of the paragraph before)", "pronoun"),
])

pb = "Patrick Breen"; pb_r = "pharmacist at Osbon Pharmacy in Church Road, Hove"
gp = "Another pharmacist working at Gunns Pharmacy in Western Road, who preferred not to be named"
hc = "Hannah Clarke"; hc_r = "at Kamsons Pharmacist in Brighton"
f("pharmacists-warn-surge-shortage-common-medicines-wake-brexit.txt", [
 ("There never should have been a Brexit", "for medical reasons,", pb, P, pb_r, "body",
  "'“...,” he said.' (he = Patrick Breen, introduced in the paragraph before)", "pronoun"),
 ("I am still in hope there is going to be a referendum.", None, pb, P, pb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Everything will become more difficult", "more expensive.", pb, P, pb_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("The cost of medicine products in Britain", "cost of medicine in the UK,", pb, P, pb_r, "body",
  "'“...,” he said.' (he = Breen, the subject of the reported speech just before)", "pronoun"),
 ("Industry in this country is expensive.", None, pb, P, pb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We have an NHS that pay a certain amount", "pay the higher price.", pb, P, pb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We don’t really know what’s going to happen.", None, pb, P, pb_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We are in the dark,", None, gp, D, "", "body",
  "'“...,” she said.' (she = the unnamed pharmacist at Gunns Pharmacy of the paragraph before; “shambles” there has 1 word)", "pronoun"),
 ("There’s no advice on what to do", "some more advice.", gp, D, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("We are already facing medication shortages", "which is worrying.", gp, D, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("The worst thing is just not really knowing", "worried at that.", gp, D, "", "body", "next paragraph of her quote, closed", "continuation"),
 ("There are already some medicines that are in short supply,", None, hc, P, hc_r, "body",
  "'“...,” she said.' (she = Hannah Clarke, 'Hannah Clarke at Kamsons Pharmacist in Brighton' in the paragraph before)", "pronoun"),
 ("However at Kamsons Pharmacy, we are not reliant", "one wholesaler.", hc, P, hc_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Our pharmacies receive five wholesaler deliveries", "against stock shortages.", hc, P, hc_r, "body", "next paragraph of her quote, closed", "continuation"),
])

nc = "Nicole Cornelius"; nc_r = "Director of Human Resources and Workforce at PHT"
tmu = "Theresa Murphy"; tmu_r = "Chief Nurse at PHT"
f("portsmouth-hospitals-trust-to-pay-fee-to-keep-eu-staff-after-brexit.txt", [
 ("Our colleagues from overseas are an integral part", "family in Portsmouth.", nc, P, nc_r, "body",
  "'Nicole Cornelius, Director of Human Resources and Workforce at PHT, said: ‘...' (left open)", "said-before"),
 ("They are vital in helping to ensure", "feel welcome here.", nc, P, nc_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("Our staff from the EU are a key part of our workforce.", None, tmu, P, tmu_r, "body",
  "'Theresa Murphy, Chief Nurse at PHT, said: ‘...' (left open)", "said-before"),
 ("We are delighted to have this cultural mix", "their achievements.", tmu, P, tmu_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Payment of this registration fee is a small acknowledgement", "significant contribution.", tmu, P, tmu_r, "body", "next paragraph of her quote, closed", "continuation"),
])

jd3_r = "RCN general secretary"
f("rcn-calls-reassurances-eu-nurses-can-remain-uk.txt", [
 ("Allowing this ambiguity about our NHS workforce", "every single day,", jd, P, jd3_r, "body",
  "'‘...,' she said.' (she = Janet Davies, 'RCN general secretary Janet Davies has said ...' in the paragraph before; opened curly, closed straight)", "pronoun"),
 ("It may also prompt many to leave the UK", "safe patient care.", jd, P, jd3_r, "body",
  "next paragraph, a quote with no attribution of its own straight after hers", "continuation"),
 ("The government must act now and develop", "home-grown nursing workforce.", jd, P, jd3_r, "body",
  "'Ms Davies added: ‘...’' (after the crosshead 'Act now')", "said-before"),
])

f("reassurance-a-must-eu-nurses-and-carers-ahead-of-brexit.txt", [
 ("it will be the NHS going over it", None, "RCN", O, "", "body",
  "'Responding to the Home Affairs committee’s report ... the college says if there is a cliff-edge in migration ‘...’.' (the college = the RCN of the standfirst and lead; built into the writer's sentence)", "fragment"),
 ("The government must be louder and clearer", "system needs them.", jd, P, jd3_r, "body",
  "'RCN general secretary Janet Davies said: ‘...' (left open)", "said-before"),
 ("This report is right to say that simply extending", "society and economy.", jd, P, jd3_r, "body", "next paragraph of her quote, closed", "continuation"),
])

rcm = "A spokesperson"
f("royal-college-of-midwives-expresses-disappointment-over-the-eu-referendum-result.txt", [
 ("The RCM is disappointed that the outcome", "benefits of EU membership.", rcm, D, "", "body",
  "'A spokesperson said: “...' (unnamed; of the Royal College of Midwives, the subject of the paragraph before; “disappointing outcome” there has 2 words; left open)", "said-before"),
 ("The vote is likely to result in a period", "of concern to the RCM.", rcm, D, "", "body", "next paragraph of the spokesperson's quote (left open)", "continuation"),
 ("The RCM will redouble its efforts", "who work in the NHS.", rcm, D, "", "body", "next paragraph of the spokesperson's quote, closed", "continuation"),
])

df = "Dee Fawcett"; df_r = "director of human resources"
f("teaching-trust-will-pay-for-eu-staff-to-seek-settled-status.txt", [
 ("Our EU staff are an essential and valued part", "here at Newcastle Hospitals.", df, P, df_r, "body",
  "'Dee Fawcett, director of human resources, said: ”...' (opened with a closing-style mark; left open)", "said-before"),
 ("Staff have told us how unsettled they have felt", "in the North East.", df, P, df_r, "body", "next paragraph of her quote, closed", "continuation"),
])

tm = "Theresa May"
f("theresa-may-promises-to-look-into-mans-54000-nhs-cancer-bill.txt", [
 ("If we believe in universal healthcare", "life-saving cancer treatment?", jc, P, "", "body",
  "'Corbyn asked the prime minister: “...”' (named 'Jeremy Corbyn' above; the page gives him no role)", "said-before"),
 ("to ensure that all those who are entitled to treatment", "able to receive it.", tm, P, "", "body",
  "'May said she was unaware of the case, but ... wanted “...”' (named 'Theresa May' above; 'the prime minister' is only a description in Corbyn's line, so no role; built into the writer's sentence)", "fragment"),
 ("I suspect he’s not alone in this", "Home Office and others,", jc, P, "", "body", "'“...,” Corbyn said.'", "said-after"),
])

ns = "Nicola Strickland"; ns_r = "the president of the body representing clinical oncologists and radiologists"
f("theresa-may-risks-mp-rebellion-over-brexit-cancer-fears.txt", [
 ("Radioactive isotopes play a crucial role", "cancer in the UK.", ns, P, ns_r, "body",
  "'She said: “...' (she = Nicola Strickland, introduced in the paragraph before as 'the president of the body ...', the lead's 'head of the Royal College of Radiologists'; left open)", "pronoun"),
 ("The Royal College of Radiologists, like others", "treaty under Brexit.", ns, P, ns_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("give £350 million to the NHS instead", None, "", N, "", "body",
  "'the man responsible for the misleading “...” Brexit Bus' (the bus slogan as the writer quotes it, nobody's speech; “morons” after has 1 word)", "other"),
 ("to insist that we sacrifice those sensible", "dogmatic purity of Brexit", "An editorial for the Evening Standard", D, "", "body",
  "'In an editorial for the Evening Standard, ... there was a claim ... It says they were overruled by May “...”.' (it = the editorial, whose writer is not named; built into the writer's sentence)", "fragment"),
 ("We are all agreed that we want to ensure", "under Euratom but they", tm, P, "Prime Minister", "body",
  "'The Prime Minister told the Commons: “...' ('The Prime Minister' = Theresa May, named in the article as the head of government 'facing a backbench rebellion' and as the 'May' who overruled her ministers; cut off by the end of the excerpt)", "description"),
])

jf = "Jeane Freeman"; jf_r = "Health Secretary"
f("uk-scotland-scotland-politics.txt", [
 ("Scotland is absolutely your home", None, jf, P, jf_r, "body",
  "'Jeane Freeman's letter said it was an \"unsettling time\" but stressed \"...\".' (her letter; built into the writer's sentence; role from the caption 'Health Secretary Jeane Freeman said ...' and the lead's 'Scotland's health secretary'; \"unsettling time\" has 2 words)", "fragment"),
 ("But the UK government has also been stepping up", "no-deal scenario.", jf, P, jf_r, "body",
  "'She said: \"...' (she = Ms Freeman; \"expected decisions\" in the paragraph before has 2 words; left open)", "pronoun"),
 ("I know this must be a very unsettling time", "all of you.", jf, P, jf_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("That is why I wanted to reiterate", "regardless of their nationality.", jf, P, jf_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("Scotland is absolutely your home and we very much", "stay here.", jf, P, jf_r, "body", "'She added: \"...\"' (she = Ms Freeman)", "pronoun"),
])

cu = "Chuka Umunna"; cu_r = "MP, leading supporter of Open Britain"
f("umunna-uk-statistics-authority-has-exposed-boris-outright-lying.txt", [
 ("a clear misuse of official statistics", None, "Sir David Norgrove", P, "head of the UK Statistics Authority", "body",
  "'... has been slammed as “...” by the head of the UK Statistics Authority.' then 'Sir David Norgrove said today he was “surprised and disappointed” ...' (the head = Sir David Norgrove; built into the writer's sentence; “surprised and disappointed” has 3 words)", "fragment"),
 ("Yet again Boris' outright lying", "it's wrong now.", cu, P, cu_r, "body",
  "'Commenting, Chuka Umunna MP, leading supporter of Open Britain, said:' on its own line above (left open)", "said-before"),
 ("Boris' hard Brexit plans will mean less money", "lower NHS spending.", cu, P, cu_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Boris' compulsive lying means", "use of dodgy statistics.", cu, P, cu_r, "body", "next paragraph of his quote, closed", "continuation"),
])

mh4_r = "Health secretary"
ul = "A spokesperson for ULHT"
f("united-lincolnshire-hospitals-trust-to-foot-bill-for-registering-eu-staff.txt", [
 ("There is no obligation for EU nationals to register early,", None, mh, P, mh4_r, "body",
  "'“...,” he said.' (he = 'Health secretary, Matt Hancock MP,' of the paragraph before, quoting his letter; “strongly encouraged” and “certainty” there have 1-2 words)", "pronoun"),
 ("However it is an opportunity for many", "who are EU nationals.", mh, P, mh4_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("At United Lincolnshire Hospitals NHS Trust we value", "with us from the EU.", ul, D, "", "body",
  "'A spokesperson for ULHT said: “...' (unnamed; left open)", "said-before"),
 ("We have been actively engaging with our staff", "maintaining essential s", ul, D, "", "body",
  "next paragraph of the spokesperson's quote; cut off mid-word by the end of the excerpt", "continuation"),
])

td = "Tracy Dowling"; td_r = "chief executive of Cambridgeshire and Peterborough FT"
f("visa-cap-is-not-logical-and-threatens-patient-care.txt", [
 ("threatening patient care and safety”", "safety", "BMA", O, "", "body",
  "'The government’s tier two visa cap is “not logical” and is “...”, HSJ has been told.' (the sentence names no one, but the standfirst bullet 'BMA warns the cap is threatening patient care and safety' gives these words to the BMA; “not logical” has 2 words)", "fragment"),
 ("not allowed to recruit an appointable person", None, td, P, td_r, "body",
  "'Tracy Dowling, chief executive of Cambridgeshire and Peterborough FT, told HSJ the trust’s “only option” was ..., but they are “...”' (built into the writer's sentence; “only option” has 2 words)", "fragment"),
 ("It is not logical to have such a cap", "from within the UK,", td, P, td_r, "body", "'“...,” Ms Dowling said.'", "said-after"),
 ("We would like to see a lifting", "on these visas.", td, P, td_r, "body",
  "a second passage re-opened after 'Ms Dowling said.' in the same paragraph", "continuation"),
 ("provide a very high level of service", None, td, P, td_r, "body",
  "'Ms Dowling said that recruiting overseas doctors who could “...”, would benefit patients' (built into the writer's sentence)", "fragment"),
])

jcu = "Jacqueline Culleton"; jcu_r = "the organiser of the fundraising page"
f("windrush-albert-thompson-gets-cancer-treatment-date.txt", [
 ("I am in discussion with all relevant parties", "please be patient,", jcu, P, jcu_r, "body",
  "'“...,” wrote Jacqueline Culleton, the organiser of the fundraising page.' (her message on the page; written words are still hers)", "said-after"),
 ("a racist system that seems almost designed", "they are entitled to.", jcu, P, jcu_r, "body",
  "'Culleton said that Thompson was prevented from receiving treatment ... because of “...”' (built into the writer's sentence)", "fragment"),
 ("My dad was Irish, and came to live", "his passport to get the", jcu, P, jcu_r, "body",
  "'She added: “...' (she = Culleton); cut off by the end of the excerpt", "pronoun"),
])

label_table.build(R, prefix="AQ", split="heldout42", out="eval/quotes/heldout42.jsonl")
