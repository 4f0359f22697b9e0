import os
import pickle
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest

from extractors.readers import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    ReadError,
    ReadReport,
    iter_input_files,
    read_path,
    read_path_report,
)
from extractors.readers.dates import parse_date
from graph.models import Article, content_id

FIXTURES = Path(__file__).parent / "fixtures" / "readers"

GERMAN_CP1252 = (
    "„Künstliche Intelligenz ist für unsere Fabriken unverzichtbar“, sagte die Vorständin. "
    "Die Investition beträgt 500 Mio. € – größer als geplant. Der Sitz bleibt in der Königstraße."
)
ENGLISH_SENTENCE = "The chipmaker said it would supply accelerators to the cloud provider for three years."


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def only(articles: list[Article]) -> Article:
    assert len(articles) == 1
    return articles[0]


# --- plain text and Markdown -------------------------------------------------


def test_text_file_is_one_german_article():
    path = FIXTURES / "de_article.txt"
    article = only(read_path(path))
    content = path.read_text(encoding="utf-8")
    assert article.text == content
    assert article.id == content_id(content)
    assert article.source == "de_article.txt"
    assert article.lang == "de"
    assert article.title == "Rechenzentrum in Brandenburg: Cloudanbieter investiert zwei Milliarden Euro"
    assert "„Wir wollen, dass europäische Daten auch in Europa verarbeitet werden“" in article.text
    assert article.url is None and article.published is None


def test_markdown_is_kept_verbatim_so_offsets_stay_valid():
    path = FIXTURES / "en_article.md"
    article = only(read_path(path))
    content = path.read_text(encoding="utf-8")
    assert article.text == content
    assert article.text.startswith("# Chipmaker")
    assert article.title == "Chipmaker signs supply deal with cloud provider"
    assert article.lang == "en"
    start = content.index("Skyhold")
    assert article.text[start : start + len("Skyhold")] == "Skyhold"


@pytest.mark.parametrize(
    "first_lines, title",
    [
        ("\n\n## Section title ##\nbody text here", "Section title"),
        ("   \nPlain first line\nsecond", "Plain first line"),
        ("C# gains an AI assistant\nbody", "C# gains an AI assistant"),
    ],
)
def test_title_is_first_non_empty_line_without_heading_marks(tmp_path, first_lines, title):
    path = write(tmp_path, "note.md", first_lines)
    assert only(read_path(path)).title == title


# --- HTML ---------------------------------------------------------------------


def test_html_keeps_the_article_and_drops_the_page_around_it():
    article = only(read_path(FIXTURES / "page_en.html"))
    text = article.text
    assert "has raised $300 million in a funding round led by the venture firm Polestar Capital" in text
    assert "expects to double its engineering staff" in text
    for boilerplate in (
        "Subscribe to our newsletter",
        "Artificial Intelligence",
        "cookie",
        "Accept all",
        "Related stories",
        "Another start-up",
        "Copyright",
        "Privacy policy",
        "dataLayer",
        "trackPageView",
        "position: fixed",
    ):
        assert boilerplate not in text, boilerplate


def test_html_paragraphs_are_separated_by_blank_lines():
    text = only(read_path(FIXTURES / "page_en.html")).text
    assert "the company said on Friday.\n\nThe money will be used" in text
    paragraphs = text.split("\n\n")
    assert len(paragraphs) >= 3
    assert all(paragraph.strip() == paragraph and paragraph for paragraph in paragraphs)


def test_html_metadata():
    article = only(read_path(FIXTURES / "page_en.html"))
    assert article.title == "Robotics start-up Brightarm raises $300 million"
    assert article.url == "https://news.example.com/2025/03/brightarm-funding"
    assert article.published == date(2025, 3, 14)
    assert article.lang == "en"
    assert article.source == "page_en.html"


def test_german_html_without_cookie_banner_and_footer():
    article = only(read_path(FIXTURES / "page_de.html"))
    assert article.lang == "de"
    assert "Das Bundeskartellamt hat ein Verfahren" in article.text
    assert "Eine Entscheidung wird bis zum Sommer erwartet." in article.text
    for boilerplate in ("Cookies", "Einverstanden", "Impressum", "Startseite", "Beispielverlag"):
        assert boilerplate not in article.text
    assert article.published == date(2025, 2, 3)


