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
  write ``Jakarta (ANTARA News)-Bakal calon …``, and ``News)-Bakal`` as one token hides the role word;
* prefixes and suffixes are found by ``EdgeAffixSearch``: the stock rules, looked for in the first
  or last ``AFFIX_WINDOW`` characters only, and a run of one punctuation character (``----``,
  200,000 ``&`` from a page of ``&amp;``) or a long stretch of mixed punctuation taken off in one
  step.  spaCy strips one affix per loop turn and searches the whole chunk each time, so a glued run
  of n dashes cost O(n²) regex work (``"-" * 4000``: 23 s); now it is one token, in linear time.
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

# Longer than any stock affix (the longest are HTML tags such as ``<a href=…>``), with room for
# their one-character lookbehinds.
AFFIX_WINDOW = 1024
# ``!!!`` stays three tokens as before; from four on, a run of one character is one token.
MIN_PUNCT_RUN = 4
# Mixed punctuation glued this long (never in news text) is one token too.
MIN_PUNCT_STRETCH = 64


def is_punct(char: str) -> bool:
    return not (char.isalnum() or char.isspace())


def edge_run(string: str, *, at_end: bool) -> int:
    """Length of the run of one punctuation character at the start (or end) of ``string``."""
    if not string:
        return 0
    char = string[-1] if at_end else string[0]
    if not is_punct(char):
        return 0
    stripped = string.rstrip(char) if at_end else string.lstrip(char)
    return len(string) - len(stripped)


def edge_stretch(string: str, *, at_end: bool) -> int:
    """Length of the punctuation at the start (or end) of ``string``."""
    chars = reversed(string) if at_end else iter(string)
    length = 0
    for char in chars:
        if not is_punct(char):
            break
        length += 1
    return length


class AffixMatch:
    """What spaCy reads of a prefix/suffix match: ``start()`` and ``end()`` in the chunk."""

    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


class EdgeAffixSearch:
    """``prefix_search`` or ``suffix_search`` that costs O(affix), not O(chunk), per call.

    spaCy serialises a tokenizer's searches through ``search.__self__.pattern``, so this keeps the
    stock pattern there (a tokenizer read back from disk has the stock rules, without the bound).
    """

    def __init__(self, compiled: re.Pattern, *, at_end: bool) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.at_end = at_end

    def search(self, string: str):
        window = string[-AFFIX_WINDOW:] if self.at_end else string[:AFFIX_WINDOW]
        match = self.compiled.search(window)
        if match is None:
            return None
        if is_punct(string[-1] if self.at_end else string[0]):  # maybe a long run: take it whole
            length = self.punctuation_length(string)
            if length:
                return AffixMatch(len(string) - length, len(string)) if self.at_end else AffixMatch(0, length)
        if self.at_end and len(window) < len(string):  # the match's offsets in the whole chunk
            offset = len(string) - len(window)
            return AffixMatch(offset + match.start(), offset + match.end())
        return match

    def punctuation_length(self, string: str) -> int:
        """A run of one character (>= ``MIN_PUNCT_RUN``) or a punctuation stretch (>=
        ``MIN_PUNCT_STRETCH``) at this edge, taken off whole; 0 when there is none.  Each costs
        O(its length) and is then gone from the chunk, so the loop stays linear."""
        run = edge_run(string, at_end=self.at_end)
        if run >= MIN_PUNCT_RUN:
            return run
        stretch = edge_stretch(string, at_end=self.at_end)
        return stretch if stretch >= MIN_PUNCT_STRETCH else 0


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
            prefix_search=EdgeAffixSearch(compile_prefix_regex(defaults.prefixes), at_end=False).search,
            suffix_search=EdgeAffixSearch(compile_suffix_regex(defaults.suffixes), at_end=True).search,
            infix_finditer=compile_infix_regex(list(defaults.infixes) + [CURLY_DOUBLE_QUOTE, BRACKET_DASH_BEFORE_WORD]).finditer,
            token_match=KEPT_WHOLE.match,
            url_match=defaults.url_match,
        )

    return make_tokenizer


TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "netralitas_tokenizer.v1"}}}
