"""Gold files in, validated models out, or one error that names file and line.

Gold files are edited by hand, so every line is checked strictly (unknown
fields, predicates or statuses are errors, not silently ignored readings):
a typo must stop an evaluation instead of quietly moving its score.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from graph.models import EntityType, RelationType, Status
from graph.names import name_key

GOLD_FILE = "gold.jsonl"
ENTITIES_FILE = "entities.jsonl"


class GoldError(ValueError):
    """A bad gold input; `str()` is one line starting with `file:line:`."""

    def __init__(self, path: Path | str, line: int, problem: str) -> None:
        self.path, self.line, self.problem = Path(path), line, problem
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {problem}")


class _GoldModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, str_strip_whitespace=True)

    article: str
    _line: int = PrivateAttr(0)

    @property
    def line(self) -> int:
        """Line number in the file the model was read from (0 when built in code)."""
        return self._line

    @field_validator("article")
    @classmethod
    def _base_name(cls, value: str) -> str:
        # the article field names a file inside the articles directory, nothing else
        if not value or "/" in value or "\\" in value:
            raise ValueError(f"article must be a file base name, got {value!r}")
        return value


class GoldRelation(_GoldModel):
    subject: str = Field(min_length=1)
    predicate: RelationType
    object: str = Field(min_length=1)
    status: Status = Status.ACTIVE
    negated: bool = False
    optional: bool = False
    also_ok: tuple[RelationType, ...] = ()
    attributes: dict[str, str | int | float | bool] = Field(default_factory=dict)
    note: str | None = None

    @model_validator(mode="after")
    def _two_ends(self) -> "GoldRelation":
        if name_key(self.subject) == name_key(self.object):
            raise ValueError("subject and object are the same name")
        return self

    @property
    def accepted(self) -> tuple[RelationType, ...]:
        """The predicates that count as this reading: the gold one first."""
        return (self.predicate,) + tuple(p for p in self.also_ok if p != self.predicate)


class GoldEntity(_GoldModel):
    name: str = Field(min_length=1)
    type: EntityType
    aliases: tuple[str, ...] = ()


def strip_genitive(key: str) -> str | None:
    """The key without an English 's or German genitive -s, or None if it has neither.

    Lets "OpenAI's" and "Microsofts" match gold names without listing every
    inflected form as an alias.
    """
    if key.endswith("'s") and len(key) > 2:
        return key[:-2]
    if key.endswith("s") and len(key) > 1:
        return key[:-1]
    return None


@dataclass
class NameResolver:
    """Maps surface forms to the canonical gold names of ONE article."""

    names: dict[str, str] = field(default_factory=dict)  # key of name or alias -> canonical name

    def resolve(self, surface: str) -> str | None:
        key = name_key(surface)
        if key in self.names:
            return self.names[key]
        stripped = strip_genitive(key)
        return self.names.get(stripped) if stripped else None

    def forms(self, canonical: str) -> list[str]:
        """Every surface form (name and aliases) that resolves to `canonical`."""
        return [key for key, name in self.names.items() if name == canonical]


@dataclass(frozen=True)
class GoldSet:
    relations: tuple[GoldRelation, ...]
    entities: tuple[GoldEntity, ...]
    gold_path: Path = Path(GOLD_FILE)
    entities_path: Path = Path(ENTITIES_FILE)
    warnings: tuple[str, ...] = ()
    _resolvers: dict[str, NameResolver] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(
        cls,
        relations: list[GoldRelation] | tuple[GoldRelation, ...],
        entities: list[GoldEntity] | tuple[GoldEntity, ...] = (),
        gold_path: Path = Path(GOLD_FILE),
        entities_path: Path = Path(ENTITIES_FILE),
    ) -> "GoldSet":
        """Check the files against each other and index the names per article."""
        resolvers = _build_resolvers(entities, entities_path)
        warnings = _unlisted_names(relations, resolvers, gold_path)
        for rel in relations:  # a gold name missing from entities still resolves to itself
            resolver = resolvers.setdefault(rel.article, NameResolver())
            for name in (rel.subject, rel.object):
                if resolver.resolve(name) is None:
                    resolver.names[name_key(name)] = name
        gold = cls(tuple(relations), tuple(entities), gold_path, entities_path, tuple(warnings), resolvers)
        _check_duplicates(gold)
        return gold

    @property
    def articles(self) -> list[str]:
        """Every article the gold speaks about, even one with no relation (tests precision)."""
        return sorted({r.article for r in self.relations} | {e.article for e in self.entities})

    def resolver(self, article: str) -> NameResolver:
        return self._resolvers.get(article, NameResolver())

    def canonical(self, article: str, surface: str) -> str:
        """The gold name for `surface` in `article`, or the surface itself if unknown."""
        return self.resolver(article).resolve(surface) or surface


def _build_resolvers(entities, entities_path: Path) -> dict[str, NameResolver]:
    """Canonical names win over aliases; an alias shared by two entities is an error."""
    resolvers: dict[str, NameResolver] = defaultdict(NameResolver)
    for ent in entities:
        names = resolvers[ent.article].names
        if name_key(ent.name) in names:
            raise GoldError(entities_path, ent.line, f"entity {ent.name!r} is listed twice for {ent.article}")
        names[name_key(ent.name)] = ent.name
    for ent in entities:
        names = resolvers[ent.article].names
        for alias in ent.aliases:
            key = name_key(alias)
            owner = names.setdefault(key, ent.name)
            if owner != ent.name and name_key(owner) != key:
                raise GoldError(
                    entities_path, ent.line, f"alias {alias!r} of {ent.name!r} already names {owner!r} in {ent.article}"
                )
    return dict(resolvers)


def _unlisted_names(relations, resolvers: dict[str, NameResolver], gold_path: Path) -> list[str]:
    warnings = []
    for rel in relations:
        resolver = resolvers.get(rel.article, NameResolver())
        for name in (rel.subject, rel.object):
            if resolver.resolve(name) is None:
                warnings.append(f"{gold_path}:{rel.line}: {name!r} is not listed in entities for {rel.article}")
    return warnings


def _check_duplicates(gold: GoldSet) -> None:
    """Two lines for one triple would be counted once; say so instead of guessing which wins."""
    seen: dict[tuple, int] = {}
    for rel in gold.relations:
        ends = (name_key(gold.canonical(rel.article, rel.subject)), name_key(gold.canonical(rel.article, rel.object)))
        if rel.predicate.symmetric:
            ends = tuple(sorted(ends))
        key = (rel.article, rel.predicate, *ends)
        if key in seen:
            raise GoldError(gold.gold_path, rel.line, f"same triple as line {seen[key]}")
        seen[key] = rel.line


M = TypeVar("M", bound=_GoldModel)


def read_models(path: Path, model: type[M]) -> Iterator[M]:
    """Validate each non-blank line of a JSONL file as `model`, tagged with its line number."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GoldError(path, 0, "file not found") from None
    except (OSError, UnicodeDecodeError) as err:
        raise GoldError(path, 0, f"cannot read: {err}") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _parse_line(path, number, line, model)


