"""The saved index: a folder of plain files committed by one atomic rename.

Layout of the index folder::

    manifest.json          the commit point: settings, corpus hashes, file checksums
    data-<id>/vectors.faiss    FAISS index (FAISS's own binary format, no pickle)
    data-<id>/chunks.jsonl     one JSON record per vector row: text, span, citation
    data-<id>/...              further parts written by the builder (e.g. BM25)

A build writes a fresh ``data-<id>`` folder, then replaces ``manifest.json`` with
``os.replace``; a build killed at any point leaves the old manifest pointing at the
old, complete data. Loading checks every file's size and sha256 before FAISS reads
it, so a damaged file is reported by name instead of crashing the process.

A build only ever removes what askccg can prove it wrote: data folders holding its
marker file (written first into each folder it creates) and the data folder the
previous manifest named. A folder holding other things and no askccg index is
refused before anything is written to it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from .documents import Chunk, Citation
from .errors import (
    REBUILD_HINT,
    CorruptIndexError,
    IndexFolderError,
    IndexMissingError,
    StaleIndexError,
)
from .stages import reached

FORMAT_VERSION = 3
MANIFEST = "manifest.json"
VECTORS = "vectors.faiss"
CHUNKS = "chunks.jsonl"
SENTENCES = "sentences.npy"
BM25_DIR = "bm25"  # written by the builder (lexical.LexicalIndex)
QUOTES_FILE = "quotes.jsonl"  # written by the builder (attribution.Quote records)
LOCK = ".build.lock"
DATA_MARKER = ".askccg-data"  # first file of every data folder a build creates; holds the folder's name
MAX_MANIFEST_BYTES = 512_000_000  # a manifest lists every article; far past any real archive
EXACT_MAX = 200_000
NPROBE_FRACTION = 16  # IVF probes nlist / 16 lists: recall@10 >= 0.95 measured by bench/scale.py
Writer = Callable[[Path], None]


@dataclass(frozen=True)
class Manifest:
    """Everything needed to tell whether an index still matches corpus and settings."""

    model: str
    dimension: int
    settings: dict[str, Any]
    articles: dict[str, str]  # indexed file -> sha256
    skipped: dict[str, str]  # unreadable file -> sha256 (so it is not "new" next time)
    metadata_sha256: str
    chunk_count: int
    data_dir: str = ""
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    built_at: str = ""
    normalized: bool = True
    metric: str = "inner_product"
    index_type: str = "flat"  # "flat" (exact) or "ivf<nlist>" (approximate), chosen by size
    nprobe: int = 0  # lists searched per query for IVF
    format_version: int = FORMAT_VERSION

    def to_json(self) -> str:
        """JSON with a checksum of its own content, so a flipped bit is caught, not obeyed."""
        data = asdict(self)
        data["checksum"] = _checksum(data)
        return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        if data.pop("checksum", None) != _checksum(data):
            raise ValueError("checksum mismatch")
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def _checksum(data: Mapping[str, Any]) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Index:
    """A loaded index: vectors and chunk records, row for row."""

    folder: Path
    manifest: Manifest
    vectors: Any  # faiss.Index
    chunks: tuple[Chunk, ...]
    sentence_vectors: np.ndarray  # float16, one row per sentence of every chunk, in order
    sentence_start: np.ndarray  # row of each chunk's first sentence; len(chunks) + 1 entries

    def all_vectors(self) -> np.ndarray:
        """Every stored vector, row for row (exact indexes keep them; IVF via its direct map)."""
        n = self.vectors.ntotal
        if n == 0:
            return np.zeros((0, self.manifest.dimension), np.float32)
        if self.manifest.index_type.startswith("ivf"):
            faiss.extract_index_ivf(self.vectors).make_direct_map()
        return np.asarray(self.vectors.reconstruct_n(0, n), dtype=np.float32)

    def chunk_sentence_vectors(self, row: int) -> np.ndarray:
        return self.sentence_vectors[self.sentence_start[row] : self.sentence_start[row + 1]]

    @property
    def data_path(self) -> Path:
        return self.folder / self.manifest.data_dir

    def search(
        self, queries: np.ndarray, k: int, allowed: set[int] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Scores and row numbers of the ``k`` nearest chunks for each query row.

        ``allowed`` restricts the search to those rows (a FAISS ID selector), so
        filters never starve the result list.
        """
        k = max(1, min(k, len(self.chunks) if allowed is None else len(allowed)))
        queries = np.ascontiguousarray(queries, dtype=np.float32)
        if allowed is None:
            return self.vectors.search(queries, k)  # type: ignore[no-any-return]
        selector = faiss.IDSelectorBatch(np.fromiter(allowed, dtype=np.int64))
        if self.manifest.index_type.startswith("ivf"):
            params: Any = faiss.SearchParametersIVF(sel=selector, nprobe=self.manifest.nprobe)  # type: ignore[call-arg]
        else:
            params = faiss.SearchParameters(sel=selector)  # type: ignore[call-arg]
        return self.vectors.search(queries, k, params=params)  # type: ignore[no-any-return]


