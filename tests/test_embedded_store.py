"""The embedded SQLite store, fed with hand-made extractions (no extractor involved)."""

import sqlite3
from datetime import date

import networkx as nx
import pytest

from graph.embedded import EmbeddedStore
from graph.models import Entity, EntityType, Extraction, Status
from graph.store import GraphStore, Stats, open_store
from tests.helpers import Fact, article, entity, extraction, news

INVEST_2023 = "Microsoft invests ten billion dollars in OpenAI."
INVEST_2024 = "Microsoft is investing more money in OpenAI."
PARTNER_MS_FIRST = "Microsoft and OpenAI extend their partnership."
PARTNER_OA_FIRST = "OpenAI renews its alliance with Microsoft."
CHIPS = "Nvidia supplies GPUs to OpenAI."
CLOUD = "Oracle hosts OpenAI models in Texas."
PROBE = "The FTC is investigating the deal between Microsoft and OpenAI."


@pytest.fixture
def store(tmp_path):
    with EmbeddedStore(tmp_path / "aikg.db") as s:
        yield s


@pytest.fixture(scope="module")
def filled_store(tmp_path_factory):
    """Both articles, for read-only tests."""
    with EmbeddedStore(tmp_path_factory.mktemp("filled") / "aikg.db") as s:
        s.add(first_article())
        s.add(second_article())
        yield s


def first_article() -> Extraction:
    art = news([INVEST_2023, PARTNER_MS_FIRST, CHIPS], source="first.txt", published="2023-01-23",
               title="Milliarden für OpenAI", url="https://example.com/first")
    return extraction(art, [
        Fact("Microsoft", "INVESTS_IN", "OpenAI", INVEST_2023, status=Status.PLANNED, confidence=0.6),
        Fact("Microsoft", "PARTNERS_WITH", "OpenAI", PARTNER_MS_FIRST, confidence=0.9),
        Fact("Nvidia", "SUPPLIES_CHIPS_TO", "OpenAI", CHIPS, confidence=0.7),
    ])


def second_article() -> Extraction:
    art = news([INVEST_2024, PARTNER_OA_FIRST, PROBE], source="second.txt", published="2024-05-01")
    return extraction(art, [
        Fact("Microsoft", "INVESTS_IN", "OpenAI", INVEST_2024, status=Status.ACTIVE, confidence=0.7),
        Fact("OpenAI", "PARTNERS_WITH", "Microsoft", PARTNER_OA_FIRST, confidence=0.5),
        Fact("FTC", "REGULATES", "Microsoft", PROBE, confidence=0.8),
    ])


def relation_row(store, subject_id, predicate, object_id):
    rows = [r for r in store.relations(predicate=predicate)
            if (r.subject_id, r.object_id) == (subject_id, object_id)]
    assert len(rows) == 1, rows
    return rows[0]


# -- opening --------------------------------------------------------------------


def test_open_store_gives_an_embedded_store_for_a_path(tmp_path):
    s = open_store(tmp_path / "x.db")
    try:
        assert isinstance(s, EmbeddedStore)
        assert isinstance(s, GraphStore)
        assert s.stats() == Stats(articles=0, entities=0, relations=0, evidences=0)
    finally:
        s.close()


def test_store_path_that_is_a_directory_is_a_clear_value_error(tmp_path):
    with pytest.raises(ValueError, match="is a directory"):
        EmbeddedStore(tmp_path)


