"""Colours and shapes of the ontology, shared by the HTML page and GEXF.

One table keeps the interactive picture and the Gephi file recognisably the
same graph. Pure red is kept free for negated relations.
"""

from __future__ import annotations

import math

NEGATED_COLOUR = "#D50000"

ENTITY_STYLE: dict[str, dict[str, str]] = {
    "Company": {"shape": "dot", "gexf_shape": "disc", "colour": "#4E79A7", "symbol": "●"},
    "Person": {"shape": "diamond", "gexf_shape": "diamond", "colour": "#F28E2B", "symbol": "◆"},
    "Product": {"shape": "square", "gexf_shape": "square", "colour": "#59A14F", "symbol": "■"},
    "Regulator": {"shape": "triangle", "gexf_shape": "triangle", "colour": "#B07AA1", "symbol": "▲"},
}

RELATION_COLOUR: dict[str, str] = {
    "PARTNERS_WITH": "#2E7D32",
    "COMPETES_WITH": "#EF6C00",
    "INVESTS_IN": "#1565C0",
    "ACQUIRES": "#6A1B9A",
    "SUBSIDIARY_OF": "#6D4C41",
    "PROVIDES_CLOUD_TO": "#00838F",
    "SUPPLIES_CHIPS_TO": "#9E9D24",
    "DEVELOPS_CHIPS_WITH": "#7CB342",
    "LICENSES_TO": "#AD1457",
    "DEVELOPS": "#283593",
    "INTEGRATES": "#039BE5",
    "DEPENDS_ON": "#757575",
    "REGULATES": "#8E24AA",
    "LEADS": "#F9A825",
    "IN_CONFLICT_WITH": "#BF360C",
}

# vis-network dash patterns: [dash, gap] in pixels
DASHES: dict[str, list[int]] = {"planned": [10, 6], "speculative": [3, 6], "marked": [2, 4]}


def node_size(degree: int) -> float:
    """Grow with the square root of the degree, so hubs stand out but fit."""
    return round(min(8.0 + 4.0 * math.sqrt(degree), 48.0), 1)


def edge_width(evidence_count: int) -> float:
    """Grow with the log of the evidence, so one well-covered deal does not dominate."""
    return round(min(1.0 + math.log2(max(evidence_count, 1)), 8.0), 2)


def rgb(colour: str) -> dict[str, int]:
    """'#RRGGBB' as the r/g/b dict GEXF's viz namespace wants."""
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16)}
