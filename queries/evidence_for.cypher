// name: evidence_for
// title: Evidence for a relation
// description: The sentences that support relations from SUBJECT to OBJECT (symmetric
//   types in either order), with article title, date and source; PREDICATE (e.g.
//   INVESTS_IN) narrows to one type. Negated evidence is shown too, flagged.
// param subject: string, example "Microsoft" -- id, canonical name or alias, any case
// param predicate: string = null, example "PARTNERS_WITH" -- relation type, any case; null for all
// param object: string, example "OpenAI" -- id, canonical name or alias, any case
// param limit: int[1..] = 100 -- at most this many rows
//
// Neo4j Browser, run these first:
// :param subject => "Microsoft";
// :param predicate => "PARTNERS_WITH";
// :param object => "OpenAI";
// :param limit => 100;
WITH reduce(k = "", w IN split(replace(replace(toLower(normalize($subject, NFKC)), "’", "'"), "ß", "ss"), " ") |
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
WITH hits + alts AS subjects
WITH subjects, reduce(k = "", w IN split(replace(replace(toLower(normalize($object, NFKC)), "’", "'"), "ß", "ss"), " ") |
       CASE WHEN w = "" THEN k WHEN k = "" THEN w ELSE k + " " + w END) AS typed
WITH subjects, typed, CASE
       WHEN typed ENDS WITH "'s" THEN left(typed, size(typed) - 2)
       WHEN typed ENDS WITH "'" THEN left(typed, size(typed) - 1)
       WHEN typed ENDS WITH "s" AND size(typed) > 3 THEN left(typed, size(typed) - 1)
     END AS stripped
OPTIONAL MATCH (:Name {key: typed})-[:NAMES]->(hit:Entity)
WITH subjects, stripped, collect(hit) AS hits
OPTIONAL MATCH (:Name {key: stripped})-[:NAMES]->(alt:Entity)
WHERE size(hits) = 0
WITH subjects, hits, collect(alt) AS alts
WITH subjects, hits + alts AS objects
UNWIND subjects AS s
UNWIND objects AS o
MATCH (s)-[r:PARTNERS_WITH|COMPETES_WITH|INVESTS_IN|ACQUIRES|SUBSIDIARY_OF|PROVIDES_CLOUD_TO|SUPPLIES_CHIPS_TO|DEVELOPS_CHIPS_WITH|LICENSES_TO|DEVELOPS|INTEGRATES|DEPENDS_ON|REGULATES|LEADS|IN_CONFLICT_WITH]-(o)
WHERE (startNode(r) = s OR type(r) IN ["PARTNERS_WITH", "COMPETES_WITH", "DEVELOPS_CHIPS_WITH", "IN_CONFLICT_WITH"])
  AND ($predicate IS NULL OR type(r) = toUpper($predicate))
MATCH (ev:Evidence {rid: r.rid})-[:IN_ARTICLE]->(a:Article)
RETURN startNode(r).name AS subject, type(r) AS predicate, endNode(r).name AS object,
       ev.sentence AS sentence, a.title AS article, coalesce(a.published, a.ingested) AS date,
       a.source AS source, a.url AS url, ev.status AS status, ev.negated AS negated,
       ev.confidence AS confidence, ev.rule AS rule
ORDER BY date, a.id, ev.start, predicate, startNode(r).id, endNode(r).id
LIMIT $limit
