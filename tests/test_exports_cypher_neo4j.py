"""The Cypher script against a real Neo4j (the project's `neo4j_clean` fixture)."""

from __future__ import annotations

import pytest

from exports.cypher_script import write_cypher
from tests.fixtures.exports.graphs import CYPHER_BREAKOUT, payload_graph

pytestmark = pytest.mark.neo4j


def run_script(driver, path) -> None:
    """Run the script as cypher-shell would: one statement per line, comments skipped."""
    with driver.session() as session:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("//"):
                session.run(line).consume()


def snapshot(driver) -> tuple[list, list]:
    with driver.session() as session:
        nodes = session.run(
            "MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id").data()
        rels = session.run(
            "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS s, type(r) AS t, b.id AS o, properties(r) AS props "
            "ORDER BY s, t, o").data()
    return nodes, rels


def test_script_recreates_the_graph_and_running_it_twice_changes_nothing(neo4j_clean, tmp_path):
    G = payload_graph()
    script = tmp_path / "graph.cypher"
    write_cypher(G, script, batch_size=4)
    run_script(neo4j_clean, script)
    first = snapshot(neo4j_clean)
    run_script(neo4j_clean, script)
    assert snapshot(neo4j_clean) == first
    nodes, rels = first
    assert len(nodes) == G.number_of_nodes() and len(rels) == G.number_of_edges()
    for row in nodes:
        data = G.nodes[row["id"]]
        assert sorted(row["labels"]) == sorted(["Entity", data["type"]])
        assert row["props"]["name"] == data["name"]  # NUL, quotes, newlines, markup intact
        assert list(row["props"]["aliases"]) == data["aliases"]
    assert {(r["s"], r["t"], r["o"]) for r in rels} == {(u, k, v) for u, v, k in G.edges(keys=True)}
    invest = next(r for r in rels if (r["s"], r["t"]) == ("evil-img", "INVESTS_IN"))
    assert invest["props"]["attr_currency"] == CYPHER_BREAKOUT
    with neo4j_clean.session() as session:
        found = session.run("MATCH (:Name {key: 'bkarta'})-[:NAMES]->(e:Entity) RETURN e.id AS id").single()
        names = session.run("MATCH (n:Name) RETURN count(n) AS c").single()["c"]
    assert found["id"] == "bundeskartellamt"
    assert names == len({k for k in _keys(G)})  # one Name node per distinct key, also after two runs


def _keys(G):
    from graph.names import name_key

    for node, data in G.nodes(data=True):
        for form in (node, data["name"], *data["aliases"]):
            if name_key(form):
                yield name_key(form)


def test_script_creates_the_uniqueness_constraint(neo4j_clean, tmp_path):
    script = tmp_path / "graph.cypher"
    write_cypher(payload_graph(), script)
    run_script(neo4j_clean, script)
    with neo4j_clean.session() as session:
        names = [r["name"] for r in session.run("SHOW CONSTRAINTS YIELD name RETURN name")]
    assert {"entity_id", "name_key"} <= set(names)
