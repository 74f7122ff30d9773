"""Execute the notebooks in place: ``make notebooks`` (``python scripts/run_notebooks.py [NOTEBOOK...]``).

Each notebook runs top to bottom in a fresh kernel (nbclient), in ``notebooks/``, and is written back with
its outputs.  What would change from one run to the next without the data changing is left out: cell
execution timestamps (``record_timing=False``), and the kernel's Python patch version in the metadata.
Without arguments, every ``notebooks/*.ipynb``.  The extracted corpus is cached by
``notebooks/dev_corpus.py``: the first notebook extracts it (about a minute), the others read it.
Exit code 1 when a notebook fails (its error is printed; the file is left as it was); files are replaced
atomically.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
CELL_TIMEOUT_S = 1800  # the first cell to load the corpus extracts it when the cache is cold


def execute_notebook(path: Path, *, timeout: int = CELL_TIMEOUT_S):
    """The notebook at ``path``, executed (a ``nbformat.NotebookNode``); raises on the first failing cell."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return strip_volatile(notebook)


def strip_volatile(notebook):
    language = notebook.metadata.get("language_info", {})
    if "version" in language:
        language["version"] = ".".join(language["version"].split(".")[:2])
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    return notebook


def code_outputs(notebook) -> list:
    """The outputs of a notebook's code cells (a ``NotebookNode`` or the notebook's JSON as a dict)."""
    return [output for cell in notebook["cells"] if cell["cell_type"] == "code" for output in cell.get("outputs", [])]


def image_outputs(notebook) -> int:
    """Number of PNG figures among a notebook's outputs."""
    return sum("image/png" in output.get("data", {}) for output in code_outputs(notebook))


def main(argv=None) -> int:
    import nbformat

    from netralitas_nlp.output import atomic_path

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: notebooks/*.ipynb)")
    args = parser.parse_args(argv)
    paths = [path.resolve() for path in args.notebooks] or sorted(NOTEBOOKS.glob("*.ipynb"))
    failed = 0
    for path in paths:
        started = time.perf_counter()
        try:
            notebook = execute_notebook(path)
        except Exception as error:  # noqa: BLE001 - report the notebook and go on with the others
            print(f"FAILED {path}: {type(error).__name__}: {error}", file=sys.stderr)
            failed += 1
            continue
        with atomic_path(path) as temporary:  # an interrupted run leaves the notebook as it was
            nbformat.write(notebook, temporary)
        print(f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path}: "
              f"{image_outputs(notebook)} figures, {time.perf_counter() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
