"""Scaling benchmark: does the extractor's cost grow linearly with an article's length?

Real news articles (../shared/corpora/news/articles.jsonl) are joined, one after another as paragraphs, into
documents of about 300, 1,000, 5,000 and 20,000 words; every size gets about the same number of words in all,
each document from different articles.  For each size it prints the CPU milliseconds per 1,000 words of the
whole extraction (ingest, tokenizer, each pipeline component, the record) and of each step: a flat column
means a linear cost, a growing one a step whose cost grows faster than the text.  CPU time of this process
(``time.process_time``), so other load on a shared machine does not count.  Appends a line to
benchmarks/RESULTS.md.

    python3 benchmarks/scaling.py [--words-per-size 40000] [--no-results]
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.results import append_result  # noqa: E402

SIZES = (300, 1000, 5000, 20000)
GROWTH_MS = 0.5  # a step whose ms per 1,000 words rises by more than this from 300 to 20,000 words grows
WARM_UP_ARTICLES = 300  # from the end of the corpus; the measured documents start at its beginning


def load_texts() -> list[str]:
    from netralitas_nlp.evaluate.gold import read_jsonl, shared_dir

    path = shared_dir() / "corpora" / "news" / "articles.jsonl"
    if not path.is_file():
        sys.exit(f"news corpus not found at {path} (set NETRALITAS_SHARED)")
    return [row["text"] for row in read_jsonl(path) if row.get("text", "").strip()]


def documents(texts: list[str], size: int, total_words: int, start: int) -> Iterator[str]:
    """Documents of about ``size`` words (whole articles joined by blank lines), ``total_words`` in all,
    taking articles in corpus order from ``start`` (wrapping around)."""
    index, produced = start, 0
    while produced < total_words:
        parts, words = [], 0
        while words < size:
            text = texts[index % len(texts)]
            parts.append(text.strip())
            words += len(text.split())
            index += 1
        produced += words
        yield "\n\n".join(parts)


def timed_extraction(text: str, steps: dict[str, float]) -> int:
    """Extracts one document, adding the CPU seconds of each step to ``steps``; returns its word count."""
    from netralitas_nlp.extractor import record_from_doc
    from netralitas_nlp.ingest import RawArticle, prepare
    from netralitas_nlp.pipeline import get_nlp

    nlp = get_nlp()
    clock = time.process_time()
    prepared = prepare(RawArticle(text=text))
    steps["ingest"] += time.process_time() - clock
    clock = time.process_time()
    doc = nlp.make_doc(prepared.text)
    steps["tokenizer"] += time.process_time() - clock
    doc._.published, doc._.title, doc._.article_id, doc._.dateline = (
        prepared.published, prepared.title, prepared.id, prepared.dateline)
    for name, component in nlp.pipeline:
        clock = time.process_time()
        doc = component(doc)
        steps[name.replace("netralitas_", "").replace("institution_lexicon", "org_lexicon")] += time.process_time() - clock
    clock = time.process_time()
    record_from_doc(prepared, doc)
    steps["record"] += time.process_time() - clock
    return len(prepared.text.split())


def measure(texts: list[str], words_per_size: int) -> dict[int, dict[str, float]]:
    """For each size: CPU ms per 1,000 words, in all ("total") and for each step."""
    from netralitas_nlp import extract

    # Start-up is no per-word cost: load the pipeline, and compile the patterns built on first use.
    extract("\n\n".join(text.strip() for text in texts[-WARM_UP_ARTICLES:]))
    table, start = {}, 0
    for size in SIZES:
        steps: dict[str, float] = defaultdict(float)
        words = count = 0
        for document in documents(texts, size, words_per_size, start):
            words += timed_extraction(document, steps)
            count += 1
        start += count * max(1, size // 300)  # the next size starts on other articles
        row = {name: seconds * 1000 / (words / 1000) for name, seconds in steps.items()}
        row["total"] = sum(row.values())
        table[size] = {"documents": count, "words": words, **row}
    return table


def print_table(table: dict[int, dict[str, float]]) -> None:
    from rich.console import Console
    from rich.table import Table

    steps = [name for name in next(iter(table.values())) if name not in ("documents", "words", "total")]
    out = Table(title="CPU ms per 1,000 words, by document length (flat = linear)")
    for column in ("words/doc", "docs", "total", *steps):
        out.add_column(column, justify="right")
    for size, row in table.items():
        out.add_row(f"~{size:,}", str(row["documents"]), f"{row['total']:.1f}", *(f"{row[name]:.1f}" for name in steps))
    Console(width=200).print(out)
    first, last = table[SIZES[0]], table[SIZES[-1]]
    print(f"total at {SIZES[-1]:,} words / at {SIZES[0]:,} words: {last['total'] / first['total']:.2f}")


def result_line(table: dict[int, dict[str, float]]) -> str:
    first, last = table[SIZES[0]], table[SIZES[-1]]
    totals = "/".join(f"{table[size]['total']:.0f}" for size in SIZES)
    steps = [name for name in first if name not in ("documents", "words", "total")]
    growth = max(steps, key=lambda name: last[name] - first[name])
    grows = (f"most growth: {growth} {first[growth]:.1f} -> {last[growth]:.1f}"
             if last[growth] - first[growth] > GROWTH_MS else "no step grows")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M")
    return (f"| {stamp} | {commit or '?'} | scaling | CPU ms per 1,000 words at {'/'.join(f'{s:,}' for s in SIZES)} "
            f"words per document: {totals} (ratio {last['total'] / first['total']:.2f}); {grows} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words-per-size", type=int, default=40000, help="words extracted at each size")
    parser.add_argument("--no-results", action="store_true", help="do not append to RESULTS.md")
    args = parser.parse_args()
    table = measure(load_texts(), args.words_per_size)
    print_table(table)
    line = result_line(table)
    print(line)
    if not args.no_results:
        append_result(line)


if __name__ == "__main__":
    main()
