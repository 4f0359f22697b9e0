"""Article files in, Articles out; every problem becomes one ReadError line.

The CLI and the ingest pipeline read many files in one run, so a broken
file must cost one clear message ("path: problem"), never the whole run.
Files holding several articles (JSON lists, JSON Lines, feeds) may lose
single records; `read_path_report` tells which, `read_path` just returns
what is usable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.models import Article
from extractors.readers import files
from extractors.readers.build import Batch
from extractors.readers.decoding import decode_text
from extractors.readers.errors import FormatError, ReadError
from extractors.readers.plain import read_plain
from extractors.readers.records import read_json, read_jsonl

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ReadError",
    "ReadReport",
    "SUPPORTED_SUFFIXES",
    "iter_input_files",
    "read_path",
    "read_path_report",
]

DEFAULT_MAX_BYTES = files.DEFAULT_MAX_BYTES

_Reader = Callable[[str, bytes, str], Batch]


# The HTML and feed readers are imported when a file needs them: their parsers
# (trafilatura, feedparser, lxml) take longer to import than a small batch of plain
# text takes to read, and most runs read plain text or JSON only.
def read_html(text: str, raw: bytes, name: str) -> Batch:
    from extractors.readers.htmlpage import read_html as read

    return read(text, raw, name)


def read_feed(text: str, raw: bytes, name: str) -> Batch:
    from extractors.readers.feeds import read_feed as read

    return read(text, raw, name)


_READERS: dict[str, _Reader] = {
    ".txt": read_plain,
    ".md": read_plain,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(sorted(_READERS))


@dataclass(frozen=True)
class ReadReport:
    """The usable articles of one file and the records that had to be skipped."""

    path: Path
    articles: list[Article]
    problems: list[str] = field(default_factory=list)

    def messages(self) -> list[str]:
        """Skipped records in the same "path: problem" form as a ReadError."""
        return [f"{self.path}: {problem}" for problem in self.problems]


def read_path(path: Path, *, max_bytes: int | None = None) -> list[Article]:
    """All usable articles of one file; max_bytes defaults to AIKG_MAX_BYTES or 10 MB."""
    return read_path_report(path, max_bytes=max_bytes).articles


def read_path_report(path: Path, *, max_bytes: int | None = None) -> ReadReport:
    """Like read_path, plus the problems of skipped records.

    Raises ReadError only when the file yields no article at all.
    """
    path = Path(path)
    info = files.stat_file(path)
    reader = _reader_for(path)
    limit = files.max_bytes_limit(path) if max_bytes is None else max_bytes
    raw = files.load_bytes(path, info, limit)
    try:
        text = decode_text(raw)
        if not text.strip():
            raise FormatError("file contains only whitespace")
        batch = reader(text, raw, path.name)
    except FormatError as err:
        raise ReadError(path, err.problem) from None
    return ReadReport(path, batch.articles, batch.problems)


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Directories expand recursively (sorted; hidden, gold and unsupported files skipped).

    Explicit file paths are yielded as given, even when missing or of an
    unknown type, so that read_path reports them instead of them vanishing.
    """
    return files.iter_input_files(paths, SUPPORTED_SUFFIXES)


def _reader_for(path: Path) -> _Reader:
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is not None:
        return reader
    supported = ", ".join(SUPPORTED_SUFFIXES)
    kind = f"unsupported file type {suffix!r}" if suffix else "file has no suffix"
    raise ReadError(path, f"{kind}; supported: {supported}")
