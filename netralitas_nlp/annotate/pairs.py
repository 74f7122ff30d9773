"""Candidate pairs (component ``netralitas_candidate_pairs``): a ticket of a head and a deputy named together.

A pair is written ``A-B`` (or ``A dan B``) where the text marks it as a ticket:

* after a pair marker, with the office, region and ballot number between (``pasangan calon Vina
  Tabuni-Oki Saputra``, ``paslon nomor urut 01 Hadi-Hadi Tanjung``, ``pasangan calon gubernur Sulut nomor urut
  2, X-Y``, ``pasangan bakal calon bupati dan wakil bupati …, X dan Y``);
* after a ballot number alone (``nomor urut 1 (X-Y)``, ``nomor urut dua, X-Y``);
* as the name of its campaign team (``Ketua Tim Pemenangan Paslon Hadi-Tanjung``, ``Timses Budi-Joni``);
* on either side of a contest's result (``menang atas X-Y``, ``X-Y mengalahkan …``);
* credited with votes (``Yulius-Yunus 33.598 suara``);
* holding an office and its deputy (``X-Y sebagai Bupati dan Wakil Bupati Keerom``).

Each candidate gets the candidate role of the office contested (``Calon Bupati``, ``Calon Wakil Bupati``) and its
region: the office and region written with the pair, else the contest the article names nearest before the pair
(``Pilwalkot Metro``, ``Bupati Keerom``, ``Pilkada Kota Metro``: a regional election contests the office of its
region's kind), else the article's region.  A pair's names are whole names: a pair whose words are cut by
non-name words (``Pemilihan Gubernur dan Wakil Gubernur``) is none, and a marker that opens a sentence
(``Pasangan Yan Imbab-Nichodemus Ronsumbre``) is never part of a name.

Each pair is a span of ``doc.spans["candidate_pair"]`` whose ``span._.candidate_pair`` lists the two people
(``PersonMention``) with their roles; no single role is read inside a pair's span (the people annotator skips
them), and nobody written inside a pair holds the role before it.  ``running_mates`` reads the deputy a
candidate ``berpasangan dengan``.
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
from ..gazetteer import lookup
from ..lang import load_kinds, load_list, load_table
from ..patterns import NON_SPACE
from ..records import Role
from .person_spans import NAME_WORD, PersonMention, is_non_name_word, person_after_role, person_from
from .places import region_after
from .roles import candidate_markers, office_variants, role_links

CANDIDATE_PAIRS = "candidate_pair"
ensure_span_extension("candidate_pair")

PAIR_NAMES = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}"
PAIR_JOIN = r"(?:\s*[-–]\s*|\s+dan\s+)"
# The office a regional election contests, by the kind of its region (UU 10/2016 Pilkada).
OFFICE_OF_KIND = {"Kota": "Wali Kota", "Kabupaten": "Bupati", "Provinsi": "Gubernur"}
KIND_OF_OFFICE = {office: kind for kind, office in OFFICE_OF_KIND.items()}


def pair_contexts() -> dict[str, tuple[str, ...]]:
    return load_kinds("candidate_pair_contexts.tsv", kind_column=1)


@lru_cache(maxsize=1)
def contested_offices() -> dict[str, str]:
    """Contest word (case-folded) → office contested; ``""`` for a regional election named without its office."""
    return {row[0].casefold(): (row[1] if len(row) > 1 else "") for row in load_table("candidate_pairs.tsv")}


BALLOT_NUMBER = r"(?:[Nn]omor|N[Oo]\.?)\s+[Uu]rut\s+(?:\d{1,2}|(?i:\L<numbers>))"
# A region written between a marker's words and the pair, closed by a comma or a ballot number.
REGION_SLOT = r"(?:\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}(?=\s*,|\s+(?:[Nn]omor|N[Oo]\.?)\s))?"


@lru_cache(maxsize=1)
def candidate_pair_regex() -> regex.Pattern:
    """A pair after what marks it as a ticket: a marker (and the office, region, number written with it), a
    ballot number, a campaign team, or a contest's result."""
    qualifier = r"(?i:\L<qualifiers>|\L<offices>)(?![\p{L}])"
    qualifiers = rf"(?:\s+{qualifier}(?:\s*[-/]\s*{qualifier})*)*"
    opener = (rf"(?P<marker>\L<markers>)(?![\p{{L}}\-])(?P<described>{qualifiers}{REGION_SLOT})(?:\s*,?\s*{BALLOT_NUMBER})?"
              # `bakal calon bupati dan wakil bupati Lebak Andi Saputra-Rina Marlina` (invented): both offices.
              rf"|(?P<marker>(?i:(?:bakal\s+)?calon))(?=\s+(?i:\L<offices>)\s+dan\s+(?i:(?:calon\s+)?wakil)\s)"
              rf"(?P<described>{qualifiers}{REGION_SLOT})"
              rf"|{BALLOT_NUMBER}"
              rf"|(?P<team>\L<teams>)(?:\s+\L<markers>)?"
              rf"|(?:\L<beaten>)(?:\s+\L<markers>)?")
    return regex.compile(
        rf"(?<![\p{{L}}\-])(?:{opener})\s*[,(:]?\s*(?:(?:yakni|yaitu)\s*,?\s*)?"
        rf"(?P<first>{PAIR_NAMES}){PAIR_JOIN}(?P<second>{PAIR_NAMES})(?![\p{{L}}\-])",
        markers=list(load_list("candidate_pair_markers.txt")), qualifiers=pair_contexts()["qualifier"],
        offices=list(contested_offices()), numbers=pair_contexts()["number"], teams=pair_contexts()["team"],
        beaten=pair_contexts()["beaten"],
    )


