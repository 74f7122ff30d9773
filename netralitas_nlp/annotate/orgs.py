"""Organisations (components ``netralitas_org_lexicon`` and ``netralitas_orgs``): every organisation mention,
with its body, region and acronym, as ``doc.spans["org"]``.

Two sources of mentions:

* the lexicon, ``lang/id/institutions.tsv`` (a body's acronym, full name and other surface forms), the unit
  acronyms of ``unit_acronyms.tsv`` and the party boards of ``party_organs.tsv``, is a spaCy ``SpanRuler``
  (component ``netralitas_org_lexicon``): its patterns are built from the data files when the pipeline is
  built, its hits go to ``doc.spans["org"]`` with the lexicon form as the span's ``id_``;
* names a lexicon cannot list are read by rule (component ``netralitas_orgs``): a head noun of
  ``institution_heads.tsv`` and the words after it, sector words for units (``Dinas Perhubungan``, ``Badan Pusat
  Statistik``) or a proper name for organisations (``Universitas Lampung``, ``Asosiasi Studi Sosio-Legal
  Indonesia``); a unit written before its body is a unit of it (``Satuan Lalu Lintas Polres Purwakarta``); a news
  outlet cited as a source is one too (``seperti dilaporkan Antara``).

A mention may go on with its acronym in parentheses and a region (``Bawaslu Provinsi Sulawesi Selatan``,
``Pemkot Palopo``, ``Dinas Penanaman Modal … (DPMPTSP) DKI Jakarta``, ``KPU RI``); the region is linked
through the gazetteer.  An acronym an article defines this way is a mention wherever it recurs.  A bare
party board (``Ketua DPD``) is the board of the party its sentence names.  ``netralitas_orgs`` replaces the
lexicon's hits in ``doc.spans["org"]`` by the complete mentions; ``span._.org`` is the ``OrgMention`` (body,
jurisdiction, exact offsets).  Deciding which mentions are one institution is the institutions extractor's job.

The organisation lexicon (``Body``, ``bodies_by_form``, ``institution_name``, ``acronym_expansions``) is read by
the role annotator too (``Ketua Bawaslu``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

import regex
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc

from ..components import char_span, doc_text, ensure_extension, ensure_span_extension
from ..gazetteer import canonical_region
from ..intervals import SpanUnion
from ..patterns import compile_anchored
from ..lang import load_list, load_mapping, load_table, titles
from ..lang.calendar import calendar_words
from .places import NATIONAL_TAIL, NON_SPACE, region_after, region_designations
from .structure import sentence_starts

ORGS = "org"
ensure_span_extension("org")
ensure_extension("acronym_expansions")

# "Badan Kesatuan Bangsa dan Politik (Kesbangpol)": a capitalised run and its acronym in parentheses.
DEFINITION = regex.compile(
    r"(?P<full>\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\p{Ll}+|dan))*)\s*\((?P<acronym>\p{Lu}[\p{L}\-]{0,14})\)"
)
# An acronym in parentheses right after a name: "Perkumpulan untuk Pemilu dan Demokrasi (Perludem)".
PARENTHESISED = compile_anchored(r"\G\s*\((?P<acronym>\p{Lu}[\p{L}\-]{0,14})\)")
ACRONYM = regex.compile(r"\p{Lu}{2,}\d*")  # IKN, PGRI: an all-capital word
# A level of government after a body and no region's name or acronym after it ("Bawaslu provinsi menerima", "Kemenag
# Kabupaten/Kota"; not "Kepolisian Resor Kota (Polresta) Bogor", "BPS Provinsi DKI Jakarta"): the bodies of that level.
LEVEL_TAIL = compile_anchored(
    r"\G[^\S\n]+(?P<level>(?i:provinsi|kabupaten|kota)(?:/(?i:kabupaten|kota))?)(?![\p{L}\-/])(?![^\S\n]*[\p{Lu}(])"
)
LEXICON_LABEL = "ORG_LEXICON"  # the ruler's hits; netralitas_orgs replaces them by complete "ORG" mentions
MAX_NAME_WORDS = 6
SPACE = r"[^\S\n]"  # a name read by rule stays on its line


@dataclass(frozen=True)
class Body:
    acronym: Optional[str]
    full: str
    kind: str  # region kind written into the full name (Pemerintah Kota), or ""
    local: bool  # a body of one region: takes the article's region when none is written
    party: bool = False  # a political party
    party_of: Optional["Body"] = None  # the party of a party board (DPD Golkar)
    level: str = ""  # a level of government written without its region (KPU Provinsi): every body of that level


@lru_cache(maxsize=1)
def bodies_by_form() -> dict[str, Body]:
    forms: dict[str, Body] = {}
    for row in load_table("institutions.tsv"):
        acronym, full, others, kind, scope = (list(row) + [""] * 5)[:5]
        body = Body(acronym or None, full, kind, scope == "local", scope == "party")
        written = [full, acronym, *filter(None, others.split("|"))]
        for form in written + [spelling for form in written if form for spelling in ministry_spellings(form)]:
            if form:
                forms.setdefault(form, body)
    return forms


def ministry_spellings(acronym: str) -> list[str]:
    """A ministry's acronym of capitals after ``Kemen`` is also written after the word in full: ``KemenPUPR``,
    ``Kementerian PUPR``; ``KemenXY-Z``, ``Kementerian XY-Z``, ``Kementerian XYZ``."""
    rest = acronym[len("Kemen"):].lstrip()
    if not acronym.startswith("Kemen") or not regex.fullmatch(r"\p{Lu}{2,}(?:-\p{Lu}+)?", rest):
        return []
    return list(dict.fromkeys([f"Kementerian {rest}", f"Kementerian {rest.replace('-', '')}"]))


@lru_cache(maxsize=1)
def body_by_acronym() -> dict[str, Body]:
    return {body.acronym: body for body in bodies_by_form().values() if body.acronym}


@lru_cache(maxsize=1)
def lexicon_bodies_by_form() -> dict[str, Body]:
    """The bodies the lexicon finds: those of ``institutions.tsv`` and the units of ``unit_acronyms.tsv``."""
    forms = dict(bodies_by_form())
    for acronym, full in load_table("unit_acronyms.tsv"):
        body = Body(acronym, full, "", True)
        for form in (acronym, full):
            forms.setdefault(form, body)
    return forms


@lru_cache(maxsize=1)
def party_organs() -> dict[str, str]:
    return dict(load_mapping("party_organs.tsv"))


@lru_cache(maxsize=1)
def national_organs() -> frozenset[str]:
    """Central boards (DPP), never a region's."""
    return frozenset(row[0] for row in load_table("party_organs.tsv") if row[2:3] == ("national",))


