// params: $code STRING, filters: $types, $statuses, $min_confidence, $as_of, $first_day,
//         $last_day, $exact
// returns: partners LIST<MAP> in one row (a hub has thousands; records cost more than lists):
//          type, partner, name, direction ('out'|'in'|'both'), events, first_on, last_on (ISO
//          strings), status, confidence — counted from the events that pass the filters
MATCH (c:Actor {code: $code})-[t:TIE]-(p:Actor)
WHERE t.type IN $types
  AND any(s IN $statuses WHERE t['n_' + s] > 0)
  AND t.confidence >= $min_confidence
  AND t.last_on >= $first_day AND t.first_on <= $last_day
CALL (t) {
  // Without dates or a confidence floor the tie's counters answer: counts, first and last
  // dates and highest confidence per status. No event is read.
  WITH t
  WHERE NOT $exact
  WITH t, [s IN $statuses WHERE t['n_' + s] > 0] AS present
  RETURN
    reduce(n = 0, s IN present | n + t['n_' + s]) AS events,
    reduce(f = null, s IN present |
      CASE WHEN f IS NULL OR t['first_on_' + s] < f THEN t['first_on_' + s] ELSE f END)
      AS first_on,
    reduce(l = null, s IN present |
      CASE WHEN l IS NULL OR t['last_on_' + s] > l THEN t['last_on_' + s] ELSE l END)
      AS last_on,
    reduce(c = 0.0, s IN present |
      CASE WHEN t['confidence_' + s] > c THEN t['confidence_' + s] ELSE c END) AS confidence
  UNION
  // Otherwise the events that pass are counted (through the (dyad, occurred_on) index).
  WITH t
  WHERE $exact
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
ORDER BY t.type, events DESC, p.code
RETURN collect({
  type: t.type, partner: p.code, name: p.name,
  direction: CASE WHEN t.type IN ['ALLIANCE', 'DEFENCE_COOPERATION', 'JOINT_EXERCISE'] THEN 'both'
                  WHEN outgoing THEN 'out' ELSE 'in' END,
  events: events, first_on: toString(first_on), last_on: toString(last_on), status: t.status,
  confidence: confidence
}) AS partners
