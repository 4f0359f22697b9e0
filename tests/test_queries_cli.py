"""`aikg query` and `aikg cypher` as a user runs them (embedded store; no server needed)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from aikg.cli import main
from queries import default_catalogue
from queries.browser_guide import render_guide
from queries.runner import WriteRefused, check_read_only
from queries.sample import build_sample_store


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "aikg.db"
    build_sample_store(path).close()
    return path


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result


def test_without_a_name_it_lists_the_catalogue():
    result = run("query", "--format", "json")
    listed = {row["name"]: row for row in json.loads(result.output)}
    assert result.exit_code == 0 and set(listed) == set(default_catalogue().queries)
    assert listed["path_between"]["parameters"] == "a: string, b: string, max_depth: int[1..6] = 4, limit: int[1..] = 50"


def test_runs_a_query_with_parameters(store_path):
    result = run("query", "partners_of", "-p", "name", "openai", "--store", store_path)
    assert result.exit_code == 0
    header, rule, *lines = result.output.splitlines()
    assert header.split()[:3] == ["entity", "partner", "partner_id"]
    assert [line.split()[1] for line in lines] == ["Microsoft", "SAP"]


def test_json_and_csv_carry_the_same_rows(store_path):
    args = ("query", "investors_in", "-p", "name", "Anthropic", "--store", store_path, "--format")
    as_json = json.loads(run(*args, "json").output)
    as_csv = list(csv.DictReader(io.StringIO(run(*args, "csv").output)))
    assert [r["investor"] for r in as_json] == [r["investor"] for r in as_csv] == ["Amazon"]
    assert as_json[0]["amount"] == 4_000_000_000


def test_an_empty_result_still_has_a_csv_header(store_path):
    result = run("query", "partners_of", "-p", "name", "nobody", "--store", store_path, "--format", "csv")
    assert result.exit_code == 0
    assert result.output.splitlines() == ["entity,partner,partner_id,partner_type,status,confidence,"
                                          "evidence_count,first_seen,last_seen"]


@pytest.mark.parametrize(
    "args, message",
    [
        (("query", "partner_of", "-p", "name", "x"), "unknown query 'partner_of'; did you mean 'partners_of'?"),
        (("query", "drop table", "-p", "name", "x"), "unknown query 'drop table'"),
        (("query", "partners_of"), "needs parameter 'name'"),
        (("query", "partners_of", "-p", "name", "x", "-p", "limit", "many"), "expects int"),
        (("query", "partners_of", "-p", "name", "x", "-p", "name", "y"), "given twice"),
        (("query", "new_since", "-p", "date", "2025-02-30"), "expects date"),
        (("query", "ego_network", "-p", "name", "x", "-p", "depth", "9"), r"expects int[1..3]"),
        (("query", "partners_of", "-p", "nme", "x"), "no parameter 'nme'"),
        (("cypher", "MATCH (n) DETACH DELETE n"), "refused: DETACH DELETE"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(store_path, args, message):
    result = run(*args, "--store", store_path) if args[0] == "query" else run(*args)
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and message in result.output


def test_a_missing_store_is_one_line(tmp_path):
    result = run("query", "partners_of", "-p", "name", "x", "--store", tmp_path / "none.db")
    assert result.exit_code == 1 and "no store here yet" in result.output


def test_an_unreachable_neo4j_is_one_line():
    result = run("query", "partners_of", "-p", "name", "x", "--neo4j", "--uri", "bolt://127.0.0.1:1")
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "cannot reach Neo4j" in result.output


def test_browser_guide_is_written_where_asked(tmp_path):
    out = tmp_path / "guide.html"
    result = run("query", "--browser-guide", out)
    assert result.exit_code == 0 and ":play http://localhost:8000/guide.html" in result.output
    assert out.read_text(encoding="utf-8") == render_guide(default_catalogue())


def test_every_command_has_help_with_an_example():
    for command in (["query"], ["cypher"]):
        result = run(*command, "--help")
        assert result.exit_code == 0 and "Example:" in result.output


# -- the write screen for ad-hoc Cypher -------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "MATCH (n) RETURN n LIMIT 5",
        "MATCH (n {set: 1}) RETURN n.create AS c",
        "RETURN 'CREATE (x)' AS text, \"DELETE\" AS other",
        "MATCH (n:Set) RETURN n // SET n.x = 1",
        "MATCH (n) /* DELETE n */ RETURN count(n)",
        "CALL db.labels()",
        "CALL { MATCH (n) RETURN n } RETURN count(n)",
        "MATCH (`create`) RETURN `create`",
    ],
)
def test_read_statements_pass_the_screen(statement):
    check_read_only(statement)


@pytest.mark.parametrize(
    "statement, word",
    [
        ("CREATE (n)", "CREATE"),
        ("match (n) detach delete n", "DETACH DELETE"),
        ("MATCH (n) DETACH\n  DELETE n", "DETACH DELETE"),
        ("MATCH (n) DELETE n", "DELETE"),
        ("MERGE (n:X)", "MERGE"),
        ("MATCH (n) SET n.x = 1", "SET"),
        ("MATCH (n) REMOVE n:X", "REMOVE"),
        ("DROP CONSTRAINT entity_id", "DROP"),
        ("MATCH (n) FOREACH (x IN [1] | CREATE ())", "FOREACH"),
        ("LOAD CSV FROM 'http://x' AS row RETURN row", "LOAD CSV"),
        ("CALL dbms.security.createUser('a', 'b')", "dbms.security.createUser"),
        ("CALL apoc.create.node(['X'], {})", "apoc.create.node"),
        ("CALL db.create.setNodeVectorProperty(n, 'v', [1])", "db.create"),
        ("GRANT ROLE admin TO bob", "GRANT"),
        ("STOP DATABASE neo4j", "STOP"),
    ],
)
def test_write_statements_are_refused_by_name(statement, word):
    with pytest.raises(WriteRefused, match=word):
        check_read_only(statement)
