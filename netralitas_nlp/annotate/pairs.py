"""Candidate pairs (component ``netralitas_candidate_pairs``): a ticket of a head and a deputy named together.

``pasangan calon Natalis Tabuni-Yann Robert``, ``nomor urut 2, X-Y``, ``X-Y sebagai Bupati dan Wakil Bupati
Keerom``, ``Yulius-Yunus 33.598 suara``: each candidate gets the candidate role of the office the article
contests (``Calon Bupati``, ``Calon Wakil Bupati``), or the office and its deputy when the pair holds
them.  Each pair is a span of ``doc.spans["candidate_pair"]`` whose ``span._.candidate_pair`` lists the two
people (``PersonMention``) with their roles; no single role is read inside a pair's span (the people
annotator skips them).  ``running_mates`` reads the deputy a candidate ``berpasangan dengan``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..components import char_span, doc_text, ensure_span_extension
from ..lang import load_list, load_table
from ..records import Role
from .person_spans import NAME_WORD, PersonMention, person_after_role, person_from
from .roles import candidate_markers, office_variants, role_links

CANDIDATE_PAIRS = "candidate_pair"
ensure_span_extension("candidate_pair")


@lru_cache(maxsize=1)
def candidate_pair_regex() -> regex.Pattern:
    return regex.compile(
        rf"(?<![\p{{L}}])\L<markers>(?:\s+\p{{Ll}}+)?(?:\s+nomor\s+urut\s+\d+)?\s*,?\s*(?:(?:yakni|yaitu)\s+)?"
        rf"(?P<first>{PAIR_NAMES})(?:\s*[-–]\s*|\s+dan\s+)(?P<second>{PAIR_NAMES})",
        markers=list(load_list("candidate_pair_markers.txt")),
    )


@lru_cache(maxsize=1)
def contest_words() -> regex.Pattern:
    # Case-insensitive: the office is as often written in lower case (`pemilihan wali kota`).
    return regex.compile(r"(?<![\p{L}])(?i:\L<words>)(?![\p{L}])", words=list(contested_offices()))


@lru_cache(maxsize=1)
def contested_offices() -> dict[str, str]:
    return {row[0].casefold(): row[1] for row in load_table("candidate_pairs.tsv")}


def contested_office(text: str, pair_start: int) -> Optional[str]:
    """The office named nearest before the pair, else the first named after it."""
    starts, offices_named = contest_mentions(text)
    if not starts:
        return None
    index = bisect_left(starts, pair_start)
    return offices_named[index - 1] if index else offices_named[0]


@lru_cache(maxsize=4)
def contest_mentions(text: str) -> tuple[list[int], list[str]]:
    """Where the article names a contested office, and which: read once per article, not once per pair."""
    matches = list(contest_words().finditer(text))
    return [match.start() for match in matches], [contested_offices()[match.group().casefold()] for match in matches]


PAIR_NAMES = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}"


@lru_cache(maxsize=1)
def office_pair_regex() -> regex.Pattern:
    """``Piter Gusbager-Wahfir Kosasih sebagai Bupati dan Wakil Bupati Keerom``: a head and a deputy."""
    return regex.compile(
        rf"(?P<first>{PAIR_NAMES})(?:\s*[-–]\s*|\s+dan\s+)(?P<second>{PAIR_NAMES})\s+sebagai\s+"
        rf"(?P<office>\L<offices>)\s+dan\s+[Ww]akil\s+(?P=office)(?![\p{{L}}])",
        offices=[surface for surface, office in office_variants().items() if not surface.startswith(("Wakil", "wakil"))],
    )


def _pair_people(text: str, match: regex.Match, positions: tuple[str, str],
                 written: tuple[Optional[int], Optional[int]] = (None, None)) -> list[tuple[PersonMention, Role]]:
    """The pair's two people with their roles; ``written`` is where the offices are written, if they are."""
    pairs = []
    for group, position in zip(("first", "second"), positions):
        person = person_from(text, match.start(group), match.end(group), keep_tail=False)
        if person:
            pairs.append((person, Role(title=position, position=position, start=written[0], end=written[1])))
    return pairs


@lru_cache(maxsize=1)
def pair_with_votes_regex() -> regex.Pattern:
    """``Yulius-Yunus 33.598 suara``, ``Thobias-Hermaus meraih 1.928 suara``: a hyphenated pair credited
    with votes is a candidate pair, named or not after a ``pasangan`` marker."""
    return regex.compile(
        rf"(?<![\p{{L}}\-])(?P<first>{PAIR_NAMES})\s*[-–]\s*(?P<second>{PAIR_NAMES})"
        rf"\s+(?:\p{{Ll}}+\s+)?\d[\d.,]*\s+(?:{role_links('vote_unit')})(?![\p{{L}}])"
    )


# A vote count from its first digit; tried once per run of digits and separators (from the run's start,
# ``(?<![\d.,])``), since trying it from every digit rescanned the run: quadratic in a long number.
VOTES = regex.compile(rf"(?<![\d.,])[.,]*+(?P<count>\d[\d.,]*+)\s+(?:{role_links('vote_unit')})(?![\p{{L}}])")


def pairs_with_votes(text: str) -> list[regex.Match]:
    """Pairs credited with votes; the pair regex is tried only just before a vote count (faster than a full scan)."""
    found = []
    for votes in VOTES.finditer(text):
        window = pair_with_votes_regex().finditer(text, max(0, votes.start("count") - 90), votes.end(), overlapped=True)
        match = next((match for match in window if match.end() == votes.end()), None)
        if match:
            found.append(match)
    return found


