"""Build heldout11.jsonl (the eleventh held-out attribution set, over eval/corpus14) from
the hand-written label table below.

Same method as build_heldout10.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout11.py   (writes eval/quotes/heldout11.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus14/")

# ---------------------------------------------------------------------------
f("25000-at-march-against-ae-plan.txt", [
 ("This decision is crazy and ill-thought-out...", "nowhere is safe.", "Dr Louise Irvine", P,
  "local GP and chairman of the Save Lewisham Hospital campaign", "body",
  "'Dr Louise Irvine, a local GP and chairman of the Save Lewisham Hospital campaign, said: \"...\"' (\"insane\", \"urgent care\", \"successful and well-run\" and \"biggest financial problem\" have 1-3 words)", "said-before"),
])

f("5085456-article.txt", [
 ("Pay rates continue to exceed recommended", "the average [framework] rate.", "Liaison", O, "", "body",
  "'The report says: “...' (the report is 'The report by financial and workforce management company Liaison', 'Liaison’s report'); the paragraph is left open", "description"),
 ("Whilst commission rates show a marginal decrease", "£25.27 per hour.", "Liaison", O, "", "body",
  "next paragraph of the report's quote (closed)", "continuation"),
])

f("adhd-nhs-diagnosis-waiting-times-crisis.txt", [
 ("If this were any other condition", "reduction in life expectancy.", "ADHD Action", O, "", "body",
  "'“The numbers are staggering,” ADHD Action told The Big Issue. “...”' (the first part before the attribution has 4 words, so only the passage after it is labelled)", "continuation"),
 ("The NHS as a whole and many individual CCGs", "into specialist services,", "ADHD Action", O, "", "body",
  "'“...,” the statement continued.' (ADHD Action's statement to The Big Issue, across the subscription advert lines)", "description"),
 ("Adults with ADHD are at an increased risk", "and failed relationships.", "ADHD Action", O, "", "body",
  "next paragraph, a closed quote with no attribution of its own, straight after the statement's quote (square brackets inside)", "continuation"),
])

nag = "Dr Chaand Nagpaul"; nag_r = "GPC chairman"
f("almost-nine-ten-practices-struggle-find-locums-bma-survey-reveals.txt", [
 ("We are turning away work hand over fist", "to let practices down,", "Dr Richard Fieldhouse", P,
  "National Association of Sessional GPs CEO", "body",
  "'‘...,' he said.' (he = Dr Richard Fieldhouse, 'National Association of Sessional GPs CEO', line before; opened with ‘ and closed with ')", "pronoun"),
 ("But increasingly GP practices are facing longer term vacancies", "their patients’ needs.", nag, P, nag_r, "body",
  "a quote line with no attribution straight after 'Dr Nagpaul said locums did an ‘outstanding job’ ...' (reported speech; 'The GPC said ... Chairman Dr Chaand Nagpaul'); 'outstanding job' has 2 words", "continuation"),
 ("there are no longer enough GP locums", "gaps in the GP workforce", nag, P, nag_r, "body",
  "'Dr Nagpaul said that ... it was clear that '...'' (built into the writer's sentence)", "fragment"),
 ("This is undoubtedly adding to the i", None, nag, P, nag_r, "body",
  "next line after Dr Nagpaul's fragment, no attribution of its own; cut off by the end of the excerpt", "continuation"),
])

f("bma-gp-committee-calls-to-negotiate-new-fit-for-purpose-gp-contract.txt", [
 ("the challenges of workforce shortages", "increasing medical complexity", "BMA’s GP Committee", O, "", "body",
  "'The GPC said it wants a new contract that tackles ‘...’' (the GPC = 'The BMA’s GP Committee'; built into the writer's sentence; 'refreshed, fit-for-purpose' has 2 words)", "fragment"),
 ("Three years ago general practice", "we are experiencing every", "Dr Farah Jameel", P, "GPC chair", "body",
  "'GPC chair Dr Farah Jameel said: ‘...'; cut off by the end of the excerpt", "said-before"),
])

gb = "Gavin Boyle"
f("burton-and-derby-hospital-merger.txt", [
 ("In all of this, it's all incredibly complicated", "the clinical proposals.", gb, P, "", "body",
  "'Mr Boyle said: \"...' (Gavin Boyle, 'who has already been named as the prospective chief executive of the combined trust' - a relative clause, not a role); left open; \"very positive.\" has 2 words", "said-before"),
 ("Those conversations between the clinical teams", "in a better way.", gb, P, "", "body",
  "next paragraph of Gavin Boyle's quote (re-opened, left open)", "continuation"),
 ("Those conversations are the most important parts", "benefits for patients.", gb, P, "", "body",
  "next paragraph of Gavin Boyle's quote (re-opened, left open)", "continuation"),
 ("It sounds strange to me", "then have the conversa", gb, P, "", "body",
  "next paragraph of Gavin Boyle's quote; cut off by the end of the excerpt", "continuation"),
])

nsp = "NHS spokesperson"
f("campaigners-protest-against-changes-to-stroke-services.txt", [
 ("There is overwhelming evidence that our proposals", "the rest of east Kent.", nsp, D, "", "body",
  "the quote runs over four paragraphs and is followed by the line '– NHS spokesperson' (unnamed; no verb)", "name-role-line"),
 ("With stroke, what counts is getting the right treatment", "day of the week it is.", nsp, D, "", "body",
  "second paragraph of the quote above the '– NHS spokesperson' line", "continuation"),
 ("It is better to travel an hour in an ambulance", "three hours in A&E.", nsp, D, "", "body",
  "third paragraph of the quote above the '– NHS spokesperson' line", "continuation"),
 ("Our proposals recommend Ashford as the right place", "everywhere in East Kent.", nsp, D, "", "body",
  "last paragraph of the quote (closed), straight above the '– NHS spokesperson' line", "continuation"),
])

asl = "Alex Seale"; asl_r = "director for commissioning and transformation for NHS East Riding of Yorkshire CCG"
f("ccg-to-close-minor-injury-units-alongside-urgent-service-alterations.txt", [
 ("We want to provide consistent and high quality urgent care", "the whole of the East Riding.", asl, P, asl_r, "body",
  "'Alex Seale, director for commissioning and transformation for NHS East Riding of Yorkshire CCG, said: “...' (left open)", "said-before"),
 ("The urgent care centres at Beverley, Bridlington and Goole will offer", "365 days a year.", asl, P, asl_r, "body",
  "next line of Alex Seale's quote (closed)", "continuation"),
 ("a consistent range of advice and treatment available", "no variation between centres", asl, P, asl_r, "body",
  "'Seale also pressed that there would still be “...”' (built into the writer's sentence)", "fragment"),
 ("people will know that when they arrive", "they will be seen", asl, P, asl_r, "body",
  "'..., adding that “...”.' (Seale; built into the writer's sentence)", "fragment"),
 ("The three urgent care centres will be supported", "Withernsea Community Hospital,", asl, P, asl_r, "body",
  "'“...,” he explained.' (he = Seale, line before)", "pronoun"),
 ("flies in the face of what people in Beverley and Holderness want", None, "Graham Stuart", P,
  "MP for Beverley and Holderness", "body",
  "'MP for Beverley and Holderness Graham Stuart tweeted that the decision “...”' (built into the writer's sentence)", "fragment"),
])

kc = "Krishna Chaturvedi"; kc_r = "GP at the Southbourne Grove surgery, in Westcliff"
jm = "James Moyies"; jm_r = "Southend councillor for health and adult social care"
f("coeliac-charity-coeliac-uk-criticise-consultation.txt", [
 ("This is a very debatable argument.", None, kc, P, kc_r, "body",
  "'He said: “...' (He = Krishna Chaturvedi, 'a GP at the Southbourne Grove surgery, in Westcliff', paragraph before); left open", "pronoun"),
 ("I can understand people wanting it on prescription", "prescriptions were cancelled", kc, P, kc_r, "body",
  "'“...\", he said.' (the paragraph continues the open quote but carries its own 'he said'; opened with “ and closed with \")", "pronoun"),
 ("There will always be positives and negatives", "found it not to be a risk.", kc, P, kc_r, "body",
  "next paragraph, a closed quote with no attribution, after Chaturvedi's 'he said'", "continuation"),
 ("The NHS in Essex is going to be £200million", "if things don’t change.", jm, P, jm_r, "body",
  "'James Moyies, Southend councillor for health and adult social care, said: “...' (left open)", "said-before"),
 ("We are going to see more and more rationalising", "keep up with doing everything.", jm, P, jm_r, "body",
  "next paragraph of James Moyies's quote (left open)", "continuation"),
 ("There is quite a lot of gluten-free food available", "from normal shops.", jm, P, jm_r, "body",
  "next paragraph of James Moyies's quote (left open)", "continuation"),
 ("I am not qualified enough to know", "doing this consultation.", jm, P, jm_r, "body",
  "last paragraph of James Moyies's quote (closed)", "continuation"),
])

f("concern-children-york-face-long-waits-autism-diagnosis.txt", [
 ("parents feel isolated and helpless", "so desperately need.", "Online petition", D, "", "body",
  "'Nearly 400 people have signed an online petition calling for ..., stating that \"...\"' (the petition's wording, its owner not named; built into the writer's sentence)", "fragment"),
 ("strain and anxiety for families", None, "NHS report", D, "", "body",
  "'an NHS report has warned families ... are on long waiting lists, causing 'strain and anxiety for families'' (a report whose owner is not named; exactly five tokens)", "fragment"),
 ("It's just frustrating.", "move forward. My", "Becky Warboys", P, "mum-of-four", "body",
  "'She said: \"...' (She = Becky Warboys, 'mum-of-four Becky Warboys, from Huntington', and 'Becky said' just before); cut off by the end of the excerpt", "pronoun"),
])

f("could-pharmacists-reduce-the-pressure-on-gps.txt", [
 ("Waiting times for a GP appointment are now a national talking point.", "could provide a solution.", "Dr Maureen Baker", P,
  "chair of the RCGP", "body",
  "'Dr Maureen Baker, chair of the RCGP, says: “...”' (the nested ‘hidden army’ has 2 words)", "said-before"),
])

cp = "Dr Charles Parker"; cp_r = "GP and clinical chairman"
f("doctors-to-stop-handing-out-gluten-free-foods-on-prescription.txt", [
 ("The CCG governing body has made the decision", "in exceptional circumstance.", cp, P, cp_r, "body",
  "'Dr Charles Parker, GP and clinical chairman, said: “...' (left open)", "said-before"),
 ("This is mainly due to a significant increase", "home delivery services.", cp, P, cp_r, "body",
  "next paragraph of Dr Parker's quote (left open)", "continuation"),
 ("We would like to thank everyone who took part", "and Coeliac UK.", cp, P, cp_r, "body",
  "last paragraph of the first quote (closed)", "continuation"),
 ("The importance of a gluten free diet", "lifelong dietary needs.", cp, P, cp_r, "body",
  "'Dr Parker added: “...”'", "said-before"),
])

ja = "Jon Ashworth"; ja_r = "Labour’s shadow health secretary"
sw = "Sue Warner"; sw_r = "Member of the Royal College of Nursing's Council and a health visitor"
f("dramatic-fall-in-number-of-health-visitors.txt", [
 ("Health visitors play a crucial role", "beginning of life,", ja, P, ja_r, "body",
  "'‘...,’ said Jon Ashworth, Labour’s shadow health secretary, speaking at the Unite/CPHVA Conference.'", "said-after"),
 ("We know that early intervention and the first 1,001 days", "betrayal of our children.", ja, P, ja_r, "body",
  "second quoted passage after the attribution in the same paragraph", "continuation"),
 ("These figures show the Government is sleepwalking", "young people’s health,", sw, P, sw_r, "body",
  "'‘...,’, said Sue Warner, Member of the Royal College of Nursing's Council and a health visitor.'", "said-after"),
 ("Only this week RCPCH warned", "before it’s too late.", sw, P, sw_r, "body",
  "second passage after Sue Warner's attribution in the same paragraph, re-opened with a closing-style mark (’) and closed at the end of the paragraph", "continuation"),
])

cd = "Ciaran Daly"; cd_r = "clinical specialist physiotherapist"
f("from-best-to-worst-if-swah-stroke-services-are-lost.txt", [
 ("worked in this Trust in stroke services for more than 20 years", None, cd, P, cd_r, "body",
  "'Ciaran Daly ... introduced himself as a “clinical specialist physiotherapist” who has “...”' (built into the writer's sentence; the first phrase has 3 words and gives his role)", "fragment"),
 ("If South West Acute Hospital does not feature", "we are not going to accept that.", cd, P, cd_r, "body",
  "'Mr. Daly told the meeting.' on the line above (name and verb before the quote)", "said-before"),
 ("would not travel three hours a day", "family and other commitments", cd, P, cd_r, "body",
  "'He went on to warn that staff ... “...”' (He = Mr Daly; built into the writer's sentence)", "fragment"),
 ("extremely hard to recruit staff to replace those lost within this area", None, cd, P, cd_r, "body",
  "'Mr. Daly went on to say that it would be “...”' (built into the writer's sentence)", "fragment"),
 ("My father was assessed within minutes by a stroke consultant.", None, cd, P, cd_r, "body",
  "a quote paragraph with no attribution straight after 'Mr. Daly then said he wanted to speak on behalf of his father ...' (reported speech); left open", "continuation"),
 ("He had a scan done and as he says", "could not find anywhere.", cd, P, cd_r, "body",
  "next paragraph of Mr Daly's quote (left open; 'as he says' reports his father without quote marks)", "continuation"),
 ("His experience is constantly reaffirmed", "in the SNAPP audits,", cd, P, cd_r, "body",
  "'“...,” he said before adding.' (he = Mr Daly; the paragraph carries its own attribution)", "pronoun"),
 ("My father has read all the evidence", "time, time, time, time.", cd, P, cd_r, "body",
  "the paragraph straight after '..., he said before adding.', with no attribution of its own", "continuation"),
 ("It has been said that the golden hour", "not one hour, 30 minutes.", cd, P, cd_r, "body",
  "a quote paragraph with no attribution straight after 'Mr. Daly spoke about how ...' (reported speech); left open", "continuation"),
 ("The research clearly shows that quicker access", "that is the bottom line.", cd, P, cd_r, "body",
  "last paragraph of Mr Daly's quote (closed)", "continuation"),
])

df = "Dr David Fitzsimons"; df_r = "Withernsea GP"
jb = "June Barton"; jb_r = "of the Hornsea Cottage Hospital League of Friends"
f("gps-plea-ignored-governing-body-votes-axe-beds-and-minor-injuries-units.txt", [
 ("they should be listened to.", None, df, P, df_r, "body",
  "'Dr Fitzsimons told the meeting ... that when GPs ... raised concerns ... “...”' (Withernsea GP Dr David Fitzsimons; built into the writer's sentence; exactly five tokens)", "fragment"),
 ("bitterly disappointed but not surprised.", None, jb, P, jb_r, "caption",
  "photo caption line 'June Barton, of the Hornsea Cottage Hospital League of Friends. She said she was \"...\"' (built into the caption's sentence; exactly five tokens); first of two copies of the caption", "fragment"),
 ("were wondering how to access palliative care and urgent care.", None, df, P, df_r, "body",
  "'He called for a pause ... saying people in remote areas ... “...”' (He = Dr Fitzsimons, the paragraph before the caption line; built into the writer's sentence; 'more ironed out' has 3 words)", "fragment"),
 ("bitterly disappointed but not surprised.", None, jb, P, jb_r, "caption",
  "second copy of the June Barton caption line ('low-level' and '8 to 8' before it have 1 and 3 words)", "fragment"),
])

md = "Melissa Darcey"; md_r = "of Fighting 4 Life Lincolnshire"
f("grantham-campaigners-call-to-join-in-a-e-protest-march.txt", [
 ("We will march and protest against the night-time closure", "in our local hospital.", md, P, md_r, "body",
  "'She added: “...' (She = Melissa Darcey, of Fighting 4 Life Lincolnshire, paragraph before); left open", "pronoun"),
 ("We will also protest against the Sustainability", "as we did before.", md, P, md_r, "body",
  "next paragraph of Melissa Darcey's quote (closed)", "continuation"),
 ("We will accept nothing less than a 24-hour", "And an end", md, P, md_r, "body",
  "'Ms Darcey (pictured) added: “...'; cut off by the end of the excerpt", "said-before"),
])

jn = "Jane"; jn_r = "mother of Lily"; dom = "Dan O'Mara"; dom_r = "psychiatric nurse and manager of the eating disorders unit"
f("health-21382410.txt", [
 ("In the end I couldn't manage it.", "worried about her safety,", jn, P, jn_r, "body",
  "'\"...,\" she recalls.' (she = Jane, whose 16-year-old daughter Lily was admitted with anorexia; first name only, relation to the child as role)", "pronoun"),
 ("I had to try and get food down her", "I was beside myself.", jn, P, jn_r, "body",
  "a closed quote paragraph with no attribution straight after 'Jane had spent months trying to persuade Lily to eat ...' (reported account)", "continuation"),
 ("When they come to us things are pretty bad,", None, dom, P, dom_r, "body",
  "'\"...,\" says Dan O'Mara, psychiatric nurse and manager of the eating disorders unit.' ('quite relieved' and 'a bit numb' before it have 2 and 3 words)", "said-after"),
 ("We tell them something has to change quickly.", None, dom, P, dom_r, "body",
  "next paragraph, a closed quote with no attribution, straight after Dan O'Mara's", "continuation"),
])

sob = "Stephen O’Brien"; sob_r = "designate chair for Barts Health NHS Trust"
f("health-boss-andrew-lansley-approves-three-way-trust-merger-for.txt", [
 ("I am absolutely delighted that the benefits of our merger", "final milestone on schedule.", sob, P, sob_r, "body",
  "'Stephen O’Brien, designate chair for Barts Health NHS Trust said : “...' (left open)", "said-before"),
 ("I strongly believe that, by sharing the expertise", "always come first.", sob, P, sob_r, "body",
  "next paragraph of Stephen O’Brien's quote (closed)", "continuation"),
 ("With the Olympics, over", "regeneration in our area.", "Dr Steve Ryan", P, "Barts Health NHS Trust designate Medical Director", "body",
  "'Barts Health NHS Trust designate Medical Director, Dr Steve Ryan, said: “...' (left open; the next paragraph, '“From our earliest d', is cut off after 4 tokens)", "said-before"),
])

f("health-bosses-vote-close-two-wirral-walk-in-centres-despite-protests-residents.txt", [
 ("health care should be accessible for all", None, "Dozens of people who turned out to the meeting", D, "", "body",
  "'this did not stem then ire of the dozens of people who turned out to the meeting ... They left the building shouting ‘...’ and ‘we will be watching.’' (shouted words are speech, as 'Protesters chanted'; unnamed; the second chant has 4 words)", "fragment"),
])

f("health-visitors-uk-latest-slump-funding-cuts-coronavirus-pandemic.txt", [
 ("At the end of the day, the NHS is more concerned", "going into public health.", "Cheryll Adams", P,
  "executive director of the Institute of Health Visiting", "body",
  "'She said: “...”' (She = Cheryll Adams, executive director of the Institute of Health Visiting, paragraph before; 'risen to the challenge' in the caption and body has 4 words)", "pronoun"),
])

js = "Jackie Saunders"; bg = "Barbara Gale"
f("hospice-loses-third-of-beds-in-cash-cut.txt", [
 ("The remaining staff aren't able to cover a rota", "that we are renowned for.", js, P, "clinical services director", "body",
  "'She said: “...' (She = Jackie Saunders, clinical services director, paragraph before); left open", "pronoun"),
 ("Despite the current pressures, we remain firmly committed", "they want to die.", js, P, "clinical services director", "body",
  "next paragraph of Jackie Saunders's quote after the 'Most Read' line (closed)", "continuation"),
 ("Patients are at the heart of everything we do", "maintain a full ward at", bg, P, "Chief executive", "body",
  "'In a statement, she said: “...' (she = Barbara Gale, 'Chief executive', paragraph before); cut off by the end of the excerpt", "pronoun"),
])

f("hospices-warn-of-reduction-in-care-over-unsustainable-funding-levels.txt", [
 ("both short-sighted and potentially damaging", None, "Hospice UK", O, "", "body",
  "'Hospice UK said ..., meaning that freezing or cutting funding is “...”' (built into the writer's sentence; exactly five tokens; 'patchy and inconsistent' has 3 words)", "fragment"),
])

rp = "Ruth Parker"
f("how-eating-disorders-treated-england-nhs.txt", [
 ("I felt like an animal in a feeding zoo", None, "unclear", U, "", "headline",
  "headline quote; the words are in no quotation of the excerpt and the page credits them to no one before the cut (the piece gathers readers' stories)", "other"),
 ("My eating disorder removed my desire", "my parents for support.", "unclear", U, "", "caption",
  "photo caption quote with no name; the words recur in no quotation of the excerpt", "other"),
 ("A rational mind would see this", "committed enough to my illness,", rp, P, "", "body",
  "'“...,” she says.' (she = Ruth Parker, 20, from Leeds; age and place are not roles)", "pronoun"),
 ("A lot of people don’t realise", "early intervention is so important,", rp, P, "", "body",
  "'“...,” she says.' (she = Parker)", "pronoun"),
 ("I am so lucky to be a patient here,", None, rp, P, "", "body",
  "'“...,” she says.' (she = Parker)", "pronoun"),
 ("The staff are fantastic and with their help", "from becoming this bad.", rp, P, "", "body",
  "second quoted passage after 'she says' in the same paragraph", "continuation"),
])

ar = "Andrew Radford"; ar_r = "Beat’s chief executive"
f("long-nhs-delays-can-be-devastating-for-patients-with-eating-disorders.txt", [
 ("The impact of having to wait a long time", "sufferers and their families,", ar, P, ar_r, "body",
  "'“...,” said Andrew Radford, Beat’s chief executive.' ('devastating' in the headline and lead has 1 word)", "said-after"),
 ("Eating disorders are serious, complex mental illnesses", "full and sustained recovery,", ar, P, ar_r, "body",
  "'“...,” he added.' (he = Radford)", "pronoun"),
])

sn = "Simon Nelson"
f("maxed-out-nhs-pharmacists-doctor-ordered.txt", [
 ("When we first came here, doctors were still handwriting", "we stuck on the bottles.", sn, P, "", "body",
  "'Simon Nelson remembers taking over a pharmacy in Tredegar, south Wales, in 1984: “...”' (name and verb before the quote; no role is given in apposition)", "said-before"),
 ("That takes the pressure off the GP and allows the G", None, sn, P, "", "body",
  "a quote with no verb of its own in the same paragraph as '..., says Nelson, ...' (reported speech); cut off by the end of the excerpt", "said-before"),
])

f("new-report-finds-clinical-pharmacists-in-general-practice-improve-patient-care.txt", [
 ("Clinical pharmacists have made a unique and valuable contribution", "significantly to patient safety.", "Dr Matthew Boyd", P,
  "Associate Professor in Patient Safety and Pharmacy Practice", "body",
  "'Dr Matthew Boyd, Associate Professor in Patient Safety and Pharmacy Practice led the research and said: “...' (left open; the next line has no marks and the quote is never closed before the cut, so it is not labelled)", "said-before"),
])

al = "Andrew Lansley"; al_r = "health secretary"
f("nhs-reform-intact-lansley-tells-doctors.txt", [
 ("as and when they are ready", None, al, P, al_r, "standfirst",
  "standfirst 'Health secretary says GPs can push ahead with new powers and budgets '...'' under the headline '..., Andrew Lansley insists' (built into the sentence)", "fragment"),
 ("So for those of you concerned that the listening exercise", "be reassured.", al, P, al_r, "body",
  "'He told a conference of GPs in London: \"...\"' (He = the health secretary, Andrew Lansley; 'listening exercise' and \"fundamental principles\" before it have 2 words)", "pronoun"),
 ("not to tear it up, not to start from scratch", "principles of the reforms and the bill.", al, P, al_r, "body",
  "'He also maintained the forum's approach to the bill was \"...\"' (built into the writer's sentence; \"totally cosmetic\" after it has 2 words)", "fragment"),
 ("After hearing Andrew Lansley say", "use of greater competition.", "Dr Kailash Chand", P, "ex-GP", "body",
  "'Dr Kailash Chand, an ex-GP who chairs Tameside and Glossop primary care trust in east Manchester, said: \"...\"' (the relative clause is not a role; the nested 'fundamental principles' has 2 words)", "said-before"),
 ("will not be a 'drop date' for the new c", None, al, P, al_r, "body",
  "'Lansley told the doctors that, while ..., that date \"...' (built into the writer's sentence; cut off by the end of the excerpt; the nested 'drop date' has 2 words)", "fragment"),
])

pms = "The prime minister's spokesman"
f("nhs-reforms-andrew-lansley-statement-mps.txt", [
 ("There is a job to be done in convincing people", "which are the right reforms,", pms, D, "", "body",
  "'\"...,\" the spokesman said.' (the prime minister's spokesman, sentence before; unnamed)", "said-after"),
 ("As a bill progresses through parliament", "it can be reviewed.", pms, D, "", "body",
  "second quoted passage after the attribution in the same paragraph", "continuation"),
 ("We feel there is more work to do.", None, pms, D, "", "body",
  "'Asked whether ..., the spokesman said: \"...\"' ('\"stop the top-down reorga' at the cut has 4 tokens)", "said-before"),
])

sy = "Suzy Yardley"; sy_r = "deputy CEO of Child Autism UK"
f("patients-autism-assessment-diagnosis-delays-two-years.txt", [
 ("During that wait, children are often exhibiting extreme behaviours", "parents are very stressed,", sy, P, sy_r, "body",
  "'“...,” she said.' (she = Suzy Yardley, deputy CEO of Child Autism UK, paragraph before; “crucial support and help” there has 4 words)", "pronoun"),
 ("In most cases professionals involved in assessments", "special educational needs syst", sy, P, sy_r, "body",
  "next paragraph of Suzy Yardley's quote; cut off by the end of the excerpt", "continuation"),
])

f("pharmacists-role.txt", [
 ("an army of pharmacists descending upon GP surgeries", "GP recruitment difficulties", "Harry McQuillan", P,
  "chief executive of Community Pharmacy Scotland", "body",
  "'Harry McQuillan, chief executive of Community Pharmacy Scotland, writes about “...” (Friends of The Scotsman, 27 May)' (his written words built into the letter writer's sentence; “speaks their language” has 3 words)", "fragment"),
])

rr = "Doctor Rob Richards"; rr_r = "senior partner at Drayton Medical Practice in Market Drayton"
f("poll-should-pharmacists-be-based-at-gp-surgeries.txt", [
 ("I am sure pharmacies save us a lot of work already,", None, rr, P, rr_r, "body",
  "'\"...,\" he said.' (he = Doctor Rob Richards, 'senior partner at Drayton Medical Practice in Market Drayton', line before)", "pronoun"),
 ("But with an ageing population of GPs", "help in this way is welcomed.", rr, P, rr_r, "body",
  "second quoted passage after 'he said.' on the same line (left open)", "continuation"),
 ("It is interesting, because it is similar to the work of opticians.", "it works very effectively", rr, P, rr_r, "body",
  "next line of Doctor Richards's quote (left open, no final full stop)", "continuation"),
 ("I am sure getting the pharmacists on board", "would be helpful.", rr, P, rr_r, "body",
  "next line of Doctor Richards's quote (left open)", "continuation"),
 ("The only drawback is they are somewhat limited", "diagnostic skills.", rr, P, rr_r, "body",
  "last line of Doctor Richards's quote (closed)", "continuation"),
])

hm = "Dr Hamish Meldrum"; hm_r = "chairman of council at the BMA"
cg = "Dr Clare Gerada"; cg_r = "chairwoman of the RCGP"
f("reactions-health-white-paper-response.txt", [
 ("Concerns raised by doctors about the White Paper have been disregarded", None, hm, P, hm_r, "caption",
  "photo caption 'Dr Meldrum: '...'' (Dr Hamish Meldrum, chairman of council at the BMA, in the body)", "caption"),
 ("There is little evidence in this response", "its plans for the NHS.", hm, P, hm_r, "body",
  "'Dr Hamish Meldrum, chairman of council at the BMA, said: ‘...' (left open)", "said-before"),
 ("Most of the major concerns that doctors", "to have been disregarded.", hm, P, hm_r, "body",
  "next paragraph of Dr Meldrum's quote (left open)", "continuation"),
 ("The response completely fails to acknowledge", "be implemented effectively.", hm, P, hm_r, "body",
  "last paragraph of Dr Meldrum's first quote (closed)", "continuation"),
 ("The government also seems to have ignored", "pace and scale of these reforms.", hm, P, hm_r, "body",
  "'He concluded: '...’' (He = Dr Meldrum; opened with ' and closed with ’)", "pronoun"),
 ("However we still have a number of questions.", "drive up the cost.", cg, P, cg_r, "body",
  "'She said: '...' (She = Dr Clare Gerada, chairwoman of the RCGP, paragraph before); left open; the nested ‘any willing provider’ has 3 words", "pronoun"),
 ("Our starting point is what delivers the best outcomes", "and safe fo", cg, P, cg_r, "body",
  "next paragraph of Dr Gerada's quote; cut off by the end of the excerpt", "continuation"),
])

stp = "Steve Pound"; cs = "Colin Standfield"
f("residents-resolve-march-downing-street.txt", [
 ("The NHS is not just a monolith", "is speaking nonsense.", stp, P, "MP", "body",
  "'Mr Pound gave the most rousing speech ... He said: \"...' (Steve Pound, one of the 'MPs Virendra Sharma and Steve Pound'); left open", "pronoun"),
 ("There is an element of beggar my neighbour", "this is about the NHS.", stp, P, "MP", "body",
  "next paragraph of Steve Pound's quote (closed)", "continuation"),
 ("You can go 10 miles down the road", "get to A&E quickly.", cs, P, "chairman of Ealing SOS", "body",
  "'Mr Standfield took apart arguments ... He said consolidating ... And added: \"...\"' (Colin Standfield, chairman of campaign group Ealing SOS; the subject of 'added' is He); \"criminal\" later has 1 word", "pronoun"),
])

f("save-king-george-hospital-a-e-march-and-rally-to.txt", [
 ("There are still a lot decisions to be made,", None, "Matthew Hopkins", P,
  "chief executive of Barking, Havering and Redbridge University Hospitals NHS Trust (BHRUT)", "body",
  "'“...,” he said at the time.' (he = Matthew Hopkins, chief executive of BHRUT, paragraph before)", "pronoun"),
 ("would not be closing any time soon", None, "Jeremy Hunt", P, "health secretary", "body",
  "'health secretary Jeremy Hunt stated that the emergency deparment “...”' (built into the writer's sentence)", "fragment"),
])

ss = "Sarah Sleet"; ss_r = "Chief executive of Coeliac UK"
f("shropshire-ccg-cuts-gf-prescriptions-without-consultation.txt", [
 ("The national consultation has now ended", "published in the autumn.", ss, P, ss_r, "body",
  "'Chief executive of Coeliac UK, Sarah Sleet said: “...”'", "said-before"),
 ("We wrote to Shropshire CCG in June this year", "at the Department of Health said:", ss, P, ss_r, "body",
  "next paragraph in the same marks straight after Sarah Sleet's closed quote, no attribution of its own (left open); it ends by introducing a minister's words", "continuation"),
 ("CCGs should not withdraw gluten free products", "follow up and take actio", "David Mowat", P,
  "MP, the Parliamentary Under Secretary of State at the Department of Health", "body",
  "'When David Mowat MP, the Parliamentary Under Secretary of State at the Department of Health said:' at the end of the paragraph before, inside Sarah Sleet's open quote; the paragraph is his words as she quotes them; cut off by the end of the excerpt", "said-before"),
])

ac = "Professor Alison Carr"; ac_r = "director of postgraduate education at Peninsula Schools of Medicine and Dentistry"
f("south-west-trusts-pay-course-fees-in-exchange-for-contracts.txt", [
 ("Our decision to introduce a diploma", "care provision across the UK.", ac, P, ac_r, "body",
  "'Professor Alison Carr, director of postgraduate education at Peninsula Schools of Medicine and Dentistry, said: “...' (left open)", "said-before"),
 ("We believe that this is the first time", "contract on graduation.", ac, P, ac_r, "body",
  "next paragraph of Professor Carr's quote (closed)", "continuation"),
])

f("stroke-charity-condemns-council-care-cuts.txt", [
 ("We are concerned that the London Borough of Wandsworth", "if these cuts go ahead,", "Tom Greenwood", P,
  "Stroke Association head of London operations", "body",
  "'\"...,\" he said.' (he = 'The charity's head of London operations Tom Greenwood', paragraph before; the charity is the Stroke Association; \"distressed and greatly disappointed\" there has 4 words)", "pronoun"),
])

mr = "Mike Rees"; re_ = "Ross Evans"; re_r = "interim-director of the Stroke Association in Wales"
f("stroke-group-worried-about-possible-council-budget-cuts.txt", [
 ("Most people who go to our group are referred", "access to such support.", mr, P, "", "body",
  "'Mike Rees, who became secretary of the Blackwood group after his wife had a stroke, said: “...' (the relative clause is not a role); left open", "said-before"),
 ("A stroke can mean a huge change in your lifestyle", "would never have met otherwise.", mr, P, "", "body",
  "next paragraph of Mike Rees's quote (left open)", "continuation"),
 ("Through that, we realised that we weren’t alone.", None, mr, P, "", "body",
  "next paragraph of Mike Rees's quote (opened with \", left open)", "continuation"),
 ("So it’s vitally important that those in the council", "how important this service is.", mr, P, "", "body",
  "last paragraph of Mike Rees's quote (closed)", "continuation"),
 ("Survivors and carers keep on telling us", "our stroke recovery service.", re_, P, re_r, "body",
  "'Ross Evans, interim-director of the Stroke Association in Wales, added: “...' (left open)", "said-before"),
 ("Stroke is the leading cause of adult disability", "deaths. The Stro", re_, P, re_r, "body",
  "next paragraph of Ross Evans's quote; cut off by the end of the excerpt", "continuation"),
])

dof = "Denis O’Flynn"
f("the-battle-to-save-hospital-wards-marches-on.txt", [
 ("The service at Queen’s will only get worse", "who need not have.", "Andrew Rosindell", P, "Conservative Romford member", "body",
  "'Mr Rosindell said: “...”' (Andrew Rosindell, 'Conservative Romford member', among the MPs who spoke)", "said-before"),
 ("There is a growing birth rate in the areas", "sense to anybody.", dof, P, "Havering councillor", "body",
  "'Havering councillor Denis O’Flynn (Lab, Heaton) said: “...' (left open)", "said-before"),
 ("There is a real fear that if King George loses", "people will suffer.", dof, P, "Havering councillor", "body",
  "next paragraph of Denis O’Flynn's quote (closed)", "continuation"),
 ("This was a true cross-party rally", "the welfare of all.", dof, P, "Havering councillor", "body",
  "'He said of the protest: “...”' (He = Denis O’Flynn)", "pronoun"),
])

tw = "Tim Whitley"
f("this-is-a-local-and-national-crisis-young-people-need-help-and-cant-get-it.txt", [
 ("I will be relentless in pursuing this", "Leeds and West Yorkshire.", tw, P, "dad", "body",
  "'He said: “...' (He = 'dad Tim Whitley', paragraphs before); left open", "pronoun"),
 ("The whole point of this is to try and shine a light", "miles away from home.", tw, P, "dad", "body",
  "next paragraph of Tim Whitley's quote (closed)", "continuation"),
])

f("time-to-act-on-eating-disorders.txt", [
 ("devastating and widespread, affecting every aspect of people’s lives.", None, "Beat", O, "", "body",
  "'Its comprehensive research found that the long delays in getting treatment was ‘...’' (Its = Beat's, the charity whose report the post is about; built into the writer's sentence; ‘diets gone wrong.’ has 3 words)", "fragment"),
])

gs = "Graham Stuart"; gs_r = "Conservative MP for Beverley and Holderness"
f("uk-england-humber-37628965.txt", [
 ("going to be so missed in such a rural area", None, "Jean Barton", P, "", "body",
  "'She added that the unit was \"...\".' (She = Jean Barton, from Hornsea; place is not a role; built into the writer's sentence; \"absolutely appalled and disgusted\" before it has 4 words)", "fragment"),
 ("We will not put up with these proposals.", None, gs, P, gs_r, "body",
  "'Graham Stuart, Conservative MP for Beverley and Holderness, said, \"...' (left open)", "said-before"),
 ("I believe that the right thing is for Hornsea", "local minor injuries unit.", gs, P, gs_r, "body",
  "next paragraph of Graham Stuart's quote (closed)", "continuation"),
])

sa = "Sharon Ashley"; sa_r = "mother"
f("uk-england-leeds-64004981.txt", [
 ("before the disease gets a grip", None, sa, P, sa_r, "caption",
  "image caption 'Sharon Ashley said more places were needed to allow early intervention \"...\".' (the lead calls her 'A mother'; built into the caption's sentence)", "fragment"),
 ("before the disease gets a grip", None, sa, P, sa_r, "body",
  "'Ms Ashley said that more places were needed to allow early intervention \"...\".' (built into the writer's sentence; second occurrence)", "fragment"),
 ("as close to home as possible", None, "A Department of Health spokesperson", D, "", "body",
  "'A Department of Health spokesperson said they wanted treatment to take place \"...\".' (unnamed; built into the writer's sentence)", "fragment"),
 ("She just started to kind of disappear", "consumed by the illness,", sa, P, sa_r, "body",
  "'\"...,\" her mother said.' (her mother = Sharon Ashley, named through a description; 'Horrible illness' crosshead above has 2 words)", "description"),
 ("She just looked tortured every day", "for such a young person.", sa, P, sa_r, "body",
  "next paragraph, a closed quote with no attribution, straight after Sharon Ashley's", "continuation"),
 ("I don't want to seem ungrateful", "it's just amazing,", sa, P, sa_r, "body",
  "'\"..., \" she said.' (she = Ms Ashley; the space before the closing mark is left out; \"just stopped\" before it has 2 words)", "pronoun"),
 ("I know there are families who travel further distances.", None, sa, P, sa_r, "body",
  "next paragraph of Sharon Ashley's quote (left open)", "continuation"),
 ("But, it is difficult, your child is really young", "a certain amount of time.", sa, P, sa_r, "body",
  "last paragraph of Sharon Ashley's quote (closed)", "continuation"),
])

bs = "Bridget Supple"; ch = "Chris Holsten"
f("uk-england-shropshire-46083732.txt", [
 ("My placard says 'my son may die with increased transfer times'.", None, bs, P, "mother", "body",
  "'She said: \"...' (She = 'mother Bridget Supple, from Newport, Shropshire, whose son has severe asthma', line before); the line is left open", "pronoun"),
 ("my son may die with increased transfer times", None, "", N, "", "body",
  "the wording of her placard, nested in her quote ('My placard says '...''); a placard slogan, nobody's speech", "other"),
 ("I've seen him come really close", "that's not going to work.", bs, P, "mother", "body",
  "next line of Bridget Supple's quote (left open; square brackets inside)", "continuation"),
 ("We need to keep the A&E [in Telford]", "to be my son.", bs, P, "mother", "body",
  "last line of Bridget Supple's quote (closed)", "continuation"),
 ("My placard shows the distance between the Princess Royal", "23 miles to Wolverhampton.", ch, P, "", "body",
  "'Chris Holsten added: \"...' (a member of the public; no role given); left open", "said-before"),
 ("It doesn't take a genius to work out", "it'll cost lives.", ch, P, "", "body",
  "last line of Chris Holsten's quote (closed)", "continuation"),
])

f("video-grantham-mp-nick-boles-tells-a-e-marchers.txt", [
 ("I am so overwhelmed that so many people have come", "let’s save our A&E", "Jody Clark", P,
  "of Fighting 4 Grantham Hospital", "body",
  "'She said: “...”.' (She = Jody Clark, of Fighting 4 Grantham Hospital, who organised the protest; the full stop is outside the closing mark)", "pronoun"),
])


def build():
    return label_table.build(R, prefix="V", split="heldout11", out="eval/quotes/heldout11.jsonl")


if __name__ == "__main__":
    recs = build()
    print(len(recs), "records")
