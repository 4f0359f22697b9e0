// name: dependencies_of
// title: What an entity depends on
// description: Everything NAME relies on: what it DEPENDS_ON, who supplies its chips or
//   cloud, and who licenses to it; `via` names the relation. Negated claims are left out.
// param name: string, example "OpenAI" -- id, canonical name or alias, any case
// param limit: int[1..] = 100 -- at most this many rows
//
// Neo4j Browser, run these first:
// :param name => "OpenAI";
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
MATCH (e)-[r:SUPPLIES_CHIPS_TO|PROVIDES_CLOUD_TO|LICENSES_TO|DEPENDS_ON]-(other:Entity)
WHERE NOT r.negated AND (type(r) = "DEPENDS_ON") = (startNode(r) = e)
RETURN e.name AS entity, other.name AS dependency, other.id AS dependency_id, other.type AS dependency_type,
       type(r) AS via,
       r.status AS status, r.confidence AS confidence, r.evidence_count AS evidence_count,
       r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY confidence DESC, dependency, dependency_id, entity, e.id, via
LIMIT $limit
