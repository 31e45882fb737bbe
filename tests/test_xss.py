"""Untrusted corpus text stays inert in a real browser: 28 payloads, no script, no outside request."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from askccg.api import Assistant
from askccg.builder import build
from askccg.config import Settings
from askccg.embed import HashingEmbedder
from askccg.render import visible
from askccg.ui import launch

from .browser import CHROMIUM_ARGS, Watch, ask, chromium_path, free_port, shot
from .conftest import DATA

pytestmark = pytest.mark.browser
XSS = DATA / "xss" / "corpus"
GROUPS = ["alpha", "bravo", "charlie", "delta", "echo"]
AREAS = ["#askccg-sources", "#askccg-chat [data-testid='bot']", "#askccg-chat [data-testid='user']", "table"]


def payload_lines() -> list[str]:
    lines = XSS.joinpath("harbour-notices.txt").read_text(encoding="utf-8").splitlines()
    return [line.split(": ", 1)[1] for line in lines if " notice " in line and ": " in line]


@pytest.fixture(scope="module")
def xss_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("xss")
    shutil.copytree(XSS, root / "corpus")
    settings = Settings(corpus_dir=root / "corpus", index_dir=root / "embeddings", model="hashing-256")
    embedder = HashingEmbedder(256)
    build(settings, embedder=embedder)
    port = free_port()
    app = launch(Assistant(settings, embedder=embedder), port=port, block=False)
    yield f"http://127.0.0.1:{port}/"
    app.close()


def test_the_fixture_carries_at_least_twenty_payloads() -> None:
    payloads = payload_lines()
    assert len(payloads) >= 20
    assert any("<script" in p for p in payloads) and any("onerror" in p for p in payloads)
    assert any("javascript:" in p for p in payloads) and any("![" in p for p in payloads)
    assert any("\u202e" in p for p in payloads) and any("position:fixed" in p for p in payloads)


def test_payloads_render_as_text_in_the_browser(xss_url: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1300, "height": 1000})
        watch = Watch(page)
        page.goto(xss_url)
        page.wait_for_selector("#askccg-question textarea", timeout=60_000)
        seen = ""
        for n, group in enumerate(GROUPS):
            ask(page, f"{group} notice harbour", n)
            seen += page.locator("#askccg-sources").inner_text() + page.locator("#askccg-chat").inner_text()
        shot(page, "xss-chat.png")
        page.get_by_role("tab", name="Corpus").click()
        seen += page.locator("body").inner_text()
        shot(page, "xss-corpus.png")
        executed = page.evaluate("() => window.__xss")
        dangerous = (
            "div[style*='position:fixed'], iframe, object, embed, base, meta, script, img, style, link, form"
        )
        found = {area: page.locator(f"{area} :is({dangerous})").count() for area in AREAS}
        browser.close()
    assert watch.dialogs == [], watch.dialogs
    assert executed is None
    assert not any(found.values()), found
    assert watch.outside() == [], watch.outside()
    shown = " ".join(seen.split())
    missing = [p for p in payload_lines() if " ".join(visible(p).split())[:25] not in shown]
    assert not missing, missing
    assert "<U+202E>" in shown and "\u202e" not in seen
    assert "<script>alert('title')</script>" in shown  # the headline, shown as text


def test_inert_paths_are_unit_checked_too() -> None:
    from askccg.render import inert

    for payload in payload_lines():
        out = inert(payload)
        assert "<" not in out and ">" not in out and "](" not in out and "\u202e" not in out
