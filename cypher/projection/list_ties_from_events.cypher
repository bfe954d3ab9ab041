// params: $dyads LIST<STRING> (null: every tie), filters: $types, $statuses, $min_confidence,
//         $as_of, $first_day, $last_day
// returns: the same as list_ties, from the events that pass the filters (dates, as_of or a
//          confidence floor are not decided by the tie alone)
CALL () {
  // Every tie, or only the ties of $dyads (a projection brought up to date after writes).
  WITH 1 AS every WHERE $dyads IS NULL
  MATCH (a:Actor)-[t:TIE]->(b:Actor)
  RETURN a, b, t
  UNION ALL
  UNWIND coalesce($dyads, []) AS dyad
  MATCH (a:Actor)-[t:TIE {dyad: dyad}]->(b:Actor)
  USING INDEX SEEK t:TIE(dyad)  // plans made on an empty graph would scan
  RETURN a, b, t
}
WITH a, b, t
WHERE t.type IN $types
  AND any(s IN $statuses WHERE t['n_' + s] > 0)
  AND t.confidence >= $min_confidence
  AND t.last_on >= $first_day AND t.first_on <= $last_day
  AND ($as_of IS NULL OR t.valid_from IS NULL
       OR any(i IN range(0, size(t.valid_from) - 1)
              WHERE t.valid_from[i] <= $as_of <= t.valid_to[i]))
CALL (t) {
  MATCH (e:Event {dyad: t.dyad})
  USING INDEX SEEK e:Event(dyad, occurred_on)  // plans made on an empty graph would scan
  WHERE e.occurred_on >= $first_day AND e.occurred_on <= $last_day
    AND e.status IN $statuses AND e.confidence >= $min_confidence
    AND ($as_of IS NULL OR e.valid_from IS NULL
         OR (e.valid_from <= $as_of AND coalesce(e.valid_to, $as_of) >= $as_of))
  RETURN
    count(e) AS events, min(e.occurred_on) AS first_on, max(e.occurred_on) AS last_on,
    max(e.confidence) AS confidence, collect(DISTINCT e.status) AS statuses,
    sum(CASE e.status WHEN 'denied' THEN 0.0 ELSE e.goldstein * e.confidence END) AS score
}
WITH a, b, t, events, first_on, last_on, confidence, score,
     [s IN ['confirmed', 'reported', 'alleged', 'disputed', 'denied'] WHERE s IN statuses][0]
       AS status
WHERE events > 0
RETURN
  collect(a.code) AS source, collect(b.code) AS target, collect(t.type) AS type,
  collect(toString(first_on)) AS first_on, collect(toString(last_on)) AS last_on,
  collect(events) AS events, collect(status) AS status, collect(confidence) AS confidence,
  collect(score) AS score
