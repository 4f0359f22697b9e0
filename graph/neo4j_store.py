"""The Neo4j backend: the same store interface, plus a bulk loader.

The embedded store is the system of record; Neo4j is where the graph is
browsed and queried with Cypher. :meth:`Neo4jStore.load_from` pushes a whole
embedded store in batches (``UNWIND`` over a few thousand rows per managed
transaction), which is idempotent: a second load creates nothing, a load
after new articles adds the new nodes and relationships and overwrites the
relation qualifiers with the store's current aggregates. A failed batch is
rolled back by its transaction, and a re-run completes the load.

:meth:`Neo4jStore.add` writes one extraction in one transaction and derives
relation qualifiers from the evidence exactly as the embedded store does,
so both backends answer :meth:`entities`, :meth:`relations` and
:meth:`stats` identically. The graph model is described in
:mod:`graph.neo4j_schema`.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, contextmanager, nullcontext
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from datetime import date
from typing import Any

import networkx as nx
from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j import exceptions as neo4j_errors

from graph import neo4j_queries as Q
from graph.embedded import EmbeddedStore, combined_confidence
from graph.models import Entity, Extraction, Relation
from graph.names import lookup_keys, name_key
from graph.neo4j_schema import (
    article_props,
    article_reading,
    ensure_schema,
    entity_props,
    evidence_id,
    evidence_props,
    flatten_attributes,
    relation_props,
    relation_rid,
    unflatten_attributes,
)
from graph.store import EntityRow, IngestResult, RelationRow, Shape, Stats, edge_attributes, node_attributes

DEFAULT_URI = "bolt://127.0.0.1:7687"
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
Progress = Callable[[int, int], None]
# Store rows per transaction (an article's mentions count one each, a
# relation with its evidence one per sentence). Larger batches were no
# faster, since the server's work per row does not shrink, and a transaction
# of 200,000 mentions overran the transaction memory of a server with a
# 512 MiB heap.
BATCH_SIZE = 5000


class Neo4jStoreError(RuntimeError):
    """A problem the user can fix (server down, credentials, database), in one line."""


class LoadSummary(Shape):
    """What a load sent and created, how long each step took, and the graph after it."""

    rows: int
    nodes_created: int
    relationships_created: int
    seconds: float
    step_seconds: dict[str, float]
    totals: Stats


@dataclass(frozen=True)
class LoadStep:
    """One query fed by one stream of rows from the embedded store.

    ``count`` and ``weight`` are in store rows, so batches stay the same size
    in transaction memory on both paths: a row of the fast path carries
    several (an article with its mentions, a relation with its evidence).
    """

    name: str
    query: str
    rows: Callable[[], Iterator[Any]]
    count: int
    write: Callable[..., dict[str, int]] = Q.run_write  # (tx, query, rows) -> counters
    weight: Callable[[Any], int] = lambda row: 1  # noqa: E731


Lane = tuple[LoadStep, ...]  # steps one after the other, in one session


@dataclass(frozen=True)
class LoadPlan:
    """Phases one after the other, the lanes of a phase side by side.

    A phase starts when everything before it is committed, so its steps may
    look up any node written earlier (see :func:`fresh_load_plan`).
    """

    phases: tuple[tuple[Lane, ...], ...]

    @property
    def steps(self) -> list[LoadStep]:
        return [step for lanes in self.phases for lane in lanes for step in lane]


def connection_settings(
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
) -> tuple[str, tuple[str, str] | None, str | None]:
    """Arguments win over NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE."""
    uri = uri or os.environ.get("NEO4J_URI") or DEFAULT_URI
    user = user or os.environ.get("NEO4J_USER")
    password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
    database = database or os.environ.get("NEO4J_DATABASE") or None
    auth = (user or "neo4j", password or "") if (user or password) else None
    return uri, auth, database


RERUN = "completed batches are kept and the failed one was rolled back; re-run `aikg load` to finish"


@contextmanager
def translated_errors(uri: str, database: str | None, user: str | None = None, loading: bool = False):
    """Turn driver exceptions into one line that names the URI, the problem and the remedy."""
    after = f"; {RERUN}" if loading else ""
    try:
        yield
    except neo4j_errors.AuthError as err:
        who = f"the password of user {user!r}" if user else "a connection without credentials"
        raise Neo4jStoreError(
            f"Neo4j at {uri} rejected {who}; set --user/--password (NEO4J_USER/NEO4J_PASSWORD)"
        ) from err
    except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired) as err:
        problem = "lost the connection to" if loading else "cannot reach"
        raise Neo4jStoreError(
            f"{problem} Neo4j at {uri} ({_reason(err)}); start the server or set --uri/NEO4J_URI{after}"
        ) from err
    except neo4j_errors.Neo4jError as err:
        if "AuthenticationRateLimit" in (err.code or ""):
            raise Neo4jStoreError(
                f"Neo4j at {uri} blocks logins after too many wrong passwords; wait a few seconds, "
                "then retry with the right --user/--password (NEO4J_USER/NEO4J_PASSWORD)"
            ) from err
        if "DatabaseNotFound" in (err.code or ""):
            raise Neo4jStoreError(
                f"Neo4j at {uri} has no database {database!r}; create it or choose another "
                "with --database/NEO4J_DATABASE"
            ) from err
        raise Neo4jStoreError(f"Neo4j at {uri} refused a query ({_reason(err)}){after}") from err
    except neo4j_errors.DriverError as err:
        raise Neo4jStoreError(f"Neo4j driver failed for {uri} ({_reason(err)}){after}") from err


def _driver(uri: str, auth: tuple[str, str] | None) -> Driver:
    """A Bolt driver; other schemes (the driver's HTTP preview) are refused up front.

    The server's notifications (hints about unused relationship types and
    the like) are switched off: they would land on stderr beside the one
    line the CLI promises.
    """
    scheme = uri.split("://", 1)[0] if "://" in uri else ""
    try:
        if scheme not in BOLT_SCHEMES:
            raise ValueError(f"scheme {scheme or 'missing'!r} is not one of {', '.join(BOLT_SCHEMES)}")
        return GraphDatabase.driver(
            uri, auth=auth, connection_timeout=10.0, notifications_min_severity="OFF"
        )
    except (neo4j_errors.ConfigurationError, ValueError) as err:
        raise Neo4jStoreError(f"{uri}: not a usable Neo4j URI ({_reason(err)}); use bolt://HOST:PORT") from err


_ERRNO_REASON = re.compile(r"\[Errno -?\d+\] ([^)\]]+)")


def _reason(err: Exception) -> str:
    """The useful part of a driver message ("Connection refused"), on one short line."""
    text = str(getattr(err, "message", None) or err or type(err).__name__)
    found = _ERRNO_REASON.findall(text)
    text = found[-1] if found else text
    return " ".join(text.split())[:160]


class Neo4jStore:
    """Neo4j implementation of :class:`graph.store.GraphStore`."""

    def __init__(self, driver: Driver, uri: str, database: str | None = None, user: str | None = None):
        self.driver = driver
        self.uri = uri
        self.database = database
        self.user = user
        self._schema_ready = False

    @classmethod
    def connect(
        cls,
        uri: str | None = None,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
    ) -> "Neo4jStore":
        """Open and verify a connection, so a bad URI, password or database fails here."""
        uri, auth, database = connection_settings(uri, user, password, database)
        login = auth[0] if auth else None
        driver = _driver(uri, auth)
        store = cls(driver, uri, database, login)
        try:
            with store._errors():
                driver.verify_connectivity()
                store._read("RETURN 1 AS ok")
        except Neo4jStoreError:
            driver.close()
            raise
        return store

    # -- plumbing -------------------------------------------------------------

    def _errors(self, loading: bool = False):
        return translated_errors(self.uri, self.database, self.user, loading)

    def _session(self):
        return self.driver.session(database=self.database)

    def _read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        with self._errors(), self._session() as session:
            return session.execute_read(lambda tx: [r.data() for r in tx.run(query, **params)])

    def ensure_schema(self) -> None:
        """Constraints and indexes, once per connection (the statements are idempotent)."""
        if self._schema_ready:
            return
        with self._errors(), self._session() as session:
            ensure_schema(session)
        self._schema_ready = True

    # -- writing --------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return bool(self._read(Q.HAS_ARTICLE, id=article_id)[0]["found"])

    def add(self, extraction: Extraction) -> IngestResult:
        article = extraction.article
        if self.has_article(article.id):
            return IngestResult(article_id=article.id, source=article.source, outcome="unchanged")
        self.ensure_schema()
        with self._errors(), self._session() as session:
            session.execute_write(_write_extraction, extraction)
        return IngestResult(
            article_id=article.id,
            source=article.source,
            outcome="new",
            entities=len(extraction.entities),
            relations=len(extraction.relations),
        )

    def load_from(
        self, embedded: EmbeddedStore, batch_size: int | None = None, progress: Progress | None = None
    ) -> LoadSummary:
        """Push the whole embedded store; safe to repeat, and fast (batched UNWIND).

        Into an empty database the rows are CREATEd, and the article side and
        the entity side of the graph are written side by side; otherwise
        every write is a MERGE, one step after the other. Either way in
        batches of ``batch_size`` store rows (default ``BATCH_SIZE``), one
        transaction each.
        """
        if batch_size is not None and batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        started = time.perf_counter()
        self.ensure_schema()
        size = batch_size or BATCH_SIZE
        fresh = self.is_empty()
        # the second lane reads through its own connection, from its own thread
        side = closing(sqlite3.connect(embedded.path, check_same_thread=False)) if fresh else nullcontext()
        with side as conn:
            plan = fresh_load_plan(embedded.conn, conn) if fresh else LoadPlan(((tuple(load_plan(embedded.conn)),),))
            tally = _Tally(progress, sum(step.count for step in plan.steps))
            with self._errors(loading=True):
                for lanes in plan.phases:
                    self._run_lanes(lanes, size, tally)
        return LoadSummary(
            rows=tally.total,
            nodes_created=tally.created["nodes"],
            relationships_created=tally.created["relationships"],
            seconds=round(time.perf_counter() - started, 3),
            step_seconds={k: round(v, 3) for k, v in tally.seconds.items()},
            totals=self.stats(),
        )

    def _run_lanes(self, lanes: tuple[Lane, ...], size: int, tally: "_Tally") -> None:
        """The first lane in this thread, any others beside it; a failure anywhere stops them all.

        A lane that fails stops the others after their current batch (each
        batch is its own transaction, so nothing is left half-written), and
        its error is raised here.
        """
        first, *others = lanes
        stop = threading.Event()
        if not others:
            self._run_lane(first, size, tally, stop)
            return
        with ThreadPoolExecutor(max_workers=len(others), thread_name_prefix="aikg-lane") as pool:
            helpers = [pool.submit(self._run_lane, lane, size, tally, stop) for lane in others]
            self._run_lane(first, size, tally, stop)
            for helper in helpers:
                helper.result()

    def _run_lane(self, steps: Lane, size: int, tally: "_Tally", stop: threading.Event) -> None:
        try:
            with self._session() as session:
                for step in steps:
                    clock = time.perf_counter()
                    for counts, rows in _run_step(session, step, size, stop):
                        tally.batch(counts, rows)
                    tally.step(step.name, time.perf_counter() - clock)
        except BaseException:
            stop.set()
            raise

    def is_empty(self) -> bool:
        """True when the database holds no aikg nodes (articles, entities, evidence, names)."""
        return bool(self._read(Q.IS_EMPTY)[0]["empty"])

    # -- reading --------------------------------------------------------------

    def stats(self) -> Stats:
        return Stats(**self._read(Q.stats_query())[0])

    def resolve(self, name: str) -> list[str]:
        """Entity ids whose id, name or alias matches ``name`` case-insensitively."""
        for key in lookup_keys(name):
            ids = [r["id"] for r in self._read(Q.RESOLVE, key=key)]
            if ids:
                return ids
        return []

    def entities(
        self, *, type: str | None = None, name: str | None = None, limit: int | None = None
    ) -> list[EntityRow]:
        ids = self.resolve(name) if name else None
        if name and not ids:
            return []
        query = Q.entities_query_read(bool(type), bool(name), bool(limit))
        rows = self._read(query, type=type, ids=ids, limit=limit)
        return [_entity_row(r) for r in rows]

    def relations(
        self,
        *,
        predicate: str | None = None,
        name: str | None = None,
        status: str | None = None,
        min_confidence: float | None = None,
        limit: int | None = None,
    ) -> list[RelationRow]:
        where, params = _relation_filters(name, status, min_confidence)
        if name:
            params["ids"] = self.resolve(name)
            if not params["ids"]:
                return []
        query = Q.relations_query_read(predicate or None, where, bool(limit))
        return [_relation_row(r) for r in self._read(query, limit=limit, **params)]

    def to_networkx(self) -> nx.MultiDiGraph:
        """The same nodes, edges and attributes as :meth:`EmbeddedStore.to_networkx`."""
        G = nx.MultiDiGraph(name="aikg")
        for e in self.entities():
            G.add_node(e.id, **node_attributes(e))
        evidence = self._evidence_by_rid()
        for record in self._read(Q.relations_query_read(None, [], False)):
            row = _relation_row(record)
            found = evidence.get(record["props"]["rid"], [])
            G.add_edge(row.subject_id, row.object_id, key=row.predicate, **edge_attributes(row), evidence=found)
        return G

    def _evidence_by_rid(self) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        for record in self._read(Q.EVIDENCE_ALL):
            out.setdefault(record.pop("rid"), []).append(record)
        return out

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> "Neo4jStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- reading helpers ------------------------------------------------------------


def _relation_filters(
    name: str | None, status: str | None, min_confidence: float | None
) -> tuple[list[str], dict[str, Any]]:
    where: list[str] = []
    params: dict[str, Any] = {}
    if name:
        where.append("(s.id IN $ids OR o.id IN $ids)")
    if status:
        where.append("r.status = $status")
        params["status"] = status
    if min_confidence is not None:
        where.append("r.confidence >= $min_confidence")
        params["min_confidence"] = min_confidence
    return where, params


def _entity_row(r: dict[str, Any]) -> EntityRow:
    return EntityRow(
        id=r["id"],
        name=r["name"],
        type=r["type"],
        aliases=list(r["aliases"] or []),
        wikidata=r["id"] if r["id"].startswith("Q") else None,
        confidence=r["confidence"],
        origin=r["origin"],
        mentions=r["mentions"],
        degree=r["degree"],
    )


def _relation_row(r: dict[str, Any]) -> RelationRow:
    props = r["props"]
    return RelationRow(
        subject_id=r["subject_id"],
        subject=r["subject"],
        subject_type=r["subject_type"],
        predicate=r["predicate"],
        object_id=r["object_id"],
        object=r["object"],
        object_type=r["object_type"],
        status=props.get("status", "active"),
        negated=bool(props.get("negated", False)),
        confidence=props.get("confidence", 0.0),
        attributes=unflatten_attributes(props),
        evidence_count=props.get("evidence_count", 0),
        first_seen=props.get("first_seen"),
        last_seen=props.get("last_seen"),
    )


# -- the bulk load: rows straight from the embedded store's tables ---------------


def load_plan(conn: sqlite3.Connection) -> list[LoadStep]:
    """Nodes first (articles, entities per type), then everything that links them.

    Ontology relationships go right after the entities: a MERGE between two
    nodes walks their relationships, and they have the fewest then.
    """
    steps = [_article_step(conn)]
    steps += [_entity_step(conn, label) for label in _present(conn, "entities", "type")]
    steps += [_relation_step(conn, p) for p in _present(conn, "relations", "predicate")]
    steps += [_names_step(conn), _mentions_step(conn), _evidence_step(conn)]
    return steps


def _present(conn: sqlite3.Connection, table: str, column: str) -> list[str]:
    """Distinct entity types or predicates in the store (identifiers are checked later)."""
    return [r[0] for r in conn.execute(f"SELECT DISTINCT {column} FROM {table} ORDER BY 1")]


def _count(conn: sqlite3.Connection, sql: str, *params: Any) -> int:
    return conn.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0]


def _stream(conn: sqlite3.Connection, sql: str, params: tuple, shape: Callable) -> Callable:
    def rows() -> Iterator[dict[str, Any]]:
        cursor = conn.execute(sql, params)
        cursor.row_factory = sqlite3.Row
        for row in cursor:
            yield shape(row)

    return rows


def _article_step(conn: sqlite3.Connection) -> LoadStep:
    sql = "SELECT id, source, title, url, published, lang, ingested, seq FROM articles ORDER BY seq"
    shape = lambda r: {"id": r["id"], "props": article_props(dict(r))}  # noqa: E731
    return LoadStep("articles", Q.ARTICLES, _stream(conn, sql, (), shape), _count(conn, sql))


def _entity_step(conn: sqlite3.Connection, entity_type: str) -> LoadStep:
    sql = "SELECT id, name, type, aliases, confidence, origin FROM entities WHERE type = ? ORDER BY id"

    def shape(r: sqlite3.Row) -> dict[str, Any]:
        fields = dict(r) | {"aliases": json.loads(r["aliases"])}
        return {"id": r["id"], "props": entity_props(**fields)}

    query = Q.entities_query(entity_type)
    return LoadStep(f"entities:{entity_type}", query, _stream(conn, sql, (entity_type,), shape), _count(conn, sql, entity_type))


def _names_step(conn: sqlite3.Connection) -> LoadStep:
    sql = "SELECT key, entity_id FROM entity_keys ORDER BY entity_id, key"
    return LoadStep("names", Q.NAMES, _stream(conn, sql, (), dict), _count(conn, sql))


def _mentions_step(conn: sqlite3.Connection) -> LoadStep:
    sql = "SELECT article_id, entity_id, count, first_offset FROM mentions ORDER BY article_id, entity_id"
    return LoadStep("mentions", Q.MENTIONS, _stream(conn, sql, (), dict), _count(conn, sql))


def _relation_step(conn: sqlite3.Connection, predicate: str) -> LoadStep:
    sql = (
        "SELECT subject, predicate, object, status, negated, confidence, attributes, "
        "evidence_count, first_seen, last_seen FROM relations WHERE predicate = ? ORDER BY id"
    )

    def shape(r: sqlite3.Row) -> dict[str, Any]:
        aggregate = dict(r) | {"attributes": json.loads(r["attributes"])}
        rid = relation_rid(r["subject"], r["predicate"], r["object"])
        return {"subject": r["subject"], "object": r["object"], "props": relation_props(rid, aggregate)}

    query = Q.relations_query(predicate)
    return LoadStep(f"relations:{predicate}", query, _stream(conn, sql, (predicate,), shape), _count(conn, sql, predicate))


def _evidence_step(conn: sqlite3.Connection) -> LoadStep:
    sql = (
        "SELECT r.subject, r.predicate, r.object, e.article_id, e.sentence, e.start, e.end, "
        "e.rule, e.status, e.negated, e.confidence, e.attributes, ra.status AS rel_status, "
        "ra.negated AS rel_negated, ra.confidence AS rel_confidence "
        "FROM evidence e JOIN relations r ON r.id = e.relation_id "
        "LEFT JOIN relation_articles ra ON ra.relation_id = e.relation_id AND ra.article_id = e.article_id "
        "ORDER BY e.relation_id, e.article_id, e.start"
    )

    def shape(r: sqlite3.Row) -> dict[str, Any]:
        ev = dict(r) | {"attributes": json.loads(r["attributes"])}
        return evidence_row(r["subject"], r["predicate"], r["object"], r["article_id"], ev)

    return LoadStep("evidence", Q.EVIDENCE, _stream(conn, sql, (), shape), _count(conn, sql))


def evidence_row(subject: str, predicate: str, obj: str, article_id: str, ev: dict[str, Any]) -> dict[str, Any]:
    """One Evidence node, its key (rid, id) and the article it links to."""
    rid = relation_rid(subject, predicate, obj)
    props = evidence_props(evidence_id(rid, article_id, ev["start"]), rid, ev)
    return {"rid": rid, "id": props["id"], "article_id": article_id, "props": props}


# -- the fast path into an empty database: CREATE, lists, links with their nodes ---


def fresh_load_plan(conn: sqlite3.Connection, side: sqlite3.Connection) -> LoadPlan:
    """The nodes, then the links, each time both sides of the graph at once.

    Only for a database without aikg nodes: every statement CREATEs (see
    :mod:`graph.neo4j_queries`). The article side and the entity side are
    written side by side, in two sessions, so the server works on both at
    once: first articles beside entities, then an article's evidence and
    mentions beside name keys and the relationships between entities.
    Evidence names its relationship by ``rid`` and links only to its
    article, so it never waits for the entity side; mentions and
    relationships both lock entities and may wait for each other, which
    never deadlocked in the benchmark (and a deadlock would be retried by
    the driver like any transient error). The entity side reads through
    ``side``, a connection of its own.
    """
    entities = tuple(_new_entity_step(side, label) for label in _present(side, "entities", "type"))
    relations = tuple(_new_relation_step(side, p) for p in _present(side, "relations", "predicate"))
    nodes = ((_new_article_step(conn),), entities)
    links = ((_new_evidence_step(conn), _new_mentions_step(conn)), (_new_names_step(side), *relations))
    return LoadPlan((nodes, links))


def _new_article_step(conn: sqlite3.Connection) -> LoadStep:
    sql = "SELECT id, source, title, url, published, lang, ingested, seq FROM articles ORDER BY seq"
    shape = lambda r: article_props(dict(r))  # noqa: E731
    return LoadStep("articles", Q.NEW_ARTICLES, _stream(conn, sql, (), shape), _count(conn, sql))


def _new_entity_step(conn: sqlite3.Connection, entity_type: str) -> LoadStep:
    sql = "SELECT id, name, type, aliases, confidence, origin FROM entities WHERE type = ? ORDER BY id"

    def shape(r: sqlite3.Row) -> list[Any]:
        p = entity_props(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5])
        return [p["id"], p["name"], p["type"], p["aliases"], p["confidence"], p["origin"], p.get("wikidata")]

    query = Q.new_entities_query(entity_type)
    rows = _stream(conn, sql, (entity_type,), shape)
    return LoadStep(f"entities:{entity_type}", query, rows, _count(conn, sql, entity_type))


def _new_names_step(conn: sqlite3.Connection) -> LoadStep:
    sql = "SELECT key, entity_id FROM entity_keys ORDER BY key, entity_id"

    def rows() -> Iterator[list[Any]]:
        for key, group in groupby(conn.execute(sql), key=itemgetter(0)):
            yield [key, [r[1] for r in group]]

    count = conn.execute("SELECT COUNT(*) FROM entity_keys").fetchone()[0]
    return LoadStep("names", Q.NEW_NAMES, rows, count, weight=_links)


def _new_mentions_step(conn: sqlite3.Connection) -> LoadStep:
    sql = "SELECT article_id, entity_id, count, first_offset FROM mentions ORDER BY article_id, entity_id"

    def rows() -> Iterator[list[Any]]:
        for article_id, group in groupby(conn.execute(sql), key=itemgetter(0)):
            yield [article_id, [[m[1], m[2], m[3]] for m in group]]

    count = conn.execute("SELECT COUNT(*) FROM mentions").fetchone()[0]
    return LoadStep("mentions", Q.NEW_MENTIONS, rows, count, weight=_links)


def _new_relation_step(conn: sqlite3.Connection, predicate: str) -> LoadStep:
    sql = (
        "SELECT subject, object, confidence, status, negated, evidence_count, first_seen, last_seen, "
        "attributes FROM relations WHERE predicate = ? ORDER BY id"
    )

    def shape(r: sqlite3.Row) -> list[Any]:
        rid = relation_rid(r[0], predicate, r[1])
        return [r[0], r[1], [rid, r[2], r[3], bool(r[4]), r[5], r[6], r[7]], _attributes(r[8]) or {}]

    query = Q.new_relations_query(predicate)
    rows = _stream(conn, sql, (predicate,), shape)
    return LoadStep(f"relations:{predicate}", query, rows, _count(conn, sql, predicate))


def _new_evidence_step(conn: sqlite3.Connection) -> LoadStep:
    sql = (
        "SELECT e.article_id, r.subject, r.predicate, r.object, e.start, e.sentence, e.end, e.rule, "
        "e.status, e.negated, e.confidence, ra.status, ra.negated, ra.confidence, e.attributes "
        "FROM evidence e JOIN relations r ON r.id = e.relation_id "
        "LEFT JOIN relation_articles ra ON ra.relation_id = e.relation_id AND ra.article_id = e.article_id "
        "ORDER BY e.article_id, e.relation_id, e.start"
    )

    def rows() -> Iterator[list[Any]]:
        for article_id, group in groupby(conn.execute(sql), key=itemgetter(0)):
            yield [article_id, [_new_evidence(article_id, r) for r in group]]

    count = conn.execute("SELECT COUNT(*) FROM evidence").fetchone()[0]
    return LoadStep("evidence", Q.NEW_EVIDENCE, rows, count, _write_new_evidence, _links)


def _links(row: list[Any]) -> int:
    """Store rows in a fast-path row that lists an article's or a name key's links."""
    return len(row[1])


def _attributes(text: str) -> dict[str, Any] | None:
    """Flattened ``attr_*`` properties from the store's JSON, None when there are none."""
    return None if text == "{}" else flatten_attributes(json.loads(text)) or None


