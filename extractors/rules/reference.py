"""Which entity a description means: 'the chipmaker', 'der Bonner Konzern', 'the ChatGPT maker'.

News name a company once and then describe it. A definite description is
resolved to the most recent entity of its type whose knowledge-base roles fit
the head noun ('the chipmaker' -> the chip designer named last, 'die Behörde'
-> the regulator named last); a generic head ('the company', 'der Konzern')
means the sentence's own subject or else the discourse topic. A maker
description ('the ChatGPT maker', 'der iPhone-Hersteller') means the company
the knowledge base says makes the product, a parent description
('der Lidl-Mutterkonzern') the owner the knowledge base knows. The resolved
description joins the sentence as a mention of lower confidence, so every
relation frame can use it like a name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.rules.knowledge import DATA_DIR, KnowledgeBase
from extractors.rules.ontology import EntityType
from extractors.rules.discovery import CANDIDATE_ORIGIN
from extractors.rules.sentence import GENITIVE_ONLY, M

REFERENCE_CONFIDENCE = 0.75
_MAKER_PREPS = frozenset({"of", "from", "by", "von", "vom", "des"})
MIN_COMPOUND_PREFIX = 4  # letters before a compound's head ("Rüstungs|konzern"), so "Großkonzern" is no compound read
# tokens that end a clause between a name and a description ("Nvidia said that the chipmaker ...")
CLAUSE_GAPS = frozenset({",", ";", ":", "–", "—", "that", "dass", "said", "says", "sagte", "sagt"})
_SPLIT = re.compile(r"[^\s\-–]+|[\-–]")


@dataclass(frozen=True)
class Head:
    type: EntityType
    roles: frozenset[str]
    prefer_topic: bool = False  # "the round": the company the text is about, when it fits


class References:
    """Description heads of one language, keyed by their token sequence."""

    def __init__(self, raw: dict) -> None:
        self.determiners = {w.lower() for w in raw["determiners"]}
        self.maker_heads = {tuple(_SPLIT.findall(w.lower())) for w in raw["maker_heads"]}
        self.parent_heads = {tuple(_SPLIT.findall(w.lower())) for w in raw["parent_heads"]}
        # "die SAP-Tochter", "the Alphabet unit": a company the owner named inside it owns
        self.child_heads = {tuple(_SPLIT.findall(w.lower())) for w in raw.get("child_heads", ())}
        # a unit of the owner, never a company of its own: only a known unit takes it up ("die Google-Sparte")
        self.unit_heads = {tuple(_SPLIT.findall(w.lower())) for w in raw.get("unit_heads", ())}
        # the genitive or preposition that names a child's owner after it ("die Tochter des Konzerns X")
        self.child_owner_markers = frozenset(raw.get("child_owner_markers", ()))
        # a description in a relative clause never means the clause's own antecedent
        self.relative_pronouns = frozenset(raw.get("relative_pronouns", ()))
        self.max_modifiers = int(raw.get("max_modifiers", 3))
        self.window = int(raw.get("window", 3))
        self.demonym_endings = tuple(raw.get("demonym_endings", ()))
        # prepositions that open a role noun's own argument ('the investor in OpenAI'); others
        # after the head belong to the verb ('works with the chipmaker on its MTIA chips')
        self.argument_preps = {w.lower() for w in raw.get("argument_preps", ())}
        # "die Münchner", "der Kalifornier": a company named by the people of its home town
        self.people_references = bool(raw.get("people_references", False))
        self.heads: dict[tuple[str, ...], Head] = {}
        for group in raw["heads"]:
            head = Head(EntityType(group["type"]), frozenset(group["roles"]), group.get("prefer") == "topic")
            for form in group["forms"]:
                self.heads[tuple(_SPLIT.findall(form.lower()))] = head
        self.longest = max((len(k) for k in self.heads), default=1)
        self.first_words = {k[0] for k in self.heads if k}
        # German compounds ending in a listed head ("Suchmaschinenkonzern", "Rüstungsriese") are
        # descriptions of that head's kind, unless their first part names a relation to another
        # company ("Mutterkonzern", "Partnerunternehmen")
        self.compound_suffixes = tuple(sorted((w.lower() for w in raw.get("compound_suffixes", ())), key=len, reverse=True))
        self.compound_exclusions = tuple(w.lower() for w in raw.get("compound_exclusions", ()))

    def head_at(self, lower: list[str], j: int, end: int) -> tuple[int, Head | None]:
        if j < end and lower[j] not in self.first_words:
            return self._compound_head(lower[j])  # no head starts with this word
        for n in range(min(self.longest, end - j), 0, -1):
            head = self.heads.get(tuple(lower[j : j + n]))
            if head is not None:
                return n, head
        return 0, None

    def _compound_head(self, word: str) -> tuple[int, Head | None]:
        if not self.compound_suffixes or not word.endswith(self.compound_suffixes) or word.startswith(self.compound_exclusions):
            return 0, None
        suffix = next(x for x in self.compound_suffixes if word.endswith(x))
        if len(word) < len(suffix) + MIN_COMPOUND_PREFIX or "-" in word:
            return 0, None
        head = self.heads.get((suffix,))
        return (1, head) if head is not None else (0, None)

    def listed_at(self, table: set[tuple[str, ...]], lower: list[str], j: int, end: int) -> int:
        for n in (3, 2, 1):
            if j + n <= end and tuple(lower[j : j + n]) in table:
                return n
        return 0


@lru_cache(maxsize=4)
def load_references(lang: str) -> References | None:
    path = DATA_DIR / "references" / f"{lang}.json"
    if not path.exists():
        return None
    return References(json.loads(path.read_text(encoding="utf-8")))


@dataclass
class Described:
    start: int
    end: int
    entity: M | None  # resolved stand-in
    replaces: M | None = None  # the product or company inside a maker/parent description


def descriptions(
    texts: list[str], lower: list[str], start: int, end: int, inside: list[M], history: list[M],
    topic: M | None, refs: References, kb: KnowledgeBase, predicative: set[str], prepositions: set[str],
    focus: M | None = None,
) -> list[Described]:
    """Resolved descriptions in tokens[start:end]; ``history`` holds earlier mentions, oldest first.

    A predicate ('Microsoft is the cloud provider for OpenAI', 'als Investor') and a role
    with its own argument ('the largest investor in OpenAI') describe, they do not refer."""
    at = {m.start: m for m in inside}
    covered = {i for m in inside for i in range(m.start, m.end)}
    named = [m for m in inside if m.origin != CANDIDATE_ORIGIN]  # a bare capitalised name is taken up by nothing
    out: list[Described] = []
    determiners = refs.determiners
    free = start  # tokens before this belong to a description already read
    # a description starts at a determiner: the other tokens are passed over without a step each
    for k in [j for j, w in enumerate(lower[start : end - 1], start) if w in determiners]:
        if k < free or k in covered:
            continue
        found = _description(texts, lower, k, end, at, covered, refs)
        if found is None:
            if refs.people_references and (k - 1 < start or lower[k - 1] not in predicative):
                people = _people_at(texts, k + 1, end, kb)
                stand_in = _resolve_people(people, k, k + 2, named, history, kb) if people else None
                if stand_in is not None:  # "Chips der Kalifornier", "die Wolfsburger beteiligen sich"
                    free = k + 2
                    out.append(Described(k, k + 2, stand_in, None))
            continue
        d_end, head, inner, kind = found
        free = d_end
        appositive = k - 1 > start and texts[k - 1] == "," and any(m.end == k - 1 for m in inside)
        argument_preps = refs.argument_preps or prepositions
        if head is not None and head.type is EntityType.PRODUCT:
            argument_preps = _MAKER_PREPS  # "built the model into Alexa": a product's own argument names its maker
        if appositive or (k > start and lower[k - 1] in predicative) or _has_argument(lower, d_end, end, argument_preps, at):
            continue
        if inner is not None and kind is UNIT:
            stand_in = _child(inner, k, d_end, named, history, kb, known_only=True)
            if stand_in is None:
                continue  # no unit named before: the owner's own name stays
            stand_in.owner = inner
        elif inner is not None and kind in (CHILD, OWNED_CHILD):
            stand_in = _child(inner, k, d_end, named, history, kb)
            if stand_in is not None:
                stand_in.owner = inner
            if kind is OWNED_CHILD:
                inner = None  # the owner's name after the head is no part of the description
        elif inner is not None:
            stand_in = _known_parent(kb, inner.entity_id, EntityType.COMPANY, k, d_end)
        else:
            described = None if "-" in texts[k:d_end] else _apposition_described(texts, lower, k, start, inside)
            parent = _known_parent(kb, described, head.type, k, d_end) if described is not None else None
            if described is not None:
                # "Delos Cloud, eine Tochter des Konzerns": another company than the one described,
                # and than the others of the sentence ("Teil von Google Cloud, der Cloud-Sparte
                # des Konzerns"): its known parent, else the one the text is about
                inside = named = []
                history = [m for m in history if m.entity_id != described]
            places = _modifier_places(texts, lower, k + 1, d_end, kb) if head.type is EntityType.COMPANY else frozenset()
            if places and parent is None:
                # "der Walldorfer Konzern", "the San Francisco-based company": only a company of that place
                stand_in = _resolve_people(places, k, d_end, named, history, kb)
            else:
                stand_in = parent or _resolve(head, k, d_end, named, history, topic, focus,
                                              lambda lo, hi: any(lower[x] in CLAUSE_GAPS for x in range(lo, hi)),
                                              lambda m: _in_phrase(lower, m, start, prepositions),
                                              lambda m: m.start > start and lower[m.start - 1] in argument_preps,
                                              _relative_antecedent_before(lower, start, k, inside, refs))
        if stand_in is not None:
            stand_in.genitive = d_end < end and texts[d_end] in ("'s", "’s")
            out.append(Described(k, d_end, stand_in, inner))
    return out


def _apposition_described(texts: list[str], lower: list[str], k: int, start: int, inside: list[M]) -> str | None:
    """The entity an apposition describes when a genitive description ends it: in 'Delos
    Cloud, eine Berliner Tochter des Konzerns' the group is another company than Delos Cloud."""
    if lower[k] not in GENITIVE_ONLY or k - 1 < start or not (texts[k - 1][:1].isupper() and texts[k - 1].isalpha()):
        return None
    j = k - 1
    while j > start and k - j <= 5 and texts[j] != ",":
        if not (texts[j].isalpha() or texts[j] == "-"):
            return None
        j -= 1
    if texts[j] != ",":
        return None
    owner = [m for m in inside if m.end == j]
    return owner[-1].entity_id if owner else None


