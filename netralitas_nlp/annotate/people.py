"""People (component ``netralitas_people``): person mentions with parsed titles and the roles written beside them.

``doc.spans["person"]`` holds every person the rules read, in the order they were read; ``span._.person`` is
the ``PersonMention`` (name parsed into honorifics, ranks, degrees; exact offsets) and ``span._.roles`` the
roles written with that mention.  A person is paired with a role when written

* after it, with or without a comma: ``Ketua Bawaslu Provinsi Sulawesi Selatan, Sari Suryadi``,
  ``Menteri Dalam Negeri Joni Rahman``, ``Kapolres Bogor AKBP Y``;
* before it, in apposition or with ``selaku``/``sebagai``: ``Kurnia Halim, Gubernur DKI Jakarta``;
* at the end of an unpunctuated run before a speech verb: ``Kepala Puskesmas Cempaka Putih Dicky
  Sutrisno menuturkan``, ``kata Direktur RSUD Harapan Siti Rahma.`` (the last name-shaped
  words before the verb are the person, the words between are the role's body);
* as one of a candidate pair (``netralitas_candidate_pairs``) or as a running mate.

People introduced without a role phrase (``<role>, <Name>,`` with a lower-case role, ``<honorific> <Name>``)
are person mentions too, with no roles.  Roles with nobody beside them (``mantan Kepala Bappeda Prabumulih
ini``) are listed in ``doc._.unheld_roles``: the officials extractor decides whom they refer to.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..components import char_span, doc_text, ensure_extension, ensure_span_extension
from ..intervals import Intervals
from ..lang import load_kinds, load_list
from ..lang.morphology import VERB_SHAPED, verb_shaped_nouns, verb_shaped_word
from ..lang.speech import speech_verbs
from ..names import clean_name, is_honorific, is_name_breaker, is_title_word, iter_runs, parse_name, rank_length
from ..patterns import NON_SPACE, compile_anchored
from ..records import Role
from .pairs import pair_spans, running_mates
from .person_spans import (PERSON, NAME_TOKEN, PersonMention, person_after_role, person_from, person_titles,
                           place_designations, possessive_offices)
from .places import region_after
from .roles import (ANAPHORIC_AFTER, BECOMING_BEFORE, RoleMention, generic_position, lowercase_titles, role_after_name,
                    role_links, role_mentions, role_opening_words, role_run_edges, role_run_regex, may_end_role_run)

PEOPLE = "person"
ensure_span_extension("person")
ensure_span_extension("roles", default=None)
ensure_extension("unheld_roles")


# Words written between a person and a following role (apposition, "selaku", "yang juga menjabat sebagai").
BEFORE_ROLE_LINK = rf"(?:\s*,\s*|\s*\(\s*|\s*,?\s+(?:{role_links('link')})\s+)"


LOOKBACK = 90


@lru_cache(maxsize=1)
def person_before_role() -> regex.Pattern:
    # Not after a hyphen: `PDI-P. Akhyar` is no initial.
    return regex.compile(rf"(?<![\p{{L}}.\-])(?P<person>{PERSON}){BEFORE_ROLE_LINK}$", titles=person_titles())


PLACE_COMMA = compile_anchored(r"\G\s*,")


# `Gubernur Jawa Tengah, yang merupakan kader PDI-P, Teguh Maulana`; without the first comma the clause
# describes the office-holder only (`Bupati Sleman yang juga petahana, Sri Purnomo`): no other verb in it.
RELATIVE_CLAUSE = compile_anchored(r"\G\s*,\s+yang\s+[^,.;:“”\"]{1,60},")
DESCRIBING_CLAUSE = compile_anchored(r"\G\s+yang\s+(?:(?:juga|kini|merupakan|adalah)\s+)?(?P<words>[^,.;:“”\"()]{1,40}),")


def relative_clause(text: str, position: int) -> Optional[regex.Match]:
    """A relative clause between an office and its holder, else None."""
    clause = RELATIVE_CLAUSE.match(text, position)
    if clause:
        return clause
    clause = DESCRIBING_CLAUSE.match(text, position)
    if clause and not any(verb_shaped_word().fullmatch(word) for word in clause.group("words").split()):
        return clause
    return None


def person_after(text: str, role: RoleMention, end: Optional[int] = None) -> Optional[PersonMention]:
    end = role.end if end is None else end
    match = person_after_role().match(text, end)
    person = person_from(text, match.start("person"), match.end("person"), keep_tail=False) if match else None
    if end != role.end:
        return person
    # The capitalised words after the role that are no person (`Camat Tanah Abang, Jakarta Pusat, ...`) still
    # end where a comma may open a place.
    read_until = person.end if person else (match.end("person") if match else end)
    # "Kepala Dusun Sukamaju, Kelurahan Mekarsari, Kecamatan Sindangsari, Budi Santoso": village names, then the person.
    chain = village_chain_end(text, role)
    if chain is not None:
        return person_after(text, role, chain)
    # "Camat Tanah Abang, Jakarta Pusat, Yassin Pasaribu": a place and a comma, then the person.
    for place_from in dict.fromkeys((person.end if person else end, read_until)):
        comma = PLACE_COMMA.match(text, place_from)
        place, place_end = region_after(text, comma.end()) if comma else (None, 0)
        later = person_after(text, role, place_end) if place else None
        if later:
            return later
    # "Gubernur Jawa Tengah, yang merupakan kader PDI-P, Teguh Maulana": a relative clause, then the person;
    # "anggota DPR daerah pemilihan Kalteng, Indra Setiawan": lower-case words that qualify the role, then the person.
    # Not a second office (`Ketua Apeksi yang juga Wali Kota Bogor, Bima Arya`): that one has the person.
    clause = None if second_office_follows(text, role.end) else (
        relative_clause(text, role.end) or qualifier_regex().match(text, role.end))
    if person is None and clause:
        return person_after(text, role, clause.end())
    return person


@lru_cache(maxsize=1)
def village_regex() -> regex.Pattern:
    """A village's name (after a role ending in its designation), then designated names, each set off by a comma."""
    name = r"\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?"
    return regex.compile(rf"\G\s+{name}(?:\s*,\s*\L<designations>\s+{name})*\s*(?=,)",
                         designations=list(place_designations()))



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
def lowercase_title_regex() -> regex.Pattern:
    return regex.compile(r"(?<![\p{L}])\L<titles>(?=\s)", titles=lowercase_titles())


