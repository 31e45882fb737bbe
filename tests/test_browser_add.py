"""Issue 12 in a real browser: add a file from the page, ask about it, see it cited; each
answer keeps its own sources; the 390 px layout; the welcome; no blank bubble.

A copy of the repository's corpus and index is used, so the repository is never changed.
Screenshots (desktop and 390 px wide) go to test-output/.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from askccg.api import Assistant
from askccg.config import Settings
from askccg.ui import launch

from .browser import CHROMIUM_ARGS, REPO, Watch, ask, chromium_path, free_port, last_answer, shot
from .formats import PDF

pytestmark = [pytest.mark.browser, pytest.mark.model, pytest.mark.server]
GPC = "Why did GPC oppose CCG commissioning?"
HOLDER = "What did Holly Holder say about the future of the clinical role in commissioning?"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("archive")
    shutil.copytree(REPO / "corpus", home / "corpus")
    shutil.copytree(REPO / "embeddings", home / "embeddings")
    return home


@pytest.fixture(scope="module")
def url(home: Path) -> Iterator[str]:
    settings = Settings(corpus_dir=home / "corpus", index_dir=home / "embeddings")
    port = free_port()
    app = launch(Assistant(settings), port=port, block=False)  # loopback alone: the tab is on
    yield f"http://127.0.0.1:{port}/"
    app.close()


def open_page(browser: Any, url: str, width: int, height: int) -> tuple[Any, Any, Watch]:
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    watch = Watch(page)
    page.goto(url)
    page.wait_for_selector("#askccg-question textarea", timeout=60_000)
    return context, page, watch


def in_view(page: Any, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and -1 <= box["y"] < height


def test_welcome_then_an_empty_question_leaves_no_bubble(browser: Any, url: str) -> None:
    context, p, watch = open_page(browser, url, 1300, 1000)
    welcome = p.locator("#askccg-chat").inner_text()
    assert "The archive holds 5 articles" in welcome and "GP, Pulse" in welcome and "2017" in welcome
    shot(p, "welcome-desktop.png")
    p.locator("#askccg-question textarea").press("Enter")
    p.wait_for_timeout(1500)
    assert p.locator("#askccg-chat [data-testid='user']").count() == 0
    assert p.locator("#askccg-chat [data-testid='bot']").count() == 0
    assert watch.outside() == [] and watch.dialogs == []
    context.close()


def test_upload_confirm_ask_and_see_the_new_article_cited(browser: Any, url: str, home: Path) -> None:
    from playwright.sync_api import expect

    context, p, watch = open_page(browser, url, 1300, 1000)
    p.get_by_role("tab", name="Add articles").click()
    p.locator("#askccg-add-files input[type=file]").set_input_files(str(PDF))
    table = p.locator("#askccg-add-table")
    expect(table).to_contain_text(
        "Risk or reward? The changing role of CCGs in general practice", timeout=60_000
    )
    expect(table).to_contain_text("PDF")
    shot(p, "add-review-desktop.png")
    p.locator("#askccg-add-confirm").click()
    expect(p.locator("#askccg-added")).to_contain_text("Added 1 article", timeout=180_000)
    expect(p.locator("#askccg-added")).to_contain_text("the index now holds 6 articles")
    shot(p, "add-done-desktop.png")
    assert (home / "corpus" / "risk-or-reward-the-changing-role-of-ccgs-in-general-practice.pdf").is_file()
    p.get_by_role("tab", name="Corpus").click()
    expect(p.locator("#askccg-corpus")).to_contain_text("Risk or reward?")
    p.get_by_role("tab", name="Chat").click()
    ask(p, HOLDER, 0)
    assert "fragile" in last_answer(p)
    sources = p.locator("#askccg-sources").inner_text()
    assert "Risk or reward? The changing role of CCGs in general practice" in sources
    assert re.search(r"\bpages? (?:1-)?2\b", sources), sources  # the quotation is on page 2
    shot(p, "new-article-cited-desktop.png")
    assert watch.outside() == [] and watch.dialogs == []
    context.close()


def test_each_answer_keeps_its_own_sources(browser: Any, url: str) -> None:
    context, p, watch = open_page(browser, url, 1300, 1000)
    ask(p, GPC, 0)
    first_title = p.locator("#askccg-source-1-1 .askccg-title").inner_text()
    ask(p, HOLDER, 1)
    earlier = p.locator("#askccg-chat [data-testid='bot']").first.locator("a.askccg-marker").first
    assert earlier.get_attribute("href") == "#askccg-source-1-1"
    later = p.locator("#askccg-chat [data-testid='bot']").last.locator("a.askccg-marker").first
    assert later.get_attribute("href") == "#askccg-source-2-1"
    assert p.locator("#askccg-source-1-1 .askccg-title").inner_text() == first_title
    assert "Risk or reward" in p.locator("#askccg-source-2-1 .askccg-title").inner_text()
    earlier.click()
    p.wait_for_timeout(500)
    assert in_view(p, "#askccg-source-1-1")
    shot(p, "sources-per-answer-desktop.png")
    assert watch.outside() == [] and watch.dialogs == []
    context.close()


def test_mobile_shows_the_answer_start_its_sources_and_a_way_back(browser: Any, url: str) -> None:
    context, p, watch = open_page(browser, url, 390, 844)
    shot(p, "welcome-390.png")
    ask(p, GPC, 0)
    p.wait_for_timeout(800)
    assert in_view(p, "#askccg-chat [data-testid='bot'] >> nth=-1"), "the start of the answer is visible"
    chat_bottom = p.locator("#askccg-chat").bounding_box()
    sources_top = p.locator("#askccg-sources").bounding_box()
    assert chat_bottom and sources_top
    assert sources_top["y"] - (chat_bottom["y"] + chat_bottom["height"]) < 400, "sources sit next to the chat"
    shot(p, "answer-390.png")
    p.locator("#askccg-chat a.askccg-marker").first.click()
    p.wait_for_timeout(500)
    assert in_view(p, "#askccg-source-1-1")
    shot(p, "source-390.png")
    p.locator("#askccg-source-1-1 a.askccg-back").click()
    p.wait_for_timeout(500)
    assert in_view(p, "#askccg-answer-1")
    assert watch.outside() == [] and watch.dialogs == []
    context.close()
