"""Election records from a Doc (component ``netralitas_elections``).

One precompiled pattern built from ``lang/id/election_kinds.tsv`` finds the
election names (``Pilkada``, ``Pemungutan Suara Ulang (PSU)``, ``Pilgub``,
``Pemilu 2024`` …).  For each hit:

* ``region``: the capitalised words right after the name, looked up in the
  region gazetteer (``Pilkada Prabumulih 2024`` → ``Kota Prabumulih``;
  ``Pilgub Jabar`` through ``region_aliases.tsv`` in the gazetteer).  A PSU without one is
  held where the article is from (dateline, else the headline's region).
* ``kind``: a located ``Pilkada`` becomes Pilbup/Pilwalkot/Pilgub when the
  article names that office's candidates (``election_refinements.tsv``).
* ``Komisi Pemilihan Umum``, ``Badan Pengawas Pemilu`` are bodies, not
  elections (``election_not_before.txt``).
* Other elections are ``lainnya``: of neighbourhood heads, campus, school and organisation chairs
  (``pemilihan ketua RT``, ``pemilihan Ketua OSIS``, ``pemilihan ketua dan wakil ketua MK``, in
  ``election_kinds.tsv``), and a national election named with a foreign country (``Pilpres AS 2024``,
  ``pemilihan umum Jerman``; ``countries.tsv``), whose region is that country; a bare generic ``pemilu``
  does not join an election abroad.
* ``date``: a date mention (``doc._.dates``) that follows within the same clause
  (``PSU pada 24 Mei 2025``, ``Pilkades yang digelar 3 Maret 2019``); else the nearest date after the name
  in its sentence (``pemilihan kepala daerah serentak di 101 daerah pada 15 Februari``), unless another
  election name, another event's trigger word (voting words excepted), a speech verb, a conjunction that
  opens another clause or a closing quote mark stands between, the date bounds a period (``sejak``,
  ``hingga``) or follows a comma as a weekday (``…, Rabu (8/7/2020)``: when the main verb happened), or lies
  before the body (the publication line).  The name takes no date when it is the complement of a stage, a
  group or a thing (``tahapan Pilkada 2020 pada 2 Agustus``) or when the date's year is not the name's.  The
  guard words are in ``election_date_guards.tsv``.
* A year (``Pemilu 2004``) tells elections of the same kind apart while
  matching, but is not a date.

Lower-case generic uses (``pidana pemilu``, ``penyelenggara pemilu``) are not
elections.  Mentions are then merged as the gold does: by (kind, date, region);
an unlocated mention joins the located election of its kind; a ``Pilkada`` in a
region (or in its province) joins the Pilgub/Pilbup/Pilwalkot of that region; a bare generic ``Pemilu``
(no year, region or date; ``election_generic.txt``) joins the article's first specific election, while a
named one (``Pemilihan Presiden``) stays its own.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..components import ExtractionComponent, doc_text
from ..annotate.cues import doc_triggers
from ..annotate.places import lead_region, region_of
from ..annotate.structure import TextLayout, layout
from ..gazetteer import lookup
from ..lang import alternation, load_kinds, load_list, load_table
from ..lang.speech import attribution_verbs
from ..patterns import compile_anchored
from ..records import DateMention, Election, Span

LOCAL_KINDS = ("Pilgub", "Pilbup", "Pilwalkot")
NATIONAL_KINDS = ("Pemilu",)
# An election held abroad (`Pilpres AS`): the contract's kinds are Indonesia's elections, and `lainnya`.
FOREIGN_KIND = "lainnya"


@lru_cache(maxsize=1)
def election_kinds() -> dict[str, str]:
    return {surface.lower(): kind for surface, kind in load_table("election_kinds.tsv")}


@lru_cache(maxsize=1)
def refinements() -> dict[str, tuple[str, regex.Pattern]]:
    """Region kind -> (election kind, cue pattern) for turning a located Pilkada into Pilbup/…."""
    return {region_kind: (kind, regex.compile(cue, regex.IGNORECASE))
            for region_kind, kind, cue in load_table("election_refinements.tsv")}


@lru_cache(maxsize=1)
def institution_words() -> regex.Pattern:
    """Words that make a following election name part of a body's name (Komisi Pemilihan Umum)."""
    words = "|".join(map(regex.escape, load_list("election_not_before.txt")))
    return regex.compile(rf"\b(?:{words})\s+$", regex.IGNORECASE)


