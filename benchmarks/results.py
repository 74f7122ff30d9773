"""RESULTS.md: one dated table line per benchmark run."""

from __future__ import annotations

import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADER = ("# Benchmark results\n\n"
          "Written by `make bench` (benchmarks/accuracy.py, benchmarks/speed.py); one line per run, newest last.\n\n"
          "Targets (issue 3), tracked here, not timed tests: default extractor >= 100 articles/s on one core and "
          ">= 1/3 of the `spacy.blank('id')` + `sentencizer` baseline's throughput; start-up (import + pipeline "
          "build, fresh interpreter) <= 2.5 s; peak RSS <= 600 MB.\n\n"
          "Accuracy: dev gold = ../shared/gold (22 articles incl. the 2 seeds); PFSA-ID = span-derived gold over "
          "680 articles, tuning split pfsa-id_dev-40, held-out split pfsa-id-med_dev-dl-20-v2.\n\n"
          "| date (UTC) | commit | kind | numbers |\n|---|---|---|---|\n")


def commit() -> str:
    """The short hash of the checkout's HEAD, for a RESULTS line ("?" outside git)."""
    try:
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    except OSError:
        return "?"
    return done.stdout.strip() or "?"


def append_result(line: str) -> None:
    if not RESULTS.exists():
        RESULTS.write_text(HEADER, encoding="utf-8")
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
