"""Build heldout2.jsonl (the second held-out attribution set, over eval/corpus4) from
the hand-written label table below.

Same method as build_heldout.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled.  Speakers, roles, types,
patterns and evidence were decided by hand from the article text alone; the script
only locates the text.

Run:  python3 eval/quotes/build_heldout2.py   (writes eval/quotes/heldout2.jsonl)
"""
import label_table
from label_table import P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern)
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus4/")

# ---------------------------------------------------------------------------
bh = "Dame Barbara Hakin"; bh_r = "NHS England chief operating officer"
f("ae-units-miss-four-hour-target-for-seeing-patients.txt", [
 ("There is inevitable weekly variation", "a three month period", bh, P, bh_r, "caption",
  "media caption 'Barbara Hakin: \"...\"' (named in full in the body as 'NHS England chief operating officer Dame Barbara Hakin')", "caption"),
 ("We know the A&E standard is ambitious", "sometimes this will happen.", bh, P, bh_r, "body",
  "'She added:' (She = Dame Barbara Hakin, previous paragraph)", "pronoun"),
 ("Every year we see a dip", "over a longer period.", bh, P, bh_r, "body",
  "next paragraph of Dame Barbara Hakin's quote", "continuation"),
 ("We knew this winter would be difficult", "the NHS continues", bh, P, bh_r, "body",
  "next paragraph of Dame Barbara Hakin's quote (cut off by the end of the excerpt)", "continuation"),
])

ct = "Coun Christine Talbot"; ct_r = "chairman of Lincolnshire County Council’s health scrutiny committee"
rh = "Ralph Hambridge"; rh_r = "Sloothy resident"
f("angry-patients-slam-ambulance-responses.txt", [
 ("the 700,000 of Lincolnshire deserve better", None, ct, P, ct_r, "body",
  "'Coun Christine Talbot ... had raised concerns ... and felt'", "fragment"),
 ("I was appalled by the service", "both let me down.", rh, P, rh_r, "body",
  "'He said:' (He = 'Sloothy resident Ralph, 61', i.e. Ralph Hambridge, the only Ralph named in the article)", "pronoun"),
 ("I don’t think it will be long", "anything is done about it.", rh, P, rh_r, "body",
  "next paragraph of Ralph's quote", "continuation"),
])

jm = "Dr Johann Malawana"; jm_r = "chair of the British Medical Association’s junior doctors committee"
f("bma-junior-doctors-strikes-significantly-improved-hunt-deal.txt", [
 ("a good deal despite unbelievable odds.", None, jm, P, jm_r, "body",
  "'Malawana insisted it was'", "fragment"),
 ("We were strong enough to make the government listen", "financial recognition of weekends.", jm, P, jm_r, "body",
  "'he told delegates that industrial action had been the last resort.' then the quote in the same paragraph (he = Dr Malawana)", "pronoun"),
 ("The question people will ask when they look back", "pick a fi", jm, P, jm_r, "body",
  "follows 'He said ministers had provoked the junior doctors ...' (reported speech, He = Malawana); cut off by the end of the excerpt", "continuation"),
 ("Why on earth did this government pick a fi", None, "", N, "", "body",
  "nested question that 'people will ask' in future, inside Malawana's quote: hypothetical, nobody has said it", "other"),
])

mg = "Professor Martin Green"; mg_r = "Chief Executive for Care England"
rhu = "Dr Rhidian Hughes"; rhu_r = "chief executive of VODG (the Voluntary Organisations Disability Group)"
f("budget-2017-brings-an-extra-2bn-for-social-care-comments.txt", [
 ("The Chancellor’s Spring Budget has quite rightly", "on a stable footing", mg, P, mg_r, "body",
  "line above: 'Professor Martin Green OBE Chief Executive for Care England says:'", "said-before"),
 ("Government has woken up to the care crisis", "under the Care Act.", rhu, P, rhu_r, "body",
  "line above: 'Dr Rhidian Hughes chief executive of VODG ... said:'", "said-before"),
 ("There is a big question mark", "yet another rev", rhu, P, rhu_r, "body",
  "line above: 'Dr Hughes goes on to say:' (cut off by the end of the excerpt)", "said-before"),
])

ph = "Philip Hammond"; ph_r = "Chancellor"
f("budget-2017-hammond-accused-of-doing-bare-minimum.txt", [
 ("act now to commission new packages", None, ph, P, ph_r, "body",
  "'Mr Hammond said the cash injection would allow local authorities to' (Chancellor Philip Hammond)", "fragment"),
 ("The Government has committed the bare minimum", "a crumbling system.", "Janet Morrison",
  P, "Chief executive of older people’s charity Independent Age", "body",
  "'Chief executive of older people’s charity Independent Age, Janet Morrison, said:'", "said-before"),
 ("measures to identify and support authorities", "working with the NHS", ph, P, ph_r, "body",
  "'Mr Hammond said communities secretary Sajid Javid and health secretary Jeremy Hunt would announce' (Hammond's words about what they would announce)", "fragment"),
])

sg = "Siobhan Gearing"; sg_r = "founder of the We Need West Cumberland Hospital"
mt = "Maurice Tate"; mt_r = "of the Maryport League of Friends"
f("campaigners-accuse-health-bosses-of-failing-to-listen-to-fears.txt", [
 ("These are ludicrous options", "make our voices heard,", sg, P, sg_r, "body",
  "''...,' she said' (she = Siobhan Gearing, 'She added' in the paragraph before)", "pronoun"),
 ("I think these people decided from day one", "what was going to happen,", mt, P, mt_r, "body",
  "''...,' he said' (he = Maurice Tate, previous paragraph)", "pronoun"),
 ("They have got it in their heads", "I’m afraid that’s impossible.", mt, P, mt_r, "body",
  "next paragraph of Maurice Tate's quote; the paragraph starts with the merged photo-caption name 'Maurice Tate'", "continuation"),
 ("They will soon go back to the Government", "ticked all the boxes.", mt, P, mt_r, "body",
  "next paragraph of Maurice Tate's quote", "continuation"),
])

