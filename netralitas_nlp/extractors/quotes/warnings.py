"""Is a statement a warning?  Cues from ``lang/id/warning_cues.tsv`` with negation handling.

The contract counts prohibitions (``jangan``, ``dilarang``), obligations backed by sanction,
legal or disciplinary consequences (``berujung pada masalah hukum``, ``dipidana``) and explicit
cautions (``hati-hati``, ``rawan``).  A negatable cue right after a negator (``tidak ada sanksi``,
``tanpa pelanggaran``) does not count.  The first cue found gives ``warning_type``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from ...lang import alternation, load_list, load_table
from ...lang.speech import speaker_word_kind

NEGATION_WINDOW = 2  # words before a cue that may negate it (`tidak ada sanksi`)
DIRECTIVE_WINDOW = 8  # words a directive may follow at the start of a statement (`seluruh ASN di lingkungan Pemkot agar …`)


@lru_cache(maxsize=None)
def warning_cues() -> dict[str, tuple[str, str]]:
    """cue -> (warning_type, condition): condition ``yes`` (negatable), ``no`` or ``directive``."""
    return {cue.lower(): (kind, condition) for cue, kind, condition in load_table("warning_cues.tsv")}


@lru_cache(maxsize=None)
def directive_pattern() -> regex.Pattern:
    """A directive word among the first words of a statement (`mengingatkan ASN agar …`, `… untuk menjaga …`):
    further on, `untuk` and `harus` belong to some other clause (`dana untuk pembangunan`)."""
    words = alternation(load_list("warning_directives.txt"))
    return regex.compile(rf"\A\W*(?:\S+\s+){{0,{DIRECTIVE_WINDOW}}}?(?:{words})(?![\p{{L}}-])", regex.IGNORECASE)


@lru_cache(maxsize=None)
def cue_pattern() -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}-])(?:{alternation(warning_cues())})(?![\p{{L}}-])",
                         regex.IGNORECASE)


def is_negated(text: str, cue_start: int) -> bool:
    before = text[max(0, cue_start - 30):cue_start].lower().split()[-NEGATION_WINDOW:]
    return any(word in speaker_word_kind("negator") for word in before)


def warning_type(text: str, cue: Optional[str] = None) -> Optional[str]:
    """The warning_type of a statement (its text and speech verb), or None when it warns of nothing."""
    for candidate in ([cue] if cue else []) + [text]:
        for match in cue_pattern().finditer(candidate):
            kind, condition = warning_cues()[match.group().lower()]
            if condition == "yes" and is_negated(candidate, match.start()):
                continue
            if condition == "directive" and not directive_pattern().match(text):
                continue  # `mengingatkan [bahwa] …` points something out; a warning tells what to do
            return kind
    return None
