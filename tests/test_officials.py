"""Officials and institutions on the seeds (field by field against the gold) and on real corpora."""

from __future__ import annotations

import json

import pytest

from netralitas_nlp import Extractor
from tests.conftest import BACKENDS, extract_seeds, require_backend, require_shared

SEEDS = ("seed-000", "seed-004")
ROLE_FIELDS = ("title", "position", "acting", "jurisdiction", "organization", "former")


@pytest.fixture(scope="module", params=BACKENDS)
def seeds(request):
    require_backend(request.param)
    require_shared("corpora", "seeds")
    gold_folder = require_shared("gold")
    records = extract_seeds(request.param)
    result = {}
    for seed in SEEDS:
        record = records[seed]
        gold = json.loads((gold_folder / f"{seed}.json").read_text(encoding="utf-8"))
        result[seed] = (record, gold)
    return result


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_officials_field_by_field(seeds, seed):
    record, gold = seeds[seed]
    assert [o.name for o in record.officials] == [o["name"] for o in gold["officials"]]
    for official, expected in zip(record.officials, gold["officials"]):
        assert official.honorifics == expected["honorifics"], official.name
        assert official.degrees == expected["degrees"], official.name
        assert sorted(official.aliases) == sorted(expected["aliases"]), official.name
        assert len(official.roles) == len(expected["roles"]), official.name
        for role, expected_role in zip(official.roles, expected["roles"]):
            for name in ROLE_FIELDS:
                assert getattr(role, name) == expected_role[name], (official.name, name)


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_institutions_field_by_field(seeds, seed):
    record, gold = seeds[seed]
    found = {(i.name, i.acronym, i.jurisdiction): sorted(i.surface) for i in record.institutions}
    expected = {(i["name"], i["acronym"], i["jurisdiction"]): sorted(i["surface"]) for i in gold["institutions"]}
    assert found == expected


def test_mentions_point_into_the_text(seeds):
    for record, _ in seeds.values():
        for official in record.officials:
            assert official.mentions
            for mention in official.mentions:
                assert record.text[mention.start:mention.end] == mention.text
                assert mention.text in official.aliases or mention.text == official.name


def test_unnamed_office_holder_is_not_an_official(seeds):
    record, _ = seeds["seed-000"]
    # "mewakili Pj Wali Kota": the Pj Wali Kota is never named, so no official holds Wali Kota.
    assert all(role.position != "Wali Kota" for o in record.officials for role in o.roles)


@pytest.mark.parametrize("text, name, position, jurisdiction", [
    ("Menteri Dalam Negeri Tito Karnavian mengatakan pilkada aman.", "Tito Karnavian", "Menteri Dalam Negeri", None),
    ("Hal itu disampaikan Presiden Joko Widodo di Jakarta.", "Joko Widodo", "Presiden", None),
    ("Gubernur Jawa Barat Ridwan Kamil hadir.", "Ridwan Kamil", "Gubernur", "Provinsi Jawa Barat"),
    ("Kapolres Bogor AKBP Iman Imanuddin memimpin apel.", "Iman Imanuddin", "Kapolres", "Kota Bogor"),
    ("Ahmad Yani selaku Ketua KPU Kabupaten Bandung menegaskan hal itu.", "Ahmad Yani", "Ketua KPU", "Kabupaten Bandung"),
    ("Anies Baswedan, Gubernur DKI Jakarta, mengatakan itu.", "Anies Baswedan", "Gubernur", "Provinsi Daerah Khusus Ibukota Jakarta"),
])
def test_role_name_patterns(text, name, position, jurisdiction):
    record = Extractor()(text)
    official = next(o for o in record.officials if o.name == name)
    assert official.roles[0].position == position
    assert official.roles[0].jurisdiction == jurisdiction


def test_ranks_are_separated():
    record = Extractor()("Kapolres Bogor AKBP Iman Imanuddin memimpin apel.")
    assert record.officials[0].ranks == ["AKBP"]