def _parse_line(path: Path, number: int, line: str, model: type[M]) -> M:
    try:
        json.loads(line)
    except json.JSONDecodeError as err:
        raise GoldError(path, number, f"invalid JSON: {err.msg} (column {err.colno})") from None
    try:
        item = model.model_validate_json(line)
    except ValidationError as err:
        raise GoldError(path, number, describe(err)) from None
    item._line = number
    return item


def describe(err: ValidationError) -> str:
    """The first validation problem in words a gold editor can act on."""
    first = err.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"])
    kind = first["type"]
    if kind == "missing":
        return f"missing field {where!r}"
    if kind == "extra_forbidden":
        return f"unknown field {where!r}"
    if kind == "enum":
        expected = first.get("ctx", {}).get("expected", "")
        field_name = where.split(".")[0]
        return f"unknown {field_name} {first['input']!r}; expected {expected}"
    if kind == "model_type":
        return "line is not a JSON object"
    message = first["msg"].removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def load_gold_files(gold_path: Path, entities_path: Path) -> GoldSet:
    """Read and cross-check one gold file and its entities file; raises GoldError."""
    relations = list(read_models(gold_path, GoldRelation))
    entities = list(read_models(entities_path, GoldEntity))
    return GoldSet.build(relations, entities, Path(gold_path), Path(entities_path))


def load_gold(gold_dir: Path) -> GoldSet:
    """Read `gold.jsonl` and `entities.jsonl` from one evaluation directory."""
    gold_dir = Path(gold_dir)
    return load_gold_files(gold_dir / GOLD_FILE, gold_dir / ENTITIES_FILE)
