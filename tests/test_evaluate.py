"""The scorer itself: hand-made gold/prediction pairs with known P/R/F1, and the real gold."""

from __future__ import annotations

import json

import pytest

from netralitas_nlp.evaluate import Scorer, evaluate_gold_dir, gold_from_pfsa, gold_inputs, load_gold_dir
from netralitas_nlp.evaluate.matching import expand_abbreviations, name_tokens, names_match, role_matches, token_f1
from netralitas_nlp.evaluate.pfsa import split_of

from tests.conftest import require_shared


def official(name, *positions, aliases=()):
    return {"name": name, "aliases": list(aliases), "roles": [{"title": p, "position": p} for p in positions]}


# ---------------------------------------------------------------- names and roles

@pytest.mark.parametrize("a, b, expected", [
    ("H. Elman, ST., MM.", "Elman", True),                 # honorific and degrees dropped
    ("AKBP Dedi Setiawan, S.I.K.", "Dedi Setiawan", True),  # rank and degree dropped
    ("Komisaris Besar Mokhamad Ngajib", "Ngajib", True),    # long rank form dropped
    ("Mardiana Rusli", "mardiana", True),                   # case-insensitive, contained
    ("Mardiana Rusli", "Mardiana Ilham", False),            # neither contained in the other
    ("Dr. Ir. H.", "Budi", False),                          # only titles: no name tokens
    ("Ilham Hamid", "Ilham", True),
])
def test_name_matching(a, b, expected):
    assert names_match(a, b) is expected
    assert names_match(b, a) is expected


def test_name_tokens_drop_titles():
    assert name_tokens("Prof. Dr. H. Andi Muhammad, S.H., M.Si.") == {"andi", "muhammad"}


@pytest.mark.parametrize("gold, predicted, expected", [
    ("Sekretaris Daerah", ["Pj Sekda Kota Palopo"], True),          # abbreviation expanded
    ("Kapolres", ["Kepala Kepolisian Resor Luwu"], True),           # gold abbreviation expanded too
    ("Wali Kota", ["Walikota Makassar"], True),
    ("Wakil Wali Kota", ["Wali Kota Makassar"], False),            # a word missing
    ("Ketua Bawaslu", ["Ketua KPU"], False),
    ("Ketua Bawaslu", [None, "Ketua Bawaslu Provinsi Sulawesi Selatan"], True),
    (None, ["Bupati"], False),
    ("mantan Wakil Menteri Luar Negeri", ["Wakil Menteri Luar Negeri"], True),  # the former flag, not a word
    ("mantan Wakil Menteri Luar Negeri", ["Menteri Luar Negeri"], False),
    ("Juru Bicara PKS", ["Juru Bicara", "Juru Bicara Partai Keadilan Sejahtera"], True),  # a party's acronym
    ("Juru Bicara PKS", ["Juru Bicara Partai Amanat Nasional"], False),
])
def test_role_matching(gold, predicted, expected):
    assert role_matches(gold, predicted) is expected


def test_expansion_prefers_longest_abbreviation():
    assert expand_abbreviations("Kabid Humas Polda") == "Kepala Bidang Hubungan Masyarakat Polda"


def test_token_f1_ignores_quote_marks_and_case():
    assert token_f1("“ASN harus netral,”", "asn harus netral") == 1.0
    assert token_f1("a b c d", "a b") == pytest.approx(2 * 2 / 6)
    assert token_f1("", "") == 0.0


# ---------------------------------------------------------------- P/R/F1 on hand-made pairs

def score(gold: dict, pred: dict | None) -> dict:
    scorer = Scorer()
    scorer.add({"id": "a", **gold}, None if pred is None else {"id": "a", **pred})
    return scorer.summary()


