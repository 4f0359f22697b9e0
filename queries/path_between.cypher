// name: path_between
// title: Shortest paths between two entities
// description: All shortest chains of relations (any type, any direction) that link A
//   and B, up to MAX_DEPTH hops (at most 6). `route` shows each hop with its direction.
//   Negated claims are left out.
// param a: string, example "Nvidia" -- id, canonical name or alias, any case
// param b: string, example "Microsoft" -- id, canonical name or alias, any case
// param max_depth: int[1..6] = 4 -- longest chain to look for
// param limit: int[1..] = 50 -- at most this many rows
//
// Neo4j Browser, run these first:
// :param a => "Nvidia";
// :param b => "Microsoft";
// :param max_depth => 4;
// :param limit => 50;
WITH reduce(k = "", w IN split(replace(replace(toLower(normalize($a, NFKC)), "’", "'"), "ß", "ss"), " ") |
       CASE WHEN w = "" THEN k WHEN k = "" THEN w ELSE k + " " + w END) AS typed
WITH typed, CASE
       WHEN typed ENDS WITH "'s" THEN left(typed, size(typed) - 2)
       WHEN typed ENDS WITH "'" THEN left(typed, size(typed) - 1)
       WHEN typed ENDS WITH "s" AND size(typed) > 3 THEN left(typed, size(typed) - 1)
     END AS stripped
OPTIONAL MATCH (:Name {key: typed})-[:NAMES]->(hit:Entity)
WITH stripped, collect(hit) AS hits
OPTIONAL MATCH (:Name {key: stripped})-[:NAMES]->(alt:Entity)
WHERE size(hits) = 0
WITH hits, collect(alt) AS alts
WITH hits + alts AS sources
WITH sources, reduce(k = "", w IN split(replace(replace(toLower(normalize($b, NFKC)), "’", "'"), "ß", "ss"), " ") |
       CASE WHEN w = "" THEN k WHEN k = "" THEN w ELSE k + " " + w END) AS typed
WITH sources, typed, CASE
       WHEN typed ENDS WITH "'s" THEN left(typed, size(typed) - 2)
       WHEN typed ENDS WITH "'" THEN left(typed, size(typed) - 1)
       WHEN typed ENDS WITH "s" AND size(typed) > 3 THEN left(typed, size(typed) - 1)
     END AS stripped
OPTIONAL MATCH (:Name {key: typed})-[:NAMES]->(hit:Entity)
WITH sources, stripped, collect(hit) AS hits
OPTIONAL MATCH (:Name {key: stripped})-[:NAMES]->(alt:Entity)
WHERE size(hits) = 0
WITH sources, hits, collect(alt) AS alts
WITH sources, hits + alts AS targets
UNWIND sources AS x
UNWIND targets AS y
MATCH p = allShortestPaths((x)-[:PARTNERS_WITH|COMPETES_WITH|INVESTS_IN|ACQUIRES|SUBSIDIARY_OF|PROVIDES_CLOUD_TO|SUPPLIES_CHIPS_TO|DEVELOPS_CHIPS_WITH|LICENSES_TO|DEVELOPS|INTEGRATES|DEPENDS_ON|REGULATES|LEADS|IN_CONFLICT_WITH*..6]-(y))
WHERE x <> y AND all(r IN relationships(p) WHERE NOT r.negated)
WITH x, y, p WHERE length(p) <= $max_depth
WITH x, y, nodes(p) AS ns, relationships(p) AS rs
RETURN x.name AS source, y.name AS target, size(rs) AS hops,
       reduce(t = ns[0].name, i IN range(0, size(rs) - 1) | t +
         CASE
           WHEN type(rs[i]) IN ["PARTNERS_WITH", "COMPETES_WITH", "DEVELOPS_CHIPS_WITH", "IN_CONFLICT_WITH"] THEN " -" + type(rs[i]) + "- "
           WHEN startNode(rs[i]) = ns[i] THEN " -" + type(rs[i]) + "-> "
           ELSE " <-" + type(rs[i]) + "- "
         END + ns[i + 1].name) AS route
ORDER BY hops, route, reduce(k = "", i IN range(0, size(rs) - 1) | k + ns[i].id + "|" + type(rs[i]) + "|") + ns[size(ns) - 1].id
LIMIT $limit
