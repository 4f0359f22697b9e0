"""Status, negation and attributes from cue words around a trigger.

Cues are looked for in the trigger's clause, because modals and negations in
news prose sit in the clause they modify ("Microsoft plant, X zu übernehmen"
keeps the infinitive in the same comma-joined clause).
"""

from __future__ import annotations

import re

from extractors.rules.lexicon import Cues
from extractors.rules.ontology import RelationType, Status

_NUMBER = re.compile(r"^(\d{1,3}(?:[.,\u202f ]\d{3})+|\d+)(?:[.,](\d+))?$")
_DIGIT = re.compile(r"\d")  # what both number patterns need
_COMPACT = re.compile(r"^([$€£]|us\$)?(\d+(?:[.,]\d+)?)(bn|b|mn|m|mrd|mio|k|tn)?\.?$", re.I)
MONEY_RELATIONS = {
    RelationType.INVESTS_IN,
    RelationType.ACQUIRES,
    RelationType.PROVIDES_CLOUD_TO,
    RelationType.SUPPLIES_CHIPS_TO,
    RelationType.LICENSES_TO,
}


def status_of(words: list[str], cues: Cues, default: Status | None, vocab: frozenset[str] | None = None) -> Status:
    """Ended beats speculative beats planned: the strongest cue in the window wins (``vocab``:
    the document's lower-cased words, when the window is of the document)."""
    found = set()
    lower = [w.lower() for w in words]
    for cue_list, status in ((cues.ended, Status.ENDED), (cues.speculative, Status.SPECULATIVE), (cues.planned, Status.PLANNED)):
        hits = [i for i in cue_list.positions(lower, vocab) if cue_list.phrase_at(lower, i)]  # it lower-cases anyway
        if status is Status.ENDED:
            hits = [i for i in hits if not _negated_end(words, lower, i, cues)]
        if status is Status.SPECULATIVE:
            reported = [i for i in hits if _reported_future(lower, i, cues)]
            if reported:  # "said they would invest": an announced plan, not a guess
                found.add(Status.PLANNED)
                hits = [i for i in hits if i not in reported]
        if hits:
            found.add(status)
    # German reported speech: "soll ... investiert haben" is hearsay, not a plan
    if Status.PLANNED in found and _reported_speech(lower, cues):
        found.discard(Status.PLANNED)
        found.add(Status.SPECULATIVE)
    for status in (Status.ENDED, Status.SPECULATIVE, Status.PLANNED):
        if status in found:
            return status
    return default or Status.ACTIVE


REPORT_REACH = 4  # words between "said" and "would"


def _reported_future(lower: list[str], i: int, cues: Cues) -> bool:
    """'said they would', 'kündigte an, sie werde': the future of reported speech."""
    if not cues.cls("reported_future").has_lower(lower[i]):
        return False
    reporting = cues.cls("reporting_verb")
    return any(reporting.has(w) for w in lower[max(0, i - REPORT_REACH) : i])


def _reported_speech(low: list[str], cues: Cues) -> bool:
    """'soll ... investiert haben', '..., der sich durchgesetzt haben soll': a modal of hearsay
    with a past infinitive, as opposed to the plan of 'soll investieren' (``low``: the
    lower-cased words)."""
    hearsay, perfect = cues.cls("hearsay_modal"), cues.cls("perfect_aux")
    for i, w in enumerate(low):
        if not hearsay.has_lower(w):
            continue
        if i > 0 and perfect.has_lower(low[i - 1]):
            return True  # "durchgesetzt haben soll"
        for k in range(i + 1, len(low)):
            if perfect.has_lower(low[k]) and (k + 1 == len(low) or not low[k + 1].isalpha()):
                return True  # "soll ... investiert haben."
    return False


def negated(words: list[str], cues: Cues, vocab: frozenset[str] | None = None) -> bool:
    """A negation word that is not part of an ended-cue ('no longer', 'nicht mehr') and does
    not deny an ending ('do not end the relationship': the relationship goes on)."""
    lower = [w.lower() for w in words]
    skip: set[int] = set()
    for i in cues.ended.positions(lower, vocab):
        n = cues.ended.phrase_at(words, i)
        if n > 1:
            skip.update(range(i, i + n))
        elif n == 1 and _negated_end(words, lower, i, cues):
            skip.update(range(max(0, i - NEGATION_REACH), i))
    for i in cues.cls("ending_verb").positions(lower, vocab):
        if _negation_before(words, i, cues):
            skip.update(range(max(0, i - NEGATION_REACH), i))
    non_negating = cues.cls("non_negating")  # "ohne Auflagen freigegeben": approved all the same
    for i in non_negating.positions(lower, vocab):
        skip.update(range(i, i + non_negating.phrase_at(lower, i)))
    for i in range(len(words) - 1):
        if words[i + 1] in ("-", "‑"):
            skip.add(i)  # "nicht-exklusive Lizenz", "non-exclusive": a prefix of the adjective, no negation
    return any(i not in skip and cues.negation.phrase_at(words, i) for i in cues.negation.positions(lower, vocab))


