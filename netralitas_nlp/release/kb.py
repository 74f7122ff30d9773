"""The ``kb`` view: a record in the SEACrowd knowledge-base schema.

SEACrowd (``seacrowd/utils/schemas/kb.py``, after BigBio) writes a document as passages,
text-bound entities, events with a trigger and arguments, coreference clusters and relations, all
with character offsets.  Here every offset is into the article's ``text``:

* passages: the non-empty lines (paragraphs) of ``text``, ids ``<article>-P<line>`` (the line number
  is the ``paragraph`` of ``theme_evidence``);
* entities: ``PER`` (officials' mentions and speakers), ``ORG`` (institutions), ``ROLE`` (role phrases),
  ``DATE``, ``ELECTION``, ``FAC`` (an event's venue) and ``LOC`` (its place) where the text writes them,
  ``QUOTE`` (a statement); ``normalized`` holds the resolved value (official's name, institution's
  name, ISO date, canonical position, election kind);
* events: the record's events (type of the contract, trigger, arguments ``organizer``,
  ``participant``, ``date``, ``venue``, ``place`` where they resolve to an entity) and one
  ``statement`` or ``warning`` event per quote (trigger: the cue; arguments ``speaker``, ``content``);
* coreferences: the mentions of one official (with the speakers resolved to them) or one institution;
* relations: ``has_role`` from an official's mention nearest to each of their role phrases.
"""

from __future__ import annotations

from typing import Optional

from ..annotate.structure import line_bounds
from ..records import Article, Span

ENTITY_TYPES = ("PER", "ORG", "ROLE", "DATE", "ELECTION", "FAC", "LOC", "QUOTE")
NAME_DB = "netralitas_nlp"


def kb_features():
    """The SEACrowd kb schema as ``datasets.Features``."""
    import datasets

    string = datasets.Value("string")
    offsets = datasets.Sequence([datasets.Value("int32")])
    normalized = datasets.Sequence({"db_name": string, "db_id": string})
    return datasets.Features({
        "id": string,
        "passages": [{"id": string, "type": string, "text": datasets.Sequence(string), "offsets": offsets}],
        "entities": [{"id": string, "type": string, "text": datasets.Sequence(string), "offsets": offsets,
                      "normalized": normalized}],
        "events": [{"id": string, "type": string,
                    "trigger": {"text": datasets.Sequence(string), "offsets": offsets},
                    "arguments": datasets.Sequence({"role": string, "ref_id": string})}],
        "coreferences": [{"id": string, "entity_ids": datasets.Sequence(string)}],
        "relations": [{"id": string, "type": string, "arg1_id": string, "arg2_id": string,
                       "normalized": normalized}],
    })


def distance(span: Span, start: int, end: int) -> int:
    """Characters between ``span`` and ``start:end`` (0 when they touch or overlap)."""
    return max(0, start - span.end, span.start - end)


def columns(items: list[tuple[str, str]], first: str, second: str) -> dict:
    """SEACrowd's ``Sequence`` of a dict is stored as a dict of lists."""
    return {first: [a for a, _ in items], second: [b for _, b in items]}


