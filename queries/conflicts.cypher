// name: conflicts
// title: Conflicts
// description: Every dispute, lawsuit or tension between two parties (IN_CONFLICT_WITH,
//   symmetric), most recently reported first. Negated claims are left out.
// param limit: int[1..] = 200 -- at most this many rows
//
// Neo4j Browser, run these first:
// :param limit => 200;
MATCH (a:Entity)-[r:IN_CONFLICT_WITH]->(b:Entity)
WHERE NOT r.negated
RETURN a.name AS party, b.name AS other_party,
       r.status AS status, r.confidence AS confidence, r.evidence_count AS evidence_count,
       r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY last_seen DESC, confidence DESC, party, other_party, a.id, b.id
LIMIT $limit