@pytest.mark.parametrize("content", [b"this is a text file, not a database\n" * 20, b"\x00\xff" * 4096])
def test_store_path_that_is_not_sqlite_is_a_clear_value_error(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(ValueError, match="not an aikg store"):
        EmbeddedStore(path)
    assert path.read_bytes() == content  # left as it was


def test_store_in_a_missing_folder_is_a_clear_value_error(tmp_path):
    with pytest.raises(ValueError, match="does not exist"):
        EmbeddedStore(tmp_path / "nowhere" / "aikg.db")


def test_store_persists_across_reopening(tmp_path):
    path = tmp_path / "aikg.db"
    with EmbeddedStore(path) as s:
        s.add(first_article())
        before = (s.stats(), s.relations(), s.entities())
    with EmbeddedStore(path) as s:
        assert (s.stats(), s.relations(), s.entities()) == before
        assert s.has_article(first_article().article.id)


# -- idempotency ----------------------------------------------------------------------


def test_adding_the_same_extraction_twice_changes_nothing(store):
    ex = first_article()
    first = store.add(ex)
    assert first.outcome == "new"
    assert (first.entities, first.relations) == (3, 3)
    stats, relations, entities = store.stats(), store.relations(), store.entities()
    assert stats == Stats(articles=1, entities=3, relations=3, evidences=3)

    again = store.add(ex)
    assert again.outcome == "unchanged"
    assert again.article_id == first.article_id
    assert (store.stats(), store.relations(), store.entities()) == (stats, relations, entities)


def test_same_text_with_other_surrounding_whitespace_is_the_same_article(store):
    ex = first_article()
    store.add(ex)
    padded = article("\n\n" + ex.article.text + "  \n", source="copy.txt", published="2023-01-23")
    assert store.add(extraction(padded, [])).outcome == "unchanged"
    assert store.stats().articles == 1


# -- aggregation across articles ----------------------------------------------------


def test_evidence_from_two_articles_aggregates_on_one_relation(store):
    # added newest first: dates come from publication, not from the order of ingestion
    store.add(second_article())
    store.add(first_article())
    row = relation_row(store, "Q2283", "INVESTS_IN", "Q21708200")
    assert row.evidence_count == 2
    assert (row.first_seen, row.last_seen) == ("2023-01-23", "2024-05-01")
    assert row.status == "active"  # what the latest article says
    assert row.confidence > 0.7  # independent evidence reinforces the fact
    assert row.confidence == pytest.approx(1 - (1 - 0.6) * (1 - 0.7), abs=1e-4)  # noisy-or
    assert store.stats().evidences == 6


def test_status_follows_the_latest_article(store):
    store.add(first_article())
    assert relation_row(store, "Q2283", "INVESTS_IN", "Q21708200").status == "planned"
    ended = news(["Microsoft no longer invests in OpenAI."], source="third.txt", published="2025-02-02")
    store.add(extraction(ended, [Fact("Microsoft", "INVESTS_IN", "OpenAI", ended.text,
                                      status=Status.ENDED, negated=True, confidence=0.5)]))
    row = relation_row(store, "Q2283", "INVESTS_IN", "Q21708200")
    assert (row.status, row.negated, row.last_seen) == ("ended", True, "2025-02-02")
    assert row.first_seen == "2023-01-23"


def test_an_older_article_added_later_does_not_override_the_status(store):
    store.add(second_article())  # 2024, active
    store.add(first_article())  # 2023, planned
    assert relation_row(store, "Q2283", "INVESTS_IN", "Q21708200").status == "active"


def test_confidence_grows_with_every_new_article(store):
    seen = []
    for year in (2021, 2022, 2023):
        art = news([f"In {year}, Nvidia supplies GPUs to OpenAI."], source=f"{year}.txt", published=f"{year}-06-01")
        store.add(extraction(art, [Fact("Nvidia", "SUPPLIES_CHIPS_TO", "OpenAI", art.text, confidence=0.5)]))
        seen.append(relation_row(store, "Q182477", "SUPPLIES_CHIPS_TO", "Q21708200").confidence)
    assert seen[0] == pytest.approx(0.5)
    assert seen[0] < seen[1] < seen[2] <= 1.0


def test_article_without_a_date_is_seen_on_the_day_it_is_ingested(store):
    art = news([CHIPS], source="undated.txt")
    store.add(extraction(art, [Fact("Nvidia", "SUPPLIES_CHIPS_TO", "OpenAI", CHIPS)]))
    row = relation_row(store, "Q182477", "SUPPLIES_CHIPS_TO", "Q21708200")
    assert row.first_seen == row.last_seen == date.today().isoformat()


def test_symmetric_relation_from_opposite_orders_is_one_relation(store):
    store.add(first_article())  # "Microsoft and OpenAI ..."
    store.add(second_article())  # "OpenAI ... with Microsoft"
    partners = store.relations(predicate="PARTNERS_WITH")
    assert len(partners) == 1
    assert partners[0].evidence_count == 2
    assert {partners[0].subject_id, partners[0].object_id} == {"Q2283", "Q21708200"}
    assert partners[0].confidence == pytest.approx(1 - 0.1 * 0.5, abs=1e-4)


def test_directed_relations_in_both_directions_stay_two(store):
    a = news(["Microsoft depends on OpenAI."], source="a.txt")
    b = news(["OpenAI depends on Microsoft."], source="b.txt")
    store.add(extraction(a, [Fact("Microsoft", "DEPENDS_ON", "OpenAI", a.text)]))
    store.add(extraction(b, [Fact("OpenAI", "DEPENDS_ON", "Microsoft", b.text)]))
    assert {(r.subject, r.object) for r in store.relations(predicate="DEPENDS_ON")} == {
        ("Microsoft", "OpenAI"), ("OpenAI", "Microsoft"),
    }


def test_attributes_are_kept(store):
    art = news(["OpenAI grants Microsoft exclusive rights to its models."], source="x.txt")
    store.add(extraction(art, [Fact("OpenAI", "LICENSES_TO", "Microsoft", art.text,
                                    attributes={"exclusive": True, "amount": 10.5})]))
    row = relation_row(store, "Q21708200", "LICENSES_TO", "Q2283")
    assert row.attributes == {"exclusive": True, "amount": 10.5}


# -- entities -------------------------------------------------------------------------


def test_entity_aliases_merge_across_articles(store):
    one = news(["Open AI partners with Microsoft."], source="one.txt")
    two = news(["OpenAI LP partners with Microsoft."], source="two.txt")
    store.add(extraction(one, [Fact("OpenAI", "PARTNERS_WITH", "Microsoft", one.text)],
                         extra=(entity("OpenAI", aliases=("Open AI",)),)))
    store.add(extraction(two, [Fact("OpenAI", "PARTNERS_WITH", "Microsoft", two.text)],
                         extra=(entity("OpenAI", aliases=("OpenAI LP", "OpenAI Global")),)))
    (row,) = store.entities(name="OpenAI")
    assert row.aliases == sorted(["Open AI", "OpenAI LP", "OpenAI Global"])
    assert store.stats().entities == 2
    assert store.resolve("open ai") == store.resolve("openai global") == ["Q21708200"]


def test_more_confident_entity_names_win(store):
    guess = Entity(id="aleph-alpha", name="Aleph-Alpha", type=EntityType.PRODUCT, confidence=0.5,
                   origin="discovered")
    known = Entity(id="aleph-alpha", name="Aleph Alpha", type=EntityType.COMPANY, origin="kb")
    for number, ent in enumerate((guess, known, guess)):
        art = news([f"Microsoft partners with {ent.name} (report {number})."], source=f"{number}.txt")
        store.add(extraction(art, [Fact("Microsoft", "PARTNERS_WITH", ent.name, art.text)], extra=(ent,)))
    (row,) = store.entities(name="aleph alpha")
    assert (row.name, row.type, row.origin, row.confidence) == ("Aleph Alpha", "Company", "kb", 1.0)
    assert row.mentions == 3
    assert store.resolve("Aleph-Alpha") == ["aleph-alpha"]  # the guessed spelling still finds it


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Q21708200", ["Q21708200"]),  # id
        ("q21708200", ["Q21708200"]),
        ("OpenAI", ["Q21708200"]),  # name
        ("OPENAI", ["Q21708200"]),
        ("open ai", ["Q21708200"]),  # alias
        ("OpenAIs", ["Q21708200"]),  # German genitive
        ("OpenAI's", ["Q21708200"]),  # English possessive
        ("OpenAI’s", ["Q21708200"]),
        ("Nvidias", ["Q182477"]),
        ("nvidia corporation", ["Q182477"]),
        ("federal trade commission", ["ftc"]),
        ("  Federal   Trade Commission ", ["ftc"]),
        ("Microsofts", ["Q2283"]),
        ("Apple", []),
        ("", []),
    ],
)
def test_resolve_by_id_name_alias_and_genitive(query, expected, filled_store):
    assert filled_store.resolve(query) == expected


