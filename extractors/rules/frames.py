"""Relation frames: given a trigger in a sentence, fill subject and object.

Each construction is one small function that returns candidate ends with the
rule id and a construction score; :func:`fill` tries them from the most local
(apposition, genitive, prepositional object) to the least (the clause subject,
then the discourse topic). Types are checked against the ontology, so a
wrong-type candidate is skipped rather than producing a wrong triple.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field, replace

from extractors.rules.grammar import Grammar
from extractors.rules.lexicon import Cues, Trigger, trigger
from extractors.rules.ontology import EntityType, RelationType
from extractors.rules.sentence import M, Sent, apposition_owner, zu_form

C, P, PR, R = EntityType.COMPANY, EntityType.PERSON, EntityType.PRODUCT, EntityType.REGULATOR

# ontology: allowed (subject types, object types)
SIGNATURES: dict[RelationType, tuple[set[EntityType], set[EntityType]]] = {
    RelationType.PARTNERS_WITH: ({C}, {C}),
    RelationType.COMPETES_WITH: ({C}, {C}),
    RelationType.INVESTS_IN: ({C, P}, {C}),
    RelationType.ACQUIRES: ({C}, {C}),
    RelationType.SUBSIDIARY_OF: ({C}, {C}),
    RelationType.PROVIDES_CLOUD_TO: ({C}, {C}),
    RelationType.SUPPLIES_CHIPS_TO: ({C}, {C}),
    RelationType.DEVELOPS_CHIPS_WITH: ({C}, {C}),
    RelationType.LICENSES_TO: ({C}, {C}),
    RelationType.DEVELOPS: ({C}, {PR}),
    RelationType.INTEGRATES: ({C, PR}, {PR}),
    RelationType.DEPENDS_ON: ({C}, {C, PR}),
    RelationType.REGULATES: ({R}, {C}),
    RelationType.LEADS: ({P}, {C}),
    RelationType.IN_CONFLICT_WITH: ({C}, {C}),
}


@dataclass(slots=True)
class Frame:
    subjects: list[M]
    objects: list[M]
    rule: str
    score: float
    topic_subject: bool = False


@dataclass(slots=True)
class Context:
    sent: Sent
    trig: Trigger
    i: int  # trigger token index (document)
    n: int  # trigger length in tokens
    grammar: Grammar
    cues: Cues
    topic: M | None
    previous_subject: list[M]
    triggers: tuple = ()  # (start, length, Trigger) of every trigger in the sentence
    focus: M | None = None  # the company the article names most
    # the last sentence's object per relation type; under "deal" the two parties of the last
    # deal named in the last sentences (see _earlier_deal)
    recent: dict = field(default_factory=dict)
    r: int = field(init=False)  # trigger index within the sentence
    clause: int = field(init=False)  # the trigger's clause

    def __post_init__(self) -> None:
        # read tens of thousands of times per document: computed once, not per access
        self.r = self.i - self.sent.start
        self.clause = self.sent.clause_of[self.r]


def fits(relation: RelationType, subj: M, obj: M) -> bool:
    subj_types, obj_types = SIGNATURES[relation]
    if relation in OWNED_APPS:  # "Meta's purchases of Instagram and WhatsApp", "TikTok, a unit of ByteDance"
        owned = obj if relation in APP_AS_OBJECT else subj
        if owned.type is PR and OWNED_APP_ROLES & set(owned.roles) and "model" not in owned.roles:
            return subj.entity_id != obj.entity_id and (subj if owned is obj else obj).type in (
                subj_types if owned is obj else obj_types)
    return subj.type in subj_types and obj.type in obj_types and subj.entity_id != obj.entity_id


def _owned_app(relation: RelationType, m: M, as_object: bool) -> bool:
    """An app bought (object of ACQUIRES) or owned (subject of SUBSIDIARY_OF)."""
    return relation in OWNED_APPS and as_object == (relation in APP_AS_OBJECT) and m.type is PR \
        and bool(OWNED_APP_ROLES & set(m.roles))


# an app or social platform is bought, owned and regulated like a company (the business behind it)
OWNED_APPS = frozenset({RelationType.ACQUIRES, RelationType.SUBSIDIARY_OF, RelationType.REGULATES})
APP_AS_OBJECT = frozenset({RelationType.ACQUIRES, RelationType.REGULATES})
OWNED_APP_ROLES = frozenset({"app"})


# -- building blocks ---------------------------------------------------------


def governed(ctx: Context, preps: tuple[str, ...], after_only: bool = False) -> list[M]:
    """Mentions in the trigger's clause governed by one of ``preps``, nearest first."""
    if not preps:
        return []
    clause, after = ctx.clause, ctx.i + ctx.n
    hits = [
        m
        for m in ctx.sent.mentions
        if m.clause == clause
        and (m.prep in preps or (m.outer_prep in preps and not (
            # "Zu den Investoren von Aleph Alpha gehören SAP und Bosch": they do not belong to it
            ctx.trig.relation is RelationType.SUBSIDIARY_OF and m.prep in ctx.grammar.possessive_preps)
            and not _outer_governs_noun(ctx, m)))
        and not m.compound
        and (not after_only or m.start >= after)
        # "Rebellions, led by chief executive Park, has raised …": an English 'by' before a verb
        # belongs to a participle before it
        and not (m.start < ctx.i and m.prep in ctx.grammar.agent_preps and ctx.trig.kind == "verb"
                 and not ctx.grammar.verb_final)
        and _attached(ctx, m)
        and not _possessor_of_product(ctx.sent, m)
        and not (ctx.trig.relation in RIVALRY and together_with(ctx.sent, m, ctx.grammar))
    ]
    if not hits:
        return hits  # most prepositions govern no name of the clause
    # "gegen Elon Musks xAI": a genitive right before another name of the phrase owns it
    owners = {id(a) for a in hits if a.genitive and any(
        _right_after_genitive(ctx.sent, a, b) and b.prep == a.prep and b.type is not PR for b in hits)}  # "für Nvidias Blackwell": the owner stays
    if owners:
        hits = [m for m in hits if id(m) not in owners]
    hits.sort(key=lambda m: (m.start < ctx.i, abs(m.start - ctx.i)))
    if ctx.trig.kind == "verb":  # "konkurriert mit X, ebenso mit Y": every attached phrase
        # in English only on the side of the nearest: "a round led by Humain, the company owned by PIF"
        side = hits[0].start < ctx.i
        return _expand(ctx.sent, [m for m in hits if (m.prep == hits[0].prep or m.outer_prep == hits[0].outer_prep)
                                  and ((m.start < ctx.i) == side or ctx.grammar.verb_final)])
    if ctx.trig.relation is RelationType.SUBSIDIARY_OF and ctx.trig.holder != "object":
        return hits[:1]  # a unit has one parent ("die Tochter von X, und dem Fonds Y"); an owner many units
    return _expand(ctx.sent, hits[:1])


def _right_after_genitive(sent: Sent, a: M, b: M) -> bool:
    """'Nvidias Blackwell', "Mira Murati's Thinking Machines Lab": b follows the genitive a."""
    return b.start == a.end or (b.start == a.end + 1 and sent.lower[a.end - sent.start] in POSSESSIVE_MARKS)


POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _outer_governs_noun(ctx: Context, m: M) -> bool:
    """'durch die Übernahme von Kuka': the outer preposition stands before the trigger noun and
    governs the noun's own phrase, so it says nothing of the name inside it."""
    if ctx.trig.kind != "noun" or m.prep_at < ctx.i + ctx.n:
        return False
    lower, start = ctx.sent.lower, ctx.sent.start
    return m.outer_prep not in lower[ctx.r + ctx.n : m.prep_at - start]


NOUN_REACH = 4  # tokens between a noun and the preposition of its argument
RIVALRY = {RelationType.COMPETES_WITH, RelationType.IN_CONFLICT_WITH}


def together_with(sent: Sent, m: M, grammar) -> bool:
    """'gemeinsam mit Nvidia', 'together with HUMAIN': the name's preposition follows a word of
    togetherness, so it names a partner in what the clause does (a co-investor, never a rival)."""
    k = m.prep_at - sent.start
    return m.prep is not None and k > 0 and sent.lower[k - 1] in grammar.together_adverbs


def _possessor_of_product(sent: Sent, m: M) -> bool:
    """'auf Googles KI-Modell Gemini': the phrase is about Gemini, Google only owns it."""
    if not m.genitive:
        return False
    return any(o.type is PR and 0 < o.start - m.end <= 4 and o.clause == m.clause for o in sent.mentions)


def _vied_for(sent: Sent, after_verb: int, noun: int, grammar) -> bool:
    """'konkurriert um Aufträge', 'competes for public-sector contracts': the noun at ``noun`` is
    what the verb ending before ``after_verb`` vies for."""
    k = after_verb - sent.start
    return 0 <= k < len(sent.words) and sent.lower[k] in grammar.goal_preps and 0 < noun - after_verb <= 5


def _attached(ctx: Context, m: M) -> bool:
    """The preposition belongs to this trigger: no other trigger stands between them,
    and a noun's argument follows it closely ('Investition von X in Y')."""
    prep = m.prep_at if m.prep_at >= 0 else m.start
    if m.prep_at >= 0 and m.prep in ctx.grammar.agent_preps:
        for start, length, other in ctx.triggers:
            if start != ctx.i and (other.kind == "adj" or (other.kind == "verb" and other.passive)) and (
                    start + length == m.prep_at or start == m.end):
                if other.kind == "verb" and start == m.end and _perfect_active(replace(ctx, trig=other, i=start, n=length)):
                    continue  # "hat die Übernahme von Run:ai durch Nvidia genehmigt": an active perfect has no agent
                return False  # "founded by X, raised ...", "das von X gegründete ...": the participle's agent
    lo, hi = sorted((prep, ctx.i))
    if ctx.trig.kind == "noun" and any(
        other.kind == "verb" and other.relation in RIVALRY and m.prep in other.obj_preps
        and _vied_for(ctx.sent, start + length, ctx.i, ctx.grammar) for start, length, other in ctx.triggers
    ):
        return False  # "competes for contracts with Mistral": the rival is the verb's, not the contract's
    for start, length, other in ctx.triggers:
        if start == ctx.i or not (lo < start < hi):
            continue
        if other.kind == "noun" and ctx.trig.relation in RIVALRY and ctx.trig.kind == "verb" \
                and _vied_for(ctx.sent, ctx.i + ctx.n, start, ctx.grammar):
            continue
        if other.kind in ("role", "adj"):
            if other.kind == "adj" and m.prep in ctx.grammar.agent_preps and m.prep in other.subj_preps + other.obj_preps:
                return False  # "the start-up backed by Nvidia": the participle takes its agent
            continue
        if other.relation is ctx.trig.relation and not (other.kind == "verb" == ctx.trig.kind):
            continue  # "provide computing capacity to X": the noun is the verb's own object
        # ("no plans to deploy them and would keep relying on chips from X": a nearer verb of the
        # same relation takes the phrase)
        if m.prep in other.obj_preps or m.prep in other.subj_preps or m.prep in other.pair_preps:
            return False  # a nearer trigger claims this preposition
        if other.passive and m.prep in ctx.grammar.agent_preps:
            return False  # "von X gegründet": the agent belongs to the participle
    if ctx.trig.kind in ("noun", "role", "adj") and prep > ctx.i:
        gap = _words_between(ctx.sent, ctx.i + ctx.n, prep)
        if gap <= NOUN_REACH:
            return True
        # "Die Konkurrenz ... verschärft sich durch X": a clause-initial noun reaches further
        # when no other name stands between it and the preposition
        own = set(ctx.trig.obj_preps) | set(ctx.trig.subj_preps) | set(ctx.trig.pair_preps)
        own_genitive = {id(o) for o in genitive_after(ctx)} if m.prep not in ctx.grammar.possessive_preps else set()
        strangers = [o for o in ctx.sent.mentions if ctx.i < o.start < prep and o.prep not in own and id(o) not in own_genitive]
        starts = {start for start, _, _ in ctx.triggers}
        for q in range(ctx.i + ctx.n, prep):
            w = ctx.sent.lower[q - ctx.sent.start]
            if w in ctx.grammar.copulas and w not in ctx.grammar.predicative_markers and q + 1 not in starts:
                # "Gomez, the chief executive, was one of the authors of the Google paper": the phrase
                # belongs to another predicate (not "whose round was led by X": an auxiliary)
                return False
        return gap <= NOUN_FAR_REACH and not strangers
    return True


NOUN_FAR_REACH = 10


def _expand(sent: Sent, ms: list[M]) -> list[M]:
    out: list[M] = []
    for m in ms:
        for member in sent.group_of(m):
            if member not in out:
                out.append(member)
    return out


def modifier_before(ctx: Context) -> tuple[list[M], str] | None:
    """An entity right before the trigger: genitive, possessive, compound or noun modifier."""
    sent, r = ctx.sent, ctx.r
    for m in reversed(sent.mentions):
        gap = sent.words[m.end - sent.start : r]
        if m.end > ctx.i:
            continue
        if m.compound and gap in (["-"], ["–"]):
            return _pair_or_single(ctx, m), "compound"
        if m.genitive and ctx.grammar.verb_final and len(gap) >= 2 and gap[-1] == "-" and gap[-2].isalpha():
            gap = gap[:-2]  # "Bayers Agrar-Rivale BASF": the first part of a compound role
        if m.genitive and _only_modifiers(gap, ctx.cues, possessive_ok=True):
            return [m], "genitive"
        if m.compound and gap and gap[0] not in ("-", "–") and _only_modifiers(gap, ctx.cues):
            return [m], "modifier"  # "the Alphabet self-driving unit": the owner before the unit's adjectives
        if not gap:
            if ctx.grammar.verb_final and m.prep is not None and m.prep not in ctx.grammar.possessive_preps:
                return None  # "bei der EU-Kommission Beschwerde": a phrase of its own, no modifier
            return [m], "modifier"
        if not _only_modifiers(gap, ctx.cues):
            return None
    return None


def _pair_or_single(ctx: Context, m: M) -> list[M]:
    """'Microsoft-OpenAI-Partnerschaft', 'the Amazon–Anthropic deal': two ends before the noun."""
    sent = ctx.sent
    for other in sent.mentions:
        if other.end <= m.start:
            gap = sent.words[other.end - sent.start : m.start - sent.start]
            if gap in (["-"], ["–"], ["/"]):
                return [other, m]
    return [m]


def _only_modifiers(gap: list[str], cues: Cues, possessive_ok: bool = False) -> bool:
    if len(gap) > 4:
        return False
    for w in gap:
        low = w.lower()
        if possessive_ok and w in POSSESSIVE_MARKS:
            continue
        if w[:1].isdigit() or w in ("$", "€", "£", "-"):
            continue
        if cues.scales.get(low.rstrip(".")) or low in cues.currencies:
            continue
        if w.isalpha() and w[:1].islower():  # adjectives: "milliardenschwere", "strategic"
            continue
        return False
    return True


def apposition_after(ctx: Context) -> list[M]:
    """The entity named right after a role noun: 'CEO Sam Altman', 'Investor Microsoft'."""
    end = ctx.i + ctx.n
    words, k = ctx.sent.words, ctx.r + ctx.n
    if k + 1 < len(words) and ctx.cues.coordinators.has_lower(ctx.sent.lower[k]):
        # "Rivian-Gründer und -Chef RJ Scaringe": a second role sharing the first's modifier
        if words[k + 1][:1] in ("-", "‑") and words[k + 1][1:2].isupper():
            end += 2
        elif k + 2 < len(words) and words[k + 1] in ("-", "‑") and words[k + 2][:1].isupper():
            end += 3
    for m in ctx.sent.mentions:
        if m.start == end or (m.start == end + 1 and ctx.sent.words[end - ctx.sent.start] in (",",)):
            if ctx.grammar.verb_final and (m.genitive or ctx.cues.determiners.has_lower(ctx.sent.lower[m.start - ctx.sent.start])):
                return []  # "Konkurrent Samsungs", "Konkurrent der Koreaner": the role's owner, not its holder
            return _bare_list(ctx, m)
    return []


def _bare_list(ctx: Context, first: M) -> list[M]:
    """'den großen Konkurrenten AWS, Microsoft und Google': the names listed right after the
    role noun share it, as long as nothing but commas and 'and' stands between them ('Nvidia-Chef
    Jensen Huang und AMD-Chefin Lisa Su' stops at the second role)."""
    sent = ctx.sent
    out = [first]
    if ctx.trig.relation is RelationType.LEADS:
        return out  # a title is one person's: "den früheren GitHub-Chef Nat Friedman sowie Shengjia Zhao"
    for m in sent.group_of(first) if first.group >= 0 else []:
        if m.start <= out[-1].start:
            continue
        gap = sent.lower[out[-1].end - sent.start : m.start - sent.start]
        if m.type is not first.type or not gap or not all(w == "," or ctx.cues.coordinators.has_lower(w) for w in gap):
            break
        out.append(m)
    return out


def examples_after(ctx: Context) -> list[M]:
    """The names a plural role introduces with a list word: 'rivals such as Google, Amazon and
    Meta', 'Konkurrenten wie Google', 'investors including Nvidia'."""
    sent, k = ctx.sent, ctx.r + ctx.n
    if k < len(sent.words) and sent.words[k] in ("”", "“", "\"", "’"):
        k += 1  # 'rival “neoclouds”, including Nebius'
    if k < len(sent.words) and sent.words[k] == ",":
        k += 1
    n = ctx.cues.list_intro.phrase_at(sent.lower, k) if k < len(sent.words) else 0
    if not n:
        return []
    for m in sent.mentions:
        if m.start - sent.start == k + n:
            return sent.group_of(m)
    return []


ADVERSARIAL = frozenset({RelationType.COMPETES_WITH, RelationType.IN_CONFLICT_WITH, RelationType.REGULATES})


def _adversary_verb_before(ctx: Context) -> bool:
    """'Crusoe competes with neoclouds such as CoreWeave': a role that a verb of rivalry,
    conflict or oversight governs names the verb's other side, not the subject's providers."""
    clause_of, start = ctx.sent.clause_of, ctx.sent.start
    return any(
        trig.kind == "verb" and trig.relation in ADVERSARIAL and i < ctx.i and clause_of[i - start] == ctx.clause
        for i, _, trig in ctx.triggers
    )


