"""Quick dev scorer for events and themes on ../shared/gold (until the harness lands).

    python3 benchmarks/dev_events.py [--verbose] [--themes] [--gold-published]

Prints main-event type / date / venue accuracy and themes micro-F1 over the 22
development gold files.  Reads ../shared (or $NETRALITAS_SHARED); copies nothing.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NETRALITAS_SHARED", REPO.parent / "shared"))
sys.path.insert(0, str(REPO))


def gold_articles(shared: Path = SHARED) -> list[tuple[dict, object]]:
    """(gold, raw article) pairs for every gold file (seeds read as the CLI reads them: title line)."""
    from netralitas_nlp.ingest import read_path

    corpora = {}
    for name in ("news", "pfsa-id"):
        with (shared / "corpora" / name / "articles.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                corpora[row["id"]] = row
    pairs = []
    for path in sorted((shared / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        seed = shared / "corpora" / "seeds" / f"{gold['id']}.txt"
        raw = next(iter(read_path(seed))) if seed.exists() else corpora[gold["id"]]
        pairs.append((gold, raw))
    return pairs


def score(pairs, records, verbose: bool = False) -> dict[str, float]:
    n_event = typed = dated = venued = 0
    tp = fp = fn = 0
    for (gold, _), record in zip(pairs, records):
        want = set(gold["themes"])
        got = set(record.themes)
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
        if not gold["events"]:
            continue
        n_event += 1
        main = gold["events"][0]
        mine = record.events[0] if record.events else None
        typed += bool(mine and mine.type == main["type"])
        dated += bool(mine and mine.date == main["date"]) or (mine is None and main["date"] is None)
        venued += bool(mine and mine.venue == main["venue"]) or (mine is None and main["venue"] is None)
        if verbose:
            print(f"{gold['id'][:60]:60} type {main['type']:>22} / {mine.type if mine else None}")
            print(f"{'':60} date {str(main['date']):>22} / {mine.date if mine else None}")
            print(f"{'':60} venue {str(main['venue'])[:40]:>40} / {mine.venue if mine else None}")
            print(f"{'':60} themes +{sorted(got - want)} -{sorted(want - got)}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "events": n_event,
        "main_type_accuracy": typed / n_event,
        "event_date_accuracy": dated / n_event,
        "venue_accuracy": venued / n_event,
        "themes_precision": precision,
        "themes_recall": recall,
        "themes_micro_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
    }


def explain_themes(pairs, records) -> None:
    """False positives with their evidence, false negatives with the cues that fell short."""
    from netralitas_nlp.extractors.themes import scoring_units, unit_cues
    from netralitas_nlp.pipeline import get_nlp

    for (gold, _), record in zip(pairs, records):
        want, got = set(gold["themes"]), set(record.themes)
        for label in sorted(got - want):
            evidence = [(e.paragraph, e.score, e.cues) for e in record.theme_evidence if e.label == label]
            print("FP", gold["id"][:40], label, evidence[:3])
        doc = get_nlp()(record.text)
        starts, paragraphs = scoring_units(doc)
        for label in sorted(want - got):
            weak = [(paragraphs[unit], cues) for (unit, found), cues in unit_cues(doc, starts).items() if found == label]
            print("FN", gold["id"][:40], label, weak[:3])


def main() -> None:
    from netralitas_nlp import Extractor

    pairs = gold_articles()
    if "--gold-published" in sys.argv:
        # IndoSum rows carry no `published` (the gold takes it from the id's timestamp): give it, to
        # measure event dating apart from ingestion.
        for gold, raw in pairs:
            if isinstance(raw, dict) and not raw.get("published"):
                raw["published"] = gold.get("published")
    records = list(Extractor().pipe([raw for _, raw in pairs]))
    if "--themes" in sys.argv:
        explain_themes(pairs, records)
    for name, value in score(pairs, records, verbose="--verbose" in sys.argv).items():
        print(f"{name:22} {value:.3f}" if isinstance(value, float) else f"{name:22} {value}")


if __name__ == "__main__":
    main()
