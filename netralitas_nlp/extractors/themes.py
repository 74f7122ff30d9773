"""Theme evidence per paragraph (component ``netralitas_themes``).

The cues of the weighted lexicon ``lang/id/themes.tsv`` (label, cue phrases, weight)
are found by the annotation layer (``doc.spans["theme_cue"]``, ``annotate.cues``).  A passage (``doc.spans["passage"]`` of the
annotation layer: a paragraph, or a window of sentences of a long line) carries a
label when the weights of the distinct cue words of that label found in it reach
``THRESHOLD``; evidence names the paragraph by its line number, as
``text.split("\\n")`` numbers them.  The evidence (label, paragraph, score, cues) is
what users see; the extractor makes the article's labels from it (a label applies
when one paragraph carries it).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from ..annotate.cues import doc_theme_cues
from ..annotate.structure import PASSAGES
from ..components import ExtractionComponent, require_spans
from ..records import THEMES, ThemeEvidence

THRESHOLD = 1.0


def scoring_units(doc: Doc) -> tuple[list[int], list[int]]:
    """Start offsets of the passages a label is scored in, and the paragraph (line) number of each."""
    passages = sorted(doc.spans[PASSAGES], key=lambda span: span.start_char)
    return [span.start_char for span in passages], [span._.paragraph for span in passages]


def unit_cues(doc: Doc, starts: list[int]) -> dict[tuple[int, str], dict[str, float]]:
    """(unit, label) → {cue phrase: weight}; each distinct phrase counts once."""
    found: dict[tuple[int, str], dict[str, float]] = {}
    for cue in doc_theme_cues(doc):
        unit = bisect_right(starts, cue.start) - 1
        if unit < 0:
            continue
        for label, weight in cue.labels:
            found.setdefault((unit, label), {})[cue.phrase] = weight
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


@Language.factory("netralitas_themes", assigns=["doc._.theme_evidence"], requires=["span._.paragraph", "span._.theme_cue"])
def make_themes_component(nlp: Language, name: str) -> ExtractionComponent:
    return ExtractionComponent("theme_evidence", extract_theme_evidence)
