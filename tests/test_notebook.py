"""The quickstart notebook's code runs top to bottom (executed without Jupyter)."""

import json
import os

from tests.conftest import REPO


def test_quickstart_notebook_runs(monkeypatch):
    notebook = json.loads((REPO / "notebooks" / "quickstart.ipynb").read_text(encoding="utf-8"))
    monkeypatch.chdir(REPO / "notebooks")
    namespace: dict = {}
    code_cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert code_cells
    for cell in code_cells:
        exec(compile("".join(cell["source"]), "quickstart.ipynb", "exec"), namespace)
    assert len(namespace["records"]) == 2
    assert namespace["records"][0].id == "seed-000"
