"""Datelines: ``PALOPO, TEKAPE.co –`` → ``{place: "Palopo", outlet: "TEKAPE.co"}``.

Forms (the dateline must open the text, first 120 characters):

* ``PLACE, OUTLET –``: ``PALOPO, TEKAPE.co –``, ``Jakarta, CNN Indonesia --``,
  ``MANADO, KOMPAS —``, ``PRABUMULIH, SUMSELJARRAKPOS–``;
* ``Place (OUTLET) -``: ``Gorontalo (ANTARA News)-``, ``JAKARTA (Pos Kota) –``;
* ``Outlet.com, PLACE -``: ``Juara.net, KUALA LUMPUR -`` (outlet first);
* a bare ``Outlet.com-``: ``Suara.com-``, ``Merdeka.com -``.

A place is one to four capitalised words and an outlet starts with a capital
or a digit, so an ordinary first sentence (``Dengan mengusung berbagai fitur,
smartwatch di era 2010-an``) is never read as a dateline.
"""

from __future__ import annotations

from typing import Optional

import regex

from ..records import Dateline

DASH = r"(?:\s*(?:–|—|-{1,2}|―)\s*)"
CAPITALISED_WORD = r"\p{Lu}[\p{L}.'’]*"
PLACE = rf"(?P<place>{CAPITALISED_WORD}(?:[ ]{CAPITALISED_WORD}){{0,3}})"
OUTLET = r"(?P<outlet>[\p{Lu}\d][\p{L}\d.&']*(?:[ ][\p{L}\d.&']+){0,3})"
DOMAIN_OUTLET = r"(?P<outlet>[\p{L}\d]+\.(?i:com|co\.id|id|co|net))"
DATELINE_FORMS = [
    regex.compile(rf"^{DOMAIN_OUTLET},\s*{PLACE}{DASH}(?=\S)"),
    regex.compile(rf"^{PLACE},\s*{OUTLET}{DASH}(?=\S)"),
    regex.compile(rf"^{PLACE}\s*\(\s*{OUTLET}\s*\){DASH}(?=\S)"),
    regex.compile(rf"^{DOMAIN_OUTLET}{DASH}(?=\S)"),
]


def place_name(written: str) -> str:
    """``PALOPO`` → ``Palopo``; mixed case kept as written."""
    written = " ".join(written.split())
    return written.title() if written.isupper() else written


def parse_dateline(text: str) -> Optional[Dateline]:
    lead = text.lstrip()[:120]
    offset = len(text) - len(text.lstrip())
    for pattern in DATELINE_FORMS:
        match = pattern.match(lead)
        if match:
            place = match.groupdict().get("place")
            return Dateline(place=place_name(place) if place else None, outlet=match.group("outlet").strip(),
                            start=offset, end=offset + match.end())
    return None
