"""The Python API: extract(), Extractor().pipe() — laziness, order, errors, determinism."""

from __future__ import annotations

import itertools
import json

import pytest

from netralitas_nlp import Article, Extractor, extract
from netralitas_nlp.ingest import ArticleFailure

from tests.conftest import REPO


def seed_text(name: str) -> tuple[str, str]:
    lines = (REPO / "corpora" / "seeds" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return lines[0], "\n".join(lines[1:])


def test_extract_returns_a_record_with_context():
    title, body = seed_text("seed-000")
    record = extract(body, title=title, published="20/05/2025", id="palopo")
    assert isinstance(record, Article)
    assert record.id == "palopo"
    assert record.title == title
    assert record.published == "2025-05-20"
    assert record.dateline is not None and record.dateline.place == "Palopo"
    assert record.text.startswith("PALOPO, TEKAPE.co")


def test_extract_without_id_gives_a_stable_content_id():
    first = extract("Ketua KPU Kota Palopo menggelar rapat pleno.")
    second = extract("Ketua KPU Kota Palopo menggelar rapat pleno.")
    assert first.id == second.id and first.id.startswith("sha1-")


def test_pipe_accepts_strings_and_dicts_and_keeps_order(news_articles):
    sample = news_articles[:15]
    inputs = [row["text"] if i % 2 else row for i, row in enumerate(sample)]
    records = list(Extractor().pipe(inputs))
    assert len(records) == len(sample)
    for i, (row, record) in enumerate(zip(sample, records)):
        if i % 2 == 0:
            assert record.id == row["id"] and record.url == row["url"]
        assert record.text.split()[:3] == [w for w in row["text"].split()[:3]] or record.text


def test_pipe_is_lazy():
    consumed = []

    def endless():
        for number in itertools.count():
            consumed.append(number)
            yield {"id": f"a{number}", "text": f"Bupati Sleman membuka rapat ke-{number} di Aula Kantor Bupati."}

    stream = Extractor().pipe(endless())
    first = list(itertools.islice(stream, 3))
    assert [record.id for record in first] == ["a0", "a1", "a2"]
    assert len(consumed) <= 4


def test_pipe_in_two_processes_matches_one(news_articles):
    sample = news_articles[100:130]
    one = [r.model_dump_json() for r in Extractor().pipe(sample)]
    two = [r.model_dump_json() for r in Extractor().pipe(sample, n_process=2, batch_size=4)]
    assert one == two


@pytest.mark.parametrize("on_error", ["raise", "skip", "yield"])
def test_pipe_on_error_policies(on_error):
    inputs = [{"id": "good", "text": "Camat Wara hadir."}, {"id": "bad", "text": "   "}, "Lurah hadir."]
    stream = Extractor().pipe(inputs, on_error=on_error)
    if on_error == "raise":
        with pytest.raises(ValueError, match="bad"):
            list(stream)
        return
    results = list(stream)
    if on_error == "skip":
        assert [type(r) for r in results] == [Article, Article]
    else:
        assert isinstance(results[1], ArticleFailure) and results[1].id == "bad"
        assert results[1].to_json()["error"]["type"] == "InvalidArticle"


def test_output_is_deterministic(news_articles):
    sample = news_articles[:20]
    first = [json.dumps(r.model_dump(mode="json"), ensure_ascii=False) for r in Extractor().pipe(sample)]
    second = [json.dumps(r.model_dump(mode="json"), ensure_ascii=False) for r in Extractor().pipe(sample)]
    assert first == second


def test_offsets_hold_on_real_articles(news_articles):
    for record in Extractor().pipe(news_articles[::25]):
        for span in record.iter_spans():
            assert record.text[span.start:span.end] == span.text
