"""The Neo4j store and loader against a real server (fixtures in tests/neo4j_fixtures.py).

Every test builds a small store by hand from the ontology models, so the
expected answers come from the embedded store on the same data.
"""

from __future__ import annotations

import os
from datetime import date

import networkx as nx
import pytest
from neo4j.exceptions import Neo4jError

from graph.embedded import EmbeddedStore
from graph.models import Article, Entity, Evidence, Extraction, Mention, Relation, RelationType
from graph import neo4j_queries
from graph.neo4j_queries import ARTICLES, run_write
from graph.neo4j_store import Neo4jStore, Neo4jStoreError

pytestmark = pytest.mark.neo4j

ONTOLOGY_TYPES = [t.value for t in RelationType]
TEST_DATABASE = os.environ.get("AIKG_TEST_NEO4J_DATABASE") or None  # as tests/neo4j_fixtures.py
NEO4J_VARIABLES = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")
INJECTION = "'}) MATCH (n) DETACH DELETE n //"
BACKTICKS = "Evil`Corp`]->(x) DETACH DELETE x //"

PROVENANCE = """
MATCH (s:Entity {name: $s})-[r:INVESTS_IN]->(o:Entity {name: $o})
MATCH (ev:Evidence {rid: r.rid})-[:IN_ARTICLE]->(a:Article)
RETURN ev.sentence AS sentence, a.title AS title, a.published AS published
ORDER BY published, sentence
"""

ENTITIES = {
    "microsoft": Entity(id="Q2283", name="Microsoft", type="Company", aliases=("MSFT", "Microsoft Corp.")),
    "openai": Entity(id="openai", name="OpenAI", type="Company", aliases=("Open AI",)),
    "nvidia": Entity(id="nvidia", name="Nvidia", type="Company", aliases=("NVIDIA",)),
    "altman": Entity(id="sam-altman", name="Sam Altman", type="Person"),
    "ftc": Entity(id="ftc", name="FTC", type="Regulator", aliases=("Federal Trade Commission",)),
    "amazon": Entity(id="amazon", name="Amazon", type="Company", aliases=("AWS",)),
    "anthropic": Entity(id="anthropic", name="Anthropic", type="Company"),
    "claude": Entity(id="claude", name="Claude", type="Product"),
}


# -- building stores by hand ------------------------------------------------------


def extraction(
    sentences: list[tuple[str, str, str, str, dict]],
    published: str | None,
    title: str,
    entities=ENTITIES,
) -> Extraction:
    """One article from (sentence, subject key, predicate, object key, fields) tuples."""
    text = " ".join(s for s, *_ in sentences)
    art = Article.create(
        text, source=f"{title}.txt", lang="en", title=title,
        published=date.fromisoformat(published) if published else None,
    )
    relations, mentions, used, offset = [], [], {}, 0
    for sentence, s, predicate, o, fields in sentences:
        ev = Evidence(
            article_id=art.id, sentence=sentence, start=offset, end=offset + len(sentence),
            rule=fields.pop("rule", "test.v1"),
            status=fields.get("status", "active"), negated=fields.get("negated", False),
            confidence=fields.get("confidence", 0.8),
        )
        relations.append(Relation(subject=entities[s].id, predicate=predicate, object=entities[o].id,
                                  evidence=(ev,), **fields))
        for key in (s, o):
            used[key] = entities[key]
            mentions.append(Mention(entity_id=entities[key].id, start=offset, end=offset + 1, text="x"))
        offset += len(sentence) + 1
    return Extraction(article=art, entities=tuple(used.values()), mentions=tuple(mentions),
                      relations=tuple(relations))


def first_articles() -> list[Extraction]:
    return [
        extraction(
            [
                ("Microsoft invests $10bn in OpenAI.", "microsoft", "INVESTS_IN", "openai",
                 {"attributes": {"amount": 10_000_000_000, "currency": "USD"}, "confidence": 0.9}),
                ("OpenAI and Microsoft deepen their partnership.", "openai", "PARTNERS_WITH", "microsoft", {}),
                ("Nvidia supplies H100 GPUs to OpenAI.", "nvidia", "SUPPLIES_CHIPS_TO", "openai",
                 {"attributes": {"exclusive": True}}),
                ("Sam Altman, CEO of OpenAI, said.", "altman", "LEADS", "openai", {"confidence": 0.95}),
            ],
            "2025-01-10",
            "Microsoft doubles down",
        ),
        extraction(
            [
                ("Microsoft plans to invest more in OpenAI.", "microsoft", "INVESTS_IN", "openai",
                 {"status": "planned", "confidence": 0.6, "attributes": {"round": "Series F"}}),
                ("The FTC is not investigating Microsoft.", "ftc", "REGULATES", "microsoft",
                 {"negated": True, "confidence": 0.7}),
                ("Microsoft competes with Nvidia in chips.", "nvidia", "COMPETES_WITH", "microsoft", {}),
            ],
            "2025-02-01",
            "FTC stays out",
        ),
    ]


