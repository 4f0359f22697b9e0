"""`aikg export FORMAT --out PATH [filters]`: the graph as a file for others.

Every format gets the same filters, so an HTML picture and the Gephi file
made with the same options show the same graph. Expected failures (no
store, unknown entity, unwritable path) end in one line, not a traceback.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click
import networkx as nx

from exports import WRITERS, filter_graph
from exports.contract import RELATION_TYPES, STATUSES
from exports.json_graph import read_json

STDOUT = "-"


@click.group()
def export() -> None:
    """Export the knowledge graph (or a filtered part of it) to a file.

    \b
    Examples:
      aikg export html --out openai.html --entity OpenAI --depth 2
      aikg export graphml --out graph.graphml --relation INVESTS_IN --since 2024-01-01
      aikg export csv --out import/   # nodes.csv + relationships.csv for neo4j-admin
    """


def graph_options(command):
    """The input and filter options every format shares."""
    options = [
        click.option("--store", envvar="AIKG_STORE", default="aikg.db", show_default=True,
                     type=click.Path(dir_okay=False), help="Graph store to read (env AIKG_STORE)."),
        click.option("--from-json", "from_json", type=click.Path(exists=True, dir_okay=False),
                     help="Read a JSON export instead of the store."),
        click.option("--entity", help="Only this entity's neighbourhood (id, name or alias)."),
        click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
                     help="Neighbourhood radius around --entity, ignoring direction."),
        click.option("--relation", "relations", multiple=True, metavar="TYPE",
                     type=click.Choice(RELATION_TYPES, case_sensitive=False),
                     help="Keep only this relation type, e.g. INVESTS_IN (repeatable)."),
        click.option("--status", "statuses", multiple=True, metavar="STATUS",
                     type=click.Choice(STATUSES, case_sensitive=False),
                     help="Keep only this status: active, planned, ended, speculative (repeatable)."),
        click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), help="Drop relations below this confidence."),
        click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
                     help="Keep relations last seen on or after this date (YYYY-MM-DD)."),
    ]
    return functools.reduce(lambda cmd, option: option(cmd), reversed(options), command)


def load_graph(store: str, from_json: str | None) -> nx.MultiDiGraph:
    """The whole graph, from a JSON export or the store; errors become one line."""
    if from_json:
        try:
            return read_json(from_json)
        except (OSError, ValueError, KeyError, nx.NetworkXError) as exc:
            raise click.ClickException(f"cannot read {from_json}: {exc}") from None
    if "://" not in store and not Path(store).is_file():
        raise click.ClickException(f"no graph store at {store} (use --store or set AIKG_STORE)")
    try:
        from graph.store import open_store

        return open_store(store).to_networkx()
    except Exception as exc:  # any store failure is reported as one line
        raise click.ClickException(f"cannot read store {store}: {exc}") from None


def selected_graph(params: dict) -> nx.MultiDiGraph:
    """Load and filter the graph as the shared options say."""
    G = load_graph(params["store"], params["from_json"])
    since = params["since"].date() if params["since"] else None
    try:
        return filter_graph(
            G, entity=params["entity"], depth=params["depth"], relations=params["relations"] or None,
            statuses=params["statuses"] or None, min_confidence=params["min_confidence"], since=since,
        )
    except (LookupError, ValueError) as exc:
        raise click.ClickException(exc.args[0] if exc.args else str(exc)) from None


def run_export(fmt: str, out: str, params: dict, **writer_options) -> None:
    """Filter, write and report; OS and data errors become one line."""
    G = selected_graph(params)
    target = _target(fmt, out)
    try:
        WRITERS[fmt](G, target, **writer_options)
    except OSError as exc:
        raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    where = "stdout" if out == STDOUT else out
    click.echo(f"{fmt}: {G.number_of_nodes()} entities, {G.number_of_edges()} relations -> {where}", err=True)


def _target(fmt: str, out: str):
    """A path, or stdout's binary stream for `--out -` (not for the two CSV files)."""
    if out != STDOUT:
        return out
    if fmt == "csv":
        raise click.ClickException("csv writes two files: --out must be a directory or prefix, not -")
    return sys.stdout.buffer


def out_option(help_text: str, *, directory: bool = False):
    return click.option("--out", required=True, type=click.Path(dir_okay=directory), help=help_text)


@export.command("html")
@out_option("HTML file to write (- for stdout).")
@click.option("--title", help="Page title (default: the graph's name).")
@click.option("--max-evidence", type=click.IntRange(min=0), default=5, show_default=True,
              help="Evidence sentences kept per relation.")
@graph_options
def html_command(out: str, title: str | None, max_evidence: int, **params) -> None:
    """Interactive, self-contained HTML page to share (no network needed).

    \b
    Example:
      aikg export html --out openai.html --entity OpenAI --depth 2 --min-confidence 0.6
    """
    run_export("html", out, params, title=title, max_evidence=max_evidence)


def _simple_command(fmt: str, out_help: str, doc: str):
    @export.command(fmt, help=doc)
    @out_option(out_help, directory=fmt == "csv")
    @graph_options
    def command(out: str, **params) -> None:
        run_export(fmt, out, params)

    command.__name__ = f"{fmt}_command"
    return command


graphml_command = _simple_command("graphml", "GraphML file to write (- for stdout).", """GraphML for Gephi and other graph tools.

    \b
    Example:
      aikg export graphml --out graph.graphml --relation INVESTS_IN --relation ACQUIRES
    """)
gexf_command = _simple_command("gexf", "GEXF file to write (- for stdout).", """GEXF for Gephi, with colours, sizes and a timeline.

    \b
    Example:
      aikg export gexf --out graph.gexf --since 2024-01-01
    """)
json_command = _simple_command("json", "JSON file to write (- for stdout).", """Node-link JSON for D3 (nodes + links).

    \b
    Example:
      aikg export json --out graph.json --entity Microsoft --depth 1
    """)
csv_command = _simple_command("csv", "Output directory (nodes.csv, relationships.csv) or file-name prefix.",
                              """CSV files for neo4j-admin database import.

    \b
    Example:
      aikg export csv --out import/
      neo4j-admin database import full --nodes=import/nodes.csv --relationships=import/relationships.csv neo4j
    """)


@export.command("cypher")
@out_option("Cypher script to write (- for stdout).")
@click.option("--evidence/--no-evidence", default=True, show_default=True,
              help="Keep the evidence sentences (most of the size) as a JSON property.")
@graph_options
def cypher_command(out: str, evidence: bool, **params) -> None:
    """Cypher script for cypher-shell; safe to run twice.

    \b
    Example:
      aikg export cypher --out graph.cypher --status active
      cypher-shell -u neo4j -p secret -f graph.cypher
    """
    run_export("cypher", out, params, evidence=evidence)
