// params: $dyads LIST<STRING>, $unit STRING ('month'|'quarter'|'year'),
//         filters: $statuses, $min_confidence, $as_of, $first_day, $last_day
// returns: type STRING, period DATE (start), events INTEGER, score FLOAT, first_on DATE
UNWIND $dyads AS dyad
MATCH (e:Event {dyad: dyad})
USING INDEX e:Event(dyad, occurred_on)  // plans made on an empty graph would scan
WHERE e.occurred_on >= $first_day AND e.occurred_on <= $last_day
  AND e.status IN $statuses AND e.confidence >= $min_confidence
  AND ($as_of IS NULL OR e.valid_from IS NULL
       OR (e.valid_from <= $as_of AND coalesce(e.valid_to, $as_of) >= $as_of))
WITH e.type AS type, date.truncate($unit, e.occurred_on) AS period, e
RETURN
  type,
  period,
  count(e) AS events,
  sum(CASE WHEN e.status = 'denied' THEN 0.0 ELSE e.goldstein * e.confidence END) AS score,
  min(e.occurred_on) AS first_on
