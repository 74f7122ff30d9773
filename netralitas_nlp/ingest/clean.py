"""Remove page furniture before extraction.

Patterns live in ``lang/id/boilerplate.tsv``: each is a regular expression with
a mode — ``line`` drops every line it matches in full, ``inline`` deletes the
match where it stands (``Tinggalkan Balasan`` glued to the headline).  Both work
line by line, so an inline end mark anchored with ``$`` closes any paragraph.

What cleaning removes (checked on the seeds and the detik.com pages of
``../shared/corpora/news``):

* ``Tinggalkan Balasan`` (a comment form) glued to the headline;
* end marks ``(*)`` closing a paragraph;
* ``SCROLL TO CONTINUE WITH CONTENT`` and ``ADVERTISEMENT`` interstitials;
* teasers: ``Baca juga: …``, ``Simak juga Video '…':``, ``Lihat juga Video: …``,
  ``Tonton juga video "…" di sini:`` and detik programme promos;
* view counters, also glued to the section line (``Daerah, Prabumulih356 Dilihat``);
* short credit lines (``Editor: …``, ``Penulis: …``) and lines made only of
  share-button labels.

Everything else is kept as written: CRLF becomes LF, non-breaking spaces become
spaces, trailing spaces and runs of blank lines are folded.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lang import load_table


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[regex.Pattern, ...], tuple[regex.Pattern, ...]]:
    """Line and inline patterns, compiled once.  (Kept apart on purpose: one big
    alternation of them backtracks catastrophically under ``fullmatch``.)"""
    by_mode: dict[str, list[regex.Pattern]] = {"line": [], "inline": []}
    for mode, pattern in load_table("boilerplate.tsv"):
        by_mode[mode].append(regex.compile(pattern, regex.IGNORECASE | regex.VERSION1))
    return tuple(by_mode["line"]), tuple(by_mode["inline"])


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
    for line in text.split("\n"):
        line = _strip_inline(line)
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
