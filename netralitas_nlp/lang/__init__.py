"""Language data: readable lexicon files, loaded once and cached.

Every data file lives in ``lang/<lang>/`` and starts with ``#`` comment lines
that name its source.  Two formats:

* ``*.txt`` — one entry per line (``load_list``), or tab-separated columns
  (``load_table``); blank lines and ``#`` comments are ignored.
* ``*.json`` — structured data (``load_json``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import regex

LANG_DIR = Path(__file__).resolve().parent


def data_path(name: str, lang: str = "id") -> Path:
    path = LANG_DIR / lang / name
    if not path.is_file():
        raise FileNotFoundError(f"language data file not found: {path}")
    return path


def data_lines(path: Path):
    """The data lines of a lexicon file at ``path``: blank lines and ``#`` comments skipped."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield line


def read_list(path: Path) -> tuple[str, ...]:
    """Entries of a one-column list file, in file order."""
    return tuple(line.strip() for line in data_lines(path))


def read_table(path: Path) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file (cells stripped; empty cells kept as '')."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in data_lines(path))


@lru_cache(maxsize=None)
def load_list(name: str, lang: str = "id") -> tuple[str, ...]:
    """Entries of a one-column list file of the language data, in file order."""
    return read_list(data_path(name, lang))


@lru_cache(maxsize=None)
def load_table(name: str, lang: str = "id") -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file of the language data."""
    return read_table(data_path(name, lang))


@lru_cache(maxsize=None)
def load_mapping(name: str, lang: str = "id") -> dict[str, str]:
    """A table as a dict, first column to second (a later row wins for a repeated key). Callers that keep
    the dict copy it: the cached one is shared."""
    return {row[0]: row[1] for row in load_table(name, lang)}


@lru_cache(maxsize=None)
def load_kinds(name: str, lang: str = "id", *, kind_column: int = 0) -> dict[str, tuple[str, ...]]:
    """A two-column table of values by kind as kind → its values in file order (`venue_head`, `date_link` …):
    ``kind <TAB> value``, or ``value <TAB> kind`` with ``kind_column=1``.  Callers read the cached dict only."""
    found: dict[str, list[str]] = {}
    for row in load_table(name, lang):
        found.setdefault(row[kind_column], []).append(row[1 - kind_column])
    return {kind: tuple(values) for kind, values in found.items()}


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of literal lexicon forms, longest first, so ``Desember`` wins over ``Des`` and
    ``Kepala Dinas`` over ``Kepala`` (a regex alternation takes the first branch that matches)."""
    return "|".join(regex.escape(form) for form in sorted(set(forms), key=lambda form: (-len(form), form)))


@lru_cache(maxsize=None)
def load_json(name: str, lang: str = "id"):
    with data_path(name, lang).open(encoding="utf-8") as handle:
        return json.load(handle)
