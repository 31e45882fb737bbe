"""Build heldout24.jsonl (the twenty-fourth held-out attribution set, over eval/corpus27) from
the hand-written label table below.

Same method as build_heldout21.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout24.py   (writes eval/quotes/heldout24.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus27/")

# ---------------------------------------------------------------------------
f("covering-abuse-how-winterbourne-view-happened-again.txt", [
 ("These aren’t isolated instances.", "in the care sector.", "unclear", U, "", "standfirst",
  "standfirst line under the headline, opened curly and closed straight; no one is named as its speaker before the excerpt is cut off, and the body does not repeat the words", "other"),
 ("would laugh and say the marks could not be seen", "scarring to her face", "unclear", U, "", "body",
  "'after hitting her Hinds “...”.' (built into the writer's sentence; the words describe what Hinds did and the text does not say who said them, e.g. a witness or the prosecution)", "other"),
])

smc = "Sue McMillan"; smc_r = "Deputy Chief Inspector of General Practice for the North of England"
f("cqc-rate-manchester-gp-inadequate-place-it-special-measures.txt", [
 ("It is important that the people who are registered", "receive from their GP.", smc, P, smc_r, "body",
  "'Sue McMillan, Deputy Chief Inspector of General Practice for the North of England, said:' on its own line above the quote (left open)", "said-before"),
 ("Systems need to be strengthened", "that inciden", smc, P, smc_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

sath = "Shrewsbury and Telford Hospital NHS Trust"
f("family-call-for-police-to-investigate-hospital-trust.txt", [
 ("a lot has already been done", "raised by previous cases", sath, O, "", "body",
  "'The trust has apologised unreservedly and said, \"...\".' (the trust = Shrewsbury and Telford Hospital NHS Trust, named in the first paragraph; a whole clause after 'said,')", "said-before"),
 ("Our focus is to make our maternity service", "the safest it can be.", sath, O, "", "body",
  "the next paragraph, a quote with no attribution of its own that continues the trust's statement (the page ends here)", "continuation"),
])

bjj = "Bishop James Jones"
f("gosport-hospital-deaths-families-weep-they-learn-about-extent-drug-prescribing-saw-lives-shortened.txt", [
 ("institutionalised practice of shortening lives", "at the hospital", "unclear", U, "", "body",
  "'The bishop was asked if the panel had found the motivation behind the ‘...’.' (built into the writer's account of a question put to him; the words are most likely the panel's report, but the text gives them to no one; the headline's ‘lives shortened’ has 2 words)", "other"),
 ("Questions of motive are beyond", "need to be prosecuted.", bjj, P, "", "body",
  "'Bishop James Jones said: ‘...’' (named 'the panel's Bishop James Jones' in the lead and 'the Rt Rev Jones' after; no role beyond 'the panel's')", "said-before"),
 ("We found no evidence in the documents", "any collusion.", bjj, P, "", "body",
  "'Flanked by panel members, the bishop added: ‘...’' (the bishop = Bishop James Jones)", "description"),
 ("It’s not for the panel to ascribe", "civil liabilities.", bjj, P, "", "body",
  "'He said: ‘...’' (he = the bishop; ‘future judicial’ just before has 2 words)", "pronoun"),
 ("The nurses would have known", "would see the effect.", bjj, P, "", "body", "'Rt Rev Jones said: ‘...' (left open)", "said-before"),
 ("As we show in the report, 59 per cent", "dead within two days.", bjj, P, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("The doctors, the clinical assistant, the nurses", "administering and t", bjj, P, "", "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

tm = "Theresa May"; jh = "Jeremy Hunt"
f("gosport-hospital-deaths-theresa-may-and-jeremy-hunt-apologise-to-families-affected-by-the-opioid-drug-scandal.txt", [
 ("The events at Gosport Memorial Hospital were tragic", "the families concerned.", tm, P, "", "body",
  "'During Prime Minister’s Questions, May told MPs: “...' (named 'Theresa May' above, with no role in the text; “deeply troubling” and “truly shocking” above and 'a catalogue of failings' in the standfirst have 2-4 words; left open)", "said-before"),
 ("But they are a matter of which", "across this house.", tm, P, "", "body", "next paragraph of her quote, closed", "continuation"),
 ("I’m sorry that it took so long", "answers from the NHS.", tm, P, "", "body",
  "'She said that politicians needed to address the issue of public sector bodies “closing ranks”, adding: “...”' (she = May)", "pronoun"),
 ("lessen the anguish and pain", None, jh, P, "health secretary", "body",
  "'Hunt later told MPs there had been “a catalogue of failings” and that he knew nothing he said today would “...” felt by the families' (named 'Jeremy Hunt, the health secretary,' above; built into the writer's sentence; “a catalogue of failings” has 4 words)", "fragment"),
])

ns = "Professor Nigel Sparrow"; ns_r = "the CQC's senior national GP adviser"
f("gp-practices-special-measures.txt", [
 ("It is the first time and it is significant.", None, "A spokesman for the CQC", D, "", "body",
  "'A spokesman for the CQC, England's independent health and social care regulator, said: \"...\"' (unnamed)", "said-before"),
 ("Patients should be able to expect high quality", "improvements have been made.", ns, P, ns_r, "body",
  "'Professor Nigel Sparrow, the CQC's senior national GP adviser, said: \"...' (left open)", "said-before"),
 ("Three of the five practices which have been rated", "if they fail to improve.", ns, P, ns_r, "body", "next paragraph of his quote, closed", "continuation"),
])

f("health-and-social-care-complaints-system-not-fit-purpose.txt", [
 ("a system that is simple, seamless and stress free", None, "Healthwatch England", O, "", "body",
  "'It should be replaced with “...”; one that ...' (it = the complaints system, “bewildering and largely ineffective” 'according to a new report from Healthwatch England' in the sentence before; the report's words, built into the writer's sentence; “offers users meaningful resolution.” and “unnecessarily bureaucratic and adversarial” have 3-4 words)", "fragment"),
])

f("hospital-apology-too-late.txt", [
 ("could offer an apology for the injury", "the prospect of", "David Dawson", P, "of Price Slater Gawne", "body",
  "'She instructed Price Slater Gawne’s David Dawson ... David wrote to the Freeman Hospital on her behalf suggesting that it would provide comfort ... if the hospital “...' (his letter's words, built into the writer's sentence; cut off by the end of the excerpt)", "fragment"),
])

mr = "Prof Sir Mike Richards"; mr_r = "Chief Inspector of Hospitals"
f("hospital-inspections-to-be-more-robust-chief-inspector-says.txt", [
 ("We are taking on where Sir Bruce Keogh's report left off", None, mr, P, mr_r, "caption",
  "video caption 'Prof Sir Mike Richards: \"...\"' under the headline (role from 'Prof Sir Mike Richards Chief Inspector of Hospitals' in the pull-quote line and 'the new chief inspector' in the lead)", "caption"),
 ("completely different way of inspecting hospitals", None, mr, P, mr_r, "body",
  "'Setting out his plans, Sir Mike, ..., said it would be a \"...\".' (built into the writer's sentence; \"small army\", \"corporate self-interest\", 'Fair and transparent', \"huge challenge\" and \"flawed\" have 1-3 words)", "fragment"),
 ("Every finding will be made public", None, mr, P, mr_r, "pull quote",
  "pull quote between 'Start Quote' and 'End Quote Prof Sir Mike Richards Chief Inspector of Hospitals' (only a closing mark; the name line follows it)", "name-role-line"),
])

tp = "Trevor Purt"
hd = "A Hywel Dda Health Board spokesman"
f("hywel-dda-health-board-has-apologised-for-failures-in-the-care.txt", [
 ("I very much regret that the Health Board failed", "performing the surgery.", tp, P, "chief executive", "body",
  "'The letter to Mrs Green states: “...' (the letter of apology, 'not signed by the chief executive Trevor Purt himself, but on his behalf by a member of his office'; a letter's words are its writer's; “avoidable and unacceptable delays” and “institutional complacency” above have 2-4 words; left open)", "said-before"),
 ("I am so sorry for these failings", "across the Health Board.", tp, P, "chief executive", "body", "next paragraph of the letter, closed", "continuation"),
 ("Our issue is that this letter", "to sign a letter.", "John", P, "Mr Green’s son", "body",
  "'Mr Green’s son John said: “...”' (named only as 'John' ('his sons John and Martin'))", "said-before"),
 ("Mr Purt and the Health Board sincerely apologises", "deepest sympathies to them.", hd, D, "", "body",
  "'A Hywel Dda Health Board spokesman said: “...' (unnamed; left open)", "said-before"),
 ("The Health Board acknowledges there were failings", "across the Health Board.", hd, D, "", "body",
  "next paragraph of his quote, closed (the next paragraph's “Mr Purt took th is cut off after 4 tokens)", "continuation"),
])

jj = "James Jones"; jj_r = "former Bishop of Liverpool"
cm = "Charlie Massey"; cm_r = "Chief Executive of the General Medical Council (GMC)"
f("live-uk-england-hampshire.txt", [
 ("Their reaction was understandably emotional.", None, jj, P, jj_r, "body",
  "'Bishop Jones said: \"...' (named 'former Bishop of Liverpool James Jones, who led Gosport Independent Panel,' in the summary and the paragraph before; \"enormously appreciative\", \"harrowing\" and \"probably similarly affected\" have 1-3 words; left open)", "said-before"),
 ("If I quote anonymously", "for so long.", jj, P, jj_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("Our thoughts are with the families", "Gosport War Memorial Hospital.", cm, P, cm_r, "body",
  "'Charlie Massey, Chief Executive of the General Medical Council (GMC), said: \"...' (the entry heading's 'clearly let down' has 3 words; left open)", "said-before"),
 ("Patients and their families were clearly let down by the system", "each family involved.", cm, P, cm_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We welcome the work that Bishop James Jones", "over two decades.", cm, P, cm_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We will be studying the report careful", None, cm, P, cm_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

dc = "Deborah Coles"
f("mazars-report-connor-sparrowhawk.txt", [
 ("Review of Mental Health and Learning Disability Deaths", "April 2011 – March 2015", "", N, "", "body",
  "'Today sees the publication of the ‘...’.' : the title of a review, in marks; nobody's speech", "other"),
 ("NHS England cannot ignore the scandal", "deserve nothing less.", dc, P, "co-director of INQUEST", "body",
  "'Deborah Coles, co-director of INQUEST, said:' on its own line above the quote (left open; the next paragraph, which plainly continues her statement, has no marks and is not labelled)", "said-before"),
])

hdn = "Helene Donnelly"
spy = "Stuart Poynor"
f("mid-staffs-nurse-whistleblower-made-ambassador-for-cultural-change.txt", [
 ("My job is to hand hold and offer direct support,", None, hdn, P, "", "body",
  "'“...,” she said.' (she = Ms Donnelly, 'Helene Donnelly has been appointed official ambassador for cultural change' above; that is a predicate, not an apposition, so no role; 'A former Mid Staffordshire nurse whistleblower' in the lead is a description)", "pronoun"),
 ("Lots of staff don’t even know what warrants a genuine", None, hdn, P, "", "body",
  "second passage re-opened in the same paragraph after 'she said.'; the page breaks the sentence into two paragraphs here, so it runs to the paragraph end (left open)", "continuation"),
 ("concern or how to fill in an incident form.", "put people off.", hdn, P, "", "body",
  "the rest of the same sentence in the next paragraph, closed but not re-opened (as Q0035)", "continuation"),
 ("This can’t be because there have only been three concerns,", None, hdn, P, "", "body", "'“...,” she said.' (she = Ms Donnelly)", "pronoun"),
 ("It must be because they don’t know about it", "or professional development.", hdn, P, "", "body",
  "second passage re-opened in the same paragraph after 'she said.'", "continuation"),
 ("As ambassador for cultural change, Helene has", "autonomy from the", spy, P, "chief executive", "body",
  "'The trust’s chief executive Stuart Poynor said: “...' (cut off by the end of the excerpt)", "said-before"),
])

ms = "Miles Scott"; ms_r = "chief executive of St George's NHS Trust"
f("nhs-executive-apologies-for-kane-gorny-death.txt", [
 ("Many of you will have read the media coverage", "death of Kane Gorny.", ms, P, ms_r, "body",
  "'Mr Scott said: \"...' (the lead's 'The chief executive of St George's NHS Trust has apologised ...', then 'Miles Scott posted the message on his blog'; written words of his blog; left open)", "said-before"),
 ("Kane was admitted for an operation in 2009", "as we should have.", ms, P, ms_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Sadly he died as a result.", "to protect other patients.", ms, P, ms_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("When things do go wrong, it is vital", "repeat our mistakes.", ms, P, ms_r, "body", "next paragraph of his quote, closed", "continuation"),
])

ow = "One woman"
f("nhs-maternity-service-special-measures-baby-deaths.txt", [
 ("I’m broken from the whole experience", "care and compassion.", ow, D, "", "body",
  "'One woman told the report: “...' (unnamed; “significant concerns”, “extreme pressure” and “sub-optimal” above have 1-2 words; left open)", "said-before"),
 ("That terrible experience I was put through", "stay with me forever.", ow, D, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("I felt worthless, like I did not matter", "that’s how I felt.", ow, D, "", "body", "next paragraph of her quote, closed", "continuation"),
])

jd = "Julie Dawes"; jd_r = "interim chief executive"
f("nhs-trust-admits-guilt-over-connor-sparrowhawks-utterly-preventable-death.txt", [
 ("Connor's loss continues to have a devastating impact", "didn't keep him safe.", jd, P, jd_r, "body",
  "'Julie Dawes said: \"...' (named 'the Trust's interim chief executive, Julie Dawes,' in the paragraph before; the headline's and that paragraph's \"entirely preventable\" have 2 words; left open, then re-opened in the same paragraph)", "said-before"),
 ("There have been times when our actions", "distress of Connor's family.", jd, P, jd_r, "body",
  "second passage re-opened part-way through the same paragraph (a merged paragraph break), closed", "continuation"),
 ("will now experience a more compassionate approach from Southern Health", None, jd, P, jd_r, "body",
  "'Ms Dawes said his death had led to \"significant changes and improvements\" at the Trust and added she hoped all families and service users \"...\".' (built into the writer's sentence; the first quote has 4 words)", "fragment"),
 ("I miss him so bloody much", None, "unclear", U, "", "body",
  "crosshead quote; the paragraph below introduces Connor's mother Sara Ryan, the likely speaker, but the excerpt is cut off before any words of hers, so the text does not settle it ('Laughing Boy' has 2 words)", "other"),
])

rep = "A report seen by trust board members"
dr = "Professor Damian Riley"
f("nhs-trust-apologises-after-patient-dies-at-royal-blackburn-hospital.txt", [
 ("The death was referred to the coroner", "was not carried out.", rep, D, "", "body",
  "'The report reads: “...' (the report = 'A report seen by trust board members' above, whose author is not named; left open)", "said-before"),
 ("As a result, the cause of the patient’s cause", "is not known", rep, D, "", "body", "next paragraph of the report's words, closed before the full stop", "continuation"),
 ("We can confirm that the treatment and care", "Royal Blackburn Hospital in 2015.", dr, P, "medical director", "body",
  "'Dr Riley added: “...' (named 'Professor Damian Riley, the trust’s medical director,' above; left open; the next paragraph's “Th is cut off after 1 token)", "said-before"),
])

jury = "An inquest jury at Hove Crown Court"
f("nhs-trust-criticised-mental-patient-death.txt", [
 ("death from hanging whilst suffering a mental health illness", None, jury, D, "", "body",
  "'An inquest jury at Hove Crown Court has reached a verdict of ‘...’' (the jury's verdict, built into the writer's sentence)", "fragment"),
 ("death from hanging whilst suffering a mental health illness", None, jury, D, "", "body",
  "the same paragraph printed a second time on the page, with the same verdict quote (‘sectioned’ below has 1 word)", "fragment"),
])

f("ombudsman-finds-failings-in-way-patients-who-later-died-were-treated-in-hospital.txt", [
 ("Many people complain about public services out of", None, "Julie Mellor", P, "Ombudsman", "body",
  "'Ombudsman Julie Mellor said: “...' (cut off by the end of the excerpt)", "said-before"),
])

f("parliamentary-and-health-service-ombudsman-report-outlines-failures-in-care-and-avoidable-deaths-of-vulnerable-patients.txt", [
 ("after a series of failures in care", "as a disabled person", "Parliamentary and Health Service Ombudsman", O, "", "body",
  "'The report concluded that Mr P died \"...\".' (the report = 'The Ombudsman’s report' of the paragraph before, the Parliamentary and Health Service Ombudsman's; built into the writer's sentence)", "fragment"),
])

cqc = "Care Quality Commission"
f("peterborough-gp-surgery-placed-in-special-measures-after-critical-report.txt", [
 ("patients were supported, treated with dignity", "partners in their care", cqc, O, "", "body",
  "'The CQC report did note that “...”' (the regulator's report; 'the Care Quality Commission (CQC)' above; built into the writer's sentence; ‘inadequate’, ‘good’ and ‘require improvement’ have 1-2 words)", "fragment"),
 ("premises that no longer met the needs of the local population", None, cqc, O, "", "body",
  "'The report states that the practice operates from “...”.' (the CQC report; built into the writer's sentence)", "fragment"),
])

jm = "Julie Mellor"; jm_r = "Parliamentary and Health Service Ombudsman"
f("phso-ombudsman-report-highlights-the-devastating-impact-of-service-failures-and-poor-complaints-handling-across-the-public-sector.txt", [
 ("The NHS provides excellent care for patients", "dealt with well.", jm, P, jm_r, "body",
  "'Parliamentary and Health Service Ombudsman Julie Mellor said:' on its own line above the quote (left open; the paragraph's trailing space is outside)", "said-before"),
 ("These cases bring home all the suffering", "are being delayed.", jm, P, jm_r, "body", "next paragraph of her quote, opened with a straight mark (left open)", "continuation"),
 ("We are sharing these cases", "value the importance", jm, P, jm_r, "body", "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

jma = "Joanna Matson"; jma_r = "District Judge"
lb = "Lenny Byrne"
f("plymouth-hospital-trust-apologises-over-womans-death-after-surgery-went-wrong.txt", [
 ("was not classed as a serious incident", None, "unclear", U, "", "body",
  "'Plymouth Magistrates' Court heard that Mrs Woodfield's death \"...\"' (built into the writer's sentence; the text does not say who told the court)", "other"),
 ("The shock and panic of her mother's death", "what had happened.", jma, P, jma_r, "body",
  "'Reading a victim impact statement from Mrs Woodfield's daughter, District Judge Joanna Matson said: \"...' (the judge's words as she read from the statement, which speaks of the daughter in the third person; the unmarked line 'There were significant failings ... District Judge Joanna Matson' above is not labelled; left open)", "said-before"),
 ("She had to piece things together herself", "defensive denial.", jma, P, jma_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("The fact that she died alone in such pain", "grieve for her mother.", jma, P, jma_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("significant failings in the leadership and governance framework", None, jma, P, jma_r, "body",
  "'The District Judge told the trust's representatives there had been \"...\", adding:' (built into the writer's sentence)", "fragment"),
 ("I hope that something like this will never happen again.", None, jma, P, jma_r, "body",
  "'The District Judge told ..., adding: \"...\"' (the District Judge = Joanna Matson)", "description"),
 ("I would like to unreservedly and wholeheartedly apologise", "over a period of time.", lb, P, "chief nurse", "body",
  "'Following the hearing, chief nurse Lenny Byrne said: \"...\"' (the caption line above names him too)", "said-before"),
 ("I would like to acknowledge and accept", "were made in co", lb, P, "chief nurse", "body",
  "second passage re-opened straight after the closing mark, in the same paragraph; cut off mid-word by the end of the excerpt", "continuation"),
])

shf = "Southern Health Foundation Trust"
f("southern-health-admits-unlawful-acts-in-relation-to-sparrowhawk-death.txt", [
 ("Southern Health Foundation Trust accepts that it was responsible", "brother and friend.", shf, O, "", "body",
  "'The trust’s statement said: “...' (the trust's statement published on its website; “unlawful acts and ommissions” above has 4 words; left open)", "said-before"),
 ("Connor’s preventable death was the result", "treatment] unit.", shf, O, "", "body",
  "next paragraph of the statement, closed; the bracketed insertion is inside the quote", "continuation"),
 ("failed to take all reasonable steps", "to the coroner and Connor’s family", shf, O, "", "body",
  "'It also accepted that it had “...”.' (it = the trust; built into the writer's sentence; the second “unlawful acts and ommissions” below has 4 words)", "fragment"),
])

pm = "Peter Miles"
f("what-it-s-really-like-inside-a-failing-care-home-families-speak-out-as-fairways-is-slated-by-cqc.txt", [
 ("We brought my mother in here last October", "two other homes.", pm, P, "", "body",
  "'Peter Miles, whose mother Ruth lives at Fairways, said: “...' (the relative clause is not a role; \"inadequate\" in the lead has 1 word; left open)", "said-before"),
 ("Immediately we knew the ambience", "none since.", pm, P, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("Why does it take the CQC six months", "back since?", pm, P, "", "body", "next paragraph of his quote, closed", "continuation"),
])

thr = "Lawyers from the company Thrive"
f("whistleblower-nurse-unfairly-sacked-raising-concerns-nhs-workload-led-patients-death.txt", [
 ("The impact of the trust’s conduct had on Ms Fairhall is profound.", None, thr, D, "", "body",
  "'Lawyers from the company Thrive, who were acting for her, said: \"...' (unnamed lawyers; “unblemished” above has 1 word; left open)", "said-before"),
 ("She no longer is able to work", "genuine concerns she had.", thr, D, "", "body", "next paragraph of their quote, closed", "continuation"),
 ("This is a stark reminder for organisations", "those who whistleblow.", thr, D, "", "body",
  "a further quote paragraph, opened and closed, with no attribution of its own, straight after theirs", "continuation"),
])

hd2 = "Helene Donnelly"; hd2_r = "ambassador for cultural change at Staffordshire and Stoke on Trent Partnership NHS Trust"
f("whistleblower-urges-nurses-speak-amid-nhs-crisis.txt", [
 ("It’s a perfect storm – but anything", "advocates for patients.", hd2, P, hd2_r, "body",
  "'She warned: ‘...’' (she = Ms Donnelly, 'Whistleblower Helene Donnelly' above; role from 'Now ambassador for cultural change at ..., Ms Donnelly works ...' below; the nested ‘eyes and ears’ has 3 words and the bracketed insertion is inside the quote; ‘brewing for years’ has 3 words)", "pronoun"),
 ("At a time like this, there is a real risk", "is not the answer,", hd2, P, hd2_r, "body",
  "'‘...,’ she said.' (she = Ms Donnelly; the nested “everyone is in crisis” has 4 words; 'suffering unnecessarily' above has 2)", "pronoun"),
 ("We have to keep calm and carry on", "do things that ar", hd2, P, hd2_r, "body",
  "next paragraph, a quote with no attribution of its own; cut off mid-word by the end of the excerpt", "continuation"),
])

js = "A joint statement issued by HEE, Dr Day and the trust"
f("whistleblower-who-changed-the-law-drops-employment-tribunal-case.txt", [
 ("by raising patient safety concerns in good faith", None, js, D, "", "body",
  "'According to a joint statement issued by HEE, Dr Day and the trust, Dr Day did blow the whistle in 2014 “...”.' (built into the writer's sentence; the standfirst's “acted in good faith” and the lead's “performed a public service” have 4 words)", "fragment"),
 ("performed a public service in establishing", "for junior doctors", js, D, "", "body",
  "'It also said Dr Day “...”.' (it = the joint statement; built into the writer's sentence)", "fragment"),
 ("the tribunal is likely to find", "grounds of whistleblowing", js, D, "", "body",
  "'However, the statement said, “...”.' (the joint statement; a whole clause after 'said,'; “dismissed upon withdrawal” below has 3 words)", "said-before"),
])

f("whistleblowing-junior-doctor-scores-victory-in-court-of-appeal.txt", [
 ("This decision is a great achievem", None, "unclear", U, "", "body",
  "a new paragraph cut off mid-word by the end of the excerpt before any attribution; the paragraph before is the writer's own, so the speaker (Dr Day or someone for him) is not settled; “introducer” and “end user” have 1-2 words", "other"),
])

rev = "A serious case review into the scandal"
f("winterbourne-view-a-case-study-in-institutional-abuse.txt", [
 ("a case study in institutional abuse", None, rev, D, "", "headline",
  "headline quote with no speaker in the headline; the body gives the same words to the serious case review ('That was the damning verdict of a serious case review')", "other"),
 ("a case study in institutional abuse", None, rev, D, "", "body",
  "'The Winterbourne View scandal provides “...”, which went unchallenged ...' then 'That was the damning verdict of a serious case review into the scandal' (built into the writer's sentence; a review document 'by adult protection expert Margaret Flynn', so a description speaker)", "fragment"),
 ("The apparatus of oversight across sectors", "crimes at the hospital,", rev, D, "", "body",
  "'“...,” it said.' (it = the review, the subject of the paragraph before)", "pronoun"),
])

label_table.build(R, prefix="O", split="heldout24", out="eval/quotes/heldout24.jsonl")
