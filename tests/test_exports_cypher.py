"""Cypher script: literals escape everything, identifiers come from the enums."""

from __future__ import annotations

import io
import math
import re

import pytest

from exports.cypher_script import CONSTRAINT, NAME_CONSTRAINT, cypher_literal, cypher_statements, cypher_string, write_cypher
from graph.models import EntityType, RelationType
from tests.fixtures.exports.graphs import CYPHER_BREAKOUT, XSS_IMG, XSS_SCRIPT, payload_graph, sample_graph

TOKENS = re.compile(r"'(?:[^'\\]|\\.)*'|[^']+", re.DOTALL)
SIMPLE_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
HOSTILE = [
    CYPHER_BREAKOUT, "\\'}) DETACH DELETE n //", "back\\slash", "end\\", "two\nlines\r\n", "tab\tbell\x07",
    'double "quotes"', "nul\x00byte", "line\u2028sep\u2029para", "rtl\u202eoverride", "zero\u200bwidth",
    "emoji 🤖", "Nürnberger Übermorgen", "北京智谱", "/* comment */ // also", "semi; colon", "`backtick`",
    XSS_SCRIPT, XSS_IMG, "\ufeffbom", "",
]


def decode(literal: str) -> str:
    """Decode one single-quoted Cypher string literal (the test's own reader)."""
    assert literal[0] == literal[-1] == "'"
    body, out, i = literal[1:-1], [], 0
    while i < len(body):
        if body[i] != "\\":
            assert body[i] != "'", "unescaped quote inside a literal"
            out.append(body[i])
            i += 1
        elif body[i + 1] == "u":
            out.append(chr(int(body[i + 2:i + 6], 16)))
            i += 6
        elif body[i + 1] == "U":
            out.append(chr(int(body[i + 2:i + 10], 16)))
            i += 10
        else:
            out.append(SIMPLE_ESCAPES[body[i + 1]])
            i += 2
    return "".join(out)


def split(statement: str) -> tuple[str, list[str]]:
    """Code outside string literals, and the decoded literals."""
    code, literals = [], []
    for token in TOKENS.findall(statement):
        if token.startswith("'"):
            literals.append(decode(token))
            code.append("''")
        else:
            code.append(token)
    assert "".join(TOKENS.findall(statement)) == statement
    return "".join(code), literals


def script_lines(G, **kwargs) -> list[str]:
    buffer = io.BytesIO()
    write_cypher(G, buffer, **kwargs)
    text = buffer.getvalue().decode("utf-8")
    assert text.endswith(";\n")
    return text.splitlines()


@pytest.mark.parametrize("text", HOSTILE)
def test_string_literals_decode_back_exactly(text):
    literal = cypher_string(text)
    assert decode(literal) == text
    code, literals = split(literal)
    assert code == "''" and literals == [text]
    assert not re.search("[\x00-\x1f\x7f\u2028\u2029\u202e\u200b\ufeff]", literal)


def test_script_is_constraints_then_one_merge_statement_per_line():
    lines = script_lines(payload_graph())
    assert lines[0].startswith("// aikg export: ")
    assert lines[1:3] == [CONSTRAINT, NAME_CONSTRAINT]
    for line in lines[3:]:
        code, _ = split(line)
        assert code.startswith("UNWIND [") and code.endswith(";") and code.count(";") == 1
        assert " MERGE (" in code
        assert not re.search(r"\b(DELETE|DETACH|REMOVE|CREATE|CALL|LOAD)\b|//|/\*", code)


def test_labels_and_types_come_only_from_the_ontology():
    allowed = {"Entity", "Name", "NAMES"} | {t.value for t in EntityType} | {r.value for r in RelationType}
    for line in script_lines(payload_graph())[3:]:
        code, _ = split(line)
        code = re.sub(r"\{[a-z_]+:", "{", code)  # map keys
        code = re.sub(r", [a-z_]+:", ",", code)
        labels = set(re.findall(r"[(\[]?[a-z]?:([A-Za-z_]+)", code))
        assert labels <= allowed, labels - allowed


def test_hostile_values_arrive_intact_and_non_ascii_stays_readable():
    G = payload_graph()
    lines = script_lines(G)
    literals = {text for line in lines[3:] for text in split(line)[1]}
    for node, data in G.nodes(data=True):
        assert {node, data["name"], *data["aliases"]} <= literals
    assert CYPHER_BREAKOUT in literals  # an attribute value and an alias
    script = "\n".join(lines)
    assert "Nürnberger Start-up Übermorgen GmbH" in script and "北京智谱" in script
    assert "\\u0000" in script and "\\u2028" in script
    assert not re.search("[\x00\r\u2028\u2029]", script)


def test_rows_are_batched_per_label_and_type():
    G = sample_graph()
    lines = script_lines(G, batch_size=2)
    node_lines = [line for line in lines if "MERGE (e:Entity" in line]
    per_type = {t: sum(1 for _, d in G.nodes(data=True) if d["type"] == t) for t in ("Company", "Person", "Product", "Regulator")}
    assert len(node_lines) == sum(math.ceil(n / 2) for n in per_type.values())
    assert len([line for line in lines if "MERGE (a)-[r:" in line]) == sum(
        math.ceil(n / 2) for n in _count_by_predicate(G).values())


def _count_by_predicate(G) -> dict[str, int]:
    counts: dict[str, int] = {}
    for *_, k in G.edges(keys=True):
        counts[k] = counts.get(k, 0) + 1
    return counts


def test_unknown_relation_type_is_refused():
    G = sample_graph()
    bad = "PARTNERS_WITH]->(b) DETACH DELETE b //"
    G.add_edge("Q2283", "h100", key=bad, predicate=bad)
    with pytest.raises(ValueError, match="unknown relation type"):
        list(cypher_statements(G))


def test_literals_of_every_property_type():
    assert cypher_literal(None) == "null"
    assert cypher_literal(True) == "true" and cypher_literal(False) == "false"
    assert cypher_literal(42) == "42" and cypher_literal(2**70) == f"'{2**70}'"
    assert cypher_literal(0.25) == "0.25" and cypher_literal(float("nan")) == "null"
    assert cypher_literal(["a", 1]) == "['a', 1]"
    assert cypher_literal({"attr_x": "y"}) == "{attr_x: 'y'}"
    with pytest.raises(ValueError):
        cypher_literal({"bad key}) //": 1})


def test_empty_graph_gives_just_the_constraint():
    import networkx as nx

    assert list(cypher_statements(nx.MultiDiGraph()))[1:] == [CONSTRAINT, NAME_CONSTRAINT]


def test_name_keys_let_canned_queries_find_entities_by_any_form():
    lines = script_lines(sample_graph())
    rows = [split(line)[1] for line in lines if "MERGE (n:Name" in line]
    pairs = {(literals[i], literals[i + 1]) for literals in rows for i in range(0, len(literals), 2)}
    assert {("bkarta", "bundeskartellamt"), ("bundeskartellamt", "bundeskartellamt"),
            ("q2283", "Q2283"), ("übermorgen", "nurnberger-start-up-ubermorgen-gmbh")} <= pairs


def test_evidence_can_be_left_out_of_large_scripts():
    with_evidence = "\n".join(script_lines(sample_graph()))
    without = "\n".join(script_lines(sample_graph(), evidence=False))
    assert "evidence: '[" in with_evidence and "evidence:" not in without.replace("evidence_count:", "")
    assert len(without) < len(with_evidence) and "evidence_count: 2" in without
