"""Build heldout3.jsonl (the third held-out attribution set, over eval/corpus5) from
the hand-written label table below.

Same method as build_heldout2.py: each row names a quotation by a start snippet and an
end snippet (exact text of the file); offsets are computed (label_table.py) so that
text[start:end] == quote, with the text read as
open(path, encoding="utf-8", newline="").read().  Rows of one file are searched in
order: a row's start snippet is looked for from just after the previous row's start,
so repeated passages resolve to the occurrence labelled.  Speakers, roles, types,
patterns and evidence were decided by hand from the article text alone; the script
only locates the text.

Run:  python3 eval/quotes/build_heldout3.py   (writes eval/quotes/heldout3.jsonl)
"""
import label_table
from label_table import P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern)
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus5/")

# ---------------------------------------------------------------------------
rc = "Councillor Richard Cornelius"; rc_r = "Leader of Barnet Council"
f("19-councils-statements-on-secret-theft-plans.txt", [
 ("This proposal from the NHS would effectively", "views of Barnet people.", rc, P, rc_r, "body",
  "line above the quote paragraph: ' Leader of Barnet Council, Councillor Richard Cornelius, said:' (under 'Barnet Council reports:'); the paragraph is left open", "said-before"),
 ("At a time when social care provision", "Policy and Resources Committee.", rc, P, rc_r, "body",
  "next paragraph of Councillor Cornelius's quote (after two blank lines, no opening mark, closed at its end)", "continuation"),
])

bab = "A spokesperson for Babylon"
f("7000-patients-join-babylons-gp-at-hand-service-since-launch.txt", [
 ("book an appointment within seconds", None, "GP at Hand", O, "", "body",
  "'GP at Hand promises patients they will be able to ‘...’ via its smartphone app' (the service's own promise)", "fragment"),
 ("a video consultation with an NHS GP", "anytime, anywhere", "GP at Hand", O, "", "body",
  "second promise in the same sentence: '... and have ‘...’' (subject: GP at Hand promises)", "fragment"),
 ("an in-person appointment if needed", "same or next day", "GP at Hand", O, "", "body",
  "'Patients can also have ‘...’' directly after 'GP at Hand promises patients they will be able to ...': the 'also' continues the list of the service's promises", "fragment"),
 ("a pharmacy of their choice", None, "GP at Hand", O, "", "body",
  "same sentence: '... as well as having precriptions delivered to ‘...’' (still the list of the service's promises)", "fragment"),
 ("creating a twin-track approach to NHS general practice", None, "RCGP", O, "", "body",
  "'The RCGP has warned that the service ... is ‘...’'", "fragment"),
 ("We’ve had people from across the ages", "people in good health.", bab, D, "", "body",
  "'A spokesperson for Babylon confirmed the patient list increase is due to the GP at Hand service, saying:'", "said-before"),
])

bda_sp = "A British Dental Association spokesman"
f("88-mile-trek-to-the-dentist.txt", [
 ("The leading cause of tooth decay is poor diet.", "done urgently.", "Dr Max Davie", P, "Paediatrician", "body",
  "'Paediatrician Dr Max Davie said:'", "said-before"),
 ("Lack of access, traditionally centred", "reality across England.", bda_sp, D, "", "body",
  "'The BDA warned the problem is also being fuelled by ... A spokesman said:' (the spokesman follows 'The BDA warned'; The British Dental Association is named earlier)", "said-before"),
 ("The Health Secretary recently pledged", "commitment to dentistry.", bda_sp, D, "", "body",
  "sentence with no opening mark that ends with a closing mark, straight after the spokesman's closed quote in the same paragraph; treated as the rest of the spokesman's quote (a stray mid-quote closing mark, as with a paragraph that has only a closing mark)", "continuation"),
 ("It’s no accident that people are waiting", "barely half the population.", "Henrik Overgaard-Nielsen", P, "of the BDA", "body",
  "'Henrik Overgaard-Nielsen, of the BDA, said:'", "said-before"),
])

dc = "Dave Cottam"; dc_r = "chair of the British Dental Association"
yq = "Yasmin Qureshi"; yq_r = "MP"
f("adults-england-unable-access-nhs-dental-appointment.txt", [
 ("Underfunding, failed contracts and recruitment problems", "perfect storm for patients,", dc, P, dc_r, "body",
  "''...,' Dave Cottam, chair of the British Dental Association, said.'", "said-after"),
 ("These access problems are no longer affecting", "“hotspots”.", dc, P, dc_r, "body",
  "next line of Dave Cottam's quote (each line re-opened with ‘ and left open)", "continuation"),
 ("But are now the reality for millions", "every English region.", dc, P, dc_r, "body",
  "next line of Dave Cottam's quote", "continuation"),
 ("The public is entitled to access care", "stacked against them.", dc, P, dc_r, "body",
  "next line of Dave Cottam's quote", "continuation"),
 ("They face practices struggling to fill vacancies", "cap patient numbers.", dc, P, dc_r, "body",
  "next line of Dave Cottam's quote", "continuation"),
 ("Those losing out are the patients who need us most.", None, dc, P, dc_r, "body",
  "next line of Dave Cottam's quote", "continuation"),
 ("The next government owes it to them", "service has a future.", dc, P, dc_r, "body",
  "last line of Dave Cottam's quote (closed)", "continuation"),
 ("Unless the system is appropriately funded and commissioned,", None, yq, P, yq_r, "body",
  "''...,' Ms Qureshi said in her letter.' (Yasmin Qureshi MP wrote to Health Secretary Matt Hancock)", "said-after"),
 ("Patients in every corner of England", "constituencies like ours soon.", yq, P, yq_r, "body",
  "next line of Ms Qureshi's letter", "continuation"),
 ("In order to ensure that everyone has access", "crisis in NHS dentistry.", yq, P, yq_r, "body",
  "last line of Ms Qureshi's letter (closed)", "continuation"),
])

