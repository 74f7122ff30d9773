"""The parts of an event record read around its anchoring trigger: name, venue, place, organizer, theme,
participants (cue words in ``lang/id/event_cues.tsv``)."""

from __future__ import annotations

from typing import Iterable, Optional

import regex
from spacy.tokens import Doc

from ...annotate.cues import TriggerHit, trigger_hits
from ...annotate.places import doc_places
from ...annotate.structure import TextLayout
from ...gazetteer import canonical_region
from ...lang.morphology import verb_shaped_word
from ...records import DateMention
from .dating import has_weekday
from .lexicon import cues, patterns

# Characters between an event noun and the institution that hosts it (`rekapitulasi penghitungan suara dari KPU`).
ORGANIZER_GAP = 30
# Characters between a venue and the region written after it (`Kantor BKN, Jakarta Timur`).
PLACE_GAP = 3


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


def venue_match(layout: TextLayout, begin: int, end: int, report_stop: int = 0,
                reporting: Iterable[int] = ()) -> Optional[regex.Match]:
    """`di <venue>` in the event's clause, else (``report_stop`` > 0, main event) the first in the opening
    sentences whose sentence reports the event — holds one of the ``reporting`` offsets (a weekday date,
    a quote's speech verb, a trigger of the event's type): a statement made at the event is attributed
    there (`ujar Johnny di Kantor DPP Partai Nasdem, …, Jumat (5/1)`, `kata Prabowo di hadapan ribuan
    pendukung yang memadati Lapangan Merdeka Medan`), while `karantina di Wisma Atlet` is no venue.
    """
    text = layout.text
    match = next((found for found in patterns()["venue"].finditer(text, begin, end) if not in_work_title(text, found)),
                 None)
    if match is None:
        sentences = {layout.sentence_start(offset) for offset in reporting if offset < report_stop}
        match = next((found for found in patterns()["venue"].finditer(text, 0, report_stop)
                      if layout.sentence_start(found.start()) in sentences and not in_work_title(text, found)), None)
    return match


def in_work_title(text: str, match: regex.Match) -> bool:
    """`penulis buku Dua Relief di Gedung Sarinah`: the place is in a work's title, not where anything happened."""
    return patterns()["work_title"].search(text, max(0, match.start() - 50), match.start()) is not None


def venue_text(match: Optional[regex.Match]) -> Optional[str]:
    return match.group("venue").rstrip(" ,.") if match else None


def event_venue(layout: TextLayout, begin: int, end: int, report_stop: int = 0,
                reporting: Iterable[int] = ()) -> Optional[str]:
    """The venue as written (``venue_match``)."""
    return venue_text(venue_match(layout, begin, end, report_stop, reporting))


def reporting_offsets(doc: Doc, dates: list[DateMention], type_hits: list[TriggerHit]) -> list[int]:
    """Where a sentence shows it reports the event: weekday dates, quotes' speech verbs, type triggers."""
    cues = [quote.cue_span.start for quote in (doc._.quotes or []) if quote.cue_span is not None]
    return [date.start for date in dates if has_weekday(date)] + cues + [hit.start for hit in type_hits]


def event_place(doc: Doc, venue: Optional[regex.Match], window: tuple[int, int]) -> Optional[str]:
    """The event's region, first found of: the region its venue names (`Kantor Wali Kota Palopo`), the one
    written right after the venue (`di Kantor BKN, Jakarta Timur`), the first its sentences name, the
    article's region (``doc._.article_region``: the dateline's, else the lead's).  The dateline names where
    the outlet wrote from, which is often not where the event was (`KEEROM, KOMPAS — Distribusi logistik
    … di Kabupaten Yahukimo`)."""
    for candidate in _place_candidates(venue_text(venue)):
        region = canonical_region(candidate)
        if region:
            return region
    places = doc_places(doc)
    if venue is not None:
        after = next((place for place in places if venue.end() <= place.start <= venue.end() + PLACE_GAP), None)
        if after is not None:
            return after.region
    begin, end = window
    named = next((place for place in places if begin <= place.start < end), None)
    return named.region if named is not None else doc._.article_region


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
        return None  # not a proper-noun subject (`Sari menyoroti bahwa … akan menggelar`)
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
