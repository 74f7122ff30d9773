"""Who holds a role: duplicate roles, roles after a dateline dash, running mates, plural and joined roles,
village chains, bylines — on dev gold articles and the PFSA-ID tuning split, plus written sentences."""

from __future__ import annotations

import pytest

from netralitas_nlp import Extractor, extract
from tests.conftest import require_shared


def positions_of(record) -> dict[str, list[str]]:
    return {official.name: [role.position for role in official.roles] for official in record.officials}


@pytest.fixture(scope="module")
def dev_records() -> dict:
    require_shared("gold")
    from netralitas_nlp.evaluate import gold_inputs, load_gold_dir, shared_dir

    ids = [gold["id"] for gold in load_gold_dir(shared_dir() / "gold")]
    return {record.id: record for record in Extractor().pipe(gold_inputs(ids, shared_dir()))}


def test_an_office_repeated_without_its_region_is_one_role(dev_records):
    # `Bupati Asmat Elisa Kambu ... Bupati Elisa Kambu`: one office, the form with the region kept.
    roles = next(o.roles for o in dev_records["pfsa:pfsa-id-med_dev-dl-20-v2:0203"].officials if o.name == "Elisa Kambu")
    assert [(role.position, role.jurisdiction) for role in roles] == [("Bupati", "Kabupaten Asmat")]


def test_role_right_after_a_dateline_dash(dev_records):
    # `Surabaya (ANTARA News)-Bakal calon Gubernur Jawa Timur Saifullah Yusuf`.
    record = dev_records["indosum:1515285000-saifullah-yusuf-nilai-mundurnya-anas-ada-hikmahnya"]
    assert "Bakal Calon Gubernur" in positions_of(record)["Saifullah Yusuf"]


def test_hyphenated_word_is_still_no_role_start():
    # `PDI-P` must not open a role at `P`; a dash glued to a word is that word's hyphen.
    record = extract("Ketua DPC PDI-Perjuangan Kota Bogor, Budi Santoso, mengatakan hal itu.")
    assert all(not name.startswith("Perjuangan") for name in positions_of(record))


def test_office_someone_becomes_is_theirs(dev_records):
    # `Wakil Wali Kota Bekasi Ahmad Syaikhu mengaku sudah mendapat kepastian menjadi bakal calon Wagub Jabar`.
    record = dev_records["indosum:1503389976-deddy-mizwar-berharap-dukungan-pan"]
    assert "Bakal Calon Wakil Gubernur" in positions_of(record)["Ahmad Syaikhu"]


def test_becoming_after_a_bare_relative_pronoun_is_nobody_named():
    record = extract("Bupati Sleman Sri Purnomo hadir. Narapidana yang menjadi anggota DPRD itu ditangkap.")
    assert positions_of(record) == {"Sri Purnomo": ["Bupati"]}


def test_pairs_credited_with_votes_are_candidates(dev_records):
    # `... masing-masing Bartolomius-Deny 8.636 suara, Yulius-Yunus 33.598 suara, dan Thobias-Hermaus 1.928 suara`;
    # and no `calon Bartolomius` read inside `pasangan calon Bartolomius Mirip-Deny Miagoni`.
    positions = positions_of(dev_records["indosum:1495600200-mk-tolak-gugatan-sengketa-pilkada-intan-jaya-papua"])
    assert positions["Thobias"] == ["Calon Bupati"]
    assert positions["Hermaus"] == ["Calon Wakil Bupati"]
    assert positions["Bartolomius Mirip"] == ["Calon Bupati"]
    assert not any("-" in name for name in positions)


def test_running_mate_is_the_deputy_candidate(dev_records):
    # `Ia berpasangan dengan politisi Gerindra, anggota DPRD Medan, Aulia Rachman` after `kandidat wali kota`.
    positions = positions_of(dev_records["pfsa:pfsa-id-med_dev-dl-20-v2:0079"])
    assert "Calon Wakil Wali Kota" in positions["Aulia Rachman"]
    assert "Calon Wakil Wali Kota" in positions["Salman Alfarisi"]


def test_running_mate_takes_the_ticket_office_not_an_office_held():
    record = extract("Calon gubernur nomor urut satu, Helmi Hasan, Wali Kota Bengkulu dua periode, "
                     "berpasangan dengan Muslihan Diding Soetrisno pada Pilkada 2020.")
    assert positions_of(record)["Muslihan Diding Soetrisno"] == ["Calon Wakil Gubernur"]


def test_a_mate_named_as_head_candidate_is_no_deputy():
    record = extract("Ulama mendukung Asep Maoshul berpasangan dengan bakal calon Gubernur Jabar Ridwan Kamil pada Pilgub Jabar.")
    assert positions_of(record)["Ridwan Kamil"] == ["Bakal Calon Gubernur"]


def test_names_after_a_pair_office_and_possessive_office(dev_records):
    # `cagub-cawagub, Edy Rahmayadi dan Musa Rajekshah`: a candidate pair, no name with `dan` in it.
    positions = positions_of(dev_records["indosum:1515231850-tak-pilih-tengku-erry-nasdem-deklarasikan-dukungan"])
    assert positions["Musa Rajekshah"] == ["Calon Wakil Gubernur"]
    assert not any(" dan " in name for name in positions)
    # `Ketua DPD Arton Dohong dan Sekretarisnya, Sigit K Yunianto`: the office with -nya is no name.
    positions = positions_of(dev_records["pfsa:pfsa-id-med_dev-dl-20-v2:0189"])
    assert positions["Arton Dohong"] == ["Ketua DPD"]
    assert not any("Sekretarisnya" in name for name in positions)


