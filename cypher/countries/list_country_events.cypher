// params: $code STRING, $limit INTEGER, filters: $types, $statuses, $min_confidence, $as_of,
//         $first_day, $last_day
// returns: event MAP — the country's latest events, newest first (then by id, descending)
// Its events as actor and as target are each read newest first in index order (the ORDER BY
// follows the index's keys: code, date, id), so a hub costs about $limit rows per side plus
// those the filters pass over, not a seek per tie.
CALL () {
  MATCH (e:Event {actor: $code})
  USING INDEX SEEK e:Event(actor, occurred_on, id)  // plans made on an empty graph would scan
  WHERE e.occurred_on >= $first_day AND e.occurred_on <= $last_day AND e.id IS NOT NULL
    AND e.type IN $types AND e.status IN $statuses AND e.confidence >= $min_confidence
    AND ($as_of IS NULL OR e.valid_from IS NULL
         OR (e.valid_from <= $as_of AND coalesce(e.valid_to, $as_of) >= $as_of))
  WITH e
  ORDER BY e.actor DESC, e.occurred_on DESC, e.id DESC
  LIMIT $limit
  RETURN e
  UNION ALL
  MATCH (e:Event {target: $code})
  USING INDEX SEEK e:Event(target, occurred_on, id)  // plans made on an empty graph would scan
  WHERE e.occurred_on >= $first_day AND e.occurred_on <= $last_day AND e.id IS NOT NULL
    AND e.type IN $types AND e.status IN $statuses AND e.confidence >= $min_confidence
    AND ($as_of IS NULL OR e.valid_from IS NULL
         OR (e.valid_from <= $as_of AND coalesce(e.valid_to, $as_of) >= $as_of))
  WITH e
  ORDER BY e.target DESC, e.occurred_on DESC, e.id DESC
  LIMIT $limit
  RETURN e
}
WITH e
ORDER BY e.occurred_on DESC, e.id DESC
LIMIT $limit
RETURN e {.*} AS event
