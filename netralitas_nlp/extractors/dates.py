"""DateMention records from a Doc (component ``netralitas_dates``).

Regex-first: two precompiled patterns over ``doc.text`` find the Indonesian
calendar forms news uses, and the numbers they capture are normalised with the
month/weekday tables in ``lang/id`` (``months.tsv``, ``weekdays.tsv``):

* numeric, in parentheses after an optional weekday: ``Selasa (20/5/2025)``,
  ``Jumat (15/11)``, ``(5/11)``; a bare ``26/06/2025`` only with a 4-digit year;
* day + month name: ``24 Mei 2025``, ``Kamis, 3 Oktober 2024``, ``3 Agt``,
  ranges ``2-3 Desember 2024`` / ``8 hingga 10 November`` /
  ``30 November - 2 Desember 2024`` / ``(28/10-1/11/2020)`` (value = first day,
  ``end_value`` = last day).  A range within one month is one date; a range whose
  last day has its own month names two (``30 November`` and ``2 Desember 2024``);
  days listed before a date share its month (``5`` and ``17 April`` in ``5 dan 17 April``).

A weekday before the date is part of the mention's text (the gold's
``Selasa (20/5/2025)``); ``weekday_mismatch`` is true when it names neither end
of the date.  ``precision`` is always ``day``: the contract does not count
month-only references as dates.

Why not dateparser: every form above is fully determined by the captured
numbers, and ``dateparser.parse`` costs ~1 ms a call, which alone would break
the 2 ms/article budget.  Bare years (``Pilkada 2024``), law numbers
(``UU No. 10 Tahun 2016``), ``pasal 71 ayat (1)``, clock times and money never
match: a date needs a day *and* a month.

A date without a year takes the year that puts it nearest to the article's
anchor (on the side a following ``mendatang``/``lalu`` names; a written weekday
decides between years when the nearest is months away): ``doc._.published`` when
known, else the first date in the article that
carries its own year (the gold resolves ``15 Juni`` next to ``Jumat (5/6/2020)``
to 2020), else a ``Weekday (d/m)`` whose weekday fits exactly one year next to the
latest year the article mentions (IndoSum rows have no publication date; the last year of a range such as
``periode 2019-2024`` does not count, nor, against a full date, an election's year such as ``Pilpres 2024``).  With no
anchor the value stays null rather than a guessed year.  A written year that the
weekday contradicts is read as a slip when the weekday fits the year next to
publication: ``Senin (20/10/2026)`` published on 20 October 2025.
Month-only references (``November 2025``, ``April lalu``) are not dates in the
contract, and neither are relative words; ``find_relative_dates`` resolves
those (``kemarin``, ``pekan lalu``) against the publication date for callers
that want them (event dating).
"""

from __future__ import annotations

import copy
import datetime as dt
from functools import lru_cache
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..components import ExtractionComponent, doc_text, ensure_extension
from ..intervals import Intervals
from ..lang import alternation, load_list, load_table
from ..lang.calendar import (
    date_directions, date_joiners, month_numbers, relative_offsets, weekday_numbers,
)
from ..records import DateMention



# A year written anywhere (`Pilkada 2018`, `Nomor …/12/2017`): candidates for a weekday to fix.
YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# Years a news date can have; others are typing slips (`Senin (13/10/3025)`): flagged, given no value.
PLAUSIBLE_YEARS = range(1900, 2101)

ensure_extension("relative_dates")


