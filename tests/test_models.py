"""The domain model is the contract of ONTOLOGY.md: it must reject what the ontology forbids."""

import unicodedata

import pytest
from pydantic import ValidationError

from graph.models import (
    SYMMETRIC,
    Article,
    Entity,
    EntityType,
    Evidence,
    Extraction,
    Mention,
    Relation,
    RelationType,
    Status,
    content_id,
    slugify,
)
from tests.helpers import Fact, article, entity, evidence, extraction

TEXT = "Microsoft and OpenAI extend their partnership. Nvidia supplies GPUs to OpenAI."
SENTENCE = "Microsoft and OpenAI extend their partnership."


@pytest.fixture
def art() -> Article:
    return article(TEXT)


def ev(art: Article, sentence: str = SENTENCE, **kw) -> Evidence:
    return evidence(art, sentence, **kw)


# -- unknown fields -------------------------------------------------------------


@pytest.mark.parametrize(
    "model, values",
    [
        (Entity, {"id": "openai", "name": "OpenAI", "type": "Company", "label": "ORG"}),
        (Article, {"id": "x", "source": "a.txt", "text": "Text.", "lang": "en", "author": "me"}),
        (Mention, {"entity_id": "openai", "start": 0, "end": 6, "text": "OpenAI", "score": 1}),
    ],
)
def test_unknown_fields_are_rejected(model, values):
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        model(**values)


def test_unknown_field_on_relation_and_evidence_is_rejected(art):
    good = ev(art)
    with pytest.raises(ValidationError, match="Extra inputs"):
        Evidence(**good.model_dump(), source="x")
    with pytest.raises(ValidationError, match="Extra inputs"):
        Relation(subject="a", predicate="ACQUIRES", object="b", evidence=(good,), weight=2)


def test_unknown_entity_type_and_predicate_and_status_are_rejected(art):
    with pytest.raises(ValidationError):
        Entity(id="openai", name="OpenAI", type="Organisation")
    with pytest.raises(ValidationError):
        Relation(subject="a", predicate="BUYS", object="b", evidence=(ev(art),))
    with pytest.raises(ValidationError):
        Relation(subject="a", predicate="ACQUIRES", object="b", status="rumoured", evidence=(ev(art),))


def test_models_are_frozen():
    ent = entity("OpenAI")
    with pytest.raises(ValidationError):
        ent.name = "Closed AI"


# -- entity ids -----------------------------------------------------------------


@pytest.mark.parametrize("good", ["openai", "Q21708200", "aleph-alpha", "3m", "x-1"])
def test_valid_entity_ids(good):
    assert Entity(id=good, name="Name", type=EntityType.COMPANY).id == good


@pytest.mark.parametrize(
    "bad",
    [
        "OpenAI",  # upper case
        "open ai",  # space
        "-openai",  # leading hyphen
        "Q0",  # not a QID
        "",
        "müller",  # not ASCII
        "openai\n",  # a trailing newline must not sneak past the pattern
        "a'); DROP TABLE entities; --",
        "Entity`) WITH n MATCH (x) DETACH DELETE x //",
    ],
)
def test_bad_entity_ids_are_rejected(bad):
    with pytest.raises(ValidationError, match="entity id"):
        Entity(id=bad, name="Name", type=EntityType.COMPANY)


def test_entity_needs_a_name():
    with pytest.raises(ValidationError):
        Entity(id="openai", name="", type=EntityType.COMPANY)


def test_wikidata_only_for_qids():
    assert Entity(id="Q2283", name="Microsoft", type="Company").wikidata == "Q2283"
    assert Entity(id="openai", name="OpenAI", type="Company").wikidata is None


# -- confidence -------------------------------------------------------------------


@pytest.mark.parametrize("value", [-0.01, 1.01, 2, float("nan")])
def test_confidence_out_of_range_is_rejected(art, value):
    with pytest.raises(ValidationError):
        Entity(id="openai", name="OpenAI", type="Company", confidence=value)
    with pytest.raises(ValidationError):
        ev(art, confidence=value)
    with pytest.raises(ValidationError):
        Relation(subject="a", predicate="ACQUIRES", object="b", confidence=value, evidence=(ev(art),))


@pytest.mark.parametrize("value", [0.0, 0.5, 1.0])
def test_confidence_bounds_are_inclusive(art, value):
    assert ev(art, confidence=value).confidence == value


# -- evidence offsets -----------------------------------------------------------


def test_evidence_offsets_must_span_the_sentence(art):
    good = ev(art)
    assert TEXT[good.start : good.end] == good.sentence
    values = good.model_dump()
    with pytest.raises(ValidationError, match="do not span the sentence"):
        Evidence(**{**values, "end": good.end - 1})
    with pytest.raises(ValidationError, match="do not span the sentence"):
        Evidence(**{**values, "start": good.start + 1})
    with pytest.raises(ValidationError, match="end must be after start"):
        Evidence(**{**values, "start": 10, "end": 10})
    with pytest.raises(ValidationError):
        Evidence(**{**values, "start": -1, "end": len(SENTENCE) - 1})


def test_evidence_needs_a_rule(art):
    with pytest.raises(ValidationError):
        ev(art, rule="")


# -- relations ----------------------------------------------------------------------


def test_relation_with_same_subject_and_object_is_rejected(art):
    with pytest.raises(ValidationError, match="two different entities"):
        Relation(subject="openai", predicate="PARTNERS_WITH", object="openai", evidence=(ev(art),))
    with pytest.raises(ValidationError, match="two different entities"):
        Relation(subject="openai", predicate="ACQUIRES", object="openai", evidence=(ev(art),))


