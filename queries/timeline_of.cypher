// name: timeline_of
// title: Timeline of an entity
// description: The relations of NAME in the order they were first reported (article
//   date, else ingestion date), with when they were last reported. Negated claims are left
//   out.
// param name: string, example "OpenAI" -- id, canonical name or alias, any case
// param limit: int[1..] = 200 -- at most this many rows
//
// Neo4j Browser, run these first:
// :param name => "OpenAI";
// :param limit => 200;
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
MATCH (e)-[r:PARTNERS_WITH|COMPETES_WITH|INVESTS_IN|ACQUIRES|SUBSIDIARY_OF|PROVIDES_CLOUD_TO|SUPPLIES_CHIPS_TO|DEVELOPS_CHIPS_WITH|LICENSES_TO|DEVELOPS|INTEGRATES|DEPENDS_ON|REGULATES|LEADS|IN_CONFLICT_WITH]-(:Entity)
WHERE NOT r.negated
RETURN r.first_seen AS first_seen, r.last_seen AS last_seen,
       startNode(r).name AS subject, type(r) AS predicate, endNode(r).name AS object,
       r.status AS status, r.confidence AS confidence, r.evidence_count AS evidence_count
ORDER BY first_seen, last_seen, predicate, subject, object, startNode(r).id, endNode(r).id
LIMIT $limit
