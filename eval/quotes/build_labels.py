"""Build labels.jsonl from the hand-written label table below.

Each row names a quotation by a start snippet and an end snippet (exact text of the
file); offsets are computed here so that text[start:end] == quote.  Rows of one file
are searched in order: a row's start snippet is looked for from just after the
previous row's start, so repeated passages (captions, pull quotes) resolve to the
occurrence labelled.  The speakers, roles, types and patterns are hand-labelled
from the article text alone.
"""
import json, os

ROOT = "/work/main"
C1 = "corpus/"
C2 = "eval/corpus2/"

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern)
# end_snip None -> quote is exactly start_snip
R = []
def f(path, rows):
    for r in rows:
        R.append((path,) + tuple(r))

P, O, D, U, N, RD = "person", "organisation", "description", "unclear", "not_speech", "reader"

# ---------------- corpus ----------------
dx = "Dr Michael Dixon"
st = "Simon Stevens"; st_r = "NHS England chief executive"
rv = "Dr Richard Vautrey"
f(C1 + "ccgs-invited-to-bid-for-commissioning-powers.txt", [
 ("If we want to better integrate", "how services are developed.", st, P, st_r, "body", "'Mr Stevens said:'", "said-before"),
 ("That means giving local CCGs", "specialised commissioning activities.", st, P, st_r, "body", "next paragraph of Mr Stevens' quote", "continuation"),
 ("Today I am inviting", "five years and beyond.", st, P, st_r, "body", "'He added:' after Mr Stevens' quote", "pronoun"),
 ("capacity to commission primary care well", None, rv, P, "GPC deputy chairman", "body", "'GPC deputy chairman Dr Richard Vautrey said the move was ... the'", "fragment"),
 ("The key issue that must", "investing in general practice.", rv, P, "GPC deputy chairman", "body", "'He added:' after Dr Vautrey's paragraph", "pronoun"),
 ("These issues, and the matter", "co-commissioning to work.", rv, P, "GPC deputy chairman", "body", "next paragraph of Dr Vautrey's quote", "continuation"),
])
dx_r = "NHS Alliance chairman"
f(C1 + "ccgs-need-freedom-to-invest.txt", [
 ("We need to make sure we get that move", "commissioning mechanisms.", dx, P, dx_r, "caption", "caption 'Dr Dixon: '...''", "caption"),
 ("We need to make sure we get that move", "commissioning mechanisms.", dx, P, dx_r, "caption", "repeated caption 'Dr Dixon: '...''", "caption"),
 ("It's going to be timed", "in the future.", dx, P, dx_r, "body", "'Dr Dixon told GP:'", "said-before"),
 ("The NHS Commissioning Board will hold GP contracts", "just a core contract.", dx, P, dx_r, "body", "follows 'Dr Dixon said ... He said GPs wanted ...' (reported speech), no new speaker", "continuation"),
 ("The current GP contract is worth", "into general practice.", dx, P, dx_r, "body", "next paragraph of the same quote", "continuation"),
 ("We need to make sure we get that move", "commissioning mechanisms.", dx, P, dx_r, "body", "follows 'Dr Dixon said 'endless roadblocks' ...' (reported speech)", "continuation"),
 ("We'll be looking at the GP contract", "that matter to patients.", dx, P, dx_r, "body", "next paragraph of the same quote", "continuation"),
 ("sometimes as collectives or social enterprises", None, dx, P, dx_r, "body", "'Dr Dixon warned that ... federations,'", "fragment"),
 ("If they develop more services", "attractive to private industry.", dx, P, dx_r, "body", "follows 'Dr Dixon warned that ...' paragraph", "continuation"),
 ("I don't think there's a grand plan", "must have a say.", dx, P, dx_r, "body", "'He said NHS leaders were too busy ...:' (He = Dr Dixon)", "pronoun"),
])
dx_r = "interim president of NHS Clinical Commissioners"
f(C1 + "give-ccgs-the-budget-to-commission-gps-says-dixon.txt", [
 ("It’s a controversial and radical", "conflicts of interest for GPs.", dx, P, dx_r, "body", "'Dr Dixon told Pulse:'", "said-before"),
 ("However, I now think", "perform on this.", dx, P, dx_r, "body", "next paragraph of Dr Dixon's quote", "continuation"),
 ("They’re having a great deal", "done by CCGs.", dx, P, dx_r, "body", "next paragraph of Dr Dixon's quote (opened with a closing-style mark)", "continuation"),
 ("A primary care-led NHS has been a joke", "by the same amount.", dx, P, dx_r, "body", "'He said:' after 'Dr Dixon said there had been a hiatus'", "pronoun"),
 ("There’s been a 50% increase", "wrong direction.", dx, P, dx_r, "body", "second piece of the same quote, re-opened mid-paragraph with a new opening mark", "continuation"),
 ("GPC does not support CCGs", "their own contracts.", rv, P, "GPC deputy chair", "body", "'But Dr Richard Vautrey, GPC deputy chair said:'", "said-before"),
])
dx_r = "College of Medicine chair and NHS England clinical champion for social prescribing"
f(C1 + "gp-commissioning-handover-chaotic-and-rushed.txt", [
 ("CCGs commissioning primary care are poised", "at the moment.", dx, P, dx_r, "body", "'Speaking at the Westminster Health Forum, he said:' (he = Dr Michael Dixon, previous paragraph)", "pronoun"),
 ("First of all, according to", "support by NHS England.", dx, P, dx_r, "body", "next paragraph of the same quote", "continuation"),
 ("shackled by contracts", "the NHS's bidding", dx, P, dx_r, "body", "'He said there is currently a good balance ... while being' (He = Dr Dixon)", "fragment"),
 ("much more money by being salaried GPs", None, dx, P, dx_r, "body", "'But he said young doctors ... can make' (he = Dr Dixon)", "fragment"),
 ("I think we will become salaried", "that you can muster.", dx, P, dx_r, "body", "'He said:' (He = Dr Dixon)", "pronoun"),
])
dx_r = "chair of the NHS Alliance and a GP in Cullompton, Devon"
hh = "Helen Hirst"; hh_r = "NHS England's director of CCG development"
f(C1 + "nhs-england-should-be-slimmed-down.txt", [
 ("it makes you wonder", "NHS England will be", dx, P, dx_r, "body", "'Dr Michael Dixon, chair of the NHS Alliance ..., said if CCGs ... then'", "fragment"),
 ("If CCGSs take on", "commissioning beneath them.", dx, P, dx_r, "body", "'He told the forum today:' (He = Dr Dixon)", "pronoun"),
 ("In fact, if CCGs are taking on", "NHS England will be.", dx, P, dx_r, "body", "next paragraph of Dr Dixon's quote", "continuation"),
 ("chained to the walls of a hospital", "hospital.", dx, P, dx_r, "body", "'Dr Dixon explained ... rather than leaving them'", "fragment"),
 ("Primary and secondary commissioning", "possibly academic bodies.", dx, P, dx_r, "body", "follows 'Dr Dixon explained ...' paragraph", "continuation"),
 ("I see a flow of resource", "weren’t held.", dx, P, dx_r, "body", "'Dr Dixon told Pulse:'", "said-before"),
 ("The strategic planning process", "Better Care Fund.", hh, P, hh_r, "body", "'She told the forum:' (She = Helen Hirst, previous paragraph)", "pronoun"),
 ("I’m not a person who subscribes", "we spend.", hh, P, hh_r, "body", "follows Hirst's quote; paragraph has only a closing mark (opening mark missing)", "continuation"),
])

