"""graph/analysis.py on the sample graph, and `aikg analyze` printing it."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from aikg.cli import main
from graph import analysis
from queries.sample import build_sample_store


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "aikg.db"
    build_sample_store(path).close()
    return path


@pytest.fixture(scope="module")
def G(store_path):
    from graph.embedded import EmbeddedStore

    with EmbeddedStore(store_path) as store:
        return store.to_networkx()


def names(rows, key="name"):
    return [row[key] for row in rows]


# -- centrality --------------------------------------------------------------------


@pytest.mark.parametrize("measure", ["pagerank", "degree", "betweenness"])
def test_openai_is_the_most_central_company(G, measure):
    ranked = analysis.centrality(G, measure, limit=3)
    assert names(ranked)[0] == "OpenAI" and {r["type"] for r in ranked} == {"Company"}


def test_centrality_can_be_restricted_to_relation_types(G):
    chips = analysis.centrality(G, "degree", relation_types=["supplies_chips_to"], limit=2)
    assert names(chips) == ["Nvidia", "Deutsche Telekom"] and chips[0]["degree"] == 4


def test_centrality_of_any_entity_type(G):
    ranked = analysis.centrality(G, "degree", entity_type=None, limit=None)
    assert {r["type"] for r in ranked} == {"Company", "Person", "Product", "Regulator"}


def test_betweenness_samples_on_request_and_is_reproducible(G):
    first = analysis.centrality(G, "betweenness", k=5, seed=7, limit=None)
    again = analysis.centrality(G, "betweenness", k=5, seed=7, limit=None)
    exact = analysis.centrality(G, "betweenness", limit=None)
    assert first == again and first != exact


def test_pagerank_matches_the_reference_iteration(G):
    H = analysis.undirected(G)
    ours = analysis.pagerank(H)
    reference = _pagerank_python(H, weight="weight", tol=1e-12)
    assert sum(ours.values()) == pytest.approx(1.0)
    assert all(ours[n] == pytest.approx(reference[n], abs=1e-6) for n in H)


def test_negated_claims_are_not_edges(G):
    H = analysis.undirected(G)
    assert not H.has_edge("ftc", "nvidia") and H.has_edge("ftc", "openai")


def test_unknown_measure_is_refused(G):
    with pytest.raises(ValueError, match="unknown centrality measure"):
        analysis.centrality(G, "fame")


# -- communities ------------------------------------------------------------------------


def test_communities_are_a_deterministic_partition(G):
    found = analysis.communities(G, seed=1)
    assert found == analysis.communities(G, seed=1)
    members = [m for c in found for m in c["ids"]]
    assert len(members) == len(set(members))
    sizes = [c["size"] for c in found]
    assert sizes == sorted(sizes, reverse=True) and min(sizes) >= 2
    anthropic = next(c for c in found if "anthropic" in c["ids"])
    assert {"amazon", "aws"} <= set(anthropic["ids"])


def test_communities_on_an_empty_graph():
    assert analysis.communities(nx.MultiDiGraph()) == []


# -- dependencies and money --------------------------------------------------------------


def test_single_supplier_dependencies(G):
    found = {(r["kind"], r["customer"]): r["supplier"] for r in analysis.single_supplier_dependencies(G)}
    assert found[("chips", "CoreWeave")] == "Nvidia"
    assert found[("cloud", "Anthropic")] == "Amazon Web Services"
    assert found[("chips", "OpenAI")] == "AMD", "the negated Google claim is no second supplier"
    assert ("cloud", "OpenAI") not in found, "OpenAI buys cloud from three providers"
    assert ("chips", "Deutsche Telekom") in found, "the speculative Großrechner claim does not count"


def test_money_cycles_find_round_tripping(G):
    cycles = analysis.money_cycles(G)
    assert [c["cycle"] for c in cycles] == ["Amazon → Anthropic → Amazon", "CoreWeave → Nvidia → CoreWeave"]
    assert cycles[0]["flows"] == ["Amazon invests in Anthropic", "Anthropic buys chips from Amazon"]


def test_ended_flows_close_no_cycle(G):
    """Microsoft invests in OpenAI, but its cloud deal is reported ended."""
    assert not any("Microsoft" in c["cycle"] for c in analysis.money_cycles(G))
    with_ended = analysis.money_cycles(G, statuses=("active", "planned", "ended"))
    assert any(c["cycle"] == "Microsoft → OpenAI → Microsoft" for c in with_ended)


def test_longer_cycles_and_length_bound():
    G = nx.MultiDiGraph()
    for node in "abc":
        G.add_node(node, name=node.upper())
    for u, v, p in [("a", "b", "INVESTS_IN"), ("b", "c", "INVESTS_IN"), ("a", "c", "SUPPLIES_CHIPS_TO")]:
        G.add_edge(u, v, key=p, predicate=p, status="active", negated=False, confidence=1.0)
    assert [c["cycle"] for c in analysis.money_cycles(G)] == ["A → B → C → A"]
    assert analysis.money_cycles(G, max_length=2) == []


# -- ego network and timeline -----------------------------------------------------------


def test_ego_network_by_alias(G):
    ego = analysis.ego_network(G, "AWS", depth=1)
    assert set(ego) == {"aws", "amazon", "anthropic"}
    assert ego.nodes["aws"]["hops"] == 0 and ego.nodes["anthropic"]["hops"] == 1
    assert ego.number_of_edges() == 5
    assert analysis.ego_network(G, "nobody").number_of_nodes() == 0


def test_ego_network_skips_negated_links(G):
    assert "ftc" not in analysis.ego_network(G, "Nvidia", depth=1)


def test_timeline_orders_by_first_report(G):
    rows = analysis.relationship_timeline(G, "OpenAI")
    keys = [(r["first_seen"], r["last_seen"]) for r in rows]
    assert keys == sorted(keys) and all("OpenAI" in (r["subject"], r["object"]) for r in rows)
    assert any(r["negated"] for r in rows), "denials stay in the story"
    assert len(analysis.relationship_timeline(G)) == G.number_of_edges()


def test_resolve_uses_the_store_lookup_rule(G):
    assert analysis.resolve(G, "OpenAIs") == ["openai"]
    assert analysis.resolve(G, "großrechner ag") == ["grossrechner-ag"]
    assert analysis.resolve(G, "Gemini") == ["gemini", "gemini-trust"]


# -- aikg analyze ----------------------------------------------------------------------------


def analyze(*args):
    return CliRunner().invoke(main, ["analyze", *map(str, args)])


@pytest.mark.parametrize(
    "kind, extra, first",
    [
        ("centrality", [], "OpenAI"),
        ("centrality", ["--measure", "betweenness", "--types", "SUPPLIES_CHIPS_TO,PROVIDES_CLOUD_TO"], "Nvidia"),
        ("communities", [], None),
        ("single-supplier", [], "Anthropic"),
        ("money-cycles", [], "Amazon → Anthropic → Amazon"),
        ("ego", ["--name", "AWS"], "Amazon"),
        ("timeline", ["--name", "Telekom"], "Deutsche Telekom"),
    ],
)
def test_analyze_prints_each_kind(store_path, kind, extra, first):
    result = analyze(kind, *extra, "--store", store_path, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows
    if first:
        assert first in rows[0].values()


def test_analyze_table_output(store_path):
    result = analyze("money-cycles", "--store", store_path)
    assert result.exit_code == 0 and result.output.startswith("length")


@pytest.mark.parametrize(
    "args, message",
    [(["ego"], "needs --name"), (["centrality", "--types", "LIKES"], "unknown relation type"), (["fame"], "fame")],
)
def test_analyze_usage_errors_exit_2(store_path, args, message):
    result = analyze(*args, "--store", store_path)
    assert result.exit_code == 2 and message in result.output


def test_analyze_has_help_with_an_example():
    result = analyze("--help")
    assert result.exit_code == 0 and "Example:" in result.output
