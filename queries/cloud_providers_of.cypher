// name: cloud_providers_of
// title: Cloud providers of an entity
// description: Who provides cloud or compute capacity to NAME (PROVIDES_CLOUD_TO
//   pointing at it). Negated claims are left out.
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
MATCH (other:Entity)-[r:PROVIDES_CLOUD_TO]->(e)
WHERE NOT r.negated
RETURN e.name AS entity, other.name AS provider, other.id AS provider_id, other.type AS provider_type,
       r.status AS status, r.confidence AS confidence, r.evidence_count AS evidence_count,
       r.first_seen AS first_seen, r.last_seen AS last_seen,
       r.attr_amount AS amount, r.attr_currency AS currency
ORDER BY confidence DESC, provider, provider_id, entity, e.id
LIMIT $limit
