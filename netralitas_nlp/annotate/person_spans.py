"""The shape of a person written in running text: titles, one to five name words, degrees.

``person_from(text, start, end, keep_tail)`` reads a person out of a stretch of text and cuts it at words
that cannot be names (the not-a-name list, body and office words), at line breaks, at places; it parses
the name's honorifics, ranks and degrees (``names.parse_name``).  ``PERSON`` is the pattern of a written
person (titles, name words, degrees after a comma).  The people annotator and the candidate pairs read
people with these; the name string model itself is ``names``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from ..lang import load_list, titles
from ..lang.calendar import calendar_words
from ..lang.morphology import is_nominalisation
from ..patterns import NON_SPACE, compile_anchored
from ..names import ParsedName, is_honorific, not_name_words, parse_name, rank_length
from .orgs import bodies_by_form
from .places import resolve_region
from .roles import offices


NAME_WORD = r"(?:\p{Lu}[\p{Ll}’'\-]+|\p{Lu}{2,}|\p{Lu}\.?)(?![\p{L}])"


DEGREE_ITEM = r"(?:(?:\p{L}{1,5}\.)+\p{L}{0,5}\.?|\p{Lu}{2,4}\.?)(?![\p{L}])"


NAME_TOKEN = regex.compile(r"(?<![\p{L}’'\-])\p{Lu}[\p{L}’'\-]*(?![\p{L}])")


def person_titles() -> list[str]:
    return list(titles.pre_nominal_forms())


# Titles (\L<titles>, a named list) before one to five name words, degrees after.
PERSON = (
    rf"(?:\L<titles>(?![\p{{L}}])\s+)*{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}"
    rf"(?:\s*,\s*{DEGREE_ITEM}|\s+{DEGREE_ITEM}(?=\s*,))*"
)


@lru_cache(maxsize=1)
def person_after_role() -> regex.Pattern:
    # An acronym in parentheses may sit between role and person: "Wali Kota Tangerang Selatan (Tangsel) Airin".
    # A listing word may open the names: `tiga Anggota Majelis dari TPD Sumut yakni Budi Hidayat, ...`.
    return regex.compile(rf"\G(?:\s*\([^()]{{1,25}}\))?\s*,?\s*(?:(?:yakni|yaitu|antara\s+lain)\s*,?\s*)?(?P<person>{PERSON})",
                         titles=person_titles())


@lru_cache(maxsize=1)
def non_name_words() -> frozenset[str]:
    """Capitalised words that end a name: stop list, body forms, first words of offices and role heads."""
    words = set(not_name_words())
    words |= {form for form in bodies_by_form() if " " not in form}
    words |= {surface.split()[0] for surface in offices()}
    words |= {head.split()[0] for head in load_list("generic_role_heads.txt")}
    return frozenset((words | possessive_offices()) - set(load_list("office_words_in_names.txt")))


@lru_cache(maxsize=1)
def possessive_offices() -> frozenset[str]:
    """An office with the possessive `-nya` (`Ketua DPD Kurnia Permana dan Sekretarisnya, Sigit`): no name."""
    heads = {surface.split()[0] for surface in offices()} | {head.split()[0] for head in load_list("generic_role_heads.txt")}
    return frozenset(f"{head}nya" for head in heads if head[:1].isupper())


NUMBERING = regex.compile(r"(?:II|III|IV|V|VI|VII|VIII|IX|X)")


@dataclass
class PersonMention:
    parsed: ParsedName
    start: int  # the person as written, titles included
    end: int
    surface: str


def person_from(text: str, start: int, end: int, keep_tail: bool) -> Optional[PersonMention]:
    """Parse ``text[start:end]`` as a person; cut at words that cannot be names.

    ``keep_tail``: the person ends at ``end`` (written before a role), so a non-name word cuts
    everything before it; otherwise the person starts at ``start`` and is cut after.
    """
    # A name never runs over a line break (a headline above, a new paragraph below).
    if keep_tail:
        start = max(start, text.rfind("\n", start, end) + 1)
    elif "\n" in text[start:end]:
        end = text.index("\n", start, end)
    surface = text[start:end].rstrip(" ,")
    end = start + len(surface)
    parsed = parse_name(surface, offset=start)
    if not parsed.name:
        return None
    words = [(m.start() + parsed.start, m.end() + parsed.start) for m in NON_SPACE.finditer(parsed.name)]
    texts = [text[s:e] for s, e in words]
    if len(words) > 1 and NUMBERING.fullmatch(texts[0]):
        # `Teradu VI Betty Epsilon Idroos`: the numeral numbers the word before it; no name opens with one
        # (a lone `I` may: Balinese `I Wayan`).
        return person_from(text, words[1][0], end, keep_tail)
    ranked = next((i for i in range(1, len(words)) if rank_length(texts, i)), None)
    if ranked is not None and not keep_tail:
        # "Polres Metro Bekasi Komisaris Besar Oki Santoso": the place the role did not absorb ends at the rank.
        return person_from(text, words[ranked][0], end, keep_tail)
    stops = [i for i, (s, e) in enumerate(words) if is_non_name_word(text[s:e].rstrip(","))]
    if is_nominalisation(texts[0]) and opens_sentence(text, words[0][0]):
        stops = [0] + stops  # `Kehadiran Rina Wati disambut …` (invented): the sentence's noun, then the name
    if stops:
        if keep_tail:
            first = stops[-1] + 1
            if first >= len(words):
                return None
            return person_from(text, words[first][0], end, keep_tail)
        if stops[0] == 0:
            return None
        return person_from(text, start, words[stops[0] - 1][1], keep_tail)
    if resolve_region(parsed.name) or all(resolve_region(word) for word in texts):
        return None  # "Kota Palopo, ..." is a place, not a person; so is a list of places (`Paniai Dogiyai`)
    if len(words) == 1 and (parsed.name.rstrip(".").isupper() or is_honorific(parsed.name)):
        return None  # an acronym (`BNPB`), an initial or a form of address (`Pak Bupati`) alone is no person
    if place_in_address(text, words, end) or ends_a_body(text, start, parsed.name) or names_a_village(text, start, end):
        return None
    return PersonMention(parsed, start, end, surface)


WORD_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}\p{L}*\s+$")


PLACE_CHAIN_AFTER = compile_anchored(r"\G\s*,\s*(?P<place>\p{Lu}[\p{L}\-]*)(?:\s+\p{Lu}[\p{L}\-]*){0,2}\s*,")


def names_a_village(text: str, start: int, end: int) -> bool:
    """``anggota PPS Desa Koto Tinggi, Sungai Bangkal, yang ...``: words after a village's designation, followed
    by the next place of an address chain, are the village's name (in `Kepala Desa Karangbenda Sakino` the
    village and the name run on together: the role's rules split them)."""
    before = WORD_BEFORE.search(text, max(0, start - 30), start)
    if not before or before.group().strip() not in place_designations():
        return False
    chain = PLACE_CHAIN_AFTER.match(text, end)
    return bool(chain) and chain.group("place") not in calendar_words()  # `Sri Widagdo, Jumat, mengatakan`


