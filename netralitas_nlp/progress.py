"""Progress bar (articles/s, words/s) and the end-of-run summary, with rich."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table


class ProgressReporter:
    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.console = Console(stderr=True)
        self.done = self.failed = self.words = 0
        self.started = time.perf_counter()
        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                 TextColumn("{task.completed} articles"), TextColumn("{task.fields[rate]}"),
                                 TimeElapsedColumn(), console=self.console, disable=not enabled, transient=False)
        self.task = self.progress.add_task("extracting", total=None, rate="")

    def __enter__(self):
        self.started = time.perf_counter()
        self.progress.start()
        return self

    def __exit__(self, *exc):
        self.progress.stop()

    @property
    def elapsed(self) -> float:
        return max(time.perf_counter() - self.started, 1e-9)

    def advance(self, *, words: int = 0, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        self.words += words
        self.progress.update(self.task, advance=1, rate=f"{self.done / self.elapsed:.1f} articles/s")

    def summary(self, *, written: int, failures, counts: Counter, out: Path) -> None:
        table = Table(title=f"netralitas extract → {out}", show_header=True)
        table.add_column("what")
        table.add_column("count", justify="right")
        table.add_row("articles extracted", str(written))
        table.add_row("articles failed", str(len(failures)))
        for key in ("officials", "institutions", "quotes", "events", "dates"):
            table.add_row(key, str(counts.get(key, 0)))
        table.add_row("articles/s", f"{self.done / self.elapsed:.1f}")
        table.add_row("words/s", f"{self.words / self.elapsed:.0f}")
        self.console.print(table)
        if failures:
            self.console.print(f"[yellow]{len(failures)} article(s) failed; see {out.name}.errors.jsonl[/yellow]")
