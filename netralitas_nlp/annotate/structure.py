"""Text structure (component ``netralitas_structure``): sentences, paragraphs, passages, the lead, the body start.

One notion of each, computed once and read by every extractor:

* **sentences** — ``token.is_sent_start`` (rules in ``sentences``): a line break or a stop before a
  capital ends a sentence, titles and degrees (``H.``, ``S.Sos.``) never do; works for texts with line
  breaks and for those that lost them (PFSA-ID/Kompas: one line per article);
* **paragraphs** — ``doc.spans["paragraph"]``: the non-empty lines; ``span._.paragraph`` is the line's
  number as ``text.split("\\n")`` numbers it;
* **passages** — ``doc.spans["passage"]``: the units a paragraph-level judgement is made on: a paragraph,
  or, where a line runs longer than ``PASSAGE_CHARS`` (texts without breaks), windows of whole sentences of
  about that size; each keeps its line's number in ``span._.paragraph``;
* **the body start** — ``doc._.body_start``: where the text after the dateline (``PALOPO, TEKAPE.co –``) begins;
* **the lead** — ``doc.spans["lead"]``: the body's first sentence, the journalistic lead.

``sentence_bounds(doc)`` gives the sentences as (start, end) characters, and ``layout(doc)`` a ``TextLayout``
that answers "which sentence / paragraph holds this offset" for extractors that work with offsets.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..components import char_span, doc_text, ensure_extension, ensure_span_extension
from ..sentences import set_sentence_starts

PARAGRAPHS, PASSAGES, LEAD = "paragraph", "passage", "lead"
PASSAGE_CHARS = 600

ensure_extension("body_start", default=0)
ensure_span_extension("paragraph", default=None)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of every sentence, trailing space excluded, read as arrays (not token by token)."""
    text = doc_text(doc)
    if len(doc) == 0:
        return [(0, len(text))] if text.strip() else []
    columns = doc.to_array([SENT_START, IDX])
    starts = columns[columns[:, 0] == 1, 1].tolist() if doc.has_annotation("SENT_START") else []
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [len(text)]
    bounds = [(start, _trimmed_end(text, start, end)) for start, end in zip(starts, ends)]
    return [(start, end) for start, end in bounds if end > start]


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where sentences start."""
    return layout(doc).sentence_starts


class TextLayout:
    """Sentence and paragraph lookups by character offset in one annotated Doc (built once per Doc)."""

    def __init__(self, doc: Doc):
        self.text = doc_text(doc)
        self.sentences = sentence_bounds(doc) or [(0, 0)]
        self.sentence_starts = [start for start, _ in self.sentences]
        self.lines = line_bounds(self.text)
        self.paragraphs = [(start, end) for _, start, end in self.lines] or [(0, len(self.text))]
        self.paragraph_starts = [start for start, _ in self.paragraphs]

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def sentence_start(self, offset: int) -> int:
        """Start of the sentence that holds ``offset``."""
        return self.sentences[self.sentence_index(offset)][0]

    def sentence_end(self, offset: int, following: int = 0) -> int:
        """End of the sentence that holds ``offset``, or of the ``following``-th sentence after it."""
        index = min(self.sentence_index(offset) + following, len(self.sentences) - 1)
        return self.sentences[index][1]

    def paragraph_index(self, offset: int) -> int:
        """Number of the non-empty paragraph that holds ``offset`` (0 for the first)."""
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    def paragraph_bounds(self, offset: int) -> tuple[int, int]:
        return self.paragraphs[self.paragraph_index(offset)]


def layout(doc: Doc) -> TextLayout:
    """The Doc's ``TextLayout``, built on first use."""
    found = doc.user_data.get("netralitas_layout")
    if found is None:
        found = doc.user_data["netralitas_layout"] = TextLayout(doc)
    return found


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def line_bounds(text: str) -> list[tuple[int, int, int]]:
    """(line number, start, end) of every non-empty line; numbers count empty lines too."""
    found, start = [], 0
    for number, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if stripped:
            begin = start + line.index(stripped[0])
            found.append((number, begin, begin + len(stripped)))
        start += len(line) + 1
    return found


def passage_bounds(text: str, lines: list[tuple[int, int, int]], starts: list[int]) -> list[tuple[int, int, int]]:
    """(line number, start, end) of the passages: short lines whole, long ones cut at sentence starts into
    windows of about PASSAGE_CHARS."""
    passages = []
    for number, begin, end in lines:
        if end - begin <= PASSAGE_CHARS:
            passages.append((number, begin, end))
            continue
        window = begin
        for start in starts[bisect_right(starts, begin):]:
            if start >= end:
                break
            if start - window >= PASSAGE_CHARS:
                passages.append((number, window, _trimmed_end(text, window, start)))
                window = start
        passages.append((number, window, end))
    return passages


def body_start(doc: Doc) -> int:
    dateline = doc._.dateline
    return dateline.end if dateline is not None and dateline.end else 0


def lead_bounds(text_layout: TextLayout, begin: int) -> tuple[int, int]:
    """The sentence the body opens with (the one that holds ``begin``), from ``begin``."""
    for start, end in text_layout.sentences:
        if end > begin:
            return max(start, begin), end
    return begin, begin


def annotate_structure(doc: Doc) -> Doc:
    set_sentence_starts(doc)
    doc.user_data.pop("netralitas_layout", None)  # built from these sentence starts on first use
    text_layout = layout(doc)
    doc._.body_start = body_start(doc)
    lines = text_layout.lines
    doc.spans[PARAGRAPHS] = _numbered_spans(doc, lines)
    doc.spans[PASSAGES] = _numbered_spans(doc, passage_bounds(text_layout.text, lines, text_layout.sentence_starts))
    lead = char_span(doc, *lead_bounds(text_layout, doc._.body_start))
    doc.spans[LEAD] = [lead] if lead is not None else []
    return doc


def _numbered_spans(doc: Doc, bounds: list[tuple[int, int, int]]) -> list:
    spans = []
    for number, start, end in bounds:
        span = char_span(doc, start, end)
        if span is not None:
            span._.paragraph = number
            spans.append(span)
    return spans


@Language.factory(
    "netralitas_structure",
    assigns=["token.is_sent_start", "doc.sents", "doc.spans", "span._.paragraph", "doc._.body_start"],
)
def make_structure_component(nlp: Language, name: str):
    return annotate_structure
