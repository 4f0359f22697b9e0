"""The interface every extractor implements, and the registry that names them.

An extractor turns one article into validated entities, mentions and
relations with evidence. Registering by name lets the CLI, the config and the
evaluation pick an extractor without importing its module by hand.
"""

from __future__ import annotations

from typing import Any, Callable, Protocol, runtime_checkable

from graph.models import Article, Extraction


@runtime_checkable
class Extractor(Protocol):
    name: str

    def extract(self, article: Article) -> Extraction: ...


_REGISTRY: dict[str, Callable[..., Extractor]] = {}


def register(name: str) -> Callable[[Callable[..., Extractor]], Callable[..., Extractor]]:
    def decorate(factory: Callable[..., Extractor]) -> Callable[..., Extractor]:
        _REGISTRY[name] = factory
        return factory

    return decorate


def available() -> list[str]:
    _load_builtin()
    return sorted(_REGISTRY)


def create(name: str = "rules", **options: Any) -> Extractor:
    _load_builtin()
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown extractor {name!r}; available: {', '.join(sorted(_REGISTRY))}") from None
    return factory(**options)


def _load_builtin() -> None:
    # importing the module runs its @register decorators
    import extractors.rules.extractor  # noqa: F401
