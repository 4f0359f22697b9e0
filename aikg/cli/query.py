"""`aikg query` (the canned-query catalogue) and `aikg cypher` (read-only ad-hoc Cypher)."""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from aikg.cli.common import neo4j_options, open_embedded, store_option
from aikg.cli.output import format_option, print_rows
from queries.catalogue import Catalogue, QueryError, UnknownQuery, default_catalogue, return_columns


class UsageFailure(click.ClickException):
    """A usage mistake in one line (no usage dump), exit code 2 like click's own."""

    exit_code = 2


timeout_option = click.option(
    "--timeout", type=click.FloatRange(min=0.1), default=120.0, show_default=True,
    help="Seconds Neo4j may spend on the query before the server stops it.",
)

param_option = click.option(
    "-p", "--param", "params", nargs=2, multiple=True, metavar="KEY VALUE",
    help="A query parameter; repeatable.",
)


def connect_neo4j(uri: str, user: str | None, password: str | None, database: str | None):
    from graph.neo4j_store import Neo4jStore, Neo4jStoreError

    try:
        return Neo4jStore.connect(uri, user=user, password=password, database=database)
    except Neo4jStoreError as err:
        raise click.ClickException(str(err)) from err


def collect_params(pairs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    given: dict[str, str] = {}
    for key, value in pairs:
        if key in given:
            raise UsageFailure(f"parameter {key!r} given twice")
        given[key] = value
    return given


def catalogue_rows(catalogue: Catalogue) -> list[dict[str, Any]]:
    return [
        {"name": q.name, "title": q.title, "parameters": ", ".join(p.signature() for p in q.params)}
        for q in catalogue
    ]


def unknown_query(name: str, catalogue: Catalogue) -> UsageFailure:
    close = difflib.get_close_matches(name, [q.name for q in catalogue], n=1)
    hint = f"; did you mean {close[0]!r}?" if close else "; `aikg query` lists the catalogue"
    return UsageFailure(f"unknown query {name!r}{hint}")


@click.command()
@click.argument("name", required=False)
@param_option
@store_option
@click.option("--neo4j", "use_neo4j", is_flag=True, help="Ask Neo4j instead of the embedded store.")
@neo4j_options
@timeout_option
@format_option("table", "json", "jsonl", "csv")
@click.option("--browser-guide", "guide_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the catalogue as a Neo4j Browser guide (HTML) to this file and stop.")
@click.pass_context
def query(ctx, name, params, store_path, use_neo4j, uri, user, password, database, timeout, fmt, guide_path):
    """Run a canned query; without NAME, list the catalogue.

    Names (`-p name ...`) match an id, the canonical name or an alias in any
    case, with or without a possessive -s ("openai", "OpenAIs", "AWS").
    The same queries run on the embedded store (default) and on Neo4j
    (`--neo4j`, or any `--uri`), with the same columns and rows.

    \b
    Example:
      aikg query
      aikg query partners_of -p name OpenAI
      aikg query path_between -p a Nvidia -p b Microsoft -p max_depth 3 --format json
      aikg query investors_in -p name anthropic --neo4j --uri bolt://127.0.0.1:7687
      aikg query --browser-guide guide.html
    """
    catalogue = default_catalogue()
    if guide_path is not None:
        return _write_guide(guide_path, catalogue)
    if not name:
        return print_rows(catalogue_rows(catalogue), fmt, ["name", "title", "parameters"])
    try:
        found = catalogue.get(name)
        bound = found.bind(collect_params(params))
    except UnknownQuery as err:
        raise unknown_query(name, catalogue) from err
    except QueryError as err:
        raise UsageFailure(str(err)) from err
    neo4j = use_neo4j or ctx.get_parameter_source("uri") is ParameterSource.COMMANDLINE
    rows = _run(found.name, bound, store_path, neo4j, (uri, user, password, database), timeout)
    print_rows(rows, fmt, _columns(rows, found.cypher))


def _run(name: str, bound: dict, store_path: Path, neo4j: bool, settings: tuple, timeout: float) -> list[dict]:
    from graph.neo4j_store import Neo4jStoreError
    from queries.runner import run_query

    store = connect_neo4j(*settings) if neo4j else open_embedded(store_path)
    try:
        return run_query(store, name, bound, timeout=timeout)
    except Neo4jStoreError as err:
        raise click.ClickException(str(err)) from err
    finally:
        store.close()


def _columns(rows: list[dict], cypher: str) -> list[str] | None:
    """Headers for an empty result come from the query's RETURN, so `--format csv` stays parseable."""
    return None if rows else return_columns(cypher)


def _write_guide(path: Path, catalogue: Catalogue) -> None:
    from queries.browser_guide import write_guide

    try:
        write_guide(path, catalogue)
    except OSError as err:
        raise click.ClickException(f"{path}: cannot write the guide ({err.strerror or err})") from err
    click.echo(f"wrote {path}; serve its folder (python -m queries.browser_guide --serve DIR) "
               f"and run :play http://localhost:8000/{path.name} in Neo4j Browser")


def parse_value(text: str) -> Any:
    """Ad-hoc parameters: JSON when it parses (numbers, true, lists), else the text itself."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


@click.command()
@click.argument("statement")
@param_option
@neo4j_options
@timeout_option
@format_option("table", "json", "jsonl", "csv")
def cypher(statement, params, uri, user, password, database, timeout, fmt):
    """Run read-only Cypher against Neo4j and print the rows.

    The statement runs in a READ transaction, and statements that write
    (CREATE, MERGE, SET, DELETE, REMOVE, DROP, FOREACH, LOAD CSV, server
    procedures) are refused before they reach the server. `-p` values are
    read as JSON when they parse (`-p n 3` is a number, `-p n '"3"'` text).

    \b
    Example:
      aikg cypher "MATCH (e:Company) RETURN e.name AS name ORDER BY name LIMIT 5"
      aikg cypher "MATCH (:Name {key: \\$key})-[:NAMES]->(e) RETURN e.id" -p key openai
    """
    from graph.neo4j_store import Neo4jStoreError
    from queries.runner import check_read_only, run_cypher

    given = {key: parse_value(value) for key, value in collect_params(params).items()}
    try:
        check_read_only(statement)
    except QueryError as err:
        raise UsageFailure(str(err)) from err
    store = connect_neo4j(uri, user, password, database)
    try:
        rows = run_cypher(store, statement, given, timeout)
    except Neo4jStoreError as err:
        raise click.ClickException(str(err)) from err
    finally:
        store.close()
    print_rows(rows, fmt)
