"""How roles reach their holders (issue 13, round 3) — on ../shared/corpora articles outside the development
gold: two offices joined by ``sekaligus``/``merangkap`` before one name, …"""

from __future__ import annotations

from netralitas_nlp import extract


def article_text(rows: list[dict], article_id: str) -> str:
    return next(row["text"] for row in rows if row["id"] == article_id)


def positions_of(record) -> dict[str, list[str]]:
    return {official.name: [role.position for role in official.roles] for official in record.officials}


def test_two_offices_joined_by_sekaligus_are_both_held_by_the_name_after_them(news_articles):
    # `Ketua DPR sekaligus Ketua Umum Golkar Setya Novanto`: no `yang` before `sekaligus`.
    record = extract(article_text(news_articles, "indosum:1489720514-wacana-munaslub-golkar-tak-terkait-skandal-korupsi"))
    positions = positions_of(record)["Setya Novanto"]
    assert "Ketua DPR" in positions
    assert any(position.startswith("Ketua Umum") for position in positions)


def test_a_blended_nickname_is_the_official_with_that_full_name(news_articles):
    # `Presiden Joko Widodo (Jokowi) ...`, later `kata Presiden Jokowi`: one official, not two.
    record = extract(article_text(news_articles, "indosum:1492538449-jokowi-perintahkan-tni-polri-jamin-keamanan-pilkad"))
    names = [official.name for official in record.officials]
    assert "Jokowi" not in names
    assert "Jokowi" in next(official.aliases for official in record.officials if official.name == "Joko Widodo")


def test_a_given_name_that_reads_as_a_blend_with_another_office_is_another_official():
    # Invented: `Andika` spells the starts of `Andi Kasim`, but a regent is not the sub-district head.
    record = extract("Camat Depok Andi Kasim meninjau lokasi banjir. Sementara itu Bupati Andika meminta warga "
                     "tetap waspada.")
    assert positions_of(record) == {"Andi Kasim": ["Camat"], "Andika": ["Bupati"]}


def test_a_blended_nickname_with_the_same_office_is_still_joined():
    record = extract("Wali Kota Tirta Ramadhan membuka pasar. Wali Kota Tiram mengatakan pasar itu baru.")
    assert [official.name for official in record.officials] == ["Tirta Ramadhan"]


def test_blended_nicknames_and_initials():
    from netralitas_nlp.extractors.officials import is_blended_nickname

    assert is_blended_nickname("Jokowi", "Joko Widodo")
    assert is_blended_nickname("SBY", "Susilo Bambang Yudhoyono")
    assert not is_blended_nickname("Budi", "Budi Santoso")  # a short form, joined elsewhere
    assert not is_blended_nickname("Jokowi", "Joko Santoso")
    assert not is_blended_nickname("Sandi", "Sandiaga Uno")  # one word's start alone is no blend
    # A blend ends in a syllable: a common name that a full name's starts spell letter by letter is no blend
    # (`Agus`, a fire officer quoted in an article that also names `Agung Hari Setiyono`, PFSA-ID dev-40:0383).
    assert not is_blended_nickname("Agus", "Agung Hari Setiyono")


def test_a_marker_before_no_office_opens_no_role(news_articles):
    # `eks pemain Barca tidak lebih baik`, `mantan pejabat Antam bernama ...`: `eks`/`mantan` mark no office
    # here, so the capitalised word after the noun holds nothing (a club, a company).
    names = {official.name for official in extract(article_text(news_articles, "indosum:1498023000-maradona-dani-alves-pemain-idiot")).officials}
    names |= {official.name for official in extract(article_text(news_articles, "detik2025:207")).officials}
    assert not names & {"Barca", "Antam"}


def test_a_marker_before_an_office_still_opens_the_role():
    record = extract("Kata mantan Bupati Sleman Sri Purnomo menambahkan bahwa acara itu lancar.")
    assert [(role.position, role.former) for role in record.officials[0].roles] == [("Bupati", True)]


def test_the_deputy_of_a_listed_office_is_its_own_office(news_articles):
    # `Wakil Menteri Ketenagakerjaan (Wamenaker) Immanuel Ebenezer`: not the minister's office.
    record = extract(article_text(news_articles, "detik2025:375"))
    assert "Wakil Menteri Ketenagakerjaan" in positions_of(record)["Immanuel Ebenezer"]
    assert "Menteri Ketenagakerjaan" not in positions_of(record)["Immanuel Ebenezer"]


