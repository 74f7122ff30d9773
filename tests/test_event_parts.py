"""Parts of an event — date, venue, organizer, name — and elections, checked on real articles from ../shared."""

from __future__ import annotations

import pytest

from tests.conftest import require_shared
from netralitas_nlp import Extractor, extract
from netralitas_nlp.evaluate import gold_inputs
from netralitas_nlp.annotate.structure import layout
from netralitas_nlp.extractors.events import event_venue, in_background
from netralitas_nlp.pipeline import get_nlp
from netralitas_nlp.records import DateMention


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def main_event(extractor: Extractor, row: dict):
    record = next(iter(extractor.pipe([row])))
    assert record.events, row["id"]
    return record.events[0]


def gold_row(article_id: str) -> dict:
    require_shared("gold")
    return gold_inputs([article_id])[0]


def news_row(news_articles: list[dict], id_prefix: str) -> dict:
    return next(row for row in news_articles if row["id"].startswith(id_prefix))


def test_weekday_date_in_report_beats_schedule_date_in_clause(extractor):
    # `… kembali dimulai pada 15 Juni` is the next stage; `Menteri …, Jumat (5/6/2020), dalam rapat
    # koordinasi …` dates the reported happening.
    event = main_event(extractor, gold_row("pfsa:pfsa-id-med_dev-dl-20-v2:0043"))
    assert (event.date, event.date_text) == ("2020-06-05", "Jumat (5/6/2020)")


def test_date_tied_to_event_noun_by_happening_verb(extractor):
    # `tahapan rekapitulasi … berlangsung pada 9-20 Desember 2020` beats the interview's `Kamis (10/12/2020)`.
    event = main_event(extractor, gold_row("pfsa:pfsa-id-med_dev-dl-20-v2:0206"))
    assert event.type == "rekapitulasi"
    assert event.date == "2020-12-09"


def test_happening_verb_outside_the_clause_does_not_date_the_event(extractor):
    # `… Rakernas Ke-2 PDI-P yang digelar pada 21-23 Juni 2022` is another, earlier meeting.
    event = main_event(extractor, gold_row("pfsa:pfsa-id-med_dev-dl-20-v2:0189"))
    assert event.date == "2022-07-17"


def test_schedule_end_date_is_not_the_event_date(extractor, news_articles):
    # Road closure `hingga 8 Desember 2025`; the report is dated `Minggu (19/10/2025)`.
    event = main_event(extractor, news_row(news_articles, "detik2025:304"))
    assert event.date == "2025-10-19"


def text_layout(text: str):
    return layout(get_nlp()(text))


def test_background_cue_needs_a_phrase_between_cue_and_date():
    text = "Kebijakan itu diambil pada rapat pimpinan TNI yang berlangsung sejak 16 hingga 19 Januari 2017."
    start = text.index("16")
    assert not in_background(text_layout(text), DateMention(text="16 hingga 19 Januari 2017", start=start, end=len(text) - 1))
    text = "Aparat memperketat pengamanan setelah peristiwa perusakan kantor pada Rabu (3/3/2021) kemarin."
    start = text.index("Rabu")
    assert in_background(text_layout(text), DateMention(text="Rabu (3/3/2021)", start=start, end=start + 15))
    text = "Puluhan narapidana kabur setelah tembok penjara ambruk karena diterjang banjir, Rabu (14/6)."
    start = text.index("Rabu")
    assert not in_background(text_layout(text), DateMention(text="Rabu (14/6)", start=start, end=start + 11))


def test_venue_from_attribution_in_opening_paragraphs(extractor):
    # The declaration's place is only in `… pendukung yang memadati Lapangan Merdeka Medan` (4th paragraph).
    event = main_event(extractor, gold_row("indosum:1515382218-yel-yel-prabowo-presiden-menggema-di-deklarasi-edy"))
    assert event.venue == "Lapangan Merdeka Medan"


@pytest.mark.parametrize(("sentence", "venue"), [
    ("kata Lembong di sela-sela rapat, di Nusa Dua Convention Center, Nusa Dua, Bali.", "Nusa Dua Convention Center"),
    ("Acara berlangsung di Grand Ballroom Hotel Trans Luxury, Jalan Gatot Subroto.", "Grand Ballroom Hotel Trans Luxury"),
    ("Mereka diterima Djarot di ruang rapat Balai Kota, Gambir.", "ruang rapat Balai Kota"),
    ("ujar Roni dalam RDP di gedung DPRD Pekanbaru.\nKesepakatan itu muncul kemudian.", "gedung DPRD Pekanbaru"),
    ("Rapat digelar di Gedung Kesenian Senin (3/10).", "Gedung Kesenian"),
    ("Warga berkumpul di kantor desa kemarin.", None),
])
def test_venue_forms(sentence, venue):
    assert event_venue(text_layout(sentence), 0, len(sentence), 0) == venue


