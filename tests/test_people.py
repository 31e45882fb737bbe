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
    assert p.by_surname["Roe"].gender == "f"
    assert p.by_surname["Vautrey"].gender == "m"  # "Richard": a given name borne almost only by men
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


def test_descriptions_before_a_name_are_not_part_of_it() -> None:
    text = (
        "Patient Dennis Cheese, who led the campaign, said it was over. "
        "Campaigner Jo Bloggs spoke too. Councillors David Vasmer and Kate Halliday were there."
    )
    p = people(text)
    assert p.by_surname["Cheese"].name == "Dennis Cheese"
    assert p.by_surname["Bloggs"].name == "Jo Bloggs"  # a description before it confirms a name
    assert p.by_surname["Vasmer"].name == "David Vasmer"


def test_a_role_word_before_a_name_confirms_it() -> None:
    p = people('"We are at breaking point," said RCGP chair Clare Gerada on Monday.')
    assert p.by_surname["Gerada"].name == "Clare Gerada"


def test_letters_after_a_name_end_it() -> None:
    p = people("The committee of which Valerie Vaz MP for Walsall South is a member met on Tuesday.")
    assert p.by_surname["Vaz"].name == "Valerie Vaz"
    assert "South" not in p.by_surname


def test_sir_or_dame_with_a_first_name_is_the_knight_or_dame_named_in_full() -> None:
    text = (
        "Sir David Nicholson spoke first. Sir David said more. "
        "Dame Barbara Hakin agreed. Dame Barbara added it."
    )
    p = people(text)
    assert "David" not in p.by_surname and "Barbara" not in p.by_surname
    assert sum(m.key == "Nicholson" for m in p.mentions) == 2
    assert sum(m.key == "Hakin" for m in p.mentions) == 2
    assert p.by_surname["Nicholson"].gender == "m"


def test_a_first_name_alone_names_the_one_person_with_it() -> None:
    text = "Valerie Vaz MP met Mr Simon Stevens. Valerie said no."
    p = people(text)
    assert any(m.key == "Vaz" and m.start == text.index("Valerie said") for m in p.mentions)
    two = "Simon Jones, chair of the LMC, met Mr Simon Stevens. Simon said no."
    q = people(two)  # two people called Simon: the first name alone names neither
    assert not any(m.start == two.index("Simon said") for m in q.mentions)


def test_organisations_named_with_of_nhs_bodies_and_acronyms() -> None:
    text = (
        "The Royal College of General Practitioners (RCGP) met the Department of Health. "
        "NHS Fife said so. The RCGP agreed."
    )
    p = people(text)
    assert p.by_surname["Royal College of General Practitioners"].is_org
    assert "RCGP" not in p.by_surname  # the acronym is the college
    assert sum(m.key == "Royal College of General Practitioners" for m in p.mentions) == 3
    assert {"Department of Health", "NHS Fife"} <= set(p.by_surname)


def test_a_role_before_a_name_starts_after_the_reporting_verb() -> None:
    p = people("“We are at breaking point,” said RCGP chair Clare Gerada.")
    assert p.by_surname["Gerada"].role == "RCGP chair"


def test_the_acronym_after_the_is_the_body_itself() -> None:
    p = people("The BMA said no. Then the trust said yes.")
    kinds = [(m.kind, m.key) for m in p.mentions]
    assert ("org", "BMA") in kinds and ("org-description", "bma") not in kinds
    assert ("org-description", "trust") in kinds


def test_the_cqc_is_a_body_and_the_one_it_spells_where_the_article_names_it() -> None:
    spelled = people("The Care Quality Commission inspected it. The CQC said so.")
    assert sum(m.key == "Care Quality Commission" for m in spelled.mentions) == 2
    bare = people("The home had a poor rating. The CQC said so.")
    assert bare.by_surname["CQC"].is_org


def test_a_role_after_the_body_that_opens_the_clause_names_the_person_set_off() -> None:
    p = people("Age UK director general, Michelle Mitchell, fears the worst. She said so.")
    assert p.by_surname["Mitchell"].role == "Age UK director general"
    assert "Kent" not in people("He lives in Kent, Michelle Mitchell, fears the worst.").by_surname


def test_a_month_is_a_first_name_when_a_relation_is_set_off_after_it() -> None:
    p = people("June Brocklebank, daughter-in-law of resident Jenny Brocklebank, 79, said so.")
    assert p.by_surname["June Brocklebank"].name == "June Brocklebank"
    assert "June Smith" not in {x.name for x in people("In June Smith said no.").by_surname.values()}


def test_a_month_is_a_first_name_after_a_job_and_before_a_verb_of_speech() -> None:
    assert people("Practice manager June Barton said so.").by_surname["Barton"].name == "June Barton"
    assert "Hunt" not in people("In September Hunt said no.").by_surname  # "Jeremy Hunt" in September


