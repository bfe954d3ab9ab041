// params: filters: $types, $statuses, $min_confidence, $as_of, $first_day, $last_day, $exact
// returns: code, name, partners INTEGER, ties INTEGER, events INTEGER — every state in the
//          graph, counting the ties and events that pass the filters
MATCH (c:Country)
CALL (c) {
  MATCH (c)-[t:TIE]-(p:Actor)
  WHERE t.type IN $types
    AND any(s IN $statuses WHERE t['n_' + s] > 0)
    AND t.confidence >= $min_confidence
    AND t.last_on >= $first_day AND t.first_on <= $last_day
    AND ($as_of IS NULL OR t.valid_from IS NULL
         OR any(i IN range(0, size(t.valid_from) - 1)
                WHERE t.valid_from[i] <= $as_of <= t.valid_to[i]))
  CALL (t) {
    // Without dates or a confidence floor the tie's counters answer.
    WITH t
    WHERE NOT $exact
    RETURN reduce(n = 0, s IN $statuses | n + coalesce(t['n_' + s], 0)) AS events
    UNION
    // Otherwise its events that pass are counted (through the (dyad, occurred_on) index).
    WITH t
    WHERE $exact
    MATCH (e:Event {dyad: t.dyad})
    WHERE e.occurred_on >= $first_day AND e.occurred_on <= $last_day
      AND e.status IN $statuses AND e.confidence >= $min_confidence
      AND ($as_of IS NULL OR e.valid_from IS NULL
           OR (e.valid_from <= $as_of AND coalesce(e.valid_to, $as_of) >= $as_of))
    RETURN count(e) AS events
  }
  WITH p, t, events
  WHERE events > 0
  // Over no rows these still give one row of zeros: states without ties are listed.
  RETURN count(DISTINCT p) AS partners, count(t) AS ties, sum(events) AS events
}
RETURN c.code AS code, c.name AS name, partners, ties, events
ORDER BY c.code