@lru_cache(maxsize=1)
def election_pattern() -> regex.Pattern:
    names = sorted(election_kinds(), key=len, reverse=True)
    # An editor's brackets may cut a name: `(Pemilihan) Presiden itu masih lama`.
    surfaces = "|".join(r"\)?[ \t]+\(?".join(map(regex.escape, name.split())) for name in names)
    region_word = r"(?:[A-Z][\w'’-]*|se-[A-Z][\w-]*)"
    # Names in any case (Kompas writes "pilkada"); region words capitalised, after an optional "di".
    return regex.compile(
        rf"\b(?P<name>(?i:{surfaces}))\b(?:[ \t]*\((?P<acronym>[A-Z]\w+)\))?"
        rf"(?:[ \t]+(?P<di>di))?(?P<region>(?:[ \t]+{region_word}){{0,3}})"
        rf"(?:[ \t]+(?:tahun[ \t]+)?(?P<year>(?:19|20)\d{{2}})\b)?",
    )


SIMULTANEOUS = compile_anchored(r"\s+serentak\b", regex.IGNORECASE)


def locate_lone_pilkada(doc: Doc, hits: list["_Hit"]) -> None:
    """An article on one local election often never names its region next to `Pilkada` (`pendukung
    salah satu kandidat kepala daerah dalam Pilkada 2020`): when no local election mention is located,
    they are held where the lead sentence is (`… Distrik Agats, Kabupaten Asmat, …`).  An article on
    the nationwide `Pilkada serentak` keeps them unlocated."""
    local = [hit for hit in hits if hit.kind == "Pilkada" or hit.kind in LOCAL_KINDS]
    if not local or any(hit.region for hit in local):
        return
    region = lead_region(doc)
    if region is None or lookup(region) is None:
        return
    text = doc_text(doc)
    if any(SIMULTANEOUS.match(text, hit.span.end) for hit in local):
        return
    for hit in local:
        hit.region = region
        hit.kind = refined_kind(hit.kind, region, text)


def refined_kind(kind: str, region: Optional[str], text: str) -> str:
    """A located Pilkada becomes Pilgub/Pilbup/Pilwalkot when the article names that office's candidates."""
    if kind != "Pilkada" or not region:
        return kind
    region_kind = region.split()[0]
    refined, _ = refinements().get(region_kind, (kind, None))
    return refined if names_candidates(region_kind, text) else kind


@lru_cache(maxsize=16)
def names_candidates(region_kind: str, text: str) -> bool:
    """The article names candidates for the office of a region of that kind; read once per article
    (``refined_kind`` asks it for every election mention)."""
    _, cue = refinements().get(region_kind, (None, None))
    return cue is not None and bool(cue.search(text))


@lru_cache(maxsize=1)
def generic_names() -> frozenset[str]:
    return frozenset(name.lower() for name in load_list("election_generic.txt"))


def name_key(surface: str) -> str:
    """`(Pemilihan)  Presiden` → `pemilihan presiden`: the lexicon's form of a matched name."""
    return " ".join(regex.sub(r"[()]", " ", surface).split()).lower()


def generic_name(surface: str) -> bool:
    return name_key(surface) in generic_names()


@lru_cache(maxsize=1)
def date_link() -> regex.Pattern:
    """Only these words (or nothing) may separate an election name from its date."""
    words = "|".join(map(regex.escape, load_list("election_date_links.txt")))
    return regex.compile(rf"\s*(?:(?:{words})\s+)*", regex.IGNORECASE)


def following_date(text: str, end: int, dates: list[DateMention]) -> Optional[str]:
    """The value of the first date at or after ``end`` when only link words stand between (``dates`` in
    text order, as the dates component gives them: found by bisection, not by a scan per mention)."""
    index = bisect_left(dates, end, key=lambda date: date.start)
    if index == len(dates):
        return None
    date = dates[index]
    return date.value if date_link().fullmatch(text, end, date.start) else None


# Event types whose trigger words name the voting an election's date is the day of (`pemungutan suara`).
VOTING_TYPES = ("pemungutan_suara",)


@lru_cache(maxsize=1)
def date_bound() -> regex.Pattern:
    """A bound word right before a date (a weekday may stand between): `hingga Rabu (9/12)`, `sejak 14 Juli`."""
    words = alternation(load_kinds("election_date_guards.tsv")["bound"])
    return regex.compile(rf"\b(?:{words})\s+(?:(?:pada|tanggal)\s+)?(?:(?-i:[A-Z][a-z]+),?\s+)?$", regex.IGNORECASE)


