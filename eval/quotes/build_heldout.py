"""Build heldout.jsonl (the held-out attribution set over eval/corpus3) from the
hand-written label table below.

Same method as build_labels.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages (duplicated captions, pull quotes) resolve to the occurrence
labelled.  Speakers, roles, types, patterns and evidence were decided by hand from
the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout.py   (writes eval/quotes/heldout.jsonl)
"""
import label_table
from label_table import P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern)
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus3/")

# ---------------------------------------------------------------------------
f("bma-calls-for-health-bill-to-be-withdrawn.txt", [
 ("call a halt to the proposed", "reoganisation of the NHS", "", N, "", "body",
  "wording of the SRM motion: 'a motion was passed calling on the Government to'", "other"),
 ("consider and act on the criticisms", "the medical profession.", "", N, "", "body",
  "wording of the same motion: 'Representives voted overhwelmingly for the legislation to be withdrawn and called on the Government to' (no one is said to have said it)", "other"),
 ("The Government hasn't listened to our concerns,", None, "Dr Andy Thornley", P, "", "body",
  "''...,' he said' (he = Dr Andy Thornley, previous paragraph)", "pronoun"),
 ("I don't think it's possible", "to make it better.", "Dr Andy Thornley", P, "", "body",
  "second quoted sentence after 'he said' in the same paragraph", "continuation"),
 ("Mr Lansley: apologise, admit", "withdraw your bill.", "Dr Andy Thornley", P, "", "body",
  "next paragraph of Dr Thornley's quote, no new speaker", "continuation"),
 ("winning a battle but losing the war", None, "Dr Jonathan Fielden", P, "BMA council member", "body",
  "'BMA council member Dr Jonathan Fielden warned that the BMA risked'", "fragment"),
 ("If someone tries to strangle you", "the old Glasgow kiss.", "Dr Ian Banks", P, "", "body",
  "follows 'However Dr Ian Banks said the BMA could no longer go on being ignored.' (reported speech)", "continuation"),
])

f("bma-leaders-call-for-lansley-to-quit-as-lords-prepare-to-debate.txt", [
 ("Lansley has to go", "his Bill with him.", "Dr Kevin O’Kane", P, "BMA London chairman", "body",
  "'BMA London chairman Dr Kevin O’Kane said:'", "said-before"),
 ("It is scandalous we’re creating", "bureaucracy and quangos,", "Dr Chaand Nagpaul", P, "GPC negotiator", "body",
  "''...,' he said' (he = Dr Chaand Nagpaul, earlier in the paragraph)", "pronoun"),
 ("We will see NHS services commissioned", "[to the NHS],", "Dr Chaand Nagpaul", P, "GPC negotiator", "body",
  "''...,' he warned' (He = Dr Nagpaul, 'He also raised concerns ...')", "pronoun"),
 ("If you ever hear the word GP", "provide care for patients.", "Dr Clare Gerada", P, "RCGP chairwoman", "body",
  "follows 'RCGP chairwoman Dr Clare Gerada also spoke at the meeting, warning that ...' (reported speech)", "continuation"),
 ("The message today is we can defeat", "get rid of this Bill,", "Dr Jacky Davis", P,
  "BMA council member and founder of protest group Keep Our NHS Public", "body",
  "''...,' she said' (she = Dr Jacky Davis, previous paragraph)", "pronoun"),
 ("If the royal colleges had stood up", "a snowball in hell.", "Dr Jacky Davis", P,
  "BMA council member and founder of protest group Keep Our NHS Public", "body",
  "second quoted sentence after 'she said' in the same paragraph", "continuation"),
 ("This Bill we cannot stand", None, "", N, "", "body",
  "hypothetical words inside Dr Davis's quote ('If the royal colleges had stood up and said'): nobody said them", "other"),
])

ae = "Anne Eden"; ae_r = "Chief Executive of Bucks Healthcare NHS Trust"
f("bucks-nhs-boss-were-sorry-over-failings.txt", [
 ("I think what's really important", "really important crossroads.", ae, P, ae_r, "body",
  "'Ms Eden said at a board meeting on Wednesday:'", "said-before"),
 ("We are absolutely taking this", "to get there.", ae, P, ae_r, "body", "next paragraph of Ms Eden's quote", "continuation"),
 ("If we do get it wrong for one patient", "one too many.", ae, P, ae_r, "body", "next paragraph of Ms Eden's quote", "continuation"),
 ("That's not good enough.", "getting it right.", ae, P, ae_r, "body", "next paragraph of Ms Eden's quote", "continuation"),
])

