"""askccg: a local question-answering assistant over a news archive on CCGs.

``import askccg`` is cheap: the model, FAISS and Gradio load on first use.

    >>> from askccg import retrieve, ask
    >>> hits = retrieve("Why did GPC oppose CCG commissioning?", k=3)
    >>> answer = ask("Why did GPC oppose CCG commissioning?")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import Settings
from .documents import Answer, Article, Chunk, Citation, Hit
from .errors import AskccgError

if TYPE_CHECKING:
    from .api import Assistant, ask, quotes, retrieve
    from .builder import build
    from .retriever import Filters

__version__ = "0.1.0"
__all__ = [
    "Answer",
    "Article",
    "AskccgError",
    "Assistant",
    "Chunk",
    "Citation",
    "Filters",
    "Hit",
    "Settings",
    "ask",
    "build",
    "quotes",
    "retrieve",
]
_LAZY = {
    "Assistant": "api",
    "ask": "api",
    "retrieve": "api",
    "quotes": "api",
    "build": "builder",
    "Filters": "retriever",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'askccg' has no attribute {name!r}")