@lru_cache(maxsize=1)
def pair_before_result_regex() -> regex.Pattern:
    """``Budi-Joni menang atas …``: a pair right before a contest's result."""
    return regex.compile(rf"(?<![\p{{L}}\-])(?P<first>{PAIR_NAMES})\s*[-–]\s*(?P<second>{PAIR_NAMES})\s+(?:\L<beaten>)(?![\p{{L}}])",
                         beaten=pair_contexts()["beaten"])


# ---------------------------------------------------------------- the contest: office and region

@dataclass(frozen=True)
class Contest:
    office: str  # the head office contested (`Bupati`), never its deputy
    region: Optional[str]  # canonical region, when known


@lru_cache(maxsize=1)
def contest_words() -> regex.Pattern:
    # Case-insensitive: the office is as often written in lower case (`pemilihan wali kota`).
    return regex.compile(r"(?<![\p{L}])(?i:\L<words>)(?![\p{L}])", words=list(contested_offices()))


def office_for_region(region: Optional[str]) -> Optional[str]:
    kind = region.split()[0] if region else ""
    return OFFICE_OF_KIND.get(kind)


def region_fits(office: str, region: Optional[str]) -> bool:
    return bool(region) and region.split()[0] == KIND_OF_OFFICE.get(office)


@lru_cache(maxsize=1)
def deputy_after_regex() -> regex.Pattern:
    """The deputy office written after a contested office, before the region: `... dan wakil wali kota`."""
    return regex.compile(r"\G\s+dan\s+(?i:(?:calon\s+)?wakil)\s+(?i:\L<words>)(?![\p{L}])", words=list(contested_offices()))


@lru_cache(maxsize=4)
def contest_mentions(text: str) -> tuple[list[int], list[Contest]]:
    """Where the article names a contest, with its office and the region written after it (read once per
    article); a regional election named without its office (`Pilkada`) counts where its region names one."""
    starts, contests = [], []
    for match in contest_words().finditer(text):
        office = contested_offices()[match.group().casefold()]
        deputy = deputy_after_regex().match(text, match.end())  # `pemilihan bupati dan wakil bupati Lebak` (invented)
        region, _ = region_after(text, deputy.end() if deputy else match.end(), KIND_OF_OFFICE.get(office, ""))
        office = office or office_for_region(region)
        if office:
            starts.append(match.start())
            contests.append(Contest(office, region if region_fits(office, region) else None))
    return starts, contests


@lru_cache(maxsize=4)
def names_regional_election(text: str) -> bool:
    """The article names a contest at all (`Pilkada`, `pasangan calon` in a regional text)."""
    return bool(contest_words().search(text))


def contest_at(text: str, position: int, home: Optional[str]) -> Optional[Contest]:
    """The contest named nearest before ``position``, else the first after it, else the election of the
    article's region (``home``) when the article names one."""
    starts, contests = contest_mentions(text)
    if starts:
        index = bisect_left(starts, position)
        return with_home_region(contests[index - 1] if index else contests[0], home)
    office = office_for_region(home)
    return Contest(office, home) if office and names_regional_election(text) else None


def with_home_region(contest: Contest, home: Optional[str]) -> Contest:
    """A contest with no region written takes the article's region when its kind is the office's."""
    if contest.region is None and region_fits(contest.office, home):
        return Contest(contest.office, home)
    return contest


