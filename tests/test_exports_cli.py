"""`aikg export …`: same filters for every format, one-line errors, help with examples."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from aikg.cli.export import export
from exports.json_graph import write_json
from tests.fixtures.exports.graphs import sample_graph

DOCS = Path(__file__).resolve().parents[1] / "docs" / "exports.md"


@pytest.fixture
def saved(tmp_path) -> Path:
    path = tmp_path / "graph.json"
    write_json(sample_graph(), path)
    return path


def invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(export, list(args), env=env, catch_exceptions=False)


def read_back(fmt: str, out: Path) -> nx.MultiDiGraph:
    if fmt == "graphml":
        return nx.read_graphml(out, force_multigraph=True)
    if fmt == "gexf":
        return nx.read_gexf(out)
    if fmt == "json":
        return nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="links")
    raise AssertionError(fmt)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_every_format_gets_the_same_filtered_graph(fmt, saved, tmp_path):
    out = tmp_path / f"out.{fmt}"
    result = invoke(fmt, "--out", str(out), "--from-json", str(saved), "--entity", "openai", "--depth", "1",
                    "--relation", "invests_in", "--relation", "LEADS", "--min-confidence", "0.5")
    assert result.exit_code == 0, result.output
    H = read_back(fmt, out)
    assert set(H) == {"Q2283", "Q21708200", "Q7407093"}
    assert H.number_of_edges() == 2
    assert "3 entities, 2 relations" in result.output


def test_csv_and_cypher_get_the_same_filters(saved, tmp_path):
    args = ["--from-json", str(saved), "--status", "planned", "--status", "SPECULATIVE"]
    assert invoke("csv", "--out", f"{tmp_path}/csv/", *args).exit_code == 0
    with open(tmp_path / "csv" / "relationships.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["status"] for r in rows) == ["planned", "speculative"]
    assert invoke("cypher", "--out", str(tmp_path / "g.cypher"), *args).exit_code == 0
    script = (tmp_path / "g.cypher").read_text(encoding="utf-8")
    assert "'planned'" in script and "'active'" not in script and "evidence: '[" in script
    assert invoke("cypher", "--out", str(tmp_path / "lean.cypher"), "--no-evidence", *args).exit_code == 0
    assert "evidence: '[" not in (tmp_path / "lean.cypher").read_text(encoding="utf-8")


def test_html_with_title_and_since(saved, tmp_path):
    out = tmp_path / "page.html"
    result = invoke("html", "--out", str(out), "--from-json", str(saved), "--since", "2024-06-01", "--title", "Seit Juni")
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<title>Seit Juni</title>" in page and "Nürnberger Start-up Übermorgen GmbH" in page


def test_stdout_output(saved):
    result = CliRunner().invoke(export, ["json", "--out", "-", "--from-json", str(saved), "--entity", "BKartA"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert {n["id"] for n in data["nodes"]} == {"bundeskartellamt", "Q2283"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["html", "--out", "x.html", "--store", "/no/such/aikg.db"], "no graph store at /no/such/aikg.db"),
        (["json", "--out", "-", "--entity", "Nobody"], "no entity matches 'Nobody'"),
        (["csv", "--out", "-"], "csv writes two files"),
        (["graphml", "--out", "/no/such/dir/g.graphml"], "cannot write /no/such/dir/g.graphml"),
    ],
)
def test_expected_errors_are_one_line(saved, args, message):
    if "--store" not in args:
        args = [*args, "--from-json", str(saved)]
    result = CliRunner().invoke(export, args)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0]


def test_store_path_comes_from_the_environment():
    result = CliRunner().invoke(export, ["json", "--out", "-"], env={"AIKG_STORE": "/no/env/store.db"})
    assert result.exit_code == 1 and "/no/env/store.db" in result.output


def test_bad_option_values_are_usage_errors(saved):
    for args in (["--relation", "LIKES"], ["--since", "yesterday"], ["--min-confidence", "2"], ["--depth", "-1"]):
        result = CliRunner().invoke(export, ["json", "--out", "-", "--from-json", str(saved), *args])
        assert result.exit_code == 2, args


@pytest.mark.parametrize("command", sorted(export.commands))
def test_every_command_has_help_with_an_example_and_is_documented(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output and f"aikg export {command}" in result.output
    assert f"aikg export {command}" in DOCS.read_text(encoding="utf-8")


def test_group_help_lists_examples():
    result = invoke("--help")
    assert "Examples:" in result.output and all(c in result.output for c in export.commands)


def test_stdout_binary_is_utf8(saved):
    result = CliRunner().invoke(export, ["cypher", "--out", "-", "--from-json", str(saved)])
    assert "北京智谱" in io.BytesIO(result.stdout_bytes).read().decode("utf-8")