sah = "Save the Alexandra Hospital group"
f("campaigners-who-fought-to-save-services-at-hospital-say-they.txt", [
 ("There's just nothing left to give.", None, sah, O, "", "body",
  "'Adding that the group had \"exhausted all our options\", it said:' (it = the Save the Alexandra Hospital group); the quote opens with a stray space after the mark", "pronoun"),
 ("there is no stopping the process from this point", None, sah, O, "", "body",
  "'In a strong 1,600-word statement on Facebook, the group said ... but added'", "fragment"),
 ("If we had sat back and done nothing", "than it is now.", sah, O, "", "body",
  "'The group said:' (the Save the Alexandra Hospital group)", "description"),
])

gg = "Glen Garrod"; gg_r = "president of the Association of Directors of Adult Social Services (ADASS)"
nf = "Nick Forbes"; nf_r = "deputy leader of the Local Government Association"
rm = "Richard Murray"; rm_r = "director of Policy at The King’s Fund"
f("chancellor-650m-social-care-20bn-nhs.txt", [
 ("the era of austerity is finally coming to an end", None, ph, P, "Chancellor", "body",
  "'In his speech, Mr Hammond said' (Chancellor Philip Hammond)", "fragment"),
 ("budget for the “strivers", "our communities and our economy", ph, P, "Chancellor", "body",
  "'and called it a' (Mr Hammond); the quote is opened twice (“budget for the “strivers ...) and closed once, labelled as one span", "fragment"),
 ("austerity isn't over for local government", None, nf, P, nf_r, "body",
  "'Nick Forbes ... tweeted that the budget shows'", "fragment"),
 ("don't be fooled by the Chancellor's claim", "actually cutting £650m!", nf, P, nf_r, "body",
  "'Nick Forbes ... tweeted that ... and said' (full quotation introduced by 'said' without a colon)", "said-before"),
 ("The detail in the Red Book reveals", "both of which are hard pressed.", gg, P, gg_r, "body",
  "'Glen Garrod, president of the Association of Directors of Adult Social Services (ADASS), said:'", "said-before"),
 ("The detail in the budget creates an invidious", "children and young people.", gg, P, gg_r, "body",
  "next paragraph of Glen Garrod's quote", "continuation"),
 ("cannot continue to get by on last-minute, piecemeal funding announcements", None, rm, P, rm_r, "body",
  "'Richard Murray, director of Policy at The King’s Fund, said the social care system'", "fragment"),
 ("Adult social care in England needs at least", "per year simpl", rm, P, rm_r, "body",
  "'He added:' (He = Richard Murray); cut off by the end of the excerpt", "pronoun"),
])

asu = "Andrea Sutcliffe"; asu_r = "CQC’s chief inspector of adult social care"
f("cqcs-tough-regime-of-corporate-inspections.txt", [
 ("We will be making sure there is a much better relationship", "do that comparison?", asu, P, asu_r, "body",
  "'She said:' (She = Andrea Sutcliffe, previous paragraph)", "pronoun"),
 ("We’ve seen this happening in Netherwallop", "happening in Northumberland", "", N, "", "body",
  "nested inside Sutcliffe's quote after 'We need to say:': an example of what CQC should say, not something anyone has said", "other"),
 ("We are seeing some services that are clearly struggling", "impact on their health.", asu, P, asu_r, "body",
  "'Ms Sutcliffe said:'", "said-before"),
 ("The critical thing our inspectors need to have", "this is somethin", asu, P, asu_r, "body",
  "'Speaking about inspectors Ms Sutcliffe said:' (cut off by the end of the excerpt)", "said-before"),
 ("Yep, I can see this is somethin", None, "", N, "", "body",
  "nested inside Sutcliffe's quote: what 'that instinct ... says' (a figure of speech, nobody's speech); cut off", "other"),
])

ss = "Simon Stevens"; ss_r = "NHS England chief executive"
f("exclusive-stevens-sets-out-10-year-plan-priorities.txt", [
 ("overhaul many aspects of our screening services", "personalised and risk stratified.", ss, P, ss_r, "body",
  "'On cancer, Mr Stevens said the intention was to'", "fragment"),
 ("workforce over a 10 year timeframe", None, ss, P, ss_r, "body",
  "'he again added reforming early intervention and diagnostics was dependent on changes to the NHS' (he = Mr Stevens)", "fragment"),
 ("a new focus around cardiovascular disease", None, ss, P, ss_r, "body",
  "'One of these is' - one of the priorities 'Mr Stevens highlighted' in the interview; next sentence 'Mr Stevens said ...'", "fragment"),
 ("a renewed focus on children’s services", "as they affect children", ss, P, ss_r, "body",
  "'Fourthly, there will be' - the fourth of the five priorities Mr Stevens highlighted in the interview", "fragment"),
 ("the differential life expectancy of people with learning disabilities", None, ss, P, ss_r, "body",
  "'The NHS England chief highlighted' (= Simon Stevens)", "fragment"),
 ("much more explicit about the race", "cultural barriers th", ss, P, ss_r, "body",
  "'He also said the NHS needed to be' (He = Mr Stevens); cut off by the end of the excerpt", "fragment"),
])

