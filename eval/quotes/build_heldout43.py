"""Build heldout43.jsonl (the forty-third held-out attribution set, over eval/corpus48) from
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

Run:  python3 eval/quotes/build_heldout43.py   (writes eval/quotes/heldout43.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus48/")

# ---------------------------------------------------------------------------
f("75m-announced-to-improve-community-learning-disability-services.txt", [
 ("While we know there is still much to do", "good progress has been made.", "Ray James", P,
  "NHS England’s national learning disabilities director", "body",
  "'Mr James added: “...' (introduced earlier as 'NHS England’s national learning disabilities director Ray James said although good progress had been made ...'; left open)", "said-before"),
 ("There are fewer people with learning disabilities living in hospit", None, "Ray James", P,
  "NHS England’s national learning disabilities director", "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

sr = "Dr Sara Ryan"
f("connor-sparrowhawk-mother-distressed-at-care-before-death.txt", [
 ("I felt, as I feel now", "went through the process.", sr, P, "senior researcher at the University of Oxford", "body",
  "'His mother, Dr Sara Ryan, told a tribunal ...' then 'She said: “...”' (the role from the next paragraph's apposition 'Ryan, a senior researcher at the University of Oxford,'; “deeply uncomfortable and distressed” has 4 words and “family member and schoolboy” 3)", "pronoun"),
 ("It might be coloured by what", "in any way,", sr, P, "senior researcher at the University of Oxford", "body",
  "'“...,” Ryan said.' (“dismissive, arrogant and distant” just before has 4 words)", "said-after"),
])

cb = "Cynthia Bower"; cb_r = "CQC chief executive"
f("watchdog-has-serious-concerns-over-castlebeck-care.txt", [
 ("We need to be clear:", "found at Winterbourne View.", cb, P, cb_r, "body",
  "'CQC chief executive Cynthia Bower said: “...' (left open; “root and branch improvements” in the lead has 4 words)", "said-before"),
 ("However – we do have serious concerns", "in particular.", cb, P, cb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("In these cases we are taking action", "report fully later.", cb, P, cb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Our inspections have found a range of problems", "different services.", cb, P, cb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("This clearly suggests that there are problems", "services and processes.", cb, P, cb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Where necessary, we have demanded improvements.", None, cb, P, cb_r, "body", "next paragraph of her quote (left open; 6 words)", "continuation"),
 ("Where we have had immediate concerns", "led to its closure.", cb, P, cb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Although our reports set out what Castlebeck", "commission care from them.", cb, P, cb_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("You have a clear responsibility to stay alert for the", None, cb, P, cb_r, "body",
  "next paragraph of her quote; cut off by the end of the excerpt", "continuation"),
])

ash = "Amanda Sherlock"; ash_r = "CQC’s director of operations"
f("cqc-releases-damning-report-on-winterbourne-view.txt", [
 ("This report is a damning indictment", "vulnerable people in its care.", ash, P, ash_r, "body",
  "'Amanda Sherlock, CQC’s director of operations said: “...' (the passage ends where a second opening mark re-opens the quote in the same paragraph)", "said-before"),
 ("It is now clear that the problems", "from the secret filming.", ash, P, ash_r, "body",
  "second passage of her quote, re-opened with an opening mark in the same paragraph (a merged paragraph break)", "continuation"),
 ("We now know that the provider had effectively misled us", "we could", ash, P, ash_r, "body",
  "third passage of her quote, re-opened in the same paragraph; cut off by the end of the excerpt", "continuation"),
])

jer = "Jeremy"
f("dad-fights-nhs-locking-autistic-daughter-12ft-cell.txt", [
 ("We are demanding changes to Bethany", "in which she is living.", jer, P, "", "body",
  "'Speaking exclusively to, Jeremy said: ‘...' (Bethany's father, 'Jeremy, from Walsall'; no surname or role in the page; left open; ‘cell’ and 'detention' have 1 word)", "said-before"),
 ("We want changes to the lack of privacy and dignity.", "less restrictive s", jer, P, "", "body",
  "the next quote paragraph after two caption lines, with no attribution of its own; cut off mid-word by the end of the excerpt", "continuation"),
])

tr = "Jan Tregelles"; tr_r = "chief executive of Mencap"
f("mencap-dismayed-by-lack-of-progress-to-stop-avoidable-deaths-of-people-with-a-learning-disability.txt", [
 ("Today’s report shows an unacceptable lack of progress", "face in our NHS.", tr, P, tr_r, "body",
  "'Jan Tregelles, chief executive of Mencap, said:' on its own line above the quote (left open)", "said-before"),
 ("1,200 people with a learning disability die every year", "many of the changes needed.", tr, P, tr_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("Even on areas where welcome progress has been made", "March had been promised.", tr, P, tr_r, "body",
  "next quote paragraph, re-opened with no new attribution (left open)", "continuation"),
 ("Over the last decade almost 100 deaths", "loved one’s death.", tr, P, tr_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("People with a learning disability and their families have waited too long", "deaths of people’s loved ones.", tr, P, tr_r, "body",
  "next paragraph of her quote, closed", "continuation"),
])

mg = "Dr Michael Gregory"; mg_r = "NHS England's Northern regional director"
msp = "A spokesman for Mersey Care NHS Foundation Trust"
f("uk-england-lancashire.txt", [
 ("represent a real step forward", "in the future", mg, P, mg_r, "body",
  "'NHS England's Northern regional director Dr Michael Gregory said the plans \"...\".' (built into the writer's sentence; \"disappointed\", \"cost effective\", \"good\" and the crosshead 'Too reliant' have 1-2 words)", "fragment"),
 ("Nobody doubts the dedication of the staff at Whalley", "long periods of time,", mg, P, mg_r, "body",
  "'\"...,\" he said.' (he = Dr Michael Gregory, the speaker of the paragraph before)", "pronoun"),
 ("supports service modernisation but we do not believe", "great pressure and scrutiny", msp, D, "", "body",
  "'The spokesman for Mersey Care, which took over the running of the hospital in July, said it \"...\".' (the unnamed spokesman introduced earlier as 'A spokesman for Mersey Care NHS Foundation Trust, which runs the site'; built into the writer's sentence, with a bracketed insertion)", "fragment"),
 ("As a provider of secure services", "in the NHS system,", msp, D, "", "body",
  "'\"...,\" he said.' (he = the Mersey Care spokesman of the paragraph before)", "pronoun"),
 ("We will continue to work with them", "a new clinical model.", msp, D, "", "body",
  "the next quote paragraph, with no attribution of its own, straight after the spokesman's quote", "continuation"),
])

vc = "Vivien Cooper OBE"; vc_r = "CEO of the Challenging Behaviour Foundation"
f("transformingcaredata.txt", [
 ("These figures represent real children and adults", "high levels of restrictive interventio", vc, P, vc_r, "body",
  "'Vivien Cooper OBE, CEO of the Challenging Behaviour Foundation, said: “...' (left open; cut off mid-word by the end of the excerpt)", "said-before"),
])

jer_r = "truck driver"
f("autistic-teenager-locked-in-a-cell-to-be-moved-from-seclusion-after-fathers-campaign.txt", [
 ("There was a review of Beth", "her care was that bad.", jer, P, jer_r, "body",
  "'Jeremy said: \"...' (Bethany's father; the page prints no surname; the role from 'Truck driver Jeremy said ...' further down; left open; the headline's 'locked in a cell' has 4 words, \"inadequately considered\" 2)", "said-before"),
 ("Everything was just horror", "as soon as possible.", jer, P, jer_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("There is a team of people absolutely experienced in autism", "in her current setting.", jer, P, jer_r, "body",
  "'He said: \"...' (he = 'Truck driver Jeremy' of the paragraph before; left open)", "pronoun"),
 ("Beth is over the moon", "Christmas in four years.", jer, P, jer_r, "body", "next paragraph of his quote, closed", "continuation"),
])

hh = "Harriet Harman"; hh_r = "committee chairwoman"
f("failings-at-whorlton-hall-were-kept-secret-say-mps.txt", [
 ("I am raising these issues because", "under the spotlight.", hh, P, hh_r, "body",
  "'Quoting the inspector, committee chairwoman MP Harriet Harman said: “...' (she reads out the inspector's complaint; the page gives the words to her 'said', as a reader of a statement is its speaker; left open)", "said-before"),
 ("I also believe core values of our organisation", "not being followed.", hh, P, hh_r, "body",
  "next paragraph of the quote she read, closed before 'She added:'", "continuation"),
 ("It looks like there was a diligent inspection in 2015.", "on our televisions.", hh, P, hh_r, "body",
  "'She added: “...' in the same paragraph (she = Harriet Harman; left open)", "pronoun"),
 ("The CQC didn’t publish the report in 2015", "from the lead inspector.", hh, P, hh_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("A new team was sent in", "was a whitewash.", hh, P, hh_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("They sent a report that said it was good", "screaming on the television.", hh, P, hh_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("To be rated good, that enabled them", "stamped it as good.", hh, P, hh_r, "body", "'Ms Harman said: “...”'", "said-before"),
])

rj = "Rachel Snow-Miller"
f("nhs-boss-wants-lancashire-learning-disability-unit-closed.txt", [
 ("Questions are being passed to [NHS England Chief Executive] Simon Stevens directly,", None, "Andrew Simpson", P, "NHS England", "body",
  "'“...,” Andrew Simpson from NHS England told a meeting of the Lancashire Health and Wellbeing Board.' (a bracketed insertion inside the quote)", "said-after"),
 ("He [is] very keen to see the institution close", "the remaining patients,", "Andrew Simpson", P, "NHS England", "body",
  "'“...,” Mr. Simpson added.' (“last place” and “entirely eliminate” below have 2 words)", "said-after"),
])

kp = "Katrina Percy"; kp_r = "Southern Health’s chief executive"
f("families-demand-resignations-at-nhs-trust-that-failed-to-investigate-deaths.txt", [
 ("I think it's outrageous that you", "you'd be useless.", "Tom Ryan", P, "", "body",
  "'At the meeting, Tom Ryan, Connor’s 16-year-old brother, said: “...”' (a relative, no role)", "said-before"),
 ("We are all, myself personally and all of us", "allowed Connor to die.", kp, P, kp_r, "body",
  "'In response, Percy said: “...' (introduced as 'Southern Health’s chief executive Katrina Percy'; left open)", "said-before"),
 ("We can't imagine the pain for you", "the rest of your family.", kp, P, kp_r, "body",
  "next paragraph of her quote (left open, followed by the paragraph's trailing space)", "continuation"),
])

rcfw = "Care Quality Commission"; mh = "Matt Hancock"
f("cqc-launch-review-after-opportunities-missed-to-stop-alleged-whorlton-hall-abuse.txt", [
 ("opportunities to intervene were missed", None, mh, P, "Health Secretary", "body",
  "'... could have happened after “...”.' in the lead names no one; the same words open Health Secretary Matt Hancock's quote below ('It is clear that opportunities to intervene were missed'), so the fragment is his (the headline's ‘opportunities missed’ has 2 words)", "fragment"),
 ("It is clear that opportunities to intervene were missed", "why this happened.", mh, P, "Health Secretary", "body",
  "'Health Secretary Matt Hancock said: “...' (left open)", "said-before"),
 ("I have become increasingly concerned", "most vulnerable people.", mh, P, "Health Secretary", "body", "next paragraph of his quote, closed", "continuation"),
 ("The review will focus in particular", "internal processes.", rcfw, O, "", "body",
  "'The CQC said: “...' (the CQC = 'The Care Quality Commission (CQC) health watchdog' of the second paragraph; left open)", "said-before"),
 ("CQC is also commissioning a wider review", "risk of abuse and harm.", rcfw, O, "", "body", "next paragraph of its statement, closed", "continuation"),
 ("On behalf of the health and care system", None, "Caroline Dinenage", P, "Health Minister", "body",
  "'Speaking in the House of Commons, Health Minister Caroline Dinenage told MPs: “...'; cut off by the end of the excerpt (8 words)", "said-before"),
])

bb = "Sir Stephen Bubb"; bb_r = "chief executive of Acevo and author of the report"
f("winterbourne-view-bubb-report-learning-disability.txt", [
 ("The Winterbourne View scandal shocked the nation.", "moved into the community.", bb, P, bb_r, "body",
  "'Sir Stephen Bubb, chief executive of Acevo and author of the report: “...' (a name-and-role lead-in with a colon, in a round-up of views; left open)", "said-before"),
 ("We urge immediate action", "a new charter of rights", bb, P, bb_r, "body",
  "next paragraph of his quote; cut off by the end of the excerpt", "continuation"),
])

pl = "Dr Paul Lelliott"; pl_r = "deputy chief inspector of hospitals (lead for mental health), at the CQC"
f("film-shows-vulnerable-adults-mocked-taunted-and-intimidated.txt", [
 ("The footage captured by Panorama shows sickening abuse of vulnerable people", None, pl, P, pl_r, "pull quote",
  "pull quote with the line 'Paul Lelliott' below it; the body names him 'Dr Paul Lelliott, deputy chief inspector of hospitals (lead for mental health), at the CQC' and gives him the same words (the headline's ‘mocked, taunted and intimidated’ has 3 words)", "name-role-line"),
 ("The safety and care of our patients and residents is of paramount importance", None, "Cygnet", O, "", "pull quote",
  "pull quote with the line 'Cygnet statement' below it (Cygnet = 'the hospital’s owner, Cygnet' in the body; “pressing the man button” above has 4 words)", "name-role-line"),
 ("The footage captured by Panorama shows sickening abuse of vulnerable people.", None, pl, P, pl_r, "body",
  "'Dr Paul Lelliott, deputy chief inspector of hospitals (lead for mental health), at the CQC, said: “...' (left open; the unmarked 'Care Qua' after it is cut off and not labelled)", "said-before"),
])

f("leder-2019.txt", [
 ("The findings of LeDeR and the CQC today", "people with learning disa", "Deborah Coles", P, "Director of INQUEST", "body",
  "'Deborah Coles, Director of INQUEST says: “...'; cut off mid-word by the end of the excerpt", "said-before"),
])

f("national-autistic-society-escapes-prosecution-over-care-home-bullying.txt", [
 ("We have served a fixed penalty notice", "fundamental stan", rcfw, O, "", "body",
  "'The CQC said: “...' (the CQC = 'the Care Quality Commission (CQC)' of the paragraph before last; cut off mid-word by the end of the excerpt; “like a horse” has 3 words)", "said-before"),
])

di = "Debbie Ivanova"; di_r = "Deputy Chief Inspector of Adult Social Care at CQC"
f("national-autistic-society-closes-residential-home-following-critical-inspection.txt", [
 ("Everyone who uses this service has a right", "allowed to continue.", di, P, di_r, "body",
  "'Debbie Ivanova, Deputy Chief Inspector of Adult Social Care at CQC, said: “...”' (“extremely poorly managed” below has 3 words)", "said-before"),
])

f("national-autistic-society-admits-failed-residents-care-home.txt", [
 ("These reviews are not about apportioning blame", "improvements made.", "Richard Crompton", P, "independent chair of the SSAB", "body",
  "'Richard Crompton, independent chair of the SSAB, said: \"...' (left open; the next quote paragraph is cut off after 3 tokens and is not labelled; \"laddish culture\" has 2 words)", "said-before"),
])

f("exclusive-death-review-backlog-still-growing-despite-nhse-commitment.txt", [
 ("national learning disabilities mortality review", None, "", N, "", "body",
  "'The “...” programme – known as LeDeR –' (the programme's name in marks, nobody's speech; exactly 5 words)", "other"),
 ("address the backlog of unreviewed cases", "allocated and completed", "NHS England and Improvement", O, "", "body",
  "'NHS England and Improvement announced they would provide an extra £5m in 2019-20 to “...”.' (built into the writer's sentence; “address” and ”undermines” elsewhere have 1 word)", "fragment"),
])

lamb = "Norman Lamb"; lamb_r = "care services minister"
f("exclusive-minister-hits-out-as-winterbourne-view-target-shelved.txt", [
 ("most depressing and frustrating task", None, lamb, P, lamb_r, "body",
  "'Norman Lamb described the bid ... as his “...”' (built into the writer's sentence; the lead names him only as 'the care services minister'; “abject failure” has 2 words; exactly 5 words)", "fragment"),
 ("challenge established ways of doing things", None, lamb, P, lamb_r, "body",
  "'Mr Lamb accused commissioners of an “abject failure” to “...”' (built into the writer's sentence; “disturbing” has 1 word)", "fragment"),
 ("redefining where we want to be", "to get there.", "Bill Mumford", P, "the new director of the programme", "body",
  "'Bill Mumford, the new director of the programme, said ... and that he was “...”' (built into the writer's sentence; “have to be changed” has 4 words)", "fragment"),
 ("support everyone inappropriately placed in hospital", "no later than 1 June 2014.", "A concordat signed by the Department of Health and a wide range of groups", D, "", "body",
  "'the Department of Health and a wide range of groups including NHS England, the LGA and the Association of Directors of Adult Social Services signed a concordat that pledged to “...”' (a signed document's pledge, given to no single body; built into the writer's sentence)", "fragment"),
])

f("how-successful-nhs-englands-transforming-care-programme.txt", [
 ("Learning disability nursing has been hardest hit", "families are struggling.", "Ann Norman", P,
  "RCN professional lead for criminal justice and learning disabilities", "body",
  "a quote paragraph with no attribution of its own straight after 'RCN professional lead for criminal justice and learning disabilities Ann Norman says the progress made is ‘not something to celebrate’.' (her reported speech; the 4-word fragment is not labelled; the crosshead 'Slow progress' has 2 words)", "continuation"),
])

f("leder-less-indifferent.txt", [
 ("The findings of the LeDeR Programme were truly scandalous", None, "Sara Ryan", P, "", "headline",
  "headline quote with no speaker in the headline; the standfirst 'Sara Ryan reacts to the Learning Disability Mortality Review (LeDeR) Programme' and the first-person body ('my partner Rich and I', 'our son Connor') make the piece hers (‘Healthcare for All’ has 3 words)", "other"),
])

f("mencap-calls-government-show-urgency-fight-against-premature-mortality-among-people.txt", [
 ("A few years ago I had a mild heart attack", "much better.", "Leroy Binns", P, "", "body",
  "'Leroy Binns, who works on Treat me well as a Campaigns Assistant for Mencap, said:' on its own line above the quote (his job is given in a relative clause, not as a role; left open)", "said-before"),
 ("This consultation is a great opportunity", "experiences for the future.", "Leroy Binns", P, "", "body",
  "next paragraph of his quote, opened curly and closed straight", "continuation"),
 ("Pressure to change the system continues to grow", "among people wi", "Dan Scorer", P, "Head of Policy and Public Affairs for Mencap", "body",
  "'Commenting on the consultation, Dan Scorer, Head of Policy and Public Affairs for Mencap, said:' on its own line above the quote; cut off mid-word by the end of the excerpt", "said-before"),
])

f("failure-leadership-official-reports-verdict-nhs-trusts-scrutiny-deaths.txt", [
 ("We have little confidence that the trust has fully r", None, "The report authors", D, "", "body",
  "'The report authors acknowledged Southern Health had made some improvements in recent months, but concluded: “...' (the authors of the report 'by audit firm Mazars' are not named; cut off mid-word; the headline's ‘A failure of leadership’ has 4 words, 'too few', “poor quality” and “careless” 1-2)", "said-before"),
])

pmc = "Paula"
f("prevent-avoidable-deaths-by-making-autism-and-learning-disability-training-mandatory.txt", [
 ("The medics were absolutely misinterpreting", "to be delusional", "unclear", U, "", "body",
  "a quote paragraph standing alone after the writer's account of Oliver's death, with no speaker named; the mother ('Paula, 53') is named only further down, and the words are not repeated, so the text does not settle who said them", "other"),
 ("to me that’s the crucial bit", "to be able to say wha", pmc, P, "", "body",
  "'..., argues Paula, saying: “...' (Oliver McGowan's mother, named only 'Paula, 53' in the page; cut off mid-word by the end of the excerpt)", "said-before"),
])

f("hospital-abuse-culture-cruelty-existed.txt", [
 ("inhumane, cruel and hate-fuelled treatment", None, "Kerry Barker", P, "Prosecutor", "body",
  "'Prosecutor Kerry Barker said care watchdogs failed to act on repeated warnings of \"...\" of patients.' (built into his reported speech; exactly 5 words)", "fragment"),
 ("The so-called restraint techniques", "demands of their carers.", "Kerry Barker", P, "Prosecutor", "body",
  "a quote paragraph with no attribution of its own straight after the prosecutor's reported speech", "continuation"),
 ("Do you want me to get a cheese grater", "grate your face off?", "Wayne Rogers", P, "support worker", "body",
  "'support worker Wayne Rogers telling a patient: \"...\"' (footage played to the court; \"disease\", \"cancer\" and \"fog\" have 1 word)", "said-before"),
])

f("uk-england-bristol.txt", [
 ("cheese grater and grate your face off?", None, "one senior care worker at Winterbourne View", D, "", "body",
  "'Undercover recordings showed one senior care worker at Winterbourne View asking a patient whether they wanted him to get a \"...\".' (unnamed in this page; built into the writer's sentence)", "fragment"),
 ("The sickening abuse revealed in this programme", "could have imagined.", "Dr Peter Carter", P, "head of the Royal College of Nursing", "body",
  "'Dr Peter Carter, head of the Royal College of Nursing, said: \"...\"' (\"torture\" above has 1 word)", "said-before"),
 ("They're just having their amusement", "allowed to happen?", "Ann", P, "", "body",
  "'His mother Ann told the programme: \"...\"' (his = the victim Simon Tovey; a relative, no surname or role given; the crosshead 'How could this happen?' has 4 words)", "said-before"),
 ("I know the way it works", "out of the pe", "unclear", U, "", "body",
  "a quote paragraph cut off before any attribution, after the writer's two paragraphs about former nurse Terry Bryan (no reported speech of his); he is the likely speaker, but the text before the cut does not say so", "other"),
])

f("uk-england-oxfordshire.txt", [
 ("We just assumed he was being supervised", "support on the unit.", "Sara Ryan", P, "Oxford University academic", "body",
  "'Ms Ryan, an Oxford University academic, fought back tears ... She said: \"...' (named 'His mother Sara Ryan' earlier; left open; \"never crossed her mind\" in the lead has 4 words and the crosshead 'Situation was terrifying' 3)", "pronoun"),
 ("It had a whole team of specialist staff", "never crossed my mind.", "Sara Ryan", P, "Oxford University academic", "body", "next paragraph of her quote, closed", "continuation"),
 ("Connor had gone into that unit", "on the first night.", "Sara Ryan", P, "Oxford University academic", "body", "'Ms Ryan added: \"...' (left open)", "said-before"),
 ("I was told he was an adult", "terrifying really.", "Sara Ryan", P, "Oxford University academic", "body", "next paragraph of her quote, closed", "continuation"),
])

f("winterbourne-view-lessons-for-childrens-institutions.txt", [
 ("During five weeks spent filming undercover", "taunted and teased.", "BBC", O, "", "body",
  "'The BBC reports:' at the end of the paragraph above the quote paragraph", "said-before"),
 ("Undercover care: the abuse exposed", None, "", N, "", "body",
  "the Panorama programme's title in marks ('“...” was aired on 31 May 2011'), nobody's speech; exactly 5 words", "other"),
 ("was so frightened that she broke a bed", "off the wall", "Mencap", O, "", "body",
  "'Mencap reports Simone “...”.' (built into the writer's sentence)", "fragment"),
])

rh = "Richard Huggins"; par = "Connor Sparrowhawk's parents"
f("never-thought-he-wouldnt-come-home-why-son-connor-sparrowhawk-die.txt", [
 ("We never thought he wouldn’t come home", None, par, D, "", "headline",
  "headline quote with no speaker in the headline, in the voice of its second half, 'why did our son, Connor Sparrowhawk, die?'; the body introduces his parents, Sara Ryan and her husband Richard Huggins, telling the writer stories; 'We' is both of them, so a description speaker (‘unexpected deaths’ in the standfirst has 2 words)", "other"),
 ("One night, the people who were camping next to us", "they’d gone.", par, D, "", "body",
  "'The thing about Connor, his parents say, is that he had no filter. There was the time they went camping ... “...”' (the anecdote given to 'his parents' together, not to one of them)", "continuation"),
 ("He decided he was wanted by Interpol.", "a wanted criminal.", "unclear", U, "", "body",
  "a quote after the writer's 'Take the time they were staying on a farm ...', with no speaker of its own; either parent may be speaking (the next quote is 'Sara says', the paragraph after is 'Richard adds'), so the text does not settle it", "other"),
 ("Oh, they were bezzy mates by the end", "weren’t they?", "Sara Ryan", P, "", "body",
  "'How did the farmer react? “...” Sara says.' (the writer's question before it; Sara = Sara Ryan)", "said-after"),
 ("He would rant and rave about how we were", "injunctions on us.", rh, P, "", "body",
  "'He had a strong sense of injustice, Richard adds, such faith in the law. “...”' (Richard = Richard Huggins, Connor's stepfather, a relative with no role; “Oh, you know,” and “cleaning, washing up.” after it, 'Sara says', have 3 words each)", "continuation"),
])

f("nhs-highly-unlikely-to-meet-deferred-transforming-care-targets.txt", [
 ("health and care of people with learning disabilities", None, "", N, "", "body",
  "'NHS Digital say the next release of the ‘...’ data publication will include ...' (the title of a data publication in marks, nobody's speech; the headline's “highly unlikely” has 2 words)", "other"),
 ("also being retired from the next collection", None, "NHS Digital", O, "", "body",
  "'NHS Digital says a small number of indicators that are “now redundant” are “...”.' (built into the writer's sentence; “now redundant” has 2 words)", "fragment"),
 ("Today’s data shows a worrying loss of momentum", "a learning disability and/", "unclear", U, "", "body",
  "a quote paragraph under the crosshead 'Response to missing Transforming Care targets', cut off by the end of the excerpt before any attribution; Mencap's analysis is cited above, but a new speaker may be named after the cut", "other"),
])

label_table.build(R, prefix="AR", split="heldout43", out="eval/quotes/heldout43.jsonl")
