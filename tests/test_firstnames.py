from __future__ import annotations

from askccg.firstnames import is_given_name, name_gender


def test_given_names_and_the_sex_nearly_all_their_bearers_have() -> None:
    assert is_given_name("Lucy") and is_given_name("ian")
    assert not is_given_name("Matron") and not is_given_name("Springfield")
    assert not is_given_name("Bay", 10000)  # a rare given name is not a common one
    assert name_gender("Lisa") == "f" and name_gender("David") == "m"
    assert name_gender("Jo") == "" and name_gender("Nicola") == ""  # borne by men and women
    assert name_gender("Matron") == ""
