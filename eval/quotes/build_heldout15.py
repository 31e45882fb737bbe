"""Build heldout15.jsonl (the fifteenth held-out attribution set, over eval/corpus18) from
the hand-written label table below.

Same method as build_heldout14.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout15.py   (writes eval/quotes/heldout15.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus18/")

# ---------------------------------------------------------------------------
mh = "Dr Mike Hipwell"; mh_r = "Conishead Medical Group partner"
db = "Debbie Burnicle"; db_r = "deputy chief officer at NHS Sunderland CCG"
f("8000-patients-losing-their-gp-in-new-round-of-practice-closures.txt", [
 ("We have been proud to serve the community", "immensely difficult decision.", mh, P, mh_r, "body",
  "'Conishead Medical Group partner Dr Mike Hipwell said: ‘...' (left open)", "said-before"),
 ("We have explored different options", "a practice of our size.", mh, P, mh_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("The partners have taken a difficult decision", "end on December 31.", db, P, db_r, "body",
  "'Debbie Burnicle, deputy chief officer at NHS Sunderland CCG, said: ‘...' (left open)", "said-before"),
 ("We are looking at the best way", "after that date.", db, P, db_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("damning indictment of this Government’s market approach to healthcare", None, "Anna Turley", P, "Labour MP", "body",
  "'with Labour MP Anna Turley saying the lack of bids marks a ‘...’' (built into the writer's sentence)", "fragment"),
])

f("cambridgeshire-ccg-five-year-contract-crumbles-after-eight-months.txt", [
 ("We would like to reassure patients and carers", "the new model of care,", "Dr Neil Modha and Keith Spencer", P,
  "chief clinical officer at the CCG; UnitingCare chief executive", "body",
  "'“...,” they added.' (they = 'Dr Neil Modha, chief clinical officer at the CCG, and Keith Spencer, UnitingCare chief executive', paragraph before; one record naming both, the joint-statement rule)", "pronoun"),
 ("They are crucial to the provision", "very much part of future", "Dr Neil Modha and Keith Spencer", P,
  "chief clinical officer at the CCG; UnitingCare chief executive", "body",
  "next paragraph, no attribution of its own; cut off by the end of the excerpt", "continuation"),
])

cb = "Dr Chirag Bakhai"; cb_r = "clinical director and a local GP"
f("ccg-bans-gps-from-prescribing-otc-medicines-and-gluten-free-foods.txt", [
 ("The NHS pays much more than the consumer", "gluten-free products.", cb, P, cb_r, "body",
  "'Dr Chirag Bakhai, clinical director and a local GP, said: ‘...' (left open)", "said-before"),
 ("The majority of minor illnesses resolve", "population of Luton.", cb, P, cb_r, "body", "next paragraph of his quote, closed", "continuation"),
])

gh = "Geraldine Hoban"; gh_r = "the current accountable officer for Crawley and Horsham and Mid Sussex"
f("ccgs-handed-legal-directions-after-deficits-slide.txt", [
 ("challenge we face is significant", None, gh, P, gh_r, "standfirst",
  "standfirst bullet 'Accountable officer says “...”' (the same words open the quote of Geraldine Hoban, 'the current accountable officer', below; built into the bullet's sentence)", "fragment"),
 ("The CCGs have reported at month seven", "as far as possible.", "Crawley CCG and Horsham and Mid Sussex CCG", O, "", "body",
  "'The CCGs confirmed yesterday that the forecasts had been significantly revised. A statement said: “...”' (the statement is the two CCGs' confirmation)", "description"),
 ("The challenge we face is significant. In the long term", "sustainability an", gh, P, gh_r, "body",
  "'Geraldine Hoban, the current accountable officer ..., said: “...'; cut off by the end of the excerpt", "said-before"),
])

dh = "Department of Health and Social Care"; jw = "Julie Wood"; jw_r = "NHSCC chief executive"
f("ccgs-remain-responsible-gluten-free-foods-prescribing.txt", [
 ("bread and [flour] mixes only", None, dh, O, "", "body",
  "'The Department of Health and Social Care (DH) decided last week that gluten-free “...” should remain available' (the decision's wording, five tokens, built into the writer's sentence)", "fragment"),
 ("does not affect the statutory authority that a CCG has", None, "NHS Clinical Commissioners", O, "", "body",
  "'But NHS Clinical Commissioners (NHSCC) ... told C+D it is “pleased” [1 word] that the DH's decision “...”' (built into the writer's sentence)", "fragment"),
 ("if that is what is supported locally", None, jw, P, jw_r, "body",
  "'NHSCC chief executive Julie Wood said CCGs can still “go further” [2 words] and remove ..., “...”' (the caption lines above have no marks)", "fragment"),
 ("While our members would have preferred", "the current spend,", jw, P, jw_r, "body", "'“...,” Ms Wood said.'", "said-after"),
 ("only allow the prescribing of certain gluten-free foods (eg bread and flour)", None, dh, O, "", "body",
  "'The DH's gluten-free consultation ... gave respondents three options: ...; or “...”' (the consultation document's wording, built into the writer's sentence)", "fragment"),
 ("product type, quantities or patient status", None, dh, O, "", "body",
  "'According to the DH’s impact assessment, ... 102 implement restrictions around “...”' (the assessment's wording; the crosshead \"Missed opportunity\" has 2 words)", "fragment"),
 ("missed opportunity to release the whole of the £22 million that is currently spent on gluten-free products", None, jw, P, jw_r, "body",
  "'Ms Woods described the outcome of the consultation as a “...”' (printed 'Ms Woods'; the speaker established as Julie Wood)", "fragment"),
 ("If the NHS is to deliver what is expected of it", None, jw, P, jw_r, "body",
  "quote paragraph with no attribution straight after her fragment; cut off by the end of the excerpt", "continuation"),
])

cw = "Clare Watson"; cw_r = "accountable officer for the proposed merger"
cr = "Dr Chris Ritchieson"; cr_r = "chair of NHS West Cheshire CCG"
f("confirmed-merger-of-four-cheshire-ccgs-following-gp-vote-of-approval.txt", [
 ("We are delighted to receive approval", "the people of Cheshire.", cw, P, cw_r, "body",
  "'Clare Watson, accountable officer for the proposed merger, said: ‘...' (left open)", "said-before"),
 ("[The merger] will enable us", "more care closer to home.", cw, P, cw_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("Along with Dr Andrew Wilson", "on our merger proposals.", cr, P, cr_r, "body",
  "'Dr Chris Ritchieson, chair of NHS West Cheshire CCG, said: ‘...' (left open; the other two chairs are named inside his quote and do not speak)", "said-before"),
 ("We would also like to acknowledge", "single strategic commission", cr, P, cr_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

aj = "Anne Jeffreys"; aj_r = "from Hull and East Yorkshire LMC"
jc = "Jeremy Cox"; jc_r = "from Hertfordshire LMC"
f("general-practice-is-facing-its-biggest-ever-workforce-crisis-bma-warns.txt", [
 ("GPs who are leaving the profession early are supported to stay in practice", None, "", N, "", "body",
  "'The motion also called on the government to ensure that “...”' (motion wording, no one is said to have said it; “since its inception,” has 3 words)", "other"),
 ("all those wishing to return to the profession are fully supported and encouraged to do so.", None, "", N, "", "body",
  "second strand of the motion wording ('and that “...”')", "other"),
 ("Anyone who has worked abroad", "only work under supervision.", aj, P, aj_r, "body",
  "quote with no verb of its own in the same paragraph as 'She said that it should also be easier ...' (she = Anne Jeffreys, proposing the motion)", "pronoun"),
 ("not the job we went in to, nor the job we want.", None, aj, P, aj_r, "body",
  "'Jeffreys said that current general practice was “...”' (built into the writer's sentence)", "fragment"),
 ("There does need to be a step change", "all policy makers.", aj, P, aj_r, "body", "'She added, “...”'", "pronoun"),
 ("There are a lot of recently retired GPs", "the job that I am doing,", jc, P, jc_r, "body",
  "'“...,” he said.' (he = Jeremy Cox, whose reported speech opens the paragraph)", "pronoun"),
 ("The whole package of general practice needs to improve to", None, jc, P, jc_r, "body",
  "second passage re-opened after '..., he said.' with no attribution of its own; cut off by the end of the excerpt", "continuation"),
])

cn = "Dr Chaand Nagpaul"
f("gp-contract-faces-radical-reform-opposition-seven-day-nhs-grows.txt", [
 ("Jettison the political pipe dreams of tomorrow", None, cn, P, "GPC chairman", "body",
  "'‘...’, said Dr Nagpaul,' ('Opening the conference GPC chairman Dr Chaand Nagpaul called on ...' before it)", "said-after"),
 ("and get real about how we resource, resuscitate and rebuild general practice", None, cn, P, "GPC chairman", "body",
  "second passage re-opened after ', said Dr Nagpaul,' in the same sentence ('no inkling' and 'on its knees' below have 2 and 3 words)", "continuation"),
])

ss = "Simon Stevens"; ss_r = "NHS England chief executive"
f("im-pro-gp-nhs-leader-ever-says-simon-stevens.txt", [
 ("I would regard myself as probably", "possibly ever.", ss, P, ss_r, "body",
  "'Mr Stevens said: ‘...’' (named in full with the role in the caption lines and the lead; ‘backs against the wall’ and ‘parity of esteem’ have 4 and 3 words)", "said-before"),
 ("The fact is there is a deal on offer here", "are up for that.", ss, P, ss_r, "body", "'He added: ‘...’'", "pronoun"),
])

cn_r = "new chair of the GPC"
f("new-gpc-chair-warns-ministers-over-plans-to-change-gp-contract.txt", [
 ("folly of getting into a battle", None, cn, P, cn_r, "body",
  "'Ministers must recognise the ‘...’ with GPs ..., the new chair of the GPC has urged.' (named as Dr Chaand Nagpaul in the next paragraph; built into the writer's sentence)", "fragment"),
 ("I would like to believe that the Government", "in conflict with GPs.", cn, P, cn_r, "body",
  "'He claimed that this year’s contract imposition had ‘exhausted’ [1 word] GPs ..., and said: ‘...’' (He = Dr Nagpaul)", "pronoun"),
 ("I think it is more a case that the Government", "change its approach.", cn, P, cn_r, "body",
  "'Asked in his first interview ..., he said: ‘...’'", "pronoun"),
 ("I think what the Government should be more interested in", "to deliver that.", cn, P, cn_r, "body",
  "'But Dr Nagpaul said: ‘...’'", "said-before"),
 ("You can’t divorce GP out of hours services", "such as Darzi cl", cn, P, cn_r, "body",
  "next paragraph, no attribution of its own, after his closed quote; cut off by the end of the excerpt", "continuation"),
])

dn = "Sir David Nicholson"; dn_r = "shadow NHS Commissioning Board chief executive"
f("nicholson-says-ccgs-should-get-choice-of-support-provider.txt", [
 ("The idea of CCGs being able to make choices", "a really good one.", dn, P, dn_r, "body", "'Sir David said: “...”'", "said-before"),
 ("historically, NHS management has tended looked up the system for its leadership, rather than outwards", None, dn, P, dn_r, "body",
  "'He told the conference that “...”.' (lower-case clause carrying on the writer's sentence)", "fragment"),
 ("We need over the next 12 months", "we intend to make,", dn, P, dn_r, "body", "'“...,” Sir David said.'", "said-after"),
 ("I’m happy to look at that again.", "making that happen", dn, P, dn_r, "body", "'Sir David said: “...”.'", "said-before"),
 ("All we’re saying is we want to ensure", "support you locally.", dn, P, dn_r, "body",
  "'He said: “...”' (“arms” and “doing our business” before it have 1 and 3 words; the cut-off “but we have t” after it has 4 tokens)", "pronoun"),
])

f("nicholson-to-head-up-nhs-commissioning-board.txt", [
 ("The change agenda set out is perhaps", "grip on current performance.", dn, P, "NHS chief executive", "body",
  "'In a letter to NHS bosses, Sir David wrote: ‘...' (left open; 'NHS chief executive Sir David Nicholson' in the lead)", "said-before"),
 ("Nevertheless, the vision for the new system", "the task ahead of us", dn, P, "NHS chief executive", "body",
  "next paragraph of his letter; cut off by the end of the excerpt", "continuation"),
])

f("nicholson-to-remain-nhs-chief-executive-until-2013-as-reform-timetable-relaxes.txt", [
 ("Sir David Nicholson will retain his current role", "NHS Commissioning Board.", "Department of Health", O, "", "body",
  "'the Department of Health’s new command paper ... The document says: “...' (left open; the document's words are its owner's, pattern as 'the papers said:')", "description"),
 ("This will help ensure that all parts", "the new structures.", "Department of Health", O, "", "body",
  "next paragraph of the quote, closed (“ready and willing”, “greatest concerns” and “on its behalf” below have 2-3 words)", "continuation"),
])

jd = "Jackie Doyle-Price"; jd_r = "health minister"
rm = "Rachel Maclean"
f("patients-switching-gp-practices-rationing-services-like-ivf.txt", [
 ("The postcode lottery is not acceptable", "get around it.", jd, P, jd_r, "body",
  "'Speaking in the House of Commons last week, she said: '...' (she = Jackie Doyle-Price, 'a health minister' in the lead; left open; 'get around' and 'unacceptable' above have 2 and 1 words)", "pronoun"),
 ("My local CCG, having funded three courses", "in neighbouring CCGs.", jd, P, jd_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("Provision of IVF in Redditch", "two cycles to one.", rm, P, "MP", "body",
  "'a question in parliament from MP Rachel Maclean, who said: '...' (the 'who said:' rule; left open)", "said-before"),
 ("I warmly welcome the work", "across the country.", rm, P, "MP", "body", "next paragraph of her quote (left open)", "continuation"),
 ("But what more can she do", "hip and knee surgery?", rm, P, "MP", "body", "next paragraph of her quote, closed", "continuation"),
])

wl = "Welsh LMCs"; bl = "Dr David Bailey"; bl_r = "chair of GPC Wales"
f("recruitment-crisis-threatens-the-practice-of-family-medicine-welsh-lmcs-warn.txt", [
 ("threatens the practice of family medicine", None, wl, O, "", "headline",
  "headline 'Recruitment crisis ‘...’, Welsh LMCs warn' (built into the headline's sentence; the lead gives the same words to Welsh LMCs)", "fragment"),
 ("threatens the practice of family medicine as we currently know it", None, wl, O, "", "body",
  "'Difficulties recruiting full-time GPs in Wales ‘...’, Welsh LMCs have warned.' (built into the writer's sentence; ‘crisis’ in the next paragraph has 1 word)", "fragment"),
 ("if the impending recruitment crisis is not addressed", "issued in recent years.", "", N, "", "body",
  "'They unanimousy passed a motion predicting that ‘...’' (motion wording, no one is said to have said it)", "other"),
 ("rural recruitment difficulties threaten the practice of family medicine as we know it", None, "", N, "", "body",
  "'A motion warning that ‘...’ was also passed unanimously.' (motion wording)", "other"),
 ("definitely impact on patient care", None, bl, P, bl_r, "body",
  "'Dr David Bailey, chair of GPC Wales, said recruitment shortages would ‘...’' (five words, built into the writer's sentence)", "fragment"),
 ("General practice is becoming less of an attractive career", "absolute urgency.", bl, P, bl_r, "body",
  "'He said: ‘...’' (He = Dr David Bailey)", "pronoun"),
 ("On 1 April one practice o", None, "Dr Jonathan Jones", P, "executive member of North Wales LMC", "body",
  "quote paragraph with no attribution straight after 'Dr Jonathan Jones, executive member of North Wales LMC, said there was ...' (reported speech); cut off by the end of the excerpt", "continuation"),
])

rv = "Dr. Richard Vautrey"; rv_r = "The General Practitioners Committee deputy chairman"
f("smokers-cut-from-some-operations-in-england.txt", [
 ("ensure that limited resources available to the CCG are applied to those with most health need", None, "Another CCG", D, "", "body",
  "'Another said it applied restrictions to ‘...’' (Another = another CCG, after 'One CCG was quoted as saying'; “rationing of services” and “spurious clinical reasons” above have 3 words)", "fragment"),
 ("should be informed that smoking is likely to reduce their fertility", None, "NICE", O, "", "body",
  "'the guidance recommends only that patients ‘...’' (NICE (National Institute for Health and Care Excellence) guidance; built into the writer's sentence)", "fragment"),
 ("CCGs should be open and honest.", "for clinical reasons.", rv, P, rv_r, "body",
  "second passage re-opened after '“It’s blatant rationing,” [3 words] said Vautrey.' with no attribution of its own (named in full as 'Dr. Richard Vautrey' before)", "continuation"),
])

ps = "Paul Simpson"; ps_r = "chief finance officer"
f("staffordshire-nhs-cuts-planned-to-avoid-25m-debt.txt", [
 ("The clear statements coming from Government", "manage it better.", ps, P, ps_r, "body",
  "'Paul Simpson, chief finance officer, said: \"...' (left open; 'control target', 'planned deficit' above have 2 words)", "said-before"),
 ("The most striking point is that last year", "the right thing to do.", ps, P, ps_r, "body", "next line of his quote (left open)", "continuation"),
 ("But that will not be enough this year", "go further.", ps, P, ps_r, "body", "next line of his quote (left open)", "continuation"),
 ("We are spending far more money", "we haven't got.", ps, P, ps_r, "body", "next line of his quote (left open)", "continuation"),
 ("The situation cannot continue it is unsustainable.", None, ps, P, ps_r, "body", "next line of his quote (left open)", "continuation"),
 ("The challenge to make the level of savings", "pretty radical.", ps, P, ps_r, "body", "next line of his quote (left open)", "continuation"),
 ("Throwing money at things isn't always the answer.", None, ps, P, ps_r, "body",
  "last line of his quote, closed ('sacred cows' below has 2 words; Andrew Donald's “So is cut off at 1 word)", "continuation"),
])

dn2 = "Sir David Nicholson"; dn2_r = "NHS Chief Executive"
f("support-not-rule.txt", [
 ("a huge opportunity for us to do things in a way we’ve never been able to do before.", None, dn2, P, dn2_r, "body",
  "'Nicholson seems excited by the prospect ..., describing it as “...”' (built into the writer's sentence; “up and running” in the repeated opening paragraphs has 3 words)", "fragment"),
 ("For all consortia, I genuinely mean this thing about", "That’s my job,", dn2, P, dn2_r, "body", "'“...,” he says.' (he = Nicholson)", "pronoun"),
 ("I want the GP consortia to be the best they can possibly be", None, dn2, P, dn2_r, "body",
  "nested in his own quote: the aim he states ('this thing about, ‘...’'), his own words (the fourth set's rule for a thought quoted inside one's own quote)", "fragment"),
 ("the powers of the NHS Commissioning Board do not lead to central domination over clinically led commissioning consortia", None, "", N, "", "body",
  "'members voted overwhelmingly for the union to pursue an amendment ... that would ensure “...”' (amendment wording voted on, no one is said to have said it)", "other"),
])

label_table.build(R, prefix="Z", split="heldout15", out="eval/quotes/heldout15.jsonl")
