"""Build heldout29.jsonl (the twenty-ninth held-out attribution set, over eval/corpus32) from
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

Run:  python3 eval/quotes/build_heldout29.py   (writes eval/quotes/heldout29.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus32/")

# ---------------------------------------------------------------------------
ss = "Simon Stevens"
f("bmj-i2357.txt", [
 ("There is arguably no more important job in modern Britain", "the family doctor.", ss, P, "chief executive of NHS England", "body",
  "'“...” So says Simon Stevens, chief executive of NHS England, in his introduction to the General Practice Forward View' (his written words; the attribution follows the quote)", "said-after"),
 ("the most significant announcement for general practice since the 1960s.", None, "Maureen Baker", P,
  "president of the Royal College of General Practitioners", "body",
  "'Maureen Baker, president of the Royal College of General Practitioners, calls it “...”2' (built into the writers' sentence; the full stop is inside the marks, the reference number after them)", "fragment"),
])

rev = "The review"
f("demand-routine-gp-appointments-sunday-very-low-access-pilot-review-shows.txt", [
 ("have been successful at providing additional GP appointment time", None, rev, D, "", "body",
  "'The pilots '...' and access to other clinicians during extended hours, the review found.' (a review of the wave one pilots whose author the excerpt does not name; built into the writer's sentence)", "fragment"),
 ("The feedback from across the wave one pilots", "has been very low.", rev, D, "", "body",
  "'But it concluded: '...' (it = the review of the sentence before; left open)", "pronoun"),
 ("Given reported low utilisation on Sundays", "rather that prebookable slots.", rev, D, "", "body",
  "next paragraph of the review's words, re-opened and closed", "continuation"),
 ("41-51 total extended hours per week", "experienced in these pilots", rev, D, "", "body",
  "'The report suggests that '...'.' (the report = the review, 'the review says' two paragraphs on; built into the writer's sentence)", "fragment"),
 ("call centre or individual practice telephone system", None, rev, D, "", "body",
  "'It warns that work needs to be done ..., whether a '...'.' (it = the review, the subject of the paragraph before; built into the writer's sentence; 'most popular and successful' there has 4 words)", "fragment"),
 ("quicker to mobilise and find it easier to engage a", None, "unclear", U, "", "body",
  "'Although larger pilots have economies of scale, smaller pilots were '...' (under the crosshead 'Economies of scale'; cut off by the end of the excerpt before any attribution, so the text does not say whose words these are)", "other"),
])

hsj3 = "Another of three local sources spoken to by HSJ"
f("exclusive-overseas-gp-recruitment-falling-significantly-short-of-target.txt", [
 ("NHS England are really struggling with the scheme", None, hsj3, D, "", "body",
  "'But three local sources, spoken to by HSJ, ...' then 'One had been told ..., another was told “by more than half” and claimed ”...”.' (opened with a closing-style mark; a whole clause after 'claimed'; unnamed; “by half”, “by more than half”, “at least”, “major boost”, “significantly reduced” and “up to” have 2-4 words)", "said-before"),
 ("start to recruit around 600 overseas doctors into general practice in 2017-18", None, "NHS England", O, "", "body",
  "'As part of the 2,000 target, NHS England said it would “...”.' (built into the writer's sentence)", "fragment"),
])

f("exclusive-recruitment-crisis-leaves-practices-facing-long-term-gp-vacancies.txt", [
 ("This situation is not sustainable.", None, "Both remaining GP partners at one practice in Bristol", D, "", "body",
  "'both remaining GP partners at one practice in Bristol announced they would quit ...' then 'In a letter to patients, the partners said they had been forced to work extraordinarily long days, adding: ‘...’' (their letter's words; unnamed; ‘very worrying evidence’ and ‘absolute crisis for practices’ above have 3-4 words)", "said-before"),
 ("given up on a replacement", None, "One practice", D, "", "body",
  "'One practice said it had been unable to replace a retired senior partner and had ‘...’' (unnamed poll respondent; built into the writer's sentence)", "fragment"),
 ("We are now 2,200 patients per partner.", "on falling income,", "One of several respondents", D, "", "body",
  "'Several respondents said they could not afford to take on more GPs ... ‘...,’ said one.' (unnamed)", "said-after"),
 ("1,000 more GPs during this parliament", None, "Jeremy Hunt", P, "Health secretary", "body",
  "'Health secretary Jeremy Hunt recently told MPs there were ‘...’.' (built into the writer's sentence)", "fragment"),
])

cs = "Carol Shilabeer"; cs_r = "health board chief executive"
f("glantwymyn-surgery-to-close-amid-gp-shortages.txt", [
 ("We do have this underlying issue of difficulty to recruit,", None, cs, P, cs_r, "body",
  "'\"...,\" said chief executive Carol Shilabeer.' (the caption above names her 'health board chief executive Carol Shilabeer'; \"difficult decision\" and \"difficult\" above have 1-2 words)", "said-after"),
 ("The last thing a health board wants to do", "in a rural area.", cs, P, cs_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("It is with reluctance that we have decided", "under one roof.", cs, P, cs_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("a number of unforeseeable and unsustainable challenges", None, "Dyfi Valley Health", O, "", "body",
  "'The practice, Dyfi Valley Health, serves 7,000 people ...' then 'In January, it said it had \"regrettably\" submitted a bid to close the Cemmaes Road surgery after \"...\"' (it = the practice; built into the writer's sentence)", "fragment"),
])

ss_r = "the national commissioning body’s chief executive"
f("gp-investment-plan.txt", [
 ("GPs are by far the largest branch of British medicine", "laughed out of court.", ss, P, ss_r, "body",
  "'Mr Stevens (pictured) said: ‘...' (named 'The national commissioning body’s chief executive Simon Stevens' in the first paragraph; left open)", "said-before"),
 ("Here’s what the NHS should now do", "faster than GPs", ss, P, ss_r, "body",
  "'So if anyone 10 years ago had said: “...”, they’d have been laughed out of court.' (words he imagines, nested in his own quote; his own fragment, as in the earlier sets)", "fragment"),
 ("But looking back over a decade", "begun openly a", ss, P, ss_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

f("gp-practices-increasingly-reliant-on-use-of-locum-doctors-survey-suggests.txt", [
 ("There’s increased flexibility, better work-life balance", "somewhere to settle down.", "Dr Steve Leung", P, "the site’s founder", "body",
  "'The site’s founder Dr Steve Leung, a GP in Leicester, said younger doctors were turning to locuming ...' then 'He said: ‘...’' (the site = online locum provider RLocums)", "pronoun"),
 ("It’s very depressing that GPs are now just totally fraught.", "as it used to be.", "Dr Richard Fieldhouse", P,
  "National Association of Sessional GPs CEO", "body",
  "'National Association of Sessional GPs CEO Dr Richard Fieldhouse said the findings were consistent ...' then 'He said: ‘...’'", "pronoun"),
])

f("gp-practices-to-get-in-house-pharmacists.txt", [
 ("Clinical pharmacists have added a whole new dimension", "better use of resources,", "Dr Chris Dent", P, "GP", "body",
  "'“...,” said GP Dr Chris Dent, who is on the governing body of NHS Norwich Clinical Commissioning group, ...' (the relative clause is not a role)", "said-after"),
 ("Wider roll out of NHS England’s programme", "wider practice team i", "unclear", U, "", "body",
  "a new quote paragraph after the writer's own paragraph, cut off mid-word by the end of the excerpt before any attribution", "other"),
])

kk = "Dr Krishna Kasaraneni"
f("gps-survey-leave-profession-early-60-bbc-inside-out.txt", [
 ("Politicians across the board need to acknowledge", "not resourced correctly.", kk, P, "of the British Medical Association", "body",
  "'Dr Krishna Kasaraneni of the British Medical Association said he was not surprised by them. Dr Kasaraneni said: “...”' (the caption's and standfirst's ‘centre of gravity’ has 3 words)", "said-before"),
 ("The centre of gravity in the NHS for 66 years", "out-of-hospital care.", "Jeremy Hunt", P, "Health secretary", "body",
  "'Hunt told BBC Inside Out: “...”' (named 'Health secretary Jeremy Hunt' above)", "said-before"),
])

cn = "Chaand Nagpaul"; cn_r = "BMA GPs committee chair"
f("health-service-faces-gps-exodus.txt", [
 ("It is clear that incredible pressures on GP services", "far outstripped capacity.", cn, P, cn_r, "body",
  "'BMA GPs committee chair Chaand Nagpaul (pictured right) said the survey results ...' then 'He added: ‘...' (left open)", "pronoun"),
 ("GPs are overworked and intensely frustrated", "need specialised care.", cn, P, cn_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("Rather than playing a numbers game", "young doctors to become GPs.", cn, P, cn_r, "body",
  "'Dr Nagpaul said the results call into question ...' then 'He said: ‘...’'", "pronoun"),
])

ic = "Professor Ian Cumming"; ic_r = "HEE chief executive"
f("hee-misses-gp-training-target-despite-record-recruitment.txt", [
 ("We knew it would also take some time for all our initiatives to take affect", None, ic, P, ic_r, "caption",
  "caption line 'Ian Cumming: ‘...’' under two image lines 'Ian Cumming' (named 'Professor Ian Cumming, HEE chief executive,' in the body)", "caption"),
 ("Although it has been a difficult year for doctors in training", "against this background.", ic, P, ic_r, "body",
  "'Professor Ian Cumming, HEE chief executive, said: “...' (left open)", "said-before"),
 ("We knew it would also take some time for all of our joint initiatives", "high priority in HEE.", ic, P, ic_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("We are aware that there is still much to do", "we will be contin", ic, P, ic_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("investigation-why-has-recruiting-gps-become-so-hard.txt", [
 ("It is immensely hard to recruit.", "to fill our vacancy.", "Dr Peter Swinyard", P,
  "chair of the Family Doctor Association and a GP in Swindon", "body",
  "'Dr Peter Swinyard, chair of the Family Doctor Association and a GP in Swindon, says: ‘...’' (‘One Voice’ and ‘dramatic’ above have 1-2 words)", "said-before"),
])

f("local-seven-day-gp-access-pilot-scrapped-due-to-unpopularity.txt", [
 ("Despite considerable promotion, including through", "spent on other initiatives.", "Dr Vicky Pleydell", P, "CCG clinical lead", "body",
  "'Commenting on the decision, ..., CCG clinical lead Dr Vicky Pleydell said it was taken due to unpopularity among patients. “...”' (a quote with no attribution of its own after her reported speech in the same paragraph; ‘considerable promotion’, ‘following ongoing evaluation’ and the nested ‘hub’ have 1-3 words)", "continuation"),
 ("to establish if there was a demand for more GP appointments", "currently open.", "Stephen Brown", P,
  "Chief executive of the Heartbeat Alliance", "body",
  "'Chief executive of the Heartbeat Alliance Stephen Brown remarked upon the scheme, run as a pilot “...”' (begins inside the writer's sentence and runs on as his own sentences)", "fragment"),
])

ck = "Chris Kenny"; ck_r = "Chief Executive"
f("mddus-sounds-note-of-caution-over-state-backed-indemnity-scheme.txt", [
 ("Today’s brief announcement raises more questions", "with fair competition.", ck, P, ck_r, "body",
  "'Chief Executive Chris Kenny said: “...”' (the organisation is MDDUS, the subject of the paragraph before)", "said-before"),
 ("It is no secret that the rising cost of indemnity", "particularly in England,", ck, P, ck_r, "body",
  "'\"...,” said Mr Kenny.' (opened straight, closed curly)", "said-after"),
 ("The Government’s failure to reform the law of tort", "doesn’t tackle that.", ck, P, ck_r, "body",
  "next paragraph, a quote with no attribution of its own straight after his (left open)", "continuation"),
 ("GPs in particular have borne the brunt", "the underlying issues.", ck, P, ck_r, "body",
  "next paragraph of his quote, closed (the nested ‘perfect storm’ has 2 words)", "continuation"),
 ("Ultimately any move towards adopting a different model", "overall health budget.", "The Government", O, "", "body",
  "'Last year the Government’s own conclusion was that: “...”' (the Government's own words, quoted by MDDUS)", "said-before"),
 ("In the absence of legal reform", "whilst mai", ck, P, ck_r, "body",
  "'Mr Kenny added: “...' (cut off mid-word by the end of the excerpt)", "said-before"),
])

jr = "Joyce Robins"; jr_r = "of campaign group Patient Concern"
f("more-160-000-forced-new-gp-surgeries-shut-doctors-retired-early-moved-abroad.txt", [
 ("It’s appalling.", "haven’t got one.", jr, P, jr_r, "body", "'Joyce Robins, of campaign group Patient Concern, said: ‘...' (left open)", "said-before"),
 ("It’s very distressing having to move surgeries", "with a particular problem.", jr, P, jr_r, "body", "next paragraph of her quote, closed", "continuation"),
])

ss_r2 = "NHS England Chief Executive"
f("nhs-england-increases-number-of-pharmacist-in-first-wave-of-gp-pilot-to-over-401.txt", [
 ("Regional assessment panels examined applications", "within a multidisciplinary team,", "NHS England", O, "", "body",
  "'“...,” said NHS England.'", "said-after"),
 ("Additional funding was found to more than double", "quality of responses.", "NHS England", O, "", "body",
  "next paragraph, a quote with no attribution of its own straight after NHS England's; closed, then the writer's own sentence", "continuation"),
 ("Joint working between pharmacists and GPs", "pharmacists and patients.", ss, P, ss_r2, "body",
  "'Simon Stevens, NHS England Chief Executive, commented: “...' (left open)", "said-before"),
 ("By testing these new ways of working", "best suits their needs.", ss, P, ss_r2, "body", "next paragraph of his quote, closed", "continuation"),
 ("a real vote of confidence in the pharmacy profess", None, "Sandra Gidley", P,
  "Chair of the Royal Pharmaceutical Society’s English Pharmacy Board", "body",
  "'Sandra Gidley, Chair of the Royal Pharmaceutical Society’s English Pharmacy Board, described the extra investment of £16m as “...' (built into the writer's sentence; cut off mid-word by the end of the excerpt)", "fragment"),
])

ss_r3 = "NHS England chief executive"
rv = "Dr Richard Vautrey"
f("nhs-england-looks-to-recruit-2000-gps-from-overseas-to-offset-retirements.txt", [
 ("Although there are some good signs of progress", "pressures around retirements.", ss, P, ss_r3, "body",
  "'NHS England chief executive Simon Stevens told HSJ: ‘...' (left open)", "said-before"),
 ("The conclusion we’ve come to is that", "in the autumn.", ss, P, ss_r3, "body", "next paragraph of his quote, closed", "continuation"),
 ("Rather than the current 500 or so GPs", "New Zealand and Australia.", ss, P, ss_r3, "body",
  "'He added: ‘...’' (he = Simon Stevens; '[from the]' is a bracketed insertion inside the quote)", "pronoun"),
 ("Clearly they haven’t secured the increase of GPs", "considering all options.", rv, P, "GPC chair", "body",
  "'GPC chair Dr Richard Vautrey told Pulse: ‘...' (left open)", "said-before"),
 ("This is a dedicated international recruitment initiative", "I don’t know i", rv, P, "GPC chair", "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

am = "Dr Arvind Madan"; am_r = "GP and NHS England Director of Primary Care"
nd = "Niall Dickson"; nd_r = "chief executive of the NHS Confederation"
f("nhs-england-moves-to-pull-in-overseas-doctors.txt", [
 ("most new GPs will continue to be trained in this country", "over the coming years,", am, P, am_r, "body",
  "'According to Dr Arvind Madan, GP and NHS England Director of Primary Care, “...,” but the initiative will ...' (built into the writer's sentence)", "fragment"),
 ("to help improve services for patients and reduce", "across the country.", am, P, am_r, "body",
  "second quote in the same sentence: '... but the initiative will also assist in delivering new recruits “...”' (built into the writer's sentence)", "fragment"),
 ("certainly not to be sniffed at,", None, "Professor Helen Stokes-Lampard", P, "chair of the Royal College of GPs", "body",
  "'... which, while still “a long way off” from reaching the number needed, is “...” says Professor Helen Stokes-Lampard, chair of the Royal College of GPs.' (built into the writer's sentence; “a long way off” has 4 words)", "fragment"),
 ("The current situation is very difficult and looks set to get worse,", None, nd, P, nd_r, "body",
  "'“...,” warned Niall Dickson, chief executive of the NHS Confederation.'", "said-after"),
 ("The fact that 12 percent of GP positions", "almost one in fi", nd, P, nd_r, "body",
  "second passage re-opened in the same paragraph after his attribution; cut off mid-word by the end of the excerpt", "continuation"),
])

mdu = "GPs responding to the MDU survey"
ct = "Dr Christine Tomkins"
f("one-third-of-gps-responding-to-mdu-survey-say-they-will-quit-nhs-over-indemnity-costs.txt", [
 ("The government must support general practice or the NHS will fail", None, mdu, D, "", "body",
  "'GPs also voiced their fears about the cost of indemnity. Comments included:' then the first comment on its own line (unnamed respondents of 'a survey on professional indemnity' by the MDU; no full stop inside the marks)", "said-before"),
 ("The public need to know that the cost of indemnity", "provision of care.", mdu, D, "", "body", "the next comment line of the list", "continuation"),
 ("I just despair.", "and the NHS?", mdu, D, "", "body", "the next comment line of the list", "continuation"),
 ("The costs are already crippling", "struggling with recruitment.", mdu, D, "", "body", "the last comment line of the list", "continuation"),
 ("GPs must pay for their own indemnity", "indemnified by their", ct, P, "MDU chief executive", "body",
  "'Dr Christine Tomkins, MDU chief executive, said:' on its own line above the quote; cut off by the end of the excerpt", "said-before"),
])

rv_r = "GP committee chair at doctors' union the British Medical Association"
ja = "Jonathan Ashworth"; ja_r = "Labour's shadow health secretary"
f("patients-waiting-more-two-weeks-see-gp-survey.txt", [
 ("the reality of the capacity issues", "across the country are facing", rv, P, rv_r, "body",
  "'Dr Richard Vautrey, GP committee chair at doctors' union the British Medical Association said the figures showed \"...\".' (built into the writer's sentence)", "fragment"),
 ("GPs' number one priority is treating their patients", "that are understaffed.", rv, P, rv_r, "body", "'He added: \"...' (left open)", "pronoun"),
 ("What is clear however, is that despite", "appointments are necessary.", rv, P, rv_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("Whether it's for surgery, in bursting A&Es", "unacceptably long waits.", ja, P, ja_r, "body",
  "'Labour's shadow health secretary Jonathan Ashworth, said the figures were \"shocking but not surprising\".' (4 words) then 'He added: \"...' (left open)", "pronoun"),
 ("The truth is, as Boris Johnson's senior adviser confirmed", "trusted with it.", ja, P, ja_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("determined to reduce GP waiting times further", None, "A spokesperson for the Department of Health and Social Care", D, "", "body",
  "'A spokesperson for the Department of Health and Social Care added that the government is \"...\".' (unnamed; built into the writer's sentence; \"small fraction\" above and \"much-needed\" below have 1-2 words)", "fragment"),
])

rv2_r = "BMA deputy general practice committee chair"
f("physician-associate-scheme-needs-prolonged-investment-say-doctors-leaders.txt", [
 ("Physician associates may be able to provide valuable care", "pressures on local services.", "Richard Vautrey", P, rv2_r, "body",
  "'BMA deputy general practice committee chair Richard Vautrey said: ‘...' (‘sustained and substantial resources’ and ‘few years’ above have 2-4 words; left open)", "said-before"),
 ("However, the allocated funding for the PA training", "in the near future.", "Richard Vautrey", P, rv2_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("This will enable GP practices to recruit and embed PAs", "rather than GP services.", "Richard Vautrey", P, rv2_r, "body",
  "next paragraph of his quote, opened with a straight mark (left open)", "continuation"),
 ("If the target of re", None, "Richard Vautrey", P, rv2_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt after 5 tokens", "continuation"),
])

f("practice-hands-contract-back-after-four-partners-are-forced-to-resign.txt", [
 ("With great regret, the partners at Circuit Lane Surgery", "31 January 2015.", "Circuit Lane Surgery", O, "", "body",
  "'A statement on the Southcote practice website reads: ‘...' (the practice = the Circuit Lane Surgery in Southcote, Reading, named above; ‘extremely difficult’ above has 2 words; left open, the paragraph ends in two spaces)", "said-before"),
 ("Every possible option has been explored", "left no other choice.", "Circuit Lane Surgery", O, "", "body", "next paragraph of the statement, closed", "continuation"),
])

co = "Dr Crystal Oldman"; co_r = "chief executive of the QNI"
f("practice-nurses-impending-retirement-major-concern-says-qni-chief.txt", [
 ("The role of nurses in general practice is expanding rapidly", "the reserve of GPs.", co, P, co_r, "body",
  "'Commenting on the figures, Dr Crystal Oldman, chief executive of the QNI, emphasised ...' then 'She said: “...' (the headline's and lead's “major concern” has 2 words; left open)", "pronoun"),
 ("There is a huge opportunity for increased investment", "the pressures on A&E.", co, P, co_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("General practice is only going to continue to grow", "opportunity for nurses to", "A practice nurse", D, "", "body",
  "'A practice nurse was quoted in the report as saying: “...' (unnamed; the report = the QNI's report; “worrying” and “concerning” above have 1 word; cut off by the end of the excerpt)", "said-before"),
])

mb = "Professor Maureen Baker"; mb_r = "RCGP chair"
f("rcgp-chair-targets-gp-forward-view.txt", [
 ("We feel it’s the right plan", "the plan is implemented,", mb, P, mb_r, "body",
  "'‘...,’ she says.' (she = Professor Baker; 'Outgoing RCGP chair Professor Maureen Baker' in the standfirst and 'RCGP chair Professor Maureen Baker' in the caption line)", "pronoun"),
 ("My focus while I am still chair", "way of funding healthcare.", mb, P, mb_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("There is still this tension around ensuring", "no further forward than before.", mb, P, mb_r, "body",
  "a quote paragraph with no attribution of its own straight after 'Professor Baker warns of concerns that ...' (her reported speech; left open)", "continuation"),
 ("The ethos behind the Five Year Forward View", "clearly made.", mb, P, mb_r, "body",
  "next paragraph of her quote, closed (one paragraph that the page wraps over two lines)", "continuation"),
])

f("really-crisis-general-practice.txt", [
 ("…doctors are routinely having to work 11 hour days", "than five years ago", "The President of the Royal College of General Practitioners", D, "", "body",
  "'The Observer newspaper quoted the President of the Royal College of General Practitioners as saying: “...”.' (not named; the ellipsis is inside the marks; ‘box ticking’ below has 2 words)", "said-before"),
 ("GPs are now delivering up to 340m consultations", "60 patients a day", "The chair of the British Medical Association’s GP committee", D, "", "body",
  "'the chair of the British Medical Association’s GP committee repeated these workload figures, saying on Friday 13th January 2017: ...”.' (not named; the page has only the closing mark)", "said-before"),
 ("GPs are conducting millions more consultations", "delivery of safe patient care", "Dr Mark Porter", P, "BMA chair of the Council of the British Medical Association", "body",
  "'Dr Mark Porter, BMA chair of the Council of the British Medical Association, said (on Tuesday 10th January 2017): “...”.'", "said-before"),
 ("GPs are unable to keep up with the number of patients", "the surgery door", "Dr Mark Porter", P, "BMA chair of the Council of the British Medical Association", "body",
  "'The next day he added: “...”.' (he = Dr Mark Porter)", "pronoun"),
 ("could be reaching saturation point", None, "A large database analysis of consultation rates carried out by Hobbs and colleagues", D, "", "body",
  "'A large database analysis of consultation rates carried out by Hobbs and colleagues concluded that general practice “...”.' (built into the writer's sentence; a study by more than one author)", "fragment"),
 ("The current situation is untenable.", "rapid and radical action", "Beccy Baird", P, "Fellow at The King’s Fund", "body",
  "'Beccy Baird, Fellow at The King’s Fund, went further, arguing that ...”.' (whole sentences after 'arguing that'; the page has only the closing mark)", "said-before"),
])

f("scores-of-practices-teetering-on-the-brink-of-closure.txt", [
 ("not seen anything like it", None, "Local GP leaders", D, "", "body",
  "'Local GP leaders say they have ‘...’ and warn of a ‘domino effect’ ...' (unnamed; built into the writer's sentence; ‘domino effect’ has 2 words)", "fragment"),
 ("I think mergers are the only way to keep practices in the hands of the profession", None, "Dr Robert Morley", P, "", "pull quote",
  "pull quote line with the line 'Dr Robert Morley, West Midlands' under it (a place, not a role; ‘exhausted all other options’ below has 4 words)", "name-role-line"),
 ("a year to save general practice", None, "Dr Peter Holden", P, "Former GPC negotiator", "body",
  "'Former GPC negotiator Dr Peter Holden warned in April that there was ‘...’ predicting ...' (built into the writer's sentence)", "fragment"),
 ("We have on our radar at least half a dozen practices", "a good numb", "Dr Mark Sanford-Wood", P, "chair of Devon LMC", "body",
  "'Dr Mark Sanford-Wood, chair of Devon LMC, says the situation in his area is unprecedented: ‘...' (cut off mid-word by the end of the excerpt)", "said-before"),
])

ds = "Dr Deborah Shepherd"; ds_r = "GP and chairman of the Shrewsbury and Atcham locality"
f("shrewsbury-patients-told-not-to-delay-changing-gp.txt", [
 ("If all 3,700 people attempt to register at once", "cause problems,", ds, P, ds_r, "body",
  "'Dr Deborah Shepherd, GP and chairman of the Shrewsbury and Atcham locality, has urged patients ...' then '\"...,\" she said.'", "pronoun"),
 ("Patients need not wait until the last minute", "register early.", ds, P, ds_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("No one wants to see a practice close", "to the maximum.", ds, P, ds_r, "body", "'Dr Shepherd added: \"...' (left open)", "said-before"),
 ("Also the premises is owned by a private landlord", "to a medical practice.", ds, P, ds_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("The current incumbents, Malling Health", "with it either.", ds, P, ds_r, "body", "next paragraph of her quote, closed (the page ends here)", "continuation"),
])

mp = "Mark Porter"; mp_r = "British Medical Association (BMA) chair"
f("situation-vacant.txt", [
 ("There are some major problems.", "the status that things have.", mp, P, mp_r, "body",
  "'Mark Porter, British Medical Association (BMA) chair says attitudes need to change towards general practice. Porter says: “...' ('[difference]' is a bracketed insertion inside the quote; left open)", "said-before"),
 ("Everyone knows that GPs and consultants", "hospitals are where it is at.", mp, P, mp_r, "body",
  "next paragraph of his quote, closed (the next paragraph's “I think there is cut off after 3 tokens)", "continuation"),
])

hsl = "Professor Helen Stokes-Lampard"; hsl_r = "chairwoman of the Royal College of GPs"
f("staggering-gp-recruitment-problem-hits-new-high.txt", [
 ("In the most severe cases, not being able to recruit", "and the wider NHS.", hsl, P, hsl_r, "body",
  "a quote paragraph with no attribution of its own straight after 'Professor Helen Stokes-Lampard, chairwoman of the Royal College of GPs, said the problem is \"staggering\".' (1 word; left open)", "continuation"),
 ("Being a GP is intellectually challenging", "an easy profession to recruit to.", hsl, P, hsl_r, "body",
  "next paragraph of her quote (left open; the page never closes it)", "continuation"),
 ("At present UK general practice does not have sufficient resources", "needs - meaning that", hsl, P, hsl_r, "body",
  "'The professor blamed a lack of resources ...' then 'She said: \"...' (she = the professor; cut off by the end of the excerpt)", "pronoun"),
])

f("study-raises-questions-over-seven-day-gp-access-after-some-pilot-schemes-cut-hours.txt", [
 ("The CCGs have found that weekend opening", "have been modified.", "A spokesman from Londonwide Local Medical Committees", D, "", "body",
  "'A spokesman from Londonwide Local Medical Committees, which represents London GPs, told Pulse: \"...\"' (unnamed; the headline's 'cut hours', \"no longer in operation\", \"agenda\" and \"full facts\" have 1-4 words; \"wi is cut off after 1 token)", "said-before"),
])

dcam = "David Cameron"
f("tories-pledge-7-days-a-week-access-to-gps.txt", [
 ("I think our health service is performing well", "a national treasure.", dcam, P, "Prime Minister", "body",
  "'Mr Cameron told ITV1’s Good Morning Britain: “...' ('DAVID Cameron has promised “many more” family doctors ...' (2 words) and the pledge 'announced by the Prime Minister'; left open)", "said-before"),
 ("It’s one of the things I care most about in politics", "seven-day access to your GP.", dcam, P, "Prime Minister", "body", "next paragraph of his quote, closed", "continuation"),
 ("GPs are under huge pressure at the moment", "significant extra staff.", "Dr Richard Vautry", P,
  "a GP and spokesman for the British Medical Association", "body",
  "'Dr Richard Vautry, a GP and spokesman for the British Medical Association, told the programme: “...”' (name spelt as printed)", "said-before"),
 ("There are 1,000 more GPs operating in Britain", "deliver this pledge.", dcam, P, "Prime Minister", "body", "'But Mr Cameron said: “...”'", "said-before"),
])

f("training-gp.txt", [
 ("Last year, the first application round of GP training", "allow failed applicants to reapply.", "Pulse", O, "", "body",
  "'Pulse reports in its exclusive figures, “...”' (a whole sentence after the comma)", "said-before"),
 ("was never a better time to become a GP", None, "The RCGP", O, "", "body",
  "'The RCGP released a video stating there ‘...’' (its video's words; built into the writer's sentence)", "fragment"),
 ("There are fundamental issues that the whole system has to address", "in general practice itself.", "Dr Richard Vautrey", P, "Deputy GPC chair", "body",
  "'Deputy GPC chair Dr Richard Vautrey was quoted as saying “...”'", "said-before"),
 ("If these figures are correct", "seen as interim figures.", "Dr Maureen Baker", P, "chair of the RCGP", "body",
  "'Dr Maureen Baker, chair of the RCGP, is reported to respond to the figures stating, ”...”' (opened with a closing-style mark; the page ends here)", "said-before"),
])

f("we-understand-gps-are-facing-unbearable-pressures-from-the-cost-of-indemnity.txt", [
 ("We understand GPs are facing unbearable pressures from the cost of indemnity", None, "MDU", O, "", "headline",
  "headline quote of an opinion piece written in the MDU's voice ('The MDU is hearing this message repeatedly from our GP members. In our survey ...', 'We understand the frustration of GPs ...'); no writer is named before the cut", "other"),
 ("I have seriously thought about reducing my time", "I may have to.", "Dr Lloyd Ebden", P, "a GP in Swansea", "body",
  "'Dr Lloyd Ebden, a GP in Swansea, told us: ‘...’' ('(indemnity)' is a bracketed insertion inside the quote)", "said-before"),
])

lg = "Locum GPs responding to the Medeconomics poll"
f("why-gps-say-increasingly-opting-locum-roles.txt", [
 ("I was very close to burnout", "control over my work.", lg, D, "", "body",
  "'A total of 701 locum GPs responded to the Medeconomics poll ... Below is a selection of comments ... GPs were responding to the question: Why did you decide to become a locum?' then the crosshead 'GP burnout' and the first comment line (unnamed respondents)", "said-before"),
 ("I've been a full-time partner for 32 years", "patients or the doctor.", lg, D, "", "body", "the next comment line of the selection", "continuation"),
 ("Fed up with increasing unsafe and unsustainable workload", "deprived part of London.", lg, D, "", "body", "the next comment line of the selection", "continuation"),
 ("Because being a partner was driving me nuts.", None, lg, D, "", "body", "the next comment line of the selection", "continuation"),
 ("I used to be a locum GP and now in a partnership", "no say over patient care.", lg, D, "", "body", "the next comment line of the selection", "continuation"),
 ("Little financial incentive to be a partner", "or even salaried GP.", lg, D, "", "body",
  "the next comment line of the selection, under the crosshead 'Income'", "continuation"),
 ("Control over workload, and ability to pass on", "via locum rates.", lg, D, "", "body", "the next comment line of the selection", "continuation"),
 ("Maternity leave poor in partnership", "return of partnership.", lg, D, "", "body", "the next comment line of the selection", "continuation"),
 ("Better working conditions, decent pay", "when you want.", lg, D, "", "body", "the next comment line of the selection", "continuation"),
 ("More flexibility in working hours.", "forced to increase sessions.", lg, D, "", "body",
  "the next comment line of the selection, under the crosshead 'Flexibility'", "continuation"),
 ("More flexibility and getting paid for all the hours", "much less admin.", lg, D, "", "body", "the next comment line of the selection", "continuation"),
 ("Flexibility - not wanting to commit to a practice and fr", None, lg, D, "", "body",
  "the next comment line of the selection; cut off mid-word by the end of the excerpt", "continuation"),
])

label_table.build(R, prefix="AD", split="heldout29", out="eval/quotes/heldout29.jsonl")
