// params: filters: $types, $statuses, $min_confidence, $as_of, $first_day, $last_day, $exact
// returns: one row of parallel lists, one item per qualifying tie: source, target, type,
//          first_on, last_on (ISO strings), events, status, confidence, score — lists decode far
//          faster than 10⁴ records
MATCH (a:Actor)-[t:TIE]->(b:Actor)
WHERE t.type IN $types
  AND any(s IN $statuses WHERE t['n_' + s] > 0)
  AND t.confidence >= $min_confidence
  AND t.last_on >= $first_day AND t.first_on <= $last_day
  AND ($as_of IS NULL OR t.valid_from IS NULL
       OR any(i IN range(0, size(t.valid_from) - 1)
              WHERE t.valid_from[i] <= $as_of <= t.valid_to[i]))
  AND (NOT $exact OR EXISTS {
    MATCH (e:Event {dyad: t.dyad})
    WHERE e.occurred_on >= $first_day AND e.occurred_on <= $last_day
      AND e.status IN $statuses AND e.confidence >= $min_confidence
      AND ($as_of IS NULL OR e.valid_from IS NULL
           OR (e.valid_from <= $as_of AND coalesce(e.valid_to, $as_of) >= $as_of))
  })
RETURN
  collect(a.code) AS source, collect(b.code) AS target, collect(t.type) AS type,
  collect(toString(t.first_on)) AS first_on, collect(toString(t.last_on)) AS last_on,
  collect(t.events) AS events, collect(t.status) AS status,
  collect(t.confidence) AS confidence, collect(t.score) AS score
