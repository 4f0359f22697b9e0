"""Files in, extractions out: the flow shared by `extract`, `ingest` and `evaluate`.

Each input file is read and extracted on its own; a bad file becomes one
:class:`Failure` and the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import os
from multiprocessing.connection import Connection, wait
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
    paths: Iterable[Path], extractor: Extractor, *, min_confidence: float = 0.0, jobs: int = 1
) -> Iterator[FileResult]:
    """Results in input order. With ``jobs`` > 1 the files are extracted by that many worker
    processes (0: one per CPU), each a copy of the ready extractor: extraction is CPU-bound
    and the rules hold no state between articles, so throughput grows with the cores."""
    files = list(iter_input_files(paths))
    workers = resolve_jobs(jobs, len(files))
    if workers <= 1:
        for path in files:
            yield process_file(path, extractor, min_confidence=min_confidence)
        return
    warm = getattr(extractor, "resources", None)
    for lang in ("de", "en") if callable(warm) else ():
        warm(lang)  # built once here, inherited by every worker instead of built in each
    yield from _in_workers(files, extractor, min_confidence, workers)


def resolve_jobs(jobs: int, files: int) -> int:
    """How many processes to use: ``jobs`` (0 = one per CPU), never more than the files, and
    one where processes cannot be forked from the ready extractor."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per CPU) or more, not {jobs}")
    wanted = jobs or os.cpu_count() or 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(wanted, files))


class WorkerLost(RuntimeError):
    """A worker process ended without sending its result (killed, or out of memory)."""


AHEAD = 2  # files handed to a worker before its first result is back: it never waits for the next
WINDOW = 8  # files per worker that may finish ahead of the one the output waits for


def _in_workers(files: list[Path], extractor: Extractor, min_confidence: float, workers: int) -> Iterator[FileResult]:
    """Results in input order from ``workers`` forked processes, each a copy of the ready extractor.

    The parent does nothing but hand out paths and take back results, in one thread: a
    process pool's helper threads wake at every message and take processor time from the
    workers, which on a machine with few cores is the time extraction needs."""
    context = multiprocessing.get_context("fork")
    links: list[Connection] = []
    processes = []
    try:
        for _ in range(workers):
            ours, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs, extractor, min_confidence), daemon=True)
            process.start()
            theirs.close()
            links.append(ours)
            processes.append(process)
        handed = 0  # files handed out so far
        waiting: dict[Connection, int] = {link: 0 for link in links}  # files each worker holds
        finished: dict[int, FileResult] = {}
        for index in range(len(files)):
            try:
                while index not in finished:
                    for link in links:  # keep every worker supplied, within the window
                        while waiting[link] < AHEAD and handed < min(len(files), index + WINDOW * workers):
                            link.send((handed, files[handed]))
                            waiting[link] += 1
                            handed += 1
                    for link in wait([link for link in links if waiting[link]]):
                        done, result = link.recv()
                        waiting[link] -= 1
                        finished[done] = result
            except (EOFError, OSError):  # the pipe of a worker that is gone: closed, reset or broken
                raise WorkerLost(
                    f"an extraction worker process ended while reading {files[index]} or a file after it "
                    "(killed, or out of memory); the results before it were written. Run the command "
                    "again with fewer --jobs (--jobs 1 extracts in this process)") from None
            yield finished.pop(index)
    finally:
        for link in links:
            try:
                link.send(None)  # no more files: the worker ends
            except OSError:
                pass
            link.close()
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()


def _serve(link: Connection, extractor: Extractor, min_confidence: float) -> None:
    """A worker: extract each file handed over until told to stop."""
    while True:
        try:
            task = link.recv()
        except EOFError:  # the parent is gone
            return
        if task is None:
            return
        index, path = task
        link.send((index, process_file(path, extractor, min_confidence=min_confidence)))


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
