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
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from extractors.rules.lexicon import load_cues

_HYPHEN_INFIX = r"(?<=[A-Za-zÄÖÜäöüß0-9])[-–‑](?=[A-Za-zÄÖÜäöüß])"
_SLASH_INFIX = r"(?<=[A-Za-zÄÖÜäöüß])/(?=[A-Za-zÄÖÜäöüß])"
_POSSESSIVE_SUFFIX = r"(?<=[A-Za-z0-9])['’]s$"
# "DeepL.", "OpenAI.": a name in mixed case ending in a capital keeps no full stop ("U.S." does)
_MIXED_CASE_STOP = r"(?<=[a-zäöü][A-ZÄÖÜ])\.$"
_BULLETS = {"•", "-", "–", "—", "*", "·", "▪", "‣", "◦", "●", ">"}
_END_PUNCT = {".", "!", "?", "…", "!?", "?!"}
_FINAL_CHARS = frozenset({p[-1] for p in _END_PUNCT} | {"."})
_INITIAL = re.compile(r"(?:[A-ZÄÖÜ]\.)+")  # "J.", "C.H. Beck", "J.P. Morgan"
_PLACE_INITIALS = frozenset({"U.S.", "U.K.", "E.U.", "U.N."})  # these end sentences often enough
# whitespace-separated chunks whose tokens the tokenizer remembers; its default (10,000) is
# filled by the knowledge base's names when the gazetteer is built, after which no word of
# an article is remembered and every one is split by the affix rules again (a few MB at most)
TOKENIZER_CACHE = 200_000


def make_blank(lang: str, model: str | None = None) -> Language:
    """A rule pipeline for ``lang``; a statistical model when one is named."""
    if model:
        nlp = spacy.load(model)
        _tweak_tokenizer(nlp)
        return nlp
    return spacy.blank(lang, config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})


def _infixes(defaults) -> list[str]:
    return list(defaults.infixes or []) + [_HYPHEN_INFIX, _SLASH_INFIX]


def _suffixes(defaults) -> list[str]:
    return [_POSSESSIVE_SUFFIX, _MIXED_CASE_STOP] + list(defaults.suffixes or [])


def _tweak_tokenizer(nlp: Language) -> None:
    """The project's affix rules in an installed model's own tokenizer."""
    nlp.tokenizer.infix_finditer = compile_infix_regex(_infixes(nlp.Defaults)).finditer
    nlp.tokenizer.suffix_search = compile_suffix_regex(_suffixes(nlp.Defaults)).search
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE


TOKENIZER = "aikg.tokenizer.v1"


@spacy.registry.tokenizers(TOKENIZER)
def create_tokenizer():
    """The language's tokenizer with the project's affix rules from the start.

    Changing the rules of a built tokenizer (as :func:`_tweak_tokenizer` does for an
    installed model) compiles the language's large affix expressions twice and reloads
    its special cases with every change: about 0.14 s per language, a tenth
    of `aikg extract` on a small batch."""

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=compile_suffix_regex(_suffixes(defaults)).search,
            infix_finditer=compile_infix_regex(_infixes(defaults)).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
            max_cache_size=TOKENIZER_CACHE,
        )

    return tokenizer_factory


def bare_tokenizer(nlp: Language) -> Tokenizer:
    """``nlp``'s tokenizer over a vocabulary without lexical attributes.

    It splits text exactly as ``nlp``'s does: the splitting rules (special cases,
    affixes, token and URL patterns) read only the text. But a word new to it costs
    an entry, where ``nlp``'s vocabulary computes some twenty attributes for every new
    word (shape, flags, norm), two thirds of the time it takes to split a name. For
    texts that are split only to compare tokens by their text (the knowledge base's
    names, the trigger forms): tens of thousands of words, few of which an article
    ever contains. The token texts and their ORTH ids are those ``nlp`` gives."""
    t = nlp.tokenizer
    return Tokenizer(
        Vocab(),
        rules=t.rules,
        prefix_search=t.prefix_search,
        suffix_search=t.suffix_search,
        infix_finditer=t.infix_finditer,
        token_match=t.token_match,
        url_match=t.url_match,
        faster_heuristics=t.faster_heuristics,
        max_cache_size=t.max_cache_size,
    )


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
        if abbreviations.has(text) or (_INITIAL.fullmatch(text) and text not in _PLACE_INITIALS):
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
