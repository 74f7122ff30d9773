"""Matching rules of the evaluation harness (see ``netralitas_nlp.evaluate``).

Every rule here is a pure function of two strings (or records), so the scorer
and its tests share exactly one definition of "the same official", "the same
role", "the same quote".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Optional, Sequence

import regex

from ..lang import load_list, load_table, titles
from .data import scorer_table

WORD = regex.compile(r"\w+", regex.UNICODE)
QUOTE_MARKS = "\"“”„‟'‘’«»"


@dataclass
class Counts:
    """True positives and the sizes of the gold and predicted sets, summed micro-wise."""

    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0

    def add(self, tp: int, n_gold: int, n_pred: int) -> None:
        self.tp += tp
        self.n_gold += n_gold
        self.n_pred += n_pred

    def scores(self, *, precision: bool = True) -> dict:
        """P/R/F1; None where gold and predictions are both empty, or precision is not measurable."""
        # Predicting nothing against non-empty gold is precision 0 (so F1 0), not "undefined".
        p = (self.tp / self.n_pred if self.n_pred else (0.0 if self.n_gold else None)) if precision else None
        r = self.tp / self.n_gold if self.n_gold else None
        if p is None or r is None:
            f1 = None
        else:
            f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": p, "r": r, "f1": f1, "tp": self.tp, "n_gold": self.n_gold, "n_pred": self.n_pred}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def value(self) -> Optional[float]:
        return self.correct / self.total if self.total else None


# ---------------------------------------------------------------- names

def _key(token: str) -> str:
    """Honorific/degree comparison key: case and dots do not matter (`S.Sos.` == `SSos`)."""
    return token.replace(".", "").replace(",", "").lower()


@lru_cache(maxsize=1)
def name_noise_keys() -> frozenset[str]:
    """Keys of honorifics, degrees and every word of a rank (short and long forms)."""
    keys = {_key(word) for word in titles.title_words()}
    keys.discard("")
    return frozenset(keys)


def name_tokens(name: Optional[str]) -> frozenset[str]:
    """Lower-cased name words without honorifics, degrees and ranks."""
    if not name:
        return frozenset()
    noise = name_noise_keys()
    kept = [piece for piece in regex.split(r"[\s,]+", name) if piece and _key(piece) not in noise]
    return frozenset(word.lower() for piece in kept for word in WORD.findall(piece))


def name_score(a: Optional[str], b: Optional[str]) -> float:
    """Jaccard of the two token sets when one is contained in the other, else 0."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb or not (ta <= tb or tb <= ta):
        return 0.0
    return len(ta & tb) / len(ta | tb)


def names_match(a: Optional[str], b: Optional[str]) -> bool:
    return name_score(a, b) > 0


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """Words of the offices a speaker may be written with (`Presiden`, `Wapres`, `Bupati`, `Ketua`): the
    offices of lang/id/positions.tsv and the scorer's role abbreviations, lower-cased."""
    texts = [text for row in load_table("positions.tsv") for text in row[:2]]
    texts += [row[0] for row in scorer_table("role_abbreviations.tsv") if row]
    return frozenset(word.lower() for text in texts for word in WORD.findall(text))


def bare_name_tokens(name: Optional[str]) -> frozenset[str]:
    """A name's words without honorifics, degrees, ranks and office words (`Presiden Dekar` -> {dekar})."""
    return name_tokens(name) - office_words()


def best_name_score(forms_a: Iterable[str], forms_b: Iterable[str]) -> float:
    forms_b = list(forms_b)
    return max((name_score(a, b) for a in forms_a for b in forms_b), default=0.0)


# ---------------------------------------------------------------- roles

def party_abbreviations() -> dict[str, str]:
    """The short forms of the parties (lang/id/institutions.tsv, scope `party`) and their registered names:
    `Juru Bicara PKS` is `Juru Bicara Partai Keadilan Sejahtera`."""
    forms = {}
    for row in load_table("institutions.tsv"):
        if len(row) >= 5 and row[4] == "party":
            for form in [row[0], *(row[2].split("|") if row[2] else [])]:
                if form and form != row[1] and not form.startswith("Partai "):
                    forms[form] = row[1]
    return forms


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> tuple[regex.Pattern, dict[str, str]]:
    table = {row[0].lower(): row[1] for row in scorer_table("role_abbreviations.tsv") if len(row) >= 2}
    table.update({form.lower(): name for form, name in party_abbreviations().items()})
    alternatives = sorted(table, key=len, reverse=True)  # longest first: `Kabid Humas` before `Kabid`
    pattern = regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(a) for a in alternatives) + r")(?!\w)", regex.IGNORECASE)
    return pattern, table


