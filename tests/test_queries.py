"""The canned-query catalogue: files, parameters, and the embedded answers on the sample graph.

Neo4j answers are held to these same rows by the parity test in
tests/test_queries_neo4j.py; here everything runs without a server.
"""

from __future__ import annotations

import re

import pytest

from graph.models import RelationType
from queries import default_catalogue
from queries.browser_guide import GUIDE_FILE, render_guide
from queries.catalogue import (
    CatalogueError,
    ParameterError,
    UnknownQuery,
    browser_line,
    load_catalogue,
    parse_query,
    return_columns,
)
from queries.embedded import ANSWERS
from queries.runner import run_query
from queries.sample import build_sample_store

CONTRACT = {
    "partners_of", "competitors_of", "investors_in", "investments_by", "chip_suppliers_of",
    "chip_supply_chain", "cloud_providers_of", "products_of", "leaders_of", "regulators_of", "conflicts",
    "path_between", "ego_network", "most_connected", "evidence_for", "planned_and_speculative",
    "timeline_of", "new_since", "co_mentioned",
}
CATALOGUE = default_catalogue()
QUERIES = list(CATALOGUE)
ONTOLOGY = {t.value for t in RelationType}
PROVENANCE = {"NAMES", "MENTIONS", "IN_ARTICLE"}  # the store's own links (graph/neo4j_schema.py)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = build_sample_store(tmp_path_factory.mktemp("sample") / "aikg.db")
    yield store
    store.close()


def rows(store, query_name, /, **params):
    return run_query(store, query_name, params)


def column(result, key):
    return [row[key] for row in result]


# -- the files -----------------------------------------------------------------------


def test_the_contract_queries_are_all_there():
    assert CONTRACT <= set(CATALOGUE.queries)


def test_every_query_has_an_embedded_answer_and_every_answer_a_query():
    assert set(ANSWERS) == set(CATALOGUE.queries)


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_header_declares_exactly_the_parameters_the_body_reads(query):
    assert query.cypher_params() == {p.name for p in query.params}
    assert query.title and query.description


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_browser_param_lines_match_the_declarations(query):
    assert list(query.browser_lines) == [browser_line(p.name, p.sample) for p in query.params]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_every_query_orders_its_rows(query):
    tail = query.cypher.rsplit("RETURN", 1)[1]
    assert "ORDER BY" in tail, "parity needs a defined row order"


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_relationship_types_come_from_the_ontology(query):
    for group in re.findall(r"\[\w*:([A-Z_|]+)", query.cypher):
        assert set(group.split("|")) <= ONTOLOGY | PROVENANCE, group
    for group in re.findall(r"\[\w*:([A-Z_|]+)\*", query.cypher):
        assert set(group.split("|")) in (ONTOLOGY, {"SUPPLIES_CHIPS_TO", "PROVIDES_CLOUD_TO"})


def test_any_type_patterns_list_the_whole_ontology():
    lists = {group for q in QUERIES for group in re.findall(r"\[\w*:([A-Z_|]{100,})", q.cypher)}
    assert lists and all(set(group.split("|")) == ONTOLOGY for group in lists)


def test_names_resolve_through_the_shared_prelude():
    """One lookup rule everywhere: the key as typed, else without a possessive -s."""
    for query in QUERIES:
        names = [p.name for p in query.params if p.type == "string" and "name" in p.help]
        for name in names:
            assert f"normalize(${name}, NFKC)" in query.cypher, (query.name, name)


