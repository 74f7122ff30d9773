"""The notebooks: each runs headless on a small sample of the corpus, and the committed ones hold outputs.

Running them needs the ``notebooks`` extra (``make test`` installs it); without it those tests skip.
"""

from __future__ import annotations

import importlib.util
import json
import os

import pytest

from scripts.run_notebooks import code_outputs, execute_notebook, image_outputs
from tests.conftest import REPO, require_shared

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
ANALYSES = ("coverage_over_time", "warnings", "network", "regions", "accuracy")
EXTRA = ("nbclient", "nbformat", "ipykernel", "matplotlib", "networkx", "scipy")
SAMPLE = "40"  # articles, evenly spaced over the corpora: every notebook in a few seconds


def require_notebook_extra() -> None:
    missing = [name for name in EXTRA if importlib.util.find_spec(name) is None]
    if missing:
        pytest.skip(f"the notebooks extra is not installed ({', '.join(missing)} missing): "
                    "pip install -e '.[notebooks]' (make test installs it)")


@pytest.fixture(scope="module")
def sample_environment(tmp_path_factory):
    """The kernels inherit these: a small sample, and a cache of its records outside the checkout."""
    require_notebook_extra()
    require_shared("corpora", "news", "articles.jsonl")
    require_shared("corpora", "pfsa-id", "articles.jsonl")
    require_shared("gold")
    wanted = {"NETRALITAS_NOTEBOOK_SAMPLE": SAMPLE,
              "NETRALITAS_NOTEBOOK_CACHE": str(tmp_path_factory.mktemp("notebook-cache"))}
    saved = {name: os.environ.get(name) for name in wanted}
    os.environ.update(wanted)
    yield wanted
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def test_every_analysis_has_a_notebook():
    assert {path.stem for path in NOTEBOOKS} >= {"quickstart", *ANALYSES}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_runs_headless_on_a_sample(path, sample_environment):
    notebook = execute_notebook(path, timeout=300)  # raises CellExecutionError on the first failing cell
    assert image_outputs(notebook) >= (2 if path.stem in ANALYSES else 1)
    printed = "".join(output.get("text", "") for output in code_outputs(notebook) if output.get("name") == "stdout")
    assert f"{SAMPLE} articles extracted" in printed or path.stem == "quickstart"
    warnings = [output["text"] for output in code_outputs(notebook) if output.get("name") == "stderr"]
    assert not warnings, warnings


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_committed_notebook_holds_its_outputs(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    assert [cell["execution_count"] for cell in code] == list(range(1, len(code) + 1)), \
        f"{path.name} was not executed top to bottom: run make notebooks"
    assert not [output for output in code_outputs(notebook) if output["output_type"] == "error"]
    assert image_outputs(notebook) >= (2 if path.stem in ANALYSES else 1)
    assert not any("execution" in cell["metadata"] for cell in code), "volatile timings are stripped"
    assert "at 0x" not in json.dumps(notebook), "an object's address would change on every run"


def test_committed_notebooks_hold_at_least_eight_figures():
    assert sum(image_outputs(json.loads(path.read_text(encoding="utf-8"))) for path in NOTEBOOKS) >= 8
