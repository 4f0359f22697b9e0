"""`aikg analyze KIND`: graph analysis (centrality, communities, dependencies, money cycles, ...)."""

from __future__ import annotations

from typing import Any, Callable

import click

from aikg.cli.common import open_embedded, store_option
from aikg.cli.output import format_option, print_rows
from aikg.cli.common import neo4j_options
from aikg.cli.query import UsageFailure, connect_neo4j
from graph import analysis
from graph.models import EntityType, RelationType

KINDS = ("centrality", "communities", "single-supplier", "money-cycles", "ego", "timeline")


def _centrality(G, o: dict[str, Any]) -> list[dict]:
    return analysis.centrality(
        G, o["measure"], relation_types=o["types"], entity_type=o["entity_type"], limit=o["limit"], k=o["samples"]
    )


def _communities(G, o: dict[str, Any]) -> list[dict]:
    rows = analysis.communities(G, relation_types=o["types"])
    return [{k: v for k, v in row.items() if k != "ids"} for row in rows][: o["limit"]]


def _money_cycles(G, o: dict[str, Any]) -> list[dict]:
    rows = analysis.money_cycles(G, max_length=o["max_length"], limit=o["limit"])
    return [{k: v for k, v in row.items() if k != "ids"} for row in rows]


def _ego(G, o: dict[str, Any]) -> list[dict]:
    return analysis.edge_rows(analysis.ego_network(G, _needs_name(o), o["depth"]))[: o["limit"]]


def _timeline(G, o: dict[str, Any]) -> list[dict]:
    return analysis.relationship_timeline(G, o["name"])[: o["limit"]]


def _needs_name(o: dict[str, Any]) -> str:
    if not o["name"]:
        raise UsageFailure("this analysis needs --name ENTITY")
    return o["name"]


RUNNERS: dict[str, Callable[[Any, dict[str, Any]], list[dict]]] = {
    "centrality": _centrality,
    "communities": _communities,
    "single-supplier": lambda G, o: analysis.single_supplier_dependencies(G)[: o["limit"]],
    "money-cycles": _money_cycles,
    "ego": _ego,
    "timeline": _timeline,
}


def _types(ctx, param, value: str | None) -> list[str] | None:
    """Comma-separated relation types, checked against the ontology."""
    if not value:
        return None
    names = [v.strip().upper() for v in value.split(",") if v.strip()]
    known = {t.value for t in RelationType}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise click.BadParameter(f"unknown relation type {unknown[0]!r}")
    return names


@click.command()
@click.argument("kind", type=click.Choice(KINDS))
@store_option
@click.option("--neo4j", "use_neo4j", is_flag=True, help="Analyse the graph in Neo4j instead.")
@neo4j_options
@click.option("--name", help="Entity for ego and timeline: id, name or alias.")
@click.option("--depth", type=click.IntRange(1, 4), default=1, show_default=True, help="Hops for ego.")
@click.option("--measure", type=click.Choice(["pagerank", "degree", "betweenness"]), default="pagerank",
              show_default=True, help="Centrality measure.")
@click.option("--types", callback=_types, help="Only these relation types, comma-separated (centrality, communities).")
@click.option("--entity-type", type=click.Choice([t.value for t in EntityType] + ["any"]), default="Company",
              show_default=True, help="Rank only this entity type (centrality).")
@click.option("--samples", type=click.IntRange(min=1), help="Betweenness sample size (default: exact up to 500 nodes).")
@click.option("--max-length", type=click.IntRange(2, 8), default=4, show_default=True, help="Longest money cycle.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many rows.")
@format_option("table", "json", "jsonl", "csv")
def analyze(kind, store_path, use_neo4j, uri, user, password, database, fmt, **options):
    """Analyse the whole graph: who is central, who clusters, who depends on one supplier.

    \b
    KIND is one of:
      centrality       most central companies (--measure, --types, --entity-type)
      communities      clusters of densely linked entities (Louvain)
      single-supplier  customers whose chips or cloud come from one supplier
      money-cycles     investments that flow back as chip or cloud purchases
      ego              the neighbourhood of --name up to --depth hops
      timeline         relations by first report, all or of --name

    \b
    Example:
      aikg analyze centrality --measure betweenness --limit 10
      aikg analyze centrality --types SUPPLIES_CHIPS_TO,PROVIDES_CLOUD_TO
      aikg analyze money-cycles --format json
      aikg analyze ego --name OpenAI --depth 2
    """
    if options["entity_type"] == "any":
        options["entity_type"] = None
    if kind == "ego":
        _needs_name(options)
    G = _graph(store_path, use_neo4j, (uri, user, password, database))
    print_rows(RUNNERS[kind](G, options), fmt)


def _graph(store_path, use_neo4j: bool, settings: tuple):
    """The store's networkx view; Neo4j failures become one line."""
    from graph.neo4j_store import Neo4jStoreError

    store = connect_neo4j(*settings) if use_neo4j else open_embedded(store_path)
    try:
        return store.to_networkx()
    except Neo4jStoreError as err:
        raise click.ClickException(str(err)) from err
    finally:
        store.close()
