"""Article fields as found in the wild, made into clean strings or a clear error.

* **Lone surrogates** (``"\\ud83d"`` in JSON, or a file name that is not UTF-8 read back
  through ``surrogateescape``) cannot be written as UTF-8.  In text fields they become
  U+FFFD with a warning: one code point for one, so offsets into the text stay exact.
  File names are escaped instead (``caf\\xe9``), so the id still tells the file apart.
* **Non-string fields**: a number or a boolean becomes its text with a warning (an ``id``
  that is an integer is taken as is: numeric ids are common); an object or a list is that
  article's error.  Integers too long to print (Python refuses ``str()`` beyond 4,300
  digits) are an error as well.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Optional

import regex

LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


class FieldError(ValueError):
    """A field that cannot be made into text: the article fails with this message."""


def has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def without_surrogates(text: str, field: str, warnings: list[str]) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (a warning says so)."""
    if not has_surrogates(text):
        return text
    cleaned, count = LONE_SURROGATE.subn(REPLACEMENT, text)
    warnings.append(f"{field}: {count} lone UTF-16 surrogate(s) replaced by U+FFFD")
    return cleaned


def printable(value: Optional[str]) -> Optional[str]:
    """``value`` as valid UTF-8, for messages: lone surrogates written as ``\\udcxx`` escapes."""
    if value is None or not has_surrogates(str(value)):
        return value
    return str(value).encode("utf-8", "backslashreplace").decode("utf-8")


def display_path(path: Any) -> str:
    """A path as printable UTF-8: bytes that are not UTF-8 in a file name become ``\\xNN``."""
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


def id_from_file_name(path: Path, warnings: list[str]) -> str:
    stem = path.stem
    escaped = display_path(stem)
    if escaped != stem:
        warnings.append(f"file name is not valid UTF-8; its id is written as {escaped!r}")
    return escaped


def field_text(value: Any, field: str, warnings: list[str]) -> Optional[str]:
    """A metadata field (``id``, ``title``, ``published``, ``url``, ``source``) as text, or ``None``."""
    if value is None:
        return None
    if isinstance(value, str):
        return without_surrogates(value, field, warnings)
    if isinstance(value, (bool, int, float)):
        try:
            text = str(value)
        except ValueError as error:  # ints beyond sys.get_int_max_str_digits()
            raise FieldError(f"field {field!r} is a number too long to write as text ({error})") from None
        if field != "id" or isinstance(value, (bool, float)):
            warnings.append(f"{field}: {type(value).__name__} {text[:40]!r} converted to text")
        return text
    kind = {dict: "an object", list: "a list"}.get(type(value), f"a {type(value).__name__}")
    raise FieldError(f"field {field!r} must be a string, not {kind}")
