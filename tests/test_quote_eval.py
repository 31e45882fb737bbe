"""Scoring attribution: name compatibility, span matching and what counts as wrong."""

from __future__ import annotations

from askccg.attribution import Quote
from askccg.cli import main
from askccg.quote_eval import Label, best_label, org_key, same_speaker, score

from .conftest import REPO


def quote(start: int, end: int, speaker: str, text: str = "one two three four five six") -> Quote:
    return Quote(text, start, end, speaker, "", "", "a", "a.txt", "T", "", "", "full")


def label(id_: str, start: int, end: int, speaker: str, kind: str = "person", split: str = "dev") -> Label:
    return Label(id_, "c/a.txt", start, end, "q", speaker, kind, split)


def test_same_speaker_by_surname_first_name_and_title() -> None:
    assert same_speaker("Dr Michael Dixon", "Dr Michael Dixon")
    assert same_speaker("Dixon", "Dr Michael Dixon")
    assert same_speaker("Mr Stevens", "Simon Stevens")
    assert same_speaker("Dr M. Dixon", "Michael Dixon")
    assert not same_speaker("Dr Mary Dixon", "Dr Michael Dixon")
    assert not same_speaker("Ms Dixon", "Mr Dixon")  # titles of the other gender
    assert same_speaker("Dr Dixon", "Mr Dixon")  # Dr fits anyone
    assert not same_speaker("Sir David Nicholson", "Simon Stevens")
    assert not same_speaker("", "Simon Stevens")
    assert same_speaker("Chaand Nagpaul", "Dr Chaand Nagpaul")
    assert same_speaker("James Jones", "Bishop James Jones")  # a clergy honorific is a title
    assert same_speaker("Rt Rev Jones", "Bishop James Jones")
    assert not same_speaker("Bishop", "Bishop James Jones")
    assert same_speaker("Richard Stanton and Rhiannon Davies", "Rhiannon Davies and Richard Stanton")
    assert same_speaker("Mr Stanton and Miss Davies", "Rhiannon Davies and Richard Stanton")
    assert not same_speaker("Richard Stanton", "Rhiannon Davies and Richard Stanton")  # one of two
    assert not same_speaker("Richard Stanton and Rhiannon Davies", "Richard Stanton")
    assert same_speaker("RCN and QNI", "QNI and RCN", organisation=True)
    assert same_speaker(
        "Barnet and Chase Farm Hospitals NHS Trust",
        "Barnet and Chase Farm Hospitals NHS trust",
        organisation=True,
    )
    assert not same_speaker("QNI", "QNI and RCN", organisation=True)


def test_organisations_fold_the_article_possessive_and_long_form() -> None:
    assert same_speaker("the Hounslow CCG", "Hounslow CCG", organisation=True)
    assert same_speaker("Hounslow clinical commissioning group", "Hounslow CCG", organisation=True)
    assert not same_speaker("Hounslow", "Hounslow CCG", organisation=True)
    assert org_key("The BMA's") == "bma"
    assert org_key("Local Government Association (LGA)") == org_key("the Local Government Association")


def test_a_quote_matches_the_label_it_overlaps_most() -> None:
    outer, inner = label("Q1", 0, 100, "Dr A B"), label("Q2", 40, 60, "", "not_speech")
    assert best_label(quote(0, 100, "x"), [outer, inner]) == outer
    assert best_label(quote(40, 60, "x"), [outer, inner]) == inner  # the tighter one on a tie
    assert best_label(quote(90, 200, "x"), [outer]) is None  # a sliver of overlap is no match


def test_counting_wrong_names_and_recall() -> None:
    labels = [
        label("Q1", 0, 50, "Dr Jane Roe"),
        label("Q2", 60, 90, "", "not_speech"),
        label("Q3", 100, 150, "A spokesperson", "description"),
        label("Q4", 200, 250, "Hounslow CCG", "organisation"),
        label("Q5", 300, 350, "Bob White"),
        label("Q6", 400, 450, "Bob White", split="test"),
    ]
    quotes = [
        quote(0, 50, "Dr Jane Roe"),
        quote(60, 90, "Dr Jane Roe"),  # a name on a motion's wording: wrong
        quote(100, 150, ""),  # descriptions are outside recall; no name: fine
        quote(200, 250, "Hounslow CCG"),
        quote(300, 350, ""),  # found, unattributed
        quote(500, 560, "Bob White"),  # 5+ words where no quotation is labelled: wrong
        quote(600, 610, "Bob White", "two words"),  # short and unlabelled: not scored
    ]
    s = score([("c/a.txt", q) for q in quotes], labels, "dev")
    assert (s.recall_base, s.names_given, s.correct, s.credited, s.unattributed) == (3, 4, 2, 2, 1)
    assert [w.label_id for w in s.wrong] == ["Q2", ""]
    assert round(s.precision, 2) == 0.5 and round(s.recall, 2) == 0.67


def test_a_reader_is_named_only_by_the_signature() -> None:
    labels = [label("R1", 0, 50, "Dr John Smith", "reader"), label("R2", 100, 150, "", "reader")]
    quotes = [quote(0, 50, "Dr John Smith"), quote(100, 150, "Dr Jane Roe")]
    s = score([("c/a.txt", q) for q in quotes], labels, "dev")
    assert (s.recall_base, s.names_given, s.correct) == (0, 2, 1)  # readers are outside recall
    assert [w.label_id for w in s.wrong] == ["R2"]  # an unsigned comment names nobody


def test_cli_eval_quotes_prints_both_halves(capsys: object, monkeypatch: object) -> None:
    monkeypatch.chdir(REPO)  # type: ignore[attr-defined]
    assert main(["eval", "--quotes"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "dev" in out and "test" in out and "precision" in out and "Wrong names (test)" in out


def test_letters_after_a_name_are_not_its_surname() -> None:
    from askccg.quote_eval import same_speaker

    assert same_speaker("Robert Francis", "Robert Francis QC")
    assert same_speaker("Valerie Vaz MP", "Valerie Vaz")
    assert not same_speaker("Robert Francis", "Robert Smith QC")


def test_an_organisation_matches_its_acronym() -> None:
    long = "Association of Directors of Adult Social Services (ADASS)"
    assert same_speaker("ADASS", long, organisation=True)
    assert same_speaker("BMA", "British Medical Association", organisation=True)
    assert not same_speaker("RCN", "British Medical Association", organisation=True)


def test_a_spelled_out_title_and_a_body_named_with_its_owner() -> None:
    assert same_speaker("Rob Richards", "Doctor Rob Richards")
    assert same_speaker("GPC", "BMA’s GP Committee", organisation=True)
    assert not same_speaker("GPC", "BMA’s Consultants Committee", organisation=True)


def test_a_style_before_the_name_is_not_a_name() -> None:
    assert same_speaker("Rt Hon Margaret Hodge", "Margaret Hodge")
    assert not same_speaker("Rt Hon Margaret Hodge", "Margaret Beckett")


def test_a_peers_territorial_designation_is_not_a_surname() -> None:
    assert same_speaker("Lord Hunt", "Lord Hunt of Kings Heath")
    assert not same_speaker("Lord Hunt", "Lord Heath")


def test_a_title_in_lower_case_and_an_acronym_without_nhs() -> None:
    assert same_speaker("Izzi Seccombe", "cllr Izzi Seccombe")
    assert same_speaker("NSFT", "Norfolk and Suffolk NHS Foundation Trust", organisation=True)
    assert not same_speaker("NSFT", "Norfolk and Suffolk Fire Service", organisation=True)
