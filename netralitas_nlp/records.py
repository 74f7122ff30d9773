"""Typed records of the extraction contract (``../shared/spec/EXTRACTION.md``).

Field names are exactly the contract's; extra fields (offsets, evidence,
precision, warning_type, …) are additions the contract allows.  Every record is
a pydantic model, so ``Article.model_validate_json(a.model_dump_json())``
round-trips and ``Article.model_json_schema()`` is the published JSON Schema.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal[
    "sosialisasi", "rapat", "apel", "deklarasi", "pelantikan", "kampanye", "debat",
    "pemungutan_suara", "rekapitulasi", "pencalonan", "pengawasan",
    "penanganan_pelanggaran", "penegakan_hukum", "unjuk_rasa", "kebijakan", "lainnya",
]
ElectionKind = Literal["Pemilu", "Pilkada", "Pilgub", "Pilbup", "Pilwalkot", "PSU", "Pilkades", "lainnya"]
Acting = Literal["penjabat", "pelaksana tugas", "pelaksana harian"]
Theme = Literal[
    "netralitas_asn", "politik_uang", "kampanye", "masa_tenang", "pemungutan_suara",
    "pengawasan_pemilu", "sanksi_hukum", "media_sosial", "hoaks_sara", "keamanan",
    "integritas_pemilu", "pencalonan", "anggaran_pemilu", "logistik_pemilu",
    "pelayanan_publik", "korupsi", "kesehatan",
]
WarningType = Literal["larangan", "sanksi", "hukum", "imbauan"]
DatePrecision = Literal["day", "month", "year"]

THEMES: tuple[str, ...] = Theme.__args__  # type: ignore[attr-defined]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
ELECTION_KINDS: tuple[str, ...] = ElectionKind.__args__  # type: ignore[attr-defined]


class Record(BaseModel):
    """Base: strict field names, stable JSON."""

    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(Record):
    """A stretch of the article's ``text``: ``text[start:end] == span.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


Mention = Span


class Dateline(Record):
    place: Optional[str] = None
    outlet: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None


class Role(Record):
    """An office a person holds; ``start``/``end`` are the offsets of the role as written (``text[start:end]``),
    null for a role no phrase names (a running mate's, read off the ticket)."""

    title: str
    position: Optional[str] = None
    acting: Optional[Acting] = None
    jurisdiction: Optional[str] = None
    organization: Optional[str] = None
    former: bool = False
    start: Optional[int] = None
    end: Optional[int] = None


class Official(Record):
    id: Optional[str] = Field(default=None, description="stable within the article: O1, O2, … in order of the first mention (set by the extractor; contract JSON without ids still validates)")
    name: str
    honorifics: list[str] = Field(default_factory=list)
    degrees: list[str] = Field(default_factory=list)
    ranks: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Institution(Record):
    id: Optional[str] = Field(default=None, description="stable within the article: I1, I2, … in order of the first mention (set by the extractor)")
    name: str
    acronym: Optional[str] = None
    jurisdiction: Optional[str] = None
    surface: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class DateMention(Record):
    text: str
    value: Optional[str] = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    precision: Optional[DatePrecision] = None
    end_value: Optional[str] = None
    weekday_mismatch: bool = False


class Event(Record):
    type: EventType
    name: Optional[str] = None
    date: Optional[str] = None
    date_text: Optional[str] = None
    venue: Optional[str] = None
    place: Optional[str] = None
    organizer: list[str] = Field(default_factory=list)
    theme: Optional[str] = None
    participants: list[str] = Field(default_factory=list)
    organizer_ids: list[str] = Field(default_factory=list, description="ids of the organizers that are officials or institutions")
    participant_ids: list[str] = Field(default_factory=list, description="ids of the participants that are officials or institutions")
    trigger: Optional[Span] = None


class Election(Record):
    kind: ElectionKind
    date: Optional[str] = None
    region: Optional[str] = None
    mentions: list[Span] = Field(default_factory=list)


class Quote(Record):
    text: str
    speaker: Optional[str] = None
    speaker_id: Optional[str] = Field(default=None, description="id of the official who speaks, when the speaker is one")
    cue: Optional[str] = None
    direct: bool = True
    is_warning: bool = False
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    warning_type: Optional[WarningType] = None
    cue_span: Optional[Span] = None
    speaker_span: Optional[Span] = None


class ThemeEvidence(Record):
    label: Theme
    paragraph: int
    score: float
    cues: list[str] = Field(default_factory=list)


class ArticleError(Record):
    type: str
    message: str


class Article(Record):
    id: str
    title: Optional[str] = None
    dateline: Optional[Dateline] = None
    published: Optional[str] = None
    text: str
    url: Optional[str] = None
    source: Optional[str] = None
    license: Optional[str] = None  # as the input declares it (provenance for releases)
    officials: list[Official] = Field(default_factory=list)
    institutions: list[Institution] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    elections: list[Election] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    themes: list[Theme] = Field(default_factory=list)
    theme_evidence: list[ThemeEvidence] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def iter_spans(self):
        """Every span this record carries, for offset checks."""
        for official in self.officials:
            yield from official.mentions
        for institution in self.institutions:
            yield from institution.mentions
        for election in self.elections:
            yield from election.mentions
        for date in self.dates:
            yield date
        for quote in self.quotes:
            yield quote
            if quote.cue_span:
                yield quote.cue_span
            if quote.speaker_span:
                yield quote.speaker_span
        for event in self.events:
            if event.trigger:
                yield event.trigger


def json_schema() -> dict:
    """The JSON Schema of one output record (``netralitas schema``)."""
    schema = Article.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://github.com/netralitas-nlp/netralitas_nlp/schema/article.json"
    return schema
