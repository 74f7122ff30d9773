"""Held-out estimates for the theme lexicon, which was tuned on all 22 development gold articles.

    python3 benchmarks/themes_heldout.py [-v]

No article of ../shared/gold is unseen by ``lang/id/themes.tsv``, so the in-sample micro-F1 flatters it.
Two honest estimates:

* **cue leave-one-out** — for each article, drop every cue phrase that occurs in that article, in no
  other development article, and in fewer than CORPUS_SUPPORT articles of ../shared/corpora/news (gold
  articles excluded): a cue that only it supports may have been written for it, while one that many
  unseen news articles use is ordinary vocabulary.  Then score that article.  This is what the lexicon
  would score on an article whose own peculiar wording was never seen.  ``--strict`` ignores the
  news corpus (every cue only this article supports is dropped): a lower bound.
* **threshold leave-one-out** — THRESHOLD is the one global weight of the scorer: for each article,
  pick it on the other 21 (grid below) and score the held-out one.
* **fixed split** — even-numbered articles (sorted by id) for tuning the threshold, odd for testing,
  and the reverse; cue pruning as above but against the tuning half only.

Reads ../shared (or $NETRALITAS_SHARED); copies nothing.  Theme scoring here replays
``extractors.themes`` from its per-unit cue table, so it needs one extractor pass.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.dev_events import gold_articles  # noqa: E402

CORPUS_SUPPORT = 3
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.5)


def article_cues(text: str) -> dict[tuple[int, str], dict[str, float]]:
    from netralitas_nlp.extractors.themes import scoring_units, unit_cues
    from netralitas_nlp.pipeline import get_nlp

    doc = get_nlp()(text)
    return unit_cues(doc, scoring_units(doc)[0])


def labels(cues: dict[tuple[int, str], dict[str, float]], threshold: float, dropped: frozenset = frozenset()) -> set:
    """Article labels: a label applies when one scoring unit's kept cue weights reach the threshold."""
    found = set()
    for (_, label), weights in cues.items():
        if sum(weight for phrase, weight in weights.items() if phrase not in dropped) >= threshold:
            found.add(label)
    return found


def phrases_of(cues: dict[tuple[int, str], dict[str, float]]) -> set[str]:
    return {phrase for weights in cues.values() for phrase in weights}


def micro(counts: Counter) -> float:
    p = counts["tp"] / (counts["tp"] + counts["fp"]) if counts["tp"] + counts["fp"] else 0.0
    r = counts["tp"] / (counts["tp"] + counts["fn"]) if counts["tp"] + counts["fn"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def tally(counts: Counter, want: set, got: set) -> None:
    counts["tp"] += len(want & got)
    counts["fp"] += len(got - want)
    counts["fn"] += len(want - got)


def f1_at(items: list[tuple[set, dict]], threshold: float, dropped_for=None) -> float:
    counts = Counter()
    for index, (want, cues) in enumerate(items):
        tally(counts, want, labels(cues, threshold, dropped_for(index) if dropped_for else frozenset()))
    return micro(counts)


def unsupported(index: int, support: list[set[str]], among: list[int], common: set[str]) -> frozenset:
    """Phrases of article ``index`` that no other article in ``among`` contains and the corpus rarely uses."""
    others = set().union(*(support[i] for i in among if i != index))
    return frozenset(support[index] - others - common)


def corpus_common(exclude: set[str]) -> set[str]:
    """Cue phrases found in at least CORPUS_SUPPORT news-corpus articles outside the gold."""
    import json

    from benchmarks.dev_events import SHARED
    from netralitas_nlp.annotate.cues import theme_lexicon
    from netralitas_nlp.annotate.phrase_matcher import lowered

    matcher, _ = theme_lexicon()
    seen = Counter()
    with (SHARED / "corpora" / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for row in map(json.loads, handle):
            if row["id"] not in exclude:
                seen.update({phrase for _, _, phrase in matcher.finditer(lowered(row["text"]))})
    return {phrase for phrase, count in seen.items() if count >= CORPUS_SUPPORT}


def main() -> None:
    from netralitas_nlp import Extractor
    from netralitas_nlp.extractors.themes import THRESHOLD

    pairs = gold_articles()
    records = list(Extractor().pipe([raw for _, raw in pairs]))
    items = [(set(gold["themes"]), article_cues(record.text)) for (gold, _), record in zip(pairs, records)]
    support = [phrases_of(cues) for _, cues in items]
    everyone = list(range(len(items)))
    verbose = "-v" in sys.argv
    common = set() if "--strict" in sys.argv else corpus_common({gold["id"] for gold, _ in pairs})

    print(f"in-sample micro-F1 (threshold {THRESHOLD})            {f1_at(items, THRESHOLD):.3f}")

    counts = Counter()
    for index, (want, cues) in enumerate(items):
        dropped = unsupported(index, support, everyone, common)
        got = labels(cues, THRESHOLD, dropped)
        tally(counts, want, got)
        if verbose and dropped:
            lost = labels(cues, THRESHOLD) - got
            print(f"  {pairs[index][0]['id'][:45]:45} dropped {sorted(dropped)}: loses {sorted(lost)} "
                  f"(gold {sorted(lost & want)})")
    print(f"cue leave-one-out micro-F1                      {micro(counts):.3f}")

    counts = Counter()
    for index, (want, cues) in enumerate(items):
        rest = [item for i, item in enumerate(items) if i != index]
        best = max(THRESHOLDS, key=lambda t: (f1_at(rest, t), -abs(t - THRESHOLD)))
        tally(counts, want, labels(cues, best))
    print(f"threshold leave-one-out micro-F1                {micro(counts):.3f}")

    counts = Counter()
    halves = (everyone[0::2], everyone[1::2])
    for tune, test in (halves, halves[::-1]):
        tuned = [items[i] for i in tune]
        best = max(THRESHOLDS, key=lambda t: (f1_at(tuned, t), -abs(t - THRESHOLD)))
        for index in test:
            want, cues = items[index]
            tally(counts, want, labels(cues, best, unsupported(index, support, tune + [index], common)))
    print(f"fixed even/odd split (threshold + cue pruning)  {micro(counts):.3f}")


if __name__ == "__main__":
    main()
