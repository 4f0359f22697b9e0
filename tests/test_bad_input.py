"""Bad input through `aikg ingest` into a store that already holds good articles.

Each bad file must cost exactly one stderr line naming the file and the
problem; good files in the same run are ingested; the exit code is 1; and
nothing stored before is lost.
"""

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from extractors.readers import read_path
from tests.helpers import (
    CLI_FIXTURES,
    CoMentionExtractor,
    article_ids,
    relation_keys,
    rules_extractor,
    run,
    stats_json,
    use_shared_extractor,
)

GOOD_TEXT = (
    "Oracle baut Rechenzentren für OpenAI\n\n"
    "Oracle will in Texas weitere Rechenzentren errichten, die OpenAI für das Training seiner Modelle "
    "nutzen soll. Die Chips dafür liefert Nvidia."
)
GOOD_JSONL_LINE = json.dumps(
    {"title": "Anthropic expands in Europe", "lang": "en", "published": "2024-09-02",
     "text": "Anthropic opens an office in Munich. The start-up competes with OpenAI for European customers."}
)
FIFTY_MB = 50 * 1024 * 1024


@pytest.fixture(scope="module", autouse=True)
def shared_extractor():
    with pytest.MonkeyPatch.context() as mp:
        use_shared_extractor(mp)
        mp.delenv("AIKG_MAX_BYTES", raising=False)  # the default limit (10 MB) is under test
        yield


@pytest.fixture(scope="module")
def filled_store(tmp_path_factory):
    """Good articles with relations, ingested before any bad input arrives."""
    path = tmp_path_factory.mktemp("filled") / "aikg.db"
    result = run("ingest", CLI_FIXTURES, "--store", path, "--extractor", CoMentionExtractor.name)
    assert result.exit_code == 0, result.stderr
    return path


class Before:
    """What the store held before the bad run, to compare with after it."""

    def __init__(self, store: Path) -> None:
        self.store = store
        self.stats = stats_json(store)
        self.relations = relation_keys(store)
        self.articles = article_ids(store)
        assert self.stats["relations"] > 0 and self.articles

    def assert_kept(self) -> None:
        after = stats_json(self.store)
        assert all(after[key] >= value for key, value in self.stats.items()), (self.stats, after)
        assert self.relations <= relation_keys(self.store)
        assert self.articles <= article_ids(self.store)


@pytest.fixture
def store(filled_store, tmp_path) -> Path:
    copy = tmp_path / "store" / "aikg.db"
    copy.parent.mkdir()
    shutil.copy(filled_store, copy)
    return copy


def good_file(folder: Path, name: str = "gut.txt") -> Path:
    path = folder / name
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def assert_one_line_per_bad_file(stderr: str, problems: dict[Path, str]) -> None:
    lines = error_lines(stderr)
    assert len(lines) == len(problems), lines
    for path, problem in problems.items():
        naming = [line for line in lines if f"{path}: " in line]
        assert len(naming) == 1, (path, lines)
        assert problem in naming[0].lower(), (problem, naming[0])
        assert "Traceback" not in naming[0]


# -- one bad file next to a good one -------------------------------------------------------


def _binary(folder: Path) -> Path:
    path = folder / "scan.txt"
    path.write_bytes(b"%PDF-1.7\n\x00\x01\x02\x03" + bytes(range(256)) * 8)
    return path


def _empty(folder: Path) -> Path:
    path = folder / "leer.txt"
    path.touch()
    return path


def _fifty_megabytes(folder: Path) -> Path:
    path = folder / "dump.txt"
    with path.open("wb") as handle:  # sparse: no 50 MB written to disk
        handle.truncate(FIFTY_MB)
    return path


def _malformed_html(folder: Path) -> Path:
    path = folder / "seite.html"
    path.write_text("<<<>>> &&& </p></div><html <body", encoding="utf-8")
    return path


def _malformed_json(folder: Path) -> Path:
    path = folder / "meldung.json"
    path.write_text('{"title": "Nvidia liefert Chips", "text": "Nvidia liefert Chips an OpenAI.",', encoding="utf-8")
    return path


def _malformed_xml_feed(folder: Path) -> Path:
    path = folder / "ticker.xml"
    path.write_text('<?xml version="1.0"?>\n<rss version="2.0"><channel><<title>>KI</title></channel>',
                    encoding="utf-8")
    return path


def _unknown_extension(folder: Path) -> Path:
    path = folder / "notizen.csv"
    path.write_text("company,partner\nMicrosoft,OpenAI\n", encoding="utf-8")
    return path


def _nonexistent(folder: Path) -> Path:
    return folder / "verschwunden.txt"


