"""The measured accuracy a release states: the latest accuracy line of ``benchmarks/RESULTS.md``.

``make bench`` appends one table line per run, ``| date | commit | accuracy | numbers |``, the
numbers being groups ``set (n): measure value, measure value; set (n): …``.  The card turns the
newest accuracy line into a table with one column per evaluation set.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import regex

RESULTS = Path(__file__).resolve().parents[2] / "benchmarks" / "RESULTS.md"
GROUP = regex.compile(r"^\s*(?P<name>[^:]+?)\s*:\s*(?P<items>.+)$")
ITEM = regex.compile(r"^(?P<measure>.+?)\s+(?P<value>[\d.–/-]+)$")


@dataclass
class Accuracy:
    date: str
    commit: str
    sets: list[str] = field(default_factory=list)  # evaluation sets, in the line's order
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # measure → set → value
    preamble: str = ""  # what RESULTS.md says about the sets

    def markdown(self) -> str:
        header = "| measure | " + " | ".join(self.sets) + " |"
        rule = "|---|" + "---|" * len(self.sets)
        rows = [f"| {measure} | " + " | ".join(by_set.get(name, "–") for name in self.sets) + " |"
                for measure, by_set in self.values.items()]
        return "\n".join([header, rule, *rows])


def parse_numbers(numbers: str) -> tuple[list[str], dict[str, dict[str, str]]]:
    sets: list[str] = []
    values: dict[str, dict[str, str]] = {}
    for group in numbers.split(";"):
        found = GROUP.match(group)
        if not found:
            continue
        name = found["name"].strip()
        sets.append(name)
        for item in found["items"].split(","):
            measured = ITEM.match(item.strip())
            if measured:
                values.setdefault(measured["measure"], {})[name] = measured["value"]
    return sets, values


def latest_accuracy(results: Optional[Path] = None) -> Optional[Accuracy]:
    """The newest ``accuracy`` line of RESULTS.md, or None when the file or such a line is missing."""
    path = Path(results) if results else RESULTS
    if not path.is_file():
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    preamble = " ".join(line for line in lines if line.startswith("Accuracy:"))
    for line in reversed(lines):
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[2] == "accuracy":
            sets, values = parse_numbers(cells[3])
            if values:
                return Accuracy(date=cells[0], commit=cells[1], sets=sets, values=values, preamble=preamble)
    return None
