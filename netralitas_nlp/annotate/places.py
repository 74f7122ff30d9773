"""Places (component ``netralitas_places``): region mentions linked to the gazetteer, and the article's region.

* ``doc.spans["place"]``: every stretch of capitalised words that names a province, kabupaten or kota
  (``Kota Palopo``, ``Prabumulih``, ``Sulsel``, ``se-Kota Palopo`` without its ``se-``); ``span._.region`` is
  the canonical name (``Kota Prabumulih``), ``span._.place`` the ``PlaceMention`` with exact offsets;
* ``doc._.article_region``: the one notion of where the article is from — the dateline's place, else the
  first place of the lead sentence, else the place the article names most often.

``region_after(text, position, kind_hint)`` reads the place written right after a body or an office
(``Bawaslu Provinsi Sulawesi Selatan``, ``Bupati Bogor`` → ``Kabupaten Bogor``): the kind an office implies
decides between a kabupaten and a kota of the same name.  Region kind words come from the gazetteer
(``KIND_PREFIXES``), the place names from ``lang/id/regions.tsv`` and ``region_aliases.tsv``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..components import char_span, doc_text, ensure_extension, ensure_span_extension
from ..gazetteer import KIND_PREFIXES, canonical_region, region_aliases, regions
from ..lang import load_list
from ..patterns import NON_SPACE, compile_anchored

PLACES = "place"
MAX_PLACE_WORDS = 4

ensure_extension("article_region")
ensure_span_extension("region")
ensure_span_extension("place")


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    region: str  # canonical gazetteer name


def kind_words_pattern() -> str:
    """The region kind words as written in running text (``Kota``, ``Kabupaten``, ``Kab.``, ``Prov``)."""
    forms = {form[:1].upper() + form[1:] for form in KIND_PREFIXES}
    return "|".join(regex.escape(form) for form in sorted(forms, key=len, reverse=True))


KIND_WORDS = {form[:1].upper() + form[1:]: kind for form, kind in KIND_PREFIXES.items()}
PLACE_WORDS = rf"(?:(?P<kind>{kind_words_pattern()})\s+)?(?P<words>\p{{Lu}}[\p{{L}}\-]*(?:\s+\p{{Lu}}[\p{{L}}\-]*){{0,{MAX_PLACE_WORDS - 1}}})"
# A place written after a body or an office: optional "se-", optional kind word, up to four capitalised words.
REGION_TAIL = regex.compile(rf"\G(?:\s+se-|\s+|-){PLACE_WORDS}")
PLACE_AT = regex.compile(rf"\G(?:se-)?{PLACE_WORDS}")
NATIONAL_TAIL = compile_anchored(r"\G\s+RI\b")
CAPITALISED_WORD = regex.compile(r"(?<![\p{L}\-])(?:se-)?(?P<word>\p{Lu}[\p{L}\-]*)")



@lru_cache(maxsize=1)
def region_designations() -> frozenset[str]:
    """Words that open a command's own name rather than a region (``Metro`` of ``Polres Metro Bekasi``)."""
    return frozenset(load_list("region_designations.txt"))


def resolve_region(words: str, kind: Optional[str] = None) -> Optional[str]:
    """Canonical region for place words, using the kind when written or implied."""
    if kind:
        return canonical_region(f"{kind} {words}")
    return canonical_region(words)


def region_of(words: str) -> Optional[str]:
    """The region the longest prefix of ``words`` names (``Prabumulih 2024`` → ``Kota Prabumulih``)."""
    tokens = words.split()
    for size in range(len(tokens), 0, -1):
        if region := canonical_region(" ".join(tokens[:size])):
            return region
    return None


def _longest_place(match: regex.Match, kind_hint: str) -> tuple[Optional[str], int]:
    """(region, end) of the longest prefix of the matched capitalised words that names a region."""
    region, length = region_in_words(KIND_WORDS.get(match.group("kind") or "", ""), match.group("words"), kind_hint)
    return (region, match.start("words") + length) if region else (None, match.start())