lga = "Local Government Association"
f("change-in-statutory-demands-needed-as-adult-care-costs-grow.txt", [
 ("soak up almost all of council spending", None, lga, O, "", "body",
  "'It warned that these areas would' (It = the LGA, subject of the previous sentence)", "fragment"),
 ("contributed considerably to this situation", None, lga, O, "", "body",
  "'The Association said that the 28% reduction ... had'", "fragment"),
 ("with clarity about what the public", "towards care costs", lga, O, "", "body",
  "bullet under 'the LGA called for:' ('A fairer funding system')", "fragment"),
 ("must go hand in hand", None, lga, O, "", "body",
  "bullet under 'the LGA called for:' ('recognition that structural reform and increased funding')", "fragment"),
])

vv = "Valerie Vaz"; vv_r = "MP for Walsall South"
f("chief-executive-of-nhs-england-at-the-health-select-committee.txt", [
 ("At the Health Select committee this week", "a fragmentation of services.", vv, P, vv_r, "body",
  "'Valerie said:' on its own line above (Valerie = Valerie Vaz MP for Walsall South)", "said-before"),
 ("Cancer services and end of life care", "General Election in 2015.", vv, P, vv_r, "body",
  "next paragraph of Valerie Vaz's statement (each paragraph re-opened)", "continuation"),
 ("TTIP is a transatlantic trade agreement", "said that he would.", vv, P, vv_r, "body",
  "next paragraph of Valerie Vaz's statement", "continuation"),
 ("The first strikes by NHS staff", "thought that the NHS", vv, P, vv_r, "body",
  "next paragraph of Valerie Vaz's statement (cut off by end of text)", "continuation"),
])

cs = "Caroline Shaw"; cs_r = "chief executive of the Queen Elizabeth Hospital"
lm = "Libby McManus"; lm_r = "new chief nurse"
f("chief-executive-of-norfolk-hospital-on-special-measures-rating.txt", [
 ("I think it is really important for me", "a safe hospital.", cs, P, cs_r, "body", "'Mrs Shaw said:'", "said-before"),
 ("We need to make sure we have a strong team", "for our patients.", cs, P, cs_r, "body", "next paragraph of Mrs Shaw's quote", "continuation"),
 ("I feel the last time around", "happened this time.", cs, P, cs_r, "body",
  "'She said:' (She = Mrs Shaw, previous paragraph)", "pronoun"),
 ("The inspection was in March", "to address these.", cs, P, cs_r, "body", "next paragraph of Mrs Shaw's quote", "continuation"),
 ("While I have only been here eight days", "one I am relishing.", lm, P, lm_r, "body",
  "'Libby McManus, the new chief nurse, said:'", "said-before"),
 ("Many of my staff have said", "noticed change; I kno", lm, P, lm_r, "body",
  "next paragraph of Libby McManus's quote (cut off by end of text)", "continuation"),
])

pfh = "The Patient from Hell"
f("fear-and-loathing-in-lansleys-new-gp-consortia.txt", [
 ("these will be dominated by pushy", "their patients like me.", pfh, D, "", "body",
  "'I said to myself' (I = the column's pseudonymous author, 'The Patient from Hell')", "pronoun"),
 ("because we are labelled as", "really time-consuming.", "One sad GP in the Pulse survey", D, "", "body",
  "'One sad GP in the Pulse survey grumbled that' (anonymous survey respondent)", "fragment"),
])

dn = "Sir David Nicholson"
f("feature-exit-interview-sir-david-nicholson.txt", [
 ("The Man With No Shame", None, "the tabloid press", D, "", "body",
  "'He’s been branded ... by the tabloid press' (a nickname given by unnamed newspapers)", "fragment"),
 ("One of my problems is, I think I’m really funny.", "everything exploded.", dn, P, "NHS England chief executive", "body",
  "'Like a chastised child, Sir David mumbles:' (Sir David = Sir David Nicholson)", "said-before"),
 ("People were offended by it", "shouldn’t have sent it.", dn, P, "NHS England chief executive", "body",
  "next paragraph of Sir David's quote", "continuation"),
])

