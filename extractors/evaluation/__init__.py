"""Scoring extractions against hand-labelled gold files (see ONTOLOGY.md, "Scoring").

The scorer is a pure function over gold lines, gold entities and predictions
shaped like `aikg extract` records, so any extractor (or a saved run) can be
compared on the same terms.
"""

from extractors.evaluation.gold import GoldEntity, GoldError, GoldRelation, GoldSet, load_gold, load_gold_files
from extractors.evaluation.scoring import Counts, Prediction, Score, score

__all__ = [
    "Counts",
    "GoldEntity",
    "GoldError",
    "GoldRelation",
    "GoldSet",
    "Prediction",
    "Score",
    "load_gold",
    "load_gold_files",
    "score",
]
