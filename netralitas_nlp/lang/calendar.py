"""The one calendar table: month and weekday names (with their spelling variants) and relative day words.

Loaded once from ``lang/id/months.tsv``, ``weekdays.tsv`` and ``relative_dates.tsv``, and read by
date detection, publication-date parsing, and every rule that must not take a day or a month for a
name (a person's, an organisation's).
"""

from __future__ import annotations

from functools import lru_cache

from . import load_kinds, load_table


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Lower-cased month name or abbreviation → month number (``agt`` → 8)."""
    return {row[0].lower(): int(row[1]) for row in load_table("months.tsv")}


@lru_cache(maxsize=1)
def weekday_numbers() -> dict[str, int]:
    """Lower-cased weekday name → ISO weekday number, Monday = 0 (``jum'at`` → 4)."""
    return {name.lower(): int(number) for name, number in load_table("weekdays.tsv")}


@lru_cache(maxsize=1)
def relative_offsets() -> dict[str, int]:
    """Lower-cased relative day phrase → offset in days from the publication date (``kemarin`` → -1)."""
    return {phrase.lower(): int(days) for phrase, days in load_table("relative_dates.tsv")}


@lru_cache(maxsize=1)
def full_month_names() -> frozenset[str]:
    """Lower-cased full Indonesian month names (``agustus``, ``nopember``): abbreviations such as ``agus`` or
    ``jun`` are given names as well, so only these are never part of a name."""
    return frozenset(row[0].lower() for row in load_table("months.tsv") if row[2:3] == ("full",))


def capitalised(words) -> frozenset[str]:
    return frozenset(word[:1].upper() + word[1:] for word in words)


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Every month and weekday spelling, capitalised (``Senin``, ``Jum'at``, ``Agt``): what ends an
    organisation's name."""
    return capitalised((*month_numbers(), *weekday_numbers()))


@lru_cache(maxsize=1)
def name_breaking_calendar_words() -> frozenset[str]:
    """Weekdays and full month names, capitalised: the calendar words that never belong to a personal name."""
    return capitalised((*full_month_names(), *weekday_numbers()))


@lru_cache(maxsize=1)
def date_directions() -> dict[str, int]:
    """Lower-cased word after a year-less date → +1 when it lies ahead of publication, -1 when behind (``lalu``)."""
    return {row[0].lower(): int(row[1]) for row in load_table("date_directions.tsv")}


@lru_cache(maxsize=None)
def date_joiners(kind: str) -> tuple[str, ...]:
    """Words that join two days of a date, of one ``kind``: ``range`` (``hingga``, ``s/d``) or ``list`` (``dan``)."""
    return load_kinds("date_joiners.tsv", kind_column=1).get(kind, ())
