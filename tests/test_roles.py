"""Role phrases (the role annotator) on real articles: offices, acting and former markers, bodies, regions."""

from __future__ import annotations

from itertools import islice

import pytest

from netralitas_nlp.annotate.roles import find_all_roles, role_mentions
from netralitas_nlp.pipeline import get_nlp
from tests.conftest import REPO


def seed_text(name: str) -> str:
    return (REPO / "corpora" / "seeds" / f"{name}.txt").read_text(encoding="utf-8")


def roles_of(text: str):
    return {mention.role.title: mention for mention in role_mentions(get_nlp()(text))}


def test_acting_office_with_region_and_expanded_acronyms():
    found = roles_of(seed_text("seed-000"))
    acting = [m for m in found.values() if m.role.acting == "penjabat"]
    assert acting, sorted(found)
    role = acting[0].role
    assert role.position == "Sekretaris Daerah" and role.jurisdiction == "Kota Palopo"
    assert role.organization == "Pemerintah Kota Palopo"


def test_former_marker_and_region_kind_implied_by_the_office():
    text = seed_text("seed-004")
    found = roles_of(text)
    former = next(m for m in found.values() if m.former_marker)
    assert former.role.former and former.role.position.startswith("Kepala")
    mayor = next(m for m in found.values() if m.role.position == "Wali Kota")
    assert mayor.role.jurisdiction == "Kota Prabumulih" and mayor.role.acting == "penjabat"


@pytest.mark.parametrize(("written", "position", "jurisdiction"), [
    ("Ketua Bawaslu Provinsi Sulawesi Selatan", "Ketua Bawaslu", "Provinsi Sulawesi Selatan"),
    ("Bupati Bogor", "Bupati", "Kabupaten Bogor"),  # the office says which Bogor
    ("Wali Kota Bogor", "Wali Kota", "Kota Bogor"),
])
def test_office_decides_between_kabupaten_and_kota(written, position, jurisdiction):
    role = find_all_roles(f"Hal itu dikatakan {written}, Budi Santoso.", {})[0].role
    assert (role.position, role.jurisdiction) == (position, jurisdiction)


def test_role_offsets_are_the_role_as_written(news_articles):
    checked = 0
    for article in islice(news_articles, 200):
        text = article["text"]
        for mention in find_all_roles(text, {}):
            role = mention.role
            assert role.start == mention.title_start and mention.title_start < role.end <= mention.end
            assert text[role.start:role.end].strip() and "\n" not in text[role.start:role.end].strip()
            checked += 1
    assert checked > 300


def test_role_running_into_a_name_before_a_speech_verb(pfsa_articles):
    # `Direktur RSUD Blambangan Sri Indah Lestari mengungkapkan`: no punctuation between role and name.
    rows = (row["text"] for row in pfsa_articles)
    found = 0
    for text in islice(rows, 200):
        for mention in find_all_roles(text, {}):
            if not mention.listed and text[mention.end:mention.end + 12].lstrip().startswith(("mengatakan", "menuturkan")):
                found += 1
    assert found >= 3
