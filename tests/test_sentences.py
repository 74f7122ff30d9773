"""Sentence boundaries on both seeds and on the rules of the issue."""

from __future__ import annotations

from pathlib import Path

from netralitas_nlp.pipeline import get_nlp

REPO = Path(__file__).resolve().parents[1]


def sentences(text: str) -> list[str]:
    nlp = get_nlp()
    doc = nlp.get_pipe("netralitas_structure")(nlp.make_doc(text))
    return [sentence.text.strip() for sentence in doc.sents]


def seed_body(name: str) -> str:
    lines = (REPO / "corpora" / "seeds" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[1:])


def test_title_and_degrees_do_not_end_a_sentence_in_seed_004():
    found = sentences(seed_body("seed-004"))
    hits = [s for s in found if "H. Elman, ST., MM., yang membuka acara" in s]
    assert len(hits) == 1 and hits[0].startswith("Penjabat Wali Kota Prabumulih")


def test_every_newline_ends_a_sentence_in_both_seeds():
    for name in ("seed-000", "seed-004"):
        body = seed_body(name)
        found = sentences(body)
        assert all("\n" not in s for s in found)
        for paragraph in filter(str.strip, body.split("\n")):
            assert any(s.startswith(paragraph.strip()[:25]) for s in found), paragraph


def test_opening_quote_starts_the_next_sentence():
    assert sentences("Hal itu disampaikan kata Mardiana. “Di masa tenang ini, ASN harus netral,” tegasnya.") == [
        "Hal itu disampaikan kata Mardiana.", "“Di masa tenang ini, ASN harus netral,” tegasnya."]
    assert sentences("kata X. “Kami siap,” ujarnya.") == ["kata X.", "“Kami siap,” ujarnya."]


def test_quotes_in_seed_000_open_their_sentences():
    found = sentences(seed_body("seed-000"))
    quoted = [s for s in found if "“" in s]
    assert quoted and all(s.startswith("“") or s.index("“") > 0 and "tema" in s for s in quoted)


def test_abbreviations_do_not_split():
    assert sentences("Kantor di Jl. Merdeka No. 12 Kab. Bogor diresmikan Plt. Bupati. Acara selesai.") == [
        "Kantor di Jl. Merdeka No. 12 Kab. Bogor diresmikan Plt. Bupati.", "Acara selesai."]


def test_quoted_exclamation_followed_by_speech_verb_stays_one_sentence():
    assert sentences("“Jaga netralitas!” tegasnya. Ia pergi.") == ["“Jaga netralitas!” tegasnya.", "Ia pergi."]


def test_kompas_opening_right_quote_starts_a_sentence(pfsa_articles):
    # Kompas (PFSA-ID) opens a quote with ”: `… relief tersebut. ”Bagi saya, …,” ucap X.`
    text = next(row["text"] for row in pfsa_articles if ". ”" in row["text"])
    found = sentences(text)
    opening = text.index(". ”") + 2
    assert any(text[opening:].startswith(sentence[:30]) for sentence in found)
