"""The tokenizer for Indonesian regional news (registered as ``netralitas_tokenizer.v1``).

Built once, in one go, from the stock ``id`` settings with three changes:

* titles, degrees and acting markers that end in a period (``ST.``, ``MM.``,
  ``Pj.``, ``Ir.``, ``Plt.``) are special cases, and any dotted multi-part
  abbreviation (``S.Sos.``, ``M.Si.``, ``S.I.K.``) is one token through
  ``token_match``, so unseen degree spellings are covered too; the stock rules
  split them into a word and a period that looks like a sentence end;
* hyphenated words (``anak-anak``, ``berbagai-bagai``; not ``KOMPAS-Komisi``) are one token through the
  same ``token_match`` instead of the stock 15,614 hyphenated exceptions, which
  took seconds to load at every start-up;
* curly double quotes are infixes: glued after a stop (``kata Ilham.“Jangan``)
  the stock rules leave ``“Jangan`` as one token;
* a dash glued between a closing bracket and a word is split off with the bracket: datelines
  write ``Jakarta (ANTARA News)-Bakal calon …``, and ``News)-Bakal`` as one token hides the role word.
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.lang.id import Indonesian
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from .lang import titles

# Stdlib ``re``: spaCy calls ``token_match`` for every chunk, and a bound C
# ``match`` method costs far less than a Python wrapper around ``regex``.
KEPT_WHOLE = re.compile(
    r"^(?:"
    r"(?:[^\W\d_]{1,4}\.){2,5}"  # S.Sos.  M.Si.  S.I.K.  Ph.D.
    r"|(?![A-Z]{2,}-[A-Z][a-z])"  # but not KOMPAS-Komisi, TNI-Polri: a masthead or a pair of names
    r"[^\W\d_]+(?:-[^\W\d_]+)+"  # anak-anak  berbagai-bagai  se-Kota
    r")$"
)
CURLY_DOUBLE_QUOTE = r"[“”]"
BRACKET_DASH_BEFORE_WORD = r"\)(?=[-–—][^\W\d_])|(?<=\))[-–—](?=[^\W\d_])"


def tokenizer_rules() -> dict:
    """Stock exceptions without the hyphenated words (``KEPT_WHOLE`` covers those), plus ours."""
    rules = {text: tokens for text, tokens in Indonesian.Defaults.tokenizer_exceptions.items() if "-" not in text}
    rules.update({form: [{ORTH: form}] for form in titles.period_final_forms()})
    return rules


@registry.tokenizers("netralitas_tokenizer.v1")
def create_tokenizer():
    def make_tokenizer(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=tokenizer_rules(),
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex(list(defaults.infixes) + [CURLY_DOUBLE_QUOTE, BRACKET_DASH_BEFORE_WORD]).finditer,
            token_match=KEPT_WHOLE.match,
            url_match=defaults.url_match,
        )

    return make_tokenizer


TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "netralitas_tokenizer.v1"}}}
