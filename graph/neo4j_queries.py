"""Cypher for the Neo4j store: one small function per operation.

Writers take a managed transaction and a batch of rows, run one
``UNWIND $rows AS row`` statement and return its counters. Every write is
a MERGE keyed by indexed properties followed by ``SET x = row.props``, so a
transaction function that the driver retries, or a whole load that runs
twice, converges on the same graph, and relation qualifiers are replaced by
the store's current aggregate instead of accumulating. Values only ever
travel as parameters; identifiers come from :mod:`graph.neo4j_schema`.
"""

from __future__ import annotations

from typing import Any

from graph.neo4j_schema import ENTITY_LABELS, entity_label, ontology_types, relationship_type

Rows = list[dict[str, Any]]

ARTICLES = """
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row.props
"""

NAMES = """
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity_id})
MERGE (n:Name {key: row.key})
MERGE (n)-[:NAMES]->(e)
"""

MENTIONS = """
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (e:Entity {id: row.entity_id})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count, m.first_offset = row.first_offset
"""

# Evidence is found by its relationship's ``rid`` (indexed) and told apart
# by ``id``. Its link to the article is created together with the node, in
# the same transaction, so it exists exactly when the node does: a repeat
# writes only the properties, and no MERGE has to scan the article's
# relationships to find out that the link is already there.
EVIDENCE = """
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MERGE (ev:Evidence {rid: row.rid, id: row.id})
ON CREATE SET ev.fresh = true
WITH a, ev, row, ev.fresh AS fresh
SET ev = row.props
WITH a, ev WHERE fresh
CREATE (ev)-[:IN_ARTICLE]->(a)
"""


# -- the fast path into an empty database ------------------------------------
#
# When the target holds no aikg nodes at all, nothing can already exist, so
# the loader CREATEs instead of MERGE-ing (no lookup-before-write, no locks
# on index entries) and sends rows as lists of primitives. Links are written
# in the same statement as the nodes they hang off: a name key with its
# entities, an article's mentions or evidence sentences in one row. Node
# properties are spelled out rather than SET from a map, and no WITH renames
# a value: either makes Cypher buffer the whole batch (Eager) before the next
# lookup. A re-run after a failed load finds nodes and takes the MERGE path.

NEW_ARTICLES = """
UNWIND $rows AS props
CREATE (a:Article)
SET a = props
"""

# row: [article id, [[entity id, count, first offset], ...]]
NEW_MENTIONS = """
UNWIND $rows AS row
MATCH (a:Article {id: row[0]})
UNWIND row[1] AS m
MATCH (e:Entity {id: m[0]})
CREATE (a)-[:MENTIONS {count: m[1], first_offset: m[2]}]->(e)
"""


def new_entities_query(entity_type: str) -> str:
    """CREATE entities of one type; row: [id, name, type, aliases, confidence, origin, wikidata or null]."""
    label = entity_label(entity_type)
    return (
        "UNWIND $rows AS row\n"
        f"CREATE (:Entity:{label} {{id: row[0], name: row[1], type: row[2], aliases: row[3],"
        " confidence: row[4], origin: row[5], wikidata: row[6]})\n"
    )


# row: [key, [entity id, ...]]; a key shared by two entities is one Name node.
NEW_NAMES = """
UNWIND $rows AS row
CREATE (n:Name {key: row[0]})
WITH n, row
UNWIND row[1] AS id
MATCH (e:Entity {id: id})
CREATE (n)-[:NAMES]->(e)
"""


def new_relations_query(predicate: str) -> str:
    """CREATE relationships of one type between existing entities.

    row: [subject id, object id, [rid, confidence, status, negated, evidence count,
    first seen, last seen], attributes (a map, maybe empty)]. The free ``attr_*``
    attributes can be SET from a map here: no later lookup in the statement
    reads relationship properties, so Cypher does not buffer the batch.
    """
    rel_type = relationship_type(predicate)
    return (
        "UNWIND $rows AS row\n"
        "MATCH (s:Entity {id: row[0]})\n"
        "MATCH (o:Entity {id: row[1]})\n"
        f"CREATE (s)-[r:{rel_type} {{rid: row[2][0], confidence: row[2][1], status: row[2][2],"
        " negated: row[2][3], evidence_count: row[2][4], first_seen: row[2][5], last_seen: row[2][6]}]->(o)\n"
        "SET r += row[3]\n"
    )


# row: [article id, [evidence, ...]] with evidence [rid, id, sentence, start, end,
# rule, status, negated, confidence, rel_status, rel_negated, rel_confidence,
# attributes or null]: the article is looked up once for all its sentences.
# Evidence needs only its article (the relationship is named by rid), so this
# runs beside the relationships without waiting on their entities' locks.
# Properties are spelled out (a null one is simply not set) rather than SET
# from a map, which could hold any key and make Cypher buffer the whole batch
# (Eager) before the next article lookup; the free ``attr_*`` attributes
# follow in NEW_EVIDENCE_ATTRIBUTES.
NEW_EVIDENCE = """
UNWIND $rows AS row
MATCH (a:Article {id: row[0]})
UNWIND row[1] AS ev
CREATE (:Evidence {id: ev[1], rid: ev[0], sentence: ev[2], start: ev[3], end: ev[4],
                   rule: ev[5], status: ev[6], negated: ev[7], confidence: ev[8],
                   rel_status: ev[9], rel_negated: ev[10], rel_confidence: ev[11]})-[:IN_ARTICLE]->(a)
"""

