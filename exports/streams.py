"""Path-or-file plumbing shared by the writers.

Writers are decorated with networkx's `open_file(…, mode="wb")`, so a path
(also `.gz`/`.bz2`) is opened in binary mode and an open file is used as is.
Callers may still hand in a text file (sys.stdout, StringIO); these helpers
let each writer use the kind of stream its serializer wants.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO


def is_text(fh: IO) -> bool:
    return isinstance(fh, io.TextIOBase)


@contextmanager
def text_stream(fh: IO) -> Iterator[IO[str]]:
    """Yield a UTF-8 text view of `fh` without closing the caller's file."""
    if is_text(fh):
        yield fh
        return
    wrapper = io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=True)
    try:
        yield wrapper
        wrapper.flush()
    finally:
        wrapper.detach()


@contextmanager
def binary_stream(fh: IO) -> Iterator[IO[bytes]]:
    """Yield a binary stream; for a text file, buffer and write decoded UTF-8."""
    if not is_text(fh):
        yield fh
        return
    buffer = io.BytesIO()
    yield buffer
    fh.write(buffer.getvalue().decode("utf-8"))