f("batch-of-ccg-mergers-approved-for-next-year.txt", [
 ("We will continue to develop a single management structure", "as soon as possible.", "Julian Povey and Jo Leahy", P,
  "respective chairs of Shropshire CCG and Telford and Wrekin CCG", "body",
  "'In a joint statement, their respective chairs Julian Povey and Jo Leahy said:' (their = Shropshire CCG and Telford and Wrekin CCG); one joint quotation by two named people, never closed (end of the excerpt)", "said-before"),
])

so = "Sean O’Sullivan"; so_r = "head of health and social policy at the Royal College of Midwives (RCM)"
izs = "Cllr Izzi Seccombe"; izs_r = "chairman of the LGA Community Wellbeing Board"
f("deeply-concerning-cuts-to-local-stop-smoking-services.txt", [
 ("It is most disappointing to see how much funding", "current policy on this,", so, P, so_r, "body",
  "''...,' commented Sean O’Sullivan, head of health and social policy at the Royal College of Midwives (RCM).'", "said-after"),
 ("Access to local stop smoking support services", "increased, not reduced.", so, P, so_r, "body",
  "next paragraph of Sean O’Sullivan's quote (left open)", "continuation"),
 ("Midwives and other healthcare professionals", "are no longer there.", so, P, so_r, "body",
  "next paragraph of Sean O’Sullivan's quote (closed)", "continuation"),
 ("With one in five still smoking", "more to be done.", izs, P, izs_r, "body",
  "'When the study was announced Cllr Izzi Seccombe, chairman of the LGA Community Wellbeing Board, commented:'", "said-before"),
 ("However, this is made all the more difficult", "acute pressures for NH", izs, P, izs_r, "body",
  "next paragraph of Cllr Seccombe's quote (cut off by the end of the excerpt)", "continuation"),
])

mb = "Marie Black"; mb_r = "from Ewell"
f("epsom-woman-waits-10-hours-for-call-back-from-new-nhs-111-service.txt", [
 ("inundated with people who had had the same experience", None, mb, P, mb_r, "body",
  "'Ms Black took her to Epsom Hospital’s accident and emergency (A&E), which she said was ‘...’' (she = Ms Black)", "fragment"),
 ("This is a new system, which after five days", "until staff were trained.", mb, P, mb_r, "body",
  "'Ms Black said:' (Marie Black, from Ewell); the paragraph is left open", "said-before"),
 ("Enough pressure is put on Epsom’s A&E", "‘no health service’.", mb, P, mb_r, "body",
  "next paragraph of Ms Black's quote (closed); the nested ‘no health service’ has 3 words", "continuation"),
])

js = "Jackie Smith"; js_r = "Chief Executive and Registrar of the Nursing and Midwifery Council"
f("eu-nurses-abandon-uk.txt", [
 ("It’s worrying that we are seeing a continuing rise", "both UK and EU registrants.", js, P, js_r, "body",
  "'Jackie Smith, Chief Executive and Registrar of the Nursing and Midwifery Council, said:'", "said-before"),
 ("These figures continue to highlight the major challenges", "what these trends are showing.", js, P, js_r, "body",
  "next paragraph of Jackie Smith's quote", "continuation"),
 ("The crisis in nursing home provision is happening now", "deliver a long-term solution.", "Martin Green", P, "CEO of Care England", "body",
  "'Martin Green, CEO of Care England, told Care Home Professional:'", "said-before"),
])

jd = "Janet Davies"; jd_r = "the chief executive of the Royal College of Nursing"
f("european-nurses-and-midwives-leaving-uk-in-droves-since-brexit-vote.txt", [
 ("a double whammy for the NHS and patients", None, jd, P, jd_r, "body",
  "'Health union leaders said the trends were alarming and constituted “...”'; the same words are Janet Davies's in the next paragraph ('... [They] represent a double whammy for the NHS and patients”, said Janet Davies'), so the fragment is given to her (as a plural description followed by the named speaker)", "fragment"),
 ("These dramatic figures should set alarm bells", "[They] represent a double whammy for the NHS and patients", jd, P, jd_r, "body",
  "'“...”, said Janet Davies, the chief executive of the Royal College of Nursing.' (comma outside the closing mark)", "said-after"),
])

