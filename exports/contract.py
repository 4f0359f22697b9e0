"""Ontology names that exports splice into labels, types and colour tables.

Labels and relationship types become identifiers in Cypher and CSV headers,
where a value cannot be a parameter. They are therefore taken only from the
enums in `graph.models`, never from article text: anything else is an error.
"""

from __future__ import annotations

import re

from graph.models import SYMMETRIC, EntityType, RelationType, Status

IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

ENTITY_TYPES: tuple[str, ...] = tuple(t.value for t in EntityType)
RELATION_TYPES: tuple[str, ...] = tuple(r.value for r in RelationType)
STATUSES: tuple[str, ...] = tuple(s.value for s in Status)
SYMMETRIC_TYPES: frozenset[str] = frozenset(r.value for r in SYMMETRIC)


def entity_label(value: object) -> str:
    """The node label for an entity type; refuses anything outside the enum."""
    try:
        return EntityType(value).value
    except ValueError:
        raise ValueError(f"unknown entity type {value!r}") from None


def relation_type(value: object) -> str:
    """The relationship type for a predicate; refuses anything outside the enum."""
    try:
        return RelationType(value).value
    except ValueError:
        raise ValueError(f"unknown relation type {value!r}") from None


def status_name(value: object) -> str:
    """A relation status; refuses anything outside the enum."""
    try:
        return Status(value).value
    except ValueError:
        raise ValueError(f"unknown status {value!r}") from None


def identifier(name: str) -> str:
    """Return `name` if it can be spliced into a query or header as is."""
    if not IDENTIFIER.match(name):
        raise ValueError(f"{name!r} is not a safe identifier")
    return name


def attribute_key(key: object) -> str:
    """Map a free qualifier name onto a flat, identifier-safe property name.

    Qualifier names come from extractors; flat formats store them beside the
    fixed properties, so they get a prefix that cannot collide with those.
    """
    cleaned = re.sub(r"[^A-Za-z0-9_]", "_", str(key))
    return identifier("attr_" + cleaned)
