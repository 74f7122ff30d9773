"""Event records from a Doc (component ``netralitas_events``). Filled in by issue 6."""

from __future__ import annotations

from spacy.tokens import Doc

from ..components import extraction_component
from ..records import Event


@extraction_component("netralitas_events", attr="events")
def extract_events(doc: Doc) -> list[Event]:
    return []
