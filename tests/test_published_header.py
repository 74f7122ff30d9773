"""Publication date from a header line (issue 12): pages print it above or below the headline
(`Kamis, 7 November 2024 | 20:15`); without metadata or a dated URL it dates the article, so that relative days
(`kemarin`) resolve."""

from __future__ import annotations

import pytest

from netralitas_nlp import extract
from netralitas_nlp.extractors.dates import find_relative_dates
from netralitas_nlp.ingest.published import published_from_header


def news_text(news_articles: list[dict], id_prefix: str) -> str:
    return next(row["text"] for row in news_articles if row["id"].startswith(id_prefix))


@pytest.mark.parametrize("line, expected", [
    ("Kamis, 7 November 2024 | 20:15", "2024-11-07"),
    ("7 November 2024, 20.15 WIB", "2024-11-07"),
    ("Rabu, 3 Juli 2024", "2024-07-03"),
    ("Pada 7 November 2024 rapat digelar.", None),
])
def test_header_line_forms(line, expected):
    assert published_from_header(line + "\nIsi berita.") == expected


def test_header_line_dates_an_article_without_metadata(news_articles):
    # IndoSum article with no `published` and no date in its URL; `… melalui acara The Edge of Beyond kemarin`.
    body = news_text(news_articles, "indosum:1502951480")
    record = extract("Kamis, 17 Agustus 2017 | 13:31\n" + body)
    assert record.published == "2017-08-17"
    kemarin = [date for date in find_relative_dates(record.text, record.published) if date.text == "kemarin"]
    assert kemarin and kemarin[0].value == "2017-08-16"


def test_timeline_line_further_down_is_no_header(news_articles):
    # `Berikut kronologi terjadinya kericuhan:\nSabtu, 5 November 2016\n…`: the third line heads a timeline.
    text = news_text(news_articles, "indosum:1478335515")
    assert "\nSabtu, 5 November 2016\n" in text
    assert published_from_header(text) is None