@lru_cache(maxsize=8192)
def region_in_words(kind: str, written: str, kind_hint: str) -> tuple[Optional[str], int]:
    """The region named by the longest prefix of the capitalised words ``written`` (after a region kind
    word, if one), and how many characters of ``written`` it takes; cached, since an article repeats them."""
    words = written.split()
    word_starts = [m.start() for m in NON_SPACE.finditer(written)]
    if len(words) > 1 and not kind and words[0] in region_designations():
        # "Polres Metro Bekasi": the designation belongs to the mention, the region follows it.
        words, word_starts = words[1:], word_starts[1:]
    for count in range(len(words), 0, -1):
        place = " ".join(words[:count])
        region = resolve_region(place, kind) if kind else resolve_region(place, kind_hint or None)
        if region is None and kind_hint and not kind:
            region = resolve_region(place)
        if region:
            return region, word_starts[count - 1] + len(words[count - 1])
    return None, 0


def region_after(text: str, pos: int, kind_hint: str = "") -> tuple[Optional[str], int]:
    """(canonical region, end offset) of a place written at ``pos``; (None, pos) when there is none."""
    if NATIONAL_TAIL.match(text, pos):
        return None, pos
    match = REGION_TAIL.match(text, pos)
    if not match:
        return None, pos
    region, end = _longest_place(match, kind_hint)
    return (region, end) if region else (None, pos)


@lru_cache(maxsize=1)
def place_openers() -> frozenset[str]:
    """Lower-cased words a place mention can start with: first words of region names and aliases, kind
    words, designations.  Most capitalised words are none of these and are skipped at once."""
    names = [region.bare for region in regions()] + [region.name for region in regions()] + list(region_aliases())
    words = {name.split()[0].lower() for name in names if name.split()}
    return frozenset(words | set(KIND_PREFIXES) | {word.lower() for word in region_designations()})


def place_mentions(text: str) -> list[PlaceMention]:
    """Every place the text names, left to right, without overlaps."""
    found: list[PlaceMention] = []
    taken_until = 0
    openers = place_openers()
    for word in CAPITALISED_WORD.finditer(text):
        if word.start() < taken_until or word.group("word").lower() not in openers:
            continue
        match = PLACE_AT.match(text, word.start())
        region, end = _longest_place(match, "") if match else (None, 0)
        if region:
            start = match.start("kind") if match.group("kind") else match.start("words")
            found.append(PlaceMention(start, end, region))
            taken_until = end
    return found


def after_region_kind(text: str, start: int) -> bool:
    """`Kota Tasikmalaya`, `Kabupaten Bima`: a word right after a region kind names the place."""
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in KIND_PREFIXES


def doc_places(doc: Doc) -> list[PlaceMention]:
    """The place mentions of an annotated Doc, in text order."""
    return [span._.place for span in doc.spans.get(PLACES, []) if span._.place is not None]


def places_between(doc: Doc, start: int, end: int) -> list[PlaceMention]:
    return [place for place in doc_places(doc) if start <= place.start < end]


def lead_region(doc: Doc) -> Optional[str]:
    """The first region the lead sentence names."""
    lead = doc.spans.get("lead")
    if not lead:
        return None
    found = places_between(doc, lead[0].start_char, lead[0].end_char)
    return found[0].region if found else None


def article_region(doc: Doc) -> Optional[str]:
    """Where the article is from: its dateline's place, else the lead's first place, else its most named place."""
    place = getattr(doc._.dateline, "place", None)
    region = resolve_region(place.title()) if place else None
    if region is None:
        region = lead_region(doc)
    if region is None:
        counts = Counter(mention.region for mention in doc_places(doc))
        region = max(counts, key=counts.get) if counts else None  # ties: the first named (Counter keeps order)
    return region


def annotate_places(doc: Doc) -> Doc:
    spans = []
    for mention in place_mentions(doc_text(doc)):
        span = char_span(doc, mention.start, mention.end, label="PLACE")
        if span is not None:
            span._.region, span._.place = mention.region, mention
            spans.append(span)
    doc.spans[PLACES] = spans
    doc._.article_region = article_region(doc)
    return doc


@Language.factory(
    "netralitas_places",
    assigns=["doc.spans", "span._.region", "span._.place", "doc._.article_region"],
    requires=["doc.sents"],
)
def make_places_component(nlp: Language, name: str):
    return annotate_places
