"""The HTML page without a browser: self-contained, inert data, right styling."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from html.parser import HTMLParser

import pytest

from exports.html import render_html, script_json, vis_assets, write_html
from exports.html_data import page_data, safe_url
from exports.style import NEGATED_COLOUR, RELATION_COLOUR
from tests.fixtures.exports.graphs import XSS_IMG, XSS_SCRIPT, generated_graph, payload_graph, sample_graph


class Page(HTMLParser):
    """Collects elements, script bodies and the CSP of a page."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.title = ""
        self._open: str | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._open = tag
        if tag == "script":
            self.scripts.append((dict(attrs), ""))

    def handle_data(self, data):
        if self._open == "script":
            attrs, body = self.scripts[-1]
            self.scripts[-1] = (attrs, body + data)
        elif self._open == "title":
            self.title += data

    def handle_endtag(self, tag):
        self._open = None

    @property
    def data(self) -> dict:
        return json.loads(next(body for attrs, body in self.scripts if attrs.get("id") == "aikg-data"))

    @property
    def csp(self) -> str:
        return next(a["content"] for t, a in self.tags if a.get("http-equiv") == "Content-Security-Policy")


@pytest.fixture(scope="module")
def payload_page() -> Page:
    return Page(render_html(payload_graph()))


def test_page_is_self_contained(payload_page):
    for tag, attrs in payload_page.tags:
        assert not {"src", "href"} & set(attrs) or tag == "a", (tag, attrs)
        assert tag not in ("link", "img", "iframe", "object", "embed"), tag
    assert [a.get("type") for a, _ in payload_page.scripts] == ["application/json", None, None]
    assert "vis-network" in payload_page.scripts[1][1] and "sourceMappingURL" not in payload_page.scripts[1][1]
    assert "default-src 'none'" in payload_page.csp and "unsafe-inline" not in payload_page.csp.split("style-src")[0]


def test_csp_lists_exactly_the_hashes_of_the_page_scripts(payload_page):
    for attrs, body in payload_page.scripts[1:]:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in payload_page.csp


def test_hostile_strings_cannot_leave_the_data_block_but_decode_intact(payload_page):
    text = render_html(payload_graph())
    assert XSS_SCRIPT not in text and XSS_IMG not in text and "\u2028" not in text
    assert len(payload_page.scripts) == 3  # nothing injected a fourth script
    assert payload_page.title.startswith("</title></script>")  # escaped, shown as text
    names = {n["label"] for n in payload_page.data["nodes"]}
    assert {XSS_SCRIPT, XSS_IMG} <= names


def test_only_http_links_survive(payload_page):
    urls = [e["url"] for edge in payload_page.data["edges"] for e in edge["evidence"]]
    assert None in urls  # javascript: and data: were dropped
    assert all(u is None or u.startswith(("http://", "https://")) for u in urls)
    assert safe_url("javascript:alert(1)") is None and safe_url(" JAVASCRIPT:alert(1)") is None
    assert safe_url("java\tscript:alert(1)") is None and safe_url("//evil.example/x") is None
    assert safe_url("https://example.com/a?b=1") == "https://example.com/a?b=1"


def test_script_json_escapes_what_html_parsers_care_about():
    text = script_json({"x": "</script><!-- & \u2028\u2029 >"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"x": "</script><!-- & \u2028\u2029 >"}


def test_edges_are_styled_by_relation_direction_and_status():
    data = page_data(sample_graph(), physics=True, max_evidence=5)
    edges = {(e["from"], e["predicate"], e["to"]): e for e in data["edges"]}
    invest = edges[("Q2283", "INVESTS_IN", "Q21708200")]
    assert invest["arrows"] == "to" and invest["color"] == RELATION_COLOUR["INVESTS_IN"]
    assert "arrows" not in edges[("Q21708200", "PARTNERS_WITH", "Q2283")]  # symmetric: no arrow
    assert edges[("aleph-alpha", "PARTNERS_WITH", "nurnberger-start-up-ubermorgen-gmbh")]["dashes"] == [10, 6]
    assert edges[("Q21708200", "COMPETES_WITH", "zhipu-ai")]["dashes"] == [3, 6]
    negated = edges[("Q2283", "ACQUIRES", "aleph-alpha")]
    assert negated["label"] == "✗ not" and negated["color"] == NEGATED_COLOUR
    assert edges[("Q21708200", "IN_CONFLICT_WITH", "Q2283")]["label"] == "✗ ended"
    assert edges[("Q21708200", "PARTNERS_WITH", "Q2283")]["width"] > invest["width"]  # 2 evidences vs 1
    curves = [e.get("smooth", {}).get("type") for k, e in edges.items() if {k[0], k[2]} == {"Q2283", "Q21708200"}]
    assert curves.count(None) == 1 and len(set(curves)) == 3  # one straight, the rest curved both ways


def test_nodes_carry_type_size_tooltip_facts_and_positions():
    data = page_data(sample_graph(), physics=True, max_evidence=5)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["Q2283"]["group"] == "Company" and nodes["Q2283"]["wikidata"] == "Q2283"
    assert "wikidata" not in nodes["aleph-alpha"]
    assert nodes["Q21708200"]["size"] > nodes["h100"]["size"]
    assert nodes["zhipu-ai"]["aliases"] == ["Zhipu AI", "智谱"]
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes.values())
    assert [e["name"] for e in data["legend"]["entities"]] == ["Company", "Person", "Product", "Regulator"]


def test_large_graphs_switch_physics_off_and_keep_evidence_short():
    G = generated_graph(400, evidence_per_edge=8)
    small = page_data(G, physics=True, max_evidence=2)
    assert small["options"]["physics"]["enabled"] is True
    page = Page(render_html(G, physics_threshold=300, max_evidence=2))
    options = page.data["options"]
    assert options["physics"] == {"enabled": False} and options["edges"]["smooth"] is False
    assert all(len(e["evidence"]) <= 2 for e in page.data["edges"])
    assert len(page.data["nodes"]) == 400


def test_write_html_accepts_paths_and_files(tmp_path):
    G = sample_graph()
    write_html(G, tmp_path / "g.html", title="Übersicht")
    binary, text = io.BytesIO(), io.StringIO()
    write_html(G, binary, title="Übersicht")
    write_html(G, text, title="Übersicht")
    assert (tmp_path / "g.html").read_bytes() == binary.getvalue() == text.getvalue().encode()
    assert "<title>Übersicht</title>" in text.getvalue()


def test_vis_assets_are_the_bundled_912():
    js, css = vis_assets()
    assert "@version 9.1.2" in js and ".vis-network" in css