def _new_evidence(article_id: str, r: tuple) -> list[Any]:
    """One sentence of an evidence row (see :data:`graph.neo4j_queries.NEW_EVIDENCE`)."""
    rid, start = relation_rid(r[1], r[2], r[3]), r[4]
    own = (r[8], bool(r[9]), r[10])
    return [rid, evidence_id(rid, article_id, start), r[5], start, r[6], r[7], *own,
            *article_reading(own, (r[11], r[12], r[13])), _attributes(r[14])]


def _write_new_evidence(tx: ManagedTransaction, query: str, rows: list) -> dict[str, int]:
    """Evidence with its links, then the free attributes of the sentences that have any."""
    counts = Q.run_write(tx, query, rows)
    attributes = [[ev[0], ev[1], ev[12]] for row in rows for ev in row[1] if ev[12]]
    if attributes:
        Q.run_write(tx, Q.NEW_EVIDENCE_ATTRIBUTES, attributes)
    return counts


def _run_step(session, step: LoadStep, size: int, stop: threading.Event) -> Iterator[tuple[dict[str, int], int]]:
    """One managed transaction per batch; yields each batch's counters and store rows.

    The next batch is read and shaped here while the previous one is sent
    and written on a helper thread, so Python and the server work at the
    same time. Only one transaction per lane is ever open, a batch is handed
    over only after the previous one committed and was reported, and none
    once another lane has failed.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="aikg-load") as sender:
        pending: tuple[Future, int] | None = None
        for batch, rows in _batches(step.rows(), size, step.weight):
            if pending:
                yield pending[0].result(), pending[1]
                pending = None
            if stop.is_set():
                return
            pending = sender.submit(session.execute_write, step.write, step.query, batch), rows
        if pending:
            yield pending[0].result(), pending[1]


class _Tally:
    """What the lanes created and how long each step took, counted under one lock."""

    def __init__(self, progress: Progress | None, total: int):
        self.progress, self.total = progress, total
        self.created = {"nodes": 0, "relationships": 0}
        self.seconds: dict[str, float] = {}
        self._lock = threading.Lock()

    def batch(self, counts: dict[str, int], rows: int) -> None:
        with self._lock:
            for key in self.created:
                self.created[key] += counts[key]
            if self.progress:
                self.progress(rows, self.total)

    def step(self, name: str, seconds: float) -> None:
        group = name.split(":")[0]
        with self._lock:
            self.seconds[group] = self.seconds.get(group, 0.0) + seconds


def _batches(rows: Iterator[Any], size: int, weight: Callable[[Any], int]) -> Iterator[tuple[list[Any], int]]:
    """Whole rows, each batch closed once it holds ``size`` store rows; yields (batch, store rows)."""
    batch: list[Any] = []
    held = 0
    for row in rows:
        batch.append(row)
        held += weight(row)
        if held >= size:
            yield batch, held
            batch, held = [], 0
    if batch:
        yield batch, held


# -- one extraction in one transaction (GraphStore.add) ---------------------------


def _write_extraction(tx: ManagedTransaction, extraction: Extraction) -> None:
    """Article, entities, names, mentions, evidence, then re-aggregated relations.

    Runs inside one managed transaction: the driver may call it twice, and
    every statement is a MERGE/SET, so the second run writes the same graph.
    """
    article = extraction.article
    seq = tx.run(Q.NEXT_SEQ).single()["seq"]
    Q.run_write(tx, Q.ARTICLES, [{"id": article.id, "props": _article_fields(extraction, seq)}])
    _write_entities(tx, extraction.entities)
    Q.run_write(tx, Q.NAMES, _name_rows(extraction.entities))
    Q.run_write(tx, Q.MENTIONS, _mention_rows(extraction))
    Q.run_write(tx, Q.EVIDENCE, _evidence_rows(extraction))
    _write_relations(tx, extraction)


def _article_fields(extraction: Extraction, seq: int) -> dict[str, Any]:
    a = extraction.article
    row = a.model_dump(include={"id", "source", "title", "url", "lang"})
    row["published"] = a.published.isoformat() if a.published else None
    return article_props(row | {"ingested": date.today().isoformat(), "seq": seq})


def _write_entities(tx: ManagedTransaction, entities: tuple[Entity, ...]) -> None:
    """Upsert like the embedded store: aliases grow, the more confident name wins."""
    ids = list(dict.fromkeys(e.id for e in entities))
    current = {r["id"]: r for r in tx.run(Q.ENTITY_PROPS, ids=ids).data()}
    for entity in entities:
        current[entity.id] = merged_entity(current.get(entity.id), entity)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for props in current.values():
        by_type.setdefault(props["type"], []).append({"id": props["id"], "props": props})
    for entity_type, rows in by_type.items():
        Q.run_write(tx, Q.entities_query(entity_type), rows)


def merged_entity(existing: dict[str, Any] | None, entity: Entity) -> dict[str, Any]:
    """The embedded store's upsert rule, on property maps."""
    if existing is None:
        fields = entity.model_dump(include={"id", "name", "confidence", "origin"})
        return entity_props(type=entity.type.value, aliases=list(entity.aliases), **fields)
    better = entity.confidence > existing["confidence"]
    return entity_props(
        id=entity.id,
        name=entity.name if better else existing["name"],
        type=entity.type.value if better else existing["type"],
        aliases=list(existing.get("aliases") or []) + list(entity.aliases),
        confidence=max(entity.confidence, existing["confidence"]),
        origin=entity.origin if better else existing["origin"],
    )


