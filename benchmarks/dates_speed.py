"""Cost of date detection + normalisation per article over ../shared/corpora/news.

    python3 benchmarks/dates_speed.py [--shared PATH] [--limit N]

Times ``find_dates`` (regex scan, year resolution, DateMention records) on the
raw texts, after one warm-up pass that builds the cached patterns.  Target:
<= 2 ms per article on average.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.dev_dates import shared_dir  # noqa: E402
from netralitas_nlp.extract.dates import find_dates  # noqa: E402


def load_texts(shared: Path, limit: int | None) -> list[tuple[str, str | None]]:
    from netralitas_nlp.ingest.published import parse_published

    rows = []
    with (shared / "corpora" / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows.append((row["text"], parse_published(row["published"]) if row.get("published") else None))
            if limit and len(rows) >= limit:
                break
    return rows


def measure(rows: list[tuple[str, str | None]]) -> tuple[float, int]:
    """Milliseconds per article and the number of dates found."""
    find_dates(rows[0][0], rows[0][1])  # build cached patterns outside the timing
    count = 0
    start = time.perf_counter()
    for text, published in rows:
        count += len(find_dates(text, published))
    elapsed = time.perf_counter() - start
    return 1000 * elapsed / len(rows), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    rows = load_texts(shared_dir(args.shared), args.limit)
    ms, count = measure(rows)
    words = sum(len(text.split()) for text, _ in rows) / len(rows)
    print(f"{len(rows)} articles (avg {words:.0f} words), {count} dates: {ms:.3f} ms/article")


if __name__ == "__main__":
    main()
