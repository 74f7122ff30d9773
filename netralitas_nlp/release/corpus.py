"""The recipe of ``make corpus``: the articles the project may publish, extracted and released.

What may be published (``../shared/README.md``): the two seed articles the project was given and
ships, and the IndoSum articles (CC BY-SA 4.0) of ``corpora/news/articles.jsonl``.  detik.com
(copyrighted) and PFSA-ID (CC BY-NC-SA) are never part of it.

Selection rule for IndoSum — articles about government and elections:

1. IndoSum's category is ``tajuk utama`` (its news section; sport, technology, entertainment and
   inspiration are left out), and
2. the text has at least ``MIN_TOPIC_TERMS`` different words of ``lang/id/corpus_topic_terms.txt``
   (election bodies and kinds, parties, campaigns, regional heads and governments, legislatures,
   civil servants), matched as whole words, case-insensitively;

and every IndoSum article that the project's gold annotates, so that the ``gold`` configuration
has its texts.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

import regex

from ..ingest import ArticleFailure, RawArticle, read_path
from ..lang import alternation, load_list
from .build import ReleaseSummary, write_release
from .gold import read_gold
from .provenance import licence_for

SEED_LICENCE = "Seed article given to the netralitas_nlp project; shipped in its repository (corpora/seeds)"
NEWS_CATEGORY = "tajuk utama"
MIN_TOPIC_TERMS = 2


@lru_cache(maxsize=1)
def topic_pattern() -> regex.Pattern:
    return regex.compile(rf"\b(?:{alternation(load_list('corpus_topic_terms.txt'))})\b", regex.IGNORECASE)


def topic_terms(text: str) -> set[str]:
    """The different topic words (lower-cased) that ``text`` contains."""
    return {match.group(0).lower() for match in topic_pattern().finditer(text)}


def is_publishable(row: dict) -> bool:
    licence = licence_for(row.get("license"), source=row.get("source"), url=row.get("url"), id=row.get("id"))
    return licence.redistributable


def is_government_or_election_news(row: dict) -> bool:
    """The selection rule (module docstring), for a row of ``corpora/news/articles.jsonl``."""
    return row.get("category") == NEWS_CATEGORY and len(topic_terms(row.get("text") or "")) >= MIN_TOPIC_TERMS


@dataclass
class Selection:
    rows: list[dict] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)


def select_news(rows: Iterable[dict], gold_ids: set[str]) -> Selection:
    """The publishable news rows the rule selects, plus the gold-annotated ones; with counts for the card."""
    selection = Selection()
    for row in rows:
        if not is_publishable(row):
            selection.counts["not publishable"] += 1
            continue
        selection.counts["publishable"] += 1
        selection.counts[f"category {row.get('category')}"] += 1
        if is_government_or_election_news(row):
            selection.counts["selected by the rule"] += 1
            selection.rows.append(row)
        elif row.get("id") in gold_ids:
            selection.counts["added: gold-annotated"] += 1
            selection.rows.append(row)
    return selection


def seed_articles(folder: Path) -> list[RawArticle]:
    seeds = []
    for item in read_path(folder):
        if isinstance(item, ArticleFailure):
            raise ValueError(f"seed article {item.source}: {item.type}: {item.message}")
        item.license = SEED_LICENCE
        seeds.append(item)
    return seeds


def selection_notes(seeds: int, selection: Selection) -> str:
    counts = selection.counts
    return (
        f"**Articles.** {seeds} seed articles (regional outlets; the articles the project was created from) and "
        f"{len(selection.rows):,} IndoSum articles (CC BY-SA 4.0, 2016–2018). Selection rule for IndoSum, "
        f"articles about government and elections: IndoSum category `{NEWS_CATEGORY}` (its news section) and at "
        f"least {MIN_TOPIC_TERMS} different words of the project's topic list `lang/id/corpus_topic_terms.txt` "
        f"(election bodies and kinds, parties, campaigns, regional heads and governments, legislatures, civil "
        f"servants) in the text — {counts['selected by the rule']:,} of {counts['publishable']:,} publishable news "
        f"articles ({counts[f'category {NEWS_CATEGORY}']:,} in `{NEWS_CATEGORY}`); plus "
        f"{counts['added: gold-annotated']} IndoSum articles outside the rule that the project's gold annotates. "
        f"{counts['not publishable']:,} articles of the development corpus (detik.com, copyrighted) are not "
        f"publishable and were not considered, nor was PFSA-ID."
    )


def read_news(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def build_corpus(out: Path, *, shared: Path, repo: Path, extraction_date: Optional[str] = None, jobs: int = 1,
                 gold_dirs: Optional[Sequence[Path]] = None) -> tuple[ReleaseSummary, list[ArticleFailure]]:
    """Extract the seeds and the selected IndoSum articles and write their release to ``out``."""
    from ..extractor import Extractor

    gold_dirs = list(gold_dirs) if gold_dirs is not None else [repo / "corpora" / "gold", shared / "gold"]
    seeds = seed_articles(repo / "corpora" / "seeds")
    selection = select_news(read_news(shared / "corpora" / "news" / "articles.jsonl"), set(read_gold(gold_dirs)))
    records, failures = [], []
    for result in Extractor().pipe([*seeds, *selection.rows], n_process=jobs, on_error="yield"):
        if isinstance(result, ArticleFailure):
            failures.append(result)
            continue
        if result.source is None and result.dateline:
            result.source = result.dateline.outlet  # a seed's outlet is in its dateline
        records.append(result)
    summary = write_release(records, out, gold_dirs=gold_dirs, extraction_date=extraction_date,
                            notes=selection_notes(len(seeds), selection))
    return summary, failures
