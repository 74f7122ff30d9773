"""Role phrases (component ``netralitas_roles``): an office as written, with acting/former markers, body and
jurisdiction, as ``doc.spans["role"]`` (``span._.role`` is the ``RoleMention``).

``find_roles(text)`` finds every role phrase (``Penjabat (Pj) Sekretaris Daerah (Sekda)
Kota Palopo``, ``mantan Kepala Bappeda Prabumulih``, ``Ketua Bawaslu Provinsi Sulawesi
Selatan``, ``Kapolres Bogor``) with one regex built from the language data
(``positions.tsv``, ``position_heads.tsv``, ``acting_markers.tsv``, ``former_markers.txt``
and the institution forms); the region after it is linked by the gazetteer.  Pairing a
role with a person is the officials component's job.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice
from functools import lru_cache
from typing import Optional

import regex

from spacy.language import Language
from spacy.tokens import Doc

from ..components import char_span, doc_text, ensure_span_extension
from ..intervals import Intervals
from ..lang import alternation, load_kinds, load_list, load_mapping, load_table, titles
from ..lang.speech import speech_verbs
from ..patterns import NON_SPACE
from ..lang.morphology import VERB_SHAPED, verb_shaped_nouns
from ..records import Role
from .orgs import Body, bodies_by_form, body_by_acronym, institution_name, party_organs
from .places import region_after

PARENTHESISED_ACRONYM = regex.compile(r"\s*\(\p{Lu}[\p{L}\-.]*\)")
WORD = regex.compile(r"[\p{L}\-]+\.?")


@dataclass(frozen=True)
class Office:
    position: str
    organization: str  # "pemerintah", an institution acronym, or ""
    kind: str  # region kind the office implies (Bupati: Kabupaten)


@lru_cache(maxsize=1)
def offices() -> dict[str, Office]:
    table = {}
    for row in load_table("positions.tsv"):
        surface, position, organization, kind = (list(row) + [""] * 4)[:4]
        table[surface] = Office(position, organization, kind)
    return table


@lru_cache(maxsize=1)
def office_variants() -> dict[str, Office]:
    """Every written variant of an office (``juru bicara``) to its office; the form as listed wins."""
    table = {}
    generic = set(load_list("generic_role_heads.txt"))
    for surface, office in offices().items():
        # All lower case too (`calon wakil gubernur`), unless a generic head reads the phrase better
        # (`juru bicara Satgas ..., Nama`: the generic phrase runs to the comma before the name).
        for variant in [surface] + _with_lowercase([surface], every_word=surface not in generic):
            table.setdefault(variant, office)
    return table


@lru_cache(maxsize=1)
def candidate_markers() -> dict[str, str]:
    return dict(load_mapping("candidate_markers.tsv"))


@lru_cache(maxsize=1)
def canonical_positions() -> dict[str, str]:
    return dict(load_mapping("position_canonical.tsv"))


def canonical_position(position: str) -> str:
    """``Kepala Polres`` → ``Kapolres``; ``Ketum`` → ``Ketua Umum`` (also as the first word)."""
    if position in canonical_positions():
        return canonical_positions()[position]
    head, _, rest = position.partition(" ")
    return " ".join(filter(None, (canonical_positions().get(head, head), rest)))


@lru_cache(maxsize=1)
def acting_markers() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in load_table("acting_markers.tsv")}


def _with_lowercase(forms, every_word: bool = False) -> list[str]:
    """Offices are often written in lower case mid-sentence (``anggota Bawaslu``, ``camat``); generic
    heads (``every_word``) also with only the first word capitalised (``Juru bicara``)."""
    return [variant for form in forms
            for variant in {form, form[0].lower() + form[1:], *(multiword_lowercase(form) if every_word else ())}]


def multiword_lowercase(form: str) -> set[str]:
    """``Juru Bicara`` -> ``Juru bicara``, ``juru bicara`` (acronyms in the form stay as written)."""
    head, _, rest = form.partition(" ")
    if not rest or any(word.isupper() for word in rest.split()):
        return set()
    return {f"{head} {rest.lower()}", f"{head.lower()} {rest.lower()}"}


# A word starts after no letter and no hyphenated word (`PDI-P`); a dash after a dateline is no
# hyphen of a word: `Surabaya (ANTARA News)-Bakal calon Gubernur ...`.
# A dash glued to a web outlet is a dateline's dash, not a hyphen: `Suara.com-Sekretaris Jenderal ...`; so is
# one glued to the word that opens the text or a line (`Kabarnews-Calon Bupati ...`, invented).
WORD_BOUNDARY_BEFORE = r"(?<![\p{L}])(?<!(?<!\.\p{L}{2,3})(?<!(?:^|\n)\p{L}+)\p{L}-)"
WORD_START = regex.compile(WORD_BOUNDARY_BEFORE + r"\p{L}+")


def first_words(*vocabularies) -> frozenset[str]:
    return frozenset(WORD_START.match(form).group() for forms in vocabularies for form in forms if WORD_START.match(form))


def trigger_words(text: str) -> list[tuple[int, str]]:
    """(offset, word) of every word that can open a role phrase; computed once per text."""
    triggers = role_opening_words()
    return [(match.start(), match.group()) for match in WORD_START.finditer(text) if match.group() in triggers]


def matches_at_triggers(pattern: regex.Pattern, text: str, words: list[tuple[int, str]], triggers: frozenset[str]):
    """Non-overlapping matches of ``pattern`` tried only where a word of ``triggers`` starts.

    Finding the few trigger words once and trying the big pattern there is several times
    faster than letting the pattern itself scan every character.
    """
    resume = 0
    for start, word in words:
        if start < resume or word not in triggers:
            continue
        match = pattern.match(text, start)
        if match:
            resume = match.end()
            yield match


@lru_cache(maxsize=1)
def role_triggers() -> frozenset[str]:
    return first_words(load_list("former_markers.txt"), candidate_markers(), acting_markers(),
                       _with_lowercase(load_list("position_heads.txt")), _with_lowercase(offices()))


@lru_cache(maxsize=1)
def generic_triggers() -> frozenset[str]:
    return first_words(_with_lowercase(load_list("generic_role_heads.txt"), every_word=True))


@lru_cache(maxsize=1)
def role_opening_words() -> frozenset[str]:
    """First words of every office, marker and generic role head: a word that may open a role."""
    return role_triggers() | generic_triggers()


@lru_cache(maxsize=1)
def role_regex() -> regex.Pattern:
    # Named lists (\L<...>) are regex's set matching: longest first, fast on large vocabularies.
    return regex.compile(
        WORD_BOUNDARY_BEFORE + r"(?:(?P<former>\L<former>)\s+)?"
        r"(?:(?P<acting>\L<acting>)(?:\s*\(\L<acting>\))?\s+)?"
        r"(?:(?P<candidate>\L<candidate>)\s+)?"
        r"(?:(?P<head>\L<heads>)\s+(?P<body>\L<bodies>)|(?P<office>\L<positions>))"
        r"(?![\p{L}\-])(?P<abbr>\s*\(\p{Lu}[\p{L}\-]*\))?(?P<definitive>\s+definitif)?",
        former=list(load_list("former_markers.txt")), candidate=list(candidate_markers()),
        acting=list(acting_markers()), heads=_with_lowercase(load_list("position_heads.txt")),
        bodies=list(role_bodies()), positions=list(office_variants()),
    )


# A generic role phrase runs from its head noun to the next punctuation, at most ten words.
# Verb-shaped words end the phrase: "X mengatakan, ..." is no role; so does a relative clause
# ("Kepala BNPB yang juga Ketua Satgas Covid-19 Doni Monardo": the second office has the name).
GENERIC_TAIL = rf"(?:\s+(?!(?:{VERB_SHAPED}|yang)(?![\p{{L}}]))[^\s,.;:“”\"()!?]+){{0,10}}?(?=\s*[,.;:(])"


@lru_cache(maxsize=1)
def generic_role_regex() -> regex.Pattern:
    return regex.compile(
        WORD_BOUNDARY_BEFORE + r"(?P<head>\L<heads>)(?![\p{L}\-])" + GENERIC_TAIL,
        heads=_with_lowercase(load_list("generic_role_heads.txt"), every_word=True), verb_shaped_nouns=verb_shaped_nouns(),
    )


@lru_cache(maxsize=1)
def generic_run_regex() -> regex.Pattern:
    """A generic head and the capitalised words after it (``Kepala Dinas Pariwisata Lombok Barat Saepul``)."""
    return regex.compile(
        WORD_BOUNDARY_BEFORE + r"(?P<head>\L<heads>)(?P<run>(?:\s+(?:\p{Lu}[\p{L}\-]*|\d+|dan|&)){1,10})",
        heads=_with_lowercase(load_list("generic_role_heads.txt"), every_word=True),
    )


@dataclass
class RoleMention:
    role: Role
    start: int  # of the whole phrase, the former marker included
    title_start: int
    end: int
    former_marker: bool
    listed: bool = False  # an office of the lexicon (positions, heads with a body), not a generic phrase


def expand_title(title: str, expansions: dict[str, str]) -> str:
    """Title as written, parenthesised acronyms dropped and acronyms the article expands spelled out."""
    title = PARENTHESISED_ACRONYM.sub("", title)
    return " ".join(expansions.get(word, word) for word in title.split())


def _office_for(match: regex.Match) -> tuple[str, Optional[Body], Office]:
    """(position, body, office) of a role match."""
    if match.group("head"):
        body = role_bodies()[match.group("body")]
        head = match.group("head")
        head = head[0].upper() + head[1:]
        # A party's offices name the party too: `Ketua Umum PKS`, `Ketua DPD Partai Golkar`, `Kader Partai NasDem`.
        position = canonical_position(f"{head} {party_name(body) if body.party else body.acronym or body.full}")
        return without_repeats(position), body, Office("", body.acronym or "", body.kind)
    surface = match.group("office")
    office = office_variants()[surface]
    position = office.position
    if match.group("candidate"):
        position = f"{candidate_markers()[match.group('candidate')]} {position}"
    return position, body_by_acronym().get(office.organization), office


@lru_cache(maxsize=1)
def role_bodies() -> dict[str, Body]:
    """Bodies a head may name: the institutions, and a party's boards (`Ketua DPC PPP Blora`, `kader DPW PPP`)."""
    boards = {organ: Body(organ, full, "", False) for organ, full in party_organs().items()}
    # A board written in full (`Ketua Dewan Pimpinan Wilayah (DPW) PPP Jateng`) is that board too.
    boards.update({body.full: body for body in list(boards.values())})
    return {**boards, **bodies_by_form()}


