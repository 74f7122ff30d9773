"""Event records from a Doc (component ``netralitas_events``).

One regex pass over ``doc.text`` (and the headline) finds trigger words from
``lang/id/event_triggers.tsv``; each hit votes for its event type with its weight,
scaled by where it sits (headline and lead count most), and the best type is the
article's main event.  Hits inside an institution's name (`Badan Musyawarah …`) do not count.
Its parts are read around the anchoring hit (cue words in ``lang/id/event_cues.tsv``):

* ``name``: the capitalised run that starts at the trigger (`Sosialisasi Netralitas
  Aparatur Sipil Negara (ASN)`, `Putusan Nomor 135/PUU-XXII/2024`), else the same run in the
  headline, else a lower-case event noun with its complement (`pencairan anggaran …`);
* ``date``: one a happening verb ties to the event noun in its clause (`rekapitulasi … berlangsung
  pada 9-20 Desember 2020`); else the first weekday-marked date of the clause, else of the opening
  paragraphs (`kata X, Jumat (5/6/2020)`), else the clause's first date, else the lead's;
* ``venue``: ``di <venue>`` (`di Ruang Ratona, Kantor Wali Kota Palopo`, `di Nusa Dua Convention
  Center`, `di gedung DPRD Pekanbaru`) in the clause, else in the opening paragraphs;
* ``place``: the region the venue names, else the dateline's, through the gazetteer;
* ``organizer``: the subject of ``menggelar``/``mengadakan`` …; else, from ``doc._.institutions``,
  the agent of `digelar oleh …`, the institution right after the event noun (`Rakernas ke-3 PAN`),
  or the one opening the lead (`Mahkamah Konstitusi (MK) menolak …`); else the headline's ``Gelar``;
* ``theme``: ``mengusung tema “…”`` / ``bertema …``;
* ``participants``: the article's officials, then the ``dihadiri oleh …`` list.

Further events are the other types that a capitalised gathering noun in the text names, outside
quotes and not inside a longer proper name; they use only their own clause for date and venue.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..annotate.cues import TriggerHit, doc_triggers, trigger_hits
from ..annotate.structure import TextLayout, layout
from ..components import ExtractionComponent, doc_text
from ..gazetteer import canonical_region
from ..lang import alternation, load_table
from ..lang.calendar import weekday_numbers
from ..records import DateMention, Event, Span
from ..lang.morphology import VERB_SHAPED, verb_shaped_nouns, verb_shaped_word

TITLE_FACTOR = 2.0
# Lead paragraphs carry the news; later ones mostly quotes and background.
PARAGRAPH_FACTORS = (1.0, 0.6, 0.3)
LATE_FACTOR = 0.08
LEAD_PARAGRAPHS = 2
# The attribution sentence that dates the event (`kata X, Selasa (20/2)`) sits within the first paragraphs.
REPORT_PARAGRAPHS = 4
REPORT_CHARS = 1500
SUPPORT_SHARE = 0.1
CLAUSE_SENTENCES = 3
# Words after a lower-case event noun that may make up the event's name.
NAME_WORDS = 6
# Characters between an event noun and the institution that hosts it (`rekapitulasi penghitungan suara dari KPU`).
ORGANIZER_GAP = 30


# ---------------------------------------------------------------- language data

@lru_cache(maxsize=1)
def cues() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for kind, value in load_table("event_cues.tsv"):
        found.setdefault(kind, []).append(value)
    return {kind: tuple(values) for kind, values in found.items()}


@lru_cache(maxsize=1)
def patterns() -> dict[str, regex.Pattern]:
    cue = cues()
    cap_word = r"(?:[A-Z][\w'’.-]*|\([A-Z][\w-]*\)|ke-\d+)"
    connector = r"(?:dan|&|ke-\d+)"
    # `Putusan Nomor 135/PUU-XXII/2024`: a number belongs to a name after Nomor/No./Tahun.
    numbered = r"(?<=\b(?:Nomor|No\.?|Tahun)\s)\d[\w/.-]*\w"
    stops = alternation(cue["name_stop"])
    name_word = rf"(?!(?:{stops})\b){cap_word}"
    venue_head = alternation(cue["venue_head"])
    weekday = alternation(weekday_numbers())
    # Within one line, and a word's final dot ends the venue (`… DPRD Pekanbaru. Kesepakatan …`).
    venue_word = rf"(?!(?i:{weekday})\b){cap_word}(?<!\.)"
    venue_tail = rf"(?:[^\S\n]+(?:{venue_word}|{connector}(?=\s+[A-Z])|\d+))*"
    # `Gedung Kesenian`; a head inside a proper name (`Nusa Dua Convention Center`, `Grand Ballroom Hotel …`);
    # a lower-case head before a proper name (`kantor DPRD Pekanbaru`, `ruang rapat Balai Kota`).
    venue_segment = (rf"(?:(?:{venue_word}\s+){{0,3}}(?:{venue_head})\b{venue_tail}"
                     rf"|(?i:{venue_head})(?:\s+[a-z]+)?(?=\s+[A-Z]){venue_tail})")
    return {
        # A capitalised run: the event's proper name.
        "name": regex.compile(rf"{name_word}(?:[^\S\n]+(?:{name_word}|{numbered}|{connector}(?=\s+[A-Z])))*"),
        # A lower-case event noun and its complement, up to a clause break: `pencairan dana hibah Pilkada 2020`.
        "noun_phrase": regex.compile(
            rf"[\w-]+(?:[^\S\n]+(?!(?i:{alternation(cue['phrase_stop'])})\b)(?!{VERB_SHAPED}(?![\p{{L}}]))"
            rf"(?:[\w/.-]*\w|\([A-Z][\w-]*\))){{0,{NAME_WORDS}}}", verb_shaped_nouns=verb_shaped_nouns()),
        "venue": regex.compile(rf"\b(?:{alternation(cue['venue_preposition'])})\s+(?P<venue>{venue_segment}(?:,\s+{venue_segment})*)"),
        "theme": regex.compile(
            rf"\b(?:{alternation(cue['theme_verb'])})\s+(?:tema\s+)?"
            r"(?:[“\"‘'](?P<quoted>[^”\"’'\n]{3,200})[”\"’']|(?P<bare>[A-Z][^,.\n]{3,120}))"),
        "attendees": regex.compile(rf"\b(?:{alternation(cue['attendance_verb'])})\s+(?:oleh\s+)?(?P<list>[^.\n]+)"),
        "list_split": regex.compile(r",\s*(?:serta\s+|dan\s+)?|\s+serta\s+"),
        "participant_lead": regex.compile(rf"^(?:{alternation(cue['participant_lead'])})\s+", regex.IGNORECASE),
        "organizer": regex.compile(rf"^\W*(?P<subject>.+?)\s+(?i:{alternation(cue['organizer_verb'])})\b"),
        "venue_head_before": regex.compile(rf"\b(?i:{venue_head})[^\S\n]+$"),
        "name_before": regex.compile(r"\b[A-Z][\w'’-]*[^\S\n]+$"),
        "acronym_aside": regex.compile(r"\s*\([^)]*\)"),
        # A happening verb right before a date: `berlangsung pada 9-20 Desember`, `digelar Selasa (20/5)`.
        "date_verb": regex.compile(
            rf"\b(?:{alternation(cue['date_verb'])})\s+(?:(?:pada|tanggal|sejak|mulai)\s+)*$", regex.IGNORECASE),
        "agent": regex.compile(rf"\b(?:{alternation(cue['organizer_passive'])})\s+oleh\s+", regex.IGNORECASE),
        # What may stand between an event noun and its host: words, but no clause break or a preposition
        # that makes the institution a partner, audience or topic.
        "organizer_gap_break": regex.compile(
            rf"[,.;:!?()“”\"]|\b(?:{alternation(cue['organizer_gap_break'])})(?=\s)", regex.IGNORECASE),
        "background": regex.compile(rf"\b(?:{alternation(cue['background_cue'])})\b", regex.IGNORECASE),
    }


# ---------------------------------------------------------------- triggers

def position_factor(hit: TriggerHit, layout: TextLayout) -> float:
    if hit.in_title:
        return TITLE_FACTOR
    index = layout.paragraph_index(hit.start)
    return PARAGRAPH_FACTORS[index] if index < len(PARAGRAPH_FACTORS) else LATE_FACTOR


def rank_types(hits: list[TriggerHit], layout: TextLayout) -> list[str]:
    """Event types by their strongest position-weighted hit, plus a little for repetition.

    The strongest hit decides (one `deklarasi` in the lead beats several loose
    `dukungan`/`calon` words); SUPPORT_SHARE of the summed votes breaks near-ties.
    """
    best: dict[str, float] = {}
    total: dict[str, float] = {}
    for hit in hits:
        vote = hit.weight * position_factor(hit, layout)
        best[hit.type] = max(best.get(hit.type, 0.0), vote)
        total[hit.type] = total.get(hit.type, 0.0) + vote
    return sorted(best, key=lambda event_type: -(best[event_type] + SUPPORT_SHARE * total[event_type]))


# ---------------------------------------------------------------- event parts

def clause_window(layout: TextLayout, anchor: int) -> tuple[int, int]:
    """From the sentence before the anchor's (same paragraph) through CLAUSE_SENTENCES sentences from it.

    The lead names the gathering in one sentence and gives venue, date and attendees in the next
    ones, often the next paragraph (`… acara Sosialisasi … . Kegiatan ini berlangsung di Ruang Ratona …`).
    """
    paragraph_begin, _ = layout.paragraph_bounds(anchor)
    own = layout.sentence_start(anchor)
    begin = max(layout.sentence_start(own - 1), paragraph_begin) if own > paragraph_begin else paragraph_begin
    return begin, layout.sentence_end(anchor, following=CLAUSE_SENTENCES - 1)


def lead_end(layout: TextLayout) -> int:
    starts = layout.paragraph_starts
    return starts[LEAD_PARAGRAPHS] if len(starts) > LEAD_PARAGRAPHS else len(layout.text)


def report_end(layout: TextLayout) -> int:
    """End of the opening paragraphs whose weekday dates report the event (at most REPORT_CHARS)."""
    starts = layout.paragraph_starts
    end = starts[REPORT_PARAGRAPHS] if len(starts) > REPORT_PARAGRAPHS else len(layout.text)
    return min(end, REPORT_CHARS)


def event_date(dates: list[DateMention], layout: TextLayout, anchor: Optional[int], lead_stop: int,
               report_stop: int, type_hits: list[TriggerHit], main: bool = True) -> Optional[DateMention]:
    """The event's date: one that a happening verb ties to the event's noun (`rekapitulasi … berlangsung
    pada 9-20 Desember 2020`) in the anchor's clause; else a weekday-marked date of the anchor's clause, else of the opening
    paragraphs; else the clause's first date, else the lead's.

    News dates the reported happening as `Weekday (d/m)` (`…, Jumat (5/6/2020), dalam rapat …`), often in
    the attribution sentence a paragraph or two below the anchor; a bare `15 Juni` / `hingga 8 Desember`
    in the clause is more often a schedule (the next stage, the end of a closure) than the event.
    """
    usable = [date for date in dates if date.value and not in_background(layout, date)]
    window: list[DateMention] = []
    if anchor is not None:
        begin = layout.sentence_start(anchor)
        _, window_end = clause_window(layout, anchor)
        window = [date for date in usable if begin <= date.start < window_end]
    attached = next((date for date in window if attached_to_event(layout, date, type_hits)), None)
    if attached is not None:
        return attached
    report = [date for date in usable if date.start < report_stop]
    lead = [date for date in usable if date.start < lead_stop]
    # A secondary event's own clause dates it (`PSU pada 24 Mei 2025`), not the reporting weekday.
    for pool in (window, report) if main else ():
        marked = next((date for date in pool if has_weekday(date)), None)
        if marked is not None:
            return marked
    return next(iter(window + lead), None)


def attached_to_event(layout: TextLayout, date: DateMention, type_hits: list[TriggerHit]) -> bool:
    """`<event noun> … berlangsung/digelar [pada] <date>` within one sentence."""
    if patterns()["date_verb"].search(layout.text, max(0, date.start - 40), date.start) is None:
        return False
    begin = layout.sentence_start(date.start)
    return any(begin <= hit.start < date.start for hit in type_hits)


def has_weekday(date: DateMention) -> bool:
    """`Jumat (5/6/2020)`, `Kamis, 3 Oktober 2024`: the dates component keeps a leading weekday in the text."""
    return date.text[:1].isalpha()


def in_background(layout: TextLayout, date: DateMention) -> bool:
    """A date after `setelah …` / `sejak …` in its sentence dates something else, not this event.

    Only when the cue opens a phrase that the date closes with `pada` or no mark (`setelah perusakan …
    pada Rabu (3/3/2021)`); a date right after the cue (`sejak 16 hingga 19 Januari`) is the span itself,
    and a date after a comma (`… kabur setelah tembok ambruk, Rabu (14/6).`) dates the main clause.
    """
    text = layout.text
    cue = None
    for cue in patterns()["background"].finditer(text, layout.sentence_start(date.start), date.start):
        pass
    if cue is None or not text[cue.end():date.start].strip():
        return False
    return not text[:date.start].rstrip().endswith(",")


def event_name(text: str, anchor: Optional[TriggerHit], title: Optional[str]) -> Optional[str]:
    name_pattern = patterns()["name"]
    for source, hit in ((text, anchor), (title or "", None)):
        if hit is None:
            hit = _title_hit(source, anchor.type if anchor else None)
        if hit is None:
            continue
        match = name_pattern.match(source, hit.start)
        if match and match.end() > hit.end or match and source is title:
            return match.group().strip(" ,")
        if match and match.end() == hit.end:  # the bare noun (`Pencairan …`): its complement names it
            return noun_phrase_name(text, anchor) or match.group().strip(" ,")
    return noun_phrase_name(text, anchor)


def noun_phrase_name(text: str, anchor: Optional[TriggerHit]) -> Optional[str]:
    """A non-gathering event named by its noun (`pencairan dana hibah Pilkada 2020 …`, `putusan MK Nomor
    135/PUU-XII/2024`): the noun and its complement, capitalised.  A gathering noun (`rapat tiga pilar …`) or a
    nominalisation (`-an`) heads a name; verbs (`menolak`, `ditangkap`) and role nouns (`bakal calon`) do not."""
    if anchor is None:
        return None
    noun = text[anchor.start:anchor.end].split()[0].lower()
    if verb_shaped_word().fullmatch(noun) or patterns()["venue_head_before"].search(
            text, max(0, anchor.start - 20), anchor.start):
        return None  # a verb, or a room named after its use (`ruang rapat Balai Kota`)
    if anchor.type not in cues()["gathering_type"] and not noun.endswith(tuple(cues()["noun_suffix"])):
        return None
    match = patterns()["noun_phrase"].match(text, anchor.start)
    if not match or match.end() <= anchor.end:
        return None
    phrase = match.group().rstrip(".")
    return phrase[0].upper() + phrase[1:]


def _title_hit(title: str, event_type: Optional[str]) -> Optional[TriggerHit]:
    return next((hit for hit in trigger_hits(title, True) if hit.type == event_type), None)


def event_venue(layout: TextLayout, begin: int, end: int, report_stop: int = 0,
                reporting: Iterable[int] = ()) -> Optional[str]:
    """`di <venue>` in the event's clause, else (``report_stop`` > 0, main event) the first in the opening
    paragraphs whose sentence reports the event — holds one of the ``reporting`` offsets (a weekday date,
    a quote's speech verb, a trigger of the event's type): a statement made at the event is attributed
    there (`ujar Johnny di Kantor DPP Partai Nasdem, …, Jumat (5/1)`, `kata Prabowo di hadapan ribuan
    pendukung yang memadati Lapangan Merdeka Medan`), while `karantina di Wisma Atlet` is no venue.
    """
    match = patterns()["venue"].search(layout.text, begin, end)
    if match is None:
        sentences = {layout.sentence_start(offset) for offset in reporting if offset < report_stop}
        match = next((found for found in patterns()["venue"].finditer(layout.text, 0, report_stop)
                      if layout.sentence_start(found.start()) in sentences), None)
    return match.group("venue").rstrip(" ,.") if match else None


def reporting_offsets(doc: Doc, dates: list[DateMention], type_hits: list[TriggerHit]) -> list[int]:
    """Where a sentence shows it reports the event: weekday dates, quotes' speech verbs, type triggers."""
    cues = [quote.cue_span.start for quote in (doc._.quotes or []) if quote.cue_span is not None]
    return [date.start for date in dates if has_weekday(date)] + cues + [hit.start for hit in type_hits]


