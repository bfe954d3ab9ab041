// params: $code STRING, $limit INTEGER, filters: $types, $statuses, $min_confidence, $as_of,
//         $first_day, $last_day
// returns: event MAP — the country's latest events, newest first
// Every event belongs to a tie's dyad: each dyad of the country reads its newest events in
// index order (the ORDER BY follows the index's keys), so a hub costs $limit rows per tie,
// not all its events.
MATCH (:Actor {code: $code})-[t:TIE]-()
WHERE t.type IN $types
WITH DISTINCT t.dyad AS dyad
CALL (dyad) {
  MATCH (e:Event {dyad: dyad})
  USING INDEX SEEK e:Event(dyad, occurred_on)  // plans made on an empty graph would scan
  WHERE e.occurred_on >= $first_day AND e.occurred_on <= $last_day
    AND e.status IN $statuses AND e.confidence >= $min_confidence
    AND ($as_of IS NULL OR e.valid_from IS NULL
         OR (e.valid_from <= $as_of AND coalesce(e.valid_to, $as_of) >= $as_of))
  WITH e
  ORDER BY e.dyad DESC, e.occurred_on DESC
  LIMIT $limit
  RETURN e
}
WITH e
ORDER BY e.occurred_on DESC, e.id DESC
LIMIT $limit
RETURN e {.*} AS event
