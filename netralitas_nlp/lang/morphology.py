"""Word shapes of Indonesian morphology that rules read: a verb-shaped word, a nominalisation.

Indonesian verbs carry the prefixes ``me-``, ``ber-``, ``ter-`` and ``di-`` (``menolak``, ``berharap``,
``ditangkap``); a verb ends a subject, a role phrase or an event name.  Nouns that look like verbs
(``diskusi``, ``dinas``, ``berita``) are listed in ``lang/id/verb_shaped_nouns.txt``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from . import load_list

# A verb-shaped word (me-, ber-, ter-, di- form; not one of the look-alike nouns), for regexes compiled
# with ``verb_shaped_nouns=verb_shaped_nouns()``.
VERB_SHAPED = r"(?:(?!\L<verb_shaped_nouns>(?![\p{L}]))(?:(?:me|ber|ter)\p{Ll}{3,}|di\p{Ll}{4,}))"


@lru_cache(maxsize=1)
def verb_shaped_nouns() -> list[str]:
    return list(load_list("verb_shaped_nouns.txt"))


@lru_cache(maxsize=1)
def verb_shaped_word() -> regex.Pattern:
    """``fullmatch`` a single word that looks like a verb (``menolak``, ``ditangkap``; not ``diskusi``)."""
    return regex.compile(rf"{VERB_SHAPED}(?![\p{{L}}])", verb_shaped_nouns=verb_shaped_nouns())


# A noun made with the confixes ke-…-an or pe(N)-…-an (``Kehadiran``, ``Kedatangan``, ``Pelantikan``): capitalised at
# a sentence's start it is no personal name (`Kehadiran Rina Wati disambut`, invented).
NOMINALISATION = regex.compile(r"(?:[Kk]e|[Pp]e)\p{Ll}{4,}an")


def is_nominalisation(word: str) -> bool:
    return NOMINALISATION.fullmatch(word) is not None
