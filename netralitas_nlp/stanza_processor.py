"""Our extractors as a stanza processor: ``netralitas`` leaves the article's record on the stanza ``Document``.

>>> import stanza, netralitas_nlp.stanza_processor          # registers the processor
>>> nlp = stanza.Pipeline("id", dir="models/stanza", download_method=None,
...                       processors="tokenize,pos,lemma,depparse,netralitas")
>>> record = nlp(text).netralitas                           # a netralitas_nlp.records.Article

The processor runs the stanza backend's pipeline (``Extractor(backend="stanza")``) on the Document's text,
with the Document's own words laid on our tokens (``stanza_backend.tokens_by_text``) instead of a second
stanza run: the records use the user's tokenization, tags and parse.  Cleaning (``ingest.prepare``) may
remove page furniture from the text, so stanza tokens are found in the cleaned text in order; a token that
was removed carries nothing over.  Processors it needs before it: ``tokenize``; ``pos``, ``lemma``,
``depparse`` and ``ner`` are used when present.
"""

from __future__ import annotations

from stanza.models.common.doc import Document
from stanza.pipeline.processor import Processor, register_processor

from .extractor import process_raw
from .ingest import RawArticle
from .stanza_backend import STANZA_DOCUMENT

PROPERTY = "netralitas"

if not hasattr(Document, PROPERTY):  # ``document.netralitas``, read-write (stanza's default setter refuses)
    Document.add_property(PROPERTY, default=None, setter=lambda document, value: setattr(document, f"_{PROPERTY}", value))


@register_processor(PROPERTY)
class NetralitasProcessor(Processor):
    """``Document.netralitas``: the ``Article`` record of the document's text (id: ``netralitas_id`` option)."""

    REQUIRES_DEFAULT = {"tokenize"}
    PROVIDES_DEFAULT = {PROPERTY}

    def __init__(self, config: dict, pipeline, device) -> None:
        super().__init__(config, pipeline, device)
        self._article_id = config.get("id")

    def process(self, document: Document) -> Document:
        raw = RawArticle(text=document.text, id=self._article_id)
        record = process_raw(raw, "stanza", context={STANZA_DOCUMENT: document})
        setattr(document, PROPERTY, record)
        return document
