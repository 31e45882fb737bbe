"""The UI in a real browser: Debian's headless Chromium driven by Playwright.

Each test saves a screenshot under test-output/. Every page load is watched:
no dialog may open and no request may go to any host but localhost.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from askccg.api import Assistant
from askccg.config import Settings
from askccg.ui import launch

from .browser import CHROMIUM_ARGS, REPO, Watch, ask, chromium_path, free_port, last_answer, shot

pytestmark = [pytest.mark.browser, pytest.mark.model]
GPC = "Why did GPC oppose CCG commissioning?"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    settings = Settings(corpus_dir=REPO / "corpus", index_dir=REPO / "embeddings")
    port = free_port()
    app = launch(Assistant(settings), port=port, block=False)
    yield f"http://127.0.0.1:{port}/"
    app.close()


@pytest.fixture
def page(browser: Any, url: str) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1300, "height": 1000})
    p = context.new_page()
    watch = Watch(p)
    p.goto(url)
    p.wait_for_selector("#askccg-question textarea", timeout=60_000)
    yield p, watch
    assert watch.dialogs == []
    assert watch.outside() == []
    context.close()


def test_example_question_gives_an_answer_with_markers_and_its_source(page: tuple[Any, Watch]) -> None:
    p, _ = page
    from playwright.sync_api import expect

    p.get_by_text(GPC, exact=True).first.click()  # the example fills the box
    expect(p.locator("#askccg-question textarea")).to_have_value(GPC, timeout=10_000)
    ask(p, GPC, 0)
    answer = last_answer(p)
    assert "[1]" in answer and "Dr Richard Vautrey, GPC deputy chair" in answer
    sources = p.locator("#askccg-sources").inner_text()
    assert "Give CCGs the budget to commission GPs, says Dixon" in sources
    assert p.locator("#askccg-sources mark").count() >= 1  # the supporting sentence is highlighted
    shot(p, "answer.png")


def test_clicking_a_marker_brings_its_source_into_view(browser: Any, url: str) -> None:
    context = browser.new_context(viewport={"width": 600, "height": 800})  # narrow: sources below the chat
    p = context.new_page()
    watch = Watch(p)
    p.goto(url)
    p.wait_for_selector("#askccg-question textarea", timeout=60_000)
    ask(p, GPC, 0)
    marker = p.locator("#askccg-chat a.askccg-marker").last
    target = marker.get_attribute("href")
    assert target and target.startswith("#askccg-source-")
    marker.click()
    p.wait_for_timeout(500)
    box = p.locator(target).bounding_box()
    assert box is not None and 0 <= box["y"] < 800, box
    shot(p, "marker-click.png")
    assert watch.outside() == [] and watch.dialogs == []
    context.close()


def test_unanswerable_question_is_refused(page: tuple[Any, Watch]) -> None:
    p, _ = page
    ask(p, "What is the capital of France?", 0)
    assert "do not cover this question" in last_answer(p)
    assert "don't cover this" in p.locator("#askccg-sources").inner_text()
    shot(p, "refusal.png")


def test_follow_up_uses_the_conversation(page: tuple[Any, Watch]) -> None:
    p, _ = page
    ask(p, GPC, 0)
    ask(p, "And what did Dixon argue?", 1)
    answer = last_answer(p)
    assert "Searched as: What did Dixon argue about CCG commissioning?" in answer
    assert "Dr Michael Dixon" in answer and "Vautrey" not in answer  # his arguments, not the GPC's reply
    shot(p, "followup.png")


def test_copy_boxes_quotes_and_corpus_tabs(page: tuple[Any, Watch]) -> None:
    p, _ = page
    ask(p, GPC, 0)
    p.get_by_text("Copy this answer").click()
    brief = p.locator("#askccg-brief textarea").input_value()
    assert brief.startswith(f"## {GPC}") and "**References**" in brief and "Pulse, “Give CCGs" in brief
    p.get_by_role("tab", name="Quotes").click()
    assert "Dr Richard Vautrey" in p.locator("body").inner_text()
    p.get_by_role("tab", name="Corpus").click()
    table = p.locator("table").last.inner_text()
    assert "CCGs need freedom to invest" in table and "2017-05-18" in table
    shot(p, "corpus-tab.png")
