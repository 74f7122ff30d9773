"""Bytes to text: UTF-8, a documented cp1252 fallback, and binary detection.

A binary file (NUL bytes, or mostly non-printable) is always an error, never a
garbage article.  Text that is not valid UTF-8 is decoded as cp1252 (then
latin-1) with a warning that lands in the record's ``warnings``.  In JSONL each
line is decoded on its own (``decode_line``), so only the lines that are not UTF-8
carry the warning.
"""

from __future__ import annotations

CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}
MAX_NON_PRINTABLE_SHARE = 0.10


class BinaryInputError(ValueError):
    pass


def non_printable_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in CONTROL_OK) or 0x7F <= ord(ch) < 0xA0 or ch == "\ufffd")
    return bad / len(sample)


def _decode(data: bytes, encoding: str = "utf-8-sig") -> tuple[str, list[str]]:
    try:
        return data.decode(encoding), []
    except UnicodeDecodeError as error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        return text, [f"not valid UTF-8 ({error.reason} at byte {error.start}); decoded as cp1252"]


def check_not_binary(head: bytes, *, name: str = "input") -> None:
    """Raise ``BinaryInputError`` when the first bytes of a file are not text."""
    if b"\x00" in head[:65536]:
        raise BinaryInputError(f"{name} is binary (contains NUL bytes)")
    if non_printable_share(_decode(head[:65536])[0]) > MAX_NON_PRINTABLE_SHARE:
        raise BinaryInputError(f"{name} is binary (mostly non-printable characters)")


def decode_bytes(data: bytes, *, name: str = "input") -> tuple[str, list[str]]:
    if b"\x00" in data[:65536]:
        raise BinaryInputError(f"{name} is binary (contains NUL bytes)")
    text, warnings = _decode(data)
    if non_printable_share(text) > MAX_NON_PRINTABLE_SHARE:
        raise BinaryInputError(f"{name} is binary (mostly non-printable characters)")
    return text, warnings


def decode_line(data: bytes, *, first: bool = False) -> tuple[str, list[str]]:
    """One JSONL line; the first may start with a byte-order mark."""
    return _decode(data, "utf-8-sig" if first else "utf-8")
