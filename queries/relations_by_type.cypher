// name: relations_by_type
// title: Relations by type
// description: How many relations of each type the graph holds, split by status; negated
//   claims are counted apart.
MATCH (:Entity)-[r:PARTNERS_WITH|COMPETES_WITH|INVESTS_IN|ACQUIRES|SUBSIDIARY_OF|PROVIDES_CLOUD_TO|SUPPLIES_CHIPS_TO|DEVELOPS_CHIPS_WITH|LICENSES_TO|DEVELOPS|INTEGRATES|DEPENDS_ON|REGULATES|LEADS|IN_CONFLICT_WITH]->(:Entity)
RETURN type(r) AS predicate,
       count(CASE WHEN NOT r.negated THEN 1 END) AS relations,
       count(CASE WHEN NOT r.negated AND r.status = "active" THEN 1 END) AS active,
       count(CASE WHEN NOT r.negated AND r.status = "planned" THEN 1 END) AS planned,
       count(CASE WHEN NOT r.negated AND r.status = "speculative" THEN 1 END) AS speculative,
       count(CASE WHEN NOT r.negated AND r.status = "ended" THEN 1 END) AS ended,
       count(CASE WHEN r.negated THEN 1 END) AS negated,
       sum(r.evidence_count) AS evidences
ORDER BY predicate
