"""--resume after kill -9, at several moments: every article exactly once, byte-identical to a
run that was never interrupted; and the run directory's recovery from each torn state."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netralitas_nlp import checkpoint
from netralitas_nlp.checkpoint import RunDirectory
from netralitas_nlp.cli import app

from tests.conftest import REPO

runner = CliRunner()


@pytest.fixture(scope="module")
def source(tmp_path_factory, news_articles) -> Path:
    """150 real articles and one broken line (failures must survive a resume too)."""
    path = tmp_path_factory.mktemp("resume") / "in.jsonl"
    rows = [json.dumps({k: row[k] for k in ("id", "title", "text", "published", "url", "source")}, ensure_ascii=False)
            for row in news_articles[1000:1150]]
    rows.insert(70, '{"id": "broken", "text": ')
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def uninterrupted(source, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("whole") / "out.jsonl"
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "-q"])
    assert result.exit_code == 1, result.output
    return {"out": out.read_bytes(), "errors": Path(f"{out}.errors.jsonl").read_bytes()}


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "netralitas_nlp", "extract", *args]


def committed_chunks(out: Path) -> int:
    manifest = out.parent / f".{out.name}.partial" / "manifest.jsonl"
    return len(manifest.read_bytes().splitlines()) if manifest.exists() else 0


def kill_when(out: Path, command: list[str], chunks: int, timeout: float = 300) -> None:
    """Start ``command`` and SIGKILL it once ``chunks`` chunks are committed (0: at start-up)."""
    process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    while committed_chunks(out) < chunks and process.poll() is None and time.monotonic() - started < timeout:
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()


def test_kill_9_at_several_moments_then_resume_is_byte_identical(source, uninterrupted, tmp_path):
    out = tmp_path / "out.jsonl"
    args = [str(source), "-o", str(out), "-q", "--checkpoint-every", "10"]
    kill_when(out, cli(*args), chunks=0)  # during start-up
    assert not out.exists()
    kill_when(out, cli(*args), chunks=3)  # a fresh run (no --resume) starts over, then dies mid-way
    assert not out.exists() and committed_chunks(out) >= 3
    before = committed_chunks(out)
    kill_when(out, cli(*args, "--resume"), chunks=before + 2)  # the resumed run dies too
    final = subprocess.run(cli(*args, "--resume"), cwd=REPO, capture_output=True, text=True, timeout=600)
    assert final.returncode == 1, final.stderr
    assert out.read_bytes() == uninterrupted["out"]
    assert Path(f"{out}.errors.jsonl").read_bytes() == uninterrupted["errors"]
    assert not (tmp_path / ".out.jsonl.partial").exists()


def interrupt_with_sigterm(out: Path, command: list[str], attempts: int = 3) -> tuple[int, str]:
    """Start ``command`` and send SIGTERM once a chunk is committed; its exit code and stderr.  A run that
    finishes before the signal could be sent (a loaded machine can starve this polling loop for the second
    the run needs) is cleaned up and started again, so the test checks the signal, not the scheduler."""
    for _ in range(attempts):
        process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE, text=True)
        while committed_chunks(out) < 1 and process.poll() is None:
            time.sleep(0.01)
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            _, stderr = process.communicate(timeout=120)
            return process.returncode, stderr
        process.communicate()
        for path in (out, Path(f"{out}.errors.jsonl")):
            path.unlink(missing_ok=True)
    pytest.fail(f"the run finished before SIGTERM could be sent, {attempts} times")


def test_sigterm_exits_143_and_the_run_resumes(source, uninterrupted, tmp_path):
    out = tmp_path / "out.jsonl"
    args = [str(source), "-o", str(out), "-q", "--checkpoint-every", "10"]
    returncode, stderr = interrupt_with_sigterm(out, cli(*args))
    assert returncode == 143 and "interrupted (SIGTERM)" in stderr and "--resume" in stderr
    assert not out.exists()
    resumed = subprocess.run(cli(*args, "--resume"), cwd=REPO, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 1 and out.read_bytes() == uninterrupted["out"]


def test_resume_skips_what_was_written(source, uninterrupted, tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    calls = {"commits": 0}
    real = RunDirectory.commit

    def crash_on_fourth(self, *args, **kwargs):
        calls["commits"] += 1
        if calls["commits"] == 4:
            raise OSError(28, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(RunDirectory, "commit", crash_on_fourth)
    crashed = runner.invoke(app, ["extract", str(source), "-o", str(out), "-q", "--checkpoint-every", "20"])
    assert crashed.exit_code == 3
    message = crashed.stderr.strip()
    assert len(message.splitlines()) == 1 and "No space left on device" in message and "--resume" in message
    log = Path(re.search(r"traceback in (\S+\.log)", message).group(1))
    assert log.exists() and "OSError" in log.read_text()
    assert not out.exists()
    monkeypatch.setattr(RunDirectory, "commit", real)
    resumed = runner.invoke(app, ["extract", str(source), "-o", str(out), "--resume"])
    assert resumed.exit_code == 1
    assert re.search(r"from the interrupted run\s*│\s*60\b", resumed.stderr), resumed.stderr
    assert out.read_bytes() == uninterrupted["out"]


def test_an_old_output_stays_until_the_new_run_completes(source, tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    monkeypatch.setattr(RunDirectory, "concatenate", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("bug")))
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "-q"])
    assert result.exit_code == 3 and "RuntimeError: bug" in result.stderr
    assert out.read_text(encoding="utf-8") == "old\n"


def commit_three(run: RunDirectory) -> None:
    for number in range(3):
        run.commit([f"k{number}"], [json.dumps({"n": number})], [], {"officials": 1}, 5)


def test_torn_states_are_recovered(tmp_path):
    out = tmp_path / "out.jsonl"
    run = RunDirectory(out)
    run.open(resume=False)
    commit_three(run)
    run.release()
    folder = run.path
    manifest = folder / "manifest.jsonl"
    lines = manifest.read_bytes().splitlines(keepends=True)
    # killed while writing chunk 3's manifest line, with chunk 4's files written and a temporary file
    manifest.write_bytes(b"".join(lines[:2]) + lines[2][:-7])
    (folder / "000004.jsonl").write_text("{}\n")
    (folder / "000005.errors.jsonl.tmp").write_text("")
    again = RunDirectory(out)
    progress = again.open(resume=True)
    assert progress.chunks == 2 and progress.done == {"k0": 1, "k1": 1} and progress.counts["officials"] == 2
    assert manifest.read_bytes() == b"".join(lines[:2])
    assert sorted(p.name for p in folder.iterdir()) == [
        "000001.errors.jsonl", "000001.jsonl", "000002.errors.jsonl", "000002.jsonl", "lock", "manifest.jsonl", "run.json"]
    again.release()


def test_a_chunk_of_the_wrong_size_ends_what_is_kept(tmp_path):
    run = RunDirectory(tmp_path / "out.jsonl")
    run.open(resume=False)
    commit_three(run)
    run.release()
    (run.path / "000002.jsonl").write_text("cut")
    again = RunDirectory(tmp_path / "out.jsonl")
    assert again.open(resume=True).chunks == 1
    again.release()


def test_a_second_run_on_the_same_output_is_refused(source, tmp_path):
    out = tmp_path / "out.jsonl"
    run = RunDirectory(out)
    run.open(resume=False)
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "-q"])
    run.release()
    assert result.exit_code == 2 and "another netralitas run" in result.stderr
    assert not out.exists()


def test_partial_output_of_another_version_is_not_resumed(source, tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    run = RunDirectory(out)
    run.open(resume=False)
    commit_three(run)
    run.release()
    monkeypatch.setattr(checkpoint, "__version__", "9.9.9")
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "-q", "--resume"])
    assert result.exit_code == 2 and "without --resume" in result.stderr


def test_stale_temporary_folders_of_killed_runs_are_removed(source, tmp_path):
    out = tmp_path / "out.jsonl"
    legacy = tmp_path / ".out.jsonl.k2j4_x9a"  # what tempfile.mkdtemp left before run folders existed
    legacy.mkdir()
    (legacy / "out.jsonl").write_text("half")
    unrelated = tmp_path / ".other.jsonl.k2j4_x9a"
    unrelated.mkdir()
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert not legacy.exists() and unrelated.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.jsonl.k2j4_x9a", "out.jsonl", "out.jsonl.errors.jsonl"]
