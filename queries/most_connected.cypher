// name: most_connected
// title: Most connected entities
// description: Entities with the most relations (any type, either end), with the number
//   of articles that mention them; TYPE (Company, Person, Product, Regulator) narrows the
//   list. Negated claims are left out.
// param limit: int[1..] = 20 -- at most this many rows
// param type: string = null -- only this entity type, any case; null for all
//
// Neo4j Browser, run these first:
// :param limit => 20;
// :param type => null;
MATCH (e:Entity)
WHERE $type IS NULL OR toLower(e.type) = toLower($type)
WITH e, COUNT { (e)-[r:PARTNERS_WITH|COMPETES_WITH|INVESTS_IN|ACQUIRES|SUBSIDIARY_OF|PROVIDES_CLOUD_TO|SUPPLIES_CHIPS_TO|DEVELOPS_CHIPS_WITH|LICENSES_TO|DEVELOPS|INTEGRATES|DEPENDS_ON|REGULATES|LEADS|IN_CONFLICT_WITH]-(:Entity) WHERE NOT r.negated } AS degree
WHERE degree > 0
RETURN e.name AS entity, e.id AS entity_id, e.type AS type, degree,
       COUNT { (:Article)-[:MENTIONS]->(e) } AS articles
ORDER BY degree DESC, entity, entity_id
LIMIT $limit
