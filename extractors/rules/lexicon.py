"""Trigger and cue lexicons: the linguistic knowledge, loaded from data files.

Matching is on lower-cased token text. A form is compiled once into a lookup
so that per-token work at extraction time is a dict hit for most tokens.
"""

from __future__ import annotations

import json
import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from extractors.rules.knowledge import DATA_DIR, read_jsonl
from graph.models import RelationType, Status

TRIGGER_DIR = DATA_DIR / "triggers"
CUE_DIR = DATA_DIR / "cues"

# inflection endings a German compound head may carry ("Investitionen")
_HEAD_ENDINGS = ("", "e", "en", "n", "s", "es", "er", "ern", "nen")


class TriggerSpec(BaseModel):
    """One trigger as a data file states it, checked when the file is read."""

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


@dataclass(frozen=True, slots=True)
class Trigger:
    """A checked trigger as the rules read it (see :func:`trigger`).

    Frames read a trigger's fields tens of thousands of times per document: a validated
    model answers each read through its attribute hook, a plain record directly."""

    id: str
    forms: tuple[str, ...]
    match: str
    kind: str
    relation: RelationType
    obj_preps: tuple[str, ...] = ()
    subj_preps: tuple[str, ...] = ()
    pair_preps: tuple[str, ...] = ()
    direct_object: bool = False
    passive: bool = False
    clause_subject_role: str = "subject"
    holder: str | None = None
    requires: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    confidence: float = 0.8
    status: Status | None = None
    note: str | None = None


def trigger(**fields) -> Trigger:
    """A trigger from its fields, checked as a data file's trigger is."""
    return _record(TriggerSpec(**fields))


def _record(spec: TriggerSpec) -> Trigger:
    return Trigger(**{name: getattr(spec, name) for name in TriggerSpec.model_fields})


