"""Build heldout7.jsonl (the seventh held-out attribution set, over eval/corpus10) from
the hand-written label table below.

Same method as build_heldout6.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout7.py   (writes eval/quotes/heldout7.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus10/")

# ---------------------------------------------------------------------------
f("antibiotic-use-falling-but-resistant-infections-rising.txt", [
 ("We have seen positive steps taken", "unnecessary antibiotic use,", "Dr Hopkins", P, "", "body",
  "'“...,” Dr Hopkins said.' (the excerpt opens here; she is never given a first name or role)", "said-after"),
 ("We want the public to join us", "only taking antibiotics when necessary,", "Dr Hopkins", P, "", "body",
  "'“...,” she added.' (she = Dr Hopkins, line before)", "pronoun"),
 ("Taking antibiotics when you don’t need them", "now and in the future.", "Dr Hopkins", P, "", "body",
  "next line, no attribution of its own, straight after Dr Hopkins's quote (closed)", "continuation"),
 ("The decrease in consumption of antibiotics", "there is more to be done.", "Prof Chris Whitty", P, "England’s chief medical officer", "body",
  "'Prof Chris Whitty, England’s chief medical officer, said:'; the line is left open", "said-before"),
 ("Antibiotic resistance is not just a matter", "vital medicines.", "Prof Chris Whitty", P, "England’s chief medical officer", "body",
  "next line of Prof Whitty's quote (closed)", "continuation"),
])

f("are-we-becoming-addicted-surge-prescriptions-powerful-opioid-painkillers.txt", [
 ("never prescribe opioids as a 'quick fix'.", None, "Professor Helen Stokes-Lampard", P, "chairwoman of the Royal College of GPs", "body",
  "'Professor Helen Stokes-Lampard, chairwoman of the Royal College of GPs, said that doctors ... and they will \"...\"' (built into the writer's sentence; contains a 2-word nested quote)", "fragment"),
])

ad = "Dr Amanda Doyle OBE"; ad_r = "chief clinical officer for the Lancashire and South Cumbria Health and Care Partnership"
f("calls-to-morecambe-and-lancaster-gp-practices-now-higher-than-pre-pandemic.txt", [
 ("We have to take several steps", "the most of in general practice.", ad, P, ad_r, "body",
  "'Dr Amanda Doyle OBE, chief clinical officer for the Lancashire and South Cumbria Health and Care Partnership, said:'; the paragraph is left open", "said-before"),
 ("This means that every appointment", "essential social distancing.", ad, P, ad_r, "body",
  "next paragraph of Dr Doyle's quote, re-opened with “ (left open)", "continuation"),
 ("Telephone and video appointments are essential", "seeing someone face-to-face.", ad, P, ad_r, "body",
  "last paragraph of Dr Doyle's quote: no opening mark, only a closing mark at its end", "continuation"),
 ("Please remember the NHS takes", "including seeing patients face-to-face.", ad, P, ad_r, "body",
  "'She said:' (She = Dr Doyle, whose reported speech is the paragraph before); the paragraph is left open and the page ends", "pronoun"),
])

f("care-contracts-cancelled-at-95-uk-councils-in-funding-squeeze.txt", [
 ("We didn’t think we could do it", "as simple as that.", "Ken Hogg", P, "co-director of Cymorth Llaw", "body",
  "'Ken Hogg, its co-director, told the programme:' (its = the home care company Cymorth Llaw)", "said-before"),
 ("doesn’t leave a great deal", None, "Ken Hogg", P, "co-director of Cymorth Llaw", "body",
  "'He said the company ... the amount the council was paying “...”' (He = Ken Hogg; built into the writer's sentence)", "fragment"),
 ("That was a terrible thin", None, "Alan Long", P, "executive director at Mears", "body",
  "'Alan Long, an executive director at Mears, told the programme:'; cut off by the end of the excerpt", "said-before"),
])

dh = "Don Hurst"
f("care-home-closures-like-something-from-a-horror-film.txt", [
 ("Care home closures like something from a horror film", "living nightmare", "unclear", U, "", "headline",
  "headline in quote marks with no speaker; its words are in no quotation of the excerpt and no one is credited with them before the excerpt is cut off", "other"),
 ("have a little sing and a dance", None, dh, P, "", "body",
  "'devoted Don Hurst, 87, carries his ... CD player into his wife’s care home to “...” with his beloved Winnie' (his own words built into the writer's sentence; introduced by age)", "fragment"),
 ("I go and see her every day", "a little dance in her room.", dh, P, "", "body",
  "'Don, who has six grandchildren ..., told the Mirror:' (Don = Don Hurst); the paragraph is left open", "said-before"),
 ("She laughs and smiles when she sees me.", "she will be very frightened.", dh, P, "", "body",
  "next paragraph of Don Hurst's quote, re-opened with \" (left open)", "continuation"),
 ("I can’t sleep worrying", "need to get to know her.", dh, P, "", "body",
  "next paragraph of Don Hurst's quote (left open)", "continuation"),
 ("It takes time for them to know", "moved far away from me.", dh, P, "", "body",
  "last paragraph of Don Hurst's quote (closed)", "continuation"),
 ("So I really don’t know what will happen", "as her condition deteriorated.", dh, P, "", "body",
  "'He said:' (He = Don, the last person mentioned, 'the only one near Don')", "pronoun"),
 ("It broke my heart when we had to find", "I spend ev", dh, P, "", "body",
  "next paragraph of Don Hurst's quote, re-opened with \"; cut off by the end of the excerpt", "continuation"),
])

dp = "Dave Prentis"; dp_r = "general secretary of Unison"
f("care-workers-take-action-over-alleged-breaches-of-minimum-wage.txt", [
 ("Without the dedication of these committed", "our care system would collapse.", dp, P, dp_r, "body",
  "'General secretary Dave Prentis said:' (the caption line above calls him 'Unison's Dave Prentis'); the paragraph is left open", "said-before"),
 ("The Government, local councils and the care companies", "going to get worse.", dp, P, dp_r, "body",
  "next paragraph of Dave Prentis's quote, re-opened with \" (left open)", "continuation"),
 ("The blame for the social care crisis", "cheat their staff.", dp, P, dp_r, "body",
  "next paragraph of Dave Prentis's quote (left open)", "continuation"),
 ("More money must be put into care", "cannot be delivered. No", dp, P, dp_r, "body",
  "next paragraph of Dave Prentis's quote; cut off by the end of the excerpt", "continuation"),
])

sh = "Dr Simon Hilton"; sh_r = "Immunisation Co-ordinator for NHS Grampian"
f("changes-to-flu-vaccination-programme-across-grampian.txt", [
 ("The biggest change will be that individuals", "a local vaccination clinic instead.", sh, P, sh_r, "body",
  "'Dr Simon Hilton, Immunisation Co-ordinator for NHS Grampian said:'; the line is left open", "said-before"),
 ("This also comes at a time where we anticipate", "immunisation due to COVID-19.", sh, P, sh_r, "body",
  "next line of Dr Hilton's quote: no marks of its own, but inside the quote that opens on the line before and closes on the line after", "continuation"),
 ("Clinics will be set up in a number of locations", "health and safety is priority.", sh, P, sh_r, "body",
  "last line of Dr Hilton's quote: no opening mark, closed at its end", "continuation"),
 ("We always give very strong encouragement", "can make people seriously il", sh, P, sh_r, "body",
  "'Dr Hilton added:' after the bulleted list; cut off by the end of the excerpt", "said-before"),
])

nc = "Nick Corney"
f("colwyn-bay-care-home-latest-to-cease-business.txt", [
 ("The company served just 28 days’ notice on her,", None, nc, P, "", "body",
  "'“...,” said Corney, who lives 20 miles away in Betws-y-Coed.' (Nick Corney, first paragraph; the relative clause is not a role)", "said-after"),
 ("Even private tenants get treated better", "two months’ notice.", nc, P, "", "body",
  "second quoted sentence after 'said Corney' in the same paragraph", "continuation"),
 ("There appears to be a serious lack of funding.", "the crisis with dementia,", nc, P, "", "body",
  "'“...,” Corney said.'", "said-after"),
 ("For people with dementia, the last thing they need", "general health badly,", nc, P, "", "body",
  "'“...,” said Corney.' (same paragraph)", "said-after"),
 ("This has been a very difficult decision.", "worked hard to turn it aroun", "Rosewood Healthcare Group", O, "", "body",
  "'In a statement Rosewood Healthcare Group said:'; cut off by the end of the excerpt", "said-before"),
])

jm = "Janet Morrison"; jm_r = "Chief Executive of Independent Age"
f("comment-on-the-pacac-report-on-unsafe-discharge-from-hospital.txt", [
 ("Follow-up to PHSO Report on unsafe discharge from hospital", None, "", N, "", "body",
  "a report's title in quote marks ('In response to the ... (PACAC) report, '...''), nobody's speech", "other"),
 ("This report paints a damning picture", "services in place for them.", jm, P, jm_r, "body",
  "'Janet Morrison, Chief Executive of Independent Age, the older people’s charity, who gave evidence to the Committee, said:' on the line above; the paragraph is left open; contains two 2-word nested quotes", "said-before"),
 ("Unsafe discharge from hospital doesn’t just lead", "allowed to continue for years.", jm, P, jm_r, "body",
  "next paragraph of Janet Morrison's quote, re-opened with \" (closed)", "continuation"),
])

f("distraught-pensioners-kicked-out-of-care-home.txt", [
 ("We were under the impression these new buildings", "We are absolutely devastated.", "A member of staff", D, "", "body",
  "'A member of staff said:' (unnamed)", "said-before"),
 ("There’s some very poorly people up there.", "it’s just awful.", "Colin Elsworth", P, "", "body",
  "'Colin Elsworth, 55, whose mum, Alice, 84, lived at the home, said:' (introduced by age; the relative clause is not a role)", "said-before"),
 ("She’s only been there for three months", "living at home with us until then.", "June Brocklebank", P, "daughter-in-law of resident Jenny Brocklebank, 79", "body",
  "'June Brocklebank, daughter-in-law of resident Jenny Brocklebank, 79, said:'", "said-before"),
])

f("eu-doctors-nurses-hospitals-staffing-crisis.txt", [
 ("We would have to close capacity", "they are more expensive.", "Danny Mortimer", P, "chief executive of NHS Employers", "body",
  "quote paragraph with no attribution of its own straight after 'Meanwhile recruitment from the EU has “plummeted”, said Danny Mortimer, chief executive of NHS Employers, warning that ...' (his reported speech)", "continuation"),
])

gl = "Professor Gillian Leng"; gl_r = "deputy chief executive and director of health and social care at the National Institute for Health and Care Excellence"
f("government-striking-poverty-ambition.txt", [
 ("NHS England shows a striking poverty of ambition", "a satisfactory achievement,", "Public Accounts Committee", O, "", "body",
  "''...,' the report concluded.' (the new report by the Public Accounts Committee (PAC), whose words the lead gives to 'MPs')", "description"),
 ("It's clear we need to improve the way", "the same level of care.", gl, P, gl_r, "body",
  "'Professor Gillian Leng, deputy chief executive and director of health and social care at the National Institute for Health and Care Excellence, said:'; the line is left open", "said-before"),
 ("Our social care guidance makes recommendations", "as painless as possible for patients,", gl, P, gl_r, "body",
  "''...,' she added.' (she = Professor Leng, line before)", "pronoun"),
])

mh = "Matt Hancock"
f("health-tourism-fact-vs-fiction.txt", [
 ("Our beloved NHS is renowned around the world", "to pay their way as well.", mh, P, "", "body",
  "'Matt Hancock said:' (no title is given in the excerpt); the paragraph is left open", "said-before"),
 ("This new drive will help recoup millions", "when we need it most.", mh, P, "", "body",
  "next paragraph of Matt Hancock's quote (closed)", "continuation"),
])

mb = "Dr Maureen Baker"; mb_r = "chair of the Royal College of GPs"
f("healthcare-professionals-dramatically-cut-antibiotic-prescribing.txt", [
 ("will continue to work with them and with our partners", "bring these figures down even further.", "NHS Improvement", O, "", "body",
  "'..., said NHS Improvement, noting that its Patient Safety Team \"...\"' (built into the writer's sentence)", "fragment"),
 ("At a time when the NHS has advanced", "no longer fighting infections,", "NHS Improvement", O, "", "body",
  "'\"...,\" the group stressed.' (the group = NHS Improvement, paragraph before)", "said-after"),
 ("healthcare professionals across the UK are taking our warnings", "working hard to address them", mb, P, mb_r, "body",
  "'Dr Maureen Baker, chair of the Royal College of GPs, said the figures show that \"...\"'", "fragment"),
 ("to curb this dangerous growing resistance", "when prescribed appropriately.", mb, P, mb_r, "body",
  "'she reiterated the responsibility of everyone \"...\"' (she = Dr Baker)", "fragment"),
 ("Ultimately we need more investment in new drugs", "keep our patients safe", mb, P, mb_r, "body",
  "quote paragraph with no attribution of its own straight after Dr Baker's reported speech", "continuation"),
 ("But this won't happen overnight", "to make the public realise", mb, P, mb_r, "body",
  "next quote paragraph, no attribution of its own; cut off by the end of the excerpt", "continuation"),
])

f("herald-view-lets-park-this-harassment-of-nhs-staff.txt", [
 ("It’s simply not fair to expect patients", "the last thing people need.", "Nicola Sturgeon", P, "Cabinet Secretary for Health and Wellbeing", "body",
  "'Cabinet Secretary for Health and Wellbeing – as she was then – Nicola Sturgeon, said:' (words from ten years before, quoted in the paper's leader)", "said-before"),
])

f("homelessness-kills.txt", [
 ("To know that so many vulnerable people", "entirely treatable is heartbreaking,", "Matthew Downie", P, "Director of Policy and External Affairs at Crisis", "body",
  "'“...,” said Matthew Downie, Director of Policy and External Affairs at Crisis.'", "said-after"),
])

kk = "Kay Kelly"; kk_r = "clinical negligence lawyer representing the family"
f("hospital-trust-admits-sepsis-care-failings-after-womans-death.txt", [
 ("to identify and manage sepsis as early as possible", None, "Royal Wolverhampton NHS hospital trust", O, "", "body",
  "'Now, the trust has made admissions ... It added lessons had been learned “...”' (It = the trust that runs New Cross hospital, the Royal Wolverhampton NHS hospital trust)", "fragment"),
 ("She was just a 19-year-old, young, fit and healthy woman.", "could and should have been avoided.", kk, P, kk_r, "body",
  "'Kay Kelly, the clinical negligence lawyer representing the family, said:'; the paragraph is left open", "said-before"),
 ("Three reputable medical experts concluded", "because she was strong.", kk, P, kk_r, "body",
  "next paragraph of Kay Kelly's quote (closed)", "continuation"),
])

f("hospitals-may-ban-smoking-shelters-and-sell-e-cigs-in-shock.txt", [
 ("A new Public Health England evidence review has indicated", "helping people to quit smoking.", "The website", D, "", "body",
  "quote line with no attribution of its own; the next line goes on 'However, \"...\", the website says.' (an unnamed website), which presents both as the website's words", "other"),
 ("the number of e-cigarette users has plateaued", "three million people in the UK", "The website", D, "", "body",
  "'However, \"...\", the website says.' (an unnamed website; built into the writer's sentence)", "fragment"),
 ("Although not without risk, the overall risk of harm", "calculated to be less than 1%", "PHE experts", D, "", "body",
  "'PHE experts, writing in The Lancet, said:' (unnamed experts of Public Health England)", "said-before"),
 ("We are saying no smoking anywhere on the grounds", "that shelter becomes a vaping shelter", "Martin Dockrell", P, "tobacco control lead for PHE", "body",
  "'\"...\", said Martin Dockrell, tobacco control lead for PHE.' (contains a bracketed insertion)", "said-after"),
])

me = "Moira Edwards"; hk = "Matt Hancock"; ne = "Nana Kwabena Edusei"; ne_r = "retired manager with Associated British Foods"
f("hundreds-jabbed-as-seven-new-vaccine-centres-open-around-england.txt", [
 ("I had no hesitation at coming forward", "when it was offered to me.", me, P, "", "body",
  "'Ms Edwards, from Cobham in Surrey, said:' (88-year-old Moira Edwards, paragraph before; introduced by age and place); the paragraph is left open", "said-before"),
 ("I have quite a large family", "to protect myself and them.", me, P, "", "body",
  "next paragraph of Moira Edwards's quote, re-opened with \" (left open)", "continuation"),
 ("Having this vaccine makes it a step closer", "giving them a big hug.", me, P, "", "body",
  "last paragraph of Moira Edwards's quote (closed), after an image line and a caption about Matt Hancock", "continuation"),
 ("Obviously there are people here, on my team", "come get the vaccines.", hk, P, "Health Secretary", "body",
  "'He said:' (He = Health Secretary Matt Hancock, paragraph before)", "pronoun"),
 ("supply is the rate-limiting factor", None, hk, P, "Health Secretary", "body",
  "'Mr Hancock said \"...\", but added that ...' (built into the writer's sentence)", "fragment"),
 ("one of the biggest supplies in the world", "Oxford AstraZeneca vaccine", hk, P, "Health Secretary", "body",
  "same sentence: '... but added that the UK has \"...\"'", "fragment"),
 ("It was not a problem at all.", None, ne, P, ne_r, "body",
  "'Mr Edusei, a retired manager with Associated British Foods, said after his experience:' (Great-grandfather Nana Kwabena Edusei, 81, paragraph before); the paragraph is left open", "said-before"),
 ("They asked me a few questions about my health", "didn't feel the injection at all.", ne, P, ne_r, "body",
  "next paragraph of Mr Edusei's quote (closed)", "continuation"),
])

f("inquest-finds-hours-old-baby-dies-from-sepsis.txt", [
 ("Though the medical staff were very kind", "his life could have been saved.", "Daxa Patel", P, "", "body",
  "'Daxa Patel Comments:' on its own line above the quote (no role in the excerpt); the paragraph is left open and the next paragraphs carry no marks", "said-before"),
])

jmo = "Jean Moore"; cp = "Carol Partington"
f("it-was-devastating-families-and-residents-suffer-as-care-homes-close.txt", [
 ("It was devastating, as far as I was concerned,", None, jmo, P, "", "body",
  "'“...,” said Jean Moore, an 87-year-old who lived at the home, ...' (introduced by age; no role)", "said-after"),
 ("It was traumatic to be moved", "what you didn’t like.", jmo, P, "", "body",
  "second quoted passage after 'said Jean Moore' in the same paragraph", "continuation"),
 ("I was worried about being separated from my son", "I’d be cut off,", jmo, P, "", "body",
  "'“...,” she said.' (she = Moore; the paragraph opens with her son Gareth)", "pronoun"),
 ("I joked I was going to put my name down", "a lovely place to visit,", cp, P, "Moore’s niece", "body",
  "'Carol Partington, Moore’s niece, had always liked the home. “...,” she said.'", "pronoun"),
 ("It’s stressful moving home for anyone", "be here 24/7 checking up.", cp, P, "Moore’s niece", "body",
  "second quoted passage after 'she said' in the same paragraph", "continuation"),
])

f("jeremy-hunt-breast-cancer-screening-statement-wrong-inquiry-finds.txt", [
 ("was made following advice based on an incomplete understanding", "what had happened", "The independent inquiry", D, "", "body",
  "'The inquiry, chaired by cancer experts, said Hunt’s announcement “...”' (the unnamed independent inquiry of the lead; built into the writer's sentence)", "fragment"),
 ("The vast majority of women who were told earlier this year", "that they may have", "unclear", U, "", "body",
  "quote paragraph cut off by the end of the excerpt before any attribution; the paragraphs before are the writer's own summary", "other"),
])

jh = "Jeremy Hunt"; jh_r = "Health Secretary"
f("jeremy-hunt-breast-cancer-screening.txt", [
 ("Tragically, there are likely to be some people", "if the failure had not happened,", jh, P, jh_r, "body",
  "'\"...,\" he said.' (he = Health Secretary Jeremy Hunt, earlier in the same run-together paragraph)", "pronoun"),
 ("wholeheartedly and unreservedly for the suffering caused", None, jh, P, jh_r, "body",
  "'Mr Hunt apologised \"...\" and promised ...' (built into the writer's sentence)", "fragment"),
 ("As well as apologising to the families affected", "compensation is therefore payable,", jh, P, jh_r, "body",
  "'\"...,\" Mr Hunt said.'", "said-after"),
 ("neither believe they are affected", None, jh, P, jh_r, "body",
  "'The Health Secretary said Scotland uses a different IT system and while the systems in Wales and Northern Ireland are similar \"...\".' (built into the writer's sentence; the Health Secretary = Jeremy Hunt)", "fragment"),
])

jw = "Jeeves Wijesuriya"; jw_r = "BMA junior doctors committee chair"
f("junior-doctors-welcome-gmc-research-on-rota-gap-pressures.txt", [
 ("This is an extremely welcome development.", "to demonstrate this.", jw, P, jw_r, "body",
  "'He said:' (He = BMA junior doctors committee chair Jeeves Wijesuriya, paragraph before); the paragraph is left open", "pronoun"),
 ("Asking whether trainees received enough notice", "where it is needed.", jw, P, jw_r, "body",
  "next paragraph of Jeeves Wijesuriya's quote (closed)", "continuation"),
])

gc = "Gina Cunliffe"
f("knew-nothing-mum-s-sepsis-says-blackburn-woman.txt", [
 ("My mum was taken by ambulance", "a fall and breaking her hip", gc, P, "", "body",
  "'Ms Cunliffe, 58, who lives in Downham Street, Blackburn, said:' (the daughter, Gina Cunliffe; her mother Mary is also called 'Ms Cunliffe' earlier, but the age and address fit the daughter); the paragraph is left open", "said-before"),
 ("But she went on to develop pneumonia", "treated soon enough.", gc, P, "", "body",
  "next paragraph of Gina Cunliffe's quote (left open)", "continuation"),
 ("At that point I knew nothing about my mum’s sepsis", "wasn’t told anything.", gc, P, "", "body",
  "next paragraph of Gina Cunliffe's quote (left open)", "continuation"),
 ("So to find out in a report 16 months later", "real failings here.", gc, P, "", "body",
  "last paragraph of Gina Cunliffe's quote (closed)", "continuation"),
])

f("maternity-services.txt", [
 ("will almost certainly be made", None, "Royal College of Midwives", O, "", "body",
  "'A midwives shortage is having a major impact and mistakes \"...\", with patients put at risk, the union says.' (the union = the Royal College of Midwives (RCM), paragraph before)", "fragment"),
 ("When services are operating at or beyond their capacity", "This is simply not acceptable.", "Cathy Warwick", P, "RCM chief executive", "body",
  "'RCM chief executive Cathy Warwick, said:' (the quote opens with a doubled mark \"\")", "said-before"),
])

km = "Kieran McCarthy"
f("mccarthy-concerned-at-increase-in-waiting-lists-times.txt", [
 ("These figures are deeply worrying.", "a priority for the Department of Health.", km, P, "MLA", "body",
  "'Kieran McCarthy MLA said:' (the release's first line); the line is left open", "said-before"),
 ("The staff in our hospitals and health centres", "criticise their contribution.", km, P, "MLA", "body",
  "next line of Kieran McCarthy's quote (left open)", "continuation"),
 ("We need to ensure that the level of front line staff", "higher levels of waiting lists.", km, P, "MLA", "body",
  "last line of Kieran McCarthy's quote (closed), before 'ENDS'", "continuation"),
])

cw = "Cathy Warwick"; cw_r = "chief executive of the Royal College of Midwives"
f("midwife-crisis-in-england.txt", [
 ("the system is under considerable pressure", "what they expect will happen.", cw, P, cw_r, "body",
  "'Cathy Warwick, chief executive of the Royal College of Midwives told the Today programme \"...\"' (no colon)", "said-before"),
 ("When a system is under pressure is when mistakes happen", "things going wrong.", cw, P, cw_r, "body",
  "'She added:' (She = Cathy Warwick)", "pronoun"),
])

ss = "Stewart Stevenson"; ss_r = "Banffshire and Buchan Coast MSP"
f("msp-urges-constituents-to-get-flu-jab-in-time-for-christmas.txt", [
 ("Last year was a particularly bad season for flu", "others around you from the virus.", ss, P, ss_r, "body",
  "'Commenting, Stewart Stevenson MSP said:' (Banffshire and Buchan Coast MSP Stewart Stevenson, first paragraph); the paragraph is left open", "said-before"),
 ("With less than a week until Christmas", "get their flu vaccination.", ss, P, ss_r, "body",
  "next paragraph of Stewart Stevenson's quote (left open)", "continuation"),
 ("There’s nothing worse than being ill", "healthy you may feel.", ss, P, ss_r, "body",
  "last paragraph of Stewart Stevenson's quote (closed)", "continuation"),
])

sw = "Susan Webb"; sw_r = "director of public health for NHS Grampian"
f("nearly-80000-people-in-north-east-receive-flu-jab.txt", [
 ("I am really heartened by the progress we are making", "people across the region.", sw, P, sw_r, "body",
  "'Ms Webb said:' (Susan Webb, director of public health for NHS Grampian, introduced two paragraphs before); the paragraph is left open", "said-before"),
 ("Our priority right now remains those aged 65 and over", "please be patient.", sw, P, sw_r, "body",
  "next paragraph of Susan Webb's quote (left open)", "continuation"),
 ("We are issuing hundreds of appointment letters", "as soon as we can confirm them.", sw, P, sw_r, "body",
  "next paragraph of Susan Webb's quote (left open); contains a 1-word nested quote", "continuation"),
])

da = "Deborah Alsina"; da_r = "Chief Executive of Bowel Cancer UK"; rs = "Professor Robert Steele"; rs_r = "Director of the Scottish Bowel Screening Programme"
f("new-bowel-cancer-test-for-scotland.txt", [
 ("We very much welcome the introduction", "to participate in screening.", da, P, da_r, "body",
  "'Deborah Alsina, Chief Executive of Bowel Cancer UK, said,' on its own line above the quote; the paragraph is left open", "said-before"),
 ("It’s a move that we would like to see replicated", "other parts of the UK.", da, P, da_r, "body",
  "next paragraph of Deborah Alsina's quote (never closed)", "continuation"),
 ("The bold approach of DCE has helped break down barriers", "than ever before.", rs, P, rs_r, "body",
  "'Professor Robert Steele, Director of the Scottish Bowel Screening Programme, added:' on its own line above the quote; contains a 2-word nested quote; the paragraph is left open", "said-before"),
 ("It’s fair to say that Scotland has taken several strides", "making bowel screening a socia", rs, P, rs_r, "body",
  "next paragraph of Professor Steele's quote; cut off by the end of the excerpt", "continuation"),
])

f("new-bowel-screening-test-leads-to-increase-in-uptake-in-scotland.txt", [
 ("It’s positive to hear that the introduction", "has increased uptake by", "Deborah Alsina MBE", P, "Chief Executive of Bowel Cancer UK", "body",
  "'Deborah Alsina MBE, Chief Executive of Bowel Cancer UK, says:' (present tense, in the charity's own news item); cut off by the end of the excerpt", "said-before"),
])

ac = "Anthony Clarkson"; ac_r = "director of organ donation and transplantation for NHS Blood and Transplant"
f("new-campaign-to-raise-awareness-of-organ-donation-law-change.txt", [
 ("Organ donation is, and always will be, a precious gift.", None, ac, P, ac_r, "body",
  "'Anthony Clarkson, director of organ donation and transplantation for NHS Blood and Transplant, said:'; the next opening mark on the same line marks a merged paragraph break, so the quote is split there", "said-before"),
 ("Although the law is changing it will still be", "more lives can be saved.", ac, P, ac_r, "body",
  "next merged paragraph of Anthony Clarkson's quote (re-opened with “ on the same line, never closed)", "continuation"),
 ("We want everyone to know the law around organ donation", "the choices available to them.", ac, P, ac_r, "body",
  "next merged paragraph of Anthony Clarkson's quote", "continuation"),
 ("We want them to make their organ donation decision", "that decision with their family.", ac, P, ac_r, "body",
  "last merged paragraph of Anthony Clarkson's quote (closed)", "continuation"),
])

gm = "Gordon Matheson"; gm_r = "from Cancer Research UK"
f("new-fit-bowel-cancer-test-leads-to-screening-rate-rise.txt", [
 ("This report is good news in that we’re seeing", "this new test was introduced.", gm, P, gm_r, "body",
  "quote lines with the name line 'Gordon Matheson, from Cancer Research UK' below them and no verb (the page's only speaker); the first line is left open", "name-role-line"),
 ("Screening for bowel cancer saves lives", "to be treated successfully.", gm, P, gm_r, "body",
  "next line of the same quote (closed), above the name line", "continuation"),
])

ac2 = "director of organ and tissue donation and transplantation at NHS Blood and Transplant (NHSBT)"; fa = "Faizan Awan"
f("new-opt-out-organ-donation-law-comes-into-force-in-england.txt", [
 ("We hope this law change will prompt all of us", "with our family and friends.", ac, P, ac2, "body",
  "'Anthony Clarkson, director of organ and tissue donation and transplantation at NHS Blood and Transplant (NHSBT), said:'", "said-before"),
 ("For many people like me, who are waiting for an organ", "in a number of ways.", fa, P, "", "body",
  "'He said:' (He = Faizan Awan, 'The 33-year-old' of the paragraph before; no role); the paragraph is left open", "pronoun"),
 ("With the new law coming into effect", "get the conversation", fa, P, "", "body",
  "next paragraph of Faizan Awan's quote; cut off by the end of the excerpt", "continuation"),
])

sc = "Shawn Charlwood"; sc_r = "chair of the BDAs general dental practice committee"
f("nhs-dentistry-is-in-decline-in-berkshire-west-data-reveals.txt", [
 ("NHS dentistry is hanging by a thread, because", "there will be no NHS dentistry,", sc, P, sc_r, "body",
  "'“...,” said Mr Charlwood.' (Shawn Charlwood, chair of the BDAs general dental practice committee, line before)", "said-after"),
 ("It’s a really serious situation", "their ability to access care.", sc, P, sc_r, "body",
  "next line, no attribution of its own, straight after Mr Charlwood's quote (closed)", "continuation"),
 ("Every practice struggling to fill vacancies", "unable to access care,", sc, P, sc_r, "body",
  "'“...,” said Mr Charlwood.'", "said-after"),
 ("Years of failed contracts and underfunding", "facing down an exodus.", sc, P, sc_r, "body",
  "next line, no attribution of its own, straight after Mr Charlwood's quote; left open", "continuation"),
 ("Ministers have failed to grasp", "without NHS dentists.", sc, P, sc_r, "body",
  "next line of the same quote (left open)", "continuation"),
 ("Rather than punishing colleagues", "recognises and rewards commitment.", sc, P, sc_r, "body",
  "last line of the same quote (closed)", "continuation"),
])

ja = "Jonathan Ashworth"; ja_r = "Shadow health secretary"
f("nhs-england-maternity-unit-crisis-close-doors.txt", [
 ("Expectant mothers deserve reassurance", "the NHS most is unthinkable.", ja, P, ja_r, "body",
  "'Shadow health secretary Jonathan Ashworth said:'; the paragraph is left open", "said-before"),
 ("Under this Government, maternity units are understaffed", "proper investment in maternity services.", ja, P, ja_r, "body",
  "next paragraph of Jonathan Ashworth's quote (left open)", "continuation"),
 ("Every pregnant women turned away from a maternity unit", "mismanagement of the N", ja, P, ja_r, "body",
  "next paragraph of Jonathan Ashworth's quote; cut off by the end of the excerpt", "continuation"),
])

f("nhs-englands-top-gp-defends-practices-response-covid-19.txt", [
 ("heard a rumour that GP surgeries not reopening until March", None, "Allison Pearson", P, "Telegraph commentator", "body",
  "'In a Twitter post Telegraph commentator Allison Pearson said she had '...'.' (built into the writer's sentence)", "fragment"),
 ("General practice is open and has been throughout the pandemic.", "unhelpful and unnecessary.", "Dr Nikki Kanani", P, "NHS England medical director for primary care", "body",
  "'Dr Kanani wrote:' (NHS England medical director for primary care Dr Nikki Kanani, two paragraphs before; a tweet)", "said-before"),
 ("I assumed this was a joke", "help out a little more.", "Dr Jonathan Rial", P, "Hampshire GP", "body",
  "'Hampshire GP Dr Jonathan Rial tweeted to point out ..., writing:' (opened with ‘ and closed with ')", "said-before"),
 ("We are not only open and have been throughout the pandemic", "bread & butter work too", "Dr Simon Hodes", P, "Watford GP", "body",
  "'Watford GP Dr Simon Hodes said:' (contains a bracketed insertion; the full stop is outside the closing mark)", "said-before"),
])

hbj = "Dr Henrietta Bowden-Jones"; hbj_r = "the clinic’s lead consultant psychiatrist"
f("nhs-gambling-addiction-clinic-opens-in-london.txt", [
 ("We have developed a unique treatment package", "common to problem gamblers.", hbj, P, hbj_r, "body",
  "'The clinic’s lead consultant psychiatrist, Dr Henrietta Bowden-Jones, said:' (the clinic = the National Problem Gambling Clinic in Soho); the paragraph is left open", "said-before"),
 ("Due to the nature of their addiction", "debt management and employment issues.", hbj, P, hbj_r, "body",
  "next paragraph of Dr Bowden-Jones's quote (closed)", "continuation"),
 ("The saddest thing is that so few people actually use the centres.", "to get a receipt and spending", "A commenter", RD, "", "comment",
  "an unsigned reader comment in quote marks under 'Your comments: (Terms and conditions apply)'; cut off by the end of the excerpt", "other"),
])

mt = "Mr Mark Taylor"; mt_r = "Northern Ireland Director of the Royal College of Surgeons"
f("ni-hospital-waiting-times-by-far-the-worst-across-the-uk.txt", [
 ("The first thing to say about the waiting lists", "the four parts of the UK.", mt, P, mt_r, "body",
  "'Northern Ireland Director of the Royal College of Surgeons, Mr Mark Taylor, told the News Letter:'", "said-before"),
 ("Our waiting times are much worse than even", "what you’re seeing here.", mt, P, mt_r, "body",
  "'The consultant general and hepatobiliary surgeon who was on the five-person panel ..., explained:' (the description follows 'Mr Taylor said' and refers to him); the paragraph is left open", "description"),
 ("NHS England measure from the referral by a GP", "seen by a consultant as an outpatient.", mt, P, mt_r, "body",
  "next paragraph of Mr Taylor's quote (left open)", "continuation"),
])

go = "Dr George O'Neill"
f("northern-ireland-health-service-waiting-times-worst-in-uk.txt", [
 ("there is not a separate species of patient out there.", None, go, P, "", "body",
  "second quoted part after '\"We are all patients,\" he said,' (the first part has 4 words; he = Dr George O'Neill, speaking to the BBC's Stephen Nolan show; no role)", "continuation"),
 ("We have to address that,", None, go, P, "", "body",
  "'\"...,\" he continued,' (he = Dr O'Neill, 'The medic')", "pronoun"),
 ("We are short on oncologists", "that has to be addressed.", go, P, "", "body",
  "second quoted part after 'he continued,' in the same paragraph; never closed", "continuation"),
 ("There is a culture of having system that works for us", "rat", go, P, "", "body",
  "quote paragraph with no attribution of its own straight after 'He emphasised a need for a societal change ...' (Dr O'Neill's reported speech); cut off by the end of the excerpt", "continuation"),
])

sd = "Professor Dame Sally Davies"; sd_r = "Chief Medical Officer for England"
f("opioid-painkillers-to-carry-addiction-warnings.txt", [
 ("I have been incredibly concerned by the recent increase", "addicted to opioid drugs.", "Mr Hancock", P, "", "body",
  "'Mr Hancock added:' (never given a first name or title in the excerpt); the paragraph is left open", "said-before"),
 ("Painkillers were a major breakthrough in modern medicine", "ruin lives like an illegal drug.", "Mr Hancock", P, "", "body",
  "next paragraph of Mr Hancock's quote (closed)", "continuation"),
 ("It is vital that anyone who is prescribed strong painkillers", "suffering from serious pain,", sd, P, sd_r, "body",
  "'“...,” she said.' (she = Professor Dame Sally Davies, Chief Medical Officer for England, paragraph before)", "pronoun"),
 ("As soon as the pain starts to alleviate", "comes with long term use.", sd, P, sd_r, "body",
  "next paragraph, no attribution of its own, straight after her quote (closed)", "continuation"),
])

rob = "Rob"; rob_r = "recovering addict helped by Gamblers Anonymous"
f("pioneering-clinic-for-gambling-addicts.txt", [
 ("Any form of therapy or clinic", "a quality of life.", rob, P, rob_r, "body",
  "'Rob, a 50-year-old recovering addict helped by Gamblers Anonymous, said:' (first name only)", "said-before"),
 ("It progressed in a way that anything I had", "that's the way it was.", rob, P, rob_r, "body",
  "quote paragraph after the crosshead 'Illness of want', with no attribution of its own; the paragraphs before tell Rob's story", "continuation"),
 ("embedded in his own hell", None, rob, P, rob_r, "body",
  "'Rob says through gambling he became \"...\".'", "fragment"),
 ("It's the illness of want.", "you can have these things.", rob, P, rob_r, "body",
  "'He said:' (He = Rob); the paragraph is left open", "pronoun"),
 ("It's like a pied piper coercing you in.", "appeals to young people.", rob, P, rob_r, "body",
  "next paragraph of Rob's quote (closed)", "continuation"),
])

jmr = "Jacqui Morrissey"; jmr_r = "assistant director of research & influencing at the Samaritans"
f("pm-commits-600000-to-support-suicide-prevention-plans.txt", [
 ("With this report, we really want to celebrate", "alone won’t save lives,", jmr, P, jmr_r, "body",
  "'‘...,’ said Jacqui Morrissey, assistant director of research & influencing at the Samaritans.'", "said-after"),
 ("Local authorities need support to ensure high quality delivery", "the voluntary sector.", jmr, P, jmr_r, "body",
  "next paragraph, re-opened with ‘, straight after her quote (left open)", "continuation"),
 ("We believe there is so much potential", "achieve economies of scale.", jmr, P, jmr_r, "body",
  "next paragraph of Jacqui Morrissey's quote (closed)", "continuation"),
 ("Every suicide is a preventable", None, "Jackie Doyle Price", P, "the minister for Mental Health, Inequalities and Suicide Prevention", "body",
  "quote paragraph straight after 'Jackie Doyle Price, the minister for Mental Health, Inequalities and Suicide Prevention, welcomed the report’s findings and committed to ...' (her reported words); cut off by the end of the excerpt", "continuation"),
])

f("prescription-drug-addiction-government-launches-investigation.txt", [
 ("We know this is a huge problem in other countrues", "doesn’t become one here,", "Steve Brine", P, "public health minister", "body",
  "'“...,” he added Brine.' (a garbled attribution with both the pronoun and the surname; Steve Brine, the public health minister, who 'said' the paragraph before)", "said-after"),
 ("It’s of real concern that so many people", "only to find later on they hav", "unclear", U, "", "body",
  "quote paragraph after the writer's bulleted list of drugs, cut off by the end of the excerpt before any attribution", "other"),
])

gll = "Gareth Llewellyn"; gll_r = "owner of a Swansea-based private ambulance company"
f("private-ambulances-spurned-in-wales.txt", [
 ("If you go to English cities like Bristol", "in those places for 20 years.", gll, P, gll_r, "body",
  "'He said,' (He = Mr Llewellyn, in the same paragraph); the paragraph is left open", "pronoun"),
 ("We have been registered here in Wales for 14 years", "there are private companies involved.", gll, P, gll_r, "body",
  "next paragraph of Mr Llewellyn's quote (closed); contains a nested quote", "continuation"),
 ("Nye Bevan would be spinning in his grave", "NHS was being privatised", "Politicians", D, "", "body",
  "nested in Mr Llewellyn's quote: 'you often hear politicians saying things like, ‘...’' (unnamed politicians in Wales)", "said-before"),
 ("It’s not so much about the number of times", "we need to be dealing with emerge", "One public sector ambulance worker", D, "", "body",
  "'The ambulance worker said,' (One public sector ambulance worker, who did not wish to be named, paragraph before); cut off by the end of the excerpt", "said-before"),
])

f("record-number-european-staff-quit-nhs-brexit-eu.txt", [
 ("NHS safer in the EU", None, "", N, "", "caption",
  "image line: 'A health worker wears a badge that reads ‘...’.' – a badge's slogan, nobody's speech", "other"),
 ("NHS safer in the EU", None, "", N, "", "caption",
  "photo caption (first copy): the badge's slogan, nobody's speech", "other"),
 ("NHS safer in the EU", None, "", N, "", "caption",
  "photo caption (second copy): the badge's slogan, nobody's speech", "other"),
 ("These figures confirm our fears that EU doctors", "for many years to come.", "Prof Jane Dacre", P, "RCP president", "body",
  "'Prof Jane Dacre, the RCP president, said:' (RCP = the Royal College of Physicians)", "said-before"),
 ("Following the EU referendum, thousands of EEA", "nationals worki", "Dr Mark Porter", P, "BMA council chair", "body",
  "'The BMA’s council chair, Dr Mark Porter, said:' (contains a bracketed insertion); cut off by the end of the excerpt", "said-before"),
])

f("remote-consultations-have-only-worked-for-some-healthwatch-concludes.txt", [
 ("For some people the rapid digitalisation of care has worked", "because they do not know how.", "Sir Robert Francis QC", P, "Healthwatch England Chair", "body",
  "'Healthwatch England Chair Sir Robert Francis QC, said:'", "said-before"),
 ("We support the call to expand other services", "other members of the practice team.", "Dr Gary Howsam", P, "vice chair of the Royal College of GPs", "body",
  "quote paragraph under 'Responding, Dr Gary Howsam, vice chair of the Royal College of GPs, said the following.' (the paragraph above, ending in a full stop)", "said-before"),
])

f("shocking-number-homeless-deaths-revealed-national-investigation-backed-yep.txt", [
 ("I do think the numbers are shocking", "not the whole picture.", "Coun Debra Coupar", P, "Leeds City Council deputy leader and executive member for communities", "body",
  "'Coun Debra Coupar, Leeds City Council deputy leader and executive member for communities, said:'", "said-before"),
 ("This is a wake-up call to see homelessness", "a national emergency.", "Jon Sparkes", P, "chief executive of Crisis", "body",
  "'The homeless charity Crisis said ..., with chief executive Jon Sparkes adding:'", "said-before"),
])

sr = "Shona Robison"; sr_r = "Health Secretary"
f("staff-and-patients-saved-more-than-25-million-since-car-park-charges-axed.txt", [
 ("The founding principle of our NHS", "not out to make profit.", sr, P, sr_r, "body",
  "'Ms Robison said:' (Health Secretary Shona Robison, second line); the line is left open", "said-before"),
 ("That’s why I’m delighted that getting rid", "over £25 million.", sr, P, sr_r, "body",
  "next line of Shona Robison's quote (closed)", "continuation"),
 ("Charging to park at hospitals was an unnecessary", "at a difficult time.", sr, P, sr_r, "body",
  "'She added:' (She = Ms Robison); the line is left open", "pronoun"),
 ("Health boards are also continuing to work hard", "by commuters or others.", sr, P, sr_r, "body",
  "next line of the same quote (left open)", "continuation"),
 ("I would like to be able to abolish charging", "keep these under review.", sr, P, sr_r, "body",
  "last line of the same quote (closed)", "continuation"),
])

jf = "John Forsythe"; jf_r = "Medical Director of organ donation and transplantation for NHS Blood and Transplant"
f("statement-on-opt-out-organ-donation-legislation-for-england.txt", [
 ("It looks as if the new ‘Opt Out’ legislation", "more lifesaving transplants to take place.", jf, P, jf_r, "body",
  "'John Forsythe, Medical Director of organ donation and transplantation for NHS Blood and Transplant, says:' on its own line above the quote; contains a 2-word nested quote; the paragraph is left open", "said-before"),
 ("We will work closely with the Government", "this decision is respected.", jf, P, jf_r, "body",
  "next paragraph of John Forsythe's statement: no marks of its own, but inside the quote that opens in the paragraph before and closes in the paragraph after", "continuation"),
 ("Sadly around three people die every day", "tragic loss of a loved one.", jf, P, jf_r, "body",
  "last paragraph of John Forsythe's statement: no opening mark, closed at its end", "continuation"),
])

f("stillbirth-parents-nhs-trust-failure.txt", [
 ("We assumed it wasn't going to happen.", "I was pregnant,", "Mrs D", P, "", "body",
  "'\"...,\" said Mrs D.' (the mother is named only as 'Mrs D')", "said-after"),
 ("The pregnancy went absolutely normally.", "12, 20, 28 and 36 weeks.", "Mrs D", P, "", "body",
  "quote opening the next paragraph with no attribution of its own, straight after Mrs D's quote", "continuation"),
 ("At the last scan, at 36 weeks, a doctor came in", "the growth of my baby,", "Mrs D", P, "", "body",
  "'\"...,\" said Mrs D, who also had a high body mass index.'", "said-after"),
 ("I was naturally concerned because of my epilepsy", "worried about the tablets.", "Mrs D", P, "", "body",
  "second quoted passage after 'said Mrs D' in the same paragraph", "continuation"),
])

f("the-doctors-wont-see-you-now.txt", [
 ("Patients are getting really confused by the mixed messaging.", "to make appointments.", "One GP", D, "", "body",
  "'As one GP told Reaction:' (unnamed)", "said-before"),
 ("Many patients don’t feel comfortable with a video call", "from coming in at all.", "One GP", D, "", "body",
  "'The GP, who tries to see as many patients as he can ..., adds:' (the same unnamed GP)", "said-before"),
 ("This is a dangerous state of affairs", "people are getting worried.", "One GP", D, "", "body",
  "next paragraph, no attribution of its own, straight after the GP's quote (closed)", "continuation"),
])

pk = "Phil Knowles"; pk_r = "leader of the Liberal Democrat on Harborough District Council"
f("the-east-midlands-ambulance-service-is.txt", [
 ("There need to be questions about the planning", "a thing of the past?", pk, P, pk_r, "body",
  "'Phil says:' on its own line above the quote (My old friend Phil Knowles, leader of the Liberal Democrat on Harborough District Council, first line); the line is left open", "said-before"),
 ("With the winter pressures, the worry must be", "the assurances and actions required.", pk, P, pk_r, "body",
  "next line of Phil Knowles's quote, re-opened with \" and closed with ”", "continuation"),
])

f("two-uk-hospitals-allow-vape-shops-in-bid-to-promote-smoking-ban.txt", [
 ("Given that simple truth, we can no longer support smoking", "even in shelters or cars,", "Dr. David Carruthers", P, "medical director of Sandwell and West Birmingham Hospitals NHS Trust", "body",
  "'“...,” said Dr. David Carruthers, medical director of Sandwell and West Birmingham Hospitals NHS Trust, which oversees the hospitals.'", "said-after"),
])

mk = "Dr Matt Kearney"; mk_r = "NHS England’s national clinical director for cardiovascular disease prevention and a GP in Runcorn"
f("type-2-diabetes-prevention-programme-set-to-start.txt", [
 ("Every year we see the progressive rise", "developing type 2 diabetes.", mk, P, mk_r, "body",
  "'Dr Matt Kearney, NHS England’s national clinical director for cardiovascular disease prevention and a GP in Runcorn, said:'; the line is left open", "said-before"),
 ("As a result of this we see more people developing", "in relatively young people.", mk, P, mk_r, "body",
  "next line of Dr Kearney's quote (left open)", "continuation"),
 ("GPs and nurses are well aware of the need", "reduce the risk of diabetes.", mk, P, mk_r, "body",
  "last line of Dr Kearney's quote (closed)", "continuation"),
 ("proven to reduce the risk of developing the disease", None, "NHS England", O, "", "body",
  "'NHS England said the content of the scheme has been “...”.' (built into the writer's sentence)", "fragment"),
])

me2 = "Marc Etches"; me2_r = "chief executive of GambleAware"
f("uk-nhs-to-set-up-gambling-addiction-clinic-in-leeds.txt", [
 ("I have been campaigning for many years", "start turning lives around.", "Matt Gaskell", P, "consultant psychologist for addiction services at Leeds and York Partnership NHS Foundation Trust", "body",
  "'Matt Gaskell, a consultant psychologist for addiction services at Leeds and York Partnership NHS Foundation Trust, and who will be the clinical lead at the new centre, said:'", "said-before"),
 ("Our aim is to stop people getting into problems", "fast and effective treatment and support.", me2, P, me2_r, "body",
  "'Marc Etches, chief executive of GambleAware added:' on its own line above the quote; the line is left open", "said-before"),
 ("We look forward to developing the new partnership", "this innovative proposal successful.", me2, P, me2_r, "body",
  "next line of Marc Etches's quote (closed)", "continuation"),
])

nl = "Sir Norman Lamb"; nl_r = "ex-health minister"
f("uk-students-waiting-up-to-three-months-for-mental-health-care.txt", [
 ("Twelve-week delays to start counselling are scandalous", "taking their own lives,", nl, P, nl_r, "body",
  "'“...,” he said.' (he = Sir Norman Lamb, the ex-health minister who obtained the data, paragraph before)", "pronoun"),
 ("That’s longer than a university term.", None, nl, P, nl_r, "body",
  "second quoted sentence after 'he said' in the same paragraph; left open", "continuation"),
 ("It’s extraordinary that some universities", "student populations so badly.", nl, P, nl_r, "body",
  "next paragraph of Sir Norman Lamb's quote (closed)", "continuation"),
 ("Universities with these long waiting times", "wait for care and support,", nl, P, nl_r, "body",
  "'“...,” he added.' (he = Sir Norman Lamb)", "pronoun"),
])

f("upfront-charges-for-nhs-health-tourists-in-england.txt", [
 ("We have no problem with overseas visitors", "just as the British taxpayer does.", "Mr Hunt", P, "", "body",
  "'Mr Hunt said:' (never given a first name or title in the excerpt)", "said-before"),
 ("There is no detail as to how upfront charging", "cope with normal operations.", "Dr Mark Porter", P, "BMA council chairman", "body",
  "'Dr Mark Porter, BMA council chairman, said:'", "said-before"),
])


def build():
    return label_table.build(R, prefix="R", split="heldout7", out="eval/quotes/heldout7.jsonl")


if __name__ == "__main__":
    recs = build()
    print(len(recs), "records")
