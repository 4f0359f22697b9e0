"""Who took over from whom: 'Lip-Bu Tan, who succeeded Pat Gelsinger as Intel's chief
executive', 'Tan, der die Nachfolge des glücklosen Pat Gelsinger angetreten hatte'.

A change at the top names two people and one company: the successor leads it now, the
predecessor led it before. The frames of the relation lexicon read one title and one holder;
this reader pairs the two people around a word of succession and leaves the company to the
caller (the title's company in the sentence, else the company the text is about).
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.rules.grammar import Grammar
from extractors.rules.lexicon import WordList
from extractors.rules.ontology import EntityType
from extractors.rules.sentence import M, Sent

REACH = 8  # words between the word of succession and either person


@dataclass(frozen=True)
class Succession:
    successor: M
    predecessor: M
    at: int  # sentence index of the word of succession


def successions(sent: Sent, grammar: Grammar, passive_aux: WordList) -> list[Succession]:
    words = grammar.succession
    persons = [m for m in sent.mentions if m.type is EntityType.PERSON]
    if not words or len(persons) < 2:
        return []
    out = []
    lower = sent.lower
    for r, low in enumerate(lower):
        kind = words.get(low)
        if kind is None and low in grammar.takeover_preps and _after_takeover(lower, r, grammar):
            kind = "verb"  # "Sharma took over as chief executive from Vittal"
        if kind is None:
            continue
        before = [m for m in persons if m.end - sent.start <= r and r - (m.end - sent.start) <= REACH]
        after = [m for m in persons if m.start - sent.start > r and (m.start - sent.start) - r <= REACH]
        passive = any(passive_aux.has_lower(w) for w in lower[max(0, r - 4) : r])
        if kind == "final_verb":  # German ends on the verb: "Tan hat Gelsinger abgelöst"
            pair = _both_before(sent, before[-2:], passive, grammar) if len(before) >= 2 else None
            if pair:
                out.append(Succession(pair[0], pair[1], r))
            continue
        if not after:
            continue
        first_after = after[0]
        owner = [m for m in before if m.genitive and m.end - sent.start == r]  # "Gelsingers Nachfolger Tan"
        if kind == "successor_noun" and owner:
            pair = (first_after, owner[-1])  # "Gelsinger's successor, Lip-Bu Tan"
        elif kind == "predecessor_noun":
            holder = owner or before[-1:]
            pair = (holder[-1], first_after) if holder else None  # "Tan's predecessor Gelsinger"
        else:
            pair = (before[-1], first_after) if before else None  # "Tan succeeded Gelsinger"
            k = first_after.start - sent.start - 1
            if pair and passive and k >= 0 and lower[k] in grammar.agent_preps:
                pair = (first_after, before[-1])  # "Gelsinger was replaced by Tan"
        if pair and pair[0].entity_id != pair[1].entity_id:
            out.append(Succession(pair[0], pair[1], r))
    return out


def _both_before(sent: Sent, two: list[M], passive: bool, grammar: Grammar) -> tuple[M, M] | None:
    """'Tan hat Gelsinger abgelöst' (the first succeeds the second); 'Gelsinger wurde von Tan
    abgelöst' (the agent succeeds)."""
    first, second = two
    if first.entity_id == second.entity_id:
        return None
    if passive:
        k = second.start - sent.start - 1
        return (second, first) if k >= 0 and sent.lower[k] in grammar.agent_preps else None
    return first, second


def _after_takeover(lower: list[str], r: int, grammar: Grammar) -> bool:
    """A phrase of taking over stands in the few words before ('took over as chief executive this month from')."""
    window = " ".join(lower[max(0, r - 7) : r])
    return any(phrase in window for phrase in grammar.takeover_phrases)
