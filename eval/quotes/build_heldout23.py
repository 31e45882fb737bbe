"""Build heldout23.jsonl (the twenty-third held-out attribution set, over eval/corpus26) from
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

Run:  python3 eval/quotes/build_heldout23.py   (writes eval/quotes/heldout23.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus26/")

# ---------------------------------------------------------------------------
al = "Andrew Lansley"
f("97-of-population-covered-by-gp-consortia-after-dh-announces-fifth-wave-of-pathfinder-groups.txt", [
 ("GPs know their local population best", "step forward to modernise services.", al, P, "Health Secretary", "body",
  "'Announcing the consortia, Lansley said: \"...\"' (named 'Health Secretary, Andrew Lansley' in the first sentence)", "said-before"),
 ("We welcome this as recognition of our progress to date.", "their ways of working.", "Dr Nicola Smith", P,
  "of Parkside Medical Centre in Bletchely", "body",
  "'Dr Nicola Smith, of Parkside Medical Centre in Bletchely, said she and her colleagues were looking forward ... She added: \"...\"'", "pronoun"),
])

js = "Jackie Smith"; js_r = "Unison’s Bradford health branch secretary"
f("bradford-union-chief-fears-staff-wont-cope-as-nhs-cuts.txt", [
 ("work simply won’t get done", None, js, P, js_r, "body",
  "lead: 'A union boss has hit out against job cuts ... which she warned means “...”.' (the union boss is named in the fourth paragraph, 'Jackie Smith, Unison’s Bradford health branch secretary'; built into the writer's sentence)", "fragment"),
 ("If you have a commissioning organisation", "a Southern Cross scenario in health care.", js, P, js_r, "body",
  "'Drawing a comparison with ... Southern Cross, Jackie Smith, Unison’s Bradford health branch secretary, said: “...' (left open)", "said-before"),
 ("The restructure that we have been consulted on", "fewer workers.", js, P, js_r, "body",
  "next paragraph of her quote, closed (“slot in” below, Matt Neligan's, has 2 words)", "continuation"),
])

bh = "Dame Barbara Hakin"; bh_r = "Managing director for commissioning development at the NHS CB"
f("ccgs-receive-authorisation-decisions-by-board.txt", [
 ("should be deferred until later in the process", None, "NHS Commissioning Board", O, "", "body",
  "'the NHS CB has agreed that the CCG’s final review “...”.' (the NHS CB = 'the NHS Commissioning Board (NHS CB)' of the first sentence; built into the writer's sentence; ‘authorised with no conditions’, ‘authorised with conditions’, “need to continue developing” and “made significant late changes” above have 3-4 words)", "fragment"),
 ("admirably rising to the challenge", None, bh, P, bh_r, "body",
  "'Managing director for commissioning development at the NHS CB Dame Barbara Hakin praised CCGs for “...” of the reforms.' (five words; built into the writer's sentence)", "fragment"),
 ("During authorisation, we closely scrutinised", "their financial stability,", bh, P, bh_r, "body",
  "'“...,” she said.' (she = Dame Barbara Hakin of the paragraph before)", "pronoun"),
 ("They are also assessed on the quality", "public health and social care.", bh, P, bh_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("CCGs have admirably risen to the challenge.", "establishing themselves.", bh, P, bh_r, "body",
  "next paragraph of her quote, closed (Dr Michael Dixon's “starter gun” below has 2 words and his “wh is cut off)", "continuation"),
])

mg = "Professor Malcolm Grant"; mg_r = "Chair of the NHS Commissioning Board"
f("chair-statement.txt", [
 ("I want to make a statement about the Chief Executive.", "new clinical commissioning groups.", mg, P, mg_r, "body",
  "'He said:' on its own line after 'The Chair of the NHS Commissioning Board, Professor Malcolm Grant, today (Thursday) made the following statement ...' (the headline calls him 'Chairman of the NHS Commissioning Board'; left open)", "pronoun"),
 ("But this isn’t just a structural change.", "heart of British society.", mg, P, mg_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("The wakeup call that the Francis report", "adversely affected by it.", mg, P, mg_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("There has been a search amongst many people", "Chief Executive of the NHS.", mg, P, mg_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("David’s current formal position i", None, mg, P, mg_r, "body",
  "next paragraph of his statement; cut off mid-word after five tokens by the end of the excerpt", "continuation"),
])

bk = "Professor Sir Bruce Keogh"; bk_r = "National Medical Director"
f("clinical-senates.txt", [
 ("Clinical leadership is at the heart of the new NHS", "outcomes for patients.", bk, P, bk_r, "body",
  "'Professor Sir Bruce Keogh, National Medical Director said,' on its own line above the quote (press release)", "said-before"),
 ("I’m delighted that from April 2013", "clinical senates across England.", bk, P, bk_r, "body",
  "next paragraph of his statement, opened and closed again with no attribution of its own", "continuation"),
 ("I am certain that once in place", "to Health and Wellbeing Boards.", bk, P, bk_r, "body", "next paragraph of his statement (opened and closed)", "continuation"),
 ("Clinicians from across different professions", "meet the needs of patients.", bk, P, bk_r, "body", "next paragraph of his statement (opened and closed)", "continuation"),
])

sbk = "Sir Bruce Keogh"; sbk_r = "NHS medical director"
f("dh-to-relook-at-value-of-clinical-senates.txt", [
 ("nothing was caste in stone", None, sbk, P, sbk_r, "body",
  "'Sir Bruce said ‘...'.' (named 'the NHS medical director Sir Bruce Keogh' in the lead; five words, closed with a straight mark; built into the writer's sentence; ‘relook’ in the headline and lead has 1 word)", "fragment"),
 ("I struggle to see how senates will add value to the system.", None, "Dr Mike Eekelaers", P,
  "a GP and clinical lead for central Manchester CCG", "body",
  "'Dr Mike Eekelaers, a GP and clinical lead for central Manchester CCG said: ‘...'' (opened curly, closed straight)", "said-before"),
 ("I believe it's at that level", "the value it brings.", "Dr Mike Eekelaers", P,
  "a GP and clinical lead for central Manchester CCG", "body",
  "re-opened in the same paragraph after the writer's sentence 'He described how in Manchester ...' (no verb of its own; left open)", "continuation"),
 ("I think you've got a good point", "because it really isn't.", sbk, P, sbk_r, "body",
  "'Sir Bruce responded:  ‘...'' (‘reactive and proactive consensus' and ‘conduiit of communication' below have 3-4 words)", "said-before"),
])

f("editorial-professor-grant-confirmed-chair-of-nhs-commissioning-board-in-split-decision.txt", [
 ("NCB chair to give Comrade Sir David", "meek shall inherit the Bill", "", N, "", "body",
  "'Click here for details of '...', the new issue of subscription-based Health Policy Intelligence.': an issue's title, not anyone's speech (\"unintelligible\" above has 1 word)", "other"),
 ("We acknowledge Professor Grant’s distinguished academic career", "for the following reasons:", "", N, "", "body",
  "'The Labour members tabled the following amendment: “...' — the wording of a committee amendment, which no one is said to have said (as motion wording in the earlier sets); the mark is never closed and the line ends here; the numbered reasons on the lines below carry no marks and are not labelled", "other"),
])

db = "Dr David Bennett"; db_r = "Monitor's chair"
f("editors-blog-cherrycide-monitor-ce-dr-david-bennetts-speech-on-economic-regulation.txt", [
 ("You say substantive and I say substantial", None, "", N, "", "body",
  "'Click here for details of '...', Issue 7 of subscription-based Health Policy Intelligence.': an issue's title, not anyone's speech", "other"),
 ("There are significant asymmetries of information", "why health really is.", db, P, db_r, "body",
  "first of the 'few key quotes extracted at the beginning' of the transcript of the speech 'Monitor's chair Dr David Bennett' gave (headline: 'Monitor CE Dr David Bennett's speech'); no attribution line of its own (nested ‘principal-agent’ has 1 word)", "other"),
 ("Where there is effective competition", "receive better care", db, P, db_r, "body",
  "second extracted key quote of his speech (opened and closed; no full stop)", "other"),
 ("US-style competition introduced into the English system", "increase costs", db, P, db_r, "body",
  "third extracted key quote of his speech", "other"),
 ("We should not support competition for its own sake", "the starting point in heal", db, P, db_r, "body",
  "fourth extracted key quote of his speech; cut off mid-word by the end of the excerpt", "other"),
])

sbk2_r = "medical director of the NHS Commissioning Board"
f("exclusive-commissioning-board-will-have-gp-deputy-medical-director.txt", [
 ("In my view the commissioning board is there", "best possible services they can.", sbk, P, sbk2_r, "body",
  "'Sir Bruce told HSJ: “...' (named in the lead: 'the NHS Commissioning Board, its medical director Sir Bruce Keogh'; left open)", "said-before"),
 ("That needs someone in a senior position", "primary care and commissioning.", sbk, P, sbk2_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("The centre of gravity of clinical advice", "provide them with clinical advice.", sbk, P, sbk2_r, "body",
  "'He said: “...”' (He = Sir Bruce, the subject of the sentence before; “hub” there and “clinical managers” below have 1-2 words)", "pronoun"),
])

dbn = "David Bennett"; dbn_r = "chief executive of healthcare sector regulator Monitor"
f("exclusive-monitor-chief-executive-says-it-would-be-mad-to-force-unnecessary-tendering.txt", [
 ("spending all their time running competitive processes", "trouble if they don’t", dbn, P, dbn_r, "body",
  "'David Bennett, in an exclusive interview with HSJ, said the watchdog would be “mad” to enforce those rules in a way that left commissioners “...”.' (introduced in the lead as 'The chief executive of healthcare sector regulator Monitor'; built into the writer's sentence; “section 75 regulations” below has 3 words)", "fragment"),
 ("Fortunately for the patients of England", "get into trouble if they don’t.", dbn, P, dbn_r, "body", "'Mr Bennett said: “...' (left open)", "said-before"),
 ("If we cause them to go through something", "not doing our job properly.", dbn, P, dbn_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("I think it’s unlikely you will see any discontinuity", "as a result of this,", dbn, P, dbn_r, "body",
  "'“...,” he told HSJ.' (he = Mr Bennett, the subject of the sentence before)", "pronoun"),
])

f("first-pathfinder-gp-consortia-named.txt", [
 ("We want to create an NHS that puts patients", "amongst the best in the world.", al, P, "Health secretary", "body",
  "'Mr Lansley said: ‘...' (named 'Health secretary Andrew Lansley' in the first sentence; left open; ‘pathfinder’ in the headline has 1 word)", "said-before"),
 ("Already leading the way and making this happen", "They have demonstrated an enthusia", al, P, "Health secretary", "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("fourth-wave-of-pathfinders-brings-consortia-coverage-to-90.txt", [
 ("This uptake from the grassroots is very encouraging", "more personalised care.", al, P, "Health secretary", "body",
  "'Health secretary Andrew Lansley said today: ‘...'' (opened curly, closed straight; Dr James Kingsland's 'It's almost job done.' above has 4 words)", "said-before"),
 ("We welcome the new groups", "step forward to modernise services.", al, P, "Health secretary", "body",
  "next paragraph of his statement, opened and closed again with no attribution of its own", "continuation"),
])

cg = "Dr Clare Gerada"
f("gerada-defies-field-challenge-on-health-bill.txt", [
 ("The debate showed majority, but not unanimous", "differences between the two.", "An RCGP source", D, "", "body",
  "'An RCGP source, who asked not be named, said Dr Gerada had won ‘majority' support for her stance ...: ‘...'' (unnamed; the relative clause dropped; ‘scathing' and ‘majority' have 1 word)", "said-before"),
 ("Most Council members, but not all", "between Steve and Clare.", "Dr Una Coales", P, "a GP in Stockwell, south London", "body",
  "'Dr Una Coales, a GP in Stockwell, south London, said: ‘...''", "said-before"),
 ("I was delighted my Council supported", "concerns about the reforms.", cg, P, "RCGP chair", "body",
  "'Dr Gerada, a GP in Kennington, south London, said: ‘...'' (named 'RCGP chair Dr Clare Gerada' in the lead; ‘not unanimous' below has 2 words)", "said-before"),
])

cg_r = "Chair of the RCGP"
lb = "Dr Laurence Buckman"; lb_r = "Chair of the British Medical Association's General Practitioner's Committee"
f("gerada-surprised-at-reaction-to-pm-letter.txt", [
 ("We feel it is time to restate our similarities", "focus on our differences,", cg, P, cg_r, "body",
  "'\"...,\" says the letter.' (the letter = 'Dr Clare Gerada's letter, dated 6 March' to the Prime Minister; a letter's words are its writer's; introduced as 'The Chair of the RCGP' in the lead; \"work together\" (twice) and 'backpedaling' above have 1-2 words)", "description"),
 ("It was a strange letter coming from Clare's previous position.", "rest of her comments,", lb, P, lb_r, "body",
  "'\"...,\" he told GPB.' (he = Dr Laurence Buckman, who 'described the letter as \"odd\"' in the line before)", "pronoun"),
 ("She has had absolutely single-minded hostility", "seems very odd.", lb, P, lb_r, "body", "next line of his quote, opened and closed with no attribution of its own", "continuation"),
 ("I am very surprised by the reaction to the letter", "over a week old,", cg, P, cg_r, "body",
  "'\"...,\" she said.' (she = Dr Gerada of the line before)", "pronoun"),
 ("We did write to the Prime Minister", "whatever comes out of it.", cg, P, cg_r, "body", "next line of her quote (left open)", "continuation"),
 ("It is our job to work with government", "But that doesn't", cg, P, cg_r, "body", "next line of her quote; cut off by the end of the excerpt", "continuation"),
])

f("health-and-social-care-act-2012.txt", [
 ("My Lords, this is a bill of profound importance", "speak today and tomorrow...", "Earl Howe", P,
  "Parliamentary Under-Secretary of State for Health", "body",
  "'during which the Parliamentary Under-Secretary of State for Health Earl Howe said: '...'' (straight single marks; 'pause' above has 1 word)", "said-before"),
 ("The original National Health Service Act 1946", "carried out from Whitehall.", "Earl Howe", P,
  "Parliamentary Under-Secretary of State for Health", "body", "next paragraph of his speech, opened and closed with no attribution of its own", "continuation"),
])

f("health-and-social-care-bill-third-reading-update.txt", [
 ("reduced inequalities between patients with respect", "access health services", "", N, "", "body",
  "'Earl Howe ... moved Amendment 7 to Clause 23 to strengthen the duties on ... to assess their annual reports on how they have '...'': the wording of the duty in the amendment, which no one is said to have said; Baroness Thornton's 'it do is cut off after two tokens", "other"),
])

f("health-and-wellbeing-boards-one-year-to-go.txt", [
 ("this new dynamic, one of empowered local leaders", "starting in early childhood.", "David Behan", P,
  "Director General for Social Care, Partnerships and Local Government at the Department of Health", "body",
  "'David Behan, Director General for ... at the Department of Health says “...”' (verb before the quote, no colon)", "said-before"),
 ("The onus now switches to the health and care system", "keep focused on the overal", "David Nicholson", P, "", "body",
  "'In his transition letter, David Nicholson says:' on the line before (no role stated); cut off mid-word by the end of the excerpt", "said-before"),
])

f("health-bill-receives-royal-assent.txt", [
 ("I am furious – I was appointed to lead", "first meeting with PM.", "Professor Steve Field", P, "Chair of the NHS Future Forum", "body",
  "'He tweeted soon after hearing the news: “...”' (He = Professor Field, 'angering Professor Field' in the sentence before; 'Professor Steve Field was appointed Chair of the NHS Future Forum' above; ‘listening exercise’, “a sham” and ‘pause’ have 1-2 words)", "pronoun"),
])

mg2_r = "President and Provost of University College London (UCL)"
f("lansley-names-academic-to-head-nhscb.txt", [
 ("I am passionate about the NHS and see the Commissioning Board", "and of the nation,", mg, P, mg2_r, "body",
  "'“...,” said Prof Grant.' (named 'Professor Malcolm Grant, President and Provost of University College London (UCL)' in the lead; “honoured” and “this vital role.” above have 1-3 words)", "said-after"),
 ("We need to build on the very best of NHS qualities", "openness to innovation,", mg, P, mg2_r, "body", "'“...,” he added.' (he = Prof Grant)", "pronoun"),
 ("has distinction and authority, is outstandingly capable", "values of the NHS.", al, P, "Health Secretary", "body",
  "'Mr Lansley said that Prof Grant “...”' (named 'Health Secretary Andrew Lansley' in the lead; built into the writer's sentence)", "fragment"),
 ("bringing his characteristics of leadership", "needs of patients and achi", al, P, "Health Secretary", "body",
  "'The Health Secretary added that he looked forward to Prof Grant “...' (built into the writer's sentence; cut off mid-word by the end of the excerpt)", "fragment"),
])

f("management-cutbacks-yet-to-begin-as-40-pcts-make-just-26-staff-redundant.txt", [
 ("What we do know is a number of PCTs have offered a r", None, "Dr Richard Vautrey", P, "GPC deputy chair", "body",
  "quote paragraph after 'Dr Richard Vautrey, GPC deputy chair and a GP in Leeds, said that ...' (his reported speech; named 'GPC deputy chair Dr Richard Vautrey' earlier); cut off mid-word by the end of the excerpt", "continuation"),
])

f("monitor-seeks-solution-to-competition-impasse.txt", [
 ("I want to see whether we can agree", "from a competition view.", dbn, P, "Chief executive", "body",
  "'Mr Bennett told an HSJ/Capsticks roundtable: “...”' (named 'Chief executive David Bennett' in the second paragraph)", "said-before"),
 ("I am hoping that we will get to a place", "conclusion quite quickly.", dbn, P, "Chief executive", "body",
  "quote paragraph with no attribution after the paragraph of his reported speech ('Monitor was discussing ... whether they would “take significant note” ...', 3 words); Sir David Nicholson's “get out there” below has 3 words", "continuation"),
])

bh2 = "Barbara Hakin"; bh2_r = "the NHS Commissioning Board’s national director for commissioning development"
f("most-second-wave-ccgs-have-authorisation-conditions-imposed.txt", [
 ("At the point of authorisation, a CCG has", "commissioning organisation,", bh2, P, bh2_r, "body",
  "'“...,” she said.' (she = 'Barbara Hakin, the NHS Commissioning Board’s national director for commissioning development' of the paragraph before; “directions.” above has 1 word)", "pronoun"),
 ("Even those CCGs authorised with no condit", None, bh2, P, bh2_r, "body",
  "second passage re-opened in the same paragraph after 'she said.'; cut off mid-word by the end of the excerpt", "continuation"),
])

f("nhs-modernisation-listening-exercise-and-nhs-future-forum.txt", [
 ("We want to continue to listen to", "further in the normal way.", al, P, "Secretary of State for Health", "body",
  "'On 4 April 2011, Secretary of State for Health Andrew Lansley announced ... He stated: '...'' (straight single marks; 'pause' and 'listening exercise' have 1-2 words)", "pronoun"),
])

f("over-80-compulsory-redundancies-in-south-west-essex.txt", [
 ("began by informing the board that the implementation", "was making progress", "The minutes of the PCT’s January board meeting", D, "", "body",
  "'The minutes of the PCT’s January board meeting note that, in his report, chief executive Andrew Pike “...”.' (the minutes' words about Pike, in the third person; the minutes' author is not named; built into the writer's sentence)", "fragment"),
 ("While staff had been given notice", "recognised the progress made.", "Andrew Pike", P, "chief executive", "body",
  "'However, he added: “...”' (he = chief executive Andrew Pike, the subject of the paragraph before; “about 45 compulsory redundancies” there has 4 words)", "pronoun"),
])

jr = "Jon Restell"; jr_r = "chief executive of Managers in Partnership"
f("pcts-begin-new-wave-of-redundancies.txt", [
 ("We’re expecting something big to happen", "needs to ‘downsize’,", jr, P, jr_r, "body",
  "'“...,” he said.' (he = Jon Restell, chief executive of Managers in Partnership, named two paragraphs before; the nested ‘downsize’ has 1 word)", "pronoun"),
 ("at the higher end of what we might expect", None, jr, P, jr_r, "body",
  "'That proportion is “...” compared to what could be seen elsewhere, Mr Restell said.' (built into the writer's sentence; “harder and earlier” below has 3 words)", "fragment"),
])

sf_r = "the immediate past chair of the Royal College of GPs (RCGP)"
f("professor-steve-field-interview.txt", [
 ("committing a form of child abuse", None, "Professor Steve Field", P, sf_r, "body",
  "'he raised his national profile when he said parents who smoke in cars are \"...\"' (he = Field: 'A practising GP partner in inner city Birmingham and the immediate past chair of the Royal College of GPs (RCGP), Field's ...'; built into the writer's sentence; 'listening exercise', 'pause' and 'common touch' have 1-2 words)", "fragment"),
 ("A lot of people told me it probably wasn't", "that was ok.", "Professor Steve Field", P, sf_r, "body",
  "follows the writer's sentence 'he seems to acknowledge the dangers of his Forum role when he jokes about advice he was given against the job offer.' in the same paragraph, with no verb of its own", "continuation"),
])

f("rcgp-regional-representatives-rebel-over-geradas-anti-health-bill-stance.txt", [
 ("confirm their support for the views of the chair", "Health and Social Care Bill", "", N, "", "body",
  "'The motion, which asked RCGP Council members to ‘...', was proposed by ...': motion wording, which no one is said to have said (‘a lot of support' and ‘irreperable damage' above have 2-4 words)", "other"),
 ("They understood the call for the withdrawal", "clinical commissioning and w", "Dr Howard Bloom", P,
  "RCGP Council member for South West Thames and a GP in Surrey", "body",
  "'Dr Bloom told Pulse his faculty thought the RCGP should be more supportive ...: ‘...' (named 'Dr Howard Bloom, RCGP Council member for South West Thames and a GP in Surrey' above); cut off mid-word by the end of the excerpt", "said-before"),
])

nb = "Nick Bradley"; nb_r = "Unison representative for Essex"
f("redundancies-at-south-essex-health-trust-total-68.txt", [
 ("We’ve done our best to minimise redundancies", "for their hard work.", "Andrew Pike", P,
  "chief executive of NHS South Essex and now area director for Essex Area Team of NHS Commissioning Board", "body",
  "'Andrew Pike, chief executive of NHS South Essex and now area director for Essex Area Team of NHS Commissioning Board, said: “...”'", "said-before"),
 ("Across the country there have been several tens of thousands", "from the closure of PCTs.", nb, P, nb_r, "body",
  "'Nick Bradley, Unison representative for Essex, said: “...' (left open)", "said-before"),
 ("Any redundancy particularly in this present climate is absolutely awful.", None, nb, P, nb_r, "body",
  "next paragraph of his quote; a second opening mark part-way through marks a merged paragraph break (as Q0020/Q0021), so the paragraph is split into two records", "continuation"),
 ("People are going to find it so difficult", "specialist health service roles.", nb, P, nb_r, "body",
  "the passage after the second opening mark in the same paragraph, closed", "continuation"),
 ("They each have a chief executive, finance officer", "is beyond us.", nb, P, nb_r, "body", "'Mr Bradley said: “...”'", "said-before"),
])

f("second-wave-of-ccgs-to-take-over-nhs-budgets.txt", [
 ("made fantastic progress in a very short time", None, bh, P, "", "body",
  "'Still, Dame Barbara Hakin insists that CCGs have \"...\"' (no role stated; built into the writer's sentence; \"formal support\" above has 2 words)", "fragment"),
 ("the vast majority of these 67 new organisations", "local partner organisations", bh, P, "", "body",
  "'and that \"...\".' (the same sentence of her reported speech)", "fragment"),
 ("It has always been clear that some of the new organisations", "previous commissioning activities,", bh, P, "", "body",
  "'\"...,\" and the NHSCB \"...\", she said.' (she = Dame Barbara Hakin of the paragraph before)", "pronoun"),
 ("has the mechanisms in place to give them all the support", "high standard as elsewhere", bh, P, "", "body",
  "'and the NHSCB \"...\", she said.' (her words about the NHSCB, built into the writer's clause)", "fragment"),
])

sf = "Steve Field"; sf2_r = "chair of the government’s NHS Future Forum review"
f("steve-field-cameron-listening-exercise-is-for-real.txt", [
 ("not just a paper exercise", None, sf, P, sf2_r, "body",
  "lead: 'Steve Field, chair of the government’s NHS Future Forum review, has told HSJ it is “...”' (five words; built into the writer's sentence; “going back” and “genuinely raising concerns” have 2-3 words)", "fragment"),
 ("I have been assured they [the government]", "act independently.", sf, P, sf2_r, "body",
  "'He said: “...' (He = Professor Field; the bracketed insertion is inside the quote; left open)", "pronoun"),
 ("David Cameron said he wanted a genuine period", "help improve the bill.", sf, P, sf2_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("I have been assured it is not just a paper exercise.", "a genuine exercise.", sf, P, sf2_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("This is a pause in the bill.", "can be improved.", sf, P, sf2_r, "body",
  "'He said: “...' (He = Professor Field, the subject of the sentence before; left open)", "pronoun"),
 ("This isn’t a consultation exercise legally", "through the Commons.", sf, P, sf2_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("It is no good saying, ‘scrap it’", "how do we do that?", sf, P, sf2_r, "body",
  "next paragraph of his quote, closed (the nested ‘scrap it’ has 2 words)", "continuation"),
])

db2_r = "Chair of Monitor"
f("the-nhs-needs-the-right-kind-of-competition.txt", [
 ("The Health and Social Care Bill is very substantial", "introduced in this country,", db, P, db2_r, "body",
  "'\"...,\" he said.' (he = Dr Bennett, 'Dr David Bennett, Chair of Monitor' above)", "pronoun"),
 ("free at the point of use", None, "", N, "", "body",
  "nested inside Dr Bennett's quote ('since 'free at the point of use' healthcare was introduced'): a stock description of the NHS, not anyone's speech", "other"),
 ("as a sector regulator Monitor needs to be guided", "encouraging innovation.", db, P, db2_r, "body",
  "'Dr Bennett later discussed competition in the NHS \"...\"' (no colon or verb of saying; built into the writer's sentence)", "fragment"),
 ("we need much more information about what works", "we need to know.", db, P, db2_r, "body",
  "'However, he warned that \"...\"' (he = Dr Bennett; built into the writer's sentence)", "fragment"),
])

f("wave-2-apps-received.txt", [
 ("As we move towards April 2013", "safe and effective commissioning organisations.", bh, P,
  "National Director: Commissioning Development at the Board Authority", "body",
  "'Dame Barbara Hakin, National Director: Commissioning Development at the Board Authority, said:' on the line above the quote (the reader comments below carry no quotation marks)", "said-before"),
])

label_table.build(R, prefix="A", split="heldout23", out="eval/quotes/heldout23.jsonl")