@lru_cache(maxsize=1)
def place_designations() -> frozenset[str]:
    """Words that designate a place before its name (`Desa`, `Kelurahan`, `Jalan` …)."""
    return frozenset(load_list("place_designations.txt"))


def ends_a_body(text: str, start: int, name: str) -> bool:
    """``Pejabat Eselon I dan II Kementerian Agama``: the words complete a body named by the word before them
    (`Kementerian` + `Agama`), they name no person."""
    before = WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(before) and f"{before.group().strip()} {name}" in bodies_by_form()


# A sentence's end (or the text's start), then perhaps an opening quote or bracket: `… lalu. “Kebijakan …`.
SENTENCE_OPENING = regex.compile(r"(?:^|[.!?\n\"”]\s*)[“\"‘(]?\s*$")
SENTENCE_OPENING_WINDOW = 12  # characters: a period, blank lines and an opening quote


def opens_sentence(text: str, start: int) -> bool:
    """Nothing but a sentence's end (or the text's start) and an opening quote before ``start``."""
    return SENTENCE_OPENING.search(text, max(0, start - SENTENCE_OPENING_WINDOW), start) is not None


def is_non_name_word(word: str) -> bool:
    """A word that ends a name: the not-a-name list, body and office words, and a possessive ``X-nya``
    (`Bawaslu-nya`: the body of someone just named, never a name)."""
    return word in non_name_words() or word.endswith("-nya")


ADDRESS_TAIL = regex.compile(r"\G\s*,\s*(?P<region>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2})\s*[,.(]")


def place_in_address(text: str, words: list[tuple[int, int]], end: int) -> bool:
    """``kompleks parlemen, Senayan, Jakarta,``: one or two words followed by a comma and a region that closes
    with a comma, a period or a date are a place of an address chain, not a person."""
    if len(words) > 2:
        return False
    tail = ADDRESS_TAIL.match(text, end)
    return bool(tail) and resolve_region(tail.group("region")) is not None
