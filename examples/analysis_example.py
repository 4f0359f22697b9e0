"""Ask the graph the usual questions from Python.

Build a store from the example articles first, then run this script:

    aikg ingest examples/corpus --store aikg.db
    python examples/analysis_example.py aikg.db            # or bolt://127.0.0.1:7687

Everything below works the same on the embedded store and on Neo4j.
"""

from __future__ import annotations

import sys

from aikg.api import (
    centrality,
    communities,
    ego_network,
    money_cycles,
    open_store,
    relationship_timeline,
    run_query,
    single_supplier_dependencies,
)


def show(title: str, rows: list[dict], *columns: str) -> None:
    print(f"\n== {title} ({len(rows)})")
    for row in rows:
        print("  " + " | ".join(str(row.get(c, "")) for c in columns))


def main(location: str = "aikg.db", focus: str = "OpenAI") -> None:
    store = open_store(location)
    try:
        show(f"partners of {focus}", run_query(store, "partners_of", name=focus), "partner", "status", "confidence")
        show(f"who funds {focus}", run_query(store, "investors_in", name=focus), "investor", "amount", "currency")
        show(f"chip suppliers of {focus}", run_query(store, "chip_suppliers_of", name=focus), "supplier", "status")
        show("most connected", run_query(store, "most_connected", limit=5), "entity", "type", "degree")
        G = store.to_networkx()
    finally:
        store.close()

    show("most central companies (PageRank)", centrality(G, "pagerank", limit=5), "name", "score")
    show("chip and cloud hubs", centrality(G, "degree", relation_types=["SUPPLIES_CHIPS_TO", "PROVIDES_CLOUD_TO"],
                                           limit=5), "name", "degree")
    show("communities", communities(G)[:5], "community", "size", "hub")
    show("single-supplier dependencies", single_supplier_dependencies(G), "kind", "customer", "supplier")
    show("circular money flows", money_cycles(G), "cycle", "flows")
    ego = ego_network(G, focus, depth=1)
    print(f"\n== ego network of {focus}: {ego.number_of_nodes()} entities, {ego.number_of_edges()} relations")
    show(f"timeline of {focus}", relationship_timeline(G, focus)[:10], "first_seen", "subject", "predicate", "object")


if __name__ == "__main__":
    main(*sys.argv[1:3])
