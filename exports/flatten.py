"""Flat copies of the graph for formats that only store scalars.

GraphML, GEXF, CSV and Cypher properties take str/int/float/bool only, and
one attribute name must keep one type across the file (Gephi and
neo4j-admin declare a column type once). So lists of scalars are joined with
"|", free qualifiers become `attr_<name>` columns, everything nested (the
evidence list) becomes a JSON string, None is dropped, and mixed types in
one column are promoted to float or text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

import networkx as nx

from exports.contract import attribute_key

LIST_SEPARATOR = "|"
Scalar = str | int | float | bool
_SCALARS = (str, int, float, bool)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def flat_value(value: object) -> Scalar | None:
    """One scalar for any attribute value, or None when there is nothing to store."""
    if value is None or isinstance(value, _SCALARS):
        return value
    if isinstance(value, (list, tuple)) and all(isinstance(v, _SCALARS) for v in value):
        return LIST_SEPARATOR.join(_text(v) for v in value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def flat_attributes(data: dict) -> dict[str, Scalar]:
    """Flatten one node or edge attribute dict; the `attributes` map is spread out."""
    out: dict[str, Scalar | None] = {}
    for key, value in data.items():
        if key == "attributes" and isinstance(value, dict):
            out.update({attribute_key(k): flat_value(v) for k, v in value.items()})
        else:
            out[str(key)] = flat_value(value)
    return {k: v for k, v in out.items() if v is not None}


def xml_text(text: str) -> str:
    """Drop the characters XML 1.0 cannot hold (scraped text has stray controls)."""
    return _NOT_XML.sub("", text)


def column_types(records: Iterable[dict]) -> dict[str, type]:
    """The one type each column gets: its own, float for int+float, else str."""
    seen: dict[str, set[type]] = {}
    for record in records:
        for key, value in record.items():
            seen.setdefault(key, set()).add(type(value))
    return {key: _common_type(types) for key, types in seen.items()}


def harmonise(records: list[dict]) -> dict[str, type]:
    """Convert values in place so every column holds one type; return the types."""
    types = column_types(records)
    for record in records:
        for key, value in record.items():
            if type(value) is not types[key]:
                record[key] = float(value) if types[key] is float else _text(value)
    return types


def flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A flat, XML-safe copy of `G` with Gephi's `label`, `weight` and unique edge ids.

    Edge keys in `G` are predicates, which repeat across the graph; Gephi
    drops edges whose id it has already seen, so the copy keys each edge by
    `subject|predicate|object`.
    """
    H = nx.MultiDiGraph()
    H.graph.update({k: v for k, v in G.graph.items() if isinstance(v, _SCALARS)})
    nodes = [(n, _flat_node(n, d)) for n, d in G.nodes(data=True)]
    edges = [(u, v, f"{u}|{k}|{v}", _flat_edge(k, d)) for u, v, k, d in G.edges(keys=True, data=True)]
    harmonise([d for _, d in nodes])
    harmonise([d for *_, d in edges])
    H.add_nodes_from(nodes)
    H.add_edges_from(edges)
    return H


def _flat_node(node: str, data: dict) -> dict[str, Scalar]:
    flat = flat_attributes(data)
    flat["label"] = str(data.get("name") or node)
    return _xml_safe(flat)


def _flat_edge(key: str, data: dict) -> dict[str, Scalar]:
    flat = flat_attributes(data)
    flat.setdefault("predicate", str(key))
    flat["label"] = flat["predicate"]
    flat["weight"] = float(data.get("evidence_count") or 1)
    return _xml_safe(flat)


def _xml_safe(flat: dict[str, Scalar]) -> dict[str, Scalar]:
    return {k: xml_text(v) if isinstance(v, str) else v for k, v in flat.items()}


def _common_type(types: set[type]) -> type:
    if len(types) == 1:
        return next(iter(types))
    if types <= {int, float}:
        return float
    return str


def _text(value: Scalar) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
