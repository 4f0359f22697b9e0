"""The catalogue as a Neo4j Browser guide: one slide per query, click to run.

Neo4j Browser plays guides from HTML (``:play URL``): a ``<slide>`` per
page, and every ``<pre class="runnable">`` block goes into the editor when
clicked. Each query gets two blocks, its ``:param`` lines and its Cypher,
both taken from the ``.cypher`` file, so the guide can never drift from
the catalogue. Every piece of text is HTML-escaped.

Browser fetches the guide from the page's own origin, so the server that
hands it out must send ``Access-Control-Allow-Origin``; plain
``python -m http.server`` does not. ``python -m queries.browser_guide
--serve DIR`` is the same server with that header added.

Examples
--------
>>> from queries.catalogue import default_catalogue
>>> html = render_guide(default_catalogue())
>>> html.count("<slide") == len(default_catalogue()) + 1
True
"""

from __future__ import annotations

import argparse
import functools
import http.server
from html import escape
from pathlib import Path
from typing import IO

from queries.catalogue import Catalogue, Query, browser_line, default_catalogue

GUIDE_DIR = Path(__file__).resolve().parent / "guide"
GUIDE_FILE = GUIDE_DIR / "aikg-queries.html"

STYLE = """<style type="text/css" media="screen">
  .aikg-params td, .aikg-params th { padding: 2px 8px; text-align: left; vertical-align: top; }
  .aikg-index li { margin-bottom: 2px; }
</style>"""


def render_guide(catalogue: Catalogue) -> str:
    """The whole guide as one HTML document fragment, as Browser expects it."""
    slides = [_index_slide(catalogue)] + [_query_slide(query) for query in catalogue]
    return "\n".join([STYLE, '<article class="guide">', '  <carousel class="deck container-fluid">',
                      *slides, "  </carousel>", "</article>", ""])


def _index_slide(catalogue: Catalogue) -> str:
    items = "\n".join(
        f"          <li><b>{escape(q.title)}</b> &mdash; <code>{escape(q.name)}</code></li>" for q in catalogue
    )
    return f"""    <slide class="row-fluid">
      <div class="col-sm-3">
        <h3>aikg: canned queries</h3>
        <p class="lead">{len(catalogue)} questions analysts ask about the AI industry graph.</p>
      </div>
      <div class="col-sm-9">
        <p>Each of the following slides holds one query. Click the first block to put its
        <code>:param</code> lines into the editor and run them, then click the Cypher block and run it.
        Names match an id, the canonical name or an alias in any case.</p>
        <ol class="aikg-index">
{items}
        </ol>
      </div>
    </slide>"""


def _query_slide(query: Query) -> str:
    params = _param_block(query)
    return f"""    <slide class="row-fluid">
      <div class="col-sm-3">
        <h3>{escape(query.title)}</h3>
        <p class="lead"><code>{escape(query.name)}</code></p>
        <p>{escape(query.description)}</p>
{_param_table(query)}
      </div>
      <div class="col-sm-9">
{params}
        <p>Run the query:</p>
        <pre mode="cypher" class="pre-scrollable code runnable">{escape(query.cypher.strip())}</pre>
        <p>Same on the command line: <code>{escape(_cli_line(query))}</code></p>
      </div>
    </slide>"""


def _param_block(query: Query) -> str:
    if not query.params:
        return "        <p>No parameters.</p>"
    lines = "\n".join(browser_line(p.name, p.sample) for p in query.params)
    return (
        "        <p>Set the parameters (edit the values to ask about something else):</p>\n"
        f'        <pre mode="cypher" class="pre-scrollable code runnable">{escape(lines)}</pre>'
    )


def _param_table(query: Query) -> str:
    if not query.params:
        return ""
    rows = "\n".join(
        f"          <tr><td><code>{escape(p.name)}</code></td><td>{escape(p.signature().split(': ', 1)[1])}</td>"
        f"<td>{escape(p.help)}</td></tr>"
        for p in query.params
    )
    return f'        <table class="aikg-params">\n{rows}\n        </table>'


def _cli_line(query: Query) -> str:
    parts = ["aikg query", query.name]
    for param in query.params:
        if param.required:
            parts.append(f"-p {param.name} {_shell_word(str(param.sample))}")
    return " ".join(parts)


def _shell_word(text: str) -> str:
    return text if text.replace("-", "").replace("_", "").isalnum() else "'" + text.replace("'", "'\\''") + "'"


def write_guide(target: Path | str | IO[str], catalogue: Catalogue | None = None) -> None:
    """Write the guide to a path or an open text file."""
    html = render_guide(catalogue or default_catalogue())
    if hasattr(target, "write"):
        target.write(html)
        return
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")


class CorsHandler(http.server.SimpleHTTPRequestHandler):
    """Static files plus the CORS header Neo4j Browser needs to fetch a guide."""

    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


def serve(directory: Path | str, port: int = 8000, host: str = "127.0.0.1") -> None:
    """Serve ``directory`` on localhost until interrupted."""
    handler = functools.partial(CorsHandler, directory=str(directory))
    with http.server.ThreadingHTTPServer((host, port), handler) as server:
        print(f"serving {directory} at http://{host}:{port}/ (Ctrl-C stops)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write the Neo4j Browser guide, or serve a folder with CORS.")
    parser.add_argument("--out", type=Path, default=GUIDE_FILE, help=f"guide file (default {GUIDE_FILE})")
    parser.add_argument("--serve", type=Path, metavar="DIR", help="serve DIR instead of writing the guide")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve, args.port)
    else:
        write_guide(args.out)
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
