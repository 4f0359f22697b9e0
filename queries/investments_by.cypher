// name: investments_by
// title: Investments by an entity
// description: What NAME invests in (INVESTS_IN starting at it), with amount and
//   currency when known. Negated claims are left out.
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
MATCH (e)-[r:INVESTS_IN]->(other:Entity)
WHERE NOT r.negated
RETURN e.name AS entity, other.name AS investee, other.id AS investee_id, other.type AS investee_type,
       r.status AS status, r.confidence AS confidence, r.evidence_count AS evidence_count,
       r.first_seen AS first_seen, r.last_seen AS last_seen,
       r.attr_amount AS amount, r.attr_currency AS currency
ORDER BY confidence DESC, investee, investee_id, entity, e.id
LIMIT $limit