@pytest.mark.parametrize(
    "header, message",
    [
        ("// title: t\n// description: d\nRETURN 1", "lacks 'name:'"),
        ("// name: Bad-Name\n// title: t\n// description: d\nRETURN 1", "snake_case"),
        ("// name: q\n// title: t\n// description: d\n// param x: text\nRETURN $x", "parameter line"),
        ("// name: q\n// title: t\n// description: d\n// param x: string\nRETURN $x", "needs an example"),
        ("// name: q\n// title: t\n// description: d\n// param x: int = \"a\"\nRETURN $x", "expects int"),
        ("// name: q\n// title: t\n// description: d\n// surprise\nRETURN 1", "cannot read header"),
        ("// name: q\n// title: t\n// description: d\n", "no Cypher"),
    ],
)
def test_malformed_headers_fail_loudly(header, message):
    with pytest.raises((CatalogueError, ParameterError), match=message):
        parse_query(header)


def test_file_name_must_match_query_name(tmp_path):
    (tmp_path / "other.cypher").write_text("// name: q\n// title: t\n// description: d\nRETURN 1 AS x\n")
    with pytest.raises(CatalogueError, match="q.cypher"):
        load_catalogue(tmp_path)


def test_return_columns_reads_aliases_in_order():
    cypher = "MATCH (n) WITH n RETURN n.name AS name, count(*) AS c, [x IN [1, 2] | x] AS xs ORDER BY name"
    assert return_columns(cypher) == ["name", "c", "xs"]


# -- parameters ---------------------------------------------------------------------


def test_parameters_are_coerced_from_cli_text():
    query = CATALOGUE.get("path_between")
    bound = query.bind({"a": "Nvidia", "b": "OpenAI", "max_depth": "3"})
    assert bound == {"a": "Nvidia", "b": "OpenAI", "max_depth": 3, "limit": 50}


@pytest.mark.parametrize(
    "name, given, message",
    [
        ("path_between", {"a": "x"}, "needs parameter 'b'"),
        ("path_between", {"a": "x", "b": "y", "max_depth": "deep"}, "expects int"),
        ("path_between", {"a": "x", "b": "y", "max_depth": 7}, r"int\[1..6\]"),
        ("partners_of", {"name": "x", "limit": 0}, r"int\[1..\]"),
        ("partners_of", {"name": "x", "limit": True}, "expects int"),
        ("partners_of", {"name": "x", "colour": "red"}, "no parameter 'colour'"),
        ("new_since", {"date": "yesterday"}, "expects date"),
        ("partners_of", {"name": 42}, "expects string"),
        ("partners_of", {"name": None}, "must not be empty"),
    ],
)
def test_bad_parameters_are_refused_before_the_store_is_touched(name, given, message):
    with pytest.raises(ParameterError, match=message):
        CATALOGUE.get(name).bind(given)


def test_unknown_query_is_refused():
    with pytest.raises(UnknownQuery, match="unknown query"):
        CATALOGUE.get("drop_everything")


def test_optional_string_parameters_default_to_null():
    assert CATALOGUE.get("funding_amounts").bind({})["currency"] is None
    assert CATALOGUE.get("chip_supply_chain").bind({"supplier": None})["supplier"] is None


# -- embedded answers on the sample graph -----------------------------------------


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_examples_return_rows_with_the_cypher_columns(store, query):
    result = rows(store, query.name, **query.examples())
    assert result, f"{query.name} example finds nothing in the sample graph"
    assert all(list(row) == return_columns(query.cypher) for row in result)


@pytest.mark.parametrize("spelling", ["OpenAI", "openai", "OPENAI", "OpenAIs", "OpenAI's", "OpenAI’s", "Open AI"])
def test_names_match_case_insensitively_with_possessives(store, spelling):
    assert column(rows(store, "partners_of", name=spelling), "partner") == ["Microsoft", "SAP"]


@pytest.mark.parametrize(
    "spelling, entity",
    [("AWS", "aws"), ("aws", "aws"), ("Telekom", "deutsche-telekom"), ("Q2283", "Q2283"), ("msft", "Q2283"),
     ("Großrechner AG", "grossrechner-ag"), ("GROSSRECHNER  AG", "grossrechner-ag"), ("Nvidias", "nvidia")],
)
def test_aliases_ids_and_sharp_s_resolve(store, spelling, entity):
    assert column(rows(store, "find_entity", name=spelling), "id") == [entity]