CASES = {
    "binary": (_binary, "binary"),
    "empty": (_empty, "empty"),
    "50 MB": (_fifty_megabytes, "too large"),
    "malformed HTML": (_malformed_html, "no article text"),
    "malformed JSON": (_malformed_json, "malformed json"),
    "malformed XML feed": (_malformed_xml_feed, "malformed xml"),
    "unknown extension": (_unknown_extension, "unsupported file type '.csv'"),
    "nonexistent": (_nonexistent, "does not exist"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_one_bad_file_costs_one_line(case, store, tmp_path):
    make, problem = CASES[case]
    before = Before(store)
    bad, good = make(tmp_path), good_file(tmp_path)
    result = run("ingest", bad, good, "--store", store)
    assert result.exit_code == 1
    assert_one_line_per_bad_file(result.stderr, {bad: problem})
    assert "1 new, 0 unchanged, 1 failed" in result.stdout
    assert read_path(good)[0].id in article_ids(store)
    before.assert_kept()


def test_the_size_limit_names_size_limit_and_setting(store, tmp_path):
    bad = _fifty_megabytes(tmp_path)
    result = run("ingest", bad, "--store", store)
    (line,) = error_lines(result.stderr)
    assert "50.0 MB" in line and "10.0 MB" in line and "AIKG_MAX_BYTES" in line


def test_a_malformed_jsonl_line_costs_one_line_and_keeps_the_good_lines(store, tmp_path):
    before = Before(store)
    path = tmp_path / "export.jsonl"
    path.write_text(GOOD_JSONL_LINE + "\n" + '{"title": "kaputt", "text": "Nvidia \n', encoding="utf-8")
    result = run("ingest", path, "--store", store)
    assert result.exit_code == 1
    assert_one_line_per_bad_file(result.stderr, {path: "line 2: malformed json"})
    assert read_path(path)[0].id in article_ids(store)  # line 1 is stored
    assert "1 new" in result.stdout
    before.assert_kept()


def test_a_jsonl_file_of_only_broken_lines_is_one_line(store, tmp_path):
    before = Before(store)
    path = tmp_path / "kaputt.jsonl"
    path.write_text("{broken\n[1, 2\n", encoding="utf-8")
    result = run("ingest", path, "--store", store)
    assert result.exit_code == 1
    assert_one_line_per_bad_file(result.stderr, {path: "malformed json"})
    before.assert_kept()


def test_a_directory_mixing_good_and_bad_files(store, tmp_path):
    before = Before(store)
    folder = tmp_path / "eingang"
    (folder / "alt").mkdir(parents=True)
    goods = [good_file(folder), folder / "alt" / "news.jsonl"]
    goods[1].write_text(GOOD_JSONL_LINE + "\n", encoding="utf-8")
    bads = {
        _binary(folder): "binary",
        _empty(folder / "alt"): "empty",
        _malformed_json(folder): "malformed json",
        _malformed_xml_feed(folder): "malformed xml",
        _malformed_html(folder / "alt"): "no article text",
    }
    result = run("ingest", folder, "--store", store)
    assert result.exit_code == 1
    assert_one_line_per_bad_file(result.stderr, bads)
    assert f"2 new, 0 unchanged, {len(bads)} failed" in result.stdout
    stored = article_ids(store)
    assert all(read_path(g)[0].id in stored for g in goods)
    before.assert_kept()


def test_a_run_of_only_good_files_exits_0(store, tmp_path):
    result = run("ingest", good_file(tmp_path), "--store", store)
    assert result.exit_code == 0 and result.stderr == ""


# -- permission denied ---------------------------------------------------------------------------


def _ingest_as_nobody(*args) -> dict:
    """Root reads every file, so the run happens in a forked child that has dropped to 'nobody'."""
    rules_extractor()  # built here, so the child inherits it
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            try:
                result = run(*args)
                outcome = {"exit_code": result.exit_code, "stdout": result.stdout, "stderr": result.stderr}
            except BaseException as err:  # report, never escape into the parent's test run
                outcome = {"exit_code": None, "stdout": "", "stderr": f"{type(err).__name__}: {err}"}
            os.write(write_end, json.dumps(outcome).encode("utf-8"))
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, encoding="utf-8") as pipe:
        message = pipe.read()
    os.waitpid(pid, 0)
    return json.loads(message)


def test_an_unreadable_file_costs_one_line(filled_store):
    with tempfile.TemporaryDirectory() as name:  # under /tmp: pytest's tmp_path is closed to others
        folder = Path(name)
        os.chmod(folder, 0o777)
        store = folder / "aikg.db"
        shutil.copy(filled_store, store)
        os.chmod(store, 0o666)
        before = Before(store)
        secret, good = folder / "geheim.txt", good_file(folder)
        secret.write_text(GOOD_TEXT.replace("Oracle", "Microsoft"), encoding="utf-8")
        secret.chmod(0)
        args = ("ingest", secret, good, "--store", store)
        outcome = _ingest_as_nobody(*args) if os.geteuid() == 0 else _as_dict(run(*args))
        assert outcome["exit_code"] == 1, outcome
        assert_one_line_per_bad_file(outcome["stderr"], {secret: "permission denied"})
        assert read_path(good)[0].id in article_ids(store)
        before.assert_kept()


def _as_dict(result) -> dict:
    return {"exit_code": result.exit_code, "stdout": result.stdout, "stderr": result.stderr}
