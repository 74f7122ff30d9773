"""Lexicons only the evaluation harness reads (not runtime language data): the pronouns that resolve PFSA-ID
coreference spans, and the role abbreviations expanded before roles are compared."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...lang import read_list, read_table

DATA_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def scorer_list(name: str) -> tuple[str, ...]:
    return read_list(DATA_DIR / name)


@lru_cache(maxsize=None)
def scorer_table(name: str) -> tuple[tuple[str, ...], ...]:
    return read_table(DATA_DIR / name)