ab = "Adaeze Bowen"
f("fund-our-future-student-nurses-lobby.txt", [
 ("Since the bursary was scrapped, not only", "funding protected.", ab, P, "", "body",
  "'She said:' (She = Adaeze Bowen, previous paragraph; one of the nursing students at the lobby)", "pronoun"),
 ("Nurses, both student and qualified", "with no income.", ab, P, "", "body",
  "next paragraph of Adaeze Bowen's quote", "continuation"),
 ("If you add to this the prospect", "notoriously difficult,", ab, P, "", "body",
  "next paragraph of Adaeze Bowen's quote (cut off by the end of the excerpt)", "continuation"),
])

hsl = "Prof Helen Stokes-Lampard"
f("have-waits-for-gp-appointments-got-longer.txt", [
 ("Ours book five weeks ahead.", "as they go in seconds.", "Lisa Johns", P,
  "member of the BBC NHS Health Check Facebook group", "body",
  "'Lisa Johns said:' (after 'Members of the BBC NHS Health Check Facebook group report ...')", "said-before"),
 ("I booked a non-urgent appointment", "for 22 January 2019.", "Another member of the BBC NHS Health Check Facebook group",
  D, "", "body", "'Another member posted:' (unnamed member of the Facebook group)", "said-before"),
 ("This is a real problem.", "a shortage of GPs.", hsl, P, "head of the Royal College of GPs", "body",
  "'Prof Helen Stokes-Lampard, head of the Royal College of GPs, said:'", "said-before"),
])

f("horton-general-hospital-maternity-downgrade-approved.txt", [
 ("hands off our NHS, stop the Tory cuts", None, "Protesters", D, "", "body",
  "'Protesters chanted ... as board members arrived' (words chanted at the meeting)", "fragment"),
 ("refuse the cuts or resign", None, "Protesters", D, "", "body",
  "second chant in 'Protesters chanted \"...\" and \"...\"'", "fragment"),
 ("The government bailed out the banks", "bail out the NHS?", "Keith Strangwood", P,
  "from campaign group Keep the Horton General", "body",
  "'Keith Strangwood from campaign group Keep the Horton General argued ..., and added:'", "said-before"),
])

af = "Angus Fraser"; af_r = "Heathfield man, 83"
yas = "A spokesperson for Yorkshire Ambulance Service NHS Trust"
f("ill-mans-anxiety-over-time-of-ambulance-999-response.txt", [
 ("My wife had already called the 111 service", "she called an ambulance,", af, P, af_r, "body",
  "''...,' he said' (he = Angus Fraser, previous paragraph)", "pronoun"),
 ("The paramedic was lovely when he got here", "before an ambulance arrived.", af, P, af_r, "body",
  "no attribution; first-person account continuing Mr Fraser's quote after a one-sentence narrative paragraph", "continuation"),
 ("I thought if I had a stroke", "us and our neighbours.", af, P, af_r, "body",
  "next paragraph of Mr Fraser's quote", "continuation"),
 ("They found I had a chest infection", "came home that evening", af, P, af_r, "body",
  "'He said:' (He = Mr Fraser, previous paragraph)", "pronoun"),
 ("My wife was extremely anxious about it", "she still is.", af, P, af_r, "body",
  "'He added:' (no space before the mark)", "pronoun"),
 ("It is on going concern for us", "if something happens to us.", af, P, af_r, "body",
  "next paragraph of Mr Fraser's quote", "continuation"),
 ("We aim to reach all of our patients", "following this 999 call.", yas, D, "", "body",
  "'A spokesperson for Yorkshire Ambulance Service NHS Trust said:'", "said-before"),
 ("Based on the information given by the caller", "non-life threatening.", yas, D, "", "body",
  "next paragraph of the spokesperson's quote", "continuation"),
 ("Our records indicate that we had", "a call of this nature.", yas, D, "", "body",
  "next paragraph of the spokesperson's quote", "continuation"),
 ("They provided initial assessment", "and monitored t", yas, D, "", "body",
  "next paragraph of the spokesperson's quote (cut off by the end of the excerpt)", "continuation"),
])

jm2_r = "Junior doctors leader"
f("industrial-action-over-contract-imposition-is-inevitable.txt", [
 ("The government has sorely underestimated", "this announcement would have,", jm, P, jm2_r, "standfirst",
  "standfirst: ''...,' Dr Johann Malawana told BuzzFeed News.'", "said-after"),
 ("trying to hold back the tidal wave", None, jm, P, jm2_r, "body",
  "'Malawana told BuzzFeed News he was'", "fragment"),
 ("I have never seen so many angry doctors,", None, jm, P, jm2_r, "body",
  "''...,' he said' (he = Malawana, previous paragraph)", "pronoun"),
 ("People are calling for forms and frequency", "I would hear about,", jm, P, jm2_r, "body",
  "''...,' Malawana said'", "said-after"),
 ("I think the government have seriously", "how badly this is going down.", jm, P, jm2_r, "body",
  "next paragraph of Malawana's quote (the embedded tweet that follows has no quote marks)", "continuation"),
])