class KnowledgeBase:
    """Builds the kb row of one record; entities are shared by span, so a speaker who is also an
    official's mention is one entity."""

    def __init__(self, record: Article) -> None:
        self.record = record
        self.entities: list[dict] = []
        self.events: list[dict] = []
        self.relations: list[dict] = []
        self.by_span: dict[tuple[int, int], str] = {}
        self.by_id: dict[str, str] = {}  # official or institution id (O1, I1) → its first mention's entity
        self.clusters: dict[str, list[str]] = {}  # official or institution id → its mentions' entities

    def new_id(self, letter: str, number: int) -> str:
        return f"{self.record.id}-{letter}{number}"

    def entity(self, type_: str, start: int, end: int, normalized: Optional[tuple[str, str]] = None) -> str:
        key = (start, end)
        if key in self.by_span:
            return self.by_span[key]
        entity_id = self.new_id("T", len(self.entities))
        self.entities.append({"id": entity_id, "type": type_, "text": [self.record.text[start:end]],
                              "offsets": [[start, end]], "normalized": columns([normalized] if normalized else [],
                                                                               "db_name", "db_id")})
        self.by_span[key] = entity_id
        return entity_id

    def span_entity(self, type_: str, span: Span, normalized: Optional[tuple[str, str]] = None) -> str:
        return self.entity(type_, span.start, span.end, normalized)

    def passages(self) -> list[dict]:
        found = []
        for line, start, end in line_bounds(self.record.text):
            found.append({"id": self.new_id("P", line), "type": "paragraph",
                          "text": [self.record.text[start:end]], "offsets": [[start, end]]})
        return found

    def add_officials(self) -> None:
        for official in self.record.officials:
            mentions = [self.span_entity("PER", span, (f"{NAME_DB}.official", official.name))
                        for span in official.mentions]
            self.remember(official.id, mentions)
            for role in official.roles:
                if role.start is None or role.end is None or not official.mentions:
                    continue  # a role no phrase names (a running mate's, read off the ticket)
                position = (f"{NAME_DB}.position", role.position or role.title)
                role_id = self.entity("ROLE", role.start, role.end, position)
                nearest = min(official.mentions, key=lambda span: distance(span, role.start, role.end))
                self.relation("has_role", self.by_span[(nearest.start, nearest.end)], role_id)

    def remember(self, item_id: Optional[str], mentions: list[str]) -> None:
        if item_id and mentions:
            self.by_id[item_id] = mentions[0]
            self.clusters[item_id] = list(mentions)

    def add_institutions(self) -> None:
        for body in self.record.institutions:
            mentions = [self.span_entity("ORG", span, (f"{NAME_DB}.institution", body.name)) for span in body.mentions]
            self.remember(body.id, mentions)

    def add_dates(self) -> None:
        for date in self.record.dates:
            self.span_entity("DATE", date, ("ISO 8601", date.value) if date.value else None)

    def add_elections(self) -> None:
        for election in self.record.elections:
            for span in election.mentions:
                self.span_entity("ELECTION", span, (f"{NAME_DB}.election_kind", election.kind))

    def relation(self, type_: str, first: str, second: str) -> None:
        self.relations.append({"id": self.new_id("R", len(self.relations)), "type": type_, "arg1_id": first,
                               "arg2_id": second, "normalized": columns([], "db_name", "db_id")})

    def event(self, type_: str, trigger: Optional[Span], arguments: list[tuple[str, str]]) -> None:
        self.events.append({
            "id": self.new_id("E", len(self.events)), "type": type_,
            "trigger": {"text": [trigger.text] if trigger else [],
                        "offsets": [[trigger.start, trigger.end]] if trigger else []},
            "arguments": columns(arguments, "role", "ref_id"),
        })

    def written(self, type_: str, words: Optional[str]) -> Optional[str]:
        """An entity for ``words`` where the text writes them (first occurrence), else None."""
        start = self.record.text.find(words) if words else -1
        return self.entity(type_, start, start + len(words)) if start >= 0 else None

    def date_entity(self, date_text: Optional[str], value: Optional[str]) -> Optional[str]:
        for date in self.record.dates:
            if date_text and date.text == date_text:
                return self.by_span[(date.start, date.end)]
        for date in self.record.dates:
            if value and date.value == value:
                return self.by_span[(date.start, date.end)]
        return None

    def add_events(self) -> None:
        for event in self.record.events:
            arguments = [(role, self.by_id[item_id]) for role, ids in (("organizer", event.organizer_ids),
                                                                       ("participant", event.participant_ids))
                         for item_id in ids if item_id in self.by_id]
            for role, entity_id in (("date", self.date_entity(event.date_text, event.date)),
                                    ("venue", self.written("FAC", event.venue)),
                                    ("place", self.written("LOC", event.place))):
                if entity_id:
                    arguments.append((role, entity_id))
            self.event(event.type, event.trigger, arguments)

    def add_quotes(self) -> None:
        for quote in self.record.quotes:
            arguments = []
            if quote.speaker_span:
                normalized = (f"{NAME_DB}.official", quote.speaker) if quote.speaker else None
                speaker = self.span_entity("PER", quote.speaker_span, normalized)
                arguments.append(("speaker", speaker))
                cluster = self.clusters.get(quote.speaker_id or "")
                if cluster is not None and speaker not in cluster:
                    cluster.append(speaker)  # `ia`, `-nya`, a short name: one more mention of the official
            arguments.append(("content", self.span_entity("QUOTE", quote)))
            self.event("warning" if quote.is_warning else "statement", quote.cue_span, arguments)

    def coreferences(self) -> list[dict]:
        clusters = [list(dict.fromkeys(cluster)) for cluster in self.clusters.values()]
        return [{"id": self.new_id("C", number), "entity_ids": cluster}
                for number, cluster in enumerate(cluster for cluster in clusters if len(cluster) > 1)]

    def row(self) -> dict:
        passages = self.passages()
        self.add_officials()
        self.add_institutions()
        self.add_dates()
        self.add_elections()
        self.add_events()
        self.add_quotes()
        return {"id": self.record.id, "passages": passages, "entities": self.entities, "events": self.events,
                "coreferences": self.coreferences(), "relations": self.relations}


def kb_row(record: Article) -> dict:
    """The SEACrowd kb row of one record."""
    return KnowledgeBase(record).row()
