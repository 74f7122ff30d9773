"""A release folder: layout, `load_dataset` on every config, the card, round trip, licences, gold, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import datasets
import pytest
from huggingface_hub import DatasetCard

from netralitas_nlp.records import Article
from netralitas_nlp.release import ReleaseError, write_release
from netralitas_nlp.release.accuracy import latest_accuracy, parse_numbers
from netralitas_nlp.release.build import release_tables
from netralitas_nlp.release.gold import read_gold
from netralitas_nlp.release.kb import kb_features
from netralitas_nlp.release.provenance import licence_of, provenance_of, release_date
from tests.conftest import REPO, require_shared

DATE = "2025-06-01"
CONFIGS = {"articles", "officials", "roles", "institutions", "quotes", "events", "dates", "elections", "kb", "gold"}
PROVENANCE = ["source", "url", "license", "library_version", "extraction_date"]


def gold_dirs():
    return [REPO / "corpora" / "gold", require_shared("gold")]


@pytest.fixture(scope="module")
def built(tmp_path_factory, release_records):
    folder = tmp_path_factory.mktemp("release") / "netralitas-id"
    summary = write_release(release_records, folder, gold_dirs=gold_dirs(), extraction_date=DATE, rows_per_shard=2)
    return folder, summary


@pytest.fixture(scope="module")
def loaded(built, tmp_path_factory):
    folder, _ = built
    cache = tmp_path_factory.mktemp("hf-cache")
    return {config: datasets.load_dataset(str(folder), config, split="train", cache_dir=str(cache))
            for config in CONFIGS}


@pytest.fixture(scope="module")
def card(built):
    folder, _ = built
    return DatasetCard.load(folder / "README.md")


def released(records):
    return [record for record in records if licence_of(record).redistributable]


def test_layout_is_sharded_parquet_per_config(built):
    folder, summary = built
    assert {path.name for path in folder.iterdir()} == {"README.md", "data"}
    assert {path.name for path in (folder / "data").iterdir()} == CONFIGS
    for config in CONFIGS:
        names = sorted(path.name for path in (folder / "data" / config).iterdir())
        shards = len(names)
        assert names == [f"train-{number:05d}-of-{shards:05d}.parquet" for number in range(shards)]
        assert shards == max(1, -(-summary.rows[config] // 2))
    assert summary.rows["quotes"] > 2  # several shards somewhere


def test_load_dataset_reads_every_config_with_the_declared_features(built, loaded, card):
    _, summary = built
    declared = {info["config_name"]: datasets.Features._from_yaml_list(info["features"])
                for info in card.data.to_dict()["dataset_info"]}
    assert set(declared) == CONFIGS
    for config, dataset in loaded.items():
        assert dataset.features == declared[config], config
        assert len(dataset) == summary.rows[config], config
    assert {name: feature for name, feature in loaded["kb"].features.items() if name not in PROVENANCE} == kb_features()


def test_card_yaml_has_the_hub_fields(card):
    data = card.data.to_dict()
    assert data["language"] == ["id"] and data["pretty_name"]
    assert data["license"] == ["cc-by-sa-4.0", "other"]  # IndoSum, and the seeds' own terms
    assert data["task_categories"] and data["size_categories"] == ["n<1K"]
    assert "extended|indosum" in data["source_datasets"]
    assert {config["config_name"] for config in data["configs"]} == CONFIGS
    articles = next(config for config in data["configs"] if config["config_name"] == "articles")
    assert articles["default"]
    assert articles["data_files"] == [{"split": "train", "path": "data/articles/train-*.parquet"}]
    assert data["netralitas_nlp"] == {"version": "0.1.0", "extraction_date": DATE, "restricted_articles": 0}


def test_records_round_trip_through_the_release(release_records, loaded):
    rows = loaded["articles"].remove_columns(["library_version", "extraction_date"])
    back = [Article.model_validate(row) for row in rows]
    assert back == released(release_records)
    assert set(loaded["articles"]["extraction_date"]) == {DATE}


def test_no_restricted_row_in_the_default_release(built, loaded, release_records):
    _, summary = built
    restricted = {record.id for record in release_records if not licence_of(record).redistributable}
    assert len(restricted) == 2 and sum(summary.refused.values()) == 2
    for config, dataset in loaded.items():
        ids = set(dataset["article_id" if "article_id" in dataset.column_names else "id"])
        assert not ids & restricted, config
        assert all(license and "copyright" not in license.lower() and "NC" not in license
                   for license in dataset["license"]), config
    # "detik" is also the word for "second": an IndoSum URL with it stays in
    assert any("detik" in url for url in loaded["articles"]["url"] if url)


def test_include_restricted_keeps_them_and_the_card_says_so(tmp_path, release_records):
    summary = write_release(release_records, tmp_path / "all", include_restricted=True, extraction_date=DATE,
                            gold_dirs=gold_dirs())
    assert summary.rows["articles"] == len(release_records) and sum(summary.restricted_included.values()) == 2
    text = (tmp_path / "all" / "README.md").read_text(encoding="utf-8")
    assert "This release includes restricted rows" in text and "must not be published" in text
    card = DatasetCard.load(tmp_path / "all" / "README.md")
    assert card.data.to_dict()["netralitas_nlp"]["restricted_articles"] == 2
    assert summary.gold_released == 6  # the restricted articles' gold comes with them


def test_gold_holds_only_annotations_of_released_articles(loaded, release_records):
    ids = {record.id for record in released(release_records)}
    gold = read_gold(gold_dirs())
    assert set(loaded["gold"]["id"]) == ids & set(gold) and len(ids & set(gold)) == 4
    row = next(row for row in loaded["gold"] if row["id"].startswith("indosum:"))
    assert row["license"] == "CC BY-SA 4.0 (IndoSum)" and row["extraction_date"] is None
    assert row["quotes"] == [quote.model_dump() for quote in gold[row["id"]].quotes]


def test_gold_files_are_read_in_the_contract_format(tmp_path):
    gold = read_gold(gold_dirs())
    assert len(gold) == len(list(require_shared("gold").glob("*.json")))
    assert gold["seed-000"].quotes[0].text and gold["seed-000"].notes
    annotated = json.loads((REPO / "corpora" / "gold" / "seed-000.json").read_text(encoding="utf-8"))
    annotated["quotes"][0]["start"] = 0  # offsets are not part of the gold format
    (tmp_path / "seed-000.json").write_text(json.dumps(annotated), encoding="utf-8")
    with pytest.raises(ValueError, match="start"):
        read_gold([tmp_path])


def test_every_article_field_has_a_meaning_in_the_card():
    from netralitas_nlp.release.card import ARTICLE_FIELDS

    assert list(ARTICLE_FIELDS) == list(Article.model_fields)


def test_card_shows_the_accuracy_table_and_a_licence_line_per_source(built, release_records):
    folder, _ = built
    text = (folder / "README.md").read_text(encoding="utf-8")
    accuracy = latest_accuracy()
    assert accuracy is not None and accuracy.markdown() in text
    assert f"commit `{accuracy.commit}`" in text
    licences = text.split("## Licences", 1)[1]
    for record in released(release_records):
        assert f"| {record.source or '–'} | {licence_of(record).name} |" in licences
    assert "## Known limitations" in text and "kurniawan2018indosum" in text


def test_accuracy_numbers_parse_into_measures_per_set():
    sets, values = parse_numbers("dev gold (22): officials F1 0.98, event type/date/venue 0.91/1.00/1.00; "
                                 "PFSA all (680): speaker acc 0.95, officials R 0.95")
    assert sets == ["dev gold (22)", "PFSA all (680)"]
    assert values["event type/date/venue"] == {"dev gold (22)": "0.91/1.00/1.00"}
    assert values["officials R"] == {"PFSA all (680)": "0.95"}


def test_rebuilding_gives_byte_identical_files(tmp_path, release_records):
    """Two processes with different hash seeds, the date from SOURCE_DATE_EPOCH: the same bytes."""
    records = tmp_path / "records.jsonl"
    records.write_text("".join(record.model_dump_json() + "\n" for record in release_records), encoding="utf-8")
    for seed, name in (("1", "one"), ("2", "two")):
        environment = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1748736000"}  # 2025-06-01
        command = [sys.executable, "-m", "netralitas_nlp", "release", str(records), "-o", str(tmp_path / name), "-q",
                   *[arg for path in gold_dirs() for arg in ("--gold", str(path))]]
        subprocess.run(command, env=environment, check=True, cwd=REPO)
    files = sorted(path.relative_to(tmp_path / "one") for path in (tmp_path / "one").rglob("*") if path.is_file())
    assert files and all((tmp_path / "one" / path).read_bytes() == (tmp_path / "two" / path).read_bytes()
                         for path in files)
    assert f"extraction_date: '{DATE}'" in (tmp_path / "one" / "README.md").read_text(encoding="utf-8")


def test_extraction_date_comes_from_the_option_then_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1748736000")
    assert release_date("2024-11-27") == "2024-11-27"
    assert release_date() == DATE
    with pytest.raises(ValueError):
        release_date("27/11/2024")


def test_rows_carry_provenance(release_records):
    record = released(release_records)[2]
    tables = release_tables([record], {record.id: provenance_of(record, DATE)}, {})
    for config, (rows, features) in tables.items():
        assert all(name in features for name in PROVENANCE), config
        assert all(row["source"] == record.source and row["license"] == record.license for row in rows), config


def test_an_unsafe_target_or_nothing_to_publish_is_refused(tmp_path, release_records):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ReleaseError, match="not a release folder"):
        write_release(release_records, tmp_path, extraction_date=DATE)
    with pytest.raises(ReleaseError, match="nothing to release"):
        write_release(release_records[-2:], tmp_path / "out", extraction_date=DATE)
    duplicated = release_records[:1] * 2
    with pytest.raises(ReleaseError, match="twice"):
        write_release(duplicated, tmp_path / "out", extraction_date=DATE)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine" and not (tmp_path / "out").exists()

