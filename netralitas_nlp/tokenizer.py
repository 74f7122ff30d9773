"""Tokenizer fixes for Indonesian regional news.

The stock ``id`` tokenizer splits ``ST.``, ``MM.``, ``Pj.`` and ``S.I.K.`` into
a word and a period, which then looks like a sentence end.  Titles, degrees and
acting markers from the language data become special cases, and any dotted
multi-part abbreviation (``S.Sos.``, ``M.Si.``, ``S.I.K.``) is one token through
``token_match`` — one rule, so that unseen degree spellings are covered too.
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_infix_regex

from .lang import load_list, load_table

# Two or more letter groups each closed by a period: S.Sos.  M.Si.  S.I.K.  Ph.D.
# Stdlib ``re``: spaCy calls ``token_match`` for every chunk, and a bound C
# ``match`` method costs far less than a Python wrapper around ``regex``.
DOTTED_ABBREVIATION = re.compile(r"^(?:[^\W\d_]{1,4}\.){2,5}$")
CURLY_DOUBLE_QUOTE = r"[“”]"


def period_final_forms() -> list[str]:
    """Every lexicon form that ends in a period and must stay one token."""
    forms: set[str] = set()
    for name in ("honorifics.txt", "degrees.txt", "abbreviations.txt"):
        forms.update(entry for entry in load_list(name) if entry.endswith("."))
    forms.update(row[0] for row in load_table("ranks.txt") if row[0].endswith("."))
    return sorted(forms)


def customize_tokenizer(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    for form in period_final_forms():
        tokenizer.add_special_case(form, [{ORTH: form}])
    if tokenizer.token_match is not None:
        raise RuntimeError("the blank Indonesian tokenizer gained a token_match; merge it with ours")
    tokenizer.token_match = DOTTED_ABBREVIATION.match
    # Curly double quotes are never inside a word, but glued after a stop
    # (``kata Ilham.“Jangan``) the stock rules leave ``“Jangan`` as one token.
    infixes = list(nlp.Defaults.infixes) + [CURLY_DOUBLE_QUOTE]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
