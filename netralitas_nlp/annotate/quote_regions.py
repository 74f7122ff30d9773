"""Quote regions (component ``netralitas_quote_regions``): the stretches of text inside paired quote marks.

Marks are paired left to right within a paragraph (``“…”``, ``"…"``, ``„…“``, and ``”…”`` as PFSA/Kompas
writes them); an unclosed quote whose next paragraph reopens with a mark runs on into it; stray marks are
skipped.  ``‘…’`` counts as outer marks where no double quote encloses it.  Each region is a span of
``doc.spans["quote"]`` over the text between the marks; ``span._.quote_marks`` holds the (opening,
closing) mark offsets.  Whether a region is a statement, and whose, is the quotes extractor's decision;
events read the regions to ignore triggers said inside quotes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..components import char_span, doc_text, ensure_span_extension

QUOTE_REGIONS = "quote"
ensure_span_extension("quote_marks")

QUOTE_MARKS = regex.compile(r"[“”\"„]")
OPENING_ONLY = "“„"


@dataclass(frozen=True)
class MarkFamily:
    """Quote marks that pair with each other; ``opening_only`` never closes a quote."""

    marks: regex.Pattern
    opening_only: str


DOUBLE_MARKS = MarkFamily(QUOTE_MARKS, OPENING_ONLY)
# ‘…’ as outer marks; ’ between two letters is an apostrophe (`Ma’ruf`, `Jum’at`), never a mark.
SINGLE_MARKS = MarkFamily(regex.compile(r"‘|(?<!\p{L})’|’(?!\p{L})"), "‘")
CLOSING_AFTER_WORD = regex.compile(r"[\p{L}\p{N}.,!?…)]")


def can_open(text: str, position: int, family: MarkFamily = DOUBLE_MARKS) -> bool:
    mark = text[position]
    if mark in family.opening_only:
        return True
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return not after.isspace() and not CLOSING_AFTER_WORD.match(before)


def quote_pairs(text: str) -> list[tuple[int, int]]:
    """Double-quote pairs, and ‘…’ pairs used as outer marks (not nested inside a double quote)."""
    double = paired_marks(text)
    openings = [opening for opening, _ in double]  # pairs never overlap: one bisect finds the enclosing one

    def inside_double(position: int) -> bool:
        index = bisect_right(openings, position - 1) - 1
        return index >= 0 and position < double[index][1]

    single = [pair for pair in paired_marks(text, SINGLE_MARKS) if not inside_double(pair[0])]
    return sorted(double + single)


def paired_marks(text: str, family: MarkFamily = DOUBLE_MARKS) -> list[tuple[int, int]]:
    """(open, close) positions of quote marks; a quote may reopen in the next paragraph.

    An opening pairs with the next mark of its paragraph, unless that mark only opens (the first was
    stray).  Across a paragraph break the quote runs on through marks that reopen a paragraph and stops
    at the first mark that closes it, or at a paragraph that does not continue it.  Where such a run
    stops is read once for every mark, right to left, so the cost stays linear in the text.
    """
    marks = [match.start() for match in family.marks.finditer(text)]
    after_break = [index > 0 and text.find("\n", marks[index - 1], mark) >= 0 for index, mark in enumerate(marks)]
    reopening = reopens(text, marks, after_break)
    closes = [text[mark] not in family.opening_only for mark in marks]
    run_stop: list[Optional[int]] = [None] * (len(marks) + 1)  # the mark a quote running on from here stops at
    for index in range(len(marks) - 1, -1, -1):
        stops = not reopening[index] and (after_break[index] or closes[index])
        run_stop[index] = index if stops else run_stop[index + 1]
    pairs, index = [], 0
    while index < len(marks):
        if not can_open(text, marks[index], family):
            index += 1
            continue
        following = index + 1
        if following < len(marks) and not after_break[following]:
            closing = following if closes[following] else None  # `“…“`: the first mark was stray
        elif following < len(marks):
            stop = run_stop[following]
            closing = stop if stop is not None and not after_break[stop] else None
        else:
            closing = None
        if closing is not None:
            pairs.append((marks[index], marks[closing]))
            index = closing
        index += 1
    return pairs


def reopens(text: str, marks: list[int], after_break: list[bool]) -> list[bool]:
    """For each mark: it opens its paragraph after an unclosed quote (a continued quote).

    Only the first mark of a line can open it, so each line is read at most twice in all.
    """
    found = []
    for index, mark in enumerate(marks):
        if not (after_break[index] or index == 0):
            found.append(False)  # another mark stands before it on its line
            continue
        line_start = text.rfind("\n", 0, mark) + 1
        found.append(line_start > 0 and not text[line_start:mark].strip()
                     and unclosed_before(text, line_start, marks))
    return found


def unclosed_before(text: str, line_start: int, marks: list[int]) -> bool:
    """The line before ``line_start`` holds an odd number of marks."""
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    return (bisect_left(marks, line_start) - bisect_left(marks, previous_start)) % 2 == 1


def quote_mark_pairs(doc: Doc) -> list[tuple[int, int]]:
    """(opening, closing) mark offsets of every quote region, in text order."""
    return sorted(span._.quote_marks for span in doc.spans.get(QUOTE_REGIONS, []) if span._.quote_marks)


def annotate_quote_regions(doc: Doc) -> Doc:
    spans = []
    for opening, closing in quote_pairs(doc_text(doc)):
        span = char_span(doc, opening + 1, closing, label="QUOTE")
        if span is None:
            span = char_span(doc, opening, closing + 1, label="QUOTE")  # nothing between the marks
        if span is not None:
            span._.quote_marks = (opening, closing)
            spans.append(span)
    doc.spans[QUOTE_REGIONS] = spans
    return doc


@Language.factory("netralitas_quote_regions", assigns=["doc.spans", "span._.quote_marks"])
def make_quote_regions_component(nlp: Language, name: str):
    return annotate_quote_regions
