"""Build heldout19.jsonl (the nineteenth held-out attribution set, over eval/corpus22) from
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

Run:  python3 eval/quotes/build_heldout19.py   (writes eval/quotes/heldout19.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus22/")

# ---------------------------------------------------------------------------
f("accident-and-emergency-waiting-times-england-labour-nhs-winter-crisis.txt", [
 ("These figures are further evidence", "in almost a year.", "Andrew Gwynne", P, "shadow health minister", "body",
  "'The shadow health minister, Andrew Gwynne, said: \"...\"'", "said-before"),
 ("More people need healthcare as the population ages", "than ever before.", "Dr Dan Poulter", P, "health minister", "body",
  "'The health minister, Dr Dan Poulter, said: \"...\"'", "said-before"),
])

tm = "Theresa May"
f("an-extra-1-500-doctors-cut-reliance-foreign-staff-says-health-secretary.txt", [
 ("until the further number of British doctors are able to be trained", None, tm, P, "Prime Minister", "body",
  "'Asked about it today, the Prime Minister said foreign doctors will be able to stay '...'' (the Prime Minister = Theresa May, named in the headline and lead; built into the writer's sentence; 'breathtaking arrogance' below has 2 words)", "fragment"),
])

ab = "Andy Burnham"; ab_r = "shadow health secretary"
f("andy-burnham-labour-end-nhs-privatisation.txt", [
 ("based on people before profits", None, "unclear", U, "", "standfirst",
  "standfirst 'Labour plan to repeal coalition legislation '...' dismissed by Hunt for its £20bn cost' names no speaker, and the words are in no quotation of the excerpt: the plan's wording may be Burnham's speech, Labour's plan document or another speaker's after the cut ('fast-track' in the headline has 1 word)", "other"),
 ("the first Queen's speech of the next Labour government we will repeal the act", None, ab, P, ab_r, "body",
  "'However, Burnham made clear that in \"...\"' (named 'The shadow health secretary, Andy Burnham' in the caption; built into the writer's sentence; \"four-square behind Andy's ideas\" below has 4 words)", "fragment"),
])

jc = "Jeremy Corbyn"; jc_r = "Labour leader"
f("boris-johnson-nhs-trade-deal-trump-corbyn-brexit-general-election-manifesto.txt", [
 ("confirm Tory plot to sell off NHS in US trade talks with Trump", None, jc, P, jc_r, "headline",
  "headline 'Corbyn reveals secret documents that ‘...’' (the documents' content as Corbyn claims it; the body: 'documents which he says provides confirmation'; built into the headline's sentence)", "fragment"),
 ("This is not only a plot against our NHS", "a plot against our country", jc, P, jc_r, "standfirst",
  "standfirst 'Labour leader says: ‘...’' (the Labour leader = Jeremy Corbyn)", "description"),
 ("the NHS is on the table and will be up for sale", None, jc, P, jc_r, "caption",
  "caption line 'Jeremy Corbyn says he has documents which 'confirm' under Boris Johnson '...' to the US' (built into the caption's sentence; 'confirm' has 1 word)", "fragment"),
 ("This election is now a fight for the survival", "at the point of need.", jc, P, jc_r, "body",
  "'And he declared: “...' (he = Mr Corbyn; “in tatters” above has 2 words; left open)", "pronoun"),
 ("So for the want of any doubt", "our NHS is not for sale.", jc, P, jc_r, "body", "next paragraph of his quote (never closed)", "continuation"),
 ("show Boris Johnson’s government is preparing to sell our NHS", None, "Labour Party", O, "", "body",
  "'In a tweet, the Labour Party said that the unredacted documents “...”' (built into the writer's sentence)", "fragment"),
])

ja = "Jon Ashworth"; ja_r = "Shadow health secretary"
f("corbyn-warns-cabinet-local-hospitals-full.txt", [
 ("There must be no mistake", "this Tory Government.", jc, P, "Labour leader", "body",
  "'Mr Corbyn rejected the analysis tonight warning: '...' (named Jeremy Corbyn in the lead, 'The Labour leader' above; 'emergency budget' in the lead has 2 words; left open)", "said-before"),
 ("The Government is failing staff", "on trolleys.", jc, P, "Labour leader", "body", "next paragraph of his quote (left open)", "continuation"),
 ("We simply can't go on like this.", "end this crisis.", jc, P, "Labour leader", "body", "next paragraph of his quote, closed", "continuation"),
 ("Our new analysis reveals", "95 per cent this winter.", ja, P, ja_r, "body",
  "'Shadow health secretary Jon Ashworth added: '...' (left open)", "said-before"),
 ("Perhaps her closest allies", "£5 billion for our NHS.", ja, P, ja_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Labour founded the NHS, our proudest achievement", "toxic privatisation.", ja, P, ja_r, "body", "next paragraph of his quote, closed", "continuation"),
])

hsl = "Professor Helen Stokes Lampard"; hsl_r = "chair of the Royal College of General Practitioners"
f("doctors-exodus-pushes-surgeries-to-the-brink.txt", [
 ("Things are very precarious in general practice", "at a tipping point.", hsl, P, hsl_r, "body",
  "'Prof Stokes-Lampard, chair of the Royal College of General Practitioners, said: “...”' (first named 'Professor Helen Stokes Lampard', without the hyphen, in the second paragraph; ‘to the brink’ in the headline has 3 words)", "said-before"),
 ("It’s got to the point where it’s fallen over", "hand back the keys.", hsl, P, hsl_r, "body", "'She added: “...' (left open)", "pronoun"),
 ("And there are examples of that all over the country.", None, hsl, P, hsl_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("The simple fact is we haven’t got enough doctors", "health care professionals.", hsl, P, hsl_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("We have to fix this or we lose the NHS", "just couldn’t cope.", hsl, P, hsl_r, "body", "next paragraph of her quote, closed", "continuation"),
])

em = "Ed Miliband"; em_r = "Labour leader"
f("ed-miliband-promises-25bn-funding-boost-to-save-nhs.txt", [
 ("It's time to care about our NHS", None, em, P, em_r, "caption",
  "media caption 'Ed Miliband: \"...\"' ('to save NHS' in the headline has 3 words)", "caption"),
 ("restore people's faith in the future", None, em, P, em_r, "body",
  "'Labour's mission, he said, was to \"...\"' (he = Ed Miliband, 'The Labour leader' of the paragraphs above; built into the writer's sentence; \"save and transform\" and \"mansion tax\" above have 2-3 words)", "fragment"),
 ("an interview with the British public for one of the most important jobs in the country", None, em, P, em_r, "body",
  "'the Labour leader set out a 10-year plan ... and said the next eight months would be \"...\"' (built into the writer's sentence; \"world-class Britain\" has 2 words)", "fragment"),
])

f("ed-miliband-promises-time-care-fund-transform-nhs.txt", [
 ("we are going to have to transform the way the NHS works in the year ahead", None, em, P, em_r, "body",
  "'Miliband ... balances the promise of extra cash with a commitment that “...”' ('Labour leader Ed Miliband' in the caption; built into the writer's sentence; “time to care” in the headline and lead has 3 words)", "fragment"),
 ("The NHS is sliding backwards under this government.", "the NHS for the future.", em, P, em_r, "body",
  "'He says: “...”' (he = Miliband, 'Labour leader Ed Miliband' in the caption; the next paragraph's “We will rais is cut off after 3 tokens)", "pronoun"),
])

hsl2 = "Professor Helen Stokes-Lampard"; hsl2_r = "chair of the Royal College of GPs"
f("evening-weekend-appointments-available-patients-practices-england.txt", [
 ("All practices in England now offer some form of extended access", "their local population,", hsl2, P, hsl2_r, "body",
  "''...,' said Professor Helen Stokes-Lampard, chair of the Royal College of GPs.'", "said-after"),
 ("We encourage patients to think about whether", "options in the first", hsl2, P, hsl2_r, "body",
  "quote paragraph after 'Professor Stokes-Lampard said GPs were preparing for a 'very busy winter' [3 words] and warned people to think ...' (reported speech, the usual convention); cut off by the end of the excerpt", "continuation"),
])

cn = "Chaand Nagpaul"; cn_r = "BMA chair"
f("family-doctors-considering-early-retirement.txt", [
 ("It is clear general practice is facing a workload disaster", "enough GPs to treat patients.", cn, P, cn_r, "body",
  "'Nagpaul said: \"...\"' (named 'BMA chair Chaand Nagpaul' in the paragraph above; \"disaster\" above has 1 word)", "said-before"),
 ("asking GP practices to provide more services", "to successfully deliver them", cn, P, cn_r, "body",
  "'The government was \"...\", he added.' (he = Nagpaul; built into the writer's sentence; the last paragraph's \"Most importantl is cut off after 2 tokens)", "fragment"),
])

f("health-bill-poll-by-royal-college-of-gps-did-not-represent-all-members.txt", [
 ("Some GPs are very opposed to the Bill", "such a political stance.", "A senior member of the RCGP Council", D, "", "body",
  "'One said: \"...\"' (one of the 'two members of the RCGP Council' who 'spoke on condition of anonymity'; the 2-word 'The Independent' in the first line is a title)", "said-before"),
 ("A motion went to Council but", "so politically involved.", "Another senior member of the RCGP Council", D, "", "body",
  "'Another said: \"...\"' (the second of the two anonymous council members)", "said-before"),
 ("Dr [Clare] Gerada, the Council chair", "since September 2010 and", "Royal College of GPs", O, "", "body",
  "'In a statement yesterday it said: \"...' (it = the RCGP, 'the Royal College of GPs' in the lead; the bracketed name is inside the quote; cut off by the end of the excerpt; \"constantly engaged\" above has 2 words)", "pronoun"),
])

ss = "Simon Stevens"; ss_r = "NHS England chief executive"
f("how-to-make-8bn-cut-a-vote-winner.txt", [
 ("We think we can do it.", None, ss, P, ss_r, "body",
  "'When the £8billion sum was put to Stevens in a BBC interview, he said: ‘...’' (named 'NHS England chief executive Simon Stevens' above; ‘Election bonanza’ and ‘black hole’ have 2 words)", "pronoun"),
 ("We will back the NHS’s own plan in full.", "we will find that.", "Jeremy Hunt", P, "Health Secretary", "body",
  "'Health Secretary Jeremy Hunt took up the generous theme, stating: ‘...’' (‘responsibility’ above has 1 word)", "said-before"),
])

jh = "Jeremy Hunt"; jh_r = "Health Secretary"
f("jeremy-hunt-insists-wont-compares-nhs-founder-nye-bevan-junior-doctors-threaten-worst-strike.txt", [
 ("We are proceeding with that contract next month,", None, jh, P, jh_r, "body",
  "''...,' he told BBC Radio 4's Today programme.' (he = Mr Hunt; 'full withdrawal of labour' and 'totally irresponsible' above have 4 and 2 words)", "pronoun"),
 ("The judgement I have to take is", "or further away?", jh, P, jh_r, "body", "second quoted passage after the attribution in the same paragraph (left open)", "continuation"),
 ("My judgement is the only way to resolve this", "we are willing to discuss.", jh, P, jh_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("If you call off permanently strike action", "building up trust.", jh, P, jh_r, "body", "next paragraph of his quote (never closed)", "continuation"),
 ("The founder of the NHS was described as the BMA as a medical Fuhrer,", None, jh, P, jh_r, "body",
  "''...,' he said.' after 'Mr Hunt risked fresh wrath by likening himself to NHS founder Nye Bevan.'", "pronoun"),
 ("All I'd say is that you know health secretaries", "to the British people.", jh, P, jh_r, "body", "next paragraph, re-opened with no attribution of its own", "continuation"),
])

ha = "Heidi Alexander"; ha_r = "Labour’s shadow health secretary"
f("jeremy-hunt-misled-junior-doctors-imposing-contracts.txt", [
 ("going to railroad through a new contract", None, ha, P, ha_r, "body",
  "'Labour’s shadow health secretary Heidi Alexander has accused Mr Hunt of giving the impression he was “...”' (her words for Hunt's stance; built into the writer's sentence; “making a suggestion” has 3 words)", "fragment"),
 ("rhetoric, underpinned by misplaced bravado and bullishness", "real cause of the strike", ha, P, ha_r, "body",
  "'Ms Alexander says that Mr Hunt’s “...”' (built into the writer's sentence; “impose”, “implement” and “introduce” have 1 word)", "fragment"),
 ("There will now be six weeks to work with the BMA", "ready to impose a new contract.", jh, P, jh_r, "body",
  "quote paragraph with no attribution of its own after 'The first public, recorded reference to Jeremy Hunt saying he will “impose” ... appears to come on 6 July, 2015 in a speech at the Kings Fund.' and a sentence on that promise ('The Health Secretary' above)", "continuation"),
])

jh_r2 = "health secretary"
f("jeremy-hunt-promises-to-end-nhs-reliance-on-overseas-doctors-after-brexit.txt", [
 ("we want EU nationals who are already here to be able to stay post-Brexit", None, jh, P, jh_r2, "body",
  "'Hunt will stress that foreign-trained doctors do a “fantastic job” [2 words], and say that “...”' (built into the writer's sentence; “self sufficient” above has 2 words)", "fragment"),
 ("Is it right to import doctors from poorer countries", "desperate to study medicine?", jh, P, jh_r2, "body",
  "'... before adding: “...”' (subject Hunt, in the same sentence)", "said-before"),
 ("Of course it will take a number of years", "self-sufficient in doctors,", jh, P, jh_r2, "body",
  "'“...,” Hunt is expected to say.'", "said-after"),
])

f("jeremy-hunt-replaces-andrew-lansley-as-health-secretary.txt", [
 ("disaster in NHS carries on", None, "Dr Kailash Chand", P, "Deputy chairman of the British Medical Association", "body",
  "'Deputy chairman of the British Medical Association Dr Kailash Chand said on Twitter \"...\".' (\"disastrous\" above has 1 word)", "said-before"),
 ("the biggest privilege of my life", None, jh, P, "", "body",
  "'Mr Hunt called his new job was \"...\".' (built into the writer's sentence; \"fresh opportunity\" above has 2 words)", "fragment"),
 ("I'm incredibly honoured and looking forward", "on with the job.", jh, P, "", "body",
  "'Speaking outside Downing Street he said: \"...\"' (he = Mr Hunt; \"at one\" below has 2 words and the last line's \"He'll face sc is cut off after 2 tokens)", "pronoun"),
])

f("junior-doctors-new-contract-will-be-imposed-from-october.txt", [
 ("Unfortunately because of the vote we are now left", "can only damage the NHS,", jh, P, jh_r, "body",
  "'“...,” he said.' after 'He said proceeding with the contract was the only way ...' (he = Mr Hunt, 'The Health Secretary' above)", "pronoun"),
 ("An elected government whose main aim", "unable to pacify.", jh, P, jh_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("I was not a fan of the tactics used by the BMA", "get support for it.", jh, P, jh_r, "body", "'Mr Hunt said: “...' (left open)", "said-before"),
 ("Now he has resigned it is not clear", "any negotiated settlement.", jh, P, jh_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("The NHS is only as strong as the morale of its staff,", None, "Diane Abbot", P, "Shadow Health Secretary", "body",
  "'“...,” she said.' after 'Shadow Health Secretary Diane Abbot criticised Mr Hunt for casting junior doctors as “the enemy within” [3 words] ...' (name as printed)", "pronoun"),
])

ab_r2 = "shadow Health Secretary"
f("labour-party-conference-andy-burnham-warns-of-americanstyle-nhs-under-coalition.txt", [
 ("Get ready for the next scandal", "these new restrictions.", ab, P, ab_r2, "body",
  "'He said: \"...' (he = Andy Burnham, 'The shadow Health Secretary' above; \"soften it up\" above has 3 words; left open)", "pronoun"),
 ("Think about that - NHS hospitals", "have to dig deep.", ab, P, ab_r2, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Suffer or pay - the same old choice", "before they give care.", ab, P, ab_r2, "body", "next paragraph of his quote, closed", "continuation"),
 ("They have spent all year running it down", "softening it up to sell it off.", ab, P, ab_r2, "body",
  "'He said: \"...' (he = Mr Burnham; left open; the next paragraph's \"Look at is cut off after 2 tokens)", "pronoun"),
])

f("lansley-hands-80-per-cent-of-health-budget-to-gps-despite-treasury-fears.txt", [
 ("The concern is over whether it is the right time", "significant financial risks.", "One minister", D, "", "body",
  "'One minister told The Independent: \"...\"' (unnamed; \"wobble\" and \"pathfinder practices\" above have 1-2 words)", "said-before"),
 ("This is not a row between the Tories and Liberal Democrats.", "properly thought through.", "One Government insider", D, "", "body",
  "'But one Government insider said: \"...\"' (unnamed)", "said-before"),
])

f("lifetime-cap-care-costs-deferred-2020.txt", [
 ("We will cap charges for residential social care", "such as dementia.", "Tories", O, "", "body",
  "'The Tory manifesto stated: “...”' (a party document's words; the standfirst: 'Tories pledged in manifesto'; the documents rule)", "description"),
])

dp = "Daniel Poulter"; dp_r = "Health Minister"
f("major-ae-targets-missed-claims-labour.txt", [
 ("For 105 of 133 of [the health secretary's] days", "fell below 90%.", ab, P, ab_r, "body",
  "'Mr Burnham said: \"...' (named 'shadow health secretary Andy Burnham' above; bracketed insertion inside the quote; left open; the crosshead 'Winter pressures' has 2 words)", "said-before"),
 ("Right now in A&E's up and down England", "hours on end to be seen,", ab, P, ab_r, "body",
  "'\"...,\" he said.' (a new paragraph re-opened with its own attribution)", "pronoun"),
 ("enough staff to get safely through the winter", None, ab, P, ab_r, "body",
  "'He called on the government to ensure the NHS has \"...\".' (built into the writer's sentence)", "fragment"),
 ("distort figures based upon outcomes in a snapshot of just a few days or a week", None, dp, P, dp_r, "body",
  "'Responding, Health Minister Daniel Poulter, a practising doctor, accused Labour of trying to \"...\".' (built into the writer's sentence; \"distort\" and \"on an annual basis\" above have 1 and 4 words)", "fragment"),
 ("This government is meeting targets in the NHS", "under the previous government,", dp, P, dp_r, "body",
  "'\"...,\" he told MPs.' (he = Daniel Poulter; \"winter pressures\" below has 2 words)", "pronoun"),
 ("get out on the ground", None, ab, P, ab_r, "body",
  "'But Mr Burnham accused Dr Poulter of \"complacency\" [1 word] and said he needed to \"...\".' (built into the writer's sentence)", "fragment"),
 ("unlike any of the members on the opposite front bench", None, dp, P, dp_r, "body",
  "'Dr Poulter replied that he still worked in the NHS every week \"...\".' (built into the writer's sentence)", "fragment"),
])

f("mid-staffs-scandal-cameron-apologises.txt", [
 ("It's a fantastic institution, a great organisation", "think the best of it,", "David Cameron", P, "prime minister", "body",
  "'Cameron opened his statement by insisting he had a \"deep affection\" [2 words] ... : \"...,\" he said.' (the quote paragraph carries its own attribution; 'complacency', \"kept their heads down\", \"ineffective\" and \"fundamental problems\" have 1-4 words)", "pronoun"),
])

f("nhs-beds-crisis-rocks-mays-backyard.txt", [
 ("These figures show reforms by the Tory/Lib Dem coalition", "these dangerous reforms.", "Jonathan Ashworth", P, "Shadow Health Secretary", "body",
  "'Mr Ashworth said: “...”' (named 'Shadow Health Secretary Jonathan Ashworth' above)", "said-before"),
])

sw = "Dr Sarah Wollaston"; sw_r = "chair of the Commons Health Committee"
f("nhs-crisis-conservative-health-service-winter-non-urgent-operations-dr-sarah-wollaston.txt", [
 ("If you have a very major increase in people", "health and social care.", sw, P, sw_r, "body",
  "'Speaking to BBC Radio 4's Today programme, Dr Wollaston said: “...' ('The chair of the Commons Health Committee' above; 'get a grip', 'crisis', “get a better grip” and “sheer scale” above have 1-4 words; left open)", "said-before"),
 ("That's what they need to do better planning for", "take that opportunity.", sw, P, sw_r, "body", "next paragraph of her quote, closed", "continuation"),
])

ss_r2 = "chief executive of NHS England"
f("nhs-englands-simon-stevens-on-health-care-in-england.txt", [
 ("need to get much more serious", None, ss, P, ss_r2, "body",
  "'But he said people \"...\" about their health' (he = Simon Stevens; built into the writer's sentence)", "fragment"),
 ("This is rightly a decision for the next government", "taken right now.", ss, P, ss_r2, "body",
  "'Mr Stevens told Jo Coburn on the Daily Politics about future budgets: \"...\"'", "said-before"),
])

f("nhs-four-hour-maximum-wait-patients-minor-ailments-miss-out.txt", [
 ("The idea is that as part of a relaxation of the A&E target people with", None,
  "The Royal College of Emergency Medicine (RCEM)", O, "", "body",
  "quote paragraph with no attribution of its own directly after 'The Royal College of Emergency Medicine (RCEM) ... has also signalled its opposition. It warned that ...' (reported speech, the usual convention); cut off by the end of the excerpt before any attribution", "continuation"),
])

f("plan-to-save-social-care-system-is-delayed.txt", [
 ("We have to make sure we get reform right", "that are sustainable,", "A Downing Street spokeswoman", D, "", "body",
  "'\"...,\" she said.' after 'Yesterday, a Downing Street spokeswoman would say only that the Bill would be published \"within the coming months\" [4 words] ...' (unnamed)", "pronoun"),
 ("The need to tackle the problem of social care", "is vital and is grasped,", "Matthew Hancock", P, "Tory MP for West Susffolk", "body",
  "'\"...,\" he told the BBC.' after 'Matthew Hancock, the Tory MP for West Susffolk, said ...' (role as printed)", "pronoun"),
])

f("pressure-on-nhs-the-worst-ever-says-hunt.txt", [
 ("I don’t think there’s any doubt that, going forward", "need more money.", jh, P, jh_r, "body",
  "'In an interview with ITV News, he said: “...”' (he = Mr Hunt, 'Mr Hunt, the Health Secretary' above; “Third World”, “probably the worst ever” and “very, very tough” above have 2-4 words)", "pronoun"),
 ("Both France and Germany have better cancer survival rates", "those two countries,", jh, P, jh_r, "body",
  "'“...,” he said.' after 'He also suggested Britain should consider ...'", "pronoun"),
])

f("red-cross-description-of-nhs-irresponsible-and-overblown-says-pm-may-pmqs.txt", [
 ("Our NHS, Mr Speaker, is in crisis", "is in denial,", jc, P, jc_r, "body",
  "'The Labour leader responded by saying she was being unrealistic. “...,” he said.' (the Labour leader = Jeremy Corbyn; 'irresponsible and overblown' in the headline and “a small number” above have 3 words)", "pronoun"),
 ("I have to say to him that I think we have all seen humanitarian crises", "around the world,", tm, P, "prime minister", "body",
  "'“...,” May answered.' (“destroy our economy” above has 3 words)", "said-after"),
 ("And to use that description of a National Health Service", "irresponsible and overblown.", tm, P, "prime minister", "body", "next paragraph of her quote, closed", "continuation"),
 ("If she won’t listen to the Red Cross, who will she listen to?", None, jc, P, jc_r, "body",
  "'Corbyn pressed the prime minister ... “...?” he said.'", "pronoun"),
])

rcgp = "Royal College of General Practitioners (RCGP)"
cg = "Dr Clare Gerada"; cg_r = "RCGP chairwoman"
f("royal-college-gps-health-bill.txt", [
 ("damage patient care and jeopardise the NHS", None, rcgp, O, "", "standfirst",
  "standfirst 'UK's largest medical college says the health and social care bill will '...'' (the college = the Royal College of GPs of the headline; built into the standfirst's sentence)", "fragment"),
 ("cause irreparable damage to patient care and jeopardise the NHS", None, rcgp, O, "", "body",
  "'They said that despite the amendments, they believed the planned reform would \"...\".' (They = The Royal College of General Practitioners (RCGP); built into the writer's sentence; \"damaging, unnecessary and expensive\" above has 4 words)", "fragment"),
 ("This decision was not taken lightly", "left with no alternative.", cg, P, cg_r, "body",
  "'The RCGP chairwoman, Dr Clare Gerada, said: \"...' (left open)", "said-before"),
 ("We have taken every opportunity to negotiate changes", "created greater confusion.", cg, P, cg_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("We remain unconvinced that the bill will improve", "to our patients.", cg, P, cg_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("Our position has not changed", "when this bil", cg, P, cg_r, "body",
  "'Gerada said: \"...'; cut off mid-word by the end of the excerpt", "said-before"),
])

f("should-david-cameron-wash-his-hands-of-lansleys-nhs-reform-bill.txt", [
 ("This is not even what Lansley set out to do,", None, "A ministerial friend", D, "", "body",
  "'\"...,\" admits a ministerial friend, wearily.' (unnamed)", "said-after"),
])

f("theresa-may-nhs-funding-budget-rise-brexit.txt", [
 ("significantly more money going into the NHS", None, tm, P, "PM", "body",
  "'May told the BBC the government’s 10-year spending plan ... would involve “...”.' (the standfirst's 'PM'; built into the writer's sentence)", "fragment"),
 ("What we’re doing is saying very clearly as a government", "matters to people.", tm, P, "PM", "body",
  "'She told Andrew Marr on Sunday morning: “...' (she = May; left open)", "pronoun"),
 ("We have looked carefully at what we have put into the NHS", "world-class healthcare.", tm, P, "PM", "body",
  "next paragraph of her quote, closed (“contributing a bit more” below has 4 words)", "continuation"),
])

f("theresa-may-u-turn-on-dementia-tax-cap-social-care-conservative-manifesto.txt", [
 ("Since my manifesto was published", "fear and scaremongering,", tm, P, "prime minister", "body",
  "'“...,” she said, during a speech in Wrexham ...' (she = Theresa May, 'The prime minister' of the sentence before; the video line's 'Nothing has changed!', 'dementia tax', ‘manifesto meltdown’ and “absolute limit” have 2-3 words)", "pronoun"),
 ("So I want to make a further point clear.", "for their care costs.", tm, P, "prime minister", "body", "next paragraph of her quote, closed", "continuation"),
])

th = "Sir Thomas Hughes-Hallett"
f("top-hospital-chief-hunts-conning-you.txt", [
 ("free at the point of delivery", None, th, P, "", "body",
  "'He said that unless Ministers invested billions more ..., doctors would be forced ... – ending almost 70 years of an NHS which is ‘...’.' (he = Sir Thomas Hughes-Hallett, 'who leads the group of chairmen ...' (a relative clause, not a role); built into his reported speech; ‘cat’s chance’ and ‘struggling’ above have 1-2 words)", "fragment"),
 ("abject confusion, fatigue and short-sightedness", None, th, P, "", "body",
  "list line '‘Highly burdensome regulation’ leading to ‘...’;' under 'In a bombshell letter ..., he warns of:' (the letter's words; the list's other quotes have 1-4 words)", "fragment"),
 ("inevitable reduction in quality and patient care", None, th, P, "", "body",
  "list line 'The risk that these problems will cause an ‘...’.' under 'he warns of:' (the letter's words)", "fragment"),
 ("Rather than sitting back in silence", "public servants, have", th, P, "", "body",
  "'Sir Thomas, who was knighted in 2012 ..., wrote: ‘...'; cut off by the end of the excerpt", "said-before"),
])

f("tories-accused-lying-distract-photo-boy-hospital-floor.txt", [
 ("The Tories are so desperate to distract", "resorted to barefaced lying,", "A Labour spokesperson", D, "", "body",
  "'“...,” a Labour spokesperson said.' (unnamed; “lying and cheating” and “punched” above have 1-3 words)", "said-after"),
 ("This is a new low and the Conservative party", "questions to answer.", "A Labour spokesperson", D, "", "body",
  "second quoted passage after the attribution in the same paragraph", "continuation"),
 ("Johnson and the Tories lie and they cheat", "floor of a hospita", "John McDonnell", P, "shadow chancellor", "body",
  "'John McDonnell, the shadow chancellor, tweeted: “...'; cut off mid-word by the end of the excerpt", "said-before"),
])

label_table.build(R, prefix="E", split="heldout19", out="eval/quotes/heldout19.jsonl")
