"""Helpers for tests that drive Debian's Chromium with Playwright (no browser download)."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "test-output"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def chromium_path() -> str:
    path = os.environ.get("ASKCCG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        raise RuntimeError(
            "Chromium not found: `make test` installs Debian's chromium; or set ASKCCG_CHROMIUM"
        )
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Watch:
    """Everything a page does that a test must check: requests, dialogs, errors."""

    def __init__(self, page: Any) -> None:
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def outside(self) -> list[str]:
        return [
            u for u in self.requests if not u.startswith("data:") and urlparse(u).hostname not in LOCAL_HOSTS
        ]


def ask(page: Any, question: str, answers_before: int) -> None:
    """Type a question, submit it, wait until a new answer (not the placeholder) is shown."""
    box = page.locator("#askccg-question textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        """([n]) => {
            const bots = document.querySelectorAll("#askccg-chat [data-testid='bot']");
            return bots.length > n && !bots[bots.length - 1].innerText.includes('Searching the articles');
        }""",
        arg=[answers_before],
        timeout=120_000,
    )


def last_answer(page: Any) -> str:
    return str(page.locator("#askccg-chat [data-testid='bot']").last.inner_text())


def shot(page: Any, name: str) -> Path:
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / name
    page.screenshot(path=str(path), full_page=True)
    return path
