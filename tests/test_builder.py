"""Incremental builds: only changed articles are read and embedded, each update is one small
segment plus tombstones, merges fold segments, and every version equals a full rebuild."""

from __future__ import annotations

import random
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from askccg import corpus as corpus_module
from askccg import scan as scan_module
from askccg.attribution import speaker_names
from askccg.builder import build
from askccg.config import Settings
from askccg.embed import HashingEmbedder
from askccg.index import Index, load_index, read_manifest
from askccg.lexical import tokenize
from askccg.merge import merge_all
from askccg.retriever import Retriever
from askccg.segment import chunk_record

QUESTIONS = ["ferry timetable", "budget row at the board", "clinic opens", "what did readers say", "harbour"]


class CountingEmbedder(HashingEmbedder):
    def __init__(self) -> None:
        super().__init__(256)
        self.passages = 0

    def encode_passages(self, texts, spans, *, batch_size=32):  # type: ignore[no-untyped-def]
        self.passages += len(texts)
        return super().encode_passages(texts, spans, batch_size=batch_size)


def snapshot(settings: Settings) -> dict[str, Any]:
    """Everything a reader sees of an index version, in the order it sees it."""
    index = load_index(settings.index_dir)
    retriever = Retriever(index, HashingEmbedder(256), settings)
    lexical = [index.lexical.search(tokenize(q), 50) for q in QUESTIONS]
    assert index.people == speaker_names(index.quotes)  # counted per segment, minus tombstones
    return {
        "chunks": [chunk_record(c) for c in index.chunks],
        "vectors": index.all_vectors().tobytes(),
        "sentences": index.all_sentence_vectors().tobytes(),
        "quotes": [asdict(q) for q in index.quotes],
        "people": index.people,
        "articles": index.articles,
        "bm25": [(rows.tolist(), scores.tobytes()) for rows, scores in lexical],
        "df": [index.lexical.df(t) for q in QUESTIONS for t in tokenize(q)],
        "hits": [[asdict(h) for h in retriever.retrieve(q, k=5)] for q in QUESTIONS],
        "counts": (index.manifest.chunk_count, index.manifest.article_count),
    }


def full_rebuild(settings: Settings, tmp_path: Path, name: str = "full") -> dict[str, Any]:
    other = settings.with_(index_dir=tmp_path / name)
    build(other, embedder=HashingEmbedder(256), full=True)
    assert len(read_manifest(other.index_dir).segments) == 1
    return snapshot(other)


def test_incremental_build_embeds_only_changes_and_equals_a_full_build(
    settings: Settings, tmp_path: Path
) -> None:
    embedder = CountingEmbedder()
    first = build(settings, embedder=embedder)
    assert first.embedded == first.chunks and first.reused == 0

    corpus = settings.corpus_dir
    (corpus / "ferry-timetable.txt").write_text(
        "Island ferry timetable changes announced\n\nThe island ferry will sail three times a day.\n"
    )
    (corpus / "new-clinic.txt").write_text(
        "New clinic opens\n\nA new walk-in clinic opened in the town centre today.\n"
    )
    (corpus / "no-metadata.txt").unlink()
    embedder.passages = 0
    second = build(settings, embedder=embedder)
    changed = [
        c
        for c in load_index(settings.index_dir).chunks
        if c.citation.source in ("ferry-timetable.txt", "new-clinic.txt")
    ]
    assert embedder.passages == second.embedded == len(changed)
    assert second.reused == second.chunks - second.embedded > 0
    assert (second.added, second.deleted) == (2, 2)  # ferry and new-clinic in; ferry and no-metadata out
    manifest = read_manifest(settings.index_dir)
    assert len(manifest.segments) == 2
    assert manifest.segments[0].deleted == ("ferry-timetable.txt", "no-metadata.txt")
    assert snapshot(settings) == full_rebuild(settings, tmp_path)


def test_metadata_change_re_embeds_that_article(settings: Settings) -> None:
    embedder = CountingEmbedder()
    build(settings, embedder=embedder)
    toml = settings.corpus_dir / "articles.toml"
    toml.write_text(toml.read_text().replace('publication = "Harbour News"', 'publication = "Island Times"'))
    embedder.passages = 0
    report = build(settings, embedder=embedder)
    ferry = [c for c in load_index(settings.index_dir).chunks if c.citation.source == "ferry-timetable.txt"]
    assert report.embedded == len(ferry) and all(c.citation.publication == "Island Times" for c in ferry)


def test_changed_chunk_settings_rebuild_everything(settings: Settings) -> None:
    embedder = CountingEmbedder()
    build(settings, embedder=embedder)
    report = build(settings.with_(chunk_tokens=60), embedder=embedder)
    assert report.reused == 0 and report.embedded == report.chunks
    assert len(read_manifest(settings.index_dir).segments) == 1


def test_unchanged_corpus_embeds_nothing(settings: Settings, tmp_path: Path) -> None:
    embedder = CountingEmbedder()
    build(settings, embedder=embedder)
    embedder.passages = 0
    report = build(settings, embedder=embedder)
    assert embedder.passages == 0 and report.embedded == 0 and report.bytes_written == 0