def event_place(venue: Optional[str], dateline) -> Optional[str]:
    for candidate in _place_candidates(venue):
        region = canonical_region(candidate)
        if region:
            return region
    if dateline is not None and dateline.place:
        return canonical_region(dateline.place)
    return None


def _place_candidates(venue: Optional[str]) -> list[str]:
    """Trailing word groups of the venue, longest first (`Kantor Wali Kota Palopo` → `Kota Palopo`, `Palopo`)."""
    if not venue:
        return []
    words = venue.replace(",", " ").split()
    return [" ".join(words[i:]) for i in range(max(0, len(words) - 3), len(words))]


def event_theme(text: str, begin: int, end: int) -> Optional[str]:
    match = patterns()["theme"].search(text, begin, end)
    if not match:
        return None
    return (match.group("quoted") or match.group("bare")).strip()


def clean_subject(subject: str) -> str:
    """`Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kota Prabumulih` without the acronym aside."""
    return patterns()["acronym_aside"].sub("", subject).strip(" ,–-")


def organizer_from(sentence: str) -> Optional[str]:
    match = patterns()["organizer"].search(sentence)
    if not match:
        return None
    subject = clean_subject(match.group("subject"))
    if not patterns()["name"].fullmatch(subject):
        return None  # not a proper-noun subject (`Mardiana menyoroti bahwa … akan menggelar`)
    region = canonical_region(subject)
    return f"{cues()['government'][0]} {region}" if region else subject


