"""A tiny date finder for event clauses, used only while ``doc._.dates`` is empty.

The dates component (feat/dates) is the real detector; this fallback knows the
three forms event leads use — ``Selasa (20/5/2025)``, ``Kamis, 3 Oktober 2024`` /
``24 Mei 2025`` and ``8 hingga 10 November`` / ``21-23 Juni 2022`` (start day kept) —
and resolves a missing year against ``published``.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Optional

import regex

from ..ingest.published import month_numbers as parse_month_numbers
from ..records import DateMention
from .phrase_matcher import lowered

# Matched on lower-cased text: case-insensitive matching costs the regex engine five times as much.
WEEKDAYS = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"


month_numbers = lru_cache(maxsize=1)(parse_month_numbers)


@lru_cache(maxsize=1)
def date_pattern() -> regex.Pattern:
    months = "|".join(sorted((regex.escape(name) for name in month_numbers()), key=len, reverse=True))
    numeric = rf"(?:{WEEKDAYS}\s*)?\(\s*(?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})(?:/(?P<ny>\d{{4}}))?\s*\)"
    spelled = (rf"(?:{WEEKDAYS},?\s+)?(?:tanggal\s+)?(?P<sd>\d{{1,2}})(?:\s*(?:-|–|hingga|sampai|s\.d\.?)\s*\d{{1,2}})?"
               rf"\s+(?P<sm>{months})\b\.?(?:\s+(?P<sy>\d{{4}}))?")
    return regex.compile(rf"{numeric}|{spelled}")


def resolve_year(day: int, month: int, year: Optional[str], published: Optional[str]) -> Optional[str]:
    if year:
        resolved = int(year)
    elif published:
        resolved = int(published[:4])
        # A date later in the year than publication, without a year, is last year's (news reports the past).
        if month > int(published[5:7]) + 1:
            resolved -= 1
    else:
        return None
    try:
        return date(resolved, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, published: Optional[str]) -> list[DateMention]:
    found = []
    for match in date_pattern().finditer(lowered(text)):
        if match.group("nd"):
            day, month, year = int(match.group("nd")), int(match.group("nm")), match.group("ny")
        else:
            day, month, year = int(match.group("sd")), month_numbers()[match.group("sm")], match.group("sy")
        if not 1 <= month <= 12:
            continue
        found.append(DateMention(text=text[match.start():match.end()], value=resolve_year(day, month, year, published),
                                 start=match.start(), end=match.end(), precision="day"))
    return found
