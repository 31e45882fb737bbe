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

import numpy as np

from .cleaning import clean
from .corpus import decode_article, listed_files, load_metadata, printable_name, stat_key
from .corpus_writer import NewArticle, Written, write_articles
from .documents import is_iso_date
from .duplicates import DUPLICATE_SHARE, body_keys, key_hashes, shared_counts
from .errors import AskccgError, CorpusError, InputError
from .extraction import FIELD_NAMES, Extracted, Field, canonical_text, extract, field_lines
from .index import Catalogue
from .metadata import METADATA_FILE
from .sniff import sniff

MAX_FILE_BYTES = 20_000_000  # one file as delivered (a PDF with images is larger than its text)
MAX_UPLOAD_BYTES = 60_000_000  # all files of one upload or one `askccg add`
MAX_FILES = 200  # files in one upload or one `askccg add`
BATCH = " (earlier in this batch)"
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
    """What the corpus already holds, for duplicate checks: paragraph keys and file hashes.

    An article the index holds unchanged (the same stat as its record in ``catalogue``)
    is checked with the keys and hashes its segment stored, without reading it; only
    files the index cannot vouch for are read. So the check costs the new files, not
    the archive. Without a catalogue every file is read.
    """

    def __init__(self, corpus_dir: Path, catalogue: Catalogue | None = None) -> None:
        self.bodies: dict[str, set[str]] = {}  # files read now (and earlier files of this batch)
        self.originals: dict[str, str] = {}  # sha256 of a file -> its name
        self.stored: list[tuple[list[str], np.ndarray, np.ndarray, np.ndarray]] = []
        files, _ = listed_files(corpus_dir)
        vouched, unread = _vouched(files, catalogue)
        if unread:
            known = catalogue.blocks if catalogue else None
            metadata = load_metadata(corpus_dir, known)
        for path in unread:
            try:
                data = path.read_bytes()
                raw = decode_article(data, path.name)
            except (AskccgError, OSError):
                continue
            meta = metadata.entries.get(path.name, {})
            self.bodies[path.name] = body_paragraphs(raw, meta.get("title", ""))
            self.originals[sha256(data)] = path.name
        self._stored(vouched, catalogue)
        self._originals(corpus_dir, vouched, catalogue)

    def _stored(self, vouched: set[str], catalogue: Catalogue | None) -> None:
        if catalogue is None:
            return
        for n, part in enumerate(catalogue.parts):
            rows = [r for r in part.records if r.source in vouched and catalogue.live[r.source][0] == n]
            if rows:
                firsts = np.array([r.paragraphs[0] for r in rows], dtype=np.int64)
                counts = np.array([r.paragraphs[1] for r in rows], dtype=np.int64)
                self.stored.append(([r.source for r in rows], part.paragraphs, firsts, counts))
                self.originals.update({r.sha256: r.source for r in rows})

    def _originals(self, corpus_dir: Path, vouched: set[str], catalogue: Catalogue | None) -> None:
        """Hashes of the kept originals and other files beside the articles (read only if the
        index cannot vouch for them)."""
        kept = {}
        if catalogue is not None:
            kept = {r.kept: r for _, r in catalogue.live.values() if r.kept and r.source in vouched}
        with os.scandir(corpus_dir) as entries:
            for entry in entries:
                name = entry.name
                if (
                    name.endswith(".txt")
                    or name.startswith(".")
                    or name == METADATA_FILE
                    or not entry.is_file()
                ):
                    continue
                st = entry.stat()
                record = kept.get(name)
                if record is not None and record.kept_stat is not None and record.kept_stat == stat_key(st):
                    self.originals[record.kept_sha256] = name
                elif st.st_size <= MAX_FILE_BYTES:
                    self.originals[sha256(Path(entry.path).read_bytes())] = name

    def duplicate_of(self, data: bytes, body: set[str]) -> str:
        """The article this one duplicates ("" if none), with how much of it is already there."""
        same = self.originals.get(sha256(data))
        if same:
            return f"{same}: the same file"
        if not body:
            return ""
        needed = DUPLICATE_SHARE * len(body)
        found: dict[str, int] = {name: len(body & other) for name, other in self.bodies.items()}
        keys = key_hashes(body)
        for names, paragraphs, firsts, counts in self.stored:
            shared = shared_counts(keys, paragraphs, firsts, counts)
            found.update({names[i]: int(shared[i]) for i in np.flatnonzero(shared >= needed)})
        matches = [name for name, shared in found.items() if shared >= needed]
        if not matches:
            return ""
        corpus = sorted(m for m in matches if not m.endswith(BATCH))
        name = corpus[0] if corpus else next(m for m in found if m in matches)
        return f"{name}: {found[name]} of its {len(body)} paragraphs already there"

    def remember(self, name: str, data: bytes, body: set[str]) -> None:
        self.bodies[name] = body
        self.originals[sha256(data)] = name


def _vouched(
    files: list[tuple[Path, os.stat_result]], catalogue: Catalogue | None
) -> tuple[set[str], list[Path]]:
    """The files the index holds unchanged, and the others (which must be read)."""
    vouched: set[str] = set()
    unread: list[Path] = []
    for path, st in files:
        live = catalogue.live.get(path.name) if catalogue is not None else None
        if live is not None and live[1].stat is not None and live[1].stat == stat_key(st):
            vouched.add(path.name)
        else:
            unread.append(path)
    return vouched, unread


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def body_paragraphs(raw: str, title: str) -> set[str]:
    """The article's kept body lines, folded for comparison (comments and furniture left out)."""
    return body_keys(raw, clean(raw, title).sections)


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
    corpus.remember(f"{shown}{BATCH}", data, body)
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
    items: Sequence[tuple[str, bytes]] | Sequence[Path], corpus_dir: Path, catalogue: Catalogue | None = None
) -> tuple[list[Candidate], list[Skip]]:
    """Read every delivered file: (name, bytes) pairs from an upload, or paths on disk.

    ``catalogue`` (the index's records) spares reading the articles the index holds unchanged.
    """
    corpus = Corpus(corpus_dir, catalogue)
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


def commit(
    corpus_dir: Path, candidates: Sequence[Candidate], catalogue: Catalogue | None = None
) -> list[Added]:
    """Write the candidates into the corpus folder (all or none).

    ``catalogue``: the entries of articles.toml the index holds were checked already.
    """
    articles = [_new_article(c) for c in candidates]
    written = write_articles(corpus_dir, articles, catalogue.blocks if catalogue else None)
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
