"""Generate a scaled news corpus from the real articles' sentences, written as plain files.

Usage: python bench/gen_corpus.py OUT_DIR --articles 10000 [--seed 0]

Each article: a headline made from a real sentence's opening words, 8-24 body
sentences drawn from the real corpus (reshuffled), with people's names, figures
and dates varied; a quarter of the articles get 1-7 reader comments built from
the real comments' sentences; and the same site furniture the real files carry
(banners, registration prompts, "comments powered by"), so cleaning does real
work. Metadata goes to articles.toml like the shipped corpus. Deterministic for
a given seed.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from askccg.corpus import load_corpus
from askccg.sentences import sentence_spans

FIRST = """Alex Amira Ben Carla David Elena Fatima George Hannah Imran James Kate Liam Maria Noor Oliver
Priya Rachel Sam Tom""".split()
LAST = """Ahmed Baker Clarke Davies Evans Foster Green Hughes Iqbal Jones Khan Lewis Morgan Patel Roberts Shah
Taylor Walker""".split()
PUBLICATIONS = ["Pulse", "GP", "HSJ", "Health Policy Weekly", "The Commissioner"]
NAME = re.compile(r"\b(Dr|Mr|Mrs|Ms)\s+([A-Z][a-z]+)(\s+[A-Z][a-z]+)?")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
CHROME_TOP = "This site is intended for health professionals only\n\n"
CHROME_END = (
    "Have you registered with us yet?\n\nRegister now to enjoy more articles and free email bulletins\n\n"
    "Sign in\n\ncomments powered by Disqus\n"
)


def real_sentences(corpus: Path) -> tuple[list[str], list[str]]:
    body, comments = [], []
    for article in load_corpus(corpus).articles:
        for section in article.sections:
            text = article.raw[section.start : section.end]
            for s, e in sentence_spans(text):
                sentence = " ".join(text[s:e].split())
                if len(sentence.split()) >= 6:
                    (comments if section.kind == "comment" else body).append(sentence)
    return body, comments


def vary(sentence: str, rng: random.Random) -> str:
    sentence = NAME.sub(lambda m: f"{m.group(1)} {rng.choice(FIRST)} {rng.choice(LAST)}", sentence)
    return NUMBER.sub(
        lambda m: str(round(float(m.group()) * rng.uniform(0.5, 2.0), 1)).removesuffix(".0"), sentence
    )


def article(n: int, body: list[str], comments: list[str], rng: random.Random) -> tuple[str, str]:
    sentences = [vary(s, rng) for s in rng.sample(body, rng.randint(8, min(24, len(body))))]
    title = " ".join(sentences[0].split()[: rng.randint(5, 9)]).rstrip(",.;:") + f" ({n})"
    paragraphs, i = [], 0
    while i < len(sentences):
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[i : i + take]))
        i += take
    text = CHROME_TOP + title + "\n\n" + "\n\n".join(paragraphs) + "\n\n"
    if rng.random() < 0.25:
        picked = [vary(s, rng) for s in rng.sample(comments, rng.randint(1, min(7, len(comments))))]
        text += f"Readers' comments ({len(picked)})\n\n"
        text += "".join(f"  • {c}\n\n    Unsuitable or offensive? Report this comment\n\n" for c in picked)
    return title, text + CHROME_END


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--corpus", type=Path, default=Path("corpus"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    body, comments = real_sentences(args.corpus)
    args.out.mkdir(parents=True, exist_ok=True)
    meta = []
    for n in range(args.articles):
        title, text = article(n, body, comments, rng)
        name = f"article-{n:06d}.txt"
        (args.out / name).write_text(text, encoding="utf-8")
        date = f"{rng.randint(2012, 2020)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        title_toml = title.replace("\\", "\\\\").replace('"', '\\"')
        meta.append(
            f'[[article]]\nfile = "{name}"\ntitle = "{title_toml}"\n'
            f'publication = "{rng.choice(PUBLICATIONS)}"\ndate = "{date}"\nauthor = ""\nkind = "news"\n'
        )
    (args.out / "articles.toml").write_text("\n".join(meta), encoding="utf-8")
    print(
        f"{args.articles} articles from {len(body)} body and {len(comments)} comment sentences in {args.out}"
    )


if __name__ == "__main__":
    main()
