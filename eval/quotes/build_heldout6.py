"""Build heldout6.jsonl (the sixth held-out attribution set, over eval/corpus9) from
the hand-written label table below.

Same method as build_heldout5.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout6.py   (writes eval/quotes/heldout6.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus9/")

# ---------------------------------------------------------------------------
f("betrayed-us-people-react-lincoln-walk-centre-closure.txt", [
 ("the script was already written", None, "Many readers of The Lincolnite", RD, "", "body",
  "'Many readers of The Lincolnite claimed “...” as ...': unnamed readers of the publication, built into the writer's sentence; the words in a named resident's quote below are similar but not the very same ('The script was written…')", "fragment"),
 ("We said no, they said yes", None, "unclear", U, "", "body",
  "crosshead in quote marks; its words are in no quotation of the excerpt, and the section it heads opens with the unnamed 'A number of residents and patients at the walk-in-centre' before named people are quoted", "other"),
 ("The script was written…", "it’s our NHS.", "Molly Wallhead", P, "", "body",
  "'Molly Wallhead said:' (one of 'A number of residents and patients at the walk-in-centre'; no role); the paragraph is left open", "said-before"),
 ("We are the ones that actually use", "care provider alike.", "Molly Wallhead", P, "", "body",
  "next paragraph of Molly Wallhead's quote (closed)", "continuation"),
 ("The most ridiculous decision ever made", "private health care!", "Chris Wright", P, "", "body",
  "'Chris Wright added: “...”' (no role)", "said-before"),
 ("Absolutely crazy, my daughter", "going to be pr", "Christine Burton", P, "", "body",
  "'Christine Burton commented: “...' (no role); cut off by the end of the excerpt", "said-before"),
])

rv = "Dr Richard Vautrey"; rv_r = "BMA GP committee England chair"
f("bma-condemns-rejects-primary-care-specifications.txt", [
 ("The message from GPs in recent weeks", "completely unachievable.", rv, P, rv_r, "body",
  "'BMA GP committee England chair Dr Richard Vautrey said:'; the paragraph is left open", "said-before"),
 ("At a time when demand and workload", "getting off the ground.", rv, P, rv_r, "body",
  "next paragraph of Dr Vautrey's quote, re-opened with ‘ (left open)", "continuation"),
 ("This overload would therefore put", "staff and patients.", rv, P, rv_r, "body",
  "next paragraph of Dr Vautrey's quote (left open)", "continuation"),
 ("Even in the short time GPs were given to respond to", None, rv, P, rv_r, "body",
  "next paragraph of Dr Vautrey's quote; cut off by the end of the excerpt", "continuation"),
])

f("bma-leaders-reject-proposal-to-put-gp-contract-out-to-ballot.txt", [
 ("the real agenda of GP contract change", None, "", N, "", "body",
  "'The motion, which was put forward by the BMA's London Regional Council, also suggested that '...' is to have practices ...': the wording of a motion the meeting voted on; the article does not say anyone said it", "other"),
 ("Within three weeks of January's NHS long-term plan", "GPC’s aim is to", "Anna Athow", P, "from the London Regional Council", "body",
  "'Anna Athow from the London Regional Council, who put the motion forward, said:'; cut off by the end of the excerpt", "said-before"),
])

za = "Zac Arnold"; za_r = "one of the protests organisers"
f("campaigners-demand-that-the-nhs-scraps-plans-to-close-hospitals.txt", [
 ("The consultation carried out has delivered", "close our hospitals.", za, P, za_r, "body",
  "'Zac Arnold, one of the protests organisers, said “...”' (no colon)", "said-before"),
 ("This is a disappointing result", "in places are co", za, P, za_r, "body",
  "'Arnold said “...' (surname only); cut off by the end of the excerpt", "said-before"),
])

kw = "Kimberley Whitehead"; kw_r = "one of the campaign’s leading figures"
f("campaigners-emotional-farewell-accrington-walk.txt", [
 ("Friends of Accrington Victoria Hospital", None, "", N, "", "body",
  "'will now be re-named ‘...’': the new name of the campaign group, not speech", "other"),
 ("It was an emotional gathering", "give their support.", kw, P, kw_r, "body",
  "'She said:' (She = Kimberley Whitehead, one of the campaign’s leading figures, paragraph before); the paragraph is left open", "pronoun"),
 ("The reality had set in", "end of an era.", kw, P, kw_r, "body",
  "next paragraph of Kimberley Whitehead's quote (left open)", "continuation"),
 ("I am extremely angry with the management", "East Lancashire CCG.", kw, P, kw_r, "body",
  "last paragraph of this quote (closed)", "continuation"),
 ("A huge thank-you to the lovely staff", "walk-in centre.", kw, P, kw_r, "body",
  "'She added:' (She = Kimberley Whitehead); the paragraph is left open", "pronoun"),
 ("I wish you all the best and good luck", "fight for our NHS services.", kw, P, kw_r, "body",
  "next paragraph of Kimberley Whitehead's second quote (left open); contains the group's new name in quote marks", "continuation"),
 ("Friends of Accrington Victoria Hospital", None, "", N, "", "body",
  "nested in Kimberley Whitehead's quote: 'We’re renaming the group to ‘...’' – the group's name, not speech", "other"),
 ("We didn’t get what we wanted", "fight for them.", kw, P, kw_r, "body",
  "last paragraph of Kimberley Whitehead's second quote (closed)", "continuation"),
])

rnib = "Royal National Institute for the Blind"
f("cataract-operations-being-rationed-warns-rnib.txt", [
 ("to live with unnecessary sight loss and a reduced quality of life", None, rnib, O, "", "body",
  "'the charity says \"...\" (4 words, not labelled), and that some are being forced \"...\"' (the charity = The Royal National Institute for the Blind, named in the lead)", "fragment"),
 ("just one example of decisions being made", "rather than clinically-led", rnib, O, "", "body",
  "the writer's sentence 'The recent case where St Helens ... is \"...\"', between 'In a letter to the Health Secretary, it stressed' and 'the charity noted': the charity's letter", "fragment"),
 ("Whilst St Helens CCG has now dropped these plans", "include cataract surgery,", rnib, O, "", "body",
  "'\"...,\" the charity noted'", "said-after"),
 ("no decision about me without me\" principle", "arbitrary policies", rnib, O, "", "body",
  "'the charity noted, adding: \"...\"': the added quote has no opening mark of its own (the only opening mark is that of the principle's name at its start) and ends with a closing mark after 'policies'", "said-before"),
 ("no decision about me without me", None, "", N, "", "body",
  "nested at the start of the charity's added quote: the name of a principle (a slogan), not speech", "other", SAME),
 ("The [College] understands the financial pressures", "cost savings expected,", "Professor Carrie MacEwen", P,
  "president of the Royal College of Ophthalmologists (RCOphth)", "body",
  "'\"...,\" said its president Professor Carrie MacEwen' (its = The Royal College of Ophthalmologists (RCOphth), paragraph before)", "said-after"),
])

iff = "Ian Fuller"; iff_r = "Liberal Democrat city councillor for north Springfield"
f("chan-4114747-all-p283.txt", [
 ("The chairman just asked at the end", "no hands going up.", iff, P, iff_r, "body",
  "quote paragraph with no attribution of its own straight after '\"It was very disappointing,\" said Cllr Fuller.' (4 words, not labelled); left open; contains a 3-word nested quote", "continuation"),
 ("They didn't really take on board", "walk-in centre is.", iff, P, iff_r, "body",
  "next paragraph of Cllr Fuller's quote (closed)", "continuation"),
 ("Obviously they have to look at the bigger picture", "use the urgent care centre.", iff, P, iff_r, "body",
  "'Cllr Fuller added: \"...' ; the paragraph is left open", "said-before"),
 ("They think about a third of those", "stabbing in the dark.", iff, P, iff_r, "body",
  "next paragraph of Cllr Fuller's quote (left open)", "continuation"),
 ("There might be lots of people who can't", "struggle to cope.", iff, P, iff_r, "body",
  "next paragraph of Cllr Fuller's quote (left open)", "continuation"),
 ("Everyone is now concerned about parking at", None, iff, P, iff_r, "body",
  "next paragraph of Cllr Fuller's quote; cut off by the end of the excerpt", "continuation"),
])

ro = "Dr Richard Olliver"
f("chan-5671805-article2837.txt", [
 ("The surgery operates a queue system", "positively archaic.", "One respondent", D, "", "body",
  "'One respondent said: \"...\"' (an unnamed respondent to the Healthwatch Surrey survey)", "said-before"),
 ("You go through a surgery of 25 patients", "than I did then.", ro, P, "", "body",
  "'Dr Olliver, who is also the mayor of Horley, said:' (introduced as 'doctor Richard Olliver, who worked as a GP in Horley ...'; relative clauses are not roles)", "said-before"),
 ("We need to train more doctors.", "pressures off doctors.", ro, P, "", "body",
  "'He added:' (He = Dr Olliver)", "pronoun"),
 ("The recording time [takes up a lot of]", "it's not been done.", ro, P, "", "body",
  "'He said GPs are also now expected to record a lot more information: \"...\"' (He = Dr Olliver; reported speech then the quote, no verb of its own)", "pronoun"),
])

jc = "Jane Cummings"; jc_r = "England’s CNO and England Revalidation Board chair"
js = "Jackie Smith"
f("chief-nursing-officer-tells-nmc-england-is-ready-for-revalidation.txt", [
 ("England is ready for revalidation", None, jc, P, jc_r, "headline",
  "headline 'Chief nursing officer tells NMC '...'': the chief nursing officer is named in the body ('England’s CNO and England Revalidation Board chair Jane Cummings has written to NMC registrar Jackie Smith')", "description"),
 ("During the last few months the Board has noted", "questions raised.", jc, P, jc_r, "body",
  "'Ms Cummings writes:' (her letter)", "said-before"),
 ("I am now content for revalidation", "from April 2016", jc, P, jc_r, "body",
  "'The letter continues:' (the letter Jane Cummings has written to Jackie Smith)", "description"),
 ("The England Board stands ready", "remaining risks.", jc, P, jc_r, "body",
  "'It concludes:' (It = her letter)", "pronoun"),
 ("We warmly welcome today’s confirmation", "implementation of revalidation.", js, P, "NMC registrar", "body",
  "'In response Ms Smith said:' (NMC registrar Jackie Smith, named earlier); the paragraph is left open", "said-before"),
 ("With all four UK count", None, js, P, "NMC registrar", "body",
  "next paragraph of Ms Smith's quote; cut off by the end of the excerpt (5 tokens)", "continuation"),
])

jhar = "Joe Harris"; jhar_r = "county councillor and former Cirencester mayor"
f("cirencester-hospitals-minor-injuries-unit-to-close-at-11pm.txt", [
 ("This issue acts to highlight the slow erosion", "national health service,", jhar, P, jhar_r, "body",
  "'\"...,\" he said.' (he = Cllr Harris, paragraph before, introduced as 'county councillor and former Cirencester mayor Joe Harris')", "pronoun"),
 ("We are told that is process", "strapped for cash?", jhar, P, jhar_r, "body",
  "next paragraph of Cllr Harris's quote (left open)", "continuation"),
 ("Closing these units overnight will hit", "from A to B.", jhar, P, jhar_r, "body",
  "next paragraph of Cllr Harris's quote (left open)", "continuation"),
 ("This will mean that some people have to get", "under-pressure ambulance service.", jhar, P, jhar_r, "body",
  "next paragraph of Cllr Harris's quote (left open)", "continuation"),
 ("It comes back to the same point", "our NHS is underfunded.", jhar, P, jhar_r, "body",
  "last paragraph of Cllr Harris's quote (closed)", "continuation"),
])

f("community-hospitals-research-news.txt", [
 ("Don't fool with our local NHS.", None, "", N, "", "body",
  "'with the theme, \"...\"': the protest's theme, a slogan, not speech", "other"),
 ("The people of Honiton came out in force", "everyone present.", "A report from Honiton", D, "", "body",
  "the line 'This report from Honiton:' above the quote (an unnamed report); the opening mark is never closed and the next paragraph has no marks, so only this paragraph is labelled", "name-role-line"),
])

mh = "Mark Hellowell"; mh_r = "an Edinburgh University economist"
f("counting-the-cost-of-pfi-in-the-nhs.txt", [
 ("In some ways it’s not a surprise", "to this point,", mh, P, mh_r, "body",
  "'“...,” he said.' (he = Mark Hellowell, who 'told Channel 4 News that ...' in the paragraph before; 'who has advised the Treasury select committee on PFI' is a relative clause)", "pronoun"),
 ("I think that even in terms of PFI", "egregious example.", mh, P, mh_r, "body",
  "second quoted sentence after 'he said' in the same paragraph", "continuation"),
])

f("cuts-to-council-budgets-threaten-care-for-elderly-and-disabled.txt", [
 ("carry out the majority of personal care or domestic routines", None, "Local Government Association", O, "", "body",
  "'even if they are unable to “...”' in the writer's sentence, straight after the paragraph on the Local Government Association's written submission to MPs", "fragment"),
 ("[Care] would only be for those so fragile", "residential home.", "Andrew Harrop", P,
  "director of policy and public affairs for Age UK", "body",
  "quote after a colon in the same paragraph as 'Andrew Harrop, director of policy and public affairs for Age UK, said that ...' (reported speech; no verb of its own)", "said-before"),
 ("For many older people it is a health and safety service", "OK in the evening,", "Andrew Harrop", P,
  "director of policy and public affairs for Age UK", "body",
  "'He said that ... loneliness: “...,” he added.' (he = Andrew Harrop)", "pronoun"),
 ("This shows that you cannot make big budget cuts", "lives of many.", "John Healey", P, "shadow health minister", "body",
  "'The shadow health minister, John Healey, said:'", "said-before"),
])

f("decision-to-close-minor-injuries-units-was-disgrace-says-community.txt", [
 ("While I understand the horrendous pressure", "public is disgraceful.", "Frances Smith", P,
  "chairman of the Friends of Evesham Community Hospital", "body",
  "'Mrs Smith, chairman of the Friends of Evesham Community Hospital, said:' (Frances Smith, named earlier)", "said-before"),
])

f("deeper-cuts-to-adult-social-care-packages-planned.txt", [
 ("This will mean that a number of individuals", "packages reduced,", "East Sussex council", O, "", "body",
  "bullet: '“...,” a council report states.' (the bullet is on East Sussex council's plans)", "description"),
 ("There is a risk that the allocation will", None, "unclear", U, "", "body",
  "bullet on Cambridgeshire council's plans; the quote is cut off by the end of the excerpt before any attribution", "other"),
])

bl = "Bryan Leaker"
f("dont-make-west-somerset-a-health-lottery-area.txt", [
 ("The fact is that currently an average", "summer months.", "Stephen Ladyman", P, "Somerset Partnership’s chairman", "body",
  "'A letter from Stephen Ladyman, Somerset Partnership’s chairman, said:' (his letter)", "description"),
 ("If that’s the case why has it taken three years", "close the facility?", bl, P, "Minehead hotelier", "body",
  "'He added:' (He = Mr Leaker, paragraph before; introduced as 'Minehead hotelier Bryan Leaker')", "pronoun"),
 ("Living in a sparsely-populated area", "decision was made.", "Dr Andrew Dayani", P, "medical director of Somerset Partnership", "body",
  "'Dr Andrew Dayani, medical director of Somerset Partnership, said:'", "said-before"),
 ("Why should we have to suffer", "that is a fact.", "One resident", D, "", "body",
  "'One resident said:' (unnamed)", "said-before"),
 ("The temporary reduction in overnight opening hours", "Minor I", "Lucy Watson", P,
  "the Clinical Commissioning Group’s director of patient safety", "body",
  "'Lucy Watson, the Clinical Commissioning Group’s director of patient safety said:'; cut off by the end of the excerpt", "said-before"),
])

f("eating-disorder-patients-sent-to-scotland-for-treatment.txt", [
 ("basically being kept alive in Scotland", None, "Anup Vyas", P, "", "body",
  "'He stated that his stepdaughter’s condition is so severe that she is ‘...’' (He = Anup Vyas from Hemel Hempstead; no role)", "fragment"),
])

nsp = "A spokesman for NHS England"
f("exclusive-the-bma-respond-to-nhs-englands-demand-of-maximum-rate.txt", [
 ("Practice reporting of the maximum indicative pay rate", "over the coming weeks", nsp, D, "", "body",
  "'A spokesman for NHS England responded with “...”' (unnamed; the closing mark comes before the full stop)", "said-before"),
 ("these details will be worked out in the coming weeks", None, nsp, D, "", "body",
  "'the NHS England spokesman told MyLocumManager “...”' (the same unnamed spokesman; no colon)", "said-before"),
])

ma = "Madeleine Atkins"; ma_r = "chief executive of the Higher Education Funding Council for England"
f("five-new-medical-schools-english-universities.txt", [
 ("This significant expansion opens the door", "education and training.", ma, P, ma_r, "body",
  "'Madeleine Atkins, chief executive of the Higher Education Funding Council for England, said:'; the line is left open", "said-before"),
 ("Following a rigorous competitive process", "training and provision.", ma, P, ma_r, "body",
  "next line of her quote (left open)", "continuation"),
 ("Universities and colleges across the country", "areas of greatest need.", ma, P, ma_r, "body",
  "last line of her quote (closed), after a stray line of odd characters", "continuation"),
])

jhu = "Jeremy Hunt"; jhu_r = "Health and social care secretary"
f("five-new-schools-announced-for-biggest-expansion-of-medical-education.txt", [
 ("a focus on the prioritised specialties", "other shortage specialties", "DHSC", O, "", "body",
  "'Applicants also had to show ‘...’' straight after the paragraph ending 'said the DHSC': the department's bidding criteria, built into the writer's sentence", "fragment"),
 ("Setting up five new medical schools", "in 10 years’ time.", jhu, P, jhu_r, "body",
  "'Health and social care secretary Jeremy Hunt said:'; the paragraph is left open", "said-before"),
 ("These schools are being set up in parts", "attract new doct", jhu, P, jhu_r, "body",
  "next paragraph of Hunt's quote; cut off by the end of the excerpt", "continuation"),
])

mp = "Dr Matt Piccaver"; mp_r = "a GP at Glemsford Surgery in Glemsford"
f("gp-federation-set-to-merge-into-113000-patient-super-practice.txt", [
 ("difficulties replacing retiring GPs", "under great strain", "Suffolk Primary Care", O, "", "body",
  "'Suffolk Primary Care said the new partnership model has been sparked by ‘...’'", "fragment"),
 ("By coming together it means surgeries", "highest quality care.", mp, P, mp_r, "body",
  "'Dr Matt Piccaver, a GP at Glemsford Surgery in Glemsford, said:'; the paragraph is left open", "said-before"),
 ("Crucially, the partnership is about making", "more sustainable –", mp, P, mp_r, "body",
  "next paragraph of Dr Piccaver's quote; cut off by the end of the excerpt", "continuation"),
])

sf = "Professor Steve Field"; sf_r = "chief inspector of general practice at the CQC"
f("gp-out-of-hours-services-highly-rated-despite-pressures-finds-cqc.txt", [
 ("Although CQC does not look at the finances", "delivering them.", "CQC", O, "", "body",
  "'The report said:' (the CQC report of the lead); the paragraph is left open", "description"),
 ("Recruitment is often difficult as urgent care work", "private sector.", "CQC", O, "", "body",
  "'It added:' (It = the CQC report)", "pronoun"),
 ("Interestingly, despite these challenges", "caring key question.", "CQC", O, "", "body",
  "'The report continued:' (the CQC report)", "description"),
 ("Well-resourced and integrated urgent care", "should not be overlooked.", sf, P, sf_r, "body",
  "'Professor Steve Field, chief inspector of general practice at the CQC, said:'; the paragraph is left open", "said-before"),
 ("It is encouraging that the majority of care", "in a local area.", sf, P, sf_r, "body",
  "next paragraph of Professor Field's quote (left open)", "continuation"),
])

cn = "Dr Chaand Nagpaul"; cn_r = "GPC chair"
f("gp-practices-forced-to-tell-nhs-england-if-they-pay-over-maximum-rate.txt", [
 ("record annually the number of instances", "as set out by NHS England.", "A statement", D, "", "body",
  "'But a statement says that practices will have to '...’' (a statement whose author the article does not name)", "fragment"),
 ("NHS England propose setting a maximum indicative rate", "locum doctors’ pay.", "NHS Employers", O, "", "body",
  "'NHS Employer's guide to the new contract states:' (the guide of NHS Employers, as printed 'NHS Employer's'); the paragraph is left open", "description"),
 ("NHS England will amend the electronic declaration system", "maximum indicative rate", "NHS Employers", O, "", "body",
  "next paragraph of the guide's quotation, re-opened with ‘ and closed before the full stop", "continuation"),
 ("said they intend to do this unilaterally", None, cn, P, cn_r, "body",
  "'But GPC chair Dr Chaand Nagpaul said NHS England had '...''", "fragment"),
 ("how the rates will be comparable for locums", "at different pay", cn, P, cn_r, "body",
  "same sentence of Dr Nagpaul's reported speech: 'despite concerns from the GPC, including '...''", "fragment"),
 ("NHS England informed us they intend to do this.", "we do not support it and we do", cn, P, cn_r, "body",
  "'He told Pulse:' (He = Dr Nagpaul); cut off by the end of the excerpt", "pronoun"),
])

f("gp-practices-offered-funding-to-employ-pharmacists-under-15m-scheme.txt", [
 ("areas of greatest need where GPs are under greatest pressure", None, "NHS England", O, "", "body",
  "'300 pharmacists will be employed ... in ‘...’': the scheme's wording in the writer's sentence; the lead gives the scheme to NHS England ('NHS England has committed ...') and the next paragraph says 'NHS England said it will fund ...'", "fragment"),
])

dp = "David Pannell"; dp_r = "chief executive of the Suffolk GP Federation"
f("gps-discussing-540000-patient-mega-partnership.txt", [
 ("We are discussing seven different options", "next couple of months.", dp, P, dp_r, "body",
  "'He said: ’...' (He = chief executive David Pannell, paragraphs before: 'Its chief executive David Pannell said ...'); opened with a closing-style mark; the paragraph is left open", "pronoun"),
 ("It’s up to the practices themselves", "possible permutations.", dp, P, dp_r, "body",
  "next paragraph of Mr Pannell's quote, opened with ’ (closed)", "continuation"),
 ("Many salaried GPs don’t want to become partners", "can be set up s", dp, P, dp_r, "body",
  "'He said:' (He = Mr Pannell, paragraph before); cut off by the end of the excerpt", "pronoun"),
])

f("gps-take-quango-to-court-over-arbitrary-charges-claims.txt", [
 ("better reflect the true market based cost", None, "NHS Property Services", O, "", "body",
  "'NHSPS charging policy, as quoted in the GP surgeries’ court papers, requires the company to charge ... which “...”' (the policy of NHS Property Services)", "fragment"),
])

gc = "Greg"
f("gregclark-node-5471.txt", [
 ("I told both G4S and West Kent", "appointments on time.", gc, P, "", "body",
  "'After the meeting, Greg said:' on its own line above the quote (the page names him by first name only); the line is left open", "said-before"),
 ("The local NHS Commissioning Group told me", "local NHS appointments.", gc, P, "", "body",
  "next line of Greg's quote (left open)", "continuation"),
 ("I had also been told by patients", "running late.", gc, P, "", "body",
  "next line of Greg's quote (left open)", "continuation"),
 ("I welcome these steps but I will be keeping", "let me know.", gc, P, "", "body",
  "last line of Greg's quote (closed)", "continuation"),
])

dpr = "Dave Prentis"; dpr_r = "Unison general secretary"
f("hospital-workers-to-begin-six-day-strike-action-from-midnight-tonight.txt", [
 ("These loyal and dedicated workers undertake", "should not be hived off.", "Keith Hutson", P, "Unite regional officer", "body",
  "'Commenting ahead of the action, Unite regional officer Keith Hutson said:'", "said-before"),
 ("There's no good reason for this outsourcing.", "staff that support them.", dpr, P, dpr_r, "body",
  "'Unison general secretary Dave Prentis said:'; the paragraph is left open", "said-before"),
 ("As the NHS approaches its 70th birthday, it deser", None, dpr, P, dpr_r, "body",
  "next paragraph of Prentis's quote; cut off by the end of the excerpt", "continuation"),
])

f("hundreds-of-outsourced-staff-strike-for-fair-pay.txt", [
 ("We made an improved offer to our colleagues", "14 per cent increase for", "A Medirest spokeswoman", D, "", "body",
  "'She added:' (She = 'A Medirest spokeswoman', unnamed, paragraph before); cut off by the end of the excerpt", "pronoun"),
])

ag = "Amanda Grimes"; ag_r = "Wigan Infirmary domestic"
jm = "Joanne McClure"; jm_r = "domestic at the trust"
f("i-love-working-for-the-nhs-so-im-striking-against-being-outsourced.txt", [
 ("I love working for the NHS,", None, ag, P, ag_r, "body",
  "'“...,” says Wigan Infirmary domestic Amanda Grimes (below).'", "said-after"),
 ("We have won awards for being the cleanest hospital", "proud to work here.", ag, P, ag_r, "body",
  "second quoted sentence after the attribution in the same paragraph", "continuation"),
 ("The NHS should provide jobs that are good and secure.", "than we have.", ag, P, ag_r, "body",
  "after '“The proposal isn’t fair,” says Amanda.' (4 words, not labelled): the second quoted part of that paragraph", "continuation"),
 ("is about saving money so it is a big risk to us", "have to take.", jm, P, jm_r, "body",
  "'She points out that the employer’s plan – ... – “...' (She = Her colleague Joanne McClure, who 'has been a domestic at the trust for 20 years'); built into the writer's sentence; left open", "fragment"),
 ("I’ve never been in this situation before", "supportive of one another.", jm, P, jm_r, "body",
  "next paragraph of Joanne McClure's quote (left open)", "continuation"),
 ("If we don’t stop this plan w", None, jm, P, jm_r, "body",
  "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

es = "Eleanor Southwood"; es_r = "chairman of the Royal National Institute of Blind People (RNIB)"
f("investigation-reveals-doubling-nhs-rationing-cataract-surgery.txt", [
 ("Restrictions or delays to cataract surgery", "driving or reading.", es, P, es_r, "body",
  "'She said:' (She = Eleanor Southwood, chairman of the RNIB, paragraph before); the paragraph is left open", "pronoun"),
 ("It’s shocking that access to this life-changing surgery", "(CCGs) in England.", es, P, es_r, "body",
  "next paragraph of her quote (left open)", "continuation"),
 ("Denying people the cataract surgery they need", "costs to the pu", es, P, es_r, "body",
  "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

vr = "Dr Vish Ratnasuriya"; vr_r = "chair of a ‘transition board’ negotiating the merger"
f("largest-ever-merger-creates-275000-patient-super-practice.txt", [
 ("increased influence in the local health economy", None, "Our Health Partnership", O, "", "body",
  "'Our Health Partnership said practices will benefit from ... as well as ‘...’'", "fragment"),
 ("ensure local general practice thrives", "many years to come", vr, P, vr_r, "body",
  "'Dr Vish Ratnasuriya, chair of a ‘transition board’ negotiating the merger, said they were creating a ‘unique organisation’ which would ’...’' (opened with a closing-style mark)", "fragment"),
 ("We will also be able to influence", "underpinned by indepen", vr, P, vr_r, "body",
  "'He added: ’...' (He = Dr Ratnasuriya; opened with a closing-style mark); cut off by the end of the excerpt", "pronoun"),
])

sf2_r = "Chief Inspector of General Practice"
f("most-out-of-hours-gps-deliver-excellent-care.txt", [
 ("Findings from the first comprehensive inspections", None, "", N, "", "body",
  "'A report, ‘...’, by Professor Steve Field': the title of a report, not speech", "other"),
 ("Out-of-hours services are often considered", "responsive and well-led.", sf, P, sf2_r, "body",
  "'Professor Field said:' on its own line above the quote (introduced as 'Professor Steve Field, Chief Inspector of General Practice'); the paragraph is left open", "said-before"),
 ("We saw lots of good practice", "to improve the", sf, P, sf2_r, "body",
  "next paragraph of Professor Field's quote; cut off by the end of the excerpt", "continuation"),
])

dc = "Douglas Carswell"; dc_r = "Local MP"
f("mp-takes-action-over-minor-injuries-unit.txt", [
 ("Every day, on average 70 local residents", "have had accidents", dc, P, dc_r, "body",
  "'\"...\", he said.' (he = Douglas, 'Local MP Douglas Carswell' named above; the comma stands outside the closing mark)", "pronoun"),
 ("If the Minor Injuries Unit wasn't there", "not be seen locally.", dc, P, dc_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("I've spoken very directly to those running", "battle will be won.", dc, P, dc_r, "body",
  "last paragraph of his quote (closed)", "continuation"),
])

ss = "Simon Stevens"; ss_r = "NHS England Chief Executive"
f("new-15m-scheme-to-give-patients-pharmacist-support-in-gp-surgeries.txt", [
 ("This has the potential to be a win-win-win", "for pharmacists.", ss, P, ss_r, "body",
  "'Simon Stevens, NHS England Chief Executive said:'; the paragraph is left open", "said-before"),
 ("Tapping into the skills of clinical pharmacists", "the wider challenge.", ss, P, ss_r, "body",
  "next paragraph of Stevens's quote (closed)", "continuation"),
 ("GPs are struggling to cope with unprecedented", "highly trained pharm", "Dr Maureen Baker", P,
  "Chair of the Royal College of General Practitioners", "body",
  "'Dr Maureen Baker, Chair of the Royal College of General Practitioners said:'; contains a 2-word nested quote; cut off by the end of the excerpt", "said-before"),
])

jb = "John Boulton"; jb_r = "Interim Head of Nursing at Grantham Hospital"
f("new-nurses-recruited-from-the-philippines.txt", [
 ("I was very impressed with the level of experience", "jobs over here.", jb, P, jb_r, "body",
  "'He said:' (He = Interim Head of Nursing at Grantham Hospital John Boulton, paragraph before); the paragraph is left open", "pronoun"),
 ("But it was a humbling experience for me", "could not get a job.", jb, P, jb_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("I came across volunteer nurses", "quite poor.", jb, P, jb_r, "body",
  "last paragraph of this quote (closed)", "continuation"),
 ("If you were to ask these nurses where", "to this country.", jb, P, jb_r, "body",
  "'Mr Boulton said:'", "said-before"),
])

aw = "Alan Williams"
f("new-patient-transport-service-sees-rise-in-complaints.txt", [
 ("Quite simply the transport didn't turn up", "paid for it herself.", aw, P, "", "body",
  "'Mr Williams said:' (Alan Williams, 64, of Cherry Willingham, introduced above; no role); the paragraph is left open", "said-before"),
 ("She was discharged at 3.30pm", "at about 7pm.", aw, P, "", "body",
  "next paragraph of Mr Williams's quote (left open)", "continuation"),
 ("It is not a service at all", "was brought in.", aw, P, "", "body",
  "next paragraph of Mr Williams's quote (left open)", "continuation"),
 ("The whole thing is going backwards.", "lots of complaints.", aw, P, "", "body",
  "last paragraph of Mr Williams's quote (closed)", "continuation"),
 ("Since NSL Care took over non-emergency patient transport services in July,", None, "Alastair Cooper", P,
  "chief executive of NSL Care Services", "body",
  "'Alastair Cooper, chief executive of NSL Care Services, said:'; cut off by the end of the excerpt", "said-before"),
])

f("nhs-accused-of-cruel-rationing-of-hearing-aids.txt", [
 ("driven by need to cut costs", None, "Action on Hearing Loss", O, "", "caption",
  "photo caption 'Restricting the number of hearing aids is ‘...’, says the charity Action on Hearing. Photograph: Alamy' (the caption prints 'Action on Hearing'; the body names the charity in full as 'the charity Action on Hearing Loss')", "fragment"),
])

jhu2_r = "Health secretary"
f("nhs-launches-app-allowing-patients-to-book-gp-appointments.txt", [
 ("The NHS app is a world first", "access health services.", jhu, P, jhu2_r, "body",
  "'Health secretary Jeremy Hunt said:'; the line is left open", "said-before"),
 ("I want this innovation to mark the death knell", "so many patients.", jhu, P, jhu2_r, "body",
  "next line of Hunt's quote (left open)", "continuation"),
 ("Technology has transformed everyday life", "travel and shopping.", jhu, P, jhu2_r, "body",
  "next line of Hunt's quote (left open)", "continuation"),
 ("Health matters much more to all of us, and the prize of that same", None, jhu, P, jhu2_r, "body",
  "next line of Hunt's quote; cut off by the end of the excerpt", "continuation"),
])

f("nhs-online-app-for-appointments-and-prescriptions-set-for-london-rollout.txt", [
 ("This will always be just one way of accessing services.", "should they wish to.", "Dr Jonty Heaversedge", P, "of NHS England", "body",
  "'Dr Jonty Heaversedge of NHS England said:'", "said-before"),
])

idn = "Ian Dalton"; idn_r = "NHS Improvement chief executive"
lk = "Lord Kerslake"; lk_r = "chairman of King's College Hospital NHS Foundation Trust"
f("nhs-trust-put-in-special-measures-after-chairman-resigns-over-funding.txt", [
 ("The financial situation at King's has deteriorated", "support that it receives.", idn, P, idn_r, "body",
  "'NHS Improvement chief executive Ian Dalton said:'; the paragraph is left open", "said-before"),
 ("We understand that the wider NHS faces", "have large deficits.", idn, P, idn_r, "body",
  "next paragraph of Dalton's quote (left open)", "continuation"),
 ("However, none has shown the sheer scale", "deterioration at King's.", idn, P, idn_r, "body",
  "next paragraph of Dalton's quote (left open)", "continuation"),
 ("It is not acceptable for individual organisations", "made real progress.", idn, P, idn_r, "body",
  "last paragraph of Dalton's quote (closed)", "continuation"),
 ("not enough understanding of the scale of the challenge", "is currently facing", lk, P, lk_r, "body",
  "'Lord Kerslake told BBC Radio 4's Today programme that there was \"...\"' (introduced as 'its chairman Lord Kerslake', who quit)", "fragment"),
 ("I am deeply concerned about the position generally", "in London wher", lk, P, lk_r, "body",
  "'He added:' (He = Lord Kerslake); cut off by the end of the excerpt", "pronoun"),
])

js_r = "Nursing and Midwifery Council chief executive"
f("nmc-chief-reassures-nurses-over-revalidation-deadline.txt", [
 ("We are meeting a public expectation here.", "every single day.", js, P, js_r, "body",
  "'Addressing delegates at the Unite/CPHVA annual conference in Manchester today, Ms Smith said:' (Nursing and Midwifery Council chief executive Jackie Smith, paragraph before); the paragraph is left open", "said-before"),
 ("I believe revalidation gives us that opportunity", "the updated code.", js, P, js_r, "body",
  "next paragraph of Ms Smith's quote (closed)", "continuation"),
])

js3_r = "chief executive and registrar at the NMC"
dm = "Danny Mortimer"; dm_r = "CEO of NHS Employers"
f("nmc-rubber-stamps-revalidation-for-all-nurses-and-midwives.txt", [
 ("all the evidence suggests that revalidation", "achievable and beneficial", js, P, js3_r, "body",
  "'Jackie Smith, chief executive and registrar at the NMC, wrote for NHE where she said “...”' (built into the writer's sentence)", "fragment"),
 ("We believe that revalidation will give the public confidence", "improve their practice.", js, P, js3_r, "body",
  "'After the Council made its decision, Smith said:'", "said-before"),
 ("Feedback from the pilot organisations has shown", "expected of them,", dm, P, dm_r, "body",
  "'“...,” he said.' (he = Danny Mortimer, CEO of NHS Employers, whose reported speech is in the paragraph before)", "pronoun"),
 ("It is critical that the preparation work", "to address this.", dm, P, dm_r, "body",
  "second quoted sentence after 'he said' in the same paragraph", "continuation"),
 ("The RCN will be working with the NMC to support nurs", None, "Janet Davies", P,
  "CEO and general secretary of the Royal College of Nursing (RCN)", "body",
  "quote paragraph with no attribution of its own straight after Janet Davies's reported speech ('she added it is now important ...'); cut off by the end of the excerpt", "continuation"),
])

nl = "Sir Norman Lamb"; nl_r = "Former North Norfolk MP"
f("norfolk-autism-waits.txt", [
 ("More than 400 families are waiting for an autism diagnosis in Norfolk. Picture: Getty Images", None, "", N, "", "caption",
  "image alt text in double quotes inside an '%image(...)' markup line (a picture caption), not speech", "other"),
 ("For any health organisation to send out a letter", "just extraordinary,", nl, P, nl_r, "body",
  "'\"...,\" he said.' (he = Former North Norfolk MP Sir Norman Lamb, paragraph before)", "pronoun"),
 ("Sir Norman Lamb raised the case of one constituent in the House of Commons. Picture: Jamie Honeywood", None, "", N, "", "caption",
  "image alt text in double quotes inside an '%image(...)' markup line (a picture caption), not speech", "other"),
 ("She has been let down at every turn", "so many families.", nl, P, nl_r, "body",
  "quote paragraph with no attribution of its own after the image line that follows Sir Norman's closed quote", "continuation"),
 ("Independent Norfolk county councillor Sandra Squire. Pic: Norfolk Independent Group.", None, "", N, "", "caption",
  "image alt text in double quotes inside an '%image(...)' markup line (a picture caption), not speech", "other"),
])

f("nurses-from-the-philippines-set-to-start-work-at-the-trust.txt", [
 ("We are really delighted to have the first", "care to our patients.", "Alice Webster", P, "Director of Nursing", "body",
  "'Alice Webster, Director of Nursing said:'", "said-before"),
])

f("out-of-hours-gp-service-criticised-by-cqc.txt", [
 ("At least half a million people depend on this service", "qualified GPs who ar", "Ian Biggs", P,
  "deputy director of CQC in the South", "body",
  "'Ian Biggs, deputy director of CQC in the South said:' on its own line above the quote; cut off by the end of the excerpt", "said-before"),
])

f("parents-travel-8000-miles-to-see-anorexic-daughter.txt", [
 ("That distance hurts.", "vulnerable people properly.", "Stephen Hollings", P, "", "body",
  "'Stephen said:' (one of 'Parents Stephen and Julia Hollings'; no role)", "said-before"),
 ("We do not think it is right for patients", "eating disorder care beds.", "A spokesman for Oxford Health NHS Foundation Trust", D, "", "body",
  "'Oxford Health NHS Foundation Trust said it was unusual ... A spokesman said:' (unnamed)", "said-before"),
])

ia = "Ian Ayres"; ia_r = "of the West Kent clinical commissioning group (CCG)"
f("patients-very-badly-let-down.txt", [
 ("We have let down very badly a lot of people. I take that very seriously,", None, ia, P, ia_r, "body",
  "'\"...,\" he said.' (he = Ian Ayres, of the West Kent CCG, paragraph before)", "pronoun"),
 ("the levels of activity... actually required", None, "A report", D, "", "body",
  "'A report said ... It said some of the issues stemmed from ... data which did not reflect \"...\"' (a report whose author the article does not name)", "fragment"),
 ("It is Groundhog Day.", "improve at all.", "Cllr Dan Daley", P, "", "body",
  "'He said:' (He = Cllr Dan Daley, paragraph before; no role beyond the title)", "pronoun"),
 ("We have let down very badly a lot of people. I take that very seriously", None, ia, P, ia_r, "pull quote",
  "pull-quote line '\"...\" - Ian Ayres, West Kent CCG' (name and organisation after a dash, no verb); it repeats his quote above", "said-after"),
])

bec = "Becca"
cp = "Caroline Price"; cp_r = "director of services for Beat, an eating disorder charity"
f("people-shouldnt-have-to-move-getting-care-for-an-eating-disorder.txt", [
 ("People shouldn't have to move", None, bec, P, "", "headline",
  "headline quote with no speaker in the headline; the body gives the same claim to Becca ('notes that “people should not have to move away to get their life back”')", "other"),
 ("My inpatient unit said I had to start treatment", "how long that could take,", bec, P, "", "body",
  "'“...,” she said.' (she = Becca, paragraph before)", "pronoun"),
 ("Also the level of support in Norfolk", "day patient programme,", bec, P, "", "body",
  "'“...,” she added.' (she = Becca)", "pronoun"),
 ("people should not have to move away to get their life back", None, bec, P, "", "body",
  "'Today, she feels grateful ..., but notes that “...”' (she = Becca)", "fragment"),
 ("We get calls to our helpline from people", "access services in the UK,", cp, P, cp_r, "body",
  "'“...,” said Caroline Price, director of services for Beat, an eating disorder charity.'", "said-after"),
 ("While there is talk [from the government]", "currently suffering du", cp, P, cp_r, "body",
  "next paragraph, with no attribution of its own, after Caroline Price's closed quote; cut off by the end of the excerpt", "continuation"),
])

rj = "Rosemary Jones"; rj_r = "a partner at Invicta Surveyors"
f("practice-asked-to-pay-half-a-million-in-service-charges.txt", [
 ("There’s one very good example where NHSPS", "£20,000-30,000.", rj, P, rj_r, "body",
  "'She said:' (She = Rosemary Jones, a partner at Invicta Surveyors, paragraph before); the paragraph is left open", "pronoun"),
 ("NHSPS were including a part of the property", "they were trying t", rj, P, rj_r, "body",
  "'The reason for the hike, according to Ms Jones, was that: ‘...'; cut off by the end of the excerpt", "said-before"),
])

nk = "Dr Nikita Kanani"; nk_r = "NHS England’s acting director of primary care"
f("primary-care-networks-will-not-have-to-be-led-by-gps.txt", [
 ("They don’t. They’re clinically led so it can be anybody.", None, nk, P, nk_r, "body",
  "'When asked by a London nurse ..., Dr Kanani said:' (NHS England’s acting director of primary care Dr Nikita Kanani, paragraph before); the line is left open", "said-before"),
 ("They’re remunerated at general practice level", "right clinically.", nk, P, nk_r, "body",
  "next line of Dr Kanani's quote (closed)", "continuation"),
 ("It should be general practice led.", "could be any clinician.", nk, P, nk_r, "body",
  "'She added:' (She = Dr Kanani)", "pronoun"),
 ("improve the quality and effectiveness of the network services", None, "NHS England", O, "", "body",
  "'According to NHS England’s GP contract, the network clinical director will work with member practices to ‘...’'", "fragment"),
 ("Primary care network clinical directors will provide", "community health services,", "NHS England", O, "", "body",
  "'‘...,’ the contract stated.' (NHS England’s GP contract, paragraph before)", "description"),
 ("It is for practices in the network to decide", "We would expect a GP to tak", "A BMA spokesperson", D, "", "body",
  "'A BMA spokesperson told our sister publication Pulse, where this article was first published:' (unnamed); cut off by the end of the excerpt", "said-before"),
])

nhsi = "NHS Improvement"
awl = "Alwen Williams"; awl_r = "Chief executive"
f("regulators-prompt-change-in-leadership-at-troubled-trust.txt", [
 ("change in board leadership is needed", None, nhsi, O, "", "body",
  "'after regulators said a “...”': the very same words recur in NHS Improvement's full quote below ('a change in board leadership is needed to drive further change')", "fragment"),
 ("NHS Improvement is grateful to him", "contribution to the NHS.", nhsi, O, "", "body",
  "'NHS Improvement announced his departure ..., saying:'; the paragraph is left open", "said-before"),
 ("However, it has been decided that a change", "pace required.", nhsi, O, "", "body",
  "next paragraph of NHS Improvement's quote (left open)", "continuation"),
 ("NHS Improvement will be working with the trust", "suitable replacement.", nhsi, O, "", "body",
  "last paragraph of NHS Improvement's quote (closed)", "continuation"),
 ("the trust can operate more efficiently", "to all patients", nhsi, O, "", "body",
  "'The regulator said it is confident that, ..., “...”' (the regulator = NHS Improvement)", "fragment"),
 ("John’s experience has been invaluable", "journey of improvement.", awl, P, awl_r, "body",
  "'Chief executive Alwen Williams, who joined in June 2015, said:' (of Barts Health Trust); the paragraph is left open", "said-before"),
 ("Under his stewardship we have put in place", "our financial position.", awl, P, awl_r, "body",
  "next paragraph of Alwen Williams's quote (left open)", "continuation"),
 ("On behalf of the trust board, I would like to thank John", "best for the future.", awl, P, awl_r, "body",
  "last paragraph of Alwen Williams's quote (closed)", "continuation"),
])

js2_r = "the chief executive of the Nursing and Midwifery Council (NMC)"
f("revalidation-is-doable-says-nmc-chief-executive.txt", [
 ("listening to rumours from other people.", None, js, P, js2_r, "body",
  "'Ms Smith told the nurses ... that nurses and midwives should contact them instead of 'listening to rumours from other people.'' (built into the writer's sentence)", "fragment"),
 ("Please look at the website which answers", "on the NMC website,", js, P, js2_r, "body",
  "''...,' said Ms Smith.'", "said-after"),
 ("We need to see what were the benefits", "why it's been done,", js, P, js2_r, "body",
  "''...,' she said.' (she = Ms Smith, whose reported speech opens the paragraph)", "pronoun"),
])

f("state-indemnity-plans-have-eased-gp-fears-despite-lack-of-detail.txt", [
 ("Finally the government is listening", "retention of GPs.", "One GP responding to the MDU’s poll", D, "", "body",
  "'GPs responding to the MDU’s poll also seem to feel ... One said: ‘...' (unnamed); no closing mark before 'Another added:'", "said-before"),
 ("It gives GPs parity with hospital colleagues", "career choice anymore.", "Another GP responding to the MDU’s poll", D, "", "body",
  "'Another added: ‘...’' (unnamed), in the same paragraph", "said-before"),
 ("I am glad the government has agreed", "work out the implications.", "One GP responding to the MDU poll", D, "", "body",
  "'One GP's response to the MDU poll highlighted the need for more detail: ‘...’' (unnamed; the words are the response's); contains a 2-word nested quote", "description"),
])

kl = "Kate Lorenti"; pb = "Phil Bolton"
f("uk-hospital-trust-to-recruit-64-pinoy-nurses.txt", [
 ("very impressed by the high quality of the caring nurses", None, kl, P, "HR Deputy Director", "body",
  "'HR Deputy Director Kate Lorenti said they were \"...\" they interviewed in Manila' (of Sherwood Forest Hospitals NHS Foundation Trust)", "fragment"),
 ("We continue to look for the very best", "care for our patients,", pb, P, "divisional nurse for emergency care and medicine", "body",
  "'“...,\" Bolton said.' (divisional nurse for emergency care and medicine Phil Bolton, paragraph before; opened with “ and closed with \")", "said-after"),
])

f("waiting-times-for-appointments.txt", [
 ("Told you so, so there", None, "", N, "", "comment",
  "in the first reader comment: 'this “...” report', the commenter's own mock label for the post, words nobody said", "other"),
 ("told you so, so there", None, "A commenter", RD, "", "comment",
  "in the reply by Glynn Roche: 'we dont see this as a “...” report at all' – the phrase quoted back at the unnamed commenter whose comment used it", "fragment"),
])

dh = "DH"
f("what-we-know-so-far-about-plans-for-state-backed-gp-indemnity.txt", [
 ("great source of concern for GPs", "on the GP workforce", dh, O, "", "body",
  "'DH guidance published last week acknowledged that rising costs were a '...''", "fragment"),
 ("We are seeking to put in place", "for general practice.", dh, O, "", "body",
  "'It added:' (It = the DH guidance)", "pronoun"),
 ("many issues still to address", None, dh, O, "", "body",
  "'The DH has admitted developing ... will be 'complex', that there are '...''", "fragment"),
 ("We envisage the scheme would provide", "will be covered.", dh, O, "", "body",
  "'DH guidance says:'", "description"),
])

jst = "Julian Sturdy"; jst_r = "Member of Parliament for York Outer"
f("yorkconservatives-node-5055.txt", [
 ("The Prime Minister rightly argues", "waiting times a requirement?", jst, P, jst_r, "body",
  "'At Prime Minister’s Questions Mr Sturdy asked:' on its own line above the quote (the Member of Parliament for York Outer, Julian Sturdy)", "said-before"),
 ("My Honourable Friend has raised an important point.", "friend has raised.", "Theresa May", P, "Prime Minister", "body",
  "'The Prime Minister, Theresa May, responded:' on its own line above the quote", "said-before"),
 ("I honestly feel that we are playing catch up", "across the c", jst, P, jst_r, "body",
  "'Following the events in Parliament Mr Sturdy said, “...' ; cut off by the end of the excerpt", "said-before"),
])


def build():
    return label_table.build(R, prefix="P", split="heldout6", out="eval/quotes/heldout6.jsonl")


if __name__ == "__main__":
    recs = build()
    print(len(recs), "records")
