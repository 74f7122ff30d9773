"""Institutions read by kind (issue 13): a hospital (`RS X`), a campaign team (`Tim Kampanye X-Y`), a
legislature's commission with its legislature (`Komisi I DPR RI`), a party's board with its level (`DPD I
Golkar`) or written in full, a party named in full — on ../shared/corpora articles outside the development gold."""

from __future__ import annotations

from netralitas_nlp import extract


def institutions_of(rows: list[dict], article_id: str) -> dict[str, list[str]]:
    record = extract(next(row["text"] for row in rows if row["id"] == article_id))
    return {institution.name: institution.surface for institution in record.institutions}


def test_a_commission_is_read_with_its_legislature(news_articles):
    # `Anggota Komisi I DPR RI, Elnino Husein Mohi meminta TNI ...`: the commission stands for the DPR there.
    found = institutions_of(news_articles, "indosum:1495132200-meriam-buatan-cina-meledak-3-prajurit-tni-tewas")
    assert found["Komisi I Dewan Perwakilan Rakyat"] == ["Komisi I DPR RI"]
    assert "Dewan Perwakilan Rakyat" not in found


def test_a_commission_of_a_regional_legislature(news_articles):
    # `... yang dipimpin oleh Ketua Komisi IV DPRD Roni Amriel`.
    found = institutions_of(news_articles, "indosum:1503379343-kesampingkan-putusan-ma-pemkot-pekanbaru-tertibkan")
    assert ["Komisi IV DPRD"] in found.values()


def test_a_party_board_keeps_its_level(news_articles):
    # `Pelaksana Tugas Sekretaris DPD I Golkar Provinsi Papua Marthinus A Werimon`: the provincial board.
    found = institutions_of(news_articles, "indosum:1476662447-polisi-diminta-usut-teror-bom-di-rumah-politisi-go")
    assert found["Dewan Pimpinan Daerah I Partai Golongan Karya Provinsi Papua"] == ["DPD I Golkar Provinsi Papua"]
    assert "Partai Golongan Karya Provinsi Papua" not in found


def test_a_party_board_written_in_full(news_articles):
    # `Sekretaris Dewan Pimpinan Wilayah PKS Jawa Timur Irwan Setiawan mengatakan ...`.
    found = institutions_of(news_articles, "indosum:1491895220-polri-politisi-pks-dijemput-bukan-ditangkap-densus")
    assert "Dewan Pimpinan Wilayah Partai Keadilan Sejahtera Provinsi Jawa Timur" in found


def test_a_party_named_in_full_is_one_party(news_articles):
    # `... Ketua Fraksi Partai Nasional Demokrat, Viktor Buntinglu Laiskodat`: NasDem, not `Partai Nasional`.
    found = institutions_of(news_articles, "indosum:1501928548-tampik-tuduhan-pks-tegasan-tidak-dukung-khilafah")
    assert "Partai Nasional" not in found
    assert "Partai NasDem" in found


def test_a_party_board_in_full_with_its_acronym_in_brackets():
    record = extract("Sekretaris Dewan Pimpinan Wilayah (DPW) PPP Jawa Timur menghadiri rapat itu.")
    surfaces = {institution.name: institution.surface for institution in record.institutions}
    assert surfaces["Dewan Pimpinan Wilayah Partai Persatuan Pembangunan Provinsi Jawa Timur"] == [
        "Dewan Pimpinan Wilayah (DPW) PPP Jawa Timur"]


def test_a_hospital_by_its_short_head(news_articles):
    # `... dirawat di RS Elpi Al Azis`, `... dibawa ke RSUP Fatmawati`.
    found = institutions_of(news_articles, "indosum:1474505118-mau-dilantik-kapolsek-baru-terjatuh-hingga-merengg")
    assert found["Rumah Sakit Elpi Al Azis"] == ["RS Elpi Al Azis"]
    found = institutions_of(news_articles, "indosum:1518328111-sebelum-tutup-usia-advent-tunggu-seluruh-keluarga-")
    assert found["Rumah Sakit Umum Pusat Fatmawati"] == ["RSUP Fatmawati"]


def test_a_campaign_team_named_after_its_pair(news_articles):
    # `... usai rapat pembubaran Tim Kampanye Anies-Sandi di Kantor ...`.
    found = institutions_of(news_articles, "indosum:1494449100-sudirman-said-pimpin-tim-sinkronisasi-anies-sandi")
    assert found["Tim Kampanye Anies-Sandi"] == ["Tim Kampanye Anies-Sandi"]
