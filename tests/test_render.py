"""Rendering: corpus text is inert in HTML and Markdown, markers link to sources."""

from __future__ import annotations

from askccg.documents import Answer, Citation, Hit
from askccg.render import answer_html, answer_text, inert, sources_html, visible

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "![pixel](http://evil.example/p.png)",
    "[click](javascript:alert(1))",
    "<a href='http://evil.example'>x</a>",
]


def test_inert_leaves_no_markup() -> None:
    for payload in PAYLOADS:
        out = inert(payload)
        for ch in "<>[]()!'\"":
            assert ch not in out


def test_invisible_and_bidi_characters_are_shown() -> None:
    assert visible("a\u202eb\u200bc") == "a<U+202E>b<U+200B>c"
    assert "\u202e" not in inert("x\u202ey")


def _answer(text: str) -> Answer:
    c = Citation("a", "<b>Title</b>", "Pulse", "", "", "a.txt", 0, len(text), "article", 2)
    return Answer("q", "[1] In “<b>Title</b>”: “" + text + "”", (c,), (Hit(text, 0.9, c),), False)


def test_answer_and_sources_html_escape_corpus_text() -> None:
    answer = _answer(PAYLOADS[0])
    html = answer_html(answer) + sources_html(answer)
    assert "<script" not in html and "<b>Title" not in html
    assert 'href="#askccg-source-1"' in html and "id='askccg-source-1'" in html


def test_plain_text_lists_numbered_sources() -> None:
    out = answer_text(_answer("Passage."))
    assert "Sources:" in out and "[1]" in out and "paragraph 2" in out and "a.txt, characters 0-8" in out
