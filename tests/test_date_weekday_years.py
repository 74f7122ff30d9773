"""The written weekday decides a date's year (issue 12): a year that slipped (`Senin (20/10/2026)` in a report
published on 20 October 2025), a year-less date months from publication, and a year-less date next to a
background year.  Sentences from ../shared/corpora articles that are not in the development gold."""

from __future__ import annotations

from netralitas_nlp.extractors.dates import find_dates


def article_text(rows: list[dict], article_id: str) -> str:
    return next(row["text"] for row in rows if row["id"] == article_id)


def dated(text: str, published: str | None, date_text: str) -> list[tuple[str | None, bool]]:
    return [(d.value, d.weekday_mismatch) for d in find_dates(text, published) if d.text == date_text]


def test_slipped_year_is_the_one_near_publication(news_articles):
    # detik.com, published 10/21/2025: `… konferensi pers di Kantor DJP, Jakarta, Senin (20/10/2026).`
    text = article_text(news_articles, "detik2025:21")
    assert dated(text, "2025-10-21", "Senin (20/10/2026)") == [("2025-10-20", False)]
    # IndoSum, published 2017-12-31 (URL): `… hari ini, Minggu (31/12/2018) sekitar pukul 23.00 WIB.`
    text = article_text(news_articles, "indosum:1514768884-malam-pergantian-tahun-ini-yang-bakal-dilakukan-gu")
    assert dated(text, "2017-12-31", "Minggu (31/12/2018)") == [("2017-12-31", False)]


def test_slipped_weekday_keeps_the_written_year(pfsa_articles):
    # Kompas: `Jumat (3/7/2020), … terjadi pada Rabu (1/6/2020) petang` (1 July 2020 was the Wednesday):
    # the neighbouring dates share the written year, so the slip is the day's, and the date stays as written.
    text = article_text(pfsa_articles, "pfsa:pfsa-id-med_dev-dl-20-v2:0117")
    assert dated(text, None, "Rabu (1/6/2020)") == [("2020-06-01", True)]


def test_written_year_stands_without_publication():
    # Invented: with no publication date nothing says which part slipped, the year or the weekday, so the
    # written year stands and the weekday is flagged, however far the year lies from its neighbours.
    text = "Gudang dibuka Senin (3/3/2025). Pengiriman terakhir Selasa (4/3/2019)."
    assert dated(text, None, "Selasa (4/3/2019)") == [("2019-03-04", True)]
    assert dated("Rabu (9/12/2020) dan Sabtu (12/12/2021).", None, "Sabtu (12/12/2021)") == [("2021-12-12", True)]


def test_weekday_picks_the_year_of_a_date_months_from_publication(news_articles):
    # IndoSum, published 2017-08-27: `… kata Nusron kepada wartawan, Kamis (16/2).` — 16 February 2017 was a
    # Thursday; 16 February 2018, a little nearer to publication, is not.
    text = article_text(news_articles, "indosum:1503909305-golkar-incar-130-kursi-di-pileg-2019-60-persen-pil")
    assert dated(text, "2017-08-27", "Kamis (16/2)") == [("2017-02-16", False)]


def test_weekday_does_not_move_a_recent_date_or_push_one_a_year_ahead(news_articles):
    # Within weeks of publication the nearest year holds even when the weekday slipped
    # (IndoSum, published 2017-05-22: `… mengumumkan bencana kekeringan pada Senin (21/5).`) …
    text = article_text(news_articles, "indosum:1495578300-afsel-alami-kekeringan-terburuk-dalam-satu-abad")
    assert dated(text, "2017-05-22", "Senin (21/5)") == [("2017-05-21", True)]
    # … and a weekday never sends a date more than months past publication (`Sabtu (1/6)` for 6 January).
    assert dated("kata Argo di Polda Metro Jaya, Sabtu (1/6).", "2018-01-06", "Sabtu (1/6)") == [("2018-06-01", True)]


def test_weekday_picks_the_year_over_a_background_neighbour(pfsa_articles):
    # Kompas, no publication date: `… hujan akan mereda mulai Senin (18/1) …` after a date of December 2020;
    # the article's latest year is 2021, and 18 January 2021 was a Monday.
    text = article_text(pfsa_articles, "pfsa:pfsa-id_dev-40:0246")
    assert dated(text, None, "Senin (18/1)") == [("2021-01-18", False)]


def test_a_term_end_is_no_evidence_of_the_present(news_articles):
    # IndoSum (URL dated 2018-01-03), read without a publication date: `… miliknya @fadlizon, Rabu (3/1).` beside
    # `3 Desember 2017` and `Presiden RI periode 2019-2024`; a term's last year lies ahead, so the weekday picks the
    # year next to 2019 (3 January 2018 was a Wednesday), not next to 2024.
    text = article_text(news_articles, "indosum:1515038160-jokowi-menang-voting-capres-versi-fadli-zon")
    assert dated(text, None, "Rabu (3/1)") == [("2018-01-03", False)]
    # IndoSum (URL dated 2018-01-22), no full date at all: `… masa bakti tahun 2015-2020 …`, `Pada Rabu (17/1), …`.
    text = article_text(news_articles, "indosum:1516594977-yasonna-ungkap-alasan-terbitkan-sk-untuk-hanura-ku")
    assert dated(text, None, "Rabu (17/1)") == [("2018-01-17", False)]


def test_an_election_year_is_no_evidence_of_the_present():
    # Invented: 3 January is a Wednesday in 2018 and in 2024; `Pilpres 2024` names an election to come.
    text = "Menjelang Pilpres 2024, rapat digelar 3 Desember 2017. Rapat lanjutan Rabu (3/1) pada Januari 2018."
    assert dated(text, None, "Rabu (3/1)") == [("2018-01-03", False)]
