// name: acquisitions
// title: Acquisitions
// description: Who acquires whom (ACQUIRES), with amount and currency when known, most
//   recently reported first. Negated claims are left out.
// param limit: int[1..] = 200 -- at most this many rows
//
// Neo4j Browser, run these first:
// :param limit => 200;
MATCH (a:Entity)-[r:ACQUIRES]->(t:Entity)
WHERE NOT r.negated
RETURN a.name AS acquirer, t.name AS target, r.attr_amount AS amount, r.attr_currency AS currency,
       r.status AS status, r.confidence AS confidence, r.evidence_count AS evidence_count,
       r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY last_seen DESC, acquirer, target, a.id, t.id
LIMIT $limit
