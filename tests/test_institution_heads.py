"""Institutions named by a head noun outside the lexicon (issue 13, round 3): councils, committees, authorities,
cabinets, cooperatives; an office ending in a head noun (`Sekretaris Kabinet`) names no body.  Sentences from
../shared/corpora/news articles that are not in the development gold."""

from __future__ import annotations

import pytest

from netralitas_nlp.pipeline import get_nlp


def corpus_sentence(rows: list[dict], article_id: str, start: str, end: str) -> str:
    """The article's words from ``start`` up to and including ``end``."""
    text = next(row["text"] for row in rows if row["id"] == article_id)
    begin = text.index(start)
    return text[begin:text.index(end, begin) + len(end)]


def institution_surfaces(text: str) -> dict[str, list[str]]:
    doc = get_nlp()(text)
    return {record.name: record.surface for record in doc._.institutions}


@pytest.mark.parametrize("article_id, start, end, name, surface", [
    ("detik2025:110", "Keuangan (Menkeu) Purbaya", "Luhut Binsar Pandjaitan.", "Dewan Ekonomi Nasional",
     "Dewan Ekonomi Nasional (DEN)"),
    ("indosum:1518459300-polisikan-eks-jurnalis-bbc-romahurmuziy-dinilai-be", "Asep menuturkan", "terlebih dahulu.",
     "Dewan Pers", "Dewan Pers"),
    ("indosum:1491530431-keikutsertaan-timnas-u-22-di-isg-2017-belum-jelas", "Komite Olimpiade", "menyatakan",
     "Komite Olimpiade Indonesia", "Komite Olimpiade Indonesia (KOI)"),
    ("detik2025:624", "Kepala Otorita IKN", "mengatakan", "Otorita IKN", "Otorita IKN"),
    ("detik2025:141", "merombak lima menteri", "Kabinet Merah Putih.", "Kabinet Merah Putih", "Kabinet Merah Putih"),
    ("indosum:1519093800-menteri-lhk-minta-bantuan-kpk", "yaitu Koperasi Perkebunan", "PT Torganda",
     "Koperasi Perkebunan Kelapa Sawit Bukit Harapan", "Koperasi Perkebunan Kelapa Sawit Bukit Harapan"),
])
def test_body_named_by_a_council_committee_authority_cabinet_or_cooperative_head(
        news_articles, article_id, start, end, name, surface):
    found = institution_surfaces(corpus_sentence(news_articles, article_id, start, end))
    assert surface in found[name]


def test_office_ending_in_a_head_noun_names_no_body(news_articles):
    # `Sekretaris Kabinet <Name>` is an office and its holder, not a cabinet called by the holder's name.
    sentence = corpus_sentence(news_articles, "indosum:1499545500-indonesia-dan-australia-sepakat-tingkatkan-perdaga",
                               "Jokowi juga didampingi", "Kepala BKPM")
    assert "Sekretaris Kabinet" in sentence
    assert not any(name.startswith("Kabinet") for name in institution_surfaces(sentence))


def test_a_meeting_of_the_cabinet_names_no_cabinet(news_articles):
    sentence = corpus_sentence(news_articles, "detik2025:6", "ujar Prabowo dalam Sidang", "Jakarta Pusat")
    assert not any(name.startswith("Kabinet") for name in institution_surfaces(sentence))


def test_name_with_a_comma_list_closed_by_dan(news_articles):
    # `Forum <A>, <B>, dan <C> …`: a list of one-word items that `dan` closes is inside the name.
    sentence = corpus_sentence(news_articles, "detik2025:50", "pidato Sri Mulyani", "pada 7 Agustus 2025.")
    assert "Forum Konvensi Sains, Teknologi, dan Industri Indonesia" in institution_surfaces(sentence)


def test_a_list_of_known_bodies_after_a_head_is_no_name(news_articles):
    # `Partai Nasdem, PAN, dan PPP` are three parties, not one party of that name.
    sentence = corpus_sentence(news_articles, "indosum:1508400000-panglima-tni-saya-tidak-berpikir-pilpres-2019",
                               "antara lain Partai Nasdem", "hingga PKS.")
    found = institution_surfaces(sentence)
    assert not any("," in name for name in found)
    assert len(found) == 4


@pytest.mark.parametrize("article_id, start, end, acronym", [
    ("detik2025:575", "perlu membangun sinergi", "Pendekatan ini", "PPP"),  # a partnership scheme, not the party
    ("detik2025:217", "Penyidik Kejaksaan Negeri", "Lembata;", "PPK"),  # a procurement officer, not an election panel
])
def test_acronym_the_article_defines_as_something_else_is_no_lexicon_body(news_articles, article_id, start, end,
                                                                          acronym):
    sentence = corpus_sentence(news_articles, article_id, start, end)
    assert f"({acronym})" in sentence
    doc = get_nlp()(sentence)
    assert not any(record.acronym == acronym for record in doc._.institutions)


