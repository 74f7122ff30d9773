"""DateMention records from a Doc (component ``netralitas_dates``). Filled in by issue 6."""

from __future__ import annotations

from spacy.tokens import Doc

from ..components import extraction_component
from ..records import DateMention


@extraction_component("netralitas_dates", attr="dates")
def extract_dates(doc: Doc) -> list[DateMention]:
    return []
