"""A score as text for people and as a dict for scripts.

Misses are shown with the sentences that name both gold entities, because
that is what a rule author needs to see to decide whether a rule is missing,
a name is not recognised, or the gold line asks too much.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Sequence

from extractors.evaluation.gold import GoldRelation, GoldSet
from extractors.evaluation.scoring import Claim, Counts, Hit, Score

# a sentence ends at . ! ? (optionally closed by a quote or bracket) before a space
# and an upper-case letter, digit or opening quote; a line break always ends one
_NEXT = r"(?=[\"'„“«(\[]?[A-ZÄÖÜ0-9])"
_SENTENCE_END = re.compile(rf"(?<=[.!?])\s+{_NEXT}|(?<=[.!?][\"'”“»)\]])\s+{_NEXT}")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mio|Mrd|Bio|Nr|Dr|Prof|bzw|ca|vgl|inkl|Inc|Corp|Ltd|Co|Mr|Mrs|Ms|St"
    r"|Jan|Feb|Aug|Sept?|Okt|Oct|Nov|Dez|Dec)"
    r"|\b[A-Za-z]\.[A-Za-z])\.$"
)
SHOWN_SENTENCES = 3  # per miss in the text report; the dict form keeps them all
_COUNT_COLUMNS = ("tp", "fp", "fn", "precision", "recall", "f1")


def split_sentences(text: str) -> list[str]:
    """A plain splitter, good enough to show context; it never decides a score."""
    sentences: list[str] = []
    for line in text.splitlines():
        sentences += _split_line(line)
    return sentences


def _split_line(line: str) -> list[str]:
    sentences: list[str] = []
    for piece in (p.strip() for p in _SENTENCE_END.split(line)):
        if not piece:
            continue
        if sentences and _ABBREVIATION.search(sentences[-1]):  # "3 Mio. Euro", "z.B. Nvidia"
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    return sentences


def _name_pattern(forms: Sequence[str]) -> re.Pattern[str]:
    """Any surface form as a whole word, also with a genitive -s or 's."""
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:['’]?s)?(?!\w)", re.IGNORECASE)


def sentences_naming(text: str, first: Sequence[str], second: Sequence[str]) -> list[str]:
    """The sentences of `text` that mention one of `first` and one of `second`."""
    a, b = _name_pattern(first), _name_pattern(second)
    found = [s for s in split_sentences(text) if a.search(s) and b.search(s)]
    return list(dict.fromkeys(found))  # a repeated headline is one piece of context


def miss_sentences(gold: GoldSet, miss: GoldRelation, text: str) -> list[str]:
    resolver = gold.resolver(miss.article)
    forms = lambda name: resolver.forms(gold.canonical(miss.article, name)) or [name]  # noqa: E731
    return sentences_naming(text, forms(miss.subject), forms(miss.object))


# --- dict form ---------------------------------------------------------------


def report_dict(
    score: Score,
    gold: GoldSet,
    texts: Mapping[str, str] | None = None,
    meta: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything the table shows and more, in a stable machine-readable shape."""
    texts = texts or {}
    return {
        "meta": {**_gold_meta(gold), **dict(meta or {})},
        "overall": score.overall.as_dict(),
        "status": _status_dict(score),
        "neutral": _neutral_counts(score),
        "by_predicate": _counts_dict(score.by_predicate),
        "by_language": _counts_dict(score.by_language),
        "by_article": {a: {"language": score.language(a), **c.as_dict()} for a, c in score.by_article.items()},
        "ignored_predictions": score.ignored,
        "misses": [_miss_dict(gold, miss, texts.get(miss.article)) for miss in score.misses],
        "false_positives": [_claim_dict(claim) for claim in score.false_positives],
        "status_mismatches": [_mismatch_dict(hit) for hit in score.hits if not hit.status_ok],
        "warnings": list(gold.warnings),
    }


def _gold_meta(gold: GoldSet) -> dict[str, Any]:
    return {
        "gold": str(gold.gold_path),
        "articles": len(gold.articles),
        "gold_lines": len(gold.relations),
        "optional_lines": sum(rel.optional for rel in gold.relations),
    }


def _status_dict(score: Score) -> dict[str, Any]:
    accuracy = score.status_accuracy
    return {
        "correct": score.status_correct,
        "total": len(score.hits),
        "accuracy": None if accuracy is None else round(accuracy, 4),
    }


def _neutral_counts(score: Score) -> dict[str, int]:
    counts = {"optional": 0, "alternate": 0}
    for item in score.neutral:
        counts[item.reason] += 1
    return counts


def _counts_dict(groups: Mapping[str, Counts]) -> dict[str, dict[str, float | int]]:
    return {key: counts.as_dict() for key, counts in groups.items()}


def _miss_dict(gold: GoldSet, miss: GoldRelation, text: str | None) -> dict[str, Any]:
    return {
        "article": miss.article,
        "line": miss.line,
        "subject": miss.subject,
        "predicate": miss.predicate.value,
        "object": miss.object,
        "status": miss.status.value,
        "negated": miss.negated,
        "also_ok": [p.value for p in miss.also_ok],
        "sentences": None if text is None else miss_sentences(gold, miss, text),
    }


def _claim_dict(claim: Claim) -> dict[str, Any]:
    return {
        "article": claim.article,
        "subject": claim.subject,
        "predicate": claim.predicate,
        "object": claim.object,
        "status": claim.status,
        "negated": claim.negated,
        "confidence": claim.confidence,
        "evidence": [{"sentence": ev.sentence, "rule": ev.rule} for ev in claim.evidence],
    }


def _mismatch_dict(hit: Hit) -> dict[str, Any]:
    return {
        "article": hit.gold.article,
        "line": hit.gold.line,
        "subject": hit.gold.subject,
        "predicate": hit.gold.predicate.value,
        "object": hit.gold.object,
        "gold_status": hit.gold.status.value,
        "predicted_status": hit.claim.status,
    }


# --- text form ---------------------------------------------------------------


def format_report(report: Mapping[str, Any], verbose: bool = False) -> str:
    """The text report, built from `report_dict` so both forms always agree."""
    parts = [_summary(report), _section("relation type", "predicate", report["by_predicate"])]
    parts.append(_section("language", "language", report["by_language"]))
    if verbose:
        parts += [_misses_text(report["misses"]), _false_positives_text(report["false_positives"])]
        parts.append(_mismatches_text(report["status_mismatches"]))
    return "\n\n".join(p for p in parts if p) + "\n"


def _summary(report: Mapping[str, Any]) -> str:
    meta, overall, status, neutral = report["meta"], report["overall"], report["status"], report["neutral"]
    head = f"{meta['articles']} articles, {meta['gold_lines']} gold lines ({meta['optional_lines']} optional)"
    if meta.get("extractor"):
        head += f", extractor {meta['extractor']}"
    lines = [
        head,
        f"overall   precision {overall['precision']:.3f}  recall {overall['recall']:.3f}  F1 {overall['f1']:.3f}"
        f"   TP {overall['tp']}  FP {overall['fp']}  FN {overall['fn']}",
        f"neutral   {neutral['optional']} on optional lines, {neutral['alternate']} alternate readings",
        _status_line(status),
    ]
    if report.get("ignored_predictions"):
        lines.append(f"ignored   {report['ignored_predictions']} predictions for articles without gold")
    return "\n".join(lines)


def _status_line(status: Mapping[str, Any]) -> str:
    if status["accuracy"] is None:
        return "status    accuracy n/a (no true positives)"
    return f"status    accuracy {status['accuracy']:.3f} ({status['correct']} of {status['total']} true positives)"


def _section(title: str, key_name: str, groups: Mapping[str, Mapping[str, Any]]) -> str:
    rows = [{key_name: key, **counts} for key, counts in groups.items()]
    return f"by {title}\n" + format_table(rows, (key_name, *_COUNT_COLUMNS))


def format_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """Left-aligned names, right-aligned numbers, one header rule."""
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    align = lambda i, v: v.ljust(widths[i]) if i == 0 else v.rjust(widths[i])  # noqa: E731
    lines = ["  ".join(align(i, c) for i, c in enumerate(columns))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(align(i, v) for i, v in enumerate(r)) for r in cells]
    if not cells:
        lines.append("(none)")
    return "\n".join(line.rstrip() for line in lines)


def _cell(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _triple(item: Mapping[str, Any]) -> str:
    negated = "NOT " if item.get("negated") else ""
    return f"{item['subject']} {negated}{item['predicate']} {item['object']} [{item['status']}]"


def _misses_text(misses: Sequence[Mapping[str, Any]]) -> str:
    lines = [f"misses (false negatives): {len(misses)}"]
    for miss in misses:
        lines.append(f"  {miss['article']}:{miss['line']}  {_triple(miss)}")
        if miss["sentences"] is None:
            lines.append("      (article text not available)")
        elif not miss["sentences"]:
            lines.append("      no sentence names both")
        sentences = miss["sentences"] or []
        lines += [f"      > {sentence}" for sentence in sentences[:SHOWN_SENTENCES]]
        if len(sentences) > SHOWN_SENTENCES:
            lines.append(f"      (+{len(sentences) - SHOWN_SENTENCES} more sentences naming both)")
    return "\n".join(lines)


def _false_positives_text(claims: Sequence[Mapping[str, Any]]) -> str:
    lines = [f"false positives: {len(claims)}"]
    for claim in claims:
        lines.append(f"  {claim['article']}  {_triple(claim)}  confidence {claim['confidence']:.2f}")
        if not claim["evidence"]:
            lines.append("      (no evidence given)")
        for ev in claim["evidence"]:
            lines.append(f"      > {ev['sentence']}  [rule {ev['rule'] or '?'}]")
    return "\n".join(lines)


def _mismatches_text(mismatches: Sequence[Mapping[str, Any]]) -> str:
    if not mismatches:
        return ""
    lines = [f"true positives with another status: {len(mismatches)}"]
    for item in mismatches:
        lines.append(
            f"  {item['article']}:{item['line']}  {item['subject']} {item['predicate']} {item['object']}"
            f"  gold {item['gold_status']}, predicted {item['predicted_status']}"
        )
    return "\n".join(lines)
