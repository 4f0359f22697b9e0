"""filter_graph: the one set of filters every export format shares."""

from __future__ import annotations

from datetime import date

import pytest

from exports.filters import filter_graph, find_entity
from tests.fixtures.exports.graphs import add_entity, sample_graph


@pytest.fixture
def G():
    return sample_graph()


def test_no_filters_returns_an_equal_but_separate_graph(G):
    H = filter_graph(G)
    assert set(H.nodes) == set(G.nodes)
    assert set(H.edges(keys=True)) == set(G.edges(keys=True))
    assert H.graph["name"] == G.graph["name"]
    H.nodes["Q2283"]["name"] = "changed"
    H.remove_node("Q21708200")
    assert G.nodes["Q2283"]["name"] == "Microsoft" and "Q21708200" in G


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Q2283", "Q2283"),
        ("q2283", "Q2283"),
        ("microsoft", "Q2283"),
        ("BKARTA", "bundeskartellamt"),
        ("übermorgen", "nurnberger-start-up-ubermorgen-gmbh"),
        ("ÜBERMORGEN", "nurnberger-start-up-ubermorgen-gmbh"),
        ("北京智谱", "zhipu-ai"),
        ("zhipu ai", "zhipu-ai"),
    ],
)
def test_entity_is_found_by_id_name_or_alias_case_insensitively(G, query, expected):
    assert find_entity(G, query) == expected


def test_unknown_and_ambiguous_entities_are_errors(G):
    with pytest.raises(LookupError, match="no entity matches"):
        filter_graph(G, entity="Nobody")
    add_entity(G, "microsoft-research", "Microsoft Research", "Company", ["MSFT"])
    with pytest.raises(LookupError, match="ambiguous.*Q2283"):
        find_entity(G, "msft")


def test_depth_is_an_ego_radius_that_ignores_direction(G):
    assert set(filter_graph(G, entity="Bundeskartellamt", depth=0)) == {"bundeskartellamt"}
    one = filter_graph(G, entity="Bundeskartellamt", depth=1)
    assert set(one) == {"bundeskartellamt", "Q2283"}
    assert set(one.edges(keys=True)) == {("bundeskartellamt", "Q2283", "REGULATES")}
    two = filter_graph(G, entity="Bundeskartellamt", depth=2)
    assert {"Q21708200", "aleph-alpha"} <= set(two)  # reached against edge direction
    assert "chatgpt" not in two


def test_relation_filter_keeps_only_those_edges_and_their_entities(G):
    H = filter_graph(G, relations=["invests_in", "LEADS"])
    assert {k for *_, k in H.edges(keys=True)} == {"INVESTS_IN", "LEADS"}
    assert set(H) == {"Q2283", "Q21708200", "Q7407093"}


def test_status_confidence_and_since_filters(G):
    planned = filter_graph(G, statuses=["planned"])
    assert [(u, v, k) for u, v, k in planned.edges(keys=True)] == [
        ("aleph-alpha", "nurnberger-start-up-ubermorgen-gmbh", "PARTNERS_WITH")
    ]
    confident = filter_graph(G, min_confidence=0.9)
    assert confident.number_of_edges() > 0
    assert all(d["confidence"] >= 0.9 for *_, d in confident.edges(data=True))
    recent = filter_graph(G, since=date(2024, 6, 1))
    assert recent.number_of_edges() > 0
    assert all(d["last_seen"] >= "2024-06-01" for *_, d in recent.edges(data=True))
    assert ("Q21708200", "zhipu-ai", "COMPETES_WITH") not in set(recent.edges(keys=True))  # never dated
    assert filter_graph(G, since="2024-06-01").number_of_edges() == recent.number_of_edges()


def test_entity_neighbourhood_follows_only_the_kept_relations(G):
    H = filter_graph(G, entity="Microsoft", depth=3, relations=["REGULATES"])
    assert set(H) == {"Q2283", "bundeskartellamt"}
    lonely = filter_graph(G, entity="ChatGPT", relations=["REGULATES"])
    assert set(lonely) == {"chatgpt"} and lonely.number_of_edges() == 0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"relations": ["LIKES"]}, "unknown relation type"),
        ({"statuses": ["rumoured"]}, "unknown status"),
        ({"since": "last tuesday"}, "not an ISO date"),
        ({"entity": "OpenAI", "depth": -1}, "depth"),
    ],
)
def test_bad_filter_values_are_errors(G, kwargs, message):
    with pytest.raises(ValueError, match=message):
        filter_graph(G, **kwargs)
