"""The trained NER inside the extractor (``Extractor(ner=True)``, ``annotate.entities``), on real articles
of ../shared/corpora that are not in the development gold."""

from __future__ import annotations

import os

import pytest
from spacy.tokens import Doc

from netralitas_nlp import Extractor
from netralitas_nlp.annotate.entities import NER_CANDIDATES
from netralitas_nlp.evaluate import load_gold_dir
from netralitas_nlp.extractor import prepare, run_pipeline
from netralitas_nlp.ingest import RawArticle
from netralitas_nlp.ner import load_ner_model
from netralitas_nlp.output import record_json
from netralitas_nlp.pipeline import ANNOTATORS, PIPELINE, build_nlp, get_nlp, ner_enabled

# PFSA-ID articles (not in ../shared/gold) where the model places what the rules could not.
# (0017, `Hal senada dikemukakan Koordinator Nasional ... Muhammad Abdi Suhufan.`, is read by the rules since round 3:
# a passive verb before a role run is a cue.)
UNHELD_ROLE = "pfsa:pfsa-id_dev-40:0096"  # `Kepala Bidang Bangunan Gedung Dinas ..., Cipta Karya, dan Tata Ruang Kota Surabaya Iman Krestian menuturkan`
UNHELD_HOLDER = "Iman Krestian"
UNHELD_TITLE = "Kepala Bidang Bangunan Gedung Dinas Perumahan Rakyat dan Kawasan Permukiman"
NER_ONLY_PERSON = "pfsa:pfsa-id_dev-40:0253"  # `Kepala Dinas Perindustrian, ..., dan Tenaga Kerja Papua Laduani Ladamay`
BODY_WORD_HOLDER = "pfsa:pfsa-id_dev-40:0198"  # `Ketua DPD Organisasi Pengusaha Nasional Angkutan Bermotor ... Shafruhan Sinungan`
PLACE_AS_PERSON = "pfsa:pfsa-id_dev-40:0039"  # `Daerah Tertinggal, Terpencil, Terluar dan Perbatasan`


@pytest.fixture(scope="module")
def pfsa_by_id(pfsa_articles, shared_dir):
    gold = {record["id"] for record in load_gold_dir(shared_dir / "gold")}
    assert not {UNHELD_ROLE, NER_ONLY_PERSON, BODY_WORD_HOLDER, PLACE_AS_PERSON} & gold
    return {row["id"]: row for row in pfsa_articles}


def annotated(row: dict, ner: bool):
    return run_pipeline(prepare(RawArticle(text=row["text"], id=row["id"])), ner=ner)


def people(doc) -> dict[str, list[str]]:
    """Person as written → titles of its roles."""
    return {span._.person.surface: [role.title for role in span._.roles or []] for span in doc.spans["person"]}


def official_roles(record, name: str) -> list[str]:
    return [role.title for official in record.officials if official.name == name for role in official.roles]


def test_the_ner_components_join_only_when_asked():
    assert get_nlp(ner=False).pipe_names == list(PIPELINE)
    with_ner = get_nlp(ner=True).pipe_names
    assert with_ner.index("ner") == len(ANNOTATORS) and with_ner.index(NER_CANDIDATES) == len(ANNOTATORS) + 1
    assert [name for name in with_ner if name not in ("ner", NER_CANDIDATES)] == list(PIPELINE)
    assert not any(get_nlp(ner=True).analyze_pipes()["problems"].values())


def test_ner_setting_comes_from_argument_then_environment(monkeypatch):
    monkeypatch.setenv("NETRALITAS_NER", "1")
    assert ner_enabled() is True and ner_enabled(False) is False
    monkeypatch.setenv("NETRALITAS_NER", "0")
    assert ner_enabled() is False and Extractor().ner is False
    with pytest.raises(TypeError, match="ner must be bool"):
        Extractor(ner="yes")


def test_doc_ents_are_the_shipped_models_on_the_same_tokens(news_articles):
    """The model's entities, on the tokens of the library's tokenizer; the pipeline's sentences bound them
    (spaCy's NER never reads an entity across a sentence start)."""
    model = load_ner_model()
    checked = 0
    for row in news_articles[:25]:
        doc = annotated(row, ner=True)
        assert [t.text for t in model.make_doc(doc.text)] == [t.text for t in doc]
        alone = Doc(model.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                    sent_starts=[bool(t.is_sent_start) for t in doc])
        alone = model.get_pipe("ner")(alone)
        assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [(e.start_char, e.end_char, e.label_) for e in alone.ents]
        assert {e.label_ for e in doc.ents} <= {"PER", "ORG", "LOC"}
        checked += len(doc.ents)
    assert checked > 100


def test_rules_only_docs_carry_no_entities(news_articles):
    assert all(not annotated(row, ner=False).ents for row in news_articles[:10])


def test_unheld_role_goes_to_the_person_the_model_confirms(pfsa_by_id):
    row = pfsa_by_id[UNHELD_ROLE]
    assert people(annotated(row, ner=False))[UNHELD_HOLDER] == []
    assert people(annotated(row, ner=True))[UNHELD_HOLDER] == [UNHELD_TITLE]
    assert official_roles(Extractor(ner=True)(row["text"]), UNHELD_HOLDER) == [UNHELD_TITLE]
    assert official_roles(Extractor(ner=False)(row["text"]), UNHELD_HOLDER) == []