def _name_rows(entities: tuple[Entity, ...]) -> list[dict[str, Any]]:
    rows = set()
    for entity in entities:
        keys = {name_key(entity.name), name_key(entity.id)} | {name_key(a) for a in entity.aliases}
        rows |= {(key, entity.id) for key in keys if key}
    return [{"key": key, "entity_id": eid} for key, eid in sorted(rows)]


def _mention_rows(extraction: Extraction) -> list[dict[str, Any]]:
    counts: dict[str, list[int]] = {}
    for mention in extraction.mentions:
        slot = counts.setdefault(mention.entity_id, [0, mention.start])
        slot[0] += 1
        slot[1] = min(slot[1], mention.start)
    article_id = extraction.article.id
    return [
        {"article_id": article_id, "entity_id": eid, "count": c, "first_offset": first}
        for eid, (c, first) in counts.items()
    ]


def _evidence_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """Evidence rows as the embedded store keeps them: first one wins on a repeated key,
    and the article's reading of a relation is that of its first mention in the article."""
    rows: dict[str, dict[str, Any]] = {}
    readings: dict[tuple[str, str, str], dict[str, Any]] = {}
    article_id = extraction.article.id
    for rel in extraction.relations:
        reading = readings.setdefault(rel.key, _reading(rel))
        for ev in rel.evidence:
            fields = ev.model_dump(mode="json") | {"attributes": rel.attributes} | reading
            row = evidence_row(rel.subject, rel.predicate.value, rel.object, article_id, fields)
            rows.setdefault(row["id"], row)
    return list(rows.values())


