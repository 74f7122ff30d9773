"""The API refuses wrong argument types with TypeError, a bad on_error with ValueError, at once;
texts over the length limit fail alone with a message naming the limit."""

from __future__ import annotations

import pytest

from netralitas_nlp import Extractor, extract
from netralitas_nlp.ingest import MAX_TEXT_CHARS, ArticleFailure


@pytest.mark.parametrize("text", [None, b"Bupati hadir.", 123, ["Bupati hadir."], {"text": "Bupati hadir."}])
def test_extract_needs_a_string(text):
    with pytest.raises(TypeError, match="text .* must be str"):
        extract(text)


@pytest.mark.parametrize("keyword", ["title", "published", "id"])
def test_extract_metadata_must_be_strings(keyword):
    with pytest.raises(TypeError, match=keyword):
        extract("Bupati Gowa hadir.", **{keyword: 2025})


@pytest.mark.parametrize("articles", [None, "Bupati hadir.", b"Bupati hadir.", 42])
def test_pipe_needs_an_iterable_of_articles(articles):
    with pytest.raises(TypeError, match="iterable of articles"):
        Extractor().pipe(articles)


@pytest.mark.parametrize("options, error", [
    ({"on_error": "bogus"}, ValueError), ({"on_error": None}, ValueError), ({"batch_size": "32"}, TypeError),
    ({"n_process": 1.5}, TypeError), ({"batch_size": 0}, ValueError), ({"n_process": True}, TypeError),
])
def test_pipe_options_are_checked_before_any_work(options, error):
    with pytest.raises(error):
        Extractor().pipe(["Bupati hadir."], **options)  # no list(): the call itself raises


def test_text_over_the_limit_fails_alone_naming_the_limit(news_articles):
    row = news_articles[0]
    huge = (row["text"] + "\n\n") * (10 * 1024 * 1024 // len(row["text"]) + 1)  # over 10 MB
    assert len(huge) > 10 * 1024 * 1024
    articles = [{"id": "huge", "text": huge}, {"id": "limit+1", "text": "a " * (MAX_TEXT_CHARS // 2) + "b"},
                {"id": row["id"], "text": row["text"]}]
    results = list(Extractor().pipe(articles, on_error="yield"))
    for failure in results[:2]:
        assert isinstance(failure, ArticleFailure) and failure.type == "TextTooLongError"
        assert f"{MAX_TEXT_CHARS:,}" in failure.message and "E088" not in failure.message
    assert results[2].id == row["id"] and results[2].text
