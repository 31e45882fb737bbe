"""Build heldout5.jsonl (the fifth held-out attribution set, over eval/corpus8) from
the hand-written label table below.

Same method as build_heldout4.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled.  Speakers, roles, types,
patterns and evidence were decided by hand from the article text alone; the script
only locates the text.

Run:  python3 eval/quotes/build_heldout5.py   (writes eval/quotes/heldout5.jsonl)
"""
import label_table
from label_table import P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern)
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus8/")

# ---------------------------------------------------------------------------
f("200000-patients-displaced-after-rapid-rise-in-gp-surgery-closures.txt", [
 ("This is like a bereavement", None, "Dr Robert Mockett", P, "", "pull quote",
  "pull-quote line '’...’ Dr Robert Mockett' (opened with a closing-style mark, the name on the same line after the quote, no verb; no role given, only the image lines 'Dr Robert Mockett - online')", "said-after"),
 ("It’s becoming increasingly difficult", "premises and other", "Dr Richard Vautrey", P, "GPC deputy chair", "body",
  "'GPC deputy chair Dr Richard Vautrey said:'; cut off by the end of the excerpt", "said-before"),
])

f("all-patients-to-have-access-to-nhs-111-online.txt", [
 ("When you do download the app", "NHS.uk information.", "Pip Hodgson", P, "NHS England online digital delivery lead", "body",
  "'She said:' (She = NHS England online digital delivery lead Pip Hodgson, paragraph before); the paragraph is left open", "pronoun"),
 ("We wouldn’t want to detract", "got that in there.", "Pip Hodgson", P, "NHS England online digital delivery lead", "body",
  "next paragraph of Pip Hodgson's quote (closed)", "continuation"),
])

f("an-open-letter-to-dr-rowlatt.txt", [
 ("YET again you give space", "(Evening Mail, March 12).", "Dr Rowlatt", P, "local retired Doctor", "body",
  "'a local retired Doctor (whom I have never met) wrote the following letter which was published in the North West Evening Mail.' then the quote; the post is 'An open letter to Dr Rowlatt' and answers 'Dear Dr Rowlatt, Thank you for your letter'; the opening mark is never closed and the later letter paragraphs carry no marks, so only this paragraph is labelled", "description"),
 ("lay Joshua’s soul to rest", None, "Dr Rowlatt", P, "local retired Doctor", "body",
  "the reply's first-person sentence 'I have badly sougly to ‘...’' quotes back the letter's demand ('Is it not time for Mr Titcombe to let Joshua’s soul rest in peace?') in the response addressed to its writer", "fragment"),
])

jh = "Jeremy Hunt"; jh_r = "former health secretary"
f("botched-surgeries.txt", [
 ("We must not be complacent", "things that go wrong.", jh, P, jh_r, "body",
  "'Last week in parliament former health secretary Jeremy Hunt said:'; the line is left open", "said-before"),
 ("In the NHS, we talk about", "should never happen.", jh, P, jh_r, "body",
  "next line of Hunt's quote, re-opened with “ and left open; contains a 2-word nested quote", "continuation"),
 ("Even now, after all the progress", "wrong site surgery.", jh, P, jh_r, "body",
  "last line of Hunt's quote (closed)", "continuation"),
])

f("building-public-trust-communicate-the-benefits.txt", [
 ("2073 releases made from the National Back Office", "National Crime Agency.", "HSCIC", O, "", "body",
  "quoted after 'National Back Office:' and followed by the citation '[HSCIC, July2,  2014]' (a publication of the HSCIC, no verb)", "said-after"),
])

aj = "Alex Jackson"; aj_r = "co-ordinator of the Campaign for Better Hospital Food"
f("celebrity-chefs-have-failed-to-improve-nhs-food.txt", [
 ("have failed to improve NHS food", None, "Sustain", O, "", "headline",
  "headline quote with no speaker in the headline; the lead credits the claim that schemes have 'failed' to 'the food and farming pressure group Sustain' and its report", "other"),
 ("It's time for the government to take effective action", "standards for patient meals", aj, P, aj_r, "pull quote",
  "pull quote between 'Start Quote' and 'End Quote Alex Jackson Campaign for Better Hospital Food' (only a closing mark; the name and organisation on the line below); role from the body", "name-role-line"),
 ("This report must serve as a lesson", "recommendations for the impro", aj, P, aj_r, "body",
  "'Alex Jackson, co-ordinator of the Campaign for Better Hospital Food, said:'; cut off by the end of the excerpt", "said-before"),
])

