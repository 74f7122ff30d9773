"""Score officials and institutions against the development gold and PFSA-ID (until netralitas_nlp.evaluate lands).

    python3 benchmarks/dev_officials.py                 # dev gold (../shared/gold, 22 articles)
    python3 benchmarks/dev_officials.py --pfsa SPLIT    # PFSA-ID split, e.g. pfsa-id_dev-40 or pfsa-id-med_dev-dl-20-v2

Matching: an official matches when one name's words are contained in the other's (titles removed
by the name parser, case-folded); with-role also needs one predicted role position equal to a gold
one.  Institutions match on (acronym, jurisdiction) when the gold has an acronym, else on name.
PFSA-ID: gold people are the harness's PFSA gold officials (a PERSON with a ROLE beside it, an
AFFILIATION allowed between them; netralitas_nlp.evaluate.pfsa); recall counts those found as an official; role accuracy counts found people whose predicted role
title and the ROLE text share the office (one contains the other's position words).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = Path(os.environ.get("NETRALITAS_SHARED", REPO.parent / "shared"))

from netralitas_nlp import Extractor  # noqa: E402
from netralitas_nlp.names import parse_name  # noqa: E402


def name_words(name: str) -> set[str]:
    return {word.strip(".,").casefold() for word in parse_name(name).name.split()} - {""}


def same_person(a: str, b: str) -> bool:
    left, right = name_words(a), name_words(b)
    return bool(left) and bool(right) and (left <= right or right <= left)


def load_articles() -> dict[str, dict]:
    articles: dict[str, dict] = {}
    for path in (SHARED / "corpora" / "news" / "articles.jsonl", SHARED / "corpora" / "pfsa-id" / "articles.jsonl"):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                articles[row["id"]] = row
    for path in (SHARED / "corpora" / "seeds").glob("*.txt"):
        articles[path.stem] = {"id": path.stem, "text": path.read_text(encoding="utf-8")}
    return articles


def as_input(row: dict) -> dict:
    return {key: row.get(key) for key in ("id", "text", "title", "published", "source", "url") if row.get(key)}


def f1(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def match_officials(predicted, gold) -> tuple[int, int]:
    """(matched officials, matched officials with a matching role position)."""
    tp = tp_role = 0
    used: set[int] = set()
    for official in gold:
        for index, candidate in enumerate(predicted):
            if index in used or not same_person(candidate.name, official["name"]):
                continue
            used.add(index)
            tp += 1
            gold_positions = {(role.get("position") or "").casefold() for role in official["roles"]}
            if any((role.position or "").casefold() in gold_positions for role in candidate.roles):
                tp_role += 1
            break
    return tp, tp_role


def institution_key(acronym, jurisdiction, name) -> tuple:
    return ("acr", acronym, jurisdiction) if acronym else ("name", (name or "").casefold())


def score_dev(verbose: bool) -> dict:
    articles = load_articles()
    gold_files = sorted((SHARED / "gold").glob("*.json"))
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in gold_files]
    records = Extractor().pipe([as_input(articles[gold["id"]]) for gold in golds])
    counts = {"off_tp": 0, "off_role_tp": 0, "off_pred": 0, "off_gold": 0, "inst_tp": 0, "inst_pred": 0, "inst_gold": 0}
    for gold, record in zip(golds, records):
        tp, tp_role = match_officials(record.officials, gold["officials"])
        counts["off_tp"] += tp
        counts["off_role_tp"] += tp_role
        counts["off_pred"] += len(record.officials)
        counts["off_gold"] += len(gold["officials"])
        gold_inst = {institution_key(i.get("acronym"), i.get("jurisdiction"), i["name"]) for i in gold["institutions"]}
        pred_inst = {institution_key(i.acronym, i.jurisdiction, i.name) for i in record.institutions}
        counts["inst_tp"] += len(gold_inst & pred_inst)
        counts["inst_pred"] += len(pred_inst)
        counts["inst_gold"] += len(gold_inst)
        if verbose:
            print(gold["id"])
            print("  gold officials:", [o["name"] for o in gold["officials"]])
            print("  pred officials:", [(o.name, [r.position for r in o.roles]) for o in record.officials])
            print("  inst missing:", sorted(map(str, gold_inst - pred_inst)))
            print("  inst extra:  ", sorted(map(str, pred_inst - gold_inst)))
    return {
        "officials": f1(counts["off_tp"], counts["off_pred"], counts["off_gold"]),
        "officials_with_role": f1(counts["off_role_tp"], counts["off_pred"], counts["off_gold"]),
        "institutions": f1(counts["inst_tp"], counts["inst_pred"], counts["inst_gold"]),
        "counts": counts,
    }


def pfsa_people(row: dict) -> list[tuple[str, str]]:
    """(PERSON text, ROLE text) of the harness's PFSA gold officials (netralitas_nlp.evaluate.pfsa).

    One derivation for both scorers: ROLE and PERSON adjacent with only separators or an
    AFFILIATION between them (``Direktur RSUD Blambangan Sri Indah Lestari``).
    """
    from netralitas_nlp.evaluate.pfsa import gold_from_pfsa
    return [(official["name"], role["position"]) for official in gold_from_pfsa(row)["officials"]
            for role in official["roles"][:1]]


def role_agrees(predicted_roles, gold_role: str) -> bool:
    gold_words = {word.casefold() for word in gold_role.replace(",", " ").split()}
    for role in predicted_roles:
        title_words = {word.casefold() for word in role.title.replace(",", " ").split()}
        position_words = {word.casefold() for word in (role.position or "").split()}
        if title_words <= gold_words or gold_words <= title_words or (position_words and position_words <= gold_words):
            return True
    return False


def score_pfsa(split: str, verbose: bool) -> dict:
    rows = []
    with (SHARED / "corpora" / "pfsa-id" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"].split(":")[1] == split:
                rows.append(row)
    found = role_ok = total = 0
    for row, record in zip(rows, Extractor().pipe([as_input(row) for row in rows])):
        seen: set[str] = set()
        for person, role in pfsa_people(row):
            if person.casefold() in seen:
                continue
            seen.add(person.casefold())
            total += 1
            match = next((o for o in record.officials if same_person(o.name, person)), None)
            if match is None:
                if verbose:
                    print(f"  MISS {row['id']}: {role!r} / {person!r}")
                continue
            found += 1
            if role_agrees(match.roles, role):
                role_ok += 1
            elif verbose:
                print(f"  ROLE {row['id']}: {role!r} / {person!r} -> {[r.title for r in match.roles]}")
    return {"articles": len(rows), "people": total, "recall": found / total if total else 0.0,
            "role_accuracy": role_ok / found if found else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pfsa", help="PFSA-ID split to score instead of the dev gold")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    result = score_pfsa(args.pfsa, args.verbose) if args.pfsa else score_dev(args.verbose)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