kb = "Ken Bremner"
kb_r = "chief executive of South Tyneside NHS Foundation Trust and City Hospitals Sunderland NHS Foundation Trust"
f("health-boss-reassures-patients-as-hospital-trusts-merger-win.txt", [
 ("We are very encouraged at the level of engagement", "share their views.", kb, P, kb_r, "body",
  "'Ken Bremner, chief executive of South Tyneside NHS Foundation Trust and City Hospitals Sunderland NHS Foundation Trust, said:'", "said-before"),
 ("It is clear that there is a broad understanding", "very positive to hear.", kb, P, kb_r, "body",
  "next paragraph of Ken Bremner's quote, printed straight after the advert lines ('Advertisement / Hide AdAdvertisement / Hide Ad“It is clear ...')", "continuation"),
 ("We recognise that our teams are now eager", "individual Trust Boards.", kb, P, kb_r, "body",
  "next paragraph of Ken Bremner's quote", "continuation"),
 ("We have also heard loud and clear from staff, pa", None, kb, P, kb_r, "body",
  "next paragraph of Ken Bremner's quote (cut off by the end of the excerpt)", "continuation"),
])

jh = "Jeremy Hunt"; jh_r = "Health Secretary"
f("health-secretary-jeremy-hunt-sorry-as-aes-struggle-to-cope.txt", [
 ("absolutely not what I want", None, jh, P, jh_r, "body",
  "'Of the decision to cancel operations, Mr Hunt said it was \"...\"'", "fragment"),
 ("This is the busiest week of the year for the NHS.", None, jh, P, jh_r, "body",
  "quote paragraph with no attribution of its own, straight after Hunt's reported speech 'But he said the move was needed given the pressure hospitals were under.'", "continuation"),
 ("incredibly long hours through the night", "in every possible way", jh, P, jh_r, "body",
  "'And he also said the whole country was grateful for the work NHS staff were putting in working \"...\"' (he = Mr Hunt)", "fragment"),
 ("The NHS has been better prepared for this winter than ever before,", None, "Theresa May", P, "Prime Minister", "body",
  "'\"...,\" she added.' (she = Prime Minister Theresa May, previous paragraph); the media caption above gives the same words without quote marks", "pronoun"),
])

bk = "Sir Bruce Keogh"; bk_r = "the NHS’s top doctor, chair of the National Emergency Pressures Panel"
f("hospitals-told-to-cancel-all-routine-operations-as-nhs-winter.txt", [
 ("I want to thank NHS staff who have worked", "over the Christmas.", bk, P, bk_r, "body",
  "'Sir Bruce said:' (Sir Bruce Keogh, 'the NHS’s top doctor', who chairs the National Emergency Pressures Panel)", "said-before"),
 ("We expect these pressures to continue", "increased flu prevalence.", bk, P, bk_r, "body",
  "next paragraph of Sir Bruce's quote", "continuation"),
 ("The NHS needs to take further action", "last minute cancellations.", bk, P, bk_r, "body",
  "next paragraph of Sir Bruce's quote (closed)", "continuation"),
 ("As an A&E consultant at University Hospitals of North Midla", None, "Dr Richard Fawcett", P,
  "a consultant in emergency medicine at the Royal Stoke hospital", "body",
  "'Dr Richard Fawcett, a consultant in emergency medicine at the Royal Stoke hospital, tweeted on Tuesday:' (described first as 'one A&E doctor'); cut off by the end of the excerpt", "said-before"),
])

f("hot-topic-to-merge-or-not-to-merge.txt", [
 ("Our main priority is, and always will be", "the next logical step.", "Simon Trickett", P, "CCGs spokesman", "body",
  "'CCGs spokesman, Simon Trickett, told the Worcester Observer:'", "said-before"),
])

kr = "Keith Ridge"; kr_r = "England's chief pharmaceutical officer"
f("keith-ridge-i-get-the-frustration-over-closures.txt", [
 ("It's really hard, my dad had his own business,", None, kr, P, kr_r, "body",
  "'\"...,\" Mr Ridge said yesterday (February 2).'", "said-after"),
 ("People will make estimates, but one way or another", "[up to] the market,", kr, P, kr_r, "body",
  "'\"...,\" he said.' (he = Mr Ridge, previous paragraph)", "pronoun"),
 ("A discussion involv[ing] a lot of people", "a very thorough process,", kr, P, kr_r, "body",
  "'\"...,\" he said.' (he = Mr Ridge, who 'was vague when asked ...' in the previous paragraph)", "pronoun"),
])

