"""What every component of the library shares: Doc/Span extensions, the extraction component, char spans.

The library's steps are spaCy components, each registered with ``@Language.factory`` in the module that
implements it, with the attributes it ``assigns`` and ``requires``:

* **annotation components** (``netralitas_nlp.annotate``) write shared structure on the ``Doc`` —
  ``doc.spans[...]`` groups whose spans carry their parsed content in ``span._`` attributes — and produce
  no records;
* **extraction components** (``netralitas_nlp.extractors``) read that structure and store typed records on
  ``doc._.<attr>`` through ``ExtractionComponent``, as ``textacy.extract`` functions return them::

      @Language.factory("netralitas_officials", assigns=["doc._.officials"], requires=["span._.person"])
      def make_officials(nlp: Language, name: str) -> ExtractionComponent:
          return ExtractionComponent("officials", extract_officials)

Context an article brings sits on ``doc._.published`` (ISO date), ``doc._.title``, ``doc._.article_id``
and ``doc._.dateline`` (a ``Dateline`` record) before the pipeline runs.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from spacy.tokens import Doc, Span

CONTEXT_ATTRS = ("published", "title", "article_id", "dateline")


def ensure_extension(attr: str, default: Any = None) -> None:
    """Register ``doc._.<attr>`` once."""
    if not Doc.has_extension(attr):
        Doc.set_extension(attr, default=default)


def ensure_span_extension(attr: str, default: Any = None) -> None:
    """Register ``span._.<attr>`` once, stored per span *id* as well as boundaries.

    spaCy keeps a span's extension values under the span's token boundaries alone, so two annotations that
    widen to the same token (the two names of ``Ahok-Djarot``) would overwrite each other.  Our spans carry
    their exact character offsets as their id (``char_span``), and the values are kept under it.
    """
    if Span.has_extension(attr):
        return

    def key(span: Span) -> tuple:
        return ("netralitas_span", attr, span.id_, span.start_char, span.end_char)

    def getter(span: Span) -> Any:
        return span.doc.user_data.get(key(span), default)

    def setter(span: Span, value: Any) -> None:
        span.doc.user_data[key(span)] = value

    Span.set_extension(attr, getter=getter, setter=setter)


for _attr in CONTEXT_ATTRS:
    ensure_extension(_attr)


class ExtractionComponent:
    """Calls ``func(doc)`` and stores what it returns on ``doc._.<attr>``."""

    def __init__(self, attr: str, func: Callable[[Doc], Any]):
        ensure_extension(attr)
        self.attr = attr
        self.func = func

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(self.attr, self.func(doc))
        return doc


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text a Doc was made from (spaCy's tokenizer loses nothing: ``doc.text == text``), so that
    ``doc_text`` need not rebuild it from the tokens."""
    doc.user_data["netralitas_text"] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get("netralitas_text")
    if text is None:
        text = doc.user_data["netralitas_text"] = doc.text
    return text


def char_span(doc: Doc, start: int, end: int, label: str = "") -> Optional[Span]:
    """The token span covering ``doc.text[start:end]`` (widened to whole tokens), or None when empty.

    Annotations keep their exact character offsets in their ``span._`` payload: a mention may end inside a
    token (``Bawaslu`` of ``Bawaslu-nya``), and offsets of records must be exact.  The span's id is those
    exact offsets, so two mentions that widen to the same tokens keep their own ``span._`` values
    (``ensure_span_extension``).
    """
    if end <= start:
        return None
    return doc.char_span(start, end, label=label, alignment_mode="expand", span_id=f"{start}:{end}")


def require_spans(doc: Doc, key: str, component: str, producer: str) -> None:
    """A clear error when an extraction component runs without the annotation it reads."""
    if key not in doc.spans:
        raise ValueError(f"{component} reads doc.spans[{key!r}], which {producer} writes: add {producer!r} before "
                         f"{component!r} (netralitas_nlp.pipeline.build_nlp() builds the whole pipeline)")
