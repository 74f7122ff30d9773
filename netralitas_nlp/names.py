"""The person-name model: titles split off a name, the not-a-name words, name runs, person-likeness.

One home for what every component asks of a name string:

* ``parse_name`` separates honorifics, ranks and degrees from a name, keeping offsets;
* ``not_name_words`` is the one list of capitalised words no personal name holds;
* ``iter_runs``/``match_run`` read runs of capitalised words (names with their titles);
* ``clean_name`` finds the personal name in such a run (``Kepala Dinas Kota Bandung Agus Harmunanto`` →
  ``Agus Harmunanto``), ``is_person_like`` says whether a name can be a person's at all.

Person *mentions* in a text (with the roles written beside them) are found by the people annotator
(``annotate.people``), which uses this model.

``parse_name("H. Elman, ST., MM.")`` gives name ``Elman``, honorifics ``["H."]``,
degrees ``["ST.", "MM."]`` and the name's offsets inside the string.  Titles come
from the one title set (``lang.titles``);
degrees not in the list are recognised by their shape when they follow a comma
(``S.Hut.``, ``M.Tr.A.P.``), because everything after the name's comma is a title
in Indonesian usage.  Abbreviated given names (``Moh.``, ``Abd.``) and initials
(``M.``, ``R.``) stay in the name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from .gazetteer import bare_names
from .lang import load_list, titles
from .lang.calendar import month_numbers, name_breaking_calendar_words
from .lang.outlets import known_outlets
from .lang.speech import speaker_word_kind
from .patterns import NON_SPACE

# One item of a name string: a run without spaces or commas.
ITEM = regex.compile(r"[^\s,]+")
# A degree written after a comma: letter groups with periods (S.Hut., M.Tr.A.P., Sp.OG) or short caps (MM, SH).
DEGREE_SHAPE = regex.compile(r"^\(?(?:(?:\p{L}{1,5}\.)+\p{L}{0,5}\.?|\p{Lu}{2,4}\.?|\p{Lu}\p{Ll}{1,4})\)?\.?$")
# A nickname closing the string: "H. RANO KARNO, S.IP. (SI DOEL)".
TRAILING_NICKNAME = regex.compile(r"\s*\(([^()]+)\)\s*$")
INITIAL = regex.compile(r"^\p{Lu}\.?$")


@dataclass
class ParsedName:
    name: str
    start: int  # offsets of the bare name inside the parsed string (plus the caller's offset)
    end: int
    honorifics: list[str] = field(default_factory=list)
    degrees: list[str] = field(default_factory=list)
    ranks: list[str] = field(default_factory=list)
    nickname: str | None = None

    @property
    def titles_in_order(self) -> list[str]:
        nickname = [f"({self.nickname})"] if self.nickname else []
        return [*self.ranks, *self.honorifics, self.name, *self.degrees, *nickname]


def _folded(entries) -> frozenset[str]:
    return frozenset(entry.casefold() for entry in entries)


@lru_cache(maxsize=1)
def honorific_forms() -> frozenset[str]:
    # Bare single letters (H) are honorifics only as written, never folded.
    return _folded(entry for entry in titles.honorifics() if len(entry) > 1) | {"h"}


@lru_cache(maxsize=1)
def degree_forms() -> frozenset[str]:
    return _folded(titles.degrees())


def _undotted(words) -> tuple[str, ...]:
    """Rank comparison form: final periods dropped, case folded (`BRIGJEN. POL.` = `Brigjen Pol`)."""
    return tuple(word.rstrip(".").casefold() for word in words)


@lru_cache(maxsize=1)
def rank_forms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Rank spellings as word tuples without final periods, by first word, longest first
    (``Ajun Komisaris Besar`` before ``Ajun Komisaris``)."""
    forms = {_undotted(form.split()) for form in titles.rank_spellings()}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in sorted(forms, key=len, reverse=True):
        by_first.setdefault(form[0], []).append(form)
    return {first: tuple(found) for first, found in by_first.items()}


@lru_cache(maxsize=1)
def name_abbreviations() -> frozenset[str]:
    return _folded(titles.name_abbreviations())


def is_honorific(item: str) -> bool:
    if item == "H":
        return True
    return len(item) > 1 and item.casefold() in honorific_forms() and item.casefold() not in name_abbreviations()


def is_degree(item: str, after_comma: bool) -> bool:
    folded = item.casefold()
    if folded in degree_forms():
        return True
    return after_comma and bool(DEGREE_SHAPE.match(item)) and not INITIAL.match(item)


def rank_length(words: list[str], index: int) -> int:
    """How many words from ``index`` form a rank (0 if none)."""
    for form in rank_forms().get(words[index].rstrip(".").casefold(), ()):
        if _undotted(words[index:index + len(form)]) == form:
            return len(form)
    return 0


def parse_name(text: str, offset: int = 0) -> ParsedName:
    """Split ``text`` (one person as written) into name and titles; offsets are ``offset``-based."""
    parsed = _parsed_name(text)
    return ParsedName(name=parsed.name, start=parsed.start + offset, end=parsed.end + offset,
                      honorifics=list(parsed.honorifics), degrees=list(parsed.degrees), ranks=list(parsed.ranks),
                      nickname=parsed.nickname)


