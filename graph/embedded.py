"""The default store: one SQLite file, no server.

Each article is written in one transaction, and its id is a content hash,
so a crash mid-batch loses at most the article being written and re-ingesting
the same text is a no-op. Relation-level qualifiers (status, confidence,
first/last seen) are derived from the evidence rows after every write, so
they can never drift from what the articles say.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from graph.models import Entity, Extraction, Relation, RelationType
from graph.names import lookup_keys, name_key
from graph.store import EntityRow, IngestResult, RelationRow, Stats, edge_attributes, node_attributes

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    title TEXT,
    url TEXT,
    published TEXT,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    ingested TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL,
    confidence REAL NOT NULL,
    origin TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entity_keys (
    key TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    PRIMARY KEY (key, entity_id)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL REFERENCES articles(id),
    entity_id TEXT NOT NULL REFERENCES entities(id),
    count INTEGER NOT NULL,
    first_offset INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS relations (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL REFERENCES entities(id),
    predicate TEXT NOT NULL,
    object TEXT NOT NULL REFERENCES entities(id),
    status TEXT NOT NULL,
    negated INTEGER NOT NULL,
    confidence REAL NOT NULL,
    attributes TEXT NOT NULL,
    evidence_count INTEGER NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    UNIQUE (subject, predicate, object)
);
CREATE INDEX IF NOT EXISTS relations_object ON relations(object);
CREATE INDEX IF NOT EXISTS relations_predicate ON relations(predicate);
CREATE INDEX IF NOT EXISTS relations_out ON relations(subject, negated, predicate, object);
CREATE INDEX IF NOT EXISTS relations_in ON relations(object, negated, predicate, subject);
CREATE TABLE IF NOT EXISTS evidence (
    relation_id INTEGER NOT NULL REFERENCES relations(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    rule TEXT NOT NULL,
    status TEXT NOT NULL,
    negated INTEGER NOT NULL,
    confidence REAL NOT NULL,
    attributes TEXT NOT NULL,
    PRIMARY KEY (relation_id, article_id, start)
);
CREATE INDEX IF NOT EXISTS evidence_article ON evidence(article_id);
CREATE TABLE IF NOT EXISTS relation_articles (
    relation_id INTEGER NOT NULL REFERENCES relations(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    status TEXT NOT NULL,
    negated INTEGER NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (relation_id, article_id)
);
"""

_RELATION_SELECT = """
SELECT r.subject, s.name, s.type, r.predicate, r.object, o.name, o.type,
       r.status, r.negated, r.confidence, r.attributes, r.evidence_count,
       r.first_seen, r.last_seen
FROM relations r
JOIN entities s ON s.id = r.subject
JOIN entities o ON o.id = r.object
"""


