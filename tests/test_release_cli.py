"""`netralitas release` and publishing: options, exit codes, records input, push through a fake Hub API."""

from __future__ import annotations

import json
from pathlib import Path

import datasets
import pytest
from typer.testing import CliRunner

from netralitas_nlp.cli import app
from netralitas_nlp.release import ReleaseError, write_release
from netralitas_nlp.release.hub import push_release, release_files
from tests.conftest import REPO

runner = CliRunner()
DATE = "2025-06-01"


class FakeApi:
    """Records the calls ``push_release`` makes instead of sending anything."""

    def __init__(self):
        self.calls = []

    def create_repo(self, **kwargs):
        self.calls.append(("create_repo", kwargs))

    def upload_folder(self, **kwargs):
        self.calls.append(("upload_folder", kwargs))


@pytest.fixture(scope="module")
def articles_file(tmp_path_factory, news_articles) -> Path:
    """Two IndoSum articles and one detik.com article, as JSONL with their declared licences."""
    rows = [row for row in news_articles if row["id"].startswith("indosum:")][:2]
    rows.append(next(row for row in news_articles if row["source"] == "detik.com"))
    path = tmp_path_factory.mktemp("input") / "articles.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def release(*args: str):
    return runner.invoke(app, ["release", *args, "--extraction-date", DATE])


def test_release_command_writes_a_loadable_folder(tmp_path, articles_file):
    out = tmp_path / "release"
    result = release(str(REPO / "corpora" / "seeds"), str(articles_file), "-o", str(out),
                     "--license", "MIT", "--gold", str(REPO / "corpora" / "gold"))
    assert result.exit_code == 0, result.output
    assert "left out 1 restricted articles from detik.com" in result.output
    officials = datasets.load_dataset(str(out), "officials", split="train", cache_dir=str(tmp_path / "cache"))
    assert {"seed-000", "seed-004"} <= set(officials["article_id"])
    articles = datasets.load_dataset(str(out), "articles", split="train", cache_dir=str(tmp_path / "cache"))
    licences = set(articles["license"])
    assert licences == {"MIT", "CC BY-SA 4.0 (IndoSum)"}  # --license only for inputs that declare none
    gold = datasets.load_dataset(str(out), "gold", split="train", cache_dir=str(tmp_path / "cache"))
    assert sorted(gold["id"]) == ["seed-000", "seed-004"]


def test_release_command_takes_records_written_by_extract(tmp_path, articles_file):
    records = tmp_path / "records.jsonl"
    assert runner.invoke(app, ["extract", "--quiet", str(articles_file), "-o", str(records)]).exit_code == 0
    direct, from_records = tmp_path / "direct", tmp_path / "from-records"
    assert release(str(articles_file), "-o", str(direct), "-q").exit_code == 0
    assert release(str(records), "-o", str(from_records), "-q").exit_code == 0
    for path in sorted((direct / "data").rglob("*.parquet")):
        assert path.read_bytes() == (from_records / path.relative_to(direct)).read_bytes(), path.name


def test_dry_run_lists_what_would_be_sent(tmp_path, articles_file):
    out = tmp_path / "release"
    result = release(str(articles_file), "-o", str(out), "--push-to-hub", "someone/netralitas-id", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "would send to https://huggingface.co/datasets/someone/netralitas-id" in result.output
    listed = [line.strip() for line in result.output.split("would send", 1)[1].splitlines()[1:]]
    assert listed == release_files(out) and "README.md" in listed


def test_push_sends_the_folder_through_upload_folder(tmp_path, release_records):
    folder = tmp_path / "release"
    write_release(release_records, folder, extraction_date=DATE)
    api = FakeApi()
    sent = push_release(folder, "someone/netralitas-id", api=api)
    assert sent == release_files(folder)
    (_, created), (_, uploaded) = api.calls
    assert created == {"repo_id": "someone/netralitas-id", "repo_type": "dataset", "private": False, "exist_ok": True}
    assert uploaded["folder_path"] == str(folder) and uploaded["repo_id"] == "someone/netralitas-id"
    assert uploaded["repo_type"] == "dataset" and uploaded["allow_patterns"] == ["README.md", "data/**"]
    dry = FakeApi()
    assert push_release(folder, "someone/netralitas-id", api=dry, dry_run=True) == sent and dry.calls == []


def test_the_command_pushes_with_huggingface_hub(tmp_path, articles_file, monkeypatch):
    import huggingface_hub

    api = FakeApi()
    monkeypatch.setattr(huggingface_hub, "HfApi", lambda: api)
    result = release(str(articles_file), "-o", str(tmp_path / "release"), "--push-to-hub", "someone/netralitas-id")
    assert result.exit_code == 0, result.output
    assert [name for name, _ in api.calls] == ["create_repo", "upload_folder"]


def test_a_failed_push_exits_1_and_keeps_the_folder(tmp_path, articles_file, monkeypatch):
    import huggingface_hub

    class Offline(FakeApi):
        def upload_folder(self, **kwargs):
            raise ConnectionError("no network")

    monkeypatch.setattr(huggingface_hub, "HfApi", Offline)
    result = release(str(articles_file), "-o", str(tmp_path / "release"), "--push-to-hub", "someone/netralitas-id")
    assert result.exit_code == 1 and "no network" in result.output
    assert (tmp_path / "release" / "README.md").is_file()


def test_a_release_with_restricted_rows_is_never_pushed(tmp_path, release_records):
    folder = tmp_path / "release"
    write_release(release_records, folder, extraction_date=DATE, include_restricted=True)
    api = FakeApi()
    with pytest.raises(ReleaseError, match="restricted"):
        push_release(folder, "someone/netralitas-id", api=api)
    assert api.calls == []


def test_usage_errors_exit_2(tmp_path):
    seeds = str(REPO / "corpora" / "seeds")
    assert release(seeds, "-o", str(tmp_path / "a"), "--dry-run").exit_code == 2
    assert release(seeds, "-o", str(tmp_path / "b"), "--push-to-hub", "no-slash").exit_code == 2
    assert release(seeds, "-o", str(REPO / "netralitas_nlp"), "--license", "MIT").exit_code == 2
    bad_date = runner.invoke(app, ["release", seeds, "-o", str(tmp_path / "c"), "--extraction-date", "soon"])
    assert bad_date.exit_code == 2
    nothing = release(seeds, "-o", str(tmp_path / "d"))  # the seeds declare no licence: nothing to publish
    assert nothing.exit_code == 2 and "--license" in nothing.output
    assert not any((tmp_path / name).exists() for name in "abcd")


def test_a_failed_article_is_reported_and_the_rest_released(tmp_path, articles_file):
    broken = tmp_path / "broken.jsonl"
    broken.write_text(articles_file.read_text(encoding="utf-8") + '{"id": "x", "text": ""}\n', encoding="utf-8")
    out = tmp_path / "release"
    result = release(str(broken), "-o", str(out))
    assert result.exit_code == 1
    errors = [json.loads(line) for line in (tmp_path / "release.errors.jsonl").read_text().splitlines()]
    assert [error["id"] for error in errors] == ["x"]
    assert (out / "README.md").is_file()