def without_repeats(position: str) -> str:
    """`Kader Partai Partai Demokrat` (canonical head + party name) → `Kader Partai Demokrat`."""
    words = position.split()
    return " ".join(word for index, word in enumerate(words) if index == 0 or word != words[index - 1])


def party_name(body: Body) -> str:
    """`Partai Golkar` where the party is so written (a listed form), else its acronym (`PKS`)."""
    with_partai = f"Partai {body.acronym}"
    return with_partai if bodies_by_form().get(with_partai) == body else body.acronym or body.full


@lru_cache(maxsize=1)
def party_after_regex() -> regex.Pattern:
    """A party written after a board (`DPD PDIP`, `DPC Partai Golkar`)."""
    parties = [form for form, body in bodies_by_form().items() if body.party]
    # A board's level may come first (`DPD I Partai Golkar Jateng`, `DPD II Partai Golkar`).
    return regex.compile(r"\G(?:\s+(?P<level>I{1,2})(?![\p{L}\-]))?\s+(?P<party>\L<parties>)(?![\p{L}\-])", parties=parties)


def _organization(office: Office, body: Optional[Body], jurisdiction: Optional[str]) -> Optional[str]:
    if office.organization == "pemerintah":
        return f"Pemerintah {jurisdiction}" if jurisdiction else None
    if body is not None:
        return institution_name(body, jurisdiction)
    return None


