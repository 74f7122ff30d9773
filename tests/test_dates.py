"""Dates: forms, distractors, year resolution, and the real articles in ../shared."""

from __future__ import annotations

import datetime as dt

import pytest

from netralitas_nlp.extractors.dates import find_dates, find_relative_dates

from tests.conftest import SHARED, require_shared


def found(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    ("rapat digelar Selasa (20/5/2025) di aula", None, [("Selasa (20/5/2025)", "2025-05-20")]),
    ("berlangsung pada Kamis, 3 Oktober 2024, dan", None, [("Kamis, 3 Oktober 2024", "2024-10-03")]),
    ("PSU pada 24 Mei 2025.", None, [("24 Mei 2025", "2025-05-24")]),
    ("kata dia, Jumat (15/11).", "2024-11-16", [("Jumat (15/11)", "2024-11-15")]),
    ("kata dia, Jum'at (15/11).", "2024-11-16", [("Jum'at (15/11)", "2024-11-15")]),
    ("pada (5/11) lalu", "2024-11-16", [("(5/11)", "2024-11-05")]),
    ("sejak 17 Agt 2024 dan 3 Nop 2024 hingga 1 Des 2024", None,
     [("17 Agt 2024", "2024-08-17"), ("3 Nop 2024", "2024-11-03"), ("1 Des 2024", "2024-12-01")]),
    ("(Detik, 26/06/2025)", None, [("26/06/2025", "2025-06-26")]),
])
def test_indonesian_forms(text, published, expected):
    assert found(text, published) == expected


def test_range_gives_start_and_end():
    (date,) = find_dates("Bimtek 2-3 Desember 2024 di Palembang")
    assert (date.text, date.value, date.end_value) == ("2-3 Desember 2024", "2024-12-02", "2024-12-03")
    (date,) = find_dates("pada 8 hingga 10 November", "2017-11-12")
    assert (date.value, date.end_value) == ("2017-11-08", "2017-11-10")


@pytest.mark.parametrize("text", [
    "ASN harus netral jelang Pilkada 2024 dan Pemilu 2029.",
    "sesuai UU No. 10 Tahun 2016 tentang Pilkada",
    "diatur dalam pasal 71 ayat (1) dan ayat (2)",
    "dimulai pukul 09.00 WIB hingga 12.30 WITA",
    "uang Rp 10.000 dan Rp 2,5 juta dibagikan",
    "masa jabatan 2,5 tahun",
    "Putusan 135/PUU-XXII/2024 dan UU No. 1/2015",
    "telegram ST/2544/VIII/RES.1.24./2020",
    "periode 2016-2021 dan 80 perwakilan OPD",
    "pemungutan suara November 2025 dan April lalu",
])
def test_distractors_are_not_dates(text):
    assert find_dates(text, "2024-10-01") == []


def test_weekday_that_contradicts_the_date_is_flagged():
    right, wrong = find_dates("Selasa (20/5/2025) dan Senin (20/5/2025)")
    assert not right.weekday_mismatch and wrong.weekday_mismatch


def test_year_nearest_to_publication_across_new_year():
    assert found("Kamis (28/12)", "2018-01-03") == [("Kamis (28/12)", "2017-12-28")]
    assert found("Pilkada 9 Desember nanti", "2020-06-10") == [("9 Desember", "2020-12-09")]


def test_year_from_the_article_when_publication_unknown():
    text = "Jumat (5/6/2020) ia berkata tahapan dimulai 15 Juni dan pemungutan 9 Desember 2020."
    assert found(text) == [("Jumat (5/6/2020)", "2020-06-05"), ("15 Juni", "2020-06-15"),
                           ("9 Desember 2020", "2020-12-09")]


def test_no_year_and_no_anchor_gives_null_not_a_guess():
    assert found("deklarasi Jumat (5/1) di Medan") == [("Jumat (5/1)", None)]


def test_relative_words_resolve_against_publication():
    dates = {d.text: d.value for d in find_relative_dates("kemarin, hari ini, besok dan pekan lalu", "2024-10-03")}
    assert dates == {"kemarin": "2024-10-02", "hari ini": "2024-10-03", "besok": "2024-10-04",
                     "pekan lalu": "2024-09-26"}
    assert [d.value for d in find_relative_dates("kemarin", None)] == [None]


