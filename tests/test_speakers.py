"""Speaker resolution and quote filtering on real articles: names inside a quote are
never its speaker, short names and role words resolve to the article's officials, `ia`/`-nya` follow the
clause subject, office names with `dan` and `/` are read through, titles in quote marks are not quotes."""

from __future__ import annotations

import pytest

from netralitas_nlp.extractor import extract
from netralitas_nlp.names import clean_name


def article(rows: list[dict], article_id: str) -> dict:
    found = [row for row in rows if row["id"] == article_id]
    if not found:
        pytest.skip(f"{article_id} not in ../shared")
    return found[0]


def quote_starting(record, prefix: str):
    quotes = [quote for quote in record.quotes if quote.text.startswith(prefix) or f" {prefix}" in quote.text[:30]]
    assert quotes, f"no quote starts with {prefix!r}"
    return quotes[0]


def speaker_of(rows: list[dict], article_id: str, prefix: str):
    row = article(rows, article_id)
    return quote_starting(extract(row["text"], id=row["id"]), prefix).speaker


NEWS_SPEAKERS = [
    # `“… Ketua Umum PDIP … Presiden Jokowi,” ungkapnya` after `Marzuqi menjelaskan …`: a name inside the
    # quote is talked about, not talking
    ("indosum:1502474700-2-kader-ppp-daftar-cawagub-jateng-lewat-pdip", "Saat ini hubungan antara PDIP", "Marzuqi"),
    # `Deddy mengaku … berdampingan dengan … Ahmad Syaikhu.` then `Menurutnya, …`: the subject, not the object
    ("indosum:1503389976-deddy-mizwar-berharap-dukungan-pan", "kepastian dukungan hanya", "Deddy"),
    # `kata Juru Bicara Forum Relawan Amanat (Asep Maoshul untuk Jawa Barat), Aminudin Bustomi`
    ("indosum:1511308800-ulama-tasikmalaya-usung-asep-berpasangan-dengan-ri", "Kita mengusung Asep", "Aminudin"),
]


@pytest.mark.parametrize("article_id, prefix, name_word", NEWS_SPEAKERS)
def test_speaker_on_news(news_articles, article_id, prefix, name_word):
    speaker = speaker_of(news_articles, article_id, prefix)
    assert speaker and name_word in speaker.split()


def test_insya_allah_inside_a_quote_is_not_a_person(news_articles):
    speaker = speaker_of(news_articles, "indosum:1515285000-saifullah-yusuf-nilai-mundurnya-anas-ada-hikmahnya",
                         "Siapa yang akan mendampingi")
    assert speaker != "Insya Allah"  # `“…, Insya Allah itu juga yang terbaik …,” kata mantan ketua …`


def test_short_name_that_is_also_a_month_resolves_to_the_official(pfsa_articles):
    # `” kata Agus.`: `Agus` is a month abbreviation too, yet only a person speaks
    speaker = speaker_of(pfsa_articles, "pfsa:pfsa-id_dev-40:0007", "Saya harap pencetakan")
    assert speaker is not None and speaker.startswith("Agus ") and len(speaker.split()) > 1


def test_role_only_speaker_is_the_official_holding_it(pfsa_articles):
    # `” kata Presiden.` with a Presiden and a Wakil Presiden among the officials
    row = article(pfsa_articles, "pfsa:pfsa-id_dev-40:0338")
    record = extract(row["text"], id=row["id"])
    quote = quote_starting(record, "Sudah berjalan")
    holders = [official.name for official in record.officials
               if any((role.position or role.title) == "Presiden" for role in official.roles)]
    assert holders and quote.speaker in holders


def test_month_word_inside_a_speaker_run_is_a_name():
    assert clean_name("Kepala Dinas Kota Bandung Agus Harmunanto") == "Agus Harmunanto"
    assert clean_name("Kepala Bidang Humas Komisaris Besar Yusri Yunus") == "Yusri Yunus"


def test_office_name_with_dan_and_slash(pfsa_articles):
    # `” ujar Menteri Riset dan Teknologi/Kepala Badan Riset dan Inovasi Nasional Bambang PS Brodjonegoro`
    speaker = speaker_of(pfsa_articles, "pfsa:pfsa-id_dev-40:0039", "Mudah-mudahan mendapatkan")
    assert speaker and speaker.endswith("Brodjonegoro")


def test_quoted_title_is_not_a_quote(pfsa_articles):
    row = article(pfsa_articles, "pfsa:pfsa-id_dev-40:0319")
    record = extract(row["text"], id=row["id"])
    assert "Lanskap Usaha Sosial-Kreatif di Indonesia" in row["text"]
    assert not [quote for quote in record.quotes if "Lanskap Usaha" in quote.text]
