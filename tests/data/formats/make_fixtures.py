"""Write the binary fixtures of tests/data/formats/ (run by hand; the outputs are committed).

The text comes from eval/corpus2 (real public pages from the search tool's stored
web pages); the markup around it is ours, made to look like what people save:

* nuffield-risk-or-reward.pdf: a three-page briefing printed to PDF by Chromium;
* kingsfund-next-steps.docx: a press release written as a Word file;

pulse-letter.html, hcl-co-commissioning.html and new-body-to-champion-ccgs.md are
written by hand beside this script.

    python tests/data/formats/make_fixtures.py
"""

from __future__ import annotations

import html
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS2 = HERE.parents[2] / "eval" / "corpus2"


def lines(name: str) -> list[str]:
    text = (CORPUS2 / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def make_pdf() -> None:
    from playwright.sync_api import sync_playwright

    body = lines("risk-or-reward-the-changing-role-of-ccgs-in-general-practice.txt")
    title = "Risk or reward? The changing role of CCGs in general practice"
    pages = [body[0:2], body[2:4], body[4:]]
    parts = []
    for page in pages:
        items = "".join(f"<p>{html.escape(p)}</p>" for p in page)
        parts.append(
            f"<section class='page'>{items}<footer>Nuffield Trust and The King's Fund</footer></section>"
        )
    doc = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        "<style>body{font:15pt Georgia,serif;margin:0}.page{page-break-after:always}"
        "h1{font-size:22pt}footer{margin-top:40px;font-size:9pt;color:#555}</style></head>"
        f"<body><h1>{html.escape(title)}</h1>{''.join(parts)}</body></html>"
    )
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page()
        page.set_content(doc)
        page.pdf(path=str(HERE / "nuffield-risk-or-reward.pdf"), format="A5", print_background=False)
        browser.close()


def make_docx() -> None:
    import docx

    body = lines("welcoming-nhs-englands-next-steps-on-the-five-year-forward.txt")
    document = docx.Document()
    document.core_properties.title = body[0]
    document.core_properties.author = "Press and Public Affairs"
    document.add_paragraph(body[0], style="Title")
    for line in body[1:]:
        if line == "Notes to editors":
            document.add_heading(line, level=2)
        else:
            document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Press office"
    table.cell(0, 1).text = "020 7307 2632"
    table.cell(1, 0).text = "Out of hours"
    table.cell(1, 1).text = "07584 146 035"
    document.save(str(HERE / "kingsfund-next-steps.docx"))


if __name__ == "__main__":
    make_pdf()
    make_docx()
