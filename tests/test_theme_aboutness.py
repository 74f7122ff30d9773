"""Themes by aboutness (issue 12): a cue phrase inside a date reference names a time, not a topic, and counts for
no label.  Sentences from ../shared/corpora (PFSA-ID) articles not in the development gold."""

from __future__ import annotations

from netralitas_nlp import Extractor
from netralitas_nlp.extractors.themes import THRESHOLD, counted_cues
from netralitas_nlp.pipeline import get_nlp


def pfsa_sentence(pfsa_articles: list[dict], id_suffix: str, start: str, end: str) -> str:
    text = next(row["text"] for row in pfsa_articles if row["id"].endswith(id_suffix))
    begin = text.index(start)
    return text[begin:text.index(end, begin) + len(end)]


def counted_labels(text: str) -> set[str]:
    return {label for cue, _ in counted_cues(get_nlp()(text)) for label, _ in cue.labels}


def test_phrase_in_a_date_reference_is_no_theme(pfsa_articles):
    # `… sekitar 20 bulan sebelum hari pemungutan suara pada 14 Februari 2024 …`: when, not what.
    sentence = pfsa_sentence(pfsa_articles, "med_dev-dl-20-v2:0246", "Ruang kontestasi", "semakin menyempit.")
    assert "pemungutan suara" in sentence
    assert "pemungutan_suara" not in counted_labels(sentence)


def test_phrase_that_is_the_topic_counts(pfsa_articles):
    # `PSU disebabkan kurangnya pemahaman petugas KPPS saat pemungutan suara`: the vote itself is the matter.
    sentence = pfsa_sentence(pfsa_articles, "dev-40:0097", "Nurhadi menilai, PSU", "saat pemungutan suara.")
    assert "pemungutan_suara" in counted_labels(sentence)


def test_subject_cue_alone_makes_no_label(news_articles):
    # `Gaji Tunggal ASN Batal Berlaku 2026 …`: an article about civil servants' pay names ASN throughout, but
    # nothing of their neutrality.
    row = next(row for row in news_articles if row["id"] == "detik2025:52")
    assert row["text"].count("ASN") >= 3
    record = Extractor()(row["text"], title=row["title"], published=row.get("published"))
    assert "netralitas_asn" not in record.themes
    with_topic = Extractor()("Bupati mengingatkan seluruh ASN menjaga netralitas selama Pilkada. " + row["text"])
    assert "netralitas_asn" in with_topic.themes


def test_words_of_a_party_name_are_no_topic(news_articles):
    # `… setelah dirinya dipecat Partai Demokrasi Indonesia Perjuangan …`: a party's name, not democracy.
    text = next(row["text"] for row in news_articles if row["id"].startswith("indosum:1518221687"))
    begin = text.index("Calon wakil gubernur Jawa Timur Emil Dardak")
    sentence = text[begin:text.index("beberapa waktu lalu.", begin) + len("beberapa waktu lalu.")]
    assert "Partai Demokrasi Indonesia Perjuangan" in sentence
    assert "integritas_pemilu" not in counted_labels(sentence)
    assert "integritas_pemilu" in counted_labels(sentence.replace("Partai Demokrasi Indonesia Perjuangan",
                                                                  "pembela demokrasi"))


def test_body_named_after_the_vote_is_no_vote(news_articles):
    # `… 25.491 panitia pemungutan suara (PPS), dan 479.557 kelompok penyelenggara pemungutan suara (KPPS).`:
    # the names of ad-hoc bodies (as in event_triggers.tsv), not the vote; `TPS` in the same text still counts.
    text = next(row["text"] for row in news_articles if row["id"].startswith("indosum:1498954500"))
    begin = text.index("Berdasarkan database KPU Jatim")
    sentence = text[begin:text.index("(KPPS).", begin) + len("(KPPS).")]
    phrases = {cue.phrase for cue, _ in counted_cues(get_nlp()(sentence))}
    assert "pemungutan suara" not in phrases
    assert "tps" in phrases


def cue_weights(text: str, label: str) -> dict[str, float]:
    """Counted cue phrases of ``label`` in ``text``, each with its lexicon weight."""
    return {cue.phrase: weight for cue, _ in counted_cues(get_nlp()(text)) for name, weight in cue.labels
            if name == label}


def test_disease_named_in_passing_is_no_health_theme(news_articles):
    # `… pada masa Pandemi COVID-19.`: an economics article names the pandemic as a time, no health measure.
    row = next(row for row in news_articles if row["id"] == "detik2025:13")
    assert "COVID-19" in row["text"]
    record = Extractor()(row["text"], title=row["title"], published=row.get("published"))
    assert "kesehatan" not in record.themes
    # Health measures added to the same article (invented) do make it a health matter.
    measures = "\n\nWarga wajib memakai masker dan menjaga jarak untuk mencegah penularan Covid-19."
    record = Extractor()(row["text"] + measures, title=row["title"], published=row.get("published"))
    assert "kesehatan" in record.themes
    with_measure = Extractor()("Warga diminta memakai masker dan menjaga protokol kesehatan. " + row["text"])
    assert "kesehatan" in with_measure.themes


def test_disciplined_play_is_no_sanction(news_articles):
    # `… pemain yang sudah bermain baik dan disiplin dalam pertandingan ini`: a team's discipline, no sanction;
    # `disiplin` is a weak cue that needs a second one.
    row = next(row for row in news_articles if row["id"].startswith("indosum:1494264600"))
    assert "disiplin" in row["text"]
    assert 0 < cue_weights(row["text"], "sanksi_hukum")["disiplin"] < THRESHOLD
    record = Extractor()(row["text"], title=row["title"], published=row.get("published"))
    assert "sanksi_hukum" not in record.themes


