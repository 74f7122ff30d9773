"""Loading gold and predictions, and building the extractor input for a gold set.

A gold directory holds contract-format JSON files whose ``id`` names the article:
``seed-000`` -> ``corpora/seeds/seed-000.txt``, other ids -> a row of
``corpora/news/articles.jsonl`` or ``corpora/pfsa-id/articles.jsonl`` (under the
shared data directory).
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

PathLike = Union[str, Path]
CORPORA = (("corpora", "news", "articles.jsonl"), ("corpora", "pfsa-id", "articles.jsonl"))


def shared_dir() -> Path:
    """``$NETRALITAS_SHARED``, else ``../shared`` beside the repository."""
    env = os.environ.get("NETRALITAS_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[3] / "shared"


def read_jsonl(path: PathLike) -> Iterator[dict]:
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def load_gold_dir(gold_dir: PathLike) -> list[dict]:
    """Gold records of a directory, sorted by id."""
    records = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(Path(gold_dir).glob("*.json"))]
    return sorted(records, key=lambda record: record["id"])


def load_predictions(records: Union[PathLike, Iterable]) -> dict[str, dict]:
    """Predictions by id, from a JSONL path or an iterable of dicts / pydantic records."""
    if isinstance(records, (str, Path)):
        records = read_jsonl(records)
    by_id = {}
    for record in records:
        if hasattr(record, "model_dump"):
            record = record.model_dump()
        by_id[record["id"]] = record
    return by_id


def gold_inputs(gold_ids: Iterable[str], shared: Optional[Path] = None) -> list[dict]:
    """Extractor input rows (``id, title, published, text, …``) for the articles of ``gold_ids``.

    Raises ``KeyError`` naming the ids whose text was not found.
    """
    from ..ingest.readers import read_text_file

    shared = shared or shared_dir()
    wanted = list(dict.fromkeys(gold_ids))
    rows: dict[str, dict] = {}
    for article_id in wanted:
        seed = shared / "corpora" / "seeds" / f"{article_id}.txt"
        if seed.is_file():
            raw = dataclasses.asdict(read_text_file(seed))
            rows[article_id] = {key: raw[key] for key in ("id", "title", "published", "text", "url", "source")}
    remaining = set(wanted) - set(rows)
    for parts in CORPORA:
        path = shared.joinpath(*parts)
        if remaining and path.is_file():
            for row in read_jsonl(path):
                if row.get("id") in remaining:
                    rows[row["id"]] = {key: row.get(key) for key in ("id", "title", "published", "text", "url", "source")}
                    remaining.discard(row["id"])
    if remaining:
        raise KeyError(f"no article text for gold ids: {sorted(remaining)}")
    return [rows[article_id] for article_id in wanted]


def write_jsonl(rows: Iterable[dict], path: PathLike) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