def apposition_before(ctx: Context) -> list[M]:
    """'Sam Altman, CEO von OpenAI', 'Jensen Huang, Nvidia-Chef', 'Samsung, Apple's main
    rival', 'STACKIT, die Cloud-Tochter der Schwarz Gruppe': the name before the comma."""
    sent = ctx.sent
    names = {i for m in sent.mentions for i in range(m.start, m.end)}
    k = ctx.i - 1
    steps = 0
    while k >= sent.start and steps <= APPOSITION_REACH:
        word = sent.words[k - sent.start]
        if word.lower() in ctx.grammar.prepositions and not (
                word.lower() == "of" and k - 1 >= sent.start and sent.lower[k - 1 - sent.start] in ctx.grammar.partitives):
            return []  # "which counts Nvidia among its investors": a phrase, not an apposition
        if word == ",":
            end = k
            if k - 3 >= sent.start and sent.words[k - 1 - sent.start] == ")" and sent.words[k - 3 - sent.start] == "(":
                end = k - 3  # "die European Semiconductor Manufacturing Company (ESMC), ein ...": the bracket names it again
            before = [m for m in sent.mentions if m.end == end]
            if not before and end - 1 > sent.start and sent.lower[end - 1 - sent.start] in ctx.grammar.verb_particles:
                # "stelle Ionos bereit, die Cloud-Tochter von …": a verb particle closes the clause before the apposition
                before = [m for m in sent.mentions if m.end == end - 1]
            return before[-1:] if before and not before[-1].compound else []
        low = word.lower()
        if k not in names and (not _appositive_filler(word, ctx.cues) or (
                low in ctx.grammar.copulas and low not in ctx.grammar.predicative_markers)):
            return []  # "GitHub, which is owned by Microsoft, remains Anysphere's rival": a predicate, no apposition
        k -= 1
        steps += 1
    return []


APPOSITION_REACH = 6


def _appositive_filler(word: str, cues: Cues) -> bool:
    """Words inside a role apposition: determiners, adjectives, nouns, hyphens, possessive 's."""
    return word in ("-", "'s", "’s", "'", "’") or word.isalpha() or cues.determiners.has_lower(word.lower())


def pair_after(ctx: Context) -> list[M] | None:
    """'Partnerschaft zwischen X und Y' / 'partnership between X and Y'."""
    if not ctx.trig.pair_preps:
        return None
    for m in ctx.sent.mentions:
        if m.start >= ctx.i + ctx.n and m.prep in ctx.trig.pair_preps and m.clause == ctx.clause:
            group = ctx.sent.group_of(m)
            if len(group) >= 2:
                return group
    # "Zwischen Musk und OpenAI tobt ein Rechtsstreit": the pair phrase opens the clause
    first = ctx.sent.start + ctx.sent.clause_of.index(ctx.clause)
    for m in ctx.sent.mentions:
        if m.end <= ctx.i and m.clause == ctx.clause and m.prep in ctx.trig.pair_preps and m.prep_at == first:
            group = ctx.sent.group_of(m)
            if len(group) >= 2:
                return group
    return None


def direct_object(ctx: Context, exclude: list[M]) -> list[M]:
    """The first bare mention after a transitive verb, or before a German clause-final verb."""
    ids = {m.entity_id for m in exclude}
    if ctx.grammar.verb_final and _clause_final_verb(ctx):
        # "hat … das Sprachmodell Qwen integriert und bringt …": a verb that closes its clause
        # has its object before it; a name after it belongs to the next verb
        before = [m for m in ctx.sent.mentions
                  if m.end <= ctx.i and m.clause == ctx.clause and m.bare and m.entity_id not in ids]
        if before:
            return _expand(ctx.sent, before[-1:])
    after = [
        m for m in ctx.sent.mentions
        if m.start >= ctx.i + ctx.n and m.clause == ctx.clause and m.bare and m.entity_id not in ids
    ]
    if after and not ctx.grammar.verb_final and _object_taken(ctx, after[0]):
        return []
    if after and not ctx.grammar.verb_final and _modifies_role(ctx, after[0]):
        return []  # "Seoul backs Nvidia challengers": the object is the role, not the name before it
    if after and ctx.trig.relation is RelationType.DEVELOPS and _owned_by_other(ctx, after[0], ids):
        return []  # "Microsoft offers Anthropic's Claude models": another company's product
    if after:
        pair = _pair_or_single(ctx, after[0])  # "examined the Amazon–Anthropic partnership"
        return pair if len(pair) == 2 else _expand(ctx.sent, after[:1])
    owner = _possessor_after(ctx, ids) or _part_of_after(ctx, ids)
    if owner:
        return owner  # "agreed to acquire Groq's assets", "bought the rest of Windsurf": the owner of what is bought
    if not ctx.grammar.verb_final:
        return _examples_after_clause(ctx, ids)  # English objects follow the verb
    before = [
        m for m in ctx.sent.mentions
        if m.end <= ctx.i and m.clause == ctx.clause and m.bare and m.entity_id not in ids
    ]
    return _expand(ctx.sent, before[-1:]) if before else _examples_after_clause(ctx, ids)


def _modifies_role(ctx: Context, m: M) -> bool:
    """An English name right before a role noun modifies it ('Nvidia challengers', 'OpenAI
    rivals'): the phrase names the role's holders, not the name."""
    return m.type is C and any(t.kind == "role" and start == m.end and t.relation in _PEER_ROLES
                               for start, _, t in ctx.triggers)


_PEER_ROLES = (RelationType.COMPETES_WITH, RelationType.INVESTS_IN, RelationType.PARTNERS_WITH)


def _examples_after_clause(ctx: Context, ids: set[str]) -> list[M]:
    """'stellt … Modelle bereit, darunter Claude und Llama', 'offers models, including Claude':
    an object named by a common noun is spelt out by the list that follows its clause."""
    sent = ctx.sent
    k = ctx.r + ctx.n
    while k < len(sent.words) and sent.clause_of[k] == ctx.clause and sent.words[k] != ",":
        k += 1
    if k >= len(sent.words) - 1 or sent.words[k] != ",":
        return []
    n = ctx.cues.list_intro.phrase_at(sent.lower, k + 1)
    if not n:
        return []
    first = [m for m in sent.mentions if m.start - sent.start == k + 1 + n and m.entity_id not in ids]
    return sent.group_of(first[0]) if first else []


def _clause_final_verb(ctx: Context) -> bool:
    """A German participle or infinitive followed by a coordinator or the end of its clause."""
    sent, end = ctx.sent, ctx.r + ctx.n
    nxt = sent.lower[end] if end < len(sent.words) else "."
    if not (nxt in (",", ".", ";", ":", "–") or ctx.cues.coordinators.has(nxt)):
        return False
    if _participle(sent.lower[ctx.r + ctx.n - 1]):
        return True
    # ", der den Konzern seit 2019 führt und …": a subordinate clause puts its finite verb last
    first = sent.clause_of.index(ctx.clause)
    return first > 0 and (sent.lower[first] in ctx.grammar.relative_openers or sent.lower[first] in ctx.grammar.subordinators)


def _part_of_after(ctx: Context, ids: set[str]) -> list[M]:
    """'bought the rest of Windsurf', 'acquired a majority of X', 'kauft den Rest von X': a part
    noun right after a buying verb, then the company it is part of."""
    if ctx.trig.relation not in POSSESSION_RELATIONS:
        return []
    sent, parts = ctx.sent, ctx.cues.cls("part_noun")
    k = ctx.r + ctx.n
    while k < len(sent.words) and k - (ctx.r + ctx.n) < 3 and (ctx.cues.determiners.has_lower(sent.lower[k]) or sent.words[k].islower()):
        if parts.has_lower(sent.lower[k]):
            break  # "bought most of Groq's assets"
        k += 1
    n = parts.phrase_at(sent.lower, k) if k < len(sent.words) else 0
    if not n:
        return []
    for m in sent.mentions:
        if m.start - sent.start == k + n + 1 and m.prep in ctx.grammar.possessive_preps and m.entity_id not in ids and m.type is C:
            return [m]
    return []


def _owned_by_other(ctx: Context, product: M, ids: set[str]) -> bool:
    """A company's genitive right before the product ('Anthropic's Claude', 'Googles Gemini')."""
    return any(
        o.genitive and o.type is C and o.entity_id not in ids and 0 <= product.start - o.end <= 1
        for o in ctx.sent.mentions
    )


def _object_taken(ctx: Context, m: M) -> bool:
    """'agreed to provide it with capacity ..., and Nscale', 'buy any capacity that CoreWeave
    cannot sell': a pronoun right after the verb is its object, and a name inside a relative or
    complement clause after the object belongs to that clause."""
    sent = ctx.sent
    after_verb = ctx.r + ctx.n
    if after_verb < len(sent.words) and sent.lower[after_verb] in ctx.grammar.object_pronouns:
        return True
    between = sent.lower[after_verb : m.start - sent.start]
    return any(w in ctx.grammar.relative_subjects or w in ctx.grammar.complementizers for w in between)


# relations whose verb may take a thing a company owns for the company ("chairs HUMAIN's board")
POSSESSION_RELATIONS = {RelationType.ACQUIRES, RelationType.INVESTS_IN, RelationType.REGULATES, RelationType.LEADS}


def _possessor_after(ctx: Context, ids: set[str]) -> list[M]:
    """A company's genitive right after a buying verb, owning a thing that is no entity; or
    after a verb of manufacture, owning the chips made for it ('TSMC makes Apple's chips')."""
    made_for = ctx.trig.id in ctx.grammar.maker_for_owner_triggers
    if ctx.trig.relation not in POSSESSION_RELATIONS and not made_for:
        return []
    sent = ctx.sent
    if made_for and ctx.grammar.verb_final:
        # "der die Ascend-Chips von Huawei fertigt": the owner before the clause-final verb
        before = [m for m in sent.mentions if m.clause == ctx.clause and m.end <= ctx.i and m.type is C
                  and m.entity_id not in ids and ctx.i - m.end <= 1
                  and (m.genitive or m.prep in ctx.grammar.possessive_preps)]
        if before:
            return before[-1:]
    for m in sent.mentions:
        if m.start < ctx.i + ctx.n or m.clause != ctx.clause:
            continue
        if _words_between(sent, ctx.i + ctx.n, m.start) > 2 or not m.genitive or m.type is not C or m.entity_id in ids:
            return []
        nxt = [o for o in sent.mentions if 0 < o.start - m.end <= 2 and not (made_for and o.type is PR)]
        return [] if nxt else [m]
    return []


def passive_agent(ctx: Context) -> tuple[list[M], bool]:
    """The agent of a passive ('wurde von X übernommen', 'was acquired by X') and whether
    the participle is a reduced relative ('the start-up backed by X', 'DeepL, von X gegründet')."""
    if not ctx.trig.passive:
        return [], False
    sent = ctx.sent
    has_aux = _passive_aux_before(ctx)
    next_word = sent.lower[ctx.r + ctx.n] if ctx.r + ctx.n < len(sent.words) else ""
    agents = governed(ctx, tuple(ctx.grammar.agent_preps))
    # "the start-up backed by Nvidia, accusing ...": the agent belongs to the participle before it
    claimed = {start + length for start, length, other in ctx.triggers if start != ctx.i}
    agents = [m for m in agents if m.prep_at < 0 or m.prep_at not in claimed]
    # "von X, dem Investmentarm des Konzerns Y": Y is the genitive of an apposition, no agent
    agents = [m for m in agents if m.prep in ctx.grammar.agent_preps or m.prep not in ctx.grammar.genitive_articles]
    if not agents:
        return [], False
    if has_aux:
        return agents, False
    agent_before = agents[0].start < ctx.i and ctx.i - agents[-1].end <= 3 and not _perfect_active(ctx)
    if next_word in ctx.grammar.agent_preps or agent_before:
        return agents, True
    return [], False


def _perfect_active(ctx: Context) -> bool:
    """'hatte den Drive Pilot von Mercedes genehmigt': 'haben' before the participle makes
    it an active perfect, so 'von' is the object's own phrase, not an agent."""
    sent, aux = ctx.sent, ctx.cues.cls("active_aux")
    first = sent.clause_of.index(ctx.clause)
    after = ctx.r + ctx.n
    if ctx.grammar.verb_final and after < len(sent.words) and sent.clause_of[after] == ctx.clause and aux.has(sent.lower[after]):
        return True  # ", der das Unternehmen von Softbank übernommen hatte": the auxiliary ends the clause
    return any(aux.has(sent.lower[k]) for k in range(first, ctx.r) if sent.clause_of[k] == ctx.clause)


def _passive_aux_before(ctx: Context) -> bool:
    """German puts the auxiliary anywhere before the clause-final participle ('wurde 2023 von X
    gegründet'); English keeps it close ('was quietly acquired by')."""
    sent = ctx.sent
    first = sent.clause_of.index(ctx.clause)
    after = ctx.r + ctx.n
    if ctx.grammar.verb_final and ctx.r == first and after < len(sent.words) and ctx.cues.passive_aux.has_lower(sent.lower[after]):
        return True  # "Gegründet wurde Helsing von ...": the participle fronted before its auxiliary
    if not ctx.grammar.verb_final and sent.lower[ctx.r + ctx.n - 1].endswith("ing"):
        return False  # "is integrating Claude into Copilot": a progressive, not a passive
    reach = 12 if ctx.grammar.verb_final else 3
    # "Claude ist in Copilot eingebunden": with a participle, German "ist" reads a state of the passive
    stative = ctx.cues.cls("stative_aux") if ctx.grammar.verb_final and _participle(sent.lower[ctx.r]) else None
    for k in range(ctx.r - 1, max(-1, ctx.r - 1 - reach), -1):
        if sent.clause_of[k] != ctx.clause:
            break
        if ctx.cues.passive_aux.has_lower(sent.lower[k]) or (stative is not None and stative.has_lower(sent.lower[k])):
            return True
    if ctx.grammar.verb_final and after < len(sent.words) and sent.clause_of[after] == ctx.clause:
        word = sent.lower[after]  # ", der in WhatsApp eingebaut ist", "…, das übernommen wurde"
        if ctx.cues.passive_aux.has(word) or (stative is not None and stative.has(word)):
            return True
    return False


_PARTICIPLE = re.compile(r"^(?:(?:ein|an|auf|aus|ab|mit|zu|vor|nach|über|um|unter|hin|her|zurück|fest|frei)?ge\w+[tn]|\w+iert)$")


def _participle(word: str) -> bool:
    """'eingebunden', 'integriert', 'übernommen': a German past participle by its shape."""
    return bool(_PARTICIPLE.match(word))


def reduced_relative_head(ctx: Context, agents: list[M]) -> list[M]:
    """The name a participle phrase modifies: the nearest mention before it, outside the agent;
    in German also the name after an inflected participle ('der von Microsoft unterstützte
    KI-Entwickler OpenAI')."""
    ids = {m.entity_id for m in agents}
    before = [m for m in ctx.sent.mentions if m.end <= ctx.i and m.entity_id not in ids and not m.compound]
    if ctx.grammar.verb_final and agents and agents[-1].end <= ctx.i and ctx.sent.lower[ctx.r].endswith(("te", "ten", "tes", "ter", "tem", "ene", "enen", "ener")):
        after = [m for m in ctx.sent.mentions if m.start >= ctx.i + ctx.n and m.entity_id not in ids]
        if after and _words_between(ctx.sent, ctx.i + ctx.n, after[0].start) <= 3:
            return ctx.sent.group_of(after[0])
    if not before:
        return []
    head = before[-1]
    if head.prep in ctx.grammar.agent_preps and ctx.r >= 1 and ctx.cues.coordinators.has_lower(ctx.sent.lower[ctx.r - 1]) \
            and head.end == ctx.i - 1:
        # "TerraPower, founded by Bill Gates and run by Chris Levesque": the agent of the first
        # participle is no head of the second; both modify the name before the first
        earlier = [m for m in before if m.end <= head.start and m.prep is None]
        if earlier:
            return ctx.sent.group_of(earlier[-1])
    if head.prep is not None and head.prep not in ctx.grammar.agent_preps:
        return []
    return ctx.sent.group_of(head)


def clause_subject(ctx: Context, exclude: list[M], types=None) -> tuple[list[M], float]:
    """The clause's subject, else a relative clause's antecedent, else an earlier clause's."""
    ids = {m.entity_id for m in exclude}
    if ctx.trig.kind == "noun" and _subject_of_subordinate(ctx):
        return [], 0.0  # "… deal with Meta as neocloud race heats up": the noun is its own clause's subject
    if ctx.grammar.verb_final and ctx.trig.kind == "verb" and ctx.clause > 0 and zu_infinitive(ctx):
        # "Meta hatte versucht, das Start-up X zu übernehmen": an infinitive clause has no subject
        # of its own; the one of the clause before does what it says
        for clause in range(ctx.clause - 1, -1, -1):
            subj = ctx.sent.clause_subject(clause, ids, types)
            if subj:
                return subj, 0.85
        return [], 0.0
    if ctx.grammar.verb_final and _subject_relative(ctx):
        # "Google DeepMind, welche die Modellfamilie Gemini entwickelt": a relative pronoun with
        # an article after it is the subject; the name in the clause is the object
        antecedent = _relative_antecedent(ctx, ids)
        if antecedent and (types is None or antecedent[0].type in types):
            return antecedent, 0.9
    if ctx.grammar.verb_final and ctx.trig.kind == "verb":
        antecedent = _subject_only_antecedent(ctx, ids, types)
        if antecedent:
            return antecedent, 0.9
    owners = _possessive_relative_subject(ctx, ids, types)
    if owners:
        return owners, 0.9
    subj = ctx.sent.clause_subject(ctx.clause, ids, types)
    if subj and not ctx.grammar.verb_final and subj[0].start > ctx.i and (
        ctx.trig.kind == "verb" or (ctx.trig.kind == "noun" and ctx.trig.clause_subject_role == "object")
    ):
        subj = []  # English subjects precede their verb: ", which develops Qwen" has Qwen as object;
        # "a round co-led by X that also drew Nvidia": the round's raiser is named before it
    if subj and not ctx.grammar.verb_final:
        nearer = _nearest_bare_before(ctx, ids, types)
        if nearer and nearer[0].start > subj[-1].end and _new_clause_between(ctx, subj[-1].end, nearer[0].start):
            subj = nearer  # "Google put $3bn into it, and Anthropic agreed to use ..."
    if subj:
        return subj, 0.95
    antecedent = _relative_antecedent(ctx, ids) or _appositive_relative(ctx, ids)
    if antecedent and (types is None or antecedent[0].type in types):
        return antecedent, 0.9
    if types is not None and C in types:
        voice = _company_behind_subject(ctx, ids)
        if voice:
            return voice, 0.8
    if ctx.trig.kind == "noun" and _noun_opens_clause(ctx) and not (ctx.grammar.verb_final and _infinitive_clause(ctx)):
        return [], 0.0  # "..., but the Core Scientific deal collapsed": the noun is its clause's subject
        # (not in "…, die Zusammenarbeit mit Microsoft auszubauen": the infinitive's object)
    speaker = _reporting_speaker(ctx, ids, types)
    if speaker:
        return speaker, 0.8
    if _opens_with_subject_relative(ctx) and not (ctx.grammar.verb_final and _infinitive_clause(ctx)):
        # "übernimmt den Flugzeugbauer Grob, der bislang zu H3 gehörte": the pronoun's
        # antecedent is the phrase before the comma, never the subject of the clause before
        return [], 0.0
    for clause in range(ctx.clause - 1, -1, -1):
        subj = ctx.sent.clause_subject(clause, ids, types)
        if subj:
            return subj, 0.85
        if types is not None and C in types and ctx.grammar.verb_final and _infinitive_clause(ctx):
            voice = _company_behind_subject(ctx, ids, clause)
            if voice:  # "OpenAI-Chef Sam Altman kündigte an, die Zusammenarbeit mit Microsoft auszubauen"
                return voice, 0.75
    return [], 0.0


