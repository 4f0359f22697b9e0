"""`aikg` as a user runs it: help, the extract contract, ingest, listings, exit codes.

The rule extractor is being tuned, so what it finds is never asserted here;
tests that need relations on hand use the co-mention test extractor from
tests/helpers.py through the public `--extractor` option.
"""

import csv
import io
import json
import shutil

import pytest

from aikg.cli import main
from extractors.readers import iter_input_files, read_path
from graph.models import EntityType, RelationType, Status
from tests.helpers import (
    CLI_FIXTURES,
    DEV_CORPUS,
    EXTRACT_KEYS,
    STATS_KEYS,
    CoMentionExtractor,
    jsonl,
    run,
    stats_json,
    use_shared_extractor,
)

CO_MENTION = ("--extractor", CoMentionExtractor.name)


@pytest.fixture(scope="module", autouse=True)
def shared_extractor():
    with pytest.MonkeyPatch.context() as mp:
        use_shared_extractor(mp)
        yield


@pytest.fixture(scope="module")
def store_with_relations(tmp_path_factory):
    """The CLI fixtures ingested with the co-mention extractor (relations guaranteed)."""
    path = tmp_path_factory.mktemp("store") / "aikg.db"
    result = run("ingest", CLI_FIXTURES, "--store", path, *CO_MENTION)
    assert result.exit_code == 0, result.stderr
    return path


def article_texts(*paths) -> dict[str, str]:
    """Article text by the name `extract` prints in its `article` field."""
    return {a.source: a.text for p in iter_input_files(paths) for a in read_path(p)}


def assert_extract_contract(lines: list[dict], texts: dict[str, str]) -> None:
    for line in lines:
        missing = EXTRACT_KEYS - set(line)
        assert not missing, f"{line} lacks {missing}"
        assert line["subject_type"] in {t.value for t in EntityType}
        assert line["object_type"] in {t.value for t in EntityType}
        assert line["predicate"] in {p.value for p in RelationType}
        assert line["status"] in {s.value for s in Status}
        assert isinstance(line["negated"], bool)
        assert 0.0 <= line["confidence"] <= 1.0
        assert line["subject"] and line["object"] and line["subject"] != line["object"]
        assert isinstance(line["evidence"], list) and line["evidence"]
        text = texts[line["article"]]
        for ev in line["evidence"]:
            assert {"sentence", "start", "end"} <= set(ev)
            assert text[ev["start"] : ev["end"]] == ev["sentence"], line


# -- help -----------------------------------------------------------------------------


def test_main_help_lists_the_commands():
    result = run("--help")
    assert result.exit_code == 0
    for name in ("extract", "ingest", "stats", "entities", "relations"):
        assert name in result.stdout


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_with_an_example(name):
    result = run(name, "--help")
    assert result.exit_code == 0, result.stderr
    assert main.commands[name].help, f"{name} has no help text"
    assert "Example" in result.stdout, f"`aikg {name} --help` shows no example"


# -- extract ---------------------------------------------------------------------------


