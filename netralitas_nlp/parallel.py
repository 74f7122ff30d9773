"""Batches of articles on worker processes, in input order, surviving dead workers.

``supervised_map`` keeps a few batches in flight on a *runner* (``ProcessPoolRunner`` here,
``netralitas_nlp.dask.DaskRunner`` on a cluster) and yields their results in input order.  A
worker function never raises for an article (``extractor.process_safely``), so a batch whose
future fails lost its worker: it was killed, ran out of memory, or crashed the interpreter.
Its articles are then retried one at a time, each alone on a fresh worker, so the one that
kills its worker is found; if it kills the retry too, it becomes a ``WorkerDied`` failure and
the run goes on.  (``multiprocessing.Pool`` never gets a lost task back and hangs forever;
``concurrent.futures.ProcessPoolExecutor`` reports it as ``BrokenProcessPool``.)
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterable, Iterator, Protocol

from .ingest import ArticleFailure, RawArticle


class Runner(Protocol):
    def submit(self, batch: list) -> Future: ...

    def recover(self, future: Future) -> None: ...

    def lost(self, item: Any, error: BaseException) -> Any: ...


def batches_of(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def supervised_map(runner: Runner, items: Iterable, *, batch_size: int, in_flight: int) -> Iterator:
    """One result per item, in input order, at most ``in_flight`` batches ahead of the reader."""
    batches = batches_of(items, batch_size)
    pending: deque[tuple[list, Future]] = deque()

    def fill() -> None:
        while len(pending) < in_flight and (batch := next(batches, None)) is not None:
            pending.append((batch, runner.submit(batch)))

    fill()
    while pending:
        batch, future = pending.popleft()
        try:
            results = future.result()
        except Exception:  # noqa: BLE001 - the batch's worker is gone, whatever the cause
            runner.recover(future)
            results = [retry_alone(runner, item) for item in batch]
        yield from results
        fill()


def retry_alone(runner: Runner, item: Any) -> Any:
    future = runner.submit([item])
    try:
        return future.result()[0]
    except Exception as error:  # noqa: BLE001
        runner.recover(future)
        return runner.lost(item, error)


def died_message(error: BaseException) -> str:
    if isinstance(error, BrokenProcessPool) or type(error).__name__ == "KilledWorker":  # local or Dask
        cause = "the worker process died (killed, or out of memory?)"
    else:
        cause = f"the worker was lost ({type(error).__name__}: {' '.join(str(error).split())[:200]})"
    return f"{cause} while extracting this article, twice; the other articles were kept"


def worker_died(item: RawArticle | ArticleFailure, error: BaseException) -> ArticleFailure:
    if isinstance(item, ArticleFailure):
        return item
    return ArticleFailure(item.id, item.origin or item.source, "WorkerDied", died_message(error))


def lost_outcome(plain: dict, error: BaseException) -> dict:
    """``worker_died`` for the command line's items and outcomes, which are plain dicts."""
    from .ingest.article import from_plain

    return {"failure": worker_died(from_plain(plain), error).to_json()}


def die_with_parent() -> None:
    """Linux: a worker gets SIGKILL when its parent dies, so a ``kill -9`` of a run leaves no
    orphaned workers holding memory."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            PR_SET_PDEATHSIG = 1
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass


def reset_signals() -> None:
    """Ctrl-C is the parent's to handle; SIGTERM kills.  (A forked worker inherits the command
    line's SIGTERM handler, which raises: a pool could then no longer terminate it after another
    worker died, and the run would hang at exit.)"""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    except ValueError:  # not the main thread of the worker: nothing was inherited there
        pass


def init_worker() -> None:
    from .pipeline import get_nlp

    die_with_parent()
    reset_signals()
    get_nlp()  # one Language per worker, built once (inherited ready-made under fork)


def pool_context():
    """``fork`` where there is one: workers inherit the parent's built pipeline for free."""
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


class ProcessPoolRunner:
    """Local worker processes; a broken pool is replaced by a fresh one."""

    def __init__(self, function: Callable[[list], list], n_process: int,
                 lost: Callable[[Any, BaseException], Any] = worker_died) -> None:
        self.function, self.n_process, self._lost = function, n_process, lost
        self.generation = 0
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        self.generation += 1
        return ProcessPoolExecutor(self.n_process, mp_context=pool_context(), initializer=init_worker)

    def submit(self, batch: list) -> Future:
        try:
            future = self.pool.submit(self.function, batch)
        except BrokenProcessPool:  # broke since the last result was read
            self._replace_pool()
            future = self.pool.submit(self.function, batch)
        future.generation = self.generation  # type: ignore[attr-defined]
        return future

    def recover(self, future: Future) -> None:
        if getattr(future, "generation", None) == self.generation:
            self._replace_pool()

    def lost(self, item: Any, error: BaseException) -> Any:
        return self._lost(item, error)

    def _replace_pool(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "ProcessPoolRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