def chunk_record(chunk: Chunk) -> dict[str, Any]:
    return {
        "id": chunk.chunk_id,
        "text": chunk.text,
        **asdict(chunk.citation),
        "sentences": [list(span) for span in chunk.sentences],
    }


def chunk_from_record(record: Mapping[str, Any]) -> Chunk:
    fields = {k: record[k] for k in Citation.__dataclass_fields__ if k in record}
    sentences = tuple((int(s), int(e)) for s, e in record.get("sentences", ()))
    return Chunk(text=record["text"], citation=Citation(**fields), sentences=sentences)


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_file(path: Path, data: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


@contextlib.contextmanager
def build_lock(folder: Path) -> Iterator[None]:
    """One build at a time per index folder (readers never need the lock).

    A folder holding other things and no askccg index is refused before the lock file is made.
    """
    claim_folder(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / LOCK).open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def new_data_folder(folder: Path) -> Path:
    """A fresh, empty ``data-<id>`` folder carrying askccg's marker (so only askccg removes it)."""
    name = f"data-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}"
    data = folder / name
    data.mkdir()
    _write_file(data / DATA_MARKER, name.encode("ascii"))
    return data


def _is_our_data(entry: Path) -> bool:
    marker = entry / DATA_MARKER
    try:
        return entry.is_dir() and not entry.is_symlink() and marker.read_bytes()[:100] == entry.name.encode()
    except OSError:
        return False


def _is_our_manifest(path: Path) -> bool:
    """An askccg manifest, possibly damaged: JSON naming a format version and a data folder."""
    try:
        with path.open("rb") as handle:
            text = handle.read(MAX_MANIFEST_BYTES + 1).decode("utf-8", "replace")
    except OSError:
        return False
    return '"format_version"' in text and '"data_dir"' in text


def claim_folder(folder: Path) -> None:
    """Refuse, touching nothing, a folder that holds other things and no askccg index."""
    if not folder.exists():
        return
    if not folder.is_dir():
        raise IndexFolderError(f"{folder} is not a folder; choose a folder for the index")
    manifest = folder / MANIFEST
    if manifest.exists() and not _is_our_manifest(manifest):
        raise IndexFolderError(
            f"{folder} is not an askccg index folder ({MANIFEST} is another program's); "
            "choose an empty or new folder for the index"
        )
    if manifest.exists():
        return
    foreign = sorted(e.name for e in folder.iterdir() if e.name != LOCK and not _is_our_data(e))
    if foreign:
        shown = ", ".join(printable(n) for n in foreign[:3]) + (", ..." if len(foreign) > 3 else "")
        raise IndexFolderError(
            f"{folder} is not an askccg index folder (it holds {shown}); "
            "choose an empty or new folder for the index"
        )


def printable(name: str) -> str:
    return name if name.isprintable() else name.encode("unicode_escape").decode("ascii")


def save_index(
    folder: Path,
    manifest: Manifest,
    chunks: list[Chunk],
    vectors: np.ndarray,
    sentence_vectors: np.ndarray,
    extra: Mapping[str, Writer] | None = None,
) -> Manifest:
    """Write a new data folder, then atomically point ``manifest.json`` at it."""
    if len(chunks) != len(vectors):
        raise ValueError(f"{len(chunks)} chunks but {len(vectors)} vectors")
    if sum(len(c.sentences) for c in chunks) != len(sentence_vectors):
        raise ValueError("sentence vectors do not match the chunks' sentences")
    claim_folder(folder)
    folder.mkdir(parents=True, exist_ok=True)
    previous = _previous_data_dir(folder)
    data = new_data_folder(folder)
    data_dir = data.name
    reached("data-folder-created")
    faiss_index, index_type, nprobe = vector_index(
        np.ascontiguousarray(vectors, dtype=np.float32), manifest.dimension
    )
    faiss.write_index(faiss_index, str(data / VECTORS))
    reached("vectors-written")
    lines = (json.dumps(chunk_record(c), ensure_ascii=False) + "\n" for c in chunks)
    _write_file(data / CHUNKS, "".join(lines).encode("utf-8"))
    reached("chunks-written")
    with (data / SENTENCES).open("wb") as handle:
        np.save(handle, np.asarray(sentence_vectors, dtype=np.float16), allow_pickle=False)
    reached("sentences-written")
    for name, writer in (extra or {}).items():
        writer(data / name)
    reached("extras-written")
    files = {
        str(p.relative_to(data)): {"sha256": file_digest(p), "bytes": p.stat().st_size}
        for p in sorted(data.rglob("*"))
        if p.is_file() and p.name != DATA_MARKER
    }
    final = Manifest(
        **{
            **asdict(manifest),
            "data_dir": data_dir,
            "files": files,
            "chunk_count": len(chunks),
            "index_type": index_type,
            "nprobe": nprobe,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
    )
    tmp = data / f"{MANIFEST}.tmp"  # inside our own folder: nothing of the user's is named like it
    _write_file(tmp, final.to_json().encode("utf-8"))
    _fsync_dir(data)
    reached("manifest-written")
    os.replace(tmp, folder / MANIFEST)  # the commit point
    _fsync_dir(folder)
    reached("manifest-committed")
    remove_unused(folder, keep=data_dir, previous=previous)
    reached("cleaned-up")
    return final


def vector_index(vectors: np.ndarray, dimension: int) -> tuple[Any, str, int]:
    """Exact search up to EXACT_MAX vectors; above, an IVF index (k-means lists, probed nprobe at a time).

    Brute force over 200,000 vectors of 384 floats is ~15 ms per question on two cores;
    past that, IVF keeps search fast with recall@10 measured by bench/scale.py.
    """
    n = len(vectors)
    if n <= EXACT_MAX:
        flat = faiss.IndexFlatIP(dimension)
        if n:
            flat.add(vectors)
        return flat, "flat", 0
    nlist = int(4 * np.sqrt(n))
    quantizer = faiss.IndexFlatIP(dimension)
    ivf = faiss.IndexIVFFlat(quantizer, dimension, nlist, faiss.METRIC_INNER_PRODUCT)
    sample = vectors[np.random.default_rng(0).choice(n, size=min(n, 40 * nlist), replace=False)]
    ivf.train(sample)
    ivf.add(vectors)
    nprobe = max(1, nlist // NPROBE_FRACTION)
    ivf.nprobe = nprobe
    return ivf, f"ivf{nlist}", nprobe


def _previous_data_dir(folder: Path) -> str:
    """The data folder the current manifest names ("" if none can be read)."""
    try:
        name = read_manifest(folder).data_dir
    except (IndexFolderError, OSError):
        return ""
    return name if name.startswith("data-") and "/" not in name and name not in (".", "..") else ""


def remove_unused(folder: Path, keep: str, previous: str = "") -> None:
    """Delete the data folders askccg wrote that the manifest no longer names, and nothing else.

    Ours are the folders holding askccg's marker and the one the previous manifest named
    (indexes of format 3 and older have no marker).
    """
    for entry in folder.iterdir():
        if entry.name == keep or not entry.name.startswith("data-"):
            continue
        if _is_our_data(entry) or (entry.name == previous and entry.is_dir() and not entry.is_symlink()):
            shutil.rmtree(entry, ignore_errors=True)


def read_manifest(folder: Path) -> Manifest:
    path = folder / MANIFEST
    if not path.is_file():
        raise IndexMissingError(f"no index in {folder} (no {MANIFEST}); {REBUILD_HINT}")
    try:
        manifest = Manifest.from_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise CorruptIndexError(f"{path} is damaged ({exc or type(exc).__name__}); {REBUILD_HINT}") from None
    if manifest.format_version != FORMAT_VERSION:
        raise StaleIndexError(
            f"{path} has index format {manifest.format_version}, this askccg reads "
            f"{FORMAT_VERSION}; {REBUILD_HINT}"
        )
    return manifest


def verify_files(folder: Path, manifest: Manifest) -> None:
    """Every file the manifest lists exists with its recorded size and sha256."""
    data = folder / manifest.data_dir
    if not manifest.data_dir or not {VECTORS, CHUNKS, SENTENCES} <= set(manifest.files):
        raise CorruptIndexError(f"{folder / MANIFEST} lists no index files; {REBUILD_HINT}")
    for name, info in manifest.files.items():
        path = data / name
        if not path.is_file():
            raise CorruptIndexError(f"{path} is missing; {REBUILD_HINT}")
        if path.stat().st_size != info.get("bytes") or file_digest(path) != info.get("sha256"):
            raise CorruptIndexError(f"{path} is damaged (checksum mismatch); {REBUILD_HINT}")


def load_index(folder: Path) -> Index:
    """Read and verify an index folder; raise with the file's name if anything is off."""
    manifest = read_manifest(folder)
    verify_files(folder, manifest)
    data = folder / manifest.data_dir
    try:
        vectors = faiss.read_index(str(data / VECTORS))
        with (data / CHUNKS).open(encoding="utf-8") as handle:
            chunks = tuple(chunk_from_record(json.loads(line)) for line in handle if line.strip())
        sentence_vectors = np.load(data / SENTENCES, allow_pickle=False)
    except (RuntimeError, ValueError, KeyError, TypeError, OSError) as exc:
        raise CorruptIndexError(f"{data} cannot be read ({type(exc).__name__}); {REBUILD_HINT}") from None
    if manifest.index_type.startswith("ivf"):
        faiss.extract_index_ivf(vectors).nprobe = manifest.nprobe
    if vectors.ntotal != len(chunks) or vectors.d != manifest.dimension:
        raise CorruptIndexError(
            f"{data}: {vectors.ntotal} vectors of dimension {vectors.d} but {len(chunks)} chunks "
            f"of dimension {manifest.dimension}; {REBUILD_HINT}"
        )
    sentence_start = np.concatenate([[0], np.cumsum([len(c.sentences) for c in chunks])]).astype(np.int64)
    if sentence_vectors.shape != (int(sentence_start[-1]), manifest.dimension):
        raise CorruptIndexError(f"{data / SENTENCES} does not match {data / CHUNKS}; {REBUILD_HINT}")
    return Index(
        folder=folder,
        manifest=manifest,
        vectors=vectors,
        chunks=chunks,
        sentence_vectors=sentence_vectors,
        sentence_start=sentence_start,
    )


def setting_reasons(manifest: Manifest, *, model: str, settings: Mapping[str, Any]) -> list[str]:
    """Differences that make the index unusable: its vectors or chunks do not fit these settings."""
    reasons: list[str] = []
    if manifest.model != model:
        reasons.append(f"model differs (index: {manifest.model}, settings: {model})")
    for key in sorted(set(settings) | set(manifest.settings)):
        if manifest.settings.get(key) != settings.get(key):
            reasons.append(
                f"{key} differs (index: {manifest.settings.get(key)}, settings: {settings.get(key)})"
            )
    return reasons


def corpus_reasons(manifest: Manifest, *, files: Mapping[str, str], metadata_sha256: str) -> list[str]:
    """Articles added, removed or changed since the build (the index itself is still consistent)."""
    reasons: list[str] = []
    known = {**manifest.skipped, **manifest.articles}
    for name in sorted(set(known) | set(files)):
        if name not in files:
            reasons.append(f"{name} removed")
        elif name not in known:
            reasons.append(f"{name} added")
        elif known[name] != files[name]:
            reasons.append(f"{name} changed")
    if manifest.metadata_sha256 != metadata_sha256:
        reasons.append("articles.toml changed")
    return reasons


def stale_message(folder: Path, reasons: list[str]) -> str:
    shown = "; ".join(reasons[:5]) + (f"; and {len(reasons) - 5} more" if len(reasons) > 5 else "")
    return f"the index in {folder} is stale: {shown}; {REBUILD_HINT}"


def raise_if_stale(folder: Path, reasons: list[str]) -> None:
    if reasons:
        raise StaleIndexError(stale_message(folder, reasons))
