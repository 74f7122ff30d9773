"""Scoring one gold article against one predicted record, and summing over a corpus.

Gold and predictions are plain dicts in the contract's shape (gold JSON files,
the CLI's JSONL, or the span-derived PFSA gold of ``pfsa.py``).  ``Scorer`` keeps
micro counts per field and, per article, the missed/spurious items for
``--show-errors``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

from .matching import (QUOTE_THRESHOLD, Accuracy, Counts, align, bare_name_tokens, best_name_score, names_match,
                       role_fits, strip_quote_marks, token_f1)

PRF_FIELDS = ("officials", "officials_with_role", "institutions", "dates", "themes",
              "quotes", "quotes_direct", "warnings")
ACCURACY_FIELDS = ("speaker_accuracy", "role_accuracy", "event_type_accuracy", "event_date_accuracy",
                   "event_venue_accuracy")

# What a gold source can be scored on.  PFSA-ID annotates only some people and no
# dates/themes/events, so its official precision is not measurable.
FULL = frozenset(PRF_FIELDS + ACCURACY_FIELDS)
PFSA = frozenset({"officials", "officials_with_role", "quotes", "quotes_direct", "speaker_accuracy", "role_accuracy"})
RECALL_ONLY = frozenset({"officials", "officials_with_role"})


def official_forms(official: dict) -> list[str]:
    return [official.get("name") or ""] + list(official.get("aliases") or [])


def official_score(gold: dict, pred: dict) -> float:
    return best_name_score(official_forms(gold), official_forms(pred))


def role_pairs(officials: list[dict]) -> list[tuple[dict, dict]]:
    return [(official, role) for official in officials for role in official.get("roles") or []]


def role_pair_score(gold: tuple[dict, dict], pred: tuple[dict, dict]) -> float:
    score = official_score(gold[0], pred[0])
    if not score:
        return 0.0
    return score if role_fits(gold[1], pred[1]) else 0.0


def institution_forms(institution: dict) -> set[str]:
    forms = {institution.get("name")} | set(institution.get("surface") or [])
    return {" ".join(form.lower().split()) for form in forms if form}


def institution_score(gold: dict, pred: dict) -> float:
    """Same body: a shared name/surface form, or the same acronym and jurisdiction."""
    if institution_forms(gold) & institution_forms(pred):
        return 1.0
    acronym = (gold.get("acronym") or "").lower()
    if acronym and acronym == (pred.get("acronym") or "").lower() and gold.get("jurisdiction") == pred.get("jurisdiction"):
        return 1.0
    return 0.0


def quote_score(gold: dict, pred: dict) -> float:
    return token_f1(strip_quote_marks(gold.get("text") or ""), strip_quote_marks(pred.get("text") or ""))


def speaker_correct(gold_quote: dict, pred_quote: dict, gold_officials: list[dict],
                    pred_officials: Sequence[dict] = ()) -> bool:
    """The predicted speaker names the gold speaker: any alias of the gold official counts; so does an alias
    of the predicted official the quote's ``speaker_id`` names when it is the gold speaker's whole name, office
    words aside (`Dewi Kartika Sari`, also read as `Dekar`, said what the gold gives to `Bupati Dekar`; a shared
    word alone is no match, since the aliases are the system's own)."""
    gold_speaker, predicted = gold_quote.get("speaker"), pred_quote.get("speaker")
    if not predicted:
        return False
    forms = [gold_speaker]
    for official in gold_officials:
        if any(names_match(gold_speaker, form) for form in official_forms(official)):
            forms += official_forms(official)
    if any(names_match(form, predicted) for form in forms if form):
        return True
    return speaker_alias_is_gold_name(gold_speaker, pred_quote.get("speaker_id"), pred_officials)


def speaker_alias_is_gold_name(gold_speaker: Optional[str], speaker_id: Optional[str],
                               pred_officials: Sequence[dict]) -> bool:
    wanted = bare_name_tokens(gold_speaker)
    if not wanted or not speaker_id:
        return False
    return any(bare_name_tokens(form) == wanted for official in pred_officials if official.get("id") == speaker_id
               for form in official_forms(official) if form)


def describe(field_name: str, item) -> str:
    """A short human label of one item for the error listing."""
    if field_name in ("dates", "themes"):
        return str(item)
    if field_name == "officials_with_role":
        official, role = item
        return f"{official.get('name')} — {role.get('position') or role.get('title')}"
    if field_name in ("officials", "institutions"):
        return str(item.get("name"))
    text = item.get("text") or ""
    speaker = item.get("speaker")
    return f"{text[:90]!r}" + (f" ({speaker})" if speaker else "")


@dataclass
class ArticleErrors:
    id: str
    fields: dict = field(default_factory=dict)  # field -> {"missed": [...], "spurious": [...]}
    notes: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not self.fields and not self.notes


class Scorer:
    """Accumulates micro P/R/F1 and accuracies over articles."""

    def __init__(self) -> None:
        self.counts = {name: Counts() for name in PRF_FIELDS}
        self.accuracy = {name: Accuracy() for name in ACCURACY_FIELDS}
        self.scored: set[str] = set()
        self.recall_only: set[str] = set()
        self.n_articles = 0
        self.missing_predictions: list[str] = []
        self.errors: list[ArticleErrors] = []

    # -- one field -----------------------------------------------------
    def _prf(self, name: str, gold: list, pred: list, score, errors: ArticleErrors, threshold: float = 0.0,
             recall_only: bool = False):
        alignment = align(gold, pred, score, threshold)
        self.counts[name].add(len(alignment.pairs), len(gold), len(pred))
        self.scored.add(name)
        if recall_only:
            self.recall_only.add(name)
        missed = [describe(name, gold[i]) for i in alignment.missed]
        spurious = [] if recall_only else [describe(name, pred[i]) for i in alignment.spurious]
        if missed or spurious:
            errors.fields[name] = {"missed": missed, "spurious": spurious}
        return alignment

    def _sets(self, name: str, gold: set, pred: set, errors: ArticleErrors) -> None:
        gold_list, pred_list = sorted(gold), sorted(pred)
        self._prf(name, gold_list, pred_list, lambda g, p: float(g == p), errors)

    # -- one article ---------------------------------------------------
    def add(self, gold: dict, pred: Optional[dict], fields: frozenset = FULL,
            recall_only: frozenset = frozenset()) -> None:
        self.n_articles += 1
        if pred is None:
            self.missing_predictions.append(gold["id"])
            pred = {"id": gold["id"]}
        errors = ArticleErrors(id=gold["id"])
        self._officials(gold, pred, recall_only, errors)
        if "institutions" in fields:
            self._prf("institutions", gold.get("institutions") or [], pred.get("institutions") or [],
                      institution_score, errors)
        if "dates" in fields:
            self._sets("dates", {d["value"] for d in gold.get("dates") or [] if d.get("value")},
                       {d["value"] for d in pred.get("dates") or [] if d.get("value")}, errors)
        if "themes" in fields:
            self._sets("themes", set(gold.get("themes") or []), set(pred.get("themes") or []), errors)
        self._quotes(gold, pred, fields, errors)
        if "event_type_accuracy" in fields:
            self._main_event(gold, pred, errors)
        if not errors.is_empty():
            self.errors.append(errors)

    def _officials(self, gold: dict, pred: dict, recall_only: frozenset, errors: ArticleErrors) -> None:
        gold_officials, pred_officials = gold.get("officials") or [], pred.get("officials") or []
        alignment = self._prf("officials", gold_officials, pred_officials, official_score, errors,
                              recall_only="officials" in recall_only)
        self._prf("officials_with_role", role_pairs(gold_officials), role_pairs(pred_officials),
                  role_pair_score, errors, recall_only="officials_with_role" in recall_only)
        # Role accuracy: of the matched officials with a gold role, how many got one of them right.
        for gi, pi in alignment.pairs:
            gold_roles = gold_officials[gi].get("roles") or []
            if not gold_roles:
                continue
            predicted_roles = pred_officials[pi].get("roles") or []
            ok = any(role_fits(gold_role, role) for gold_role in gold_roles for role in predicted_roles)
            self.accuracy["role_accuracy"].add(ok)
            if not ok:
                errors.notes.append(f"role of {gold_officials[gi].get('name')}: gold "
                                    f"{[r.get('position') or r.get('title') for r in gold_roles]}, "
                                    f"predicted {[r.get('position') or r.get('title') for r in predicted_roles]}")

    def _quotes(self, gold: dict, pred: dict, fields: frozenset, errors: ArticleErrors) -> None:
        gold_quotes, pred_quotes = gold.get("quotes") or [], pred.get("quotes") or []
        alignment = self._prf("quotes", gold_quotes, pred_quotes, quote_score, errors, QUOTE_THRESHOLD)
        self._prf("quotes_direct", [q for q in gold_quotes if q.get("direct")],
                  [q for q in pred_quotes if q.get("direct")], quote_score, errors, QUOTE_THRESHOLD)
        if "warnings" in fields:
            self._prf("warnings", [q for q in gold_quotes if q.get("is_warning")],
                      [q for q in pred_quotes if q.get("is_warning")], quote_score, errors, QUOTE_THRESHOLD)
        for gi, pi in alignment.pairs:
            if not gold_quotes[gi].get("speaker"):
                continue
            ok = speaker_correct(gold_quotes[gi], pred_quotes[pi], gold.get("officials") or [], pred.get("officials") or [])
            self.accuracy["speaker_accuracy"].add(ok)
            if not ok:
                errors.notes.append(f"speaker of {gold_quotes[gi]['text'][:60]!r}: gold "
                                    f"{gold_quotes[gi]['speaker']!r}, predicted {pred_quotes[pi].get('speaker')!r}")

    def _main_event(self, gold: dict, pred: dict, errors: ArticleErrors) -> None:
        """The first event is the main one: its type, date and venue."""
        if not gold.get("events"):
            return
        g = gold["events"][0]
        p = (pred.get("events") or [{}])[0]
        checks = [("event_type_accuracy", "type", g.get("type") == p.get("type"))]
        if g.get("date"):
            checks.append(("event_date_accuracy", "date", g["date"] == p.get("date")))
        if g.get("venue"):
            checks.append(("event_venue_accuracy", "venue", token_f1(g["venue"], p.get("venue")) >= QUOTE_THRESHOLD))
        for name, key, ok in checks:
            self.accuracy[name].add(ok)
            if not ok:
                errors.notes.append(f"main event {key}: gold {g.get(key)!r}, predicted {p.get(key)!r}")

    # -- summary ---------------------------------------------------------
    def summary(self) -> dict:
        result: dict = {}
        for name in PRF_FIELDS:
            if name in self.scored:
                result[name] = self.counts[name].scores(precision=name not in self.recall_only)
            else:
                result[name] = None
        for name in ACCURACY_FIELDS:
            result[name] = self.accuracy[name].value()
            result[f"{name}_n"] = self.accuracy[name].total
        result["n_articles"] = self.n_articles
        result["missing_predictions"] = list(self.missing_predictions)
        return result