def event_organizers(doc: Doc, layout: TextLayout, anchor: Optional[TriggerHit], body_start: int, title: Optional[str],
                     window: tuple[int, int], main: bool = True) -> list[str]:
    """Who held the event, first found of:

    * the proper-noun subject of ``menggelar``/``mengadakan`` … before the anchor (`Kesbangpol … mengadakan`);
    * an institution as agent, `digelar oleh <institution>`, in the event's clause;
    * an institution naming the event right after its noun (`Rapat Pleno diperluas DPD Golkar Purwakarta`,
      `Rakernas ke-3 PAN`, `rekapitulasi penghitungan suara dari KPU`), unless the noun takes its object
      there (`Pelantikan DPD …` swears the DPD in);
    * main event only: the institution that opens the anchor's sentence or the article's first sentence
      (`Kementerian Dalam Negeri meminta …`, `Partai Nasdem akhirnya resmi memberikan dukungan …`);
    * the subject of the headline's `Gelar` (main event only).
    """
    text = layout.text
    if anchor is not None:
        organizer = organizer_from(text[max(layout.sentence_start(anchor.start), body_start):anchor.start])
        if organizer:
            return [organizer]
    spans = institution_spans(doc)
    found = agent_institution(text, spans, *window)
    if found is None and anchor is not None and anchor.type not in cues()["object_event_type"]:
        found = institution_after(text, spans, anchor)
    if found is None and main:
        openings = ([layout.sentence_start(anchor.start)] if anchor is not None else []) + [body_start]
        found = next((name for opening in openings if (name := institution_opening(text, spans, opening))), None)
    if found is not None:
        return [found]
    organizer = organizer_from(title or "") if main else None
    return [organizer] if organizer else []


