"""Remove page furniture before extraction.

Patterns live in ``lang/id/boilerplate.tsv``: each is a regular expression with
a mode — ``line`` drops every line it matches in full, ``inline`` deletes the
match where it stands (``Tinggalkan Balasan`` glued to the headline).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lang import load_table


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[regex.Pattern], list[regex.Pattern]]:
    line_patterns, inline_patterns = [], []
    for mode, pattern in load_table("boilerplate.tsv"):
        compiled = regex.compile(pattern, regex.IGNORECASE | regex.VERSION1)
        (line_patterns if mode == "line" else inline_patterns).append(compiled)
    return line_patterns, inline_patterns


def _strip_inline(text: str) -> str:
    for pattern in _patterns()[1]:
        text = pattern.sub("", text)
    return text


def is_furniture_line(line: str) -> bool:
    stripped = line.strip()
    return any(pattern.fullmatch(stripped) for pattern in _patterns()[0])


def clean_text(text: str) -> str:
    """Body text without furniture lines; paragraphs kept, runs of blank lines folded."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    kept: list[str] = []
    for line in _strip_inline(text).split("\n"):
        if is_furniture_line(line):
            continue
        line = line.rstrip()
        if not line.strip() and (not kept or not kept[-1].strip()):
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept).strip()


def clean_title(title: str) -> str:
    return " ".join(_strip_inline(title).split())
