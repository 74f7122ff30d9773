"""Official records from a Doc (component ``netralitas_officials``).

An official is a named person with a role.  Role phrases come from ``roles.find_roles``;
a person is paired with a role when written

* after it, with or without a comma: ``Ketua Bawaslu Provinsi Sulawesi Selatan, Mardiana Rusli``,
  ``Menteri Dalam Negeri Tito Karnavian``, ``Kapolres Bogor AKBP Y``;
* before it, in apposition or with ``selaku``/``sebagai``: ``Anies Baswedan, Gubernur DKI Jakarta``;
* at the end of an unpunctuated run before a speech verb: ``Kepala Puskesmas Cempaka Putih Dicky
  Sutrisno menuturkan``, ``kata Direktur RSUD Harapan Siti Rahma.`` (the last name-shaped
  words before the verb are the person, the words between are the role's body);
* not at all, but the role is anaphoric (``mantan Kepala Bappeda Prabumulih ini``, ``Pria yang juga
  menjabat sebagai Sekretaris Daerah ...``): it goes to the official mentioned last before it.

A role with nobody attached (``mewakili Pj Wali Kota``) yields no official.  Names are split from
their titles by ``names.parse_name``; later short forms (``Elman``, ``Mardiana``) become mentions
and aliases of the same official.  ``candidate_person_spans`` is the seam where a statistical NER
can later add or replace person spans.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations, islice
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..components import ExtractionComponent, doc_text
from ..intervals import Intervals
from ..patterns import compile_anchored
from ..lang import alternation, load_list, load_mapping, load_table
from ..lang import titles
from ..names import ParsedName, is_honorific, not_name_words, parse_name, rank_length
from ..records import Official, Role, Span
from ..annotate.places import region_after, resolve_region
from ..annotate.orgs import bodies_by_form
from ..annotate.roles import RoleMention, candidate_markers, generic_position, generic_triggers, office_variants, offices, role_mentions, role_triggers, trigger_words
from ..lang.morphology import VERB_SHAPED, verb_shaped_nouns

NAME_WORD = r"(?:\p{Lu}[\p{Ll}’'\-]+|\p{Lu}{2,}|\p{Lu}\.?)(?![\p{L}])"
DEGREE_ITEM = r"(?:(?:\p{L}{1,5}\.)+\p{L}{0,5}\.?|\p{Lu}{2,4}\.?)(?![\p{L}])"


@lru_cache(maxsize=None)
def role_links(kind: str) -> str:
    """A regex alternation of the ``kind`` phrases of role_links.tsv, their words matched across any whitespace."""
    phrases = [phrase for phrase, phrase_kind in load_table("role_links.tsv") if phrase_kind == kind]
    if not phrases:
        raise ValueError(f"no role link of kind {kind!r}")
    return alternation(phrases).replace(r"\ ", r"\s+")


# Words written between a person and a following role (apposition, "selaku", "yang juga menjabat sebagai").
BEFORE_ROLE_LINK = rf"(?:\s*,\s*|\s*\(\s*|\s*,?\s+(?:{role_links('link')})\s+)"
ANAPHORIC_BEFORE = regex.compile(rf"(?:{role_links('anaphoric')})\s*$")
# `Ahmad Syaikhu mengaku ... menjadi bakal calon Wagub Jabar`: an office someone becomes is theirs; not after a
# bare `yang` (`narapidana yang menjadi pengendali`: the noun before is the subject).
BECOMING_BEFORE = regex.compile(rf"(?<!\byang\s+)(?:{role_links('becoming')})\s*$")
ANAPHORIC_AFTER = regex.compile(rf"\G\s+(?:{role_links('refers_back')})(?![\p{{L}}])")
LOOKBACK = 90
NAME_TOKEN = regex.compile(r"(?<![\p{L}’'\-])\p{Lu}[\p{L}’'\-]*(?![\p{L}])")


def person_titles() -> list[str]:
    return list(titles.pre_nominal_forms())


# Titles (\L<titles>, a named list) before one to five name words, degrees after.
PERSON = (
    rf"(?:\L<titles>(?![\p{{L}}])\s+)*{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}"
    rf"(?:\s*,\s*{DEGREE_ITEM}|\s+{DEGREE_ITEM}(?=\s*,))*"
)


@lru_cache(maxsize=1)
def person_after_role() -> regex.Pattern:
    # An acronym in parentheses may sit between role and person: "Wali Kota Tangerang Selatan (Tangsel) Airin".
    return regex.compile(rf"\G(?:\s*\([^()]{{1,25}}\))?\s*,?\s*(?P<person>{PERSON})", titles=person_titles())


@lru_cache(maxsize=1)
def person_before_role() -> regex.Pattern:
    # Not after a hyphen: `PDI-P. Akhyar` is no initial.
    return regex.compile(rf"(?<![\p{{L}}.\-])(?P<person>{PERSON}){BEFORE_ROLE_LINK}$", titles=person_titles())


@lru_cache(maxsize=1)
def non_name_words() -> frozenset[str]:
    """Capitalised words that end a name: stop list, body forms, first words of offices and role heads."""
    words = set(not_name_words())
    words |= {form for form in bodies_by_form() if " " not in form}
    words |= {surface.split()[0] for surface in offices()}
    words |= {head.split()[0] for head in load_list("generic_role_heads.txt")}
    return frozenset((words | possessive_offices()) - set(load_list("office_words_in_names.txt")))


@lru_cache(maxsize=1)
def possessive_offices() -> frozenset[str]:
    """An office with the possessive `-nya` (`Ketua DPD Arton Dohong dan Sekretarisnya, Sigit`): no name."""
    heads = {surface.split()[0] for surface in offices()} | {head.split()[0] for head in load_list("generic_role_heads.txt")}
    return frozenset(f"{head}nya" for head in heads if head[:1].isupper())


@dataclass
class PersonMention:
    parsed: ParsedName
    start: int  # the person as written, titles included
    end: int
    surface: str


def _person_from(text: str, start: int, end: int, keep_tail: bool) -> Optional[PersonMention]:
    """Parse ``text[start:end]`` as a person; cut at words that cannot be names.

    ``keep_tail``: the person ends at ``end`` (written before a role), so a non-name word cuts
    everything before it; otherwise the person starts at ``start`` and is cut after.
    """
    # A name never runs over a line break (a headline above, a new paragraph below).
    if keep_tail:
        start = max(start, text.rfind("\n", start, end) + 1)
    elif "\n" in text[start:end]:
        end = text.index("\n", start, end)
    surface = text[start:end].rstrip(" ,")
    end = start + len(surface)
    parsed = parse_name(surface, offset=start)
    if not parsed.name:
        return None
    words = [(m.start() + parsed.start, m.end() + parsed.start) for m in NON_SPACE.finditer(parsed.name)]
    texts = [text[s:e] for s, e in words]
    ranked = next((i for i in range(1, len(words)) if rank_length(texts, i)), None)
    if ranked is not None and not keep_tail:
        # "Polres Metro Bekasi Komisaris Besar Hendra Gunawan": the place the role did not absorb ends at the rank.
        return _person_from(text, words[ranked][0], end, keep_tail)
    stops = [i for i, (s, e) in enumerate(words) if text[s:e].rstrip(",") in non_name_words()]
    if stops:
        if keep_tail:
            first = stops[-1] + 1
            if first >= len(words):
                return None
            return _person_from(text, words[first][0], end, keep_tail)
        if stops[0] == 0:
            return None
        return _person_from(text, start, words[stops[0] - 1][1], keep_tail)
    if resolve_region(parsed.name) or all(resolve_region(word) for word in texts):
        return None  # "Kota Palopo, ..." is a place, not a person; so is a list of places (`Paniai Dogiyai`)
    if len(words) == 1 and parsed.name.rstrip(".").isupper():
        return None  # an acronym (`BNPB`) or an initial alone is no person
    return PersonMention(parsed, start, end, surface)


PLACE_COMMA = compile_anchored(r"\G\s*,")
RELATIVE_CLAUSE = compile_anchored(r"\G\s*,\s+yang\s+[^,.;:“”\"]{1,60},")


def person_after(text: str, role: RoleMention, end: Optional[int] = None) -> Optional[PersonMention]:
    end = role.end if end is None else end
    match = person_after_role().match(text, end)
    person = _person_from(text, match.start("person"), match.end("person"), keep_tail=False) if match else None
    if end != role.end:
        return person
    # "Kepala Dusun Sukamaju, Kelurahan Mekarsari, Kecamatan Sindangsari, Budi Santoso": village names, then the person.
    chain = village_chain_end(text, role)
    if chain is not None:
        return person_after(text, role, chain)
    # "Camat Tanah Abang, Jakarta Pusat, Yassin Pasaribu": a place and a comma, then the person.
    comma = PLACE_COMMA.match(text, person.end if person else end)
    if comma:
        place, place_end = region_after(text, comma.end())
        later = person_after(text, role, place_end) if place else None
        if later:
            return later
    # "Gubernur Jawa Tengah, yang merupakan kader PDI-P, Ganjar Pranowo": a relative clause, then the person;
    # "anggota DPR daerah pemilihan Kalteng, Agustiar Sabran": lower-case words that qualify the role, then the person.
    clause = RELATIVE_CLAUSE.match(text, role.end) or qualifier_regex().match(text, role.end)
    if person is None and clause:
        return person_after(text, role, clause.end())
    return person


@lru_cache(maxsize=1)
def village_regex() -> regex.Pattern:
    """A village's name (after a role ending in its designation), then designated names, each set off by a comma."""
    name = r"\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?"
    return regex.compile(rf"\G\s+{name}(?:\s*,\s*\L<designations>\s+{name})*\s*(?=,)",
                         designations=list(place_designations()))