def described_contest(text: str, match: regex.Match, home: Optional[str]) -> Optional[Contest]:
    """The office and region written between a marker and its pair (`pasangan calon gubernur Sulut nomor urut 2`)."""
    if "described" not in match.groupdict() or not match.group("described"):
        return None
    described = match.group("described")
    office = next((contested_offices()[word.group().casefold()] for word in contest_words().finditer(described)), "")
    # The region may end the description or open the first name's group (`wali kota Surakarta Gibran ...`).
    names_start = trimmed_start(text, match.start("first"), match.end("first"))
    region = last_region_in(text, match.start("described"), names_start)
    office = office or office_for_region(region)
    if not office:
        return None
    return with_home_region(Contest(office, region if region_fits(office, region) else None), home)


def last_region_in(text: str, start: int, end: int) -> Optional[str]:
    """The last region named in ``text[start:end]`` by a capitalised word (`… wali kota Surakarta`)."""
    found = None
    for word in NON_SPACE.finditer(text, start, end):
        if word.group()[:1].isupper():
            region, region_end = region_after(text, word.start() - 1)
            if region and region_end <= end:
                found = region
    return found


def candidacy_role(office: str, contest: Contest) -> Role:
    """``Calon Wali Kota`` of ``Kota Metro``: titled with the region's name (``Calon Wali Kota Metro``)."""
    region = lookup(contest.region) if contest.region else None
    title = f"{office} {region.bare}" if region else office
    return Role(title=title, position=office, jurisdiction=contest.region)


# ---------------------------------------------------------------- the pair's people

def trimmed_start(text: str, start: int, end: int) -> int:
    """Where the names of a pair group begin: after marker, office or region words the group swallowed
    (`Pasangan Yulius-…`, `Surakarta Budi Lubis Harahap-…`)."""
    for word in NON_SPACE.finditer(text, start, end):
        if is_non_name_word(word.group()):
            start = word.end()
            continue
        region, region_end = region_after(text, word.start() - 1)
        if region and region_end < end and text[region_end:end].strip():
            start = region_end
            continue
        break
    while start < end and text[start].isspace():
        start += 1
    return start


def whole_person(text: str, start: int, end: int) -> Optional[PersonMention]:
    """The person written exactly at ``text[start:end]``; None when non-name words cut it (a pair's names are
    whole names: `Pemilihan Gubernur dan Wakil Gubernur` is no pair)."""
    person = person_from(text, start, end, keep_tail=False)
    return person if person and person.start == start and person.end == end else None


def pair_people(text: str, match: regex.Match, roles: tuple[Role, Role]) -> Optional[list[tuple[PersonMention, Role]]]:
    """The pair's two people with their roles, or None when either is no whole name."""
    people = []
    for group, role in zip(("first", "second"), roles):
        start = trimmed_start(text, match.start(group), match.end(group)) if group == "first" else match.start(group)
        person = whole_person(text, start, match.end(group)) if start < match.end(group) else None
        if person is None:
            return None
        people.append((person, role))
    return people


def candidate_roles(contest: Contest) -> tuple[Role, Role]:
    return candidacy_role(f"Calon {contest.office}", contest), candidacy_role(f"Calon Wakil {contest.office}", contest)


@lru_cache(maxsize=1)
def office_pair_regex() -> regex.Pattern:
    """``Yudi Wibowo-Wawan Harahap sebagai Bupati dan Wakil Bupati Keerom``: a head and a deputy."""
    return regex.compile(
        rf"(?P<first>{PAIR_NAMES}){PAIR_JOIN}(?P<second>{PAIR_NAMES})\s+sebagai\s+"
        rf"(?P<office>\L<offices>)\s+dan\s+[Ww]akil\s+(?P=office)(?![\p{{L}}])",
        offices=[surface for surface, office in office_variants().items() if not surface.startswith(("Wakil", "wakil"))],
    )


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
def pair_matches(text: str) -> tuple[regex.Match, ...]:
    """Candidate pairs (marked, credited with votes or beside a contest's result), in text order, without overlaps."""
    matches = sorted([*candidate_pair_regex().finditer(text), *pair_before_result_regex().finditer(text),
                      *pairs_with_votes(text)], key=lambda match: (match.start("first"), -match.end("second")))
    kept: list[regex.Match] = []
    for match in matches:
        if not kept or match.start("first") >= kept[-1].end("second"):
            kept.append(match)
    return tuple(kept)