def test_seed_dates_exactly_as_gold():
    require_shared("gold")
    from benchmarks.dev_dates import date_keys, seed_docs

    seeds = seed_docs(SHARED)
    assert len(seeds) == 2
    for gold, article, doc in seeds:
        assert date_keys(gold["dates"]) == date_keys(d.model_dump() for d in doc._.dates), gold["id"]
        assert all(article.text[d.start:d.end] == d.text for d in doc._.dates)


def test_dev_gold_dates_f1():
    require_shared("gold")
    from benchmarks.dev_dates import score

    precision, recall, f1 = score(SHARED)["dates"]
    # (text, value) per occurrence, measured 0.974 on all 58 gold articles (branch dates2, once a rule that fired on
    # one gold article only was removed); a floor.
    assert f1 >= 0.97, (precision, recall, f1)


def test_news_corpus_dates_are_well_formed(news_articles):
    """Over real detik/IndoSum texts: offsets hold, values parse, every hit has a day and a month."""
    total = 0
    for row in news_articles[::10]:
        for date in find_dates(row["text"], None):
            total += 1
            assert row["text"][date.start:date.end] == date.text
            assert any(ch.isdigit() for ch in date.text)
            if date.value:
                dt.date.fromisoformat(date.value)
            if date.end_value:
                assert date.end_value >= date.value
    assert total > 20


def test_date_detection_within_speed_budget():
    """benchmarks/dates_speed.py measures 0.2 ms/article; the budget is 2 ms."""
    require_shared("corpora", "news", "articles.jsonl")
    from benchmarks.dates_speed import load_texts, measure

    ms, count = measure(load_texts(SHARED, 500))
    assert count > 0 and ms <= 2.0, ms


def test_ranges_across_months_and_years():
    # A last day written with its own month is a calendar date of its own (the contract lists every explicit
    # calendar reference): a named range splits at its joiner, the first part keeping the range's end.
    date, last = find_dates("pada 30 November - 2 Desember 2024 di Jakarta")
    assert (date.text, date.value, date.end_value) == ("30 November", "2024-11-30", "2024-12-02")
    assert (last.text, last.value, last.end_value) == ("2 Desember 2024", "2024-12-02", None)
    date, last = find_dates("libur 28 Desember hingga 2 Januari 2025.")
    assert (date.value, date.end_value, last.value) == ("2024-12-28", "2025-01-02", "2025-01-02")
    date, last = find_dates("Rabu hingga Minggu (28/10-1/11/2020), Pemerintah")
    assert (date.text, date.value, date.end_value) == ("Minggu (28/10-1/11/2020)", "2020-10-28", "2020-11-01")
    assert not date.weekday_mismatch  # 1/11/2020 is a Sunday
    assert (last.text, last.value) == ("1/11/2020", "2020-11-01")


@pytest.mark.parametrize("article_id, published, texts, first, last", [
    # detik.com: `… selama 20 hari, terhitung dari 20 Oktober hingga 8 November 2025.`
    ("detik2025:218", "2025-10-20", ("20 Oktober", "8 November 2025"), "2025-10-20", "2025-11-08"),
    # IndoSum: `… di San Sebastian (7/5-9/5), mengungkapkan …` (the parentheses hold both days)
    ("indosum:1495670400-ubud-prototype-kuliner-indonesia-untuk-dunia", "2017-05-19", ("(7/5-9/5)", "9/5"),
     "2017-05-07", "2017-05-09"),
])
def test_range_end_with_its_own_month_is_listed(news_articles, article_id, published, texts, first, last):
    text = next(row["text"] for row in news_articles if row["id"] == article_id)
    dates = find_dates(text, published)
    (index,) = [i for i, date in enumerate(dates) if date.text == texts[0]]
    start, end = dates[index], dates[index + 1]
    assert (start.value, start.end_value, end.text, end.value) == (first, last, texts[1], last)
    assert all(text[date.start:date.end] == date.text for date in (start, end))


def test_range_within_one_month_is_listed_once():
    assert [d.value for d in find_dates("Bimtek 2-3 Desember 2024 dan 8 hingga 10 November 2024")] == [
        "2024-12-02", "2024-11-08"]


