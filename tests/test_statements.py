"""Statements and who makes them, on real articles: pieces of organisation names are never speakers or
`-nya` targets, a person's name ends its run (`Menteri Keuangan Sri Mulyani Indrawati`), `Name, Role …`
after a cue, inserted and passive attributions, reported clauses, appeals and reminders that warn of nothing."""

from __future__ import annotations

import pytest

from netralitas_nlp.extractor import extract
from netralitas_nlp.names import clean_name, is_person_like


def article(rows: list[dict], article_id: str) -> dict:
    found = [row for row in rows if row["id"] == article_id]
    if not found:
        pytest.skip(f"{article_id} not in ../shared")
    return found[0]


def speaker_of(rows: list[dict], article_id: str, prefix: str):
    row = article(rows, article_id)
    quotes = [quote for quote in extract(row["text"], id=row["id"]).quotes if quote.text.startswith(prefix)]
    assert quotes, f"no quote starts with {prefix!r}"
    return quotes[0].speaker


PFSA_SPEAKERS = [
    # `Suharti, Deputi Gubernur DKI Jakarta Bidang Pengendalian Penduduk dan Permukiman`: name, then role
    ("pfsa:pfsa-id_dev-40:0216", "Pastinya operasi yustisi", "Suharti"),
    ("pfsa:pfsa-id_dev-40:0249", "Kami bekerja sama dengan TACB", "Fetty Kwartati"),
    ("pfsa:pfsa-id_dev-40:0402", "Bergabungnya entitas BUMN", "Honesti Basyir"),
    ("pfsa:pfsa-id_dev-40:0383", "( Api itu) tegak lurus", "Dedy"),
    # `Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan Muhadjir Effendy`: the office name
    # holds a piece the officials list took for a person; the name at the end of the run wins
    ("pfsa:pfsa-id_dev-40:0404", "Presiden meminta supaya", "Muhadjir Effendy"),
    ("pfsa:pfsa-id_dev-40:0173", "Untuk memberikan keadilan", "Sri Mulyani Indrawati"),
    # `… ujarnya` after `Satuan Tugas Penanganan Covid-19 Provinsi Maluku …`: not the task force
    ("pfsa:pfsa-id_dev-40:0055", "Tidak ada cara lain", "Dony Rerung"),
    # `Ketua KPU … Ahmad Toni Fatoni mengatakan, di TPS Desa Tugu Kidul …`, then `”…,” ucapnya`: a name
    # inside a reported statement is talked about, never the `-nya`
    ("pfsa:pfsa-id_dev-40:0097", "Kami sudah berusaha", "Ahmad Toni Fatoni"),
    ("pfsa:pfsa-id_dev-40:0048", "Kesediaan untuk menyampaikan", "Doni Monardo"),
    # `Sekretaris Jenderal Majelis Ulama Indonesia (MUI) Anwar Abbas menyayangkan …`: a bracketed acronym
    # inside the role keeps the name the clause's subject
    ("pfsa:pfsa-id_dev-40:0187", "Covid-19 masih sangat berbahaya", "Anwar Abbas"),
    # the office written lower-case after the cue: `kata juru bicara Gugus Tugas …, Alamsyah`
    ("pfsa:pfsa-id_dev-40:0015", "Penularan dari jalur pantura", "Alamsyah"),
    ("pfsa:pfsa-id_dev-40:0040", "Pandemi ini sesuatu yang menyebar", "Dewi Fortuna Anwar"),
    # `kata Presiden` where `Presiden Joko Widodo` and `Presiden Jokowi` both hold the office: the full name
    ("pfsa:pfsa-id_dev-40:0338", "Ini perlu betul-betul dimonitor", "Joko Widodo"),
    # `Tri Maharini, dokter emergensi dari Persatuan Dokter Emergensi Indonesia, memaparkan, …` then `ujarnya`
    ("pfsa:pfsa-id_dev-40:0005", "Kalau PDP meninggal sebelum dites", "Tri Maharini"),
    # `Decky Senduk, sekretaris tim kampanye Vonnie-Hendry, mengaku …` then `katanya`
    ("pfsa:pfsa-id_dev-40:0176", "Masih pakai dana terbatas", "Decky Senduk"),
    # `… program ”jembatan udara” sesuai Peraturan … Daerah Tertinggal, Terpencil, …`: a term in quote marks
    # does not end the reported clause, so the list inside it is talked about
    ("pfsa:pfsa-id_dev-40:0039", "Produksi pesawat N219", "Elfien Goentoro"),
    # `Hal senada disampaikan Rizki Rifai (19), anggota kelompok lainnya.` then `”…,” katanya`: the agent
    # of a passive speech verb has just spoken
    ("pfsa:pfsa-id_dev-40:0054", "Kami bawa senter kecil", "Rizki Rifai"),
    # `… (B2W) Toto Sugito yakin, pandemi …` then `”…,” katanya`: the subject of a verb of opinion
    ("pfsa:pfsa-id_dev-40:0064", "Bersepeda merupakan pilihan", "Toto Sugito"),
    ("pfsa:pfsa-id_dev-40:0227", "Pencarian hunian melalui portal", "Chong Ming Hwee"),
]