class WordList:
    """Lower-case words and phrases; a trailing '*' means prefix, a leading '*' a compound's
    head ('*software' holds 'Simulationssoftware' and 'KI-Software')."""

    def __init__(self, words: list[str]) -> None:
        self.exact: set[str] = set()
        self.prefixes: list[str] = []
        self.heads: list[str] = []  # compound heads: matched at the end of a longer word
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
            elif word.startswith("*") and len(word) > 1:
                self.heads.append(word[1:])
            else:
                self.exact.add(word)
        self._start_keys: set[str] = set(self.exact)
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        # per first word, longest first: (length, middle words, last word or its prefix, is prefix)
        self._shapes: dict[str, list[tuple[int, tuple[str, ...], str, bool]]] = {}
        for phrase in sorted(self.phrases, key=len, reverse=True):
            self._by_first.setdefault(phrase[0], []).append(phrase)
            self._start_keys.add(phrase[0])
            last = phrase[-1]
            prefix = last.endswith("*")
            shape = (len(phrase), phrase[1:-1], last[:-1] if prefix else last, prefix)
            self._shapes.setdefault(phrase[0], []).append(shape)
        # prefixes match at the start of a word, heads at the end of a longer one; both are
        # "pattern words" that the memo below learns once per distinct word
        patterns = [re.escape(p) for p in sorted(self.prefixes, key=len, reverse=True)]
        if self.heads:
            patterns.append(".+(?:" + "|".join(re.escape(h) for h in sorted(self.heads, key=len, reverse=True)) + ")$")
        self._prefix_re = re.compile("|".join(patterns)) if patterns else None
        self._unlisted: dict[str, bool] = {}  # see has
        self._generation = 0  # counts the times the memo started over
        # the vocabulary's epoch and this list's generation when it last had tried every
        # word of the shared vocabulary (see _learn_within)
        self._in_step = (-1, -1)
        self._forget()
        if self._prefix_re is not None:
            _VOCABULARY.lists.add(self)
        # ``has`` for a lower-cased word: a set lookup without a call into Python where the
        # list has no prefixes (asked at every step of the hot walks over a sentence)
        self.has_lower = self.exact.__contains__ if self._prefix_re is None else self.has

    def _forget(self) -> None:
        # words already tried against the prefixes, those that start with one, and every
        # word known to start an entry: most tokens of a text repeat, and set operations
        # answer for a whole sentence at once
        self._tried: set[str] = set()
        self._prefixed: set[str] = set()
        self._starters: set[str] = set(self._start_keys)
        self._generation += 1  # out of step with the shared vocabulary until it learns it again

    def _learn(self, words) -> None:
        """Try the lower-cased ``words`` not seen before against the prefixes."""
        if self._tried.issuperset(words):
            return
        new = set(words).difference(self._tried)
        if len(self._tried) + len(new) > _MEMO_LIMIT:  # a long stream of new words: start over
            self._forget()
            new = set(words)
        self._tried |= new
        match = self._prefix_re.match
        prefixed = [w for w in new if match(w)]
        self._prefixed.update(prefixed)
        self._starters.update(prefixed)

    def _learn_within(self, words, vocab: frozenset[str] | None) -> None:
        """Learn ``words``, which are among the document's lower-cased words ``vocab`` when
        given. A document's words are compared with the shared vocabulary once for all
        lists; a list in step with it has tried them all, so the many windows of a document
        it is asked about need no check each."""
        if vocab is None:
            self._learn(words)
            return
        shared = _VOCABULARY
        if vocab is not shared.document:
            shared.teach(vocab)
        if self._in_step != (shared.epoch, self._generation):
            self._learn(shared.known)  # a list that started over, or new: it catches up at once
            self._in_step = (shared.epoch, self._generation)

    def _prefixed_word(self, low: str) -> bool:
        """Whether this lower-cased word starts with a listed prefix."""
        if low not in self._tried:
            self._learn((low,))
        return low in self._prefixed

    def _may_start(self, low: str) -> bool:
        """Whether a listed word or phrase may start with this lower-cased token."""
        if low in self._start_keys:
            return True
        return self._prefix_re is not None and self._prefixed_word(low)

    def has(self, word: str) -> bool:
        if word in self.exact:  # listed words are lower case: most callers pass them so
            return True
        # most words asked about are not listed and recur: their answer is remembered
        hit = self._unlisted.get(word)
        if hit is None:
            low = word.lower()
            hit = low in self.exact or (self._prefix_re is not None and self._prefixed_word(low))
            if len(self._unlisted) >= _MEMO_LIMIT:
                self._unlisted.clear()
            self._unlisted[word] = hit
        return hit

    def phrase_at(self, words: list[str], i: int) -> int:
        """Length of a listed word or phrase starting at words[i], else 0."""
        if i >= len(words):
            return 0
        first = words[i].lower()
        if first not in self._start_keys and (self._prefix_re is None or not self._prefixed_word(first)):
            return 0  # what _may_start says, without a call: most words start nothing
        shapes = self._shapes.get(first)
        if shapes is not None:
            # the words after the first, lower-cased once for all phrases
            rest = [w.lower() for w in words[i + 1 : i + shapes[0][0]]]
            for n, middle, last, prefix in shapes:
                if len(rest) < n - 1 or tuple(rest[: n - 2]) != middle:
                    continue
                if rest[n - 2].startswith(last) if prefix else rest[n - 2] == last:
                    return n
        return 1 if self.has(first) else 0

    def starting(self, words, vocab: frozenset[str] | None = None) -> set[str]:
        """Those of the lower-cased ``words`` (a set) where a listed word or phrase may start
        (``vocab``: the document's lower-cased words, which include them; see _learn_within)."""
        if self._prefix_re is not None:
            self._learn_within(words, vocab)
        return self._starters.intersection(words)

    def positions(self, lower: list[str], vocab: frozenset[str] | None = None) -> list[int]:
        """Indexes of lower-cased tokens where a listed word or phrase may start (``vocab``:
        the document's lower-cased words, which include them; see _learn_within)."""
        if self._prefix_re is not None:
            self._learn_within(lower, vocab)
        starters = self._starters
        if starters.isdisjoint(lower):  # the usual answer, without a step per token
            return []
        return [i for i, w in enumerate(lower) if w in starters]

    def may_occur(self, present: set[str], vocab: frozenset[str] | None = None) -> bool:
        """Whether a listed word or phrase may start at one of the lower-cased words
        ``present`` (``vocab``: the document's words, which include them). When not, no
        window of those words holds one."""
        if self._prefix_re is not None:
            self._learn_within(present, vocab)
        return not self._starters.isdisjoint(present)

    def opens_phrase(self, low: str) -> bool:
        """Whether a listed phrase of more than one token starts with this lower-cased token."""
        return low in self._by_first

    def starts(self, low: str) -> bool:
        """Whether a listed word or phrase can start with this lower-cased token."""
        return low in self._by_first or self.has(low)

    def in_words(self, words: list[str]) -> bool:
        return self.in_lower([w.lower() for w in words])

    def in_lower(self, lower: list[str], present: set[str] | None = None, vocab: frozenset[str] | None = None) -> bool:
        """Whether a listed word or phrase occurs in these lower-cased tokens (``present``:
        the set of them, when the caller has it already; ``vocab``: the document's lower-cased
        words, which include them).

        A listed single word anywhere settles it, which a set intersection answers
        without a call per token; only phrase starts need their position."""
        present = set(lower) if present is None else present
        if self._prefix_re is not None:
            self._learn_within(present, vocab)
        if self._starters.isdisjoint(present):
            return False  # nothing listed can even start here: the usual answer
        if not self.exact.isdisjoint(present) or not self._prefixed.isdisjoint(present):
            return True
        firsts = self._by_first
        if firsts.keys().isdisjoint(present):
            return False
        return any(self.phrase_at(lower, i) for i in [i for i, w in enumerate(lower) if w in firsts])