def _known_parent(kb: KnowledgeBase, entity_id: str, etype: EntityType, start: int, end: int) -> M | None:
    """The owner (a product's maker) the knowledge base records, standing at start:end, when
    it is of the type the description names."""
    entry = kb.get(entity_id)
    parent = kb.get(entry.parent) if entry is not None and entry.parent else None
    if parent is None or parent.type is not etype:
        return None
    return M(start, end, parent.id, parent.name, parent.type, REFERENCE_CONFIDENCE, "reference", roles=tuple(parent.roles))


def _stand_in(m: M, start: int, end: int) -> M:
    """The entity of mention ``m`` standing where a description refers to it."""
    return M(start, end, m.entity_id, m.name, m.type, REFERENCE_CONFIDENCE, "reference", roles=m.roles)


def _people_at(texts: list[str], j: int, end: int, kb: KnowledgeBase) -> frozenset[str]:
    """Places whose people the capitalised word at j names, when it stands alone as a noun
    ('die Münchner', not 'die Münchner Firma')."""
    if j >= end or not texts[j][:1].isupper():
        return frozenset()
    if j + 1 < end and (texts[j + 1][:1].isupper() or texts[j + 1] in ("-", "–")):
        return frozenset()  # an adjective before its noun: "der Münchner Konzern"
    return _people_table(kb).get(texts[j], frozenset())


