// params: $dyads LIST<STRING>, $limit INTEGER,
//         filters: $statuses, $min_confidence, $as_of, $first_day, $last_day
// returns: event MAP of the latest events between the pair, newest first
// Each dyad reads its own newest events in index order, so a busy pair costs $limit rows per
// dyad, not all its events.
UNWIND $dyads AS dyad
CALL (dyad) {
  MATCH (e:Event {dyad: dyad})
  USING INDEX e:Event(dyad, occurred_on)  // plans made on an empty graph would scan
  WHERE e.occurred_on >= $first_day AND e.occurred_on <= $last_day
    AND e.status IN $statuses AND e.confidence >= $min_confidence
    AND ($as_of IS NULL OR e.valid_from IS NULL
         OR (e.valid_from <= $as_of AND coalesce(e.valid_to, $as_of) >= $as_of))
  RETURN e
  ORDER BY e.occurred_on DESC, e.id DESC
  LIMIT $limit
}
RETURN e {.*} AS event
ORDER BY e.occurred_on DESC, e.id DESC
LIMIT $limit
