"""'Microsoft's Azure cloud', 'Nvidias Blackwell-Chips', 'designs its Trainium chips'.

A company's possessive in front of a product names its maker. This is a
construction, not a trigger word, so it lives apart from the lexicon frames.
"""

from __future__ import annotations

from extractors.rules.frames import Frame
from extractors.rules.grammar import Grammar
from extractors.rules.lexicon import Trigger
from extractors.rules.sentence import M, Sent
from graph.models import EntityType, RelationType

POSSESSIVE_PRODUCT = Trigger(
    id="possessive-product", forms=("'s",), match="exact", kind="noun",
    relation=RelationType.DEVELOPS, confidence=0.8,
)
MAX_GAP = 3


def owned_products(sent: Sent, grammar: Grammar) -> list[tuple[M, Frame]]:
    """(product mention, frame) pairs for every product with a possessive owner."""
    out = []
    for product in sent.mentions:
        if product.type is not EntityType.PRODUCT:
            continue
        frame = _genitive_owner(sent, product) or _pronoun_owner(sent, product, grammar)
        if frame:
            out.append((product, frame))
    return out


def _gap(sent: Sent, left_end: int, right_start: int) -> list[str]:
    return sent.words[left_end - sent.start : right_start - sent.start]


def _modifiers_only(gap: list[str]) -> bool:
    return len(gap) <= MAX_GAP and all(w in ("'s", "’s", "'", "’", "-") or (w.isalpha() and w[:1].islower()) for w in gap)


def _genitive_owner(sent: Sent, product: M) -> Frame | None:
    for owner in reversed(sent.mentions):
        if owner.end > product.start:
            continue
        if owner.type is not EntityType.COMPANY:
            return None
        gap = _gap(sent, owner.end, product.start)
        if owner.genitive and _modifiers_only(gap):
            return Frame([owner], [product], "possessive-product:genitive", 1.0)
        if not gap and not owner.compound:  # "Google Gemini", "Microsoft Copilot"
            return Frame([owner], [product], "possessive-product:modifier", 0.9)
        return None
    return None


def _pronoun_owner(sent: Sent, product: M, grammar: Grammar) -> Frame | None:
    r = product.start - sent.start
    window = [w.lower() for w in sent.words[max(0, r - MAX_GAP) : r]]
    if not any(w in grammar.possessive_pronouns for w in window):
        return None
    owners = [
        m for m in sent.mentions
        if m.end <= product.start and m.clause == product.clause and m.bare and m.type is EntityType.COMPANY
    ]
    if not owners:
        return None
    return Frame(sent.group_of(owners[-1])[:1], [product], "possessive-product:pronoun", 0.85)
