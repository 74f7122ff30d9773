"""When an event happened: the windows of text that tell it, and the event's date.

News dates a reported happening as `Weekday (d/m)` (`…, Jumat (5/6/2020), dalam rapat …`), often in the
attribution sentence a few sentences below the event's own; a bare `15 Juni` / `hingga 8 Desember` in the
clause is more often a schedule (the next stage, the end of a closure) than the event.  Windows are counted
in sentences, not paragraphs: Kompas and PFSA-ID texts have no line breaks.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...annotate.cues import TriggerHit
from ...annotate.structure import TextLayout
from ...records import DateMention
from .lexicon import patterns

# The sentences that name the gathering and give its venue, date and attendees.
CLAUSE_SENTENCES = 3
# The lead: the body's first sentences.
LEAD_SENTENCES = 3
# The opening sentences whose weekday dates and venues report the event (the first attribution is there).
REPORT_SENTENCES = 10
REPORT_CHARS = 2000


def first_body_sentence(layout: TextLayout, body_start: int) -> int:
    return layout.sentence_index(body_start)


def sentence_rank(layout: TextLayout, body_start: int, offset: int) -> int:
    """The number of the sentence that holds ``offset`` among the body's sentences (0: the lead sentence)."""
    return max(0, layout.sentence_index(offset) - first_body_sentence(layout, body_start))


def sentences_end(layout: TextLayout, body_start: int, count: int) -> int:
    """End of the body's ``count``-th sentence (the text's end when it has fewer)."""
    return layout.sentence_end(body_start, following=count - 1)


def lead_end(layout: TextLayout, body_start: int) -> int:
    return sentences_end(layout, body_start, LEAD_SENTENCES)


def report_end(layout: TextLayout, body_start: int) -> int:
    """End of the opening sentences whose weekday dates report the event (at most REPORT_CHARS)."""
    return min(sentences_end(layout, body_start, REPORT_SENTENCES), max(REPORT_CHARS, lead_end(layout, body_start)))


def clause_window(layout: TextLayout, anchor: int) -> tuple[int, int]:
    """From the sentence before the anchor's (same paragraph) through CLAUSE_SENTENCES sentences from it.

    The lead names the gathering in one sentence and gives venue, date and attendees in the next
    ones, often the next paragraph (`… acara Sosialisasi … . Kegiatan ini berlangsung di Ruang Ratona …`).
    """
    paragraph_begin, _ = layout.paragraph_bounds(anchor)
    own = layout.sentence_start(anchor)
    begin = max(layout.sentence_start(own - 1), paragraph_begin) if own > paragraph_begin else paragraph_begin
    return begin, layout.sentence_end(anchor, following=CLAUSE_SENTENCES - 1)


def event_date(dates: list[DateMention], relative: list[DateMention], layout: TextLayout, anchor: Optional[int],
               lead_stop: int, report_stop: int, hits: list[TriggerHit], event_type: str,
               main: bool = True) -> Optional[DateMention]:
    """The event's date, first found of:

    * a date a happening verb ties to the event in its clause (`rekapitulasi … berlangsung pada 9-20 Desember
      2020`, `beleid yang diteken 30 Juni 2025`);
    * a weekday-marked or relative date (`kemarin`, `tadi malam`, resolved against ``published``) in the
      event's own sentence: the explicit date there beats the weekday of an interview further down;
    * a weekday-marked date of the clause, then (main event) of the opening sentences, those in a sentence that
      reports a happening or names the event first (`acara yang digelar di Kantor BKN, Jumat (17/10)` beats
      `ujar X dalam keterangan tertulis, Sabtu (18/10)`);
    * (main event) a relative date of the clause or the opening sentences;
    * the clause's first date, else the lead's.

    Dates with an impossible year (`13/10/3025`) have no value and are never used.
    """
    type_hits = [hit for hit in hits if hit.type == event_type]
    other_hits = [hit for hit in hits if hit.type != event_type]
    usable = [date for date in dates if date.value and not in_background(layout, date)]
    window: list[DateMention] = []
    own: list[DateMention] = []
    if anchor is not None:
        begin = layout.sentence_start(anchor)
        _, window_end = clause_window(layout, anchor)
        window = [date for date in usable if begin <= date.start < window_end]
        own = [date for date in usable + relative if begin <= date.start < layout.sentence_end(anchor)]
    attached = next((date for date in window if attached_to_event(layout, date, type_hits, other_hits)), None)
    if attached is not None:
        return attached
    marked_own = next((date for date in sorted(own, key=lambda date: date.start)
                       if has_weekday(date) or date in relative), None)
    if marked_own is not None:
        return marked_own
    report = [date for date in usable if date.start < report_stop]
    lead = [date for date in usable if date.start < lead_stop]
    # A secondary event's own clause dates it (`PSU pada 24 Mei 2025`), not the reporting weekday.
    for pool in (window, report) if main else ():
        marked = [date for date in pool if has_weekday(date)]
        if marked:
            return min(marked, key=lambda date: (not reports_event(layout, date, type_hits), date.start))
    if main:
        told = [date for date in relative if date.start < max(report_stop, window[-1].end if window else 0)]
        if told:
            return told[0]
    return next(iter(window + lead), None)


def attached_to_event(layout: TextLayout, date: DateMention, type_hits: list[TriggerHit],
                      other_hits: list[TriggerHit]) -> bool:
    """`<event noun> … berlangsung/digelar [pada] <date>` within one sentence, or `Kegiatan yang berlangsung
    pada 8 hingga 10 November`, `beleid yang diteken 30 Juni 2025` in the event's clause: a happening verb
    dates the event unless its sentence names another event before the date."""
    verb = patterns()["date_verb"].search(layout.text, max(0, date.start - 40), date.start)
    if verb is None:
        return False
    begin = layout.sentence_start(date.start)
    if any(begin <= hit.start < date.start for hit in type_hits):
        return True
    # Without the event's noun, a schedule (`penetapan … akan dilaksanakan pada 14 Desember`) is no date of it.
    scheduled = patterns()["future"].search(layout.text, max(begin, verb.start() - 20), verb.start())
    return scheduled is None and not any(begin <= hit.start < date.start for hit in other_hits)


def reports_event(layout: TextLayout, date: DateMention, type_hits: list[TriggerHit]) -> bool:
    """The date's sentence reports a happening (`digelar`, `berlangsung`) or names the event: it dates the
    event, where an interview's or a press release's weekday dates only the statement."""
    begin, end = layout.sentence_start(date.start), layout.sentence_end(date.start)
    return (patterns()["happening"].search(layout.text, begin, end) is not None
            or any(begin <= hit.start < end for hit in type_hits))


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


def article_dates(doc: Doc) -> list[DateMention]:
    """The dates component's output, in text order."""
    return sorted(doc._.dates or [], key=lambda date: date.start)
