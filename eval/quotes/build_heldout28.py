"""Build heldout28.jsonl (the twenty-eighth held-out attribution set, over eval/corpus31) from
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

Run:  python3 eval/quotes/build_heldout28.py   (writes eval/quotes/heldout28.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus31/")

# ---------------------------------------------------------------------------
ca = "Chris Askew"; ca_r = "Chief Executive of Diabetes UK"
f("chancellor-confirms-soft-drink-levy-rates.txt", [
 ("We’re all eating too much sugar", "the nation’s sugar consumption.", ca, P, ca_r, "body",
  "'Chief Executive of Diabetes UK, Chris Askew, said: “...' (left open)", "said-before"),
 ("We will continue to work with and encourage manufacturers", "to treat a hypo.", ca, P, ca_r, "body",
  "next paragraph of his quote, closed (the page ends here)", "continuation"),
])

rk = "Richard Kemp"; rk_r = "deputy chair of the LGA's Community Wellbeing Board"
f("council-leaders-call-for-more-freedom-to-ban-junk-food-advertising-near-schools.txt", [
 ("We urgently need to take action to tackle child obesity", "to tackle the issue.", rk, P, rk_r, "body",
  "'Richard Kemp, deputy chair of the LGA's Community Wellbeing Board, said: \"...' (the lead's \"not right\" and \"bombarded\", given to 'council leaders', have 1-2 words; left open)", "said-before"),
 ("We are not saying every council should be using these powers", "in their town or city.", rk, P, rk_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("We need to make changes to our environment", "an important step forward.", rk, P, rk_r, "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("It is not right when we are trying to educate children", "maintaining a healthy d", rk, P, rk_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("councils-vow-protect-health-visitors.txt", [
 ("So much of the work funded by the public health budget", "obesity and diabetes,", "Councillor Liz Jaeger", P,
  "the Liberal Democrats' opposition health spokeswoman at Richmond Council", "body",
  "'\"...,\" she said.' (she = 'Councillor Liz Jaeger, the Liberal Democrats' opposition health spokeswoman at Richmond Council,' of the paragraph before, who 'described the cut as a \"false economy\"' (2 words); the crosshead 'False economy' has 2 words)", "pronoun"),
])

sy = "Stewart Young"
f("cumbria-council-agrees-700000-cut-to-childrens-health-spending.txt", [
 ("I think they will remove the public health grant altogether", "enough from business rates.", sy, P, "Council leader", "body",
  "a quote paragraph with no attribution of its own straight after 'Council leader Stewart Young said that it could worsen further ...' (his reported speech; left open); ‘health coordinators’ and “buy in” above have 2 words", "continuation"),
 ("That really does worry me.", "to protect that,", sy, P, "Council leader", "body",
  "'“...,” he said.' (he = Stewart Young; the paragraph carries its own 'he said')", "pronoun"),
])

mc = "Mel Curtis"
f("drug-and-alcohol-services-cut-by-162m-as-deaths-increase.txt", [
 ("One of the lucky ones", None, mc, P, "", "body",
  "crosshead in single marks above the section on Mel Curtis; the text gives the words to her: 'Ms Curtis said she considered herself one of \"the lucky ones\"' (\"on their own\", \"minimal waiting times\" and \"the lucky ones\" have 3 words)", "other"),
 ("It was just a complete nightmare,", None, mc, P, "", "body",
  "'\"...,\" said the 38-year-old from Hertfordshire.' (the 38-year-old = Mel Curtis, introduced in the paragraph before; 'One former addict' in the lead is a description, not a role)", "description"),
 ("Two years ago my drug abuse led me", "under house arrest.", mc, P, "", "body", "next paragraph of her quote (left open)", "continuation"),
 ("All my GP could do for me", "but got nowhere.", mc, P, "", "body", "next paragraph of her quote, closed", "continuation"),
 ("I've watched people close to me die because of their addictions,", None, mc, P, "", "body",
  "'\"...,\" she said.' (she = Ms Curtis)", "pronoun"),
 ("They've asked for help but it's just not been there.", None, mc, P, "", "body",
  "second passage re-opened in the same paragraph after 'she said.'", "continuation"),
])

kl = "Cllr Kevin Lang"
f("fast-food-adverts-could-be-banned-on-edinburghs-bus-and-tram-stops.txt", [
 ("the legal powers available to ban fast food advertising", "including bus and tram stops", kl, P, "", "body",
  "'Liberal Democrat Cllr Kevin Lang has tabled a motion at a full council meeting, calling for an investigation into “...”.' (the wording of his own motion, built into the writer's sentence; a party is not a role)", "fragment"),
 ("financial appraisal of any new restrictions", None, kl, P, "", "body",
  "'If Cllr Lang’s motion wins support, the council will draw up a timetable to hold ... as well as a “...”' (his motion's wording, built into the writer's sentence)", "fragment"),
 ("Advertising has a major influence on the decisions we all make.", "every year.", kl, P, "", "body",
  "'Cllr Lang said: “...' (left open)", "said-before"),
 ("Yet as a country, we are facing an obesity crisis", "worth looking at.", kl, P, "", "body", "next paragraph of his quote (left open)", "continuation"),
 ("The London experience certainly showed strong public support", "but it may help.", kl, P, "", "body", "next paragraph of his quote, closed", "continuation"),
 ("Advertising restrictions, like the one tabled,", "for the city council", "An Advertising Association spokesman", D, "", "body",
  "'An Advertising Association spokesman said: “...' (unnamed; cut off by the end of the excerpt)", "said-before"),
])

dcam = "David Cameron"
f("government-u-turn-on-minimum-unit-pricing-of-alcohol-in-england.txt", [
 ("We can’t go on like this.", "do it now.", dcam, P, "Prime Minister", "body",
  "'In his introduction to the Government’s national alcohol strategy for England, published in March 2012, David Cameron said:' on its own line above the quote (written words of his introduction; 'Prime Minister David Cameron' in the paragraph before; left open)", "said-before"),
 ("……. And that means coming down hard on cheap alcohol.", "by the end of the decade.", dcam, P, "Prime Minister", "body",
  "next paragraph of his quote, opened with an ellipsis marking words left out; closed", "continuation"),
])

th = "Tim Hutchings"; th_r = "HCC's Cabinet member for public health and prevention"
f("hertfordshire-s-sexual-health-clinic-closures.txt", [
 ("We are committed to providing high quality sexual health services", "for our residents.", th, P, th_r, "body",
  "'HCC's Cabinet member for public health and prevention, Tim Hutchings, said: \"...' ('hub and spoke model' above has 4 words; left open)", "said-before"),
 ("The new Centres of Excellence will be able to offer", "plus some evenings.", th, P, th_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("In addition, new community long-acting reversible contraception", "for those who need it.", th, P, th_r, "body",
  "next paragraph of his quote (left open; the next paragraph's \"Contrace is cut off after 1 token)", "continuation"),
])

dg = "Deborah Gold"; dg_r = "Chief Executive of NAT"
f("historic-win-nat-high-court-overturns-nhs-england-refusal-consider-prep.txt", [
 ("This is fantastic news.", "must do just that.", dg, P, dg_r, "body",
  "'Deborah Gold, Chief Executive of NAT, said:' on its own line above the quote (left open; the paragraph's trailing space is outside)", "said-before"),
 ("Over 4,000 people are getting HIV every year", "unethical and expensive.", dg, P, dg_r, "body",
  "next paragraph of her quote, with no opening mark but a closing one (as Q0035)", "continuation"),
 ("No one doubts that preventative medicine makes powerful sense.", "to be fully implemented.", "Mr Justice Green", P, "", "body",
  "'In his judgement Mr Justice Green wrote: ‘...’' (written words of his judgment; 'Mr Justice' is printed as part of the name; no other role in the text)", "said-before"),
])

gm = "Professor Graham MacGregor"; gm_r = "Chair of lobbying group Action on Sugar"
f("how-the-childhood-obesity-plan-went-wrong.txt", [
 ("Bravely committed to halving England’s childhood obesity levels within 10 years.", None, "Jamie Oliver", P, "campaigner", "body",
  "'a 37-page action plan that would have, in the words of campaigner Jamie Oliver: “...”' (his words complete the writer's clause)", "fragment"),
 ("The government has intentionally taken a careful and measured approach", "right results are not seen.", "Teresa May’s office", O, "", "body",
  "'Teresa May’s office released a statement, which read: “...”' (the office's statement; the Secretary of State 'declined to comment')", "said-before"),
 ("She [Teresa May] unveiled a Childhood Obesity Plan", "have been put forward.", gm, P, gm_r, "body",
  "'Professor MacGregor said: ” ...”' (opened with a closing-style mark and a space; the bracketed insertion is inside the quote; named 'Chair of lobbying group Action on Sugar, Professor Graham MacGregor' in the paragraph before, whose “watered-down” has 1 word)", "said-before"),
])

sb = "Steve Brine"; mr = "Mary Ramsay"; mr_r = "head of immunisations at Public Health England"
f("hpv-vaccination-extended-boys-england.txt", [
 ("The HPV vaccine for girls is already expected", "extending the vaccines to boys.", sb, P, "Public health minister", "body",
  "'Public health minister Steve Brine said: “...”'", "said-before"),
 ("Any vaccination programme must be firmly grounded in evidence", "this will bring to parents", sb, P, "Public health minister", "body",
  "the next paragraph, a quote with no attribution of its own straight after his (closed before the full stop)", "continuation"),
 ("This extended programme offers us the opportunity", "types, by over 80%.", mr, P, mr_r, "body",
  "'Mary Ramsay, head of immunisations at Public Health England, added: “...' (left open; the excerpt ends here)", "said-before"),
])

sk = "Sadiq Khan"
f("london-mayor-wants-fast-food-ad-ban-on-transport-network.txt", [
 ("Child obesity in London is a ticking timebomb and I am determined to act,", None, sk, P, "London Mayor", "body",
  "'\"...,\" Khan said.' (named 'London Mayor Sadiq Khan' in the lead)", "said-after"),
 ("It can't be right that in a city as prosperous as London", "junk food advertising.", sk, P, "London Mayor", "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("That is why I'm proposing to ban adverts", "Tube and bus network.", sk, P, "London Mayor", "body",
  "next paragraph of his quote, closed; the writer's sentence follows in the same paragraph", "continuation"),
 ("a massive and bold step forward", None, "Jamie Oliver", P, "Celebrity chef", "body",
  "'Celebrity chef Jamie Oliver called the plans \"...\".' (built into the writer's sentence)", "fragment"),
 ("International experience and independent research", "drive obesity,", "A spokesman for the Advertising Association", D, "", "body",
  "'\"...,\" a spokesman for the group told the BBC.' (the group = 'Lobby group the Advertising Association' of the paragraph before; unnamed)", "said-after"),
])

me = "Dr Meirion Evans"; me_r = "consultant epidemiologist"
f("measles-in-wales-2500-given-mmr-jabs-at-clinics.txt", [
 ("Across Wales as a whole there are many, many children", "take a grip there,", me, P, me_r, "body",
  "'\"...,\" he said.' (he = 'Dr Evans, a consultant epidemiologist,' who 'told BBC Radio Wales' in the paragraph before; 'Dr Meirion Evans of Public Health Wales (PHW)' above, whose \"easily double\" and \"legacy\" have 1-2 words)", "pronoun"),
 ("Nowhere in Wales is safe from measles", "the UK as a whole.", me, P, me_r, "body",
  "the next paragraph, a quote with no attribution of its own straight after his ('Significant spread' below has 2 words)", "continuation"),
])

jb = "Jeremy Browne"
f("minimum-alcohol-price-scrapped.txt", [
 ("We are not in the business of making laws that do not work.", "56% had disagreed.", jb, P, "Minister", "body",
  "'Mr Browne said: “...”' (named 'Minister Jeremy Browne' in the paragraph before, whose “under consideration” has 2 words)", "said-before"),
 ("at a time when responsible families are trying hard", "household budgets.", jb, P, "Minister", "body",
  "'The minister stated that there was not enough evidence to back the change “...”' (the minister = Jeremy Browne; built into the writer's sentence)", "fragment"),
 ("performing a U-turn on their flagship policy", None, "Diana Johnson", P, "Labour shadow minister", "body",
  "'Labour shadow minister Diana Johnson accused the government of “...”.' (built into the writer's sentence; Sarah Wollaston's “absolutely meaningless impact” above has 3 words and Sir Ian Gilmore's “caved in is cut off after 2)", "fragment"),
])

f("minimum-alcohol-pricing-anger-over-u-turn.txt", [
 ("In the light of his U-turn on alcohol pricing", "organise in a brewery?", "Ed Miliband", P, "Labour leader", "body",
  "'To roars from his own benches, he asked: \"...\"' (he = 'Labour leader Ed Miliband' of the paragraph before)", "pronoun"),
 ("We know that when alcohol is too cheap, people die.", "about saving lives.", "Sarah Wollaston", P, "Tory MP", "body",
  "'Earlier the Totnes MP had told Sky News: \"...\"' (the Totnes MP = 'Tory MP Sarah Wollaston' of the paragraph before, whose \"critically undermine\" has 2 words)", "description"),
 ("There is a problem with deeply discounted alcohol", "we will deal with this,", dcam, P, "Prime Minister", "body",
  "'\"...,\" he said.' (he = 'Mr Cameron' of the paragraph before; 'The Prime Minister had personally backed the proposal' above; \"blunderbuss of a is cut off after 3 tokens)", "pronoun"),
])

sr = "Shona Robison"; sr_r = "Scottish Government health secretary"
f("minimum-pricing-will-go-ahead.txt", [
 ("This is a historic and far-reaching judgment", "relationship with alcohol.", sr, P, sr_r, "body",
  "'Responding to the verdict, Scottish Government health secretary Shona Robison said: “...' (left open)", "said-before"),
 ("In a ruling of global significance", "alcohol pricing policy.", sr, P, sr_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("This has been a long journey", "remains unacceptably high.", sr, P, sr_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Given the clear and proven link between consumption and harm", "to so many families.", sr, P, sr_r, "body",
  "next paragraph of her quote, closed (the next paragraph's “as quickly as p is cut off after 4 tokens)", "continuation"),
])

ml = "Dr Marion Lyons"; ml_r = "director of health protection at PHW"
f("mmr-vaccination-swansea-new-appeal.txt", [
 ("With measles cases at almost 700", "no signs of going away,", ml, P, ml_r, "body",
  "'Dr Marion Lyons, director of health protection at PHW, said:' at the end of the paragraph before; the quote paragraph itself ends '\"...,\" she added.'", "said-before"),
 ("We are delighted to see parents starting to arrange vaccinations", "in the Swansea area alone.", ml, P, ml_r, "body",
  "next paragraph of her quote, opened and closed, with no attribution of its own", "continuation"),
 ("We are not just talking about small children", "in the past coming forward.", ml, P, ml_r, "body",
  "'She added: \"...' (she = Dr Lyons; left open)", "pronoun"),
 ("We have particular concerns about unvaccinated children", "missed MMR doses.", ml, P, ml_r, "body", "next paragraph of her quote, closed", "continuation"),
])

gd = "Glyn Davies"; gd_r = "Conservative MP for Montgomeryshire"
f("mp-in-vaccine-call-to-parents.txt", [
 ("The announcement that the UK has lost its", "for children and families.", gd, P, gd_r, "body",
  "'Glyn Davies, Conservative MP for Montgomeryshire, said: \"...' (the nested ‘measles-free’ has 1 word; left open)", "said-before"),
 ("There are many reasons why some parents choose", "were it not for this scandal.", gd, P, gd_r, "body",
  "next paragraph of his quote, opened curly and closed straight (‘anitvax’ below has 1 word)", "continuation"),
])

f("new-smoking-in-vehicles-ban-comes-into-force.txt", [
 ("While the penalty for the offence is fixed", "justifiable to do so.", "unclear", U, "", "body",
  "a quote paragraph (left open) after the writer's account of the rules; no one is named or described as saying it (the words speak of 'officers' and of 'police', but the text does not say whether a police force, a council or a government department said them)", "other"),
 ("We are not encouraging the public to report such instances to police.", None, "unclear", U, "", "body",
  "next quote paragraph (left open) of the same unattributed statement", "other"),
 ("This new law has been introduced to help protect children", "second hand smoke.", "unclear", U, "", "body",
  "last quote paragraph of the same unattributed statement, closed (the page ends here)", "other"),
])

f("observer-view-hpv-vaccine-boys.txt", [
 ("I am looking at the advice carefully and will announce a decision very soon,", None, sb, P, "health minister", "body",
  "'health minister, Steve Brine, indicated he considered this reasonable. “...,” he said.' (he = Steve Brine)", "pronoun"),
])

ah = "Anna Hartley"; ah_r = "Wakefield Council’s interim director of public health"
tw = "Tony Wallis"
f("plans-to-close-teen-sexual-health-clinic-scrapped-after-patient-outcry.txt", [
 ("Following feedback from users of the service", "will remain open.", ah, P, ah_r, "body",
  "'Anna Hartley, Wakefield Council’s interim director of public health, said: “...' (left open)", "said-before"),
 ("The consultation, held at the end of January,", "running from the centre.", ah, P, ah_r, "body",
  "next paragraph of her quote, closed (“vulnerable women” below, a local doctor's concern, has 2 words)", "continuation"),
 ("Castleford is a well populated town", "service for the area.", tw, P, "Ward councillor", "body",
  "'He said: “...' (he = 'Ward councillor Tony Wallis' of the paragraph before, whose “good news” has 2 words; left open)", "pronoun"),
 ("I’m very pleased it’s staying open as it’s clearly needed.", None, tw, P, "Ward councillor", "body",
  "next paragraph of his quote (left open)", "continuation"),
 ("It just goes to show the power of a public consultation", "people are being heard.", tw, P, "Ward councillor", "body",
  "next paragraph of his quote, closed", "continuation"),
])

f("poll-should-milk-drinks-be-included-in-the-sugar-tax.txt", [
 ("I suspect the sugar tax will start to be extended", "the case for a sugar tax.", "George Osborne", P, "former chancellor", "body",
  "'He told BBC Two's Newsnight: \"...\"' (he = 'former chancellor George Osborne' earlier in the same paragraph)", "pronoun"),
])

gm2 = "Graham MacGregor"
gm2_r = "Professor of Cardiovascular Medicine at Queen Mary University of London and Chairman of Action on Sugar"
f("public-health-england-sugar-reduction-achieving-the-20.txt", [
 ("We congratulate PHE's tremendous achievement", "profits of the food industry.", gm2, P, gm2_r, "body",
  "'Graham MacGregor, Professor of Cardiovascular Medicine at Queen Mary University of London and Chairman of Action on Sugar says: \"...\"'", "said-before"),
 ("The food industry has a responsibility to play their part", "if industry say they can", "The Obesity Health Alliance", O, "", "body",
  "'The Obesity Health Alliance, a coalition of over 30 organisations, says: “...' (cut off by the end of the excerpt)", "said-before"),
])

nc = "Nicola Close"; nc_r = "chief executive of the organisation representing directors of public health at local councils"
f("public-health-nursing-faces-despair-of-council-budget-cuts.txt", [
 ("It’s going to be hard and in some places very hard", None, nc, P, nc_r, "pull quote",
  "pull quote in marks with the name line 'Nicola Close' below it; role from 'The chief executive of the organisation representing directors of public health at local councils told Nursing Times ...' then 'Nicola Close said ...' below (“state of despair” and “handful” have 1-3 words)", "name-role-line"),
])

ds = "Duncan Selbie"; ds_r = "chief executive of Public Health England"
f("selbie-public-health-leadership-rationale-unchanged.txt", [
 ("consider whether there is a stronger role for the NHS", "might therefore be", "The NHS long-term plan", D, "", "body",
  "'The plan, published on Monday, said the government and the health service will “...”.' (the plan = 'the NHS long-term plan' of the paragraph before; a document whose author the text does not name; built into the writer's sentence; the standfirst's “rationale” has 1 word)", "fragment"),
 ("The rationale for local government to lead on public health remains unchanged", "no predetermined outcome.", ds, P, ds_r, "body",
  "'He added: “...' (he = Duncan Selbie; role from 'the chief executive of Public Health England has said' in the lead; left open)", "pronoun"),
 ("Local authority directors of public health will bring", "insight to this.", ds, P, ds_r, "body",
  "next paragraph of his quote, closed (“adequately funded” below has 2 words)", "continuation"),
 ("Wider determinants, including income, are even more important", "makes healthy choices possible,", ds, P, ds_r, "body",
  "'“..., he said.' (he = Mr Selbie; the page leaves out the closing mark before 'he said', so the quote is taken to end at the comma before it)", "pronoun"),
 ("Therefore, it is vital for the NHS", "appropriately resourced local government.", ds, P, ds_r, "body",
  "next paragraph of his quote, closed", "continuation"),
])

nl = "Norman Lamb"
f("seventh-report-of-the-science-and-technology-committee-on-e.txt", [
 ("It is a pleasure to serve under your chairmanship", "appearance in this Chamber,", nl, P, "", "body",
  "'“...,” began Lamb, “...' (Norman Lamb presenting the committee's report in Westminster Hall; 'the Lib Dem’s Norman Lamb': a party is not a role)", "said-after"),
 ("and it has been a pleasure to have you", "that we have been", nl, P, "", "body",
  "second passage re-opened in the same paragraph after 'began Lamb,'; cut off by the end of the excerpt", "continuation"),
])

da = "Deborah Arnott"
scl = "Simon Clark"; scl_r = "Director of the smokers’ group Forest"
f("smoking-cars-carrying-children-banned-2015.txt", [
 ("Cars are small tin boxes where concentrations", "very quickly,", da, P, "Chief Executive", "body",
  "'\"...,\" Chief Executive Deborah Arnott explained.' (chief executive of ASH, named in the paragraph before; Nick Clegg's 'illiberal' and 'unenforceable' above have 1 word each)", "said-after"),
 ("The time has come for it to be illegal", "these toxic fumes.", da, P, "Chief Executive", "body",
  "second passage re-opened in the same paragraph after 'explained.'", "continuation"),
 ("THEY MADE IT TOO EASY FOR PEOPLE TO SIT AT HOME", None, "White Dee", P, "", "body",
  "a link line to another article inside the page, '**WHITE DEE SUPPORTS BENEFIT CUTS: '...' **' (her name, a verb phrase and a colon before the quote, headline style)", "said-before"),
 ("a ban is excessive and unnecessary", None, scl, P, scl_r, "body",
  "'Director of the smokers’ group Forest, Simon Clark, disagrees, insisting that ‘...'.' (opened curly and closed straight; built into the writer's sentence)", "fragment"),
 ("Smoking in cars with children has been in decline for years.", "it’s inconsiderate.", scl, P, scl_r, "body",
  "a quote paragraph with no attribution of its own straight after his words in the writer's sentence", "continuation"),
])

sd = "Professor Dame Sally Davies"; sd_r = "the Government’s chief medical officer"
npcc = "A National Police Chiefs’ Council spokeswoman"
f("smoking-in-cars-carrying-children-in-england-and-wales-is-now-illegal.txt", [
 ("We want children to grow up free from harm", "is so dangerous.", sd, P, sd_r, "body",
  "'She said: “...' (she = 'Professor Dame Sally Davies, the Government’s chief medical officer,' of the line before; left open)", "pronoun"),
 ("Eighty per cent of smoke is invisible", "the smoke is going.", sd, P, sd_r, "body", "next line of her quote, closed", "continuation"),
 ("As the existing smoke-free law extends to vehicles", "the new legislation.", npcc, D, "", "body",
  "'A National Police Chiefs’ Council spokeswoman said: “...' (unnamed; left open)", "said-before"),
 ("Local authorities enforce the existing legislation", "for the new offences.", npcc, D, "", "body", "next line of her quote (left open)", "continuation"),
 ("During this period, individual offences", "reported to local authorities.", npcc, D, "", "body", "next line of her quote, closed", "continuation"),
])

lm = "Lord Mance"
f("supreme-court-judgment-permits-alcohol-minimum-unit-pricing-scotland.txt", [
 ("taxation would impose an unintended and unacceptable burden", "Government wish to target", lm, P, "", "body",
  "'in his judgment that was agreed by the six other Supreme Court judges hearing the appeal, Lord Mance determined that:' then this first bullet in marks (written words of his judgment; no role in the text; “MUP” and “a critical issue” above have 1-3 words)", "said-before"),
 ("in contrast, minimum alcohol pricing will much better target", "April 2016 study", lm, P, "", "body",
  "second bullet of the list after 'Lord Mance determined that:'", "continuation"),
 ("as to the general advantages and values of minimum pricing", "review by a domestic court", lm, P, "", "body",
  "third bullet of the list after 'Lord Mance determined that:'", "continuation"),
 ("that minimum pricing will involve a market distortion, in", None, lm, P, "", "body",
  "fourth bullet of the list; cut off by the end of the excerpt", "continuation"),
])

ml2 = "Dr Marion Lyons"; ml2_r = "Director of Health Protection for Public Health Wales"
f("swansea-measles-outbreak-hundreds-queue-for-free-mmr-jabs.txt", [
 ("The alarming numbers of cases of measles", "get their children vaccinated.", ml2, P, ml2_r, "body",
  "'Dr Marion Lyons, Director of Health Protection for Public Health Wales, said: \"...' (left open)", "said-before"),
 ("Unvaccinated children aged between six and 12 months", "Neath Port Talbot ca", ml2, P, ml2_r, "body",
  "next paragraph of her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("threat-of-public-health-nurse-cuts-becoming-reality.txt", [
 ("For those who have put huge amounts of effort", "it is hugely demoralising", "Dave Munday", P, "", "pull quote",
  "pull quote in marks with the name line 'Dave Munday' below it (no role in the text before the cut; “unravel”, “dangerous” and “unsustainable” have 1 word)", "name-role-line"),
])

kb = "Karen Betts"
f("uk-high-court-okays-minimum-price-for-alcohol.txt", [
 ("a bold and necessary move to improve public health.", None, "Nicola Sturgeon", P, "Scotland’s First Minister", "body",
  "'Scotland’s First Minister, Nicola Sturgeon, called the law “...”' (built into the writer's sentence; the full stop is inside the marks)", "fragment"),
 ("Minimum pricing is so unjust because it targets the bottom of the market only.", None, "Sam Bowman",
  P, "Executive Director of the pro-free market Adam Smith Institute", "body",
  "'Sam Bowman, Executive Director of the pro-free market Adam Smith Institute, said:' on its own line above the quote", "said-before"),
 ("We will now look to the Scottish and UK governments", "fair competition on our behalf.", kb, P, "SWA chief executive", "body",
  "a quote line with no attribution of its own straight after 'Karen Betts, SWA chief executive, said it could damage the industry and exports.' (her reported speech; left open)", "continuation"),
 ("This is vital in order that the jobs and investment", "MUP [minimum unit pricing].", kb, P, "SWA chief executive", "body",
  "next line of her quote, closed; the bracketed insertion is inside the quote", "continuation"),
])

f("uk-loses-measles-elimination-status.txt", [
 ("Re-establishment of measles transmission is concerning.", None, "Dr Gunter Pfaff", P, "chair of the RVC", "body",
  "'Dr Gunter Pfaff, chair of the RVC, said: “...' (left open, then re-opened in the same paragraph)", "said-before"),
 ("If high immunisation coverage is not achieved", "some will tragically die.", "Dr Gunter Pfaff", P, "chair of the RVC", "body",
  "second passage re-opened straight after the first in the same paragraph, closed", "continuation"),
 ("While take-up of the MMR vaccination across the UK are still high", "decline in recent years,", "Professor Martin Marshall",
  P, "vice-chairman of the Royal College of GPs", "body",
  "'Professor Martin Marshall, vice-chairman of the Royal College of GPs, said the findings were “disheartening”. “...,” he said.' (he = Professor Marshall; “disheartening” has 1 word)", "pronoun"),
])

f("warning-limited-plans-tackle-childhood-obesity.txt", [
 ("had hoped for much more", None, "medical and public health experts", D, "", "body",
  "'Many groups were disappointed as medical and public health experts ‘...’.' (built into the writer's sentence; ‘severely limited’ before it has 2 words and no speaker)", "fragment"),
 ("Infants and young children are wholly vulnerable", "marketing practices of industry", "unclear", U, "", "body",
  "a quote paragraph in single marks with no attribution; the paragraph before says 'They added that the emphasis on personal choices ... were especially disappointing', but 'They' has no clear referent ('Many groups', 'medical and public health experts' or 'health bodies'), so the speaker is not settled", "other"),
 ("For older children and young people, and their parents", "perpetuation of the problem.", "unclear", U, "", "body",
  "next quote paragraph, in double marks (left open), with no attribution", "other"),
 ("Voluntary actions, ranging from people trying to lose weight", "is especially disappointing.", "unclear", U, "", "body",
  "next quote paragraph, closed; its last words match what 'They added' above, whose referent is not settled", "other"),
])

label_table.build(R, prefix="AC", split="heldout28", out="eval/quotes/heldout28.jsonl")
