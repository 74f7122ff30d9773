"""Who said it: speaker names cleaned of titles and resolved to the article's officials.

A speaker is written in many ways: ``kata Kepala Kesbangpol Prabumulih, Lestari Gunadi, S.Sos.``,
``tegas Sari``, ``katanya``, ``Ia menegaskan``.  ``SpeakerResolver`` turns each into the
official's ``name`` so quotes join to officials: it prefers ``doc._.officials`` (mentions by
offset, then a short name inside a full name) and, while that list is empty, falls back to the
name as written, cleaned of honorifics, degrees, ranks, role words and region names, and to full
names seen earlier in the article (``Sari`` -> ``Sari Suryadi``).  Pronouns and descriptions
(``ia``, ``dia``, ``beliau``, ``Pria yang …``) go to the most recent person; nothing supported gives
``None`` rather than a guess.  A candidate must look like a person (``is_person_like``): pieces of
organisation names (the one not-a-name list, ``lang/id/not_name_words.txt``: ``Institute``, ``Nomor``),
cut-off words (``Covid-``), lone acronyms, outlets and places never speak, and people named inside a
statement (direct or reported) are talked about, not talking.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from typing import Optional

import regex

from ...annotate.places import after_region_kind
from ...annotate.roles import offices
from ...gazetteer import canonical_region
from ...intervals import Intervals
from ...lang.speech import speaker_word_kind
from ...lang.titles import title_words
from ...names import (clean_name, is_bare_name, is_person_like, is_pronoun, lone_place_word, name_word_set)
from ...records import Official, Span

@dataclass
class Person:
    name: str
    start: int
    end: int
    salient: bool = False  # a speaker, or the subject of its clause: what `-nya`, `ia`, `dia` refer to
    order: int = 0  # when it was added: among people at one start, the later one counts as more recent


@dataclass
class SpeakerResolver:
    """Resolves speaker surfaces of one article, remembering who spoke last.

    ``quoted`` holds the direct quotes' spans: a person named inside a quote (``“… Pak Nanda …,”
    ujarnya``) is talked about, not talking, so it is never a candidate for a pronoun or ``-nya``.
    People are kept in text order and indexed by name and by name word, so that each lookup costs
    about the same however many people the article names (a scan per speaker grew with its square).
    """

    text: str
    officials: list[Official]
    quoted: list[tuple[int, int]] = field(default_factory=list)
    introduced: list[Person] = field(default_factory=list)  # people named without a role phrase
    people: list[Person] = field(default_factory=list)  # every person mention, by position
    _starts: list[int] = field(default_factory=list)

    _introduced: bool = False

    def __post_init__(self) -> None:
        self._quoted = Intervals(self.quoted)
        self._added = 0
        self._longest = 0  # the longest person span: how far back a span overlapping a position can start
        self._keys: list[tuple[int, int]] = []  # (start, order) of ``people``, their sort key
        self._occurrences: dict[str, list[tuple[int, int]]] = {}  # name -> (start, order) of its mentions
        self._names_with_word: dict[str, set[str]] = {}
        self._officials_with_word: dict[str, list[int]] = {}
        self._official_forms = [[name_word_set(form) for form in (official.name, *official.aliases)]
                                for official in self.officials]
        for index, forms in enumerate(self._official_forms):
            for word in sorted(set().union(*forms)):
                self._officials_with_word.setdefault(word, []).append(index)
        self._holders: dict[tuple[frozenset[str], bool], set[str]] = {}
        for official in self.officials:
            for mention in official.mentions:
                self._add_mention(Person(official.name, mention.start, mention.end))

    def _add_mention(self, person: Person) -> None:
        if not is_person_like(person.name) or after_region_kind(self.text, person.start):
            return  # a piece of an organisation or place name (`Kota Tasikmalaya`) is never whom `-nya` refers to
        if not self._quoted.covers(person.start):
            person.salient = person.salient or is_clause_subject(self.text, person.start)
            self._insert(person)

    def _introduce(self) -> None:
        """People introduced by role or honorific (``Kepala Bidang …, Erwin Hermanto,``) that the
        officials list may lack; joined when first needed, unless someone known is written there."""
        if not self._introduced:
            covered = Intervals((person.start, person.end) for person in self.people)
            for person in self.introduced:
                if not covered.overlaps(person.start, person.end):
                    self._add_mention(person)
        self._introduced = True

    def _insert(self, person: Person) -> None:
        """Adds ``person`` in text order (after people already at its start) and to the indexes."""
        person.order = self._added
        self._added += 1
        key = (person.start, person.order)
        index = bisect_right(self._keys, key)
        self._keys.insert(index, key)
        self.people.insert(index, person)
        self._starts.insert(index, person.start)
        self._longest = max(self._longest, person.end - person.start)
        occurrences = self._occurrences.setdefault(person.name, [])
        if not occurrences:
            for word in name_word_set(person.name):
                self._names_with_word.setdefault(word, set()).add(person.name)
        insort(occurrences, key)

    def remember(self, name: str, start: int, end: int) -> None:
        """A resolved speaker: the person a later `-nya` or `ia` most likely refers to."""
        if not is_person_like(name, after_cue=True):
            return
        self._insert(Person(name, start, end, salient=True))

    def last_person(self, before: int) -> Optional[str]:
        """The most recent speaker or clause subject before ``before``; any person when none."""
        self._introduce()
        index = bisect_right(self._starts, before) - 1
        fallback = None
        while index >= 0:
            person = self.people[index]
            if person.end <= before:
                if person.salient:
                    return person.name
                fallback = fallback or person.name
            index -= 1
        return fallback

    def official_named(self, name: str, start: int, end: int) -> Optional[str]:
        """The official written at ``start:end``, or else the official (or earlier speaker) whose
        name contains every word of ``name`` (``Sari`` -> ``Sari Suryadi``), most recent first."""
        last_word = start + max(name.rfind(" ") + 1, 0)  # a person's name ends a run: `Kementerian Keuangan Askolani`
        if self.officials:
            written = self.person_overlapping(last_word, end)
            if written is not None:
                return written.name
        wanted = name_word_set(name)
        if not wanted:
            return None
        official = self.official_with_words(wanted)
        if official is not None:
            return official
        return self.latest_with_more_words(wanted, start)

    def person_overlapping(self, start: int, end: int) -> Optional[Person]:
        """The first person, in text order, whose span overlaps ``start:end``."""
        first = bisect_left(self._starts, start - self._longest)
        for index in range(first, bisect_left(self._starts, end)):
            if start < self.people[index].end:
                return self.people[index]
        return None

    def official_with_words(self, wanted: frozenset[str]) -> Optional[str]:
        """The first official with a form (name or alias) holding every word of ``wanted``."""
        rarest = min(wanted, key=lambda word: len(self._officials_with_word.get(word, ())))
        for index in self._officials_with_word.get(rarest, ()):
            if any(wanted <= form for form in self._official_forms[index]):
                return self.officials[index].name
        return None

    def latest_with_more_words(self, wanted: frozenset[str], before: int) -> Optional[str]:
        """The person last named at or before ``before`` whose name holds ``wanted`` and more words."""
        names = set.intersection(*(self._names_with_word.get(word, set()) for word in wanted))
        best: Optional[tuple[tuple[int, int], str]] = None
        for name in names:
            if not wanted < name_word_set(name):
                continue
            occurrences = self._occurrences[name]
            index = bisect_right(occurrences, (before, self._added)) - 1
            if index >= 0 and (best is None or occurrences[index] > best[0]):
                best = (occurrences[index], name)
        return best[1] if best else None

    def known_by_lone_word(self, surface: str) -> Optional[str]:
        """`kata Agung`, `tutur Mayjen Tugas` (invented): one word, titles aside, that reads as a body word
        elsewhere (`Mahkamah Agung`, `Jaksa Agung`) names the official whose name holds it; nobody else.  Only
        a lone word: in `kata Ketua Mahkamah Agung` the word ends an office, not a name.  An office alone
        (`Bupati`) or a region is never a name here."""
        words = [word for word in surface.strip(" ,.").split() if word not in title_words()]
        if len(words) != 1 or words[0] in offices() or canonical_region(words[0]):
            return None
        wanted = name_word_set(words[0])
        return self.official_with_words(wanted) if wanted else None

    def official_with_role(self, role: str, before: int) -> Optional[str]:
        """`kata Presiden`, `ujar Panglima TNI`: the official holding exactly that role (else one whose
        role contains those words: `Wakil Presiden` is not `Presiden` while a Presiden is named); the
        most recently mentioned one when several hold it."""
        office = offices().get(role)  # `Mendagri`: the officials list spells it `Menteri Dalam Negeri`
        forms = [frozenset(role.lower().split())] + ([frozenset(office.position.lower().split())] if office else [])
        if not forms[0]:
            return None
        for exact in (True, False):
            holders = set().union(*(self.role_holders(wanted, exact) for wanted in forms))
            if holders:
                return self.most_recent(holders, before)
        return None

    def role_holders(self, wanted: frozenset[str], exact: bool) -> set[str]:
        """Names of the officials holding the role ``wanted`` (read once per role words)."""
        key = (wanted, exact)
        if key not in self._holders:
            self._holders[key] = {official.name for official in self.officials for held in official.roles
                                  if any(role_matches(wanted, words, exact) for words in (held.title, held.position))}
        return self._holders[key]

    def most_recent(self, names: set[str], before: int) -> Optional[str]:
        """The holder mentioned last; a one-word name (`Dekar`, `Wati`) yields to a full name holding the
        same role, since a short name beside a full one for one office is most often the same person."""
        full = {name for name in names if len(name.split()) > 1}
        names = full or names
        best: Optional[tuple[tuple[int, int], str]] = None
        for name in names:
            occurrences = self._occurrences.get(name, [])
            index = bisect_left(occurrences, (before, -1)) - 1  # mentioned before ``before``
            if index >= 0 and (best is None or occurrences[index] > best[0]):
                best = (occurrences[index], name)
        return best[1] if best else min(names)

    def resolve_run(self, start: int, end: int) -> Optional[str]:
        """The speaker written at ``text[start:end]`` (a run of words after or before a cue)."""
        surface = self.text[start:end]
        first = surface.split()[0] if surface.split() else ""
        if not first or is_pronoun(first):
            return self.last_person(start)
        self._introduce()
        member = name_before_body(surface)
        name = (member and member.group("name")) or clean_name(surface) or lone_place_word(surface)
        if name is None:
            return self.official_with_role(surface.strip(" ,."), start) or self.known_by_lone_word(surface)
        if name in offices():  # `kata Mendagri`: an office alone names its holder, else stays as written
            holder = self.official_with_role(name, start)
            if holder is not None:
                return holder
        name_start = start + surface.rfind(name)
        resolved = self.official_named(name, name_start, name_start + len(name)) or name
        return resolved if is_person_like(resolved, after_cue=True) else None


# `Salehudin dari KKP Kelas II`, `Reynaldi dari PT House of Rattan`: a bare name, then the body the person
# comes from (`dari`); the body's last words are no name.  A name word ends in no period but an initial's.
NAME_WORD = r"\p{Lu}(?:[^\s,().]*[^\s,().]|\.)?"
NAME_FROM_BODY = rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})[ \t]+dari[ \t]+(?P<body>\p{{Lu}}[^,.;:()\n]*)"
BODY_AFTER_NAME = regex.compile(NAME_FROM_BODY)
BODY_BEFORE_VERB = regex.compile(NAME_FROM_BODY + r"[ \t,]*\Z")


def name_before_body(text: str, at_end: bool = False) -> Optional[regex.Match]:
    """``<Name> dari <Body>`` opening ``text`` (a run after a cue), or where ``at_end``, closing it (before a
    verb); None unless the part before `dari` is a name and nothing else (not `Kepala Bidang dari …`)."""
    match = BODY_BEFORE_VERB.search(text) if at_end else BODY_AFTER_NAME.match(text, len(text) - len(text.lstrip()))
    return match if match is not None and is_bare_name(match.group("name")) else None


def role_matches(wanted: frozenset[str], held: Optional[str], exact: bool) -> bool:
    words = frozenset((held or "").lower().split())
    return wanted == words if exact else wanted <= words


CLAUSE_BOUNDARY = regex.compile(r"(?:[.!?\n”\"]\s*|,\s+)(?=[^.!?\n”\",]*\Z)")


def is_clause_subject(text: str, start: int) -> bool:
    """A name that opens its sentence, perhaps after its role (``Kepala Dinas … Agus``) or an opener
    (``Sementara itu,``, ``Adapun``): the subject that ``ia`` and ``-nya`` later refer to."""
    window = text[max(0, start - 160):start]
    boundary = CLAUSE_BOUNDARY.search(window)
    prefix = window[boundary.end():] if boundary else window
    words = prefix.split()
    while words and words[0].lower().rstrip(",") in speaker_word_kind("opener"):
        words = words[1:]
    return all(word.lstrip("(")[:1].isupper() or word in ("dan", "&") for word in words) and \
        (boundary is not None or start - 160 <= 0)


def speaker_span(text: str, start: int, end: int) -> Optional[Span]:
    surface = text[start:end]
    stripped = surface.rstrip(" ,.")
    if not stripped.strip():
        return None
    lead = len(stripped) - len(stripped.lstrip())
    return Span(start=start + lead, end=start + len(stripped), text=stripped.strip())
