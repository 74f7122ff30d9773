"""The trained NER as a safety net for the rules (component ``netralitas_ner_candidates``).

The ``ner`` component of the shipped model (``models/id_netralitas_ner``, sourced into the pipeline by
``pipeline.build_nlp(ner=True)``) writes ``doc.ents`` (PER, ORG, LOC) on the same tokens as the rules.
This component, placed after ``netralitas_people``, reads those entities beside what the rules found.
The rules always win where both read something: the model only fills gaps.

* **roles without a holder** — a role the rules left with nobody beside it (``doc._.unheld_roles``) goes
  to the person the model confirms (a ``PER`` entity) right after the role's body (``Koordinator Nasional
  Destructive Fishing Watch (DFW) Indonesia Muhammad Abdi Suhufan``) or in apposition before it;
* **people** — a ``PER`` entity that overlaps no rule person nor organisation becomes a person mention in
  ``doc.spans["person"]`` (titles before it and degrees after it joined and parsed as the rules parse
  them, ``person_spans.person_from``) when it takes such a role: an official needs a role
  (spec/EXTRACTION.md).  With ``roleless`` (off: it cost speaker accuracy) it joins without one too;
* **a body word made holder** — ``Kepala Biro Kerja Sama, ..., Provinsi Sumbar Luhur Budianda``: when the
  model reads the rules' holder (``Sama``) inside an ORG or LOC and the next person of the phrase as PER,
  the role moves to that person and the holder is dropped;
* **veto** — a rule person without a role whose written form the model reads, with exactly the same
  boundaries, as a ``LOC`` is dropped (a village or a street read as a name);
* **organisations** (``orgs``, off: it cost institutions precision more than it brought in recall) — an
  ``ORG`` entity of two words or more that overlaps no rule organisation nor person becomes an
  organisation mention in ``doc.spans["org"]`` (with the acronym and region written after it).

Figures with and without: ``benchmarks/ner_integration.py`` and the README ("Models").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..components import char_span, doc_text
from ..intervals import SpanUnion
from ..lang.outlets import known_outlets
from ..lang.morphology import VERB_SHAPED, verb_shaped_nouns
from ..names import is_person_like
from .orgs import ORGS, Body, _with_tails, org_mentions
from .people import PEOPLE, person_roles, titles_start, whole_word_occurrences
from .person_spans import DEGREE_ITEM, PersonMention, person_from
from .roles import ROLES, RoleMention, is_anaphoric

NER_CANDIDATES = "netralitas_ner_candidates"
TITLE_LOOKBACK = 40  # characters before a PER entity searched for its ranks and honorifics

DEGREES_AFTER = regex.compile(rf"\G(?:\s*,\s*{DEGREE_ITEM}|\s+{DEGREE_ITEM}(?=\s*,))*")
# Between a name and the role in apposition after it.
NAME_THEN_ROLE = regex.compile(r"\s*,\s*|\s+selaku\s+")


def ner_person(text: str, ent: Span) -> Optional[PersonMention]:
    """The person a PER entity writes, with the titles before it and the degrees after it; None when its
    words cannot be a name (a place, an acronym, an office word: the rules' own person shape decides)."""
    if text.startswith("-", ent.end_char):
        return None  # `Covid-19`: the model cut a word that goes on
    start = titles_start(text, max(0, ent.start_char - TITLE_LOOKBACK), ent.start_char)
    end = DEGREES_AFTER.match(text, ent.end_char).end()
    person = ner_person_from(text, start, end)
    if person is None:
        return None
    words = person.parsed.name.split()
    # `Sayang Ronaldo ...`, `Kiriman perdana ...`: a sentence's first word that the article also writes in
    # lower case is a common word, not the first word of a name.
    if not (ent[0].is_sent_start and person.parsed.start == ent.start_char and written_in_lower_case(text, words[0])):
        return person
    if len(words) == 1:
        return None
    return ner_person_from(text, text.find(words[1], person.parsed.start + len(words[0])), end)


def ner_person_from(text: str, start: int, end: int) -> Optional[PersonMention]:
    person = person_from(text, start, end, keep_tail=True)
    if person is None or not is_person_like(person.parsed.name):
        return None
    # `Badan Pembentukan Peraturan Daerah (Bapemperda)`: one word the article writes as an acronym is no
    # name (`Presiden (Putri Lubis)` still is one).
    name = person.parsed.name
    return None if " " not in name and f"({name})" in text else person


def written_in_lower_case(text: str, word: str) -> bool:
    lower = word.lower()
    return lower != word and next(whole_word_occurrences(text, lower), None) is not None


def role_body_between(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` can be the rest of a role's body between the role and its holder (``(DFW)
    Indonesia``, ``, Kementerian Perdagangan``, ``ke-10 dan ke-12 RI,``): one clause, short, mostly
    capitalised, with no verb."""
    if end - start > MAX_BODY_GAP or CLAUSE_BREAK.search(text, start, end):
        return False
    lower = LOWER_WORD.findall(text, start, end)
    return len(lower) <= MAX_BODY_LOWER_WORDS and not any(verb_regex().fullmatch(word) for word in lower)


MAX_BODY_GAP = 120  # characters
MAX_BODY_LOWER_WORDS = 6  # `Peneliti bidang industri, perdagangan, dan investasi Institute for ...`
CLAUSE_BREAK = regex.compile(r"[.;:!?“”\"\n]")
LOWER_WORD = regex.compile(r"(?<![\p{L}\-])\p{Ll}+(?![\p{L}\-])")


@lru_cache(maxsize=1)
def verb_regex() -> regex.Pattern:
    return regex.compile(VERB_SHAPED, verb_shaped_nouns=verb_shaped_nouns())


@dataclass
class Reading:
    """One person span with what the model says of it."""

    span: Span
    person: PersonMention
    confirmed: bool  # a PER entity overlaps the bare name
    other: bool  # an ORG or LOC entity overlaps it: the model reads it as part of a body or a place
    order: int  # in doc.spans["person"]: the order the people were read


def readings(doc: Doc, per: SpanUnion, other: SpanUnion) -> list[Reading]:
    """The person spans in text order."""
    found = []
    for order, span in enumerate(doc.spans[PEOPLE]):
        person = span._.person
        if person is not None:
            name = (person.parsed.start, person.parsed.end)
            found.append(Reading(span, person, per.overlaps(*name), other.overlaps(*name), order))
    return sorted(found, key=lambda reading: reading.person.start)


def move_misread_roles(text: str, found: list[Reading], role_starts: list[int]) -> set[int]:
    """``Kepala Biro Kerja Sama, Pembangunan, dan Rantau Provinsi Sumbar Luhur Budianda``: the rules made a
    body word (``Sama``) the role's holder and left the person after it without a role.  When the model
    reads no person in the holder and does read one in the next person of the same phrase, the role goes
    to that person and the holder is dropped.  The model must read the holder as part of a body or a place,
    not merely miss it (it misses real people too), and no other role may stand between the two (``Sekretaris
    Utama BKN Made Tanjung, Deputi Bidang ... Herman``: Herman's role is his own).  Returns the indexes of
    the dropped readings."""
    dropped = set()
    for index, holder in enumerate(found[:-1]):
        successor = found[index + 1]
        if (holder.span._.roles and holder.other and not holder.confirmed and successor.confirmed and not successor.span._.roles
                and successor.person.start >= holder.person.end
                and role_body_between(text, holder.person.end, successor.person.start)
                and not starts_between(role_starts, holder.person.end, successor.person.start)):
            successor.span._.roles, holder.span._.roles = list(holder.span._.roles), []
            dropped.add(index)
    return dropped


def starts_between(starts: list[int], start: int, end: int) -> bool:
    """Some of the sorted ``starts`` lies in ``[start, end)``."""
    index = bisect_left(starts, start)
    return index < len(starts) and starts[index] < end


def give_unheld_roles(doc: Doc, text: str, found: list[Reading]) -> None:
    """A role the rules left with nobody beside it goes to the person the model confirms right after its
    body (``Koordinator Nasional Destructive Fishing Watch (DFW) Indonesia Muhammad Abdi Suhufan``) or
    right before it in apposition (``Kadir, Kepala Desa ...``)."""
    unheld: list[RoleMention] = [role for role in doc._.unheld_roles or [] if not is_anaphoric(text, role)]
    if not unheld:
        return
    ends = sorted((role.end, position) for position, role in enumerate(unheld))
    given: set[int] = set()
    for index, reading in enumerate(found):
        if not reading.confirmed or reading.span._.roles:
            continue
        previous_end = found[index - 1].person.end if index else 0
        role = role_before(text, reading.person, unheld, ends, given, previous_end)
        if role is None:
            role = role_after(text, reading.person, unheld, given)
        if role is not None:
            reading.span._.roles = [unheld[role].role]
            given.add(role)
    doc._.unheld_roles = [role for role in doc._.unheld_roles if not any(role is unheld[i] for i in given)]


def role_before(text: str, person: PersonMention, unheld: list[RoleMention], ends: list[tuple[int, int]],
                given: set[int], previous_end: int) -> Optional[int]:
    """The last unheld role that ends before the person, after the person before it, with only its
    body between them."""
    position = bisect_right(ends, (person.start, len(unheld))) - 1
    if position < 0:
        return None
    end, role = ends[position]
    if role in given or end < previous_end or not role_body_between(text, end, person.start):
        return None
    return role


def role_after(text: str, person: PersonMention, unheld: list[RoleMention], given: set[int]) -> Optional[int]:
    return next((index for index, role in enumerate(unheld) if index not in given and role.start >= person.end
                 and NAME_THEN_ROLE.fullmatch(text, person.end, role.start)), None)


def add_person_candidates(doc: Doc, text: str, ents: Iterable[Span], roleless: bool) -> None:
    """People the model reads where the rules read nobody, then the roles the model lets the rules place."""
    taken = SpanUnion([*((span._.person.start, span._.person.end) for span in doc.spans[PEOPLE] if span._.person),
                       *((org.start, org.end) for org in org_mentions(doc))])
    per, other = SpanUnion(), SpanUnion()
    spans = list(doc.spans[PEOPLE])
    added = set()
    for ent in ents:
        if ent.label_ != "PER":
            other.add(ent.start_char, ent.end_char)
            continue
        per.add(ent.start_char, ent.end_char)
        person = ner_person(text, ent)
        if person is None or taken.overlaps(person.start, person.end):
            continue
        span = char_span(doc, person.start, person.end, label="PERSON")
        if span is None:
            continue
        span._.person, span._.roles = person, []
        spans.append(span)
        added.add((person.start, person.end))
        taken.add(person.start, person.end)
    doc.spans[PEOPLE] = spans
    found = readings(doc, per, other)
    dropped = move_misread_roles(text, found, sorted(span.start_char for span in doc.spans.get(ROLES, [])))
    found = [reading for index, reading in enumerate(found) if index not in dropped]
    give_unheld_roles(doc, text, found)
    if not roleless:  # the model's own people count only where they hold a role
        found = [reading for reading in found if reading.span._.roles or (reading.person.start, reading.person.end) not in added]
    doc.spans[PEOPLE] = [reading.span for reading in sorted(found, key=lambda reading: reading.order)]


def veto_places(doc: Doc, ents: Iterable[Span]) -> None:
    """Drops the rule persons with no role written exactly where the model reads a place, unless it reads
    the same words as a person elsewhere in the article.  (A rule person with a role stays: the model's
    places cost more officials than they remove, measured on PFSA-ID.)"""
    places = {(ent.start_char, ent.end_char) for ent in ents if ent.label_ == "LOC"}
    if not places:
        return
    people = {ent.text for ent in ents if ent.label_ == "PER"}
    doc.spans[PEOPLE] = [span for span, (person, roles) in zip(doc.spans[PEOPLE], person_roles(doc))
                         if roles or person.parsed.name in people
                         or ((person.start, person.end) not in places and (person.parsed.start, person.parsed.end) not in places)]


@lru_cache(maxsize=4096)
def may_be_body(written: str) -> bool:
    """An ORG entity that can name a body: two words or more, capitalised, not all capitals (a dateline),
    no bracket left open (a cut name), not a news outlet.  A lone acronym (``ASN``, ``APBD``, ``KUHP``) is
    left to the lexicon and to the article's own definitions, which the rules read."""
    words = written.split()
    return (len(words) > 1 and words[0][:1].isupper() and not written.isupper()
            and written.count("(") == written.count(")") and written.casefold() not in known_outlets()
            and not any(word.casefold().endswith(OUTLET_DOMAINS) for word in words))


OUTLET_DOMAINS = (".com", ".id", ".co", ".net")


@lru_cache(maxsize=4096)
def ner_body(written: str) -> Body:
    """A body the model found: named as written; an all-capital word is its acronym."""
    acronym = written if " " not in written and written.isupper() else None
    return Body(acronym, written, "", False)


def add_org_candidates(doc: Doc, text: str, ents: Iterable[Span]) -> None:
    taken = SpanUnion([*((org.start, org.end) for org in org_mentions(doc)),
                       *((span._.person.start, span._.person.end) for span in doc.spans[PEOPLE] if span._.person)])
    spans = list(doc.spans[ORGS])
    for ent in ents:
        if ent.label_ != "ORG" or taken.overlaps(ent.start_char, ent.end_char) or not may_be_body(ent.text):
            continue
        mention = _with_tails(text, ner_body(ent.text), ent.start_char, ent.end_char)
        if mention is None or taken.overlaps(mention.start, mention.end):
            continue
        span = char_span(doc, mention.start, mention.end, label="ORG")
        if span is None:
            continue
        span._.org = mention
        spans.append(span)
        taken.add(mention.start, mention.end)
    doc.spans[ORGS] = sorted(spans, key=lambda span: span._.org.start)


class NerCandidates:
    """Reads ``doc.ents`` beside the rules' people and organisations (see the module's docstring)."""

    def __init__(self, people: bool, roleless: bool, orgs: bool, veto: bool) -> None:
        self.people, self.roleless, self.orgs, self.veto = people, roleless, orgs, veto

    def __call__(self, doc: Doc) -> Doc:
        if PEOPLE not in doc.spans or ORGS not in doc.spans:
            raise ValueError(f"{NER_CANDIDATES} reads doc.spans['person'] and ['org']: add it after netralitas_people")
        text = doc_text(doc)
        ents = list(doc.ents)
        if self.veto:
            veto_places(doc, ents)
        if self.people:
            add_person_candidates(doc, text, ents, self.roleless)
        if self.orgs:
            add_org_candidates(doc, text, ents)
        return doc


@Language.factory(
    NER_CANDIDATES,
    assigns=["doc.spans", "span._.person", "span._.roles", "span._.org", "doc._.unheld_roles"],
    requires=["doc.ents", "span._.person", "span._.org", "span._.role"],
    # Measured on the development gold and PFSA-ID (benchmarks/ner_integration.py, README "Models"): the
    # model's people without a role cost speaker accuracy, its organisations cost institutions precision
    # more than they bring in recall; both stay available, off.
    default_config={"people": True, "roleless": False, "orgs": False, "veto": True},
)
def make_ner_candidates_component(nlp: Language, name: str, people: bool, roleless: bool, orgs: bool,
                                  veto: bool) -> NerCandidates:
    return NerCandidates(people, roleless, orgs, veto)
