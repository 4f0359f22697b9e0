"""Run a catalogue query, or read-only ad-hoc Cypher, and return plain rows.

The one place that chooses a backend: the embedded store answers through
:mod:`queries.embedded`, Neo4j runs the ``.cypher`` file. Either way the
caller gets ``list[dict]`` with Python values only (dates as ISO text,
lists as lists), so the CLI, the API and the parity test never branch.

Neo4j work always runs in a READ transaction, so even a catalogue file
gone wrong cannot change the graph; ad-hoc Cypher is also screened for
write clauses up front, to fail with a clear message instead of a server
error.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

import neo4j
from neo4j.graph import Node, Path, Relationship

from queries.catalogue import Catalogue, QueryError, default_catalogue, strip_literals
from queries.embedded import ANSWERS, answer

Row = dict[str, Any]
DEFAULT_TIMEOUT = 120.0  # seconds; the server stops a runaway read, not just the client


class WriteRefused(QueryError):
    """Ad-hoc Cypher that would change the graph."""


def run_query(
    store: Any,
    name: str,
    params: Mapping[str, Any] | None = None,
    catalogue: Catalogue | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> list[Row]:
    """Rows of catalogue query ``name`` on ``store`` (embedded or Neo4j).

    Raises :class:`QueryError` for an unknown name or a missing, unknown or
    ill-typed parameter, before anything touches the store.
    """
    query = (catalogue or default_catalogue()).get(name)
    bound = query.bind(dict(params or {}))
    if _is_embedded(store):
        if query.name not in ANSWERS:
            raise QueryError(f"query {query.name!r} has no embedded answer; use Neo4j")
        return answer(store, query.name, bound)
    return run_read(store, query.cypher, bound, timeout)


def _is_embedded(store: Any) -> bool:
    from graph.embedded import EmbeddedStore

    return isinstance(store, EmbeddedStore)


def run_read(
    store: Any, cypher: str, params: Mapping[str, Any] | None = None, timeout: float | None = DEFAULT_TIMEOUT
) -> list[Row]:
    """Run Cypher on a Neo4j store in a READ session and transaction.

    ``timeout`` (seconds) is enforced by the server, so an interrupted
    client leaves no query running. Driver failures become the store's
    one-line ``Neo4jStoreError``.
    """
    from graph.neo4j_store import translated_errors

    work = neo4j.unit_of_work(timeout=timeout)(_collect) if timeout else _collect
    with translated_errors(store.uri, store.database, store.user):
        with store.driver.session(database=store.database, default_access_mode=neo4j.READ_ACCESS) as session:
            return session.execute_read(work, cypher, dict(params or {}))


def _collect(tx: neo4j.ManagedTransaction, cypher: str, params: dict[str, Any]) -> list[Row]:
    result = tx.run(cypher, params)
    return [{key: plain(value) for key, value in record.items()} for record in result]


def plain(value: Any) -> Any:
    """Driver values as JSON-ready Python: temporal types as ISO text, graph objects as maps."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **plain(dict(value))}
    if isinstance(value, Relationship):
        ends = [n.get("id") if n is not None else None for n in (value.start_node, value.end_node)]
        return {"type": value.type, "start": ends[0], "end": ends[1], **plain(dict(value))}
    if isinstance(value, Path):
        return {"nodes": plain(list(value.nodes)), "relationships": plain(list(value.relationships))}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


# -- ad-hoc Cypher ------------------------------------------------------------------

_WRITE_WORDS = (r"DETACH\s+DELETE", "CREATE", "MERGE", "DELETE", "SET", "REMOVE", "DROP", "FOREACH", "ALTER",
                "GRANT", "DENY", "REVOKE", "RENAME", "START", "STOP", "TERMINATE", "ENABLE")
_WRITE_RE = re.compile(r"(?<![.$:\w])(" + "|".join(_WRITE_WORDS) + r")(?![\w:])", re.IGNORECASE)
_LOAD_CSV_RE = re.compile(r"(?<![.$:\w])LOAD\s+CSV\b", re.IGNORECASE)
_CALL_RE = re.compile(r"(?<![.$:\w])CALL\s+([A-Za-z_][\w.]*)", re.IGNORECASE)
_READ_PROCEDURES = {
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
    "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.info", "db.ping",
    "dbms.components", "apoc.help", "apoc.meta.schema", "apoc.meta.stats", "apoc.meta.data",
}


def check_read_only(cypher: str) -> None:
    """Refuse Cypher that writes, before it reaches the server.

    The READ transaction is the real guard; this check exists so the user
    hears "refused: MERGE writes to the graph" instead of a server error,
    and so procedures that manage the server are never called from here.
    """
    text = strip_literals(cypher)
    if _LOAD_CSV_RE.search(text):
        raise WriteRefused("refused: LOAD CSV imports data; `aikg cypher` only reads")
    if match := _WRITE_RE.search(text):
        raise WriteRefused(f"refused: {' '.join(match[1].upper().split())} changes the graph; `aikg cypher` only reads")
    for match in _CALL_RE.finditer(text):
        if _managing(match[1].lower()):
            raise WriteRefused(f"refused: CALL {match[1]} may change the server; `aikg cypher` only reads")


def _managing(procedure: str) -> bool:
    """Server-management and write-capable procedure families, minus a few known readers."""
    risky = ("dbms.", "apoc.", "gds.", "db.create", "db.index.fulltext.create", "db.clear")
    return procedure.startswith(risky) and procedure not in _READ_PROCEDURES


def run_cypher(
    store: Any, cypher: str, params: Mapping[str, Any] | None = None, timeout: float | None = DEFAULT_TIMEOUT
) -> list[Row]:
    """Ad-hoc read-only Cypher: screened for writes, then run in a READ transaction."""
    check_read_only(cypher)
    return run_read(store, cypher, params, timeout)