jo = "Jamie Oliver"; jo_r = "celebrity chef"
f("jamie-oliver-calls-for-bold-and-brave-action-to-tackle-obesity.txt", [
 ("ball is firmly in the Government's court", None, jo, P, jo_r, "body",
  "'The celebrity chef said the' (= Jamie Oliver, previous paragraph)", "fragment"),
 ("I'm excited and relieved", "improving our children's health.", jo, P, jo_r, "body",
  "'He said:' (He = Oliver, previous paragraph)", "pronoun"),
 ("Doctors, dentists, scientists", "in the Government's court.", jo, P, jo_r, "body",
  "next paragraph of Oliver's quote", "continuation"),
 ("They have the opportunity now to be bold", "sustainable and prosperous Britain.", jo, P, jo_r, "body",
  "next paragraph of Oliver's quote", "continuation"),
 ("There has never been a better time than now.", "like parents not politicians.", jo, P, jo_r, "body",
  "last paragraph of Oliver's quote", "continuation"),
])

f("jamie-oliver-expects-kicking-over-sugar-tax.txt", [
 ("In my meetings with [the prime minister]", "numerous doctors and scientists.", jo, P, "TV chef", "body",
  "'Writing in the Daily Mail, Oliver said:'", "said-before"),
 ("Broadly, the evidence shows the higher the tax increase", "the greater the effect,", "Dr Alison Tedstone", P,
  "director of diet and obesity for PHE", "body",
  "''...,' she said' (she = Dr Alison Tedstone, who 'told MPs' earlier in the paragraph)", "pronoun"),
])

jm3_r = "BMA junior doctors committee chairman"
f("junior-doctors-slam-bullying-government-as-48-hour-walkout.txt", [
 ("unwilling to put a brake on the imposition", None, jm, P, jm3_r, "body",
  "'In a video message to members junior doctors committee chairman Dr Johann Malawana said it was ‘extraordinary’ that the government remained'", "fragment"),
 ("What kind of way is this to treat a profession?", None, jm, P, jm3_r, "body",
  "''...?' said the strike leader' (= Dr Malawana; opened with ‘ and closed with ')", "description"),
 ("To dictate, not listen.", "anti-doctor campaign.", jm, P, jm3_r, "body",
  "second quoted passage after 'said the strike leader' in the same paragraph", "continuation"),
 ("determination to resist the imposition", None, jm, P, jm3_r, "body",
  "'Dr Malawana said he wanted to assure junior doctors of his committee's'", "fragment"),
 ("My resolve and that of the junior doctors committee", "in this matter is clear,", jm, P, jm3_r, "body",
  "''...,' he said' (he = Dr Malawana)", "pronoun"),
 ("Our goal is to prevent imposition", "our outstanding concerns.", jm, P, jm3_r, "body",
  "next paragraph of Dr Malawana's quote", "continuation"),
 ("Let us show the government", "resolve are unwavering.", jm, P, jm3_r, "body",
  "after the crosshead 'Contract imposition', with no attribution; it continues the video message ('over the next couple of days') and is followed by 'He added:' for the same speaker", "continuation"),
 ("We won't be bullied, attacked", "a government flying blind.", jm, P, jm3_r, "body",
  "'He added:' (He = Dr Malawana)", "pronoun"),
])

jh = "Jeremy Hunt"; jh_r = "Health Secretary"
ar = "Anne Rainsberry"; ar_r = "NHS England director responsible for overseeing preparations in advance of the strike"
f("junior-doctors-strike-hunt-urges-return-to-negotiations.txt", [
 ("We deeply regret the level of disruption", "junior doctors' working lives.", jm, P,
  "BMA junior doctors’ committee chair", "body",
  "'BMA junior doctors’ committee chair Dr Johann Malawana says:'", "said-before"),
 ("the values of the vast majority of junior doctors", None, jh, P, jh_r, "body",
  "'Jeremy Hunt said the number of doctors who still reported for duty despite the strike demonstrated'", "fragment"),
 ("We have some disagreements with the BMA over pay.", "every day of the week.", jh, P, jh_r, "body",
  "'He says:' (He = Jeremy Hunt, earlier in the paragraph)", "pronoun"),
 ("Pulling out all the stops", None, ar, P, ar_r, "body",
  "crosshead quoting Anne Rainsberry's words from the paragraph below ('had been “pulling out all the stops”')", "other"),
 ("pulling out all the stops", None, ar, P, ar_r, "body",
  "'She says the health service had been' (She = Anne Rainsberry)", "fragment"),
 ("NHS trusts are now working hard", "as soon as is possible.", ar, P, ar_r, "body",
  "'She adds:' (She = Anne Rainsberry)", "pronoun"),
 ("Nobody wanted to see industrial action", "no other option.", "Heidi Alexander", P, "Shadow health secretary", "body",
  "'She adds:' (She = Shadow health secretary Heidi Alexander, earlier in the paragraph)", "pronoun"),
])

isc = "Izzi Seccombe"; isc_r = "Warwickshire County Council leader"
ll = "Lord Lansley"; ll_r = "Former health secretary"
f("leading-tories-alarmed-by-failure-to-address-social-care-funding.txt", [
 ("For it not to be mentioned was an immense surprise", "to say, a concern,", isc, P, isc_r, "body",
  "''...,' she told BBC Radio Four’s World At One' (she = Izzi Seccombe, previous paragraph)", "pronoun"),
 ("The need is now, it is a tapered amount", "We are cut to the bone.", isc, P, isc_r, "body",
  "follows 'Ms Seccombe (pictured) said planned increases in funding ...' (reported speech)", "continuation"),
 ("The next two years are going to be incredibly difficult.", "through those next two years,", ll, P, ll_r, "body",
  "''...,' he told the BBC' (he = Lord Lansley, previous paragraph)", "pronoun"),
 ("The issue is very straight forward", "go into long-term care.", ll, P, ll_r, "body",
  "follows 'The Tory peer called for ... which he said were blocked by the Treasury' (reported speech; the Tory peer = Lord Lansley)", "continuation"),
])

