"""Official records from a Doc (component ``netralitas_officials``).

An official is a named person with a role.  The annotation layer reads the people and the roles written
beside them (``doc.spans["person"]``, ``annotate.people``); this extractor makes one record per person:

* mentions of the same person join one official (``Sari`` inside ``Sari Suryadi``), the fullest
  form is the ``name``, later short forms (``Elman``) and nicknames (``alias``, ``akrab disapa``) become
  mentions and aliases;
* a role with nobody beside it that refers back (``mantan Kepala Bappeda Prabumulih ini``, ``Pria yang
  juga menjabat sebagai Sekretaris Daerah ...``, ``doc._.unheld_roles``) goes to the official mentioned
  last before it.

A role with nobody attached (``mewakili Pj Wali Kota``) yields no official.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..annotate.people import PEOPLE, person_roles
from ..annotate.person_spans import NAME_TOKEN, NAME_WORD, non_name_words
from ..annotate.roles import RoleMention, is_anaphoric, role_links
from ..components import ExtractionComponent, doc_text, require_spans
from ..intervals import Intervals
from ..lang import load_list
from ..names import ParsedName
from ..records import Official, Role, Span


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
            if (known.acting, known.former) == (role.acting, role.former) and known.position != role.position:
                if names_same_office_more_fully(known.position, role.position):
                    return  # `Menteri Pertanian ... sebagai menteri` (invented): the fuller form is held already
                if names_same_office_more_fully(role.position, known.position):
                    self.roles[index] = role
                    return
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


def names_same_office_more_fully(fuller: Optional[str], shorter: Optional[str]) -> bool:
    """``Ketua Umum DPP PDI-P`` says all that ``Ketua Umum PDI-P`` says, and ``Menteri Perdagangan`` all that ``Menteri``
    says: same head word, every word of the shorter in the fuller.  Not ``Calon Wakil Gubernur`` and
    ``Wakil Gubernur``: another head, another office."""
    fuller_words, shorter_words = (fuller or "").casefold().split(), (shorter or "").casefold().split()
    return (bool(shorter_words) and len(fuller_words) > len(shorter_words) and fuller_words[0] == shorter_words[0]
            and set(shorter_words) <= set(fuller_words))


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
    more (`La Ode M Andi Saputra ... kata Saputra`)."""
    owners: dict[str, list[_Builder]] = {}
    for builder in builders:
        words = builder.parsed.name.split()
        for word in {words[0], words[-1]} | {word for word in words[1:-1] if len(word) >= 4}:
            if len(word) >= 3 and not word.endswith(".") and word not in non_name_words():
                owners.setdefault(word, []).append(builder)
    return {word: found[0] for word, found in owners.items() if len(found) == 1}


# A nickname written after the full name: `Nanda Wijaya alias Nanda`, `... yang akrab disapa Gus Nanda`, `(Nanda)`.
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


def is_blended_nickname(nickname: str, name: str) -> bool:
    """A nickname the press blends from the starts of a name's words, in order and from the first
    (``Dewi Kartika Sari`` → ``Dekar``, ``Tirta Ramadhan`` → ``Tiram``, invented), or their initials (``DKS``): two
    words at least, one piece of three letters or more when not initials."""
    words = [word.casefold() for word in name.split() if word[:1].isalpha()]
    if " " in nickname or len(words) < 2 or len(nickname) < 2:
        return False
    if nickname.isupper() and len(nickname) == len(words):
        return all(word.startswith(letter) for word, letter in zip(words, nickname.casefold()))
    return len(nickname) >= 4 and _blends(nickname.casefold(), words, [])


def _blends(rest: str, words: list[str], pieces: list[int]) -> bool:
    """``rest`` is made of the starts of ``words[0]`` and of some later words, in order: two pieces at least, one
    of three letters, and a last piece of a syllable, not a letter (`Agus` is no blend of `Agung … Setiyono`)."""
    if not rest:
        return len(pieces) >= 2 and max(pieces) >= 3 and pieces[-1] >= 2
    for index, word in enumerate(words[:1] if not pieces else words):
        for length in range(min(len(word), len(rest)), 0, -1):
            if rest.startswith(word[:length]) and _blends(rest[length:], words[index + 1:], pieces + [length]):
                return True
    return False


