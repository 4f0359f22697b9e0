"""One way to print rows, shared by every listing command (table, JSON, CSV, JSONL)."""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Any, Callable, Iterable, Sequence

import click

FORMATS = ("table", "json", "jsonl", "csv")


def format_option(*choices: str, default: str = "table") -> Callable:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices or FORMATS),
        default=default,
        show_default=True,
        help="Output format.",
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _csv_cell(value: Any) -> str:
    """Machine-readable: full-precision numbers, lists and maps as JSON (aliases hold commas)."""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, dict))
    if isinstance(value, float):
        return repr(value)
    return _cell(value)


def print_rows(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None) -> None:
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        click.echo(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str))
    elif fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_csv_cell(row.get(c)) for c in columns] for row in rows])
        click.echo(out.getvalue(), nl=False)
    else:
        print_table(rows, columns)


def print_table(rows: Iterable[dict[str, Any]], columns: Sequence[str], max_width: int = 48) -> None:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    clip = lambda s: s if len(s) <= max_width else s[: max_width - 1] + "…"  # noqa: E731
    cells = [[clip(c) for c in r] for r in cells]
    widths = [max([len(col)] + [len(r[i]) for r in cells]) for i, col in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    click.echo(line(list(columns)))
    click.echo(line(["-" * w for w in widths]))
    for r in cells:
        click.echo(line(r))
    if not cells:
        click.echo("(no rows)")


def warn(message: str) -> None:
    click.echo(message, err=True)


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()
