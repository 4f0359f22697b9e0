"""The knowledge base of entities: the shipped file plus any user files.

Entries are validated at load time so a broken user file fails with the file
and line, not with a wrong graph later.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from graph.models import EntityType

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
KB_FILE = DATA_DIR / "entities.jsonl"
PLACES_FILE = DATA_DIR / "places.jsonl"


class KnowledgeError(ValueError):
    pass


class KBEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str = Field(min_length=1)
    type: EntityType
    aliases: tuple[str, ...] = ()
    tickers: tuple[str, ...] = ()
    parent: str | None = None
    roles: tuple[str, ...] = ()
    country: str | None = None
    city: str | None = None  # headquarters: "die Münchner", "der Kalifornier" refer through it
    ambiguous: bool = False


class Place(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    name: str
    kind: str = ""
    en: tuple[str, ...] = ()
    de: tuple[str, ...] = ()
    de_adj: tuple[str, ...] = ()
    en_adj: tuple[str, ...] = ()
    de_people: tuple[str, ...] = ()  # "Kalifornier", "Schweden": its people, as the press names a company by them
    code: str | None = None  # a country's two-letter code, as the knowledge base's "country" holds it
    state: str | None = None  # the state a city lies in ("Santa Clara" in "California")


def read_jsonl(path: Path, model: type[BaseModel]) -> list:
    entries = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as err:
        raise KnowledgeError(f"{path}: cannot read ({err.strerror or err})") from err
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            entries.append(model.model_validate(json.loads(line)))
        except json.JSONDecodeError as err:
            raise KnowledgeError(f"{path}:{number}: invalid JSON ({err.msg})") from err
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "entry"
            raise KnowledgeError(f"{path}:{number}: {where}: {first['msg']}") from err
    return entries


class KnowledgeBase:
    """Entities by id; user entries override shipped ones with the same id."""

    def __init__(self, entries: list[KBEntry], places: list[Place]) -> None:
        self.by_id: dict[str, KBEntry] = {}
        for entry in entries:
            self.by_id[entry.id] = entry
        self.places = places
        self._names: dict[tuple[str, EntityType], KBEntry] | None = None
        self._surfaces: dict[tuple[str, EntityType], KBEntry] | None = None

    @classmethod
    def load(cls, extra_files: tuple[Path, ...] = ()) -> "KnowledgeBase":
        entries = list(_shipped_entries())
        for path in extra_files:
            entries.extend(read_jsonl(Path(path), KBEntry))
        places = _shipped_places()
        return cls(entries, places)

    def __len__(self) -> int:
        return len(self.by_id)

    def __iter__(self):
        return iter(self.by_id.values())

    def get(self, entity_id: str) -> KBEntry | None:
        return self.by_id.get(entity_id)

    def by_name(self, name: str, etype: EntityType) -> KBEntry | None:
        """The entry whose canonical name is ``name`` (case-insensitive) with that type."""
        if self._names is None:
            self._names = {(e.name.lower(), e.type): e for e in self.by_id.values()}
        return self._names.get((name.lower(), etype))

    def by_surface(self, name: str, etype: EntityType) -> KBEntry | None:
        """The entry that ``name`` names, canonical name or alias (case-sensitive: 'Meta', not 'meta')."""
        if self._surfaces is None:
            surfaces: dict[tuple[str, EntityType], KBEntry] = {}
            for e in self.by_id.values():
                for form in (e.name, *e.aliases):
                    surfaces.setdefault((form, e.type), e)
            self._surfaces = surfaces
        return self._surfaces.get((name, etype))

    def parent_of(self, entity_id: str) -> KBEntry | None:
        entry = self.by_id.get(entity_id)
        return self.by_id.get(entry.parent) if entry and entry.parent else None


@lru_cache(maxsize=1)
def _shipped_entries() -> tuple[KBEntry, ...]:
    return tuple(read_jsonl(KB_FILE, KBEntry)) if KB_FILE.exists() else ()


@lru_cache(maxsize=1)
def _shipped_places() -> list[Place]:
    return read_jsonl(PLACES_FILE, Place) if PLACES_FILE.exists() else []


KindOfEntry = Literal["kb", "user"]
