"""Usage errors exit 2 with one line saying what to do and write nothing; an input without
articles warns and exits 0; the progress bar has a total, a time left and the summary's rate."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from netralitas_nlp.cli import app
from netralitas_nlp.progress import ProgressReporter, count_articles

from tests.conftest import REPO

runner = CliRunner()
SEEDS = REPO / "corpora" / "seeds"


def extract(*args: str):
    return runner.invoke(app, ["extract", "--quiet", *args])


def assert_usage_error(result, folder: Path, *words: str) -> None:
    assert result.exit_code == 2, result.output
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and message.startswith("netralitas: "), message
    for word in words:
        assert word in message
    leftovers = [p.name for p in folder.iterdir() if p.name != "in.txt"]
    assert leftovers == [], leftovers


@pytest.fixture
def folder(tmp_path) -> Path:
    (tmp_path / "in.txt").write_bytes((SEEDS / "seed-000.txt").read_bytes())
    return tmp_path


def test_missing_input_path(folder):
    result = extract(str(folder / "nope.jsonl"), "-o", str(folder / "new" / "out.jsonl"))
    assert_usage_error(result, folder, "nope.jsonl", "check the path")  # not even the output's folder is made


def test_missing_input_among_good_ones(folder):
    result = extract(str(folder / "in.txt"), str(folder / "typo"), "-o", str(folder / "out.jsonl"))
    assert_usage_error(result, folder, "typo")


def test_output_that_is_a_folder(folder):
    (folder / "dir.jsonl").mkdir()
    result = extract(str(folder / "in.txt"), "-o", str(folder / "dir.jsonl"))
    assert result.exit_code == 2 and "is a folder" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["dir.jsonl", "in.txt"]
    assert list((folder / "dir.jsonl").iterdir()) == []


def test_unwritable_output_location(folder):
    (folder / "afile").write_text("x")
    result = extract(str(folder / "in.txt"), "-o", str(folder / "afile" / "out.jsonl"))
    assert result.exit_code == 2 and "cannot create the output folder" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["afile", "in.txt"]


@pytest.mark.parametrize("name", ["out.csv", "out"])
def test_unknown_output_extension(folder, name):
    assert_usage_error(extract(str(folder / "in.txt"), "-o", str(folder / name)), folder, ".jsonl")


def test_unknown_input_extension(folder):
    (folder / "in.csv").write_text("id,text\n1,Bupati hadir\n")
    result = extract(str(folder / "in.csv"), "-o", str(folder / "out.jsonl"))
    assert result.exit_code == 2 and "in.csv" in result.stderr and ".jsonl" in result.stderr
    assert not (folder / "out.jsonl").exists()


@pytest.mark.parametrize("options, words", [
    (["--jobs", "2", "--dask", "local:2"], ["not both"]),
    (["--dask", "lokal:2"], ["local:N"]),
    (["--format", "csv"], ["unknown format"]),
])
def test_bad_options(folder, options, words):
    assert_usage_error(extract(str(folder / "in.txt"), "-o", str(folder / "out.jsonl"), *options), folder, *words)


def test_input_without_articles_warns_and_exits_0(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty.jsonl").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path / "empty"), str(tmp_path / "empty.jsonl"), "-o", str(out)])
    assert result.exit_code == 0
    assert "empty has no articles" in result.stderr and "no articles in the input" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty", "empty.jsonl"]
    asked = runner.invoke(app, ["extract", str(tmp_path / "empty"), "-o", str(out), "--write-empty", "-q"])
    assert asked.exit_code == 0 and out.read_bytes() == b""
    parquet = tmp_path / "out.parquet"
    asked = runner.invoke(app, ["extract", str(tmp_path / "empty"), "-o", str(parquet), "--write-empty", "-q"])
    table = pytest.importorskip("pyarrow.parquet").read_table(parquet)
    assert asked.exit_code == 0 and table.num_rows == 0 and "officials" in table.column_names


def test_internal_error_exits_3_with_a_log(folder, monkeypatch):
    import netralitas_nlp.output as output

    monkeypatch.setattr(output, "convert", lambda *a, **k: (_ for _ in ()).throw(KeyError("bug here")))
    result = extract(str(folder / "in.txt"), "-o", str(folder / "out.jsonl"))
    assert result.exit_code == 3
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and "internal error (KeyError" in message
    assert Path(re.search(r"traceback in (\S+\.log)", message).group(1)).read_text().count("bug here") >= 1
    assert not (folder / "out.jsonl").exists()


def test_evaluate_extracts_and_scores_in_one_go(tmp_path):
    """The README's command: ``netralitas evaluate --gold DIR --extract INPUT...``."""
    scores = tmp_path / "scores.json"
    result = runner.invoke(app, ["evaluate", "--gold", str(REPO / "corpora" / "gold"), "--extract", str(SEEDS),
                                 "--json", str(scores)])
    assert result.exit_code == 0, result.output
    summary = json.loads(scores.read_text())
    assert summary["n_articles"] == 2 and summary["officials"]["f1"] > 0.5


@pytest.mark.parametrize("args, words", [
    (["--pred", "x.jsonl", "--extract", "in"], "either --pred"),
    (["--extract"], "--extract needs"),
    ([], "either --pred"),
])
def test_evaluate_usage_errors(args, words):
    result = runner.invoke(app, ["evaluate", "--gold", str(REPO / "corpora" / "gold"), *args])
    assert result.exit_code == 2 and words in result.stderr


def test_total_is_counted_from_jsonl_lines_and_files(tmp_path, news_articles):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "rows.jsonl").write_text("".join(json.dumps({"text": r["text"]}) + "\n" for r in news_articles[:7]))
    (tmp_path / "a.txt").write_text("Judul\nIsi.")
    (tmp_path / "notes.md").write_text("not an article")
    (tmp_path / ".hidden.txt").write_text("Judul\nIsi.")
    assert count_articles([tmp_path, SEEDS / "seed-000.txt"]) == 7 + 1 + 1


def test_bar_shows_total_time_left_and_the_summarys_rate():
    reporter = ProgressReporter(enabled=True, already_done=2, console=Console(file=io.StringIO(), width=200))
    reporter.total = 10
    with reporter:
        for _ in range(4):
            reporter.advance(words=100)
        columns = reporter.progress.tasks[0].fields
        assert reporter.progress.tasks[0].total == 10 and reporter.progress.tasks[0].completed == 6
        assert columns["count"] == "6/10 articles" and re.fullmatch(r"\d+:\d\d:\d\d", columns["eta"])
    bar_rate = reporter.progress.tasks[0].fields["rate"]
    reporter.summary(written=6, failed=0, counts=Counter(), out=Path("out.jsonl"))
    summary = reporter.console.file.getvalue()
    assert bar_rate == f"{reporter.rate:.1f} articles/s"
    assert re.search(rf"articles/s\s*│\s*{re.escape(bar_rate.split()[0])}\s", summary), summary
