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


def paragraph_cues(text: str) -> dict[tuple[int, str], dict[str, float]]:
    """(paragraph, label) → {cue word as written, lower-cased: weight}; each distinct word counts once."""
    pattern, rows = theme_lexicon()
    starts = line_starts(text)
    found: dict[tuple[int, str], dict[str, float]] = {}
    for match in pattern.finditer(text):
        label, weight = rows[match.lastgroup]
        paragraph = bisect_right(starts, match.start()) - 1
        found.setdefault((paragraph, label), {})[match.group().lower()] = weight
    return found


def theme_evidence(text: str) -> list[ThemeEvidence]:
    evidence = []
    for (paragraph, label), cues in paragraph_cues(text).items():
        score = round(sum(cues.values()), 3)
        if score >= THRESHOLD:
            evidence.append(ThemeEvidence(label=label, paragraph=paragraph, score=score, cues=sorted(cues)))
    evidence.sort(key=lambda item: (item.paragraph, THEMES.index(item.label)))
    return evidence


@extraction_component("netralitas_themes", attr="theme_evidence")
def extract_theme_evidence(doc: Doc) -> list[ThemeEvidence]:
    return theme_evidence(doc.text)
