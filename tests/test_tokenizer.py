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


# --- Long punctuation runs: one token, in linear time (issue 19) ---------------------------

LONG_RUNS = {
    "dashes": "-" * 4000,
    "ampersands of an &amp; page": "&" * 200_000,
    "dashes glued to words": "kata" + "-" * 100_000 + "kata",
    "a word ending in a run": "Bupati" + "!" * 50_000,
    "mixed punctuation": "-&" * 50_000,
}


class CountingSearch:
    """Wraps a compiled affix regex: how often it runs, and on how many characters at most."""

    def __init__(self, compiled):
        self.compiled, self.calls, self.longest = compiled, 0, 0
        self.pattern = compiled.pattern

    def search(self, string):
        self.calls += 1
        self.longest = max(self.longest, len(string))
        return self.compiled.search(string)


@pytest.mark.parametrize("name", LONG_RUNS)
def test_long_punctuation_run_is_bounded_work_and_exact_offsets(name, monkeypatch):
    from netralitas_nlp.tokenizer import AFFIX_WINDOW

    text = f"Hadir {LONG_RUNS[name]} di aula."
    tokenizer = get_nlp().tokenizer
    searches = [tokenizer.prefix_search.__self__, tokenizer.suffix_search.__self__]
    counters = [CountingSearch(search.compiled) for search in searches]
    for search, counter in zip(searches, counters):
        monkeypatch.setattr(search, "compiled", counter)
    doc = get_nlp().make_doc(text)
    assert "".join(t.text_with_ws for t in doc) == text
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)
    assert len(doc) <= 8  # the run is one or two tokens, not thousands
    for counter in counters:  # spaCy's loop used to search the whole chunk once per character
        assert counter.calls <= 8 and counter.longest <= AFFIX_WINDOW


def test_a_run_of_one_character_is_one_token():
    assert tokens("Hasil ---- akhir") == ["Hasil", "----", "akhir"]
    assert tokens("hebat" + "!" * 10) == ["hebat", "!" * 10]


def test_short_runs_keep_the_stock_tokens():
    assert tokens("hebat!!!") == ["hebat", "!", "!", "!"]
    assert tokens("“Jangan.”") == ["“", "Jangan", ".", "”"]


def test_real_articles_tokenize_as_with_the_stock_affix_rules_except_long_runs(news_articles, pfsa_articles):
    """The bounded search changes nothing on real text but runs of 4+ equal punctuation marks."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    nlp = get_nlp()
    ours = nlp.tokenizer
    stock = Tokenizer(nlp.vocab, rules=ours.rules, prefix_search=compile_prefix_regex(nlp.Defaults.prefixes).search,
                      suffix_search=compile_suffix_regex(nlp.Defaults.suffixes).search,
                      infix_finditer=ours.infix_finditer, token_match=ours.token_match, url_match=ours.url_match)
    run = regex.compile(r"([^\w\s])\1{3,}")
    for row in news_articles[::8] + pfsa_articles[::8]:
        text = row["text"]
        if run.search(text):
            continue
        assert [t.idx for t in ours(text)] == [t.idx for t in stock(text)], row["id"]