@lru_cache(maxsize=4)
def _people_table(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for place in kb.places:
        words = list(place.de_people)
        if place.kind == "city":
            words += [stem[:1].upper() + stem[1:] for stem in place.de_adj if stem.endswith("er")]
        for word in words:
            for form in (word, word if word.endswith("n") else word + "n"):  # "den Münchnern"
                table.setdefault(form, set()).add(place.name)
    return {k: frozenset(v) for k, v in table.items()}


def _modifier_places(texts: list[str], lower: list[str], lo: int, hi: int, kb: KnowledgeBase) -> frozenset[str]:
    """The places a description's modifiers name: 'Münchner', 'kalifornische', 'US', 'French',
    'San Francisco-based'."""
    table = _place_words(kb)
    found: set[str] = set()
    for j in range(lo, hi):
        word = lower[j]
        if word == "based" and j >= 2 and texts[j - 1] in ("-", "–"):
            k = j - 2
            while k > lo and texts[k - 1][:1].isupper() and j - 2 - k < 2:
                k -= 1
            found |= table.get(" ".join(lower[k : j - 1]), frozenset())
            continue
        if not texts[j][:1].isupper() and not (texts[j].isalpha() and word.endswith(("e", "en", "er", "es", "em"))):
            continue
        for form in (word, word[:-1], word[:-2]):
            if form in table:
                found |= table[form]
                break
    return frozenset(found)


@lru_cache(maxsize=4)
def _place_words(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for place in kb.places:
        for word in (place.name, *place.en, *place.de_adj, *place.en_adj):
            table.setdefault(word.lower(), set()).add(place.name)
    return {k: frozenset(v) for k, v in table.items()}


def _resolve_people(places: frozenset[str], start: int, end: int, inside: list[M], history: list[M],
                    kb: KnowledgeBase) -> M | None:
    """The company named last whose home is one of ``places``: its town, its town's state
    or its country."""
    by_name = {p.name: p for p in kb.places}
    codes = {by_name[p].code for p in places if p in by_name and by_name[p].code}
    before = list(history) + [m for m in inside if m.end <= start]
    for m in reversed(before):
        if m.type is not EntityType.COMPANY:
            continue
        entry = kb.get(m.entity_id)
        if entry is None:
            continue
        town = by_name.get(entry.city) if entry.city else None
        if entry.city in places or (town is not None and town.state in places) or entry.country in codes:
            return _stand_in(m, start, end)
    return None


def _has_argument(lower: list[str], j: int, end: int, prepositions: set[str], at: dict[int, M]) -> bool:
    """'the largest investor in OpenAI', 'der Cloud-Anbieter für OpenAI': a preposition right
    after the head with a name close behind it makes the phrase a role, not a reference."""
    if j >= end or lower[j] not in prepositions:
        return False
    return any(k in at for k in range(j + 1, min(end, j + 4)))


def _description(texts, lower, k, end, at, covered, refs):
    """(end, head, inner mention, kind) of a description starting at determiner k; kind is True
    after a parent word ("der Lidl-Mutterkonzern"), CHILD after a child word ("die SAP-Tochter"),
    OWNED_CHILD for a child word with its owner after it ("die Tochter des Konzerns X")."""
    j, modifiers = k + 1, 0
    while j < end and modifiers <= refs.max_modifiers:
        inner = at.get(j)
        if inner is not None:
            after = inner.end + (1 if inner.end < end and texts[inner.end] in ("-", "–") else 0)
            n = refs.listed_at(refs.maker_heads, lower, after, end)
            if n and inner.type is EntityType.PRODUCT:
                return _unless_named(texts, after + n, end, at, (after + n, None, inner, False))
            n = refs.listed_at(refs.parent_heads, lower, after, end)
            if n and inner.type is EntityType.COMPANY:
                return _unless_named(texts, after + n, end, at, (after + n, None, inner, True))
            n = refs.listed_at(refs.child_heads, lower, after, end)
            if n and inner.type is EntityType.COMPANY and after > inner.end:  # "die SAP-Tochter", not "the SAP unit"'s own name
                return _unless_named(texts, after + n, end, at, (after + n, None, inner, CHILD))
            n = refs.listed_at(refs.unit_heads, lower, after, end)
            if n and inner.type is EntityType.COMPANY and after > inner.end:
                return _unless_named(texts, after + n, end, at, (after + n, None, inner, UNIT))
            return None
        if j in covered:
            return None
        n = refs.listed_at(refs.child_heads, lower, j, end)
        owner = _owner_after(texts, lower, j + n, end, at, refs) if n else None
        if owner is not None:  # "die Tochter des Rückversicherers Munich Re": the owner stays a name of its own
            return _unless_named(texts, owner.end, end, at, (j + n, None, owner, OWNED_CHILD))
        n, head = refs.head_at(lower, j, end)
        if head is not None:
            return _unless_named(texts, j + n, end, at, (j + n, head, None, False))
        if not _modifier(texts, j, refs):
            return None
        # "San Francisco-based", "buy-now-pay-later": a hyphen and the words it joins add no word
        modifiers += texts[j] not in ("-", "–") and texts[j - 1] not in ("-", "–")
        j += 1
    return None


def _owner_after(texts, lower, j, end, at, refs) -> M | None:
    """The company a child head's genitive names: 'des Rückversicherers Munich Re', 'of
    Samsung', past at most two words of its own description."""
    if j >= end or lower[j] not in refs.child_owner_markers:
        return None
    for k in range(j + 1, min(end, j + 4)):
        m = at.get(k)
        if m is not None:
            return m if m.type is EntityType.COMPANY else None
        if not texts[k].isalpha():
            return None
    return None


def _unless_named(texts, j, end, at, result):
    """'the chipmaker Nvidia', 'das Start-up Parloa': a name right after introduces, not refers."""
    if j < end and (j in at or (texts[j][:1].isupper() and texts[j].isalpha())):
        return None
    return result


def _modifier(texts: list[str], j: int, refs: References) -> bool:
    """Adjectives before the head: lower-case words, hyphen parts, place adjectives
    ('Bonner', 'French', 'Shenzhen-based')."""
    word = texts[j]
    if word in ("-", "–"):
        return True
    if not word.isalpha():
        return False
    if word.islower():
        return word not in refs.determiners  # "the third deal the ChatGPT maker": a new phrase
    if j + 1 < len(texts) and texts[j + 1] in ("-", "–"):
        return True  # "Shenzhen-based", "US-amerikanische"
    if j + 3 < len(texts) and texts[j + 1][:1].isupper() and texts[j + 2] in ("-", "–") and texts[j + 3].lower() == "based":
        return True  # "San Francisco-based"
    return word[:1].isupper() and (word.isupper() and len(word) <= 3 or word.endswith(refs.demonym_endings))


CHILD = "child"  # the kind of a description by an owner and a child head ("die SAP-Tochter")
UNIT = "unit"  # an owner and a unit head ("die Google-Sparte"): only a known unit named before
OWNED_CHILD = "owned child"  # a child head with its owner after it ("die Tochter des Konzerns X")


def _child(owner: M, start: int, end: int, inside: list[M], history: list[M], kb: KnowledgeBase,
           known_only: bool = False) -> M | None:
    """The company named last that 'die SAP-Tochter' takes up: one the knowledge base places
    under the owner, else (unless ``known_only``) the last one it knows no other owner of
    (never the owner itself)."""
    before = [m for m in list(history) + [m for m in inside if m.end <= start]
              if m.type is EntityType.COMPANY and m.entity_id != owner.entity_id]
    unowned = None
    for m in reversed(before):
        chain = _owners(kb, m.entity_id)
        if owner.entity_id in chain:
            unowned = m
            break
        if unowned is None and not known_only and not chain and owner.entity_id not in _owners(kb, owner.entity_id, m.entity_id):
            unowned = m  # not the owner's own parent ("die Alphabet-Tochter" is no name for Alphabet's parent)
    if unowned is None:
        return None
    return _stand_in(unowned, start, end)


def _owners(kb: KnowledgeBase, entity_id: str, stop: str | None = None) -> list[str]:
    """The chain of owners the knowledge base records above an entity (up to ``stop``)."""
    chain: list[str] = []
    entry = kb.get(entity_id)
    while entry is not None and entry.parent and entry.parent not in chain and len(chain) < 5:
        chain.append(entry.parent)
        if entry.parent == stop:
            break
        entry = kb.get(entry.parent)
    return chain


def _in_phrase(lower: list[str], m: M, start: int, prepositions: set[str]) -> bool:
    """The name sits in a prepositional phrase ('Mit dem Pariser KI-Entwickler Mistral AI'),
    not bare as a subject or object."""
    for k in range(m.start - 1, max(start, m.start - 7) - 1, -1):
        if lower[k] in prepositions:
            return True
        if lower[k] in CLAUSE_GAPS or not (lower[k][:1].isalnum() or lower[k] == "-"):
            return False
    return False


def _relative_antecedent_before(lower: list[str], start: int, k: int, inside: list[M], refs: References) -> str | None:
    """The entity a relative clause holding position k is about (', der das Unternehmen …')."""
    j = k - 1
    while j > start and lower[j] != "," and k - j <= 6:
        j -= 1
    if lower[j] != "," or j + 1 >= k or lower[j + 1] not in refs.relative_pronouns:
        return None
    return next((m.entity_id for m in inside if m.end == j), None)


def _resolve(head: Head, start: int, end: int, inside: list[M], history: list[M], topic: M | None, focus: M | None,
             comma_between=lambda lo, hi: False, in_phrase=lambda m: False, argument=lambda m: False,
             antecedent: str | None = None) -> M | None:
    before = [m for m in history if m.type is head.type] + [
        m for m in inside if m.end <= start and m.type is head.type
    ]
    if not before:
        return None
    target = None
    if head.prefer_topic and topic is not None and topic.type is head.type and (
        head.roles & set(topic.roles) or (not topic.roles and topic.origin != "kb")
    ):
        target = topic  # a company the knowledge base does not know may well be the one raising
    elif head.roles:
        fitting = [m for m in before if head.roles & set(m.roles)]
        unknown = [m for m in before if not m.roles and m.origin != "kb"]
        target = (fitting or unknown or [None])[-1]
        if target is not None and target in inside and not comma_between(target.end, start) and not argument(target):
            # "Nvidia agreed to buy a stake in the chipmaker": a description in the same clause
            # as a fitting name is another company (the one named before), or stays unresolved;
            # a name in a phrase of its own is no subject describing itself ("invest $14bn in
            # Scale AI for a 49% stake in the start-up")
            others = [m for m in (fitting or unknown) if m.entity_id != target.entity_id]
            target = others[-1] if others else None
    else:
        # "Google put $3bn into the company", "Amazon bought the Israeli company": after a
        # name of its type a generic description is ambiguous; as the sentence's first
        # reference of its type it takes up the topic (or the entity named last)
        same = [m for m in inside if m.end <= start and m.type is head.type]
        if same:
            # "Die Aktie von Nvidia legte zu, nachdem der Konzern ...": in a later clause the one
            # company named before is meant; with two or more it stays ambiguous
            ids = {m.entity_id for m in same}
            if len(ids) == 1 and comma_between(same[-1].end, start):
                target = same[0]
                return _stand_in(target, start, end)
            # "Perplexity steht unter Druck: Mehrere Verlage, darunter die NYT, haben das
            # Unternehmen verklagt": the names of the description's own clause are not meant
            outside = {m.entity_id: m for m in same if comma_between(m.end, start)}
            if antecedent in outside and len(outside) == 2:
                # "Boston Dynamics gehört zu Hyundai, der das Unternehmen 2021 übernommen hatte": a
                # description in a relative clause is not the clause's antecedent
                other = next(m for i, m in outside.items() if i != antecedent)
                return _stand_in(other, start, end)
            clause_ids = {m.entity_id for m in same if not comma_between(m.end, start)}
            if len(outside) == 1 and clause_ids and not clause_ids & set(outside):
                target = next(iter(outside.values()))
                return _stand_in(target, start, end)
            if (
                not outside and topic is not None and topic.type is head.type
                and topic.entity_id not in clause_ids and all(in_phrase(m) for m in same)
            ):
                # "Mit dem Pariser KI-Entwickler Mistral AI arbeitet das Unternehmen an ...": a
                # description in the clause of a name inside a phrase is not that name (that
                # would be "sich"), so the topic is meant. After a bare subject ("Amazon bought
                # the Israeli company") the company named last before is as likely.
                return _stand_in(topic, start, end)
            alt = focus
            if (
                not outside and topic is not None and topic.entity_id in clause_ids and alt is not None
                and alt.type is head.type and alt.entity_id not in clause_ids and all(in_phrase(m) for m in same)
            ):
                # "Auch Perplexity nutzt die Kapazität der Bonner. Mit Perplexity arbeitet der Konzern
                # zusammen": the topic is named in the clause, so the description means the company the
                # article is about
                return _stand_in(alt, start, end)
            return None
        if topic is not None and topic.type is head.type:
            target = topic
        else:
            target = before[-1]
    if target is None:
        return None
    return _stand_in(target, start, end)