f("compulsory-flu-jab-for-nhs-staff-moral-duty-or-morale-wrecker.txt", [
 ("Qualitative evidence indicates", "professional work ethic.", "NICE", O, "", "body",
  "'NICE states:' (the National Institute for Health and Care Excellence, present tense)", "said-before"),
 ("wealth of evidence that multicomponent", "mandatory to be effective", "NICE", O, "", "body",
  "'It adds that there is a ‘...’' (It = NICE, previous paragraph)", "fragment"),
 ("I have the flu vaccine every year", "force nurses to get injected", "Nursing Standard reader", RD, "", "pull quote",
  "pull quote (no closing full stop) with the line 'Nursing Standard reader' below it: an unnamed reader of the publication", "name-role-line"),
])

f("controversial-nhs-patient-database-launch-postponed.txt", [
 ("To ensure that the concerns are met", "if they choose to,", "An NHS England spokesperson", D, "", "body",
  "''...,' an NHS England spokesperson told the BBC' (unnamed)", "said-after"),
])

co = "Dr Crystal Oldman"; co_r = "Chief Executive of The Queen’s Nursing Institute (QNI)"
f("drop-of-nearly-50-in-the-number-of-district-nurses.txt", [
 ("The Queen’s Nursing Institute (QNI) welcomes", "reported by the BBC.", co, P, co_r, "body",
  "'Responding to the report, Dr Crystal Oldman, Chief Executive of The Queen’s Nursing Institute (QNI), said:'; the paragraph is left open (contains a 2-word scare quote)", "said-before"),
 ("The QNI has for some time", "homes and communities.", co, P, co_r, "body",
  "next paragraph of Dr Oldman's quote (closed)", "continuation"),
 ("evidence of a profound and growing gap", "district nursing services.", "King’s Fund", O, "", "body",
  "'In 2016 a King’s Fund analysis found ‘...' (the analysis's words, built into the writer's sentence; left open)", "fragment"),
 ("While demand for services has been increasing", "senior ‘district nurse’ p", "King’s Fund", O, "", "body",
  "next paragraph of the King's Fund quotation, re-opened with ‘; contains a 2-word nested quote; cut off by the end of the excerpt", "continuation"),
])

f("flu-jab-could-be-compulsory-for-blackpool-hospital-workers.txt", [
 ("irresponsible not to take every precaution yourself.", None, "Mary Whyham", P, "Non-executive director", "body",
  "'Non-executive director Mary Whyham said staff were ... so it was \"...\"'", "fragment"),
])

f("four-in-10-district-nurses-lost-in-last-10-years.txt", [
 ("meaningful data that recognises “value for money”", None, "QNI and RCN", O, "", "body",
  "'They’re also calling for a standardised data set ..., with ‘...‘' (They = the QNI and RCN, previous paragraph; the closing mark is printed ‘; contains a 3-word nested quote)", "fragment"),
])

ph = "Paul Hunt"; ph_r = "UK, managing director of V2 Cigs"
f("health-report-says-e-cigs-help-reduce-smoking.txt", [
 ("Best estimates show e-cigarettes", "quit tobacco altogether.", "Public Health England", O, "", "body",
  "'It added: “...”' (It = the report by government health body Public Health England, which 'found' in the paragraph before)", "pronoun"),
 ("I have always been impressed", "that it can bring.", ph, P, ph_r, "body",
  "'Responding to the report, Paul Hunt, UK, managing director of V2 Cigs said:'; the paragraph is left open", "said-before"),
 ("The bottom line is that switching", "smoking related conditions.", ph, P, ph_r, "body",
  "next paragraph of Paul Hunt's quote (left open)", "continuation"),
 ("Experience has shown that smokers", "a healthier alternative.", ph, P, ph_r, "body",
  "last paragraph of Paul Hunt's quote (closed)", "continuation"),
])

jhy = "Dr Jonathan Hayes"; jhy_r = "CCG clinical chair"
f("homeopathy-no-longer-available-on-nhs-in-england-as-last-ccg-ends.txt", [
 ("We are working hard to become", "widest range of people.", jhy, P, jhy_r, "body",
  "'CCG clinical chair Dr Jonathan Hayes said:' (the CCG = Bristol, North Somerset, and South Gloucestershire (BNSSG) CCG); the line is left open", "said-before"),
 ("The decision on homeopathy funding today", "national guidelines.", jhy, P, jhy_r, "body",
  "next line of Dr Hayes's quote (closed)", "continuation"),
])

f("homeopathy-on-the-nhs-the-first-legal-challenge.txt", [
 ("This case underlines the necessity", "to be spent. It is es", "Salima Budhani", P, "of Bindmans LLP", "body",
  "'The GTS were represented by Salima Budhani and Jamie Potter of Bindmans LLP. Salima said:' (first name only in the attribution); cut off by the end of the excerpt", "said-before"),
])