# The ordinal of an office's holders, written after the office (`Presiden ke-6 RI`, `Wakil Presiden ke-10 dan 12`).
@lru_cache(maxsize=1)
def ordinal_after_regex() -> regex.Pattern:
    """``ke-6``, ``ke-10 dan 12``, ``keenam``, ``pertama``: the numerals of the pair lexicon with ``ke``."""
    numerals = load_kinds("candidate_pair_contexts.tsv", kind_column=1)["number"]
    return regex.compile(r"\G\s+(?:ke-?\s?\d+(?:\s*(?:,|dan)\s*\d+)*|ke\L<numerals>|pertama)(?![\p{L}\d])",
                         numerals=[numeral for numeral in numerals if numeral != "satu"])
# The republic written after a national office or body (`Ketua DPR RI`): part of the title, never of a name.
NATIONAL_AFTER = regex.compile(r"\G\s+(?:RI|Republik\s+Indonesia)(?![\p{L}\-])")


@lru_cache(maxsize=1)
def deputy_before_regex() -> regex.Pattern:
    """`Wakil` written straight before a listed office that is no deputy's (`Wakil Menteri`, `mantan Wakil Kepala
    Dinas`), a former marker perhaps before it; capitalised (`para wakil menteri yang baru dilantik` names nobody's)."""
    return regex.compile(r"(?:(?<![\p{L}\-])(?P<former>\L<former>)\s+)?(?<![\p{L}\-])(?P<deputy>Wakil)\s+$",
                         former=list(load_list("former_markers.txt")))


