// name: new_since
// title: Relations first seen since a date
// description: Relations first reported on or after DATE (article date, else ingestion
//   date), newest first. Negated claims are left out.
// param date: date, example "2025-01-01" -- ISO date, YYYY-MM-DD
// param limit: int[1..] = 200 -- at most this many rows
//
// Neo4j Browser, run these first:
// :param date => "2025-01-01";
// :param limit => 200;
MATCH (:Entity)-[r:PARTNERS_WITH|COMPETES_WITH|INVESTS_IN|ACQUIRES|SUBSIDIARY_OF|PROVIDES_CLOUD_TO|SUPPLIES_CHIPS_TO|DEVELOPS_CHIPS_WITH|LICENSES_TO|DEVELOPS|INTEGRATES|DEPENDS_ON|REGULATES|LEADS|IN_CONFLICT_WITH]->(:Entity)
WHERE r.first_seen >= $date AND NOT r.negated
RETURN startNode(r).name AS subject, type(r) AS predicate, endNode(r).name AS object,
       r.status AS status, r.confidence AS confidence, r.evidence_count AS evidence_count,
       r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY first_seen DESC, predicate, subject, object, startNode(r).id, endNode(r).id
LIMIT $limit