cm = "Professor Chris Moran"; cm_r = "the head of trauma for NHS England"
f("horrendous-and-heartbreaking-trauma-surgeons-insight-into-knife-crime.txt", [
 ("The 4.30pm trauma call in the afternoon", "a terrible place to be.", cm, P, cm_r, "body",
  "quote paragraph with no attribution of its own straight after 'In a stark insight ..., Professor Moran said it was becoming more common ...' (reported speech)", "continuation"),
 ("We saw a young man who had been stabbed", "zombie knives,", cm, P, cm_r, "body",
  "''...,' he recalled' (he = Professor Moran, who 'blamed' the knives in the paragraph before)", "pronoun"),
 ("He survived but his life has completely changed", "whole future ahead", cm, P, cm_r, "body",
  "next paragraph of Professor Moran's quote; cut off by the end of the excerpt", "continuation"),
])

f("hospital-never-events-see-more-than-1100-patients-experience-mishaps.txt", [
 ("It is a disgrace that such supposed", "With all the systems and", "Katherine Murphy", P, "chief executive of the Patients Association", "body",
  "'Katherine Murphy, chief executive of the Patients Association, said:'; contains a 1-word nested quote; cut off by the end of the excerpt", "said-before"),
])

f("hospital-staff-refuse-flu-vaccine-banned-treating-patients.txt", [
 ("take appropriate steps to maintain the safety of the service", None, "NHS", O, "", "body",
  "'The NHS said that trusts should \"...\"' (the NHS's letter to trusts)", "fragment"),
])

rp = "Rachel Power"; rp_r = "chief executive of the Patients Association"
f("hundreds-of-nhs-patients-suffer-blunders-that-should-never-occur.txt", [
 ("physical and psychological effects for the rest of their lives", None, rp, P, rp_r, "body",
  "'Experts warn never events are ‘...’, with some suffering ‘...’' (plural description); the very same words recur in Rachel Power's full quotation two paragraphs below, so the fragment goes to her", "fragment"),
 ("Wrong site surgery incidents are preventable", "the patient and their family.", rp, P, rp_r, "body",
  "'Rachel Power, chief executive of the Patients Association, said:'; the paragraph is left open", "said-before"),
 ("People who suffer harm because of mistakes", "treatment from the NHS.", rp, P, rp_r, "body",
  "next paragraph of Rachel Power's quote (left open)", "continuation"),
 ("Each incident of this nature", "measures are implemented.", rp, P, rp_r, "body",
  "last paragraph of Rachel Power's quote (closed)", "continuation"),
])

f("ivf-league-table.txt", [
 ("one round of ovarian stimulation followed by", "fresh or frozen embryos", "NICE", O, "", "body",
  "'NICE guidelines define a full cycle as “...”' (the guidelines' words)", "fragment"),
 ("The scale of disinvestment in NHS fertility services", "national fertility guide", "Sarah Norcross", P, "co-chair of Fertility Fairness", "body",
  "'Sarah Norcross, co-chair of Fertility Fairness said:'; cut off by the end of the excerpt", "said-before"),
])

jgl = "Dr Jose Garcia Lobera"; jgl_r = "chair of Southend CCG"
f("ivf-on-the-nhs-why-more-parts-of-the-uk-are-cutting-back.txt", [
 ("It has been incredibly tough decision", "under the age of 40,", jgl, P, jgl_r, "body",
  "''...,\" said Dr Jose Garcia Lobera, chair of Southend CCG.' (opened with “, closed with \")", "said-after"),
 ("We aware it will be a huge disappointment", "fertility issues in Southend.", jgl, P, jgl_r, "body",
  "second quoted sentence after the attribution in the same paragraph", "continuation"),
 ("We have to consider the complete picture", "for the local NHS,", jgl, P, jgl_r, "body",
  "''...,\" he said' (he = 'Dr Garcia Lobero', as the paragraph spells him, the same chair of Southend CCG)", "pronoun"),
])

af = "Aileen Feeney"; af_r = "chief executive of the Fertility Network"
f("ivf-services-slashed-in-england-as-nhs-bosses-cut-costs.txt", [
 ("[IVF] seems to be seen as something", "suffering from it.", af, P, af_r, "body",
  "'Aileen Feeney, chief executive of the Fertility Network, said:'", "said-before"),
 ("On top of all the emotional and physical stress", "of going private.", af, P, af_r, "body",
  "'She added:' (She = Aileen Feeney)", "pronoun"),
])

