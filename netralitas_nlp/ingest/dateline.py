"""Datelines: ``PALOPO, TEKAPE.co –`` → ``{place: "Palopo", outlet: "TEKAPE.co"}``.

Forms (the dateline must open the text, first 120 characters):

* ``PLACE, OUTLET –``: ``PALOPO, TEKAPE.co –``, ``Jakarta, CNN Indonesia --``,
  ``MANADO, KOMPAS —``, ``PRABUMULIH, SUMSELJARRAKPOS–``;
* ``Place (OUTLET) -``: ``Gorontalo (ANTARA News)-``, ``JAKARTA (Pos Kota) –``;
* ``Outlet.com, PLACE -``: ``Juara.net, KUALA LUMPUR -`` (outlet first), and
  a known masthead first: ``KOMPAS, BANYUWANGI —`` (``lang/id/outlets.txt``);
* a bare ``Outlet.com-``: ``Suara.com-``, ``Merdeka.com -``, or a bare outlet
  named in ``lang/id/outlets.txt`` (``Rimanews-``);
* a bare place in capitals: ``INGGRIS –`` (four letters or more, so an acronym
  such as ``KPK -`` is not taken for a place).

A place is one to four capitalised words and an outlet starts with a capital
or a digit, so an ordinary first sentence (``Dengan mengusung berbagai fitur,
smartwatch di era 2010-an``) is never read as a dateline.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from ..lang import alternation
from ..lang.outlets import known_outlets, outlet_names
from ..records import Dateline

DASH = r"(?:\s*(?:–|—|-{1,2}|―)\s*)"
CAPITALISED_WORD = r"\p{Lu}[\p{L}.'’]*"
PLACE = rf"(?P<place>{CAPITALISED_WORD}(?:[ ]{CAPITALISED_WORD}){{0,3}})"
OUTLET = r"(?P<outlet>[\p{Lu}\d][\p{L}\d.&']*(?:[ ][\p{L}\d.&']+){0,3})"
DOMAIN_OUTLET = r"(?P<outlet>[\p{L}\d]+\.(?i:com|co\.id|id|co|net))"
CAPITALS_PLACE = r"(?P<place>\p{Lu}{4,}(?:[ ]\p{Lu}{2,}){0,2})"
DATELINE_FORMS = [
    regex.compile(rf"^{DOMAIN_OUTLET},\s*{PLACE}{DASH}(?=\S)"),
    regex.compile(rf"^{PLACE},\s*{OUTLET}{DASH}(?=\S)"),
    regex.compile(rf"^{PLACE}\s*\(\s*{OUTLET}\s*\){DASH}(?=\S)"),
    regex.compile(rf"^{DOMAIN_OUTLET}{DASH}(?=\S)"),
]
BARE_CAPITALS_PLACE = regex.compile(rf"^{CAPITALS_PLACE}{DASH}(?=\S)")


def place_and_outlet(place: Optional[str], outlet: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """Swap ``KOMPAS, BANYUWANGI``: both parts look alike, only the masthead list tells them apart."""
    if place and outlet and place.casefold() in known_outlets() and outlet.casefold() not in known_outlets():
        return outlet, place
    return place, outlet


@lru_cache(maxsize=1)
def dateline_forms() -> tuple[regex.Pattern, ...]:
    """The fixed forms, bare outlet names from the language data, then a bare place in capitals
    (last, so that ``KOMPAS —`` is an outlet, not a place)."""
    names = alternation(outlet_names())  # case ignored, as the list's header says (`Kumparan-`)
    return (*DATELINE_FORMS, regex.compile(rf"^(?P<outlet>(?i:{names})){DASH}(?=\S)"), BARE_CAPITALS_PLACE)


def place_name(written: str) -> str:
    """``PALOPO`` → ``Palopo``; mixed case kept as written."""
    written = " ".join(written.split())
    return written.title() if written.isupper() else written


def parse_dateline(text: str) -> Optional[Dateline]:
    lead = text.lstrip()[:120]
    offset = len(text) - len(text.lstrip())
    for pattern in dateline_forms():
        match = pattern.match(lead)
        if match:
            place, outlet = place_and_outlet(match.groupdict().get("place"), match.groupdict().get("outlet"))
            return Dateline(place=place_name(place) if place else None, outlet=outlet.strip() if outlet else None,
                            start=offset, end=offset + match.end())
    return None
