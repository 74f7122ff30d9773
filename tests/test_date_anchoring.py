"""Dates an event can be given (issue 12): a typed year no news date can have (`Senin (13/10/3025)`) is flagged and
gets no value; relative day words (`tadi malam`) resolve against the publication date.  Articles from
../shared/corpora/news, not in the development gold."""

from __future__ import annotations

from netralitas_nlp import Extractor
from netralitas_nlp.extractors.dates import find_dates, find_relative_dates


def news_row(news_articles: list[dict], article_id: str) -> dict:
    return next(row for row in news_articles if row["id"] == article_id)


def test_implausible_year_is_flagged_and_never_dates_the_event(news_articles):
    # detik.com: `… Rapat Koordinasi penguatan kelembagaan Bawaslu Manggarai Barat di Labuan Bajo, Senin (13/10/3025).`
    row = news_row(news_articles, "detik2025:504")
    slip = [date for date in find_dates(row["text"], "2025-10-13") if date.text.endswith("(13/10/3025)")]
    assert slip and slip[0].implausible_year and slip[0].value is None
    record = Extractor()(row["text"], title=row["title"], published="2025-10-13")
    assert all(event.date is None or event.date.startswith("20") for event in record.events)
    assert all("3025" not in (event.date_text or "") for event in record.events)


def test_tadi_malam_resolves_to_the_publication_day(news_articles):
    row = news_row(news_articles, "indosum:1491277521-alasan-anies-absen-di-debat-cagub")
    assert "Kompas TV, tadi malam" in row["text"]
    found = [date for date in find_relative_dates(row["text"], "2017-04-03") if date.text == "tadi malam"]
    assert found and found[0].value == "2017-04-03"


def test_day_word_after_a_date_qualifies_it():
    # `pada 8 hingga 10 November kemarin`: the last 10 November, not the day before publication.
    text = "Kegiatan itu berlangsung pada 8 hingga 10 November kemarin di Makassar."
    dates = find_dates(text, "2024-11-20")
    assert [date.text for date in find_relative_dates(text, "2024-11-20", dates)] == []