# ---------------------------------------------------------------- the lexicon as a SpanRuler

def lexicon_patterns() -> list[dict]:
    """One ORG phrase pattern per lexicon form; the pattern id is the form (``ent.ent_id_``)."""
    forms = sorted(set(lexicon_bodies_by_form()) | set(party_organs()))
    # A party's board written in full (`Dewan Pimpinan Wilayah (DPW) PPP`) is a hit of its acronym.
    boards = [{"label": LEXICON_LABEL, "pattern": full, "id": organ} for organ, full in sorted(party_organs().items())]
    return [{"label": LEXICON_LABEL, "pattern": form, "id": form} for form in forms] + boards


@Language.factory(
    "netralitas_org_lexicon", assigns=["doc.spans"],
    default_config={"spans_key": ORGS, "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"}},
)
def make_org_lexicon(nlp: Language, name: str, spans_key: str, spans_filter) -> SpanRuler:
    """The lexicon as a ``SpanRuler``: overlapping hits keep the first longest, as a phrase in news reads."""
    ruler = SpanRuler(nlp, name, spans_key=spans_key, spans_filter=spans_filter, overwrite=True)
    ruler.add_patterns(lexicon_patterns())
    return ruler


# ---------------------------------------------------------------- names read by rule

@dataclass(frozen=True)
class Head:
    complement: str  # "sector" or "name"
    scope: str  # "local", "part", "party" or ""
    full: str  # the head written in full (Satgas → Satuan Tugas)


@lru_cache(maxsize=1)
def institution_heads() -> dict[str, Head]:
    heads = {}
    for row in load_table("institution_heads.tsv"):
        head, complement, scope, full = (list(row) + [""] * 4)[:4]
        heads[head] = Head(complement, scope, full or head)
    return heads


def _rule_body(head: str, words: str, acronym: Optional[str] = None) -> Body:
    """The lexicon's body of that name, else a body named by the head in full and the words after it."""
    spec = institution_heads()[head]
    name = " ".join([spec.full, *words.split()])
    known = lexicon_bodies_by_form().get(name) or lexicon_bodies_by_form().get(" ".join([head, *words.split()]))
    return known or Body(acronym, name, "", spec.scope in ("local", "part"), spec.scope == "party")


