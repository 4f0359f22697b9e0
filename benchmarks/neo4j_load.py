"""Batched Neo4j load against naive one-query-per-relation writes, in one run.

Generates an embedded store of news-like data (default 20k entities, 100k
relations, one evidence sentence each, ten relations per article), loads it
with :meth:`Neo4jStore.load_from` into an empty database and reports
relations/s over the whole load (articles, entities, name keys, mentions,
relationships and evidence nodes). Then it writes a sample of further
relations the naive way -- one auto-commit query per relation doing the same
per-relation work (relationship with its qualifiers, evidence node and its
link to the article) -- and prints both rates and their ratio. A repeat load
of the unchanged store is timed too (it must create nothing). With
``--rounds N`` the warm load and the naive sample are repeated N times and
their ranges printed, since both swing with the machine's load.

Usage:
    PYTHONPATH=. .venv/bin/python benchmarks/neo4j_load.py              # starts scripts/neo4j-server
    PYTHONPATH=. .venv/bin/python benchmarks/neo4j_load.py --rounds 3 --store /tmp/bench.db
    PYTHONPATH=. .venv/bin/python benchmarks/neo4j_load.py --uri bolt://127.0.0.1:7687 --wipe
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.embedded import EmbeddedStore  # noqa: E402
from graph.models import Article, Entity, Evidence, Extraction, Mention, Relation  # noqa: E402
from graph.neo4j_schema import evidence_id, evidence_props, relation_props, relation_rid, relationship_type  # noqa: E402
from graph.neo4j_store import Neo4jStore  # noqa: E402

TYPES = [("Company", 0.6), ("Product", 0.25), ("Person", 0.1), ("Regulator", 0.05)]
PREDICATES = {  # (subject type, object type) -> predicates that fit
    ("Company", "Company"): ["PARTNERS_WITH", "COMPETES_WITH", "INVESTS_IN", "ACQUIRES", "SUBSIDIARY_OF",
                             "PROVIDES_CLOUD_TO", "SUPPLIES_CHIPS_TO", "DEVELOPS_CHIPS_WITH",
                             "LICENSES_TO", "DEPENDS_ON", "IN_CONFLICT_WITH"],
    ("Company", "Product"): ["DEVELOPS", "INTEGRATES", "DEPENDS_ON"],
    ("Product", "Product"): ["INTEGRATES"],
    ("Person", "Company"): ["LEADS"],
    ("Regulator", "Company"): ["REGULATES"],
}
SYLLABLES = "ka lo mi ra te vo nu si da pe zu ri an el or ix um ba co fe".split()
RELATIONS_PER_ARTICLE = 10


def entity_pool(count: int, rng: random.Random) -> dict[str, list[Entity]]:
    """Entities by type with made-up names, umlauts and one or two aliases."""
    pool: dict[str, list[Entity]] = {t: [] for t, _ in TYPES}
    types = rng.choices([t for t, _ in TYPES], weights=[w for _, w in TYPES], k=count)
    for i, kind in enumerate(types):
        word = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        name = f"{word} {'Ümlaut' if i % 7 == 0 else ''}{i}".replace("  ", " ")
        aliases = (name.upper(), f"{word}{i} AG") if kind == "Company" else (name.lower(),)
        pool[kind].append(Entity(id=f"e{i}", name=name, type=kind, aliases=aliases, origin="discovered"))
    return pool


def triples(pool: dict[str, list[Entity]], count: int, rng: random.Random) -> list[tuple[Entity, str, Entity]]:
    """``count`` distinct (subject, predicate, object) triples of fitting types."""
    kinds = list(PREDICATES)
    weights = [len(pool[s]) * len(pool[o]) ** 0.5 for s, o in kinds]
    seen, out = set(), []
    while len(out) < count:
        s_kind, o_kind = rng.choices(kinds, weights=weights)[0]
        s, o = rng.choice(pool[s_kind]), rng.choice(pool[o_kind])
        predicate = rng.choice(PREDICATES[(s_kind, o_kind)])
        key = (min(s.id, o.id), predicate, max(s.id, o.id))
        if s.id != o.id and key not in seen:
            seen.add(key)
            out.append((s, predicate, o))
    return out


def attributes(predicate: str, rng: random.Random) -> dict:
    if predicate in ("INVESTS_IN", "ACQUIRES"):
        return {"amount": rng.randrange(1, 200) * 10**8, "currency": rng.choice(["USD", "EUR"])}
    if predicate in ("LICENSES_TO", "PROVIDES_CLOUD_TO"):
        return {"exclusive": rng.random() < 0.3}
    return {}


def article_extraction(n: int, batch: list, rng: random.Random) -> Extraction:
    """One article holding ten relations, each with its evidence sentence."""
    sentences = [f"{s.name} {p.lower().replace('_', ' ')} {o.name} ({n}.{i})." for i, (s, p, o) in enumerate(batch)]
    text = " ".join(sentences)
    art = Article.create(text, source=f"a{n}.txt", lang=rng.choice(["de", "en"]), title=f"Article {n}",
                         url=f"https://news.example/{n}", published=date(2024, 1, 1) + timedelta(days=n % 600))
    relations, mentions, entities, offset = [], [], {}, 0
    for sentence, (s, p, o) in zip(sentences, batch):
        ev = Evidence(article_id=art.id, sentence=sentence, start=offset, end=offset + len(sentence),
                      rule=f"bench.{p.lower()}.v1", confidence=round(rng.uniform(0.5, 0.99), 2))
        relations.append(Relation(subject=s.id, predicate=p, object=o.id, confidence=ev.confidence,
                                  attributes=attributes(p, rng), evidence=(ev,)))
        mentions += [Mention(entity_id=e.id, start=offset, end=offset + 1, text="x") for e in (s, o)]
        entities.update({s.id: s, o.id: o})
        offset += len(sentence) + 1
    return Extraction(article=art, entities=tuple(entities.values()), mentions=tuple(mentions),
                      relations=tuple(relations))


def build_store(path: Path, entities: int, relations: int, sample: int, seed: int = 7):
    """The store to load, plus ``sample`` further triples for the naive writer."""
    rng = random.Random(seed)
    pool = entity_pool(entities, rng)
    all_triples = triples(pool, relations + sample, rng)
    store = EmbeddedStore(path)
    store.conn.execute("PRAGMA synchronous=OFF")
    loaded = all_triples[:relations]
    if store.stats().relations == relations:  # generated by an earlier run (--store)
        return store, all_triples[relations:], rng
    for n in range(0, len(loaded), RELATIONS_PER_ARTICLE):
        store.add(article_extraction(n // RELATIONS_PER_ARTICLE, loaded[n : n + RELATIONS_PER_ARTICLE], rng))
    return store, all_triples[relations:], rng


NAIVE = """
MATCH (s:Entity {{id: $subject}}) MATCH (o:Entity {{id: $object}}) MATCH (a:Article {{id: $article}})
MERGE (s)-[r:{rel_type}]->(o) SET r = $props
MERGE (ev:Evidence {{rid: $rid, id: $ev_id}}) SET ev = $ev_props
MERGE (ev)-[:IN_ARTICLE]->(a)
"""


def naive_load(graph: Neo4jStore, sample: list, article_id: str, rng: random.Random) -> float:
    """Seconds to write ``sample`` one auto-commit query at a time."""
    started = time.perf_counter()
    with graph.driver.session(database=graph.database) as session:
        for i, (s, p, o) in enumerate(sample):
            rid = relation_rid(s.id, p, o.id)
            ev = {"sentence": f"naive {i}.", "start": 0, "end": 9, "rule": "bench.naive.v1",
                  "status": "active", "negated": False, "confidence": 0.8, "attributes": attributes(p, rng)}
            aggregate = {"confidence": 0.8, "status": "active", "negated": False, "evidence_count": 1,
                         "first_seen": "2025-01-01", "last_seen": "2025-01-01", "attributes": ev["attributes"]}
            ev_id = evidence_id(rid, article_id, i)
            session.run(NAIVE.format(rel_type=relationship_type(p)), subject=s.id, object=o.id,
                        article=article_id, props=relation_props(rid, aggregate), rid=rid, ev_id=ev_id,
                        ev_props=evidence_props(ev_id, rid, ev)).consume()
    return time.perf_counter() - started


@contextmanager
def server(uri: str | None):
    """The given URI, or a throw-away server started from scripts/neo4j-server."""
    if uri:
        yield uri
        return
    command = [str(ROOT / "scripts" / "neo4j-server"), "--bolt-port", str(free_port()), "--http-port", "0",
               "--page-cache", "1024"]
    env = dict(os.environ)
    env.setdefault("AIKG_NEO4J_JAVA_OPTS", "-Xmx2g")  # 100k relations in 5k-row transactions
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    try:
        yield _announced_uri(proc)
    finally:
        proc.terminate()
        proc.wait(timeout=120)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _announced_uri(proc: subprocess.Popen) -> str:
    """Wait for the server's "neo4j ready bolt://HOST:PORT" line."""
    for line in proc.stdout:
        if "bolt://" in line:
            return "bolt://" + line.split("bolt://", 1)[1].split()[0]
    raise SystemExit("scripts/neo4j-server exited without announcing a bolt:// URI")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uri", help="Running server (default: start scripts/neo4j-server)")
    parser.add_argument("--user"), parser.add_argument("--password"), parser.add_argument("--database")
    parser.add_argument("--wipe", action="store_true", help="Empty the target database first")
    parser.add_argument("--entities", type=int, default=20_000)
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=2_000, help="Relations written the naive way")
    parser.add_argument("--batch-size", type=int, help="Store rows per transaction (default: the loader's choice)")
    parser.add_argument("--store", type=Path, help="Keep the generated store here and reuse it next time")
    parser.add_argument("--rounds", type=int, default=1,
                        help="Warm loads, each followed by the naive sample, reported as ranges (default 1)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, server(args.uri) as uri:
        started = time.perf_counter()
        path = args.store or Path(tmp) / "bench.db"
        store, sample, rng = build_store(path, args.entities, args.relations, args.sample)
        print(f"generated {store.stats()} in {time.perf_counter() - started:.1f} s", flush=True)
        with Neo4jStore.connect(uri, args.user, args.password, args.database) as graph:
            prepare(graph, args.wipe)
            run(graph, store, sample, rng, args.batch_size, max(1, args.rounds))


def prepare(graph: Neo4jStore, wipe: bool) -> None:
    """Refuse to write into a non-empty database unless told to empty it."""
    if graph.stats().entities and not wipe:
        raise SystemExit(f"{graph.uri} already holds a graph; pass --wipe to empty it first")
    empty(graph)


def empty(graph: Neo4jStore) -> None:
    with graph.driver.session(database=graph.database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS").consume()


def timed_load(graph: Neo4jStore, store: EmbeddedStore, batch_size: int | None, label: str) -> tuple[float, float]:
    """One load into an empty database; returns (whole-load, relationship+evidence) relations/s.

    The second rate divides by the relationship and evidence steps' times
    added up: the per-relation work on its own, comparable with the naive
    writer, even though the two steps overlap in a first load.
    """
    cpu = time.process_time()
    summary = graph.load_from(store, batch_size=batch_size)
    cpu = time.process_time() - cpu
    relations = summary.totals.relations
    phase = summary.step_seconds["relations"] + summary.step_seconds.get("evidence", 0.0)
    steps = ", ".join(f"{k} {v:.1f} s" for k, v in summary.step_seconds.items())
    print(f"{label}: {relations} relations, {summary.rows} store rows, {summary.nodes_created} nodes and "
          f"{summary.relationships_created} relationships created in {summary.seconds:.1f} s ({steps}); "
          f"client CPU {cpu:.1f} s")
    rates = relations / summary.seconds, relations / phase
    print(f"  whole load {rates[0]:,.0f} relations/s; relationship + evidence steps {rates[1]:,.0f} relations/s "
          f"(step times added)")
    return rates


def run(graph: Neo4jStore, store: EmbeddedStore, sample: list, rng: random.Random, batch_size: int | None,
        rounds: int) -> None:
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores; "
          f"driver's Rust extension {'in use' if importlib.util.find_spec('neo4j._rust') else 'not installed'}; "
          f"batch {batch_size or 'default'}")
    timed_load(graph, store, batch_size, "first load (server just started)")
    again = graph.load_from(store, batch_size=batch_size)
    print(f"repeat load: {again.nodes_created} nodes, {again.relationships_created} relationships created "
          f"in {again.seconds:.1f} s")
    article_id = store.conn.execute("SELECT id FROM articles LIMIT 1").fetchone()[0]
    results = []
    for n in range(1, rounds + 1):
        empty(graph)  # the naive sample of the round before goes too, so each round does the same work
        label = "second load into the emptied database (warm server)" if rounds == 1 else f"warm load {n}/{rounds}"
        batched, phase = timed_load(graph, store, batch_size, label)
        seconds = naive_load(graph, sample, article_id, rng)
        naive = len(sample) / seconds
        print(f"naive: {len(sample)} relations with their evidence, one auto-commit query each, "
              f"in {seconds:.1f} s -> {naive:,.0f} relations/s")
        print(f"ratio (warm): whole load {batched / naive:.1f}x, relationship + evidence steps {phase / naive:.1f}x")
        results.append((batched, phase, naive, batched / naive, phase / naive))
    if rounds > 1:
        rate, ratio = "{:,.0f}", "{:.1f}x"
        print(f"over {rounds} rounds: whole load {span(results, 0, rate)} relations/s, relationship + evidence "
              f"steps {span(results, 1, rate)}, naive {span(results, 2, rate)}; ratio whole load "
              f"{span(results, 3, ratio)}, relationship + evidence steps {span(results, 4, ratio)}")
    print(f"targets: >= 20,000 relations/s {verdict([r[0] >= 20_000 for r in results])}; "
          f">= 30x naive {verdict([r[3] >= 30 for r in results])}")


def span(results: list[tuple], index: int, form: str) -> str:
    values = [r[index] for r in results]
    return f"{form.format(min(values))}-{form.format(max(values))}"


def verdict(met: list[bool]) -> str:
    if all(met):
        return "met"
    return f"met in {sum(met)} of {len(met)} rounds" if any(met) else "missed"


if __name__ == "__main__":
    main()