def test_a_word_that_is_no_given_name_before_one_that_is_stays_out_of_the_name() -> None:
    p = people("Matron Lucy Pitt said so. Ombudsman Julie Mellor, 50, agreed.")
    assert p.by_surname["Pitt"].name == "Lucy Pitt"
    assert p.by_surname["Mellor"].name == "Julie Mellor"
    assert p.by_surname["Pitt"].gender == "f"  # a first name borne almost only by women


def test_a_bodys_possessive_is_no_part_of_its_name() -> None:
    p = people("NHS Employers’ guide says so. NHS England’s letter agrees. Somerset Partnership’s chair too.")
    assert {"NHS Employers", "NHS England", "Somerset Partnership"} <= set(p.by_surname)
    assert not any(k.endswith(("’", "’s")) for k in p.by_surname)


def test_a_name_ending_in_uk_is_a_charity() -> None:
    p = people("Age UK said so, and Cancer Research UK agreed. Across the UK, people agreed.")
    assert p.by_surname["Age UK"].is_org and p.by_surname["Cancer Research UK"].is_org
    assert "the UK" not in p.by_surname and "UK" not in p.by_surname


def test_a_title_and_a_surname_one_letter_off_is_the_person_named_in_full() -> None:
    p = people("NHSCC chief executive Julie Wood said so. Ms Woods added more.")
    assert "Woods" not in p.by_surname
    assert sum(m.key == "Wood" for m in p.mentions) == 2
    two = people("Dr Julie Wood and Dr Kate Woodd said so. Ms Woods added more.")  # which: neither
    assert "Woods" in two.by_surname
    other_sex = people("Julie Wood said so. Mr Woods added more.")
    assert "Woods" in other_sex.by_surname
    swapped = people("Coroner Joanne Kearsley said so. Ms Kearlsey added more.")
    assert "Kearlsey" not in swapped.by_surname  # two neighbouring letters swapped
    assert sum(m.key == "Kearsley" for m in swapped.mentions) == 2


def test_a_role_with_a_plural_possessive_confirms_the_name() -> None:
    p = people("Ellen McCourt, the BMA junior doctors’ committee chair said no.")
    assert p.by_surname["McCourt"].role == "the BMA junior doctors’ committee chair"


def test_a_title_outweighs_a_role_word_on_sex() -> None:
    p = people("Hospital spokesman Jan Rowsell said no. Ms Rowsell, head of communications, agreed.")
    assert p.by_surname["Rowsell"].gender == "f"


def test_a_hyphenated_role_confirms_the_name_before_it() -> None:
    p = people("Ruth Marsden, vice-chair of the patients' network, criticised the plan.")
    assert p.by_surname["Marsden"].role.startswith("vice-chair")


def test_national_press_names_offices_and_initials() -> None:
    hyphen = people("Professor Helen Stokes Lampard spoke. Prof Stokes-Lampard, chair of the RCGP, said so.")
    assert "Stokes-Lampard" not in hyphen.by_surname
    assert sum(m.key == "Lampard" for m in hyphen.mentions) == 2
    addressed = people("“Our NHS, Mr Speaker, is in crisis,” he said.")
    assert not addressed.by_surname  # an office addressed, no one's name
    asked = people("“If she won’t listen to the Red Cross, who will she listen to?” he said.")
    assert "Cross" not in asked.by_surname  # ", who" after words that are no given name
    college = people("The Royal College of GPs said so. The RCGP agreed.")
    assert sum(m.key == "Royal College of GPs" for m in college.mentions) == 2


def test_a_subject_who_acts_with_he_or_she_later_is_a_person() -> None:
    pledge = people("Jeremy Hunt is to pledge that the NHS will be “self sufficient” as he sets out plans.")
    assert pledge.by_surname["Hunt"].name == "Jeremy Hunt"
    made = people("David Cameron made the statement after the judge published his report.")
    assert made.by_surname["Cameron"].name == "David Cameron"


def test_a_possessive_word_typed_for_a_title_is_no_first_name() -> None:
    p = people("Jeremy Hunt is to take over as he said. My Hunt moves from culture. Mr Hunt said so.")
    assert "My Hunt" not in {x.name for x in p.by_surname.values()}
    assert sum(m.key == "Hunt" for m in p.mentions) >= 2


def test_a_body_named_with_of_in_the_possessive_is_that_body() -> None:
    p = people("The Department of Health said so. The Department of Health’s new command paper agreed.")
    assert "Department of Health’s" not in p.by_surname
    assert sum(m.key == "Department of Health" for m in p.mentions) == 2


def test_a_members_letters_are_a_role_not_a_body() -> None:
    p = people("Galloway and West Dumfries MSP Finlay Carson has accused the minister. The MSP said so.")
    assert "MSP" not in p.by_surname
    assert p.by_surname["Carson"].role == "Galloway and West Dumfries MSP"


def test_a_capitalised_role_word_right_after_a_name_ends_it() -> None:
    p = people("Rory Deighton Director at the patients’ group, Healthwatch Kirklees, said so.")
    assert p.by_surname["Deighton"].name == "Rory Deighton"
    assert "Body" not in people("The CCG Governing Body Chair said so.").by_surname