mb = "Dr Maureen Baker"; mb_r = "chair of the Royal College of GPs"
f("gp-services-under-severe-threat-of-extinction-observer.txt", [
 ("under severe threat of extinction", None, mb, P, mb_r, "body",
  "'The leader of Britain's family doctors has warned that GP services are' (the leader = Dr Maureen Baker, named in the next sentence)", "fragment"),
 ("shoring up the rest of the NHS from collapse", None, mb, P, mb_r, "body",
  "'Baker claimed that ... GP surgeries were'", "fragment"),
 ("General practice as we know it", "brunt of the problem,", mb, P, mb_r, "body", "''...,' said Baker'", "said-after"),
 ("the huge and historic imbalance in funding", None, mb, P, mb_r, "body",
  "'said Baker, who demanded urgent action to reduce'", "fragment"),
 ("For generations GPs have been", "and love it.", mb, P, mb_r, "body", "'She added:' (She = Baker)", "pronoun"),
 ("GPs are doing all they can", "want to give them,", mb, P, mb_r, "body", "''...,' said Baker'", "said-after"),
])

jh = "Jeremy Hunt"
f("hsj-live-keogh-mortality-review-to-be-published-today.txt", [
 ("We’re being honest with the public", "[improve things]", jh, P, "health secretary", "body",
  "''...', he said' (he = Mr Hunt, 'Interview with health secretary Jeremy Hunt begins ... Mr Hunt says')", "pronoun"),
 ("running the NHS ragged today", None, "Jon Snow", P, "", "body",
  "'Jon Snow accuses politicians of'", "fragment"),
 ("I took full responsibility today", "as far as 2005].", jh, P, "health secretary", "body",
  "unattributed quote paragraph after 'In response Hunt says (paraphrashing): ...' (reported speech)", "continuation"),
 ("days of managers leading are over", None, "Ms Bailey", P, "Cure the NHS founder", "body",
  "'7.13pm Ms Bailey says the' (Ms Bailey = the Cure the NHS founder, introduced in the 7.06pm entry)", "fragment"),
 ("Today is a really challenging day", "descend into point scoring.", "Matt Tee", P,
  "Chief operating officer of the NHS Confederation", "body",
  "follows 'Matt Tee admits the NHS has not been good enough ...' (reported speech) in the same entry", "continuation"),
 ("We’ve got a situation where we expect", "don’t care for nurses.", "Ms Bailey", P, "Cure the NHS founder", "body",
  "'She said:' (She = Ms Bailey, previous sentence)", "pronoun"),
])

ss = "Simon Stevens"; ss_r = "NHS England chief executive"
f("hsj-live-simon-stevens-first-major-public-appearance.txt", [
 ("a real commitment to clinical commissioning", "worked in the past", "Dr Stephen Kell", P,
  "co-chair of NHS Clinical Commissioners leadership group", "body",
  "'Dr Stephen Kell, co-chair of ... said Mr Stevens showed'", "fragment"),
 ("Simon showed a deft handling", "do what works’.", "David Hare", P, "chief executive of the NHS Partners Network", "body",
  "'David Hare, chief executive of the NHS Partners Network said:'", "said-before"),
 ("you should do what works", None, ss, P, ss_r, "body",
  "inside Hare's quote: 'What you saw there was a pragmatist saying' (the pragmatist = Simon, i.e. Simon Stevens at the committee)", "fragment"),
])

jh_r = "Health secretary"
f("hunt-reaffirms-commitment-to-seven-day-gp-services.txt", [
 ("to improve access to GP services, particularly", "at the weekends", jh, P, jh_r, "body",
  "'In a written ministerial statement yesterday, Mr Hunt said that he expected NHS England to ... including'", "fragment"),
 ("The mandate for 2015/16 emphasised", "seven days of the week.", jh, P, jh_r, "body",
  "'Mr Hunt’s statement said:' (his written ministerial statement)", "said-before"),
 ("I look to you to continue", "at the weekends.", jh, P, jh_r, "body", "next paragraph of the statement quote", "continuation"),
 ("I welcome the progress that you have made", "in line wi", jh, P, jh_r, "body",
  "next paragraph of the statement quote (cut off by end of text)", "continuation"),
])

