"""Speaker forms (issue 13): after a post cue, a role phrase whose body has lower-case joiners (`pada`,
`for`, `of`) runs on to the holder's name (`ujar Direktur Eksekutif Centre for Strategic and International
Studies (CSIS) Yose Rizal Damuri`) — on PFSA-ID articles outside the development gold."""

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
