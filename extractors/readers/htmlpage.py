"""Saved web pages: only the article, not the page around it.

Navigation, cookie banners, teasers and footers name companies too, and
would otherwise turn into co-mentions and relations that no article states.
"""

from __future__ import annotations

import re

import trafilatura
from trafilatura.xml import xmltotxt

from extractors.readers.build import Batch, make_article
from extractors.readers.errors import FormatError

_HTML_LANG_RE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z_-]+)", re.IGNORECASE)
# Publication, not modification, date; and no guessing dates from free text.
_DATE_OPTIONS = {"original_date": True, "extensive_search": False}


def read_html(text: str, raw: bytes, name: str) -> Batch:
    document = _extract(text)
    body = _paragraphs(document)
    if not body:
        raise FormatError("no article text found in the HTML")
    article = make_article(
        body,
        name,
        lang=_declared_language(text),
        title=document.title,
        url=document.url,
        published=document.date,
    )
    return Batch([article], [])


def _extract(text: str):
    try:
        document = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_OPTIONS,
        )
    except Exception as err:  # the parser's failure on hostile markup is an input problem
        raise FormatError(f"malformed HTML ({type(err).__name__}: {err})") from None
    if document is None:
        raise FormatError("no article text found in the HTML")
    return document


def _paragraphs(document) -> str:
    """Blocks separated by blank lines, so sentence and paragraph splitting stay easy."""
    if document.body is None:
        return (document.text or "").strip()
    blocks = (xmltotxt(block, include_formatting=False).strip() for block in document.body)
    return "\n\n".join(block for block in blocks if block)


def _declared_language(text: str) -> str | None:
    match = _HTML_LANG_RE.search(text[:20_000])
    return match.group(1) if match else None
