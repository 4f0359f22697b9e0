"""Finding input files and loading them safely.

Every check that can be made without reading the content (existence,
kind, size) comes first, so a 50 GB dump or a device file given by
mistake is refused in microseconds instead of filling memory.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from extractors.readers.decoding import looks_binary
from extractors.readers.errors import ReadError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
MAX_BYTES_ENV = "AIKG_MAX_BYTES"
# Annotation files live next to the articles they annotate but are not articles.
GOLD_FILE_NAMES = frozenset({"gold.jsonl", "entities.jsonl"})
# a folder's own documentation is not an article ("README.md" beside a corpus)
DOC_FILE_STEMS = frozenset({"readme", "license", "changelog", "contributing"})


def max_bytes_limit(path: Path) -> int:
    """The size limit in force now; read per call so tests and long runs see changes."""
    value = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    if not value.isdigit() or int(value) == 0:
        raise ReadError(path, f"{MAX_BYTES_ENV} must be a positive number of bytes, not {value!r}")
    return int(value)


def stat_file(path: Path) -> os.stat_result:
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise ReadError(path, "file does not exist") from None
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except OSError as err:
        raise ReadError(path, f"cannot access file: {err.strerror or err}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(path, "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(path, "is not a regular file")
    return info


def load_bytes(path: Path, info: os.stat_result, max_bytes: int) -> bytes:
    """The whole file, after the size check; refuses empty and binary content."""
    _check_size(path, info.st_size, max_bytes)
    if info.st_size == 0:
        raise ReadError(path, "file is empty")
    raw = _read(path, max_bytes)
    if looks_binary(raw):
        raise ReadError(path, "binary file, not text (NUL or control bytes in the first 8 KB)")
    return raw


def _check_size(path: Path, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise ReadError(
            path,
            f"file is too large: {_human(size)} ({size} bytes), the limit is {_human(max_bytes)} "
            f"({max_bytes} bytes); set {MAX_BYTES_ENV} to raise it",
        )


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except OSError as err:
        raise ReadError(path, f"cannot read file: {err.strerror or err}") from None
    # the file may have grown since it was measured
    _check_size(path, len(raw), max_bytes)
    return raw


def _human(size: float) -> str:
    if size < 1024:
        return f"{int(size)} bytes"
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            break
    return f"{size:.1f} {unit}"


def iter_input_files(paths: Iterable[Path], suffixes: Iterable[str]) -> Iterator[Path]:
    """Directories expand to their readable article files; anything else passes through.

    Explicit paths are yielded even when missing or of an unknown type, so
    that reading them reports the problem instead of it vanishing silently.
    """
    wanted = frozenset(suffixes)
    for path in map(Path, paths):
        if path.is_dir():
            yield from _walk(path, wanted)
        else:
            yield path


def _walk(root: Path, suffixes: frozenset[str]) -> Iterator[Path]:
    found = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        found.extend(
            Path(folder, name)
            for name in filenames
            if not name.startswith(".")
            and name not in GOLD_FILE_NAMES
            and Path(name).stem.lower() not in DOC_FILE_STEMS
            and Path(name).suffix.lower() in suffixes
        )
    yield from sorted(found, key=lambda path: path.relative_to(root).parts)
