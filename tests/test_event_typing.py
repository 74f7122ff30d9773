"""Which trigger types the main event (issue 12, contract conventions): not one inside a role title, a direct
quote or an obligation; the gathering a statement was made at does; an article that only reports statements
has a main event of type `lainnya`.  Sentences and articles from ../shared/corpora, not in the development gold."""

from __future__ import annotations

import pytest

from netralitas_nlp import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def corpus_row(rows: list[dict], id_suffix: str) -> dict:
    return next(row for row in rows if row["id"].endswith(id_suffix))


def sentence_of(row: dict, start: str, end: str) -> str:
    """The article's words from ``start`` up to and including ``end``."""
    text = row["text"]
    begin = text.index(start)
    return text[begin:text.index(end, begin) + len(end)]


def main_type(extractor: Extractor, text: str) -> tuple[str, str | None]:
    event = extractor(text).events[0]
    return event.type, event.trigger.text if event.trigger else None


def test_trigger_in_a_role_title_types_nothing(extractor, pfsa_articles):
    # `Komisioner Divisi Sosialisasi, Partisipasi Masyarakat, dan SDM KPU Sulut …`: a unit of a role, no sosialisasi.
    sentence = sentence_of(corpus_row(pfsa_articles, "dev-40:0116"), "Dihubungi dari Manado", "1.831.867 pemilih.")
    assert "Divisi Sosialisasi" in sentence
    # The sentence's decision (`DPT … telah disepakati`) types it; the unit of the role does not.
    assert main_type(extractor, sentence) == ("kebijakan", "disepakati")
    assert "sosialisasi" not in {event.type for event in extractor(sentence).events}


def test_trigger_in_a_quote_types_nothing(extractor, news_articles):
    row = corpus_row(news_articles, "indosum:1503379343-kesampingkan-putusan-ma-pemkot-pekanbaru-tertibkan")
    sentence = sentence_of(row, "\"Kami minta hasil rapat ini", "ujar Agus.")
    assert main_type(extractor, sentence) == ("lainnya", None)


def test_obligation_is_no_gathering(extractor, pfsa_articles):
    # `Hanya mungkin perlu sosialisasi secara mendalam …`: a sosialisasi that should happen, none reported.
    sentence = sentence_of(corpus_row(pfsa_articles, "med_dev-dl-20-v2:0101"), "Hanya mungkin perlu sosialisasi",
                           "ciptaan seseorang")
    assert main_type(extractor, sentence) == ("lainnya", None)


def test_gathering_a_statement_was_made_at_types_the_event(extractor, news_articles):
    # `…," kata Aris Budiman saat menghadiri Rapat Dengar Pendapat Panitia Khusus Hak Angket DPR`: the article
    # reports what was said at that hearing; `rapat ini` inside the quote is not what types it.
    row = corpus_row(news_articles, "indosum:1504090307-dirdik-kpk-bantah-minta-uang-rp2-miliar")
    sentence = sentence_of(row, "\"Saya tidak pernah bertemu", "Rapat Dengar Pendapat")
    assert main_type(extractor, sentence) == ("rapat", "Rapat Dengar Pendapat")


def test_statement_only_article_is_lainnya(extractor, news_articles):
    # A tax office's targets told by its director (`Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat`: a
    # role, not a penyuluhan): no gathering, no action, so the statement is the main event.
    row = corpus_row(news_articles, "detik2025:24")
    record = extractor(row["text"], title=row.get("title"), published=row.get("published"))
    assert record.events[0].type == "lainnya"


@pytest.mark.parametrize("article_id, start, end, expected", [
    # `Setelah …, ia ditangkap …`: the comma ends the background clause; the arrest is the main clause's event.
    pytest.param("indosum:1472925641-tidur-di-rapat-kim-jong-un-hukum-mati-2-pejabat-pa", "Setelah ketahuan tidur,",
                 "diinterogasi oleh petugas keamanan.", ("penegakan_hukum", "ditangkap"),
                 id="comma_closes_a_background_clause"),
    # `Pemerintah telah menyepakati harga batas …`: a decision announced (type kebijakan).
    pytest.param("indosum:1474004718-mendag-segera-rilis-batas-atas-dan-bawah-harga-pan", "Pemerintah telah menyepakati",
                 "komoditas pangan.", ("kebijakan", "menyepakati"), id="agreement_reached_is_a_decision"),
    # `… kembali ke Indonesia. Sebelumnya ia ditangkap karena …`: the arrest is background to the news.
    pytest.param("indosum:1498962600-kjri-new-york-pulangkan-imam-masjid-daud-rasyid", "Pihak Konsulat Jenderal RI",
                 "melanggar dokumen keimigrasian.", ("lainnya", None), id="sentence_opened_as_background_types_nothing"),
])
def test_main_type_of_corpus_sentences(extractor, news_articles, article_id, start, end, expected):
    assert main_type(extractor, sentence_of(corpus_row(news_articles, article_id), start, end)) == expected


def test_gathering_noun_that_refers_back_names_the_event(extractor, news_articles):
    # `… juga melakukan pertemuan dan konsolidasi di kediaman … Dalam pertemuan itu, …` several sentences on:
    # `pertemuan itu` refers back to the meeting the article reports.
    row = corpus_row(news_articles, "indosum:1475140548-anies-sandiaga-sindir-penggusuran-yang-dilakukan-a")
    record = extractor(row["text"], title=row["title"], published=row["published"])
    assert (record.events[0].type, record.events[0].trigger.text) == ("rapat", "pertemuan")