def is_part_unit(body: Body) -> bool:
    """A unit that may be part of the body written after it (Satuan Lalu Lintas, Biro Hukum)."""
    return any(body.full.startswith(head + " ") for head, spec in institution_heads().items() if spec.scope in ("part", "organ"))


def is_organ(body: Body) -> bool:
    """An organ of the body written after it (`Komisi II DPR`), which stands for that body there."""
    return any(body.full.startswith(head + " ") for head, spec in institution_heads().items() if spec.scope == "organ")


@lru_cache(maxsize=1)
def head_words() -> frozenset[str]:
    """First words of the head nouns (Bank, PT, Universitas, Dinas …)."""
    return frozenset(head.split()[0] for head in institution_heads())


def _heads_with(complement: str) -> list[str]:
    return [head for head, spec in institution_heads().items() if spec.complement == complement]


@lru_cache(maxsize=1)
def name_joiners() -> frozenset[str]:
    return frozenset(load_list("organisation_name_joiners.txt"))


@lru_cache(maxsize=1)
def unit_regex() -> regex.Pattern:
    """A unit head, its acronym perhaps, and sector words joined by spaces, joiners ("dan") or commas."""
    sector = r"\L<sectors>(?![\p{L}\-])"
    return regex.compile(
        rf"(?<![\p{{L}}\-])(?P<head>\L<heads>)(?:{SPACE}*\(\p{{Lu}}[\p{{L}}\-]*\))?"
        rf"(?P<run>{SPACE}+{sector}(?:(?:{SPACE}*,?{SPACE}+\L<joiners>{SPACE}+|{SPACE}*,{SPACE}+|{SPACE}+){sector})*)",
        heads=_heads_with("sector"), sectors=list(load_list("sector_words.txt")), joiners=list(name_joiners()),
    )


@lru_cache(maxsize=1)
def organisation_regex() -> regex.Pattern:
    """An organisation head and up to six capitalised words (joiners such as "dan", "untuk" between them, commas
    in a list that a joiner closes: ``listed_words``)."""
    word = rf"(?:\L<joiners>{SPACE}+)?\p{{Lu}}[\p{{L}}\d\-']*"
    return regex.compile(
        r"(?<![\p{L}\-])(?P<head>\L<heads>)"
        rf"(?P<run>{SPACE}+{word}(?:,?{SPACE}+{word}){{0,{MAX_NAME_WORDS - 1}}})",
        heads=_heads_with("name"), joiners=list(name_joiners()),
    )


@lru_cache(maxsize=1)
def name_stop_words() -> frozenset[str]:
    """Capitalised words that end an organisation's name: a person's titles, days, months (every spelling the
    date tables know: `Jum'at`, `Agt`), a street."""
    return frozenset(load_list("organisation_stopwords.txt")) | frozenset(titles.honorifics()) | calendar_words()


@lru_cache(maxsize=1)
def name_end_words() -> frozenset[str]:
    return frozenset(load_list("organisation_name_ends.txt"))


def organisation_words(words: list[str]) -> list[str]:
    """The words of a name: cut at a stop word, after a region it names (``Universitas Lampung Karomani``) or
    after a word that ends names (``Asosiasi Pengusaha Indonesia``), and without joiners at its end."""
    stops = name_stop_words()
    for index, word in enumerate(words):
        # "Bank Mega dan Bank Mega Syariah": a joiner before another head starts another name.
        next_word = words[index + 1] if index + 1 < len(words) else ""
        if word in stops or (word in name_joiners() and next_word in head_words()):
            words = words[:index]
            break
    for index in range(len(words)):
        if words[index] in name_end_words():
            words = words[:index + 1]
            break
        region_words = next((count for count in range(min(3, len(words) - index), 0, -1)
                             if canonical_region(" ".join(words[index:index + count]))), 0)
        if region_words:
            words = words[:index + region_words]
            break
    while words and words[-1] in name_joiners():
        words = words[:-1]
    return words


def acronym_fits(acronym: str, name: str) -> bool:
    """The acronym abbreviates the name: same first letter, its letters in order among the name's."""
    letters = iter(name.casefold())
    folded = acronym.replace("-", "").casefold()
    return bool(folded) and folded[0] == name[:1].casefold() and all(char in letters for char in folded)


