"""The library's steps behave as spaCy components: declared inputs and outputs, entry points, save and load."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib

import pytest
import spacy

from netralitas_nlp.extractor import record_from_doc
from netralitas_nlp.ingest import prepare, read_path
from netralitas_nlp.pipeline import PIPELINE, build_nlp
from tests.conftest import REPO


def seed_articles():
    return [prepare(raw) for raw in read_path(REPO / "corpora" / "seeds")]


def records_with(nlp) -> list[dict]:
    found = []
    for article in seed_articles():
        doc = nlp.make_doc(article.text)
        doc._.published, doc._.title, doc._.article_id, doc._.dateline = (
            article.published, article.title, article.id, article.dateline)
        found.append(record_from_doc(article, nlp(doc)).model_dump(mode="json"))
    return found


def test_analyze_pipes_reports_no_problems():
    analysis = build_nlp().analyze_pipes()
    assert all(problems == [] for problems in analysis["problems"].values()), analysis["problems"]
    # Every component declares what it writes.
    assert all(analysis["summary"][name]["assigns"] for name in PIPELINE)


def test_every_component_has_an_entry_point():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    factories = project["entry-points"]["spacy_factories"]
    assert set(PIPELINE) <= set(factories)
    assert "netralitas_tokenizer.v1" in project["entry-points"]["spacy_tokenizers"]


def test_components_are_found_by_name_in_a_fresh_interpreter():
    """After installation spaCy finds the factories through entry points: no import of netralitas_nlp."""
    code = f"""
import json, sys, spacy
nlp = spacy.blank("id")
for name in {list(PIPELINE)!r}:
    nlp.add_pipe(name)
doc = nlp(open({str(REPO / "corpora" / "seeds" / "seed-004.txt")!r}, encoding="utf-8").read())
print(json.dumps([official.name for official in doc._.officials]))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/").stdout
    assert "Elman" in json.loads(out.strip().splitlines()[-1])


def test_saved_pipeline_loads_back_with_identical_records(tmp_path):
    nlp = build_nlp()
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert records_with(loaded) == records_with(nlp)


def test_an_extractor_without_its_annotation_says_which_component_is_missing():
    nlp = spacy.blank("id")
    nlp.add_pipe("netralitas_institutions")
    with pytest.raises(ValueError, match="netralitas_orgs"):
        nlp("Ketua Bawaslu Kota Palopo hadir.")
