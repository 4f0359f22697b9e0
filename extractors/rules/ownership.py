"""'Microsoft's Azure cloud', 'Nvidias Blackwell-Chips', 'designs its Trainium chips'.

A company's possessive in front of a product names its maker. This is a
construction, not a trigger word, so it lives apart from the lexicon frames.
"""

from __future__ import annotations

from extractors.rules.frames import Frame
from extractors.rules.grammar import Grammar
from extractors.rules.lexicon import trigger
from extractors.rules.ontology import EntityType, RelationType
from extractors.rules.sentence import M, Sent

POSSESSIVE_PRODUCT = trigger(
    id="possessive-product", forms=("'s",), match="exact", kind="noun",
    relation=RelationType.DEVELOPS, confidence=0.8,
)
MAX_GAP = 3
MAKER_REACH = 4  # tokens from 'von'/'des' to the maker ('der Amazon-Cloudsparte AWS')
POSSESSIVE_REACH = 5


def owned_products(sent: Sent, grammar: Grammar, stops=frozenset(), kinds=None) -> list[tuple[M, Frame]]:
    """(product mention, frame) pairs for every product with a possessive owner.

    ``stops`` are words that end a noun phrase (verbs, auxiliaries, relative words);
    ``kinds`` the nouns of products' kinds ('Sensoren', 'Chips')."""
    out = []
    for product in sent.mentions:
        if product.type is not EntityType.PRODUCT:
            continue
        if product.compound and not (kinds is not None and _kind_compound(sent, product, kinds)):
            continue  # "Nvidias HBM4-Bedarf": the demand is Nvidia's, the memory is not
        frame = (
            _genitive_owner(sent, product)
            or _maker_after(sent, product, grammar)
            or _pronoun_owner(sent, product, grammar, stops)
        )
        if frame:
            out.append((product, frame))
    return out


def product_owner(sent: Sent, product: M, grammar: Grammar) -> M | None:
    """The company a product is named with ('OpenAI's ChatGPT', 'ChatGPT von OpenAI'), if any."""
    frame = _genitive_owner(sent, product) or _maker_after(sent, product, grammar)
    return frame.subjects[0] if frame is not None else None


def _kind_compound(sent: Sent, product: M, kinds) -> bool:
    """'seiner Iris-Sensoren': the compound's head is the product's kind, so the product is owned."""
    r = product.end - sent.start
    return r + 1 < len(sent.words) and sent.words[r] in ("-", "–") and kinds.has(sent.lower[r + 1])


def _gap(sent: Sent, left_end: int, right_start: int) -> list[str]:
    return sent.words[left_end - sent.start : right_start - sent.start]


def _modifiers_only(gap: list[str]) -> bool:
    """Adjectives and common nouns ('revamped voice assistant', 'Simulationssoftware')."""
    return len(gap) <= MAX_GAP and all(w in ("'s", "’s", "'", "’", "-") or w.isalpha() for w in gap)


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


def _maker_after(sent: Sent, product: M, grammar: Grammar) -> Frame | None:
    """'Mistral Large von Mistral AI', 'Gemini from Google', 'ChatGPT by OpenAI'."""
    r = product.end - sent.start
    if r + 2 < len(sent.words) and sent.words[r] in ("-", "–") and sent.words[r + 1].isalpha():
        r += 2  # "die Instinct-Chips von AMD": past the compound's head
    if r >= len(sent.words) or sent.lower[r] not in grammar.maker_preps:
        return None
    for m in sent.mentions:
        if m.start <= sent.start + r or m.type is not EntityType.COMPANY or m.compound:
            continue
        # words, not hyphens: "des jungen Start-ups Tidewise"
        words = sum(1 for w in sent.words[r + 1 : m.start - sent.start] if w not in ("-", "–"))
        if words < MAKER_REACH:
            return Frame([m], [product], "possessive-product:maker", 0.85)
    return None


def _pronoun_owner(sent: Sent, product: M, grammar: Grammar, stops=frozenset()) -> Frame | None:
    """'seine Cloud-Plattform Azure', 'its own Maia accelerator', 'AMD, whose MI308 chip'."""
    r = product.start - sent.start
    k = r - 1
    names = None  # tokens of names, relative to the sentence: needed only once the walk starts
    while k >= 0 and r - k <= POSSESSIVE_REACH and sent.lower[k] not in grammar.possessive_pronouns:
        if names is None:
            names = {i - sent.start for m in sent.mentions for i in range(m.start, m.end)}
        if (
            not (sent.words[k].isalpha() or sent.words[k] == "-") or k in names or sent.lower[k] in stops
            or sent.lower[k] in grammar.prepositions  # "seiner Anwendungen auf Azure": Azure is not its
        ):
            return None  # the possessive belongs to another noun phrase
        k -= 1
    if k < 0 or sent.lower[k] not in grammar.possessive_pronouns:
        return None
    if sent.lower[k] in grammar.relative_pronouns:  # "whose": the name before the comma
        before = [m for m in sent.mentions if m.end <= sent.start + k]
        owner = before[-1:] if before and before[-1].type is EntityType.COMPANY else []
    else:
        # "und Amazon mit seinen Trainium-Chips": the company right before the phrase owns it
        near = [m for m in sent.mentions if m.bare and m.type is EntityType.COMPANY and sent.start + k - 2 <= m.end <= sent.start + k
                and (m.end == sent.start + k or sent.lower[k - 1] in grammar.prepositions)
                and m.start > sent.start and sent.lower[m.start - sent.start - 1] in grammar.joining_coordinators]
        owner = near[-1:] or _clause_owner(sent, product, grammar.verb_final)
    return Frame(owner, [product], "possessive-product:pronoun", 0.85) if owner else None


def _clause_owner(sent: Sent, product: M, to_subject: bool = False) -> list[M]:
    """The nearest company before the product ("pay Google for its Gemini model"); in German the
    clause's subject, which 'sein'/'ihr' points back to ('AMD will Nvidia mit seinen Chips ...');
    else the clause subject after it."""
    bare = [m for m in sent.mentions if m.clause == product.clause and m.bare and m.type is EntityType.COMPANY]
    before = [m for m in bare if m.end <= product.start]
    if before:
        return sent.group_of(before[0] if to_subject else before[-1])[:1]
    if to_subject or not bare:
        return bare[:1]
    # English 'its' points back; forward only out of a fronted phrase ("In its filing, OpenAI said")
    gap = sent.words[product.end - sent.start : bare[0].start - sent.start]
    return bare[:1] if "," in gap and "," not in sent.words[: product.start - sent.start] else []
