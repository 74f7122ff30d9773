"""Theme evidence per paragraph (component ``netralitas_themes``).

The weighted lexicon ``lang/id/themes.tsv`` (label, cue regex, weight) is
compiled once into a single alternation with one named group per row, so a
text costs one ``finditer``.  A paragraph — a line of ``doc.text``, numbered
from 0 as ``text.split("\\n")`` numbers them — carries a label when the weights
of the distinct cue words of that label found in it reach ``THRESHOLD``.  The
evidence (label, paragraph, score, cues) is what users see; the extractor makes
the article's labels from it (a label applies when one paragraph carries it).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import regex
from spacy.tokens import Doc

from ..components import extraction_component
from ..lang import load_table
from ..records import THEMES, ThemeEvidence

THRESHOLD = 1.0
# Some sources lost their paragraph breaks (PFSA-ID: one line per article).  A line longer than
# this is scored in windows of whole sentences of about this size, as if they were its paragraphs;
# evidence keeps the line's number.
WINDOW_CHARS = 600
SENTENCE_END = regex.compile(r"(?<=[.!?][”\"’']?)\s+(?=[“\"‘'(]?[A-Z0-9])")


@lru_cache(maxsize=1)
def theme_lexicon() -> tuple[regex.Pattern, dict[str, tuple[str, float]]]:
    """One compiled alternation over all cue rows, and each row group's (label, weight)."""
    groups, rows = [], {}
    for number, (label, cue, weight) in enumerate(load_table("themes.tsv")):
        if label not in THEMES:
            raise ValueError(f"themes.tsv: unknown label {label!r}")
        name = f"r{number}"
        groups.append(rf"(?P<{name}>{cue})")
        rows[name] = (label, float(weight))
    pattern = regex.compile(rf"(?<!\w)(?:{'|'.join(groups)})(?!\w)", regex.IGNORECASE)
    return pattern, rows


def line_starts(text: str) -> list[int]:
    return [0] + [match.end() for match in regex.finditer(r"\n", text)]


def window_starts(text: str, begin: int, end: int) -> list[int]:
    """Starts of sentence windows of about WINDOW_CHARS inside the line text[begin:end]."""
    starts = [begin]
    for match in SENTENCE_END.finditer(text, begin, end):
        if match.end() - starts[-1] >= WINDOW_CHARS:
            starts.append(match.end())
    return starts


def scoring_units(text: str) -> tuple[list[int], list[int]]:
    """Start offsets of the units a label is scored in, and the line (paragraph) number of each."""
    lines = line_starts(text)
    starts, paragraphs = [], []
    for number, begin in enumerate(lines):
        end = lines[number + 1] if number + 1 < len(lines) else len(text)
        units = window_starts(text, begin, end) if end - begin > WINDOW_CHARS else [begin]
        starts.extend(units)
        paragraphs.extend([number] * len(units))
    return starts, paragraphs


def unit_cues(text: str) -> dict[tuple[int, str], dict[str, float]]:
    """(unit, label) → {cue word as written, lower-cased: weight}; each distinct word counts once."""
    pattern, rows = theme_lexicon()
    starts, _ = scoring_units(text)
    found: dict[tuple[int, str], dict[str, float]] = {}
    for match in pattern.finditer(text):
        label, weight = rows[match.lastgroup]
        unit = bisect_right(starts, match.start()) - 1
        found.setdefault((unit, label), {})[match.group().lower()] = weight
    return found


def theme_evidence(text: str) -> list[ThemeEvidence]:
    """Labels carried per paragraph; of several windows of one line, the best-scoring one is kept."""
    _, paragraphs = scoring_units(text)
    best: dict[tuple[int, str], ThemeEvidence] = {}
    for (unit, label), cues in unit_cues(text).items():
        score = round(sum(cues.values()), 3)
        key = (paragraphs[unit], label)
        if score >= THRESHOLD and (key not in best or score > best[key].score):
            best[key] = ThemeEvidence(label=label, paragraph=paragraphs[unit], score=score, cues=sorted(cues))
    return sorted(best.values(), key=lambda item: (item.paragraph, THEMES.index(item.label)))


@extraction_component("netralitas_themes", attr="theme_evidence")
def extract_theme_evidence(doc: Doc) -> list[ThemeEvidence]:
    return theme_evidence(doc.text)
