"""Incremental rebuilds: only changed articles are embedded, and the result equals a full rebuild."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np

from askccg.builder import build
from askccg.config import Settings
from askccg.embed import HashingEmbedder
from askccg.index import QUOTES_FILE, load_index


class CountingEmbedder(HashingEmbedder):
    def __init__(self) -> None:
        super().__init__(256)
        self.passages = 0

    def encode_passages(self, texts, spans, *, batch_size=32):  # type: ignore[no-untyped-def]
        self.passages += len(texts)
        return super().encode_passages(texts, spans, batch_size=batch_size)


def _records(folder: Path) -> list[dict[str, object]]:
    index = load_index(folder)
    return [json.loads(line) for line in (index.data_path / "chunks.jsonl").read_text().splitlines()]


def test_incremental_rebuild_embeds_only_changes_and_equals_a_full_build(
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

    full = settings.with_(index_dir=tmp_path / "full")
    build(full, embedder=HashingEmbedder(256))
    assert _records(settings.index_dir) == _records(full.index_dir)
    a, b = load_index(settings.index_dir), load_index(full.index_dir)
    assert np.array_equal(a.all_vectors(), b.all_vectors())
    assert np.array_equal(a.sentence_vectors, b.sentence_vectors)
    assert (a.data_path / QUOTES_FILE).read_text() == (b.data_path / QUOTES_FILE).read_text()
    assert a.manifest.articles == b.manifest.articles


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


def test_unchanged_corpus_embeds_nothing(settings: Settings, tmp_path: Path) -> None:
    embedder = CountingEmbedder()
    build(settings, embedder=embedder)
    embedder.passages = 0
    report = build(settings, embedder=embedder)
    assert embedder.passages == 0 and report.embedded == 0
    copy = tmp_path / "copy"
    shutil.copytree(settings.index_dir, copy)
    assert _records(copy) == _records(settings.index_dir)