def test_an_ambiguous_alias_answers_for_every_entity_it_names(store):
    assert column(rows(store, "find_entity", name="Gemini"), "id") == ["gemini", "gemini-trust"]


def test_unknown_names_give_no_rows(store):
    for query in QUERIES:
        if any(p.name == "name" for p in query.params):
            assert rows(store, query.name, name="Nobody Inc") == [], query.name


def test_neighbour_queries_follow_direction(store):
    assert column(rows(store, "investors_in", name="OpenAI"), "investor") == ["Microsoft"]
    assert column(rows(store, "investments_by", name="OpenAI"), "investee") == ["Stargate"]
    assert column(rows(store, "chip_suppliers_of", name="Telekom"), "supplier") == ["Nvidia", "Großrechner AG"]
    assert column(rows(store, "cloud_providers_of", name="OpenAI"), "provider") == ["Microsoft", "CoreWeave", "Oracle"]
    assert column(rows(store, "leaders_of", name="OpenAI"), "leader") == ["Sam Altman"]
    assert column(rows(store, "products_of", name="Google"), "product") == ["Gemini"]


def test_negated_claims_are_left_out_except_where_asked_for(store):
    assert "FTC" not in column(rows(store, "regulators_of", name="Nvidia"), "regulator")
    assert "Google" not in column(rows(store, "chip_suppliers_of", name="OpenAI"), "supplier")
    negated = rows(store, "negated_claims")
    assert {(r["subject"], r["predicate"], r["object"]) for r in negated} == {
        ("FTC", "REGULATES", "Nvidia"), ("Google", "SUPPLIES_CHIPS_TO", "OpenAI")}


def test_ties_are_broken_by_name_then_id(store):
    partners = rows(store, "partners_of", name="Telekom")
    assert [(r["partner"], r["confidence"]) for r in partners] == [("Nvidia", 0.8), ("Öko-Rechenzentrum", 0.8)]


def test_money_columns_carry_amount_and_currency(store):
    first = rows(store, "investors_in", name="OpenAI")[0]
    assert (first["amount"], first["currency"]) == (10_000_000_000, "USD")
    euros = rows(store, "funding_amounts", currency="eur")
    assert [(r["subject"], r["object"], r["amount"]) for r in euros] == [("ASML", "Mistral AI", 1_300_000_000)]
    amounts = column(rows(store, "funding_amounts"), "amount")
    assert amounts == sorted(amounts, reverse=True)


def test_path_between_lists_every_shortest_route_with_directions(store):
    found = rows(store, "path_between", a="ChatGPT", b="Trainium", max_depth=6)
    assert column(found, "route") == [
        "ChatGPT <-DEVELOPS- OpenAI -COMPETES_WITH- Anthropic <-INVESTS_IN- Amazon -DEVELOPS-> Trainium",
        "ChatGPT <-DEVELOPS- OpenAI -COMPETES_WITH- Anthropic <-SUPPLIES_CHIPS_TO- Amazon -DEVELOPS-> Trainium",
    ]
    assert rows(store, "path_between", a="ChatGPT", b="Trainium", max_depth=3) == []
    assert rows(store, "path_between", a="AWS", b="Amazon Web Services") == []


def test_chip_supply_chain_runs_from_chips_into_cloud(store):
    routes = column(rows(store, "chip_supply_chain", supplier="Nvidia"), "route")
    assert "Nvidia -SUPPLIES_CHIPS_TO-> CoreWeave -PROVIDES_CLOUD_TO-> OpenAI" in routes
    assert "Nvidia -SUPPLIES_CHIPS_TO-> Oracle -PROVIDES_CLOUD_TO-> OpenAI" in routes
    assert all(r["hops"] >= 2 for r in rows(store, "chip_supply_chain"))


