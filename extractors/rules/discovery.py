"""Entities the knowledge base does not know, found by how news introduce them.

Each rule is a construction, not a name: a legal suffix ("Parloa GmbH"), a
role noun in apposition ("das Start-up Parloa", "chipmaker Cerebras"), a
person after a role ("CEO Jane Doe"), members of a list after "wie"/"such as",
and authorities named by place ("kalifornische Behörden", "Delaware-Behörden").
Discovered entities carry a lower confidence than knowledge-base entities.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator


from extractors.rules.grammar import Grammar
from extractors.rules.knowledge import DATA_DIR, KnowledgeBase
from extractors.rules.lexicon import Cues, WordList
from extractors.rules.ontology import EntityType
from extractors.rules.sentence import M
from graph.models import Entity, slugify

LEGAL_CONFIDENCE = 0.85
ROLE_CONFIDENCE = 0.75
PERSON_CONFIDENCE = 0.8
LIST_CONFIDENCE = 0.6
PRODUCT_CONFIDENCE = 0.7
NAME_CONFIDENCE = 0.55  # a bare capitalised name: kept only when a relation uses it
PLACE_CONFIDENCE = 0.8
MAX_NAME_TOKENS = 3


@dataclass
class Found:
    entity: Entity
    mention: M
    absorbs: bool = False  # the name starts with a known name: "DeepL Voice", "Microsoft AI"


def discover(tokens, lang: str, known: list[M], cues: Cues, grammar: Grammar, kb: KnowledgeBase) -> list[Found]:
    taken = set()
    for m in known:
        taken.update(range(m.start, m.end))
    found: list[Found] = []
    words = Words(tokens.texts, lang, tokens.lower, getattr(tokens, "vocab", None))
    known_at = {m.start: m for m in known}
    # surnames of the people the text names: "Huang said" is the person, not a company
    words.surnames = {tokens.texts[m.end - 1] for m in known if m.type is EntityType.PERSON}

    def listed_persons(*args) -> Iterator[Found]:  # reads the persons known and found so far
        mentions = known + [f.mention for f in found]
        return _listed_persons(*args, {m.start: m.end for m in mentions if m.type is EntityType.PERSON})

    found.extend(_known_acronyms(words, known, taken, kb, grammar))
    for rule in (_places, _legal_suffix, _model_tiers, _code_named, _courts, _compound_company, _named_by_type, _person_by_role,
                 _role_apposition, _named_before_role, _list_members, _product_by_noun, _named_persons,
                 listed_persons, _capitalised_names):
        if rule is _capitalised_names:  # short forms of the names found so far before bare capitals
            found.extend(_acronyms(words, found, taken, grammar))
        for item in rule(words, taken, cues, grammar, kb):
            if rule is not _places and _place_like(words, item.mention.start, item.mention.end, kb):
                continue
            span = range(item.mention.start, item.mention.end)
            # a name that absorbs known ones ("SB OpenAI Japan", "Dragon Copilot") may cover them
            inner = [m for m in known if item.mention.start <= m.start and m.end <= item.mention.end] if item.absorbs else []
            if any(i in taken for i in span if not any(m.start <= i < m.end for m in inner)):
                continue
            taken.update(span)
            found.append(item)
    found.extend(_acronyms(words, found, taken, grammar))
    return found


def _known_acronyms(doc: "Words", known: list[M], taken: set[int], kb: KnowledgeBase, grammar: Grammar) -> list[Found]:
    """'Die Finanz Informatik (FI)': a short form in brackets after a known name is that name,
    there and wherever the text uses it again, before any other rule reads it as a name."""
    out: list[Found] = []
    for m in known:
        at = _short_form_at(doc, m.end, grammar)
        if m.origin != "kb" or at is None or at in taken:
            continue
        short = doc[at]
        entry = kb.get(m.entity_id)
        if entry is None:
            continue
        entity = Entity(id=entry.id, name=entry.name, type=entry.type, aliases=entry.aliases, origin="kb")
        for j in doc.where({short.lower()}):
            if j in taken or doc[j] != short or (j + 2 < len(doc) and doc[j + 1] == "-" and doc[j + 2].isupper()):
                continue  # "FI-TS": the start of another name
            taken.add(j)
            out.append(Found(entity, M(j, j + 1, entry.id, entry.name, entry.type, m.confidence, "kb",
                                       genitive=_possessive_after(doc, j + 1), roles=tuple(entry.roles))))
    return out


def _short_form_at(doc: "Words", k: int, grammar: Grammar) -> int | None:
    """Where a name ending before k gives its short form: 'X (ESMC)', 'X, or AP2,', 'X, kurz FI,'."""
    if k + 2 < len(doc) and doc[k] == "(" and doc[k + 2] == ")":
        at = k + 1
    elif k + 3 < len(doc) and doc[k] == "," and doc.lower[k + 1] in grammar.short_form_words and doc[k + 3] in (",", ")"):
        at = k + 2
    else:
        return None
    short = doc[at]
    if 2 <= len(short) <= 6 and short[:1].isupper() and short.isalnum() and sum(ch.isupper() for ch in short) >= 2:
        return at
    return None


def _acronyms(doc: "Words", found: list[Found], taken: set[int], grammar: Grammar) -> list[Found]:
    """'die European Semiconductor Manufacturing Company (ESMC)', 'the Agent Payments Protocol,
    or AP2,': a capitalised short form in brackets or between commas after a new name is that
    name, there and wherever the text uses it again."""
    out: list[Found] = []
    for item in list(found):
        m = item.mention
        at = _short_form_at(doc, m.end, grammar)
        if m.end - m.start < 2 or at is None:
            continue
        short = doc[at]
        for j in doc.where({short.lower()}):
            if j in taken or doc[j] != short:
                continue
            taken.add(j)
            mention = M(j, j + 1, item.entity.id, item.entity.name, item.entity.type, m.confidence, m.origin)
            out.append(Found(item.entity, mention))
    return out


def _place_like(doc: "Words", start: int, end: int, kb: KnowledgeBase) -> bool:
    """'Canadian AI', 'the Sunnyvale, California-based company': a run opened by a place
    adjective, or a name followed by a comma and a known place ('City, State'), names a place."""
    places = _place_lookup(kb, doc.lang)
    if doc.lower[start] in _place_adjectives(kb) and end - start <= 2:
        return True
    return end + 1 < len(doc) and doc[end] == "," and places.get(doc.lower[end + 1]) is not None and (
        end + 2 >= len(doc) or doc[end + 2] in (",", "-", ".", ";")
    )


@lru_cache(maxsize=4)
def _place_adjectives(kb: KnowledgeBase) -> frozenset[str]:
    """'canadian', 'französische': adjectives of places, never the first word of a name."""
    forms = set()
    for place in kb.places:
        forms.update(a.lower() for a in place.en_adj)
        forms.update((stem + ending).lower() for stem in place.de_adj for ending in ("", "e", "en", "er", "es", "em"))
    return frozenset(forms)


class Words(list):
    """Token texts of a document (plain strings are much cheaper than spaCy tokens)."""

    def __init__(self, texts: list[str], lang: str, lower: list[str] | None = None,
                 vocab: frozenset[str] | None = None) -> None:
        super().__init__(texts)
        self.lang = lang
        self.lower = lower if lower is not None else [t.lower() for t in texts]
        self.vocab = vocab if vocab is not None else frozenset(self.lower)  # see WordList._learn_within
        self._where: dict[str, list[int]] | None = None

    def text(self, start: int, end: int) -> str:
        """The tokens as a name: words spaced, hyphens joined ('Merriam-Webster')."""
        return " ".join(self[start:end]).replace(" - ", "-")

    def compound_roles(self, grammar: Grammar) -> set[int]:
        """Positions of German compounds ending in a company's kind (read once per document)."""
        if not hasattr(self, "_compounds"):
            self._compounds = _compound_roles(self, grammar)
        return self._compounds

    @property
    def lowered_set(self) -> set[str]:
        """Words the text writes in lower case somewhere ('deals', 'round')."""
        if not hasattr(self, "_lowered"):
            self._lowered = {t for t in self if t.islower()}
        return self._lowered

    def where(self, words) -> list[int]:
        """Indexes of the tokens whose lower-cased form is one of ``words``, in order.

        The rules look for several word lists over the whole document; an index of
        its words answers each with set operations instead of a pass over the tokens."""
        index = self._index()
        return sorted(i for w in index.keys() & words for i in index[w])

    def positions(self, wordlist: WordList) -> list[int]:
        """Indexes where a word or phrase of ``wordlist`` may start (its ``positions``)."""
        return self.where(wordlist.starting(self._index().keys(), self.vocab))

    def _index(self) -> dict[str, list[int]]:
        if self._where is None:
            where = defaultdict(list)
            for i, low in enumerate(self.lower):
                where[low].append(i)
            self._where = where
        return self._where