def test_officials_prf_and_roles():
    gold = {"officials": [official("Ilham Hamid", "Sekretaris Daerah", aliases=["Ilham"]),
                          official("Mardiana Rusli", "Ketua Bawaslu"),
                          official("Andi Baso", "Camat")]}
    pred = {"officials": [official("H. Ilham", "Pj Sekda"),        # alias + expansion: full match
                          official("Mardiana Rusli", "Ketua KPU"),  # name right, role wrong
                          official("Budi Santoso", "Bupati")]}     # spurious
    result = score(gold, pred)
    assert result["officials"]["p"] == pytest.approx(2 / 3)
    assert result["officials"]["r"] == pytest.approx(2 / 3)
    assert result["officials"]["f1"] == pytest.approx(2 / 3)
    assert (result["officials_with_role"]["tp"], result["officials_with_role"]["n_gold"]) == (1, 3)
    assert result["role_accuracy"] == pytest.approx(1 / 2)


def test_one_prediction_matches_one_gold_official():
    # "Budi" is contained in both gold names; it may count only once.
    gold = {"officials": [official("Budi Santoso"), official("Budi Hartono")]}
    result = score(gold, {"officials": [official("Budi")]})
    assert (result["officials"]["tp"], result["officials"]["p"], result["officials"]["r"]) == (1, 1.0, 0.5)


def test_quotes_direct_warnings_and_speakers():
    gold = {"officials": [official("Mardiana Rusli", aliases=["Mardiana"])],
            "quotes": [
                {"text": "ASN harus netral dan bebas dari intervensi politik praktis,", "speaker": "Mardiana Rusli",
                 "direct": True, "is_warning": True},
                {"text": "masa tenang sering kali menjadi titik rawan politik uang", "speaker": "Mardiana Rusli",
                 "direct": False, "is_warning": True},
                {"text": "kegiatan ini berjalan lancar", "speaker": None, "direct": False, "is_warning": False}]}
    pred = {"quotes": [
        {"text": "“ASN harus netral dan bebas dari intervensi politik praktis,”", "speaker": "Mardiana",
         "direct": True, "is_warning": False},
        {"text": "masa tenang sering menjadi titik rawan", "speaker": "Ilham", "direct": False, "is_warning": True},
        {"text": "sesuatu yang sama sekali lain", "speaker": None, "direct": True, "is_warning": False}]}
    result = score(gold, pred)
    assert (result["quotes"]["tp"], result["quotes"]["n_gold"], result["quotes"]["n_pred"]) == (2, 3, 3)
    assert (result["quotes_direct"]["tp"], result["quotes_direct"]["n_gold"], result["quotes_direct"]["n_pred"]) == (1, 1, 2)
    assert (result["warnings"]["tp"], result["warnings"]["n_gold"], result["warnings"]["n_pred"]) == (1, 2, 1)
    assert result["speaker_accuracy"] == 0.5 and result["speaker_accuracy_n"] == 2


def test_a_speaker_named_by_the_predicted_officials_alias_is_right():
    # The gold gives the quote to the nickname, the prediction to the full name of the official (speaker_id) whose
    # aliases hold it; a speaker_id of someone else does not count.
    gold = {"officials": [], "quotes": [{"text": "kami siap menjaga netralitas", "speaker": "Sarwo", "direct": True}]}
    said = {"text": "kami siap menjaga netralitas", "speaker": "Sarwono Hadi", "direct": True, "speaker_id": "O1"}
    holder = {"id": "O1", "name": "Sarwono Hadi", "aliases": ["Sarwono Hadi", "Sarwo"], "roles": []}
    assert score(gold, {"quotes": [said], "officials": [holder]})["speaker_accuracy"] == 1.0
    assert score(gold, {"quotes": [said | {"speaker_id": "O2"}], "officials": [holder]})["speaker_accuracy"] == 0.0


def test_a_predicted_alias_counts_only_as_the_gold_speakers_whole_name():
    # Office words aside (`Bupati Sarwo`), the alias must be the gold speaker's name, not a word it shares: the
    # aliases are the system's own, and a wrong merge must not be credited.
    said = {"text": "kami siap menjaga netralitas", "speaker": "Sarwono Hadi", "direct": True, "speaker_id": "O1"}
    holder = {"id": "O1", "name": "Sarwono Hadi", "aliases": ["Sarwono Hadi", "Sarwo", "Hadi"], "roles": []}
    for gold_speaker, expected in (("Bupati Sarwo", 1.0), ("Hadi Santoso", 0.0), ("Sarwo Edi", 0.0)):
        gold = {"officials": [], "quotes": [{"text": "kami siap menjaga netralitas", "speaker": gold_speaker,
                                             "direct": True}]}
        assert score(gold, {"quotes": [said], "officials": [holder]})["speaker_accuracy"] == expected, gold_speaker