@lru_cache(maxsize=1)
def date_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """Patterns that start at a digit or "(", so the scan skips ahead fast (weekdays: ``weekday_before``)."""
    month_names = alternation(month_numbers())
    range_joiner = rf"\s*(?:-|–|—|{_joiners('range')})\s*"
    # "(d/m)", "(d/m/yyyy)", "(d/m-d/m/yyyy)"; or a bare d/m/yyyy (4-digit year only,
    # so "10/2016" law numbers and fractions never match).
    numeric = regex.compile(
        r"\((?:\s*(?P<start_day>\d{1,2})\s*/\s*(?P<start_month>\d{1,2})\s*[-–]\s*)?"
        r"\s*(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{4}|\d{2}))?\s*\)"
        r"|(?<![\d/.,])(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})(?![\d/])",
    )
    # [d [Month] - ] d Month [yyyy]  (an abbreviation's dot stays outside the text)
    named = regex.compile(
        rf"(?<![\d.,/])(?:(?P<start_day>\d{{1,2}})(?:\s+(?P<start_month>{month_names}))?{range_joiner})?"
        rf"(?P<day>\d{{1,2}})\s+(?P<month>{month_names})\b(?:\s+(?P<year>\d{{4}})(?!\d))?",
        regex.IGNORECASE,
    )
    return numeric, named


@lru_cache(maxsize=1)
def listed_days_before() -> regex.Pattern:
    """Days listed before a named date that share its month: ``5 dan 17 April``, ``23, 27 dan 30 Juni 2017``
    (``H-90 atau 17 Maret`` is no list: ``atau`` offers one date, and ``H-90`` counts days)."""
    return regex.compile(rf"(?<![\d.,/\-–])(?:\d{{1,2}}\s*,\s*)*\d{{1,2}}\s*,?\s+(?:{_joiners('list')})\s+$",
                         regex.IGNORECASE)


def _joiners(kind: str) -> str:
    """The joiners of ``date_joiners.tsv`` of one kind as a regex alternation, any spacing inside a phrase."""
    return alternation(date_joiners(kind)).replace(r"\ ", r"\s+")


@lru_cache(maxsize=1)
def weekday_before() -> regex.Pattern:
    """A weekday (and comma) just before a date: ``Selasa (20/5/2025)``, ``Kamis, 3 Oktober 2024``."""
    return regex.compile(rf"\b(?P<weekday>{alternation(weekday_numbers())})\s*,?\s*$", regex.IGNORECASE)


@lru_cache(maxsize=1)
def direction_after() -> regex.Pattern:
    """A word right after a date that says whether it lies ahead or behind: ``5 Juni mendatang``, ``(3/5) lalu``.
    No comma between: after one, ``lalu`` starts the next clause ("then": ``tiba 5 Juni, lalu pulang``)."""
    return regex.compile(rf"\)?\s*(?P<word>{alternation(date_directions())})\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def relative_pattern() -> regex.Pattern:
    return regex.compile(rf"\b(?:{alternation(relative_offsets())})\b", regex.IGNORECASE)


def _full_year(digits: Optional[str]) -> Optional[int]:
    if not digits:
        return None
    year = int(digits)
    return year + 2000 if year < 100 else year


def _make_date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# Within this many days of publication the nearest year is right even when the weekday is not: reporters slip
# on the weekday of recent days far more often than they report a day a year away.
RECENT_DAYS = 90


def _nearest_year(month: int, day: int, anchor: dt.date, weekday: Optional[int] = None,
                  direction: int = 0) -> Optional[dt.date]:
    """The date with this day and month closest to the anchor (last/this/next year), on the side a word after
    it names (`8 Desember mendatang` published in May is the next December, `24 April lalu` published in
    December the last April; a week's slack for loose wording).  A written weekday picks among dates that
    lie months away (`Kamis (16/2)` published in August 2017 is 16 February 2017, a Thursday, though
    16 February 2018 lies a little nearer)."""
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _make_date(y, month, day))]
    candidates.sort(key=lambda d: abs(d - anchor))
    if direction:
        candidates = [d for d in candidates if (d - anchor).days * direction >= -7] or candidates
    if not candidates or abs(candidates[0] - anchor).days <= RECENT_DAYS:
        return candidates[0] if candidates else None
    # ... and never one further ahead: a year-less date months after publication is a slip (`Sabtu (1/6)`
    # for 6 January), not a date a year away.
    fitting = [d for d in candidates if d.weekday() == weekday and d <= anchor + dt.timedelta(days=RECENT_DAYS)]
    return (fitting or candidates)[0]