@lru_cache(maxsize=1)
def place_designations() -> frozenset[str]:
    return frozenset(load_list("place_designations.txt"))


def village_chain_end(text: str, role: RoleMention) -> Optional[int]:
    """Where the names of a village chain after a role end (``Kepala Desa X, Kecamatan Y``), else None."""
    last_word = role.role.title.rsplit(None, 1)[-1] if role.role.title else ""
    if last_word not in place_designations():
        return None
    match = village_regex().match(text, role.end)
    if match:
        return match.end()
    # `Kepala Desa Sukamaju Budi Santoso`: in a run of three or more names the first is the village's.
    run = VILLAGE_BEFORE_NAME.match(text, role.end)
    return run.end("village") if run else None


VILLAGE_BEFORE_NAME = regex.compile(r"\G\s+(?P<village>\p{Lu}\p{Ll}+)(?:\s+\p{Lu}[\p{L}\-]*){2}")


@lru_cache(maxsize=1)
def qualifier_regex() -> regex.Pattern:
    """Lower-case words (no verb, no preposition or clause word) and at most two capitalised ones, then a comma."""
    return compile_anchored(
        rf"\G(?:\s+(?!(?:{VERB_SHAPED}|\L<breaks>|dan|atau|serta)(?![\p{{L}}]))\p{{Ll}}+){{1,4}}(?:\s+\p{{Lu}}[\p{{L}}\-]*){{0,2}}\s*,",
        breaks=list(load_list("role_phrase_breaks.txt")), verb_shaped_nouns=verb_shaped_nouns(),
    )


