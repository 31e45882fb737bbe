"""One frozen ``Settings`` object; environment variables are read only at the edges.

``Settings.from_env()`` is called by the CLI, the UI and the convenience functions
``askccg.retrieve`` / ``askccg.ask``; library code receives a ``Settings`` and
never looks at the environment itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_MODEL = "all-MiniLM-L6-v2"


def project_root() -> Path:
    """The folder holding ``corpus/`` and ``embeddings/``.

    ``ASKCCG_HOME`` wins; otherwise the checkout this package was installed from
    (editable install), otherwise the current directory.
    """
    env = os.environ.get("ASKCCG_HOME")
    if env:
        return Path(env).expanduser().resolve()
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "corpus").is_dir() and (checkout / "pyproject.toml").is_file():
        return checkout
    return Path.cwd()


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Every knob of askccg, checked when built."""

    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("embeddings")
    model: str = DEFAULT_MODEL
    chunk_tokens: int = 200  # chosen on the dev halves: bench/results/tune-chunks-dev.txt
    chunk_overlap: int = 33
    batch_size: int = 32
    k: int = 5
    mode: str = "hybrid"  # dense | bm25 | hybrid
    rerank: bool = True
    min_relevance: float = 0.5  # calibrated relevance below which ask refuses
    max_question_chars: int = 2000
    llm_url: str = ""  # an OpenAI-compatible endpoint on localhost; "" = grounded answers only
    llm_model: str = "local"
    llm_timeout: float = 30.0
    calibration: Path | None = (
        None  # a calibration file (askccg eval --calibrate OUT); None = the shipped one
    )

    def __post_init__(self) -> None:
        _check_range("chunk_tokens", self.chunk_tokens, 16, 8192)
        _check_range("chunk_overlap", self.chunk_overlap, 0, self.chunk_tokens // 2)
        _check_range("batch_size", self.batch_size, 1, 4096)
        _check_range("k", self.k, 1, 100)
        _check_range("max_question_chars", self.max_question_chars, 10, 100_000)
        if not 0.0 <= self.min_relevance <= 1.0:
            raise ConfigError(f"min_relevance={self.min_relevance} is outside [0, 1]")
        if self.mode not in ("dense", "bm25", "hybrid"):
            raise ConfigError(f"mode={self.mode!r}: use dense, bm25 or hybrid")
        if not self.model.strip():
            raise ConfigError("model must name a sentence-transformers model or folder")
        object.__setattr__(self, "corpus_dir", Path(self.corpus_dir))
        object.__setattr__(self, "index_dir", Path(self.index_dir))
        if self.calibration is not None:
            object.__setattr__(self, "calibration", Path(self.calibration))

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Defaults, then ``ASKCCG_*`` variables, then explicit overrides."""
        root = project_root()
        values: dict[str, Any] = {
            "corpus_dir": root / "corpus",
            "index_dir": root / "embeddings",
        }
        env = os.environ
        for f in fields(cls):
            raw = env.get(f"ASKCCG_{f.name.upper()}")
            if raw is not None and raw != "":
                values[f.name] = _parse(f.name, raw, f.type)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    def chunker_settings(self) -> dict[str, int]:
        return {"chunk_tokens": self.chunk_tokens, "chunk_overlap": self.chunk_overlap}


def _check_range(name: str, value: int, low: int, high: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ConfigError(f"{name}={value!r} is outside the allowed range {low}..{high}")


def _parse(name: str, raw: str, typ: Any) -> Any:
    kind = str(typ)
    if "bool" in kind:
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"ASKCCG_{name.upper()}={raw!r} is not true or false")
    try:
        if "int" in kind:
            return int(raw)
        if "float" in kind:
            return float(raw)
    except ValueError:
        raise ConfigError(f"ASKCCG_{name.upper()}={raw!r} is not a number") from None
    if "Path" in kind:
        return Path(raw).expanduser()
    return raw
