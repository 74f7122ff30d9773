"""Datelines: ``PALOPO, TEKAPE.co –`` → ``{place: "Palopo", outlet: "TEKAPE.co"}``.

Forms: ``PLACE, OUTLET –``, ``Place, Outlet Name--``, ``Place (OUTLET)-`` and a
bare ``Outlet.com-``.  The dateline must open the text (first 120 characters).
"""

from __future__ import annotations

from typing import Optional

import regex

from ..records import Dateline

DASH = r"(?:\s*(?:–|—|-{1,2}|―)\s*)"
PLACE = r"(?P<place>\p{Lu}[\p{L}.'’ ]{1,40}?)"
OUTLET = r"(?P<outlet>[\p{L}\d][\p{L}\d.&' ]{0,40}?)"
DATELINE_FORMS = [
    regex.compile(rf"^{PLACE},\s*{OUTLET}{DASH}(?=\S)"),
    regex.compile(rf"^{PLACE}\s*\(\s*{OUTLET}\s*\){DASH}(?=\S)"),
    regex.compile(rf"^(?P<outlet>[\p{{L}}\d]+\.(?:com|co\.id|id|co|net)){DASH}(?=\S)"),
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