def test_html_in_cp1252_without_charset_declaration(tmp_path):
    paragraph = GERMAN_CP1252 + " Weitere Details nannte das Unternehmen nicht."
    page = f"<html><head><title>Fabrik</title></head><body><article><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    path = write(tmp_path, "legacy.htm", page.encode("cp1252"))
    article = only(read_path(path))
    assert paragraph in article.text
    assert article.lang == "de"


# --- JSON and JSON Lines --------------------------------------------------------


def test_json_object_fields_and_identity():
    article = only(read_path(FIXTURES / "article.json"))
    assert article.source == "article.json"
    assert article.title == "Sprachmodell-Anbieter eröffnet Büro in München"
    assert article.url == "https://news.example.de/corvex-muenchen"
    assert article.published == date(2025, 3, 14)
    assert article.lang == "de"
    # the external id is not the identity: the content hash is
    assert article.id == content_id(article.text) != "ext-4711"


def test_json_list_skips_objects_without_text_and_reports_them():
    report = read_path_report(FIXTURES / "articles_list.json")
    assert isinstance(report, ReadReport)
    assert [a.source for a in report.articles] == ["articles_list.json#1", "articles_list.json#3"]
    assert report.problems == ["item 2: object has no text"]
    assert report.messages() == [f"{FIXTURES / 'articles_list.json'}: item 2: object has no text"]
    first, third = report.articles
    assert first.published == date(2025, 3, 14)  # RFC 822
    assert third.published is None  # unparseable date is not an error
    assert (first.lang, third.lang) == ("en", "de")


def test_jsonl_with_a_bad_line_still_yields_the_good_articles():
    path = FIXTURES / "articles.jsonl"
    report = read_path_report(path)
    assert [a.source for a in report.articles] == ["articles.jsonl#1", "articles.jsonl#4"]
    assert [a.lang for a in report.articles] == ["en", "de"]
    assert len(report.problems) == 1 and report.problems[0].startswith("line 2: malformed JSON")
    assert len(read_path(path)) == 2


def test_metadata_language_overrides_detection(tmp_path):
    path = write(tmp_path, "mixed.jsonl", "\n".join(
        [
            f'{{"text": "{ENGLISH_SENTENCE}", "lang": "German"}}',
            f'{{"text": "{ENGLISH_SENTENCE} Again.", "lang": "de-DE"}}',
            '{"text": "Die Firma hat heute ein neues Modell vorgestellt.", "lang": "en_US"}',
            '{"text": "Die Firma hat heute ein neues Modell vorgestellt. Wirklich.", "lang": ""}',
        ]
    ))
    assert [a.lang for a in read_path(path)] == ["de", "de", "en", "de"]


def test_unsupported_metadata_language_is_reported_per_record(tmp_path):
    path = write(tmp_path, "two.jsonl", '{"text": "Bonjour", "lang": "fr-FR"}\n{"text": "Hello there"}\n')
    report = read_path_report(path)
    assert [a.source for a in report.articles] == ["two.jsonl#2"]
    assert "'fr-FR'" in report.problems[0]


@pytest.mark.parametrize(
    "content, problem",
    [
        ('"just a string"', "object or a list of objects"),
        ('{"text": 42}', "field 'text' must be a string"),
        ('{"text": "ok", "title": ["a"]}', "field 'title' must be a string"),
        ('{"title": "no text"}', "object has no text"),
        ('{"text": "   "}', "object has no text"),
        ("[]", "no records"),
        ("[1, 2]", "item 1: expected a JSON object"),
    ],
)
def test_unusable_json_is_a_read_error(tmp_path, content, problem):
    path = write(tmp_path, "bad.json", content)
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert problem in info.value.problem


# --- feeds ----------------------------------------------------------------------


