"""Cue phrases (component ``netralitas_cues``): event triggers and theme cues, each matched once, as spans.

* ``doc.spans["event_trigger"]``: phrases of ``lang/id/event_triggers.tsv``; ``span._.trigger`` is the
  ``TriggerHit`` (event type and weight);
* ``doc.spans["theme_cue"]``: phrases of ``lang/id/themes.tsv``; ``span._.theme_cue`` is the ``ThemeCue``
  (the phrase and the (label, weight) pairs it supports).

Matching is on the lower-cased text, whole words only, longest phrase first (``PhraseMatcher``): a
phrase is found however the tokenizer split it (``covid-19``, ``pemungutan suara ulang``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..components import char_span, doc_text, ensure_span_extension
from ..lang import load_table
from ..records import THEMES
from .phrase_matcher import PhraseMatcher, lowered

EVENT_TRIGGERS, THEME_CUES = "event_trigger", "theme_cue"
ensure_span_extension("trigger")
ensure_span_extension("theme_cue")


@dataclass(frozen=True)
class TriggerHit:
    start: int
    end: int
    type: str
    weight: float
    in_title: bool = False


@dataclass(frozen=True)
class ThemeCue:
    start: int
    end: int
    phrase: str
    labels: tuple[tuple[str, float], ...]  # (theme label, weight) pairs the phrase supports


@lru_cache(maxsize=1)
def trigger_lexicon() -> tuple[PhraseMatcher, dict[str, tuple[str, float]]]:
    """A matcher over every trigger phrase, and each phrase's (event type, weight)."""
    types: dict[str, tuple[str, float]] = {}
    for phrases, event_type, weight in load_table("event_triggers.tsv"):
        for phrase in phrases.split("|"):
            types.setdefault(phrase.strip().lower(), (event_type, float(weight)))
    return PhraseMatcher(types), types


@lru_cache(maxsize=1)
def theme_lexicon() -> tuple[PhraseMatcher, dict[str, tuple[tuple[str, float], ...]]]:
    """A matcher over every cue phrase, and each phrase's (label, weight) pairs."""
    found: dict[str, list[tuple[str, float]]] = {}
    for label, phrases, weight in load_table("themes.tsv"):
        if label not in THEMES:
            raise ValueError(f"themes.tsv: unknown label {label!r}")
        for phrase in phrases.split("|"):
            found.setdefault(phrase.strip().lower(), []).append((label, float(weight)))
    return PhraseMatcher(found), {phrase: tuple(pairs) for phrase, pairs in found.items()}


def trigger_hits(text: str, in_title: bool = False) -> list[TriggerHit]:
    """Every event trigger in ``text`` (a headline: ``in_title``)."""
    matcher, types = trigger_lexicon()
    return [TriggerHit(start, end, *types[phrase], in_title) for start, end, phrase in matcher.finditer(lowered(text))]


def theme_cues(text: str) -> list[ThemeCue]:
    matcher, weights = theme_lexicon()
    return [ThemeCue(start, end, phrase, weights[phrase]) for start, end, phrase in matcher.finditer(lowered(text))]


def doc_triggers(doc: Doc) -> list[TriggerHit]:
    """The event triggers of an annotated Doc's text, in text order."""
    return [span._.trigger for span in doc.spans.get(EVENT_TRIGGERS, []) if span._.trigger is not None]


def doc_theme_cues(doc: Doc) -> list[ThemeCue]:
    """The theme cues of an annotated Doc's text, in text order."""
    return [span._.theme_cue for span in doc.spans.get(THEME_CUES, []) if span._.theme_cue is not None]


def _spans(doc: Doc, found: list, attr: str, label: str) -> list:
    spans = []
    for item in found:
        span = char_span(doc, item.start, item.end, label=label)
        if span is not None:
            span._.set(attr, item)
            spans.append(span)
    return spans


def annotate_cues(doc: Doc) -> Doc:
    text = doc_text(doc)
    doc.spans[EVENT_TRIGGERS] = _spans(doc, trigger_hits(text), "trigger", "EVENT_TRIGGER")
    doc.spans[THEME_CUES] = _spans(doc, theme_cues(text), "theme_cue", "THEME_CUE")
    return doc


@Language.factory("netralitas_cues", assigns=["doc.spans", "span._.trigger", "span._.theme_cue"])
def make_cues_component(nlp: Language, name: str):
    return annotate_cues
