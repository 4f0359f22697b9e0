import json
import time

import pytest

from extractors.language import (
    STOPWORDS_PATH,
    UnsupportedLanguage,
    detect_language,
    normalise_language,
)

GERMAN = [
    "Der Softwarekonzern will mit dem neuen Sprachmodell vor allem Kunden aus der Industrie "
    "gewinnen. Die Preise sollen unter denen der Konkurrenz liegen.",
    "Das Bundeskartellamt prüft die Übernahme des KI-Startups durch den US-Konzern. "
    "Eine Entscheidung wird bis zum Sommer erwartet.",
    "Nvidia und SAP bauen ihre Zusammenarbeit aus.",
    "Laut einem Bericht hat OpenAI bereits mit mehreren Cloud-Anbietern gesprochen.",
    # Anglicisms and product names must not tip a German sentence over.
    "Die neue Cloud-Plattform für Large Language Models ist ab sofort in der EU verfügbar, "
    "teilte das Start-up mit.",
]

ENGLISH = [
    "The chipmaker said on Tuesday that it would supply accelerators to the cloud provider "
    "for the next three years.",
    "Regulators in Brussels have opened an inquiry into the partnership between the two "
    "companies, according to people familiar with the matter.",
    "Microsoft and OpenAI are renegotiating their deal.",
    # German names with umlauts in an English sentence.
    "Jürgen Müller, who leads the Munich lab, said the model was trained in Düsseldorf.",
    "IT spending in the US rose again, driven by demand for AI servers.",
]


@pytest.mark.parametrize("text", GERMAN)
def test_german_paragraphs(text):
    assert detect_language(text) == "de"


@pytest.mark.parametrize("text", ENGLISH)
def test_english_paragraphs(text):
    assert detect_language(text) == "en"


def test_acronyms_do_not_count_as_english_words():
    # lower-cased, "IT" and "US" would be the English words "it" and "us"
    assert detect_language("IT-Ausgaben in den US-Staaten steigen") == "de"


def test_umlauts_break_a_tie():
    assert detect_language("Künstliche Intelligenz: Größte Finanzierungsrunde") == "de"


def test_no_signal_defaults_to_english():
    assert detect_language("GPT-5, Gemini 2.5, Claude 4") == "en"
    assert detect_language("") == "en"
    assert detect_language("12345 --- !!!") == "en"


def test_long_text_is_fast():
    text = " ".join(GERMAN) * 20_000  # several megabytes
    started = time.perf_counter()
    assert detect_language(text) == "de"
    assert time.perf_counter() - started < 1.0


def test_stopword_lists_are_disjoint_lower_case_and_sized():
    data = json.loads(STOPWORDS_PATH.read_text(encoding="utf-8"))
    german, english = set(data["de"]), set(data["en"])
    assert not german & english
    assert 140 <= len(english) and 140 <= len(german)
    assert all(word == word.lower() and " " not in word for word in german | english)
    assert len(german) == len(data["de"]) and len(english) == len(data["en"])


@pytest.mark.parametrize(
    "value, expected",
    [
        ("de", "de"),
        ("DE", "de"),
        ("de-DE", "de"),
        ("de_AT", "de"),
        ("German", "de"),
        ("deutsch", "de"),
        ("deu", "de"),
        ("en", "en"),
        ("en-US", "en"),
        ("en_GB", "en"),
        ("English", "en"),
        ("eng", "en"),
        (" en ", "en"),
        (None, None),
        ("", None),
        ("und", None),
    ],
)
def test_normalise_language(value, expected):
    assert normalise_language(value) == expected


@pytest.mark.parametrize("value", ["fr", "fr-FR", "French", "zh_CN", "nl"])
def test_unsupported_language_is_named(value):
    with pytest.raises(UnsupportedLanguage) as info:
        normalise_language(value)
    assert value in str(info.value)
