"""Build heldout20.jsonl (the twentieth held-out attribution set, over eval/corpus23) from
the hand-written label table below.

Same method as build_heldout17.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout20.py   (writes eval/quotes/heldout20.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus23/")

# ---------------------------------------------------------------------------
rv = "Dr Richard Vautrey"; rv_r = "BMA GP Committee chair"
f("1-in-10-clinical-directors-plans-to-resign-from-networks-in-next-12-months.txt", [
 ("limited availability of sufficiently trained or qualified candidates", None, "BMA", O, "", "body",
  "'which the BMA said it believed was due to ‘...’' (the BMA's report on its survey; built into the writer's sentence; ‘negative’, ‘unmanageable’ and ‘low levels of reimbursement’ above have 1-4 words)", "fragment"),
 ("cannot be expected to solve all problems facing the profession", None, rv, P, rv_r, "body",
  "'BMA GP Committee chair Dr Richard Vautrey said the survey shows PCNs ‘...’' (built into the writer's sentence)", "fragment"),
])

f("all-gps-will-be-required-to-declare-conflicts-of-interest-to-ccgs.txt", [
 ("All GPs who provide essential primary medical services", "members of a CCG,",
  "a spokesperson from the NHS Commissioning Board (NHS CB)", D, "", "body",
  "'“...,” said the spokesperson.' (the spokesperson = 'a spokesperson from the NHS Commissioning Board (NHS CB)' in the paragraph before; “further clarification” and ‘CCG members’ above have 2 words)", "said-after"),
 ("CCGs must maintain registers of interest", "any other employees of the group.",
  "a spokesperson from the NHS Commissioning Board (NHS CB)", D, "", "body",
  "next paragraph of the spokesperson's quote, opened with a closing-style mark (”) and left open", "continuation"),
 ("CCGs must also make arrangements", "within 28 days.",
  "a spokesperson from the NHS Commissioning Board (NHS CB)", D, "", "body", "next paragraph of the spokesperson's quote, closed", "continuation"),
 ("more of a problem in theory rather than in practice", None, "Ben Troke", P, "Partner at law firm Browne Jacobson LLP", "body",
  "'Troke predicted ... the burden of CoI registers will be “...”' (named in full as 'Ben Troke, Partner at law firm Browne Jacobson LLP' above; built into the writer's sentence)", "fragment"),
])

f("at-what-point-does-gp-led-commissioning-stop-being-gp-led.txt", [
 ("Astounding, as these reforms", "back to PCTs.", "Roy Lilley", P, "health commentator", "body",
  "'The health commentator Roy Lilley said: ‘...’'", "said-before"),
 ("Whatever happened to giving control to GPs?", None, "Dr Gabriel Scally", P, "", "body",
  "'Dr Gabriel Scally put it even more pithily: ‘...’' (no role given)", "said-before"),
])

cn = "Dr Chaand Nagpaul"
nhscb = "A NHSCB spokeswoman"
f("birmingham-merger-creates-englands-fourth-largest-ccg.txt", [
 ("CCG authorisation is on a tight timetable.", "is suboptimal.", cn, P, "GPC negotiator", "body",
  "'He said: ‘...' after 'GPC negotiator Dr Chaand Nagpaul said he did not object ...' (he = Nagpaul; left open)", "pronoun"),
 ("If they can show the demonstrable support", "support of member GPs.", cn, P, "GPC negotiator", "body", "next paragraph of his quote (left open)", "continuation"),
 ("As CCGs become larger", "enable GP engagement.", cn, P, "GPC negotiator", "body", "next paragraph of his quote, opened with a straight mark (left open)", "continuation"),
 ("It is important that CCGs get it right", "meet a deadline.", cn, P, "GPC negotiator", "body", "next paragraph of his quote, opened straight and closed curly", "continuation"),
 ("Cross City and NHS North East Birmingham have made", "Birmingham Cross City CCG.", nhscb, D, "", "body",
  "'A NHSCB spokeswoman said: ‘...' (left open)", "said-before"),
 ("This means that the number of proposed CCGs", "in line with this change.", nhscb, D, "", "body", "next paragraph of her quote, closed", "continuation"),
])


stc = "NHS St Helens CCG"
f("ccg-backs-down-on-plan-to-block-all-non-urgent-gp-referrals.txt", [
 ("in light of feedback to date", None, stc, O, "", "body",
  "'But the CCG said it had decided to withdraw the option ‘...’' (the CCG = NHS St Helens CCG; built into the writer's sentence; ‘unacceptable’ in the lead has 1 word)", "fragment"),
 ("it is clear that one of the options, pausing non-urgent referrals, is not supported", None, stc, O, "", "body",
  "'In a press release the CCG said that ‘...’' (built into the writer's sentence)", "fragment"),
 ("For this reason, we are withdrawing this option.", None, stc, O, "", "body",
  "'The statement continued: ‘...’' (the CCG's press release; as 'The statement from the alliance added:' in the seventeenth set)", "description"),
 ("Since the consultation began", "withdraw it from the consultation.", "Mr Geoffrey Appleton", P, "NHS St Helens CCG lay chair", "body",
  "'NHS St Helens CCG lay chair Mr Geoffrey Appleton said: ‘...' (left open)", "said-before"),
 ("The financial challenges NHS St Helens CCG faces", "funding gap.", "Mr Geoffrey Appleton", P, "NHS St Helens CCG lay chair", "body", "next paragraph of his quote (left open)", "continuation"),
 ("We will continue to work with our partners", "we will continue to", "Mr Geoffrey Appleton", P, "NHS St Helens CCG lay chair", "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

de = "Dr Dean Eggitt"; de_r = "medical secretary for Doncaster LMC"
f("ccg-changes-gp-contract-from-pms-to-apms-during-procurement.txt", [
 ("was challenged by a bidder", None, de, P, de_r, "body",
  "'Dr Dean Eggitt, medical secretary for Doncaster LMC, said his understanding was that the contract tender ‘...’' (built into the writer's sentence; ‘caretaker’ above has 1 word)", "fragment"),
 ("they decided that they didn’t want to have the fight", "more open competition", de, P, de_r, "body",
  "'... ‘was challenged by a bidder’ and ‘...’' (second fragment of the same sentence)", "fragment"),
 ("more of an open procurement", None, "NHS Doncaster CCG", O, "", "body",
  "'NHS Doncaster CCG confirmed to Pulse that the procurement change was made because ‘...’' (built into the writer's sentence)", "fragment"),
 ("because the area is so deprived and in need of long-term investment", None, de, P, de_r, "body",
  "'But Dr Eggitt told Pulse that it was originally decided to procure a PMS contract ‘...’' (built into the writer's sentence)", "fragment"),
 ("Whilst the contracts did go out as a PMS", "on a five-year contract.", de, P, de_r, "body", "'He said: ‘...’' (he = Eggitt)", "pronoun"),
 ("attracts the wrong sort of provider in our LMC", None, de, P, de_r, "body",
  "'He added that procuring an APMS contract ‘...' (built into the writer's sentence); cut off by the end of the excerpt", "fragment"),
])

f("ccg-mergers-a-legal-perspective.txt", [
 ("process to merge two or more CCGs", "individual CCGs throughout the process.", "NHS England", O, "", "body",
  "'NHS England’s Procedures for CCGs to apply for constitution change, merger or dissolution sets out ... It also emphasises that the, ‘...’' (the words of NHS England's procedures document; built into the writer's sentence and running on over two sentences)", "fragment"),
])

cb = "Conor Burke"; wm = "Waseem Mohi"
f("ccgs-given-legal-directions-over-finance-and-appointments.txt", [
 ("ensure that it operates within its annual budget", "subsequent years", "NHS England", O, "", "body",
  "'Barking and Dagenham CCG was ordered last week to undertake a governance review and “...”' (the legal directions the lead says NHS England gave; built into the writer's sentence)", "fragment"),
 ("The CCGs [Barking and Dagenham, Havering, and Redbridge]", "at an STP level.", cb, P, "chief officer", "body",
  "'In a board paper ..., chief officer Conor Burke said: “...' (the bracketed insertion is inside the quote; left open)", "said-before"),
 ("We have secured local agreement", "at aggregate level.", cb, P, "chief officer", "body", "next paragraph of his quote (left open)", "continuation"),
 ("This reduces the 2017-18 ask", "for the coming year.", cb, P, "chief officer", "body", "next paragraph of his quote, closed", "continuation"),
 ("We have been focussing our efforts", "in lower cost settings.", wm, P, "Barking and Dagenham CCG chair", "body",
  "'Barking and Dagenham CCG chair Waseem Mohi said in a report to the governing body: “...' (left open)", "said-before"),
 ("However, some of the proposals involve very difficult choices", "we will be enga", wm, P, "Barking and Dagenham CCG chair", "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

jm = "Dr Johnny Marshall"; jm_r = "interim partnership development director of NHS Clinical Commissioners (NHSCC)"
f("ccgs-may-take-five-years-to-be-successful-say-commissioning-leaders.txt", [
 ("Clinical leadership will successfully shape general practice.", "relationships and partnerships.", jm, P, jm_r, "body",
  "'Dr Marshall, a former chair of the NAPC and GP in Wendover, Buckinghamshire, said: ‘...’' (role as first introduced; ‘improving’ and ‘not good’ above have 1-2 words)", "said-before"),
 ("You can’t just come in and stop people from referring", "culture of the organisation.", jm, P, jm_r, "body",
  "re-opened in the next paragraph after his closed quote, with no attribution of its own", "continuation"),
 ("starting from a different position", None, jm, P, jm_r, "body",
  "'Dr Marshall said the process would be slower for some as CCGs were ‘...’' (built into the writer's sentence)", "fragment"),
 ("The reality is you can’t put a timetable", "you must all have", jm, P, jm_r, "body",
  "'He said: ‘...' (he = Marshall); cut off by the end of the excerpt", "pronoun"),
])


bwd = "Blackburn with Darwen Clinical Commissioning group"
f("conflicts-of-interest-stymie-ccg-decision-making.txt", [
 ("informed the meeting that, due to the number of GP executive members", "a decision could not be taken", bwd, O, "", "body",
  "'However, minutes state that CCG chairman Joe Slater then “...”' (the governing body's minutes, which report Slater's statement in the third person: the words are the minutes', not his; built into the writer's sentence)", "fragment"),
 ("act on behalf of the governing body", "the preferred option", bwd, O, "", "body",
  "'The minutes state that ... the CCG’s chairman and its clinical chief officer would “...”' (the governing body's minutes; built into the writer's sentence)", "fragment"),
])

f("continuity-fears-as-only-temporary-gp-contracts-awarded-since-nhs-act.txt", [
 ("NHS England has also confirmed that there have been no GMS or PMS contracts", "since 2013.", "David Mowat", P, "health minister", "body",
  "'Mr Mowat added: ‘...’' (named in full as 'health minister David Mowat' above, answering an MP's question; 'disruption' above has 1 word)", "said-before"),
])

sg = "Sarah Gorton"; sg_r = "Unison’s deputy head of health"
f("dial-111-for-an-emergency.txt", [
 ("NHS Direct – a trusted provider- is saying", "the 111 model is wrong,", sg, P, sg_r, "body",
  "'“...,” she said.' after 'Unison’s deputy head of health, Sarah Gorton, said a fundamental review is required.' (the 1-word quotes “delay”, ”failure”, “meltdown” and “crisis” are left out)", "pronoun"),
 ("These contracts should not simply be re-issued.", "ambulance and A&E services.", sg, P, sg_r, "body", "next paragraph of her quote, closed", "continuation"),
])

rvh = "Richard Vautrey"; rvh_r = "British Medical Association GP committee chair"
f("doctors-demand-nhse-reconsider-watered-down-ccg-merger-rules.txt", [
 ("watered down the need for commissioners", "before pursuing mergers", rvh, P, rvh_r, "body",
  "'In a letter to NHS England ..., British Medical Association GP committee chair Richard Vautrey warned official guidance in April had “...”' (built into the writer's sentence; the standfirst's “extremely alarmed” has 2 words)", "fragment"),
 ("We have heard from members who are extremely alarmed", "sufficient engagement with, local GPs…", rvh, P, rvh_r, "body",
  "'He wrote: “...' (he = Vautrey; his letter; left open, ending in an ellipsis)", "pronoun"),
 ("However, GPC strongly believes", "local member practices and PCNs.", rvh, P, rvh_r, "body", "next paragraph of his letter's quote, closed", "continuation"),
 ("constituting a significant loss of expertise", "specific localities and populations", rvh, P, rvh_r, "body",
  "'Dr Vautrey warned CCG mergers ... could reduce clinicians’ input “...”' (built into the writer's sentence)", "fragment"),
 ("will honour previous commitments or increase investment further", None, rvh, P, rvh_r, "body",
  "'He also raised concerns over ... whether newly-merged CCGs “...”' (built into the writer's sentence)", "fragment"),
 ("Financial transparency and accountability to member practices", "extremely impor", rvh, P, rvh_r, "body",
  "a quote paragraph with no attribution of its own directly after Vautrey's reported concerns; cut off mid-word by the end of the excerpt", "continuation"),
])

f("exclusive-practices-risk-future-les-funding-uncertain.txt", [
 ("these matters are still being finalised", None, "Luton CCG", O, "", "body",
  "bullet 'Luton CCG said ‘...’ as of 28 February ...' (built into the writer's sentence; the headline's 'uncertain' and the lead's 'great uncertainty', 'implode' and 'stabilise' have 1-2 words)", "fragment"),
 ("at the end of this financial year", None, "unclear", U, "", "body",
  "bullet 'Final details of enhanced services in West Leicestershire CCG will be published ‘...’' (passive: the text does not say who gave the date, though the bullets list commissioners' answers; as the passive 'it was announced ...' in the seventeenth set)", "other"),
 ("does not know the Warrington CCG intentions at this time", None, "NHS Warrington", O, "", "body",
  "bullet 'NHS Warrington said that as of 6 March, it ‘...’' (built into the writer's sentence; NHS Bexley Care Trust's 'commercially sensitive' below has 2 words)", "fragment"),
])

f("gp-anger-destructive-apms-policy-nhs-england.txt", [
 ("destroy the entire ethos of long-term holistic care", "general practice is based on", "Senior GPC figures", D, "", "body",
  "'Senior GPC figures said the policy represented poor value for money and warned it could ‘...’' (unnamed; built into the writer's sentence; the headline's 'destructive' and the lead's 'swathes' have 1 word)", "fragment"),
])

nwl = "A spokesperson for the NWL collaboration of CCGs"
f("gp-members-vote-against-eight-way-ccg-merger.txt", [
 ("not be in the interests of the patients of smaller practices", None, "West London CCG’s GP members", D, "", "body",
  "'The GPs said they were worried that the merger would ‘...’' (the GPs = the GP members of West London CCG who voted against the merger; unnamed; built into the writer's sentence)", "fragment"),
 ("independently of the vote results", None, nwl, D, "", "body",
  "'A spokesperson for the NWL collaboration of CCGs told Healthcare Leader that the initial merger submission is made ‘...’' (built into the writer's sentence)", "fragment"),
 ("The decision by West London CCG GP members", "responding to their concerns.", nwl, D, "", "body",
  "'She said: ‘...' (she = the spokesperson; left open, a trailing space after the last word)", "pronoun"),
 ("We think it is in the best interests", "CCG from April 2021", nwl, D, "", "body",
  "next paragraph of her quote, closed before the full stop", "continuation"),
])

mr = "Dr Mark Reynolds"; mr_r = "chair of Urgent Health UK"
f("gp-out-of-hours-providers-should-run-nhs-111.txt", [
 ("It is fair to say where it’s working around the country", "GP out-of-hours services,", mr, P, mr_r, "body",
  "'He said out-of-hours organisations could take on the contracts. ‘...,' he said.' (he = Reynolds, introduced as 'chair of Urgent Health UK, an umbrella body for GP co-op successor organisations'; the headline's 'should run NHS 111' has 4 words, 'worrying flaws' and ‘de facto solution’ 2-3)", "pronoun"),
 ("bit of flexibility in the model", None, mr, P, mr_r, "body",
  "'The service needs a ‘...’, he added.' (built into the writer's sentence)", "fragment"),
 ("I think a sensible solution would be", "once it has stabilised.", mr, P, mr_r, "body",
  "a second quote in the same paragraph after 'he added.', with no attribution of its own", "continuation"),
])

fj = "Dr Farah Jameel"; fj_r = "BMA GP Committee executive team lead for clinical and prescribing"
f("gp-referrals-being-knocked-back-by-referral-management-system.txt", [
 ("We need to get rid of arbitrary local criteria", "this creates.", fj, P, fj_r, "body",
  "'Responding, Dr Jameel said: '...' (named in full above, '... said BMA GP Committee executive team lead for clinical and prescribing, Dr Farah Jameel.'; left open; 'arbitrary local procedures' in the lead has 3 words)", "said-before"),
 ("The fundamental problem is that CCGs", "extensive consultation.", fj, P, fj_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("My personal experience is that", "and making it", fj, P, fj_r, "body", "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

f("gpc-challenges-decision-to-open-all-new-gp-contracts-to-competition-after-legal-advice.txt", [
 ("does not accord with current procurement regulations", None, "GPC", O, "", "body",
  "'The GPC will send a letter to NHS England (London) area team ... stating that ... ‘...’' (the GPC's letter; built into the writer's sentence)", "fragment"),
 ("destroy the fabric and ethos", None, cn, P, "GPC chair", "body",
  "'The letter ... will call on NHS England to reverse its policy, which GPC chair Dr Chaand Nagpaul – writing in Pulse today – warns will ‘...’ of general practice.' (built into the writer's sentence)", "fragment"),
 ("NHS procurement regulations, as well as guidance from Monitor, clearly allo", None, cn, P, "GPC chair", "body",
  "'Dr Nagpaul writes: ‘...' (his article in Pulse; cut off mid-word by the end of the excerpt)", "said-before"),
])

lbm = "Dr Laurence Buckman"; lbm_r = "chair of the British Medical Association’s GP Committee"
f("gpc-gps-should-be-telling-ccgs-what-to-do.txt", [
 ("GPs should be telling CCGs what to do", None, "GPC", O, "", "headline",
  "headline 'GPC: ‘...’' (the committee named as speaker, as in 'Dr Chaand Nagpaul: '...'' headlines; the body gives nearly the same words to its chair, Dr Laurence Buckman)", "said-before"),
 ("CCGs are membership organisations as we keep on being told", "the PCTs they replace,", lbm, P, lbm_r, "body",
  "'“...,” he said.' after 'In his speech to the LMC conference ... Dr Laurence Buckman called upon GPs ...' (the lead's 'the chair of the British Medical Association’s GP Committee'; “unacceptable structures” has 2 words)", "pronoun"),
 ("GPs should be telling [CCGs] want to do", "needs to make it so.", lbm, P, lbm_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("because it is the only way to influence what CCGs will become", None, lbm, P, lbm_r, "body",
  "'Dr Buckman also said the GPC will continue to work with GPs developing CCGs “...”' (built into the writer's sentence; “pragmatic engagement” below has 2 words)", "fragment"),
 ("GPC has to represent those who would change our NHS forever", "stay as it is,", lbm, P, lbm_r, "body", "'“...,” he said.'", "pronoun"),
 ("GPC has to deter the potential the potential harm", "democratically involved in CCGs.", lbm, P, lbm_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Ordinary GPs must be there.", None, lbm, P, lbm_r, "body", "next paragraph of his quote, closed", "continuation"),
])

gpne = "A GP partner who works for a CCG in the north east"
gpy = "A GP partner in Yorkshire"
f("gps-really-think-ccgs.txt", [
 ("Because the changes are coming at a time of reduced resources", "delivering better care.", gpne, D, "", "body",
  "'A GP partner who works for a CCG in the north east, but did not want to be named, said: '...' (anonymous; left open)", "said-before"),
 ("The pressure to save money and go to private providers", "administrative workload.", gpne, D, "", "body", "next paragraph of the quote, closed", "continuation"),
 ("In theory, having GPs more involved is positive", "choice over the decis", gpy, D, "", "body",
  "'A GP partner in Yorkshire, who also wished to remain anonymous, said: '...' (anonymous); cut off mid-word by the end of the excerpt", "said-before"),
])

tg = "Dr Tony Grewal"; tg_r = "medical director of Londonwide LMCs"
f("gps-receive-slap-in-the-face-over-referral-safeguards.txt", [
 ("procedures of low clinical effectiveness", None, "", N, "", "body",
  "'unilaterally imposing a new ‘...’ policy on GPs' (the name of NHS North Central London's policy, not anyone's speech; the headline's ‘slap in the face’ has 4 words and the lead's ‘when appropriate’ 2)", "other"),
 ("a GP must be able to directly refer to secondary care when this is in a GP’s opinion appropriate", None, "LMC leaders", D, "", "body",
  "'LMC leaders had been lobbying to get NHS North Central London to underpin the new policy with a series of principles – including a guarantee that ‘...’' (the leaders' principle; built into the writer's sentence)", "fragment"),
 ("LMCs have been working desperately hard", "a simple request for advice.", tg, P, tg_r, "body",
  "'Dr Tony Grewal, medical director of Londonwide LMCs, and a GP in Hillingdon said: ‘...’'", "said-before"),
 ("We have bent over backwards", "delivered in this way.", tg, P, tg_r, "body",
  "re-opened in the next paragraph after his closed quote, with no attribution of its own", "continuation"),
 ("it is a GP’s professional responsibility", "consultant or other clinician", "Londonwide LMCs", O, "", "body",
  "'Londonwide LMCs is promoting 10 principles for referral rationing, beginning with ‘...’' (the principles' words; built into the writer's sentence)", "fragment"),
 ("a GP must be able to directly refer to", None, "Londonwide LMCs", O, "", "body",
  "'... and ‘...' (the same principle as the LMC leaders' guarantee above, now given as Londonwide LMCs'); cut off by the end of the excerpt", "fragment"),
])

f("gps-still-not-sold-on-ccgs.txt", [
 ("CCGs are at the heart of the government’s strategy", "improving patient outcomes,", "Tim Ringrose", P, "chief executive", "body",
  "'“...,” says Tim Ringrose, chief executive of, which conducted the poll for PharmaTimes Magazine.' (the firm's name is missing after 'of'; “no difference”, “extremely unsuccessful”, “unsuccessful” and “successful” above have 1-2 words)", "said-after"),
 ("If CCGs are to balance competing budgetary needs", "they mu", "unclear", U, "", "body",
  "a quote paragraph cut off by the end of the excerpt before any attribution, after a paragraph on a King's Fund report (whose finance leads' “very pessimistic” has 2 words); Ringrose is the only quoted person so far, but the speaker may be named after the cut", "other"),
])

cqc = "CQC"
f("inadequate-gp-practice-avoids-cqc-deregistration-by-appealing-to-tribunal.txt", [
 ("the process of preventing the provider from operating the service", None, cqc, O, "", "body",
  "'the CQC began ‘...’ in November 2017' (the words of the CQC's report; built into the writer's sentence; ‘Inadequate’, ‘inadequate’, ‘very rare’ above have 1-2 words)", "fragment"),
 ("The provider appealed against this action", "first tier tribunal.", cqc, O, "", "body",
  "'But the report said: ‘...’' (the CQC's inspection report)", "description"),
 ("and prior to the scheduled tribunal hearing", "added to their registration", cqc, O, "", "body",
  "'It added that after further inspection in July 2018 ‘...’' (it = the report; built into the writer's sentence; ‘day to day operations’ and ‘requires improvement’ below have 2-4 words, ‘there was still n' is cut off)", "fragment"),
])

nmc = "Newcastle Medical Centre"
f("inadequate-rated-gp-practice-brings-judicial-review-claim-against-cqc.txt", [
 ("is disappointed that CQC has currently rated", "and “well-led”.", nmc, O, "", "body",
  "'In a statement it said it ‘...' (it = the practice, Newcastle Medical Centre; built into the writer's sentence and left open, so it runs to the paragraph end; the nested “effective” and “well-led” have 1 word)", "fragment"),
 ("Due to the way in which CQC rates practices", "in special measures.", nmc, O, "", "body", "next paragraph of the practice's statement, closed", "continuation"),
 ("in relation to CQC’s processes adopted during and after", "rating that CQC has given", nmc, O, "", "body",
  "'It is pursuing a judicial review claim ‘...’' (it = the practice; built into the writer's sentence)", "fragment"),
 ("One of the main areas of challenge", "without adequate reasons being given.", nmc, O, "", "body", "'The practice said: ‘...’'", "said-before"),
 ("did not consistently detail discussion", "learning to lead improvements", cqc, O, "", "body",
  "'After last month’s follow-up inspection the CQC said ... It said that records of significant events ‘...’' (it = the CQC; built into the writer's sentence; ‘ensu' below is cut off)", "fragment"),
])

f("largest-ccg-given-new-legal-directions-as-finances-sink.txt", [
 ("having a severe impact on patient care", None, "Northern, Eastern and Western Devon CCG", O, "", "body",
  "'Neither the CCG nor the providers could identify further savings without “...”, CCG governing body papers said.' (the CCG's governing body papers; built into the writer's sentence; “next tier of management” and “capped expenditure process” above have 3-4 words)", "fragment"),
])

f("lmc-conference-story-so-far.txt", [
 ("no part in charging patients for care", None, "Dr Laurence Buckman", P, "GPC Chair", "body",
  "'GPC Chair Dr Laurence Buckman said patients should not be blamed ... and claimed he wanted “...”' (built into the writer's sentence)", "fragment"),
 ("taking so long to wake up to the malignant effects", "Health and Social care Act", "", N, "", "body",
  "'Dr Paul Hobday from Kent LMC puts forward a motion to give a ‘slap on the wrist’ to BMA leadership for “...”' (the motion's wording; the text does not say anyone said it; ‘slap on the wrist’ has 4 words)", "other"),
 ("fundamental undermining of the BMA", None, "Dr Fay Wilson", P, "GPC member", "body",
  "'GPC member Dr Fay Wilson launches a spirited defence to the motion, calling it “...”' (built into the writer's sentence)", "fragment"),
])

f("lmcs-conference-2011-as-it-happened.txt", [
 ("resist by all possible means", "renegotiate the GP pension scheme", "", N, "", "body",
  "'The key vote on GP pensions, and whether the GPC should '...'. Delegates reject the motion.' (the motion's wording; no one is said to say it)", "other"),
 ("You may say I'm a dreamer, but I'm not the only one", None, "Dr Andrew Taylor", P, "", "body",
  "'Dr Andrew Taylor also wants the conference in Liverpool. '...'.' (a quote after the writer's sentence about him, with no verb of its own; no role given)", "continuation"),
 ("I am the Eggman, I am the Walrus", None, "Dr Andrew Taylor", P, "", "body",
  "'But he also said, '...'' (he = Taylor)", "pronoun"),
])

f("lmcs-conference-2012-live-blog-pulse.txt", [
 ("It's time to stand up and be counted", None, "Dr Fay Wilson", P, "", "headline",
  "a linked story's headline 'Dr Fay Wilson: '...'' (a name-and-colon headline, as 'Dr Chaand Nagpaul: '...''; 'shocking complacency' above has 2 words)", "said-before"),
 ("Please listen before we run out of GPs", None, "Laurence Buckman", P, "", "headline",
  "a linked story's headline over two lines, ''...': / Laurence Buckman opens LMCs conference' (the speaker named after the quote)", "said-after"),
 ("traditional primary care tailored to individual needs", None, "LMCs", O, "", "body",
  "'15.30 QOF QP indicators are interfering with GPs capacity to deliver '...', say LMCs.' (attributed with 'say', so the LMCs' words rather than bare motion wording; Dr Chaand Nagpaul's 'an impossible task' above has 3 words)", "fragment"),
])

gm = "Gary Marlowe"; gm_r = "BMA London regional council chair"
f("london-rationing-scheme-will-hit-gp-workload-patient-care-bma-fears.txt", [
 ("a substantial impact on quality of life", None, "Healthy London Partnership", O, "", "body",
  "'Plans set out by the Healthy London Partnership ... GPs will be required to prove that patients face '...'' (the plans' words; built into the writer's sentence; the headline's 'rationing' and the lead's 'cover for rationing' have 1-3 words)", "fragment"),
 ("This brief window of consultation does not allow", "risks to patient safety,", gm, P, gm_r, "body",
  "'‘...,’ he warned.' after '... a timeframe that BMA London regional council chair Gary Marlowe says is not enough ...' (he = Marlowe; ‘London Choosing Wisely’ has 3 words)", "pronoun"),
 ("People expecting key interventions such as hip surgery", "ordinarily available elsewhere.", gm, P, gm_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Given the current pressures on GP practices", "in short supply.", gm, P, gm_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("looks like another cover for rationing", None, "Jackie Applebee", P, "Tower Hamlets GP", "body",
  "'Tower Hamlets GP Jackie Applebee said the review process ‘...’' (built into the writer's sentence)", "fragment"),
])

nl = "NHS London"
f("nhs-managers-plan-to-procure-significant-number-of-apms-contracts-in-new-year.txt", [
 ("inform and engage with current and potential providers", "during 2013/14 and 2014/15", nl, O, "", "body",
  "'The NHS London event, held in London, intended to ‘...’' (the event's stated aim, NHS London's words; built into the writer's sentence; ‘significant number’, ‘roughly ten’, ‘engagement event’ and ‘standardised’ above have 1-2 words)", "fragment"),
 ("Whilst the immediate focus of discussions", "specification and KPIs .", nl, O, "", "body",
  "'The publicity for the event added: ‘...’' (NHS London's publicity; as 'The statement from the alliance added:' in the seventeenth set; the space before the last full stop is inside the marks)", "description"),
])

f("nhs-services-ccg-commissioning-issues-need-attention.txt", [
 ("I agree with much with what you’ve said Peter", "like it used to.", "Michael Angel", P, "", "body",
  "'So thanks to Michael Angel (who works for Ensemble Purchasing, ...) for agreeing to let us do that in his case. Here are his thoughts on ...' then his reader comment, run as the article, opened with a straight mark and never closed (the relative clause is not a role; the later paragraphs of the comment carry no marks and are not labelled; '\"comment\"' has 1 word)", "pronoun"),
])

md = "Dr Michelle Drage"; md_r = "chief executive of Londonwide LMCs"
f("opening-up-less-to-competition-will-lead-to-mass-gp-redundancies-says-lmc-leader.txt", [
 ("Practices will see reductions in LESs.", "always being considered.", md, P, md_r, "body",
  "'She said: ‘...' (she = Dr Drage; left open; ‘limited value', ‘only capable providers', ‘mistake', ‘ripping up' and ‘without consultation' above have 1-3 words)", "pronoun"),
 ("It won't take much to tip them", "really is on the margins.", md, P, md_r, "body", "next paragraph of her quote, closed with a straight mark", "continuation"),
 ("Sessional GPs are already experiencing pressure.", "hours' being reduced.", md, P, md_r, "body",
  "'The move could lead to staff redundancies, including sessional GPs, she said: ‘...' (the straight mark in 'GPs hours'' is an apostrophe; left open)", "pronoun"),
 ("Losing locums, losing regular appointments", "[lead to sessional GP redundancies].", md, P, md_r, "body",
  "next paragraph of her quote, closed (the bracketed insertion is inside the quote)", "continuation"),
 ("LMCs are certainly worried about it", "mentioned on the fact sheet.", md, P, md_r, "body",
  "'She added that LMCs should have consulted ... and she has alerted the GPC to this issue: ‘...''", "pronoun"),
 ("We are working with the GPC and we hope the", None, md, P, md_r, "body",
  "re-opened in the next paragraph after her closed quote, with no attribution of its own; cut off by the end of the excerpt", "continuation"),
])

f("practice-immediately-shut-down-after-cqc-found-non-qualified-individual-taking-consultations.txt", [
 ("safe, effective, caring, having responsive services and being well led", None, cqc, O, "", "body",
  "'the CQC said that the practice was failing in all areas including being ‘...’' (built into the writer's sentence; ‘serious risk of harm’, ‘unqualified individual’ and ‘inadequate’ above have 1-4 words)", "fragment"),
 ("significant and immediate concern and placed patients at risk of harm", None, cqc, O, "", "body",
  "'Among the issues highlighted by the CQC were that the levels of GP cover were of a ‘...’' (built into the writer's sentence)", "fragment"),
 ("no evidence that he was qualified to practise", "a physician’s assistant", cqc, O, "", "body",
  "'the CQC said there was ‘...’' (built into the writer's sentence)", "fragment"),
 ("We found the levels of GP cover to be of significant and immediate concern", "was not a GP or nurse.", cqc, O, "", "body",
  "'The practice’s CQC inspection report said: ‘...' (the CQC's report; left open)", "description"),
 ("We were told by staff that this person", "the individual’s re", cqc, O, "", "body",
  "next paragraph of the report's quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("rise-of-the-federation-how-gps-are-meeting-the-challenge-of-competition.txt", [
 ("More needs to be done.", None, "", N, "", "body",
  "'It was followed by a very similar call to action for London ... One chapter was headed, “...”' (a chapter heading of a document, not anyone's speech)", "other"),
 ("We caution against the development of", "philosophy or vision,", "Royal College of General Practitioners (RCGP)", O, "", "body",
  "'“...,” said the college' (the college = the Royal College of General Practitioners (RCGP) named in the sentence before, on its 2007 proposal; the nested ‘super surgeries’ and ‘polyclinics,’ have 1-2 words)", "said-after"),
])

f("will-all-new-gp-contracts-be-thrown-open-to-private-companies.txt", [
 ("at clear odds with international procurement law", "[The Health and Social Care Act]", "NHS England", O, "", "body",
  "'NHS England states that ... procuring NHS-GP only GMS contracts is ‘...’' (built into the writer's sentence; the bracketed insertion is inside the quote)", "fragment"),
 ("allow greater flexibility of provider", None, nl, O, "", "body",
  "'APMS contracts are also time limited which NHS London said ‘...’' (built into the writer's sentence; ‘case-by-case’ and ‘better’ below have 1 word)", "fragment"),
])

label_table.build(R, prefix="F", split="heldout20", out="eval/quotes/heldout20.jsonl")
