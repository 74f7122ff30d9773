"""Dask: extraction on a cluster (``pip install netralitas_nlp[dask]``).

Two ways in:

* ``netralitas extract INPUT... -o OUT --dask local:N`` starts a ``distributed.LocalCluster``
  of N single-threaded worker processes; ``--dask tcp://HOST:PORT`` uses a running scheduler.
  The command line reads the input, sends batches of articles to the workers as plain dicts
  (``extractor.outcome_batch``) and gets back JSON lines, which it writes in input order: the
  output is byte-identical to ``--jobs 1``, and ``--resume`` and the progress bar work as there.
* ``extract_bag(paths, npartitions=…)`` is a ``dask.bag`` of record dicts for the Python API.
  The workers read the input themselves (JSONL files are cut into byte ranges at line
  boundaries, so a file is read once and in parallel); ``write_parquet(bag, folder)`` writes one
  Parquet file per partition, with the schema of ``output.article_features()``.

Each worker builds one spaCy ``Language`` (``pipeline.get_nlp()``) once, when it joins
(``WarmPipeline``), and keeps it for every task; ``local:N`` workers on Linux are forked from
the command line's process after it built its own, so they start with it ready.  Run workers with one thread each
(``dask worker tcp://… --nthreads 1 --nworkers N``): the pipeline is pure Python and holds the
GIL, so more threads in one worker only add contention.
"""

from __future__ import annotations

import logging
import pickle
import sys
import threading
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence, Union

from .ingest import ArticleFailure, RawArticle
from .ingest.readers import JSONL_SUFFIXES, KNOWN_SUFFIXES, read_file, read_jsonl_range

PathLike = Union[str, Path]
_pipeline_lock = threading.Lock()


def _require_distributed():
    try:
        import distributed
    except ImportError as error:  # pragma: no cover - depends on the install
        raise ImportError("Dask support needs the dask extra: pip install 'netralitas_nlp[dask]'") from error
    return distributed


# --- The command line's engine -------------------------------------------------------------

def parse_address(address: str) -> tuple[str, Optional[int]]:
    """``local:N`` → ("local", N); ``tcp://host:port`` → (address, None); else ``ValueError``."""
    if address.startswith("local:"):
        count = address.split(":", 1)[1]
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"--dask local:N needs a number of workers N >= 1, not {count!r}")
        return "local", int(count)
    if address.startswith(("tcp://", "tls://", "ucx://", "inproc://")):
        return address, None
    raise ValueError(f"--dask takes local:N or a scheduler address such as tcp://host:8786, not {address!r}")


def warm_worker() -> None:
    from .parallel import die_with_parent, reset_signals
    from .pipeline import get_nlp

    die_with_parent()
    reset_signals()
    get_nlp()


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - without the dask extra, only this module's helpers load
    WorkerPlugin = object  # type: ignore[assignment,misc]


