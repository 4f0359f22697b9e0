"""Graph analysis on the networkx view of a store (``store.to_networkx()``).

Every function takes the MultiDiGraph ``G`` that both stores build (nodes
carry ``name``, ``type``, ``aliases``; edges carry ``predicate``,
``status``, ``negated``, ``confidence``, ``first_seen`` ...) and returns
plain rows, so the CLI can print them and notebooks can tabulate them.

Negated claims are never treated as edges: the text says the relation does
not hold. Questions about the present (dependencies, money flows) also
drop ``ended`` and ``speculative`` claims; see :data:`CURRENT`.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("msft", name="Microsoft", type="Company", aliases=[])
>>> G.add_node("openai", name="OpenAI", type="Company", aliases=[])
>>> _ = G.add_edge("msft", "openai", key="INVESTS_IN", predicate="INVESTS_IN",
...                status="active", negated=False, confidence=0.9)
>>> _ = G.add_edge("msft", "openai", key="PROVIDES_CLOUD_TO", predicate="PROVIDES_CLOUD_TO",
...                status="active", negated=False, confidence=0.8)
>>> [c["cycle"] for c in money_cycles(G)]
['Microsoft → OpenAI → Microsoft']
>>> [(r["customer"], r["supplier"]) for r in single_supplier_dependencies(G)]
[('OpenAI', 'Microsoft')]
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

import networkx as nx

from graph.names import lookup_keys, name_key

Row = dict[str, Any]

CURRENT = ("active", "planned")
SUPPLY = {"chips": "SUPPLIES_CHIPS_TO", "cloud": "PROVIDES_CLOUD_TO"}
EXACT_BETWEENNESS_UP_TO = 500  # nodes; above this, betweenness samples k sources
DEFAULT_SAMPLES = 200


# -- views ---------------------------------------------------------------------


def facts(
    G: nx.MultiDiGraph, relation_types: Iterable[str] | None = None, statuses: Iterable[str] | None = None
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Edges that assert something: not negated, of the wanted types and statuses."""
    types = {t.upper() for t in relation_types} if relation_types else None
    wanted = set(statuses) if statuses else None
    for u, v, data in G.edges(data=True):
        if data.get("negated"):
            continue
        if types is not None and data.get("predicate") not in types:
            continue
        if wanted is not None and data.get("status", "active") not in wanted:
            continue
        yield u, v, data


def undirected(G: nx.MultiDiGraph, relation_types: Iterable[str] | None = None) -> nx.Graph:
    """One undirected edge per linked pair, weighted by its most confident relation.

    Symmetric relations are stored in an arbitrary canonical direction, so
    direction carries no meaning for "who is central" or "who clusters".
    """
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, data in facts(G, relation_types):
        weight = float(data.get("confidence", 1.0))
        if not H.has_edge(u, v) or H[u][v]["weight"] < weight:
            H.add_edge(u, v, weight=weight)
    return H


def _label(G: nx.MultiDiGraph, node: str) -> str:
    return G.nodes[node].get("name", node)


