"""GraphML and GEXF: files Gephi opens, read back with networkx."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from exports.flatten import LIST_SEPARATOR, flat_graph
from exports.gexf import write_gexf
from exports.graphml import write_graphml
from exports.style import ENTITY_STYLE, rgb
from tests.fixtures.exports.graphs import XSS_IMG, add_relation, payload_graph, sample_graph

NON_ASCII = ["Bundeskartellamt", "Nürnberger Start-up Übermorgen GmbH", "北京智谱"]


def read_graphml(data: bytes) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(data), force_multigraph=True)


def read_gexf(data: bytes) -> nx.MultiDiGraph:
    return nx.read_gexf(io.BytesIO(data))


FORMATS = {"graphml": (write_graphml, read_graphml), "gexf": (write_gexf, read_gexf)}


def export_and_read(G, fmt: str) -> tuple[bytes, nx.MultiDiGraph]:
    write, read = FORMATS[fmt]
    buffer = io.BytesIO()
    write(G, buffer)
    return buffer.getvalue(), read(buffer.getvalue())


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_keeps_nodes_edges_and_attributes(fmt):
    G = sample_graph()
    expected = flat_graph(G)
    _, H = export_and_read(G, fmt)
    assert set(H.nodes) == set(G.nodes)
    assert set(H.edges(keys=True)) == set(expected.edges(keys=True))
    for node, data in expected.nodes(data=True):
        got = H.nodes[node]
        for key in ("name", "type", "aliases", "confidence", "origin", "mentions", "label"):
            if key in data:
                assert got[key] == data[key], (node, key)
    for u, v, k, data in expected.edges(keys=True, data=True):
        got = H.edges[u, v, k]
        for key in ("predicate", "status", "negated", "symmetric", "confidence", "evidence_count", "label"):
            assert got[key] == data[key], (u, v, k, key)


@pytest.mark.parametrize("fmt", FORMATS)
def test_non_ascii_names_survive_as_utf8(fmt):
    raw, H = export_and_read(sample_graph(), fmt)
    names = {d["name"] for _, d in H.nodes(data=True)}
    assert set(NON_ASCII) <= names
    assert "Übermorgen".encode() in raw and "北京智谱".encode() in raw
    assert H.nodes["zhipu-ai"]["aliases"] == LIST_SEPARATOR.join(["Zhipu AI", "智谱"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_nested_values_are_flattened_losslessly(fmt):
    G = sample_graph()
    _, H = export_and_read(G, fmt)
    invest = H.edges["Q2283", "Q21708200", "Q2283|INVESTS_IN|Q21708200"]
    assert invest["attr_amount"] == 10_000_000_000 and invest["attr_currency"] == "USD"
    assert H.edges["Q21708200", "Q2283", "Q21708200|LICENSES_TO|Q2283"]["attr_exclusive"] is True
    assert json.loads(invest["evidence"]) == G.edges["Q2283", "Q21708200", "INVESTS_IN"]["evidence"]
    assert "wikidata" not in H.nodes["aleph-alpha"]  # None is dropped, not written as "None"
    assert H.nodes["Q2283"]["wikidata"] == "Q2283"


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_text_stays_text_and_control_characters_are_dropped(fmt):
    raw, H = export_and_read(payload_graph(), fmt)
    ET.fromstring(raw)  # well-formed XML despite NUL and friends in the input
    assert H.nodes["evil-img"]["name"] == XSS_IMG
    assert "\x00" not in H.nodes["evil-quotes"]["name"]
    assert H.nodes["evil-quotes"]["name"].startswith("O'Brien \\' \"Quotes\"")
    assert b"<img" not in raw  # markup is escaped in the XML


def test_mixed_attribute_types_get_one_column_type():
    G = sample_graph()
    add_relation(G, "Q182477", "INVESTS_IN", "aleph-alpha", attributes={"amount": 2.5, "exclusive": "maybe"})
    raw, H = export_and_read(G, "graphml")
    keys = [k for k in ET.fromstring(raw).iter("{http://graphml.graphdrawing.org/xmlns}key")
            if k.get("attr.name") in ("attr_amount", "attr_exclusive")]
    assert sorted((k.get("attr.name"), k.get("attr.type")) for k in keys) == [
        ("attr_amount", "double"), ("attr_exclusive", "string")]
    assert H.edges["Q2283", "Q21708200", "Q2283|INVESTS_IN|Q21708200"]["attr_amount"] == 1e10
    assert H.edges["Q21708200", "Q2283", "Q21708200|LICENSES_TO|Q2283"]["attr_exclusive"] == "true"


def test_graphml_edge_ids_are_unique_for_gephi():
    raw, _ = export_and_read(sample_graph(), "graphml")
    ids = [e.get("id") for e in ET.fromstring(raw).iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(ids) == len(set(ids)) == sample_graph().number_of_edges()


def test_gexf_has_labels_colours_sizes_and_a_timeline():
    G = sample_graph()
    raw, H = export_and_read(G, "gexf")
    assert H.nodes["Q2283"]["label"] == "Microsoft"
    viz = H.nodes["bundeskartellamt"]["viz"]
    assert {k: viz["color"][k] for k in "rgb"} == rgb(ENTITY_STYLE["Regulator"]["colour"])
    assert H.nodes["Q21708200"]["viz"]["size"] > H.nodes["h100"]["viz"]["size"]  # bigger = more relations
    edge = H.edges["Q2283", "Q21708200", "Q2283|INVESTS_IN|Q21708200"]
    assert edge["label"] == "INVESTS_IN" and edge["weight"] == 1.0
    assert (edge["start"], edge["end"]) == ("2023-01-23", "2023-01-23")
    assert b'timeformat="date"' in raw


def test_writers_accept_paths_and_text_files(tmp_path):
    G = sample_graph()
    write_graphml(G, tmp_path / "g.graphml")
    write_gexf(G, str(tmp_path / "g.gexf"))
    assert read_graphml((tmp_path / "g.graphml").read_bytes()).number_of_edges() == G.number_of_edges()
    assert read_gexf((tmp_path / "g.gexf").read_bytes()).number_of_nodes() == G.number_of_nodes()
    text = io.StringIO()
    write_graphml(G, text)
    assert read_graphml(text.getvalue().encode()).number_of_nodes() == G.number_of_nodes()