def _make(doc: Words, start: int, end: int, name: str, etype: EntityType, conf: float, kb: KnowledgeBase) -> Found:
    known = kb.by_name(name, etype)
    if known is not None:
        entity = Entity(id=known.id, name=known.name, type=known.type, aliases=known.aliases, origin="kb")
        conf = 1.0
    else:
        surface = doc.text(start, end)
        aliases = (surface,) if surface != name else ()
        entity = Entity(id=slugify(name), name=name, type=etype, aliases=aliases, confidence=conf, origin="discovered")
    mention = M(start, end, entity.id, entity.name, entity.type, conf, entity.origin, genitive=_possessive_after(doc, end))
    return Found(entity, mention)


def _possessive_after(doc: Words, end: int) -> bool:
    """"Valor's stake", "Agility Robotics' robots": an English possessive after a found name."""
    if end >= len(doc):
        return False
    return doc[end] in ("'s", "’s") or (doc[end] in ("'", "’") and doc[end - 1].endswith("s"))


def _is_name_token(text: str, grammar: Grammar, cues: Cues) -> bool:
    if not (text[:1].isupper() or _camel_case(text)) or text in grammar.non_entities:
        return False
    if cues.determiners.has(text.lower()) or text.lower() in grammar.prepositions:
        return False
    return any(ch.isalpha() for ch in text)


def _camel_case(text: str) -> bool:
    """'mBank', 'eBay', 'iRobot': a lower-case letter and then a capital open the name."""
    return len(text) >= 4 and text[0].islower() and text[1].isupper() and text[2:].isalpha() and any(c.islower() for c in text[2:])


def _inner_capital(text: str) -> bool:
    """'HyperVault', 'CoreWeave': a capital after a lower-case letter inside one word."""
    return text.isalpha() and any(a.islower() and b.isupper() for a, b in zip(text, text[1:]))


def _name_after(doc: Words, i: int, taken: set[int], cues: Cues, grammar: Grammar) -> int:
    """End of a run of capitalised name tokens starting at i (i when none)."""
    j = i
    if j + 1 < len(doc) and doc[j] in grammar.name_continuations and j not in taken and (j + 1) not in taken \
            and _is_name_token(doc[j + 1], grammar, cues) and not _is_common_noun(doc[j + 1], cues):
        j += 1  # "die Funktion AI Mode": a word that continues names may open one before another name word
    while j < len(doc) and j - i < MAX_NAME_TOKENS and j not in taken:
        if j > i and doc[j] in grammar.name_continuations:
            j += 1
            continue
        if (
            j > i and doc[j] == "-" and doc.lang != "de" and j + 1 < len(doc) and (j + 1) not in taken
            and doc[j + 1][:1].isupper() and doc[j + 1].isalpha()
        ):
            j += 2  # "Merriam-Webster", "Mercedes-Benz": an English name joined by a hyphen
            continue
        if (
            j > i and doc[j] == "-" and j + 1 < len(doc) and (j + 1) not in taken and doc[j - 1].isupper()
            and doc[j + 1].isupper() and doc[j - 1].isalpha() and doc[j + 1].isalpha()
        ):
            j += 2  # "FI-TS": two short forms joined by a hyphen are one name
            continue
        if (
            j > i and doc[j] == "-" and j + 1 < len(doc) and (j + 1) not in taken and doc[j + 1].isalpha()
            and doc[j + 1].islower() and len(doc[j + 1]) <= 5 and doc[j - 1].istitle() and len(doc[j - 1]) <= 5
        ):
            j += 2  # "Kyung Kye-hyun", "Lee Jae-yong": a given name of two syllables
            continue
        if not _is_name_token(doc[j], grammar, cues) or (
            j > i and _is_common_noun(doc[j], cues) and doc[j] not in grammar.legal_suffixes
        ):
            break
        j += 1
    return j


def _is_common_noun(text: str, cues: Cues) -> bool:
    return cues.in_any_class(text.lower())


# -- rules -----------------------------------------------------------------


def _legal_suffix(doc, taken, cues, grammar, kb) -> Iterator[Found]:
    suffixes = grammar.legal_suffixes
    for i in [k for k, tok in enumerate(doc) if tok in suffixes or tok in grammar.unit_suffixes]:
        tok = doc[i]
        if i in taken or i == 0:
            continue
        if tok not in suffixes and (i - 1) not in taken:
            continue  # a unit's word ("Health") names a unit only after a known company ("Oracle Health")
        if tok in ("Group", "Gruppe", "Technologies", "Labs", "Holdings") and not doc[i - 1][:1].isupper():
            continue
        start, joined = i, 0
        while start > 0 and i - start < MAX_NAME_TOKENS + joined and (start - 1) not in taken:
            prev = doc[start - 1]
            if prev in grammar.name_joiners and not joined and start >= 2 and (start - 2) not in taken \
                    and doc[start - 2][:1].isupper() and doc[start - 2].isalpha():
                start, joined = start - 1, 2  # "Hamburger Hafen und Logistik AG": the suffix vouches for the whole
                continue
            if not _is_name_token(prev, grammar, cues) and prev not in ("&", "-"):
                break
            if _is_common_noun(prev, cues) and (grammar.capitalises_nouns or start - 1 == 0 or not prev[:1].isupper()):
                break
            start -= 1
        if not grammar.capitalises_nouns and start >= 2 and doc[start - 1] == "The" and doc[start - 2] not in SENTENCE_EDGE:
            start -= 1  # "paid $610m for The Browser Company": a capitalised article inside a sentence is the name's
        while start < i and doc[start] != "The" and _is_common_noun(doc[start], cues):
            start += 1  # "Valor Equity Partners": a name opens with its own word, not a noun
        if (i - 1) in taken and tok in grammar.unit_suffixes and (i + 1 >= len(doc) or not doc[i + 1][:1].isupper()):
            # "AMD Ventures", "Intel Foundry": a known company's name with a unit's word
            start = _known_name_before(doc, i, taken)
            item = _make(doc, start, i + 1, doc.text(start, i + 1), EntityType.COMPANY, LEGAL_CONFIDENCE, kb)
            item.absorbs = True
            yield item
            continue
        if start == i or (i - 1) in taken:
            continue
        name = doc.text(start, i + 1 if tok in grammar.naming_suffixes else i)
        yield _make(doc, start, i + 1, name, EntityType.COMPANY, LEGAL_CONFIDENCE, kb)


def _known_name_before(doc: "Words", i: int, taken: set[int]) -> int:
    """Where the known capitalised name that ends right before token i starts ('AMD' of 'AMD
    Ventures', 'Mistral' of 'Mistral Small'): names a longer one opens with."""
    start = i - 1
    while start > 0 and (start - 1) in taken and i - start < MAX_NAME_TOKENS and doc[start - 1][:1].isupper():
        start -= 1
    return start