def _opens_with_subject_relative(ctx: Context) -> bool:
    """The clause opens with a relative pronoun right after a comma and, in German, no name
    or article follows it (', der bislang zu H3 gehörte'), so the pronoun is its subject."""
    sent = ctx.sent
    first = sent.clause_of.index(ctx.clause)
    if first < 2 or sent.words[first - 1] != "," or sent.lower[first] not in ctx.grammar.relative_subjects:
        return False
    if first + 1 < len(sent.words) and (any(m.start == sent.start + first + 1 for m in sent.mentions)
                                        or ctx.cues.determiners.has_lower(sent.lower[first + 1])):
        return False  # ", die Microsoft …", ", das die Plattform …": the pronoun may be the object
    return True


def _relative_of_common_noun(ctx: Context) -> bool:
    """'said one investor who backed both companies': a relative pronoun right before the verb
    whose antecedent is a common noun; the verb's subject is that noun, no company of the text."""
    sent, r = ctx.sent, ctx.r
    if ctx.grammar.verb_final or r < 2 or sent.lower[r - 1] not in ctx.grammar.relative_subjects:
        return False  # a German pronoun before the verb may be an article
    before = sent.words[r - 2]
    names = {m.end - sent.start for m in sent.mentions}
    return before.isalpha() and before.islower() and (r - 1) not in names


def zu_infinitive(ctx: Context) -> bool:
    """The trigger is the infinitive that ends a 'zu' clause ('zu übernehmen', 'einzusteigen')."""
    sent, r = ctx.sent, ctx.r
    end = r + ctx.n
    if end < len(sent.words) and sent.words[end] not in (".", ",", ";", ":", "!", "?", "–"):
        return False
    return zu_form(sent.lower, r, ctx.grammar.infinitive_particles)


def _infinitive_clause(ctx: Context) -> bool:
    """The trigger's clause ends on a 'zu' infinitive (', die Zusammenarbeit mit X auszubauen')."""
    sent = ctx.sent
    words = [w for w, c in zip(sent.lower, sent.clause_of) if c == ctx.clause and w.isalpha()]
    return bool(words) and zu_form(words, len(words) - 1, ctx.grammar.infinitive_particles)


def _reporting_speaker(ctx: Context, ids: set[str], types) -> list[M]:
    """'Die Zusammenarbeit mit Google soll ausgebaut werden, teilte Samsung mit': a company
    reporting its own plans after the clause is its subject; a person speaks for the company
    named in its title ('betonte SAP-Chef Christian Klein')."""
    sent = ctx.sent
    for m in sent.mentions[:1]:
        # "Laut Nvidia soll die Übernahme bis Jahresende abgeschlossen sein", "According to
        # Nvidia, the deal …": the source the sentence opens with speaks of its own deal
        j = m.start - sent.start
        opener = " ".join(sent.lower[:j])
        if m.type is C and m.origin != "reference" and m.entity_id not in ids and opener in ctx.grammar.source_openers \
                and "media" not in m.roles and (types is None or C in types):  # "According to The Information": a reporter
            return [m]
    reporting = ctx.cues.cls("reporting_verb")
    for k in range(ctx.r + ctx.n, len(sent.words) - 1):
        if sent.words[k] != "," or not reporting.has_lower(sent.lower[k + 1]):
            continue
        clause = sent.clause_of[k + 1]
        said = [m for m in sent.mentions if m.clause == clause and m.entity_id not in ids]
        if not said:
            return []
        first = said[0]
        if first.type is C and (types is None or C in types) and (first.bare or first.compound):
            return [first]  # "teilte Samsung mit", "betonte SAP-Chef Christian Klein"
        return []
    return []


def _noun_opens_clause(ctx: Context) -> bool:
    """A contrastive clause opened by the noun phrase ('but the Core Scientific deal
    collapsed', 'aber die geplante Übernahme scheiterte'): the noun phrase is the subject of
    a turn in the story, so the other clause's subject is not its party."""
    sent = ctx.sent
    if _subject_of_subordinate(ctx):
        return True
    first = sent.clause_of.index(ctx.clause)
    if first == 0 or sent.lower[first] not in ctx.grammar.contrastive_openers:
        return False
    names = {i - sent.start for m in sent.mentions for i in range(m.start, m.end)}
    for k in range(first + 1, ctx.r):
        word = sent.words[k]
        if k in names or word in ("'s", "’s", "-") or ctx.cues.determiners.has_lower(sent.lower[k]):
            continue
        if word.isalpha() and word[:1].islower() and not ctx.grammar.verb_final:
            continue  # English adjectives; German lower-case words may be verbs
        return False
    return True


def _subject_of_subordinate(ctx: Context) -> bool:
    """'… as neocloud race heats up': an English noun opening a subordinate clause, a verb after
    it, is that clause's subject; the main clause's names are not its parties."""
    sent = ctx.sent
    if ctx.grammar.verb_final:
        return False
    after = ctx.r + ctx.n
    if after >= len(sent.words) or not (sent.words[after].isalpha() and sent.words[after].islower()) \
            or sent.lower[after] in ctx.grammar.prepositions or ctx.cues.coordinators.has_lower(sent.lower[after]):
        return False
    k = ctx.r - 1
    while k >= 0 and (ctx.cues.determiners.has_lower(sent.lower[k]) or (sent.words[k].isalpha() and sent.words[k].islower()
                                                                         and sent.lower[k] not in ctx.grammar.subordinators)):
        k -= 1
    return k >= 0 and sent.lower[k] in ctx.grammar.subordinators and ctx.r - k <= 3


def _company_behind_subject(ctx: Context, ids: set[str], clause: int | None = None) -> list[M]:
    """'Microsoft-Chef Satya Nadella lobte die Partnerschaft mit OpenAI', 'Die Aktie von Nvidia
    profitierte von ...': a company's chief or share speaks and acts for the company (in the
    trigger's clause, or in ``clause`` before it)."""
    sent = ctx.sent
    clause = ctx.clause if clause is None else clause
    first = sent.clause_of.index(clause)
    in_clause = [m for m in sent.mentions if m.clause == clause and m.end <= ctx.i]  # earlier clauses end before it
    if not in_clause:
        return []
    head = in_clause[0]
    if head.type is C and head.entity_id not in ids and (head.compound or head.genitive or head.prep in ctx.grammar.possessive_preps):
        if head.start - sent.start - first <= 3 or (head.prep_at >= 0 and head.prep_at - sent.start - first <= 3):
            return [head]  # "Die Aktie von Nvidia", "Nvidias Aktie", "Microsoft-Chef ..."
    return []


def _nearest_bare_before(ctx: Context, ids: set[str], types) -> list[M]:
    before = [
        m for m in ctx.sent.mentions
        if m.clause == ctx.clause and m.bare and m.end <= ctx.i and m.entity_id not in ids
        and (types is None or m.type in types)
    ]
    return ctx.sent.group_of(before[-1]) if before else []


def _new_clause_between(ctx: Context, lo: int, hi: int) -> bool:
    """', and Anthropic agreed ...': a comma before a coordinator, or a subordinator, opens a clause."""
    words = ctx.sent.lower[lo - ctx.sent.start : hi - ctx.sent.start]
    if any(w in ctx.grammar.subordinators for w in words):
        return True  # "Microsoft shares fell after OpenAI signed ..."
    return any(w == "," and ctx.cues.coordinators.has(n) for w, n in zip(words, words[1:]))


def _prep_relative(ctx: Context) -> tuple[str, list[M]] | None:
    """(preposition, antecedent) of a clause opened by a preposition and a relative pronoun
    (', zu der Lidl gehört', ', an dem Saab beteiligt ist', ', in which Nvidia invested')."""
    sent = ctx.sent
    first = sent.clause_of.index(ctx.clause)
    if first < 2 or first + 1 >= len(sent.words):
        return None
    if sent.words[first - 1] != ",":
        # "JASM, a majority-owned subsidiary in which Sony … hold stakes": the relative clause
        # follows the apposition's noun and refers to the name the apposition describes
        if sent.lower[first - 1] in ctx.grammar.prepositions and sent.lower[first] in ctx.grammar.prep_relatives:
            prep = first - 1  # the clause opens at the pronoun
        elif sent.lower[first] in ctx.grammar.prepositions and sent.lower[first + 1] in ctx.grammar.prep_relatives:
            prep = first  # the clause opens at the preposition
        else:
            return None
        owner = [m for m in _apposition_owner(ctx, prep - 1) if m.type is C]
        return (sent.lower[prep], owner) if owner else None
    if sent.lower[first] not in ctx.grammar.prepositions or sent.lower[first + 1] not in ctx.grammar.prep_relatives:
        # "Mistral AI, das von X geführt wird und an dem auch Nvidia beteiligt ist": a second
        # relative clause joined by "und" shares the first one's antecedent
        joined = next((k for k in range(ctx.r - 1, first + 2, -1) if sent.lower[k] in ctx.grammar.prep_relatives
                       and sent.lower[k - 1] in ctx.grammar.prepositions and ctx.cues.coordinators.has(sent.lower[k - 2])), None)
        if joined is None or sent.lower[first] not in ctx.grammar.relative_subjects:
            return None
        before = [m for m in sent.mentions if m.end == sent.start + first - 1]
        return (sent.lower[joined - 1], sent.group_of(before[-1])) if before else None
    before = [m for m in sent.mentions if m.end == sent.start + first - 1]
    if not before:
        # "Stargate ist ein Projekt, an dem …": the predicate noun before the comma is its subject
        k = first - 2
        while k > 0 and first - 2 - k < 3 and sent.lower[k] not in ctx.grammar.copulas:
            k -= 1
        if k > 0 and sent.lower[k] in ctx.grammar.copulas:
            before = [m for m in sent.mentions if m.end == sent.start + k and m.bare]
    if not before:
        before = _apposition_head_name(ctx, first - 1)  # "ESMC, ein Gemeinschaftsunternehmen, an dem TSMC … hält"
    return (sent.lower[first], sent.group_of(before[-1])) if before else None


def _apposition_owner(ctx: Context, k: int) -> list[M]:
    """The name an apposition whose last word is k describes: 'Lambda, a Californian GPU
    cloud', 'Takane, a Japanese-language model'."""
    if k < 2 or not ctx.sent.words[k].isalpha():
        return []
    return apposition_owner(ctx.sent, k, ctx.cues, APPOSITION_REACH)


def _appositive_relative(ctx: Context, ids: set[str]) -> list[M]:
    """'Lambda, a Californian GPU cloud that competes with Nebius': a relative pronoun right after
    an apposition's noun refers to the name the apposition describes."""
    sent = ctx.sent
    first = sent.clause_of.index(ctx.clause)
    if first < 3 or sent.lower[first] not in ctx.grammar.relative_subjects or sent.words[first - 1] == ",":
        return []
    return [m for m in _apposition_owner(ctx, first - 1) if m.entity_id not in ids]


def _apposition_head_name(ctx: Context, comma: int) -> list[M]:
    """The company an apposition ending at ``comma`` describes ('ESMC, ein
    Gemeinschaftsunternehmen,'), when the apposition holds no clause break."""
    sent = ctx.sent
    owner = apposition_owner(sent, comma - 1, ctx.cues, APPOSITION_REACH)
    if not owner:
        return []
    k = owner[0].end - sent.start  # the apposition's opening comma
    if any(sent.clause_of[j] != sent.clause_of[k + 1] for j in range(k + 1, comma)):
        return []
    return [m for m in owner if m.type is C]


APPOSITION_REACH = 5  # words of an apposition after its opening comma


CONTACT_REACH = 4  # words of a description between its comma and its head noun


def _contact_clause(ctx: Context) -> tuple[list[M], list[M]] | None:
    """'xAI, the AI company he founded', 'Windsurf, the start-up Google licensed': an English
    relative clause without a pronoun; its verb's object is the name the description follows."""
    sent = ctx.sent
    subj = [m for m in sent.mentions if m.end == sent.start + ctx.r]
    if not subj:
        return None
    k = subj[0].start - sent.start - 1
    if k < 2 or not ctx.cues.cls("company_noun").has_lower(sent.lower[k]):
        return None
    j = k - 1
    while j > 0 and k - j <= CONTACT_REACH and sent.words[j] != "," and (
        ctx.cues.determiners.has_lower(sent.lower[j]) or sent.words[j].isalpha() or sent.words[j] == "-"
    ):
        j -= 1
    if sent.words[j] != ",":
        return None
    named = [m for m in sent.mentions if m.end == sent.start + j and m.type is C]
    return (subj, named) if named else None


def _in_relative_clause(ctx: Context) -> bool:
    """The trigger's clause is a relative clause about a product named before its comma."""
    sent = ctx.sent
    first = sent.clause_of.index(ctx.clause)
    return first >= 2 and sent.words[first - 1] == "," and (
        sent.lower[first] in ctx.grammar.relative_subjects
        or (first + 1 < len(sent.words) and sent.lower[first + 1] in ctx.grammar.prep_relatives)
    ) and any(m.end == sent.start + first - 1 and m.type is PR for m in sent.mentions)


def _possessive_pronoun_before(ctx: Context) -> bool:
    """'its first backers', 'seine größten Geldgeber': a possessive pronoun right before the
    role noun, past adjectives only."""
    sent = ctx.sent
    k = ctx.r - 1
    while k >= 0 and ctx.r - k <= 3 and sent.words[k].isalpha() and sent.words[k].islower() \
            and sent.lower[k] not in ctx.grammar.possessive_pronouns:
        k -= 1
    return k >= 0 and sent.lower[k] in ctx.grammar.possessive_pronouns and sent.lower[k] not in ctx.grammar.relative_pronouns


def _place_relative_antecedent(ctx: Context) -> list[M]:
    """', where Musk is chief executive', ', wo …', ', bei dem …': the company before the comma is
    the place the clause speaks of."""
    sent = ctx.sent
    first = sent.clause_of.index(ctx.clause)
    if first < 2 or sent.words[first - 1] != "," or sent.lower[first] not in ctx.grammar.place_relatives:
        return []
    return [m for m in sent.mentions if m.end == sent.start + first - 1 and m.type is C][-1:]


def _nominative_after(ctx: Context) -> list[M]:
    """', die der US-Softwarekonzern Oracle übernommen hatte', ', die die Konzerne ASML und
    Nvidia finanzieren': after 'die' or 'das' the phrase that follows is the subject when its
    case or number says so (a masculine noun after 'der' is nominative; a list of names before
    a plural verb agrees with the verb, a single name before the comma does not), and the
    pronoun is then the object. Returns that subject, or nothing when the words leave it open."""
    sent, g = ctx.sent, ctx.grammar
    first = sent.clause_of.index(ctx.clause)
    if not g.verb_final or first < 2 or first + 1 >= len(sent.words) or sent.words[first - 1] != ",":
        return []
    if sent.lower[first] not in g.case_ambiguous_relatives:
        return []
    after = [m for m in sent.mentions if sent.start + first < m.start and m.clause == ctx.clause and m.end <= sent.start + ctx.i]
    if not after:
        return []
    head = after[0].start - sent.start - 1  # the noun right before the name
    if sent.lower[first + 1] in g.masculine_nominative_articles and head > first + 1 and sent.words[head].isalpha() \
            and sent.words[head][:1].isupper() and sent.lower[head].endswith(g.masculine_noun_endings) \
            and not sent.lower[head].endswith(g.feminine_noun_exceptions) \
            and "," not in sent.words[first + 1 : head]:
        return sent.group_of(after[0])
    group = sent.group_of(after[0])
    if len(group) < 2 or len(_relative_antecedent(ctx, set(), pronouns=g.case_ambiguous_relatives)) != 1:
        return []
    last = max(k for k, c in enumerate(sent.clause_of) if c == ctx.clause and sent.words[k].isalpha())
    finite = sent.lower[last]
    return group if finite in g.plural_finite_verbs or finite.endswith("en") else []


def _subject_relative(ctx: Context) -> bool:
    """The clause opens with a relative pronoun followed by an article or possessive (', der
    die Plattform …', ', welche die Modellfamilie …'), so the pronoun is its subject."""
    sent = ctx.sent
    first = sent.clause_of.index(ctx.clause)
    if first < 2 or first + 1 >= len(sent.words) or sent.words[first - 1] != ",":
        return False
    if _nominative_after(ctx):
        return False  # ', das der Chipkonzern Nvidia übernommen hat': the article's noun is the subject
    nxt = sent.lower[first + 1]
    if sent.lower[first] in ("der", "welcher") and not ctx.cues.determiners.has(nxt):
        return True  # "Warner, der Suno verklagt hatte": 'der' before a name can only be the subject
    return sent.lower[first] in ctx.grammar.relative_subjects and (
        ctx.cues.determiners.has(nxt) or nxt in ctx.grammar.possessive_pronouns)