def resolve(G: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose id, name or alias matches ``name`` like the stores' lookup does."""
    index: dict[str, list[str]] = {}
    for node, data in G.nodes(data=True):
        keys = {name_key(node), name_key(data.get("name", node))}
        keys |= {name_key(alias) for alias in data.get("aliases") or ()}
        for key in keys:
            index.setdefault(key, []).append(node)
    for key in lookup_keys(name):
        if key in index:
            return sorted(index[key])
    return []


# -- centrality ------------------------------------------------------------------


def centrality(
    G: nx.MultiDiGraph,
    measure: str = "pagerank",
    *,
    relation_types: Iterable[str] | None = None,
    entity_type: str | None = "Company",
    limit: int | None = 10,
    k: int | None = None,
    seed: int = 0,
) -> list[Row]:
    """The most central entities (companies by default) by degree, betweenness or PageRank.

    Betweenness is exact up to :data:`EXACT_BETWEENNESS_UP_TO` nodes and
    sampled from ``k`` sources above (exact betweenness is cubic-ish and
    takes minutes at 100k edges); ``seed`` keeps the sample reproducible.
    """
    H = undirected(G, relation_types)
    scores = _scores(H, measure, k, seed)
    rows = [
        {"id": n, "name": _label(G, n), "type": G.nodes[n].get("type"), "score": round(s, 6), "degree": H.degree(n)}
        for n, s in scores.items()
        if entity_type is None or G.nodes[n].get("type", "").lower() == entity_type.lower()
    ]
    rows.sort(key=lambda r: (-r["score"], -r["degree"], r["name"], r["id"]))
    return rows[:limit] if limit else rows


def _scores(H: nx.Graph, measure: str, k: int | None, seed: int) -> dict[str, float]:
    if H.number_of_nodes() == 0:
        return {}
    if measure == "degree":
        return nx.degree_centrality(H)
    if measure == "pagerank":
        return pagerank(H)
    if measure == "betweenness":
        n = H.number_of_nodes()
        samples = k if k is not None else (None if n <= EXACT_BETWEENNESS_UP_TO else DEFAULT_SAMPLES)
        return nx.betweenness_centrality(H, k=min(samples, n) if samples else None, seed=seed)
    raise ValueError(f"unknown centrality measure {measure!r}; use degree, betweenness or pagerank")


def pagerank(H: nx.Graph, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200) -> dict[str, float]:
    """Weighted PageRank by power iteration.

    networkx's own ``pagerank`` needs SciPy, which aikg does not depend on;
    this is the same iteration (uniform teleport, dangling mass spread
    evenly) in plain Python, about 3 s per million edges.
    """
    nodes = list(H)
    n = len(nodes)
    strength = {u: sum(d.get("weight", 1.0) for d in H[u].values()) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if strength[u] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u in nodes:
            if strength[u]:
                share = alpha * rank[u] / strength[u]
                for v, data in H[u].items():
                    new[v] += share * data.get("weight", 1.0)
        if sum(abs(new[u] - rank[u]) for u in nodes) < n * tol:
            return new
        rank = new
    return rank


# -- communities -----------------------------------------------------------------


def communities(
    G: nx.MultiDiGraph,
    *,
    relation_types: Iterable[str] | None = None,
    resolution: float = 1.0,
    seed: int = 0,
    min_size: int = 2,
) -> list[Row]:
    """Clusters of densely linked entities (Louvain, weighted by confidence), largest first."""
    H = undirected(G, relation_types)
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    if H.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(H, weight="weight", resolution=resolution, seed=seed)
    groups = [sorted(group, key=lambda n: (_label(G, n), n)) for group in found if len(group) >= min_size]
    groups.sort(key=lambda g: (-len(g), _label(G, g[0]), g[0]))
    return [_community_row(G, H, i, group) for i, group in enumerate(groups, start=1)]


def _community_row(G: nx.MultiDiGraph, H: nx.Graph, number: int, group: list[str]) -> Row:
    hub = max(group, key=lambda n: (H.degree(n), _label(G, n)))
    return {
        "community": number,
        "size": len(group),
        "hub": _label(G, hub),
        "members": [_label(G, n) for n in group],
        "ids": group,
    }


# -- dependencies ------------------------------------------------------------------


def single_supplier_dependencies(
    G: nx.MultiDiGraph, *, kinds: Iterable[str] = ("chips", "cloud"), statuses: Iterable[str] = CURRENT
) -> list[Row]:
    """Customers whose chips (or cloud) come from exactly one known supplier.

    A single supplier is a concentration risk; the list says who is exposed
    and to whom. Only current claims (:data:`CURRENT`) count.
    """
    rows = []
    for kind in kinds:
        suppliers: dict[str, dict[str, float]] = {}
        for u, v, data in facts(G, [SUPPLY[kind]], statuses):
            suppliers.setdefault(v, {})[u] = data.get("confidence", 1.0)
        for customer, found in suppliers.items():
            if len(found) == 1:
                (supplier, confidence), = found.items()
                rows.append(_dependency_row(G, kind, customer, supplier, confidence))
    rows.sort(key=lambda r: (r["kind"], r["customer"], r["customer_id"]))
    return rows


def _dependency_row(G, kind: str, customer: str, supplier: str, confidence: float) -> Row:
    return {
        "kind": kind,
        "customer": _label(G, customer),
        "customer_id": customer,
        "supplier": _label(G, supplier),
        "supplier_id": supplier,
        "confidence": confidence,
    }


# -- circular money flows ---------------------------------------------------------

# predicate -> (money flows from subject to object?, how to say it)
MONEY_FLOWS = {
    "INVESTS_IN": (True, "{a} invests in {b}"),
    "ACQUIRES": (True, "{a} pays for {b}"),
    "SUPPLIES_CHIPS_TO": (False, "{b} buys chips from {a}"),
    "PROVIDES_CLOUD_TO": (False, "{b} buys cloud from {a}"),
}


def money_graph(G: nx.MultiDiGraph, statuses: Iterable[str] = CURRENT) -> nx.DiGraph:
    """Who pays whom: investments point from investor to investee, purchases from customer to supplier."""
    F = nx.DiGraph()
    for u, v, data in facts(G, MONEY_FLOWS, statuses):
        forward, phrase = MONEY_FLOWS[data["predicate"]]
        payer, payee = (u, v) if forward else (v, u)
        flow = phrase.format(a=_label(G, u), b=_label(G, v))
        if not F.has_edge(payer, payee):
            F.add_edge(payer, payee, flows=[], investment=False)
        F[payer][payee]["flows"].append(flow)
        F[payer][payee]["investment"] |= data["predicate"] == "INVESTS_IN"
    return F


def money_cycles(
    G: nx.MultiDiGraph, *, max_length: int = 4, statuses: Iterable[str] = CURRENT, limit: int | None = None
) -> list[Row]:
    """Circular money flows that include an investment (round-tripping).

    "A invests in B, and B buys chips or cloud from A" is a cycle of length
    2: the investment comes back to the investor as revenue.
    """
    F = money_graph(G, statuses)
    rows = []
    for cycle in nx.simple_cycles(F, length_bound=max_length):
        steps = list(zip(cycle, cycle[1:] + cycle[:1]))
        if any(F[a][b]["investment"] for a, b in steps):
            rows.append(_cycle_row(G, F, cycle))
    rows.sort(key=lambda r: (r["length"], r["cycle"], r["ids"]))
    return rows[:limit] if limit else rows


def _cycle_row(G: nx.MultiDiGraph, F: nx.DiGraph, cycle: list[str]) -> Row:
    start = cycle.index(min(cycle))
    cycle = cycle[start:] + cycle[:start]
    steps = list(zip(cycle, cycle[1:] + cycle[:1]))
    names = [_label(G, n) for n in cycle]
    return {
        "length": len(cycle),
        "cycle": " → ".join(names + names[:1]),
        "flows": [flow for a, b in steps for flow in sorted(F[a][b]["flows"])],
        "ids": cycle,
    }


# -- neighbourhoods and time --------------------------------------------------------


def ego_network(G: nx.MultiDiGraph, entity: str, depth: int = 1) -> nx.MultiDiGraph:
    """The entities at most ``depth`` hops from ``entity`` (id, name or alias) and all relations among them.

    Hops follow relations in either direction; negated claims are neither
    followed nor kept. An unknown name gives an empty graph.
    """
    live = nx.subgraph_view(G, filter_edge=lambda u, v, k: not G.edges[u, v, k].get("negated"))
    centre = resolve(G, entity)
    reach = {n: 0 for n in centre}
    frontier = list(centre)
    for hop in range(1, depth + 1):
        frontier = list(dict.fromkeys(m for n in frontier for m in nx.all_neighbors(live, n) if m not in reach))
        reach.update((m, hop) for m in frontier)
    ego = live.subgraph(reach).copy()
    nx.set_node_attributes(ego, reach, "hops")
    return ego


def relationship_timeline(G: nx.MultiDiGraph, entity: str | None = None) -> list[Row]:
    """Relations in the order they were first reported, optionally only those of one entity.

    Negated claims stay in, flagged: a denial is part of the story.
    """
    nodes = set(resolve(G, entity)) if entity else None
    rows = [
        _timeline_row(G, u, v, data)
        for u, v, data in G.edges(data=True)
        if nodes is None or u in nodes or v in nodes
    ]
    rows.sort(key=lambda r: (r["first_seen"] or "", r["last_seen"] or "", r["subject"], r["predicate"], r["object"]))
    return rows


def _timeline_row(G: nx.MultiDiGraph, u: str, v: str, data: dict[str, Any]) -> Row:
    return {
        "first_seen": data.get("first_seen"),
        "last_seen": data.get("last_seen"),
        "subject": _label(G, u),
        "predicate": data.get("predicate"),
        "object": _label(G, v),
        "status": data.get("status"),
        "negated": bool(data.get("negated")),
        "confidence": data.get("confidence"),
        "evidence_count": data.get("evidence_count"),
    }


def edge_rows(G: nx.MultiDiGraph) -> list[Row]:
    """Edges of a (sub)graph as rows, e.g. to print an ego network."""
    rows = [
        {"hops": max(G.nodes[u].get("hops", 0), G.nodes[v].get("hops", 0)), "subject": _label(G, u),
         "predicate": d.get("predicate"), "object": _label(G, v), "status": d.get("status"),
         "confidence": d.get("confidence")}
        for u, v, d in G.edges(data=True)
    ]
    rows.sort(key=lambda r: (r["hops"], r["subject"], r["predicate"], r["object"]))
    return rows
