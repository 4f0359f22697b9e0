"""The data the interactive page draws: vis-network items plus a legend.

Items are built in one pass per list (pyvis' `from_nx` is quadratic) and
carry only plain values: names, sentences and titles stay text that the
page puts into the DOM as text nodes. Only http(s) URLs are kept, and
Wikidata links are built from validated QIDs, never taken from text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from urllib.parse import urlsplit, urlunsplit

import networkx as nx

from exports.contract import ENTITY_TYPES, SYMMETRIC_TYPES, entity_label, relation_type
from exports.layout import layout
from exports.style import DASHES, ENTITY_STYLE, NEGATED_COLOUR, RELATION_COLOUR, edge_width, node_size

QID = re.compile(r"^Q[1-9][0-9]*$")


def page_data(G: nx.MultiDiGraph, *, physics: bool, max_evidence: int) -> dict:
    """Everything the page script needs, as one JSON-ready dict."""
    positions = layout(G)
    nodes = [vis_node(n, d, G.degree(n), positions.get(n)) for n, d in G.nodes(data=True)]
    edges = vis_edges(G, max_evidence)
    return {"nodes": nodes, "edges": edges, "options": vis_options(physics), "legend": legend(nodes, edges)}


def vis_node(node: str, data: dict, degree: int, xy: tuple[float, float] | None) -> dict:
    """One vis-network node: shape/colour via its type's group, size by degree."""
    item = {
        "id": node, "label": str(data.get("name") or node), "group": entity_label(data.get("type")),
        "size": node_size(degree), "degree": degree, "mentions": _int(data.get("mentions")),
        "aliases": [str(a) for a in data.get("aliases") or ()], "confidence": _number(data.get("confidence")),
    }
    wikidata = data.get("wikidata")
    if isinstance(wikidata, str) and QID.match(wikidata):
        item["wikidata"] = wikidata
    if xy is not None:
        item["x"], item["y"] = xy
    return item


def vis_edges(G: nx.MultiDiGraph, max_evidence: int) -> list[dict]:
    """All edges; parallel edges between one pair get curves so each stays visible."""
    seen_pairs: Counter = Counter()
    edges = []
    for number, (u, v, key, data) in enumerate(G.edges(keys=True, data=True)):
        pair = (u, v) if str(u) <= str(v) else (v, u)
        edges.append(vis_edge(f"e{number}", u, v, key, data, max_evidence, seen_pairs[pair]))
        seen_pairs[pair] += 1
    return edges


def vis_edge(edge_id: str, u: str, v: str, key: str, data: dict, max_evidence: int, parallel: int) -> dict:
    """One vis-network edge with its styling and the facts its tooltip shows."""
    predicate = relation_type(data.get("predicate", key))
    status = str(data.get("status", "active"))
    negated = bool(data.get("negated", False))
    item = {
        "id": edge_id, "from": u, "to": v, "predicate": predicate, "status": status, "negated": negated,
        "confidence": _number(data.get("confidence")) or 0.0, "evidence_count": _int(data.get("evidence_count")) or 0,
        "first_seen": _text(data.get("first_seen")), "last_seen": _text(data.get("last_seen")),
        "attributes": _attributes(data.get("attributes")), "width": edge_width(_int(data.get("evidence_count")) or 1),
    }
    item.update(evidence_items(data.get("evidence") or [], max_evidence))
    item.update(edge_style(predicate, status, negated))
    if parallel:
        item["smooth"] = {"enabled": True, "type": "curvedCW" if parallel % 2 else "curvedCCW",
                          "roundness": 0.2 * math.ceil(parallel / 2)}
    return item


def edge_style(predicate: str, status: str, negated: bool) -> dict:
    """Colour by relation, arrow unless symmetric, dashes and a ✗ mark by status."""
    colour = NEGATED_COLOUR if negated else RELATION_COLOUR[predicate]
    style: dict = {"color": colour}  # a string colours the line, its highlight and hover alike
    if predicate not in SYMMETRIC_TYPES:
        style["arrows"] = "to"
    if negated or status == "ended":
        style["dashes"] = DASHES["marked"]
        style["label"] = "✗ not" if negated else "✗ ended"
        style["font"] = {"color": colour, "strokeWidth": 3, "size": 12}
        if not negated:
            style["color"] = {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.5}
    elif status in ("planned", "speculative"):
        style["dashes"] = DASHES[status]
    return style


def evidence_items(evidence: list[dict], limit: int) -> dict:
    """The newest `limit` evidence sentences, with title, date and a safe link."""
    ordered = sorted(evidence, key=lambda e: str(e.get("published") or ""), reverse=True)
    items = [
        {"sentence": _text(e.get("sentence")) or "", "title": _text(e.get("article_title")),
         "url": safe_url(e.get("article_url")), "date": _text(e.get("published"))}
        for e in ordered[:limit]
    ]
    return {"evidence": items, "evidence_more": max(len(evidence) - limit, 0)}


def safe_url(url: object) -> str | None:
    """The URL if it is an absolute http(s) URL, else None (no javascript:, data:, …)."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return urlunsplit(parts)


def legend(nodes: list[dict], edges: list[dict]) -> dict:
    """Types present in this export with colours and counts, for filters and legend."""
    node_counts = Counter(n["group"] for n in nodes)
    edge_counts = Counter(e["predicate"] for e in edges)
    return {
        "entities": [{"name": t, "colour": ENTITY_STYLE[t]["colour"], "symbol": ENTITY_STYLE[t]["symbol"],
                      "count": node_counts[t]} for t in ENTITY_TYPES],
        "relations": [{"name": r, "colour": RELATION_COLOUR[r], "count": c, "symmetric": r in SYMMETRIC_TYPES}
                      for r, c in sorted(edge_counts.items(), key=lambda rc: (-rc[1], rc[0]))],
    }


def vis_options(physics: bool) -> dict:
    """Small graphs polish the precomputed layout with physics once; large ones never simulate."""
    groups = {t: {"shape": s["shape"], "color": {"background": s["colour"], "border": "#333333",
                  "highlight": {"background": s["colour"], "border": "#000000"}}} for t, s in ENTITY_STYLE.items()}
    return {
        "groups": groups,
        "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3}},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": False, "scaleFactor": 0.6}},
                  "font": {"size": 11, "face": "sans-serif", "align": "middle"}, "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics,
                        "hideEdgesOnZoom": not physics},
        "layout": {"improvedLayout": False, "randomSeed": 42},
        "physics": _physics(physics),
    }


def _physics(enabled: bool) -> dict:
    if not enabled:
        return {"enabled": False}
    return {"enabled": True, "solver": "barnesHut", "barnesHut": {"springLength": 120, "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": 150, "updateInterval": 50, "fit": True}}


def _attributes(value: object) -> dict:
    if not isinstance(value, dict):
        return {}
    return {str(k): v if _plain(v) else _text(v) for k, v in value.items()}


def _plain(value: object) -> bool:
    """JSON-safe scalar (NaN and infinity are not valid JSON)."""
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, (str, int, bool))


def _number(value: object) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return round(number, 4) if math.isfinite(number) else None


def _int(value: object) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _text(value: object) -> str | None:
    return None if value is None else str(value)
