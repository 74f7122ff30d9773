"""Titles, degrees and acting markers stay one token, on both seeds and in sentences from them."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from netralitas_nlp.pipeline import get_nlp

REPO = Path(__file__).resolve().parents[1]


def tokens(text: str) -> list[str]:
    return [token.text for token in get_nlp().make_doc(text)]


@pytest.mark.parametrize("form", ["ST.", "MM.", "Pj.", "Ir.", "Plt.", "S.I.K.", "S.Sos.", "M.Si.", "H.", "Drs."])
def test_period_final_forms_are_one_token(form):
    assert form in tokens(f"Hadir pula Budi {form}, dan Ahmad {form} yang lain.")


def test_seed_004_official_with_degrees():
    text = (REPO / "corpora" / "seeds" / "seed-004.txt").read_text(encoding="utf-8")
    found = tokens(text)
    at = found.index("Elman") - 1
    assert found[at:at + 7] == ["H.", "Elman", ",", "ST.", ",", "MM.", ","]


def test_seed_000_acting_marker_and_quotes():
    text = (REPO / "corpora" / "seeds" / "seed-000.txt").read_text(encoding="utf-8")
    doc = get_nlp().make_doc(text)
    assert "“" in [t.text for t in doc]
    assert all(not t.text.startswith("“") or t.text == "“" for t in doc)
    assert "".join(t.text_with_ws for t in doc) == text


def test_glued_quote_after_a_stop_is_split():
    assert tokens("kata Ilham.“Jangan terpancing,” tegasnya.")[:5] == ["kata", "Ilham", ".", "“", "Jangan"]


def test_apostrophes_inside_names_stay():
    assert "Ma’ruf" in tokens("Ma’ruf Amin hadir Jum’at lalu.")


@pytest.mark.parametrize("corpus, glued, masthead_end, minimum", [
    ("news_articles", r"\(ANTARA News\)-+\p{L}", ")", 20),  # Jakarta (ANTARA News)-Ketua DPR …
    ("pfsa_articles", r", KOMPAS-+\p{Lu}\p{Ll}", "KOMPAS", 10),  # JAKARTA, KOMPAS-Komisi Nasional …
])
def test_lead_word_glued_to_the_dateline_is_its_own_token(request, corpus, glued, masthead_end, minimum):
    """The first word of the lead is not hidden inside the dateline's masthead (`News)-Ketua`, `KOMPAS-Komisi`)."""
    pattern = regex.compile(glued)
    leads = [a["text"][:60] for a in request.getfixturevalue(corpus) if pattern.search(a["text"][:40])]
    assert len(leads) >= minimum
    for lead in leads:
        words = tokens(lead)
        after = words.index(masthead_end) + 1
        assert regex.fullmatch(r"-+", words[after]) and words[after + 1][0].isalpha(), lead


def test_hyphen_inside_words_and_after_brackets_without_word_stays():
    assert tokens("(Pj)-nya dan Covid-19) hadir.")[:5] == ["(", "Pj", ")", "-nya", "dan"]


def test_word_pairs_of_capitals_split_but_compounds_stay():
    assert tokens("TNI-Polri dan anak-anak se-Kota")[:6] == ["TNI", "-", "Polri", "dan", "anak-anak", "se-Kota"]
