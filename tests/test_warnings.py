"""Warning decision: the cue lexicon, negation, and is_warning against the dev gold."""

from __future__ import annotations

import json

import pytest

from tests.conftest import require_shared
from netralitas_nlp.extractors.quotes.warnings import warning_cues, warning_type
from netralitas_nlp.extractor import extract


def test_lexicon_loaded_with_types():
    cues = warning_cues()
    assert {"larangan", "sanksi", "hukum", "imbauan"} == {kind for kind, _ in cues.values()}
    assert cues["jangan"][0] == "larangan"


def test_negated_sanction_is_not_a_threat():
    assert warning_type("Tidak ada sanksi bagi peserta yang terlambat hadir") is None
    assert warning_type("Oknum ASN itu akan diberikan sanksi tegas") == "sanksi"


def test_prohibition_and_caution():
    assert warning_type("Jangan mudah terpancing isu di media sosial") == "larangan"
    assert warning_type("Kita harus berhati-hati dengan hoaks") == "imbauan"
    assert warning_type("Kegiatan ini berjalan lancar dan meriah") is None


def test_seed_warnings_match_gold():
    for name in ("seed-000", "seed-004"):
        text = require_shared("corpora", "seeds", f"{name}.txt").read_text(encoding="utf-8")
        gold = json.loads(require_shared("gold", f"{name}.json").read_text(encoding="utf-8"))
        predicted = {q.text: q.is_warning for q in extract(text).quotes}
        for quote in gold["quotes"]:
            assert predicted.get(quote["text"]) == quote["is_warning"], quote["text"]
        assert all(q.warning_type for q in extract(text).quotes if q.is_warning)


@pytest.mark.parametrize("text, expected", [
    ("seluruh ASN di lingkungan Pemkot agar menjaga netralitas", "imbauan"),
    ("ASN untuk tidak terlibat politik praktis", "imbauan"),
    ("anggaran daerah tahun ini sebagian besar dialokasikan sebagai dana untuk pembangunan jalan", None),
    ("bahwa tahapan pilkada sudah dimulai sejak bulan lalu dan semua pihak harus siap", None),
])
def test_reminder_is_a_warning_only_with_a_directive_at_its_start(text, expected):
    assert warning_type(text, "mengingatkan") == expected
