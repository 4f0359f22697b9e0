// name: find_entity
// title: Find an entity
// description: Which entities a name, id or alias resolves to, with type, aliases,
//   article count and number of relations: the first thing to run when another query
//   returns nothing.
// param name: string, example "openai" -- id, canonical name or alias, any case
//
// Neo4j Browser, run these first:
// :param name => "openai";
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
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,
       COUNT { (:Article)-[:MENTIONS]->(e) } AS articles,
       COUNT { (e)-[r:PARTNERS_WITH|COMPETES_WITH|INVESTS_IN|ACQUIRES|SUBSIDIARY_OF|PROVIDES_CLOUD_TO|SUPPLIES_CHIPS_TO|DEVELOPS_CHIPS_WITH|LICENSES_TO|DEVELOPS|INTEGRATES|DEPENDS_ON|REGULATES|LEADS|IN_CONFLICT_WITH]-(:Entity) WHERE NOT r.negated } AS degree
ORDER BY id