CONJOINED_WORD = regex.compile(r"\sdan\s+(\p{L}+)")


def another_role_start(text: str, start: int, end: int) -> int:
    """Where a second, conjoined role begins in a run, else ``end``: the first run is cut there
    (`Ketua DPD Partai X Budi Santoso dan Sekretaris DPD Partai Y Rina Wati`, invented)."""
    # An office with `-nya` (`dan Sekretarisnya`) also starts another phrase, not the name's last words.
    opening = role_opening_words() | possessive_offices()
    return next((match.start() for match in CONJOINED_WORD.finditer(text, start, end) if match.group(1) in opening), end)


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
    # `Juru Bicara Forum Relawan Amanat (...), Eka Nugroho saat`: the body ends at a comma and
    # the name follows it, closing the clause.
    person = person_after(text, role, match.end("run"))
    if person and clause_edge_regex().match(text, person.end):
        return person, match.start("run")
    return None


@lru_cache(maxsize=None)
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
    # A functional position's level ends the title: `Analis Kebijakan Ahli Madya Gita Purba`.
    level = last_level_end(text, match.start("run"), run_end)
    if level is not None:
        start = max(start, level)
    # A word right after an inner `dan` is the body's (`Sistem Informasi dan Digitalisasi Dedi Setiawan`).
    conjoined = CONJOINED_WORD.search(text, match.start("run"), run_end)
    while conjoined and conjoined.start(1) >= start:
        start = max(start, conjoined.end(1))
        conjoined = CONJOINED_WORD.search(text, conjoined.end(1), run_end)
    # The name opens with a capitalised word, not with the `di` after a place.
    start = next((word.start() for word in words if word.start() >= start), run_end)
    if start >= run_end:
        return None
    # A title written before the name (``Dinkes Sulut dr Debie Kalalo``) opens the person.
    titled = list(lowercase_title_regex().finditer(text, match.start("run"), run_end))
    if titled:
        start = max(start, titled[-1].start())
    start = titles_start(text, match.start("run"), start)
    person = person_from(text, start, run_end, keep_tail=True)
    if person is None or person.parsed.name.isupper():
        return None  # `Ketua RT/RW`: an acronym alone is no name
    return without_body_word(text, person), match.start("run")


@lru_cache(maxsize=1)
def functional_level_regex() -> regex.Pattern:
    return regex.compile(r"(?<![\p{L}])\L<levels>(?![\p{L}])", levels=list(load_list("functional_levels.txt")))


