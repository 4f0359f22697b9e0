"""Regression gates on extraction quality, measured with the product's own `aikg evaluate`.

The thresholds sit a little under the scores measured when they were set
(see README, "Extraction quality"): a change that loses ground fails here,
a change that gains ground raises the bar in the same commit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aikg.cli import main

REPO = Path(__file__).resolve().parents[1]
CLIENT_DEV = REPO.parent / "shared" / "corpus" / "dev"
OWN_DEV = REPO / "examples" / "corpus" / "dev"
OWN_HOLDOUT = REPO / "examples" / "corpus" / "holdout"


def evaluate(gold_dir: Path) -> dict:
    if not (gold_dir / "gold.jsonl").exists():
        pytest.skip(f"{gold_dir}: no gold set here")
    result = CliRunner().invoke(main, ["evaluate", str(gold_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    "gold_dir,min_f1,min_precision",
    [
        (CLIENT_DEV, 0.90, 0.90),
        (OWN_DEV, 0.70, 0.88),
        (OWN_HOLDOUT, 0.56, 0.75),
    ],
    ids=["client-dev", "own-dev", "own-holdout"],
)
def test_extraction_quality_does_not_regress(gold_dir, min_f1, min_precision):
    overall = evaluate(gold_dir)["overall"]
    assert overall["f1"] >= min_f1, overall
    assert overall["precision"] >= min_precision, overall


def test_both_languages_are_scored_on_the_own_gold_set():
    by_language = evaluate(OWN_DEV)["by_language"]
    assert set(by_language) == {"de", "en"}
    for lang, counts in by_language.items():
        assert counts["tp"] > 0, f"no true positives in {lang}"