jh_r = "Health and Social Care Secretary"
f("its-been-worst-ever-winter-for-the-nhs-admits-hunt.txt", [
 ("When they signed up to go into medicine", "pressurised moments,", jh, P, jh_r, "body",
  "''...,' he said' (he = Jeremy Hunt, previous paragraph)", "pronoun"),
 ("I take responsibility for everything", "happens in the NHS,", jh, P, jh_r, "body",
  "''...,' he told ITV News'", "pronoun"),
 ("I apologise to patients when", "care that we should.", jh, P, jh_r, "body",
  "further quoted sentence after 'he told ITV News' in the same paragraph", "continuation"),
])

jh_r = "health secretary"
f("jeremy-hunt-says-government-would-be-mad-not-to-boost-gp.txt", [
 ("We’re not asking every practice to open", "a federation agreement.", jh, P, jh_r, "body",
  "'He said:' (He = Mr Hunt)", "pronoun"),
 ("We don’t want to have a completely inflexible", "matches local needs.", jh, P, jh_r, "body",
  "follows '..., he added, to decide ...' (reported speech)", "continuation"),
 ("Part of the long-term aim", "and I think", jh, P, jh_r, "body",
  "'He added:' (He = Mr Hunt; cut off by end of text)", "pronoun"),
])

f("lansley-tells-bma-stop-spreading-lies-about-my-health-reform.txt", [
 ("Look back to 1948", "had caved in,", "Andrew Lansley", P, "Health Secretary", "body",
  "''...,' Mr Lansley said in a speech in Liverpool'", "said-after"),
])

iz = "Cllr Izzi Seccombe"; iz_r = "Chairman of the Local Government Association’s Community Wellbeing Board"
f("lga-responds-to-joint-select-committee-report-on-adult-social.txt", [
 ("Properly funding social care and prevention", "admitted to hospital.", iz, P, iz_r, "pull quote",
  "pull quote under the headline, unattributed there; the same words are a paragraph of Cllr Izzi Seccombe's statement below", "other"),
 ("This report reflects the bold", "adult social care.", iz, P, iz_r, "body",
  "'Cllr Izzi Seccombe, Chairman of ..., said:' on the line above", "said-before"),
 ("It is good to see these influential", "social care services.", iz, P, iz_r, "body", "next paragraph of the statement", "continuation"),
 ("Councils should have full flexibility", "as the committees note.", iz, P, iz_r, "body", "next paragraph of the statement", "continuation"),
 ("Properly funding social care and prevention", "admitted to hospital.", iz, P, iz_r, "body", "next paragraph of the statement", "continuation"),
 ("All funding options should be", "approach, backed by", iz, P, iz_r, "body",
  "next paragraph of the statement (cut off by end of text)", "continuation"),
])

f("lmcs-2018-all-the-key-votes.txt", [
 ("When you make a mistake", "assessment of you?", "Dr Zoe Norris", P, "GPC sessionals lead", "body",
  "'She asks:' (She = Dr Zoe Norris, earlier in the entry)", "pronoun"),
 ("In its present state", "actually harm doctors", "Dr Alicia Watts", P, "from Kent", "body",
  "'Dr Alicia Watts from Kent says:'", "said-before"),
 ("it is no longer safe to make", "that you have made", "Dr David Bailey", P, "GPC", "body",
  "'GPC’s Dr David Bailey says that'", "fragment"),
])

f("lmcs-conference-2012-live-blog.txt", [
 ("I want to talk to you about faeces,", None, "Dr Rickman Godlee", P, "from Oxford", "body",
  "''...,' says Dr Rickman Godlee from Oxford' (only the closing mark is printed; the quote starts the entry)", "said-after"),
])

