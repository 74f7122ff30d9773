"""The ``netralitas`` command line.

Exit codes:

* **0** every article was extracted (also: the input had no articles, with a warning);
* **1** some articles failed: they are in ``OUT.errors.jsonl``, the others in OUT;
* **2** usage error, found before any work: a missing input, an input type we cannot read, an
  output that is a folder or cannot be written, unknown options.  One line says what to do;
  no output file is written;
* **3** the run itself broke (a bug, a full disk): one line names the error and a log file with
  the traceback; what was extracted so far is kept for ``--resume``.

Interrupted runs (Ctrl-C, SIGTERM) exit 130 / 143 and can be continued with ``--resume``.
"""

from __future__ import annotations

import json
import os
import signal
import tempfile
import time
import traceback
from collections import Counter, deque
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Structured events from Indonesian regional news.")

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = {signal.SIGINT: 130, signal.SIGTERM: 143}
CHECKPOINT_SECONDS = 15.0  # a chunk is committed at least this often, however slow the articles


class UsageError(Exception):
    """A mistake in the command, found before any work; its message says what to do."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM (a BaseException, so no ``except Exception`` for one article swallows it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def say(message: str) -> None:
    typer.echo(f"netralitas: {message}", err=True)


def crash_log(error: BaseException) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    with tempfile.NamedTemporaryFile("w", prefix=f"netralitas-crash-{stamp}-", suffix=".log",
                                     delete=False, encoding="utf-8") as log:
        log.write("".join(traceback.format_exception(error)))
    return Path(log.name)


def one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text[:200]}" if text else type(error).__name__


@contextmanager
def exit_codes(resumable: bool) -> Iterator[None]:
    """Usage errors → 2, internal errors → 3 with a log, interruptions → 130/143."""
    def interrupt(signum, frame):
        raise Interrupted(signum)

    previous = {signum: signal.signal(signum, interrupt) for signum in EXIT_INTERRUPTED}
    try:
        yield
    except UsageError as error:
        say(str(error))
        raise typer.Exit(EXIT_USAGE)
    except (Interrupted, KeyboardInterrupt) as error:
        signum = getattr(error, "signum", signal.SIGINT)
        say(f"interrupted ({signal.Signals(signum).name})" + ("; run again with --resume to continue" if resumable else ""))
        raise typer.Exit(EXIT_INTERRUPTED[signum])
    except typer.Exit:
        raise
    except Exception as error:  # noqa: BLE001 - everything else is a bug or the machine's: exit 3
        hint = "; what was written so far is kept for --resume" if resumable else ""
        say(f"internal error ({one_line(error)}); traceback in {crash_log(error)}{hint}")
        raise typer.Exit(EXIT_INTERNAL)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


# --- checks before any work ---------------------------------------------------------------

def check_inputs(inputs: List[Path], out: Optional[Path] = None) -> None:
    from .ingest.fields import display_path
    from .ingest.readers import KNOWN_SUFFIXES

    for path in inputs:
        shown = display_path(path)
        if not path.exists():
            raise UsageError(f"no such file or folder: {shown} (check the path)")
        if path.is_file() and path.suffix.lower() not in KNOWN_SUFFIXES:
            raise UsageError(f"cannot read {shown}: input files are .txt, .jsonl/.ndjson or .html/.htm")
        if out is not None and path.resolve() == out.resolve():
            raise UsageError(f"{shown} is both an input and the output: choose another -o")


def check_output(out: Path, fmt: Optional[str]) -> str:
    from .output import format_for

    try:
        chosen = format_for(out, fmt)
    except ValueError as error:
        raise UsageError(str(error)) from None
    if chosen != "hf" and out.is_dir():
        raise UsageError(f"the output {out} is a folder: give a file name, e.g. {out / ('records.' + chosen)}")
    if chosen == "hf" and out.exists() and not out.is_dir():
        raise UsageError(f"the output {out} is a file: --format hf writes a folder")
    existing = out.parent
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():  # the folders are made later, by open_run
        raise UsageError(f"cannot create the output folder {out.parent}: {existing} is a file")
    return chosen


# --- the extraction run -------------------------------------------------------------------

def open_run(out: Path, resume: bool):
    from .checkpoint import RunDirectory, RunLocked, VersionMismatch

    run = RunDirectory(out)
    try:
        run.open(resume=resume)
    except (RunLocked, VersionMismatch) as error:
        run.release()
        raise UsageError(str(error)) from None
    except OSError as error:
        run.release()
        raise UsageError(f"cannot write in {out.parent}: {error.strerror or error} (choose a writable location)") from None
    return run


@contextmanager
def engine(jobs: int, dask_address: Optional[str], batch_size: int):
    """``results(plains) -> outcomes``, in input order, on the chosen engine.  (With a Dask
    scheduler this process never imports spaCy: it reads, ships and writes.)"""
    from .parallel import supervised_map

    if dask_address:
        from .dask import ClusterUnavailable, DaskRunner

        try:
            runner = DaskRunner(dask_address)
        except ClusterUnavailable as error:
            raise UsageError(str(error)) from None
        with runner:
            yield lambda plains: supervised_map(runner, plains, batch_size=batch_size, in_flight=runner.threads * 2)
        return
    from .extractor import outcome_batch
    from .parallel import ProcessPoolRunner, lost_outcome
    from .pipeline import get_nlp

    if jobs > 1:
        get_nlp()  # built once here; forked workers inherit it
        with ProcessPoolRunner(outcome_batch, jobs, lost=lost_outcome) as runner:
            yield lambda plains: supervised_map(runner, plains, batch_size=batch_size, in_flight=jobs * 2)
    else:
        yield lambda plains: (outcome_batch([plain])[0] for plain in plains)


class ChunkWriter:
    """Outcomes into the run directory's chunks, every ``every`` articles or ``CHECKPOINT_SECONDS``."""

    def __init__(self, run, every: int) -> None:
        self.run, self.every = run, every
        self._reset()

    def _reset(self) -> None:
        self.keys: list[str] = []
        self.lines: list[str] = []
        self.failures: list[str] = []
        self.counts: Counter = Counter()
        self.words = 0
        self.since = time.monotonic()

    def add(self, key: str, outcome: dict) -> None:
        self.keys.append(key)
        if "line" in outcome:
            self.lines.append(outcome["line"])
            self.counts.update(outcome["counts"])
            self.words += outcome["words"]
        else:
            self.failures.append(json.dumps(outcome["failure"], ensure_ascii=False))
        if len(self.keys) >= self.every or time.monotonic() - self.since >= CHECKPOINT_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self.keys:
            self.run.commit(self.keys, self.lines, self.failures, self.counts, self.words)
        self._reset()


