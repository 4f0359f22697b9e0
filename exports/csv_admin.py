"""CSV files for `neo4j-admin database import full`.

Headers follow neo4j-admin's `name:type` rules: `id:ID`, `:LABEL`,
`:START_ID`, `:END_ID`, `:TYPE`, typed columns such as `confidence:float`
and `aliases:string[]` with neo4j-admin's default array delimiter `;`.
Labels and types come from the ontology enums only. neo4j-admin reads no
multi-line fields by default and cannot escape the array delimiter, so line
breaks become spaces, other control characters are dropped and a `;`
inside one alias becomes `,`. The evidence
list is one JSON string (JSON escapes its own line breaks).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
from networkx.utils import open_file

from exports.contract import SYMMETRIC_TYPES, attribute_key, entity_label, relation_type
from exports.flatten import flat_value, harmonise
from exports.streams import text_stream

ARRAY_DELIMITER = ";"
NODE_COLUMNS = [
    ("id:ID", "id"), (":LABEL", "label"), ("name", "name"), ("type", "type"),
    ("aliases:string[]", "aliases"), ("wikidata", "wikidata"), ("confidence:float", "confidence"),
    ("origin", "origin"), ("mentions:int", "mentions"),
]
RELATIONSHIP_COLUMNS = [
    (":START_ID", "start"), (":END_ID", "end"), (":TYPE", "type"), ("status", "status"),
    ("negated:boolean", "negated"), ("symmetric:boolean", "symmetric"),
    ("confidence:float", "confidence"), ("evidence_count:int", "evidence_count"),
    ("first_seen", "first_seen"), ("last_seen", "last_seen"), ("evidence", "evidence"),
]
_NEO4J_TYPE = {bool: "boolean", int: "long", float: "double", str: "string"}
_LINE_BREAKS = re.compile(r"[\r\n\u0085\u2028\u2029]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def write_csv(G: nx.MultiDiGraph, out: str | Path) -> tuple[Path, Path]:
    """Write nodes.csv and relationships.csv into a directory or under a prefix.

    `out` is a directory when it exists as one or ends with a path separator
    (created if missing); otherwise it is a file-name prefix: `out/ai` gives
    `out/ai_nodes.csv` and `out/ai_relationships.csv`.

    Examples
    --------
    >>> write_csv(G, "import/")
    then: neo4j-admin database import full --nodes=import/nodes.csv
          --relationships=import/relationships.csv neo4j
    """
    nodes_path, relationships_path = csv_paths(out)
    write_nodes_csv(G, nodes_path)
    write_relationships_csv(G, relationships_path)
    return nodes_path, relationships_path


def csv_paths(out: str | Path) -> tuple[Path, Path]:
    """Resolve `--out` to the two file paths (see `write_csv`)."""
    text = str(out)
    if Path(text).is_dir() or text.endswith(("/", "\\")):
        Path(text).mkdir(parents=True, exist_ok=True)
        return Path(text, "nodes.csv"), Path(text, "relationships.csv")
    joiner = "" if text.endswith(("_", "-", ".")) else "_"
    return Path(f"{text}{joiner}nodes.csv"), Path(f"{text}{joiner}relationships.csv")


@open_file(1, mode="wb")
def write_nodes_csv(G: nx.MultiDiGraph, path) -> None:
    """Write the nodes file; path or open file."""
    rows = [_node_row(n, d) for n, d in G.nodes(data=True)]
    _write_rows(path, NODE_COLUMNS, rows)


@open_file(1, mode="wb")
def write_relationships_csv(G: nx.MultiDiGraph, path) -> None:
    """Write the relationships file, free qualifiers as typed `attr_*` columns."""
    rows = [_relationship_row(u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True)]
    extra = _attribute_columns(rows)
    _write_rows(path, RELATIONSHIP_COLUMNS + extra, rows)


def _node_row(node: str, data: dict) -> dict:
    label = entity_label(data.get("type"))
    aliases = [a.replace(ARRAY_DELIMITER, ",") for a in map(str, data.get("aliases") or ())]
    return {
        "id": node, "label": f"Entity{ARRAY_DELIMITER}{label}", "name": data.get("name"), "type": label,
        "aliases": ARRAY_DELIMITER.join(aliases), "wikidata": data.get("wikidata"),
        "confidence": data.get("confidence"), "origin": data.get("origin"), "mentions": data.get("mentions"),
    }


def _relationship_row(u: str, v: str, key: str, data: dict) -> dict:
    predicate = relation_type(data.get("predicate", key))
    row = {
        "start": u, "end": v, "type": predicate, "status": data.get("status", "active"),
        "negated": bool(data.get("negated", False)), "symmetric": predicate in SYMMETRIC_TYPES,
        "confidence": data.get("confidence"), "evidence_count": data.get("evidence_count"),
        "first_seen": data.get("first_seen"), "last_seen": data.get("last_seen"),
        "evidence": _json_text(data.get("evidence") or []),
    }
    attributes = {k: flat_value(v) for k, v in (data.get("attributes") or {}).items()}
    row["attributes"] = {attribute_key(k): v for k, v in attributes.items() if v is not None}
    return row


def _json_text(value: object) -> str:
    """JSON on one line: the Unicode line breaks JSON allows raw are escaped too."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text.replace("\u0085", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _attribute_columns(rows: list[dict]) -> list[tuple[str, str]]:
    """Typed header columns for the free qualifiers; one type per column."""
    attributes = [row.pop("attributes") for row in rows]
    types = harmonise(attributes)
    for row, values in zip(rows, attributes):
        row.update(values)
    return [(f"{name}:{_NEO4J_TYPE[kind]}", name) for name, kind in sorted(types.items())]


def _write_rows(path, columns: list[tuple[str, str]], rows: list[dict]) -> None:
    with text_stream(path) as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow([header for header, _ in columns])
        writer.writerows([_cell(row.get(key)) for _, key in columns] for row in rows)


def _cell(value: object) -> str:
    """One CSV field as neo4j-admin parses it: empty = no property."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return _CONTROLS.sub("", _LINE_BREAKS.sub(" ", str(value)))