def _subject_only_antecedent(ctx: Context, ids: set[str], types) -> list[M]:
    """', das GPT-5 in Copilot integriert hat': 'das' and 'die' read as subject or object, and
    the word order is the same either way; an antecedent that can only be the relation's
    subject (a company integrating a product) settles it, when the name after the pronoun
    can be the object."""
    sent = ctx.sent
    first = sent.clause_of.index(ctx.clause)
    if first < 2 or first + 1 >= len(sent.words) or sent.lower[first] not in ctx.grammar.relative_subjects:
        return []
    after = [m for m in sent.mentions if m.start == sent.start + first + 1 and m.clause == ctx.clause]
    antecedent = _relative_antecedent(ctx, ids)
    if not after or not antecedent or after[0].entity_id in ids:
        return []
    subject_types, object_types = SIGNATURES[ctx.trig.relation]
    kind = antecedent[0].type
    if kind in subject_types and kind not in object_types and after[0].type in object_types \
            and (types is None or kind in types):
        return antecedent
    return []


def _object_relative(ctx: Context) -> tuple[list[M], list[M]] | None:
    """', den Volkswagen in Wolfsburg entwickelt', ', das Google DeepMind entwickelt hat': a
    relative pronoun that is the object ('den' always; 'das'/'die' when the antecedent can
    only be the relation's object, a product being developed) with a name after it, which is
    the subject. Returns (subjects, objects)."""
    sent = ctx.sent
    first = sent.clause_of.index(ctx.clause)
    if first < 2 or first + 1 >= len(sent.words) or sent.words[first - 1] != ",":
        return None
    pronoun = sent.lower[first]
    objective = pronoun in ctx.grammar.relative_objects
    if not objective and pronoun not in ctx.grammar.relative_subjects:
        return None
    nominative = _nominative_after(ctx)
    if nominative:
        antecedent = _relative_antecedent(ctx, {m.entity_id for m in nominative}, pronouns=ctx.grammar.relative_subjects)
        subject_types, object_types = SIGNATURES[ctx.trig.relation]
        if antecedent and antecedent[0].type in object_types and nominative[0].type in subject_types:
            return nominative, antecedent
        return None
    after = [m for m in sent.mentions if m.start == sent.start + first + 1 and m.clause == ctx.clause and m.bare]
    if not after and objective:
        # "den seit Oktober Evelyn Palla führt": an adverbial may come first, the first name
        # before the verb is still the subject
        after = [m for m in sent.mentions
                 if sent.start + first < m.start and m.end <= ctx.i and m.clause == ctx.clause][:1]
        after = [m for m in after if m.bare]
    antecedent = _relative_antecedent(ctx, {m.entity_id for m in after}, pronouns=ctx.grammar.relative_objects
                                      | ctx.grammar.relative_subjects)
    if not after or not antecedent:
        return None
    subject_types, object_types = SIGNATURES[ctx.trig.relation]
    kind = antecedent[0].type
    if kind not in object_types or after[0].type not in subject_types:
        return None
    if objective or kind not in subject_types:
        return sent.group_of(after[0]), antecedent
    return None


def _relative_antecedent(ctx: Context, ids: set[str], pronouns: set[str] | None = None) -> list[M]:
    """', which develops Qwen' / ', der X übernimmt': the relative clause's subject is the
    name right before the comma (``pronouns``: the relative pronouns to read, the subject
    ones by default)."""
    sent = ctx.sent
    first = sent.clause_of.index(ctx.clause)
    if first < 2 or sent.words[first - 1] != "," or sent.lower[first] not in (pronouns or ctx.grammar.relative_subjects):
        return []
    before = [m for m in sent.mentions if m.end <= sent.start + first - 1 and m.entity_id not in ids]
    if before and before[-1].end == sent.start + first - 1:
        # "Google, das seine TPU-Chips … entwickelt, und Amazon": a list member after the
        # relative clause is not its antecedent
        return [m for m in sent.group_of(before[-1]) if m.end <= sent.start + first - 1]
    if before:
        gap = sent.lower[before[-1].end - sent.start : first - 1]
        if 0 < len(gap) <= 2 and all(w.isalpha() for w in gap) and ctx.cues.cls("product_head").has(gap[-1]):
            return [before[-1]]  # "Its Sonar models, which are built on Llama": the name before its kind noun
    if before and ctx.grammar.verb_final:
        # "hat der Hersteller Dell erhalten, der sich ... durchgesetzt hat": German moves the
        # relative clause past the verb at the end of its clause
        gap = sent.words[before[-1].end - sent.start : first - 1]
        if 0 < len(gap) <= 2 and all(w.isalpha() and w.islower() for w in gap):
            return sent.group_of(before[-1])
    return []


GOODS = {RelationType.SUPPLIES_CHIPS_TO: "chip", RelationType.PROVIDES_CLOUD_TO: "cloud",
         RelationType.LICENSES_TO: "licensed"}  # "to license Windsurf's technology"
# knowledge-base roles of the side that sells the goods
PROVIDER_ROLES = {
    RelationType.PROVIDES_CLOUD_TO: {"cloud_provider", "gpu_cloud"},
    RelationType.SUPPLIES_CHIPS_TO: {"chip_designer", "foundry", "hardware"},
    RelationType.LICENSES_TO: {"media"},  # only where the sentence is about content
}
GOODS_REACH = 12  # tokens between the verb and the owner of the goods (either side: German ends on the verb)
GOODS_HEAD = 4  # tokens from the owner to the goods noun ("Nvidia's H800 chips")


def _designs_goods(trig: Trigger, owner: list[M]) -> bool:
    """Chips named by their designer come from it, whoever rents or resells them."""
    return trig.relation is RelationType.SUPPLIES_CHIPS_TO and "chip_designer" in owner[0].roles


def goods_owner(ctx: Context) -> list[M]:
    """'trained on Nvidia's H800 chips', 'auf Nvidia-Grafikprozessoren gesetzt', 'buy capacity on
    Microsoft's Azure cloud': whose chips or cloud a company uses is its supplier, named as the
    possessor or compound modifier of the goods rather than in a 'from' phrase."""
    cls = GOODS.get(ctx.trig.relation)
    if cls is None:
        return []
    goods = ctx.cues.cls(cls)
    also = ctx.cues.cls("chip") if cls == "cloud" else None  # "rent Google Cloud's TPUs" is cloud
    sent = ctx.sent
    for m in sent.mentions:
        if m.clause != ctx.clause or m.type is not C or abs(m.start - ctx.i) > GOODS_REACH:
            continue
        if m.prep in ctx.grammar.reliance_preps and PROVIDER_ROLES[ctx.trig.relation] & set(m.roles) and _goods_near(ctx, m, goods):
            return ctx.sent.group_of(m)  # "depends on TSMC, which makes its processors"
        if _supplied_by(ctx, m, goods, cls):
            return [m]  # "agreed to use one million TPUs supplied by Google"
        k = m.end - sent.start
        if not (m.genitive or m.compound or m.prep is not None) and not (
            k < len(sent.words) and goods.phrase_at(sent.lower, k)  # "deploy 50,000 AMD chips"
        ):
            continue
        head = sent.lower[k : k + GOODS_HEAD]
        for j, word in enumerate(head):
            if goods.phrase_at(head, j) or _goods_product(sent, m.end + j, cls) or (
                also is not None and also.phrase_at(head, j) and set(m.roles) & PROVIDER_ROLES[ctx.trig.relation]
            ):
                if j + 1 < len(head) and ctx.cues.cls("unit_noun").has(head[j + 1]):
                    break  # "Amazon's cloud unit": a part of the company, not its goods
                return [m]
            if not (word in ("-", "'s", "’s", "'", "’") or word[:1].isalnum()) or word in ctx.grammar.prepositions:
                break
    return []


def _supplied_by(ctx: Context, m: M, goods, cls: str) -> bool:
    """'TPUs supplied by Google', 'chips made by TSMC': the agent of a supply participle right
    after the goods is their supplier."""
    sent, k = ctx.sent, m.start - ctx.sent.start
    if k < 3 or m.prep not in ctx.grammar.agent_preps or sent.lower[k - 2] not in ctx.grammar.goods_participles:
        return False
    j = k - 3
    return goods.phrase_at(sent.lower, j) > 0 or any(
        o.end == sent.start + j + 1 and o.type is PR and GOODS_PRODUCT_ROLES[cls] & set(o.roles) for o in sent.mentions)


GOODS_NEAR = 8  # tokens between a relied-on supplier and the goods word


def _goods_near(ctx: Context, m: M, goods) -> bool:
    sent = ctx.sent
    lo, hi = max(0, m.start - sent.start - GOODS_NEAR), min(len(sent.words), m.end - sent.start + GOODS_NEAR)
    window = sent.lower[lo:hi]
    return any(goods.phrase_at(window, k) for k in range(len(window)))


GOODS_PRODUCT_ROLES = {"chip": {"chip", "hardware"}, "cloud": {"cloud_provider", "gpu_cloud"}, "licensed": {"model"}}


def _goods_product(sent: Sent, i: int, cls: str) -> bool:
    """A known chip or cloud product starts at token i ("Google's Tensor Processing Units")."""
    return any(o.start == i and o.type is PR and GOODS_PRODUCT_ROLES[cls] & set(o.roles) for o in sent.mentions)


# -- frames per trigger kind --------------------------------------------------


def fill(ctx: Context) -> list[Frame]:
    kind = ctx.trig.kind
    if kind in ("role", "adj"):
        return _role_frame(ctx)
    if kind == "noun":
        return _noun_frame(ctx)
    return _verb_frame(ctx)


def _assign(ctx: Context, subjects: list[M], objects: list[M], rule: str, score: float) -> list[Frame]:
    if not subjects or not objects:
        return []
    if ctx.trig.relation is RelationType.INVESTS_IN:
        vehicle = _investment_vehicle(ctx, objects + subjects)
        if vehicle and all(m.type is P for m in subjects):
            # "Ek, der über Prima Materia bei Helsing eingestiegen war": the fund invests
            return [Frame(vehicle, objects, f"{ctx.trig.id}:{rule}+vehicle", score)]
        if vehicle:
            # "Über ihren Wagniskapitalarm Allianz X hat sich die Gruppe beteiligt": both invest
            return [Frame(subjects, objects, f"{ctx.trig.id}:{rule}", score),
                    Frame(vehicle, objects, f"{ctx.trig.id}:{rule}+vehicle", score * 0.9)]
    return [Frame(subjects, objects, f"{ctx.trig.id}:{rule}", score)]


def _investment_vehicle(ctx: Context, objects: list[M]) -> list[M]:
    """A company a person invests through ('über Prima Materia', 'through his fund X')."""
    ids = {m.entity_id for m in objects}
    return [
        m for m in ctx.sent.mentions
        if m.clause == ctx.clause and m.type is C and m.prep in ctx.grammar.vehicle_preps and m.entity_id not in ids
    ][:1]


def _open_slots(ctx: Context, subjects: list[M], objects: list[M], rule: str, score: float) -> list[Frame]:
    """Fill what the local construction left open from the clause subject, then the topic."""
    role = ctx.trig.clause_subject_role
    symmetric = ctx.trig.relation.symmetric
    if subjects and objects:
        return _assign(ctx, subjects, objects, rule, score)
    if not subjects and not objects:
        subj, s = clause_subject(ctx, [])
        if subj and ctx.trig.id in ctx.grammar.elided_object_triggers:
            return _elided_object(ctx, subj, rule, score * s)
        if (
            symmetric and len(subj) >= 2 and subj[-1].end <= ctx.i and subj[0].clause == ctx.clause
            and ctx.trig.id not in ctx.grammar.no_pair_guess_triggers  # "SoftBank and OpenAI are the lead partners"
            and (ctx.grammar.verb_final or subj[0].start - ctx.sent.start <= ctx.sent.clause_of.index(ctx.clause) + 3)
        ):
            # "Microsoft und OpenAI kooperieren"
            return _assign(ctx, subj[:1], subj[1:], rule + "+coordinated", score * s)
        if symmetric and subj and s >= 0.95:
            elaboration = _after_colon(ctx, subj, SIGNATURES[ctx.trig.relation][1])
            if elaboration:  # "Nvidia faces new competition: chipmakers such as AMD ..."
                return _assign(ctx, subj, elaboration, rule + "+colon", score * 0.8)
        if (
            symmetric and ctx.trig.kind == "noun" and ctx.trig.relation is RelationType.IN_CONFLICT_WITH
            and ctx.trig.id not in ctx.grammar.no_pair_guess_triggers
        ):
            return _sentence_pair(ctx, rule, score)
        return []
    if role == "none":
        return []
    filled = subjects or objects
    wants_subject = not subjects
    if not wants_subject and ctx.trig.id in ctx.grammar.elided_object_triggers:
        return _elided_object(ctx, subjects, rule, score)
    if (role == "object") == wants_subject and not symmetric:
        return []  # the clause subject cannot fill the missing end
    subject_types, object_types = SIGNATURES[ctx.trig.relation]
    if ctx.trig.relation is RelationType.IN_CONFLICT_WITH:
        subject_types = subject_types | {R}  # a regulator suing a company regulates it
    if ctx.trig.relation is RelationType.SUPPLIES_CHIPS_TO:
        subject_types = subject_types | {PR}  # "the Blackwell chips were shipped to X": their maker supplies X
    if wants_subject and _reduced_relative(ctx):
        owner = [m for m in _apposition_owner(ctx, ctx.r - 1) if m.type in subject_types and not _overlap([m], filled)]
        if owner:  # "Takane, a Japanese-language model built on Command R+": the model the phrase describes
            return _assign(ctx, owner, objects, rule + "+apposition", score * 0.9)
    other, s = clause_subject(ctx, filled, subject_types if wants_subject else object_types)
    if other:
        ends = (other, objects) if wants_subject else (subjects, other)
        return _assign(ctx, *ends, rule + "+subject", score * s)
    elaboration = _after_colon(ctx, filled, subject_types if wants_subject else object_types)
    if elaboration:  # "Mehr Wettbewerb für Microsoft: ... Anbieter wie Anthropic ..."
        ends = (elaboration, objects) if wants_subject else (subjects, elaboration)
        return _assign(ctx, *ends, rule + "+colon", score * 0.8)
    if _in_relative_clause(ctx):
        return []  # "Instinct MI450, die an OpenAI ausgeliefert werden soll": the clause speaks of the product
    if _opens_with_subject_relative(ctx) or _relative_of_common_noun(ctx) or ctx.sent.lower[0] in ctx.grammar.generic_subjects:
        # "eine eigene Lösung, die auf Azure aufsetzt", "den Assistenten bauen, der in Rechenzentren
        # von Stackit läuft": the pronoun's antecedent, whichever end it fills, is no name
        return []
    if ctx.trig.relation is RelationType.IN_CONFLICT_WITH and ctx.trig.kind == "noun":
        return []  # "Härter dürfte die Auseinandersetzung mit Meta werden": whose dispute, the sentence does not say
    if wants_subject and _reduced_relative(ctx):
        return []  # "money invested in OpenAI flows back": the participle's agent is nobody named
    # "the Scale deal", "Days after the Microsoft deal": a deal named by one side, told elsewhere
    one_side = ctx.trig.kind == "noun" and filled and all(
        m.end == ctx.i or (m.end == ctx.i - 1 and ctx.sent.lower[ctx.r - 1] in ("-", "–")) for m in filled)
    if _unnamed_subject(ctx):
        return []  # "Most Korean computing capacity will still rely on Nvidia": the clause has its subject
    if ctx.previous_subject and not _overlap(ctx.previous_subject, filled):
        ends = (ctx.previous_subject, objects) if wants_subject else (subjects, ctx.previous_subject)
        return _assign(ctx, *ends, rule + "+prev", score * 0.8)
    fallback = ctx.focus or ctx.topic
    if fallback is not None and not _overlap([fallback], filled) and not one_side:
        ends = ([fallback], objects) if wants_subject else (subjects, [fallback])
        frames = _assign(ctx, *ends, rule + "+topic", score * 0.7)
        for f in frames:
            f.topic_subject = True
        return frames
    return []


SUBJECT_REACH = 5  # words of an English subject phrase before its verb group


def _unnamed_subject(ctx: Context) -> bool:
    """An English verb whose own clause has a subject that names no entity: a common noun
    phrase ('Most Korean computing capacity will still rely on Nvidia', 'as the government
    pours money into …') or a capitalised word nobody knows ('Qai remains reliant on Nvidia').
    Such a clause takes no subject from the sentence before."""
    if ctx.grammar.verb_final or ctx.trig.kind != "verb":
        return False
    sent, grammar = ctx.sent, ctx.grammar
    words, lower = sent.words, sent.lower
    k = ctx.r - 1
    while k >= 0 and lower[k] in grammar.verb_group_words:
        k -= 1  # auxiliaries, adverbs and commas (", however,"): the subject phrase ends before them
    if k < 0 or not words[k].isalpha():
        return False
    names = {i - sent.start for m in sent.mentions for i in range(m.start, m.end)}
    if k in names or lower[k] in grammar.relative_openers or lower[k] in grammar.prepositions:
        return False
    if words[k][:1].isupper():
        # an unknown name right before the verb, not the sentence's first word
        return k > 0 and words[k - 1] != "-" and lower[k] not in grammar.object_pronouns and lower[k] not in grammar.person_pronouns
    cues = ctx.cues
    if cues.cls("company_noun").has(lower[k]) or cues.cls("person_role").has(lower[k]):
        return False  # "the two groups are co-developing …": a description of companies named before
    # a common noun: a determiner opens its phrase within a few words, no name inside
    for j in range(k - 1, max(-1, k - 1 - SUBJECT_REACH), -1):
        if lower[j] in grammar.subject_determiners and j not in names:
            return j == 0 or not (lower[j - 1] in grammar.prepositions)
        if j in names or not words[j].isalpha() or (
                words[j][:1].isupper() and not words[j].endswith(grammar.demonym_endings)):
            return False  # "the ChatGPT maker" describes a name; "Most Korean capacity" does not
    return False


def _fronted_object(ctx: Context, first: list[M], second: list[M]) -> bool:
    """A German main clause may open with its object: only the types tell it, so both must."""
    if not ctx.grammar.verb_final or not first or not second:
        return False
    if not (first[-1].end <= ctx.i and second[0].start >= ctx.i + ctx.n):
        return False  # object, verb, subject: the verb in second place between them
    relation = ctx.trig.relation
    return all(fits(relation, b, a) and not fits(relation, a, b) for a in first for b in second)