lga = "Local Government Association (LGA)"
ih = "Cllr Ian Hudspeth"; ih_r = "chairman of the LGA’s community wellbeing board"
f("lga-responds-to-age-uk-research-on-delayed-social-care-green-paper.txt", [
 ("Now is the time for answers.", "lived to the full.", lga, O, "", "body",
  "'They said:' (They = The Local Government Association (LGA), previous paragraph)", "pronoun"),
 ("Work to find a long-term funding solution", "for the past two decades.", ih, P, ih_r, "body",
  "'Responding to the reseearch on the delays, Cllr Ian Hudspeth, chairman of the LGA’s community wellbeing board, said:'", "said-before"),
 ("The current system of social care is unsustainable", "at breaking point.", ih, P, ih_r, "body",
  "next paragraph of Cllr Hudspeth's quote", "continuation"),
 ("This is something that the Government must address", "forthcoming Spending Review.", ih, P, ih_r, "body",
  "next paragraph of Cllr Hudspeth's quote (closed)", "continuation"),
])

me = "Mark Easton"; me_r = "Accountable Officer for the eight CCGs"
f("major-reorganisation-of-local-health-services-planned.txt", [
 ("We are exploring the option of moving to a single CCG", "merging the eight organisations.", me, P, me_r, "body",
  "'Mark Easton, Accountable Officer for the eight CCGs, said:'", "said-before"),
 ("We can work more effectively for patients", "We need to save", me, P, me_r, "body",
  "next paragraph of Mark Easton's quote (cut off by the end of the excerpt)", "continuation"),
])

f("majority-of-nursing-union-members-vote-to-accept-nhs-pay-deal.txt", [
 ("We have taken a significant step on the journey", "fairer pay for NHS staff", "Josie Irwin", P, "", "pull quote",
  "pull quote with the bare name line 'Josie Irwin' directly below it (no role in the excerpt)", "name-role-line"),
 ("Most importantly the extra funding means", "services or patient care", "Sara Gorton", P, "", "pull quote",
  "pull quote with the bare name line 'Sara Gorton' directly below it (no role in the excerpt)", "name-role-line"),
])

eg = "Emma Greenwood"; eg_r = "head of policy at Cancer Research UK"
f("new-cancer-waiting-time-figures-show-thousands-still-facing-delays.txt", [
 ("This cannot be allowed to continue", None, eg, P, eg_r, "pull quote",
  "standalone pull-quote line '\"...\" - Emma Greenwood, Cancer Research UK' (name after a dash, no verb)", "said-after"),
 ("Today’s figures show a further decline", "even worse.", eg, P, eg_r, "body",
  "quote paragraph straight after her reported speech 'Emma Greenwood, head of policy at Cancer Research UK, said the figures meant that thousands of patients were being failed.'", "continuation"),
 ("There have been repeated failures to meet the target", "This cannot be allowed to continue.", eg, P, eg_r, "body",
  "next paragraph of Emma Greenwood's quote", "continuation"),
 ("These targets exist to ensure swift diagnosis", "they are worsening.", eg, P, eg_r, "body",
  "next paragraph of Emma Greenwood's quote (left open; the next paragraph is the writer's)", "continuation"),
 ("We need to support the NHS and ensure", "meet this challenge,", eg, P, eg_r, "body",
  "'\"...,” Greenwood said.' (mixed marks)", "said-after"),
])

ca = "caroline Abrahams"; ca_r = "Director, Age UK"
tmy = "theresa May"
f("new-social-care-betrayal-as-plans-are-delayed-again.txt", [
 ("Older people and their families are suffering", "lack of firm action.", ca, P, ca_r, "body",
  "'Director caroline Abrahams added:' after 'Age UK said ...' (name kept as printed, with the lower-case first letter of the stored page)", "said-before"),
 ("We need to stop ducking the issue.", "future for social care.", tmy, P, "", "body",
  "'Mrs May addressed england’s social care crisis during the election campaign of 2017, saying in April that year:' (introduced earlier as 'theresa May', printed so; no role stated)", "said-before"),
 ("i’m not aware of any fixed point", "any time soon.", "A senior tory source", D, "", "body",
  "'A senior tory source admitted:'", "said-before"),
 ("Social care is high on the list of issues", "difficult at the moment.", "Another Whitehall insider", D, "", "body",
  "'Another Whitehall insider confirmed there was no prospect ..., adding:'; the paragraph is left open", "said-before"),
 ("nothing is going to happen while Brexit", "consensus on the way ahea", "Another Whitehall insider", D, "", "body",
  "next paragraph of the Whitehall insider's quote (cut off by the end of the excerpt)", "continuation"),
])

dn = "Sir David Nicholson"; dn_r = "chief executive of NHS England"
f("nhs-111-failures-have-let-patients-down-nhs-england-admits.txt", [
 ("We’ve had serious difficulties in relation to people", "try again later.", dn, P, dn_r, "body",
  "'At today’s NHS England board meeting its chief executive Sir David Nicholson said:'", "said-before"),
 ("That’s clearly unacceptable and we’ve let some of our patients down.", None, dn, P, dn_r, "body",
  "next paragraph of Sir David's quote", "continuation"),
 ("We need to think really carefully about the lessons", "getting the service up and running.", dn, P, dn_r, "body",
  "next paragraph of Sir David's quote (closed)", "continuation"),
 ("one or two areas where we’ve still got issues we need to deal with", None, dn, P, dn_r, "body",
  "'Contingency services are continuing to operate, he said, and ... NHS England is continuing to monitor “...”' (he = Sir David)", "fragment"),
 ("We also need to reflect in time around what we should do", "the kind of service we want for our patients.", dn, P, dn_r, "body",
  "quote paragraph with no attribution of its own after Sir David's reported speech ('..., he said, ...'); the following paragraph ends ', Sir David said.'", "continuation"),
])

