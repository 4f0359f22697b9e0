"""The parallel file pipeline when a worker process dies: the run stops with an error that
names where it stopped and what to do, and it does not hang."""

from __future__ import annotations

import os

import pytest

from extractors.pipeline import WorkerLost, process_paths
from tests.helpers import CLI_FIXTURES


class _DiesOnExtract:
    """An extractor whose process ends at once, as a worker killed by the system would."""

    def extract(self, article):
        os._exit(3)


def test_a_worker_that_dies_stops_the_run_with_an_error_saying_what_to_do():
    files = sorted(p for p in CLI_FIXTURES.iterdir() if p.suffix in (".md", ".txt"))
    with pytest.raises(WorkerLost) as caught:
        list(process_paths(files, _DiesOnExtract(), jobs=2))
    message = str(caught.value)
    assert str(files[0]) in message and "--jobs" in message
