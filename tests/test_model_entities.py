"""An installed spaCy pipeline's ORG/PERSON entities join the rule extractor's.

No statistical model can be downloaded here, so the test saves a small
pipeline to disk whose entity ruler plays the model's part (labels ORG and
PERSON, no knowledge-base ids) and passes its path as ``--model``.
"""

from __future__ import annotations

import spacy

from extractors.base import create
from graph.models import Article


def saved_pipeline(tmp_path):
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "Quellwerk Lumen"},
            {"label": "PER", "pattern": "Lena Vogt"},
        ]
    )
    path = tmp_path / "model"
    nlp.to_disk(path)
    return str(path)


def test_model_entities_join_with_lower_confidence(tmp_path):
    extractor = create("rules", model=saved_pipeline(tmp_path))
    text = "Quellwerk Lumen-Chefin Lena Vogt kündigte eine Partnerschaft mit Nvidia an."
    extraction = extractor.extract(Article.create(text, source="m.txt", lang="de"))
    by_name = {e.name: e for e in extraction.entities}
    assert by_name["Quellwerk Lumen"].origin == "model"
    assert by_name["Quellwerk Lumen"].confidence < 1.0
    assert by_name["Lena Vogt"].type.value == "Person"
    assert by_name["Nvidia"].origin == "kb"  # the knowledge base still wins its names


def test_without_a_model_those_names_are_not_invented(tmp_path):
    extractor = create("rules")
    text = "Quellwerk Lumen kündigte eine Partnerschaft mit Nvidia an."
    names = {e.name for e in extractor.extract(Article.create(text, source="m.txt", lang="de")).entities}
    assert "Quellwerk Lumen" not in names