hm = "Dr Hamish Meldrum"; hm_r = "BMA chair"
f("meldrum-tells-bma-delegates-debating-health-bill-opposition.txt", [
 ("We need to be realistic", None, hm, P, hm_r, "headline",
  "headline 'Meldrum tells BMA delegates debating health bill opposition: '...''", "said-before"),
 ("The profession does not support this bill", None, hm, P, hm_r, "body",
  "'as he pledged:' (he = Dr Meldrum, same sentence)", "pronoun"),
 ("How likely is it that the coalition", "unlikely in the extreme.", hm, P, hm_r, "body", "'He said:' (He = Dr Meldrum)", "pronoun"),
 ("We need to be realistic about where", "far from perfect.", hm, P, hm_r, "body", "next paragraph of Dr Meldrum's quote", "continuation"),
 ("Even in their moment of victory", "to the health bill\".", hm, P, hm_r, "body", "next paragraph of Dr Meldrum's quote", "continuation"),
 ("major changes to the health bill", None, "Shirley Williams and Evan Harris", P, "", "body",
  "inside Dr Meldrum's quote: 'the talk from Shirley Williams and Evan Harris ... was calling for'", "fragment"),
 ("Our position has hardened", "completely we criticised it.", hm, P, hm_r, "body", "'He said:' (He = Dr Meldrum)", "pronoun"),
 ("Let no one be in doubt", "not support this bill.", hm, P, hm_r, "body", "next paragraph of Dr Meldrum's quote", "continuation"),
])

tf = "Tim Farron"; tf_r = "Westmorland and Lonsdale MP"
jd = "Jackie Daniel"; jd_r = "trust chief executive"
f("morecambe-bay-nhs-trust-set-for-special-measures-says-mp.txt", [
 ("in the next few days,", None, tf, P, tf_r, "body",
  "'..., its local MP has said' (its local MP = Tim Farron, next paragraph)", "fragment"),
 ("I've had conversations with a few people", "[will be the case].", tf, P, tf_r, "body",
  "'Liberal Democrat Mr Farron said:'", "said-before"),
 ("In other hospital trusts across the country", "all sorts of chaos.", tf, P, tf_r, "body",
  "follows 'Speaking to BBC Radio Cumbria earlier, he said the move should not ...' (reported speech)", "continuation"),
 ("Jackie Daniel is relatively new", "not her fault.", tf, P, tf_r, "body", "next paragraph of Mr Farron's quote", "continuation"),
 ("As this is a draft report", "further at this time.", jd, P, jd_r, "body", "'Ms Daniel said:'", "said-before"),
])

dc = "Dennis Cheese"; dc_r = "patient who spearheaded the campaign to save the practice"
kh = "Councillor Kate Halliday"; kh_r = "represents Belle Vue"
f("mourners-hold-candlelit-vigil-as-shrewsbury-gp-surgery-closes.txt", [
 ("We have fought a fight but we have lost,", None, dc, P, dc_r, "body",
  "''...,' he said' (he = Patient Dennis Cheese, previous paragraph)", "pronoun"),
 ("We are here to mark the closure", "over the years.", dc, P, dc_r, "body", "next paragraph of Dennis Cheese's quote", "continuation"),
 ("I spoke to the manager yesterday", "by a few months?", dc, P, dc_r, "body", "next paragraph of Dennis Cheese's quote", "continuation"),
 ("I feel like I have let everybody down.", "we have lost.", dc, P, dc_r, "body",
  "'He added:' after an embedded tweet that mentions Cllr Vasmer; He = Dennis Cheese ('I started this campaign up' = the man 'who spearheaded the campaign'; Vasmer is introduced afterwards as also at the vigil)", "pronoun"),
 ("I am frustrated that the CCG", "engage with the public.", dc, P, dc_r, "body", "next paragraph of the same quote", "continuation"),
 ("I am in mourning.", "someone has died.", dc, P, dc_r, "body",
  "closes the same open quote after the crosshead 'Rushed'", "continuation"),
 ("I haven't felt that the CCG", "this practice open.", kh, P, kh_r, "body",
  "'Councillor Halliday, who represents Belle Vue, said:' (Kate Halliday, previous paragraph)", "said-before"),
 ("They didn't put together a good contract", "I am not surpr", kh, P, kh_r, "body",
  "next paragraph of Councillor Halliday's quote (cut off by end of text)", "continuation"),
])