# ---------------------------------------------------------------- regions

@lru_cache(maxsize=1)
def designated_name() -> regex.Pattern:
    """A command's own name after its body: a designation and a word that is no region (``Polda Metro Jaya``),
    or a number and a name (``Kodim 0601/Pandeglang``, ``Kodam III/Siliwangi``)."""
    return regex.compile(
        r"\G\s+(?P<name>\L<designations>\s+\p{Lu}[\p{L}\-]*|(?:\d{2,4}|[IVX]{1,5})/\p{Lu}[\p{L}\-]*)(?![\p{L}\-])",
        designations=list(region_designations()),
    )


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


# ---------------------------------------------------------------- mentions

@dataclass
class OrgMention:
    """One organisation mention: the body, the region written with it, exact character offsets."""

    body: Body
    jurisdiction: Optional[str]
    start: int
    end: int
    national: bool = False  # written with "RI": the national body, never a region's


def _with_tails(text: str, body: Body, start: int, end: int, *, needs_region: bool = False) -> Optional[OrgMention]:
    """The mention with its parenthesised acronym and the region or "RI" written after it."""
    defined = PARENTHESISED.match(text, end)
    if defined and (defined.group("acronym") == body.acronym or acronym_fits(defined.group("acronym"), body.full)):
        if body.acronym is None:
            body = replace(body, acronym=defined.group("acronym"))
        end = defined.end()
    national = NATIONAL_TAIL.match(text, end)
    if national:
        return OrgMention(body, None, start, national.end(), national=True)
    # "Pemerintah Kota/Kabupaten/Provinsi" name their kind, the tail is the bare place.
    jurisdiction, region_end = region_after(text, end, body.kind)
    if needs_region and jurisdiction is None:
        return None
    level = LEVEL_TAIL.match(text, end) if jurisdiction is None and not body.kind and not body.party else None
    if level:
        # "Bawaslu provinsi", "Kemenag Kabupaten/Kota": the bodies of that level, apart from the national one.
        written = level.group("level")
        body = replace(body, full=f"{body.full} {written[0].upper()}{written[1:]}", level=written)
        return OrgMention(body, None, start, level.end("level"))
    designated = designated_name().match(text, end) if jurisdiction is None else None
    if designated:
        # "Polda Metro Jaya", "Kodim 0601/Pandeglang": a command of its own name, not a region's.
        name = designated.group("name")
        body = replace(body, full=f"{body.full} {name}", acronym=f"{body.acronym} {name}" if body.acronym else None)
        region_end = designated.end()
    return OrgMention(body, jurisdiction, start, region_end)


def lexicon_hits(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, lexicon form) of the lexicon's hits, in text order."""
    return sorted((span.start_char, span.end_char, span.id_) for span in doc.spans.get(ORGS, [])
                  if span.label_ == LEXICON_LABEL)


def _board(organ: str, party: Body, written: str, level: str = "") -> Body:
    """A party's board; its level (`DPD I`, `DPD II`: province, regency) keeps boards of one party apart."""
    acronym = written if " " not in written else (party.acronym or written)
    organ, full = (f"{organ} {level}", f"{party_organs()[organ]} {level}") if level else (organ, party_organs()[organ])
    return Body(f"{organ} {acronym}", f"{full} {party.full}", "", False, party_of=party)


# Between a board and its party: its acronym in brackets after the full name, its level (`DPD II Golkar`).
BOARD_TO_PARTY = compile_anchored(r"\G(?:[^\S\n]*\(\p{Lu}{2,4}\))?(?:[^\S\n]+(?P<level>I{1,2})(?![\p{L}\-]))?[^\S\n]+")


def _lexicon_mentions(text: str, hits: list[tuple[int, int, str]]) -> list[OrgMention]:
    """Lexicon hits with their tails; ``DPD Golkar Purwakarta`` is a board and its party."""
    found: list[OrgMention] = []
    forms = lexicon_bodies_by_form()
    by_start = {start: (end, form) for start, end, form in hits}
    skip_until = -1
    for start, end, form in hits:
        if start < skip_until:
            continue  # the party of a board, or the acronym in parentheses, already read
        gap = BOARD_TO_PARTY.match(text, end) if form in party_organs() else None
        following = by_start.get(gap.end()) if gap else None
        party = forms.get(following[1]) if following else None
        if form in party_organs() and party is not None and party.party:
            party_end, written = following
            board = _with_tails(text, _board(form, party, written, gap.group("level") or ""), start, party_end)
            found += [board, OrgMention(party, None, gap.end(), party_end)]
            skip_until = board.end
        elif form in forms:
            body = forms[form]
            mention = _with_tails(text, body, start, end, needs_region=bool(body.kind) and form == body.full)
            if mention:
                found.append(mention)
                skip_until = mention.end
        else:
            found.append(OrgMention(Body(form, party_organs()[form], "", False), None, start, end))  # a bare board
    return found