@lru_cache(maxsize=4)
def contested_pair_matches(text: str) -> tuple[regex.Match, ...]:
    """Candidate pairs (marked or credited with votes), in text order, where the article names the contest."""
    matches = sorted([*candidate_pair_regex().finditer(text), *pairs_with_votes(text)],
                     key=lambda match: match.start("first"))
    if not matches or contested_office(text, matches[0].start()) is None:
        return ()
    kept: list[regex.Match] = []
    for match in matches:
        if not kept or match.start("first") >= kept[-1].end("second"):
            kept.append(match)
    return tuple(kept)


def candidate_pair_groups(text: str) -> list[tuple[int, int, list[tuple[PersonMention, Role]]]]:
    """(start, end, people with their roles) of every pair, office pairs first.

    ``X-Y sebagai Bupati dan Wakil Bupati Keerom`` holds the office and its deputy; ``pasangan calon
    Natalis Tabuni-Yann Robert`` the candidacies for the office the article contests.  A pair read both
    ways keeps its office reading, and its candidacy match stays as an extent without people: no single
    role is read inside either (`pasangan calon Bartolomius Mirip-Deny Miagoni` is no `calon Bartolomius`).
    """
    groups, taken = [], set()
    for match in office_pair_regex().finditer(text):
        office = office_variants()[match.group("office")].position
        written = (match.start("office"), match.end())
        groups.append((match.start(), match.end(), _pair_people(text, match, (office, f"Wakil {office}"), written)))
        taken.add(match.start("first"))
    for match in contested_pair_matches(text):
        people = []
        if match.start("first") not in taken:
            office = contested_office(text, match.start())
            people = _pair_people(text, match, (f"Calon {office}", f"Calon Wakil {office}"))
        groups.append((match.start(), match.end(), people))
    return groups


@lru_cache(maxsize=1)
def running_mate_regex() -> regex.Pattern:
    # The clause after the marker, up to the sentence's end: the mate is the first person named in it.
    return regex.compile(r"(?<![\p{L}])\L<markers>(?![\p{L}])(?P<clause>[^.;:“”\"]{0,120})",
                         markers=list(load_list("running_mate_markers.txt")))


@lru_cache(maxsize=1)
def candidacy_regex() -> regex.Pattern:
    """``Calon gubernur nomor urut satu``: the office a candidate runs for, written with its marker."""
    return regex.compile(r"(?<![\p{L}])(?i:\L<markers>)\s+(?P<office>(?i:\L<words>))(?![\p{L}])",
                         markers=list(candidate_markers()), words=list(contested_offices()))


def running_mate_office(text: str, start: int) -> Optional[str]:
    """The office of the ticket a running mate joins: the candidacy named last in the 300 characters
    before (``Calon gubernur ..., Helmi Hasan, Wali Kota Bengkulu, berpasangan dengan``), else the contest."""
    candidacies = list(candidacy_regex().finditer(text, max(0, start - 300), start))
    if candidacies:
        return contested_offices()[candidacies[-1].group("office").casefold()]
    return contested_office(text, start)


def running_mates(text: str, pairs: list[tuple[PersonMention, Role]]) -> list[tuple[PersonMention, Role]]:
    """``Ia berpasangan dengan politisi Gerindra, anggota DPRD Medan, Aulia Rachman``: the person named
    first after the marker runs as the deputy of the office the article contests, unless the clause
    names them a candidate for the head office (``... berpasangan dengan bakal calon Gubernur Jabar X``)."""
    mates = []
    for match in running_mate_regex().finditer(text):
        office = running_mate_office(text, match.start())
        direct = person_after_role().match(text, match.start("clause"))
        named = [(person, role) for person, role in pairs if match.start("clause") <= person.start < match.end()]
        if direct:
            person = person_from(text, direct.start("person"), direct.end("person"), keep_tail=False)
            named += [(person, None)] if person else []
        if office is None or not named:
            continue
        person, role = min(named, key=lambda pair: pair[0].start)
        if role is None or "Calon" not in role.position.split():
            mates.append((person, Role(title=f"Calon Wakil {office}", position=f"Calon Wakil {office}")))
    return mates



@dataclass(frozen=True)
class CandidatePair:
    """The people of one pair, each with the role the pair gives them, and the pair's extent."""

    start: int
    end: int
    people: tuple[tuple[PersonMention, Role], ...]


def pair_spans(doc: Doc) -> list[CandidatePair]:
    """The candidate pairs of an annotated Doc, in text order."""
    return [span._.candidate_pair for span in doc.spans.get(CANDIDATE_PAIRS, []) if span._.candidate_pair]


def annotate_candidate_pairs(doc: Doc) -> Doc:
    text = doc_text(doc)
    spans = []
    for start, end, people in candidate_pair_groups(text):
        span = char_span(doc, start, end, label="CANDIDATE_PAIR")
        if span is not None:
            span._.candidate_pair = CandidatePair(start, end, tuple(people))
            spans.append(span)
    doc.spans[CANDIDATE_PAIRS] = spans
    return doc


@Language.factory("netralitas_candidate_pairs", assigns=["doc.spans", "span._.candidate_pair"],
                  requires=["span._.role"])
def make_candidate_pairs_component(nlp: Language, name: str):
    return annotate_candidate_pairs
