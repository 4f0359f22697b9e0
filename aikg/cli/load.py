"""`aikg load`: push the embedded store into Neo4j."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from tqdm import tqdm

from aikg.cli.common import neo4j_options, open_embedded, store_option
from graph.neo4j_store import BATCH_SIZE, LoadSummary, Neo4jStore, Neo4jStoreError

DEFAULT_BATCH_SIZE = None  # the loader's choice (BATCH_SIZE)


def push_to_neo4j(
    store_path: Path,
    quiet: bool = False,
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    batch_size: int | None = DEFAULT_BATCH_SIZE,
) -> LoadSummary:
    """Load the store at ``store_path``; any failure becomes one ClickException line.

    Shared by `aikg load` and `aikg ingest --neo4j`, so both report the same
    way. Connection settings left as None come from NEO4J_* variables.
    """
    embedded = open_embedded(store_path)
    try:
        with _connect(uri, user, password, database) as graph, _progress_bar(quiet) as bar:
            summary = graph.load_from(embedded, batch_size=batch_size, progress=bar)
            target = graph.uri + (f" ({graph.database})" if graph.database else "")
    except Neo4jStoreError as err:
        raise click.ClickException(str(err)) from err
    finally:
        embedded.close()
    click.echo(summary_line(target, summary))
    return summary


def _connect(uri, user, password, database) -> Neo4jStore:
    return Neo4jStore.connect(uri, user=user, password=password, database=database)


class _progress_bar:
    """A tqdm bar on stderr when it is a terminal, fed as ``progress(rows, total)``."""

    def __init__(self, quiet: bool) -> None:
        self.bar = tqdm(unit="row", disable=quiet or not sys.stderr.isatty(), file=sys.stderr)

    def __call__(self, rows: int, total: int) -> None:
        if self.bar.total != total:
            self.bar.total = total
        self.bar.update(rows)

    def __enter__(self) -> "_progress_bar":
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.close()


def summary_line(target: str, summary: LoadSummary) -> str:
    t = summary.totals
    return (
        f"neo4j {target}: {summary.nodes_created} nodes and {summary.relationships_created} "
        f"relationships created in {summary.seconds:.1f} s; graph: {t.articles} articles, "
        f"{t.entities} entities, {t.relations} relations, {t.evidences} evidences"
    )


@click.command()
@store_option
@neo4j_options
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=DEFAULT_BATCH_SIZE,
    help=f"Store rows per transaction [default: {BATCH_SIZE}].",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, summary only.")
def load(store_path, uri, user, password, database, batch_size, quiet):
    """Copy the embedded store into Neo4j: entities, relations, evidence, articles.

    Safe to repeat: a second load creates nothing, a load after new articles
    adds only what is new and refreshes relation qualifiers. If it stops
    half-way (server gone), run it again to complete it.

    \b
    Example:
      aikg load --store aikg.db --uri bolt://127.0.0.1:7687
      NEO4J_PASSWORD=secret aikg load --user neo4j -q
    """
    push_to_neo4j(
        store_path,
        quiet=quiet,
        uri=uri,
        user=user,
        password=password,
        database=database,
        batch_size=batch_size,
    )