def institution_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, name) of every institution mention, in text order."""
    return sorted((mention.start, mention.end, institution.name)
                  for institution in (doc._.institutions or []) for mention in institution.mentions)


def institution_starting(spans: list[tuple[int, int, str]], begin: int, end: int) -> Optional[str]:
    return next((name for start, _, name in spans if begin <= start <= end), None)


def agent_institution(text: str, spans: list[tuple[int, int, str]], begin: int, end: int) -> Optional[str]:
    for match in patterns()["agent"].finditer(text, begin, end):
        name = institution_starting(spans, match.end(), match.end())
        if name:
            return name
    return None


def institution_after(text: str, spans: list[tuple[int, int, str]], anchor: TriggerHit) -> Optional[str]:
    """An institution within a few words after the event noun, with no clause break or role preposition
    between (`rapat koordinasi dengan Bawaslu`: Bawaslu is a partner, not the host)."""
    for start, _, name in spans:
        if anchor.end <= start <= anchor.end + ORGANIZER_GAP:
            gap = text[anchor.end:start]
            if not patterns()["organizer_gap_break"].search(gap):
                return name
            return None
    return None


def institution_opening(text: str, spans: list[tuple[int, int, str]], opening: int) -> Optional[str]:
    """The institution that opens the sentence at ``opening``: its mention starts there, or it is the
    `(acronym)` after its own name there (`Mahkamah Konstitusi (MK) menolak …`).  A role phrase
    (`Anggota Komisi II DPR …`, `Kepala Polri …`) opens with a person, not an institution."""
    begin = opening + len(text[opening:]) - len(text[opening:].lstrip(" \t\n\"“”'‘’–—-,"))
    run = patterns()["name"].match(text, begin)
    for start, _, name in spans:
        if start == begin:
            return name
        if begin < start <= (run.end() if run else begin) and text[start - 1] == "(":
            return name if text.startswith(name.split()[0], begin) else None
    return None


def attendees(text: str, begin: int, end: int) -> list[str]:
    found = []
    for match in patterns()["attendees"].finditer(text, begin, end):
        for item in patterns()["list_split"].split(match.group("list")):
            item = patterns()["participant_lead"].sub("", item.strip()).strip()
            if item and item not in found:
                found.append(item)
    return found


def event_participants(doc: Doc, text: str, begin: int, end: int, main: bool = True) -> list[str]:
    """Attendees listed in the event clause; the article's officials take part in the main event only."""
    names = [official.name for official in (doc._.officials or [])] if main else []
    return list(dict.fromkeys(names + attendees(text, begin, end)))


