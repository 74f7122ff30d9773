"""The shipped Indonesian stanza models (models/stanza) load offline and annotate real Indonesian news."""

from __future__ import annotations

import json

import pytest

stanza = pytest.importorskip("stanza", reason="stanza extra not installed (pip install -e '.[stanza]'; "
                                              "`make test` installs it)")

from netralitas_nlp.stanza_models import PROCESSORS, models_dir, stanza_pipeline  # noqa: E402
from tests.conftest import built_offline, require_shared  # noqa: E402

UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X"}
UD_RELATIONS = {"acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf", "compound",
                "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl", "fixed", "flat",
                "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan",
                "parataxis", "punct", "reparandum", "root", "vocative", "xcomp"}


@pytest.fixture(scope="session")
def nlp():
    """Every shipped processor, built once, with any network connection refused while it loads."""
    return built_offline(stanza_pipeline)


@pytest.fixture(scope="session")
def seed_docs(nlp) -> dict:
    """The seed articles of ../shared/corpora/seeds, annotated by every processor."""
    folder = require_shared("corpora", "seeds")
    texts = {path.stem: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))}
    return {name: (text, nlp(text)) for name, text in texts.items()}


def test_resources_json_names_a_shipped_model_for_every_processor():
    resources = json.loads((models_dir() / "resources.json").read_text(encoding="utf-8"))["id"]
    default = resources["packages"]["default"]
    assert set(default) == set(PROCESSORS.split(","))
    for processor, package in default.items():
        assert package in resources[processor]
        assert (models_dir() / "id" / processor / f"{package}.pt").is_file()


def test_missing_models_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="resources.json"):
        stanza_pipeline(models=tmp_path)


def test_tokens_and_sentences_keep_their_offsets(seed_docs):
    for text, doc in seed_docs.values():
        assert len(doc.sentences) >= 5
        for sentence in doc.sentences:
            for token in sentence.tokens:
                assert text[token.start_char:token.end_char] == token.text


def test_every_word_has_a_tag_a_lemma_and_a_tree(seed_docs):
    for _, doc in seed_docs.values():
        for sentence in doc.sentences:
            words = sentence.words
            assert sum(word.head == 0 for word in words) == 1
            for word in words:
                assert word.upos in UPOS
                assert word.lemma
                assert 0 <= word.head <= len(words) and word.head != word.id
                assert word.deprel.split(":")[0] in UD_RELATIONS
                assert (word.deprel == "root") == (word.head == 0)


def test_tags_are_sane_on_news_text(seed_docs):
    words = [word for _, doc in seed_docs.values() for sentence in doc.sentences for word in sentence.words]
    punctuation = [word for word in words if word.text in {".", ",", "(", ")", ":"}]
    assert punctuation and all(word.upos == "PUNCT" for word in punctuation)
    content = sum(word.upos in {"NOUN", "PROPN", "VERB"} for word in words)
    assert content / len(words) > 0.4
    # verbs are lemmatised to their stems (meN-/di- prefixes off) for most verbs in the text
    verbs = [word for word in words if word.upos == "VERB" and word.text.lower().startswith(("meng", "di"))]
    assert verbs and sum(word.lemma != word.text.lower() for word in verbs) / len(verbs) > 0.7


def test_clitic_nya_is_split_into_its_own_word(seed_docs):
    multiword = [token for _, doc in seed_docs.values() for sentence in doc.sentences
                 for token in sentence.tokens if len(token.words) > 1]
    assert any(token.words[-1].text.lower() == "nya" and token.words[-1].upos == "PRON" for token in multiword)


def test_ner_finds_people_in_the_seed_articles(seed_docs):
    for text, doc in seed_docs.values():
        people = [entity for entity in doc.ents if entity.type == "PER"]
        assert people, "no PER entity in a seed article about named officials"
        for entity in doc.ents:
            assert entity.type in {"PER", "ORG", "LOC"}
            assert text[entity.start_char:entity.end_char] == entity.text


def test_ner_recall_of_people_on_idner_dev(nlp):
    """Most gold PER names of held-out idner-news-2k sentences are found exactly (issue 15: NER from data
    whose licence allows shipping; this set was never trained on)."""
    path = require_shared("ner", "idner-news-2k", "dev.txt")
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            token, _, tag = line.split()
            current.append((token, tag))
        elif current:
            sentences.append(current)
            current = []
    with_people = [sentence for sentence in sentences if any(tag == "B-PER" for _, tag in sentence)][:60]
    doc = stanza_pipeline("tokenize,ner", tokenize_pretokenized=True)([[t for t, _ in s] for s in with_people])
    gold = predicted_hits = 0
    for sentence, annotated in zip(with_people, doc.sentences):
        found = {(entity.text, entity.type) for entity in annotated.ents}
        names = person_names(sentence)
        gold += len(names)
        predicted_hits += sum((name, "PER") in found for name in names)
    assert predicted_hits / gold > 0.75


def person_names(sentence: list[tuple[str, str]]) -> list[str]:
    names: list[list[str]] = []
    for token, tag in sentence:
        if tag == "B-PER":
            names.append([token])
        elif tag == "I-PER" and names:
            names[-1].append(token)
    return [" ".join(name) for name in names]
