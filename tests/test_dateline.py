"""Datelines: the seven forms of the issue and real openings of the corpora."""

from __future__ import annotations

import pytest

from netralitas_nlp.ingest.clean import clean_text
from netralitas_nlp.ingest.dateline import parse_dateline

SEVEN_FORMS = [
    ("PALOPO, TEKAPE.co – Penjabat Sekda hadir.", "Palopo", "TEKAPE.co"),
    ("PRABUMULIH, SUMSELJARRAKPOS– Badan Kesatuan Bangsa", "Prabumulih", "SUMSELJARRAKPOS"),
    ("MANADO, KOMPAS — Wali Kota Manado", "Manado", "KOMPAS"),
    ("Jakarta, CNN Indonesia--Presiden Joko Widodo", "Jakarta", "CNN Indonesia"),
    ("Gorontalo (ANTARA News)-Gubernur Gorontalo", "Gorontalo", "ANTARA News"),
    ("JAKARTA (Pos Kota) – Polisi menangkap", "Jakarta", "Pos Kota"),
    ("Suara.com-Ketua KPU mengatakan", None, "Suara.com"),
]


@pytest.mark.parametrize("text, place, outlet", SEVEN_FORMS)
def test_seven_forms(text, place, outlet):
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.outlet) == (place, outlet)
    assert text[dateline.end:dateline.end + 1].isalpha()  # the body starts right after the dash


@pytest.mark.parametrize("text, place, outlet", [
    ("Rimanews-Miley Cyrus siap kembali", None, "Rimanews"),
    ("Rimanews – Badan Pusat Statistik mencatat", None, "Rimanews"),
    ("INGGRIS – Manchester City harus puas", "Inggris", None),
    ("KOREA SELATAN - Presiden Korea", "Korea Selatan", None),
    ("Juara.net, KUALA LUMPUR - Pebulu tangkis", "Kuala Lumpur", "Juara.net"),
    ("KOMPAS, BANYUWANGI — Sekretaris Daerah", "Banyuwangi", "KOMPAS"),
    ("JUARA, GLASGOW-Pebulu tangkis tunggal", "Glasgow", "JUARA"),
    ("KOMPAS — Sekretaris Daerah", None, "KOMPAS"),
])
def test_bare_outlet_bare_place_and_outlet_first(text, place, outlet):
    dateline = parse_dateline(text)
    assert (dateline.place, dateline.outlet) == (place, outlet)


@pytest.mark.parametrize("text", ["KPK - Lembaga antirasuah itu", "Rimanewsku - bukan outlet"])
def test_acronyms_and_unknown_names_are_not_datelines(text):
    assert parse_dateline(text) is None


def test_indosum_cnn_openings(news_articles):
    openings = [row["text"] for row in news_articles if row["text"].startswith("Jakarta, CNN Indonesia")]
    assert len(openings) >= 50
    for text in openings:
        dateline = parse_dateline(text)
        assert (dateline.place, dateline.outlet) == ("Jakarta", "CNN Indonesia")
        assert text[dateline.start:dateline.end].rstrip().endswith(("--", "-"))


def test_no_false_datelines_on_real_articles(news_articles, pfsa_articles):
    found = 0
    for row in news_articles + pfsa_articles:
        text = clean_text(row["text"])
        dateline = parse_dateline(text)
        if dateline is None:
            continue
        found += 1
        assert text[dateline.start:dateline.end].strip()
        if dateline.place:
            words = dateline.place.split()
            assert len(words) <= 4 and all(word[0].isupper() for word in words), (row["id"], dateline)
        assert dateline.outlet or dateline.place
        assert dateline.outlet is None or dateline.outlet[0].isupper() or "." in dateline.outlet, (row["id"], dateline)
    assert found >= 2000


@pytest.mark.parametrize("text", [
    "Dengan mengusung berbagai fitur canggih, smartwatch di era 2010-an mulai populer.",
    "Akui saja, kegiatan sehari-hari kita bergantung pada ponsel.",
    "Polusi udara di Indonesia, khususnya kota-kota besar, memburuk.",
    "Presiden Prabowo Subianto menegaskan pentingnya pengendalian inflasi.",
])
def test_ordinary_first_sentences(text):
    assert parse_dateline(text) is None


def test_seed_datelines(seed_records):
    assert (seed_records["seed-000"].dateline.place, seed_records["seed-000"].dateline.outlet) == ("Palopo", "TEKAPE.co")
    assert seed_records["seed-004"].dateline.outlet == "SUMSELJARRAKPOS"


def test_masthead_first_datelines_in_the_corpora(news_articles, pfsa_articles):
    """Every real dateline whose first part is a known masthead has the masthead as its outlet."""
    from netralitas_nlp.ingest.dateline import known_outlets

    found = 0
    for row in [*news_articles, *pfsa_articles]:
        dateline = parse_dateline(row["text"])
        first_part = row["text"].lstrip().split(",", 1)[0]
        if dateline and first_part.casefold() in known_outlets():
            found += 1
            assert dateline.outlet == first_part, (row["id"], dateline)
    assert found >= 2  # KOMPAS, BANYUWANGI (PFSA) and JUARA, GLASGOW (news)


def test_bare_masthead_matches_in_any_case():
    dateline = parse_dateline("Kumparan - Ketua KPU Kota Bogor mengatakan tahapan berjalan.")
    assert dateline is not None and dateline.outlet == "Kumparan" and dateline.place is None