def last_level_end(text: str, start: int, end: int) -> Optional[int]:
    """Where the last functional level in ``text[start:end]`` ends, if one."""
    levels = list(functional_level_regex().finditer(text, start, end))
    return levels[-1].end() if levels else None


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
    return person_from(text, words[1].start(), person.end, keep_tail=True) or person


def used_alone(text: str, word: str, previous: str, following: str) -> bool:
    """``word`` written somewhere neither after ``previous`` nor before ``following``."""
    for start in whole_word_occurrences(text, word):
        end = start + len(word)
        after_previous = bool(previous) and text[max(0, start - 60):start].rstrip().endswith(previous)
        before_following = bool(following) and text[end:end + 60].lstrip().startswith(following)
        if not after_previous and not before_following:
            return True
    return False


def whole_word_occurrences(text: str, word: str):
    """Starts of ``word`` in ``text`` with no letter on either side (a string search: no pattern to compile
    for every word asked about)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and text[start - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
            yield start
        start = text.find(word, start + 1)




RANK_LOOKBACK = 5  # words: `Brigadir Jenderal (Pol)`, `Letnan Kolonel Inf`


def title_length(words: list[str], index: int) -> int:
    """How many words from ``index`` form a rank or an honorific (0 if none)."""
    return rank_length(words, index) or int(is_honorific(words[index]))


def titles_start(text: str, run_start: int, name_start: int) -> int:
    """Where the ranks and honorifics written straight before a name begin
    (``Polda Metro Jaya Komisaris Besar Yusri``, ``Tokoh NU KH Umar Saputra``)."""
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
    (``Citra Harahap Wibowo. Peneliti Pusat Kajian ...``)."""
    return regex.compile(rf"(?:(?<=\n)|^)(?P<person>{PERSON})\.\s+$", titles=person_titles())


@lru_cache(maxsize=1)
def link_last_words() -> frozenset[str]:
    return frozenset(phrase.split()[-1] for phrase in load_kinds("role_links.tsv", kind_column=1)["link"])


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
    return person_from(text, match.start("person"), match.end("person"), keep_tail=True)


@lru_cache(maxsize=1)
def person_appointed_regex() -> regex.Pattern:
    """A person, perhaps an appointment verb, then `sebagai`/`menjadi` right before the office."""
    return regex.compile(rf"(?<![\p{{L}}.\-])(?P<person>{PERSON})\s+(?P<verbs>(?:\L<appointed>\s+){{0,2}})"
                         rf"(?:(?P<appointed>{role_links('appointed')})|{role_links('becoming')})\s+$",
                         titles=person_titles(), appointed=list(load_list("appointment_verbs.txt")))


@lru_cache(maxsize=1)
def appointing_verb_in_clause() -> regex.Pattern:
    """An active verb of appointing (`melantik`) with no sentence end between it and the end of the text."""
    return regex.compile(r"(?<![\p{L}])\L<verbs>(?![\p{L}])[^.!?\n]*$", verbs=list(load_list("appointing_verbs.txt")))


def person_appointed(text: str, role: RoleMention) -> Optional[PersonMention]:
    """``Rina Wati sebagai Wakil Menteri``, ``Budi Santoso ditunjuk menjadi Kepala Dinas``, ``melantik Budi Santoso
    menjadi Kepala Dinas`` (invented): the person the office is given to.  `menjadi`/`jadi` need an appointment
    verb: without one the office is as often hoped for (``mendukung Budi Santoso menjadi Bupati``) as given."""
    if not appointed_last_word().search(text, max(0, role.start - 12), role.start):
        return None  # tested first: the person pattern is slow
    match = person_appointed_regex().search(text, max(0, role.start - LOOKBACK), role.start)
    if not match:
        return None
    person_start = match.start("person")
    if not (match.group("appointed") or match.group("verbs")
            or appointing_verb_in_clause().search(text, max(0, person_start - LOOKBACK), person_start)):
        return None
    return person_from(text, person_start, match.end("person"), keep_tail=True)


@lru_cache(maxsize=1)
def appointed_last_word() -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}])(?:{role_links('appointed')}|{role_links('becoming')})\s+$")


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


LIST_GAP = regex.compile(r"\G\s*,\s*(?:(?:dan|serta)\s+)?")


