"""Score dates and elections against the development gold (../shared/gold).

    python3 benchmarks/dev_dates.py [--shared PATH] [--split pfsa-id_dev-40] [-v]

Dates: micro P/R/F1 over (text, value) pairs, counted per occurrence (the gold
lists a date once per occurrence and has no offsets).  Elections: micro P/R/F1
over (kind, date, region).  A stop-gap scorer until the evaluation harness lands.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator, Optional

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from netralitas_nlp.ingest import PreparedArticle, iter_records, prepare  # noqa: E402


def shared_dir(value: Optional[str] = None) -> Path:
    return Path(value or os.environ.get("NETRALITAS_SHARED") or REPO.parent / "shared")


def _jsonl(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as handle:
        return {row["id"]: row for row in map(json.loads, handle)}


def gold_articles(shared: Path, split: Optional[str] = None) -> Iterator[tuple[dict, PreparedArticle]]:
    """(gold record, prepared article) for every gold file (or those whose id names ``split``)."""
    rows = {**_jsonl(shared / "corpora" / "news" / "articles.jsonl"),
            **_jsonl(shared / "corpora" / "pfsa-id" / "articles.jsonl")}
    for path in sorted((shared / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if split and split not in gold["id"]:
            continue
        seed = shared / "corpora" / "seeds" / f"{gold['id']}.txt"
        row = {"id": gold["id"], "text": seed.read_text(encoding="utf-8")} if seed.exists() else rows[gold["id"]]
        (raw,) = iter_records([row])
        yield gold, prepare(raw)


def seed_docs(shared: Path) -> list[tuple[dict, PreparedArticle, object]]:
    """(gold, article, processed Doc) for the two seed articles."""
    from netralitas_nlp.extractor import run_pipeline

    return [(gold, article, run_pipeline(article))
            for gold, article in gold_articles(shared) if gold["id"].startswith("seed-")]


def prf(gold: Counter, found: Counter) -> tuple[int, int, int]:
    hit = sum((gold & found).values())
    return hit, sum(found.values()), sum(gold.values())


def f1(hit: int, n_found: int, n_gold: int) -> tuple[float, float, float]:
    p = hit / n_found if n_found else 1.0
    r = hit / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def date_keys(dates) -> Counter:
    return Counter((d["text"], d["value"]) for d in dates)


def election_keys(elections) -> Counter:
    return Counter((e["kind"], e["date"], e["region"]) for e in elections)


def score(shared: Path, split: Optional[str] = None, verbose: bool = False) -> dict[str, tuple[float, float, float]]:
    from netralitas_nlp.extractor import run_pipeline

    totals = {"dates": [0, 0, 0], "elections": [0, 0, 0]}
    for gold, article in gold_articles(shared, split):
        doc = run_pipeline(article)
        pairs = {
            "dates": (date_keys(gold.get("dates", [])), date_keys(d.model_dump() for d in doc._.dates)),
            "elections": (election_keys(gold.get("elections", [])),
                          election_keys(e.model_dump() for e in doc._.elections)),
        }
        for name, (want, got) in pairs.items():
            for i, n in enumerate(prf(want, got)):
                totals[name][i] += n
            if verbose and want != got:
                print(f"{gold['id']} {name}: missing {dict(want - got)} extra {dict(got - want)}")
    return {name: f1(*counts) for name, counts in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared")
    parser.add_argument("--split", help="only gold ids containing this (e.g. pfsa-id_dev-40)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    for name, (p, r, f) in score(shared_dir(args.shared), args.split, args.verbose).items():
        print(f"{name:10s} P={p:.3f} R={r:.3f} F1={f:.3f}")


if __name__ == "__main__":
    main()
