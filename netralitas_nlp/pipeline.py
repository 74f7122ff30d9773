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

BACKENDS = ("spacy", "stanza")
"""``spacy``: rules and lexicons on our tokens; ``stanza``: the same, plus the shipped stanza models' POS,
lemma, dependency trees and entities on those tokens (``stanza_backend``; needs the stanza extra)."""

_lock = threading.Lock()
_nlps: dict[str, Language] = {}


def check_backend(backend: str) -> None:
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(map(repr, BACKENDS))}, not {backend!r}")


def build_nlp(backend: str = "spacy") -> Language:
    check_backend(backend)
    nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    for name in PIPELINE:
        nlp.add_pipe(name)
    if backend == "stanza":
        from . import stanza_backend  # noqa: F401  (registers netralitas_stanza)
        from .stanza_models import require_stanza

        require_stanza()  # a missing extra is an error here, not at the first article
        nlp.add_pipe("netralitas_stanza", after="netralitas_structure")
    return nlp


def get_nlp(backend: str = "spacy") -> Language:
    """The process-wide pipeline of a backend, built on first use."""
    if backend not in _nlps:
        with _lock:
            if backend not in _nlps:
                _nlps[backend] = build_nlp(backend)
    return _nlps[backend]