@pytest.mark.parametrize(("article_id", "organizer"), [
    # `Rakernas ke-3 PAN`: the institution right after the event noun hosts it.
    ("indosum:1503389976-deddy-mizwar-berharap-dukungan-pan", "Partai Amanat Nasional"),
    # `Mahkamah Konstitusi (MK) menolak permohonan …`: the institution opening the lead acts.
    ("indosum:1495600200-mk-tolak-gugatan-sengketa-pilkada-intan-jaya-papua", "Mahkamah Konstitusi"),
    ("indosum:1515231850-tak-pilih-tengku-erry-nasdem-deklarasikan-dukungan", "Partai NasDem"),
])
def test_organizer_from_institutions(extractor, article_id, organizer):
    assert main_event(extractor, gold_row(article_id)).organizer == [organizer]


def test_organizer_as_passive_agent(extractor, news_articles):
    # `Dalam peringatan yang digelar oleh Pemerintah Kabupaten Gresik bersama …`
    event = main_event(extractor, news_row(news_articles, "detik2025:762"))
    assert event.organizer == ["Pemerintah Kabupaten Gresik"]


def test_role_phrase_opening_the_lead_is_no_organizer(extractor, news_articles):
    # `Anggota Komisi II DPR Fraksi PDIP, Deddy …` opens with a person's role, not with the DPR as actor.
    event = main_event(extractor, news_row(news_articles, "detik2025:520"))
    assert "Dewan Perwakilan Rakyat" not in event.organizer


def test_sworn_in_body_is_no_organizer(extractor, news_articles):
    # `usai Pelantikan DPD Banteng Muda Indonesia …`: the body after `Pelantikan` is sworn in.
    event = main_event(extractor, news_row(news_articles, "indosum:1503820733"))
    assert event.type == "pelantikan"
    assert event.organizer == []


@pytest.mark.parametrize(("article_id", "name"), [
    # A lower-case nominalisation and its complement name a non-gathering event.
    ("pfsa:pfsa-id_dev-40:0278", "Pencairan anggaran pemilihan kepala daerah"),
    # A number after `Nomor` stays in the capitalised name.
    ("detik2025:533", "Putusan Nomor 135/PUU-XXII/2024"),
    # A lower-case gathering noun with its complement.
    ("pfsa:pfsa-id-med_dev-dl-20-v2:0189", "Rapat tiga pilar PDI-P Provinsi Kalimantan Tengah"),
])
def test_event_names(extractor, article_id, name):
    assert main_event(extractor, gold_row(article_id)).name == name


def test_role_noun_and_verb_triggers_name_nothing(extractor):
    # pencalonan anchored at `bakal calon` (a role, not an event noun)
    event = main_event(extractor, gold_row("indosum:1515285000-saifullah-yusuf-nilai-mundurnya-anas-ada-hikmahnya"))
    assert event.type == "pencalonan" and event.name is None


def test_trigger_inside_a_longer_name_is_no_secondary_event(extractor, news_articles):
    # `Badan Musyawarah Masyarakat (Bamus) Betawi` and `Tempat Pemeriksaan Fisik Terpadu (TPFT)` are names.
    for prefix in ("indosum:1501460100", "detik2025:110"):
        record = next(iter(extractor.pipe([news_row(news_articles, prefix)])))
        assert len(record.events) == 1, prefix


def test_name_does_not_cross_a_paragraph(extractor, news_articles):
    record = next(iter(extractor.pipe([news_row(news_articles, "indosum:1498027200")])))
    assert all("\n" not in (event.name or "") for event in record.events)


def elections_of(extractor: Extractor, row: dict) -> list[tuple]:
    record = next(iter(extractor.pipe([row])))
    return [(election.kind, election.date, election.region) for election in record.elections]


def test_neighbourhood_election_is_lainnya(extractor):
    # `pemilihan ketua RT/RW … di Makassar`; the generic `pemilihan umum (pemilu) pada umumnya` joins it.
    assert elections_of(extractor, gold_row("detik2025:507")) == [("lainnya", None, "Kota Makassar")]


def test_bracketed_presidential_election_stays_its_own(extractor):
    # `“(Pemilihan) Presiden itu masih lama …”` in an article on the Pilgub Sumut.
    found = elections_of(extractor, gold_row("indosum:1515382218-yel-yel-prabowo-presiden-menggema-di-deklarasi-edy"))
    assert ("Pilgub", None, "Provinsi Sumatera Utara") in found
    assert ("Pemilu", None, None) in found


def test_national_election_measured_in_a_city_has_no_region(extractor):
    # `angka partisipasi pemilu di Medan`
    found = elections_of(extractor, gold_row("pfsa:pfsa-id-med_dev-dl-20-v2:0079"))
    assert ("Pemilu", None, "Kota Medan") not in found


