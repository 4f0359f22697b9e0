"""JSON and JSON Lines exports: one article per object.

A bad record is reported and skipped instead of failing the file, because
exports from scrapers routinely contain a few broken rows among thousands
of good ones. Identity stays the content hash; an `id` field is ignored so
that the same text exported twice is still one article.
"""

from __future__ import annotations

import json

from extractors.readers.build import Batch, make_article, nothing_usable, record_source
from extractors.readers.errors import FormatError

_STRING_FIELDS = ("text", "title", "url", "lang")


def read_json(text: str, raw: bytes, name: str) -> Batch:
    data = _parse(text, where="at line {line}, column {column}")
    if isinstance(data, dict):
        return Batch([_article(data, name)], [])
    if not isinstance(data, list):
        raise FormatError("JSON must be an object or a list of objects")
    articles, problems = [], []
    for number, item in enumerate(data, 1):
        try:
            articles.append(_article(item, record_source(name, number)))
        except FormatError as err:
            problems.append(f"item {number}: {err.problem}")
    return _batch(articles, problems)


def read_jsonl(text: str, raw: bytes, name: str) -> Batch:
    """Articles are numbered by line, so `news.jsonl#7` points at line 7."""
    articles, problems = [], []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = _parse(line, where="at column {column}")
            articles.append(_article(record, record_source(name, number)))
        except FormatError as err:
            problems.append(f"line {number}: {err.problem}")
    return _batch(articles, problems)


def _parse(text: str, *, where: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        place = where.format(line=err.lineno, column=err.colno)
        raise FormatError(f"malformed JSON {place}: {err.msg}") from None
    except RecursionError:
        raise FormatError("JSON is nested too deeply") from None


def _batch(articles: list, problems: list[str]) -> Batch:
    if not articles:
        raise nothing_usable(problems or ["the file holds no records"])
    return Batch(articles, problems)


def _article(record: object, source: str):
    if not isinstance(record, dict):
        raise FormatError(f"expected a JSON object, got {_json_type(record)}")
    for field in _STRING_FIELDS:
        if record.get(field) is not None and not isinstance(record[field], str):
            raise FormatError(f"field {field!r} must be a string, got {_json_type(record[field])}")
    text = record.get("text")
    if text is None or not text.strip():
        raise FormatError("object has no text")
    return make_article(
        text,
        source,
        lang=record.get("lang"),
        title=record.get("title"),
        url=record.get("url"),
        published=record.get("published"),
    )


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")
