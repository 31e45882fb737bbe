"""The shared text conventions: quotation marks by context, titles, sentence ends, captions."""

from __future__ import annotations

from askccg.conventions import (
    ABBREVIATION_END,
    PHOTO_CREDIT,
    SPEAKER_LINE,
    family,
    fold_marks,
    mark_role,
    strip_title,
    title_gender,
    title_of,
)
from askccg.sentences import sentence_spans


def roles(text: str) -> list[str]:
    return [mark_role(text, i) for i, ch in enumerate(text) if ch in "‘’'\"“”´«»"]


def test_marks_are_judged_by_their_neighbours() -> None:
    assert roles("‘It’s done,’ he said") == ["open", "apostrophe", "close"]
    assert roles("'It's done,' he said") == ["open", "apostrophe", "close"]
    assert roles("we´ve done badly") == ["apostrophe"]
    assert roles("´We need it´ he said") == ["open", "close"]
    assert roles("“Yes” and «non»") == ["open", "close", "open", "close"]
    assert roles("’They’re having") == ["open", "apostrophe"]  # re-opened with a closing-style mark


def test_families_and_folding() -> None:
    assert family("’") == family("'") == family("´") == "single"
    assert family("”") == family('"') == family("«") == "double"
    assert fold_marks("‘a’ “b” ´c´ «d»") == "'a' \"b\" 'c' \"d\""


def test_titles() -> None:
    assert title_of("Dr Jane Roe") == "Dr" and title_of("Jane Roe") == ""
    assert title_of("Baroness Cumberlege") == "Baroness"
    assert strip_title("Prof. Sir Ian Gilmore") == "Ian Gilmore"  # every honorific before the name
    assert title_gender("Professor Sir Mike Richards") == "m"
    assert title_gender("Dr Jane Roe") == "" and title_gender("Dame Jane Roe") == "f"


def test_sentence_ends_and_abbreviations() -> None:
    text = "Dr. Roe spoke. ‘It works.’ Then Mr. Smith left."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Dr. Roe spoke.",
        "‘It works.’",
        "Then Mr. Smith left.",
    ]
    assert ABBREVIATION_END.search("Baroness.")


def test_speaker_lines_of_captions_and_headlines() -> None:
    m = SPEAKER_LINE.fullmatch("Dr Dixon: ‘We need to move resource’")
    assert m and m["name"] == "Dr Dixon"
    assert SPEAKER_LINE.fullmatch("Hounslow CCG: Remove your posters by May") is None


def test_a_photo_credit_in_any_usual_form_marks_a_caption() -> None:
    for caption in (
        "Weapons emptied into knife surrender bins. (Stock image by Aaron Chown/PA)",
        "The health secretary during a visit to the vaccine centre (Dominic Lipinski/PA)",
        "Nurses on the picket line (Getty Images)",
        "Video caption, Knife crime: What's it like to be stabbed?",
        "Dr Smith at the surgery (Photo: JH Lancy)",
    ):
        assert PHOTO_CREDIT.search(caption), caption
    for prose in ("He said the plan (backed by the AP) would work.", "The GP (PA) said it was a good day."):
        assert not PHOTO_CREDIT.search(prose), prose
