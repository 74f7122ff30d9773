"""Writing records: JSONL, Parquet and Hugging Face dataset directories, atomically.

Everything is first streamed to a temporary JSONL file beside the target (the command line
keeps it in the run's ``.OUT.partial/`` folder, see ``checkpoint``); the target appears only
through a final rename, so a crash never leaves half a file under the requested name.
Parquet and ``--format hf`` are converted from that JSONL with explicit ``datasets.Features``
derived from the typed records.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import types
import typing
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal, Optional, get_args, get_origin

from pydantic import BaseModel

from .records import Article

Format = Literal["jsonl", "parquet", "hf"]


def record_json(record: BaseModel) -> str:
    """One deterministic JSON line (field order as declared, UTF-8 kept)."""
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False)


@contextlib.contextmanager
def atomic_path(target: Path, *, directory: bool = False, scratch: Optional[Path] = None) -> Iterator[Path]:
    """A temporary path beside ``target`` (or in ``scratch``, on the same file system), renamed
    onto ``target`` when the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=scratch or target.parent))
    path = temp / target.name
    try:
        yield path
        if directory and target.exists():
            shutil.rmtree(target)
        os.replace(path, target)
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def write_jsonl(lines: Iterable[str], target: Path) -> int:
    count = 0
    with atomic_path(target) as path, path.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line + "\n")
            count += 1
    return count


def _feature_of(annotation: Any):
    import datasets

    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in get_args(annotation) if arg is not type(None)]
        return _feature_of(inner[0])
    if origin is list:
        return datasets.List(_feature_of(get_args(annotation)[0]))
    if origin is Literal:
        return datasets.Value("string")
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {name: _feature_of(field.annotation) for name, field in annotation.model_fields.items()}
    return datasets.Value({str: "string", int: "int64", float: "float64", bool: "bool"}[annotation])


def model_features(model: type[BaseModel]):
    """Explicit ``datasets.Features`` of a pydantic model's fields (nested lists as ``datasets.List``)."""
    import datasets

    return datasets.Features(_feature_of(model))


def article_features():
    """Explicit ``datasets.Features`` for ``Article``."""
    return model_features(Article)


def jsonl_to_dataset(jsonl: Path, cache_dir: Path):
    import datasets

    datasets.disable_progress_bars()
    features = article_features()
    if jsonl.stat().st_size == 0:  # every article failed, or --write-empty: a table without rows
        return datasets.Dataset.from_dict({name: [] for name in features}, features=features)
    return datasets.Dataset.from_json(str(jsonl), features=features, cache_dir=str(cache_dir), split="train")


def convert(jsonl: Path, target: Path, fmt: Format, *, scratch: Optional[Path] = None) -> None:
    """Turn a finished JSONL file into ``target`` in ``fmt`` (atomically)."""
    if fmt == "jsonl":
        os.replace(jsonl, target)
        return
    with tempfile.TemporaryDirectory(prefix=".hf-cache-", dir=scratch or target.parent) as cache:
        dataset = jsonl_to_dataset(jsonl, Path(cache))
        with atomic_path(target, directory=(fmt == "hf"), scratch=scratch) as path:
            if fmt == "parquet":
                dataset.to_parquet(str(path))
            else:
                dataset.save_to_disk(str(path))
        del dataset


def format_for(target: Path, requested: str | None) -> Format:
    if requested:
        if requested not in ("jsonl", "parquet", "hf"):
            raise ValueError(f"unknown format {requested!r}: use jsonl, parquet or hf")
        return requested  # type: ignore[return-value]
    suffix = target.suffix.lower()
    if suffix == ".jsonl":
        return "jsonl"
    if suffix == ".parquet":
        return "parquet"
    raise ValueError(f"cannot tell the output format from {target.name!r}: name it .jsonl or .parquet, or pass --format hf")