@pytest.mark.parametrize("gold_role, predicted_role, expected", [
    ({"position": "mantan Ketua KPU"}, {"position": "Ketua KPU", "former": True}, True),
    ({"position": "mantan Ketua KPU"}, {"position": "Ketua KPU", "former": False}, False),  # current for former
    ({"position": "mantan Ketua KPU"}, {"position": "mantan Ketua KPU"}, True),
    ({"position": "Ketua KPU"}, {"position": "Ketua KPU", "former": False}, True),
])
def test_a_former_role_needs_a_former_prediction(gold_role, predicted_role, expected):
    from netralitas_nlp.evaluate.matching import role_fits

    assert role_fits(gold_role, predicted_role) is expected


def test_dates_themes_institutions_and_main_event():
    gold = {"dates": [{"text": "Selasa (20/5/2025)", "value": "2025-05-20"}, {"text": "24 Mei 2025", "value": "2025-05-24"}],
            "themes": ["netralitas_asn", "politik_uang"],
            "institutions": [{"name": "Badan Pengawas Pemilihan Umum Kota Palopo", "acronym": "Bawaslu",
                              "jurisdiction": "Kota Palopo", "surface": ["Bawaslu Kota Palopo"]},
                             {"name": "Komisi Pemilihan Umum Kota Palopo", "acronym": "KPU", "jurisdiction": "Kota Palopo"}],
            "events": [{"type": "sosialisasi", "date": "2025-05-20", "venue": "Ruang Ratona, Kantor Wali Kota Palopo"}]}
    pred = {"dates": [{"text": "24 Mei 2025", "value": "2025-05-24"}, {"text": "2024", "value": "2024-01-01"}],
            "themes": ["netralitas_asn"],
            "institutions": [{"name": "Bawaslu Kota Palopo"},                                        # surface form
                             {"name": "KPU Palopo", "acronym": "KPU", "jurisdiction": "Kota Palopo"},  # acronym+jurisdiction
                             {"name": "Pemkot Palopo"}],
            "events": [{"type": "sosialisasi", "date": "2025-05-24", "venue": "Ruang Ratona"}]}
    result = score(gold, pred)
    assert (result["dates"]["p"], result["dates"]["r"]) == (0.5, 0.5)
    assert (result["themes"]["p"], result["themes"]["r"]) == (1.0, 0.5)
    assert result["themes"]["f1"] == pytest.approx(2 / 3)
    assert (result["institutions"]["tp"], result["institutions"]["n_pred"]) == (2, 3)
    assert result["event_type_accuracy"] == 1.0
    assert result["event_date_accuracy"] == 0.0
    assert result["event_venue_accuracy"] == 1.0  # token F1 of the venue = 2*2/(2+6)=0.5 >= 0.5


def test_empty_article_has_no_scores():
    result = score({}, {})
    assert result["officials"]["p"] is None and result["officials"]["f1"] is None


def test_missing_prediction_scores_zero_recall():
    result = score({"officials": [official("Elman")], "themes": ["kampanye"]}, None)
    assert (result["officials"]["p"], result["officials"]["r"], result["officials"]["f1"]) == (0.0, 0.0, 0.0)
    assert result["missing_predictions"] == ["a"]


# ---------------------------------------------------------------- real gold

def test_gold_against_itself_is_perfect():
    gold_dir = require_shared("gold")
    gold = load_gold_dir(gold_dir)
    result = evaluate_gold_dir(gold_dir, gold)
    assert result["n_articles"] == len(gold) >= 22
    for name in ("officials", "officials_with_role", "institutions", "dates", "themes", "quotes",
                 "quotes_direct", "warnings"):
        assert result[name]["f1"] == 1.0, name
    assert result["speaker_accuracy"] == 1.0
    assert result["event_type_accuracy"] == 1.0


