"""The HTTP side of the UI: API answers, length cap, bounded queue, no file routes."""

from __future__ import annotations

import html
import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import pytest

from askccg.api import Assistant
from askccg.config import Settings
from askccg.embed import HashingEmbedder
from askccg.server import HOST
from askccg.ui import DEFAULT_PORT, launch, resolve_port

from .browser import free_port

pytestmark = pytest.mark.server


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


def test_http_client_gets_answer_and_structured_sources(app: Any) -> None:
    from gradio_client import Client

    client = Client(app.local_url, verbose=False)
    result = client.predict("When will the island ferry sail twice a day?", api_name="/ask")
    assert result["refused"] is False and "[1]" in result["answer"]
    source = result["sources"][0]
    assert source["title"] == "Island ferry timetable changes announced"
    assert {"publication", "date", "passage", "start", "end", "kind", "location"} <= set(source)
    follow = client.predict(
        "What about the harbour master?", ["When will the island ferry sail?"], api_name="/ask"
    )
    assert "query" in follow
    assert "empty" in client.predict("", api_name="/ask")["error"]


def test_server_caps_question_length_whatever_the_browser_does(app: Any) -> None:
    from gradio_client import Client

    result = Client(app.local_url, verbose=False).predict("ferry " * 2000, api_name="/ask")
    assert "limit is 2,000" in result["error"] and result["sources"] == []


