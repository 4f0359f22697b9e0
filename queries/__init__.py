"""Canned queries: one ``.cypher`` file per question, answered on both backends.

``catalogue`` reads the files, ``embedded`` answers them on the SQLite
store, ``runner`` picks the backend and returns plain rows.
"""

from queries.catalogue import (
    Catalogue,
    CatalogueError,
    Param,
    ParameterError,
    Query,
    QueryError,
    UnknownQuery,
    default_catalogue,
    load_catalogue,
)

__all__ = [
    "Catalogue",
    "CatalogueError",
    "Param",
    "ParameterError",
    "Query",
    "QueryError",
    "UnknownQuery",
    "default_catalogue",
    "load_catalogue",
]