def later_article() -> Extraction:
    return extraction(
        [
            ("Amazon invests $4bn in Anthropic.", "amazon", "INVESTS_IN", "anthropic",
             {"attributes": {"amount": 4_000_000_000, "currency": "USD"}}),
            ("Anthropic develops Claude.", "anthropic", "DEVELOPS", "claude", {"confidence": 0.99}),
            ("Microsoft no longer invests in OpenAI.", "microsoft", "INVESTS_IN", "openai",
             {"status": "ended", "confidence": 0.5}),
        ],
        "2025-03-05",
        "Amazon bets on Anthropic",
    )


def build_store(path, extractions) -> EmbeddedStore:
    store = EmbeddedStore(path)
    for item in extractions:
        store.add(item)
    return store


@pytest.fixture
def embedded(tmp_path):
    store = build_store(tmp_path / "aikg.db", first_articles())
    yield store
    store.close()


@pytest.fixture
def graph(neo4j_clean, neo4j_uri, neo4j_auth, monkeypatch):
    """The store on the test server; a user's NEO4J_* settings must not leak in."""
    for name in NEO4J_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    user, password = neo4j_auth or (None, None)
    store = Neo4jStore.connect(neo4j_uri, user=user, password=password, database=TEST_DATABASE)
    yield store
    store.close()


# -- reading Neo4j directly ---------------------------------------------------------


def embedded_rows(store: EmbeddedStore) -> int:
    """Rows a load sends: every row of the tables the graph is made of."""
    tables = ("articles", "entities", "entity_keys", "mentions", "relations", "evidence")
    return sum(store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables)


def scalar(driver, query: str, **params) -> int:
    with driver.session(database=TEST_DATABASE) as session:
        return session.run(query, **params).single()[0]


def ontology_relationships(driver) -> int:
    return scalar(driver, "MATCH ()-[r]->() WHERE type(r) IN $types RETURN count(r)", types=ONTOLOGY_TYPES)


def snapshot(driver) -> tuple[list, list]:
    """Every node and relationship with labels and properties, in a stable order."""
    with driver.session(database=TEST_DATABASE) as session:
        nodes = session.run(
            "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props "
            "ORDER BY coalesce(n.id, n.key), head(labels(n))").data()
        rels = session.run(
            "MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) AS a, type(r) AS t, b.id AS b, "
            "properties(r) AS props ORDER BY a, t, b").data()
    for node in nodes:
        node["labels"] = sorted(node["labels"])
    return nodes, rels


# -- the load -------------------------------------------------------------------------


def test_load_creates_exactly_the_embedded_graph(graph, embedded, neo4j_clean):
    summary = graph.load_from(embedded)
    stats = embedded.stats()
    assert scalar(neo4j_clean, "MATCH (e:Entity) RETURN count(e)") == stats.entities
    assert ontology_relationships(neo4j_clean) == stats.relations
    assert scalar(neo4j_clean, "MATCH (ev:Evidence) RETURN count(ev)") == stats.evidences
    assert scalar(neo4j_clean, "MATCH (a:Article) RETURN count(a)") == stats.articles
    assert graph.stats() == stats == summary.totals
    assert summary.nodes_created > 0 and summary.relationships_created > 0


def test_entities_carry_both_labels_and_all_properties(graph, embedded, neo4j_clean):
    graph.load_from(embedded)
    with neo4j_clean.session(database=TEST_DATABASE) as session:
        rows = session.run("MATCH (e:Entity) RETURN labels(e) AS labels, properties(e) AS p").data()
    for row in rows:
        assert sorted(row["labels"]) == sorted(["Entity", row["p"]["type"]])
        assert {"id", "name", "type", "aliases", "confidence", "origin"} <= set(row["p"])
    ms = next(r["p"] for r in rows if r["p"]["id"] == "Q2283")
    assert ms["wikidata"] == "Q2283" and ms["aliases"] == ["MSFT", "Microsoft Corp."]


