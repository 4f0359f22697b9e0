"""Shared builders for the foundation tests: hand-made extractions and a fast CLI.

Store and model tests build their extractions here instead of running the
rule extractor, so they assert what the store does with a known input and
never depend on what the extractor happens to find today.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

import extractors.base

from graph.models import (
    Article,
    Entity,
    EntityType,
    Evidence,
    Extraction,
    Mention,
    Relation,
    RelationType,
    Status,
)

ROOT = Path(__file__).resolve().parents[1]
CLI_FIXTURES = Path(__file__).parent / "fixtures" / "cli"
DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

# the keys every `aikg extract` JSONL line carries (the extract contract)
EXTRACT_KEYS = frozenset(
    {"article", "subject", "subject_type", "predicate", "object", "object_type",
     "status", "negated", "confidence", "evidence"}
)
STATS_KEYS = {"articles", "entities", "relations", "evidences"}

# name -> (id, type, aliases); ids follow the knowledge base's conventions
KNOWN: dict[str, tuple[str, EntityType, tuple[str, ...]]] = {
    "Microsoft": ("Q2283", EntityType.COMPANY, ("Microsoft Corp.",)),
    "OpenAI": ("Q21708200", EntityType.COMPANY, ("Open AI",)),
    "Nvidia": ("Q182477", EntityType.COMPANY, ("NVIDIA Corporation",)),
    "Oracle": ("oracle", EntityType.COMPANY, ()),
    "Amazon Web Services": ("aws", EntityType.COMPANY, ("AWS",)),
    "Anthropic": ("anthropic", EntityType.COMPANY, ()),
    "Google": ("google", EntityType.COMPANY, ()),
    "Azure": ("azure", EntityType.PRODUCT, ("Microsoft Azure",)),
    "Sam Altman": ("sam-altman", EntityType.PERSON, ("Altman",)),
    "FTC": ("ftc", EntityType.REGULATOR, ("Federal Trade Commission",)),
    "Bundeskartellamt": ("bundeskartellamt", EntityType.REGULATOR, ()),
    "SAP": ("sap", EntityType.COMPANY, ()),
    "Aleph Alpha": ("aleph-alpha", EntityType.COMPANY, ()),
    "Meta": ("meta", EntityType.COMPANY, ()),
    "Mistral AI": ("mistral-ai", EntityType.COMPANY, ()),
}


def entity(name: str, **changes: Any) -> Entity:
    entity_id, entity_type, aliases = KNOWN[name]
    values: dict[str, Any] = {"id": entity_id, "name": name, "type": entity_type, "aliases": aliases}
    values.update(changes)
    return Entity(**values)


def article(text: str, *, source: str = "news.txt", lang: str = "en", published: date | str | None = None,
            **meta: Any) -> Article:
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return Article.create(text, source, lang, published=published, **meta)


def evidence(art: Article, sentence: str, *, rule: str = "test:hand", **qualifiers: Any) -> Evidence:
    """Evidence for a sentence that occurs in the article, with its exact offsets."""
    start = art.text.index(sentence)
    return Evidence(article_id=art.id, sentence=sentence, start=start, end=start + len(sentence),
                    rule=rule, **qualifiers)


@dataclass
class Fact:
    """One relation stated by one sentence of an article."""

    subject: str
    predicate: str
    object: str
    sentence: str
    status: Status = Status.ACTIVE
    negated: bool = False
    confidence: float = 0.8
    attributes: dict[str, Any] = field(default_factory=dict)


def relation(art: Article, fact: Fact, entities: dict[str, Entity]) -> Relation:
    quals = {"status": fact.status, "negated": fact.negated, "confidence": fact.confidence}
    return Relation(
        subject=entities[fact.subject].id,
        predicate=RelationType(fact.predicate),
        object=entities[fact.object].id,
        attributes=fact.attributes,
        evidence=(evidence(art, fact.sentence, **quals),),
        **quals,
    )


def extraction(art: Article, facts: list[Fact], *, extra: tuple[Entity, ...] = ()) -> Extraction:
    """Entities are the known names in the facts (plus `extra`); mentions are their occurrences."""
    names = {n for f in facts for n in (f.subject, f.object)} | {e.name for e in extra}
    entities = {e.name: e for e in extra}
    for name in sorted(names - set(entities)):
        entities[name] = entity(name)
    mentions = []
    for name, ent in entities.items():
        start = art.text.find(name)
        while start >= 0:
            mentions.append(Mention(entity_id=ent.id, start=start, end=start + len(name), text=name))
            start = art.text.find(name, start + 1)
    return Extraction(
        article=art,
        entities=tuple(entities.values()),
        mentions=tuple(mentions),
        relations=tuple(relation(art, f, entities) for f in facts),
    )


def news(sentences: list[str], **kwargs: Any) -> Article:
    return article(" ".join(sentences), **kwargs)


# -- a predictable extractor for CLI tests -----------------------------------------


class CoMentionExtractor:
    """Every sentence naming two KNOWN entities yields one relation between the first two.

    Its output follows from the text alone, so CLI tests can count on
    relations whatever the rule extractor finds while it is being tuned.
    Confidence cycles 0.5, 0.6, ... 0.9 with the sentence number.
    """

    name = "co-mention-test"
    _SENTENCE = re.compile(r"[^\s][^.!?\n]*[.!?]")
    _PREDICATES = ("PARTNERS_WITH", "INVESTS_IN", "COMPETES_WITH", "DEPENDS_ON")

    def extract(self, art: Article) -> Extraction:
        entities: dict[str, Entity] = {}
        mentions, relations = [], {}
        for number, match in enumerate(self._SENTENCE.finditer(art.text)):
            found = self._names(match.group(), match.start())
            for name, start, end in found:
                entities[name] = entity(name)
                mentions.append(Mention(entity_id=entities[name].id, start=start, end=end, text=art.text[start:end]))
            distinct = list(dict.fromkeys(name for name, _, _ in found))
            if len(distinct) < 2:
                continue
            confidence = 0.5 + 0.1 * (number % 5)
            ev = Evidence(article_id=art.id, sentence=match.group(), start=match.start(), end=match.end(),
                          rule="co-mention", confidence=confidence)
            rel = Relation(subject=entities[distinct[0]].id, object=entities[distinct[1]].id,
                           predicate=self._PREDICATES[number % 4], confidence=confidence, evidence=(ev,))
            relations.setdefault(rel.key, rel)
        return Extraction(article=art, entities=tuple(entities.values()), mentions=tuple(mentions),
                          relations=tuple(relations.values()))

    @staticmethod
    def _names(sentence: str, offset: int) -> list[tuple[str, int, int]]:
        found = []
        for name, (_, _, aliases) in KNOWN.items():
            for form in (name, *aliases):
                for m in re.finditer(rf"\b{re.escape(form)}\b", sentence):
                    found.append((name, offset + m.start(), offset + m.end()))
        return sorted(found, key=lambda hit: hit[1])


def _register_test_extractor() -> None:
    extractors.base.register(CoMentionExtractor.name)(lambda **_: CoMentionExtractor())


_register_test_extractor()


# -- the rule extractor, built once per test process ------------------------


_REAL_CREATE = extractors.base.create


@functools.lru_cache(maxsize=1)
def rules_extractor():
    return _REAL_CREATE("rules")


def use_shared_extractor(monkeypatch) -> None:
    """Make `aikg extract/ingest` reuse the process-wide rule extractor.

    Building it costs seconds, and CliRunner would build it again on every
    invoke. Anything but the plain default still goes through the registry.
    """
    def create(name: str = "rules", **options: Any):
        if name == "rules" and not options.get("entity_files") and options.get("model") is None:
            return rules_extractor()
        return _REAL_CREATE(name, **options)

    monkeypatch.setattr(extractors.base, "create", create)


def run(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    """Invoke `aikg ARGS` in-process; stdout and stderr come back separately."""
    from aikg.cli import main

    return CliRunner(env=env).invoke(main, [str(a) for a in args], catch_exceptions=False)


def stats_json(store: Path) -> dict[str, int]:
    result = run("stats", "--store", store, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def relation_keys(store_path: Path) -> set[tuple[str, str, str]]:
    from graph.embedded import EmbeddedStore

    with EmbeddedStore(store_path) as store:
        return {(r.subject_id, r.predicate, r.object_id) for r in store.relations()}


def article_ids(store_path: Path) -> set[str]:
    from graph.embedded import EmbeddedStore

    with EmbeddedStore(store_path) as store:
        return {a["id"] for a in store.articles()}
