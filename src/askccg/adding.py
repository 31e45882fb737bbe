"""``askccg add``: files as people have them -> checked articles in ``corpus/``.

Two steps, so the UI can show what was found before anything is written:

1. ``prepare`` reads each file (never more than ``MAX_FILE_BYTES``), decides its
   type from its content, extracts its text and the fields it states, and refuses
   what cannot be added, with a reason: unsupported type, too large, unreadable,
   empty after extraction, or a duplicate of an article already in the corpus (or
   earlier in the same batch) by content.
2. ``commit`` writes the accepted ones (``corpus_writer``: safe names, nothing
   overwritten, the original kept beside the text, one atomic metadata append),
   with any corrections the user made to the fields.

The caller then rebuilds the index incrementally (``builder.build``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .cleaning import clean, normalise
from .corpus import article_files, decode_article, load_metadata, printable_name
from .corpus_writer import NewArticle, Written, write_articles
from .documents import is_iso_date
from .errors import AskccgError, CorpusError, InputError
from .extraction import FIELD_NAMES, Extracted, Field, canonical_text, extract, field_lines
from .sniff import sniff

MAX_FILE_BYTES = 20_000_000  # one file as delivered (a PDF with images is larger than its text)
MAX_UPLOAD_BYTES = 60_000_000  # all files of one upload or one `askccg add`
MAX_FILES = 200  # files in one upload or one `askccg add`
# A new article is a duplicate when this share of its body paragraphs is already, word for
# word (case, quotes and spacing folded), in one existing article: the same story saved
# twice or in two formats differs only in furniture, which the cleaner drops.
DUPLICATE_SHARE = 0.8
MIN_PARAGRAPH_WORDS = 6  # shorter lines ("Share this", captions) say nothing about identity
MIN_WORDS = 15  # fewer words of article text than this is a page of links, not an article
SUFFIX = {"html": ".html", "pdf": ".pdf", "docx": ".docx", "markdown": ".md", "text": ".txt"}
FORMAT_NAMES = {"html": "web page", "pdf": "PDF", "docx": "Word", "markdown": "Markdown", "text": "text"}
EDITED = "entered by the user when adding"


@dataclass(frozen=True)
class Skip:
    """A file that was not added, and why (one line)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Candidate:
    """A file ready to add: what was extracted and what will be written."""

    source: str  # the name as delivered, printable
    data: bytes
    extracted: Extracted
    note: str = ""  # e.g. the name's extension disagrees with the content

    @property
    def format(self) -> str:
        return self.extracted.format

    def value(self, name: str) -> str:
        return self.extracted.field(name)

    @property
    def text(self) -> str:
        """The canonical text that will be stored (and cited)."""
        if self.format == "text":  # plain text is stored as it came, as before `add` existed
            return decode_text_exact(self.data)
        return canonical_text(self.extracted, self.value("title"))

    def edited(self, values: Mapping[str, str]) -> Candidate:
        """This candidate with the user's corrections; a date must be a real yyyy[-mm[-dd]]."""
        fields = {f.name: f for f in self.extracted.fields}
        for name in FIELD_NAMES:
            value = " ".join(str(values.get(name, fields[name].value if name in fields else "")).split())
            if name == "date" and value and not is_iso_date(value):
                raise InputError(
                    f"{self.source}: date {value!r} is not a real date like 2014, 2014-05 or 2014-05-18"
                )
            old = fields.get(name)
            if old is None or old.value != value:
                fields[name] = Field(name, value, EDITED)
        kept = tuple(f for f in fields.values() if f.value)
        return replace(self, extracted=replace(self.extracted, fields=kept))

    def preview(self, lines: int = 6) -> str:
        """The first lines of the stored text, for the review table."""
        shown = [ln.strip() for ln in self.text.splitlines() if ln.strip() and ln.strip() != "\f"]
        return "\n".join(shown[:lines])


@dataclass(frozen=True)
class Added:
    """An article written into the corpus."""

    source: str
    file: str
    kept: str
    format: str
    title: str
    fields: tuple[Field, ...]
    comments: int


@dataclass(frozen=True)
class AddReport:
    added: tuple[Added, ...]
    skipped: tuple[Skip, ...]


