// name: negated_claims
// title: Negated claims
// description: Relations the articles explicitly deny ("no longer partners", "does not
//   invest"): useful to spot rumours that were refuted.
// param limit: int[1..] = 200 -- at most this many rows
//
// Neo4j Browser, run these first:
// :param limit => 200;
MATCH (:Entity)-[r:PARTNERS_WITH|COMPETES_WITH|INVESTS_IN|ACQUIRES|SUBSIDIARY_OF|PROVIDES_CLOUD_TO|SUPPLIES_CHIPS_TO|DEVELOPS_CHIPS_WITH|LICENSES_TO|DEVELOPS|INTEGRATES|DEPENDS_ON|REGULATES|LEADS|IN_CONFLICT_WITH]->(:Entity)
WHERE r.negated
RETURN startNode(r).name AS subject, type(r) AS predicate, endNode(r).name AS object,
       r.status AS status, r.confidence AS confidence, r.evidence_count AS evidence_count,
       r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY last_seen DESC, predicate, subject, object, startNode(r).id, endNode(r).id
LIMIT $limit
