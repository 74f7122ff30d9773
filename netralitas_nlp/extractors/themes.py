"""Theme evidence per paragraph (component ``netralitas_themes``).

The weighted lexicon ``lang/id/themes.tsv`` (label, cue phrases, weight) is
compiled once into one trie-shaped regex (``PhraseMatcher``), so a text costs
one pass over its lower-cased form.  A passage (``doc.spans["passage"]`` of the
annotation layer: a paragraph, or a window of sentences of a long line) carries a
label when the weights of the distinct cue words of that label found in it reach
``THRESHOLD``; evidence names the paragraph by its line number, as
``text.split("\\n")`` numbers them.  The evidence (label, paragraph, score, cues) is
what users see; the extractor makes the article's labels from it (a label applies
when one paragraph carries it).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..annotate.structure import PASSAGES
from ..components import ExtractionComponent, doc_text, require_spans
from ..lang import load_table
from ..records import THEMES, ThemeEvidence
from .phrase_matcher import PhraseMatcher, lowered

THRESHOLD = 1.0


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


def scoring_units(doc: Doc) -> tuple[list[int], list[int]]:
    """Start offsets of the passages a label is scored in, and the paragraph (line) number of each."""
    passages = sorted(doc.spans[PASSAGES], key=lambda span: span.start_char)
    return [span.start_char for span in passages], [span._.paragraph for span in passages]


def unit_cues(doc: Doc, starts: list[int]) -> dict[tuple[int, str], dict[str, float]]:
    """(unit, label) → {cue phrase: weight}; each distinct phrase counts once."""
    matcher, weights = theme_lexicon()
    text = doc_text(doc)
    found: dict[tuple[int, str], dict[str, float]] = {}
    for start, _, phrase in matcher.finditer(lowered(text)):
        unit = bisect_right(starts, start) - 1
        if unit < 0:
            continue
        for label, weight in weights[phrase]:
            found.setdefault((unit, label), {})[phrase] = weight
    return found


def theme_evidence(doc: Doc) -> list[ThemeEvidence]:
    """Labels carried per paragraph; of several windows of one line, the best-scoring one is kept."""
    require_spans(doc, PASSAGES, "netralitas_themes", "netralitas_structure")
    starts, paragraphs = scoring_units(doc)
    best: dict[tuple[int, str], ThemeEvidence] = {}
    for (unit, label), cues in unit_cues(doc, starts).items():
        score = round(sum(cues.values()), 3)
        key = (paragraphs[unit], label)
        if score >= THRESHOLD and (key not in best or score > best[key].score):
            best[key] = ThemeEvidence(label=label, paragraph=paragraphs[unit], score=score, cues=sorted(cues))
    return sorted(best.values(), key=lambda item: (item.paragraph, THEMES.index(item.label)))


def extract_theme_evidence(doc: Doc) -> list[ThemeEvidence]:
    return theme_evidence(doc)


@Language.factory("netralitas_themes", assigns=["doc._.theme_evidence"], requires=["span._.paragraph"])
def make_themes_component(nlp: Language, name: str) -> ExtractionComponent:
    return ExtractionComponent("theme_evidence", extract_theme_evidence)