RUN_NAME_WORDS = 3  # a person at the end of a role run is read as at most its last three words


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    return dict(load_mapping("speech_verbs.tsv"))


@lru_cache(maxsize=1)
def role_run_edges() -> dict[str, list[str]]:
    edges: dict[str, list[str]] = {"end": [], "cue": [], "inner": []}
    for word, edge in load_table("role_run_edges.tsv"):
        edges[edge].append(word)
    return edges


# A verb-shaped word (roles.VERB_SHAPED) after a name ends the clause's subject: `... Abdul Sobur mendesak`.


@lru_cache(maxsize=1)
def lowercase_titles() -> list[str]:
    """``dr.``, ``drg.`` and their dotless forms (``dr Debie Kalalo``): titles inside a capitalised run."""
    titles = [title for title in person_titles() if title[:1].islower()]
    return sorted(set(titles) | {title.rstrip(".") for title in titles})


@lru_cache(maxsize=1)
def lowercase_title_regex() -> regex.Pattern:
    return regex.compile(r"(?<![\p{L}])\L<titles>(?=\s)", titles=lowercase_titles())


# A comma inside a body that lists its fields: `Dinas Pertanian, Pangan, dan Perikanan Sleman`.
ENUMERATION_COMMA = r"(?:,(?=(?:\s+\p{Lu}[^\s,.;:]*)*,?\s+dan\s))"


@lru_cache(maxsize=2)
def role_run_regex(greedy: bool = False) -> regex.Pattern:
    """A role head, capitalised words, then the word that ends the person's name.

    Either a verb or a clause word follows the run (``... Dicky Sutrisno menuturkan``, ``... Teguh P
    Nugroho di Jakarta``) or a cue precedes the head and the run ends the clause (``kata Kepala
    Puskesmas Sukamulya Rahmat.``, ``Menurut Guru Besar ... Ahmad Fauzi,``).
    The run is the shortest that ends so; ``greedy`` gives the longest, read when the shortest ends
    inside the body (``Direktur Eksekutif Perkumpulan untuk Pemilu dan Demokrasi Titi Anggraini``).
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
        rf"(?P<cue>(?<=(?<![\p{{L}}])(?i:\L<cues>)\s{{1,3}}))?(?P<head>\p{{L}}+(?:-\p{{L}}+)?){modifiers}(?P<run>(?:{ENUMERATION_COMMA}?\s+{word}){{1,14}}{lazy})"
        rf"(?:\s+(?:(?:\L<ends>|{VERB_SHAPED})(?![\p{{L}}])|di\s+\p{{Lu}}|dan\s+\L<triggers>(?![\p{{L}}]))|(?=\s*(?:,|\(\d))|(?(cue)(?=\s*[.])|(?!)))",
        cues=cues, ends=ends, titles=lowercase_titles(), inner=role_run_edges()["inner"],
        triggers=list(role_triggers() | generic_triggers()), verb_shaped_nouns=verb_shaped_nouns(),
    )


CONJOINED_WORD = regex.compile(r"\sdan\s+(\p{L}+)")


def another_role_start(text: str, start: int, end: int) -> int:
    """Where a second, conjoined role begins in a run, else ``end``: the first run is cut there
    (`Ketua Umum Gerindra Prabowo Subianto dan Ketua Umum PKB Muhaimin Iskandar`)."""
    # An office with `-nya` (`dan Sekretarisnya`) also starts another phrase, not the name's last words.
    opening = role_triggers() | generic_triggers() | possessive_offices()
    return next((match.start() for match in CONJOINED_WORD.finditer(text, start, end) if match.group(1) in opening), end)


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


def person_ending_run(text: str, role: RoleMention) -> Optional[tuple[PersonMention, int]]:
    """The person whose name ends the role's run of capitalised words, and where that run starts."""
    if not may_end_role_run(text, role.title_start):
        return None
    for greedy in (False, True):
        match = role_run_regex(greedy).match(text, role.title_start)
        if not match or match.end("run") <= role.title_start:
            return None
        found = person_ending(text, match)
        if found:
            return found
    # `Juru Bicara Forum Relawan Amanat (...), Aminudin Bustomi saat`: the body ends at a comma and
    # the name follows it, closing the clause.
    person = person_after(text, role, match.end("run"))
    if person and clause_edge_regex().match(text, person.end):
        return person, match.start("run")
    return None


@lru_cache(maxsize=2)
def clause_edge_regex(punctuation: bool = True) -> regex.Pattern:
    """What may follow a subject's name: a clause word or a verb, and (``punctuation``) a comma or period."""
    ends = [form for form, use in speech_verbs().items() if use.startswith("pre")] + role_run_edges()["end"]
    marks = r"\s*[,.]|" if punctuation else ""
    return regex.compile(rf"\G(?:{marks}\s+(?:\L<ends>|{VERB_SHAPED})(?![\p{{L}}]))", ends=ends,
                         verb_shaped_nouns=verb_shaped_nouns())


