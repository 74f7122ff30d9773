"""Publication dates from metadata, to ISO ``YYYY-MM-DD``.

Formats: ISO dates and timestamps; ``M/D/YYYY [H:MM]`` as detik.com writes it
(month first, as detik.com writes it; day first when the first number
cannot be a month); ``D Month YYYY`` with Indonesian or English month names.
Anything else goes to dateparser.  Without metadata, the date comes from the URL path or from a header line
that pages print above or below the headline (`Kamis, 7 November 2024 | 20:15 WIB`).
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

import regex

from ..lang.calendar import month_numbers

ISO = regex.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
MONTH_FIRST = regex.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
DAY_MONTH_YEAR = regex.compile(r"^\s*(?:\p{L}+,?\s+)?(\d{1,2})\s+(\p{L}+)\.?\s+(\d{4})\b")


def _iso(year: int, month: int, day: int) -> Optional[str]:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_published(value: str) -> Optional[str]:
    if match := ISO.match(value):
        return _iso(*map(int, match.groups()))
    if match := MONTH_FIRST.match(value):
        month, day, year = map(int, match.groups())
        if month > 12:  # 20/05/2025 can only be day first
            month, day = day, month
        return _iso(year, month, day)
    if match := DAY_MONTH_YEAR.match(value):
        month = month_numbers().get(match.group(2).lower())
        if month:
            return _iso(int(match.group(3)), month, int(match.group(1)))
    import dateparser  # slow import: only for unusual formats

    parsed = dateparser.parse(value, languages=["id", "en"], settings={"DATE_ORDER": "DMY"})
    return parsed.date().isoformat() if parsed else None


# Dates news sites put in article URLs: /2017/04/11/slug (poskotanews, suara.com)
# and /20170523142052-slug (cnnindonesia: yyyymmddHHMMSS).
URL_DATE = regex.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/|/((?:19|20)\d{2})(\d{2})(\d{2})\d{6}-")


def published_from_url(url: Optional[str]) -> Optional[str]:
    """The publication date a URL path carries, when metadata has none."""
    match = URL_DATE.search(url or "")
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups() if g is not None)
    return _iso(year, month, day)


# A line that holds only a date, as news pages print above or below the headline: `Kamis, 7 November 2024 |
# 20:15 WIB`, `7 November 2024, 20.15`.  Only the first HEADER_LINES lines are read: further down, a line like
# that heads a timeline (`Berikut kronologinya:\nSabtu, 5 November 2016`).
HEADER_LINES = 2
HEADER_DATE = regex.compile(
    r"^[^\S\n]*(?:\p{L}+,?[^\S\n]+)?(\d{1,2})[^\S\n]+(\p{L}+)\.?[^\S\n]+(\d{4})"
    r"(?:[^\S\n]*[|,\-–][^\S\n]*|[^\S\n]+)?(?:(?:pukul[^\S\n]+)?\d{1,2}[:.]\d{2}(?:[^\S\n]*(?:WIB|WITA|WIT))?)?[^\S\n]*$",
    regex.IGNORECASE)


def published_from_header(text: str) -> Optional[str]:
    """The publication date a header line among the text's first lines carries (`Kamis, 7 November 2024 | 20:15`)."""
    for line in text.split("\n", HEADER_LINES)[:HEADER_LINES]:
        match = HEADER_DATE.match(line)
        if match and (month := month_numbers().get(match.group(2).lower())):
            return _iso(int(match.group(3)), month, int(match.group(1)))
    return None
