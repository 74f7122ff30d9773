"""Terminal table (rich), the JSON summary, and the per-article error listing."""

from __future__ import annotations

from typing import Optional

from .scorer import ACCURACY_FIELDS, PRF_FIELDS



def _fmt(value: Optional[float]) -> str:
    return "–" if value is None else f"{value:.3f}"


def json_summary(result: dict) -> dict:
    """The issue's JSON shape (``p/r/f1`` per field, accuracies, ``n_articles``) plus extra keys."""
    out: dict = {}
    for name in PRF_FIELDS:
        scores = result.get(name)
        out[name] = None if scores is None else {k: scores[k] for k in ("p", "r", "f1", "tp", "n_gold", "n_pred")}
    for name in ACCURACY_FIELDS:
        out[name] = result.get(name)
        out[f"{name}_n"] = result.get(f"{name}_n")
    out["n_articles"] = result["n_articles"]
    out["gold"] = result.get("gold")
    if result.get("missing_predictions"):
        out["missing_predictions"] = result["missing_predictions"]
    if "splits" in result:
        out["splits"] = {name: json_summary(split) for name, split in result["splits"].items()}
    return out


def render_table(result: dict, title: str = "netralitas evaluate"):
    from rich.table import Table

    table = Table(title=f"{title} — {result['n_articles']} articles ({result.get('gold')} gold)")
    for column in ("field", "P", "R", "F1", "tp", "gold", "pred"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for name in PRF_FIELDS:
        scores = result.get(name)
        if scores is None:
            continue
        table.add_row(name, _fmt(scores["p"]), _fmt(scores["r"]), _fmt(scores["f1"]),
                      str(scores["tp"]), str(scores["n_gold"]), str(scores["n_pred"]))
    for name in ACCURACY_FIELDS:
        if result.get(f"{name}_n"):
            table.add_row(name, "", "", _fmt(result[name]), "", str(result[f"{name}_n"]), "")
    return table


def print_report(result: dict, *, show_errors: bool = False, console=None) -> None:
    from rich.console import Console

    console = console or Console()
    console.print(render_table(result))
    for name, split in (result.get("splits") or {}).items():
        console.print(render_table(split, title=f"split {name}"))
    if result.get("missing_predictions"):
        console.print(f"[yellow]{len(result['missing_predictions'])} gold articles have no prediction[/yellow]")
    if show_errors:
        print_errors(result.get("errors") or [], console)


def print_errors(errors: list[dict], console) -> None:
    for article in errors:
        console.rule(article["id"])
        for name, items in article["fields"].items():
            for label, entries in (("missed", items["missed"]), ("spurious", items["spurious"])):
                for entry in entries:
                    console.print(f"  {name:20} {label:8} {entry}", markup=False, highlight=False)
        for note in article["notes"]:
            console.print(f"  {note}", markup=False, highlight=False)
