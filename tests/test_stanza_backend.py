"""``Extractor(backend="stanza")``: stanza's annotation on our Doc, and speakers from the dependency subject.

The seed tests against their gold (test_quotes, test_officials, test_events, test_themes, test_dateline,
test_record_links) run on both backends through ``seed_records`` / ``extract_seeds``; these tests check the
Doc the stanza backend builds and what the parse adds.
"""

from __future__ import annotations

import pytest

pytest.importorskip("stanza", reason="stanza extra not installed, stanza backend untested "
                                     "(pip install -e '.[stanza]' -c constraints.txt; `make test` installs it)")

from netralitas_nlp import Extractor  # noqa: E402
from netralitas_nlp.extractor import run_pipeline  # noqa: E402
from netralitas_nlp.extractors.quotes.dependency_subjects import speech_verb_subject  # noqa: E402
from netralitas_nlp.ingest import RawArticle, prepare  # noqa: E402
from tests.conftest import require_shared  # noqa: E402


@pytest.fixture(scope="module")
def articles(news_articles) -> list:
    """The two seeds and ten news articles (IndoSum and detik.com, page junk included), prepared."""
    seeds = require_shared("corpora", "seeds")
    raws = [RawArticle(text=path.read_text(encoding="utf-8"), id=path.stem) for path in sorted(seeds.glob("*.txt"))]
    raws += [RawArticle(text=row["text"], id=row["id"]) for row in news_articles[::330][:10]]
    return [prepare(raw) for raw in raws]


@pytest.fixture(scope="module")
def doc_pairs(articles) -> list:
    return [(run_pipeline(article, "spacy"), run_pipeline(article, "stanza")) for article in articles]


def test_doc_keeps_the_article_text_tokens_and_sentences(articles, doc_pairs):
    for article, (plain, parsed) in zip(articles, doc_pairs):
        assert parsed.text == article.text
        assert [token.text for token in parsed] == [token.text for token in plain]
        assert [(s.start_char, s.end_char) for s in parsed.sents] == [(s.start_char, s.end_char) for s in plain.sents]


def test_every_sentence_is_one_tree_with_tags_and_lemmas(doc_pairs):
    for _, doc in doc_pairs:
        assert doc.has_annotation("DEP") and doc.has_annotation("POS") and doc.has_annotation("LEMMA")
        for sentence in doc.sents:
            roots = [token for token in sentence if token.dep_ == "root"]
            assert len(roots) == 1 and roots[0].head == roots[0]
            for token in sentence:
                assert sentence.start <= token.head.i < sentence.end
                assert token.lemma_ and (token.pos_ == "SPACE") == token.is_space


def test_parse_is_linguistically_plausible_on_news(doc_pairs):
    tokens = [token for _, doc in doc_pairs for token in doc if not token.is_space]
    punctuation = [token for token in tokens if token.text in {",", ".", "(", ")"}]
    assert sum(token.pos_ == "PUNCT" for token in punctuation) / len(punctuation) > 0.95
    assert sum(token.dep_ == "punct" for token in punctuation) / len(punctuation) > 0.9
    subjects = [token for token in tokens if token.dep_.startswith("nsubj")]
    assert subjects and sum(token.head.pos_ in {"VERB", "NOUN", "ADJ", "PROPN"} for token in subjects) / len(subjects) > 0.8


def test_entities_lie_on_tokens_and_name_people(doc_pairs):
    for _, doc in doc_pairs[:2]:
        assert any(entity.label_ == "PER" for entity in doc.ents)
    for _, doc in doc_pairs:
        for entity in doc.ents:
            assert entity.label_ in {"PER", "ORG", "LOC"}
            assert doc.text[entity.start_char:entity.end_char] == entity.text


def test_seed_records_are_those_of_the_spacy_backend(seed_records):
    """On the seeds the parse adds nothing the rules missed: both backends give the gold's records."""
    from netralitas_nlp import output
    from tests.conftest import extract_seeds

    spacy_records, stanza_records = extract_seeds("spacy"), extract_seeds("stanza")
    for name in spacy_records:
        assert output.record_json(stanza_records[name]) == output.record_json(spacy_records[name])


SEPARATED = ("Ketua Bawaslu Kabupaten Luwu, Ahmad Fauzan, pada apel pagi di halaman kantor bupati setempat, "
             "Senin (12/8/2024), kembali mengingatkan seluruh ASN agar menjaga netralitas.")


def test_subject_of_the_speech_verb_across_an_adverbial():
    doc = run_pipeline(prepare(RawArticle(text=SEPARATED, id="separated")), "stanza")
    cue = SEPARATED.index("mengingatkan")
    start, end, pronoun = speech_verb_subject(doc, cue, cue + len("mengingatkan"))
    assert (SEPARATED[start:end], pronoun) == ("Ahmad Fauzan", False)


def test_a_body_as_subject_is_no_speaker():
    text = "Oleh karena itu, Bawaslu menekankan pentingnya sosialisasi terkait pasal pidana pemilu."
    doc = run_pipeline(prepare(RawArticle(text=text, id="body")), "stanza")
    cue = text.index("menekankan")
    assert speech_verb_subject(doc, cue, cue + len("menekankan")) is None


def test_unknown_backend_is_a_clear_error():
    with pytest.raises(ValueError, match="backend must be one of"):
        Extractor(backend="udpipe")