# ---------------------------------------------------------------- assembly

def article_dates(doc: Doc) -> list[DateMention]:
    """The dates component's output, in text order."""
    return sorted(doc._.dates or [], key=lambda date: date.start)


def build_event(doc: Doc, layout: TextLayout, event_type: str, anchor: Optional[TriggerHit],
                dates: list[DateMention], hits: list[TriggerHit], main: bool = True) -> Event:
    """The event anchored at ``anchor``; only the main event may borrow the headline's organiser."""
    text = layout.text
    lead_stop = lead_end(layout)
    begin, end = clause_window(layout, anchor.start) if anchor else (0, lead_stop)
    report_stop = report_end(layout) if main else 0
    type_hits = [hit for hit in hits if hit.type == event_type]
    date = event_date(dates, layout, anchor.start if anchor else None, lead_stop, report_stop, type_hits, main)
    venue = event_venue(layout, begin, end, report_stop, reporting_offsets(doc, dates, type_hits) if main else ())
    return Event(
        type=event_type,
        name=event_name(text, anchor, doc._.title),
        date=date.value if date else None,
        date_text=date.text if date else None,
        venue=venue,
        place=event_place(venue, doc._.dateline),
        organizer=event_organizers(doc, layout, anchor, doc._.body_start, doc._.title, (begin, end), main),
        theme=event_theme(text, begin, end),
        participants=event_participants(doc, text, begin, end, main),
        trigger=Span(start=anchor.start, end=anchor.end, text=text[anchor.start:anchor.end]) if anchor else None,
    )