def find_roles(text: str, expansions: dict[str, str], words: Optional[list[tuple[int, str]]] = None) -> list[RoleMention]:
    found = []
    words = trigger_words(text) if words is None else words
    for match in matches_at_triggers(role_regex(), text, words, role_triggers()):
        position, body, office = _office_for(match)
        end = match.end()
        board = match.group("body") and role_bodies()[match.group("body")].acronym in party_organs()
        party = party_after_regex().match(text, end) if board else None
        if party:
            # `Ketua DPD PDIP Jateng`: a party's board, not the Dewan Perwakilan Daerah.
            body = bodies_by_form()[party.group("party")]
            level = f" {party.group('level')}" if party.group("level") else ""
            position, end = f"{position}{level} {party_name(body)}", party.end()
        ordinal = ordinal_after_regex().match(text, end)
        end = ordinal.end() if ordinal else end  # `Presiden ke-6 RI`, `Wakil Presiden ke-10 dan 12`
        jurisdiction, end = region_after(text, end, office.kind or (body.kind if body else ""))
        national = NATIONAL_AFTER.match(text, end) if jurisdiction is None else None
        end = national.end() if national else end
        acting_surface = match.group("acting")
        acting = acting_markers()[acting_surface][0] if acting_surface else None
        title_start = min(match.start(group) for group in ("acting", "candidate", "head", "office") if match.group(group))
        phrase_start, former = match.start(), bool(match.group("former"))
        deputy = deputy_before_regex().search(text, max(0, title_start - 24), title_start) if not former else None
        if deputy and " " in position and not position.startswith("Wakil") and text[title_start].isupper():
            # `Wakil Menteri Pertanian`: the deputy of a listed office is an office of its own.  Not of a
            # one-word office (`Wakil Menteri Desa ...`): the generic phrase reads the unlisted body.
            position, title_start, phrase_start = f"Wakil {position}", deputy.start("deputy"), deputy.start()
            former = bool(deputy.group("former"))
        title = expand_title(text[title_start:end], expansions)
        role = Role(
            title=title, position=position, acting=acting, jurisdiction=jurisdiction,
            organization=_organization(office, body, jurisdiction), former=former,
            start=title_start, end=end,
        )
        found.append(RoleMention(role, phrase_start, title_start, end, former, listed=True))
    return found