def _reading(rel: Relation) -> dict[str, Any]:
    return {"rel_status": rel.status.value, "rel_negated": rel.negated, "rel_confidence": rel.confidence}


def _write_relations(tx: ManagedTransaction, extraction: Extraction) -> None:
    """Recompute each touched relation from all its evidence, then SET it."""
    triples = {relation_rid(*rel.key): rel for rel in reversed(extraction.relations)}
    evidence: dict[str, list[dict[str, Any]]] = {}
    for record in tx.run(Q.EVIDENCE_FOR, rids=list(triples)):
        evidence.setdefault(record["rid"], []).append(record.data())
    by_type: dict[str, list[dict[str, Any]]] = {}
    for rid, rel in triples.items():
        props = relation_props(rid, aggregate(evidence[rid]))
        row = {"subject": rel.subject, "object": rel.object, "props": props}
        by_type.setdefault(rel.predicate.value, []).append(row)
    for predicate, rows in by_type.items():
        Q.run_write(tx, Q.relations_query(predicate), rows)


def aggregate(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The embedded store's rule: the latest article's reading decides status and
    negation, each article's confidence reinforces the fact (noisy-or), attributes
    accumulate in article order. ``records`` come sorted by (seen, seq, start)."""
    first_by_article: dict[str, dict[str, Any]] = {}
    attributes: dict[str, Any] = {}
    for record in records:
        first_by_article.setdefault(record["article"], record)
        attributes.update(unflatten_attributes(record["props"]))
    per_article = list(first_by_article.values())
    latest = per_article[-1]
    reading = lambda r, key: r["props"].get("rel_" + key, r["props"][key])  # noqa: E731
    return {
        "status": reading(latest, "status"),
        "negated": reading(latest, "negated"),
        "confidence": combined_confidence(reading(r, "confidence") for r in per_article),
        "attributes": attributes,
        "evidence_count": len(records),
        "first_seen": per_article[0]["seen"],
        "last_seen": latest["seen"],
    }