# ---------------- corpus2 ----------------
f(C2 + "3-ccgs-buck-decommissioning-trend-with-pharmacy-minor.txt", [
 ("much less than a prescription charge", None, "Dudley CCG", O, "", "body", "'... for their medicine, Dudley CCG said.'", "fragment"),
 ("Things have moved on", "has moved on.", "Steve Brine", P, "pharmacy minister", "body", "'In response, Mr Brine said:' (pharmacy minister Steve Brine)", "said-before"),
])
bb = "Dr Brian Balmer"
f(C2 + "bma-response-to-the-update-from-nhs-england-on-the-gp-forward.txt", [
 ("The BMA will be looking", "strengths of general practice.", bb, P, "BMA GP Executive member", "body", "'Dr Brian Balmer, BMA GP Executive member, said:' (line above)", "said-before"),
 ("It is encouraging that", "to their communities.", "Dr Krishna Kasaraneni", P, "BMA GP committee member", "body", "'Dr Krishna Kasaraneni, BMA GP committee member, said:' (line above)", "said-before"),
 ("This new resilience fund", "that practices are comfo", "Dr Krishna Kasaraneni", P, "BMA GP committee member", "body", "next paragraph of Dr Kasaraneni's quote (cut off by end of text)", "continuation"),
])
f(C2 + "bmj-investigation-finds-gps-being-forced-to-ration-access.txt", [
 ("statutory duties", "of services.", "NHS England", O, "", "body", "'NHS England also said it had a process in place to ensure that CCGs delivered their'", "fragment"),
])
lc = "Dr Lionel Cartwright"; lc_r = "GP, one of the transition leaders for the consortium"
ki = "Kathy Ibbotson"; ki_r = "Royal College of Nursing representative for Dorset"
tm = "Dr Tom McKinstry"; tm_r = "Dorset GP and British Medical Association representative"
f(C2 + "bournemouth-and-poole-family-doctors-to-pioneer-nhs-reform.txt", [
 ("I think it’s an interesting opportunity.", "put up or shut up.", lc, P, lc_r, "body", "'GP Dr Lionel Cartwright, one of the transition leaders for the consortium, said:'", "said-before"),
 ("The concept of clinically-led", "real progress.", lc, P, lc_r, "body", "next paragraph of Dr Cartwright's quote", "continuation"),
 ("We’ve still got to work", "political expediency.", lc, P, lc_r, "body", "next paragraph of Dr Cartwright's quote", "continuation"),
 ("Cynics might say", "but who knows?", lc, P, lc_r, "body", "'He added:' (He = Dr Cartwright)", "pronoun"),
 ("I didn’t think they needed", "rushed through.", ki, P, ki_r, "body", "'Kathy Ibbotson, ... said members were 'very concerned', adding:'", "said-before"),
 ("When GPs hold the funds", "bid for the contracts.", ki, P, ki_r, "body", "next paragraph of Ibbotson's quote", "continuation"),
 ("They will always be looking", "across the country again.", ki, P, ki_r, "body", "next paragraph of Ibbotson's quote", "continuation"),
 ("The theory is good.", "at the moment.", tm, P, tm_r, "body", "'Dorset GP and British Medical Association representative Dr Tom McKinstry said:'", "said-before"),
 ("Because of the target culture", "interests of the patients.", tm, P, tm_r, "body", "next paragraph of Dr McKinstry's quote", "continuation"),
 ("I shall be looking at the proposals ver", None, "Annette Brooke", P, "Liberal Democrat MP for Mid Dorset and North Poole", "body", "'Annette Brooke, Liberal Democrat MP ..., said:' (cut off by end of text)", "said-before"),
])
pc = "Dr Peter Carter"
f(C2 + "ccgs-authorised-without-nurse-representation.txt", [
 ("We are disappointed to see", "on their board.", pc, P, "RCN general secretary", "body", "'RCN general secretary Dr Peter Carter said:'", "said-before"),
 ("While we realise this", "on a clinical basis.", pc, P, "RCN general secretary", "body", "next paragraph of Dr Carter's quote", "continuation"),
 ("I'm not sure if it's a marketing issue", "do not have the skills,", "Lucy Botting", P, "deputy director of clinical commissionin for Barnet NHS North Central London and executive nurse for Guildford and Waverley CCG", "body", "''...,' she said' (she = Lucy Botting, introduced in the previous paragraph)", "pronoun"),
 ("All CCGs will be reviewed", "ahead of April, the NHS", "An NHSCB spokeswoman", D, "", "body", "'An NHSCB spokeswoman said:' (cut off by end of text)", "said-before"),
])
hc = "Hounslow CCG"
hs = "A spokesperson for Hounslow CCG"
f(C2 + "ccgs-bombshell-were-scrapping-the-minor-ailments-scheme.txt", [
 ("payment will not be authorised", "after April 30", hc, O, "", "body", "'..., the CCG said in a letter sent to local pharmacies'", "fragment"),
 ("ensure all minor ailments scheme posters", "termination date", hc, O, "", "body", "'In the letter, the CCG asked pharmacies to'", "fragment"),
 ("around three patients a day", None, hs, D, "", "body", "'the spokesperson added' (A spokesperson for Hounslow CCG, previous paragraph)", "fragment"),
 ("the majority of activity coming from just two pharmacies", None, hs, D, "", "body", "'the spokesperson added'", "fragment"),
 ("The minor ailments scheme did not", "population of Hounslow,", hc, O, "", "body", "'the CCG concluded' (Hounslow CCG)", "said-after"),
 ("I have contacted several GPs", "workload considerably,", "A pharmacist in the area", D, "", "body", "''...,' they added' (they = 'A pharmacist in the area – who wished to remain anonymous', previous paragraph)", "pronoun"),
 ("communicated the decision to GP practices", None, hc, O, "", "body", "'Hounslow CCG said it has'", "fragment"),
 ("has been included in conversations", "meet with CCG representatives to discuss", hc, O, "", "body", "'the decision, it added' (it = Hounslow CCG)", "fragment"),
 ("Patients are, of course,", "coughs and colds,", hc, O, "", "body", "'the CCG stressed'", "said-after"),
 ("They are also encouraged to phone 111 for fr", None, hc, O, "", "body", "next paragraph continuing the CCG's quote ('They' = patients; cut off by end of text)", "continuation"),
])
dj = "David Jenner"; dj_r = "chairs two parts of the Northern, Eastern and Western Devon CCG"
f(C2 + "ccgs-were-queuing-up-behind-rationing-pioneer-to-implement.txt", [
 ("We got quite a lot of support", "smoking cessation,", dj, P, dj_r, "body", "''...,' he said' (he = David Jenner, previous paragraph)", "pronoun"),
 ("Will other CCGs do it?", None, dj, P, dj_r, "body", "''...' asked Jenner'", "said-after"),
 ("Some already do.", "behind us.", dj, P, dj_r, "body", "follows ''Will other CCGs do it?' asked Jenner.' in the same paragraph", "continuation"),
 ("the canary in the coal mine,", None, "Clare Marx", P, "orthopaedic surgeon and president of the Royal College of Surgeons", "body", "'Clare Marx, ... said that the Devon CCG was'", "fragment"),
])
mh = "Margaret Hodge"; mh_r = "Committee chair (Commons Public Accounts Committee)"
f(C2 + "changes-to-better-care-fund-nearly-caused-councils-to-quit.txt", [
 ("Whilst NHS England and the Department", "required savings target,", mh, P, mh_r, "body", "''...,' she said' (she = Committee chair Margaret Hodge, previous paragraph)", "pronoun"),
 ("The failure to be clear", "nowhere near £1bn.", mh, P, mh_r, "body", "next paragraph of Hodge's quote", "continuation"),
 ("The Local Government Association considered", "implement the policy,", mh, P, mh_r, "body", "''...,' Hodge said'", "said-after"),
])
f(C2 + "clinical-commissioning-coalition-demands-equal-relationship.txt", [
 ("Current proposals look too top heavy", "really being liberated,", dx, P, "Chairman of the NHS Alliance", "body", "''...,' said Dr Michael Dixon, Chairman of the NHS Alliance'", "said-after"),
 ("We hear often that decisions", "handed down from above.", "Michael Ramsden", P, "Chief Executive of NAPC", "body", "'Michael Ramsden, Chief Executive of NAPC, added:'", "said-before"),
 ("Clinical leadership is important across the system.", None, "Dr Ken Aswani", P, "GP in Waltham Forest", "body", "'Dr Ken Aswani, GP in Waltham Forest, commented:'", "said-before"),
])
dn = "Sir David Nicholson"; dn_r = "NHS chief executive"
f(C2 + "clinical-commissioning-groups-must-cover-whole-country-says.txt", [
 ("If you genuinely believe", "groups that can do that.", dn, P, dn_r, "body", "'Sir David, said:' (NHS chief executive, Sir David Nicholson)", "said-before"),
 ("The most important thing for the NHS Commissioning Board", "groups (CCGs).", dn, P, dn_r, "body", "'He added:' (He = Sir David)", "pronoun"),
 ("greatest quango in the sky ever seen", None, dn, P, dn_r, "body", "'He warned the NHSCB could turn into the'", "fragment"),
 ("main engine of change.", "to make it happen.", dn, P, dn_r, "body", "'He warned ... that it must therefore use CCGs as its'", "fragment"),
 ("They will also be holding you", "commissioning outcome framework.", dn, P, dn_r, "body", "'He added:' (He = Sir David)", "pronoun"),
 ("We need to think about the incentives", "make that happen.", dn, P, dn_r, "body", "follows 'Questioned about ..., he said support ...' (reported speech of Sir David)", "continuation"),
 ("On one hand, you have clusters", "they lose their resp", dn, P, dn_r, "body", "next paragraph of the same quote (cut off by end of text)", "continuation"),
])
f(C2 + "co-commissioning-is-unworkable-due-to-conflict-of-interest.txt", [
 ("made unworkable through conflicts of interest.", None, "", N, "", "body", "wording of the motion: '60% of doctors at the conference voted that co-commissioning will be'", "other"),
 ("We cannot avoid conflicts of interest.", "decisions regarding commissioning.", "Dr Violaine Carpenter", P, "Hertsmere LMC", "body", "'Speaking at the event Dr Violaine Carpenter from Hertsmere LMC said:'", "said-before"),
 ("The alternative is to focus", "fully resourced,", "Dr Violaine Carpenter", P, "Hertsmere LMC", "body", "''...,' she said' (she = Dr Carpenter; also continues her quote)", "pronoun"),
 ("Our members recognise that potential confl", None, "Dr Amanda Doyle", P, "co-chair of NHSCC", "body", "'In response Dr Amanda Doyle, co-chair of NHSCC said:' (cut off by end of text)", "said-before"),
])
f(C2 + "commissioning-groups-are-slow-to-recruit-nurse-board-members.txt", [
 ("six to 10 hours a week", None, "Around 39 per cent of CCGs responding to the FOI request", D, "", "body", "'Around 39 per cent said the role would comprise' (CCGs' FOI responses)", "fragment"),
 ("Despite the government acknowledging", "to be happening,", pc, P, "RCN general secretary", "body", "''...,' he said' (he = RCN general secretary Dr Peter Carter, previous paragraph)", "pronoun"),
 ("Without substantial nurse representation", "best care possible.", pc, P, "RCN general secretary", "body", "second sentence after ''...,' he said.' in the same paragraph", "continuation"),
 ("The nurse role should be substantive", "in the development", pc, P, "RCN general secretary", "body", "'He warned against groups appointing nurses ...' then the quote (cut off by end of text)", "pronoun"),
])
am = "Alastair McLellan"; am_r = "HSJ editor"
f(C2 + "daily-insight-time-for-a-top-down-reorganisation.txt", [
 ("The creation of [sustainability", "most health economies.", am, P, am_r, "body", "'He writes:' (He = HSJ editor Alastair McLellan)", "pronoun"),
 ("In other words, the bodies", "for their stewardship.", am, P, am_r, "body", "next paragraph of the editorial quote", "continuation"),
 ("many CCGs are not strong", None, am, P, am_r, "body", "'He also states that'", "fragment"),
 ("which is why you end up", "two interim directors", am, P, am_r, "body", "'He also states that ... –'", "fragment"),
 ("an unambiguous recognition that CCG", "and other reforms", am, P, am_r, "body", "'the editor says, is' (the editor = Alastair McLellan)", "fragment"),
])
cn = "Dr Chaand Nagpaul"
f(C2 + "dr-chaand-nagpaul-i-will-stand-up-for-what-is-right.txt", [
 ("I will stand up for what is right in general practice", None, cn, P, "new GPC chair", "headline", "headline 'Dr Chaand Nagpaul: '...''", "said-before"),
 ("I would like to use my chairmanship", "function more effectively.", cn, P, "new GPC chair", "body", "'He says:' (He = Dr Nagpaul)", "pronoun"),
 ("The funding of a GP practice", "about £200.", cn, P, "new GPC chair", "body", "next paragraph of Dr Nagpaul's quote", "continuation"),
 ("General practice is remarkable value", "pressures on the NHS.", cn, P, "new GPC chair", "body", "next paragraph of Dr Nagpaul's quote", "continuation"),
])
bh = "Dame Barbara Hakin"; bh_r = "the NHS Commissioning Board’s National Director: Commissioning Development"
f(C2 + "first-gp-groups-given-green-light-to-take-control-of-nhs.txt", [
 ("The creation of CCGs is a great opportunity", "they look after.", dn, P, "the NHS Commissioning Board’s Chief Executive", "body", "'Sir David Nicholson, the NHS Commissioning Board’s Chief Executive, said:'", "said-before"),
 ("They have the knowledge", "real difference.", dn, P, "the NHS Commissioning Board’s Chief Executive", "body", "next paragraph of Sir David's quote", "continuation"),
 ("This is a step-change", "public participation.", bh, P, bh_r, "body", "'Dame Barbara Hakin, ..., said:'", "said-before"),
 ("We expect this to bring", "planning services.", bh, P, bh_r, "body", "next paragraph of Dame Barbara's quote", "continuation"),
])
f(C2 + "first-gp-led-clinical-commissioning-groups-approved.txt", [
 ("a great opportunity for the NHS", "benefits for patients", dn, P, "chief executive of the commissioning board", "body", "'Sir David Nicholson ... hailed the creation of CCGs as'", "fragment"),
 ("In future the vast majority", "want to see,", dn, P, "chief executive of the commissioning board", "body", "''...,' Nicholson said'", "said-after"),
])
f(C2 + "gp-commissioners-are-damned-if-they-do-or-if-they-dont.txt", [
 ("we must save the NHS", None, "", N, "", "comment", "scare-quoted slogan in an unsigned reader comment ('full of ...''we must save the NHS'' claptrap')", "other"),
])
dc = "Dr Deborah Colvin"; dc_r = "GP in Hackney"
f(C2 + "gp-consortium-chiefs-cast-doubt-on-governments-commissioning.txt", [
 ("dramatic change in what we can offer patients", None, dc, P, dc_r, "body", "'She said the £30m financial crisis ... meant there would be a' (She = Dr Colvin)", "fragment"),
 ("I worry about the PCTs", "built by PFI,", dc, P, dc_r, "body", "''...,' she said' (she = Dr Colvin)", "pronoun"),
 ("How are they going to be able", "level of healthcare?", dc, P, dc_r, "body", "second quote after ''...,' she said.'", "continuation"),
 ("Eventually a hospital is going", "unable to continue,", dc, P, dc_r, "body", "''...,' she said' after 'Dr Colvin told the committee'", "pronoun"),
 ("That is the consequence.", "where it’s going.", dc, P, dc_r, "body", "second quote after ''...,' she said.'", "continuation"),
])
f(C2 + "gpc-set-to-oppose-co-commissioning-of-primary-care.txt", [
 ("undermine the credibility of CCGs", None, "", N, "", "body", "wording of the motion: 'the motion, which added that the proposals will'", "other"),
 ("insist that GP core contracts should not be held by CCGs", None, "", N, "", "body", "wording of the motion: '... and will now'", "other"),
 ("We should urge the Secretary of State", "co-commissioning of GP contracts represents.", "Dr Aneel Bikhu", P, "Nottinghamshire LMC", "body", "'Dr Bikhu said:' (Dr Aneel Bikhu of Nottinghamshire LMC)", "said-before"),
 ("Now we’re faced with the ultimate", "so called co-commissioning.", "Dr Mitch Garsin", P, "Hillingdon LMC", "body", "'But he added:' (he = Dr Mitch Garsin of Hillingdon LMC, previous paragraph)", "pronoun"),
 ("Some of my colleagues in CCGs", "out of existence.", "Dr Mitch Garsin", P, "Hillingdon LMC", "body", "next paragraph of Dr Garsin's quote", "continuation"),
 ("I oppose most of this motion", "But because", "Dr Barry Moyse", P, "Somerset LMC", "body", "'He told the conference:' (He = Dr Barry Moyse of Somerset LMC; cut off by end of text)", "pronoun"),
])
f(C2 + "gps-split-over-plan-for-ccg-control-of-primary-care.txt", [
 ("craft the entire out-of-hospital plans", None, "Jeremy Hunt", P, "health secretary", "body", "'Mr Hunt said the ... move would free CCGs to' (health secretary Jeremy Hunt)", "fragment"),
 ("fatally damage relations between CCGs and their constituents", None, "", N, "", "body", "wording of the LMC motion described in the previous sentence ('a motion expressing 'alarm' ...')", "other"),
])
lcar = "Liz Carroll"; lcar_r = "chair of the Hartfields Patient Participation Group"
f(C2 + "hartlepool-to-tell-gp-bosses-what-it-thinks-about-review.txt", [
 ("I submitted my question", "keep all three practices.", lcar, P, lcar_r, "body", "'Liz Carroll, chair of the Hartfields Patient Participation Group, said:'", "said-before"),
 ("The CCG and NHS England should be", "practices continue.", lcar, P, lcar_r, "body", "next paragraph of Carroll's quote", "continuation"),
 ("I feel that is a successful outcome from my question.", None, lcar, P, lcar_r, "body", "next paragraph of Carroll's quote", "continuation"),
])
jh = "Jeremy Hunt"
f(C2 + "hsj-live-the-nhs-five-year-forward-view-reaction-and-analysis.txt", [
 ("Integrated out of hospital care", "unlocking it.", jh, P, "health secretary", "body", "'the health secretary said:' (the health secretary = Jeremy Hunt, previous paragraph)", "description"),
 ("There is some really extraordinary", "go much further.", jh, P, "health secretary", "body", "next paragraph of Hunt's quote", "continuation"),
 ("I would like to see CCGs becoming", "local authorities to co-", jh, P, "health secretary", "body", "next paragraph of Hunt's quote (cut off by end of text)", "continuation"),
])
f(C2 + "interview-dr-chaand-nagpaul-wants-to-restore-gps-sense-of-pride.txt", [
 ("I was awestruck", "wanted to do,", cn, P, "GPC chairman", "body", "''...,' he says' (he = Dr Chaand Nagpaul)", "pronoun"),
 ("stated aim of moving significant", "into the community", cn, P, "GPC chairman", "body", "'..., he says' (he = Dr Nagpaul)", "fragment"),
])
jk = "Dr James Kingsland"; jk_r = "a special adviser on commissioning for the Department of Health"
f(C2 + "just-because-gps-are-pathfinders-doesnt-mean-they-support.txt", [
 ("This fourth wave is going to mean", "kind of arrangement,", jk, P, jk_r, "body", "''...,' he said' (he = Dr James Kingsland, previous paragraph)", "pronoun"),
 ("The pathfinder scheme has done", "set out to do.", jk, P, jk_r, "body", "second quote after ''...,' he said.'", "continuation"),
 ("Prime Minister congratulates first GP commissioners", None, "", N, "", "body", "title of a press statement: 'A press statement entitled'", "other"),
 ("a clear expression of the momentum", "our health reforms", "A press statement", D, "", "body", "'A press statement entitled ... began by describing the numbers signed up as'", "fragment"),
])
f(C2 + "lmc-conference-2014-gps-reject-ccg-primary-care-commissioning.txt", [
 ("fatally damage relations between CCGs and their constituents", None, "LMCs", O, "", "body", "'LMCs said proposals by NHS England ... will'", "fragment"),
 ("threatens to create a fissure", "success depends", "Dr Aneel Bilkhu", P, "Nottinghamshire LMC", "body", "'Dr Aneel Bilkhu, Nottinghamshire LMC, said the proposal'", "fragment"),
 ("sounds remarkably like what happened", "history repeating itself", "Dr Aneel Bilkhu", P, "Nottinghamshire LMC", "body", "'He said the drive ...' (He = Dr Bilkhu)", "fragment"),
 ("inconceivable that any GP", "general practice in their area", "Dr Mitch Garsin", P, "Hillington LMC", "body", "'He warned that it would be' (He = Dr Mitch Garsin, previous paragraph)", "fragment"),
 ("Decisions about our practices", "unelected manager", U, U, "", "body", "unattributed quote after the crosshead 'No clinical leadership'; attribution would fall beyond the end of the excerpt (Dr Garsin was the last speaker)", "other"),
])
f(C2 + "lmc-leaders-step-down-to-avoid-conflict-of-interest-with-ccg.txt", [
 ("As we moved towards authorisation", "from the CCG role.", rv, P, "deputy chair of the GPC", "body", "'He said:' (He = Dr Richard Vautrey, previous paragraph)", "pronoun"),
 ("The GPC has always made it clear", "to be both.", rv, P, "deputy chair of the GPC", "body", "next paragraph of Dr Vautrey's quote", "continuation"),
 ("There were already conflict of interest", "going to get greater,", "Dr Jamie Macpherson", P, "secretary of Coventry LMC", "body", "''...,' he said' (he = Dr Jamie Macpherson, previous paragraph)", "pronoun"),
 ("I can see in the future", "agenda to commissioners.", "Dr Jamie Macpherson", P, "secretary of Coventry LMC", "body", "next paragraph of Dr Macpherson's quote", "continuation"),
])
f(C2 + "lmc-leaders-vote-for-conflict-of-interest-curbs-on-consortium.txt", [
 ("We have to have accountability", "sitting on these boards.", bb, P, "chief executive of Essex LMCs", "body", "'Dr Brian Balmer, chief executive of Essex LMCs, who proposed the motion, said:'", "said-before"),
 ("you cannot be the gatekeeper and the poacher", None, "Dr John Canning", P, "GPC member, secretary of Cleveland LMC", "body", "'backed by GPC member Dr John Canning, secretary of Cleveland LMC, who said:'", "said-before"),
 ("difficult to implement without losing", "talented commissioners", "Dr Amanda Craig", P, "a member of Brent LMC", "body", "'Dr Amanda Craig, a member of Brent LMC, warned that the policy would be'", "fragment"),
])
ja = "Dr John Allingham"; ja_r = "Kent LMC co-medical secretary"
f(C2 + "lmc-vows-to-block-ccgs-attempts-to-commission-primary-care.txt", [
 ("return to the days of PCTs", None, "Local leaders", D, "Kent LMC", "body", "'Local leaders expressed concerns that ... would lead to a'", "fragment"),
 ("We are opposed to level three", "more complicated.", ja, P, ja_r, "body", "'He said:' (He = Kent LMC co-medical secretary Dr John Allingham)", "pronoun"),
 ("The co-commissioning agenda requires a jo", None, ja, P, ja_r, "body", "next paragraph of Dr Allingham's quote (cut off by end of text)", "continuation"),
])
mb = "Dr Mike Bewick"; mb_r = "deputy medical director at NHS England"
ad = "Dr Amanda Doyle"; ad_r = "co-chair of NHS Clinical Commissioners"
f(C2 + "more-than-70-of-ccgs-to-commission-gp-services-from-april.txt", [
 ("It is a really good day", "for themselves.", mb, P, mb_r, "body", "'Dr Bewick told Pulse:'", "said-before"),
 ("I don’t think it will be done on day one", "help them.", mb, P, mb_r, "body", "next paragraph of Dr Bewick's quote", "continuation"),
 ("demonstrates how important CCGs", "commissioning is", ad, P, ad_r, "body", "'Dr Amanda Doyle, co-chair of NHS Clinical Commissioners, said this'", "fragment"),
 ("I don’t think there will be a major change", "and social care.", ad, P, ad_r, "body", "'She said:' (She = Dr Doyle)", "pronoun"),
])
nc = "CCGs across Nottinghamshire (except Bassetlaw)"; nc_r = ""
f(C2 + "nearly-a-third-of-ccgs-consider-rationing-services.txt", [
 ("This assessment of need", "about what works.", nc, O, nc_r, "body", "'A policy document said:' (the joint commissioning policy agreed by all CCGs across Nottinghamshire except Bassetlaw)", "said-before"),
 ("We also aim to do this", "access services.", nc, O, nc_r, "body", "next paragraph of the policy document quote", "continuation"),
 ("can only be paid for", "restricted circumstances", nc, O, nc_r, "body", "'The document lists ..., which the groups say'", "fragment"),
 ("don’t work well enough", "within the local NHS", nc, O, nc_r, "body", "'It also lists ... treatments that' (It = the policy document)", "fragment"),
])
co = "NHS Alliance and NAPC coalition"; co_r = ""
jm = "Dr Johnny Marshall"
f(C2 + "new-body-to-champion-ccgs.txt", [
 ("being controlled by the centre", "statutory responsibilities.", co, O, co_r, "body", "'The coalition aims to ensure CCGs are ... as opposed to' (the coalition = the independent body formed by the NHS Alliance and NAPC)", "fragment"),
 ("We will listen to and represent", "whenever necessary,", dx, P, "Chairman of the NHS Alliance", "body", "''...,' said Dr Michael Dixon, Chairman of the NHS Alliance'", "said-after"),
 ("We will be a united voice", "without us’.", dx, P, "Chairman of the NHS Alliance", "body", "next paragraph of Dr Dixon's quote", "continuation"),
 ("nothing about us without us", None, "", N, "", "body", "slogan quoted inside Dr Dixon's quote ('We will insist on')", "other"),
 ("that enables rather than controls CCG’s work", None, co, O, co_r, "body", "'The independent body plans to lobby ... as an organisation'", "fragment"),
 ("These are exciting, if challenging, times,", None, jm, P, "Chairman of the NAPC", "body", "''...,' said Dr Johnny Marshall, Chairman of the NAPC'", "said-after"),
 ("The strength of our two organisations", "of their patients.", jm, P, "Chairman of the NAPC", "body", "next paragraph of Dr Marshall's quote", "continuation"),
])
st_r2 = "chief executive of NHS England"
f(C2 + "nhs-england-chief-to-draw-up-ccg-co-commissioning-plans.txt", [
 ("I think there is potentially an opportunity", "in their area.", st, P, st_r2, "body", "'He said:' (He = Simon Stevens, subject of 'Simon Stevens, who replaced Sir David Nicholson ...')", "pronoun"),
 ("And I think that we will have to make", "specialist hospital services.", st, P, st_r2, "body", "next paragraph of Stevens' quote", "continuation"),
 ("So part of what I am doing now", "in place.", st, P, st_r2, "body", "next paragraph of Stevens' quote", "continuation"),
 ("Fundamentally, what you were saying", "workload, my", st, P, st_r2, "body", "'He said:' (He = Mr Stevens, previous paragraph; cut off by end of text)", "pronoun"),
])
f(C2 + "nhs-leaders-see-reform-risk-as-gps-seek-pathfinder-status.txt", [
 ("undoubtedly the biggest shake-up", "in its history", "NHS Confederation", O, "", "body", "'The NHS Confederation paper described ... as'", "fragment"),
 ("widespread financial problems", "longer waiting times", "NHS Confederation", O, "", "body", "'..., it warned' (it = the NHS Confederation paper)", "fragment"),
 ("a cocktail of instability", "broken promises", "John Healey", P, "Shadow Health Secretary", "body", "'Shadow Health Secretary John Healey ... which he described as'", "fragment"),
 ("some very beneficial effects", "population health", "Those taking part in the summit", D, "", "body", "'Those taking part agreed that the reforms could produce' (a summit of healthcare managers, doctors' leaders, patients groups and policy experts reported in the NHS Confederation paper)", "fragment"),
])
al = "Andrew Lansley"
f(C2 + "nhs-reforms-lansley-agrees-to-change-health-bill.txt", [
 ("natural break in the passage of the bill", None, al, P, "health secretary", "body", "'the health secretary said he would use a'", "fragment"),
 ("Choice, competition and the involvement", "based on competition.", al, P, "health secretary", "body", "list item under 'In a statement to MPs, Lansley announced a series of areas ... They are:'", "other"),
 ("People want to know that private companies", "must be fair.", al, P, "health secretary", "body", "list item under 'Lansley announced ... They are:'", "other"),
 ("People want to know that the GP commissioning", "wellbeing boards.", al, P, "health secretary", "body", "list item under 'Lansley announced ... They are:'", "other"),
])
rb = "Ruth Buchan"; rb_r = "Community Pharmacy West Yorkshire CEO"
pj = "Paula Johnson-Laired"; pj_r = "medicine optimisation team for Leeds West CCG"
f(C2 + "no-push-for-locally-commissioned-minor-ailments-schemes.txt", [
 ("isn’t a lot of noise", None, "Helen Murphy", P, "Community Pharmacy Cheshire and Wirral CEO", "body", "'There ... from CCGs to commission ..., Community Pharmacy Cheshire and Wirral CEO Helen Murphy said'", "fragment"),
 ("hasn’t been a push or a drive", "talk to CCGs", rb, P, rb_r, "body", "'Community Pharmacy West Yorkshire CEO Ruth Buchan pointed out there'", "fragment"),
 ("We've got 10 CCGs", "could make,", rb, P, rb_r, "body", "''...,' Ms Buchan said'", "said-after"),
 ("There has been no element", "local health system.", rb, P, rb_r, "body", "next paragraph of Ms Buchan's quote", "continuation"),
 ("A huge amount of CCG's money", "delivering prima", pj, P, pj_r, "body", "follows 'Paula Johnson-Laired ... told the evidence session ...' (reported speech); cut off by end of text", "continuation"),
])
en = "Eve Norridge"; en_r = "author of the Policy Exchange report, a former policy adviser to the Treasury"
f(C2 + "pathfinder-gps-join-calls-to-slow-commissioning-handover.txt", [
 ("revolution to one of evolution", None, "Norman Lamb", P, "MP, chief political adviser to deputy prime minister Nick Clegg and former health Liberal Democrat spokesperson", "body", "'He called for a shift from' (He = MP Norman Lamb)", "fragment"),
 ("GPs expressed concerns about", "abolition of PCTs.", en, P, en_r, "body", "'Author Eve Norridge ... spoke to pathfinder leads ..., and found:'", "said-before"),
 ("Some fear that commissioning", "potentially risky ideas.", en, P, en_r, "body", "next paragraph of the report quote", "continuation"),
 ("Where GPs lack enthusiasm", "transformation in NHS care,", en, P, en_r, "body", "''...,' it adds' (it = the Policy Exchange report written by Eve Norridge)", "pronoun"),
])
ch = "Chris Ham"
f(C2 + "reaction-move-to-ccg-role-in-primary-care-splits-opinion.txt", [
 ("We need transformation and delivery", "[on member GPs].", "Su Long", P, "Bolton CCG chief officer", "body", "line above: 'Su Long, Bolton CCG chief officer'", "name-role-line"),
 ("higher quality and reducing variation in general practice", None, "Su Long", P, "Bolton CCG chief officer", "body", "'She said the powers would be used to ...' (She = Su Long)", "fragment"),
 ("handled in the right way", None, "Su Long", P, "Bolton CCG chief officer", "body", "'Ms Long said conflict of interest would not be a problem if it was'", "fragment"),
 ("There is a strong argument", "now being proposed.", ch, P, "King’s Fund chief executive", "body", "line above: 'Chris Ham, King’s Fund chief executive'", "name-role-line"),
 ("At the moment the proposals", "individual GP practices.", "Chaand Nagpaul", P, "British Medical Association GPs committee chair", "body", "line above: 'Chaand Nagpaul, British Medical Association GPs committee chair'", "name-role-line"),
 ("We need to make sure in the process", "engagement of GP practices.", "Chaand Nagpaul", P, "British Medical Association GPs committee chair", "body", "next paragraph of Nagpaul's quote", "continuation"),
 ("We do not support CCGs", "managed by CCGs.", "Chaand Nagpaul", P, "British Medical Association GPs committee chair", "body", "next paragraph of Nagpaul's quote", "continuation"),
 ("Right from the point that CCGs", "community services", "Hugh Reeve", P, "Cumbria CCG chair", "body", "line above: 'Hugh Reeve, Cumbria CCG chair' (cut off by end of text)", "name-role-line"),
])
f(C2 + "risk-or-reward-the-changing-role-of-ccgs-in-general-practice.txt", [
 ("Our research shows", "expanded roles.", "Holly Holder", P, "Fellow in Health Policy, Nuffield Trust and report co-author", "body", "name-and-role line directly below the quote: 'Holly Holder, Fellow in Health Policy, Nuffield Trust and report co-author'", "name-role-line"),
])
hr = "Dr Hugh Reeve"; hr_r = "interim chief clinical officer Cumbria CCG"
bm = "Ben Merriman"; bm_r = "pharmacist in Barrow with the Murrays group and member of Cumbria's Local Pharmaceutical Committee"
f(C2 + "shake-up-planned-for-bay-health-services.txt", [
 ("Increasingly Cumbria is seen", "healthcare systems.", hr, P, hr_r, "body", "'Dr Hugh Reeve, interim chief clinical officer Cumbria CCG, said:'", "said-before"),
 ("Because of this we are exploring", "Morecambe Bay area.", hr, P, hr_r, "body", "next paragraph of Dr Reeve's quote", "continuation"),
 ("It may be that it makes it easier", "to go to Kendal.", bm, P, bm_r, "body", "'Ben Merriman, pharmacist in Barrow ..., said:'", "said-before"),
 ("We have two hospital trusts", "already have a split.", bm, P, bm_r, "body", "next paragraph of Merriman's quote", "continuation"),
 ("We all work together and we all work apart anyway.", None, bm, P, bm_r, "body", "next paragraph of Merriman's quote", "continuation"),
])
ch_r = "Chief Executive of The King’s Fund"
f(C2 + "welcoming-nhs-englands-next-steps-on-the-five-year-forward.txt", [
 ("We welcome the fact", "going will be.", ch, P, ch_r, "body", "'Chris Ham, Chief Executive of The King’s Fund, said:'", "said-before"),
 ("Hospitals are now under pressure", "is optimistic.", ch, P, ch_r, "body", "next paragraph of Ham's quote", "continuation"),
 ("We strongly support the plan", "improving efficiency", ch, P, ch_r, "body", "next paragraph of Ham's quote", "continuation"),
 ("make the biggest national move", "western country", "NHS England", O, "", "body", "quoted inside Ham's quote: 'the plan’s aim to' (the plan = NHS England’s Next steps on the five year forward view)", "fragment"),
 ("Getting back on track", "set out in this plan.", ch, P, ch_r, "body", "next paragraph of Ham's quote", "continuation"),
])