def test_lone_pilkada_is_held_where_the_lead_is(extractor):
    # `… pengamanan Distrik Agats, Kabupaten Asmat, …` and `… kandidat kepala daerah dalam Pilkada 2020`.
    found = elections_of(extractor, gold_row("pfsa:pfsa-id-med_dev-dl-20-v2:0203"))
    assert found == [("Pilbup", None, "Kabupaten Asmat")]


def test_nationwide_pilkada_serentak_stays_unlocated(extractor, news_articles):
    # PKS gathers its candidates `dalam Pilkada serentak 2018 … di Hotel Bidakara, … Jakarta Selatan`.
    found = elections_of(extractor, news_row(news_articles, "indosum:1515115345"))
    assert all(region is None for _, _, region in found)


def test_weekday_fixes_the_year_when_publication_is_unknown():
    from netralitas_nlp.extractors.dates import find_dates

    # 5 January is a Friday in 2018 (not in 2016 or 2017); the latest year the text mentions is 2017.
    text = "Keputusan nomor 252-KPTS/DPP/12/2017 diserahkan di Jakarta, Jumat (5/1). Lalu Senin (8/1) ia pulang."
    assert [(d.text, d.value) for d in find_dates(text)] == [("Jumat (5/1)", "2018-01-05"), ("Senin (8/1)", "2018-01-08")]
    # no year written anywhere: still null; a weekday that fits no nearby year: null
    assert [d.value for d in find_dates("deklarasi Jumat (5/1) di Medan")] == [None]
    assert [d.value for d in find_dates("Pada 2017 … Sabtu (5/1) ia datang.")] == [None]


def test_indosum_event_dated_through_its_weekday(extractor):
    event = main_event(extractor, gold_row("indosum:1515231850-tak-pilih-tengku-erry-nasdem-deklarasikan-dukungan"))
    assert (event.date, event.date_text) == ("2018-01-05", "Jumat (5/1)")


def pfsa_row(pfsa_articles: list[dict], id_suffix: str) -> dict:
    row = next(row for row in pfsa_articles if row["id"].endswith(id_suffix))
    return {"id": row["id"], "text": row["text"]}


@pytest.mark.parametrize(("id_suffix", "venue"), [
    # `… disampaikan Anies saat apel kesiapsiagaan … di Lapangan JICT II`: the reporting sentence.
    ("pfsa-id_dev-40:0275", "Lapangan JICT II"),
    # `menjalani karantina di Wisma Atlet Kemayoran` and a book title `Dua Relief di Gedung Sarinah`
    # sit in sentences that do not report the event: no venue rather than a wrong one.
    ("pfsa-id_dev-40:0312", None),
    ("pfsa-id_dev-40:0249", None),
])
def test_venue_fallback_needs_a_reporting_sentence(extractor, pfsa_articles, id_suffix, venue):
    assert main_event(extractor, pfsa_row(pfsa_articles, id_suffix)).venue == venue


def test_election_names_with_irregular_spacing(extractor, news_articles):
    # IndoSum text was re-joined from tokens: `pemilihan   ketua umum` must still be found, not crash.
    found = elections_of(extractor, news_row(news_articles, "indosum:1513157724"))
    assert ("lainnya", None, None) in found


def test_every_matched_election_name_has_a_kind(news_articles):
    # Every surface the pattern matches anywhere in the news corpus maps to a lexicon kind.
    from netralitas_nlp.extractors.elections import election_kinds, election_pattern, name_key

    kinds, pattern = election_kinds(), election_pattern()
    missing = {name_key(match.group("name")) for row in news_articles for match in pattern.finditer(row["text"])
               if name_key(match.group("name")) not in kinds}
    assert not missing


def test_room_named_after_its_use_names_no_event(extractor, news_articles):
    # `Mereka diterima Djarot di ruang rapat Balai Kota`: the venue, not a meeting called `Rapat Balai Kota`.
    event = main_event(extractor, news_row(news_articles, "indosum:1496286600"))
    assert event.venue == "ruang rapat Balai Kota"
    assert event.name is None


@pytest.mark.parametrize("sentence, name", [
    ("Pemkot Bogor menggelar diskusi publik netralitas ASN di Balai Kota, Senin (4/11/2024).",
     "Diskusi publik netralitas ASN"),
    ("Pemkot menggelar sosialisasi netralitas dinas pendidikan Kota Bogor, Senin.",
     "Sosialisasi netralitas dinas pendidikan Kota Bogor"),
])
def test_nouns_that_look_like_verbs_stay_in_event_names(sentence, name):
    """`diskusi`, `dinas` begin like di- verbs; roles.verb_shaped_nouns lists them, and events reads the same list."""
    record = extract(sentence, published="2024-11-05")
    assert record.events[0].name == name