@lru_cache(maxsize=2)
def word_before(kind: str) -> regex.Pattern:
    """A word of ``kind`` of ``election_date_guards.tsv`` right before an election name (an adjective may stand
    between): `tahapan Pilkada`, `peserta pemilu` (``head``), `dalam Pilkada` (``setting``)."""
    words = alternation(load_kinds("election_date_guards.tsv")[kind])
    return regex.compile(rf"\b(?:{words})(?:\s+[a-z]+)?\s+\(?$", regex.IGNORECASE)


@lru_cache(maxsize=1)
def other_clause() -> regex.Pattern:
    """A speech verb (`…, kata X, Senin (5/10)` dates the statement) or a conjunction that opens another clause."""
    words = alternation(attribution_verbs() + list(load_kinds("election_date_guards.tsv")["clause"]))
    return regex.compile(rf"\b(?:{words})(?:nya)?\b", regex.IGNORECASE)


QUOTE_MARK = regex.compile(r"[\"”’]")
# `…, Rabu (8/7/2020)`: a weekday date after a comma is when the sentence's main verb happened or was said.
REPORT_TIME = regex.compile(r",\s*[A-Z]")


class SentenceDates:
    """The dates an election mention may take from its sentence, and what may stand between (built once per Doc)."""

    def __init__(self, doc: Doc, names: list[tuple[int, int]]):
        self.text = doc_text(doc)
        self.layout: TextLayout = layout(doc)
        body_start = doc._.body_start or 0
        self.dates = [date for date in sorted(doc._.dates or [], key=lambda date: date.start)
                      if date.value and not date.implausible_year and date.start >= body_start]
        self.date_starts = [date.start for date in self.dates]
        # Sorted by start, so that each lookup is a bisection, not a scan (many names in one long sentence).
        self.names = sorted(names)
        self.triggers = sorted((hit.start, hit.end) for hit in doc_triggers(doc) if hit.type not in VOTING_TYPES)

    def blocked(self, begin: int, end: int) -> bool:
        """Between ``begin`` and ``end``: another election name, another event's trigger, a speech verb or a
        conjunction that opens another clause, or a closing quote mark (the name is in a title: `diskusi
        bertajuk "… Pilkada 2020" yang digelar …`)."""
        return (span_inside(self.names, begin, end) or span_inside(self.triggers, begin, end)
                or QUOTE_MARK.search(self.text, begin, end) is not None
                or other_clause().search(self.text, begin, end) is not None)

    def nearest(self, end: int) -> Optional[str]:
        """The value of the nearest usable date after the election name ending at ``end``, in its sentence
        (a date before the name dates what the sentence opens with: `Pada 26 Juni, MK memutus … pemilu`)."""
        last = self.layout.sentence_end(end)
        for date in self.dates[bisect_left(self.date_starts, end):]:
            if date.start >= last:
                break
            if self.blocked(end, date.start):
                return None
            if not (date_bound().search(self.text, max(end, date.start - 40), date.start)
                    or REPORT_TIME.search(self.text, max(end, date.start - 2), date.start + 1)):
                return date.value
        return None


def span_inside(spans: list[tuple[int, int]], begin: int, end: int) -> bool:
    """One of ``spans`` (sorted by start) lies within ``begin``–``end``."""
    for start, stop in spans[bisect_left(spans, (begin, -1)):]:
        if start >= end:
            return False
        if stop <= end:
            return True
    return False


class _Hit:
    __slots__ = ("kind", "region", "date", "year", "span")

    def __init__(self, kind: str, region: Optional[str], date: Optional[str], year: Optional[str], span: Span):
        self.kind, self.region, self.date, self.year, self.span = kind, region, date, year, span

    @property
    def bare(self) -> bool:
        return not (self.region or self.date or self.year)


def election_date(text: str, match: regex.Match, dates: list[DateMention],
                  sentence_dates: SentenceDates) -> Optional[str]:
    """The date right after the name through link words, else the nearest usable one after it in its sentence;
    none when the name is the complement of a stage, a group or a thing (`tahapan Pilkada … pada 2 Agustus`)
    or its year is not the date's."""
    start, before = match.start("name"), max(0, match.start("name") - 40)
    if word_before("head").search(text, before, start):
        return None
    value = following_date(text, match.end(), dates)
    if value is None and not word_before("setting").search(text, before, start):
        value = sentence_dates.nearest(match.end())
    year = match.group("year")
    return value if value is None or not year or value.startswith(year) else None


@lru_cache(maxsize=1)
def country_forms() -> dict[str, str]:
    """Form of a country's name as written in news → its canonical Indonesian name (``countries.tsv``)."""
    return {form: country for country, forms in load_table("countries.tsv") for form in forms.split("|")}


@lru_cache(maxsize=1)
def foreign_countries() -> frozenset[str]:
    return frozenset(country_forms().values())