def join_blended_nicknames(builders: list[_Builder]) -> list[_Builder]:
    """An official read under a blended nickname alone (``Bupati Dekar``) is the official with that full name,
    when exactly one has it (compared only with full names of the same first letter) and their roles fit.

    Many given names read as blends of another name (``Andika`` of ``Andi Kasim``, ``Wahyudi`` of ``Wahyu
    Diana``, invented): a ``Bupati Andika`` is not the ``Camat Andi Kasim`` of the same article."""
    by_letter: dict[str, list[_Builder]] = {}
    for builder in builders:
        if " " in builder.parsed.name:
            by_letter.setdefault(builder.parsed.name[:1].casefold(), []).append(builder)
    for nickname_builder in [builder for builder in builders if " " not in builder.parsed.name]:
        nickname = nickname_builder.parsed.name
        owners = [builder for builder in by_letter.get(nickname[:1].casefold(), [])
                  if is_blended_nickname(nickname, builder.parsed.name) and roles_fit(nickname_builder, builder)]
        if len(owners) == 1:
            owners[0].absorb(nickname_builder)
            builders.remove(nickname_builder)
    return builders


def roles_fit(nickname_builder: _Builder, owner: _Builder) -> bool:
    """A nickname's official is its full name's official only when the nickname holds no office of its own
    (every office it holds is one that the full name holds too)."""
    return all(any(role.position == held.position or names_same_office_more_fully(held.position, role.position)
                   or names_same_office_more_fully(role.position, held.position) for held in owner.roles)
               for role in nickname_builder.roles)


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
        if not is_anaphoric(text, role) or is_bare_common_noun(role):
            continue
        before = last_mentions_before(mentions, starts, role.start)
        if not before:
            continue
        builders[before[-1][2]].add_role(as_candidacy(text, role))
        # `Rudi dan Saputra sama-sama mendaftar sebagai bakal calon bupati`: a joined subject shares the role.
        if len(before) > 1 and before[-2][2] != before[-1][2] and JOINED_SUBJECT.fullmatch(text, before[-2][1], before[-1][0]):
            builders[before[-2][2]].add_role(as_candidacy(text, role))


def is_bare_common_noun(role: RoleMention) -> bool:
    """``penggantian menteri``, ``mengangkat X sebagai menteri``: one lower-case office word with no body or
    region is the office in general, not a role of the person named before it."""
    title = role.role.title or ""
    return " " not in title.strip() and title.islower() and not role.role.jurisdiction


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
    require_spans(doc, PEOPLE, "netralitas_officials", "netralitas_people")
    text = doc_text(doc)
    builders: list[_Builder] = []
    index = _BuilderIndex(builders)
    for person, roles in person_roles(doc):
        if not roles:
            continue  # a person named without a role is no official
        builder = _builder_for(index, person.parsed)
        for role in roles:
            builder.add_role(role)
        builder.add_titles(person.parsed)
        builder.add_mention(text, person.parsed.start, person.parsed.end, person.surface)
    for builder in builders:
        if builder.parsed.name not in builder.aliases:
            builder.aliases.append(builder.parsed.name)
    builders = add_nicknames(text, builders)
    builders = join_blended_nicknames(builders)
    add_short_mentions(text, builders)
    attach_anaphoric_roles(text, doc._.unheld_roles or [], builders)
    builders.sort(key=_Builder.first_mention)
    return [builder.record(number) for number, builder in enumerate(builders, start=1)]


@Language.factory("netralitas_officials", assigns=["doc._.officials"], requires=["span._.person", "span._.roles", "doc._.unheld_roles"])
def make_officials_component(nlp: Language, name: str) -> ExtractionComponent:
    return ExtractionComponent("officials", extract_officials)
