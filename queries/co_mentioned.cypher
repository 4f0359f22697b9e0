// name: co_mentioned
// title: Co-mentioned entities
// description: Entities that appear in the same articles as NAME, by number of shared
//   articles, with how many relations link the two (0 is a lead the extractor may have
//   missed).
// param name: string, example "Nvidia" -- id, canonical name or alias, any case
// param limit: int[1..] = 25 -- at most this many rows
//
// Neo4j Browser, run these first:
// :param name => "Nvidia";
// :param limit => 25;
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
MATCH (e)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other:Entity)
WHERE other <> e
WITH e, other, count(DISTINCT a) AS articles
ORDER BY articles DESC, other.name, other.id, e.name, e.id
LIMIT $limit
RETURN e.name AS entity, other.name AS co_mentioned, other.id AS co_mentioned_id, other.type AS type,
       articles, COUNT { (e)-[r:PARTNERS_WITH|COMPETES_WITH|INVESTS_IN|ACQUIRES|SUBSIDIARY_OF|PROVIDES_CLOUD_TO|SUPPLIES_CHIPS_TO|DEVELOPS_CHIPS_WITH|LICENSES_TO|DEVELOPS|INTEGRATES|DEPENDS_ON|REGULATES|LEADS|IN_CONFLICT_WITH]-(other) WHERE NOT r.negated } AS relations
ORDER BY articles DESC, co_mentioned, co_mentioned_id, entity, e.id