def test_active_prosecution_is_a_sanction(pfsa_articles):
    # `Polri diharapkan memproses hukum anggotanya jika terbukti …`: the active form of `diproses hukum`.
    sentence = pfsa_sentence(pfsa_articles, "med_dev-dl-20-v2:0042", "Polri diharapkan memproses hukum", "pidana,")
    assert cue_weights(sentence, "sanksi_hukum")["memproses hukum"] >= THRESHOLD


def news_sentence(news_articles: list[dict], id_prefix: str, start: str, end: str) -> str:
    text = next(row["text"] for row in news_articles if row["id"].startswith(id_prefix))
    begin = text.index(start)
    return text[begin:text.index(end, begin) + len(end)]


def test_last_election_result_is_a_weak_vote_cue(news_articles):
    # `… turun drastis dari hasil Pemilu 2014 ketika Golkar meraih …`: a past result as a benchmark, no vote.
    sentence = news_sentence(news_articles, "indosum:1507161600", "Di sisi lain", "persen suara.")
    assert 0 < cue_weights(sentence, "pemungutan_suara")["hasil pemilu"] < THRESHOLD
    assert cue_weights("Rekapitulasi hasil pemungutan suara digelar KPU.", "pemungutan_suara")["rekapitulasi"] >= THRESHOLD


def test_law_enforcement_is_no_security_cue(news_articles):
    # `… pemerintah beserta aparat penegak hukum tidak boleh membiarkan pelaku …`: law enforcement (legal
    # consequences), not the `aparat` of security deployments.
    sentence = news_sentence(news_articles, "indosum:1501628400", "Denny menilai", "tersentuh hukum.")
    assert "aparat penegak hukum" in cue_weights(sentence, "sanksi_hukum")
    assert "aparat" not in cue_weights(sentence, "keamanan")


def test_financial_reporting_is_no_sanction(news_articles):
    # `… banyak pelaporan keuangan BUMN ini yang tidak benar.`: reporting of accounts, no report to the police;
    # `pelaporan` is a weak cue that needs a second one.
    sentence = news_sentence(news_articles, "detik2025:137", "Menurutnya, banyak pelaporan", "tidak benar.")
    assert 0 < cue_weights(sentence, "sanksi_hukum")["pelaporan"] < THRESHOLD


def test_subject_cue_adds_nothing_to_a_weak_cue(news_articles):
    # `Menurutnya, pandemi Covid-19 dan berbagai krisis global …` then a growth figure that is `positif`: an
    # article on investment names the pandemic as background; the disease's name adds nothing to `positif`.
    row = next(row for row in news_articles if row["id"] == "detik2025:92")
    assert "pandemi Covid-19" in row["text"] and "positif" in row["text"]
    record = Extractor()(row["text"], title=row["title"], published=row.get("published"))
    assert "kesehatan" not in record.themes
    # Health measures added to the same article (invented) do make it a health matter.
    measures = "\n\nWarga wajib memakai masker dan menjaga jarak untuk mencegah penularan Covid-19."
    record = Extractor()(row["text"] + measures, title=row["title"], published=row.get("published"))
    assert "kesehatan" in record.themes
    with_measure = Extractor()("Warga diminta memakai masker saat beraktivitas. " + row["text"])
    assert "kesehatan" in with_measure.themes


def test_election_stage_after_a_conjunction_of_time_is_a_time(news_articles):
    # `… merobek-robek kontrak politik buruh … saat kampanye lalu.`: the campaign as the time of the contract,
    # not the matter.
    sentence = news_sentence(news_articles, "indosum:1510391999", "Presiden Konfederasi", "saat kampanye lalu.")
    assert "kampanye" not in counted_labels(sentence)
    assert "kampanye" in counted_labels(sentence.replace("saat kampanye lalu", "dalam kampanye lalu"))


def test_conjunction_of_time_keeps_other_labels(news_articles):
    # `… saat Facebook -nya diretas orang tak dikenal …`: `saat` opens a clause about the account itself; only
    # election stages are read as times.
    sentence = news_sentence(news_articles, "indosum:1507852961", "Arzeti Bilbina menceritakan", "teman-temannya.")
    assert "saat Facebook" in sentence
    assert "media_sosial" in counted_labels(sentence)


def test_health_measures_are_health_cues(pfsa_articles):
    # `… PMI juga melakukan operasi penyemprotan disinfektan berskala besar.`: a health measure of the pandemic;
    # weak, like `masker`.
    sentence = pfsa_sentence(pfsa_articles, "dev-40:0234", "Sementara itu, untuk memutus", "berskala besar.")
    assert 0 < cue_weights(sentence, "kesehatan")["disinfektan"] < THRESHOLD


def test_quarantine_of_exports_is_no_health_measure(news_articles):
    # `Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan …`: certificates for exported animals and plants.
    row = next(row for row in news_articles if row["id"] == "detik2025:87")
    assert row["text"].lower().count("karantina") >= 5
    record = Extractor()(row["text"], title=row["title"], published=row.get("published"))
    assert "kesehatan" not in record.themes
    # Health measures added to the same article (invented) do make it a health matter.
    measures = "\n\nWarga wajib memakai masker dan menjaga jarak untuk mencegah penularan Covid-19."
    record = Extractor()(row["text"] + measures, title=row["title"], published=row.get("published"))
    assert "kesehatan" in record.themes


def test_pandemic_restrictions_are_health_measures(pfsa_articles):
    # `… memperpanjang penerapan pembatasan sosial berskala besar di wilayahnya.`: a pandemic measure.
    sentence = pfsa_sentence(pfsa_articles, "dev-40:0159", "Bupati Tangerang", "di wilayahnya.")
    assert "pembatasan sosial berskala besar" in cue_weights(sentence, "kesehatan")
