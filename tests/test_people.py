"""People and organisations of an article: names, roles, genders; no places or fragments."""

from __future__ import annotations

from askccg.people import read_people


def people(text: str):  # type: ignore[no-untyped-def]
    return read_people(text, [(0, len(text))])


def test_roles_organisations_and_genders() -> None:
    text = (
        "GPC deputy chairman Dr Richard Vautrey said the plan was flawed. "
        "Ms Jane Roe, chair of the Northshire LMC, said it was fine. Helen Hirst explained the rules. "
        "Community Pharmacy West Yorkshire CEO Ruth Buchan pointed it out."
    )
    p = people(text)
    assert p.by_surname["Vautrey"].role == "GPC deputy chairman"
    assert p.by_surname["Vautrey"].organisation == "GPC"
    assert p.by_surname["Roe"].role == "chair of the Northshire LMC"
    assert p.by_surname["Roe"].gender == "f" and p.by_surname["Vautrey"].gender == ""
    assert p.by_surname["Hirst"].name == "Helen Hirst"
    assert p.by_surname["Buchan"].organisation == "Community Pharmacy West Yorkshire"
    assert p.at(text.index("Helen")).name == "Ms Jane Roe"  # type: ignore[union-attr]


def test_places_and_organisation_fragments_are_not_people() -> None:
    text = (
        "Dr Ken Aswani, GP in Waltham Forest, commented on it. "
        "Speaking at NHS Clinical Commissioners, the chair said so. NHS Bradford Districts CCG said no."
    )
    p = people(text)
    assert set(p.by_surname) >= {"Aswani", "NHS Clinical Commissioners"}
    assert not {"Forest", "Commissioners", "Districts"} & set(p.by_surname)
    assert p.by_surname["NHS Clinical Commissioners"].is_org


def test_a_short_form_is_the_same_person_and_the_fullest_name_wins() -> None:
    p = people("Mr Stevens spoke. Simon Stevens, who leads NHS England, said more. Stevens added that.")
    assert p.by_surname["Stevens"].name == "Simon Stevens"
    assert p.by_surname["Stevens"].gender == "m"
    assert sum(m.key == "Stevens" for m in p.mentions) == 3
