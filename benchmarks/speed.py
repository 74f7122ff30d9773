"""Speed benchmark over ../shared/corpora/news/articles.jsonl (3,279 articles).

In one run, each measurement in a fresh subprocess (so start-up and peak RSS are
its own): articles/s and words/s of the full extractor (``Extractor().pipe``)
with 1 and ``--jobs`` processes; the same for a baseline ``spacy.blank("id")`` +
``sentencizer``; their ratio; start-up time (import + pipeline build); peak RSS.
Appends a dated line with machine info to benchmarks/RESULTS.md.

    python3 benchmarks/speed.py [--limit N] [--jobs 2] [--no-results]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.results import append_result, commit  # noqa: E402

TARGETS = {"articles_per_s": 100.0, "baseline_share": 1 / 3, "startup_s": 2.5, "peak_rss_mb": 600.0}


def load_texts(limit: int | None) -> list[dict]:
    from netralitas_nlp.evaluate.gold import read_jsonl, shared_dir

    path = shared_dir() / "corpora" / "news" / "articles.jsonl"
    if not path.is_file():
        sys.exit(f"news corpus not found at {path} (set NETRALITAS_SHARED)")
    rows = [{k: row.get(k) for k in ("id", "title", "published", "text")} for row in read_jsonl(path)]
    return rows[:limit] if limit else rows


def peak_rss_mb() -> float:
    """Peak RSS of this process and its finished children (ru_maxrss is KiB on Linux)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return max(own, children) / scale


def worker(kind: str, jobs: int, limit: int | None) -> dict:
    """One measurement, run inside a fresh interpreter."""
    t0 = time.perf_counter()
    if kind == "extractor":
        from netralitas_nlp import Extractor

        extractor = Extractor()
        run = lambda rows: sum(1 for _ in extractor.pipe(rows, n_process=jobs, batch_size=32, on_error="skip"))
    else:
        import spacy

        nlp = spacy.blank("id")
        nlp.add_pipe("sentencizer")
        nlp("Pemanasan.")
        run = lambda rows: sum(1 for _ in nlp.pipe((r["text"] for r in rows), n_process=jobs, batch_size=32))
    build = time.perf_counter() - t0
    rows = load_texts(limit)
    words = sum(len(r["text"].split()) for r in rows)
    t1, c1 = time.perf_counter(), time.process_time()
    done = run(rows)
    elapsed = time.perf_counter() - t1
    cpu = time.process_time() - c1  # this process only: robust to other load on a shared machine (1 job)
    return {"kind": kind, "jobs": jobs, "articles": done, "words": words, "seconds": elapsed,
            "articles_per_s": done / elapsed, "words_per_s": words / elapsed,
            "cpu_articles_per_s": done / cpu if cpu and jobs == 1 else None, "build_s": build,
            "peak_rss_mb": peak_rss_mb()}


def run_worker(kind: str, jobs: int, limit: int | None) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--jobs", str(jobs)]
    if limit:
        command += ["--limit", str(limit)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=REPO)
    return json.loads(done.stdout.strip().splitlines()[-1])


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_startup(repeats: int = 3) -> tuple[float, float]:
    """Wall and CPU seconds of a fresh `python3 -c 'from netralitas_nlp import Extractor; Extractor()'`.

    Best of ``repeats``; the CPU time is robust to other load on a shared machine.
    """
    code = "from netralitas_nlp import Extractor; Extractor()"
    best_wall = best_cpu = float("inf")
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), children_cpu()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
        best_wall = min(best_wall, time.perf_counter() - t0)
        best_cpu = min(best_cpu, children_cpu() - c0)
    return best_wall, best_cpu


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cpus, load {os.getloadavg()[0]:.1f}, Python {platform.python_version()}"


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (quick runs)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel run (default 2)")
    parser.add_argument("--worker", choices=("extractor", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--no-results", action="store_true", help="do not append to RESULTS.md")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.jobs, args.limit)))
        return

    one = run_worker("extractor", 1, args.limit)
    base = run_worker("baseline", 1, args.limit)
    many = run_worker("extractor", args.jobs, args.limit) if args.jobs > 1 else None
    startup, startup_cpu = measure_startup()
    ratio = one["articles_per_s"] / base["articles_per_s"]
    rows = [("extractor, 1 process", one), ("baseline blank('id')+sentencizer", base)]
    if many:
        rows.append((f"extractor, {args.jobs} processes", many))
    for label, r in rows:
        print(f"{label:36} {r['articles']:5d} articles {r['seconds']:7.2f} s  {r['articles_per_s']:8.1f} art/s "
              f"{r['words_per_s']:10.0f} words/s  peak RSS {r['peak_rss_mb']:6.0f} MB")
    print(f"ratio extractor/baseline: {ratio:.3f} (target >= {TARGETS['baseline_share']:.3f}: "
          f"{verdict(ratio >= TARGETS['baseline_share'])})")
    print(f"CPU-time throughput (1 process, unaffected by other load): extractor "
          f"{one['cpu_articles_per_s']:.1f} art/s, baseline {base['cpu_articles_per_s']:.1f} art/s")
    print(f"articles/s one core: {one['articles_per_s']:.1f} (target >= {TARGETS['articles_per_s']:.0f}: "
          f"{verdict(one['articles_per_s'] >= TARGETS['articles_per_s'])})")
    print(f"start-up (fresh interpreter: import + pipeline build): {startup:.2f} s wall, {startup_cpu:.2f} s CPU "
          f"(target <= {TARGETS['startup_s']}: {verdict(startup <= TARGETS['startup_s'])})")
    print(f"peak RSS extractor: {one['peak_rss_mb']:.0f} MB (target <= {TARGETS['peak_rss_mb']:.0f}: "
          f"{verdict(one['peak_rss_mb'] <= TARGETS['peak_rss_mb'])})")
    print(f"machine: {machine()}")
    line = (f"| {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} | {commit()} | speed | {one['articles']} news articles: "
            f"extractor {one['articles_per_s']:.0f} art/s ({one['cpu_articles_per_s']:.0f}/CPU-s), "
            f"{one['words_per_s']:.0f} words/s; baseline {base['articles_per_s']:.0f} art/s "
            f"({base['cpu_articles_per_s']:.0f}/CPU-s); ratio {ratio:.2f}; "
            + (f"--jobs {args.jobs} {many['articles_per_s']:.0f} art/s; " if many else "")
            + f"start-up {startup:.2f} s ({startup_cpu:.2f} CPU-s); peak RSS {one['peak_rss_mb']:.0f} MB; machine: {machine()} |")
    print(line)
    if not args.no_results:
        append_result(line)


if __name__ == "__main__":
    main()