def _unit_mentions(text: str) -> list[OrgMention]:
    """``Dinas Perhubungan Kabupaten Purwakarta``, ``Satuan Tugas (Satgas) Penanganan Covid-19``."""
    found = []
    for match in unit_regex().finditer(text):
        body = _rule_body(match.group("head"), match.group("run"))  # "(Satgas)" after the head is the head's
        found.append(_with_tails(text, body, match.start(), match.end()))
    return found


@lru_cache(maxsize=1)
def offices_ending_in_head() -> frozenset[str]:
    """Offices whose last word is a head noun (`Sekretaris Kabinet`): the head there names no body."""
    return frozenset(row[0] for row in load_table("positions.tsv")
                     if any(row[0].endswith(" " + head) for head in institution_heads()))


def _after_office(text: str, match: regex.Match) -> bool:
    """The head ends an office written before it ("Sekretaris Kabinet <Name>": an office and its holder)."""
    before = text[max(0, match.start() - 40):match.end("head")]
    return any(before.endswith(office) and not before[:-len(office)][-1:].isalpha() for office in offices_ending_in_head())


@lru_cache(maxsize=1)
def position_head_regex() -> regex.Pattern:
    """A position head (`Kepala`, `Ketua`) right before a body's head noun."""
    return regex.compile(r"(?<![\p{L}\-])\L<heads>[^\S\n]+\Z", heads=list(load_list("position_heads.txt")))


def _after_position_head(text: str, start: int) -> bool:
    return bool(position_head_regex().search(text[max(0, start - 40):start]))


def acronym_ends_name(words: list[regex.Match]) -> int:
    """How many words a body's name keeps when its holder's name follows it (`Kepala Otorita XYZ <Name>`):
    an acronym followed by a capitalised word that is no acronym and no region ends the body's name."""
    texts = [word.group() for word in words]
    for index, word in enumerate(texts[:-1]):
        following = texts[index + 1]
        if (ACRONYM.fullmatch(word) and not ACRONYM.fullmatch(following)
                and not any(canonical_region(" ".join(texts[index + 1:index + 1 + count])) for count in (1, 2, 3))):
            return index + 1
    return len(texts)


@lru_cache(maxsize=1)
def generic_organisation_nouns() -> regex.Pattern:
    return regex.compile(r"\L<nouns>(?![\p{L}\-])", nouns=list(load_list("generic_organisation_nouns.txt")))


def _generic_noun(text: str, match: regex.Match) -> bool:
    """The head and its next word name a kind of body (`Partai Politik`), not one body."""
    return bool(generic_organisation_nouns().match(text, match.start()))


def _defined_here(text: str, match: regex.Match, words: list[regex.Match]) -> bool:
    """The name goes on with its own acronym in parentheses (`Komisi Perlindungan Anak (KPA)`): a body of its own,
    not an organ of the body written after it."""
    if not words:
        return False
    defined = PARENTHESISED.match(text, words[-1].end())
    return bool(defined) and acronym_fits(defined.group("acronym"), text[match.start():words[-1].end()])


def _organisation_mentions(text: str) -> list[OrgMention]:
    """``Universitas Lampung``, ``Asosiasi Studi Sosio-Legal Indonesia (ASSLESI)``, ``Partai Buruh``."""
    found = []
    for match in organisation_regex().finditer(text, overlapped=True):  # a name may start inside a cut one
        if _after_office(text, match) or _generic_noun(text, match):
            continue
        spans = list(NON_SPACE.finditer(text, match.start("run"), match.end()))
        spans = spans[:listed_words([span.group() for span in spans])]
        kept = len(organisation_words([span.group().rstrip(",") for span in spans]))
        scope = institution_heads()[match.group("head")].scope
        if scope in ("part", "organ"):
            named = kept
            kept = before_known_body(spans[:kept])
            if scope == "organ" and kept == named and not _defined_here(text, match, spans[:kept]):
                continue  # an organ (`Komisi II`) is read with its body written after it
        if scope == "defined" and not _defined_here(text, match, spans[:kept]):
            continue  # "tim" alone is any team; with its own acronym, a body
        if kept and _after_position_head(text, match.start()):
            kept = acronym_ends_name(spans[:kept])
        if not kept:
            continue
        end = spans[kept - 1].end() - spans[kept - 1].group().endswith(",")
        body = _rule_body(match.group("head"), text[match.start("run"):end])
        found.append(_with_tails(text, body, match.start(), end))
    return found