def test_ego_network_grows_with_depth(store):
    one = rows(store, "ego_network", name="AWS", depth=1)
    two = rows(store, "ego_network", name="AWS", depth=2)
    assert {r["hops"] for r in one} == {1} and len(two) > len(one)
    assert ("Amazon", "INVESTS_IN", "Anthropic") in {(r["subject"], r["predicate"], r["object"]) for r in one}


def test_evidence_for_gives_sentences_titles_and_dates(store):
    found = rows(store, "evidence_for", subject="Microsoft", predicate="partners_with", object="OpenAI")
    assert [(r["sentence"], r["article"], r["date"]) for r in found] == [
        ("OpenAI and Microsoft deepen their partnership.", "Microsoft doubles down on OpenAI", "2025-01-10"),
        ("Microsoft and OpenAI renewed their partnership.", "Musk sues OpenAI", "2025-04-02"),
    ]
    backwards = rows(store, "evidence_for", subject="OpenAI", object="Microsoft")
    assert {r["predicate"] for r in backwards} == {"PARTNERS_WITH", "IN_CONFLICT_WITH"}


def test_timeline_and_new_since_follow_first_seen(store):
    timeline = column(rows(store, "timeline_of", name="OpenAI"), "first_seen")
    assert timeline == sorted(timeline)
    recent = rows(store, "new_since", date="2025-04-10")
    assert recent and all(r["first_seen"] >= "2025-04-10" for r in recent)


def test_co_mentioned_counts_shared_articles_and_links(store):
    found = {r["co_mentioned"]: r for r in rows(store, "co_mentioned", name="Nvidia", limit=50)}
    assert found["OpenAI"]["relations"] == 0 and found["OpenAI"]["articles"] >= 1
    assert found["CoreWeave"]["relations"] == 2


def test_relations_by_type_adds_up_to_the_store(store):
    total = sum(r["relations"] + r["negated"] for r in rows(store, "relations_by_type"))
    assert total == store.stats().relations


def test_most_connected_filters_by_type(store):
    people = rows(store, "most_connected", type="person")
    assert people and {r["type"] for r in people} == {"Person"}
    assert rows(store, "most_connected", limit=1)[0]["entity"] == "OpenAI"


def test_planned_and_speculative_and_conflicts(store):
    assert {r["status"] for r in rows(store, "planned_and_speculative")} == {"planned", "speculative"}
    conflicts = rows(store, "conflicts")
    assert [(r["party"], r["other_party"]) for r in conflicts] == [("OpenAI", "xAI"), ("Microsoft", "OpenAI")]
    assert column(rows(store, "acquisitions"), "target") == ["Windsurf"]


# -- the browser guide ------------------------------------------------------------------


def test_guide_has_one_runnable_slide_per_query():
    html = render_guide(CATALOGUE)
    assert html.count("<slide") == len(CATALOGUE) + 1
    for query in QUERIES:
        assert f"<code>{query.name}</code>" in html
    assert html.count('class="pre-scrollable code runnable"') >= len(CATALOGUE)


def test_guide_escapes_everything(tmp_path):
    (tmp_path / "evil.cypher").write_text(
        "// name: evil\n// title: <script>alert(1)</script>\n// description: a & b </pre>\n"
        "// param name: string, example \"<img src=x onerror=alert(1)>\" -- the <b>name</b>\n"
        "// :param name => \"<img src=x onerror=alert(1)>\";\n"
        "MATCH (n) WHERE n.name <> $name RETURN n.name AS name ORDER BY name\n"
    )
    html = render_guide(load_catalogue(tmp_path))
    assert "<script>" not in html and "<img" not in html and "<b>name" not in html
    assert "&lt;script&gt;" in html and "n.name &lt;&gt; $name" in html and "a &amp; b &lt;/pre&gt;" in html


def test_the_shipped_guide_is_current():
    assert GUIDE_FILE.read_text(encoding="utf-8") == render_guide(CATALOGUE), (
        "regenerate with: python -m queries.browser_guide"
    )
