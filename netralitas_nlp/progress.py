"""Progress bar and the end-of-run summary, with rich.

The bar shows done/total (the total is counted in the background where that is cheap: JSONL
lines, files in folders), the rate and the time left.  The rate is the one the summary
prints: articles extracted in this run divided by the seconds since it started, so the two
never disagree; articles a resumed run skipped count towards done, not towards the rate.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional, Union

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from .ingest.readers import JSONL_SUFFIXES, KNOWN_SUFFIXES


def count_jsonl_lines(path: Path) -> int:
    """Lines, counted in 1 MiB blocks (blank lines too: the bar's total is an upper bound)."""
    lines, last = 0, b"\n"
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            lines += block.count(b"\n")
            last = block[-1:]
    return lines + (last != b"\n")


def count_articles(paths: Iterable[Union[str, Path]]) -> int:
    """How many articles ``ingest.read_paths`` will yield, about: JSONL lines, other files one each."""
    total = 0
    for path in map(Path, paths):
        files = (p for p in path.rglob("*") if p.is_file() and not any(
            part.startswith(".") for part in p.relative_to(path).parts)) if path.is_dir() else [path]
        for file in files:
            suffix = file.suffix.lower()
            if suffix in JSONL_SUFFIXES:
                total += count_jsonl_lines(file)
            elif suffix in KNOWN_SUFFIXES or not path.is_dir():
                total += 1
    return total


def format_duration(seconds: Optional[float]) -> str:
    if seconds is None:
        return "-:--:--"
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class ProgressReporter:
    def __init__(self, enabled: bool = True, *, already_done: int = 0, console: Optional[Console] = None) -> None:
        self.enabled = enabled
        self.console = console or Console(stderr=True)
        self.done = self.failed = self.words = 0  # in this run
        self.skipped = already_done  # written by an earlier, interrupted run
        self.total: Optional[int] = None
        self.started = time.perf_counter()
        self.stopped: Optional[float] = None  # the clock stops with the bar: the summary's rate is the bar's last
        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                 TextColumn("{task.fields[count]}"), TextColumn("{task.fields[rate]}"),
                                 TextColumn("{task.fields[elapsed]} elapsed, {task.fields[eta]} left"),
                                 console=self.console, disable=not enabled, transient=False)
        self.task = self.progress.add_task("extracting", total=None, count="", rate="", elapsed="", eta="")

    def __enter__(self):
        self.started = time.perf_counter()
        self.progress.start()
        self._refresh()
        return self

    def __exit__(self, *exc):
        self.stopped = time.perf_counter()
        self._refresh()
        self.progress.stop()

    def count_total_in_background(self, paths) -> None:
        """Sets the total when it is known; a failure to count leaves the bar without one."""
        def count() -> None:
            try:
                self.total = max(count_articles(paths), self.skipped)
            except OSError:
                return
        threading.Thread(target=count, name="netralitas-count", daemon=True).start()

    @property
    def elapsed(self) -> float:
        return max((self.stopped or time.perf_counter()) - self.started, 1e-9)

    @property
    def rate(self) -> float:
        """Articles per second in this run: the bar's and the summary's."""
        return self.done / self.elapsed

    def eta(self) -> Optional[float]:
        if self.total is None or not self.done:
            return None
        return max(self.total - self.skipped - self.done, 0) / self.rate

    def advance(self, *, words: int = 0, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        self.words += words
        self._refresh()

    def _refresh(self) -> None:
        finished = self.skipped + self.done
        total = max(self.total, finished) if self.total is not None else None
        count = f"{finished}/{total} articles" if total is not None else f"{finished} articles"
        self.progress.update(self.task, completed=finished, total=total, count=count,
                             rate=f"{self.rate:.1f} articles/s", elapsed=format_duration(self.elapsed),
                             eta=format_duration(self.eta()))

    def warn(self, message: str) -> None:
        self.console.print(f"[yellow]warning:[/yellow] {message}", highlight=False, soft_wrap=True)

    def summary(self, *, written: int, failed: int, counts: Counter, out: Path, duplicates: int = 0) -> None:
        table = Table(title=f"netralitas extract → {out}", show_header=True)
        table.add_column("what")
        table.add_column("count", justify="right")
        table.add_row("articles extracted", str(written))
        table.add_row("articles failed", str(failed))
        if self.skipped:
            table.add_row("of them, from the interrupted run", str(self.skipped))
        if duplicates:
            table.add_row("duplicate ids (warned in the records)", str(duplicates))
        for key in ("officials", "institutions", "quotes", "events", "dates"):
            table.add_row(key, str(counts.get(key, 0)))
        table.add_row("articles/s", f"{self.rate:.1f}")
        table.add_row("words/s", f"{self.words / self.elapsed:.0f}")
        self.console.print(table)
        if failed:
            self.console.print(f"[yellow]{failed} article(s) failed; see {out.name}.errors.jsonl[/yellow]")
