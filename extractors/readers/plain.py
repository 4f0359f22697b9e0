"""Plain text and Markdown: the file content is the article, byte for byte after decoding.

Markdown is not rendered because rendering would shift every character
offset that mentions and evidence point at.
"""

from __future__ import annotations

import re

from extractors.readers.build import Batch, make_article

_CLOSING_HASHES_RE = re.compile(r"\s+#+$")


def read_plain(text: str, raw: bytes, name: str) -> Batch:
    return Batch([make_article(text, name, title=first_line_title(text))], [])


def first_line_title(text: str) -> str | None:
    """The first non-empty line, without Markdown heading marks on either side."""
    for line in text.splitlines():
        title = _CLOSING_HASHES_RE.sub("", line.strip().lstrip("#").strip())
        if title:
            return title
    return None
