// name: chip_supply_chain
// title: Chip supply chains
// description: Multi-hop supply chains: a chip supplier sells to a customer who passes
//   compute on (SUPPLIES_CHIPS_TO, then SUPPLIES_CHIPS_TO or PROVIDES_CLOUD_TO), 2 to
//   MAX_HOPS hops (at most 4), longest first; SUPPLIER narrows to chains that start at one
//   entity. Negated claims are left out.
// param supplier: string = null -- only chains starting here (id, canonical name or alias, any case); null for all
// param max_hops: int[2..4] = 3 -- longest chain to list
// param limit: int[1..] = 100 -- at most this many rows
//
// Neo4j Browser, run these first:
// :param supplier => null;
// :param max_hops => 3;
// :param limit => 100;
WITH reduce(k = "", w IN split(replace(replace(toLower(normalize($supplier, NFKC)), "’", "'"), "ß", "ss"), " ") |
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
WITH hits + alts AS suppliers
MATCH p = (s:Entity)-[:SUPPLIES_CHIPS_TO]->(:Entity)-[:SUPPLIES_CHIPS_TO|PROVIDES_CLOUD_TO*1..3]->(c:Entity)
WHERE ($supplier IS NULL OR s IN suppliers) AND length(p) <= $max_hops
  AND all(r IN relationships(p) WHERE NOT r.negated)
  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH s, c, nodes(p) AS ns, relationships(p) AS rs
RETURN s.name AS supplier, c.name AS customer, size(rs) AS hops,
       reduce(t = ns[0].name, i IN range(0, size(rs) - 1) | t +
         CASE
           WHEN type(rs[i]) IN ["PARTNERS_WITH", "COMPETES_WITH", "DEVELOPS_CHIPS_WITH", "IN_CONFLICT_WITH"] THEN " -" + type(rs[i]) + "- "
           WHEN startNode(rs[i]) = ns[i] THEN " -" + type(rs[i]) + "-> "
           ELSE " <-" + type(rs[i]) + "- "
         END + ns[i + 1].name) AS route
ORDER BY hops DESC, route, reduce(k = "", i IN range(0, size(rs) - 1) | k + ns[i].id + "|" + type(rs[i]) + "|") + ns[size(ns) - 1].id
LIMIT $limit
