"""Build the publishable corpus ``corpora/netralitas-id/`` (``make corpus``).

The seed articles and the IndoSum articles of ``../shared/corpora/news`` about government and
elections (selection rule: ``netralitas_nlp/release/corpus.py``) are extracted and written as a
Hugging Face dataset folder: Parquet per configuration and a dataset card.  The folder is not
committed (IndoSum text stays out of the repository); this recipe is.  Run:

    python scripts/build_corpus.py [--out DIR] [--shared PATH] [--extraction-date YYYY-MM-DD] [--jobs N]

The extraction date defaults to ``$SOURCE_DATE_EPOCH``, else the date of the last commit, so the
same checkout rebuilds byte-identical files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_dir(cli_value: str | None) -> Path:
    return Path(cli_value or os.environ.get("NETRALITAS_SHARED") or REPO.parent / "shared")


def commit_date() -> str | None:
    """Date (UTC) of the checkout's last commit, or None outside git."""
    try:
        stamp = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=REPO, capture_output=True, text=True,
                               check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return dt.datetime.fromtimestamp(int(stamp), tz=dt.timezone.utc).date().isoformat() if stamp else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "corpora" / "netralitas-id")
    parser.add_argument("--shared", help="the shared data folder (default $NETRALITAS_SHARED or ../shared)")
    parser.add_argument("--extraction-date",
                        help="YYYY-MM-DD (default $SOURCE_DATE_EPOCH, else the last commit's date)")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)

    from netralitas_nlp.release.corpus import build_corpus

    shared = shared_dir(args.shared)
    news = shared / "corpora" / "news" / "articles.jsonl"
    if not news.is_file():
        print(f"error: {news} not found (set NETRALITAS_SHARED or --shared)", file=sys.stderr)
        return 2
    date = args.extraction_date or (None if os.environ.get("SOURCE_DATE_EPOCH") else commit_date())
    summary, failures = build_corpus(args.out, shared=shared, repo=REPO, extraction_date=date, jobs=args.jobs)
    size = sum(path.stat().st_size for path in args.out.rglob("*") if path.is_file())
    print(f"{summary.out}: {size / 1e6:.1f} MB, {len(summary.files)} files")
    for name, rows in summary.rows.items():
        print(f"  {name:<13}{rows:>7,} rows")
    print(f"  gold: {summary.gold_released} annotations released, {summary.gold_left_out} left out "
          "(their articles are not in the release)")
    for failure in failures:
        print(f"  failed: {failure.id}: {failure.type}: {failure.message}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
