"""One immutable segment: some articles' passages with everything search needs of them.

A segment is written once into its own data folder (``store.new_data_folder``) and
never changed; later versions of the index delete from it only by tombstones in the
manifest. Its files::

    articles.jsonl   one record per article: hash and stat of its file, its articles.toml
                     entry, its passage rows and paragraph keys
    chunks.jsonl     one record per passage: text, exact span, citation
    vectors.faiss    FAISS index of the passage vectors (exact; IVF past EXACT_MAX)
    sentences.npy    float16 vectors of the passages' sentences, in order
    postings/        BM25 postings: raw term counts, so statistics stay global (lexical.Postings)
    paragraphs.npy   uint64 keys of the articles' body paragraphs (duplicates.py)
    quotes.jsonl     the articles' direct quotations (attribution.Quote)

Articles are stored sorted by file name, each with its passages in order. Every file
is listed in the manifest with its size and sha256, checked before FAISS reads it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from .attribution import Quote, speaker_name_set
from .documents import Chunk, Citation
from .errors import REBUILD_HINT, CorruptIndexError
from .lexical import Postings
from .store import DATA_MARKER, file_digest, fsync_tree, new_data_folder, write_file

VECTORS = "vectors.faiss"
CHUNKS = "chunks.jsonl"
SENTENCES = "sentences.npy"
ARTICLES = "articles.jsonl"
POSTINGS = "postings"
PARAGRAPHS = "paragraphs.npy"
QUOTES = "quotes.jsonl"
RECORD_FILES = (ARTICLES, PARAGRAPHS)  # what a writer needs to know what a segment holds
EXACT_MAX = 200_000
NPROBE_FRACTION = 16  # IVF probes nlist / 16 lists: recall@10 >= 0.95 measured by bench/scale.py
StatKey = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
Stage = Callable[[str], None]


@dataclass(frozen=True)
class ArticleRecord:
    """What a segment knows about one article without reading its passages."""

    source: str
    sha256: str
    entry: dict[str, str]  # its articles.toml fields that reach the index (metadata.META_FIELDS)
    first: int  # its first passage row in the segment
    count: int  # its passages
    paragraphs: tuple[int, int] = (0, 0)  # first and count of its keys in paragraphs.npy
    stat: StatKey | None = None  # of the file as read; None when too recent to vouch for it
    entry_sha256: str = ""  # of its articles.toml block ("" when none, or not split into blocks)
    kept: str = ""  # the original kept beside the text (articles.toml ``kept``)
    kept_sha256: str = ""
    kept_stat: StatKey | None = None
    comments: int = 0  # of its passages, those from reader comments

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, line: str) -> ArticleRecord:
        data = json.loads(line)
        for key in ("stat", "kept_stat"):
            if data.get(key) is not None:
                data[key] = tuple(int(x) for x in data[key])
        data["paragraphs"] = tuple(int(x) for x in data.get("paragraphs", (0, 0)))
        return cls(**data)


@dataclass(frozen=True)
class SegmentInfo:
    """A segment as the manifest lists it, with the articles a later version deleted from it."""

    name: str
    chunks: int
    articles: int
    files: dict[str, dict[str, Any]]  # file -> {"sha256", "bytes"}
    index_type: str = "flat"  # "flat" (exact) or "ivf<nlist>" (approximate), chosen by size
    nprobe: int = 0
    deleted: tuple[str, ...] = ()  # tombstones: sources whose passages no longer count

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SegmentInfo:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["deleted"] = tuple(str(s) for s in known.get("deleted", ()))
        return cls(**known)


@dataclass(frozen=True, eq=False)
class Content:
    """What a writer puts into a new segment, articles sorted by source."""

    records: tuple[ArticleRecord, ...]
    chunks: tuple[Chunk, ...]
    vectors: np.ndarray  # float32, one row per chunk
    sentence_vectors: np.ndarray  # one row per sentence of every chunk, in order
    postings: Postings
    paragraphs: np.ndarray  # uint64
    quotes: tuple[Quote, ...]

    def check(self) -> None:
        if len(self.chunks) != len(self.vectors) or len(self.chunks) != self.postings.size:
            raise ValueError(f"{len(self.chunks)} chunks, {len(self.vectors)} vectors")
        if sum(len(c.sentences) for c in self.chunks) != len(self.sentence_vectors):
            raise ValueError("sentence vectors do not match the chunks' sentences")
        if sum(r.count for r in self.records) != len(self.chunks):
            raise ValueError("article records do not cover the chunks")
        if [r.source for r in self.records] != sorted(r.source for r in self.records):
            raise ValueError("articles must be sorted by source")


@dataclass(frozen=True, eq=False)
class Records:
    """A segment's article records and paragraph keys: all a writer reads of an old segment."""

    name: str
    records: tuple[ArticleRecord, ...]
    paragraphs: np.ndarray

    @cached_property
    def by_source(self) -> dict[str, ArticleRecord]:
        return {r.source: r for r in self.records}