def run_extract(inputs: List[Path], out: Path, fmt: Optional[str], jobs: int, dask_address: Optional[str],
                batch_size: int, resume: bool, write_empty: bool, checkpoint_every: int, quiet: bool) -> int:
    from .checkpoint import article_key
    from .ingest import flag_duplicate_ids, read_path
    from .ingest.article import to_plain
    from .progress import ProgressReporter

    check_inputs(inputs, out)
    chosen = check_output(out, fmt)
    if dask_address:
        from .dask import parse_address

        try:
            parse_address(dask_address)
        except ValueError as error:
            raise UsageError(str(error)) from None
    run = open_run(out, resume)
    try:
        progress = run.progress
        reporter = ProgressReporter(enabled=not quiet, already_done=progress.articles)
        per_input: Counter = Counter()
        duplicates = 0
        to_skip = Counter(progress.done)
        keys: deque[str] = deque()

        def articles():
            for index, path in enumerate(inputs):
                for item in read_path(path):
                    per_input[index] += 1
                    yield item

        def to_extract():
            nonlocal duplicates
            for item in flag_duplicate_ids(articles()):
                duplicates += any(w.startswith("duplicate id") for w in getattr(item, "warnings", ()))
                plain = to_plain(item)
                key = article_key(plain)
                if to_skip[key] > 0:  # written by the interrupted run
                    to_skip[key] -= 1
                    continue
                keys.append(key)
                yield plain

        writer = ChunkWriter(run, checkpoint_every)
        with engine(jobs, dask_address, batch_size) as results, reporter:
            reporter.count_total_in_background(inputs)
            for outcome in results(to_extract()):
                writer.add(keys.popleft(), outcome)
                reporter.advance(words=outcome.get("words", 0), failed="failure" in outcome)
            writer.flush()
        for index, path in enumerate(inputs):
            if not per_input[index]:
                reporter.warn(f"{path} has no articles")
        return finish(run, out, chosen, reporter, duplicates, write_empty, quiet)
    finally:
        if run.progress.chunks == 0:
            run.remove()  # nothing to resume: leave nothing behind
        run.release()


