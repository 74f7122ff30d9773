"""Quick scorer for quotes until the evaluation harness (feat/evaluate) lands.

    python3 benchmarks/dev_quotes.py gold            # ../shared/gold: quotes, speakers, warnings
    python3 benchmarks/dev_quotes.py pfsa [SPLIT]    # PFSA-ID direct quotes and speakers
    python3 benchmarks/dev_quotes.py news [N]        # exceptions / offsets / speed on ../shared/corpora/news

Matching: a predicted quote matches a gold one of the same kind (direct/indirect) when their
word sets overlap by at least half (gold has no offsets); PFSA statements match by character
overlap.  Speaker accuracy is over matched quotes; ``lenient`` counts a speaker right when its
words are contained in the gold name (officials, which complete short names, may be absent).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = Path(os.environ.get("NETRALITAS_SHARED", REPO.parent / "shared"))

from netralitas_nlp.extractor import extract  # noqa: E402
from netralitas_nlp.pipeline import get_nlp  # noqa: E402

MARKS = "“”\"„ "


def words(text: str) -> set[str]:
    return {word.strip(".,!?“”\"()").lower() for word in text.split()} - {""}


def overlap(a: str, b: str) -> float:
    left, right = words(a), words(b)
    return len(left & right) / max(1, min(len(left), len(right))) if left and right else 0.0


def match(gold: list, predicted: list, similar) -> list[tuple]:
    pairs, used = [], set()
    for g in gold:
        best, best_score = None, 0.5
        for index, p in enumerate(predicted):
            score = similar(g, p)
            if index not in used and score >= best_score:
                best, best_score = index, score
        if best is not None:
            used.add(best)
            pairs.append((g, predicted[best]))
    return pairs


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p, r = tp / max(1, n_pred), tp / max(1, n_gold)
    return p, r, 2 * p * r / max(1e-9, p + r)


def speaker_ok(predicted, gold) -> tuple[bool, bool]:
    if gold is None or predicted is None:
        return predicted == gold, predicted == gold
    return predicted == gold, words(predicted) <= words(gold)


def article_text(gold_id: str) -> str:
    if gold_id.startswith("seed"):
        return (SHARED / "corpora" / "seeds" / f"{gold_id}.txt").read_text(encoding="utf-8")
    corpus = "pfsa-id" if gold_id.startswith("pfsa") else "news"
    with (SHARED / "corpora" / corpus / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if f'"id": "{gold_id}"' in line:
                return json.loads(line)["text"]
    raise KeyError(gold_id)


def score_gold(verbose: bool = False) -> dict:
    totals = {"gold": 0, "pred": 0, "tp": 0, "spk": 0, "spk_lenient": 0, "w_tp": 0, "w_pred": 0, "w_gold": 0}
    by_kind = {True: [0, 0, 0], False: [0, 0, 0]}
    for path in sorted((SHARED / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        record = extract(article_text(gold["id"]), id=gold["id"])
        predicted = [q.model_dump() for q in record.quotes]
        pairs = match(gold["quotes"], predicted,
                      lambda g, p: overlap(g["text"], p["text"]) if g["direct"] == p["direct"] else 0)
        totals["gold"] += len(gold["quotes"])
        totals["pred"] += len(predicted)
        totals["tp"] += len(pairs)
        for kind in (True, False):
            by_kind[kind][0] += sum(q["direct"] == kind for q in gold["quotes"])
            by_kind[kind][1] += sum(q["direct"] == kind for q in predicted)
            by_kind[kind][2] += sum(g["direct"] == kind for g, _ in pairs)
        for g, p in pairs:
            exact, lenient = speaker_ok(p["speaker"], g["speaker"])
            totals["spk"] += exact
            totals["spk_lenient"] += lenient
            totals["w_tp"] += g["is_warning"] and p["is_warning"]
            if verbose and not lenient:
                print(f"  speaker {gold['id']}: {p['speaker']!r} vs {g['speaker']!r} | {g['text'][:60]}")
            if verbose and g["is_warning"] != p["is_warning"]:
                print(f"  warning {gold['id']}: pred {p['is_warning']} ({p['warning_type']}) | {g['text'][:80]}")
        totals["w_pred"] += sum(p["is_warning"] for p in predicted)
        totals["w_gold"] += sum(g["is_warning"] for g in gold["quotes"])
        if verbose:
            matched = {id(p) for _, p in pairs}
            matched_gold = {id(g) for g, _ in pairs}
            for p in predicted:
                if id(p) not in matched:
                    print(f"  FP {gold['id']}: {p['direct']} {p['cue']!r} {p['text'][:80]!r}")
            for g in gold["quotes"]:
                if id(g) not in matched_gold:
                    print(f"  FN {gold['id']}: {g['direct']} {g['cue']!r} {g['text'][:80]!r}")
    result = {"quotes_prf": f1(totals["tp"], totals["pred"], totals["gold"]),
              "direct_prf": f1(by_kind[True][2], by_kind[True][1], by_kind[True][0]),
              "indirect_prf": f1(by_kind[False][2], by_kind[False][1], by_kind[False][0]),
              "speaker_acc": totals["spk"] / max(1, totals["tp"]),
              "speaker_acc_lenient": totals["spk_lenient"] / max(1, totals["tp"]),
              "warning_prf": f1(totals["w_tp"], totals["w_pred"], totals["w_gold"]), "counts": totals}
    return result


def pfsa_gold(article: dict) -> list[dict]:
    """Direct statements (marks stripped) with the speaker mention PFSA links by position."""
    entities = sorted(article["entities"], key=lambda e: e["start"])
    people = [e for e in entities if e["type"] in ("PERSON", "PERSONCOREF")]
    statements = []
    for e in entities:
        if e["type"] != "STATEMENT" or e["text"][:1] not in "“”\"":
            continue
        text = article["text"]
        start, end = e["start"], e["end"]
        while start < end and text[start] in MARKS:
            start += 1
        while end > start and text[end - 1] in MARKS:
            end -= 1
        after = [p for p in people if e["end"] <= p["start"] <= e["end"] + 40]
        before = [p for p in people if e["start"] - 150 <= p["end"] <= e["start"]]
        earlier = [p for p in people if p["end"] <= e["start"]]
        cue_coref = any(c["type"] == "CUECOREF" and e["end"] <= c["start"] <= e["end"] + 5 for c in entities)
        # the mention PFSA puts next to the statement; after `katanya`, the last person named before it
        speaker = after[0] if after else (earlier[-1] if cue_coref and earlier else (before[-1] if before else None))
        statements.append({"start": start, "end": end, "speaker": speaker["text"] if speaker else None})
    return statements


def score_pfsa(split: str | None, verbose: bool = False) -> dict:
    nlp = get_nlp()
    tp = n_pred = n_gold = spk = spk_n = 0
    with (SHARED / "corpora" / "pfsa-id" / "articles.jsonl").open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    for article in articles:
        if split and article["id"].split(":")[1] != split:
            continue
        gold = pfsa_gold(article)
        doc = nlp(article["text"])
        predicted = [q for q in doc._.quotes if q.direct]
        pairs = match(gold, predicted, lambda g, p: (min(g["end"], p.end) - max(g["start"], p.start))
                      / max(g["end"], p.end) * 0 + (min(g["end"], p.end) - max(g["start"], p.start))
                      / max(1, max(g["end"], p.end) - min(g["start"], p.start)))
        tp, n_pred, n_gold = tp + len(pairs), n_pred + len(predicted), n_gold + len(gold)
        for g, p in pairs:
            if g["speaker"] is None:
                continue  # PFSA links no mention we can place: not scored
            ok = bool(p.speaker and words(p.speaker) & words(g["speaker"]))
            spk, spk_n = spk + ok, spk_n + 1
            if verbose and not ok:
                print(f"  speaker {article['id']}: {p.speaker!r} vs {g['speaker']!r} cue={p.cue!r}")
        if verbose:
            matched = {id(p) for _, p in pairs}
            for p in predicted:
                if id(p) not in matched:
                    print(f"  FP {article['id']}: {p.text[:90]!r}")
            matched_gold = {id(g) for g, _ in pairs}
            for g in gold:
                if id(g) not in matched_gold:
                    print(f"  FN {article['id']}: {article['text'][g['start']:g['end']][:90]!r}")
    return {"direct_prf": f1(tp, n_pred, n_gold), "speaker_acc": spk / max(1, spk_n),
            "counts": {"gold": n_gold, "pred": n_pred, "tp": tp, "speaker_scored": spk_n}}


def run_news(limit: int | None) -> dict:
    from netralitas_nlp import Extractor
    with (SHARED / "corpora" / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle][:limit]
    started = time.perf_counter()
    results = list(Extractor().pipe(articles, on_error="yield"))
    elapsed = time.perf_counter() - started
    failures = [r for r in results if not hasattr(r, "quotes")]
    return {"articles": len(results), "failures": len(failures), "quotes": sum(len(r.quotes) for r in results
            if hasattr(r, "quotes")), "articles_per_s": len(results) / elapsed}


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "gold"
    verbose = "-v" in sys.argv
    args = [a for a in sys.argv[2:] if a != "-v"]
    if mode == "gold":
        print(json.dumps(score_gold(verbose), indent=1))
    elif mode == "pfsa":
        print(json.dumps(score_pfsa(args[0] if args else None, verbose), indent=1))
    elif mode == "news":
        print(json.dumps(run_news(int(args[0]) if args else None), indent=1))
    else:
        sys.exit("usage: dev_quotes.py [gold | pfsa [SPLIT] | news [N]] [-v]")
