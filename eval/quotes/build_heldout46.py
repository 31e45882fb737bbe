"""Build heldout46.jsonl (the forty-sixth held-out attribution set, over eval/corpus51) from
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

Run:  python3 eval/quotes/build_heldout46.py   (writes eval/quotes/heldout46.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus51/")

# ---------------------------------------------------------------------------
sr = "Shona Robison"; sr_r = "health minister"
f("1357349-falling-gp-numbers-reveal-challenges-in-recruiting-doctors.txt", [
 ("As the Primary Care Workforce Survey published today shows", "to work in general practice.", sr, P, sr_r, "body",
  "'Robison said: \"...' (named 'health minister Shona Robison' above; left open; the headline's 'challenges' and \"transformed\" below have 1 word)", "said-before"),
 ("While Scotland continues to have the highest number", "sustainable in the future.", sr, P, sr_r, "body",
  "next paragraph of her quote, closed", "continuation"),
 ("We have allocated £20m over the next year", "new GP contract for 2017.", sr, P, sr_r, "body",
  "'She added: \"...\"' (she = Robison, the subject of the paragraph before)", "pronoun"),
])

cj = "Dr Charlotte Jones"; cj_r = "chair of the Welsh GPC"
ej = "Dr Eamonn Jessup"; ej_r = "North Wales LMC chair"
f("18-practices-in-wales-set-to-fall-under-health-board-control.txt", [
 ("disproportionate amount of external management.", None, "BMA", O, "", "body",
  "'The BMA has warned that health board control of practices is an expensive way of providing primary care, and require a ’...’' (built into the writer's sentence; opened with a closing-style mark; ‘at risk’ in the lead has 2 words)", "fragment"),
 ("It is a challenging period for general practice", "recruitment and retention problems.", cj, P, cj_r, "body",
  "'She said: ’...’' (she = Dr Jones, 'Dr Charlotte Jones, chair of the Welsh GPC' above; opened with a closing-style mark)", "pronoun"),
 ("Our area is in a terrible position.", "has nearly dried up completely.", ej, P, ej_r, "body",
  "'Dr Jessup said: ’...' (named 'North Wales LMC chair Dr Eamonn Jessup' in the paragraph before, whose ‘near future’ has 2 words; left open; the apostrophe of 'Offa’s' is not a mark)", "said-before"),
 ("What other evidence of crisis is needed?", "Out of 14 clusters, fiv", ej, P, ej_r, "body",
  "next paragraph of his quote, opened with a closing-style mark; cut off mid-word by the end of the excerpt", "continuation"),
])

sq = "Dr Sophie Quinney"; sq_r = "Locum GP, from GP Survival Wales"
rl = "Dr Richard Lewis"; rl_r = "National professional lead for primary care in Wales"
f("20-welsh-practices-handed-contract-back-in-past-12-months.txt", [
 ("Looking at the number of family surgeries", "And it’s spreading.", sq, P, sq_r, "body",
  "'Dr Quinney told Pulse: ‘...’' (named 'Locum GP Dr Sophie Quinney, from GP Survival Wales' above)", "said-before"),
 ("The primary care service in Wales is the same as the UK", "recruitment of GPs into practices.", rl, P, rl_r, "body",
  "'National professional lead for primary care in Wales Dr Richard Lewis told Pulse: ‘...' (left open)", "said-before"),
 ("The figures here however don’t fully take into account", "those practices wh", rl, P, rl_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

nf = "Neil Findlay"; nf_r = "Scottish Labour’s health spokesman"
f("alex-neil-must-resign-as-more-revelations-emerge.txt", [
 ("a less than optimal service", None, "NHS bosses", D, "", "body",
  "'... despite warnings by NHS bosses that it would result in ‘...’ for patients.' (unnamed; built into the writer's sentence)", "fragment"),
 ("service users and carers are fully supportive of the proposed developments", None,
  "The most senior official at NHS Lanarkshire", D, "", "body",
  "bullet point: 'The most senior official at NHS Lanarkshire insisted there was ‘no alternative option’ ... and insisted ‘...’.' (unnamed; built into the writer's sentence; ‘no alternative option’ has 3 words)", "fragment"),
 ("The explanation offered by Alex Neil and his boss", "pressure on the Health Secretary.", nf, P, nf_r, "body",
  "'Neil Findlay, Scottish Labour’s health spokesman, said: “...' (left open)", "said-before"),
 ("It was clear from the medical advice", "after the local authority elections.", nf, P, nf_r, "body", "next paragraph of his quote", "continuation"),
 ("The fact that the chief executive of NHS Lanarkshire", "Alex Neil has made of this.", nf, P, nf_r, "body",
  "next paragraph of his quote (the nested ‘service users and carers’ has 4 words)", "continuation"),
 ("Alex Neil has put his own political interests", "to cover it u", nf, P, nf_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

tb = "Dr Tom Black"
tb_r = "British Medical Association (BMA) Northern Ireland General Practitioners Committee (NIGPC) Chair"
f("derry-doctor-says-primary-care-is-on-the-brink-as-doctors-vote-to-proceed-with-resignation.txt", [
 ("General practice is on the brink in Northern Ireland and we feel", "undated resignations from our members,", tb, P, tb_r, "body",
  "'“...,” said Dr. Black.' (the lead's 'Derry doctor Tom Black', the caption lines 'Dr Tom Black.' and the paragraph before, 'The British Medical Association (BMA) Northern Ireland General Practitioners Committee (NIGPC) Chair said ...'; 'deep regret' in the lead has 2 words)", "said-after"),
 ("Continued inaction to save general practice", "we can no longer tolerate.", tb, P, tb_r, "body",
  "next quote paragraph after two 'Hide Ad' lines, left open, with no attribution of its own; continues his quote", "continuation"),
 ("We have no choice but to act.", "momentum has now been lost.", tb, P, tb_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("We have received no clarity about the funding", "we have to take action,", tb, P, tb_r, "body",
  "'“...,” he added.' (he = Dr Black)", "pronoun"),
 ("prevent the collapse of general practice across the country", None, "NIGPC", O, "", "body",
  "'NIGPC has called for several rescue measures for the past year to “...”.' (the committee; built into the writer's sentence)", "fragment"),
])

f("dire-waiting-list-figures-challenge-for-new-health-minister-o-neill.txt", [
 ("The picture with regards to waiting times", "the pressures the whole health service", "Dr John Woods", P,
  "British Medical Association chairman in Northern Ireland", "body",
  "'Dr John Woods, British Medical Association chairman in Northern Ireland said: “...' (cut off by the end of the excerpt; the page ends with a trailing space, outside the quote)", "said-before"),
])

mm = "Michael McGimpsey"; mm_r = "Former UUP health minister"
f("dup-unfulfilled-waiting-list-pledge-was-not-electioneering.txt", [
 ("the tight timescales within which this funding had to be used", None, "the health department", O, "", "body",
  "'The department said the money could not all be spent on waiting lists due to “...”.' (the department = the Northern Ireland health department, 'The health department had been in DUP hands' below; built into the writer's sentence; the headline's ‘was not electioneering’, “stunt”, “mismanaged”, “directly”, “specifically” and “the investment of £40m” have 1-4 words)", "fragment"),
 ("by no stretch of the imagination satisfactory", None, mm, P, mm_r, "body",
  "'Former UUP health minister Michael McGimpsey had said last November that ... an extra £40m was “...”.' (built into the writer's sentence)", "fragment"),
 ("£40m wasn’t going to fix the waiting lists", "didn’t even spend that on it...", mm, P, mm_r, "body",
  "'He told the News Letter on Wednesday: “...' (he = McGimpsey; left open)", "pronoun"),
 ("I think it just shows financial mis-management", "they weren’t delivered.", mm, P, mm_r, "body",
  "next paragraph of his quote, closed (his “supreme effort” below has 2 words)", "continuation"),
])

dc = "Donald Cameron"; dc_r = "Scottish Conservative shadow health secretary"
f("government-world-p-319517.txt", [
 ("It appears Alex Neil is so dissatisfied", "go his own way on the matter.", dc, P, dc_r, "body",
  "'Scottish Conservative shadow health secretary Donald Cameron said:' on its own line above the quote (left open; “swept under the carpet” above has 4 words)", "said-before"),
 ("SNP HQ will be furious", "health secretary on this one.", dc, P, dc_r, "body", "next paragraph of his quote", "continuation"),
 ("People will wonder why on earth", "upon himself to do this.", dc, P, dc_r, "body", "next paragraph of his quote", "continuation"),
 ("His pleas internally have obviously fallen", "to the wider public.", dc, P, dc_r, "body", "next paragraph of his quote", "continuation"),
 ("There’s no question that the NHS in Scotland", "worthy of consideration.", dc, P, dc_r, "body", "next paragraph of his quote", "continuation"),
 ("But as long as the SNP prioritises", "no real improvements will take place.", dc, P, dc_r, "body",
  "last paragraph of his quote, closed", "continuation"),
])

sh = "Simon Hamilton"; sh_r = "Health Minister"
f("hamilton-outlines-48m-extra-health-funding-to-tackle-ni-waiting-lists.txt", [
 ("The pressures facing Northern Ireland’s health service have been well publicised,", None, sh, P, sh_r, "body",
  "'“...,” he said.' (he = the Health Minister, 'Health Minister Simon Hamilton' above; “monitoring round” has 2 words)", "pronoun"),
 ("I have been 100% committed to dealing", "welfare reform penalties.", sh, P, sh_r, "body",
  "next quote paragraph, left open, with no attribution of its own; continues his quote", "continuation"),
 ("The agreement not only presents the opportunity", "back on a sound footing.", sh, P, sh_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("This investment will allow up to 40,000", "neurology, and ENT.", sh, P, sh_r, "body",
  "'He continued: “...' (he = Hamilton; left open)", "pronoun"),
 ("I understand the stress and strain", "hip and knee operations, spinal", sh, P, sh_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

fd = "Fiona Duff"; fd_r = "NHS Highland Primary Care Manager"
f("health-chiefs-forced-re-think-recruitment-campaign-gps.txt", [
 ("denying there is a major problem", None, "Labour", O, "", "body",
  "'Labour this week accused Health Secretary Shona Robison of '...' with the growing shortage of GPs.' (the party; built into the writer's sentence; \"golden hello\" and \"considering all options\" have 2-3 words)", "fragment"),
 ("We saw this as an exciting opportunity for GPs", "most beautiful parts of the country.", fd, P, fd_r, "body",
  "'NHS Highland Primary Care Manager Fiona Duff said: \"...' (left open)", "said-before"),
 ("However, we’ve unfortunately had no applicants", "what to do now.", fd, P, fd_r, "body",
  "next paragraph of her quote (opened curly, left open)", "continuation"),
 ("We hope to meet local community representatives", "discuss what happens next.", fd, P, fd_r, "body",
  "next paragraph of her quote (opened straight, closed curly)", "continuation"),
])

jd = "Jo-Anne Dobson"; jd_r = "UUP health spokeswoman"
pb = "Paula Bradshaw"; pb_r = "Alliance Party MLA"
f("health-minister-oneill-under-fire-for-being-too-tame-in-crisis.txt", [
 ("We desperately need to move to a sustainable model", "plan for the future,", jd, P, jd_r, "body",
  "'\"...,\" Mrs Dobson told the Assembly chamber.' (named 'UUP health spokeswoman Jo-Anne Dobson' above, whose \"unprecedented\" and \"taken the breath away\" have 1-4 words; \"tame tone\" in the lead has 2)", "said-after"),
 ("We need genuine reforms, not ploys", "working with the new minister.", jd, P, jd_r, "body",
  "next quote paragraph with no attribution of its own; continues her quote (her \"to work collaboratively\" below has 3 words)", "continuation"),
 ("Too many people have waited too long for action", "waiting for vital treatment,", pb, P, pb_r, "body",
  "'\"...,\" she added.' (she = Paula Bradshaw, 'Alliance Party MLA Paula Bradshaw' in the paragraph before)", "pronoun"),
])

adv = "The advert"
f("highland-gp-search-restarts-after-recruitment-flop.txt", [
 ("There is still an exciting opportunity to join the newly formed West Lochaber Medical Practice,", None, adv, D, "", "body",
  "'“...,” says the advert.' (the new advert for the planned West Lochaber Medical Practice 'placed with the British Medical Journal'; its placer is not named in the sentence, so a description speaker; “golden hello” and “Golden hellos” have 2 words)", "said-after"),
 ("You can become part of our team", "an area of outstanding natural beauty.", adv, D, "", "body",
  "second quoted passage after 'says the advert.' in the same paragraph", "continuation"),
 ("who enjoy the challenges of remote and rural living", "interest in outdoor pursuits", adv, D, "", "body",
  "'It adds that the “unique opportunity” is ideal for GPs “...”.' (it = the advert; built into the writer's sentence; “unique opportunity” has 2 words)", "fragment"),
])

an = "Alex Neil"; an_r = "Health Secretary"
f("interview-alex-neil-msp.txt", [
 ("When we went to the States", "interested in looking at my son.", an, P, an_r, "body",
  "quote paragraph with no attribution of its own, directly after 'Scotland's new Health Secretary, Alex Neil is reflecting on how he and his family have benefited \"enormously\" ...' (an interview; \"enormously\" has 1 word; left open)", "continuation"),
 ("Have you got your credit card?", None, "unclear", U, "", "body",
  "nested in Neil's quote: 'the first question I was asked was, '...'' at a casualty department in Nashua, New Hampshire; the asker is not named or described beyond 'they' (the hospital)", "other"),
 ("Compare that to many years later", "lucky to have the National Health Service.", an, P, an_r, "body",
  "next paragraph of his quote, closed", "continuation"),
 ("always count as one of the most special things I have done in life", None, "Nicola Sturgeon", P, "Deputy First Minister", "body",
  "'In an interview with this magazine, Sturgeon stated that the five years she spent as Health Secretary will \"...\".' (named 'Deputy First Minister Nicola Sturgeon' just before; built into the writer's sentence)", "fragment"),
 ("I think the thing about health is everybody is a stakeholder", "matters to everybody in Scotland.", an, P, an_r, "body",
  "quote paragraph with no attribution of its own, directly after 'Neil agrees that the health portfolio is \"very special\".' (2 words)", "continuation"),
])

ri = "Rhun ap Iorwerth AM"; ri_r = "Plaid Cymru shadow health minister"
f("labour-failing-nhs-says-plaid-as-a-e-waiting-times-are-worst-ever-plaid-pledges-to-transform-the-welsh-nhs-in-government-in-2021.txt", [
 ("invest adequately in training and recruiting of doctors", None, ri, P, ri_r, "body",
  "'Plaid Cymru shadow health minister Rhun ap Iorwerth AM said that Labour had failed to “...”' (built into the writer's sentence; “properly fund” has 2 words)", "fragment"),
 ("consistently worse than the Tories in England", None, ri, P, ri_r, "body",
  "'The Plaid Cymru shadow health minister said that the Labour government’s performance was “...”' (built into the writer's sentence)", "fragment"),
 ("how to run the NHS Wales", None, ri, P, ri_r, "body",
  "'Adding that “patients deserve better”, Mr ap Iorwerth said that Plaid Cymru would know “...”' (built into the writer's sentence; “patients deserve better”, “transform” and “professional standards” have 1-3 words)", "fragment"),
 ("Winter happens every year but with no spare capacity", "the deterioration in performance doesn’t.", ri, P, ri_r, "body",
  "'Plaid Cymru AM and shadow health minister Rhun ap Iorwerth said,' on its own line above the quote (left open; the nested ‘unprecedented’ and ‘extraordinary’ have 1 word)", "said-before"),
 ("Labour have failed our NHS.", "community hospitals and NHS beds.", ri, P, ri_r, "body", "next paragraph of his quote", "continuation"),
 ("The result of that failure is the longest A&E waiting times", "consistently wor", ri, P, ri_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

rb = "Roy Beggs"; rb_r = "the Ulster Unionist Party Health Spokesperson"
f("latest-waiting-times-illustrate-how-ineffectual-recent-stormont-health-ministers-actually-were.txt", [
 ("Health waiting times in our accident and emergency departments", "step in the right direction.", rb, P, rb_r, "body",
  "'Roy Beggs, the Ulster Unionist Party Health Spokesperson, said:' on its own line above the quote (left open)", "said-before"),
 ("The irony is that this small improvement", "no Health Minister in place.", rb, P, rb_r, "body", "next paragraph of his quote", "continuation"),
 ("Michelle O’Neill was never a good Health Minister.", "her policies and efforts were.", rb, P, rb_r, "body", "next paragraph of his quote", "continuation"),
 ("We must not become complacent however", "no longer come to harm.", rb, P, rb_r, "body", "last paragraph of his quote, closed", "continuation"),
])

nhsh = "A spokesperson for NHS Highland"
f("mar19-gp-post-on-offer-in-scourie-klb-and-durness.txt", [
 ("a regular cohort of locum GPs", None, nhsh, D, "", "body",
  "'A spokesperson for NHS Highland said that the practice was currently covered by one salaried GP alongside“...”.' (unnamed; built into the writer's sentence)", "fragment"),
 ("Locum doctors are employed to cover day-time appointments", "GPs working in a locum capacity.", nhsh, D, "", "body",
  "'He added: “...”' (he = the spokesperson; same paragraph)", "pronoun"),
 ("come to North West Sutherland and be the doctor you’ve always wanted to be.", None, "The current vacancy", D, "", "body",
  "'The current vacancy, which was advertised on February 4 ..., invites applicants to “...”' (the job advert's words; its writer is not named, so a description speaker; built into the writer's sentence; “widely advertised” above has 2 words)", "fragment"),
])

dm = "Darren Millar AM"; dm_r = "Shadow Minister for Health"
f("millar-1-in-8-remain-on-nhs-waiting-lists.txt", [
 ("The health minister has staked her reputation", "I sincerely hope her promise has been met.", dm, P, dm_r, "body",
  "'Shadow Minister for Health, Darren Millar AM, said:' on its own line above the quote (left open)", "said-before"),
 ("No-one deserves to be put through ridiculously long waits", "this enduring problem.", dm, P, dm_r, "body", "next paragraph of his quote", "continuation"),
 ("The number of patients waiting has risen far too much", "incredibly disappointing.", dm, P, dm_r, "body", "next paragraph of his quote", "continuation"),
 ("Frontline staff continue to do an excellent job", "hope to see an end t", dm, P, dm_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

nfm = "Neil Findlay MSP"; nfm_r = "Convener of the Health and Sport Committee"
f("newsandmediacentre-102082.txt", [
 ("Concerns around GP recruitment, vacancy rates", "to tackle this problem.", nfm, P, nfm_r, "body",
  "'Convener of the Health and Sport Committee Neil Findlay MSP said:' on its own line above the quote (left open; the paragraph ends with trailing spaces, outside the quote; “golden handcuffs” above has 2 words)", "said-before"),
 ("What was clear was that within the medical profession", "boost recruitment can work.", nfm, P, nfm_r, "body", "next paragraph of his quote", "continuation"),
 ("We also heard of real issues around retaining medical students", "to stay here and practice.", nfm, P, nfm_r, "body", "last paragraph of his quote, closed", "continuation"),
])

cam = "David Cameron"; cam_r = "Prime Minister"
f("pm-blasts-labour-over-wales-nhs.txt", [
 ("line of life and death", None, cam, P, cam_r, "body",
  "'Prime Minister David Cameron stuck the knife into Labour after saying its handling of Wales' NHS had turned the Welsh border into a dividing \"...\".' (built into the writer's sentence; the caption line above carries no quote)", "fragment"),
 ("Doctors and nurses are being woefully let down by Labour.", None, cam, P, cam_r, "body",
  "'He said: \"...' (he = Mr Cameron, the subject of the two paragraphs before; left open)", "pronoun"),
 ("Patients are waiting weeks and weeks for vital heart scans.", "on an NHS waiting list.", cam, P, cam_r, "body", "next paragraph of his quote", "continuation"),
 ("A Cancer Drugs Fund in England - but not here.", None, cam, P, cam_r, "body", "next paragraph of his quote", "continuation"),
 ("I tell you - when Offa's Dyke becomes", "witnessing a national scandal.", cam, P, cam_r, "body", "next paragraph of his quote", "continuation"),
 ("After this utter shambles Labour should never dare", "the party of the NHS again.", cam, P, cam_r, "body", "last paragraph of his quote, closed", "continuation"),
])

dr = "David Roberts"; wgs = "A Welsh government spokesperson"
f("nhs-year-long-waiting-lists-up-400-in-wales-over-four-years.txt", [
 ("The pain is getting worse.", "harder and harder to get around.", dr, P, "", "body",
  "'The former PE teacher told ITV News: \"...\"' (the former PE teacher = David Roberts, 'a 70-year-old widower from Amlwch on Anglesey', introduced two paragraphs before; no role)", "description"),
 ("Despite increased demand on the NHS in Wales", "seen within target times,", wgs, D, "", "body",
  "'\"...,\" a spokesperson said.' after 'Responding to Wednesday's figures, the Welsh government acknowledged some patients were waiting too long.' (unnamed; the spokesperson speaks for the Welsh government)", "said-after"),
 ("Over the last five years, referrals to hospital-based services", "have increased b", wgs, D, "", "body",
  "next quote paragraph with no attribution of its own; continues the spokesperson's quote; cut off mid-word by the end of the excerpt", "continuation"),
])

fs = "Frank Shivers"; fs_r = "Conservative spokesman"
f("niconservatives-node-1897.txt", [
 ("MINISTER’S WAITING LIST PROMISES DON’T HIDE FAILURE ON NHS REFORMS", None, fs, P, fs_r, "headline",
  "headline ''...' STATES SHIVERS' (opened straight, closed straight; the body names 'Conservative spokesman, Frank Shivers')", "said-after"),
 ("Mr Hamilton is just fire-fighting by finding extra money", "mainly acute hospitals", fs, P, fs_r, "body",
  "'“...”, Frank explained.' (Frank = Frank Shivers, 'Conservative spokesman, Frank Shivers' in the paragraph before, whose “far too little emphasis” has 4 words; the comma falls outside the marks)", "said-after"),
 ("Most recently he announced £30 million", "rather than simply talking about it.", fs, P, fs_r, "body",
  "second quoted passage after 'Frank explained.' in the same paragraph", "continuation"),
 ("We’re still waiting for", "which were first mooted i", fs, P, fs_r, "body",
  "next quote paragraph with no attribution of its own; continues his quote (the nested ‘political consensus’ has 2 words); cut off mid-word by the end of the excerpt", "continuation"),
])

jw = "Dr John D Woods"; jw_r = "chair of the Northern Ireland Council of the BMA"
f("pressure-on-simon-hamilton-to-resume-post-and-deal-with-health-crisis.txt", [
 ("not shy away from the issues facing the health service", None, "A DUP spokesman", D, "", "body",
  "'A DUP spokesman said the party would \"...\" but that ...' (unnamed; built into the writer's sentence; \"unsustainable\", \"get back to work\" and \"function effectively\" above have 1-4 words)", "fragment"),
 ("The BMA, along with many other organisations, believes", "for it to function effectively,", jw, P, jw_r, "body",
  "'\"...,\" said Mr Woods.' (named 'Dr John D Woods, chair of the Northern Ireland Council of the BMA' in the paragraph before)", "said-after"),
 ("We are calling on our local representatives", "patient care can be made.", jw, P, jw_r, "body",
  "next quote paragraph with no attribution of its own; continues his quote", "continuation"),
 ("Obviously the minister doesn't nurse patients", "we don't have that,", "Janice Smyth", P, "of the RCN", "body",
  "'\"...,\" she said.' (she = 'The RCN's Janice Smyth' in the paragraph before)", "pronoun"),
])

ic = "Dr Ian Crawford"; ic_r = "Vice President of the Royal College of Emergency Medicine, Northern Ireland"
f("rcem-northern-ireland-responds-to-latest-emergency-care-waiting-time-statistics.txt", [
 ("our patients and staff continued to experience unprecedented risks", "throughout the summer months.", "RCEM Northern Ireland", O, "", "standfirst",
  "standfirst line 'RCEM Northern Ireland: “...”' under the headline and date (the same words are later in Dr Ian Crawford's quote, but this line gives them to the college's Northern Ireland body)", "said-before"),
 ("Today’s data shows that, unsurprisingly", "even more crowded Emergency Departments.", ic, P, ic_r, "body",
  "'Dr Ian Crawford, Vice President of the Royal College of Emergency Medicine, Northern Ireland, said: “...' (left open)", "said-before"),
 ("As I understand it, there is no additional funding", "less year on year.", ic, P, ic_r, "body", "next paragraph of his quote", "continuation"),
 ("Those leading the ongoing review of urgent and emergency care", "increase staffing, the number", ic, P, ic_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt (the trailing space is outside the quote)", "continuation"),
])

dma = "Darren Millar"; dma_r = "Clwyd West Assembly Member"
f("scores-patients-victims-tawel-fan-institutional-abuse.txt", [
 ("These figures will reinforce the view", "was a complete whitewash.", dma, P, dma_r, "body",
  "'Clwyd West Assembly Member Darren Millar said:' on its own line above the quote (left open; the headline's 'institutional abuse' and the report phrases \"Putting Things Right\", \"determined harm caused\", \"institutional abuse or neglect\" and \"good overall general standard\" have 1-4 words)", "said-before"),
 ("Many of the former patients on Tawel Fan had no relatives", "disclosed by the Health Board.", dma, P, dma_r, "body", "next paragraph of his quote", "continuation"),
 ("When the Tawel Fan scandal broke families were promised", "what went wrong and seemed", dma, P, dma_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

mmk = "Dr Miles Mack"; mmk_r = "chairman of RCGP Scotland"
f("scots-facing-gp-shortfall-amid-recruitment-crisis.txt", [
 ("immediate action and radical thinking", None, mmk, P, mmk_r, "body",
  "'Dr Miles Mack, chairman of RCGP Scotland, called for “...” from politicians ...' (built into the writer's sentence)", "fragment"),
 ("These findings are very worrying indeed. There is clearly", "a much larger GP workforce.", mmk, P, mmk_r, "body",
  "'He said: “...”' (he = 'Dr Miles Mack, chairman of RCGP Scotland' in the paragraph before; the pull-quote line 'These findings are very worrying indeed' above carries no marks)", "pronoun"),
 ("The Scottish Government has unfortunately not yet faced up", "Scottish medical services.", mmk, P, mmk_r, "body",
  "'He said: “...”' (he = Dr Mack, 'according to Dr Mack, a GP in Dingwall' in the paragraph before)", "pronoun"),
 ("The current model is faili", None, "Jackson Carlaw", P, "Scottish Conservative health spokesman", "body",
  "'He said: “...' (he = 'Scottish Conservative health spokesman Jackson Carlaw' in the paragraph before); cut off mid-word after 5 tokens by the end of the excerpt", "pronoun"),
])

nfl = "Neil Findlay"; nfl_r = "Labour MSP"
f("scots-health-secretary-faces-motion-of-no-confidence.txt", [
 ("Despite all the evidence to the contrary", "mental health services at NHS Lanarkshire.", nfl, P, nfl_r, "body",
  "'Labour MSP Neil Findlay, who lodged today’s motion, said: “...' (left open; “conflict of interest” above has 3 words)", "said-before"),
 ("Nearly a week after these damning emails", "have not been satisfactory.", nfl, P, nfl_r, "body", "next paragraph of his quote", "continuation"),
 ("Medical experts stated that keeping Monklands wards open", "service’ for patients.", nfl, P, nfl_r, "body",
  "next paragraph of his quote (the nested ‘less than optimal service’ has 4 words)", "continuation"),
 ("Yet Alex Neil has been unable to provide", "his own health policy of deliver", nfl, P, nfl_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

srb = "Shona Robison"; srb_r = "Health Secretary"
jhm = "Jim Hume"; jhm_r = "Scottish Lib Dem health spokesman"
f("scottish-daily-mail-20150722-281767037915414.txt", [
 ("SNP up to old tricks of spin", None, "unclear", U, "", "pull quote",
  "a display line in single marks printed inside the body (it breaks the sentence 'target of 95 per cent of ... A&E patients'); it paraphrases Jim Hume's later words ('up to their old tricks of putting spin') but is not his wording and comes before he is introduced, so the text does not settle whose words it gives", "other"),
 ("NHS staff have been working extremely hard", "testament to this.", srb, P, srb_r, "body",
  "'She put out a statement at 9.43am, saying: ‘...' (she = Miss Robison, 'SHONA Robison' in the lead and 'The Health Secretary' after; her statement's words; left open)", "pronoun"),
 ("It is also good to see that every health board", "long waits continue to remain low.", srb, P, srb_r, "body",
  "next paragraph of her statement, closed", "continuation"),
 ("The SNP Government must correct the record", "spin before substance.", jhm, P, jhm_r, "body",
  "'Scottish Lib Dem health spokesman Jim Hume said: ‘...' (left open)", "said-before"),
 ("This isn’t fair on patients or on NHS staff.", "hard-pressed health boards.", jhm, P, jhm_r, "body",
  "next paragraph of his quote, closed", "continuation"),
])

js = "John Stewart"
f("tawel-fan-families-left-distraught-by-report-that-finds-no-evidence-of-institutional-abuse-or-neglect.txt", [
 ("I have letters of apology.", "death was avoidable.", js, P, "", "body",
  "'John Stewart said: “...\"' (a relative, with no role; opened curly, closed straight; ‘more questions than answers’ in the lead, “no evidence”, “animals in a zoo” and \"cover up\" have 2-4 words)", "said-before"),
 ("I’m disappointed there was no institutional abuse", "wilful neglect found.", js, P, "", "body",
  "'He added: “...' (he = Mr Stewart, whose ‘more’ above has 1 word; left open; the paragraph's trailing space is outside the quote)", "pronoun"),
 ("My family’s concerns were more about the care pathway", "going through Tawel Fan.", js, P, "", "body",
  "next paragraph of his quote (trailing space outside the quote)", "continuation"),
 ("So, being admitted on to A&E during a crisis situation", "leading to death of the A&E unit.", js, P, "", "body",
  "next paragraph of his quote, opened with a straight mark", "continuation"),
 ("With today’s findings, I’m really confused.", "all the other families.", js, P, "", "body", "next paragraph of his quote", "continuation"),
 ("I’m astonished [they haven't found findings", "and I don’t bel", js, P, "", "body",
  "next paragraph of his quote, with a bracketed insertion inside the quote; cut off mid-word by the end of the excerpt", "continuation"),
])

ph = "Peter Higson"; ph_r = "the board's outgoing chairman"
em = "Evan Moore"; em_r = "Medical director"
f("uk-wales-45046255.txt", [
 ("shameful things that have happened", None, ph, P, ph_r, "body",
  "'The board's chairman said the \"...\" cannot be forgotten.' (built into the writer's sentence; the board's chairman = 'The board's outgoing chairman Peter Higson' below, whose quote ends with the same words; the headline's 'shameful' has 1 word)", "fragment"),
 ("wholly inappropriate and significantly flawed", None, "A second report by Ms Ockenden", D, "", "body",
  "'A second report by Ms Ockenden, published last month, examined management at the health board and described its leadership as \"...\".' (the report is the subject; a report document, so a description speaker)", "fragment"),
 ("Many of our current challenges stem from historic issues", "in a matter of weeks.", em, P, em_r, "body",
  "'Medical director Evan Moore said: \"...' (left open)", "said-before"),
 ("There is much work to do to embed improvements", "the people we serve.", em, P, em_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("Where we have caused harm and distress", "make things better,", "Gill Harris", P, "", "body",
  "'\"...,\" she said.' (she = Gill Harris in the paragraph before; 'who is in charge of nursing' is a relative clause, not a role)", "pronoun"),
 ("Can I repeat that apology on behalf of the whole board", "the shameful things that have happened.", ph, P, ph_r, "body",
  "'The board's outgoing chairman Peter Higson added: \"...\"'", "said-before"),
])

em2 = "Ed Miliband"
f("uk-wales-politics-27920188.txt", [
 ("line between life and death", None, cam, P, "", "body",
  "'Ed Miliband has said David Cameron's claim Welsh hospital care is so poor that Offa's Dyke is a \"...\" is \"pretty offensive\".' (Cameron's words built into the writer's sentence; 'the prime minister' after is a description, not a role; the headline's 'offensive' and the quotes \"pretty offensive\", \"do something\", \"political football\", \"leading\" and \"at best fanciful\" have 1-3 words)", "fragment"),
 ("pretty offensive thing to say", None, em2, P, "", "body",
  "'Mr Miliband told BBC Wales Mr Cameron's comment ... was a \"...\".' (built into the writer's sentence; 'The Labour leader' in the next sentence of the lead is a description)", "fragment"),
 ("Here's the reality - if you look at some areas", "faces bigger challenges.", em2, P, "", "body",
  "'Mr Miliband said: \"...' (left open)", "said-before"),
 ("But what the experts have said, the Nuffield Trust", "better than any other across the UK.", em2, P, "", "body", "next paragraph of his quote", "continuation"),
 ("Sure there are challenges, Carwyn (Jones)", "rise to those challenges.", em2, P, "", "body", "next paragraph of his quote", "continuation"),
 ("But I don't think David Cameron should be using", "the problems there are in England.", em2, P, "", "body", "last paragraph of his quote, closed", "continuation"),
 ("I understand the feelings that the", None, "unclear", U, "", "body",
  "a quote paragraph cut off after 6 tokens by the end of the excerpt, after the writer's paragraph on the local party's opposition to the all-women shortlist; Miliband is the likely speaker ('Mr Miliband also defended Labour's decision ...' two paragraphs up), but the attribution falls after the cut", "other"),
])

th = "Mr Tim Havard"; th_r = "RCS Director of Professional Affairs for Wales and a consultant general surgeon"
f("wales-rtt-waiting-times-repsonse.txt", [
 ("Although waiting times in Wales are starting to go", "missed by some margin.", th, P, th_r, "body",
  "'Mr Tim Havard, RCS Director of Professional Affairs for Wales and a consultant general surgeon, said:' on its own line above the quote (left open)", "said-before"),
 ("Waiting times for trauma and orthopaedic surgery are a particular concern", "their condition worsening.", th, P, th_r, "body", "next paragraph of his quote", "continuation"),
 ("These waiting times are a consequence of wider pressures", "with hospital war", th, P, th_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

md = "Mark Drakeford"; md_r = "Health Minister"
lg = "Lesley Griffiths"; lg_r = "the Welsh Government’s Communities Minister, Wrexham AM"
f("welsh-government-puts-health-board-into-special-measures.txt", [
 ("As a result of the meeting earlier today", "being placed in special measures.", md, P, md_r, "body",
  "'Prof Drakeford said: “...' (named 'Health Minister Mark Drakeford' in the second paragraph; left open)", "said-before"),
 ("This significant decision... reflects serious", "over some time.", md, P, md_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("A thorough and balanced assessment has taken place", "as a result of special measures.", md, P, md_r, "body",
  "'Prof Drakeford added: “...' (left open)", "said-before"),
 ("While the special measures apply to the health board", "will continue as normal.", md, P, md_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("must be held to account", None, lg, P, lg_r, "body",
  "'THE Welsh Government’s Communities Minister, Wrexham AM Lesley Griffiths, said the health board “...”.' (built into the writer's sentence)", "fragment"),
 ("Failings at Ysbyty Glan Clwyd’s Tawel Fan ward were sh", None, lg, P, lg_r, "body",
  "the next quote paragraph, with no attribution of its own, directly after her reported speech; cut off mid-word by the end of the excerpt", "continuation"),
])

label_table.build(R, prefix="AU", split="heldout46", out="eval/quotes/heldout46.jsonl")
