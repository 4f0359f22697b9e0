"""The small public Python API: open a store, ask canned questions, analyse the graph.

Everything here works the same on the embedded store and on Neo4j, so a
notebook written against a local file runs unchanged against a server.

Examples
--------
>>> from aikg.api import open_store, run_query, list_queries
>>> "partners_of" in [q["name"] for q in list_queries()]
True
>>> store = open_store(":memory:")
>>> run_query(store, "partners_of", name="OpenAI")
[]
>>> store.close()
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.analysis import (
    centrality,
    communities,
    ego_network,
    money_cycles,
    relationship_timeline,
    single_supplier_dependencies,
)
from graph.store import GraphStore
from graph.store import open_store as _open_store
from queries.catalogue import ParameterError, QueryError, UnknownQuery, default_catalogue
from queries.runner import run_query as _run_query

__all__ = [
    "GraphStore",
    "ParameterError",
    "QueryError",
    "UnknownQuery",
    "centrality",
    "communities",
    "ego_network",
    "list_queries",
    "money_cycles",
    "open_store",
    "relationship_timeline",
    "run_query",
    "single_supplier_dependencies",
]


def open_store(location: str | Path | None = None, **options: Any) -> GraphStore:
    """A path opens the embedded store, a ``bolt://``/``neo4j://`` URI opens Neo4j.

    ``options`` go to the Neo4j connection (``user``, ``password``,
    ``database``); without a location, ``AIKG_STORE`` or ``aikg.db``.
    """
    return _open_store(location, **options)


def run_query(store: GraphStore, name: str, /, **params: Any) -> list[dict[str, Any]]:
    """Rows of the canned query ``name`` (see :func:`list_queries`) as plain dicts.

    ``store`` and ``name`` are positional-only, so queries can take a
    parameter called ``name`` too: ``run_query(store, "partners_of", name="OpenAI")``.

    Raises :class:`UnknownQuery` or :class:`ParameterError` (both
    :class:`QueryError`, a ``ValueError``) for a caller's mistake.
    """
    return _run_query(store, name, params)


def list_queries() -> list[dict[str, Any]]:
    """The catalogue: name, title, description and parameters of every canned query."""
    return [
        {
            "name": q.name,
            "title": q.title,
            "description": q.description,
            "parameters": [
                {"name": p.name, "type": p.type_text, "required": p.required,
                 "default": None if p.required else p.default, "help": p.help}
                for p in q.params
            ],
        }
        for q in default_catalogue()
    ]
