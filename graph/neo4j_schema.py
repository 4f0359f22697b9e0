"""The graph model in Neo4j: labels, relationship types, constraints, indexes.

Entities are ``(:Entity:<Type>)`` nodes keyed by ``id``; every ontology
relation is one relationship whose type is the ontology's name. Provenance
lives beside the relations, never inside them:

* ``(:Article)-[:MENTIONS {count, first_offset}]->(:Entity)``;
* one ``(:Evidence)`` node per supporting sentence, linked
  ``-[:IN_ARTICLE]->(:Article)`` and carrying the ``rid`` of the
  relationship it supports. A relationship cannot be an endpoint, so
  ``rid`` is the join key, and it is indexed. The relationship already
  says which two entities the sentence is about, so the evidence node does
  not link to them again: two more links per sentence, which no query
  followed, only made every load slower;
* ``(:Name {key})-[:NAMES]->(:Entity)`` for name, id and alias lookups.

Why ``Name`` nodes and not a list property on the entity: Neo4j cannot
index membership in a list property, so ``$key IN e.keys`` scans every
entity. A ``Name`` node is one unique-constraint lookup plus one hop, and a
key shared by two entities (an ambiguous alias) is simply a ``Name`` node
with two ``NAMES`` relationships.

Relationship types and labels cannot be query parameters. The only
identifiers ever spliced into Cypher come from the ontology's enums and
are checked against ``^[A-Z_]+$`` / ``^[A-Z][a-z]+$`` first.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from graph.models import EntityType, RelationType

_TYPE_RE = re.compile(r"^[A-Z_]+$")
_LABEL_RE = re.compile(r"^[A-Z][A-Za-z]+$")

ENTITY_LABELS: tuple[str, ...] = tuple(t.value for t in EntityType)

CONSTRAINTS: tuple[str, ...] = (
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE",
)

# Evidence is found through its relationship's ``rid`` (indexed below) and
# then told apart by ``id``, so a unique index on ``id`` alone would only be
# one more index entry to write per sentence. Databases loaded by earlier
# versions carry it; it goes, so every database pays the same per sentence.
RETIRED: tuple[str, ...] = ("DROP CONSTRAINT evidence_id IF EXISTS",)

INDEXES: tuple[str, ...] = (
    "CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
    "CREATE INDEX evidence_rid IF NOT EXISTS FOR (ev:Evidence) ON (ev.rid)",
    "CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)",
)


def relationship_type(predicate: str | RelationType) -> str:
    """The ontology type as a Cypher identifier; anything else is refused.

    Going through the enum first means text from an article or a user can
    never become a relationship type; the pattern check guards the splice.
    """
    value = RelationType(predicate).value
    if not _TYPE_RE.match(value):
        raise ValueError(f"refusing relationship type {value!r}")
    return value


def entity_label(entity_type: str | EntityType) -> str:
    """The entity type as a node label, through the enum and a pattern check."""
    value = EntityType(entity_type).value
    if not _LABEL_RE.match(value):
        raise ValueError(f"refusing label {value!r}")
    return value


def ontology_types() -> str:
    """``A|B|C`` over every ontology type, for patterns that match any relation."""
    return "|".join(relationship_type(t) for t in RelationType)


def ensure_schema(session) -> None:
    """Create constraints, then indexes, then wait until they are online.

    Constraints come first: a MERGE on an unconstrained key scans the label,
    and a load into an empty database would otherwise be quadratic.
    """
    for statement in RETIRED + CONSTRAINTS + INDEXES:
        session.run(statement).consume()
    session.run("CALL db.awaitIndexes(300)").consume()


# -- property shapes ----------------------------------------------------------

ATTR_PREFIX = "attr_"
_INT64 = (-(2**63), 2**63 - 1)


def relation_rid(subject: str, predicate: str, obj: str) -> str:
    """Stable id of a relationship, shared by its Evidence nodes.

    A hash of the triple, so two stores (or two loads) agree on it without
    coordination and the provenance join needs no relationship id.
    """
    digest = hashlib.sha1(f"{subject}|{predicate}|{obj}".encode("utf-8")).hexdigest()
    return digest[:20]


def evidence_id(rid: str, article_id: str, start: int) -> str:
    """Same identity as the embedded store's evidence key (relation, article, offset)."""
    return hashlib.sha1(f"{rid}|{article_id}|{start}".encode("utf-8")).hexdigest()[:20]