class WarmPipeline(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Builds the worker's ``Language`` when it joins, before its first task."""

    name = "netralitas-warm-pipeline"

    def setup(self, worker) -> None:
        warm_worker()


def outcome_batch_locked(batch: list[dict]) -> list[dict]:
    """``extractor.outcome_batch`` under a per-process lock: the pipeline is one object per
    worker, and a worker started with several threads must not run it twice at once."""
    from .extractor import outcome_batch

    with _pipeline_lock:
        return outcome_batch(batch)


def pack(plain: object) -> bytes:
    return pickle.dumps(plain, protocol=pickle.HIGHEST_PROTOCOL)


def outcome_batch_packed(packed: bytes) -> bytes:
    """A batch of plain dicts in, their outcomes out, each as one ``bytes``: the scheduler, which
    runs in the command line's process for ``local:N``, then forwards one opaque frame instead of
    unpickling and pickling again every article of the batch (a third of that process's work)."""
    return pack(outcome_batch_locked(pickle.loads(packed)))


class PackedFuture:
    """A Dask future whose result is unpacked when read."""

    def __init__(self, future) -> None:
        self.future = future

    def result(self) -> list[dict]:
        return pickle.loads(self.future.result())


# How long to wait for a scheduler to answer, and for its first worker.
CONNECT_TIMEOUT_S = 60.0


class ClusterUnavailable(RuntimeError):
    """No scheduler at the address, or no worker joined it: nothing was extracted."""


class DaskRunner:
    """A ``parallel.Runner`` on a Dask cluster: the same batches, retries and order as local workers."""

    def __init__(self, address: str) -> None:
        distributed = _require_distributed()
        target, count = parse_address(address)
        self.cluster = None
        if target == "local":
            import dask

            # The statistical profiler samples every worker thread's stack each 10 ms: a few
            # percent of the work on spaCy's deep stacks, for a dashboard nobody watches here.
            # allowed-failures 0: a batch whose worker dies comes straight back to supervised_map,
            # which retries its articles one at a time (the scheduler would rerun the whole
            # batch three times, on three workers it then kills).
            settings = {"distributed.worker.profile.enabled": False, "distributed.scheduler.allowed-failures": 0}
            if sys.platform.startswith("linux"):
                # Workers forked from this process, with its pipeline built, start in a fraction of
                # a second; spawned ones import spaCy and build it again, about 1.5 CPU-s each.
                from .pipeline import get_nlp

                get_nlp()
                settings["distributed.worker.multiprocessing-method"] = "fork"
            with dask.config.set(settings):
                self.cluster = distributed.LocalCluster(
                    n_workers=count, threads_per_worker=1, processes=True, dashboard_address=None,
                    silence_logs=logging.CRITICAL)  # a dead worker is reported in OUT.errors.jsonl
            self.client = distributed.Client(self.cluster)
        else:
            try:
                self.client = distributed.Client(target, timeout=CONNECT_TIMEOUT_S)
            except (OSError, TimeoutError) as error:
                raise ClusterUnavailable(f"no Dask scheduler answers at {target} ({error}): "
                                         "start one with `dask scheduler`") from None
        try:
            self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
        except TimeoutError:
            self.close()
            raise ClusterUnavailable(f"no Dask worker joined {address} within {CONNECT_TIMEOUT_S:.0f} s: "
                                     f"start some with `dask worker {address} --nthreads 1`") from None
        self.client.register_plugin(WarmPipeline())

    @property
    def threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def submit(self, batch: list):
        # pure=False: two equal batches are two tasks; retries=0: a lost batch comes back to
        # supervised_map, which retries its articles one by one.
        return PackedFuture(self.client.submit(outcome_batch_packed, pack(batch), pure=False, retries=0))

    def recover(self, future) -> None:
        """Nothing to rebuild: the scheduler replaces lost workers (``LocalCluster``'s nannies)."""

    def lost(self, item: dict, error: BaseException) -> dict:
        from .parallel import lost_outcome

        return lost_outcome(item, error)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> "DaskRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --- The Python API: a bag of records ------------------------------------------------------

def expand_inputs(paths: Iterable[PathLike]) -> list[Path]:
    """Files of ``paths``, folders expanded as ``ingest.read_directory`` does (sorted, hidden skipped)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*"))
                         if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            files.append(path)
    return files


def line_aligned_ranges(path: Path, pieces: int) -> list[tuple[int, int, int]]:
    """``(start_byte, end_byte, first_line_number)`` cutting a JSONL file into about ``pieces``
    ranges at line starts, in one pass over the file."""
    size = path.stat().st_size
    if pieces <= 1 or size == 0:
        return [(0, size, 1)]
    step = max(1, size // pieces)
    ranges, start, first_line, line = [], 0, 1, 1
    with path.open("rb") as handle:
        for data in handle:
            line += 1
            position = handle.tell()
            if position - start >= step and position < size:
                ranges.append((start, position, first_line))
                start, first_line = position, line
    ranges.append((start, size, first_line))
    return ranges


def plan_pieces(paths: Iterable[PathLike], npartitions: Optional[int]) -> list[tuple]:
    """Work units: ``("jsonl", path, start, end, first_line)`` or ``("files", [paths])``."""
    files = expand_inputs(paths)
    if not files:
        return []
    wanted = npartitions or max(1, len(files))
    total = sum(max(1, f.stat().st_size) for f in files if f.exists()) or 1
    pieces: list[tuple] = []
    loose: list[str] = []
    for file in files:
        if file.suffix.lower() in JSONL_SUFFIXES and file.exists():
            if loose:
                pieces.append(("files", loose))
                loose = []
            share = max(1, round(wanted * max(1, file.stat().st_size) / total))
            pieces.extend(("jsonl", str(file), a, b, n) for a, b, n in line_aligned_ranges(file, share))
        else:
            loose.append(str(file))
    if loose:
        per_piece = max(1, -(-len(loose) // max(1, wanted - len(pieces))))
        pieces.extend(("files", loose[i:i + per_piece]) for i in range(0, len(loose), per_piece))
    return pieces


def read_piece(piece: tuple) -> Iterator[Union[RawArticle, ArticleFailure]]:
    if piece[0] == "jsonl":
        _, path, start, end, first_line = piece
        yield from read_jsonl_range(Path(path), start, end, first_line)
    else:
        for path in piece[1]:
            yield from read_file(Path(path))


def extract_piece(piece: tuple, on_error: str = "skip") -> list[dict]:
    from .extractor import process_safely
    from .records import Article

    out = []
    with _pipeline_lock:
        for result in map(process_safely, read_piece(piece)):
            if isinstance(result, Article):
                out.append(result.model_dump(mode="json"))
            elif on_error == "yield":
                out.append(result.to_json())
    return out


def extract_bag(paths: Union[PathLike, Sequence[PathLike]], *, npartitions: Optional[int] = None,
                on_error: str = "skip"):
    """A ``dask.bag.Bag`` of record dicts (``Article.model_dump(mode="json")``), in input order.

    ``paths``: files (``.jsonl``, ``.txt``, ``.html``) or folders, readable from every worker.
    ``on_error="yield"`` puts ``{"id", "source", "error": {"type", "message"}}`` dicts in the
    place of articles that failed; ``"skip"`` (default) leaves them out.
    """
    import dask.bag as db

    if on_error not in ("skip", "yield"):
        raise ValueError(f"on_error must be 'skip' or 'yield', not {on_error!r}")
    if isinstance(paths, (str, Path)):
        paths = [paths]
    pieces = plan_pieces(paths, npartitions)
    if not pieces:
        return db.from_sequence([], npartitions=1)
    bag = db.from_sequence(pieces, partition_size=1)
    return bag.map(extract_piece, on_error=on_error).flatten()


def is_record(item: dict) -> bool:
    return "error" not in item


def write_parquet(bag, folder: PathLike) -> list[Path]:
    """Records of ``bag`` as ``folder/part-00000.parquet`` …, one file per partition, written by
    the workers; read back with ``datasets.Dataset.from_parquet(f"{folder}/*.parquet")``."""
    import dask

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    write = dask.delayed(_write_partition)
    parts = [write(part, str(folder / f"part-{number:05d}.parquet"))
             for number, part in enumerate(bag.filter(is_record).to_delayed())]
    return [Path(name) for name in dask.compute(*parts)]


def _write_partition(records: Iterable[dict], target: str) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .output import article_features

    table = pa.Table.from_pylist(list(records), schema=article_features().arrow_schema)
    pq.write_table(table, target)
    return target
