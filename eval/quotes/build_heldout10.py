"""Build heldout10.jsonl (the tenth held-out attribution set, over eval/corpus13) from
the hand-written label table below.

Same method as build_heldout9.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout10.py   (writes eval/quotes/heldout10.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus13/")

# ---------------------------------------------------------------------------
ml = "Dr Mark Lawton"; ml_r = "of the British Association of Sexual Health and HIV"
f("600-people-a-week-turned-away-from-oversubscribed-sexual-health-clinics.txt", [
 ("The figures don’t count those who didn’t get through the doors because they were closed,", None, ml, P, ml_r, "body",
  "'“...,” he told the Standard.' (he = Dr Mark Lawton of the British Association of Sexual Health and HIV, paragraph before)", "pronoun"),
 ("The phrase we are using is “perfect storm", None, ml, P, ml_r, "body",
  "'“... “perfect storm”, he said.' (he = Dr Lawton, paragraph before); two opening marks and one closing mark, so one record from the first opening mark to the only closing mark; the nested 'perfect storm' has 2 words", "pronoun"),
 ("Our service is currently massively over-subscribed", "several other clinics in London.", "Dean Street Express", O, "", "body",
  "'Sexual health clinic the Dean Street Express in Soho told patients on its website: \"...\"' (the clinic is the subject of the sentence)", "said-before"),
])

nf = "Nicki Fitzmaurice"; nf_r = "Palliative Care Lead Nurse"
f("a-special-place-away-from-the-sound-of-babies-crying.txt", [
 ("excited people because their babies are being born.", None, nf, P, nf_r, "body",
  "'Nicki Fitzmaurice, Palliative Care Lead Nurse said the hospital is a 'very happy' one full of '...'' (built into the writer's sentence; 'very happy' has 2 words)", "fragment"),
 ("What we want is a place in our hospital", "happy sound of babies crying.", nf, P, nf_r, "body",
  "a quote paragraph with no attribution straight after Nicki Fitzmaurice's reported speech; the next paragraph, Howell Edwards's words with a name line, has no quote marks and is not labelled", "continuation"),
])

f("apology-over-radlett-man-s-wait-for-out-of-hours.txt", [
 ("My whole leg was swollen from my hip to my toes", "it’s ridiculous.", "David Bagon", P, "patient", "body",
  "'David said:' (David Bagon, introduced earlier; the lead describes him as 'a patient' who 'had to wait seven hours'; age and address are not roles)", "said-before"),
])

f("bowel-cancer-home-test-kits-unused-by-half-of-over-60s.txt", [
 ("The fact fewer and fewer people are returning their kits", "is very worrying,", "Christian von Wagner", P, "lead researched at University College London", "body",
  "'‘...,’ said Christian von Wagner, lead researched at University College London.' (the role as printed)", "said-after"),
 ("There is an urgent need to revolutionise bowel cancer screening", "the more lives can be saved.", "Christian von Wagner", P, "lead researched at University College London", "body",
  "next paragraph, a closed quote with no attribution of its own, straight after von Wagner's quote", "continuation"),
 ("Our bowel cancer screening programme is extremely effective", "potential health benefit,", "Sara Hiom", P, "director of early diagnosis at Cancer Research UK", "body",
  "'‘...,’ said Sara Hiom, director of early diagnosis at Cancer Research UK.'", "said-after"),
])

lm = "Linda Maguire"; lm_r = "Mammographer on the unit"
f("breast-screening-unit-hitchin.txt", [
 ("We do two pictures of each breast.", "ready for processing.", lm, P, lm_r, "body",
  "'The Mammographer on the unit is Linda Maguire, and tells Heart the whole process only takes no more than 10 minutes:' on the line above the quote (name and verb before it)", "said-before"),
 ("We pick up tiny, tiny, tiny little cells", "spread anywhere.", lm, P, lm_r, "body",
  "'She tells us that the x-ray equipment can often spot breast cancer before any lump has formed:' on the line above (She = Linda Maguire; reported speech then a colon)", "pronoun"),
])

ds = "David Smith"; ds_r = "ICO’s deputy commissioner and director of data protection"
dsel = "Duncan Selbie"; dsel_r = "Brighton and Sussex University Hospitals NHS Trust chief executive"
f("brighton-hospital-to-fight-record-325k-fine-for-data-breach.txt", [
 ("It sets an example for all organisations", "keeping personal information secure.", ds, P, ds_r, "body",
  "'He said:' (He = David Smith, 'the ICO’s deputy commissioner and director of data protection', line before); the line is left open", "pronoun"),
 ("That said, patients of the NHS in particular rely", "personal details secure.", ds, P, ds_r, "body",
  "next line of David Smith's quote (left open)", "continuation"),
 ("In this case, the trust failed significantly", "also to its staff.", ds, P, ds_r, "body",
  "last line of David Smith's quote (closed)", "continuation"),
 ("We dispute the Information Commissioner’s findings", "a requirement for any fine.", dsel, P, dsel_r, "body",
  "'Duncan Selbie, the trust chief executive, said:' ('the trust' = Brighton and Sussex University Hospitals NHS Trust, named earlier); the line is left open", "said-before"),
 ("We arranged for an experienced NHS IT service provider", "placed on eBay.", dsel, P, dsel_r, "body",
  "next line of Duncan Selbie's quote (left open)", "continuation"),
 ("No sensitive data has therefore entered the public domain.", None, dsel, P, dsel_r, "body",
  "next line of Duncan Selbie's quote (left open)", "continuation"),
 ("We reported all of this voluntarily to the Information Commissioner’", None, dsel, P, dsel_r, "body",
  "next line of Duncan Selbie's quote; cut off by the end of the excerpt (the last mark is the apostrophe of a cut-off word)", "continuation"),
])

sb = "Sarah"; sb_r = "Cara Bell's mum"
f("but-who-cares-for-the-carers-fears-over-funding.txt", [
 ("She's having to process a lot of adult things", "a child's mentality.", sb, P, sb_r, "body",
  "'Sarah said:' ('For eight-year-old Cara Bell, ... her mum Sarah suffers from MS'; no surname is given); the paragraph is left open", "said-before"),
 ("When my MS causes problems, I try to get help", "an eight-year-old girl.", sb, P, sb_r, "body",
  "next paragraph of Sarah's quote (left open)", "continuation"),
 ("She takes that in her stride, but it does have an impact", "worry an awful lot.", sb, P, sb_r, "body",
  "next paragraph of Sarah's quote (left open)", "continuation"),
 ("It's an awful lot of pressure, but the young carers", "other children who understand.", sb, P, sb_r, "body",
  "last paragraph of Sarah's quote (closed)", "continuation"),
])

cm = "Christina McKelvie"; cm_r = "MSP, Hamilton, Larkhall and Stonehouse"
rm = "Robert Music"; rm_r = "Jo’s Cervical Cancer Trust chief executive"
f("cervical-screening-is-vital-to-save-lives.txt", [
 ("We have the choice to prevent or at least reduce", "make sure that we use it.", cm, P, cm_r, "pull quote",
  "a quote set at the top of the page with the line 'Christina McKelvie MSP, Hamilton, Larkhall and Stonehouse' below it (a name-and-role line, no verb); her words recur nowhere else, but the line names her", "name-role-line"),
 ("We have the screening available, yet we’re seeing one in three", "reduction in cancer deaths.", cm, P, cm_r, "body",
  "'Christina McKelvie says:' (present tense)", "said-before"),
 ("Cervical cancer is a preventable disease", "incidences to keep rising.", rm, P, rm_r, "body",
  "'Jo’s Cervical Cancer Trust chief executive, Robert Music, says:'; the paragraph is left open", "said-before"),
 ("So it is a matter of urgency that we see positive actions", "location and circumstance.", rm, P, rm_r, "body",
  "next paragraph of Robert Music's quote (closed)", "continuation"),
])

mh = "Martin Horwood"; mh_r = "Cheltenham MP"
f("chan-4583865-article3705.txt", [
 ("10km increase in travel to an A&E brings a measurable increase in deaths", None, "The research Martin Horwood submitted to the NHS", D, "", "body",
  "'He questioned whether the research he submitted to the NHS, which suggested a \"...\", had been considered' (the research's words, built into the writer's sentence; whose research it is is not said, so it is given under the document's name; 'rushed and careless' has 3 words and 'disappointed' 1)", "fragment"),
 ("We have no idea if they considered the two petitions", "the consultation process,", mh, P, mh_r, "body",
  "'\"...,\" he said.' (he = Cheltenham MP Martin Horwood, subject of the two paragraphs before)", "pronoun"),
 ("The new county Health and Wellbeing Board", "as far as I know.", mh, P, mh_r, "body",
  "next line of Martin Horwood's quote (left open); the nested 'health-related matters' has 2 words", "continuation"),
 ("This will look to everyone in Cheltenham", "rushed to a conclusion.", mh, P, mh_r, "body",
  "next line of Martin Horwood's quote (left open)", "continuation"),
 ("If the next proposals – as we fear –", "been listened to.", mh, P, mh_r, "body",
  "last line of Martin Horwood's quote (closed)", "continuation"),
 ("Our priority is to ensure that the sickest patients are seen", None, "Dr Tom Llewellyn", P, "Emergency Medicine Consultant", "body",
  "'Emergency Medicine Consultant Dr Tom Llewellyn said: \"...'; cut off by the end of the excerpt", "said-before"),
])

is_ = "Izzi Seccombe"; is_r = "representative of the LGA"
f("child-obesity-fight-threatened-by-budget-cuts.txt", [
 ("The staggering amount of money councils are having to plough", "the crisis we face.", is_, P, is_r, "body",
  "'Izzi Seccombe, a representative of the LGA stated:'; the line is left open", "said-before"),
 ("From working with children who are obese and overweight", "the fight against obesity.", is_, P, is_r, "body",
  "next line of Izzi Seccombe's statement (left open)", "continuation"),
 ("But we would like assurances from the government’s new administration", "children becoming obese.", is_, P, is_r, "body",
  "last line of Izzi Seccombe's statement (closed)", "continuation"),
])

f("council-funding-cuts-could-affect-young-carers-support-service.txt", [
 ("at the very sharp end of austerity.", None, "David Fothergill", P, "Leader of Somerset County Council", "body",
  "'Leader of the Council, David Fothergill, announced earlier this month that financial cuts were necessary as they are \"...\"' (built into the writer's sentence; 'the Council' = Somerset County Council)", "fragment"),
 ("I can come home from school and have a couple of hours", "think about myself sometimes.", "Bassi", P, "Immy's younger brother", "body",
  "'Bassi says that as a result of the Young Carers' Service, \"...\"' (the quoted clause carries on the writer's 'says that' sentence; '16-year-old Immy and her younger brother Bassi also care for their mother'); the line 'She says:' before has no quotation", "fragment"),
 ("It means they get to do stuff that every other child can do", "that I can't give them.", "The mother of Immy and Bassi", D, "", "body",
  "'Their mother says, \"...\"' (the unnamed mother of Immy and Bassi, who has Multiple Sclerosis)", "said-before"),
])

dh = "Dan Howarth"; dh_r = "Head of care"
f("diabetes-amputations-soar-to-almost-10-000-a-year-in-england.txt", [
 ("Ensuring that multidisciplinary specialist foot care teams", "long-term costs to the NHS.", dh, P, dh_r, "body",
  "'Head of care Dan Howarth said:' (after a paragraph on the charity, Diabetes UK); the paragraph is left open", "said-before"),
 ("The differences in the standard of treatment between areas", "devastating and life-changing.", dh, P, dh_r, "body",
  "next paragraph of Dan Howarth's quote (left open)", "continuation"),
 ("A ‘minor’ amputation can still involve losing a whole foot.", None, dh, P, dh_r, "body",
  "last paragraph of Dan Howarth's quote (closed); the nested ‘minor’ has 1 word", "continuation"),
 ("biggest health crisis of our time", None, U, U, "", "body",
  "'Diabetes ... has been dubbed the “...”' (built into the writer's sentence; the text does not say who dubbed it)", "other"),
])

f("diabetes-related-amputations-hit-record-high.txt", [
 ("We know the devastating impact they have on people’s lives", "at the right time now.", "Diabetes UK’s chief executive", D, "", "body",
  "'Diabetes UK’s chief executive, said:“...”' (the chief executive is not named)", "said-before"),
 ("The publication of these figures is a strong reminder", "avoidable amputations decrease.", "Sita Soni", P, "Amputation claims specialist at Boyes Turner", "body",
  "'Amputation claims specialist at Boyes Turner, Sita Soni says:“...”' (run together with the quote before it)", "said-before"),
])

db = "Dave Bailey"
f("families-protest-over-axe-threat-to-centre.txt", [
 ("We had a very good turnout of people showing their support.", None, db, P, "", "body",
  "'Dave Bailey, of Old Fallow Road, Cannock, whose son Stuart, aged 46, uses the centre, said:' (address and relative clause are not roles); the line is left open", "said-before"),
 ("Nobody wants to see these services go", "those who rely on them.", db, P, "", "body",
  "next line of Dave Bailey's quote (left open)", "continuation"),
 ("Stuart has been going there since he was 19-years-old.", None, db, P, "", "body",
  "next line of Dave Bailey's quote (left open)", "continuation"),
 ("He has got a lot of friends there but if it closes down", "completely isolated.", db, P, "", "body",
  "next line of Dave Bailey's quote (left open)", "continuation"),
 ("The council has said that these centres are like prisons", "aren't like that at all.", db, P, "", "body",
  "next line of Dave Bailey's quote (left open); the council's view is given in his own words, without marks", "continuation"),
 ("They are absolutely vital for all of us", "may lost their jobs.", db, P, "", "body",
  "next line of Dave Bailey's quote (left open)", "continuation"),
 ("All the council cares about is cutting costs", "completely devastate lives.", db, P, "", "body",
  "last line of Dave Bailey's quote (closed)", "continuation"),
])

al = "Arthur Leadbetter"; al_r = "first patient admitted to the Wyre Forest Ward"
ps = "Phil Shakeshaft"; ps_r = "Wyre Forest Ward matron"
f("first-patient-gives-new-kidderminster-hospital-ward-the-thumbs-up.txt", [
 ("cut above a normal hospital", None, al, P, al_r, "body",
  "'THE first patient admitted onto Kidderminster Hospital’s new Wyre Forest Ward has given it the thumbs up, describing it as a “...”' (the first patient is named as Arthur Leadbetter two paragraphs later, and the same words recur in his quote); five tokens", "fragment"),
 ("This new ward is very luxurious and a cut above a normal hospital.", None, al, P, al_r, "body",
  "'Mr Leadbetter said:' (Arthur Leadbetter, paragraph before); the paragraph is left open", "said-before"),
 ("We are given great care and attention from very nice staff", "which I have access to.", al, P, al_r, "body",
  "next paragraph of Arthur Leadbetter's quote (left open)", "continuation"),
 ("It is a good place to be to recover to get me home.", None, al, P, al_r, "body",
  "last paragraph of Arthur Leadbetter's quote (closed)", "continuation"),
 ("We are delighted to have finally opened the ward", "has been very positive.", ps, P, ps_r, "body",
  "'Phil Shakeshaft, Wyre Forest Ward matron, said:'; the paragraph is left open", "said-before"),
 ("We will be working really closely with the community nursing teams", "as soon as possible.", ps, P, ps_r, "body",
  "next paragraph of Phil Shakeshaft's quote (closed)", "continuation"),
 ("The environment looks really spacious and light", "provide not j", ps, P, ps_r, "body",
  "'He added:' (He = Phil Shakeshaft); cut off by the end of the excerpt", "pronoun"),
])

tb = "Tim Burr"; tb_r = "head of the National Audit Office"
f("four-year-delay-electronic-patients-records.txt", [
 ("The scale of the challenge involved in delivering the National Programme", "new care records systems.", tb, P, tb_r, "body",
  "'Tim Burr, head of the National Audit Office, said today:'; the paragraph is left open ('serious delays' before has 2 words)", "said-before"),
 ("Progress is being made, however, and financial savings", "beginning to emerge.", tb, P, tb_r, "body",
  "next paragraph of Tim Burr's quote (never closed before the writer's next paragraph)", "continuation"),
 ("unachievable, raised unrealistic expectations and put confidence in the programme at risk", None, "National Audit Office", O, "", "body",
  "'The NAO concluded that ... the original timescales ... were \"...\"' (built into the writer's sentence; 'choose and book' later has 3 words)", "fragment"),
])

hm = "Hilary Maxwell"; hm_r = "Chair of GO Girls"
f("go-girls-team-up-with-dorset-county-hospital-to-launch-cervical-screening-campaign.txt", [
 ("Smear tests save lives. Period.", None, hm, P, hm_r, "body",
  "the passage after '“It’s quite simple”, says Hilary Maxwell, Chair of GO Girls.' (the 3-word first part is below the limit); five tokens; the quote is re-opened here and closed at the end of the next paragraph", "continuation"),
 ("If you’ve thought – nah, I can’t be bothered", "it’s all about prevention.", hm, P, hm_r, "body",
  "paragraph inside Hilary Maxwell's quote, opened in the paragraph before and closed here (no opening mark of its own)", "continuation"),
 ("Many people are frightened of going", "rob you of time.", hm, P, hm_r, "body",
  "'Hilary added:' (Hilary Maxwell)", "said-before"),
 ("The simple answer is yes.", "not worth taking the risk", hm, P, hm_r, "body",
  "'“...”, added Hilary.' (the sentence before the quote, 'Many young women ask ...', is the writer's)", "said-after"),
 ("We are keen to support uptake of cervical screening.", "attending your cer", "Meghan Hindley", P, "Dorset County Hospital’s communications officer", "body",
  "'Meghan Hindley, Dorset County Hospital’s communications officer, said:'; cut off by the end of the excerpt", "said-before"),
])

f("health-crisis.txt", [
 ("The NHS must be a genuinely seven-day service where it needs to be.", None, "Alex Neil", P, "Scottish Cabinet secretary for health and well-being", "body",
  "'In October 2013 Scottish Cabinet secretary for health and well-being Alex Neil said:'", "said-before"),
 ("Out-of-hours doctor service is cut.", None, "", N, "", "body",
  "'Headlines in our local paper this week read: “...”' (a newspaper's headline, nobody's speech; five tokens)", "other"),
])

ba = "Brent Teaching Primary Care Trust"
st = "Sarah Teather"; st_r = "Liberal Democrat MP for Brent East"
mp = "Mark Purcell"; mp_r = "spokesman for the Brent Teaching Primary Care Trust and the North West London Hospitals Trust"
f("hospital-apologises-after-personal-data-of-389-patients-is-lost.txt", [
 ("The laptops contained the name and hospital number", "patients living in Brent.", ba, O, "", "body",
  "'In a statement, the trust said:' (the trust = The Brent Teaching Primary Care Trust); the paragraph is left open ('a small number' before has 3 words)", "said-before"),
 ("We take patient confidentiality very seriously", "this incident may cause.", ba, O, "", "body",
  "next paragraph of the trust's statement, closed part-way through the line; the rest of the line is Sarah Teather's attribution and quote", "continuation"),
 ("People in Brent will be understandably alarmed", "every family in the country.", st, P, st_r, "body",
  "'Sarah Teather, the Liberal Democrat MP for Brent East, said:' on the same line, after the trust's quote closes; the paragraph is left open", "said-before"),
 ("Medical information is extremely sensitive and private", "it will be kept safe.", st, P, st_r, "body",
  "next paragraph of Sarah Teather's quote (closed)", "continuation"),
 ("It's fair to say that trust policy on data security", "in this instance.", mp, P, mp_r, "body",
  "'Mark Purcell, a spokesman for the teaching trust and the North West London Hospitals Trust, said:' ('the teaching trust' = the Brent Teaching Primary Care Trust); the paragraph is left open", "said-before"),
 ("This should not be normal practice but sometimes data is put on laptops", "during the working day.", mp, P, mp_r, "body",
  "next paragraph of Mark Purcell's quote (closed)", "continuation"),
])

aw = "Andrew Way"; aw_r = "chief executive of London's Royal Free Hospital"
f("hospital-boss-apologises-nhs-it.txt", [
 ("I think it is very disappointing that the work we had to do", "heartache and hard work,", aw, P, aw_r, "body",
  "'\"...,\" he said.' (he = Andrew Way, chief executive of London's Royal Free Hospital, paragraph before; 'heartache' in the standfirst and lead has 1 word)", "pronoun"),
 ("I have personally apologised for the decision", "it would all work.", aw, P, aw_r, "body",
  "next paragraph of Andrew Way's quote (closed)", "continuation"),
])

f("it-blunders-at-nhs-cause-dangerous-delays.txt", [
 ("The whole computerisation of NHS records has been a disaster", "seriously flawed.", "Geoff Martin", P, "of pressure group Health Emergency", "body",
  "'Geoff Martin, of pressure group Health Emergency, said:'", "said-before"),
 ("We are aware that during initial stages of implementation", "some difficulties.", "A spokesman for NHS London", D, "", "body",
  "'A spokesman for NHS London said:' (unnamed); the line is left open", "said-before"),
 ("We are confident that Londoners will see the true value", "coming months and years.", "A spokesman for NHS London", D, "", "body",
  "next line of the spokesman's quote (closed)", "continuation"),
])

lr = "Leah Richardson"; lr_r = "Principal Superintendent Radiographer"
f("mobile-breast-screening-unit-moves-to-new-home.txt", [
 ("The mobile unit plays an important role in the early diagnosis", "the women we screen.", lr, P, lr_r, "body",
  "'Principal Superintendent Radiographer Leah Richardson said:'; the paragraph is left open", "said-before"),
 ("We are very grateful to Newlands Community Association", "take advantage of their invitation", lr, P, lr_r, "body",
  "next paragraph of Leah Richardson's quote (closed before the full stop)", "continuation"),
 ("Breast screening appointments generally take no more than 30 minutes", "1,000 women having screening.", lr, P, lr_r, "body",
  "'Ms Richardson said:' (Leah Richardson)", "said-before"),
])

fj = "Dr Farah Jameel"; fj_r = "BMA GP committee executive team IT lead"
f("nhs-digital-gpdpr-deadline.txt", [
 ("biggest data grab in NHS history,", None, U, U, "", "body",
  "'the deadline by which they can opt out of what has been called the \"...,\"' (built into the writer's sentence; the text does not say who called it that); six tokens", "other"),
 ("The public needs a clear deadline by which they can opt out", "the public and practices.", fj, P, fj_r, "body",
  "a quote paragraph with no attribution straight after Dr Farah Jameel's reported speech ('told The Register that ...'); square brackets inside; the paragraph is left open", "continuation"),
 ("NHS Digital must also make clear to patients", "decide to opt out.", fj, P, fj_r, "body",
  "next paragraph of Dr Farah Jameel's quote (closed)", "continuation"),
])

f("nhs-computersystem.txt", [
 ("leaving the responsibility to the receptionist", None, "Barnet and Chase Farm Hospitals NHS trust", O, "", "body",
  "'In April, the trust found that the system had failed to flag up possible child-abuse victims ..., '...'' (the board minutes' words built into the writer's sentence; 'the trust' = the Barnet and Chase Farm Hospitals NHS trust of the sentence before); five tokens", "fragment"),
 ("was not operational in the new ... system", None, "Barnet and Chase Farm Hospitals NHS trust", O, "", "body",
  "'The same trust noted the following month that ... because the 'surveillance system for tracking' them '...'' (built into the writer's sentence; 'non-clinical reasons' has 2 words and 'surveillance system for tracking' 4)", "fragment"),
])

jm = "Julie Mellor"; jm_r = "Ombudsman"
f("nhs-trusts-criticised-over-defensive-complaint-responses.txt", [
 ("We see far too many complaints that could have been resolved locally", "service improvements.", jm, P, jm_r, "body",
  "'Ombudsman Julie Mellor said:'; the paragraph is left open ('defensive' in the headline has 1 word)", "said-before"),
 ("When people pluck up the courage to complain", "inadequate responses.", jm, P, jm_r, "body",
  "next paragraph of Julie Mellor's quote (left open)", "continuation"),
 ("Complaints need to be dealt with properly", "from happening again.", jm, P, jm_r, "body",
  "last paragraph of Julie Mellor's quote (closed)", "continuation"),
 ("We can only offer a further apology to both families", "their loved ones.", "Brendan Brown", P, "director of nursing at Calderdale and Huddersfield NHS Foundation Trust", "body",
  "'Brendan Brown, director of nursing at Calderdale and Huddersfield NHS Foundation Trust, said:'", "said-before"),
])

jb = "Jackie Baillie"; jb_r = "Dumbarton Labour MSP"
f("nicola-sturgeon-warned-nhs-glasgow-closures.txt", [
 ("temporary is 18 months to two years", None, jb, P, jb_r, "body",
  "'She warned that in practice “...”' (She = Dumbarton Labour MSP Jackie Baillie, line before; built into the writer's sentence; “temporary” and “temporarily suspended” before have 1 and 2 words)", "fragment"),
 ("The health board have had years to sort this problem out", "reverse this decision?", jb, P, jb_r, "body",
  "'She said:' (She = Jackie Baillie, subject of the line before)", "pronoun"),
 ("W\ne will work closely with the board", "required to make.", "NICOLA Sturgeon", P, "First Minister", "body",
  "'She said:' (She = Ms Sturgeon, line before: the lead's 'NICOLA Sturgeon' (name as printed), 'The First Minister was urged to intervene'); the quote's first word is broken over two lines", "pronoun"),
])

en = "A spokesman for the East and North Hertfordshire NHS Trust"
f("norovirus-closes-wards-to-visitors-at-stevenage-s-lister-hospital.txt", [
 ("Over the past few days there has been an increase", "in and around Stevenage.", en, D, "", "body",
  "'A spokesman for the East and North Hertfordshire NHS Trust, which runs Lister, said:' (unnamed); the paragraph is left open", "said-before"),
 ("It is currently affecting a number of patients at Lister", "open before visiting.", en, D, "", "body",
  "next paragraph of the spokesman's quote (left open)", "continuation"),
 ("If you are feeling ill or have recently had diarrhoea", "before and after visits.", en, D, "", "body",
  "last paragraph of the spokesman's quote (closed)", "continuation"),
])

sg = "Professor Simon Gregory"; sg_r = "director of education and quality at HEE’s Midlands and East training board"
f("one-10-gp-trainee-posts-vacant-despite-180-recruits-final-round.txt", [
 ("We are pleased to see the increase in the number of acceptances", "GP training this year.", sg, P, sg_r, "body",
  "'Professor Simon Gregory, director of education and quality at HEE’s Midlands and East training board, said:'; the paragraph is left open ('worryingly' and ‘worrying shortages’ before have 1 and 2 words; the caption line has no quote marks)", "said-before"),
 ("Figures have improved in nearly all areas", "success rate in four regions.", sg, P, sg_r, "body",
  "next paragraph of Professor Gregory's quote (left open)", "continuation"),
 ("However, we know that there is more to do", "over the coming months.", sg, P, sg_r, "body",
  "last paragraph of Professor Gregory's quote (closed)", "continuation"),
])

li = "Lisa"; li_r = "Tia’s mum"
dj = "David Jones"; dj_r = "local councillor"
f("out-of-hours-is-swamped-by-callers.txt", [
 ("as has been the case before as she has suffered in the past", None, li, P, li_r, "body",
  "'Tia’s mum Lisa rang the service ..., described the symptoms ... and requested an antibiotic “...”' (built into the writer's sentence; no surname is given)", "fragment"),
 ("The receptionist said she would have to come back to me.", "having suffered all day.", li, P, li_r, "body",
  "'Said Lisa, “...' (verb and name before the quote); the paragraph is left open", "said-before"),
 ("I was told to ring back on Sunday", "is improving well.", li, P, li_r, "body",
  "next paragraph of Lisa's quote (closed)", "continuation"),
 ("I was frankly shocked at the number of people left in limbo,", None, dj, P, dj_r, "body",
  "'“...,” he said.' (he = local councillor David Jones, earlier in the same paragraph)", "pronoun"),
 ("I’m not blaming the staff for one minute", "under relentless pressure.", dj, P, dj_r, "body",
  "next paragraph of David Jones's quote (closed)", "continuation"),
])

nl = "Norman Lamb"; nl_r = "Liberal Democrat Shadow Health Secretary"
f("prescription-charge-will-hit-those-with-long-term-conditions-hardest.txt", [
 ("This rise will hit those people with long term conditions hardest.", None, nl, P, nl_r, "body",
  "'Commenting, Liberal Democrat Shadow Health Secretary, Norman Lamb MP said:' at the end of the line above (MP is a post-nominal, not part of the name); the line is left open", "said-before"),
 ("It highlights the arbitrary nature of prescription charge exemption", "ad-hoc administration.", nl, P, nl_r, "body",
  "next line of Norman Lamb's quote (left open)", "continuation"),
 ("The system is long overdue for a thorough review.", None, nl, P, nl_r, "body",
  "last line of the page, inside Norman Lamb's quote (never closed)", "continuation"),
])

ks = "Keith Smith"
f("privacy-fears-government-plans-move-gp-patients-medical-records-onto-new-database.txt", [
 ("which will legitimately use the data for healthcare planning and research purposes", None, "NHS Digital", O, "", "body",
  "'NHS Digital said this information will be accessed by organisations “...”' (built into the writer's sentence)", "fragment"),
 ("There was very little information out there", "this is happening.", ks, P, "", "body",
  "'Keith Smith from Highworth said:' (a place is not a role); the paragraph is left open", "said-before"),
 ("The GP surgeries should take the lead on this", "through the back door.", ks, P, "", "body",
  "next paragraph of Keith Smith's quote (left open)", "continuation"),
 ("We have more time to get the message out", "the wrong way.", ks, P, "", "body",
  "last paragraph of Keith Smith's quote (closed; ‘pseudonymised’ after it has 1 word)", "continuation"),
])

nk = "Dr Nikki Kanani"; nk_r = "acting director of primary care at NHS England"
f("record-number-of-trainee-gps-lured-by-20000-golden-hello.txt", [
 ("This scheme helps relieve pressure on general practices", "these areas over time.", nk, P, nk_r, "body",
  "'Dr Nikki Kanani, acting director of primary care at NHS England, said:' (“golden hello” and “hardest to fill” before have 2 and 3 words)", "said-before"),
 ("Improving access to general practice services is a key priority", "difficult to attract GPs.", nk, P, nk_r, "body",
  "'Dr Kanani added:' (Dr Nikki Kanani)", "said-before"),
])

rr = "Roz Rosenblatt"; rr_r = "Head of London at Diabetes UK"
f("richmond-still-lowest-diagnosis-rate-uk-type-2-diabetes-despite-increase.txt", [
 ("Type 2 diabetes is an urgent public health crisis", "delivered across our society.", rr, P, rr_r, "body",
  "'Roz Rosenblatt, Head of London at Diabetes UK, said:'; the paragraph is left open", "said-before"),
 ("More than half of all cases of type 2 diabetes", "make healthier choices.", rr, P, rr_r, "body",
  "next paragraph of Roz Rosenblatt's quote (left open)", "continuation"),
 ("This includes mandating industry to make food and drinks healthier", "unhealthy foods.", rr, P, rr_r, "body",
  "next paragraph of Roz Rosenblatt's quote, opened with a straight mark (left open)", "continuation"),
 ("The Government promised to tackle obesity", "affecting real change.", rr, P, rr_r, "body",
  "next paragraph of Roz Rosenblatt's quote (left open)", "continuation"),
 ("Preventing type 2 diabetes, and the development of devastating complications", "public health priority.", rr, P, rr_r, "body",
  "last paragraph of Roz Rosenblatt's quote, opened with a straight mark and closed with a curly one", "continuation"),
])

js = "Jill Steaton"; js_r = "Diabetes UK regional manager in the south east"
f("roadshow-confirms-high-risk-of-diabetes-in-high-wycombe.txt", [
 ("We are very concerned that so many people in High Wycombe", "amputation and stroke.", js, P, js_r, "body",
  "'Jill Steaton, Diabetes UK regional manager in the south east said:'; the paragraph is left open (“grave concern” before has 2 words)", "said-before"),
 ("The fact that the number of people living with Type 2 diabetes", "developing the condition.", js, P, js_r, "body",
  "next paragraph of Jill Steaton's quote (closed)", "continuation"),
 ("I knew was overweight with a BMI of 41", "I have become mo", "Joan Rodgers", P, "", "body",
  "'She said:' (She = Joan Rodgers, 58, from Sunnycroft in High Wycombe, paragraph before; age, place and relative clause are not roles); cut off by the end of the excerpt", "pronoun"),
])

jv = "Dr Jyotsna Vohra"; jv_r = "Director for Policy and Public Affairs at Royal Society for Public Health"
f("rsph-comment-on-the-office-for-national-statistics-figures.txt", [
 ("The latest published ONS figures demonstrate", "support our public’s health.", jv, P, jv_r, "body",
  "'Dr Jyotsna Vohra, Director for Policy and Public Affairs at Royal Society for Public Health said:' on the line above (closed quote line)", "said-before"),
 ("We cannot afford to not tackle and address the trajectory", "earlier in their lives.", jv, P, jv_r, "body",
  "next line, a closed quote with no attribution of its own (curly opening mark, straight closing mark)", "continuation"),
 ("The RSPH sees the upcoming Health Disparities White Paper", "levelling-down of the country.", jv, P, jv_r, "body",
  "last line, a closed quote with no attribution of its own", "continuation"),
])

dm = "Darren Millar"; dm_r = "Shadow Minister for Health"
f("s-wales-and-e-plans-should-be-abandoned.txt", [
 ("Most days, they are seriously overcrowded.", "puts patients at risk", "College of Emergency Medicine", O, "", "body",
  "'Shortly afterwards the College of Emergency Medicine wrote to the Health Minister warning ... The letter went on to say: ‘...’' (the College's letter; ‘abandoned’, ‘four or five’, ‘unprecedented demand’ and ‘point of meltdown’ before have 1-3 words)", "description"),
 ("These plans are further evidence that Welsh Labour’s", "impact on our hospitals.", dm, P, dm_r, "body",
  "'Shadow Minister for Health, Darren Millar AM, said:' (AM is a post-nominal, not part of the name); the paragraph is left open", "said-before"),
 ("It’s just weeks since the College of Emergency Medicine told us", "life-saving services they provide.", dm, P, dm_r, "body",
  "next paragraph of Darren Millar's quote (left open); the nested ‘point of meltdown’ has 3 words", "continuation"),
 ("With demand for our emergency services on the rise", "must be abandoned.", dm, P, dm_r, "body",
  "next paragraph of Darren Millar's quote (left open)", "continuation"),
 ("Whilst sensible service modernisation in the region", "prepared to accept.", dm, P, dm_r, "body",
  "next paragraph of Darren Millar's quote (left open)", "continuation"),
 ("I urge the Welsh Government to step in", "current levels of service.", dm, P, dm_r, "body",
  "last paragraph of Darren Millar's quote (closed)", "continuation"),
])

ow = "Dr Olwen Williams"; ow_r = "president of the British Association for Sexual Health and HIV"
f("sexual-health-clinics-closing-including-one-at-bournemouth-university.txt", [
 ("at the worst possible time", None, ow, P, ow_r, "body",
  "'The president of the British Association for Sexual Health and HIV said that cuts to sexual health services were coming “...”' (built into the writer's sentence; the president is named as Dr Olwen Williams in the next paragraph, whose quote has the same words); five tokens; “reorganisation”, “meet demand”, “faster and more effective” and “reduce unnecessary appointments” before have 1-4 words", "fragment"),
 ("Dramatic increases in syphilis and gonorrhoea are a huge concern", "all those who need them,", ow, P, ow_r, "body",
  "'“...,” Dr Olwen Williams said.'", "said-after"),
 ("Worryingly however, we are seeing an increase", "difficult to access care.", ow, P, ow_r, "body",
  "next paragraph of Dr Olwen Williams's quote (left open)", "continuation"),
 ("With the recent emergence of multi-drug resistant sexual infection", "at tipping point.", ow, P, ow_r, "body",
  "last paragraph of Dr Olwen Williams's quote (closed; “hubs” after it has 1 word)", "continuation"),
])

rs = "Rhiannon Davies and Richard Stanton"
f("shropshire-baby-death-parents-in-plea-over-midwife-units.txt", [
 ("the real risks that still exist", None, rs, P, "", "body",
  "'Rhiannon Davies and Richard Stanton claimed pushing midwife-led units without highlighting \"...\" was dangerous' (the couple, built into the writer's sentence; one record naming both)", "fragment"),
 ("a safe and high quality service", None, "Hospital officials", D, "", "body",
  "'But hospital officials today insisted the units offered \"...\"' (unnamed officials, built into the writer's sentence; their words recur in no named person's quote)", "fragment"),
 ("awareness events to highlight benefits of Midwife Led Units", None, "", N, "", "body",
  "'Shrewsbury and Telford NHS Hospitals Trust launched \"...\"' (the name of the trust's events, not speech)", "other"),
 ("When your daughter dies and you learn that her death could have been prevented", "required lessons will be learned.", rs, P, "", "body",
  "'Mr Stanton and Miss Davies said in a joint statement:' (one record naming both); the line is left open", "said-before"),
 ("In this case the lessons that needed to be learned have not", "being delivered at MLUs.", rs, P, "", "body",
  "next line of the couple's joint statement, closed part-way through the line (the rest of the line is the writer's)", "continuation"),
])

rv = "Richard Vautry"; rv_r = "BMA’s GP’s committee deputy chair"
f("struggle-to-fill-gp-trainee-spots.txt", [
 ("These figures are deeply concerning and represent a serious threat", "such as the north and midlands.", rv, P, rv_r, "body",
  "'BMA’s GP’s committee deputy chair Richard Vautry said “...”' (said without a colon before a full statement)", "said-before"),
 ("Patients are beginning to see the result of this pressure", "GP practice buildings,", rv, P, rv_r, "body",
  "'“...,” he said.' (he = Dr Vautry, earlier in the same paragraph)", "pronoun"),
 ("This worrying shortage of GP’s will only exacerbate this crisis", "different parts of the country,", rv, P, rv_r, "body",
  "'“...,” he continued.' (he = Dr Vautry; the paragraph has its own attribution)", "pronoun"),
])

kn = "Kerri Neylon"; kn_r = "primary care lead GP at NHSGGC"
f("uk-scotland-glasgow-west-51631979.txt", [
 ("resulting in an inconsistent and unsustainable service", None, "NHS Greater Glasgow and Clyde", O, "", "body",
  "'This had led to short-notice centre suspensions \"...\"' (built into the writer's sentence, straight after 'The health board said ...' = NHS Greater Glasgow and Clyde; \"the only option\", \"willing to work\" and \"local operational issues\" before have 3 words)", "fragment"),
 ("Temporary consolidation of services is the only option", "the immediate future.", kn, P, kn_r, "body",
  "'Kerri Neylon, primary care lead GP at NHSGGC said:' (after the 2-word crosshead 'Crucial service'); the paragraph is left open", "said-before"),
 ("This formalises the ad-hoc a", None, kn, P, kn_r, "body",
  "next paragraph of Kerri Neylon's quote; cut off by the end of the excerpt (five tokens, the last a cut-off word)", "continuation"),
])

gg = "Gwen Goddard"; gg_r = "woman with bipolar disorder"
f("wales-gp-out-of-hours-crisis-figures-revealed.txt", [
 ("to improve out-of-hours services further", None, "Welsh Government", O, "", "body",
  "'The Welsh Government said it was working with health boards “...”' (built into the writer's sentence); five tokens; “crisis” and “enormous” before have 1 word", "fragment"),
 ("I have actually been told to call back in the morning", "the Samaritans before now,", gg, P, gg_r, "body",
  "'“...,” Ms Goddard said.' (Gwen Goddard from Cwmbran, paragraph before; the lead's 'One woman with bipolar disorder' whose words (enormous, self-harm) she repeats below; the place is not a role)", "said-after"),
 ("The impact is enormous.", "the state that you are in.", gg, P, gg_r, "body",
  "next paragraph of Gwen Goddard's quote (left open)", "continuation"),
 ("It has caused me all kinds of problems.", "I have been in distress.", gg, P, gg_r, "body",
  "last paragraph of Gwen Goddard's quote (closed)", "continuation"),
])

f("welsh-conservatives-debate-hospitals.txt", [
 ("No-one is suggesting the downgrading of any district general hospitals", None, "The First Minister", D, "", "body",
  "'I stood here and witnessed the First Minister stand before us in this Chamber and say that ‘...’' (the First Minister is not named; built into the speaker-author's sentence)", "fragment"),
 ("there are no plans to downgrade any district general hospitals", None, "The previous health Minister", D, "", "body",
  "'On 7 December 2011, the previous health Minister said:' on the line above (not named)", "said-before"),
])

f("west-midlands-mothers-trust-cost-daughter-her-life.txt", [
 ("The biggest regret of my life is that I trusted the trust", "cost my daughter her life.", "Rhiannon Davies", P, "mother of Kate Stanton-Davies", "body",
  "'Ms Davies told the Health Service Journal, \"...''' (Rhiannon Davies, whose daughter Kate Stanton-Davies died; closed with two apostrophes; the headline quote \"Cost Daughter Her Life\" and \"warm clothes'' have 4 and 2 words)", "said-before"),
 ("We fully accept the findings of this report", "Kate Stanton-Davies in 2009.", "Simon Wright", P, "chief executive", "body",
  "'Simon Wright, chief executive of the trust, said:' (the page never names the trust, so the bare title is the role)", "said-before"),
 ("This tragic case seven years ago underlines", "being taken accordingly.", "An NHS England spokesperson", D, "", "body",
  "'An NHS England spokesperson said:' (unnamed)", "said-before"),
])

cl = "Christine Lampard"; cl_r = "Loose Women star"
f("women-urged-stop-skipping-smear-tests-new-tv-ad-campaign.txt", [
 ("I can’t say I’m thrilled when my cervical screening invite", "that I get tested.", cl, P, cl_r, "body",
  "'Mrs Lampard said:' (Loose Women star Christine Lampard, paragraphs before); the paragraph is left open ('Loose Women' in the image line has 2 words)", "said-before"),
 ("It’s an awkward five minutes that could save your life.", None, cl, P, cl_r, "body",
  "next paragraph of Christine Lampard's quote (left open)", "continuation"),
 ("As a mother I will never ignore my screening invitation", "her screenings too.", cl, P, cl_r, "body",
  "last paragraph of Christine Lampard's quote (closed)", "continuation"),
 ("The decline in numbers getting screened for cervical cancer", "concern as it mean", "Professor Anne Mackie", P, "director of screening programmes at PHE", "body",
  "'Professor Anne Mackie, director of screening programmes at PHE, said:'; cut off by the end of the excerpt", "said-before"),
])

sp = "Samuel Pearson"
f("young-carers-raise-concerns-about-cuts-to-norfolk-s-head.txt", [
 ("This organisation has helped me so much", "if it wasn't for them,", sp, P, "", "body",
  "''...,' he said.' (he = Samuel Pearson, 15, from Sheringham, who cares for his mum, paragraph before the 'You may also want to watch:' line; age, place and relative clause are not roles)", "pronoun"),
 ("I wouldn't be at school, and I wouldn't be able to do anything.", None, sp, P, "", "body",
  "second quoted passage after the attribution in the same paragraph (left open)", "continuation"),
 ("You can't just chop off the funds, there's got to be other ways,", None, sp, P, "", "body",
  "''...,' he added.' (he = Samuel Pearson)", "pronoun"),
 ("There have been recessions before", "just isn't right.", sp, P, "", "body",
  "second quoted passage after 'he added' in the same paragraph", "continuation"),
 ("It will just make it harder to cope.", "14 and 15 years old.", "Zoe Webb", P, "", "body",
  "'Zoe Webb, from Norwich, who cares for both of her parents, said:' (place and relative clause are not roles); never closed", "said-before"),
 ("The overriding concern is that they understand there is less money", "used effectively,", "Jo Brown", P, "Forum participation worker at Crossroads Norfolk young carers project", "body",
  "''...,' Ms Brown said.' (Jo Brown, Forum participation worker at Crossroads Norfolk young carers project, paragraph before)", "said-after"),
 ("They are concerned that they are in a position", "to do more with l", "Jo Brown", P, "Forum participation worker at Crossroads Norfolk young carers project", "body",
  "second quoted passage after 'Ms Brown said.' in the same paragraph; cut off by the end of the excerpt", "continuation"),
])


def build():
    return label_table.build(R, prefix="U", split="heldout10", out="eval/quotes/heldout10.jsonl")


if __name__ == "__main__":
    recs = build()
    print(len(recs), "records")
