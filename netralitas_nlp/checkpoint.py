"""The state of a run into OUT, beside it, so a killed run can be resumed (``--resume``).

``.OUT.partial/`` holds the run's committed chunks and a manifest::

    lock                    held (flock) while a run writes here; a second run is refused
    run.json                the library version that wrote the chunks
    000001.jsonl            records of one chunk, in input order
    000001.errors.jsonl     that chunk's failures
    manifest.jsonl          one line per committed chunk: its number, byte sizes, article keys, counts

A chunk is committed in three steps: both files are written under a temporary name and
fsynced, renamed, then its manifest line is appended and fsynced.  Whatever ``kill -9``
interrupts, the manifest's complete lines name complete chunks, and ``open_run`` drops the
rest (a torn last line, chunk files the manifest does not name, temporary files).  An
article's key is a hash of its id and content (``article_key``), so a resumed run skips
exactly the articles already written, and the final OUT is the chunks in order: byte-identical
to a run that was never interrupted.

OUT itself appears only when the run completes (``finish``), through a rename.  A run without
``--resume`` starts from an empty state, so an old OUT is only replaced by a complete new one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from . import __version__

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, one run per OUT is the user's job
    fcntl = None  # type: ignore[assignment]

MANIFEST = "manifest.jsonl"
# tempfile.mkdtemp names: the prefix, then 8 of [a-z0-9_]; left by killed runs of older versions.
LEGACY_TEMP = r"\.{name}\.[a-z0-9_]{{8}}"


# Lock files held by this process.  A forked worker closes its copies at once, so the lock goes
# with the run that took it, even if a worker outlived it.
_held_locks: list = []


def _forget_locks_in_child() -> None:
    for handle in _held_locks:
        handle.close()
    _held_locks.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_locks_in_child)


class RunLocked(RuntimeError):
    """Another run is writing the same OUT."""


class VersionMismatch(RuntimeError):
    """The partial output was written by another version of the library."""


def article_key(plain: dict) -> str:
    """Hash of an article's id and content (or of a reader's failure), as plain data."""
    if "failure" in plain:
        failure = plain["failure"]
        parts = ["failure", failure["source"], failure["error"]["type"], failure["error"]["message"]]
    else:
        article = plain["article"]
        parts = [article.get(name) for name in ("id", "title", "text", "published", "url", "source", "license")]
    data = json.dumps(parts, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return hashlib.sha1(data).hexdigest()[:20]


def fsync_write(path: Path, data: str) -> int:
    encoded = data.encode("utf-8")
    with path.open("wb") as handle:
        handle.write(encoded)
        handle.flush()
        os.fsync(handle.fileno())
    return len(encoded)


@dataclass
class Progress:
    """What the committed chunks hold."""

    done: Counter = field(default_factory=Counter)  # article key -> times written
    records: int = 0
    failures: int = 0
    counts: Counter = field(default_factory=Counter)
    words: int = 0
    chunks: int = 0

    @property
    def articles(self) -> int:
        return self.records + self.failures


class RunDirectory:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.path = out.parent / f".{out.name}.partial"
        self.progress = Progress()
        self._lock_handle = None

    # --- opening -------------------------------------------------------------------------

    def open(self, *, resume: bool) -> Progress:
        """Lock the run directory; with ``resume`` load its committed chunks, else start empty.

        Raises ``RunLocked`` when another run holds it, ``OSError`` when it cannot be created.
        """
        self.path.mkdir(parents=True, exist_ok=True)
        self._lock()
        self.remove_stale_temporaries()
        if resume:
            self._check_version()
            self.progress = self._load()
        else:
            self._clear()
        (self.path / "run.json").write_text(json.dumps({"version": __version__}) + "\n", encoding="utf-8")
        return self.progress

    def _lock(self) -> None:
        handle = (self.path / "lock").open("a+")
        if fcntl is not None:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                raise RunLocked(f"another netralitas run is writing {self.out}") from None
        self._lock_handle = handle
        _held_locks.append(handle)

    def remove_stale_temporaries(self) -> None:
        """Temporary files of killed runs: ours inside the run directory, and the ``.OUT.xxxxxxxx``
        folders older versions left beside OUT (safe to remove: we hold OUT's lock)."""
        for path in self.path.glob("*.tmp"):
            path.unlink(missing_ok=True)
        for path in self.path.glob("staging*"):
            shutil.rmtree(path, ignore_errors=True)
        legacy = re.compile(LEGACY_TEMP.format(name=re.escape(self.out.name)))
        for path in self.out.parent.glob(f".{self.out.name}.*"):
            if legacy.fullmatch(path.name) and path.is_dir():
                shutil.rmtree(path, ignore_errors=True)

    def _check_version(self) -> None:
        info = self.path / "run.json"
        if (self.path / MANIFEST).exists() and info.exists():
            version = json.loads(info.read_text(encoding="utf-8")).get("version")
            if version != __version__:
                raise VersionMismatch(f"the partial output of {self.out} was written by netralitas_nlp {version}, "
                                      f"this is {__version__}: run again without --resume")

    def _clear(self) -> None:
        for path in self.path.iterdir():
            if path.name != "lock":
                shutil.rmtree(path) if path.is_dir() else path.unlink()

    def _load(self) -> Progress:
        progress = Progress()
        manifest = self.path / MANIFEST
        kept = 0  # bytes of the manifest that describe complete chunks
        if manifest.exists():
            with manifest.open("rb") as handle:
                for line in handle:
                    entry = self._valid_entry(line, expected=progress.chunks + 1)
                    if entry is None:
                        break
                    kept += len(line)
                    progress.chunks += 1
                    progress.done.update(entry["keys"])
                    progress.records += entry["records"]
                    progress.failures += entry["failures"]
                    progress.counts.update(entry["counts"])
                    progress.words += entry["words"]
            with manifest.open("r+b") as handle:
                handle.truncate(kept)
        for path in self.path.glob("*.jsonl"):
            number = path.name.split(".", 1)[0]
            if number.isdigit() and int(number) > progress.chunks:
                path.unlink()  # written, but killed before its manifest line
        return progress

    def _valid_entry(self, line: bytes, *, expected: int) -> Optional[dict]:
        if not line.endswith(b"\n"):
            return None
        try:
            entry = json.loads(line)
        except ValueError:
            return None
        if entry.get("chunk") != expected:
            return None
        for name, size in zip(self._names(expected), entry["bytes"]):
            path = self.path / name
            if not path.exists() or path.stat().st_size != size:
                return None
        return entry

    # --- writing -------------------------------------------------------------------------

    @staticmethod
    def _names(number: int) -> tuple[str, str]:
        return f"{number:06d}.jsonl", f"{number:06d}.errors.jsonl"

    def commit(self, keys: list[str], lines: list[str], failures: list[str], counts: Counter, words: int) -> None:
        """Make one chunk durable; until its manifest line is written it does not exist."""
        number = self.progress.chunks + 1
        sizes = []
        for name, rows in zip(self._names(number), (lines, failures)):
            temporary = self.path / f"{name}.tmp"
            sizes.append(fsync_write(temporary, "".join(row + "\n" for row in rows)))
            os.replace(temporary, self.path / name)
        entry = {"chunk": number, "bytes": sizes, "records": len(lines), "failures": len(failures),
                 "counts": dict(counts), "words": words, "keys": keys}
        with (self.path / MANIFEST).open("ab") as handle:
            handle.write((json.dumps(entry) + "\n").encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        self.progress.chunks = number
        self.progress.done.update(keys)
        self.progress.records += len(lines)
        self.progress.failures += len(failures)
        self.progress.counts.update(counts)
        self.progress.words += words

    # --- finishing -----------------------------------------------------------------------

    def concatenate(self, which: int, target: Path) -> None:
        """All chunks' records (``which=0``) or failures (``which=1``) into ``target``, in order."""
        with target.open("wb") as out:
            for number in range(1, self.progress.chunks + 1):
                with (self.path / self._names(number)[which]).open("rb") as part:
                    shutil.copyfileobj(part, out, 1 << 20)

    def staging(self) -> Path:
        """A scratch folder on OUT's file system, for the final rename."""
        folder = self.path / "staging"
        folder.mkdir(exist_ok=True)
        return folder

    def remove(self) -> None:
        """The run is complete: its state goes."""
        shutil.rmtree(self.path, ignore_errors=True)
        self.release()

    def release(self) -> None:
        if self._lock_handle is not None:
            _held_locks.remove(self._lock_handle)
            self._lock_handle.close()
            self._lock_handle = None
