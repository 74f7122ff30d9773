"""Inputs that used to crash a whole run now fail alone (issue 19): each bad line between good
real articles of one JSONL file is that article's error or warning, and the good articles are written."""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netralitas_nlp.cli import app
from netralitas_nlp.ingest import ArticleFailure, RawArticle, read_path

from tests.conftest import REPO

FIELDS = ("id", "title", "text", "published", "url", "source")
runner = CliRunner()


@pytest.fixture(scope="module")
def detik(news_articles) -> list[dict]:
    return [{k: row[k] for k in FIELDS} for row in news_articles if row["id"].startswith("detik2025:")][:8]


def line(row: dict, **changes) -> bytes:
    return json.dumps({**row, **changes}, ensure_ascii=False).encode("utf-8")


def with_lone_surrogates(row: dict) -> bytes:
    """``"title": "… \\ud83d"`` as it occurs in JSON: an escape json.loads turns into a lone surrogate."""
    data = line(row, id="surrogates", title=row["title"] + " SURR1", url=row["url"] + "SURR2", source="SURR3")
    return data.replace(b"SURR1", b"\\ud83d").replace(b"SURR2", b"\\udcff").replace(b"SURR3", b"\\udc80x")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(text) for text in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory, detik):
    """One JSONL file: good lines around every bad line of issue 19, extracted by the CLI."""
    folder = tmp_path_factory.mktemp("mixed")
    good = detik[:4]
    lines = [
        line(good[0]),
        with_lone_surrogates(detik[4]),
        b"[" * 100_000,  # RecursionError in json.loads
        line(good[1]),
        line(detik[5], id="long-number")[:-1] + b', "views": ' + b"7" * 5000 + b"}",
        line(detik[6], id="object-title", title={"a": 1}),
        line(detik[7], id="number-title", title=2025, published=20251021),
        line(good[2]),
        line(good[0]),  # the same id again
        line(good[3], id="cp1252-line", title=good[3]["title"] + " café").replace("é".encode(), "é".encode("cp1252")),
    ]
    source = folder / "mixed.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    out = folder / "out.jsonl"
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "--quiet"])
    return result, read_jsonl(out), read_jsonl(folder / "out.jsonl.errors.jsonl"), good


def first_by_id(rows: list[dict]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for row in rows:
        found.setdefault(row["id"], row)
    return found


def test_bad_lines_fail_alone_and_good_articles_are_written(mixed_run):
    result, rows, errors, good = mixed_run
    assert result.exit_code == 1, result.output
    assert {row["id"] for row in good[:3]} <= {row["id"] for row in rows}
    assert len(rows) == 10 - 3
    failed = {error["source"].rsplit(":", 1)[1]: error for error in errors}
    assert set(failed) == {"3", "5", "6"}
    assert "nested too deeply" in failed["3"]["error"]["message"]
    assert "4300 digits" in failed["5"]["error"]["message"]
    assert failed["6"]["id"] == "object-title" and "must be a string" in failed["6"]["error"]["message"]


def test_lone_surrogates_become_replacement_characters_with_a_warning(mixed_run):
    record = first_by_id(mixed_run[1])["surrogates"]
    assert record["title"].endswith(" \ufffd") and record["url"].endswith("\ufffd") and record["source"] == "\ufffdx"
    assert sum("surrogate" in warning for warning in record["warnings"]) == 3


def test_numbers_in_text_fields_are_converted_with_a_warning(mixed_run):
    record = first_by_id(mixed_run[1])["number-title"]
    assert record["title"] == "2025"
    assert any(w.startswith("title: int") for w in record["warnings"])
    assert any(w.startswith("published: int") for w in record["warnings"])


def test_duplicate_id_is_reported_on_the_later_article(mixed_run):
    _, rows, _, good = mixed_run
    copies = [row for row in rows if row["id"] == good[0]["id"]]
    assert len(copies) == 2
    assert not any("duplicate id" in w for w in copies[0]["warnings"])
    assert any("duplicate id" in w for w in copies[1]["warnings"])


def test_not_utf8_warning_only_on_its_line(mixed_run):
    _, rows, _, good = mixed_run
    records = first_by_id(rows)
    assert any("cp1252" in w for w in records["cp1252-line"]["warnings"])
    assert records["cp1252-line"]["title"].endswith("café")
    for row in good[:3]:
        assert not any("cp1252" in w for w in records[row["id"]]["warnings"])


def test_file_name_that_is_not_utf8_is_escaped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    seed = (REPO / "corpora" / "seeds" / "seed-000.txt").read_bytes()
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(seed)
    (folder / "seed-000.txt").write_bytes(seed)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    records = first_by_id(read_jsonl(out))
    assert set(records) == {"caf\\xe9", "seed-000"}
    assert any("not valid UTF-8" in w for w in records["caf\\xe9"]["warnings"])


@pytest.mark.parametrize("page", ["<html><body><p><</p>", "<!DOCTYPE html><", "<html><body>" + "&amp;" * 5000 + "</body></html>"])
def test_broken_html_is_an_error_not_a_record(tmp_path, page):
    path = tmp_path / "broken.html"
    path.write_text(page, encoding="utf-8")
    (result,) = list(read_path(path))
    assert isinstance(result, ArticleFailure) and result.type == "NoMainText"


def test_jsonl_is_streamed_line_by_line(tmp_path, detik):
    """Reading a 40 MB file holds about one line: the first article comes before the file is
    read, and the peak of Python allocations stays far below the file's size."""
    path = tmp_path / "big.jsonl"
    rows = b"".join(line(row) + b"\n" for row in detik)
    with path.open("wb") as handle:
        while handle.tell() < 40_000_000:
            handle.write(rows)
    tracemalloc.start()
    try:
        count = sum(isinstance(item, RawArticle) for item in read_path(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count >= 40_000_000 // len(rows) * len(detik)
    assert peak < 2_000_000, f"peak {peak:,} bytes while reading {path.stat().st_size:,}"