NEGATION_REACH = 2  # "do not end", "did not stop", "nicht beenden"


def _negated_end(words: list[str], lower: list[str], i: int, cues: Cues) -> bool:
    """An ending cue right after a negation ('do not end', 'nicht beendet') says it goes on."""
    if cues.ended.phrase_at(words, i) != 1:
        return False
    return _negation_before(words, i, cues)


def _negation_before(words: list[str], i: int, cues: Cues) -> bool:
    window = words[max(0, i - NEGATION_REACH) : i]
    return any(cues.negation.phrase_at(window, k) for k in range(len(window)))


def exclusive(words: list[str], cues: Cues, vocab: frozenset[str] | None = None) -> bool | None:
    """True for an exclusive deal, False for one the text calls non-exclusive ('non-exclusive',
    'nicht-exklusive', 'nicht exklusiv'), None where the text says neither."""
    lower = [w.lower() for w in words]
    found = None
    for i in cues.exclusive.positions(lower, vocab):
        if not cues.exclusive.phrase_at(lower, i):
            continue
        k = i - 2 if i >= 2 and lower[i - 1] in ("-", "‑") else i - 1
        if k >= 0 and lower[i].startswith(EXCLUSIVE_STEMS) and (
                cues.negation.phrase_at(lower, k) or lower[k] in NON_PREFIXES):
            found = False if found is None else found
        else:
            return True
    return found


NON_PREFIXES = frozenset({"non", "nicht"})  # "non-exclusive", "nicht-exklusiv"
EXCLUSIVE_STEMS = ("exclusiv", "exklusiv")  # not "not only …", which is no statement about the deal


def money(words: list[str], cues: Cues) -> dict[str, float | str] | None:
    """The first amount with a currency: '10 Milliarden US-Dollar', '$10bn', 'zehn Mrd. Dollar'."""
    joined = _join_hyphens(words)
    if not _DIGIT.search("".join(joined)) and cues.number_words.keys().isdisjoint(w.lower() for w in joined):
        return None  # an amount needs a number: digits or a number word
    for i in _number_places(joined, cues):
        found = _amount_at(joined, i, cues)
        if found:
            return found
    return None


def _number_places(words: list[str], cues: Cues) -> list[int]:
    """Where an amount can start: at a number, or at a currency right before one (an amount's
    number has a digit or is a number word; the other words are passed over without a try)."""
    numeric = [bool(_DIGIT.search(w)) or w.lower() in cues.number_words for w in words]
    currencies = cues.currencies
    return [
        i for i, w in enumerate(words)
        if numeric[i] or (i + 1 < len(words) and numeric[i + 1] and w.lower() in currencies)
    ]


def _join_hyphens(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 2 < len(words) and words[i + 1] == "-" and words[i].isalpha() and words[i + 2].isalpha():
            out.append(words[i] + "-" + words[i + 2])
            i += 3
        else:
            out.append(words[i])
            i += 1
    return out


def _amount_at(words: list[str], i: int, cues: Cues) -> dict | None:
    currency, j = _currency(words, i, cues)
    start = j if currency else i
    number, k = _number(words, start, cues)
    if number is None:
        return None
    scale, k = _scale(words, k, cues, number)
    if not currency:
        currency, k2 = _currency(words, k, cues)
        if not currency:
            return None
    value = number * scale
    if value < 1000:
        return None
    return {"amount": int(round(value)), "currency": currency}


def _currency(words: list[str], i: int, cues: Cues) -> tuple[str | None, int]:
    if i >= len(words):
        return None, i
    low = words[i].lower()
    if low in cues.currencies:
        return cues.currencies[low], i + 1
    return None, i


def _number(words: list[str], i: int, cues: Cues) -> tuple[float | None, int]:
    if i >= len(words):
        return None, i
    word = words[i]
    low = word.lower()
    if low in cues.number_words:
        return cues.number_words[low], i + 1
    compact = _COMPACT.match(word)
    if compact and (compact.group(1) or compact.group(3)):
        value = _parse_number(compact.group(2))
        suffix = (compact.group(3) or "").lower()
        return value * cues.scales.get(suffix, 1.0), i + 1
    match = _NUMBER.match(word)
    if match:
        return _parse_number(word), i + 1
    return None, i


def _parse_number(text: str) -> float:
    """'10', '1,5' (German), '6.6' (English), '1.000.000' / '1,000,000' (grouped)."""
    if re.fullmatch(r"\d{1,3}([.,\u202f ]\d{3})+", text):
        return float(re.sub(r"[.,\u202f ]", "", text))
    return float(text.replace(",", "."))


def _scale(words: list[str], i: int, cues: Cues, number: float) -> tuple[float, int]:
    if i < len(words):
        low = words[i].lower()
        for key in (low, low.rstrip(".")):
            if key in cues.scales:
                nxt = i + 1
                if nxt < len(words) and words[nxt] == "." and key + "." not in cues.scales:
                    nxt += 1
                return cues.scales[key], nxt
    return 1.0, i