f("nhs-111-helpline-failing-patients-investigation-finds.txt", [
 ("serious failings in the system", None, "Channel 4's Dispatches", O, "", "body",
  "'Dispatches said the footage ... revealed \"...\"' (Channel 4's Dispatches programme)", "fragment"),
 ("We had a very bad service.", "calls that are coming in.", "One Harmoni call centre manager", D, "", "body",
  "'One Harmoni call centre manager was secretly filmed admitting:' (unnamed)", "said-before"),
 ("We provide a clinically sa", None, "A spokesman for Harmoni", D, "", "body",
  "'However, a spokesman for Harmoni told the programme:' (cut off by the end of the excerpt)", "said-before"),
])

f("nhs-continues-to-struggle-to-meet-cancer-targets.txt", [
 ("Despite the very best efforts of hard-working doctors", "cancer patients of the future.", "Dr Fran Woodard", P,
  "Executive Director of Policy and Impact at Macmillan Cancer Support", "body",
  "'Commenting on the cancer waiting times ..., Dr Fran Woodard, Executive Director of Policy and Impact at Macmillan Cancer Support, says' (no colon; a footnote number is run into 'targets3' inside the quote)", "said-before"),
])

nhse = "NHS England"
f("nhs-england-sets-new-rules-for-ccg-mergers.txt", [
 ("provide a more logical footprint for delivery of the local STPs", None, nhse, O, "", "body",
  "'Six new criteria include that the new CCG will “...”' (the criteria of the new NHS England guidance, named in the first sentence)", "fragment"),
 ("right critical mass to discharge", None, nhse, O, "", "body",
  "same sentence: '... and have the “...” a “more strategic commissioning function”' (the guidance's criteria)", "fragment"),
 ("there remains a general presumption against mergers", "cutting administrative costs", nhse, O, "", "body",
  "'NHS England said in a statement “...”' (full clause introduced by 'said' without a colon)", "said-before"),
 ("does not rule out a very limited number", "in time for 2017-18", nhse, O, "", "body",
  "'However, the guidance says the organisation “...”' (the organisation = NHS England)", "fragment"),
])

kw = "Ken Wenman"; kw_r = "SWASFT chief executive"
cn = "Chris Nelson"; cn_r = "Joint branch secretary at Unison for South West Ambulance"
f("nhs-helpline-rated-inadequate.txt", [
 ("no way near what it should be.", None, kw, P, kw_r, "body",
  "'Ken Wenman, said that while ..., he accepted it was \"...”' (mixed marks)", "fragment"),
 ("The CQC report does point out that we were understaffed.", "during the coming months.", kw, P, kw_r, "body",
  "'He said:' (He = Ken Wenman, previous paragraph)", "pronoun"),
 ("What we experience within NHS 111", "made by our members.", cn, P, cn_r, "body",
  "'He added:' (He = Chris Nelson, previous paragraph)", "pronoun"),
])

hf = "NHS Hammersmith and Fulham CCG primary care committee"
f("nhs-lifts-clinical-restrictions-on-patients-eligible-to-join.txt", [
 ("Following discussion at the last clinical assurance meeting", "looking to register with them.", hf, O, "", "body",
  "'Papers published today by the CCG’s primary care committee said:' (the CCG = NHS Hammersmith and Fulham CCG, first sentence)", "said-before"),
 ("The list of conditions where it may not be clinically appropriate", "will be removed.", hf, O, "", "body",
  "'But the papers said:' (the committee's papers)", "description"),
 ("patients will still be advised that sometimes", "not local to their home", hf, O, "", "body",
  "'They added that ‘...’' (They = the papers)", "fragment"),
])

th = "Dr Taj Hassan"; th_r = "A&E Consultant and President of the Royal College of Emergency Medicine"
f("nhs-winter-crisis-whats-the-truth-tonight.txt", [
 ("I think the NHS and certainly emergency departments", "more emergency admissions than ever before.", th, P, th_r, "body",
  "name-and-role line 'Dr Taj Hassan, A&E Consultant and President of the Royal College of Emergency Medicine' directly below the quote; the paragraph above also introduces him ('... feels that the NHS has reached severe pressure levels')", "name-role-line"),
 ("I was getting really really stressed", "he was just screaming out.", "Nigel Craig", P, "son of Robert Craig, 95", "body",
  "quote paragraph straight after 'We hear a distressing story from Nigel Craig, who’s elderly father, 95 years old Robert Craig, fell and waited ...' ('he' inside the quote is the father)", "continuation"),
 ("....At times of such high demand", "investigating this incident….", "North East Ambulance Trust", O, "", "body",
  "'In a statement the North East Ambulance Trust apologised for the delay and said:' (the quote opens and closes with dots inside the marks)", "said-before"),
])

