"""Language data files: each names its source, and each table uses only the kinds its reader knows."""

from __future__ import annotations

import pytest

from netralitas_nlp.extractors.events import cues, patterns
from netralitas_nlp.lang.speech import SPEAKER_WORD_KINDS, speaker_word_kind
from netralitas_nlp.lang import LANG_DIR, alternation, load_table

DATA_FILES = sorted(path for path in (LANG_DIR / "id").iterdir() if path.suffix in {".txt", ".tsv", ".json"})


def leading_comments(path) -> str:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return "\n".join(lines)


@pytest.mark.parametrize("path", [p for p in DATA_FILES if p.suffix != ".json"], ids=lambda p: p.name)
def test_every_lexicon_names_its_source(path):
    assert "source" in leading_comments(path).lower(), f"{path.name}: no `# Source:` in its header"


def test_speaker_word_kinds_are_the_known_ones():
    used = {kind for _, kind in load_table("speaker_words.tsv")}
    assert used == set(SPEAKER_WORD_KINDS)
    assert {"ini", "itu"} <= speaker_word_kind("demonstrative") and "yang" in speaker_word_kind("not_subject")
    with pytest.raises(ValueError):
        speaker_word_kind("typo")


def test_event_cue_kinds_build_the_patterns():
    kinds = set(cues())
    assert {"theme_verb", "attendance_verb", "venue_head", "organizer_verb"} <= kinds
    assert patterns()["theme"].search("Kegiatan ini mengusung tema “ASN Netral”").group("quoted") == "ASN Netral"


def test_alternation_is_longest_first_and_literal():
    assert alternation(["Des", "Desember", "a.b"]) == r"Desember|Des|a\.b"


def test_role_link_kinds_are_all_read():
    from netralitas_nlp.extractors.officials import role_links

    kinds = {kind for _, kind in load_table("role_links.tsv")}
    assert kinds == {"link", "anaphoric", "becoming", "refers_back", "opening_refers_back", "nickname", "also", "joining", "vote_unit", "appointed"}
    assert regex_fullmatch(role_links("link"), "yang  juga\nmenjabat sebagai")
    with pytest.raises(ValueError):
        role_links("typo")


def regex_fullmatch(pattern: str, text: str) -> bool:
    import regex

    return regex.fullmatch(f"(?:{pattern})", text) is not None
