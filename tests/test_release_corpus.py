"""The corpus recipe (`make corpus`): which articles may be published, and the build on a small shared folder."""

from __future__ import annotations

import json
import shutil
from collections import Counter

from huggingface_hub import DatasetCard

from netralitas_nlp.release.corpus import (MIN_TOPIC_TERMS, NEWS_CATEGORY, build_corpus, is_government_or_election_news,
                                           is_publishable, select_news, topic_terms)
from tests.conftest import REPO, require_shared

DATE = "2025-06-01"


def gold_ids() -> set[str]:
    return {json.loads(path.read_text(encoding="utf-8"))["id"] for path in require_shared("gold").glob("*.json")}


def test_topic_terms_are_whole_words_in_any_case():
    assert topic_terms("Ketua KPU dan bawaslu hadir; kampanyenya sepi, Pemilihan Umum dekat") == {
        "kpu", "bawaslu", "pemilihan umum"}
    assert topic_terms("Timnas menang 2-0 di Stadion Gelora Bung Karno") == set()


def test_selection_takes_publishable_government_and_election_news(news_articles):
    gold = gold_ids()
    selection = select_news(news_articles, gold)
    sources = Counter(row["source"] for row in news_articles)
    assert selection.counts["not publishable"] == sources["detik.com"]
    assert 100 < selection.counts["selected by the rule"] < selection.counts[f"category {NEWS_CATEGORY}"]
    for row in selection.rows:
        assert is_publishable(row) and row["id"].startswith("indosum:")
        by_rule = row["category"] == NEWS_CATEGORY and len(topic_terms(row["text"])) >= MIN_TOPIC_TERMS
        assert by_rule or row["id"] in gold
    indosum_gold = {article_id for article_id in gold if article_id.startswith("indosum:")}
    assert indosum_gold <= {row["id"] for row in selection.rows}
    assert not any(row["category"] == "olahraga" and is_government_or_election_news(row) for row in news_articles)


def test_build_corpus_on_a_small_shared_folder(tmp_path, news_articles):
    gold = gold_ids()
    by_rule = [row for row in news_articles if is_publishable(row) and is_government_or_election_news(row)
               and row["id"] not in gold][:2]
    annotated = next(row for row in news_articles if row["id"] in gold and row["id"].startswith("indosum:")
                     and not is_government_or_election_news(row))
    sport = next(row for row in news_articles if row.get("category") == "olahraga")
    detik = next(row for row in news_articles if row["source"] == "detik.com")
    shared = tmp_path / "shared"
    (shared / "corpora" / "news").mkdir(parents=True)
    (shared / "gold").mkdir()
    rows = [*by_rule, annotated, sport, detik]
    (shared / "corpora" / "news" / "articles.jsonl").write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    for path in require_shared("gold").glob("*.json"):
        if json.loads(path.read_text(encoding="utf-8"))["id"] in {annotated["id"], detik["id"]}:
            shutil.copy(path, shared / "gold" / path.name)

    out = tmp_path / "netralitas-id"
    summary, failures = build_corpus(out, shared=shared, repo=REPO, extraction_date=DATE)
    assert failures == []
    assert summary.rows["articles"] == 2 + len(by_rule) + 1 and summary.rows["gold"] == 3  # seeds + annotated
    card = DatasetCard.load(out / "README.md")
    assert f"{len(by_rule)} of {len(rows) - 1} publishable" in card.text
    assert "| TEKAPE.co | given to the project (seed articles) | 1 |" in card.text  # a seed's outlet is its source