def another_office_follows(text: str, person: PersonMention, role_starts: set[int]) -> bool:
    """``X, Ketua MPR RI Fajar Halim, Ketua DPR RI Andi Pratama``: the next list item is another office and its
    holder, so the name after each office holds it (not the name before it)."""
    gap = LIST_GAP.match(text, person.end)
    return bool(gap) and gap.end() in role_starts


def role_up_to_comma(text: str, role: RoleMention) -> RoleMention:
    """The role of an apposition ends at its comma (a run may have read on into the next clause)."""
    comma = text.find(",", role.title_start, role.end)
    return role if comma < 0 else role_cut_at(text, role, comma)


PLACE_CHAIN = regex.compile(r"(?:\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2})?(?:\s*,\s*\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})+\s*,\s*")


def place_chain_between(text: str, role: RoleMention, person: PersonMention) -> bool:
    """Capitalised places, set off by commas, between a role and its holder (``Camat Neglasari, Kabupaten
    Tangerang, Ubaidillah Ansar``): the office's area, read into its title."""
    if person.start <= role.end or not PLACE_CHAIN.fullmatch(text, role.end, person.start):
        return False
    last = text[role.end:person.start].rstrip(" ,").rsplit(",", 1)[-1].strip()
    return region_after(text, text.index(last, role.end) - 1)[0] is not None


def region_ending(text: str, start: int, end: int) -> Optional[str]:
    """The region named by the last comma-separated part of ``text[start:end]`` (``…, Kabupaten Tangerang``)."""
    part_start = max(text.rfind(",", start, end), start)
    region, region_end = region_after(text, part_start + 1 if text[part_start] == "," else part_start)
    return region if region and region_end == end else None


LIST_ITEM = regex.compile(r"\G\s*,\s*(?:dan\s+)?(?P<item>[^,.;:“”\"]{1,120})")


def listed_after(text: str, role: RoleMention, in_run: PersonMention, after: PersonMention) -> bool:
    """``Deputi Bidang … ASN Herman, JF Asesor SDM Aparatur Ahli Utama Fajar Pratama, …``: the name ends the
    role's phrase at a comma and the next item of the list is another office with its holder, so the words
    after the comma are not this role's holder."""
    if in_run.end != role.end or after.start <= role.end:
        return False
    item = LIST_ITEM.match(text, role.end)
    triggers = role_opening_words()
    return bool(item) and any(word.group() in triggers for word in NON_SPACE.finditer(item.group("item")))


def becomes_office(text: str, role: RoleMention) -> bool:
    """``menjadi Ketua …``, ``jadi anggota …``: an office its clause's subject becomes; the capitalised words
    after it are its body, not a holder."""
    return bool(BECOMING_BEFORE.search(text[max(0, role.start - 30):role.start]))


def role_cut_at(text: str, role: RoleMention, cut: int) -> RoleMention:
    """The role cut at ``cut``, where the person's name starts (a generic phrase may have run over it);
    a title that stopped short of the name takes the body words up to it (``Kepala Dinas Pertanian,
    Pangan, dan Perikanan Sleman``), its position unchanged."""
    if role.end <= cut:
        body = text[role.end:cut].rstrip(" ,")
        if not body.strip(" ,") or "\n" in body:
            return role
        jurisdiction = role.role.jurisdiction or region_ending(text, role.end, role.end + len(body))
        longer = role.role.model_copy(update={"title": role.role.title + body, "end": role.end + len(body),
                                              "jurisdiction": jurisdiction})
        return RoleMention(longer, role.start, role.title_start, role.end + len(body), role.former_marker, role.listed)
    title = text[role.title_start:cut].rstrip(" ,")
    cut = Role(title=title, position=generic_position(title), jurisdiction=role.role.jurisdiction,
               start=role.title_start, end=role.title_start + len(title))
    return RoleMention(cut, role.start, role.title_start, role.title_start + len(title), role.former_marker)