def _compound_company(doc, taken, cues, grammar, kb) -> Iterator[Found]:
    """'die Hanwha-Tochter', 'Zeiss-Chef': a capitalised word before a hyphen and a head that
    only a company has (a unit, a parent, a chief, a share) names a company."""
    heads = cues.cls("company_compound_head")
    if not heads.exact:
        return
    places = _place_lookup(kb, doc.lang)
    for i in doc.where(heads.exact):
        k = i - 2
        if k < 1 or doc[i - 1] not in ("-", "–") or k in taken or (k - 1) in taken or doc[k - 1] in ("-", "–"):
            continue
        word = doc[k]
        if not (word[:1].isupper() and word.isalpha() and len(word) >= 3) or word in grammar.non_entities:
            continue
        low = word.lower()
        if low in grammar.common_nouns or _is_common_noun(word, cues) or places.get(low) or low.endswith(_NOUN_SUFFIXES):
            continue  # "die Cloud-Tochter", "die US-Tochter", "die Software-Sparte"
        if not (cues.determiners.has(doc.lower[k - 1]) or doc.lower[k - 1] in grammar.prepositions):
            continue
        yield _make(doc, k, k + 1, word, EntityType.COMPANY, ROLE_CONFIDENCE, kb)


def _named_by_type(doc, taken, cues, grammar, kb) -> Iterator[Found]:
    """'ein Chip vom Typ Snapdragon Ride Flex', 'Speicherchips vom Typ HBM3E': the name after a
    type phrase is a product's."""
    for phrase in grammar.type_phrases:
        for i in doc.where({phrase[0]}):
            j = i + len(phrase)
            if j >= len(doc) or tuple(doc.lower[i:j]) != phrase:
                continue
            k = j
            while k < len(doc) and k in taken and k - j < MAX_NAME_TOKENS:
                k += 1  # a known name the product's name starts with ("Snapdragon Ride Flex")
            end = _name_after(doc, k, taken, cues, grammar)
            if end > k or (k == j and end > j):
                item = _make(doc, j, end, doc.text(j, end), EntityType.PRODUCT, PRODUCT_CONFIDENCE, kb)
                item.absorbs = k > j
                yield item


def _model_tiers(doc, taken, cues, grammar, kb) -> Iterator[Found]:
    """'Mistral Small', 'Mistral Medium': a maker's name and a size word name a model."""
    tiers = grammar.model_tiers
    for i in [k for k, tok in enumerate(doc) if tok in tiers]:
        if i == 0 or i in taken or (i - 1) not in taken or (i + 1 < len(doc) and doc[i + 1][:1].isupper()):
            continue
        start = _known_name_before(doc, i, taken)
        if kb.by_surface(doc.text(start, i), EntityType.COMPANY) is None:
            continue  # "Gemini Pro" is a product's own tier, "Galaxy S26 Ultra" a phone
        item = _make(doc, start, i + 1, doc.text(start, i + 1), EntityType.PRODUCT, PRODUCT_CONFIDENCE, kb)
        item.absorbs = True
        yield item


def _courts(doc, taken, cues, grammar, kb) -> Iterator[Found]:
    """'des Landgerichts München I', 'das Oberlandesgericht Köln': a court is named by its kind
    and its seat (and a chamber number), whatever the case of the kind word."""
    heads = grammar.court_heads
    if not heads or heads.keys().isdisjoint(doc):
        return  # most texts name no court: one set test instead of a look-up per token
    for i, word in enumerate(doc):
        base = heads.get(word)
        if base is None or i in taken or i + 1 >= len(doc) or (i + 1) in taken:
            continue
        seat = doc[i + 1]
        if not (seat[:1].isupper() and seat.isalpha()) or _is_common_noun(seat, cues) or seat in grammar.non_entities:
            continue
        end = i + 2
        if end < len(doc) and doc[end] in ("I", "II", "III") :
            end += 1
        name = " ".join([base, *doc[i + 1:end]])
        yield _make(doc, i, end, name, EntityType.REGULATOR, ROLE_CONFIDENCE, kb)


def _code_named(doc, taken, cues, grammar, kb) -> Iterator[Found]:
    """'its own server chip, code-named Baltra', 'ein Chip mit dem Codenamen Baltra': the name a
    product noun just before is given."""
    heads = cues.cls("product_head")
    lower = doc.lower
    for i in doc.where(grammar.naming_starts):
        word = lower[i]
        n = next((len(seq) for seq in grammar.naming_sequences
                  if seq[0] == word and tuple(lower[i : i + len(seq)]) == seq), 0)
        if not n or i + n >= len(doc) or (i + n) in taken:
            continue
        if not any(heads.has(lower[k]) for k in range(max(0, i - 5), i)):
            continue
        stop = _name_after(doc, i + n, taken, cues, grammar)  # code names borrow places: "Crescent Island"
        if stop > i + n:
            yield _make(doc, i + n, stop, doc.text(i + n, stop), EntityType.PRODUCT, PRODUCT_CONFIDENCE, kb)


def _role_apposition(doc, taken, cues, grammar, kb) -> Iterator[Found]:
    company, regulator = cues.cls("company_noun"), cues.cls("regulator_noun")
    lower = doc.lower
    compounds = doc.compound_roles(grammar)
    for i in sorted(set(doc.positions(company)) | set(doc.positions(regulator)) | compounds):
        if i >= len(doc) - 1 or i in taken:
            continue
        if not (doc[i + 1][:1].isupper() or _camel_case(doc[i + 1])) and not (company.opens_phrase(lower[i]) or regulator.opens_phrase(lower[i])):
            continue  # a one-word role noun needs a capitalised name right after it
        n_reg, n_com = regulator.phrase_at(lower, i), company.phrase_at(lower, i)
        if not n_reg and not n_com and i in compounds:
            if cues.cls("product_head").has(lower[i]):
                continue  # "die Rechenplattform Drive AGX Orin": a kind of product as much as of company
            n_com = 1  # "den Simulationsspezialisten Altair": a compound whose head names a company's kind
        n = max(n_reg, n_com)
        if n == 0 or i + n >= len(doc):
            continue
        etype = EntityType.REGULATOR if n_reg >= n_com else EntityType.COMPANY
        head = i + n - 1
        if etype is EntityType.COMPANY and cues.cls("product_head").has(lower[head]):
            continue  # "die Zentralrechner-Plattform Drive AGX Thor": a product's kind as much as a company's
        if not _role_head(doc, head):
            continue
        found = _name_after_noun(doc, head + 1, taken, cues, grammar, _place_lookup(kb, doc.lang))
        if found is None:
            continue
        end, absorbs = found  # "die Reederei CMA CGM": a longer name than the known "CMA"
        described = head >= 2 and doc[head - 1] == "-" and (head - 2) in taken  # "dem ChatGPT-Entwickler"
        if not absorbs and end - head == 2 and described and _noun_like_once(doc, head + 1):
            continue  # "dem ChatGPT-Entwickler Optionsscheine eingeräumt": the verb's object
        item = _make(doc, head + 1, end, doc.text(head + 1, end), etype, ROLE_CONFIDENCE, kb)
        item.absorbs = absorbs
        yield item
        if _plural_role(doc, i, head, cues):
            yield from _coordinated_names(doc, end, taken, cues, grammar, etype, kb)


def _plural_role(doc: Words, first: int, head: int, cues: Cues) -> bool:
    """'die Wirtschaftskanzleien CMS und Dentons', 'law firms CMS and Dentons': a plural role
    noun names all the names coordinated after it. German plurals show in the article ('die'
    or 'den' before the noun) and the ending; English ones in the -s."""
    word = doc.lower[head]
    if doc.lang != "de":
        return word.endswith("s") and not word.endswith("ss")
    k = first - 1
    while k >= 0 and doc[k].islower() and doc[k].isalpha() and not cues.determiners.has(doc.lower[k]):
        k -= 1  # adjectives before the noun
    article = doc.lower[k] if k >= 0 else ""
    return (article == "die" and word.endswith(("en", "er", "s", "e"))) or (article == "den" and word.endswith("n"))