mg = "Dr Martin Griffiths"; mg_r = "consultant trauma surgeon at The Royal London Hospital"
gh = "Dr Gayle Hann"; gh_r = "the lead for paediatric A&E at North Middlesex Hospital"
f("knife-crime-1000-young-victims-hospitalised-last-year.txt", [
 ("You're carrying the county's number one murder weapon", None, "PC Rob Pedley", P, "", "caption",
  "'Video caption, PC Rob Pedley: \"...\"' (no role beyond the rank)", "caption"),
 ("Severe injuries are the norm", None, mg, P, mg_r, "body",
  "5-word crosshead in quote marks; it condenses the quote of Dr Martin Griffiths below it ('young people with severe injuries ... now it is the norm'), the first quote under the crosshead", "other"),
 ("We are seeing a lot more adolescents", "now it is the norm.", mg, P, mg_r, "body",
  "'Dr Martin Griffiths, consultant trauma surgeon at The Royal London Hospital, said:'; the paragraph is left open", "said-before"),
 ("This week I expect to see someone", "as a matter of course.", mg, P, mg_r, "body",
  "next paragraph of Dr Griffiths's quote (left open)", "continuation"),
 ("I see the wasted opportunities", "life-changing injuries.", mg, P, mg_r, "body",
  "last paragraph of Dr Griffiths's quote (closed)", "continuation"),
 ("It used to be that we rarely saw girls", "victims and aggressors.", gh, P, gh_r, "body",
  "quote paragraph with no attribution of its own straight after 'Dr Gayle Hann, the lead for paediatric A&E at North Middlesex Hospital, pointed to the rising numbers of girls becoming involved.' (reported speech); left open", "continuation"),
 ("Young women are coming in who have had", "filmed as part", gh, P, gh_r, "body",
  "next paragraph of Dr Hann's quote; cut off by the end of the excerpt", "continuation"),
])

rd = "Dr Ross Davenport"; rd_r = "a consultant trauma and vascular surgeon at the Royal London Hospital in east London"
th = "Dr Taj Hassan"; th_r = "president of the Royal College of Emergency Medicine"
f("knife-crime-up-and-victims-suffer-more-wounds.txt", [
 ("We’ve seen a sustained year-on-year increase", "on a single patient.", rd, P, rd_r, "body",
  "'Dr Ross Davenport, a consultant trauma and vascular surgeon at the Royal London Hospital in east London, said:'; the paragraph is left open", "said-before"),
 ("Life-changing and fatal injuries", "stab wound anywhere.", rd, P, rd_r, "body",
  "next paragraph of Dr Davenport's quote (closed)", "continuation"),
 ("The rise in knife crime in England", "and their relatives.", th, P, th_r, "body",
  "'Dr Taj Hassan, president of the Royal College of Emergency Medicine, said:'; the paragraph is left open", "said-before"),
 ("Victims of knife crime have a wide spectrum", "suffer chest injuries.", th, P, th_r, "body",
  "next paragraph of Dr Hassan's quote; a further opening mark follows in the same paragraph, marking a merged paragraph break", "continuation"),
 ("Patients can have a seemingly innocuous stabbing", "deteriorate rapidly.", th, P, th_r, "body",
  "the merged last paragraph of Dr Hassan's quote (closed)", "continuation"),
])

ns = "Dr Nick Scriven"; ns_r = "president of the Society for Acute Medicine"
pc = "Professor Paul Cosford"; pc_r = "PHE medical director"
f("majority-of-st-helens-health-staff-get-flu-jab.txt", [
 ("I can see employers taking a firm stance", "contracts influenza.", ns, P, ns_r, "body",
  "'He said:' (He = Dr Nick Scriven, paragraph before); the paragraph is left open", "pronoun"),
 ("The NHS workforce crisis is well-described", "to be avoided.", ns, P, ns_r, "body",
  "next paragraph of Dr Scriven's quote (closed)", "continuation"),
 ("Healthcare professionals have a responsibility", "patients from flu.", pc, P, pc_r, "body",
  "'PHE medical director Professor Paul Cosford said:'; the paragraph is left open (the next paragraph is cut off after three words)", "said-before"),
])

f("morecambe-bay-report-row-after-morecambe-mp-slams.txt", [
 ("It is extremely disappointing that Bill Kirkup", "failures at Furness General.", "David Morris", P, "MP for Morecambe", "body",
  "'Mr Morris said:' (David Morris, 'The MP for Morecambe')", "said-before"),
 ("Today’s report backs up none of these cheap smears", "rather than playing games.", "A Labour spokesman", D, "", "body",
  "'A Labour spokesman, responding to Mr Morris’ claims, said:' (unnamed)", "said-before"),
 ("The Morecambe Bay Investigation has followed all the evidence", "In the case of Mr Burnham, we fou", "A spokesperson for the Morecambe Bay Investigation", D, "", "body",
  "'A spokesperson for the Morecambe Bay Investigation said:' (unnamed); cut off by the end of the excerpt", "said-before"),
])