_HYPHENATED = re.compile(r"[^\s\-–]+|[\-–]")
_MEMO_LIMIT = 50_000  # distinct words remembered per list


class _Vocabulary:
    """Lower-cased words that every word list with prefixes in step with it has tried.

    A document's words are compared with it once; only the words new to it are tried by
    the lists, which most documents of a stream have none of."""

    def __init__(self) -> None:
        self.known: set[str] = set()
        self.epoch = 0  # counts the times it started over: every list is out of step then
        self.document: frozenset[str] | None = None  # the last document taught: all known
        self.lists: weakref.WeakSet[WordList] = weakref.WeakSet()  # the lists with prefixes

    def teach(self, vocab: frozenset[str]) -> None:
        new = vocab.difference(self.known)
        if not new:
            pass  # the usual case: every word of the document was seen before
        elif len(self.known) + len(new) > _MEMO_LIMIT // 2:  # a long stream of new words: start over
            self.known, self.epoch = set(vocab), self.epoch + 1
        else:
            for wordlist in list(self.lists):
                if wordlist._in_step == (self.epoch, wordlist._generation):
                    wordlist._learn(new)
                    if wordlist._generation == wordlist._in_step[1]:
                        continue
                    wordlist._in_step = (-1, -1)  # it started over while learning: it catches up later
            self.known |= new
        self.document = vocab


_VOCABULARY = _Vocabulary()


class Cues:
    def __init__(self, raw: dict) -> None:
        self.raw = raw
        lists = (
            "planned speculative ended negation exclusive passive_aux coordinators "
            "list_intro clause_breaks leading_subordinators determiners abbreviations contrast_negation"
        ).split()
        for name in lists:
            setattr(self, name, WordList(raw.get(name, [])))
        self.classes = {k: WordList(v) for k, v in raw.get("classes", {}).items()}
        # classes a trigger needs in its own clause, not just somewhere in the sentence
        self.clause_bound = frozenset(raw.get("clause_bound", []))
        # supply verbs whose goods the supplier's kind may tell ("der Auftragsfertiger beliefert Apple")
        self.role_goods_triggers = frozenset(raw.get("role_goods_triggers", []))
        # a class whose words, right before a head of another class, only modify it: "GPU
        # capacity" is rented compute, no chips changing hands
        self.modifiers: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in raw.get("modifiers", {}).items()}
        # knowledge-base roles whose holder supplies a class's goods whatever the sentence calls
        # them: "Der weltgrößte Auftragsfertiger beliefert zudem Apple und AMD" (a foundry's chips)
        self.role_goods: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in raw.get("role_goods", {}).items()}
        # "…, auch Spotify-Gründer Daniel Ek ist wieder dabei": adverbs before a clause's subject
        self.focus_adverbs = frozenset(w.lower() for w in raw.get("focus_adverbs", []))
        self._class_words: dict[str, bool] = {}  # see in_any_class
        self._absent: dict[str, WordList] = {}  # see cls
        money = raw.get("money", {})
        self.scales: dict[str, float] = {k.lower(): float(v) for k, v in money.get("scales", {}).items()}
        self.currencies: dict[str, str] = {k.lower(): v for k, v in money.get("currencies", {}).items()}
        self.number_words: dict[str, float] = {
            k.lower(): float(v) for k, v in money.get("number_words", {}).items()
        }

    def cls(self, name: str) -> WordList:
        found = self.classes.get(name)
        if found is None:  # a class the language does not list: one empty list, not one per call
            found = self._absent.get(name)
            if found is None:
                found = self._absent[name] = WordList([])
        return found

    def in_any_class(self, low: str) -> bool:
        """Whether this lower-cased word is listed in some cue class (a common noun of the
        domain); asked for most capitalised words of a text, so remembered per word."""
        hit = self._class_words.get(low)
        if hit is None:
            hit = any(cls.has(low) for cls in self.classes.values())
            if len(self._class_words) >= _MEMO_LIMIT:
                self._class_words.clear()
            self._class_words[low] = hit
        return hit


