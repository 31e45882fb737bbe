"""Build heldout37.jsonl (the thirty-seventh held-out attribution set, over eval/corpus42) from
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

Run:  python3 eval/quotes/build_heldout37.py   (writes eval/quotes/heldout37.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus42/")

# ---------------------------------------------------------------------------
ch = "Colin Hough"; ch_r = "CQC regional director"
cqc = "Care Quality Commission"
f("broadmoor-trust-makes-significant-progress.txt", [
 ("more to do to improve service users’ experience", "meaningful interaction with staff", ch, P, ch_r, "body",
  "'But he said there was “...”.' (he = 'CQC regional director Colin Hough' in the paragraph before; built into the writer's sentence; “no question” and “significant progress” there have 2 words)", "fragment"),
 ("While the trust has already made changes", "is very important.", ch, P, ch_r, "body",
  "'He said: “...”' (he = Colin Hough, the only person named so far)", "pronoun"),
 ("were not aware they had a plan of care", "greater progress in this area", cqc, O, "", "body",
  "'However, the report noted more than half of patients interviewed “...”.' (the report = the follow-up after the trust 'was re-inspected by the CQC' ('the follow-up said'); the quote itself says '[The] CQC would expect ...'; the regulator's report is the body's; built into the writer's sentence; bracketed insertion kept)", "fragment"),
 ("must be progressed without further delay", None, cqc, O, "", "body",
  "'The regulator also urged that Broadmoor redevelopment plans “...”.' (the regulator = the Care Quality Commission, named in the lead; built into the writer's sentence)", "fragment"),
 ("We’re pleased the CQC has recognised", "published in July 2009.", "A spokeswoman for the trust", D, "", "body",
  "'A spokeswoman for the trust said: “...' (unnamed; the trust = West London Mental Health Trust; left open)", "said-before"),
 ("Since that time there have been changes", "organisation development an", "A spokeswoman for the trust", D, "", "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("ccgs-caught-short-changing-mental-health-services.txt", [
 ("disappointed to see that the independent review", "met the standard.",
  "Letters sent to the CCGs by Claire Murdoch and Julian Kelly", D, "", "body",
  "'Letters have been sent to the CCGs by NHSE/I national mental health director Claire Murdoch and finance director for NHS England and Improvement Julian Kelly, according to the HSJ, which stated that NHSE/I was “...”' (the letters' words, addressed to a CCG ('you had not'), reported through the HSJ; two signatories, so a description of the letters, not one person; built into the writer's sentence)", "fragment"),
])

cmu = "Claire Murdoch"; cmu_r = "NHS England National Mental Health director"
f("ccgs-must-increase-mental-health-spending-nhs-england-urges.txt", [
 ("faster than overall growth in health spending", None, cmu, P, cmu_r, "body",
  "'CCGs should increase their mental health spending ‘...’, NHS England National Mental Health director Claire Murdoch specified in a letter to CCG and STP leads' (built into the writer's sentence; the crosshead's ‘unacceptable’ below has 1 word)", "fragment"),
 ("Failing to meet the MHIS in 2018/19", "unacceptable to us all.", cmu, P, cmu_r, "body",
  "'Ms Murdoch wrote: ‘...' (her letter; left open)", "said-before"),
 ("Meeting the MHIS is not an optional extra", "every CCG to achieve.", cmu, P, cmu_r, "body", "next paragraph of her letter's words, closed", "continuation"),
 ("Where our data analysis suggests", "to put this right.", cmu, P, cmu_r, "body",
  "'She continued: ‘...’' (she = Ms Murdoch, named in the paragraph before)", "pronoun"),
])

f("children-forced-to-travel-hundreds-of-miles-for-nhs-mental-health-treatment.txt", [
 ("patients should be treated in a location", "want to maintain wi", "NHS England", O, "", "body",
  "'NHS England has acknowledged that ... Its own policy states that in order to maximise the chances of recovery, “...' (its = NHS England's; built into the writer's sentence; cut off mid-word by the end of the excerpt; ‘out of area placements’ in the caption has 4 words)", "fragment"),
])

ec = "Emma Corlett"; ec_r = "a mental health nurse and spokesperson for the trust’s Unison branch"
f("community-care-mental-health-trust-should-face-special-measures-over-inadequate-safety-and-leadership-says-cqc.txt", [
 ("It’s sad that it has taken the CQC inspection", "to be properly acknowledged,", ec, P, ec_r, "body",
  "'“...,” she said.' (she = Emma Corlett, introduced with her role in the paragraph before; ‘almost impossible’ and ‘inadequate’ elsewhere have 1-2 words)", "pronoun"),
 ("We’re pleased that the compassion and caring nature", "quality and safety of care.", ec, P, ec_r, "body",
  "next paragraph, a quote with no attribution of its own that continues her quote", "continuation"),
])

pl = "Paul Lelliott"; pl_r = "CQC deputy chief inspector of hospitals"
f("cqc-finds-safety-failures-at-avon-and-wiltshire.txt", [
 ("I recognise that there has been a change", "the urgent improvements we require.", pl, P, pl_r, "body",
  "'However, he added: “...”' (he = 'CQC deputy chief inspector of hospitals Paul Lelliott' in the paragraph before; “matter of concern” there and “controlling” in the lead have 1-3 words)", "pronoun"),
])

dpl = "Dr Paul Lelliott"; dpl_r = "the CQC’s deputy chief inspector of hospitals and lead for mental health"
f("cqc-too-many-mental-health-trusts-rated-requires-improvement.txt", [
 ("During these inspections, I am encouraged", "possibly can for their patients.", dpl, P, dpl_r, "body",
  "'Dr Paul Lelliott, the CQC’s deputy chief inspector of hospitals and lead for mental health, said: “...' (left open; the ratings in ‘...’ above have 1-2 words)", "said-before"),
 ("However, the emerging picture is", "responsive to people’s needs.", dpl, P, dpl_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Staff do not always provide care", "serious mental health problem.", dpl, P, dpl_r, "body",
  "next paragraph of his quote (left open; the page does not close it)", "continuation"),
 ("and to do everything within their power", "compassionate care they deserve", dpl, P, dpl_r, "body",
  "'Dr Lelliott added that he expects providers to ..., “...”.' (built into the writer's report of his words)", "fragment"),
])

ne = "Dr Navina Evans"; ne_r = "the trust’s chief executive"
f("east-london-nhs-foundation-trust-retains-oustanding-cqc-rating.txt", [
 ("Recognition from the CQC is pleasing", "process and not an end,", ne, P, ne_r, "body",
  "'“...,” said the trust’s chief executive, Dr Navina Evans.' (the trust = East London NHS Foundation Trust; the ratings in ‘...’ above have 1 word)", "said-after"),
 ("An outstanding rating shows the hard work", "‘what can we do better?’", ne, P, ne_r, "body",
  "'She added: “...”' (she = Dr Navina Evans; the quote ends with a nested question in single marks)", "pronoun"),
 ("what can we do better?", None, "", N, "", "body",
  "nested ‘...’ inside Dr Navina Evans's quote: a question the trust should 'always ask ourselves', a maxim rather than anyone's words on an occasion", "other"),
 ("learn when things went wrong", None, cqc, O, "", "body",
  "'The CQC praised the trust’s board, who were described as taking concerns raised seriously and fostering a “no blame culture”, willing to “...”.' (the regulator's report, 'Care Quality Commission inspectors' in the text; built into the writer's sentence; “no blame culture” has 3 words)", "fragment"),
 ("We have identified some areas for further improvement in", None, "unclear", U, "", "body",
  "a quote paragraph cut off by the end of the excerpt before any attribution ('We have identified' suggests the inspectors, but the page names no speaker before the cut)", "other"),
])

f("every-ccg-required-to-increase-mental-health-spending.txt", [
 ("CCGs’ auditors will be required to validate", "mental health investment standard.", "The 2018-19 refresh of the NHS planning guidance", D, "", "body",
  "'The 2018-19 refresh of the NHS planning guidance does not set out sanctions ... However it does say: “...”' (it = the guidance; the text does not name its author; the “mental health investment standard” in the bullets and body has 4 words)", "pronoun"),
 ("will support further expansions next year", "a range of other improvements.", "NHS England", O, "", "body",
  "'An NHS England finance board paper published this afternoon says ... This, the paper adds, “...”' (NHS England's board paper; the quote completes the writer's sentence 'This ...')", "fragment"),
])

f("every-mental-health-trust-will-soon-be-rated-cqc-completes-first-inspections.txt", [
 ("I am grateful for the hard work undertaken", None, "Dr Paul Lelliott", P, "Deputy Chief Inspector of Hospitals (lead for mental health)", "body",
  "'Dr Paul Lelliott, Deputy Chief Inspector of Hospitals (lead for mental health) said: “...' (cut off by the end of the excerpt; the ratings in ‘...’ above have 2 words)", "said-before"),
])

tc = "Tom Cahill"; tc_r = "chief executive"
f("fifth-mental-health-trust-rated-outstanding.txt", [
 ("It was about mobilising our staff", "great care and great outcomes.", tc, P, tc_r, "body",
  "'Tom Cahill, who was named HSJ chief executive of the year in 2017, said: “...' (the relative clause is not a role; the standfirst's 'Chief executive says supporting staff wellbeing was key' names only the office, given as the role; the ratings in “...” above have 1-2 words; left open)", "said-before"),
 ("We have a set of values in the trust", "underpin what we do.", tc, P, tc_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We try to be optimistic;", "wellbeing support for our staff.", tc, P, tc_r, "body", "next paragraph of his quote, closed", "continuation"),
])

dpl2_r = "deputy chief inspector of hospitals (lead for mental health) at the CQC"
f("first-two-nhs-mental-health-trusts-awarded-outstanding-rating-by-cqc.txt", [
 ("It is great news that we have been able", "well over two million.", dpl, P, dpl2_r, "body",
  "'Dr Paul Lelliott, deputy chief inspector of hospitals (lead for mental health) at the CQC, said: “...' (the nested ’outstanding’ has 1 word; left open)", "said-before"),
 ("The bar for ‘outstanding’ is a high one", "The leaders of these tr", dpl, P, dpl2_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("get-inspired-2.txt", [
 ("Our street triage car has reduced the section 136 det", None, "unclear", U, "", "body",
  "a quote under the heading 'The Street Triage Car in Leicestershire', cut off mid-word by the end of the excerpt; the page names its speakers on a '– <name>, <organisation>' line after each passage (as '– Mark Smith, British Transport Police' after the unmarked passage above), so this speaker would come after the cut", "other"),
])

f("hi-magazine-uncovers-six-month-waits-for-nhs-counselling.txt", [
 ("We know that there is a postcode lottery", "and always h", "unclear", U, "", "body",
  "a quote paragraph cut off by the end of the excerpt before any attribution, after the writer's 'Mental health experts expressed concern about the findings.' (which expert is not said before the cut; the crosshead 'Vulnerable to cuts' has 3 words)", "other"),
])

nl = "Norman Lamb"; nl_r = "the Liberal Democrats’ health spokesperson"
f("lamb-says-tories-failing-on-mental-health-waiting-times.txt", [
 ("a continuing disadvantage for those who suffer", "prospect of it ever changing", nl, P, nl_r, "body",
  "'Mr Lamb, the Liberal Democrats’ health spokesperson and one of the country’s leading campaigners ..., said that “all signs” pointed to “...”.' (built into the writer's sentence; “won’t happen”, “scandalously low” and “all signs” have 2 words)", "fragment"),
 ("I asked: is this funded? The answer was no,", None, nl, P, nl_r, "body",
  "'“...,” he said.' (he = Mr Lamb; 'He told the paper:' above introduces the writer's own paragraph, not a quote)", "pronoun"),
 ("So essentially it won’t happen.", None, nl, P, nl_r, "body", "second passage re-opened after 'he said.' in the same paragraph", "continuation"),
 ("The rhetoric is good, and I think", "he means it,", nl, P, nl_r, "body",
  "'“...,” he said.' (he = Mr Lamb; bracketed insertion '[Health Secretary]' kept)", "pronoun"),
 ("But you can’t do it without the money.", "mental health that misses out.", nl, P, nl_r, "body", "second passage re-opened after 'he said.' in the same paragraph", "continuation"),
])

al = "Anne Longfield"; al_r = "children’s commissioner for England"
f("many-children-turned-away-despite-child-mental-health-spending-boost.txt", [
 ("too many children are still turned away today", "services to offer help", al, P, al_r, "body",
  "'Total reported spend ... increased ..., but despite the positive figures, “...”, warns Anne Longfield, children’s commissioner for England.' (the quote is built into the writer's sentence)", "fragment"),
 ("This is very concerning at a time", "spending across areas.", "Children’s Commissioner", O, "", "body",
  "'the report stated that “...”' (the report = 'A new report by the Children’s Commissioner' in the lead: the office's report, given to the office as a body; the nested ‘postcode lottery’ has 2 words)", "fragment"),
 ("There is a danger that we continue", "procedure and stigma.", al, P, al_r, "body",
  "'Anne continued: “...' (Anne = Anne Longfield; left open)", "said-before"),
 ("Local partners need to work together", "pressure on them to do so.", al, P, al_r, "body",
  "next paragraph of her quote, closed but not re-opened (the page prints no opening mark)", "continuation"),
])

nlm = "Norman Lamb"; nlm_r = "Minister of State for Care and Support"
f("mental-health-doesn-t-get-the-attention-it-deserves.txt", [
 ("Mental health doesn't get the attention it deserves because", "touches every family,", nlm, P, nlm_r, "body",
  "'\"...,\" says Lamb.' (named 'Norman Lamb, Minister of State for Care and Support' in the paragraph before, and 'Norman Lamb MP, the Lib Dem health minister' in the interview line; the headline repeats six of his words without marks)", "said-after"),
 ("The NHS hasn't treated it as seriously", "massive impact on people's lives.", nlm, P, nlm_r, "body",
  "'He also says there is an institutional bias against mental health: \"...\"' (he = Lamb)", "pronoun"),
 ("The Labour government rightly saw", "the same public pressure.", nlm, P, nlm_r, "body",
  "a quote with no attribution of its own after the writer's report of his words in the same paragraph ('He says such goals have political implications and that Labour will attack ...')", "continuation"),
 ("out of sight, out of mind", None, "", N, "", "body",
  "nested '...' inside Lamb's quote ('It's '...'.'): a saying, nobody's words", "other"),
 ("We need to have access standards", "the things I'm fighting for.", nlm, P, nlm_r, "body",
  "a quote paragraph with no attribution of its own in the interview with Lamb, after his quote and an image line 'Norman Lamb mental health' (no crosshead or new speaker; left open; the next paragraph, which plainly goes on with his words, has no marks and is not labelled)", "continuation"),
])

sjh = "Stephen and Julia Hollings"; sh = "Stephen Hollings"; jhl = "Julia Hollings"
f("mental-health-families-travel-hundreds-of-miles-for-suitable-care.txt", [
 ("anywhere in England or Wales.", None, sjh, P, "", "body",
  "'They told ITV News it took a month to find a spare hospital bed, despite looking \"...\"' (they = 'one couple, Stephen and Julia Hollings'; built into the writer's sentence)", "fragment"),
 ("From the moment she's first admitted", "anywhere in England or Wales.", sh, P, "", "body",
  "'He said: \"...\"' (he = Stephen, the man of the couple 'Stephen and Julia Hollings')", "pronoun"),
 ("We've pestered, written, cajoled", "resolve the underlying issues.", jhl, P, "", "body",
  "'Julia added: \"...' (Julia of 'Stephen and Julia Hollings'; left open)", "said-before"),
 ("We've just hit 'no, no, no, no' all the way through", None, jhl, P, "", "body",
  "next paragraph of her quote, closed before the full stop (the nested 'no, no, no, no' has 4 words)", "continuation"),
 ("delighted she would finally get the care and the support", None, sh, P, "", "body",
  "'Stephen said they were \"...\" she needed.' (built into the writer's sentence)", "fragment"),
 ("When she collapsed in Julia's arms", "because you do.", sh, P, "", "body",
  "'Holding back the tears, he recalled: \"...\"' (he = Stephen, the subject of the paragraph before)", "pronoun"),
 ("It's a wrench for us", "leaving her again", jhl, P, "", "body", "'\"...\", Julia added.'", "said-after"),
 ("I don't think we've ever managed", "before you see her again.", jhl, P, "", "body",
  "next paragraph, a quote with no attribution of its own that continues her quote (\"one of many\" below has 3 words)", "continuation"),
 ("What you're getting a slight insight into", "happening all o", sh, P, "", "body",
  "'Stephen said: \"...' (cut off mid-word by the end of the excerpt)", "said-before"),
])

hg = "Helen Gilburt"; hg_r = "a health policy fellow at the King’s Fund"
pf = "Paul Farmer"; pf_r = "the chief executive of the charity Mind"
f("mental-health-nhs-funding.txt", [
 ("While the NHS is in a difficult position", "stretched to the limit", hg, P, hg_r, "body",
  "'Gilburt said, “...”.' (named 'The report’s author Helen Gilburt, a health policy fellow at the King’s Fund' in the paragraph before)", "said-before"),
 ("Mental health has been under-resourced", "people with mental health problems.", pf, P, pf_r, "body",
  "'Paul Farmer, the chief executive of the charity Mind, said: “...' (the passage ends where a second opening mark re-opens the quote in the same paragraph, a merged paragraph break)", "said-before"),
 ("If people don’t get the help they need", "further down the line.", pf, P, pf_r, "body",
  "second passage after a second opening mark in the same paragraph, closed", "continuation"),
])

nlh = "Norman Lamb"; nlh_r = "health minister"
f("minister-calls-for-new-mental-health-service-targets.txt", [
 ("Why is it that there is no standard of access", "sooner than that.", nlh, P, nlh_r, "body",
  "a quote paragraph with no attribution of its own directly after his reported speech ('He added that whilst there were 18 week targets ...'; Norman Lamb is 'a health minister' in the lead and 'The North Norfolk MP and health minister'; “institutional bias” and “totally frustrating” above have 2 words)", "continuation"),
 ("We have to get to the point where", "other forms of health,", nlh, P, nlh_r, "body",
  "'“...,” he said.' (he = Mr Lamb)", "pronoun"),
])

tb = "Ted Baker"; tb_r = "the CQC’s chief inspector of hospitals"
f("norfolk-and-suffolk-mental-health-trust-deemed-inadequate-in-new-report.txt", [
 ("The trust board had not taken the action required", "managed risk adequately.", tb, P, tb_r, "body",
  "'He said: “...' (he = 'Ted Baker, the CQC’s chief inspector of hospitals' in the paragraph before, where “very disappointing” has 2 words; left open)", "pronoun"),
 ("People did not always receive the right care", "within an inappropriate service.", tb, P, tb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Our concerns were compounded", "safe or of a good quality.", tb, P, tb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Without this information, we were not assured", "necessary to improve services.", tb, P, tb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("This is why I am recommending", "embedded and sustained.", tb, P, tb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The trust leadership, including the new interim chief exe", None, tb, P, tb_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

jc = "Julie Cave"; jc_r = "NSFT chief executive"
f("norfolk-and-suffolk-nhs-foundation-trust-rated-inadequate.txt", [
 ("Anyone who cares about mental health services", "as we are at NSFT.", jc, P, jc_r, "body",
  "'Julie Cave, NSFT chief executive, said: “...' (left open)", "said-before"),
 ("In short, we have not made enough", "and to our stakeholders.", jc, P, jc_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("We know our dedicated staff will offer", "over the coming months.", jc, P, jc_r, "body",
  "'She added: “...”' (she = Julie Cave)", "pronoun"),
 ("had not taken action to ensure that unsafe environments", "the dignity of patients", "CQC", O, "", "body",
  "'It also stated that the trust ‘...’.' (it = the report of 'the CQC' ('In their report, the CQC ...'; 'The report raised several concerns'); the page names the regulator only as 'the CQC'; built into the writer's sentence; the ratings in ‘...’ above have 1-2 words)", "fragment"),
])

f("norman-lamb-writes-mental-health-our-priorities-for-essential-change.txt", [
 ("Closing the Gap: Priorities for essential change in mental health", None, "", N, "", "body",
  "'launching an action plan for mental health – “...”' (the plan's title in marks, not speech)", "other"),
])

dp = "Dr Dan Poulter"; dp_r = "a former Tory health minister"
f("number-of-nhs-beds-for-mental-health-patients-slumps-by-30.txt", [
 ("The reality on the ground is that", "This is not safe for the patients.", dp, P, dp_r, "body",
  "a quote with no attribution of its own after the writer's report of his words in the same paragraph ('Poulter ... said that mental health was still a “Cinderella service” ... The service in which he works is ... unsafe for patients, he claimed.'); named 'the MP Dr Dan Poulter, a former Tory health minister who is now practising part-time as an NHS doctor' in the paragraph before, where “parity of esteem” has 3 words; left open; the next paragraph's “Me is cut off after 1 token", "continuation"),
])

insp = "Inspectors"
f("our-care-quality-commission-rating.txt", [
 ("respectful of patients’ personal, social and cultural needs", None, insp, D, "", "body",
  "'Inspectors said that staff are ‘kind, caring and compassionate’ and are ‘...”.' (opened with a single mark and closed with a double one; the ’ after 'patients' is read as an apostrophe; built into the writer's sentence; ‘kind, caring and compassionate’ has 4 words)", "fragment"),
 ("patients and carers were positive about the care staff provided", None, insp, D, "", "body",
  "'They also said that “...”' (they = Inspectors; built into the writer's sentence)", "fragment"),
 ("carers felt they got the support they needed", None, insp, D, "", "body",
  "'... and “...”.' (a second quote in the same 'They also said that' sentence)", "fragment"),
 ("involved staff, patients and carers in the design", "development of services", insp, D, "", "body",
  "'They also highlighted that the Trust “...”.' (they = Inspectors; built into the writer's sentence)", "fragment"),
 ("managers at all levels promoted a culture", "supported and valued staff", insp, D, "", "body",
  "'Inspectors also said that “...”' (built into the writer's sentence)", "fragment"),
 ("had access to support for their own physical", "counselling and physiotherapy", insp, D, "", "body",
  "'... and that staff “...”.' (the same sentence)", "fragment"),
])

vp = "Victoria Powell"; jp = "John Powell"
f("parents-describe-heart-break-of-mentally-ill-teenage-daughter-being-treated-miles-away-from-home.txt", [
 ("I feel as though I've missed out", "Jessica growing up.", vp, P, "", "body",
  "a quote paragraph with no attribution of its own directly after 'Mrs Powell told ITV News Health Editor Rachel Younger it was \"heartbreaking\" being apart from her daughter.' (Mrs Powell = Victoria Powell of 'John and Victoria Powell'; 'heartbreak' and 'heart-breaking' above have 1 word)", "continuation"),
 ("You get a phone-call at night", "nothing you can do to help her.", vp, P, "", "body",
  "the next quote paragraph, again with no attribution of its own", "continuation"),
 ("The problem is when your child relapses", "where she's going to go.", jp, P, "", "body",
  "'Mr Powell said: \"...' (Mr Powell = John Powell of 'John and Victoria Powell'; left open)", "said-before"),
 ("It depends on how many beds they have spare", "a bed for her [Jessica].", jp, P, "", "body",
  "next paragraph of his quote, closed (bracketed insertion kept; the page ends here)", "continuation"),
])

f("planning-guidance-nhs-england-tightens-spending-restrictions.txt", [
 ("required to make good on this shortfall", None, "NHS England", O, "", "body",
  "'The document added that any CCGs which have historically underspent ... will be “...”.' (the document = 'its preparing for 2019-20 guidance', NHS England's; built into the writer's sentence; “regulatory action” above has 2 words)", "fragment"),
 ("appropriate regulatory action, including in exceptional", "imposing directions", "NHS England", O, "", "body",
  "'... while any CCGs which fail to achieve the mental health investment standard will face “...”.' (the paragraph sets out the guidance, 'According to the guidance' in the paragraph before; NHS England's words; built into the writer's sentence)", "fragment"),
])

nlr = "Rt Hon Norman Lamb MP"; nlr_r = "chair of the Commission"
f("state-of-the-nation-report-on-camhs.txt", [
 ("This research confirms the true extent", "mental health services,", nlr, P, nlr_r, "body",
  "'“...,” said Rt Hon Norman Lamb MP, chair of the Commission.' (the Commission = the CentreForum Commission on Children and Young People’s Mental Health; ‘State of the Nation’ and ‘Hidden waits’ above have 2-4 words)", "said-after"),
 ("Far too often our children are turned away", "intervening early can prevent a", nlr, P, nlr_r, "body",
  "second passage re-opened after 'said ..., chair of the Commission.' in the same paragraph; cut off by the end of the excerpt", "continuation"),
])

f("street-triage-and-places.txt", [
 ("It is vital that people with mental health issues", "help on the spot.", "Dave Jones", P, "Chief Constable, North Yorkshire Police", "pull quote",
  "a quote at the top of the trust's page (opened straight, closed curly) with the line 'Dave Jones, Chief Constable, North Yorkshire Police' below it", "name-role-line"),
 ("This is the best service w", None, "unclear", U, "", "body",
  "a second quote at the foot of the excerpt, cut off mid-word before any name line (the page names the speaker of its first quote on a line after the quote, so this speaker would come after the cut)", "other"),
])

om = "One mother"
f("suicidal-children-forced-to-wait-months-for-a-mental-health-referral.txt", [
 ("If I had depression, it would be much easier", "than it is for children.", om, D, "", "body",
  "'His mother, from Hertfordshire, told the Telegraph: “...' (introduced as 'One mother, who does not want to be identified'; left open)", "said-before"),
 ("If a child had a broken leg", "children’s mental health problems.", om, D, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("I don’t have a broken leg", None, "", N, "", "body",
  "nested ‘...’ inside her quote: what a hypothetical child with a broken leg might say ('If a child had a broken leg but was saying ‘...’'), nobody's words", "other"),
 ("overworked, time poor and stressed", None, om, D, "", "body",
  "'She acknowledged that CAMHS workers were often “...”' (she = the mother; built into the writer's sentence; her next quote “Our experienc is cut off after 2 tokens)", "fragment"),
])

nlb = "Norman Lamb"; nlb_r = "care and support minister"
dg = "Damian Green"; dg_r = "Minister of state for policing and criminal justice"
f("uk-england-23759565.txt", [
 ("We know that some police forces", "the reality everywhere.", nlb, P, nlb_r, "body",
  "'Mr Lamb said: \"...' (named 'care and support minister Norman Lamb' above; the crosshead 'Times of crisis' and 'street triage' in the headline have 2-3 words; left open)", "said-before"),
 ("By providing police forces with the support", "in times of crisis.", nlb, P, nlb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We have already seen encouraging results", "other pilot sites.", nlb, P, nlb_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("These pilots will help ensure", "freed up to fight crime.", dg, P, dg_r, "body",
  "'Minister of state for policing and criminal justice Damian Green said: \"...' (left open)", "said-before"),
 ("They also show the good partnership work", "the right emergency service.", dg, P, dg_r, "body",
  "next paragraph of his quote, closed (the crosshead 'Need compassion' below has 2 words)", "continuation"),
])

nsft = "Norfolk and Suffolk NHS Foundation Trust"
ajl = "Antek Lejk"; ajl_r = "Chief executive"
f("uk-england-norfolk-45047598.txt", [
 ("started to address the issues", None, nsft, O, "", "body",
  "'The NSFT welcomed the report and said it had \"...\".' (NSFT = the Norfolk and Suffolk NHS Foundation Trust; built into the writer's sentence; \"inadequate\" and \"ongoing concerns\" above have 1-2 words)", "fragment"),
 ("already identified and started to address", "the CQC raises", ajl, P, ajl_r, "body",
  "'Mr Lejk said the trust had \"...\".' (named 'Chief executive Antek Lejk' above, where \"heartening\" and \"cannot be resolved overnight\" have 1-4 words; built into the writer's sentence)", "fragment"),
 ("Our priority remains addressing", "over a longer period of tim", ajl, P, ajl_r, "body",
  "a quote paragraph with no attribution of its own directly after his reported words; cut off mid-word by the end of the excerpt", "continuation"),
])

sb = "Sarah Brennan"; sb_r = "YoungMinds’ chief executive"
f("youngminds-suggest-thousands-of-teenagers-are-denied-mental-health-care.txt", [
 ("Local authorities who are supporting early intervention", "young people’s mental health.", sb, P, sb_r, "body",
  "'YoungMinds’ chief executive, Sarah Brennan, said: \"...' (left open)", "said-before"),
 ("We have welcomed the Government’s spending", "the Department of Health.", sb, P, sb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Early intervention is vital in order", "serious and entrenched.", sb, P, sb_r, "body", "next paragraph of her quote, closed", "continuation"),
])

label_table.build(R, prefix="AL", split="heldout37", out="eval/quotes/heldout37.jsonl")
