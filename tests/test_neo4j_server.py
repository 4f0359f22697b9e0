"""The Neo4j test server itself (scripts/neo4j-server, tests/neo4j_fixtures.py).

Runs against the real server: the session one (auth off, HTTP on) and the
second one with authentication.
"""

from __future__ import annotations

import json
import subprocess
import urllib.request
import uuid
from urllib.parse import urlparse

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError

from tests.neo4j_fixtures import SERVER_SCRIPT, clear_database

RUN_MARK = uuid.uuid4().hex


def scalar(driver, query: str, **params):
    records, _, _ = driver.execute_query(query, params)
    return records[0][0]


def test_bolt_answers(neo4j_driver):
    assert scalar(neo4j_driver, "RETURN 1") == 1
    info = neo4j_driver.get_server_info()
    assert info.agent.startswith("Neo4j/")


def test_write_is_visible_to_a_new_connection(neo4j_uri, neo4j_auth, neo4j_driver):
    neo4j_driver.execute_query("CREATE (:ServerProbe {mark: $mark, step: 1})", mark=RUN_MARK)
    with GraphDatabase.driver(neo4j_uri, auth=neo4j_auth) as other:
        assert scalar(other, "MATCH (p:ServerProbe {mark: $mark}) RETURN count(p)", mark=RUN_MARK) == 1


def test_write_persists_into_the_next_test(neo4j_driver):
    found = scalar(neo4j_driver, "MATCH (p:ServerProbe {mark: $mark}) RETURN count(p)", mark=RUN_MARK)
    if found == 0:
        pytest.skip("the writing test did not run before this one")
    assert found == 1


def test_clean_empties_data_constraints_and_indexes(neo4j_driver, request):
    neo4j_driver.execute_query(
        "UNWIND range(1, 300) AS i "
        "CREATE (a:CleanProbe {id: i})-[:NEXT]->(:CleanProbe:Other {id: -i})"
    )
    neo4j_driver.execute_query("CREATE CONSTRAINT clean_probe_id IF NOT EXISTS FOR (c:Other) REQUIRE c.id IS UNIQUE")
    neo4j_driver.execute_query("CREATE INDEX `clean probe` IF NOT EXISTS FOR (c:CleanProbe) ON (c.id)")
    neo4j_driver.execute_query("CREATE INDEX clean_rel IF NOT EXISTS FOR ()-[r:NEXT]-() ON (r.w)")
    assert scalar(neo4j_driver, "MATCH (n) RETURN count(n)") >= 600

    driver = request.getfixturevalue("neo4j_clean")

    assert driver is neo4j_driver
    assert scalar(driver, "MATCH (n) RETURN count(n)") == 0
    assert scalar(driver, "MATCH ()-[r]->() RETURN count(r)") == 0
    assert scalar(driver, "SHOW CONSTRAINTS YIELD name RETURN count(*)") == 0
    types = scalar(driver, "SHOW INDEXES YIELD type RETURN collect(type)")
    assert set(types) <= {"LOOKUP"}


def test_clean_is_idempotent_on_an_empty_database(neo4j_clean):
    clear_database(neo4j_clean)
    assert scalar(neo4j_clean, "MATCH (n) RETURN count(n)") == 0


def test_wrong_password_is_refused(neo4j_auth_server):
    uri, password = neo4j_auth_server
    with GraphDatabase.driver(uri, auth=("neo4j", password + "x")) as driver:
        with pytest.raises(AuthError):
            driver.verify_connectivity()
    with GraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
        driver.verify_connectivity()
        assert scalar(driver, "RETURN 2") == 2


def test_missing_credentials_are_refused(neo4j_auth_server):
    uri, _ = neo4j_auth_server
    with GraphDatabase.driver(uri, auth=None) as driver:
        with pytest.raises((AuthError, ClientError)):
            driver.verify_connectivity()


def test_browser_is_served(neo4j_uri, neo4j_http_url):
    if neo4j_http_url is None:
        pytest.skip("external Neo4j (NEO4J_URI): HTTP address unknown")
    with urllib.request.urlopen(neo4j_http_url + "/browser/", timeout=30) as response:
        assert response.status == 200
        assert b"Neo4j Browser" in response.read()
    with urllib.request.urlopen(neo4j_http_url + "/", timeout=30) as response:
        discovery = json.load(response)
    assert discovery["bolt_direct"] == neo4j_uri
    assert discovery["neo4j_edition"] == "community"


def run_script(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SERVER_SCRIPT), *args], capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL
    )


def test_script_reports_a_busy_port_in_one_line(neo4j_uri, neo4j_http_url):
    if neo4j_http_url is None:
        pytest.skip("external Neo4j (NEO4J_URI): no local server script in use")
    port = str(urlparse(neo4j_uri).port)
    result = run_script("--bolt-port", port, "--http-port", "0")
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("neo4j-server: ") and port in lines[0] and "in use" in lines[0]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--frobnicate"], "unknown option --frobnicate"),
        (["--bolt-port", "http"], "not a port number"),
        (["--data"], "--data needs a value"),
    ],
)
def test_script_rejects_bad_options_in_one_line(args, message):
    result = run_script(*args)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("neo4j-server: ") and message in lines[0], result.stderr


def test_script_help():
    result = run_script("--help")
    assert result.returncode == 0
    for option in ("--bolt-port", "--http-port", "--data", "--password", "--build-only"):
        assert option in result.stdout
