"""Institution records from a Doc (component ``netralitas_institutions``). Filled in by issue 4."""

from __future__ import annotations

from spacy.tokens import Doc

from ..components import extraction_component
from ..records import Institution


@extraction_component("netralitas_institutions", attr="institutions")
def extract_institutions(doc: Doc) -> list[Institution]:
    return []
