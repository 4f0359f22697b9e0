"""The rule extractor: gazetteer and discovery for entities, trigger frames for relations.

Everything linguistic lives in data files (knowledge base, trigger and cue
lexicons, grammar words); this module only wires the steps together:
tokenise -> mentions -> sentences -> triggers -> frames -> qualifiers ->
one validated :class:`Extraction` per article.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from extractors.base import register
from extractors.rules import discovery, resident
from extractors.rules.frames import (
    CO_DEVELOPMENT, PROVIDER_ROLES, SIGNATURES, TOGETHER, Context, Frame, zu_infinitive, apposition_before, cofounders, companions,
    fill, fits, seller, together_with,
)
from extractors.rules.gazetteer import (
    add_gazetteer,
    entity_spans,
    gazetteer_spans,
    genitive_of,
    is_plausible,
    phrase_gazetteer,
    surface_forms,
)
from extractors.rules.grammar import Grammar, load_grammar
from extractors.rules.knowledge import DATA_DIR, KnowledgeBase
from extractors.rules.lexicon import Cues, Trigger, TriggerIndex, WordList, load_cues, load_triggers, trigger
from extractors.rules.ownership import POSSESSIVE_PRODUCT, owned_products, product_owner
from extractors.rules.nlp import bare_tokenizer, make_blank, sentence_spans, sentence_starts, spans_of_sentences
from extractors.rules.ontology import EntityType, RelationType, Status
from extractors.rules.reference import descriptions, load_references
from extractors.rules.qualifiers import MONEY_RELATIONS, exclusive, money, negated, status_of
from extractors.rules.sentence import M, Sent, Tokens, analyse, gap_tail, prepare
from extractors.rules.succession import successions
from graph.models import Article, Entity, Extraction, slugify

TOPIC_CONFIDENCE = 0.8
SALIENT = 2  # mentions of a topic that a name mentioned once does not take over
# below this a relation rests on a guess stacked on a guess (a pronoun's topic read into a
# far phrase); on the gold sets such relations were wrong three times in four
RELATION_FLOOR = 0.25
KNOWN_MAKER = trigger(
    id="known-maker", forms=("-",), match="exact", kind="noun", relation=RelationType.DEVELOPS, confidence=0.6
)
OWNER_OF_COMPANY = {  # "Alphabet's Google", "Mira Murati's Thinking Machines Lab"
    EntityType.COMPANY: trigger(id="owner-genitive", forms=("-",), match="exact", kind="noun",
                                relation=RelationType.SUBSIDIARY_OF, confidence=0.8),
    EntityType.PERSON: trigger(id="owner-genitive", forms=("-",), match="exact", kind="noun",
                               relation=RelationType.LEADS, confidence=0.75),
}
NAMED_AFTER_OWNER = {  # "Samsung Next" is Samsung's unit, "Perplexity Assistant" its product
    EntityType.COMPANY: trigger(id="named-after-owner", forms=("-",), match="exact", kind="noun",
                                relation=RelationType.SUBSIDIARY_OF, confidence=0.7),
    EntityType.PRODUCT: trigger(id="named-after-owner", forms=("-",), match="exact", kind="noun",
                                relation=RelationType.DEVELOPS, confidence=0.7),
}
GOODS_RULE = ":verb-goods"
# the side that buys what a relation sells, when the seller is unknown to the knowledge base
BUYER_ROLES = {RelationType.LICENSES_TO: {"ai_lab", "big_tech"}}


def _known_buyer(entry, relation: RelationType) -> bool:
    return bool(entry and BUYER_ROLES.get(relation, set()) & set(entry.roles))

_WORD = re.compile(r"[\w-]+")
# relations oriented by knowledge only when the sentence is about this kind of goods:
# "OpenAI signed content deals with publishers" (the publisher licenses its content)
ORIENTING_CUES = {RelationType.LICENSES_TO: "content"}


class Reading(NamedTuple):
    """What one frame says about one pair, before it is kept or dropped.

    Most readings lose to a better one of the same pair, so only the kept ones
    become validated evidence (see :func:`_merge`)."""

    start: int
    end: int
    rule: str
    status: Status
    negated: bool
    confidence: float


@dataclass(slots=True)
class Candidate:
    subject: M
    object: M
    relation: RelationType
    evidence: Reading
    attributes: dict
    trigger_kind: str = ""


class Language_:
    """Per-language resources, built once per extractor."""

    def __init__(self, lang: str, kb: KnowledgeBase, model: str | None) -> None:
        self.lang = lang
        self.nlp: Language = make_blank(lang, model)
        split = bare_tokenizer(self.nlp)  # splits names and trigger forms as self.nlp does, for less
        # a blank pipeline: the gazetteer is the only annotator, its matches need not go into the Doc
        self.ruler_only = not self.nlp.pipe_names
        if self.ruler_only:
            self.ruler = phrase_gazetteer(self.nlp, kb, lang, split)
        else:  # an installed model's entities and the gazetteer's are resolved by the entity ruler
            self.ruler = add_gazetteer(self.nlp, kb, lang)
        self.cues: Cues = load_cues(lang)
        self.grammar: Grammar = load_grammar(lang)
        tokenize = lambda text: [t.text for t in split(text)]  # noqa: E731
        self.triggers = TriggerIndex([_with_contractions(t, self.grammar.contractions) for t in load_triggers(lang)],
                                     tokenize)
        # what a trigger word can be, by its form and neighbours (see _triggers): most recur
        self.trigger_readings: dict[tuple, list[tuple[Trigger, int]]] = {}
        self.references = load_references(lang)
        if self.references is not None:
            self.grammar.demonym_endings = self.references.demonym_endings
        self.predicative = self.grammar.copulas | self.grammar.predicative_markers
        # an installed pipeline with a parser or sentence recogniser sets sentences itself
        self.model_sentences = any(name in self.nlp.pipe_names for name in ("parser", "senter"))
        # words that end a noun phrase when walking back from a product to its possessive
        self.np_stops = frozenset(
            self.cues.clause_breaks.exact | self.cues.passive_aux.exact | self.grammar.copulas
            | self.cues.planned.exact | self.cues.speculative.exact
        )


class RuleExtractor:
    name = "rules"

    def __init__(self, entity_files: Iterable[Path] = (), model: str | None = None) -> None:
        self.kb = KnowledgeBase.load(tuple(Path(p) for p in entity_files))
        self.model = model
        self._langs: dict[str, Language_] = {}
        self._forms = {e.id: surface_forms(e) for e in self.kb}
        self._entities: dict[str, Entity] = {}  # one validated, immutable Entity per KB entry

    def resources(self, lang: str) -> Language_:
        if lang not in self._langs:
            with resident.building(self):
                self._langs[lang] = Language_(lang, self.kb, self.model)
        return self._langs[lang]

    def extract(self, article: Article) -> Extraction:
        res = self.resources(article.lang)
        if res.ruler_only:
            doc = res.nlp.make_doc(article.text)
            spans = gazetteer_spans(res.ruler, doc)
        else:
            doc = res.nlp(article.text)
            spans = entity_spans(doc)
        tokens = Tokens(doc, article.text)
        if res.model_sentences:
            sentences = sentence_spans(doc, tokens)
        else:
            sentences = spans_of_sentences(sentence_starts(tokens.texts, tokens.spaces, article.lang), tokens.texts)
        mentions, entities = self._mentions(doc, spans, tokens, res)
        candidates = [self._rented_chips(self._orient(self._provider_deal(c, res, article.text), res, article.text))
                      for c in self._relations(sentences, tokens, article, mentions, res)
                      if self._sells_what_it_provides(c, res)]
        for cand in candidates:  # a maker description may name a company the text does not
            for end in (cand.subject, cand.object):
                if end.entity_id not in entities and (entry := self.kb.get(end.entity_id)) is not None:
                    entities[entry.id] = Entity(id=entry.id, name=entry.name, type=entry.type,
                                                aliases=entry.aliases, origin="kb")
        return _assemble(article, tokens, mentions, entities, candidates, self.kb)

    @staticmethod
    def _names_a_holder(sent: Sent, product: M, cues: Cues) -> bool:
        """The compound the product opens names a company or a person ('TikTok-Mutter',
        'ChatGPT-Entwickler'), not the product itself ('Blackwell-Generation')."""
        r = product.end - sent.start + 1
        if r >= len(sent.words):
            return False
        head = sent.lower[r]
        if cues.cls("maker_noun").has(head):
            return False  # "der ChatGPT-Entwickler" says who makes it
        return cues.cls("company_noun").has(head) or cues.cls("person_role").has(head) or cues.cls("parent_noun").has(head)

    def _known_makers(self, sent: Sent, cues: Cues) -> list[tuple[M, Frame]]:
        """A product named together with the company the knowledge base says makes it
        ('DeepL brachte DeepL Voice auf den Markt', 'OpenAI must keep ChatGPT logs')."""
        # "the ChatGPT maker", "der ChatGPT-Entwickler" say who makes it; "der Windows-Konzern" only describes
        out = [(m.made, Frame([m], [m.made], "known-maker:description", 1.0)) for m in sent.mentions
               if m.made is not None and _says_making(sent, m.made, cues)]
        if not any(m.type is EntityType.PRODUCT for m in sent.mentions):
            return out
        by_id = {m.entity_id: m for m in sent.mentions}
        for product in sent.mentions:
            if product.type is not EntityType.PRODUCT or (product.compound and self._names_a_holder(sent, product, cues)):
                continue  # "die TikTok-Mutter ByteDance": the product names the company, nobody develops it here
            entry = self.kb.get(product.base or product.entity_id)
            maker = by_id.get(entry.parent) if entry and entry.parent else None
            if (
                maker is not None and maker.origin == "reference" and maker.start <= product.start < maker.end
                and not _says_making(sent, product, cues)
            ):
                continue  # "des iPhone-Konzerns": a description by the product, not a statement that it makes it
            if maker is not None and maker.type is EntityType.COMPANY:
                out.append((product, Frame([maker], [product], "known-maker", 1.0)))
        return out

    def _host_owners(self, sent: Sent, kept: list[Candidate]) -> list[Candidate]:
        """'Apple setzt bei Siri auf Gemini': a product built into a company's own product, the
        company named in the sentence, is built in by that company too."""
        out = []
        companies = {m.entity_id: m for m in sent.mentions if m.type is EntityType.COMPANY}
        for c in kept:
            if c.relation is not RelationType.INTEGRATES or c.subject.type is not EntityType.PRODUCT or c.trigger_kind != "verb":
                continue
            owner = companies.get(self.kb.parent_of(c.subject.entity_id).id) if self.kb.parent_of(c.subject.entity_id) else None
            if owner is None or owner.entity_id == c.object.entity_id:
                continue
            reading = c.evidence._replace(rule=c.evidence.rule + "+host-owner", confidence=c.evidence.confidence * 0.85)
            out.append(replace(c, subject=owner, evidence=reading))
        return out

    def _attach_makers(self, sent: Sent) -> None:
        """A known chip's maker, for 'Instinct MI450, die an OpenAI ausgeliefert werden soll':
        where the product is said to be delivered, its maker supplies it."""
        for m in sent.mentions:
            if m.type is EntityType.PRODUCT and (m.origin == "kb" or m.base) and m.maker is None:
                parent = self.kb.parent_of(m.base or m.entity_id)
                if parent is not None and parent.type is EntityType.COMPANY:
                    m.maker = M(m.start, m.end, parent.id, parent.name, parent.type, m.confidence * 0.9, "kb",
                                roles=tuple(parent.roles))

    def _named_after_owner(self, sent: Sent, cues: Cues, suffixes: set[str] | frozenset[str] = frozenset()) -> list[tuple[M, Trigger, Frame]]:
        """'Samsung Next', 'AMD Ventures', 'Intel Foundry', 'Perplexity Assistant': a name the
        knowledge base does not know that opens with a company's name belongs to that company,
        as its unit or its product. A known unit says so by a unit's or a country's word at its
        end (``suffixes``: 'Oracle Health', 'Vodafone Deutschland')."""
        out = []
        units = cues.cls("unit_noun")
        for m in sent.mentions:
            if m.origin not in ("discovered", "kb") or m.type not in NAMED_AFTER_OWNER or m.end - m.start < 2:
                continue
            entry = self.kb.get(m.entity_id) if m.origin == "kb" else None
            if m.origin == "kb" and (entry is None or not entry.parent or (
                    m.type is EntityType.COMPANY and not _unit_near(sent, m, units, entry.parent)
                    and sent.words[m.end - sent.start - 1] not in suffixes)):
                # a known name ('Google Cloud') says nothing by itself; introduced as a unit ('die
                # Sparte Microsoft AI', 'SoftBank Corp, the mobile arm of ...') it says whose it is
                continue
            words = sent.words[m.start - sent.start : m.end - sent.start]
            for k in range(len(words) - 1, 0, -1):
                owner = self.kb.by_surface(" ".join(words[:k]), EntityType.COMPANY)
                if owner is not None and owner.id != m.entity_id and (entry is None or owner.id == entry.parent):
                    stand_in = M(m.start, m.start + k, owner.id, owner.name, owner.type, m.confidence, "kb", roles=tuple(owner.roles))
                    trigger = NAMED_AFTER_OWNER[m.type]
                    frame = (Frame([m], [stand_in], "named-after-owner", 0.8) if m.type is EntityType.COMPANY
                             else Frame([stand_in], [m], "named-after-owner", 0.8))
                    out.append((m, trigger, frame))
                    break
        return out

    def _owned_companies(self, sent: Sent, cues: Cues, heads: tuple[str, ...] = ()) -> list[tuple[M, Trigger, Frame]]:
        """'Alphabet's Google', 'Googles Mutter Alphabet' aside: a company's genitive right
        before a company the knowledge base says it owns is its parent; a person's genitive
        right before a company ('Elon Musk's xAI', 'Mira Muratis Thinking Machines') is the
        person who runs it."""
        out = []
        for owner, owned in zip(sent.mentions, sent.mentions[1:]):
            gap = sent.words[owner.end - sent.start : owned.start - sent.start]
            if not owner.genitive or owned.type is not EntityType.COMPANY:
                continue
            if gap not in ([], ["'s"], ["’s"]) and not _kind_phrase(gap, cues, heads):
                continue  # "Elon Musks KI-Firma xAI", "Amazons Chipschmiede Annapurna Labs": a company by its kind
            if owner.type is EntityType.COMPANY:
                entry = self.kb.get(owned.entity_id)
                parent = self.kb.get(entry.parent) if entry is not None and entry.parent else None
                if parent is None or owner.entity_id not in (parent.id, parent.parent):
                    continue  # the owner the knowledge base knows, or its own owner ("Amazons ... Annapurna Labs")
                frame = Frame([owned], [owner], "owner-genitive", 1.0)
            elif owner.type is EntityType.PERSON:
                frame = Frame([owner], [owned], "owner-genitive", 1.0)
            else:
                continue
            out.append((owned, OWNER_OF_COMPANY[owner.type], frame))
        return out

    def _with_descriptions(self, tokens: Tokens, start: int, end: int, inside: list[M],
                           history: list[list[M]], topic: M | None, res: Language_,
                           focus: M | None = None) -> list[M]:
        """'the chipmaker', 'der Bonner Konzern', 'the ChatGPT maker' join as mentions."""
        if res.references.determiners.isdisjoint(tokens.lower[start : end - 1]):
            return inside  # a description starts at a determiner: most sentences have none
        # a bare capitalised name is only a candidate: no description takes it up
        earlier = [m for sentence in history for m in sentence if m.origin != discovery.CANDIDATE_ORIGIN]
        found = descriptions(tokens.texts, tokens.lower, start, end, inside, earlier, topic,
                             res.references, self.kb, res.predicative, res.grammar.prepositions, focus)
        if not found:
            return inside
        replaced = {id(d.replaces) for d in found if d.replaces is not None}
        for d in found:
            if d.replaces is not None and d.replaces.type is EntityType.PRODUCT:
                d.entity.made = d.replaces  # "the ChatGPT maker" says who makes ChatGPT
        out = [m for m in inside if id(m) not in replaced] + [d.entity for d in found]
        return sorted(out, key=lambda m: m.start)

    def _sells_what_it_provides(self, cand: Candidate, res: Language_) -> bool:
        """'runs on AWS' is cloud only where AWS sells cloud ('runs on Nvidia chips' is not)."""
        if cand.evidence.rule.split(":")[0] not in res.grammar.provider_only_triggers:
            return True
        entry = self.kb.get(cand.subject.entity_id)
        return bool(entry and set(entry.roles) & PROVIDER_ROLES.get(cand.relation, set()))

    def _provider_deal(self, cand: Candidate, res: Language_, text: str) -> Candidate:
        """'Microsoft signed capacity deals with Nebius': a plain deal in which only one side
        sells cloud, about computing capacity, is that side providing cloud (oriented later)."""
        if cand.relation is not RelationType.PARTNERS_WITH:
            return cand
        trigger = cand.evidence.rule.split(":")[0]
        for rule in res.grammar.upgrades:
            if rule["from"] != cand.relation.value or trigger not in rule.get("triggers", ()):
                continue
            sides = [self.kb.get(cand.subject.entity_id), self.kb.get(cand.object.entity_id)]
            # "a $38bn deal with AWS": a company that sells nothing but cloud sells cloud in any deal
            only = set(rule.get("when_one_side_only", ()))
            selling = [bool(e and (set(rule.get("when_one_side", ())) & set(e.roles)
                                   or (only and e.roles and set(e.roles) <= only))) for e in sides]
            sentence = _WORD.findall(text[cand.evidence.start : cand.evidence.end])
            if sum(selling) == 1 and (not rule["requires"] or any(res.cues.cls(c).in_words(sentence) for c in rule["requires"])):
                cand.relation = RelationType(rule["to"])
        return cand

    def _rented_chips(self, cand: Candidate) -> Candidate:
        """'AWS will provide OpenAI with Nvidia GPUs': a cloud that sells no chips of its own
        rents them out, so it provides cloud."""
        if cand.relation is not RelationType.SUPPLIES_CHIPS_TO:
            return cand
        entry = self.kb.get(cand.subject.entity_id)
        roles = set(entry.roles) if entry else set()
        if roles & PROVIDER_ROLES[RelationType.PROVIDES_CLOUD_TO] and not roles & PROVIDER_ROLES[RelationType.SUPPLIES_CHIPS_TO]:
            cand.relation = RelationType.PROVIDES_CLOUD_TO
        return cand

    def _orient(self, cand: Candidate, res: Language_, text: str) -> Candidate:
        """'OpenAI signed a cloud deal with AWS': when the wording leaves the direction open,
        the knowledge base knows which side sells cloud or chips."""
        roles = PROVIDER_ROLES.get(cand.relation)
        if not roles or GOODS_RULE in cand.evidence.rule:  # "on Google's TPUs" names the supplier
            return cand
        cue = ORIENTING_CUES.get(cand.relation)
        if cue and not res.cues.cls(cue).in_words(_WORD.findall(text[cand.evidence.start : cand.evidence.end])):
            return cand
        subj, obj = self.kb.get(cand.subject.entity_id), self.kb.get(cand.object.entity_id)
        subj_provides = bool(subj and roles & set(subj.roles))
        obj_provides = bool(obj and roles & set(obj.roles))
        if subj_provides and obj_provides and cand.relation is RelationType.PROVIDES_CLOUD_TO:
            # "Microsoft signed capacity deals with Nebius": a hyperscaler buys from a GPU cloud
            subj_provides, obj_provides = "gpu_cloud" in subj.roles, "gpu_cloud" in obj.roles
        if obj_provides and not subj_provides:
            cand.subject, cand.object = cand.object, cand.subject
        elif not obj_provides and not subj_provides and _known_buyer(subj, cand.relation) and not _known_buyer(obj, cand.relation):
            cand.subject, cand.object = cand.object, cand.subject  # "OpenAI's deal with the Financial Times"
        return cand

    # -- entities -----------------------------------------------------------

    def _mentions(self, doc: Doc, spans, tokens: Tokens, res: Language_) -> tuple[list[M], dict[str, Entity]]:
        entities: dict[str, Entity] = {}
        mentions: list[M] = []
        texts = tokens.texts
        unit_heads = None if res.grammar.capitalises_nouns else res.cues.cls("unit_noun")  # "the Alphabet unit"
        kind_heads = None if res.grammar.capitalises_nouns else res.cues.cls("product_head")  # "the Cursor code editor"
        for start, end, label, ent_id in spans:
            entry = self.kb.get(ent_id) if ent_id else None
            if entry is None:
                found = _model_entity(start, end, label, article_text(tokens, doc, start, end))
                if found is not None:
                    entities.setdefault(found.entity.id, found.entity)
                    mentions.append(found.mention)
                continue
            product = entry is not None and entry.type is EntityType.PRODUCT
            if not is_plausible(texts, start, end, entry, res.cues.determiners, kind_heads if product else unit_heads,
                                compounds=product, grammar=res.grammar):
                continue
            entity = self._entities.get(entry.id)
            if entity is None:
                entity = self._entities[entry.id] = Entity(
                    id=entry.id, name=entry.name, type=entry.type, aliases=entry.aliases, origin="kb"
                )
            entities[entry.id] = entity
            version = _version_after(texts, end, res) if entry.type is EntityType.PRODUCT else 0
            if version:
                # "Llama 4", "Veo 3": a version the knowledge base does not list is a product of its
                # own, made by whoever makes the known one
                name = f"{entry.name} {' '.join(texts[end:end + version])}"
                entity = Entity(id=slugify(name), name=name, type=EntityType.PRODUCT, confidence=VERSION_CONFIDENCE,
                                origin="discovered")
                entities.setdefault(entity.id, entity)
                genitive = genitive_of(texts, start, end + version, res.lang, ())
                mentions.append(M(start, end + version, entity.id, name, EntityType.PRODUCT, VERSION_CONFIDENCE,
                                  "discovered", genitive=genitive, roles=tuple(entry.roles), base=entry.id))
                continue
            genitive = genitive_of(texts, start, end, res.lang, self._forms[entry.id])
            mentions.append(M(start, end, entry.id, entry.name, entry.type, 1.0, "kb", genitive=genitive,
                              roles=tuple(entry.roles)))
        absorbed: set[int] = set()
        for found in discovery.discover(tokens, doc.lang_, mentions, res.cues, res.grammar, self.kb):
            entity = found.entity
            known = entities.get(entity.id)
            if known is None or known.confidence < entity.confidence:
                entities[entity.id] = entity
            mentions.append(found.mention)
            if found.absorbs:  # the known names inside it ("SB OpenAI Japan", "Dragon Copilot")
                span = found.mention
                absorbed.update(m.start for m in mentions if m.origin == "kb" and span.start <= m.start and m.end <= span.end)
        mentions = _repeated_discoveries(tokens, mentions, absorbed, res.cues.determiners)
        short = self._short_forms(tokens, mentions, res)
        if short:  # a short form wins over the bare capitalised name read at the same place
            starts = {m.start for m in short}
            mentions = [m for m in mentions if not (m.origin == discovery.CANDIDATE_ORIGIN and m.start in starts)] + short
        mentions.sort(key=lambda m: m.start)
        return mentions, entities

    def _short_forms(self, tokens: Tokens, mentions: list[M], res: Language_) -> list[M]:
        """'Scale AI ... Scale's board': after a company's full name, its first word alone
        means it, where that word names nothing else in the text (never written in lower
        case there, no place, no given name, no other name's start)."""
        texts = tokens.texts
        firsts: dict[str, M] = {}
        clashes: set[str] = set()
        for m in mentions:
            if m.end - m.start < 2:
                continue
            if m.type is EntityType.PERSON and m.origin != discovery.CANDIDATE_ORIGIN:
                # "Lip-Bu Tan … Tan, der die Nachfolge …": a person's surname alone means the person
                last = texts[m.end - 1]
                if last.isalpha() and last.istitle() and len(last) >= 3:
                    if last in firsts and firsts[last].entity_id != m.entity_id:
                        clashes.add(last)
                    firsts.setdefault(last, m)
                continue
            word = texts[m.start]
            if m.type is EntityType.COMPANY and m.origin in ("kb", "discovered") and word.isalpha() and word[:1].isupper() and (
                    len(word) >= 4 or (len(word) == 3 and word.isupper())):  # "ARX Robotics … ARX"
                if word in firsts and firsts[word].entity_id != m.entity_id:
                    clashes.add(word)  # "Google Cloud" and "Google DeepMind": the first word is no short form
                firsts.setdefault(word, m)
        if not firsts:
            return []
        taken = {i for m in mentions if m.origin != discovery.CANDIDATE_ORIGIN for i in range(m.start, m.end)}
        places = discovery.place_words(self.kb, res.lang)
        out = []
        lowered = None  # words the text writes in lower case: read only when a first word recurs
        for k in [k for k, word in enumerate(texts) if word in firsts]:
            word = texts[k]
            model = firsts[word]
            if word in clashes or k in taken:
                continue
            if lowered is None:
                lowered = {t for t in texts if t.islower()}
            if word.lower() in lowered:
                continue
            if word in res.grammar.non_entities or word.lower() in places or word in discovery.given_names():
                continue
            if self.kb.by_name(word, EntityType.COMPANY) or self.kb.by_name(word, EntityType.PRODUCT):
                continue
            if model.type is EntityType.PERSON and k > 0 and _another_given_name(texts[k - 1], res.cues):
                continue  # "Akash Ambani" after "Mukesh Ambani": another person of the family
            nxt = texts[k + 1] if k + 1 < len(texts) else ""
            if not res.grammar.capitalises_nouns and nxt[:1].isupper() and nxt.isalpha():
                continue  # "General Atomics" after "General Catalyst": the first word of another name
            genitive = genitive_of(texts, k, k + 1, res.lang, self._forms.get(model.entity_id, set()) | {word})
            out.append(M(k, k + 1, model.entity_id, model.name, model.type, 0.8, model.origin, genitive=genitive,
                         roles=model.roles))
        return out

    # -- relations ----------------------------------------------------------

    def _relations(self, sentences, tokens: Tokens, article: Article, mentions: list[M], res: Language_) -> list[Candidate]:
        out: list[Candidate] = []
        topic: M | None = None
        previous: list[M] = []
        history: list[list[M]] = []  # mentions of the last sentences, for descriptions
        intro: ListIntro | None = None  # a sentence ending in a colon, waiting for its items
        spans = list(sentences)
        resolved: list[list[M]] = []  # each sentence's mentions with its resolved descriptions
        pair: tuple[M, M, int] | None = None  # the last two companies named together, and where
        starts = [m.start for m in mentions]  # sorted: mentions come sorted by start
        named = Counter(m.entity_id for m in mentions)
        focus = _focus(mentions, named)
        recent: dict[RelationType, M] = {}  # the last sentence's object per relation type
        carried: tuple[str, ...] = ()  # the last sentence's cue classes a pronoun can take up
        pair_places = _pair_phrase_places(tokens, res.grammar)
        last_deal, deal_at = None, -1  # the parties of the last deal named, and where
        for number, (start, end) in enumerate(spans):
            first, last = bisect_left(starts, start), bisect_left(starts, end)
            inside = [m for m in mentions[first:last] if m.end <= end]
            if pair is not None and number - pair[2] > PAIR_REACH:
                pair = None
            inside = _with_pair_phrase(tokens, start, end, inside, pair, res.grammar, pair_places)
            inside = _with_topic_phrase(tokens, start, end, inside, topic, res.grammar, res.references)
            inside = _with_person_pronouns(tokens, start, end, inside, history, res.grammar)
            if res.references is not None:
                inside = self._with_descriptions(tokens, start, end, inside, history, topic, res, focus)
            history = (history + [inside])[-res.references.window if res.references else -1 :]
            item = intro is not None and _is_item(article.text, tokens, start)
            if item:
                out.extend(self._list_item(tokens, article, intro, start, end, inside, res))
            else:
                intro = None
            resolved.append(inside)
            if tokens.texts[end - 1] == ":":
                intro = self._list_intro(tokens, spans, number, resolved, topic, previous, res)
            if not inside:
                carried = ()
                continue  # no name, no relation: a sentence without names keeps the topic
            heading = _is_heading(article.text, tokens, start, end)
            if heading:
                # a subheading opens a section: it does not continue the sentence before it
                sent, candidates = self._sentence(tokens, start, end, inside, article, None, [], res)
            else:
                framed = _framing_company(tokens, start, inside, res.grammar)
                sent, candidates = self._sentence(tokens, start, end, inside, article, framed[0] if framed else topic,
                                                  framed or previous, res, focus=focus, recent=recent, carried=carried)
            out.extend(candidates)
            carried = tuple(c for c in res.grammar.carried_classes if _sentence_has(sent, c, res.cues))
            recent = {c.relation: c.object for c in candidates if not c.evidence.negated}
            deal = next(((c.subject, c.object) for c in candidates if c.relation in DEAL_RELATIONS and not c.evidence.negated
                         and c.subject.type is c.object.type is EntityType.COMPANY), None)
            if deal is not None:
                last_deal, deal_at = deal, number
            if last_deal is not None and number - deal_at < DEAL_REACH:
                recent["deal"] = last_deal  # "Das Bundeskartellamt muss der Übernahme noch zustimmen": whose deal
            pair = _named_pair(sent, number) or pair
            subject = sent.clause_subject(0)
            if not subject and len(set(sent.clause_of)) > 1 and (
                    sent.lower[0] in res.grammar.subordinators or sent.clause_of.index(1) <= LEADING_PHRASE):
                # "While the lawyers fight, xAI is spending ...", "Within hours, Google stepped in":
                # the main clause's subject
                subject = sent.clause_subject(1)
            if item:
                continue  # an item of a list speaks of its member; the article's topic goes on
            if subject and subject[0].type in (EntityType.COMPANY,):
                listed = len(sent.group_of(subject[0])) > 1 and topic is not None
                if listed and topic.entity_id not in {m.entity_id for m in sent.group_of(subject[0])}:
                    previous = subject[:1]  # "Zu den Kunden gehören Microsoft und Google": a list does not take over the topic
                elif (
                    topic is not None and subject[0].origin == "discovered"
                    and named[subject[0].entity_id] == 1 and named[topic.entity_id] >= SALIENT
                ):
                    # "Magnetar, the hedge fund that backed CoreWeave early, remains a shareholder":
                    # a new name the text mentions once is a side remark in the story of its topic
                    previous = subject[:1]
                else:
                    topic, previous = subject[0], subject[:1]
            elif (lead := _leading_possessor(sent, res.grammar, opening=not heading)) is not None:
                topic = lead  # "Nvidia's share of the market has fallen": Nvidia stays the topic
            elif not subject and (voice := _titled_speaker_company(sent, res.cues)) is not None:
                # "„…“, sagte Telekom-Chef Tim Höttges": the quote speaks for the chief's company
                topic, previous = voice, [voice]
        return out

    def _sentence(self, tokens: Tokens, start: int, end: int, inside: list[M], article: Article,
                  topic: M | None, previous: list[M], res: Language_,
                  evidence_span: tuple[int, int] | None = None, focus: M | None = None,
                  recent: dict | None = None, carried: tuple[str, ...] = ()) -> tuple[Sent, list[Candidate]]:
        """Every frame of one sentence: trigger frames, known makers, possessed products."""
        out: list[Candidate] = []
        sent = prepare(tokens, start, end, [_fresh(m) for m in inside], res.cues, res.grammar.relative_openers,
                       res.grammar.finite_starts if res.grammar.verb_final else frozenset(),
                       (res.grammar.prepositions, res.grammar.prep_relatives),
                       res.grammar.infinitive_particles if res.grammar.verb_final else frozenset())
        if carried:
            _take_up(sent, carried, res.grammar.carrying_pronouns, whole=_ends_taking_part(sent, res.grammar))
        found = list(_triggers(sent, res))
        if any(trig.relation in _MAKER_RELATIONS for trig, _, _ in found):
            self._attach_makers(sent)
        verbs = frozenset(k for trig, i, n in found if trig.kind == "verb" for k in range(i, i + n))
        analyse(sent, res.grammar, res.cues, verbs)
        if evidence_span is None:
            evidence_span = (tokens.idx[start], tokens.idx[end - 1] + len(tokens.texts[end - 1]))
        spans = tuple((i, n, trig) for trig, i, n in found)
        sentence_candidates: list[Candidate] = []
        present = {m.type for m in sent.mentions}
        filled: set[int] = set()  # trigger positions some frame of which was filled
        for trig, i, n in found:
            ctx = Context(sent, trig, i, n, res.grammar, res.cues, topic, previous, spans, focus, recent or {})
            # a title with no person named, a regulator's act with no regulator, a product's
            # relation with no product: nothing to fill (a verb of making may still pair its makers)
            venture = _joint_venture(ctx) if trig.id in res.grammar.joint_venture_triggers else []
            for owned_by, frame in venture:
                filled.add(i)
                sentence_candidates.extend(_candidates(replace(ctx, trig=owned_by), frame, article, evidence_span))
            for frame in fill(ctx) if not venture and not _impossible(trig.relation, present) else ():
                filled.add(i)
                sentence_candidates.extend(_candidates(ctx, frame, article, evidence_span))
                if trig.id in res.grammar.joint_venture_triggers and trig.relation is RelationType.PARTNERS_WITH \
                        and len(frame.objects) >= 2:
                    # "form a joint venture with AMD and Humain": the partners of a venture are each other's
                    members = Frame(frame.objects[:1], frame.objects[1:], frame.rule + "+venture-members", frame.score * 0.9)
                    sentence_candidates.extend(_candidates(ctx, members, article, evidence_span))
                also = cofounders(ctx, frame)
                if also is not None:
                    sentence_candidates.extend(_candidates(ctx, also, article, evidence_span))
                sold = seller(ctx, frame)
                if sold is not None:
                    sentence_candidates.extend(_candidates(replace(ctx, trig=SOLD_STAKE), sold, article, evidence_span))
            for frame in companions(ctx):
                partner_ctx = replace(ctx, trig=CO_DEVELOPMENT)
                sentence_candidates.extend(_candidates(partner_ctx, frame, article, evidence_span))
        # "agreed to buy accelerators from Broadcom": a phrase trigger that finds no frame leaves
        # its words to the shorter triggers inside it
        for trig, i, n in _inner_triggers(sent, found, filled, res):
            ctx = Context(sent, trig, i, n, res.grammar, res.cues, topic, previous, spans, focus, recent or {})
            for frame in fill(ctx) if not _impossible(trig.relation, present) else ():
                sentence_candidates.extend(_candidates(ctx, frame, article, evidence_span))
        kept = _one_direction(_prefer_specific(_drop_weak_pairs(sentence_candidates)))
        if res.grammar.succession:
            kept = _with_successions(sent, kept, res, topic, previous, focus, article, evidence_span)
        out.extend(kept)
        out.extend(self._host_owners(sent, kept))
        out.extend(_co_investors(sent, kept, res.grammar))
        out.extend(_chip_dependencies(kept))
        out.extend(_together_partners(sent, kept, found, res, article, evidence_span, topic, previous))
        out.extend(_deal_review(sent, found, kept, res, topic, previous, article, evidence_span))
        out.extend(_gapped(sent, kept, res))
        out.extend(_additive(sent, kept, res))
        out.extend(_comparative(sent, kept, res))
        for product, frame in self._known_makers(sent, res.cues):
            ctx = Context(sent, KNOWN_MAKER, product.start, product.end - product.start,
                          res.grammar, res.cues, topic, previous)
            out.extend(_candidates(ctx, frame, article, evidence_span))
        for named, trigger, frame in self._named_after_owner(sent, res.cues, res.grammar.unit_suffixes):
            ctx = Context(sent, trigger, named.start, named.end - named.start, res.grammar, res.cues, topic, previous)
            out.extend(_candidates(ctx, frame, article, evidence_span))
        for child in sent.mentions:
            if child.owner is not None:  # "Die SAP-Tochter betreibt …": the description says who owns it
                frame = Frame([child], [child.owner], "owner-description", 0.8)
                ctx = Context(sent, OWNER_OF_COMPANY[EntityType.COMPANY], child.start, child.end - child.start,
                              res.grammar, res.cues, topic, previous)
                out.extend(_candidates(ctx, frame, article, evidence_span))
        for owned, trigger, frame in self._owned_companies(sent, res.cues, res.grammar.company_heads):
            ctx = Context(sent, trigger, owned.start, owned.end - owned.start, res.grammar, res.cues, topic, previous)
            out.extend(_candidates(ctx, frame, article, evidence_span))
        products = any(m.type is EntityType.PRODUCT for m in sent.mentions)
        kinds = res.cues.cls("product_head")
        owned = owned_products(sent, res.grammar, res.np_stops | verbs_words(sent, found), kinds) if products else []
        for product, frame in owned:
            ctx = Context(sent, POSSESSIVE_PRODUCT, product.start, product.end - product.start,
                          res.grammar, res.cues, topic, previous)
            out.extend(_candidates(ctx, frame, article, evidence_span))
        if products and topic is not None and res.grammar.house_adjectives:
            for product in _house_products(sent, res.grammar, {id(p) for p, _ in owned}):
                # "Der hauseigene Chatbot AllianzGPT": the company the text is about made it
                frame = Frame([topic], [product], "possessive-product:house", 0.75)
                ctx = Context(sent, POSSESSIVE_PRODUCT, product.start, product.end - product.start,
                              res.grammar, res.cues, topic, previous)
                out.extend(_candidates(ctx, frame, article, evidence_span))
        return sent, out

    # -- lists introduced by a colon ------------------------------------------

    def _list_intro(self, tokens: Tokens, spans, number: int, resolved: list[list[M]], topic: M | None,
                    previous: list[M], res: Language_) -> "ListIntro | None":
        """'Zu den Geldgebern gehören:', 'OpenAI signed deals with publishers. They include:':
        the items that follow fill the place of the plural noun the sentence ends on."""
        start, end = spans[number]
        head = _list_head(tokens, start, end, res.cues)
        if head is None and number > 0 and end - start <= LIST_INTRO_SHORT:
            start = spans[number - 1][0]  # "They include:" continues the sentence before
            head = _list_head(tokens, start, end, res.cues)
        pair = _pair_trigger(tokens, start, end, res)
        if head is None and pair is None:
            return None
        mentions = resolved[number - 1] + resolved[number] if start < spans[number][0] else resolved[number]
        inside = [m for m in mentions if not (head is not None and m.start <= head < m.end)]
        return ListIntro(start, end, head, inside, topic, previous, pair)

    def _list_item(self, tokens: Tokens, article: Article, intro: "ListIntro", start: int, end: int,
                   inside: list[M], res: Language_) -> list[Candidate]:
        """The item's leading names stand in for the intro's plural noun, one candidate each."""
        members = _leading_names(inside, start)
        if not members:
            return []
        span = (tokens.idx[intro.start], tokens.idx[end - 1] + len(tokens.texts[end - 1]))
        if intro.pair is not None and len(members) == 2:  # "drei Partnerschaften: • Amazon und Anthropic"
            return self._pair_item(intro, members, article, span, res)
        if intro.head is None:
            return []
        first = members[0]
        stand_in = M(intro.head, intro.head + 1, first.entity_id, first.name, first.type, LIST_CONFIDENCE,
                     "list", roles=first.roles)
        _, candidates = self._sentence(tokens, intro.start, intro.end, sorted(intro.inside + [stand_in], key=lambda m: m.start),
                                       article, intro.topic, intro.previous, res, evidence_span=span)
        out = []
        for cand in candidates:
            ends = [e for e in (cand.subject, cand.object) if e.origin == "list"]
            if not ends:
                continue
            for member in members:
                copy = replace(cand)
                if cand.subject.origin == "list":
                    copy.subject = replace(cand.subject, entity_id=member.entity_id, name=member.name, type=member.type)
                if cand.object.origin == "list":
                    copy.object = replace(cand.object, entity_id=member.entity_id, name=member.name, type=member.type)
                if fits(copy.relation, copy.subject, copy.object):
                    out.append(copy)
        return out

    def _pair_item(self, intro: "ListIntro", members: list[M], article: Article, span: tuple[int, int],
                   res: Language_) -> list[Candidate]:
        trig = intro.pair
        a, b = (replace(m, confidence=min(m.confidence, LIST_CONFIDENCE)) for m in members)
        if not fits(trig.relation, a, b):
            return []
        status = status_of([], res.cues, trig.status)
        reading = Reading(span[0], span[1], f"{trig.id}:list-pair", status, False,
                          round(trig.confidence * LIST_CONFIDENCE, 3))
        return [Candidate(a, b, trig.relation, reading, {}, trig.kind)]


LIST_INTRO_SHORT = 6  # tokens: "They include:", "Dazu gehören:"
LIST_CONFIDENCE = 0.7


@dataclass
class ListIntro:
    start: int
    end: int
    head: int | None  # token of the plural noun the items stand for
    inside: list[M]
    topic: M | None
    previous: list[M]
    pair: Trigger | None = None  # a symmetric relation noun the items come in pairs for


def _pair_trigger(tokens: Tokens, start: int, end: int, res: Language_) -> Trigger | None:
    """'einen Bericht zu drei Partnerschaften vorgelegt:': the plural relation noun whose
    parties the items name two by two."""
    for k in range(end - 2, start - 1, -1):
        if not res.cues.cls("list_head").has(tokens.lower[k]) and tokens.lower[k].endswith(("en", "s")):
            for trig, n in res.triggers.match_at(tokens.lower[start:end], k - start):
                if trig.kind == "noun" and trig.relation.symmetric and n == 1:
                    return trig
    return None


_BULLETS = ("-", "•", "*", "–", "·", "▪")


def _is_item(text: str, tokens: Tokens, start: int) -> bool:
    """Whether a sentence is a bullet item: its line starts with a bullet marker or a number."""
    at = tokens.idx[start]
    line = text[text.rfind("\n", 0, at) + 1 : at].strip()
    return line in _BULLETS or (line[:-1].isdigit() and line[-1:] in ".)")


HEADING_WORDS = 12  # longer lines without a full stop are sentences that lost it


def _is_heading(text: str, tokens: Tokens, start: int, end: int) -> bool:
    """A short line of its own without closing punctuation ('Building Colossus', '## Money
    from the Musk empire'): a title or subheading, not a bullet item."""
    if end - start > HEADING_WORDS or tokens.texts[end - 1] in (".", "!", "?", ":", ";", "…"):
        return False
    at, stop = tokens.idx[start], tokens.idx[end - 1] + len(tokens.texts[end - 1])
    before = text[text.rfind("\n", 0, at) + 1 : at].strip()
    after_end = text.find("\n", stop)
    after = text[stop : len(text) if after_end < 0 else after_end].strip()
    return not after and before.strip("#").strip() == ""


def _list_head(tokens: Tokens, start: int, end: int, cues: Cues) -> int | None:
    """The last plural noun of the list-head class before the colon ('Geldgeber', 'publishers')."""
    heads = cues.cls("list_head")
    for k in range(end - 2, start - 1, -1):
        if heads.has(tokens.lower[k]):
            return k
    return None


def _leading_names(inside: list[M], start: int) -> list[M]:
    """The name (or coordinated names) an item starts with: '- der Softwarekonzern SAP,'."""
    if not inside or inside[0].start - start > ITEM_REACH:
        return []
    first = inside[0]
    members = [first]
    for m in inside[1:]:
        if m.start - members[-1].end <= 2:
            members.append(m)
        else:
            break
    return members


ITEM_REACH = 5


def _repeated_discoveries(tokens: Tokens, mentions: list[M], absorbed: set[int], determiners) -> list[M]:
    """A name introduced once ('das Start-up Parlant', 'den Übersetzer DeepL Voice') is the
    same entity wherever the text repeats it; a repeat that starts with a known name
    ('DeepL Voice') replaces that shorter mention, as the introduction did. A bare capitalised
    name read inside a sentence is also the name where a sentence opens with it ('Qai also
    held talks'), which the reading of capitals alone cannot tell from an opening word."""
    found = {}
    for m in mentions:
        if m.origin == "discovered":
            found.setdefault(tuple(tokens.texts[m.start : m.end]), m)
    for m in mentions:  # discovered names first: a candidate repeats only what nothing else names
        if m.origin == discovery.CANDIDATE_ORIGIN:
            found.setdefault(tuple(tokens.texts[m.start : m.end]), m)
    if not found:
        return [m for m in mentions if not (m.start in absorbed and m.origin == "kb")]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for seq in sorted(found, key=len, reverse=True):
        by_first.setdefault(seq[0], []).append(seq)
    taken = {i for m in mentions if m.origin != "kb" for i in range(m.start, m.end)}
    known = {m.start: m for m in mentions if m.origin == "kb"}
    extra: list[M] = []
    texts = tokens.texts
    for k in [k for k, word in enumerate(texts) if word in by_first]:  # where a repeat can start
        for seq in by_first[texts[k]]:
            n = len(seq)
            if tuple(texts[k : k + n]) != seq or any(i in taken for i in range(k, k + n)):
                continue
            model = found[seq]
            if model.origin == discovery.CANDIDATE_ORIGIN and k > 0 and determiners.has_lower(tokens.lower[k - 1]):
                continue  # "a Postgres specialist": after an article a candidate is a noun's modifier
            inner = [known[i] for i in range(k, k + n) if i in known]
            if any(m.end > k + n for m in inner) or (k - 1 in taken):
                continue
            extra.append(M(k, k + n, model.entity_id, model.name, model.type, model.confidence, model.origin))
            taken.update(range(k, k + n))
            absorbed.update(m.start for m in inner)
            break
    kept = [m for m in mentions if not (m.start in absorbed and m.origin == "kb")]
    return kept + extra


PAIR_REACH = 4  # sentences a pair phrase ("both companies") may look back


def _named_pair(sent: Sent, number: int) -> tuple[M, M, int] | None:
    """The last group of exactly two companies in the sentence ('OpenAI and Microsoft')."""
    for group in reversed(sent.groups):
        companies = {m.entity_id: m for m in group if m.type is EntityType.COMPANY and m.origin != "pair"}
        if len(companies) == 2:
            a, b = companies.values()
            return a, b, number
    return None


def _pair_phrase_places(tokens: Tokens, grammar: Grammar) -> list[int]:
    """Where a pair phrase starts in the document, sorted: read once per document, as the
    phrases open with articles that most sentences hold ('the', 'die')."""
    lower, phrases = tokens.lower, grammar.pair_pronouns
    return [k for k in phrases.positions(lower, tokens.vocab) if phrases.phrase_at(lower, k) >= 2]


def _with_pair_phrase(tokens: Tokens, start: int, end: int, inside: list[M], pair, grammar: Grammar,
                      places: list[int] | None = None) -> list[M]:
    """'against both companies', 'beide Unternehmen': the two companies last named together,
    as two coordinated mentions over the phrase's words (``places``: where the document's
    pair phrases start, see _pair_phrase_places)."""
    lower = tokens.lower
    if places is None:
        places = _pair_phrase_places(tokens, grammar)
    # a phrase cut by the sentence's end is shorter or none: it is read again within the sentence
    places = places[bisect_left(places, start) : bisect_left(places, end)]
    if not places:
        return inside
    covered = {i for m in inside for i in range(m.start, m.end)}
    for k in places:
        n = grammar.pair_pronouns.phrase_at(lower[k:end], 0)
        if n < 2 or any(i in covered for i in range(k, k + n)):
            continue
        # "Nvidia hat sich an Intel beteiligt; beide Unternehmen wollen …": the two companies of
        # the clause before, in the same sentence
        before = {m.entity_id: m for m in inside if m.end <= k and m.type is EntityType.COMPANY and m.origin != "pair"}
        if len(before) == 2 and any(t in (";", ":") for t in tokens.texts[max(m.end for m in before.values()):k]):
            a, b = before.values()
        elif pair is None:
            return inside
        else:
            a, b, _ = pair
        first = M(k, k + n - 1, a.entity_id, a.name, a.type, TOPIC_CONFIDENCE, "pair", roles=a.roles)
        second = M(k + n - 1, k + n, b.entity_id, b.name, b.type, TOPIC_CONFIDENCE, "pair", roles=b.roles)
        return sorted(inside + [first, second], key=lambda m: m.start)
    return inside


def _with_person_pronouns(tokens: Tokens, start: int, end: int, inside: list[M], history: list[list[M]],
                          grammar: Grammar) -> list[M]:
    """'xAI, the AI company he founded': 'he' and 'she' stand for the person named last, in this
    sentence or the one before (English only: German 'er' and 'sie' also stand for companies)."""
    if not grammar.person_pronouns:
        return inside
    lower = tokens.lower
    places = [k for k in range(start, end) if lower[k] in grammar.person_pronouns]
    if not places:
        return inside
    earlier = [m for sentence in history[-1:] for m in sentence if m.type is EntityType.PERSON]
    covered = {i for m in inside for i in range(m.start, m.end)}
    added = []
    for k in places:
        if k in covered:
            continue
        before = [m for m in inside if m.type is EntityType.PERSON and m.end <= k] or earlier
        if not before:
            continue
        person = before[-1]
        added.append(M(k, k + 1, person.entity_id, person.name, person.type, TOPIC_CONFIDENCE, "pronoun",
                       roles=person.roles))
    return sorted(inside + added, key=lambda m: m.start) if added else inside


def _framing_company(tokens: Tokens, start: int, inside: list[M], grammar: Grammar) -> list[M]:
    """'For Cisco, the venture is a chance …, where it competes with Nvidia', 'Für Nvidia geht
    es darum, …': a sentence framed by a company speaks of it where it leaves a subject out."""
    if not inside or tokens.lower[start] not in grammar.framing_preps:
        return []
    first = inside[0]
    if first.start != start + 1 or first.type is not EntityType.COMPANY or first.genitive:
        return []
    if first.end >= len(tokens.texts):
        return []
    after = tokens.texts[first.end]
    # "Für Google ist der Auftrag ein Erfolg im Wettbewerb mit X": German puts the verb right
    # after the framing phrase, and a lower-case word there is that verb
    return [first] if after == "," or (grammar.verb_final and after.isalpha() and after.islower()) else []


def _with_contractions(trig: Trigger, contractions: dict[str, str]) -> Trigger:
    """The trigger with each preposition's fused forms beside it ('bei' → 'beim'), so that
    the lexicon states a preposition once."""
    if not contractions:
        return trig

    def fused(preps: tuple[str, ...]) -> tuple[str, ...]:
        return preps + tuple(c for c, base in contractions.items() if base in preps and c not in preps)

    return replace(trig, obj_preps=fused(trig.obj_preps), subj_preps=fused(trig.subj_preps),
                   pair_preps=fused(trig.pair_preps))


def _leading_possessor(sent: Sent, grammar: Grammar, opening: bool = True) -> M | None:
    """The company whose possession a sentence is about: a genitive in its first clause, or
    the owner after the noun that opens the sentence ('Shares of Nebius jumped', 'Die Aktie
    von Nvidia legte zu')."""
    for m in sent.mentions:
        if m.clause != 0:
            break
        if m.type is EntityType.COMPANY and m.genitive:
            return m
        k = m.start - sent.start
        if opening and m.type is EntityType.COMPANY and m.prep in grammar.possessive_preps and 2 <= k <= OPENING_NOUN_REACH \
                and sent.lower[k - 1] == m.prep and sent.words[k - 2].isalpha():
            return m
        if m.bare and m.type is EntityType.COMPANY:
            break
    return None


OPENING_NOUN_REACH = 3  # tokens from the sentence start to the owner of its opening noun ("Die Aktie von X")


MODEL_LABELS = {"ORG": EntityType.COMPANY, "PER": EntityType.PERSON, "PERSON": EntityType.PERSON}
MODEL_CONFIDENCE = 0.7


VERSION_CONFIDENCE = 0.85  # a known product's name with a version number after it
_VERSION = re.compile(r"^\d{1,2}(\.\d{1,2})?[a-z]?$")


def _version_after(texts: list[str], end: int, res: Language_) -> int:
    """Tokens of a version number right after a product name ('4' of 'Llama 4', '2.5' of 'Gemini
    2.5'); none before a quantity ('Llama 3 Prozent', '4 billion') or a unit of money."""
    if end >= len(texts) or not _VERSION.match(texts[end]):
        return 0
    nxt = texts[end + 1].lower() if end + 1 < len(texts) else ""
    cues = res.cues
    if nxt in ("%", "-", "–") or cues.scales.get(nxt.rstrip(".")) or nxt in cues.currencies or nxt in res.grammar.quantity_words:
        return 0
    return 1


def article_text(tokens: Tokens, doc: Doc, start: int, end: int) -> str:
    return doc.text[tokens.idx[start] : tokens.idx[end - 1] + len(tokens.texts[end - 1])]


def _model_entity(start: int, end: int, label: str, text: str) -> discovery.Found | None:
    """An ORG/PERSON entity of an installed statistical pipeline joins in at lower confidence."""
    etype = MODEL_LABELS.get(label)
    name = text.strip()
    if etype is None or len(name) < 2 or not name[:1].isupper():
        return None
    entity = Entity(id=slugify(name), name=name, type=etype, confidence=MODEL_CONFIDENCE, origin="model")
    return discovery.Found(entity, M(start, end, entity.id, name, etype, MODEL_CONFIDENCE, "model"))


GAP_CONFIDENCE = 0.8


# relations one of whose ends can come only from a name in the sentence itself: the topic,
# the sentence before and the article's focus only ever stand for companies
_NEEDS_IN_SENTENCE = {RelationType.LEADS: EntityType.PERSON, RelationType.REGULATES: EntityType.REGULATOR,
                      RelationType.DEVELOPS: EntityType.PRODUCT, RelationType.INTEGRATES: EntityType.PRODUCT}


def _impossible(relation: RelationType, present: set) -> bool:
    needed = _NEEDS_IN_SENTENCE.get(relation)
    return needed is not None and needed not in present


def _gapped(sent: Sent, candidates: list[Candidate], res: Language_) -> list[Candidate]:
    """'Microsoft will fünf Milliarden in Anthropic investieren, der Chipkonzern Nvidia bis zu
    zehn Milliarden', 'Amazon put $8bn into Anthropic, Google $3bn': a last clause of a name
    and an amount, without a verb, repeats the clause before it for that name."""
    gap = _gap_subject(sent, res)
    if gap is None or not candidates:
        return []
    name, words = gap
    out = []
    for c in candidates:
        if c.subject.end > name.start or c.object.end > name.start or c.subject.entity_id == name.entity_id:
            continue
        if c.relation not in MONEY_RELATIONS or c.subject.type is not name.type or c.object.entity_id == name.entity_id:
            continue
        out.append(_with_subject(c, name, "+gapped", GAP_CONFIDENCE, money(words, res.cues)))
    return out


def _with_subject(c: Candidate, subject: M, how: str, factor: float, amount: dict | None = None) -> Candidate:
    """The clause's reading for another subject, at a lower confidence; the amount it names
    belongs to the first subject unless the other one has its own."""
    reading = c.evidence._replace(rule=c.evidence.rule + how, confidence=round(c.evidence.confidence * factor, 3))
    attributes = {k: v for k, v in c.attributes.items() if k not in ("amount", "currency")}
    return replace(c, subject=subject, evidence=reading, attributes={**attributes, **(amount or {})})


ADDITIVE_CONFIDENCE = 0.85


def _additive(sent: Sent, candidates: list[Candidate], res: Language_) -> list[Candidate]:
    """'an dem neben OpenAI auch SoftBank beteiligt ist', 'invested alongside Microsoft': a
    name after a preposition of addition does what the clause's subject does."""
    preps = res.grammar.additive_preps
    if not preps or not candidates:
        return []
    extra = [m for m in sent.mentions if m.prep in preps]
    out = []
    for m in extra:
        for c in candidates:
            if c.subject.clause != m.clause or c.subject.type is not m.type or not c.subject.bare:
                continue
            if c.trigger_kind == "role":
                continue  # "Neben Wang holte Zuckerberg den früheren GitHub-Chef Nat Friedman": a title is its holder's
            if m.entity_id in (c.subject.entity_id, c.object.entity_id) or c.relation.symmetric:
                continue
            out.append(_with_subject(c, m, "+additive", ADDITIVE_CONFIDENCE))
    return out


def _comparative(sent: Sent, candidates: list[Candidate], res: Language_) -> list[Candidate]:
    """'Nvidia was among its first backers, as were Microsoft and Databricks': names after a
    comparative ending ('as were', 'as did') share what the clause before says of its subject."""
    openers = res.grammar.comparative_openers
    if not openers or not candidates:
        return []
    lower = sent.lower
    at = next((k for k in range(1, len(lower) - 1) if sent.words[k - 1] == "," and (lower[k], lower[k + 1]) in openers), None)
    if at is None:
        return []
    after = [m for m in sent.mentions if m.start >= sent.start + at + 2]
    names = sent.group_of(after[0]) if after else []  # the list right after it, not a later apposition's names
    out = []
    for c in candidates:
        if c.subject.end > sent.start + at or c.object.end > sent.start + at:
            continue
        for m in names:
            # "Jeff Bezos was among its first backers, as were NEA and Databricks Ventures": any
            # name that can hold the subject's place
            if m.type not in SIGNATURES[c.relation][0] or m.entity_id in (c.subject.entity_id, c.object.entity_id):
                continue
            out.append(_with_subject(c, m, "+comparative", ADDITIVE_CONFIDENCE))
    return out


def _gap_subject(sent: Sent, res: Language_) -> tuple[M, list[str]] | None:
    """The name opening the sentence's last comma part, when nothing after it but an amount."""
    words = sent.words
    for m in reversed(sent.mentions):
        if m.type is not EntityType.COMPANY or m.prep is not None or m.genitive or m.compound:
            continue
        tail = gap_tail(sent, m, res.cues)
        return (m, tail) if tail else None
    return None


def _fresh(m: M) -> M:
    return M(m.start, m.end, m.entity_id, m.name, m.type, m.confidence, m.origin, m.genitive, roles=m.roles, made=m.made,
             maker=m.maker, owner=m.owner)


def _with_topic_phrase(tokens: Tokens, start: int, end: int, inside: list[M], topic: M | None, grammar: Grammar,
                       refs=None) -> list[M]:
    """'Das Unternehmen ...', 'sammelte das Start-up ...', 'The company ...' refer to the
    topic; a bare pronoun ('Es', 'It') does only at the very start of a sentence. A phrase
    naming a kind the topic is not ('das Start-up' for Siemens) is left to the descriptions."""
    if topic is None:
        return inside
    reach = min(end, start + TOPIC_REACH)
    words = tokens.texts[start:reach]
    for k in grammar.topic_phrases.positions(tokens.lower[start:reach], tokens.vocab):
        n = grammar.topic_phrases.phrase_at(words, k)
        if n <= 0 or (n == 1 and k > 0):
            continue
        if any(m.start < start + k + n for m in inside):
            return inside  # a name comes first: it is the subject
        if n > 1 and any(m.start == start + k + n for m in inside):
            return inside  # "der Chipkonzern Nvidia": the phrase introduces the name after it
        if refs is not None and topic.roles and not _kind_fits(refs, tokens.lower[start + k : start + k + n], topic):
            return inside
        stand_in = M(start + k, start + k + n, topic.entity_id, topic.name, topic.type, TOPIC_CONFIDENCE, "topic",
                     roles=topic.roles)
        # "Its closest rival, Runway, raised …": a possessive owns the phrase, it is no subject
        stand_in.genitive = n == 1 and tokens.lower[start + k] in grammar.possessive_pronouns
        return sorted([stand_in] + inside, key=lambda m: m.start)
    return inside


TOPIC_REACH = 8


def _co_investors(sent: Sent, kept: list[Candidate], grammar: Grammar) -> list[Candidate]:
    """'Nvidia invested in Nebius alongside Accel and Orbis', 'neben Nvidia beteiligte sich
    auch …': the companies an investor invests alongside invest in the same company."""
    out = []
    for c in kept:
        if c.relation is not RelationType.INVESTS_IN:
            continue
        for m in sent.mentions:
            alongside = m.prep in grammar.alongside_preps or (  # "gemeinsam mit der Schwarz-Gruppe", "together with"
                m.prep in grammar.comitative_preps and (together_with(sent, m, grammar) or _taking_part(sent, m, grammar)))
            # in the clause that holds the investment: a relative clause ("Nvidia, which invested in
            # Nebius alongside Accel"; "G42, in which Microsoft invested, is building a campus
            # together with OpenAI": not OpenAI) opens after the main clause, so has the later id
            if alongside and m.clause == max(c.subject.clause, c.object.clause) and not m.genitive \
                    and m.type in SIGNATURES[RelationType.INVESTS_IN][0] and m.entity_id not in (c.subject.entity_id, c.object.entity_id):
                reading = c.evidence._replace(rule=c.evidence.rule + "+alongside", confidence=c.evidence.confidence * 0.9)
                out.append(replace(c, subject=m, evidence=reading))
    return out


def _taking_part(sent: Sent, m: M, grammar: Grammar) -> bool:
    """'led by a16z, with Nvidia, AMD and Cisco also taking part': the names of a comitative
    phrase that a participle of taking part closes share in the clause's investment."""
    if not grammar.participation_phrases:
        return False
    lower, after = sent.lower, max(g.end for g in sent.group_of(m)) - sent.start
    for k in range(after, min(after + PARTICIPATION_REACH, len(lower))):  # "… and the trading firm Jane Street also taking part"
        if lower[k] in (",", ";", ".", ":") or sent.clause_of[k] != m.clause:
            return False
        if lower[k] not in grammar.participation_adverbs and any(tuple(lower[k:k + len(p)]) == p for p in grammar.participation_phrases):
            return True
    return False


PARTICIPATION_REACH = 8


def _together_partners(sent: Sent, kept: list[Candidate], found, res: Language_, article, evidence_span,
                       topic, previous) -> list[Candidate]:
    """'Samsung SDS soll gemeinsam mit OpenAI Rechenzentren planen', 'is building the campus
    together with Crusoe': a company doing something together with another is its partner,
    whatever the verb; not where the pair already has a tie in the sentence, nor for an
    investment's co-investors."""
    grammar = res.grammar
    if not grammar.together_adverbs:
        return []
    out = []
    for m in sent.mentions:
        if m.type is not EntityType.COMPANY or m.compound or m.prep not in grammar.comitative_preps \
                or not together_with(sent, m, grammar):
            continue
        if any(t.relation is RelationType.INVESTS_IN and sent.clause_of[i - sent.start] == m.clause for t, i, _ in found):
            continue  # "gemeinsam mit der Schwarz-Gruppe beteiligt": co-investors
        subject = sent.clause_subject(m.clause, {m.entity_id}, {EntityType.COMPANY})
        if not subject:
            continue
        ids = {subject[0].entity_id, m.entity_id}
        if any({c.subject.entity_id, c.object.entity_id} == ids for c in kept):
            continue
        ctx = Context(sent, TOGETHER, m.prep_at, 1, grammar, res.cues, topic, previous)
        out.extend(_candidates(ctx, Frame(subject[:1], [m], TOGETHER.id, 0.7), article, evidence_span))
    return out


CHIP_MAKER_ROLES = frozenset({"chip_designer", "foundry"})


def _chip_dependencies(kept: list[Candidate]) -> list[Candidate]:
    """'setzt beim Fahren auf Nvidia', 'depends on TSMC': a company that relies on a chip designer
    or foundry relies on its chips, so the chip company supplies it."""
    out = []
    for c in kept:
        if c.relation is RelationType.DEPENDS_ON and c.object.type is EntityType.COMPANY \
                and c.subject.type is EntityType.COMPANY and CHIP_MAKER_ROLES.intersection(c.object.roles) \
                and not c.evidence.negated and not any(tag in c.evidence.rule for tag in ("+prev", "+topic")):
            # the dependent is named, and a denied dependency says nothing of the supply
            reading = c.evidence._replace(rule=c.evidence.rule + "+chip-maker", confidence=c.evidence.confidence * 0.9)
            out.append(replace(c, subject=c.object, object=c.subject, relation=RelationType.SUPPLIES_CHIPS_TO,
                               evidence=reading))
    return out


def _kind_fits(refs, phrase: list[str], topic: M) -> bool:
    """Whether the kind a topic phrase's head names ('start-up', 'chipmaker') suits the topic's
    known roles; a phrase of no particular kind suits any company."""
    for j in range(len(phrase)):
        n, head = refs.head_at(phrase, j, len(phrase))
        if head is not None and j + n == len(phrase):
            return not head.roles or bool(head.roles & set(topic.roles))
    return True


def _triggers(sent: Sent, res: Language_):
    words, lower, index, cues = sent.words, sent.lower, res.triggers, res.cues
    starts = index.positions(lower)
    if not starts:
        return
    covered = set()
    heads = set()  # "The round was led by X": a description's head may open a longer trigger
    for m in sent.mentions:
        covered.update(range(m.start - sent.start, m.end - sent.start))
        if m.origin == "reference":
            heads.add(m.end - 1 - sent.start)
        elif m.origin == "topic" and m.end - m.start == 1:
            heads.add(m.start - sent.start)  # "It was led by a16z": the pronoun opens a longer trigger
    readings, english = res.trigger_readings, res.lang == "en"
    grammar = res.grammar
    separable = grammar.separable
    reaches, reach_of = index.reach_table, index.reach
    last = len(words) - 2  # a hyphen compound needs two more tokens
    free = 0  # tokens before this belong to a trigger already found
    for i in starts:
        word = words[i]
        if i < free or (i in covered and i not in heads) or not (word[:1].isalpha() or word == "%"):
            continue  # a trigger starts with a letter, or is the percent sign ("holds 27% of X")
        # everything the readings of a trigger word depend on: the word, the words its longest
        # form spans, the word before it (English) or whether it opens the sentence (German),
        # whether it modifies a hyphen compound (see _compound_modifier), and whether a German
        # participle stands in an extended attribute (see _attributive)
        low = lower[i]
        reach = reaches.get(low) or reach_of(low)
        key = (word, tuple(lower[i + 1 : i + reach]), lower[i - 1] if english and i > 0 else i == 0,
               i < last and words[i + 1] in _HYPHENS and words[i + 2][:1].isalpha() and not sent.spaced[i],
               not english and word.islower() and _attributive(words, i, grammar))
        found = readings.get(key)
        if found is None:
            if len(readings) >= 200_000:
                readings.clear()
            matches = _trigger_readings(sent, i, res)
            # whether any reading depends on the cue classes of the sentence, and whether any
            # is a separable verb's
            found = readings[key] = (matches, any(t.requires or t.excludes for t, _ in matches),
                                     any(t.id in grammar.separable_ids for t, _ in matches))
        usable, conditional, particled = found
        if i in covered:
            usable = [(t, n) for t, n in usable if n > 1]
        if separable and usable and (low in grammar.particle_verbs
                                      or (particled and any(t.id in grammar.separable_ids for t, _ in usable))):
            usable = _separable(sent, i, usable, grammar)
        if conditional:
            usable = [(t, n) for t, n in usable if not (t.requires or t.excludes) or _context_ok(t, sent, cues, i)]
        if usable:
            best_len = usable[0][1]
            for trig, n in usable:
                if n == best_len:
                    yield trig, sent.start + i, n
            free = i + best_len


def _says_making(sent: Sent, product: M, cues: Cues) -> bool:
    """'der ChatGPT-Entwickler', 'the ChatGPT maker': the description's head says who makes it."""
    words = sent.lower[product.end - sent.start : product.end - sent.start + 3]
    return any(cues.cls("maker_noun").has(w) for w in words if w not in ("-", "–"))


def _kind_phrase(gap: list[str], cues: Cues, heads: tuple[str, ...] = ()) -> bool:
    """A short phrase that names a company's kind ('AI company', 'KI-Firma'), after an optional 's."""
    words = gap[1:] if gap[:1] in (["'s"], ["’s"]) else gap
    if not 0 < len(words) <= 4 or not all(w.isalpha() or w == "-" for w in words):
        return False
    lower = [w.lower() for w in words]
    joined = "".join(lower)  # "KI - Firma" as one compound
    companies = cues.cls("company_noun")
    return companies.has(lower[-1]) or companies.has(joined) or any(
        companies.phrase_at(lower, k) == len(lower) - k for k in range(len(lower))) or (
        bool(heads) and len(lower[-1]) > 7 and lower[-1].endswith(heads))  # "Chipschmiede": a German compound


def _separable(sent: Sent, i: int, matches, grammar: Grammar):
    """German separable verbs: 'baut … ein' is 'einbauen', 'steigt … ein' is 'einsteigen'. A
    trigger that needs a particle reads a bare finite verb only where the particle closes its
    clause; a verb whose particle closes the clause reads only as that particle verb."""
    word = sent.lower[i]
    clause = sent.clause_of[i]
    key = ("particle", clause)
    if key not in sent.cache:
        last = next((k for k in range(len(sent.words) - 1, -1, -1)
                     if sent.clause_of[k] == clause and sent.words[k].isalpha()), None)
        # a list the clause runs into ("stellt … Modelle bereit, darunter Claude und Llama")
        # puts the particle before a comma
        inner = frozenset(sent.lower[k - 1] for k in range(1, len(sent.words))
                          if sent.words[k] == "," and sent.clause_of[k - 1] == clause
                          and sent.lower[k - 1] in grammar.separable)
        sent.cache[key] = (sent.lower[last] if last is not None and sent.lower[last] in grammar.separable else None,
                           inner)
    particle, inner = sent.cache[key]
    out = []
    for t, n in matches:
        needs = [p for p, ids in grammar.separable.items() if t.id in ids]
        if needs and not word.startswith(tuple(needs)) and n == 1:
            if particle not in needs and inner.isdisjoint(needs):
                continue  # "baut Chips": no "ein" at the end, no building in
        elif particle is not None and word in grammar.particle_verbs and t.id not in grammar.separable[particle]:
            continue  # "baut den Chatbot … ein": not building a chatbot
        out.append((t, n))
    return out


def _inner_triggers(sent: Sent, found, filled: set[int], res: Language_):
    """Triggers starting inside a phrase trigger none of whose frames was filled."""
    for start, n in sorted({(i, n) for _, i, n in found if n > 1 and i not in filled}):
        for k in range(start - sent.start + 1, start - sent.start + n):
            usable = [(t, m) for t, m in _trigger_readings(sent, k, res)
                      if not (t.requires or t.excludes) or _context_ok(t, sent, res.cues, k)]
            if usable:
                best = usable[0][1]
                yield from ((t, sent.start + k, m) for t, m in usable if m == best)
                break


def _trigger_readings(sent: Sent, i: int, res: Language_) -> list[tuple[Trigger, int]]:
    """The triggers a word at position i can be, by its form and its neighbours alone."""
    words, lower, cues = sent.words, sent.lower, res.cues
    matches = _by_word_class(res.triggers.match_at(lower, i), words[i], i, res.lang, words, res.grammar)
    if i > 0 and res.lang == "en" and (
        cues.determiners.has(lower[i - 1]) or lower[i - 1] in res.grammar.noun_modifiers
        or (lower[i - 1] in res.grammar.prepositions and lower[i - 1] != "to" and not _gerund(lower, i, res.grammar))
    ):
        matches = [(t, n) for t, n in matches if t.kind != "verb"]  # "the fund", "hedge fund", "with rival firms": a noun
    if res.lang == "en" and lower[i].endswith("ing") and i + 1 < len(lower) and (
            cues.cls("company_noun").has(lower[i + 1]) or cues.cls("product_head").has(lower[i + 1])
            or any(t.kind == "role" and len(p) == 1 for t, p in res.triggers.candidates(lower[i + 1]))):
        matches = [(t, n) for t, n in matches if t.kind != "verb" or n > 1]  # "its training partner": an attribute
    if _compound_modifier(words, i, sent.spaced):
        matches = [(t, n) for t, n in matches if n > 1]
    if res.lang == "en" and i >= 2 and words[i - 1] in ("-", "–") and words[i - 2].islower() and len(words[i - 2]) > 3:
        matches = [(t, n) for t, n in matches if t.kind != "verb"]  # "better-funded rivals": an adjective ('co-founded' stays a verb)
    return matches


def _gerund(lower: list[str], i: int, grammar: Grammar) -> bool:
    """'the business of licensing chip designs to …', 'by acquiring Inflection': an -ing form
    after a preposition still takes the verb's arguments (not when a determiner or name
    follows it as its own modifier: 'with funding from X' stays a noun)."""
    return lower[i].endswith("ing") and i + 1 < len(lower) and lower[i + 1] not in grammar.gerund_noun_followers


def verbs_words(sent: Sent, found) -> set[str]:
    return {sent.lower[i - sent.start] for trig, i, n in found if trig.kind == "verb"}


_HYPHENS = ("-", "–")


def _compound_modifier(words: list[str], i: int, spaced=None) -> bool:
    """'Übernahme-Gerüchte', 'Partner-Programm': the head after the hyphen decides, not the trigger
    (a dash with a space before it, 'beteiligt – ein Punkt', joins nothing)."""
    return i + 2 < len(words) and words[i + 1] in _HYPHENS and words[i + 2][:1].isalpha() \
        and not (spaced is not None and spaced[i])


def _by_word_class(matches, word: str, i: int, lang: str, words: list[str] | None = None, grammar: Grammar | None = None):
    """German capitalises nouns: 'Beteiligung' is not the verb 'beteiligt'."""
    if lang != "de" or i == 0 or len(matches) < 2:
        return matches
    nominal = [(t, n) for t, n in matches if t.kind != "verb"]
    verbal = [(t, n) for t, n in matches if t.kind == "verb"]
    if word[:1].isupper():
        return nominal or matches
    if words is not None and grammar is not None and _attributive(words, i, grammar):
        return [(t, n) for t, n in nominal if t.kind == "adj"] + verbal or matches
    return verbal or matches


ATTRIBUTE_REACH = 8  # tokens between an article and the participle of its extended attribute


def _attributive(words: list[str], i: int, grammar: Grammar) -> bool:
    """'der von Amazon und Google finanzierte Claude-Entwickler': an article, an agent phrase
    and an inflected participle before a noun make an extended attribute, not a finite verb."""
    if not grammar.articles or i + 1 >= len(words) or not words[i + 1][:1].isupper() or not words[i].endswith(
            ("e", "en", "er", "es")):
        return False
    agent = False
    for k in range(i - 1, max(-1, i - 1 - ATTRIBUTE_REACH), -1):
        low = words[k].lower()
        if low in (",", ";", ":") and not agent:
            return False
        if low in grammar.agent_preps:
            agent = True
        elif agent and low in grammar.articles:
            return True
    return False


LEADING_PHRASE = 5  # tokens of a short phrase set off before the main clause ("Within hours,")
DEAL_RELATIONS = frozenset({RelationType.ACQUIRES, RelationType.INVESTS_IN, RelationType.PARTNERS_WITH,
                            RelationType.LICENSES_TO})
DEAL_REACH = 2  # sentences a deal stays the one a regulator's "the deal" means


SUCCESSION = trigger(id="succession", forms=("-",), match="exact", kind="role", relation=RelationType.LEADS,
                     confidence=0.75)


def _with_successions(sent: Sent, kept: list[Candidate], res: Language_, topic, previous, focus, article,
                      evidence_span) -> list[Candidate]:
    """'Tan, who succeeded Gelsinger as Intel's chief executive': the successor leads the
    company, the predecessor led it. The company is the one a title in the sentence names for
    either person, else, where the sentence speaks of the top job, the company the text is about."""
    changes = successions(sent, res.grammar, res.cues.passive_aux)
    if not changes:
        return kept
    out = list(kept)
    for change in changes:
        people = {change.successor.entity_id, change.predecessor.entity_id}
        titled = [c.object for c in kept if c.relation is RelationType.LEADS and c.subject.entity_id in people]
        company, score = titled[:1], 0.9
        if not company:
            # the top job, said in the sentence or left to the story ("Intel hat einen neuen Chef.
            # Tan, der die Nachfolge Gelsingers angetreten hatte, …")
            score = 0.8 if any(w in res.grammar.leadership_words for w in sent.lower) else 0.6
            company = [topic] if topic is not None and topic.type is EntityType.COMPANY else (
                [focus] if focus is not None else [])
        if not company:
            continue
        out = [c for c in out if not (c.relation is RelationType.LEADS and c.subject.entity_id in people
                                      and c.object.entity_id == company[0].entity_id)]
        ctx = Context(sent, SUCCESSION, sent.start + change.at, 1, res.grammar, res.cues, topic, previous)
        for c in _candidates(ctx, Frame([change.successor], company, "succession:successor", score), article, evidence_span):
            ended = c.evidence.status is Status.ENDED  # "abgelöst" ends the predecessor's time, not the successor's
            out.append(replace(c, evidence=c.evidence._replace(status=Status.ACTIVE)) if ended else c)
        for c in _candidates(ctx, Frame([change.predecessor], company, "succession:predecessor", score * 0.95),
                             article, evidence_span):
            out.append(replace(c, evidence=c.evidence._replace(status=Status.ENDED)))
    return out


def _titled_speaker_company(sent: Sent, cues: Cues) -> M | None:
    """The company in the title of a person quoted after a reporting verb ('sagte Telekom-Chef
    Tim Höttges', 'said Nvidia chief executive Jensen Huang')."""
    reporting = cues.cls("reporting_verb")
    for k, low in enumerate(sent.lower):
        if not reporting.has_lower(low):
            continue
        after = [m for m in sent.mentions if m.start - sent.start > k and m.start - sent.start <= k + 2]
        if after and after[0].type is EntityType.COMPANY and any(
                p.type is EntityType.PERSON and 0 < p.start - after[0].end <= 4 for p in sent.mentions):
            return after[0]
    return None


def _another_given_name(word: str, cues: Cues) -> bool:
    """A capitalised word right before a surname that is neither a title nor an article."""
    return word.isalpha() and word.istitle() and not cues.cls("person_role").has_lower(word.lower()) \
        and not cues.determiners.has_lower(word.lower()) and not cues.cls("company_noun").has_lower(word.lower())


def _house_products(sent: Sent, grammar: Grammar, owned: set[int]) -> list[M]:
    """Products right after an adjective of the company's own ('der hauseigene Chatbot X')
    that no name in the sentence owns."""
    out = []
    for m in sent.mentions:
        if m.type is not EntityType.PRODUCT or id(m) in owned or m.compound:
            continue
        r = m.start - sent.start
        before = sent.lower[max(0, r - 3) : r]
        if any(w.startswith(grammar.house_adjectives) for w in before) and all(w.isalpha() or w == "-" for w in before):
            out.append(m)
    return out


def _ends_taking_part(sent: Sent, grammar: Grammar) -> bool:
    """'Nvidia and Microsoft also participated.': a sentence that ends on taking part, with
    nothing taken part in, takes part in the last sentence's round."""
    lower = [w for w in sent.lower if w.isalpha()]
    if _holds_phrase(lower, grammar.taking_part_phrases):
        return True  # "Mit dabei ist auch der Rüstungskonzern Saab"
    while lower and lower[-1] in grammar.closing_adverbs:
        lower.pop()
    return any(tuple(lower[-len(p):]) == p for p in grammar.closing_participations if len(lower) > len(p))


def _holds_phrase(lower: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``phrases`` occurs in the words ``lower``: a phrase is compared only
    where its first word stands, and not at all when that word is missing."""
    present = set(lower)
    for phrase in phrases:
        if not phrase:
            continue  # an empty line of the word list names nothing
        first, n = phrase[0], len(phrase)
        if first in present and any(w == first and tuple(lower[k : k + n]) == phrase for k, w in enumerate(lower)):
            return True
    return False


def _take_up(sent: Sent, carried: tuple[str, ...], pronouns: frozenset[str], whole: bool = False) -> None:
    """'Angeführt wurde sie von HV Capital', 'It was led by a16z': a pronoun stands for the
    previous sentence's round, so the sentence and the pronoun's clause count as naming one
    (``whole``: every clause does, 'Nvidia also participated.')."""
    for k, word in enumerate(sent.lower):
        if whole or word in pronouns:
            for cls in carried:
                sent.cache[cls] = True
                sent.cache[(cls, sent.clause_of[k])] = True


def _context_ok(trig, sent: Sent, cues: Cues, i: int = -1) -> bool:
    """Whether the sentence has a class the trigger requires and none it excludes (once per
    sentence, or clause, and pair of class lists: many triggers share them); a class bound to
    the clause must be in the trigger's own clause."""
    # a supply verb's goods may show in who supplies ("der Auftragsfertiger beliefert")
    by_roles = trig.id in cues.role_goods_triggers
    if i >= 0 and cues.clause_bound and not cues.clause_bound.isdisjoint(trig.requires):
        key = ("classes", trig.requires, trig.excludes, sent.clause_of[i], by_roles)
        hit = sent.cache.get(key)
        if hit is None:
            hit = sent.cache[key] = _classes_ok(trig.requires, trig.excludes, sent, cues, sent.clause_of[i], by_roles)
        return hit
    key = (trig.requires, trig.excludes, by_roles)
    hit = sent.cache.get(key)
    if hit is None:
        hit = sent.cache[key] = _classes_ok(trig.requires, trig.excludes, sent, cues, by_roles=by_roles)
    return hit


def _classes_ok(requires: tuple[str, ...], excludes: tuple[str, ...], sent: Sent, cues: Cues,
                clause: int | None = None, by_roles: bool = False) -> bool:
    """One of the required classes (when there are any) and none of the excluded ones."""
    if requires:
        for cls in requires:
            if clause is not None and cls in cues.clause_bound:
                if _clause_has(sent, cls, cues, clause):
                    break  # "building data centres with OpenAI, while OpenAI buys custom chips": not this clause's
            elif _sentence_has(sent, cls, cues) or (
                    by_roles and cls in cues.role_goods and _maker_of(sent, cues.role_goods[cls])
                    and not _sentence_has(sent, "stake_word", cues)):  # "sold a stake in Altera to Silver Lake"
                break
        else:
            return False
    for cls in excludes:
        if _sentence_has(sent, cls, cues) and not _only_modifying(sent, cls, cues):
            return False
    return True


def _only_modifying(sent: Sent, cls: str, cues: Cues) -> bool:
    """Whether every word of the class in the sentence modifies a head of the classes it
    modifies ("GPU capacity", "GPU-Kapazität", "chip start-up"): a cloud deal for "GPU
    capacity" sells no chips, and buying a "chip start-up" buys a company."""
    head_classes = cues.modifiers.get(cls)
    if not head_classes:
        return False
    key = ("modifying", cls)
    hit = sent.cache.get(key)
    if hit is None:
        words, heads = cues.cls(cls), [cues.cls(c) for c in head_classes]
        lower, i, hit = sent.lower, 0, True
        while i < len(lower) and hit:
            n = words.phrase_at(lower, i)
            if n:
                after = i + n + (i + n < len(lower) and lower[i + n] == "-")
                # a compound the class lists by its first part ends on its head: "gpu-kapazität"
                last = lower[i + n - 1]
                hyphened = "-" in last or (n > 1 and lower[i + n - 2] == "-")
                hit = any(h.phrase_at(lower, after) > 0 or (hyphened and h.has(last.rpartition("-")[2])) for h in heads)
                i += n
            else:
                i += 1
        sent.cache[key] = hit
    return hit


FOCUS_MENTIONS = 3  # named mentions that make a company the article's focus


def _focus(mentions: list[M], named: Counter) -> M | None:
    """The company the article names most, when it clearly leads: whose 'chief executive'
    an unattached title means."""
    counts = [(named[m.entity_id], m) for m in mentions if m.type is EntityType.COMPANY]
    if not counts:
        return None
    best = max(counts, key=lambda c: c[0])
    runner_up = max((c for c, m in counts if m.entity_id != best[1].entity_id), default=0)
    return best[1] if best[0] >= FOCUS_MENTIONS and best[0] > runner_up else None


def _clause_has(sent: Sent, cls: str, cues: Cues, clause: int) -> bool:
    """Whether a cue class occurs in one clause of the sentence."""
    key = (cls, clause)
    hit = sent.cache.get(key)
    if hit is None:
        words = [w for w, c in zip(sent.lower, sent.clause_of) if c == clause]
        hit = sent.cache[key] = cues.cls(cls).in_lower(words)
    return hit


def _maker_of(sent: Sent, roles: frozenset[str]) -> bool:
    return any(roles.intersection(m.roles) for m in sent.mentions)


def _sentence_has(sent: Sent, cls: str, cues: Cues) -> bool:
    """Whether a cue class occurs in the sentence (computed once per sentence and class)."""
    hit = sent.cache.get(cls)
    if hit is None:
        hit = sent.cache[cls] = _sentence_lists(sent, cues.cls(cls))
    return hit


def _sentence_lists(sent: Sent, wordlist: WordList) -> bool:
    """Whether a word or phrase of ``wordlist`` occurs in the sentence (once per sentence and list)."""
    key = ("lists", wordlist)
    hit = sent.cache.get(key)
    if hit is None:
        hit = sent.cache[key] = wordlist.in_lower(sent.lower, _present(sent), sent.vocab)
    return hit


_WORDS = ("words",)  # sentence cache key of the set of its lower-cased words


def _candidates(ctx: Context, frame: Frame, article: Article, span: tuple[int, int]) -> list[Candidate]:
    sent, cues = ctx.sent, ctx.cues
    # a venture's owners are partners in it, whatever it makes
    relation = ctx.trig.relation if frame.rule == "joint-venture" else _upgrade(ctx, ctx.trig.relation)
    pairs = []
    retyped = ctx.grammar.product_object_triggers.get(ctx.trig.id)
    for subj in frame.subjects:
        for obj in frame.objects:
            if relation is RelationType.COMPETES_WITH:  # "konkurriert mit ChatGPT von OpenAI": with its maker
                subj, obj = _maker_for(sent, subj, ctx.grammar), _maker_for(sent, obj, ctx.grammar)
            elif relation is RelationType.SUPPLIES_CHIPS_TO and subj.type is EntityType.PRODUCT:
                subj = _maker_for(sent, subj, ctx.grammar)  # "the MI450 ships to OpenAI": its maker supplies it
                if subj.type is EntityType.PRODUCT and subj.maker is not None:
                    subj = subj.maker
            elif relation is RelationType.REGULATES and obj.type is EntityType.PRODUCT and not fits(relation, subj, obj):
                obj = _maker_for(sent, obj, ctx.grammar)  # "approved the Drive Pilot": regulates its maker
                if obj.type is EntityType.PRODUCT and obj.maker is not None:
                    obj = obj.maker
            if relation is RelationType.IN_CONFLICT_WITH and obj.type is EntityType.REGULATOR \
                    and subj.type is not EntityType.REGULATOR:
                subj, obj = obj, subj  # "Beschwerden über SK Hynix bei der KFTC": the conflict is the regulator's
            if relation is RelationType.IN_CONFLICT_WITH and subj.type is EntityType.REGULATOR and _is_court(subj, ctx.grammar) \
                    and ctx.trig.kind == "noun" and frame.rule.endswith("+subject"):
                continue  # "Das Landgericht verurteilte OpenAI zu Schadensersatz an die GEMA": the court judges, it is no party
            rel = _regulator_conflict(relation, subj, obj)
            if rel is RelationType.SUBSIDIARY_OF and _minority_share(sent, ctx.r, ctx.n, ctx.grammar.share_units):
                # "OpenAI gehört zu rund 27 Prozent Microsoft": a minority share is a stake, not ownership
                subj, obj, rel = obj, subj, RelationType.INVESTS_IN
            if retyped and obj.type is EntityType.PRODUCT:
                rel = RelationType(retyped)  # "setzt auf Gemini": builds it in; "setzt auf Nvidia": depends on it
            if not fits(rel, subj, obj):
                continue
            if subj.origin == obj.origin == "pair" and not (rel.symmetric and _sentence_has(sent, "together_particle", cues)):
                continue  # "both companies" names two, it relates neither to the other, unless they act together
            pairs.append((subj, obj, rel))
    if not pairs:
        return []  # the qualifiers below would be read for nothing
    clause = ctx.clause
    clause_words = _clause_words(sent, clause)
    window, where = _status_window(ctx, frame, clause_words)
    key = ("status", where, ctx.trig.status)
    status = sent.cache.get(key)
    if status is None:
        if _sentence_may_hold(sent, cues.ended) or _sentence_may_hold(sent, cues.speculative) \
                or _sentence_may_hold(sent, cues.planned):
            status = status_of(window, cues, ctx.trig.status, sent.vocab)
        else:  # no status cue anywhere in the sentence: what status_of says of a window without one
            status = ctx.trig.status or Status.ACTIVE
        sent.cache[key] = status
    # a product named with its maker ('Nvidia's Blackwell chips', 'the ChatGPT maker') is so
    # whatever the clause denies of it
    is_negated = not _phrase_rule(frame.rule) and _is_negated(ctx)
    if is_negated and ctx.trig.id in ctx.grammar.approval_triggers:
        is_negated = False  # "did not approve the purchase": refusing approval regulates as much as granting it
    out = []
    for subj, obj, rel in pairs:
        distance = abs(subj.start - obj.start)
        score = ctx.trig.confidence * frame.score * _distance_factor(distance)
        score *= min(subj.confidence, obj.confidence)
        reading = Reading(span[0], span[1], frame.rule, status, is_negated, round(min(score, 1.0), 3))
        out.append(Candidate(subj, obj, rel, reading, _clause_attributes(sent, clause, rel, clause_words, cues), ctx.trig.kind))
    return out


SOLD_STAKE = trigger(id="seller", forms=("-",), match="exact", kind="verb", relation=RelationType.INVESTS_IN,
                     confidence=0.7, status=Status.ENDED)
JOINT_VENTURE = trigger(id="joint-venture", forms=("-",), match="exact", kind="noun",
                        relation=RelationType.INVESTS_IN, confidence=0.8)
VENTURE_PARTNERS = trigger(id="joint-venture", forms=("-",), match="exact", kind="noun",
                           relation=RelationType.PARTNERS_WITH, confidence=0.8)
VENTURE_REACH = 12  # tokens after the noun in which its owners are named


def _coordinator(ctx: Context, word: str) -> bool:
    """A word after a comma that goes on with the phrase before ('and', 'with Qai owning the rest')."""
    return ctx.cues.coordinators.has_lower(word) or word in ctx.grammar.prepositions


def _joint_venture(ctx: Context) -> list[tuple[Trigger, Frame]]:
    """'ESMC, ein Gemeinschaftsunternehmen von TSMC mit Bosch, Infineon und NXP', 'SB OpenAI
    Japan, a joint venture between SoftBank and OpenAI': the owners named after the noun hold
    stakes in the venture named before it, and are each other's partners."""
    venture = apposition_before(ctx)
    if not venture or venture[0].type is not EntityType.COMPANY:
        return []
    sent, after = ctx.sent, ctx.i + ctx.n
    clauses = {ctx.clause}
    k = after - sent.start
    if k + 1 < len(sent.words) and sent.lower[k] in ctx.grammar.prepositions and sent.lower[k + 1] in ctx.grammar.prep_relatives:
        clauses.add(sent.clause_of[k + 1])  # "a joint venture in which Brookfield will hold 49%"
    owners: list[M] = []
    starts = {m.start for m in sent.mentions}
    limit = next((sent.start + j for j in range(k, len(sent.words)) if sent.words[j] == "," and not (
        sent.start + j + 1 in starts or (j + 1 < len(sent.words) and _coordinator(ctx, sent.lower[j + 1])))), sent.end)
    for m in sent.mentions:
        if m.start >= limit:
            break  # "a joint venture between A and B, is building Google's hub": the apposition has ended
        if m.start < after or m.start - after > VENTURE_REACH or m.clause not in clauses:
            continue
        if m.type is EntityType.COMPANY and not m.compound and m.entity_id != venture[0].entity_id:
            owners.append(m)
    if not owners:
        return []
    out = [(JOINT_VENTURE, Frame(owners, venture, "joint-venture", 0.9))]
    if len(owners) >= 2:
        out.append((VENTURE_PARTNERS, Frame(owners[:1], owners[1:], "joint-venture", 0.9)))
    return out


# relations a company does not have with its own unit (named after it: "Intel Capital")
NAME_EXTENSION_RELATIONS = {RelationType.SUBSIDIARY_OF, RelationType.INVESTS_IN, RelationType.ACQUIRES,
                            RelationType.COMPETES_WITH, RelationType.SUPPLIES_CHIPS_TO, RelationType.PROVIDES_CLOUD_TO}


# last words of names that hold other companies ('Foundation', 'Holdings', 'Stiftung')
PARENT_SUFFIXES = frozenset(json.loads((DATA_DIR / "grammar" / "parent_suffixes.json").read_text(encoding="utf-8"))["suffixes"])


def _extends(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` followed by more words ('Meta' -> 'Meta Superintelligence Labs')."""
    return len(long) > len(short) + 1 and long.startswith(short + " ")


DEAL_RELATIONS = {RelationType.ACQUIRES, RelationType.INVESTS_IN, RelationType.PARTNERS_WITH, RelationType.LICENSES_TO}


def _deal_review(sent: Sent, found, kept: list[Candidate], res: Language_, topic, previous, article,
                 evidence_span) -> list[Candidate]:
    """'SoftBank bought Ampere after the FTC closed a review of the deal', 'Nvidia agreed to buy
    Arm, but the CMA opened a probe': a regulator acting on no named party, in a sentence that
    states a deal, acts on the deal's parties."""
    regulators = [m for m in sent.mentions if m.type is EntityType.REGULATOR]
    if not regulators or any(c.relation is RelationType.REGULATES for c in kept):
        return []
    deals = [c for c in kept if c.relation in DEAL_RELATIONS and not c.evidence.negated]
    acts = [(trig, i, n) for trig, i, n in found if trig.relation is RelationType.REGULATES]
    if not deals or not acts:
        return []
    trig, i, n = acts[0]
    regulator = min(regulators, key=lambda m: abs(m.start - i))
    parties = list({m.entity_id: m for m in (deals[0].subject, deals[0].object)}.values())
    if any(m.entity_id == regulator.entity_id for m in parties):
        return []
    ctx = Context(sent, trig, i, n, res.grammar, res.cues, topic, previous)
    return _candidates(ctx, Frame([regulator], parties, "deal-review", 0.7), article, evidence_span)


UNIT_REACH = 4  # tokens between a unit noun and the name it introduces


def _unit_near(sent: Sent, m: M, units, owner: str = "") -> bool:
    """A unit noun introduces the name: 'die Sparte Microsoft AI', 'IT-Tochter Allianz
    Technology', 'SoftBank Corp, the mobile arm of'. Not when the unit's phrase names an owner
    of its own ('Google Cloud, the Alphabet unit'): that owner is meant."""
    lo, hi = max(sent.start, m.start - UNIT_REACH), min(sent.end, m.end + UNIT_REACH + 1)
    window = sent.lower[lo - sent.start : m.start - sent.start] + sent.lower[m.end - sent.start : hi - sent.start]
    if not any(units.has(w) for w in window):
        return False
    return not any(o is not m and o.type is EntityType.COMPANY and lo <= o.start < hi and not (m.start <= o.start < m.end)
                   and o.entity_id != owner for o in sent.mentions)


PHRASE_RULES = ("possessive-product", "known-maker", "owner-genitive", "named-after-owner")
# frames of appositions and fronted phrases, which carry their own time (see _status_window)
OWN_TIME_TAGS = (":role-apposition", ":role-whose", ":fronted-participle")


def _phrase_rule(rule: str) -> bool:
    """Rules that read a relation inside one noun phrase, not from the clause's verb."""
    return rule.startswith(PHRASE_RULES)


def _clause_words(sent: Sent, clause: int) -> list[str]:
    """The words of one clause of the sentence (computed once per sentence and clause)."""
    key = ("clause", clause)
    words = sent.cache.get(key)
    if words is None:
        words = sent.cache[key] = [w for w, c in zip(sent.words, sent.clause_of) if c == clause]
    return words


def _clause_attributes(sent: Sent, clause: int, relation: RelationType, words: list[str], cues: Cues) -> dict:
    """Exclusivity and, for relations that carry one, the amount stated in the clause
    (each read once per sentence and clause)."""
    cache = sent.cache
    key = ("exclusive", clause)
    is_exclusive = cache.get(key)
    if is_exclusive is None:
        is_exclusive = cache[key] = exclusive(words, cues, sent.vocab) if _sentence_may_hold(sent, cues.exclusive) else None
    attrs: dict = {"exclusive": is_exclusive} if is_exclusive is not None else {}
    if relation in MONEY_RELATIONS:
        key = ("money", clause)
        if key not in cache:
            cache[key] = money(words, cues)
        if cache[key]:
            attrs.update(cache[key])
    return attrs


def _is_negated(ctx: Context) -> bool:
    """Negation near the trigger or a denial before it (once per trigger position)."""
    key = ("negated", ctx.r, ctx.n)
    hit = ctx.sent.cache.get(key)
    if hit is None:
        if _sentence_may_hold(ctx.sent, ctx.cues.negation):
            hit = negated(_negation_window(ctx), ctx.cues, ctx.sent.vocab) or _denied(ctx) or _plan_denied(ctx)
        else:  # no negation anywhere in the sentence: neither near the trigger nor after its noun
            hit = _denied(ctx)
        hit = hit or _report_denied(ctx) or _clause_final_negation(ctx) or _correlative_negation(ctx) \
            or _contrasted(ctx)
        ctx.sent.cache[key] = hit
    return hit


CONTRAST_REACH = 6  # words between "rather than" (or a German "statt" before its verb) and what it sets aside


def _contrasted(ctx: Context) -> bool:
    """'… rather than on designs licensed from Arm', 'statt auf Chips von Nvidia zu setzen':
    what a contrast sets aside does not hold. Only before the trigger: in 'chose Gemini rather
    than ChatGPT' the choice holds."""
    contrast = ctx.cues.contrast_negation
    if not _sentence_may_hold(ctx.sent, contrast):
        return False
    lower, clause_of = ctx.sent.lower, ctx.sent.clause_of
    return any(contrast.phrase_at(lower, k) and clause_of[k] == ctx.clause
               for k in range(max(0, ctx.r - CONTRAST_REACH), ctx.r))


def _sentence_may_hold(sent: Sent, wordlist: WordList) -> bool:
    """Whether a word or phrase of ``wordlist`` may start somewhere in the sentence (once per
    sentence and list): when not, no window of it holds one, and the window need not be read."""
    key = ("may", wordlist)
    hit = sent.cache.get(key)
    if hit is None:
        hit = sent.cache[key] = wordlist.may_occur(_present(sent), sent.vocab)
    return hit


def _present(sent: Sent) -> set[str]:
    """The set of the sentence's lower-cased words (once per sentence)."""
    present = sent.cache.get(_WORDS)
    if present is None:
        present = sent.cache[_WORDS] = set(sent.lower)
    return present


def _noun_is_clause_subject(ctx: Context) -> bool:
    """The relation noun opens its clause ('Eine Übernahme ...', 'A stake in ...')."""
    first = ctx.sent.clause_of.index(ctx.clause)
    while first < ctx.r and ctx.sent.words[first] in (",", "–", "—", ":", "„", "\"", "“"):
        first += 1
    lead = ctx.sent.lower[first : ctx.r]
    # "Eine direkte Partnerschaft …": a determiner and adjectives open the noun phrase
    return len(lead) <= 3 and all(ctx.cues.determiners.has(w) for w in lead[:1]) and all(
        w.isalpha() and (k == 0 or ctx.sent.words[first + k].islower()) for k, w in enumerate(lead))


def _negated_predicate(words: list[str], cues: Cues, not_only: set[str]) -> bool:
    """A negation in the rest of the clause that is not 'nicht nur' / 'not only', nor the start of
    an ending ('bestehe nicht mehr': the relation has ended, it is not denied)."""
    for k in range(len(words)):
        if cues.negation.phrase_at(words, k) and (k + 1 >= len(words) or words[k + 1].lower() not in not_only) \
                and cues.ended.phrase_at(words, k) <= 1:
            return True
    return False


def _clause_final_negation(ctx: Context) -> bool:
    """'Einen direkten Vertrag mit OpenAI unterhalte der Versicherer nicht': a German clause
    ending in 'nicht' negates its whole predicate, a relation noun fronted before it too."""
    if not ctx.grammar.verb_final or ctx.trig.kind != "noun":
        return False
    sent = ctx.sent
    last = next((k for k in range(len(sent.words) - 1, ctx.r, -1)
                 if sent.clause_of[k] == ctx.clause and sent.words[k].isalpha()), None)
    return last is not None and sent.lower[last] in ctx.grammar.final_negations


def _correlative_negation(ctx: Context) -> bool:
    """'weder von OpenAI noch von … abhängig', 'neither Microsoft nor Amazon holds a stake': a
    correlative negation earlier in the clause negates what its members do."""
    sent = ctx.sent
    return any(sent.lower[k] in ctx.grammar.correlative_negations and sent.clause_of[k] == ctx.clause
               for k in range(max(0, ctx.r - 12), ctx.r))


def _report_denied(ctx: Context) -> bool:
    """'Spekulationen, wonach sich Nvidia beteiligen wolle, wies der Speicherhersteller
    zurück', 'Reports that Apple would buy Perplexity were denied': the clause a report noun
    opens is what the sentence's denial rejects, wherever the denial stands."""
    sent, grammar = ctx.sent, ctx.grammar
    lower = sent.lower
    opener = sent.cache.get(_REPORT_OPENER, False)
    if opener is False:  # the first opener of a report noun's clause, the same for every trigger
        opener = sent.cache[_REPORT_OPENER] = next((
            k for k in range(1, len(lower))
            if lower[k] in grammar.report_openers and grammar.report_nouns.intersection(lower[max(0, k - 3) : k])
        ), None)
    if opener is None or opener >= ctx.r:
        return False
    if _sentence_lists(sent, grammar.denial_verbs):
        return True
    # a German denial split around its subject: "wies … zurück"
    return not grammar.split_denial_particles.isdisjoint(lower) and any(w in grammar.split_denials for w in lower)


_REPORT_OPENER = ("report-opener",)  # sentence cache key: where a report noun's clause opens


def _plan_denied(ctx: Context) -> bool:
    """'Eine Übernahme von Mistral sei nicht geplant', 'a merger is not planned': a relation
    noun whose plan the clause denies."""
    if ctx.trig.kind != "noun":
        return False
    sent, cues = ctx.sent, ctx.cues
    words = [w for w, c in zip(sent.words[ctx.r :], sent.clause_of[ctx.r :]) if c == ctx.clause]
    if _noun_is_clause_subject(ctx) and _negated_predicate(words[ctx.n :], cues, ctx.grammar.not_only):
        return True  # "Eine Kapitalbeteiligung an OpenAI ist damit nicht verbunden"
    for k in cues.negation.positions([w.lower() for w in words], sent.vocab):  # where a negation may start
        if k < len(words) - 1 and cues.negation.phrase_at(words, k) and any(
            cues.planned.phrase_at(words, j) for j in range(k + 1, min(len(words), k + 3))
        ):
            return True
    return False


def _status_window(ctx: Context, frame: Frame, clause_words: list[str]) -> tuple[list[str], tuple]:
    """An apposition ('Sam Altman, the chief executive of OpenAI') carries its own time:
    only its own words ('former', 'designierte') decide, not the modal of the clause.

    Returns the window and a key naming it within the sentence, for the status cache."""
    if not _own_time(frame.rule):
        # the same for every reading of the trigger's words as a verb, a noun ...: found once
        key = ("status-window", ctx.trig.kind, ctx.r, ctx.n)
        hit = ctx.sent.cache.get(key)
        if hit is None:
            hit = ctx.sent.cache[key] = _clause_window(ctx, clause_words)
        return hit
    ends = [m.start for m in frame.subjects + frame.objects] + [m.end for m in frame.subjects + frame.objects]
    lo = min(ends + [ctx.i]) - ctx.sent.start
    hi = max(ends + [ctx.i + ctx.n]) - ctx.sent.start
    return ctx.sent.words[max(0, lo - 2) : hi], ("span", max(0, lo - 2), hi)


_OWN_TIME: dict[str, bool] = {}


def _own_time(rule: str) -> bool:
    """Whether a frame's rule reads a phrase with its own time (see _status_window); a
    sentence's frames share few rules, and each is asked about once."""
    hit = _OWN_TIME.get(rule)
    if hit is None:
        hit = _OWN_TIME[rule] = _phrase_rule(rule) or any(tag in rule for tag in OWN_TIME_TAGS)
    return hit


def _clause_window(ctx: Context, clause_words: list[str]) -> tuple[list[str], tuple]:
    """The status window of a trigger that reads the clause: its verb phrase or its clause."""
    if ctx.trig.kind == "verb" and ctx.grammar.verb_final and ctx.clause > 0 and zu_infinitive(ctx):
        # "hatte versucht, X zu übernehmen": the clause that governs the infinitive says when
        words = [w for w, c in zip(ctx.sent.words, ctx.sent.clause_of) if c in (ctx.clause - 1, ctx.clause)]
        return words, ("zu-clause", ctx.clause)
    if ctx.trig.kind == "verb":
        words = _without_foreign_attributes(ctx)
        if words is not None:  # "von den früheren Meta-Forschern X gegründet" is no ended founding
            return words, ("verb-clause", ctx.clause)
    if ctx.trig.kind == "noun":
        words = _without_foreign_attributes(ctx, keep_before=ctx.r)
        if words is not None:  # "competition from X, founded by former Stability researchers"
            return words, ("noun-clause", ctx.clause, ctx.r)
    segment = _coordinated_segment(ctx)
    if segment is not None:
        lo, hi = segment
        return [w for w, c in zip(ctx.sent.words[lo:hi], ctx.sent.clause_of[lo:hi]) if c == ctx.clause], ("segment", lo, hi)
    return clause_words, ("clause", ctx.clause)


def _coordinated_segment(ctx: Context) -> tuple[int, int] | None:
    """'owns 5 per cent of CoreWeave and has agreed to buy more': a second verb phrase joined
    by 'and' / 'und' carries its own modal, which says nothing of the first. The token span
    of the trigger's verb phrase, or None when the clause has one."""
    sent, grammar = ctx.sent, ctx.grammar
    if not grammar.finite_starts:
        return None
    joins = sent.cache.get(_JOINS)
    if joins is None:  # the same for every trigger of the sentence
        lower, coordinators = sent.lower, ctx.cues.coordinators
        joins = sent.cache[_JOINS] = [
            k for k in range(len(lower) - 1) if lower[k + 1] in grammar.finite_starts and coordinators.has(lower[k])
        ]
    lo, hi = 0, len(sent.words)
    for k in joins:
        if sent.clause_of[k] != ctx.clause:
            continue
        if k >= ctx.r + ctx.n:
            hi = min(hi, k)
        elif k + 1 <= ctx.r:
            lo = max(lo, k + 1)
    return None if (lo, hi) == (0, len(sent.words)) else (lo, hi)


_JOINS = ("joins",)  # sentence cache key: coordinators followed by a finite verb
OWN_ATTRIBUTE_REACH = 3  # tokens before a relation noun whose adjectives qualify it ("the former chip partnership")


def _without_foreign_attributes(ctx: Context, keep_before: int | None = None) -> list[str] | None:
    """The clause without adjectives that qualify a noun ('früheren', 'former', 'alleged',
    'preliminary'): next to a verb they speak of another phrase, not of the relation; None
    when there are none, so the shared clause window applies. A relation noun keeps the
    ones right before it (``keep_before``: its position): 'the former partnership' has ended."""
    sent, attributive = ctx.sent, ctx.cues.cls("noun_attribute")
    key = ("without-attributes", ctx.clause, keep_before)
    if key in sent.cache:
        return sent.cache[key]
    sent.cache[key] = None
    drop = {  # only where a listed word may start is one worth asking about
        k for k in attributive.positions(sent.lower, sent.vocab)
        if sent.clause_of[k] == ctx.clause and attributive.has(sent.lower[k])
        and (keep_before is None or not keep_before - OWN_ATTRIBUTE_REACH <= k < keep_before)
    }
    if drop:
        sent.cache[key] = [w for k, (w, c) in enumerate(zip(sent.words, sent.clause_of)) if c == ctx.clause and k not in drop]
    return sent.cache[key]


def _one_direction(cands: list[Candidate]) -> list[Candidate]:
    """One sentence states a directed relation one way: when two triggers disagree on the
    direction, the more confident reading stays."""
    best: dict[tuple, float] = {}
    for c in cands:
        key = (c.relation, c.subject.entity_id, c.object.entity_id)
        best[key] = max(best.get(key, 0.0), c.evidence.confidence)
    keep = []
    for c in cands:
        if c.relation.symmetric:
            keep.append(c)
            continue
        mine = best[(c.relation, c.subject.entity_id, c.object.entity_id)]
        theirs = best.get((c.relation, c.object.entity_id, c.subject.entity_id), -1.0)
        if mine >= theirs:
            keep.append(c)
    return keep


def _drop_weak_pairs(cands: list[Candidate]) -> list[Candidate]:
    """A sentence-level pair guess yields to any construction that binds the same two names, and
    a guessed dispute to their stated rivalry ("Der Streit …, in der Meta und OpenAI als Rivalen
    ringen": they compete, the dispute is another's)."""
    def key(c: Candidate, relation: RelationType) -> tuple:
        return relation, frozenset((c.subject.entity_id, c.object.entity_id))

    bound = {key(c, c.relation) for c in cands if not c.evidence.rule.endswith("+pair")}
    bound |= {key(c, RelationType.IN_CONFLICT_WITH) for c in cands
              if c.relation is RelationType.COMPETES_WITH and not c.evidence.rule.endswith("+pair")}
    return [c for c in cands if not c.evidence.rule.endswith("+pair") or key(c, c.relation) not in bound]


def _prefer_specific(cands: list[Candidate]) -> list[Candidate]:
    """'signed content agreements with X': the deal noun says what kind of tie it is, so
    the verb's general partnership yields to it for the same two companies."""
    pair = lambda c: frozenset((c.subject.entity_id, c.object.entity_id))  # noqa: E731
    specific = {pair(c) for c in cands if c.relation is not RelationType.PARTNERS_WITH and c.trigger_kind == "noun"}
    return [
        c for c in cands
        if not (c.relation is RelationType.PARTNERS_WITH and c.trigger_kind == "verb" and pair(c) in specific)
    ]


def _denied(ctx: Context) -> bool:
    """'Apple denied reports that it would acquire Perplexity': a denial earlier in the
    sentence negates what follows it."""
    if not _sentence_lists(ctx.sent, ctx.grammar.denial_verbs):
        return False  # no denial anywhere in the sentence, so none before the trigger
    lower = ctx.sent.lower
    # "FuriosaAI, which turned down an offer from Meta, said it had raised …": what a later
    # verb of saying reports is beyond the denial's reach
    start = max((k + 1 for k in range(ctx.r) if lower[k] in ctx.grammar.speech_verbs), default=0)
    return ctx.grammar.denial_verbs.in_lower(lower[start : ctx.r], vocab=ctx.sent.vocab)


def _negation_window(ctx: Context) -> list[str]:
    """Negation binds to the verb or noun it precedes: look near the trigger only."""
    r = ctx.r
    words, lower = ctx.sent.words, ctx.sent.lower
    lo = max(0, r - 4)
    hi = min(len(words), r + ctx.n + 3)
    for k in range(r + ctx.n, min(hi, len(words) - 1)):
        if lower[k + 1] in ctx.grammar.infinitive_markers and ctx.cues.negation.phrase_at(lower, k):
            hi = k  # "CEO Satya Nadella not to build …": the negation belongs to the infinitive after it
            break
    window = [w for k, w in enumerate(words[lo:hi], lo) if ctx.sent.clause_of[k] == ctx.clause]
    return window


def _distance_factor(distance: int) -> float:
    return max(0.6, 1.0 - 0.012 * max(0, distance - 8))


def _upgrade(ctx: Context, relation: RelationType) -> RelationType:
    for rule in ctx.grammar.clause_upgrades.get(relation, ()):
        if any(_clause_has(ctx.sent, c, ctx.cues, ctx.clause) for c in rule["requires"]):
            return RelationType(rule["to"])  # the goods in the tie's own clause, not in a relative clause about one side
    return relation


_MAKER_RELATIONS = (RelationType.SUPPLIES_CHIPS_TO, RelationType.REGULATES)  # a product in them stands for its maker


def _maker_for(sent: Sent, m: M, grammar: Grammar) -> M:
    """A product stands for the company it is named with; any other mention for itself."""
    if m.type is not EntityType.PRODUCT:
        return m
    return product_owner(sent, m, grammar) or m


def _minority_share(sent: Sent, r: int, n: int, units: set[tuple[str, ...]]) -> bool:
    """Whether a share below half is stated next to the trigger ('gehört zu 27 Prozent',
    'owns 27 per cent', '49%'); ``units`` are the share words as token tuples."""
    lo, hi = max(0, r - SHARE_REACH), min(len(sent.words) - 1, r + n + SHARE_REACH)
    for k in range(lo, hi):
        if not any(tuple(sent.lower[k + 1 : k + 1 + len(u)]) == u for u in units):
            continue
        try:
            return float(sent.lower[k].replace(",", ".")) < 50
        except ValueError:
            continue
    return False


SHARE_REACH = 4  # tokens between a share and the verb of owning


def _is_court(m: M, grammar: Grammar) -> bool:
    return "court" in m.roles or any(w in m.name.lower() for w in grammar.court_words)


def _regulator_conflict(relation: RelationType, subj: M, obj: M) -> RelationType:
    """A regulator suing or fighting a company is regulating it."""
    if relation is RelationType.IN_CONFLICT_WITH and subj.type is EntityType.REGULATOR:
        return RelationType.REGULATES
    return relation


_FAMILY_EXCLUDED = frozenset({RelationType.PARTNERS_WITH, RelationType.COMPETES_WITH})


def _parent_and_unit(kb: KnowledgeBase, a: str, b: str) -> bool:
    """One of the two is the other's parent in the knowledge base (Amazon and AWS)."""
    ea, eb = kb.get(a), kb.get(b)
    return (ea is not None and ea.parent == b) or (eb is not None and eb.parent == a)


def _kin(kb: KnowledgeBase, a: str, b: str) -> bool:
    """The same company, or one the parent of the other (Google and Alphabet, AWS and Amazon)."""
    if a == b:
        return True
    ea, eb = kb.get(a), kb.get(b)
    return (ea is not None and ea.parent == b) or (eb is not None and eb.parent == a) or (
        ea is not None and eb is not None and ea.parent is not None and ea.parent == eb.parent)


def _assemble(article: Article, tokens: Tokens, mentions: list[M], entities: dict[str, Entity], candidates: list[Candidate],
              kb: KnowledgeBase | None = None) -> Extraction:
    grouped: dict[tuple, list[Candidate]] = {}
    for cand in candidates:
        subject, obj = cand.subject.entity_id, cand.object.entity_id
        if cand.relation.symmetric and obj < subject:
            subject, obj = obj, subject
        grouped.setdefault((subject, cand.relation, obj), []).append(cand)
    for subject, relation, obj in list(grouped):
        if relation in _FAMILY_EXCLUDED and kb is not None and _parent_and_unit(kb, subject, obj):
            del grouped[(subject, relation, obj)]  # "Amazon … its partner: AWS built …": a company is no partner of its own unit
            continue
        known = kb.get(obj) if kb is not None else None
        if relation is RelationType.DEVELOPS and known is not None and known.parent and not _kin(kb, subject, known.parent):
            # "Google wins Meta over to its TPUs", "Ironwood is produced by TSMC": the knowledge
            # base knows who makes the product, and it is not this company or its family
            del grouped[(subject, relation, obj)]
    # "Stackit bietet Mistral Small des Anbieters Mistral AI an": where the text names a product's
    # maker in the product's own phrase, a verb does not make another company its developer
    named_makers: dict[str, set[str]] = {}
    for (subject, relation, obj), cands in grouped.items():
        if relation is RelationType.DEVELOPS and any(_phrase_rule(c.evidence.rule) for c in cands):
            named_makers.setdefault(obj, set()).add(subject)
    for subject, relation, obj in list(grouped):
        makers = named_makers.get(obj)
        if relation is not RelationType.DEVELOPS or not makers or subject in makers or kb is None:
            continue
        if any(_kin(kb, subject, maker) for maker in makers):
            continue
        if not any(_phrase_rule(c.evidence.rule) for c in grouped[(subject, relation, obj)]):
            del grouped[(subject, relation, obj)]
    for subject, relation, obj in list(grouped):
        known = kb.get(obj) if kb is not None else None
        if relation is RelationType.INTEGRATES and (
            (subject, RelationType.DEVELOPS, obj) in grouped or (known is not None and known.parent == subject)
        ):
            # "xAI would pay to integrate Grok into the app": a maker builds its own product
            # into someone else's; it does not integrate it (a developer reading the knowledge
            # base or a named maker already ruled out does not count: "Telekom has built
            # Perplexity Assistant into …")
            del grouped[(subject, relation, obj)]
    for subject, relation, obj in list(grouped):
        if relation is RelationType.DEVELOPS and (subject, RelationType.ACQUIRES, obj) in grouped and all(
                c.evidence.rule.startswith("known-maker") for c in grouped[(subject, relation, obj)]):
            del grouped[(subject, relation, obj)]  # "its purchases of Instagram": bought, not made
    # "Google Cloud, the Alphabet unit": a parent the text names outranks the one the name suggests
    stated_parents = {subject for (subject, relation, obj), cands in grouped.items()
                      if relation is RelationType.SUBSIDIARY_OF and any(c.evidence.rule != "named-after-owner" for c in cands)}
    for subject, relation, obj in list(grouped):
        if relation is RelationType.SUBSIDIARY_OF and subject in stated_parents and all(
                c.evidence.rule == "named-after-owner" for c in grouped[(subject, relation, obj)]):
            del grouped[(subject, relation, obj)]
    for subject, relation, obj in list(grouped):
        if relation not in NAME_EXTENSION_RELATIONS:
            continue
        a, b = entities.get(subject), entities.get(obj)
        if a is None or b is None:
            continue
        if relation is RelationType.SUBSIDIARY_OF and _extends(a.name, b.name) and b.name.split()[-1] in PARENT_SUFFIXES:
            continue  # "controlled by the nonprofit OpenAI Foundation": a foundation or holding is the parent
        if relation is RelationType.SUBSIDIARY_OF and _extends(a.name, b.name):
            # "Meta ... unter dem Dach der Meta Superintelligence Labs": the longer name is the unit
            cands = grouped.pop((subject, relation, obj))
            for c in cands:
                c.subject, c.object = c.object, c.subject
            grouped.setdefault((obj, relation, subject), []).extend(cands)
        elif relation is RelationType.INVESTS_IN and _extends(a.name, b.name):
            continue  # "Die Beteiligung am Energietechnikkonzern Siemens Energy": a parent holds its listed unit
        elif relation is not RelationType.SUBSIDIARY_OF and (_extends(a.name, b.name) or _extends(b.name, a.name)):
            del grouped[(subject, relation, obj)]  # "Intel Capital invests in Intel": a unit and its parent
    relations = [r for r in (_merge(key, cands, article) for key, cands in grouped.items())
                 if r["confidence"] >= RELATION_FLOOR]
    related = {e for r in relations for e in (r["subject"], r["object"])}
    # a bare capitalised name counts as an entity only where a relation uses it
    mentions = [m for m in mentions if m.origin != discovery.CANDIDATE_ORIGIN or m.entity_id in related]
    used = {m.entity_id for m in mentions} | related
    idx, texts = tokens.idx, tokens.texts
    text_mentions = []
    for m in mentions:
        start, end = idx[m.start], idx[m.end - 1] + len(texts[m.end - 1])
        text_mentions.append({"entity_id": m.entity_id, "start": start, "end": end, "text": article.text[start:end]})
    # one validation of the whole result: mentions, relations and their evidence arrive as
    # plain data and are checked by the same models as one by one, without a call each
    return Extraction.model_validate(
        {
            "article": article,
            "entities": tuple(e for eid, e in entities.items() if eid in used),
            "mentions": text_mentions,
            "relations": relations,
        }
    )


def _merge(key: tuple, cands: list[Candidate], article: Article) -> dict:
    """One relation per (subject, predicate, object) per article; best evidence decides qualifiers.

    Returns the relation's fields for :class:`Relation`, validated with the whole extraction."""
    evidence: dict[tuple[int, str], Reading] = {}
    for cand in sorted(cands, key=lambda c: -c.evidence.confidence):
        evidence.setdefault((cand.evidence.start, cand.evidence.rule.split(":")[0]), cand.evidence)
    by_sentence: dict[int, Reading] = {}
    for ev in evidence.values():
        by_sentence.setdefault(ev.start, ev)
    ordered = sorted(by_sentence.values(), key=lambda e: e.start)
    best = max(ordered, key=lambda e: (e.confidence, -e.start))
    attributes: dict = {}
    for cand in cands:
        attributes.update(cand.attributes)
    doubt = 1.0
    for ev in ordered:
        doubt *= 1.0 - ev.confidence * 0.5
    confidence = min(1.0, max(best.confidence, round(1.0 - doubt, 3)))
    status = _status_vote(ordered, best)
    return {
        "subject": key[0],
        "predicate": key[1],
        "object": key[2],
        "status": status,
        "negated": best.negated and all(e.negated for e in ordered),
        "confidence": round(confidence, 3),
        "attributes": attributes,
        "evidence": [
            {
                "article_id": article.id, "sentence": article.text[ev.start : ev.end], "start": ev.start,
                "end": ev.end, "rule": ev.rule, "status": ev.status, "negated": ev.negated,
                "confidence": ev.confidence,
            }
            for ev in ordered
        ],
    }


def _status_vote(evidence: list[Reading], best: Reading) -> Status:
    """An article that states a fact plainly once calls it active, whatever else it hedges."""
    statuses = {e.status for e in evidence if not e.negated}
    if Status.ENDED in statuses:
        return Status.ENDED
    if Status.ACTIVE in statuses:
        return Status.ACTIVE
    return best.status


@register("rules")
def create_rule_extractor(entity_files: Iterable[Path] = (), model: str | None = None, **_: object) -> RuleExtractor:
    return RuleExtractor(entity_files=entity_files, model=model)
