"""Pytest plugin: a real Neo4j server for the tests.

Load it from ``tests/conftest.py`` with ``pytest_plugins = ["tests.neo4j_fixtures"]``.

Fixtures
--------
``neo4j_uri`` (session)
    Bolt URI of a Neo4j server. With ``AIKG_TEST_NEO4J_URI`` set, that server is used
    (credentials from ``NEO4J_USER``/``NEO4J_PASSWORD``; the tests wipe its
    database, so point it only at a throwaway one). Otherwise
    ``scripts/neo4j-server`` is started on free ports with a temporary data
    directory (auth off) and stopped at the end of the session.
``neo4j_auth`` (session)
    ``(user, password)`` for ``neo4j_uri``, or ``None`` when auth is off.
``neo4j_http_url`` (session)
    ``http://127.0.0.1:<port>`` of the started server's HTTP connector
    (Neo4j Browser at ``/browser/``); ``None`` for an external server.
``neo4j_driver`` (session)
    A ``neo4j.Driver`` for ``neo4j_uri``.
``neo4j_clean`` (function)
    Empties the database (nodes, relationships, constraints, indexes other
    than the built-in token lookup ones) before the test and yields the driver.
``neo4j_auth_server`` (session)
    A second server with authentication on (HTTP off): ``(uri, password)``
    for user ``neo4j``. Failed logins never lock the user on it.

When a server cannot be had the tests using it are skipped with a one-line
reason, or fail when ``AIKG_REQUIRE_NEO4J=1``. Tests using these fixtures get
the ``neo4j`` marker (``-m "not neo4j"`` deselects them).
``AIKG_NEO4J_START_TIMEOUT`` (seconds, default 300) bounds the first start,
which may include building the server with Maven.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator

import pytest

REPO = Path(__file__).resolve().parent.parent
SERVER_SCRIPT = REPO / "scripts" / "neo4j-server"
READY_PREFIX = "neo4j ready "
NEO4J_FIXTURES = ("neo4j_uri", "neo4j_auth", "neo4j_http_url", "neo4j_driver", "neo4j_clean", "neo4j_auth_server")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "neo4j: needs a real Neo4j server (tests/neo4j_fixtures.py)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if any(name in getattr(item, "fixturenames", ()) for name in NEO4J_FIXTURES):
            item.add_marker(pytest.mark.neo4j)


def _required() -> bool:
    return os.environ.get("AIKG_REQUIRE_NEO4J", "").strip().lower() in ("1", "true", "yes")


def _unavailable(reason: str) -> None:
    """Skip (or, with AIKG_REQUIRE_NEO4J=1, fail) with a one-line reason."""
    reason = " ".join(reason.split())
    if _required():
        pytest.fail(f"Neo4j required (AIKG_REQUIRE_NEO4J=1) but unavailable: {reason}", pytrace=False)
    pytest.skip(f"Neo4j unavailable: {reason}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_timeout() -> float:
    try:
        return float(os.environ.get("AIKG_NEO4J_START_TIMEOUT", "300"))
    except ValueError:
        return 300.0


@dataclass
class Neo4jServer:
    """A server started from scripts/neo4j-server for this test session."""

    uri: str
    http_url: str | None
    password: str | None
    process: subprocess.Popen
    log_path: Path
    _log: IO[bytes] = field(repr=False)

    @property
    def auth(self) -> tuple[str, str] | None:
        return ("neo4j", self.password) if self.password else None

    def stop(self) -> None:
        proc = self.process
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        if proc.stdin:
            proc.stdin.close()
        self._log.close()


def _last_error(log_path: Path) -> str:
    try:
        lines = [line.strip() for line in log_path.read_text(errors="replace").splitlines() if line.strip()]
    except OSError:
        return "no output"
    for line in reversed(lines):
        if line.startswith("neo4j-server:") and "building the server" not in line:
            return line
    return lines[-1] if lines else "no output"


def start_server(workdir: Path, *, password: str | None = None, http: bool = True) -> Neo4jServer:
    """Start scripts/neo4j-server on free ports and wait until Bolt answers.

    Raises RuntimeError with a one-line reason when it cannot.
    """
    from neo4j import GraphDatabase

    if not SERVER_SCRIPT.exists():
        raise RuntimeError(f"{SERVER_SCRIPT} is missing")
    deadline = time.monotonic() + _start_timeout()
    last = "did not start"
    for attempt in range(3):  # a free port may be taken before the server binds it
        bolt_port = _free_port()
        http_port = _free_port() if http else 0
        while http and http_port == bolt_port:
            http_port = _free_port()
        data_dir = workdir / f"data-{bolt_port}"
        log_path = workdir / f"server-{bolt_port}.log"
        cmd = [str(SERVER_SCRIPT), "--bolt-port", str(bolt_port), "--http-port", str(http_port)]
        cmd += ["--data", str(data_dir), "--exit-on-stdin-close"]
        if password:
            cmd += ["--password", password, "--max-failed-logins", "0"]
        log = open(log_path, "wb")
        # stdin is a pipe only we hold: if this process dies, the server sees
        # end of file and stops (--exit-on-stdin-close).
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
        server = Neo4jServer(
            uri=f"bolt://127.0.0.1:{bolt_port}",
            http_url=f"http://127.0.0.1:{http_port}" if http else None,
            password=password,
            process=proc,
            log_path=log_path,
            _log=log,
        )
        ready = False
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                break
            if READY_PREFIX.encode() in log_path.read_bytes():
                ready = True
                break
            time.sleep(0.2)
        if not ready:
            exited = proc.poll() is not None
            server.stop()
            last = _last_error(log_path)
            if not exited:
                raise RuntimeError(f"scripts/neo4j-server not ready after {_start_timeout():.0f} s (log: {log_path})")
            if "in use" in last and time.monotonic() < deadline:
                continue
            raise RuntimeError(last)
        # The ready line comes after the server answered a query; check Bolt
        # from here too, with the same credentials the tests will use.
        error: Exception | None = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with GraphDatabase.driver(server.uri, auth=server.auth) as driver:
                    driver.verify_connectivity()
                return server
            except Exception as exc:  # noqa: BLE001 - reported below
                error = exc
                time.sleep(0.5)
        server.stop()
        raise RuntimeError(f"server started but Bolt did not answer: {error or _last_error(log_path)}")
    raise RuntimeError(last)


def _start_or_reason(workdir: Path, **kwargs) -> tuple[Neo4jServer | None, str]:
    try:
        return start_server(workdir, **kwargs), ""
    except Exception as exc:  # noqa: BLE001 - any failure becomes the skip reason
        return None, str(exc) or type(exc).__name__


@dataclass
class _Target:
    uri: str
    auth: tuple[str, str] | None
    http_url: str | None
    database: str | None


@pytest.fixture(scope="session")
def _neo4j_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Target]:
    # test-only variables: the tests empty the database, so they never follow the
    # NEO4J_* settings a user exported for `aikg load`
    database = os.environ.get("AIKG_TEST_NEO4J_DATABASE") or None
    uri = os.environ.get("AIKG_TEST_NEO4J_URI")
    if uri:
        # same rule as the application: credentials only when one is given
        user = os.environ.get("AIKG_TEST_NEO4J_USER")
        password = os.environ.get("AIKG_TEST_NEO4J_PASSWORD")
        auth = (user or "neo4j", password or "") if (user or password) else None
        from neo4j import GraphDatabase

        problem = None
        try:
            with GraphDatabase.driver(uri, auth=auth) as driver:
                driver.verify_connectivity()
        except Exception as exc:  # noqa: BLE001
            problem = f"AIKG_TEST_NEO4J_URI={uri}: {type(exc).__name__}: {exc}"
        if problem:
            _unavailable(problem)
        yield _Target(uri, auth, None, database)
        return
    server, problem = _start_or_reason(tmp_path_factory.mktemp("neo4j"))
    if server is None:
        _unavailable(problem)
    try:
        yield _Target(server.uri, None, server.http_url, database)
    finally:
        server.stop()


@pytest.fixture(scope="session")
def neo4j_uri(_neo4j_target: _Target) -> str:
    return _neo4j_target.uri


@pytest.fixture(scope="session")
def neo4j_auth(_neo4j_target: _Target) -> tuple[str, str] | None:
    return _neo4j_target.auth


@pytest.fixture(scope="session")
def neo4j_http_url(_neo4j_target: _Target) -> str | None:
    return _neo4j_target.http_url


@pytest.fixture(scope="session")
def neo4j_driver(_neo4j_target: _Target):
    from neo4j import GraphDatabase

    driver = GraphDatabase.driver(_neo4j_target.uri, auth=_neo4j_target.auth)
    try:
        yield driver
    finally:
        driver.close()


def _quote(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def clear_database(driver, database: str | None = None) -> None:
    """Delete all data, constraints and indexes (except token lookup indexes)."""
    with driver.session(database=database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
        for record in list(session.run("SHOW CONSTRAINTS YIELD name")):
            session.run(f"DROP CONSTRAINT {_quote(record['name'])} IF EXISTS").consume()
        indexes = session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
        for record in list(indexes):
            session.run(f"DROP INDEX {_quote(record['name'])} IF EXISTS").consume()


@pytest.fixture
def neo4j_clean(neo4j_driver, _neo4j_target: _Target):
    clear_database(neo4j_driver, _neo4j_target.database)
    yield neo4j_driver


@pytest.fixture(scope="session")
def neo4j_auth_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    password = "aikg-" + secrets.token_urlsafe(12)
    server, problem = _start_or_reason(tmp_path_factory.mktemp("neo4j-auth"), password=password, http=False)
    if server is None:
        _unavailable(problem)
    try:
        yield server.uri, password
    finally:
        server.stop()
