"""Institution records from a Doc (component ``netralitas_institutions``).

One mechanism, driven by ``lang/id/institutions.tsv``: a body's acronym, full name
or other surface form, optionally followed by its acronym in parentheses and by a
region (``Bawaslu Provinsi Sulawesi Selatan``, ``Pemkot Palopo``, ``perangkat daerah
se-Kota Palopo``, ``KPU RI``).  The region is linked through the gazetteer.  A later
bare mention (``Bawaslu``) belongs to the most recent body with that acronym; one
record per distinct body per article, with every surface form and offset.

``region_after`` and ``acronym_expansions`` are shared with the officials component.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex
from spacy.tokens import Doc

from ..components import doc_text, extraction_component
from ..gazetteer import canonical_region
from ..lang import load_table
from ..records import Institution, Span

KIND_WORDS = {"Kota": "Kota", "Kabupaten": "Kabupaten", "Kab.": "Kabupaten", "Provinsi": "Provinsi", "Prov.": "Provinsi"}
# A place written after a body or an office: optional "se-", optional kind word, up to four capitalised words.
REGION_TAIL = regex.compile(
    r"\G(?:\s+se-|\s+|-)(?:(?P<kind>Kota|Kabupaten|Kab\.|Provinsi|Prov\.)\s+)?"
    r"(?P<words>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})"
)
NATIONAL_TAIL = regex.compile(r"\G\s+RI\b")
# "Badan Kesatuan Bangsa dan Politik (Kesbangpol)": a capitalised run and its acronym in parentheses.
DEFINITION = regex.compile(
    r"(?P<full>\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\p{Ll}+|dan))*)\s*\((?P<acronym>\p{Lu}[\p{L}\-]{0,14})\)"
)


@dataclass(frozen=True)
class Body:
    acronym: Optional[str]
    full: str
    kind: str  # region kind written into the full name (Pemerintah Kota), or ""
    local: bool  # a body of one region: takes the article's region when none is written
    party: bool = False  # a political party


@lru_cache(maxsize=1)
def bodies_by_form() -> dict[str, Body]:
    forms: dict[str, Body] = {}
    for row in load_table("institutions.tsv"):
        acronym, full, others, kind, scope = (list(row) + [""] * 5)[:5]
        body = Body(acronym or None, full, kind, scope == "local", scope == "party")
        for form in [full, acronym, *filter(None, others.split("|"))]:
            if form:
                forms.setdefault(form, body)
    return forms


@lru_cache(maxsize=1)
def body_by_acronym() -> dict[str, Body]:
    return {body.acronym: body for body in bodies_by_form().values() if body.acronym}


@lru_cache(maxsize=1)
def institution_regex() -> regex.Pattern:
    # \L<forms>: regex's set-based named list, matched longest first and far faster than an alternation.
    return regex.compile(
        r"(?<![\p{L}\-])(?P<form>\L<forms>)(?![\p{L}\-])(?:\s*\((?P<acronym>\p{Lu}[\p{L}\-]*)\))?",
        forms=list(bodies_by_form()) + list(party_organs()),
    )


def resolve_region(words: str, kind: Optional[str] = None) -> Optional[str]:
    """Canonical region for place words, using the kind when written or implied."""
    if kind:
        return canonical_region(f"{kind} {words}")
    return canonical_region(words)


def region_after(text: str, pos: int, kind_hint: str = "") -> tuple[Optional[str], int]:
    """(canonical region, end offset) of a place written at ``pos``; (None, pos) when there is none."""
    if NATIONAL_TAIL.match(text, pos):
        return None, pos
    match = REGION_TAIL.match(text, pos)
    if not match:
        return None, pos
    kind = KIND_WORDS.get(match.group("kind") or "", "")
    words = match.group("words").split()
    word_starts = [m.start() for m in regex.finditer(r"\S+", match.group("words"))]
    # Longest prefix of the capitalised words that names a region.
    for count in range(len(words), 0, -1):
        place = " ".join(words[:count])
        region = resolve_region(place, kind) if kind else resolve_region(place, kind_hint or None)
        if region is None and kind_hint and not kind:
            region = resolve_region(place)
        if region:
            end = match.start("words") + word_starts[count - 1] + len(words[count - 1])
            return region, end
    return None, pos


def acronym_expansions(text: str) -> dict[str, str]:
    """Acronyms the article itself expands: ``Sekretaris Daerah (Sekda)`` → {"Sekda": "Sekretaris Daerah"}.

    A known body's full name wins over the raw capitalised run (``Kesbangpol`` → its lexicon name).
    """
    expansions: dict[str, str] = {}
    known = body_by_acronym()
    for match in DEFINITION.finditer(text):
        acronym, full = match.group("acronym"), match.group("full")
        body = known.get(acronym)
        if body and full.endswith(body.full):
            full = body.full
        elif acronym[0].casefold() != full[0].casefold():
            # Trim leading words until the run starts with the acronym's letter (Kemudian Badan ... (BKD)).
            words = full.split()
            while words and words[0][0].casefold() != acronym[0].casefold():
                words.pop(0)
            if not words:
                continue
            full = " ".join(words)
        expansions.setdefault(acronym, full)
    return expansions


def institution_name(body: Body, jurisdiction: Optional[str]) -> str:
    """``Komisi Pemilihan Umum`` + ``Kota Makassar``; ``Pemerintah Kota`` + ``Kota Palopo`` → ``Pemerintah Kota Palopo``."""
    if not jurisdiction:
        return body.full
    if body.kind and body.full.endswith(" " + body.kind):
        return f"{body.full[: -len(body.kind) - 1]} {jurisdiction}"
    return f"{body.full} {jurisdiction}"


def article_region(doc: Doc, found: list["_Found"]) -> Optional[str]:
    """The article's own region: its dateline's place, else the region its bodies name most."""
    place = getattr(doc._.dateline, "place", None)
    region = resolve_region(place.title()) if place else None
    if region is None:
        named = [item.jurisdiction for item in found if item.jurisdiction]
        region = max(named, key=named.count) if named else None
    return region


@dataclass
class _Found:
    body: Body
    jurisdiction: Optional[str]
    start: int
    end: int


@lru_cache(maxsize=1)
def party_organs() -> dict[str, str]:
    return {row[0]: row[1] for row in load_table("party_organs.tsv")}


PARTY_AFTER = regex.compile(r"\G\s+(?P<party>\S+(?:\s+\S+){0,3})")


def party_organ(text: str, match: regex.Match) -> Optional[tuple[Body, Body, int, int]]:
    """``DPD Golkar Purwakarta``: (the board, its party, party start, party end), or None.

    The board's acronym joins the organ and the party as written (``DPD PDIP``); a board is of
    the region written after the party, the party itself national.
    """
    organ = party_organs().get(match.group("form"))
    if organ is None:
        return None
    following = institution_regex().match(text, match.end() + 1) if text[match.end():match.end() + 1] == " " else None
    if following is None or following.start() != match.end() + 1:
        return None
    party = bodies_by_form().get(following.group("form"))
    if party is None or not party.party:
        return None
    written = following.group("form")
    acronym = written if " " not in written else (party.acronym or written)
    board = Body(f"{match.group('form')} {acronym}", f"{organ} {party.full}", "", False)
    return board, party, following.start(), following.end()


def find_institutions(text: str) -> list[_Found]:
    found = []
    skip_until = -1
    for match in institution_regex().finditer(text):
        if match.start() < skip_until:
            continue  # the party of a board already read
        organ = party_organ(text, match)
        if organ:
            board, party, party_start, party_end = organ
            jurisdiction, end = region_after(text, party_end)
            found.append(_Found(board, jurisdiction, match.start(), end))
            found.append(_Found(party, None, party_start, party_end))
            skip_until = party_end
            continue
        body = bodies_by_form().get(match.group("form"))
        if body is None:
            continue  # a party board's acronym with no party after it
        # "Pemerintah Kota/Kabupaten/Provinsi" name their kind, the tail is the bare place.
        if body.kind and match.group("form") == body.full:
            jurisdiction, end = region_after(text, match.end(), body.kind)
            if jurisdiction is None:
                continue
        else:
            jurisdiction, end = region_after(text, match.end(), body.kind)
        found.append(_Found(body, jurisdiction, match.start(), end))
    return found


def _body_key(body: Body) -> str:
    return body.acronym or body.full


@extraction_component("netralitas_institutions", attr="institutions")
def extract_institutions(doc: Doc) -> list[Institution]:
    text = doc_text(doc)
    records: dict[tuple[str, Optional[str]], Institution] = {}
    latest_by_body: dict[str, tuple[str, Optional[str]]] = {}
    found = find_institutions(text)
    home = article_region(doc, found) if any(item.body.local for item in found) else None
    for item in found:
        key_body = _body_key(item.body)
        if item.jurisdiction is None and key_body in latest_by_body:
            key = latest_by_body[key_body]  # bare "Bawaslu": the body last named
        else:
            jurisdiction = item.jurisdiction
            if jurisdiction is None and item.body.local:
                jurisdiction = home
            key = (key_body, jurisdiction)
        latest_by_body[key_body] = key
        record = records.get(key)
        if record is None:
            record = records[key] = Institution(
                name=institution_name(item.body, key[1]), acronym=item.body.acronym, jurisdiction=key[1],
            )
        surface = text[item.start:item.end]
        if surface not in record.surface:
            record.surface.append(surface)
        record.mentions.append(Span(start=item.start, end=item.end, text=surface))
    return list(records.values())
