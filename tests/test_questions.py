"""What a question asks for, and the names and years it asks about that the corpus lacks."""

from __future__ import annotations

from askccg.lexical import tokenize
from askccg.questions import Office, asked_office, asked_role_of, classify, holds_office, intent, unmatched

CORPUS = tokenize("Dr Michael Dixon told the Hartlepool forum in 2014 that CCGs in Cumbria ...")


def known(term: str) -> bool:
    return term in CORPUS


def test_the_question_form_decides_the_kind() -> None:
    assert classify("How much was the Better Care Fund?") == "how much"
    assert classify("When was the Health and Social Care Act passed?") == "when"
    assert classify("Who chairs the GPC?") == "who"


def test_people_and_years_no_article_mentions_are_named() -> None:
    assert unmatched("What did Jeremy Hunt say about the fund?", known, set()) == ("Jeremy Hunt",)
    assert unmatched("How many CCGs were there in 2013?", known, set()) == ("2013",)
    assert unmatched("What did Professor Azhar Farooqi say?", known, set()) == ("Professor Azhar Farooqi",)


def test_names_and_years_the_corpus_has_pass() -> None:
    assert unmatched("What did Dr Michael Dixon say in 2014?", known, set()) == ()
    assert unmatched("What did Michael Dixon say in 2013?", known, {"2013"}) == ()  # an article dated 2013
    # one known word is enough ("Michael Smith" may be a Dixon the text calls otherwise), and a
    # single word or a generic one ("Cumbrian GP", "NHS England") is never checked
    assert unmatched("What did Michael Smith say?", known, set()) == ()
    assert unmatched("What did the Cumbrian GP say?", known, set()) == ()
    assert unmatched("What does NHS England do?", known, set()) == ()


def test_a_question_for_one_side_and_sentences_that_take_it() -> None:
    from askccg.questions import intent, takes_stance

    against, backed = intent("Who opposed it?"), intent("Which groups backed the plan?")
    assert against.stance == "against" and backed.stance == "for"
    assert intent("What did Simon Stevens offer CCGs?").stance == ""
    assert takes_stance(against, "But his ideas were rejected by the GPC.")
    assert not takes_stance(against, "Simon Stevens announced he planned to invite CCGs to apply.")
    assert takes_stance(backed, "The LMC welcomed the plan.")


def test_only_who_and_yes_no_questions_ask_for_a_side() -> None:
    from askccg.answer import STANCE_KINDS
    from askccg.questions import intent

    assert intent("Did Dixon welcome the move?").kind in STANCE_KINDS
    assert intent("Why did GPC oppose CCG commissioning?").kind not in STANCE_KINDS  # a reason answers it


def test_a_sum_given_as_the_value_of_the_thing_asked_about() -> None:
    from askccg.questions import intent, states_value_of

    asked = intent("How much was the Better Care Fund?")
    assert states_value_of(asked, "the Government’s £3.8bn Better Care Fund is hindering CCGs")
    assert states_value_of(asked, "The Better Care Fund, worth £3.8bn, pools budgets.")
    assert not states_value_of(asked, "the shift of £1.8bn from existing budgets for the Better Care Fund")


def test_a_question_about_who_someone_is_or_the_job_they_hold() -> None:
    assert asked_role_of("Who is Helen Hirst?") == "Helen Hirst"
    assert asked_role_of("What post does Simon Stevens hold, according to the article?") == "Simon Stevens"
    assert asked_role_of("What was Barbara Hakin's job title?") == "Barbara Hakin"
    assert asked_role_of("What role does Dixon have?") == "Dixon"
    assert classify("What was Johnny Marshall’s position?") == "who"  # not a define question
    for other in (
        "Who is the chair of NHS Clinical Commissioners?",
        "Who chairs the GPC?",
        "Who opposed it?",
    ):
        assert asked_role_of(other) == ""


def test_a_question_for_the_holder_of_a_post_and_the_roles_that_are_that_post() -> None:
    chair = asked_office("Who chairs the GPC?")
    assert chair == Office("chair", frozenset(), "the GPC") and chair.describe() == "chair of the GPC"
    assert holds_office(chair, "chair of the BMA GP committee (GPC)")
    assert not holds_office(chair, "GPC deputy chair")  # a deputy chair is another post
    assert not holds_office(chair, "chair of the NHS Alliance")  # another body
    deputy = asked_office("Who is the GPC deputy chairman?")
    assert deputy == Office("chair", frozenset({"deputy"}), "the GPC", body_first=True)
    assert deputy.describe() == "the GPC deputy chair" and holds_office(deputy, "GPC deputy chair")
    lead = asked_office("Who leads the NHS Alliance?")
    assert lead is not None and holds_office(lead, "chair of the NHS Alliance")
    assert asked_office("Who is the chief executive of NHS England?") == Office(
        "chief executive", frozenset(), "NHS England"
    )
    for other in ("Who is Helen Hirst?", "Who opposed it?", "Who said the plan was flawed?"):
        assert asked_office(other) is None


def test_a_yes_no_question_on_someones_stance_asks_for_their_words() -> None:
    from askccg.questions import asked_speaker

    assert asked_speaker("Did Dixon welcome the move for CCGs to commission primary care?") == "Dixon"
    assert (
        asked_speaker("Was Dr Michael Dixon supportive of local groups getting powers?") == "Dr Michael Dixon"
    )
    assert asked_speaker("Is it true that CCGs will hold the budget?") == ""


def test_which_and_a_kind_of_person_asks_who() -> None:
    assert classify("Which LMC representative told the meeting that conflicts were unavoidable?") == "who"
    assert classify("Which GP leader claimed the plan would bring back PCTs?") == "who"
    assert classify("Which treatments did the CCGs agree to restrict?") == "what"


def test_a_summary_may_ask_for_one_persons_case_other_questions_do_not_by_a_possessive() -> None:
    assert intent("Summarise Dr Dixon's view of the role of NHS England.").speaker == "Dr Dixon"
    assert intent("Outline how Dixon thought the national body should change.").speaker == "Dixon"
    # two people's views set side by side: no one speaker
    assert (
        intent("Set Vautrey's opposition beside Nagpaul's view that CCGs should build up care.").speaker == ""
    )


def test_a_change_in_a_number_and_a_total_are_quantities_not_definitions() -> None:
    assert classify("What was the fall in the number of GP partners?") == "how many"
    assert classify("What population is covered by the first groups?") == "how many"
    assert classify("What was the total cost?") == "how much"
    assert classify("What is the Better Care Fund?") == "define"


def test_a_counted_which_is_a_list_and_a_worry_asks_for_a_reason() -> None:
    assert classify("Which five first-wave CCGs had a condition placed on them?") == "list"
    assert classify("What concern did Dr Balmer raise about the framework?") == "why"
    assert classify("What worried the executive member about the model?") == "why"
    assert (
        classify("What did CCG leaders say was driving the changes?") != "why"
    )  # their words, asked as such


def test_a_question_for_when_one_event_happened_names_its_verb_forms() -> None:
    from askccg.questions import asked_event

    became = asked_event("When did Dr Ann Pike become chair of the GPC?")
    assert became is not None and became.search("She became chair in 2014")
    assert not became.search("She chaired the GPC from 2014")
    passed = asked_event("When was the Health and Social Care Act passed?")
    assert passed is not None and passed.search("The Act received royal assent in March 2012")
    assert asked_event("When CCGs take on commissioning, does accountability pass to them?") is None
    assert asked_event("How many CCGs became authorised?") is None