@lru_cache(maxsize=8192)
def _parsed_name(text: str) -> ParsedName:
    """``parse_name`` from offset 0, once per distinct string (an article writes its names again and again)."""
    nickname = TRAILING_NICKNAME.search(text)
    if nickname and nickname.start() > 0:
        text = text[:nickname.start()]
    items = [(m.group(), m.start(), m.end()) for m in ITEM.finditer(text)]
    words = [item for item, _, _ in items]
    ranks: list[str] = []
    honorifics: list[str] = []
    first = 0
    while first < len(items) - 1:  # keep at least one word for the name
        width = rank_length(words, first)
        if width and first + width < len(items):
            ranks.append(text[items[first][1]:items[first + width - 1][2]])
            first += width
        elif is_honorific(words[first]):
            honorifics.append(words[first])
            first += 1
        else:
            break
    last = len(items)
    degrees: list[str] = []
    while last - 1 > first:
        item, start, _ = items[last - 1]
        after_comma = "," in text[items[first][2]:start]
        if not is_degree(item, after_comma):
            break
        degrees.insert(0, item)
        last -= 1
    if first >= last:
        return ParsedName(name="", start=0, end=0, honorifics=honorifics, degrees=degrees, ranks=ranks)
    start, end = items[first][1], items[last - 1][2]
    return ParsedName(
        name=text[start:end].rstrip(","), start=start, end=start + len(text[start:end].rstrip(",")),
        honorifics=honorifics, degrees=degrees, ranks=ranks,
        nickname=nickname.group(1) if nickname and nickname.start() > 0 else None,
    )


@lru_cache(maxsize=1)
def not_name_words() -> frozenset[str]:
    """The one not-a-name list (``lang/id/not_name_words.txt``) with the weekdays and months, as written."""
    return frozenset(load_list("not_name_words.txt")) | name_breaking_calendar_words()


@lru_cache(maxsize=1)
def not_name_words_folded() -> frozenset[str]:
    """``not_name_words`` compared case-insensitively (speaker cleaning reads runs in any case)."""
    return frozenset(word.casefold() for word in not_name_words())


# A run of capitalised words (names, titles, degrees: `H. Elman`, `S.Sos.`, `Al-Habsyi`, `Covid-19`).
# A word ending in a period closes the run unless it is a known title (`H.`, `Prof.`, `MM.`), an initial
# (`G.`) or an abbreviation with inner periods, so that `kata Rina. Esok …` stops at `Rina`.
RAW_RUN = regex.compile(r"\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*)*")


@dataclass(frozen=True)
class Run:
    """A run of name words in ``text``; ``start()``/``end()``/``group()`` as a regex match has."""

    text: str
    begin: int
    stop: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def group(self) -> str:
        return self.text[self.begin:self.stop]


def is_abbreviation(word: str) -> bool:
    return len(word) == 2 or "." in word[:-1] or word in speaker_words().titles


def run_end(text: str, start: int, end: int) -> int:
    for word in NON_SPACE.finditer(text, start, end):
        if word.group().endswith(".") and not is_abbreviation(word.group()):
            return word.end() - 1
    return end


def match_run(text: str, position: int) -> Optional[Run]:
    match = RAW_RUN.match(text, position)
    return Run(text, match.start(), run_end(text, match.start(), match.end())) if match else None


def iter_runs(text: str, position: int = 0):
    while True:
        match = RAW_RUN.search(text, position)
        if match is None:
            return
        end = run_end(text, match.start(), match.end())
        yield Run(text, match.start(), end)
        position = end + 1 if end < match.end() else match.end()


@dataclass(frozen=True)
class SpeakerWords:
    titles: frozenset[str]
    roles: frozenset[str]
    pronouns: frozenset[str]
    negators: frozenset[str]


@lru_cache(maxsize=None)
def speaker_words() -> SpeakerWords:
    return SpeakerWords(titles.title_words(), speaker_word_kind("role"), speaker_word_kind("pronoun"),
                        speaker_word_kind("negator"))


def is_pronoun(word: str) -> bool:
    return word in speaker_words().pronouns


def is_title_word(word: str) -> bool:
    words = speaker_words()
    bare = word.rstrip(",")
    return bare in words.titles or bare in words.roles or (bare.endswith(".") and bare[:-1] in words.titles)


def is_name_breaker(word: str) -> bool:
    """Words that are never part of a personal name: titles, roles, pronouns, acronyms (``KPU``)."""
    bare = word.rstrip(",")
    return is_title_word(bare) or is_pronoun(bare) or any(char.isdigit() for char in bare) \
        or (bare.isupper() and len(bare) > 1 and not bare.endswith("."))