def _status(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_no_route_serves_files_from_disk(app: Any, built: Settings) -> None:
    base = app.local_url.rstrip("/")
    corpus = built.corpus_dir.resolve()
    index = built.index_dir.resolve()
    targets = [
        "/etc/passwd",
        str(corpus / "articles.toml"),
        str(corpus / "ferry-timetable.txt"),
        str(index / "manifest.json"),
        "../../../../etc/passwd",
        "..%2f..%2f..%2f..%2fetc%2fpasswd",
        "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "corpus/articles.toml",
        "embeddings/manifest.json",
    ]
    prefixes = ["/file=", "/gradio_api/file=", "/static/", "/assets/", "/gradio_api/", "/"]
    secrets = [b"root:x:0:0", b"Island ferry timetable", b'"format_version"', b"[[article]]"]
    for prefix in prefixes:
        for target in targets:
            code, body = _status(base + prefix + target)
            assert code in (403, 404), (prefix + target, code)
            assert not any(s in body for s in secrets), prefix + target


class SlowEmbedder(HashingEmbedder):
    def encode(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        time.sleep(1.0)
        return super().encode(texts, batch_size=batch_size, progress=progress)


def test_a_full_queue_answers_busy_instead_of_hanging(built: Settings) -> None:
    from gradio_client import Client

    served = launch(
        Assistant(built, embedder=SlowEmbedder(256)),
        port=free_port(),
        block=False,
        queue_size=1,
        concurrency=1,
    )
    outcomes: list[str] = []

    def one() -> None:
        try:
            Client(served.local_url, verbose=False).predict("ferry", api_name="/ask")
            outcomes.append("answered")
        except Exception as exc:  # noqa: BLE001 - any client error is an outcome to count
            outcomes.append(
                "busy" if "queue" in str(exc).lower() and "full" in str(exc).lower() else str(exc)
            )

    started = time.perf_counter()
    threads = [threading.Thread(target=one) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    served.close()
    assert len(outcomes) == 6 and time.perf_counter() - started < 60
    assert "answered" in outcomes and "busy" in outcomes, outcomes
    assert set(outcomes) <= {"answered", "busy"}, outcomes


def test_port_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_port(None) == DEFAULT_PORT == 7860
    monkeypatch.setenv("GRADIO_SERVER_PORT", "7999")
    assert resolve_port(None) == 7999
    assert resolve_port(8001) == 8001


def test_the_page_overview_follows_a_rebuilt_index(built: Settings, embedder: HashingEmbedder) -> None:
    from askccg.builder import build
    from askccg.ui import Handlers

    handlers = Handlers(Assistant(built, embedder=embedder))
    status, corpus, publications, _, welcome = handlers.overview()
    assert "Lighthouse keepers" not in corpus and "Lighthouse Weekly" not in publications
    assert "The archive holds 3 articles" in welcome
    (built.corpus_dir / "lighthouse.txt").write_text(
        "Lighthouse keepers return to the point\n\nThe keepers said the lamp would be lit nightly.\n",
        encoding="utf-8",
    )
    with (built.corpus_dir / "articles.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[[article]]\nfile = "lighthouse.txt"\npublication = "Lighthouse Weekly"\n')
    build(built, embedder=embedder)
    new_status, corpus, publications, _, welcome = handlers.overview()  # the same page, reloaded
    assert "Lighthouse keepers return to the point" in corpus and "Lighthouse Weekly" in publications
    assert "The archive holds 4 articles" in welcome and "Lighthouse Weekly" in welcome
    assert new_status != status


def test_missing_or_stale_index_is_announced_with_the_rebuild_command(settings: Settings) -> None:
    from askccg.ui import Handlers, index_status

    assistant = Assistant(settings, embedder=HashingEmbedder(256))
    status = index_status(assistant)
    assert "no index" in status and "askccg build" in status
    *_, last = Handlers(assistant).respond("anything", [], [], "All publications", "Articles only", "", "")
    assert "askccg build" in last[1][-1]["content"]


def test_a_running_page_and_its_api_notice_an_edited_article(
    built: Settings, embedder: HashingEmbedder
) -> None:
    """Issue 14.2: after an article is edited, the next answer says so (chat and JSON)."""
    from askccg.ui import Handlers

    handlers = Handlers(Assistant(built, embedder=embedder))
    assert handlers.ask_api("When will the island ferry sail?")["notes"] == []
    (built.corpus_dir / "ferry-timetable.txt").write_text("Ferry\n\nThe ferry is cancelled.\n")
    data = handlers.ask_api("When will the island ferry sail?")
    assert any("ferry-timetable.txt changed" in n for n in data["notes"])
    *_, last = handlers.respond("When will the island ferry sail?", [], [], "All publications", "", "", "")
    assert "ferry-timetable.txt changed" in html.unescape(last[1][-1]["content"])


def _call_ask(base: str, body: bytes) -> str:
    """POST raw JSON to Gradio's /call/ask and return the streamed result event's data."""
    request = urllib.request.Request(
        f"{base}/gradio_api/call/ask", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        event = json.loads(response.read())["event_id"]
    with urllib.request.urlopen(f"{base}/gradio_api/call/ask/{event}", timeout=10) as response:
        stream = response.read().decode("utf-8")
    return stream


def test_a_lone_surrogate_over_http_is_a_clear_error(app: Any) -> None:
    """Issue 14.5: a JSON \\ud800 escape gave success: false, error: null and a server traceback."""
    base = app.local_url.rstrip("/")
    stream = _call_ask(base, b'{"data": ["ferry \\ud800 times", []]}')
    assert "event: complete" in stream and "not valid UTF-8" in stream, stream
    stream = _call_ask(base, b'{"data": ["What about the harbour?", ["ferry \\udcff"]]}')
    assert "event: complete" in stream and "history item 1" in stream, stream


def _request(
    url: str, *, method: str = "GET", headers: dict[str, str] | None = None, data: bytes | None = None
):  # type: ignore[no-untyped-def]
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _multipart(size: int) -> tuple[bytes, str]:
    boundary = "askccgboundary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="x.txt"\r\n'
            "Content-Type: text/plain\r\n\r\n"
        ).encode()
        + b"x" * size
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


def test_only_the_bound_host_names_are_answered(app: Any) -> None:
    """Issue 14.8: a DNS-rebinding page (Host: rebind.evil.example) gets no answer and no CORS grant."""
    base = app.local_url.rstrip("/")
    port = base.rsplit(":", 1)[1]
    for host in ("rebind.evil.example", f"rebind.evil.example:{port}", "127.0.0.1.evil.example", "[::2]"):
        for path in ("/", "/config", "/gradio_api/info"):
            code, headers, body = _request(base + path, headers={"Host": host, "Origin": f"http://{host}"})
            assert code == 400, (host, path, code)
            assert not any(k.lower() == "access-control-allow-origin" for k in headers), headers
            assert b"askccg" not in body
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost"):
        code, _, body = _request(base + "/", headers={"Host": host})
        assert code == 200 and b"askccg" in body, host


def test_a_foreign_origin_is_refused_and_never_granted(app: Any) -> None:
    base = app.local_url.rstrip("/")
    code, headers, _ = _request(
        base + "/gradio_api/call/ask",
        method="POST",
        headers={"Origin": "http://evil.example", "Content-Type": "application/json"},
        data=b'{"data": ["ferry", []]}',
    )
    assert code == 403 and "access-control-allow-origin" not in {k.lower() for k in headers}


def _upload_status(base: str, body: bytes, headers: dict[str, str], declared: int) -> int:
    """POST to the upload route declaring ``declared`` bytes but sending only ``body``:
    the guard answers from the headers, before a large body is ever read."""
    import http.client
    from urllib.parse import urlparse

    url = urlparse(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    conn.putrequest("POST", "/gradio_api/upload")
    for key, value in {**headers, "Content-Length": str(declared)}.items():
        conn.putheader(key, value)
    conn.endheaders()
    conn.send(body[:declared])
    try:
        status = conn.getresponse().status
    finally:
        conn.close()
    return status


@pytest.mark.parametrize(
    ("add_articles", "hosts"), [(False, ()), (None, ("askccg.test",))], ids=["off", "auto-with-allow-host"]
)
def test_uploads_are_refused_where_no_component_takes_files(
    built: Settings, embedder: HashingEmbedder, add_articles: bool | None, hosts: Sequence[str]
) -> None:
    """Issue 14.8: the upload route stored any file (100 MB accepted, foreign Origin too).
    Issue 12: with the Add articles tab off (asked, or by default once --allow-host names
    another host) every upload is still refused."""
    served = launch(
        Assistant(built, embedder=embedder),
        port=free_port(),
        block=False,
        hosts=hosts,
        add_articles=add_articles,
    )
    try:
        base = served.local_url.rstrip("/")
        body, content_type = _multipart(10)
        for declared, origin in ((len(body), None), (100_000_000, None), (len(body), "http://evil.example")):
            headers = {"Content-Type": content_type, **({"Origin": origin} if origin else {})}
            assert _upload_status(base, body, headers, declared) == 403, (declared, origin)
    finally:
        served.close()


def test_with_the_add_articles_tab_uploads_are_taken_and_bounded(app: Any) -> None:
    """Issue 12: on loopback the tab is on: an upload is taken; one past the per-upload limit
    is refused from its declared length (413), another site's upload is refused (403)."""
    from askccg.adding import MAX_UPLOAD_BYTES

    base = app.local_url.rstrip("/")
    body, content_type = _multipart(10)
    headers = {"Content-Type": content_type}
    assert _upload_status(base, body, headers, len(body)) == 200
    assert _upload_status(base, body, headers, MAX_UPLOAD_BYTES + 2_000_000) == 413
    assert _upload_status(base, body, {**headers, "Origin": "http://evil.example"}, len(body)) == 403


def test_the_guard_bounds_uploads_even_without_a_declared_length() -> None:
    """Where uploads are on (the Add articles tab), a body past the limit is cut off as it arrives."""
    import asyncio

    from askccg.server import Guard, UploadTooLargeError

    received: list[int] = []

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        while True:
            message = await receive()
            received.append(len(message.get("body", b"")))
            if not message.get("more_body"):
                break

    chunks = [{"type": "http.request", "body": b"x" * 600, "more_body": True} for _ in range(3)]

    async def receive():  # type: ignore[no-untyped-def]
        return chunks.pop(0)

    async def send(message):  # type: ignore[no-untyped-def]
        pass

    guard = Guard(app, hosts=["127.0.0.1"], allowed_origins=[], upload_limit=1000)
    scope = {"type": "http", "path": "/gradio_api/upload", "headers": [(b"host", b"127.0.0.1:7860")]}
    with pytest.raises(UploadTooLargeError):
        asyncio.run(guard(scope, receive, send))
    assert sum(received) <= 1000


def test_a_host_name_the_user_adds_is_answered(built: Settings, embedder: HashingEmbedder) -> None:
    served = launch(Assistant(built, embedder=embedder), port=free_port(), block=False, hosts=["askccg.test"])
    try:
        base = served.local_url.rstrip("/")
        port = base.rsplit(":", 1)[1]
        assert _request(base + "/", headers={"Host": f"askccg.test:{port}"})[0] == 200
        assert _request(base + "/", headers={"Host": f"other.test:{port}"})[0] == 400
    finally:
        served.close()