lam = "NHS Lambeth CCG"
f("one-fifth-of-babylon-nhs-patients-switched-back-to-original-gp.txt", [
 ("switched back to original GP", None, lam, O, "", "headline",
  "headline quote; the standfirst gives the finding to 'CCG board papers' ('One in five patients ... has re-registered with their original GP practice, CCG board papers have revealed'), named in the body as NHS Lambeth CCG board papers", "other"),
 ("some people are not aware", None, "GP leaders", D, "", "body",
  "'GP leaders suggested that the high rate of patients switching back  that ‘...’' (unnamed)", "fragment"),
 ("as with any new service", None, "Babylon", O, "", "body",
  "'But Babylon said that ‘...’ there would be'", "fragment"),
 ("people who try it out and prefer alternatives", None, "Babylon", O, "", "body",
  "same sentence: 'But Babylon said that ... there would be ‘...’'", "fragment"),
 ("not always the larger list practices", "transfer to GP at Hand", lam, O, "", "body",
  "'CCG analysis of the practice-level data found it was ‘...’' (the CCG = NHS Lambeth CCG, whose board papers are quoted in the previous paragraph)", "fragment"),
 ("may indicate other concerns about access", None, lam, O, "", "body",
  "same sentence: 'which it concluded ‘...’' (it = the CCG analysis)", "fragment"),
 ("higher number of patients in that practice", "with the GP at Hand demographics", lam, O, "", "body",
  "same sentence: '... or that there were ‘...’' (the analysis's conclusion); contains the nested “fit”", "fragment"),
 ("will keep this item under review to monitor numbers and trends", None, lam, O, "", "body",
  "'It added that the CCG ‘...’' (It = the CCG analysis)", "fragment"),
 ("Patients de-registering and re-registering do", None, "Dr Lisa Harrod-Rothwell", P, "Londonwide LMCs lead medical director", "body",
  "'Dr Lisa Harrod-Rothwell, Londonwide LMCs lead medical director, told our sister publication Pulse, where this story was first published:' (cut off by the end of the excerpt)", "said-before"),
])

ec = "Eddie Crouch"; ec_r = "the vice chairman of the BDA"
f("patients-70-mile-trip-to-see-a-dentist.txt", [
 ("It is a damning indictment of current policy", "paying the price in low morale.", ec, P, ec_r, "body",
  "'Eddie Crouch, the vice chairman of the BDA, said:'", "said-before"),
 ("The constant treadmill of targets and pay cuts", "unable to fill vacancies.", ec, P, ec_r, "body",
  "next paragraph of Eddie Crouch's quote", "continuation"),
 ("Failure to act is already leaving millions", "not an unattractive option.", ec, P, ec_r, "body",
  "next paragraph of Eddie Crouch's quote (closed mid-paragraph; the rest of the paragraph is the writer's)", "continuation"),
])

gb = "George Butterworth"; gb_r = "Senior Policy Manager, Cancer Research UK"
f("public-health-cuts-undermine-support-for-smokers.txt", [
 ("National decisions to cut public health funding", "impact on the ground,", gb, P, gb_r, "body",
  "''...,' George Butterworth, Senior Policy Manager, Cancer Research UK.' (name and role after the quote, no verb)", "said-after"),
 ("A growing number of local areas no longer", "the necessary standards.", gb, P, gb_r, "body",
  "next paragraph of George Butterworth's quote", "continuation"),
 ("On top of this, smokers in many areas", "medications from GPs.", gb, P, gb_r, "body",
  "next paragraph of George Butterworth's quote", "continuation"),
 ("We are deeply concerned that the erosion", "need to stop smoking.", gb, P, gb_r, "body",
  "next paragraph of George Butterworth's quote (closed)", "continuation"),
 ("Councils’ efforts to continue to help peopl", None, "Cllr Izzi Seccombe", P,
  "chairman of the Local Government Association’s (LGA) Community Wellbeing Board", "body",
  "'Commenting on the report, Cllr Izzi Seccombe, chairman of the Local Government Association’s (LGA) Community Wellbeing Board, said:' (cut off by the end of the excerpt)", "said-before"),
])

nc = "Nicola Close"; nc_r = "chief executive of the Association of Directors of Public Health"
ih2 = "Ian Hudspeth"; ih2_r = "Chair of the Local Government Association’s community wellbeing board"
f("public-health-grant-cut-unnecessary-undesirable-and-unacceptable.txt", [
 ("Directors of public health have been relentlessly focussed", "modernising services.", nc, P, nc_r, "body",
  "'She said:' (She = Nicola Close, previous paragraph)", "pronoun"),
 ("However, this is not sustainable", "libraries and leisure centres.", nc, P, nc_r, "body",
  "next paragraph of Nicola Close's quote", "continuation"),
 ("Cutting the public health budget is incredibly short-sighted", "the NHS and social care.", ih2, P, ih2_r, "body",
  "'He added:' (He = Ian Hudspeth (Con), previous paragraph)", "pronoun"),
 ("Further reductions to the public health budget", "added extra for health budgets.", ih2, P, ih2_r, "body",
  "next paragraph of Ian Hudspeth's quote", "continuation"),
])

