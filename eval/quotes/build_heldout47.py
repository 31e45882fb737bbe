"""Build heldout47.jsonl (the forty-seventh held-out attribution set, over eval/corpus52) from
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

Run:  python3 eval/quotes/build_heldout47.py   (writes eval/quotes/heldout47.jsonl)
"""
import label_table
from label_table import SAME, P, O, D, U, N, RD  # noqa: F401

# (file, start_snip, end_snip, speaker, speaker_type, role, where, evidence, pattern[, SAME])
# end_snip None -> quote is exactly start_snip
R, f = label_table.table("eval/corpus52/")

# ---------------------------------------------------------------------------
pw = "Paul Scully"; pw_r = "MP for Sutton and Cheam"
cs = "Catherine Sheahan"
f("16122906-hartley-wintney-mum-attends-parliamentary-debate-over-ground-breaking-cf-drug.txt", [
 ("I keep talking about urgency", "in a matter of months.", pw, P, pw_r, "body",
  "'Mr Scully said: “...' (named 'the MP for Sutton and Cheam, Paul Scully' in the paragraph before; left open)", "said-before"),
 ("For people with it, it can be a matter of life or death", "lung transplant or not.", pw, P, pw_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("The sense of urgency for this limited", "long full lives.", pw, P, pw_r, "body", "next paragraph of his quote, closed", "continuation"),
 ("Living as a parent of twins", "a constant worry.", cs, P, "", "body",
  "'Mrs Sheahan, who was in attendance at the vigil said: “...' (named 'Catherine Sheahan' in the second paragraph; a mother of twins, no role; left open)", "said-before"),
 ("We wanted to show our solidarity", "the right decision.", cs, P, "", "body",
  "next paragraph of her quote, with no opening mark of its own and a closing mark (as Q0035)", "continuation"),
])

mt = "Mike Thompson"
f("abpi-files-for-judicial-review-over-nice-budget-impact-changes.txt", [
 ("We hope that the government will reverse the changes", "works for everyone", mt, P, "chief executive", "body",
  "'The ABPI’s chief executive, Mike Thompson, said: “...”' (closed with no final stop; “inappropriate and unworkable” above has 3 words)", "said-before"),
])

f("abpi-to-challenge-nice-budget-impact-test-in-court.txt", [
 ("These new arrangements will delay access", "suffering from rare diseases.", mt, P, "chief executive", "body",
  "'The ABPI’s chief executive, Mike Thompson, said: “...”' (“inappropriate and unworkable” below has 3 words)", "said-before"),
])

f("abpis-judicial-review-could-be-pointless-lawyer.txt", [
 ("It could be that the NICE decision is quashed", "could of course be the same.", "Catherine Drew", P, "partner at legal firm Pinsent Masons", "body",
  "'Drew said in an interview with pharmaphorum: “...”' (named 'Catherine Drew, partner at legal firm Pinsent Masons,' above)", "said-before"),
])

cw = "Catherine Woodhead"; cw_r = "chief executive of Muscular Dystrophy UK"
f("act-now-or-babies-will-die-charities-warn.txt", [
 ("The continued delays are unacceptable.", None, cw, P, cw_r, "body",
  "'Catherine Woodhead, chief executive of Muscular Dystrophy UK, said: ‘...' (5 words; left open)", "said-before"),
 ("The stark reality is some children", "without access to Spinraza.", cw, P, cw_r, "body",
  "next paragraph of her quote, closed; the writer's sentence follows in the same paragraph", "continuation"),
 ("This is devastating for families", "agonisingly out of reach.", cw, P, cw_r, "body",
  "'Ms Woodhead said no more time can be wasted, adding: ‘...' (left open)", "said-before"),
 ("In the 16 months it has taken", "have been cut short.", cw, P, cw_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("The Government must recognise the system is broken", "the appraisal process for treatments for", cw, P, cw_r, "body",
  "'Ms Woodhead added: ‘...' (cut off by the end of the excerpt)", "said-before"),
])

f("breaking-news-nice-not-recommending-sma-treatment-spinraza-on-the-nhs.txt", [
 ("too high for it to be considered a cost-effective use of NHS resources", None, "NICE", O, "", "body",
  "bullet under 'Their reasons for rejecting the treatment were:', 'the cost of the treatment was deemed to be ‘...’' (the reasons of the appraisal consultation document 'released today by NICE'; built into the writer's sentence; ‘important health benefits’ above has 3 words)", "fragment"),
 ("the details of the company’s proposed MAA were vague", "currently insuff", "NICE appraisal committee", O, "", "body",
  "'However, the committee said ‘...' (the committee = 'the appraisal committee' of the document 'released today by NICE'; the words carry on the writer's sentence; cut off mid-word by the end of the excerpt)", "fragment"),
])

cp = "Dr Caitlin Palframan"; cp_r = "Senior Policy Manager at the charity Breakthrough Breast Cancer"
pe = "Professor Paul Ellis"; pe_r = "Consultant Oncologist at King's College London"
f("breast-cancer-drug-is-too-expensive-for.txt", [
 ("The drug appraisal process in England", "are going to improve.", cp, P, cp_r, "body",
  "'Dr Caitlin Palframan, Senior Policy Manager at the charity Breakthrough Breast Cancer said: \"...' ('huge blow' in the first line has 2 words; left open)", "said-before"),
 ("Drug development and research is moving", "keep up with.", cp, P, cp_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("Kadcyla is a very impressive drug", "than alternative drugs.", cp, P, cp_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("Kadcyla represents a significant advance", "is a huge blow.", pe, P, pe_r, "body",
  "'Professor Paul Ellis, Consultant Oncologist at King's College London said: \"...' (left open)", "said-before"),
 ("The drug tackles the disease in a different way", "cannot put a price on.", pe, P, pe_r, "body", "next paragraph of his quote (left open)", "continuation"),
 ("Not only this, Kadcyla is also much better tolerated", "is significantly improved.", pe, P, pe_r, "body", "next paragraph of his quote, closed", "continuation"),
])

re_ = "Richard Erwin"
f("breast-cancer-drug-perjeta-nice.txt", [
 ("Following the Nice approval of Kadcyla in June 2017", "all parties show flexibility,", re_, P, "General manager", "body",
  "'\"...,” General manager Richard Erwin said.' (of the manufacturer, Roche, named in the paragraph before; opened straight, closed curly; \"delighted\" above has 1 word)", "said-after"),
 ("Looking forward, we want to continue", "are being assessed.", re_, P, "General manager", "body",
  "the next paragraph, a quote with no attribution of its own that continues his quote (the page ends here)", "continuation"),
])

f("brineura-update.txt", [
 ("Alongside fearless families, we have worked", "children’s and families lives.", "Andrea West", P, "Chief Executive of the BDFA", "body",
  "'Andrea West, Chief Executive of the BDFA added “...”' (no colon or comma before the quote)", "said-before"),
])

dj = "Diana Jupp"
f("cancer-drugs-fund-delisting-our-response.txt", [
 ("This will remove the only hope of effective treatment", "the current system is broken.", dj, P, "Director of Patient Experience", "body",
  "'On the day of the announcement, Diana Jupp, our Director of Patient Experience, said:' on its own line above the quote ('our' = Bloodwise, whose blog this is; left open)", "said-before"),
 ("The Cancer Taskforce recently published", "a key part of this.", dj, P, "Director of Patient Experience", "body",
  "next paragraph of her quote, with no opening mark of its own and a closing mark (as Q0035)", "continuation"),
])

cg = "Charles Gore"
f("cost-set-to-rule-out-successful-hepatitis-c-drug9ad9.txt", [
 ("set to rule out successful hepatitis C drug", None, "unclear", U, "", "headline",
  "headline quote 'Cost ‘...’'; the body gives these words to no one (the NHS England briefing note calls the cost “prohibitive”, but the quoted words are not in the text)", "other"),
 ("according to severity of liver disease", None, "NHS England", O, "", "body",
  "'The note suggests that the NHS could halve the cost of the drug by prioritising patients “...”.' (the note = 'an NHS England briefing note' in the paragraph before; a document's words, built into the writer's sentence; “prohibitive” has 1 word)", "fragment"),
 ("I doubt if this same affordability question", "treatment for cancer,", cg, P, "chief executive of the Hepatitis C Trust", "body",
  "'“...,” he said.' (he = Charles Gore, 'chief executive of the Hepatitis C Trust', named in the paragraph before)", "pronoun"),
 ("a dangerous precedent that the NHS is only going", "severe diseases", "Another leading clinician", D, "", "body",
  "'Another leading clinician said that the NHS’ proposed course of action set “...”.' (unnamed; built into the writer's sentence)", "fragment"),
 ("might then be subject to further hurdles", "impede patient access", "A spokesperson for the Association of the British Pharmaceutical Industry", D, "", "body",
  "'A spokesperson for the Association of the British Pharmaceutical Industry said it would be “alarming” if a medicine approved by Nice “...”.' (unnamed; built into the writer's sentence; “alarming” has 1 word)", "fragment"),
])

hc = "Harriet Corr"; ec = "Emma Corr"
f("cystic-fibrosis-campaign-petition-wonder-drug-orkamb-health-news.txt", [
 ("We did it!!! 100,000. Thank you so much,", None, hc, P, "", "body",
  "'Harriet's message: \"...” summed up the joy of scores of families.' (her placard; named 'Harriet Corr, four,' in the sentence before; opened straight, closed curly)", "said-before"),
 ("Now we feel a step closer to a deal.", "seal a deal with Vertex.", ec, P, "", "body",
  "'Emma Corr – the mother of Harriet, said last night: “...”' (a relative, no role; “at the earliest opportunity” above has 4 words; Cathy's “We have done i at the end is cut off after 4 tokens)", "said-before"),
])

chw = "Christina Walker"; dl = "David Louden"
f("cystic-fibrosis-drug-given-green-light-in-england.txt", [
 ("There will be families hugging their children", None, chw, P, "", "caption",
  "media caption 'Christina Walker, whose son Luis has cystic fibrosis, tells Victoria Derbyshire: “...”' (the crosshead ‘Best present ever’ above has 3 words)", "caption"),
 ("I can’t stop smiling.", "absolutely wonderful,", chw, P, "", "body",
  "'“...,” she said.' (she = Christina Walker, named in the paragraph before, where “best present ever” has 3 words)", "pronoun"),
 ("You could see this drug with all its benefits that was", None, dl, P, "", "body",
  "a quote paragraph with no attribution of its own straight after 'David Louden, from Carlisle, said ...' and 'He said the battle to get it had been “demoralising”.' (his reported speech; “huge difference” has 2 words); cut off by the end of the excerpt", "continuation"),
])

ll = "Louisa Hill"
f("duchenne-boys-wont-get-breakthrough-drug-on-nhs.txt", [
 ("We are absolutely devastated.", "cannot agree on a price.", ll, P, "", "body",
  "quote paragraph (left open) followed by the line '– Louisa Hill, mother of Archie, from Buckinghamshire' (a relative, no role; the caption below spells her 'Louisa Hills'; 'breakthrough' in the headlines has 1 word)", "name-role-line"),
 ("Today's news is extremely disappointing", "a family in Scotland.", "unclear", U, "", "body",
  "a second quote block (left open) after Louisa Hill's; this page puts the speaker's line after the quote, and the excerpt is cut off before it ('Having spoken to some of the families affected' suggests a campaigner rather than a parent)", "other"),
 ("Many parents across the rest of the UK", "If we are not carefu", "unclear", U, "", "body",
  "next paragraph of the same unattributed quote; cut off mid-word by the end of the excerpt", "other"),
])

f("hepatitis-c-trust-responds-nhs-england-announcement-deal-industry-hepatitis-c.txt", [
 ("This is wonderful news. It is exactly what is needed.", "to be a world leader.", cg, P, "CEO of The Hepatitis C Trust", "body",
  "'Charles Gore, CEO of The Hepatitis C Trust, said: \"...\"'", "said-before"),
])

f("htb-28087.txt", [
 ("NICE has apparently allowed NHS England", "invented by the backdoor", cg, P, "Chief Executive of The Hepatitis C Trust", "body",
  "'He said “...”.' (he = 'Charles Gore, Chief Executive of The Hepatitis C Trust', in the sentence before)", "pronoun"),
])

f("latest-news-on-access-to-spinraza.txt", [
 ("…one of the most comprehensive deals in the world", "benefit from this treatment.", "NHS England", O, "", "body",
  "'Last month, NHS England described the NICE outcome and their agreement with Biogen as:' on its own line above the quote (the quote opens with an ellipsis inside the marks)", "said-before"),
])

rm = "Robert Meadowcroft"; rm_r = "Chief Executive of Muscular Dystrophy UK"
f("life-changing-treatment-recommended-for-use-on-the-nhs-in-scotland-for-patients-with-severest-form-of-genetic-condition.txt", [
 ("Spinraza brings hope to many families", "the drug for other types.", rm, P, rm_r, "body",
  "'Robert Meadowcroft, Chief Executive of Muscular Dystrophy UK, said:' on its own line above the quote (left open)", "said-before"),
 ("SMA is a devastating and cruel condition", "see their child gr", rm, P, rm_r, "body",
  "next paragraph of his quote; cut off mid-word by the end of the excerpt", "continuation"),
])

dm = "Baroness Delyth Morgan"; dm_r = "chief executive at Breast Cancer Now"
f("major-u-turn-sees-roches-kadcyla-backed-for-nhs-use-1195881.txt", [
 ("This is exceptionally good news for so many breast cancer patients,", None, dm, P, dm_r, "body",
  "'“...,” Baroness Delyth Morgan, chief executive at Breast Cancer Now.' (name and role after the quote; the page leaves out the verb)", "said-after"),
 ("We are absolutely delighted that tough negotiation", "precious time to live.", dm, P, dm_r, "body",
  "second passage re-opened in the same paragraph after her name and role (opened curly, closed straight)", "continuation"),
 ("This outcome also demonstrates vital sig", None, dm, P, dm_r, "body",
  "the next paragraph, with no attribution of its own, continuing her quote; cut off mid-word by the end of the excerpt", "continuation"),
])

f("nhs-england-agrees-to-fund-orkambi-drug-treatment.txt", [
 ("this is wonderful news. Cystic Fibrosis Care are delighted", "to make this happen.", "Patricia Kilpatrick", P, "Director of Cystic Fibrosis Care", "body",
  "'Patricia Kilpatrick, Director of Cystic Fibrosis Care said “...’' (no comma or colon; opened curly double, closed curly single)", "said-before"),
])

ss = "Simon Stevens"
f("nhs-england-strikes-largest-ever-procurement-deal-to-completely-eliminate-hepatitis-c-226291.txt", [
 ("It’s not often that the opportunity arises", "achieve exactly that.", ss, P, "chief executive of NHS England", "body",
  "'Simon Stevens, chief executive of NHS England, said: “...' (‘completely eliminate’ in the headline and “first-of-its-kind” have 1-2 words; left open)", "said-before"),
 ("The NHS’s sophisticated and unashamedly rigorous", "cut health inequalities.", ss, P, "chief executive of NHS England", "body",
  "next paragraph of his quote, closed (the last paragraph's “delighte is cut off after 1 token)", "continuation"),
])

f("nhs-nice-want-views-on-cancer-drugs-fund.txt", [
 ("no longer fit for purpose and needs to evolve", "greatest promise.", "Professor Peter Clark", P, "Chair of the Cancer Drugs Fund", "body",
  "'Professor Peter Clark, Chair of the Cancer Drugs Fund, describes the CDF in its current form as: “...”' (his words, built into the writer's sentence)", "fragment"),
 ("Fast-track route to NHS funding", None, "unclear", U, "", "body",
  "crosshead in marks (5 words) above a paragraph that introduces Simon Stevens's quote, which is cut off after a few words; the crosshead's words do not appear in the excerpt", "other"),
 ("Over the next five years we’re", None, ss, P, "Chief Executive of NHS England", "body",
  "'Simon Stevens, Chief Executive of NHS England, says: “...' (6 tokens; cut off by the end of the excerpt)", "said-before"),
])

js = "John Stewart"; js_r = "National director of specialised commission"
f("nhs-vertex-orkambi-offer.txt", [
 ("best offer in the world", None, "Vertex", O, "", "body",
  "'Earlier this month the biotech firm said it had made the \"...\"' (the biotech firm = Vertex; 5 words built into the writer's sentence; 'generous' in the headline and “unsupportable” have 1 word)", "fragment"),
 ("vital that Vertex accepts this generous offer", "NHS patients can benefit", "James O’Shaughnessy", P, "health minister", "body",
  "'health minister James O’Shaughnessy said it was “...”.' (built into the writer's sentence; ‘final proposal’ below has 2 words)", "fragment"),
 ("We very much hope that Vertex chooses", "the NHS is offering.", js, P, js_r, "body",
  "'National director of specialised commission John Stewart said in a letter to the Cystic Fibrosis Trust: \"...' (a letter's words are its writer's; left open)", "said-before"),
 ("In the event that this company again chooses not to", "in the usual way.", js, P, js_r, "body", "next paragraph of his letter, closed", "continuation"),
 ("signals a willingness to re- engage in discussions", None, "Vertex", O, "", "body",
  "'Vertex has responded cautiously to the new offer, saying in a statement that it hopes the latest offer “...”.' (built into the writer's sentence)", "fragment"),
 ("While we are evaluating the proposal", "a productive path forw", "Vertex", O, "", "body",
  "the next paragraph, a quote with no attribution of its own straight after Vertex's statement reported in the writer's words (the bracketed '[it]' is inside the quote); cut off mid-word by the end of the excerpt", "continuation"),
])

pwk = "Professor Paul Workman"
f("nice-decision-on-olaparib-for-ovarian-cancer-angers-charities.txt", [
 ("We remain disappointed that women with ovarian cancer", "science conducted here at the ICR.", pwk, P, "Chief Executive of The Institute of Cancer Research, London", "body",
  "'Professor Paul Workman, Chief Executive of The Institute of Cancer Research, London, said: “...' (left open)", "said-before"),
 ("But even if the latest ‘no’ from NICE", "or do not access it at all.", pwk, P, "Chief Executive of The Institute of Cancer Research, London", "body",
  "next paragraph of his quote, opened curly and closed straight (the nested ‘no’ has 1 word)", "continuation"),
])

ad = "Sir Andrew Dillon"
f("nice-rejects-ovarian-cancer-drug-31269630.txt", [
 ("We are very disappointed that women will not have access", "a beneficial treatment.", pwk, P, "of the Institute of Cancer Research", "body",
  "'He said: \"...' (he = 'Professor Paul Workman, of the Institute of Cancer Research', in the paragraph before; left open)", "pronoun"),
 ("This decision highlights how the current system", "further potential.", pwk, P, "of the Institute of Cancer Research", "body", "next paragraph of his quote, closed", "continuation"),
 ("Olaparib slows the progression of the disease", "that it can extend life is uncertain.", ad, P, "Nice chief executive", "body",
  "'Nice chief executive Sir Andrew Dillon said: \"...' (left open)", "said-before"),
 ("Because patients are already living longer", "when we appraise cancer drugs.", ad, P, "Nice chief executive", "body", "next paragraph of his quote (left open)", "continuation"),
 ("The cost to the NHS of using this new drug", "in this draft guidance.", ad, P, "Nice chief executive", "body", "next paragraph of his quote, closed", "continuation"),
])

mh = "Matt Hancock"; ha = "Heidi Allen"; ha_r = "MP for South Cambridgeshire"
f("orkambi-deal-gets-green-light-5195498.txt", [
 ("Huge thanks to the many campaigners", "to Vertex and the NHS", mh, P, "Health Secretary", "body",
  "'Health Secretary Matt Hancock acknowledged the efforts of campaigners, writing \"...\".' (his written words)", "said-before"),
 ("I am delighted to hear that a deal has been reached", "these life-changing drugs.", ha, P, ha_r, "body",
  "'Mrs Allen said: \"...' (named 'Heidi Allen - MP for South Cambridgeshire -' in the second paragraph; left open)", "said-before"),
 ("The fight has been long", "never wavered.", ha, P, ha_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("This is such good news for patients", "a long wait to access it.", ha, P, ha_r, "body", "next paragraph of her quote (left open)", "continuation"),
 ("I'm delighted that parliament and the public", "this wonderful result.", ha, P, ha_r, "body", "next paragraph of her quote, closed", "continuation"),
 ("I am delighted that the families locally", "for their loved ones.", "Sir Oliver Heald", P, "North East Herts MP", "body",
  "'North East Herts MP Sir Oliver Heald said: \"...\"'", "said-before"),
 ("A huge thank you for the crucial role", "appreciate your support.", "David Ramsay", P, "chief executive of the Cystic Fibrosis Trust", "body",
  "'In a message sent on Thursday, Mr Ramsay said: \"...\"' (named 'David Ramsay, chief executive of the Cystic Fibrosis Trust,' in the paragraph before; a message's words are its writer's)", "said-before"),
])

lw = "Luis Walker"
f("pm-urged-to-back-access-to-life-saving-drug-for-children-with-cystic-fibrosis.txt", [
 ("so I will feel much better and won’t have to spend", "time in hospital", lw, P, "", "caption",
  "caption 'Luis Walker said he wants the drug “...” (CF Trust/PA)' (built into the caption's sentence; “life-saving” in the lead has 1 word)", "fragment"),
 ("so I will feel much better and won’t have to spend", "time in hospital", lw, P, "", "caption",
  "the same caption repeated after 'Credit:'", "fragment"),
 ("Please can you give Orkambi to me", "time in hospital?", lw, P, "", "body",
  "'The campaign was inspired by a seven-year-old who wrote a letter to the Prime Minister asking: “...”' (the boy is not named in this paragraph, but the caption gives the same words to Luis Walker, the next sentence's 'his mother Christina Walker' and the last caption's 'her son Luis' name him)", "description"),
 ("It snowballed into a massive emotional outpouring", "of desperation,", chw, P, "", "body",
  "'“...,” said his mother Christina Walker.' (a relative, no role)", "said-after"),
])

gw = "Gemma Weir"
f("positive-steps-drug-after-visit-no10-338990.txt", [
 ("We took the petition to London", "the 10th petition to be chosen.", gw, P, "", "body",
  "'Gemma said: ‘...' (named 'Gemma Weir and Michelle Frank, from Paulsgrove,' in the paragraph before; a campaigning mother, no role; left open)", "said-before"),
 ("To everyone who signed the petition", "really are not enough.", gw, P, "", "body",
  "'She added: ‘...’' (she = Gemma; after the 'Hide Ad' lines)", "pronoun"),
 ("There was also a round table discussion", "really positive for us.", gw, P, "", "body", "'Gemma said: ‘...’'", "said-before"),
 ("We also laid yellow roses at the Winston Churchill statue", "sign for cystic fibrosis.", gw, P, "", "body",
  "'Gemma added: ‘...' (left open)", "said-before"),
])

pl = "Paul Lenihan MBE"
f("the-fight-for-translarna-goes-on-action-duchenne-in-parliamentary-session.txt", [
 ("a decision not to make a decision, is cowardice", None, pl, P, "Action Duchenne CEO", "body",
  "'After NHS England scrapped its specialised commissioning process Paul stated at the parliamentary lobby in January, “...”.' (named 'Action Duchenne CEO, Paul Lenihan MBE' in the paragraph before)", "said-before"),
 ("a gross dereliction of duty", None, "Mark Silverman", P, "Action Duchenne trustee", "body",
  "'Action Duchenne trustee Mark Silverman also offered a parents’ perspective ... In a powerful and impassioned speech he accused NHS England of “...”' (5 words, built into the writer's sentence)", "fragment"),
])

kp = "Katie Prescott"
f("uk-england-birmingham-48275002.txt", [
 ("We are speechless, it is incredible.", "cried her eyes out.", kp, P, "", "body",
  "'Mrs Prescott said: \"...\"' (named 'Her mother, Katie Prescott,' above; a relative, no role; \"over the moon\" and the caption's \"amazing\" have 1-3 words)", "said-before"),
 ("This promising treatment has the potential", "children and their families.", ss, P, "chief executive", "body",
  "'Simon Stevens, its chief executive, said: \"...\"' (its = NHS England)", "said-before"),
])

vx = "Vertex"
f("vertex-nhs-impasse-cystic-fibrosis-drug-price.txt", [
 ("In the latest meeting, we made the best offer", "as soon as possible.", vx, O, "", "body",
  "'In a statement released by Vertex, the company said: “...' (left open)", "said-before"),
 ("Our offer also provides budget certainty", "made in other countries.", vx, O, "", "body", "next paragraph of its statement, closed", "continuation"),
 ("We find it outrageous that NHS England", "and provide access.", vx, O, "", "body", "next paragraph of its statement, re-opened and closed", "continuation"),
 ("We stand ready to meet any time", "share their urgency.", vx, O, "", "body",
  "'Vertex concluded by calling on the government to intervene in the discussions, stating: “...”'", "said-before"),
 ("This country has a long established", "judge whether it is fair.", "NHS England", O, "", "body",
  "'NHS England also released a statement, which read: “...”'", "said-before"),
])

f("viewarticle-855357.txt", [
 ("Our joint proposals will ensure", "whether and how to use them.", ad, P, "chief executive of NICE", "body",
  "'He said in a release: \"...\"' (he = 'Sir Andrew Dillon, chief executive of NICE', in the paragraph before; 'Reformed' in the headline has 1 word)", "pronoun"),
])

label_table.build(R, prefix="AV", split="heldout47", out="eval/quotes/heldout47.jsonl")