def test_relationships_carry_aggregates_and_flat_attributes(graph, embedded, neo4j_clean):
    graph.load_from(embedded)
    with neo4j_clean.session(database=TEST_DATABASE) as session:
        props = session.run(
            "MATCH (:Entity {id: 'Q2283'})-[r:INVESTS_IN]->(:Entity {id: 'openai'}) "
            "RETURN properties(r) AS p").single()["p"]
    expected = embedded.relations(predicate="INVESTS_IN")[0]
    assert props["evidence_count"] == 2 == expected.evidence_count
    assert props["status"] == "planned" and props["negated"] is False
    assert props["confidence"] == expected.confidence
    assert props["first_seen"] == "2025-01-10" and props["last_seen"] == "2025-02-01"
    assert props["attr_amount"] == 10_000_000_000 and props["attr_currency"] == "USD"
    assert props["attr_round"] == "Series F" and len(props["rid"]) == 20


def test_symmetric_relations_are_stored_once(graph, embedded, neo4j_clean):
    graph.load_from(embedded)
    found = scalar(
        neo4j_clean,
        "MATCH (:Entity {id: 'openai'})-[r:PARTNERS_WITH]-(:Entity {id: 'Q2283'}) RETURN count(r)",
    )
    assert found == 1
    assert scalar(neo4j_clean, "MATCH (:Entity {id: 'Q2283'})-[r:PARTNERS_WITH]->() RETURN count(r)") == 1


def test_second_load_changes_nothing(graph, embedded, neo4j_clean):
    graph.load_from(embedded)
    before = snapshot(neo4j_clean)
    again = graph.load_from(embedded)
    assert again.nodes_created == 0 and again.relationships_created == 0
    assert snapshot(neo4j_clean) == before


def test_incremental_load_adds_only_the_new_and_sets_current_aggregates(graph, embedded, neo4j_clean):
    graph.load_from(embedded)
    nodes_before = scalar(neo4j_clean, "MATCH (n) RETURN count(n)")
    embedded.add(later_article())
    summary = graph.load_from(embedded)
    # 1 article, 3 entities, 3 evidences, name keys of the 3 new entities
    new_names = {"amazon", "aws", "anthropic", "claude"}
    assert summary.nodes_created == 1 + 3 + 3 + len(new_names)
    assert scalar(neo4j_clean, "MATCH (n) RETURN count(n)") == nodes_before + summary.nodes_created
    assert graph.stats() == embedded.stats()
    invest = graph.relations(predicate="INVESTS_IN", name="OpenAI")[0]
    assert invest == embedded.relations(predicate="INVESTS_IN", name="OpenAI")[0]
    assert invest.evidence_count == 3 and invest.status == "ended"


def test_small_batches_build_the_same_graph_and_report_progress(graph, embedded, neo4j_clean):
    seen = []
    summary = graph.load_from(embedded, batch_size=2, progress=lambda n, total: seen.append((n, total)))
    assert sum(n for n, _ in seen) == summary.rows == seen[0][1] == embedded_rows(embedded)
    assert graph.stats() == embedded.stats()
    assert graph.load_from(embedded, batch_size=2).rows == summary.rows  # the MERGE path counts alike


def test_an_interrupted_load_is_completed_by_a_rerun(graph, embedded):
    class Stop(Exception):
        pass

    def stop_after_three_batches(rows: int, total: int, seen=[]) -> None:
        seen.append(rows)
        if len(seen) == 3:
            raise Stop

    with pytest.raises(Stop):
        graph.load_from(embedded, batch_size=2, progress=stop_after_three_batches)
    partial = graph.stats()  # three batches committed (on either side of the graph), then it stopped
    assert partial.articles + partial.entities > 0 and partial != embedded.stats()
    graph.load_from(embedded)
    assert graph.stats() == embedded.stats()


