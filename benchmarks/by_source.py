"""The harness on the development gold, per source: detik.com 2025, IndoSum, Kompas (PFSA-ID), and the seeds.

    python3 benchmarks/by_source.py [--json OUT] [--fields officials,institutions,...]

The gold is a sample of unseen news from three sources; a rule tuned on one source's articles must hold on
the others.  This prints every harness figure per source, and the leave-one-source-out view: for each of
detik.com, IndoSum and Kompas, the figures on that source alone, which is what a rule made while reading
the other two sources' errors scores on a source it was not made from.  ``loso_choice`` picks a parameter
value on two sources and reports it on the third (for thresholds and weights).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable, Iterable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from netralitas_nlp.evaluate import evaluate_gold_dir, gold_inputs, load_gold_dir, shared_dir  # noqa: E402
from netralitas_nlp.evaluate.report import json_summary  # noqa: E402

SOURCES = ("detik", "indosum", "kompas")
FIGURES = (
    ("officials", "f1"), ("officials_with_role", "f1"), ("institutions", "f1"), ("dates", "f1"),
    ("themes", "f1"), ("quotes", "f1"), ("quotes_direct", "f1"), ("warnings", "f1"), ("speaker_accuracy", None),
    ("role_accuracy", None), ("event_type_accuracy", None), ("event_date_accuracy", None),
    ("event_venue_accuracy", None),
)


def source_of(article_id: str) -> str:
    """The source a gold article comes from, by its id."""
    if article_id.startswith("detik"):
        return "detik"
    if article_id.startswith("indosum"):
        return "indosum"
    if article_id.startswith("pfsa"):
        return "kompas"
    return "seeds"


def predict(ids: list[str], extractor=None) -> list[dict]:
    from netralitas_nlp import Extractor

    extractor = extractor or Extractor()
    return [record.model_dump() for record in extractor.pipe(gold_inputs(ids, shared_dir()), on_error="skip")]


def scores_for(ids: Iterable[str], records: list[dict]) -> dict:
    """The harness's figures over the gold articles ``ids``."""
    return json_summary(evaluate_gold_dir(shared_dir() / "gold", records, ids=ids))


def figure(summary: dict, name: str, key: str | None):
    value = summary.get(name)
    if key is None:
        return value
    return None if value is None else value.get(key)


def per_source(records: list[dict]) -> dict[str, dict]:
    ids = [gold["id"] for gold in load_gold_dir(shared_dir() / "gold")]
    groups: dict[str, list[str]] = {"all": ids}
    for article_id in ids:
        groups.setdefault(source_of(article_id), []).append(article_id)
    return {name: scores_for(members, records) | {"n": len(members)} for name, members in groups.items()}


def loso_choice(values: list, score: Callable[[object, list[str]], float]) -> dict[str, tuple[object, float]]:
    """For each source: the value that scores best on the other two sources, and its score on this one.

    ``score(value, ids)`` measures a parameter value on a list of gold article ids.
    """
    ids = [gold["id"] for gold in load_gold_dir(shared_dir() / "gold")]
    by_source = {source: [i for i in ids if source_of(i) == source] for source in SOURCES}
    chosen = {}
    for held_out in SOURCES:
        tuning = [i for source in SOURCES if source != held_out for i in by_source[source]]
        best = max(values, key=lambda value: score(value, tuning))
        chosen[held_out] = (best, score(best, by_source[held_out]))
    return chosen


def render(table: dict[str, dict]) -> str:
    columns = ["all", *SOURCES, "seeds"]
    lines = [f"{'figure':28}" + "".join(f"{c + ' (' + str(table[c]['n']) + ')':>16}" for c in columns)]
    for name, key in FIGURES:
        cells = []
        for column in columns:
            value = figure(table[column], name, key)
            cells.append(f"{'–' if value is None else f'{value:.3f}':>16}")
        lines.append(f"{name:28}" + "".join(cells))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path, help="also write the per-source figures as JSON here")
    args = parser.parse_args()
    ids = [gold["id"] for gold in load_gold_dir(shared_dir() / "gold")]
    table = per_source(predict(ids))
    print(render(table))
    if args.json:
        args.json.write_text(json.dumps(table, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