@pytest.mark.parametrize("article_id, prefix, speaker", PFSA_SPEAKERS)
def test_pfsa_speakers(pfsa_articles, article_id, prefix, speaker):
    assert speaker_of(pfsa_articles, article_id, prefix) == speaker


@pytest.mark.parametrize("name", ["Institute", "Laboratorium Kesehatan", "Satuan Tugas Penanganan Covid-", "Nomor",
                                  "UGM", "W", "Meskipun Pemerintah", "Regional Head", "tahun", "Selanjutnya",
                                  "Kompas", "Jawa Barat"])
def test_organisation_pieces_are_not_people(name):
    assert not is_person_like(name)


@pytest.mark.parametrize("name", ["Tauhid Ahmad", "Kementerian Keuangan Askolani", "Muhammad Muslim", "JK"])
def test_people_are_people(name):
    assert is_person_like(name)


def test_lone_region_word_is_a_person_only_after_a_cue():
    assert not is_person_like("Bima")
    assert is_person_like("Bima", after_cue=True)


def test_name_before_its_role():
    assert clean_name("Rahmad Saleh, Kepala Balai Konservasi Sumber Daya Alam (BKSDA) Jambi") == "Rahmad Saleh"
    # a bracketed acronym before the name is not `Name, Role`
    assert clean_name("Ketua Komisi Tetap Hortikultura Kamar Dagang dan Industri (Kadin) Indonesia Karen Tambayong") \
        == "Karen Tambayong"


def indirect_quote(rows: list[dict], article_id: str, prefix: str):
    row = article(rows, article_id)
    quotes = [quote for quote in extract(row["text"], id=row["id"]).quotes
              if quote.text.startswith(prefix) and not quote.direct]
    assert quotes, f"no indirect statement starts with {prefix!r}"
    return quotes[0]


@pytest.mark.parametrize("article_id, prefix, cue, speaker", [
    # `Hal itu, jelas Yudi, tidak lepas dari …`: an attribution set off by commas
    ("indosum:1510613677-songsong-visit-2020-bengkulu-perkuat-sdm-pariwisat", "tidak lepas dari potensi", "jelas",
     "Yudi Satria"),
    ("indosum:1515382218-yel-yel-prabowo-presiden-menggema-di-deklarasi-edy", "bangsa ini membutuhkan", "kata",
     "Prabowo Subianto"),
])
def test_inserted_attribution(news_articles, article_id, prefix, cue, speaker):
    quote = indirect_quote(news_articles, article_id, prefix)
    assert (quote.cue, quote.speaker) == (cue, speaker)


