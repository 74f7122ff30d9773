"""Theme evidence per paragraph (component ``netralitas_themes``).

The weighted lexicon ``lang/id/themes.tsv`` (label, cue phrases, weight) is
compiled once into one trie-shaped regex (``PhraseMatcher``), so a text costs
one pass over its lower-cased form.  A paragraph — a line of ``doc.text``, numbered
from 0 as ``text.split("\\n")`` numbers them — carries a label when the weights
of the distinct cue words of that label found in it reach ``THRESHOLD``.  The
evidence (label, paragraph, score, cues) is what users see; the extractor makes
the article's labels from it (a label applies when one paragraph carries it).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..components import ExtractionComponent, doc_text
from ..lang import load_table
from ..records import THEMES, ThemeEvidence
from .phrase_matcher import PhraseMatcher, lowered

THRESHOLD = 1.0
# Some sources lost their paragraph breaks (PFSA-ID: one line per article).  A line longer than
# this is scored in windows of whole sentences of about this size, as if they were its paragraphs;
# evidence keeps the line's number.
WINDOW_CHARS = 600
SENTENCE_END = regex.compile(r"(?<=[.!?][”\"’']?)\s+(?=[“\"‘'(]?[A-Z0-9])")


@lru_cache(maxsize=1)
def theme_lexicon() -> tuple[PhraseMatcher, dict[str, tuple[tuple[str, float], ...]]]:
    """A matcher over every cue phrase, and each phrase's (label, weight) pairs."""
    cues: dict[str, list[tuple[str, float]]] = {}
    for label, phrases, weight in load_table("themes.tsv"):
        if label not in THEMES:
            raise ValueError(f"themes.tsv: unknown label {label!r}")
        for phrase in phrases.split("|"):
            cues.setdefault(phrase.strip().lower(), []).append((label, float(weight)))
    return PhraseMatcher(cues), {phrase: tuple(pairs) for phrase, pairs in cues.items()}


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
    """(unit, label) → {cue phrase: weight}; each distinct phrase counts once."""
    matcher, weights = theme_lexicon()
    starts, _ = scoring_units(text)
    found: dict[tuple[int, str], dict[str, float]] = {}
    for start, _, phrase in matcher.finditer(lowered(text)):
        unit = bisect_right(starts, start) - 1
        for label, weight in weights[phrase]:
            found.setdefault((unit, label), {})[phrase] = weight
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


def extract_theme_evidence(doc: Doc) -> list[ThemeEvidence]:
    return theme_evidence(doc_text(doc))


@Language.factory("netralitas_themes", assigns=["doc._.theme_evidence"], requires=[])
def make_themes_component(nlp: Language, name: str) -> ExtractionComponent:
    return ExtractionComponent("theme_evidence", extract_theme_evidence)
