"""Engines and resume over ../shared/corpora/news/articles.jsonl (3,279 articles), through the CLI.

* ``netralitas extract`` with ``--jobs 1``, ``--jobs N`` and ``--dask local:N``, each a fresh
  process (start-up, and for Dask the cluster's start, included), interleaved ``--repeat`` times;
  per engine the best wall time, its CPU time (this process's children), the speed-up over
  ``--jobs 1``, and whether the output is byte-identical to ``--jobs 1``'s.
* kill -9 / resume: a ``--jobs 1`` run is killed with SIGKILL once half the articles are
  committed, then continued with ``--resume``; the time of both parts against the uninterrupted
  run, and whether the result is byte-identical.

The machine is shared: the load average before each run is printed; compare runs of one call.

    python3 benchmarks/scale.py [--workers 2] [--repeat 2] [--limit N] [--no-results]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.results import append_result, commit  # noqa: E402
from benchmarks.speed import machine  # noqa: E402


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def news(limit: int | None, folder: Path) -> Path:
    from netralitas_nlp.evaluate.gold import shared_dir

    path = shared_dir() / "corpora" / "news" / "articles.jsonl"
    if not path.is_file():
        sys.exit(f"news corpus not found at {path} (set NETRALITAS_SHARED)")
    if not limit:
        return path
    cut = folder / "news.jsonl"
    with path.open(encoding="utf-8") as source, cut.open("w", encoding="utf-8") as target:
        for number, line in enumerate(source):
            if number >= limit:
                break
            target.write(line)
    return cut


def command(source: Path, out: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "netralitas_nlp", "extract", str(source), "-o", str(out), "-q", *options]


def timed(cmd: list[str]) -> dict:
    load = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), children_cpu()
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return {"wall": time.perf_counter() - t0, "cpu": children_cpu() - c0, "load": load}


def committed_articles(out: Path) -> int:
    manifest = out.parent / f".{out.name}.partial" / "manifest.jsonl"
    if not manifest.exists():
        return 0
    total = 0
    for line in manifest.read_bytes().splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            break
        total += entry["records"] + entry["failures"]
    return total


def kill_and_resume(source: Path, out: Path, articles: int) -> dict:
    """Kill -9 a --jobs 1 run at half the articles, then --resume it."""
    cmd = command(source, out, "--jobs", "1")
    t0 = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=REPO, stderr=subprocess.DEVNULL)
    while committed_articles(out) < articles // 2 and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    killed_after = time.perf_counter() - t0
    kept = committed_articles(out)
    resumed = timed(cmd + ["--resume"])
    return {"killed_after": killed_after, "kept": kept, "resume_wall": resumed["wall"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2, help="processes for --jobs N and --dask local:N (default 2)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per engine, interleaved; the best counts")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--no-results", action="store_true", help="do not append to RESULTS.md")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="netralitas-scale-") as scratch:
        folder = Path(scratch)
        source = news(args.limit, folder)
        articles = sum(1 for line in source.open(encoding="utf-8") if line.strip())
        engines = {"jobs 1": ["--jobs", "1"], f"jobs {args.workers}": ["--jobs", str(args.workers)],
                   f"dask local:{args.workers}": ["--dask", f"local:{args.workers}"]}
        runs: dict[str, list[dict]] = {name: [] for name in engines}
        for round_ in range(args.repeat):
            for name, options in engines.items():
                out = folder / f"{name.replace(' ', '_').replace(':', '')}-{round_}.jsonl"
                result = timed(command(source, out, *options))
                result["bytes"] = out.read_bytes()
                runs[name].append(result)
                print(f"{name:16} round {round_ + 1}: {result['wall']:6.1f} s wall, {result['cpu']:6.1f} s CPU, "
                      f"load before {result['load']:.1f}", flush=True)
        reference = runs["jobs 1"][0]["bytes"]
        best = {name: min(results, key=lambda r: r["wall"]) for name, results in runs.items()}
        summary = []
        for name, result in best.items():
            identical = all(r["bytes"] == reference for r in runs[name])
            speedup = best["jobs 1"]["wall"] / result["wall"]
            print(f"{name:16} best {result['wall']:6.1f} s ({articles / result['wall']:5.1f} art/s), "
                  f"CPU {result['cpu']:6.1f} s, speed-up {speedup:4.2f}x, identical to --jobs 1: {identical}")
            summary.append(f"{name} {result['wall']:.1f} s ({speedup:.2f}x, load {result['load']:.1f}, "
                           f"{'identical' if identical else 'DIFFERENT'})")

        out = folder / "resume.jsonl"
        resumed = kill_and_resume(source, out, articles)
        identical = out.read_bytes() == reference
        total = resumed["killed_after"] + resumed["resume_wall"]
        print(f"kill -9 after {resumed['killed_after']:.1f} s with {resumed['kept']} of {articles} articles committed; "
              f"--resume took {resumed['resume_wall']:.1f} s; together {total:.1f} s vs "
              f"{best['jobs 1']['wall']:.1f} s uninterrupted; identical: {identical}")
    print(f"machine: {machine()}")
    line = (f"| {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} | {commit()} | scale | {articles} news articles via CLI: "
            + "; ".join(summary)
            + f"; kill -9 at {resumed['kept']} committed + --resume: {total:.1f} s ({'identical' if identical else 'DIFFERENT'}); "
            f"machine: {machine()} |")
    print(line)
    if not args.no_results:
        append_result(line)


if __name__ == "__main__":
    main()