NOT_A_NAME_WORD = regex.compile(r"[^\s\p{L}’'\-]|\s\p{Ll}")


def person_ending(text: str, match: regex.Match) -> Optional[tuple[PersonMention, int]]:
    """The person at the end of one role run match."""
    run_end = another_role_start(text, match.start("run"), match.end("run"))
    words = [m for m in NAME_TOKEN.finditer(text, match.start("run"), run_end)]
    tail = words[-RUN_NAME_WORDS:]
    # Stop at the body the role names: only a maximal stretch of plain name words counts.
    # An acronym (``HIMKI Abdul Sobur``) belongs to the body too.
    # The role's body is the run before the name, or the lower-case words that qualify the head.
    needs_body = not match.group("modifiers")
    # A lower-case word (`dan`, `di`) inside the tail joins two names or a place: the name is after it.
    while tail and (NOT_A_NAME_WORD.search(text, tail[0].start(), run_end)
                    or (needs_body and len(tail) == len(words)) or (len(tail) > 1 and tail[0].group().isupper())):
        tail = tail[1:]
    if not tail:
        return None
    start = tail[0].start()
    # A place the run ends with is no name: `Gubernur Sumatera Utara.`
    for word in words[:-len(tail)][-2:] + tail[:-1]:
        place, place_end = region_after(text, word.start() - 1)
        if place:
            start = max(start, place_end)
    # The name opens with a capitalised word, not with the `di` after a place.
    start = next((word.start() for word in words if word.start() >= start), run_end)
    if start >= run_end:
        return None
    # A title written before the name (``Dinkes Sulut dr Debie Kalalo``) opens the person.
    titled = list(lowercase_title_regex().finditer(text, match.start("run"), run_end))
    if titled:
        start = max(start, titled[-1].start())
    start = titles_start(text, match.start("run"), start)
    person = _person_from(text, start, run_end, keep_tail=True)
    if person is None or person.parsed.name.isupper():
        return None  # `Ketua RT/RW`: an acronym alone is no name
    return without_body_word(text, person), match.start("run")


def without_body_word(text: str, person: PersonMention) -> PersonMention:
    """A three-word name read off the end of a run whose first word the article never uses alone, while it
    does use a later one alone, began with the body's last word: `Koordinator Nasional Pantau Gambut Iola
    Abas ... kata Iola` is Iola Abas of Pantau Gambut."""
    words = list(NON_SPACE.finditer(text, person.parsed.start, person.parsed.end))
    if len(words) != 3 or person.parsed.honorifics or person.parsed.ranks:
        return person
    first, second, last = (word.group() for word in words)
    before = text[max(0, words[0].start() - 40):words[0].start()].split()[-1:] or [""]
    if used_alone(text, first, before[0], second) or not (used_alone(text, second, first, last) or used_alone(text, last, second, "")):
        return person
    return _person_from(text, words[1].start(), person.end, keep_tail=True) or person


def used_alone(text: str, word: str, previous: str, following: str) -> bool:
    """``word`` written somewhere neither after ``previous`` nor before ``following``."""
    pattern = rf"(?<![\p{{L}}]){regex.escape(word)}(?![\p{{L}}])"
    for match in regex.finditer(pattern, text):
        after_previous = bool(previous) and text[max(0, match.start() - 60):match.start()].rstrip().endswith(previous)
        before_following = bool(following) and text[match.end():match.end() + 60].lstrip().startswith(following)
        if not after_previous and not before_following:
            return True
    return False


NON_SPACE = regex.compile(r"\S+")
RANK_LOOKBACK = 5  # words: `Brigadir Jenderal (Pol)`, `Letnan Kolonel Inf`


def title_length(words: list[str], index: int) -> int:
    """How many words from ``index`` form a rank or an honorific (0 if none)."""
    return rank_length(words, index) or int(is_honorific(words[index]))


def titles_start(text: str, run_start: int, name_start: int) -> int:
    """Where the ranks and honorifics written straight before a name begin
    (``Polda Metro Jaya Komisaris Besar Yusri``, ``Tokoh NU KH Maemoen Zubair``)."""
    items = list(NON_SPACE.finditer(text, run_start, name_start))[-RANK_LOOKBACK:]
    texts = [m.group() for m in items]
    for first in range(len(items)):
        index = first
        while index < len(items) and title_length(texts, index):
            index += title_length(texts, index)
        if index == len(items) and index > first:
            return items[first].start()
    return name_start


@lru_cache(maxsize=1)
def byline_person_regex() -> regex.Pattern:
    """A line opened by a name and a full stop, the role after it: a writer's byline
    (``Mochamad Adli Wafi. Peneliti Pusat Kajian ...``)."""
    return regex.compile(rf"(?:(?<=\n)|^)(?P<person>{PERSON})\.\s+$", titles=person_titles())


@lru_cache(maxsize=1)
def link_last_words() -> frozenset[str]:
    return frozenset(phrase.split()[-1] for phrase, kind in load_table("role_links.tsv") if kind == "link")


def may_follow_person(text: str, window_start: int, role_start: int) -> bool:
    """The text before a role ends as it must after a person who holds it: a comma, a bracket, the period
    of a byline, or a link word (``selaku``).  Tested first, since the person patterns are slow."""
    before = text[window_start:role_start].rstrip()
    if before[-1:] in (",", "(", "."):
        return True
    last = before.rsplit(None, 1)[-1:]
    return bool(last) and last[0] in link_last_words()