def test_a_failure_on_one_side_of_a_first_load_fails_it_and_a_rerun_completes(graph, embedded, monkeypatch):
    """The entity side fails while the article side is written beside it."""
    monkeypatch.setattr(neo4j_queries, "new_relations_query", lambda predicate: "UNWIND $rows AS row RETURN 1 / 0")
    with pytest.raises(Neo4jStoreError, match="re-run `aikg load`"):
        graph.load_from(embedded, batch_size=2)
    assert graph.stats().relations == 0
    monkeypatch.undo()
    graph.load_from(embedded)
    assert graph.stats() == embedded.stats()


def test_a_failing_batch_writes_nothing_of_itself(graph, neo4j_clean):
    rows = [{"id": f"a{i}", "props": {"id": f"a{i}", "lang": "en"}} for i in range(3)]
    rows.append({"id": "bad", "props": {"id": "bad", "nested": {"maps": "are not properties"}}})
    with neo4j_clean.session(database=TEST_DATABASE) as session, pytest.raises(Neo4jError):
        session.execute_write(run_write, ARTICLES, rows)
    assert scalar(neo4j_clean, "MATCH (a:Article) RETURN count(a)") == 0


def test_provenance_is_one_query(graph, embedded, neo4j_clean):
    graph.load_from(embedded)
    with neo4j_clean.session(database=TEST_DATABASE) as session:
        rows = session.run(PROVENANCE, s="Microsoft", o="OpenAI").data()
    assert rows == [
        {"sentence": "Microsoft invests $10bn in OpenAI.", "title": "Microsoft doubles down",
         "published": "2025-01-10"},
        {"sentence": "Microsoft plans to invest more in OpenAI.", "title": "FTC stays out",
         "published": "2025-02-01"},
    ]


def test_schema_has_constraints_and_lookup_indexes(graph, embedded, neo4j_clean):
    with neo4j_clean.session(database=TEST_DATABASE) as session:  # as earlier versions left it
        session.run("CREATE CONSTRAINT evidence_id FOR (ev:Evidence) REQUIRE ev.id IS UNIQUE").consume()
    graph.load_from(embedded)
    with neo4j_clean.session(database=TEST_DATABASE) as session:
        constraints = session.run(
            "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties").data()
        indexes = session.run("SHOW INDEXES YIELD name, labelsOrTypes, properties").data()
    unique = {(c["labelsOrTypes"][0], c["properties"][0]) for c in constraints if c["type"] == "UNIQUENESS"}
    assert {("Entity", "id"), ("Article", "id"), ("Name", "key")} <= unique
    assert ("Evidence", "id") not in unique  # evidence is found by rid, then told apart by id
    indexed = {(i["labelsOrTypes"][0], i["properties"][0]) for i in indexes if i["properties"]}
    assert {("Entity", "name"), ("Evidence", "rid"), ("Name", "key")} <= indexed


# -- the same answers as the embedded store -------------------------------------------


READS = [
    ("entities", {}),
    ("entities", {"type": "Company"}),
    ("entities", {"name": "msft"}),
    ("entities", {"name": "OpenAI's"}),
    ("entities", {"name": "nobody"}),
    ("entities", {"limit": 2}),
    ("relations", {}),
    ("relations", {"predicate": "INVESTS_IN"}),
    ("relations", {"name": "Microsoft"}),
    ("relations", {"name": "federal trade commission"}),
    ("relations", {"status": "active", "min_confidence": 0.8}),
    ("relations", {"limit": 3}),
    ("relations", {"name": "nobody"}),
]


@pytest.mark.parametrize("method,kwargs", READS)
def test_reads_equal_the_embedded_store(graph, embedded, method, kwargs):
    graph.load_from(embedded)
    assert getattr(graph, method)(**kwargs) == getattr(embedded, method)(**kwargs)


def test_resolve_and_has_article_equal_the_embedded_store(graph, embedded):
    graph.load_from(embedded)
    for name in ("microsoft", "MSFT", "Q2283", "open ai", "Nvidias", "nobody"):
        assert graph.resolve(name) == embedded.resolve(name)
    article_id = first_articles()[0].article.id
    assert graph.has_article(article_id) and not graph.has_article("nope")


def test_to_networkx_equals_the_embedded_graph(graph, embedded):
    embedded.add(later_article())
    graph.load_from(embedded)
    assert_same_graph(graph.to_networkx(), embedded.to_networkx())


def assert_same_graph(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> None:
    assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))
    edges = lambda g: {(u, v, k): d for u, v, k, d in g.edges(keys=True, data=True)}  # noqa: E731
    assert edges(G) == edges(H)


