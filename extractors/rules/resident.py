"""The extractor's built data, kept out of the garbage collector's full scans.

The knowledge base, the lexicons and the gazetteer's pattern documents are a
couple of hundred thousand objects that live as long as the extractor. Left
in the collector's oldest generation, each full collection walks all of them
again, and the short-lived objects of a stream of articles trigger one every
few hundred articles: a few per cent of extraction time spent on data that
never becomes garbage. Frozen once built, they are left out of those scans.

Freezing moves every object alive at that moment, so it is done for one
extractor per process (a process normally runs one): objects frozen and
later dropped are still freed by their reference counts, but reference
cycles among them are not, and a process that builds extractor after
extractor would keep each one's cycles.
"""

from __future__ import annotations

import gc
import weakref

_owner: weakref.ref | None = None  # the extractor whose data is frozen in this process


def settle(extractor: object) -> None:
    """Freeze what ``extractor`` has built so far, when it is the process's first extractor
    (called after each of its language pipelines is built)."""
    global _owner
    if _owner is None:
        _owner = weakref.ref(extractor)
    elif _owner() is not extractor:
        return
    gc.collect()  # garbage of the building itself is not worth keeping
    gc.freeze()