def _fronted_round(ctx: Context) -> tuple[list[M], list[M]] | None:
    """'Die letzte Finanzierungsrunde hatten A, B und C angeführt': a German clause opening with
    a funding round puts it first as the object; the bare names after the finite verb are the
    ones that took part, and the round is that of the company the passage is about."""
    sent = ctx.sent
    first = sent.clause_of.index(ctx.clause)
    if not ctx.cues.determiners.has_lower(sent.lower[first]):
        return None
    rounds = ctx.cues.cls("funding_round")
    head = next((k for k in range(first + 1, min(first + FRONTED_HEAD_REACH, len(sent.words)))
                 if rounds.has(sent.lower[k])), None)
    if head is None:
        return None
    raiser = [m for m in sent.mentions if m.origin == "reference" and m.start - sent.start <= head < m.end - sent.start]
    if not raiser:  # "Die Finanzierungsrunde von Mistral AI hatte ASML angeführt"
        raiser = [m for m in sent.mentions if m.start - sent.start == head + 2 and m.type is C
                  and m.prep in ctx.grammar.possessive_preps and sent.lower[head + 1] == m.prep]
    names = [m for m in sent.mentions if m.clause == ctx.clause and not _overlap([m], raiser)]
    if not names or names[0].start - sent.start <= head + 1 or not names[0].bare:
        return None  # a name before the verb after the round ("Die Runde von X …") is no leader
    group = sent.group_of(names[0])
    return (group, raiser[:1]) if all(m.bare and m.type is C for m in group) else None


FRONTED_HEAD_REACH = 4  # tokens from a clause's determiner to the round noun it opens


def _own_named_host(ctx: Context, hosts: list[M]) -> bool:
    """The host product stands right after a possessive pronoun ('into its AI Phone')."""
    k = hosts[0].start - ctx.sent.start - 1
    return k >= 0 and ctx.sent.lower[k] in ctx.grammar.possessive_pronouns \
        and ctx.sent.lower[k] not in ctx.grammar.relative_pronouns and hosts[0].type is PR


def _counted_among_phrase(ctx: Context) -> bool:
    """The verb's 'zu' phrase names a group by a noun ('zu den Investoren von X'), not an owner."""
    sent = ctx.sent
    for k in range(sent.clause_of.index(ctx.clause), len(sent.words)):
        if sent.clause_of[k] != ctx.clause or sent.lower[k] not in ctx.trig.obj_preps:
            continue
        j = k + 1
        while j < len(sent.words) and (ctx.cues.determiners.has_lower(sent.lower[j]) or sent.words[j].islower()):
            j += 1
        named = any(m.start == sent.start + j for m in sent.mentions)
        if not named and j + 1 < len(sent.words) and sent.words[j][:1].isupper() \
                and sent.lower[j + 1] in ctx.grammar.possessive_preps:
            return True  # a noun with its owner after it: "zu den Investoren von X"
    return False


def _reduced_relative(ctx: Context) -> bool:
    """An English participle right after a common noun ('money invested in X', 'chips made
    by Y') describes that noun: no subject of another sentence acts through it."""
    if ctx.grammar.verb_final or ctx.trig.kind != "verb" or ctx.r < 1:
        return False
    word, prev = ctx.sent.lower[ctx.r], ctx.sent.words[ctx.r - 1]
    low = prev.lower()
    return ((word.endswith("ed") or word in ctx.grammar.irregular_participles) and prev.isalpha() and prev.islower() and len(prev) > 2
            and not low.endswith("ly") and not ctx.cues.passive_aux.has(low) and low not in ctx.grammar.copulas
            and low not in ctx.grammar.relative_pronouns and low not in ctx.grammar.person_pronouns
            and low not in ctx.grammar.participle_blockers)


def _elided_object(ctx: Context, subjects: list[M], rule: str, score: float) -> list[Frame]:
    """'Microsoft beteiligte sich mit 15 Millionen Euro', 'Nvidia also invested': taking part
    without saying in what means in the company the passage is about. Only when the clause
    has no object phrase at all: 'invested $10bn in data centres' names another object."""
    sent = ctx.sent
    first = sent.clause_of.index(ctx.clause)
    reflexive = first + 1 < len(sent.words) and sent.lower[first + 1] in ctx.grammar.reflexives
    if first > 0 and not reflexive and (
        sent.lower[first] in ctx.grammar.relative_subjects
        or (first + 1 < len(sent.words) and sent.lower[first + 1] in ctx.grammar.prep_relatives)
    ):
        # ", für die sie 7,8 Milliarden investiert": the antecedent is what is invested in (but in
        # "Saab, der sich 2023 eingekauft hatte" the pronoun before 'sich' is the investor)
        return []
    preps = set(ctx.trig.obj_preps)
    if any(sent.lower[k] in preps and sent.clause_of[k] == ctx.clause for k in range(len(sent.words))):
        return []
    if any(m.clause == ctx.clause and m.end <= ctx.i and m.prep in preps for m in sent.mentions):
        return []
    if any(t.relation is RelationType.COMPETES_WITH and t.kind == "role" and start < subjects[0].start
           for start, _, t in ctx.triggers):
        return []  # "Konkurrenten wie OpenAI und Google investieren mehr": rivals take no part in it
    objects = SIGNATURES[ctx.trig.relation][1]
    parallel = ctx.recent.get(ctx.trig.relation)  # "Nvidia beteiligt sich an Intel. Auch SoftBank war eingestiegen"
    for other, how in (
        (_sole_company_before_semicolon(ctx), "+clause"),
        ([parallel] if parallel is not None else [], "+parallel"),
        (ctx.previous_subject, "+prev"),
        ([ctx.topic] if ctx.topic is not None else [], "+topic"),
    ):
        other = [m for m in other if m.type in objects]
        if other and not _overlap(other, subjects):
            return _assign(ctx, subjects, other, rule + "+elided" + how, score * 0.7)
    return []


def _sole_company_before_semicolon(ctx: Context) -> list[M]:
    """'xAI sammelte 20 Milliarden Dollar ein; beteiligt waren Nvidia und Cisco': a clause after
    a semicolon continues the one before it as a new sentence would, when that names one company."""
    sent = ctx.sent
    cut = max((k for k in range(ctx.r) if sent.words[k] == ";"), default=-1)
    if cut < 0:
        return []
    before = [m for m in sent.mentions if m.end <= sent.start + cut and m.type is C]
    return before[:1] if len({m.entity_id for m in before}) == 1 else []


def _after_colon(ctx: Context, filled: list[M], types) -> list[M]:
    """The names of the clause a colon opens right after the trigger's clause: it spells out
    what the phrase before the colon announced."""
    sent = ctx.sent
    names = {i - sent.start for m in sent.mentions for i in range(m.start, m.end)}
    for k in range(ctx.r + ctx.n, len(sent.words) - 1):
        if sent.clause_of[k] != ctx.clause:
            return []
        if sent.words[k] == ":" and k not in names:
            after = sent.clause_of[k + 1]
            ids = {m.entity_id for m in filled}
            names = [
                m for m in sent.mentions
                if m.clause == after and not m.compound and not m.genitive and m.type in types and m.entity_id not in ids
            ]
            return _expand(sent, names[:1])
    return []


def _overlap(a: list[M], b: list[M]) -> bool:
    return bool({m.entity_id for m in a} & {m.entity_id for m in b})


def _verb_frame(ctx: Context) -> list[Frame]:
    trig = ctx.trig
    if trig.id in ctx.grammar.causative_triggers and not any(
            w in ctx.grammar.causatives for w, c in zip(ctx.sent.lower, ctx.sent.clause_of) if c == ctx.clause):
        return []  # "lässt seine Chips bei TSMC fertigen" reads so only with "lassen": "Samsung soll Teslas Chip fertigen" is Samsung's work
    if trig.relation is RelationType.SUBSIDIARY_OF and _counted_among_phrase(ctx):
        return []  # "Zu den Investoren von Aleph Alpha gehören SAP und Bosch": members of a group, no units
    if (
        not trig.passive and not ctx.grammar.verb_final and ctx.r + ctx.n < len(ctx.sent.words)
        and ctx.sent.lower[ctx.r + ctx.n] in ctx.grammar.agent_preps
        and ctx.sent.lower[ctx.r + ctx.n] not in trig.obj_preps + trig.subj_preps  # "owned by X" reads it
    ):
        return []  # "newspapers owned by X": a passive use of a frame that reads only active
    agent, reduced = passive_agent(ctx)
    if agent:
        if reduced:
            return _assign(ctx, agent, reduced_relative_head(ctx, agent), "participle", 0.9)
        patient, s = clause_subject(ctx, agent)
        if not patient:
            patient = direct_object(ctx, agent) or genitive_in_clause(ctx, agent)
        if not patient and ctx.grammar.verb_final and _passive_aux_before(ctx):
            # "Angeführt wurde die Runde von General Catalyst": the round of the company the
            # text is about
            agent = ctx.sent.group_of(agent[0])  # not a name inside an apposition after it
            ids = {m.entity_id for m in agent}
            if ctx.previous_subject and not ids & {m.entity_id for m in ctx.previous_subject}:
                return _assign(ctx, agent, ctx.previous_subject, "passive+prev", 0.95 * 0.8)
            return []
        return _assign(ctx, agent, patient, "passive", 0.95)
    if trig.relation is RelationType.INVESTS_IN and ctx.grammar.verb_final:
        fronted = _fronted_round(ctx)
        if fronted is not None:  # "Die letzte Finanzierungsrunde hatten A, B und C angeführt"
            leaders, raiser = fronted
            if raiser:  # the round phrase was read as its company's ("die Runde" of the topic)
                return _assign(ctx, leaders, raiser, "fronted-round", 0.85)
            return _elided_object(ctx, leaders, "fronted-round", 0.85)
    if trig.direct_object and ctx.grammar.verb_final and not governed(ctx, trig.obj_preps + trig.subj_preps):
        relative = _object_relative(ctx)
        if relative is not None:  # "der Kleinwagen ID.Every1, den Volkswagen entwickelt"
            return _assign(ctx, relative[0], relative[1], "object-relative", 0.9)
    if trig.direct_object and not ctx.grammar.verb_final:
        contact = _contact_clause(ctx)
        if contact:  # "xAI, the AI company he founded in 2023, ..."
            return _assign(ctx, contact[0], contact[1], "contact-clause", 0.85)
    objects = governed(ctx, trig.obj_preps)
    if trig.relation is RelationType.ACQUIRES:
        objects = [m for m in objects if not m.genitive]  # "paid $650m for Inflection's models": not Inflection
    subjects = governed(ctx, trig.subj_preps)
    relative = _prep_relative(ctx)
    if relative is not None:  # "Helsing, an dem auch Saab beteiligt ist": the name before the comma
        prep, antecedent = relative
        if prep in trig.obj_preps and not objects:
            objects = antecedent
        elif prep in trig.subj_preps and not subjects:
            subjects = antecedent
    if trig.passive and not objects and subjects and trig.direct_object and _passive_aux_before(ctx):
        patient, s = clause_subject(ctx, subjects)  # "Gemini wird in Siri integriert"
        if patient and patient[0].start < ctx.i:  # not a name of a verb phrase after it ("… und basiert auf Llama")
            return _assign(ctx, subjects, patient, "passive-patient", 0.9 * s)
    sellers = SIGNATURES[trig.relation][0]
    goods = trig.clause_subject_role == "object" and goods_owner(ctx)
    if goods and all(any(g is m for m in subjects) for g in goods):
        goods = []  # "buy accelerators from Broadcom and processors from AMD": the sellers are the goods' owners
    if goods and (not any(m.type in sellers for m in subjects) or _designs_goods(trig, goods)):
        subjects = goods  # "rented Nvidia chips from Oracle": the chips' designer supplies them
    else:
        goods = []
    if trig.clause_subject_role == "object" and not objects:
        if goods and goods[0].start > ctx.i and _reduced_relative(ctx):
            return []  # "the memory used in Nvidia's accelerators": the participle names no user
        objects, s = clause_subject(ctx, subjects)
        if objects and not subjects and trig.direct_object:
            # "Hyundai Motor Group, which owns Boston Dynamics": the verb's object is the relation's subject
            subjects = direct_object(ctx, objects)
            return _assign(ctx, subjects, objects, "verb-direct-inverse", 0.9 * s) if subjects else []
        if objects:
            return _open_slots(ctx, subjects, objects, "verb-goods" if goods else "verb-recipient", 0.95)
    if not objects and trig.id in ctx.grammar.maker_for_owner_triggers:
        objects = _possessor_after(ctx, {m.entity_id for m in subjects})  # "TSMC makes Apple's chips"
    if not objects and trig.direct_object:
        if not subjects and trig.subj_preps and _host_is_no_name(ctx, trig.subj_preps):
            if not _own_host(ctx, trig.subj_preps):
                return []  # "to integrate Grok into the messaging app": the host is no entity
            # "Tesla baut Grok in seine Fahrzeuge ein": the subject builds it into its own products
            subj, s = clause_subject(ctx, [])
            objects = direct_object(ctx, subj) if subj else []
            return _assign(ctx, subj, objects, "verb-own-host", 0.8 * s) if subj and objects else []
        subj, s = clause_subject(ctx, subjects)
        objects = direct_object(ctx, subjects + subj)
        if not objects and subj and not subjects:
            taken_up = _pronoun_object(ctx, subj)
            if taken_up:  # "Graphcore is owned by SoftBank, which bought it in 2024"
                return _assign(ctx, subj, taken_up, "verb-pronoun-object", 0.75 * s)
        if not subjects and _fronted_object(ctx, subj, objects):
            # "Den Konzern führt seit März Lip-Bu Tan": German fronts the object, the types say which is which
            return _assign(ctx, objects, subj, "verb-direct-fronted-object", 0.85 * s)
        if not objects and trig.relation is RelationType.REGULATES:
            objects = deal_parties(ctx) or complement_subject(ctx) or matter_owner(ctx, subj) or _earlier_deal(ctx)
        frames = _open_slots(ctx, subjects, objects, "verb-direct", 0.9)
        if frames and trig.relation is RelationType.INTEGRATES and subjects and objects and _own_named_host(ctx, subjects):
            owner = [m for m in subj if m.type is C and not _overlap([m], objects)]
            if owner:  # "Samsung ships Gemini on its Galaxy devices": Samsung integrates it too
                frames += _assign(ctx, owner, objects, "verb-own-named-host", 0.8)
        return frames
    return _open_slots(ctx, subjects, objects, "verb-prep", 0.95)


def _pronoun_object(ctx: Context, subj: list[M]) -> list[M]:
    """An English relative clause whose verb takes 'it' as its object: the pronoun stands for
    the main clause's subject ('Graphcore is owned by SoftBank, which bought it')."""
    sent = ctx.sent
    after = ctx.r + ctx.n
    if ctx.grammar.verb_final or after >= len(sent.words) or sent.lower[after] not in ctx.grammar.object_pronouns:
        return []
    first = sent.clause_of.index(ctx.clause)
    if first == 0 or sent.lower[first] not in ctx.grammar.relative_subjects:
        return []
    ids = {m.entity_id for m in subj}
    main = sent.clause_subject(sent.clause_of[0], ids, SIGNATURES[ctx.trig.relation][1])
    return main if main and main[0].end <= sent.start + first else []


def _noun_frame(ctx: Context) -> list[Frame]:
    trig = ctx.trig
    if trig.id in ctx.grammar.predicative_only_triggers and (
        not (_predicative(ctx) or _becoming(ctx)) or _partitive_idiom(ctx)
    ):
        return []  # "Teil von X" only as a predicate ("ist Teil von X"); "zu einem großen Teil" means "largely"
    pair = pair_after(ctx)
    if pair:
        return _assign(ctx, pair[:1], pair[1:], "noun-between", 1.0)
    objects = governed(ctx, trig.obj_preps, after_only=True)
    subjects = governed(ctx, trig.subj_preps, after_only=True)
    if trig.relation is RelationType.LICENSES_TO and objects and not subjects and all(m.genitive for m in objects):
        # "paid for a licence to Character.AI's models": the owner of what the licence opens
        # grants it, the clause's subject takes it
        licensees, s = clause_subject(ctx, objects)
        return _assign(ctx, objects, licensees, "noun-owned-goods", 0.85 * s) if licensees else []
    if not subjects and trig.relation is RelationType.REGULATES and set(trig.subj_preps) & ctx.grammar.possessive_preps:
        subjects = [m for m in genitive_after(ctx) if m.type is R]  # "den Verhaltenskodex der EU-Kommission"
    if objects and not any(m.type in SIGNATURES[trig.relation][1] or _owned_app(trig.relation, m, True) for m in objects):
        return _noun_patient(ctx, subjects) if subjects else []  # "scrutiny over ChatGPT": a matter, not a party
    relative = _prep_relative(ctx)
    if relative is not None and not objects and relative[0] in trig.obj_preps:
        subj, s = clause_subject(ctx, relative[1])  # "OpenAI, an dem Microsoft 27 Prozent hält"
        return _assign(ctx, subj, relative[1], "noun-relative", 0.9 * s)
    if not objects and _argument_is_no_name(ctx, trig.obj_preps):
        return []  # "as part of the deal", "investment in AI": the noun's own argument is no entity
    if not objects and not subjects:
        # "Mit Oracle hat OpenAI Verträge ... geschlossen": the partner phrase fronted
        comitative = tuple(p for p in trig.obj_preps if p in ctx.grammar.comitative_preps)
        objects = [m for m in governed(ctx, comitative) if m.end <= ctx.i and m.prep in comitative]
        if not objects and ctx.grammar.verb_final:
            # "An Aleph Alpha hält die Schwarz-Gruppe die Mehrheit": any object phrase opening the clause
            first = ctx.sent.start + ctx.sent.clause_of.index(ctx.clause)
            objects = [m for m in governed(ctx, trig.obj_preps) if m.end <= ctx.i and m.prep_at == first]
    both = objects or subjects
    if (
        trig.relation.symmetric and bool(objects) != bool(subjects) and len(both) >= 2
        and both[0].prep in ctx.grammar.possessive_preps and both[0].prep_at == ctx.i + ctx.n
    ):
        both = objects or subjects  # "die Partnerschaft von OpenAI und Microsoft"
        return _assign(ctx, both[:1], both[1:], "noun-pair", 0.95)
    if not objects and set(trig.obj_preps) & ctx.grammar.possessive_preps:
        objects = genitive_after(ctx)
    mod = modifier_before(ctx)
    if mod:
        ends, how = mod
        if len(ends) == 2 and trig.relation.symmetric:
            return _assign(ctx, ends[:1], ends[1:], "noun-pair", 1.0)
        owner = _genitive_before(ctx, ends[0]) if how in ("modifier", "compound") and not trig.relation.symmetric else []
        if owner and not subjects and not objects:
            # "Microsoft's OpenAI stake": the owner acts, the name before the noun is its object
            return _assign(ctx, owner, ends, "noun-owner-modifier", 1.0) if trig.clause_subject_role != "object" \
                else _assign(ctx, ends, owner, "noun-owner-modifier", 1.0)
        if trig.clause_subject_role == "object" and not objects:
            objects = ends
        elif not subjects:
            subjects = _expand(ctx.sent, ends) if how == "modifier" else ends  # "Amazon und Alphabet Milliardenanteile"
        if subjects and objects:
            return _assign(ctx, subjects, objects, f"noun-{how}", 1.0)
    if trig.clause_subject_role == "object" and not objects and subjects:
        recipients, s = clause_subject(ctx, subjects)
        if recipients:
            return _assign(ctx, subjects, recipients, "noun-recipient", 0.9 * s)
    if subjects and not objects and trig.clause_subject_role == "subject" and _agent_phrase(ctx, subjects):
        return _noun_patient(ctx, subjects)
    if subjects and not objects and trig.subj_preps:
        owner = genitive_in_clause(ctx, subjects)
        if owner:
            return _assign(ctx, subjects, owner, "noun-owner", 0.8)
    if trig.relation is RelationType.REGULATES and subjects and not any(m.type is R for m in subjects):
        # "Bedenken gegen das Training von Meta": a company in the agent's phrase is the matter's owner
        objects, subjects = objects or [m for m in subjects if m.type is C], []
    if not objects and trig.relation is RelationType.REGULATES:
        # "an investigation found that Nvidia violated ...", "Bedenken gegen das Training von Meta"
        objects = complement_subject(ctx) or matter_owner(ctx, subjects) or _regulated_object(ctx, subjects)
    return _open_slots(ctx, subjects, objects, "noun", 0.9)