f("national-guardian-looks-set-to-throw-freedom-to-speak-up-guardians.txt", [
 ("National Freedom To Speak Up Guardian", None, "", N, "", "body",
  "'the badly named ‘...’': an official title in quote marks, nobody's speech", "other"),
 ("I address this section of my feedback to Dr Henrietta Hughes.", None, "A whistleblower", D, "", "body",
  "quote under the line 'A whistleblower’s feedback to the National Guardian' (unnamed); the opening mark is never closed and the later lines of the feedback carry no marks, so only this paragraph is labelled", "name-role-line"),
])

ss = "Dr Sam Shah"; ss_r = "NHS England’s head of evaluation and research for digital urgent and emergency care"
sa = "Dr Simon Abrams"; sa_r = "Urgent Health UK chair"
f("nhs-111-apps-send-20-fewer-patients-to-gp.txt", [
 ("What we can’t do is examine", "determining the outcome.", ss, P, ss_r, "body",
  "'He said:' (He = Dr Shah, same name in the sentence before)", "pronoun"),
 ("lower acuity cases overall than the telephone service", "at an earlier stage", sa, P, sa_r, "body",
  "'Urgent Health UK chair Dr Simon Abrams, said the lower referral rate ... is likely because NHS 111 online handles ‘...’'", "fragment"),
 ("the right direction of travel", None, sa, P, sa_r, "body",
  "'Dr Abrams added that the pilots are ‘...’'", "fragment"),
])

f("nhs-cyber-attack.txt", [
 ("The WannaCry cyber attack had potentially serious", "against future attacks.", "Amyas Morse", P, "head of the National Audit Office", "body",
  "'Amyas Morse, head of the National Audit Office, said, \"...\"'", "said-before"),
])

cmo = "Dr Chris Moran"; cmo_r = "national clinical director for trauma"
f("nhs-dealing-with-55-rise-in-young-people-suffering-knife-wounds.txt", [
 ("Too many young people able to buy knives", None, "unclear", U, "", "body",
  "crosshead in quote marks; its words are in no quotation of the excerpt, and the section it heads opens with an unnamed 'One of the country’s leading trauma surgeons' before Dr Chris Moran is quoted, so the excerpt does not settle whose words they are", "other"),
 ("Violent crime destroys lives", "essential patient care.", cmo, P, cmo_r, "body",
  "'Speaking about the figures, Dr Chris Moran, national clinical director for trauma, said:'", "said-before"),
 ("Changes to NHS trauma services have saved", "on our expert staff.", cmo, P, cmo_r, "body",
  "quote paragraph with no attribution of its own after the two image-caption lines that follow Dr Moran's closed quote", "continuation"),
 ("Hospital visits linked to knife crime and other violence", "pressue on our expert staff.", cmo, P, cmo_r, "pull quote",
  "pull quote repeating words of the paragraph above, with the bare name line 'Dr Chris Moran' directly below it; role from the body", "name-role-line"),
])

f("nhs-hospitals-accused-of-hiding-food-dissatisfaction.txt", [
 ("We recognise that there is too much variation", "across the country", "Department of Health in England", O, "", "pull quote",
  "pull quote between 'Start Quote' and 'End Quote Department of Health in England' (only a closing mark; the organisation on the line below)", "name-role-line"),
 ("It is time for the government to come clean", "standards for patient meals.", aj, P, aj_r, "body",
  "quote paragraph with no attribution of its own straight after 'Alex Jackson, co-ordinator of the Campaign for Better Hospital Food, said existing policies ... should be extended to hospitals.' (reported speech); left open", "continuation"),
 ("This would only involve extending", "exist for school food.", aj, P, aj_r, "body",
  "next paragraph of Alex Jackson's quote (left open)", "continuation"),
 ("Surely patients recovering in hospital", "school kids and prisoners?", aj, P, aj_r, "body",
  "last paragraph of Alex Jackson's quote (closed)", "continuation"),
])

