"""Official records from a Doc (component ``netralitas_officials``). Filled in by issue 4."""

from __future__ import annotations

from spacy.tokens import Doc

from ..components import extraction_component
from ..records import Official


@extraction_component("netralitas_officials", attr="officials")
def extract_officials(doc: Doc) -> list[Official]:
    return []
