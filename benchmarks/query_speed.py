"""Canned-query latency on a generated graph of 100k relations, embedded store and Neo4j, in one run.

    python benchmarks/query_speed.py                     # starts scripts/neo4j-server on a free port
    python benchmarks/query_speed.py --uri bolt://127.0.0.1:7687   # an EMPTY server of your own
    python benchmarks/query_speed.py --relations 20000 --runs 50   # quicker

The graph is built through the stores' own write paths (``EmbeddedStore.add``
per generated article, then ``Neo4jStore.load_from``), with skewed degrees
(a few hubs, many small entities), aliases, every relation type and status,
amounts and dates. Each query runs ``--warmup`` times, then ``--runs``
times with fresh parameters: entity-centred queries get random entities
(uniform over entities that have relations), spelled as typed by a user
(lower case, alias or possessive). Latency is the caller's view: parameter
checks, the query, and turning results into dicts. Every measured pair of
answers is also compared, so the run doubles as a parity check at scale.
Neo4j's page cache is warmed with one read pass first (see ``warm_up``).
A second table repeats the entity-centred queries on the 20 most connected
entities (hubs with a thousand and more relations), where neighbourhood
queries are at their slowest.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.embedded import EmbeddedStore  # noqa: E402
from graph.models import Article, Entity, Evidence, Extraction, Mention, Relation  # noqa: E402
from queries import default_catalogue  # noqa: E402
from queries.runner import run_query  # noqa: E402

TARGET_MS = 20.0
ENTITY_CENTRED = {
    "partners_of", "competitors_of", "investors_in", "investments_by", "chip_suppliers_of", "cloud_providers_of",
    "products_of", "leaders_of", "regulators_of", "customers_of", "dependencies_of", "relations_of",
    "timeline_of", "find_entity", "co_mentioned", "evidence_for", "ego_network", "path_between",
}
# predicate -> (subject type, object type, share of relations)
SHAPES = {
    "PARTNERS_WITH": ("Company", "Company", 14), "COMPETES_WITH": ("Company", "Company", 10),
    "INVESTS_IN": ("Company", "Company", 12), "ACQUIRES": ("Company", "Company", 3),
    "SUBSIDIARY_OF": ("Company", "Company", 3), "PROVIDES_CLOUD_TO": ("Company", "Company", 7),
    "SUPPLIES_CHIPS_TO": ("Company", "Company", 7), "DEVELOPS_CHIPS_WITH": ("Company", "Company", 2),
    "LICENSES_TO": ("Company", "Company", 4), "DEVELOPS": ("Company", "Product", 10),
    "INTEGRATES": ("Company", "Product", 6), "DEPENDS_ON": ("Company", "Company", 5),
    "REGULATES": ("Regulator", "Company", 5), "LEADS": ("Person", "Company", 7),
    "IN_CONFLICT_WITH": ("Company", "Company", 5),
}
POPULATION = {"Company": 12_000, "Person": 4_000, "Product": 3_500, "Regulator": 500}
STATUSES = (["active"] * 82) + (["planned"] * 8) + (["speculative"] * 6) + (["ended"] * 4)
SYLLABLES = ["ka", "lo", "ne", "tri", "vo", "xa", "mi", "ru", "zen", "qua", "bel", "dor", "fi", "gra", "hul",
             "ix", "jo", "ky", "lum", "mox", "nor", "pli", "sta", "tek", "ul", "vor", "wen", "yo", "zu", "ar"]


# -- the generated graph --------------------------------------------------------------


@dataclass
class Generated:
    entities: dict[str, list[Entity]] = field(default_factory=dict)
    weights: dict[str, list[float]] = field(default_factory=dict)
    extractions: list[Extraction] = field(default_factory=list)


def _names(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    out = []
    while len(out) < count:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        if name.lower() not in taken:
            taken.add(name.lower())
            out.append(name)
    return out


def _population(rng: random.Random, gen: Generated) -> None:
    """Entities per type with Zipf-like popularity, so a few become hubs."""
    taken: set[str] = set()
    for entity_type, count in POPULATION.items():
        names = _names(rng, count, taken)
        suffix = {"Company": " Inc", "Person": "", "Product": " Pro", "Regulator": " Authority"}[entity_type]
        gen.entities[entity_type] = [
            Entity(id=f"{entity_type[:2].lower()}-{i}", name=name + suffix, type=entity_type,
                   aliases=(name.upper()[:6] + str(i),) if entity_type == "Company" else ())
            for i, name in enumerate(names)
        ]
        gen.weights[entity_type] = [1.0 / (rank + 5) ** 0.85 for rank in range(count)]


def _relation(rng: random.Random, gen: Generated, seen: set) -> tuple[str, str, str] | None:
    predicate = rng.choices(list(SHAPES), [s[2] for s in SHAPES.values()])[0]
    s_type, o_type, _ = SHAPES[predicate]
    subject = rng.choices(gen.entities[s_type], gen.weights[s_type])[0].id
    obj = rng.choices(gen.entities[o_type], gen.weights[o_type])[0].id
    if subject == obj:
        return None
    key = (min(subject, obj), predicate, max(subject, obj)) if predicate in {
        "PARTNERS_WITH", "COMPETES_WITH", "DEVELOPS_CHIPS_WITH", "IN_CONFLICT_WITH"} else (subject, predicate, obj)
    if key in seen:
        return None
    seen.add(key)
    return subject, predicate, obj


def _article(rng: random.Random, gen: Generated, number: int, triples: list[tuple[str, str, str]]) -> Extraction:
    by_id = {e.id: e for group in gen.entities.values() for e in group}
    sentences = [f"{by_id[s].name} {p.lower().replace('_', ' ')} {by_id[o].name}." for s, p, o in triples]
    text = f"Article {number}. " + " ".join(sentences)
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(1000)) if rng.random() < 0.9 else None
    article = Article.create(text, source=f"gen-{number}.txt", lang=rng.choice(["de", "en"]),
                             title=f"Generated article {number}", published=published)
    relations, mentions = [], []
    offset = len(f"Article {number}. ")
    for (s, p, o), sentence in zip(triples, sentences):
        status, negated = rng.choice(STATUSES), rng.random() < 0.02
        confidence = round(rng.uniform(0.3, 0.99), 2)
        ev = Evidence(article_id=article.id, sentence=sentence, start=offset, end=offset + len(sentence),
                      rule="bench.v1", status=status, negated=negated, confidence=confidence)
        attributes = ({"amount": rng.randrange(1, 500) * 10_000_000, "currency": rng.choice(["USD", "EUR"])}
                      if p in ("INVESTS_IN", "ACQUIRES") and rng.random() < 0.3 else {})
        relations.append(Relation(subject=s, predicate=p, object=o, status=status, negated=negated,
                                  confidence=confidence, attributes=attributes, evidence=(ev,)))
        mentions += [Mention(entity_id=e, start=offset, end=offset + 1, text=sentence[0]) for e in (s, o)]
        offset += len(sentence) + 1
    used = dict.fromkeys(m.entity_id for m in mentions)
    return Extraction(article=article, entities=tuple(by_id[e] for e in used), mentions=tuple(mentions),
                      relations=tuple(relations))


def generate(relations: int, per_article: int, seed: int) -> Generated:
    rng = random.Random(seed)
    gen = Generated()
    _population(rng, gen)
    seen: set = set()
    triples: list[tuple[str, str, str]] = []
    while len(triples) < relations:
        found = _relation(rng, gen, seen)
        if found:
            triples.append(found)
    for start in range(0, len(triples), per_article):
        gen.extractions.append(_article(rng, gen, start // per_article, triples[start : start + per_article]))
    return gen


def build_embedded(path: Path, gen: Generated) -> EmbeddedStore:
    store = EmbeddedStore(path)
    for extraction in gen.extractions:
        store.add(extraction)
    return store


# -- a Neo4j to measure against ---------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(page_cache_mib: int) -> tuple[subprocess.Popen, str]:
    """scripts/neo4j-server on a free port with a throw-away database."""
    port = _free_port()
    env = dict(os.environ, AIKG_NEO4J_JAVA_OPTS=os.environ.get("AIKG_NEO4J_JAVA_OPTS", "-Xmx1g"))
    args = [str(ROOT / "scripts" / "neo4j-server"), "--bolt-port", str(port), "--http-port", "0",
            "--page-cache", str(page_cache_mib), "--exit-on-stdin-close"]
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 600
    for line in proc.stdout:
        if line.startswith("neo4j ready"):
            return proc, line.split()[2]
        if time.monotonic() > deadline:
            break
    proc.kill()
    raise SystemExit("query_speed: the Neo4j server did not start; see scripts/neo4j-server --help")


WARM_UP = (
    "MATCH (n) WITH n, properties(n) AS p RETURN count(p)",
    "MATCH ()-[r]->() WITH r, properties(r) AS p RETURN count(p)",
    "MATCH (n:Name) WHERE n.key STARTS WITH '' RETURN count(n)",
    "MATCH (e:Entity) WHERE e.id STARTS WITH '' RETURN count(e)",
    "MATCH (ev:Evidence) WHERE ev.rid STARTS WITH '' RETURN count(ev)",
)


def warm_up(graph) -> None:
    """One read pass over records, properties and the lookup indexes.

    A freshly loaded server reads pages from disk on first touch; a server
    that has been answering questions for a while has them in its page
    cache, as the embedded file is in the OS cache right after it is written.
    """
    from queries.runner import run_read

    for statement in WARM_UP:
        run_read(graph, statement)


def open_neo4j(uri: str | None, page_cache_mib: int):
    from graph.neo4j_store import Neo4jStore

    proc = None
    if uri is None:
        proc, uri = start_server(page_cache_mib)
    store = Neo4jStore.connect(uri)
    if store.stats().entities:
        store.close()
        raise SystemExit(f"query_speed: {uri} already holds a graph; point --uri at an empty database")
    return store, proc


# -- measuring ------------------------------------------------------------------------------


def spellings(rng: random.Random, entity: Entity) -> str:
    """How a user types a name: as is, lower case, an alias, or a possessive."""
    choice = rng.randrange(4)
    if choice == 1:
        return entity.name.lower()
    if choice == 2 and entity.aliases:
        return entity.aliases[0].lower()
    if choice == 3:
        return entity.name + "'s"
    return entity.name


HUBS = 20  # the most connected entities, measured apart


def param_maker(store: EmbeddedStore, gen: Generated, rng: random.Random, hubs: bool = False) -> Callable[[Any], dict]:
    """Fresh parameters per run; ``hubs`` draws names from the most connected entities only."""
    by_id = {e.id: e for group in gen.entities.values() for e in group}
    related = [r[0] for r in store.conn.execute(
        "SELECT id FROM (SELECT subject AS id FROM relations UNION ALL SELECT object FROM relations) "
        "GROUP BY id ORDER BY COUNT(*) DESC, id")]
    if hubs:
        related = related[:HUBS]
    pairs = store.conn.execute("SELECT subject, predicate, object FROM relations ORDER BY id").fetchall()
    if hubs:
        pairs = [p for p in pairs if p[0] in related or p[2] in related]

    def make(query) -> dict[str, Any]:
        params = query.examples()
        pick = lambda: spellings(rng, by_id[rng.choice(related)])  # noqa: E731
        for key in ("name", "a", "b"):
            if key in params:
                params[key] = pick()
        if query.name == "evidence_for":
            s, p, o = rng.choice(pairs)
            params.update(subject=by_id[s].name, predicate=p, object=by_id[o].name)
        if query.name == "new_since":
            params["date"] = f"2025-{rng.randint(1, 9):02d}-01"
        if query.name == "ego_network":
            params["depth"] = 1
        if query.name == "chip_supply_chain":
            params["supplier"] = pick()
        return params

    return make


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(stores: dict[str, Any], query, make: Callable, warmup: int, runs: int) -> dict[str, Any]:
    for _ in range(warmup):
        params = make(query)
        for store in stores.values():
            run_query(store, query.name, params)
    times: dict[str, list[float]] = {name: [] for name in stores}
    mismatches, rows = 0, []
    for _ in range(runs):
        params = make(query)
        answers = []
        for name, store in stores.items():
            started = time.perf_counter()
            answers.append(run_query(store, query.name, params))
            times[name].append((time.perf_counter() - started) * 1000)
        mismatches += any(a != answers[0] for a in answers[1:])
        rows.append(len(answers[0]))
    return {"times": times, "mismatches": mismatches, "rows": statistics.mean(rows)}


def report(results: dict[str, dict], backends: list[str], target: bool = True) -> bool:
    """Print the table; True when parity held and (with ``target``) every entity-centred p95 is in time."""
    head = f"{'query':26} {'kind':6} {'rows':>6}"
    for backend in backends:
        head += f"  {backend + ' p50':>13} {'p95':>8}"
    print(head + "  parity")
    ok = True
    for name, result in results.items():
        kind = "entity" if name in ENTITY_CENTRED else "global"
        line = f"{name:26} {kind:6} {result['rows']:6.1f}"
        for backend in backends:
            values = result["times"][backend]
            p95 = percentile(values, 0.95)
            ok &= not target or kind != "entity" or p95 < TARGET_MS
            line += f"  {percentile(values, 0.5):10.2f} ms {p95:6.2f} ms"
        print(line + ("  ok" if not result["mismatches"] else f"  {result['mismatches']} DIFFER"))
        ok &= not result["mismatches"]
    return ok


def run_all(stores: dict[str, Any], make: Callable, args, only: set[str] | None = None) -> dict[str, dict]:
    results = {}
    for query in default_catalogue():
        if only is None or query.name in only:
            runs = args.runs if query.name in ENTITY_CENTRED else max(5, args.runs // 5)
            results[query.name] = measure(stores, query, make, args.warmup, runs)
    return results


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--per-article", type=int, default=25)
    parser.add_argument("--runs", type=int, default=200, help="measured runs per query (global ones: a fifth)")
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--uri", default=os.environ.get("NEO4J_URI"), help="an EMPTY Neo4j (default: start one)")
    parser.add_argument("--no-neo4j", action="store_true", help="measure the embedded store only")
    parser.add_argument("--page-cache", type=int, default=512, help="MiB, for a server started here")
    parser.add_argument("--store", type=Path, help="keep the embedded store here (default: a temp file)")
    return parser.parse_args(argv)


def build_stores(args, workdir: Path) -> tuple[Generated, dict[str, Any], subprocess.Popen | None]:
    """The generated graph in the embedded store and, unless --no-neo4j, in Neo4j."""
    started = time.perf_counter()
    gen = generate(args.relations, args.per_article, args.seed)
    embedded = build_embedded(args.store or workdir / "bench.db", gen)
    stats = embedded.stats()
    print(f"generated {stats.relations} relations, {stats.entities} entities, {stats.articles} articles; "
          f"embedded store built in {time.perf_counter() - started:.0f} s")
    stores: dict[str, Any] = {"embedded": embedded}
    if args.no_neo4j:
        return gen, stores, None
    graph, server = open_neo4j(args.uri, args.page_cache)
    stores["neo4j"] = graph
    summary = graph.load_from(embedded)
    warm_up(graph)
    print(f"neo4j {graph.uri}: loaded in {summary.seconds:.0f} s, page cache warmed")
    return gen, stores, server


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    workdir = Path(tempfile.mkdtemp(prefix="aikg-bench-"))
    gen, stores, server = build_stores(args, workdir)
    try:
        make = param_maker(stores["embedded"], gen, random.Random(args.seed))
        ok = report(run_all(stores, make, args), list(stores))
        print(f"\nthe {HUBS} most connected entities only (for information; the target is on random entities):")
        hubs = param_maker(stores["embedded"], gen, random.Random(args.seed), hubs=True)
        ok &= report(run_all(stores, hubs, args, ENTITY_CENTRED), list(stores), target=False)
    finally:
        for store in stores.values():
            store.close()
        if server:
            server.stdin.close()
            server.terminate()
            server.wait(timeout=60)
        shutil.rmtree(workdir, ignore_errors=True)
    verdict = "met, and all answers agree" if ok else "or parity MISSED"
    print(f"entity-centred p95 target {TARGET_MS:.0f} ms: {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
