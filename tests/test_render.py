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
    assert 'href="#askccg-source-1-1"' in html and "id='askccg-source-1-1'" in html


def test_plain_text_lists_numbered_sources() -> None:
    out = answer_text(_answer("Passage."))
    assert "Sources:" in out and "[1]" in out and "paragraph 2" in out and "a.txt, characters 0-8" in out


MARKDOWN_PAYLOADS = [
    *PAYLOADS,
    '<img src="http://evil.example/track.gif" onerror=alert(1)>',
    "<javascript:alert(1)>",
    "[x]: http://evil.example/ref\n\n[x]",
    "&lt;img src=x onerror=alert(1)&gt;",
    "`code` *bold* _em_ ~~strike~~ | table |",
    "\n# Heading injected\n",
    "[3](javascript:alert(1))",
]


def _markdown_html(text: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).render(text)


def test_markdown_brief_is_inert_whatever_the_corpus_holds() -> None:
    """Issue 14.7: raw HTML, remote images and javascript: links from corpus text stay text."""
    from askccg.documents import AnswerSentence
    from askccg.render import answer_markdown

    for payload in MARKDOWN_PAYLOADS:
        c = Citation("a", payload, payload, "2014", payload, "a.txt", 0, len(payload), "article", 1)
        sentence = AnswerSentence(payload, "a.txt", 0, len(payload), 1, f"{payload} said:", payload, "quote")
        answer = Answer(
            payload,
            f"{payload} said: “{payload}” [1]",
            (c,),
            (Hit(payload, 0.9, c),),
            False,
            sentences=(sentence,),
            query=payload,
        )
        for timeline in (False, True):
            brief = answer_markdown(
                answer if not timeline else Answer(**{**answer.__dict__, "timeline": True})
            )
            html = _markdown_html(brief)
            for tag in ("<img", "<a ", "<script", "<iframe", "<h1", "<code"):
                assert tag not in html, (payload, tag, html)
            # only the brief's own emphasis: the "References" heading and "Searched as"
            assert html.count("<strong>") == 1 and html.count("<em>") <= 1, (payload, html)
            assert "[1]" in html  # the answer's own markers stay readable


def test_quotes_tab_groups_by_speaker_with_counts_roles_and_unattributed_last() -> None:
    from askccg.attribution import Quote
    from askccg.render import quote_groups, quote_line, quotes_html

    def q(speaker: str, role: str, text: str) -> Quote:
        return Quote(text, 0, len(text), speaker, role, "", "a", "a.txt", "T", "Pulse", "2014", "full")

    quotes = [
        q("", "", "Nobody is named for this."),
        q("Dr Jane Roe", "LMC chair", "One thing."),
        q("Bob White", "", "Another thing."),
        q("Dr Jane Roe", "GPC member", "A second thing."),
    ]
    groups = quote_groups(quotes)
    assert [g[0] for g in groups] == ["Dr Jane Roe", "Bob White", "unattributed"]
    assert groups[0][1] == ["GPC member", "LMC chair"] and len(groups[0][2]) == 2
    page = quotes_html(quotes)
    assert page.index("Dr Jane Roe") < page.index("unattributed") and "(2)" in page
    assert quote_line(quotes[0]).startswith("unattributed — ")


def test_an_article_without_a_headline_is_shown_as_such_with_its_file() -> None:
    c = Citation("a", "", "", "", "", "a.txt", 0, 8, "article", 1)
    answer = Answer("q", "[1] Passage.", (c,), (Hit("Passage.", 0.9, c),), False)
    assert "headline not stated &#40;a&#46;txt&#41;" in sources_html(answer)  # inert HTML
    assert "“headline not stated (a.txt)”" in answer_text(answer)


def test_a_quotation_printed_twice_in_one_article_counts_once_in_the_quotes_tab() -> None:
    from askccg.attribution import Quote
    from askccg.render import quote_groups, quotes_html

    def q(start: int, source: str) -> Quote:
        text = "We need to make sure we get that move of resource."
        return Quote(
            text, start, start + len(text), "Dr Jane Roe", "", "", "a", source, "T", "GP", "", "full"
        )

    quotes = [q(10, "a.txt"), q(200, "a.txt"), q(900, "a.txt"), q(10, "b.txt")]
    groups = quote_groups(quotes)
    assert len(groups[0][2]) == 2  # once per article: a.txt's pull quote and caption copies fold
    assert "Dr Jane Roe (2)" in quotes_html(quotes) and "2 quotes from 1 speaker<" in quotes_html(quotes)
