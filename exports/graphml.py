"""GraphML for Gephi and other graph tools.

GraphML only stores scalars, so the graph is flattened first (see
`exports.flatten`); node `label` is the entity name and edge `weight` the
number of evidence sentences, which Gephi picks up for labels and layouts.
"""

from __future__ import annotations

import networkx as nx
from networkx.utils import open_file

from exports.flatten import flat_graph
from exports.streams import binary_stream


@open_file(1, mode="wb")
def write_graphml(G: nx.MultiDiGraph, path) -> None:
    """Write `G` as UTF-8 GraphML.

    Examples
    --------
    >>> write_graphml(G, "graph.graphml")
    >>> H = nx.read_graphml("graph.graphml", force_multigraph=True)
    """
    with binary_stream(path) as fh:
        nx.write_graphml(flat_graph(G), fh, encoding="utf-8", named_key_ids=False)
