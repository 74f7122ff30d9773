"""Rule-based sentence boundaries for news text (component ``netralitas_sentences``).

* a newline ends a sentence (paragraphs are sentences at least);
* ``.``, ``!``, ``?`` (and a closing quote or bracket after them) end a sentence
  when the next word starts with a capital, a digit or an opening quote;
  ``“…!” tegasnya`` stays one sentence because ``tegasnya`` is lower case;
* titles and degrees are single tokens (see ``tokenizer``), so ``H. Elman, ST.,``
  never ends a sentence;
* an opening quote mark starts the next sentence instead of closing the last.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

SENTENCE_END = {".", "!", "?", "…", "..."}
OPENING_QUOTES = {"“", "„", "«", "‘"}
CLOSING_QUOTES = {"”", "»", "’"}
STRAIGHT_QUOTES = {'"', "'"}
CLOSING_BRACKETS = {")", "]"}


def is_opening_quote(token: Token) -> bool:
    if token.text in OPENING_QUOTES:
        return True
    if token.text in STRAIGHT_QUOTES:
        before_is_space = token.i == 0 or bool(token.doc[token.i - 1].whitespace_) or token.doc[token.i - 1].is_space
        return before_is_space and not token.whitespace_
    return False


def is_closing_mark(token: Token) -> bool:
    return token.text in CLOSING_QUOTES or token.text in CLOSING_BRACKETS or (
        token.text in STRAIGHT_QUOTES and not is_opening_quote(token)
    )


def starts_sentence_after_stop(token: Token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or is_opening_quote(token) or token.text in OPENING_QUOTES


def set_sentence_starts(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    doc[0].is_sent_start = True
    pending_stop = False
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text:
            token.is_sent_start = not token.is_space or "\n" not in token.text
            pending_stop = False
            continue
        if token.is_space:
            token.is_sent_start = False
            continue
        if previous.text in SENTENCE_END or (previous.text.endswith(".") and is_opening_quote(token)):
            # a quote opening after any token with a final period (``kata X. “…``) starts a sentence
            pending_stop = True
        elif not (pending_stop and is_closing_mark(previous)):
            pending_stop = False
        token.is_sent_start = pending_stop and starts_sentence_after_stop(token)
        if token.is_sent_start:
            pending_stop = False
    return doc


@Language.component("netralitas_sentences")
def sentence_component(doc: Doc) -> Doc:
    return set_sentence_starts(doc)
