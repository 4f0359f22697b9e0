"""CSV for neo4j-admin import: header rules, quoting, array and label fields."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from exports.csv_admin import ARRAY_DELIMITER, csv_paths, write_csv, write_nodes_csv, write_relationships_csv
from graph.models import EntityType, RelationType
from tests.fixtures.exports.graphs import XSS_IMG, XSS_SCRIPT, payload_graph, sample_graph

# neo4j-admin header entries: name:type, :ID/:START_ID/:END_ID with an optional (group), :LABEL, :TYPE
HEADER = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)?(?::(?P<type>[A-Za-z_]+)(?P<array>\[\])?(?:\((?P<group>[^)]*)\))?)?$")
VALUE_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
               "localtime", "time", "localdatetime", "datetime", "duration"}
NODE_SPECIAL = {"ID", "LABEL", "IGNORE"}
REL_SPECIAL = {"START_ID", "END_ID", "TYPE", "IGNORE"}


def read(path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def check_header(header: list[str], special: set[str], required: set[str]) -> None:
    names, specials = [], []
    for column in header:
        match = HEADER.match(column)
        assert match, column
        kind = match["type"]
        if kind in special:
            specials.append(kind)
            assert not match["array"], column
        else:
            assert kind is None or kind in VALUE_TYPES, column
            assert match["name"], f"value column without a name: {column}"
        if match["name"]:
            names.append(match["name"])
    assert sorted(specials) == sorted(required)
    assert len(names) == len(set(names)), "duplicate property names"


@pytest.fixture
def exported(tmp_path):
    G = payload_graph()
    nodes, relationships = write_csv(G, tmp_path)
    return G, read(nodes), read(relationships), nodes, relationships


def test_headers_follow_neo4j_admin_rules(exported):
    _, nodes, relationships, *_ = exported
    check_header(nodes[0], NODE_SPECIAL, {"ID", "LABEL"})
    check_header(relationships[0], REL_SPECIAL, {"START_ID", "END_ID", "TYPE"})
    assert nodes[0][:2] == ["id:ID", ":LABEL"] and "aliases:string[]" in nodes[0]
    assert relationships[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"negated:boolean", "confidence:float", "evidence_count:int"} <= set(relationships[0])
    assert {"attr_amount:double", "attr_currency:string", "attr_exclusive:boolean", "attr_note:string",
            "attr_bad_key_:string"} <= set(relationships[0])


def test_node_rows_round_trip_through_the_csv_module(exported):
    G, nodes, *_ = exported
    header = nodes[0]
    rows = {row[0]: dict(zip(header, row)) for row in nodes[1:]}
    assert set(rows) == set(G.nodes)
    for node, data in G.nodes(data=True):
        row = rows[node]
        assert row[":LABEL"].split(ARRAY_DELIMITER) == ["Entity", data["type"]]
        assert EntityType(row["type"])
        if "\n" not in data["name"] and "\x00" not in data["name"]:
            assert row["name"] == data["name"]
    assert rows["evil-script"]["name"] == XSS_SCRIPT
    assert rows["evil-img"]["name"] == XSS_IMG
    assert rows["zhipu-ai"]["aliases:string[]"].split(ARRAY_DELIMITER) == ["Zhipu AI", "智谱"]
    assert rows["evil-script"]["aliases:string[]"].split(ARRAY_DELIMITER) == [XSS_IMG.replace(";", ","), "a,b|c"]
    assert rows["aleph-alpha"]["wikidata"] == "" and rows["Q2283"]["wikidata"] == "Q2283"


def test_relationship_rows_round_trip(exported):
    G, _, relationships, *_ = exported
    header = relationships[0]
    rows = {(r[0], r[2], r[1]): dict(zip(header, r)) for r in relationships[1:]}
    assert len(rows) == G.number_of_edges()
    for u, v, k, data in G.edges(keys=True, data=True):
        row = rows[(u, k, v)]
        assert RelationType(row[":TYPE"]).value == k
        assert row["negated:boolean"] == ("true" if data["negated"] else "false")
        assert float(row["confidence:float"]) == data["confidence"]
        assert json.loads(row["evidence"]) == data["evidence"]
    invest = rows[("Q2283", "INVESTS_IN", "Q21708200")]
    assert float(invest["attr_amount:double"]) == 1e10 and invest["attr_currency:string"] == "USD"
    assert rows[("Q21708200", "LICENSES_TO", "Q2283")]["attr_exclusive:boolean"] == "true"


def test_every_record_is_one_physical_line(exported):
    _, nodes, relationships, nodes_path, relationships_path = exported
    assert nodes_path.read_text(encoding="utf-8").count("\n") == len(nodes)
    assert relationships_path.read_text(encoding="utf-8").count("\n") == len(relationships)
    assert "\x00" not in nodes_path.read_text(encoding="utf-8")


def test_quotes_commas_and_quoting(tmp_path):
    G = payload_graph()
    write_nodes_csv(G, tmp_path / "n.csv")
    text = (tmp_path / "n.csv").read_text(encoding="utf-8")
    assert '"<img src=x onerror=""window.__pwned=1;alert(1)"">"' in text  # doubled quotes inside quotes
    buffer = io.StringIO()
    write_relationships_csv(G, buffer)
    assert buffer.getvalue().splitlines()[0].startswith(":START_ID,:END_ID,:TYPE")


@pytest.mark.parametrize(
    ("out", "expected"),
    [("out/ai", ("out/ai_nodes.csv", "out/ai_relationships.csv")),
     ("out/ai-", ("out/ai-nodes.csv", "out/ai-relationships.csv")),
     ("out/new/", ("out/new/nodes.csv", "out/new/relationships.csv"))],
)
def test_out_is_a_directory_or_a_prefix(tmp_path, monkeypatch, out, expected):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    assert tuple(str(p) for p in csv_paths(out)) == expected
    assert csv_paths("out") == (tmp_path.joinpath("out", "nodes.csv").relative_to(tmp_path),
                                tmp_path.joinpath("out", "relationships.csv").relative_to(tmp_path))


def test_unknown_types_are_refused(tmp_path):
    G = sample_graph()
    G.nodes["Q2283"]["type"] = "Company`:Admin"
    with pytest.raises(ValueError, match="unknown entity type"):
        write_csv(G, tmp_path)
    G = sample_graph()
    G.add_edge("Q2283", "h100", key="OWNS", predicate="OWNS")
    with pytest.raises(ValueError, match="unknown relation type"):
        write_csv(G, tmp_path)
