"""The rebuild path as a whole."""

from __future__ import annotations

import pytest

from askccg.builder import build
from askccg.config import Settings
from askccg.embed import HashingEmbedder
from askccg.errors import CorpusError
from askccg.index import MANIFEST


def test_build_reports_articles_chunks_comments(settings: Settings, embedder: HashingEmbedder) -> None:
    report = build(settings, embedder=embedder)
    assert report.articles == 3
    assert report.chunks == report.manifest.chunk_count > 3
    assert report.comments == 2
    assert report.skipped == ()
    assert report.seconds >= report.embed_seconds >= 0


@pytest.mark.parametrize("case", ["empty", "only-bad"])
def test_build_without_articles_fails_and_keeps_index(
    built: Settings, embedder: HashingEmbedder, case: str
) -> None:
    before = (built.index_dir / MANIFEST).read_text()
    for path in built.corpus_dir.glob("*.txt"):
        path.unlink()
    if case == "only-bad":
        (built.corpus_dir / "bad.txt").write_bytes(b"\xff\xff")
    with pytest.raises(CorpusError, match="left unchanged"):
        build(built, embedder=embedder)
    assert (built.index_dir / MANIFEST).read_text() == before


def test_build_of_missing_corpus_folder_fails_cleanly(settings: Settings, embedder: HashingEmbedder) -> None:
    with pytest.raises(CorpusError, match="does not exist"):
        build(settings.with_(corpus_dir=settings.corpus_dir / "missing"), embedder=embedder)
    assert not (settings.index_dir / MANIFEST).exists()


def test_every_file_of_the_committed_index_is_in_git() -> None:
    """A fresh clone must find the index the manifest names (an untracked data folder once slipped)."""
    import shutil
    import subprocess

    from askccg.index import read_manifest

    from .conftest import REPO

    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    tracked = set(
        subprocess.run(
            ["git", "ls-files", "embeddings"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.split()
    )
    manifest = read_manifest(REPO / "embeddings")
    for segment in manifest.segments:
        for name in [".askccg-data", *segment.files]:
            assert f"embeddings/{segment.name}/{name}" in tracked, name