nw = "Dr Nigel Watson"; nw_r = "Wessex LMCs chief executive"
f("new-wave-of-gp-practice-closures-across-uk-is-deeply-concerning.txt", [
 ("At Brownhill we have tried", "because of the workload.", nw, P, nw_r, "body",
  "'Dr Watson said:' (statement on behalf of the practice)", "said-before"),
 ("We have been unable to recruit", "to replace them.", nw, P, nw_r, "body", "next paragraph of Dr Watson's quote", "continuation"),
 ("We are not alone in the problems", "harder than most.", nw, P, nw_r, "body", "next paragraph of Dr Watson's quote", "continuation"),
 ("strenuous efforts to recruit a replacement", None, "NHS Fife", O, "", "body",
  "'NHS Fife said there had been'", "fragment"),
 ("sustainability and resilience group", "short and long term", "NHS Fife", O, "", "body",
  "'A statement said they were grateful ... and a' (the statement follows 'NHS Fife said'; 'we face challenges' alongside GPs and practices)", "fragment"),
])

dn_r = "chief executive of the health service"
f("nhs-chief-executive-muddling-along-will-result-in-more-staffords.txt", [
 ("There is a limit to how much more", "quality or safety.", dn, P, dn_r, "caption",
  "photo caption 'Sir David Nicholson: '...''", "caption"),
 ("There is a limit to how much more", "quality or safety.", dn, P, dn_r, "caption",
  "repeated photo caption 'Sir David Nicholson: '...''", "caption"),
 ("There is a limit to how much more", "quality or safety.", dn, P, dn_r, "body",
  "'He said cuts alone were not an option:' (He = Sir David Nicholson, same paragraph)", "pronoun"),
 ("We're facing a whole series", "those challenges are.", dn, P, dn_r, "body", "'He said:' (He = Nicholson)", "pronoun"),
 ("The danger is we sleepwalk", "care for our patients.", dn, P, dn_r, "body",
  "'..., Nicholson said, but this was not enough:'", "said-before"),
 ("A lot of change has been happening.", "quick enough.", dn, P, dn_r, "body",
  "'..., he added:' (he = Nicholson)", "pronoun"),
])

dn_r = "chief executive of the NHS"
f("nhs-chief-worries-about-savings-short-cuts.txt", [
 ("a very dangerous place for the NHS to go", None, dn, P, dn_r, "body",
  "'The chief executive of the NHS has warned ..., describing it as' (named as Sir David Nicholson in the next paragraph)", "fragment"),
 ("a complicated and risky set of changes", None, dn, P, dn_r, "body",
  "'Sir David Nicholson told the Financial Times that the NHS was undergoing'", "fragment"),
 ("the fully socialised [NHS] article", "that that has", dn, P, dn_r, "body",
  "'Sir David describes himself as'", "fragment"),
 ("At the moment, on any one d", None, U, U, "", "body",
  "quote cut off by the end of the excerpt before any attribution; the preceding sentence is the writer's own ('Key to this aim ...'), so the speaker is not settled (Sir David is the likely one)", "other"),
])

ss_r = "NHS England chief executive"
f("nhs-england-chief-executive-simon-stevens-funding-theresa-may.txt", [
 ("robbing Paul to pay Paul", None, ss, P, ss_r, "body",
  "'He also took issue with ... and described the cuts to capital expenditure ... as' (He = Stevens)", "fragment"),
 ("Over the next three years", "highly constrained,", ss, P, ss_r, "body", "''...,' Stevens told the committee'", "said-after"),
 ("In 2018-19, real terms NHS spending", "and austerity b", ss, P, ss_r, "body",
  "second quoted sentence after 'Stevens told the committee' (cut off by end of text)", "continuation"),
])

jd2 = "Janet Davies"; jd2_r = "chief executive of the Royal College of Nursing"
f("nurses-could-walk-away-from-nhs-over-pay-restraint.txt", [
 ("be part of the discussion", None, jd2, P, jd2_r, "body",
  "'Janet Davies, who was appointed in June, also said the RCN would'", "fragment"),
 ("causing huge problems for the way", "they are valued", jd2, P, jd2_r, "body",
  "'Ms Davies said the government’s policy ... was'", "fragment"),
 ("My biggest worry is that nurses", "working for agencies.", jd2, P, jd2_r, "body", "'She added:' (She = Ms Davies)", "pronoun"),
 ("The big announcement that concerned us all", "look at unsocial hours,", jd2, P, jd2_r, "body",
  "''...,' she said' (she = Ms Davies, 'She told HSJ' two paragraphs above)", "pronoun"),
])