def listed_words(words: list[str]) -> int:
    """How many words a name keeps where a comma follows one: only a list of three or more one-word items, no
    known body among them (`Partai Nasdem, PAN, dan PPP` are three parties), that a joiner closes is inside the name
    (`Partai Adil, Makmur, dan Sejahtera`); another comma ends it."""
    index = 0
    while index < len(words):
        if words[index].endswith(","):
            closing = index + 1
            while closing < len(words) and words[closing].endswith(","):
                closing += 1
            items = [word.rstrip(",") for word in words[index:closing + 2]]
            if not (closing + 1 < len(words) and closing - index >= 2 and words[closing] in name_joiners()
                    and not any(item in lexicon_bodies_by_form() for item in items)):
                return index + 1
            index = closing + 1
        index += 1
    return len(words)


def before_known_body(words: list[regex.Match]) -> int:
    """How many of a unit's words come before a body the lexicon knows: that body is the unit's parent
    (`Komisi A DPRD Kota Malang`: commission A of the DPRD), which `_with_parents` joins."""
    texts = [word.group().rstrip(",") for word in words]
    forms = lexicon_bodies_by_form()
    return next((index for index in range(len(texts))
                 if any(" ".join(texts[index:index + count]) in forms for count in range(1, len(texts) - index + 1))),
                len(texts))


@lru_cache(maxsize=1)
def cited_outlet_regex() -> regex.Pattern:
    """An outlet named as a source after an attribution word (outlets are matched ignoring case)."""
    return regex.compile(r"(?<![\p{L}])\L<cues>\s+(?P<outlet>(?i:\L<outlets>))(?![\p{L}\d])",
                         cues=list(load_list("media_cues.txt")), outlets=list(load_list("outlets.txt")))


def _outlet_mentions(text: str) -> list[OrgMention]:
    """``seperti dilaporkan Antara``: the outlet as written."""
    return [OrgMention(Body(None, match.group("outlet"), "", False), None, match.start("outlet"), match.end("outlet"))
            for match in cited_outlet_regex().finditer(text)]


