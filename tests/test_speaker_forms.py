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
    pytest.param("pfsa:pfsa-id_dev-40:0300", "Kami akan melakukan cleansing", "Juliari P Batubara", id="office-abbreviation-subject"),
    # `”Surat edaran ini tolong …,” kata Mendagri`
    pytest.param("pfsa:pfsa-id-med_dev-dl-20-v2:0214", "Surat edaran ini tolong", "Tito Karnavian", id="office-abbreviation-after-cue"),
    # `,” kata Salehudin dari KKP Kelas II Mataram.`: the name before `dari`, not the body's last words
    pytest.param("pfsa:pfsa-id_dev-40:0004", "Kami memeriksa semua hasil", "Salehudin", id="name-dari-body-after-cue"),
    # `Reynaldi dari PT House of Rattan mengatakan, … ”…,” katanya.`
    pytest.param("pfsa:pfsa-id_dev-40:0129", "Peningkatannya bisa 100", "Reynaldi", id="name-dari-body-subject"),
    # `CEO … Spica Virgino Titahelu, dalam bincang virtual bersama Total Quality Indonesia, hari ini, mengatakan`
    pytest.param("pfsa:pfsa-id_dev-40:0390", "Juli mulai ada", "Spica Virgino Titahelu", id="adverbial-dalam-set-off"),
    # `Menteri Pertanian Syahrul Yasin Limpo, seperti dikutip dari situs Ditjen … Kementan, Sabtu (…), mengatakan`
    pytest.param("pfsa:pfsa-id-med_dev-dl-20-v2:0027", "Kami tidak menganggap enteng", "Syahrul Yasin Limpo",
                 id="adverbial-seperti-set-off"),
    # `,” kata Agung menegaskan.` where `Agung` alone reads as a body word (`Mahkamah Agung`)
    pytest.param("pfsa:pfsa-id_dev-40:0052", "Dalam kondisi saat ini", "Agung Hendriadi", id="body-word-names-official"),
    # `,” kata Manajer Humas PT KAI Daop 8 Surabaya Suprapto.`
    pytest.param("pfsa:pfsa-id_dev-40:0184", "Saat itu, rangkaian kereta", "Suprapto", id="office-with-unit-number"),
    # `,” ujar Wakil Kepala Sekolah Bidang Sarana Prasarana dan Humas SMA Negeri 1 Giri Mohammad Imron.`
    pytest.param("pfsa:pfsa-id-med_dev-dl-20-v2:0328", "Jumlah siswa di setiap", "Mohammad Imron", id="office-with-school-number"),
    # `,” kata Wakil Ketua Umum Kadin Indonesia bidang Agraria, Tata Ruang dan Kawasan Sanny Iskandar ketika …`
    pytest.param("pfsa:pfsa-id-med_dev-dl-20-v2:0305", "( Hal ini) Agar implementasi", "Sanny Iskandar", id="office-with-field"),
    # `,” kata Presiden, Minggu (…), di Jakarta.`: the office's holder, the day is no part of the speaker
    pytest.param("pfsa:pfsa-id-med_dev-dl-20-v2:0130", "Covid-19 masih ada", "Joko Widodo", id="weekday-after-office"),
])
def test_speaker_written_form_resolves_to_the_person(pfsa_articles, article_id, opening, speaker):
    assert names_match(speaker, speaker_of(pfsa_articles, article_id, opening))


def test_an_office_ending_in_a_name_word_is_not_the_official_with_that_name():
    # Invented: `Agung` ends `Mahkamah Agung`; the chief justice is not the education head named `Agung …`.
    record = extract('Kepala Dinas Pendidikan Agung Prasetyo meninjau sekolah. "Putusan itu harus dihormati," '
                     'kata Ketua Mahkamah Agung.')
    assert [quote.speaker for quote in record.quotes] == [None]


def test_a_lone_body_word_after_the_cue_is_the_official_with_that_name():
    record = extract('Kepala Dinas Pendidikan Agung Prasetyo meninjau sekolah. "Sekolah ini harus dibenahi," '
                     'kata Agung.')
    assert [quote.speaker for quote in record.quotes] == ["Agung Prasetyo"]


def test_a_date_after_the_speaker_is_no_part_of_the_speaker():
    # Invented: the unit-number link (`Daop 8`) must not carry `2 Mei` into the speaker.
    record = extract('"Semua harus siap," kata Ketua KPU Sleman Rina Sari 2 Mei lalu.')
    assert record.quotes[0].speaker_span.text == "Ketua KPU Sleman Rina Sari"


def test_lowercase_joiners_inside_an_office_come_from_the_lexicon():
    from netralitas_nlp.lang.speech import speaker_word_kind

    assert {"pada", "bidang", "of"} <= speaker_word_kind("role_joiner")
