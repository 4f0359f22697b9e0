"""Trigger and cue lexicons: the linguistic knowledge, loaded from data files.

Matching is on lower-cased token text. A form is compiled once into a lookup
so that per-token work at extraction time is a dict hit for most tokens.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from extractors.rules.knowledge import DATA_DIR, read_jsonl
from graph.models import RelationType, Status

TRIGGER_DIR = DATA_DIR / "triggers"
CUE_DIR = DATA_DIR / "cues"

# inflection endings a German compound head may carry ("Investitionen")
_HEAD_ENDINGS = ("", "e", "en", "n", "s", "es", "er", "ern", "nen")


class Trigger(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    forms: tuple[str, ...]
    match: Literal["exact", "prefix", "head"]
    kind: Literal["verb", "noun", "role", "adj"]
    relation: RelationType
    obj_preps: tuple[str, ...] = ()
    subj_preps: tuple[str, ...] = ()
    pair_preps: tuple[str, ...] = ()
    direct_object: bool = False
    passive: bool = False
    clause_subject_role: Literal["subject", "object", "none"] = "subject"
    holder: Literal["subject", "object"] | None = None
    requires: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    confidence: float = Field(0.8, ge=0, le=1)
    status: Status | None = None
    note: str | None = None


class WordList:
    """Lower-case words and phrases; a trailing '*' means prefix."""

    def __init__(self, words: list[str]) -> None:
        self.exact: set[str] = set()
        self.prefixes: list[str] = []
        self.phrases: list[tuple[str, ...]] = []
        for word in words:
            word = word.lower().strip()
            if not word:
                continue
            parts = tuple(_HYPHENATED.findall(word)) if word not in ("-", "*") else (word,)
            if len(parts) > 1:  # "nicht mehr", "start-up": tokens as the tokenizer splits them
                self.phrases.append(parts)
            elif word.endswith("*") and len(word) > 1:
                self.prefixes.append(word[:-1])
            else:
                self.exact.add(word)
        self._seen: dict[str, bool] = {}
        self._start_keys: set[str] = set(self.exact)
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(self.phrases, key=len, reverse=True):
            self._by_first.setdefault(phrase[0], []).append(phrase)
            self._start_keys.add(phrase[0])
        self._prefix_re = (
            re.compile("|".join(re.escape(p) for p in sorted(self.prefixes, key=len, reverse=True)))
            if self.prefixes
            else None
        )

    def has(self, word: str) -> bool:
        word = word.lower()
        hit = self._seen.get(word)
        if hit is None:
            hit = word in self.exact or bool(self._prefix_re and self._prefix_re.match(word))
            if len(self._seen) < 100_000:
                self._seen[word] = hit
        return hit

    def phrase_at(self, words: list[str], i: int) -> int:
        """Length of a listed word or phrase starting at words[i], else 0."""
        if i >= len(words):
            return 0
        first = words[i].lower()
        candidates = self._by_first.get(first)
        if candidates is None:
            return 1 if self.has(first) else 0
        for phrase in candidates:
            n = len(phrase)
            got = [w.lower() for w in words[i : i + n]]
            if len(got) == n and got[1:-1] == list(phrase[1:-1]) and _last_matches(got[-1], phrase[-1]):
                return n
        return 1 if self.has(first) else 0

    def positions(self, lower: list[str]) -> list[int]:
        """Indexes of lower-cased tokens where a listed word or phrase may start (one pass,
        no call per token: the hot path of discovery)."""
        keys = self._start_keys
        hits = [i for i, w in enumerate(lower) if w in keys]
        if self._prefix_re is not None:
            match = self._prefix_re.match
            hits = sorted(set(hits) | {i for i, w in enumerate(lower) if match(w)})
        return hits

    def starts(self, low: str) -> bool:
        """Whether a listed word or phrase can start with this lower-cased token."""
        return low in self._by_first or self.has(low)

    def in_words(self, words: list[str]) -> bool:
        lower = [w.lower() for w in words]
        return any(self.phrase_at(words, i) for i in self.positions(lower))


_HYPHENATED = re.compile(r"[^\s\-–]+|[\-–]")


def _last_matches(word: str, pattern: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


class Cues:
    def __init__(self, raw: dict) -> None:
        self.raw = raw
        lists = (
            "planned speculative ended negation exclusive passive_aux coordinators "
            "list_intro clause_breaks determiners abbreviations"
        ).split()
        for name in lists:
            setattr(self, name, WordList(raw.get(name, [])))
        self.classes = {k: WordList(v) for k, v in raw.get("classes", {}).items()}
        money = raw.get("money", {})
        self.scales: dict[str, float] = {k.lower(): float(v) for k, v in money.get("scales", {}).items()}
        self.currencies: dict[str, str] = {k.lower(): v for k, v in money.get("currencies", {}).items()}
        self.number_words: dict[str, float] = {
            k.lower(): float(v) for k, v in money.get("number_words", {}).items()
        }

    def cls(self, name: str) -> WordList:
        return self.classes.get(name) or WordList([])


class TriggerIndex:
    """Finds triggers in a token sequence; longest form wins."""

    def __init__(self, triggers: list[Trigger], tokenize) -> None:
        self.triggers = triggers
        self._single: dict[str, list[tuple[Trigger, tuple[str, ...]]]] = {}
        self._first: dict[str, list[tuple[Trigger, tuple[str, ...]]]] = {}
        self._prefix: list[tuple[str, Trigger, tuple[str, ...]]] = []
        self._head: list[tuple[str, Trigger, tuple[str, ...]]] = []
        self._cache: dict[str, list[tuple[Trigger, tuple[str, ...]]]] = {}
        for trig in triggers:
            for form in trig.forms:
                parts = tuple(t.lower() for t in tokenize(form))
                if not parts:
                    continue
                if trig.match == "exact" or len(parts) > 1:
                    # multi-token forms: earlier tokens literal, the mode applies to the last
                    self._first.setdefault(parts[0], []).append((trig, parts))
                elif trig.match == "prefix":
                    self._prefix.append((parts[0], trig, parts))
                else:
                    self._head.append((parts[0], trig, parts))
        self._compile()

    def _compile(self) -> None:
        """One regex per mode answers 'can any form match?' before the per-form checks."""
        prefixes = sorted({first for first, _, _ in self._prefix}, key=len, reverse=True)
        heads = sorted({first for first, _, _ in self._head}, key=len, reverse=True)
        self._prefix_re = re.compile("|".join(map(re.escape, prefixes))) if prefixes else None
        endings = "|".join(e for e in _HEAD_ENDINGS if e)
        self._head_re = (
            re.compile("(?:" + "|".join(map(re.escape, heads)) + f")(?:{endings})?$") if heads else None
        )

    def candidates(self, word: str) -> list[tuple[Trigger, tuple[str, ...]]]:
        """Triggers whose first form token matches ``word`` (cached per word)."""
        word = word.lower()
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        found = list(self._first.get(word, ()))
        if self._prefix_re is not None:
            found += [(t, p) for first, t, p in self._prefix if word.startswith(first)] if self._prefix_re.match(word) else []
        if self._head_re is not None and self._head_re.search(word):
            found += [(t, p) for first, t, p in self._head if _head_match(word, first)]
        if len(self._cache) < 200_000:
            self._cache[word] = found
        return found

    def match_at(self, words: list[str], i: int) -> list[tuple[Trigger, int]]:
        """All triggers matching at position i with their token length, longest first."""
        out = []
        for trig, parts in self.candidates(words[i]):
            n = len(parts)
            if n > 1 and not _rest_matches(words, i, parts, trig.match):
                continue
            out.append((trig, n))
        out.sort(key=lambda tn: (-tn[1], -tn[0].confidence))
        return out


def _head_match(word: str, head: str) -> bool:
    if not word.startswith(head) and head not in word:
        return False
    return any(word.endswith(head + ending) for ending in _HEAD_ENDINGS)


def _rest_matches(words: list[str], i: int, parts: tuple[str, ...], mode: str) -> bool:
    if i + len(parts) > len(words):
        return False
    last = len(parts) - 1
    for offset, part in enumerate(parts[1:], 1):
        word = words[i + offset].lower()
        if offset < last or mode == "exact":
            if word != part:
                return False
        elif mode == "prefix" and not word.startswith(part):
            return False
        elif mode == "head" and not _head_match(word, part):
            return False
    return True


@lru_cache(maxsize=4)
def load_triggers(lang: str) -> list[Trigger]:
    path = TRIGGER_DIR / f"{lang}.jsonl"
    return read_jsonl(path, Trigger) if path.exists() else []


@lru_cache(maxsize=4)
def load_cues(lang: str) -> Cues:
    path = CUE_DIR / f"{lang}.json"
    raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return Cues(raw)


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)