def role_holders(text: str, roles: list[RoleMention], shared_spans: list[tuple[int, int]],
                 ) -> tuple[list[tuple[PersonMention, Role]], list[RoleMention]]:
    """Roles paired with the person written beside them, and the roles left without one.

    Offices shared out to a candidate pair (``shared_spans``: `X-Y sebagai Bupati dan Wakil Bupati Keerom`)
    are the pair's: no role inside them is read here.
    """
    pairs, unpaired = [], []
    taken_until = -1
    last_before = None  # the last person named before the role they hold, and where that role starts
    shared = Intervals(shared_spans)
    role_starts = {role.start for role in roles}
    for role in roles:
        if role.start < taken_until or shared.covers(role.start):
            continue  # inside a person already read (a name word that is also an office), or a shared office
        if becomes_office(text, role):
            # `dimasukkan jadi anggota Kopdes Merah Putih`: the office of the subject before; held by the name
            # the office is linked to (`Hadi Kusuma yang dahulu menjadi Ketua Timses ...`).
            linked = person_before(text, role) or person_appointed(text, role)
            if linked is not None and pairs and linked.start < taken_until <= linked.end:
                linked = pairs[-1][0]  # the person just read holds this office as well
            if linked is not None:
                pairs.append((linked, role.role))
            else:
                unpaired.append(role)
            continue
        person, as_found = person_after(text, role), role
        if person and (village_chain_end(text, role) is not None or place_chain_between(text, role, person)):
            # The title names the village or district: `Kepala Dusun Sukamaju, ...`, `Camat Tanah Abang, Jakarta Pusat, Yassin`.
            role = role_cut_at(text, role, person.start)
        in_run = person_ending_run(text, role)
        if in_run and (person is None or person.end < in_run[0].end or listed_after(text, role, in_run[0], person)):
            # The name ends the run: what person_after read first was the role's body.
            person, role = in_run[0], role_cut_at(text, role, in_run[0].start)
        if person and shared.overlaps(person.start, person.end):
            # `Ketua Tim Pemenangan Paslon Hadi-Tanjung`: a candidate pair names the role's body, it holds nothing.
            person, role = None, role_cut_at(text, as_found, shared_end(shared_spans, person))
            as_found = role
        before = person_before(text, role) or (person_appointed(text, role) if person is None else None)
        if before and pairs and before.start < taken_until <= before.end:
            before = pairs[-1][0]  # `Bupati Yahukimo Putri Permana, juga Wakil Ketua ...`: the person just read
        if before and (person is None or (before.start >= taken_until and apposed(text, before, role)
                                          and not set_off_by_comma(text, role, person)
                                          and not subject_of_verb(text, person)
                                          and not another_office_follows(text, person, role_starts))):
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
    return with_roles_held_also(text, pairs, unpaired)


def with_roles_held_also(text: str, pairs: list[tuple[PersonMention, Role]], unpaired: list[RoleMention]
                         ) -> tuple[list[tuple[PersonMention, Role]], list[RoleMention]]:
    """``Kepala BNPB yang juga Ketua Satgas Covid-19 Doni Monardo``: the first office, joined to the second by
    ``yang juga``, is held by the second's holder."""
    holders = {role.start: person for person, role in pairs if role.start is not None}
    still_unpaired = []
    for role in unpaired:
        link = also_link_regex().match(text, role.end)
        person = holders.get(link.end()) if link else None
        if person is not None:
            pairs.append((person, role.role))
        else:
            still_unpaired.append(role)
    return pairs, still_unpaired


def second_office_follows(text: str, position: int) -> bool:
    """``yang juga Wali Kota Bogor``: a second office of the same person follows ``position``."""
    link = also_link_regex().match(text, position)
    word = WORD_AFTER.match(text, link.end()) if link else None
    return bool(word) and word.group() in role_opening_words()


WORD_AFTER = regex.compile(r"\G[\p{L}\-]+")


@lru_cache(maxsize=1)
def also_link_regex() -> regex.Pattern:
    return compile_anchored(rf"\G\s*,?\s+(?:yang\s+(?:{role_links('also')})|{role_links('joining')})\s+")


def shared_end(spans: list[tuple[int, int]], person: PersonMention) -> int:
    """The end of the first span the person overlaps."""
    return next(end for start, end in spans if start < person.end and person.start < end)


# Not after a comma: `Ketua MPR, Ketua Mahkamah Agung, ..., dan Menteri Agama` lists offices of several people.
@lru_cache(maxsize=1)
def plural_role_regex() -> regex.Pattern:
    return regex.compile(r"(?<![\p{L}])(?i:\L<markers>)\s+$", markers=list(load_list("plural_role_markers.txt")))


@lru_cache(maxsize=1)
def next_person_regex() -> regex.Pattern:
    return regex.compile(rf"\G(?:\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+)(?P<person>{PERSON})", titles=person_titles())