def _company_in_focus(ctx: Context, holder: list[M]) -> M | None:
    """Whose rival or backer an unattached 'der Konkurrent X' is: the company the article is about
    when one clearly leads, else the current topic."""
    for m in (ctx.focus, ctx.topic):
        if m is not None and not _overlap([m], holder):
            return m
    return None


def _becoming(ctx: Context) -> bool:
    """'Groq werde nicht Teil von Nvidia', 'would become part of X': a predicate after 'werden'."""
    return any(w in ctx.grammar.becoming_auxiliaries for w in ctx.sent.lower[max(0, ctx.r - 4) : ctx.r])


def _partitive_idiom(ctx: Context) -> bool:
    """'zu einem erheblichen Teil', 'zum Teil', 'in part': the noun says how much, not whose."""
    lower = ctx.sent.lower
    return any(w in ctx.grammar.partitive_openers for w in lower[max(0, ctx.r - PARTITIVE_REACH) : ctx.r])


PARTITIVE_REACH = 3  # tokens between 'zu' and 'Teil' ("zu einem großen Teil")


def _regulated_object(ctx: Context, subjects: list[M]) -> list[M]:
    """'Das Bundeskartellamt hat Amazon unter verschärfte Aufsicht gestellt': with a regulator
    as the clause subject, the one bare company of the clause is what its act is about."""
    if subjects:
        return []
    subj, _ = clause_subject(ctx, [])
    if not subj or subj[0].type is not R:
        return []
    ids = {m.entity_id for m in subj}
    bare = [m for m in ctx.sent.mentions if m.clause == ctx.clause and m.bare and m.type is C and m.entity_id not in ids]
    return bare if len({m.entity_id for m in bare}) == 1 else []


def _noun_patient(ctx: Context, subjects: list[M]) -> list[Frame]:
    """'OpenAI faces scrutiny from the FTC', 'Meta is under investigation by the FTC': the
    noun's agent is in its phrase, so the clause's subject before it is what it acts on."""
    if ctx.trig.clause_subject_role != "subject" or not _agent_phrase(ctx, subjects):
        return []
    patients, s = clause_subject(ctx, subjects)
    if patients and patients[0].end <= ctx.i:
        return _assign(ctx, subjects, patients, "noun-patient", 0.85 * s)
    return []


def _genitive_before(ctx: Context, m: M) -> list[M]:
    """The genitive name right before ``m`` ('Microsoft's OpenAI stake', 'Nvidias OpenAI-Beteiligung')."""
    for o in ctx.sent.mentions:
        gap = ctx.sent.words[o.end - ctx.sent.start : m.start - ctx.sent.start] if o.end <= m.start else None
        if o.genitive and o is not m and gap is not None and (
                gap in ([], ["'s"], ["’s"]) or (gap[:1] in (["'s"], ["’s"]) and _only_modifiers(gap[1:], ctx.cues))):
            return [o]  # "Meta's $14.3 billion Scale AI bet": an amount or adjective may stand between
    return []


def _agent_phrase(ctx: Context, subjects: list[M]) -> bool:
    """The noun's subject end came from an agent phrase right after it ('by', 'from', 'durch')."""
    agents = ctx.grammar.agent_preps | ctx.grammar.source_preps
    return all(m.prep in agents and m.start > ctx.i for m in subjects)


def _argument_is_no_name(ctx: Context, preps: tuple[str, ...]) -> bool:
    """The word after the noun is its object preposition, and no name follows within the phrase."""
    sent, after = ctx.sent, ctx.r + ctx.n
    if after >= len(sent.words) - 1 or sent.lower[after] not in preps:
        return False
    stop = after + 1
    while stop < min(len(sent.words), after + 1 + NOUN_REACH) and sent.words[stop][:1].isalnum():
        stop += 1  # the phrase ends at punctuation: "part of the deal, AMD ..."
    lo, hi = sent.start + after + 1, sent.start + stop
    return not any(lo <= m.start < hi for m in sent.mentions)


MEMBERS_REACH = 5  # words between a plural role and the verb that lists its members ("Investors in the round include")


def _members_listed(ctx: Context) -> list[Frame] | None:
    """'Zu den Geldgebern gehören General Catalyst und EQT', 'Investors in the round include
    Nvidia and SoftBank': the names after the verb hold the role; the role's own phrase, else
    the company the text is about, is the other end. None when the sentence is not built so."""
    sent, grammar = ctx.sent, ctx.grammar
    if not grammar.membership_verbs:
        return None
    begin = ctx.r + ctx.n
    if begin + 1 < len(sent.words) and sent.words[begin] == "," and sent.lower[begin + 1] in grammar.relative_subjects:
        # "Zu den Geldgebern, die erneut mitzogen, zählen ...": past the relative clause
        close = next((k for k in range(begin + 2, min(len(sent.words), begin + 12)) if sent.words[k] == ","), None)
        if close is not None:
            begin = close + 1
    stop = min(len(sent.words), begin + MEMBERS_REACH + 1)
    verb = next((k for k in range(begin, stop) if sent.lower[k] in grammar.membership_verbs), None)
    if verb is None or (sent.clause_of[verb] != ctx.clause and begin == ctx.r + ctx.n):
        return None
    r = ctx.r
    while grammar.verb_final and r >= 3 and ctx.r - r < 2 and sent.words[r - 1].islower() and sent.words[r - 1].isalpha() \
            and not ctx.cues.determiners.has(sent.lower[r - 1]) and sent.lower[r - 1] not in grammar.possessive_pronouns:
        r -= 1  # "Zu den bisherigen Geldgebern": adjectives between article and noun
    if grammar.verb_final and not (
        r >= 2 and sent.lower[r - 2] in grammar.counted_preps
        and (ctx.cues.determiners.has_lower(sent.lower[r - 1]) or sent.lower[r - 1] in grammar.possessive_pronouns)
    ):
        return None  # German lists members after "Zu den Geldgebern gehören", "Zu seinen Kunden zählen"
    after = [m for m in sent.mentions if m.start - sent.start > verb and m.clause == sent.clause_of[verb]]
    if not after:
        return []
    holders = _list_starting_with(sent, after[0], ctx.cues)
    as_object = ctx.trig.holder == "object"  # "Zu den Kunden von CoreWeave zählen ...": the members receive
    preps = ctx.trig.subj_preps if as_object else ctx.trig.obj_preps
    other = [m for m in governed(ctx, preps, after_only=True) if m.start - sent.start < verb]
    mod = modifier_before(ctx)
    if not other and mod and mod[1] == "genitive":
        other = mod[0]  # "OpenAI's backers include ..."
    if not other:
        other = _possessive_relative_antecedent(ctx, holders)  # "Cohere, whose backers include Nvidia"
    ends = lambda o: (o, holders) if as_object else (holders, o)  # noqa: E731
    if other:
        return _assign(ctx, *ends(other), "role-members", 0.95)
    if ctx.focus is not None and not _overlap([ctx.focus], holders) and not (
            ctx.previous_subject and _overlap(ctx.previous_subject, [ctx.focus])) and not _possessive_before(ctx):
        # "Zu den bisherigen Geldgebern zählen ..." in a story about Helsing, after a side remark
        # about another company: the members belong to the company the story is about
        return _assign(ctx, *ends([ctx.focus]), "role-members+topic", 0.7)
    if ctx.previous_subject and not _overlap(ctx.previous_subject, holders):
        return _assign(ctx, *ends(ctx.previous_subject), "role-members+prev", 0.8)
    if ctx.topic is not None and not _overlap([ctx.topic], holders):
        return _assign(ctx, *ends([ctx.topic]), "role-members+topic", 0.7)
    return []


def _own_host(ctx: Context, preps: tuple[str, ...]) -> bool:
    """The host phrase is the subject's own ('in seine Fahrzeuge', 'into its cars')."""
    sent = ctx.sent
    return any(
        sent.lower[k] in preps and sent.clause_of[k] == ctx.clause and k + 1 < len(sent.words)
        and sent.lower[k + 1] in ctx.grammar.possessive_pronouns
        for k in range(len(sent.words))
    )


def _host_is_no_name(ctx: Context, preps: tuple[str, ...]) -> bool:
    """A phrase of the verb's host preposition ('into', 'in') in its clause names a thing, not
    an entity: no name in it, a lower-case word ('the messaging app', 'deutsche Amtsstuben'),
    and no date ('in early 2026' says when, not where)."""
    sent = ctx.sent
    for k, word in enumerate(sent.lower):
        if word not in preps or sent.clause_of[k] != ctx.clause or ctx.r <= k < ctx.r + ctx.n:
            continue
        stop = k + 1
        while stop < min(len(sent.words), k + 1 + NOUN_REACH) and sent.words[stop][:1].isalnum():
            stop += 1
        phrase = sent.words[k + 1 : stop]
        if not phrase or any(sent.start + k < m.start < sent.start + stop for m in sent.mentions):
            continue
        if any(w[:1].isdigit() or w.lower() in ctx.grammar.time_nouns for w in phrase):
            continue
        if any(w[:1].islower() for w in phrase):
            return True
    return False


def _role_frame(ctx: Context) -> list[Frame]:
    """'Nvidia-Chef Jensen Huang', 'OpenAI CEO Sam Altman', 'X, Investor in Y', 'als Cloud-Anbieter für Y'."""
    trig = ctx.trig
    if trig.kind == "adj":
        attribute = _extended_attribute(ctx) or _fronted_participle(ctx)
        if attribute:
            return attribute
    if trig.relation.symmetric:
        regarded = _regarded_as(ctx)
        if regarded:  # "Nvidia sieht Huawei als ernstzunehmenden Konkurrenten"
            return _assign(ctx, regarded[0], regarded[1], "role-regarded", 0.8)
    members = _members_listed(ctx)
    if members is not None:
        return members
    counted = _counted_among(ctx)
    if counted:
        return counted
    if trig.relation.symmetric and _predicative(ctx) and not governed(ctx, trig.obj_preps, after_only=True):
        subj, s = clause_subject(ctx, [])
        if len(subj) >= 2 and subj[-1].end <= ctx.i:  # "Meta und OpenAI sind direkte Rivalen"
            return _assign(ctx, subj[:1], subj[1:], "role-pair", 0.85 * s)
    holder = apposition_after(ctx) or apposition_before(ctx)
    holder_types = SIGNATURES[trig.relation][1 if trig.holder == "object" else 0]
    if holder and holder[0].type not in holder_types and trig.relation is RelationType.LEADS:
        holder = []  # "Tesla, where Musk is chief executive": the name before is no holder of the title
    # the preposition after a role noun introduces the end the holder is not
    other_preps = trig.subj_preps if trig.holder == "object" else trig.obj_preps
    other = governed(ctx, other_preps or trig.obj_preps + trig.subj_preps, after_only=True)
    other = [m for m in other if not _overlap([m], holder)]  # "von der Konzerntochter X": X's own phrase
    if not other and ctx.grammar.possessive_preps & set(other_preps):
        other = genitive_after(ctx)
    if not other and ctx.grammar.verb_final and _predicative(ctx):
        # "Microsoft bleibt für die Walldorfer Partner und Rivale": German puts the role's
        # argument before it
        other = [m for m in governed(ctx, other_preps or trig.obj_preps + trig.subj_preps) if m.end <= ctx.i]
    mod = modifier_before(ctx) or _modifier_of_conjoined_role(ctx)
    if mod and (not holder or mod[0][0].entity_id != holder[0].entity_id):
        other = other or mod[0]
    if not holder and other and trig.relation is RelationType.SUBSIDIARY_OF and mod and mod[1] == "modifier":
        owner = [m for m in ctx.sent.mentions if m.genitive and m.end <= mod[0][0].start and m.type is C]
        if owner and mod[0][0].start - owner[-1].end <= 2:  # "Google's DeepMind unit"
            return _assign(ctx, mod[0], owner[-1:], "role-modifier", 0.85)
    from_argument = False
    if not holder and other:
        holder = _apposition_after_argument(ctx, other)  # "Der Chef von Aleph Alpha, Jonas Andrulis, ..."
        from_argument = bool(holder)
    if not holder and other:
        if _predicative(ctx):
            holder, s = clause_subject(ctx, other)
            rule, score = "role-predicate", 0.85 * s
        if not holder:
            named = [m for m in _named_after_copula(ctx) if not _overlap([m], other)]
            if named:  # "Wichtigster Partner von Mistral AI ist Microsoft", "Größter Kunde von CoreWeave ist Microsoft"
                holder, rule, score = named, "role-copula", 0.8
        if not holder and trig.holder != "object":
            listed = [m for m in examples_after(ctx) if not _overlap([m], other)]
            if listed:  # "Scale's earlier investors, including Accel, Amazon and Nvidia"
                holder, rule, score = listed, "role-examples", 0.85
        if not holder:
            return []
    else:
        rule, score = "role-apposition", 0.9 if from_argument else 1.0
    if (
        holder and not other and rule == "role-apposition" and trig.relation is RelationType.LEADS
        and not _pronoun_before(ctx) and not _unknown_owner_before(ctx)
    ):
        other, score = _role_context(ctx, holder)
    elif holder and not other and rule == "role-apposition" and _possessive_before(ctx):
        other, score = _possessor(ctx, holder)  # "Bosch über seine Beteiligungsgesellschaft Bosch Ventures"
    elif holder and len(holder) >= 2 and not other and rule == "role-apposition" and trig.relation.symmetric \
            and _opens_clause(ctx):
        # "Die Rivalen Samsung und SK Hynix liefern sich einen Wettlauf": named as the clause's
        # subject, the listed holders are each other's rivals (or partners)
        return _assign(ctx, holder[:1], holder[1:], "role-pair-subject", 0.85)
    elif (
        holder and not other and rule == "role-apposition" and trig.relation is RelationType.COMPETES_WITH
        and (rivalled := _company_in_focus(ctx, holder)) is not None and not _pronoun_before(ctx)
    ):
        # "Auch der Konkurrent STMicroelectronics ...": the rival of the company in focus
        other, score = [rivalled], 0.65
        if _role_in_phrase(ctx):
            # "Gegenüber den Konkurrenten AWS und Google bleibt das Angebot der Bonner klein":
            # the rivals of the clause's own subject
            subj, s = clause_subject(ctx, holder, {C})
            if subj and not _overlap(subj, holder) and s >= 0.85:
                other, score = subj, 0.7 * s
    elif holder and not other and rule == "role-apposition" and _owner_in_word(ctx):
        # "von der Konzerntochter T-Systems": the group the text is about owns it
        other, score = ([ctx.topic], 0.7) if ctx.topic is not None and not _overlap([ctx.topic], holder) else ([], 0.0)
    if holder and not other:
        # "Tesla, whose chief executive Elon Musk", "die SK Group, an deren Spitze Chey Tae-won steht"
        other = _possessive_relative_antecedent(ctx, holder)
        if other:
            rule, score = "role-whose", 0.9
    if not holder and not other and ctx.grammar.verb_final and trig.holder != "object":
        named = _named_after_copula(ctx)
        owner = _company_in_focus(ctx, named) if trig.relation is RelationType.COMPETES_WITH else (
            ctx.topic if ctx.topic is not None and not _overlap([ctx.topic], named) else None)
        if named and owner is not None:
            # "Der wichtigste Konkurrent bleibt Google", "Als wichtigster Rivale gilt Anduril":
            # the role opens the clause, its holder follows the verb, its owner is the topic
            holder, other, rule, score = named, [owner], "role-copula+topic", 0.7
    if not holder and not other and trig.relation is RelationType.LEADS and _predicative(ctx):
        where = _place_relative_antecedent(ctx)  # "Tesla, where Musk is chief executive"
        if where:
            holder, s = clause_subject(ctx, where, {P})
            other, rule, score = where, "role-where", 0.85 * s
    if not holder and not other and trig.holder != "object" and not _adversary_verb_before(ctx):
        holder = examples_after(ctx)
        if holder:  # "a path taken by rivals such as Google": the rivals of the clause's subject
            other, s = clause_subject(ctx, holder)
            rule, score = "role-examples", 0.8 * s
        owner = _company_in_focus(ctx, holder)
        if (
            holder and not other and trig.relation in (RelationType.COMPETES_WITH, RelationType.INVESTS_IN)
            and owner is not None and not _pronoun_before(ctx) and _bare_phrase_before(ctx)
        ):
            # "Hinzu kommen Rivalen wie Unitree und UBTech", "Existing backers including General
            # Catalyst also participated": the rivals or backers of the company in focus
            other, rule, score = [owner], "role-examples+topic", 0.65
    if (
        not holder and not other and trig.relation is RelationType.INVESTS_IN and ctx.topic is not None
        and _copula_right_before(ctx) and not _pronoun_before(ctx)
    ):
        # "Intel Capital was an early shareholder": a shareholder of the company the text is about
        subj, s = clause_subject(ctx, [ctx.topic], SIGNATURES[trig.relation][0])
        if subj and subj[-1].end <= ctx.i:
            holder, other, rule, score = subj, [ctx.topic], "role-predicate+topic", 0.6 * s
    if not other and ctx.topic is not None and trig.holder != "object" and _possessive_pronoun_before(ctx):
        # "Jeff Bezos was among its first backers": its = the company the text is about
        if not holder and _predicative(ctx):
            holder, s = clause_subject(ctx, [ctx.topic], SIGNATURES[trig.relation][0])
            rule, score = "role-predicate", 0.85 * s
        if holder and not _overlap([ctx.topic], holder):
            other, score = [ctx.topic], score * 0.8
    if not holder or not other or _overlap(holder, other):
        return []
    if trig.holder == "object" or (rule == "role-predicate" and trig.clause_subject_role == "object"):
        return _assign(ctx, other, holder, rule, score)  # "Claude is available on Bedrock"
    return _assign(ctx, holder, other, rule, score)