@lru_cache(maxsize=1)
def role_phrase_breaks() -> frozenset[str]:
    return frozenset(load_list("role_phrase_breaks.txt"))


def generic_position(title: str) -> str:
    """The office in a generic phrase, title-cased: words up to the first preposition."""
    words = []
    for word in title.split():
        if word in role_phrase_breaks():
            break
        words.append(word[0].upper() + word[1:])
    return " ".join(words)


def find_generic_roles(text: str, known: list[RoleMention], words: Optional[list[tuple[int, str]]] = None) -> list[RoleMention]:
    """Role phrases opened by a generic head noun where the lexicon found none."""
    found = []
    words = trigger_words(text) if words is None else words
    known_spans = Intervals((role.start, role.end) for role in known)
    known_starts = sorted(role.start for role in known)
    for match in matches_at_triggers(generic_role_regex(), text, words, generic_triggers()):
        starts_inside = bisect_left(known_starts, match.start()) < bisect_left(known_starts, match.end())
        if starts_inside or known_spans.covers(match.start()):
            continue  # a known role starts inside the phrase, or the phrase starts inside a known role
        end, jurisdiction = body_tail_end(text, match.end())
        title = PARENTHESISED_ACRONYM.sub("", text[match.start():end])
        role = Role(title=title, position=generic_position(title), jurisdiction=jurisdiction, start=match.start(), end=end)
        found.append(RoleMention(role, match.start(), match.start(), end, False))
    return found


def body_tail_end(text: str, end: int) -> tuple[int, Optional[str]]:
    """A generic phrase's body goes on over its acronym in brackets and the region after it (`Anggota Majelis
    dari Tim Pemeriksa Daerah (TPD) Sumut`): where it ends, and the region."""
    acronym = PARENTHESISED_ACRONYM.match(text, end)
    if not acronym:
        return end, None
    region, region_end = region_after(text, acronym.end())
    return (region_end, region) if region else (end, None)


WORD_AFTER_SPACE = regex.compile(r"\s+\S")


def find_generic_roles_ending_in_place(text: str, known: list[RoleMention], words: list[tuple[int, str]]) -> list[RoleMention]:
    """``Kepala Dinas Pariwisata Lombok Barat Saepul Ahkam``: no punctuation, but a place ends the role."""
    found = []
    known_spans = Intervals((role.start, role.end) for role in known)
    for match in matches_at_triggers(generic_run_regex(), text, words, generic_triggers()):
        if known_spans.covers(match.start()):
            continue
        for word in WORD_AFTER_SPACE.finditer(match.group("run")):
            place_start = match.start("run") + word.start()
            place, end = region_after(text, place_start)
            if place and end < match.end():
                office = generic_position(text[match.start():place_start])
                role = Role(title=text[match.start():end], position=office, jurisdiction=place,
                            start=match.start(), end=end)
                found.append(RoleMention(role, match.start(), match.start(), end, False))
                break
    return found


DEMONSTRATIVE_AFTER = regex.compile(r"\G\s+(?:itu|ini|tersebut)(?![\p{L}])")


def find_generic_roles_before_demonstrative(text: str, known: list[RoleMention], words: list[tuple[int, str]]) -> list[RoleMention]:
    """``Ketua Umum Partai Hanura itu mengaku …``: an office and its body closed by a demonstrative, the office
    of someone named before (the officials extractor gives it to them)."""
    found = []
    known_spans = Intervals((role.start, role.end) for role in known)
    for match in matches_at_triggers(generic_run_regex(), text, words, generic_triggers()):
        end = match.end("run")
        if known_spans.covers(match.start()) or not DEMONSTRATIVE_AFTER.match(text, end):
            continue
        title = text[match.start():end]
        role = Role(title=title, position=generic_position(title), start=match.start(), end=end)
        found.append(RoleMention(role, match.start(), match.start(), end, False))
    return found


