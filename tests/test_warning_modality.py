"""Warnings by modality (issue 12): a statement warns when it cautions, forbids or threatens, not when it
reports a violation, gives a purpose or encourages (contract conventions, ../shared/spec/EXTRACTION.md).

The statements are taken from articles of ../shared/corpora/news that are not in the development gold; each
test first checks that the words are the article's."""

from __future__ import annotations

import pytest

from tests.conftest import require_shared
from netralitas_nlp import Extractor
from netralitas_nlp.evaluate import evaluate_gold_dir, gold_inputs, load_gold_dir, shared_dir
from netralitas_nlp.extractors.quotes.warnings import warning_type


def article_text(news_articles: list[dict], id_prefix: str) -> str:
    return next(row["text"] for row in news_articles if row["id"].startswith(id_prefix))


def statement(news_articles: list[dict], id_prefix: str, words: str) -> str:
    """``words`` as written in the article ``id_prefix`` (whitespace as in the article)."""
    text = " ".join(article_text(news_articles, id_prefix).split())
    assert words in text, (id_prefix, words)
    return words


@pytest.mark.parametrize("id_prefix, words", [
    # `Hidayat mengatakan anak Presiden itu diduga melanggar Pasal 156 a KUHP …`: a charge reported as a fact.
    ("indosum:1499457300", "anak Presiden itu diduga melanggar Pasal 156 a KUHP soal penodaan agama"),
    ("indosum:1495747020", "Fahd diduga melanggar Pasal 12 b"),
])
def test_reported_violation_is_no_warning(news_articles, id_prefix, words):
    assert warning_type(statement(news_articles, id_prefix, words), "mengatakan") is None


@pytest.mark.parametrize("id_prefix, words, expected", [
    ("indosum:1498851000", "jika tidak jera juga PKL itu akan diberi sanksi yang lebih tegas", "sanksi"),
    ("indosum:1487486746", "semua pelanggar akan ditindak tegas", "hukum"),
    # A negator cancels the modal word: `tidak bisa dipidana` threatens nothing.
    ("detik2025:387", "Putusan MK itu bahwa keonaran di dunia siber itu tidak tidak bisa dipidana", None),
])
def test_consequence_warns_only_when_threatened(news_articles, id_prefix, words, expected):
    assert warning_type(statement(news_articles, id_prefix, words), "mengatakan") == expected


def test_purpose_clause_after_a_verb_is_no_warning(news_articles):
    words = statement(news_articles, "indosum:1493463624",
                      "untuk menjaga agar tidak terjadi kecurangan, pihaknya akan melakukan kontrol rutin")
    # `menjaga agar tidak terjadi …` gives the purpose of an action; it forbids nobody anything.
    assert warning_type(words, "menambahkan") is None


def test_encouragement_is_no_warning(news_articles):
    words = statement(news_articles, "indosum:1495325882", "jangan khawatir soal pengisian baterai")
    assert warning_type(words) is None


@pytest.mark.parametrize("id_prefix, cue, words", [
    ("indosum:1509942297", "meminta", "agar masyarakat tak sembarangan menyebarluaskan konten di media sosial"),
    ("indosum:1495578300", "meminta", "warga tidak menggunakan lebih dari 100 liter air setiap harinya"),
])
def test_directed_negation_forbids(news_articles, id_prefix, cue, words):
    # `meminta warga tidak menggunakan …`: the addressee, then what they must not do.
    assert warning_type(statement(news_articles, id_prefix, words), cue) == "larangan"


@pytest.mark.parametrize("id_prefix, cue, words", [
    # A reminder points something out: the negation is part of the claim.
    ("detik2025:941", "mengingatkan", "keterampilan teknis saja tidak cukup"),
    # The negation is far from the addressee, in a concessive clause.
    ("indosum:1502559000-lima-tahun", "mengajak", "pendengar untuk tetap kuat walau keadaan tidak mendukung"),
])
def test_negation_that_directs_nobody_is_no_warning(news_articles, id_prefix, cue, words):
    assert warning_type(statement(news_articles, id_prefix, words), cue) is None


@pytest.mark.parametrize("id_prefix, cue, words", [
    ("detik2025:731", "memperingatkan", "tentang dampak buruk polusi terhadap bangunan bersejarah"),
    ("detik2025:13", "mengingatkan", "adanya ancaman inflasi akibat naiknya jumlah uang yang beredar"),
])
def test_reminded_risk_is_a_caution(news_articles, id_prefix, cue, words):
    assert warning_type(statement(news_articles, id_prefix, words), cue) == "imbauan"


def test_risk_noun_outside_a_reminder_is_no_caution(news_articles):
    words = statement(news_articles, "detik2025:13", "adanya ancaman inflasi akibat naiknya jumlah uang yang beredar")
    assert warning_type(words, "mengatakan") is None


def test_caution_word_after_a_mitigating_verb_tells_a_measure(news_articles):
    words = statement(news_articles, "detik2025:53", "antara pemerintah baik pusat maupun daerah untuk mengantisipasi "
                                                     "risiko terjadinya inflasi")
    assert warning_type(words, "menekankan") is None
    assert warning_type("Kita harus waspada terhadap risiko terjadinya inflasi", "mengatakan") == "imbauan"