def test_passive_lead(pfsa_articles):
    # `Dijelaskan oleh Andri, Pemprov DKI tegas menegakkan aturan itu …`
    quote = indirect_quote(pfsa_articles, "pfsa:pfsa-id_dev-40:0071", "Pemprov DKI tegas")
    assert quote.cue == "Dijelaskan" and quote.speaker == "Andri Yansyah"


def test_menurut_data_names_no_speaker():
    quotes = extract("Menurut data terbaru, jumlah pemilih di kota itu naik tajam tahun ini.").quotes
    assert not quotes


@pytest.mark.parametrize("article_id, prefix, speaker", [
    # `Menteri Dalam Negeri Tito Karnavian, Jumat (5/6/2020), dalam rapat koordinasi … meminta 270 …`
    ("pfsa:pfsa-id-med_dev-dl-20-v2:0043", "270 kepala daerah", "Tito Karnavian"),
    # `Sekretaris Bawaslu … Yuhendar Muabuai, saat dihubungi dari Jayapura, Senin (…), mengatakan, …`
    ("pfsa:pfsa-id_dev-40:0278", "baru lima kabupaten", "Yuhendar Muabuai"),
])
def test_subject_before_dates_and_adjuncts(pfsa_articles, article_id, prefix, speaker):
    assert indirect_quote(pfsa_articles, article_id, prefix).speaker == speaker


def test_conjunction_opens_a_reported_clause(pfsa_articles):
    # `… Acep Jamhuri sebelumnya mengatakan agar semua perusahaan disiplin …`: no comma, no `bahwa`
    quote = indirect_quote(pfsa_articles, "pfsa:pfsa-id-med_dev-dl-20-v2:0314", "agar semua perusahaan")
    assert quote.cue == "mengatakan"
    assert quote.speaker == "Acep Jamhuri"  # `sebelumnya` between subject and verb (speaker_words.tsv adverbs)


def test_an_appeal_is_not_a_warning(news_articles):
    # `Pihak berwenang Palestina mengimbau agar aksi massal digelar …`: an appeal, no caution
    quote = indirect_quote(news_articles, "indosum:1513046700-kbri-amman-imbau-wni-tak-kunjungi-palestina",
                           "agar aksi massal digelar")
    assert quote.cue == "mengimbau" and not quote.is_warning


def test_auxiliary_opens_a_reported_clause(pfsa_articles):
    # `Ia menyatakan akan berada di Asmat pada Sabtu (6/3/2021) ini.`
    quote = indirect_quote(pfsa_articles, "pfsa:pfsa-id-med_dev-dl-20-v2:0203", "akan berada di Asmat")
    assert quote.cue == "menyatakan"


def test_a_reminder_that_points_something_out_is_not_a_warning(news_articles, spacy_seed_records):
    # `… mengingatkan isu transisi energi erat kaitannya dengan daya saing ekonomi`: no directive
    quote = indirect_quote(news_articles, "detik2025:798", "isu transisi energi")
    assert quote.cue == "mengingatkan" and not quote.is_warning
    # `… mengingatkan ASN agar menjaga sikap …` (seed article) still warns
    warned = [q for record in spacy_seed_records.values() for q in record.quotes if "mengingatkan ASN agar" in q.text]
    assert warned and all(q.is_warning for q in warned)


def test_lone_name_before_a_day():
    from netralitas_nlp.names import lone_place_word
    assert lone_place_word("Bima, Senin") == "Bima"
    assert lone_place_word("Senin") is None


def test_a_region_after_its_kind_is_a_place(news_articles):
    # `…, Aminudin Bustomi saat Deklarasi … Kota Tasikmalaya, Senin …` then `Ia menuturkan, …`: the official
    # list took `Tasikmalaya` for a person's mention; after `Kota` it is the city
    quote = indirect_quote(news_articles, "indosum:1511308800-ulama-tasikmalaya-usung-asep-berpasangan-dengan-ri",
                           "tokoh agama dari Priangan")
    assert quote.speaker == "Aminudin Bustomi"