def build():
    out = []
    cursor = {}
    texts = {}
    for (path, s_snip, e_snip, spk, stype, role, where, ev, pat) in R:
        if path not in texts:
            texts[path] = open(os.path.join(ROOT, path), encoding="utf-8", newline="").read()
        t = texts[path]
        pos = cursor.get(path, 0)
        s = t.find(s_snip, pos)
        assert s >= 0, (path, s_snip)
        if e_snip is None:
            e = s + len(s_snip)
        else:
            e = t.find(e_snip, s)
            assert e >= 0, (path, e_snip)
            e += len(e_snip)
        cursor[path] = s + 1
        out.append(dict(file=path, start=s, end=e, quote=t[s:e], speaker=spk,
                        speaker_type=stype, role=role, where=where, evidence=ev, pattern=pat))
    order = sorted({r["file"] for r in out}, key=lambda p: (not p.startswith("corpus/"), p))
    out.sort(key=lambda r: (order.index(r["file"]), r["start"]))
    for i, r in enumerate(out, 1):
        r_id = {"id": "Q%04d" % i}
        r_id.update(r)
        out[i - 1] = r_id
    with open(os.path.join(ROOT, "eval/quotes/labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out

if __name__ == "__main__":
    recs = build()
    print(len(recs), "records")