cj = "Charlotte Jones"; cj_r = "Staff nurse"
f("nurses-urge-ministers-to-show-respect-and-end-1-pay-cap.txt", [
 ("We’re not asking for footballers’ wages", None, cj, P, cj_r, "pull quote",
  "pull quote with the name line 'Charlotte Jones' directly below it", "name-role-line"),
 ("We’re not asking for footballers’ wages, we’re", "just asking to", cj, P, cj_r, "body",
  "follows 'Staff nurse Charlotte Jones ... said she was concerned ...' (reported speech; cut off by end of text)", "continuation"),
])

su = "Sue Sharpe"; su_r = "PSNC chief executive"
f("pharmacies-closure-fears-amid-government-funding-cuts.txt", [
 ("It is madness and it is so damaging", "and on social care,", su, P, su_r, "body",
  "''...,' she told the BBC Radio 4 Today programme' (she = Sue Sharpe, previous paragraph)", "pronoun"),
 ("The proposals were and remain founded", "cannot accept them,", su, P, su_r, "body", "''...,' Ms Sharpe wrote'", "said-after"),
 ("We want to modernise the pharmacy sector", "in general practice by 2020,", "A Department of Health spokesman", D, "", "body",
  "''...,' a spokesman said' (after 'The Department of Health said no final decisions had been taken')", "said-after"),
 ("We have worked collaboratively", "many months.", "A Department of Health spokesman", D, "", "body",
  "next paragraph of the spokesman's quote", "continuation"),
 ("Ministers are considering a proposed package", "compared to others.", "A Department of Health spokesman", D, "", "body",
  "next paragraph of the spokesman's quote", "continuation"),
])

su_r = "PSNC chief executive"
f("psnc-vows-to-fight-profoundly-stupid-6-funding-cut.txt", [
 ("This is a bigger threat to community pharmacy", "talk about our value,", su, P, su_r, "body",
  "''...,' she said in a video link to the Sigma conference' (she = Ms Sharpe)", "pronoun"),
 ("We need to see much more commitment", "start investing more,", su, P, su_r, "body",
  "''...,' she said' (she = Ms Sharpe)", "pronoun"),
 ("Why would we [do something]", "who depend on us?", su, P, su_r, "body",
  "''...' she asked' (she = Ms Sharpe, same paragraph)", "pronoun"),
])

bk = "Dr Baker"
f("rcgp-chair-demands-bold-new-deal-for-general-practice.txt", [
 ("What makes our profession so rewarding", "we must defend it.", bk, P, "", "body",
  "follows 'Dr Baker said general practice was a ‘fantastic job’ ...' (reported speech); the excerpt never gives her first name or role", "continuation"),
 ("There has been a lot of rain", "levels are rising.", bk, P, "", "body",
  "'Dr Baker said ..., but she warned:'", "pronoun"),
 ("The wall of the dam is now crumbling", "with less and less.", bk, P, "", "body",
  "follows 'She said that the proportion ...' (reported speech)", "continuation"),
 ("The college will not stop campaigning", "from the bottom up.", bk, P, "", "body",
  "follows 'Dr Baker said it was encouraging ...' (reported speech)", "continuation"),
])

jd2_r = "RCN chief executive and general secretary"
f("rcn-government-has-one-last-chance-to-scrap-nursing-pay-cap.txt", [
 ("More than Brexit to resolve", None, jd2, P, jd2_r, "body",
  "crosshead quoting Ms Davies's words from the quote below ('it has more than Brexit to resolve')", "other"),
 ("Later this month, the RCN will launch", "to scrap the cap", jd2, P, jd2_r, "body", "'Ms Davies said:'", "said-before"),
 ("No matter which Government is formed", "years to come.", jd2, P, jd2_r, "body",
  "''She added: '' (stray opening mark before 'She'; She = Ms Davies)", "pronoun"),
 ("The next Prime Minister must not", "Government begins to listen.", jd2, P, jd2_r, "body", "next paragraph of Ms Davies's quote", "continuation"),
 ("Health and care services must be", "from across the EU.", jd2, P, jd2_r, "body", "next paragraph of Ms Davies's quote", "continuation"),
 ("Hospitals, clinics and communities", "as damaging t", jd2, P, jd2_r, "body",
  "'Ms Davies continued:' after the crosshead 'Short staffed' (cut off by end of text)", "said-before"),
])

