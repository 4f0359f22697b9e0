// name: regulators_of
// title: Regulators of an entity
// description: Authorities, courts and legislatures that approve, probe or sue NAME
//   (REGULATES pointing at it). Negated claims are left out.
// param name: string, example "Microsoft" -- id, canonical name or alias, any case
// param limit: int[1..] = 100 -- at most this many rows
//
// Neo4j Browser, run these first:
// :param name => "Microsoft";
// :param limit => 100;
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
MATCH (other:Entity)-[r:REGULATES]->(e)
WHERE NOT r.negated
RETURN e.name AS entity, other.name AS regulator, other.id AS regulator_id, other.type AS regulator_type,
       r.status AS status, r.confidence AS confidence, r.evidence_count AS evidence_count,
       r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY confidence DESC, regulator, regulator_id, entity, e.id
LIMIT $limit