def expand_abbreviations(text: str) -> str:
    pattern, table = _abbreviation_pattern()
    return pattern.sub(lambda m: table[m.group(0).lower()], text)


def role_words(text: Optional[str]) -> frozenset[str]:
    if not text:
        return frozenset()
    return frozenset(word.lower() for word in WORD.findall(expand_abbreviations(text)))


@lru_cache(maxsize=1)
def former_words() -> frozenset[str]:
    """`mantan`, `eks`, `bekas`: a role's former marker is its ``former`` flag, not a word of its position (the
    PFSA-ID gold keeps it in the role text)."""
    return frozenset(word.lower() for marker in load_list("former_markers.txt") for word in marker.split())


def marked_former(role: dict) -> bool:
    """A former marker in the role's text (`mantan Ketua KPU`, as the PFSA-ID gold writes it)."""
    return bool(role_words(role.get("position") or role.get("title")) & former_words())


def role_fits(gold_role: dict, predicted_role: dict) -> bool:
    """The predicted role is the gold one: its position words (role_matches); and a gold role whose text marks it
    former needs a former prediction, since the marker itself is no word to match (a current office is no match
    for a former one).  The dev gold's ``former`` flag alone is not scored (it was never; the gold often infers it
    from a period or the context)."""
    if marked_former(gold_role) and not (predicted_role.get("former") or marked_former(predicted_role)):
        return False
    return role_matches(gold_role.get("position") or gold_role.get("title"),
                        (predicted_role.get("position"), predicted_role.get("title")))


def role_matches(gold_position: Optional[str], predicted: Iterable[Optional[str]]) -> bool:
    """Gold position words all appear in the predicted position or title (abbreviations expanded; a former
    marker is no word of the position)."""
    wanted = role_words(gold_position) - former_words()
    if not wanted:
        return False
    return any(wanted <= role_words(text) for text in predicted)


# ---------------------------------------------------------------- texts

def text_tokens(text: Optional[str]) -> Counter:
    return Counter(word.lower() for word in WORD.findall(text or ""))


def token_f1(a: Optional[str], b: Optional[str]) -> float:
    """Multiset token F1 (SQuAD style): 2|A∩B| / (|A|+|B|); quote marks and punctuation ignored."""
    ta, tb = text_tokens(a), text_tokens(b)
    total = sum(ta.values()) + sum(tb.values())
    if not total:
        return 0.0
    return 2 * sum((ta & tb).values()) / total


QUOTE_THRESHOLD = 0.5


def strip_quote_marks(text: str) -> str:
    return text.strip().strip(QUOTE_MARKS + " ").strip()


# ---------------------------------------------------------------- one-to-one matching

def match_pairs(gold: Sequence, pred: Sequence, score: Callable[[object, object], float],
                threshold: float = 0.0) -> list[tuple[int, int]]:
    """Greedy one-to-one alignment: best-scoring pairs first, each item used once.

    A pair is eligible when its score is > 0 and >= ``threshold``; ties keep
    gold then prediction order, so the result is deterministic.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = score(g, p)
            if s > 0 and s >= threshold:
                candidates.append((-s, gi, pi))
    candidates.sort()
    used_gold, used_pred, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


@dataclass
class Alignment:
    """Result of aligning one article's gold and predicted items of one field."""

    pairs: list[tuple[int, int]] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)
    spurious: list[int] = field(default_factory=list)


def align(gold: Sequence, pred: Sequence, score: Callable[[object, object], float], threshold: float = 0.0) -> Alignment:
    pairs = match_pairs(gold, pred, score, threshold)
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    return Alignment(pairs=pairs,
                     missed=[i for i in range(len(gold)) if i not in matched_gold],
                     spurious=[i for i in range(len(pred)) if i not in matched_pred])