isc = "Izzi Seccombe"; isc_r = "spokeswoman for community wellbeing at the Local Government Association"
f("public-health-grant-cuts-will-have-major-impact-on-nhs-programmes.txt", [
 ("will have major impact on NHS programmes", None, "Local Government Association", O, "", "headline",
  "headline quote; the body says 'The Local Government Association warned there would be a \"major impact\" on many programmes ...'", "other"),
 ("cuts to the NHS in all but name", None, isc, P, isc_r, "body",
  "'Reductions to council's public health grants are \"...\", council leaders have said.'; the same words are Izzi Seccombe's ('these are cuts to the NHS in all but name') in her quote below, so the fragment is given to her (as a plural description followed by the named speaker)", "fragment"),
 ("have a detrimental impact on health", None, "Almost four fifths (78%) of directors of public health who responded to the poll", D, "", "body",
  "'Almost four fifths (78%) of directors of public health who responded to the poll said that the cuts would \"...\"'", "fragment"),
 ("Devolving public health to local government", "carried out by councils.", isc, P, isc_r, "body",
  "'Commenting on the poll, Izzi Seccombe, spokeswoman for community wellbeing at the Local Government Association, said:'", "said-before"),
 ("These include combating the nation's obesity problem", "alcohol and drug abuse.", isc, P, isc_r, "body",
  "next paragraph of Izzi Seccombe's quote", "continuation"),
 ("Given that much of councils' public health budget", "other NHS services.", isc, P, isc_r, "body",
  "next paragraph of Izzi Seccombe's quote", "continuation"),
 ("We need to move away from a focus on treating sickness", "improves the public's health.", isc, P, isc_r, "body",
  "next paragraph of Izzi Seccombe's quote (closed)", "continuation"),
])

rep = "A representative of NHS England (NHSE)"
aw = "Cllr Adam Wilkinson"
bhu = "Brian Hughes"; bhu_r = "NHSE West Yorkshire Locality Director"
f("so-called-sustainability-and-transformation-plans.txt", [
 ("Some services will need to be delivered differently", None, rep, D, "", "body",
  "'a representative of the stealth-privatising quango NHS England (NHSE) said ... He said,' then the quote on its own line (the representative is not named)", "pronoun"),
 ("Loads of service cuts will be made", "until it is unrecognisable.", "", N, "", "body",
  "'This is a euphemism for:' the blog's own mock translation of the NHSE representative's words; nobody said it", "other"),
 ("what conversations are going on nationally", None, aw, P, "", "body",
  "'Cllr Adam Wilkinson asked “...”' (no role stated)", "fragment"),
 ("is still going to be unsustainable after the reconfiguration", None, aw, P, "", "body",
  "same sentence: '... including the “worry” that our hospitals Trust “...”' (still Cllr Wilkinson's question)", "fragment"),
 ("the development of sustainability and transformation plans across geographies", None, bhu, P, bhu_r, "body",
  "'Mr Hughes then explained that ... is the establishment of “more networked models” and “...”'", "fragment"),
 ("Within the West Yorkshire context", "one for Calderdale and one f", bhu, P, bhu_r, "body",
  "'Mr Hughes said:' on its own line above the quote (cut off by the end of the excerpt)", "said-before"),
])

na = "Nadra Ahmed"; na_r = "Executive Chairman of the National Care Association"
ht = "Heidi Travis"; ht_r = "of Sue Ryder"
f("social-care-green-paper-delayed-to-early-2019.txt", [
 ("Sadly, the delay will only heighten the belief", "vulnerable members of our society.", na, P, na_r, "body",
  "'Nadra Ahmed, Executive Chairman of the National Care Association, warned:'", "said-before"),
 ("Until and unless government addresses", "fall on deaf ears.", na, P, na_r, "body",
  "next paragraph of Nadra Ahmed's quote (closed)", "continuation"),
 ("The green paper will give the government’s view", "find its own solutions.", "Martin Green", P, "CEO of Care England", "body",
  "'He said:' (He = CEO of Care England Martin Green, same paragraph); the quote is never closed", "pronoun"),
 ("Social care funding is an urgent issue", "find a sustainable solution.", ht, P, ht_r, "body",
  "'She stated:' (She = Heidi Travis of Sue Ryder, previous paragraph)", "pronoun"),
 ("It is quite simply unacceptable to have", "meet people’s needs.", ht, P, ht_r, "body",
  "next paragraph of Heidi Travis's quote (closed)", "continuation"),
 ("The postponements of the green paper reflect", "system in crisis.", "Paul Edwards", P, "of Dementia UK", "body",
  "'And Paul Edwards of Dementia UK warned:'", "said-before"),
])

