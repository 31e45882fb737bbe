"""Who said what: people, roles and quotes on tiny texts and on a checked sample of the corpus."""

from __future__ import annotations

from askccg.attribution import People, corpus_quotes, speaker_names
from askccg.corpus import load_corpus

from .conftest import REPO


def test_people_roles_and_organisations() -> None:
    text = (
        "GPC deputy chairman Dr Richard Vautrey said the plan was flawed. "
        "Dr Jane Roe, chair of the Northshire LMC, said it was fine. Helen Hirst explained the rules."
    )
    people = People(text)
    assert people.by_surname["Vautrey"].role == "GPC deputy chairman"
    assert people.by_surname["Vautrey"].organisation == "GPC"
    assert people.by_surname["Roe"].role == "chair of the Northshire LMC"
    assert people.by_surname["Roe"].organisation == "Northshire LMC"
    assert people.by_surname["Hirst"].name == "Helen Hirst"
    assert people.at(text.index("Helen")).name == "Dr Jane Roe"


# (file, start of the quoted words, speaker) checked by reading the articles
SAMPLE = [
    (
        "give-ccgs-the-budget-to-commission-gps-says-dixon.txt",
        "GPC does not support CCGs",
        "Dr Richard Vautrey",
    ),
    (
        "give-ccgs-the-budget-to-commission-gps-says-dixon.txt",
        "A primary care-led NHS has been",
        "Dr Michael Dixon",
    ),
    (
        "give-ccgs-the-budget-to-commission-gps-says-dixon.txt",
        "They’re having a great deal",
        "Dr Michael Dixon",
    ),
    ("ccgs-invited-to-bid-for-commissioning-powers.txt", "If we want to better integrate", "Simon Stevens"),
    (
        "ccgs-invited-to-bid-for-commissioning-powers.txt",
        "The key issue that must be addressed",
        "Dr Richard Vautrey",
    ),
    (
        "ccgs-invited-to-bid-for-commissioning-powers.txt",
        "These issues, and the matter",
        "Dr Richard Vautrey",
    ),
    ("ccgs-invited-to-bid-for-commissioning-powers.txt", "recreating PCTs", "Dr Richard Vautrey"),
    ("nhs-england-should-be-slimmed-down.txt", "The strategic planning process", "Helen Hirst"),
    ("nhs-england-should-be-slimmed-down.txt", "I’m not a person who subscribes", "Helen Hirst"),
    ("nhs-england-should-be-slimmed-down.txt", "In fact, if CCGs are taking on", "Dr Michael Dixon"),
    (
        "nhs-england-should-be-slimmed-down.txt",
        "the ultimate poisoned chalice",
        "GP leaders at the LMC Conference last month",
    ),
    ("ccgs-need-freedom-to-invest.txt", "The NHS Commissioning Board will hold", "Dr Michael Dixon"),
    ("ccgs-need-freedom-to-invest.txt", "I don't think there's a grand plan", "Dr Michael Dixon"),
    (
        "gp-commissioning-handover-chaotic-and-rushed.txt",
        "I think we will become salaried",
        "Dr Michael Dixon",
    ),
]


def test_a_checked_sample_of_corpus_quotes() -> None:
    articles = load_corpus(REPO / "corpus").articles
    raws = {a.meta.source: a.raw for a in articles}
    quotes = corpus_quotes(articles)
    for source, words, speaker in SAMPLE:
        found = [q for q in quotes if q.source == source and q.text.startswith(words)]
        assert found, words
        q = found[0]
        assert q.speaker == speaker, (words, q.speaker)
        assert raws[source][q.start : q.end] == q.text
        assert q.text[0] not in "‘'“" and q.text[-1] not in "’'”"


def test_every_quote_has_a_speaker_and_an_exact_span() -> None:
    articles = load_corpus(REPO / "corpus").articles
    raws = {a.meta.source: a.raw for a in articles}
    quotes = corpus_quotes(articles)
    assert len(quotes) >= 40
    for q in quotes:
        assert q.speaker and raws[q.source][q.start : q.end] == q.text
    roles = {q.speaker: q.role for q in quotes if q.source.startswith("give-ccgs")}
    assert roles["Dr Michael Dixon"] == "interim president of NHS Clinical Commissioners"
    assert "Dixon" in speaker_names(quotes) and "Michael Dixon" in speaker_names(quotes)


def test_reader_comments_never_become_quotes() -> None:
    articles = load_corpus(REPO / "corpus").articles
    comments = [(a.meta.source, s) for a in articles for s in a.sections if s.kind == "comment"]
    for q in corpus_quotes(articles):
        assert not any(src == q.source and s.start <= q.start < s.end for src, s in comments)
