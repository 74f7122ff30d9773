"""Theme evidence per paragraph (component ``netralitas_themes``). Filled in by issue 6."""

from __future__ import annotations

from spacy.tokens import Doc

from ..components import extraction_component
from ..records import ThemeEvidence


@extraction_component("netralitas_themes", attr="theme_evidence")
def extract_theme_evidence(doc: Doc) -> list[ThemeEvidence]:
    return []
