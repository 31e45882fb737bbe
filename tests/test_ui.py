"""The Gradio app over HTTP: safe launch defaults and answers via gradio_client."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from askccg.api import Assistant
from askccg.config import Settings
from askccg.embed import HashingEmbedder
from askccg.ui import DEFAULT_PORT, HOST, launch, resolve_port

pytestmark = pytest.mark.server


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@pytest.fixture
def app(built: Settings, embedder: HashingEmbedder, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.setenv("GRADIO_SHARE", "True")  # must be ignored
    served = launch(Assistant(built, embedder=embedder), port=free_port(), block=False)
    yield served
    served.close()


def test_launch_is_local_without_share_or_analytics(app: Any) -> None:
    assert app.share is False
    assert app.local_url.startswith(f"http://{HOST}:")
    assert app.analytics_enabled is False


def test_http_client_gets_answer_and_sources(app: Any) -> None:
    from gradio_client import Client

    client = Client(app.local_url, verbose=False)
    result = client.predict("When will the island ferry sail twice a day?", api_name="/ask")
    assert result["refused"] is False and "[1]" in result["answer"]
    source = result["sources"][0]
    assert source["title"] == "Island ferry timetable changes announced"
    assert {"publication", "date", "passage", "start", "end", "kind", "location"} <= set(source)
    bad = client.predict("", api_name="/ask")
    assert "empty" in bad["error"]


def test_port_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_port(None) == DEFAULT_PORT == 7860
    monkeypatch.setenv("GRADIO_SERVER_PORT", "7999")
    assert resolve_port(None) == 7999
    assert resolve_port(8001) == 8001