def test_relation_without_evidence_is_rejected():
    # the store derives every qualifier from evidence; a relation without any cannot be stored
    with pytest.raises(ValidationError, match="evidence"):
        Relation(subject="a", predicate="ACQUIRES", object="b")
    with pytest.raises(ValidationError, match="evidence"):
        Relation(subject="a", predicate="ACQUIRES", object="b", evidence=())


@pytest.mark.parametrize("predicate", sorted(p.value for p in SYMMETRIC))
def test_symmetric_relations_have_one_canonical_order(art, predicate):
    forward = Relation(subject="microsoft", predicate=predicate, object="openai", evidence=(ev(art),))
    backward = Relation(subject="openai", predicate=predicate, object="microsoft", evidence=(ev(art),))
    assert forward.key == backward.key == ("microsoft", predicate, "openai")
    assert forward == backward


@pytest.mark.parametrize("predicate", sorted(p.value for p in set(RelationType) - SYMMETRIC))
def test_directed_relations_keep_their_direction(art, predicate):
    forward = Relation(subject="microsoft", predicate=predicate, object="openai", evidence=(ev(art),))
    backward = Relation(subject="openai", predicate=predicate, object="microsoft", evidence=(ev(art),))
    assert forward.key == ("microsoft", predicate, "openai")
    assert backward.key == ("openai", predicate, "microsoft")
    assert forward.key != backward.key


def test_symmetric_set_matches_the_ontology():
    assert {p.value for p in RelationType if p.symmetric} == {
        "PARTNERS_WITH", "COMPETES_WITH", "DEVELOPS_CHIPS_WITH", "IN_CONFLICT_WITH",
    }


def test_attributes_take_only_plain_values(art):
    rel = Relation(subject="a", predicate="LICENSES_TO", object="b", attributes={"exclusive": True},
                   evidence=(ev(art),))
    assert rel.attributes == {"exclusive": True}
    with pytest.raises(ValidationError):
        Relation(subject="a", predicate="LICENSES_TO", object="b", attributes={"x": [1, 2]},
                 evidence=(ev(art),))


# -- extractions --------------------------------------------------------------------


def test_extraction_refers_only_to_its_entities(art):
    good = extraction(art, [Fact("Microsoft", "PARTNERS_WITH", "OpenAI", SENTENCE)])
    microsoft = good.entity("Q2283")
    rel = good.relations[0]
    with pytest.raises(ValidationError, match="unknown entity"):
        Extraction(article=art, entities=(microsoft,), relations=(rel,))
    mention = Mention(entity_id="Q182477", start=47, end=53, text="Nvidia")
    with pytest.raises(ValidationError, match="unknown entity 'Q182477'"):
        Extraction(article=art, entities=good.entities, mentions=(mention,))


def test_extraction_entity_lookup(art):
    ex = extraction(art, [Fact("Nvidia", "SUPPLIES_CHIPS_TO", "OpenAI", "Nvidia supplies GPUs to OpenAI.")])
    assert ex.entity("Q182477").name == "Nvidia"
    with pytest.raises(KeyError):
        ex.entity("nobody")


# -- article identity -----------------------------------------------------------------


def test_content_id_is_stable_under_surrounding_whitespace():
    assert content_id(TEXT) == content_id(f"  \n{TEXT}\n\n\t") == content_id(TEXT + "\r\n")


def test_content_id_is_stable_under_unicode_normalisation():
    text = "Die Bundesnetzagentur prüft die Übernahme durch Nvidia."
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    assert content_id(decomposed) == content_id(text)


def test_content_id_tells_different_texts_apart():
    assert content_id("OpenAI partners with Microsoft.") != content_id("OpenAI partners with Oracle.")
    assert content_id("a b") != content_id("a  b")  # inner whitespace is content


def test_article_id_is_its_content_hash_and_empty_text_is_rejected():
    assert Article.create(" Text. ", "a.txt", "en").id == content_id("Text.")
    with pytest.raises(ValidationError, match="empty"):
        Article.create(" \n\t", "a.txt", "en")
    with pytest.raises(ValidationError):
        Article.create("Text.", "a.txt", "fr")


# -- slugs ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, slug",
    [
        ("Aleph Alpha", "aleph-alpha"),
        ("Bundeskartellamt", "bundeskartellamt"),
        ("Klaus Müller", "klaus-mueller"),  # the knowledge base spells umlauts as ae/oe/ue
        ("Jürgen Schmidhuber", "juergen-schmidhuber"),
        ("Dorothee Bär", "dorothee-baer"),
        ("Tim Höttges", "tim-hoettges"),
        ("Österreichische Post", "oesterreichische-post"),
        ("Großrechner GmbH", "grossrechner-gmbh"),
        ("STRASSE", "strasse"),
        ("Société Générale", "societe-generale"),
        ("  --OpenAI, Inc.--  ", "openai-inc"),
    ],
)
def test_slugify(name, slug):
    assert slugify(name) == slug
    assert Entity(id=slugify(name), name=name, type="Company").id == slug


def test_slugify_is_the_same_for_composed_and_decomposed_umlauts():
    assert slugify(unicodedata.normalize("NFD", "Klaus Müller")) == "klaus-mueller"


def test_slugify_of_a_name_without_latin_letters_is_still_a_valid_id():
    slug = slugify("深度求索")
    assert slug != slugify("月之暗面")
    assert Entity(id=slug, name="深度求索", type="Company").id == slug


def test_status_values_match_the_ontology():
    assert {s.value for s in Status} == {"active", "planned", "ended", "speculative"}