def finish(run, out: Path, fmt: str, reporter, duplicates: int, write_empty: bool, quiet: bool) -> int:
    """Assemble OUT and OUT.errors.jsonl from the chunks, atomically; then the run's state goes."""
    import os

    from .output import convert

    progress = run.progress
    errors = out.parent / f"{out.name}.errors.jsonl"
    if not progress.articles:
        reporter.warn("no articles in the input" + ("; writing an empty output" if write_empty else
                                                    "; nothing written (--write-empty writes an empty file)"))
        if not write_empty:
            run.remove()
            return EXIT_OK
    staging = run.staging()
    records = staging / "records.jsonl"
    run.concatenate(0, records)
    convert(records, out, fmt, scratch=staging)
    if progress.failures:
        run.concatenate(1, staging / errors.name)
        os.replace(staging / errors.name, errors)
    elif errors.exists():
        errors.unlink()  # a stale file from an earlier run would mislead
    run.remove()
    if not quiet:
        reporter.summary(written=progress.records, failed=progress.failures, counts=progress.counts, out=out,
                         duplicates=duplicates)
    return EXIT_SOME_FAILED if progress.failures else EXIT_OK


def write_errors(out: Path, failures) -> None:
    """OUT.errors.jsonl with one line per failed article, written atomically; a stale one is removed."""
    from .output import write_jsonl

    target = out.parent / f"{out.name}.errors.jsonl"
    if failures:
        write_jsonl((json.dumps(f.to_json(), ensure_ascii=False) for f in failures), target)
    elif target.exists():
        target.unlink()  # a stale file from an earlier run would mislead


NER_HELP = ("Add the trained NER model's people (and the roles the rules left unplaced) to the rules' "
            "(default: $NETRALITAS_NER, else the library's default; see README, Models).")


def choose_ner(ner: Optional[bool]) -> None:
    """``--ner/--no-ner`` for this process and every worker it starts (they read ``$NETRALITAS_NER``)."""
    if ner is not None:
        from .pipeline import NER_ENV

        os.environ[NER_ENV] = "1" if ner else "0"


