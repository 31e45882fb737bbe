"""Build heldout18.jsonl (the eighteenth held-out attribution set, over eval/corpus21) from
the hand-written label table below.

Same method as build_heldout15.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled (a row marked SAME is looked
for from the previous row's start itself, for a nested quote that opens at the same
character as the quote around it).  Speakers, roles, types, patterns and evidence were
decided by hand from the article text alone; the script only locates the text.

Run:  python3 eval/quotes/build_heldout18.py   (writes eval/quotes/heldout18.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus21/")

# ---------------------------------------------------------------------------
ca = "Caroline Abrahams"
f("2-1-million-elderly-people-at-risk-if-shameful-cuts-arent-reversed-age-uk-says.txt", [
 ("For the last few years, these figures", "no longer fit for purpose.", ca, P, "director of the charity", "body",
  "'Caroline Abrahams, director of the charity, said the figure ... was “shameful” [1 word]. She added: “...' (left open; the caption and headline quotes have 1 word)", "pronoun"),
 ("Some older people are fortunate", "decently and with dignity.", ca, P, "director of the charity", "body", "next paragraph of her quote, closed", "continuation"),
])

f("age-uk-comment-on-cuts-to-social-care.txt", [
 ("The idea of a billion pounds", "that warning very seriously.", ca, P, "Charity Director for Age UK", "body",
  "'Caroline Abrahams, Charity Director for Age UK, said:' on its own line, then the quote in straight single marks (left open)", "said-before"),
 ("The service is already pared to the bone", "leading to staff shortages.", ca, P, "Charity Director for Age UK", "body", "next paragraph of her quote (left open)", "continuation"),
 ("Unless Government acts to restore stability", "already hard pressed NHS.", ca, P, "Charity Director for Age UK", "body", "last paragraph of her quote, closed", "continuation"),
])

hsc = "health select committee"; sw = "Sarah Wollaston"
f("bmj-i2308.txt", [
 ("before any new system was rolled out around the country.", None, hsc, O, "", "body",
  "'the health select committee said that there needed to be a full evaluation of the pilot programmes ...—“...”' (the committee's report; built into the writer's sentence)", "fragment"),
 ("The government’s approach should be evidence based", "primary care services.", hsc, O, "", "body",
  "'The report continued, “...”' (the committee's report; a document's words are its owner's, pattern as 'The document says:')", "description"),
 ("Practical application of the seven day policy", "primary care cover.", sw, P, "former GP and chair of the committee", "body",
  "'But she added, “...”' (she = 'Sarah Wollaston, former GP and chair of the committee', the paragraph before)", "pronoun"),
 ("This includes both access to u", None, hsc, O, "", "body",
  "quote with no verb of its own after 'The report said that difficulty accessing primary care was a “serious concern” [2 words] ... and that timely access was vital.' in the same paragraph; cut off by the end of the excerpt (six tokens)", "continuation"),
])

ch = "Chris Hopson"; ch_r = "the head of NHS Providers"
f("cash-strapped-hospitals-face-unpalatable-choices-over-care-levels-warns-nhs-chief.txt", [
 ("increasingly failing to do the job it wants to do", "through no fault of its own", ch, P, ch_r, "body",
  "'Writing in The Observer, he said the health service was \"...\"' (he = Chris Hopson; built into the writer's sentence; 'unpalatable' in the headline, caption and lead has 1 word)", "fragment"),
 ("an open, honest, realistic, national debate on what gives", None, ch, P, ch_r, "body",
  "'and said there was a need for \"...\"' (same sentence)", "fragment"),
 ("under the greatest pressure we have been for a generation", None, ch, P, ch_r, "body",
  "'Mr Hopson said the NHS was \"...\"' (built into the writer's sentence)", "fragment"),
 ("really struggling to make the money work", None, ch, P, ch_r, "body",
  "'and warned that the health service is \"...\"' (same sentence; \"huge gap coming\" after it has 3 words)", "fragment"),
 ("impossible to deliver it [a seven-day NHS]", "current money we have available", ch, P, ch_r, "body",
  "'The pressure on funding means that it is \"...\", Mr Hopson told The Andrew Marr show.' (built into the writer's sentence)", "fragment"),
 ("Something has to give", "seven-day services.", ch, P, ch_r, "body", "'He continued: \"...\"'", "pronoun"),
])

ch2_r = "chief executive of NHS Providers"
f("cash-strapped-nhs-faces-winter-crisis-services-overstretched-warns-boss-paid-200-000-year.txt", [
 ("can no longer deliver what is being asked of it", None, ch, P, ch2_r, "standfirst",
  "standfirst bullet 'Without more funding NHS ‘...’' (the bullet above names 'Chris Hopson, head of NHS Providers'; built into the bullet's sentence; the third bullet's 'biggest challenge in generation' has 4 words)", "fragment"),
 ("can no longer deliver what is being asked of it", None, ch, P, ch2_r, "body",
  "'Without more funding the NHS ‘...’, he said.' (he = Chris Hopson, chief executive of NHS Providers, the paragraph before; built into the writer's sentence)", "fragment"),
 ("facing the biggest challenge in a generation", None, ch, P, ch2_r, "body",
  "'Mr Hopson ... said the NHS is ‘...’' (built into the writer's sentence)", "fragment"),
 ("The service is becoming much less resilient.", None, ch, P, ch2_r, "body",
  "'In a speech ..., Mr Hopson will say: ‘...' (left open)", "said-before"),
 ("When you run a system under as much pressure", "sharply higher referral rates.", ch, P, ch2_r, "body", "next paragraph of his speech (left open)", "continuation"),
 ("can no longer deliver what is being asked of it", None, ch, P, ch2_r, "caption",
  "repeated line without a full stop between the speech paragraphs ('Without more funding the NHS ‘...’, he said'), set like the photo caption line above it; built into its sentence", "fragment"),
 ("Given the capacity levels at which we are now", "unheard of in Germany, Fr", ch, P, ch2_r, "body",
  "next paragraph of his speech after the repeated line; cut off by the end of the excerpt", "continuation"),
])

ho = "Henrik Overgaard-Nielsen"
f("charge-increase-providing-cover-for-nhs-cuts-say-dentists.txt", [
 ("These unprecedented charge hikes are self-defeating", "seeing an NHS dentist.", ho, P, "the BDA’s Chair of General Dental Practice", "body",
  "'The BDA’s Chair of General Dental Practice, Henrik Overgaard-Nielsen, said:”...' (opened with a closing-style mark straight after the colon; left open)", "said-before"),
 ("Cost is a huge barrier to many patients", "costs the NHS millions.", ho, P, "the BDA’s Chair of General Dental Practice", "body",
  "next paragraph of his quote (left open; the excerpt ends after it)", "continuation"),
])

chf = "head of the Foundation Trust Network"
f("chris-hopson-nhs-keel-over-2016.txt", [
 ("The funding gap will grow very quickly.", "facing up to it,", ch, P, chf, "caption",
  "photo caption ''...,' says Chris Hopson. Photograph: ...' (the caption line above: 'Chris Hopson, head of Foundation Trust Network')", "said-after"),
 ("Only 5% of our members say", "emergency care next winter,", ch, P, chf, "body",
  "'He is unrepentant for ruffling feathers. \"...,\" he says.' (he = Hopson)", "pronoun"),
 ("A&E is the hospitals' canary in the coalmine.", None, ch, P, chf, "body",
  "second passage re-opened after '..., he says.' with no attribution of its own ('Aggressive bidding' crosshead below has 2 words)", "continuation"),
])

ho2_r = "the chairman of the BDA’s general dental practice committee"
f("dentists-hit-out-at-plans-to-raise-nhs-charges.txt", [
 ("This unprecedented hike in dental charges", "most in need of care,", ho, P, ho2_r, "body",
  "'Henrik Overgaard-Nielsen, the chairman ..., said there were no increases planned ... “...,” he said.'", "pronoun"),
 ("This money doesn’t go to NHS dentists", "subsidise the health service.", ho, P, ho2_r, "body", "next paragraph, no attribution of its own", "continuation"),
 ("We can’t tell them how this extra money", "access to dental services,", ho, P, ho2_r, "body",
  "'Overgaard-Nielsen said the rises would undermine ... “...,” he said.' (“These char at the cut has 2 tokens)", "pronoun"),
])

mm = "Michelle Mitchell"; mm_r = "director of Age UK"
f("elderly-facing-absolute-crisis-by-cuts.txt", [
 ("absolutely no support at all, or poor quality and limited support", None, mm, P, mm_r, "body",
  "'Michelle Mitchell, director of Age UK, said reductions ... risked leaving ... elderly people with “...”' (built into the writer's sentence; “absolute crisis” in the headline and lead has 2 words)", "fragment"),
 ("We have seen the rates of admissions", "kept in hospital,", mm, P, mm_r, "body", "'“...,” Ms Mitchell said.'", "said-after"),
 ("Care is in crisis and it is getting worse.", None, mm, P, mm_r, "body",
  "second passage re-opened after '..., Ms Mitchell said.' with no attribution of its own (“severe poverty”, the charity's, has 2 words)", "continuation"),
])

nc = "Dr Nigel Carter"; nc_r = "CEO of the Oral Health Foundation"
f("government-u-turn-needed-in-order-to-make-nhs-dentistry-more-financially-accessible-says-charity.txt", [
 ("It is deeply concerning to see so many of us", "continue to get worse.", nc, P, nc_r, "body",
  "'Dr Nigel Carter, CEO of the Oral Health Foundation, said: \"...\"' (closed; 'tax on health', the BDA's label, has 3 words)", "said-before"),
 ("We get thousands of calls to the Dental Helpline", "allowed to continue.", nc, P, nc_r, "body", "next paragraph, re-opened, no attribution (left open)", "continuation"),
 ("Instead of supporting NHS dentistry", "how much it will cost.", nc, P, nc_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The impact is not just in our pocket either,", None, nc, P, nc_r, "body", "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

cg = "Dr Clare Gerada"; cg_r = "RCGP chair"
f("gp-spending-on-patient-care-set-to-plummet.txt", [
 ("General practice is the most effective and cost-effective", "one-tenth of a day in hospital,", cg, P, cg_r, "body",
  "'\"...,\" said RCGP chair Dr Clare Gerada.'", "said-after"),
 ("funding and resources for our services", "real consequences for patient care.", cg, P, cg_r, "body", "'But, she added: \"...\"'", "pronoun"),
 ("We now routinely see up to 60 patients", "such as a flu outbreak.", cg, P, cg_r, "body",
  "quote with no verb of its own after 'GPs have also seen their consultation rates \"explode\" [1 word] in recent years, she added.' in the same paragraph", "pronoun"),
 ("Most GPs want to help alleviate pressure", "and we cannot c", cg, P, cg_r, "body",
  "next paragraph, no attribution of its own; cut off by the end of the excerpt", "continuation"),
])

chp = "The chief executive of NHS Providers"
f("head-key-nhs-group-says-health-service-now-slow-gradual.txt", [
 ("The trusts we represent are very clear.", "deepest financial squeeze in NHS history,", ch, P, "chief executive of NHS Providers", "body",
  "'\"...,\" he told BBC One's Sunday Politics.' (he = 'Mr Hopson', introduced as 'Chris Hopson', 'The chief executive of NHS Providers'; 'slow, gradual decline', \"mission impossible\" and 'damning indictment' above have 2-3 words)", "pronoun"),
 ("As we've said, funding is only going up", "more than 4%.", ch, P, "chief executive of NHS Providers", "body", "next paragraph, no attribution of its own", "continuation"),
 ("We're on course to realis", None, ch, P, "chief executive of NHS Providers", "body",
  "quote paragraph straight after 'Mr Hopson added that hospitals looked certain to fall short ... \"efficiency savings\" [2 words] ...' (reported speech); cut off by the end of the excerpt (five tokens)", "continuation"),
])

sk = "Steve Kell"; sk_r = "co-chair of NHS Clinical Commissioners"
rm = "Richard Murray"; rm_r = "King’s Fund policy director"
f("hsj-live-091015-provider-finances-worse-than-planned-reaction.txt", [
 ("The figures released by Monitor and TDA", "the Five Year Forward View.", sk, P, sk_r, "body",
  "'2.37pm ... Steve Kell, co-chair of NHS Clinical Commissioners, said: “...' (left open)", "said-before"),
 ("There is a real danger that the answer", "new approaches to health care.", sk, P, sk_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("CCGs do not have significant funds", "high quality care for patients.", sk, P, sk_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("These figures confirm that NHS providers", "end-of-year deficit.", rm, P, rm_r, "body",
  "'1.40pm The King’s Fund has weighed into the debate ... King’s Fund policy director Richard Murray said: “...' (left open)", "said-before"),
 ("The reported overspend of £930 million", "now reporting overspends.", rm, P, rm_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("On this basis, warnings of a deficit", "the year are we", rm, P, rm_r, "body", "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

mp = "Dr Mark Porter"; mp_r = "BMA chairman"
f("interview-reluctant-bma-chairman.txt", [
 ("In some ways, quite genuinely, I can say I never wanted it.", "somewhere else.", mp, P, mp_r, "body",
  "quote with no attribution verb after the writer's 'The role of chairman was not one he actively coveted.' in the same paragraph (he = Dr Porter; 'extraordinarily intense' and 'It is extraordinarily intense,' above have 2 and 4 words)", "continuation"),
 ("a lot of primary care issues", None, mp, P, mp_r, "body",
  "'Dr Porter is keen to make clear that his 14 years on the BMA council have afforded him exposure to '...'' (built into the writer's sentence; 'No way.' above has 2 words)", "fragment"),
 ("It is not that I am some consultant", "(of primary care),", mp, P, mp_r, "body", "''...,' he says.'", "pronoun"),
 ("the money is running out", None, "the government", O, "", "body",
  "'Dr Porter says the government's assertion that '...' is a theme ...' (the assertion is the government's; built into the writer's sentence; five words)", "fragment"),
 ("Let's reform the NHS, let's freeze and cut pay", "cope with it,", mp, P, mp_r, "body",
  "'The thinking has been: '...,' he says.' (he = Dr Porter, voicing the government's thinking in his own words)", "pronoun"),
 ("Quite clearly, this country is richer", "the economic recession.", mp, P, mp_r, "body",
  "'But he is clear that the government could choose to act differently: '...'' (he = Dr Porter)", "pronoun"),
])

rl = "Richard Lloyd"; rl_r = "Which? executive director"
f("its-vital-people-are-easily-able-to-make-their-voices-heard-our-response-to-healthwatchs-report-on-complaints.txt", [
 ("It’s vital people are easily able to make their voices heard", None, rl, P, rl_r, "headline",
  "headline '“...” – our response to Healthwatch’s report on complaints' (no speaker in the headline; the words are, nearly verbatim, the close of Richard Lloyd's statement below, the only statement of the response)", "other"),
 ("It’s essential for better public services", "where to go.", rl, P, rl_r, "body",
  "'Which? executive director, Richard Lloyd, said:' on its own line, then the quote (left open)", "said-before"),
 ("We welcome Healthwatch’s recommendations", "will trigger action.", rl, P, rl_r, "body",
  "next paragraph of his quote, closed (‘Make complaints count’ below has 3 words)", "continuation"),
])

pf = "Paul Farmer"; pf_r = "Chief Executive of the mental health charity Mind"
f("mind-responds-to-mental-health-foundation-report.txt", [
 ("We welcome this well considered and timely report", "yet demand is rising.", pf, P, pf_r, "body",
  "'Paul Farmer, Chief Executive of the mental health charity Mind, said:' on its own line, then the quote in straight double marks (left open)", "said-before"),
 ("It is clear that the economic and human impact", "services, starting today.", pf, P, pf_r, "body",
  "next paragraph with only a closing mark (no opening mark): the end of his quote", "continuation"),
])

em = "Dr Ellen McCourt"; em_r = "the BMA's junior doctors committee chair"
f("new-junior-doctor-leader-responds-to-government-announcement-on-introduction-of-contract.txt", [
 ("It is extremely disappointing that the government", "majority of junior doctors.", em, P, em_r, "body",
  "'Responding to the health secretary's statement ..., Dr Ellen McCourt, the BMA's junior doctors committee chair1, said:' on its own line, then the quote (left open; '1' is a note marker)", "said-before"),
 ("Good progress had been made in recent months", "best way forward.", em, P, em_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("By choosing this route rather than building", "problems for the future.", em, P, em_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("A new contract will affect a generation of doctors", "deciding on next steps.", em, P, em_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("The BMA has always been clear in its desire", "committed to delivering on this.", em, P, em_r, "body", "last paragraph of her quote, closed", "continuation"),
 ("Do you accept the Terms and Conditions of Service", "in Training 2016?", "", N, "", "body",
  "notes to editor: 'junior doctors were asked the following question ‘...'' (the referendum question's wording, opened with a curly and closed with a straight mark; no one is said to have said it)", "other"),
])

f("nhs-deficit-crisis-bailout-warns-top-health-chief.txt", [
 ("there’s a real danger that the strategic deterioration", "get out of control", ch, P, ch2_r, "body",
  "'He said “...”.' (He = Chris Hopson, chief executive of NHS Providers; lower-case start, no colon; “out of control” above has 3 words)", "pronoun"),
])

gp = "Graham Phillips"; am = "Dr Arvind Madan"; am_r = "NHS England director of primary care"
f("nhs-england-fund-160-pharmacists-work-gp-surgeries.txt", [
 ("nearly 34 million patients will benefit", "expert medication and treatment.", "NHS England", O, "", "body",
  "'on the NHS England website which exclaimed that “...”' (the website's announcement; built into the writer's sentence)", "fragment"),
 ("Call it what it is: GP Practice pharmacist", "EVERY time you do it.", gp, P, "the owner of Manor Pharmacy Group", "body",
  "'Graham Phillips, the owner of Manor Pharmacy Group, tweeting: “...”' (a tweet; the nested “clinical” has 1 word and the outer quote runs to its own closing mark; ‘clinical pharmacists’ above has 2 words)", "said-before"),
 ("over 40% of surgeries in the country.", None, "NHS England", O, "", "body",
  "'That, NHS England said, equated to “...”' (built into the writer's sentence)", "fragment"),
 ("The clinical pharmacist programme has proven", "pharmacists themselves.", am, P, am_r, "body",
  "'Dr Arvind Madan, NHS England director of primary care, said: “...' (left open)", "said-before"),
 ("Clinical pharmacists have a wealth of knowledge", "greater than usual.", am, P, am_r, "body", "next paragraph of his quote, closed", "continuation"),
])

mf = "Moira Fraser-Pearce"; mf_r = "Macmillan’s director of policy"
lt = "Lynda Thomas"; lt_r = "chief executive at Macmillan Cancer Support"
f("not-enough-nhs-staff-for-cancer-patients.txt", [
 ("Every 90 seconds someone in the UK", "support they need from the NHS.", mf, P, mf_r, "body",
  "'Macmillan’s director of policy Moira Fraser-Pearce said: “...”'", "said-before"),
 ("The new government must now fulfil the promise", "fit for the future.", mf, P, mf_r, "body",
  "'Commenting on the Queen’s Opening of Parliament speech, Fraser-Pearce added: “...”'", "said-before"),
 ("NHS staff do an extraordinary job", "people living with cancer.", lt, P, lt_r, "body",
  "'Lynda Thomas, chief executive at Macmillan Cancer Support, commented: “...”'", "said-before"),
 ("The newly-formed government must urgently deliver", "support they need.", lt, P, lt_r, "body", "'She added: “...”'", "pronoun"),
])

bj = "Boris Johnson"; dk = "Dame Donna Kinnair"; dk_r = "chief executive of the Royal College of Nursing (RCN)"
f("not-enough-nurses-to-keep-patients-safe-says-royal-college-of-n.txt", [
 ("now 14,800 more nurses than this time last year", None, bj, P, "Prime Minister", "body",
  "'Prime Minister Boris Johnson heralded the “brilliant news” [2 words] that there are “...”' (built into the writer's sentence; “the simple, inescapable truth” above has 4 words)", "fragment"),
 ("We’re well on our way to meeting our manifesto commitment", "over this Parliament.", bj, P, "Prime Minister", "body",
  "same sentence: ', adding in a statement: “...”' (the participle's subject is Prime Minister Boris Johnson)", "said-before"),
 ("The simple, inescapable truth is that we do not have enough", "anywhere else.", dk, P, dk_r, "body",
  "'But Dame Donna said: “...' (left open; 'Dame Donna Kinnair, chief executive of the Royal College of Nursing (RCN)' in the second paragraph)", "said-before"),
 ("With tens of thousands of vacancies", "equals success is disingenuous.", dk, P, dk_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("We know many returned to support the pandemic", "leaving the profession.", dk, P, dk_r, "body",
  "next paragraph of her quote after two 'Coronavirus – Fri Dec 4, 2020' lines (left open)", "continuation"),
 ("There is no quick solution to this workforce crisis.", "with their education.", dk, P, dk_r, "body", "last paragraph of her quote, closed", "continuation"),
])

f("nuffield-trust-experts-respond-to-house-of-lords-committee-findings.txt", [
 ("I am pleased that the Committee has backed my proposal", "once and for all", "Prof John Appleby", P, "Chief Economist", "body",
  "'..., Chief Economist Prof John Appleby said:' introduces the statement; an unmarked display line (not labelled) and the line 'John Appleby, Chief Economist and Director of Research, Nuffield Trust' come between it and the marked quote, which closes before '(see note 1).'; Candace Imison's marked “For some at the cut has 2 words", "said-before"),
])

cd = "Craig Davidson"; cd_r = "chair of the Royal College of Nursing’s student committee"
f("nurse-says-boriss-student-bursary-wont-help-propping-nhs-free.txt", [
 ("propping up the NHS for free", None, cd, P, cd_r, "body",
  "lead: 'Boris Johnson’s nursing bursary won’t help those ‘...’, says the chair of the Royal College of Nursing’s student committee.' (named as Craig Davidson in the caption and the third paragraph; built into the lead's sentence; ‘maintenance loan’ in the caption has 2 words)", "fragment"),
 ("People are saying this is the nursing bursary coming back", "great amounts of debt.", cd, P, cd_r, "body",
  "'He told ‘...' (He = Craig Davidson; no colon, the outlet's name missing after 'told'; left open; ‘welcome first step’ and ‘nowhere near enough’ before it have 3 words)", "pronoun"),
 ("Nursing is unique to any other degree.", "the NHS service for free.", cd, P, cd_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("It’s a full-time job alongside university", "simply unsustainable.", cd, P, cd_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("We’re having serious problems with nurses", "just to stay afloat.", cd, P, cd_r, "body",
  "'He continued: ‘...’' (‘absolutely shocking’, ‘short-sighted’ and ‘unfair’ below have 1-2 words)", "pronoun"),
])

gs = "Graham Scott"; gs_r = "editor"
f("nursing-standard-calls-u-turn-theresa-may-over-student-bursary.txt", [
 ("Nursing involves long hours, short holidays", "comparatively low pay,", gs, P, gs_r, "body",
  "'‘...,’ the letter states.' (the letter 'to Number 10' of 'editor Graham Scott', written jointly with editors of two other magazines; a document's words are its writer's, pattern as 'The document says:')", "description"),
 ("Saddling graduate nurses with university debt", "take up nursing.", gs, P, gs_r, "body", "second passage re-opened after '..., the letter states.' (left open)", "continuation"),
 ("Students with children will be disproportionately affected", "the patients they serve.", gs, P, gs_r, "body", "next paragraph of the letter, closed", "continuation"),
 ("We can’t be certain what the future holds.", "number of applicants falls.", "Toby Watt", P, "Health Foundation finance analyst", "body",
  "'Health Foundation finance analyst Toby Watt says: ‘...’'", "said-before"),
])

jd = "Janet Davies"; jd_r = "RCN general secretary"
dt = "Danielle Tiplady"; dt_r = "King’s College London nursing student, part of the Bursary or Bust campaign group"
f("plan-to-scrap-nursing-bursary-should-be-axed-says-rcn.txt", [
 ("The government has not thought hard enough", "completely opposite effect.", jd, P, jd_r, "body",
  "'RCN general secretary Janet Davies, said: ‘...’'", "said-before"),
 ("It is time to go back to the drawing board", "funding system for nursing education.", jd, P, jd_r, "body", "'Ms Davies said: ‘...’'", "said-before"),
 ("The government would be wise to listen", "what it is talking about.", dt, P, dt_r, "body",
  "'King’s College London nursing student Danielle Tiplady, part of the Bursary or Bust campaign group, said: ‘...' (left open)", "said-before"),
 ("If the government doesn’t listen to them", "an ideological attack o", dt, P, dt_r, "body", "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

f("rcn-calls-government-to-protect-bursaries.txt", [
 ("Nursing students are not like other students.", "families to support.", jd, P, jd_r, "body",
  "'RCN general secretary Janet Davies criticised the government ... She said: '...' (left open, straight single marks)", "pronoun"),
 ("Replacing bursaries with hefty loans", "little financial sense.", jd, P, jd_r, "body", "next paragraph of her quote, closed", "continuation"),
])

hc = "Hazel Cheeseman"; hc_r = "ASH director of policy"
f("reverse-public-health-cuts-to-bring-back-council-stop-smoking-services-say-campaigners.txt", [
 ("Local authorities are having to make the best", "do just that.", hc, P, hc_r, "body",
  "'ASH director of policy Hazel Cheeseman, said: \"...' (left open; 'butchered' above has 1 word)", "said-before"),
 ("But councils need to avoid a race to the bottom", "from central government.", hc, P, hc_r, "body",
  "next paragraph of her quote, opened with a curly and closed with a straight mark", "continuation"),
])

jd2_r = "The head of the Royal College of Nursing (RCN)"
f("scrapping-student-bursaries-will-affect-nursing-training-says-senior-nurse.txt", [
 ("move us back to how nursing education was delivered in the past", None, jd, P, jd2_r, "body",
  "'and the three government proposals have the potential to “...”' (same sentence as 'The head of the Royal College of Nursing (RCN) Janet Davies warned that the profession was “at a crossroads” [3 words]'; built into the writer's sentence)", "fragment"),
 ("Modern nursing is complex and requires high levels", "compassion and caring,", jd, P, jd2_r, "body",
  "'“..., “ said Davies.' (closed with an opening-style mark after a space; “nursing on the cheap” below has 4 words)", "said-after"),
])

ab = "Alistair Burt"; ab_r = "pharmacy minister"
cw = "Claire Ward"; cw_r = "chair of Pharmacy Voice"
f("smartviews-pharmacy-in-crisis.txt", [
 ("changes to the community pharmacy contractual framework for 2016/17 and beyond", None, ab, P, ab_r, "body",
  "'pharmacy ministerAlistair Burt sent a letter to the ... (PSNC) ... outlining '...'' (the letter's wording, built into the writer's sentence; the name printed run together with the role)", "fragment"),
 ("The Government believes those efficiencies", "public access to them.", ab, P, ab_r, "body",
  "'It said: '...'' (It = the minister's letter; 'large-scale automated dispensing', \"ill-conceived, ill-thought-out\", \"profoundly stupid\" and 'stronger, unified voice' below have 2-3 words)", "pronoun"),
 ("The suggestions in that letter", "community pharmacy currently operates,", cw, P, cw_r, "body",
  "'For Claire Ward, chair of Pharmacy Voice ..., the government's ideas are just that. \"...,\" she says.'", "pronoun"),
 ("[The letter] doesn't recognise that change", "and delivers bett", cw, P, cw_r, "body",
  "second passage re-opened after '..., she says.' with no attribution of its own; cut off by the end of the excerpt", "continuation"),
])

dk2_r = "the new RCN chief executive"
f("staffing-crisis-must-end-says-rcn-chief-executive.txt", [
 ("We will not stop until people are held to account", "workforce crisis in nursing,", dk, P, dk2_r, "body",
  "'‘...,’ said Dame Donna.' ('Dame Donna Kinnair, the new RCN chief executive' in the lead)", "said-after"),
 ("Rather than only looking at the cost", "for systemic failings.", dk, P, dk2_r, "body",
  "next paragraph, opened with a double mark and never closed, no attribution of its own", "continuation"),
 ("The Government must make people accountable in law", "so catastrophically ripped out,", dk, P, dk2_r, "body",
  "'‘...,' added Dame Donna.' (closed with a straight mark)", "said-after"),
 ("The goodwill of nursing staff is being abused", "the future of our profession, the students.", dk, P, dk2_r, "body",
  "next paragraph, no attribution of its own", "continuation"),
])

f("taskforce-chair-says-new-funding-must-target-mental-health.txt", [
 ("There’s no doubt there’s an increased level", "when it comes", pf, P, "Mental Health Taskforce chair", "body",
  "'He added: ”...' (He = Mr Farmer, 'Mental Health Taskforce chair Paul Farmer', also 'chief executive of the mental health charity Mind'; opened with a closing-style mark; cut off by the end of the excerpt; the bullets' “major opportunity”, “significant”, “ambitious new standards”, “full-on”, “significant investment” and “catastrophic collapse” have 1-3 words)", "pronoun"),
])

ham = "Chris Ham"; ham_r = "Chief Executive of The King’s Fund"
f("the-kings-fund-responds-to-the-select-committee-chairs-letter-to-the-prime-minister.txt", [
 ("Securing sustainable funding for social care", "failed to meet.", ham, P, ham_r, "body",
  "'Chris Ham, Chief Executive of The King’s Fund, said: ‘...' (left open; each later paragraph re-opened)", "said-before"),
 ("The result is that the social care system", "complex care needs.", ham, P, ham_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("On health funding, the planned increases", "intermediate care is being cut.", ham, P, ham_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("Hard-pressed NHS staff are becoming the shock absorbers", "real-terms NHS funding.", ham, P, ham_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("A new settlement for health and social care is long overdue.", "increased public funding.", ham, P, ham_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("For too long there has been a lack of political leadership", "people in need will suffer.", ham, P, ham_r, "body", "last paragraph of his statement, closed", "continuation"),
])

f("the-kings-fund-responds-to-the-spring-budget.txt", [
 ("The additional money announced today", "by the current system.", ham, P, ham_r, "body",
  "'Chris Ham, Chief Executive of The King’s Fund, said: ‘...' (left open)", "said-before"),
 ("The plan to publish a Green Paper", "so badly needed.", ham, P, ham_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("A starting point for this should be the work", "changes to taxation.", ham, P, ham_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("Our recent report highlighted the lack of capital funding", "step in the right direction.", ham, P, ham_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("This winter the NHS has been buckling", "the NHS has been given.", ham, P, ham_r, "body", "last paragraph of his statement, closed", "continuation"),
])

jh = "Jeremy Hunt"; jh_r = "Health secretary"
f("the-matter-is-closed-hunt-shuts-door-on-the-junior-doctors-contract.txt", [
 ("much safer than what we have at the moment", None, jh, P, jh_r, "standfirst",
  "standfirst bullet 'Health secretary claims proposed junior doctors’ contract is “...”' (built into the bullet's sentence)", "fragment"),
 ("wrong question to ask in the middle of a heated industrial relations dispute", None, jh, P, jh_r, "standfirst",
  "standfirst bullet 'Says asking if he has the confidence of NHS staff is “...”' (subject: the health secretary of the bullets above)", "fragment"),
 ("more in tune with doctors", None, jh, P, jh_r, "standfirst",
  "standfirst bullet 'Hunt claims to be “...” than BMA committee' (five words)", "fragment"),
 ("more in tune with doctors", None, jh, P, jh_r, "body",
  "'Mr Hunt also said that the move was “right for doctors” [3 words], the new contract was “much safer” [2 words] ... and he was “...” than the British Medical Association.' (five words; “the matter is closed” in the lead has 4)", "fragment"),
 ("brilliantly clever at winding everyone up on social media", None, jh, P, jh_r, "caption",
  "caption line 'Jeremy Hunt said the BMA is ‘...’' under two 'Jeremy Hunt' image lines (built into the caption's sentence)", "fragment"),
 ("The matter is closed. We’ve been trying", "in the end is right for", jh, P, jh_r, "body",
  "'He said: “...' (He = Mr Hunt); the outer quote runs past the nested one; cut off by the end of the excerpt", "pronoun"),
 ("Well, in that case we’re going to back down", None, jh, P, jh_r, "body",
  "nested in his own quote: 'the wrong thing to do ... is say, ‘...’' (words he imagines saying, his own; the fourth set's rule for a thought quoted inside one's own quote)", "fragment"),
])

ne = "Nigel Edwards"; ne_r = "Chief Executive of the Nuffield Trust"
f("the-spending-review-the-nuffield-trust-responds.txt", [
 ("Despite today’s extra investment in social care", "the house is on fire.", ne, P, ne_r, "body",
  "'Commenting on the Chancellor’s announcements ..., Nigel Edwards, Chief Executive of the Nuffield Trust said:' introduces the statement; an unmarked display paragraph (not labelled) and the line 'Nigel Edwards, Chief Executive of the Nuffield Trust' come between it and this first marked paragraph (left open)", "said-before"),
 ("The Chancellor says he’s addressed the problems", "(see note 1).", ne, P, ne_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("That gap in funding will mean more frail elderly people", "supposed to meet.", ne, P, ne_r, "body", "next paragraph of his statement (left open)", "continuation"),
 ("The problem of patients unable to leave hospital", "contributor to the £1.6bn", ne, P, ne_r, "body",
  "next paragraph of his statement; cut off by the end of the excerpt", "continuation"),
])

f("this-isnt-the-best-use-of-precious-nhs-funds.txt", [
 ("This isn’t the best use of precious NHS funds", None, "Dr Maureen Baker", P, "RCGP chair", "headline",
  "headline quote with no speaker in it; the same words are in the unmarked statement under the first name line 'Dr Maureen Baker, RCGP chair' ('our patients realise that this isn’t the best use of precious NHS funds'); the statements below have no quote marks", "other"),
])

f("what-will-jeremy-hunts-pharmacy-legacy-be.txt", [
 ("putting front-line healthcare into the trenches", None, "Pharmacy owners", D, "", "body",
  "'Pharmacy owners have called the severity of the cuts ‘unsafe’ [1 word] for patients and said that the Government is ‘...’.' (unnamed respondents to the publication's survey; built into the writer's sentence; ‘clusters’ and ‘venomous’ above have 1 word)", "fragment"),
])

f("winter-nurse-shortage-nhs-england-royal-college-nursing.txt", [
 ("There simply aren’t enough to go around", None, "unclear", U, "", "headline",
  "headline 'Warnings of winter nursing shortage: ‘...’' names no speaker, and the words are in no quotation of the excerpt; the standfirst and lead give the warnings to the Royal College of Nursing, but the quote may belong to a nurse or official quoted after the cut (“extremely challenging”, “be honest”, “serious situation ahead” and “burn out” below have 2-3 words)", "other"),
])

label_table.build(R, prefix="D", split="heldout18", out="eval/quotes/heldout18.jsonl")