def test_entities_filters_and_order(store):
    store.add(first_article())
    store.add(second_article())
    rows = store.entities()
    # most connected first, ties by name
    assert [(r.name, r.degree) for r in rows] == [("Microsoft", 3), ("OpenAI", 3), ("FTC", 1), ("Nvidia", 1)]
    degrees = [r.degree for r in rows]
    assert degrees == sorted(degrees, reverse=True)
    openai = next(r for r in rows if r.id == "Q21708200")
    assert (openai.degree, openai.mentions, openai.wikidata) == (3, 2, "Q21708200")
    assert [r.id for r in store.entities(type="Regulator")] == ["ftc"]
    assert {r.type for r in store.entities(type="Company")} == {"Company"}
    assert [r.id for r in store.entities(name="nvidias")] == ["Q182477"]
    assert store.entities(name="Apple") == []
    assert len(store.entities(limit=2)) == 2
    assert store.entities(type="Person") == []


def test_relations_filters(store):
    store.add(first_article())
    store.add(second_article())
    everything = store.relations()
    assert len(everything) == 4
    confidences = [r.confidence for r in everything]
    assert confidences == sorted(confidences, reverse=True)
    assert {r.predicate for r in store.relations(predicate="REGULATES")} == {"REGULATES"}
    assert {(r.subject, r.object) for r in store.relations(name="nvidia")} == {("Nvidia", "OpenAI")}
    assert len(store.relations(name="FTC")) == 1
    assert store.relations(name="Apple") == []
    assert all(r.status == "active" for r in store.relations(status="active"))
    assert store.relations(status="ended") == []
    strong = store.relations(min_confidence=0.8)
    assert strong and all(r.confidence >= 0.8 for r in strong)
    assert len(strong) < len(everything)
    assert store.relations(min_confidence=1.0) == []
    assert len(store.relations(limit=1)) == 1
    with pytest.raises(ValueError):
        store.relations(predicate="BUYS")