def test_extract_prints_the_contract_for_every_relation():
    result = run("extract", CLI_FIXTURES, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert_extract_contract(jsonl(result.stdout), article_texts(CLI_FIXTURES))


def test_extract_contract_with_relations_on_hand():
    result = run("extract", CLI_FIXTURES, *CO_MENTION)
    assert result.exit_code == 0, result.stderr
    lines = jsonl(result.stdout)
    expected = sum(len(CoMentionExtractor().extract(a).relations)
                   for p in iter_input_files([CLI_FIXTURES]) for a in read_path(p))
    assert len(lines) == expected > 0
    assert_extract_contract(lines, article_texts(CLI_FIXTURES))
    # one line per article of a multi-record file, named so it can be found again
    assert {"articles.jsonl#1", "articles.jsonl#2", "page_de.html"} <= {line["article"] for line in lines}


def test_extract_table_and_min_confidence():
    table = run("extract", CLI_FIXTURES, *CO_MENTION, "--format", "table")
    assert table.exit_code == 0, table.stderr
    header, rule, *rows = table.stdout.splitlines()
    assert header.split() == ["article", "subject", "predicate", "object", "status", "negated", "confidence"]
    assert set(rule.replace(" ", "")) == {"-"}
    everything = jsonl(run("extract", CLI_FIXTURES, *CO_MENTION).stdout)
    assert len(rows) == len(everything)

    confident = jsonl(run("extract", CLI_FIXTURES, *CO_MENTION, "--min-confidence", "0.75").stdout)
    assert 0 < len(confident) < len(everything)
    assert all(line["confidence"] >= 0.75 for line in confident)
    none = run("extract", CLI_FIXTURES, *CO_MENTION, "--min-confidence", "1.0")
    assert none.exit_code == 0 and jsonl(none.stdout) == []


def test_extract_with_the_rule_extractor_honours_min_confidence():
    all_lines = jsonl(run("extract", CLI_FIXTURES, "--min-confidence", "0").stdout)
    strict = jsonl(run("extract", CLI_FIXTURES, "--min-confidence", "1.0").stdout)
    assert len(strict) <= len(all_lines)
    assert all(line["confidence"] >= 1.0 for line in strict)


def test_extract_exit_code_is_1_when_a_file_fails(tmp_path):
    missing = tmp_path / "missing.txt"
    result = run("extract", CLI_FIXTURES / "en_funding.md", missing, *CO_MENTION)
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 1 and str(missing) in errors[0] and "does not exist" in errors[0]
    assert jsonl(result.stdout)  # the good file still printed its relations


def test_extract_in_parallel_prints_what_one_process_prints(tmp_path):
    # a broken file in the middle: its error line, the others' relations in input order
    (tmp_path / "b_broken.html").write_bytes(b"\xff\xfe\x00<html")
    for name in ("a_funding.md", "c_funding.md"):
        (tmp_path / name).write_text((CLI_FIXTURES / "en_funding.md").read_text(encoding="utf-8"), encoding="utf-8")
    one = run("extract", CLI_FIXTURES, tmp_path)
    two = run("extract", CLI_FIXTURES, tmp_path, "--jobs", "2")
    assert one.exit_code == two.exit_code == 1
    assert two.stdout == one.stdout and jsonl(two.stdout)
    assert [line["article"] for line in jsonl(two.stdout)] == [line["article"] for line in jsonl(one.stdout)]
    assert two.stderr == one.stderr and "b_broken.html" in two.stderr


def test_extract_rejects_a_negative_job_count():
    result = run("extract", CLI_FIXTURES, "--jobs", "-1")
    assert result.exit_code == 2 and "--jobs" in result.stderr


def test_extract_rejects_an_unknown_extractor():
    result = run("extract", CLI_FIXTURES, "--extractor", "no-such-extractor")
    assert result.exit_code != 0
    assert "unknown extractor 'no-such-extractor'" in result.stderr
    assert "Traceback" not in result.output


# -- ingest ------------------------------------------------------------------------------


def test_ingest_twice_changes_nothing(tmp_path):
    store = tmp_path / "aikg.db"
    articles = sum(len(read_path(p)) for p in iter_input_files([CLI_FIXTURES]))
    first = run("ingest", CLI_FIXTURES, "--store", store)
    assert first.exit_code == 0, first.stderr
    assert f"{articles} new, 0 unchanged, 0 failed" in first.stdout
    before = stats_json(store)
    assert set(before) == STATS_KEYS
    assert before["articles"] == articles

    second = run("ingest", CLI_FIXTURES, "--store", store)
    assert second.exit_code == 0, second.stderr
    assert f"0 new, {articles} unchanged, 0 failed" in second.stdout
    assert stats_json(store) == before


def test_ingest_in_parallel_stores_what_one_process_stores(tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert run("ingest", CLI_FIXTURES, "--store", one).exit_code == 0
    result = run("ingest", CLI_FIXTURES, "--store", two, "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    assert stats_json(two) == stats_json(one)
    assert stats_json(two)["relations"] > 0


def test_ingest_with_relations_twice_keeps_stats(store_with_relations, tmp_path):
    copy = tmp_path / "copy.db"
    shutil.copy(store_with_relations, copy)
    before = stats_json(copy)
    assert before["relations"] > 0 and before["evidences"] >= before["relations"]
    again = run("ingest", CLI_FIXTURES, "--store", copy, *CO_MENTION)
    assert again.exit_code == 0 and " 0 new," in again.stdout
    assert stats_json(copy) == before


def test_ingest_min_confidence_stores_fewer_relations(tmp_path):
    strict = tmp_path / "strict.db"
    result = run("ingest", CLI_FIXTURES, "--store", strict, *CO_MENTION, "--min-confidence", "1.0")
    assert result.exit_code == 0
    figures = stats_json(strict)
    assert figures["relations"] == figures["evidences"] == 0
    assert figures["articles"] > 0  # articles and entities are kept


# -- listings ------------------------------------------------------------------------------


def test_stats_formats(store_with_relations):
    figures = stats_json(store_with_relations)
    assert set(figures) == STATS_KEYS and all(isinstance(v, int) for v in figures.values())
    table = run("stats", "--store", store_with_relations)
    assert table.exit_code == 0
    assert {line.split()[0]: int(line.split()[1]) for line in table.stdout.splitlines()} == figures


def test_entities_json_and_csv_agree(store_with_relations):
    as_json = json.loads(run("entities", "--store", store_with_relations, "--format", "json").stdout)
    assert len(as_json) == stats_json(store_with_relations)["entities"]
    as_csv = list(csv.DictReader(io.StringIO(run("entities", "--store", store_with_relations,
                                                 "--format", "csv").stdout)))
    assert [row["id"] for row in as_csv] == [row["id"] for row in as_json]
    for c, j in zip(as_csv, as_json):
        assert json.loads(c["aliases"]) == j["aliases"]  # lists survive, even aliases with commas
        assert float(c["confidence"]) == j["confidence"]
        assert int(c["degree"]) == j["degree"]
    as_jsonl = jsonl(run("entities", "--store", store_with_relations, "--format", "jsonl").stdout)
    assert as_jsonl == as_json


def test_entities_filters(store_with_relations):
    by_name = json.loads(run("entities", "--store", store_with_relations, "--name", "OPENAIS",
                             "--format", "json").stdout)
    assert [row["id"] for row in by_name] == ["Q21708200"]
    companies = json.loads(run("entities", "--store", store_with_relations, "--type", "Company",
                               "--limit", "2", "--format", "json").stdout)
    assert len(companies) == 2 and {row["type"] for row in companies} == {"Company"}


def test_relations_csv_parses_and_matches_json(store_with_relations):
    as_json = json.loads(run("relations", "--store", store_with_relations, "--format", "json").stdout)
    assert len(as_json) == stats_json(store_with_relations)["relations"] > 0
    out = run("relations", "--store", store_with_relations, "--format", "csv").stdout
    as_csv = list(csv.DictReader(io.StringIO(out)))
    assert len(as_csv) == len(as_json)
    for c, j in zip(as_csv, as_json):
        assert (c["subject"], c["predicate"], c["object"]) == (j["subject"], j["predicate"], j["object"])
        assert float(c["confidence"]) == j["confidence"]
        assert int(c["evidence_count"]) == j["evidence_count"]
        assert json.loads(c["attributes"]) == j["attributes"]


def test_relations_min_confidence(store_with_relations):
    def count(*args):
        result = run("relations", "--store", store_with_relations, "--format", "json", *args)
        assert result.exit_code == 0
        return json.loads(result.stdout)

    everything, strict = count("--min-confidence", "0"), count("--min-confidence", "1.0")
    assert len(strict) <= len(everything)
    assert len(count("--min-confidence", "0.75")) < len(everything)
    assert all(r["confidence"] >= 0.75 for r in count("--min-confidence", "0.75"))
    named = count("--name", "microsoft")
    assert named and all("Microsoft" in (r["subject"], r["object"]) for r in named)


def test_empty_listing_csv_still_has_a_header(tmp_path):
    store = tmp_path / "empty.db"
    run("ingest", CLI_FIXTURES / "en_funding.md", "--store", store, *CO_MENTION)
    out = run("relations", "--store", store, "--name", "nobody-at-all", "--format", "csv").stdout
    assert out.splitlines()[0].split(",")[:3] == ["subject_id", "subject", "subject_type"]
    assert json.loads(run("relations", "--store", store, "--name", "nobody", "--format", "json").stdout) == []


# -- store problems --------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["stats", "entities", "relations"])
def test_reading_a_missing_store_is_one_clear_line(tmp_path, command):
    store = tmp_path / "nothing-here.db"
    result = run(command, "--store", store)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(store) in lines[0] and "no store" in lines[0]
    assert "Traceback" not in result.output
    assert not store.exists()  # looking does not create one


def test_a_file_that_is_not_a_store_is_one_clear_line(tmp_path):
    store = tmp_path / "notes.db"
    store.write_text("shopping list\n" * 100)
    result = run("stats", "--store", store)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "not an aikg store" in lines[0]


def test_store_from_environment(store_with_relations):
    result = run("stats", "--format", "json", env={"AIKG_STORE": str(store_with_relations)})
    assert result.exit_code == 0
    assert json.loads(result.stdout) == stats_json(store_with_relations)


# -- the client's sample articles --------------------------------------------------------------


@pytest.fixture(scope="module")
def dev_articles():
    files = sorted(DEV_CORPUS.glob("*.txt")) if DEV_CORPUS.is_dir() else []
    if not files:
        pytest.skip(f"client sample corpus not found at {DEV_CORPUS}")
    return files


def test_extract_on_the_client_samples(dev_articles):
    result = run("extract", *dev_articles, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    lines = jsonl(result.stdout)
    assert lines, "no relation extracted from the client's sample articles"
    assert_extract_contract(lines, article_texts(*dev_articles))
    assert {line["article"] for line in lines} <= {p.name for p in dev_articles}


def test_ingesting_the_client_samples_twice_changes_nothing(dev_articles, tmp_path):
    store = tmp_path / "aikg.db"
    first = run("ingest", DEV_CORPUS, "--store", store)
    assert first.exit_code == 0, first.stderr
    before = stats_json(store)
    assert set(before) == STATS_KEYS and before["articles"] == len(dev_articles)
    second = run("ingest", DEV_CORPUS, "--store", store)
    assert second.exit_code == 0 and f"0 new, {len(dev_articles)} unchanged" in second.stdout
    assert stats_json(store) == before
