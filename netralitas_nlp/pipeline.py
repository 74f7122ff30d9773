"""The one spaCy ``Language`` of a process.

``get_nlp()`` builds ``spacy.blank("id")`` once with our tokenizer
(``tokenizer.py``: titles and degrees stay one token), and adds our registered components in order.  Every extraction
module registers its own factory (``components.extraction_component``); the
order here is the data flow: institutions before officials (an official's
organisation points to one), officials and dates before quotes and events.
``netralitas_institution_lexicon`` is a spaCy ``EntityRuler`` whose patterns
come from the institution data files (``ORG`` entities in ``doc.ents``); the
institutions component reads those entities.
"""

from __future__ import annotations

import threading

import spacy
from spacy.language import Language

from .annotate import ANNOTATORS
from .extractors import dates, elections, events, institutions, officials, quotes, themes  # noqa: F401
from .tokenizer import TOKENIZER_CONFIG

PIPELINE = (
    *ANNOTATORS,
    "netralitas_institutions",
    "netralitas_officials",
    "netralitas_dates",
    "netralitas_quotes",
    "netralitas_elections",
    "netralitas_events",
    "netralitas_themes",
)

_lock = threading.Lock()
_nlp: Language | None = None


def build_nlp() -> Language:
    nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    for name in PIPELINE:
        nlp.add_pipe(name)
    return nlp


def get_nlp() -> Language:
    """The process-wide pipeline, built on first use."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                _nlp = build_nlp()
    return _nlp
