"""Election records from a Doc (component ``netralitas_elections``). Filled in by issue 6."""

from __future__ import annotations

from spacy.tokens import Doc

from ..components import extraction_component
from ..records import Election


@extraction_component("netralitas_elections", attr="elections")
def extract_elections(doc: Doc) -> list[Election]:
    return []