mm = "Michael Marshall"; mm_r = "Liverpool resident and Project Director of the Good Thinking Society"
f("nhs-liverpool-ccg-ends-funding-for-homeopathy.txt", [
 ("We wholeheartedly support the decision", "no place on the NHS.", mm, P, mm_r, "body",
  "'Michael Marshall, Liverpool resident and Project Director of the Good Thinking Society, said of the decision:' (the charity's own release); the paragraph is left open", "said-before"),
 ("The evidence is unequivocal", "shown to actually work.", mm, P, mm_r, "body",
  "next paragraph of Michael Marshall's quote (left open)", "continuation"),
 ("We feel that in taking into account", "the right choice today.", mm, P, mm_r, "body",
  "next paragraph of Michael Marshall's quote (left open)", "continuation"),
 ("With the end to homeopathy funding in Liverpool", "the treatments they a", mm, P, mm_r, "body",
  "next paragraph of Michael Marshall's quote; cut off by the end of the excerpt", "continuation"),
])

jm = "Joan McAlpine"; jm_r = "South Scotland MSP"
f("nhs-pharmacy-first-scotland-service.txt", [
 ("This new initiative means everyone", "appointment at their GP.", jm, P, jm_r, "body",
  "'Commenting, South Scotland MSP Joan McAlpine says,' on its own line above the quote paragraph (present tense); left open", "said-before"),
 ("Everyone who is registered with a GP practice", "minor illness or common condition.", jm, P, jm_r, "body",
  "next paragraph of Joan McAlpine's quote (left open)", "continuation"),
 ("Accident and Emergency departments remain open", "nearest A&E department.", jm, P, jm_r, "body",
  "last paragraph of Joan McAlpine's quote (closed)", "continuation"),
])

cn = "Dr Chaand Nagpaul"; cn_r = "the British Medical Association GP committee chairman"
f("nhs-to-trial-medical-advice-smartphone-app.txt", [
 ("Whilst it’s always important to maximise", "professionals in community settings,", cn, P, cn_r, "body",
  "''...,” said Dr Chaand Nagpaul, the British Medical Association GP committee chairman.'", "said-after"),
 ("clinical interpretation in certain instances", None, cn, P, cn_r, "body",
  "'He said the app would rely “slavishly” on algorithms, ..., which would leave no room for “...”' (He = Dr Nagpaul)", "fragment"),
 ("This proposal does not address this fundamental limitation", "make the situation worse,", cn, P, cn_r, "body",
  "''...,” he said.' (he = Dr Nagpaul, whose reported speech fills the paragraph before)", "pronoun"),
 ("What we should instead be doing is investing", "the use of new te", cn, P, cn_r, "body",
  "second quoted sentence after 'he said' in the same paragraph; cut off by the end of the excerpt", "continuation"),
])

f("nhs-urges-14m-staff-to-have-flu-jab.txt", [
 ("more scared than we have ever been", None, "Prof Sir Malcolm Grant", P, "chairman of NHS England", "body",
  "'the chairman of NHS England admitted on Thursday that health service chiefs were “...”', named in the next sentence ('Prof Sir Malcolm Grant said')", "fragment"),
])

jt = "James Titcombe"; jt_r = "Patient safety champion and Dalton resident"
f("not-enough-progress-say-parents-angered-by-disgusting-delays.txt", [
 ("It’s really concerning and not good enough.", None, jt, P, jt_r, "body",
  "'“...” Mr Titcombe said.' (a full stop inside the closing mark, then the name and verb; James Titcombe introduced in the same paragraph)", "said-after"),
 ("We need a real push over this next few months", "embed real change.", jt, P, jt_r, "body",
  "quote paragraph with no attribution of its own straight after Mr Titcombe's quote; left open", "continuation"),
 ("The National Maternity Review is an absolute dog’s breakfast,", None, jt, P, jt_r, "body",
  "''“...,” he added.' (he = Mr Titcombe)", "pronoun"),
 ("The agenda from the start was about money rather than safety.", None, jt, P, jt_r, "body",
  "quote paragraph with no attribution of its own straight after 'he added'", "continuation"),
 ("I am absolutely disgusted with the trust.", "done absolutely nothing.", jt, P, jt_r, "body",
  "'He said:' (He = Mr Titcombe, paragraph before); the paragraph is left open", "pronoun"),
 ("It’s deeply wrong. Nothing is going to change", "held to account.", jt, P, jt_r, "body",
  "next paragraph of Mr Titcombe's quote (closed)", "continuation"),
])

