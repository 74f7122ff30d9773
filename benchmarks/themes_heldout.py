"""Held-out estimates for the theme lexicon, which was tuned on all 58 development gold articles.

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
  pick it on the others (grid below) and score the held-out one.
* **threshold leave-one-source-out** — pick THRESHOLD on two of detik.com, IndoSum and Kompas, score the
  third (``benchmarks/by_source.py``), summed over the three rotations.
* **fixed split** — even-numbered articles (sorted by id) for tuning the threshold, odd for testing,
  and the reverse; cue pruning as above but against the tuning half only.

Reads ../shared (or $NETRALITAS_SHARED); copies nothing.  Theme scoring here replays
``extractors.themes`` (``labels_about``) from its label → passage → cue table (``label_units``), so it needs
one pipeline pass; its in-sample figure is the harness's themes micro-F1.
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


LabelUnits = dict[str, dict[int, dict[str, float]]]


def article_cues(raw) -> LabelUnits:
    """The article's label → passage → {cue phrase: weight} table, as ``extractors.themes`` builds it."""
    from netralitas_nlp.extractor import run_pipeline
    from netralitas_nlp.extractors.themes import label_units
    from netralitas_nlp.ingest import RawArticle, prepare

    if isinstance(raw, dict):
        raw = RawArticle(**{key: raw.get(key) for key in ("id", "title", "published", "text")})
    return label_units(run_pipeline(prepare(raw)))


def labels(cues: LabelUnits, threshold: float, dropped: frozenset = frozenset()) -> set:
    """Article labels as ``extractors.themes.labels_about`` decides them, without the ``dropped`` phrases."""
    from netralitas_nlp.extractors.themes import labels_about

    kept = {label: {unit: {phrase: weight for phrase, weight in weights.items() if phrase not in dropped}
                    for unit, weights in units.items()}
            for label, units in cues.items()}
    return set(labels_about(kept, threshold))


def phrases_of(cues: LabelUnits) -> set[str]:
    return {phrase for units in cues.values() for weights in units.values() for phrase in weights}


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
    from netralitas_nlp.extractors.themes import THRESHOLD

    pairs = gold_articles()
    items = [(set(gold["themes"]), article_cues(raw)) for gold, raw in pairs]
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

    from benchmarks.by_source import SOURCES, source_of

    counts = Counter()
    for held_out in SOURCES:
        tuned = [item for (gold, _), item in zip(pairs, items) if source_of(gold["id"]) not in (held_out, "seeds")]
        best = max(THRESHOLDS, key=lambda t: (f1_at(tuned, t), -abs(t - THRESHOLD)))
        for (gold, _), (want, cues) in zip(pairs, items):
            if source_of(gold["id"]) == held_out:
                tally(counts, want, labels(cues, best))
        print(f"  {held_out}: threshold {best} chosen on the other two sources")
    print(f"threshold leave-one-source-out micro-F1         {micro(counts):.3f}")


if __name__ == "__main__":
    main()
