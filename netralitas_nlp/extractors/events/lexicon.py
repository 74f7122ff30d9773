"""The events extractor's language data: the cue lists of ``lang/id/event_cues.tsv`` and the patterns built
from them, compiled once."""

from __future__ import annotations

from functools import lru_cache

import regex

from ...lang import alternation, load_kinds
from ...lang.calendar import relative_offsets, weekday_numbers
from ...lang.morphology import VERB_SHAPED, verb_shaped_nouns
from ...lang.speech import attribution_verbs

# Words after a lower-case event noun that may make up the event's name.
NAME_WORDS = 6
# Words that may stand between a cue and the trigger it governs (`wajib melakukan [kegiatan] sosialisasi`).
GOVERNED_WORDS = 3


def cues() -> dict[str, tuple[str, ...]]:
    """The kinds of ``lang/id/event_cues.tsv`` (venue heads, happening verbs, obligations …)."""
    return load_kinds("event_cues.tsv")


@lru_cache(maxsize=1)
def patterns() -> dict[str, regex.Pattern]:
    cue = cues()
    cap_word = r"(?:[A-Z][\w'’.-]*|\([A-Z][\w-]*\)|ke-\d+)"
    connector = r"(?:dan|&|ke-\d+)"
    # `Putusan Nomor 135/PUU-XXII/2024`: a number belongs to a name after Nomor/No./Tahun.
    numbered = r"(?<=\b(?:Nomor|No\.?|Tahun)\s)\d[\w/.-]*\w"
    stops = alternation(cue["name_stop"])
    name_word = rf"(?!(?:{stops})\b){cap_word}"
    venue_head = alternation(cue["venue_head"])
    weekday = alternation(weekday_numbers())
    # Within one line, and a word's final dot ends the venue (`… DPRD Pekanbaru. Kesepakatan …`).
    venue_word = rf"(?!(?i:{weekday})\b){cap_word}(?<!\.)"
    venue_tail = rf"(?:[^\S\n]+(?:{venue_word}|{connector}(?=\s+[A-Z])|\d+))*"
    # `Gedung Kesenian`; a head inside a proper name (`Nusa Dua Convention Center`, `Grand Ballroom Hotel …`);
    # a lower-case head before a proper name (`kantor DPRD Pekanbaru`, `ruang rapat Balai Kota`).
    venue_segment = (rf"(?:(?:{venue_word}\s+){{0,3}}(?:{venue_head})\b{venue_tail}"
                     rf"|(?i:{venue_head})(?:\s+[a-z]+)?(?=\s+[A-Z]){venue_tail})")
    # Unnamed, as written: `salah satu hotel`, `posko pemenangan`, `kompleks parlemen`, `rumah dinas bupati`.
    unnamed_head = alternation(cue["unnamed_venue_head"])
    complement = rf"[^\S\n]+(?!(?:{alternation(cue['phrase_stop'])})\b)[a-z]+\b"
    unnamed_venue = (rf"(?:(?:salah[^\S\n]+satu|sebuah)[^\S\n]+(?:{unnamed_head})\b(?:{complement})?"
                     rf"|(?:{unnamed_head})(?:{complement}){{1,2}})")
    # Words between a governing cue and its trigger: no clause break (`meminta pemerintah daerah segera mencairkan`).
    governed = rf"(?:[^\S\n]+[\w-]+){{0,{GOVERNED_WORDS}}}[^\S\n]+"
    setting_words = alternation(cue["setting_cue"] + cue["attend_verb"] + cue["setting_frame"])
    return {
        # A capitalised run: the event's proper name.
        "name": regex.compile(rf"{name_word}(?:[^\S\n]+(?:{name_word}|{numbered}|{connector}(?=\s+[A-Z])))*"),
        # A lower-case event noun and its complement, up to a clause break: `pencairan dana hibah Pilkada 2020`.
        "noun_phrase": regex.compile(
            rf"[\w-]+(?:[^\S\n]+(?!(?i:{alternation(cue['phrase_stop'])})\b)(?!{VERB_SHAPED}(?![\p{{L}}]))"
            rf"(?:[\w/.-]*\w|\([A-Z][\w-]*\))){{0,{NAME_WORDS}}}", verb_shaped_nouns=verb_shaped_nouns()),
        "venue": regex.compile(rf"\b(?:{alternation(cue['venue_preposition'])})\s+"
                               rf"(?P<venue>{venue_segment}(?:,\s+{venue_segment})*|{unnamed_venue}(?![\p{{L}}-]))"),
        "theme": regex.compile(
            rf"\b(?:{alternation(cue['theme_verb'])})\s+(?:tema\s+)?"
            r"(?:[“\"‘'](?P<quoted>[^”\"’'\n]{3,200})[”\"’']|(?P<bare>[A-Z][^,.\n]{3,120}))"),
        "attendees": regex.compile(rf"\b(?:{alternation(cue['attendance_verb'])})\s+(?:oleh\s+)?(?P<list>[^.\n]+)"),
        "list_split": regex.compile(r",\s*(?:serta\s+|dan\s+)?|\s+serta\s+"),
        "participant_lead": regex.compile(rf"^(?:{alternation(cue['participant_lead'])})\s+", regex.IGNORECASE),
        "organizer": regex.compile(rf"^\W*(?P<subject>.+?)\s+(?i:{alternation(cue['organizer_verb'])})\b"),
        "venue_head_before": regex.compile(rf"\b(?i:{venue_head})[^\S\n]+$"),
        "name_before": regex.compile(r"\b[A-Z][\w'’-]*[^\S\n]+$"),
        "acronym_aside": regex.compile(r"\s*\([^)]*\)"),
        # A happening verb right before a date: `berlangsung pada 9-20 Desember`, `digelar Selasa (20/5)`.
        "date_verb": regex.compile(
            rf"\b(?:{alternation(cue['date_verb'])})\s+(?:(?:pada|tanggal|sejak|mulai)\s+)*$", regex.IGNORECASE),
        "agent": regex.compile(rf"\b(?:{alternation(cue['organizer_passive'])})\s+oleh\s+", regex.IGNORECASE),
        # What may stand between an event noun and its host: words, but no clause break or a preposition
        # that makes the institution a partner, audience or topic.
        "organizer_gap_break": regex.compile(
            rf"[,.;:!?()“”\"]|\b(?:{alternation(cue['organizer_gap_break'])})(?=\s)", regex.IGNORECASE),
        "background": regex.compile(rf"\b(?:{alternation(cue['background_cue'])})\b", regex.IGNORECASE),
        "background_opener": regex.compile(rf"\W*(?:{alternation(cue['background_opener'])})\b", regex.IGNORECASE),
        # A future or scheduled happening (`akan dilaksanakan`, `rencananya digelar`).
        "future": regex.compile(rf"\b(?:{alternation(cue['future'])})\b", regex.IGNORECASE),
        # Where a trigger stands says whether it reports the article's event (``salience``):
        # a sentence that reports a happening (`menggelar`, `berlangsung`, `dihadiri`, `kemarin` …);
        "happening": regex.compile(
            rf"\b(?:{alternation(cue['happening_verb'] + tuple(relative_offsets()))})\b", regex.IGNORECASE),
        # a sentence that attributes a statement (`kata X dalam rapat …`, `Hal itu disampaikan pada audiensi …`);
        "speech": regex.compile(rf"\b(?:{alternation(attribution_verbs())})(?:nya)?\b", regex.IGNORECASE),
        # a gathering noun that refers back to the one the article reports (`deklarasi itu`, `rapat tersebut`);
        "reference": regex.compile(rf"[^\S\n]+(?:{alternation(cue['reference'])})\b"),
        # a trigger governed by an obligation or a request (`wajib melakukan sosialisasi`, `meminta … mencairkan`);
        "obligation": regex.compile(rf"\b(?:{alternation(cue['obligation'])}){governed}$", regex.IGNORECASE),
        # a trigger that names a topic (`nota kesepahaman tentang sosialisasi`, `membahas pelantikan`);
        "topic": regex.compile(rf"\b(?:{alternation(cue['topic_marker'])})(?:[^\S\n]+[\w-]+)?[^\S\n]+$", regex.IGNORECASE),
        # the gathering a statement was made at (`kata X dalam rapat koordinasi`, `usai menghadiri Sidang …`);
        "setting": regex.compile(
            rf"\b(?:(?:{alternation(cue['setting_cue'])})(?:[^\S\n]+(?:{setting_words})){{0,3}}"
            rf"|(?:{alternation(cue['setting_time'])})(?:[^\S\n]+[\w-]+){{0,{GOVERNED_WORDS}}})[^\S\n]+$", regex.IGNORECASE),
        # the title of a work, whose `di …` names no venue (`buku Dua Relief di Gedung Sarinah`).
        "work_title": regex.compile(rf"\b(?:{alternation(cue['work_title'])})(?:[^\S\n]+[\w-]+){{0,4}}[^\S\n]+$",
                                    regex.IGNORECASE),
        # a unit inside a role title (`Komisioner Divisi Sosialisasi`, `Kepala Bidang Pengawasan`).
        "role_unit": regex.compile(
            rf"\b(?:{alternation(cue['role_unit'])})(?:[^\S\n]+(?:[A-Z][\w-]*,?|dan|&)){{0,4}}[^\S\n]+$"),
    }


