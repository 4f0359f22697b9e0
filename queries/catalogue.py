"""The canned-query catalogue: one ``.cypher`` file per question.

The files are data, usable as they are in Neo4j Browser: a header of
``//`` comments names the query and declares its parameters, the body is
plain Cypher that reads values only through ``$parameters``. This module
parses the headers, so the CLI, the embedded answers, the browser guide
and the docs all speak of the same names, types and defaults.

Header grammar (one field a line; indented ``//`` lines continue the field
above)::

    // name: partners_of
    // title: Partners of an entity
    // description: Who NAME partners with ...
    // param name: string, example "OpenAI" -- id, canonical name or alias
    // param limit: int = 50 -- at most this many rows
    // :param name => "OpenAI";

Defaults and examples are JSON literals (``null`` for "not given"). A
parameter without a default is required. ``:param`` lines are what a
Browser user pastes; a test checks they match the declarations.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterator, Mapping

QUERY_DIR = Path(__file__).resolve().parent
TYPES = ("string", "int", "float", "bool", "date")

_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_FIELD_RE = re.compile(r"^(name|title|description):\s*(.*)$")
_PARAM_RE = re.compile(
    r"^param (?P<name>[a-z][a-z0-9_]*): (?P<type>[a-z]+)(?:\[(?P<lo>-?\d*)\.\.(?P<hi>-?\d*)\])?"
    r"(?: = (?P<default>.+?))?(?:, example (?P<example>.+?))?(?: -- (?P<help>.+))?$"
)
_BROWSER_RE = re.compile(r"^:param (?P<name>[a-z][a-z0-9_]*) => (?P<value>.+);$")
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}
_NO_DEFAULT = object()


class QueryError(ValueError):
    """A caller's mistake (unknown query, missing or ill-typed parameter)."""


class UnknownQuery(QueryError):
    pass


class ParameterError(QueryError):
    pass


class CatalogueError(ValueError):
    """A malformed ``.cypher`` file: the catalogue itself is broken."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: Any = _NO_DEFAULT
    example: Any = _NO_DEFAULT
    help: str = ""
    low: int | None = None
    high: int | None = None

    @property
    def required(self) -> bool:
        return self.default is _NO_DEFAULT

    @property
    def sample(self) -> Any:
        """The value used by the guide, the docs and the parity test."""
        return self.example if self.example is not _NO_DEFAULT else self.default

    def coerce(self, value: Any) -> Any:
        """Turn CLI text or a Python value into this parameter's type, or refuse."""
        if value is None:
            if self.default is None:
                return None
            raise ParameterError(f"parameter {self.name!r} must not be empty")
        try:
            coerced = _COERCE[self.type](value)
        except (TypeError, ValueError) as err:
            raise ParameterError(
                f"parameter {self.name!r} expects {self.type_text}, got {value!r}"
            ) from err
        return self._in_range(coerced)

    def _in_range(self, value: Any) -> Any:
        """Bounds keep LIMIT positive and path searches within what the Cypher allows."""
        too_low = self.low is not None and value < self.low
        if too_low or (self.high is not None and value > self.high):
            raise ParameterError(f"parameter {self.name!r} expects {self.type_text}, got {value!r}")
        return value

    @property
    def type_text(self) -> str:
        """``int`` or ``int[1..6]``, as written in the header."""
        if self.low is None and self.high is None:
            return self.type
        low = "" if self.low is None else self.low
        high = "" if self.high is None else self.high
        return f"{self.type}[{low}..{high}]"

    def signature(self) -> str:
        """``name: string`` or ``limit: int[1..] = 50`` for listings."""
        text = f"{self.name}: {self.type_text}"
        return text if self.required else f"{text} = {json.dumps(self.default, ensure_ascii=False)}"


def _to_string(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def _to_int(value: Any) -> int:
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError("not an integer")
    return int(value)


def _to_float(value: Any) -> float:
    if isinstance(value, bool):
        raise TypeError("not a number")
    return float(value)


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE | _FALSE:
        return text in _TRUE
    raise ValueError("not a boolean")


def _to_date(value: Any) -> str:
    """Dates travel as ISO text: both stores keep first/last seen that way."""
    if isinstance(value, date):
        return value.isoformat()
    return date.fromisoformat(_to_string(value)).isoformat()


_COERCE = {"string": _to_string, "int": _to_int, "float": _to_float, "bool": _to_bool, "date": _to_date}


@dataclass(frozen=True)
class Query:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    cypher: str
    browser_lines: tuple[str, ...] = ()
    path: Path | None = None

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        raise ParameterError(f"query {self.name!r} has no parameter {name!r}")

    def bind(self, given: Mapping[str, Any]) -> dict[str, Any]:
        """Every declared parameter with a checked value; unknown or missing ones refused."""
        for key in given:
            self.param(key)
        bound = {}
        for param in self.params:
            if param.name in given:
                bound[param.name] = param.coerce(given[param.name])
            elif param.required:
                raise ParameterError(f"query {self.name!r} needs parameter {param.name!r}")
            else:
                bound[param.name] = param.default
        return bound

    def examples(self) -> dict[str, Any]:
        return {param.name: param.sample for param in self.params}

    def cypher_params(self) -> set[str]:
        """``$names`` the body reads (strings and comments stripped first)."""
        return set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", strip_literals(self.cypher)))


@dataclass
class Catalogue:
    queries: dict[str, Query] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Query]:
        return iter(sorted(self.queries.values(), key=lambda q: q.name))

    def __len__(self) -> int:
        return len(self.queries)

    def __contains__(self, name: object) -> bool:
        return name in self.queries

    def get(self, name: str) -> Query:
        query = self.queries.get(name) if isinstance(name, str) else None
        if query is None:
            raise UnknownQuery(f"unknown query {name!r}; `aikg query` lists the catalogue")
        return query