def test_a_common_first_name_opening_a_sentence_and_acting_is_a_person() -> None:
    p = people("Janet Davies referenced a report published by the RCN today.")
    assert p.by_surname["Davies"].name == "Janet Davies"
    assert not people("Wyre Forest reported a deficit this year.").by_surname.get("Forest")


def test_every_honorific_before_a_name() -> None:
    p = people("Professor Sir Mike Richards, the chief inspector, said so. Sir Mike added more.")
    assert p.by_surname["Richards"].gender == "m"
    assert sum(m.key == "Richards" for m in p.mentions) == 2


def test_a_hyphenated_description_before_a_name() -> None:
    p = people("Mum-of-two Jane Smith, 34, said she had waited three weeks.")
    assert p.by_surname["Smith"].name == "Jane Smith"


def test_a_first_name_that_is_also_an_ordinary_word_is_no_short_form() -> None:
    text = "Mark Porter, chair of the BMA council, spoke. GPs mark the day. Mark said no."
    p = people(text)
    assert not any(m.start == text.index("Mark said") for m in p.mentions)
    knight = "Sir Mark Walport, the chief scientist, spoke. GPs mark the day. Sir Mark said no."
    assert sum(m.key == "Walport" for m in people(knight).mentions) == 2


def test_the_organisation_in_a_role_leaves_the_role_words_out() -> None:
    text = (
        "Simon Stevens, Chief Executive of NHS England, spoke. Shadow Health Secretary John Healey "
        "replied. Chris Ham, Chief Executive of The King’s Fund, agreed. The Pharmaceutical Services "
        "Negotiating Committee (PSNC) chief executive Sue Sharpe said no."
    )
    p = people(text)
    assert p.by_surname["Stevens"].organisation == "NHS England"
    assert p.by_surname["Healey"].organisation == ""
    assert p.by_surname["Ham"].organisation == "King’s Fund"
    assert p.by_surname["Sharpe"].role.endswith("(PSNC) chief executive")


def test_names_with_accents() -> None:
    p = people("GPC sessionals lead Dr Zoë Norris said so. Amélie Dupont, chair of the LMC, said no.")
    assert {"Norris", "Dupont"} <= set(p.by_surname)


def test_a_conjunction_opening_a_sentence_is_no_part_of_a_name() -> None:
    found = people("Although Ralph claims the service is failing, he praised the paramedics.\n")
    assert all(not p.name.startswith("Although") for p in found.by_surname.values())


def test_bodies_are_not_people_and_affiliated_names_are() -> None:
    from askccg.people import read_people

    raw = (
        "Yesterday NHS England’s National Emergency Pressures Panel noted the pressure. "
        "Heidi Travis of Sue Ryder was disappointed. The Department of Health said nothing."
    )
    people = read_people(raw, [(0, len(raw))])
    persons = {p.name for p in people.by_surname.values() if not p.is_org}
    assert persons == {"Heidi Travis"}
    assert "NHS England’s National Emergency Pressures Panel" in people.by_surname


def test_a_relation_set_off_after_a_name_confirms_a_person() -> None:
    p = people("Carol Partington, Moore’s niece, had always liked the home.")
    assert p.by_surname["Partington"].name == "Carol Partington"
    assert "Leolyn" not in p.by_surname and not people("Leolyn House, a home, closed.").by_surname.get(
        "House"
    )


def test_number_and_quantity_words_open_no_name() -> None:
    p = people("Four Brent GP practices will merge into two. Several Labour MPs objected.")
    assert not any(v.name.startswith(("Four", "Several")) for v in p.by_surname.values())


def test_a_role_ending_the_sentence_after_a_said_after_name() -> None:
    text = (
        "“These are exciting times,” said Dr Johnny Marshall, Chairman of the NAPC. "
        "“We welcome it,” said Jane Smith, chief executive of the King’s Fund.\n"
        "Mr Bob Stone, who lives in Leeds, went home. Ann Lee met Tom Green, the doctor."
    )
    p = people(text)
    assert p.by_surname["Marshall"].role == "Chairman of the NAPC"
    assert p.by_surname["Smith"].role == "chief executive of the King’s Fund"
    assert p.by_surname["Green"].role == ""  # a role after a name that no reporting verb precedes


def test_a_full_name_takes_the_title_its_short_form_has() -> None:
    p = people(
        "Chaand Nagpaul, who chairs the GPC, said more. Dr Nagpaul added that. "
        "Mr Hunt spoke. Jeremy Hunt said."
    )
    assert p.by_surname["Nagpaul"].name == "Dr Chaand Nagpaul"
    assert p.by_surname["Hunt"].name == "Jeremy Hunt"  # "Mr" is left off a full name, as news does


def test_a_verb_ends_a_role_phrase_before_a_name() -> None:
    p = people("Earlier the Totnes MP had told Sky News that prices mattered. Tory MP Sarah Wollaston spoke.")
    assert "News" not in p.by_surname  # "MP had told" is no role before a name: Sky News is no person
    assert p.by_surname["Wollaston"].name == "Sarah Wollaston"