def foreign_country(match: regex.Match) -> Optional[str]:
    """The country a national election name is held in when it is not Indonesia, named right after it
    (`Pilpres AS 2024`, `pemilihan umum Jerman`, `pemilu di AS`)."""
    words = match.group("region").split()
    for size in range(len(words), 0, -1):
        country = country_forms().get(" ".join(words[:size]))
        if country:
            return country
    return None


def find_hits(doc: Doc) -> list[_Hit]:
    text, dates = doc_text(doc), doc._.dates or []
    matches = [match for match in election_pattern().finditer(text)
               if not institution_words().search(text, max(0, match.start("name") - 30), match.start("name"))]
    sentence_dates = SentenceDates(doc, [match.span("name") for match in matches])
    hits = []
    for match in matches:
        start, end = match.span("name")
        kind = election_kinds()[name_key(match.group("name"))]
        # `partisipasi pemilu di Medan`: a national election is only measured there.
        region = None if kind in NATIONAL_KINDS and match.group("di") else region_of(match.group("region"))
        country = foreign_country(match) if kind in NATIONAL_KINDS else None
        if country:
            kind, region = FOREIGN_KIND, country
        if kind == "PSU" and region is None:
            region = doc._.article_region
        date = election_date(text, match, dates, sentence_dates)
        hits.append(_Hit(refined_kind(kind, region, text), region, date, match.group("year"),
                         Span(start=start, end=end, text=text[start:end])))
    return hits


def _within(region: Optional[str], province: Optional[str]) -> bool:
    """``region`` is a kabupaten/kota of the province ``province`` (both canonical names)."""
    inner, outer = lookup(region) if region else None, lookup(province) if province else None
    return bool(inner and outer and outer.kind == "Provinsi" and inner.kind != "Provinsi"
                and inner.province == outer.province)


def _target(hit: _Hit, elections: list[tuple[tuple, Election]]) -> Optional[Election]:
    """The election already found that this mention refers to, if any."""
    for (kind, date, region, year), election in elections:
        if (kind, date, region, year) == (hit.kind, hit.date, hit.region, hit.year):
            return election
    for (kind, _, region, year), election in elections:
        same_kind = kind == hit.kind or (hit.kind == "Pilkada" and kind in LOCAL_KINDS)
        # "pilkada di Lampung" in an article on the Pilwalkot Metro is that election.
        same_place = hit.region in (None, region) or (hit.kind == "Pilkada" and _within(region, hit.region))
        if (same_kind and same_place and None in (election.date, hit.date)
                and (None in (year, hit.year) or year == hit.year)):
            return election
    # An election abroad (`Pilpres AS` in an article on Indonesia's) is no article's election in general.
    home = [election for _, election in elections if election.region not in foreign_countries()]
    if hit.bare and generic_name(hit.span.text) and home:
        return home[0]
    return None


def merge_hits(hits: list[_Hit]) -> list[Election]:
    # Located and dated mentions first (kabupaten/kota before provinces), so vaguer ones have something to join.
    ordered = sorted(hits, key=lambda h: (h.region is None, h.date is None, h.kind == "Pemilu",
                                          (h.region or "").startswith("Provinsi")))
    elections: list[tuple[tuple, Election]] = []
    for hit in ordered:
        election = _target(hit, elections)
        if election is None:
            election = Election(kind=hit.kind, date=hit.date, region=hit.region)
            elections.append(((hit.kind, hit.date, hit.region, hit.year), election))
        if hit.date and not election.date:
            election.date = hit.date
        election.mentions.append(hit.span)
    result = [election for _, election in elections]
    for election in result:
        election.mentions.sort(key=lambda span: span.start)
    result.sort(key=lambda e: e.mentions[0].start)
    return _dedupe(result)


def _dedupe(elections: list[Election]) -> list[Election]:
    """Same (kind, date, region) is one election, whatever years told the mentions apart."""
    merged: dict[tuple, Election] = {}
    for election in elections:
        key = (election.kind, election.date, election.region)
        if key in merged:
            merged[key].mentions.extend(election.mentions)
            merged[key].mentions.sort(key=lambda span: span.start)
        else:
            merged[key] = election
    return list(merged.values())


def extract_elections(doc: Doc) -> list[Election]:
    hits = find_hits(doc)
    locate_lone_pilkada(doc, hits)
    return merge_hits(hits)


@Language.factory("netralitas_elections", assigns=["doc._.elections"], requires=["doc._.dates", "span._.trigger"])
def make_elections_component(nlp: Language, name: str) -> ExtractionComponent:
    return ExtractionComponent("elections", extract_elections)
