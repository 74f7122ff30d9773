"""The picture is one-directional: ingest → annotate → extract → records → output.

Read from the source's import statements (``ast``), so a new import that breaks the layering fails here
rather than in review.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "netralitas_nlp"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """Absolute names of the package modules ``path`` imports (relative imports resolved)."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rsplit(".", 1)[0]
    return imports_of(path.read_text(encoding="utf-8"), package)


def imports_of(source: str, package: str) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("netralitas_nlp")}


def modules_under(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def extractor_of(name: str) -> str | None:
    """``netralitas_nlp.extractors.quotes.speakers`` → ``quotes``: the extractor a module belongs to."""
    parts = name.split(".")
    return parts[2] if len(parts) > 2 and parts[1] == "extractors" else None


def is_package_module(name: str) -> bool:
    return (PACKAGE.parent / Path(*name.split("."))).with_suffix(".py").exists() or \
        (PACKAGE.parent / Path(*name.split(".")) / "__init__.py").exists()


@pytest.mark.parametrize("path", modules_under("extractors"), ids=lambda p: module_name(p))
def test_no_extractor_imports_another(path):
    own = extractor_of(module_name(path))
    others = {extractor_of(name) for name in imported_modules(path) if is_package_module(name)}
    others.discard(None)
    others.discard(own)
    assert not others, f"{module_name(path)} imports the extractors {sorted(others)}"


@pytest.mark.parametrize("path", modules_under("annotate"), ids=lambda p: module_name(p))
def test_annotation_layer_reads_no_extractor_or_output(path):
    forbidden = ("netralitas_nlp.extractors", "netralitas_nlp.extractor", "netralitas_nlp.output",
                 "netralitas_nlp.cli", "netralitas_nlp.release", "netralitas_nlp.evaluate")
    bad = {name for name in imported_modules(path) if name.startswith(forbidden)}
    assert not bad, f"{module_name(path)} imports {sorted(bad)}"


@pytest.mark.parametrize("path", modules_under("ingest"), ids=lambda p: module_name(p))
def test_ingestion_reads_no_later_stage(path):
    forbidden = ("netralitas_nlp.annotate", "netralitas_nlp.extractors", "netralitas_nlp.output")
    bad = {name for name in imported_modules(path) if name.startswith(forbidden)}
    assert not bad, f"{module_name(path)} imports {sorted(bad)}"


def test_records_and_language_data_depend_on_nothing_later():
    for path in [PACKAGE / "records.py", *modules_under("lang")]:
        later = {name for name in imported_modules(path)
                 if name.startswith(("netralitas_nlp.annotate", "netralitas_nlp.extractors", "netralitas_nlp.ingest"))}
        assert not later, f"{module_name(path)} imports {sorted(later)}"


def test_the_checker_sees_a_cross_import():
    """The rule itself can fail: a relative import of another extractor is resolved and reported."""
    found = imports_of("from .dates import find_dates\nfrom ..annotate import cues\n", "netralitas_nlp.extractors")
    assert "netralitas_nlp.extractors.dates" in found and "netralitas_nlp.annotate.cues" in found
    assert {extractor_of(name) for name in found if is_package_module(name)} - {None} == {"dates"}