@dataclass(frozen=True, eq=False)
class Segment:
    """A loaded segment: records, passages, vectors, postings and quotes."""

    info: SegmentInfo
    records: Records
    chunks: tuple[Chunk, ...]
    vectors: Any  # faiss.Index
    sentence_vectors: np.ndarray  # float16
    sentence_start: np.ndarray  # row of each chunk's first sentence; len(chunks) + 1 entries
    postings: Postings
    quotes: tuple[Quote, ...]

    @property
    def name(self) -> str:
        return self.info.name

    @cached_property
    def quotes_by_source(self) -> dict[str, tuple[Quote, ...]]:
        out: dict[str, list[Quote]] = {}
        for q in self.quotes:
            out.setdefault(q.source, []).append(q)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def people_by_source(self) -> dict[str, frozenset[str]]:
        """Per article, the ways a question may name the people it quotes."""
        return {
            source: frozenset(speaker_name_set(quotes)) for source, quotes in self.quotes_by_source.items()
        }

    @cached_property
    def people_count(self) -> Counter[str]:
        """Per name, how many of the segment's articles quote someone by it."""
        return Counter(name for names in self.people_by_source.values() for name in names)

    def vector(self, row: int) -> np.ndarray:
        return np.asarray(self.vectors.reconstruct(int(row)), dtype=np.float32)

    def all_vectors(self) -> np.ndarray:
        n = self.vectors.ntotal
        if n == 0:
            return np.zeros((0, self.vectors.d), np.float32)
        return np.asarray(self.vectors.reconstruct_n(0, n), dtype=np.float32)

    def chunk_sentence_vectors(self, row: int) -> np.ndarray:
        return self.sentence_vectors[self.sentence_start[row] : self.sentence_start[row + 1]]


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


def _save_npy(path: Path, array: np.ndarray) -> None:
    with path.open("wb") as handle:
        np.save(handle, array, allow_pickle=False)


def write_segment(
    index_dir: Path, content: Content, dimension: int, stage: Stage
) -> tuple[SegmentInfo, Path]:
    """Write ``content`` as a new segment folder (not yet part of any index); its info and folder."""
    content.check()
    data = new_data_folder(index_dir)
    stage("data-folder-created")
    vectors = np.ascontiguousarray(content.vectors, dtype=np.float32).reshape(-1, dimension)
    faiss_index, index_type, nprobe = vector_index(vectors, dimension)
    faiss.write_index(faiss_index, str(data / VECTORS))
    stage("vectors-written")
    lines = (json.dumps(chunk_record(c), ensure_ascii=False) + "\n" for c in content.chunks)
    write_file(data / CHUNKS, "".join(lines).encode("utf-8"))
    stage("chunks-written")
    _save_npy(data / SENTENCES, np.asarray(content.sentence_vectors, dtype=np.float16))
    stage("sentences-written")
    content.postings.save(data / POSTINGS)
    _save_npy(data / PARAGRAPHS, np.asarray(content.paragraphs, dtype=np.uint64))
    quotes = "".join(json.dumps(asdict(q), ensure_ascii=False) + "\n" for q in content.quotes)
    write_file(data / QUOTES, quotes.encode("utf-8"))
    write_file(data / ARTICLES, "".join(r.to_json() + "\n" for r in content.records).encode("utf-8"))
    fsync_tree(data)
    stage("extras-written")
    files = {
        str(p.relative_to(data)): {"sha256": file_digest(p), "bytes": p.stat().st_size}
        for p in sorted(data.rglob("*"))
        if p.is_file() and p.name != DATA_MARKER
    }
    info = SegmentInfo(
        name=data.name,
        chunks=len(content.chunks),
        articles=len(content.records),
        files=files,
        index_type=index_type,
        nprobe=nprobe,
    )
    return info, data