# row: [rid, evidence id, attributes]
NEW_EVIDENCE_ATTRIBUTES = """
UNWIND $rows AS row
MATCH (n:Evidence {rid: row[0], id: row[1]})
SET n += row[2]
"""


IS_EMPTY = """
RETURN NOT (EXISTS { MATCH (:Article) } OR EXISTS { MATCH (:Entity) }
            OR EXISTS { MATCH (:Evidence) } OR EXISTS { MATCH (:Name) }) AS empty
"""


def entities_query(entity_type: str) -> str:
    """MERGE entities of one type; the type label is swapped if it changed."""
    label = entity_label(entity_type)
    others = ":".join(other for other in ENTITY_LABELS if other != label)
    return (
        "UNWIND $rows AS row\n"
        "MERGE (e:Entity {id: row.id})\n"
        "SET e = row.props\n"
        f"REMOVE e:{others}\n"
        f"SET e:{label}\n"
    )


def relations_query(predicate: str) -> str:
    """MERGE relationships of one ontology type between existing entities."""
    rel_type = relationship_type(predicate)
    return (
        "UNWIND $rows AS row\n"
        "MATCH (s:Entity {id: row.subject})\n"
        "MATCH (o:Entity {id: row.object})\n"
        f"MERGE (s)-[r:{rel_type}]->(o)\n"
        "SET r = row.props\n"
    )


def run_write(tx, query: str, rows: Rows) -> dict[str, int]:
    """Run one batch and report what it created (zero on a repeat)."""
    counters = tx.run(query, rows=rows).consume().counters
    return {"nodes": counters.nodes_created, "relationships": counters.relationships_created}


# -- reading ----------------------------------------------------------------


def stats_query() -> str:
    """The four figures of :class:`graph.store.Stats` in one round trip."""
    return (
        "RETURN COUNT { MATCH (:Article) } AS articles,"
        " COUNT { MATCH (:Entity) } AS entities,"
        f" COUNT {{ MATCH ()-[:{ontology_types()}]->() }} AS relations,"
        " COUNT { MATCH (:Evidence) } AS evidences"
    )


HAS_ARTICLE = "RETURN EXISTS { MATCH (:Article {id: $id}) } AS found"

RESOLVE = """
MATCH (:Name {key: $key})-[:NAMES]->(e:Entity)
RETURN e.id AS id ORDER BY id
"""

NEXT_SEQ = "MATCH (a:Article) RETURN coalesce(max(a.seq), 0) + 1 AS seq"

ENTITY_PROPS = """
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,
       e.confidence AS confidence, e.origin AS origin
"""

EVIDENCE_FOR = """
MATCH (ev:Evidence)-[:IN_ARTICLE]->(a:Article)
WHERE ev.rid IN $rids
RETURN ev.rid AS rid, a.id AS article, properties(ev) AS props,
       coalesce(a.published, a.ingested) AS seen, a.seq AS seq
ORDER BY rid, seen, seq, ev.start
"""


def entities_query_read(type_filter: bool, id_filter: bool, limit: bool) -> str:
    """Entities with mention count and degree, ordered like the embedded store."""
    where = [c for c, on in (("e.type = $type", type_filter), ("e.id IN $ids", id_filter)) if on]
    return (
        "MATCH (e:Entity)"
        + (" WHERE " + " AND ".join(where) if where else "")
        + "\nRETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,"
        " e.confidence AS confidence, e.origin AS origin,"
        " COUNT { (:Article)-[:MENTIONS]->(e) } AS mentions,"
        f" COUNT {{ (e)-[:{ontology_types()}]-(:Entity) }} AS degree"
        "\nORDER BY degree DESC, name, id" + ("\nLIMIT $limit" if limit else "")
    )


def relations_query_read(predicate: str | None, where: list[str], limit: bool) -> str:
    """Relations with both ends, ordered like the embedded store."""
    rel_type = relationship_type(predicate) if predicate else ontology_types()
    return (
        f"MATCH (s:Entity)-[r:{rel_type}]->(o:Entity)"
        + (" WHERE " + " AND ".join(where) if where else "")
        + "\nRETURN s.id AS subject_id, s.name AS subject, s.type AS subject_type,"
        " type(r) AS predicate, o.id AS object_id, o.name AS object, o.type AS object_type,"
        " properties(r) AS props"
        "\nORDER BY r.confidence DESC, subject, predicate, object, subject_id, object_id"
        + ("\nLIMIT $limit" if limit else "")
    )


EVIDENCE_ALL = """
MATCH (ev:Evidence)-[:IN_ARTICLE]->(a:Article)
RETURN ev.rid AS rid, a.id AS article_id, a.title AS article_title, a.url AS article_url,
       a.published AS published, ev.sentence AS sentence, ev.start AS start, ev.end AS end,
       ev.rule AS rule
ORDER BY rid, a.seq, start
"""
