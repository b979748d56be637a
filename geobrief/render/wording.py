"""How counts read on the page and in the map's tooltips: "1 mention", "3 countries"."""

from __future__ import annotations

from typing import Any


def counted(n: Any, word: str, plural: str | None = None) -> str:
    """``n`` (a number, or None for none) and ``word``, plural unless it is one."""
    n = int(n or 0)
    return f"{n} {word if n == 1 else plural or word + 's'}"
