"""Exports of a real embedded store, through `aikg export --store`."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from aikg.cli.export import export
from graph.models import Article, Entity, EntityType, Evidence, Extraction, Relation, RelationType, Status
from graph.store import open_store
from tests.fixtures.exports.graphs import XSS_IMG

SENTENCES = [
    "Microsoft investiert in die Nürnberger Start-up Übermorgen GmbH.",
    f"Die Firma {XSS_IMG} plant eine Partnerschaft mit 北京智谱.",
]


def _evidence(art: Article, sentence: str, **qualifiers) -> Evidence:
    start = art.text.index(sentence)
    return Evidence(article_id=art.id, sentence=sentence, start=start, end=start + len(sentence),
                    rule="test:hand", **qualifiers)


def _extraction() -> Extraction:
    art = Article.create(" ".join(SENTENCES), "news.txt", "de", title="Übermorgen </script>",
                         url="javascript:alert(1)", published=date(2024, 5, 1))
    entities = (
        Entity(id="Q2283", name="Microsoft", type=EntityType.COMPANY, aliases=("MSFT",)),
        Entity(id="ubermorgen", name="Nürnberger Start-up Übermorgen GmbH", type=EntityType.COMPANY),
        Entity(id="evil", name=XSS_IMG, type=EntityType.COMPANY, origin="discovered"),
        Entity(id="zhipu", name="北京智谱", type=EntityType.COMPANY, aliases=("Zhipu AI",)),
    )
    relations = (
        Relation(subject="Q2283", predicate=RelationType.INVESTS_IN, object="ubermorgen",
                 attributes={"amount": 5000000}, evidence=(_evidence(art, SENTENCES[0]),)),
        Relation(subject="evil", predicate=RelationType.PARTNERS_WITH, object="zhipu", status=Status.PLANNED,
                 evidence=(_evidence(art, SENTENCES[1], status=Status.PLANNED),)),
    )
    return Extraction(article=art, entities=entities, relations=relations)


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "aikg.db"
    store = open_store(path)
    store.add(_extraction())
    store.close()
    return path


@pytest.mark.parametrize("fmt", ["html", "graphml", "gexf", "json", "cypher"])
def test_every_format_exports_the_store(fmt, store_path, tmp_path):
    out = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(export, [fmt, "--out", str(out), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "4 entities, 2 relations" in result.output
    assert "北京智谱" in out.read_text(encoding="utf-8")


def test_store_graph_round_trips_through_json(store_path, tmp_path):
    out = tmp_path / "graph.json"
    CliRunner().invoke(export, ["json", "--out", str(out), "--store", str(store_path), "--relation", "INVESTS_IN"])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == {"Q2283", "ubermorgen"}
    (link,) = data["links"]
    assert link["attributes"] == {"amount": 5000000}
    assert link["evidence"][0]["sentence"] == SENTENCES[0]


def test_store_csv_export(store_path, tmp_path):
    result = CliRunner().invoke(export, ["csv", "--out", f"{tmp_path}/csv/", "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert XSS_IMG.replace('"', '""') in (tmp_path / "csv" / "nodes.csv").read_text(encoding="utf-8")
