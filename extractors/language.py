"""German or English: the only two languages the extractors have rules for.

Detection counts function words instead of running a model because the
decision is binary, has to be fast on every article, and function words
are the part of a text that no domain vocabulary (product names, English
loanwords in German tech news) can drown out.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from graph.models import Language

STOPWORDS_PATH = Path(__file__).parent / "data" / "stopwords.json"

# The beginning of an article settles its language; scanning megabytes adds nothing.
_SCAN_CHARS = 50_000
_WORD_RE = re.compile(r"[^\W\d_]+")
_GERMAN_LETTERS_RE = re.compile(r"[äöüÄÖÜß]")

_GERMAN_NAMES = frozenset({"de", "deu", "ger", "german", "deutsch"})
_ENGLISH_NAMES = frozenset({"en", "eng", "english", "englisch"})
# Declared values that mean "nobody said", which is not the same as a foreign language.
_UNDECLARED = frozenset({"", "und", "mul", "zxx", "unknown", "none"})


class UnsupportedLanguage(ValueError):
    """Metadata names a language we have no rules for; guessing would be wrong."""

    def __init__(self, value: str) -> None:
        super().__init__(f"unsupported language {value!r} (supported: de, en)")
        self.value = value


class Scores(NamedTuple):
    german: int
    english: int
    words: int


@lru_cache(maxsize=1)
def _stopwords() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(STOPWORDS_PATH.read_text(encoding="utf-8"))
    return frozenset(data["de"]), frozenset(data["en"])


def _words(text: str) -> list[str]:
    """Lower-cased words, without all-caps acronyms: German 'IT' or 'US' must not count as English."""
    return [
        word.lower()
        for word in _WORD_RE.findall(text[:_SCAN_CHARS])
        if len(word) == 1 or not word.isupper()
    ]


def stopword_scores(text: str) -> Scores:
    german, english = _stopwords()
    words = _words(text)
    return Scores(
        german=sum(word in german for word in words),
        english=sum(word in english for word in words),
        words=len(words),
    )


def detect_language(text: str) -> Language:
    """More German than English function words means German; umlauts only break ties.

    Umlauts alone are weak evidence because English news names German
    people and companies, so they decide only when the words do not.
    """
    scores = stopword_scores(text)
    if scores.german != scores.english:
        return "de" if scores.german > scores.english else "en"
    return "de" if _GERMAN_LETTERS_RE.search(text[:_SCAN_CHARS]) else "en"


def normalise_language(value: str | None) -> Language | None:
    """Map tags like 'de-DE', 'en_US', 'German' to a code; None when nothing was declared.

    Raises UnsupportedLanguage for any other language, because a French
    article read with German rules yields confident nonsense.
    """
    if value is None:
        return None
    primary = re.split(r"[-_\s(,;]", value.strip().lower(), maxsplit=1)[0]
    if primary in _GERMAN_NAMES:
        return "de"
    if primary in _ENGLISH_NAMES:
        return "en"
    if primary in _UNDECLARED:
        return None
    raise UnsupportedLanguage(value.strip())