def test_rss_feed_one_article_per_entry():
    report = read_path_report(FIXTURES / "feed.rss")
    first, second = report.articles
    assert (first.source, second.source) == ("feed.rss#1", "feed.rss#2")
    assert first.title == "Autozulieferer setzt auf Sprachmodelle"
    assert first.url == "https://feed.example.de/artikel/1"
    # the date as written, not shifted to the next day in UTC
    assert first.published == date(2025, 3, 14)
    assert first.text == (
        "Ein Stuttgarter Autozulieferer testet Sprachmodelle in der Entwicklung.\n\n"
        "Die Software stammt von einem Berliner Startup & einem US-Konzern."
    )
    assert first.lang == second.lang == "de"
    # full content wins over the summary; scripts never reach the text
    assert "Energieversorger" in second.text and "Kurzfassung" not in second.text
    assert "alert" not in second.text
    assert second.published == date(2025, 2, 3)
    assert report.problems == ["entry 3: no content or summary"]


def test_atom_feed():
    first, second = read_path(FIXTURES / "feed.atom")
    assert first.source == "feed.atom#1"
    assert first.title == "Chip designer partners with foundry"
    assert first.url == "https://wire.example.com/chip-foundry"
    assert first.published == date(2025, 3, 14)  # published, not updated
    assert first.text == (
        "The chip designer Lumenic is partnering with a foundry in Taiwan to build its next accelerator."
    )
    assert second.published == date(2025, 3, 12)  # falls back to updated
    assert second.lang == "en"


def test_xml_file_that_is_a_feed():
    article = only(read_path(FIXTURES / "news_feed.xml"))
    assert article.source == "news_feed.xml#1"
    assert article.published == date(2025, 3, 11)


def test_feed_declaring_latin1_encoding(tmp_path):
    sentence = "Der Münchner Konzern übernimmt ein Startup für Spracherkennung, heißt es."
    feed = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>Übernahme</title><description>{sentence}</description></item></channel></rss>"
    )
    article = only(read_path(write(tmp_path, "latin.rss", feed.encode("latin-1"))))
    assert article.text == sentence
    assert article.title == "Übernahme"


def test_feed_with_unsupported_language(tmp_path):
    feed = (
        '<rss version="2.0"><channel><title>T</title><language>fr-fr</language>'
        "<item><title>t</title><description>La société a levé des fonds.</description></item>"
        "</channel></rss>"
    )
    with pytest.raises(ReadError) as info:
        read_path(write(tmp_path, "fr.rss", feed))
    assert "'fr-fr'" in info.value.problem


def test_feed_without_entries(tmp_path):
    feed = '<rss version="2.0"><channel><title>Empty</title></channel></rss>'
    with pytest.raises(ReadError, match="feed has no entries"):
        read_path(write(tmp_path, "empty.rss", feed))


# --- encodings ------------------------------------------------------------------


def test_cp1252_german_with_quotes_and_euro(tmp_path):
    path = write(tmp_path, "legacy.txt", GERMAN_CP1252.encode("cp1252"))
    article = only(read_path(path))
    assert article.text == GERMAN_CP1252
    assert article.lang == "de"


def test_cp1252_english_with_curly_quotes(tmp_path):
    text = "The company said it was “very pleased” with the €2 billion deal – its largest so far."
    article = only(read_path(write(tmp_path, "legacy_en.txt", text.encode("cp1252"))))
    assert article.text == text


def test_latin1_german(tmp_path):
    text = "Die Übernahme des Münchner Start-ups kostet 40 Millionen Euro, heißt es aus Kreisen."
    article = only(read_path(write(tmp_path, "latin1.txt", text.encode("latin-1"))))
    assert article.text == text


@pytest.mark.parametrize(
    "prefix, codec",
    [
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
        (b"", "utf-8"),
    ],
)
def test_byte_order_marks_are_stripped(tmp_path, prefix, codec):
    path = write(tmp_path, "bom.txt", prefix + GERMAN_CP1252.encode(codec))
    article = only(read_path(path))
    assert article.text == GERMAN_CP1252
    assert not article.title.startswith("\ufeff")


def test_utf16_json_lines(tmp_path):
    lines = '{"text": "Die Behörde prüft den Fall."}\n{"text": "The agency is reviewing the case."}\n'
    articles = read_path(write(tmp_path, "wide.jsonl", lines.encode("utf-16")))
    assert [a.text for a in articles] == ["Die Behörde prüft den Fall.", "The agency is reviewing the case."]


def test_newlines_and_unicode_are_normalised(tmp_path):
    raw = "Erste Zeile in Mu\u0308nchen\r\nzweite Zeile\rdritte Zeile\n".encode("utf-8")
    article = only(read_path(write(tmp_path, "lines.txt", raw)))
    assert article.text == "Erste Zeile in München\nzweite Zeile\ndritte Zeile\n"


