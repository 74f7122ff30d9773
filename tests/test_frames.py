"""DataFrame views (``netralitas_nlp.frames`` / ``load_frames``) of records of real articles from ../shared."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

import netralitas_nlp
from netralitas_nlp.dataframes import Frames
from netralitas_nlp.release import FLAT_TABLES, write_release
from tests.conftest import REPO

SPAN_TABLES = ("officials", "institutions", "dates", "elections")  # start, end and text of the first mention


def evenly(items: list, count: int) -> list:
    return [items[index * len(items) // count] for index in range(count)]


@pytest.fixture(scope="module")
def records(news_articles, pfsa_articles, spacy_seed_records):
    """Seeds, IndoSum and detik.com news, and Kompas (PFSA-ID) articles, as the extractor gives them."""
    from netralitas_nlp import Extractor

    indosum = [row for row in news_articles if row["source"] != "detik.com"]
    detik = [row for row in news_articles if row["source"] == "detik.com"]
    rows = evenly(indosum, 30) + evenly(detik, 20) + evenly(pfsa_articles, 15)
    extracted = list(Extractor().pipe(rows))
    return list(spacy_seed_records.values()) + extracted


@pytest.fixture(scope="module")
def tables(records) -> Frames:
    return netralitas_nlp.frames(records)


def test_row_counts_match_the_records(records, tables):
    expected = {
        "articles": len(records),
        "officials": sum(len(r.officials) for r in records),
        "roles": sum(len(o.roles) for r in records for o in r.officials),
        "institutions": sum(len(r.institutions) for r in records),
        "quotes": sum(len(r.quotes) for r in records),
        "events": sum(len(r.events) for r in records),
        "dates": sum(len(r.dates) for r in records),
        "elections": sum(len(r.elections) for r in records),
        "themes": sum(len(r.theme_evidence) for r in records),
    }
    assert {name: len(frame) for name, frame in tables.tables().items()} == expected
    # The sample exercises every table, so the joins below are not vacuous.
    assert all(expected.values())
    articles = tables.articles.set_index("article_id")
    assert articles.n_warnings.sum() == sum(q.is_warning for r in records for q in r.quotes)
    assert list(articles.index) == [r.id for r in records]


def test_ids_join_the_tables_within_an_article(tables):
    official_keys = set(zip(tables.officials.article_id, tables.officials.official_id))
    institution_keys = set(zip(tables.institutions.article_id, tables.institutions.institution_id))
    assert len(official_keys) == len(tables.officials) and len(institution_keys) == len(tables.institutions)
    assert set(zip(tables.roles.article_id, tables.roles.official_id)) <= official_keys
    spoken = tables.quotes.dropna(subset=["speaker_id"])
    assert len(spoken) and set(zip(spoken.article_id, spoken.speaker_id)) <= official_keys
    event_ids = {(article_id, actor) for article_id, ids in
                 zip(tables.events.article_id, tables.events.organizer_ids + tables.events.participant_ids)
                 for actor in ids}
    assert event_ids and event_ids <= official_keys | institution_keys
    assert set(tables.articles.article_id) >= set().union(*(set(frame.article_id) for frame in tables.tables().values()))


def test_quote_speakers_add_the_speaking_officials_name_and_role(tables, records):
    speakers = tables.quote_speakers()
    assert len(speakers) == len(tables.quotes)
    assert list(zip(speakers.article_id, speakers.quote_index)) == list(zip(tables.quotes.article_id, tables.quotes.quote_index))
    by_key = {(r.id, o.id): o for r in records for o in r.officials}
    resolved = speakers.dropna(subset=["speaker_id"])
    for article_id, speaker_id, name, title in zip(resolved.article_id, resolved.speaker_id, resolved.speaker_name,
                                                   resolved.speaker_title):
        official = by_key[(article_id, speaker_id)]
        assert name == official.name
        assert (title if pd.notna(title) else None) == (official.roles[0].title if official.roles else None)
    assert speakers[speakers.speaker_id.isna()].speaker_name.isna().all()


def test_event_actors_name_every_organizer_and_participant(tables):
    actors = tables.event_actors()
    assert len(actors) == sum(map(len, tables.events.organizer_ids)) + sum(map(len, tables.events.participant_ids))
    assert actors.actor_name.notna().all()
    assert set(actors.actor_kind) <= {"official", "institution"}
    officials = actors[actors.actor_kind == "official"]
    assert officials.actor_id.str.startswith("O").all()


def test_columns_have_sane_dtypes(tables):
    assert pd.api.types.is_datetime64_any_dtype(tables.articles.published)
    assert tables.articles.published.notna().any()
    assert tables.officials.official_index.dtype == "int64"
    assert tables.officials.start.dtype == "Int64"  # a first mention may be missing
    assert tables.quotes.start.dtype == "int64" and tables.quotes.is_warning.dtype == "bool"
    assert tables.quotes.paragraph.dtype == "int64"
    assert tables.themes.score.dtype == "float64"
    for frame in tables.tables().values():
        assert pd.api.types.is_string_dtype(frame.article_id)
    assert isinstance(tables.officials.name.dtype, pd.StringDtype)
    assert all(isinstance(value, list) for value in tables.officials.honorifics)
    assert all(isinstance(value, list) for value in tables.events.organizer_ids)


def test_offsets_point_into_the_article_text(tables):
    texts = dict(zip(tables.articles.article_id, tables.articles.text))

    def check(frame, start, end, text):
        rows = frame.dropna(subset=[start])
        assert len(rows), f"no {start} to check"
        for article_id, begin, stop, written in zip(rows.article_id, rows[start], rows[end], rows[text]):
            assert texts[article_id][begin:stop] == written

    for name in SPAN_TABLES + ("quotes",):
        if len(tables[name]):
            check(tables[name], "start", "end", "text")
    check(tables.events, "start", "end", "trigger")
    for frame in (tables.officials, tables.institutions):
        for article_id, mentions in zip(frame.article_id, frame.mentions):
            assert all(texts[article_id][m["start"]:m["end"]] == m["text"] for m in mentions)


def test_quote_paragraph_is_the_line_theme_evidence_numbers(tables):
    texts = dict(zip(tables.articles.article_id, tables.articles.text))
    for article_id, start, end, paragraph in zip(tables.quotes.article_id, tables.quotes.start, tables.quotes.end,
                                                 tables.quotes.paragraph):
        lines = texts[article_id].split("\n")
        assert lines[paragraph] and texts[article_id][start:end].split("\n")[0] in lines[paragraph]
    assert tables.themes.paragraph.max() < max(text.count("\n") + 1 for text in texts.values())


def test_dicts_and_a_records_jsonl_give_the_same_tables(records, tables, tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    for other in (netralitas_nlp.frames([r.model_dump(mode="json") for r in records]), netralitas_nlp.frames(path)):
        for name in Frames.names():
            pd.testing.assert_frame_equal(other[name], tables[name])


def test_load_frames_reads_the_same_tables_from_a_release(records, tables, tmp_path):
    folder = tmp_path / "release"
    write_release(records, folder, include_restricted=True, extraction_date="2026-01-02", rows_per_shard=40)
    loaded = netralitas_nlp.load_frames(folder)
    for name in list(FLAT_TABLES) + ["themes"]:
        pd.testing.assert_frame_equal(loaded[name], tables[name], check_like=False)
    articles = loaded.articles
    pd.testing.assert_frame_equal(articles[list(tables.articles.columns)], tables.articles)
    assert set(articles.extraction_date) == {"2026-01-02"}
    assert set(articles.library_version) == {netralitas_nlp.__version__}


def test_empty_records_give_typed_empty_tables():
    empty = netralitas_nlp.frames([])
    assert all(len(frame) == 0 for frame in empty.tables().values())
    assert list(empty.quotes.columns)[:3] == ["article_id", "quote_index", "text"]
    assert empty.quotes.start.dtype == "int64" and empty.officials.start.dtype == "Int64"
    assert empty.quote_speakers().empty and empty.event_actors().empty


def test_bad_input_gets_a_clear_error(tmp_path, records):
    with pytest.raises(ValueError, match="load_frames"):
        netralitas_nlp.frames(tmp_path)
    with pytest.raises(TypeError, match="not str"):
        netralitas_nlp.frames(["a bare string"])
    broken = tmp_path / "broken.jsonl"
    broken.write_text(records[0].model_dump_json() + "\n{\"id\": 3}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        netralitas_nlp.frames(broken)
    with pytest.raises(FileNotFoundError, match="data/articles"):
        netralitas_nlp.load_frames(tmp_path)
    with pytest.raises(KeyError, match="the tables are"):
        netralitas_nlp.frames(records[:1])["speakers"]


def test_import_stays_cheap_and_frames_is_the_function():
    code = ("import sys, netralitas_nlp; assert 'pandas' not in sys.modules, 'pandas imported'; "
            "import netralitas_nlp.dataframes; assert callable(netralitas_nlp.frames); "
            "from netralitas_nlp import frames, load_frames; print(frames.__module__, load_frames.__name__)")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["netralitas_nlp.dataframes", "load_frames"]
