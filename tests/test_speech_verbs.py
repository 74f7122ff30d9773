"""Speech verbs added from counts in ../shared/corpora (issue 13): post forms after a closing quote mark
(`,” tukas Andi`, `,” sambungnya`) attribute the quote to the speaker they name or refer to."""

from __future__ import annotations

import pytest

from netralitas_nlp import extract


def quotes_ending(rows: list[dict], article_id: str, ending: str) -> list:
    record = extract(next(row["text"] for row in rows if row["id"] == article_id))
    return [quote for quote in record.quotes if quote.text.rstrip(" ,.").endswith(ending)]


@pytest.mark.parametrize("article_id, ending, cue, speaker", [
    # `Kuncinya harus memperhatikan spesifikasi,” tukas Andi.`: Andi is the Gapensi chair named before.
    ("indosum:1516153500-ini-penyebab-runtuhnya-selasar-bei-menurut-gapensi", "harus memperhatikan spesifikasi",
     "tukas", "Andi Rukman Karumpa"),
    # `“Ada tujuh puluh lokasi rukyatul hilal ...,” sambungnya.`: the Dirjen quoted just before.
    ("indosum:1503343936-sidang-isbat-awal-zulhijjah-berlangsung-besok", "tersebar di seluruh Indonesia",
     "sambung", "Amin"),
])
def test_post_form_speech_verb_attributes_the_quote(news_articles, article_id, ending, cue, speaker):
    quotes = quotes_ending(news_articles, article_id, ending)
    assert quotes, "the quote is found"
    assert quotes[0].cue == cue
    assert quotes[0].speaker == speaker