@app.command()
def extract(
    inputs: List[Path] = typer.Argument(..., help="Files (.txt, .jsonl, .html) or folders of them."),
    out: Path = typer.Option(..., "-o", "--out", help="Output: OUT.jsonl, OUT.parquet, or a folder with --format hf."),
    fmt: Optional[str] = typer.Option(None, "--format", help="jsonl, parquet or hf (default: from OUT's suffix)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Local worker processes (default 1)."),
    dask_address: Optional[str] = typer.Option(
        None, "--dask", help="Run on Dask: local:N (a LocalCluster of N workers) or a scheduler, tcp://HOST:PORT."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per worker task."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run into the same OUT."),
    write_empty: bool = typer.Option(False, "--write-empty", help="Write an empty OUT when the input has no articles."),
    checkpoint_every: int = typer.Option(256, "--checkpoint-every", min=1,
                                         help="Articles per checkpoint (what --resume keeps after a crash)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
    ner: Optional[bool] = typer.Option(None, "--ner/--no-ner", help=NER_HELP),
) -> None:
    """Extract one record per article into OUT; failed articles go to OUT.errors.jsonl."""
    with exit_codes(resumable=True):
        choose_ner(ner)
        if jobs is not None and dask_address:
            raise UsageError("use --jobs (local processes) or --dask (a cluster), not both")
        code = run_extract(inputs, out, fmt, jobs or 1, dask_address, batch_size, resume, write_empty,
                           checkpoint_every, quiet)
    raise typer.Exit(code)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output record."""
    from .records import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command()
def evaluate(
    inputs: Optional[List[Path]] = typer.Argument(None, help="With --extract: the articles to extract (files or folders)."),
    gold: Path = typer.Option(..., "--gold", help="Folder of gold JSON files, or the PFSA-ID articles.jsonl."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Predictions: the JSONL written by `netralitas extract`."),
    extract_first: bool = typer.Option(False, "--extract", help="Extract INPUT... now (only the gold articles) and score that."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="With --extract: local worker processes."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the scores as JSON here."),
    show_errors: bool = typer.Option(False, "--show-errors", help="List missed/spurious items per article."),
    ner: Optional[bool] = typer.Option(None, "--ner/--no-ner", help="With --extract: " + NER_HELP),
) -> None:
    """Score predictions against gold: P/R/F1 per field, speaker and main-event accuracy.

    Either --pred PRED.jsonl, or --extract INPUT... to extract the gold articles from INPUT and score them.
    """
    with exit_codes(resumable=False):
        choose_ner(ner)
        records = evaluation_records(gold, pred, inputs or [], extract_first, jobs)
        from .evaluate import evaluate as run_evaluation
        from .evaluate.report import json_summary, print_report

        result = run_evaluation(gold, records, with_errors=show_errors)
        print_report(result, show_errors=show_errors)
        if json_out:
            json_out.parent.mkdir(parents=True, exist_ok=True)
            json_out.write_text(json.dumps(json_summary(result), indent=2, ensure_ascii=False), encoding="utf-8")


def evaluation_records(gold: Path, pred: Optional[Path], inputs: List[Path], extract_first: bool, jobs: int):
    """The predictions to score: a JSONL path, or records extracted now from ``inputs``."""
    if not gold.exists():
        raise UsageError(f"no such gold folder or file: {gold}")
    if extract_first == (pred is not None):
        raise UsageError("give either --pred PRED.jsonl or --extract INPUT...")
    if pred is not None:
        if inputs:
            raise UsageError(f"unexpected arguments {' '.join(map(str, inputs))}: INPUT... goes with --extract")
        if not pred.is_file():
            raise UsageError(f"no such predictions file: {pred}")
        return pred
    if not inputs:
        raise UsageError("--extract needs the articles: netralitas evaluate --gold DIR --extract INPUT...")
    check_inputs(inputs)
    from .evaluate import load_gold_dir
    from .extractor import Extractor
    from .ingest import RawArticle, read_path

    # A gold folder names its articles: only those are extracted.  PFSA-ID gold is the input itself.
    wanted = {record["id"] for record in load_gold_dir(gold)} if gold.is_dir() else None
    articles = (item for path in inputs for item in read_path(path)
                if isinstance(item, RawArticle) and (wanted is None or item.id in wanted))
    records = list(Extractor().pipe(articles, n_process=jobs, on_error="skip"))
    if wanted is not None and not records:
        raise UsageError(f"none of the {len(wanted)} gold articles is in {' '.join(map(str, inputs))}")
    return records


@app.command()
def release(
    inputs: List[Path] = typer.Argument(..., help="Articles (.txt, .jsonl, .html, folders) or records JSONL "
                                                  "written by `netralitas extract`."),
    out: Path = typer.Option(..., "-o", "--out", help="Release folder (new, empty, or an earlier release)."),
    gold: List[Path] = typer.Option([], "--gold", help="Folder of gold JSON files (repeatable); annotations of "
                                                       "released articles become the `gold` config."),
    include_restricted: bool = typer.Option(False, "--include-restricted",
                                            help="Keep articles whose licence forbids redistribution "
                                                 "(the card says so; such a folder is never pushed)."),
    licence: Optional[str] = typer.Option(None, "--license", help="Licence of inputs that declare none."),
    extraction_date: Optional[str] = typer.Option(None, "--extraction-date",
                                                  help="YYYY-MM-DD (default $SOURCE_DATE_EPOCH, else today, UTC)."),
    notes: Optional[Path] = typer.Option(None, "--notes", help="Markdown for the card: how the articles were chosen."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for extraction."),
    rows_per_shard: int = typer.Option(10_000, "--rows-per-shard", min=1, help="Rows per Parquet file."),
    push_to_hub: Optional[str] = typer.Option(None, "--push-to-hub", metavar="ORG/NAME",
                                              help="Upload the folder to this Hugging Face dataset repository."),
    dry_run: bool = typer.Option(False, "--dry-run", help="With --push-to-hub: list what would be sent, send nothing."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary."),
) -> None:
    """Write a Hugging Face dataset release (Parquet per config, dataset card) and optionally push it."""
    from .ingest import ArticleFailure
    from .release import ReleaseError, write_release
    from .release.build import check_target
    from .release.command import release_inputs, summary_lines
    from .release.hub import push_release
    from .release.provenance import release_date

    if dry_run and not push_to_hub:
        raise typer.BadParameter("--dry-run lists what --push-to-hub would send: give --push-to-hub ORG/NAME")
    if push_to_hub and "/" not in push_to_hub.strip("/"):
        raise typer.BadParameter(f"expected ORG/NAME, got {push_to_hub!r}", param_hint="--push-to-hub")
    try:
        date = release_date(extraction_date)
        check_target(out)
    except ValueError as error:
        raise typer.BadParameter(str(error))
    failures: list[ArticleFailure] = []

    def records():
        for result in release_inputs(inputs, licence=licence, jobs=jobs):
            if isinstance(result, ArticleFailure):
                failures.append(result)
            else:
                yield result

    try:
        try:
            summary = write_release(records(), out, gold_dirs=gold, include_restricted=include_restricted,
                                    extraction_date=date, rows_per_shard=rows_per_shard,
                                    notes=notes.read_text(encoding="utf-8") if notes else None)
        finally:
            write_errors(out, failures)
        sent = push_release(out, push_to_hub, dry_run=dry_run) if push_to_hub else []
    except ReleaseError as error:  # nothing to publish; a restricted folder to push
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE)
    except OSError as error:  # the disk, or the Hub's HTTP and connection errors
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_SOME_FAILED)
    if not quiet:
        typer.echo("\n".join(summary_lines(summary, failures, date, push_to_hub, dry_run, sent)))
    raise typer.Exit(EXIT_SOME_FAILED if failures else EXIT_OK)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
