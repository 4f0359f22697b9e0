"""Node-link JSON for D3: read back with networkx, the graph is unchanged."""

from __future__ import annotations

import gzip
import io
import json

import networkx as nx

from exports.json_graph import read_json, write_json
from tests.fixtures.exports.graphs import XSS_SCRIPT, payload_graph, sample_graph


def test_round_trip_is_exact():
    G = payload_graph()
    buffer = io.BytesIO()
    write_json(G, buffer)
    H = nx.node_link_graph(json.loads(buffer.getvalue()), edges="links")
    assert H.is_directed() and H.is_multigraph()
    assert nx.utils.graphs_equal(G, H)
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    assert list(H.edges(keys=True, data=True)) == list(G.edges(keys=True, data=True))
    assert H.nodes["evil-script"]["name"] == XSS_SCRIPT


def test_d3_shape_and_plain_utf8():
    buffer = io.BytesIO()
    write_json(sample_graph(), buffer)
    raw = buffer.getvalue()
    data = json.loads(raw)
    assert {"nodes", "links"} <= set(data) and "edges" not in data
    ids = {n["id"] for n in data["nodes"]}
    assert all(link["source"] in ids and link["target"] in ids for link in data["links"])
    assert {link["key"] for link in data["links"]} >= {"PARTNERS_WITH", "INVESTS_IN"}
    assert "Nürnberger Start-up Übermorgen GmbH".encode() in raw and "北京智谱".encode() in raw
    assert b"\\u00dc" not in raw


def test_read_json_and_compressed_paths(tmp_path):
    G = sample_graph()
    write_json(G, tmp_path / "g.json.gz")
    with gzip.open(tmp_path / "g.json.gz", "rt", encoding="utf-8") as fh:
        assert len(json.load(fh)["links"]) == G.number_of_edges()
    write_json(G, tmp_path / "g.json")
    assert nx.utils.graphs_equal(read_json(tmp_path / "g.json"), G)
    text = io.StringIO()
    write_json(G, text)
    assert json.loads(text.getvalue())["graph"]["name"] == G.graph["name"]
