"""Speaker forms (issue 13), on PFSA-ID articles outside the development gold: after a post cue, a role
phrase whose body has lower-case joiners (`pada`, `for`, `of`) or a unit's number runs on to the holder's
name (`ujar Direktur Eksekutif Centre for Strategic and International Studies (CSIS) Yose Rizal Damuri`);
an office abbreviation alone is its holder; a name before `dari <Body>` speaks, not the body; an
adverbial set off by commas between subject and verb is skipped, whatever names it holds."""

from __future__ import annotations

import pytest

from netralitas_nlp import extract
from netralitas_nlp.evaluate.matching import names_match


@pytest.mark.parametrize("article_id, opening, speaker", [
    # `… industri digital,” ujar Direktur Eksekutif Centre for Strategic and International Studies (CSIS) Yose Rizal Damuri`
    ("pfsa:pfsa-id-med_dev-dl-20-v2:0330", "hal itu berpotensi menimbulkan masalah", "Yose Rizal Damuri"),
    # `”Belum ada perkembangan terbaru,” ujar Kepala Biro Komunikasi, Layanan Informasi Publik, dan Kerja Sama pada
    # Kementerian Energi dan Sumber Daya Mineral Agung Pribadi.`
    ("pfsa:pfsa-id-med_dev-dl-20-v2:0288", "Belum ada perkembangan terbaru", "Agung Pribadi"),
])
def test_speaker_after_a_role_phrase_with_lowercase_joiners(pfsa_articles, article_id, opening, speaker):
    record = extract(next(row["text"] for row in pfsa_articles if row["id"] == article_id))
    quotes = [quote for quote in record.quotes if opening in quote.text]
    assert quotes and quotes[0].speaker and names_match(speaker, quotes[0].speaker)  # the name or its short form


def speaker_of(pfsa_articles, article_id: str, opening: str):
    record = extract(next(row["text"] for row in pfsa_articles if row["id"] == article_id))
    quotes = [quote for quote in record.quotes if quote.text.lstrip("“”\" ").startswith(opening)]
    assert quotes, f"no quote opening {opening!r} in {article_id}"
    return quotes[0].speaker


@pytest.mark.parametrize("article_id, opening, speaker", [
    # `Mensos mengatakan, … ”Kami akan melakukan cleansing …,” katanya.`: the office's holder, not `Mensos`
    ("pfsa:pfsa-id_dev-40:0300", "Kami akan melakukan cleansing", "Juliari P Batubara"),
    # `”Surat edaran ini tolong …,” kata Mendagri`
    ("pfsa:pfsa-id-med_dev-dl-20-v2:0214", "Surat edaran ini tolong", "Tito Karnavian"),
])
def test_speaker_written_as_an_office_abbreviation_is_its_holder(pfsa_articles, article_id, opening, speaker):
    assert names_match(speaker, speaker_of(pfsa_articles, article_id, opening))


@pytest.mark.parametrize("article_id, opening, speaker", [
    # `,” kata Salehudin dari KKP Kelas II Mataram.`
    ("pfsa:pfsa-id_dev-40:0004", "Kami memeriksa semua hasil", "Salehudin"),
    # `Reynaldi dari PT House of Rattan mengatakan, … ”…,” katanya.`
    ("pfsa:pfsa-id_dev-40:0129", "Peningkatannya bisa 100", "Reynaldi"),
])
def test_speaker_named_with_the_body_they_come_from(pfsa_articles, article_id, opening, speaker):
    assert names_match(speaker, speaker_of(pfsa_articles, article_id, opening))


@pytest.mark.parametrize("article_id, opening, speaker", [
    # `CEO … Spica Virgino Titahelu, dalam bincang virtual bersama Total Quality Indonesia, hari ini, mengatakan`
    ("pfsa:pfsa-id_dev-40:0390", "Juli mulai ada", "Spica Virgino Titahelu"),
    # `Menteri Pertanian Syahrul Yasin Limpo, seperti dikutip dari situs Ditjen … Kementan, Sabtu (…), mengatakan`
    ("pfsa:pfsa-id-med_dev-dl-20-v2:0027", "Kami tidak menganggap enteng", "Syahrul Yasin Limpo"),
])
def test_speaker_before_an_adverbial_set_off_by_commas(pfsa_articles, article_id, opening, speaker):
    assert names_match(speaker, speaker_of(pfsa_articles, article_id, opening))


def test_speaker_word_that_is_a_body_word_elsewhere_names_the_official(pfsa_articles):
    # `,” kata Agung menegaskan.` where `Agung` alone reads as a body word (`Mahkamah Agung`)
    assert names_match("Agung Hendriadi", speaker_of(pfsa_articles, "pfsa:pfsa-id_dev-40:0052", "Dalam kondisi saat ini"))


@pytest.mark.parametrize("article_id, opening, speaker", [
    # `,” kata Manajer Humas PT KAI Daop 8 Surabaya Suprapto.`
    ("pfsa:pfsa-id_dev-40:0184", "Saat itu, rangkaian kereta", "Suprapto"),
    # `,” ujar Wakil Kepala Sekolah Bidang Sarana Prasarana dan Humas SMA Negeri 1 Giri Mohammad Imron.`
    ("pfsa:pfsa-id-med_dev-dl-20-v2:0328", "Jumlah siswa di setiap", "Mohammad Imron"),
    # `,” kata Wakil Ketua Umum Kadin Indonesia bidang Agraria, Tata Ruang dan Kawasan Sanny Iskandar ketika …`
    ("pfsa:pfsa-id-med_dev-dl-20-v2:0305", "( Hal ini) Agar implementasi", "Sanny Iskandar"),
])
def test_speaker_after_an_office_with_a_unit_number_or_field(pfsa_articles, article_id, opening, speaker):
    assert names_match(speaker, speaker_of(pfsa_articles, article_id, opening))


def test_speaker_after_a_cue_stops_before_the_weekday(pfsa_articles):
    # `,” kata Presiden, Minggu (…), di Jakarta.`: the office's holder, the day is no part of the speaker
    assert names_match("Joko Widodo", speaker_of(pfsa_articles, "pfsa:pfsa-id-med_dev-dl-20-v2:0130", "Covid-19 masih ada"))
