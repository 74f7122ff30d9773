"""Reading the ../shared/ner sets: IOB2 parsing, label mapping, re-tokenization onto our tokens."""

from __future__ import annotations

import pytest
import spacy

from netralitas_nlp.evaluate.ner_corpora import (
    CORPORA, LABELS, TaggedSentence, corpus_docs, iob_spans, read_iob, sentence_doc, sentence_keys,
)
from netralitas_nlp.tokenizer import TOKENIZER_CONFIG

from .conftest import require_shared


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("id", config=TOKENIZER_CONFIG)


def test_iob_spans_join_continuations_and_start_a_span_at_a_stray_inside_tag():
    tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-ORG", "I-PER"]
    assert iob_spans(tags) == ((0, 2, "PER"), (3, 5, "LOC"), (5, 6, "ORG"), (6, 7, "PER"))


def test_read_iob_reads_crlf_three_column_lines(tmp_path):
    path = tmp_path / "tiny.txt"
    path.write_bytes(b"Di ADP O\r\nPPP PROPN B-ORG\r\nsaja ADV O\r\n\r\nJokowi PROPN B-PER\r\n")
    sentences = list(read_iob(path))
    assert [s.tokens for s in sentences] == [("Di", "PPP", "saja"), ("Jokowi",)]
    assert [s.spans for s in sentences] == [((1, 2, "ORG"),), ((0, 1, "PER"),)]


def test_entity_with_glued_punctuation_keeps_only_its_word(nlp):
    sentence = TaggedSentence(("Kawasan", "Konservasi", "(KKPN)", "di", "Raja", "Ampat,"),
                              ((2, 3, "ORG"), (4, 6, "LOC")))
    doc = sentence_doc(nlp, sentence, {"ORG": "ORG", "LOC": "LOC"})
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("KKPN", "ORG"), ("Raja Ampat", "LOC")]
    assert doc.text[doc.ents[0].start_char:doc.ents[0].end_char] == "KKPN"


def test_missing_label_leaves_tokens_unannotated_and_unmapped_types_outside(nlp):
    sentence = TaggedSentence(("pt", "pln", "di", "manado", "jual", "croissant"),
                              ((0, 2, "IND"), (3, 4, "PLC"), (5, 6, "FNB")))
    doc = sentence_doc(nlp, sentence, CORPORA["nerp"].label_map)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("manado", "LOC")]
    assert [token.ent_iob_ for token in doc] == ["", "", "O", "B", "O", "O"]


def test_evaluation_only_sets_are_not_trainable():
    assert {name for name, corpus in CORPORA.items() if corpus.trainable} == {"idner-news-2k", "nergrit", "nerp"}
    assert not CORPORA["nerui"].trainable and not CORPORA["nerugm"].trainable


@pytest.mark.parametrize("corpus, split", [("idner-news-2k", "dev"), ("nergrit", "dev"), ("nerui", "test.01"),
                                           ("nerugm", "test.01")])
def test_real_splits_convert_with_every_entity_on_our_tokens(nlp, corpus, split):
    for path in CORPORA[corpus].paths(split):
        require_shared("ner", CORPORA[corpus].folder, path.name)
    mapped = [kind for s in (s for p in CORPORA[corpus].paths(split) for s in read_iob(p))
              for _, _, kind in s.spans if CORPORA[corpus].label_map.get(kind) in LABELS]
    docs = corpus_docs(nlp, corpus, split)
    entities = [ent for doc in docs for ent in doc.ents]
    assert len(entities) == len(mapped) > 100
    assert {ent.label_ for ent in entities} == set(LABELS)
    assert all(not ent[0].is_punct and not ent[-1].is_punct for ent in entities)


def test_training_sentences_repeated_in_idner_dev_are_left_out(nlp):
    require_shared("ner", "nerp", "train_preprocess.txt")
    dev = sentence_keys("idner-news-2k", "dev")
    everything = corpus_docs(nlp, "nerp", "train")
    kept = corpus_docs(nlp, "nerp", "train", exclude=dev)
    assert len(everything) - len(kept) > 10  # NERP repeats idner-news-2k dev sentences
    assert not {doc.text.lower() for doc in kept} & dev
