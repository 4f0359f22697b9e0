"""A small hand-made graph that exercises every canned query.

Tests (the parity test above all), the docs and the query examples use it:
each ``.cypher`` example parameter names an entity here, and the articles
hold what makes queries interesting — aliases and possessives, umlauts and
ß, an ambiguous alias, ties in confidence, planned, speculative, ended and
negated claims, amounts, articles without a date, repeated evidence,
multi-hop chip chains and investment cycles.

It is built from the ontology models, so it goes through the same
``add`` path as extracted articles.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Iterable

from graph.models import Article, Entity, Evidence, Extraction, Mention, Relation

# id -> (name, type, aliases)
ENTITIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "Q2283": ("Microsoft", "Company", ("MSFT", "Microsoft Corp.")),
    "openai": ("OpenAI", "Company", ("Open AI",)),
    "nvidia": ("Nvidia", "Company", ("NVIDIA Corporation",)),
    "amd": ("AMD", "Company", ("Advanced Micro Devices",)),
    "coreweave": ("CoreWeave", "Company", ()),
    "amazon": ("Amazon", "Company", ()),
    "aws": ("Amazon Web Services", "Company", ("AWS",)),
    "anthropic": ("Anthropic", "Company", ()),
    "google": ("Google", "Company", ("Alphabet",)),
    "apple": ("Apple", "Company", ()),
    "broadcom": ("Broadcom", "Company", ()),
    "oracle": ("Oracle", "Company", ()),
    "softbank": ("SoftBank", "Company", ("Softbank Group",)),
    "stargate": ("Stargate", "Company", ("Stargate-Projekt",)),
    "xai": ("xAI", "Company", ()),
    "windsurf": ("Windsurf", "Company", ()),
    "sap": ("SAP", "Company", ()),
    "mistral-ai": ("Mistral AI", "Company", ("Mistral",)),
    "asml": ("ASML", "Company", ()),
    "deutsche-telekom": ("Deutsche Telekom", "Company", ("Telekom",)),
    "aleph-alpha": ("Aleph Alpha", "Company", ()),
    "oko-rechenzentrum": ("Öko-Rechenzentrum", "Company", ()),
    "grossrechner-ag": ("Großrechner AG", "Company", ("Großrechner",)),
    "gemini-trust": ("Gemini Trust", "Company", ("Gemini",)),
    "sam-altman": ("Sam Altman", "Person", ("Altman",)),
    "satya-nadella": ("Satya Nadella", "Person", ("Nadella",)),
    "jensen-huang": ("Jensen Huang", "Person", ()),
    "elon-musk": ("Elon Musk", "Person", ("Musk",)),
    "chatgpt": ("ChatGPT", "Product", ()),
    "h100": ("H100", "Product", ()),
    "claude": ("Claude", "Product", ()),
    "trainium": ("Trainium", "Product", ()),
    "gemini": ("Gemini", "Product", ()),
    "ftc": ("FTC", "Regulator", ("Federal Trade Commission",)),
    "cma": ("CMA", "Regulator", ("Competition and Markets Authority",)),
    "bundeskartellamt": ("Bundeskartellamt", "Regulator", ()),
    "european-commission": ("European Commission", "Regulator", ("EU-Kommission",)),
}

USD, EUR = "USD", "EUR"


def money(amount: int, currency: str) -> dict[str, Any]:
    return {"attributes": {"amount": amount, "currency": currency}}


# (title, published, lang, [(sentence, subject, predicate, object, qualifiers)], extra mentions)
ARTICLES: list[tuple[str, str | None, str, list[tuple], tuple[str, ...]]] = [
    ("Microsoft doubles down on OpenAI", "2025-01-10", "en", [
        ("Microsoft invests $10bn in OpenAI.", "Q2283", "INVESTS_IN", "openai",
         {"confidence": 0.9, **money(10_000_000_000, USD)}),
        ("OpenAI and Microsoft deepen their partnership.", "openai", "PARTNERS_WITH", "Q2283", {"confidence": 0.8}),
        ("Azure remains the exclusive cloud of OpenAI.", "Q2283", "PROVIDES_CLOUD_TO", "openai",
         {"confidence": 0.85, "attributes": {"exclusive": True}}),
        ("Sam Altman, CEO of OpenAI, welcomed the deal.", "sam-altman", "LEADS", "openai", {"confidence": 0.95}),
        ("Satya Nadella heads Microsoft.", "satya-nadella", "LEADS", "Q2283", {"confidence": 0.95}),
        ("OpenAI develops ChatGPT.", "openai", "DEVELOPS", "chatgpt", {"confidence": 0.9}),
    ], ()),
    ("Chips for everyone", "2025-02-01", "en", [
        ("Nvidia supplies GPUs to CoreWeave.", "nvidia", "SUPPLIES_CHIPS_TO", "coreweave", {"confidence": 0.9}),
        ("CoreWeave provides compute to OpenAI in an $11.9bn deal.", "coreweave", "PROVIDES_CLOUD_TO", "openai",
         {"confidence": 0.85, **money(11_900_000_000, USD)}),
        ("Nvidia also sells chips to Microsoft.", "nvidia", "SUPPLIES_CHIPS_TO", "Q2283", {"confidence": 0.8}),
        ("Nvidia holds a stake in CoreWeave.", "nvidia", "INVESTS_IN", "coreweave", {"confidence": 0.7}),
        ("Jensen Huang leads Nvidia.", "jensen-huang", "LEADS", "nvidia", {"confidence": 0.95}),
        ("Nvidia makes the H100.", "nvidia", "DEVELOPS", "h100", {"confidence": 0.9}),
        ("AMD plans to supply chips to OpenAI.", "amd", "SUPPLIES_CHIPS_TO", "openai",
         {"confidence": 0.6, "status": "planned"}),
        ("Nvidia competes with AMD.", "nvidia", "COMPETES_WITH", "amd", {"confidence": 0.8}),
    ], ("openai", "Q2283")),
    ("Telekom und Nvidia bauen eine KI-Fabrik", None, "de", [
        ("Die Telekom und Nvidia vereinbaren eine Partnerschaft.", "deutsche-telekom", "PARTNERS_WITH", "nvidia",
         {"confidence": 0.8}),
        ("Nvidia liefert GPUs an die Telekom.", "nvidia", "SUPPLIES_CHIPS_TO", "deutsche-telekom", {"confidence": 0.8}),
        ("Die Telekom soll Rechenkapazität für Aleph Alpha bereitstellen.", "deutsche-telekom",
         "PROVIDES_CLOUD_TO", "aleph-alpha", {"confidence": 0.6, "status": "planned"}),
        ("Die Telekom kooperiert mit dem Öko-Rechenzentrum.", "deutsche-telekom", "PARTNERS_WITH",
         "oko-rechenzentrum", {"confidence": 0.8}),
        ("Die Großrechner AG könnte Chips an die Telekom liefern.", "grossrechner-ag", "SUPPLIES_CHIPS_TO",
         "deutsche-telekom", {"confidence": 0.5, "status": "speculative"}),
    ], ("aleph-alpha",)),
    ("Amazon bets on Anthropic", "2025-03-05", "en", [
        ("Amazon invests $4bn in Anthropic.", "amazon", "INVESTS_IN", "anthropic",
         {"confidence": 0.9, **money(4_000_000_000, USD)}),
        ("AWS is Anthropic's primary cloud provider.", "aws", "PROVIDES_CLOUD_TO", "anthropic", {"confidence": 0.9}),
        ("AWS is a unit of Amazon.", "aws", "SUBSIDIARY_OF", "amazon", {"confidence": 0.9}),
        ("Anthropic develops Claude.", "anthropic", "DEVELOPS", "claude", {"confidence": 0.99}),
        ("Anthropic competes with OpenAI.", "anthropic", "COMPETES_WITH", "openai", {"confidence": 0.8}),
        ("Anthropic depends on AWS.", "anthropic", "DEPENDS_ON", "aws", {"confidence": 0.7}),
        ("Amazon designs the Trainium chip.", "amazon", "DEVELOPS", "trainium", {"confidence": 0.9}),
        ("Amazon supplies Trainium chips to Anthropic.", "amazon", "SUPPLIES_CHIPS_TO", "anthropic",
         {"confidence": 0.8}),
    ], ()),
    ("Regulators circle AI deals", "2025-03-20", "en", [
        ("The FTC investigates Microsoft.", "ftc", "REGULATES", "Q2283", {"confidence": 0.8}),
        ("The FTC also probes OpenAI.", "ftc", "REGULATES", "openai", {"confidence": 0.8}),
        ("The CMA examines Microsoft.", "cma", "REGULATES", "Q2283", {"confidence": 0.7}),
        ("The Bundeskartellamt plans to review Microsoft.", "bundeskartellamt", "REGULATES", "Q2283",
         {"confidence": 0.6, "status": "planned"}),
        ("The FTC is not investigating Nvidia.", "ftc", "REGULATES", "nvidia", {"confidence": 0.7, "negated": True}),
        ("The European Commission may probe Nvidia.", "european-commission", "REGULATES", "nvidia",
         {"confidence": 0.5, "status": "speculative"}),
    ], ()),
    ("Musk sues OpenAI", "2025-04-02", "en", [
        ("xAI sued OpenAI.", "xai", "IN_CONFLICT_WITH", "openai", {"confidence": 0.85}),
        ("Elon Musk leads xAI.", "elon-musk", "LEADS", "xai", {"confidence": 0.9}),
        ("Tensions between Microsoft and OpenAI may grow.", "Q2283", "IN_CONFLICT_WITH", "openai",
         {"confidence": 0.6, "status": "speculative"}),
        ("Google competes with OpenAI.", "google", "COMPETES_WITH", "openai", {"confidence": 0.8}),
        ("OpenAI plans to acquire Windsurf for $3bn.", "openai", "ACQUIRES", "windsurf",
         {"confidence": 0.7, "status": "planned", **money(3_000_000_000, USD)}),
        ("Microsoft and OpenAI renewed their partnership.", "Q2283", "PARTNERS_WITH", "openai", {"confidence": 0.7}),
    ], ("elon-musk",)),
    ("Stargate: SoftBank und Oracle", "2025-04-15", "de", [
        ("SoftBank investiert 19 Mrd. Dollar in Stargate.", "softbank", "INVESTS_IN", "stargate",
         {"confidence": 0.8, **money(19_000_000_000, USD)}),
        ("OpenAI beteiligt sich an Stargate.", "openai", "INVESTS_IN", "stargate", {"confidence": 0.8}),
        ("Oracle liefert Rechenkapazität für OpenAI im Wert von 30 Mrd. Dollar.", "oracle", "PROVIDES_CLOUD_TO",
         "openai", {"confidence": 0.8, **money(30_000_000_000, USD)}),
        ("Stargate ist auf Oracle angewiesen.", "stargate", "DEPENDS_ON", "oracle", {"confidence": 0.6}),
        ("Nvidia liefert Chips an Oracle.", "nvidia", "SUPPLIES_CHIPS_TO", "oracle", {"confidence": 0.8}),
        ("ASML investiert 1,3 Mrd. Euro in Mistral AI.", "asml", "INVESTS_IN", "mistral-ai",
         {"confidence": 0.9, **money(1_300_000_000, EUR)}),
        ("Mistral könnte OpenAI Konkurrenz machen.", "mistral-ai", "COMPETES_WITH", "openai",
         {"confidence": 0.5, "status": "speculative"}),
    ], ()),
    ("Deals that did not happen", "2025-05-01", "en", [
        ("Google does not supply chips to OpenAI.", "google", "SUPPLIES_CHIPS_TO", "openai",
         {"confidence": 0.6, "negated": True}),
        ("Google develops Gemini.", "google", "DEVELOPS", "gemini", {"confidence": 0.9}),
        ("Google licenses Gemini to Apple.", "google", "LICENSES_TO", "apple", {"confidence": 0.8}),
        ("Apple integrates Gemini into Siri.", "apple", "INTEGRATES", "gemini", {"confidence": 0.8}),
        ("Broadcom co-develops custom chips with OpenAI.", "broadcom", "DEVELOPS_CHIPS_WITH", "openai",
         {"confidence": 0.85}),
        ("SAP plans a sovereign offering with OpenAI.", "sap", "PARTNERS_WITH", "openai",
         {"confidence": 0.6, "status": "planned"}),
        ("Microsoft no longer provides all of OpenAI's cloud.", "Q2283", "PROVIDES_CLOUD_TO", "openai",
         {"confidence": 0.5, "status": "ended"}),
    ], ("gemini-trust",)),
]


def entity(entity_id: str) -> Entity:
    name, entity_type, aliases = ENTITIES[entity_id]
    return Entity(id=entity_id, name=name, type=entity_type, aliases=aliases)


def build_extraction(title: str, published: str | None, lang: str, facts: list[tuple], extra: Iterable[str]) -> Extraction:
    """One article whose text is the facts' sentences; every fact carries its sentence as evidence."""
    text = " ".join(fact[0] for fact in facts)
    article = Article.create(
        text, source=f"{title}.txt", lang=lang, title=title,
        published=date.fromisoformat(published) if published else None,
    )
    relations, mentions, offset = [], [], 0
    for sentence, subject, predicate, obj, qualifiers in facts:
        fields = dict(qualifiers)
        ev = Evidence(
            article_id=article.id, sentence=sentence, start=offset, end=offset + len(sentence), rule="sample.v1",
            status=fields.get("status", "active"), negated=fields.get("negated", False),
            confidence=fields.get("confidence", 1.0),
        )
        relations.append(Relation(subject=subject, predicate=predicate, object=obj, evidence=(ev,), **fields))
        mentions += [Mention(entity_id=e, start=offset, end=offset + 1, text=sentence[0]) for e in (subject, obj)]
        offset += len(sentence) + 1
    mentions += [Mention(entity_id=e, start=0, end=1, text=text[0]) for e in extra]
    used = dict.fromkeys(m.entity_id for m in mentions)
    return Extraction(
        article=article, entities=tuple(entity(e) for e in used), mentions=tuple(mentions),
        relations=tuple(relations),
    )


def sample_extractions() -> list[Extraction]:
    return [build_extraction(*spec) for spec in ARTICLES]


def build_sample_store(path: Path | str):
    """An embedded store at ``path`` holding the sample graph."""
    from graph.embedded import EmbeddedStore

    store = EmbeddedStore(path)
    for extraction in sample_extractions():
        store.add(extraction)
    return store
