"""`aikg load` and `aikg ingest --neo4j` against real servers: results and clean errors."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from aikg.cli import main
from graph.embedded import EmbeddedStore
from graph.neo4j_store import Neo4jStore
from tests.test_neo4j_store import NEO4J_VARIABLES, TEST_DATABASE, build_store, first_articles, later_article

pytestmark = pytest.mark.neo4j

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus" / "dev"


@pytest.fixture(autouse=True)
def no_user_settings(monkeypatch):
    """A user's exported NEO4J_* settings must not steer the tests."""
    for name in NEO4J_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def store_path(tmp_path) -> Path:
    path = tmp_path / "aikg.db"
    build_store(path, first_articles()).close()
    return path


@pytest.fixture
def target(neo4j_uri, neo4j_auth) -> list[str]:
    """CLI options for the test server (credentials only when it has them)."""
    options = ["--uri", neo4j_uri]
    if neo4j_auth:
        options += ["--user", neo4j_auth[0], "--password", neo4j_auth[1]]
    if TEST_DATABASE:
        options += ["--database", TEST_DATABASE]
    return options


def run(*args: str, env: dict | None = None):
    runner = CliRunner()
    return runner.invoke(main, list(args), env=env)


def graph_stats(uri: str, auth=None):
    user, password = auth or (None, None)
    with Neo4jStore.connect(uri, user=user, password=password, database=TEST_DATABASE) as graph:
        return graph.stats()


def assert_one_line_error(result, *fragments: str) -> None:
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_load_copies_the_store_and_prints_a_summary(neo4j_clean, neo4j_uri, neo4j_auth, target, store_path):
    result = run("load", "--store", str(store_path), *target, "-q")
    assert result.exit_code == 0, result.output
    with EmbeddedStore(store_path) as embedded:
        expected = embedded.stats()
    assert graph_stats(neo4j_uri, neo4j_auth) == expected
    line = result.stdout.strip()
    assert line.startswith(f"neo4j {neo4j_uri}") and "relationships created" in line
    assert f"{expected.relations} relations" in line and "\n" not in line


def test_load_twice_creates_nothing_the_second_time(neo4j_clean, target, store_path):
    assert run("load", "--store", str(store_path), *target, "-q").exit_code == 0
    uri, credentials = target[1], target[2:]
    result = run("load", "--store", str(store_path), *credentials, "-q", "--batch-size", "3", env={"NEO4J_URI": uri})
    assert result.exit_code == 0, result.output
    assert ": 0 nodes and 0 relationships created" in result.stdout


def test_load_after_new_articles_adds_them(neo4j_clean, neo4j_uri, neo4j_auth, target, store_path):
    run("load", "--store", str(store_path), *target, "-q")
    with EmbeddedStore(store_path) as embedded:
        embedded.add(later_article())
        expected = embedded.stats()
    result = run("load", "--store", str(store_path), *target, "-q")
    assert result.exit_code == 0, result.output
    assert graph_stats(neo4j_uri, neo4j_auth) == expected


def test_ingest_with_neo4j_pushes_the_store(neo4j_clean, neo4j_uri, neo4j_auth, tmp_path):
    files = sorted(CORPUS.glob("*.txt"))[:2]
    store = tmp_path / "aikg.db"
    env = {"NEO4J_URI": neo4j_uri, "NEO4J_DATABASE": TEST_DATABASE}
    if neo4j_auth:
        env |= {"NEO4J_USER": neo4j_auth[0], "NEO4J_PASSWORD": neo4j_auth[1]}
    result = run("ingest", *map(str, files), "--store", str(store), "--neo4j", "-q", env=env)
    assert result.exit_code == 0, result.output
    with EmbeddedStore(store) as embedded:
        assert graph_stats(neo4j_uri, neo4j_auth) == embedded.stats()
    assert result.stdout.strip().splitlines()[-1].startswith(f"neo4j {neo4j_uri}")


def test_unreachable_server_is_one_line(store_path):
    uri = f"bolt://127.0.0.1:{free_port()}"
    result = run("load", "--store", str(store_path), "--uri", uri)
    assert_one_line_error(result, uri, "cannot reach Neo4j", "--uri")


def test_wrong_password_is_one_line(neo4j_auth_server, store_path):
    uri, password = neo4j_auth_server
    result = run("load", "--store", str(store_path), "--uri", uri, "--user", "neo4j", "--password", password + "x")
    assert_one_line_error(result, uri, "rejected the password of user 'neo4j'", "--password")


def test_right_password_loads(neo4j_auth_server, store_path):
    uri, password = neo4j_auth_server
    env = {"NEO4J_USER": "neo4j", "NEO4J_PASSWORD": password}
    result = run("load", "--store", str(store_path), "--uri", uri, "-q", env=env)
    assert result.exit_code == 0, result.output
    with EmbeddedStore(store_path) as embedded:
        assert graph_stats(uri, ("neo4j", password)) == embedded.stats()


def test_unknown_database_is_one_line(neo4j_uri, target, store_path):
    result = run("load", "--store", str(store_path), *target, "--database", "nosuchdb")
    assert_one_line_error(result, neo4j_uri, "no database 'nosuchdb'", "--database")


def test_bad_uri_is_one_line(store_path):
    result = run("load", "--store", str(store_path), "--uri", "http://127.0.0.1:7474")
    assert_one_line_error(result, "http://127.0.0.1:7474", "bolt://")


def test_missing_store_is_one_line(tmp_path):
    result = run("load", "--store", str(tmp_path / "none.db"), "--uri", "bolt://127.0.0.1:7687")
    assert_one_line_error(result, "none.db")
