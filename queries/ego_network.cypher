// name: ego_network
// title: Ego network of an entity
// description: The neighbourhood of NAME: every relation among the entities at most
//   DEPTH hops away (any type, any direction; DEPTH 1 to 3). `hops` is how far the
//   relation's farther end lies from NAME. Negated claims are left out.
// param name: string, example "OpenAI" -- id, canonical name or alias, any case
// param depth: int[1..3] = 1, example 2 -- how many hops out
// param limit: int[1..] = 500 -- at most this many rows
//
// Neo4j Browser, run these first:
// :param name => "OpenAI";
// :param depth => 2;
// :param limit => 500;
WITH reduce(k = "", w IN split(replace(replace(toLower(normalize($name, NFKC)), "’", "'"), "ß", "ss"), " ") |
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
UNWIND hits + alts AS e
WITH collect(DISTINCT e) AS ring0
CALL (ring0) {
  UNWIND CASE WHEN $depth >= 1 THEN ring0 ELSE [] END AS x
  MATCH (x)-[r:PARTNERS_WITH|COMPETES_WITH|INVESTS_IN|ACQUIRES|SUBSIDIARY_OF|PROVIDES_CLOUD_TO|SUPPLIES_CHIPS_TO|DEVELOPS_CHIPS_WITH|LICENSES_TO|DEVELOPS|INTEGRATES|DEPENDS_ON|REGULATES|LEADS|IN_CONFLICT_WITH]-(n:Entity)
  WHERE NOT r.negated AND NOT n IN ring0
  RETURN collect(DISTINCT n) AS ring1
}
CALL (ring0, ring1) {
  UNWIND CASE WHEN $depth >= 2 THEN ring1 ELSE [] END AS x
  MATCH (x)-[r:PARTNERS_WITH|COMPETES_WITH|INVESTS_IN|ACQUIRES|SUBSIDIARY_OF|PROVIDES_CLOUD_TO|SUPPLIES_CHIPS_TO|DEVELOPS_CHIPS_WITH|LICENSES_TO|DEVELOPS|INTEGRATES|DEPENDS_ON|REGULATES|LEADS|IN_CONFLICT_WITH]-(n:Entity)
  WHERE NOT r.negated AND NOT n IN ring0 AND NOT n IN ring1
  RETURN collect(DISTINCT n) AS ring2
}
CALL (ring0, ring1, ring2) {
  UNWIND CASE WHEN $depth >= 3 THEN ring2 ELSE [] END AS x
  MATCH (x)-[r:PARTNERS_WITH|COMPETES_WITH|INVESTS_IN|ACQUIRES|SUBSIDIARY_OF|PROVIDES_CLOUD_TO|SUPPLIES_CHIPS_TO|DEVELOPS_CHIPS_WITH|LICENSES_TO|DEVELOPS|INTEGRATES|DEPENDS_ON|REGULATES|LEADS|IN_CONFLICT_WITH]-(n:Entity)
  WHERE NOT r.negated AND NOT n IN ring0 AND NOT n IN ring1 AND NOT n IN ring2
  RETURN collect(DISTINCT n) AS ring3
}
WITH [ring0, ring1, ring2, ring3] AS rings, ring0 + ring1 + ring2 + ring3 AS members
UNWIND members AS a
MATCH (a)-[r:PARTNERS_WITH|COMPETES_WITH|INVESTS_IN|ACQUIRES|SUBSIDIARY_OF|PROVIDES_CLOUD_TO|SUPPLIES_CHIPS_TO|DEVELOPS_CHIPS_WITH|LICENSES_TO|DEVELOPS|INTEGRATES|DEPENDS_ON|REGULATES|LEADS|IN_CONFLICT_WITH]->(b:Entity)
WHERE NOT r.negated AND b IN members
WITH a, r, b, head([i IN range(0, 3) WHERE a IN rings[i]]) AS da, head([i IN range(0, 3) WHERE b IN rings[i]]) AS db
RETURN CASE WHEN da > db THEN da ELSE db END AS hops,
       a.name AS subject, type(r) AS predicate, b.name AS object,
       r.status AS status, r.confidence AS confidence, r.evidence_count AS evidence_count
ORDER BY hops, subject, predicate, object, a.id, b.id
LIMIT $limit
