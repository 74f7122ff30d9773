"""The trained NER in the extractor, with and without it, in one process (issue 14, integration).

Accuracy: officials and institutions P/R/F1 and speaker accuracy on the development gold (../shared/gold),
officials recall and speaker accuracy on PFSA-ID (680), for the rules alone, the rules + NER, and the
NER's three parts alone (people candidates, organisation candidates, the place veto).  Speed: articles/s
(wall and CPU) of ``Extractor(ner=False)`` and ``Extractor(ner=True)`` over the news corpus, in the same
process, and their ratio.

    python3 benchmarks/ner_integration.py [--limit N] [--json OUT.json] [--no-speed] [--no-results]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.results import append_result, commit  # noqa: E402
from netralitas_nlp.evaluate import evaluate_gold_dir, evaluate_pfsa, gold_inputs, load_gold_dir, shared_dir  # noqa: E402
from netralitas_nlp.evaluate.gold import read_jsonl  # noqa: E402

DEFAULT_PARTS = {"people": True, "roleless": False, "orgs": False, "veto": True}  # the component's defaults
# (label, ner, settings of netralitas_ner_candidates)
VARIANTS = (
    ("rules only", False, None),
    ("rules + NER (default)", True, DEFAULT_PARTS),
    ("+ all NER parts", True, {"people": True, "roleless": True, "orgs": True, "veto": True}),
    ("+ NER people", True, {"people": True, "roleless": True, "orgs": False, "veto": False}),
    ("+ NER people w/ role", True, {"people": True, "roleless": False, "orgs": False, "veto": False}),
    ("+ NER orgs", True, {"people": False, "roleless": False, "orgs": True, "veto": False}),
    ("+ NER veto", True, {"people": False, "roleless": False, "orgs": False, "veto": True}),
)


def extractor_for(ner: bool, settings: dict | None):
    from netralitas_nlp import Extractor
    from netralitas_nlp.annotate.entities import NER_CANDIDATES

    extractor = Extractor(ner=ner)
    if ner:  # the process holds one NER pipeline: set all three parts every time
        component = extractor.nlp.get_pipe(NER_CANDIDATES)
        for key, value in (settings or DEFAULT_PARTS).items():
            setattr(component, key, value)
    return extractor


def prf(result: dict, name: str) -> dict | None:
    scores = result.get(name)
    return None if scores is None else {k: None if scores[k] is None else round(scores[k], 4) for k in ("p", "r", "f1")}


def accuracy(extractor, dev_rows, pfsa_path, pfsa_rows) -> dict:
    dev = evaluate_gold_dir(shared_dir() / "gold", [r.model_dump() for r in extractor.pipe(dev_rows, on_error="skip")])
    predictions = [r.model_dump() for r in extractor.pipe(pfsa_rows, on_error="skip")]
    pfsa = evaluate_pfsa(pfsa_path, predictions, ids=[row["id"] for row in pfsa_rows])
    return {
        "dev_officials": prf(dev, "officials"), "dev_officials_with_role": prf(dev, "officials_with_role"),
        "dev_institutions": prf(dev, "institutions"), "dev_speaker_accuracy": dev["speaker_accuracy"],
        "pfsa_officials": prf(pfsa, "officials"), "pfsa_speaker_accuracy": pfsa["speaker_accuracy"],
        "pfsa_role_accuracy": pfsa["role_accuracy"],
    }


def speed(extractor, rows: list[dict]) -> dict:
    sum(1 for _ in extractor.pipe(rows[:20], on_error="skip"))  # warm-up
    wall, cpu = time.perf_counter(), time.process_time()
    done = sum(1 for _ in extractor.pipe(rows, on_error="skip"))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"articles": done, "articles_per_s": round(done / wall, 1), "articles_per_cpu_s": round(done / cpu, 1)}


def news_rows(limit: int | None) -> list[dict]:
    path = shared_dir() / "corpora" / "news" / "articles.jsonl"
    rows = [{k: row.get(k) for k in ("id", "title", "published", "text")} for row in read_jsonl(path)]
    return rows[:limit] if limit else rows


def show(results: dict) -> None:
    def fmt(scores):
        return "–" if scores is None else f"{scores['p']:.3f}/{scores['r']:.3f}/{scores['f1']:.3f}"

    print(f"{'variant':24} {'dev officials P/R/F1':22} {'dev +role P/R/F1':22} {'dev institutions P/R/F1':24} "
          f"{'dev spk':8} {'PFSA off. R':11} {'PFSA spk':8}")
    for label, row in results.items():
        print(f"{label:24} {fmt(row['dev_officials']):22} {fmt(row['dev_officials_with_role']):22} "
              f"{fmt(row['dev_institutions']):24} {row['dev_speaker_accuracy']:.3f}    "
              f"{row['pfsa_officials']['r']:.4f}      {row['pfsa_speaker_accuracy']:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, help="news articles for the speed run (default: all 3,279)")
    parser.add_argument("--json", type=Path, help="write every figure here")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--no-results", action="store_true", help="do not append to RESULTS.md")
    args = parser.parse_args()
    shared = shared_dir()
    gold_ids = [g["id"] for g in load_gold_dir(shared / "gold")]
    dev_rows = gold_inputs(gold_ids, shared)
    pfsa_path = shared / "corpora" / "pfsa-id" / "articles.jsonl"
    pfsa_rows = [{"id": row["id"], "text": row["text"]} for row in read_jsonl(pfsa_path)]

    results = {label: accuracy(extractor_for(ner, settings), dev_rows, pfsa_path, pfsa_rows)
               for label, ner, settings in VARIANTS}
    show(results)
    summary: dict = {"accuracy": results}
    if not args.no_speed:
        rows = news_rows(args.limit)
        rules, with_ner = speed(extractor_for(False, None), rows), speed(extractor_for(True, None), rows)
        summary["speed"] = {"rules only": rules, "rules + NER (default)": with_ner,
                            "ratio": round(with_ner["articles_per_cpu_s"] / rules["articles_per_cpu_s"], 3)}
        print(f"speed over {rules['articles']} news articles, one process: rules only {rules['articles_per_s']} art/s "
              f"({rules['articles_per_cpu_s']}/CPU-s); rules + NER {with_ner['articles_per_s']} art/s "
              f"({with_ner['articles_per_cpu_s']}/CPU-s); ratio {summary['speed']['ratio']}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1, ensure_ascii=False), encoding="utf-8")
    if not args.no_results:
        off, on = results["rules only"], results["rules + NER (default)"]
        speed_part = ""
        if "speed" in summary:
            s = summary["speed"]
            speed_part = (f"; speed {s['rules only']['articles']} news articles: rules {s['rules only']['articles_per_cpu_s']}"
                          f"/CPU-s, + NER {s['rules + NER (default)']['articles_per_cpu_s']}/CPU-s, ratio {s['ratio']}")
        append_result(
            f"| {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} | {commit()} | ner integration | without → with NER: dev "
            f"officials P {off['dev_officials']['p']:.3f}→{on['dev_officials']['p']:.3f}, F1 {off['dev_officials']['f1']:.3f}→"
            f"{on['dev_officials']['f1']:.3f}; institutions F1 {off['dev_institutions']['f1']:.3f}→{on['dev_institutions']['f1']:.3f}; "
            f"PFSA officials R {off['pfsa_officials']['r']:.4f}→{on['pfsa_officials']['r']:.4f}, speaker acc "
            f"{off['pfsa_speaker_accuracy']:.4f}→{on['pfsa_speaker_accuracy']:.4f}{speed_part} |")


if __name__ == "__main__":
    main()