@lru_cache(maxsize=None)
def lowercase_role_head() -> regex.Pattern:
    """An office or occupation noun written lower-case (``juru bicara``, ``anggota``, ``peneliti``),
    up to the capitalised body or name that follows it in the same clause."""
    return regex.compile(rf"(?:{role_head_alternation()})(?![\p{{L}}-])[\p{{Ll}} \t]{{0,40}}?(?=\p{{Lu}})")


@lru_cache(maxsize=None)
def role_after_name() -> regex.Pattern:
    """``Tri Maharini, dokter emergensi dari …,``: a lower-case role right after a name and a comma."""
    return regex.compile(rf",[ \t]+(?:{role_head_alternation()})(?![\p{{L}}-])")


@lru_cache(maxsize=None)
def role_head_alternation() -> str:
    """Office and occupation nouns of ``generic_role_heads.txt``, lower-cased, longest first."""
    return alternation(head.lower() for head in load_list("generic_role_heads.txt"))


@lru_cache(maxsize=None)
def role_links(kind: str) -> str:
    """A regex alternation of the ``kind`` phrases of role_links.tsv, their words matched across any whitespace."""
    phrases = load_kinds("role_links.tsv", kind_column=1).get(kind, ())
    if not phrases:
        raise ValueError(f"no role link of kind {kind!r}")
    return alternation(phrases).replace(r"\ ", r"\s+")


ANAPHORIC_BEFORE = regex.compile(rf"(?:{role_links('anaphoric')})\s*$")


# `Zainal Nugroho mengaku ... menjadi bakal calon Wagub Jabar`: an office someone becomes is theirs; not after a
# bare `yang` (`narapidana yang menjadi pengendali`: the noun before is the subject).
BECOMING_BEFORE = regex.compile(rf"(?<!\byang\s+)(?<![\p{{L}}])(?:{role_links('becoming')})\s*$")


ANAPHORIC_AFTER = regex.compile(rf"\G\s+(?:{role_links('refers_back')})(?![\p{{L}}])")


OPENING_ANAPHORIC_AFTER = regex.compile(rf"\G\s+(?:{role_links('opening_refers_back')})(?![\p{{L}}])")
SENTENCE_OPENS = regex.compile(r"(?:^|[.!?\n”\"]\s*)$")


def is_anaphoric(text: str, role: RoleMention) -> bool:
    """``mantan Kepala Bappeda Prabumulih ini``, ``yang juga menjabat sebagai ...``, a sentence opened by
    ``Guru Besar Universitas X itu``: about someone named before."""
    before = text[max(0, role.start - 30):role.start]
    return (role.former_marker or bool(ANAPHORIC_BEFORE.search(before)) or bool(ANAPHORIC_AFTER.match(text, role.end))
            or (role.listed and bool(BECOMING_BEFORE.search(before)))
            or (bool(OPENING_ANAPHORIC_AFTER.match(text, role.end)) and bool(SENTENCE_OPENS.search(before))))


@lru_cache(maxsize=1)
def role_run_edges() -> dict[str, list[str]]:
    edges: dict[str, list[str]] = {"end": [], "cue": [], "inner": []}
    for word, edge in load_table("role_run_edges.tsv"):
        edges[edge].append(word)
    return edges


@lru_cache(maxsize=1)
def lowercase_titles() -> list[str]:
    """``dr.``, ``drg.`` and their dotless forms (``dr Debie Kalalo``): titles inside a capitalised run."""
    written = [title for title in titles.pre_nominal_forms() if title[:1].islower()]
    return sorted(set(written) | {title.rstrip(".") for title in written})


# A comma inside a body that lists its fields: `Dinas Pertanian, Pangan, dan Perikanan Sleman`.
ENUMERATION_COMMA = r"(?:,(?=(?:\s+\p{Lu}[^\s,.;:]*)*,?\s+dan\s))"
# A comma that lists a body's fields, each one or two words, none an office (`Partai Islam, Damai, dan Aman`):
# the run does not end there.
ENUMERATION_ITEM = r"(?!\L<triggers>(?![\p{L}]))\p{Lu}[^\s,.;:]*"
ENUMERATION = (rf"(?:\s+{ENUMERATION_ITEM}){{1,2}},?\s+dan\s+{ENUMERATION_ITEM}"
               rf"|(?<=,\s+{ENUMERATION_ITEM}(?:\s+\p{{Lu}}[^\s,.;:]*)?,)\s+dan\s+{ENUMERATION_ITEM}")


