// params: $dyads LIST<STRING>, $unit STRING ('month'|'quarter'|'year'),
//         filters: $statuses, $min_confidence, $as_of, $first_day, $last_day
// returns: per type: periods LIST<STRING> (ISO start dates, in order), events LIST<INTEGER>,
//          scores LIST<FLOAT>, first_on STRING — a few rows of lists, which decode far faster
//          than a row per period
UNWIND $dyads AS dyad
MATCH (e:Event {dyad: dyad})
USING INDEX SEEK e:Event(dyad, occurred_on)  // plans made on an empty graph would scan
WHERE e.occurred_on >= $first_day AND e.occurred_on <= $last_day
  AND e.status IN $statuses AND e.confidence >= $min_confidence
  AND ($as_of IS NULL OR e.valid_from IS NULL
       OR (e.valid_from <= $as_of AND coalesce(e.valid_to, $as_of) >= $as_of))
WITH e.type AS type, date.truncate($unit, e.occurred_on) AS period, e
WITH
  type,
  period,
  count(e) AS events,
  sum(CASE WHEN e.status = 'denied' THEN 0.0 ELSE e.goldstein * e.confidence END) AS score,
  min(e.occurred_on) AS first_on
ORDER BY period
RETURN
  type,
  collect(toString(period)) AS periods,
  collect(events) AS events,
  collect(score) AS scores,
  toString(min(first_on)) AS first_on
