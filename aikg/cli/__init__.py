"""The `aikg` command: a thin composition root over the packages."""

from __future__ import annotations

import importlib

import click

from aikg import __version__

# (module, command attribute) pairs; each module holds one group of commands
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


def _register() -> None:
    for module_name, attribute in COMMANDS:
        main.add_command(getattr(importlib.import_module(module_name), attribute))


_register()
