"""Packaging: the licence pyproject names is in the repository; the extras the README names exist."""

from __future__ import annotations

import tomllib

from tests.conftest import REPO


def project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_license_file_matches_pyproject():
    assert project()["license"]["text"] == "MIT"
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "WITHOUT WARRANTY OF ANY KIND" in text


def requirement_names(requirements: list[str]) -> set[str]:
    return {requirement.split("[")[0].split(">")[0].split("=")[0].strip() for requirement in requirements}


def test_extras_for_notebooks_dask_stanza_and_all():
    extras = project()["optional-dependencies"]
    assert requirement_names(extras["notebooks"]) >= {"jupyter", "nbclient", "matplotlib", "networkx"}
    assert requirement_names(extras["dask"]) >= {"dask", "distributed"}
    assert requirement_names(extras["stanza"]) == {"stanza", "torch"}
    assert extras["all"] == ["netralitas_nlp[dask,notebooks,stanza]"]


def test_readme_install_and_cluster_commands_use_existing_extras():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for extra in ("all", "dask", "notebooks"):
        assert f"netralitas_nlp[{extra}]" in readme
    assert "--dask tcp://" in readme and "dask scheduler" in readme and "dask worker" in readme