def test_gold_inputs_find_every_article_text():
    gold = load_gold_dir(require_shared("gold"))
    rows = gold_inputs([g["id"] for g in gold])
    assert [row["id"] for row in rows] == [g["id"] for g in gold]
    assert all(row["text"].strip() for row in rows)
    seed = next(row for row in rows if row["id"] == "seed-000")
    assert "Mardiana Rusli" in seed["text"]


def test_cli_evaluate_writes_the_issue_json(tmp_path):
    from typer.testing import CliRunner

    from netralitas_nlp.cli import app

    gold_dir = require_shared("gold")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in load_gold_dir(gold_dir)), encoding="utf-8")
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold_dir), "--pred", str(pred), "--json", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text())
    for key in ("officials", "officials_with_role", "institutions", "dates", "themes", "quotes", "quotes_direct",
                "warnings"):
        assert set(scores[key]) >= {"p", "r", "f1"}
    for key in ("speaker_accuracy", "event_type_accuracy", "event_date_accuracy", "event_venue_accuracy", "n_articles"):
        assert key in scores


# ---------------------------------------------------------------- PFSA-ID derivation

def test_pfsa_derivation_on_real_articles(pfsa_articles):
    golds = [gold_from_pfsa(row) for row in pfsa_articles]
    n_statements = sum(1 for row in pfsa_articles for e in row["entities"] if e["type"] == "STATEMENT")
    quotes = [q for g in golds for q in g["quotes"]]
    assert len(quotes) == n_statements
    # nearly every statement gets a speaker, and speakers are names, not cue words
    assert sum(1 for q in quotes if q["speaker"]) / len(quotes) > 0.9
    assert not any(q["speaker"] and q["speaker"].lower() in {"katanya", "ujarnya", "ia", "dia"} for q in quotes)
    officials = [o for g in golds for o in g["officials"]]
    assert len(officials) > 500 and all(o["roles"] for o in officials)
    assert {split_of(row["id"]) for row in pfsa_articles} == {"pfsa-id_dev-40", "pfsa-id-med_dev-dl-20-v2"}


def test_pfsa_resolves_short_names_and_katanya(pfsa_articles):
    row = next(r for r in pfsa_articles if r["id"] == "pfsa:pfsa-id_dev-40:0003")
    gold = gold_from_pfsa(row)
    speakers = [q["speaker"] for q in gold["quotes"]]
    assert "Komisaris Besar Mokhamad Ngajib" in speakers  # `ujar Ngajib` -> the full PERSON
    assert "Kombes Yusri Yunus" in speakers              # `katanya` after his introduction
    roles = {o["name"]: o["roles"][0]["position"] for o in gold["officials"]}
    assert roles["Rakhmat Hidayat"] == "Pengajar sosiologi"


def test_pfsa_scores_perfect_and_empty_predictions_per_split(pfsa_articles):
    from netralitas_nlp.evaluate import evaluate_pfsa

    path = require_shared("corpora", "pfsa-id", "articles.jsonl")
    rows = [row for row in pfsa_articles if row["id"].endswith(("0003", "0004", "0090"))]
    perfect = [{**gold_from_pfsa(row), "id": row["id"]} for row in rows]
    result = evaluate_pfsa(path, perfect)
    assert result["n_articles"] == len(rows)
    assert result["quotes_direct"]["f1"] == 1.0 and result["speaker_accuracy"] == 1.0
    assert result["officials"]["r"] == 1.0 and result["officials"]["p"] is None  # recall only on PFSA-ID
    assert set(result["splits"]) == {split_of(row["id"]) for row in rows}
    empty = evaluate_pfsa(path, [{"id": row["id"]} for row in rows])
    assert empty["quotes_direct"]["r"] == 0.0 and empty["officials"]["r"] == 0.0