def test_a_list_of_places_is_no_person(dev_records):
    # `kepala daerah di Intan Jaya, Deiyai, Paniai Dogiyai, hingga Puncak Jaya`.
    assert "Paniai Dogiyai" not in positions_of(dev_records["pfsa:pfsa-id-med_dev-dl-20-v2:0355"])


def test_a_body_word_before_tersebut_is_no_person(dev_records):
    # `kata mantan ketua umum GP Ansor tersebut`: the office of someone named before, `Ansor` no person.
    assert "Ansor" not in positions_of(dev_records["indosum:1515285000-saifullah-yusuf-nilai-mundurnya-anas-ada-hikmahnya"])


def test_byline_with_two_joined_roles(dev_records):
    # `Mochamad Adli Wafi. Peneliti Pusat Kajian Demokrasi, ... FH UGM & Anggota Asosiasi ...` closing an opinion piece.
    positions = positions_of(dev_records["detik2025:533"])
    assert positions["Mochamad Adli Wafi"][0].startswith("Peneliti")
    assert any(position.startswith("Anggota") for position in positions["Mochamad Adli Wafi"])


def test_joined_offices_go_to_the_person_named_before():
    record = extract("Ia berpasangan dengan Muslihan Diding Soetrisno yang pernah menjabat Bupati Bengkulu Utara "
                     "(2001-2006) dan Bupati Rejang Lebong (1994-1999).")
    roles = next(o.roles for o in record.officials if o.name == "Muslihan Diding Soetrisno")
    assert [role.title for role in roles][:2] == ["Bupati Bengkulu Utara", "Bupati Rejang Lebong"]


def test_listed_offices_after_a_comma_are_not_joined():
    record = extract("Hadir Ketua DPR Puan Maharani, Ketua MPR Bambang Soesatyo, dan Menteri Agama pada acara itu.")
    positions = positions_of(record)
    assert positions["Puan Maharani"] == ["Ketua DPR"] and positions["Bambang Soesatyo"] == ["Ketua MPR"]


@pytest.mark.parametrize("written, name, position", [
    ("Bupati Jepara Ahmad Marzuqi, kader DPW PPP Jateng, mendatangi kantor itu.", "Ahmad Marzuqi", "Kader Partai DPW PPP"),
    ("Ketua DPC PPP Blora Abu Nafi hadir di sana.", "Abu Nafi", "Ketua DPC PPP"),
])
def test_party_boards_are_bodies_of_a_role(written, name, position):
    assert position in positions_of(extract(written))[name]


def test_role_qualified_before_comma_and_held_by_several(dev_records):
    # `serta dua anggota DPR daerah pemilihan Kalteng, Agustiar Sabran serta Willy M Yoseph`.
    positions = positions_of(dev_records["pfsa:pfsa-id-med_dev-dl-20-v2:0189"])
    assert positions["Agustiar Sabran"] == ["Anggota DPR"]
    assert positions["Willy M Yoseph"] == ["Anggota DPR"]


def test_a_single_holder_takes_no_listed_neighbour():
    record = extract("Anggota DPR daerah pemilihan Kalteng, Agustiar Sabran dan Budi Santoso hadir di sana.")
    assert "Budi Santoso" not in positions_of(record)


def test_village_chain_before_the_name():
    # PFSA tuning article 0000: `kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Kecamatan Moyudan, Wahyu Wibowo`.
    record = extract("kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Kecamatan Moyudan, Wahyu Wibowo di Kabupaten Sleman.")
    assert positions_of(record) == {"Wahyu Wibowo": ["Kepala Dusun"]}
    assert record.officials[0].roles[0].title == "Kepala Dusun Nglahar, Kelurahan Sumbersari, Kecamatan Moyudan"
    record = extract("Kepala Desa Sukamaju Budi Santoso mengatakan hal itu.")
    assert positions_of(record) == {"Budi Santoso": ["Kepala Desa"]}


def test_english_job_titles_in_apposition():
    # PFSA tuning article 0198: `kata Russell Cohen, Regional Head of Operations Grab.`
    record = extract("“Partisi plastik dipasang,” kata Russell Cohen, Regional Head of Operations Grab. Partisi itu dibagikan.")
    roles = {official.name: [role.title for role in official.roles] for official in record.officials}
    assert roles == {"Russell Cohen": ["Regional Head of Operations Grab"]}


def test_office_after_a_candidacy_word_is_a_candidacy(dev_records):
    # `membahas pencalonan dirinya sebagai gubernur`: Calon Gubernur, not the office held.
    positions = positions_of(dev_records["indosum:1503389976-deddy-mizwar-berharap-dukungan-pan"])
    assert "Gubernur" not in positions["Deddy Mizwar"]
    assert "Calon Gubernur" in positions["Deddy Mizwar"]


def test_middle_name_short_form_and_joined_subject(dev_records):
    # `La Ode M Rajiun Tumada ... Rusman dan Rajiun sama-sama mendaftar sebagai bakal calon bupati`.
    positions = positions_of(dev_records["pfsa:pfsa-id_dev-40:0089"])
    assert "Bakal Calon Bupati" in positions["La Ode M Rajiun Tumada"]
    assert "Bakal Calon Bupati" in positions["Rusman Emba"]