@lru_cache(maxsize=8192)
def clean_name(run: str) -> Optional[str]:
    """The personal name in a run of capitalised words: the last stretch free of titles,
    role words and region names (``Kepala Dinas Kota Bandung Agus Harmunanto`` -> ``Agus Harmunanto``);
    commas and brackets separate stretches (``Ketua Relawan (…), Eka Nugroho``)."""
    parts = SEGMENT_BREAK.split(run)  # segments, each after the mark that opened it
    segments, marks = parts[::2], [""] + parts[1::2]
    for index in range(len(segments) - 1, -1, -1):
        if marks[index] == "," and opens_with_role(segments[index]) and is_bare_name(segments[index - 1]):
            return clean_segment(segments[index - 1])  # `Suharti, Deputi Gubernur …`: the role describes the name before it
        name = clean_segment(segments[index])
        if name:
            return name
    return None


@lru_cache(maxsize=None)
def role_openers() -> frozenset[str]:
    """First words of office and occupation nouns (``Kepala``, ``Deputi``, ``Direktur``) and of bodies."""
    heads = load_list("generic_role_heads.txt") + load_list("position_heads.txt")
    return frozenset(head.split()[0].lower() for head in heads) | speaker_words_lower() | not_name_words_folded()


@lru_cache(maxsize=None)
def speaker_words_lower() -> frozenset[str]:
    return frozenset(word.lower() for word in speaker_words().roles)


def opens_with_role(segment: str) -> bool:
    words = segment.split()
    return bool(words) and words[0].lower() in role_openers()


def is_bare_name(segment: str) -> bool:
    """A segment that is a name and nothing else (no role or title word to strip)."""
    bare = segment.strip(" .")
    return bool(bare) and clean_segment(bare) == bare and is_person_like(bare, after_cue=True)


SEGMENT_BREAK = regex.compile(r"([(),])")


def following_is_number(words: list[str], index: int) -> bool:
    return index + 1 < len(words) and words[index + 1][:1].isdigit()


def clean_segment(run: str) -> Optional[str]:
    words = run.split()
    regions = bare_names()
    # A month name breaks a run only as part of a date (`Agustus 2024`); alone it is a name (`Agus`, `Juni`).
    breaks = [is_name_breaker(word) or word.lower().rstrip(",.") in regions or word.lower().rstrip(",.") in not_name_words_folded()
              or (word.lower().rstrip(",.") in month_numbers() and following_is_number(words, index))
              for index, word in enumerate(words)]
    for index in range(len(words) - 1):  # two-word regions: `Sulawesi Selatan`
        if f"{words[index]} {words[index + 1]}".lower().rstrip(",.") in regions:
            breaks[index] = breaks[index + 1] = True
    best: list[str] = []
    current: list[str] = []
    for word, broken in zip(words, breaks):
        if broken:
            best, current = (current or best), []
        else:
            current.append(word)
    stretch = " ".join(current or best).strip(" ,.")
    # Titles the stretch still carries at its edges (`dr`, `Komisaris Besar`, `S.Sos`): the name parser's job.
    name = parse_name(stretch).name.strip(" ,.") if stretch else ""
    return name or None


@lru_cache(maxsize=8192)
def is_person_like(name: str, after_cue: bool = False) -> bool:
    """Could ``name`` be a person's name?  Its words after the last organisation word must hold no
    digit or cut-off hyphen (``Covid-``) and must not be one acronym or one letter (``UGM``, ``W``):
    ``Laboratorium Kesehatan``, ``Nomor``, ``Institute`` are pieces of organisation names, whereas
    ``Kementerian Keuangan Askolani`` still ends in a person.  One region name (``Singapura``) is a
    person only when a cue names it (``kata Bima``); a news outlet (``Kompas``) never is."""
    words = name.split()
    cut = max((index + 1 for index, word in enumerate(words) if word.lower().strip(",.") in not_name_words_folded()),
              default=0)
    tail = words[cut:]
    if not tail or not any(word[:1].isupper() for word in tail):
        return False
    if any(word.endswith("-") or any(char.isdigit() for char in word) for word in tail):
        return False
    whole = " ".join(tail).strip(",.").casefold()
    if whole in known_outlets() or (not after_cue and len(tail) > 1 and whole in bare_names()):
        return False  # `dihubungi Kompas`, `Kebayoran Baru`: an outlet or a place, not a person
    if len(tail) == 1:
        word = tail[0].strip(",.")
        return len(word) > 1 and not (word.isupper() and len(word) > 2) and (after_cue or word.lower() not in bare_names())
    return True


def lone_place_word(surface: str) -> Optional[str]:
    """`kata Agus`, `kata Bima`: one capitalised word that is a place or month name elsewhere is a name
    here, since only a person speaks; titles, roles, pronouns and acronyms still are not.  A day after a
    comma is no part of it (`kata Bima, Senin`)."""
    words = surface.split(",")[0].strip(" .").split()
    return words[0] if len(words) == 1 and not is_name_breaker(words[0]) else None


def name_words(name: str) -> list[str]:
    return [word.lower() for word in NAME_WORD.findall(name)]


@lru_cache(maxsize=8192)
def name_word_set(name: str) -> frozenset[str]:
    return frozenset(name_words(name))


NAME_WORD = regex.compile(r"[\p{L}\p{N}'’]+")
