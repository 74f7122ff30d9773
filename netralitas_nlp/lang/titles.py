"""The one set of personal titles: honorifics, academic degrees and police/military ranks.

Every part of the library that needs to know whether a word is a title reads it here: the
tokenizer (forms that end in a period stay one token), the person-name model (titles split off a
name), speaker cleaning, organisation names (a title ends them) and the evaluation harness (names
compared without titles).  Data: ``lang/id/honorifics.txt``, ``degrees.txt``, ``ranks.txt``
(short and long form of each rank), ``name_abbreviations.txt`` (abbreviated given names such as
``Moh.``, which look like titles but belong to the name) and ``abbreviations.txt`` (other
period-final abbreviations).
"""

from __future__ import annotations

from functools import lru_cache

from . import load_list, load_table


@lru_cache(maxsize=1)
def honorifics() -> tuple[str, ...]:
    """Honorifics as written (``H.``, ``Hj.``, ``KH``, ``Dr.``, ``dr.``), in file order."""
    return load_list("honorifics.txt")


@lru_cache(maxsize=1)
def degrees() -> tuple[str, ...]:
    """Degrees as written (``S.Sos.``, ``ST.``, ``M.Si``), in file order."""
    return load_list("degrees.txt")


@lru_cache(maxsize=1)
def rank_pairs() -> tuple[tuple[str, str], ...]:
    """(short form, long form) of every rank (``AKBP``, ``Ajun Komisaris Besar Polisi``)."""
    return tuple((row[0], row[1] if len(row) > 1 else row[0]) for row in load_table("ranks.txt"))


@lru_cache(maxsize=1)
def rank_spellings() -> frozenset[str]:
    """Every written form of a rank, short and long."""
    return frozenset(form for pair in rank_pairs() for form in pair)


@lru_cache(maxsize=1)
def rank_words() -> frozenset[str]:
    """The single words ranks are written with (``Ajun``, ``Komisaris``, ``Besar``, ``AKBP``)."""
    return frozenset(word for form in rank_spellings() for word in form.split())


@lru_cache(maxsize=1)
def name_abbreviations() -> tuple[str, ...]:
    """Abbreviated given names (``Moh.``, ``Abd.``): part of the name, never a title."""
    return load_list("name_abbreviations.txt")


@lru_cache(maxsize=1)
def pre_nominal_forms() -> tuple[str, ...]:
    """Titles written before a name: honorifics and every rank spelling, sorted."""
    return tuple(sorted(set(honorifics()) | rank_spellings()))


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Every title as one word: honorifics, degrees and rank words."""
    return frozenset(honorifics()) | frozenset(degrees()) | rank_words()


@lru_cache(maxsize=1)
def period_final_forms() -> tuple[str, ...]:
    """Titles and abbreviations that end in a period and must stay one token (``ST.``, ``Pj.``, ``Kompol.``)."""
    forms = {form for form in (*honorifics(), *degrees(), *load_list("abbreviations.txt")) if form.endswith(".")}
    forms |= {short for short, _ in rank_pairs() if short.endswith(".")}
    return tuple(sorted(forms))