def test_the_office_a_person_is_appointed_to_is_theirs(news_articles):
    # `sejak Marsekal Hadi Tjahjanto ditunjuk sebagai Panglima TNI`: not the office of the one named before
    # (`Yuyu mengisi posisi KSAU ...`); `ketika R.A.A. Adiwijaya diangkat sebagai Bupati pertama Garut`.
    positions = positions_of(extract(article_text(news_articles, "indosum:1516227000-jokowi-resmi-lantik-idrus-marham-jadi-menteri-sosi")))
    assert "Panglima TNI" in positions["Hadi Tjahjanto"]
    assert "Panglima TNI" not in positions.get("Yuyu Sutisna", [])
    assert "Bupati" in positions_of(extract(article_text(news_articles, "detik2025:270")))["Adiwijaya"]


def test_an_office_a_person_is_made_by_an_active_appointing_verb_is_theirs(pfsa_articles):
    # `… melantik Wakil Gubernur Junaidi Hamsyah menjadi Gubernur Bengkulu definitif`.
    text = next(row["text"] for row in pfsa_articles if row["id"] == "pfsa:pfsa-id_dev-40:0295")
    assert "Gubernur" in positions_of(extract(text))["Junaidi Hamsyah"]


def test_an_office_hoped_for_is_not_held():
    # Invented: `menjadi` without a verb of appointing names an office wished for, not one given.
    assert not extract("Partai Nusantara mendukung Rudi Hartono menjadi Presiden pada pemilu mendatang.").officials
    assert not extract("Warga berharap Budi Santoso menjadi Bupati Sleman tahun depan.").officials
    record = extract("Budi Santoso dilantik menjadi Bupati Sleman pada Senin.")
    assert positions_of(record) == {"Budi Santoso": ["Bupati"]}


def test_a_nominalisation_opening_the_sentence_is_no_part_of_the_name(news_articles):
    # `"Kewenangan Oso sebagai ketua umum Hanura sudah dinyatakan tak berlaku lagi,"`.
    record = extract(article_text(news_articles, "indosum:1516319100-munaslub-hanura-ambhara-resmi-pecat-oso-dari-jabat"))
    assert not [name for name in positions_of(record) if name.startswith("Kewenangan")]
    assert "Ketua Umum Hanura" in positions_of(record)["Oso"]


def test_an_office_named_again_less_fully_is_one_role(news_articles):
    # `Menteri Kelautan dan Perikanan Susi Pudjiastuti`, later `... Susi sebagai menteri`: one role, the fuller.
    record = extract(article_text(news_articles, "indosum:1489705230-39-kapal-asing-pencuri-ikan-akan-diusir-keluar-dar"))
    assert positions_of(record)["Susi Pudjiastuti"] == ["Menteri Kelautan dan Perikanan"]


def test_the_fuller_office_and_another_head_are_told_apart():
    from netralitas_nlp.extractors.officials import names_same_office_more_fully

    assert names_same_office_more_fully("Ketua Umum DPP PDI-P", "Ketua Umum PDI-P")
    assert not names_same_office_more_fully("Calon Wakil Gubernur", "Wakil Gubernur")
    assert not names_same_office_more_fully("Wakil Ketua", "Ketua")


def test_a_dash_glued_to_the_first_word_of_the_text_is_a_datelines(news_articles):
    # `Rimanews-Menteri Keuangan Sri Mulyani Indrawati mengatakan ...`: the outlet, its dash, then the role.
    record = extract(article_text(news_articles, "indosum:1491414333-menkeu-sebut-efisiensi-belanja-barang-2017-rp34-tr"))
    assert "Menteri Keuangan" in positions_of(record)["Sri Mulyani Indrawati"]


def test_a_passive_verb_names_the_role_holder_as_its_agent(news_articles):
    # `kata Silpia yang saat itu didampingi Kepala Seksi (Kasi) Tindak Pidana Umum (Pidum) Marulitua Johannes
    # Sitanggang.`: the run after a passive verb ends the sentence with the holder's name, as after `oleh`.
    record = extract(article_text(news_articles, "detik2025:991"))
    assert "Marulitua Johannes Sitanggang" in positions_of(record)
