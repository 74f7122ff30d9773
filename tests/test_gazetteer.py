"""The region gazetteer: every press alias names a real region, and bare names resolve as regional news writes them."""

from __future__ import annotations

import pytest

from netralitas_nlp.gazetteer import lookup, region_aliases, regions


def test_every_alias_points_at_a_region_of_the_generated_table():
    names = {region.name for region in regions()}
    assert len(names) > 500  # provinsi + kabupaten/kota from ../shared/lexicons/wilayah
    assert {canonical for canonical in region_aliases().values() if canonical not in names} == set()


@pytest.mark.parametrize("text, name", [
    ("Sulsel", "Provinsi Sulawesi Selatan"),
    ("Tangsel", "Kota Tangerang Selatan"),
    ("Kota Prabumulih", "Kota Prabumulih"),
    ("Provinsi Sulawesi Selatan", "Provinsi Sulawesi Selatan"),
    ("Yahukimo", "Kabupaten Yahukimo"),
])
def test_lookup_resolves_aliases_and_names(text, name):
    region = lookup(text)
    assert region is not None and region.name == name


def test_a_common_word_is_no_region():
    assert lookup("Kantor") is None