def person_before(text: str, role: RoleMention) -> Optional[PersonMention]:
    window_start = max(0, role.start - LOOKBACK)
    if not may_follow_person(text, window_start, role.start):
        return None
    match = (person_before_role().search(text, window_start, role.start)
             or byline_person_regex().search(text, window_start, role.start))
    if not match:
        return None
    return _person_from(text, match.start("person"), match.end("person"), keep_tail=True)


def is_anaphoric(text: str, role: RoleMention) -> bool:
    """``mantan Kepala Bappeda Prabumulih ini``, ``yang juga menjabat sebagai ...``: about someone named before."""
    before = text[max(0, role.start - 30):role.start]
    return (role.former_marker or bool(ANAPHORIC_BEFORE.search(before)) or bool(ANAPHORIC_AFTER.match(text, role.end))
            or (role.listed and bool(BECOMING_BEFORE.search(before))))


def candidate_person_spans(doc: Doc) -> list[tuple[int, int, Role]]:
    """Person spans (start, end of the name as written) each with the role written beside it.

    The rule-based source; a statistical NER can replace or extend this function.
    """
    return [(person.start, person.end, role) for person, role in _paired(doc_text(doc), role_mentions(doc))[0]]


TRAILING_CONNECTOR = regex.compile(r"(?:\s+(?:dan|di|&))+$")


def roles_running_into_names(text: str, known: list[RoleMention], words: list[tuple[int, str]]) -> list[RoleMention]:
    """Role phrases no other rule read because a name and a speech verb follow without punctuation."""
    found = []
    triggers = role_triggers() | generic_triggers()
    known_spans = Intervals((role.start, role.end) for role in known)
    found_until = -1  # the words come in text order: a later word is inside a found role only before its end
    for start, word in words:
        if word not in triggers or known_spans.covers(start) or start < found_until or not may_end_role_run(text, start):
            continue
        match = role_run_regex().match(text, start)
        if match and match.end("run") > start:
            title = TRAILING_CONNECTOR.sub("", text[start:match.end("run")])
            found.append(RoleMention(Role(title=title, position=generic_position(title)), start, start, match.end("run"), False))
            found_until = max(found_until, match.end("run"))
    return found


APPOSITION_GAP = regex.compile(r"\s*,\s*|\s+selaku\s+")


def apposed(text: str, person: PersonMention, role: RoleMention) -> bool:
    """``Mundari, Camat Cilandak``, ``X selaku Ketua``: the role is written as the person's apposition."""
    return bool(APPOSITION_GAP.fullmatch(text, person.end, role.start))


def subject_of_verb(text: str, person: PersonMention) -> bool:
    """``... Nur Alam mengatakan``: a verb or clause word right after the name makes it the clause's subject."""
    return bool(clause_edge_regex(punctuation=False).match(text, person.end))


def set_off_by_comma(text: str, role: RoleMention, person: PersonMention) -> bool:
    """``Ketua KPU, Budi``: the person after the role is written as its own apposition."""
    return "," in text[role.title_start:person.start]


def role_up_to_comma(text: str, role: RoleMention) -> RoleMention:
    """The role of an apposition ends at its comma (a run may have read on into the next clause)."""
    comma = text.find(",", role.title_start, role.end)
    return role if comma < 0 else role_cut_at(text, role, comma)


def role_cut_at(text: str, role: RoleMention, cut: int) -> RoleMention:
    """The role cut at ``cut``, where the person's name starts (a generic phrase may have run over it);
    a title that stopped short of the name takes the body words up to it (``Kepala Dinas Pertanian,
    Pangan, dan Perikanan Sleman``), its position unchanged."""
    if role.end <= cut:
        body = text[role.end:cut].rstrip(" ,")
        if not body.strip(" ,") or "\n" in body:
            return role
        longer = role.role.model_copy(update={"title": role.role.title + body})
        return RoleMention(longer, role.start, role.title_start, role.end + len(body), role.former_marker, role.listed)
    title = text[role.title_start:cut].rstrip(" ,")
    cut = Role(title=title, position=generic_position(title), jurisdiction=role.role.jurisdiction)
    return RoleMention(cut, role.start, role.title_start, role.title_start + len(title), role.former_marker)