def test_invalid_text_after_a_byte_order_mark(tmp_path):
    path = write(tmp_path, "odd.txt", b"\xff\xfeA\x00B")
    with pytest.raises(ReadError, match="byte order mark"):
        read_path(path)


# --- dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-03-14", date(2025, 3, 14)),
        ("2025-03-14T09:00:00Z", date(2025, 3, 14)),
        ("2025-03-14T23:30:00-05:00", date(2025, 3, 14)),
        ("2025-03-14 09:00", date(2025, 3, 14)),
        ("Fri, 14 Mar 2025 09:00:00 GMT", date(2025, 3, 14)),
        ("Fri, 14 Mar 2025 23:30:00 -0500", date(2025, 3, 14)),
        ("14.03.2025", date(2025, 3, 14)),
        ("31.02.2025", None),
        ("next Friday", None),
        ("", None),
        (None, None),
        (20250314, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# --- bad input ------------------------------------------------------------------


def assert_read_error(path: Path, fragment: str, **kwargs) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_path(path, **kwargs)
    err = info.value
    assert err.path == path
    assert fragment in err.problem
    assert str(err) == f"{path}: {err.problem}"
    assert path.name in str(err)
    return err


@pytest.mark.parametrize(
    "name, fragment",
    [
        ("empty.txt", "file is empty"),
        ("whitespace.md", "only whitespace"),
        ("notes.csv", "unsupported file type '.csv'"),
        ("malformed.json", "malformed JSON at line 4, column 3"),
        ("all_bad.jsonl", "line 1: malformed JSON"),
        ("no_text.html", "no article text"),
        ("not_a_feed.xml", "not an RSS or Atom feed"),
        ("broken.rss", "malformed XML"),
        ("unsupported_lang.json", "unsupported language 'fr'"),
    ],
)
def test_broken_fixture_files(name, fragment):
    assert_read_error(FIXTURES / name, fragment)


def test_unknown_suffix_lists_the_supported_ones():
    err = assert_read_error(FIXTURES / "notes.csv", "supported:")
    for suffix in SUPPORTED_SUFFIXES:
        assert suffix in err.problem


def test_missing_suffix(tmp_path):
    assert_read_error(write(tmp_path, "README", ENGLISH_SENTENCE), "no suffix")


def test_missing_file(tmp_path):
    assert_read_error(tmp_path / "missing.txt", "does not exist")


def test_directory(tmp_path):
    folder = tmp_path / "articles.txt"
    folder.mkdir()
    assert_read_error(folder, "is a directory")


def test_nul_bytes_mean_binary(tmp_path):
    path = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    assert_read_error(path, "binary file")


def test_control_bytes_mean_binary(tmp_path):
    path = write(tmp_path, "blob.json", bytes(range(1, 32)) * 300 + b"text at the end")
    assert_read_error(path, "binary file")


def test_random_bytes_mean_binary(tmp_path):
    assert_read_error(write(tmp_path, "noise.html", os.urandom(20_000)), "binary file")


def test_fifty_megabytes_are_refused_by_size_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no data is written
    started = time.perf_counter()
    err = assert_read_error(path, "too large")
    assert time.perf_counter() - started < 0.5
    assert "50.0 MB" in err.problem and "10.0 MB" in err.problem
    assert str(50 * 1024 * 1024) in err.problem and str(DEFAULT_MAX_BYTES) in err.problem


def test_size_limit_from_argument_and_environment(tmp_path, monkeypatch):
    path = write(tmp_path, "medium.txt", ENGLISH_SENTENCE * 20)
    size = path.stat().st_size
    assert_read_error(path, f"({size} bytes), the limit is 1000 bytes", max_bytes=1000)
    monkeypatch.setenv("AIKG_MAX_BYTES", "100")
    assert_read_error(path, "the limit is 100 bytes")
    monkeypatch.setenv("AIKG_MAX_BYTES", str(size))
    assert len(read_path(path)) == 1
    monkeypatch.setenv("AIKG_MAX_BYTES", "ten")
    assert_read_error(path, "AIKG_MAX_BYTES must be a positive number")


def _read_as_unprivileged_user(path: Path) -> str:
    """Root reads every file, so the check runs in a forked child that has dropped to 'nobody'."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            try:
                read_path(path)
                message = "read without error"
            except ReadError as err:
                message = str(err)
            os.write(write_end, message.encode("utf-8"))
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, encoding="utf-8") as pipe:
        message = pipe.read()
    os.waitpid(pid, 0)
    return message


def test_permission_denied(tmp_path):
    if os.geteuid() != 0:
        path = write(tmp_path, "secret.txt", ENGLISH_SENTENCE)
        path.chmod(0)
        assert_read_error(path, "permission denied")
        return
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o755)  # the unprivileged child may look inside but not read
        path = write(Path(folder), "secret.txt", ENGLISH_SENTENCE)
        path.chmod(0o600)
        assert _read_as_unprivileged_user(path) == f"{path}: permission denied"


@pytest.mark.parametrize(
    "name, content",
    [
        ("tags.html", "<<<>>> &&& </p></div>"),
        ("unclosed.html", "<html><body><div><p>Nur ein Satz ohne Ende"),
        ("truncated.rss", '<rss version="2.0"><channel><item><title>A</title><description>B'),
        ("weird.xml", "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]><x>&a;&a;</x>"),
        ("nested.json", "[" * 5000 + "]" * 5000),
        ("one.jsonl", "\n\n   \n{}\n"),
    ],
)
def test_hostile_input_never_escapes_as_another_exception(tmp_path, name, content):
    path = write(tmp_path, name, content)
    try:
        report = read_path_report(path)
    except ReadError as err:
        assert err.path == path and err.problem
    else:
        assert all(isinstance(article, Article) for article in report.articles)


def test_every_fixture_reads_or_fails_cleanly():
    for path in sorted(FIXTURES.iterdir()):
        try:
            articles = read_path(path)
        except ReadError as err:
            assert err.path == path
        else:
            assert articles and len({a.source for a in articles}) == len(articles)


def test_read_error_survives_pickling():
    err = ReadError(Path("a/b.txt"), "file is empty")
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.path, copy.problem, str(copy)) == (err.path, err.problem, "a/b.txt: file is empty")


# --- finding input files --------------------------------------------------------


def test_iter_input_files_expands_directories(tmp_path):
    root = tmp_path / "corpus"
    for relative in [
        "b.txt",
        "a.md",
        "sub/c.json",
        "sub/deeper/d.rss",
        "sub/gold.jsonl",
        "entities.jsonl",
        ".hidden.txt",
        ".git/config.txt",
        "image.png",
        "UPPER.HTML",
    ]:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ENGLISH_SENTENCE, encoding="utf-8")
    found = [path.relative_to(root).as_posix() for path in iter_input_files([root])]
    assert found == ["UPPER.HTML", "a.md", "b.txt", "sub/c.json", "sub/deeper/d.rss"]


def test_iter_input_files_passes_explicit_paths_through(tmp_path):
    unknown = write(tmp_path, "image.png", b"\x89PNG")
    gold = write(tmp_path, "gold.jsonl", "{}")
    missing = tmp_path / "missing.txt"
    folder = tmp_path / "folder"
    folder.mkdir()
    inside = write(folder, "x.txt", ENGLISH_SENTENCE)
    given = [unknown, missing, folder, gold]
    assert list(iter_input_files(given)) == [unknown, missing, inside, gold]
    assert_read_error(unknown, "unsupported file type '.png'")
    assert_read_error(missing, "does not exist")


def test_iter_input_files_accepts_strings_and_generators(tmp_path):
    path = write(tmp_path, "a.txt", ENGLISH_SENTENCE)
    assert list(iter_input_files(p for p in [str(path)])) == [path]


def test_directory_walk_skips_a_corpus_readme(tmp_path):
    (tmp_path / "README.md").write_text("# About this corpus\n\nNotes for people.\n", encoding="utf-8")
    (tmp_path / "story.md").write_text("# Nvidia liefert Chips\n\nNvidia liefert Chips an Meta.\n", encoding="utf-8")
    from extractors.readers import iter_input_files as walk

    assert [p.name for p in walk([tmp_path])] == ["story.md"]