class EmbeddedStore:
    """SQLite implementation of :class:`graph.store.GraphStore`."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise ValueError(f"{self.path}: is a directory, expected a store file")
        if not self.path.parent.is_dir():
            raise ValueError(f"{self.path}: folder {self.path.parent} does not exist")
        try:
            self.conn = sqlite3.connect(str(self.path))
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.executescript(SCHEMA)
        except sqlite3.DatabaseError as err:
            raise ValueError(f"{self.path}: not an aikg store ({err})") from err

    # -- writing -----------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def add(self, extraction: Extraction) -> IngestResult:
        article = extraction.article
        if self.has_article(article.id):
            return IngestResult(article_id=article.id, source=article.source, outcome="unchanged")
        with self.conn:
            self._insert_article(extraction)
            for entity in extraction.entities:
                self._upsert_entity(entity)
            self._insert_mentions(extraction)
            touched = [self._insert_relation(article.id, rel) for rel in extraction.relations]
            self._refresh_relations(set(touched))
        return IngestResult(
            article_id=article.id,
            source=article.source,
            outcome="new",
            entities=len(extraction.entities),
            relations=len(extraction.relations),
        )

    def _insert_article(self, extraction: Extraction) -> None:
        a = extraction.article
        seq = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
        self.conn.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                a.id,
                a.source,
                a.title,
                a.url,
                a.published.isoformat() if a.published else None,
                a.lang,
                a.text,
                date.today().isoformat(),
                seq,
            ),
        )

    def _upsert_entity(self, entity: Entity) -> None:
        row = self.conn.execute(
            "SELECT name, type, aliases, confidence, origin FROM entities WHERE id = ?", (entity.id,)
        ).fetchone()
        if row is None:
            self.conn.execute(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?)",
                (
                    entity.id,
                    entity.name,
                    entity.type.value,
                    json.dumps(sorted(set(entity.aliases)), ensure_ascii=False),
                    entity.confidence,
                    entity.origin,
                ),
            )
        else:
            aliases = sorted(set(json.loads(row[2])) | set(entity.aliases))
            better = entity.confidence > row[3]
            self.conn.execute(
                "UPDATE entities SET name = ?, type = ?, aliases = ?, confidence = ?, origin = ? "
                "WHERE id = ?",
                (
                    entity.name if better else row[0],
                    entity.type.value if better else row[1],
                    json.dumps(aliases, ensure_ascii=False),
                    max(entity.confidence, row[3]),
                    entity.origin if better else row[4],
                    entity.id,
                ),
            )
        keys = {name_key(entity.name), name_key(entity.id)} | {name_key(a) for a in entity.aliases}
        self.conn.executemany(
            "INSERT OR IGNORE INTO entity_keys VALUES (?, ?)", [(k, entity.id) for k in keys if k]
        )

    def _insert_mentions(self, extraction: Extraction) -> None:
        counts: dict[str, list[int]] = {}
        for mention in extraction.mentions:
            slot = counts.setdefault(mention.entity_id, [0, mention.start])
            slot[0] += 1
            slot[1] = min(slot[1], mention.start)
        self.conn.executemany(
            "INSERT INTO mentions VALUES (?, ?, ?, ?)",
            [(extraction.article.id, eid, c, first) for eid, (c, first) in counts.items()],
        )

    def _insert_relation(self, article_id: str, rel: Relation) -> int:
        self.conn.execute(
            "INSERT OR IGNORE INTO relations (subject, predicate, object, status, negated, "
            "confidence, attributes, evidence_count) VALUES (?, ?, ?, 'active', 0, 0, '{}', 0)",
            (rel.subject, rel.predicate.value, rel.object),
        )
        rel_id = self.conn.execute(
            "SELECT id FROM relations WHERE subject = ? AND predicate = ? AND object = ?",
            (rel.subject, rel.predicate.value, rel.object),
        ).fetchone()[0]
        attributes = json.dumps(rel.attributes, ensure_ascii=False, sort_keys=True)
        self.conn.executemany(
            "INSERT OR IGNORE INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    rel_id,
                    article_id,
                    ev.sentence,
                    ev.start,
                    ev.end,
                    ev.rule,
                    ev.status.value,
                    int(ev.negated),
                    ev.confidence,
                    attributes,
                )
                for ev in rel.evidence
            ],
        )
        self.conn.execute(
            "INSERT OR IGNORE INTO relation_articles VALUES (?, ?, ?, ?, ?)",
            (rel_id, article_id, rel.status.value, int(rel.negated), rel.confidence),
        )
        return rel_id

    def _refresh_relations(self, relation_ids: Iterable[int]) -> None:
        """Relation qualifiers: the latest article's reading; confidence grows with each article."""
        for rel_id in relation_ids:
            per_article = self.conn.execute(
                "SELECT r.status, r.negated, r.confidence, COALESCE(a.published, a.ingested) AS seen "
                "FROM relation_articles r JOIN articles a ON a.id = r.article_id "
                "WHERE r.relation_id = ? ORDER BY seen, a.seq",
                (rel_id,),
            ).fetchall()
            evidence = self.conn.execute(
                "SELECT e.attributes FROM evidence e JOIN articles a ON a.id = e.article_id "
                "WHERE e.relation_id = ? ORDER BY COALESCE(a.published, a.ingested), a.seq",
                (rel_id,),
            ).fetchall()
            attributes: dict[str, Any] = {}
            for row in evidence:
                attributes.update(json.loads(row[0]))
            latest = per_article[-1]
            self.conn.execute(
                "UPDATE relations SET status = ?, negated = ?, confidence = ?, attributes = ?, "
                "evidence_count = ?, first_seen = ?, last_seen = ? WHERE id = ?",
                (
                    latest[0],
                    latest[1],
                    combined_confidence(r[2] for r in per_article),
                    json.dumps(attributes, ensure_ascii=False, sort_keys=True),
                    len(evidence),
                    per_article[0][3],
                    latest[3],
                    rel_id,
                ),
            )

    # -- reading -----------------------------------------------------------

    def stats(self) -> Stats:
        count = lambda table: self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: E731
        return Stats(
            articles=count("articles"),
            entities=count("entities"),
            relations=count("relations"),
            evidences=count("evidence"),
        )

    def resolve(self, name: str) -> list[str]:
        """Entity ids whose id, name or alias matches ``name`` case-insensitively."""
        for key in lookup_keys(name):
            rows = self.conn.execute(
                "SELECT entity_id FROM entity_keys WHERE key = ? ORDER BY entity_id", (key,)
            ).fetchall()
            if rows:
                return [r[0] for r in rows]
        return []

    def entities(
        self, *, type: str | None = None, name: str | None = None, limit: int | None = None
    ) -> list[EntityRow]:
        where, params = [], []
        if type:
            where.append("e.type = ?")
            params.append(type)
        if name:
            ids = self.resolve(name)
            where.append(f"e.id IN ({','.join('?' * len(ids))})" if ids else "0")
            params.extend(ids)
        sql = (
            "SELECT e.id, e.name, e.type, e.aliases, e.confidence, e.origin, "
            "(SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id), "
            "(SELECT COUNT(*) FROM relations r WHERE r.subject = e.id OR r.object = e.id) AS degree "
            "FROM entities e"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY degree DESC, e.name"
            + (" LIMIT ?" if limit else "")
        )
        if limit:
            params.append(limit)
        return [
            EntityRow(
                id=r[0],
                name=r[1],
                type=r[2],
                aliases=json.loads(r[3]),
                wikidata=r[0] if r[0].startswith("Q") else None,
                confidence=r[4],
                origin=r[5],
                mentions=r[6],
                degree=r[7],
            )
            for r in self.conn.execute(sql, params)
        ]

    def relations(
        self,
        *,
        predicate: str | None = None,
        name: str | None = None,
        status: str | None = None,
        min_confidence: float | None = None,
        limit: int | None = None,
    ) -> list[RelationRow]:
        where, params = [], []
        if predicate:
            where.append("r.predicate = ?")
            params.append(RelationType(predicate).value)
        if name:
            ids = self.resolve(name)
            marks = ",".join("?" * len(ids))
            where.append(f"(r.subject IN ({marks}) OR r.object IN ({marks}))" if ids else "0")
            params.extend(ids + ids)
        if status:
            where.append("r.status = ?")
            params.append(status)
        if min_confidence is not None:
            where.append("r.confidence >= ?")
            params.append(min_confidence)
        sql = (
            _RELATION_SELECT
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY r.confidence DESC, s.name, r.predicate, o.name"
            + (" LIMIT ?" if limit else "")
        )
        if limit:
            params.append(limit)
        return [_relation_row(r) for r in self.conn.execute(sql, params)]

    def articles(self) -> list[dict[str, Any]]:
        cols = ("id", "source", "title", "url", "published", "lang")
        rows = self.conn.execute(f"SELECT {', '.join(cols)} FROM articles ORDER BY seq")
        return [dict(zip(cols, r)) for r in rows]

    def to_networkx(self) -> nx.MultiDiGraph:
        G = nx.MultiDiGraph(name="aikg")
        for e in self.entities():
            G.add_node(e.id, **node_attributes(e))
        evidence = self._evidence_by_relation()
        for rel_id, row in self._relation_rows_with_ids():
            G.add_edge(row.subject_id, row.object_id, key=row.predicate, **edge_attributes(row),
                       evidence=evidence.get(rel_id, []))
        return G

    def _relation_rows_with_ids(self) -> list[tuple[int, RelationRow]]:
        sql = _RELATION_SELECT.replace("SELECT r.subject", "SELECT r.id, r.subject", 1)
        return [(r[0], _relation_row(r[1:])) for r in self.conn.execute(sql + " ORDER BY r.id")]

    def _evidence_by_relation(self) -> dict[int, list[dict[str, Any]]]:
        out: dict[int, list[dict[str, Any]]] = {}
        rows = self.conn.execute(
            "SELECT e.relation_id, e.article_id, a.title, a.url, a.published, e.sentence, "
            "e.start, e.end, e.rule FROM evidence e JOIN articles a ON a.id = e.article_id "
            "ORDER BY e.relation_id, a.seq, e.start"
        )
        keys = ("article_id", "article_title", "article_url", "published", "sentence", "start", "end", "rule")
        for r in rows:
            out.setdefault(r[0], []).append(dict(zip(keys, r[1:])))
        return out

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "EmbeddedStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _relation_row(r: tuple) -> RelationRow:
    return RelationRow(
        subject_id=r[0],
        subject=r[1],
        subject_type=r[2],
        predicate=r[3],
        object_id=r[4],
        object=r[5],
        object_type=r[6],
        status=r[7],
        negated=bool(r[8]),
        confidence=r[9],
        attributes=json.loads(r[10]),
        evidence_count=r[11],
        first_seen=r[12],
        last_seen=r[13],
    )


def combined_confidence(values: Iterable[float]) -> float:
    """Independent evidence reinforces a fact: noisy-or of the evidence scores."""
    doubt = 1.0
    for value in values:
        doubt *= 1.0 - value
    return round(1.0 - doubt, 4)