def test_warning_addressed_to_someone_is_a_caution(news_articles):
    # The noun `peringatan` with its addressee (`peringatan kepada …`) is a caution given.
    words = statement(news_articles, "indosum:1503829979", "sangat perlu menyampaikan pesan dan peringatan kepada para "
                                                            "santri dan anak muda di lingkungan pondok pesantren")
    assert warning_type(words, "menilai") == "imbauan"
    # The bare noun names a sanction; imposed, it is reported as a fact.
    words = statement(news_articles, "detik2025:501", "Menjatuhkan sanksi peringatan keras kepada Teradu I")
    assert warning_type(words, "kata") is None


def test_caution_word_in_a_relative_clause_describes(news_articles):
    # `daerah yang rawan konflik` classes a region; it cautions nobody.
    words = statement(news_articles, "detik2025:976", "Flores Timur merupakan salah satu daerah yang rawan konflik")
    assert warning_type(words, "Menurut") is None
    # Said of something, the same kind of word cautions.
    words = statement(news_articles, "indosum:1512444424",
                      "hewan peliharaan dengan tubuh kecil sangat rentan pada suhu tinggi")
    assert warning_type(words, "mengungkapkan") == "imbauan"


def test_directive_clause_with_its_subject_forbids(news_articles):
    # `menekankan agar [kedua negara] tidak …`: a verb of saying with `agar` reports a directive.
    words = statement(news_articles, "indosum:1503477297", "agar kedua negara tidak saling mencuri di kawasan perairan")
    assert warning_type(words, "menekankan") == "larangan"


@pytest.mark.parametrize("id_prefix, cue, words", [
    # A wish: `berharap … agar program tetap berjalan dan tidak merugikan …`.
    ("detik2025:784", "berharap", "ada solusi dari Pemprov Sulsel agar program tetap berjalan dan tidak merugikan "
                                  "masyarakat banyak"),
    # A purpose: `penting agar masyarakat tidak salah persepsi`.
    ("detik2025:707", "menilai", "sosialisasi yang masif penting agar masyarakat tidak salah persepsi"),
])
def test_clause_with_its_subject_after_no_directive_is_no_warning(news_articles, id_prefix, cue, words):
    assert warning_type(statement(news_articles, id_prefix, words), cue) is None


def test_reminded_obligation_is_no_warning(news_articles):
    # `mengingatkan …, bahwa hidup harus menghidupi`: an obligation pointed out, without sanction.
    words = statement(news_articles, "indosum:1513943502",
                      "filosofi hidupnya kepada anaknya, bahwa hidup harus menghidupi")
    assert warning_type(words, "mengingatkan") is None
    # A reminder that tells the hearer what to do (`agar …`) cautions.
    words = statement(news_articles, "indosum:1506804796", "agar masyarakat juga selektif dalam memilih bimbel")
    assert warning_type(words, "mengingatkan") == "imbauan"


@pytest.mark.parametrize("id_prefix, cue, words", [
    ("indosum:1518921190", "kata", "kami tidak mau ambil risiko"),
    ("detik2025:57", "papar", "menjaga keseimbangan antara kebutuhan pembiayaan APBN dengan risiko kenaikan utang"),
])
def test_risk_named_in_passing_is_no_caution(news_articles, id_prefix, cue, words):
    assert warning_type(statement(news_articles, id_prefix, words), cue) is None


@pytest.mark.parametrize("id_prefix, cue, words", [
    # A modal word makes the risk one the hearer may run into.
    ("detik2025:667", "kata", "dapat menimbulkan risiko tinggi bagi pengguna jalan lainnya"),
    # A reminding verb reminds of it.
    ("indosum:1475845202", "memperingatkan", "bahaya La-Nina terhadap volatilitas harga pangan"),
])
def test_risk_threatened_or_reminded_is_a_caution(news_articles, id_prefix, cue, words):
    assert warning_type(statement(news_articles, id_prefix, words), cue) == "imbauan"


@pytest.mark.parametrize("id_prefix, cue, words", [
    # `Kalau` opens another clause, far from the consequence reported as a fact.
    ("detik2025:855", "ujar", "Kalau melihat fakta persidangan, seharusnya mereka bebas karena tidak terbukti "
                              "melakukan tindak pidana"),
    # `akan` belongs to the next sentence.
    ("indosum:1507752900", "tutur", "Karena ini sudah termasuk pelanggaran berat. Nanti akan dibahas di DPP"),
])
def test_conditional_or_future_far_from_the_consequence_threatens_nothing(news_articles, id_prefix, cue, words):
    assert warning_type(statement(news_articles, id_prefix, words), cue) is None


def test_word_that_is_cue_and_modal_needs_another_to_threaten(news_articles):
    # `terancam` (threatened) and `berujung` (ends in) alone report: a life in danger, a chain of events.
    words = statement(news_articles, "indosum:1517022000", "Khawatir nyawanya terancam, sang korban kabur")
    assert warning_type(words, "kata") is None
    words = statement(news_articles, "detik2025:722", "memicu reaksi inflamasi yang berujung pada kerusakan jaringan")
    assert warning_type(words, "tulis") is None
    # A threat word before a penalty threatens it.
    words = statement(news_articles, "detik2025:364", "dikenakan pasal 368 KUHP dengan ancaman hukuman 9 tahun penjara")
    assert warning_type(words, "pungkas") == "hukum"


def test_dev_gold_warnings_f1():
    require_shared("gold")
    shared = shared_dir()
    ids = [gold["id"] for gold in load_gold_dir(shared / "gold")]
    records = [record.model_dump() for record in Extractor().pipe(gold_inputs(ids, shared))]
    # Measured 0.900 on all 58 gold articles (branch warnings, issue 12; 0.860 before); a regression floor.
    assert evaluate_gold_dir(shared / "gold", records)["warnings"]["f1"] >= 0.89