jb = "Julie Bailey"; jb_r = "of the campaign group Cure the NHS"
f("limegreen-on-mid-staffs-inquiry.txt", [
 ("dabbling with quality and safety", None, jb, P, jb_r, "body",
  "'relatives of those who died at Stafford Hospital say the NHS must stop'; the next paragraph says 'Her comments were made to LimeGreen Media' (her = Julie Bailey, named in the same paragraph)", "fragment"),
 ("change behaviours from the top to the frontline", None, jb, P, jb_r, "body",
  "same sentence as the previous fragment ('... and'); 'Her comments were made to LimeGreen Media'", "fragment"),
 ("in my first inquiry I sat and listened", "why was nothing done about it?", "Robert Francis QC", P,
  "chair of the Mid-Staffordshire NHS Foundation Trust Public Inquiry", "body",
  "'In his opening statement to this second Inquiry, Francis said,'", "said-before"),
])

f("london-pharmacies-complete-over-40000-flu-jabs-in-three-weeks.txt", [
 ("Community pharmacy provision of NHS flu vaccinations", "need to book an appointment.", "Sue Sharpe", P,
  "chief executive of PSNC", "body", "'Sue Sharpe, chief executive of PSNC, ... says:'", "said-before"),
 ("Community pharmacists are looking forward", "dispensing of medicines.", "Sue Sharpe", P,
  "chief executive of PSNC", "body", "next paragraph of Sue Sharpe's quote", "continuation"),
])

mr = "Dr Mary Ramsay"; mr_r = "Head of Immunisation at PHE"
f("measles-outbreaks-across-england.txt", [
 ("will continue to see measles cases", "are particularly at risk", mr, P, mr_r, "body",
  "'Dr Mary Ramsay, Head of Immunisation at PHE, said:' (the quote starts mid-sentence and has no closing punctuation)", "said-before"),
 ("We want to remind people that measles", "2 doses of MMR vaccine", mr, P, mr_r, "body",
  "next paragraph of Dr Ramsay's quote", "continuation"),
 ("The UK achieved WHO measles elimination status", "very close mixing", mr, P, mr_r, "body",
  "next paragraph of Dr Ramsay's quote", "continuation"),
])

pf = "Paul Farmer"; pf_r = "chief executive of Mind"
f("mental-health-patients-sent-hundreds-of-miles-for-care.txt", [
 ("It is a disgrace that people with mental health problems", "services are in crisis.", pf, P, pf_r, "body",
  "follows 'Paul Farmer, chief executive of Mind, says the situation is ‘a disgrace’.' (no attribution in the quote paragraph)", "continuation"),
 ("The government continues to make important", "seeing increased demand.", pf, P, pf_r, "body",
  "'He added:' (He = Paul Farmer)", "pronoun"),
 ("The cuts are self-evidently a false economy", "but the re", pf, P, pf_r, "body",
  "next paragraph of Paul Farmer's quote (cut off by the end of the excerpt)", "continuation"),
])

f("mental-health-too-many-patients-not-enough-beds.txt", [
 ("Never known it this bad", None, U, U, "", "body",
  "crosshead that quotes the paragraph below, whose speaker is cut off", "other"),
 ("I have worked in mental health since 1972", "never known it this bad,", U, U, "", "body",
  "after the crosshead 'Never known it this bad', cut off by the end of the excerpt before any attribution; the social worker Terry Skyrme was introduced just before, but the speaker may be named after the cut", "other"),
])

f("mid-staffs-report-families-call-for-head-of-nhs-to-resign.txt", [
 ("Treatment at Stafford was not just wrong", "truly dreadful", "David Cameron", P, "Prime Minister", "standfirst",
  "summary bullet ''...', he said' (he = David Cameron, previous bullet 'David Cameron apologises ...')", "pronoun"),
 ("cannot be cured by finding scapegoats", "sacking individuals,", "Robert Francis QC", P, "", "body",
  "'Francis's report does not blame anyone for the dismal care as problems '...,' he said' (he = Francis)", "fragment"),
])

f("more-patients-waiting-longer-than-a-week-for-gp-appointments.txt", [
 ("It is particularly worrying that some patients", "an appointment initially,", hsl, P,
  "chair of the Royal College of GPs", "body",
  "''...,' she said' (she = Prof Helen Stokes-Lampard, previous paragraph)", "pronoun"),
 ("GPs are working flat out", "guarantee safe care.", hsl, P, "chair of the Royal College of GPs", "body",
  "'Stokes-Lampard said:'", "said-before"),
])

f("mp-vows-to-fight-for-hospital.txt", [
 ("commission the safest, most high quality services", "allow us to do this", "A spokesperson for the CCG", D, "", "body",
  "'A spokesperson for the CCG said its duty to' (the CCG = Hambleton, Richmondshire and Whitby CCG)", "fragment"),
 ("It is an absolutely shocking report", "objections to their proposals,", "Councillor John Blackie", P,
  "leader of Richmondshire District Council", "body",
  "''...,' said Councillor John Blackie, leader of Richmondshire District Council'", "said-after"),
])

f("nhs-medical-director-coy-on-weekend-effect-of-hospital-deaths.txt", [
 ("Every year, there are 11,000 excess deaths", "want that to continue", jh, P, "health secretary", "body",
  "'the health secretary’s recent statement in Parliament that' (the health secretary = Jeremy Hunt)", "fragment"),
])