def verify(index_dir: Path, info: SegmentInfo, names: Sequence[str] | None = None) -> None:
    """The listed files (all when ``names`` is None) exist with their recorded size and sha256."""
    data = index_dir / info.name
    wanted = list(info.files) if names is None else list(names)
    for name in wanted:
        path = data / name
        meta = info.files.get(name)
        if meta is None or not path.is_file():
            raise CorruptIndexError(f"{path} is missing; {REBUILD_HINT}")
        if path.stat().st_size != meta.get("bytes") or file_digest(path) != meta.get("sha256"):
            raise CorruptIndexError(f"{path} is damaged (checksum mismatch); {REBUILD_HINT}")


def _unreadable(path: Path, exc: Exception) -> CorruptIndexError:
    return CorruptIndexError(f"{path} cannot be read ({type(exc).__name__}); {REBUILD_HINT}")


def load_records(index_dir: Path, info: SegmentInfo) -> Records:
    """The segment's article records and paragraph keys, checked; nothing else is read."""
    verify(index_dir, info, RECORD_FILES)
    data = index_dir / info.name
    try:
        with (data / ARTICLES).open(encoding="utf-8") as handle:
            records = tuple(ArticleRecord.from_json(line) for line in handle if line.strip())
        paragraphs = np.load(data / PARAGRAPHS, allow_pickle=False)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise _unreadable(data / ARTICLES, exc) from None
    if len(records) != info.articles or sum(r.count for r in records) != info.chunks:
        raise CorruptIndexError(f"{data / ARTICLES} does not match the manifest; {REBUILD_HINT}")
    return Records(info.name, records, paragraphs)


def load_segment(
    index_dir: Path, info: SegmentInfo, dimension: int, records: Records | None = None
) -> Segment:
    """Read and check a whole segment; a CorruptIndexError names the file when anything is off."""
    verify(index_dir, info, [n for n in info.files if records is None or n not in RECORD_FILES])
    records = records or load_records(index_dir, info)
    data = index_dir / info.name
    name = VECTORS
    try:
        vectors = faiss.read_index(str(data / VECTORS))
        name = CHUNKS
        with (data / CHUNKS).open(encoding="utf-8") as handle:
            chunks = tuple(chunk_from_record(json.loads(line)) for line in handle if line.strip())
        name = SENTENCES
        sentence_vectors = np.load(data / SENTENCES, allow_pickle=False)
        name = POSTINGS
        postings = Postings.load(data / POSTINGS)
        name = QUOTES
        with (data / QUOTES).open(encoding="utf-8") as handle:
            quotes = tuple(Quote(**json.loads(line)) for line in handle if line.strip())
    except (RuntimeError, ValueError, KeyError, TypeError, OSError) as exc:
        raise _unreadable(data / name, exc) from None
    if info.index_type.startswith("ivf"):
        ivf = faiss.extract_index_ivf(vectors)
        ivf.nprobe = info.nprobe
        ivf.make_direct_map()  # so the reranker can read a passage's vector back
    if vectors.ntotal != len(chunks) or vectors.d != dimension or postings.size != len(chunks):
        raise CorruptIndexError(
            f"{data}: {vectors.ntotal} vectors of dimension {vectors.d} but {len(chunks)} chunks "
            f"of dimension {dimension}; {REBUILD_HINT}"
        )
    sentence_start = np.concatenate([[0], np.cumsum([len(c.sentences) for c in chunks])]).astype(np.int64)
    if sentence_vectors.shape != (int(sentence_start[-1]), dimension):
        raise CorruptIndexError(f"{data / SENTENCES} does not match {data / CHUNKS}; {REBUILD_HINT}")
    if len(chunks) != info.chunks:
        raise CorruptIndexError(f"{data / CHUNKS} does not match the manifest; {REBUILD_HINT}")
    return Segment(info, records, chunks, vectors, sentence_vectors, sentence_start, postings, quotes)


@dataclass
class SegmentCache:
    """Loaded segments by folder and name: segments never change, so a reader that swaps to a new
    version of the index reads only the segments that version added."""

    loaded: dict[tuple[str, str], Segment] = field(default_factory=dict)

    def get(self, index_dir: Path, info: SegmentInfo, dimension: int) -> Segment:
        key = (str(index_dir), info.name)
        segment = self.loaded.get(key)
        if segment is None or segment.info.files != info.files:
            segment = load_segment(index_dir, info, dimension)
            self.loaded[key] = segment
        return segment

    def keep(self, index_dir: Path, names: set[str]) -> None:
        """Forget the segments of ``index_dir`` that are not in ``names`` (merged away)."""
        for key in [k for k in self.loaded if k[0] == str(index_dir) and k[1] not in names]:
            del self.loaded[key]
