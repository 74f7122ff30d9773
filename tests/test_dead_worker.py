"""A worker that dies (killed, out of memory) under several processes: its articles are retried
once, alone; an article that kills its worker again is a WorkerDied error; the run finishes.
(``multiprocessing.Pool`` used to hang forever here.)  Workers are forked, so a function
patched here is what they run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager

import psutil
import pytest
from typer.testing import CliRunner

import netralitas_nlp.extractor as extractor
from netralitas_nlp import Article, Extractor
from netralitas_nlp.cli import app
from netralitas_nlp.ingest import ArticleFailure

from tests.conftest import REPO

KILLER, FLAKY = "ARTIKEL-PEMBUNUH", "ARTIKEL-SEKALI-MATI"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="patched workers need fork")


@contextmanager
def deadline(seconds: int):
    """Fail instead of hanging: the bug this guards against is a run that never ends."""
    def hung(signum, frame):
        raise TimeoutError(f"no result after {seconds} s: the run hangs")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def deadly_articles(monkeypatch, tmp_path):
    """process_raw that SIGKILLs its own worker on KILLER always, on FLAKY the first time only."""
    real = extractor.process_raw
    flag = tmp_path / "flaky-died-once"

    def process_raw(raw, *options):
        if KILLER in raw.text or (FLAKY in raw.text and not flag.exists()):
            flag.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        return real(raw, *options)

    monkeypatch.setattr(extractor, "process_raw", process_raw)


def sample(news_articles, count=24):
    rows = [{k: row[k] for k in ("id", "title", "text")} for row in news_articles[200:200 + count]]
    rows[5] = {**rows[5], "id": "killer", "text": rows[5]["text"] + " " + KILLER}
    rows[14] = {**rows[14], "id": "flaky", "text": rows[14]["text"] + " " + FLAKY}
    return rows


def test_pipe_survives_a_killed_worker(news_articles, deadly_articles):
    rows = sample(news_articles)
    with deadline(240):
        results = list(Extractor().pipe(rows, n_process=2, batch_size=4, on_error="yield"))
    assert [r.id for r in results] == [row["id"] for row in rows]
    killer = results[5]
    assert isinstance(killer, ArticleFailure) and killer.type == "WorkerDied" and "died" in killer.message
    assert all(isinstance(r, Article) for i, r in enumerate(results) if i != 5)
    expected = [r.model_dump_json() for r in Extractor().pipe(rows[14:15])]
    assert [results[14].model_dump_json()] == expected  # died once, retried: a normal record


def test_cli_jobs_2_finishes_with_the_killer_as_its_only_error(news_articles, deadly_articles, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in sample(news_articles)), encoding="utf-8")
    with deadline(240):
        result = CliRunner().invoke(app, ["extract", str(source), "-o", str(tmp_path / "out.jsonl"), "-q", "-j", "2",
                                          "--batch-size", "4"])
    assert result.exit_code == 1, result.output
    errors = [json.loads(x) for x in (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()]
    assert [(e["id"], e["error"]["type"]) for e in errors] == [("killer", "WorkerDied")]
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 23


def test_a_worker_killed_from_outside_costs_nothing(news_articles, tmp_path):
    """kill -9 of one worker of a real ``netralitas extract -j 2`` run, as the OOM killer would:
    the run ends, with exactly the output of ``--jobs 1``."""
    source = tmp_path / "in.jsonl"
    rows = [{k: row[k] for k in ("id", "title", "text", "published")} for row in news_articles[:300]]
    source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    command = [sys.executable, "-m", "netralitas_nlp", "extract", str(source), "-q", "--batch-size", "8"]
    parallel = subprocess.Popen(command + ["-o", str(tmp_path / "two.jsonl"), "-j", "2"], cwd=REPO)
    workers: list[psutil.Process] = []
    started = time.monotonic()
    while not workers and parallel.poll() is None and time.monotonic() - started < 120:
        time.sleep(0.2)
        workers = [p for p in psutil.Process(parallel.pid).children() if "resource_tracker" not in " ".join(p.cmdline())]
    time.sleep(1.0)  # both workers busy with their first batches
    assert parallel.poll() is None, "the run ended before a worker could be killed: make the input longer"
    workers[0].kill()
    assert parallel.wait(timeout=300) == 0
    serial = subprocess.run(command + ["-o", str(tmp_path / "one.jsonl")], cwd=REPO, timeout=600)
    assert serial.returncode == 0
    assert (tmp_path / "two.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
