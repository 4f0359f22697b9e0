"""The canned-query catalogue answered on the embedded SQLite store.

One function per query name, registered with :func:`answers`; each returns
the same columns and rows, in the same order, as its ``.cypher`` file does
on Neo4j, so callers never branch on the backend (a parity test runs both).
Conventions shared with the Cypher:

* names resolve through ``entity_keys`` exactly like ``EmbeddedStore.resolve``
  (the key as typed, else without a possessive or genitive -s);
* negated relations are left out except by ``negated_claims`` and
  ``evidence_for``;
* an entity-centred query yields one row per (resolved entity, relation),
  like a Cypher pattern anchored on each resolved node;
* every ORDER BY ends in ids, so ties cannot reorder rows between backends.

Values only ever travel as SQL parameters; the only text spliced into SQL
is column names and placeholders chosen here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from graph.embedded import EmbeddedStore
from graph.models import SYMMETRIC, RelationType

Row = dict[str, Any]
Answer = Callable[[EmbeddedStore, dict[str, Any]], list[Row]]

ANSWERS: dict[str, Answer] = {}
SYMMETRIC_TYPES = frozenset(t.value for t in SYMMETRIC)
ALL_TYPES = tuple(t.value for t in RelationType)
CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit

QUALIFIERS = (
    "r.status AS status, r.confidence AS confidence, r.evidence_count AS evidence_count, "
    "r.first_seen AS first_seen, r.last_seen AS last_seen"
)
MONEY = "json_extract(r.attributes, '$.amount') AS amount, json_extract(r.attributes, '$.currency') AS currency"
BOTH_ENDS = "JOIN entities s ON s.id = r.subject JOIN entities o ON o.id = r.object"
RELATION = "s.name AS subject, r.predicate AS predicate, o.name AS object"
RELATION_TIE = "predicate, subject, object, _sid, _oid"
_JSON_LIST = "(SELECT value FROM json_each(?))"  # a whole id list as one parameter


def answers(name: str) -> Callable[[Answer], Answer]:
    """Register the embedded answer to the catalogue query ``name``."""

    def register(func: Answer) -> Answer:
        if name in ANSWERS:
            raise ValueError(f"two embedded answers for {name!r}")
        ANSWERS[name] = func
        return func

    return register


def answer(store: EmbeddedStore, name: str, params: dict[str, Any]) -> list[Row]:
    """Rows of query ``name`` on ``store``; ``params`` are already bound and checked."""
    return ANSWERS[name](store, params)


# -- small helpers -------------------------------------------------------------


def _marks(values: Iterable[Any]) -> str:
    return ",".join("?" * len(list(values)))


def _select(store: EmbeddedStore, sql: str, args: Iterable[Any] = ()) -> list[Row]:
    """Rows as dicts; private ``_columns`` only feed ORDER BY and are dropped."""
    cursor = store.conn.execute(sql, list(args))
    names = [d[0] for d in cursor.description]
    keep = [i for i, n in enumerate(names) if not n.startswith("_")]
    return [{names[i]: row[i] for i in keep} for row in cursor]


def _as_bool(rows: list[Row], *columns: str) -> list[Row]:
    """SQLite keeps booleans as 0/1; Neo4j returns true/false."""
    for row in rows:
        for column in columns:
            if row.get(column) is not None:
                row[column] = bool(row[column])
    return rows


def _ordered(rows: list[Row], key: Callable[[Row], tuple], limit: int) -> list[Row]:
    """Sort Python-built rows like the Cypher ORDER BY, then drop the private ``_`` columns."""
    rows.sort(key=key)
    return [{k: v for k, v in row.items() if not k.startswith("_")} for row in rows[:limit]]


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


# -- relations next to one entity -------------------------------------------------


@dataclass(frozen=True)
class Neighbours:
    """Which relations link an entity to the neighbours a query lists.

    ``outbound`` types start at the entity, ``inbound`` types end there;
    a symmetric type is listed in both, like an undirected Cypher pattern.
    """

    role: str
    outbound: tuple[str, ...] = ()
    inbound: tuple[str, ...] = ()
    money: bool = False
    via: bool = False

    def side(self, near: str, far: str, types: tuple[str, ...], ids: list[str]) -> tuple[str, list]:
        role = self.role
        columns = [
            f"e.name AS entity, n.name AS {role}, n.id AS {role}_id, n.type AS {role}_type",
            "r.predicate AS via" if self.via else "",
            QUALIFIERS,
            MONEY if self.money else "",
            "e.id AS _eid",
        ]
        sql = (
            f"SELECT {', '.join(c for c in columns if c)} FROM relations r "
            f"JOIN entities e ON e.id = r.{near} JOIN entities n ON n.id = r.{far} "
            f"WHERE r.{near} IN ({_marks(ids)}) AND r.predicate IN ({_marks(types)}) AND r.negated = 0"
        )
        return sql, [*ids, *types]

    def rows(self, store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
        ids = store.resolve(params["name"])
        if not ids:
            return []
        parts = [self.side("subject", "object", self.outbound, ids)] if self.outbound else []
        if self.inbound:
            parts.append(self.side("object", "subject", self.inbound, ids))
        order = f"confidence DESC, {self.role}, {self.role}_id, entity, _eid" + (", via" if self.via else "")
        sql = " UNION ALL ".join(p[0] for p in parts)
        args = [a for p in parts for a in p[1]]
        return _select(store, f"SELECT * FROM ({sql}) ORDER BY {order} LIMIT ?", [*args, params["limit"]])


NEIGHBOURS = {
    "partners_of": Neighbours("partner", ("PARTNERS_WITH",), ("PARTNERS_WITH",)),
    "competitors_of": Neighbours("competitor", ("COMPETES_WITH",), ("COMPETES_WITH",)),
    "investors_in": Neighbours("investor", inbound=("INVESTS_IN",), money=True),
    "investments_by": Neighbours("investee", outbound=("INVESTS_IN",), money=True),
    "chip_suppliers_of": Neighbours("supplier", inbound=("SUPPLIES_CHIPS_TO",), money=True),
    "cloud_providers_of": Neighbours("provider", inbound=("PROVIDES_CLOUD_TO",), money=True),
    "products_of": Neighbours("product", outbound=("DEVELOPS",)),
    "leaders_of": Neighbours("leader", inbound=("LEADS",)),
    "regulators_of": Neighbours("regulator", inbound=("REGULATES",)),
    "customers_of": Neighbours(
        "customer", outbound=("SUPPLIES_CHIPS_TO", "PROVIDES_CLOUD_TO"), money=True, via=True
    ),
    "dependencies_of": Neighbours(
        "dependency",
        outbound=("DEPENDS_ON",),
        inbound=("SUPPLIES_CHIPS_TO", "PROVIDES_CLOUD_TO", "LICENSES_TO"),
        via=True,
    ),
}

for _name, _spec in NEIGHBOURS.items():
    answers(_name)(_spec.rows)


def _touching(ids: list[str], columns: str, where: str = "r.negated = 0") -> tuple[str, list]:
    """Relations at either end of the resolved entities, once per (entity, relation)."""
    select = f"SELECT {columns}, s.id AS _sid, o.id AS _oid FROM relations r {BOTH_ENDS}"
    sql = (
        f"{select} WHERE r.subject IN ({_marks(ids)}) AND {where} "
        f"UNION ALL {select} WHERE r.object IN ({_marks(ids)}) AND {where}"
    )
    return sql, [*ids, *ids]


@answers("relations_of")
def relations_of(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    ids = store.resolve(params["name"])
    if not ids:
        return []
    sql, args = _touching(ids, f"{RELATION}, {QUALIFIERS}")
    return _select(store, f"SELECT * FROM ({sql}) ORDER BY {RELATION_TIE} LIMIT ?", [*args, params["limit"]])


@answers("timeline_of")
def timeline_of(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    ids = store.resolve(params["name"])
    if not ids:
        return []
    columns = (
        f"r.first_seen AS first_seen, r.last_seen AS last_seen, {RELATION}, "
        "r.status AS status, r.confidence AS confidence, r.evidence_count AS evidence_count"
    )
    sql, args = _touching(ids, columns)
    order = f"first_seen, last_seen, {RELATION_TIE}"
    return _select(store, f"SELECT * FROM ({sql}) ORDER BY {order} LIMIT ?", [*args, params["limit"]])


# -- whole-graph listings ---------------------------------------------------------


def _relations(store: EmbeddedStore, columns: str, where: str, order: str, args: list) -> list[Row]:
    sql = (
        f"SELECT {columns}, s.id AS _sid, o.id AS _oid FROM relations r {BOTH_ENDS} "
        f"WHERE {where} ORDER BY {order} LIMIT ?"
    )
    return _select(store, sql, args)


@answers("new_since")
def new_since(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    return _relations(
        store,
        f"{RELATION}, {QUALIFIERS}",
        "r.first_seen >= ? AND r.negated = 0",
        f"first_seen DESC, {RELATION_TIE}",
        [params["date"], params["limit"]],
    )


@answers("planned_and_speculative")
def planned_and_speculative(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    return _relations(
        store,
        f"{RELATION}, {QUALIFIERS}",
        "r.status IN ('planned', 'speculative') AND r.negated = 0",
        f"status, last_seen DESC, {RELATION_TIE}",
        [params["limit"]],
    )


@answers("negated_claims")
def negated_claims(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    return _relations(
        store, f"{RELATION}, {QUALIFIERS}", "r.negated = 1", f"last_seen DESC, {RELATION_TIE}", [params["limit"]]
    )


@answers("conflicts")
def conflicts(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    return _relations(
        store,
        f"s.name AS party, o.name AS other_party, {QUALIFIERS}",
        "r.predicate = 'IN_CONFLICT_WITH' AND r.negated = 0",
        "last_seen DESC, confidence DESC, party, other_party, _sid, _oid",
        [params["limit"]],
    )


@answers("acquisitions")
def acquisitions(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    return _relations(
        store,
        f"s.name AS acquirer, o.name AS target, {MONEY}, {QUALIFIERS}",
        "r.predicate = 'ACQUIRES' AND r.negated = 0",
        "last_seen DESC, acquirer, target, _sid, _oid",
        [params["limit"]],
    )


@answers("funding_amounts")
def funding_amounts(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    currency = params["currency"].upper() if params["currency"] is not None else None
    return _relations(
        store,
        f"{RELATION}, {MONEY}, r.status AS status, r.confidence AS confidence, r.first_seen AS first_seen",
        "json_extract(r.attributes, '$.amount') IS NOT NULL AND r.negated = 0 "
        "AND (? IS NULL OR json_extract(r.attributes, '$.currency') = ?)",
        f"amount DESC, currency, {RELATION_TIE}",
        [currency, currency, params["limit"]],
    )


@answers("relations_by_type")
def relations_by_type(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    live = "r.negated = 0"
    sql = (
        f"SELECT r.predicate AS predicate, SUM({live}) AS relations, "
        f"SUM({live} AND r.status = 'active') AS active, SUM({live} AND r.status = 'planned') AS planned, "
        f"SUM({live} AND r.status = 'speculative') AS speculative, "
        f"SUM({live} AND r.status = 'ended') AS ended, SUM(r.negated = 1) AS negated, "
        "SUM(r.evidence_count) AS evidences "
        f"FROM relations r {BOTH_ENDS} GROUP BY r.predicate ORDER BY predicate"
    )
    return _select(store, sql)


DEGREE = (
    "(SELECT COUNT(*) FROM relations r WHERE r.subject = e.id AND r.negated = 0) + "
    "(SELECT COUNT(*) FROM relations r WHERE r.object = e.id AND r.negated = 0)"
)
ARTICLES = "(SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id)"


@answers("most_connected")
def most_connected(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    sql = (
        "SELECT e.name AS entity, e.id AS entity_id, e.type AS type, d.degree AS degree, "
        f"{ARTICLES} AS articles FROM entities e JOIN ("
        "  SELECT id, COUNT(*) AS degree FROM ("
        "    SELECT subject AS id FROM relations WHERE negated = 0"
        "    UNION ALL SELECT object FROM relations WHERE negated = 0"
        "  ) GROUP BY id"
        ") d ON d.id = e.id "
        "WHERE (? IS NULL OR lower(e.type) = lower(?)) "
        "ORDER BY degree DESC, entity, entity_id LIMIT ?"
    )
    return _select(store, sql, [params["type"], params["type"], params["limit"]])


# -- entities ------------------------------------------------------------------------


@answers("find_entity")
def find_entity(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    ids = store.resolve(params["name"])
    sql = (
        "SELECT e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, "
        f"{ARTICLES} AS articles, {DEGREE} AS degree "
        f"FROM entities e WHERE e.id IN ({_marks(ids)}) ORDER BY id"
    )
    rows = _select(store, sql, ids) if ids else []
    for row in rows:
        row["aliases"] = json.loads(row["aliases"])
    return rows


@answers("co_mentioned")
def co_mentioned(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    """Shared articles counted, sorted and cut first; relation counts only for the rows kept."""
    ids = store.resolve(params["name"])
    if not ids:
        return []
    top = (
        "SELECT e.name AS entity, n.name AS co_mentioned, n.id AS co_mentioned_id, n.type AS type, "
        "pairs.articles AS articles, e.id AS eid FROM ("
        "  SELECT m1.entity_id AS eid, m2.entity_id AS nid, COUNT(*) AS articles FROM mentions m1 "
        "  JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.entity_id != m1.entity_id "
        f"  WHERE m1.entity_id IN ({_marks(ids)}) GROUP BY m1.entity_id, m2.entity_id"
        ") pairs JOIN entities e ON e.id = pairs.eid JOIN entities n ON n.id = pairs.nid "
        "ORDER BY articles DESC, co_mentioned, co_mentioned_id, entity, eid LIMIT ?"
    )
    linked = (
        "(SELECT COUNT(*) FROM relations r WHERE r.subject = top.eid AND r.object = top.co_mentioned_id "
        "AND r.negated = 0) + (SELECT COUNT(*) FROM relations r WHERE r.subject = top.co_mentioned_id "
        "AND r.object = top.eid AND r.negated = 0)"
    )
    sql = (
        "SELECT entity, co_mentioned, co_mentioned_id, type, articles, "
        f"{linked} AS relations FROM ({top}) top "
        "ORDER BY articles DESC, co_mentioned, co_mentioned_id, entity, eid"
    )
    return _select(store, sql, [*ids, params["limit"]])


# -- evidence ----------------------------------------------------------------------


@answers("evidence_for")
def evidence_for(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    """Pairs are walked like the Cypher's two UNWINDs, so overlapping names repeat rows alike."""
    predicate = params["predicate"].upper() if params["predicate"] is not None else None
    rows: list[Row] = []
    for s in store.resolve(params["subject"]):
        for o in store.resolve(params["object"]):
            for rel_id in _relation_ids(store, s, o, predicate):
                rows.extend(_evidence_rows(store, rel_id))
    key = lambda r: (r["date"], r["_aid"], r["_start"], r["predicate"], r["_sid"], r["_oid"])  # noqa: E731
    return _as_bool(_ordered(rows, key, params["limit"]), "negated")