def _paired(text: str, roles: list[RoleMention]) -> tuple[list[tuple[PersonMention, Role]], list[RoleMention]]:
    """Roles paired with the person written beside them, and the roles left without one."""
    pairs, unpaired = [], []
    taken_until = -1
    last_before = None  # the last person named before the role they hold, and where that role starts
    roles = sorted(roles + roles_running_into_names(text, roles, trigger_words(text)), key=lambda role: role.start)
    # Offices shared out to a pair (`X-Y sebagai Bupati dan Wakil Bupati Keerom`) are read by candidate_pairs.
    shared = Intervals(shared_office_spans(text))
    for role in roles:
        if role.start < taken_until or shared.covers(role.start):
            continue  # inside a person already read (a name word that is also an office), or a shared office
        person, as_found = person_after(text, role), role
        if person and village_chain_end(text, role) is not None:
            role = role_cut_at(text, role, person.start)  # the title names the village: `Kepala Dusun Sukamaju, ...`
        in_run = person_ending_run(text, role)
        if in_run and (person is None or person.end < in_run[0].end):
            # The name ends the run: what person_after read first was the role's body.
            person, role = in_run[0], role_cut_at(text, role, in_run[0].start)
        before = person_before(text, role)
        if before and pairs and before.start < taken_until <= before.end:
            before = pairs[-1][0]  # `Bupati Yahukimo Didimus Yahuli, juga Wakil Ketua ...`: the person just read
        if before and (person is None or (before.start >= taken_until and apposed(text, before, role)
                                          and not set_off_by_comma(text, role, person)
                                          and not subject_of_verb(text, person))):
            # `Mundari, Camat Cilandak, Jakarta Selatan, mengajak`: the name in apposition before the role
            # holds it; capitalised words straight after the role belong to its body.
            person, role = before, role_up_to_comma(text, as_found)
        if person and ANAPHORIC_AFTER.match(text, person.end):
            # `kata mantan ketua umum GP Ansor tersebut`: the "name" ends the body of an office said of someone named before.
            person, role = None, role_cut_at(text, role, person.end)
        person = person or holder_of_conjoined_role(text, role, last_before)
        if person:
            pairs.append((person, role.role))
            taken_until = max(taken_until, person.end)
            for fellow in fellow_holders(text, role, person):
                pairs.append((fellow, role.role))
                taken_until = max(taken_until, fellow.end)
            last_before = (person, role.start) if person.end <= role.start else None
        else:
            unpaired.append(role)
    return pairs, unpaired


# Not after a comma: `Ketua MPR, Ketua Mahkamah Agung, ..., dan Menteri Agama` lists offices of several people.
@lru_cache(maxsize=1)
def plural_role_regex() -> regex.Pattern:
    return regex.compile(r"(?<![\p{L}])(?i:\L<markers>)\s+$", markers=list(load_list("plural_role_markers.txt")))


@lru_cache(maxsize=1)
def next_person_regex() -> regex.Pattern:
    return regex.compile(rf"\G(?:\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+)(?P<person>{PERSON})", titles=person_titles())


def fellow_holders(text: str, role: RoleMention, person: PersonMention) -> list[PersonMention]:
    """``dua anggota DPR daerah pemilihan Kalteng, Agustiar Sabran serta Willy M Yoseph``: a role written
    with a number or ``para`` is held by each person listed after the first."""
    fellows: list[PersonMention] = []
    if person.start < role.end or not plural_role_regex().search(text, max(0, role.start - 12), role.start):
        return fellows
    end = person.end
    while len(fellows) < 4 and (match := next_person_regex().match(text, end)):
        fellow = _person_from(text, match.start("person"), match.end("person"), keep_tail=False)
        if fellow is None:
            break
        fellows.append(fellow)
        end = fellow.end
    return fellows


CONJOINED_ROLE = regex.compile(r"(?<!,\s*)(?:&|(?<![\p{L}])(?:dan|serta|sekaligus))(?:\s+\p{Ll}+)?\s+$")


def holder_of_conjoined_role(text: str, role: RoleMention, last_before: Optional[tuple[PersonMention, int]]) -> Optional[PersonMention]:
    """``Akhyar yang merupakan kader PDI-P dan petahana wali kota``, ``Adli Wafi. Peneliti ... & Anggota ...``:
    a role joined to the one before, in the same sentence, by the person named before that one."""
    if last_before is None:
        return None
    person, previous_start = last_before
    if clause_break_after(text, previous_start) < role.start:
        return None
    # The conjunction stands right before the role: a short window holds it (searching from the previous
    # role for every later one grew with the square of the distance).
    if not CONJOINED_ROLE.search(text, max(previous_start, role.start - CONJUNCTION_WINDOW), role.start):
        return None
    return person


CONJUNCTION_WINDOW = 200
CLAUSE_BREAK = regex.compile(r"[.;\n]")


@lru_cache(maxsize=16)
def clause_break_after(text: str, start: int) -> int:
    """The first ``.``, ``;`` or line break at or after ``start`` (the text's length if none); read once
    for each role that the later roles of an article look back to."""
    found = CLAUSE_BREAK.search(text, start)
    return found.start() if found else len(text)


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


def _pair_people(text: str, match: regex.Match, positions: tuple[str, str]) -> list[tuple[PersonMention, Role]]:
    pairs = []
    for group, position in zip(("first", "second"), positions):
        person = _person_from(text, match.start(group), match.end(group), keep_tail=False)
        if person:
            pairs.append((person, Role(title=position, position=position)))
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


def shared_office_spans(text: str) -> list[tuple[int, int]]:
    """Where candidate_pairs shares an office out to a pair; no single role is read inside them
    (`pasangan calon Bartolomius Mirip-Deny Miagoni` is no `calon Bartolomius`)."""
    matches = [*office_pair_regex().finditer(text), *contested_pair_matches(text)]
    return [(match.start(), match.end()) for match in matches]


