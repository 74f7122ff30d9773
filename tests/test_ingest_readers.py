"""Readers on real files: seeds (.txt), detik.com articles (JSONL, HTML), folders, datasets."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from netralitas_nlp.ingest import RawArticle, content_id, iter_dataset, prepare, read_path
from netralitas_nlp.ingest.published import parse_published

REPO = Path(__file__).resolve().parents[1]
FIELDS = ("id", "title", "text", "published", "url", "source")


@pytest.fixture(scope="module")
def detik(news_articles) -> list[dict]:
    return [row for row in news_articles if row["id"].startswith("detik2025:")][:25]


def test_txt_seeds_headline_body_and_id():
    results = list(read_path(REPO / "corpora" / "seeds"))
    assert [r.id for r in results] == ["seed-000", "seed-004"]
    for result in results:
        raw_lines = (REPO / "corpora" / "seeds" / f"{result.id}.txt").read_text(encoding="utf-8").splitlines()
        assert result.title == raw_lines[0].strip()
        first_body_line = next(line for line in raw_lines[1:] if line.strip())
        assert result.text.splitlines()[0] == first_body_line


def test_jsonl_detik_articles(detik, tmp_path):
    path = tmp_path / "detik.jsonl"
    path.write_text("".join(json.dumps({k: row[k] for k in FIELDS}) + "\n" for row in detik), encoding="utf-8")
    results = list(read_path(path))
    assert len(results) == len(detik) >= 20
    for row, result in zip(detik, results):
        assert isinstance(result, RawArticle)
        assert (result.id, result.title, result.text, result.url) == (row["id"], row["title"], row["text"], row["url"])
        prepared = prepare(result)
        month, day, year = row["published"].split()[0].split("/")
        assert prepared.published == f"{year}-{int(month):02d}-{int(day):02d}"
        assert "SCROLL TO CONTINUE WITH CONTENT" not in prepared.text


def test_missing_id_gets_a_stable_content_hash(detik, tmp_path):
    row = {"title": detik[0]["title"], "text": detik[0]["text"]}
    path = tmp_path / "noid.jsonl"
    path.write_text(json.dumps(row) + "\n" + json.dumps(row) + "\n", encoding="utf-8")
    first, second = (prepare(result) for result in read_path(path))
    assert first.id == second.id == content_id(first.text, first.title)
    assert first.id.startswith("sha1-")
    other = dict(row, text=row["text"] + " Tambahan.")
    assert prepare(RawArticle(text=other["text"], title=other["title"])).id != first.id


def page_for(row: dict) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in row["text"].split("\n") if p.strip())
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{html.escape(row['title'])} - detikNews</title>
<meta property="og:title" content="{html.escape(row['title'])}">
<meta property="article:published_time" content="2025-10-21T20:43:00+07:00">
<meta name="publishdate" content="2025/10/21 20:43:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/berita">Berita</a></li><li><a href="/login">Masuk</a></li></ul></nav>
<header><div class="menu">detikNews detikFinance detikSport Login Daftar</div></header>
<main><article><h1>{html.escape(row['title'])}</h1>
<div class="date">Selasa, 21 Okt 2025 20:43 WIB</div>
<div class="detail__body">{paragraphs}</div></article></main>
<footer><p>Copyright 2025 detikcom. All rights reserved. Redaksi | Pedoman Media Siber | Karir | Kotak Pos</p></footer>
</body></html>"""


def test_html_page_through_trafilatura(detik, tmp_path):
    row = next(r for r in detik if r["text"].count("\n") >= 5)
    path = tmp_path / "page.html"
    path.write_text(page_for(row), encoding="utf-8")
    (result,) = list(read_path(path))
    assert isinstance(result, RawArticle), result
    prepared = prepare(result)
    assert prepared.title.startswith(row["title"])
    assert prepared.published == "2025-10-21"
    first_paragraph = row["text"].split("\n")[0]
    assert first_paragraph in prepared.text
    assert "Pedoman Media Siber" not in prepared.text and "detikFinance" not in prepared.text


def test_folder_recurses_over_every_type(detik, tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "seed-000.txt").write_bytes((REPO / "corpora" / "seeds" / "seed-000.txt").read_bytes())
    (tmp_path / "a" / "b" / "rows.jsonl").write_text(
        "".join(json.dumps({k: row[k] for k in FIELDS}) + "\n" for row in detik[:3]), encoding="utf-8")
    (tmp_path / "a" / "b" / "page.html").write_text(page_for(detik[3]), encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Judul\nIsi tersembunyi.", encoding="utf-8")
    results = list(read_path(tmp_path))
    assert all(isinstance(r, RawArticle) for r in results)
    assert sorted(r.id for r in results) == sorted(["seed-000", "page", *(row["id"] for row in detik[:3])])


def test_hugging_face_dataset(detik):
    datasets = pytest.importorskip("datasets")
    dataset = datasets.Dataset.from_list([{k: row[k] for k in FIELDS} for row in detik])
    results = list(iter_dataset(dataset))
    assert [r.id for r in results] == [row["id"] for row in detik]
    assert all(prepare(r).published and prepare(r).text for r in results)


def test_bad_rows_are_failures_not_exceptions(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "ok", "text": "Bupati hadir."}\n{broken\n[1, 2]\n{"id": "notext"}\n', encoding="utf-8")
    results = list(read_path(path))
    assert [type(r).__name__ for r in results] == ["RawArticle", "ArticleFailure", "ArticleFailure", "ArticleFailure"]
    assert results[1].type == "JSONDecodeError" and results[1].source.endswith(":2")


@pytest.mark.parametrize("value, iso", [
    ("10/21/2025 20:43", "2025-10-21"), ("1/2/2025", "2025-01-02"), ("2025-10-21", "2025-10-21"),
    ("2025-10-21T20:43:00+07:00", "2025-10-21"), ("21 Oktober 2025", "2025-10-21"),
    ("Selasa, 21 Okt 2025 20:43 WIB", "2025-10-21"), ("3 Agustus 2024", "2024-08-03"),
    ("5 Nopember 2024", "2024-11-05"), ("21 October 2025", "2025-10-21"), ("bukan tanggal", None),
])
def test_parse_published(value, iso):
    assert parse_published(value) == iso


def test_published_of_every_detik_article(news_articles):
    rows = [row for row in news_articles if row["id"].startswith("detik2025:") and row.get("published")]
    parsed = [parse_published(row["published"]) for row in rows]
    assert all(value and value.startswith("20") for value in parsed)