def _coordinated_names(doc: Words, end: int, taken: set[int], cues: Cues, grammar: Grammar, etype: EntityType,
                       kb: KnowledgeBase) -> Iterator[Found]:
    """The names after the first of a plural role's apposition: ', B und C'."""
    j = end
    while j + 1 < len(doc) and (doc[j] == "," or cues.coordinators.has(doc.lower[j])):
        j += 1
        if j in taken:  # a known name: read by the list rules, passed over here
            while j < len(doc) and j in taken:
                j += 1
            continue
        stop = _name_after(doc, j, taken, cues, grammar)
        if stop == j or doc[j] in _given_names():
            return  # "und Michael Huth": a person joins the list, not another of the role's kind
        yield _make(doc, j, stop, doc.text(j, stop), etype, ROLE_CONFIDENCE, kb)
        j = stop


# endings of German common nouns ("Rahmenverträge", "Beteiligung", "Kapazität"): a capitalised
# word with one of them is read as a noun, not a name, where the rules below say so
_GERMAN_NOUN_ENDINGS = ("e", "en", "er", "ung", "ungen", "heit", "keit", "schaft", "schaften", "nisse", "ion", "ionen", "tät")


def _noun_like_once(doc: Words, i: int) -> bool:
    """A German word after a role noun that reads like a common noun (plain capitalisation, a
    noun ending) and that the text never names again: more likely an object than a name."""
    word = doc[i]
    if doc.lang != "de" or not word.isalpha() or not word[1:].islower() or len(word) < 6:
        return False
    if not doc.lower[i].endswith(_GERMAN_NOUN_ENDINGS):
        return False
    if i + 1 < len(doc) and doc[i + 1] in (",", "("):
        return False  # "der Rechenzentrumsspezialist Polarise, mit dem …": an apposition, no object
    return sum(1 for w in doc if w == word) == 1


def _compound_roles(doc: Words, grammar: Grammar) -> set[int]:
    """German compounds ending in a company kind ('Simulationsspezialisten',
    'US-Softwareanbieters'), capitalised, whose first part is a word of its own."""
    heads = grammar.company_heads
    if not heads:
        return set()
    out = set()
    head_set, lengths = _head_lengths(heads)
    # each distinct word is read once, through the document's index of its words
    for low, where in doc._index().items():
        if len(low) > 7 and low.endswith(heads):
            # some head ends the word with three letters before it: the shortest heads leave most
            longest = len(low) - 3
            if "" in head_set or any(low[-n:] in head_set for n in lengths if n <= longest):
                out.update(i for i in where if doc[i][:1].isupper())
    return out


@lru_cache(maxsize=8)
def _head_lengths(heads: tuple[str, ...]) -> tuple[frozenset[str], tuple[int, ...]]:
    """The heads as a set, and their lengths, shortest first."""
    return frozenset(heads), tuple(sorted({len(h) for h in heads if h}))


def _named_before_role(doc, taken, cues, grammar, kb) -> Iterator[Found]:
    """'Dotmatics, ein Anbieter von Software, ...', 'Voltmark, a startup that ...': the name
    before a comma and an indefinite role phrase is a company of that kind."""
    company = cues.cls("company_noun")
    indefinite = grammar.indefinite_articles
    places = _place_lookup(kb, doc.lang)
    for i in sorted(set(doc.positions(company)) | doc.compound_roles(grammar)):
        if i in taken:
            continue  # "SoftBank" ends like a kind of company but is a name
        k = i - 1
        while k > 0 and i - k <= 4 and doc.lower[k] not in indefinite and doc.lower[k] not in grammar.appositive_definites and (
            # "RISC-V, an open instruction set that companies use": a role noun inside a relative
            # clause is not the apposition's head
            doc.lang == "de" or doc.lower[k] not in grammar.relative_openers  # (German ones are articles too)
        ) and (
            (doc[k].isalpha() and (doc[k].islower() or doc.lang != "de" or places.get(doc.lower[k]) is not None))
            or k in taken or (doc[k] == "-" and (k - 1 in taken or doc.lang != "de" or doc[k - 1].islower()))
        ):  # ("ein Münsteraner Start-up": a place's adjective is capitalised in German)
            k -= 1  # adjectives: "ein junger Anbieter", "a little-known startup"; owners: "eine SAP-Tochter", "an SAP unit"
        if k < 2 or doc[k - 1] != ",":
            continue
        if doc.lower[k] not in indefinite and not (
            doc.lower[k] in grammar.appositive_definites and _apposition_closes(doc, i, grammar)
        ):
            continue
        end = k - 1
        start = end
        if start > 1 and doc[start - 1] in grammar.name_continuations and (start - 1) not in taken \
                and _is_name_token(doc[start - 2], grammar, cues):
            start -= 1  # "Tarvos AI, ein Start-up": a word that only continues names ends this one
        while start > 0 and end - start < MAX_NAME_TOKENS and (start - 1) not in taken and _is_name_token(doc[start - 1], grammar, cues):
            start -= 1
        if start < end - 1 and doc.lower[start] in grammar.prepositions:
            start += 1  # "An Tarvos AI, einem Start-up, …": a sentence's capitalised first preposition
        absorbs = False
        if start < end and (start - 1) in taken and doc[start][:1].isupper() and doc.lower[start] not in grammar.common_nouns:
            while start > 0 and (start - 1) in taken:
                start -= 1  # "Samsung Next, the venture arm of …": a longer name than the known "Samsung"
            while start > 0 and end - start < MAX_NAME_TOKENS and (start - 1) not in taken and _is_name_token(doc[start - 1], grammar, cues):
                start -= 1  # "SB OpenAI Japan"
            absorbs = start in taken  # a name that merely contains a known one ("SB OpenAI Japan") is left alone
        if start == end or (not absorbs and any(j in taken for j in range(start, end))):
            continue
        words = doc[start:end]
        if words[0] in _given_names() or _place_lookup(kb, doc.lang).get(" ".join(words).lower()):
            continue
        if doc.lower[k] not in indefinite and end - start == 1 and _sentence_adverb(doc, start, grammar):
            continue  # "However, the company that ..."
        if any(w.lower() in grammar.time_nouns or (w in grammar.non_entities and (n == 0 or w not in grammar.name_continuations))
               for n, w in enumerate(words)):
            continue
        item = _make(doc, start, end, doc.text(start, end), EntityType.COMPANY, ROLE_CONFIDENCE, kb)
        item.absorbs = absorbs
        yield item


def _apposition_closes(doc: Words, i: int, grammar: Grammar) -> bool:
    """'Magnetar, the Illinois hedge fund that ...', 'Crusoe, the startup, ...': a definite role
    phrase introduces the name before it only as a closed apposition (a comma or a relative
    pronoun after the head); otherwise the phrase may start the clause's own subject."""
    j = i + 1
    while j < len(doc) and (doc[j] == "-" or doc.lower[j] in grammar.compound_role_heads):
        j += 1  # compound heads: "hedge fund", "venture firm"
    if j < len(doc) and doc.lower[j] in grammar.possessive_preps:
        k = j + 1  # "the venture arm of Samsung Electronics, …": the head's own argument first
        while k < len(doc) and k - j <= 5 and doc[k] not in (",", ";", "."):
            k += 1
        j = k
    return j < len(doc) and (doc[j] in (",", ";") or doc.lower[j] in grammar.relative_subjects)


def _sentence_adverb(doc: Words, start: int, grammar: Grammar) -> bool:
    """A single capitalised word opening the sentence that the text also writes in lower case,
    or that reads as an adverb ('However', 'Separately')."""
    if start > 0 and doc[start - 1] not in (".", "!", "?", "\n") and doc[start - 1][:1].isalnum():
        return False
    low = doc.lower[start]
    return low in doc.lowered_set or low.endswith("ly") or doc[start] in grammar.non_entities


def _role_head(doc: Words, i: int) -> bool:
    """A role noun used as a title: a capitalised name follows it."""
    nxt = doc[i + 1]
    return (nxt[:1].isupper() or _camel_case(nxt)) and any(ch.isalnum() for ch in nxt)


_NOUN_SUFFIXES = ("ung", "ungen", "heit", "keit", "schaft", "tion", "ität", "ismus", "nisse", "chen", "lein", "ment", "ness", "ship", "ings", "enz", "ik", "ur")


