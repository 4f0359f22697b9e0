"""One set of filters for every export format, so a picture and a Gephi file
of "Microsoft's investments since May" show the same graph.

Edge filters run first and the neighbourhood is taken in what remains: the
ego graph of an entity then follows only the kinds of relations asked for.
When any edge filter is given, entities left without a relation are dropped
(except the focus entity), because a picture of INVESTS_IN edges should not
also show every entity in the store.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import networkx as nx

from exports.contract import relation_type, status_name


def filter_graph(
    G: nx.MultiDiGraph,
    *,
    entity: str | None = None,
    depth: int = 1,
    relations: Iterable[str] | None = None,
    statuses: Iterable[str] | None = None,
    min_confidence: float | None = None,
    since: date | str | None = None,
) -> nx.MultiDiGraph:
    """Return a new graph with the edges and entities that pass every filter.

    Examples
    --------
    >>> H = filter_graph(G, entity="OpenAI", depth=2, relations=["INVESTS_IN"])
    """
    keep = _edge_predicate(relations, statuses, min_confidence, since)
    edges = [(u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if keep(k, d)]
    edge_filtered = keep is not _keep_all
    H = _build(G, _incident(edges) if edge_filtered else set(G), edges)
    if entity is None:
        return H
    centre = find_entity(G, entity)
    H.add_node(centre, **G.nodes[centre])
    return _ego(H, centre, depth)


def find_entity(G: nx.MultiDiGraph, query: str) -> str:
    """Resolve an id, name or alias (case-insensitive) to one entity id.

    Ids win over names and names over aliases; a tie inside one tier is an
    error that lists the candidates, so the user can pass the id instead.
    """
    if query in G:
        return query
    wanted = query.casefold()
    tiers = (
        [n for n, d in G.nodes(data=True) if str(n).casefold() == wanted],
        [n for n, d in G.nodes(data=True) if str(d.get("name", "")).casefold() == wanted],
        [n for n, d in G.nodes(data=True) if wanted in _aliases(d)],
    )
    for matches in tiers:
        if len(matches) == 1:
            return matches[0]
        if matches:
            listed = ", ".join(f"{G.nodes[n].get('name', n)} ({n})" for n in sorted(matches)[:5])
            raise LookupError(f"{query!r} is ambiguous: {listed}; pass the id")
    raise LookupError(f"no entity matches {query!r}")


def parse_since(value: date | str | None) -> date | None:
    """Accept a date or an ISO string (a timestamp is cut to its date)."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"not an ISO date: {value!r}") from None


def _keep_all(key: str, data: dict) -> bool:
    return True


def _edge_predicate(relations, statuses, min_confidence, since):
    """Compile the edge filters once into a single test."""
    if relations is None and statuses is None and min_confidence is None and since is None:
        return _keep_all
    wanted_relations = None if relations is None else {relation_type(str(r).upper()) for r in relations}
    wanted_statuses = None if statuses is None else {status_name(str(s).lower()) for s in statuses}
    since_date = parse_since(since)

    def keep(key: str, data: dict) -> bool:
        if wanted_relations is not None and data.get("predicate", key) not in wanted_relations:
            return False
        if wanted_statuses is not None and data.get("status", "active") not in wanted_statuses:
            return False
        if min_confidence is not None and float(data.get("confidence", 0.0)) < min_confidence:
            return False
        return since_date is None or _seen_since(data.get("last_seen"), since_date)

    return keep


def _seen_since(last_seen: str | None, since: date) -> bool:
    if not last_seen:
        return False
    try:
        return parse_since(last_seen) >= since
    except ValueError:
        return False


def _incident(edges: list[tuple]) -> set[str]:
    return {u for u, *_ in edges} | {v for _, v, *_ in edges}


def _build(G: nx.MultiDiGraph, nodes: set[str], edges: list[tuple]) -> nx.MultiDiGraph:
    """A fresh graph (not a view), so writers may add attributes freely."""
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from((n, dict(d)) for n, d in G.nodes(data=True) if n in nodes)
    H.add_edges_from((u, v, k, dict(d)) for u, v, k, d in edges)
    return H


def _ego(H: nx.MultiDiGraph, centre: str, depth: int) -> nx.MultiDiGraph:
    if depth < 0:
        raise ValueError("depth must be 0 or more")
    reach = nx.single_source_shortest_path_length(H.to_undirected(as_view=True), centre, cutoff=depth)
    edges = [(u, v, k, d) for u, v, k, d in H.edges(keys=True, data=True) if u in reach and v in reach]
    return _build(H, set(reach), edges)


def _aliases(data: dict) -> set[str]:
    return {str(a).casefold() for a in data.get("aliases") or ()}