def outside(hits: list[TriggerHit], spans: list[tuple]) -> list[TriggerHit]:
    """Hits not inside any (start, end, …) span: a trigger word in an institution's name (`Badan
    Musyawarah …`) names no event, and one in a quoted remark (`"Demo sudah berhasil …"`) reports none."""
    return [hit for hit in hits if not any(span[0] <= hit.start < span[1] for span in spans)]


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
    text = doc_text(doc)
    text_layout = layout(doc)
    text_hits = outside(doc_triggers(doc), institution_spans(doc))
    ranked = rank_types(text_hits + trigger_hits(doc._.title or "", in_title=True), text_layout)
    if not ranked:
        return []
    dates = article_dates(doc)
    main_type = ranked[0]
    anchor = next((hit for hit in text_hits if hit.type == main_type), None)
    events = [build_event(doc, text_layout, main_type, anchor, dates, text_hits)]
    quoted = [(quote.start, quote.end, None) for quote in (doc._.quotes or []) if quote.direct]
    capitalised = [hit for hit in outside(text_hits, quoted)
                   if text[hit.start].isupper() and not inside_proper_name(text, hit.start)]
    for hit in secondary_anchors(capitalised, main_type):
        events.append(build_event(doc, text_layout, hit.type, hit, dates, text_hits, main=False))
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
