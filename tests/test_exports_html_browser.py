"""The HTML page in headless Chromium: offline, interactive and inert to payloads."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from exports.html import write_html
from tests.browser.chromium import ARTIFACTS, chromium  # noqa: F401  (session fixture)
from tests.fixtures.exports.graphs import XSS_IMG, XSS_SCRIPT, generated_graph, payload_graph, sample_graph

pytestmark = pytest.mark.browser
# predicates are functions: string predicates are eval'd in the page, which its CSP forbids
READY = "() => window.aikg && aikg.firstDrawMs !== null && aikg.stabilized"


@dataclass
class Run:
    """One opened page and everything it tried to do."""

    page: object
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def route(self, route) -> None:
        if route.request.url == self.url:
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def counts(self) -> tuple[int, int]:
        counts = self.js("aikg.visibleCounts()")
        return counts["nodes"], counts["edges"]

    def click_node(self, node_id: str) -> None:
        box = self.page.locator("#network").bounding_box()
        point = self.js("id => aikg.network.canvasToDOM(aikg.network.getPosition(id))", node_id)
        self.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name))


@pytest.fixture
def open_page(chromium, tmp_path):  # noqa: F811  (fixture argument)
    contexts = []

    def _open(G, name: str = "graph.html", **options) -> Run:
        path = tmp_path / name
        write_html(G, path, **options)
        context = chromium.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        page = context.new_page()
        run = Run(page, path.as_uri())
        page.on("console", lambda m: m.type == "error" and run.errors.append(m.text))
        page.on("pageerror", lambda e: run.errors.append(str(e)))
        page.on("request", lambda r: run.requests.append(r.url))
        page.on("dialog", lambda d: (run.dialogs.append(d.message), d.dismiss()))
        page.route("**/*", run.route)
        page.goto(run.url)
        page.wait_for_function(READY, timeout=30_000)
        return run

    yield _open
    for context in contexts:
        context.close()


def test_page_loads_offline_without_errors(open_page):
    run = open_page(sample_graph())
    run.page.wait_for_timeout(300)
    assert run.errors == [] and run.dialogs == []
    assert run.requests == [run.url] and run.blocked == []
    run.screenshot("export-sample.png")


def test_drawn_counts_match_the_export(open_page):
    G = sample_graph()
    run = open_page(G)
    assert run.counts() == (G.number_of_nodes(), G.number_of_edges())
    assert run.js("[aikg.nodes.length, aikg.edges.length]") == [G.number_of_nodes(), G.number_of_edges()]
    assert run.js("aikg.network.physics.options.enabled") is False  # settled once, then stopped
    assert f"{G.number_of_nodes()} of {G.number_of_nodes()} entities" in run.page.inner_text("#stats")


def test_search_box_focuses_an_entity(open_page):
    run = open_page(sample_graph())
    before = run.js("aikg.network.getViewPosition()")
    run.page.fill("#search", "übermorgen")  # an alias, in another case
    run.page.press("#search", "Enter")
    run.page.wait_for_function("() => Math.abs(aikg.network.getScale() - 1.5) < 0.01", timeout=5_000)
    assert run.js("aikg.network.getSelectedNodes()") == ["nurnberger-start-up-ubermorgen-gmbh"]
    assert run.js("aikg.network.getViewPosition()") != before
    assert run.page.inner_text("#details h2") == "Nürnberger Start-up Übermorgen GmbH"
    run.page.fill("#search", "Nobody GmbH")
    run.page.press("#search", "Enter")
    assert "No entity matches" in run.page.inner_text("#search-status")


def test_relation_and_entity_checkboxes_hide_what_they_name(open_page):
    G = sample_graph()
    run = open_page(G)
    nodes, edges = run.counts()
    partners = sum(1 for *_, k in G.edges(keys=True) if k == "PARTNERS_WITH")
    run.page.uncheck('input[data-relation="PARTNERS_WITH"]')
    run.page.wait_for_timeout(100)
    assert run.counts() == (nodes, edges - partners)
    assert run.js("aikg.edgeView.get().every(e => e.predicate !== 'PARTNERS_WITH')")
    run.page.check('input[data-relation="PARTNERS_WITH"]')
    run.page.uncheck('input[data-entity-type="Product"]')
    run.page.wait_for_timeout(100)
    products = [n for n, d in G.nodes(data=True) if d["type"] == "Product"]
    touching = sum(1 for u, v in G.edges() if u in products or v in products)
    assert run.counts() == (nodes - len(products), edges - touching)


def test_confidence_slider_hides_weak_relations(open_page):
    G = sample_graph()
    run = open_page(G)
    run.page.locator("#confidence").fill("0.8")
    run.page.wait_for_timeout(100)
    strong = sum(1 for *_, d in G.edges(data=True) if d["confidence"] >= 0.8)
    assert run.counts()[1] == strong
    assert run.page.inner_text("#confidence-value") == "0.80"


def test_details_show_evidence_with_safe_links(open_page):
    run = open_page(sample_graph())
    edge_id = run.js("aikg.edges.get().find(e => e.predicate === 'PARTNERS_WITH' && e.to === 'Q2283').id")
    run.js("id => aikg.showDetails({edge: id})", edge_id)
    details = run.page.inner_text("#details")
    assert "Microsoft und OpenAI vertiefen ihre strategische Partnerschaft." in details
    assert "Größte KI-Allianz — 2023-01-23" in details
    hrefs = run.js("Array.from(document.querySelectorAll('#details a')).map(a => a.href)")
    assert "https://example.org/news/2" in hrefs


def test_payload_article_runs_no_script(open_page):
    run = open_page(payload_graph(), name="payload.html")
    for node in ("evil-script", "evil-img", "evil-quotes"):
        run.click_node(node)
        run.page.wait_for_timeout(150)
        assert run.page.inner_text("#details h2").strip() in (XSS_SCRIPT, XSS_IMG) or node == "evil-quotes"
    run.page.mouse.move(0, 0)
    edge_id = run.js("aikg.edges.get().find(e => e.from === 'evil-img' || e.to === 'evil-img').id")
    run.js("id => aikg.showDetails({edge: id})", edge_id)
    run.page.hover("#network", position={"x": 5, "y": 5})
    inert = "document.querySelectorAll('#details img, #details script, #tooltip img, body img').length"
    assert run.js(inert) == 0
    assert XSS_IMG in run.page.inner_text("#details")
    hrefs = run.js("Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
    assert run.page.title().startswith("</title></script>")
    assert run.js("typeof window.__pwned") == "undefined"
    assert run.dialogs == [] and run.errors == [] and run.blocked == []
    run.screenshot("export-payload.png")


def test_csp_stops_markup_that_got_into_the_page_anyway(open_page):
    run = open_page(sample_graph(), name="csp.html")
    run.js("""() => {
        const s = document.createElement('script'); s.textContent = 'window.__pwned = 1'; document.body.appendChild(s);
        document.body.insertAdjacentHTML('beforeend', '<img src="https://evil.example/x.png" onerror="window.__pwned=2">');
    }""")
    run.page.wait_for_timeout(300)
    assert run.js("typeof window.__pwned") == "undefined"
    assert run.blocked == []  # refused by the CSP before it reached the network
    assert any("Content Security Policy" in e and "script-src" in e for e in run.errors)
    assert any("Content Security Policy" in e and "img-src" in e for e in run.errors)


def test_hover_tooltip_is_text_only(open_page):
    run = open_page(payload_graph(), name="hover.html")
    box = run.page.locator("#network").bounding_box()
    point = run.js("aikg.network.canvasToDOM(aikg.network.getPosition('evil-img'))")
    run.page.mouse.move(box["x"] + point["x"] + 1, box["y"] + point["y"] + 1, steps=3)
    run.page.wait_for_selector("#tooltip:not([hidden])", timeout=5_000)
    assert XSS_IMG in run.page.inner_text("#tooltip")
    assert run.js("document.querySelectorAll('#tooltip *:not(div):not(h2):not(dl):not(dt):not(dd)').length") == 0
    assert run.js("typeof window.__pwned") == "undefined" and run.dialogs == []


def test_large_graph_draws_from_precomputed_layout(open_page):
    G = generated_graph(1200)
    run = open_page(G, name="large.html")
    assert run.js("aikg.network.physics.options.enabled") is False
    assert run.counts() == (G.number_of_nodes(), G.number_of_edges())
    assert run.js("aikg.firstDrawMs") < 10_000
    assert run.errors == [] and run.blocked == []
    run.screenshot("export-large.png")


def test_empty_export_still_makes_a_working_page(open_page):
    import networkx as nx

    run = open_page(nx.MultiDiGraph(), name="empty.html")
    assert run.counts() == (0, 0) and run.errors == []
    assert "0 of 0 entities" in run.page.inner_text("#stats")
