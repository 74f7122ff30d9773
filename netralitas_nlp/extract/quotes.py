"""Quote records from a Doc (component ``netralitas_quotes``). Filled in by issue 5."""

from __future__ import annotations

from spacy.tokens import Doc

from ..components import extraction_component
from ..records import Quote


@extraction_component("netralitas_quotes", attr="quotes")
def extract_quotes(doc: Doc) -> list[Quote]:
    return []
