"""The scorer: predictions against gold, exactly as ONTOLOGY.md "Scoring" says.

Pure on purpose: no files, no extractor. The CLI, tests and scripts feed it
the same records `aikg extract` prints, so a saved run and a live run are
scored by the same rules.

Rules, per article:

* names resolve to gold names case-insensitively through the gold aliases,
  also after dropping a genitive -s or 's;
* predictions are deduplicated after resolution (one claim per distinct
  subject, predicate, object and negation);
* a claim fits a gold line when its predicate is the gold one or in
  `also_ok`, both ends match (either order when the claimed predicate is
  symmetric) and its negated flag equals the gold's;
* claims and required gold lines are paired one to one, as many pairs as
  possible: each pair is a true positive, each unpaired required line a
  false negative;
* a leftover claim that fits an optional line, or a gold line already paired
  with another claim (the other reading of `also_ok`), is neither right nor
  wrong; any other leftover is a false positive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from pydantic import BaseModel, ConfigDict, ValidationError

from extractors.evaluation.gold import GoldRelation, GoldSet
from graph.models import RelationType
from graph.names import name_key

UNKNOWN_LANGUAGE = "unknown"


class PredictedEvidence(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    sentence: str = ""
    start: int | None = None
    end: int | None = None
    rule: str = ""


class Prediction(BaseModel):
    """One record in the `aikg extract` shape; extra keys are ignored, not errors."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    article: str
    subject: str
    predicate: str
    object: str
    status: str = "active"
    negated: bool = False
    confidence: float = 1.0
    evidence: tuple[PredictedEvidence, ...] = ()

    @classmethod
    def parse(cls, record: "Prediction | Mapping[str, Any]", position: int = 0) -> "Prediction":
        """Accept a record dict (or a Prediction); a malformed one names its position."""
        if isinstance(record, Prediction):
            return record
        try:
            return cls.model_validate(record)
        except ValidationError as err:
            problem = err.errors(include_url=False)[0]
            where = ".".join(str(p) for p in problem["loc"])
            raise ValueError(f"prediction {position}: {where}: {problem['msg']}") from None


@dataclass(frozen=True)
class Claim:
    """A distinct predicted triple after name resolution, with its merged evidence."""

    article: str
    subject: str
    predicate: str
    object: str
    negated: bool
    status: str
    confidence: float
    evidence: tuple[PredictedEvidence, ...] = ()

    @property
    def ends(self) -> tuple[str, str]:
        return name_key(self.subject), name_key(self.object)


@dataclass(frozen=True)
class Hit:
    gold: GoldRelation
    claim: Claim

    @property
    def status_ok(self) -> bool:
        return self.claim.status == self.gold.status.value


@dataclass(frozen=True)
class Neutral:
    """A claim that is neither right nor wrong, and why."""

    claim: Claim
    gold: GoldRelation
    reason: str  # "optional" | "alternate"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp, self.empty)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn, self.empty)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def empty(self) -> bool:
        return not (self.tp or self.fp or self.fn)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def _ratio(part: int, whole: int, empty: bool) -> float:
    """Nothing to find and nothing claimed is a perfect score; otherwise 0/0 is 0."""
    if whole:
        return part / whole
    return 1.0 if empty else 0.0


@dataclass(frozen=True)
class Score:
    articles: tuple[str, ...]
    hits: tuple[Hit, ...]
    misses: tuple[GoldRelation, ...]
    false_positives: tuple[Claim, ...]
    neutral: tuple[Neutral, ...]
    languages: Mapping[str, str] = field(default_factory=dict)
    ignored: int = 0  # predictions for articles the gold does not cover

    def language(self, article: str) -> str:
        return self.languages.get(article, UNKNOWN_LANGUAGE)

    @property
    def overall(self) -> Counts:
        return Counts(len(self.hits), len(self.false_positives), len(self.misses))

    @property
    def by_predicate(self) -> dict[str, Counts]:
        """TP and FN count under the gold predicate, FP under the predicted one."""
        return self._grouped(lambda rel: rel.predicate.value, lambda claim: claim.predicate)

    @property
    def by_language(self) -> dict[str, Counts]:
        return self._grouped(lambda rel: self.language(rel.article), lambda claim: self.language(claim.article))

    @property
    def by_article(self) -> dict[str, Counts]:
        groups = self._grouped(lambda rel: rel.article, lambda claim: claim.article)
        return {article: groups.get(article, Counts()) for article in self.articles}

    @property
    def status_correct(self) -> int:
        return sum(hit.status_ok for hit in self.hits)

    @property
    def status_accuracy(self) -> float | None:
        """Share of true positives with the gold status; None when there is no true positive."""
        return self.status_correct / len(self.hits) if self.hits else None

    def _grouped(self, gold_key, claim_key) -> dict[str, Counts]:
        groups: dict[str, Counts] = {}
        for hit in self.hits:
            groups.setdefault(gold_key(hit.gold), Counts()).tp += 1
        for miss in self.misses:
            groups.setdefault(gold_key(miss), Counts()).fn += 1
        for claim in self.false_positives:
            groups.setdefault(claim_key(claim), Counts()).fp += 1
        return dict(sorted(groups.items()))


def score(
    gold: GoldSet,
    predictions: Iterable[Prediction | Mapping[str, Any]],
    languages: Mapping[str, str] | None = None,
) -> Score:
    """Score predictions (records in the `aikg extract` shape) against a gold set."""
    claims, ignored = resolve_claims(gold, predictions)
    hits: list[Hit] = []
    misses: list[GoldRelation] = []
    false_positives: list[Claim] = []
    neutral: list[Neutral] = []
    for article in gold.articles:
        relations = [rel for rel in gold.relations if rel.article == article]
        found = match_article(gold, relations, claims.get(article, []))
        hits += found[0]
        misses += found[1]
        false_positives += found[2]
        neutral += found[3]
    return Score(
        tuple(gold.articles), tuple(hits), tuple(misses), tuple(false_positives), tuple(neutral),
        dict(languages or {}), ignored,
    )