def test_a_deletion_is_a_tombstone_and_writes_no_segment(settings: Settings, tmp_path: Path) -> None:
    embedder = CountingEmbedder()
    build(settings, embedder=embedder)
    (settings.corpus_dir / "budget-row.txt").unlink()
    embedder.passages = 0
    report = build(settings, embedder=embedder, merge=False)
    manifest = read_manifest(settings.index_dir)
    assert embedder.passages == 0 and report.deleted == 1 and report.added == 0
    assert [s.deleted for s in manifest.segments] == [("budget-row.txt",)]
    assert report.bytes_written < 10_000  # the manifest alone
    assert snapshot(settings) == full_rebuild(settings, tmp_path)
    merged = build(settings, embedder=embedder).merges  # a third of the segment is gone: rewritten
    assert len(merged) == 1 and read_manifest(settings.index_dir).segments[0].deleted == ()
    assert snapshot(settings) == full_rebuild(settings, tmp_path, "again")


def test_an_update_reads_and_hashes_only_what_changed(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With every file's stat vouched for, an update reads one file and hashes none of the others."""
    for n in range(30):
        (settings.corpus_dir / f"extra-{n:02d}.txt").write_text(
            f"Extra {n}\n\nThe extra story number {n} is here.\n"
        )
    monkeypatch.setattr(corpus_module, "RACY_SECONDS", 0)
    build(settings, embedder=HashingEmbedder(256))
    read: list[str] = []
    hashed: list[str] = []
    real_read, real_hash = scan_module.read_article, scan_module.sha256_file
    monkeypatch.setattr(scan_module, "read_article", lambda p, m: read.append(p.name) or real_read(p, m))
    monkeypatch.setattr(scan_module, "sha256_file", lambda p, n: hashed.append(p.name) or real_hash(p, n))
    (settings.corpus_dir / "extra-07.txt").write_text("Extra seven\n\nThe seventh story was rewritten.\n")
    report = build(settings, embedder=HashingEmbedder(256))
    assert read == hashed == ["extra-07.txt"]
    assert (report.added, report.deleted) == (1, 1)


def _random_change(corpus: Path, rng: random.Random, step: int) -> None:
    names = sorted(p.name for p in corpus.glob("*.txt"))
    kind = rng.choice(["add", "add", "edit", "delete"] if len(names) > 3 else ["add"])
    name = f"story-{step:03d}.txt" if kind == "add" else rng.choice(names)
    if kind == "delete":
        (corpus / name).unlink()
        return
    words = ["ferry", "clinic", "budget", "harbour", "board", "GP", "CCG", "winter", "pharmacy"]
    body = " ".join(rng.choice(words) for _ in range(rng.randint(8, 40)))
    comment = "\n\nReaders' comments (1)\n\n  • A reader wrote about the ferry and the clinic today.\n" * (
        step % 3 == 0
    )
    (corpus / name).write_text(
        f"Story {step}\n\n{body.capitalize()}.\n\nMore about {words[step % 9]}.{comment}"
    )


@pytest.mark.parametrize("seed", [0, 1])
def test_every_version_through_updates_and_merges_equals_a_full_rebuild(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    """Random adds, edits and deletions, one build each, with merges made frequent: each version
    reads exactly like a full rebuild of the same corpus, and so does the fully merged one."""
    from askccg import merge

    monkeypatch.setattr(merge, "MERGE_FACTOR", 3)
    rng = random.Random(seed)
    build(settings, embedder=HashingEmbedder(256))
    merged = 0
    for step in range(14):
        _random_change(settings.corpus_dir, rng, step)
        report = build(settings, embedder=HashingEmbedder(256))
        merged += len(report.merges)
        if step % 4 == 3:
            assert snapshot(settings) == full_rebuild(settings, tmp_path, f"full-{step}")
    assert merged > 0
    assert len(read_manifest(settings.index_dir).segments) < 6
    expected = full_rebuild(settings, tmp_path, "full-end")
    assert snapshot(settings) == expected
    merge_all(settings.index_dir)
    (segment,) = read_manifest(settings.index_dir).segments
    assert segment.deleted == ()
    assert snapshot(settings) == expected


def test_a_reader_swapping_versions_reads_only_the_new_segment(
    built: Settings, embedder: HashingEmbedder
) -> None:
    from askccg.segment import SegmentCache

    cache = SegmentCache()
    old = load_index(built.index_dir, cache)
    (built.corpus_dir / "new.txt").write_text("New\n\nA new article about the harbour board.\n")
    build(built, embedder=embedder)
    new = load_index(built.index_dir, cache)
    assert new.segments[0] is old.segments[0]  # reused, not read again
    assert len(new.segments) == 2 and isinstance(new, Index)


def test_full_rebuild_of_the_same_corpus_is_byte_identical(settings: Settings, tmp_path: Path) -> None:
    build(settings, embedder=HashingEmbedder(256))
    a = snapshot(settings)
    assert a == full_rebuild(settings, tmp_path)
    assert np.frombuffer(a["vectors"], dtype=np.float32).size > 0