def _relation_ids(store: EmbeddedStore, s: str, o: str, predicate: str | None) -> list[int]:
    sym = tuple(SYMMETRIC_TYPES)
    sql = (
        "SELECT id FROM relations WHERE ((subject = ? AND object = ?) "
        f"OR (subject = ? AND object = ? AND predicate IN ({_marks(sym)}))) AND (? IS NULL OR predicate = ?)"
    )
    args = [s, o, o, s, *sym, predicate, predicate]
    return [r[0] for r in store.conn.execute(sql, args)]


def _evidence_rows(store: EmbeddedStore, rel_id: int) -> list[Row]:
    sql = (
        f"SELECT {RELATION}, ev.sentence AS sentence, a.title AS article, "
        "COALESCE(a.published, a.ingested) AS date, a.source AS source, a.url AS url, "
        "ev.status AS status, ev.negated AS negated, ev.confidence AS confidence, ev.rule AS rule, "
        "a.id AS aid, ev.start AS start, s.id AS sid, o.id AS oid "
        f"FROM evidence ev JOIN relations r ON r.id = ev.relation_id {BOTH_ENDS} "
        "JOIN articles a ON a.id = ev.article_id WHERE ev.relation_id = ?"
    )
    rows = _select(store, sql, [rel_id])
    for row in rows:
        for key in ("aid", "start", "sid", "oid"):
            row["_" + key] = row.pop(key)
    return rows


