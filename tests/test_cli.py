"""The ``netralitas`` command line on mixed real input: errors file, exit codes, schema, formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netralitas_nlp.cli import app

REPO = Path(__file__).resolve().parents[1]
FIELDS = ("id", "title", "text", "published", "url", "source")
runner = CliRunner()


@pytest.fixture(scope="module")
def detik(news_articles) -> list[dict]:
    return [{k: row[k] for k in FIELDS} for row in news_articles if row["id"].startswith("detik2025:")][:5]


@pytest.fixture(scope="module")
def schema() -> dict:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    return json.loads(result.stdout)


def good_folder(root: Path, detik: list[dict]) -> Path:
    folder = root / "good"
    folder.mkdir()
    for seed in ("seed-000", "seed-004"):
        (folder / f"{seed}.txt").write_bytes((REPO / "corpora" / "seeds" / f"{seed}.txt").read_bytes())
    (folder / "detik.jsonl").write_text("".join(json.dumps(row) + "\n" for row in detik), encoding="utf-8")
    return folder


def mixed_folder(root: Path, detik: list[dict]) -> Path:
    folder = good_folder(root, detik)
    with (folder / "detik.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"id": "broken", "text": "Bupati hadir\n')  # malformed JSON line
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "cp1252.txt").write_bytes("Bupati Resmikan Pasar\nBupati Gowa meresmikan pasar, kata "
                                        "\u201cwarga senang\u201d, di caf\u00e9 desa.\n".encode("cp1252"))
    return folder


def run_extract(*args: str):
    return runner.invoke(app, ["extract", "--quiet", *args])


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_mixed_input_failures_go_to_the_errors_file(tmp_path, detik, schema):
    jsonschema = pytest.importorskip("jsonschema")
    out = tmp_path / "out" / "records.jsonl"
    result = run_extract(str(mixed_folder(tmp_path, detik)), "-o", str(out))
    assert result.exit_code == 1, result.output
    records = read_jsonl(out)
    assert sorted(r["id"] for r in records) == sorted(["seed-000", "seed-004", "cp1252", *(row["id"] for row in detik)])
    for record in records:
        jsonschema.validate(record, schema)
        assert record["text"].strip()
    cp1252 = next(r for r in records if r["id"] == "cp1252")
    assert "café" in cp1252["text"] and "“warga senang”" in cp1252["text"]
    assert any("cp1252" in warning for warning in cp1252["warnings"])
    errors = read_jsonl(out.parent / "records.jsonl.errors.jsonl")
    assert len(errors) == 3
    for error in errors:
        assert set(error) == {"id", "source", "error"} and set(error["error"]) == {"type", "message"}
    sources = {Path(e["source"].rsplit(":", 1)[0]).name: e["error"]["type"] for e in errors}
    assert set(sources) == {"detik.jsonl", "empty.txt", "binary.txt"}
    assert sources["detik.jsonl"] == "JSONDecodeError" and sources["binary.txt"] == "BinaryInputError"


def test_all_good_exits_zero_and_is_deterministic(tmp_path, detik):
    folder = good_folder(tmp_path, detik)
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert run_extract(str(folder), "-o", str(first)).exit_code == 0
    assert run_extract(str(folder), "-o", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    assert len(read_jsonl(first)) == 2 + len(detik)
    assert not (tmp_path / "a.jsonl.errors.jsonl").exists()


def test_unknown_output_suffix_is_a_usage_error(tmp_path, detik):
    result = run_extract(str(good_folder(tmp_path, detik)), "-o", str(tmp_path / "out.csv"))
    assert result.exit_code == 2
    assert not (tmp_path / "out.csv").exists()


def test_parquet_and_hf_outputs_have_the_same_rows(tmp_path, detik):
    datasets = pytest.importorskip("datasets")
    folder = good_folder(tmp_path, detik)
    jsonl, parquet, hf = tmp_path / "r.jsonl", tmp_path / "r.parquet", tmp_path / "r_hf"
    assert run_extract(str(folder), "-o", str(jsonl)).exit_code == 0
    assert run_extract(str(folder), "-o", str(parquet)).exit_code == 0
    assert run_extract(str(folder), "-o", str(hf), "--format", "hf").exit_code == 0
    expected = [(r["id"], r["text"], len(r["officials"])) for r in read_jsonl(jsonl)]
    from_parquet = datasets.Dataset.from_parquet(str(parquet), cache_dir=str(tmp_path / "cache"))
    from_disk = datasets.load_from_disk(str(hf))
    for loaded in (from_parquet, from_disk):
        assert [(r["id"], r["text"], len(r["officials"])) for r in loaded] == expected


def test_console_entry_point_exit_code(tmp_path, detik):
    folder = mixed_folder(tmp_path, detik)
    completed = subprocess.run([sys.executable, "-m", "netralitas_nlp", "extract", str(folder), "-o",
                                str(tmp_path / "x.jsonl"), "--quiet"], cwd=REPO, capture_output=True, text=True,
                               timeout=300)
    assert completed.returncode == 1, completed.stderr
    assert len(read_jsonl(tmp_path / "x.jsonl.errors.jsonl")) == 3
