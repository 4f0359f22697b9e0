"""GEXF 1.2 for Gephi, with the picture's colours, sizes and a timeline.

The graph is flattened as for GraphML. On top, nodes and edges carry Gephi
`viz` colours/sizes from `exports.style`, and edges with `first_seen`/
`last_seen` get a time interval, so Gephi's timeline can replay the news.
"""

from __future__ import annotations

import networkx as nx
from networkx.utils import open_file

from exports.flatten import flat_graph
from exports.streams import binary_stream
from exports.style import ENTITY_STYLE, NEGATED_COLOUR, RELATION_COLOUR, edge_width, node_size, rgb


@open_file(1, mode="wb")
def write_gexf(G: nx.MultiDiGraph, path) -> None:
    """Write `G` as UTF-8 GEXF 1.2.

    Examples
    --------
    >>> write_gexf(G, "graph.gexf")
    >>> H = nx.read_gexf("graph.gexf")
    """
    H = flat_graph(G)
    for node, data in H.nodes(data=True):
        data["viz"] = _node_viz(data, G.degree(node))
    for u, v, data in H.edges(data=True):
        _add_edge_viz_and_time(data)
    with binary_stream(path) as fh:
        nx.write_gexf(H, fh, encoding="utf-8", prettyprint=True)


def _node_viz(data: dict, degree: int) -> dict:
    style = ENTITY_STYLE.get(str(data.get("type")), ENTITY_STYLE["Company"])
    return {"color": {**rgb(style["colour"]), "a": 1.0}, "size": node_size(degree), "shape": style["gexf_shape"]}


def _add_edge_viz_and_time(data: dict) -> None:
    colour = NEGATED_COLOUR if data.get("negated") else RELATION_COLOUR.get(str(data.get("predicate")), "#757575")
    data["viz"] = {"color": {**rgb(colour), "a": 1.0}, "thickness": edge_width(int(data.get("evidence_count", 1)))}
    if data.get("first_seen"):
        data["start"] = str(data["first_seen"])[:10]
    if data.get("last_seen"):
        data["end"] = str(data["last_seen"])[:10]