def decode_text_exact(data: bytes) -> str:
    """Plain text as stored: UTF-8 without a BOM (UTF-16 converted), otherwise unchanged."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def collect(paths: Iterable[Path]) -> tuple[list[Path], list[Skip]]:
    """The files named, and the files inside the folders named (recursively, hidden ones left out)."""
    files: list[Path] = []
    skipped: list[Skip] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files += [Path(root, n) for n in sorted(names) if not n.startswith(".")]
        elif path.is_file():
            files.append(path)
        else:
            skipped.append(Skip(printable_name(str(path)), "not found (no such file or folder)"))
    return files, skipped


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes; a CorpusError past ``limit``, decided before reading it whole."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise CorpusError(f"too large: {size:,} bytes (the limit is {limit:,})")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise CorpusError(f"unreadable: {exc.strerror}") from None
    if len(data) > limit:
        raise CorpusError(f"too large: over {limit:,} bytes")
    return data


class Corpus:
    """What the corpus already holds, for duplicate checks: paragraph sets and original hashes."""

    def __init__(self, corpus_dir: Path) -> None:
        self.bodies: dict[str, set[str]] = {}
        self.originals: dict[str, str] = {}
        metadata = load_metadata(corpus_dir)
        files, _ = article_files(corpus_dir)
        for path in files:
            try:
                raw = decode_article(path.read_bytes(), path.name)
            except (AskccgError, OSError):
                continue
            meta = metadata.entries.get(path.name, {})
            self.bodies[path.name] = body_paragraphs(raw, meta.get("title", ""))
            self.originals[sha256(path.read_bytes())] = path.name
        for name in os.listdir(corpus_dir):
            kept = corpus_dir / name
            small = kept.is_file() and kept.stat().st_size <= MAX_FILE_BYTES
            if not name.endswith(".txt") and not name.startswith(".") and small:
                self.originals[sha256(kept.read_bytes())] = name

    def duplicate_of(self, data: bytes, body: set[str]) -> str:
        """The article this one duplicates ("" if none), with how much of it is already there."""
        same = self.originals.get(sha256(data))
        if same:
            return f"{same}: the same file"
        if not body:
            return ""
        for name, other in self.bodies.items():
            shared = len(body & other)
            if shared >= DUPLICATE_SHARE * len(body):
                return f"{name}: {shared} of its {len(body)} paragraphs already there"
        return ""

    def remember(self, name: str, data: bytes, body: set[str]) -> None:
        self.bodies[name] = body
        self.originals[sha256(data)] = name


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def body_paragraphs(raw: str, title: str) -> set[str]:
    """The article's kept body lines, folded for comparison (comments and furniture left out)."""
    cleaned = clean(raw, title)
    out = set()
    for section in cleaned.sections:
        if section.kind != "article":
            continue
        for line in raw[section.start : section.end].splitlines():
            key = normalise(line)
            if len(key.split()) >= MIN_PARAGRAPH_WORDS:
                out.add(key)
    return out


def prepare_one(source: str, data: bytes, corpus: Corpus) -> Candidate | Skip:
    """Read one delivered file; a Skip with the reason when it cannot be added."""
    shown = printable_name(source)
    if len(data) > MAX_FILE_BYTES:
        return Skip(shown, f"too large: {len(data):,} bytes (the limit is {MAX_FILE_BYTES:,})")
    sniffed = sniff(data, source)
    if sniffed.format is None:
        return Skip(shown, sniffed.reason)
    try:
        extracted = extract(sniffed.format, data)
        candidate = Candidate(shown, data, extracted, _name_note(source, sniffed.format))
        text = candidate.text
        decode_article(text.encode("utf-8"), shown)  # the stored text must pass the corpus's own checks
    except CorpusError as exc:
        return Skip(shown, str(exc).removeprefix(f"{shown}: "))
    body = body_paragraphs(text, candidate.value("title"))
    cleaned = clean(text, candidate.value("title"))
    words = sum(len(text[s.start : s.end].split()) for s in cleaned.sections)
    if words < MIN_WORDS:
        return Skip(shown, f"empty after extraction: {words} words of text besides site furniture")
    duplicate = corpus.duplicate_of(data, body)
    if duplicate:
        return Skip(shown, f"duplicate by content of {duplicate}")
    corpus.remember(f"{shown} (earlier in this batch)", data, body)
    return candidate


def _name_note(source: str, fmt: str) -> str:
    suffix = os.path.splitext(source)[1].lower()
    expected = {".htm": "html", ".html": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx"}
    expected |= {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text"}
    named = expected.get(suffix)
    if named and named != fmt and {named, fmt} != {"markdown", "text"}:
        return f"named {suffix} but its content is {FORMAT_NAMES[fmt]}; read as {FORMAT_NAMES[fmt]}"
    return ""


def prepare(
    items: Sequence[tuple[str, bytes]] | Sequence[Path], corpus_dir: Path
) -> tuple[list[Candidate], list[Skip]]:
    """Read every delivered file: (name, bytes) pairs from an upload, or paths on disk."""
    corpus = Corpus(corpus_dir)
    candidates: list[Candidate] = []
    skipped: list[Skip] = []
    if len(items) > MAX_FILES:
        raise InputError(f"{len(items)} files at once: add at most {MAX_FILES} at a time")
    total = 0
    for item in items:
        if isinstance(item, Path):
            source = item.name
            try:
                data = read_limited(item)
            except CorpusError as exc:
                skipped.append(Skip(printable_name(str(item)), str(exc)))
                continue
        else:
            source, data = item
        total += len(data)
        if total > MAX_UPLOAD_BYTES:
            skipped.append(
                Skip(printable_name(source), f"too large: the files together pass {MAX_UPLOAD_BYTES:,} bytes")
            )
            continue
        result = prepare_one(source, data, corpus)
        (candidates if isinstance(result, Candidate) else skipped).append(result)  # type: ignore[arg-type]
    return candidates, skipped


def commit(corpus_dir: Path, candidates: Sequence[Candidate]) -> list[Added]:
    """Write the candidates into the corpus folder (all or none)."""
    articles = [_new_article(c) for c in candidates]
    written = write_articles(corpus_dir, articles)
    return [_added(c, w) for c, w in zip(candidates, written, strict=True)]


def _new_article(c: Candidate) -> NewArticle:
    entry = {
        "original": c.source,
        "format": c.format,
        **({"url": c.extracted.url} if c.extracted.url else {}),
        **{name: c.value(name) for name in FIELD_NAMES},
        "kind": "",
        "evidence": field_lines(c.extracted.fields)
        or "the document states no headline, publication, date or author",
    }
    keep = c.format != "text" or c.text.encode("utf-8") != c.data
    stem = c.value("title") or os.path.splitext(c.source)[0]
    return NewArticle(stem, c.text, c.data if keep else b"", SUFFIX[c.format], entry)


def _added(c: Candidate, w: Written) -> Added:
    return Added(
        c.source, w.file, w.kept, c.format, c.value("title"), c.extracted.fields, len(c.extracted.comments)
    )
