"""Person-name parser: separate honorifics, ranks and degrees from a name, keeping offsets.

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

import regex

from .lang import load_list, titles
from .lang.calendar import name_breaking_calendar_words

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