def parse_query(text: str, path: Path | None = None) -> Query:
    """One ``.cypher`` file into a :class:`Query`; malformed headers fail loudly."""
    header, body = _split(text)
    fields: dict[str, str] = {}
    params: list[Param] = []
    browser: list[str] = []
    last: str | None = None
    for line in header:
        last = _header_line(line, last, fields, params, browser, path)
    for required in ("name", "title", "description"):
        if not fields.get(required):
            raise CatalogueError(f"{path}: header lacks '{required}:'")
    if not _NAME_RE.match(fields["name"]):
        raise CatalogueError(f"{path}: query name {fields['name']!r} is not snake_case")
    if not body.strip():
        raise CatalogueError(f"{path}: no Cypher after the header")
    return Query(
        name=fields["name"],
        title=fields["title"],
        description=" ".join(fields["description"].split()),
        params=tuple(params),
        cypher=body.strip() + "\n",
        browser_lines=tuple(browser),
        path=path,
    )


def _split(text: str) -> tuple[list[str], str]:
    lines = text.splitlines()
    cut = 0
    while cut < len(lines) and lines[cut].lstrip().startswith("//"):
        cut += 1
    return [line.strip()[2:] for line in lines[:cut]], "\n".join(lines[cut:])


def _header_line(line, last, fields, params, browser, path) -> str | None:
    """Read one header line into the collections; returns the field a continuation extends."""
    content = line.strip()
    if not content:
        return None
    if line.startswith("   ") and last in ("description", "title"):
        fields[last] += " " + content
        return last
    if match := _FIELD_RE.match(content):
        fields[match[1]] = match[2].strip()
        return match[1]
    if content.startswith("param "):
        params.append(_param(content, path))
        return None
    if _BROWSER_RE.match(content):
        browser.append(content)
        return None
    if content.endswith(":") and not content.startswith(":"):
        return None  # a caption such as "Neo4j Browser, run these first:"
    raise CatalogueError(f"{path}: cannot read header line {line!r}")


def _param(content: str, path: Path | None) -> Param:
    match = _PARAM_RE.match(content)
    if not match or match["type"] not in TYPES:
        raise CatalogueError(f"{path}: cannot read parameter line {content!r}")
    default = _json(match["default"], path) if match["default"] else _NO_DEFAULT
    example = _json(match["example"], path) if match["example"] else _NO_DEFAULT
    bounds = [int(b) if b else None for b in (match["lo"], match["hi"])]
    if any(b is not None for b in bounds) and match["type"] not in ("int", "float"):
        raise CatalogueError(f"{path}: only numbers take bounds: {content!r}")
    param = Param(match["name"], match["type"], default, example, (match["help"] or "").strip(), *bounds)
    for value in (default, example):
        if value is not _NO_DEFAULT and value is not None:
            param.coerce(value)
    if param.required and example is _NO_DEFAULT:
        raise CatalogueError(f"{path}: required parameter {param.name!r} needs an example")
    return param


def _json(text: str, path: Path | None) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise CatalogueError(f"{path}: {text!r} is not a JSON literal") from err


def strip_literals(cypher: str) -> str:
    """Cypher without string literals and comments, for scanning identifiers."""
    pattern = r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`[^`]*`|//[^\n]*|/\*.*?\*/"
    return re.sub(pattern, " ", cypher, flags=re.S)


def return_columns(cypher: str) -> list[str]:
    """Column names of the last RETURN clause, in order (its ``AS`` aliases).

    Lets a listing print headers for an empty result, and lets a test hold
    the embedded answers to the Cypher's column names without a server.
    """
    text = strip_literals(cypher)
    tail = re.split(r"\bRETURN\b", text, flags=re.I)[-1]
    tail = re.split(r"\b(?:ORDER\s+BY|LIMIT|SKIP|UNION)\b", tail, flags=re.I)[0]
    return [_column_name(part) for part in _top_level_split(tail)]


def _column_name(expression: str) -> str:
    alias = re.search(r"\bAS\s+([A-Za-z_][A-Za-z0-9_]*)\s*$", expression.strip(), flags=re.I)
    return alias[1] if alias else expression.strip()


def _top_level_split(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char in "([{"
        depth -= char in ")]}"
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return parts + [current] if current.strip() else parts


def browser_line(name: str, value: Any) -> str:
    """The ``:param`` line a Neo4j Browser user pastes for one value."""
    return f":param {name} => {json.dumps(value, ensure_ascii=False)};"


def load_catalogue(directory: Path | str = QUERY_DIR) -> Catalogue:
    """Every ``*.cypher`` file in ``directory``; a duplicate name is an error."""
    catalogue = Catalogue()
    for path in sorted(Path(directory).glob("*.cypher")):
        query = parse_query(path.read_text(encoding="utf-8"), path)
        if query.name in catalogue.queries:
            raise CatalogueError(f"{path}: query {query.name!r} is defined twice")
        if path.stem != query.name:
            raise CatalogueError(f"{path}: file name must be {query.name}.cypher")
        catalogue.queries[query.name] = query
    return catalogue


_CACHE: dict[Path, Catalogue] = {}


def default_catalogue() -> Catalogue:
    """The shipped catalogue, parsed once per process."""
    if QUERY_DIR not in _CACHE:
        _CACHE[QUERY_DIR] = load_catalogue(QUERY_DIR)
    return _CACHE[QUERY_DIR]