def test_a_person_only_the_model_reads_reaches_the_person_spans(pfsa_by_id):
    row = pfsa_by_id[NER_ONLY_PERSON]
    assert not any("Laduani" in surface for surface in people(annotated(row, ner=False)))
    doc = annotated(row, ner=True)
    span = next(span for span in doc.spans["person"] if span._.person.surface == "Laduani Ladamay")
    assert span._.person.parsed.name == "Laduani Ladamay" and span.label_ == "PERSON"
    assert [role.position for role in span._.roles] and span._.roles[0].title.startswith("Kepala Dinas Perindustrian")
    assert official_roles(Extractor(ner=True)(row["text"]), "Laduani Ladamay")


def test_people_without_a_role_join_only_when_configured(pfsa_by_id):
    row = pfsa_by_id[NER_ONLY_PERSON]
    nlp = build_nlp(ner=True)
    nlp.get_pipe(NER_CANDIDATES).roleless = True
    doc = nlp(prepare(RawArticle(text=row["text"], id=row["id"])).text)
    default = annotated(row, ner=True)
    extra = set(people(doc)) - set(people(default))
    assert extra and all(people(doc)[surface] == [] for surface in extra)


def test_a_role_leaves_a_body_word_the_model_reads_in_an_organisation(pfsa_by_id):
    row = pfsa_by_id[BODY_WORD_HOLDER]
    rules = people(annotated(row, ner=False))
    assert rules["Bermotor"] and rules["Shafruhan Sinungan"] == []
    with_ner = people(annotated(row, ner=True))
    assert "Bermotor" not in with_ner and with_ner["Shafruhan Sinungan"] == rules["Bermotor"]


def test_a_rule_person_the_model_reads_as_a_place_is_vetoed(pfsa_by_id):
    row = pfsa_by_id[PLACE_AS_PERSON]
    assert "Terpencil" in people(annotated(row, ner=False))
    doc = annotated(row, ner=True)
    assert "Terpencil" not in people(doc)
    assert any(ent.text == "Terpencil" and ent.label_ == "LOC" for ent in doc.ents)


def test_without_ner_the_output_is_the_rules_pipeline_output(news_articles):
    rows = news_articles[:40]
    nlp = build_nlp(ner=False)
    before = [record_json(record) for record in Extractor(ner=False).pipe(rows)]
    Extractor(ner=True)  # building the NER pipeline in the same process changes nothing for the rules
    after = [record_json(record) for record in Extractor(ner=False).pipe(rows)]
    assert before == after
    assert nlp.pipe_names == get_nlp(ner=False).pipe_names


def test_offsets_are_exact_with_ner(pfsa_articles, news_articles):
    for row in [*pfsa_articles[:60], *news_articles[:60]]:
        doc = annotated(row, ner=True)
        text = doc.text
        for span in doc.spans["person"]:
            person = span._.person
            assert text[person.start:person.end] == person.surface
            assert text[person.parsed.start:person.parsed.end] == person.parsed.name
        record = Extractor(ner=True)(row["text"], id=row["id"])
        for item in record.iter_spans():  # what the record writes (record_from_doc checks it too)
            assert record.text[item.start:item.end] == item.text


def test_ner_output_is_deterministic_across_runs_and_processes(pfsa_articles):
    rows = [{"id": row["id"], "text": row["text"]} for row in pfsa_articles[:24]]
    first = [record_json(record) for record in Extractor(ner=True).pipe(rows)]
    again = [record_json(record) for record in Extractor(ner=True).pipe(rows)]
    parallel = [record_json(record) for record in Extractor(ner=True).pipe(rows, n_process=2, batch_size=6)]
    assert first == again == parallel


def test_saved_ner_pipeline_loads_back_with_identical_records(tmp_path):
    import spacy

    from .test_spacy_components import records_with

    nlp = build_nlp(ner=True)
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert records_with(loaded) == records_with(nlp)


def test_command_line_ner_switch(tmp_path, pfsa_by_id):
    """``--ner/--no-ner`` (in a subprocess: the switch sets ``$NETRALITAS_NER`` for the run and its workers)."""
    import json
    import subprocess
    import sys

    row = pfsa_by_id[UNHELD_ROLE]
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": row["id"], "text": row["text"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    roles = {}
    for switch in ("--ner", "--no-ner"):
        out = tmp_path / f"out{switch}.jsonl"
        subprocess.run([sys.executable, "-m", "netralitas_nlp", "extract", str(source), "-o", str(out), "-q", switch],
                       check=True, capture_output=True, env={**os.environ, "NETRALITAS_NER": ""})
        record = json.loads(out.read_text(encoding="utf-8"))
        roles[switch] = [role["title"] for official in record["officials"] if official["name"] == UNHELD_HOLDER
                         for role in official["roles"]]
    assert roles == {"--ner": [UNHELD_TITLE], "--no-ner": []}


def test_organisation_candidates_fill_only_gaps_when_configured(pfsa_articles):
    nlp = build_nlp(ner=True)
    nlp.get_pipe(NER_CANDIDATES).orgs = True
    added = 0
    for row in pfsa_articles[:30]:
        text = prepare(RawArticle(text=row["text"], id=row["id"])).text
        rules_doc = annotated(row, ner=False)
        rules = [(span._.org.start, span._.org.end) for span in rules_doc.spans["org"]]
        doc = nlp(text)
        new = [span._.org for span in doc.spans["org"] if (span._.org.start, span._.org.end) not in rules]
        for mention in new:
            assert not any(start < mention.end and mention.start < end for start, end in rules)
            assert text[mention.start:mention.end].startswith(mention.body.full)
            assert " " in mention.body.full and not mention.body.full.isupper()
        added += len(new)
    assert added > 0
