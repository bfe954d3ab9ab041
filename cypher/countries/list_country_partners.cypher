// params: $code STRING, filters: $types, $statuses, $min_confidence, $as_of, $first_day,
//         $last_day, $exact
// returns: type, partner, name, direction ('out'|'in'|'both'), events, first_on, last_on,
//          status, confidence — counted from the events that pass the filters
MATCH (c:Actor {code: $code})-[t:TIE]-(p:Actor)
WHERE t.type IN $types
  AND any(s IN $statuses WHERE t['n_' + s] > 0)
  AND t.confidence >= $min_confidence
  AND t.last_on >= $first_day AND t.first_on <= $last_day
CALL (t) {
  // Every event of the tie passes: its own counters answer, no event is read.
  WITH t
  WHERE NOT $exact
    AND all(s IN ['confirmed', 'reported', 'alleged', 'disputed', 'denied']
            WHERE t['n_' + s] = 0 OR s IN $statuses)
  RETURN t.events AS events, t.first_on AS first_on, t.last_on AS last_on,
         t.confidence AS confidence
  UNION
  // Otherwise the events that pass are counted (through the (dyad, occurred_on) index).
  WITH t
  WHERE $exact
     OR any(s IN ['confirmed', 'reported', 'alleged', 'disputed', 'denied']
            WHERE t['n_' + s] > 0 AND NOT s IN $statuses)
  MATCH (e:Event {dyad: t.dyad})
  WHERE e.occurred_on >= $first_day AND e.occurred_on <= $last_day
    AND e.status IN $statuses AND e.confidence >= $min_confidence
    AND ($as_of IS NULL OR e.valid_from IS NULL
         OR (e.valid_from <= $as_of AND coalesce(e.valid_to, $as_of) >= $as_of))
  RETURN count(e) AS events, min(e.occurred_on) AS first_on, max(e.occurred_on) AS last_on,
         max(e.confidence) AS confidence
}
WITH t, p, events, first_on, last_on, confidence, startNode(t) = c AS outgoing
WHERE events > 0
RETURN
  t.type AS type, p.code AS partner, p.name AS name,
  CASE WHEN t.type IN ['ALLIANCE', 'DEFENCE_COOPERATION', 'JOINT_EXERCISE'] THEN 'both'
       WHEN outgoing THEN 'out' ELSE 'in' END AS direction,
  events, first_on, last_on, t.status AS status, confidence
ORDER BY type, events DESC, partner