def _only_fit(month: int, day: int, weekday: int, years) -> Optional[dt.date]:
    """The one date among ``years`` with this day and month that falls on ``weekday``; None if none or several."""
    fits = {d for y in years if (d := _make_date(y, month, day)) and d.weekday() == weekday}
    return fits.pop() if len(fits) == 1 else None


def _month(written: Optional[str]) -> Optional[int]:
    if not written:
        return None
    return int(written) if written.isdigit() else month_numbers()[written.lower()]


class _Found:
    """One regex hit before year resolution; a range keeps its last day in ``end_*``.

    A range whose last day is written with its own month names two calendar dates (the gold lists
    ``1 Juli`` and ``5 Agustus 2024`` for ``1 Juli hingga 5 Agustus 2024``): ``end_span`` is the last day's
    text, and a named range's own text ends with its first day's month.  ``(28/10-1/11/2020)`` keeps
    its whole text, as its parentheses hold both days; ``2-3 Desember`` is one reference."""

    __slots__ = ("start", "end", "day", "month", "year", "end_day", "end_month", "weekday", "end_span", "direction")

    def __init__(self, text: str, match: regex.Match, named: bool):
        self.start, self.end = match.span()
        self.day, self.month = int(match.group("day")), _month(match.group("month"))
        self.year = _full_year(match.group("year"))
        self.end_day = self.end_month = self.end_span = None
        if match.group("start_day"):
            self.end_day, self.end_month = self.day, self.month
            self.day = int(match.group("start_day"))
            self.month = _month(match.group("start_month")) or self.month
            if self.year and self.month > self.end_month:
                self.year -= 1  # "28 Desember - 2 Januari 2025" starts in 2024
            if match.group("start_month"):
                self.end_span = (match.start("day"), match.end("year") if match.group("year") else match.end("month"))
                self.end = match.end("start_month") if named else self.end
        direction = direction_after().match(text, match.end())
        self.direction = date_directions()[direction.group("word").lower()] if direction else 0
        self.weekday = None
        if weekday := weekday_before().search(text, max(0, self.start - 12), self.start):
            self.start = weekday.start()
            self.weekday = weekday_numbers()[weekday.group("weekday").lower()]

    def listed_day(self, start: int, end: int, day: int) -> "_Found":
        """The date of a day listed before this one (``5`` in ``5 dan 17 April``): this date's month and year."""
        listed = copy.copy(self)
        listed.start, listed.end, listed.day = start, end, day
        listed.weekday = listed.end_day = listed.end_month = listed.end_span = None
        return listed

    @property
    def valid(self) -> bool:
        return all(1 <= m <= 12 for m in (self.month, self.end_month or 1)) and 1 <= self.day <= 31


def _scan(text: str) -> list[_Found]:
    numeric, named = date_patterns()
    found = [_Found(text, m, named=False) for m in numeric.finditer(text)]
    taken = Intervals((f.start, f.end) for f in found)
    for match in named.finditer(text):
        start, end = match.span()
        if not taken.overlaps(start, end):
            found.append(item := _Found(text, match, named=True))
            if not match.group("start_day"):
                found.extend(_listed_days(text, item))
    found = [f for f in found if f.valid]
    found.sort(key=lambda f: f.start)
    return found


def _listed_days(text: str, item: _Found) -> list[_Found]:
    listed = listed_days_before().search(text, max(0, item.start - 40), item.start)
    if not listed or _counted(text, listed.start()):
        return []
    days = regex.finditer(r"\d{1,2}", text, pos=listed.start(), endpos=listed.end())
    return [item.listed_day(day.start(), day.end(), int(day.group())) for day in days]


def _counted(text: str, start: int) -> bool:
    """Whether the word before ``start`` makes the number there a quantity (`mencapai 12 dan 17 April`, invented):
    then no day is listed."""
    before = regex.search(r"(\S+)\s*$", text[max(0, start - 30):start])
    return bool(before) and before.group(1).lower().strip(".,:;(") in quantity_words()


@lru_cache(maxsize=1)
def quantity_words() -> frozenset[str]:
    return frozenset(word.lower() for word in load_list("quantity_words.txt"))