class TriggerIndex:
    """Finds triggers in a token sequence; longest form wins."""

    def __init__(self, triggers: list[Trigger], tokenize) -> None:
        self.triggers = triggers
        self._single: dict[str, list[tuple[Trigger, tuple[str, ...]]]] = {}
        self._first: dict[str, list[tuple[Trigger, tuple[str, ...]]]] = {}
        self._prefix: list[tuple[str, Trigger, tuple[str, ...]]] = []
        self._head: list[tuple[str, Trigger, tuple[str, ...]]] = []
        self._cache: dict[str, list[tuple[Trigger, tuple[str, ...]]]] = {}
        self._pairs: dict[tuple[str, str | None], list[tuple[Trigger, int]]] = {}  # see match_at
        self._reach: dict[str, int] = {}  # see reach
        self.reach_table = self._reach  # read directly in hot loops: a hit needs no call
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
        """Triggers whose first form token matches ``word`` (cached per word), longest form
        first, then the more confident: the order :meth:`match_at` reports them in."""
        word = word.lower()
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        found = list(self._first.get(word, ()))
        if self._prefix_re is not None:
            found += [(t, p) for first, t, p in self._prefix if word.startswith(first)] if self._prefix_re.match(word) else []
        if self._head_re is not None and self._head_re.search(word):
            found += [(t, p) for first, t, p in self._head if _head_match(word, first)]
        found.sort(key=lambda tp: (-len(tp[1]), -tp[0].confidence))
        if len(self._cache) < 200_000:
            self._cache[word] = found
        return found

    def reach(self, low: str) -> int:
        """Tokens the readings of a trigger word can depend on: its longest form, at least two
        (``low`` must start some form)."""
        hit = self._reach.get(low)
        if hit is None:
            hit = max(2, len(self.candidates(low)[0][1]))
            if len(self._reach) < 200_000:
                self._reach[low] = hit
        return hit

    def positions(self, lower: list[str]) -> list[int]:
        """Indexes of lower-cased tokens where some trigger form starts: most tokens start
        none, and one pass over cached answers skips them without a call each."""
        known = self._cache
        try:  # map and compress over built-ins: no interpreted step per token
            return list(compress(range(len(lower)), map(known.__getitem__, lower)))
        except KeyError:  # words not seen before
            return [i for i, w in enumerate(lower) if self.candidates(w)]

    def match_at(self, words: list[str], i: int) -> list[tuple[Trigger, int]]:
        """All triggers matching at position i with their token length, longest first.

        When no form of the word is longer than two tokens, the answer depends on the
        word and the next one only, and is remembered for that pair."""
        candidates = self.candidates(words[i])
        if not candidates:
            return []
        second = words[i + 1].lower() if i + 1 < len(words) else None
        if len(candidates[0][1]) > 2:
            return self._match(words, i, candidates, second)
        key = (words[i], second)
        hit = self._pairs.get(key)
        if hit is None:
            if len(self._pairs) >= 200_000:
                self._pairs.clear()
            hit = self._pairs[key] = self._match(words, i, candidates, second)
        return list(hit)

    def _match(self, words, i, candidates, second) -> list[tuple[Trigger, int]]:
        out = []
        for trig, parts in candidates:
            n = len(parts)
            if n > 1:
                # most multi-token forms fail on their second token: test it before the rest
                if second is None or (second != parts[1] and (n > 2 or trig.match == "exact")):
                    continue
                if not _rest_matches(words, i, parts, trig.match):
                    continue
            out.append((trig, n))
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
    return [_record(spec) for spec in read_jsonl(path, TriggerSpec)] if path.exists() else []


@lru_cache(maxsize=4)
def load_cues(lang: str) -> Cues:
    path = CUE_DIR / f"{lang}.json"
    raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return Cues(raw)


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)