def _bare_phrase_before(ctx: Context) -> bool:
    """The role noun stands in its clause's main phrase: no preposition and no other noun
    before it ('Hinzu kommen chinesische Rivalen', not 'den Eintritt neuer Rivalen')."""
    sent = ctx.sent
    first = sent.clause_of.index(ctx.clause)
    for k in range(first, ctx.r):
        word = sent.words[k]
        if sent.lower[k] in ctx.grammar.prepositions or (k > 0 and word[:1].isupper()):
            return False
    return True


def _copula_right_before(ctx: Context) -> bool:
    """'was an early shareholder', 'ist größter Anteilseigner': a copula, then only an article
    and adjectives before the role."""
    sent = ctx.sent
    k = ctx.r - 1
    while k >= 0 and ctx.r - k <= 4 and sent.words[k].isalpha() and (
            sent.words[k].islower() or ctx.grammar.verb_final) and sent.lower[k] not in ctx.grammar.copulas:
        k -= 1
    return k >= 0 and sent.lower[k] in ctx.grammar.copulas and sent.lower[k] not in ctx.grammar.predicative_markers


def _regarded_as(ctx: Context) -> tuple[list[M], list[M]] | None:
    """'X sees Y as a rival', 'X sieht Y als Konkurrenten', 'X führt Y als Wettbewerber': the
    name before 'as' holds the role, the clause's subject (or the company its chief speaks
    for) is the other side. Returns (holder, other)."""
    sent = ctx.sent
    k = ctx.r - 1
    while k >= 0 and sent.words[k].isalpha() and sent.words[k].islower() and sent.lower[k] not in ctx.grammar.predicative_markers \
            and ctx.r - k <= 4:
        k -= 1  # "als ernstzunehmenden", "as a formidable"
    if k < 1 or sent.lower[k] not in ctx.grammar.predicative_markers:
        return None
    j = k - 1
    while j >= 0 and sent.words[j].isalpha() and sent.words[j].islower() and k - j <= 3:
        j -= 1  # "OpenAI inzwischen als"
    holder = [m for m in sent.mentions if m.end == sent.start + j + 1 and m.clause == ctx.clause and m.bare]
    if not holder:
        return None
    subject = [m for m in sent.mentions if m.clause == ctx.clause and m.end <= holder[0].start]
    if not subject or subject[0].entity_id == holder[0].entity_id:
        return None
    first = subject[0]
    if first.type is P:
        owner = _company_behind_subject(ctx, {holder[0].entity_id})
        first = owner[0] if owner else first
    verb_between = sent.words[first.end - sent.start : holder[0].start - sent.start]
    if not verb_between or not any(w.isalpha() and w.islower() for w in verb_between):
        return None  # a list or apposition, no verb between the two
    return [holder[0]], [first]


def _opens_clause(ctx: Context) -> bool:
    """The role noun opens its clause, after an article and adjectives only ('Die Rivalen …')."""
    sent = ctx.sent
    first = sent.clause_of.index(ctx.clause)
    words = sent.words[first : ctx.r]
    return 0 < len(words) <= 3 and ctx.cues.determiners.has_lower(sent.lower[first]) \
        and all(w.isalpha() and w.islower() for w in words[1:])


def _fronted_participle(ctx: Context) -> list[Frame]:
    """'Founded in 2022 by Brett Adcock, a serial entrepreneur, Figure has become ...', 'Backed
    by Nvidia, CoreWeave ...': a participle opening the sentence describes the main clause's
    subject, the first name that opens a comma-separated part after the agent (appositions
    about the agent open with a lower-case word)."""
    sent = ctx.sent
    if ctx.r > 1 or not sent.words[ctx.r][:1].isupper():
        return []
    agents = [m for m in governed(ctx, tuple(ctx.grammar.agent_preps), after_only=True)
              if m.prep in ctx.grammar.agent_preps and m.type in SIGNATURES[ctx.trig.relation][0]]
    if not agents:
        return []
    fits = SIGNATURES[ctx.trig.relation][1]
    starts = {m.start: m for m in sent.mentions}
    for k in range(agents[-1].end - sent.start, len(sent.words) - 1):
        if sent.words[k] != ",":
            continue
        m = starts.get(sent.start + k + 1)
        if m is not None and m.type in fits and m.prep is None:
            return _assign(ctx, sent.group_of(agents[0]) if agents[0].group >= 0 else agents[:1], [m],
                           "fronted-participle", 0.9)
    return []


ATTRIBUTE_NOUN_REACH = 4  # tokens between a participle and the name its noun phrase ends in


def _extended_attribute(ctx: Context) -> list[Frame]:
    """'der von Amazon und Google finanzierte Claude-Entwickler Anthropic', 'die von xAI
    entwickelte Software Grok': the agent phrase before the participle acts on the name that
    ends the noun phrase after it (compound modifiers like 'Claude-' are not that name)."""
    trig, sent = ctx.trig, ctx.sent
    if ctx.grammar.verb_final:
        agents = [m for m in governed(ctx, tuple(ctx.grammar.agent_preps)) if m.end <= ctx.i
                  and m.prep in trig.subj_preps]
    else:  # "the Microsoft-backed ChatGPT maker OpenAI": the agent is the compound's modifier
        agents = [m for m in sent.mentions if m.end == ctx.i - 1 and sent.words[m.end - sent.start] in ("-", "–")]
    if not agents:
        return []
    after = ctx.i + ctx.n
    # the noun is the relation's object ('Microsoft-backed OpenAI') unless the participle's
    # holder is its subject ('Amazon-owned Zoox': Zoox belongs to Amazon)
    noun_is_subject = trig.holder == "subject"
    fits = SIGNATURES[trig.relation][0 if noun_is_subject else 1]
    heads = [m for m in sent.mentions if m.start >= after and not m.compound and m.start - after <= ATTRIBUTE_NOUN_REACH
             and m.type in fits]
    if not heads or any(w in (",", ";", ":") for w in ctx.sent.words[after - ctx.sent.start : heads[0].start - ctx.sent.start]):
        return []
    agents = ctx.sent.group_of(agents[-1]) if agents[-1].group >= 0 else agents
    if noun_is_subject:
        return _assign(ctx, heads[:1], agents, "extended-attribute", 0.9)
    return _assign(ctx, agents, heads[:1], "extended-attribute", 0.9)


def _named_after_copula(ctx: Context) -> list[M]:
    """The name right after a copula that follows a clause-opening role noun ('Der wichtigste
    Konkurrent bleibt Google', 'Als wichtigster Rivale gilt der US-Konzern Anduril')."""
    sent, r = ctx.sent, ctx.r
    first = sent.clause_of.index(ctx.clause)
    markers = ctx.grammar.predicative_markers
    names = {i - sent.start for m in sent.mentions for i in range(m.start, m.end)}
    if any(not (w.islower() or ctx.cues.determiners.has(w.lower()) or w.lower() in markers or w == "-"
                or (k == 0 and k not in names and w.isalpha())  # "Wichtigster Partner …" opens the sentence
                or k in names or w in ("'s", "’s"))  # "Cisco's most aggressive rival is …": its owner
           for k, w in enumerate(sent.words[first:r], first)):
        return []  # the role does not open its clause
    k = r + ctx.n
    if k < len(sent.words) and sent.lower[k] in ctx.grammar.prepositions and sent.lower[k] not in ctx.grammar.possessive_preps:
        # "Cisco's most aggressive rival in AI networks is …": past the role's own phrase
        j = k + 1
        while j < len(sent.words) and j - k <= 5 and sent.words[j] not in (",", ";", ":") and sent.lower[j] not in ctx.grammar.copulas:
            j += 1
        k = j
    if k + 2 < len(sent.words) and sent.words[k] == "," and sent.words[k + 2] == "," and sent.words[k + 1].islower():
        k += 3  # ", however,": an adverb set off by commas
    while k < len(sent.words) and k - (r + ctx.n) <= 6 and sent.lower[k] not in ctx.grammar.copulas and (
            k in names or ctx.cues.determiners.has_lower(sent.lower[k]) or sent.lower[k] in ctx.grammar.possessive_preps
            or sent.words[k][:1].isupper() or sent.words[k] == "-"):
        k += 1  # "Wichtigster Partner von Mistral AI ist Microsoft": past the role's owner
    if k >= len(sent.words) or sent.lower[k] not in ctx.grammar.copulas:
        return []
    fits = SIGNATURES[ctx.trig.relation][0 if ctx.trig.holder != "object" else 1]
    for m in sent.mentions:
        if m.start > sent.start + k and m.clause in (ctx.clause, sent.clause_of[k]):
            gap = sent.words[k + 1 : m.start - sent.start]
            own_prep = m.prep is not None and m.prep_at > sent.start + k  # not the role's phrase before the copula
            if len(gap) <= 5 and m.type in fits and not m.compound and (not own_prep or m.prep in markers):
                return sent.group_of(m)
            return []
    return []


def _sentence_pair(ctx: Context, rule: str, score: float) -> list[Frame]:
    """A symmetric noun ("Spannungen", "rivalry") in a sentence naming exactly two companies."""
    companies: dict[str, M] = {}
    for m in ctx.sent.mentions:
        if m.type is C and not m.compound:
            companies.setdefault(m.entity_id, m)
    if len(companies) != 2:
        return []
    a, b = companies.values()
    if b.end <= ctx.i and a.prep is None and b.prep is None and a.clause == b.clause == ctx.clause:
        return []  # "Britannica and its subsidiary Merriam-Webster filed a complaint": co-parties
    return _assign(ctx, [a], [b], rule + "+pair", score * 0.65)


def _predicative(ctx: Context) -> bool:
    """'X ist Investor von Y', 'X als Cloud-Anbieter für Y', 'X, a rival of Y'."""
    r = ctx.r
    window = ctx.sent.lower[max(0, r - 6) : r]
    return any(w in ctx.grammar.copulas for w in window)


def genitive_in_clause(ctx: Context, exclude: list[M]) -> list[M]:
    """'OpenAI's restructuring (approval by the authorities)': the genitive owner of the matter."""
    ids = {m.entity_id for m in exclude}
    owners = [m for m in ctx.sent.mentions if m.clause == ctx.clause and m.genitive and m.entity_id not in ids]
    if ctx.trig.relation is not RelationType.REGULATES:
        # other relations take only the genitive of the noun itself ("Microsoft's capacity from
        # Oracle"), not one of another noun ("relies on Nvidia's GPUs and on capacity from Oracle")
        owners = [m for m in owners if m.end <= ctx.i and _only_modifiers(
            ctx.sent.words[m.end - ctx.sent.start : ctx.r], ctx.cues, possessive_ok=True)]
    owners.sort(key=lambda m: abs(m.start - ctx.i))
    return owners[:1]


def genitive_after(ctx: Context) -> list[M]:
    """'Übernahme des Start-ups Inflection', 'acquisition of Inflection': the noun's genitive."""
    after = ctx.r + ctx.n
    words = ctx.sent.lower
    if after >= len(words):
        return []
    if words[after] not in ctx.grammar.genitive_articles:
        # "Konkurrent Samsungs": a German genitive name right after the noun
        return [m for m in ctx.sent.mentions if m.start == ctx.i + ctx.n and m.genitive and ctx.grammar.verb_final][:1]
    for m in ctx.sent.mentions:
        if m.start >= ctx.i + ctx.n and _words_between(ctx.sent, ctx.i + ctx.n, m.start) <= NOUN_REACH and not m.compound:
            # a role in apposition has one owner: "X, dem Investmentarm des Konzerns Y, und dem Fonds Z"
            # ... but a parent role owns them all: "Mutterkonzern der Handelsketten Lidl und Kaufland"
            if ctx.trig.kind == "role" and not (ctx.trig.relation is RelationType.SUBSIDIARY_OF and ctx.trig.holder == "object"):
                return [m]
            return _expand(ctx.sent, [m])
    return []


def _words_between(sent: Sent, lo: int, hi: int) -> int:
    """Words, not tokens, between two positions: 'Software-Start-ups' is one word."""
    words = sent.words
    count = 0
    for k in range(lo - sent.start, hi - sent.start):
        if words[k] in ("-", "–") or (k > 0 and words[k - 1] in ("-", "–") and not sent.spaced[k - 1]):
            continue
        count += 1
    return count


def _list_ending_with(sent: Sent, last: M, cues: Cues) -> list[M]:
    """The names of a list 'A, B and C' that ends with ``last``, whatever their types
    ('Nvidia, SoftBank and Jeff Bezos'): the grouping by type splits such lists."""
    members = [last]
    starts = {m.end: m for m in sent.mentions}
    k = last.start - sent.start - 1
    while k >= 1 and (sent.words[k] == "," or cues.coordinators.has(sent.lower[k])):
        prev = starts.get(sent.start + k)
        if prev is None:
            break
        members.insert(0, prev)
        k = prev.start - sent.start - 1
    if len(members) == 1:
        return sent.group_of(last)
    return members


def _list_starting_with(sent: Sent, first: M, cues: Cues) -> list[M]:
    """The names of a list 'A, B and C' that starts with ``first``, whatever their types."""
    members = [first]
    starts = {m.start: m for m in sent.mentions}
    k = first.end - sent.start
    while k + 1 < len(sent.words) and (sent.words[k] == "," or cues.coordinators.has(sent.lower[k])):
        nxt = starts.get(sent.start + k + 1)
        if nxt is None:
            break
        members.append(nxt)
        k = nxt.end - sent.start
    group = sent.group_of(first)
    return members if len(members) > len(group) else group


def _counted_among(ctx: Context) -> list[Frame]:
    """'which counts Nvidia among its investors', 'zählt Nvidia zu seinen Investoren': the
    name before 'among' holds the role of the possessor."""
    sent, k = ctx.sent, ctx.r - 1
    while k > 0 and ctx.r - k <= 3 and sent.lower[k] not in ctx.grammar.possessive_pronouns and sent.words[k].islower() \
            and sent.lower[k] != "as":
        k -= 1  # "among its biggest rivals"
    if k >= 2 and sent.lower[k] == "as" or (k >= 3 and sent.lower[k - 1] == "as" and (
            sent.lower[k] in ctx.grammar.possessive_pronouns or ctx.cues.determiners.has(sent.lower[k]))):
        # "which counts Microsoft as a customer", "counts Microsoft as its largest shareholder"
        k = k if sent.lower[k] == "as" else k - 1
        if not any(sent.lower[j] in ctx.grammar.counting_verbs for j in range(max(0, k - 6), k)):
            return []
        k += 1  # the name ends right before "as"
    elif k < 2 or sent.lower[k] not in ctx.grammar.possessive_pronouns or sent.lower[k - 1] not in ctx.grammar.counted_preps:
        return []
    before = [m for m in sent.mentions if m.end == sent.start + k - 1 and m.clause == ctx.clause]
    if not before:
        return []
    holder = _list_ending_with(sent, before[-1], ctx.cues)
    other, score = _possessor(ctx, holder)
    if not other:
        return []
    ends = (other, holder) if ctx.trig.holder == "object" else (holder, other)
    return _assign(ctx, *ends, "role-counted", score)


def _modifier_of_conjoined_role(ctx: Context) -> tuple[list[M], str] | None:
    """'Scale AI founder and chief executive Alexandr Wang', 'Gründer und Chef von X': the
    second role shares the first one's company."""
    sent, r = ctx.sent, ctx.r
    if r < 2 or not ctx.cues.coordinators.has_lower(sent.lower[r - 1]):
        return None
    for start, length, other in ctx.triggers:
        if other.kind == "role" and start + length == sent.start + r - 1:
            return modifier_before(replace(ctx, i=start, n=length))
    return None


def _role_context(ctx: Context, holder: list[M]) -> tuple[list[M], float]:
    """'Chief executive Tim Cook said Apple ...': the role's company is the sentence's company,
    else the discourse topic."""
    if _after_agent_prep(ctx):
        return [], 0.0  # "Shutterstock, led by chief executive Paul Hennessy": the participle names the company
    described = _in_holders_apposition(ctx, holder)
    # a description before the title counts ("The London-based developer …, when founder X
    # stepped down"); one after it is what the holder speaks of ("CEO X said the company …")
    companies = {m.entity_id: m for m in ctx.sent.mentions
                 if m.type is C and (m.origin == "kb" or (m.origin == "reference" and m.end <= ctx.i))
                 and id(m) not in described}
    for m in ctx.sent.mentions:
        if (m.bare or m.genitive) and not _overlap([m], holder) and m.entity_id in companies and len(companies) == 1:
            return [m], 0.75
    if len(companies) > 1 and _speaks(ctx, holder):
        # "Anthropic cut Windsurf's access, co-founder Jared Kaplan said": a speaker after the
        # clause speaks for the company that opens the sentence
        first = next((m for m in ctx.sent.mentions if m.type is C and m.bare and not m.genitive), None)
        if first is not None and first.end <= ctx.i and id(first) not in described and first.entity_id in companies:
            return [first], 0.6
    own = ctx.sent.lower[ctx.r].startswith(ctx.grammar.company_heads) if ctx.grammar.company_heads else False
    if ctx.focus is not None and not companies and not own and not _overlap([ctx.focus], holder):
        return [ctx.focus], 0.5  # "Chief executive Michael Intrator said": of the company the story is about
    if ctx.topic is not None and not _overlap([ctx.topic], holder):
        return [ctx.topic], 0.5
    return [], 0.0


