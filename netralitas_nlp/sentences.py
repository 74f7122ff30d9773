"""Rule-based sentence boundaries for news text (component ``netralitas_sentences``).

* a newline ends a sentence (paragraphs are sentences at least);
* ``.``, ``!``, ``?`` (with closing quotes or brackets after them) end a sentence
  when the next word starts with a capital, a digit or an opening quote;
  ``“…!” tegasnya`` stays one sentence because ``tegasnya`` is lower case;
* the stop must be a token of its own: titles and degrees are single tokens
  (``H.``, ``ST.``, ``S.Sos.``; see ``tokenizer``), so ``H. Elman, ST.,`` never
  ends a sentence;
* an opening quote mark starts the next sentence instead of closing the last,
  also after a period-final token (``kata X. “…``) or glued (``Ilham.“Jangan``).

Boundaries are found with one regular expression over ``doc.text`` and written
to the Doc in one array operation: a per-token Python loop cost more than the
tokenizer itself.  A run of stops (``.....``) is tried from its first mark only
(a match from any later mark would end the same way), so the cost stays linear.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy
import regex
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .components import doc_text

OPENING_QUOTES = "“„«‘\"'"
# group "stop": the stop mark; group "next": the first character of the next sentence.
BOUNDARY = regex.compile(
    r"""
    \n\s*(?P<next>\S)                                        # a new line
    |
    \.[ \t]*(?P<next>[“„«])      # any final period, even of "X." or glued ("Ilham.“Jangan"),
                                  # then an opening curly quote: the quote starts the next sentence
    |
    (?:(?<![.!?…])|(?<=\n\s*[.!?…]))  # tried once per run of stops, not at each of its marks
    (?P<stop>[.!?…])[.!?…]*+[”»’"')\]]*[ \t]+                 # a stop, closing marks, spaces
    (?P<next>[\p{Lu}\d“„«‘"']|”(?=[\p{Lu}\d]))                # capital, digit or opening quote (Kompas
                                                              # opens quotes with ”: `tersebut. ”Bagi saya`)
    """,
    regex.VERBOSE,
)


def sentence_start_chars(text: str, token_starts: list[int]) -> list[int]:
    starts = []
    for match in BOUNDARY.finditer(text):
        stop = match.start("stop")
        if stop >= 0 and not _is_own_token(stop, token_starts):
            continue  # the period closes an abbreviation such as H. or ST.
        starts.append(match.start("next"))
    return starts


def _is_own_token(char: int, token_starts: list[int]) -> bool:
    position = bisect_left(token_starts, char)
    return position < len(token_starts) and token_starts[position] == char


def set_sentence_starts(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    token_starts = doc.to_array([IDX]).tolist()
    flags = numpy.full(len(doc), -1, dtype="int64")
    flags[0] = 1
    for char in sentence_start_chars(doc_text(doc), token_starts):
        token = bisect_left(token_starts, char)
        if token < len(token_starts) and token_starts[token] == char:
            flags[token] = 1
    # spaCy reads attribute arrays as uint64; -1 ("not a start") wraps as it expects.
    doc.from_array([SENT_START], flags.astype("uint64"))
    return doc


@Language.component("netralitas_sentences")
def sentence_component(doc: Doc) -> Doc:
    return set_sentence_starts(doc)