LONG_NOUN = 9  # letters of a German word that, with a noun's ending, is a common noun and no name


_WEAK_NOUN_SUFFIXES = ("ik", "ur", "enz", "ment")  # endings that names share ("Apptronik")


def _looks_like_clause_start(doc: Words, start: int, end: int, product: bool = False) -> bool:
    """A single word with a common-noun ending after a role noun is the next noun, not a name.
    After a product's kind ('die Software Centaur') only the unmistakable endings count."""
    word = doc[start].lower()
    if end - start != 1 or not word.endswith(_NOUN_SUFFIXES):
        return False
    if product and word.endswith(_WEAK_NOUN_SUFFIXES):
        return False
    if word.endswith(_WEAK_NOUN_SUFFIXES) and sum(1 for w in doc if w == doc[start]) >= 2:
        return False  # "das Robotik-Start-up Apptronik … Apptronik arbeitet": a name the text repeats
    return True


def _person_by_role(doc, taken, cues, grammar, kb) -> Iterator[Found]:
    roles = cues.cls("person_role")
    for i in doc.positions(roles):
        if i >= len(doc) - 2 or not roles.has(doc.lower[i]):
            continue
        j = i + 1
        if j + 1 < len(doc) and cues.coordinators.has_lower(doc.lower[j]) and doc[j + 1][:1] in ("-", "‑"):
            # "Wiz-Mitgründer und -Chef Assaf Rappaport": a second role sharing the first's modifier
            j += 2 if len(doc[j + 1]) > 1 else 3
        if j + 3 < len(doc) and doc[j + 1] in ("-", "‑") and doc[j].isalpha() and doc[j].istitle() \
                and doc[j + 2].isalpha() and doc[j + 2].istitle() and j not in taken and (j + 2) not in taken:
            # "Vorstandschef Leif-Nissen Lundbæk", "CEO Jean-Marc Ollagnier": a double given name
            end = _name_after(doc, j + 2, taken, cues, grammar)
            if end - (j + 2) >= 2 and all(doc[k].isalpha() for k in range(j + 2, end)):
                yield _make(doc, j, end, doc.text(j, end), EntityType.PERSON, PERSON_CONFIDENCE, kb)
            continue
        end = _name_after(doc, j, taken, cues, grammar)
        if end - j >= 2 and all(doc[k].isalpha() or "-" in doc[k] for k in range(j, end)):
            yield _make(doc, j, end, doc.text(j, end), EntityType.PERSON, PERSON_CONFIDENCE, kb)


def _named_persons(doc, taken, cues, grammar, kb) -> Iterator[Found]:
    """'von Rafael Sotomayor geführt', 'led by Lisa Su': a known given name followed by one or
    two capitalised name words is a person. Only a candidate: kept where a relation uses it."""
    given = _given_names()
    for i in [k for k, word in enumerate(doc) if word in given]:
        if i in taken or i + 1 >= len(doc) or (i + 1) in taken:
            continue
        end = i + 1
        particles = 0  # "Oscar de Bok", "Ursula von der Leyen": particles right after the given name
        while end + particles < len(doc) and particles < 2 and doc[end + particles] in grammar.name_particles:
            particles += 1
        if particles and end + particles < len(doc) and end + particles not in taken and doc[end + particles][:1].isupper() \
                and doc[end + particles].isalpha() and not _is_common_noun(doc[end + particles], cues):
            end += particles
        while end < len(doc) and end - i < 3 + particles and end not in taken and doc[end][:1].isupper() and doc[end].replace("-", "").isalpha() \
                and not _is_common_noun(doc[end], cues) and doc[end] not in grammar.non_entities \
                and doc.lower[end] not in grammar.common_nouns:
            end += 1
        if end - i < 2 or (end < len(doc) and doc[end] in ("-", "–")):
            continue
        item = _make(doc, i, end, doc.text(i, end), EntityType.PERSON, PERSON_CONFIDENCE, kb)
        if item.entity.origin == "discovered":
            item = Found(item.entity, replace(item.mention, origin=CANDIDATE_ORIGIN))
        yield item


def _listed_persons(doc, taken, cues, grammar, kb, persons: dict[int, int]) -> Iterator[Found]:
    """'by Cristóbal Valenzuela, Anastasis Germanidis and Alejandro Matamala': a first and last
    name listed right between two persons is a person, whatever its given name."""
    for end in sorted(persons.values()):
        j = end + 1
        if end >= len(doc) or doc[end] != "," or j + 2 >= len(doc) or j in taken or j + 1 in taken:
            continue
        if not all(doc[k][:1].isupper() and doc[k].replace("-", "").isalpha() and not _is_common_noun(doc[k], cues)
                   and doc.lower[k] not in grammar.common_nouns for k in (j, j + 1)):
            continue
        after = j + 2
        if (doc[after] == "," or cues.coordinators.has(doc.lower[after])) and after + 1 in persons:
            yield _make(doc, j, j + 2, doc.text(j, j + 2), EntityType.PERSON, PERSON_CONFIDENCE, kb)


def _list_members(doc, taken, cues, grammar, kb) -> Iterator[Found]:
    company = cues.cls("company_noun")
    for i in doc.positions(company):
        if i >= len(doc) - 2 or not company.has(doc.lower[i]):
            continue
        k = i + 1
        while k < min(len(doc), i + 4) and (doc[k] == "," or doc[k].islower()) and not cues.list_intro.phrase_at(doc.lower, k):
            k += 1  # "mit mehreren Zulieferern zusammen, darunter ..."
        n = cues.list_intro.phrase_at(doc.lower, k) if k < len(doc) else 0
        if n <= 0 or (k > i + 1 and doc[k - 1] != ","):
            continue
        j = k + n
        if j < len(doc) and doc.lower[j] in grammar.list_fillers:
            j += 1
        while j < len(doc):
            end = _name_after(doc, j, taken, cues, grammar)
            if end > j:
                yield _make(doc, j, end, doc.text(j, end), EntityType.COMPANY, LIST_CONFIDENCE, kb)
            elif j not in taken:
                break
            else:
                while j < len(doc) and j in taken:
                    j += 1
                end = j
            if end < len(doc) and (doc[end] == "," or cues.coordinators.has(doc[end].lower())):
                j = end + 1
            else:
                break


