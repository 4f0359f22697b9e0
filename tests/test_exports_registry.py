"""The registry: every format is reachable by name and writes paths and files."""

from __future__ import annotations

import inspect
import io

import pytest

import exports
from exports import FORMATS, WRITERS, write
from tests.fixtures.exports.graphs import sample_graph

SINGLE_FILE = [f for f in FORMATS if f != "csv"]


def test_registry_lists_every_format():
    assert set(WRITERS) == {"html", "graphml", "gexf", "json", "csv", "cypher"}
    assert set(exports.__all__) == {"FORMATS", "WRITERS", "filter_graph", "write"}


@pytest.mark.parametrize("fmt", SINGLE_FILE)
def test_single_file_formats_write_to_paths_and_binary_and_text_files(fmt, tmp_path):
    G = sample_graph()
    path = tmp_path / f"graph.{fmt}"
    write(G, fmt, path)
    binary, text = io.BytesIO(), io.StringIO()
    write(G, fmt, binary)
    write(G, fmt, text)
    assert path.read_bytes() == binary.getvalue() or fmt == "gexf"  # gexf stamps the date only
    assert text.getvalue().encode("utf-8") == binary.getvalue() or fmt == "gexf"
    assert "Übermorgen" in text.getvalue()


def test_csv_writes_two_files(tmp_path):
    nodes, relationships = write(sample_graph(), "csv", f"{tmp_path / 'dump'}/")
    assert nodes.name == "nodes.csv" and relationships.exists()


def test_unknown_format_is_an_error():
    with pytest.raises(ValueError, match="unknown export format 'png'"):
        write(sample_graph(), "png", io.BytesIO())


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_writer_documents_itself_with_an_example(fmt):
    doc = inspect.getdoc(WRITERS[fmt])
    assert doc and "Examples" in doc
