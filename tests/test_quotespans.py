"""Quotations found in every style of marks, with exact spans."""

from __future__ import annotations

from askccg.quotespans import quote_spans


def texts(line: str, continuing: bool = False) -> list[str]:
    return [line[s.start : s.end] for s in quote_spans(line, continuing=continuing)]


def test_curly_straight_and_mixed_marks() -> None:
    assert texts("He said: ‘It’s fine.’") == ["It’s fine."]
    assert texts("He said: 'It's fine,' she said.") == ["It's fine,"]
    assert texts("‘It's almost job done.' That's the verdict") == ["It's almost job done."]
    assert texts("He said: “It works,” she said.") == ["It works,"]


def test_unclosed_reopened_and_nested() -> None:
    spans = quote_spans("He said: ‘This runs to the end of the paragraph")
    assert len(spans) == 1 and not spans[0].closed
    assert texts("‘One sentence here. ‘Another one here.’") == ["One sentence here.", "Another one here."]
    assert texts("“We will insist on ‘nothing about us’.”") == [
        "We will insist on ‘nothing about us’.",
        "nothing about us",
    ]
    assert texts("’They’re having difficulty,’ he said.") == ["They’re having difficulty,"]


def test_apostrophes_and_possessives_are_not_marks() -> None:
    assert texts("The CCGs’ funding and NHS leaders' plans.") == []
    assert texts("He added: 'GP leaders are commissioning for their own practices' financial benefit.") == [
        "GP leaders are commissioning for their own practices' financial benefit."
    ]
    assert texts("will ‘fatally damage relations’ between practices") == ["fatally damage relations"]


def test_acute_accents_and_a_paragraph_begun_inside_a_quotation() -> None:
    assert texts("we´ve done badly") == []
    assert texts("He said: ´We need much more´ today.") == ["We need much more"]
    assert texts("the end of her point.’", continuing=True) == ["the end of her point."]
    # a closing mark after a full stop and no opening one: the opening mark was lost
    assert texts("the end of her point.’") == ["the end of her point."]
    assert texts("the practices’ point") == []


def test_a_double_mark_is_never_a_possessive() -> None:
    line = "Hunt says it “recognises the real challenges” faced by it but is “essentially optimistic”."
    assert texts(line) == ["recognises the real challenges", "essentially optimistic"]


def test_a_closing_mark_after_punctuation_with_no_opening_one() -> None:
    assert texts("I’m not a person who subscribes to the fund, I think it’s taking us off track.’") == [
        "I’m not a person who subscribes to the fund, I think it’s taking us off track."
    ]
    assert texts("I want to talk to you about faeces,' says Dr Rickman Godlee.") == [
        "I want to talk to you about faeces,"
    ]
    assert texts("The GPs' pay was frozen.") == []  # a possessive, not a lost quotation


def test_a_mark_before_a_preposition_ends_the_quotation() -> None:
    line = "doctors should ‘disengage from written reflections’ until safeguards are in ‘place’."
    assert texts(line) == ["disengage from written reflections", "place"]


def test_s_mark_before_the_next_opening_mark_closes_the_quotation() -> None:
    text = "A ‘worsening financial crisis’ leading to a ‘crisis in care provision’;"
    assert [text[q.start : q.end] for q in quote_spans(text)] == [
        "worsening financial crisis",
        "crisis in care provision",
    ]
    text = "He said the ‘practices’ benefit is clear’ to all."
    assert [text[q.start : q.end] for q in quote_spans(text)] == ["practices’ benefit is clear"]