def _product_by_noun(doc, taken, cues, grammar, kb) -> Iterator[Found]:
    """'its MI308 chip', "Nvidia's H800 chips", 'whose R1 model', 'its own Maia accelerator',
    'the Nova family of models', 'ihrem Assistenten Magenta AI', 'den Chatbot Grok': a name
    a product noun classifies, after a determiner or possessive, or as the noun's apposition."""
    heads = cues.cls("product_head")
    if not heads.exact and not heads.prefixes:
        return
    places = _place_lookup(kb, doc.lang)
    for i in heads.positions(doc.lower, doc.vocab):
        if i in taken or not heads.has(doc.lower[i]):
            continue
        named = _maker_named_product(doc, i, taken, kb)
        if named is not None:
            yield named
            continue
        # the name before the noun: "<det|possessive|'s> NAME chip", "seinen MI455-Chips",
        # "its Bixby voice assistant" (a noun of the product's kind between name and noun)
        end = i - 1 if i > 1 and doc[i - 1] in ("-", "–") and (
            _model_code(doc[i - 2], grammar) or _owned_name_modifier(doc, i - 2, cues, grammar)) else i
        kinds = cues.cls("product_modifier")
        while end > 0 and i - end < 2 and (end - 1) not in taken and kinds.has(doc.lower[end - 1]) and doc[end - 1].islower():
            end -= 1
        start = end
        while start > 0 and end - start < MAX_NAME_TOKENS and (start - 1) not in taken and (
                _product_token(doc[start - 1], grammar, places) or _continues_name(doc, start - 1, grammar, places)
                or _version_number(doc, start - 1, end, grammar, places)
                or _hyphen_in_name(doc, start, end, taken, grammar, places)):
            if _product_determiner(doc, start - 1, cues, grammar, taken):
                break  # "Its Sonar models": a capitalised possessive opening the sentence
            start -= 1
        if start < end and (start - 1) in taken and _model_code(doc[start], grammar) and not _year(doc[start]) \
                and start == end - 1 and i == end:
            # "Figure AI's Figure 02 robots": a known name and a model number name the product
            start = _known_name_before(doc, start, taken)
            if start > 0 and _product_determiner(doc, start - 1, cues, grammar, taken):
                item = _make(doc, start, end, doc.text(start, end), EntityType.PRODUCT, PRODUCT_CONFIDENCE, kb)
                item.absorbs = True
                yield item
                continue
            start = end
        if start < end and start > 0 and _product_determiner(doc, start - 1, cues, grammar, taken):
            if _family_ok(doc, i):
                if end == i and not grammar.capitalises_nouns and doc[i][:1].isupper() and doc[i][1:].islower():
                    end = i + 1  # "the Integrated Visual Augmentation System": English capitalises a name's own noun
                    while end < len(doc) and end - start <= MAX_NAME_TOKENS and end not in taken \
                            and doc[end] in grammar.product_name_tails:
                        end += 1  # "a Trusted Agent Protocol": a name's own last word after the noun
                yield _make(doc, start, end, doc.text(start, end), EntityType.PRODUCT, PRODUCT_CONFIDENCE, kb)
                continue
        # the name after the noun: "den Chatbot Grok", "the model Mistral Large",
        # "den Echtzeit-Übersetzer DeepL Voice" (a product named after its maker)
        compound_head = i > 1 and doc[i - 1] == "-" and not _model_code(doc[i - 2], grammar) and not (
            _owned_name_modifier(doc, i - 2, cues, grammar))  # "dessen Scala-Sensoren Mercedes verbaut"
        if i + 1 < len(doc) and i > 0 and _determiner_before(doc, i, cues, grammar) or compound_head:
            found = _name_after_noun(doc, i + 1, taken, cues, grammar, places, product=True)
            if found is not None:
                stop, absorbs = found
                if stop == i + 2 and len(doc[i + 1]) == 1:
                    continue  # "a Series C round": a letter after a noun of kind is a stage, no name
                known = _known_product_at(doc, stop, taken, kb) if not absorbs else 0
                if known:  # "der Sprachassistent Dragon Copilot": a new name that ends in a known one
                    stop, absorbs = stop + known, True
                first = i + 1
                if not grammar.capitalises_nouns and doc[i][:1].isupper() and not compound_head:
                    first = i  # "The Agent Payments Protocol": an English capital makes the noun part of the name
                item = _make(doc, first, stop, doc.text(first, stop), EntityType.PRODUCT, PRODUCT_CONFIDENCE, kb)
                item.absorbs = absorbs
                yield item
                continue
        if i + 3 < len(doc) and i > 0 and doc[i + 1] == "," and _phrase_opened(doc, i, cues, grammar):
            # "Mastercard's rival service, Agent Pay, …": a name between commas after the noun
            found = _name_after_noun(doc, i + 2, taken, cues, grammar, places, product=True)
            if found is not None and not found[1] and found[0] < len(doc) and doc[found[0]] == "," \
                    and found[0] - (i + 2) >= 1 and all(doc[k][:1].isupper() for k in range(i + 2, found[0])):
                yield _make(doc, i + 2, found[0], doc.text(i + 2, found[0]), EntityType.PRODUCT, PRODUCT_CONFIDENCE, kb)


def _known_product_at(doc: Words, k: int, taken: set[int], kb) -> int:
    """Tokens of a known product's name starting at k, right after a new name word (0 if none)."""
    for n in (3, 2, 1):
        if k + n <= len(doc) and all(j in taken for j in range(k, k + n)) and (k + n) not in taken \
                and kb.by_surface(doc.text(k, k + n), EntityType.PRODUCT) is not None:
            return n
    return 0


def _determiner_before(doc: Words, i: int, cues: Cues, grammar: Grammar) -> bool:
    """A determiner or possessive opens the noun phrase of the noun at i, German adjectives
    between them ('die hauseigene Rechenplattform', 'ihr digitaler Assistent')."""
    def opens(k: int, adjectives: int) -> bool:
        low = doc.lower[k]
        return cues.determiners.has(low) or (
            adjectives > 0 and low in grammar.possessive_pronouns and low not in grammar.relative_pronouns)

    k = i - 1
    while not opens(k, i - 1 - k):
        if doc.lang != "de" or k <= 0 or i - k > 2 or not (doc[k].islower() and doc[k].isalpha() and doc[k].endswith(_ADJECTIVE_ENDINGS)):
            return False
        k -= 1
    return True


_ADJECTIVE_ENDINGS = ("e", "er", "en", "es", "em")


def _phrase_opened(doc: Words, i: int, cues: Cues, grammar: Grammar) -> bool:
    """A determiner, possessive or owner's "'s" opens the noun phrase of the noun at i, past
    up to two lower-case words ("Mastercard's rival service", "its new assistant")."""
    for k in range(i - 1, max(-1, i - 4), -1):
        low = doc.lower[k]
        if cues.determiners.has(low) or low in grammar.possessive_pronouns or low in ("'s", "’s"):
            return low not in grammar.relative_pronouns
        if not (doc[k].isalpha() and doc[k].islower()):
            return False
    return False


def _maker_named_product(doc: Words, i: int, taken: set[int], kb: KnowledgeBase) -> Found | None:
    """'Perplexity Assistant', 'ChatGPT Agent': an English product named by its maker's name and
    a capitalised singular product noun. Title-case runs (headlines) are left alone."""
    word = doc[i]
    if doc.lang != "en" or not word[:1].isupper() or word.lower().endswith("s") or (i - 1) not in taken:
        return None
    if i + 1 < len(doc) and doc[i + 1][:1].isupper():
        return None
    start = _known_name_before(doc, i, taken)
    if start > 0 and doc[start - 1][:1].isupper() and start - 1 not in taken:
        return None  # inside a longer capitalised run
    item = _make(doc, start, i + 1, doc.text(start, i + 1), EntityType.PRODUCT, PRODUCT_CONFIDENCE, kb)
    item.absorbs = True
    return item


def _name_after_noun(doc: Words, j: int, taken: set[int], cues: Cues, grammar: Grammar, places, product: bool = False):
    """(end, starts with a known name) of the name right after a classifying noun."""
    absorbs = False
    start = j
    if j in taken and j + 1 < len(doc) and (j + 1) not in taken and (j - 1) not in taken:
        # a known name followed by more name words: "DeepL Voice", "Microsoft AI"
        nxt = doc[j + 1]
        common = nxt.lower() in grammar.common_nouns or nxt.lower().endswith(_NOUN_SUFFIXES) or (
            # "der Versicherer Axa Rahmenverträge mit …": a long German noun after the name is its object
            doc.lang == "de" and len(nxt) >= LONG_NOUN and nxt.lower().endswith(_GERMAN_NOUN_ENDINGS))
        if nxt[:1].isupper() and (nxt in grammar.name_continuations or (_is_name_token(nxt, grammar, cues) and not common)):
            absorbs, start = True, j + 1
    stop = _name_after(doc, start, taken, cues, grammar)
    if stop == start or (not absorbs and _looks_like_clause_start(doc, start, stop, product)):
        return None
    if not absorbs and (doc.lower[start] in grammar.common_nouns or (stop - start == 1 and _is_common_noun(doc[start], cues))):
        # "ob der Suchmaschinenkonzern Inhalte ... nutzt", "deren Software Nutzer Schritt für
        # Schritt ... führt": the clause's object, no name
        return None
    if any(places.get(doc.lower[k]) for k in range(j, stop)):
        return None
    return stop, absorbs


def _hyphen_in_name(doc: Words, start: int, end: int, taken: set[int], grammar: Grammar, places) -> bool:
    """'its own MN-Core chips': a hyphen between two name tokens is part of the name."""
    return start < end and start >= 2 and doc[start - 1] == "-" and (start - 2) not in taken \
        and _product_token(doc[start - 2], grammar, places) and _product_token(doc[start], grammar, places)


