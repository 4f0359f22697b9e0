"""Options and helpers shared by command modules."""

from __future__ import annotations

from pathlib import Path

import click

from graph.store import DEFAULT_STORE, GraphStore, open_store

store_option = click.option(
    "--store",
    "store_path",
    envvar="AIKG_STORE",
    default=DEFAULT_STORE,
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Embedded store file (env AIKG_STORE).",
)

min_confidence_option = click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Keep only relations scored at least this high.",
)

extractor_options = [
    click.option("--extractor", default="rules", show_default=True, help="Registered extractor name."),
    click.option(
        "--entities",
        "entity_files",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        envvar="AIKG_ENTITIES",
        help="Extra entity file (JSONL, knowledge-base schema); repeatable (env AIKG_ENTITIES).",
    ),
    click.option("--model", default=None, help="Installed spaCy pipeline whose ORG/PERSON entities join in."),
]


def with_extractor_options(func):
    for option in reversed(extractor_options):
        func = option(func)
    return func


def make_extractor(extractor: str, entity_files: tuple[Path, ...], model: str | None):
    from extractors.base import create

    try:
        return create(extractor, entity_files=list(entity_files), model=model)
    except (ValueError, OSError) as err:
        raise click.ClickException(str(err)) from err


def open_embedded(store_path: Path, must_exist: bool = True) -> GraphStore:
    if must_exist and not store_path.exists():
        raise click.ClickException(f"{store_path}: no store here yet; run `aikg ingest PATH` first")
    try:
        return open_store(store_path)
    except ValueError as err:
        raise click.ClickException(str(err)) from err


def neo4j_options(func):
    """--uri/--user/--password/--database, read from NEO4J_* when not given (one definition
    for every command that talks to Neo4j)."""
    from graph.neo4j_store import DEFAULT_URI

    options = [
        click.option("--uri", envvar="NEO4J_URI", default=DEFAULT_URI, show_default=True,
                     help="Bolt or neo4j URI of the server (env NEO4J_URI)."),
        click.option("--user", envvar="NEO4J_USER", help="User name (env NEO4J_USER); omit when auth is off."),
        click.option("--password", envvar="NEO4J_PASSWORD", help="Password (env NEO4J_PASSWORD)."),
        click.option("--database", envvar="NEO4J_DATABASE",
                     help="Database name (env NEO4J_DATABASE); the server's default if omitted."),
    ]
    for option in reversed(options):
        func = option(func)
    return func
