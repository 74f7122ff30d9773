"""The development corpora of ``../shared``, extracted once and cached, for the notebooks.

>>> import dev_corpus
>>> records = dev_corpus.records()      # the 3,279 news and 680 Kompas (PFSA-ID) articles, as records
>>> tables = dev_corpus.corpus_frames()  # netralitas_nlp.frames(records)

Extraction of all 3,959 articles takes about a minute on one core, so the records are written once to
``notebooks/.cache/records-<key>.jsonl`` (git-ignored) and read back by every notebook.  The key hashes
the library's code and language data, the corpus files and the sample size: after a change to the
extractor, the next run extracts again.

Environment:

* ``NETRALITAS_NOTEBOOK_SAMPLE=N``: only N articles, evenly spaced over the corpora (the notebook test);
* ``NETRALITAS_NOTEBOOK_CACHE=DIR``: where the cache lives (default ``notebooks/.cache``);
* ``NETRALITAS_NOTEBOOK_JOBS=N``: processes for the extraction (default 1; records are the same).

Licences: detik.com text is copyrighted and PFSA-ID is CC BY-NC-SA, so the notebooks show aggregates and
only short excerpts (``excerpt``); the cache stays on this machine.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Optional

import pandas as pd

import netralitas_nlp
from netralitas_nlp.evaluate import shared_dir
from netralitas_nlp.ingest import read_path
from netralitas_nlp.output import record_json, write_jsonl
from netralitas_nlp.records import Article

HERE = Path(__file__).resolve().parent
PACKAGE = Path(netralitas_nlp.__file__).resolve().parent
CORPORA = {"news": ("corpora", "news", "articles.jsonl"), "kompas": ("corpora", "pfsa-id", "articles.jsonl")}
EXCERPT_CHARS = 120


def sample_size() -> Optional[int]:
    value = os.environ.get("NETRALITAS_NOTEBOOK_SAMPLE", "").strip()
    return int(value) if value else None


def cache_dir() -> Path:
    return Path(os.environ.get("NETRALITAS_NOTEBOOK_CACHE") or HERE / ".cache")


def corpus_paths(shared: Optional[Path] = None) -> list[Path]:
    shared = shared or shared_dir()
    paths = [shared.joinpath(*parts) for parts in CORPORA.values()]
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        raise FileNotFoundError(f"the development corpora are not there: {', '.join(missing)} "
                                "(put ../shared beside the checkout or set NETRALITAS_SHARED)")
    return paths


def evenly_spaced(items: list, count: Optional[int]) -> list:
    """``count`` items spread over the whole list (all of them when ``count`` is None or larger)."""
    if count is None or count >= len(items):
        return items
    return [items[index * len(items) // count] for index in range(count)]


def cache_key(paths: list[Path], sample: Optional[int]) -> str:
    """Changes with the library's code and data, the corpora, and the sample size."""
    digest = hashlib.sha256(f"{netralitas_nlp.__version__} sample={sample}".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(PACKAGE)).encode())
            digest.update(path.read_bytes())
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def records() -> list[Article]:
    """The records of the development corpora (or of the sample), from the cache or extracted now."""
    paths, sample = corpus_paths(), sample_size()
    target = cache_dir() / f"records-{cache_key(paths, sample)}.jsonl"
    if not target.is_file():
        extract_to(target, paths, sample)
    with target.open(encoding="utf-8") as handle:
        result = [Article.model_validate_json(line) for line in handle]
    failures = failures_path(target)
    failed = sum(1 for _ in failures.open(encoding="utf-8")) if failures.is_file() else 0
    print(f"{len(result):,} articles extracted, {failed} failed")
    return result


def failures_path(target: Path) -> Path:
    return target.with_suffix(".errors.jsonl")


def extract_to(target: Path, paths: list[Path], sample: Optional[int]) -> None:
    from netralitas_nlp import Extractor
    from netralitas_nlp.ingest import ArticleFailure

    inputs = evenly_spaced([item for path in paths for item in read_path(path)], sample)
    jobs = int(os.environ.get("NETRALITAS_NOTEBOOK_JOBS") or 1)
    results = list(Extractor().pipe(inputs, n_process=jobs, on_error="yield"))
    for stale in target.parent.glob("records-*.jsonl"):
        stale.unlink()
    write_jsonl((json.dumps(item.to_json(), ensure_ascii=False) for item in results
                 if isinstance(item, ArticleFailure)), failures_path(target))
    write_jsonl((record_json(item) for item in results if isinstance(item, Article)), target)


def corpus_frames():
    """``netralitas_nlp.frames`` of ``records()``."""
    return netralitas_nlp.frames(records())


def corpus_of(source: pd.Series) -> pd.Series:
    """``IndoSum`` (CC BY-SA), ``detik.com 2025`` or ``Kompas (PFSA-ID)``, from the articles' ``source``."""
    kompas = source.str.contains("PFSA", case=False, na=False)
    detik = source.str.contains("detik", case=False, na=False)
    labels = ["Kompas (PFSA-ID)" if k else "detik.com 2025" if d else "IndoSum" for k, d in zip(kompas, detik)]
    return pd.Series(labels, index=source.index, dtype="string")


def publication_month(articles: pd.DataFrame) -> pd.Series:
    """Month of publication: ``published`` where the corpus gives it (detik.com); for IndoSum, whose rows
    carry no date, the Unix time that opens its ids (``indosum:1490674536-…``, the crawl of the article);
    missing for the Kompas articles of PFSA-ID, which have neither."""
    from_ids = articles.article_id.str.extract(r"^indosum:(\d{9,10})-", expand=False)
    crawled = pd.to_datetime(pd.to_numeric(from_ids), unit="s", errors="coerce")
    when = articles.published.fillna(crawled)
    return when.dt.to_period("M")


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """A short excerpt: the notebooks quote copyrighted and NC-licensed articles only briefly."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def setup_plots() -> None:
    """One plot style for every notebook (PNG figures, small enough to store in the notebook)."""
    import matplotlib.pyplot as plt

    plt.rcParams.update({"figure.dpi": 80, "figure.figsize": (9, 4.5), "axes.spines.top": False,
                         "axes.spines.right": False, "axes.titleweight": "bold"})


def barh(ax, counts: pd.Series, title: str, xlabel: str = "count", color=None) -> None:
    """Horizontal bars, largest at the top; says so when there is nothing to draw (a small sample)."""
    ax.set_title(title)
    if counts.empty:
        ax.text(0.5, 0.5, "none in this sample", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return
    counts = counts.iloc[::-1]
    ax.barh([str(label) for label in counts.index], counts.to_numpy(dtype=float), color=color)
    ax.set_xlabel(xlabel)