def _product_token(word: str, grammar: Grammar, places) -> bool:
    """A token of a product name: capitalised or carrying a digit ('H800', 'R1', 'Nova')."""
    if word in grammar.non_entities or places.get(word.lower()) or word.lower() in grammar.time_nouns \
            or word.lower() in grammar.common_nouns:  # "eine Art Betriebssystem": a kind, no name
        return False
    if not any(ch.isalpha() for ch in word) or not word[:1].isalnum():
        return False
    return word[:1].isupper() or (any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word))


def _continues_name(doc: Words, k: int, grammar: Grammar, places) -> bool:
    """'Cortex AI service': a word that only continues a name ('AI', 'Labs') counts as a product
    token when a name word stands before it."""
    return doc[k] in grammar.name_continuations and k > 0 and _product_token(doc[k - 1], grammar, places)


def _version_number(doc: Words, k: int, end: int, grammar: Grammar, places) -> bool:
    """'Figure 02 robots': a short number right before the noun, after a name word."""
    word = doc[k]
    return k == end - 1 and word.isdigit() and len(word) <= 3 and k > 0 and doc[k - 1][:1].isupper() \
        and _product_token(doc[k - 1], grammar, places)


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _owned_name_modifier(doc: Words, k: int, cues: Cues, grammar: Grammar) -> bool:
    """'seiner Iris-Sensoren', 'dessen Scala-Sensoren', 'its Gaudi-series': after a possessive,
    a capitalised word that is no common noun names the product in a compound."""
    word = doc[k]
    if k < 1 or not (word[:1].isupper() and word.isalpha()):
        return False
    # after a possessive ('seiner Iris-Sensoren'), or after an article when the maker follows
    # ('die Instinct-Chips von AMD')
    maker_follows = k + 3 < len(doc) and doc.lower[k + 3] in grammar.maker_preps
    if doc.lower[k - 1] not in grammar.possessive_pronouns and not (cues.determiners.has(doc.lower[k - 1]) and maker_follows):
        return False
    low = word.lower()
    return not (word in grammar.non_entities or low in grammar.common_nouns or cues.in_any_class(low)
                or low.endswith(_NOUN_SUFFIXES + _GERMAN_NOUN_ENDINGS))


def _model_code(word: str, grammar: Grammar) -> bool:
    """'MI455', 'H20', 'GB300': a model designation (digits or capitals), not a word like 'Echtzeit'."""
    if word in grammar.non_entities or not word[:1].isalnum():
        return False
    return any(ch.isdigit() for ch in word) or (word.isupper() and len(word) >= 2)


def _product_determiner(doc: Words, k: int, cues: Cues, grammar: Grammar, taken: set[int]) -> bool:
    """What may stand before a product name: a determiner, a possessive, 'own'/'eigene', or a
    company's genitive ("Nvidia's", "Nvidias")."""
    word, low = doc[k], doc.lower[k]
    if word in ("'s", "’s") or low in grammar.possessive_pronouns or low in grammar.relative_pronouns:
        return True
    if word in ("'", "’") and k > 0 and doc[k - 1][:1].isupper() and doc[k - 1].endswith("s"):
        return True  # "Agility Robotics' Digit robots"
    if cues.determiners.has(low):
        return True
    return k in taken and word.endswith("s")  # "Nvidias H20-Chips"


def _family_ok(doc: Words, i: int) -> bool:
    """'family'/'Reihe' classifies products only with what the family is of: 'family of models'."""
    if doc.lower[i] not in ("family", "families", "reihe", "familie", "series", "line"):
        return True
    if i > 1 and doc[i - 1] in ("-", "–") and doc[i - 2][:1].isupper():
        return True  # "seiner Gaudi-Reihe": the name in the compound is the family's
    return i + 2 < len(doc) and doc.lower[i + 1] in ("of", "von", "der") and doc[i + 2][:1].isalpha()


def place_words(kb: KnowledgeBase, lang: str) -> dict[str, tuple[str, bool]]:
    """Lower-cased words that name a place (and its adjectives) in ``lang``."""
    return _place_lookup(kb, lang)


def given_names() -> frozenset[str]:
    return _given_names()


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    raw = json.loads((DATA_DIR / "given_names.json").read_text(encoding="utf-8"))
    return frozenset(raw["names"])


SENTENCE_EDGE = {".", "!", "?", ":", ";", "-", "•", "*", "–", "—", "(", "\"", "“", "‘", "#", "**", ">"}


def _capitalised_names(doc, taken, cues, grammar, kb) -> Iterator[Found]:
    """'Ziff Davis sued OpenAI', 'The Financial Times', 'IGN': in English, a run of capitalised
    words inside a sentence is a name. It becomes an organisation only as a candidate: the
    extractor keeps it when a relation uses it. German capitalises every noun, so this rule
    is for English text only."""
    if doc.lang != "en":
        return
    places = _place_lookup(kb, doc.lang)
    given = _given_names()
    n = len(doc)
    free = 0  # tokens before this belong to a run already read
    # a name token is capitalised: the other tokens are passed over without a step each
    for i in [k for k, word in enumerate(doc) if word[:1].isupper()]:
        if i < free or i in taken or not _is_name_token(doc[i], grammar, cues) or doc[i] in grammar.name_continuations:
            continue
        j = i
        while j < n and j - i < 4 and j not in taken and (
            _is_name_token(doc[j], grammar, cues) or (j > i and doc[j] in grammar.name_continuations)
        ):
            j += 1
        yield from _capitalised_run(doc, i, j, taken, cues, grammar, kb, places, given)
        free = j


def _capitalised_run(doc, i, j, taken, cues, grammar, kb, places, given) -> Iterator[Found]:
    words = doc[i:j]
    if j in taken or (i - 1) in taken or (j < len(doc) and doc[j] in ("-", "–")):
        return  # part of a longer name or a compound with a known one
    initial = i == 0 or doc[i - 1] in SENTENCE_EDGE or doc[i - 1].isspace() or not doc[i - 1].strip()
    single = len(words) == 1
    if single and (initial or len(words[0]) < 3 or (
        sum(ch.isupper() for ch in words[0]) < 2 and not _coordinated_with_name(doc, i, grammar, cues)
        and not _name_in_argument(doc, i, grammar, cues)
    )):
        return  # one capitalised word may open a sentence or be a surname; 'IGN', 'EcoDataCenter' are names
    if single and (words[0] in getattr(doc, "surnames", ()) or _reported(doc, j, cues)):
        return  # "Huang said", "according to Altman": a person
    if words[-1] in getattr(doc, "surnames", ()):
        return
    if words[0] in given or any(w.lower() in grammar.time_nouns for w in words):
        return  # a person ('Jane Smith') or a date
    if i > 0 and doc.lower[i - 1] in grammar.place_preps and not (single and _inner_capital(words[0])):
        return  # "told analysts in Santa Clara": a place ("in HyperVault": places have one capital)
    if places.get(" ".join(words).lower()) or any(places.get(w.lower()) and single for w in words):
        return
    if _title_case_line(doc, i) or _is_common_noun(words[0], cues):
        return
    if len(words) > 2 and any(_is_common_noun(w, cues) for w in words[1:]):
        return  # "Crunchy Data", "Scale Labs" are names; longer runs of common nouns are headings
    if any(w in grammar.non_company_words for w in words) or (j < len(doc) and doc[j] in grammar.non_company_words):
        return  # "Stanford University", "Harvard Medical School": an institution
    etype = EntityType.PRODUCT if (len(words) > 1 and words[-1] in grammar.product_name_tails) \
        or _kind_apposition(doc, j, cues, grammar, places) else EntityType.COMPANY
    item = _make(doc, i, j, doc.text(i, j), etype, NAME_CONFIDENCE, kb)
    if item.entity.origin == "discovered":
        item = Found(item.entity, replace(item.mention, origin=CANDIDATE_ORIGIN))
    yield item


