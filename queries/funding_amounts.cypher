// name: funding_amounts
// title: Deals with an amount
// description: Investments, acquisitions and supply or cloud deals for which an article
//   named an amount, largest first; CURRENCY (e.g. USD, EUR) narrows the list. Negated
//   claims are left out.
// param currency: string = null -- only this currency code, any case; null for all
// param limit: int[1..] = 200 -- at most this many rows
//
// Neo4j Browser, run these first:
// :param currency => null;
// :param limit => 200;
MATCH (:Entity)-[r:PARTNERS_WITH|COMPETES_WITH|INVESTS_IN|ACQUIRES|SUBSIDIARY_OF|PROVIDES_CLOUD_TO|SUPPLIES_CHIPS_TO|DEVELOPS_CHIPS_WITH|LICENSES_TO|DEVELOPS|INTEGRATES|DEPENDS_ON|REGULATES|LEADS|IN_CONFLICT_WITH]->(:Entity)
WHERE r.attr_amount IS NOT NULL AND NOT r.negated
  AND ($currency IS NULL OR r.attr_currency = toUpper($currency))
RETURN startNode(r).name AS subject, type(r) AS predicate, endNode(r).name AS object,
       r.attr_amount AS amount, r.attr_currency AS currency,
       r.status AS status, r.confidence AS confidence, r.first_seen AS first_seen
ORDER BY amount DESC, currency, predicate, subject, object, startNode(r).id, endNode(r).id
LIMIT $limit