mgr = "Martin Green"; mgr_r = "chairman at Community Pharmacy Scotland (CPS)"
nsg = "Nicola Sturgeon"
f("pharmacy-first-service-launched-in-scotland.txt", [
 ("We believe NHS Pharmacy First Scotland to be a world first", "the NHS in Scotland.", mgr, P, mgr_r, "body",
  "'Martin Green, chairman at Community Pharmacy Scotland (CPS), said:'", "said-before"),
 ("Pharmacists, supported by their pharmacy teams", "the public and the NHS.", mgr, P, mgr_r, "body",
  "'He added:' (He = Martin Green)", "pronoun"),
 ("Pharmacy First Scotland is yet another demonstration", "pharmacists across the country.", nsg, P, "First Minister of Scotland", "body",
  "'Announcing the new service, Nicola Sturgeon, First Minister of Scotland, said:'; a further opening mark follows in the same paragraph, marking a merged paragraph break", "said-before"),
 ("Community pharmacies have been open throughout", "I know that their staff", nsg, P, "First Minister of Scotland", "body",
  "the merged next paragraph of Nicola Sturgeon's quote; cut off by the end of the excerpt", "continuation"),
])

jn = "Professor John Newton"; jn_r = "Director of Health improvement at Public Health England"
f("professor-john-newton.txt", [
 ("It would be tragic if thousands of smokers", "false fears about safety.", jn, P, jn_r, "body",
  "the name line 'Professor John Newton' and the role line 'Director of Health improvement at Public Health England' above the quote; left open", "name-role-line"),
 ("We need to reassure smokers that switching", "less harmful than smoking.", jn, P, jn_r, "body",
  "last paragraph of the quote, with only a closing mark (the opening mark is missing)", "continuation"),
])

f("raft-of-new-practice-closures-could-see-over-40000-patients.txt", [
 ("The practice is also facing the challenge of significant hou", None, "Skerne Medical Group", O, "", "body",
  "'The notice on the group’s website said:' (the group = Skerne Medical Group); cut off by the end of the excerpt", "description"),
])

f("scotland-becomes-minimum-alcohol-price-trailblazer.txt", [
 ("Minimum unit pricing is effective because", "will rise markedly,", "Alcohol Focus Scotland", O, "", "body",
  "''...,” said Alcohol Focus Scotland, a charity.'", "said-after"),
])

f("scotland-becomes-worlds-first-country-to-introduce-minimum-unit-price.txt", [
 ("All of the evidence says that minimum unit pricing", "misuse does to our society.", nsg, P, "First Minister", "body",
  "'She said:' (She = First Minister Nicola Sturgeon, whose reported speech fills the paragraph before); the paragraph is left open", "pronoun"),
 ("No one has ever said that minimum pricing", "problems we have wit", nsg, P, "First Minister", "body",
  "next paragraph of Nicola Sturgeon's quote; cut off by the end of the excerpt", "continuation"),
])

f("self-funding-care-homes-residents-paying-for-the-care-of-others.txt", [
 ("Care home fees are high enough", "to pay for their care.", "Margot James", P, "Conservative MP and a campaigner for the elderly", "body",
  "'She said:' (She = Margot James, whose reported speech opens the same paragraph)", "pronoun"),
])

kw = "Dr Kaye Ward"; kw_r = "a partner at the Central Lakes Medical Group in Cumbria"
f("the-final-straw-for-practices-what-is-triggering-closures.txt", [
 ("This funding helped keep us afloat,", None, kw, P, kw_r, "body",
  "''...,’ says Dr Kaye Ward, a partner at the Central Lakes Medical Group in Cumbria.' (present tense)", "said-after"),
 ("Its removal also made us more vulnerable if a GP left.", None, kw, P, kw_r, "body",
  "second quoted sentence after the attribution in the same paragraph", "continuation"),
 ("Around us, GPs tend to be over 50.", "triggers for closures.", kw, P, kw_r, "body",
  "'She adds that Central Lakes is also not the only vulnerable practice in the area: ‘...’' (She = Dr Kaye Ward)", "pronoun"),
])

bk = "Sir Bruce Keogh"; bk_r = "national Medical Director"
f("the-growing-problem-of-treatment-waiting-times.txt", [
 ("start consultant-led non-emergency treatment", "of a GP referral", "NHS Constitution", O, "", "body",
  "'The NHS Constitution sets out that patients have a legal right to “...”' (the document's words; no owner named)", "fragment"),
 ("reduce tick-box bureaucracy and expose hidden waits", None, bk, P, bk_r, "body",
  "'He said that using the incomplete standard ... would “...”' (He = national Medical Director Sir Bruce Keogh, who 'wrote to the Chief Executive of NHS England' in the sentence before)", "fragment"),
 ("ensure the NHS concentrates on treating all patient", None, bk, P, bk_r, "body",
  "second fragment of the same sentence ('and “...'); cut off by the end of the excerpt", "fragment"),
])