CANDIDATE_ORIGIN = "name"  # a capitalised name that needs a relation to be kept


def _kind_apposition(doc: Words, j: int, cues: Cues, grammar: Grammar, places=None) -> bool:
    """'North, a platform for building agents', 'Helix, a vision-language-action model',
    'MO360, die hauseigene Produktionsplattform': an apposition whose noun is a product's kind
    says the name before the comma is a product."""
    if j + 2 >= len(doc) or doc[j] != "," or not cues.determiners.has(doc.lower[j + 1]):
        return False
    heads = cues.cls("product_head")
    k = j + 2
    while k < len(doc) and k - j <= 9:
        low = doc.lower[k]
        if heads.has(low) and (k + 1 >= len(doc) or not heads.has(doc.lower[k + 1])):
            return _family_ok(doc, k)
        if not (low.isalpha() or low == "-") or (
            doc[k][:1].isupper() and doc.lang != "de" and not (places and places.get(low))
        ):
            return False  # a name or a number: the apposition names something else ('Japanese' is neither)
        k += 1
    return False


def _name_in_argument(doc: Words, i: int, grammar: Grammar, cues: Cues) -> bool:
    """'acquired Informatica for $8bn', 'a round led by Iconiq': inside an English sentence a
    capitalised word right after a verb or a preposition, whose lower-case form the text
    never uses, names something."""
    prev = doc.lower[i - 1] if i > 0 else ""
    if not (prev in grammar.prepositions or (prev.isalpha() and doc[i - 1].islower() and len(prev) > 2)):
        return False
    if cues.determiners.has(prev) or prev in grammar.possessive_pronouns:
        return False  # "the Commission", "its Board": a noun with a capital for emphasis
    return doc.lower[i] not in doc.lowered_set and doc[i] not in grammar.non_entities


def _coordinated_with_name(doc: Words, i: int, grammar: Grammar, cues: Cues) -> bool:
    """'the owner of IGN and Mashable', 'Bild and Politico': a single word listed with a name."""
    before = doc[i - 2] if i >= 2 and (doc.lower[i - 1] in ("and", ",") ) else ""
    after = doc[i + 2] if i + 2 < len(doc) and doc.lower[i + 1] in ("and", ",") else ""
    return any(w[:1].isupper() and _is_name_token(w, grammar, cues) for w in (before, after) if w)


def _reported(doc: Words, j: int, cues: Cues) -> bool:
    """A name right before a reporting verb is a speaker, usually a person."""
    return j < len(doc) and cues.cls("reporting_verb").has(doc.lower[j])


def _title_case_line(doc: Words, i: int) -> bool:
    """Headlines capitalise every word: a run there says nothing about names."""
    lo = i
    while lo > 0 and "\n" not in doc[lo - 1]:
        lo -= 1
    hi = i
    while hi < len(doc) and "\n" not in doc[hi]:
        hi += 1
    line = [w for w in doc[lo:hi] if w.strip()]
    if line and line[-1] in (".", "!", "?", ":", ";", ","):
        return False  # a sentence, however many names it holds
    alpha = [w for w in line if w.isalpha() and len(w) > 3]
    return len(alpha) >= 4 and sum(w[:1].isupper() for w in alpha) / len(alpha) > 0.6


def _places(doc, taken, cues, grammar, kb) -> Iterator[Found]:
    """'kalifornische Behörden', 'Delaware-Behörden', 'California regulators' -> '<Place> authorities'."""
    lookup = _place_lookup(kb, doc.lang)
    for i in doc.where(lookup.keys()):  # the other tokens name no place
        tok = doc[i]
        place = _place_at(tok, lookup)
        if place is None or i in taken or place in _cities(kb):
            continue  # "die Bonner Behörde" is a national agency seated in a city, not the city's
        possessive = i + 1 < len(doc) and doc[i + 1] in ("'s", "’s")
        head = _authority_head(doc, i + 1 if possessive else i, grammar)  # "California's attorney general"
        if head is None:
            continue
        office = " ".join(doc.lower[i + (2 if possessive else 1) : head])
        title = grammar.authority_titles.get(office)
        known = _office_holder(place, office, doc.lang, kb)
        name = known or (f"{place} {title}" if title else f"{place} authorities")
        yield _make(doc, i, head, name, EntityType.REGULATOR, PLACE_CONFIDENCE, kb)


AUTHORITIES_FILE = DATA_DIR / "authorities.json"
DESCRIPTION_WORDS = 3  # "Italy's data protection authority": words between the place and the authority noun


@lru_cache(maxsize=1)
def _authorities() -> dict:
    return json.loads(AUTHORITIES_FILE.read_text(encoding="utf-8"))


def _office_holder(place: str, office: str, lang: str, kb: KnowledgeBase) -> str | None:
    """The known regulator a place's described office names: 'Italy's data protection
    authority' is the Garante, 'die italienische Kartellbehörde' the AGCM."""
    table = _authorities()
    holders = table["offices"].get(place)
    if not holders:
        return None
    for remit, words in table["remits"].items():
        if remit in holders and any(office.startswith(w) or f" {w}" in f" {office}" for w in words.get(lang, [])):
            entry = kb.get(holders[remit])
            return entry.name if entry is not None else None
    return None


def _authority_head(doc: Words, i: int, grammar: Grammar) -> int | None:
    """End of the mention when an authority noun follows the place word (directly, via hyphen,
    or after a coordinated second place: 'kalifornische und Delaware-Behörden')."""
    words = doc[i + 1 : i + 8]
    if words[:1] == ["-"] and grammar.authority_nouns.phrase_at(words, 1):
        return i + 2 + grammar.authority_nouns.phrase_at(words, 1)
    if grammar.authority_nouns.phrase_at(words, 0):
        return i + 1 + grammar.authority_nouns.phrase_at(words, 0)
    for k in range(1, min(len(words), DESCRIPTION_WORDS + 1)):
        if not (words[k - 1].isalpha() or words[k - 1] == "-") or words[k - 1][:1].isupper():
            break  # only lower-case words describe the office: "data protection authority"
        if grammar.authority_nouns.phrase_at(words, k):
            return i + 1 + k + grammar.authority_nouns.phrase_at(words, k)
    if words[:1] and words[0].lower() in ("und", "oder", "and", "or", ","):
        for k in range(1, min(len(words), 5)):
            if grammar.authority_nouns.phrase_at(words, k):
                return i + 1  # the adjective alone names the first authority
    return None


def _cities(kb: KnowledgeBase) -> frozenset[str]:
    key = (id(kb), "cities")
    if key not in _PLACE_CACHE:
        _PLACE_CACHE[key] = frozenset(p.name for p in kb.places if p.kind == "city")
    return _PLACE_CACHE[key]


_PLACE_CACHE: dict = {}  # per knowledge base and language: place words, city names


def _place_lookup(kb: KnowledgeBase, lang: str) -> dict[str, tuple[str, bool]]:
    """Lower-cased place word -> (place name, is a German adjective form)."""
    key = (id(kb), lang)
    if key not in _PLACE_CACHE:
        table: dict[str, tuple[str, bool]] = {}
        for place in kb.places:
            for form in (place.name, *place.en, *place.de, *place.en_adj):
                table[form.lower()] = (place.name, False)
            if lang == "de":  # genitive: "die wertvollsten Start-ups Europas"
                for form in (place.name, *place.de):
                    if not form.endswith(("s", "x", "z", "ß")):
                        table.setdefault((form + "s").lower(), (place.name, False))
            for stem in place.de_adj:
                for ending in ("", "e", "en", "er", "es", "em"):
                    table[(stem + ending).lower()] = (place.name, True)
        _PLACE_CACHE[key] = table
    return _PLACE_CACHE[key]


def _place_at(word: str, lookup: dict[str, tuple[str, bool]]) -> str | None:
    """Place names need their capital ('US', not 'us'); German adjectives are lower-case."""
    hit = lookup.get(word.lower()) if word[:1].isalpha() else None
    if hit is None:
        return None
    name, adjective = hit
    return name if adjective or word[:1].isupper() else None
