"""Checks of what callers hand the public entry points: questions, k, history, options.

Every check raises ``InputError`` with one line that names the bad value and what is
allowed, so the CLI, the UI, the HTTP API and Python callers all fail the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from .errors import InputError

MAX_K = 100


def check_text(value: object, what: str, max_chars: int) -> str:
    """``value`` stripped, if it is non-empty text of valid Unicode within ``max_chars``."""
    if not isinstance(value, str):
        raise InputError(f"{what} must be text, not {type(value).__name__}")
    text = value.strip()
    if not text:
        raise InputError(f"{what} is empty")
    if len(text) > max_chars:
        raise InputError(f"{what} is {len(text):,} characters long; the limit is {max_chars:,}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            f"{what} is not valid UTF-8 text (an undecodable byte or lone surrogate at character {exc.start})"
        ) from None
    return text


def check_question(question: object, max_chars: int) -> str:
    """The question, stripped, or an InputError saying what is wrong with it."""
    return check_text(question, "the question", max_chars)


def check_k(k: object) -> int:
    """A number of passages: a whole number in 1..100 (not a bool, a float or a string)."""
    if not isinstance(k, int) or isinstance(k, bool):
        raise InputError(f"k={k!r} must be a whole number of passages (1..{MAX_K})")
    if not 1 <= k <= MAX_K:
        raise InputError(f"k={k} is outside the allowed range 1..{MAX_K}")
    return k


def check_optional(value: object, name: str, allowed: type | tuple[type, ...]) -> None:
    """``value`` is None or an instance of ``allowed``."""
    if value is not None and not isinstance(value, allowed):
        names = " or ".join(t.__name__ for t in (allowed if isinstance(allowed, tuple) else (allowed,)))
        raise InputError(f"{name} must be {names} or None, not {type(value).__name__}")


def check_sequence(value: object, name: str) -> Sequence[object]:
    """A list or tuple (a string is not a sequence of items here)."""
    if value is None:
        return ()
    if not isinstance(value, (list, tuple)):
        raise InputError(f"{name} must be a list, not {type(value).__name__}")
    return value
