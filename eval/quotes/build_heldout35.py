"""Build heldout35.jsonl (the thirty-fifth held-out attribution set, over eval/corpus39) from
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

Run:  python3 eval/quotes/build_heldout35.py   (writes eval/quotes/heldout35.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus39/")

# ---------------------------------------------------------------------------
uch = "The junior doctors picketing at UCH"
f("biggest-picket-lines-yet-as-junior-doctors-strike-action-escalates.txt", [
 ("we’re behind you all the way.", None, uch, D, "", "body",
  "'At UCH they were pleased by the public support ... They had a special message to medical students: “...”' (they = the junior doctors on the UCH picket, unnamed, in Nick Evans's report; the pickets' “concessions” just after has 1 word)", "pronoun"),
 ("It must be really hard for people just about to start", "as much as anything.", uch, D, "", "body",
  "a quote with no attribution of its own straight after 'They pointed out that many of the “concessions” ... won’t apply for new trainees.' (the same pickets' reported speech)", "continuation"),
 ("Thank you for everything you have done for us,", None, "A young in-patient’s father", D, "", "body",
  "'Just before I left, a young in-patient’s father brought the junior doctors two large boxes of doughnuts. “...,” he said.' (he = the father, unnamed)", "pronoun"),
])

f("bma-council-to-meet-next-week-to-discuss-next-step-in-pensions-dispute.txt", [
 ("It would be even more perverse", "for a long time to come.", "Andrew Lansley", P, "health secretary for England", "body",
  "'the health secretary for England, Andrew Lansley, said, “...”' (a whole clause after 'said,')", "said-before"),
])

hm = "Dr Hamish Meldrum"; hm_r = "chairman of council at the BMA"
f("bma-names-day-of-action-against-pension-reform.txt", [
 ("We are taking this step very reluctantly", "for a fairer solution.", hm, P, hm_r, "body",
  "'Dr Hamish Meldrum, chairman of council at the BMA, said: “...' (left open; the headline's ‘day of action’ has 3 words)", "said-before"),
 ("But this clear mandate for action", "in the long term. .", hm, P, hm_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We are not seeking preferential treatment", "cannot be justified.", hm, P, hm_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("have been left with no option but to go forward with this action", None, "Dr Brian Keighley", P, "chairman of the BMA inScotland", "body",
  "'Dr Brian Keighley, chairman of the BMA inScotland, added that they “...”.' (built into the writer's sentence; role as printed)", "fragment"),
 ("The public will not understand or sympathise", "fair in future for everyone.", "Andrew Lansley", P, "Health secretary", "body",
  "'Health secretary Andrew Lansley said: “...”'", "said-before"),
 ("We are deeply disappointed with the announcement", "in the medical profession.", "Dean Royles", P, "director of NHS Employers", "body",
  "'Dean Royles, director of NHS Employers, said: “...' (left open; the next paragraph, “We know that doc, is cut off after 4 tokens)", "said-before"),
])

jh = "Jeremy Hunt"
f("cap-scrapped-no-word-yet-what-comes-next.txt", [
 ("I have good news – the pay cap has been scrapped.", "more flexible negotiations.", jh, P, "health secretary", "body",
  "'Mr Hunt told parliament: ‘...’' (named 'health secretary Jeremy Hunt' above; the crosshead's ‘flexible negotiations’ has 2 words)", "said-before"),
 ("improvements to public sector productivity", None, "Liz Truss", P, "Treasury chief secretary", "body",
  "'Ms Truss wrote that while there was still a need for ‘pay discipline’, ... it would partly be in return for ‘...’.' (her letter's words, built into the writer's sentence; named 'Treasury chief secretary Liz Truss' in the paragraph before; ‘pay discipline’ has 2 words)", "fragment"),
 ("Our first priority is to work with colleagues", "the Department of Health", "Josie Irwin", P, "RCN head of employment relations", "body",
  "'Ms Irwin tells Nursing Standard: ‘...' (named 'RCN head of employment relations Josie Irwin' above; cut off by the end of the excerpt)", "said-before"),
])

cw = "Cathy Warwick"
f("cathy-warwick-voting-for-strike-action-will-not-put-women-and-babies-at-risk.txt", [
 ("Voting for strike action will not put women and babies at risk", None, cw, P, "", "headline",
  "headline 'Cathy Warwick: '...'' of an OPINION page (the standfirst '... says Cathy Warwick' names her as the writer; no role in the excerpt; “yes” in the standfirst has 1 word)", "said-before"),
 ("As the number of births has risen and risen and risen", "worth a 1% pay rise", cw, P, "", "pull quote",
  "pull quote (no name line, no closing full stop) in the first-person comment piece the standfirst gives to Cathy Warwick ('I hope midwives will support the RCM ..., says Cathy Warwick'); the words are the writer's own", "other"),
])

f("consultant-contract-talks-could-hinge-on-seven-day-working.txt", [
 ("There is a growing consensus we need more seven-day services", "conditions that support that.", "A source with knowledge of current talks", D, "", "body",
  "'The source said: “...”' (the source = 'A source with knowledge of current talks' of the paragraph before, unnamed; the new “principal” grade has 1 word)", "said-before"),
])

f("exclusive-nhs-nurse-staffing-crisis-fuels-global-recruitment.txt", [
 ("The Francis Inquiry was a catalyst", "a more hidden problem", "Jane Ball", P, "", "pull quote",
  "pull quote (no closing full stop) with the bare name line 'Jane Ball' directly below it; her role is not given before the excerpt is cut off", "name-role-line"),
])

rh = "Rob Harwood"; rh_r = "the BMA Consultants Committee deputy chair for negotiations"
f("government-could-fire-and-rehire-consultants-to-introduce-new-contract-says-bma.txt", [
 ("We need to know what members think,", None, rh, P, rh_r, "body",
  "'Rob Harwood, the BMA Consultants Committee deputy chair for negotiations said that, ... “...,” he said.'", "pronoun"),
 ("That’s a powerful message to send back", "instructions and wishes.", rh, P, rh_r, "body",
  "second passage after 'he said.' in the same paragraph", "continuation"),
 ("Imposing change on existing contract holders is more difficult,", None, rh, P, rh_r, "body",
  "'Harwood said that, if consultants didn’t agree ... “...,” he said.'", "pronoun"),
 ("So the government has to use options like fire and rehire", "the law around contracts.", rh, P, rh_r, "body",
  "second passage after 'he said.' in the same paragraph", "continuation"),
 ("What they almost certainly would do", "awards going forward.", rh, P, rh_r, "body",
  "'Harwood added, “...”'", "said-before"),
])

dp = "Dave Prentis"; dp_r = "UNISON General Secretary"
f("hf-hospital-staff-join-four-hour-strike-on-monday-morning.txt", [
 ("great turnout across the country", None, "UNISON", O, "", "body",
  "'The union says that there has been a \"...\" and that it is prepared to keep up the pressure' (the union = UNISON, the subject of 'UNISON says it wants ...' above; built into the writer's sentence)", "fragment"),
 ("The fact almost all health unions", "alarm bells in Whitehall.", dp, P, dp_r, "body",
  "'Dave Prentis, UNISON General Secretary, says: \"...' (left open)", "said-before"),
 ("The anger is spreading", "far from going away.", dp, P, dp_r, "body",
  "next paragraph of his quote, re-opened with '\" ' (a mark and a space; left open)", "continuation"),
 ("All the Government has done so far", "with job cuts.", dp, P, dp_r, "body",
  "next paragraph of his quote, re-opened with '\" ' (left open; trailing spaces outside the record)", "continuation"),
 ("If the Secretary of State seriously thinks", "the Government say they c", dp, P, dp_r, "body",
  "next paragraph of his quote, re-opened with '\" '; cut off mid-word by the end of the excerpt", "continuation"),
])

f("historic-day-for-midwives-as-maternity-staff-strike-over-pay.txt", [
 ("You can’t get cheap labour and professional", "at the same time", "Terri Wogan-Webb", P, "", "pull quote",
  "pull quote (no closing full stop) with the bare name line 'Terri Wogan-Webb' directly below it; she is not named in the body of the excerpt (“listen to them”, “disgust”, “outrage” and “enough is enough” have 1-3 words)", "name-role-line"),
 ("They’re another essential part of our workforce", "can’t do without,", "Shereen Nimmo", P, "lead midwife at St Mary’s Hospital in London", "body",
  "'Shereen Nimmo, lead midwife at St Mary’s Hospital in London, said it was “absolutely disgusting” ...' then '“...,” she said.' (“absolutely disgusting” has 2 words)", "pronoun"),
 ("People are getting disenchanted with the profession.", "start to go down", "Anna White", P, "", "pull quote",
  "pull quote (no closing full stop) with the bare name line 'Anna White' directly below it", "name-role-line"),
 ("The government is not lookin", None, "Celeste Santos", P, "healthcare assistant", "body",
  "'She said she was finding it difficult to support her family ... “It’s appalling,” she said. “...' (she = healthcare assistant Celeste Santos, the last person introduced in the body; a second passage after 'she said.', cut off mid-word after 5 tokens; “It’s appalling,” has 2 words)", "continuation"),
])

nh = "Nick Hulme"; nh_r = "Ipswich Hospital Chief Executive"
ha = "Heidi Alexander"; ha_r = "Shadow health secretary"
f("news-health.txt", [
 ("care will always be safe", None, nh, P, nh_r, "body",
  "'Ipswich Hospital Chief Executive Nick Hulme said \"...\" but \"the overall effect ...\".' (built into the writer's sentence)", "fragment"),
 ("the overall effect of patients having to wait longer", "an effect on patient care", nh, P, nh_r, "body",
  "'Ipswich Hospital Chief Executive Nick Hulme said \"care will always be safe\" but \"...\".' (built into the writer's sentence; his next paragraph, signed '– Nick Hulme', has no marks)", "fragment"),
 ("sad truth is that it didn't have to come to this", None, ha, P, ha_r, "body",
  "'Heidi Alexander said the industrial action is \"deeply disappointing\" and the \"...\".' (built into the writer's sentence; the entry signed '– Shadow health secretary Heidi Alexander'; 'deeply disappointing' in the entry heading and \"deeply disappointing\" have 2 words; her three paragraphs below have no marks)", "fragment"),
 ("speaking as a doctor's wife", None, "JK Rowling", P, "", "body",
  "'JK Rowling has tweeted support ... The best-selling author, who is married to a doctor, tweeted a picture of support along with the caption: \"...\".' (the best-selling author = JK Rowling; the words of her tweet)", "description"),
])

f("intense-talks-could-improve-final-offer-on-new-consultant-contract.txt", [
 ("The best offers are going to come at the end", "commit to that.", "Dr Rob Harwood", P, "negotiator", "body",
  "'negotiator Dr Rob Harwood, said: “...”' (the headline's and the body's “intense talks” have 2 words)", "said-before"),
 ("The Government is frightened to take us on", "non-emergency weekend working).", "Dr Kevin O’Kane", P, "", "body",
  "a quote paragraph with no attribution of its own after two paragraphs of Dr Kevin O’Kane's reported speech ('Dr Kevin O’Kane accused ... He said they had failed ...', 'But last week they had asked for “intense talks” ...'; left open; no role in the text)", "continuation"),
 ("We cannot continue to negotiate under these terms.", None, "Dr Kevin O’Kane", P, "", "body", "next paragraph of his quote, closed", "continuation"),
 ("We need to see what the final offer is going to be", "three years into my", "Dr Andy Thornley", P, "", "body",
  "'But Dr Andy Thornley said: “...' (no role in the text; cut off by the end of the excerpt)", "said-before"),
])

jw = "Dr Jeeves Wijesuriya"; jw_r = "chair of the BMA’s junior doctors committee (JDC)"
f("junior-doctors-agree-to-82-pay-rise-ending-four-year-dispute.txt", [
 ("We have made major strides towards a better future for all junior doctors.", None, jw, P, jw_r, "body",
  "'Dr Jeeves Wijesuriya, the chair of the BMA’s junior doctors committee (JDC), said members had approved the deal ... He said: “...”'", "pronoun"),
 ("through a new collaborative, constructive negotiation process", "mistakes of the past", jw, P, jw_r, "body",
  "'The agreement on a new deal had come about “...”, he added.' (he = Wijesuriya, the subject of the paragraph before; built into the writer's sentence)", "fragment"),
])

mp = "Dr Mark Porter"; mp_r = "BMA leader"
f("junior-doctors-ballot-98-cent-vote-favour-strikes.txt", [
 ("We regret the inevitable disruption", "brought us to this point.", mp, P, mp_r, "body",
  "'After the result of the ballot was announced, BMA leader Dr Mark Porter said: \"...' (left open; ‘inevitable’ and ‘unsafe’ above have 1 word)", "said-before"),
 ("Our message to him is that junior doctors", "evening and weekend work.", mp, P, mp_r, "body", "next paragraph of his quote, closed", "continuation"),
])

jm = "Jim Mackey"; jm_r = "Chief Executive of NHS Improvement"
f("junior-doctors-contract-statement.txt", [
 ("It is disappointing that agreement", "NHS staff themselves.", jm, P, jm_r, "body",
  "'Jim Mackey, Chief Executive of NHS Improvement, said:' on its own line above the quote (left open)", "said-before"),
 ("A shorter working week", "compromise contract package.", jm, P, jm_r, "body", "next paragraph of his quote, closed", "continuation"),
])

sc = "Saimo Chahal QC"; sc_r = "representing Justice for Health"
f("junior-doctors-lose-court-battle-over-contracts.txt", [
 ("We must now move on from this dispute", "the junior doctors' contract.", "Department of Health", O, "", "body",
  "'In a statement, the Department of Health said it welcomed the ruling that Mr Hunt \"acted entirely lawfully\". It said: \"...' (it = the Department of Health; left open; \"acted entirely lawfully\" has 3 words)", "pronoun"),
 ("We urge the BMA to remove all threat", "importance to the NHS.", "Department of Health", O, "", "body", "next paragraph of the statement, closed", "continuation"),
 ("The key message from the judgement is this;", "anyone else thought otherwise.", sc, P, sc_r, "body",
  "'Saimo Chahal QC, representing Justice for Health, said: \"...' (left open)", "said-before"),
 ("The Justice for Health junior d", None, sc, P, sc_r, "body",
  "next paragraph of her quote, cut off mid-word after 6 tokens by the end of the excerpt", "continuation"),
])

fd = "Florence Dalton"; fd_r = "psychiatrist picketing at St. Pancras hospital in central London"
f("junior-doctors-strike-disrupts-english-hospitals.txt", [
 ("The new contract is not fair", "by the Department of Health,", fd, P, fd_r, "body",
  "'“...,” said Florence Dalton, 29, a psychiatrist picketing at St. Pancras hospital in central London.'", "said-after"),
 ("Staff are already leaving in their droves,", None, fd, P, fd_r, "body",
  "'She added that many workers ... felt “exhausted, overstretched and undervalued.” “...,” she said.' (she = Dalton; the fragment before it has 4 words)", "pronoun"),
 ("Fewer and fewer people are coming into the profession.", "makes me so angry.", fd, P, fd_r, "body",
  "second passage after 'she said.' in the same paragraph (David Cameron's “real difficulties” and “seven days a week” below have 2-4 words)", "continuation"),
])

dh = "Dorothy Hosein"; dh_r = "chief executive of Queen Elizabeth Hospital"
f("junior-doctors-strike-hundreds-of-appointments-cancelled-in-east-anglia.txt", [
 ("We are doing our best to ensure the hospital", "close to normal as possible.", dh, P, dh_r, "body",
  "'Dorothy Hosein, chief executive of Queen Elizabeth Hospital, said: '...' (left open)", "said-before"),
 ("As with previous strikes, we will contact", "please attend as normal.", dh, P, dh_r, "body", "next paragraph of her quote, closed", "continuation"),
])

lg = "Dr Lauren Gavaghan"; lg_r = "psychiatrist working in hospitals in south-east London"
f("junior-doctors-strike-will-block-600-operations-warn-nhs-chiefs.txt", [
 ("similar to a Christmas Day", None, "unclear", U, "", "body",
  "'Barts Health is one of many London trusts where only urgent and emergency care will be provided, with services “...”.' (built into the writer's sentence; the text does not say who described the services so, e.g. Barts Health or the NHS chiefs of the lead)", "other"),
 ("The NHS is doing everything possible", "already at their highest.", "Dr Anne Rainsberry", P, "national incident director for NHS England", "body",
  "'Dr Anne Rainsberry, national incident director for NHS England, said: “...”'", "said-before"),
 ("We cannot let this current contract go through", "just not safe.", lg, P, lg_r, "body",
  "'Dr Lauren Gavaghan, 35, a psychiatrist working in hospitals in south-east London, said she expected a “strong” turnout ... She said: “...' (left open; “strong” has 1 word)", "pronoun"),
 ("It’s terrible that people are going to have to wait", "years of unsafe practice.", lg, P, lg_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Saturdays are important. We feel strongly as", None, lg, P, lg_r, "body",
  "next paragraph of her quote, cut off after 7 tokens by the end of the excerpt", "continuation"),
])

jmw = "Dr Johann Malawana"; jmw_r = "Junior Doctor Committee chair"
f("junior-doctors-vote-against-bma-negotiated-contract-deal.txt", [
 ("The result of the vote is clear", "confidence of the profession.", jmw, P, jmw_r, "body",
  "'Dr Malawana said: ‘...' (named 'Junior Doctor Committee chair Dr Johann Malawana' in the paragraph before; left open)", "said-before"),
 ("Given the result, both sides must look again", "further talks take place.", jmw, P, jmw_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("Having spoken to many junior doctors", "handling of this dispute.", jmw, P, jmw_r, "body", "'Dr Malawana said: ‘...' (left open)", "said-before"),
 ("These concerns need to be fully addressed", "lead on this work.", jmw, P, jmw_r, "body",
  "next paragraph of his quote (left open; the excerpt ends here)", "continuation"),
])

f("midwives-strike-over-1-percent-pay-rise-first-in-history.txt", [
 ("This is a resounding yes from our members.", "a very modest 1% pay increase,", cw, P, "RCM chief executive", "body",
  "'“...,” said the RCM chief executive, Cathy Warwick.' (the caption lines call her 'general secretary of the Royal College of Midwives'; the attribution's role is used)", "said-after"),
 ("The RCM will be meeting with employers", "they will be safe,", cw, P, "RCM chief executive", "body",
  "'But she stressed that ... “...,” Warwick said.'", "said-after"),
 ("Employers will be concerned that this industrial action", "worry pregnant women,", "Gill Bellord", P, "director of employment relations and reward, NHS Employers", "body",
  "'NHS Employers ... said the midwives’ walkout was regrettable. “...,” said Gill Bellord, its director of employment relations and reward.' (its = NHS Employers)", "said-after"),
])

ec = "One emergency stroke consultant"
f("nhs-chiefs-are-holding-emergency-talks.txt", [
 ("Due to the pensions tax risk I no longer offer", "in the weekend rota,", ec, D, "", "body",
  "'“...,” one emergency stroke consultant said on condition of anonymity.' (unnamed; “beg and borrow” above has 3 words)", "said-after"),
 ("Many of my colleagues have done this now", "one-fifth of London.", ec, D, "", "body", "next paragraph, a quote with no attribution of its own that continues the consultant's words, closed", "continuation"),
])

rv = "Dr Richard Vautrey"; rv_r = "BMA GP committee chair"
ap = "Andrew Pow"; ap_r = "specialist medical accountant, a partner at Mazars LLP and board member at the Association of Specialist Medical Accountants (Aisma)"
f("nhs-faces-winter-chaos-pension-tax-crisis-drags-2020.txt", [
 ("This is a problem that was of the government's own making", "no change before winter.", rv, P, rv_r, "body",
  "'BMA GP committee chair Dr Richard Vautrey said: '...' (left open)", "said-before"),
 ("Waits for GP appointments will get worse.", "will get longer.", rv, P, rv_r, "body",
  "next paragraph of his quote after the crosshead 'GP pressure', closed", "continuation"),
 ("There are three or four a week coming through our door", "effect on general practice.", ap, P, ap_r, "body",
  "'Hospital consultants, meanwhile, were 'dropping like flies', he warned. '...'' (he = Andrew Pow, introduced in the paragraph before; a second passage after the attribution; 'dropping like flies' has 3 words)", "continuation"),
 ("It is an emergency we are talking about here.", None, "One of the GPs who took to social media", D, "", "body",
  "'Other GPs took to social media to urge the government to act faster, with one warning: '...'' (unnamed)", "said-before"),
 ("We have multiple trusts telling us", "increase in the number", "Chris Hopson", P, "Chief executive of NHS Providers", "body",
  "'NHS Providers said this week ... Chief executive Chris Hopson said: '...' (cut off by the end of the excerpt)", "said-before"),
])

dp2_r = "UNISON general secretary"
f("nhs-strike-dates-set-for-monday-13-october-2014.txt", [
 ("NHS members don’t take action often or lightly.", "utter contempt for them.", dp, P, dp2_r, "body",
  "'UNISON general secretary Dave Prentis said:' on its own line above the quote (left open)", "said-before"),
 ("We are working with NHS employers", "health unions about pay.", dp, P, dp2_r, "body", "next paragraph of his quote, closed", "continuation"),
])

dk = "Dame Donna Kinnair"; dk_r = "chief executive and general secretary at RCN"
f("northern-ireland-nurses-strike-pay.txt", [
 ("This is a moment every nurse wishes had never come", "saying enough is enough.", dk, P, dk_r, "body",
  "'Dame Donna Kinnair, chief executive and general secretary at RCN, said: “...' (left open)", "said-before"),
 ("Nurses are taking a stand for their patients", "allowed to continue.", dk, P, dk_r, "body", "next paragraph of her quote, closed", "continuation"),
])

pc = "Pat Cullen"; pc_r = "RCN Director"
f("nurses-to-strike-twice-in-january.txt", [
 ("Nurses in Northern Ireland are angry", "crisis in our health service,", pc, P, pc_r, "body",
  "'“...,\" said RCN Director Pat Cullen.' (opened curly, closed straight; named 'Director Pat Cullen' above)", "said-after"),
 ("By now, no-one in Northern Ireland", "Northern Ireland are facing.", pc, P, pc_r, "body", "next paragraph of the quote, straight mark (left open)", "continuation"),
 ("Yet, here we are, a day before Christmas", "again in early January.", pc, P, pc_r, "body", "next paragraph of the quote (left open)", "continuation"),
 ("We have written to the Secretary of State", "the basis of our action.", pc, P, pc_r, "body", "next paragraph of the quote, curly mark (left open)", "continuation"),
 ("We are also disappointed to hear", "institutions has failed.", pc, P, pc_r, "body", "next paragraph of the quote (left open)", "continuation"),
 ("Although we wish to see political leadership", "crisis in health care.", pc, P, pc_r, "body", "next paragraph of the quote (left open)", "continuation"),
 ("Sorting out this crisis is a priority", "another three years to wait.", pc, P, pc_r, "body", "next paragraph of the quote (left open)", "continuation"),
 ("We wonder how much longer this inaction", "the problems we are facing?", pc, P, pc_r, "body", "last paragraph of the quote, closed (the page ends here)", "continuation"),
])

f("placement-walkout-over-atrocious-bursary-removal.txt", [
 ("It shouldn’t be about whether you can afford to come", "look after people", "Hollie Haynes", P, "", "pull quote",
  "pull quote (no closing full stop; a bracketed insertion inside) with the bare name line 'Hollie Haynes' directly below it; she is not named in the body of the excerpt ('atrocious' in the headline and “atrocious” in the lead have 1 word)", "name-role-line"),
 ("loving and supporting the NHS", None, "Those taking part in the one-hour walkout", D, "", "body",
  "'Those taking part in the one-hour walkout said ... Instead of taking away resources, the government should be “...” and its staff, they said.' (they = the student nurses taking part; built into the writer's sentence; “too long” below has 2 words)", "fragment"),
])

jd = "A junior doctor"
lf = "Lord Julian Fellowes"; lf_r = "Tory peer and Downton Abbey creator"
f("question-time-junior-doctor-hunt-take-down.txt", [
 ("make sure you are safe", None, jd, D, "", "body",
  "'A junior doctor has launched an extraordinary attack on “lying” Health Secretary Jeremy Hunt, and pledged to “...”' (the unnamed medic of Question Time; built into the writer's sentence; “lying”, “seven-day” and “misleading” have 1 word)", "fragment"),
 ("It is misrepresenting and lying, frankly", "it becomes a lie.", "unclear", U, "", "body",
  "a quote on its own line with no attribution, between the paragraph on the BMJ report's author ('making clear it would be “misleading” ...') and the next paragraph on the strikes; most likely the junior doctor's words, but the text does not give them to anyone", "other"),
 ("wouldn't want my mum to go into hospital when there was a strike on", None, lf, P, lf_r, "body",
  "'Tory peer and Downton Abbey creator Lord Julian Fellowes said he “...”, and repeated the hotly contested 11,000 deaths figure' (built into the writer's sentence)", "fragment"),
 ("I wouldn't want my mum to go into hospital when there was a strike on.", None, lf, P, lf_r, "caption",
  "the embed line 'Julian Fellowes: \"...\"' standing alone under the paragraph that names him 'Lord Julian Fellowes'; the audience's \"it's not true!\" below has 3 words", "caption"),
 ("I agree with your point, 11,000 people", "Monday. They do not die at the weekend.", jd, D, "", "body",
  "'They cleared the path for the junior doctor’s attack ... His brutal take-down is worth repeating in full.' then “The stats are wrong. (4 words, not labelled) and this next paragraph of the same take-down (left open; the next, “If junior d, is cut off after 3 tokens)", "continuation"),
])

dhs = "A Department of Health spokesperson"
prb = "National Health Service Pay Review Body (NHSPRB)"
jdv = "Janet Davies"; jdv_r = "Chief Executive and General Secretary of the RCN"
f("rcn-pay-cap-deal-a-bitter-blow-to-nurses.txt", [
 ("The dedication and sheer hard work", "receive a 1% pay increase.", dhs, D, "", "body",
  "'A Department of Health spokesperson said: ‘...’' (unnamed; the headline's (twice) and the crosshead's ‘bitter blow’, ‘pleased to announce’ in the crosshead above have 2-3 words)", "said-before"),
 ("Pay tends to increase with age, experience and job tenure,", None, prb, O, "", "body",
  "'According to the report, pay increases ... ‘tend to be higher’ than the increase in average pay.' then '‘...,’ they said.' (they = the report's authors; the report is the 'report by the National Health Service Pay Review Body (NHSPRB)' of the lead; ‘tend to be higher’ has 4 words)", "pronoun"),
 ("Given this, we would expect [individual pay]", "economy-wide earnings growth.", prb, O, "", "body",
  "second passage after 'they said.' in the same paragraph, with a bracketed insertion", "continuation"),
 ("The nursing profession is rightly held in high regard", "pay the bills,", jdv, P, jdv_r, "body",
  "'Janet Davies, Chief Executive and General Secretary of the RCN, called the deal a ‘bitter blow’ to nurses. ‘...,’ she said.' (the crosshead ‘A bitter blow’ and ‘bitter blow’ have 2-3 words)", "pronoun"),
 ("With this announcement, the Government will deter", "failing to retai", jdv, P, jdv_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

mb = "Michael Brown"; mb_r = "RCN chair of council"
f("results-of-rcn-pay-poll-revealed.txt", [
 ("Getting 52,000 NHS members taking part", "cannot be ignored.", mb, P, mb_r, "body",
  "'RCN chair of council Michael Brown told congress: '...''", "said-before"),
 ("We had a significant turnout of 52,434.", None, mb, P, mb_r, "body", "'He added: '...' (he = Brown; left open)", "pronoun"),
 ("97% said the government approach to nursing pay is unfair.", "rejection of their austerity.", mb, P, mb_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("91% said they were willing to take some form of industrial action,", None, mb, P, mb_r, "body",
  "''...,' Mr Brown said, receiving applause.' (a paragraph of the open quote that carries its own attribution)", "said-after"),
 ("78% said they were willing to take strike action.", "significant result congress.", mb, P, mb_r, "body", "next paragraph of his quote, closed", "continuation"),
])

f("scrap-the-cap-pressure-mounts-to-allow-more-foreign-doctors-into-uk.txt", [
 ("It is frustrating that while one government department", "stifle those efforts.", "Charlie Massey", P, "chief executive of the GMC", "body",
  "'Charlie Massey, chief executive of the GMC, said, “...”' (two bracketed insertions inside)", "said-before"),
 ("The government needs to address this issue as a matter of urgency,", None, "Charlie Massey", P, "chief executive of the GMC", "body",
  "'He said that more overseas doctors were taking the exams ... “...,” he said.' (he = Massey)", "pronoun"),
])

f("tier-2-visa-cap.txt", [
 ("Removing doctors and nurses from the Tier 2 cap", "restriction to be reviewed.", "Dr Chaand Nagpaul", P, "", "pull quote",
  "quote block under 'Latest update 15 June 2018' with the bare name line 'Dr Chaand Nagpaul' directly below it (no role in the page)", "name-role-line"),
])

kj = "Karen James"; kj_r = "Chief executive"
f("trusts-will-struggle-to-achieve-agency-nurse-spending-caps.txt", [
 ("We’ve been clear we’re not going to be able to achieve it and other trusts are saying similar things", None, kj, P, kj_r, "pull quote",
  "pull quote (no closing full stop) with the bare name line 'Karen James' directly below it; named 'Chief executive Karen James' below (of Tameside Hospital NHS Foundation Trust, the trust of the paragraph before; “ceilings” has 1 word)", "name-role-line"),
 ("It’s going to be impossible to achieve", "being asked to this year.", kj, P, kj_r, "body",
  "'Chief executive Karen James said: “...' (after the paragraph on Tameside Hospital NHS Foundation Trust and its table; a bracketed insertion inside; left open)", "said-before"),
 ("We can make a slight inroad", "able to achi", kj, P, kj_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

sca = "Sarah Carpenter"; sca_r = "Unite national officer for health"
f("unite-health-members-vote-overwhelmingly-in-favour-of-the-nhs-pay-deal.txt", [
 ("We are pleased that our members have voted", "some tough negotiations.", sca, P, sca_r, "body",
  "'Unite national officer for health Sarah Carpenter said: “...' (left open)", "said-before"),
 ("However, we don’t regard this result", "eight years of pay austerity.", sca, P, sca_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("And it is that goal to which", "in the months ahead.", sca, P, sca_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("It should also be stressed", "cash-strapped NHS services.", sca, P, sca_r, "body",
  "next paragraph of her quote (left open; ‘new’ inside has 1 word)", "continuation"),
 ("In the first year of the three year deal", "them of 6.5 per cent.", sca, P, sca_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("It is expected that the backdated pay", "end of July.", sca, P, sca_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("There are still a number of issues", "support their apprentices.", sca, P, sca_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("buying and selling annual leave for pay", None, "", N, "", "body",
  "nested inside her quote: ‘...’ names an item of the deal to be settled locally ('such as ‘...’'), not anyone's speech", "other"),
 ("There are also the ongoing discussions", "Wales and Northern Ireland.", sca, P, sca_r, "body", "last paragraph of her quote, closed (the page ends here)", "continuation"),
])

f("devastating-hunt-hits-back-junior-doctors.txt", [
 ("I want to talk, I want to sit round the table", "all outstanding issues.", jh, P, "Health Secretary", "body",
  "'Hunt told BBC Breakfast the strikes would lead to ‘absolute misery’ ... He said he had already ‘bent over backwards’ ... He said:' closing the paragraph above the quote (he = Health Secretary Jeremy Hunt, named in the lead; left open; the headline's ‘Devastating’, ‘devastating news.’, ‘seven day NHS.’, ‘absolute misery’ and ‘bent over backwards’ have 1-3 words)", "pronoun"),
 ("I think junior doctors work incredibly hard", "hardest-working people in the NHS.", jh, P, "Health Secretary", "body", "next paragraph of his quote (left open)", "continuation"),
 ("And we want to resolve this through co-operation", "doctors’ strike in NHS history.", jh, P, "Health Secretary", "body", "next paragraph of his quote, closed", "continuation"),
])

label_table.build(R, prefix="AJ", split="heldout35", out="eval/quotes/heldout35.jsonl")
