"""The public Python API (aikg/api.py) and the example script that uses it."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
from pathlib import Path

import networkx as nx
import pytest

import aikg.api as api
from graph.embedded import EmbeddedStore
from graph.store import GraphStore
from queries.sample import build_sample_store

ROOT = Path(__file__).resolve().parents[1]
PUBLIC = {
    "GraphStore", "ParameterError", "QueryError", "UnknownQuery", "centrality", "communities", "ego_network",
    "list_queries", "money_cycles", "open_store", "relationship_timeline", "run_query",
    "single_supplier_dependencies",
}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "aikg.db"
    build_sample_store(path).close()
    return path


@pytest.fixture
def store(store_path):
    store = api.open_store(store_path)
    yield store
    store.close()


def test_the_public_api_is_curated():
    assert set(api.__all__) == PUBLIC
    assert all(hasattr(api, name) for name in api.__all__)


def test_a_path_opens_the_embedded_store(store):
    assert isinstance(store, EmbeddedStore) and isinstance(store, GraphStore)


def test_run_query_takes_a_name_parameter_and_returns_dicts(store):
    rows = api.run_query(store, "partners_of", name="OpenAI", limit=1)
    assert rows == [
        {"entity": "OpenAI", "partner": "Microsoft", "partner_id": "Q2283", "partner_type": "Company",
         "status": "active", "confidence": 0.94, "evidence_count": 2, "first_seen": "2025-01-10",
         "last_seen": "2025-04-02"}
    ]


def test_caller_mistakes_are_value_errors(store):
    with pytest.raises(api.UnknownQuery):
        api.run_query(store, "partner_of", name="OpenAI")
    with pytest.raises(api.ParameterError):
        api.run_query(store, "partners_of", name="OpenAI", limit="lots")
    assert issubclass(api.QueryError, ValueError)


def test_list_queries_describes_the_catalogue():
    listed = {q["name"]: q for q in api.list_queries()}
    ego = listed["ego_network"]
    assert ego["title"] and ego["description"]
    assert ego["parameters"][1] == {"name": "depth", "type": "int[1..3]", "required": False, "default": 1,
                                    "help": "how many hops out"}


def test_to_networkx_feeds_the_analysis_helpers(store):
    G = store.to_networkx()
    assert isinstance(G, nx.MultiDiGraph)
    assert api.centrality(G, limit=1)[0]["name"] == "OpenAI"
    assert api.money_cycles(G) and api.single_supplier_dependencies(G) and api.communities(G)
    assert api.ego_network(G, "OpenAI").number_of_nodes() > 1 and api.relationship_timeline(G, "OpenAI")


@pytest.mark.parametrize("module", ["aikg.api", "graph.analysis", "queries.browser_guide"])
def test_docstring_examples_run(module):
    failures, tried = doctest.testmod(importlib.import_module(module))
    assert tried and not failures


def test_the_example_script_runs(store_path, capsys):
    spec = importlib.util.spec_from_file_location("analysis_example", ROOT / "examples" / "analysis_example.py")
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    example.main(str(store_path))
    out = capsys.readouterr().out
    for heading in ("partners of OpenAI", "most central companies", "circular money flows", "timeline of OpenAI"):
        assert f"== {heading}" in out
    assert "Amazon → Anthropic → Amazon" in out


@pytest.mark.neo4j
def test_a_bolt_uri_opens_neo4j_and_answers_alike(neo4j_clean, neo4j_uri, store_path):
    from graph.neo4j_store import Neo4jStore

    graph = api.open_store(neo4j_uri)
    try:
        assert isinstance(graph, Neo4jStore)
        with EmbeddedStore(store_path) as embedded:
            graph.load_from(embedded)
            expected = api.run_query(embedded, "investors_in", name="Anthropic")
        assert api.run_query(graph, "investors_in", name="anthropic") == expected
        assert api.centrality(graph.to_networkx(), limit=1)[0]["name"] == "OpenAI"
    finally:
        graph.close()


def test_the_package_re_exports_the_public_api():
    import aikg
    from aikg import api

    assert set(api.__all__) <= set(aikg.__all__)
    assert aikg.run_query is api.run_query and aikg.open_store is api.open_store
