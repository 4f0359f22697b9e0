"""Exports of the knowledge graph: one module per format, one registry.

Every writer takes the MultiDiGraph of `Store.to_networkx()` and a path or
an open file (CSV: a directory or prefix, since it writes two files).

Examples
--------
>>> from exports import filter_graph, write
>>> write(filter_graph(G, entity="OpenAI", depth=2), "html", "openai.html")
"""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx

from exports.csv_admin import write_csv
from exports.cypher_script import write_cypher
from exports.filters import filter_graph
from exports.gexf import write_gexf
from exports.graphml import write_graphml
from exports.html import write_html
from exports.json_graph import write_json

__all__ = ["FORMATS", "WRITERS", "filter_graph", "write"]

WRITERS: dict[str, Callable[..., object]] = {
    "html": write_html,
    "graphml": write_graphml,
    "gexf": write_gexf,
    "json": write_json,
    "csv": write_csv,
    "cypher": write_cypher,
}
FORMATS: tuple[str, ...] = tuple(WRITERS)


def write(G: nx.MultiDiGraph, fmt: str, out, **options) -> object:
    """Write `G` in format `fmt` to `out`; options go to that format's writer."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return writer(G, out, **options)
