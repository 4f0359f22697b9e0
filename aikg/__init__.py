"""aikg: the knowledge graph of the AI industry (composition root).

The public Python API lives in :mod:`aikg.api` and is re-exported here on
first use, so ``import aikg`` (and the command line) stays fast::

    import aikg
    store = aikg.open_store("aikg.db")
    rows = aikg.run_query(store, "partners_of", name="OpenAI")
"""

__version__ = "0.1.0"

_API = (
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
)
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        from aikg import api

        return getattr(api, name)
    raise AttributeError(f"module 'aikg' has no attribute {name!r}")