AGENT_REACH = 5  # words between 'by' and a title it governs ("led by co-founder and chief executive X")


def _after_agent_prep(ctx: Context) -> bool:
    """The title follows 'by' / 'von', past other titles and lower-case words only."""
    lower = ctx.sent.lower
    for k in range(ctx.r - 1, max(-1, ctx.r - 1 - AGENT_REACH), -1):
        if lower[k] in ctx.grammar.agent_preps:
            return True
        if not (lower[k].isalpha() and ctx.sent.words[k].islower()) and lower[k] != "-":
            return False
    return False


def _speaks(ctx: Context, holder: list[M]) -> bool:
    """The title and its holder follow a comma and a reporting verb follows them ('…, CEO X
    said', '…, with co-founder X saying')."""
    sent = ctx.sent
    k = holder[-1].end - sent.start
    before = sent.words[max(0, ctx.r - 2) : ctx.r]
    return "," in before and k < len(sent.words) and ctx.cues.cls("reporting_verb").has_lower(sent.lower[k])


def _in_holders_apposition(ctx: Context, holder: list[M]) -> set[int]:
    """'CEO Amit Jain, a former Apple engineer, said': names in the apposition that describes
    the holder belong to that description, not to the title before the holder."""
    sent = ctx.sent
    k = holder[-1].end - sent.start
    if k + 1 >= len(sent.words) or sent.words[k] != "," or not ctx.cues.determiners.has_lower(sent.lower[k + 1]):
        return set()
    end = next((j for j in range(k + 1, len(sent.words)) if sent.words[j] in (",", ";", ".", "–")), len(sent.words))
    return {id(m) for m in sent.mentions if k < m.start - sent.start < end}


def _unknown_owner_before(ctx: Context) -> bool:
    """'Frankreichs Präsident Emmanuel Macron', "France's president": the role belongs to an
    owner that is not an entity, so it cannot be filled from the sentence or the topic."""
    r = ctx.r
    sent = ctx.sent
    if r == 0:
        return False
    names = {i - sent.start for m in sent.mentions for i in range(m.start, m.end)}
    if r >= 2 and sent.words[r - 1] in ("'s", "’s") and (r - 2) not in names:
        return sent.words[r - 2][:1].isupper()
    word = sent.words[r - 1]
    if (r - 1) in names or not word[:1].isupper() or not word.isalpha():
        return False
    if ctx.grammar.verb_final:
        return len(word) > 3 and word.endswith("s")
    # "Telegram founder Pavel Durov": an unknown name right before the role owns it; at the
    # start of a sentence only a word that is not an attribute of roles ("Former", "Interim")
    return r - 1 > 0 or not ctx.cues.cls("role_attribute").has_lower(word.lower())


def _apposition_after_argument(ctx: Context, other: list[M]) -> list[M]:
    """The name after the role's own argument and a comma: 'the chief executive of X, Y'."""
    sent = ctx.sent
    end = other[-1].end
    if end - sent.start >= len(sent.words) or sent.words[end - sent.start] != ",":
        return []
    wanted = SIGNATURES[ctx.trig.relation][1 if ctx.trig.holder == "object" else 0]
    for m in sent.mentions:
        if m.start == end + 1 and m.type in wanted and not m.genitive:
            # "Die Gründer von Mistral AI, Arthur Mensch, Guillaume Lample und ..." (a genitive opens a
            # phrase about the argument instead: "investor in Anthropic, OpenAI's closest rival")
            return sent.group_of(m)
    return []


def _role_in_phrase(ctx: Context) -> bool:
    """The role noun stands in a prepositional phrase ('gegenüber den Konkurrenten X'), so the
    clause has a subject of its own."""
    k = ctx.r - 1
    while k >= 0 and ctx.r - k <= 3 and (ctx.sent.words[k].islower() and ctx.sent.lower[k] not in ctx.grammar.prepositions):
        k -= 1
    return k >= 0 and ctx.sent.lower[k] in ctx.grammar.prepositions


def _owner_in_word(ctx: Context) -> bool:
    """A role word that names its owner as 'the group': 'Konzerntochter', 'Konzernsparte'."""
    word = ctx.sent.lower[ctx.r]
    if any(word.startswith(p) and len(word) > len(p) + 2 for p in ctx.grammar.implicit_owner_prefixes):
        return True
    # "die konzerneigene IT-Sparte Schwarz Digits": an adjective of the group's own before the role
    before = ctx.sent.lower[max(0, ctx.r - 4) : ctx.r]
    return any(w.startswith(ctx.grammar.house_adjectives) for w in before) if ctx.grammar.house_adjectives else False


def _possessive_relative_subject(ctx: Context, ids: set[str], types) -> list[M]:
    """'…, Databricks and Google Cloud, whose data platforms compete with Salesforce', '…, deren
    Plattformen konkurrieren': what the names before 'whose' own does what the verb says, so
    they are its subject."""
    sent = ctx.sent
    if ctx.trig.kind != "verb" or not ctx.grammar.possessive_relatives:
        return []
    first = sent.clause_of.index(ctx.clause)
    if first < 2 or sent.words[first - 1] != "," or sent.lower[first] not in ctx.grammar.possessive_relatives:
        return []
    between = sent.words[first + 1 : ctx.r]
    if not between or len(between) > 4 or not all(w.isalpha() or w == "-" for w in between):
        return []  # "whose data platforms compete": the possessed noun, then the verb
    if any(m.start > sent.start + first and m.end <= ctx.i for m in sent.mentions):
        return []  # "whose founder Elon Musk runs": a name is the subject
    before = [m for m in sent.mentions if m.end == sent.start + first - 1 and m.entity_id not in ids]
    if not before or (types is not None and before[-1].type not in types):
        return []
    return sent.group_of(before[-1])


def _possessive_relative_antecedent(ctx: Context, holder: list[M]) -> list[M]:
    """The name before the comma of 'whose'/'dessen'/'deren' right before the role noun (an
    adjective or two between): the role is that company's."""
    sent, k = ctx.sent, ctx.r - 1
    while k > 0 and ctx.r - k <= 3 and sent.lower[k] not in ctx.grammar.possessive_relatives and sent.words[k].islower():
        k -= 1
    if k < 2 or sent.lower[k] not in ctx.grammar.possessive_relatives:
        return []
    j = k - 1
    if sent.lower[j] in ctx.grammar.prepositions:
        j -= 1  # "an deren Spitze"
    if sent.words[j] != ",":
        return []
    before = [m for m in sent.mentions if m.end == sent.start + j and m.type in SIGNATURES[ctx.trig.relation][1]]
    if not before and j >= 2:
        # "Doosan Enerbility, the South Korean manufacturer, whose chief executive …": the
        # name the apposition before the comma describes
        before = [m for m in _apposition_owner(ctx, j - 1) if m.type in SIGNATURES[ctx.trig.relation][1]]
    ids = {m.entity_id for m in holder}
    return before[-1:] if before and before[-1].entity_id not in ids else []


def _possessive_before(ctx: Context) -> bool:
    """'seine Beteiligungsgesellschaft X', 'its venture arm X': a possessive pronoun owns the role."""
    r = ctx.r
    window = ctx.sent.lower[max(0, r - 3) : r]  # "its largest active shareholder"
    owner = [k for k, w in enumerate(window) if w in ctx.grammar.possessive_pronouns]
    if owner and any(not (w.isalpha() or w == "-") for w in window[owner[-1] + 1 :]):
        return False  # a name or a comma between: the pronoun belongs to another phrase
    return any(w in ctx.grammar.possessive_pronouns for w in window) and not any(
        w in ctx.grammar.relative_pronouns for w in window
    )


def _possessor(ctx: Context, holder: list[M]) -> tuple[list[M], float]:
    """Whom a possessive pronoun stands for: the nearest company named before it in the
    sentence, else the discourse topic. Not a member of the holder's list: in 'OpenAI, Google
    DeepMind and Anthropic, its main competitors' the list is what the role describes."""
    ids = {m.entity_id for h in holder for m in ctx.sent.group_of(h)}
    before = [m for m in ctx.sent.mentions if m.end <= ctx.i - 1 and m.type is C and m.entity_id not in ids]
    if ctx.grammar.verb_final:
        # German 'sein'/'ihr' points back to the subject of its own clause, not into a relative
        # clause between ("Die Schwarz-Gruppe, zu der Lidl gehört, baut ihre Cloud-Tochter aus")
        own = [m for m in before if m.clause == ctx.clause and m.bare]
        if own:
            return [own[0]], 0.8
    sent = ctx.sent
    subjects = [
        m for m in before if m in sent.clause_subject(m.clause)
        # "which bought X": X is no subject; a sentence's first word ("Die Commerzbank") opens no relative clause
        and ((k := sent.clause_of.index(m.clause)) == 0 or sent.lower[k] not in ctx.grammar.relative_subjects)
    ]
    if subjects:
        # "AMD, which bought ZT Systems, ...; its chief executive Lisa Su": a subject, not an object
        return [subjects[-1]], 0.8
    if before:
        return [before[-1]], 0.8
    after = [m for m in sent.clause_subject(ctx.clause, ids, {C}) if m.start > ctx.i]
    if after:
        # "Über seinen Investmentarm Next47 hat sich Siemens beteiligt", "Through its venture arm
        # X, Siemens invested": a possessive that opens the clause points ahead to its subject
        return after[:1], 0.75
    if ctx.topic is not None and ctx.topic.entity_id not in ids:
        return [ctx.topic], 0.5
    return [], 0.0


def _pronoun_before(ctx: Context) -> bool:
    """'dessen Gründer X', 'its founder X': the role belongs to someone named elsewhere."""
    r = ctx.r
    window = ctx.sent.lower[max(0, r - 2) : r]
    # "which chief executive X announced": a relative pronoun that owns nothing
    return any(w in ctx.grammar.possessive_pronouns or w in ctx.grammar.possessive_relatives for w in window)


def _after_relation_noun(ctx: Context, m: M) -> bool:
    """Whether the name's preposition follows a relation noun ('die Partnerschaft von X')."""
    prep = m.prep_at
    return prep > 0 and any(start + length in (prep, prep - 1) and other.kind == "noun"
                            for start, length, other in ctx.triggers)


def deal_parties(ctx: Context) -> list[M]:
    """'prüft die Vereinbarung zwischen Google und Character.AI', 'examined the
    Amazon–Anthropic partnership': a regulator's object is both parties of the deal."""
    sent = ctx.sent
    after = [m for m in sent.mentions if m.clause == ctx.clause and m.type is C and abs(m.start - ctx.i) <= 10]
    for m in after:
        group = sent.group_of(m)
        if len(group) >= 2 and (m.prep in ctx.trig.pair_preps or m.prep in ctx.grammar.pair_preps):
            return group
        if len(group) >= 2 and m.prep in ctx.grammar.possessive_preps and _after_relation_noun(ctx, m):
            return group  # "prüft die Partnerschaft von Microsoft und OpenAI"
        pair = _pair_or_single(ctx, m) if m.compound else []
        nxt = [o for o in after if o.start > m.end and sent.words[m.end - sent.start : o.start - sent.start] in (["-"], ["–"], ["/"])]
        if nxt:
            return [m, nxt[0]]
        if len(pair) == 2:
            return pair
    return []


def _earlier_deal(ctx: Context) -> list[M]:
    """'Das Bundeskartellamt muss der Übernahme noch zustimmen', 'The DOJ is reviewing the
    transaction': a deal word in the clause and no name means the deal named just before."""
    deal = ctx.recent.get("deal")
    if not deal:
        return []
    words = [w for w, c in zip(ctx.sent.lower, ctx.sent.clause_of) if c == ctx.clause]
    return list(deal) if ctx.cues.cls("deal_word").in_words(words) else []


CO_DEVELOPMENT = trigger(
    id="co-development", forms=("mit",), match="exact", kind="verb",
    relation=RelationType.PARTNERS_WITH, confidence=0.75,
)
TOGETHER = trigger(  # "gemeinsam mit X", "together with X": whatever the verb, a partnership
    id="together-with", forms=("mit",), match="exact", kind="verb",
    relation=RelationType.PARTNERS_WITH, confidence=0.6,
)


COMPANION_REACH = 10  # tokens between the verb and its "with" partner


def companions(ctx: Context) -> list[Frame]:
    """'Mit Helsing entwickelt Mistral Modelle', 'Meta builds chips with Broadcom': whoever a
    company develops something with is its partner."""
    if ctx.trig.kind != "verb" or ctx.trig.relation is not RelationType.DEVELOPS:
        return []
    partners = [
        m for m in governed(ctx, tuple(ctx.grammar.comitative_preps))
        if m.type is C and abs(m.start - ctx.i) <= COMPANION_REACH
    ]
    subject, s = clause_subject(ctx, partners)
    subject = [m for m in subject if m.type is C]
    if not partners or not subject:
        return []
    return [Frame(subject, partners, f"{CO_DEVELOPMENT.id}:{ctx.trig.id}", 0.9 * s)]


def seller(ctx: Context, frame: Frame) -> Frame | None:
    """'Hyundai übernahm Boston Dynamics von Softbank', 'bought the unit from Samsung': the company
    a buyer bought from held what it sold (the stake has ended)."""
    if ctx.trig.relation is not RelationType.ACQUIRES or ctx.trig.kind != "verb":
        return None
    ids = {m.entity_id for m in frame.subjects + frame.objects}
    end = ctx.i + ctx.n
    if ctx.grammar.verb_final:  # "… von Softbank übernommen hatte": the phrase before the participle
        near = lambda m: m.end <= ctx.i and ctx.i - m.end <= SELLER_REACH  # noqa: E731
    else:  # "bought the unit from Samsung": after the verb and its object
        near = lambda m: m.start >= end and m.start - end <= SELLER_REACH and all(o.end <= m.start for o in frame.objects)  # noqa: E731
    sellers = [m for m in governed(ctx, tuple(ctx.grammar.seller_preps))
               if m.type is C and m.entity_id not in ids and m.prep in ctx.grammar.seller_preps and near(m)]
    if not sellers or not frame.objects or any(m.type is not C for m in frame.objects):
        return None
    return Frame(sellers[:1], frame.objects, frame.rule + "+seller", frame.score * 0.8)


SELLER_REACH = 8  # tokens between a verb of buying and the phrase naming whom it bought from


def cofounders(ctx: Context, frame: Frame) -> Frame | None:
    """'Ghodsi co-founded Databricks with Matei Zaharia', 'gemeinsam mit seiner Schwester Daniela
    Amodei gegründet': the people a founder founded the company with founded it too."""
    if ctx.trig.id not in ctx.grammar.founding_triggers:
        return None
    ids = {m.entity_id for m in frame.subjects}
    people = [m for m in governed(ctx, tuple(ctx.grammar.comitative_preps))
              if m.type is P and m.entity_id not in ids and abs(m.start - ctx.i) <= COMPANION_REACH * 2]
    return Frame(people, frame.objects, frame.rule + "+cofounder", frame.score * 0.9) if people else None


MATTER_REACH = 4  # words between the regulator's verb and the company whose matter it is
# German puts the object's phrases between the auxiliary and the final verb: "hat die Ausfuhr
# von Nvidia-Chips in die Volksrepublik beschränkt"
MIDDLE_FIELD_REACH = 8


def matter_owner(ctx: Context, exclude: list[M]) -> list[M]:
    """'muss der Umstrukturierung von OpenAI zustimmen', "is reviewing OpenAI's restructuring":
    a regulator acting on a company's matter acts on the company."""
    ids = {m.entity_id for m in exclude}
    owners = [
        m for m in ctx.sent.mentions
        if m.clause == ctx.clause and m.type is C and m.entity_id not in ids
        and (m.genitive or m.prep in ctx.grammar.possessive_preps or m.prep in ctx.grammar.matter_preps)
        and (not m.compound or m.prep in ctx.grammar.possessive_preps)  # "die Ausfuhr von Nvidia-Chips"
        and _words_between(ctx.sent, min(m.end, ctx.i), max(m.start, ctx.i + ctx.n)) <= (
            MIDDLE_FIELD_REACH if ctx.grammar.verb_final and m.end <= ctx.i else MATTER_REACH)
    ]
    owners.sort(key=lambda m: abs(m.start - ctx.i))
    return owners[:1]


def complement_subject(ctx: Context) -> list[M]:
    """'Das DOJ untersucht, ob Nvidia ...', 'examining whether Google ...': the subject of the
    clause the regulator looks into."""
    sent = ctx.sent
    r = ctx.r + ctx.n
    for k in range(r, min(len(sent.words), r + COMPLEMENT_REACH)):
        if sent.lower[k] in ctx.grammar.complementizers:
            clause = sent.clause_of[k] if k + 1 >= len(sent.words) else sent.clause_of[k + 1]
            after = [m for m in sent.mentions if m.start > sent.start + k and m.clause == clause]
            if after and after[0].start == sent.start + k + 1 and after[0].genitive and after[0].type is C:
                return after[:1]  # "concluded that Microsoft's licensing practices harmed …": the practices' owner
            # a preposition before the complementizer governs no name after it ("into whether Azure …")
            subject = [m for m in after if m.bare or (m.prep is not None and m.prep_at < sent.start + k)]
            return sent.group_of(subject[0]) if subject else []
        if sent.words[k] in (".", ";") or (k > r and sent.words[k] == "," and sent.lower[k + 1 : k + 2] != ["ob"]):
            break  # the regulator's phrase ends before any complement
    return []


COMPLEMENT_REACH = 10  # tokens between a regulator's act and 'ob'/'whether' ("investigations under the DMA into whether")