def test_a_respelt_definition_stays_the_lexicon_body():
    # An invented sentence: the definition shares words with the lexicon's name, so it is that body.
    doc = get_nlp()("Badan Pengawas Pemilihan Umum (Bawaslu) menerima laporan. Bawaslu memeriksa.")
    assert [record.acronym for record in doc._.institutions] == ["Bawaslu"]


@pytest.mark.parametrize("article_id, start, end, surface", [
    ("indosum:1503343936-sidang-isbat-awal-zulhijjah-berlangsung-besok", "Penentuan awal Zulhijjah", "Ormas Islam",
     "Kemenag Kabupaten/Kota"),
    ("detik2025:504", "Dari 22 kabupaten/kota", "berjumlah tiga orang.", "Bawaslu kabupaten/kota"),
])
def test_body_of_a_level_without_a_region_is_apart_from_the_national_body(news_articles, article_id, start, end,
                                                                          surface):
    # "<Body> Kabupaten/Kota": every body of that level, not the national body nor one region's.
    sentence = corpus_sentence(news_articles, article_id, start, end)
    records = get_nlp()(sentence)._.institutions
    leveled = [record for record in records if surface in record.surface]
    assert len(leveled) == 1 and leveled[0].jurisdiction is None
    assert all(surface not in record.surface for record in records if record is not leveled[0])


def test_a_level_word_before_an_acronym_or_a_region_is_no_level_of_government(news_articles):
    # `Kepolisian Resor Kota (Polresta) <Kota>`: "Kota" belongs to the unit's name.
    sentence = corpus_sentence(news_articles, "detik2025:938", "Ayah TAS", "meminta kejelasan")
    assert not any(record.name.endswith(" Kota") for record in get_nlp()(sentence)._.institutions)


def test_ministry_acronym_written_after_the_word_in_full(news_articles):
    # `KemenPAN-RB` is also written `Kementerian PANRB`.
    sentence = corpus_sentence(news_articles, "indosum:1505519230-indra-piliang-sudah-bukan-tim-ahli-kementerian-pan",
                               "Karena itu, Kementerian PANRB", "reformasi")
    found = institution_surfaces(sentence)
    assert found["Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"] == ["Kementerian PANRB"]


def test_a_head_and_a_kind_word_name_no_body(news_articles):
    # `Partai Politik` capitalised in a decree's title is the common noun, not a party.
    sentence = corpus_sentence(news_articles, "indosum:1519691400-bawaslu-maraton-gelar-sidang-gugatan-pbb-pkpi-dan-",
                               "tentang Penetapan Partai Politik", "Rakyat.")
    assert "Partai Politik" not in institution_surfaces(sentence)


def test_a_commission_with_its_own_acronym_is_a_body_not_an_organ(news_articles):
    # `Komisi <Name> (<Acronym>)`: a commission of its own, not a legislature's commission read with its body.
    sentence = corpus_sentence(news_articles, "detik2025:363", "Komisi Informasi Publik (KIP)", "menuntut")
    record = next(record for record in get_nlp()(sentence)._.institutions if record.name == "Komisi Informasi Publik")
    assert record.acronym == "KIP"


def test_a_team_with_its_own_acronym_is_a_body(news_articles):
    # `Tim <Name> (<Acronym>)` is a body; `tim` with no acronym of its own is any team.
    sentence = corpus_sentence(news_articles, "detik2025:784", "ujar Ketua Tim Anggaran", "Selasa (21/10/2025).")
    found = {record.acronym: record for record in get_nlp()(sentence)._.institutions}
    assert found["TAPD"].surface[0].startswith("Tim Anggaran Pemerintah Daerah (TAPD)")
    assert not institution_surfaces("Tim gabungan dan Tim Relawan datang ke lokasi.")


def test_a_lexicon_body_inside_a_name_with_its_own_new_acronym_is_no_body_there(news_articles):
    # `Universitas <Organisation> <Kota> (<Acronym>)`: one university, not the organisation of that city as well.
    text = next(row["text"] for row in news_articles if "Universitas Muhammadiyah Malang (UMM)" in row["text"])
    begin = text.index("Universitas Muhammadiyah Malang (UMM)")
    sentence = text[begin:text.index(".", begin) + 1]
    surfaces = [surface for record in get_nlp()(sentence)._.institutions for surface in record.surface]
    assert "Universitas Muhammadiyah Malang (UMM)" in surfaces
    assert "Muhammadiyah Malang" not in surfaces
