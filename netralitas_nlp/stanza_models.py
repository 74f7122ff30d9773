"""The Indonesian stanza models this project trains (``models/stanza``), loaded offline.

stanza has no Indonesian NER model and downloads its own models from a hub at run time, which this
project never does.  ``models/stanza`` holds models trained here on ``../shared`` (recipe in
``models/stanza/recipe``, rebuilt by ``make models-stanza``) in the layout ``stanza.Pipeline`` reads:
``resources.json`` and ``id/<processor>/<package>.pt``.  Needs the ``stanza`` extra
(``pip install netralitas_nlp[stanza]``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

if TYPE_CHECKING:
    import stanza

LANG = "id"
PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
"""Every processor the shipped models provide; ``mwt`` splits clitics such as ``-nya`` into words."""
REPO_MODELS = Path(__file__).resolve().parents[1] / "models" / "stanza"


def models_dir() -> Path:
    """``$NETRALITAS_STANZA_MODELS`` if set, else ``models/stanza`` of this checkout."""
    return Path(os.environ.get("NETRALITAS_STANZA_MODELS", REPO_MODELS))


def require_stanza():
    """The ``stanza`` module, or an ImportError that names the extra to install."""
    try:
        import stanza
    except ImportError as error:
        raise ImportError("the stanza models need the stanza extra: pip install 'netralitas_nlp[stanza]' "
                          "-c constraints.txt") from error
    return stanza


def stanza_pipeline(processors: str = PROCESSORS, *, models: Optional[Union[str, Path]] = None,
                    **options) -> "stanza.Pipeline":
    """An Indonesian ``stanza.Pipeline`` on the shipped models, never touching the network.

    ``processors`` is stanza's comma-separated list (``mwt`` is added after ``tokenize`` when left
    out); ``options`` go to ``stanza.Pipeline`` (e.g. ``tokenize_pretokenized=True``).
    """
    stanza = require_stanza()
    folder = Path(models) if models is not None else models_dir()
    if not (folder / "resources.json").is_file():
        raise FileNotFoundError(f"no stanza models at {folder} (resources.json missing); build them with "
                                "`make models-stanza` or set NETRALITAS_STANZA_MODELS")
    options.setdefault("logging_level", "WARN")
    return stanza.Pipeline(LANG, dir=str(folder), processors=processors, download_method=None, **options)