def test_relation_row_carries_names_and_types(store):
    store.add(second_article())
    row = relation_row(store, "ftc", "REGULATES", "Q2283")
    assert (row.subject, row.subject_type, row.object, row.object_type) == (
        "FTC", "Regulator", "Microsoft", "Company")


# -- networkx -------------------------------------------------------------------------


def test_to_networkx_nodes_and_edges(store):
    store.add(first_article())
    store.add(second_article())
    G = store.to_networkx()
    assert isinstance(G, nx.MultiDiGraph)
    assert G.number_of_nodes() == store.stats().entities == 4
    assert G.number_of_edges() == store.stats().relations == 4
    node = G.nodes["Q21708200"]
    assert set(node) == {"name", "type", "aliases", "wikidata", "confidence", "origin", "mentions"}
    assert (node["name"], node["type"], node["wikidata"], node["mentions"]) == ("OpenAI", "Company", "Q21708200", 2)
    assert node["aliases"] == ["Open AI"]

    (partners,) = [d for _, _, d in G.edges(data=True) if d["predicate"] == "PARTNERS_WITH"]
    assert set(partners) == {
        "predicate", "symmetric", "status", "negated", "confidence", "attributes",
        "evidence_count", "first_seen", "last_seen", "evidence",
    }
    assert partners["symmetric"] is True and partners["evidence_count"] == 2
    assert [e["published"] for e in partners["evidence"]] == ["2023-01-23", "2024-05-01"]
    first = partners["evidence"][0]
    assert set(first) == {"article_id", "article_title", "article_url", "published", "sentence", "start",
                          "end", "rule"}
    assert (first["sentence"], first["article_title"], first["article_url"]) == (
        PARTNER_MS_FIRST, "Milliarden für OpenAI", "https://example.com/first")
    text = first_article().article.text
    assert text[first["start"] : first["end"]] == first["sentence"]

    assert G.has_edge("Q182477", "Q21708200", key="SUPPLIES_CHIPS_TO")
    assert not G.has_edge("Q21708200", "Q182477")
    chips = G.edges["Q182477", "Q21708200", "SUPPLIES_CHIPS_TO"]
    assert chips["symmetric"] is False and chips["status"] == "active" and chips["negated"] is False


def test_to_networkx_of_an_empty_store(store):
    G = store.to_networkx()
    assert G.number_of_nodes() == G.number_of_edges() == 0


# -- failures mid-batch -----------------------------------------------------------------


def broken_extraction() -> Extraction:
    """Passes no validation: its relation points at an entity that exists nowhere."""
    art = news(["Nvidia supplies GPUs to a company nobody knows."], source="broken.txt")
    good = extraction(art, [Fact("Nvidia", "SUPPLIES_CHIPS_TO", "OpenAI", art.text)])
    rel = good.relations[0].model_copy(update={"object": "ghost"})
    return Extraction.model_construct(article=art, entities=(entity("Nvidia"),), mentions=(),
                                      relations=(rel,))


def test_a_constraint_failure_rolls_back_only_that_article(store):
    store.add(first_article())
    before = (store.stats(), store.relations(), store.entities())
    broken = broken_extraction()
    with pytest.raises(sqlite3.IntegrityError):
        store.add(broken)
    assert (store.stats(), store.relations(), store.entities()) == before
    assert not store.has_article(broken.article.id)
    # the store is still usable, and the batch can go on
    assert store.add(second_article()).outcome == "new"
    assert store.stats().articles == 2


def test_a_crash_while_writing_leaves_earlier_articles_intact(tmp_path, monkeypatch):
    path = tmp_path / "aikg.db"
    with EmbeddedStore(path) as s:
        s.add(first_article())
        before = (s.stats(), s.relations())

        def crash(self, relation_ids):
            raise RuntimeError("power cut")

        monkeypatch.setattr(EmbeddedStore, "_refresh_relations", crash)
        with pytest.raises(RuntimeError):
            s.add(second_article())
        monkeypatch.undo()
        assert (s.stats(), s.relations()) == before
    with EmbeddedStore(path) as s:  # and on disk
        assert (s.stats(), s.relations()) == before
        assert s.add(second_article()).outcome == "new"
