"""RSS 2.0 and Atom feeds: one article per entry.

The raw bytes go to the feed parser, not our decoded text, because XML
declares its own encoding and the parser honours that declaration.
"""

from __future__ import annotations

import io
import re
from datetime import date

import feedparser

from extractors.readers.build import Batch, make_article, nothing_usable, record_source
from extractors.readers.dates import parse_date
from extractors.readers.errors import FormatError
from extractors.readers.markup import fragment_text

_PARSER_PLACE_RE = re.compile(r"^<unknown>:(\d+):(\d+):\s*")


def read_feed(text: str, raw: bytes, name: str) -> Batch:
    # A stream, never bytes or str: given those, the parser may treat content as a file name or URL.
    try:
        feed = feedparser.parse(io.BytesIO(raw))
    except Exception as err:  # the parser's failure on hostile markup is an input problem
        raise FormatError(f"malformed XML ({type(err).__name__}: {err})") from None
    _require_feed(feed)
    feed_language = feed.feed.get("language")
    articles, problems = [], []
    for number, entry in enumerate(feed.entries, 1):
        try:
            articles.append(_article(entry, record_source(name, number), feed_language))
        except FormatError as err:
            problems.append(f"entry {number}: {err.problem}")
    if not articles:
        raise nothing_usable(problems)
    return Batch(articles, problems)


def _require_feed(feed) -> None:
    """The lenient parser recovers what it can, so only a feed without entries is fatal."""
    if feed.version and feed.entries:
        return
    if feed.get("bozo") and not feed.entries:
        raise FormatError(f"malformed XML ({_parser_message(feed.get('bozo_exception'))})")
    if not feed.version:
        raise FormatError("not an RSS or Atom feed")
    raise FormatError("feed has no entries")


def _parser_message(exception: object) -> str:
    message = str(exception)
    match = _PARSER_PLACE_RE.match(message)
    if match:
        line, column = match.groups()
        return f"line {line}, column {column}: {message[match.end():]}"
    return message


def _article(entry, source: str, feed_language: str | None):
    detail = _body(entry)
    if detail is None:
        raise FormatError("no content or summary")
    return make_article(
        _detail_text(detail),
        source,
        lang=detail.get("language") or entry.get("language") or feed_language,
        title=entry.get("title"),
        url=entry.get("link"),
        published=_published(entry),
    )


def _published(entry) -> date | None:
    """The date as written in the feed; the parser's own value is converted to UTC, so it only backs up."""
    for key in ("published", "updated", "created"):
        written = parse_date(entry.get(key))
        if written is not None:
            return written
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return date(*parsed[:3])
    return None


def _body(entry):
    """The full content when the feed carries it, else the summary; the longer content wins."""
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if contents:
        return max(contents, key=lambda c: len(c.get("value") or ""))
    summary = entry.get("summary_detail")
    if summary and (summary.get("value") or "").strip():
        return summary
    return None


def _detail_text(detail) -> str:
    value = detail.get("value") or ""
    if detail.get("type") == "text/plain":
        return value.strip()
    return fragment_text(value)
