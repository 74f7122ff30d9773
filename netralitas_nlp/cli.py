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


def main() -> None:
    app()


if __name__ == "__main__":
    main()

