"""Typed records: contract field names, JSON round-trip, JSON Schema."""

from __future__ import annotations

import json

import jsonschema
import pytest
from pydantic import ValidationError

from netralitas_nlp.records import (
    Article, DateMention, Election, Event, Institution, Official, Quote, Role, Span, json_schema,
)

from tests.conftest import require_shared

CONTRACT_FIELDS = {
    Article: {"id", "title", "dateline", "published", "text", "officials", "institutions", "events",
              "elections", "dates", "quotes", "themes"},
    Official: {"name", "honorifics", "degrees", "roles", "mentions"},
    Role: {"title", "position", "acting", "jurisdiction", "organization", "former"},
    Institution: {"name", "acronym", "jurisdiction", "surface"},
    Event: {"type", "name", "date", "date_text", "venue", "place", "organizer", "theme", "participants"},
    Election: {"kind", "date", "region"},
    DateMention: {"text", "value", "start", "end"},
    Quote: {"text", "speaker", "cue", "direct", "is_warning", "start", "end"},
    Span: {"start", "end", "text"},
}


@pytest.mark.parametrize("record_class", list(CONTRACT_FIELDS), ids=lambda c: c.__name__)
def test_records_carry_the_contract_fields(record_class):
    assert CONTRACT_FIELDS[record_class] <= set(record_class.model_fields)


def gold_as_record(gold: dict) -> dict:
    """Contract gold (no offsets) completed with dummy offsets so it fits the typed records."""
    data = {k: v for k, v in gold.items() if k in Article.model_fields}
    data.setdefault("text", "")
    for official in data.get("officials", []):
        official.pop("mentions", None)
    for item in data.get("dates", []) + data.get("quotes", []):
        item.setdefault("start", 0)
        item.setdefault("end", 0)
    return data


def test_every_gold_file_fits_the_records_and_round_trips():
    gold_dir = require_shared("gold")
    files = sorted(gold_dir.glob("*.json"))
    assert len(files) >= 22
    for path in files:
        record = Article.model_validate(gold_as_record(json.loads(path.read_text(encoding="utf-8"))))
        again = Article.model_validate_json(record.model_dump_json())
        assert again == record, path.name


def test_unknown_vocabulary_is_rejected():
    with pytest.raises(ValidationError):
        Event(type="konser")
    with pytest.raises(ValidationError):
        Election(kind="Pilpres2")
    with pytest.raises(ValidationError):
        Article(id="x", text="t", themes=["cuaca"])


def test_json_schema_validates_records_and_rejects_bad_ones():
    schema = json_schema()
    record = Article(id="a", text="Bupati hadir.", quotes=[Quote(text="hadir", start=7, end=12)])
    jsonschema.validate(json.loads(record.model_dump_json()), schema)
    broken = json.loads(record.model_dump_json())
    broken["quotes"][0]["direct"] = "yes"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