def test_add_gives_the_same_answers_as_the_embedded_store(graph, tmp_path):
    items = first_articles() + [later_article()]
    reference = build_store(tmp_path / "ref.db", items)
    outcomes = [graph.add(item).outcome for item in items]
    assert outcomes == ["new", "new", "new"]
    assert graph.add(items[0]).outcome == "unchanged"
    assert graph.stats() == reference.stats()
    assert graph.entities() == reference.entities()
    assert graph.relations() == reference.relations()
    assert_same_graph(graph.to_networkx(), reference.to_networkx())


def test_add_after_a_load_keeps_each_articles_own_reading(graph, tmp_path):
    """Evidence stores its article's reading only where it differs from the sentence's own;
    a later add() must still re-aggregate the relation exactly as the embedded store."""
    item = extraction([("Microsoft is said to weigh a stake in OpenAI.", "microsoft", "INVESTS_IN", "openai",
                        {"status": "speculative", "confidence": 0.4})], "2025-02-15", "Rumours")
    relation = Relation(**(item.relations[0].model_dump() | {"status": "planned", "confidence": 0.75}))
    differing = item.model_copy(update={"relations": (relation,)})
    loaded = build_store(tmp_path / "loaded.db", first_articles() + [differing])
    reference = build_store(tmp_path / "ref.db", first_articles() + [differing, later_article()])
    graph.load_from(loaded)
    assert graph.add(later_article()).outcome == "new"
    assert graph.relations() == reference.relations()
    assert_same_graph(graph.to_networkx(), reference.to_networkx())


def test_a_more_confident_entity_changes_its_type_label(graph, neo4j_clean, tmp_path):
    low = dict(ENTITIES, claude=Entity(id="claude", name="Claude", type="Person", confidence=0.4))
    first = extraction([("Anthropic develops Claude.", "anthropic", "DEVELOPS", "claude", {})],
                       None, "one", entities=low)
    second = extraction([("Claude runs on AWS.", "claude", "DEPENDS_ON", "amazon", {})], None, "two")
    store = build_store(tmp_path / "aikg.db", [first])
    graph.load_from(store)
    store.add(second)
    graph.load_from(store)
    labels = scalar(neo4j_clean, "MATCH (e:Entity {id: 'claude'}) RETURN labels(e)")
    assert sorted(labels) == ["Entity", "Product"]
    assert graph.entities(name="claude") == store.entities(name="claude")


# -- injection: names and parameters stay data ------------------------------------------


def test_hostile_names_and_parameters_stay_data(graph, neo4j_clean, tmp_path):
    hostile = dict(
        ENTITIES,
        evil=Entity(id="evil", name=INJECTION, type="Company", aliases=(BACKTICKS, "x`) RETURN 1 //")),
        tick=Entity(id="tick", name=BACKTICKS, type="Product"),
    )
    item = extraction(
        [(f"{INJECTION} invests in OpenAI.", "evil", "INVESTS_IN", "openai",
          {"attributes": {"a`b": INJECTION, "x}) DELETE r //": "y"}, "rule": BACKTICKS}),
         ("Evil develops tick.", "evil", "DEVELOPS", "tick", {})],
        "2025-04-01", INJECTION, entities=hostile,
    )
    store = build_store(tmp_path / "aikg.db", first_articles() + [item])
    graph.load_from(store)
    assert graph.stats() == store.stats()
    before = snapshot(neo4j_clean)
    assert [e.name for e in graph.entities(name=INJECTION)] == [INJECTION]
    assert [e.id for e in graph.entities(name=BACKTICKS)] == ["evil", "tick"]
    assert graph.entities(name=BACKTICKS) == store.entities(name=BACKTICKS)
    assert graph.relations(name=INJECTION) == store.relations(name=INJECTION)
    assert graph.relations(status=INJECTION) == [] and graph.entities(type=INJECTION) == []
    with pytest.raises(ValueError):
        graph.relations(predicate="INVESTS_IN]->() DETACH DELETE n //")
    with neo4j_clean.session(database=TEST_DATABASE) as session:
        found = session.run(PROVENANCE, s=INJECTION, o="OpenAI").single()
    assert found["sentence"].startswith(INJECTION) and found["title"] == INJECTION
    assert snapshot(neo4j_clean) == before
