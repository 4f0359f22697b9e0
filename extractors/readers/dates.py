"""Publication dates from the many ways feeds, pages and exports write them.

A date that cannot be parsed is dropped rather than reported: the article
is still worth reading, and a wrong guess would be worse than none.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_GERMAN_DATE_RE = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})")


def parse_date(value: object) -> date | None:
    """The calendar date as written; time zones are not converted, so 23:30-05:00 stays that day."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    for parse in (_iso, _rfc822, _german):
        parsed = parse(text)
        if parsed is not None:
            return parsed
    return None


def _iso(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _rfc822(text: str) -> date | None:
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _german(text: str) -> date | None:
    match = _GERMAN_DATE_RE.fullmatch(text)
    if not match:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None
