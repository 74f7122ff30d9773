"""Flat tables: one row per official, role, institution, quote, event, date and election.

``flat_rows(records)`` turns records into plain dicts, table by table; every row has the
``article_id`` and an index within its article; officials and institutions also have the record's
ids (``O1``, ``I1``, …), so tables join on ``(article_id, official_id)`` (``roles``, ``quotes.speaker_id``,
``events.organizer_ids``/``participant_ids``) and ``(article_id, institution_id)``.
Offsets (``start``, ``end``) are into the article's ``text``; for items with several mentions they
are those of the first, and ``mentions`` lists all.  The row models below give each column its type
(``table_features``) and its meaning (the dataset card prints the descriptions).
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional

from pydantic import BaseModel, ConfigDict, Field

from ..records import Article, Span


# Columns several tables share (a fresh ``Field`` each: pydantic keeps one per model field).
def article_id_field():
    return Field(description="`id` of the article (joins every table)")


def start_field():
    return Field(None, description="start offset in the article's `text` (of the first mention)")


def end_field():
    return Field(None, description="end offset (exclusive) in the article's `text`")


def mention_text_field():
    return Field(None, description="first mention as written: `text[start:end]`")


def mentions_field():
    return Field(default_factory=list, description="every mention: `{start, end, text}`")


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OfficialRow(Row):
    article_id: str = article_id_field()
    official_index: int = Field(description="number of the official in the article, from 0")
    official_id: Optional[str] = Field(description="the official's id in the article (`O1`, `O2`, …)")
    name: str = Field(description="personal name without honorifics, degrees and ranks")
    honorifics: list[str] = Field(description="honorifics as written (`H.`, `Dr.`)")
    degrees: list[str] = Field(description="academic degrees as written (`S.Sos.`, `M.Si.`)")
    ranks: list[str] = Field(description="police or military ranks (`AKBP`)")
    aliases: list[str] = Field(description="other forms of the name in the article")
    start: Optional[int] = start_field()
    end: Optional[int] = end_field()
    text: Optional[str] = mention_text_field()
    mentions: list[Span] = mentions_field()


class RoleRow(Row):
    article_id: str = article_id_field()
    official_index: int = Field(description="the official holding the role (`officials.official_index`)")
    official_id: Optional[str] = Field(description="the official's id (`officials.official_id`)")
    role_index: int = Field(description="number of the role among the official's roles, from 0")
    official_name: str = Field(description="the official's `name`")
    title: str = Field(description="the role as written, acronyms expanded where the article expands them")
    position: Optional[str] = Field(description="canonical office (`Wali Kota`, `Ketua Bawaslu`)")
    acting: Optional[str] = Field(description="`penjabat`, `pelaksana tugas`, `pelaksana harian` or null")
    jurisdiction: Optional[str] = Field(description="`Kota X`, `Kabupaten X`, `Provinsi X` or null")
    organization: Optional[str] = Field(description="the body the office belongs to")
    former: bool = Field(description="true for `mantan …`, `eks …`")
    start: Optional[int] = Field(description="start offset of the role phrase in the article's `text`, or null")
    end: Optional[int] = Field(description="end offset (exclusive) of the role phrase, or null")


class InstitutionRow(Row):
    article_id: str = article_id_field()
    institution_index: int = Field(description="number of the institution in the article, from 0")
    institution_id: Optional[str] = Field(description="the institution's id in the article (`I1`, `I2`, …)")
    name: str = Field(description="full name of the body")
    acronym: Optional[str] = Field(description="usual short name (`Bawaslu`, `KPU`) or null")
    jurisdiction: Optional[str] = Field(description="region of the body, or null")
    surface: list[str] = Field(description="the forms the article writes it in")
    start: Optional[int] = start_field()
    end: Optional[int] = end_field()
    text: Optional[str] = mention_text_field()
    mentions: list[Span] = mentions_field()


class QuoteRow(Row):
    article_id: str = article_id_field()
    quote_index: int = Field(description="number of the quote in the article, from 0")
    text: str = Field(description="the statement: `text[start:end]`")
    speaker: Optional[str] = Field(description="the speaker's name (an official's `name` when resolved), or null")
    speaker_id: Optional[str] = Field(description="id of the official who speaks (`officials.official_id`), or null")
    cue: Optional[str] = Field(description="the speech verb without `-nya` (`tegas`, `ujar`, `kata`)")
    direct: bool = Field(description="true for a quotation in quote marks, false for reported speech")
    is_warning: bool = Field(description="the statement cautions, forbids or threatens consequences")
    warning_type: Optional[str] = Field(description="`larangan`, `sanksi`, `hukum`, `imbauan` or null")
    start: int = Field(description="start offset of the statement in the article's `text`")
    end: int = Field(description="end offset (exclusive) of the statement")
    cue_start: Optional[int] = Field(description="start offset of the cue as written, or null")
    cue_end: Optional[int] = Field(description="end offset of the cue, or null")
    speaker_start: Optional[int] = Field(description="start offset of the speaker as written (name, `ia`, `-nya`)")
    speaker_end: Optional[int] = Field(description="end offset of the speaker as written")


class EventRow(Row):
    article_id: str = article_id_field()
    event_index: int = Field(description="number of the event in the article, from 0 (0 is the main event)")
    main: bool = Field(description="true for the article's main event")
    type: str = Field(description="event type of the contract (`sosialisasi`, `rapat`, …, `lainnya`)")
    name: Optional[str] = Field(description="name of the event")
    date: Optional[str] = Field(description="ISO date of the event, or null")
    date_text: Optional[str] = Field(description="the date as written")
    venue: Optional[str] = Field(description="building, room or site as written")
    place: Optional[str] = Field(description="administrative area")
    organizer: list[str] = Field(description="organising bodies or people")
    theme: Optional[str] = Field(description="stated theme or tagline")
    participants: list[str] = Field(description="participating bodies or people")
    organizer_ids: list[str] = Field(description="ids of the organizers that are officials or institutions")
    participant_ids: list[str] = Field(description="ids of the participants that are officials or institutions")
    trigger: Optional[str] = Field(description="the word that names the event, as written")
    start: Optional[int] = Field(description="start offset of the trigger, or null")
    end: Optional[int] = Field(description="end offset of the trigger, or null")


class DateRow(Row):
    article_id: str = article_id_field()
    date_index: int = Field(description="number of the date in the article, from 0")
    text: str = Field(description="the date as written: `text[start:end]`")
    value: Optional[str] = Field(description="ISO date (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` by `precision`)")
    precision: Optional[str] = Field(description="`day`, `month` or `year`")
    end_value: Optional[str] = Field(description="last day of a range (`20-22 Mei`), or null")
    weekday_mismatch: bool = Field(description="the written weekday does not fall on `value`")
    start: int = Field(description="start offset in the article's `text`")
    end: int = Field(description="end offset (exclusive)")


class ElectionRow(Row):
    article_id: str = article_id_field()
    election_index: int = Field(description="number of the election in the article, from 0")
    kind: str = Field(description="`Pemilu`, `Pilkada`, `Pilgub`, `Pilbup`, `Pilwalkot`, `PSU`, `Pilkades`, `lainnya`")
    date: Optional[str] = Field(description="ISO date of the vote, or null")
    region: Optional[str] = Field(description="region of the election, or null")
    start: Optional[int] = start_field()
    end: Optional[int] = end_field()
    text: Optional[str] = mention_text_field()
    mentions: list[Span] = mentions_field()


def first_mention(mentions: list[Span]) -> dict:
    if not mentions:
        return {"start": None, "end": None, "text": None}
    first = min(mentions, key=lambda span: (span.start, span.end))
    return {"start": first.start, "end": first.end, "text": first.text}


def official_rows(record: Article) -> Iterable[OfficialRow]:
    for index, official in enumerate(record.officials):
        yield OfficialRow(article_id=record.id, official_index=index, official_id=official.id, name=official.name,
                          honorifics=official.honorifics, degrees=official.degrees, ranks=official.ranks,
                          aliases=official.aliases, mentions=official.mentions, **first_mention(official.mentions))


def role_rows(record: Article) -> Iterable[RoleRow]:
    for index, official in enumerate(record.officials):
        for role_index, role in enumerate(official.roles):
            yield RoleRow(article_id=record.id, official_index=index, official_id=official.id, role_index=role_index,
                          official_name=official.name, **role.model_dump())


def institution_rows(record: Article) -> Iterable[InstitutionRow]:
    for index, body in enumerate(record.institutions):
        yield InstitutionRow(article_id=record.id, institution_index=index, institution_id=body.id, name=body.name,
                             acronym=body.acronym,
                             jurisdiction=body.jurisdiction, surface=body.surface, mentions=body.mentions,
                             **first_mention(body.mentions))


def quote_rows(record: Article) -> Iterable[QuoteRow]:
    for index, quote in enumerate(record.quotes):
        cue, speaker = quote.cue_span, quote.speaker_span
        yield QuoteRow(article_id=record.id, quote_index=index, text=quote.text, speaker=quote.speaker,
                       speaker_id=quote.speaker_id, cue=quote.cue,
                       direct=quote.direct, is_warning=quote.is_warning, warning_type=quote.warning_type,
                       start=quote.start, end=quote.end,
                       cue_start=cue.start if cue else None, cue_end=cue.end if cue else None,
                       speaker_start=speaker.start if speaker else None, speaker_end=speaker.end if speaker else None)


def event_rows(record: Article) -> Iterable[EventRow]:
    for index, event in enumerate(record.events):
        trigger = event.trigger
        fields = event.model_dump(exclude={"trigger"})
        yield EventRow(article_id=record.id, event_index=index, main=index == 0, **fields,
                       trigger=trigger.text if trigger else None,
                       start=trigger.start if trigger else None, end=trigger.end if trigger else None)


def date_rows(record: Article) -> Iterable[DateRow]:
    for index, date in enumerate(record.dates):
        yield DateRow(article_id=record.id, date_index=index, **date.model_dump())


def election_rows(record: Article) -> Iterable[ElectionRow]:
    for index, election in enumerate(record.elections):
        yield ElectionRow(article_id=record.id, election_index=index, kind=election.kind, date=election.date,
                          region=election.region, mentions=election.mentions, **first_mention(election.mentions))


FLAT_TABLES: dict[str, tuple[type[Row], Callable[[Article], Iterable[Row]]]] = {
    "officials": (OfficialRow, official_rows),
    "roles": (RoleRow, role_rows),
    "institutions": (InstitutionRow, institution_rows),
    "quotes": (QuoteRow, quote_rows),
    "events": (EventRow, event_rows),
    "dates": (DateRow, date_rows),
    "elections": (ElectionRow, election_rows),
}


def table_rows(name: str, records: Iterable[Article]) -> list[dict]:
    """Rows of one flat table (``FLAT_TABLES``) as plain dicts, in record order."""
    _, rows_of = FLAT_TABLES[name]
    return [row.model_dump() for record in records for row in rows_of(record)]


def flat_rows(records: Iterable[Article]) -> dict[str, list[dict]]:
    """Every flat table: ``{"officials": [...], "roles": [...], …}``, rows as plain dicts."""
    records = list(records)
    return {name: table_rows(name, records) for name in FLAT_TABLES}


def table_features(name: str):
    """Explicit ``datasets.Features`` of a flat table."""
    from ..output import model_features

    return model_features(FLAT_TABLES[name][0])