nur = "A nurse at Colchester General Hospital who asked not to be identified"
tsp = "A Colchester Hospital University Foundation Trust spokesman"
f("north-essex-nurse-claims-her-hospital-colleagues-nearing-exhaustion.txt", [
 ("In recent weeks I have regularly arrived", "40 or 50 per cent.", nur, D, "", "body",
  "'The nurse, who asked not to be identified, said:' (an angry nurse at Colchester General Hospital)", "said-before"),
 ("Staff on duty are then under extra pressure", "we can't always do this.", nur, D, "", "body",
  "next paragraph of the nurse's quote", "continuation"),
 ("This often leads to delays", "upsetting for these patients.", nur, D, "", "body",
  "next paragraph of the nurse's quote", "continuation"),
 ("I am also concerned that all too frequently", "frustrated and exhausted.", nur, D, "", "body",
  "next paragraph of the nurse's quote", "continuation"),
 ("There is quite a lot of general sickness", "general workforce.", tsp, D, "", "body",
  "'A trust spokesman said:' (the trust = Colchester Hospital University Foundation Trust)", "said-before"),
 ("Each ward has a ward manager", "at sufficient levels.", tsp, D, "", "body",
  "'He added:' (He = the trust spokesman)", "pronoun"),
 ("The last thing we want to do", "cover if necessary.", tsp, D, "", "body",
  "next paragraph of the spokesman's quote", "continuation"),
])

f("nurses-say-wards-are-seriously-understaffed.txt", [
 ("One registered nurse to eight patients", "around one in five.", "Howard Catton", P, "Head of policy", "body",
  "'Head of policy Howard Catton: '...'' (after 'The Royal College of Nursing said ...'; no verb)", "said-before"),
 ("You hear all these stories that nurses", "aren’t enough of them,", "Joyce Robins", P, "co-director of Patient Concern", "body",
  "''...,' she said' (she = Joyce Robins, previous paragraph)", "pronoun"),
])

f("patients-had-two-day-wait-for-ambulance.txt", [
 ("This is a case of the data not telling the full story,", None, "A spokesman for the Welsh Ambulance Service", D, "", "body",
  "''...,' a spokesman for the service added' (the service = the Welsh Ambulance Service, previous paragraph)", "said-after"),
])

bk = "Professor Sir Bruce Keogh"; bk_r = "NHS England’s National Medical Director"
f("patients-tell-7-day-service-forum-be-ambitious.txt", [
 ("Be ambitious and not constrained by the past", None, "Patients at the 7-Days Services workshop", D, "", "headline",
  "headline 'Patients tell 7-day service forum: '...''", "said-before"),
 ("Mortality rates improved, stays in hospitals shortened", "junior doctors at weekends,", bk, P, bk_r, "body",
  "''...,' he explained' (he = Sir Bruce, previous paragraph)", "pronoun"),
 ("We did a study looking at more than 14 million", "admitted on a Wednesday.", bk, P, bk_r, "body",
  "'He said his belief ... was reinforced when he was involved in research, adding:'", "pronoun"),
 ("We also looked at similar statistics", "This was compelling evidence.", bk, P, bk_r, "body",
  "next paragraph of Sir Bruce's quote", "continuation"),
 ("While people got to work for the NHS", "compassion at weekends?", bk, P, bk_r, "body",
  "follows 'He also told the workshop the need for seven day services was also about ...' (reported speech)", "continuation"),
 ("We need to think about our compassion", "what day of the week.", bk, P, bk_r, "body",
  "next paragraph of Sir Bruce's quote", "continuation"),
 ("There needs to public demand", "want something to hap", bk, P, bk_r, "body",
  "next paragraph of Sir Bruce's quote (cut off by the end of the excerpt)", "continuation"),
])

hsl2 = "Professor Helen Stokes-Lampard"
f("rcgp-urges-parents-to-vaccinate-children-against-measles.txt", [
 ("This is so disheartening when we consider", "to the history books,", hsl2, P, "RCGP chair", "body",
  "''...,' said RCGP chair Professor Helen Stokes-Lampard' (opened with \" and closed with ”)", "said-after"),
 ("In the early 2000s there was a fall", "complications arising,", mr, P, "head of immunisation at PHE", "body",
  "''...,' said Dr Mary Ramsay, head of immunisation at PHE'", "said-after"),
 ("Unfortunately, we had major setbacks", "feeling the impact,", hsl2, P, "RCGP chair", "body",
  "''...,' adds Prof Stokes-Lampard'", "said-after"),
 ("We ask all parents to do the right thing", "measles in the future.", hsl2, P, "RCGP chair", "body",
  "next paragraph, no new speaker after ''...,' adds Prof Stokes-Lampard'", "continuation"),
])

jd = "Janet Davies"; jd_r = "Chief Executive and General Secretary of the Royal College of Nursing"
f("rcn-calls-on-government-to-increase-nhs-investment.txt", [
 ("After funding for nursing students was cut", "into the profession.", jd, P, jd_r, "body",
  "'Janet Davies, Chief Executive and General Secretary of the Royal College of Nursing, called on all political parties to commit to ...:'", "said-before"),
 ("For too long, nursing staff have been undervalued", "struggling to cope,", jd, P, jd_r, "body",
  "next paragraph of her quote, with its own ''...,' she said'", "pronoun"),
 ("We expect this to enable up to 10,000", "allied health training places.", "The government", O, "", "body",
  "'The government responded to the petition last year by stating that ..., adding:'", "said-before"),
 ("They are exhausted, morale is low", "it’s affecting", "Royal College of Nursing", O, "", "body",
  "'A recent RCN survey on the conditions within nursing said:' (the RCN's survey report); cut off by the end of the excerpt", "said-before"),
])

