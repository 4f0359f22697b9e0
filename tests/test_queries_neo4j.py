"""The catalogue on a real Neo4j: parity with the embedded store, injection, read-only Cypher.

One sample graph (queries/sample.py) goes into an embedded store and, via
``Neo4jStore.load_from``, into an empty Neo4j (fixtures in
tests/neo4j_fixtures.py). Every query must then give the same columns and
rows in the same order on both; only value types are normalised.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from click.testing import CliRunner

from aikg.cli import main
from graph.neo4j_store import Neo4jStore, Neo4jStoreError
from queries import QueryError, UnknownQuery, default_catalogue
from queries.runner import run_query, run_read
from queries.sample import build_sample_store

pytestmark = pytest.mark.neo4j

CATALOGUE = default_catalogue()
HOSTILE = [
    "x'}) DETACH DELETE n //",
    "foo; DROP TABLE entities",
    "\"}) MATCH (n) DETACH DELETE n //",
    "`) DETACH DELETE n //",
    "Robert'); DROP TABLE relations;--",
    "' OR '1'='1",
    "$name",
    "%",
]
SPELLINGS = ["openai", "OpenAIs", "OpenAI's", "OpenAI’s", "AWS", "Telekom", "Großrechner AG", "GROSSRECHNER  ag",
             "Gemini", "Q2283", "msft", "Nvidias", "Öko-Rechenzentrum", "nobody", ""]
OPTIONS = [
    ("ego_network", {"name": "Nvidia", "depth": 1}),
    ("ego_network", {"name": "Gemini", "depth": 3}),
    ("path_between", {"a": "Gemini", "b": "Stargate"}),
    ("path_between", {"a": "ChatGPT", "b": "Trainium", "max_depth": 6}),
    ("path_between", {"a": "ChatGPT", "b": "Trainium", "max_depth": 3}),
    ("path_between", {"a": "AWS", "b": "AWS"}),
    ("path_between", {"a": "Telekom", "b": "Anthropic", "limit": 3}),
    ("chip_supply_chain", {"supplier": "Nvidia"}),
    ("chip_supply_chain", {"max_hops": 2}),
    ("chip_supply_chain", {"max_hops": 4, "limit": 2}),
    ("evidence_for", {"subject": "OpenAI", "object": "Microsoft"}),
    ("evidence_for", {"subject": "openai", "object": "msft", "predicate": "invests_in"}),
    ("evidence_for", {"subject": "Microsoft", "object": "OpenAI", "predicate": "INVESTS_IN"}),
    ("funding_amounts", {"currency": "eur"}),
    ("most_connected", {"type": "person", "limit": 3}),
    ("new_since", {"date": "2025-04-01"}),
    ("relations_of", {"name": "OpenAI", "limit": 5}),
]


@pytest.fixture
def stores(neo4j_clean, neo4j_uri, tmp_path):
    embedded = build_sample_store(tmp_path / "aikg.db")
    graph = Neo4jStore.connect(neo4j_uri)
    graph.load_from(embedded)
    yield embedded, graph
    graph.close()
    embedded.close()


def normalise(value):
    """Only types differ between backends: tuples vs lists, dates vs ISO text."""
    if isinstance(value, (list, tuple)):
        return [normalise(v) for v in value]
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def difference(name, params, embedded_rows, neo4j_rows) -> str | None:
    left, right = normalise(embedded_rows), normalise(neo4j_rows)
    if left == right and [list(r) for r in left] == [list(r) for r in right]:
        return None
    lines = [f"{name} {params}: embedded {len(left)} rows, neo4j {len(right)} rows"]
    for i, (a, b) in enumerate(zip(left, right)):
        if a != b or list(a) != list(b):
            lines += [f"  row {i} embedded: {a}", f"  row {i} neo4j:    {b}"]
    lines += [f"  only embedded: {a}" for a in left[len(right):]]
    lines += [f"  only neo4j:    {b}" for b in right[len(left):]]
    return "\n".join(lines)


def graph_fingerprint(graph: Neo4jStore) -> list:
    return run_read(graph, "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r")


def store_fingerprint(embedded) -> tuple:
    tables = embedded.conn.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall()
    return embedded.stats(), tables


# -- parity ------------------------------------------------------------------------


def test_every_query_gives_the_same_rows_on_both_backends(stores):
    """THE parity test: each catalogue query with its example parameters."""
    embedded, graph = stores
    differences, empty = [], []
    for query in CATALOGUE:
        params = query.examples()
        left, right = run_query(embedded, query.name, params), run_query(graph, query.name, params)
        if not left:
            empty.append(query.name)
        differences.append(difference(query.name, params, left, right))
    assert not empty, f"examples that find nothing prove nothing: {empty}"
    assert not [d for d in differences if d], "\n".join(d for d in differences if d)


def test_name_spellings_and_options_agree_on_both_backends(stores):
    embedded, graph = stores
    cases = [
        (q.name, {"name": spelling} | ({"depth": 3} if q.name == "ego_network" else {}))
        for q in CATALOGUE if any(p.name == "name" for p in q.params) for spelling in SPELLINGS
    ] + OPTIONS
    found = [difference(n, p, run_query(embedded, n, p), run_query(graph, n, p)) for n, p in cases]
    assert not [d for d in found if d], "\n".join(d for d in found if d)


def test_names_resolve_the_same_in_cypher_and_python(stores):
    embedded, graph = stores
    for spelling in SPELLINGS[:-1]:
        cypher_ids = [r["id"] for r in run_query(graph, "find_entity", {"name": spelling})]
        assert cypher_ids == embedded.resolve(spelling) == graph.resolve(spelling), spelling


# -- safety ------------------------------------------------------------------------


def test_hostile_parameters_change_nothing_on_either_backend(stores):
    embedded, graph = stores
    before = store_fingerprint(embedded), graph_fingerprint(graph)
    for query in CATALOGUE:
        for param in [p for p in query.params if p.type == "string"]:
            for text in HOSTILE:
                params = query.examples() | {param.name: text}
                left, right = run_query(embedded, query.name, params), run_query(graph, query.name, params)
                assert difference(query.name, params, left, right) is None
    assert (store_fingerprint(embedded), graph_fingerprint(graph)) == before


@pytest.mark.parametrize("name", HOSTILE + ["partners_of; DROP TABLE entities", "../partners_of"])
def test_hostile_query_names_are_unknown_on_both_backends(stores, name):
    embedded, graph = stores
    before = graph_fingerprint(graph)
    for store in stores:
        with pytest.raises(UnknownQuery):
            run_query(store, name, {"name": "OpenAI"})
    assert graph_fingerprint(graph) == before and embedded.stats().relations > 0


def test_read_transactions_refuse_writes_even_past_the_screen(stores):
    _, graph = stores
    before = graph_fingerprint(graph)
    with pytest.raises(Neo4jStoreError):
        run_read(graph, "CREATE (n:Intruder) RETURN n")
    assert graph_fingerprint(graph) == before


# -- the commands against Neo4j ------------------------------------------------------------


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_query_command_answers_from_neo4j_like_the_embedded_store(stores, neo4j_uri):
    embedded, _ = stores
    from_neo4j = cli("query", "partners_of", "-p", "name", "OpenAIs", "--uri", neo4j_uri, "--format", "json")
    from_file = cli("query", "partners_of", "-p", "name", "OpenAIs", "--store", embedded.path, "--format", "json")
    assert from_neo4j.exit_code == 0 and json.loads(from_neo4j.output) == json.loads(from_file.output)
    assert [r["partner"] for r in json.loads(from_neo4j.output)] == ["Microsoft", "SAP"]


def test_cypher_command_reads(stores, neo4j_uri):
    result = cli("cypher", "MATCH (e:Regulator) RETURN e.name AS name ORDER BY name", "--uri", neo4j_uri,
                 "--format", "json")
    assert result.exit_code == 0
    assert [r["name"] for r in json.loads(result.output)] == [
        "Bundeskartellamt", "CMA", "European Commission", "FTC"]


def test_cypher_command_passes_values_as_parameters(stores, neo4j_uri):
    _, graph = stores
    before = graph_fingerprint(graph)
    result = cli("cypher", "MATCH (e:Entity) WHERE e.name = $n RETURN e.id AS id", "-p", "n", HOSTILE[0],
                 "--uri", neo4j_uri, "--format", "json")
    assert result.exit_code == 0 and json.loads(result.output) == []
    found = cli("cypher", "MATCH (e:Entity {id: $id}) RETURN e.name AS name", "-p", "id", "Q2283", "--uri", neo4j_uri)
    assert "Microsoft" in found.output
    assert graph_fingerprint(graph) == before


@pytest.mark.parametrize(
    "statement",
    ["MATCH (n) DETACH DELETE n", "CREATE (:X)", "MATCH (n) SET n.x = 1", "MERGE (n:X {id: 1})",
     "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "CALL apoc.periodic.iterate('a', 'b', {})",
     "MATCH (n) FOREACH (x IN [1] | REMOVE n.name)", "DROP INDEX entity_name"],
)
def test_cypher_command_refuses_writes_with_one_line(stores, neo4j_uri, statement):
    _, graph = stores
    before = graph_fingerprint(graph)
    result = CliRunner().invoke(main, ["cypher", statement, "--uri", neo4j_uri])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "refused" in result.output
    assert graph_fingerprint(graph) == before


def test_errors_from_the_server_are_one_line(stores, neo4j_uri):
    result = CliRunner().invoke(main, ["cypher", "MATCH (n RETURN n", "--uri", neo4j_uri])
    assert result.exit_code == 1 and result.output.startswith("Error: ") and result.output.count("\n") == 1


def test_query_errors_are_raised_before_neo4j_is_asked(stores):
    _, graph = stores
    with pytest.raises(QueryError):
        run_query(graph, "partners_of", {})
