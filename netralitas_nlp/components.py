"""One mechanism that turns an extraction function into a spaCy component.

An extraction function reads a ``Doc`` and returns typed records, as
``textacy.extract`` functions do.  ``extraction_component`` registers it as a
``@Language.factory`` whose component stores the result on ``doc._.<attr>``::

    @extraction_component("netralitas_officials", attr="officials")
    def extract_officials(doc: Doc) -> list[Official]: ...

Context an article brings sits on ``doc._.published`` (ISO date), ``doc._.title``,
``doc._.article_id`` and ``doc._.dateline`` (a ``Dateline`` record) before the pipeline runs.
"""

from __future__ import annotations

from typing import Any, Callable

from spacy.language import Language
from spacy.tokens import Doc

CONTEXT_ATTRS = ("published", "title", "article_id", "dateline")


def ensure_extension(attr: str, default: Any = None) -> None:
    if not Doc.has_extension(attr):
        Doc.set_extension(attr, default=default)


for _attr in CONTEXT_ATTRS:
    ensure_extension(_attr)


class ExtractionComponent:
    """Calls ``func(doc)`` and stores what it returns on ``doc._.<attr>``."""

    def __init__(self, attr: str, func: Callable[[Doc], Any]):
        self.attr = attr
        self.func = func

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(self.attr, self.func(doc))
        return doc


def extraction_component(name: str, *, attr: str):
    def register(func: Callable[[Doc], Any]) -> Callable[[Doc], Any]:
        ensure_extension(attr)

        @Language.factory(name)
        def make_component(nlp: Language, name: str) -> ExtractionComponent:
            return ExtractionComponent(attr, func)

        return func

    return register


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get("netralitas_text")
    if text is None:
        text = doc.user_data["netralitas_text"] = doc.text
    return text
