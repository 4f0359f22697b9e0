"""One store interface, two backends (embedded SQLite and Neo4j).

Callers never branch on the backend: both return the result shapes defined
here, and both are opened through :func:`open_store`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from graph.models import SYMMETRIC, Extraction, RelationType

if TYPE_CHECKING:  # only named in an annotation; importing networkx costs a tenth of a second
    import networkx as nx

DEFAULT_STORE = "aikg.db"


class Shape(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Stats(Shape):
    articles: int
    entities: int
    relations: int
    evidences: int


class IngestResult(Shape):
    article_id: str
    source: str
    outcome: Literal["new", "unchanged"]
    entities: int = 0
    relations: int = 0


class EntityRow(Shape):
    id: str
    name: str
    type: str
    aliases: list[str]
    wikidata: str | None
    confidence: float
    origin: str
    mentions: int
    degree: int


class RelationRow(Shape):
    subject_id: str
    subject: str
    subject_type: str
    predicate: str
    object_id: str
    object: str
    object_type: str
    status: str
    negated: bool
    confidence: float
    attributes: dict[str, Any]
    evidence_count: int
    first_seen: str | None
    last_seen: str | None


def node_attributes(entity: EntityRow) -> dict[str, Any]:
    """The attributes every backend's ``to_networkx()`` puts on an entity node."""
    return entity.model_dump(exclude={"id", "degree"})


def edge_attributes(row: RelationRow) -> dict[str, Any]:
    """The attributes every backend's ``to_networkx()`` puts on a relation edge
    (evidence is added by the backend, which reads it its own way)."""
    return {
        "predicate": row.predicate,
        "symmetric": RelationType(row.predicate) in SYMMETRIC,
        "status": row.status,
        "negated": row.negated,
        "confidence": row.confidence,
        "attributes": row.attributes,
        "evidence_count": row.evidence_count,
        "first_seen": row.first_seen,
        "last_seen": row.last_seen,
    }


@runtime_checkable
class GraphStore(Protocol):
    """What every backend offers; rows come back in the shapes above."""

    def add(self, extraction: Extraction) -> IngestResult: ...

    def has_article(self, article_id: str) -> bool: ...

    def stats(self) -> Stats: ...

    def entities(
        self, *, type: str | None = None, name: str | None = None, limit: int | None = None
    ) -> list[EntityRow]: ...

    def relations(
        self,
        *,
        predicate: str | None = None,
        name: str | None = None,
        status: str | None = None,
        min_confidence: float | None = None,
        limit: int | None = None,
    ) -> list[RelationRow]: ...

    def to_networkx(self) -> nx.MultiDiGraph: ...

    def close(self) -> None: ...


def default_store_path() -> Path:
    return Path(os.environ.get("AIKG_STORE") or DEFAULT_STORE)


def open_store(location: str | Path | None = None, **options: Any) -> GraphStore:
    """Open a store by path (embedded) or by ``bolt://``/``neo4j://`` URI (Neo4j)."""
    target = str(location) if location is not None else str(default_store_path())
    if target.startswith(("bolt://", "bolt+s://", "neo4j://", "neo4j+s://", "bolt+ssc://", "neo4j+ssc://")):
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore.connect(target, **options)
    from graph.embedded import EmbeddedStore

    return EmbeddedStore(Path(target))
