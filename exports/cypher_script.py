"""A Cypher script that recreates the graph through cypher-shell.

Every statement is one line ending in `;` and is idempotent (MERGE, then
SET), so the script can be run twice or on top of an existing graph. The
shape is the project's Neo4j model: `(:Entity:<Type>)` nodes, one
relationship per relation with its ontology type, and `(:Name {key})`
lookup nodes so the canned queries find entities by name or alias. The
evidence stays a JSON string on the relationship (the Article and Evidence
nodes of a full store load are not recreated).
Values are written as escaped literals because a script has no parameters;
labels and relationship types are identifiers that no escaping can make
safe, so they come only from the ontology enums. Rows are batched with
UNWIND, one statement per entity type or relation type and batch.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Iterator

import networkx as nx
from networkx.utils import open_file

from exports.contract import SYMMETRIC_TYPES, attribute_key, entity_label, identifier, relation_type
from exports.flatten import flat_value
from exports.streams import text_stream
from graph.names import name_key

CONSTRAINT = "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;"
NAME_CONSTRAINT = "CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE;"
BATCH_SIZE = 500
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_UNPRINTABLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
_INT64 = 2**63 - 1


@open_file(1, mode="wb")
def write_cypher(G: nx.MultiDiGraph, path, *, batch_size: int = BATCH_SIZE, evidence: bool = True) -> None:
    """Write the script.

    The evidence sentences are most of a script's size, and Neo4j parses
    every literal, so `evidence=False` makes large scripts load several
    times faster (the relations keep `evidence_count`, `first_seen` and
    `last_seen`).

    Examples
    --------
    >>> write_cypher(G, "graph.cypher")
    then: cypher-shell -u neo4j -p secret -f graph.cypher
    """
    with text_stream(path) as fh:
        for statement in cypher_statements(G, batch_size=batch_size, evidence=evidence):
            fh.write(statement + "\n")


def cypher_statements(G: nx.MultiDiGraph, *, batch_size: int = BATCH_SIZE, evidence: bool = True) -> Iterator[str]:
    """Constraints, then entities, their name keys, relations: one-line statements."""
    yield f"// aikg export: {G.number_of_nodes()} entities, {G.number_of_edges()} relations"
    yield CONSTRAINT
    yield NAME_CONSTRAINT
    for label, rows in _grouped(_node_rows(G)):
        for batch in _batches(rows, batch_size):
            yield _node_statement(label, batch)
    for batch in _batches(_name_rows(G), batch_size):
        yield _name_statement(batch)
    for rel_type, rows in _grouped(_relationship_rows(G, evidence)):
        for batch in _batches(rows, batch_size):
            yield _relationship_statement(rel_type, batch)


def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal that decodes back to `text`.

    Quotes, backslashes and line breaks are escaped; control, format and
    separator characters become \\u escapes so nothing invisible can end a
    line or a statement in cypher-shell. Other Unicode (umlauts, CJK) stays.
    """
    return "'" + "".join(_escape_char(ch) for ch in text) + "'"


def cypher_literal(value: object) -> str:
    """Any property value as a Cypher literal (maps and lists recursively)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if abs(value) <= _INT64 else cypher_string(str(value))
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "null"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{identifier(k)}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    return cypher_string(str(value))


def _escape_char(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if unicodedata.category(ch) not in _UNPRINTABLE:
        return ch
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _node_rows(G: nx.MultiDiGraph) -> Iterator[tuple[str, dict]]:
    for node, data in G.nodes(data=True):
        props = {
            "name": data.get("name"), "type": entity_label(data.get("type")),
            "aliases": [str(a) for a in data.get("aliases") or ()], "wikidata": data.get("wikidata"),
            "confidence": data.get("confidence"), "origin": data.get("origin"), "mentions": data.get("mentions"),
        }
        yield props["type"], {"id": str(node), "props": _drop_none(props)}


def _name_rows(G: nx.MultiDiGraph) -> list[dict]:
    """`(:Name {key})-[:NAMES]->(:Entity)` rows: the lookup the canned queries use."""
    rows = set()
    for node, data in G.nodes(data=True):
        forms = {str(node), str(data.get("name") or "")} | {str(a) for a in data.get("aliases") or ()}
        rows |= {(key, str(node)) for key in map(name_key, forms) if key}
    return [{"key": key, "id": node} for key, node in sorted(rows)]


def _relationship_rows(G: nx.MultiDiGraph, evidence: bool) -> Iterator[tuple[str, dict]]:
    for u, v, key, data in G.edges(keys=True, data=True):
        rel_type = relation_type(data.get("predicate", key))
        props = {
            "status": data.get("status", "active"), "negated": bool(data.get("negated", False)),
            "symmetric": rel_type in SYMMETRIC_TYPES, "confidence": data.get("confidence"),
            "evidence_count": data.get("evidence_count"), "first_seen": data.get("first_seen"),
            "last_seen": data.get("last_seen"),
            "evidence": json.dumps(data.get("evidence") or [], ensure_ascii=False, default=str) if evidence else None,
        }
        props.update({attribute_key(k): flat_value(v) for k, v in (data.get("attributes") or {}).items()})
        yield rel_type, {"s": str(u), "o": str(v), "props": _drop_none(props)}


def _node_statement(label: str, rows: list[dict]) -> str:
    return (
        f"UNWIND {cypher_literal(rows)} AS row "
        f"MERGE (e:Entity {{id: row.id}}) SET e:{identifier(label)} SET e += row.props;"
    )


def _name_statement(rows: list[dict]) -> str:
    return (
        f"UNWIND {cypher_literal(rows)} AS row MATCH (e:Entity {{id: row.id}}) "
        "MERGE (n:Name {key: row.key}) MERGE (n)-[:NAMES]->(e);"
    )


def _relationship_statement(rel_type: str, rows: list[dict]) -> str:
    return (
        f"UNWIND {cypher_literal(rows)} AS row "
        "MATCH (a:Entity {id: row.s}) MATCH (b:Entity {id: row.o}) "
        f"MERGE (a)-[r:{identifier(rel_type)}]->(b) SET r += row.props;"
    )


def _grouped(rows: Iterator[tuple[str, dict]]) -> list[tuple[str, list[dict]]]:
    groups: dict[str, list[dict]] = {}
    for name, row in rows:
        groups.setdefault(name, []).append(row)
    return sorted(groups.items())


def _batches(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _drop_none(props: dict) -> dict:
    return {k: v for k, v in props.items() if v is not None}
