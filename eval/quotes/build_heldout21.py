"""Build heldout21.jsonl (the twenty-first held-out attribution set, over eval/corpus24) from
the hand-written label table below.

Same method as build_heldout19.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout21.py   (writes eval/quotes/heldout21.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus24/")

# ---------------------------------------------------------------------------
doh = "Department of Health"
f("95-000-patients-waiting-more-than-a-year-to-see-consultant-in-ni.txt", [
 ("simply unable to keep pace with growing demands", "best efforts of staff.", doh, O, "", "body",
  "'In a statement, the Department of Health said the service was “...”' (built into the writer's sentence; the full stop is inside the marks)", "fragment"),
 ("Funding of £30 million has been provided", "assessments or treatments,", doh, O, "", "body",
  "'“...,” it said.' (it = the Department of Health's statement of the paragraph before)", "pronoun"),
 ("However, this investment has only managed", "facing the system.", doh, O, "", "body", "next paragraph of its statement (left open)", "continuation"),
 ("Fundamental transformation remains the only long-term answer", "to this problem.", doh, O, "", "body", "next paragraph of its statement (left open)", "continuation"),
 ("While transformation is underway", "waiting for treatment.", doh, O, "", "body",
  "next paragraph of its statement, closed (the excerpt is then cut off after 'Dr')", "continuation"),
])

ad = "Andrew RT Davies"; ad_r = "South Wales Central AM"
wgs = "A Welsh Government spokesman"
f("ambulance-waits-are-deeply-worrying-says-am.txt", [
 ("Over the past few weeks there have been", "an ambulance to arrive.", ad, P, ad_r, "body",
  "'Mr Davies said: “...' (named 'South Wales Central AM Andrew RT Davies' in the lead; “deeply worrying”, “immediately life threatening”, “red”, “amber” and “alarming but unsurprising,” above have 1-3 words; left open)", "said-before"),
 ("These latest figures are deeply worrying", "over the past few weeks.", ad, P, ad_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Thirty-four people experiencing", "frankly scandalous.", ad, P, ad_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Our hardworking paramedics", "need addressing.", ad, P, ad_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The Welsh Government must take notice", "incredibly serious situation.", ad, P, ad_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("Despite record demand the Welsh Ambulance Service", "around just five minutes.", wgs, D, "", "body",
  "'But a Welsh Government spokesman said the service was performing well. / He said: “...”' (unnamed; the nested ‘red’ and ‘immediately life threatened’ have 1-3 words)", "pronoun"),
])

gm = "Gillian Murray"
f("campaigner-says-tayside-mental-health-report-vindicates-her-trust-and-respect-criticisms.txt", [
 ("The first thing that struck me about the report", "Trust and Respect.", gm, P, "", "body",
  "'She said: “...' (she = Ms Murray, 'Gillian Murray’s uncle David Ramsay' in the second sentence; 'One of the leading campaigners ...' in the lead is a description, not an apposition; left open)", "pronoun"),
 ("My experience and my family’s experience", "respect and honesty.", gm, P, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("The irony is, if NHS Tayside had been honest", "would not exist.", gm, P, "", "body", "next paragraph of her quote, closed", "continuation"),
 ("This report is hopefully a turning point", "without real change.", gm, P, "", "body", "'She added: “...' (left open)", "pronoun"),
 ("I can never forgive the health board", "manner we were.", gm, P, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("I am thankful that this report finally outlines", "saying for years.", gm, P, "", "body", "next paragraph of her quote, closed", "continuation"),
 ("If changes are not made and the status quo remains", "never be silent.", gm, P, "", "body",
  "'She added: “...' (she = Ms Murray, the subject of the sentence before, which also names fellow campaigner Mandy McLaren; left open)", "pronoun"),
 ("I cannot and will not sit back", "being failed.", gm, P, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("The events of October 2016 when David was failed", "see a light at th", gm, P, "", "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

rep = "The report to the Adults and Health overview and scrutiny committee"
f("city-and-village-surgeries-close.txt", [
 ("All patients have been written to advising them", "an alternative practice.", rep, D, "", "body",
  "'The report to the Adults and Health overview and scrutiny committee said ... It said: “...”' (the report's author is not named; 'a report to a council watchdog' above)", "pronoun"),
 ("considerable investment to bring it up to current standards", None, rep, D, "", "body",
  "'needed “...”, the report said.' (built into the writer's sentence)", "fragment"),
])

cf = "Craig Fraser"
f("concern-raised-over-temporary-cover-for-black-isle-medical-centre.txt", [
 ("not yet been able to recruit", None, "NHS Highland", O, "", "body",
  "'The health board said that the temporary arrangements had been put in place because it was “...” GPs.' (the health board = NHS Highland; built into the writer's sentence; “not ideal” and “no longer sustainable” above have 2-3 words)", "fragment"),
 ("We’ve got an ageing population", "more permanent in place.", cf, P, "Cromarty-based councillor", "body",
  "'Last night, Cromarty-based councillor Craig Fraser said: “...' (left open)", "said-before"),
 ("I think the community deserve a more stable situation.", "people forget that.", cf, P, "Cromarty-based councillor", "body", "next paragraph of his quote (left open)", "continuation"),
 ("This has been rumbling on for a number of weeks", "list of things to do.", cf, P, "Cromarty-based councillor", "body", "next paragraph of his quote, closed", "continuation"),
 ("I recognise the arrangements are not ideal", "for any inconvenience.", "Dr Stewart MacPherson", P, "NHS Highland’s clinical director for south and mid", "body",
  "'Dr Stewart MacPherson, NHS Highland’s clinical director for south and mid, said: “...' (left open)", "said-before"),
 ("As well as not being able to recruit GPs", "enough locum doctors.", "Dr Stewart MacPherson", P, "NHS Highland’s clinical director for south and mid", "body",
  "next paragraph of his quote (left open; the next paragraph, “I am e, is cut off after two tokens)", "continuation"),
])

ab = "Angela Burns"; ab_r = "Welsh Conservative Shadow Health secretary"
f("foi-reveals-extent-of-pressure-on-welsh-ambulance-service.txt", [
 ("The winter is always a difficult time for the NHS", "for the Health Secretary.", ab, P, ab_r, "body",
  "'Commenting on the statistics, Welsh Conservative Shadow Health secretary, Angela Burns AM, said: “...' (first named 'Shadow Health Secretary – Angela Burns –'; ‘red’, “shocking waits”, “serious questions” and ‘immediately life-threatening’ above have 1-2 words; left open)", "said-before"),
 ("Lengthy delays are as dangerous to patients", "service at breaking-point.", ab, P, ab_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("These statistics do not show the pain", "Welsh Labour Government with pati", ab, P, ab_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

jb = "John Brown"; jb_r = "NHS Tayside Chairman"
f("former-prisons-inspector-to-head-up-tayside-mental-health-inquiry.txt", [
 ("I am very pleased that David has accepted", "the independent inquiry.", jb, P, jb_r, "body",
  "'NHS Tayside Chairman John Brown said: “...' (left open)", "said-before"),
 ("He has a wealth of experience", "with absolute integrity.", jb, P, jb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We have taken the time to set up the independent inquiry", "appointment of the chair.", jb, P, jb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Under the expert guidance of the ALLIANCE", "critical role already.", jb, P, jb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("It is so important that the chair of the inquiry", "getting us to this point.", jb, P, jb_r, "body", "next paragraph of his quote, closed", "continuation"),
])

ast = "Dr Alan Stout"; ast_r = "deputy chair of GPC Northern Ireland"
f("gp-practice-closes-as-political-standstill-delays-rescue-deal.txt", [
 ("It shows us that the problem is worse than even we anticipated,", None, ast, P, ast_r, "body",
  "'‘...,’ said Dr Stout.' (named 'Dr Alan Stout, deputy chair of GPC Northern Ireland' above)", "said-after"),
 ("General practice even in Belfast is struggling", "great difficulty he said.", ast, P, ast_r, "body",
  "next paragraph, a quote with no attribution outside its marks: the closing mark stands after 'he said.', so those words are inside the quote as printed", "continuation"),
 ("There were seven practices, one practice is combining", "in a couple of months,", ast, P, ast_r, "body",
  "'‘...,’ he said.' (he = Dr Stout, named in the paragraph before)", "pronoun"),
])

cf2_r = "Black Isle member"
nhsh = "A spokesman for NHS Highland"
f("gp-practice-closure-due-to-staff-shortage.txt", [
 ("You could now have the ridiculous situation", "practice for an appointment.", cf, P, cf2_r, "body",
  "'Councillor Fraser said: “...' (named 'Black Isle member Craig Fraser' in the second sentence; “ridiculous situation” in the lead has 2 words; left open)", "said-before"),
 ("They may then need to get a prescription", "back to Cromarty.", cf, P, cf2_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("It’s hardly ideal, especially if you’re ill.", None, cf, P, cf2_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We’ve identified locum GPs for August", "service for the future.", nhsh, D, "", "body",
  "'A spokesman for NHS Highland said: “...' (unnamed; left open)", "said-before"),
 ("The service is available from 8am to 6pm", "Fortrose or Munlochy.", nhsh, D, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("In the meantime, all other services", "surgery at Cromarty.", nhsh, D, "", "body", "next paragraph of his quote, closed", "continuation"),
 ("is an interim solution to ensure general practice care", "residents of Cromarty", nhsh, D, "", "body",
  "'Providing cover ..., he said, “...”.' (he = the spokesman; built into the writer's sentence)", "fragment"),
 ("Attempts to recruit a GP to take on the practice", "board is hopeful it w", nhsh, D, "", "body",
  "'He added: “...'; cut off mid-word by the end of the excerpt", "pronoun"),
])

sa = "Stephen Allen"; sa_r = "chief officer of the Cardiff and Vale Community Health Council"
jc = "Joe Carter"
f("gp-surgery-in-cardiff-should-not-close-nhs-bosses-say.txt", [
 ("purely due to a contract dispute", None, sa, P, sa_r, "body",
  "'A letter from Stephen Allen, chief officer of the Cardiff and Vale Community Health Council, said the watchdog opposed the closure and believed it was being put forward \"...\".' (the letter's words are its writer's; built into the writer's sentence)", "fragment"),
 ("We're very happy with the outcome", "common sense has prevailed.", sa, P, sa_r, "body",
  "'Reacting to the board's decision, Mr Allen said: \"...' (left open)", "said-before"),
 ("Let's hope further negotiations take place", "services from there in the future.", sa, P, sa_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We will wait and see how the partners respond to this.", None, jc, P, "", "body",
  "'Joe Carter, who represents Pentwyn on Cardiff council, added: \"...' (the relative clause is not a role; left open)", "said-before"),
 ("If they truly don't want to run this centre", "doctors who will run it.", jc, P, "", "body", "next paragraph of his quote, closed", "continuation"),
])

cj = "Dr Charlotte Jones"; cj_r = "chair of the Welsh GPC"
bcu = "A Betsi Cadwaladr University Health Board spokesperson"
f("gps-hand-back-contract-in-area-hard-hit-by-closures.txt", [
 ("Surgeries handing back their contracts to the health board", "only solution open to them.", cj, P, cj_r, "body",
  "'Dr Charlotte Jones, chair of the Welsh GPC, said: ‘...’'", "said-before"),
 ("serious concerns about the sustainability of their practice", None, "GPC Wales", O, "", "body",
  "'She said this comes as a GPC Wales survey recently showed that 82.1% of GPs have ‘...’.' (the wording of the body's survey finding, inside her reported speech; built into the sentence)", "fragment"),
 ("The health board is responsible for making sure", "access to GP services.", bcu, D, "", "body",
  "'A Betsi Cadwaladr University Health Board spokesperson said: ‘...' (unnamed; left open)", "said-before"),
 ("Over the next three months, we will keep patients", "concerns and questions.", bcu, D, "", "body", "next paragraph of the spokesperson's quote, closed", "continuation"),
])

fc = "Finlay Carson"; fc_r = "Galloway and West Dumfries MSP"
f("health-secretary-is-out-of-ideas.txt", [
 ("A programme in 2015 failed to recruit any GP’s", "850 GP’s required across Scotland", fc, P, fc_r, "body",
  "'“...” he said.' (he = Mr Carson, named 'Galloway and West Dumfries MSP Finlay Carson' in the lead; no comma before the closing mark)", "pronoun"),
 ("What I saw in the Chamber was a Health Secretary", "solving the GP crisis.", fc, P, fc_r, "body",
  "'Commenting the MSP said: “...' (the MSP = Finlay Carson; left open)", "description"),
 ("We have had scheme after scheme", "out of her depth.", fc, P, fc_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The SNP Government have completely failed", "comes to rural GP’s.", fc, P, fc_r, "body", "next paragraph of his quote, closed", "continuation"),
])

vg = "Vaughan Gething"; vg_r = "health secretary"
anb = "Angela Burns"; anb_r = "shadow health secretary"
f("health-secretary-praises-staff-for-work-during-challenging-period.txt", [
 ("the vast majority of patients have received timely, professional care", None, vg, P, vg_r, "body",
  "'HEALTH secretary Vaughan Gething insists that despite the busiest winter on record, “...”.' (the capitals are the paper's opening style; built into the writer's sentence)", "fragment"),
 ("Along with record levels of emergency admissions", "for many years,", vg, P, vg_r, "body", "'“...,” he said.' (he = Vaughan Gething)", "pronoun"),
 ("I thank NHS and social care staff and volunteers", "this challenging period.", vg, P, vg_r, "body", "next paragraph of his quote, closed, with no attribution of its own", "continuation"),
 ("However, there have been times this winter", "longer than is acceptable,", vg, P, vg_r, "body",
  "'“...,” he said.' after his reported speech ('He said that despite the pressures ...')", "pronoun"),
 ("It’s no secret A&E services across the country", "mounting crisis on his watch,", anb, P, anb_r, "body",
  "'“...,” the party’s shadow health secretary Angela Burns.' (the party = the Welsh Conservatives of the sentence before; the attribution after the quote has no verb)", "said-after"),
 ("These are the worst waiting times on record", "presenting at A&E.", anb, P, anb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("There’s no doubt the impact of this winter", "best possible care.", anb, P, anb_r, "body", "next paragraph of her quote, closed", "continuation"),
])

ach = "Alex Cole-Hamilton"; ach_r = "Liberal Democrat health spokesman"
jf = "Jeane Freeman"
f("health-secretary-rejects-inquiry-call-for-sick-kids-hospital.txt", [
 ("The opening of this flagship hospital was cancelled", "when it will open,", ach, P, ach_r, "body",
  "'\"...,\" he said.' (he = Liberal Democrat health spokesman Alex Cole-Hamilton, named in the paragraph before; \"fiasco\" above has 1 word)", "pronoun"),
 ("well past its sell-by date", None, ach, P, ach_r, "body",
  "'with Mr Cole-Hamilton describing this as \"...\".' (built into the writer's sentence)", "fragment"),
 ("Serious questions are once again being asked", "major capital projects.", ach, P, ach_r, "body", "'He demanded: \"...' (left open)", "pronoun"),
 ("Will the health secretary today instruct a full public inquiry", "into this fiasco?", ach, P, ach_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("No, I will not at this point.", None, jf, P, "health secretary", "body",
  "'Ms Freeman rejected this, saying: \"...' (named Jeane Freeman and 'The health secretary' in the standfirst and lead)", "said-before"),
 ("I have commissioned two reports, they are on track", "to be published", jf, P, "health secretary", "body",
  "second quoted passage re-opened in the same paragraph; cut off by the end of the excerpt", "continuation"),
])

jg = "Jan Giles"; jg_r = "the CCG’s Head of Practice Support and Development"
rd = "Rory Deighton"; rd_r = "Director at patients’ rights group, Healthwatch Kirklees"
f("huddersfield-dewsbury-gp-closures-leaves.txt", [
 ("They are looking at whether they should just tell these patients", "where to go,", jg, P, jg_r, "body",
  "'“...,” she said.' (she = Jan Giles, named in the paragraph before)", "pronoun"),
 ("But this does represent new pressure on other practices.", None, jg, P, jg_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("The risk is if we’ve got inadequate provision", "which are more expensive.", "Dr David Hughes", P, "GP", "body",
  "'At the governing body meeting of GHCCG, GP, Dr David Hughes, said: “...”'", "said-before"),
 ("We recognise that GP practices close.", "a GP retiring.", rd, P, rd_r, "body",
  "'He said: “...' (he = Rory Deighton, named in the paragraph before and in the duplicated caption line; left open)", "pronoun"),
 ("What is important is that changes are communicated", "find a new GP.", rd, P, rd_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("1,500 patients from School House Practice", "practice was closing.", rd, P, rd_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("This is not good enough and we have expressed our", None, rd, P, rd_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

sl = "Sue Little"
f("hundreds-march-nhs-services-cut-hartlepool-hospital.txt", [
 ("I am absolutely over the moon.", "children’s ward brought back,", sl, P, "", "body",
  "'“...,\" she said.' (she = Mrs Little, 'Sue Little who launched a Facebook campaign' above; opened curly, closed straight)", "pronoun"),
 ("The trust said the issue is over safety", "considered in all this,", sl, P, "", "body",
  "'\"...,” added Mrs Little, 41, from Seaton Carew, who met with ...' (opened straight, closed curly)", "said-after"),
 ("I feel for my patients. I think they should keep up the pressure.", None, "Amanda Corbett", P, "specialist nurse at Hartlepool Hospital", "body",
  "'Amanda Corbett, a specialist nurse at Hartlepool Hospital who took part in the event, said: “...\"'", "said-before"),
 ("I am passionate about this because people in villages", "just can’t manage,", "Mary Cartwright", P, "former Peterlee town mayor", "body",
  "'\"...,\" added former Peterlee town mayor Mary Cartwright who no' (the attribution is cut off by the end of the excerpt)", "said-after"),
])

cr = "Consultation respondents"
f("hywel-dda-consultation-results-calls-for-alternative-option-for-future-of-healthcare.txt", [
 ("between Narberth and St Clears' location", "St Clears", "", N, "", "body",
  "'disagreed with the proposed 'between Narberth and St Clears' location' (the label of the location in the board's proposals, not anyone's speech; ‘another alternative’, “widespread support” and 'principle’ above have 1-2 words)", "other"),
 ("This represents the highest levels of disagreement", "and NHS staff,", "Opinion Research Services (ORS)", O, "", "body",
  "'“...,” said the report.' (the 420-page report 'compiled by Opinion Research Services (ORS)' named above)", "description"),
 ("There’s one road through St Clears and Narberth.", "going to get there?", cr, D, "", "body",
  "'Comments included: “...”' (unnamed respondents' comments in the consultation report)", "said-before"),
 ("It is already enough of a journey to Haverfordwest", "travel to Whitland at", cr, D, "", "body",
  "second quoted comment in the same sentence ('... and “...'); cut off by the end of the excerpt", "continuation"),
])

mm = "Mandy Mclaren"
ds = "David Strang"
f("mental-health-inquiry-doesnt-go-far-enough-say-tayside-families-hit-by-tragedy.txt", [
 ("It brushes over the (initial) assessments", "goes far enough.", gm, P, "", "body",
  "'Gillian Murray, whose uncle David Ramsay killed himself in 2016, said: “...' (bracketed insertion inside the quote; “serious challenges” and “fluff” above have 1-2 words; left open)", "said-before"),
 ("I’ll wait and see the full report.", "implement any changes.", gm, P, "", "body", "next paragraph of her quote, closed", "continuation"),
 ("There isn’t enough on how Carseview assesses people.", None, mm, P, "", "body",
  "'Mandy Mclaren’s son Dale Thomson took his own life ... / She said: “...' (she = Mandy Mclaren; left open)", "pronoun"),
 ("How many people have gone up to be assessed", "wrong with them?", mm, P, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("We’ve got to keep going", "stop with this report.", mm, P, "", "body", "next paragraph of her quote, closed", "continuation"),
 ("For the families involved, this report will do little", "their expectations.", "Richard Leonard", P, "Scottish Labour leader", "body",
  "'Scottish Labour leader Richard Leonard, who has backed the families’ campaign, said: “...”'", "said-before"),
 ("This report is about identifying what the issues are.", "good on a shelf.", ds, P, "Inquiry chair", "body",
  "'He said: “...' (he = 'Inquiry chair David Strang', subject of the two sentences before; bracketed insertion inside the quote; left open)", "pronoun"),
 ("We want to lay out how recommendations can be achieved.", None, ds, P, "Inquiry chair", "body", "next paragraph of his quote, closed", "continuation"),
])

jw = "Jonathan Warren"
f("mental-health-trust-aims-to-cut-occupancy-rates-and-out.txt", [
 ("I just want to talk a little bit about so-called", "out-of-area placements,", jw, P, "chief executive", "body",
  "'\"...,\" he said.' (he = Mr Warren, 'chief executive Jonathan Warren' above; 'only imagine', \"top priority\", \"relentlessly\" and the 'READ MORE' lines' 'It is distressing' and 'expect more deaths' have 1-3 words)", "pronoun"),
 ("I can only imagine how it must feel", "out of the county.", jw, P, "chief executive", "body", "next paragraph of his quote (left open)", "continuation"),
 ("It's not something we want to do", "bring that down.", jw, P, "chief executive", "body", "next paragraph of his quote (left open)", "continuation"),
 ("It's one of the top priorities.", None, jw, P, "chief executive", "body", "next paragraph of his quote, closed", "continuation"),
 ("Two years ago, out-of-area placements", "wrong at the trust.", "Patricia Hewitt", P,
  "former health minister, and chair of Norfolk's sustainability and transformation partnership (STP)", "body",
  "'Patricia Hewitt, a former health minister, and chair of Norfolk's sustainability and transformation partnership (STP), said: \"...\"'", "said-before"),
])

mo = "Michelle O'Neill"
f("minister-unveils-10-year-road-map-to-transform-northern-ireland-health-service.txt", [
 ("Changing the health system is the right thing to do", None, mo, P, "Health Minister", "body",
  "quote paragraph with no attribution of its own directly after her reported speech ('Mrs O'Neill said consensus ... had presented the opportunity for a \"fresh start\".'); cut off by the end of the excerpt (\"breaking point\" and \"fresh start\" above have 2 words)", "continuation"),
])

ms = "Michael Scott"; ms_r = "new chief executive of Norfolk and Suffolk NHS Foundation Trust"
f("new-mental-health-chief-s-pledge-on-out-of-area.txt", [
 ("The numbers have been unacceptably high", "continue that reduction,", ms, P, ms_r, "body",
  "''...,' he said.' (he = Michael Scott, the subject of the paragraph before; role from the duplicated caption line; 'system-wide focus' and 'optimistic' below have 1-2 words)", "pronoun"),
])

ep = "Edwin Poots"; ep_r = "Health Minister"
f("no-a-e-crisis-at-hospitals-says-health-minister-poots.txt", [
 ("will continue through the winter", None, ep, P, ep_r, "body",
  "'Such situations with patient numbers “...”.' (continues his reported speech, 'He said last week was “exceptional” ...'; built into the writer's sentence; “extreme pressures” above has 2 words)", "fragment"),
 ("This is to be expected in emergency departments.", None, ep, P, ep_r, "body", "'He added: “...”' (he = Mr Poots)", "pronoun"),
 ("a symptom and not the cause", None, "Fearghal McKinney", P, "SDLP health spokesperson", "body",
  "'He pointed to issues ..., asking if the problems at the Royal were “...”.' (he = SDLP health spokesperson Fearghal McKinney, subject of the paragraph before; built into the writer's sentence)", "fragment"),
 ("We do not have a situation that is a crisis", "across Northern Ireland,", ep, P, ep_r, "body",
  "'“...,” he insisted.' (he = Mr Poots, the subject of the paragraphs before; “in no way related” and “backed up” above have 2-4 words)", "pronoun"),
])

f("no-guarantee-new-edinburgh-sick-kids-hospital-will-open-2021.txt", [
 ("It wouldn’t be fair to the staff or patients", "purely speculation.", jf, P, "Health Secretary", "body",
  "'She said: “...' (she = Ms Freeman, 'Health Secretary Jeane Freeman' above; “astonishing” above has 1 word; left open)", "pronoun"),
 ("That timetable of work I set out last month", "is on track.", jf, P, "Health Secretary", "body", "next paragraph of her quote (left open)", "continuation"),
 ("Work by Health Protection Scotland", "move to the new site.", jf, P, "Health Secretary", "body",
  "next paragraph of her quote, closed part-way through the paragraph", "continuation"),
])

rb = "Professor Rafael Bengoa"
f("northern-ireland-healthcare-system-at-breaking-point-and-needs-reform-to-survive-warns-minister-michelle-oneill.txt", [
 ("It can either resist change and see services deteriorate", "when they need it,", rb, P, "", "body",
  "'\"...,\" he said.' (he = Professor Bengoa, subject of 'He said the healthcare system ... faces a \"stark choice\".'; 'a expert panel led by Professor Rafael Bengoa' is not an apposition; \"at breaking point\" above has 3 words)", "pronoun"),
 ("We have tried to produce a report", "roadmap to reform.", rb, P, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("Transformation will not be simple", "health and care system.", rb, P, "", "body", "next paragraph of his quote, closed", "continuation"),
])

arb = "Andrew Robertson"; arb_r = "the Board’s Chairman"
f("praise-for-health-staff-after-achievements-recognised-at-annual-review.txt", [
 ("I am very proud of the performance of our 38,000 workforce.", "person centred care.", arb, P, arb_r, "body",
  "'Mr Robertson said: “...' (named 'The Board’s Chairman, Andrew Robertson,' above; left open)", "said-before"),
 ("We have seen some excellent progress", "community based healthcare.", arb, P, arb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("These achievements are particularly pleasing", "348,135 inpatient stays", arb, P, arb_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

wr = "Willie Rennie"
f("public-meeting-on-st-andrews-hospital-out-of-hours-closure.txt", [
 ("Recently many constituents have told me", "accessing primary care.", wr, P, "MSP", "body",
  "'Mr Rennie said: “...' (named 'MSP Willie Rennie' above; left open)", "said-before"),
 ("We’ve known for many months about the shortage", "primary care services.", wr, P, "MSP", "body", "next paragraph of his quote (left open)", "continuation"),
 ("It’s expected that these emergency services", "as quickly as possible.", wr, P, "MSP", "body", "next paragraph of his quote (left open)", "continuation"),
 ("Residents are rightly concerned", "back to a full service.", wr, P, "MSP", "body", "next paragraph of his quote, closed", "continuation"),
])

sr = "Shona Robison"
pb = "Dr Peter Bennie"; pb_r = "BMA Scotland chair"
af = "Dr Alasdair Forbes"; af_r = "RCGP Scotland’s deputy chair and policy lead"
f("scottish-health-secretary-shona-robison-resigns-ahead-of-reshuffle.txt", [
 ("particularly challenging for me personally", "in my personal life", sr, P, "Scottish health secretary", "body",
  "'In her resignation letter, ... She explained the past year had been ‘...’' (the letter's words; built into the writer's sentence)", "fragment"),
 ("I congratulate Jeane Freeman on being appointed health secretary.", None, pb, P, pb_r, "body",
  "'BMA Scotland chair Dr Peter Bennie said: ‘...' (left open)", "said-before"),
 ("At the BMA, we look forward to working constructively", "as we did with Shona Robison.", pb, P, pb_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("This is a challenging time for the NHS in Scotland", "demand for services.", pb, P, pb_r, "body",
  "quote paragraph with no attribution of its own after his reported speech ('He added that the efforts ...'; left open)", "continuation"),
 ("We also need to see concerted efforts", "for several years.", pb, P, pb_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We welcome the new cabinet secretary for health and sport", "interests of our patients.", af, P, af_r, "body",
  "'RCGP Scotland’s deputy chair and policy lead Dr Alasdair Forbes said: ‘...' (left open)", "said-before"),
 ("I am hopeful she will bring to bear", "social security role to safeg", af, P, af_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

sm = "Sohail Munshi"; sm_r = "chair of the Manchester Primary Care Partnership (MPCP)"
f("seven-day-gp-services-manchester.txt", [
 ("School age children, working families and carers", "and at weekends.", sm, P, sm_r, "body",
  "'Dr Munshi said: “...' (named 'Sohail Munshi, chair of the Manchester Primary Care Partnership (MPCP),' in the paragraph before; ‘hubs’ above has 1 word; left open)", "said-before"),
 ("We’re proud to be able to provide this service", "patients in Manchester.", sm, P, sm_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("These extra appointments have been designed", "patients and doctors.", "Dr Mike Eeckelears", P, "chair of central Manchester Clinical Commissioning Group", "body",
  "'Dr Mike Eeckelears, chair of central Manchester Clinical Commissioning Group, added: “...”'", "said-before"),
])

mb = "Miles Brigg"; mb_r = "Tory health spokesman"
f("shona-robison-rejects-claims-gp-recruitment-push-has-failed.txt", [
 ("It’s no wonder Scotland is in the grip", "doctors to the job.", mb, P, mb_r, "body",
  "'Briggs said: “...' (first named 'Tory health spokesman Miles Brigg', kept as printed; left open)", "said-before"),
 ("This was launched with the promise", "rural and deprived areas.", mb, P, mb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Instead, it’s led to a handful of new appointments", "any impact at all.", mb, P, mb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Indeed, at this rate it would take this scheme", "expected to have.", mb, P, mb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("This is just another blatant failing", "feeling the strain.", mb, P, mb_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We have increased investment in GP services annually", "this year in direct su", sr, P, "Health Secretary", "body",
  "quote paragraph with no attribution of its own directly after her reported speech ('Health Secretary Shona Robison said it was her government that ...'); cut off mid-word by the end of the excerpt", "continuation"),
])

tb = "Dr Tom Black"
dohs = "A Department of Health spokesman"
f("tenth-of-ni-gp-practices-could-shut-this-year.txt", [
 ("The NHS in Northern Ireland is in its greatest crisis", "since its inception.", tb, P, "", "body",
  "'He said: \"...\"' (he = 'The senior medic', Dr Tom Black; 'Dr Black, who is chairman of Northern Ireland's GP Committee (NIGPC)' below is a relative clause, not a role; the headline's 'could shut this year' has 4 words)", "pronoun"),
 ("We expect to lose between 5 and 10% of GP practices", "so far this year.", tb, P, "", "body", "'He said: \"...\"' (he = Dr Black, the subject of the sentence before)", "pronoun"),
 ("We cannot stand by and watch the destruction", "prejudice and incompetence.", tb, P, "", "body", "'Dr Black added: \"...\"'", "said-before"),
 ("GPs in Northern Ireland want to stay in the NHS", "funded by taxation.", tb, P, "", "body",
  "'Dr Black added: \"...' ('Plan B' above has 2 words; left open)", "said-before"),
 ("Unfortunately, however, at the moment", "a private GP service.", tb, P, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("It looks like it will be a choice between an absent", "Plan B alternatives.", tb, P, "", "body", "next paragraph of his quote, closed", "continuation"),
 ("The department acknowledges the vital role", "context of the broader fi", dohs, D, "", "body",
  "'A Department of Health spokesman said: \"...'; cut off mid-word by the end of the excerpt", "said-before"),
])

wsp = "A spokesman from the trust"
f("trust-blames-high-demand-for-beds-as-mental-health-targets-are-missed.txt", [
 ("inappropriate out-of-area placements for adult mental health services", None, "Worcestershire Health and Care Trust", O, "", "body",
  "'The trust’s annual report for 2018 shows 11 patients were subjected to ‘...’' (the words of the trust's annual report; built into the writer's sentence; “high demand for beds” in the lead has 4 words)", "fragment"),
 ("We are looking into our pathways", "zero target again,", wsp, D, "", "body",
  "'“...,” they said.' (they = 'A spokesman from the trust, which runs Bromsgrove's Princess of Wales Community Hospital' of the paragraph before)", "pronoun"),
 ("It’s relatively rare that we have to place", "for capacity reasons.", wsp, D, "", "body",
  "'The Worcestershire trust spokesman continued: “...' (“out of area” above has 3 words; left open)", "said-before"),
 ("But when we are facing high demand for beds", "an out of county bed.", wsp, D, "", "body", "next paragraph of his quote, closed", "continuation"),
 ("vast majority were repatriated within one or two days", None, wsp, D, "", "body",
  "'he said he understood the “...” while ...' (he = the spokesman; built into the writer's sentence; “at least half” has 3 words)", "fragment"),
 ("assessed as requiring a mental health bed", None, wsp, D, "", "body",
  "'were out of the county when “...”.' (the same sentence of his reported speech)", "fragment"),
 ("An example would be a student registered", "at that time,", wsp, D, "", "body", "'“...,” he said.' (he = the spokesman)", "pronoun"),
 ("That would still be counted as an", "placement’ for us.", wsp, D, "", "body", "next paragraph of his quote, closed", "continuation"),
 ("inappropriate out of area placement", None, "", N, "", "body",
  "nested inside the spokesman's quote ('counted as an ‘...’ for us'): the name of a reporting category, not anyone's speech", "other"),
 ("sometimes it is necessary and appropriate", None, wsp, D, "", "body",
  "'He said, “...” for patients to be admitted t' (he = the spokesman; built into the writer's sentence, which is cut off)", "fragment"),
])

wh = "William Hague"; wh_r = "Richmond MP"
f("william-hague-s-fears-over-services-at-darlington-memorial-hospital.txt", [
 ("very serious level of public anxiety", None, wh, P, wh_r, "body",
  "'In a letter to North Yorkshire’s health scrutiny committee ..., Mr Hague said the move needed to be examined by the panel to address a “...”.' (named 'WILLIAM Hague' and 'The Richmond MP' above; built into the writer's sentence)", "fragment"),
 ("I still have strong concerns about the assurances", "result of these changes.", wh, P, wh_r, "body", "'Mr Hague said: “...' (left open)", "said-before"),
 ("We need concrete assurances and firm detail", "would handle t", wh, P, wh_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

label_table.build(R, prefix="G", split="heldout21", out="eval/quotes/heldout21.jsonl")