def candidate_pairs(text: str) -> list[tuple[PersonMention, Role]]:
    """``pasangan calon Natalis Tabuni-Yann Robert``: Calon <office> and Calon Wakil <office>;
    ``X-Y sebagai Bupati dan Wakil Bupati Keerom``: the office and its deputy."""
    pairs, taken = [], []
    for match in office_pair_regex().finditer(text):
        office = office_variants()[match.group("office")].position
        pairs += _pair_people(text, match, (office, f"Wakil {office}"))
        taken.append(match.start("first"))
    for match in contested_pair_matches(text):
        if match.start("first") in taken:
            continue
        office = contested_office(text, match.start())
        pairs += _pair_people(text, match, (f"Calon {office}", f"Calon Wakil {office}"))
    return pairs


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
            person = _person_from(text, direct.start("person"), direct.end("person"), keep_tail=False)
            named += [(person, None)] if person else []
        if office is None or not named:
            continue
        person, role = min(named, key=lambda pair: pair[0].start)
        if role is None or "Calon" not in role.position.split():
            mates.append((person, Role(title=f"Calon Wakil {office}", position=f"Calon Wakil {office}")))
    return mates


@dataclass
class _Builder:
    parsed: ParsedName
    roles: list[Role] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    honorifics: list[str] = field(default_factory=list)
    degrees: list[str] = field(default_factory=list)
    ranks: list[str] = field(default_factory=list)
    mention_starts: set[int] = field(default_factory=set, repr=False)  # one mention per start, found at once

    @property
    def tokens(self) -> frozenset[str]:
        return name_tokens(self.parsed.name)

    def add_role(self, role: Role) -> None:
        # The same office written again without its region (`Gubernur Jabar ... Gubernur`) is one role;
        # the form that names the region is kept.
        key = (role.position, role.acting, role.former)
        for index, known in enumerate(self.roles):
            if (known.position, known.acting, known.former) != key:
                continue
            if known.jurisdiction == role.jurisdiction or role.jurisdiction is None:
                return
            if known.jurisdiction is None:
                self.roles[index] = role
                return
        self.roles.append(role)

    def add_mention(self, text: str, start: int, end: int, alias: str) -> None:
        if start not in self.mention_starts:
            self.mentions.append(Span(start=start, end=end, text=text[start:end]))
            self.mention_starts.add(start)
        if alias not in self.aliases:
            self.aliases.append(alias)

    def absorb(self, other: "_Builder") -> None:
        """Take over the roles, forms and mentions of an official that turned out to be this one."""
        for role in other.roles:
            self.add_role(role)
        for mention in other.mentions:
            if mention.start not in self.mention_starts:
                self.mentions.append(mention)
                self.mention_starts.add(mention.start)
        self.aliases.extend(alias for alias in other.aliases if alias not in self.aliases)
        self.add_titles(other.parsed)

    def add_titles(self, parsed: ParsedName) -> None:
        for source, target in ((parsed.honorifics, self.honorifics), (parsed.degrees, self.degrees), (parsed.ranks, self.ranks)):
            target.extend(item for item in source if item not in target)

    def first_mention(self) -> int:
        return min(mention.start for mention in self.mentions)

    def record(self, number: int) -> Official:
        ordered = sorted(self.mentions, key=lambda m: m.start)
        return Official(
            id=f"O{number}", name=self.parsed.name, honorifics=self.honorifics, degrees=self.degrees, ranks=self.ranks,
            roles=self.roles, aliases=self.aliases, mentions=ordered,
        )


@lru_cache(maxsize=8192)
def name_tokens(name: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in name.split())


MAX_INDEXED_WORDS = 8  # a longer name is compared with every official (its subsets are too many to look up)


class _BuilderIndex:
    """The officials read so far, by the words of their names: a new name is compared only with those
    whose words include all of its own, or whose words it includes all of (comparing it with every
    official grew with the square of their number)."""

    def __init__(self, builders: list[_Builder]):
        self.builders = builders
        self._by_word: dict[str, set[int]] = {}
        self._by_words: dict[frozenset[str], set[int]] = {}

    def add(self, index: int) -> None:
        """Indexes ``builders[index]`` under its name's words (again after its name grew)."""
        words = self.builders[index].tokens
        for word in words:
            self._by_word.setdefault(word, set()).add(index)
        self._by_words.setdefault(words, set()).add(index)

    def candidates(self, words: frozenset[str]) -> list[int]:
        """Officials that may hold all of ``words`` or be held by them, in reading order (a superset)."""
        if not words:
            return list(range(len(self.builders)))
        rarest = min(words, key=lambda word: len(self._by_word.get(word, ())))
        holding = {index for index in self._by_word.get(rarest, ())
                   if all(index in self._by_word.get(word, ()) for word in words)}
        if len(words) > MAX_INDEXED_WORDS:
            return sorted(holding | set(range(len(self.builders))))
        ordered = sorted(words)
        held = {index for size in range(1, len(ordered) + 1) for subset in combinations(ordered, size)
                for index in self._by_words.get(frozenset(subset), ())}
        return sorted(holding | held)


def _builder_for(index: _BuilderIndex, parsed: ParsedName) -> _Builder:
    """The official whose name's words include or are included by the parsed name's, first read first;
    a new official when none."""
    tokens = name_tokens(parsed.name)
    for position in index.candidates(tokens):
        builder = index.builders[position]
        if tokens <= builder.tokens or builder.tokens <= tokens:
            if len(parsed.name) > len(builder.parsed.name):
                builder.parsed = parsed
                index.add(position)
            return builder
    builder = _Builder(parsed)
    index.builders.append(builder)
    index.add(len(index.builders) - 1)
    return builder


