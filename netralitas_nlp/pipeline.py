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

import os
import threading
from typing import Optional

import spacy
from spacy.language import Language

from .annotate import ANNOTATORS
from .annotate.dependency_holders import DEPENDENCY_HOLDERS
from .annotate.entities import NER_CANDIDATES
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

# Whether the trained NER (models/id_netralitas_ner) joins the pipeline when nobody says: decided by the
# accuracy and speed figures in the README ("Models").  ``NETRALITAS_NER=1``/``0`` overrides it for a
# process and the workers it starts (the command line's ``--ner/--no-ner`` sets it).
NER_DEFAULT = False
NER_ENV = "NETRALITAS_NER"

_lock = threading.Lock()
_nlps: dict[tuple[str, bool], Language] = {}


def check_backend(backend: str) -> None:
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(map(repr, BACKENDS))}, not {backend!r}")


def ner_enabled(ner: Optional[bool] = None) -> bool:
    """``ner`` when given, else ``$NETRALITAS_NER`` when set, else ``NER_DEFAULT``."""
    if ner is not None:
        return bool(ner)
    setting = os.environ.get(NER_ENV, "").strip().lower()
    if setting in ("1", "true", "yes", "on"):
        return True
    if setting in ("0", "false", "no", "off"):
        return False
    return NER_DEFAULT


def build_nlp(backend: str = "spacy", ner: bool = False) -> Language:
    """The rules' pipeline.  ``backend="stanza"``: the stanza annotation joins after ``netralitas_structure``;
    ``ner``: the trained model's ``ner`` component (``doc.ents``) and ``netralitas_ner_candidates`` join after
    ``netralitas_people``."""
    check_backend(backend)
    nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    for name in PIPELINE:
        nlp.add_pipe(name)
    if backend == "stanza":
        from . import stanza_backend  # noqa: F401  (registers netralitas_stanza)
        from .stanza_models import require_stanza

        require_stanza()  # a missing extra is an error here, not at the first article
        nlp.add_pipe("netralitas_stanza", after="netralitas_structure")
        nlp.add_pipe(DEPENDENCY_HOLDERS, after="netralitas_people")  # roles the rules left unheld, by the parse
    if ner:
        from .ner import load_ner_model

        nlp.add_pipe("ner", source=load_ner_model(), after="netralitas_people")
        nlp.add_pipe(NER_CANDIDATES, after="ner")
    return nlp


def get_nlp(backend: str = "spacy", ner: Optional[bool] = None) -> Language:
    """The process-wide pipeline of a backend, with or without the NER (``ner_enabled``), built on first use."""
    key = (backend, ner_enabled(ner))
    nlp = _nlps.get(key)
    if nlp is None:
        with _lock:
            nlp = _nlps.get(key)
            if nlp is None:
                nlp = _nlps[key] = build_nlp(*key)
    return nlp
