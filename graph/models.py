"""The one strict contract of the ontology; every other layer speaks it.

Models reject unknown fields so that a typo in a gold file, a reader or a
store row fails loudly at the boundary instead of silently losing data.
Symmetric relations are put into one canonical order on construction, so
"A partners with B" and "B partners with A" are the same fact everywhere.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from enum import Enum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class EntityType(str, Enum):
    COMPANY = "Company"
    PERSON = "Person"
    PRODUCT = "Product"
    REGULATOR = "Regulator"


class RelationType(str, Enum):
    PARTNERS_WITH = "PARTNERS_WITH"
    COMPETES_WITH = "COMPETES_WITH"
    INVESTS_IN = "INVESTS_IN"
    ACQUIRES = "ACQUIRES"
    SUBSIDIARY_OF = "SUBSIDIARY_OF"
    PROVIDES_CLOUD_TO = "PROVIDES_CLOUD_TO"
    SUPPLIES_CHIPS_TO = "SUPPLIES_CHIPS_TO"
    DEVELOPS_CHIPS_WITH = "DEVELOPS_CHIPS_WITH"
    LICENSES_TO = "LICENSES_TO"
    DEVELOPS = "DEVELOPS"
    INTEGRATES = "INTEGRATES"
    DEPENDS_ON = "DEPENDS_ON"
    REGULATES = "REGULATES"
    LEADS = "LEADS"
    IN_CONFLICT_WITH = "IN_CONFLICT_WITH"

    @property
    def symmetric(self) -> bool:
        return self in SYMMETRIC


SYMMETRIC: frozenset[RelationType] = frozenset(
    {
        RelationType.PARTNERS_WITH,
        RelationType.COMPETES_WITH,
        RelationType.DEVELOPS_CHIPS_WITH,
        RelationType.IN_CONFLICT_WITH,
    }
)


class Status(str, Enum):
    ACTIVE = "active"
    PLANNED = "planned"
    ENDED = "ended"
    SPECULATIVE = "speculative"


Language = Literal["de", "en"]
AttributeValue = str | int | float | bool
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]

_ID_RE = re.compile(r"Q[1-9][0-9]*|[a-z0-9][a-z0-9-]*")
# German transliteration, as the knowledge base spells its ids ("klaus-mueller")
_GERMAN_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


def slugify(name: str) -> str:
    """Lower-case ASCII slug used as the id of entities the knowledge base lacks."""
    ascii_name = (
        unicodedata.normalize("NFKD", unicodedata.normalize("NFC", name).translate(_GERMAN_LETTERS))
        .encode("ascii", "ignore")
        .decode()
    )
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if slug:
        return slug
    return "x-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def content_id(text: str) -> str:
    """Article identity: a hash of the normalised text, so re-ingesting is a no-op."""
    normalised = unicodedata.normalize("NFC", text).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:24]


class Article(Strict):
    id: str
    source: str = Field(description="base name of the file the article came from")
    text: str
    lang: Language
    title: str | None = None
    url: str | None = None
    published: date | None = None

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("article text is empty")
        return value

    @classmethod
    def create(cls, text: str, source: str, lang: Language, **meta: object) -> "Article":
        return cls(id=content_id(text), source=source, text=text, lang=lang, **meta)


class Entity(Strict):
    id: str
    name: str = Field(min_length=1)
    type: EntityType
    aliases: tuple[str, ...] = ()
    confidence: Confidence = 1.0
    origin: Literal["kb", "discovered", "model", "user"] = "kb"

    @field_validator("id")
    @classmethod
    def _valid_id(cls, value: str) -> str:
        if not _ID_RE.fullmatch(value):
            raise ValueError(f"entity id {value!r} is neither a Wikidata QID nor a lower-case slug")
        return value

    @property
    def wikidata(self) -> str | None:
        return self.id if self.id.startswith("Q") else None


class Mention(Strict):
    """One occurrence of an entity in an article; feeds co-mention queries."""

    entity_id: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    text: str


class Evidence(Strict):
    article_id: str
    sentence: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    rule: str = Field(min_length=1, description="id of the rule or extractor that fired")
    status: Status = Status.ACTIVE
    negated: bool = False
    confidence: Confidence = 1.0

    @model_validator(mode="after")
    def _offsets_match_sentence(self) -> "Evidence":
        if self.end <= self.start:
            raise ValueError("evidence end must be after start")
        if self.end - self.start != len(self.sentence):
            raise ValueError("evidence offsets do not span the sentence")
        return self


class Relation(Strict):
    subject: str
    predicate: RelationType
    object: str
    status: Status = Status.ACTIVE
    negated: bool = False
    confidence: Confidence = 1.0
    attributes: dict[str, AttributeValue] = Field(default_factory=dict)
    evidence: tuple[Evidence, ...] = Field(min_length=1, description="why the relation holds")

    @model_validator(mode="after")
    def _canonical(self) -> "Relation":
        if self.subject == self.object:
            raise ValueError("a relation needs two different entities")
        if self.predicate.symmetric and self.object < self.subject:
            # frozen model: rebuild through object.__setattr__ once, on creation
            subject, obj = self.object, self.subject
            object.__setattr__(self, "subject", subject)
            object.__setattr__(self, "object", obj)
        return self

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.subject, self.predicate.value, self.object)


class Extraction(Strict):
    """Everything one extractor found in one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()

    @model_validator(mode="after")
    def _closed(self) -> "Extraction":
        known = {entity.id for entity in self.entities}
        for relation in self.relations:
            for end in (relation.subject, relation.object):
                if end not in known:
                    raise ValueError(f"relation refers to unknown entity {end!r}")
        for mention in self.mentions:
            if mention.entity_id not in known:
                raise ValueError(f"mention refers to unknown entity {mention.entity_id!r}")
        return self

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)
