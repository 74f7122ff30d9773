"""Event records from a Doc (component ``netralitas_events``).

The main event comes first: the type whose triggers best report what the article tells happened
(``salience``: triggers in the headline, the lead sentences, sentences that report a happening, the gathering
a statement was made at; none inside quotes, role titles or institution names).  An article that only
carries statements has a main event of type ``lainnya``, dated and placed where the statement was made.
Its parts are read around the anchoring trigger (``parts``, cue words in ``lang/id/event_cues.tsv``):

* ``name``: the capitalised run that starts at the trigger (`Sosialisasi Netralitas
  Aparatur Sipil Negara (ASN)`, `Putusan Nomor 135/PUU-XXII/2024`), else the same run in the
  headline, else a lower-case event noun with its complement (`pencairan anggaran …`);
* ``date`` (``dating``): one a happening verb ties to the event in its clause (`rekapitulasi … berlangsung
  pada 9-20 Desember 2020`); else a weekday-marked or relative date of the event's sentence; else the first
  weekday-marked date of the clause, else of the opening sentences (`kata X, Jumat (5/6/2020)`), those that
  report a happening first; else the clause's first date, else the lead's;
* ``venue``: ``di <venue>`` (`di Ruang Ratona, Kantor Wali Kota Palopo`, `di Nusa Dua Convention
  Center`, `di gedung DPRD Pekanbaru`, `di salah satu hotel`) in the clause, else in the opening sentences;
* ``place``: the region the venue names, else the region the event's sentences name, else the
  article's region (``doc._.article_region``), through the gazetteer;
* ``organizer``: the subject of ``menggelar``/``mengadakan`` …; else, from ``doc._.institutions``,
  the agent of `digelar oleh …`, the institution right after the event noun (`Rakernas ke-3 PAN`),
  or the one opening the lead (`Mahkamah Konstitusi (MK) menolak …`); else the headline's ``Gelar``;
* ``theme``: ``mengusung tema “…”`` / ``bertema …``;
* ``participants``: the article's officials, then the ``dihadiri oleh …`` list.

Further events are the other types that a capitalised gathering noun in the text names, outside
quotes and not inside a longer proper name; they use only their own clause for date and venue.
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ...annotate.cues import TriggerHit
from ...annotate.structure import TextLayout, layout
from ...components import ExtractionComponent
from ...records import DateMention, Event, Span
from .dating import article_dates, clause_window, event_date, in_background, lead_end, report_end
from .lexicon import cues, patterns
from .parts import (attendees, clean_subject, event_name, event_organizers, event_participants, event_place,
                    event_theme, event_venue, organizer_from, reporting_offsets, venue_match, venue_text)
from .salience import anchor_of, counted_hits, rank_types, votes

__all__ = ["extract_events", "attendees", "clean_subject", "cues", "event_venue", "in_background", "organizer_from",
           "patterns", "rank_types"]

MAIN_DEFAULT = "lainnya"


def build_event(doc: Doc, layout: TextLayout, event_type: str, anchor: Optional[TriggerHit],
                dates: list[DateMention], hits: list[TriggerHit], main: bool = True) -> Event:
    """The event anchored at ``anchor``; only the main event may borrow the headline's organiser."""
    text = layout.text
    body_start = doc._.body_start
    lead_stop = lead_end(layout, body_start)
    begin, end = clause_window(layout, anchor.start) if anchor else (body_start, lead_stop)
    report_stop = report_end(layout, body_start) if main else 0
    type_hits = [hit for hit in hits if hit.type == event_type]
    relative = [date for date in doc._.relative_dates or [] if date.value]
    date = event_date(dates, relative, layout, anchor.start if anchor else None, lead_stop, report_stop, hits,
                      event_type, main)
    venue = venue_match(layout, begin, end, report_stop, reporting_offsets(doc, dates, type_hits) if main else ())
    return Event(
        type=event_type,
        name=event_name(text, anchor, doc._.title),
        date=date.value if date else None,
        date_text=date.text if date else None,
        venue=venue_text(venue),
        place=event_place(doc, venue, (begin, end)),
        organizer=event_organizers(doc, layout, anchor, body_start, doc._.title, (begin, end), main),
        theme=event_theme(text, begin, end),
        participants=event_participants(doc, text, begin, end, main),
        trigger=Span(start=anchor.start, end=anchor.end, text=text[anchor.start:anchor.end]) if anchor else None,
    )


def inside_proper_name(text: str, offset: int) -> bool:
    """A capitalised word right before, in the same clause: the trigger is part of a longer name
    (`Tempat Pemeriksaan Fisik Terpadu`, `Badan Musyawarah Masyarakat`), not an event's."""
    return patterns()["name_before"].search(text, max(0, offset - 40), offset) is not None


def secondary_anchors(hits: list[TriggerHit], main_type: str) -> list[TriggerHit]:
    """First capitalised hit of each other type: a named gathering (`Pemungutan Suara Ulang (PSU)`)."""
    seen, anchors = {main_type}, []
    for hit in hits:
        if hit.type not in seen and not hit.in_title and hit.weight >= 2:
            seen.add(hit.type)
            anchors.append(hit)
    return anchors


def extract_events(doc: Doc) -> list[Event]:
    """The main event (``lainnya`` when the article reports none of a type), then the other named gatherings."""
    text_layout = layout(doc)
    text = text_layout.text
    hits = counted_hits(doc)
    found = votes(doc, text_layout, hits)
    ranked = rank_types(found)
    main_type = ranked[0] if ranked else MAIN_DEFAULT
    dates = article_dates(doc)
    events = [build_event(doc, text_layout, main_type, anchor_of(found, main_type), dates, hits)]
    capitalised = [hit for hit in hits if text[hit.start].isupper() and not inside_proper_name(text, hit.start)]
    for hit in secondary_anchors(capitalised, main_type):
        events.append(build_event(doc, text_layout, hit.type, hit, dates, hits, main=False))
    return with_actor_ids(doc, events)


def actor_ids(doc: Doc) -> dict[str, str]:
    """Name (and every surface form of an institution) → id of the official or institution."""
    ids: dict[str, str] = {}
    for institution in doc._.institutions or []:
        for form in (institution.name, *institution.surface):
            ids.setdefault(form, institution.id)
    for official in doc._.officials or []:
        ids.setdefault(official.name, official.id)
    return ids


def with_actor_ids(doc: Doc, events: list[Event]) -> list[Event]:
    """Organizers and participants that are the article's officials or institutions, linked by id."""
    ids = actor_ids(doc)
    for event in events:
        event.organizer_ids = list(dict.fromkeys(ids[name] for name in event.organizer if name in ids))
        event.participant_ids = list(dict.fromkeys(ids[name] for name in event.participants if name in ids))
    return events


@Language.factory("netralitas_events", assigns=["doc._.events"], requires=["span._.trigger", "doc._.dates", "doc._.quotes", "doc._.institutions", "doc._.officials"])
def make_events_component(nlp: Language, name: str) -> ExtractionComponent:
    return ExtractionComponent("events", extract_events)
