"""Words after a role that never hold it (issue 13): a legal party word and its number (`Teradu VI`), an
``X-nya`` form, a form of address alone, a street — on ../shared/corpora articles outside the development
gold, and written sentences for the forms the corpora lack."""

from __future__ import annotations

from netralitas_nlp import extract


def article_text(rows: list[dict], article_id: str) -> str:
    return next(row["text"] for row in rows if row["id"] == article_id)


def test_a_legal_party_word_and_its_number_are_no_part_of_the_name(news_articles):
    # A DKPP verdict: `Merehabilitasi nama baik Teradu VI Betty Epsilon Idroos selaku anggota KPU`,
    # `Teradu VII Bernard Dermawan Sutrisno selaku Sekretaris Jenderal KPU`.
    record = extract(article_text(news_articles, "detik2025:501"))
    names = {official.name for official in record.officials}
    assert {"Betty Epsilon Idroos", "Bernard Dermawan Sutrisno"} <= names
    assert not [name for name in names if name.split()[0] in {"Teradu", "VI", "VII"}]
    positions = {official.name: [role.position for role in official.roles] for official in record.officials}
    assert positions["Betty Epsilon Idroos"] == ["Anggota KPU"]


def test_a_legal_party_word_alone_holds_no_role():
    record = extract("Teradu selaku Ketua KPU Kabupaten Sleman tidak hadir dalam sidang DKPP, Senin (2/3).")
    assert not [official for official in record.officials if official.name == "Teradu"]


def test_a_possessive_body_is_no_holder():
    record = extract("Anggota Bawaslu Kabupaten Bantul, Bawaslu-nya sudah menerima laporan itu.")
    assert not [official for official in record.officials if "nya" in official.name]


def test_a_form_of_address_is_an_honorific():
    record = extract("Bupati Sleman Pak Sri Purnomo membuka acara itu di Pendopo Parasamya, Senin (2/3).")
    assert [official.name for official in record.officials] == ["Sri Purnomo"]


def test_words_that_complete_a_body_are_no_holder(news_articles):
    # `..., Pejabat Eselon I dan II Kementerian Agama, dan Tim Hisab dan Rukyat`: `Agama` ends the ministry's name;
    # `Kantor Kementerian Agama, Jl. MH Thamrin Jakarta Pusat` is an address.
    record = extract(article_text(news_articles, "indosum:1503343936-sidang-isbat-awal-zulhijjah-berlangsung-besok"))
    names = [official.name for official in record.officials]
    assert "Agama" not in names
    assert not [name for name in names if "Thamrin" in name or name.startswith(("Jl", "Jalan"))]
