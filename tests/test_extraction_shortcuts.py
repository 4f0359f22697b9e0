"""The extractor's shortcuts give what the plain way gives.

For speed the extractor reads gazetteer matches without writing them into the
Doc (from a phrase matcher built without the entity ruler), finds sentences without writing them into the Doc either, and answers
word-list and trigger questions from sets. Each test here runs the shortcut
and the plain way on the example articles and on made-up word sequences and
expects the same answer.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from extractors.base import create
from extractors.readers import iter_input_files, read_path
from extractors.rules.gazetteer import add_gazetteer, entity_spans, gazetteer_spans, patterns
from extractors.rules.lexicon import WordList, load_cues, load_triggers
from extractors.rules.nlp import bare_tokenizer, make_blank, mark_sentences, sentence_spans, sentence_starts, spans_of_sentences
from extractors.rules.sentence import Tokens

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture(scope="module")
def extractor():
    return create("rules")


@pytest.fixture(scope="module")
def articles():
    found = [a for path in iter_input_files([CORPUS]) for a in read_path(path)]
    assert found
    return found


@pytest.fixture(scope="module")
def ruled(extractor):
    """Per language, the plain way: a blank pipeline whose entity ruler holds the gazetteer."""
    out = {}
    for lang in ("de", "en"):
        out[lang] = make_blank(lang)
        add_gazetteer(out[lang], extractor.kb, lang)
    return out


def test_gazetteer_spans_are_the_entity_rulers(extractor, ruled, articles):
    for article in articles:
        res = extractor.resources(article.lang)
        assert gazetteer_spans(res.ruler, res.nlp.make_doc(article.text)) == entity_spans(ruled[article.lang](article.text))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_bare_tokenizer_splits_like_the_pipeline(extractor, lang):
    nlp = make_blank(lang)
    split = bare_tokenizer(nlp)
    texts = [p["pattern"] for p in patterns(extractor.kb, lang)]
    texts += [form for trig in load_triggers(lang) for form in trig.forms]
    texts += ["U.S.-Präsident", "OpenAI's", "z.B. 3,5 Mrd. $", "https://example.com/x-y", "Dr. Müller-Lüdenscheidt"]
    for text in texts:
        assert [(t.text, t.orth, t.whitespace_) for t in split(text)] == [
            (t.text, t.orth, t.whitespace_) for t in nlp.tokenizer(text)], text


def test_overlapping_names_resolve_like_the_ruler(extractor, ruled):
    res = extractor.resources("en")
    text = "Google DeepMind and Google Cloud met Microsoft Azure, Amazon Web Services and AWS at OpenAI's office."
    assert gazetteer_spans(res.ruler, res.nlp.make_doc(text)) == entity_spans(ruled["en"](text))


def test_sentences_found_without_the_doc(extractor, articles):
    for article in articles:
        doc = extractor.resources(article.lang).nlp.make_doc(article.text)
        tokens = Tokens(doc, article.text)
        fast = spans_of_sentences(sentence_starts(tokens.texts, tokens.spaces, article.lang), tokens.texts)
        mark_sentences(doc, article.lang, tokens)
        assert fast == sentence_spans(doc, tokens)


def test_tokens_read_with_the_text_match_the_doc(extractor, articles):
    for article in articles[:4]:
        doc = extractor.resources(article.lang).nlp.make_doc(article.text)
        with_text, plain = Tokens(doc, article.text), Tokens(doc)
        assert (with_text.texts, with_text.idx, with_text.spaces) == (plain.texts, plain.idx, plain.spaces)


def _listed_word(wl: WordList, low: str) -> bool:
    return low in wl.exact or any(low.startswith(p) for p in wl.prefixes) or any(
        low.endswith(h) and len(low) > len(h) for h in wl.heads)


def _plain_phrase_at(wl: WordList, words: list[str], i: int) -> int:
    """The definition: the longest listed phrase at ``i`` (its last part may be a prefix),
    else 1 for a listed word, else 0."""
    lower = [w.lower() for w in words]
    for phrase in sorted(wl.phrases, key=len, reverse=True):
        got = lower[i : i + len(phrase)]
        last = phrase[-1]
        if len(got) == len(phrase) and got[:-1] == list(phrase[:-1]) and (
            got[-1].startswith(last[:-1]) if last.endswith("*") else got[-1] == last
        ):
            return len(phrase)
    return 1 if i < len(lower) and _listed_word(wl, lower[i]) else 0


def _plain_in_words(wl: WordList, words: list[str]) -> bool:
    return any(_plain_phrase_at(wl, words, i) for i in range(len(words)))


def _plain_positions(wl: WordList, lower: list[str]) -> list[int]:
    return [
        i for i, w in enumerate(lower)
        if any(p[0] == w for p in wl.phrases) or _listed_word(wl, w)
    ]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_word_lists_answer_like_their_definition(lang):
    cues = load_cues(lang)
    lists = [cues.planned, cues.speculative, cues.ended, cues.negation, cues.exclusive, *cues.classes.values()]
    vocabulary = sorted({w for wl in lists for w in wl.exact} | {w for wl in lists for p in wl.phrases for w in p})
    vocabulary += [p + "xyz" for wl in lists for p in wl.prefixes] + ["Microsoft", "und", "the", ",", "nicht", "mehr"]
    vocabulary += ["ki" + h for wl in lists for h in wl.heads] + [h for wl in lists for h in wl.heads]
    phrases = [[w.rstrip("*") + ("ung" if w.endswith("*") else "") for w in p] for wl in lists for p in wl.phrases]
    rng = random.Random(7)
    for _ in range(300):
        words = []
        while len(words) < rng.randint(0, 12):
            words += rng.choice(phrases) if rng.random() < 0.15 else [rng.choice(vocabulary)]
        words = [w.capitalize() if rng.random() < 0.2 else w for w in words]
        lower = [w.lower() for w in words]
        for wl in lists:
            assert wl.in_words(words) == _plain_in_words(wl, words)
            assert [wl.phrase_at(words, i) for i in range(len(words) + 1)] == [
                _plain_phrase_at(wl, words, i) for i in range(len(words) + 1)
            ]
            assert wl.positions(lower) == _plain_positions(wl, lower)
            assert [wl.has(w) for w in words] == [_listed_word(wl, w.lower()) for w in words]


def test_word_list_memory_starts_over_without_changing_answers(monkeypatch):
    import extractors.rules.lexicon as lexicon

    monkeypatch.setattr(lexicon, "_MEMO_LIMIT", 3)
    wl = WordList(["partner*", "nicht mehr", "exklusiv"])
    words = ["partnerschaft", "die", "nicht", "mehr", "partner", "exklusiv", "x", "y", "partnern"]
    assert wl.positions(words) == [0, 2, 4, 5, 8]
    assert wl.in_lower(["a", "b", "c", "d", "partnerin"])
    assert not wl.in_lower(["a", "b", "c", "d", "nicht"])
    assert [wl.has(w) for w in words] == [True, False, False, False, True, True, False, False, True]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_trigger_positions_are_where_triggers_match(extractor, articles, lang):
    index = extractor.resources(lang).triggers
    for article in [a for a in articles if a.lang == lang][:3]:
        lower = Tokens(extractor.resources(lang).nlp.make_doc(article.text)).lower
        found = index.positions(lower)
        assert found == [i for i in range(len(lower)) if index.candidates(lower[i])]
        for i in found:
            matches = index.match_at(lower, i)
            assert matches == sorted(matches, key=lambda tn: (-tn[1], -tn[0].confidence))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_trigger_matches_remembered_per_word_pair_are_the_full_test(extractor, articles, lang):
    from extractors.rules.lexicon import _rest_matches

    index = extractor.resources(lang).triggers
    for article in [a for a in articles if a.lang == lang]:
        lower = Tokens(extractor.resources(lang).nlp.make_doc(article.text)).lower
        for i in index.positions(lower):
            expected = [
                (trig, len(parts)) for trig, parts in index.candidates(lower[i])
                if len(parts) == 1 or _rest_matches(lower, i, parts, trig.match)
            ]
            assert index.match_at(lower, i) == expected
            assert index.match_at(lower, i) == expected  # the second answer comes from memory


def test_word_lists_learning_documents_answer_like_their_definition(monkeypatch):
    """Lists that learn a document's words once through the shared vocabulary answer for its
    windows as a list that learns each window, also when vocabulary and lists start over."""
    import extractors.rules.lexicon as lexicon

    monkeypatch.setattr(lexicon, "_MEMO_LIMIT", 40)
    monkeypatch.setattr(lexicon, "_VOCABULARY", lexicon._Vocabulary())
    definition = ["partner*", "inv*", "nicht mehr", "start-up", "exklusiv"]
    lists = [WordList(definition), WordList(["kauf*", "zu*"])]
    rng = random.Random(11)
    letters = "abeinprtvkuzsx"
    for _ in range(300):
        document = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 7))) for _ in range(rng.randint(3, 60))]
        document += rng.choice([["nicht", "mehr"], ["start", "-", "up"], ["partnerschaft"], []])
        vocab = frozenset(document)
        for _ in range(5):
            lo = rng.randrange(len(document))
            window = document[lo : lo + rng.randint(1, 12)]
            for wl in lists:
                plain = WordList(definition if wl is lists[0] else ["kauf*", "zu*"])
                assert wl.positions(window, vocab) == plain.positions(window)
                assert wl.in_lower(window, None, vocab) == plain.in_lower(window)
                assert wl.may_occur(set(window), vocab) == bool(plain.positions(window))
            lists[1].has("".join(rng.choice(letters) for _ in range(8)))  # words outside any document