gge = "Gill George"; gge_r = "chairman of Shropshire Defend Our NHS"
km = "Kate Manning"; km_r = "from the transforming midwifery care programme at Shropshire CCG"
f("shropshire-maternity-unit-campaigners-warn-this-fight-isnt-over.txt", [
 ("What comes across so clearly is the contempt", "for rural women.", gge, P, gge_r, "body",
  "'Gill George, chairman of Shropshire Defend Our NHS, said:'", "said-before"),
 ("The Midwife-Led Units have been closed", "no consultation at all.", gge, P, gge_r, "body",
  "next paragraph of Gill George's quote", "continuation"),
 ("That’s more than two years of lives put at risk", "being ignored.", gge, P, gge_r, "body",
  "next paragraph of Gill George's quote", "continuation"),
 ("And the CCG bosses stick their fingers", "as loudly as they can.", gge, P, gge_r, "body",
  "next paragraph of Gill George's quote", "continuation"),
 ("They should understand this fight isn’t over.", None, gge, P, gge_r, "body",
  "next paragraph of Gill George's quote", "continuation"),
 ("NHS England needs to stop being taken in", "services re-opened.", gge, P, gge_r, "body",
  "next paragraph of Gill George's quote", "continuation"),
 ("And when it does come to consultation", "We need our MLUs’.", gge, P, gge_r, "body",
  "last paragraph of Gill George's quote", "continuation"),
 ("We are hoping that the consultation", "We don’t have a date yet.", km, P, km_r, "body",
  "'Kate Manning, from the transforming midwifery care programme at Shropshire CCG, said:'", "said-before"),
 ("It’s still subject to change", "assurance process with NHS", km, P, km_r, "body",
  "next paragraph of Kate Manning's quote (cut off by the end of the excerpt)", "continuation"),
])

ss2_r = "chief executive of NHS England"
f("simon-stevens-nhs-should-expect-big-improvements-in-cancer.txt", [
 ("The 70th birthday of the NHS is an amazing achievement", "right across this country,", ss, P, ss2_r, "body",
  "''...,' he said' (he = Simon Stevens, previous paragraph)", "pronoun"),
 ("And it is a chance to look forward", "as well as for our children.", ss, P, ss2_r, "body",
  "next paragraph of Stevens's quote (left open)", "continuation"),
 ("So if we get it right over the next 10, 20, 30 years", "good reason for celebrating.", ss, P, ss2_r, "body",
  "continues Stevens's quote after the crosshead ‘Good reason for celebrating’ (4 words, not labelled); marks printed reversed (” ... “)", "continuation"),
 ("not to be blind to its imperfections", None, ss, P, ss2_r, "body",
  "'However, Mr Stevens said being proud of the NHS is' (marks reversed)", "fragment"),
 ("Seventy years ago almost to the day", "changing, growing and evo", ss, P, ss2_r, "body",
  "'Speaking to a congregation ... at Westminster Abbey ..., he said:' (he = Mr Stevens); cut off by the end of the excerpt", "pronoun"),
 ("must always be changing, growing and evo", None, "Aneurin Bevan", P, "", "body",
  "nested inside Stevens's quote: 'Aneurin Bevan predicted that the health service'; cut off", "fragment"),
])

bk2 = "Sir Bruce Keogh"; bk2_r = "NHS England’s medical director"
f("sir-bruce-keogh-praises-the-media-as-sunday-times-claims-victory.txt", [
 ("Seven-day NHS on the way", None, "", N, "", "body",
  "the Sunday Times headline ('Under the headline'), not anyone's speech", "other"),
 ("Healthcare services around the world face many issues", "as during the week.", bk2, P, bk2_r, "body",
  "'Sir Bruce welcomed the news of the breakthrough, saying:' (Sir Bruce = Sir Bruce Keogh)", "said-before"),
 ("The BMA’s support reflects recognition", "a previously hidden problem.", bk2, P, bk2_r, "body",
  "next paragraph of Sir Bruce's quote", "continuation"),
 ("The NHS 7-Day Services Forum, which is due", "financially sound way.", bk2, P, bk2_r, "body",
  "next quote paragraph, no new speaker", "continuation"),
 ("The figures are very clear and show increased mortality", "the NHS in eliminating.", "Dr Mark Porter", P,
  "chairman of the BMA", "body", "'Dr Mark Porter, chairman of the BMA, ... told the Sunday Times:'", "said-before"),
])

f("spate-of-care-homes-closing-or-ceasing-to-trade.txt", [
 ("NHS pressures continue to have serious impacts", "provision of social care", gg, P, "", "pull quote",
  "pull quote with the name line 'Glen Garrod' directly below it", "name-role-line"),
 ("The care sector already suffers from high staff t", None, U, U, "", "body",
  "cut off by the end of the excerpt before any attribution; it follows ADASS's reported calls ('ADASS has called on the government ...'), but the pull quote gives ADASS's words to Glen Garrod, so organisation or person is not settled", "other"),
])

