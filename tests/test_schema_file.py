"""docs/article.schema.json is the schema `netralitas schema` prints (kept in sync)."""

import json
import subprocess
import sys

from netralitas_nlp.records import json_schema
from tests.conftest import REPO


def test_published_schema_is_current():
    published = json.loads((REPO / "docs" / "article.schema.json").read_text(encoding="utf-8"))
    assert published == json_schema(), "regenerate: netralitas schema > docs/article.schema.json"


def test_schema_command_prints_it():
    out = subprocess.run([sys.executable, "-m", "netralitas_nlp", "schema"], capture_output=True, text=True,
                         check=True, cwd=REPO).stdout
    assert json.loads(out)["title"] == "Article"
