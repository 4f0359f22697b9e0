"""Blank spaCy pipelines with the project's tokenizer tweaks and sentence rules.

Both languages split hyphens between letters ("Microsoft-Aktie" -> Microsoft,
-, Aktie) so that compounds expose the entity and the head noun as tokens,
and both split the possessive 's, so genitive and possessive forms are
handled by one rule instead of one gazetteer entry each.
"""

from __future__ import annotations

import re
from itertools import compress

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

from extractors.rules.lexicon import load_cues

_HYPHEN_INFIX = r"(?<=[A-Za-zÄÖÜäöüß0-9])[-–‑](?=[A-Za-zÄÖÜäöüß])"
_SLASH_INFIX = r"(?<=[A-Za-zÄÖÜäöüß])/(?=[A-Za-zÄÖÜäöüß])"
_POSSESSIVE_SUFFIX = r"(?<=[A-Za-z0-9])['’]s$"
# "DeepL.", "OpenAI.": a name in mixed case ending in a capital keeps no full stop ("U.S." does)
_MIXED_CASE_STOP = r"(?<=[a-zäöü][A-ZÄÖÜ])\.$"
_BULLETS = {"•", "-", "–", "—", "*", "·", "▪", "‣", "◦", "●", ">"}
_END_PUNCT = {".", "!", "?", "…", "!?", "?!"}
_FINAL_CHARS = frozenset({p[-1] for p in _END_PUNCT} | {"."})
_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")
# whitespace-separated chunks whose tokens the tokenizer remembers; its default (10,000) is
# filled by the knowledge base's names when the gazetteer is built, after which no word of
# an article is remembered and every one is split by the affix rules again (a few MB at most)
TOKENIZER_CACHE = 200_000


def make_blank(lang: str, model: str | None = None) -> Language:
    """A rule pipeline for ``lang``; a statistical model when one is named."""
    nlp = spacy.load(model) if model else spacy.blank(lang)
    _tweak_tokenizer(nlp)
    return nlp


def _tweak_tokenizer(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes or []) + [_HYPHEN_INFIX, _SLASH_INFIX]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    suffixes = [_POSSESSIVE_SUFFIX, _MIXED_CASE_STOP] + list(nlp.Defaults.suffixes or [])
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE


def mark_sentences(doc: Doc, lang: str, tokens=None) -> None:
    """Line breaks and sentence-final punctuation start sentences; abbreviations do not."""
    texts = tokens.texts if tokens is not None else [t.text for t in doc]
    spaces = tokens.spaces if tokens is not None else [t.whitespace_ for t in doc]
    starts = sentence_starts(texts, spaces, lang)
    # one bulk write: setting is_sent_start token by token re-checks the whole doc each time
    values = numpy.array([[1 if s else -1] for s in starts], dtype="int32").astype("uint64")
    doc.from_array([SENT_START], values)


def sentence_starts(texts: list[str], spaces: list[str], lang: str) -> list[bool]:
    """Per token, whether it starts a sentence (the rules of :func:`mark_sentences`)."""
    abbreviations = load_cues(lang).abbreviations
    n = len(texts)
    starts = [False] * n
    if n:
        starts[0] = True
    # only a line break or a token ending like sentence-final punctuation can end a sentence
    if "\n" in "".join(spaces):
        maybe = [i for i in range(n - 1) if texts[i][-1:] in _FINAL_CHARS or "\n" in texts[i] or "\n" in spaces[i]]
    else:  # trailing whitespace is a space or nothing: line breaks are tokens of their own
        maybe = [i for i, text in enumerate(texts) if text[-1:] in _FINAL_CHARS or "\n" in text]
        if maybe and maybe[-1] == n - 1:
            maybe.pop()
    for i in maybe:
        text, space = texts[i], spaces[i]
        if "\n" in text or "\n" in space:
            starts[i + 1] = True
        elif _ends_sentence(text, space, texts[i + 1], abbreviations, lang):
            starts[i + 1] = True
    return starts


def _ends_sentence(text: str, space: str, nxt: str, abbreviations, lang: str) -> bool:
    if not space and not nxt.isspace():
        return False  # "Character.AI", "3.5": no space, no sentence end
    if text in _END_PUNCT:
        return _opens_sentence(nxt)
    if text.endswith(".") and len(text) > 1:
        if abbreviations.has(text) or _INITIAL.fullmatch(text):
            return False
        if lang == "de" and text[:-1].isdigit():  # German ordinals: "3. März"
            return False
        return _opens_sentence(nxt)
    return False


def _opens_sentence(text: str) -> bool:
    first = text[:1]
    camel = any(ch.isupper() for ch in text[1:])  # "xAI", "iPhone", "eBay" open sentences too
    return bool(first) and (first.isupper() or first.isdigit() or camel or first in "\"„“‚'«»(" or text.isspace())


def sentence_spans(doc: Doc, tokens=None) -> list[tuple[int, int]]:
    """Token ranges of sentences, trimmed of whitespace and bullet markers.

    Read from the sentence-start array: iterating ``doc.sents`` re-scans the
    whole document for annotations on every call."""
    if not len(doc):
        return []
    texts = tokens.texts if tokens is not None else [t.text for t in doc]
    flags = [int(v) for v in doc.to_array([SENT_START]).astype("int64").reshape(-1)]
    return spans_of_sentences([flag == 1 or i == 0 for i, flag in enumerate(flags)], texts)


def spans_of_sentences(starts: list[bool], texts: list[str]) -> list[tuple[int, int]]:
    """Token ranges of the sentences that ``starts`` marks, trimmed as :func:`sentence_spans` says."""
    bounds = list(compress(range(len(starts)), starts)) + [len(texts)]
    spans = []
    for start, end in zip(bounds, bounds[1:]):
        while start < end and (texts[start].isspace() or texts[start] in _BULLETS):
            start += 1
        while end > start and texts[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