def storable(value: Any) -> Any:
    """A value Neo4j can keep as a property; anything else becomes JSON text."""
    if isinstance(value, bool | str | float):
        return value
    if isinstance(value, int) and _INT64[0] <= value <= _INT64[1]:
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def flatten_attributes(attributes: dict[str, Any]) -> dict[str, Any]:
    """``{"exclusive": True}`` -> ``{"attr_exclusive": True}``: maps are not properties."""
    return {ATTR_PREFIX + str(key): storable(value) for key, value in attributes.items()}


def unflatten_attributes(props: dict[str, Any]) -> dict[str, Any]:
    """The inverse of :func:`flatten_attributes`, keys sorted like the embedded JSON."""
    found = {k[len(ATTR_PREFIX) :]: v for k, v in props.items() if k.startswith(ATTR_PREFIX)}
    return dict(sorted(found.items()))


def entity_props(
    id: str, name: str, type: str, aliases: list[str], confidence: float, origin: str
) -> dict[str, Any]:
    """Entity node properties (``wikidata`` is absent, not null, for slugs)."""
    props = {"id": id, "name": name, "type": type, "aliases": sorted(set(aliases))}
    props.update(confidence=confidence, origin=origin)
    if id.startswith("Q"):
        props["wikidata"] = id
    return props


def relation_props(rid: str, aggregate: dict[str, Any]) -> dict[str, Any]:
    """Relationship properties: the store's aggregate qualifiers, attributes flattened."""
    props = {"rid": rid}
    for key in ("confidence", "status", "evidence_count", "first_seen", "last_seen"):
        if aggregate.get(key) is not None:
            props[key] = aggregate[key]
    props["negated"] = bool(aggregate["negated"])
    props.update(flatten_attributes(aggregate.get("attributes") or {}))
    return props


READING = ("status", "negated", "confidence")


def article_reading(own: tuple[Any, Any, Any], article: tuple[Any, Any, Any]) -> tuple[Any, Any, Any]:
    """The article's reading of the relation, ``None`` where it repeats the sentence's own.

    The relationship's aggregate is derived from one reading per article,
    and usually the article reads the relation as its sentence does;
    storing only the differences keeps most evidence nodes three properties
    lighter, and a reader falls back to the sentence's own value.
    """
    status, negated, confidence = article
    negated = None if negated is None else bool(negated)
    return tuple(None if mine == theirs else theirs for mine, theirs in zip(own, (status, negated, confidence)))


def evidence_props(ev_id: str, rid: str, ev: dict[str, Any]) -> dict[str, Any]:
    """Evidence node properties: the sentence, where it is, and which rule said so.

    ``rel_status``/``rel_negated``/``rel_confidence`` are present only where
    this sentence's article states the relation differently from the
    sentence itself (see :func:`article_reading`).
    """
    props = {"id": ev_id, "rid": rid, "sentence": ev["sentence"]}
    props.update(start=ev["start"], end=ev["end"], rule=ev["rule"], status=ev["status"])
    props.update(negated=bool(ev["negated"]), confidence=ev["confidence"])
    own = tuple(props[key] for key in READING)
    reading = article_reading(own, tuple(ev.get("rel_" + key) for key in READING))
    props.update({"rel_" + key: value for key, value in zip(READING, reading) if value is not None})
    props.update(flatten_attributes(ev.get("attributes") or {}))
    return props


def article_props(row: dict[str, Any]) -> dict[str, Any]:
    """Article node properties; the text stays in the embedded store."""
    keys = ("id", "source", "title", "url", "published", "lang", "ingested", "seq")
    return {key: row[key] for key in keys if row.get(key) is not None}