f("turf-war-led-to-deaths-of-mothers-and-babies.txt", [
 ("The parliamentary ombudsman said because", "wouldn't be worthwhile.", jt, P, "", "body",
  "'Mr Titcombe told ITV News \"...' (James Titcombe, introduced by a relative clause only, no role); the line is left open", "said-before"),
 ("All the organisations that could have made a difference", "the shocking thing.", jt, P, "", "body",
  "next line of Mr Titcombe's quote, re-opened and left open", "continuation"),
 ("Nobody actually did what was needed", "never happens again", jt, P, "", "body",
  "last line of Mr Titcombe's quote (closed before the full stop); contains a nested quote", "continuation"),
 ("We've got a serious problem here", None, "", N, "", "body",
  "nested in Mr Titcombe's quote: what nobody did, 'which was to say ‘...’' (words nobody said)", "other"),
])

sf = "Professor Simon Fishel"
f("uk-restrict-fertility-services-to-women-from-ages-30-35.txt", [
 ("What is the point of having NICE guidelines", "reflect local populations.", sf, P, "", "body",
  "'Professor Simon Fishel who pioneered IVF in the UK remarked, “...”' (no role beyond the relative clause)", "said-before"),
 ("You have to treat citizens equally", "have access to it,", sf, P, "", "body",
  "''“...,” he elaborated.' (he = Professor Fishel)", "pronoun"),
 ("There will be many women – who do not", None, "Leceia Gordon-Mackenzie", P, "deputy chief executive of The Fertility Network", "body",
  "quote with no verb of its own in the same paragraph as 'The deputy chief executive of The Fertility Network, Leceia Gordon-Mackenzie, opined that the age cut off is unjust.'; cut off by the end of the excerpt", "said-before"),
])

rh = "Dr Rob Harwood"; rh_r = "British Medical Association (BMA) consultants committee chair"
f("waiting-lists-for-treatment-referrals-highest-on-record.txt", [
 ("show the continuing rapid deterioration", "of the worst winters.", rh, P, rh_r, "body",
  "'British Medical Association (BMA) consultants committee chair Dr Rob Harwood, said the figures “...”'", "fragment"),
 ("The situation for patients is extremely concerning", "this time last year.", rh, P, rh_r, "body",
  "'He continued:' (He = Dr Rob Harwood); the paragraph is left open", "pronoun"),
 ("With 20,000 cancelled operations", "need of a lifeline.", rh, P, rh_r, "body",
  "next paragraph of Dr Harwood's quote (closed)", "continuation"),
 ("if that indeed represents new investment", "NHS is to be restored.", rh, P, rh_r, "body",
  "'He added that the recently announced cash for the NHS was welcome, “...”'", "fragment"),
 ("For the second month in a row", "patients within fou", "Richard Murray", P, "chief executive at The King’s Fund", "body",
  "quote paragraph with no attribution of its own straight after 'Richard Murray, chief executive at The King’s Fund said the winter crisis ... had merged straight into “a summer crisis,” ...' (reported speech); cut off by the end of the excerpt", "continuation"),
])

f("winterbourne-view-scandal-could-happen-again-says-mencap.txt", [
 ("We fear that unless the government commits", "will come to light.", "Mark Goldring", P, "Mencap's Chief Executive", "body",
  "'Mencap's Chief Executive Mark Goldring said:'", "said-before"),
])

mc = "Mencap and the Challenging Behaviour Foundation"
nl = "Norman Lamb"; nl_r = "Care and Support Minister"
f("winterbourne-view-some-patients-still-not-in-suitable-homes.txt", [
 ("still not in suitable homes", None, mc, O, "", "headline",
  "headline quote with no speaker in the headline; the body credits the claim to them ('Mencap and the Challenging Behaviour Foundation said some patients had still not been found suitable homes')", "other"),
 ("It is unacceptable that, two years on", "where they should be.", mc, O, "", "body",
  "'A joint statement from the two charities said:' (the two charities named in the paragraphs above); the paragraph is left open", "description"),
 ("We are still working with families", "closer to home.", mc, O, "", "body",
  "next paragraph of the charities' joint statement (left open)", "continuation"),
 ("We are very concerned that targets", "may be missed.", mc, O, "", "body",
  "last paragraph of the charities' joint statement (closed)", "continuation"),
 ("The abuse and neglect we saw at Winterbourne View", "very serious issues raised.", nl, P, nl_r, "body",
  "'Care and Support Minister Mr Lamb, said:' (Care minister Norman Lamb, named earlier); the paragraph is left open", "said-before"),
 ("I am determined to ensure that there will be no", None, nl, P, nl_r, "body",
  "next paragraph of Mr Lamb's quote; cut off by the end of the excerpt", "continuation"),
])


def build():
    return label_table.build(R, prefix="N", split="heldout5", out="eval/quotes/heldout5.jsonl")


if __name__ == "__main__":
    recs = build()
    print(len(recs), "records")
