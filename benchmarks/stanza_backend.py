"""The two backends side by side: ``Extractor()`` (spaCy, rules) and ``Extractor(backend="stanza")``.

In one process, on the same articles: accuracy on the development gold (../shared/gold, 58 articles) and
on PFSA-ID (the held-out split pfsa-id-med_dev-dl-20-v2, or ``--pfsa-limit`` articles of it), and speed
(articles/s after both pipelines are loaded, stanza's share as a ratio of the spaCy backend's).  stanza runs
with ``--threads`` torch threads (1 by default: the spaCy backend uses one core).  Appends a line to
benchmarks/RESULTS.md.

    python3 benchmarks/stanza_backend.py [--pfsa-limit N] [--threads 1] [--no-results]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.results import append_result, commit  # noqa: E402
from netralitas_nlp.evaluate import evaluate_gold_dir, evaluate_pfsa, gold_inputs, load_gold_dir, shared_dir  # noqa: E402
from netralitas_nlp.evaluate.gold import read_jsonl  # noqa: E402

BACKENDS = ("spacy", "stanza")
HELD_OUT = "pfsa-id-med_dev-dl-20-v2"


def timed_predictions(extractor, rows: list[dict]) -> tuple[list[dict], float]:
    started = time.perf_counter()
    records = [record.model_dump() for record in extractor.pipe(rows, on_error="skip")]
    return records, time.perf_counter() - started


def scores(result: dict) -> dict:
    def f1(name):
        value = (result.get(name) or {}).get("f1")
        return None if value is None else round(value, 3)

    return {"articles": result["n_articles"], "speaker_accuracy": round(result["speaker_accuracy"] or 0, 3),
            "quotes_f1": f1("quotes"), "direct_f1": f1("quotes_direct"), "officials_f1": f1("officials"),
            "officials_with_role_f1": f1("officials_with_role")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pfsa-limit", type=int, default=0, help="score only the first N held-out PFSA-ID articles")
    parser.add_argument("--all-pfsa", action="store_true", help="score all 680 PFSA-ID articles, not the held-out split")
    parser.add_argument("--threads", type=int, default=1, help="torch threads for stanza")
    parser.add_argument("--no-results", action="store_true", help="do not append to benchmarks/RESULTS.md")
    args = parser.parse_args()
    shared = shared_dir()
    if not (shared / "gold").is_dir():
        sys.exit(f"../shared not found at {shared} (set NETRALITAS_SHARED)")
    import torch

    from netralitas_nlp import Extractor

    torch.set_num_threads(args.threads)
    started = time.perf_counter()
    extractors = {backend: Extractor(backend=backend) for backend in BACKENDS}
    extractors["stanza"]("Pemanasan.")  # loads the stanza models (lazily built on the first article)
    load_seconds = time.perf_counter() - started

    gold_ids = [gold["id"] for gold in load_gold_dir(shared / "gold")]
    dev_rows = gold_inputs(gold_ids, shared)
    pfsa_path = shared / "corpora" / "pfsa-id" / "articles.jsonl"
    pfsa_rows = [{"id": row["id"], "text": row["text"]} for row in read_jsonl(pfsa_path)
                 if args.all_pfsa or f":{HELD_OUT}:" in row["id"]]
    pfsa_name = "all" if args.all_pfsa else HELD_OUT
    pfsa_rows = pfsa_rows[:args.pfsa_limit] if args.pfsa_limit else pfsa_rows

    table = {}
    for backend, extractor in extractors.items():
        dev_records, dev_seconds = timed_predictions(extractor, dev_rows)
        pfsa_records, pfsa_seconds = timed_predictions(extractor, pfsa_rows)
        table[backend] = {
            "dev": scores(evaluate_gold_dir(shared / "gold", dev_records)),
            "pfsa": scores(evaluate_pfsa(pfsa_path, pfsa_records, ids=[row["id"] for row in pfsa_rows])),
            "articles_per_s": round((len(dev_rows) + len(pfsa_rows)) / (dev_seconds + pfsa_seconds), 2),
        }
        print(backend, table[backend], flush=True)
    ratio = table["stanza"]["articles_per_s"] / table["spacy"]["articles_per_s"]
    parts = [f"{backend}: dev gold ({table[backend]['dev']['articles']}) speaker acc "
             f"{table[backend]['dev']['speaker_accuracy']:.3f}, quotes F1 {table[backend]['dev']['quotes_f1']}, "
             f"officials F1 {table[backend]['dev']['officials_f1']}, +role F1 {table[backend]['dev']['officials_with_role_f1']}; PFSA {pfsa_name} ({table[backend]['pfsa']['articles']}) "
             f"speaker acc {table[backend]['pfsa']['speaker_accuracy']:.3f}, direct F1 {table[backend]['pfsa']['direct_f1']}; "
             f"{table[backend]['articles_per_s']} articles/s" for backend in BACKENDS]
    line = (f"| {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} | {commit()} | stanza backend | "
            f"{'; '.join(parts)}; stanza/spaCy speed {ratio:.3f} (torch threads {args.threads}; loading both "
            f"{load_seconds:.1f} s) |")
    print(line)
    if not args.no_results:
        append_result(line)


if __name__ == "__main__":
    main()
