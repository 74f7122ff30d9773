"""Writing a release folder: Parquet shards per configuration and the dataset card.

Layout (what ``datasets.load_dataset(folder, config)`` and the Hub read)::

    README.md                                   dataset card: YAML configs + features, and the human part
    data/<config>/train-00000-of-00001.parquet  one or more shards per configuration

Restricted records (``provenance.licence_of``) are left out unless ``include_restricted``.  The
folder is built beside the target and renamed onto it when complete, and the same records with the
same extraction date give byte-identical files.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

from ..output import article_features, atomic_path, model_features
from ..records import Article
from .accuracy import latest_accuracy
from .card import CardContent, ConfigSummary, hub_licences, render_card
from .gold import GoldArticle, gold_features, read_gold
from .kb import kb_features, kb_row
from .provenance import Licence, Provenance, licence_of, provenance_of, release_date
from .tables import FLAT_TABLES, table_features, table_rows

ROWS_PER_SHARD = 10_000
SPLIT = "train"
RELEASE_ENTRIES = {"README.md", "data"}


class ReleaseError(ValueError):
    """A release that cannot be written as asked (nothing to publish, an unsafe target, duplicate ids)."""


@dataclass
class ReleaseSummary:
    out: Path
    rows: dict[str, int]
    refused: Counter  # (source, reason) → articles left out
    restricted_included: Counter  # (source, reason) → restricted articles kept (--include-restricted)
    gold_released: int = 0
    gold_left_out: int = 0
    files: list[str] = field(default_factory=list)


def shard_names(rows: int, rows_per_shard: int) -> list[str]:
    shards = max(1, math.ceil(rows / rows_per_shard))
    return [f"{SPLIT}-{number:05d}-of-{shards:05d}.parquet" for number in range(shards)]


def write_config(folder: Path, name: str, rows: list[dict], features, rows_per_shard: int) -> ConfigSummary:
    import datasets

    directory = folder / "data" / name
    directory.mkdir(parents=True)
    names = shard_names(len(rows), rows_per_shard)
    num_bytes = parquet_bytes = 0
    for number, shard in enumerate(names):
        part = rows[number * rows_per_shard:(number + 1) * rows_per_shard]
        dataset = datasets.Dataset.from_dict({column: [row[column] for row in part] for column in features},
                                             features=features)
        dataset.to_parquet(str(directory / shard))
        num_bytes += dataset.data.nbytes
        parquet_bytes += (directory / shard).stat().st_size
    return ConfigSummary(name=name, features=features, rows=len(rows), num_bytes=num_bytes,
                         parquet_bytes=parquet_bytes, files=[f"data/{name}/{shard}" for shard in names])


def with_columns(features, extra):
    import datasets

    return datasets.Features({**features, **extra})


PER_RUN = ("library_version", "extraction_date")  # provenance an article record does not already carry


def stamped(rows: Iterable[dict], provenance: dict[str, Provenance], key: str) -> list[dict]:
    """``rows`` with the provenance columns of the article their ``key`` names."""
    return [{**row, **provenance[row[key]].model_dump()} for row in rows]


def gold_rows(gold: dict[str, GoldArticle], provenance: dict[str, Provenance]) -> list[dict]:
    """Annotations of the released articles, by id, with their article's provenance (not extracted: no date)."""
    by_hand = {article_id: item.model_copy(update={"extraction_date": None}) for article_id, item in provenance.items()}
    rows = [article.model_dump(mode="json") for article_id, article in sorted(gold.items()) if article_id in provenance]
    return stamped(rows, by_hand, "id")


def release_tables(records: Sequence[Article], provenance: dict[str, Provenance],
                   gold: dict[str, GoldArticle]) -> dict[str, tuple[list[dict], object]]:
    """Rows and features of every configuration."""
    columns = model_features(Provenance)
    articles = [{**record.model_dump(mode="json"), **provenance[record.id].model_dump(include=set(PER_RUN))}
                for record in records]
    tables = {"articles": (articles, with_columns(article_features(), {key: columns[key] for key in PER_RUN}))}
    for name in FLAT_TABLES:
        tables[name] = (stamped(table_rows(name, records), provenance, "article_id"),
                        with_columns(table_features(name), columns))
    tables["kb"] = (stamped(map(kb_row, records), provenance, "id"), with_columns(kb_features(), columns))
    if gold:
        tables["gold"] = (gold_rows(gold, provenance), with_columns(gold_features(), columns))
    return tables


def partition(records: Iterable[Article], include_restricted: bool):
    """The records a release keeps, with their licences, and counts of restricted ones (source, reason)
    left out and kept."""
    kept: list[tuple[Article, Licence]] = []
    refused: Counter = Counter()
    restricted: Counter = Counter()
    seen: set[str] = set()
    for record in records:
        if record.id in seen:
            raise ReleaseError(f"article id {record.id!r} occurs twice: a release needs unique ids")
        seen.add(record.id)
        licence = licence_of(record)
        if not licence.redistributable:
            (restricted if include_restricted else refused)[(record.source, licence.reason)] += 1
        if licence.redistributable or include_restricted:
            kept.append((record, licence))
    return kept, refused, restricted


def check_target(out: Path) -> None:
    """Only an empty folder or an earlier release may be replaced."""
    if out.exists() and (not out.is_dir() or not {entry.name for entry in out.iterdir()} <= RELEASE_ENTRIES):
        raise ReleaseError(f"{out} exists and is not a release folder (only README.md and data/): "
                           "choose a new or empty folder")


def write_release(records: Iterable[Article], out: Path, *, gold_dirs: Sequence[Path] = (),
                  include_restricted: bool = False, extraction_date: Optional[str] = None,
                  notes: Optional[str] = None, rows_per_shard: int = ROWS_PER_SHARD,
                  results: Optional[Path] = None) -> ReleaseSummary:
    """Write the release of ``records`` to the folder ``out``; see the module docstring."""
    import datasets

    out = Path(out)
    check_target(out)
    date = release_date(extraction_date)
    kept, refused, restricted = partition(records, include_restricted)
    if not kept:
        reasons = "; ".join(f"{count} {reason}" for (_, reason), count in sorted(refused.items(), key=str))
        raise ReleaseError(f"nothing to release: no article given, or all were left out ({reasons or 'none read'})")
    records = [record for record, _ in kept]
    provenance = {record.id: provenance_of(record, date) for record in records}
    gold = read_gold(gold_dirs)
    tables = release_tables(records, provenance, gold)
    datasets.disable_progress_bars()
    with atomic_path(out, directory=True) as folder:
        folder.mkdir()
        configs = [write_config(folder, name, rows, features, rows_per_shard)
                   for name, (rows, features) in tables.items()]
        licences = Counter((record.source, licence.name) for record, licence in kept)
        content = CardContent(configs=configs, licences=licences,
                              hub_licences=hub_licences([licence for _, licence in kept]), extraction_date=date,
                              accuracy=latest_accuracy(results), restricted=restricted, notes=notes)
        (folder / "README.md").write_text(render_card(content), encoding="utf-8")
    released_gold = len(tables["gold"][0]) if "gold" in tables else 0
    return ReleaseSummary(out=out, rows={config.name: config.rows for config in configs}, refused=refused,
                          restricted_included=restricted, gold_released=released_gold,
                          gold_left_out=len(gold) - released_gold,
                          files=["README.md"] + [path for config in configs for path in config.files])
