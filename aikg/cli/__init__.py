"""The `aikg` command: a thin composition root over the packages."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, MutableMapping

import click

from aikg import __version__

# (module, command attribute) pairs; each module holds one group of commands, and the
# attribute is the command's name
COMMANDS = [
    ("aikg.cli.ingest", "extract"),
    ("aikg.cli.ingest", "ingest"),
    ("aikg.cli.browse", "stats"),
    ("aikg.cli.browse", "entities"),
    ("aikg.cli.browse", "relations"),
    ("aikg.cli.evaluate", "evaluate"),
    ("aikg.cli.load", "load"),
    ("aikg.cli.query", "query"),
    ("aikg.cli.query", "cypher"),
    ("aikg.cli.analyze", "analyze"),
    ("aikg.cli.export", "export"),
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="aikg")
def main() -> None:
    """The knowledge graph of the AI industry.

    Reads German and English news, extracts who partners with, invests in,
    supplies chips to, competes with, regulates or fights whom, with the
    sentence that says so, and stores it in an embedded file (default) or
    Neo4j.

    \b
    Start here:
      aikg ingest examples/corpus      # extract and store
      aikg stats                       # what is in the store
      aikg relations --name OpenAI     # who relates to OpenAI
    """


class _LazyCommands(MutableMapping):
    """The group's command table, importing a command's module when the command is first
    looked up.

    The command modules pull in the store backends (Neo4j's driver, networkx) and the
    readers' HTML and feed parsers; importing all of them on every start cost more
    than half a second, as much as `aikg extract` spends on a small batch. Click
    reads commands only through this mapping, so `aikg extract` loads the extract
    command's module alone while `aikg --help` still lists (and loads) them all."""

    def __init__(self, table: list[tuple[str, str]]) -> None:
        self._modules: dict[str, str | None] = {attribute: module for module, attribute in table}
        self._loaded: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._loaded:
            module = self._modules[name]  # KeyError: no such command
            self._loaded[name] = getattr(importlib.import_module(module), name)
        return self._loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._modules.setdefault(name, None)
        self._loaded[name] = command

    def __delitem__(self, name: str) -> None:
        del self._modules[name]
        self._loaded.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


main.commands = _LazyCommands(COMMANDS)
