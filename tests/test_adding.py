"""askccg add: every format into the corpus, with its fields, and every reason to refuse."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askccg import adding
from askccg.adding import EDITED, Candidate, Skip, collect, commit, prepare, prepare_one
from askccg.builder import build
from askccg.config import Settings as AskccgSettings
from askccg.corpus import load_corpus, load_metadata
from askccg.embed import HashingEmbedder
from askccg.errors import InputError
from askccg.index import load_index
from askccg.retriever import Retriever

from .formats import DATED, DOCX, FORMATS, LETTER, MARKDOWN, PDF


def reasons(skipped: list[Skip]) -> dict[str, str]:
    return {s.source: s.reason for s in skipped}


def test_every_format_is_added_with_its_fields_and_evidence(corpus_dir: Path) -> None:
    candidates, skipped = prepare([LETTER, DATED, PDF, DOCX, MARKDOWN], corpus_dir)
    assert skipped == [] and [c.format for c in candidates] == ["html", "html", "pdf", "docx", "markdown"]
    added = commit(corpus_dir, candidates)
    corpus = load_corpus(corpus_dir)
    by_file = {a.meta.source: a for a in corpus.articles}
    entries = load_metadata(corpus_dir).entries
    letter = by_file[added[0].file]
    assert letter.meta.publication == "Pulse" and letter.meta.author == "Dr Andrew Mimnagh"
    assert letter.meta.date == "" and letter.comment_count == 2
    assert by_file[added[1].file].meta.date == "2015-05-26"
    assert len(by_file[added[2].file].page_starts) == 3
    assert entries[added[3].file]["title"].startswith("Welcoming NHS England")
    assert by_file[added[4].file].meta.date == "2011-09-12"
    for a in added:  # the original is kept beside the text, byte for byte
        assert a.kept and (corpus_dir / a.kept).read_bytes() in {p.read_bytes() for p in FORMATS.iterdir()}
    toml = (corpus_dir / "articles.toml").read_text()
    assert 'original = "pulse-letter.html"' in toml and 'format = "pdf"' in toml
    assert (
        'publication: the page\'s markup \'<meta property=\\"og:site_name\\" content=\\"Pulse\\">\'' in toml
    )


def test_the_index_is_updated_incrementally_and_cites_the_new_articles(settings: AskccgSettings) -> None:
    embedder = HashingEmbedder(256)
    first = build(settings, embedder=embedder)
    commit(settings.corpus_dir, prepare([PDF, LETTER], settings.corpus_dir)[0])
    second = build(settings, embedder=embedder)
    assert second.articles == first.articles + 2 and second.reused == first.chunks
    retriever = Retriever(load_index(settings.index_dir), embedder, settings)
    hits = retriever.retrieve("Holly Holder strained resources time and money", 10)
    pages = [h.citation for h in hits if h.citation.page is not None]
    assert pages and pages[0].location.startswith("page 2")
    comments = [
        h.citation
        for h in retriever.retrieve("we must save the NHS claptrap", 10)
        if h.citation.kind == "comment"
    ]
    assert comments and comments[0].location == "reader comment 2 of 2"


def test_duplicates_by_content_are_refused(corpus_dir: Path, tmp_path: Path) -> None:
    existing = (corpus_dir / "budget-row.txt").read_text(encoding="utf-8")
    body = "".join(f"<p>{line}</p>" for line in existing.splitlines() if line.strip())
    page = tmp_path / "saved.html"
    page.write_text(
        f"<!doctype html><html><head><title>Saved</title></head><body><article>{body}</article></body></html>"
    )
    copy = tmp_path / "copy.txt"
    copy.write_text(existing, encoding="utf-8")
    candidates, skipped = prepare([page, copy, LETTER, LETTER], corpus_dir)
    why = reasons(skipped)
    assert why["saved.html"].startswith("duplicate by content of budget-row.txt: ")
    assert why["copy.txt"] == "duplicate by content of budget-row.txt: the same file"
    assert why["pulse-letter.html"].startswith(
        "duplicate by content of pulse-letter.html (earlier in this batch)"
    )
    assert [c.source for c in candidates] == ["pulse-letter.html"]
    commit(corpus_dir, candidates)
    assert "the same file" in reasons(prepare([LETTER], corpus_dir)[1])["pulse-letter.html"]


def test_every_refusal_has_its_reason(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "program.pdf").write_bytes(b"\x7fELF\x02\x01\x01" + b"\x00" * 64)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 society".encode("latin-1"))
    (tmp_path / "nav.html").write_text(
        "<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    (tmp_path / "blank.md").write_text("   \n\n")
    (tmp_path / "big.txt").write_text("word " * 400)
    monkeypatch.setattr(adding, "MAX_FILE_BYTES", 1000)
    files, missing = collect([tmp_path, tmp_path / "nowhere.txt"])
    _, skipped = prepare(files, corpus_dir)
    why = reasons(skipped + missing)
    assert why["program.pdf"] == "unsupported type: an ELF executable"
    assert why["latin1.txt"].startswith("unreadable: not UTF-8")
    assert why["nav.html"].startswith("empty after extraction")
    assert why["blank.md"].startswith("empty after extraction")
    assert why["big.txt"].startswith("too large: 2,000 bytes")
    assert why[str(tmp_path / "nowhere.txt")].startswith("not found")
    assert all("\n" not in r for r in why.values())


def test_a_batch_is_bounded(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(adding, "MAX_UPLOAD_BYTES", 30_000)
    _, skipped = prepare([("a.html", LETTER.read_bytes()), ("b.pdf", PDF.read_bytes())], corpus_dir)
    assert reasons(skipped)["b.pdf"].startswith("too large: the files together")
    monkeypatch.setattr(adding, "MAX_FILES", 1)
    with pytest.raises(InputError, match="at most 1"):
        prepare([("a.html", b"x"), ("b.html", b"y")], corpus_dir)


def test_an_uploaded_name_cannot_leave_the_corpus(corpus_dir: Path, tmp_path: Path) -> None:
    candidates, _ = prepare([("../../../../tmp/evil.md", MARKDOWN.read_bytes())], corpus_dir)
    added = commit(corpus_dir, candidates)
    assert added[0].file == "new-body-to-champion-ccgs.txt" and (corpus_dir / added[0].kept).is_file()
    assert not (tmp_path / "evil.md").exists()


def test_corrections_replace_fields_and_their_evidence(corpus_dir: Path) -> None:
    candidate = prepare_one("letter.html", LETTER.read_bytes(), adding.Corpus(corpus_dir))
    assert isinstance(candidate, Candidate)
    fixed = candidate.edited({"title": "A better headline", "date": "2013-06", "publication": "Pulse"})
    assert fixed.value("title") == "A better headline" and fixed.value("date") == "2013-06"
    evidence = {f.name: f.evidence for f in fixed.extracted.fields}
    assert evidence["title"] == evidence["date"] == EDITED
    assert "og:site_name" in evidence["publication"]  # unchanged: the page's own evidence stays
    assert fixed.text.startswith("A better headline\n")
    with pytest.raises(InputError, match="not a real date"):
        candidate.edited({"date": "2013-02-30"})
    cleared = candidate.edited({"author": ""})
    assert cleared.value("author") == ""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    head=st.sampled_from(
        [b"", b"%PDF-1.7\n", b"PK\x03\x04", b"<!doctype html><html><body>", b"\xef\xbb\xbf"]
    ),
    body=st.binary(max_size=3000),
    name=st.sampled_from(["a.pdf", "a.docx", "a.html", "a.md", "a.txt", "noname"]),
)
def test_any_bytes_are_added_or_skipped_with_one_line_never_a_traceback(
    corpus_dir: Path, head: bytes, body: bytes, name: str
) -> None:
    result = prepare_one(name, head + body, adding.Corpus(corpus_dir))
    assert isinstance(result, (Candidate, Skip))
    if isinstance(result, Skip):
        assert result.reason and "\n" not in result.reason


def test_duplicates_are_found_from_the_index_without_reading_the_archive(
    settings: AskccgSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: with the index's catalogue, the duplicate check uses the paragraph keys and file
    hashes the segments stored, reads no article the index vouches for, and decides as before."""
    from askccg import corpus as corpus_module
    from askccg.index import load_catalogue

    monkeypatch.setattr(corpus_module, "RACY_SECONDS", 0)
    build(settings, embedder=HashingEmbedder(256))
    (settings.corpus_dir / "pulse-letter.html").write_bytes(LETTER.read_bytes())  # an original kept beside
    catalogue = load_catalogue(settings.index_dir)
    existing = (settings.corpus_dir / "budget-row.txt").read_text(encoding="utf-8")
    page = tmp_path / "saved.html"
    body = "".join(f"<p>{line}</p>" for line in existing.splitlines() if line.strip())
    page.write_text(
        f"<!doctype html><html><head><title>Saved</title></head><body><article>{body}</article></body></html>"
    )
    copy = tmp_path / "copy.txt"
    copy.write_text(existing, encoding="utf-8")
    read: list[str] = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or real(self))
    with_index = reasons(prepare([page, copy, LETTER], settings.corpus_dir, catalogue)[1])
    assert not {name for name in read if name.endswith(".txt")} - {
        "copy.txt"
    }  # no article of the corpus read
    without = reasons(prepare([page, copy, LETTER], settings.corpus_dir)[1])
    assert with_index == without
    assert with_index["saved.html"].startswith("duplicate by content of budget-row.txt: ")
    assert with_index["copy.txt"] == "duplicate by content of budget-row.txt: the same file"
    assert with_index["pulse-letter.html"] == "duplicate by content of pulse-letter.html: the same file"
