"""Candidate pairs in every written form (issue 13): after a ballot number (in digits or words, with or without
a comma), with several pairs listed, as the name of a campaign team, and a sentence-initial ``Pasangan``
that is no part of a name — on ../shared/corpora articles that are not in the development gold."""

from __future__ import annotations

import pytest

from netralitas_nlp import extract


def article_text(rows: list[dict], article_id: str) -> str:
    return next(row["text"] for row in rows if row["id"] == article_id)


def roles_by_name(record) -> dict[str, list[tuple[str, str]]]:
    return {official.name: [(role.position, role.jurisdiction) for role in official.roles] for official in record.officials}


@pytest.fixture(scope="module")
def keerom(pfsa_articles):
    # `Di Keerom, pasangan nomor urut 2, Piter Gusbager-Wahfir Kosasih, meraih suara tertinggi`.
    return roles_by_name(extract(article_text(pfsa_articles, "pfsa:pfsa-id_dev-40:0022")))


def test_pair_after_a_ballot_number_and_a_comma(keerom):
    assert keerom["Piter Gusbager"] == [("Calon Bupati", "Kabupaten Keerom")]
    assert keerom["Wahfir Kosasih"] == [("Calon Wakil Bupati", "Kabupaten Keerom")]


def test_pair_after_a_ballot_number_written_in_words(pfsa_articles):
    # `Pasangan nomor urut satu, Eri-Armuji, diusung koalisi ...` in an article on the Surabaya mayoral race.
    roles = roles_by_name(extract(article_text(pfsa_articles, "pfsa:pfsa-id-med_dev-dl-20-v2:0107")))
    assert ("Calon Wakil Wali Kota", "Kota Surabaya") in roles["Armuji"]
    assert ("Calon Wali Kota", "Kota Surabaya") in roles["Eri"]


def test_pairs_listed_each_with_its_ballot_number(pfsa_articles):
    # `pasangan calon nomor urut 01 Danang Wicaksana Sulistya-Agus Choliq (DWS-ACH), nomor urut 02 Sri
    # Muslimatun-Amin Purnama (Mulia), dan nomor urut 03 Sri Kustini-Danang Maharsa (Kustini-Danang)`.
    roles = roles_by_name(extract(article_text(pfsa_articles, "pfsa:pfsa-id-med_dev-dl-20-v2:0153")))
    for head, deputy in (("Danang Wicaksana Sulistya", "Agus Choliq"), ("Sri Muslimatun", "Amin Purnama"),
                         ("Sri Kustini", "Danang Maharsa")):
        assert roles[head] == [("Calon Bupati", "Kabupaten Sleman")]
        assert roles[deputy] == [("Calon Wakil Bupati", "Kabupaten Sleman")]


def test_pair_naming_a_campaign_team_runs_and_the_team_member_does_not(pfsa_articles):
    # `Decky Senduk, sekretaris tim kampanye Vonnie-Hendry, mengaku ...`.
    roles = roles_by_name(extract(article_text(pfsa_articles, "pfsa:pfsa-id_dev-40:0176")))
    assert roles["Hendry Runtuwene"] == [("Calon Wakil Gubernur", "Provinsi Sulawesi Utara")]
    assert roles["Vonnie Anneke Panambunan"] == [("Calon Gubernur", "Provinsi Sulawesi Utara")]
    assert all("Calon" not in position for position, _ in roles["Decky Senduk"])


def test_sentence_initial_pasangan_is_no_part_of_a_name(news_articles):
    # `Pasangan Anies-Sandi memutuskan absen dalam acara debat pasangan cagub dan cawagub DKI`.
    record = extract(article_text(news_articles, "indosum:1491277521-alasan-anies-absen-di-debat-cagub"))
    assert not [official.name for official in record.officials if official.name.startswith(("Pasangan", "Paslon"))]
    assert ("Calon Wakil Gubernur", "Provinsi Daerah Khusus Ibukota Jakarta") in roles_by_name(record)["Sandi"]


def test_pair_after_both_offices_and_the_region():
    # The form has no pasangan marker: `... mengusung bakal calon gubernur dan wakil gubernur Jawa Barat X-Y`.
    record = extract("Partai itu mengusung bakal calon gubernur dan wakil gubernur Jawa Barat Ridwan Kamil-Uu Ruzhanul "
                     "Ulum pada Pilgub 2018.")
    roles = roles_by_name(record)
    assert roles["Ridwan Kamil"] == [("Calon Gubernur", "Provinsi Jawa Barat")]
    assert roles["Uu Ruzhanul Ulum"] == [("Calon Wakil Gubernur", "Provinsi Jawa Barat")]


def test_contest_named_with_both_offices_before_its_region():
    # The dateline names another city; the contest is `pemilihan wali kota dan wakil wali kota Metro`.
    record = extract("BANDAR LAMPUNG, KOMPAS — Pasangan perseorangan nomor urut 01, Wahdi-Qomaru Zaman, unggul sementara. "
                     "Rekapitulasi suara dalam pemilihan wali kota dan wakil wali kota Metro berlangsung pada 9-20 Desember.")
    roles = roles_by_name(record)
    assert roles["Wahdi"] == [("Calon Wali Kota", "Kota Metro")]
    assert roles["Qomaru Zaman"] == [("Calon Wakil Wali Kota", "Kota Metro")]
