"""The ``netralitas`` command line.

Exit codes: 0 every article was extracted; 1 some articles failed (they are in
``OUT.errors.jsonl``); 2 usage errors (bad options, unknown output format).
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Structured events from Indonesian regional news.")

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


@app.command()
def extract(
    inputs: List[Path] = typer.Argument(..., help="Files (.txt, .jsonl, .html) or folders of them."),
    out: Path = typer.Option(..., "-o", "--out", help="Output: OUT.jsonl, OUT.parquet, or a folder with --format hf."),
    fmt: Optional[str] = typer.Option(None, "--format", help="jsonl, parquet or hf (default: from OUT's suffix)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per worker batch."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Extract one record per article into OUT; failed articles go to OUT.errors.jsonl."""
    from .output import convert, format_for, record_json, write_jsonl

    try:
        chosen = format_for(out, fmt)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--out/--format")
    from .extractor import Extractor
    from .ingest import ArticleFailure, read_paths
    from .progress import ProgressReporter

    extractor = Extractor()
    failures: list[ArticleFailure] = []
    counts: Counter = Counter()
    reporter = ProgressReporter(enabled=not quiet)

    def lines():
        with reporter:
            for result in extractor.pipe(read_paths(inputs), batch_size=batch_size, n_process=jobs, on_error="yield"):
                if isinstance(result, ArticleFailure):
                    failures.append(result)
                    reporter.advance(failed=True)
                    continue
                counts.update(officials=len(result.officials), quotes=len(result.quotes),
                              events=len(result.events), dates=len(result.dates),
                              institutions=len(result.institutions))
                reporter.advance(words=len(result.text.split()))
                yield record_json(result)

    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{out.name}.", dir=out.parent) as work:
        staged = Path(work) / "records.jsonl"
        written = write_jsonl(lines(), staged)
        convert(staged, out, chosen)
    write_errors(out, failures)
    if not quiet:
        reporter.summary(written=written, failures=failures, counts=counts, out=out)
    raise typer.Exit(EXIT_SOME_FAILED if failures else EXIT_OK)


def write_errors(out: Path, failures) -> None:
    from .output import write_jsonl

    target = out.parent / f"{out.name}.errors.jsonl"
    if failures:
        write_jsonl((json.dumps(f.to_json(), ensure_ascii=False) for f in failures), target)
    elif target.exists():
        target.unlink()  # a stale file from an earlier run would mislead


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output record."""
    from .records import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command()
def evaluate(
    gold: Path = typer.Option(..., "--gold", help="Folder of gold JSON files, or the PFSA-ID articles.jsonl."),
    pred: Path = typer.Option(..., "--pred", help="Predictions: the JSONL written by `netralitas extract`."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the scores as JSON here."),
    show_errors: bool = typer.Option(False, "--show-errors", help="List missed/spurious items per article."),
) -> None:
    """Score predictions against gold: P/R/F1 per field, speaker and main-event accuracy."""
    from .evaluate import evaluate as run_evaluation
    from .evaluate.report import json_summary, print_report

    if not gold.exists() or not pred.is_file():
        raise typer.BadParameter(f"not found: {gold if not gold.exists() else pred}")
    result = run_evaluation(gold, pred, with_errors=show_errors)
    print_report(result, show_errors=show_errors)
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(json_summary(result), indent=2, ensure_ascii=False), encoding="utf-8")


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