# -- walking the graph ------------------------------------------------------------


class Edge(NamedTuple):
    """One non-negated relation (a tuple: walks create hundreds of thousands)."""

    rel_id: int
    predicate: str
    subject: str
    object: str

    def other(self, node: str) -> str:
        return self.object if node == self.subject else self.subject


class Walker:
    """Adjacency of non-negated relations, fetched a frontier at a time and cached.

    Walks touch a few hundred nodes of a large graph, so loading the whole
    graph (as ``to_networkx`` does) would cost more than the walk; fetching
    a whole frontier per query keeps hubs from costing one query per node.
    """

    def __init__(self, store: EmbeddedStore, types: Iterable[str] = ALL_TYPES) -> None:
        self.store = store
        self.types = tuple(types)
        self._adjacent: dict[str, list[Edge]] = {}
        self._names: dict[str, str] = {}

    def _type_filter(self) -> tuple[str, list[str]]:
        if set(self.types) == set(ALL_TYPES):
            return "", []
        return f" AND predicate IN ({_marks(self.types)})", list(self.types)

    def prefetch(self, nodes: Iterable[str]) -> None:
        """Load the edges of every node not yet cached, a chunk per query."""
        missing = [n for n in dict.fromkeys(nodes) if n not in self._adjacent]
        for node in missing:
            self._adjacent[node] = []
        only, types = self._type_filter()
        for chunk in _chunks(missing):
            marks = _marks(chunk)
            sql = (
                f"SELECT 0, id, predicate, subject, object FROM relations WHERE subject IN ({marks}) "
                f"AND negated = 0{only} UNION ALL "
                f"SELECT 1, id, predicate, subject, object FROM relations WHERE object IN ({marks}) "
                f"AND negated = 0{only}"
            )
            for side, *row in self.store.conn.execute(sql, [*chunk, *types, *chunk, *types]):
                edge = Edge(*row)
                self._adjacent[edge.object if side else edge.subject].append(edge)

    def edges(self, node: str) -> list[Edge]:
        if node not in self._adjacent:
            self.prefetch([node])
        return self._adjacent[node]

    def name(self, node: str) -> str:
        if node not in self._names:
            self.prefetch_names([node])
        return self._names[node]

    def prefetch_names(self, nodes: Iterable[str]) -> None:
        missing = [n for n in dict.fromkeys(nodes) if n not in self._names]
        for chunk in _chunks(missing):
            sql = f"SELECT id, name FROM entities WHERE id IN ({_marks(chunk)})"
            self._names.update(self.store.conn.execute(sql, chunk))

    def route(self, start: str, path: list[Edge]) -> tuple[str, str, list[str]]:
        """The ``route`` text, the id key that breaks ties, and the node ids, as the Cypher builds them."""
        nodes, text, key = [start], self.name(start), ""
        for edge in path:
            here, there = nodes[-1], edge.other(nodes[-1])
            if edge.predicate in SYMMETRIC_TYPES:
                text += f" -{edge.predicate}- "
            elif edge.subject == here:
                text += f" -{edge.predicate}-> "
            else:
                text += f" <-{edge.predicate}- "
            text += self.name(there)
            key += f"{here}|{edge.predicate}|"
            nodes.append(there)
        return text, key + nodes[-1], nodes


