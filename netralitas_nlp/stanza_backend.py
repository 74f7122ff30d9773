"""stanza's annotation on our ``Doc``: POS, lemma, dependency trees and entities from the shipped stanza models.

The ``Doc`` keeps the project's tokens and sentences (``tokenizer``, ``annotate.structure``): the annotation
layer's lexicons and rules are written for them (titles and degrees are one token, a line break ends a
sentence), and the text is the article's, character for character.  stanza's words are laid on those tokens:

* **backend** (``Extractor(backend="stanza")``, component ``netralitas_stanza`` right after
  ``netralitas_structure``): stanza's pos, lemma, depparse and ner run on our sentences, pre-tokenized, so
  each stanza word is one of our tokens;
* **processor** (``stanza_processor``): a stanza ``Document`` of the article's text, tokenized by stanza,
  is laid on our tokens by its tokens' text, in order (``tokens_by_text``).

Either way ``write_annotation`` sets ``token.pos_``, ``lemma_``, ``head``, ``dep_`` and ``doc.ents``.  Each
of our sentences gets one tree: an arc that would cross one of our sentence boundaries, or close a cycle
where several stanza words share one token, goes to the sentence's root instead, so the sentences the
annotation layer found stay exactly as they were.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from typing import Optional

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .stanza_models import stanza_pipeline

BACKEND_PROCESSORS = "tokenize,pos,lemma,depparse,ner"
"""What the backend asks of stanza; tokenize only reads our pre-tokenized sentences."""
ATTACHED = "dep"
"""The relation of a token stanza gave no word to (a line break), or whose own arc had to be moved."""

STANZA_DOCUMENT = "netralitas_stanza_document"
"""``doc.user_data`` key of a stanza Document to lay on the Doc instead of running stanza (the processor)."""
SEARCH_AHEAD = 2000
"""How far past the last token found the next stanza token is looked for (page furniture cleaned away)."""

_lock = threading.Lock()
_pipelines: dict[str, object] = {}


def pretokenized_pipeline(processors: str = BACKEND_PROCESSORS):
    """One stanza pipeline per process that reads pre-tokenized sentences (loading costs seconds)."""
    with _lock:
        if processors not in _pipelines:
            _pipelines[processors] = stanza_pipeline(processors, tokenize_pretokenized=True)
        return _pipelines[processors]


def content_tokens(doc: Doc) -> list[list[int]]:
    """Indices of the non-space tokens of each of the Doc's sentences (stanza gets no whitespace tokens)."""
    sentences = [[token.i for token in sentence if not token.is_space] for sentence in doc.sents]
    return [sentence for sentence in sentences if sentence]


def annotate_with_stanza(doc: Doc) -> Doc:
    """A stanza Document handed over in ``doc.user_data[STANZA_DOCUMENT]`` (the processor), laid on the Doc's
    tokens; otherwise stanza run on the Doc's own sentences and tokens."""
    document = doc.user_data.pop(STANZA_DOCUMENT, None)
    if document is not None:
        write_annotation(doc, document, tokens_by_text(doc, document))
        return doc
    return annotate_own_sentences(doc)


def annotate_own_sentences(doc: Doc, nlp=None) -> Doc:
    sentences = content_tokens(doc)
    if not sentences:
        return doc
    nlp = nlp or pretokenized_pipeline()
    document = nlp([[doc[index].text for index in sentence] for sentence in sentences])
    token_of = {}
    for indices, sentence in zip(sentences, document.sentences, strict=True):
        for index, token in zip(indices, sentence.tokens, strict=True):
            for word in token.words:
                token_of[id(word)] = index
    write_annotation(doc, document, token_of)
    return doc


def tokens_by_text(doc: Doc, document) -> dict[int, int]:
    """Each stanza word of ``document`` -> the index of our token holding its token's first character.

    The Doc's text is the cleaned article (``ingest.prepare``), the Document's the text stanza was given:
    each stanza token is looked for in order, a little ahead of the last one found; a token cleaning
    removed is not found and maps nowhere.  An MWT's words all go to the token of their stanza token.
    """
    text = doc.text
    starts = [token.idx for token in doc]
    token_of, cursor = {}, 0
    for sentence in document.sentences:
        for token in sentence.tokens:
            found = text.find(token.text, cursor, cursor + len(token.text) + SEARCH_AHEAD)
            if found < 0:
                continue
            cursor = found + len(token.text)
            index = bisect_right(starts, found) - 1
            for word in token.words:
                token_of[id(word)] = index
    return token_of