rf = "Robert Francis QC"; rf_r = "conducted the public inquiry into standards of care at Stafford Hospital"
f("stafford-hospital-inquiry-robert-francis-reveals-how-courage.txt", [
 ("It has left a lasting impression on me", "the appalling stories they told me,", rf, P, rf_r, "body",
  "''...,' said Mr Francis, speaking at Stafford Borough Council House'", "said-after"),
 ("The things they experienced, nobody should have to experience.", None, rf, P, rf_r, "body",
  "second quoted sentence after 'said Mr Francis' in the same paragraph", "continuation"),
 ("If I learned one major lesson", "from their stories.", rf, P, rf_r, "body",
  "next paragraph of Mr Francis's quote", "continuation"),
 ("a lack of care, compassion, humanity and leadership", None, rf, P, rf_r, "body",
  "'In his inquiry report ..., Mr Francis concluded there had been'", "fragment"),
 ("There has been an unfortunate history", "nothing much then happening,", rf, P, rf_r, "body",
  "''...,' he said' (he = Mr Francis, previous paragraph)", "pronoun"),
 ("As you know, I gave a set of recommendations", "their safety first.", rf, P, rf_r, "body",
  "second quoted sentence after 'he said' in the same paragraph", "continuation"),
 ("It is so important these recommendations are implemented.", "they want to", rf, P, rf_r, "body",
  "next paragraph of Mr Francis's quote (cut off by the end of the excerpt)", "continuation"),
])

jh2_r = "Health and social care secretary"
ac = "Anita Charlesworth"; ac_r = "director of research and economics at the Health Foundation"
f("theresa-may-pledges-20bn-a-year-for-nhs.txt", [
 ("Like no other organisation could ever hope to be", "fairness and compassion.", jh, P, jh2_r, "body",
  "'Commenting on the value of the NHS, Hunt said:'", "said-before"),
 ("write an entirely new chapter in its history", None, jh, P, jh2_r, "body",
  "'He said that the cash injection ... as well as presenting an opportunity for the NHS to' (He = Hunt)", "fragment"),
 ("an increased burden of taxation", None, jh, P, jh2_r, "body",
  "'Hunt has confirmed that there will be'", "fragment"),
 ("Increases of at least 4% a year are the minimum", "eight years of austerity.", ac, P, ac_r, "body",
  "follows 'Anita Charlesworth, director of research and economics at the Health Foundation, argued that ...' (reported speech)", "continuation"),
 ("Increases of just 3.4% a year mean longer waits", "address cancer care,", ac, P, ac_r, "body",
  "next paragraph of her quote, with its own ''...,' she warned'", "pronoun"),
])

tm = "Theresa May"; tm_r = "Prime Minister"
hx = "Chris Ham, Nigel Edwards and Jennifer Dixon"
hx_r = "chief executives of The King’s Fund, The Nuffield Trust and The Health Foundation"
f("theresa-may-pledges-an-extra-20-billion-for-the-nhs.txt", [
 ("It’s the 70th anniversary of the NHS.", "for the next 70 years – and beyond,", tm, P, tm_r, "body",
  "''...,' the Prime Minister said' (= Theresa May, first sentence)", "description"),
 ("That’s why we’ve got a long-term plan", "better mental health services.", tm, P, tm_r, "body",
  "second quoted passage after 'the Prime Minister said' in the same paragraph (left open)", "continuation"),
 ("All of us, whatever our income", "will make that possible.", tm, P, tm_r, "body",
  "next paragraph of the Prime Minister's quote", "continuation"),
 ("… as a country taxpayers will have to contribute", "in a fair and balanced way.", tm, P, tm_r, "body",
  "'According to the Prime Minister, funding will come from ..., noting:'", "description"),
 ("All authoritative independent analysis", "around 4 per cent a year.", hx, P, hx_r, "body",
  "'Chris Ham, chief executive of The King’s Fund, Nigel Edwards, chief executive of The Nuffield Trust and Jennifer Dixon, chief executive of The Health Foundation, stated:' (a joint statement by three named people)", "said-before"),
 ("This is the minimum required to keep pace", "safety critical repairs. If", hx, P, hx_r, "body",
  "next paragraph of the joint statement (cut off by the end of the excerpt)", "continuation"),
])

f("thousands-of-older-people-impacted-by-care-home-closures.txt", [
 ("the failure of successive Governments", None, "Association of Directors of Adult Social Services (ADASS)", O, "", "body",
  "'what the organisation describes as' (the organisation = ADASS)", "fragment"),
 ("Every minute of every day, heroic care staff", "to the end of their lives,", U, U, "", "body",
  "cut off by the end of the excerpt just before the attribution; the preceding paragraphs are the writer's summary of the survey figures, so the speaker is not settled", "other"),
])

peo = "People using care services"
f("too-many-care-homes-are-truly-awful-watchdog-chief-warns.txt", [
 ("the care staff are absolutely fantastic", None, peo, D, "", "body",
  "'Services where people tell us' (the column's author is the CQC's chief inspector of adult social care; the speakers are unnamed people using the services)", "fragment"),
 ("I think we're very lucky to live here.", "can't do enough for you.", peo, D, "", "body",
  "second example in the same sentence: 'people tell us \"...\" or \"...\"'", "fragment"),
 ("I am happy with how my sister is coming on", "very happy with this service.", "Relatives of people using care services", D, "", "body",
  "'Services where relatives are confident about the care their loved one is receiving'", "fragment"),
 ("My training is always up to date", None, "Care staff", D, "", "body",
  "'Services where the staff are capable and confident and staff say'", "fragment"),
 ("I couldn't be happier. It's a brilliant team.", None, "Care staff", D, "", "body",
  "second example in the same sentence: 'staff say \"...\" or \"...\"'", "fragment"),
])


def build():
    return label_table.build(R, prefix="K", split="heldout2", out="eval/quotes/heldout2.jsonl")


if __name__ == "__main__":
    recs = build()
    print(len(recs), "records")