def candidate_pair_groups(text: str, home: Optional[str] = None) -> list[tuple[int, int, list[tuple[PersonMention, Role]]]]:
    """(start, end, people with their roles) of every pair, office pairs first.

    ``X-Y sebagai Bupati dan Wakil Bupati Keerom`` holds the office and its deputy; ``pasangan calon
    Vina Lubis-Oki Saputra`` the candidacies for the office contested.  A pair read both ways keeps its
    office reading, and its candidacy match stays as an extent without people: no single role is read inside
    either (`pasangan calon Dedi Wibowo-Indra Wijaya` is no `calon Dedi`).  ``home`` is the
    article's region.
    """
    groups, taken = [], set()
    for match in office_pair_regex().finditer(text):
        office = office_variants()[match.group("office")].position
        region, _ = region_after(text, match.end(), KIND_OF_OFFICE.get(office, ""))
        written = (match.start("office"), match.end())
        roles = tuple(Role(title=position, position=position, jurisdiction=region, start=written[0], end=written[1])
                      for position in (office, f"Wakil {office}"))
        people = pair_people(text, match, roles)
        if people:
            groups.append((match.start(), match.end(), people))
            taken.add(match.start("first"))
    for match in pair_matches(text):
        contest = described_contest(text, match, home) or contest_at(text, match.start(), home)
        if contest is None:
            continue
        people = pair_people(text, match, candidate_roles(contest))
        if people is None:
            continue
        groups.append((match.start(), match.end(), [] if match.start("first") in taken else people))
    return groups


# ---------------------------------------------------------------- running mates

@lru_cache(maxsize=1)
def running_mate_regex() -> regex.Pattern:
    # The clause after the marker, up to the sentence's end: the mate is the first person named in it.
    return regex.compile(r"(?<![\p{L}])\L<markers>(?![\p{L}])(?P<clause>[^.;:“”\"]{0,120})",
                         markers=list(load_list("running_mate_markers.txt")))


@lru_cache(maxsize=1)
def candidacy_regex() -> regex.Pattern:
    """``Calon gubernur nomor urut satu``: the office a candidate runs for, written with its marker."""
    offices = [word for word, office in contested_offices().items() if office]
    return regex.compile(r"(?<![\p{L}])(?i:\L<markers>)\s+(?P<office>(?i:\L<words>))(?![\p{L}])",
                         markers=list(candidate_markers()), words=offices)


def running_mate_office(text: str, start: int, home: Optional[str]) -> Optional[Contest]:
    """The contest of the ticket a running mate joins: the candidacy named last in the 300 characters
    before (``Calon gubernur ..., Helmi Hasan, Wali Kota Bengkulu, berpasangan dengan``), else the contest."""
    candidacies = list(candidacy_regex().finditer(text, max(0, start - 300), start))
    if candidacies:
        office = contested_offices()[candidacies[-1].group("office").casefold()]
        region, _ = region_after(text, candidacies[-1].end(), KIND_OF_OFFICE.get(office, ""))
        return with_home_region(Contest(office, region if region_fits(office, region) else None), home)
    return contest_at(text, start, home)


def running_mates(text: str, pairs: list[tuple[PersonMention, Role]], home: Optional[str] = None) -> list[tuple[PersonMention, Role]]:
    """``Ia berpasangan dengan politisi Gerindra, anggota DPRD Medan, Citra Kusuma``: the person named
    first after the marker runs as the deputy of the office the article contests, unless the clause
    names them a candidate for the head office (``... berpasangan dengan bakal calon Gubernur Jabar X``)."""
    mates = []
    for match in running_mate_regex().finditer(text):
        contest = running_mate_office(text, match.start(), home)
        direct = person_after_role().match(text, match.start("clause"))
        named = [(person, role) for person, role in pairs if match.start("clause") <= person.start < match.end()]
        if direct:
            person = person_from(text, direct.start("person"), direct.end("person"), keep_tail=False)
            named += [(person, None)] if person else []
        if contest is None or not named:
            continue
        person, role = min(named, key=lambda pair: pair[0].start)
        if role is None or "Calon" not in role.position.split():
            mates.append((person, candidate_roles(contest)[1]))
    return mates


# ---------------------------------------------------------------- the component

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
    for start, end, people in candidate_pair_groups(text, doc._.article_region):
        span = char_span(doc, start, end, label="CANDIDATE_PAIR")
        if span is not None:
            span._.candidate_pair = CandidatePair(start, end, tuple(people))
            spans.append(span)
    doc.spans[CANDIDATE_PAIRS] = spans
    return doc


@Language.factory("netralitas_candidate_pairs", assigns=["doc.spans", "span._.candidate_pair"],
                  requires=["span._.role", "doc._.article_region"])
def make_candidate_pairs_component(nlp: Language, name: str):
    return annotate_candidate_pairs
