"""Serving the UI: our own ASGI app around Gradio's, on 127.0.0.1, guarded.

Gradio's app is mounted inside a FastAPI app of ours (``gradio.mount_gradio_app``),
so the guard below is the outermost layer and our CORS policy replaces Gradio's:

* only the Host names the server is bound to are answered (localhost, 127.0.0.1,
  [::1], plus any the user adds): a DNS-rebinding page, whose requests carry its own
  host name, gets 400 and no ``access-control-allow-origin``;
* a request carrying another site's ``Origin`` is refused (403), and CORS grants
  only our own origins;
* uploads are refused (403) unless the page has a component that takes files, and
  then bounded per request (413), counted as the body arrives, not only by its
  declared length.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from dataclasses import dataclass
from typing import Any

from .errors import AskccgError

HOST = "127.0.0.1"
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
UPLOAD_PATHS = ("/gradio_api/upload", "/upload")
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def host_name(header: str) -> str:
    """The name part of a Host header: ``127.0.0.1:7860`` -> ``127.0.0.1``, ``[::1]:80`` -> ``::1``."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def origins(hosts: Iterable[str], port: int) -> list[str]:
    return [f"http://{f'[{h}]' if ':' in h else h}:{port}" for h in hosts]


class Guard:
    """ASGI middleware: bound host names, same-origin requests, bounded uploads."""

    def __init__(
        self, app: ASGIApp, *, hosts: Iterable[str], allowed_origins: Iterable[str], upload_limit: int
    ):
        self.app = app
        self.hosts = frozenset(h.lower() for h in hosts)
        self.origins = frozenset(o.lower() for o in allowed_origins)
        self.upload_limit = upload_limit  # bytes per upload request; 0 = no uploads at all

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if host_name(headers.get("host", "")) not in self.hosts:
            await _refuse(
                scope, send, 400, "Invalid host header: this server answers only on its own address"
            )
            return
        origin = headers.get("origin", "").lower()
        if origin and origin not in self.origins:
            await _refuse(scope, send, 403, "Requests from other sites are refused")
            return
        if scope["type"] == "http" and scope["path"].rstrip("/").endswith(UPLOAD_PATHS):
            if not self.upload_limit:
                await _refuse(scope, send, 403, "Uploads are off: nothing on this page takes files")
                return
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.upload_limit:
                await _refuse(scope, send, 413, f"Upload larger than {self.upload_limit:,} bytes")
                return
            receive = _bounded(receive, self.upload_limit)
        await self.app(scope, receive, send)


class UploadTooLargeError(Exception):
    """The body grew past the limit while it arrived."""


def _bounded(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def counted() -> Message:
        nonlocal seen
        message = await receive()
        seen += len(message.get("body", b""))
        if seen > limit:
            raise UploadTooLargeError(f"upload larger than {limit:,} bytes")
        return message

    return counted


async def _refuse(scope: Scope, send: Send, status: int, text: str) -> None:
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008})
        return
    body = text.encode("utf-8")
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


@dataclass
class Served:
    """A running server: where it listens, and how to stop it."""

    local_url: str
    server: Any  # uvicorn.Server
    thread: threading.Thread | None
    share: bool = False
    analytics_enabled: bool = False

    def close(self) -> None:
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=30)


def check_port_free(port: int) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((HOST, port))
        except OSError as exc:
            raise AskccgError(
                f"cannot listen on {HOST}:{port} ({exc.strerror}); choose another with --port N"
            ) from None


def serve(
    blocks: Any,
    *,
    port: int,
    block: bool,
    hosts: Iterable[str] = (),
    upload_limit: int = 0,
    file_limit: int = 0,
    **mount: Any,
) -> Served:
    """Serve ``blocks`` (already queued) on 127.0.0.1:``port`` behind the guard.

    ``upload_limit``: bytes per upload request (0: uploads refused); ``file_limit``: bytes per
    uploaded file, enforced by Gradio (defaults to ``upload_limit``).
    """
    import gradio as gr
    import uvicorn
    from fastapi import FastAPI
    from starlette.middleware.cors import CORSMiddleware

    check_port_free(port)
    names = [*LOOPBACK_NAMES, *(h.strip().lower() for h in hosts if h.strip())]
    allowed = origins(names, port)
    outer = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    # Our own CORS policy: Gradio then adds none of its own (mount_gradio_app's documented rule).
    outer.add_middleware(
        CORSMiddleware, allow_origins=allowed, allow_methods=["GET", "POST"], allow_headers=["*"]
    )
    outer.add_middleware(Guard, hosts=names, allowed_origins=allowed, upload_limit=upload_limit)
    gr.mount_gradio_app(
        outer,
        blocks,
        path="/",
        server_name=HOST,
        server_port=port,
        max_file_size=file_limit or upload_limit or 1,
        **mount,
    )
    # Open event streams would hold a graceful shutdown for ever: give them a second.
    config = uvicorn.Config(outer, host=HOST, port=port, log_level="warning", timeout_graceful_shutdown=1)
    server = uvicorn.Server(config)
    url = f"http://{HOST}:{port}/"
    if block:
        print(f"askccg: serving on {url} (Ctrl-C to stop)", file=sys.stderr)
        server.run()
        return Served(url, server, None)
    thread = threading.Thread(target=server.run, name="askccg-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise AskccgError(f"the server on {url} did not start")
        time.sleep(0.05)
    return Served(url, server, thread)