jh_r = "secretary of state for health"
f("seven-day-plans-do-not-rely-on-spreading-workforce-more-thinly.txt", [
 ("unprecedented in length and severity", "operations cancelled.", jh, P, jh_r, "body",
  "'He said that the planned action was' (He = Hunt)", "fragment"),
 ("precisely what the government means", "a seven day NHS.", jh, P, jh_r, "body",
  "'Hunt said that he recognised that many doctors had concerns about'", "fragment"),
 ("our seven day services policy", "NHS this parliament.", jh, P, jh_r, "body",
  "'He said that, although the changes ... were cost neutral,'", "fragment"),
 ("That means our plans are not predicated", "diluting week day cover,", jh, P, jh_r, "body",
  "''...,' he said' (he = Hunt, previous sentence)", "pronoun"),
])

bkg = "Sir Bruce Keogh"; bkg_r = "NHS Medical Director"
f("sir-bruce-keogh-mediocrity-is-simply-not-good-enough.txt", [
 ("Mediocrity is simply not good enough", None, bkg, P, bkg_r, "headline",
  "headline 'Sir Bruce Keogh: '...''", "said-before"),
 ("Higher mortality rates do not always", "quality of care.", bkg, P, bkg_r, "body",
  "'..., NHS Medical Director, Sir Bruce Keogh, said:' on the line above", "said-before"),
 ("Not one of these trusts has been given", "undisclosed problems.", bkg, P, bkg_r, "body",
  "next paragraph of Sir Bruce's quote", "continuation"),
 ("to provide a clear diagnosis", None, bkg, P, bkg_r, "body",
  "'NHS Medical Director Sir Bruce Keogh said he felt it crucial'", "fragment"),
 ("I felt it was crucial to provide", "accelerate improvement.", bkg, P, bkg_r, "body",
  "follows 'Sir Bruce Keogh said he felt it crucial ...' (reported speech)", "continuation"),
 ("Mediocrity is simply not good enough and", "the next two years", bkg, P, bkg_r, "body",
  "''...', he added' (he = Sir Bruce Keogh; opened with “ and closed with \")", "pronoun"),
])

su_r = "Pharmaceutical Services Negotiating Committee (PSNC) chief executive"
f("two-years-community-pharmacy-development-lost-due-to-cuts.txt", [
 ("Clearly we must hope that NHS England", "will be the case,", su, P, su_r, "body",
  "''...,' she said' (she = Sharpe, previous paragraph)", "pronoun"),
])

rcgp = "Royal College of General Practitioners"
cg = "Clare Gerada"; cg_r = "RCGP chair"
f("uk-general-practice-at-breaking-point.txt", [
 ("double whammy of spiralling workloads", "dwindling resources", rcgp, O, "", "body",
  "'The Royal College of General Practitioners has requested ... to help tackle the'", "fragment"),
 ("Big cracks are now starting to appear", "for our patients,", cg, P, cg_r, "body", "''...,' said RCGP chair Clare Gerada'", "said-after"),
 ("The profession is now at breaking point and", "to back it up", cg, P, cg_r, "body",
  "second quoted sentence after 'said RCGP chair Clare Gerada' in the same paragraph", "continuation"),
 ("to protect GP services and protect", "longer waiting times", rcgp, O, "", "body",
  "'Now, it is calling for an emergency package ... for general practice' (it = the RCGP)", "fragment"),
 ("Last week the English Government announced", "in their communities,", cg, P, cg_r, "body", "''...,' Gerada said'", "said-after"),
])


def build():
    return label_table.build(R, prefix="H", split="heldout", out="eval/quotes/heldout.jsonl")


if __name__ == "__main__":
    recs = build()
    print(len(recs), "records")
