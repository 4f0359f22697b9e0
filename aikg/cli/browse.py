"""`aikg stats`, `aikg entities`, `aikg relations`: read the store."""

from __future__ import annotations

import json

import click

from aikg.cli.common import open_embedded, store_option
from aikg.cli.output import format_option, print_rows
from graph.models import EntityType, RelationType, Status
from graph.store import EntityRow, RelationRow


@click.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(store_path, fmt):
    """Count articles, entities, relations and evidences in the store.

    \b
    Example:
      aikg stats --format json
    """
    store = open_embedded(store_path)
    figures = store.stats().model_dump()
    store.close()
    if fmt == "json":
        click.echo(json.dumps(figures))
    else:
        for key, value in figures.items():
            click.echo(f"{key:<10} {value}")


@click.command()
@store_option
@click.option("--type", "type_", type=click.Choice([t.value for t in EntityType]), help="Entity type.")
@click.option("--name", help="Id, name or alias (case-insensitive).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")
@format_option("table", "json", "jsonl", "csv")
def entities(store_path, type_, name, limit, fmt):
    """List entities, most connected first.

    \b
    Example:
      aikg entities --type Company --limit 20
      aikg entities --name openai --format json
    """
    store = open_embedded(store_path)
    rows = [e.model_dump() for e in store.entities(type=type_, name=name, limit=limit)]
    store.close()
    table = ["id", "name", "type", "mentions", "degree", "aliases"]
    print_rows(rows, fmt, table if fmt == "table" else list(EntityRow.model_fields))


@click.command()
@store_option
@click.option("--predicate", type=click.Choice([t.value for t in RelationType]), help="Relation type.")
@click.option("--name", help="Entity on either end: id, name or alias.")
@click.option("--status", type=click.Choice([s.value for s in Status]))
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0))
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")
@format_option("table", "json", "jsonl", "csv")
def relations(store_path, predicate, name, status, min_confidence, limit, fmt):
    """List relations with their qualifiers and evidence counts.

    \b
    Example:
      aikg relations --name Nvidia --predicate SUPPLIES_CHIPS_TO
      aikg relations --status planned --format csv > planned.csv
    """
    store = open_embedded(store_path)
    rows = store.relations(
        predicate=predicate, name=name, status=status, min_confidence=min_confidence, limit=limit
    )
    store.close()
    columns = ["subject", "predicate", "object", "status", "negated", "confidence", "evidence_count"]
    print_rows([r.model_dump() for r in rows], fmt, columns if fmt == "table" else list(RelationRow.model_fields))
