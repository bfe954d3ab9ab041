// params: $code STRING, $limit INTEGER, filters: $types, $statuses, $min_confidence, $as_of,
//         $first_day, $last_day
// returns: event MAP — the country's latest events, newest first
MATCH (:Actor {code: $code})<-[:ACTOR|TARGET]-(e:Event)
WHERE e.type IN $types
  AND e.occurred_on >= $first_day AND e.occurred_on <= $last_day
  AND e.status IN $statuses AND e.confidence >= $min_confidence
  AND ($as_of IS NULL OR e.valid_from IS NULL
       OR (e.valid_from <= $as_of AND coalesce(e.valid_to, $as_of) >= $as_of))
RETURN e {.*} AS event
ORDER BY e.occurred_on DESC, e.id DESC
LIMIT $limit