def _short_forms(builders: list[_Builder]) -> dict[str, _Builder]:
    """Name words that point to exactly one official: the first and last, and a middle word of four letters or
    more (`La Ode M Rajiun Tumada ... kata Rajiun`)."""
    owners: dict[str, list[_Builder]] = {}
    for builder in builders:
        words = builder.parsed.name.split()
        for word in {words[0], words[-1]} | {word for word in words[1:-1] if len(word) >= 4}:
            if len(word) >= 3 and not word.endswith(".") and word not in non_name_words():
                owners.setdefault(word, []).append(builder)
    return {word: found[0] for word, found in owners.items() if len(found) == 1}


# A nickname written after the full name: `Ahmad Heryawan alias Aher`, `... yang akrab disapa Gus Ipul`, `(Aher)`.
NICKNAME_AFTER = regex.compile(
    rf"\G(?:\s+(?:{role_links('nickname')})\s+(?P<word>{NAME_WORD}(?:\s+{NAME_WORD})?)"
    rf"|\s*\((?P<bracket>\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\p{{Ll}}+)?)\))"
)


def add_nicknames(text: str, builders: list[_Builder]) -> list[_Builder]:
    """Nicknames become aliases and mentions; an official read under the nickname alone joins the full one."""
    for builder in list(builders):
        for mention in list(builder.mentions):
            match = NICKNAME_AFTER.match(text, mention.end)
            if not match or builder not in builders:
                continue
            group = "word" if match.group("word") else "bracket"
            nickname = match.group(group)
            if nickname.casefold() in builder.tokens or nickname in non_name_words():
                continue
            builder.add_mention(text, match.start(group), match.end(group), nickname)
            for other in [b for b in builders if b is not builder and b.parsed.name == nickname]:
                builder.absorb(other)
                builders.remove(other)
    return builders


def add_short_mentions(text: str, builders: list[_Builder]) -> None:
    forms = _short_forms(builders)
    if not forms:
        return
    taken = Intervals((m.start, m.end) for builder in builders for m in builder.mentions)
    for match in NAME_TOKEN.finditer(text):
        builder = forms.get(match.group())
        if builder is None or taken.covers(match.start()):
            continue
        builder.add_mention(text, match.start(), match.end(), match.group())


def attach_anaphoric_roles(text: str, roles: list[RoleMention], builders: list[_Builder]) -> None:
    mentions = sorted((m.start, m.end, index) for index, builder in enumerate(builders) for m in builder.mentions)
    starts = [start for start, _, _ in mentions]
    for role in roles:
        if not is_anaphoric(text, role):
            continue
        before = last_mentions_before(mentions, starts, role.start)
        if not before:
            continue
        builders[before[-1][2]].add_role(as_candidacy(text, role))
        # `Rusman dan Rajiun sama-sama mendaftar sebagai bakal calon bupati`: a joined subject shares the role.
        if len(before) > 1 and before[-2][2] != before[-1][2] and JOINED_SUBJECT.fullmatch(text, before[-2][1], before[-1][0]):
            builders[before[-2][2]].add_role(as_candidacy(text, role))


def last_mentions_before(mentions: list[tuple[int, int, int]], starts: list[int], position: int,
                         count: int = 2) -> list[tuple[int, int, int]]:
    """The last ``count`` of the sorted (start, end, official) mentions that end by ``position``, in order
    (read back from ``position``: sorting them all again for every role grew with the square)."""
    found = []
    index = bisect_left(starts, position) - 1
    while index >= 0 and len(found) < count:
        if mentions[index][1] <= position:
            found.append(mentions[index])
        index -= 1
    return found[::-1]


JOINED_SUBJECT = regex.compile(r"\s+(?:dan|serta|&)\s+")


@lru_cache(maxsize=1)
def candidacy_word_regex() -> regex.Pattern:
    """A candidacy word, then at most three words before the office (`pencalonan dirinya sebagai gubernur`)."""
    return regex.compile(r"(?<![\p{L}])(?i:\L<words>)(?:\s+\p{L}+){0,3}\s+$", words=list(load_list("candidacy_words.txt")))


def as_candidacy(text: str, role: RoleMention) -> Role:
    """The role, as the candidacy for it where a candidacy word precedes it."""
    position = role.role.position or ""
    if "Calon" in position.split() or not candidacy_word_regex().search(text, max(0, role.start - 50), role.start):
        return role.role
    return role.role.model_copy(update={"position": f"Calon {position}"})


def extract_officials(doc: Doc) -> list[Official]:
    text = doc_text(doc)
    pairs, unpaired = _paired(text, role_mentions(doc))
    pairs += candidate_pairs(text)
    pairs += running_mates(text, pairs)
    builders: list[_Builder] = []
    index = _BuilderIndex(builders)
    for person, role in pairs:
        builder = _builder_for(index, person.parsed)
        builder.add_role(role)
        builder.add_titles(person.parsed)
        builder.add_mention(text, person.parsed.start, person.parsed.end, person.surface)
    for builder in builders:
        if builder.parsed.name not in builder.aliases:
            builder.aliases.append(builder.parsed.name)
    builders = add_nicknames(text, builders)
    add_short_mentions(text, builders)
    attach_anaphoric_roles(text, unpaired, builders)
    builders.sort(key=_Builder.first_mention)
    return [builder.record(number) for number, builder in enumerate(builders, start=1)]


@Language.factory("netralitas_officials", assigns=["doc._.officials"], requires=["span._.role"])
def make_officials_component(nlp: Language, name: str) -> ExtractionComponent:
    return ExtractionComponent("officials", extract_officials)