def fellow_holders(text: str, role: RoleMention, person: PersonMention) -> list[PersonMention]:
    """``dua anggota DPR daerah pemilihan Kalteng, Indra Setiawan serta Lestari Purba Tanjung``: a role written
    with a number or ``para`` is held by each person listed after the first."""
    fellows: list[PersonMention] = []
    if person.start < role.end or not plural_role_regex().search(text, max(0, role.start - 12), role.start):
        return fellows
    end = person.end
    while len(fellows) < 4 and (match := next_person_regex().match(text, end)):
        fellow = person_from(text, match.start("person"), match.end("person"), keep_tail=False)
        if fellow is None:
            break
        fellows.append(fellow)
        end = fellow.end
    return fellows


# `Ketua merangkap anggota KPU Labura`: one person holds both offices.
CONJOINED_ROLE = regex.compile(r"(?<!,\s*)(?:&|(?<![\p{L}])(?:dan|serta|sekaligus|merangkap))(?:\s+\p{Ll}+)?\s+$")


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


# ---------------------------------------------------------------- people introduced without a role phrase

def appositive_people(text: str) -> list[PersonMention]:
    """People introduced as ``<role>, <Name>,``, ``<Name>, <lower-case role>,``, ``<honorific> <Name>`` or at
    the end of a run of role words (``Bakal calon Gubernur Jawa Timur Gita Hidayat meyakini``)."""
    people = []
    previous_end, previous_titled = -10, False
    for match in iter_runs(text):
        run = match.group()
        titled = holds_title_word(run)
        after_role = previous_titled and text[previous_end:match.start()].strip() == ","
        honorific = " " in run and is_honorific(run.split()[0])
        role_follows = bool(role_after_name().match(text, match.end()))
        previous_end, previous_titled = match.end(), titled
        if not (after_role or honorific or titled or role_follows):
            continue  # none of the ways a person is introduced: the run's name is not read at all
        name = clean_name(run)
        if not name or not no_name_breaker(name):
            continue
        ends_run = run.endswith(name)
        role_then_name = ends_run and titled and " " in name and name != run and not text.startswith(" (", match.end())
        if after_role or honorific or role_then_name or (ends_run and role_follows):
            offset = match.start() + run.rfind(name)
            people.append(PersonMention(parse_name(name, offset=offset), offset, offset + len(name), name))
    return people


@lru_cache(maxsize=8192)
def holds_title_word(run: str) -> bool:
    """A title or role word anywhere in a run of capitalised words (cached: runs repeat within news)."""
    return any(is_title_word(word) for word in run.split())


@lru_cache(maxsize=8192)
def no_name_breaker(name: str) -> bool:
    return not any(is_name_breaker(word) for word in name.split())


# ---------------------------------------------------------------- the component

def people_with_roles(doc: Doc) -> tuple[list[tuple[PersonMention, Role]], list[RoleMention]]:
    """Every (person, role) the text pairs, in reading order (role holders, candidate pairs, running mates),
    and the roles with nobody beside them."""
    text = doc_text(doc)
    pairs_found = pair_spans(doc)
    pairs, unheld = role_holders(text, role_mentions(doc), [(pair.start, pair.end) for pair in pairs_found])
    pairs += [person_role for pair in pairs_found for person_role in pair.people]
    pairs += running_mates(text, pairs, doc._.article_region)
    return pairs, unheld


def person_roles(doc: Doc) -> list[tuple[PersonMention, list[Role]]]:
    """The person mentions of an annotated Doc with the roles written beside each, in reading order."""
    return [(span._.person, span._.roles or []) for span in doc.spans.get(PEOPLE, []) if span._.person is not None]


def annotate_people(doc: Doc) -> Doc:
    pairs, unheld = people_with_roles(doc)
    read: dict[tuple[int, int], tuple[PersonMention, list[Role]]] = {}
    for person, role in pairs:  # one entry per mention, in the order first read, with every role beside it
        read.setdefault((person.start, person.end), (person, []))[1].append(role)
    with_roles = Intervals(read)
    for person in appositive_people(doc_text(doc)):
        if not with_roles.overlaps(person.start, person.end):  # already read, with the role beside it
            read.setdefault((person.start, person.end), (person, []))
    spans = []
    for person, roles in read.values():
        span = char_span(doc, person.start, person.end, label="PERSON")
        if span is not None:
            span._.person, span._.roles = person, roles
            spans.append(span)
    doc.spans[PEOPLE] = spans
    doc._.unheld_roles = unheld
    return doc


@Language.factory("netralitas_people", assigns=["doc.spans", "span._.person", "span._.roles", "doc._.unheld_roles"],
                  requires=["span._.role", "span._.candidate_pair"])
def make_people_component(nlp: Language, name: str):
    return annotate_people
