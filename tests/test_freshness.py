"""The per-question stale check, with and without the folder's watch."""

from __future__ import annotations

import pytest

from askccg import corpus as corpus_module
from askccg import freshness as freshness_module
from askccg.builder import build
from askccg.config import Settings
from askccg.embed import HashingEmbedder
from askccg.freshness import Freshness
from askccg.index import load_index


@pytest.mark.parametrize("watch", [True, False])
def test_changes_are_named_and_only_changed_files_hashed(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, watch: bool
) -> None:
    monkeypatch.setattr(corpus_module, "RACY_SECONDS", 0)
    build(settings, embedder=HashingEmbedder(256))
    index = load_index(settings.index_dir)
    hashed: list[str] = []
    real = freshness_module.sha256_file
    monkeypatch.setattr(freshness_module, "sha256_file", lambda p, n: hashed.append(p.name) or real(p, n))
    fresh = Freshness(settings.corpus_dir, watch=watch)
    assert fresh.reasons(index) == [] and hashed == []  # the index vouches for every stat
    (settings.corpus_dir / "budget-row.txt").write_text("Budget\n\nThe row is over.\n")
    (settings.corpus_dir / "ferry-timetable.txt").unlink()
    (settings.corpus_dir / "new.txt").write_text("New\n\nA new story.\n")
    assert fresh.reasons(index) == ["budget-row.txt changed", "ferry-timetable.txt removed", "new.txt added"]
    assert sorted(hashed) == ["budget-row.txt", "new.txt"]
    (settings.corpus_dir / "articles.toml").write_text("")
    assert fresh.reasons(index)[-1] == "articles.toml changed"
    build(settings, embedder=HashingEmbedder(256))
    assert fresh.reasons(load_index(settings.index_dir)) == []  # compared against the new version


def test_a_touched_but_unchanged_file_is_hashed_once_and_not_reported(settings: Settings) -> None:
    build(settings, embedder=HashingEmbedder(256))
    index = load_index(settings.index_dir)
    fresh = Freshness(settings.corpus_dir)
    fresh.reasons(index)
    before = fresh.hashed
    path = settings.corpus_dir / "budget-row.txt"
    path.write_bytes(path.read_bytes())
    assert fresh.reasons(index) == [] and fresh.hashed == before + 1
    assert fresh.reasons(index) == [] and fresh.hashed == before + 1
