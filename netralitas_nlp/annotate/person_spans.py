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

from ..lang import titles
from ..patterns import NON_SPACE
from ..names import ParsedName, not_name_words, parse_name, rank_length
from .orgs import bodies_by_form
from .places import resolve_region
from .roles import offices
from ..lang import load_list


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
    return regex.compile(rf"\G(?:\s*\([^()]{{1,25}}\))?\s*,?\s*(?P<person>{PERSON})", titles=person_titles())


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
    """An office with the possessive `-nya` (`Ketua DPD Arton Dohong dan Sekretarisnya, Sigit`): no name."""
    heads = {surface.split()[0] for surface in offices()} | {head.split()[0] for head in load_list("generic_role_heads.txt")}
    return frozenset(f"{head}nya" for head in heads if head[:1].isupper())


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
    ranked = next((i for i in range(1, len(words)) if rank_length(texts, i)), None)
    if ranked is not None and not keep_tail:
        # "Polres Metro Bekasi Komisaris Besar Hendra Gunawan": the place the role did not absorb ends at the rank.
        return person_from(text, words[ranked][0], end, keep_tail)
    stops = [i for i, (s, e) in enumerate(words) if text[s:e].rstrip(",") in non_name_words()]
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
    if len(words) == 1 and parsed.name.rstrip(".").isupper():
        return None  # an acronym (`BNPB`) or an initial alone is no person
    return PersonMention(parsed, start, end, surface)
