"""Dask: ``--dask local:N`` and ``--dask tcp://…`` write exactly what ``--jobs 1`` writes (records
and errors, in input order), and ``extract_bag`` gives the same records to the Python API."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

from netralitas_nlp import Extractor  # noqa: E402
from netralitas_nlp.dask import extract_bag, line_aligned_ranges, parse_address, write_parquet  # noqa: E402

from tests.conftest import REPO  # noqa: E402


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, news_articles) -> Path:
    """A folder: 60 real articles in JSONL with a broken line, and the two seeds as .txt."""
    folder = tmp_path_factory.mktemp("dask-in")
    rows = [json.dumps({k: row[k] for k in ("id", "title", "text", "published", "url", "source")}, ensure_ascii=False)
            for row in news_articles[3000:3060]]
    rows.insert(30, "{not json")
    (folder / "news.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    for seed in ("seed-000", "seed-004"):
        (folder / f"{seed}.txt").write_bytes((REPO / "corpora" / "seeds" / f"{seed}.txt").read_bytes())
    return folder


def extract_cli(inputs: Path, out: Path, *options: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "netralitas_nlp", "extract", str(inputs), "-o", str(out), "-q", *options]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def serial(inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("serial") / "out.jsonl"
    assert extract_cli(inputs, out, "--jobs", "1").returncode == 1
    return out


def same_output(one: Path, other: Path) -> bool:
    errors = lambda path: Path(f"{path}.errors.jsonl").read_bytes()  # noqa: E731
    return one.read_bytes() == other.read_bytes() and errors(one) == errors(other)


class KillOnMarker(distributed.WorkerPlugin):
    """On every worker, also those started after a death: SIGKILL on the marked article."""

    name = "kill-on-marker"

    def setup(self, worker):
        import os
        import signal

        import netralitas_nlp.extractor as extractor

        real = extractor.process_raw

        def process_raw(raw, *args):
            if "ARTIKEL-PEMBUNUH" in raw.text:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(raw, *args)

        extractor.process_raw = process_raw


def test_a_dead_dask_worker_costs_only_its_killer(news_articles, tmp_path):
    import dask

    rows = [{k: row[k] for k in ("id", "title", "text")} for row in news_articles[3100:3130]]
    rows[9] = {**rows[9], "id": "killer", "text": rows[9]["text"] + " ARTIKEL-PEMBUNUH"}
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        client.register_plugin(KillOnMarker())
        completed = extract_cli(source, tmp_path / "out.jsonl", "--dask", cluster.scheduler_address, "--batch-size", "4")
    assert completed.returncode == 1, completed.stderr
    errors = [json.loads(x) for x in (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()]
    assert [(e["id"], e["error"]["type"]) for e in errors] == [("killer", "WorkerDied")]
    assert [json.loads(x)["id"] for x in (tmp_path / "out.jsonl").read_text().splitlines()] == \
        [row["id"] for row in rows if row["id"] != "killer"]


def test_local_cluster_output_is_byte_identical_to_jobs_1(inputs, serial, tmp_path):
    out = tmp_path / "out.jsonl"
    completed = extract_cli(inputs, out, "--dask", "local:2", "--batch-size", "4")
    assert completed.returncode == 1, completed.stderr
    assert same_output(out, serial)


def test_scheduler_address_output_is_byte_identical_to_jobs_1(inputs, serial, tmp_path):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        out = tmp_path / "out.jsonl"
        completed = extract_cli(inputs, out, "--dask", cluster.scheduler_address)
        assert completed.returncode == 1, completed.stderr
        assert same_output(out, serial)
        # one Language per worker, built when the worker joined, reused by every task
        with distributed.Client(cluster) as client:
            built = client.run(lambda: ("spacy", False) in __import__("netralitas_nlp.pipeline").pipeline._nlps)
        assert list(built.values()) == [True, True]


def test_no_scheduler_at_the_address_is_a_usage_error(inputs, tmp_path, monkeypatch):
    import socket

    from typer.testing import CliRunner

    import netralitas_nlp.dask as netralitas_dask
    from netralitas_nlp.cli import app

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setattr(netralitas_dask, "CONNECT_TIMEOUT_S", 2.0)
    result = CliRunner().invoke(app, ["extract", str(inputs), "-o", str(tmp_path / "out.jsonl"), "-q",
                                      "--dask", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 2 and "no Dask scheduler answers" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("address", ["local:0", "local:two", "8786", "http://host:8786"])
def test_bad_dask_address_is_a_usage_error(address):
    with pytest.raises(ValueError, match="--dask"):
        parse_address(address)


def test_line_aligned_ranges_cover_the_file_once(inputs):
    path = inputs / "news.jsonl"
    ranges = line_aligned_ranges(path, 7)
    assert len(ranges) >= 5 and ranges[0][:1] == (0,) and ranges[-1][1] == path.stat().st_size
    data = path.read_bytes()
    for (start, end, first_line), (next_start, _, next_line) in zip(ranges, ranges[1:]):
        assert end == next_start and data[start - 1:start] in (b"", b"\n")
        assert next_line == first_line + data[start:end].count(b"\n")


def test_extract_bag_gives_the_records_of_pipe_in_order(inputs, tmp_path):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        bag = extract_bag(inputs, npartitions=5, on_error="yield")
        assert bag.npartitions >= 4
        results = bag.compute()
        parts = write_parquet(extract_bag(inputs, npartitions=3), tmp_path / "parquet")
    from netralitas_nlp.ingest import read_path

    expected = [r for r in Extractor().pipe(read_path(inputs), on_error="yield")]
    assert [r.get("id") for r in results] == [r.id for r in expected]
    errors = [r for r in results if "error" in r]
    assert len(errors) == 1 and errors[0]["source"].endswith("news.jsonl:31")
    records = [r for r in results if "error" not in r]
    assert records == [r.model_dump(mode="json") for r in expected if hasattr(r, "model_dump")]
    datasets = pytest.importorskip("datasets")
    loaded = datasets.Dataset.from_parquet([str(p) for p in parts], cache_dir=str(tmp_path / "cache"))
    assert [row["id"] for row in loaded] == [r["id"] for r in records]
