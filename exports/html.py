"""One self-contained, shareable HTML page: vis-network plus our controls.

The page makes no network request: vis-network 9.1.2 and its CSS (as
bundled with pyvis) are inlined, there are no fonts or images to fetch,
and a Content-Security-Policy forbids fetching anything and runs only the
two scripts whose hashes it lists. pyvis' own page template is not used
because it loads Bootstrap from a CDN and builds its lists quadratically.

Article text is hostile: the graph data sits in a JSON <script> block in
which `<`, `>`, `&` and U+2028/9 are \\u-escaped, so no string can close the
block, and the page script builds tooltips with DOM text nodes only (vis-
network itself sets string titles with innerText; we pass it none).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib import resources

import networkx as nx
from networkx.utils import open_file

from exports.html_data import page_data
from exports.streams import text_stream

PHYSICS_THRESHOLD = 300
MAX_EVIDENCE = 5
DEFAULT_TITLE = "AI industry knowledge graph"
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                   0x2028: "\\u2028", 0x2029: "\\u2029"}
_MARKER = re.compile(r"__([A-Z_]+)__")


@open_file(1, mode="wb")
def write_html(G: nx.MultiDiGraph, path, *, title: str | None = None,
               physics_threshold: int = PHYSICS_THRESHOLD, max_evidence: int = MAX_EVIDENCE) -> None:
    """Write the interactive page.

    Graphs up to `physics_threshold` nodes settle their layout with physics
    once; larger ones are drawn from precomputed positions, so a 5,000-node
    page is interactive in well under two seconds.

    Examples
    --------
    >>> write_html(G, "graph.html", title="OpenAI and partners")
    """
    with text_stream(path) as fh:
        fh.write(render_html(G, title=title, physics_threshold=physics_threshold, max_evidence=max_evidence))


def render_html(G: nx.MultiDiGraph, *, title: str | None = None,
                physics_threshold: int = PHYSICS_THRESHOLD, max_evidence: int = MAX_EVIDENCE) -> str:
    """The page as a string."""
    physics = 0 < G.number_of_nodes() <= physics_threshold
    data = page_data(G, physics=physics, max_evidence=max_evidence)
    heading = str(title or G.graph.get("name") or DEFAULT_TITLE)
    vis_js, vis_css = vis_assets()
    page_js, page_css, template = _page_assets()
    parts = {
        "TITLE": html.escape(heading), "VIS_CSS": vis_css, "PAGE_CSS": page_css, "VIS_JS": vis_js,
        "PAGE_JS": page_js, "DATA": script_json(data), "CSP": content_security_policy(vis_js, page_js),
    }
    return _MARKER.sub(lambda m: parts[m.group(1)], template)


def script_json(value: object) -> str:
    """JSON that is inert inside an HTML <script> block."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.translate(_SCRIPT_ESCAPES)


def content_security_policy(*scripts: str) -> str:
    """Allow exactly our inline scripts; no fetches, no injected handlers."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


@cache
def vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS from pyvis' package, checked safe to inline."""
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    js = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", js)
    for name, text in (("vis-network.min.js", js), ("vis-network.css", css)):
        if re.search(r"</(script|style)|<!--", text, re.IGNORECASE):
            raise RuntimeError(f"{name} cannot be inlined safely")
    return js, css


@cache
def _page_assets() -> tuple[str, str, str]:
    here = resources.files("exports")
    return tuple((here / name).read_text(encoding="utf-8") for name in ("html_page.js", "html_page.css", "html_page.html"))