# A passive verb names its agent straight after it (`acara itu dibuka Bupati Sleman Sri Purnomo.`, invented):
# a cue, as `oleh` is.
PASSIVE_VERB = rf"(?:(?!\L<verb_shaped_nouns>(?![\p{{L}}]))di\p{{Ll}}{{4,}})"


@lru_cache(maxsize=None)  # called as role_run_regex(), (False) and (True): three cache keys
def role_run_regex(greedy: bool = False) -> regex.Pattern:
    """A role head, capitalised words, then the word that ends the person's name.

    Either a verb or a clause word follows the run (``... Dicky Sutrisno menuturkan``, ``... Teguh P
    Nugroho di Jakarta``) or a cue precedes the head and the run ends the clause (``kata Kepala
    Puskesmas Sukamulya Rahmat.``, ``Menurut Guru Besar ... Ahmad Fauzi,``).
    The run is the shortest that ends so; ``greedy`` gives the longest, read when the shortest ends
    inside the body (``Direktur Eksekutif Perkumpulan untuk Pemilu dan Demokrasi Rudi Gunadi``).
    """
    cues = [form for form, use in speech_verbs().items() if use == "post"] + role_run_edges()["cue"]
    ends = [form for form, use in speech_verbs().items() if use.startswith("pre")] + role_run_edges()["end"]
    word = r"(?:[\p{Lu}\d][^\s,.;:“”\"()]*|dan|di|&|\L<inner>|\([^()]{1,40}\)|\L<titles>)"
    # Lower-case words right after the head qualify it (`Pengamat pertanian Khudori menilai`).
    lazy = "" if greedy else "?"
    modifiers = rf"(?P<modifiers>(?:\s+(?!{VERB_SHAPED}(?![\p{{L}}]))\p{{Ll}}{{3,}}){{1,3}}(?=\s+\p{{Lu}}))?"
    # The run ends before a verb or clause word, or before a comma or a bracketed date or age that closes
    # the attribution (`Direktur Utama Garuda Indonesia Irfan Setiaputra, Minggu (2/8/2020), mengatakan`).
    return regex.compile(
        rf"(?P<cue>(?<=(?<![\p{{L}}])(?:(?i:\L<cues>)|{PASSIVE_VERB})\s{{1,3}}))?(?P<head>\p{{L}}+(?:-\p{{L}}+)?){modifiers}(?P<run>(?:{ENUMERATION_COMMA}?\s+{word}){{1,14}}{lazy})"
        rf"(?:\s+(?:(?:\L<ends>|{VERB_SHAPED})(?![\p{{L}}])|di\s+\p{{Lu}}|dan\s+\L<triggers>(?![\p{{L}}]))|(?=\s*(?:,(?!{ENUMERATION})|\(\d))|(?(cue)(?=\s*[.])|(?!)))",
        cues=cues, ends=ends, titles=lowercase_titles(), inner=role_run_edges()["inner"],
        triggers=list(role_opening_words()), verb_shaped_nouns=verb_shaped_nouns(),
    )


RUN_TOKENS = 18  # the head, at most 14 words, what ends the run, and a margin


def may_end_role_run(text: str, start: int) -> bool:
    """Whether a role run from ``start`` can end as ``role_run_regex`` requires: at a verb or clause word
    (lower-case), a comma, a bracket or (after a cue) a period, all within its first words.  Tested first:
    where none is there (`Camat Camat Camat …`) the slow run patterns cannot match."""
    for token in islice(NON_SPACE.finditer(text, start), RUN_TOKENS):
        word = token.group()
        if word[0].islower() or "," in word or "(" in word or "." in word:
            return True
    return False


TRAILING_CONNECTOR = regex.compile(r"(?:\s+(?:dan|di|&))+$")