@answers("path_between")
def path_between(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    walker = Walker(store)
    found = []
    for x in store.resolve(params["a"]):
        for y in store.resolve(params["b"]):
            if x != y:
                found += [_path_row(walker, x, y, p) for p in _shortest(walker, x, y, params["max_depth"])]
    return _ordered(found, lambda r: (r["hops"], r["route"], r["_key"]), params["limit"])


def _path_row(walker: Walker, x: str, y: str, path: list[Edge]) -> Row:
    route, key, _ = walker.route(x, path)
    return {"source": walker.name(x), "target": walker.name(y), "hops": len(path), "route": route, "_key": key}


def _shortest(walker: Walker, source: str, target: str, max_depth: int) -> list[list[Edge]]:
    """Every shortest relation sequence from ``source`` to ``target``, like ``allShortestPaths``."""
    ahead, behind = {source: 0}, {target: 0}
    fronts = [[source], [target]]
    while fronts[0] and fronts[1] and max(ahead.values()) + max(behind.values()) < max_depth:
        side = 0 if len(fronts[0]) <= len(fronts[1]) else 1
        seen = (ahead, behind)[side]
        fronts[side] = _expand(walker, fronts[side], seen)
        meet = ahead.keys() & behind.keys()
        if meet:
            depth = min(ahead[n] + behind[n] for n in meet)
            return list(_spell(walker, source, target, depth, ahead, behind))
    return []


def _expand(walker: Walker, front: list[str], seen: dict[str, int]) -> list[str]:
    level = seen[front[0]] + 1
    walker.prefetch(front)
    new = []
    for node in front:
        for edge in walker.edges(node):
            other = edge.other(node)
            if other not in seen:
                seen[other] = level
                new.append(other)
    return new


def _spell(walker, source, target, depth, ahead, behind) -> Iterator[list[Edge]]:
    """Every shortest path, spelled out edge by edge.

    Both searches together know, for every position on a shortest path,
    which nodes may sit there (:func:`_candidates`). The edges from one
    layer to the next are fetched in SQL against those candidates, so a hub
    on the way costs one index scan inside SQLite instead of thousands of
    rows in Python; a backward pass then drops edges that cannot reach
    ``target``, and a walk over what is left yields each path once.
    """
    layer, steps = [source], []
    for position in range(1, depth + 1):
        step = _layer_edges(walker.store, layer, _candidates(position, depth, ahead, behind))
        steps.append(step)
        layer = list(dict.fromkeys(e.other(n) for n, edges in step.items() for e in edges))
    alive = {target}
    for step in reversed(steps):
        for node, edges in step.items():
            step[node] = [edge for edge in edges if edge.other(node) in alive]
        alive = {node for node, edges in step.items() if edges}

    def walk(node: str, path: list[Edge]) -> Iterator[list[Edge]]:
        if len(path) == depth:
            yield list(path)
            return
        for edge in steps[len(path)].get(node, ()):
            path.append(edge)
            yield from walk(edge.other(node), path)
            path.pop()

    yield from walk(source, [])


def _candidates(position: int, depth: int, ahead: dict[str, int], behind: dict[str, int]) -> list[str]:
    """Nodes at exactly ``position`` hops from the source and ``depth - position`` from the target.

    The two searches reach ``depth`` together, so at least one of them knows
    every position exactly; where both do, the node must satisfy both.
    """
    reach_a, reach_b = max(ahead.values()), max(behind.values())
    if position <= reach_a:
        found = [n for n, d in ahead.items() if d == position]
        if position >= depth - reach_b:
            found = [n for n in found if behind.get(n) == depth - position]
        return found
    return [n for n, d in behind.items() if d == depth - position]


def _layer_edges(store: EmbeddedStore, layer: list[str], candidates: list[str]) -> dict[str, list[Edge]]:
    """Non-negated edges from ``layer`` to ``candidates``, by the layer node they start from.

    The unary ``+`` keeps SQLite from using an index on that column, so the
    scan starts from the shorter list whatever the planner would guess.
    """
    near, far = ("", "+") if len(layer) <= len(candidates) else ("+", "")
    sql = (
        f"SELECT 0, id, predicate, subject, object FROM relations WHERE {near}subject IN {_JSON_LIST} "
        f"AND {far}object IN {_JSON_LIST} AND negated = 0 UNION ALL "
        f"SELECT 1, id, predicate, subject, object FROM relations WHERE {near}object IN {_JSON_LIST} "
        f"AND {far}subject IN {_JSON_LIST} AND negated = 0"
    )
    lists = [json.dumps(layer), json.dumps(candidates)]
    step: dict[str, list[Edge]] = {node: [] for node in layer}
    for side, *row in store.conn.execute(sql, lists + lists):
        edge = Edge(*row)
        step[edge.object if side else edge.subject].append(edge)
    return step


CHAIN_TYPES = ("SUPPLIES_CHIPS_TO", "PROVIDES_CLOUD_TO")


@answers("chip_supply_chain")
def chip_supply_chain(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    walker = Walker(store, CHAIN_TYPES)
    starts = _chain_starts(store, params["supplier"])
    rows = []
    for start in starts:
        for path in _chains(walker, start, params["max_hops"]):
            route, key, nodes = walker.route(start, path)
            rows.append(
                {"supplier": walker.name(start), "customer": walker.name(nodes[-1]),
                 "hops": len(path), "route": route, "_key": key}
            )
    return _ordered(rows, lambda r: (-r["hops"], r["route"], r["_key"]), params["limit"])


def _chain_starts(store: EmbeddedStore, supplier: str | None) -> list[str]:
    if supplier is not None:
        return store.resolve(supplier)
    sql = "SELECT DISTINCT subject FROM relations WHERE predicate = 'SUPPLIES_CHIPS_TO' AND negated = 0"
    return sorted(r[0] for r in store.conn.execute(sql))


def _chains(walker: Walker, start: str, max_hops: int) -> Iterator[list[Edge]]:
    """Simple outbound paths that open with a chip sale and continue with chips or cloud."""

    def walk(node: str, path: list[Edge], visited: set[str]) -> Iterator[list[Edge]]:
        if len(path) >= 2:
            yield list(path)
        if len(path) == max_hops:
            return
        for edge in walker.edges(node):
            if edge.subject != node or edge.object in visited:
                continue
            if not path and edge.predicate != "SUPPLIES_CHIPS_TO":
                continue
            path.append(edge)
            visited.add(edge.object)
            yield from walk(edge.object, path, visited)
            visited.discard(edge.object)
            path.pop()

    yield from walk(start, [], {start})


EGO_RELATIONS = f"""
WITH ring AS MATERIALIZED (SELECT key AS id, value AS hop FROM json_each(?))
SELECT MAX(a.hop, b.hop) AS hops, s.name AS subject, r.predicate AS predicate, o.name AS object,
       r.status AS status, r.confidence AS confidence, r.evidence_count AS evidence_count,
       r.subject AS _sid, r.object AS _oid
FROM ring a JOIN relations r ON r.subject = a.id JOIN ring b ON b.id = r.object {BOTH_ENDS}
WHERE r.negated = 0
ORDER BY hops, subject, predicate, object, _sid, _oid LIMIT ?
"""


@answers("ego_network")
def ego_network(store: EmbeddedStore, params: dict[str, Any]) -> list[Row]:
    """Rings by breadth-first search, then the relations among the ring members in one SQL pass.

    The rings travel as one JSON object (id -> hops), so SQLite joins,
    sorts and cuts the relations without a row per relation in Python.
    """
    hops = _rings(Walker(store), store.resolve(params["name"]), params["depth"])
    if not hops:
        return []
    return _select(store, EGO_RELATIONS, [json.dumps(hops), params["limit"]])


def _rings(walker: Walker, centre: list[str], depth: int) -> dict[str, int]:
    """Distance of every entity at most ``depth`` hops from the centre (breadth first)."""
    hops = {node: 0 for node in centre}
    ring = list(hops)
    for level in range(1, depth + 1):
        walker.prefetch(ring)
        ring = [o for n in ring for o in (e.other(n) for e in walker.edges(n)) if o not in hops]
        ring = list(dict.fromkeys(ring))
        hops.update((node, level) for node in ring)
    return hops