def _defined_acronyms(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """Later bare uses of an acronym the article defined in parentheses (``… (DPMPTSP)`` … ``DPMPTSP``)."""
    defined = {item.body.acronym: item for item in found if item.body.acronym and item.body.acronym not in lexicon_bodies_by_form()}
    if not defined:
        return []
    pattern = regex.compile(r"(?<![\p{L}\-])\L<acronyms>(?![\p{L}\-])", acronyms=list(defined))
    return [OrgMention(defined[m.group()].body, None, m.start(), m.end()) for m in pattern.finditer(text)]


def _added_without_overlaps(kept: list[OrgMention], candidates: list[OrgMention]) -> list[OrgMention]:
    """``kept`` and the candidates that overlap nothing taken before them, in text order.

    The lexicon's mentions are kept as they are (a board holds its party's mention); rules only fill gaps.
    """
    taken = SpanUnion((item.start, item.end) for item in kept)
    kept = list(kept)
    for item in candidates:
        if taken.overlaps(item.start, item.end):
            continue
        kept.append(item)
        taken.add(item.start, item.end)
    return sorted(kept, key=lambda item: item.start)


def _with_parents(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """``Satuan Lalu Lintas`` + ``Polres Purwakarta`` written together: one unit of that body, and the body
    itself (as a board and its party are)."""
    joined: list[OrgMention] = []
    for item in found:
        before = joined[-1] if joined else None
        if (before is not None and is_part_unit(before.body) and before.jurisdiction is None and not item.body.party
                and text[before.end:item.start] == " " and not is_part_unit(item.body)):
            body = replace(before.body, full=f"{before.body.full} {item.body.full}", local=False)
            joined[-1] = OrgMention(body, item.jurisdiction, before.start, item.end, item.national)
            if is_organ(before.body):
                continue  # `Komisi II DPR`: the commission, not the DPR as well
        joined.append(item)
    return joined


def _share_a_word(name: str, other: str) -> bool:
    words = {word.casefold() for word in name.split() if word not in name_joiners()}
    return any(word.casefold() in words for word in other.split() if word not in name_joiners())


def redefined_acronyms(text: str) -> set[str]:
    """Lexicon acronyms the article defines as something else: ``Pejabat Pembuat Komitmen (PPK)`` is no
    district election panel there.  A definition is another thing when its name fits the acronym, is no
    lexicon form and shares no word with the lexicon's name (``Perusahaan Listrik Nasional (PLN)`` is a misspelt
    Perusahaan Listrik Negara)."""
    forms = lexicon_bodies_by_form()
    redefined = set()
    for acronym, full in acronym_expansions(text).items():
        body = forms.get(acronym)
        if body is not None and full not in forms and acronym_fits(acronym, full) and not _share_a_word(full, body.full):
            redefined.add(acronym)
    return redefined


def _outside_defined_names(text: str, lexicon: list[OrgMention], by_rule: list[OrgMention]) -> list[OrgMention]:
    """The lexicon's mentions less those inside a name read by rule that the article defines with its own new
    acronym (`Tim Anggaran Pemerintah Daerah (TAPD)`: no `Pemerintah Daerah` of its own there)."""
    known = lexicon_bodies_by_form().keys() | party_organs().keys()
    defined = [item for item in by_rule if item.body.acronym and item.body.acronym not in known
               and f"({item.body.acronym})" in text[item.start:item.end]]
    return [item for item in lexicon
            if not any(name.start <= item.start and item.end <= name.end and (name.start, name.end) != (item.start, item.end)
                       for name in defined)]


def find_org_mentions(doc: Doc) -> list[OrgMention]:
    text = doc_text(doc)
    redefined = redefined_acronyms(text)
    hits = [hit for hit in lexicon_hits(doc) if hit[2] not in redefined]
    by_rule = _unit_mentions(text) + _organisation_mentions(text) + _outlet_mentions(text)
    found = _added_without_overlaps(_outside_defined_names(text, _lexicon_mentions(text, hits), by_rule), by_rule)
    return _with_parents(text, _added_without_overlaps(found, _defined_acronyms(text, found)))


def _boards_of_parties(doc: Doc, found: list[OrgMention]) -> list[OrgMention]:
    """A bare board (``Ketua DPD``, ``DPP dan DPD PAN``) is the board of the party its sentence names, if one."""
    starts = sentence_starts(doc)
    parties_by_sentence: dict[int, list[OrgMention]] = {}
    for party in (item for item in found if item.body.party):
        parties_by_sentence.setdefault(bisect_right(starts, party.start), []).append(party)
    resolved = []
    for item in found:
        if item.body.acronym not in party_organs() or item.body.party_of or item.national:
            resolved.append(item)
            continue
        near = parties_by_sentence.get(bisect_right(starts, item.start), [])
        if near:
            party = min(near, key=lambda other: abs(other.start - item.start)).body
            item = replace(item, body=_board(item.body.acronym, party, party.acronym or party.full))
        elif item.body.acronym in bodies_by_form():
            item = replace(item, body=bodies_by_form()[item.body.acronym])  # DPD alone: Dewan Perwakilan Daerah
        else:
            continue  # a board of no party
        resolved.append(item)
    return resolved


def org_mentions(doc: Doc) -> list[OrgMention]:
    """The organisation mentions of an annotated Doc, in text order."""
    return [span._.org for span in doc.spans.get(ORGS, []) if span._.org is not None]


def annotate_orgs(doc: Doc) -> Doc:
    spans = []
    for mention in _boards_of_parties(doc, find_org_mentions(doc)):
        span = char_span(doc, mention.start, mention.end, label="ORG")
        if span is not None:
            span._.org = mention
            spans.append(span)
    doc.spans[ORGS] = spans
    doc._.acronym_expansions = acronym_expansions(doc_text(doc))
    return doc


@Language.factory("netralitas_orgs", assigns=["doc.spans", "span._.org", "doc._.acronym_expansions"],
                  requires=["doc.sents", "span._.region"])
def make_orgs_component(nlp: Language, name: str):
    return annotate_orgs