@lru_cache(maxsize=1)
def marker_words() -> frozenset[str]:
    """Words that open a role only as a candidacy or former marker before an office (`calon`, `mantan`), never as
    its head.  Acting markers are not among them: `Pelaksana Fungsi Ekonomi KBRI` is an office of its own."""
    offices_and_heads = first_words(_with_lowercase(load_list("position_heads.txt")), _with_lowercase(offices())) | generic_triggers()
    return first_words(load_list("former_markers.txt"), candidate_markers()) - offices_and_heads


@lru_cache(maxsize=1)
def marked_word_regex() -> regex.Pattern:
    """The markers before an office, as in ``role_regex``, then the word they mark."""
    return regex.compile(
        r"\G(?:(?:\L<former>)\s+)?(?:(?:\L<acting>)(?:\s*\(\L<acting>\))?\s+)?(?:(?:\L<candidate>)\s+)?(?P<word>[\p{L}\-]+)",
        former=list(load_list("former_markers.txt")), candidate=list(candidate_markers()), acting=list(acting_markers()))


def marks_no_office(text: str, start: int, triggers: frozenset[str]) -> bool:
    """Markers whose next word opens no office (`calon suami`, `mantan pacar`): a kinship or a plain noun.  A
    capitalised word may be an office the lexicon lacks (`mantan Wakapolri`)."""
    match = marked_word_regex().match(text, start)
    if not match or match.start("word") == start:
        return True
    word = match.group("word")
    return word not in triggers and not word[0].isupper()


def roles_running_into_names(text: str, known: list[RoleMention], words: list[tuple[int, str]]) -> list[RoleMention]:
    """Role phrases no other rule read because a name and a speech verb follow without punctuation."""
    found = []
    triggers = role_opening_words()
    known_spans = Intervals((role.start, role.end) for role in known)
    found_until = -1  # the words come in text order: a later word is inside a found role only before its end
    for start, word in words:
        if word not in triggers or known_spans.covers(start) or start < found_until or not may_end_role_run(text, start):
            continue
        if word in marker_words() and marks_no_office(text, start, triggers):
            continue
        match = role_run_regex().match(text, start)
        if match and match.end("run") > start:
            title = TRAILING_CONNECTOR.sub("", text[start:match.end("run")])
            role = Role(title=title, position=generic_position(title), start=start, end=start + len(title))
            found.append(RoleMention(role, start, start, match.end("run"), False))
            found_until = max(found_until, match.end("run"))
    return found


ROLES = "role"
ensure_span_extension("role")


def find_all_roles(text: str, expansions: dict[str, str]) -> list[RoleMention]:
    """Every role phrase, in text order: offices of the lexicon, generic ones where the lexicon found none,
    and role runs that run into a name before a speech verb."""
    words = trigger_words(text)
    roles = find_roles(text, expansions, words)
    roles += find_generic_roles(text, roles, words)
    roles += find_generic_roles_ending_in_place(text, roles, words)
    roles += find_generic_roles_before_demonstrative(text, roles, words)
    roles = sorted(roles, key=lambda role: role.start)
    return sorted(roles + roles_running_into_names(text, roles, words), key=lambda role: role.start)


def role_mentions(doc: Doc) -> list[RoleMention]:
    """The role mentions of an annotated Doc, in text order."""
    return [span._.role for span in doc.spans.get(ROLES, []) if span._.role is not None]


def annotate_roles(doc: Doc) -> Doc:
    spans = []
    for mention in find_all_roles(doc_text(doc), doc._.acronym_expansions or {}):
        span = char_span(doc, mention.title_start, mention.end, label="ROLE")
        if span is not None:
            span._.role = mention
            spans.append(span)
    doc.spans[ROLES] = spans
    return doc


@Language.factory("netralitas_roles", assigns=["doc.spans", "span._.role"],
                  requires=["doc._.acronym_expansions", "span._.region"])
def make_roles_component(nlp: Language, name: str):
    return annotate_roles