nepp = "NHS England’s National Emergency Pressures Panel"
da = "Professor Derek Alderson"; da_r = "Royal College of Surgeons’ President and member of the pressures panel"
f("statement-on-winter-pressures.txt", [
 ("under sustained pressure over the Christmas period", None, nepp, O, "", "body",
  "'Yesterday NHS England’s National Emergency Pressures Panel noted that the NHS has been ‘...’'", "fragment"),
 ("should also be deferred where this will release", "for non-elective care", nepp, O, "", "body",
  "'The Panel recommended that trusts defer ... and that day-case procedures and routine patient appointments ‘...’'", "fragment"),
 ("A number of indicators are showing", "later in the winter period.", da, P, da_r, "body",
  "line above the quote: 'Professor Derek Alderson, Royal College of Surgeons’ President and member of the pressures panel said:'; the paragraph opens with ‘ and is left open", "said-before"),
 ("Staff in the NHS are pulling out all the stops", "18 week waiting tim", da, P, da_r, "body",
  "next paragraph of Professor Alderson's statement, re-opened with “ (cut off by the end of the excerpt)", "continuation"),
])

md = "Michael Dugher"; md_r = "Labour MP, former shadow frontbencher"
f("thousands-of-pharmacies-face-closure-as-government-slashes-budgets.txt", [
 ("The closures will mean that thousands of people", "their nearest pharmacy,", md, P, md_r, "body",
  "'“...,” he wrote.' (he = Mr Dugher, who 'In an article for PoliticsHome ... railed against' the cut in the previous paragraph)", "pronoun"),
 ("The Government’s cut will be a disaster", "hospital A&E units.", md, P, md_r, "body",
  "next paragraph of Mr Dugher's article", "continuation"),
 ("Many of these closure-threatened pharmacies are in d", None, md, P, md_r, "body",
  "next paragraph of Mr Dugher's article (cut off by the end of the excerpt)", "continuation"),
])

f("two-nhs-trusts-to-work-towards-possible-merger.txt", [
 ("Healthy\nWeston: joining up services", "in the Weston area", "", N, "", "body",
  "the name of North Somerset CCG's programme in quote marks ('It also supports the work of ‘...’ led by North Somerset Clinical Commissioning Group'), not speech; it runs over a line break", "other"),
 ("Today, the Trust Board agreed that we would build", "help achieve this\ngoal.", "Robert Woolley", P, "Chief Executive of UH Bristol", "body",
  "'Robert Woolley, Chief Executive of UH Bristol, said:' (the release is hard-wrapped, with line breaks inside the name-and-role clause and inside the quote)", "said-before"),
 ("We are making good progress through our formal partnership", "coming months.", "James Rimmer", P, "Chief Executive of WAHT", "body",
  "'James Rimmer, Chief Executive of WAHT, said:' ('said:' starts the next line; WAHT = Weston Area Health NHS Trust)", "said-before"),
])

sgo = "Sara Gorton"; sgo_r = "UNISON head of health"
f("unison-start-balloting-members-over-proposed-pay-deal.txt", [
 ("Seven years of pay freezes and wage increases", "hold onto experienced staff.", sgo, P, sgo_r, "body",
  "'Sara Gorton, UNISON head of health, said about the proposed pay deal:'", "said-before"),
 ("The agreement means an end at last", "would go a long way", sgo, P, sgo_r, "body",
  "next paragraph of Sara Gorton's quote (cut off by the end of the excerpt)", "continuation"),
])

sb = "Steve Brine"; sb_r = "pharmacy minister"
f("will-budget-contain-funding-for-community-pharmacy.txt", [
 ("wait for the Budget like everybody else", None, sb, P, sb_r, "body",
  "'The sector will have to ‘...’ ..., according to pharmacy minister Steve Brine.'", "fragment"),
 ("will have to wait for the Budget like everybody else", None, sb, P, sb_r, "body",
  "'In response to the question, Mr Brine said Ms Cooper ‘...’'", "fragment"),
 ("We [the Government] continue to monitor", "community pharmacies sector,", sb, P, sb_r, "body",
  "'‘...,’ he added.' (he = Mr Brine, same paragraph)", "pronoun"),
 ("no other significant closures since the introduction of the reforms", None, sb, P, sb_r, "body",
  "'Mr Brine replied that – other than the LloydsPharmacy closures – there were ‘...’' (a written answer)", "fragment"),
 ("Access to pharmaceutical services is good", "walk of community pharmacy.", sb, P, sb_r, "body",
  "'He said:' (He = Mr Brine, previous paragraph)", "pronoun"),
 ("For areas where there are fewer pharmacies", "additional protection.", sb, P, sb_r, "body",
  "next paragraph of Mr Brine's answer", "continuation"),
 ("A growing number of internet pharmacies", "greater choice.", sb, P, sb_r, "body",
  "next paragraph of Mr Brine's answer (closed)", "continuation"),
 ("pharmacies are a critical part of the primary care infrastructure", "in this country", sb, P, sb_r, "body",
  "'If Mr Brine said that ‘...’, the reality is ...' (the writer's conditional, but the words are given to Mr Brine)", "fragment"),
])


def build():
    return label_table.build(R, prefix="L", split="heldout3", out="eval/quotes/heldout3.jsonl")


if __name__ == "__main__":
    recs = build()
    print(len(recs), "records")
