"""Throughput of this checkout against another commit, measured in one run.

    python3 benchmarks/compare.py BASE_COMMIT [--limit N] [--rounds 3]

Checks BASE_COMMIT out into a temporary git worktree, then times ``Extractor().pipe`` over the news
corpus (``../shared/corpora/news/articles.jsonl``) in fresh subprocesses, alternating base and current
checkout for ``--rounds`` rounds so that load on a shared machine hits both alike.  Reports articles per
CPU-second (robust to other load) and per wall second, best of the rounds, and the ratio current/base.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from netralitas_nlp.evaluate.gold import shared_dir  # noqa: E402

WORKER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
# The installed package's entry points name this checkout's factories; the other checkout registers its own.
from spacy.util import registry
registry.factories.entry_points = registry.tokenizers.entry_points = registry._entry_point_factories.entry_points = False
from netralitas_nlp import Extractor
from netralitas_nlp.evaluate.gold import read_jsonl, shared_dir
limit = int(sys.argv[2])
rows = [{k: row.get(k) for k in ("id", "title", "published", "text")}
        for row in read_jsonl(shared_dir() / "corpora" / "news" / "articles.jsonl")]
rows = rows[:limit] if limit else rows
extractor = Extractor()
list(extractor.pipe(rows[:20], on_error="skip"))  # warm caches
t0, c0 = time.perf_counter(), time.process_time()
done = sum(1 for _ in extractor.pipe(rows, on_error="skip"))
print(json.dumps({"articles": done, "wall": time.perf_counter() - t0, "cpu": time.process_time() - c0}))
"""


def measure(checkout: Path, limit: int) -> dict:
    # Both checkouts read the corpus beside this one (a temporary worktree has no ../shared).
    env = {**os.environ, "NETRALITAS_SHARED": str(shared_dir())}
    done = subprocess.run([sys.executable, "-c", WORKER, str(checkout), str(limit)], capture_output=True,
                          text=True, check=True, cwd=checkout, env=env)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return {"cpu_rate": result["articles"] / result["cpu"], "wall_rate": result["articles"] / result["wall"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", help="commit to compare against (e.g. HEAD~1 or a hash)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all 3,279)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="netralitas-base-") as folder:
        base = Path(folder) / "checkout"
        subprocess.run(["git", "worktree", "add", "--detach", str(base), args.base], cwd=REPO, check=True,
                       capture_output=True)
        try:
            runs = {"base": [], "current": []}
            for _ in range(args.rounds):
                runs["base"].append(measure(base, args.limit))
                runs["current"].append(measure(REPO, args.limit))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=REPO, capture_output=True)
    best = {name: {key: max(run[key] for run in found) for key in ("cpu_rate", "wall_rate")}
            for name, found in runs.items()}
    for name, rates in best.items():
        print(f"{name:8} {rates['cpu_rate']:7.1f} articles/CPU-s  {rates['wall_rate']:7.1f} articles/s")
    print(f"ratio current/base: {best['current']['cpu_rate'] / best['base']['cpu_rate']:.3f} (CPU), "
          f"{best['current']['wall_rate'] / best['base']['wall_rate']:.3f} (wall); "
          f"base {args.base}, {time.strftime('%Y-%m-%d %H:%M')}")


if __name__ == "__main__":
    main()
