"""`aikg extract` (no store) and `aikg ingest` (extract and store)."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import click
from tqdm import tqdm

from aikg.cli.common import (
    make_extractor,
    min_confidence_option,
    open_embedded,
    store_option,
    with_extractor_options,
)
from aikg.cli.output import print_table, warn
from extractors.pipeline import FileResult, WorkerLost, process_paths
from extractors.readers import iter_input_files
from graph.models import Extraction

# no existence or readability check here: a bad path is one error line, and the batch goes on
paths_argument = click.argument(
    "paths", nargs=-1, required=True, type=click.Path(readable=False, path_type=Path)
)


def relation_records(extraction: Extraction) -> list[dict]:
    """The `extract` contract: one flat object per relation, names not ids."""
    records = []
    for rel in extraction.relations:
        subject, obj = extraction.entity(rel.subject), extraction.entity(rel.object)
        records.append(
            {
                "article": extraction.article.source,
                "subject": subject.name,
                "subject_type": subject.type.value,
                "predicate": rel.predicate.value,
                "object": obj.name,
                "object_type": obj.type.value,
                "status": rel.status.value,
                "negated": rel.negated,
                "confidence": rel.confidence,
                "attributes": rel.attributes,
                "subject_id": subject.id,
                "object_id": obj.id,
                "evidence": [
                    {"sentence": ev.sentence, "start": ev.start, "end": ev.end, "rule": ev.rule}
                    for ev in rel.evidence
                ],
            }
        )
    return records


def _progress(paths: tuple[Path, ...], quiet: bool):
    files = list(iter_input_files(paths))
    bar = tqdm(total=len(files), unit="file", disable=quiet or not sys.stderr.isatty(), file=sys.stderr)
    return files, bar


def _report_problems(result: FileResult) -> int:
    """One stderr line per failed file or skipped record; returns how many."""
    problems = [str(result.failure)] if result.failure else []
    problems += result.warnings
    for problem in problems:  # one line each, whatever an exception message holds
        tqdm.write("error: " + " ".join(problem.splitlines()), file=sys.stderr)
    return len(problems)


jobs_option = click.option(
    "-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
    help="Worker processes extracting files in parallel (0 = one per CPU); output keeps the input order.",
)


@click.command()
@paths_argument
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@min_confidence_option
@with_extractor_options
@jobs_option
def extract(paths, fmt, min_confidence, extractor, entity_files, model, jobs):
    """Extract relations from articles and print them; nothing is stored.

    PATHS are files or directories (.txt .md .html .json .jsonl .rss .atom .xml).

    \b
    Example:
      aikg extract examples/corpus/dev --format table
      aikg extract news.jsonl --min-confidence 0.7 > relations.jsonl
      aikg extract archive/ --jobs 0 > relations.jsonl
    """
    engine = make_extractor(extractor, entity_files, model)
    files, bar = _progress(paths, quiet=False)
    failed, rows = 0, []
    try:
        for result in process_paths(files, engine, min_confidence=min_confidence, jobs=jobs):
            bar.update(1)
            failed += _report_problems(result)
            for extraction in result.extractions:
                for record in relation_records(extraction):
                    if fmt == "jsonl":
                        click.echo(json.dumps(record, ensure_ascii=False))
                    else:
                        rows.append(record)
    except WorkerLost as err:
        bar.close()
        raise click.ClickException(str(err)) from err
    bar.close()
    if fmt == "table":
        print_table(rows, ["article", "subject", "predicate", "object", "status", "negated", "confidence"])
    sys.exit(1 if failed else 0)


@click.command()
@paths_argument
@store_option
@min_confidence_option
@with_extractor_options
@click.option("--neo4j", "to_neo4j", is_flag=True, help="Also write to Neo4j (see `aikg load --help`).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, summary only.")
@jobs_option
def ingest(paths, store_path, min_confidence, extractor, entity_files, model, to_neo4j, quiet, jobs):
    """Extract relations from articles and add them to the store.

    Re-ingesting an article already in the store changes nothing. A bad file
    prints one error line and the rest of the batch goes on; the exit code is
    0 only when no file failed.

    \b
    Example:
      aikg ingest examples/corpus --store aikg.db
      aikg ingest feed.xml article.html --neo4j
    """
    engine = make_extractor(extractor, entity_files, model)
    store = open_embedded(store_path, must_exist=False)
    files, bar = _progress(paths, quiet)
    counts = {"new": 0, "unchanged": 0, "failed": 0}
    try:
        for result in process_paths(files, engine, min_confidence=min_confidence, jobs=jobs):
            bar.update(1)
            counts["failed"] += _report_problems(result)
            for extraction in result.extractions:
                try:
                    counts[store.add(extraction).outcome] += 1
                except sqlite3.Error as err:  # e.g. a locked or full store: this article only
                    counts["failed"] += 1
                    tqdm.write(f"error: {result.path}: could not store {extraction.article.source}: {err}", file=sys.stderr)
    except WorkerLost as err:  # what was stored stays; ingesting again skips it
        bar.close()
        store.close()
        raise click.ClickException(str(err)) from err
    bar.close()
    stats = store.stats()
    store.close()
    click.echo(
        f"articles: {counts['new']} new, {counts['unchanged']} unchanged, {counts['failed']} failed; "
        f"store: {stats.articles} articles, {stats.entities} entities, "
        f"{stats.relations} relations, {stats.evidences} evidences"
    )
    if to_neo4j:
        from aikg.cli.load import push_to_neo4j

        push_to_neo4j(store_path, quiet=quiet)
    sys.exit(1 if counts["failed"] else 0)
