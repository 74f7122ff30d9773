"""The shipped NER pipeline (models/id_netralitas_ner): loads offline, finds PER/ORG/LOC, documents itself."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from netralitas_nlp.evaluate.ner_corpora import LABELS, corpus_docs
from netralitas_nlp.evaluate.ner_scores import score_docs
from netralitas_nlp.ner import NER_MODEL_NAME, NerModelNotFound, load_ner_model, ner_model_path

from .conftest import REPO, require_shared

MAX_SIZE_MB = 20
DEV_FLOOR = 0.85


@pytest.fixture(scope="module")
def nlp():
    return load_ner_model()


@pytest.fixture(scope="module")
def meta():
    return json.loads((ner_model_path() / "meta.json").read_text(encoding="utf-8"))


def test_model_ships_in_the_repository_and_is_small():
    folder = REPO / "models" / NER_MODEL_NAME
    size = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
    assert (folder / "config.cfg").is_file() and (folder / "meta.json").is_file()
    assert size < MAX_SIZE_MB * 1e6


def test_labels_are_the_mapped_set(nlp):
    assert nlp.pipe_names == ["ner"]
    assert tuple(sorted(nlp.get_pipe("ner").labels)) == LABELS


def test_meta_records_scores_licences_and_training_sets(meta):
    assert meta["performance"]["ents_f"] >= DEV_FLOOR
    assert set(meta["performance"]["ents_per_type"]) == set(LABELS)
    training = meta["netralitas"]["training"]
    assert set(training["mix"]) <= {"idner-news-2k", "nergrit", "nerp"}  # never NER-UI / NER-UGM
    assert set(meta["license"].split(" AND ")) == {source["license"] for source in meta["sources"]} <= {"MIT", "Apache-2.0"}
    assert len(meta["sources"]) == len(training["mix"])
    for name in ("nerui test (5-fold mean)", "nerugm test (5-fold mean)"):
        assert 0 < meta["netralitas"]["scores"][name]["f"] < 1
    assert training["seeds"] == [0, 0, 1, 2] and training["spacy"] == meta["spacy_version"].split(",")[0].lstrip(">=")


def test_dev_scores_in_meta_are_what_the_model_gives(nlp, meta):
    require_shared("ner", "idner-news-2k", "dev.txt")
    scores = score_docs(nlp, corpus_docs(nlp, "idner-news-2k", "dev"))
    assert scores["f"] == pytest.approx(meta["performance"]["ents_f"], abs=1e-9)
    assert scores["f"] >= DEV_FLOOR
    for label in LABELS:
        assert scores["per_label"][label]["f"] >= 0.75, label


def test_finds_people_bodies_and_places_in_news_articles(nlp, news_articles):
    texts = [article["text"] for article in news_articles[:60]]
    labels = Counter()
    for text, doc in zip(texts, nlp.pipe(texts)):
        for ent in doc.ents:
            assert text[ent.start_char:ent.end_char] == ent.text
            labels[ent.label_] += 1
    assert all(labels[label] >= 50 for label in LABELS), labels


def test_entities_on_real_sentences_of_a_cross_domain_set(nlp):
    require_shared("ner", "nerui", "test.01.tsv")
    gold = corpus_docs(nlp, "nerui", "test.01")[:150]
    scores = score_docs(nlp, gold)
    assert scores["f"] > 0.6
    assert all(scores["per_label"][label]["r"] > 0.4 for label in LABELS)


def test_saved_tokenizer_is_the_project_tokenizer(nlp, news_articles):
    """The copy saved with the model (used by plain ``spacy.load``) must not drift from tokenizer.py."""
    import spacy

    saved = spacy.load(ner_model_path())
    for article in news_articles[:40]:
        assert [t.text for t in saved.make_doc(article["text"])] == [t.text for t in nlp.make_doc(article["text"])]


def test_plain_spacy_load_finds_the_tokenizer_through_the_entry_point():
    code = "import spacy, sys; print(spacy.load(sys.argv[1]).pipe_names)"  # no netralitas_nlp import
    done = subprocess.run([sys.executable, "-c", code, str(ner_model_path())], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "['ner']"


def test_missing_model_is_a_clear_error_not_a_download(tmp_path, monkeypatch):
    monkeypatch.setenv("NETRALITAS_MODELS", str(tmp_path))
    assert ner_model_path() == tmp_path / NER_MODEL_NAME
    with pytest.raises(NerModelNotFound, match="make models"):
        load_ner_model()
    with pytest.raises(FileNotFoundError):
        load_ner_model(tmp_path / "elsewhere")
