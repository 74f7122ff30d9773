"""Flat tables and the SEACrowd kb view of real records: offsets, join keys, references."""

from __future__ import annotations

import pytest

from netralitas_nlp.release import FLAT_TABLES, flat_rows, table_features
from netralitas_nlp.release.kb import ENTITY_TYPES, kb_features, kb_row


@pytest.fixture(scope="module")
def records(release_records):
    return release_records


@pytest.fixture(scope="module")
def tables(records):
    return flat_rows(records)


@pytest.fixture(scope="module")
def texts(records):
    return {record.id: record.text for record in records}


def test_every_table_has_one_row_per_item(records, tables):
    assert set(tables) == set(FLAT_TABLES)
    assert len(tables["officials"]) == sum(len(record.officials) for record in records)
    assert len(tables["roles"]) == sum(len(official.roles) for record in records for official in record.officials)
    assert len(tables["quotes"]) == sum(len(record.quotes) for record in records)
    assert len(tables["events"]) == sum(len(record.events) for record in records)
    assert len(tables["dates"]) == sum(len(record.dates) for record in records)
    assert len(tables["institutions"]) == sum(len(record.institutions) for record in records)
    assert len(tables["elections"]) == sum(len(record.elections) for record in records)
    for name, rows in tables.items():
        assert rows, name
        assert all(set(row) == set(table_features(name)) for row in rows), name


def test_offsets_point_into_the_article_text(tables, texts):
    checked = 0
    for name, rows in tables.items():
        for row in rows:
            text = texts[row["article_id"]]
            if row.get("start") is not None and "text" in row:
                assert text[row["start"]:row["end"]] == row["text"], (name, row)
                checked += 1
            for mention in row.get("mentions", []):
                assert text[mention["start"]:mention["end"]] == mention["text"]
            if name == "quotes" and row["cue_start"] is not None:
                assert text[row["cue_start"]:row["cue_end"]].lower().startswith(row["cue"][:3].lower())
            if name == "events" and row["start"] is not None:
                assert text[row["start"]:row["end"]] == row["trigger"]
    assert checked > 50


def test_tables_join_on_article_and_ids(tables):
    officials = {(row["article_id"], row["official_id"]): row for row in tables["officials"]}
    institutions = {(row["article_id"], row["institution_id"]) for row in tables["institutions"]}
    assert None not in {key[1] for key in officials} | {key[1] for key in institutions}
    for role in tables["roles"]:
        assert officials[(role["article_id"], role["official_id"])]["name"] == role["official_name"]
    speakers = [quote for quote in tables["quotes"] if quote["speaker_id"] is not None]
    assert speakers
    for quote in speakers:
        official = officials[(quote["article_id"], quote["speaker_id"])]
        assert quote["speaker"] in [official["name"], *official["aliases"]]
    linked = [(event["article_id"], item_id) for event in tables["events"]
              for item_id in event["organizer_ids"] + event["participant_ids"]]
    assert linked and all(key in officials or key in institutions for key in linked)
    mains = [event for event in tables["events"] if event["main"]]
    assert len(mains) == len({event["article_id"] for event in tables["events"]})
    assert all(event["event_index"] == 0 for event in mains)


def test_kb_rows_follow_the_seacrowd_schema(records):
    import datasets

    rows = [kb_row(record) for record in records]
    dataset = datasets.Dataset.from_list(rows, features=kb_features())
    assert dataset.features == kb_features()
    assert set(kb_features()) == {"id", "passages", "entities", "events", "coreferences", "relations"}
    event = kb_features()["events"].feature
    assert set(event) == {"id", "type", "trigger", "arguments"} and set(event["arguments"]) == {"role", "ref_id"}


def test_kb_offsets_and_references_hold(records):
    types = set()
    for record in records:
        row = kb_row(record)
        entities = {entity["id"]: entity for entity in row["entities"]}
        assert len(entities) == len(row["entities"])
        for item in row["passages"] + row["entities"]:
            (start, end), = item["offsets"]
            assert record.text[start:end] == item["text"][0]
        for event in row["events"]:
            for (start, end), text in zip(event["trigger"]["offsets"], event["trigger"]["text"]):
                assert record.text[start:end] == text
            assert all(ref in entities for ref in event["arguments"]["ref_id"])
        for cluster in row["coreferences"]:
            assert len(cluster["entity_ids"]) > 1 and all(ref in entities for ref in cluster["entity_ids"])
        for relation in row["relations"]:
            assert entities[relation["arg1_id"]]["type"] == "PER" and entities[relation["arg2_id"]]["type"] == "ROLE"
        types |= {entity["type"] for entity in row["entities"]}
    assert types <= set(ENTITY_TYPES) and {"PER", "ORG", "DATE", "QUOTE"} <= types


def test_kb_links_an_official_and_a_quote_speaker(records):
    seed = records[0]
    row = kb_row(seed)
    entities = {entity["id"]: entity for entity in row["entities"]}
    statements = [event for event in row["events"] if event["type"] in ("statement", "warning")]
    assert len(statements) == len(seed.quotes)
    clusters = [set(cluster["entity_ids"]) for cluster in row["coreferences"]]
    resolved = 0
    for event, quote in zip(statements, seed.quotes):
        roles = dict(zip(event["arguments"]["role"], event["arguments"]["ref_id"]))
        assert entities[roles["content"]]["text"] == [quote.text]
        if "speaker" in roles and quote.speaker in {official.name for official in seed.officials}:
            assert any(roles["speaker"] in cluster for cluster in clusters)  # pronoun speakers join the official
            resolved += 1
    assert resolved and any(relation["type"] == "has_role" for relation in row["relations"])