def _published_date(published: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _text_years(found: list[_Found]) -> list[Optional[int]]:
    """For each date: the year of the nearest date before it that states one, else of the first after it
    (two passes over the dates, not a scan of all of them for each)."""
    before, after = [], []
    for items, years in ((found, before), (reversed(found), after)):
        latest = None
        for item in items:
            years.append(latest)
            latest = item.year if item.year and item.year in PLAUSIBLE_YEARS else latest
    after.reverse()
    return [year_before or year_after for year_before, year_after in zip(before, after)]


def _resolve(item: _Found, text_year: Optional[int], published: Optional[dt.date],
             latest: Optional[int]) -> Optional[dt.date]:
    if item.year:
        return _make_date(item.year, item.month, item.day)
    if published:
        return _nearest_year(item.month, item.day, published, item.weekday, item.direction)
    if not text_year:
        return None
    value = _make_date(text_year, item.month, item.day)
    if item.weekday is None or (value and value.weekday() == item.weekday):
        return value
    # The year of a neighbouring date can be background (`Sabtu (22/7)` after `17 Agustus 2016` in a 2017
    # report): the weekday picks a year next to the latest year the article names, when just one fits.
    if latest and latest > text_year:
        return _only_fit(item.month, item.day, item.weekday, (latest - 1, latest, latest + 1)) or value
    return value


def _mention(text: str, item: _Found, text_year: Optional[int], published: Optional[dt.date],
             latest: Optional[int]) -> Optional[DateMention]:
    if item.year and item.year not in PLAUSIBLE_YEARS:
        return DateMention(text=text[item.start:item.end], start=item.start, end=item.end, implausible_year=True)
    value = _resolve(item, text_year, published, latest)
    if item.year and value is None:
        return None  # 31/2/2024 and the like: numbers, not a date
    if item.year and item.weekday is not None and not item.end_day and value.weekday() != item.weekday:
        value = _year_slip(item, published) or value
    end_date = None
    if value and item.end_day:
        end_date = _make_date(value.year + (item.end_month < item.month), item.end_month, item.end_day)
        end_date = end_date if end_date and end_date >= value else None
    # "Rabu hingga Minggu (28/10-1/11/2020)": a range's weekday may name either end.
    days = [d.weekday() for d in (value, end_date) if d]
    mismatch = bool(days and item.weekday is not None and item.weekday not in days)
    end_value = end_date.isoformat() if end_date else None
    return DateMention(
        text=text[item.start:item.end], start=item.start, end=item.end,
        value=value.isoformat() if value else None, precision="day",
        end_value=end_value, weekday_mismatch=mismatch,
    )


def _year_slip(item: _Found, published: Optional[dt.date]) -> Optional[dt.date]:
    """The date a written year was meant to give when the weekday says it slipped: `Senin (2/6/2031)`
    published on 2 June 2025 (a Monday) is that day (invented).  The repair must fall near publication;
    without a publication date the written year stands and the weekday is flagged."""
    if not published:
        return None
    meant = _nearest_year(item.month, item.day, published)
    if not meant or abs(meant - published).days > RECENT_DAYS:
        return None
    return meant if meant.year != item.year and meant.weekday() == item.weekday else None


def _weekday_anchor(text: str, found: list[_Found]) -> Optional[dt.date]:
    """With no publication date and no full date: the first `Weekday (d/m)` whose weekday fixes its year
    near the latest year the article mentions, one either side (`Jumat (5/1)` next to `…/12/2017` is
    2018-01-05: 5 January falls on a Friday in 2018, not in 2016 or 2017).  Ambiguous → None."""
    latest = _latest_year(text)
    if latest is None:
        return None
    for item in found:
        if item.weekday is not None and not item.year:
            if fit := _only_fit(item.month, item.day, item.weekday, (latest - 1, latest, latest + 1)):
                return fit
    return None


def _latest_year(text: str, election_years_count: bool = True) -> Optional[int]:
    """The latest year the text writes: news reports the present; older years are background (`sejak 1995`).
    The end of a year range is no evidence of the present (`periode 2019-2024`, a term that runs ahead), nor,
    unless ``election_years_count``, a year that names an election (`Pilpres 2024` in a 2018 report).  The weekday
    anchor counts election years: in an article with no full date the coming election is often the only year
    written, and the weekday still fits the year before it (`Pilkada 2018` in a report of August 2017)."""
    ahead = {match.start() for match in term_ends().finditer(text)}
    if not election_years_count:
        ahead.update(match.start() for match in election_years().finditer(text))
    return max((int(year.group()) for year in YEAR.finditer(text) if year.start() not in ahead), default=None)


@lru_cache(maxsize=1)
def term_ends() -> regex.Pattern:
    """The second year of a year range (`2019-2024`)."""
    return regex.compile(r"(?<=(?<!\d)(?:19|20)\d{2}\s*[-–]\s*)(?:19|20)\d{2}(?!\d)")


@lru_cache(maxsize=1)
def election_years() -> regex.Pattern:
    """A year after an election's name, up to two words between (`Pilkada serentak 2018`, `Pilpres AS 2024`;
    the names of ``election_kinds.tsv``)."""
    names = alternation(row[0] for row in load_table("election_kinds.tsv"))
    return regex.compile(rf"(?<=\b(?:{names})(?:\s+[\p{{L}}.]+){{0,2}}\s+)(?:19|20)\d{{2}}(?!\d)", regex.IGNORECASE)


def find_dates(text: str, published: Optional[str] = None) -> list[DateMention]:
    """Every explicit calendar date in ``text``, in text order."""
    found = _scan(text)
    base = _published_date(published)
    if base is None and not any(item.year for item in found):
        base = _weekday_anchor(text, found)
    # Only a date with no publication date to resolve against reads the latest year (three scans of the text).
    latest = _latest_year(text, election_years_count=False) if base is None else None
    mentions = []
    for item, year in zip(found, _text_years(found)):
        if mention := _mention(text, item, year, base, latest):
            mentions.append(mention)
            mentions.extend(_written_range_end(text, item, mention))
    return mentions


def _written_range_end(text: str, item: _Found, mention: DateMention) -> list[DateMention]:
    """The last day of a range that writes it with its own month, as a date of its own (see ``_Found``)."""
    if not (item.end_span and mention.end_value):
        return []
    start, end = item.end_span
    return [DateMention(text=text[start:end], start=start, end=end, value=mention.end_value, precision="day")]


def find_relative_dates(text: str, published: Optional[str], dates: Optional[list[DateMention]] = None) -> list[DateMention]:
    """``kemarin``, ``hari ini``, ``pekan lalu`` … resolved against ``published`` (value null without it).

    A word right after a calendar date of ``dates`` qualifies it (`pada 8 hingga 10 November kemarin`: the
    last 10 November), it dates nothing itself."""
    base = _published_date(published)
    offsets = relative_offsets()
    date_ends = {date.end for date in dates or []}
    mentions = []
    for match in relative_pattern().finditer(text):
        if any(end in date_ends for end in range(match.start() - 2, match.start())):
            continue
        value = base + dt.timedelta(days=offsets[match.group().lower()]) if base else None
        mentions.append(DateMention(
            text=match.group(), start=match.start(), end=match.end(),
            value=value.isoformat() if value else None, precision="day" if value else None,
        ))
    return mentions


def extract_dates(doc: Doc) -> list[DateMention]:
    """The calendar dates; the relative day words go to ``doc._.relative_dates`` (not dates in the contract,
    but what dates an event told as `kemarin` or `tadi malam`)."""
    text = doc_text(doc)
    dates = find_dates(text, doc._.published)
    doc._.relative_dates = find_relative_dates(text, doc._.published, dates)
    return dates


@Language.factory("netralitas_dates", assigns=["doc._.dates", "doc._.relative_dates"], requires=[])
def make_dates_component(nlp: Language, name: str) -> ExtractionComponent:
    return ExtractionComponent("dates", extract_dates)
