"""Shared fixtures: ../shared located as $NETRALITAS_SHARED or <repo>/../shared."""

from __future__ import annotations

import functools
import json
import os
import socket
from pathlib import Path

import pytest

# Tests never touch the network: datasets and huggingface_hub read these when they are imported.
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

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


BACKENDS = ("spacy", "stanza")
"""``Extractor(backend=...)``: the seed tests run on both; the stanza one needs the stanza extra."""


def require_backend(backend: str) -> None:
    if backend == "stanza":
        pytest.importorskip("stanza", reason="stanza extra not installed, stanza backend untested "
                                              "(pip install -e '.[stanza]' -c constraints.txt; `make test` installs it)")


def built_offline(build):
    """``build()`` with every network connection refused: stanza pipelines on the shipped models never download."""
    def refuse(*args, **kwargs):
        raise AssertionError("tried to use the network")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", refuse)
        return build()


@functools.lru_cache(maxsize=None)
def extract_seeds(backend: str) -> dict:
    from netralitas_nlp import Extractor
    from netralitas_nlp.ingest import read_path

    records = Extractor(backend=backend).pipe(read_path(REPO / "corpora" / "seeds"))
    return {record.id: record for record in records}


@pytest.fixture(scope="session", params=BACKENDS)
def seed_records(request) -> dict:
    """The seeds' records by each backend (the tests that hold them against their gold run for both)."""
    require_backend(request.param)
    return extract_seeds(request.param)


@pytest.fixture(scope="session")
def spacy_seed_records() -> dict:
    """The seeds' records by the default backend, for tests about other things than extraction."""
    return extract_seeds("spacy")


@pytest.fixture(scope="session")
def release_records(news_articles, pfsa_articles, spacy_seed_records) -> list:
    """Records for the release tests, in this order: the two seeds (with the corpus recipe's licence), two
    gold-annotated IndoSum articles, an IndoSum article whose URL has the word `detik` ("second"), and two
    restricted ones with gold: a detik.com and a PFSA-ID article."""
    from netralitas_nlp import Extractor
    from netralitas_nlp.release.corpus import SEED_LICENCE

    gold_ids = sorted(json.loads(path.read_text(encoding="utf-8"))["id"]
                      for path in require_shared("gold").glob("*.json"))
    by_id = {row["id"]: row for row in news_articles + pfsa_articles}
    indosum = [by_id[article_id] for article_id in gold_ids if article_id.startswith("indosum:")][:2]
    second = next(row for row in news_articles
                  if row["id"].startswith("indosum:") and "detik" in row["url"] and row["id"] not in gold_ids)
    restricted = [next(by_id[article_id] for article_id in gold_ids if article_id.startswith(prefix))
                  for prefix in ("detik2025:", "pfsa:")]
    seeds = [record.model_copy(update={"license": SEED_LICENCE}) for _, record in sorted(spacy_seed_records.items())]
    return seeds + list(Extractor().pipe([*indosum, second, *restricted]))
