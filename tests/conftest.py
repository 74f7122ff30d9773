"""Shared fixtures: ../shared located as $NETRALITAS_SHARED or <repo>/../shared."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NETRALITAS_SHARED", REPO.parent / "shared"))


def require_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared data not found at {path} (set NETRALITAS_SHARED)")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return require_shared()


@pytest.fixture(scope="session")
def news_articles() -> list[dict]:
    path = require_shared("corpora", "news", "articles.jsonl")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="session")
def pfsa_articles() -> list[dict]:
    path = require_shared("corpora", "pfsa-id", "articles.jsonl")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, dict]:
    gold = {}
    for path in sorted((REPO / "corpora" / "gold").glob("seed-*.json")):
        gold[path.stem] = json.loads(path.read_text(encoding="utf-8"))
    return gold


@pytest.fixture(scope="session")
def seed_records() -> dict:
    from netralitas_nlp import Extractor
    from netralitas_nlp.ingest import read_path

    records = Extractor().pipe(read_path(REPO / "corpora" / "seeds"))
    return {record.id: record for record in records}
