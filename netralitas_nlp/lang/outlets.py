"""News outlets (``lang/id/outlets.txt``): mastheads in datelines, sources cited in text, never a person."""

from __future__ import annotations

from functools import lru_cache

from . import load_list


@lru_cache(maxsize=1)
def outlet_names() -> tuple[str, ...]:
    """Outlet names as listed (the list is matched ignoring case)."""
    return load_list("outlets.txt")


@lru_cache(maxsize=1)
def known_outlets() -> frozenset[str]:
    """Case-folded outlet names, for membership tests."""
    return frozenset(name.casefold() for name in outlet_names())
