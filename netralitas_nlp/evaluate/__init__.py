"""Evaluation harness: score predicted records against gold.

Two kinds of gold:

* a **directory of contract-format JSON files** (``../shared/gold``): every field
  is scored — officials, officials with role, institutions, dates, themes, quotes
  (all / direct / warnings), speaker accuracy, and the main event's type, date,
  venue;
* the **PFSA-ID JSONL** (``../shared/corpora/pfsa-id/articles.jsonl``): gold
  derived from its spans (see ``netralitas_nlp.evaluate.pfsa``) — quotes and
  direct quotes P/R/F1, speaker accuracy, officials recall and role accuracy,
  overall and per split (``pfsa-id_dev-40`` tuning, ``pfsa-id-med_dev-dl-20-v2``
  held out).

Matching rules (one definition, in ``matching.py``):

* **Names**: lower-cased word tokens without honorifics, degrees and ranks
  (``lang/id/honorifics.txt``, ``degrees.txt``, ``ranks.txt``; dots and case
  ignored); two names match when one token set is contained in the other.  An
  official matches on any of its forms (``name`` + ``aliases``).  Items are
  aligned one-to-one, best score (Jaccard of the token sets) first.
* **Roles**: the gold ``position`` (``title`` when position is null) matches when
  all its words occur in the predicted ``position`` or ``title``, after expanding
  abbreviations on both sides (``evaluate/data/role_abbreviations.tsv``:
  Pj, Plt, Sekda, Kapolres, …).  ``officials_with_role`` scores (official, role)
  pairs: name and role must both match.  ``role_accuracy``: of the matched
  officials with a gold role, the share with a matching predicted role.
* **Quotes**: token F1 (multiset, SQuAD style; quote marks and punctuation
  ignored) >= 0.5, aligned one-to-one.  ``quotes_direct`` compares direct ones
  only, ``warnings`` those with ``is_warning``.  ``speaker_accuracy``: over
  matched quotes whose gold speaker is known, the predicted speaker matches the
  gold speaker's name or one of its official's aliases.
* **Dates**: the set of ISO values per article.  **Themes**: label sets.
  Both micro P/R/F1.
* **Institutions**: a shared name or surface form (case and spacing ignored),
  or the same acronym and jurisdiction.
* **Main event**: the first event; type equal, date equal (articles whose gold
  main event has a date), venue token F1 >= 0.5 (gold venue given).

All P/R/F1 are micro-averaged over articles; a value is ``None`` where its
denominator is empty (e.g. officials precision on PFSA-ID, which does not
annotate every person).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional, Union

from .gold import gold_inputs, load_gold_dir, load_predictions, shared_dir
from .pfsa import gold_from_pfsa, read_pfsa, split_of
from .scorer import FULL, PFSA, RECALL_ONLY, Scorer

__all__ = ["evaluate", "evaluate_gold_dir", "evaluate_pfsa", "gold_inputs", "load_gold_dir", "shared_dir",
           "gold_from_pfsa", "Scorer"]


def evaluate_gold_dir(gold_dir: Union[str, Path], records, *, with_errors: bool = False,
                      ids: Optional[Iterable[str]] = None) -> dict:
    """Scores of ``records`` (JSONL path or iterable of records/dicts) against a gold directory (only the gold
    articles ``ids``, when given: one source's, say)."""
    predictions = load_predictions(records)
    wanted = set(ids) if ids is not None else None
    scorer = Scorer()
    for gold in load_gold_dir(gold_dir):
        if wanted is None or gold["id"] in wanted:
            scorer.add(gold, predictions.get(gold["id"]))
    result = scorer.summary()
    result["gold"] = "contract"
    if with_errors:
        result["errors"] = [vars(e) for e in scorer.errors]
    return result


def evaluate_pfsa(pfsa_jsonl: Union[str, Path], records, *, with_errors: bool = False,
                  ids: Optional[Iterable[str]] = None) -> dict:
    """Scores against the span-derived PFSA-ID gold, overall and per split.

    Only articles with a prediction are scored unless ``ids`` names them (a
    missing prediction then counts as empty).
    """
    predictions = load_predictions(records)
    wanted = set(ids) if ids is not None else set(predictions)
    overall, per_split = Scorer(), {}
    for row in read_pfsa(pfsa_jsonl):
        if row["id"] not in wanted:
            continue
        gold = gold_from_pfsa(row)
        pred = predictions.get(row["id"])
        overall.add(gold, pred, PFSA, RECALL_ONLY)
        per_split.setdefault(split_of(row["id"]), Scorer()).add(gold, pred, PFSA, RECALL_ONLY)
    result = overall.summary()
    result["gold"] = "pfsa"
    result["splits"] = {name: {**scorer.summary(), "gold": "pfsa"} for name, scorer in sorted(per_split.items())}
    if with_errors:
        result["errors"] = [vars(e) for e in overall.errors]
    return result


def evaluate(gold: Union[str, Path], records, *, with_errors: bool = False) -> dict:
    """A gold directory, or a PFSA-ID JSONL file (span-derived gold)."""
    gold = Path(gold)
    if gold.is_dir():
        return evaluate_gold_dir(gold, records, with_errors=with_errors)
    return evaluate_pfsa(gold, records, with_errors=with_errors)
