"""Build heldout34.jsonl (the thirty-fourth held-out attribution set, over eval/corpus37) from
the hand-written label table below.

Same method as build_heldout30.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout34.py   (writes eval/quotes/heldout34.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus37/")

# ---------------------------------------------------------------------------
eg = "Emma Greenwood"; eg_r = "Cancer Research UK’s head of policy"
f("62-day-waiting-time-target-missed-again-in-england.txt", [
 ("These latest cancer waiting time figures are a stark reminder", "for the Government and the NHS.", eg, P, eg_r, "body",
  "'Emma Greenwood, Cancer Research UK’s head of policy, said: “...' (left open)", "said-before"),
 ("These targets exist to ensure quick diagnosis", "the yearly pattern looks like.", eg, P, eg_r, "body",
  "next paragraph of her quote, closed", "continuation"),
])

rv = "Dr Richard Vautrey"; rv_r = "The British Medical Association's GP committee chair"
cap = "Capita"
f("appalling-cervical-screening-error-affects-more-than-40-000-women.txt", [
 ("It is frankly appalling that patients may now be at risk", "on the part of Capita.", rv, P, rv_r, "body",
  "'The British Medical Association's GP committee chair, Dr Richard Vautrey, described the blunder as an \"incredibly serious situation\". He added: \"...' (he = Dr Richard Vautrey; left open; 'Appalling' in the headline, \"serious\" and \"series of failings\" have 1-3 words, \"incredibly serious situation\" 3)", "pronoun"),
 ("Some women will now be left extremely anxious", "that need urgent follow up.", rv, P, rv_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("This has been caused solely by Capita’s incompetence", None, rv, P, rv_r, "body",
  "next paragraph of his quote, closed before the full stop", "continuation"),
 ("We know that, because of the nature of this procedure,", "having a cervical smear test done", rv, P, rv_r, "body",
  "'Explaining why the letters need to be sent on time, Dr Vautrey said: \"...\".' (closed before the full stop)", "said-before"),
 ("Primary Care Support England (PCSE), the contract delivered by Capita", "cervical screening correspondence.", cap, O, "", "body",
  "'In a statement, Capita apologised for the error.' then 'They said: \"...' (they = Capita, the company's statement; left open)", "pronoun"),
 ("Letters are being sent to all women", "receiving cervical screening correspondence.", cap, O, "", "body",
  "next paragraph of the statement (left open; the excerpt ends on a lone opening mark after it)", "continuation"),
])

f("blunder-over-cervical-cancer-screening-letters.txt", [
 ("We are writing to the women who only received one letter", "sent each year to women in England.", cap, O, "", "body",
  "'In a statement online, Capita said: \"...' (left open; 'Blunder', \"appalling\" and the crosshead 'Errors Were Made' have 1-3 words)", "said-before"),
 ("For results letters, GPs are responsible for care,", "A total of 4508 resul", cap, O, "", "body",
  "next paragraph of the company's statement; cut off mid-word by the end of the excerpt", "continuation"),
])

mr = "Mike Richards"; mr_r = "formerly NHS cancer director and the Care Quality Commission’s chief inspector of hospitals"
f("bmj-l6059.txt", [
 ("People live increasingly busy lives,", "these important appointments,", mr, P, mr_r, "body",
  "'Richards, formerly NHS cancer director and the Care Quality Commission’s chief inspector of hospitals, said that giving people greater choice ... was crucial ...' then '“...,” he said.' (he = Richards; full name from 'the review by Mike Richards, a leading cancer expert')", "pronoun"),
])

am = "Professor Anne Mackie"; am_r = "director of screening at Public Health England (PHE)"
al = "Andrew Lansley"; al_r = "former health secretary"
f("bowel-cancer-screening-age-lowered-50-england.txt", [
 ("in line with international best practice", None, al, P, al_r, "body",
  "'former health secretary Andrew Lansley' in the paragraph before; 'Lord Lansley, announcing he was also being treated for the disease in April, urged the Government to cut the age of screening to 50 in the future “...”.' (built into the writer's sentence)", "fragment"),
 ("The risk of bowel cancer rises steeply", "higher among males than females.", am, P, am_r, "body",
  "'Professor Anne Mackie, director of screening at Public Health England (PHE), said: “...' (left open; the quoted tweet above has no quote marks)", "said-before"),
 ("Starting screening 10 years earlier at 50", "could develop into bowel cancer", am, P, am_r, "body",
  "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

km = "Kim Mawby"
ad = "Sir Andrew Dillon"; ad_r = "Chief Executive of Nice"
jc = "Jennifer Cozzone"; jc_r = "from Roche"
f("breast-cancer-drug-too-expensive-nhs.txt", [
 ("I think it costs about £6,000 a month,", None, km, P, "", "body",
  "'Kim Mawby, 45, has been trialling the drug ...' then '\"...,\" she said.' (she = Kim Mawby; age only, no role; the headline's 'Too Expensive', \"too expensive\" and \"impossible to recommend\" have 2-3 words)", "pronoun"),
 ("A lot of people are going to say", "a price on someone's life.", km, P, "", "body",
  "next paragraph, a quote with no attribution of its own, closed", "continuation"),
 ("When I wake up I do feel incredibly lucky", "see the kids off to school.", km, P, "", "body",
  "next paragraph, a quote with no attribution of its own, closed", "continuation"),
 ("I do sit back and think 'wow,", "going to school on his first day'.", km, P, "", "body",
  "next paragraph, a quote with no attribution of its own; the outer record runs to the closing double mark", "continuation"),
 ("wow, if it wasn't for this drug", "going to school on his first day", km, P, "", "body",
  "nested in her own quote: 'I do sit back and think '...'' (her own thought quoted inside her quote)", "fragment"),
 ("This drug is so expensive that it's way beyond", "that we can offer,", ad, P, ad_r, "body",
  "'Sir Andrew Dillon, Chief Executive of Nice, says the cost ...' then '\"...,\" he said.'", "pronoun"),
 ("I can't negotiate the price with the manufacturer.", "what they need to do.", ad, P, ad_r, "body",
  "next paragraph, a quote with no attribution of its own, closed", "continuation"),
 ("Every other country, including countries nearby", "made it available routinely at very", jc, P, jc_r, "body",
  "'Jennifer Cozzone, from Roche, told Sky News that Nice was the first organisation to reject the drug ...' (reported speech) then this quote paragraph with no attribution of its own; cut off by the end of the excerpt", "continuation"),
])

chs = "Charities"
pc = "Professor Peter Clark"; pc_r = "chair of CDF"
f("cancer-drug-fund-charities-describe-devastation-8000-patients-will-no-longer-receive.txt", [
 ("the chance of improved quality of life and extra time with their loved-ones", None, chs, D, "", "body",
  "'Charities have said the decision ... is denying people \"...\".' (charities not named; built into the writer's sentence; \"insufficient value for money\" has 4 words)", "fragment"),
 ("We have been through a robust, evidence-based process", "from every pound.", pc, P, pc_r, "body",
  "'Professor Peter Clark, chair of CDF, said: \"...' (left open)", "said-before"),
 ("There were drugs that did not offer sufficient clinical benefit", "reinvested in other tre", pc, P, pc_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

acl = "Alison Clough"; acl_r = "acting chief executive of the Association of the British Pharmaceutical Industry (ABPI)"
f("cancer-drugs-fund-axes-23-treatments.txt", [
 ("Any decision which deprives patients of life-saving", "future NHS patients,", acl, P, acl_r, "body",
  "'Alison Clough, acting chief executive of the Association of the British Pharmaceutical Industry (ABPI), described the move as ‘extremely disappointing’. ‘...,’ she said in a statement.' (she = Alison Clough; ‘extremely disappointing’ has 2 words)", "pronoun"),
])

tg = "Tony Gavin"; tg_r = "Director of Campaigning and Patient Advocacy at Leukaemia CARE"
f("cancer-drugs-fund-de-listing-to-take-effect.txt", [
 ("When the CDF was introduced in 2011", "such as blood cancers.", tg, P, tg_r, "body",
  "'Tony Gavin, Director of Campaigning and Patient Advocacy at Leukaemia CARE said:' on its own line, the quote in the next paragraph (left open; the nested ‘sticking plaster’ has 2 words)", "said-before"),
 ("Whilst the CDF has been a very effective interim option", "solution to this origina", tg, P, tg_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

aw = "Andrew Wilson"; aw_r = "chief executive of the charity"
dc = "David Cameron"; dc_r = "Prime Minister"
f("cancer-drugs-fund-extended.txt", [
 ("The Cancer Drugs Fund has made a huge difference", "a rare form of cancer.", aw, P, aw_r, "body",
  "'Andrew Wilson, chief executive of the charity, said: \" ...' (the charity = the Rarer Cancers Foundation of the paragraph before; the space after the opening mark is outside the quote; left open)", "said-before"),
 ("This is a compassionate, common sense announcement", "progress can continue.", aw, P, aw_r, "body",
  "next paragraph of his quote, closed", "continuation"),
 ("When I became Prime Minister three years ago", "why we are extending it, and", dc, P, dc_r, "body",
  "'Mr Cameron said: \" ...' (= David Cameron, 'the Prime Minister has announced', 'But today, David Cameron said ...'; the space after the opening mark is outside the quote; cut off by the end of the excerpt)", "said-before"),
])

ac = "Alison Cropper"; ac_r = "the chair of the British Association for Cytopathology and a consultant biomedical scientist"
am2 = "Prof Anne Mackie"; am2_r = "the director of screening at Public Health England"
rm = "Robert Music"; rm_r = "Chief Executive, Jo’s Cervical Cancer Trust"
f("cervical-screening-services-in-meltdown.txt", [
 ("the worst time there could possibly have been.", None, ac, P, ac_r, "body",
  "'Alison Cropper, the chair of ..., said Public Health England’s campaign had been launched at ‘...' (built into the writer's sentence; never closed: the next mark opens her next words)", "fragment"),
 ("The service is in meltdown,", None, ac, P, ac_r, "body",
  "'‘The service is in meltdown, she said.' (she = Alison Cropper; the closing mark is missing before ', she said')", "pronoun"),
 ("Screening can stop cancer before it starts", "That is why we launched this campaign.", am2, P, am2_r, "body",
  "'Prof Anne Mackie, the director of screening at Public Health England, said: ‘...' (never closed; runs to the end of its line; ‘unacceptable delays’ below has 2 words)", "said-before"),
 ("HPV primary testing is a fantastic advancement", "attendance is at its lowest,", rm, P, rm_r, "body",
  "'‘...,’ said Robert Music, Chief Executive, Jo’s Cervical Cancer Trust.'", "said-after"),
 ("Campaigns to reverse this are needed more than ever", "period of upheaval and uncertainty.", rm, P, rm_r, "body",
  "a second quote after the attribution on the same line (left open)", "continuation"),
 ("Our laboratory staff are critical", "an even greater decline in attendance.", rm, P, rm_r, "body",
  "next line of his quote, opened with a single mark and closed with a double one", "continuation"),
])

js = "Janet Shephard"; js_r = "former head of radiotherapy and trustee of The Sunrise Appeal"
jm = "Dr John McGrane"; jm_r = "consultant at the Sunrise Centre"
f("delight-as-it-is-confirmed-that-cancer-treatments-wont-move-out-of-cornwall.txt", [
 ("The threat to move services for less common cancers", "consultation response ever in the UK,", js, P, js_r, "body",
  "'“...,” said Janet Shephard, former head of radiotherapy and trustee of The Sunrise Appeal.'", "said-after"),
 ("Together, the people of Cornwall have made a real difference", "at the Sunrise Centre in Truro.", js, P, js_r, "body",
  "next paragraph, a quote with no attribution of its own, closed", "continuation"),
 ("Consultants at the Sunrise Centre had said the proposals", "using advanced techniques,", js, P, js_r, "body",
  "'“...,” said Mrs Shephard.'", "said-after"),
 ("The support we received was astonishing", "substantial changes to their proposals.", js, P, js_r, "body",
  "next paragraph, a quote with no attribution of its own, closed", "continuation"),
 ("The updated NHS England proposals mean", "the people who responded to t", jm, P, jm_r, "body",
  "'Dr John McGrane, consultant at the Sunrise Centre, said: \"...' (cut off mid-word by the end of the excerpt)", "said-before"),
])

memo = "A memo sent to GPs"
f("dozens-of-jobs-to-be-lost-in-yorkshire-next-month-as-cervical-cancer-screening-labs-close.txt", [
 ("Whilst it is very unlikely that the level of delay", "where their sample was taken.", memo, D, "", "body",
  "'In September, a memo sent to GPs seen by The Yorkshire Post told doctors ...' then 'The memo said: “...”' (a document whose author the page does not name)", "said-before"),
])

nl = "Nigel Lee"; nl_r = "chief operating officer at SaTH"
f("extra-capacity-in-place-for-breast-screening-at-shropshires-hospitals.txt", [
 ("We are putting in place additional screening capacity", "by the end of October.", nl, P, nl_r, "body",
  "'Nigel Lee, chief operating officer at SaTH, said: “...' (left open at the end of its line)", "said-before"),
 ("These appointments will be in addition to our current sessions,", "is not impacted.", nl, P, nl_r, "body",
  "next line of his quote, opened with a straight double mark (left open)", "continuation"),
 ("In order to do this our staff are volunteering", "seen as quickly as possible.", nl, P, nl_r, "body",
  "next line of his quote, closed", "continuation"),
])

kr = "Karen Roberts"; kr_r = "chief nursing officer at MacMillan Cancer Support"
fw = "Fran Woodard"; fw_r = "executive director of policy at MacMillan"
f("findings-reveal-a-shortage-of-cancer-nurses.txt", [
 ("Having the expertise and support of a specialist nurse", "specialist care they need,", kr, P, kr_r, "body",
  "'‘...,’ said Karen Roberts, chief nursing officer at MacMillan Cancer Support, the charity that released these findings.'", "said-after"),
 ("Nurses working in cancer care tell us", "given this unprecedented pressure.", kr, P, kr_r, "body",
  "next paragraph, a quote with no attribution of its own, closed", "continuation"),
 ("While the cancer workforce has grown,", "to ensure that action is taken,", fw, P, fw_r, "body",
  "'‘...,’ said Fran Woodard, executive director of policy at MacMillan.'", "said-after"),
 ("This situation will become more acute", "the number of people being d", fw, P, fw_r, "body",
  "next paragraph, a quote with no attribution of its own; cut off mid-word by the end of the excerpt", "continuation"),
])

ak = "Asha Kaur"; ak_r = "head of policy and campaigns at Bowel Cancer UK"
ks = "Kath Senior"; ks_r = "director of nursing, performance and quality at East Cheshire NHS Trust"
f("health-bosses-promise-improvement-in-waiting-times-for-bowel-cancer-testing.txt", [
 ("These waiting time figures present a worrying picture", "to meet these standards.", ak, P, ak_r, "body",
  "'Asha Kaur, head of policy and campaigns at Bowel Cancer UK said: “...' (left open)", "said-before"),
 ("The Government must get to grips with tackling this problem.", "capacity to meet this demand.", ak, P, ak_r, "body",
  "next paragraph of her quote (left open)", "continuation"),
 ("Rather than rhetoric, what we need", "won’t make it go away.", ak, P, ak_r, "body",
  "next paragraph of her quote, closed", "continuation"),
 ("Our absolute priority is patient safety", "The figures are for routine", ks, P, ks_r, "body",
  "'In a response Kath Senior, director of nursing, performance and quality at East Cheshire NHS Trust said: \"...' (cut off by the end of the excerpt)", "said-before"),
])

hk = "Harpal Kumar"; hk_r = "chair of the Independent Cancer Taskforce"
f("new-report-recommends-six-strategic-priorities-to-boost-cancer-survival-rates.txt", [
 ("We have an opportunity to save many thousands of lives", "from cancer every year", hk, P, hk_r, "body",
  "'“...”, said Harpal Kumar, chair of the Independent Cancer Taskforce.' (the comma is outside the marks)", "said-after"),
 ("We’re better informed than ever", "What’s needed now is action.", hk, P, hk_r, "body",
  "a second quote after the attribution in the same paragraph (left open)", "continuation"),
 ("Three previous cancer strategies did a great job", "with commitment and speed.", hk, P, hk_r, "body",
  "next paragraph of his quote, closed", "continuation"),
])

mcarr = "Margaret Carr"; mcarr_r = "from Cancer Research UK"
f("nhs-cancer-waiting-time-targets-missed-in-northern-ireland.txt", [
 ("Every extra day of waiting is stacking the odds in cancer’s favour.", None, mcarr, P, mcarr_r, "pull quote",
  "pull-quote line '“...”  Margaret Carr, Cancer Research UK' (name after the quote on the same line, no verb; role from 'Margaret Carr from Cancer Research UK said' in the body; the same words are the end of her quote below)", "said-after"),
 ("Cancer is the leading cause of death in Northern Ireland,", None, mcarr, P, mcarr_r, "body",
  "'“...,” said Carr.' (the paragraph before, 'Margaret Carr from Cancer Research UK said: that an inability ...', has no quote marks)", "said-after"),
 ("The lives of patients depend on swift,", "stacking the odds in cancer’s favour.", mcarr, P, mcarr_r, "body",
  "a second quote after the attribution in the same paragraph, closed", "continuation"),
 ("With the number of people being diagnosed with cancer rising,", "more urgently needed than ever,", mcarr, P, mcarr_r, "body",
  "'“...,” said Carr.'", "said-after"),
])

ec = "Emma Craske"; ec_r = "Specialist Nurse"
f("nice-decision-on-abiraterone.txt", [
 ("For men who can’t have docetaxel chemotherapy,", "an equal alternative in survival benefit.", ec, P, ec_r, "body",
  "'As our Specialist Nurse, Emma Craske, explained in a statement to NICE as part of our recent submission to the decision-making panel: \"...' (our = the charity's, Prostate Cancer UK's site; left open; 'high-volume' has 1 word)", "said-before"),
 ("Many are now aware of abiraterone", "the apparent potential survi", ec, P, ec_r, "body",
  "next paragraph of her statement; cut off mid-word by the end of the excerpt", "continuation"),
])

hb = "Heather Blake"; hb_r = "from Prostate Cancer UK"
f("nice-gives-prostate-cancer-drug-green-light.txt", [
 ("This long[-]awaited decision is fantastic news", "to get men what they need.", hb, P, hb_r, "body",
  "'Heather Blake, from Prostate Cancer UK, said: \"...\"' (the bracketed insertion is inside the quote)", "said-before"),
])

fo = "Dr Frances O’Hagan"
f("only-7-of-urgent-cancer-referrals-being-seen-within-two-weeks-by-one-trust.txt", [
 ("The waiting time for a routine breast appointment", "general surgery is 44 weeks.", fo, P, "", "body",
  "'Dr Frances O’Hagan, who is also a GP in Armagh, said her patients were waiting longer ...' then 'She said: ‘...' (she = Dr Frances O’Hagan; a relative clause, not a role; left open)", "pronoun"),
 ("From the point of view of the patient,", "It is very stressful for them.", fo, P, "", "body",
  "next paragraph of her quote, closed", "continuation"),
 ("I was very shocked by the figures,", None, fo, P, "", "body",
  "'‘...,’ she said.' (she = Dr Frances O’Hagan, the subject of 'She added that ...' just before)", "pronoun"),
 ("We spend more per head of population", "doing something badly wrong.", fo, P, "", "body",
  "a second quote after the attribution in the same paragraph (left open)", "continuation"),
 ("We need to be investing more in primary care", "do the more urgent care.", fo, P, "", "body",
  "next paragraph of her quote, closed", "continuation"),
])

rm2 = "Robert Music"; rm2_r = "Chief Executive, Jo’s Cervical Cancer Trust"
f("response-to-professor-sir-mike-richards-review-of-nhs-adult-screening-in-england.txt", [
 ("We welcome this long-awaited report", "the change needed will take place.", rm2, P, rm2_r, "body",
  "name-and-role line 'Robert Music, Chief Executive, Jo’s Cervical Cancer Trust:' above the quote, no verb (left open; the nested ‘urgent change’ has 2 words; the later paragraphs of the statement carry no marks and are not labelled)", "name-role-line"),
])

sg = "Scottish Government"
jf = "Jeane Freeman"; jf_r = "Health Secretary"
ml = "Monica Lennon"; ml_r = "Labour Shadow Cabinet Secretary for Health"
f("scottish-government-waiting-time-targets-for-cancer-patients-not-being-met.txt", [
 ("substantially and sustainably improve NHS waiting times", None, sg, O, "", "body",
  "'the Scottish Government announcing last October, a £850 million investment under its Waiting Times Improvement Plan, which aims to “...”' (the government's plan's aim, built into the writer's sentence)", "fragment"),
 ("We are committed to significantly improving", "waiting to be seen or treated.", jf, P, jf_r, "body",
  "'However Health Secretary Jeane Freeman said the failure ... is “simply not good enough”.' then 'She added: “...' (she = Jeane Freeman; “simply not good enough” has 4 words; left open)", "pronoun"),
 ("I have been clear with Health Boards", "action that is already underway.", jf, P, jf_r, "body",
  "next paragraph of her quote, closed mid-paragraph (the writer's text runs on after the closing mark)", "continuation"),
 ("Cancer remains Scotland’s biggest killer", "Scottish Government in order to beat it.", ml, P, ml_r, "body",
  "'Labour Shadow Cabinet Secretary for Health, Monica Lennon said: “...' (left open)", "said-before"),
 ("People living in our most deprived communities", "the worst outcomes.", ml, P, ml_r, "body",
  "next paragraph of her quote (left open)", "continuation"),
 ("This is not an inevitabil", None, ml, P, ml_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt after 5 tokens", "continuation"),
])

jp = "Janice Preston"; jp_r = "head of Macmillan Cancer Support in Scotland"
sr = "Shona Robison"; sr_r = "Health Secretary"
f("seven-health-boards-miss-cancer-target.txt", [
 ("It's very disappointing to see waiting-times targets", "being missed again.", jp, P, jp_r, "body",
  "'Janice Preston, head of Macmillan Cancer Support in Scotland, said: \"...' (left open)", "said-before"),
 ("While it's encouraging there has been some improvement,", "still missing the target.", jp, P, jp_r, "body",
  "next paragraph of her quote (left open)", "continuation"),
 ("Delays can leave patients and families very anxious", "these targets are not missed again.", jp, P, jp_r, "body",
  "next paragraph of her quote, closed", "continuation"),
 ("For any patient who receives a diagnosis of cancer", "is vitally important.", sr, P, sr_r, "body",
  "'Health Secretary Shona Robison welcomed ...' then 'Ms Robison said: \"...' (left open)", "said-before"),
 ("I welcome the figures published today", "seen within the target period.", sr, P, sr_r, "body",
  "next paragraph of her quote (left open)", "continuation"),
 ("Between October and December last year,", "the first cancer treatment was un", sr, P, sr_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

ds = "Duncan Selbie"; ds_r = "Chief Executive"
f("sussex-trust-apologises-for-breast-cancer-screen-delays.txt", [
 ("Our breast screening service is consistently rated", "we will never compromise on this.", ds, P, ds_r, "body",
  "'Chief Executive Duncan Selbie said: \"...' (of Brighton and Sussex University Hospitals Trust, named above; left open; the crosshead 'Best detection rate' and the related-link titles' quotes have 2-3 words)", "said-before"),
 ("We have been very open about the fact", "mammographers and radiographers.", ds, P, ds_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("We have been advertising continuously", "to catch up the backlog.", ds, P, ds_r, "body",
  "'He added: \"...\"' (he = Duncan Selbie)", "pronoun"),
])

bth = "A spokesperson for Bradford Teaching Hospitals NHS Foundation Trust"
f("targets-missed-on-waiting-times-for-bowel-cancer-tests.txt", [
 ("Patients are referred for colonoscopy on a number of different pathways.", "lower gastro-intestinal referrals.", bth, D, "", "body",
  "'A spokesperson for Bradford Teaching Hospitals NHS Foundation Trust said: “...' (unnamed; left open)", "said-before"),
 ("The 1 per cent target relates to routine referrals.", "we exceeded this target by 5 patients.", bth, D, "", "body",
  "next paragraph of the spokesperson's quote (left open)", "continuation"),
 ("There are lots of reasons why patients", "able to attend their colonoscopy", bth, D, "", "body",
  "next paragraph of the spokesperson's quote (the space before the opening mark is outside the quote); cut off by the end of the excerpt", "continuation"),
])

nhsrep = "A leaked NHS report"
tm = "Tessa Munt"; tm_r = "Lib Dem MP"
f("thousands-nhs-cancer-patients-treated-date-radiotherapy-machines.txt", [
 ("The expected lifespan of a linear accelerator is 10 years.", None, nhsrep, D, "", "body",
  "'A leaked NHS report has revealed ...'; 'The document calls for an urgent review into the machines and states: '...' (the document's authors are not named; left open; the headline's 'out-of-date' has 1 word)", "said-before"),
 ("Machines older than this are considered outdated", "linked to better patient outcomes.", nhsrep, D, "", "body",
  "next paragraph of the document's words, closed", "continuation"),
 ("Patients won’t be safe if they keep these old machines working.", None, tm, P, tm_r, "body",
  "'The document, seen by the Daily Mirror, was blasted by Lib Dem MP Tessa Munt.' then 'She said: '...' (she = Tessa Munt; left open)", "pronoun"),
 ("They should be replaced with modern machines", "fit for the 21st century.", tm, P, tm_r, "body",
  "next paragraph of her quote, closed", "continuation"),
])

gm = "Professor Gordon McVie"; gm_r = "Proton Partners International’s Chairman"
f("uk-is-getting-three-proton-beam-centres-after-ashya-kings-recovery-from-brain-cancer.txt", [
 ("This is an exciting and important development", "often at great expense to the NHS.", gm, P, gm_r, "body",
  "'Proton Partners International’s Chairman, Professor Gordon McVie said: ‘...' (left open; ‘miracle’ in the link line has 1 word)", "said-before"),
 ("The creation of these centres will go a long way", "the very best of treatment is ava", gm, P, gm_r, "body",
  "the next quote paragraph after a 'MORE :' link line, no attribution of its own; cut off mid-word by the end of the excerpt", "continuation"),
])

gr = "Professor Greg Rubin"; gr_r = "professor of general practice and primary care at the University of Durham"
f("urgent-cancer-referrals-should-not-be-refused.txt", [
 ("Urgent cancer referrals should not be refused", None, gr, P, gr_r, "headline",
  "headline quote of a first-person comment piece ('I do not agree with GP urgent referrals being sent back'); the author line at the end, 'Professor Greg Rubin is professor of general practice and primary care at the University of Durham and head of the Na...', names the writer", "other"),
])

ak2 = "Asha Kaur"; ak2_r = "head of policy at Bowel Cancer UK"
f("waiting-times-for-bowel-cancer-tests-at-dorset-county-hospital-are-unacceptable-says-charity.txt", [
 ("These figures are very disappointing.", "how early a diagnosis can be made.", ak2, P, ak2_r, "body",
  "'Asha Kaur, head of policy at Bowel Cancer UK, said: “...' (left open; ‘unacceptable’ in the lead has 1 word)", "said-before"),
 ("We know that if diagnosed at the earliest stage", "However this drops signifi", ak2, P, ak2_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

rf = "Roisin Foster"; rf_r = "Chief executive of Cancer Focus Northern Ireland"
f("waiting-times-rise-for-urgent-referrals-in-northern-ireland.txt", [
 ("The continuing failure to meet targets", "is of major concern.", rf, P, rf_r, "body",
  "'Chief executive of Cancer Focus Northern Ireland Roisin Foster stated: \"...' (left open)", "said-before"),
 ("We believe that our health service", "at an already worrying time.", rf, P, rf_r, "body",
  "next paragraph of her quote (left open)", "continuation"),
 ("Our message that early diagnosis and treatment saves lives", "compromised by these very wo", rf, P, rf_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

smo = "Susan Morris"; smo_r = "head of services for Macmillan Cancer Support in Wales"
vg = "Vaughan Gething"; vg_r = "Deputy Health Minister"
f("uk-wales-35822618.txt", [
 ("Macmillan is disappointed that the urgent and non-urgent", "have both been missed.", smo, P, smo_r, "body",
  "'Susan Morris, head of services for Macmillan Cancer Support in Wales, said: \"...' (left open; \"disappointing\" above has 1 word)", "said-before"),
 ("The percentage of people starting non-urgent cancer treatment", "which is worrying.", smo, P, smo_r, "body",
  "next paragraph of her quote, closed", "continuation"),
 ("Delays in starting cancer treatment increases anxiety", "will not be as successful.", smo, P, smo_r, "body",
  "a further quote paragraph with no attribution of its own straight after hers, closed", "continuation"),
 ("I'm pleased to see an improvement", "within the 62-day target.", vg, P, vg_r, "body",
  "'Responding to the figures, Mr Gething said: \"...' (= 'Deputy Health Minister Vaughan Gething' above; left open)", "said-before"),
 ("While two of Wales' health boards", "within target time on a con", vg, P, vg_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

kw = "Kirsty Williams"; kw_r = "Welsh Liberal Democrats leader"
dm = "Darren Millar"; dm_r = "Conservative shadow minister for health"
f("welsh-hospitals-fail-meet-cancer.txt", [
 ("Sixty two days is already an incredibly long time", "is completely unacceptable.", kw, P, kw_r, "body",
  "'Welsh Liberal Democrats leader Kirsty Williams said the new figures were “completely unacceptable”.' then 'She said: “...' (she = Kirsty Williams; “completely unacceptable” has 2 words; left open)", "pronoun"),
 ("It is essential that all urgent suspected cancer patients", "deteriorate in the meantime.", kw, P, kw_r, "body",
  "next paragraph of her quote, closed", "continuation"),
 ("While the First Minister has promised targets", "this pledge will be kept.", dm, P, dm_r, "body",
  "'Conservative shadow minister for health Darren Millar, said: “...' (left open)", "said-before"),
 ("Being given a diagnosis of cancer is very distressing", "progress to treatment swiftly.", dm, P, dm_r, "body",
  "next paragraph of his quote, closed (“deeply worrying below has 2 words and is cut off)", "continuation"),
])

label_table.build(R, prefix="AI", split="heldout34", out="eval/quotes/heldout34.jsonl")