def resolve_claims(
    gold: GoldSet, predictions: Iterable[Prediction | Mapping[str, Any]]
) -> tuple[dict[str, list[Claim]], int]:
    """Resolve names to gold names and merge duplicates, per article."""
    covered = set(gold.articles)
    merged: dict[tuple, Claim] = {}
    ignored = 0
    for position, record in enumerate(predictions):
        pred = Prediction.parse(record, position)
        if pred.article not in covered:
            ignored += 1
            continue
        claim = _claim(gold, pred)
        key = (claim.article, claim.predicate, *claim.ends, claim.negated)
        merged[key] = _merge(merged[key], claim) if key in merged else claim
    claims: dict[str, list[Claim]] = {}
    for claim in merged.values():
        claims.setdefault(claim.article, []).append(claim)
    return claims, ignored


def _claim(gold: GoldSet, pred: Prediction) -> Claim:
    subject = gold.canonical(pred.article, pred.subject)
    obj = gold.canonical(pred.article, pred.object)
    if is_symmetric(pred.predicate) and name_key(obj) < name_key(subject):
        subject, obj = obj, subject
    return Claim(pred.article, subject, pred.predicate, obj, pred.negated, pred.status, pred.confidence, pred.evidence)


def _merge(kept: Claim, other: Claim) -> Claim:
    """Same claim twice: the more confident one speaks for status; evidence is pooled."""
    best = other if other.confidence > kept.confidence else kept
    evidence = kept.evidence + tuple(ev for ev in other.evidence if ev not in kept.evidence)
    return Claim(
        best.article, best.subject, best.predicate, best.object, best.negated, best.status, best.confidence, evidence
    )


def is_symmetric(predicate: str) -> bool:
    try:
        return RelationType(predicate).symmetric
    except ValueError:  # a type the ontology does not know is scored as directed
        return False


def fits(gold: GoldSet, claim: Claim, rel: GoldRelation) -> bool:
    """Would this claim count as this gold line (ignoring whether it is optional)?"""
    if claim.negated != rel.negated or claim.predicate not in {p.value for p in rel.accepted}:
        return False
    expected = (
        name_key(gold.canonical(rel.article, rel.subject)),
        name_key(gold.canonical(rel.article, rel.object)),
    )
    if is_symmetric(claim.predicate):
        return sorted(claim.ends) == sorted(expected)
    return claim.ends == expected


def match_article(
    gold: GoldSet, relations: list[GoldRelation], claims: list[Claim]
) -> tuple[list[Hit], list[GoldRelation], list[Claim], list[Neutral]]:
    """Pair claims with one article's gold lines and sort everything into outcomes."""
    required = [rel for rel in relations if not rel.optional]
    fitting = {i: _fitting(gold, claim, required) for i, claim in enumerate(claims)}
    # a claim with the gold line's own predicate is placed first, so it keeps that line
    main_first = sorted(fitting, key=lambda i: not _is_main(claims[i], required, fitting[i]))
    candidates = {i: fitting[i] for i in main_first}
    pairs = max_matching(candidates)  # claim index -> required index
    hits = [Hit(required[r], claims[c]) for c, r in sorted(pairs.items())]
    paired = set(pairs.values())
    misses = [rel for r, rel in enumerate(required) if r not in paired]
    false_positives, neutral = [], []
    for i, claim in enumerate(claims):
        if i in pairs:
            continue
        reading = _leftover_reading(gold, claim, relations)
        if reading is None:
            false_positives.append(claim)
        else:
            neutral.append(Neutral(claim, reading, "optional" if reading.optional else "alternate"))
    return hits, misses, false_positives, neutral


def _fitting(gold: GoldSet, claim: Claim, relations: list[GoldRelation]) -> list[int]:
    """Indexes of the lines the claim fits, lines where it is the main predicate first."""
    indexes = [i for i, rel in enumerate(relations) if fits(gold, claim, rel)]
    return sorted(indexes, key=lambda i: relations[i].predicate.value != claim.predicate)


def _is_main(claim: Claim, relations: list[GoldRelation], fitting: list[int]) -> bool:
    return bool(fitting) and relations[fitting[0]].predicate.value == claim.predicate


def _leftover_reading(gold: GoldSet, claim: Claim, relations: list[GoldRelation]) -> GoldRelation | None:
    """An unpaired claim is harmless if it fits an optional line or an already-paired one."""
    fitting = [rel for rel in relations if fits(gold, claim, rel)]
    fitting.sort(key=lambda rel: not rel.optional)  # report "optional" before "alternate"
    return fitting[0] if fitting else None


def max_matching(candidates: Mapping[int, list[int]]) -> dict[int, int]:
    """Maximum one-to-one pairing of claims with gold lines (augmenting paths).

    A greedy pairing could let one claim take the only line another claim
    fits, turning a true positive into a miss; this never does.
    """
    owner: dict[int, int] = {}  # gold index -> claim index

    def place(claim: int, seen: set[int]) -> bool:
        for line in candidates[claim]:
            if line in seen:
                continue
            seen.add(line)
            if line not in owner or place(owner[line], seen):
                owner[line] = claim
                return True
        return False

    for claim in candidates:  # in the caller's order of preference
        place(claim, set())
    return {claim: line for line, claim in owner.items()}