def test_days_listed_before_a_named_date_are_dates(news_articles):
    # detik.com: `… Rapat Dewan Gubernur BI pada 19 dan 20 Agustus 2025 memutuskan …`
    text = next(row["text"] for row in news_articles if row["id"] == "detik2025:74")
    start = text.index("19 dan 20 Agustus 2025")
    listed = [(d.text, d.value) for d in find_dates(text, "2025-08-21") if start <= d.start < start + 22]
    assert listed == [("19", "2025-08-19"), ("20 Agustus 2025", "2025-08-20")]
    # IndoSum: `… cuti bersama tahun 2017 pada tanggal 23, 27, 28, 29 dan 30 Juni 2017 (…`
    text = next(row["text"] for row in news_articles if row["id"].startswith("indosum:1497659705-"))
    start = text.index("23, 27, 28, 29 dan 30 Juni 2017")
    values = [d.value for d in find_dates(text, "2017-06-15") if start <= d.start < start + 31]
    assert values == ["2017-06-23", "2017-06-27", "2017-06-28", "2017-06-29", "2017-06-30"]


def test_a_day_count_or_an_alternative_is_no_listed_day(news_articles):
    # IndoSum: `Tiket mulai bisa dibeli pada H-90 atau 17 Maret 2017 …`
    text = next(row["text"] for row in news_articles if row["id"].startswith("indosum:1489022107-"))
    start = text.index("H-90 atau 17 Maret 2017")
    assert [d.text for d in find_dates(text, "2017-03-09") if start <= d.start < start + 23] == ["17 Maret 2017"]
    assert [d.text for d in find_dates("pasal 5 dan 6 ayat 2, pada 5 atau 6 Juni")] == ["6 Juni"]


@pytest.mark.parametrize("text, date_text", [
    # Invented: a number after a quantity word or a currency (quantity_words.txt) counts something; it lists no day.
    ("Jumlah pemilih mencapai 12 dan 17 April menjadi hari pemungutan suara.", "17 April"),
    ("Bantuan sebanyak 14 dan 17 Agustus 2024 menjadi batas penyalurannya.", "17 Agustus 2024"),
    ("Dana Rp 12 dan 17 Mei dicairkan.", "17 Mei"),
])
def test_a_quantity_is_no_listed_day(text, date_text):
    assert [d.text for d in find_dates(text, "2024-08-01")] == [date_text]
    # ... while a day listed after `pada` still is one.
    assert [d.text for d in find_dates("Rapat digelar pada 12 dan 17 April.", "2024-08-01")] == ["12", "17 April"]


@pytest.mark.parametrize("id_prefix, published, date_text, value", [
    # IndoSum, published 2017-05-05: `Perjalanan Sheeran di Asia dimulai 11 November mendatang, …`
    ("indosum:1494039169-", "2017-05-05", "11 November", "2017-11-11"),
    # IndoSum, published 2017-12-19: `… Lonely yang rilis pada 24 April lalu itu …`
    ("indosum:1513812534-", "2017-12-19", "24 April", "2017-04-24"),
])
def test_word_after_a_yearless_date_says_which_side_of_publication(news_articles, id_prefix, published,
                                                                   date_text, value):
    text = next(row["text"] for row in news_articles if row["id"].startswith(id_prefix))
    assert [d.value for d in find_dates(text, published) if d.text == date_text] == [value]


def test_direction_word_leaves_a_date_within_a_week_alone():
    assert found("rapat Jumat (15/11) lalu", "2024-11-14") == [("Jumat (15/11)", "2024-11-15")]


def test_lalu_after_a_comma_is_then_not_ago(pfsa_articles):
    # Kompas (PFSA-ID, not in the gold): `… dari Mendagri pada 8 Februari, lalu dilantik Gubernur Sumut pada
    # 11 Februari.` Read as if published two weeks before: `lalu` after the comma starts the next clause ("then"),
    # so 8 February stays the nearest one, not the February of the year before.
    text = next(row["text"] for row in pfsa_articles if row["id"] == "pfsa:pfsa-id-med_dev-dl-20-v2:0271")
    assert [d.value for d in find_dates(text, "2021-01-25") if d.text == "8 Februari"] == ["2021-02-08"]
    assert found("Rapat pertama digelar 5 Juni, lalu dilanjutkan.", "2025-05-20") == [("5 Juni", "2025-06-05")]
    # `lalu` before anything else still says "ago": the June of the year before.
    assert found("Rapat pertama digelar 5 Juni lalu di aula.", "2025-05-20") == [("5 Juni", "2024-06-05")]