def write_annotation(doc: Doc, document, token_of: dict[int, int]) -> None:
    """stanza's words (``token_of``: word -> our token index) as POS, lemma, heads, relations and entities."""
    representative = representative_words(document, token_of)
    heads = numpy.arange(len(doc), dtype="int64")
    relations = [ATTACHED] * len(doc)
    for sentence in doc.sents:
        attach_sentence(range(sentence.start, sentence.end), representative, token_of, heads, relations)
    strings = doc.vocab.strings
    columns = numpy.zeros((len(doc), 4), dtype="uint64")
    columns[:, 2] = (heads - numpy.arange(len(doc), dtype="int64")).view("uint64")  # HEAD is relative
    for token in doc:
        word = representative.get(token.i, (None,))[0]
        upos = "SPACE" if token.is_space else (word.upos if word is not None and word.upos else "X")
        lemma = word.lemma if word is not None and word.lemma else token.text
        columns[token.i, [0, 1, 3]] = (POS_IDS[upos], strings.add(lemma), strings.add(relations[token.i]))
    doc.from_array([POS, LEMMA, HEAD, DEP], columns)
    doc.ents = entity_spans(doc, document, token_of)


def representative_words(document, token_of: dict[int, int]) -> dict[int, tuple]:
    """Per token, the stanza word that speaks for it: the one whose head lies outside the token (the head
    of ``bukunya`` = ``buku`` + ``nya`` is ``buku``), else its first word."""
    chosen: dict[int, tuple] = {}
    for sentence in document.sentences:
        words = sentence.words
        for word in words:
            index = token_of.get(id(word))
            if index is None:
                continue
            if index not in chosen or (points_outside(word, words, token_of, index)
                                       and not points_outside(*chosen[index], token_of, index)):
                chosen[index] = (word, words)
    return chosen


def points_outside(word, words, token_of: dict[int, int], index: int) -> bool:
    return not word.head or token_of.get(id(words[word.head - 1])) != index


def attach_sentence(span: range, representative: dict, token_of: dict[int, int], heads, relations: list[str]) -> None:
    """One tree over our sentence ``span``: stanza's arcs inside it, everything else on one root."""
    proposed: dict[int, Optional[int]] = {}
    for index in span:
        if index not in representative:
            continue
        word, words = representative[index]
        head_word = words[word.head - 1] if word.head else None
        head = token_of.get(id(head_word)) if head_word is not None else None
        proposed[index] = head if head in span and head != index else None
        relations[index] = word.deprel or ATTACHED
    candidates = [index for index, head in proposed.items() if head is None]
    root = next((index for index in candidates if relations[index] == "root"),
                candidates[0] if candidates else span.start)
    for index in span:
        head = proposed.get(index)
        heads[index] = root if head is None else head
        if index == root:
            heads[index], relations[index] = root, "root"
        elif head is None and relations[index] == "root" or index not in proposed:
            relations[index] = ATTACHED
    break_cycles(span, heads, relations, root)


def break_cycles(span: range, heads, relations: list[str], root: int) -> None:
    """A token whose chain of heads never reaches the root (words of one token pointing at each other
    across another token) is attached to the root."""
    for index in span:
        seen, current = set(), index
        while current != root and current not in seen:
            seen.add(current)
            current = int(heads[current])
        if current != root:
            heads[index], relations[index] = root, ATTACHED


def entity_spans(doc: Doc, document, token_of: dict[int, int]) -> list[Span]:
    """stanza's entities on the tokens their words lie on (overlaps resolved by ``filter_spans``)."""
    spans = []
    for entity in document.ents:
        indices = [token_of[id(word)] for token in entity.tokens for word in token.words if id(word) in token_of]
        if indices:
            spans.append(Span(doc, min(indices), max(indices) + 1, label=entity.type))
    return filter_spans(spans)


@Language.factory("netralitas_stanza", assigns=["token.pos", "token.lemma", "token.dep", "token.head", "doc.ents"],
                  requires=["token.is_sent_start"])
def make_stanza_component(nlp: Language, name: str):
    return annotate_with_stanza

