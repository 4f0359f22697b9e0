"""The extractor's built data, kept out of the garbage collector's full scans.

The knowledge base, the lexicons and the gazetteer's pattern documents are a
couple of hundred thousand objects that live as long as the extractor. Left
in the collector's oldest generation, each full collection walks all of them
again, and the short-lived objects of a stream of articles trigger one every
few hundred articles: a few per cent of extraction time spent on data that
never becomes garbage. Frozen once built, they are left out of those scans.

Building is done with automatic collection paused (:func:`building`): a
pipeline allocates a few hundred thousand objects, and each time the young
generations fill up the collector scans them, and every few times the whole
heap, imported modules included. Those scans found nothing to free, yet took
about a fifth of `aikg extract`'s start-up. Nor is the building collected
before it is frozen: the collection took a tenth of a second and found some
2,700 objects of cyclic garbage for both languages, which frozen stay as a
few hundred kB (peak memory on the dev corpus unchanged at 242 MB).

Freezing moves every object alive at that moment, so it is done for one
extractor per process (a process normally runs one): objects frozen and
later dropped are still freed by their reference counts, but reference
cycles among them are not, and a process that builds extractor after
extractor would keep each one's cycles.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

_owner: weakref.ref | None = None  # the extractor whose data is frozen in this process


@contextmanager
def building(extractor: object) -> Iterator[None]:
    """Build with automatic collection paused, then :func:`settle` what was built."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        settle(extractor)
    finally:
        if was_enabled:
            gc.enable()


def settle(extractor: object) -> None:
    """Freeze what ``extractor`` has built so far, when it is the process's first extractor
    (called after each of its language pipelines is built)."""
    global _owner
    if _owner is None:
        _owner = weakref.ref(extractor)
    elif _owner() is not extractor:
        return
    gc.freeze()
