"""Files in, extractions out: the flow shared by `extract`, `ingest` and `evaluate`.

Each input file is read and extracted on its own; a bad file becomes one
:class:`Failure` and the batch goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from extractors.base import Extractor
from extractors.readers import ReadError, iter_input_files, read_path_report
from graph.models import Extraction, Relation


@dataclass(frozen=True)
class Failure:
    path: Path
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass
class FileResult:
    path: Path
    extractions: list[Extraction] = field(default_factory=list)
    failure: Failure | None = None
    warnings: list[str] = field(default_factory=list)


def keep_confident(extraction: Extraction, min_confidence: float) -> Extraction:
    """Drop relations under the threshold (entities and mentions stay)."""
    if min_confidence <= 0:
        return extraction
    kept: tuple[Relation, ...] = tuple(
        r for r in extraction.relations if r.confidence >= min_confidence
    )
    return extraction.model_copy(update={"relations": kept})


def process_paths(
    paths: Iterable[Path], extractor: Extractor, *, min_confidence: float = 0.0
) -> Iterator[FileResult]:
    for path in iter_input_files(paths):
        yield process_file(path, extractor, min_confidence=min_confidence)


def process_file(path: Path, extractor: Extractor, *, min_confidence: float = 0.0) -> FileResult:
    result = FileResult(path=path)
    try:
        report = read_path_report(path)
    except ReadError as err:
        result.failure = Failure(path, err.problem)
        return result
    # records skipped inside an otherwise usable file (a broken JSONL line, a feed item)
    result.warnings.extend(report.messages())
    for article in report.articles:
        try:
            extraction = extractor.extract(article)
        except Exception as err:  # an extractor bug must not end the batch
            problem = f"{article.source}: extraction failed: {type(err).__name__}: {err}"
            if result.failure is None:
                result.failure = Failure(path, problem)
            else:
                result.warnings.append(problem)
            continue
        result.extractions.append(keep_confident(extraction, min_confidence))
    return result
