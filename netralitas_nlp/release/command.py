"""What ``netralitas release`` does, apart from its options: read the inputs (articles to extract, or
records JSONL already written by ``netralitas extract``), write the release, push it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator, Optional, Sequence, Union

from ..ingest import ArticleFailure, RawArticle, read_path
from ..records import Article
from .build import ReleaseSummary

Result = Union[Article, ArticleFailure]


def is_records_file(path: Path) -> bool:
    """A ``.jsonl`` file whose first row is an extracted record (it has ``officials``), not an article."""
    if not path.is_file() or path.suffix.lower() not in {".jsonl", ".ndjson"}:
        return False
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(row, dict) and "officials" in row
    return False


def read_records(path: Path) -> Iterator[Result]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    yield Article.model_validate_json(line)
                except ValueError as error:
                    yield ArticleFailure(None, f"{path}:{number}", type(error).__name__, str(error).splitlines()[0])


def with_licence(item, licence: Optional[str]):
    """``licence`` for an article or record that declares none (``--license``)."""
    if licence and isinstance(item, (RawArticle, Article)) and not item.license:
        item.license = licence
    return item


def release_inputs(inputs: Sequence[Path], *, licence: Optional[str] = None, jobs: int = 1) -> Iterator[Result]:
    """Records of ``inputs`` in order: records files as they are, everything else extracted."""
    from ..extractor import Extractor

    extractor = None
    for path in map(Path, inputs):
        if is_records_file(path):
            yield from (with_licence(item, licence) for item in read_records(path))
            continue
        extractor = extractor or Extractor()
        articles = (with_licence(item, licence) for item in read_path(path))
        yield from extractor.pipe(articles, n_process=jobs, on_error="yield")


def summary_lines(summary: ReleaseSummary, failures: Sequence[ArticleFailure], date: str,
                  push_to_hub: Optional[str], dry_run: bool, sent: Sequence[str]) -> list[str]:
    """What ``netralitas release`` prints after a run."""
    out = summary.out
    lines = [f"release → {out} ({len(summary.files)} files), extraction date {date}"]
    lines += [f"  {name:<13}{rows:>8,} rows" for name, rows in summary.rows.items()]
    lines += [f"  left out {count:,} restricted articles from {source or 'unknown source'}: {reason}"
              for (source, reason), count in sorted(summary.refused.items(), key=str)]
    lines.append(f"  gold: {summary.gold_released} annotations released, {summary.gold_left_out} left out")
    if failures:
        lines.append(f"  {len(failures)} articles failed: {out.parent / (out.name + '.errors.jsonl')}")
    if push_to_hub:
        lines.append(("would send" if dry_run else "sent") + f" to https://huggingface.co/datasets/{push_to_hub}:")
        lines += [f"  {path}" for path in sent]
    return lines
