"""`aikg evaluate`: run an extractor over a gold set and score it.

Exit codes are part of the contract so scripts and CI can gate on quality:
0 scored, 1 an article failed or F1 is under --fail-under, 2 bad gold input.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Iterator

import click

from aikg.cli.common import make_extractor, min_confidence_option, with_extractor_options
from aikg.cli.output import warn
from extractors.evaluation.gold import GoldError, GoldSet, load_gold
from extractors.evaluation.report import format_report, report_dict
from extractors.evaluation.scoring import score

BAD_INPUT = 2


class _Run:
    """What one pass over the gold articles produced: records, languages, texts, failures."""

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []
        self.languages: dict[str, str] = {}
        self.texts: dict[str, str] = {}
        self.failures: list[str] = []

    def add_articles(self, name: str, articles) -> None:
        if articles:
            self.languages[name] = articles[0].lang
            self.texts[name] = "\n".join(article.text for article in articles)


@click.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--articles",
    "articles_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Directory holding the article files named in the gold lines [default: GOLD_DIR].",
)
@click.option("-v", "--verbose", is_flag=True, help="List every miss and false positive with its sentences.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option(
    "--fail-under",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Exit 1 when overall F1 is below this value (for CI gates).",
)
@click.option(
    "--predictions",
    "predictions_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Score saved `aikg extract` JSONL output instead of running the extractor.",
)
@min_confidence_option
@with_extractor_options
def evaluate(
    gold_dir, articles_dir, verbose, fmt, fail_under, predictions_file, min_confidence, extractor, entity_files, model
):
    """Score an extractor against a gold set (precision, recall, F1).

    GOLD_DIR holds gold.jsonl and entities.jsonl (see ONTOLOGY.md); the
    articles they name are read from --articles, by default GOLD_DIR itself.
    Scores are counted per article over distinct (subject, predicate,
    object), overall, per relation type and per language; status accuracy
    over the true positives is reported on the side.

    \b
    Exit codes: 0 scored, 1 an article failed or F1 < --fail-under,
    2 bad gold input (the message names file and line).

    \b
    Example:
      aikg evaluate corpus/dev -v
      aikg evaluate corpus/test --format json > report.json
      aikg evaluate corpus/dev --fail-under 0.6
      aikg extract corpus/dev > run.jsonl && aikg evaluate corpus/dev --predictions run.jsonl
    """
    gold = _load_or_exit(gold_dir)
    for message in gold.warnings:
        warn(f"warning: {message}")
    paths = _article_paths(gold, articles_dir or gold_dir)
    if predictions_file:
        run = _saved_run(paths, predictions_file, min_confidence)
        source = f"predictions {predictions_file}"
    else:
        run = _live_run(paths, make_extractor(extractor, entity_files, model), min_confidence)
        source = extractor
    result = score(gold, run.records, run.languages)
    meta = {"extractor": source, "min_confidence": min_confidence, "failures": run.failures}
    report = report_dict(result, gold, run.texts, meta)
    _print(report, fmt, verbose)
    sys.exit(_exit_code(result.overall.f1, run.failures, fail_under))


def _load_or_exit(gold_dir: Path) -> GoldSet:
    try:
        return load_gold(gold_dir)
    except GoldError as err:
        _bad_input(str(err))


def _bad_input(message: str):
    warn(f"error: {message}")
    sys.exit(BAD_INPUT)


def _article_paths(gold: GoldSet, articles_dir: Path) -> dict[str, Path]:
    """Article name -> file; a named article that is not there is bad gold input."""
    paths = {}
    for name in gold.articles:
        path = articles_dir / name
        if not path.is_file():
            file, line = _first_mention(gold, name)
            _bad_input(f"{file}:{line}: article {name!r} not found in {articles_dir}")
        paths[name] = path
    return paths


def _first_mention(gold: GoldSet, name: str) -> tuple[Path, int]:
    for rel in gold.relations:
        if rel.article == name:
            return gold.gold_path, rel.line
    entity = next(e for e in gold.entities if e.article == name)
    return gold.entities_path, entity.line


def _live_run(paths: dict[str, Path], engine, min_confidence: float) -> _Run:
    """Extract each gold article through the same pipeline `extract` and `ingest` use."""
    from aikg.cli.ingest import relation_records
    from extractors.pipeline import process_file

    run = _Run()
    for name, path in paths.items():
        result = process_file(path, engine, min_confidence=min_confidence)
        if result.failure:
            run.failures.append(str(result.failure))
        run.add_articles(name, [extraction.article for extraction in result.extractions])
        for extraction in result.extractions:
            # the gold names files; the file, not the reader's idea of a source, is the key
            run.records += [{**record, "article": name} for record in relation_records(extraction)]
    return run


def _saved_run(paths: dict[str, Path], predictions_file: Path, min_confidence: float) -> _Run:
    """Score a saved run; the articles are still read for their language and sentences."""
    from extractors.readers import ReadError, read_path

    run = _Run()
    for name, path in paths.items():
        try:
            run.add_articles(name, read_path(path))
        except ReadError as err:
            run.failures.append(str(err))
    run.records = [r for r in _read_records(predictions_file) if r.get("confidence", 1.0) >= min_confidence]
    return run


def _read_records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8-sig") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                _bad_input(f"{path}:{number}: invalid JSON: {err.msg} (column {err.colno})")
            if not isinstance(record, dict):
                _bad_input(f"{path}:{number}: not an `aikg extract` record (not a JSON object)")
            missing = [k for k in ("article", "subject", "predicate", "object") if k not in record]
            if missing:
                _bad_input(f"{path}:{number}: not an `aikg extract` record (missing {', '.join(missing)})")
            yield record


def _print(report: dict[str, Any], fmt: str, verbose: bool) -> None:
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, verbose=verbose), nl=False)
    for failure in report["meta"]["failures"]:
        warn(f"error: {failure}")


def _exit_code(f1: float, failures: list[str], fail_under: float | None) -> int:
    if fail_under is not None and f1 < fail_under:
        warn(f"F1 {f1:.3f} is below --fail-under {fail_under:.3f}")
        return 1
    return 1 if failures else 0
