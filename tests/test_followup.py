"""Follow-up questions resolved from earlier turns."""

from __future__ import annotations

from askccg.api import turns
from askccg.documents import Answer, AnswerSentence
from askccg.followup import Turn, resolve

PEOPLE = ["Dr Michael Dixon", "Michael Dixon", "Dixon", "Dr Richard Vautrey", "Richard Vautrey", "Vautrey"]
FIRST = Turn("Why did GPC oppose CCG commissioning?", ("Dr Richard Vautrey",))


def test_a_new_actor_borrows_the_topic() -> None:
    assert (
        resolve("And what did Dixon argue?", [FIRST], PEOPLE)
        == "What did Dixon argue about CCG commissioning?"
    )


def test_a_bare_actor_swaps_into_the_previous_question() -> None:
    assert resolve("And the LMC?", [FIRST], PEOPLE) == "Why did LMC oppose CCG commissioning?"
    assert resolve("What about Dixon?", [FIRST], PEOPLE) == "Why did Dixon oppose CCG commissioning?"


def test_pronouns_take_the_last_person() -> None:
    named = Turn("What did Dixon say about salaried GPs?")
    assert (
        resolve("What did he say about NHS England?", [named], PEOPLE)
        == "What did Dixon say about NHS England?"
    )
    # no person in the question: the first speaker quoted in the answer
    assert resolve("What did he say about NHS England?", [FIRST], PEOPLE) == (
        "What did Dr Richard Vautrey say about NHS England?"
    )
    assert resolve("What was his role?", [named], PEOPLE) == "What was Dixon's role?"


def test_standalone_questions_are_left_alone() -> None:
    question = "How big is the Better Care Fund?"
    assert resolve(question, [FIRST], PEOPLE) == question
    assert resolve(question, [], PEOPLE) == question


def test_history_accepts_questions_answers_pairs_and_chat_messages() -> None:
    s = AnswerSentence("x", "a.txt", 0, 1, 1, "", "Dr Richard Vautrey", "quote")
    answer = Answer("Why did GPC oppose it?", "x", (), (), False, sentences=(s,))
    history = [
        "first?",
        answer,
        ("third?", "an answer"),
        {"role": "user", "content": "fourth?"},
        {"role": "assistant", "content": "skip"},
    ]
    got = turns(history)
    assert [t.question for t in got] == ["first?", "Why did GPC oppose it?", "third?", "fourth?"]
    assert got[1].speakers == ("Dr Richard Vautrey",)


def test_a_thing_pronoun_or_a_bare_why_borrows_the_previous_topic() -> None:
    offer = Turn("What did Simon Stevens invite CCGs to do?")
    assert (
        resolve("Who criticised it?", [offer], PEOPLE)
        == "Who criticised it? (Simon Stevens invite CCGs to do)"
    )
    young = Turn("What did Dixon say about young doctors becoming partners?")
    assert resolve("Why?", [young], PEOPLE) == "Why? (Dixon say about young doctors becoming partners)"
    assert resolve("What about consultants?", [young], PEOPLE).endswith(
        "(Dixon say about young doctors becoming partners)"
    )


def test_nothing_to_point_back_at_is_not_guessed() -> None:
    from askccg.followup import needs_context

    for history in ([], [Turn("Hello")], [Turn("Thanks, that's all for now.")]):
        assert resolve("Why?", history, PEOPLE) == "Why?"
        assert resolve("What did she say about it?", history, PEOPLE) == "What did she say about it?"
    assert needs_context("Why?", PEOPLE) and needs_context("Who criticised it?", PEOPLE)
    assert not needs_context("How big is the Better Care Fund?", PEOPLE)


def test_ask_asks_for_more_when_a_follow_up_has_nothing_to_follow(built: object, embedder: object) -> None:
    from askccg.api import Assistant

    answer = Assistant(built, embedder=embedder).ask("Why?", history=["Hello"])  # type: ignore[arg-type]
    assert answer.clarify and answer.refused and "ask it in full" in answer.text and not answer.citations


def test_a_dummy_it_points_back_at_nothing() -> None:
    from askccg.followup import needs_context

    assert not needs_context("What did Dixon say it's not good to have CCGs as?", PEOPLE)
    assert not needs_context("Is it true that CCGs will hold the GP budget?", PEOPLE)
    assert needs_context("Who opposed it?", PEOPLE) and needs_context("Why is it important?", PEOPLE)


def test_a_follow_up_of_a_follow_up_takes_what_the_last_one_resolved_to() -> None:
    stevens = Turn("What did Simon Stevens offer CCGs?")
    opposed = Turn("Who opposed it?", query="Who opposed it? (Simon Stevens offer CCGs)")
    assert resolve("Why?", [stevens, opposed], PEOPLE) == "Why? (opposed Simon Stevens offer CCGs)"


def test_an_earlier_question_given_as_text_is_answered_again_to_resolve_she(
    built: object, embedder: object
) -> None:
    from askccg.api import Assistant

    assistant = Assistant(built, embedder=embedder)  # type: ignore[arg-type]
    first = assistant.ask("Who is the chair of the Northshire health board?")
    assert first.sentences[0].text.startswith("Dr Alice Green, chair of the Northshire health board")
    # the question alone names no one: whom its answer named is what "she" points at
    for history in (["Who is the chair of the Northshire health board?"], [first]):
        follow = assistant.ask("What did she say?", history=history)
        assert follow.query == "What did Dr Alice Green say?"


def test_a_follow_up_does_not_lead_with_what_the_last_answer_showed() -> None:
    from askccg.answer import compose
    from tests.test_answer import passage

    raw = (
        "Title\n\nThe board backed the ferry plan for the island. "
        "The council opposed the ferry plan for the island.\n"
    )
    hit = passage(raw, raw.index("The board"), len(raw) - 1, 0.9)
    shown = ("a.txt", raw.index("The board"), raw.index(" The council"))
    plain = compose("ferry plan island", [hit], min_relevance=0.5)
    assert plain.sentences[0].text.startswith("The board")
    follow = compose(
        "What else?", [hit], min_relevance=0.5, query="What else? (ferry plan island)", seen=[shown]
    )
    assert follow.sentences[0].text.startswith("The council")


def test_a_question_for_someones_role_also_searches_for_their_name(
    built: object, embedder: object, monkeypatch: object
) -> None:
    from askccg.api import Assistant

    assistant = Assistant(built, embedder=embedder)  # type: ignore[arg-type]
    retriever = assistant.retriever()
    asked: list[str] = []
    original = retriever.retrieve

    def recording(query: str, *args: object, **kwargs: object) -> object:
        asked.append(query)
        return original(query, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(retriever, "retrieve", recording)  # type: ignore[attr-defined]
    answer = assistant.ask("What is Dr Alice Green's role?")
    assert asked == ["What is Dr Alice Green's role?", "Dr Alice Green"]
    assert any("chair of the Northshire health board" in s.text for s in answer.sentences)
    asked.clear()
    assistant.ask("How big is the Better Care Fund?")
    assert asked == ["How big is the Better Care Fund?"]  # other questions search once
