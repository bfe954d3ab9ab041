// params: $dyads LIST<STRING>, $limit INTEGER,
//         filters: $statuses, $min_confidence, $as_of, $first_day, $last_day
// returns: events LIST<MAP> (the fields the API shows, dates as ISO strings): the latest
//          events between the pair, newest first, in one row (records cost more than lists)
// Each dyad reads its newest events in index order (the ORDER BY follows the index's keys), so
// a busy pair costs $limit rows per dyad, not all its events; of several events on the day
// where a dyad's list is cut, the index decides which are read.
UNWIND $dyads AS dyad
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
RETURN collect(e {
  .id, .type, .actor, .target, .location, .precision, .status, .confidence, .sources,
  occurred_on: toString(e.occurred_on), valid_from: toString(e.valid_from),
  valid_to: toString(e.valid_to), first_reported: toString(e.first_reported),
  last_reported: toString(e.last_reported)
}) AS events
