"""The trained NER pipeline that ships in ``models/`` (PER, ORG, LOC): found on disk, never downloaded.

>>> from netralitas_nlp.ner import load_ner_model
>>> nlp = load_ner_model()
>>> [(ent.text, ent.label_) for ent in nlp("Bupati Luwu Utara Indah Putri Indriani hadir di Masamba.").ents]

The folder is ``$NETRALITAS_MODELS/id_netralitas_ner`` when ``NETRALITAS_MODELS`` is set, else
``models/id_netralitas_ner`` in the repository.  It is built by ``make models`` (models/ner/project.yml);
its ``meta.json`` records the training sets, their licences and the scores.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional, Union

from spacy.language import Language

NER_MODEL_NAME = "id_netralitas_ner"
MODELS_ENV = "NETRALITAS_MODELS"
REPO_MODELS = Path(__file__).resolve().parents[1] / "models"


class NerModelNotFound(FileNotFoundError):
    """The NER pipeline folder is missing: rebuild it with ``make models`` or point ``NETRALITAS_MODELS`` at it."""


def models_dir() -> Path:
    """``$NETRALITAS_MODELS``, else the repository's ``models/``."""
    env = os.environ.get(MODELS_ENV)
    return Path(env) if env else REPO_MODELS


def ner_model_path() -> Path:
    return models_dir() / NER_MODEL_NAME


def load_ner_model(path: Optional[Union[str, Path]] = None) -> Language:
    """A fresh ``Language`` with the trained ``ner`` component and the project's tokenizer.

    ``path`` defaults to :func:`ner_model_path`.  The tokenizer is built from the current
    ``netralitas_tokenizer.v1`` rather than the copy saved with the model, so the entities are
    found on exactly the tokens the rest of the library uses.  Raises :class:`NerModelNotFound`
    (a ``FileNotFoundError``) when the folder or its ``config.cfg`` is missing.
    """
    import spacy

    from . import tokenizer  # noqa: F401  (registers netralitas_tokenizer.v1)

    folder = Path(path) if path is not None else ner_model_path()
    if not (folder / "config.cfg").is_file():
        raise NerModelNotFound(
            f"no NER pipeline at {folder}: run `make models` to build it from ../shared, "
            f"or set {MODELS_ENV} to the folder that holds {NER_MODEL_NAME}/"
        )
    return spacy.load(folder, exclude=["tokenizer"])
