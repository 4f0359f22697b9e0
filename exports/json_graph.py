"""Node-link JSON for D3 (`nodes` + `links`, `source`/`target` = entity ids).

Lists, the attributes map and the evidence list stay structured: JSON holds
them natively and D3 code reads them as they are. Non-ASCII names are
written as UTF-8, not as \\u escapes.
"""

from __future__ import annotations

import json

import networkx as nx
from networkx.utils import open_file

from exports.streams import text_stream


def node_link(G: nx.MultiDiGraph) -> dict:
    """The node-link dict; each link keeps its predicate as `key`."""
    return nx.node_link_data(G, edges="links")


@open_file(1, mode="wb")
def write_json(G: nx.MultiDiGraph, path) -> None:
    """Write `G` as node-link JSON.

    Examples
    --------
    >>> write_json(G, "graph.json")
    >>> H = nx.node_link_graph(json.load(open("graph.json")), edges="links")
    """
    with text_stream(path) as fh:
        json.dump(node_link(G), fh, ensure_ascii=False, separators=(",", ":"), default=str)
        fh.write("\n")


@open_file(0, mode="rb")
def read_json(path) -> nx.MultiDiGraph:
    """Read a node-link export back into the store's graph shape.

    Lets a saved JSON export be filtered and re-exported without the store.
    """
    data = json.load(path)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
