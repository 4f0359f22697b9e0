"""The single place where reader output becomes an Article, so every format
resolves language, dates and empty fields the same way."""

from __future__ import annotations

from typing import NamedTuple

from pydantic import ValidationError

from graph.models import Article
from extractors.language import UnsupportedLanguage, detect_language, normalise_language
from extractors.readers.dates import parse_date
from extractors.readers.decoding import normalise_text
from extractors.readers.errors import FormatError


class Batch(NamedTuple):
    """What one format reader got out of one file: articles plus per-record problems."""

    articles: list[Article]
    problems: list[str]


def make_article(
    text: str,
    source: str,
    *,
    lang: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: object = None,
) -> Article:
    """Declared language wins over detection; blank optional fields become None."""
    text = normalise_text(text)
    if not text.strip():
        raise FormatError("no article text")
    try:
        return Article.create(
            text,
            source,
            _language(lang, text),
            title=_optional(title),
            url=_optional(url),
            published=parse_date(published),
        )
    except ValidationError as err:
        raise FormatError(f"invalid article: {err.errors()[0]['msg']}") from None


def _language(declared: str | None, text: str) -> str:
    try:
        code = normalise_language(declared)
    except UnsupportedLanguage as err:
        raise FormatError(str(err)) from None
    return code or detect_language(text)


def _optional(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(normalise_text(value).split())
    return value or None


def record_source(basename: str, number: int) -> str:
    """Distinct names for the articles of one file; numbers start at 1 like line numbers."""
    return f"{basename}#{number}"


def nothing_usable(problems: list[str]) -> FormatError:
    """One message for a file where every record failed, led by the first cause."""
    if not problems:
        return FormatError("no articles found")
    if len(problems) == 1:
        return FormatError(problems[0])
    shown = "; ".join(problems[:3])
    more = f"; and {len(problems) - 3} more" if len(problems) > 3 else ""
    return FormatError(f"no usable article ({len(problems)} problems): {shown}{more}")
